"""The command line: thin commands that parse arguments, call the core and pick a renderer."""

from __future__ import annotations

from ecareer.cli import advise_cmds as advise_cmds
from ecareer.cli import assess as assess
from ecareer.cli import browse_cmds as browse_cmds
from ecareer.cli import data_cmds as data_cmds
from ecareer.cli import match_cmd as match_cmd
from ecareer.cli import plan_cmd as plan_cmd
from ecareer.cli.app import app


def main() -> None:
    app(prog_name="ecareer")


__all__ = ["app", "main"]
