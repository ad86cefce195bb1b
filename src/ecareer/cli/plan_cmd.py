"""The ``plan`` command: a printable plan for a person and their coach, in Markdown or HTML."""

from __future__ import annotations

import errno
import re
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ecareer.cli.app import app
from ecareer.cli.lang import h, say
from ecareer.cli.options import (
    AvoidOpt,
    By,
    ByOpt,
    DataOpt,
    FromOpt,
    HoursPerWeekOpt,
    LangOpt,
    MaxStepsOpt,
    OverlayOpt,
    ProfileOpt,
    PromotionsOnlyOpt,
    SimilarOpt,
    ToOpt,
    ViaOpt,
    named,
    origin_of,
    route_constraints,
    settings,
)
from ecareer.errors import EcareerError, UsageError

if TYPE_CHECKING:
    from datetime import date


class PlanFormat(StrEnum):
    MD = "md"
    HTML = "html"


class OutputError(EcareerError):
    """The plan could not be written where asked (exit 1); nothing was left behind."""


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_start(text: str | None) -> date:
    """--start as a date (YYYY-MM-DD); today when not given."""
    from datetime import date

    if text is None:
        return date.today()
    from ecareer.advise.plan import LAST_START_YEAR

    try:
        if not _ISO_DATE.fullmatch(text):
            raise ValueError(text)
        day = date.fromisoformat(text)
    except ValueError:
        raise UsageError(say("bad_date", text=text), hint=say("date_format")) from None
    if day.year > LAST_START_YEAR:
        raise UsageError(
            say("start_too_far", text=text, year=date.max.year),
            hint=say("start_too_far_hint", year=LAST_START_YEAR),
        )
    return day


def write_plan(target: Path, text: str, force: bool) -> None:
    """Write through a temporary file and a rename; an existing file needs ``force``.

    Every failure is an :class:`OutputError` naming the file; the file, if it was there, is
    left as it was and no temporary file stays behind (see :mod:`ecareer.store.atomic`).
    """

    from ecareer.render.escape import clean
    from ecareer.store.atomic import write_atomic, write_through

    shown = clean(str(target))
    exists = OutputError(say("exists", file=shown), hint=say("give_force"))
    what = say("output_plan")
    try:
        if target.is_dir():
            raise OutputError(say("write_folder", what=what, file=shown))
        folder = target.parent if str(target.parent) else Path(".")
        if not folder.is_dir():
            key = "write_not_folder" if folder.exists() else "write_no_folder"
            raise OutputError(
                say(key, what=what, file=shown, folder=clean(str(folder))),
                hint=say("create_folder"),
            )
        special = _special(target)
        if special is not None:
            if special:
                raise OutputError(say("cannot_write", what=what, where=shown, reason=special))
            write_through(target, text)  # /dev/null, a terminal, a pipe with a reader
            return
        if target.is_symlink():
            target = target.resolve()  # replace the file the link names, not the link
        if (target.exists() or target.is_symlink()) and not force:
            raise exists
        write_atomic(target, text, overwrite=force)
    except FileExistsError:
        raise exists from None
    except OSError as error:
        reason = error.strerror or type(error).__name__
        if isinstance(error, PermissionError):
            reason = say("permission_denied")
        elif error.errno == errno.ENXIO:
            reason = "it is a named pipe that nobody reads"
        raise OutputError(
            say("cannot_write", what=what, where=shown, reason=reason.lower())
        ) from None


def _special(target: Path) -> str | None:
    """None when ``target`` is a regular file (or a link to one) or does not exist: it is
    written atomically. For anything else, "" when the plan may be written into it (a
    terminal, /dev/null, a named pipe: never replaced), else why it is refused."""
    import os
    import stat

    try:
        info = target.stat()  # follows links: /dev/stdout is one
    except FileNotFoundError:
        return None
    mode = info.st_mode
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    if stat.S_ISFIFO(mode):
        return ""
    if stat.S_ISCHR(mode):
        null = os.stat(os.devnull)
        if info.st_rdev == null.st_rdev or _is_terminal(target):
            return ""
        return "it is a device, not a file"
    if stat.S_ISSOCK(mode):
        return "it is a socket, not a file"
    return "it is a device, not a file"


def _is_terminal(target: Path) -> bool:
    import os

    try:
        fd = os.open(target, os.O_WRONLY | os.O_NONBLOCK | os.O_NOCTTY)
    except OSError:
        return False
    try:
        return os.isatty(fd)
    finally:
        os.close(fd)


@app.command(help=h("help_plan"))
def plan(
    start: FromOpt = None,
    to: ToOpt = None,
    profile: ProfileOpt = None,
    hours_per_week: HoursPerWeekOpt = 5.0,
    by: ByOpt = By.HOURS,
    start_date: Annotated[
        str | None,
        typer.Option(
            "--start",
            help=h("opt_start"),
            show_default=False,
        ),
    ] = None,
    person: Annotated[
        str | None,
        typer.Option(
            "--for",
            help=h("opt_for"),
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        PlanFormat | None,
        typer.Option(
            "--format",
            "-f",
            help=h("opt_plan_format"),
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help=h("opt_output"), show_default=False),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help=h("opt_force"))] = False,
    detail: Annotated[bool, typer.Option("--detail", help=h("opt_detail"))] = False,
    via: ViaOpt = None,
    avoid: AvoidOpt = None,
    max_steps: MaxStepsOpt = None,
    promotions_only: PromotionsOnlyOpt = False,
    similar: SimilarOpt = False,
    data: DataOpt = None,
    overlay: OverlayOpt = None,
    lang: LangOpt = None,
) -> None:
    """Make a printable plan to a target role, for a person and their coach.

    Each move gets its time: the longest of its years in post, its study at the given hours a
    week and its practice; the moves follow one another from the start date. The plan has the
    route as a diagram, each move's skills (studied side by side, prerequisites first, or
    practised in post), its milestones, a quarter-by-quarter timeline with each move marked,
    resources and certifications, and boxes to tick; --detail adds every resource and the
    weeks of each skill. Markdown on stdout; with --format html (or -o plan.html) one
    self-contained page to print on A4. An existing -o file is kept
    unless --force is given.

    Example: ecareer plan --from ops-assistant --to ops-director --for "Li Lei" -o plan.html
    """
    from ecareer.advise.levels import for_person
    from ecareer.advise.plan import build_plan, check_pace
    from ecareer.advise.route import Cost, find_routes

    s = settings(data, overlay, lang, False)
    check_pace(hours_per_week)  # before the data is loaded: a typo fails at once
    day = parse_start(start_date)
    if to is None:
        raise UsageError(say("give_to"))
    if output is not None and str(output) == "-":
        output = None
    chosen = fmt or (
        PlanFormat.HTML
        if output is not None and output.suffix.lower() in (".html", ".htm")
        else PlanFormat.MD
    )
    ds = s.dataset()
    who = origin_of(s, ds, start, profile)
    ds = for_person(ds, who.levels)  # any-of requirements: the person's choice
    if who.role is None:
        raise UsageError(say("plan_needs_start"))
    target = named(ds, to, "--to")
    c = route_constraints(ds, who.role, target, via, avoid, max_steps, promotions_only, similar)
    result = find_routes(ds, who.role, target, who.levels, 1, c, Cost(by.value, hours_per_week))
    from ecareer.cli.advise_cmds import note_bound

    note_bound(result.stopped_after, s.lang, result)
    name = person if person is not None else (who.profile_name or "")
    the_plan = build_plan(ds, who, target, result, hours_per_week, day, name.strip())
    if chosen is PlanFormat.HTML:
        from ecareer.render import html

        text = html.plan(ds, the_plan, s.lang, detail)
    else:
        from ecareer.render import markdown

        text = markdown.plan(ds, the_plan, s.lang, detail)
    if output is None:
        sys.stdout.write(text)  # a failing stdout is the error boundary's (cli.app)
        sys.stdout.flush()
    else:
        write_plan(output, text, force)
        from ecareer.render.escape import clean

        sys.stderr.write(say("wrote", file=clean(str(output))) + "\n")
