"""Issue #14: the validator's and the profile's problems speak Chinese under ``--lang zh``
(and stay as they were in English); every problem sentence is a catalogue entry."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from ecareer.contract.problem_text import TEXTS

from conftest import FIXTURES, MINI, ROOT, run

HAN = re.compile(r"[\u4e00-\u9fff]")
BAD = sorted(p for p in (FIXTURES / "bad").iterdir() if p.is_dir())
LINE = re.compile(r"^\S.*: (错误|警告) [A-Z]\d{3} (?P<message>.+)$")


@pytest.mark.parametrize("folder", BAD, ids=lambda p: p.name)
def test_every_rule_speaks_chinese(folder: Path) -> None:
    result = run("validate", "--data", str(folder), "--lang", "zh")
    assert result.exit_code in (0, 1)
    lines = result.stdout.splitlines()
    problems = [m for m in map(LINE.match, lines) if m]
    assert problems, result.stdout
    for found in problems:
        assert HAN.search(found["message"]), found.group(0)
    for line in lines:
        if line.startswith("    "):
            assert line.startswith("    提示：") and HAN.search(line), line
    code = folder.name.split("-")[0]
    assert any(f" {code} " in m.group(0) for m in problems)


@pytest.mark.parametrize("folder", BAD, ids=lambda p: p.name)
def test_english_stays_english(folder: Path) -> None:
    result = run("validate", "--data", str(folder))
    assert not re.search(r"[\u4e00-\u9fff]", re.sub(r"'[^']*'|`[^`]*`", "", result.stdout))


def test_a_profile_that_does_not_match_the_data_in_chinese(tmp_path: Path) -> None:
    profile = tmp_path / "me.yaml"
    profile.write_text("role: ops-wizard\nskills:\n  exel: 3\n  sql: 9\n", encoding="utf-8")
    args = ("gap", "--to", "ops-director", "--profile", str(profile))
    zh = run(*args, "--lang", "zh")
    assert zh.exit_code == 2
    assert "错误：个人档案" in zh.stderr and "与数据不符" in zh.stderr
    assert "未知的岗位 'ops-wizard'" in zh.stderr
    assert "未知的技能 'exel'" in zh.stderr and "是否要找 `excel`" in zh.stderr
    assert "技能 'sql' 的等级 9 超出范围 0..5" in zh.stderr
    en = run(*args)
    assert "error: the profile" in en.stderr and "does not match the data" in en.stderr
    assert "unknown skill 'exel'" in en.stderr and "did you mean `excel`" in en.stderr


def test_a_broken_data_file_in_chinese(tmp_path: Path) -> None:
    import shutil

    data = tmp_path / "data"
    shutil.copytree(MINI, data)
    roles = data / "roles.yaml"
    roles.write_text(roles.read_text(encoding="utf-8") + "  - [unclosed\n", encoding="utf-8")
    result = run("gap", "--from", "analyst", "--to", "lead", "--data", str(data), "--lang", "zh")
    assert result.exit_code == 1
    assert "roles.yaml:" in result.stderr and "错误 Y001 YAML 格式错误：" in result.stderr


def test_problem_texts_are_used_and_problems_are_never_literal() -> None:
    """Each sentence is used by some check, and no check writes a sentence of its own."""
    outside = "\n".join(
        p.read_text(encoding="utf-8")
        for p in (ROOT / "src").rglob("*.py")
        if not p.name.startswith("problem_text")
    )
    unused = [key for key in TEXTS if f'"{key}"' not in outside]
    assert not unused, unused
    literal = []
    for path in (ROOT / "src").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", "") == "Problem"
                and len(node.args) > 1
                and isinstance(node.args[1], ast.Constant | ast.JoinedStr)
            ):
                literal.append(f"{path.name}:{node.lineno}")
    assert not literal, f"Problem(...) with a literal message (use Problem.of): {literal}"
