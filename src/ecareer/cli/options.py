"""Options every command accepts, and the settings they make."""

from __future__ import annotations

import locale
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer

from ecareer.cli.lang import before_command, from_environment, h, say, set_current
from ecareer.contract.vocab import Dimension, Family, RoleLevel, label
from ecareer.errors import DataError, Exit, UsageError

if TYPE_CHECKING:
    from ecareer.advise.gap import Origin
    from ecareer.advise.moves import Constraints
    from ecareer.contract.dataset import Dataset


E = TypeVar("E", bound=StrEnum)


class Lang(StrEnum):
    EN = "en"
    ZH = "zh"


DataOpt = Annotated[
    Path | None,
    typer.Option(
        "--data",
        metavar="DIR",
        help=h("opt_data"),
        show_default=False,
    ),
]
OverlayOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--overlay",
        metavar="DIR",
        help=h("opt_overlay"),
        show_default=False,
    ),
]
LangOpt = Annotated[
    Lang | None,
    typer.Option(
        "--lang",
        help=h("opt_lang"),
        show_default=False,
        case_sensitive=False,
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help=h("opt_json"))]


def resolve_lang(lang: Lang | None) -> str:
    if lang is not None:
        return lang.value
    if before_command() is not None:
        return str(before_command())
    env = os.environ.get("ECAREER_LANG", "").strip().lower()
    if env:
        if env not in ("en", "zh"):
            raise UsageError(say("bad_lang_env", value=env), hint=say("use_en_zh"))
        return env
    from_locale = from_environment(os.environ)
    if from_locale is not None:
        return from_locale
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
                    say("data_invalid"),
                    problems,
                    Exit.FAILED,
                )
            self._dataset = ds
        return self._dataset


def settings(
    data: Path | None, overlays: list[Path] | None, lang: Lang | None, json: bool
) -> Settings:
    chosen = resolve_lang(lang)
    set_current(chosen)
    return Settings(data, list(overlays or []), chosen, json)


def named(ds: Dataset, word: str, option: str, kind: str = "role") -> str:
    """The id of the role (or skill) given to ``option``; an unknown one says which option."""
    from ecareer.advise.lookup import resolve
    from ecareer.errors import UnknownName

    try:
        return resolve(ds, word, kind)
    except UnknownName as error:
        error.option = option
        raise


def vocab(kind: type[E]) -> Callable[[str], E]:
    """A parser of ``kind``'s values that also takes their English and Chinese labels
    (``--family 运营``, ``--level Senior``), ignoring case, width and spaces."""

    def parse(value: str | E) -> E:
        if isinstance(value, kind):
            return value
        from ecareer.contract.names import normalise

        key = normalise(str(value))
        for member in kind:
            names = (member.value, label(member, "en"), label(member, "zh"))
            if key in (normalise(n) for n in names):
                return member
        from ecareer.cli.usage import BadChoice

        raise BadChoice(str(value), [(m.value, label(m, "zh")) for m in kind])

    return parse


def choices(kind: type[StrEnum]) -> str:
    """The metavar of a vocabulary option: its values, as click shows a choice."""
    return "<" + "|".join(m.value for m in kind) + ">"


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
        help=h("opt_from"),
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
        help=h("opt_profile"),
        show_default=False,
    ),
]


ToOpt = Annotated[
    str | None,
    typer.Option(
        "--to",
        metavar="ROLE",
        help=h("opt_to"),
        autocompletion=complete_role,
        show_default=False,
    ),
]
FamilyOpt = Annotated[
    Family | None,
    typer.Option(
        "--family",
        help=h("opt_family"),
        show_default=False,
        parser=vocab(Family),
        metavar=choices(Family),
    ),
]
LevelOpt = Annotated[
    RoleLevel | None,
    typer.Option(
        "--level",
        help=h("opt_level"),
        show_default=False,
        parser=vocab(RoleLevel),
        metavar=choices(RoleLevel),
    ),
]
DimensionOpt = Annotated[
    Dimension | None,
    typer.Option(
        "--dimension",
        help=h("opt_dimension"),
        show_default=False,
        parser=vocab(Dimension),
        metavar=choices(Dimension),
    ),
]
ViaOpt = Annotated[
    list[str] | None,
    typer.Option("--via", metavar="ROLE", help=h("opt_via"), show_default=False),
]
AvoidOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--avoid",
        metavar="ROLE",
        help=h("opt_avoid"),
        show_default=False,
    ),
]
MaxStepsOpt = Annotated[
    int | None,
    typer.Option("--max-steps", min=1, help=h("opt_max_steps"), show_default=False),
]
PromotionsOnlyOpt = Annotated[
    bool, typer.Option("--promotions-only", help=h("opt_promotions_only"))
]
SimilarOpt = Annotated[bool, typer.Option("--similar", help=h("opt_similar"))]


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
            raise UsageError(say("avoid_end", role=end))
    return Constraints(vias, avoids, max_steps, promotions_only, similar)


def origin_of(s: Settings, ds: Dataset, start: str | None, profile: Path | None) -> Origin:
    from ecareer.advise.gap import origin

    prof = None
    if profile is not None:
        # only with --profile: it loads Pydantic and the YAML loader, which cost start-up time
        from ecareer.validate.profile import load_profile

        prof = load_profile(profile, ds)
    if start is None and prof is None:
        raise UsageError(say("give_from"))
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
        help=h("opt_hours_per_week"),
    ),
]
ByOpt = Annotated[
    By,
    typer.Option(
        "--by",
        help=h("opt_by"),
        case_sensitive=False,
    ),
]
