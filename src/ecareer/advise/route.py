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
as much. Alternatives (``k``) come from Yen's algorithm over that search, cheapest first.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from ecareer.advise.levels import (
    Levels,
    Step,
    is_practice,
    learning,
    merge,
    practice_months,
    role_levels,
)
from ecareer.advise.moves import Constraints, Edge, Moves, fewest_moves
from ecareer.contract.dataset import Dataset
from ecareer.contract.records import Text
from ecareer.contract.vocab import MoveKind
from ecareer.errors import NoRoute

#: labels remembered per role for the dominance rule: a label not remembered prunes nothing
#: later, so the cap costs pruning, never optimality
MAX_LABELS_PER_ROLE = 64
#: costs closer than this are equal (sums of the same gains in another order)
EPS = 1e-9
WEEKS_PER_YEAR = 52.0
DEFAULT_HOURS_PER_WEEK = 5.0


@dataclass(frozen=True, slots=True)
class Cost:
    """What a route search minimises: study ``hours``, or ``time`` at ``hours_per_week``."""

    by: str = "hours"
    hours_per_week: float = DEFAULT_HOURS_PER_WEEK

    def study_years(self, hours: float) -> float:
        return hours / (self.hours_per_week * WEEKS_PER_YEAR)

    def step(self, years: float, learn: list[Step] | tuple[Step, ...]) -> float:
        """The cost of one step: its study hours, or its duration in years."""
        hours = float(sum(s.hours for s in learn))
        if self.by == "hours":
            return hours
        return max(years, self.study_years(hours), practice_months(learn) / 12.0)

    def remaining(self, ds: Dataset, have: Mapping[str, int], want: Mapping[str, int]) -> float:
        """A lower bound of the cost still needed to go from ``have`` to ``want``."""
        steps = learning(ds, have, want)
        hours = float(sum(s.hours for s in steps))
        if self.by == "hours":
            return hours
        return max(self.study_years(hours), practice_months(steps) / 12.0)


#: The work bound: labels expanded by one search before it stops (RouteResult.stopped_after)
MAX_EXPANDED = 200_000


@dataclass(frozen=True, slots=True)
class RouteStep:
    """One move of a route: what it needs (``learn``) and how long it takes."""

    from_: str
    to: str
    kind: str
    years: float
    learn: tuple[Step, ...]
    milestones: tuple[Text, ...] = ()

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


@dataclass(order=True)
class _Label:
    f: float
    g: float
    steps: int
    roles: tuple[str, ...]
    #: the levels gained since the root, on top of the root's levels (never lower): the
    #: parent's, and what this step gained (merged only when the label is taken off the heap)
    parent: Levels = field(compare=False)
    gained: dict[str, tuple[int, int]] = field(compare=False)
    seen_via: frozenset[str] = field(compare=False)
    #: study hours of the target's (and unvisited via roles') direct requirement still open
    open_hours: float = field(compare=False, default=0.0)
    #: the same for the target's requirement with each possible last role's (see best())
    open_last: list[float] = field(compare=False, default_factory=list)

    def top(self) -> Levels:
        if not self.gained:
            return self.parent
        top = dict(self.parent)
        for sid, (_, want) in self.gained.items():
            top[sid] = want
        return top


class _Model:
    """The cost model's lookups, read once per search: a role's requirement, a skill's effort,
    growth and prerequisites. :meth:`learn` is :func:`ecareer.advise.levels.learning` over
    levels held as ``top`` over ``base`` (a label keeps only what it gained)."""

    def __init__(self, ds: Dataset) -> None:
        self.ds = ds
        self._req: dict[str, tuple[tuple[str, int], ...]] = {}
        self._skill: dict[str, tuple[tuple[float, ...], bool, tuple[tuple[str, int], ...]]] = {}
        self._pre: dict[str, tuple[tuple[str, int], ...]] = {}

    def req(self, role: str) -> tuple[tuple[str, int], ...]:
        got = self._req.get(role)
        if got is None:
            got = self._req[role] = tuple(role_levels(self.ds.roles[role]).items())
        return got

    def skill(self, sid: str) -> tuple[tuple[float, ...], bool, tuple[tuple[str, int], ...]]:
        got = self._skill.get(sid)
        if got is None:
            sk = self.ds.skills[sid]
            pres = tuple((p.skill, p.level) for p in sk.prerequisites)
            got = self._skill[sid] = (tuple(sk.effort), is_practice(self.ds, sid), pres)
            self._pre[sid] = pres
        return got

    def learn(
        self, base: Mapping[str, int], top: Mapping[str, int], want: Iterable[tuple[str, int]]
    ) -> dict[str, tuple[int, int]]:
        """skill -> (held, needed) for what must be gained (prerequisites included)."""
        need: dict[str, int] = {}
        held: dict[str, int] = {}
        pre = self._pre
        stack = list(want)
        pop, extend = stack.pop, stack.extend
        while stack:
            sid, level = pop()
            have = held.get(sid)
            if have is None:
                have = top.get(sid)
                if have is None:
                    have = base.get(sid, 0)
                held[sid] = have
            if level <= have or level <= need.get(sid, 0):
                continue
            need[sid] = level
            more = pre.get(sid)
            if more is None:
                more = self.skill(sid)[2]
            if more:
                extend(more)
        return {sid: (held[sid], level) for sid, level in need.items()}

    def price(self, gained: Mapping[str, tuple[int, int]]) -> tuple[float, float]:
        """(study hours, longest practice in months) of ``gained``."""
        hours = 0.0
        months = 0.0
        for sid, (have, want) in gained.items():
            effort, practised, _ = self.skill(sid)
            e = float(sum(effort[have:want]))
            if practised:
                if e > months:
                    months = e
            else:
                hours += e
        return hours, months

    def raise_cost(self, sid: str, have: int, want: int) -> float:
        return float(sum(self.skill(sid)[0][have:want])) if want > have else 0.0


def _value(cost: Cost, years: float, hours: float, months: float) -> float:
    if cost.by == "hours":
        return hours
    return max(years, cost.study_years(hours), months / 12.0)


def _shortcut(roles: tuple[str, ...], keep: int) -> tuple[str, ...]:
    """The walk ``roles`` with every cycle after its first ``keep`` roles cut out: a simple
    path over a subset of its roles and moves (never dearer, see the module's docstring)."""
    out: list[str] = list(roles[:keep])
    at = {r: i for i, r in enumerate(out)}
    for r in roles[keep:]:
        i = at.get(r)
        if i is not None:
            for gone in out[i + 1 :]:
                del at[gone]
            del out[i + 1 :]
        else:
            at[r] = len(out)
            out.append(r)
    return tuple(out)


class _Search:
    def __init__(
        self,
        ds: Dataset,
        start_levels: Levels,
        target: str,
        c: Constraints,
        moves: Moves,
        cost: Cost | None = None,
    ) -> None:
        self.ds = ds
        self.model = _Model(ds)
        self.start_levels = start_levels
        self.target = target
        self.c = c
        self.moves = moves
        self.cost = cost or Cost()
        self.via = frozenset(c.via)
        self._want: dict[frozenset[str], tuple[tuple[str, int], ...]] = {}
        self.expanded = 0  # labels expanded, over every call of best()
        self.stopped = False
        #: when the first search stopped at the work bound: the least cost any route can have
        self.lower_bound: float | None = None
        self._years: dict[str, float] | None = None

    def want(self, seen_via: frozenset[str]) -> tuple[tuple[str, int], ...]:
        """The levels any completion must reach: target's and every unvisited via role's."""
        key = self.via - seen_via
        if key not in self._want:
            parts = [role_levels(self.ds.roles[self.target])]
            parts += [role_levels(self.ds.roles[v]) for v in sorted(key)]
            self._want[key] = tuple(merge(*parts).items())
        return self._want[key]

    def best(
        self,
        root: tuple[str, ...],
        banned_edges: frozenset[tuple[str, str]] = frozenset(),
    ) -> tuple[tuple[str, ...], list[Edge]] | None:
        """The cheapest route that starts with ``root``; None when there is none."""
        ds = self.ds
        cost = self.cost
        model = self.model
        levels = dict(self.start_levels)
        g = 0.0
        for a, b in itertools.pairwise(root):
            learn, levels = _advance(ds, levels, b)
            g += cost.step(self._edge(a, b).years, learn)
        base = levels  # the root's levels: every label holds its gains on top of them
        seen = frozenset(r for r in root if r in self.via)
        # Without via roles a label is a walk (roles may repeat after the root): its shortcut
        # to a simple path is never dearer, so the cheapest walk's shortcut is a cheapest
        # route, and the dominance rule needs no condition on the roles visited. With via
        # roles, a shortcut could drop one: labels are simple paths, and a label only
        # dominates one that visited every role it did.
        walk = not self.via
        blocked = set(root[:-1]) | set(self.c.avoid)
        by_time = cost.by == "time"
        max_steps = self.c.max_steps
        wants: dict[frozenset[str], tuple[dict[str, int], list[tuple[str, int]]]] = {}

        def want_of(seen_via: frozenset[str]) -> tuple[dict[str, int], list[tuple[str, int]]]:
            got = wants.get(seen_via)
            if got is None:
                w = dict(self.want(seen_via))
                practised = [(sid, lv) for sid, lv in w.items() if model.skill(sid)[1]]
                got = wants[seen_via] = (w, practised)
            return got

        def open_hours(top: Mapping[str, int], w: Mapping[str, int]) -> float:
            total = 0.0
            for sid, lv in w.items():
                have = top.get(sid)
                if have is None:
                    have = base.get(sid, 0)
                if lv > have and not model.skill(sid)[1]:
                    total += model.raise_cost(sid, have, lv)
            return total

        years_left = self.years_to_target() if by_time else {}

        def h_of(label: _Label, w_practice: list[tuple[str, int]]) -> float:
            # a lower bound of what is left: the target's (and unvisited via roles') own
            # requirement from the levels held, prerequisites left out (consistent); for
            # time, at least the least years in post from here to the target (a landmark
            # bound by a backward Dijkstra on years, history-free)
            if not by_time:
                return h_hours(label)
            floor = years_left.get(label.roles[-1], 0.0)
            months = 0.0
            gained, parent = label.gained, label.parent
            for sid, lv in w_practice:
                got = gained.get(sid)
                have = got[1] if got is not None else parent.get(sid, base.get(sid, 0))
                if lv > have:
                    months = max(months, model.raise_cost(sid, have, lv))
            return max(cost.study_years(h_hours(label)), months / 12.0, floor)

        # The last move into the target comes from one of its predecessors: a route from a
        # role that is none of them must still take on one of their requirements too. Per
        # predecessor p, the open study hours of the target's requirement merged with p's
        # (kept incrementally), and the least of them bounds what is left (walks only:
        # with via roles or inferred moves the predecessors are not known up front).
        lasts: list[str] = []
        last_want: list[dict[str, int]] = []
        touches: dict[str, list[int]] = {}
        if walk and not self.c.similar:
            lasts = sorted({p.from_ for p in ds.paths_to.get(self.target, ())} - set(self.c.avoid))
            target_want = dict(self.want(seen))
            for i, p in enumerate(lasts):
                w = merge(target_want, dict(model.req(p)))
                last_want.append(w)
                for sid in w:
                    touches.setdefault(sid, []).append(i)
        into_target = set(lasts)

        def h_hours(label: _Label) -> float:
            here = label.roles[-1]
            if here == self.target or not lasts or here in into_target:
                return label.open_hours
            return max(label.open_hours, min(label.open_last, default=0.0))

        w0, p0 = want_of(seen)
        start = _Label(0.0, g, len(root) - 1, root, {}, {}, seen, open_hours({}, w0))
        start.open_last = [open_hours({}, w) for w in last_want]
        start.f = g + h_of(start, p0)
        heap = [start]
        popped: dict[tuple[str, frozenset[str]], list[tuple[Levels, int, float, frozenset[str]]]]
        popped = {}
        while heap:
            label = heapq.heappop(heap)
            here = label.roles[-1]
            if here == self.target and label.seen_via == self.via:
                roles = _shortcut(label.roles, len(root)) if walk else label.roles
                return roles, self._moves_along(roles)
            self.expanded += 1
            if self.expanded > MAX_EXPANDED:
                self.stopped = True
                if self.lower_bound is None:
                    self.lower_bound = label.f
                return self._fallback(root, banned_edges)
            key = (here, label.seen_via)
            kept = popped.setdefault(key, [])
            top = label.top()
            visited = frozenset() if walk else frozenset(label.roles)
            if _dominated(kept, top, label, base, by_time, max_steps is not None, visited):
                continue
            if len(kept) < MAX_LABELS_PER_ROLE:
                kept.append((top, label.steps, label.g, visited))
            if max_steps is not None and label.steps >= max_steps:
                continue
            if here == self.target:
                continue  # a route ends at the target; it does not pass through it
            w, _ = want_of(label.seen_via)
            for move in self.moves.out(here):
                nxt = move.to
                if nxt in blocked or (here, nxt) in banned_edges:
                    continue
                if not walk and nxt in label.roles:
                    continue
                gained = model.learn(base, top, model.req(nxt))
                seen_via = label.seen_via | ({nxt} & self.via)
                g2 = label.g + _value(cost, move.years, *model.price(gained))
                child = _Label(0.0, g2, label.steps + 1, (*label.roles, nxt), top, gained, seen_via)
                w2, practice2 = want_of(seen_via)
                if seen_via != label.seen_via:
                    child.open_hours = open_hours(child.top(), w2)
                else:
                    hours = label.open_hours
                    for sid, (have, now) in gained.items():
                        lv = w.get(sid)
                        if lv is not None and lv > have and not model.skill(sid)[1]:
                            hours -= model.raise_cost(sid, have, lv)
                            hours += model.raise_cost(sid, now, lv)
                    child.open_hours = max(0.0, hours)
                if lasts:
                    opened = list(label.open_last)
                    for sid, (have, now) in gained.items():
                        if model.skill(sid)[1]:
                            continue
                        for i in touches.get(sid, ()):
                            lv = last_want[i][sid]
                            if lv > have:
                                opened[i] -= model.raise_cost(sid, have, lv)
                                opened[i] += model.raise_cost(sid, now, lv)
                    child.open_last = opened
                child.f = g2 + h_of(child, practice2)
                heapq.heappush(heap, child)
        return None

    def years_to_target(self) -> dict[str, float]:
        """The least sum of years in post from each role to the target over documented moves
        (a backward Dijkstra); empty with inferred moves, whose years bound nothing here."""
        if self._years is not None:
            return self._years
        out: dict[str, float] = {}
        if not self.c.similar:
            heap = [(0.0, self.target)]
            while heap:
                d, here = heapq.heappop(heap)
                if here in out:
                    continue
                out[here] = d
                for p in self.ds.paths_to.get(here, ()):
                    if p.from_ in out or p.from_ in self.c.avoid:
                        continue
                    if self.c.promotions_only and p.kind is not MoveKind.PROMOTION:
                        continue
                    heapq.heappush(heap, (d + p.years, p.from_))
        self._years = out
        return out

    def _edge(self, a: str, b: str) -> Edge:
        return next(m for m in self.moves.out(a) if m.to == b)

    def _fallback(
        self, root: tuple[str, ...], banned_edges: frozenset[tuple[str, str]]
    ) -> tuple[tuple[str, ...], list[Edge]] | None:
        """After the work bound: the route of fewest moves from ``root`` through the ``via``
        roles (in turn) to the target, by breadth-first search; None if there is none."""
        roles = root
        for goal in [*sorted(self.via - set(root)), self.target]:
            leg = fewest_moves(self.moves, roles, goal, self.c.avoid, banned_edges)
            if leg is None:
                return None
            roles = leg
        if self.c.max_steps is not None and len(roles) - 1 > self.c.max_steps:
            return None
        return roles, self._moves_along(roles)

    def _moves_along(self, roles: tuple[str, ...]) -> list[Edge]:
        return [self._edge(a, b) for a, b in itertools.pairwise(roles)]


def _dominated(
    kept: list[tuple[Levels, int, float, frozenset[str]]],
    top: Levels,
    label: _Label,
    base: Mapping[str, int],
    by_time: bool,
    count_steps: bool,
    visited: frozenset[str],
) -> bool:
    """Whether a label popped earlier at the same role (and via roles seen) makes ``label``
    useless: it took no more steps (when steps are bounded), visited no role ``label`` did
    not (with via roles), and, for hours, ``label`` holds at least its levels (every
    completion of it is then no cheaper); for time, it took no longer and holds at least
    ``label``'s levels. Levels are compared on what was gained since the root only."""
    g = label.g + EPS
    for lv, steps, g0, seen in kept:
        if g0 > g or (count_steps and steps > label.steps):
            continue
        if visited and not seen <= visited:
            continue
        if by_time:
            if _covers(lv, base, top):
                return True
        elif _covers(top, base, lv):
            return True
    return False


def _covers(a: Mapping[str, int], base: Mapping[str, int], b: Mapping[str, int]) -> bool:
    """Whether levels ``a`` (gains over ``base``) are at or above ``b`` (gains) everywhere."""
    for sid, level in b.items():
        have = a.get(sid)
        if have is None:
            have = base.get(sid, 0)
        if have < level:
            return False
    return True


def _advance(ds: Dataset, levels: Levels, role: str) -> tuple[list[Step], Levels]:
    """What taking on ``role`` holding ``levels`` needs, and the levels held afterwards."""
    steps = learning(ds, levels, role_levels(ds.roles[role]))
    if not steps:
        return steps, levels
    new = dict(levels)
    for s in steps:
        new[s.skill] = s.want
    return steps, new


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
    search = _Search(ds, start_levels, target, c, moves, cost)
    first = search.best((start,))
    if first is None:
        raise why_no_route(ds, start, target, c)
    found = [first]
    candidates: list[tuple[float, tuple[str, ...], list[Edge]]] = []
    seen_routes = {first[0]}
    while len(found) < k:
        prev_roles = found[-1][0]
        for i in range(len(prev_roles) - 1):
            root = prev_roles[: i + 1]
            banned = frozenset(
                (root[-1], roles[i + 1])
                for roles, _ in found
                if roles[: i + 1] == root and len(roles) > i + 1
            )
            cand = search.best(root, banned)
            if cand is None or cand[0] in seen_routes:
                continue
            seen_routes.add(cand[0])
            built = build_route(ds, start_levels, *cand)
            value = built.hours if cost.by == "hours" else built.duration(cost.hours_per_week)
            heapq.heappush(candidates, (value, cand[0], cand[1]))
        if not candidates:
            break
        _, roles, mv = heapq.heappop(candidates)
        found.append((roles, mv))
    result.routes = [build_route(ds, start_levels, roles, mv) for roles, mv in found]
    first_value = _route_value(result.routes[0], cost)
    if search.stopped:
        result.stopped_after = MAX_EXPANDED
        result.routes.sort(key=lambda r: r.hours)
        first_value = min(_route_value(r, cost) for r in result.routes)
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
    return _Search(ds, {}, target, c, Moves(ds, c)).best((start,)) is not None
