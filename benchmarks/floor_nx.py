"""The floor plus ``import networkx``: the baseline of the commands that may build a graph."""

from __future__ import annotations

import networkx  # noqa: F401  (the import is what is measured)
import typer
from floor import main

if __name__ == "__main__":
    typer.run(main)
