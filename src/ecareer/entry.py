"""The console script: imports the CLI inside the Ctrl-C guard, so even an interrupt during
start-up exits 130 with one line instead of a traceback."""

from __future__ import annotations

import sys


def main() -> None:
    try:
        from ecareer.cli import main as cli_main

        cli_main()
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        sys.exit(130)
