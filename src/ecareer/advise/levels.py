"""Skill levels held by a person, and the effort between two sets of levels.

The cost model (documented in the README):

* a skill grows by ``study`` (its effort is hours) or by ``practice`` (its effort is months
  of doing the job); gaining level ``n`` costs ``effort[n-1]``, so raising a skill from level
  ``a`` to level ``b`` costs ``sum(effort[a:b])`` hours of study, or months of practice;
* levels are cumulative and never lost: a level gained once is never paid for again;
* to learn a skill at a level, its prerequisites must be held at their levels: those are
  added to what must be learned (transitively), and their effort counted too;
* a person in a role holds what the way up into it required (:func:`held_levels`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import NamedTuple

from ecareer.contract.dataset import Cost, Dataset, LazyRows, Requirements, row_of
from ecareer.contract.records import Requirement, Role
from ecareer.contract.vocab import MoveKind

Levels = dict[str, int]


def raise_hours(ds: Dataset, skill: str, have: int, want: int) -> float:
    """Hours to raise ``skill`` from level ``have`` to ``want`` (0 when already there)."""
    return raised(ds.costs[skill], have, want)


def raised(cost: Cost, have: int, want: int) -> float:
    """:func:`raise_hours` of a skill's :class:`~ecareer.contract.dataset.Cost` (the effort
    of the levels from ``have`` to ``want``: hours of study, or months of practice)."""
    if want <= have:
        return 0.0
    return float(sum(cost.effort[have:want]))


def role_levels(role: Role) -> Levels:
    """The levels ``role`` requires."""
    return {req.skill: req.level for req in role.skills}


def choose(ds: Dataset, req: Requirement, have: Mapping[str, int]) -> str:
    """The alternative of an any-of requirement a person with levels ``have`` takes: the one
    that needs the fewest hours of study (then months of practice) to reach the required
    level, prerequisites included; on a tie, the first listed. A plain requirement: its skill.
    """
    if not req.any_of:
        return req.skill
    best, cost = req.skill, (float("inf"), float("inf"))
    for alt in req.any_of:
        steps = learning(ds, have, {alt: req.level})
        mine = (total(steps), practice_months(steps))
        if mine < cost:
            best, cost = alt, mine
    return best


def resolved(ds: Dataset, role: Role, have: Mapping[str, int]) -> Role:
    """``role`` with each any-of requirement replaced by the alternative :func:`choose`
    takes for ``have``; a skill then listed twice keeps its higher level."""
    if not any(req.any_of for req in role.skills):
        return role
    out: dict[str, Requirement] = {}
    for req in role.skills:
        plain: Requirement = req.replace(skill=choose(ds, req, have), any_of=())
        old = out.get(plain.skill)
        if old is None or plain.level > old.level:
            out[plain.skill] = plain
    mine: Role = role.replace(skills=tuple(out.values()))
    return mine


class _Resolved(Mapping[str, Role]):
    """The roles of a dataset as one person sees them: any-of requirements chosen."""

    def __init__(self, ds: Dataset, have: Mapping[str, int]) -> None:
        self._ds, self._have = ds, dict(have)
        self._done: dict[str, Role] = {}

    def __getitem__(self, rid: str) -> Role:
        found = self._done.get(rid)
        if found is None:
            found = self._done[rid] = resolved(self._ds, self._ds.roles[rid], self._have)
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._ds.roles)

    def __len__(self) -> int:
        return len(self._ds.roles)

    def __contains__(self, rid: object) -> bool:
        return rid in self._ds.roles


def for_person(ds: Dataset, have: Mapping[str, int]) -> Dataset:
    """The dataset as a person with levels ``have`` sees it: every any-of requirement
    resolved once, by :func:`choose`, so that gap, plan, route, next and match read plain
    levels from then on. Roles are resolved when first read (a large dataset stays lazy).
    """
    roles = _Resolved(ds, have)
    return Dataset(
        ds.scale,
        ds.skills,
        roles,
        ds.paths,
        ds.files,
        paths_from=ds.paths_from,
        paths_to=ds.paths_to,
        needed_by=ds.needed_by,
        costs=ds.costs,
        requirements=_resolved_requirements(ds, roles),
        heads=ds.heads,
    )


def _resolved_requirements(ds: Dataset, roles: Mapping[str, Role]) -> Requirements:
    """``ds.requirements`` with the rows of the roles having an any-of requirement taken from
    ``roles`` (resolved): the other rows are the dataset's own, still undecoded."""
    base = ds.requirements
    if not base.any_of:
        return base
    return base._replace(rows=_ResolvedRows(base, roles))


class _ResolvedRows(LazyRows):
    """Rows of a person's :class:`Requirements`: a role with an any-of requirement resolved
    (when first read), every other row the dataset's own."""

    def __init__(self, base: Requirements, roles: Mapping[str, Role]) -> None:
        super().__init__()
        self._base, self._roles = base, roles
        self._any_of = frozenset(base.any_of)
        self._number: dict[str, int] | None = None

    def _make(self, index: int) -> tuple[int, ...]:
        if index not in self._any_of:
            return self._base.rows[index]
        if self._number is None:
            self._number = {sid: i for i, sid in enumerate(self._base.skills)}
        return row_of(self._roles[self._base.roles[index]], self._number)

    def __len__(self) -> int:
        return len(self._base.rows)


def held_levels(ds: Dataset, role: str) -> Levels:
    """The levels a person in ``role`` holds: its own requirement, and what every way up
    into it required.

    ``held(b)`` is, for each skill, the higher of ``b``'s requirement and the lowest level
    held over the roles ``a`` with a promotion into ``b`` (a level every way up passed
    through). Promotions form no cycle (rule E106), so this is well defined; it is computed
    for a role and the roles below it only (each once per dataset), never for every role:
    a role asked about decodes only its own ladders from the compiled cache.
    """
    table = _HELD.get(id(ds))
    if table is None or table[0] is not ds:
        table = (ds, {})
        _HELD.clear()  # one dataset at a time: no growth over a long test run
        _HELD[id(ds)] = table
    return dict(_held(ds, role, table[1]))


_HELD: dict[int, tuple[Dataset, dict[str, Levels]]] = {}


def _held(ds: Dataset, role: str, held: dict[str, Levels]) -> Levels:
    """``held(role)``, computed for ``role`` and the roles promoting into it (transitively)
    only, each once, in an order where every role comes after the roles promoting into it
    (an iterative depth-first search: a chain of thousands of promotions is no recursion).
    A role on a promotion cycle (never, for valid data) keeps its own requirement there.

    Along a chain (a role with one way up into it, which nothing else asked about here
    needs), the role below's levels are taken over and extended in place, not copied: a
    promotion chain of thousands of roles, each inheriting everything below it, costs the
    size of the last role's levels, not the sum over the chain (that was quadratic: a
    minute and 800 MB for a chain of 2,000 roles)."""
    if role in held:
        return held[role]
    into: dict[str, list[str]] = {}

    def sources(rid: str) -> list[str]:
        got = into.get(rid)
        if got is None:
            got = into[rid] = sorted(
                {
                    p.from_
                    for p in ds.paths_to.get(rid, ())
                    if p.kind is MoveKind.PROMOTION and p.from_ in ds.roles
                }
            )
        return got

    # first the walk's order (every role after the roles promoting into it) ...
    order: list[str] = []
    on_stack: set[str] = {role}
    done: set[str] = set()
    stack: list[tuple[str, int]] = [(role, 0)]
    while stack:
        rid, i = stack[-1]
        srcs = sources(rid)
        while i < len(srcs) and (srcs[i] in held or srcs[i] in on_stack or srcs[i] in done):
            i += 1
        if i < len(srcs):
            stack[-1] = (rid, i + 1)
            stack.append((srcs[i], 0))
            on_stack.add(srcs[i])
            continue
        stack.pop()
        on_stack.discard(rid)
        done.add(rid)
        order.append(rid)
    # ... and how many roles of it need each role's levels, then the levels in that order
    users: dict[str, int] = {}
    for rid in order:
        for a in into[rid]:
            users[a] = users.get(a, 0) + 1
    for rid in order:
        srcs = into[rid]
        own = ds.own_levels(rid)
        for a in srcs:
            users[a] -= 1
        if len(srcs) == 1 and srcs[0] in held and users[srcs[0]] == 0 and srcs[0] != role:
            # the only way up, needed by no other role of this walk: extend it in place
            # (the same levels as merge(held[a], own), in the same order)
            mine = held.pop(srcs[0])
            for s, level in own.items():
                if level > mine.get(s, 0):
                    mine[s] = level
            held[rid] = mine
            continue
        below = [held[a] for a in srcs if a in held]
        if below and len(below) == len(srcs):
            common = set(below[0]).intersection(*below[1:])
            inherited = {s: min(h[s] for h in below) for s in common}
            own = merge(inherited, own)
        held[rid] = own
    return held[role]


def with_prerequisites(ds: Dataset, have: Mapping[str, int], want: Mapping[str, int]) -> Levels:
    """``want`` plus the prerequisites of every level in it that is not yet held, transitively.

    The result maps each skill to the level that must be held, never below ``have``.
    """
    need: Levels = {}
    costs = ds.costs
    stack = [(s, lvl) for s, lvl in want.items()]
    pop, push, held, needed = stack.pop, stack.extend, have.get, need.get
    while stack:
        skill, level = pop()
        if level <= held(skill, 0) or level <= needed(skill, 0):
            continue
        need[skill] = level
        push(costs[skill].prerequisites)
    return need


def merge(*levels: Mapping[str, int]) -> Levels:
    out: Levels = {}
    for lv in levels:
        for skill, level in lv.items():
            if level > out.get(skill, 0):
                out[skill] = level
    return out


class Step(NamedTuple):
    """One skill to raise from ``have`` to ``want``: ``hours`` of study, or ``months`` of
    practice (the other is 0)."""

    skill: str
    have: int
    want: int
    hours: float
    months: float = 0.0


def is_practice(ds: Dataset, skill: str) -> bool:
    return ds.costs[skill].practice


def step(ds: Dataset, skill: str, have: int, want: int) -> Step:
    """The step that raises ``skill`` from ``have`` to ``want``."""
    effort = raise_hours(ds, skill, have, want)
    if is_practice(ds, skill):
        return Step(skill, have, want, 0.0, effort)
    return Step(skill, have, want, effort)


def learning(ds: Dataset, have: Mapping[str, int], want: Mapping[str, int]) -> list[Step]:
    """What must be gained to go from ``have`` to ``want`` (prerequisites included)."""
    need = with_prerequisites(ds, have, want)
    costs = ds.costs
    out = []
    for skill, level in need.items():
        start = have.get(skill, 0)
        if level > start:
            cost = costs[skill]
            effort = raised(cost, start, level)
            if cost.practice:
                out.append(Step(skill, start, level, 0.0, effort))
            else:
                out.append(Step(skill, start, level, effort))
    return out


def total(steps: Iterable[Step]) -> float:
    """The hours of study of ``steps`` (practice is never counted as study)."""
    return float(sum(s.hours for s in steps))


def practice_months(steps: Iterable[Step]) -> float:
    """The months of doing the job ``steps`` need: practised skills grow side by side, so
    the longest one sets the time."""
    return float(max((s.months for s in steps), default=0.0))
