"""The label-setting search behind :func:`ecareer.advise.route.find_routes` (A* over walks or
simple paths with dominance; see that module's docstring)."""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Mapping

from ecareer.advise.levels import (
    Levels,
    merge,
)
from ecareer.advise.moves import Constraints, Edge, Moves, fewest_moves
from ecareer.advise.route_model import EPS, Cost, _advance, _Label, _Model, _shortcut, _value
from ecareer.contract.dataset import Dataset
from ecareer.contract.vocab import MoveKind

#: after the work bound, open labels are taken by g + WEIGHT * h (weighted A*): a route is
#: reached in far fewer labels, its cost is what it is, and the bound stays proven
WEIGHT = 3.0

#: labels remembered per role for the dominance rule: a label not remembered prunes nothing
#: later, so the cap costs pruning, never optimality
MAX_LABELS_PER_ROLE = 64


class _Search:
    def __init__(
        self,
        ds: Dataset,
        start_levels: Levels,
        target: str,
        c: Constraints,
        moves: Moves,
        cost: Cost | None = None,
        limit: int = 200_000,
        weighted_limit: int = 0,
    ) -> None:
        self.ds = ds
        self.limit = limit  # the work bound (ecareer.advise.route.MAX_EXPANDED)
        self.weighted_limit = weighted_limit  # then the weighted phase's (WEIGHTED_EXPANDED)
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
        self._years: _YearsLeft | None = None

    def want(self, seen_via: frozenset[str]) -> tuple[tuple[str, int], ...]:
        """The levels any completion must reach: target's and every unvisited via role's."""
        key = self.via - seen_via
        if key not in self._want:
            parts = [self.ds.own_levels(self.target)]
            parts += [self.ds.own_levels(v) for v in sorted(key)]
            self._want[key] = tuple(merge(*parts).items())
        return self._want[key]

    def best(
        self,
        root: tuple[str, ...],
        banned_edges: frozenset[tuple[str, str]] = frozenset(),
        cutoff: float | None = None,
    ) -> tuple[tuple[str, ...], list[Edge]] | None:
        """The cheapest route that starts with ``root``; None when there is none, or when
        every route costs more than ``cutoff`` (a proven lower bound passed it).

        After the work bound (``limit`` labels over every call), the best route a weighted
        search finds within ``weighted_limit`` more labels, else the route of fewest moves,
        with :attr:`lower_bound` raised to what the open labels prove; once the bound is
        reached, later calls give the route of fewest moves at once."""
        if self.stopped:
            return self._fallback(root, banned_edges)
        ds = self.ds
        cost = self.cost
        model = self.model
        levels = dict(self.start_levels)
        g = 0.0
        for a, b in itertools.pairwise(root):
            learn, levels = _advance(ds, levels, b)
            g += cost.step(self._edge(a, b).years, learn)
        base = levels  # the root's levels: every label holds its gains on top of them
        closed = model.closed(base)  # then a step's needs are its role's closure, less held
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

        years_left = self.years_to_target() if by_time else None

        def h_of(label: _Label, w_practice: list[tuple[str, int]]) -> float:
            # a lower bound of what is left: the target's (and unvisited via roles') own
            # requirement from the levels held, prerequisites left out (consistent); for
            # time, at least the least years in post from here to the target (a landmark
            # bound by a backward Dijkstra on years, history-free)
            if not by_time:
                return h_hours(label)
            floor = years_left.get(label.roles[-1]) if years_left is not None else 0.0
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
        # (kept incrementally), and the least of them bounds what is left. With via roles
        # too (labels are then simple paths, and the last move still comes from one of
        # them; an unvisited via role's requirement is in the merged want, and once gained
        # counts nothing). Not with inferred moves: their predecessors are not known.
        lasts: list[str] = []
        last_want: list[dict[str, int]] = []
        touches: dict[str, list[int]] = {}
        if not self.c.similar:
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
        # Open labels keyed by f (A*); after the work bound, by g + WEIGHT * h (weighted A*,
        # to reach some route fast), each label still carrying its own f.
        heap: list[tuple[float, _Label]] = [(start.f, start)]
        weighted_until = 0  # > 0: in the weighted phase, until this many labels in all
        popped: dict[tuple[str, frozenset[str]], list[tuple[Levels, int, float, frozenset[str]]]]
        popped = {}
        while heap:
            _, label = heapq.heappop(heap)
            if cutoff is not None and label.f > cutoff + EPS:
                if weighted_until:
                    continue
                return None
            here = label.roles[-1]
            if here == self.target and label.seen_via == self.via:
                if weighted_until:
                    self._raise_bound(min([label.f, *(o.f for _, o in heap)]))
                roles = _shortcut(label.roles, len(root)) if walk else label.roles
                return roles, self._moves_along(roles)
            self.expanded += 1
            if not weighted_until and self.expanded > self.limit:
                # the work bound: the least f open is a proven lower bound; then a weighted
                # search from the same open labels, for a route to show within the bound
                self.stopped = True
                self._raise_bound(label.f)
                if self.via:
                    return self._legs(root, banned_edges)
                weighted_until = self.expanded + self.weighted_limit
                heap.append((label.f, label))
                heap = [(o.g + WEIGHT * (o.f - o.g), o) for _, o in heap]
                heapq.heapify(heap)
                self.expanded -= 1
                continue
            if weighted_until and self.expanded > weighted_until:
                self._raise_bound(min([label.f, *(o.f for _, o in heap)]))
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
                if closed:
                    gained, hours, months = model.learn_closed(base, top, nxt)
                else:
                    gained = model.learn(base, top, model.req(nxt))
                    hours, months = model.price(gained)
                seen_via = label.seen_via | ({nxt} & self.via)
                g2 = label.g + _value(cost, move.years, hours, months)
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
                if weighted_until:
                    heapq.heappush(heap, (g2 + WEIGHT * (child.f - g2), child))
                else:
                    heapq.heappush(heap, (child.f, child))
        return None

    def _raise_bound(self, bound: float) -> None:
        """Keep the highest proven lower bound (every one given is one)."""
        if self.lower_bound is None or bound > self.lower_bound:
            self.lower_bound = bound

    def years_to_target(self) -> _YearsLeft:
        """The least sum of years in post from a role to the target over documented moves
        (a backward Dijkstra, run only as far as the roles asked about); zero with inferred
        moves, whose years bound nothing here."""
        if self._years is None:
            self._years = _YearsLeft(self.ds, self.target, self.c)
        return self._years

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

    def _legs(
        self, root: tuple[str, ...], banned_edges: frozenset[tuple[str, str]]
    ) -> tuple[tuple[str, ...], list[Edge]] | None:
        """After the work bound with ``via`` roles: the cheapest route to each via role in
        turn, then to the target, each leg a search of its own without via roles (walk
        labels, the predecessor bound), never back through a role of an earlier leg, at most
        ``weighted_limit`` labels a leg; the route of fewest moves if that fails."""
        roles = root
        for goal in [*sorted(self.via - set(root)), self.target]:
            c = Constraints(
                avoid=frozenset(self.c.avoid) | frozenset(roles[:-1]),
                promotions_only=self.c.promotions_only,
                similar=self.c.similar,
            )
            leg = _Search(
                self.ds, self.start_levels, goal, c, self.moves, self.cost, self.weighted_limit
            )
            leg.model = self.model  # the same lookups, read once
            found = leg.best(roles, banned_edges)
            if found is None:
                return self._fallback(root, banned_edges)
            roles = found[0]
        if self.c.max_steps is not None and len(roles) - 1 > self.c.max_steps:
            return self._fallback(root, banned_edges)
        return roles, self._moves_along(roles)

    def _moves_along(self, roles: tuple[str, ...]) -> list[Edge]:
        return [self._edge(a, b) for a, b in itertools.pairwise(roles)]


class _YearsLeft:
    """A backward Dijkstra on years in post from the target, resumed only until the role
    asked about is settled (it settles in order of years, so a role near the target is
    answered early). A role that cannot reach the target, or any role with inferred moves
    (their years bound nothing), gets 0. Settling only part of the graph and answering the
    frontier's years for the rest was tried: a weaker bound, more labels, slower."""

    def __init__(self, ds: Dataset, target: str, c: Constraints) -> None:
        self.ds = ds
        self.c = c
        self.done: dict[str, float] = {}
        self.heap: list[tuple[float, str]] = [] if c.similar else [(0.0, target)]

    def get(self, role: str) -> float:
        got = self.done.get(role)
        if got is not None:
            return got
        heap, done, c = self.heap, self.done, self.c
        while heap:
            d, here = heapq.heappop(heap)
            if here in done:
                continue
            done[here] = d
            for p in self.ds.paths_to.get(here, ()):
                if p.from_ in done or p.from_ in c.avoid:
                    continue
                if c.promotions_only and p.kind is not MoveKind.PROMOTION:
                    continue
                heapq.heappush(heap, (d + p.years, p.from_))
            if here == role:
                return d
        return 0.0


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
