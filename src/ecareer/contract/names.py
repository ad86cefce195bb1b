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
#: The most characters of a name compared (ids and names are much shorter).
MAX_COMPARED = 64
#: The most did-you-means one check computes (see :class:`Suggester`).
MAX_SUGGESTED = 100


def normalise(text: str) -> str:
    """A name as it is compared: lower case, no spaces."""
    return "".join(text.lower().split())


def nearest(word: str, choices: Iterable[str | tuple[str, str]], n: int = 3) -> list[str]:
    """Up to ``n`` ids nearest to ``word``, best first.

    A choice is an id, or a pair (a text that names it, the id): a role is found by its id,
    its names in both languages and its aliases.
    """
    # Bounded: only the first MAX_COMPARED characters are compared (difflib is quadratic in
    # the length: a 4 KB --from took seconds per name), and the cheap upper bounds of the
    # ratio (lengths only, then letters only) skip a choice that cannot reach CUTOFF.
    key = normalise(word)[:MAX_COMPARED]
    scored: dict[str, float] = {}
    matcher = SequenceMatcher(None, "", key)  # seq2 is the word: cached once
    for choice in choices:
        text, ident = choice if isinstance(choice, tuple) else (choice, choice)
        other = normalise(text)[:MAX_COMPARED]
        if not other:
            continue
        contained = bool(key) and (key in other or other in key)
        matcher.set_seq1(other)
        if contained:
            ratio = max(
                matcher.ratio(),
                0.8 + 0.2 * min(len(key), len(other)) / max(len(key), len(other)),
            )
        elif matcher.real_quick_ratio() < CUTOFF or matcher.quick_ratio() < CUTOFF:
            continue
        else:
            ratio = matcher.ratio()
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


class Suggester:
    """:func:`suggest` for the first ``budget`` words, then no hint: a file naming 100,000
    unknown skills costs 100 did-you-means, not 100,000 times the number of skills."""

    def __init__(self, choices: Iterable[str | tuple[str, str]], budget: int = MAX_SUGGESTED):
        self.choices = list(choices)
        self.left = budget

    def __call__(self, word: str, n: int = 3) -> str:
        if self.left <= 0:
            return ""
        self.left -= 1
        return suggest(word, self.choices, n)
