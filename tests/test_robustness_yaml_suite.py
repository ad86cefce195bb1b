"""Every input of the YAML test suite in place of each data file and of a profile.

402 inputs (94 the spec rejects, 308 it accepts), each put in place of ``skills.yaml``,
``roles.yaml``, ``paths.yaml`` and of a ``--profile``: ecareer must answer with a located
error in that file, or load it and report schema errors, and never let an exception out.
The time of each run is measured, not asserted: the five slowest are recorded as a test-suite
property (``--junitxml``) and printed by ``python tests/test_robustness_yaml_suite.py``. The
slowest is a few hundredths of a second, far below the 2 s the issue asks for.
"""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from ecareer.contract.problems import RULES
from ecareer.load.files import read_text
from ecareer.load.parse import load_text

from corpora import CASES, IDS, SUITE, require_suite, suite_cases
from robustness_catalogue import MINI, Result, invoke

#: inputs the spec rejects that PyYAML (libyaml or the pure-Python parser) still parses;
#: the schema then rejects them as data files. Only MUS6/00 (``%YAML 1.1#...`` then an empty
#: document) makes an acceptable profile: an empty one.
LENIENT = {
    "9C9N", "9JBA", "CVW2", "DK95/01", "G5U8", "MUS6/00", "QB6E", "S98Z", "SU5Z", "X4QW",
    "Y79Y/003", "YJV2",
}  # fmt: skip
GAP = ("gap", "--from", "ops-specialist", "--to", "ops-director")


def test_the_suite_is_here() -> None:
    require_suite()
    assert len(CASES) == 402
    assert sum((c.parent / "error").exists() for c in CASES) == 94


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("suite")
    shutil.copytree(MINI, target / "data")
    return target


Timings = list[tuple[float, str]]


@pytest.fixture(scope="module")
def timings(record_testsuite_property: Callable[[str, object], None]) -> Iterator[Timings]:
    found: Timings = []
    yield found
    for n, (seconds, what) in enumerate(sorted(found, reverse=True)[:5], 1):
        record_testsuite_property(f"yaml_suite_slowest_{n}", f"{seconds:.3f} s {what}")


def timed(timings: Timings, what: str, *args: str | Path) -> Result:
    start = time.perf_counter()
    result = invoke(*args)
    timings.append((time.perf_counter() - start, what))
    return result


@pytest.mark.parametrize("case", suite_cases())
def test_suite_input_everywhere(case: Path, work: Path, timings: Timings) -> None:
    must_fail = (case.parent / "error").exists()
    case_id = str(case.parent.relative_to(SUITE))
    data = work / "data"
    for name in ("skills", "roles", "paths"):
        shutil.copyfile(case, data / f"{name}.yaml")
        try:
            result = timed(
                timings, f"{case_id} as {name}.yaml", "validate", "--data", data, "-f", "json"
            )
        finally:
            shutil.copyfile(MINI / f"{name}.yaml", data / f"{name}.yaml")
        assert not result.crashed, result.traceback
        assert result.exit_code in (0, 1), result.stderr
        doc = json.loads(result.stdout)
        for p in doc["problems"]:  # each names one of the data files and a documented rule
            assert p["file"].endswith(".yaml") and p["code"] in RULES, p
        mine = [p for p in doc["problems"] if p["file"].endswith(f"{name}.yaml")]
        # no input of the suite is a valid data file: each one fails in the file it replaced
        assert not doc["valid"]
        assert mine, doc["problems"]
        for p in mine:
            if p["code"].startswith(("Y", "F")):  # a load error points into the file
                assert p["line"] >= 1 and p["col"] >= 1, p

    profile = work / "profile.yaml"
    shutil.copyfile(case, profile)
    result = timed(
        timings, f"{case_id} as --profile", *GAP, "--profile", profile, "--data", data, "--json"
    )
    assert not result.crashed, result.traceback
    assert result.exit_code in (0, 2), result.stderr
    if result.exit_code == 2:
        assert "profile.yaml" in result.stderr
        assert result.stdout == ""
    else:
        json.loads(result.stdout)
        if must_fail:
            assert case_id in LENIENT
    if must_fail and case_id not in LENIENT:
        text, problem = read_text(case, "in.yaml")
        found = [problem] if problem else load_text(text or "", "in.yaml").problems
        # refused by the loader (a syntax error, or a tag or key it refuses before that),
        # with a position
        assert found, "the loader accepts an input the spec rejects"
        assert all(p.code[0] in "YF" and p.line >= 1 for p in found), found


def slowest(n: int = 5) -> Timings:
    """Run every input everywhere once, outside pytest; the ``n`` slowest runs."""
    import tempfile

    found: Timings = []
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        shutil.copytree(MINI, data)
        for case, case_id in zip(CASES, IDS, strict=True):
            for name in ("skills", "roles", "paths"):
                shutil.copyfile(case, data / f"{name}.yaml")
                timed(found, f"{case_id} as {name}.yaml", "validate", "--data", data, "-f", "json")
                shutil.copyfile(MINI / f"{name}.yaml", data / f"{name}.yaml")
            timed(found, f"{case_id} as --profile", *GAP, "--profile", case, "--data", data)
    return sorted(found, reverse=True)[:n]


if __name__ == "__main__":
    for seconds, what in slowest():
        print(f"{seconds:.3f} s  {what}")
