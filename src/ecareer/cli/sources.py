"""Where the data comes from: the shipped data, ``--data`` and ``--overlay`` folders."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

_HERE = Path(__file__).resolve().parents[1]  # the package folder


def _shipped(name: str, marker: str) -> Path:
    """A folder the wheel ships inside the package, or the repository's when editable.

    For a package installed on disk, ``importlib.resources.files("ecareer")`` is this very
    folder, so it is looked at directly (importing importlib.resources costs start-up time);
    importlib.resources is asked only when the package is not a plain folder (a zip import).
    """
    inside = _HERE / name
    if (inside / marker).is_file():
        return inside
    repo = _HERE.parents[1] / name
    if (repo / marker).exists():
        return repo
    from importlib import resources

    return Path(str(resources.files("ecareer") / name))


def shipped_data() -> Path:
    return _shipped("data", "roles.yaml")


def shipped_schemas() -> Path:
    return _shipped("schemas", "roles.schema.json")


def data_folders(data: Path | None, overlays: Sequence[Path] = ()) -> list[Path]:
    """Base folder first, then overlays. ``ECAREER_DATA`` / ``ECAREER_OVERLAY`` are defaults."""
    if data is None and os.environ.get("ECAREER_DATA"):
        data = Path(os.environ["ECAREER_DATA"])
    if not overlays and os.environ.get("ECAREER_OVERLAY"):
        overlays = [Path(p) for p in os.environ["ECAREER_OVERLAY"].split(os.pathsep) if p]
    return [data or shipped_data(), *overlays]
