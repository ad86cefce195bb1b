"""The moves out of a role: the documented ones of paths.yaml and the inferred similar ones.

A role whose requirement another role's levels cover at least :data:`SIMILAR_MIN` is a
*similar* role (directional similarity, essential requirements weighted double; see the
README): ``next`` lists such roles, ``route --similar`` and ``graph --similar`` may take them as
inferred moves. This module is the one place that infers them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ecareer.advise.gap import coverage
from ecareer.advise.levels import role_levels
from ecareer.contract.dataset import Dataset
from ecareer.contract.records import Statement
from ecareer.contract.vocab import LEVEL_RANK, MoveKind

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
            for other, sim in similar_roles(self.ds, role_levels(self.ds.roles[role]), role):
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

    Through an index of who requires what (:class:`RequiredBy`): only roles that require a
    skill ``have`` holds (and roles that require nothing) can reach ``minimum`` > 0; their
    coverage is summed sparsely over ``have``'s skills, and the ones within reach are then
    scored by :func:`coverage` itself, so the result is exactly the all-pairs definition's.
    """
    floor = LEVEL_RANK[ds.roles[origin].level] if origin else -1
    index = required_by(ds)
    if minimum <= 0:
        candidates: Iterable[str] = ds.roles
    else:
        done = dict.fromkeys(index.empty, 0.0)
        for sid, held in have.items():
            if held <= 0:
                continue
            for rid, w, level in index.by_skill.get(sid, ()):
                done[rid] = done.get(rid, 0.0) + w * min(held, level) / level
        candidates = [
            rid
            for rid, got in done.items()
            if rid in index.empty or got >= (minimum - SLACK) * index.weight[rid]
        ]
    out = []
    for rid in candidates:
        role = ds.roles[rid]
        if rid == origin or LEVEL_RANK[role.level] < floor:
            continue
        sim = coverage(have, role, essential_weight=2.0)
        if sim >= minimum:
            out.append((rid, sim))
    out.sort(key=lambda kv: (-kv[1], kv[0]))
    return out


#: how far below the minimum a sparse sum may fall and still be scored exactly (rounding)
SLACK = 1e-9


@dataclass(frozen=True)
class RequiredBy:
    """Who requires what: per skill, the roles requiring it with their weight (importance,
    essential ones double) and level; per role, the total weight; the roles requiring
    nothing (their coverage is 1)."""

    by_skill: dict[str, list[tuple[str, float, int]]]
    weight: dict[str, float]
    empty: frozenset[str]


_INDEX: dict[int, tuple[Dataset, RequiredBy]] = {}


def required_by(ds: Dataset) -> RequiredBy:
    """The index for ``ds``, built once (one dataset at a time, as ``held_levels``)."""
    got = _INDEX.get(id(ds))
    if got is not None and got[0] is ds:
        return got[1]
    by_skill: dict[str, list[tuple[str, float, int]]] = {}
    weight: dict[str, float] = {}
    empty = set()
    for rid, role in ds.roles.items():
        total = 0.0
        for req in role.skills:
            w = req.importance * (2.0 if req.essential else 1.0)
            total += w
            by_skill.setdefault(req.skill, []).append((rid, w, req.level))
        weight[rid] = total
        if not total:
            empty.add(rid)
    index = RequiredBy(by_skill, weight, frozenset(empty))
    _INDEX.clear()
    _INDEX[id(ds)] = (ds, index)
    return index


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
