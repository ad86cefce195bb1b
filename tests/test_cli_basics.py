from __future__ import annotations

import subprocess
import sys

import pytest

from ecareer import __version__
from ecareer.cli import app

from conftest import FIXTURES, run

COMMANDS = sorted(c.name or c.callback.__name__ for c in app.registered_commands if c.callback)


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout == f"ecareer {__version__}\n"


def test_python_dash_m_works_the_same() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "ecareer", "--version"], capture_output=True, text=True, check=True
    )
    assert out.stdout == f"ecareer {__version__}\n"


def test_no_arguments_prints_short_help() -> None:
    # the README's exit codes: `ecareer` alone prints short help and exits 2
    result = run()
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("Usage: ecareer ")
    listed = result.stderr.split("\nCommands:\n", 1)[1].split()
    for command in COMMANDS:
        assert command in listed


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("flag", ["-h", "--help"])
def test_every_command_has_help_with_an_example(command: str, flag: str) -> None:
    result = run(command, flag)
    assert result.exit_code == 0
    assert f"Usage: ecareer {command}" in result.stdout
    assert "Example:" in result.stdout


def test_mistyped_command_suggests_the_right_one() -> None:
    result = run("validat")
    assert result.exit_code == 2
    assert "validate" in result.stderr


def test_every_rule_code_is_documented() -> None:
    from ecareer.contract.problems import RULES

    from conftest import ROOT

    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    for code, (name, _) in RULES.items():
        assert f"| {code} | {name} |" in text


def test_shell_completion_completes_role_ids() -> None:
    import os

    env = {
        **os.environ,
        "_ECAREER_COMPLETE": "complete_bash",
        "COMP_WORDS": "ecareer gap --from ops-sp",
        "COMP_CWORD": "3",
    }
    out = subprocess.run(
        [sys.executable, "-m", "ecareer"], env=env, capture_output=True, text=True, check=False
    )
    assert "ops-specialist" in out.stdout.split()
    assert "ops-director" not in out.stdout.split()


def test_validate_json_flag_is_format_json() -> None:
    flag = run("validate", "--json")
    assert flag.exit_code == 0
    assert flag.json()["valid"] is True
    assert flag.stdout == run("validate", "--format", "json").stdout
    broken = ("validate", "--data", FIXTURES / "bad" / "E102-unknown-skill")
    assert run(*broken, "--json").stdout == run(*broken, "--format", "json").stdout
