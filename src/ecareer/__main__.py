"""The console script and ``python -m ecareer``.

The CLI is imported inside the Ctrl-C guard, so that even an interrupt during start-up exits
130 with one line instead of a traceback. Before anything else the standard streams are made
safe to write to (:func:`prepare_streams`).
"""

from __future__ import annotations

import contextlib
import sys


def prepare_streams() -> None:
    """Make stdout and stderr writable whatever the process inherited.

    * A closed descriptor (``>&-``) is filled with /dev/null, so that no file the command
      opens can take its number; a closed stdout is then a writer that fails with EBADF
      (the error boundary says so and exits 1), a closed stderr swallows the messages (the
      exit code stays the documented one).
    * An inherited O_NONBLOCK on stdout or stderr is cleared: a full pipe would otherwise
      cut the output short with exit 0.
    * Text that the stream's encoding cannot hold (Chinese under ``PYTHONIOENCODING=ascii``
      or the POSIX locale) is written as backslash escapes instead of failing.
    """
    import os

    closed = []
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            closed.append(fd)
    for fd in closed:
        try:
            got = os.open(os.devnull, os.O_RDWR)
        except OSError:
            continue
        if got != fd:
            os.dup2(got, fd)
            os.close(got)
    if 1 in closed:
        sys.stdout = _ClosedStdout()
    if 2 in closed:
        sys.stderr = open(  # noqa: SIM115 (the process's stderr: open until it exits)
            2, "w", encoding="utf-8", errors="backslashreplace", closefd=False
        )
    for fd in (1, 2):
        if fd in closed:
            continue
        with contextlib.suppress(OSError, AttributeError):
            os.set_blocking(fd, True)
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="backslashreplace")


class _ClosedStdout:
    """What ``sys.stdout`` is when the process started with stdout closed: every write fails
    as writing to a closed descriptor does, so the output is never lost silently."""

    encoding = "utf-8"
    errors = "backslashreplace"

    def write(self, text: str) -> int:
        import errno
        import os

        raise OSError(errno.EBADF, os.strerror(errno.EBADF) + " (stdout is closed)")

    def flush(self) -> None:
        pass

    def fileno(self) -> int:
        return 1

    def isatty(self) -> bool:
        return False


def main() -> None:
    prepare_streams()
    try:
        from ecareer.cli import main as cli_main

        cli_main()
    except KeyboardInterrupt as stop:
        from ecareer.cli.lang import say

        sys.stderr.write(say("interrupted") + "\n")
        sys.exit(int(getattr(stop, "exit_code", 130)))
    except OSError as error:
        # --help or --version onto a closed or full stdout (the commands' own output is the
        # error boundary's, ecareer.cli.app)
        from ecareer.cli.app import _OUTPUT_ERRORS, _silence_stdout
        from ecareer.cli.lang import say
        from ecareer.cli.messages import cannot_write

        if error.errno not in _OUTPUT_ERRORS:
            raise
        _silence_stdout()
        message = cannot_write(say("output_any"), "stdout", error)
        sys.stderr.write(say("error", message=message) + "\n")
        sys.exit(1)


if __name__ == "__main__":
    main()
