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
from ecareer.contract.problems import Problem
from ecareer.contract.say import Names, Say, say
from ecareer.contract.vocab import CATEGORIES, LEVEL_RANK, MoveKind
from ecareer.validate.cycles import check_prerequisite_cycles, check_promotion_cycles
from ecareer.validate.draft import Draft, Entry, latest
from ecareer.validate.requires import check_missing_prerequisites
from ecareer.validate.warnings import (
    check_isolated_roles,
    check_role_requirements,
    check_unused_skills,
)


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
                    say("p_bad_scale", levels=levels, n=len(levels)),
                    ("scale",),
                    hint=say("h_bad_scale"),
                )
            )
    return out


def _duplicates(
    entries: list[Entry[Any]], key: Callable[[Any], Hashable], what: Say, code: str
) -> list[Problem]:
    seen: dict[tuple[int, Hashable], Entry[Any]] = {}
    out = []
    for e in entries:
        k = (e.layer, key(e.item))
        if k in seen:
            first = seen[k]
            line, _ = first.file.locate(first.path)
            where = (
                say("t_line", n=line)
                if first.file is e.file
                else say("t_file_line", file=first.file.shown, line=line)
            )
            out.append(
                e.problem(
                    code,
                    say("p_duplicate", what=what, key=k[1], where=where),
                    hint=say("h_merge_or_rename"),
                )
            )
        else:
            seen[k] = e
    return out


def check_duplicate_ids(draft: Draft) -> list[Problem]:
    return _duplicates(draft.skills, lambda s: s.id, say("t_skill_id"), "E101") + _duplicates(
        draft.roles, lambda r: r.id, say("t_role_id"), "E101"
    )


def check_duplicate_paths(draft: Draft) -> list[Problem]:
    return _duplicates(draft.paths, lambda p: f"{p.from_} -> {p.to}", say("t_path"), "E109")


def check_categories(draft: Draft) -> list[Problem]:
    out = []
    for e in draft.skills:
        s = e.item
        allowed = CATEGORIES[s.dimension]
        if s.category not in allowed:
            out.append(
                e.problem(
                    "E110",
                    say("p_category", skill=s.id, category=s.category, dimension=s.dimension),
                    "category",
                    hint=say("h_category", names=Names(tuple(allowed))),
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
            say("p_effort_length", skill=e.item.id, n=len(e.item.effort), top=top),
            "effort",
            hint=say("h_effort_length", top=top),
        )
        for e in draft.skills
        if len(e.item.effort) != top
    ]


def check_levels(draft: Draft) -> list[Problem]:
    top = _max_level(draft)
    out = []

    def bad(level: int) -> bool:
        return not 1 <= level <= top

    hint = say("h_levels_run", top=top)
    for r in draft.roles:
        for i, req in enumerate(r.item.skills):
            if bad(req.level):
                out.append(
                    r.problem(
                        "E104",
                        say(
                            "p_requirement_level", role=r.item.id, skill=req.skill, level=req.level
                        ),
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
                        say(
                            "p_prerequisite_level", skill=e.item.id, pre=pre.skill, level=pre.level
                        ),
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
                            say("p_resource_level", skill=e.item.id, level=level),
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
            where: list[tuple[str | int, ...]] = [("any_of", k) for k in range(len(req.any_of))]
            where = where or [("skill",)]
            for sid, at in zip(req.options, where, strict=True):
                if sid not in known_skills:
                    out.append(
                        r.problem(
                            "E102",
                            say("p_unknown_requirement", role=r.item.id, skill=sid),
                            "skills",
                            i,
                            *at,
                            hint=near_skill(sid) or say("h_define_skill"),
                        )
                    )
    for e in draft.skills:
        for i, pre in enumerate(e.item.prerequisites):
            if pre.skill == e.item.id:
                out.append(
                    e.problem(
                        "E108",
                        say("p_self_prerequisite", skill=e.item.id),
                        "prerequisites",
                        i,
                        "skill",
                        hint=say("h_remove_prerequisite"),
                    )
                )
            elif pre.skill not in known_skills and skills_known:
                out.append(
                    e.problem(
                        "E102",
                        say("p_unknown_prerequisite", skill=e.item.id, pre=pre.skill),
                        "prerequisites",
                        i,
                        "skill",
                        hint=near_skill(pre.skill) or say("h_define_skill"),
                    )
                )
    for pe in draft.paths:
        p = pe.item
        if p.from_ == p.to:
            out.append(
                pe.problem(
                    "E108",
                    say("p_self_path", role=p.from_),
                    "to",
                    hint=say("h_self_path"),
                )
            )
        for end, field in ((p.from_, "from"), (p.to, "to")):
            if end not in known_roles and roles_known:
                out.append(
                    pe.problem(
                        "E103",
                        say("p_unknown_path_role", field=field, role=end),
                        field,
                        hint=near_role(end) or say("h_define_role"),
                    )
                )
    return out


def check_duplicate_requirements(draft: Draft) -> list[Problem]:
    out = []
    for e in draft.roles:
        seen: set[str] = set()
        for i, req in enumerate(e.item.skills):
            for alt in req.options:
                if alt in seen:
                    out.append(
                        e.problem(
                            "E112",
                            say("p_requirement_twice", role=e.item.id, skill=alt),
                            "skills",
                            i,
                            "any_of" if req.any_of else "skill",
                            hint=say("h_requirement_twice"),
                        )
                    )
            seen.update(req.options)
    return out


def check_promotions_up(draft: Draft) -> list[Problem]:
    roles = latest(draft.roles, lambda r: r.id)
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
                    say(
                        "p_promotion_down",
                        src=src.id,
                        src_level=str(src.level),
                        dst=dst.id,
                        dst_level=str(dst.level),
                    ),
                    "kind",
                    hint=say("h_promotion_down"),
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
)
#: the rules that find only warnings (W201-W205): skipped when warnings are not wanted (a
#: command building the cache shows none, and locating them costs)
WARNING_RULES: tuple[Callable[[Draft], list[Problem]], ...] = (
    check_isolated_roles,
    check_unused_skills,
    check_role_requirements,
    check_missing_prerequisites,
)


def run_checks(draft: Draft, *, warnings: bool = True) -> list[Problem]:
    out: list[Problem] = []
    for rule in RULES + WARNING_RULES if warnings else RULES:
        out.extend(rule(draft))
    return out
