"""Issue #14: every user-facing sentence is in the catalogue, in both languages, and the help
speaks Chinese when asked to."""

from __future__ import annotations

import ast
import inspect
import os
import re
import string
import subprocess
import sys
from pathlib import Path

import pytest
import typer

from ecareer.cli import app
from ecareer.render.catalog import STRINGS

ROOT = Path(__file__).resolve().parents[1]
CLI = ROOT / "src" / "ecareer" / "cli"


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(STRINGS))
def test_every_key_has_both_languages_with_the_same_fields(key: str) -> None:
    en, zh = STRINGS[key]
    assert en.strip(), f"{key}: no English text"
    assert zh.strip(), f"{key}: no Chinese text"
    assert _fields(en) == _fields(zh), f"{key}: the two languages fill different fields"


_CODE = re.compile(
    r"`[^`]*`|\{[^}]*\}|--?[a-z][a-z-]*|[A-Za-z0-9_.:/'\"=<>|-]+( [A-Za-z0-9_.:/'\"=<>|-]+)*"
)


@pytest.mark.parametrize("key", sorted(STRINGS))
def test_chinese_text_uses_chinese_punctuation(key: str) -> None:
    zh = STRINGS[key][1]
    prose = _CODE.sub("", zh)  # commands, options, fields and English words stay as typed
    assert not re.search(r"[,;?!()]|: ", prose), f"{key}: ASCII punctuation in {zh!r}"


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant | ast.JoinedStr) and not (
        isinstance(node, ast.Constant) and not isinstance(node.value, str)
    )


@pytest.mark.parametrize("path", sorted(CLI.glob("*.py")), ids=lambda p: p.name)
def test_no_sentence_is_written_in_the_cli_code(path: Path) -> None:
    """Errors and help of the CLI come from the catalogue, never from a literal string."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", getattr(node.func, "attr", ""))
        if name.endswith("Error") and node.args and _literal(node.args[0]):
            found.append(f"line {node.lineno}: {name}(<literal>)")
        for kw in node.keywords:
            if kw.arg in ("help", "hint") and _literal(kw.value):
                found.append(f"line {node.lineno}: {kw.arg}=<literal>")
    assert not found, f"{path.name}: " + "; ".join(found)


def _commands() -> list[tuple[str, typer.models.CommandInfo]]:
    return [(c.name or c.callback.__name__, c) for c in app.registered_commands if c.callback]


@pytest.mark.parametrize(("name", "info"), _commands(), ids=lambda x: str(x)[:20])
def test_english_help_is_the_docstring(name: str, info: typer.models.CommandInfo) -> None:
    """The docstring documents the command in the code; the catalogue must say the same, so
    an edit to one without the other fails here."""
    assert info.callback is not None
    doc = " ".join(inspect.cleandoc(info.callback.__doc__ or "").split())
    key = f"help_{name}"
    assert key in STRINGS, f"no catalogue entry {key}"
    assert " ".join(STRINGS[key][0].split()) == doc


def _help(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "ECAREER"))}
    return subprocess.run(
        [sys.executable, "-m", "ecareer", *args],
        env={**base, "COLUMNS": "100", **env},
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=60,
    )


@pytest.mark.parametrize(
    ("args", "env"),
    [
        (["--lang", "zh", "gap", "-h"], {}),
        (["gap", "--lang=zh", "-h"], {}),
        (["gap", "-h"], {"ECAREER_LANG": "zh"}),
        (["gap", "-h"], {"LANG": "zh_CN.UTF-8"}),
    ],
    ids=["--lang before", "--lang= after", "ECAREER_LANG", "LANG"],
)
def test_help_in_chinese(args: list[str], env: dict[str, str]) -> None:
    result = _help(args, env)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("用法：ecareer gap")
    assert "显示当前岗位（或个人档案）与一个或多个目标岗位之间的差距。" in out
    assert "选项：" in out
    assert "目标岗位；可重复" in out
    assert "显示此帮助并退出。" in out
    assert "Show this message" not in out and "Usage:" not in out


def test_help_in_english_by_default() -> None:
    result = _help(["gap", "-h"], {"LANG": "C.UTF-8"})
    assert result.returncode == 0
    assert result.stdout.startswith("Usage: ecareer gap")
    assert "Show what stands between" in result.stdout


def test_defaults_and_ranges_in_chinese_help() -> None:
    out = _help(["--lang", "zh", "route", "-h"], {}).stdout
    assert "[默认：1; 1<=x<=20]" in out


def test_errors_and_hints_in_chinese(cli: object) -> None:
    from conftest import run

    result = run("gap", "--from", "运营总鉴", "--to", "ops-director", env={"ECAREER_LANG": "zh"})
    assert result.exit_code == 2
    assert "错误：未知的岗位 '运营总鉴'（--from）" in result.stderr
    assert "提示：是否要找 电商运营总监（ops-director）？" in result.stderr
    english = run("gap", "--from", "ops-specalist", "--to", "ops-director")
    assert "error: unknown role 'ops-specalist' (in --from)" in english.stderr
    assert "hint: did you mean ops-specialist or " in english.stderr


def test_validate_summary_in_chinese() -> None:
    from conftest import MINI, run

    result = run("validate", "--data", str(MINI), "--lang", "zh")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[-1].startswith("有效")
    assert "已检查 3 个文件" in result.stdout


def test_show_in_chinese_says_years_and_hours() -> None:
    from conftest import run

    out = run("show", "ops-specialist", "--lang", "zh").stdout
    assert re.search(r"（横向转岗，[0-9.]+ 年）", out)
    out = run("show", "sql", "--lang", "zh").stdout
    assert "学时）" in out and " h)" not in out
