"""Gap reports: what stands between a person and a target role.

Result types are NamedTuples, not dataclasses: a dataclass costs about a millisecond to create
at import, and every gap pays that at start-up.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, NamedTuple

from ecareer.advise.levels import (
    Levels,
    held_levels,
    is_practice,
    learning,
    raise_hours,
    raised,
    role_levels,
)
from ecareer.contract.dataset import Dataset
from ecareer.contract.records import Role

if TYPE_CHECKING:
    from ecareer.contract.models import Profile


class Origin(NamedTuple):
    """Who is asking: a role, a profile, or both (then the profile's own levels count for the
    skills it names, the role's held levels for the rest)."""

    role: str | None
    levels: Levels
    profile_name: str | None = None
    has_profile: bool = False


def origin(ds: Dataset, role: str | None, profile: Profile | None) -> Origin:
    """The levels of a person in ``role`` (held, see :func:`held_levels`), with a profile's
    own levels in place of the role's for every skill the profile names.

    A profile is what the person says of themselves (``ecareer assess`` writes one): a skill
    they rate below the role's usual level is believed, not raised back to it, so a gap is
    never hidden by the role's typical profile. Skills the profile does not name keep the
    levels the role implies."""
    role = role or (profile.role if profile else None)
    levels: Levels = held_levels(ds, role) if role else {}
    if profile is not None:
        levels = {**levels, **profile.skills}
    return Origin(role, levels, profile.name if profile else None, profile is not None)


class GapRow(NamedTuple):
    """One skill of the target: ``hours`` of study or ``months`` of practice to close it."""

    skill: str
    required: int
    current: int
    gap: int
    importance: int
    essential: bool
    hours: float
    growth: str = "study"
    months: float = 0.0


class PrerequisiteRow(NamedTuple):
    """A skill the target does not list, but a skill to learn needs first."""

    skill: str
    required: int
    current: int
    hours: float
    needed_for: tuple[str, ...]
    growth: str = "study"
    months: float = 0.0


class TargetGap(NamedTuple):
    to: str
    skills: list[GapRow]
    prerequisites: list[PrerequisiteRow]

    @property
    def total_hours(self) -> float:
        """Hours of study (practice is never counted as study)."""
        return sum(r.hours for r in self.skills) + sum(p.hours for p in self.prerequisites)

    @property
    def practice_months(self) -> float:
        """Months of doing the job the practised skills need (they grow side by side)."""
        months = [r.months for r in self.skills] + [p.months for p in self.prerequisites]
        return max(months, default=0.0)

    @property
    def met(self) -> int:
        return sum(r.gap == 0 for r in self.skills)

    @property
    def total(self) -> int:
        return len(self.skills)

    @property
    def essential_gaps(self) -> int:
        return sum(r.gap > 0 and r.essential for r in self.skills)

    @property
    def readiness(self) -> float:
        """Importance-weighted share of the requirement already met (levels count partly)."""
        weight = sum(r.importance for r in self.skills)
        if not weight:
            return 1.0
        done = sum(r.importance * min(r.current, r.required) / r.required for r in self.skills)
        return round(done / weight, 4)


class GapReport(NamedTuple):
    origin: Origin
    targets: list[TargetGap]


def coverage(have: Mapping[str, int], role: Role, *, essential_weight: float = 1.0) -> float:
    """How much of ``role``'s requirement ``have`` covers, weighted by importance (0..1).

    With ``essential_weight`` > 1, essential requirements weigh more: that is the directional
    similarity ``next`` uses.
    """
    weight = done = 0.0
    for req in role.skills:
        w = req.importance * (essential_weight if req.essential else 1.0)
        weight += w
        done += w * min(have.get(req.skill, 0), req.level) / req.level
    return done / weight if weight else 1.0


def gap_to(ds: Dataset, have: Mapping[str, int], target: str) -> TargetGap:
    role = ds.roles[target]
    want = role_levels(role)
    steps = {s.skill: s for s in learning(ds, have, want)}
    rows = []
    costs, held = ds.costs, have.get
    for req in role.skills:  # one pass, with nothing looked up twice: 20,000 rows happen
        sid, level = req.skill, req.level
        cur = held(sid, 0)
        cost = costs[sid]
        # the requirement's own levels; a prerequisite that needs more is counted below
        effort = raised(cost, cur, level) if sid in steps else 0.0
        practice = cost.practice
        rows.append(
            GapRow(
                sid,
                level,
                cur,
                max(0, level - cur),
                req.importance,
                req.essential,
                0.0 if practice else effort,
                "practice" if practice else "study",
                effort if practice else 0.0,
            )
        )
    rows.sort(key=lambda r: (r.gap == 0, not r.essential, -r.importance, -r.gap, r.skill))
    listed = {r.skill: r.required for r in rows}
    # who needs each skill first, at which level: one pass (a scan of every step for every
    # prerequisite was quadratic: minutes for a chain of 10,000 skills)
    needers: dict[str, list[tuple[str, int]]] = {}
    for s in steps:
        for pre, level in ds.costs[s].prerequisites:
            needers.setdefault(pre, []).append((s, level))
    prereqs = []
    for skill, step in steps.items():
        base = max(step.have, listed.get(skill, 0))
        if step.want <= base:
            continue
        needed_for = tuple(sorted({s for s, level in needers.get(skill, ()) if level > base}))
        effort = raise_hours(ds, skill, base, step.want)
        practice = is_practice(ds, skill)
        prereqs.append(
            PrerequisiteRow(
                skill=skill,
                required=step.want,
                current=step.have,
                hours=0.0 if practice else effort,
                needed_for=needed_for,
                growth="practice" if practice else "study",
                months=effort if practice else 0.0,
            )
        )
    prereqs.sort(key=lambda p: p.skill)
    return TargetGap(target, rows, prereqs)


def gap_report(ds: Dataset, who: Origin, targets: list[str]) -> GapReport:
    return GapReport(who, [gap_to(ds, who.levels, t) for t in targets])
