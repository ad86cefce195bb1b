"""Find a role or skill by id, English or Chinese name, or alias; suggest the nearest.

A word that names nothing exactly may still be part of a name: ``运营专员`` is inside
``电商运营专员``. When exactly one item has a name (or alias) containing the word, that item
is meant; when several have, the error lists them all as candidates rather than guessing.
"""

from __future__ import annotations

from collections.abc import Iterable

from ecareer.contract.dataset import Dataset
from ecareer.contract.names import nearest, normalise
from ecareer.errors import UnknownName

#: The fewest characters of a word looked for inside names: two Chinese characters (a word),
#: three Latin ones (so that "a" or "qa" is not found inside every name).
MIN_CONTAINED = {True: 3, False: 2}


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


def exact(ds: Dataset, word: str, kind: str = "role") -> list[str]:
    """The ids that ``word`` names exactly (id, name or alias, ignoring case and spaces)."""
    items = ds.roles if kind == "role" else ds.skills
    if word in items:
        return [word]
    key = normalise(word)
    return sorted({item_id for text, item_id in _names(ds, kind) if normalise(text) == key})


def containing(ds: Dataset, word: str, kind: str = "role") -> list[str]:
    """The ids with a name or alias that contains ``word`` (normalised), or none when the
    word is too short to be looked for inside names (see :data:`MIN_CONTAINED`)."""
    key = normalise(word)
    if len(key) < MIN_CONTAINED[key.isascii()]:
        return []
    return sorted({item_id for text, item_id in _names(ds, kind) if key in normalise(text)})


def resolve(ds: Dataset, word: str, kind: str = "role") -> str:
    """The id that ``word`` names: exactly, else the one item whose name contains it;
    :class:`~ecareer.errors.UnknownName` with the candidates (several names contain the
    word, ``ambiguous``) or the nearest ids otherwise."""
    matches = exact(ds, word, kind)
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise _unknown(ds, kind, word, matches, ambiguous=True)
    inside = containing(ds, word, kind)
    if len(inside) == 1:
        return inside[0]
    if inside:
        raise _unknown(ds, kind, word, inside, ambiguous=True)
    raise _unknown(ds, kind, word, suggestions(ds, word, kind))


def resolve_any(ds: Dataset, word: str) -> tuple[str, str]:
    """(kind, id) for a role or a skill: an exact name first (roles win a tie), then the one
    role or skill whose name contains the word."""
    for kind in ("role", "skill"):
        matches = exact(ds, word, kind)
        if len(matches) == 1:
            return kind, matches[0]
    inside = [(kind, i) for kind in ("role", "skill") for i in containing(ds, word, kind)]
    if len(inside) == 1:
        return inside[0]
    if inside:
        raise _unknown(ds, "item", word, [i for _, i in inside], ambiguous=True)
    near = suggestions(ds, word, "role") + suggestions(ds, word, "skill")
    raise _unknown(ds, "item", word, near)


def _unknown(
    ds: Dataset, kind: str, word: str, near: list[str], ambiguous: bool = False
) -> UnknownName:
    """The error, with the names of the ids it offers (a Chinese reader sees 电商运营专员,
    not only ops-specialist)."""
    error = UnknownName(kind, word, tuple(near), ambiguous=ambiguous)
    for ident in near:
        role = ds.roles.get(ident) if kind != "skill" else None
        found = role if role is not None else ds.skills.get(ident)
        if found is not None:
            error.names[ident] = (found.name.en, found.name.zh)
    return error
