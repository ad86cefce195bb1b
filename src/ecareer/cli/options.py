"""Options every command accepts, and the settings they make."""

from __future__ import annotations

import locale
import os
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ecareer.errors import DataError, Exit, UsageError

if TYPE_CHECKING:
    from ecareer.contract.dataset import Dataset


class Lang(StrEnum):
    EN = "en"
    ZH = "zh"


DataOpt = Annotated[
    Path | None,
    typer.Option(
        "--data",
        metavar="DIR",
        help="Use the dataset in this folder instead of the shipped one (env: ECAREER_DATA).",
        show_default=False,
    ),
]
OverlayOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--overlay",
        metavar="DIR",
        help="Layer this folder's skills, roles and paths on top of the data; repeatable "
        "(env: ECAREER_OVERLAY, separated by ':').",
        show_default=False,
    ),
]
LangOpt = Annotated[
    Lang | None,
    typer.Option(
        "--lang",
        help="Language of names and headings (env: ECAREER_LANG; default: from the locale).",
        show_default=False,
        case_sensitive=False,
    ),
]
JsonOpt = Annotated[
    bool, typer.Option("--json", help="Print one JSON document on stdout instead of tables.")
]


def resolve_lang(lang: Lang | None) -> str:
    if lang is not None:
        return lang.value
    env = os.environ.get("ECAREER_LANG", "").strip().lower()
    if env:
        if env not in ("en", "zh"):
            raise UsageError(
                f"ECAREER_LANG={env!r} is not a language ecareer speaks", hint="use en or zh"
            )
        return env
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:
        loc = ""
    return "zh" if loc.lower().startswith("zh") else "en"


@dataclass
class Settings:
    data: Path | None = None
    overlays: list[Path] = field(default_factory=list)
    lang: str = "en"
    json: bool = False
    _dataset: Dataset | None = None

    def dataset(self) -> Dataset:
        """The validated dataset, or a DataError listing every problem."""
        if self._dataset is None:
            from ecareer.cli.sources import data_folders
            from ecareer.store.cache import load

            folders = data_folders(self.data, self.overlays)
            # from the compiled copy in the user cache when the data files are unchanged
            ds, problems = load(folders)
            if ds is None:
                raise DataError(
                    "the data does not validate; run `ecareer validate` for details",
                    problems,
                    Exit.FAILED,
                )
            self._dataset = ds
        return self._dataset


def settings(
    data: Path | None, overlays: list[Path] | None, lang: Lang | None, json: bool
) -> Settings:
    return Settings(data, list(overlays or []), resolve_lang(lang), json)
