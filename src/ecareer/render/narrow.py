"""The console of the tables: its width from ``COLUMNS``, and, below a readable width, each
table as blocks of ``key: value`` lines (one record a block) instead of columns one character
wide, so that no word or number is cut in pieces."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

NARROW = 60


def console() -> Console:
    return _Console(highlight=False, markup=False, emoji=False, soft_wrap=False, width=_columns())


def _columns() -> int | None:
    """``COLUMNS`` when it is a sensible width; 80 when it is 0 or not a number; None (Rich
    asks the terminal, else 80) when it is not set."""
    import os

    raw = os.environ.get("COLUMNS")
    if raw is None:
        return None
    try:
        width = int(raw.strip())
    except ValueError:
        return 80
    return width if 0 < width <= 10_000 else 80


class _Console(Console):
    """A console that prints a table as blocks of lines when the terminal is too narrow for
    columns: one record a block, ``header: value``, so no word or number is cut in pieces."""

    def print(self, *objects: Any, **kwargs: Any) -> None:
        if self.width >= NARROW or not any(isinstance(o, Table) for o in objects):
            super().print(*objects, **kwargs)
            return
        for o in objects:
            if isinstance(o, Table):
                for line in blocks(o):
                    super().print(Text(line))
            else:
                super().print(o, **kwargs)


def blocks(table: Table) -> list[str]:
    """The lines of ``table`` as records: the title, ``header: value`` per cell, a blank line
    between records, then the caption. Empty cells are left out."""

    def plain(x: object) -> str:
        return x.plain if isinstance(x, Text) else str(x)

    headers = [plain(c.header) for c in table.columns]
    zh = any(ord(ch) > 0x2E80 for h in headers for ch in h)
    sep = "：" if zh else ": "
    columns = [[plain(cell) for cell in c.cells] for c in table.columns]
    lines = [plain(table.title)] if table.title else []
    for row in zip(*columns, strict=True):
        lines += [f"{h}{sep}{v}" for h, v in zip(headers, row, strict=True) if v.strip()]
        lines.append("")
    if table.caption:
        lines.append(plain(table.caption))
    return lines
