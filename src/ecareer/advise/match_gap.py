"""A posting as a target: the gap from a person to it, and the route to its closest role.

The posting becomes a role of its own (id :data:`POSTING`) in a copy of the dataset, so that
:func:`ecareer.advise.gap.gap_to` computes the gap exactly as for any role. Its requirements
are the skills the posting asks for: at the level the posting states, else the level the
closest role needs, else 2 (Working); their importance is the posting's emphasis (5 in the
requirements, 3 in the duties, 2 for a plus: :data:`ecareer.advise.posting.IMPORTANCE`), and
those it lists as requirements are essential.
"""

from __future__ import annotations

from typing import NamedTuple

from ecareer.advise.gap import Origin, TargetGap, gap_to
from ecareer.advise.match import PostingMatch
from ecareer.advise.moves import Constraints
from ecareer.advise.route import RouteResult, find_routes
from ecareer.contract.dataset import Dataset
from ecareer.contract.records import Requirement, Role, Text
from ecareer.errors import NoRoute

POSTING = "posting"
#: The level asked for a skill when neither the posting nor the closest role says.
DEFAULT_LEVEL = 2


class PostingGap(NamedTuple):
    """The gap to the posting, and the route to its closest role (None when there is none:
    no starting role, the person is already in it, or no chain of moves leads there)."""

    who: Origin
    dataset: Dataset  # the data with the posting as the role POSTING
    gap: TargetGap
    closest: str | None
    route: RouteResult | None
    #: when route is None: "no-match" (no role is close), "no-role" (no starting role),
    #: "same-role" (already in the closest role) or "no-route"
    route_problem: str | None


def as_role(ds: Dataset, pm: PostingMatch) -> Role:
    closest = ds.roles[pm.roles[0].role] if pm.roles else None
    theirs = {r.skill: r.level for r in closest.skills} if closest else {}
    top = ds.max_level
    reqs = tuple(
        Requirement(
            skill=a.skill,
            level=min(top, a.level or theirs.get(a.skill, DEFAULT_LEVEL)),
            importance=a.importance,
            essential=a.section == "requirements",
        )
        for a in pm.skills
    )
    title = pm.title or pm.source or POSTING
    any_role = closest or next(iter(ds.roles.values()))
    return Role(
        id=POSTING,
        name=Text(title, title),
        family=any_role.family,
        level=any_role.level,
        summary=Text(title, title),
        skills=reqs,
    )


def posting_gap(ds: Dataset, who: Origin, pm: PostingMatch) -> PostingGap:
    role = as_role(ds, pm)
    roles = dict(ds.roles)
    roles[POSTING] = role
    with_posting = Dataset(ds.scale, ds.skills, roles, ds.paths, ds.files)
    gap = gap_to(with_posting, who.levels, POSTING)
    closest = pm.roles[0].role if pm.roles else None
    route = None
    problem = None
    if closest is None:
        problem = "no-match"
    elif who.role is None:
        problem = "no-role"
    elif who.role == closest:
        problem = "same-role"
    else:
        try:
            route = find_routes(ds, who.role, closest, who.levels, 1, Constraints())
        except NoRoute:
            problem = "no-route"
    return PostingGap(who, with_posting, gap, closest, route, problem)
