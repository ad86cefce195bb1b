"""Find a role or skill by id, English or Chinese name, or alias; suggest the nearest."""

from __future__ import annotations

from collections.abc import Iterable

from ecareer.contract.dataset import Dataset
from ecareer.contract.names import nearest, normalise
from ecareer.errors import UnknownName


def _names(ds: Dataset, kind: str) -> Iterable[tuple[str, str]]:
    """(searchable text, id) for every role or skill."""
    items = ds.roles if kind == "role" else ds.skills
    for item in items.values():
        yield item.id, item.id
        yield item.name.en, item.id
        yield item.name.zh, item.id
        for alias in item.aliases:
            yield alias, item.id


def suggestions(ds: Dataset, word: str, kind: str = "role", n: int = 3) -> list[str]:
    """The ids nearest to ``word`` by id, name (either language) or alias."""
    return nearest(word, _names(ds, kind), n)


def resolve(ds: Dataset, word: str, kind: str = "role") -> str:
    """The id that ``word`` names exactly (id, name or alias, ignoring case and spaces);
    :class:`~ecareer.errors.UnknownName` with the nearest ids otherwise."""
    items = ds.roles if kind == "role" else ds.skills
    if word in items:
        return word
    key = normalise(word)
    matches = sorted({item_id for text, item_id in _names(ds, kind) if normalise(text) == key})
    if len(matches) == 1:
        return matches[0]
    raise UnknownName(kind, word, tuple(matches or suggestions(ds, word, kind)))


def resolve_any(ds: Dataset, word: str) -> tuple[str, str]:
    """(kind, id) for a role or a skill id/name; roles win a tie."""
    for kind in ("role", "skill"):
        try:
            return kind, resolve(ds, word, kind)
        except UnknownName:
            continue
    near = suggestions(ds, word, "role") + suggestions(ds, word, "skill")
    raise UnknownName("item", word, tuple(near))
