"""The one family of errors ecareer raises, and the exit codes they map to.

The core (validate, advise) raises errors that carry facts: which name was not found and the
nearest ones, which constraint cut every route, which value is out of which range. It never
writes a sentence with a flag in it: the CLI does, in one place (:mod:`ecareer.cli.messages`),
which also decides the exit code. :class:`UsageError` is for the CLI's own sentences.
Anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING

from ecareer.contract.say import Say

if TYPE_CHECKING:
    from ecareer.contract.problems import Problem


class Exit(IntEnum):
    """Exit codes, documented in the README."""

    OK = 0
    FAILED = 1  # the data has errors, no route exists, a file would be overwritten
    USAGE = 2  # a bad flag, an unknown id, a profile that does not validate
    INTERRUPTED = 130  # Ctrl-C; SIGTERM and SIGHUP exit 128 + the signal (143, 129)


class Terminated(KeyboardInterrupt):
    """SIGTERM or SIGHUP arrived: unwinds like Ctrl-C (temporary files are removed), then
    the process exits 128 + the signal's number."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum

    @property
    def exit_code(self) -> int:
        return 128 + self.signum


class EcareerError(Exception):
    """An error the user can fix; ``str(self)`` is a plain description of it."""

    exit_code: Exit = Exit.FAILED

    def __init__(self, message: str = "", hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class UsageError(EcareerError):
    """A sentence of the CLI's own about how it was called."""

    exit_code = Exit.USAGE


class DataError(EcareerError):
    """The data (or a profile) does not validate; carries every problem found."""

    def __init__(
        self, message: str | Say, problems: list[Problem], exit_code: Exit = Exit.FAILED
    ) -> None:
        #: the message as a sentence of the catalogue, when the core wrote it (the CLI
        #: shows it in the command's language)
        self.said = message if isinstance(message, Say) else None
        super().__init__(message.text("en") if isinstance(message, Say) else message)
        self.problems = problems
        self.exit_code = exit_code


class UnknownName(EcareerError):
    """No role or skill (``kind``: ``role``, ``skill`` or ``item`` for either) is called
    ``word``, or several are (``ambiguous``); ``near`` are the ids nearest to it, or the
    candidates. ``option`` is set by the CLI: where the
    word was given."""

    exit_code = Exit.USAGE

    def __init__(
        self, kind: str, word: str, near: tuple[str, ...], ambiguous: bool = False
    ) -> None:
        super().__init__(f"{'ambiguous' if ambiguous else 'unknown'} {kind} {word!r}")
        self.kind = kind
        self.word = word
        self.near = near
        #: several roles or skills are called ``word`` or contain it: ``near`` lists them all
        self.ambiguous = ambiguous
        self.option: str | None = None
        #: id -> (English, Chinese) name of each id in ``near``, where known
        self.names: dict[str, tuple[str, str]] = {}


class NoRoute(EcareerError):
    """No route from ``start`` to ``target``; ``reasons`` say which constraints cut them all.

    Each reason is one of :data:`REASONS`; ``least_steps`` is the fewest steps any route
    takes (for ``max-steps``), ``similar`` whether inferred similar moves were allowed.
    """

    exit_code = Exit.FAILED
    REASONS = ("unreachable", "avoid", "promotions-only", "max-steps", "via", "combined")

    def __init__(
        self,
        start: str,
        target: str,
        reasons: tuple[str, ...],
        *,
        similar: bool = False,
        least_steps: int | None = None,
        max_steps: int | None = None,
    ) -> None:
        super().__init__(f"no route from {start!r} to {target!r}: {', '.join(reasons)}")
        self.start = start
        self.target = target
        self.reasons = reasons
        self.similar = similar
        self.least_steps = least_steps
        self.max_steps = max_steps


class OutOfRange(EcareerError):
    """``quantity`` (a name of the core's, e.g. ``hours_per_week``) is ``value``, outside
    ``low`` (exclusive) .. ``high`` (inclusive)."""

    exit_code = Exit.USAGE

    def __init__(self, quantity: str, value: float, low: float, high: float) -> None:
        super().__init__(f"{quantity} {value!r} is out of range ({low:g}, {high:g}]")
        self.quantity = quantity
        self.value = value
        self.low = low
        self.high = high


class PlanTooLong(EcareerError):
    """At ``hours_per_week`` the plan would take ``months``, more than ``limit`` months."""

    exit_code = Exit.USAGE

    def __init__(self, hours_per_week: float, months: int, limit: int) -> None:
        super().__init__(f"the plan would take {months} months (limit {limit})")
        self.hours_per_week = hours_per_week
        self.months = months
        self.limit = limit
