"""Errors into words: the message, the hint and the exit code of every error the user can fix.

The core raises errors that carry facts (:mod:`ecareer.errors`); this is the one place that
turns them into sentences, names the options a user typed, and picks the exit code. The
error boundary (:mod:`ecareer.cli.app`) prints what :func:`describe` returns.
"""

from __future__ import annotations

from ecareer.errors import EcareerError, NoRoute, OutOfRange, PlanTooLong, UnknownName

#: The option of each quantity the core checks.
OPTIONS = {"hours_per_week": "--hours-per-week"}

#: What each command writes on stdout, for a message when stdout fails.
OUTPUTS = {"plan": "the plan"}

#: The command that lists each kind of name.
LISTINGS = {"role": "ecareer roles", "skill": "ecareer skills"}


def describe(error: EcareerError) -> tuple[str, str]:
    """(message, hint) for ``error``, in the words of the command line."""
    if isinstance(error, UnknownName):
        return _unknown(error)
    if isinstance(error, NoRoute):
        return _no_route(error)
    if isinstance(error, OutOfRange):
        option = OPTIONS.get(error.quantity, error.quantity)
        return (
            f"{option} {_given(error.value)} is out of range: give more than {error.low:g} "
            f"and at most {error.high:g}",
            "a usual pace is 5 to 15 hours a week" if error.quantity == "hours_per_week" else "",
        )
    if isinstance(error, PlanTooLong):
        return (
            f"at {_given(error.hours_per_week)} hours a week the plan would take {error.months} "
            f"months (more than {error.limit // 12} years)",
            f"raise {OPTIONS['hours_per_week']}",
        )
    return error.message, error.hint


def _given(value: float) -> str:
    """A number as given: short when that is exact, else every digit (80.0000001, not 80)."""
    short, exact = f"{value:g}", repr(value)
    try:
        return short if float(short) == value and len(short) <= len(exact) else exact
    except ValueError:
        return short


def _unknown(error: UnknownName) -> tuple[str, str]:
    where = f" (in {error.option})" if error.option else ""
    if error.kind == "item":
        near = error.near[:4]
        hint = ("did you mean " + " or ".join(near) + "? ") if near else ""
        return (
            f"unknown role or skill {error.word!r}{where}",
            hint + f"`{LISTINGS['role']}` lists roles",
        )
    hint = "did you mean " + " or ".join(error.near) + "? " if error.near else ""
    return (
        f"unknown {error.kind} {error.word!r}{where}",
        hint + f"`{LISTINGS[error.kind]}` lists them all",
    )


_REASONS = {
    "avoid": "every route passes through a role given to --avoid",
    "promotions-only": "every route needs a lateral move (--promotions-only)",
    "via": "no route passes through every role given to --via",
    "combined": "the options together cut every route",
}


def _no_route(error: NoRoute) -> tuple[str, str]:
    if "unreachable" in error.reasons:
        hint = (
            "" if error.similar else "try --similar to allow inferred moves between similar roles"
        )
        return (
            f"no route: {error.target!r} cannot be reached from {error.start!r} by any chain "
            "of moves",
            hint,
        )
    reasons = []
    for reason in error.reasons:
        if reason == "max-steps":
            reasons.append(
                f"every route takes at least {error.least_steps} steps "
                f"(--max-steps {error.max_steps})"
            )
        else:
            reasons.append(_REASONS[reason])
    return "no route: " + "; ".join(reasons), "loosen the options"


def cannot_write(what: str, where: str, error: OSError) -> str:
    """The message for output that could not be written."""
    reason = (error.strerror or type(error).__name__).lower()
    return f"cannot write {what} to {where}: {reason}"
