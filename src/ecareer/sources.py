"""Where the data comes from: the shipped data, ``--data`` and ``--overlay`` folders."""

from __future__ import annotations

import os
from collections.abc import Sequence
from importlib import resources
from pathlib import Path


def shipped_data() -> Path:
    """The data folder that ships inside the package (or the repository's, when editable)."""
    packaged = resources.files("ecareer") / "data"
    if packaged.is_dir() and (packaged / "roles.yaml").is_file():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "data"


def shipped_schemas() -> Path:
    packaged = resources.files("ecareer") / "schemas"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "schemas"


def data_folders(data: Path | None, overlays: Sequence[Path] = ()) -> list[Path]:
    """Base folder first, then overlays. ``ECAREER_DATA`` / ``ECAREER_OVERLAY`` are defaults."""
    if data is None and os.environ.get("ECAREER_DATA"):
        data = Path(os.environ["ECAREER_DATA"])
    if not overlays and os.environ.get("ECAREER_OVERLAY"):
        overlays = [Path(p) for p in os.environ["ECAREER_OVERLAY"].split(os.pathsep) if p]
    return [data or shipped_data(), *overlays]
