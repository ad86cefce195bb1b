"""How names are compared, and the one did-you-mean of the tool.

Every suggestion (an unknown skill in roles.yaml, a misspelt field, an unknown ``--from``)
comes from :func:`nearest`: the choices whose text is closest to the word, by difflib's ratio
over the normalised texts (case and spaces ignored), with a bonus when one contains the other.
"""

from __future__ import annotations

from collections.abc import Iterable
from difflib import SequenceMatcher

#: The least similarity (0..1) of a suggestion.
CUTOFF = 0.6


def normalise(text: str) -> str:
    """A name as it is compared: lower case, no spaces."""
    return "".join(text.lower().split())


def nearest(word: str, choices: Iterable[str | tuple[str, str]], n: int = 3) -> list[str]:
    """Up to ``n`` ids nearest to ``word``, best first.

    A choice is an id, or a pair (a text that names it, the id): a role is found by its id,
    its names in both languages and its aliases.
    """
    key = normalise(word)
    scored: dict[str, float] = {}
    matcher = SequenceMatcher(None, "", key)  # seq2 is the word: cached once
    for choice in choices:
        text, ident = choice if isinstance(choice, tuple) else (choice, choice)
        other = normalise(text)
        if not other:
            continue
        matcher.set_seq1(other)
        ratio = matcher.ratio()
        if key and (key in other or other in key):
            ratio = max(ratio, 0.8 + 0.2 * min(len(key), len(other)) / max(len(key), len(other)))
        if ratio > scored.get(ident, 0.0):
            scored[ident] = ratio
    best = sorted(scored.items(), key=lambda kv: (-kv[1], kv[0]))
    return [ident for ident, score in best[:n] if score >= CUTOFF]


def did_you_mean(near: Iterable[str]) -> str:
    """``did you mean `a` or `b`?``, or the empty string."""
    found = list(near)
    return "did you mean " + " or ".join(f"`{c}`" for c in found) + "?" if found else ""


def suggest(word: str, choices: Iterable[str | tuple[str, str]], n: int = 3) -> str:
    """A did-you-mean hint for ``word`` among ``choices``, or the empty string."""
    return did_you_mean(nearest(word, choices, n))
