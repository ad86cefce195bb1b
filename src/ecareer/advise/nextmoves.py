"""Next moves: the documented paths out of a role, and roles a person already largely covers."""

from __future__ import annotations

from dataclasses import dataclass

from ecareer.advise.gap import Origin, coverage, gap_to
from ecareer.advise.moves import SIMILAR_MIN, similar_roles
from ecareer.contract.dataset import Dataset


@dataclass(frozen=True, slots=True)
class NextMove:
    to: str
    kind: str  # promotion | lateral | similar
    hours: float
    similarity: float
    readiness: float
    years: float | None
    inferred: bool


def next_moves(ds: Dataset, who: Origin, *, minimum: float = SIMILAR_MIN) -> list[NextMove]:
    """Documented moves first (cheapest first), then inferred similar roles (most similar)."""
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
                )
            )
            seen.add(p.to)
    documented.sort(key=lambda m: (m.hours, m.kind != "promotion", m.to))
    below = _promoted_from(ds, who.role) if who.role else set()
    inferred = []
    for rid, sim in similar_roles(ds, who.levels, who.role, minimum):
        if rid in seen or rid in below:
            continue
        gap = gap_to(ds, who.levels, rid)
        inferred.append(
            NextMove(rid, "similar", gap.total_hours, round(sim, 4), gap.readiness, None, True)
        )
    return documented + inferred


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
