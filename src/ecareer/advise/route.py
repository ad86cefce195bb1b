"""The cheapest routes between two roles.

A route is a simple path of moves (promotions and lateral moves from paths.yaml, and with
``similar`` the inferred moves of ``next``). Its cost is the learning hours it takes, under
the model of :mod:`ecareer.advise.levels`: each step costs the hours to raise the levels held
so far to the next role's requirements (with prerequisites), and a level learned at one step
is never learned again. So a route's cost is the hours from the starting levels to the highest
level of each skill over the roles it visits; it depends on the set of roles, not on the order.

The best route is found by A* over (role, levels held) labels. The heuristic, the hours from
the levels held to the target's (and any unvisited ``via`` roles') requirements, never
overestimates and is consistent, so the first route to reach the target is optimal. Labels
dominated by an earlier one at the same role (fewer or equal levels, steps and the same ``via``
roles seen) are dropped: any completion of the dominated label is no cheaper. Alternatives
(``k``) come from Yen's algorithm over that search, cheapest first.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Mapping
from dataclasses import dataclass, field

from ecareer.advise.gap import coverage
from ecareer.advise.levels import Levels, Step, learning, merge, role_levels
from ecareer.contract.dataset import Dataset
from ecareer.contract.records import Text
from ecareer.contract.vocab import MoveKind
from ecareer.errors import NoRouteError

#: A role whose requirement another role's levels cover this much (directional similarity,
#: essential requirements weighted double) is an inferred "similar" move. See README.
SIMILAR_MIN = 0.6
SIMILAR_YEARS = 1.0  # typical years assumed for an inferred move (not in the data)
MAX_LABELS_PER_ROLE = 64


@dataclass(frozen=True, slots=True)
class Move:
    to: str
    kind: str  # promotion | lateral | similar
    years: float
    milestones: tuple[Text, ...] = ()
    similarity: float | None = None


@dataclass(frozen=True, slots=True)
class RouteStep:
    from_: str
    to: str
    kind: str
    years: float
    learn: tuple[Step, ...]
    milestones: tuple[Text, ...] = ()

    @property
    def hours(self) -> float:
        return float(sum(s.hours for s in self.learn))


@dataclass(frozen=True, slots=True)
class Route:
    roles: tuple[str, ...]
    steps: tuple[RouteStep, ...]

    @property
    def hours(self) -> float:
        return float(sum(s.hours for s in self.steps))

    @property
    def years(self) -> float:
        return float(sum(s.years for s in self.steps))


@dataclass(frozen=True)
class Constraints:
    via: tuple[str, ...] = ()
    avoid: frozenset[str] = frozenset()
    max_steps: int | None = None
    promotions_only: bool = False
    similar: bool = False


@dataclass
class RouteResult:
    start: str
    target: str
    start_levels: Levels
    routes: list[Route] = field(default_factory=list)


class Moves:
    """The moves out of each role, computed once per role and kept."""

    def __init__(self, ds: Dataset, constraints: Constraints) -> None:
        self.ds = ds
        self.c = constraints
        self._cache: dict[str, list[Move]] = {}

    def out(self, role: str) -> list[Move]:
        cached = self._cache.get(role)
        if cached is not None:
            return cached
        moves = []
        documented = set()
        for p in self.ds.paths_from.get(role, ()):
            documented.add(p.to)
            if self.c.promotions_only and p.kind is not MoveKind.PROMOTION:
                continue
            moves.append(Move(p.to, str(p.kind), p.years, tuple(p.milestones)))
        if self.c.similar and not self.c.promotions_only:
            for other, sim in similar_roles(self.ds, role_levels(self.ds.roles[role]), role):
                if other not in documented:
                    moves.append(Move(other, "similar", SIMILAR_YEARS, (), round(sim, 4)))
        self._cache[role] = moves
        return moves


def similar_roles(
    ds: Dataset, have: Mapping[str, int], origin: str | None, minimum: float = SIMILAR_MIN
) -> list[tuple[str, float]]:
    """Roles whose requirement ``have`` covers at least ``minimum``, most similar first.

    From a role, only roles at the same or a higher level count: covering a junior role's
    needs from a senior one is no move anyone asks for.
    """
    from ecareer.contract.vocab import LEVEL_RANK

    floor = LEVEL_RANK[ds.roles[origin].level] if origin else -1
    out = []
    for rid, role in ds.roles.items():
        if rid == origin or LEVEL_RANK[role.level] < floor:
            continue
        sim = coverage(have, role, essential_weight=2.0)
        if sim >= minimum:
            out.append((rid, sim))
    out.sort(key=lambda kv: (-kv[1], kv[0]))
    return out


def _hours(ds: Dataset, have: Mapping[str, int], want: Mapping[str, int]) -> float:
    return float(sum(s.hours for s in learning(ds, have, want)))


def _covers(a: Mapping[str, int], b: Mapping[str, int]) -> bool:
    """Whether levels ``a`` are at or above ``b`` everywhere."""
    return all(a.get(s, 0) >= v for s, v in b.items())


@dataclass(order=True)
class _Label:
    f: float
    g: float
    steps: int
    roles: tuple[str, ...]
    levels: Levels = field(compare=False)
    seen_via: frozenset[str] = field(compare=False)


class _Search:
    def __init__(
        self, ds: Dataset, start_levels: Levels, target: str, c: Constraints, moves: Moves
    ) -> None:
        self.ds = ds
        self.start_levels = start_levels
        self.target = target
        self.c = c
        self.moves = moves
        self.via = frozenset(c.via)
        self._want: dict[frozenset[str], Levels] = {}

    def want(self, seen_via: frozenset[str]) -> Levels:
        """The levels any completion must reach: target's and every unvisited via role's."""
        key = self.via - seen_via
        if key not in self._want:
            parts = [role_levels(self.ds.roles[self.target])]
            parts += [role_levels(self.ds.roles[v]) for v in sorted(key)]
            self._want[key] = merge(*parts)
        return self._want[key]

    def best(
        self,
        root: tuple[str, ...],
        banned_edges: frozenset[tuple[str, str]] = frozenset(),
    ) -> tuple[tuple[str, ...], list[Move]] | None:
        """The cheapest route that starts with ``root``; None when there is none."""
        ds = self.ds
        levels = dict(self.start_levels)
        g = 0.0
        for role in root[1:]:
            cost, levels = advance(ds, levels, role)
            g += cost
        seen = frozenset(r for r in root if r in self.via)
        start = _Label(
            g + _hours(ds, levels, self.want(seen)), g, len(root) - 1, root, levels, seen
        )
        heap = [start]
        popped: dict[tuple[str, frozenset[str]], list[tuple[Levels, int]]] = {}
        while heap:
            label = heapq.heappop(heap)
            here = label.roles[-1]
            if here == self.target and label.seen_via == self.via:
                return label.roles, self._moves_along(label.roles)
            key = (here, label.seen_via)
            kept = popped.setdefault(key, [])
            if any(steps <= label.steps and _covers(label.levels, lv) for lv, steps in kept):
                continue
            if len(kept) < MAX_LABELS_PER_ROLE:
                kept.append((label.levels, label.steps))
            if self.c.max_steps is not None and label.steps >= self.c.max_steps:
                continue
            if here == self.target:
                continue  # a route ends at the target; it does not pass through it
            for move in self.moves.out(here):
                nxt = move.to
                if nxt in label.roles or nxt in self.c.avoid or (here, nxt) in banned_edges:
                    continue
                cost, new_levels = advance(ds, label.levels, nxt)
                seen_via = label.seen_via | ({nxt} & self.via)
                g2 = label.g + cost
                h = _hours(ds, new_levels, self.want(seen_via))
                heapq.heappush(
                    heap,
                    _Label(g2 + h, g2, label.steps + 1, (*label.roles, nxt), new_levels, seen_via),
                )
        return None

    def _moves_along(self, roles: tuple[str, ...]) -> list[Move]:
        out = []
        for a, b in itertools.pairwise(roles):
            out.append(next(m for m in self.moves.out(a) if m.to == b))
        return out


def advance(ds: Dataset, levels: Levels, role: str) -> tuple[float, Levels]:
    """The hours to take on ``role`` holding ``levels``, and the levels held afterwards."""
    steps = learning(ds, levels, role_levels(ds.roles[role]))
    if not steps:
        return 0.0, levels
    new = dict(levels)
    for s in steps:
        new[s.skill] = s.want
    return float(sum(s.hours for s in steps)), new


def build_route(
    ds: Dataset, start_levels: Levels, roles: tuple[str, ...], moves: list[Move]
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
) -> RouteResult:
    """Up to ``k`` cheapest routes from ``start`` to ``target``; NoRouteError says why not."""
    c = constraints or Constraints()
    result = RouteResult(start, target, dict(start_levels))
    if start == target:
        result.routes.append(Route((start,), ()))
        return result
    moves = Moves(ds, c)
    search = _Search(ds, start_levels, target, c, moves)
    first = search.best((start,))
    if first is None:
        raise NoRouteError(*why_no_route(ds, start, target, c))
    found = [first]
    candidates: list[tuple[float, tuple[str, ...], list[Move]]] = []
    seen_routes = {first[0]}
    costs = {first[0]: build_route(ds, start_levels, *first).hours}
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
            cost = build_route(ds, start_levels, *cand).hours
            costs[cand[0]] = cost
            heapq.heappush(candidates, (cost, cand[0], cand[1]))
        if not candidates:
            break
        _, roles, mv = heapq.heappop(candidates)
        found.append((roles, mv))
    result.routes = [build_route(ds, start_levels, roles, mv) for roles, mv in found]
    return result


def why_no_route(ds: Dataset, start: str, target: str, c: Constraints) -> tuple[str, str]:
    """(message, hint) explaining which constraint, if any, cuts every route."""
    from ecareer.advise.graph import reachable

    s_name = f"{start!r}"
    t_name = f"{target!r}"
    if not reachable(ds, start, target, similar=c.similar):
        hint = "" if c.similar else "try --similar to allow inferred moves between similar roles"
        return (f"no route: {t_name} cannot be reached from {s_name} by any chain of moves", hint)
    reasons = []
    if c.avoid and not _exists(ds, start, target, Constraints(avoid=c.avoid, similar=c.similar)):
        reasons.append("every route passes through a role given to --avoid")
    if c.promotions_only and not _exists(
        ds, start, target, Constraints(promotions_only=True, similar=c.similar)
    ):
        reasons.append("every route needs a lateral move (--promotions-only)")
    if c.max_steps is not None and not _exists(
        ds, start, target, Constraints(max_steps=c.max_steps, similar=c.similar)
    ):
        from ecareer.advise.graph import fewest_steps

        least = fewest_steps(ds, start, target, similar=c.similar)
        reasons.append(f"every route takes at least {least} steps (--max-steps {c.max_steps})")
    if c.via and not _exists(ds, start, target, Constraints(via=c.via, similar=c.similar)):
        reasons.append("no route passes through every role given to --via")
    if not reasons:
        reasons.append("the options together cut every route")
    return ("no route: " + "; ".join(reasons), "loosen the options")


def _exists(ds: Dataset, start: str, target: str, c: Constraints) -> bool:
    return _Search(ds, {}, target, c, Moves(ds, c)).best((start,)) is not None
