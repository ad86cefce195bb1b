"""The runtime form of the data: plain frozen dataclasses, cheap to import and to unpickle.

The Pydantic models in :mod:`ecareer.model` check what contributors write; once the data is
valid it is copied into these records, which is what the advisor, the renderers and the cache
use. Importing this module costs next to nothing (no Pydantic), which keeps every command that
runs from the cache quick to start. Field names match the models one to one.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import cached_property
from typing import Any

from ecareer.vocab import Category, Dimension, Family, MoveKind, ResourceKind, RoleLevel


@dataclass(frozen=True, slots=True)
class Text:
    en: str
    zh: str


@dataclass(frozen=True, slots=True)
class ScaleLevel:
    level: int
    name: Text
    description: Text


@dataclass(frozen=True, slots=True)
class Prerequisite:
    skill: str
    level: int


@dataclass(frozen=True, slots=True)
class Resource:
    title: Text
    kind: ResourceKind
    hours: float
    provider: str | None = None
    levels: tuple[int, ...] | None = None
    inferred: bool = False


@dataclass(frozen=True, slots=True)
class Skill:
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


@dataclass(frozen=True, slots=True)
class Requirement:
    skill: str
    level: int
    importance: int
    essential: bool = False
    inferred: bool = False


@dataclass(frozen=True, slots=True)
class Role:
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


@dataclass(frozen=True, slots=True)
class Path:
    from_: str
    to: str
    kind: MoveKind
    years: float
    milestones: tuple[Text, ...] = field(default=())
    sources: tuple[str, ...] = ()
    inferred: bool = False


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
    """The validated data as plain records, indexed by id. Immutable; safe to cache."""

    scale: tuple[ScaleLevel, ...]
    skills: dict[str, Skill]
    roles: dict[str, Role]
    paths: tuple[Path, ...]
    files: tuple[str, ...] = ()

    @property
    def max_level(self) -> int:
        return max((s.level for s in self.scale), default=5)

    @cached_property
    def paths_from(self) -> dict[str, list[Path]]:
        out: dict[str, list[Path]] = {rid: [] for rid in self.roles}
        for p in self.paths:
            out.setdefault(p.from_, []).append(p)
        return out

    @cached_property
    def paths_to(self) -> dict[str, list[Path]]:
        out: dict[str, list[Path]] = {rid: [] for rid in self.roles}
        for p in self.paths:
            out.setdefault(p.to, []).append(p)
        return out

    @cached_property
    def needed_by(self) -> dict[str, list[tuple[Role, int]]]:
        """skill id -> the roles that need it and at which level."""
        out: dict[str, list[tuple[Role, int]]] = {sid: [] for sid in self.skills}
        for role in self.roles.values():
            for req in role.skills:
                out.setdefault(req.skill, []).append((role, req.level))
        return out
