"""W205: a role requires a skill but not what that skill builds on.

A skill's prerequisites must be held before it is learned (``prerequisites`` in
skills.yaml), so a role that requires the skill needs them too, at least at their levels.
Gap and route reports add a missing prerequisite anyway; the warning asks the data to say
so, where the role's requirements are written. On the merged view of the layers, as the
dataset will hold it.
"""

from __future__ import annotations

from ecareer.contract.problems import Problem, Severity
from ecareer.contract.say import say
from ecareer.validate.draft import Draft, latest


def check_missing_prerequisites(draft: Draft) -> list[Problem]:
    if draft.failed or draft.partial:
        return []
    skills = {sid: e.item for sid, e in latest(draft.skills, lambda s: s.id).items()}
    out = []
    for rid, e in latest(draft.roles, lambda r: r.id).items():
        held = {sid: q.level for q in e.item.skills for sid in q.options}
        missing: dict[str, tuple[int, str]] = {}
        # every alternative of an any-of requirement: whichever a person holds, what it
        # builds on is needed too
        for sid in (sid for q in e.item.skills for sid in q.options):
            skill = skills.get(sid)
            for pre in skill.prerequisites if skill else ():
                if (
                    held.get(pre.skill, 0) < pre.level
                    and pre.level > missing.get(pre.skill, (0, ""))[0]
                ):
                    missing[pre.skill] = (pre.level, sid)
        for pre_id, (level, needing) in missing.items():
            have = held.get(pre_id, 0)
            said = say(
                "p_missing_prerequisite_lower" if have else "p_missing_prerequisite",
                role=rid,
                skill=needing,
                pre=pre_id,
                level=level,
                have=have,
            )
            out.append(
                e.problem(
                    "W205",
                    said,
                    "skills",
                    hint=say("h_missing_prerequisite", pre=pre_id, level=level),
                    severity=Severity.WARNING,
                )
            )
    return out
