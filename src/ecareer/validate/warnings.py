"""The rules that warn: what the data leaves out (a role on no path, a skill nobody needs,
a thin role, a role with no essential skill). They judge the merged view and are skipped
when a file did not load whole, since then what looks unused may be in the part that failed.
"""

from __future__ import annotations

from ecareer.contract.problems import Problem, Severity
from ecareer.contract.say import say
from ecareer.validate.draft import Draft, latest


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
    newest = latest(draft.roles, lambda r: r.id)
    return [
        e.problem(
            "W201",
            say("p_isolated_role", role=rid),
            "id",
            hint=say("h_isolated_role"),
            severity=Severity.WARNING,
        )
        for rid, e in newest.items()
        if rid not in on_path
    ]


def check_unused_skills(draft: Draft) -> list[Problem]:
    if _incomplete(draft):
        return []
    used: set[str] = set()
    for r in latest(draft.roles, lambda r: r.id).values():
        used.update(alt for req in r.item.skills for alt in req.options)
    newest = latest(draft.skills, lambda s: s.id)
    for s in newest.values():
        used.update(pre.skill for pre in s.item.prerequisites)
    return [
        e.problem(
            "W202",
            say("p_unused_skill", skill=sid),
            "id",
            hint=say("h_unused_skill"),
            severity=Severity.WARNING,
        )
        for sid, e in newest.items()
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
    skills = {sid: e.item for sid, e in latest(draft.skills, lambda s: s.id).items()}
    out = []
    for rid, e in latest(draft.roles, lambda r: r.id).items():
        reqs = e.item.skills
        dims = {skills[q.skill].dimension for q in reqs if q.skill in skills}
        if len(reqs) < MIN_ROLE_SKILLS or len(dims) < MIN_ROLE_DIMENSIONS:
            out.append(
                e.problem(
                    "W203",
                    say(
                        "p_thin_role",
                        role=rid,
                        n=len(reqs),
                        dims=len(dims),
                        min_skills=MIN_ROLE_SKILLS,
                        min_dims=MIN_ROLE_DIMENSIONS,
                    ),
                    "skills",
                    hint=say("h_thin_role"),
                    severity=Severity.WARNING,
                )
            )
        if reqs and not any(q.essential for q in reqs):
            out.append(
                e.problem(
                    "W204",
                    say("p_no_essential", role=rid),
                    "skills",
                    hint=say("h_no_essential"),
                    severity=Severity.WARNING,
                )
            )
    return out
