"""Result objects as JSON documents (the shapes the README documents)."""

from __future__ import annotations

import json
import sys
from typing import Any

from ecareer.advise.gap import GapReport, TargetGap
from ecareer.advise.nextmoves import NextMove
from ecareer.advise.route import RouteResult
from ecareer.contract.dataset import Dataset
from ecareer.contract.records import Role, Skill, Text, as_json
from ecareer.render.escape import json_safe


def emit(doc: Any) -> None:
    """Write one JSON document to stdout: no colour, no wrapping, whatever the terminal."""
    sys.stdout.write(json_safe(json.dumps(doc, ensure_ascii=False, indent=2)) + "\n")


def text(t: Text) -> dict[str, str]:
    return {"en": t.en, "zh": t.zh}


def _num(x: float) -> float | int:
    return int(x) if float(x).is_integer() else round(x, 2)


def target_gap(ds: Dataset, t: TargetGap) -> dict[str, Any]:
    return {
        "to": t.to,
        "name": text(ds.roles[t.to].name),
        "skills": [
            {
                "skill": r.skill,
                "name": text(ds.skills[r.skill].name),
                "required": r.required,
                "current": r.current,
                "gap": r.gap,
                "importance": r.importance,
                "essential": r.essential,
                "growth": r.growth,
                "hours": _num(r.hours),
                "months": _num(r.months),
            }
            for r in t.skills
        ],
        "prerequisites": [
            {
                "skill": p.skill,
                "name": text(ds.skills[p.skill].name),
                "required": p.required,
                "current": p.current,
                "growth": p.growth,
                "hours": _num(p.hours),
                "months": _num(p.months),
                "needed_for": list(p.needed_for),
            }
            for p in t.prerequisites
        ],
        "total_hours": _num(t.total_hours),
        "practice_months": _num(t.practice_months),
        "readiness": t.readiness,
        "met": t.met,
        "total": t.total,
        "essential_gaps": t.essential_gaps,
    }


def gap(ds: Dataset, report: GapReport) -> dict[str, Any]:
    return {
        "from": report.origin.role,
        "profile": report.origin.profile_name if report.origin.has_profile else None,
        "targets": [target_gap(ds, t) for t in report.targets],
    }


def route(ds: Dataset, result: RouteResult) -> dict[str, Any]:
    pace = result.cost.hours_per_week
    return {
        "from": result.start,
        "to": result.target,
        "by": result.cost.by,
        "hours_per_week": _num(pace),
        "direct_hours": _num(result.direct_hours),
        # the search's proof: optimal (the first route is the cheapest under ``by``), or the
        # best found at the work bound, with a lower bound of the cheapest route's cost
        "optimal": not result.stopped_after,
        "lower_bound": None if result.lower_bound is None else _num(round(result.lower_bound, 4)),
        "routes": [
            {
                "roles": list(r.roles),
                "hours": _num(r.hours),
                "years": _num(r.years),
                "duration_years": _num(round(r.duration(pace), 2)),
                "on_the_way_hours": _num(result.on_the_way(r)),
                "steps": [
                    {
                        "from": s.from_,
                        "to": s.to,
                        "kind": s.kind,
                        "hours": _num(s.hours),
                        "practice_months": _num(s.practice_months),
                        "years": _num(s.years),
                        "study_per_week": _num(round(s.study_per_week(), 2))
                        if s.years or not s.hours
                        else None,
                        "duration_years": _num(round(s.duration(pace), 2)),
                        "fits": s.study_per_week() <= pace,
                        "skills": [
                            {
                                "skill": x.skill,
                                "name": text(ds.skills[x.skill].name),
                                "from": x.have,
                                "to": x.want,
                                "growth": str(ds.skills[x.skill].growth),
                                "hours": _num(x.hours),
                                "months": _num(x.months),
                            }
                            for x in s.learn
                        ],
                        "milestones": [as_json(m) for m in s.milestones],
                    }
                    for s in r.steps
                ],
            }
            for r in result.routes
        ],
    }


def next_moves(ds: Dataset, start: str | None, moves: list[NextMove]) -> dict[str, Any]:
    return {
        "from": start,
        "moves": [
            {
                "to": m.to,
                "name": text(ds.roles[m.to].name),
                "kind": m.kind,
                "hours": _num(m.hours),
                "similarity": m.similarity,
                "readiness": m.readiness,
                "years": None if m.years is None else _num(m.years),
                "time_years": _num(m.time),
                "top_gaps": list(m.top_gaps),
                "inferred": m.inferred,
            }
            for m in moves
        ],
    }


def role_summary(r: Role) -> dict[str, Any]:
    return {
        "id": r.id,
        "name": text(r.name),
        "family": str(r.family),
        "level": str(r.level),
        "aliases": list(r.aliases),
        "inferred": r.inferred,
    }


def skill_summary(s: Skill) -> dict[str, Any]:
    return {
        "id": s.id,
        "name": text(s.name),
        "dimension": str(s.dimension),
        "category": str(s.category),
        "inferred": s.inferred,
    }


def role_detail(ds: Dataset, r: Role) -> dict[str, Any]:
    doc: dict[str, Any] = as_json(r)
    doc["type"] = "role"
    doc["leads_to"] = [
        {"to": p.to, "kind": str(p.kind), "years": _num(p.years)} for p in ds.paths_from[r.id]
    ]
    doc["comes_from"] = [
        {"from": p.from_, "kind": str(p.kind), "years": _num(p.years)} for p in ds.paths_to[r.id]
    ]
    return doc


def skill_detail(ds: Dataset, s: Skill) -> dict[str, Any]:
    doc: dict[str, Any] = as_json(s)
    doc["type"] = "skill"
    doc["needed_by"] = [{"role": r.id, "level": lvl} for r, lvl in ds.needed_by.get(s.id, [])]
    return doc


def levels(ds: Dataset, category: str | None) -> list[dict[str, Any]]:
    """The scale; with ``category``, only that category's texts under ``by_category``."""
    out = []
    for rung in ds.scale:
        doc = as_json(rung)
        if category is not None:
            doc["by_category"] = [c for c in doc["by_category"] if c["category"] == category]
        out.append(doc)
    return out
