"""The plan's clock: how a move's study shares the weekly hours, and its calendar quarters.

Times are years from the start of the plan (a year is ``DAYS_PER_YEAR`` days of the calendar
and ``WEEKS_PER_YEAR`` weeks of study, as in :mod:`ecareer.advise.route`).

:func:`schedule` shares the hours of study among the skills being learned: at any time the
skills in progress (at most ``MAX_PARALLEL``, those already started first, then the next
ready ones in learning order) split the hours equally, and a skill is ready once the skills
it waits for are done. Whenever a skill is ready the whole pace is used, so a move's study
takes exactly its hours at that pace, however the prerequisites fall.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from datetime import date, timedelta
from typing import NamedTuple

DAYS_PER_YEAR = 365.25
MAX_PARALLEL = 3  # skills studied side by side
_EPS = 1e-9


class Segment(NamedTuple):
    """From ``begin`` to ``end`` (years), each task ``n`` of ``shares`` gets ``rate`` hours a
    year."""

    begin: float
    end: float
    tasks: tuple[int, ...]
    rate: float  # study hours a year for each of ``tasks``


def schedule(
    items: list[tuple[int, float]], needs: Mapping[int, set[int]], rate: float, at: float = 0.0
) -> tuple[dict[int, tuple[float, float]], list[Segment]]:
    """When each task ``(n, hours)`` (in learning order) begins and ends, from ``at``, at
    ``rate`` hours a year shared among the tasks in progress; and the segments of that
    sharing. A task waits for the tasks ``needs[n]``.

    At most ``MAX_PARALLEL`` tasks are in progress: those begun, then the earliest ready ones
    in learning order. Linear in the tasks and their needs (a heap of the ready ones, a
    count of unmet needs per task): a role of 20,000 requirements plans in moments.
    """
    import heapq

    position = {n: i for i, (n, _) in enumerate(items)}
    left = dict(items)
    unmet = {n: len(needs.get(n, set()) & position.keys()) for n in position}
    waiting_on: dict[int, list[int]] = {}
    for n in position:
        for m in needs.get(n, set()) & position.keys():
            waiting_on.setdefault(m, []).append(n)
    ready = [position[n] for n, count in unmet.items() if count == 0]
    heapq.heapify(ready)
    order = [n for n, _ in items]
    times: dict[int, tuple[float, float]] = {}
    begun: dict[int, float] = {}
    done: set[int] = set()
    active: list[int] = []
    segments: list[Segment] = []
    now = at

    def finish(n: int) -> None:
        done.add(n)
        times[n] = (begun[n], now)
        for m in waiting_on.get(n, ()):
            unmet[m] -= 1
            if unmet[m] == 0 and m not in done:
                heapq.heappush(ready, position[m])

    while len(done) < len(order):
        while len(active) < MAX_PARALLEL and ready:
            n = order[heapq.heappop(ready)]
            if n not in done and n not in active:
                active.append(n)
        if not active:  # a cycle (never, for valid data): the rest in order
            for n in order:
                if n not in done:
                    unmet[n] = 0
                    heapq.heappush(ready, position[n])
            continue
        for n in active:
            begun.setdefault(n, now)
        free = [n for n in active if left[n] <= _EPS]
        if free:  # nothing (left) to learn: done on the spot
            for n in free:
                active.remove(n)
                finish(n)
            continue
        share = rate / len(active)
        step = min(left[n] for n in active) / share
        segments.append(Segment(now, now + step, tuple(active), share))
        now += step
        for n in list(active):
            left[n] -= share * step
            if left[n] <= _EPS * max(1.0, share):
                left[n] = 0.0
                active.remove(n)
                finish(n)
    return times, segments


def hours_between(segments: list[Segment], lo: float, hi: float) -> dict[int, float]:
    """The hours each task gets from ``lo`` to ``hi`` (years)."""
    out: dict[int, float] = {}
    for s in segments:
        part = min(s.end, hi) - max(s.begin, lo)
        if part > 0:
            for n in s.tasks:
                out[n] = out.get(n, 0.0) + part * s.rate
    return out


def day(start: date, years: float) -> date:
    """The day ``years`` after ``start``."""
    return start + timedelta(days=round(years * DAYS_PER_YEAR))


def years_at(start: date, when: date) -> float:
    return (when - start).days / DAYS_PER_YEAR


def quarter_of(d: date) -> tuple[int, int]:
    return d.year, (d.month - 1) // 3 + 1


def _next(year: int, q: int) -> tuple[int, int]:
    return (year + 1, 1) if q == 4 else (year, q + 1)


QuarterRow = tuple[int, int, tuple[int, int] | None, float, list[tuple[int, float, date | None]]]


def quarters(
    start: date,
    begin: float,
    end: float,
    segments: list[Segment],
    tasks: list[int],
    times: Mapping[int, tuple[float, float]],
) -> list[QuarterRow]:
    """The calendar quarters from ``begin`` to ``end`` (years): (year, quarter, the last
    quarter of a run without study or None, hours, [(task, hours, day done or None)]).

    A quarter with study lists the tasks worked on in it (a task of no hours where it is
    done); quarters without study that follow one another make one row.
    """
    y, q = quarter_of(day(start, begin))
    stop = quarter_of(day(start, end))
    rows: list[QuarterRow] = []
    # each quarter looks only at the segments it overlaps and the tasks they name (and the
    # tasks of no hours done in it), found by bisection: linear in the plan, not quarters
    # times tasks (20,000 tasks over 30 years was seconds)
    order = sorted(segments, key=lambda s: s.begin)
    ends = [s.end for s in order]  # the segments follow one another: ends ascend too
    place = {n: i for i, n in enumerate(tasks)}
    instant = sorted((times[n][1], place[n], n) for n in tasks if times[n][1] - times[n][0] <= _EPS)
    instant_ends = [e for e, _i, _n in instant]
    while (y, q) <= stop:
        ny, nq = _next(y, q)
        last = (ny, nq) > stop
        lo = begin if not rows else max(begin, years_at(start, date(y, 3 * q - 2, 1)))
        hi = end if last else min(end, years_at(start, date(ny, 3 * nq - 2, 1)))
        first = bisect.bisect_right(ends, lo)
        upto = first
        while upto < len(order) and order[upto].begin < hi:
            upto += 1
        got = hours_between(order[first:upto], lo, hi)
        candidates = {n for n in got if n in place}
        j = bisect.bisect_left(instant_ends, lo - _EPS)
        while j < len(instant) and (instant[j][0] < hi - _EPS or last):
            candidates.add(instant[j][2])
            j += 1
        work = []
        for n in sorted(candidates, key=place.__getitem__):
            b, e = times[n]
            hours = got.get(n, 0.0)
            if hours > _EPS:
                work.append((n, hours, day(start, e) if e <= hi + _EPS else None))
            elif e - b <= _EPS and lo - _EPS <= e and (e < hi - _EPS or last):
                work.append((n, 0.0, day(start, e)))
        if work or not rows or rows[-1][4]:
            rows.append((y, q, None, sum(h for _, h, _d in work), work))
        else:  # another quarter without study: the run grows
            rows[-1] = (*rows[-1][:2], (y, q), 0.0, [])
        y, q = ny, nq
    return rows
