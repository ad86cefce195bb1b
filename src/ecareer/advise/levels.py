"""Skill levels held by a person, and the learning hours between two sets of levels.

The cost model (documented in the README):

* gaining level ``n`` of a skill costs ``effort[n-1]`` hours, so raising a skill from level
  ``a`` to level ``b`` costs ``sum(effort[a:b])``;
* levels are cumulative and never lost: a level learned once is never paid for again;
* to learn a skill at a level, its prerequisites must be held at their levels: those are
  added to what must be learned (transitively), and their hours counted too.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import NamedTuple

from ecareer.contract.dataset import Dataset
from ecareer.contract.records import Role

Levels = dict[str, int]


def raise_hours(ds: Dataset, skill: str, have: int, want: int) -> float:
    """Hours to raise ``skill`` from level ``have`` to ``want`` (0 when already there)."""
    if want <= have:
        return 0.0
    effort = ds.skills[skill].effort
    return float(sum(effort[have:want]))


def role_levels(role: Role) -> Levels:
    return {req.skill: req.level for req in role.skills}


def with_prerequisites(ds: Dataset, have: Mapping[str, int], want: Mapping[str, int]) -> Levels:
    """``want`` plus the prerequisites of every level in it that is not yet held, transitively.

    The result maps each skill to the level that must be held, never below ``have``.
    """
    need: Levels = {}
    stack = [(s, lvl) for s, lvl in want.items()]
    while stack:
        skill, level = stack.pop()
        if level <= max(have.get(skill, 0), need.get(skill, 0)):
            continue
        need[skill] = level
        for pre in ds.skills[skill].prerequisites:
            stack.append((pre.skill, pre.level))
    return need


def merge(*levels: Mapping[str, int]) -> Levels:
    out: Levels = {}
    for lv in levels:
        for skill, level in lv.items():
            if level > out.get(skill, 0):
                out[skill] = level
    return out


class Step(NamedTuple):
    """One skill to raise: from ``have`` to ``want``, for ``hours``."""

    skill: str
    have: int
    want: int
    hours: float


def learning(ds: Dataset, have: Mapping[str, int], want: Mapping[str, int]) -> list[Step]:
    """What must be learned to go from ``have`` to ``want`` (prerequisites included)."""
    need = with_prerequisites(ds, have, want)
    out = []
    for skill, level in need.items():
        start = have.get(skill, 0)
        if level > start:
            out.append(Step(skill, start, level, raise_hours(ds, skill, start, level)))
    return out


def total(steps: Iterable[Step]) -> float:
    return float(sum(s.hours for s in steps))
