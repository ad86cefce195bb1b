"""Issue #14: Chinese (and English, any case) labels wherever a value is asked for, and names
matched across width, case, invisible characters and traditional characters."""

from __future__ import annotations

from pathlib import Path

import pytest

from ecareer.contract.names import _TRADITIONAL, normalise

from conftest import run


@pytest.mark.parametrize(
    ("args", "expect"),
    [
        (["roles", "--family", "运营"], "operations"),
        (["roles", "--family", "Operations"], "operations"),
        (["roles", "--family", "OPERATIONS"], "operations"),
        (["roles", "--family", "仓储物流"], "warehousing-logistics"),
        (["roles", "--level", "高级"], "senior"),
        (["roles", "--level", "Senior"], "senior"),
        (["roles", "--level", "mid-level"], "mid"),
        (["skills", "--dimension", "通用能力"], "general-ability"),
        (["skills", "--dimension", "General ability"], "general-ability"),
        (["skills", "--dimension", "通 用 能 力"], "general-ability"),
        (["graph", "--family", "數據分析", "--format", "json"], None),
    ],
)
def test_vocabulary_options_take_labels(args: list[str], expect: str | None) -> None:
    result = run(*args, "--json")
    assert result.exit_code == 0, result.stderr
    if expect is None:
        return
    key = {"roles": "family" if "--family" in args else "level", "skills": "dimension"}[args[0]]
    values = {row[key] for row in result.json()}
    assert values == {expect}


def test_unknown_label_lists_the_choices() -> None:
    result = run("roles", "--family", "运")
    assert result.exit_code == 2
    assert "operations (运营)" in result.stderr


@pytest.mark.parametrize(
    ("written", "means"),
    [
        ("电商运营专员", "电商运营专员"),
        ("電商運營專員", "电商运营专员"),
        ("ＳＱＬ", "sql"),
        ("S\u200bQL", "sql"),
        ("\ufeffOps Specialist", "opsspecialist"),
        ("生意參謀", "生意参谋"),
    ],
)
def test_normalise(written: str, means: str) -> None:
    assert normalise(written) == means


def test_traditional_table_is_pairs_of_distinct_characters() -> None:
    assert len(_TRADITIONAL) % 2 == 0
    pairs = [(_TRADITIONAL[i], _TRADITIONAL[i + 1]) for i in range(0, len(_TRADITIONAL), 2)]
    assert all(a != b for a, b in pairs)
    traditional = {a for a, _ in pairs}
    assert len(traditional) == len(pairs), "a traditional character is listed twice"
    # a simplified character the data uses is never rewritten
    assert not traditional & {b for _, b in pairs}


def test_every_name_in_traditional_finds_its_role(tmp_path: Path) -> None:
    result = run("gap", "--from", "電商運營專員", "--to", "電商運營總監", "--json")
    assert result.exit_code == 0, result.stderr
    assert result.json()["from"] == "ops-specialist"


def test_profile_with_names(tmp_path: Path) -> None:
    profile = tmp_path / "me.yaml"
    profile.write_text(
        "role: 电商运营专员\nskills:\n  生意參謀: 4\n  ＳＱＬ: 2\n", encoding="utf-8"
    )
    result = run("gap", "--profile", str(profile), "--to", "data-analyst", "--json")
    assert result.exit_code == 0, result.stderr
    doc = result.json()
    assert doc["from"] == "ops-specialist"
    rows = {r["skill"]: r for r in doc["targets"][0]["skills"]}
    assert rows["sql"]["current"] == 2


def test_profile_unknown_name_suggests(tmp_path: Path) -> None:
    profile = tmp_path / "me.yaml"
    profile.write_text("role: 电商运营专\n", encoding="utf-8")
    result = run("gap", "--profile", str(profile), "--to", "ops-director")
    assert result.exit_code == 2
    assert "ops-specialist" in result.stderr


def test_profile_same_skill_twice(tmp_path: Path) -> None:
    profile = tmp_path / "me.yaml"
    profile.write_text("skills:\n  sql: 2\n  SQL 查询: 3\n", encoding="utf-8")
    result = run("gap", "--profile", str(profile), "--to", "ops-director")
    assert result.exit_code == 2
    assert "E101" in result.stderr
