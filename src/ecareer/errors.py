"""The one family of errors ecareer raises, and the exit codes they map to.

Core code raises these; the CLI catches them in one place (``cli.main``) and turns each into a
message on stderr and an exit code. Anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ecareer.contract.problems import Problem


class Exit(IntEnum):
    """Exit codes, documented in the README."""

    OK = 0
    FAILED = 1  # the data has errors, no route exists, a file would be overwritten
    USAGE = 2  # a bad flag, an unknown id, a profile that does not validate
    INTERRUPTED = 130  # Ctrl-C


class EcareerError(Exception):
    """An error the user can fix; ``str(self)`` is the message, ``hint`` the way out."""

    exit_code: Exit = Exit.FAILED

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class UsageError(EcareerError):
    exit_code = Exit.USAGE


class DataError(EcareerError):
    """The data (or a profile) does not validate; carries every problem found."""

    def __init__(
        self, message: str, problems: list[Problem], exit_code: Exit = Exit.FAILED
    ) -> None:
        super().__init__(message)
        self.problems = problems
        self.exit_code = exit_code


class NoRouteError(EcareerError):
    exit_code = Exit.FAILED
