"""Cross-entry and cross-file rules: one small function per rule, each returning problems.

Every rule reads a :class:`~ecareer.validate.draft.Draft` (what validated, with positions) and
reports at the exact entry. Rules never raise and never import networkx: ``validate`` stays
quick to start.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable
from typing import Any

from ecareer.contract.names import Suggester
from ecareer.contract.problems import Problem, Severity
from ecareer.contract.vocab import CATEGORIES, LEVEL_RANK, MoveKind
from ecareer.validate.cycles import check_prerequisite_cycles, check_promotion_cycles
from ecareer.validate.draft import Draft, Entry
from ecareer.validate.requires import check_missing_prerequisites


def _max_level(draft: Draft) -> int:
    levels = [e.item.level for e in draft.scale]
    return max(levels) if levels else 5


def check_scale(draft: Draft) -> list[Problem]:
    by_layer: dict[int, list[Entry[Any]]] = defaultdict(list)
    for e in draft.scale:
        by_layer[e.layer].append(e)
    out = []
    for entries in by_layer.values():
        levels = [e.item.level for e in entries]
        if sorted(levels) != list(range(1, len(levels) + 1)):
            out.append(
                entries[0].file.problem(
                    "E111",
                    f"the scale levels are {levels}; they must be 1, 2, ... {len(levels)} "
                    "with none missing or repeated",
                    ("scale",),
                    hint="number the levels from 1 upwards, lowest first",
                )
            )
    return out


def _duplicates(
    entries: list[Entry[Any]], key: Callable[[Any], Hashable], what: str, code: str
) -> list[Problem]:
    seen: dict[tuple[int, Hashable], Entry[Any]] = {}
    out = []
    for e in entries:
        k = (e.layer, key(e.item))
        if k in seen:
            first = seen[k]
            line, _ = first.file.locate(first.path)
            where = f"line {line}" if first.file is e.file else f"{first.file.shown}:{line}"
            out.append(
                e.problem(
                    code,
                    f"duplicate {what} {k[1]!r}: already defined at {where}",
                    hint="merge the two entries or rename one",
                )
            )
        else:
            seen[k] = e
    return out


def check_duplicate_ids(draft: Draft) -> list[Problem]:
    return _duplicates(draft.skills, lambda s: s.id, "skill id", "E101") + _duplicates(
        draft.roles, lambda r: r.id, "role id", "E101"
    )


def check_duplicate_paths(draft: Draft) -> list[Problem]:
    return _duplicates(draft.paths, lambda p: f"{p.from_} -> {p.to}", "path", "E109")


def check_categories(draft: Draft) -> list[Problem]:
    out = []
    for e in draft.skills:
        s = e.item
        allowed = CATEGORIES[s.dimension]
        if s.category not in allowed:
            out.append(
                e.problem(
                    "E110",
                    f"skill {s.id!r}: category `{s.category}` is not in dimension `{s.dimension}`",
                    "category",
                    hint="allowed in this dimension: " + ", ".join(allowed),
                )
            )
    return out


def check_effort(draft: Draft) -> list[Problem]:
    if check_scale(draft) or not draft.scale:
        return []  # the scale itself is wrong: E111 says so, lengths cannot be judged
    top = _max_level(draft)
    return [
        e.problem(
            "E113",
            f"skill {e.item.id!r}: effort lists {len(e.item.effort)} numbers; the scale has "
            f"{top} levels",
            "effort",
            hint=f"give the hours to gain each level 1..{top}, one number per level",
        )
        for e in draft.skills
        if len(e.item.effort) != top
    ]


def check_levels(draft: Draft) -> list[Problem]:
    top = _max_level(draft)
    out = []

    def bad(level: int) -> bool:
        return not 1 <= level <= top

    hint = f"levels run from 1 to {top} (see `scale:` in skills.yaml)"
    for r in draft.roles:
        for i, req in enumerate(r.item.skills):
            if bad(req.level):
                out.append(
                    r.problem(
                        "E104",
                        f"role {r.item.id!r} requires {req.skill!r} at level {req.level}, "
                        "outside the scale",
                        "skills",
                        i,
                        "level",
                        hint=hint,
                    )
                )
    for e in draft.skills:
        for i, pre in enumerate(e.item.prerequisites):
            if bad(pre.level):
                out.append(
                    e.problem(
                        "E104",
                        f"skill {e.item.id!r}: prerequisite {pre.skill!r} at level {pre.level}, "
                        "outside the scale",
                        "prerequisites",
                        i,
                        "level",
                        hint=hint,
                    )
                )
        for i, res in enumerate(e.item.resources):
            for level in res.levels or ():
                if bad(level):
                    out.append(
                        e.problem(
                            "E104",
                            f"skill {e.item.id!r}: resource builds level {level}, outside the "
                            "scale",
                            "resources",
                            i,
                            "levels",
                            hint=hint,
                        )
                    )
    return out


def check_references(draft: Draft) -> list[Problem]:
    skill_ids = {e.item.id for e in draft.skills}
    role_ids = {e.item.id for e in draft.roles}
    known_skills = skill_ids | draft.broken_skill_ids
    known_roles = role_ids | draft.broken_role_ids
    skills_known = "skills" not in draft.failed
    roles_known = "roles" not in draft.failed
    near_skill, near_role = Suggester(skill_ids), Suggester(role_ids)
    out = []
    for r in draft.roles if skills_known else ():
        for i, req in enumerate(r.item.skills):
            if req.skill not in known_skills:
                out.append(
                    r.problem(
                        "E102",
                        f"role {r.item.id!r} requires unknown skill {req.skill!r}",
                        "skills",
                        i,
                        "skill",
                        hint=near_skill(req.skill) or "define it in skills.yaml",
                    )
                )
    for e in draft.skills:
        for i, pre in enumerate(e.item.prerequisites):
            if pre.skill == e.item.id:
                out.append(
                    e.problem(
                        "E108",
                        f"skill {e.item.id!r} lists itself as a prerequisite",
                        "prerequisites",
                        i,
                        "skill",
                        hint="remove this prerequisite",
                    )
                )
            elif pre.skill not in known_skills and skills_known:
                out.append(
                    e.problem(
                        "E102",
                        f"skill {e.item.id!r} has unknown prerequisite {pre.skill!r}",
                        "prerequisites",
                        i,
                        "skill",
                        hint=near_skill(pre.skill) or "define it in skills.yaml",
                    )
                )
    for pe in draft.paths:
        p = pe.item
        if p.from_ == p.to:
            out.append(
                pe.problem(
                    "E108",
                    f"path from {p.from_!r} to itself",
                    "to",
                    hint="a path must lead to another role",
                )
            )
        for end, field in ((p.from_, "from"), (p.to, "to")):
            if end not in known_roles and roles_known:
                out.append(
                    pe.problem(
                        "E103",
                        f"path `{field}: {end}` names an unknown role",
                        field,
                        hint=near_role(end) or "define it in roles.yaml",
                    )
                )
    return out


def check_duplicate_requirements(draft: Draft) -> list[Problem]:
    out = []
    for e in draft.roles:
        seen: set[str] = set()
        for i, req in enumerate(e.item.skills):
            if req.skill in seen:
                out.append(
                    e.problem(
                        "E112",
                        f"role {e.item.id!r} lists skill {req.skill!r} twice",
                        "skills",
                        i,
                        "skill",
                        hint="keep one requirement per skill, at the highest level needed",
                    )
                )
            seen.add(req.skill)
    return out


def _latest(entries: list[Entry[Any]], key: Callable[[Any], Hashable]) -> dict[Hashable, Any]:
    out: dict[Hashable, Any] = {}
    for e in entries:
        out[key(e.item)] = e
    return out


def check_promotions_up(draft: Draft) -> list[Problem]:
    roles = _latest(draft.roles, lambda r: r.id)
    out = []
    for e in draft.paths:
        p = e.item
        if p.kind is not MoveKind.PROMOTION or p.from_ not in roles or p.to not in roles:
            continue
        src, dst = roles[p.from_].item, roles[p.to].item
        if LEVEL_RANK[dst.level] < LEVEL_RANK[src.level]:
            out.append(
                e.problem(
                    "E105",
                    f"promotion from {src.id!r} ({src.level}) down to {dst.id!r} ({dst.level})",
                    "kind",
                    hint="a move to a lower level is `kind: lateral`, or fix a role's level",
                )
            )
    return out


def _incomplete(draft: Draft) -> bool:
    """Whether some file did not load whole: warnings about what is unused would mislead."""
    return bool(draft.failed or draft.partial)


def check_isolated_roles(draft: Draft) -> list[Problem]:
    if _incomplete(draft):
        return []
    on_path: set[str] = set()
    for e in draft.paths:
        on_path.add(e.item.from_)
        on_path.add(e.item.to)
    latest = _latest(draft.roles, lambda r: r.id)
    return [
        e.problem(
            "W201",
            f"role {rid!r} is on no path: no move leads to it or away from it",
            "id",
            hint="add a promotion or lateral move to paths.yaml",
            severity=Severity.WARNING,
        )
        for rid, e in latest.items()
        if rid not in on_path
    ]


def check_unused_skills(draft: Draft) -> list[Problem]:
    if _incomplete(draft):
        return []
    used: set[str] = set()
    for r in _latest(draft.roles, lambda r: r.id).values():
        used.update(req.skill for req in r.item.skills)
    latest = _latest(draft.skills, lambda s: s.id)
    for s in latest.values():
        used.update(pre.skill for pre in s.item.prerequisites)
    return [
        e.problem(
            "W202",
            f"skill {sid!r} is needed by no role and is no other skill's prerequisite",
            "id",
            hint="require it in a role in roles.yaml, or remove it",
            severity=Severity.WARNING,
        )
        for sid, e in latest.items()
        if sid not in used
    ]


#: What CONTRIBUTING.md and docs/data.md promise of every role.
MIN_ROLE_SKILLS = 6
MIN_ROLE_DIMENSIONS = 2


def check_role_requirements(draft: Draft) -> list[Problem]:
    """W203: at least 6 skills over at least 2 dimensions; W204: an essential skill. On the
    merged view (an overlay's role is judged as it replaces the base's)."""
    if _incomplete(draft):
        return []
    skills = {sid: e.item for sid, e in _latest(draft.skills, lambda s: s.id).items()}
    out = []
    for rid, e in _latest(draft.roles, lambda r: r.id).items():
        reqs = e.item.skills
        dims = {skills[q.skill].dimension for q in reqs if q.skill in skills}
        if len(reqs) < MIN_ROLE_SKILLS or len(dims) < MIN_ROLE_DIMENSIONS:
            out.append(
                e.problem(
                    "W203",
                    f"role {rid!r} needs {len(reqs)} skills over {len(dims)} dimensions; a "
                    f"role needs at least {MIN_ROLE_SKILLS} over at least "
                    f"{MIN_ROLE_DIMENSIONS}",
                    "skills",
                    hint="add the role's requirements from the capability model (docs/data.md)",
                    severity=Severity.WARNING,
                )
            )
        if reqs and not any(q.essential for q in reqs):
            out.append(
                e.problem(
                    "W204",
                    f"role {rid!r} has no essential skill",
                    "skills",
                    hint="mark the skills without which the job cannot be done `essential: true`",
                    severity=Severity.WARNING,
                )
            )
    return out


RULES: tuple[Callable[[Draft], list[Problem]], ...] = (
    check_scale,
    check_duplicate_ids,
    check_duplicate_paths,
    check_categories,
    check_effort,
    check_levels,
    check_references,
    check_duplicate_requirements,
    check_promotions_up,
    check_promotion_cycles,
    check_prerequisite_cycles,
    check_isolated_roles,
    check_unused_skills,
    check_role_requirements,
    check_missing_prerequisites,
)


def run_checks(draft: Draft) -> list[Problem]:
    out: list[Problem] = []
    for rule in RULES:
        out.extend(rule(draft))
    return out
