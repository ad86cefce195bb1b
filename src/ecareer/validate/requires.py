"""W205: a role requires a skill but not what that skill builds on.

A skill's prerequisites must be held before it is learned (``prerequisites`` in
skills.yaml), so a role that requires the skill needs them too, at least at their levels.
Gap and route reports add a missing prerequisite anyway; the warning asks the data to say
so, where the role's requirements are written. On the merged view of the layers, as the
dataset will hold it.
"""

from __future__ import annotations

from typing import Any

from ecareer.contract.problems import Problem, Severity
from ecareer.validate.draft import Draft, Entry


def _latest(entries: list[Entry[Any]]) -> dict[str, Entry[Any]]:
    return {e.item.id: e for e in entries}


def check_missing_prerequisites(draft: Draft) -> list[Problem]:
    if draft.failed or draft.partial:
        return []
    skills = {sid: e.item for sid, e in _latest(draft.skills).items()}
    out = []
    for rid, e in _latest(draft.roles).items():
        held = {q.skill: q.level for q in e.item.skills}
        missing: dict[str, tuple[int, str]] = {}
        for q in e.item.skills:
            skill = skills.get(q.skill)
            for pre in skill.prerequisites if skill else ():
                if (
                    held.get(pre.skill, 0) < pre.level
                    and pre.level > missing.get(pre.skill, (0, ""))[0]
                ):
                    missing[pre.skill] = (pre.level, q.skill)
        for pre_id, (level, needing) in missing.items():
            have = held.get(pre_id, 0)
            out.append(
                e.problem(
                    "W205",
                    f"role {rid!r} requires {needing!r} but not its prerequisite "
                    f"{pre_id!r} at level {level}"
                    + (f" (it asks for level {have})" if have else ""),
                    "skills",
                    hint=f"add `{{skill: {pre_id}, level: {level}, ...}}` to the role's skills "
                    "(with `inferred: true` if no source states it), or remove the prerequisite",
                    severity=Severity.WARNING,
                )
            )
    return out
