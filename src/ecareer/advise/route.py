"""The cheapest routes between two roles, by study hours or by time.

A route is a simple path of moves (promotions and lateral moves from paths.yaml, and with
``similar`` the inferred moves of ``next``). Each step raises the levels held so far to the
next role's requirements (with prerequisites), under the model of :mod:`ecareer.advise.levels`;
a level gained at one step is never gained again. A step needs hours of study (study skills)
and months of practice (practised skills), and comes after the move's typical years in post.

Two costs (:class:`Cost`):

* ``hours``: the study hours. A route's cost is then the hours from the starting levels to the
  highest level of each skill over the roles it visits: it depends on the set of roles only.
* ``time``: the years, at ``hours_per_week`` of study. A step lasts the longest of its years in
  post, its study at that pace, and its practice (practised skills grow side by side, while in
  the role); a route lasts the sum of its steps.

The best route is found by A* over (role, levels held) labels. The heuristic (the study hours,
or the longest of the study time and of any one skill's practice, still needed to reach the
target's and any unvisited ``via`` roles' requirements) never overestimates and is consistent,
so the first route to reach the target is optimal. A label is dropped when an earlier one at
the same role with the same ``via`` roles seen took no more steps, holds no more levels (for
hours: every completion of it costs no more) and, for time, took no longer and holds at least
as much. Alternatives (``k``) come from Yen's algorithm over that search, cheapest first
(with Lawler's rule: spurs only from the parent's deviation on; and a spur search stops
once no route of it can be among the k cheapest). At the work bound (:data:`MAX_EXPANDED`,
:data:`VIA_EXPANDED`) the least f still open is a proven lower bound of the cheapest cost
(``RouteResult.lower_bound``) and the route shown is the best a short weighted search (or,
with ``via`` roles, a leg-by-leg search) finds, else the one of fewest moves.
"""

from __future__ import annotations

import heapq
import itertools
from dataclasses import dataclass, field

from ecareer.advise.levels import (
    Levels,
    Step,
    learning,
    merge,
    practice_months,
    role_levels,
)
from ecareer.advise.moves import Constraints, Edge, Moves, fewest_moves
from ecareer.advise.route_model import (
    DEFAULT_HOURS_PER_WEEK,
    WEEKS_PER_YEAR,
    Cost,
    _advance,
)
from ecareer.advise.route_search import MAX_LABELS_PER_ROLE, _Search
from ecareer.contract.dataset import Dataset
from ecareer.contract.records import Statement
from ecareer.errors import NoRoute

__all__ = [
    "DEFAULT_HOURS_PER_WEEK",
    "MAX_EXPANDED",
    "MAX_LABELS_PER_ROLE",
    "VIA_EXPANDED",
    "WEEKS_PER_YEAR",
    "WEIGHTED_EXPANDED",
    "Cost",
    "Route",
    "RouteResult",
    "RouteStep",
    "advance",
    "build_route",
    "find_routes",
]

#: The work bound: labels expanded by the exact search (A*), over the first route and every
#: alternative's, before it stops (RouteResult.stopped_after); a label costs about a
#: millisecond at ESCO size, so this keeps a query to seconds on every graph shape
MAX_EXPANDED = 3_000
#: the same with ``via`` roles, whose labels are simple paths (a label dominates fewer):
#: at the bound the route is sought leg by leg, and the bound's labels cost seconds
VIA_EXPANDED = 1_000
#: then labels the weighted search may take to reach a route (its cost is what it is, the
#: lower bound stays proven); past it, the route of fewest moves is shown
WEIGHTED_EXPANDED = 1_000


@dataclass(frozen=True, slots=True)
class RouteStep:
    """One move of a route: what it needs (``learn``) and how long it takes."""

    from_: str
    to: str
    kind: str
    years: float
    learn: tuple[Step, ...]
    milestones: tuple[Statement, ...] = ()

    @property
    def hours(self) -> float:
        """Hours of study."""
        return float(sum(s.hours for s in self.learn))

    @property
    def practice_months(self) -> float:
        return practice_months(self.learn)

    def study_per_week(self) -> float:
        """The weekly study that fits this step's hours into its years in post."""
        if not self.hours:
            return 0.0
        if not self.years:
            return float("inf")
        return self.hours / (self.years * WEEKS_PER_YEAR)

    def duration(self, hours_per_week: float) -> float:
        """Years: the longest of the years in post, the study at ``hours_per_week``, the
        practice."""
        return Cost("time", hours_per_week).step(self.years, self.learn)


@dataclass(frozen=True, slots=True)
class Route:
    roles: tuple[str, ...]
    steps: tuple[RouteStep, ...]

    @property
    def hours(self) -> float:
        """Hours of study over the route."""
        return float(sum(s.hours for s in self.steps))

    @property
    def years(self) -> float:
        """The typical years in post along the route."""
        return float(sum(s.years for s in self.steps))

    def duration(self, hours_per_week: float) -> float:
        """Years, at ``hours_per_week`` of study (the sum of the steps' durations)."""
        return float(sum(s.duration(hours_per_week) for s in self.steps))


@dataclass
class RouteResult:
    start: str
    target: str
    start_levels: Levels
    routes: list[Route] = field(default_factory=list)
    cost: Cost = field(default_factory=Cost)
    #: the study hours of the direct gap from the start to the target
    direct_hours: float = 0.0
    #: > 0 when the search stopped at its work bound after this many labels: the routes are
    #: the best found so far, maybe not the cheapest
    stopped_after: int = 0
    #: a proven lower bound of the cheapest route's cost (in the cost's unit): the first
    #: route's own cost when the search finished, else the least f of the labels still open
    #: when it stopped (A* with an admissible heuristic)
    lower_bound: float | None = None

    def on_the_way(self, route: Route) -> float:
        """Study hours ``route`` spends on what the target does not ask for: skills (or
        levels) that roles on the way require. Always ``route.hours - direct_hours``."""
        return max(0.0, route.hours - self.direct_hours)


def advance(ds: Dataset, levels: Levels, role: str) -> tuple[float, Levels]:
    """The study hours to take on ``role`` holding ``levels``, and the levels afterwards."""
    steps, new = _advance(ds, levels, role)
    return float(sum(s.hours for s in steps)), new


def build_route(
    ds: Dataset, start_levels: Levels, roles: tuple[str, ...], moves: list[Edge]
) -> Route:
    levels = dict(start_levels)
    steps = []
    for (a, b), move in zip(itertools.pairwise(roles), moves, strict=True):
        need = role_levels(ds.roles[b])
        learn = tuple(sorted(learning(ds, levels, need), key=lambda s: s.skill))
        levels = merge(levels, {s.skill: s.want for s in learn})
        steps.append(RouteStep(a, b, move.kind, move.years, learn, move.milestones))
    return Route(roles, tuple(steps))


def find_routes(
    ds: Dataset,
    start: str,
    target: str,
    start_levels: Levels,
    k: int = 1,
    constraints: Constraints | None = None,
    cost: Cost | None = None,
) -> RouteResult:
    """Up to ``k`` cheapest routes from ``start`` to ``target`` under ``cost`` (study hours
    by default), cheapest first; NoRoute says why there is none."""
    c = constraints or Constraints()
    cost = cost or Cost()
    direct = learning(ds, start_levels, role_levels(ds.roles[target]))
    result = RouteResult(
        start, target, dict(start_levels), cost=cost, direct_hours=sum(s.hours for s in direct)
    )
    if start == target:
        result.routes.append(Route((start,), ()))
        return result
    if fewest_moves(Moves(ds, Constraints(similar=c.similar)), (start,), target) is None:
        # unreachable whatever the options: said before any search (a breadth-first search)
        raise NoRoute(start, target, ("unreachable",), similar=c.similar)
    moves = Moves(ds, c)
    limit = VIA_EXPANDED if c.via else MAX_EXPANDED
    search = _Search(ds, start_levels, target, c, moves, cost, limit, WEIGHTED_EXPANDED)
    first = search.best((start,))
    if first is None:
        raise why_no_route(ds, start, target, c)
    found = [first]
    # Yen's algorithm with Lawler's rule: a route that deviated from its parent at index j
    # only needs spurs at j and after (the earlier ones were its parent's), and a spur search
    # stops once its least f passes the cost of the candidate that already secures the
    # last place still open (nothing dearer can be among the k cheapest).
    deviation = [0]
    candidates: list[tuple[float, tuple[str, ...], list[Edge], int]] = []
    seen_routes = {first[0]}
    while len(found) < k:
        prev_roles = found[-1][0]
        for i in range(deviation[-1], len(prev_roles) - 1):
            root = prev_roles[: i + 1]
            banned = frozenset(
                (root[-1], roles[i + 1])
                for roles, _ in found
                if roles[: i + 1] == root and len(roles) > i + 1
            )
            open_places = k - len(found)
            cutoff = (
                heapq.nsmallest(open_places, candidates)[-1][0]
                if len(candidates) >= open_places
                else None
            )
            cand = search.best(root, banned, cutoff)
            if cand is None or cand[0] in seen_routes:
                continue
            seen_routes.add(cand[0])
            built = build_route(ds, start_levels, *cand)
            heapq.heappush(candidates, (_route_value(built, cost), cand[0], cand[1], i))
        if not candidates:
            break
        _, roles, mv, at = heapq.heappop(candidates)
        found.append((roles, mv))
        deviation.append(at)
    result.routes = [build_route(ds, start_levels, roles, mv) for roles, mv in found]
    first_value = _route_value(result.routes[0], cost)
    if search.stopped:
        result.stopped_after = limit
        result.routes.sort(key=lambda r: _route_value(r, cost))
        first_value = _route_value(result.routes[0], cost)
    bound = search.lower_bound
    result.lower_bound = first_value if bound is None else min(bound, first_value)
    return result


def _route_value(route: Route, cost: Cost) -> float:
    return route.hours if cost.by == "hours" else route.duration(cost.hours_per_week)


def why_no_route(ds: Dataset, start: str, target: str, c: Constraints) -> NoRoute:
    """The error saying which constraint, if any, cuts every route (facts, not sentences)."""
    from ecareer.advise.graph import fewest_steps, reachable

    if not reachable(ds, start, target, similar=c.similar):
        return NoRoute(start, target, ("unreachable",), similar=c.similar)
    reasons = []
    least = None
    if c.avoid and not _exists(ds, start, target, Constraints(avoid=c.avoid, similar=c.similar)):
        reasons.append("avoid")
    if c.promotions_only and not _exists(
        ds, start, target, Constraints(promotions_only=True, similar=c.similar)
    ):
        reasons.append("promotions-only")
    if c.max_steps is not None and not _exists(
        ds, start, target, Constraints(max_steps=c.max_steps, similar=c.similar)
    ):
        least = fewest_steps(ds, start, target, similar=c.similar)
        reasons.append("max-steps")
    if c.via and not _exists(ds, start, target, Constraints(via=c.via, similar=c.similar)):
        reasons.append("via")
    if not reasons:
        reasons.append("combined")
    return NoRoute(
        start,
        target,
        tuple(reasons),
        similar=c.similar,
        least_steps=least,
        max_steps=c.max_steps,
    )


def _exists(ds: Dataset, start: str, target: str, c: Constraints) -> bool:
    return _Search(ds, {}, target, c, Moves(ds, c), None, MAX_EXPANDED).best((start,)) is not None
