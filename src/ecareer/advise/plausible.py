"""Checks that the data's advice is plausible: what ``ecareer validate`` adds to the rules.

The rules of :mod:`ecareer.validate.rules` check what the files say; these check what the
advice made from them says, under the cost model of :mod:`ecareer.advise.levels`.

* **W210 study-budget**: a move whose study (from the levels held in its origin to the levels
  its target requires) would take more than :data:`BUDGET_HOURS_PER_WEEK` hours a week over
  its typical years in post. A working person studies a few hours a week; a move that needs
  more says its hours, or its years, are off.
"""

from __future__ import annotations

from ecareer.advise.levels import held_levels, learning, role_levels
from ecareer.contract.dataset import Dataset
from ecareer.contract.problems import Problem, Severity
from ecareer.contract.say import say
from ecareer.validate.draft import Draft

BUDGET_HOURS_PER_WEEK = 5.0
WEEKS_PER_YEAR = 52.0


def study_per_week(ds: Dataset, origin: str, target: str, years: float) -> float:
    """The weekly study a move needs to fit its years in post."""
    steps = learning(ds, held_levels(ds, origin), role_levels(ds.roles[target]))
    hours = sum(s.hours for s in steps)
    if not hours:
        return 0.0
    return hours / (max(years, 1 / WEEKS_PER_YEAR) * WEEKS_PER_YEAR)


def check_study_budget(draft: Draft, ds: Dataset) -> list[Problem]:
    out = []
    latest = {(e.item.from_, e.item.to): e for e in draft.paths}
    for (a, b), entry in latest.items():
        if a not in ds.roles or b not in ds.roles:
            continue
        weekly = study_per_week(ds, a, b, entry.item.years)
        if weekly > BUDGET_HOURS_PER_WEEK:
            need = weekly * entry.item.years / BUDGET_HOURS_PER_WEEK
            out.append(
                entry.problem(
                    "W210",
                    say(
                        "p_study_budget",
                        a=a,
                        b=b,
                        weekly=f"{weekly:.1f}",
                        years=f"{entry.item.years:g}",
                        budget=f"{BUDGET_HOURS_PER_WEEK:g}",
                    ),
                    "years",
                    hint=say(
                        "h_study_budget", budget=f"{BUDGET_HOURS_PER_WEEK:g}", need=f"{need:.1f}"
                    ),
                    severity=Severity.WARNING,
                )
            )
    return out


CHECKS = (check_study_budget,)
