"""The floor of this stack: a one-command Typer app that prints a ten-row Rich table.

Every start-up target in ``run.py`` is a ratio to this program's wall time, measured side by
side in the same run: it is what any Typer + Rich command costs before it does any work.
"""

from __future__ import annotations

import typer


def main() -> None:
    """Print a ten-row table."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title="Floor")
    table.add_column("id")
    table.add_column("name")
    table.add_column("hours", justify="right")
    for i in range(10):
        table.add_row(f"row-{i}", f"Row {i}", f"{i * 1.5:.1f}")
    Console().print(table)


if __name__ == "__main__":
    typer.run(main)
