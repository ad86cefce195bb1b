"""The data contract: Pydantic models of skills.yaml, roles.yaml, paths.yaml and a profile.

These models are the single source of truth for what contributors may write. They are strict
(no coercion: ``"3"`` is not a level), closed (``extra="forbid"``: a misspelt field is an
error, not a silently ignored key) and frozen. The JSON Schemas in ``schemas/`` are generated
from them by ``ecareer schema``.

Rules that need more than one record (unknown references, cycles, levels outside the scale)
live in :mod:`ecareer.validate.rules`, not here.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from ecareer.contract.vocab import (
    CATEGORIES,
    LEVEL_RANK,
    Category,
    Dimension,
    Family,
    MoveKind,
    ResourceKind,
    RoleLevel,
)

Id = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", min_length=1, max_length=80),
    Field(description="kebab-case English identifier, e.g. `ops-specialist`"),
]
NonEmpty = Annotated[str, StringConstraints(min_length=1, max_length=2000)]
Level = Annotated[
    int, Field(description="a level of the proficiency scale in skills.yaml (1 = lowest)")
]
Hours = Annotated[float, Field(ge=0, le=100_000, allow_inf_nan=False)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class Text(Strict):
    """A piece of text in English and simplified Chinese."""

    en: NonEmpty
    zh: NonEmpty


# --- skills.yaml ---------------------------------------------------------------------------


class ScaleLevel(Strict):
    """One rung of the shared proficiency scale. Levels are cumulative."""

    level: Level
    name: Text
    description: Text


class Prerequisite(Strict):
    """Another skill that must be held at ``level`` before this one is learned."""

    skill: Id
    level: Level


class Resource(Strict):
    """A way to learn a skill: a course, a certification, a book, practice..."""

    title: Text
    kind: Annotated[ResourceKind, Field(strict=False)]
    hours: Hours
    provider: NonEmpty | None = None
    levels: list[Level] | None = Field(
        default=None, description="the levels this resource builds (all levels when omitted)"
    )
    inferred: bool = Field(default=False, description="true when the seeds do not name it")


class Skill(Strict):
    id: Id
    name: Text
    aliases: list[NonEmpty] = Field(default_factory=list)
    dimension: Annotated[Dimension, Field(strict=False)]
    category: Annotated[Category, Field(strict=False)]
    description: Text
    effort: list[Hours] = Field(
        description=(
            "hours to gain each level from the one below it: the first number is level 1, "
            "the last the top of the scale"
        )
    )
    prerequisites: list[Prerequisite] = Field(default_factory=list)
    resources: list[Resource] = Field(default_factory=list)
    sources: list[NonEmpty] = Field(default_factory=list)
    inferred: bool = Field(default=False, description="true when the seeds do not name this skill")


class SkillsFile(Strict):
    scale: list[ScaleLevel]
    skills: list[Skill]


# --- roles.yaml ----------------------------------------------------------------------------


class Requirement(Strict):
    """A skill a role needs, at which level, how important (1-5) and whether essential."""

    skill: Id
    level: Level
    importance: Annotated[int, Field(ge=1, le=5)]
    essential: bool = False
    inferred: bool = False


class Role(Strict):
    id: Id
    name: Text
    aliases: list[NonEmpty] = Field(default_factory=list)
    family: Annotated[Family, Field(strict=False)]
    level: Annotated[RoleLevel, Field(strict=False)]
    summary: Text
    responsibilities: list[Text] = Field(default_factory=list)
    kpis: list[Text] = Field(default_factory=list)
    skills: list[Requirement]
    sources: list[NonEmpty] = Field(default_factory=list)
    inferred: bool = Field(
        default=False, description="true when the seeds imply this rung but do not name it"
    )


class RolesFile(Strict):
    roles: list[Role]


# --- paths.yaml ----------------------------------------------------------------------------


class Path(Strict):
    model_config = ConfigDict(populate_by_name=False)

    from_: Id = Field(alias="from")
    to: Id
    kind: Annotated[MoveKind, Field(strict=False)]
    years: Annotated[
        float,
        Field(ge=0, le=50, allow_inf_nan=False, description="typical years before the move"),
    ]
    milestones: list[Text] = Field(
        default_factory=list, description="what shows a person is ready for the move"
    )
    sources: list[NonEmpty] = Field(default_factory=list)
    inferred: bool = Field(
        default=False,
        description="true when the sources do not describe this move; numbers such as "
        "`years` are estimates either way (see docs/data.md)",
    )


class PathsFile(Strict):
    paths: list[Path]


# --- a personal profile --------------------------------------------------------------------


class Profile(Strict):
    """A person's own skill levels, shared across every command that takes ``--from``."""

    name: NonEmpty | None = None
    role: Id | None = Field(default=None, description="the person's current role, if any")
    skills: dict[Id, Level] = Field(default_factory=dict)


__all__ = [
    "CATEGORIES",
    "LEVEL_RANK",
    "Category",
    "Dimension",
    "Family",
    "MoveKind",
    "ResourceKind",
    "RoleLevel",
]

FILE_MODELS: dict[str, type[Strict]] = {
    "skills": SkillsFile,
    "roles": RolesFile,
    "paths": PathsFile,
}

Kind = Literal["skills", "roles", "paths"]
