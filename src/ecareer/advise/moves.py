"""The moves out of a role: the documented ones of paths.yaml and the inferred similar ones.

A role whose requirement another role's levels cover at least :data:`SIMILAR_MIN` is a
*similar* role (directional similarity, essential requirements weighted double; see the
README): ``next`` lists such roles, ``route --similar`` and ``graph --similar`` may take them as
inferred moves. This module is the one place that infers them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ecareer.advise.similarity import similarity
from ecareer.contract.dataset import Dataset
from ecareer.contract.records import Statement
from ecareer.contract.vocab import MoveKind

#: A role whose requirement another role's levels cover this much (directional similarity,
#: essential requirements weighted double) is an inferred "similar" move. See README.
SIMILAR_MIN = 0.6
SIMILAR_YEARS = 1.0  # typical years assumed for an inferred move (not in the data)


@dataclass(frozen=True, slots=True)
class Edge:
    """A move out of a role as the search takes it: documented, or inferred (``similar``)."""

    to: str
    kind: str  # promotion | lateral | similar
    years: float
    milestones: tuple[Statement, ...] = ()
    similarity: float | None = None


@dataclass(frozen=True)
class Constraints:
    via: tuple[str, ...] = ()
    avoid: frozenset[str] = frozenset()
    max_steps: int | None = None
    promotions_only: bool = False
    similar: bool = False


class Moves:
    """The moves out of each role, computed once per role and kept."""

    def __init__(self, ds: Dataset, constraints: Constraints) -> None:
        self.ds = ds
        self.c = constraints
        self._cache: dict[str, list[Edge]] = {}

    def out(self, role: str) -> list[Edge]:
        cached = self._cache.get(role)
        if cached is not None:
            return cached
        moves = []
        documented = set()
        for p in self.ds.paths_from.get(role, ()):
            documented.add(p.to)
            if self.c.promotions_only and p.kind is not MoveKind.PROMOTION:
                continue
            moves.append(Edge(p.to, str(p.kind), p.years, tuple(p.milestones)))
        if self.c.similar and not self.c.promotions_only:
            for other, sim in similar_from_role(self.ds, role):
                if other not in documented:
                    moves.append(Edge(other, "similar", SIMILAR_YEARS, (), round(sim, 4)))
        self._cache[role] = moves
        return moves


def similar_roles(
    ds: Dataset, have: Mapping[str, int], origin: str | None, minimum: float = SIMILAR_MIN
) -> list[tuple[str, float]]:
    """Roles whose requirement ``have`` covers at least ``minimum``, most similar first.

    From a role, only roles at the same or a higher level count: covering a junior role's
    needs from a senior one is no move anyone asks for.

    Exactly the all-pairs definition (every other role scored by :func:`coverage`), computed
    without scoring all pairs: see :mod:`ecareer.advise.similarity`.
    """
    sim = similarity(ds)
    number = sim.number
    by_number = {number[s]: h for s, h in have.items() if s in number}
    return sim.similar(by_number, origin, minimum)


def similar_from_role(
    ds: Dataset, origin: str, minimum: float = SIMILAR_MIN, *, many: bool = False
) -> list[tuple[str, float]]:
    """:func:`similar_roles` from the levels ``origin`` requires (``role_levels``), read
    from the requirement matrix: no role record is decoded. ``many``: the question is one
    of many (every role's), so the prefix index is built at once."""
    sim = similarity(ds)
    if many:
        sim.expect_many(minimum)
    return list(sim.from_role(origin, minimum))


def fewest_moves(
    moves: Moves,
    root: tuple[str, ...],
    goal: str,
    avoid: frozenset[str] = frozenset(),
    banned: frozenset[tuple[str, str]] = frozenset(),
) -> tuple[str, ...] | None:
    """``root`` extended by the fewest moves to ``goal``, never revisiting a role."""
    from collections import deque

    if root[-1] == goal:
        return root
    before = {root[-1]: ""}
    blocked = set(root) | set(avoid)
    queue = deque([root[-1]])
    while queue:
        here = queue.popleft()
        for move in moves.out(here):
            nxt = move.to
            if nxt in before or nxt in blocked or (here, nxt) in banned:
                continue
            before[nxt] = here
            if nxt == goal:
                tail = [nxt]
                while before[tail[-1]] != root[-1]:
                    tail.append(before[tail[-1]])
                return (*root, *reversed(tail))
            queue.append(nxt)
    return None
