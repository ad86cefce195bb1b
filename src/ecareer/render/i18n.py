"""Headings and labels in English and Chinese. Names of roles and skills come from the data."""

from __future__ import annotations

from typing import Protocol

from ecareer.render.catalog import STRINGS


def tr(key: str, lang: str, **values: object) -> str:
    """The string ``key`` of the catalogue in ``lang``, with ``values`` filled in."""
    en, zh = STRINGS[key]
    text = zh if lang == "zh" else en
    return text.format(**values) if values else text


class _Named(Protocol):
    @property
    def en(self) -> str: ...

    @property
    def zh(self) -> str: ...


def pick(text: _Named, lang: str) -> str:
    """The English or Chinese side of a bilingual text from the data."""
    return text.zh if lang == "zh" else text.en


class _Stated(_Named, Protocol):
    @property
    def inferred(self) -> bool: ...


def stated(item: _Stated, lang: str) -> str:
    """A statement of the data (duty, KPI, milestone, entry) in ``lang``, with the
    "(inferred)" mark when no seed makes it."""
    return pick(item, lang) + (tr("inferred_suffix", lang) if item.inferred else "")
