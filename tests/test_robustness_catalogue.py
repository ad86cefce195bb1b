"""Run every case of the robustness catalogue, and keep docs/robustness.md equal to it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from robustness_catalogue import CASES, ROOT, Case, markdown, prepare, run_case, supported
from robustness_catalogue import problems_with as shortfalls

DOC = ROOT / "docs" / "robustness.md"


def test_case_names_are_unique() -> None:
    names = [c.name for c in CASES]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case(case: Case, tmp_path: Path) -> None:
    why = supported(case)
    if why:
        pytest.skip(why)
    work = tmp_path / "work"
    work.mkdir()
    before = prepare(case, work)
    result = run_case(case, work)
    found = shortfalls(case, work, result, before)
    assert not found, "\n".join(found)


def test_the_doc_is_the_catalogue() -> None:
    assert DOC.is_file(), (
        "run: python tests/robustness_catalogue.py --markdown > docs/robustness.md"
    )
    assert DOC.read_text(encoding="utf-8") == markdown(), (
        "docs/robustness.md is out of date; run: "
        "python tests/robustness_catalogue.py --markdown > docs/robustness.md"
    )


def test_the_script_prints_the_table() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "robustness_catalogue.py"), "--markdown"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == markdown()
