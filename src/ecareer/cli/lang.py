"""The language of the command line, decided once, before the commands are registered.

Typer reads the help of every command and option when the command is registered, that is
when :mod:`ecareer.cli` is imported. So the language is guessed here first, from the
arguments (``--lang zh``, ``--lang=zh``), then ``ECAREER_LANG``, then the locale; the help
strings are looked up in that language (:func:`h`). Errors raised before the settings are
made use the same guess; :func:`set_current` records the language a command settled on.
The guess reads only ``sys.argv`` and ``os.environ``: it costs microseconds.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence

from ecareer.contract.say import set_language
from ecareer.render.catalog import STRINGS


def tr(key: str, lang: str, **values: object) -> str:
    """:func:`ecareer.render.i18n.tr`, without importing that module (its Protocol class
    costs a few hundred microseconds at start-up, and help needs only the catalogue)."""
    text = STRINGS[key][1 if lang == "zh" else 0]
    return text.format(**values) if values else text


def from_environment(environ: Mapping[str, str]) -> str | None:
    """The language the locale variables ask for, or None when they say nothing."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(var)
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return None


def guess(argv: Sequence[str], environ: Mapping[str, str]) -> str:
    """``en`` or ``zh``, as the command line will decide it; never raises."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        value = None
        if arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        elif arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
        if value is not None and value.strip().lower() in ("en", "zh"):
            return value.strip().lower()
    env = environ.get("ECAREER_LANG", "").strip().lower()
    if env in ("en", "zh"):
        return env
    return from_environment(environ) or "en"


_current = guess(sys.argv[1:], os.environ)
set_language(_current)


def current() -> str:
    """The language of the running command."""
    return _current


def set_current(lang: str) -> None:
    global _current
    _current = lang
    set_language(lang)


_before_command: str | None = None


def set_before_command(lang: str | None) -> None:
    """``ecareer --lang zh gap``: the --lang given before the command, for every command."""
    global _before_command
    _before_command = lang


def before_command() -> str | None:
    return _before_command


def say(key: str, **values: object) -> str:
    """The catalogue's string ``key`` in the language of the running command."""
    return tr(key, _current, **values)


def h(key: str) -> str:
    """Help text: the catalogue's string ``key`` in the language guessed at start-up."""
    return tr(key, HELP_LANG)


#: The language of the help pages, fixed when the commands are registered.
HELP_LANG = _current


_HELP_WORDS = {
    "Options": "click_options",
    "Arguments": "click_arguments",
    "Commands": "click_commands",
    "Show this message and exit.": "opt_help",
    "Install completion for the current shell.": "opt_install_completion",
    "Show completion for the current shell, to copy it or customize the installation.": (
        "opt_show_completion"
    ),
}


def install_help_words() -> None:
    """Click's and Typer's own words on help pages (``Usage:``, ``Options``, ``[default: 1]``)
    in the help language: a formatter that swaps them, set on the context class click uses.
    Only done for Chinese; English help is click's unchanged."""
    if HELP_LANG == "en":
        return
    import re

    from typer._click.core import Context
    from typer._click.formatting import HelpFormatter

    lang = HELP_LANG
    extras = [
        (re.compile(r"\bdefault: "), tr("click_default", lang, default="")),
        (re.compile(r"\brequired\b"), tr("click_required", lang)),
        (re.compile(r"\benv var: "), tr("click_env", lang, var="")),
    ]

    def words(text: str) -> str:
        key = _HELP_WORDS.get(text)
        if key is not None:
            return tr(key, lang)
        for pattern, replacement in extras:
            text = pattern.sub(replacement, text)
        return text

    class Formatter(HelpFormatter):
        def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
            super().write_usage(prog, args, tr("click_usage", lang) if prefix is None else prefix)

        def write_heading(self, heading: str) -> None:
            self.write(f"{'':>{self.current_indent}}{words(heading)}：\n")

        def write_dl(self, rows: Sequence[tuple[str, str]], *args: object, **kw: object) -> None:
            super().write_dl([(a, words(b)) for a, b in rows], *args, **kw)  # type: ignore[arg-type]

    Context.formatter_class = Formatter
