"""Every input of the YAML test suite in place of a data file: a clean answer, never a crash."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import MINI, run
from corpora import suite_cases


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("suite") / "data"
    shutil.copytree(MINI, target)
    return target


@pytest.mark.parametrize("case", suite_cases())
def test_suite_input_as_roles_yaml(case: Path, workdir: Path) -> None:
    shutil.copyfile(case, workdir / "roles.yaml")
    result = run("validate", "--data", workdir, "--format", "json")
    assert result.exit_code in (0, 1)
    doc = result.json()
    if (case.parent / "error").exists():
        # libyaml accepts a few inputs the spec rejects; those then fail the schema
        assert doc["valid"] is False
    for problem in doc["problems"]:
        assert problem["file"].endswith(".yaml")
        assert problem["code"]
    roles_problems = [p for p in doc["problems"] if p["file"].endswith("roles.yaml")]
    if not doc["valid"]:
        assert roles_problems, doc
