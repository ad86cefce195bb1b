"""A printable plan: the route to a target, what to learn at each move, and when.

The plan is one result object that the Markdown and the HTML renderers both draw, so the two
can never disagree. It is built from a route (:mod:`ecareer.advise.route`) and adds:

* a learning order: every skill level to raise, in an order that respects the skills'
  prerequisites (a topological order), ties broken by the step of the route, then by how
  important the skill is to that step's role, then by id;
* a window per move: ``step.duration(hours_per_week)`` years (the longest of its years in
  post, its study at that pace, its practice), the windows one after another from the start;
  the plan ends when the last one does;
* inside each window, the step's study skills share the weekly hours
  (:mod:`ecareer.advise.plan_time`): a few at a time, in learning order, a skill starting once
  its prerequisites are done. Practised skills grow in post over the window, never by study;
* the calendar quarters of each window, with the hours of each skill in them;
* the resources the data lists for each skill, kept to those that build the levels learned.
"""

from __future__ import annotations

import heapq
import math
from dataclasses import dataclass, replace
from datetime import date

from ecareer.advise.gap import Origin
from ecareer.advise.levels import is_practice
from ecareer.advise.plan_time import Segment, day, quarters, schedule
from ecareer.advise.route import WEEKS_PER_YEAR, Route, RouteResult, RouteStep
from ecareer.contract.dataset import Dataset
from ecareer.contract.records import Resource
from ecareer.errors import NoRoute, OutOfRange, PlanTooLong

MAX_HOURS_PER_WEEK = 80.0
#: The least pace: below it no plan or route ends within MAX_MONTHS (and 1e-320 would
#: overflow every duration)
MIN_HOURS_PER_WEEK = 0.1
MAX_MONTHS = 1200  # a plan longer than a hundred years is a typo, not a plan
LAST_START_YEAR = date.max.year - MAX_MONTHS // 12 - 1  # so every date of a plan exists
_EPS = 1e-9


@dataclass(frozen=True, slots=True)
class Task:
    """One skill to raise from ``have`` to ``want`` at one step of the route.

    A study skill takes ``hours``; a practised one (``practice``) takes ``months`` in post.
    ``begin`` and ``end`` are years from the start of the plan: when the study is done (for a
    practised skill, the window's start and the end of its months of practice).
    """

    n: int  # position in the learning order, from 1
    step: int  # the step of the route (from 1) that needs it
    skill: str
    have: int
    want: int
    hours: float
    importance: int  # to the step's role; 0 when the role does not list the skill
    essential: bool
    prerequisite_for: tuple[str, ...] = ()  # skills of the same step that need this one first
    practice: bool = False
    months: float = 0.0
    begin: float = 0.0
    end: float = 0.0


@dataclass(frozen=True, slots=True)
class Work:
    """The part of a study task done in one quarter."""

    task: int  # Task.n
    skill: str
    have: int
    want: int
    hours: float
    done: date | None  # the day the task is done, when that falls in this quarter


@dataclass(frozen=True, slots=True)
class Quarter:
    """A calendar quarter of a window (or a run of quarters with no study: ``last``)."""

    year: int
    q: int  # 1..4
    last: tuple[int, int] | None  # (year, q) of the last quarter of a run without study
    hours: float
    work: tuple[Work, ...]


@dataclass(frozen=True, slots=True)
class Window:
    """The time of one move: from ``begin`` to ``end`` (years from the plan's start)."""

    step: int  # from 1
    begin: float
    years: float  # step.duration(hours_per_week)
    study_years: float  # the step's study at the plan's pace
    start: date
    finish: date  # the day of the move: the window's end
    study_done: date  # the day the study is done (the start when there is none)
    quarters: tuple[Quarter, ...]
    segments: tuple[Segment, ...]  # the week-level sharing of the hours

    @property
    def end(self) -> float:
        return self.begin + self.years

    def sets_time(self, step: RouteStep) -> str:
        """What makes the window as long as it is: "post", "study" or "practice"."""
        if self.years <= step.years + _EPS:
            return "post"
        if self.study_years + _EPS >= self.years:
            return "study"
        return "practice"


@dataclass(frozen=True, slots=True)
class SkillResources:
    """The resources for one skill of the plan, and the levels the plan takes it through."""

    skill: str
    have: int
    want: int
    hours: float
    resources: tuple[Resource, ...]
    practice: bool = False  # grown in post, not by study


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
    windows: tuple[Window, ...]

    @property
    def start_role(self) -> str:
        return self.route.roles[0]

    @property
    def total_hours(self) -> float:
        return self.route.hours

    @property
    def years(self) -> float:
        """How long the plan takes: the sum of its windows."""
        return self.windows[-1].end if self.windows else 0.0

    @property
    def end(self) -> date:
        """The day the last move is made (the start for an empty plan)."""
        return self.windows[-1].finish if self.windows else self.start

    def step_tasks(self, step: int) -> list[Task]:
        """The tasks of one step (from 1), in learning order."""
        return [t for t in self.tasks if t.step == step]

    def study_tasks(self, step: int) -> list[Task]:
        return [t for t in self.tasks if t.step == step and not t.practice]

    def practice_tasks(self, step: int) -> list[Task]:
        return [t for t in self.tasks if t.step == step and t.practice]

    def too_slow(self) -> list[int]:
        """The steps whose study does not fit their years in post at this pace."""
        return [
            w.step
            for w in self.windows
            if w.study_years > self.route.steps[w.step - 1].years + _EPS
        ]


def learning_order(ds: Dataset, route: Route) -> list[Task]:
    """Every level to raise along ``route``, prerequisites first (Kahn's algorithm).

    A level of a skill comes after the lower levels of the same skill, and after every level
    of a prerequisite that is still below what the skill needs. Among the tasks ready at a
    time, the earliest step goes first, then the most important to its role, then by id.
    """
    raw: list[tuple[int, str, int, int, float, int, bool, float]] = []
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
                    x.months,
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
        pres = dict(ds.costs[b_skill].prerequisites)
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
        step, skill, have, _want, _hours, importance, _essential, _months = raw[i]
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
        for pre, _level in ds.costs[s].prerequisites:
            needers.setdefault((st, pre), set()).add(s)
    tasks = []
    for n, i in enumerate(order, 1):
        step, skill, have, want, hours, importance, essential, months = raw[i]
        needed_for: tuple[str, ...] = ()
        if importance == 0:
            needed_for = tuple(sorted(needers.get((step, skill), ())))
        practised = is_practice(ds, skill)
        tasks.append(Task(n, step, skill, have, want, hours, importance, essential, needed_for))
        tasks[-1] = replace(tasks[-1], practice=practised, months=months)
    return tasks


def _needs(ds: Dataset, tasks: list[Task]) -> dict[int, set[int]]:
    """For each study task, the study tasks of the same step it waits for."""
    out: dict[int, set[int]] = {}
    by_skill: dict[str, list[Task]] = {}  # only a task's own skill and prerequisites matter
    for t in tasks:
        by_skill.setdefault(t.skill, []).append(t)
    for b in tasks:
        found = {a.n for a in by_skill[b.skill] if a.n < b.n and a.have < b.have}
        for pre, level in ds.costs[b.skill].prerequisites:
            found.update(a.n for a in by_skill.get(pre, ()) if a.n < b.n and a.have < level)
        out[b.n] = found
    return out


def windows(
    ds: Dataset, route: Route, tasks: list[Task], hours_per_week: float, start: date
) -> tuple[list[Window], list[Task]]:
    """The window of each step, and the tasks with their times (``begin``, ``end``)."""
    rate = hours_per_week * WEEKS_PER_YEAR  # study hours a year
    out: list[Window] = []
    timed: dict[int, Task] = {}
    at = 0.0
    for i, step in enumerate(route.steps, 1):
        years = step.duration(hours_per_week)
        study = [t for t in tasks if t.step == i and not t.practice]
        times, segments = schedule([(t.n, t.hours) for t in study], _needs(ds, study), rate, at)
        for t in study:
            b, e = times[t.n]
            timed[t.n] = replace(t, begin=b, end=e)
        for t in tasks:
            if t.step == i and t.practice:
                timed[t.n] = replace(t, begin=at, end=at + t.months / 12.0)
        study_years = step.hours / rate
        spans = {t.n: (t.skill, t.have, t.want) for t in study}
        qs = quarters(start, at, at + years, segments, list(spans), times)
        out.append(
            Window(
                i,
                at,
                years,
                study_years,
                day(start, at),
                day(start, at + years),
                day(start, at + study_years) if study else day(start, at),
                tuple(
                    Quarter(y, q, last, hrs, tuple(Work(n, *spans[n], h, d) for n, h, d in work))
                    for y, q, last, hrs, work in qs
                ),
                tuple(segments),
            )
        )
        at += years
    return out, [timed.get(t.n, t) for t in tasks]


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
                all(t.practice for t in ts),
            )
        )
    return out


def check_pace(hours_per_week: float) -> None:
    """A pace is at least ``MIN_HOURS_PER_WEEK`` and at most ``MAX_HOURS_PER_WEEK`` hours a
    week (OutOfRange); a NaN is no pace either."""
    if not MIN_HOURS_PER_WEEK <= hours_per_week <= MAX_HOURS_PER_WEEK:
        raise OutOfRange("hours_per_week", hours_per_week, MIN_HOURS_PER_WEEK, MAX_HOURS_PER_WEEK)


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

    ``hours_per_week`` must pass :func:`check_pace`, the plan be at most ``MAX_MONTHS`` long
    (:class:`~ecareer.errors.PlanTooLong` otherwise) and ``start`` no later than in
    ``LAST_START_YEAR`` (OutOfRange), so that every day of the plan is a date.
    """
    check_pace(hours_per_week)
    if start.year > LAST_START_YEAR:
        raise OutOfRange("start_year", start.year, 0, LAST_START_YEAR)
    if not route_result.routes:
        raise NoRoute(route_result.start, target, ("unreachable",))
    route = route_result.routes[0]
    years = route.duration(hours_per_week)
    if not math.isfinite(years) or years * 12 > MAX_MONTHS:
        months = math.ceil(years * 12) if math.isfinite(years) else MAX_MONTHS + 1
        raise PlanTooLong(hours_per_week, months, MAX_MONTHS)
    months = math.ceil(years * 12 - _EPS)
    if months > MAX_MONTHS:
        raise PlanTooLong(hours_per_week, months, MAX_MONTHS)
    tasks = learning_order(ds, route)
    wins, timed = windows(ds, route, tasks, hours_per_week, start)
    return Plan(
        person=person,
        origin=origin,
        target=target,
        start=start,
        hours_per_week=hours_per_week,
        route=route,
        tasks=tuple(timed),
        resources=tuple(plan_resources(ds, tasks)),
        windows=tuple(wins),
    )
