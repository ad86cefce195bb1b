"""The parsing floor: PyYAML's C loader alone on a dataset's three files.

    python benchmarks/yaml_load.py DATA_FOLDER

``ecareer validate`` parses the same bytes, then validates, checks and indexes them; its
target is a ratio to this program's wall time.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml


def main() -> None:
    folder = Path(sys.argv[1])
    for name in ("skills", "roles", "paths"):
        with open(folder / f"{name}.yaml", "rb") as handle:
            yaml.load(handle, Loader=yaml.CSafeLoader)


if __name__ == "__main__":
    main()
