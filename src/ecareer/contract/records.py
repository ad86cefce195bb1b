"""The records of the data: one definition per kind of entry, and the only one.

Each class below lists its fields once, with their types (:mod:`ecareer.contract.fields` adds
bounds, descriptions and references). Everything else follows from that list:

* the Pydantic models that validate contributors' files, and the JSON Schemas made from
  them (:mod:`ecareer.contract.models`);
* the compiled form in the cache (:mod:`ecareer.store.codec`);
* the JSON output (:func:`as_json`).

So adding a field takes two edits: its line here, and the code that uses it.

Records are frozen, slotted, compare and hash by value and print like dataclasses. They are
not ``@dataclass``: that compiles its methods with ``exec`` at every start (about a
millisecond per class, a large part of a command's budget); :class:`Record` makes the slots
from the annotations and shares one ``__init__``, ``__eq__``, ``__hash__`` and ``__repr__``.
"""

from operator import attrgetter
from typing import Annotated, Any, ClassVar

from ecareer.contract.fields import (
    Alias,
    Doc,
    Either,
    Hours,
    Id,
    Importance,
    Level,
    NonEmpty,
    RoleRef,
    Shorthand,
    SkillRef,
    Years,
)
from ecareer.contract.vocab import (
    Category,
    Dimension,
    Family,
    Growth,
    MoveKind,
    ResourceKind,
    RoleLevel,
)

_set = object.__setattr__
_MISSING: Any = object()


class _RecordType(type):
    """Makes ``__slots__`` from the annotations; a default moves to ``_defaults``."""

    def __new__(mcs, name: str, bases: tuple[type, ...], ns: dict[str, Any]) -> "_RecordType":
        names = tuple(ns.get("__annotations__", {}))
        names = tuple(n for n in names if not n.startswith("_"))
        defaults = {n: ns.pop(n) for n in names if n in ns}
        ns["__slots__"] = names
        cls = super().__new__(mcs, name, bases, ns)
        cls._fields = names  # type: ignore[attr-defined]
        cls._defaults = defaults  # type: ignore[attr-defined]
        cls._values = attrgetter(*names) if names else (lambda self: ())  # type: ignore[attr-defined]
        cls._new = _positional(cls, names)  # type: ignore[attr-defined]
        return cls


def _positional(cls: type, names: tuple[str, ...]) -> Any:
    """``cls._new(*values)``: a record from every field's value in order, as ``cls(*values)``
    but with no checks and about three times as fast (the cache decodes thousands of records
    for one large query)."""
    params = ", ".join(f"v{i}" for i in range(len(names)))
    body = "".join(f"    _set(o, {n!r}, v{i})\n" for i, n in enumerate(names))
    code = f"def _new({params}):\n    o = _make(_cls)\n{body}    return o\n"
    scope: dict[str, Any] = {"_set": _set, "_make": object.__new__, "_cls": cls}
    exec(code, scope)  # the source is made of the class's own field names
    return scope["_new"]


class Record(metaclass=_RecordType):
    """Frozen, slotted, equal and hashed by value, as ``@dataclass(frozen=True, slots=True)``."""

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]]
    _defaults: ClassVar[dict[str, Any]]
    _values: ClassVar[Any]  # attrgetter of every field, in order: (self) -> tuple
    _new: ClassVar[Any]  # (*values) -> record, every field in order: see _positional

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        names = self._fields
        if len(args) == len(names) and not kwargs:
            for n, v in zip(names, args, strict=True):
                _set(self, n, v)
            return
        if len(args) > len(names):
            raise TypeError(f"{type(self).__name__} takes {len(names)} fields, not {len(args)}")
        for n, v in zip(names, args, strict=False):
            _set(self, n, v)
        defaults = self._defaults
        for n in names[len(args) :]:
            v = kwargs.pop(n, _MISSING)
            if v is _MISSING:
                v = defaults.get(n, _MISSING)
                if v is _MISSING:
                    raise TypeError(f"{type(self).__name__}: missing field {n!r}")
            _set(self, n, v)
        if kwargs:
            raise TypeError(f"{type(self).__name__}: unknown fields {sorted(kwargs)}")

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is frozen: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is frozen: cannot delete {name!r}")

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return bool(self._values(self) == self._values(other))
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._values(self))

    def __repr__(self) -> str:
        inner = ", ".join(f"{n}={getattr(self, n)!r}" for n in self._fields)
        return f"{type(self).__qualname__}({inner})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), tuple(getattr(self, n) for n in self._fields))

    def replace(self, **changes: Any) -> Any:
        """A copy with some fields changed."""
        values = {n: getattr(self, n) for n in self._fields}
        values.update(changes)
        return type(self)(**values)


class Text(Record):
    """A piece of text in English and simplified Chinese."""

    en: NonEmpty
    zh: NonEmpty


class Statement(Record):
    """One statement of the data (a duty, a KPI, a milestone, an entry requirement) in
    English and simplified Chinese, marked when the seeds do not make it."""

    en: NonEmpty
    zh: NonEmpty
    inferred: Annotated[
        bool, Doc("true when no seed makes this statement (our estimate or the market's)")
    ] = False


class Source(Record):
    """Where a fact comes from: a source document and, optionally, the passage in it."""

    seed: Annotated[NonEmpty, Doc("the id of the source document, e.g. `seed-003`")]
    section: Annotated[
        NonEmpty | None,
        Doc(
            "words of the passage the fact comes from, as they stand in the seed (in "
            "simplified characters), e.g. a heading such as `学历与经验`"
        ),
    ] = None


#: A source in the files: a bare id (`seed-003`) or ``{seed: seed-003, section: ...}``.
SourceRef = Annotated[Source, Shorthand("seed")]


class CategoryLevel(Record):
    """What one level of the scale looks like in the skills of one category."""

    category: Category
    text: Text


class ScaleLevel(Record):
    """One rung of the shared proficiency scale. Levels are cumulative."""

    level: Level
    name: Text
    description: Text
    by_category: Annotated[tuple[CategoryLevel, ...], Doc("the level in each category")] = ()


class Prerequisite(Record):
    """Another skill that must be held at ``level`` before this one is learned."""

    skill: SkillRef
    level: Level


class Resource(Record):
    """A way to learn a skill: a course, a certification, a book, practice..."""

    title: Text
    kind: ResourceKind
    hours: Hours
    provider: NonEmpty | None = None
    levels: Annotated[
        tuple[Level, ...] | None, Doc("the levels this resource builds (all levels when omitted)")
    ] = None
    inferred: Annotated[bool, Doc("true when the seeds do not name it")] = False


class Skill(Record):
    """A skill, on one dimension of the capability model, with the hours to gain each level."""

    id: Id
    name: Text
    aliases: tuple[NonEmpty, ...] = ()
    keywords: tuple[NonEmpty, ...] = ()
    dimension: Dimension
    category: Category
    description: Text
    growth: Annotated[
        Growth,
        Doc(
            "how the levels are gained: `study` (hours of courses, books, projects) or "
            "`practice` (months of doing the job); professional qualities are practice"
        ),
    ] = Growth.STUDY
    effort: Annotated[
        tuple[Hours, ...],
        Doc(
            "the effort to gain each level from the one below it, the first number for "
            "level 1: hours of study for a `study` skill, months of doing the job for a "
            "`practice` skill"
        ),
    ]
    prerequisites: tuple[Prerequisite, ...] = ()
    resources: tuple[Resource, ...] = ()
    sources: tuple[SourceRef, ...] = ()
    inferred: Annotated[bool, Doc("true when the seeds do not name this skill")] = False


class Requirement(Record):
    """A skill a role needs, at which level, how important (1-5) and whether essential.

    With ``any_of``, any one of two or more skills meets the requirement (seed 000's
    "Java/Python"): ``skill`` then holds the first of them, and a person's levels choose one
    (:func:`ecareer.advise.levels.for_person`)."""

    skill: Annotated[SkillRef, Either("any_of"), Doc("the skill required (or give `any_of`)")]
    level: Level
    importance: Importance
    essential: bool = False
    inferred: bool = False
    any_of: Annotated[
        tuple[SkillRef, ...],
        Doc(
            "instead of `skill`: two or more skills, any one of which meets the requirement "
            "(for a person, the one that needs the fewest hours from their levels)"
        ),
    ] = ()

    @property
    def options(self) -> tuple[str, ...]:
        """The skills that meet the requirement: ``any_of``, or the one ``skill``."""
        return self.any_of or (self.skill,)


class Role(Record):
    """A role and the skills it requires."""

    id: Id
    name: Text
    aliases: tuple[NonEmpty, ...] = ()
    family: Family
    level: RoleLevel
    summary: Text
    responsibilities: tuple[Statement, ...] = ()
    kpis: Annotated[tuple[Statement, ...], Doc("what the role is measured on, as targets")] = ()
    entry: Annotated[
        Statement | None,
        Doc("what it takes to be hired into the role: education, experience, a portfolio"),
    ] = None
    skills: tuple[Requirement, ...]
    sources: tuple[SourceRef, ...] = ()
    inferred: Annotated[bool, Doc("true when the seeds imply this rung but do not name it")] = False


class Move(Record):
    """A documented move from one role to another: an entry of paths.yaml."""

    from_: Annotated[RoleRef, Alias("from")]
    to: RoleRef
    kind: MoveKind
    years: Years
    milestones: Annotated[
        tuple[Statement, ...], Doc("what shows a person is ready for the move")
    ] = ()
    sources: tuple[SourceRef, ...] = ()
    inferred: Annotated[
        bool,
        Doc(
            "true when the sources do not describe this move; numbers such as `years` are "
            "estimates either way (see docs/data.md)"
        ),
    ] = False


#: Every record class, innermost first (the order the codec and the models are built in).
RECORDS: tuple[type[Record], ...] = (
    Text,
    Statement,
    Source,
    ScaleLevel,
    Prerequisite,
    Resource,
    Skill,
    Requirement,
    Role,
    Move,
)


def hints(cls: type[Record]) -> dict[str, Any]:
    """The annotations of ``cls``'s fields, with their metadata.

    This module is written without ``from __future__ import annotations``, so that Python
    builds the annotations once at import (the classes are in dependency order): evaluating
    them from strings with ``typing.get_type_hints`` costs about 6 ms, too much at start-up.
    """
    found = _HINTS.get(cls)
    if found is None:
        found = {n: cls.__annotations__[n] for n in cls._fields}
        _HINTS[cls] = found
    return found


_HINTS: dict[type[Record], dict[str, Any]] = {}


def json_names(cls: type[Record]) -> tuple[str, ...]:
    """The names of ``cls``'s fields in the files and the JSON (``from``, not ``from_``)."""
    found = _JSON_NAMES.get(cls)
    if found is None:
        found = tuple(_alias(n, h) for n, h in hints(cls).items())
        _JSON_NAMES[cls] = found
    return found


_JSON_NAMES: dict[type[Record], tuple[str, ...]] = {}


def _alias(name: str, hint: Any) -> str:
    for meta in getattr(hint, "__metadata__", ()):
        if isinstance(meta, Alias):
            return meta.name
    return name


def as_json(value: Any) -> Any:
    """A record (or a tuple of them) as JSON-ready data, with the files' field names."""
    if isinstance(value, Record):
        names = json_names(type(value))
        return {j: as_json(v) for j, v in zip(names, value._values(value), strict=True)}
    if isinstance(value, (list, tuple)):
        return [as_json(x) for x in value]
    if isinstance(value, str):
        return str(value)  # an enum member as its plain value
    return value
