"""Issue #14: click's own usage errors (unknown options and commands, missing or unparsable
values, extra arguments) speak the command line's language, in the shape of ecareer's other
errors, and keep click's exit code 2."""

from __future__ import annotations

import pytest

from conftest import run

CASES = [
    # (arguments, English words, Chinese words)
    (["gap", "--frm", "x"], "no such option: --frm", "没有这个选项：--frm"),
    (["rolse"], "no such command 'rolse'", "没有这个命令：'rolse'"),
    (["gap", "--from"], "--from needs a value", "--from 后面需要给出一个值"),
    (["roles", "--json=3"], "--json takes no value", "--json 不接受值"),
    (
        ["route", "--from", "a", "--to", "b", "-k", "abc"],
        "invalid value for -k: not a whole number",
        "-k 的值无效：不是整数",
    ),
    (
        ["route", "--from", "a", "--to", "b", "-k", "0"],
        "invalid value for -k: give at least 1",
        "-k 的值无效：不能小于 1",
    ),
    (
        ["route", "--from", "a", "--to", "b", "--hours-per-week", "lots"],
        "invalid value for --hours-per-week: not a number",
        "--hours-per-week 的值无效：不是数字",
    ),
    (
        ["graph", "--format", "pdf"],
        "'pdf' is not one of 'mermaid', 'dot', 'json'",
        "'pdf' 不在可选范围内：'mermaid'、'dot'、'json'",
    ),
    (
        ["roles", "--level", "超级"],
        "invalid value for --level: '超级'",
        "--level 的值无效：'超级' 不在可选范围内",
    ),
    (
        ["gap", "--to", "x", "extra1", "extra2"],
        "unexpected extra arguments: extra1 extra2",
        "多余的参数：extra1 extra2",
    ),
]


@pytest.mark.parametrize(
    ("args", "en", "zh"), CASES, ids=lambda v: " ".join(v) if isinstance(v, list) else ""
)
def test_usage_errors_in_english(args: list[str], en: str, zh: str) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert any(line.startswith("error: ") and en in line for line in result.stderr.splitlines())
    assert "Error:" not in result.stderr
    assert "错误" not in result.stderr and "提示" not in result.stderr


@pytest.mark.parametrize(
    ("args", "en", "zh"), CASES, ids=lambda v: " ".join(v) if isinstance(v, list) else ""
)
def test_usage_errors_in_chinese(args: list[str], en: str, zh: str) -> None:
    for how in (["--lang", "zh", *args], [args[0], "--lang", "zh", *args[1:]]):
        result = run(*how)
        assert result.exit_code == 2
        assert any(ln.startswith("错误：") and zh in ln for ln in result.stderr.splitlines())
        assert "Error:" not in result.stderr and "Try '" not in result.stderr
    by_env = run(*args, env={"ECAREER_LANG": "zh"})
    assert zh in by_env.stderr and "错误：" in by_env.stderr


def test_the_usage_line_and_the_way_to_help_come_with_the_error() -> None:
    result = run("--lang", "zh", "plan", "--from", "a", "--to", "b", "--out", "x")
    lines = result.stderr.splitlines()
    assert lines[0].startswith("用法：ecareer plan")
    assert lines[1] == "错误：没有这个选项：--out"
    assert lines[2].startswith("提示：是否要找 --format、--output 或 --to？")
    assert lines[2].endswith("运行 `ecareer plan -h` 查看所有选项。")
    english = run("plan", "--from", "a", "--to", "b", "--out", "x").stderr.splitlines()
    assert english[0].startswith("Usage: ecareer plan")
    assert (
        english[2]
        == "hint: did you mean --format, --output or --to? `ecareer plan -h` shows the options."
    )


def test_a_command_typo_suggests_the_nearest_commands_in_either_language() -> None:
    assert "是否要找 'roles' 或 'route'？" in run("--lang", "zh", "rolse").stderr
    assert "did you mean 'roles' or 'route'?" in run("rolse").stderr
