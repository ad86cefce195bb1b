"""The Typer application and its one error boundary."""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import typer
from typer._click.exceptions import UsageError as ClickUsageError
from typer.core import TyperGroup

from ecareer import __version__
from ecareer.cli.lang import h, install_help_words, say
from ecareer.errors import DataError, EcareerError, Exit, Terminated


def report(error: EcareerError) -> None:
    """Print a project error to stderr: the message, every problem, then the hint."""
    from ecareer.cli.messages import describe
    from ecareer.render.escape import clean

    message, hint = describe(error)
    lines = [say("error", message=clean(message, one_line=False))]
    if isinstance(error, DataError):
        from ecareer.cli.lang import current
        from ecareer.render.problems import text

        lines.append(text(error.problems, [], current()).rstrip("\n").rsplit("\n", 1)[0])
    if hint:
        lines.append(say("hint", hint=clean(hint, one_line=False)))
    sys.stderr.write("\n".join(line for line in lines if line) + "\n")


class Boundary(TyperGroup):
    """Turns every :class:`EcareerError` into a message on stderr and its exit code."""

    def make_context(self, info_name: str | None, args: list[str], *rest: Any, **kw: Any) -> Any:
        # the eager options run here, before invoke: --help or --version onto a closed or
        # full stdout, --install-completion into an rc file that is a folder
        self._argv = list(args)  # the language of click's own errors: ecareer.cli.usage
        try:
            return super().make_context(info_name, args, *rest, **kw)
        except ClickUsageError as error:
            from ecareer.cli.usage import localise

            localise(error, self._argv)
            raise
        except OSError as error:
            if error.errno in _OUTPUT_ERRORS and not error.filename:
                raise  # stdout: ecareer.__main__ says so
            from ecareer.load.files import shown_path
            from ecareer.render.escape import clean

            reason = (error.strerror or type(error).__name__).lower()
            where = clean(shown_path(Path(error.filename))) if error.filename else say("a_file")
            message = say("cannot_write_file", where=where, reason=reason)
            sys.stderr.write(say("error", message=message) + "\n")
            raise typer.Exit(int(Exit.FAILED)) from None

    def invoke(self, ctx: Any) -> Any:
        _sane_columns()
        try:
            with signals_as_interrupts():
                return super().invoke(ctx)
        except EcareerError as error:
            report(error)
            raise typer.Exit(int(error.exit_code)) from None
        except ClickUsageError as error:
            from ecareer.cli.usage import localise

            localise(error, getattr(self, "_argv", ()))
            raise
        except Terminated as stop:
            sys.stderr.write(say("terminated", signal=signal_name(stop.signum)) + "\n")
            raise typer.Exit(stop.exit_code) from None
        except KeyboardInterrupt:
            sys.stderr.write(say("interrupted") + "\n")
            raise typer.Exit(int(Exit.INTERRUPTED)) from None
        except BrokenPipeError:
            # the reader went away (`ecareer roles | head`): not an error worth a traceback
            _silence_stdout()
            raise typer.Exit(int(Exit.OK)) from None
        except OSError as error:
            if error.errno not in _OUTPUT_ERRORS:
                raise
            # stdout is a full disk, a broken device...: say so once, on stderr
            from ecareer.cli.messages import OUTPUTS, cannot_write

            _silence_stdout()
            what = say(OUTPUTS.get(ctx.invoked_subcommand or "", "output_any"))
            sys.stderr.write(say("error", message=cannot_write(what, "stdout", error)) + "\n")
            raise typer.Exit(int(Exit.FAILED)) from None


_OUTPUT_ERRORS = {
    errno.ENOSPC,
    errno.EIO,
    errno.EDQUOT,
    errno.EFBIG,
    errno.EPIPE,
    errno.EBADF,  # stdout was closed (`>&-`): see ecareer.__main__
    errno.EAGAIN,  # a non-blocking stdout that stays full
}

#: The signals that end a run like Ctrl-C does (temporary files removed), exiting 128 + N.
SIGNALS = ("SIGTERM", "SIGHUP")


def signal_name(signum: int) -> str:
    import signal

    try:
        return signal.Signals(signum).name
    except ValueError:
        return f"signal {signum}"


def _raise_terminated(signum: int, frame: object) -> None:
    raise Terminated(signum)


@contextlib.contextmanager
def signals_as_interrupts() -> Iterator[None]:
    """While the command runs, SIGTERM and SIGHUP raise :class:`Terminated`, so the cleanup
    that Ctrl-C gets (:mod:`ecareer.store.atomic`) runs for them too."""
    import signal

    saved = []
    for name in SIGNALS:
        number = getattr(signal, name, None)
        if number is None:
            continue
        with contextlib.suppress(ValueError, OSError):  # not the main thread: leave them
            saved.append((number, signal.signal(number, _raise_terminated)))
    try:
        yield
    finally:
        for number, previous in saved:
            with contextlib.suppress(ValueError, OSError, TypeError):
                signal.signal(number, previous)


#: The width when COLUMNS is not a number (or 0), and the least width anything is drawn at
#: (below 60 columns tables print as blocks of "key: value" lines: render.tables)
DEFAULT_COLUMNS = 80
MIN_COLUMNS = 20


def _sane_columns() -> None:
    """COLUMNS=0 made Rich print nothing and COLUMNS=1..3 dropped characters: a value that
    is not a width falls back to 80, and a narrower one than 20 is raised to 20."""
    for name in ("COLUMNS",):
        raw = os.environ.get(name)
        if raw is None:
            continue
        text = raw.strip()
        width = int(text) if text.isdigit() and len(text) <= 5 else 0
        if width <= 0:
            os.environ[name] = str(DEFAULT_COLUMNS)
        elif width < MIN_COLUMNS:
            os.environ[name] = str(MIN_COLUMNS)


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


app = typer.Typer(
    name="ecareer",
    cls=Boundary,
    help=h("help_app"),
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
install_help_words()  # click's own words (Usage, Options) in the help language


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"ecareer {__version__}\n")
        raise typer.Exit()


def _lang(value: str | None) -> str | None:
    from ecareer.cli.lang import guess, set_before_command, set_current

    chosen = value.strip().lower() if value else None
    if chosen not in (None, "en", "zh"):
        raise typer.BadParameter(f"{value!r}: en | zh")
    set_before_command(chosen)
    set_current(chosen or guess([], os.environ))  # each run anew (tests run many in-process)
    return chosen


@app.callback(help=h("help_app"))
def _root(
    version: bool = typer.Option(
        False,
        "--version",
        "-V",
        help=h("opt_version"),
        callback=_version,
        is_eager=True,
    ),
    lang: str | None = typer.Option(
        None,
        "--lang",
        metavar="<en|zh>",
        help=h("opt_lang_root"),
        show_default=False,
        callback=_lang,
        is_eager=True,
    ),
) -> None:
    """Career paths and skill gaps for e-commerce jobs, in English and Chinese.

    Example: ecareer gap --from ops-specialist --to ops-director
    """
