"""Sentences not yet in a language: a key of the problem catalogue and its values.

The checks (:mod:`ecareer.load`, :mod:`ecareer.validate`) sit below the renderers and never
know the language of the command that runs them, so a problem carries its sentence as a
:class:`Say`; the renderer asks for it in English or Chinese. A value may itself be a
:class:`Say` (a phrase of the catalogue), or a tuple of them (joined in the language's way).
The texts are :data:`ecareer.contract.problem_text.TEXTS`, part of the one catalogue.
"""

from __future__ import annotations

from dataclasses import dataclass

from ecareer.contract.problem_text import TEXTS

#: The language of what the core writes on its own (a warning on stderr), set by the command
#: line when it settles its language (:func:`ecareer.cli.lang.set_current`).
_language = ["en"]


def language() -> str:
    return _language[0]


def set_language(lang: str) -> None:
    _language[0] = lang


@dataclass(frozen=True, slots=True)
class Say:
    key: str
    values: tuple[tuple[str, object], ...] = ()

    def text(self, lang: str = "en") -> str:
        template = TEXTS[self.key][1 if lang == "zh" else 0]
        if not self.values:
            return template
        return template.format(**{name: shown(value, lang) for name, value in self.values})


@dataclass(frozen=True, slots=True)
class Names:
    """Names in a sentence: ``a, b`` / ``a、b`` (``joiner="t_list_sep"``), or ``a or b`` /
    ``a 或 b`` (``"t_or"``); each in backticks when ``code``."""

    items: tuple[str, ...]
    joiner: str = "t_list_sep"
    code: bool = False
    #: the joiner before the last name (``a, b or c``), when it differs
    last: str | None = None

    def text(self, lang: str = "en") -> str:
        i = 1 if lang == "zh" else 0
        shown = [f"`{item}`" if self.code else item for item in self.items]
        if self.last is not None and len(shown) > 1:
            return TEXTS[self.joiner][i].join(shown[:-1]) + TEXTS[self.last][i] + shown[-1]
        return TEXTS[self.joiner][i].join(shown)


@dataclass(frozen=True, slots=True)
class Worded:
    """A phrase someone else worded in English (Pydantic's message, kept as it is) and the
    catalogue words in the other languages."""

    english: str
    said: Say

    def text(self, lang: str = "en") -> str:
        return self.english if lang == "en" else self.said.text(lang)


def say(key: str, /, **values: object) -> Say:
    """The sentence ``key`` of the problem catalogue, with its values."""
    if key not in TEXTS:
        raise KeyError(f"no problem text {key!r}")
    return Say(key, tuple(values.items()))


def shown(value: object, lang: str) -> object:
    """A value as it goes into a sentence of ``lang``."""
    if isinstance(value, Say | Names | Worded):
        return value.text(lang)
    if isinstance(value, tuple) and all(isinstance(part, Say) for part in value):
        return joined(value, lang)
    return value


def joined(parts: tuple[Say, ...] | list[Say], lang: str) -> str:
    """Sentences one after the other: with a space in English, without one in Chinese."""
    return ("" if lang == "zh" else " ").join(part.text(lang) for part in parts)
