"""Options every command accepts, and the settings they make."""

from __future__ import annotations

import locale
import os
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ecareer.contract.vocab import Family
from ecareer.errors import DataError, Exit, UsageError

if TYPE_CHECKING:
    from ecareer.advise.gap import Origin
    from ecareer.advise.moves import Constraints
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


def named(ds: Dataset, word: str, option: str, kind: str = "role") -> str:
    """The id of the role (or skill) given to ``option``; an unknown one says which option."""
    from ecareer.advise.lookup import resolve
    from ecareer.errors import UnknownName

    try:
        return resolve(ds, word, kind)
    except UnknownName as error:
        error.option = option
        raise


# --- the options of the commands that advise ---------------------------------------------


def complete_role(incomplete: str) -> list[str]:
    """Shell completion of role ids (quietly nothing when the data does not load)."""
    try:
        ds = Settings().dataset()
    except Exception:  # completion must never print a traceback into the shell
        return []
    return sorted(rid for rid in ds.roles if rid.startswith(incomplete))


FromOpt = Annotated[
    str | None,
    typer.Option(
        "--from",
        metavar="ROLE",
        help="Current role: id, English or Chinese name, or alias.",
        autocompletion=complete_role,
        show_default=False,
    ),
]
ProfileOpt = Annotated[
    Path | None,
    typer.Option(
        "--profile",
        "-p",
        metavar="FILE",
        help="Personal profile YAML (role: and skills: id to level).",
        show_default=False,
    ),
]


ToOpt = Annotated[
    str | None,
    typer.Option(
        "--to",
        metavar="ROLE",
        help="Target role.",
        autocompletion=complete_role,
        show_default=False,
    ),
]
FamilyOpt = Annotated[
    Family | None, typer.Option("--family", help="Only this family.", show_default=False)
]
ViaOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--via", metavar="ROLE", help="Pass through this role; repeatable.", show_default=False
    ),
]
AvoidOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--avoid",
        metavar="ROLE",
        help="Never pass through this role; repeatable.",
        show_default=False,
    ),
]
MaxStepsOpt = Annotated[
    int | None,
    typer.Option("--max-steps", min=1, help="At most this many moves.", show_default=False),
]
PromotionsOnlyOpt = Annotated[
    bool, typer.Option("--promotions-only", help="Use promotions only, no lateral moves.")
]
SimilarOpt = Annotated[
    bool, typer.Option("--similar", help="Also take inferred moves between similar roles.")
]


def route_constraints(
    ds: Dataset,
    start: str,
    target: str,
    via: list[str] | None,
    avoid: list[str] | None,
    max_steps: int | None,
    promotions_only: bool,
    similar: bool,
) -> Constraints:
    """The route options, with every role named resolved to its id."""
    from ecareer.advise.moves import Constraints

    vias = tuple(named(ds, v, "--via") for v in via or [])
    avoids = frozenset(named(ds, a, "--avoid") for a in avoid or [])
    for end in (start, target):
        if end in avoids:
            raise UsageError(f"--avoid {end} names the start or the target of the route")
    return Constraints(vias, avoids, max_steps, promotions_only, similar)


def origin_of(s: Settings, ds: Dataset, start: str | None, profile: Path | None) -> Origin:
    from ecareer.advise.gap import origin

    prof = None
    if profile is not None:
        # only with --profile: it loads Pydantic and the YAML loader, which cost start-up time
        from ecareer.validate.profile import load_profile

        prof = load_profile(profile, ds)
    if start is None and prof is None:
        raise UsageError("give --from ROLE or --profile FILE")
    rid = named(ds, start, "--from") if start is not None else None
    return origin(ds, rid, prof)


class By(StrEnum):
    HOURS = "hours"
    TIME = "time"


HoursPerWeekOpt = Annotated[
    float,
    typer.Option(
        "--hours-per-week",
        metavar="H",
        help="Study hours a week you can give, above 0 and at most 80: sets how long each "
        "move takes (the longest of its years in post, its study at H a week, its practice).",
    ),
]
ByOpt = Annotated[
    By,
    typer.Option(
        "--by",
        help="What the best route minimises: study hours, or total time at --hours-per-week.",
        case_sensitive=False,
    ),
]
