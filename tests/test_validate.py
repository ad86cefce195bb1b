"""The validator: golden output per rule, formats, and the shipped data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import FIXTURES, MINI, ROOT, run

BAD = sorted(p for p in (FIXTURES / "bad").iterdir() if p.is_dir())


@pytest.mark.parametrize("case", BAD, ids=[p.name for p in BAD])
def test_golden_output_per_rule(case: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    rel = os.path.relpath(case, ROOT)
    result = run("validate", "--data", rel)
    expected = (case / "expected.txt").read_text(encoding="utf-8")
    if os.environ.get("UPDATE_GOLDEN"):
        (case / "expected.txt").write_text(result.stdout, encoding="utf-8")
        (case / "expected.rc").write_text(f"{result.exit_code}\n", encoding="utf-8")
        return
    assert result.stdout == expected
    assert result.exit_code == int((case / "expected.rc").read_text())
    assert result.stderr == ""
    # the rule the folder is named after is the one reported
    code = case.name.split("-")[0]
    assert f" {code} " in result.stdout


def test_every_rule_has_a_golden_case() -> None:
    from ecareer.contract.problems import RULES

    covered = {p.name.split("-")[0] for p in BAD} | {"F002"}  # F002: see below
    assert covered == set(RULES)


def test_mini_dataset_is_valid() -> None:
    result = run("validate", "--data", MINI)
    assert result.exit_code == 0, result.stdout
    # the mini roles are small on purpose: W203 (thin-role) warns, and W205
    # (missing-prerequisite): its roles leave prerequisites to the gap, which adds them
    last = result.stdout.splitlines()[-1]
    assert last.startswith("valid"), result.stdout
    assert {line.split()[2] for line in result.stdout.splitlines() if " warning " in line} <= {
        "W203",
        "W205",
    }


def test_shipped_data_is_valid_without_warnings() -> None:
    result = run("validate", "--strict")
    assert result.exit_code == 0, result.stdout
    assert "no problems" in result.stdout


def test_json_format(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = run("validate", "--data", "tests/fixtures/bad/E102-unknown-skill", "--format", "json")
    assert result.exit_code == 1
    doc = result.json()
    assert doc["valid"] is False
    assert doc["errors"] == 1
    [problem] = [p for p in doc["problems"] if p["code"] != "W203"]  # the roles are small
    assert problem == {
        "file": "tests/fixtures/bad/E102-unknown-skill/roles.yaml",
        "line": 16,
        "col": 10,
        "severity": "error",
        "code": "E102",
        "rule": "unknown-skill",
        "message": "role 'lead' requires unknown skill 'sqll'",
        "hint": "did you mean `sql`?",
    }


def test_github_format(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = run("validate", "--data", "tests/fixtures/bad/E102-unknown-skill", "-f", "github")
    assert result.exit_code == 1
    errors = "".join(line for line in result.stdout.splitlines(True) if "W203" not in line)
    assert errors == (
        "::error file=tests/fixtures/bad/E102-unknown-skill/roles.yaml,line=16,col=10,"
        "title=E102 unknown-skill::role 'lead' requires unknown skill 'sqll' "
        "(hint: did you mean `sql`?)\n"
    )


def test_strict_turns_warnings_into_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    case = "tests/fixtures/bad/W202-unused-skill"
    assert run("validate", "--data", case).exit_code == 0
    assert run("validate", "--data", case, "--strict").exit_code == 1


def test_missing_data_folder(tmp_path: Path) -> None:
    result = run("validate", "--data", tmp_path / "nope")
    assert result.exit_code == 1
    assert "does not exist" in result.stdout


def test_bad_format_value_is_usage_error() -> None:
    result = run("validate", "--format", "xml")
    assert result.exit_code == 2
    assert "--format" in result.stderr


def test_problems_are_sorted_by_file_and_line(mini_copy: Path) -> None:
    roles = mini_copy / "roles.yaml"
    text = roles.read_text(encoding="utf-8")
    text = text.replace("skill: sql, level: 3", "skill: sqll, level: 3")
    text = text.replace("skill: ownership, level: 4", "skill: ownershp, level: 4")
    roles.write_text(text, encoding="utf-8")
    paths = mini_copy / "paths.yaml"
    paths.write_text(paths.read_text(encoding="utf-8").replace("to: ops-director", "to: ops-dir"))
    doc = run("validate", "--data", mini_copy, "-f", "json").json()
    keys = [(p["file"], p["line"], p["col"]) for p in doc["problems"]]
    assert keys == sorted(keys)
    # ops-director is now on no path: a true warning, sorted in by line
    # small roles (W203), prerequisites left to the gap (W205)
    codes = [p["code"] for p in doc["problems"] if p["code"] not in ("W203", "W205")]
    assert codes == ["E103", "W201", "E102", "E102"]


def test_overlay_replaces_and_adds(tmp_path: Path) -> None:
    overlay = tmp_path / "company"
    overlay.mkdir()
    (overlay / "roles.yaml").write_text(
        """roles:
  - id: ops-specialist
    name: {en: Shop Operator, zh: 店铺运营}
    family: operations
    level: junior
    summary: {en: Our own title, zh: 公司内部头衔}
    skills:
      - {skill: platform-rules, level: 3, importance: 5, essential: true}
  - id: growth-hacker
    name: {en: Growth Hacker, zh: 增长黑客}
    family: marketing
    level: mid
    summary: {en: Experiments, zh: 增长实验}
    skills:
      - {skill: sql, level: 2, importance: 4}
""",
        encoding="utf-8",
    )
    (overlay / "paths.yaml").write_text(
        "paths:\n  - {from: ops-specialist, to: growth-hacker, kind: lateral, years: 1}\n",
        encoding="utf-8",
    )
    result = run("validate", "--data", MINI, "--overlay", overlay)
    assert result.exit_code == 0, result.stdout
    # small roles: only W203 (thin-role), W204 (no-essential-skill) and the mini data's
    # W205 (missing-prerequisite) warn
    warned = {line.split()[2] for line in result.stdout.splitlines() if " warning " in line}
    assert warned <= {"W203", "W204", "W205"}, result.stdout


def test_file_too_large_is_refused_without_reading_it_all(mini_copy: Path) -> None:
    from ecareer.load.files import MAX_BYTES

    with (mini_copy / "paths.yaml").open("r+b") as handle:
        handle.truncate(MAX_BYTES + 10)
    result = run("validate", "--data", mini_copy)
    assert result.exit_code == 1
    assert " F002 " in result.stdout
    assert "paths.yaml is larger than 64 MiB" in result.stdout
