"""The route search's cost model: what one search minimises (:class:`Cost`), its labels, and
the lookups it reads once (:class:`_Model`). See :mod:`ecareer.advise.route`."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from ecareer.advise.levels import (
    Levels,
    Step,
    learning,
    practice_months,
    role_levels,
)
from ecareer.contract.dataset import Dataset

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
        self._closure: dict[str, tuple[tuple[str, int, tuple[float, ...], bool], ...]] = {}

    def req(self, role: str) -> tuple[tuple[str, int], ...]:
        got = self._req.get(role)
        if got is None:
            got = self._req[role] = tuple(self.ds.own_levels(role).items())  # no record
        return got

    def skill(self, sid: str) -> tuple[tuple[float, ...], bool, tuple[tuple[str, int], ...]]:
        got = self._skill.get(sid)
        if got is None:
            cost = self.ds.costs[sid]  # never the whole skill record: names are not needed
            got = self._skill[sid] = (cost.effort, cost.practice, cost.prerequisites)
            self._pre[sid] = cost.prerequisites
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

    def closure(self, role: str) -> tuple[tuple[str, int, tuple[float, ...], bool], ...]:
        """``role``'s requirement with every prerequisite, transitively, as needed from
        nothing held (kept per role): (skill, level, the skill's cumulative effort by level,
        practised)."""
        got = self._closure.get(role)
        if got is None:
            out = []
            for sid, (_, want) in self.learn({}, {}, self.req(role)).items():
                effort, practised, _ = self.skill(sid)
                out.append((sid, want, tuple(itertools.accumulate(effort, initial=0.0)), practised))
            got = self._closure[role] = tuple(out)
        return got

    def closed(self, levels: Mapping[str, int]) -> bool:
        """Whether every skill held in ``levels`` has its prerequisites held too. From such
        levels (and gains, which come with their prerequisites, keep them so), what a role
        needs is exactly its :meth:`closure` less what is held: a prerequisite chain stops
        only at a held level, below which everything is held already."""
        for sid, level in levels.items():
            if level > 0:
                for pre, at in self.skill(sid)[2]:
                    if levels.get(pre, 0) < at:
                        return False
        return True

    def learn_closed(
        self, base: Mapping[str, int], top: Mapping[str, int], role: str
    ) -> tuple[dict[str, tuple[int, int]], float, float]:
        """:meth:`learn` of ``role``'s requirement when ``base`` is :meth:`closed`, with its
        :meth:`price` (one pass over the closure)."""
        out: dict[str, tuple[int, int]] = {}
        get, bget = top.get, base.get
        hours = 0.0
        months = 0.0
        for sid, want, cum, practised in self.closure(role):
            have = get(sid)
            if have is None:
                have = bget(sid, 0)
            if want > have:
                out[sid] = (have, want)
                e = cum[want] - cum[have]
                if practised:
                    if e > months:
                        months = e
                else:
                    hours += e
        return out, hours, months

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


def _advance(ds: Dataset, levels: Levels, role: str) -> tuple[list[Step], Levels]:
    """What taking on ``role`` holding ``levels`` needs, and the levels held afterwards."""
    steps = learning(ds, levels, role_levels(ds.roles[role]))
    if not steps:
        return steps, levels
    new = dict(levels)
    for s in steps:
        new[s.skill] = s.want
    return steps, new
