"""The Typer application and its one error boundary."""

from __future__ import annotations

import errno
import os
import sys
from typing import Any

import typer
from typer.core import TyperGroup

from ecareer import __version__
from ecareer.errors import DataError, EcareerError, Exit


def report(error: EcareerError) -> None:
    """Print a project error to stderr: the message, every problem, then the hint."""
    from ecareer.cli.messages import describe
    from ecareer.render.escape import clean

    message, hint = describe(error)
    lines = [f"error: {clean(message, one_line=False)}"]
    if isinstance(error, DataError):
        from ecareer.render.problems import text

        lines.append(text(error.problems, []).rstrip("\n").rsplit("\n", 1)[0])
    if hint:
        lines.append(f"hint: {clean(hint, one_line=False)}")
    sys.stderr.write("\n".join(line for line in lines if line) + "\n")


class Boundary(TyperGroup):
    """Turns every :class:`EcareerError` into a message on stderr and its exit code."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except EcareerError as error:
            report(error)
            raise typer.Exit(int(error.exit_code)) from None
        except KeyboardInterrupt:
            sys.stderr.write("interrupted\n")
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
            what = OUTPUTS.get(ctx.invoked_subcommand or "", "the output")
            sys.stderr.write(f"error: {cannot_write(what, 'stdout', error)}\n")
            raise typer.Exit(int(Exit.FAILED)) from None


_OUTPUT_ERRORS = {errno.ENOSPC, errno.EIO, errno.EDQUOT, errno.EFBIG, errno.EPIPE}


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
    help="Career paths and skill gaps for e-commerce jobs, in English and Chinese.\n\n"
    "Example: ecareer gap --from ops-specialist --to ops-director",
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"ecareer {__version__}\n")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False,
        "--version",
        "-V",
        help="Print the version and exit.",
        callback=_version,
        is_eager=True,
    ),
) -> None:
    """Career paths and skill gaps for e-commerce jobs, in English and Chinese.

    Example: ecareer gap --from ops-specialist --to ops-director
    """
