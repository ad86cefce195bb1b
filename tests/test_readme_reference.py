"""The README's command reference is generated from the commands' help and kept up to date."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from conftest import ROOT, run

SCRIPT = ROOT / "tools" / "readme_commands.py"


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("readme_commands", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


tool = _tool()


def test_readme_reference_is_up_to_date() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    if tool.current(text) != tool.render():
        pytest.fail(
            "README.md's command reference is stale: run `python tools/readme_commands.py` "
            "and commit README.md",
            pytrace=False,
        )


def test_reference_follows_the_hand_written_examples() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = text.index("## Commands")
    examples = text.index("ecareer gap --from ops-specialist --to ops-director", commands)
    start = text.index(tool.START)
    assert commands < examples < start < text.index(tool.END) < text.index("## The cost model")


def test_every_command_and_option_is_in_the_reference() -> None:
    block = tool.render()
    listed = run("--help").stdout.split("\nCommands:\n", 1)[1]
    names = re.findall(r"^  (\S+)  ", listed, flags=re.MULTILINE)
    assert {"gap", "route", "next", "show", "plan", "validate"} <= set(names)
    # each command of `ecareer --help`, in its order
    headings = re.findall(r"^#### `ecareer (\S+)`$", block, flags=re.MULTILINE)
    assert headings == names
    # every option --help states, with its default, range or choices
    route = block.split("#### `ecareer route`", 1)[1].split("#### ", 1)[0]
    assert "Find the cheapest routes to a target role, by study hours or by time." in route
    assert "Usage: `ecareer route [OPTIONS]`" in route
    assert "| `-k <int range>` | How many routes, cheapest first. [default: 1; 1<=x<=20] |" in route
    assert "| `--lang <en\\|zh>` |" in route  # a pipe in a cell is escaped, even in code
    assert "| `-h, --help` | Show this message and exit. |" in route
    show = block.split("#### `ecareer show`", 1)[1].split("#### ", 1)[0]
    assert "| Argument | Description |" in show
    # the whole first paragraph, not the shortened one of `ecareer --help`'s list
    assert "report every problem with its place." in block


def test_rendering_ignores_the_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    first = tool.render()
    monkeypatch.setenv("COLUMNS", "40")
    monkeypatch.setenv("TERMINAL_WIDTH", "40")
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert tool.render() == first
    assert "\x1b" not in first


def test_main_rewrites_only_the_block(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    readme = tmp_path / "README.md"
    before, after = "# Title\n\nhand-written\n\n", "\n## Next\n\nmore text\n"
    readme.write_text(f"{before}{tool.START}\nold\n{tool.END}\n{after}", encoding="utf-8")
    assert tool.main(["--check", "--readme", str(readme)]) == 1
    assert "run `python tools/readme_commands.py`" in capsys.readouterr().err
    assert tool.main(["--readme", str(readme)]) == 0
    text = readme.read_text(encoding="utf-8")
    assert text == before + tool.render() + after
    assert tool.main(["--check", "--readme", str(readme)]) == 0
    assert tool.main(["--readme", str(readme)]) == 0
    assert readme.read_text(encoding="utf-8") == text  # idempotent


@pytest.mark.parametrize(
    "text",
    [
        "no markers\n",
        "<!-- commands:end -->\n<!-- commands:start -->\n",
        "x <!-- commands:start -->\n<!-- commands:end -->\n",
    ],
)
def test_main_refuses_broken_markers(tmp_path: Path, text: str) -> None:
    readme = tmp_path / "README.md"
    readme.write_text(text, encoding="utf-8")
    assert tool.main(["--readme", str(readme)]) == 1
    assert readme.read_text(encoding="utf-8") == text


def test_script_runs_from_the_command_line(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text(f"# x\n\n{tool.START}\n{tool.END}\n", encoding="utf-8")
    command = [sys.executable, str(SCRIPT), "--readme", str(readme)]
    stale = subprocess.run([*command, "--check"], capture_output=True, text=True, check=False)
    assert stale.returncode == 1
    assert "stale; run `python tools/readme_commands.py`" in stale.stderr
    subprocess.run(command, capture_output=True, check=True)
    fresh = subprocess.run([*command, "--check"], capture_output=True, text=True, check=False)
    assert fresh.returncode == 0, fresh.stderr
    assert readme.read_text(encoding="utf-8") == f"# x\n\n{tool.render()}"
