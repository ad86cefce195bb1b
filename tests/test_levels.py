"""Issue #14: `ecareer levels` and what each level of a skill looks like."""

from __future__ import annotations

from ecareer.contract.vocab import Category

from conftest import run


def test_levels_in_both_languages() -> None:
    en = run("levels")
    assert en.exit_code == 0
    assert "Proficiency levels" in en.stdout and "Awareness" in en.stdout
    zh = run("levels", "--lang", "zh")
    assert zh.exit_code == 0
    assert "熟练度等级" in zh.stdout and "了解" in zh.stdout and "专家" in zh.stdout


def test_levels_of_a_category_by_its_chinese_name() -> None:
    result = run("levels", "--category", "业务工具", "--lang", "zh", env={"COLUMNS": "140"})
    assert result.exit_code == 0, result.stderr
    assert "熟练度等级：业务工具" in result.stdout
    assert "能独立用工具完成常规任务" in result.stdout


def test_every_level_describes_every_category() -> None:
    doc = run("levels", "--json").json()
    assert [d["level"] for d in doc] == [1, 2, 3, 4, 5]
    for rung in doc:
        assert {c["category"] for c in rung["by_category"]} == {c.value for c in Category}


def test_show_skill_shows_what_each_level_looks_like() -> None:
    result = run("show", "生意参谋", "--lang", "zh", env={"COLUMNS": "140"})
    assert result.exit_code == 0, result.stderr
    assert "具体表现" in result.stdout
    assert "能为团队配置工具、搭建模板并培训他人。" in result.stdout


def test_e104_hint_names_a_command_that_exists(tmp_path) -> None:  # type: ignore[no-untyped-def]
    profile = tmp_path / "me.yaml"
    profile.write_text("skills:\n  sql: 9\n", encoding="utf-8")
    result = run("gap", "--profile", str(profile), "--to", "ops-director")
    assert result.exit_code == 2
    assert "E104" in result.stderr and "`ecareer levels`" in result.stderr
    assert run("levels").exit_code == 0
