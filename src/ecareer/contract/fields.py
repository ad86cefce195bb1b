"""What a field of a record may hold, beyond its Python type: bounds, patterns, references.

Each field of a record (:mod:`ecareer.contract.records`) is declared once, with one of these
annotated types. Three readers derive everything else from that one declaration:

* the Pydantic models that validate what contributors write (:mod:`ecareer.contract.models`)
  turn the bounds into constraints and the descriptions into the JSON Schemas;
* the cache codec (:mod:`ecareer.store.codec`) stores a :class:`Ref` as a number into the
  id list of the skills or roles, and everything else as plain tuples;
* the JSON output (:func:`ecareer.contract.records.as_json`) uses :class:`Alias` names.

Nothing here imports Pydantic: these are plain markers (not dataclasses, which compile their
methods at every start), cheap at start-up.
"""

from __future__ import annotations

from typing import Annotated


class Rule:
    """Bounds of a value: a text pattern and length, a number range."""

    __slots__ = ("ge", "le", "max_length", "min_length", "pattern")

    def __init__(
        self,
        pattern: str | None = None,
        min_length: int | None = None,
        max_length: int | None = None,
        ge: float | None = None,
        le: float | None = None,
    ) -> None:
        self.pattern = pattern
        self.min_length = min_length
        self.max_length = max_length
        self.ge = ge
        self.le = le


class Doc:
    """The description of a field, shown in the JSON Schemas and by editors."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text


class Ref:
    """The field holds the id of a ``"skill"`` or a ``"role"``."""

    __slots__ = ("kind",)

    def __init__(self, kind: str) -> None:
        self.kind = kind


class Alias:
    """The name of the field in the YAML and the JSON when it is not its Python name."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name


class Either:
    """The field may be left out when the list field ``other`` is given instead: exactly one
    of the two, and ``other`` then names two or more alternatives. The record always holds
    a value: the first alternative when the field was left out."""

    __slots__ = ("other",)

    def __init__(self, other: str) -> None:
        self.other = other


class Shorthand:
    """A record that may also be written as one bare value: that of its field ``field``."""

    __slots__ = ("field",)

    def __init__(self, field: str) -> None:
        self.field = field


ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"

Id = Annotated[
    str,
    Rule(pattern=ID_PATTERN, min_length=1, max_length=80),
    Doc("kebab-case English identifier, e.g. `ops-specialist`"),
]
SkillRef = Annotated[Id, Ref("skill")]
RoleRef = Annotated[Id, Ref("role")]
NonEmpty = Annotated[str, Rule(min_length=1, max_length=2000)]
Level = Annotated[int, Doc("a level of the proficiency scale in skills.yaml (1 = lowest)")]
Hours = Annotated[float, Rule(ge=0, le=100_000)]
Importance = Annotated[int, Rule(ge=1, le=5)]
Years = Annotated[float, Rule(ge=0, le=50), Doc("typical years before the move")]
