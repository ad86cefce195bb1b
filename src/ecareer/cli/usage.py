"""Click's own usage errors (an unknown option, a missing value, a value that does not parse,
an unknown command) in the language of the command line, and in the shape of ecareer's other
errors: the usage line, ``error: …`` and ``hint: …``.

Click raises them while it parses, before any ecareer code runs, and prints them itself
(``Error: No such option: --frm``). :class:`ecareer.cli.app.Boundary` hands each one to
:func:`localise`, which replaces the exception's ``show`` with :func:`show`; the exit code
stays click's (2). The message is rebuilt from the exception's attributes (option name,
possibilities, parameter) where click keeps them, and from the few fixed sentences of click,
Typer and Pydantic otherwise; a sentence this module does not know is shown as click wrote it.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Sequence
from typing import IO, Any

from typer._click import exceptions as click_errors

from ecareer.cli.lang import guess, tr
from ecareer.render.escape import clean

UsageError = click_errors.UsageError


class BadChoice(click_errors.BadParameter):
    """A value that is none of an option's choices (``--level 超级``): the message is made
    when it is shown, in the language of the whole command line (an option's value may be
    parsed before a later ``--lang``)."""

    def __init__(self, value: str, choices: Sequence[tuple[str, str]]) -> None:
        self.value = value
        self.choices = tuple(choices)
        super().__init__(self.reason("en"))

    def reason(self, lang: str) -> str:
        shown = tr("list_sep", lang).join(f"{value} ({zh})" for value, zh in self.choices)
        return tr("bad_choice", lang, value=self.value, choices=shown)


#: Sentences inside a bad value's message (Typer's coercion, Pydantic, our own choices):
#: pattern -> catalogue key; the named groups are the key's values.
_REASONS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), key)
    for pattern, key in (
        (r"^Input should be a valid integer", "usage_not_integer"),
        (r"^Input should be a valid number", "usage_not_number"),
        (r"^Input should be greater than or equal to (?P<n>\S+?)\.?$", "usage_at_least"),
        (r"^Input should be less than or equal to (?P<n>\S+?)\.?$", "usage_at_most"),
        (r"^Input should be greater than (?P<n>\S+?)\.?$", "usage_more_than"),
        (r"^Input should be less than (?P<n>\S+?)\.?$", "usage_less_than"),
        (
            r"^(?:Value error, )?(?P<value>.+?) is not one of (?P<choices>.+?)\.?$",
            "usage_not_one_of",
        ),
        (r"^Value (?P<value>.+?) is not a valid (?P<kind>\w+)\.?$", "usage_not_valid"),
    )
)

_EXTRA = re.compile(r"^Got unexpected extra argument(?:s|\(s\))? \((?P<args>.*)\)$", re.S)
_NO_COMMAND = re.compile(r"^No such command (?P<name>.+?)\.(?: Did you mean (?P<maybe>.+)\?)?$")
_NEEDS = re.compile(r"requires (?:an argument|(?P<n>\d+) arguments)")


def localise(error: click_errors.ClickException, argv: Sequence[str]) -> None:
    """Make ``error`` print itself through :func:`show`, in the language ``argv`` and the
    environment ask for."""
    lang = guess(argv, os.environ)
    shower: Callable[..., None] = lambda file=None: show(error, lang, file)  # noqa: E731
    error.show = shower  # type: ignore[method-assign]


def show(error: click_errors.ClickException, lang: str, file: IO[str] | None = None) -> None:
    out = file if file is not None else sys.stderr
    ctx = getattr(error, "ctx", None)
    try:
        message, hint = explain(error, lang)
    except Exception:  # an attribute this Typer release lacks: click's own words, as they are
        message, hint = error.format_message(), ""
    lines = []
    if ctx is not None:
        lines.append(_usage(ctx, lang))
    lines.append(tr("error", lang, message=clean(message, one_line=False)))
    help_hint = _help_hint(ctx, lang)
    hint = ("" if lang == "zh" else " ").join(part for part in (hint, help_hint) if part)
    if hint:
        lines.append(tr("hint", lang, hint=clean(hint, one_line=False)))
    out.write("\n".join(lines) + "\n")
    out.flush()


def explain(error: click_errors.ClickException, lang: str) -> tuple[str, str]:
    """The message and the hint (without the pointer to ``-h``) of a usage error."""
    if isinstance(error, click_errors.NoSuchOption):
        names = sorted(error.possibilities or ())
        maybe = tr("did_you_mean", lang, names=_or(names, lang)).strip() if names else ""
        return tr("usage_no_option", lang, option=error.option_name), maybe
    if isinstance(error, click_errors.BadOptionUsage):
        needs = _NEEDS.search(error.message)
        if needs and needs.group("n"):
            return tr("usage_needs_values", lang, option=error.option_name, n=needs["n"]), ""
        if needs:
            return tr("usage_needs_value", lang, option=error.option_name), ""
        if "does not take a value" in error.message:
            return tr("usage_no_value", lang, option=error.option_name), ""
        return error.format_message(), ""
    if isinstance(error, click_errors.MissingParameter):
        return tr("usage_missing", lang, option=_param(error)), ""
    if isinstance(error, click_errors.BadParameter):
        reason = (
            error.reason(lang) if isinstance(error, BadChoice) else reason_text(error.message, lang)
        )
        where = _param(error)
        if not where:
            return tr("usage_bad_value_bare", lang, reason=reason), ""
        return tr("usage_bad_value", lang, option=where, reason=reason), ""
    text = error.message
    extra = _EXTRA.match(text)
    if extra:
        return tr("usage_extra", lang, args=extra["args"]), ""
    command = _NO_COMMAND.match(text)
    if command:
        maybe = command["maybe"]
        names = [name.strip() for name in maybe.split(",")] if maybe else []
        hint = tr("did_you_mean", lang, names=_or(names, lang)).strip() if names else ""
        return tr("usage_no_command", lang, name=command["name"]), hint
    if text.strip() == "Missing command.":
        return tr("usage_missing_command", lang), ""
    return text, ""


def reason_text(message: str, lang: str) -> str:
    """Why a value was refused, in ``lang`` when the sentence is one this module knows."""
    first = message.strip()
    for pattern, key in _REASONS:
        found = pattern.match(first)
        if found:
            values = found.groupdict()
            if "choices" in values:
                values["choices"] = _list(values["choices"], lang)
            return tr(key, lang, **values)
    return first


def _param(error: click_errors.BadParameter) -> str:
    """The option as typed on the command line (``--from`` or ``--format / -f``)."""
    hint: Any = error.param_hint
    if hint is None and error.param is not None:
        hint = getattr(error.param, "opts", None) or [error.param.name or ""]
    if hint is None:
        return ""
    if isinstance(hint, str):
        return hint
    return " / ".join(str(h) for h in hint)


def _usage(ctx: Any, lang: str) -> str:
    """``Usage: ecareer gap [OPTIONS]`` with the prefix in ``lang`` (the help pages' prefix
    follows the language guessed at start-up, which an in-process run may not share)."""
    try:
        pieces = " ".join(ctx.command.collect_usage_pieces(ctx))
        return f"{tr('click_usage', lang)}{ctx.command_path} {pieces}".rstrip()
    except Exception:  # click's own rendering, as it is
        return str(ctx.get_usage())


def _help_hint(ctx: Any, lang: str) -> str:
    if ctx is None:
        return ""
    try:
        if ctx.command.get_help_option(ctx) is None:
            return ""
        return tr("usage_see_help", lang, command=f"{ctx.command_path} {ctx.help_option_names[0]}")
    except Exception:  # a pointer to the help is a courtesy, never a failure
        return ""


def _or(names: Sequence[str], lang: str) -> str:
    """``a, b or c`` / ``a、b 或 c``."""
    if len(names) <= 1:
        return "".join(names)
    return ("、" if lang == "zh" else ", ").join(names[:-1]) + tr("or", lang) + names[-1]


def _list(choices: str, lang: str) -> str:
    """``'a', 'b', 'c'`` as ``'a', 'b', 'c'`` or ``'a'、'b'、'c'``."""
    if lang != "zh":
        return choices
    return "、".join(part.strip() for part in choices.split(","))
