"""Next moves, ranked as a practitioner would: the documented moves out of a role, most ready
first; then roles a person already largely covers (inferred). Without a role (a profile of
skills only: a career changer), the roles the person's skills cover best (``match``)."""

from __future__ import annotations

from dataclasses import dataclass

from ecareer.advise.gap import Origin, TargetGap, coverage, gap_to
from ecareer.advise.moves import SIMILAR_MIN, SIMILAR_YEARS, similar_roles
from ecareer.advise.similarity import similarity
from ecareer.contract.dataset import Dataset

#: how many roles a skills-only profile is matched to
MATCHES = 10
#: the pace the ``time`` of a move assumes (the README's default of --hours-per-week)
PACE_HOURS_PER_YEAR = 5.0 * 52


@dataclass(frozen=True, slots=True)
class NextMove:
    to: str
    kind: str  # promotion | lateral | similar | match
    hours: float
    similarity: float
    readiness: float
    years: float | None
    inferred: bool
    #: years until ready: the longest of the years in post, the study at 5 h a week, the practice
    time: float = 0.0
    #: the skills with the largest shortfall (importance x levels missing), most first
    top_gaps: tuple[str, ...] = ()


def _time(gap: TargetGap, years: float) -> float:
    return round(max(years, gap.total_hours / PACE_HOURS_PER_YEAR, gap.practice_months / 12), 2)


def _top_gaps(gap: TargetGap, n: int = 3) -> tuple[str, ...]:
    rows = sorted((r for r in gap.skills if r.gap), key=lambda r: (-r.importance * r.gap, r.skill))
    return tuple(r.skill for r in rows[:n])


def next_moves(ds: Dataset, who: Origin, *, minimum: float = SIMILAR_MIN) -> list[NextMove]:
    """Documented moves first (most ready first, then soonest), then inferred similar roles
    (most similar first); for a person with no role, the best-matching roles."""
    if who.role is None:
        return matches(ds, who)
    documented: list[NextMove] = []
    seen = set()
    if who.role is not None:
        for p in ds.paths_from.get(who.role, ()):
            role = ds.roles[p.to]
            gap = gap_to(ds, who.levels, p.to)
            documented.append(
                NextMove(
                    to=p.to,
                    kind=str(p.kind),
                    hours=gap.total_hours,
                    similarity=round(coverage(who.levels, role, essential_weight=2.0), 4),
                    readiness=gap.readiness,
                    years=p.years,
                    inferred=p.inferred,
                    time=_time(gap, p.years),
                    top_gaps=_top_gaps(gap),
                )
            )
            seen.add(p.to)
    documented.sort(key=lambda m: (-m.readiness, m.time, m.kind != "promotion", m.to))
    below = _promoted_from(ds, who.role) if who.role else set()
    inferred = []
    for rid, sim in similar_roles(ds, who.levels, who.role, minimum):
        if rid in seen or rid in below:
            continue
        gap = gap_to(ds, who.levels, rid)
        inferred.append(
            NextMove(
                rid,
                "similar",
                gap.total_hours,
                round(sim, 4),
                gap.readiness,
                None,
                True,
                _time(gap, SIMILAR_YEARS),
                _top_gaps(gap),
            )
        )
    return documented + inferred


def matches(ds: Dataset, who: Origin, n: int = MATCHES) -> list[NextMove]:
    """The ``n`` roles whose requirement the person's levels cover best, most covered first
    (ties: the more senior role, which the same skills qualify for), each with its readiness
    and top gaps."""
    sim = similarity(ds)  # coverage() of every role covered at all, no role record decoded
    have = {sim.number[s]: h for s, h in who.levels.items() if s in sim.number}
    scored = [(-round(c, 4), -rank, rid) for rid, c, rank in sim.covering(have)]
    scored.sort()
    out = []
    for neg_sim, _, rid in scored[:n]:
        gap = gap_to(ds, who.levels, rid)
        out.append(
            NextMove(
                rid,
                "match",
                gap.total_hours,
                -neg_sim,
                gap.readiness,
                None,
                True,
                _time(gap, 0.0),
                _top_gaps(gap),
            )
        )
    return out


def _promoted_from(ds: Dataset, role: str) -> set[str]:
    """Roles below ``role`` on its promotion ladders: moving back to them is no next move."""
    out: set[str] = set()
    stack = [role]
    while stack:
        here = stack.pop()
        for p in ds.paths_to.get(here, ()):
            if str(p.kind) == "promotion" and p.from_ not in out:
                out.add(p.from_)
                stack.append(p.from_)
    return out
