"""The runtime form of the data: plain frozen dataclasses, cheap to import and to decode.

The Pydantic models in :mod:`ecareer.contract.models` check what contributors write; once the data is
valid it is copied into these records, which is what the advisor, the renderers and the cache
use. Importing this module costs next to nothing (no Pydantic), which keeps every command that
runs from the cache quick to start. Field names match the models one to one.

Why the record classes write out ``__init__`` and share ``__eq__``, ``__hash__`` and
``__repr__`` (from :class:`_Record`): ``@dataclass`` compiles each method it generates with
``exec`` at every start, about 1 ms per class here, which is a large part of a command's
budget (docs/performance.md). They behave exactly as ``@dataclass(frozen=True, slots=True)``
would: frozen, slotted, equal only to the same class with equal fields, hashable, the same
repr, and ``dataclasses.fields`` / ``replace`` work.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from functools import cached_property
from operator import attrgetter
from typing import Any, ClassVar

from ecareer.contract.vocab import Category, Dimension, Family, MoveKind, ResourceKind, RoleLevel


class _Record:
    """Equality, hash and repr over the fields, as ``@dataclass(eq=True, frozen=True)``."""

    __slots__ = ()
    _names: ClassVar[tuple[str, ...]] = ()
    _values: ClassVar[Any]  # attrgetter of every field, in order: (self) -> tuple

    def __init_subclass__(cls) -> None:
        super().__init_subclass__()
        # ``dataclass(slots=True)`` makes the class again with ``__slots__`` = the fields
        names = cls.__dict__.get("__slots__")
        if names:
            cls._names = tuple(names)
            cls._values = attrgetter(*names)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return bool(self._values(self) == self._values(other))
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._values(self))

    def __repr__(self) -> str:
        inner = ", ".join(
            f"{n}={v!r}" for n, v in zip(self._names, self._values(self), strict=True)
        )
        return f"{self.__class__.__qualname__}({inner})"


# frozen and slotted as before; __init__, __eq__, __hash__ and __repr__ written out (see above)
_set = object.__setattr__


@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class Text(_Record):
    """A text in English and simplified Chinese."""

    en: str
    zh: str

    def __init__(self, en: str, zh: str) -> None:
        _set(self, "en", en)
        _set(self, "zh", zh)


@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class ScaleLevel(_Record):
    """One rung of the proficiency scale."""

    level: int
    name: Text
    description: Text

    def __init__(self, level: int, name: Text, description: Text) -> None:
        _set(self, "level", level)
        _set(self, "name", name)
        _set(self, "description", description)


@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class Prerequisite(_Record):
    """Another skill to hold at ``level`` first."""

    skill: str
    level: int

    def __init__(self, skill: str, level: int) -> None:
        _set(self, "skill", skill)
        _set(self, "level", level)


@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class Resource(_Record):
    """A way to learn a skill."""

    title: Text
    kind: ResourceKind
    hours: float
    provider: str | None = None
    levels: tuple[int, ...] | None = None
    inferred: bool = False

    def __init__(
        self,
        title: Text,
        kind: ResourceKind,
        hours: float,
        provider: str | None = None,
        levels: tuple[int, ...] | None = None,
        inferred: bool = False,
    ) -> None:
        _set(self, "title", title)
        _set(self, "kind", kind)
        _set(self, "hours", hours)
        _set(self, "provider", provider)
        _set(self, "levels", levels)
        _set(self, "inferred", inferred)


@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class Skill(_Record):
    """A skill, with the hours to gain each level."""

    id: str
    name: Text
    dimension: Dimension
    category: Category
    description: Text
    effort: tuple[float, ...]
    aliases: tuple[str, ...] = ()
    prerequisites: tuple[Prerequisite, ...] = ()
    resources: tuple[Resource, ...] = ()
    sources: tuple[str, ...] = ()
    inferred: bool = False

    def __init__(
        self,
        id: str,
        name: Text,
        dimension: Dimension,
        category: Category,
        description: Text,
        effort: tuple[float, ...],
        aliases: tuple[str, ...] = (),
        prerequisites: tuple[Prerequisite, ...] = (),
        resources: tuple[Resource, ...] = (),
        sources: tuple[str, ...] = (),
        inferred: bool = False,
    ) -> None:
        _set(self, "id", id)
        _set(self, "name", name)
        _set(self, "dimension", dimension)
        _set(self, "category", category)
        _set(self, "description", description)
        _set(self, "effort", effort)
        _set(self, "aliases", aliases)
        _set(self, "prerequisites", prerequisites)
        _set(self, "resources", resources)
        _set(self, "sources", sources)
        _set(self, "inferred", inferred)


@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class Requirement(_Record):
    """A skill a role needs, at a level, with an importance (1-5)."""

    skill: str
    level: int
    importance: int
    essential: bool = False
    inferred: bool = False

    def __init__(
        self,
        skill: str,
        level: int,
        importance: int,
        essential: bool = False,
        inferred: bool = False,
    ) -> None:
        _set(self, "skill", skill)
        _set(self, "level", level)
        _set(self, "importance", importance)
        _set(self, "essential", essential)
        _set(self, "inferred", inferred)


@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class Role(_Record):
    """A role and the skills it requires."""

    id: str
    name: Text
    family: Family
    level: RoleLevel
    summary: Text
    skills: tuple[Requirement, ...]
    aliases: tuple[str, ...] = ()
    responsibilities: tuple[Text, ...] = ()
    kpis: tuple[Text, ...] = ()
    sources: tuple[str, ...] = ()
    inferred: bool = False

    def __init__(
        self,
        id: str,
        name: Text,
        family: Family,
        level: RoleLevel,
        summary: Text,
        skills: tuple[Requirement, ...],
        aliases: tuple[str, ...] = (),
        responsibilities: tuple[Text, ...] = (),
        kpis: tuple[Text, ...] = (),
        sources: tuple[str, ...] = (),
        inferred: bool = False,
    ) -> None:
        _set(self, "id", id)
        _set(self, "name", name)
        _set(self, "family", family)
        _set(self, "level", level)
        _set(self, "summary", summary)
        _set(self, "skills", skills)
        _set(self, "aliases", aliases)
        _set(self, "responsibilities", responsibilities)
        _set(self, "kpis", kpis)
        _set(self, "sources", sources)
        _set(self, "inferred", inferred)


@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class Path(_Record):
    """A documented move from one role to another."""

    from_: str
    to: str
    kind: MoveKind
    years: float
    milestones: tuple[Text, ...] = ()
    sources: tuple[str, ...] = ()
    inferred: bool = False

    def __init__(
        self,
        from_: str,
        to: str,
        kind: MoveKind,
        years: float,
        milestones: tuple[Text, ...] = (),
        sources: tuple[str, ...] = (),
        inferred: bool = False,
    ) -> None:
        _set(self, "from_", from_)
        _set(self, "to", to)
        _set(self, "kind", kind)
        _set(self, "years", years)
        _set(self, "milestones", milestones)
        _set(self, "sources", sources)
        _set(self, "inferred", inferred)


def _text(m: Any) -> Text:
    return Text(m.en, m.zh)


def scale_level(m: Any) -> ScaleLevel:
    return ScaleLevel(m.level, _text(m.name), _text(m.description))


def skill(m: Any) -> Skill:
    return Skill(
        id=m.id,
        name=_text(m.name),
        dimension=Dimension(m.dimension),
        category=Category(m.category),
        description=_text(m.description),
        effort=tuple(float(h) for h in m.effort),
        aliases=tuple(m.aliases),
        prerequisites=tuple(Prerequisite(p.skill, p.level) for p in m.prerequisites),
        resources=tuple(
            Resource(
                _text(r.title),
                ResourceKind(r.kind),
                float(r.hours),
                r.provider,
                tuple(r.levels) if r.levels is not None else None,
                r.inferred,
            )
            for r in m.resources
        ),
        sources=tuple(m.sources),
        inferred=m.inferred,
    )


def role(m: Any) -> Role:
    return Role(
        id=m.id,
        name=_text(m.name),
        family=Family(m.family),
        level=RoleLevel(m.level),
        summary=_text(m.summary),
        skills=tuple(
            Requirement(r.skill, r.level, r.importance, r.essential, r.inferred) for r in m.skills
        ),
        aliases=tuple(m.aliases),
        responsibilities=tuple(_text(t) for t in m.responsibilities),
        kpis=tuple(_text(t) for t in m.kpis),
        sources=tuple(m.sources),
        inferred=m.inferred,
    )


def path(m: Any) -> Path:
    return Path(
        from_=m.from_,
        to=m.to,
        kind=MoveKind(m.kind),
        years=float(m.years),
        milestones=tuple(_text(t) for t in m.milestones),
        sources=tuple(m.sources),
        inferred=m.inferred,
    )


def as_json(record: Any) -> Any:
    """A record as JSON-ready data, with the contract's field names (``from``, not ``from_``)."""
    if isinstance(record, (list, tuple)):
        return [as_json(x) for x in record]
    if hasattr(record, "__dataclass_fields__"):
        out = {}
        for f in fields(record):
            out["from" if f.name == "from_" else f.name] = as_json(getattr(record, f.name))
        return out
    if isinstance(record, str):
        return str(record)
    return record


@dataclass(frozen=True)
class Dataset:
    """The validated data as plain records, indexed by id. Immutable; safe to cache.

    ``skills``, ``roles`` and ``paths`` are read-only mappings and sequences: a dataset built
    from the YAML holds dicts and a tuple; one read from the cache (:mod:`ecareer.store.cache`)
    holds containers that decode each record on first use, with the three indexes below
    stored ready. Both compare equal when they hold the same records.
    """

    scale: tuple[ScaleLevel, ...]
    skills: Mapping[str, Skill]
    roles: Mapping[str, Role]
    paths: Sequence[Path]
    files: tuple[str, ...] = ()

    @property
    def max_level(self) -> int:
        return max((s.level for s in self.scale), default=5)

    @cached_property
    def paths_from(self) -> Mapping[str, list[Path]]:
        out: dict[str, list[Path]] = {rid: [] for rid in self.roles}
        for p in self.paths:
            out.setdefault(p.from_, []).append(p)
        return out

    @cached_property
    def paths_to(self) -> Mapping[str, list[Path]]:
        out: dict[str, list[Path]] = {rid: [] for rid in self.roles}
        for p in self.paths:
            out.setdefault(p.to, []).append(p)
        return out

    @cached_property
    def needed_by(self) -> Mapping[str, list[tuple[Role, int]]]:
        """skill id -> the roles that need it and at which level."""
        out: dict[str, list[tuple[Role, int]]] = {sid: [] for sid in self.skills}
        for role in self.roles.values():
            for req in role.skills:
                out.setdefault(req.skill, []).append((role, req.level))
        return out
