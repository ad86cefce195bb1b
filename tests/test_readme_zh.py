"""Issue #14: README.zh-CN.md is the README in Chinese: linked both ways, and the same
commands in its examples as README.md (and every command of the app in both)."""

from __future__ import annotations

import re
from pathlib import Path

from ecareer.cli import app

ROOT = Path(__file__).resolve().parents[1]
EN = ROOT / "README.md"
ZH = ROOT / "README.zh-CN.md"


def _commands(path: Path) -> list[str]:
    """The command of each `ecareer ...` line in the sh blocks of the section of commands
    (`## Commands`, `## 命令`), before the generated reference."""
    text = path.read_text(encoding="utf-8").split("<!-- commands:start -->")[0]
    text = re.split(r"\n## (?:Commands|命令)\n", text)[1].split("\n## ")[0]
    found = []
    for block in re.findall(r"```sh\n(.*?)```", text, re.S):
        for line in block.splitlines():
            m = re.match(r"(?:\S*/)?ecareer (\w+)", line.strip())
            if m:
                found.append(m.group(1))
    return found


def test_linked_both_ways() -> None:
    assert "(README.zh-CN.md)" in EN.read_text(encoding="utf-8").split("\n## ")[0]
    assert "(README.md)" in ZH.read_text(encoding="utf-8").split("\n## ")[0]


def test_same_commands_in_both() -> None:
    assert _commands(EN) == _commands(ZH)


def test_every_command_is_shown_in_both() -> None:
    names = {
        c.name or c.callback.__name__.rstrip("_") for c in app.registered_commands if c.callback
    }
    for path in (EN, ZH):
        assert names <= set(_commands(path)), path.name
