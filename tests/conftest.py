from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from ecareer.cli import app

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
MINI = FIXTURES / "mini"


@dataclass
class Run:
    exit_code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)


def run(
    *args: str | Path, env: dict[str, str | None] | None = None, input: str | None = None
) -> Run:
    """Invoke the CLI in-process with a pinned terminal: no colour, 100 columns, English.

    A variable given as None in ``env`` is removed for the run.
    """
    base = {"NO_COLOR": "1", "COLUMNS": "100", "TERMINAL_WIDTH": "100", "ECAREER_LANG": "en"}
    runner = CliRunner()
    result = runner.invoke(
        app,
        [str(a) for a in args],
        env={**base, **(env or {})},
        input=input,
        catch_exceptions=False,
    )
    return Run(result.exit_code, result.stdout, result.stderr)


@pytest.fixture
def cli() -> Callable[..., Run]:
    return run


@pytest.fixture
def mini_copy(tmp_path: Path) -> Path:
    """A writable copy of the small fixed dataset."""
    target = tmp_path / "data"
    shutil.copytree(MINI, target)
    return target


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for var in ("ECAREER_DATA", "ECAREER_OVERLAY", "ECAREER_LANG", "FORCE_COLOR"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("ECAREER_CACHE_DIR", str(tmp_path / "cache"))
    os.environ.setdefault("NO_COLOR", "1")
