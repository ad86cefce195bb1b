"""A printable plan: the route to a target, what to learn in which order, and when.

The plan is one result object that the Markdown and the HTML renderers both draw, so the two
can never disagree. It is built from a route (:mod:`ecareer.advise.route`) and adds:

* a learning order: every skill level to raise, in an order that respects the skills'
  prerequisites (a topological order), ties broken by the step of the route, then by how
  important the skill is to that step's role, then by id;
* the resources the data lists for each skill, kept to those that build the levels learned;
* a timeline: the ordered hours laid end to end at ``hours_per_week``, cut into months of
  ``WEEKS_PER_MONTH`` weeks. A skill that does not fit in a month carries on into the next.
"""

from __future__ import annotations

import heapq
import itertools
import math
from dataclasses import dataclass
from datetime import date

from ecareer.advise.gap import Origin
from ecareer.advise.route import Route, RouteResult
from ecareer.contract.dataset import Dataset
from ecareer.contract.records import Resource
from ecareer.errors import NoRoute, OutOfRange, PlanTooLong

WEEKS_PER_MONTH = 4.345  # 365.25 / 12 / 7
MAX_HOURS_PER_WEEK = 80.0
MAX_MONTHS = 1200  # a plan longer than a hundred years is a typo, not a plan
_EPS = 1e-9


@dataclass(frozen=True, slots=True)
class Task:
    """One skill to raise from ``have`` to ``want`` at one step of the route."""

    n: int  # position in the learning order, from 1
    step: int  # the step of the route (from 1) that needs it
    skill: str
    have: int
    want: int
    hours: float
    importance: int  # to the step's role; 0 when the role does not list the skill
    essential: bool
    prerequisite_for: tuple[str, ...] = ()  # skills of the same step that need this one first


@dataclass(frozen=True, slots=True)
class Work:
    """The part of a task done in one month."""

    task: int  # Task.n
    skill: str
    have: int
    want: int
    hours: float
    finishes: bool  # the task is done by the end of this month


@dataclass(frozen=True, slots=True)
class Month:
    n: int  # from 1
    year: int
    month: int  # 1..12
    hours: float
    work: tuple[Work, ...]


@dataclass(frozen=True, slots=True)
class SkillResources:
    """The resources for one skill of the plan, and the levels the plan takes it through."""

    skill: str
    have: int
    want: int
    hours: float
    resources: tuple[Resource, ...]


@dataclass(frozen=True)
class Plan:
    person: str
    origin: Origin
    target: str
    start: date
    hours_per_week: float
    route: Route
    tasks: tuple[Task, ...]
    resources: tuple[SkillResources, ...]
    months: tuple[Month, ...]

    @property
    def start_role(self) -> str:
        return self.route.roles[0]

    @property
    def total_hours(self) -> float:
        return self.route.hours

    @property
    def monthly_hours(self) -> float:
        return monthly_hours(self.hours_per_week)

    def step_tasks(self, step: int) -> list[Task]:
        """The tasks of one step (from 1), in learning order."""
        return [t for t in self.tasks if t.step == step]


def monthly_hours(hours_per_week: float) -> float:
    return WEEKS_PER_MONTH * hours_per_week


#: More months than any plan is allowed (:data:`MAX_MONTHS`): where counting stops.
_MONTHS_BOUND = 10**9


def month_count(total: float, hours_per_week: float) -> int:
    """How many months ``total`` hours take (a rounding error never adds an empty month)."""
    if total <= 0:
        return 0
    ratio = total / monthly_hours(hours_per_week) - _EPS
    if not math.isfinite(ratio) or ratio > _MONTHS_BOUND:  # a pace of 1e-320 hours a week
        return _MONTHS_BOUND
    return max(1, math.ceil(ratio))


def add_months(start: date, months: int) -> tuple[int, int]:
    """(year, month) ``months`` calendar months after ``start``'s month."""
    index = start.month - 1 + months
    return start.year + index // 12, index % 12 + 1


def learning_order(ds: Dataset, route: Route) -> list[Task]:
    """Every level to raise along ``route``, prerequisites first (Kahn's algorithm).

    A level of a skill comes after the lower levels of the same skill, and after every level
    of a prerequisite that is still below what the skill needs. Among the tasks ready at a
    time, the earliest step goes first, then the most important to its role, then by id.
    """
    raw: list[tuple[int, str, int, int, float, int, bool]] = []
    for i, move in enumerate(route.steps, 1):
        reqs = {r.skill: r for r in ds.roles[move.to].skills}
        for x in move.learn:
            req = reqs.get(x.skill)
            raw.append(
                (
                    i,
                    x.skill,
                    x.have,
                    x.want,
                    x.hours,
                    req.importance if req else 0,
                    bool(req and req.essential),
                )
            )
    count = len(raw)
    after: list[list[int]] = [[] for _ in range(count)]
    blockers = [0] * count
    # the tasks of each skill: a task waits only for tasks of its own skill and of its
    # prerequisites, so only those are looked at (comparing every pair was quadratic:
    # minutes for a role of 20,000 requirements or a chain of 10,000 prerequisites)
    by_skill: dict[str, list[int]] = {}
    for a, entry in enumerate(raw):
        by_skill.setdefault(entry[1], []).append(a)
    for b, (b_step, b_skill, b_have, *_rest) in enumerate(raw):
        pres = {p.skill: p.level for p in ds.skills[b_skill].prerequisites}
        found = {
            a for a in by_skill[b_skill] if a != b and raw[a][0] <= b_step and raw[a][2] < b_have
        }
        for pre, level in pres.items():
            found.update(
                a
                for a in by_skill.get(pre, ())
                if a != b and raw[a][0] <= b_step and raw[a][2] < level
            )
        for a in sorted(found):
            after[a].append(b)
            blockers[b] += 1

    def key(i: int) -> tuple[int, int, str, int]:
        step, skill, have, _want, _hours, importance, _essential = raw[i]
        return (step, -importance, skill, have)

    ready = [(key(i), i) for i in range(count) if blockers[i] == 0]
    heapq.heapify(ready)
    order: list[int] = []
    while ready:
        _, i = heapq.heappop(ready)
        order.append(i)
        for j in after[i]:
            blockers[j] -= 1
            if blockers[j] == 0:
                heapq.heappush(ready, (key(j), j))
    if len(order) < count:  # a prerequisite cycle: the validator rejects those, but never hang
        placed = set(order)
        order += sorted((i for i in range(count) if i not in placed), key=key)

    needers: dict[tuple[int, str], set[str]] = {}  # (step, skill) -> who needs it first
    for st, s, *_r in raw:
        for p in ds.skills[s].prerequisites:
            needers.setdefault((st, p.skill), set()).add(s)
    tasks = []
    for n, i in enumerate(order, 1):
        step, skill, have, want, hours, importance, essential = raw[i]
        needed_for: tuple[str, ...] = ()
        if importance == 0:
            needed_for = tuple(sorted(needers.get((step, skill), ())))
        tasks.append(Task(n, step, skill, have, want, hours, importance, essential, needed_for))
    return tasks


def timeline(tasks: list[Task], hours_per_week: float, start: date) -> list[Month]:
    """The tasks' hours laid end to end, ``monthly_hours`` to a month, from ``start``."""
    total = float(sum(t.hours for t in tasks))
    count = month_count(total, hours_per_week)
    monthly = monthly_hours(hours_per_week)
    spans = []
    at = 0.0
    for t in tasks:
        spans.append((at, at + t.hours, t))
        at += t.hours
    months = []
    first = 0  # the spans before it ended in an earlier month: one sweep, not months x tasks
    for m in range(1, count + 1):
        lo = (m - 1) * monthly
        hi = total if m == count else m * monthly
        work = []
        for c0, c1, t in itertools.islice(spans, first, None):
            if c0 >= hi and m != count:
                break
            if c1 - c0 <= _EPS:  # a task of no hours: in the month where its turn comes
                if lo <= c0 < hi or (m == count and c0 >= lo):
                    work.append(Work(t.n, t.skill, t.have, t.want, 0.0, True))
                continue
            part = min(c1, hi) - max(c0, lo)
            if part > _EPS:
                work.append(Work(t.n, t.skill, t.have, t.want, part, c1 <= hi + _EPS))
        while first < len(spans) and spans[first][1] <= hi and spans[first][0] < hi:
            first += 1
        year, month = add_months(start, m - 1)
        months.append(Month(m, year, month, hi - lo, tuple(work)))
    return months


def plan_resources(ds: Dataset, tasks: list[Task]) -> list[SkillResources]:
    """Per skill, in order of first appearance: the resources that build the levels learned."""
    spans: dict[str, list[Task]] = {}
    for t in tasks:
        spans.setdefault(t.skill, []).append(t)
    out = []
    for skill, ts in spans.items():
        levels = {lvl for t in ts for lvl in range(t.have + 1, t.want + 1)}
        chosen = tuple(
            r
            for r in ds.skills[skill].resources
            if r.levels is None or levels.intersection(r.levels)
        )
        out.append(
            SkillResources(
                skill,
                min(t.have for t in ts),
                max(t.want for t in ts),
                float(sum(t.hours for t in ts)),
                chosen,
            )
        )
    return out


def check_pace(hours_per_week: float) -> None:
    """A pace is above 0 and at most ``MAX_HOURS_PER_WEEK`` hours a week (OutOfRange)."""
    if not 0 < hours_per_week <= MAX_HOURS_PER_WEEK:
        raise OutOfRange("hours_per_week", hours_per_week, 0, MAX_HOURS_PER_WEEK)


def build_plan(
    ds: Dataset,
    origin: Origin,
    target: str,
    route_result: RouteResult,
    hours_per_week: float,
    start: date,
    person: str,
) -> Plan:
    """The plan along the cheapest route of ``route_result``.

    ``hours_per_week`` must pass :func:`check_pace`, and the timeline be at most
    ``MAX_MONTHS`` long (:class:`~ecareer.errors.PlanTooLong` otherwise).
    """
    check_pace(hours_per_week)
    if not route_result.routes:
        raise NoRoute(route_result.start, target, ("unreachable",))
    route = route_result.routes[0]
    tasks = learning_order(ds, route)
    total = float(sum(t.hours for t in tasks))
    count = month_count(total, hours_per_week)
    if count > MAX_MONTHS:
        raise PlanTooLong(hours_per_week, count, MAX_MONTHS)
    return Plan(
        person=person,
        origin=origin,
        target=target,
        start=start,
        hours_per_week=hours_per_week,
        route=route,
        tasks=tuple(tasks),
        resources=tuple(plan_resources(ds, tasks)),
        months=tuple(timeline(tasks, hours_per_week, start)),
    )
