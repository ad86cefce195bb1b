"""Errors into words: the message, the hint and the exit code of every error the user can fix.

The core raises errors that carry facts (:mod:`ecareer.errors`); this is the one place that
turns them into sentences, names the options a user typed, and picks the exit code. The
error boundary (:mod:`ecareer.cli.app`) prints what :func:`describe` returns.
"""

from __future__ import annotations

from ecareer.cli.lang import current, say
from ecareer.errors import DataError, EcareerError, NoRoute, OutOfRange, PlanTooLong, UnknownName

#: The option of each quantity the core checks.
OPTIONS = {"hours_per_week": "--hours-per-week"}

#: What each command writes on stdout (a catalogue key), for a message when stdout fails.
OUTPUTS = {"plan": "output_plan"}

#: The command that lists each kind of name.
LISTINGS = {"role": "ecareer roles", "skill": "ecareer skills"}


def describe(error: EcareerError) -> tuple[str, str]:
    """(message, hint) for ``error``, in the words of the command line and its language."""
    if isinstance(error, UnknownName):
        return _unknown(error)
    if isinstance(error, NoRoute):
        return _no_route(error)
    if isinstance(error, OutOfRange):
        option = OPTIONS.get(error.quantity, error.quantity)
        return (
            say(
                "out_of_range",
                option=option,
                value=_given(error.value),
                low=f"{error.low:g}",
                high=f"{error.high:g}",
            ),
            say("usual_pace") if error.quantity == "hours_per_week" else "",
        )
    if isinstance(error, PlanTooLong):
        return (
            say(
                "plan_too_long",
                hours=_given(error.hours_per_week),
                months=error.months,
                years=error.limit // 12,
            ),
            say("raise_option", option=OPTIONS["hours_per_week"]),
        )
    if isinstance(error, DataError) and error.said is not None:
        return error.said.text(current()), error.hint
    return error.message, error.hint


def _did_you_mean(near: tuple[str, ...] | list[str], names: dict[str, tuple[str, str]]) -> str:
    if not near:
        return ""
    shown = [_named(ident, names) for ident in near]
    if current() == "zh" and len(shown) > 2:  # 甲、乙或丙
        return say("did_you_mean", names=say("list_sep").join(shown[:-1]) + say("or") + shown[-1])
    return say("did_you_mean", names=say("or").join(shown))


def _named(ident: str, names: dict[str, tuple[str, str]]) -> str:
    """An id as the reader knows it: in Chinese the Chinese name, with the id to type."""
    if current() == "zh" and ident in names and names[ident][1] != ident:
        return say("name_and_id", name=names[ident][1], id=ident)
    return ident


def _given(value: float) -> str:
    """A number as given: short when that is exact, else every digit (80.0000001, not 80)."""
    short, exact = f"{value:g}", repr(value)
    try:
        return short if float(short) == value and len(short) <= len(exact) else exact
    except ValueError:
        return short


#: The most candidates an ambiguous name lists (the rest are counted).
CANDIDATES_AT_MOST = 10


def _unknown(error: UnknownName) -> tuple[str, str]:
    where = say("in_option", option=error.option) if error.option else ""
    if error.ambiguous:
        shown = say("list_sep").join(
            _named(ident, error.names) for ident in error.near[:CANDIDATES_AT_MOST]
        )
        more = len(error.near) - CANDIDATES_AT_MOST
        names = say("candidates_more", names=shown, n=more) if more > 0 else shown
        command = LISTINGS.get(error.kind, LISTINGS["role"])
        return (
            say(f"ambiguous_{error.kind}", word=error.word, where=where),
            say("candidates", names=names) + say("lists_all", command=command),
        )
    if error.kind == "item":
        return (
            say("unknown_item", word=error.word, where=where),
            _did_you_mean(error.near[:4], error.names)
            + say("lists_roles", command=LISTINGS["role"]),
        )
    return (
        say(f"unknown_{error.kind}", word=error.word, where=where),
        _did_you_mean(error.near, error.names) + say("lists_all", command=LISTINGS[error.kind]),
    )


def _no_route(error: NoRoute) -> tuple[str, str]:
    if "unreachable" in error.reasons:
        hint = "" if error.similar else say("try_similar")
        return say("no_route_unreachable", target=error.target, start=error.start), hint
    reasons = []
    for reason in error.reasons:
        if reason == "max-steps":
            reasons.append(say("reason_max-steps", least=error.least_steps, max=error.max_steps))
        else:
            reasons.append(say(f"reason_{reason}"))
    return say("no_route", reasons=say("reasons_sep").join(reasons)), say("loosen")


def cannot_write(what: str, where: str, error: OSError) -> str:
    """The message for output that could not be written."""
    reason = (error.strerror or type(error).__name__).lower()
    return say("cannot_write", what=what, where=where, reason=reason)
