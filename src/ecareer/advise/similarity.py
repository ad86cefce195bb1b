"""Similar roles at any size: exactly the all-pairs definition, without scoring all pairs.

``coverage(have, B)`` (:func:`ecareer.advise.gap.coverage`, essential requirements weighted
double) is ``done / W``: ``W`` the sum of B's weights ``w`` (importance, doubled when
essential), ``done`` the sum over B's requirements, in the order of the data, of
``w * min(h, l) / l`` (``h`` the level ``have`` holds, ``l`` the level required). The work is
done on the numbers of :attr:`Dataset.requirements <ecareer.contract.dataset.Dataset.requirements>`
(no role record is decoded), in three steps:

1. Candidates. Only a role requiring a skill ``have`` holds (``h > 0``) can reach a minimum
   ``m > 0``; a role requiring nothing has coverage 1. For one question, the candidates are
   the roles requiring a held skill (``Requirements.by_skill``). For many questions (``graph
   --similar``, the moves of a route search), a *prefix filter* (Bayardo et al., "Scaling up
   all pairs similarity search", 2007): each role's distinct skills, rarest first (fewest roles
   requiring them), are indexed until the weight left ``S`` has ``S / W < m - EXTRA``; with
   ``k`` the number of them ``have`` holds, a role is a candidate only when ``k`` reaches the
   role's ``kmin``, the least ``k`` with ``(S + the k largest indexed weights) / W >= m``.
2. The bound. ``U``, the weight of the role's requirements ``have`` holds: a role with
   ``U / W < m`` is dropped.
3. The exact score, as :func:`coverage` computes it (same operations in the same order, so the
   same float), for the roles left.

Why nothing is lost (float arithmetic included): every weight is a whole number (importance
1-5, times 1 or 2; never 0, so only a role requiring nothing has a total of 0), so ``W``,
``S``, ``U`` and their sums are exact floats. A requirement's term ``w * min(h, l) / l`` is
at most ``w`` when held (``w * min(h, l)`` is exact and at most
``w * l``; the rounded quotient of a value at most ``w`` is at most ``w``, rounding being
monotone) and at most 0 when not. Rounded addition is monotone too, so the computed ``done`` is
at most the exact sum of those bounds: ``U``, and ``S`` plus the indexed weights held, hence at
most ``S + the k largest``. Rounded division is monotone, so the computed coverage is at most
the computed ``U / W`` and ``(S + top k) / W``: when either is below ``m`` (compared as floats,
as here), so is the coverage, and the role is rightly left out. A role with no indexed skill
held has ``k = 0`` and ``S / W < m`` by construction.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Mapping
from itertools import accumulate, chain, repeat

from ecareer.contract.dataset import Dataset
from ecareer.contract.vocab import LEVEL_RANK

#: the weight of an essential requirement (``coverage(..., essential_weight=2.0)``)
ESSENTIAL = 2.0
#: the prefix filter indexes skills until the weight left is below ``m - EXTRA`` of the total:
#: a longer prefix, fewer candidates (measured on ESCO-size data; see docs/performance.md)
EXTRA = 0.2
#: after this many questions on one dataset at one minimum, the prefix index is built
MANY = 12


class _Role:
    """One role's requirement, ready: its row, total weight and weight per skill."""

    __slots__ = ("group", "row", "weight")

    def __init__(self, row: tuple[int, ...]) -> None:
        skills = row[0::4]
        ws = [i * (ESSENTIAL if e else 1.0) for i, e in zip(row[2::4], row[3::4], strict=True)]
        group = dict(zip(skills, ws, strict=True))
        if len(group) != len(skills):  # a skill listed twice: both weights count
            group = {}
            for s, w in zip(skills, ws, strict=True):
                group[s] = group.get(s, 0.0) + w
        self.row = row
        # whole numbers: exact in any order, the same float as coverage()'s running sum
        self.weight = float(sum(ws))
        self.group = group


class _Prefix:
    """The prefix index for one minimum: skill -> roles indexing it; each role's ``kmin``."""

    __slots__ = ("index", "kmin")

    def __init__(self, sim: Similarity, minimum: float) -> None:
        rows = sim.req.rows
        n = len(rows)
        freq = Counter(chain.from_iterable(set(rows[b][0::4]) for b in range(n)))
        rarest = sorted(freq, key=lambda s: (freq[s], s))
        place = dict(zip(rarest, range(len(rarest)), strict=True)).__getitem__
        first: dict[int, list[int]] = {}  # skill -> roles indexing it, every level
        kmin = [1 << 30] * n  # a role requiring nothing is handled as such
        target = minimum - EXTRA
        for b in range(n):
            role = sim.role(b)
            total = role.weight
            if not total:
                continue
            group = role.group
            skills = sorted(group, key=place)
            weights = [group[s] for s in skills]
            # whole numbers: the running sums are exact; index until left / total < target
            upto = bisect_right(list(accumulate(weights)), total * (1 - target))
            upto = min(len(skills), upto + 1) if target > 0 else len(skills)
            left = total - sum(weights[:upto])
            while upto < len(skills) and not left / total < minimum:  # never: the proof's S
                left -= weights[upto]
                upto += 1
            for s in skills[:upto]:
                first.setdefault(s, []).append(b)
            taken = sorted(weights[:upto], reverse=True)
            k = 0
            while left / total < minimum and k < len(taken):
                left += taken[k]
                k += 1
            if left / total >= minimum:
                kmin[b] = k
        # one index per level rank: from a role, only the roles at its level or above
        rank = sim.rank
        index = [first] + [
            {s: [b for b in bs if rank[b] >= r] for s, bs in first.items()}
            for r in range(1, max(rank, default=0) + 1)
        ]
        self.index = index
        self.kmin = kmin

    def candidates(self, held: Iterable[int], floor: int) -> list[int]:
        """The roles at level rank ``floor`` or above that pass the prefix filter."""
        index, kmin = self.index[max(floor, 0)] if floor < len(self.index) else {}, self.kmin
        got = Counter(chain.from_iterable(filter(None, map(index.get, held))))
        return [b for b, k in got.items() if k >= kmin[b]]


class Similarity:
    """The similarity of roles on one dataset, with what it prepared kept for the next call."""

    def __init__(self, ds: Dataset) -> None:
        self.req = ds.requirements
        self.number = {sid: i for i, sid in enumerate(self.req.skills)}
        self.role_number = {rid: i for i, rid in enumerate(self.req.roles)}
        self.rank = [LEVEL_RANK[lv] for lv in self.req.levels]  # type: ignore[index]
        self._roles: dict[int, _Role] = {}
        self._prefix: dict[float, _Prefix] = {}
        self._asked: Counter[float] = Counter()
        #: answers from a role's own levels, by (role, minimum): computed, or remembered
        self.known: dict[tuple[str, float], list[tuple[str, float]]] = {}

    def role(self, b: int) -> _Role:
        got = self._roles.get(b)
        if got is None:
            got = self._roles[b] = _Role(self.req.rows[b])
        return got

    def levels_of(self, rid: str) -> dict[int, int]:
        """The levels a role requires (:func:`~ecareer.advise.levels.role_levels`), by number."""
        row = self.role(self.role_number[rid]).row
        return dict(zip(row[0::4], row[1::4], strict=True))

    def coverage(self, have: Mapping[int, int], b: int) -> float:
        """:func:`ecareer.advise.gap.coverage` of role ``b``, the same operations in order."""
        weight = done = 0.0
        at = iter(self.role(b).row)
        for s, lv, importance, essential in zip(at, at, at, at, strict=True):
            w = importance * (ESSENTIAL if essential else 1.0)
            weight += w
            done += w * min(have.get(s, 0), lv) / lv
        return done / weight if weight else 1.0

    def covering(self, have: Mapping[int, int]) -> list[tuple[str, float, int]]:
        """Every role ``have`` covers at all (coverage > 0), as (id, coverage, level rank):
        the roles requiring a skill held, and those requiring nothing (coverage 1)."""
        by_skill, roles, rank = self.req.by_skill, self.req.roles, self.rank
        found = set().union(*[by_skill[s] for s, h in have.items() if h > 0])
        out = []
        for b in chain(found, self.req.empty):
            sim = self.coverage(have, b)
            if sim > 0:
                out.append((roles[b], sim, rank[b]))
        return out

    def from_role(self, rid: str, minimum: float) -> list[tuple[str, float]]:
        """:meth:`similar` from the levels role ``rid`` requires, kept for the next call."""
        got = self.known.get((rid, minimum))
        if got is None:
            got = self.known[(rid, minimum)] = self.similar(self.levels_of(rid), rid, minimum)
        return got

    def every_role(self, minimum: float) -> tuple[tuple[str, tuple[tuple[str, float], ...]], ...]:
        """Every role's :meth:`from_role`, as plain data (for the derived cache)."""
        self.expect_many(minimum)
        return tuple((rid, tuple(self.from_role(rid, minimum))) for rid in self.req.roles)

    def remember(self, minimum: float, table: object) -> bool:
        """Take :meth:`every_role`'s answers read back from the derived cache; False (and
        nothing taken) when ``table`` is not such answers for these roles."""
        if not isinstance(table, tuple) or len(table) != len(self.req.roles):
            return False
        known: dict[tuple[str, float], list[tuple[str, float]]] = {}
        for item, rid in zip(table, self.req.roles, strict=True):
            if not (isinstance(item, tuple) and len(item) == 2 and item[0] == rid):
                return False
            pairs = item[1]
            if not isinstance(pairs, tuple) or not all(
                isinstance(p, tuple)
                and len(p) == 2
                and p[0] in self.role_number
                and type(p[1]) is float
                for p in pairs
            ):
                return False
            known[(rid, minimum)] = [(str(a), float(b)) for a, b in pairs]
        self.known.update(known)
        return True

    def expect_many(self, minimum: float) -> None:
        """Many questions at ``minimum`` follow (every role's, for a graph): the prefix index
        now, not after :data:`MANY` questions answered without it."""
        self._asked[minimum] += MANY

    def similar(
        self, have: Mapping[int, int], origin: str | None, minimum: float
    ) -> list[tuple[str, float]]:
        """Roles whose requirement ``have`` (skill numbers) covers at least ``minimum``, most
        similar first; from ``origin``, only roles at its level or above, never itself."""
        me = self.role_number[origin] if origin else -1
        floor = self.rank[me] if origin else -1
        held = {s for s, h in have.items() if h > 0}
        n = len(self.req.roles)
        if minimum <= 0:
            candidates: Iterable[int] = range(n)
        else:
            self._asked[minimum] += 1
            prefix = self._prefix.get(minimum)
            if prefix is None and self._asked[minimum] > MANY:
                prefix = self._prefix[minimum] = _Prefix(self, minimum)
            if prefix is not None:
                found = prefix.candidates(held, floor)
            else:
                by_skill = self.req.by_skill
                found = list(set().union(*[by_skill[s] for s in held]))
            candidates = chain(found, self.req.empty)
        rank, out, roles = self.rank, [], self.req.roles
        zeros = repeat(0.0)
        for b in candidates:
            if b == me or rank[b] < floor:
                continue
            role = self.role(b)
            if minimum > 0 and role.weight:
                group = role.group
                if sum(map(group.get, held, zeros)) / role.weight < minimum:
                    continue  # the bound: see the module's docstring
            sim = self.coverage(have, b)
            if sim >= minimum:
                out.append((roles[b], sim))
        out.sort(key=lambda kv: (-kv[1], kv[0]))
        return out


_ONE: dict[int, tuple[Dataset, Similarity]] = {}


def similarity(ds: Dataset) -> Similarity:
    """The :class:`Similarity` of ``ds``, made once (one dataset at a time, as ``held_levels``)."""
    got = _ONE.get(id(ds))
    if got is not None and got[0] is ds:
        return got[1]
    sim = Similarity(ds)
    _ONE.clear()
    _ONE[id(ds)] = (ds, sim)
    return sim
