"""The console script and ``python -m ecareer``.

The CLI is imported inside the Ctrl-C guard, so that even an interrupt during start-up exits
130 with one line instead of a traceback.
"""

from __future__ import annotations

import sys


def main() -> None:
    try:
        from ecareer.cli import main as cli_main

        cli_main()
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        sys.exit(130)


if __name__ == "__main__":
    main()
