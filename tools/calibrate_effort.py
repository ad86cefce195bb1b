"""Rewrite the `effort` of every skill in data/skills.yaml by the documented hour model.

    python tools/calibrate_effort.py            # rewrite data/skills.yaml in place
    python tools/calibrate_effort.py --check    # exit 1 if the file is not calibrated

The model (docs/data.md, "Hour model"):

* a **study** skill's level n costs ``b * 2**(n-1)`` hours (each level twice the one below:
  b, 2b, 4b, 8b, 16b; 31b from nothing to expert). ``b`` is the larger of the skill's tier
  (below) and what its resources imply: a resource of ``h`` hours that builds levels L is at
  most the study of those levels, so ``b >= h / sum(2**(l-1) for l in L)``;
* a **practice** skill's levels cost months of doing the job: 1, 3, 6, 12, 24 (46 months, about
  four years, from nothing to expert).

Only the ``effort:`` and ``growth:`` lines are touched; everything else stays as written.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
SKILLS = ROOT / "data" / "skills.yaml"

PRACTICE_MONTHS = (1, 3, 6, 12, 24)
#: hours of level 1, by category; the levels above double
TIER = {
    "business-tools": 3,
    "industry-insight": 3,
    "domain-expertise": 4,
    "collaboration": 4,
    "problem-solving": 4,
    "learning": 4,
}
#: skills that take longer than their category: programming, engineering, design crafts
HEAVIER = {
    "java": 8,
    "vue-react": 8,
    "python": 6,
    "sql": 5,
    "bi-tools": 4,
    "photoshop": 4,
    "ui-design-tools": 4,
    "rpa": 4,
    "excel": 4,
    "backend-system-design": 8,
    "data-engineering": 8,
    "redis-high-concurrency": 6,
    "predictive-modeling": 6,
    "mini-program-dev": 6,
    "software-testing": 5,
    "ui-design": 5,
    "interaction-design": 5,
    "visual-design": 5,
    "business-english": 6,
}
#: skills grown by doing the job, not by courses: every professional quality, and the
#: judgement and people skills of general ability
PRACTICE = {
    "communication",
    "cross-team-collaboration",
    "industry-networking",
    "team-leadership",
    "learning-agility",
    "contingency-handling",
    "data-driven-decisions",
    "problem-solving",
}


def plan(skill: dict) -> tuple[str, list[float]]:
    """(growth, effort) for one skill."""
    if skill["dimension"] == "professional-quality" or skill["id"] in PRACTICE:
        return "practice", [float(m) for m in PRACTICE_MONTHS]
    base = float(HEAVIER.get(skill["id"], TIER[skill["category"]]))
    for res in skill.get("resources", []):
        levels = res.get("levels") or [1, 2, 3, 4, 5]
        base = max(base, res["hours"] / sum(2 ** (lv - 1) for lv in levels))
    base = math.ceil(base)
    return "study", [float(base * 2**i) for i in range(5)]


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


def calibrated(text: str) -> str:
    data = yaml.safe_load(text)
    wanted = {s["id"]: plan(s) for s in data["skills"]}
    out: list[str] = []
    current: str | None = None
    for line in text.splitlines(keepends=True):
        m = re.match(r"  - id: (\S+)", line)
        if m:
            current = m.group(1)
        if current and re.match(r"    growth: ", line):
            continue  # rewritten before effort
        if current and re.match(r"    effort: ", line):
            growth, effort = wanted[current]
            if growth == "practice":
                out.append("    growth: practice\n")
            out.append("    effort: [" + ", ".join(_num(e) for e in effort) + "]\n")
            continue
        out.append(line)
    return "".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if not calibrated")
    args = parser.parse_args(argv)
    text = SKILLS.read_text(encoding="utf-8")
    new = calibrated(text)
    if args.check:
        if new != text:
            print("data/skills.yaml is not calibrated: run python tools/calibrate_effort.py")
            return 1
        return 0
    SKILLS.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
