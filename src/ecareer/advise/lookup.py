"""Find a role or skill by id, English or Chinese name, or alias; suggest the nearest."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from ecareer.contract.dataset import Dataset
from ecareer.errors import UsageError


def _norm(text: str) -> str:
    return "".join(text.lower().split())


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
    key = _norm(word)
    scored: dict[str, float] = {}
    for text, item_id in _names(ds, kind):
        other = _norm(text)
        if not other:
            continue
        ratio = difflib.SequenceMatcher(None, key, other).ratio()
        if key and (key in other or other in key):
            ratio = max(ratio, 0.8 + 0.2 * min(len(key), len(other)) / max(len(key), len(other)))
        if ratio > scored.get(item_id, 0.0):
            scored[item_id] = ratio
    best = sorted(scored.items(), key=lambda kv: (-kv[1], kv[0]))
    return [item_id for item_id, score in best[:n] if score >= 0.6]


def resolve(ds: Dataset, word: str, kind: str = "role", flag: str = "") -> str:
    """The id that ``word`` names exactly (id, name or alias, ignoring case and spaces)."""
    items = ds.roles if kind == "role" else ds.skills
    if word in items:
        return word
    key = _norm(word)
    matches = sorted({item_id for text, item_id in _names(ds, kind) if _norm(text) == key})
    if len(matches) == 1:
        return matches[0]
    near = matches or suggestions(ds, word, kind)
    where = f" (in {flag})" if flag else ""
    hint = "did you mean " + " or ".join(near) + "?" if near else ""
    listing = "ecareer roles" if kind == "role" else "ecareer skills"
    hint = (hint + " " if hint else "") + f"`{listing}` lists them all"
    raise UsageError(f"unknown {kind} {word!r}{where}", hint=hint)


def resolve_any(ds: Dataset, word: str) -> tuple[str, str]:
    """(kind, id) for a role or a skill id/name; roles win a tie."""
    for kind in ("role", "skill"):
        try:
            return kind, resolve(ds, word, kind)
        except UsageError:
            continue
    near = suggestions(ds, word, "role") + suggestions(ds, word, "skill")
    hint = ("did you mean " + " or ".join(near[:4]) + "? ") if near else ""
    raise UsageError(f"unknown role or skill {word!r}", hint=hint + "`ecareer roles` lists roles")
