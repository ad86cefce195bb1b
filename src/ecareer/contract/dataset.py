"""The validated data as records, indexed by id: what the advisor and the renderers read."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any, NamedTuple, overload

from ecareer.contract.records import Move, Role, ScaleLevel, Skill
from ecareer.contract.vocab import Growth


class Cost(NamedTuple):
    """What the cost model reads of a skill, and nothing else: a query over twenty thousand
    skills reads these without decoding the skills' names, descriptions and resources."""

    effort: tuple[float, ...]
    practice: bool  # grown by doing the job (effort in months), not by study (hours)
    prerequisites: tuple[tuple[str, int], ...]  # (skill id, level)


def cost_of(skill: Skill) -> Cost:
    return Cost(
        tuple(skill.effort),
        skill.growth is Growth.PRACTICE,
        tuple((p.skill, p.level) for p in skill.prerequisites),
    )


class _Costs(Mapping[str, Cost]):
    """The costs of a dataset's skills, made from each skill on first use."""

    __slots__ = ("_done", "_skills")

    def __init__(self, skills: Mapping[str, Skill]) -> None:
        self._skills = skills
        self._done: dict[str, Cost] = {}

    def __getitem__(self, sid: str) -> Cost:
        found = self._done.get(sid)
        if found is None:
            found = self._done[sid] = cost_of(self._skills[sid])
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._skills)

    def __len__(self) -> int:
        return len(self._skills)

    def __contains__(self, sid: object) -> bool:
        return sid in self._skills


class LazyRows(Sequence[tuple[int, ...]]):
    """A read-only sequence of rows of numbers, each made on first use (:meth:`_make`), then
    kept: the rows of :class:`Requirements` as the cache or a person's view provides them."""

    __slots__ = ("_done",)

    def __init__(self) -> None:
        self._done: dict[int, tuple[int, ...]] = {}

    def _make(self, index: int) -> tuple[int, ...]:
        raise NotImplementedError

    @overload
    def __getitem__(self, index: int) -> tuple[int, ...]: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[tuple[int, ...]]: ...
    def __getitem__(self, index: int | slice) -> tuple[int, ...] | Sequence[tuple[int, ...]]:
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(len(self))))
        try:
            return self._done[index]
        except KeyError:
            n = len(self)
            if index < 0:
                index += n
            if not 0 <= index < n:
                raise IndexError(index) from None
            row = self._done[index] = self._make(index)
            return row


class Requirements(NamedTuple):
    """Every role's requirement in numbers, for the similarity of roles: read without building
    a :class:`~ecareer.contract.records.Role` or a requirement record.

    Skill and role numbers are positions in ``skills`` and ``roles`` (the order of the
    dataset). ``rows[r]`` is role ``r``'s requirement in the order of the data, flat: skill
    number, level, importance, essential (0 or 1), then the next requirement's four. The skill
    of an any-of requirement is its first alternative (``Requirement.skill``) here; a dataset
    as one person sees it (:func:`ecareer.advise.levels.for_person`) has the one chosen.
    ``by_skill[s]`` holds the numbers of the roles requiring skill ``s`` (also as one
    alternative of an any-of requirement), ascending, each once.
    """

    skills: tuple[str, ...]
    roles: tuple[str, ...]
    #: each role's level (the value of its ``RoleLevel``)
    levels: tuple[str, ...]
    rows: Sequence[tuple[int, ...]]
    by_skill: Sequence[tuple[int, ...]]
    #: the numbers of the roles that require nothing
    empty: tuple[int, ...]
    #: the numbers of the roles with an any-of requirement
    any_of: tuple[int, ...]


class Heads(NamedTuple):
    """Each role's family and name, in the order of ``roles``: what a graph of every role
    shows, read without building the role records (and their requirements)."""

    roles: tuple[str, ...]
    #: each role's family (the value of its ``Family``)
    families: tuple[str, ...]
    #: each role's name as (en, zh)
    names: tuple[tuple[str, str], ...]


def heads_of(roles: Sequence[Role]) -> Heads:
    """:class:`Heads` computed from the records."""
    return Heads(
        tuple(r.id for r in roles),
        tuple(str(r.family.value) for r in roles),
        tuple((r.name.en, r.name.zh) for r in roles),
    )


def row_of(role: Role, number: Mapping[str, int]) -> tuple[int, ...]:
    """``role``'s row of :class:`Requirements`, skills numbered by ``number``."""
    flat: list[int] = []
    for req in role.skills:
        flat += (number[req.skill], req.level, req.importance, int(req.essential))
    return tuple(flat)


def requirements_of(skills: Sequence[str], roles: Sequence[Role]) -> Requirements:
    """:class:`Requirements` computed from the records (a dataset built from the YAML)."""
    number = {sid: i for i, sid in enumerate(skills)}
    rows: list[tuple[int, ...]] = []
    by_skill: list[list[int]] = [[] for _ in skills]
    for r, role in enumerate(roles):
        rows.append(row_of(role, number))
        for req in role.skills:
            for alt in req.options:
                s = number[alt]
                if not by_skill[s] or by_skill[s][-1] != r:
                    by_skill[s].append(r)
    return Requirements(
        tuple(skills),
        tuple(role.id for role in roles),
        tuple(str(role.level.value) for role in roles),
        tuple(rows),
        tuple(tuple(v) for v in by_skill),
        tuple(r for r, row in enumerate(rows) if not row),
        tuple(r for r, role in enumerate(roles) if any(q.any_of for q in role.skills)),
    )


class Dataset:
    """The validated data as plain records, indexed by id. Immutable; safe to cache.

    ``skills``, ``roles`` and ``paths`` are read-only mappings and sequences: a dataset built
    from the YAML holds dicts and a tuple; one read from the cache (:mod:`ecareer.store.codec`)
    holds containers that decode each record on first use, and passes the six indexes
    below ready-made. Both compare equal when they hold the same records.
    """

    __slots__ = (
        "_costs",
        "_heads",
        "_needed_by",
        "_paths_from",
        "_paths_to",
        "_requirements",
        "_role_numbers",
        "files",
        "paths",
        "roles",
        "scale",
        "skills",
    )

    def __init__(
        self,
        scale: tuple[ScaleLevel, ...],
        skills: Mapping[str, Skill],
        roles: Mapping[str, Role],
        paths: Sequence[Move],
        files: tuple[str, ...] = (),
        *,
        paths_from: Mapping[str, list[Move]] | None = None,
        paths_to: Mapping[str, list[Move]] | None = None,
        needed_by: Mapping[str, list[tuple[Role, int]]] | None = None,
        costs: Mapping[str, Cost] | None = None,
        requirements: Requirements | None = None,
        heads: Heads | None = None,
    ) -> None:
        self.scale = scale
        self.skills = skills
        self.roles = roles
        self.paths = paths
        self.files = files
        self._paths_from = paths_from
        self._paths_to = paths_to
        self._needed_by = needed_by
        self._costs = costs
        self._requirements = requirements
        self._role_numbers: dict[str, int] | None = None
        self._heads = heads

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Dataset):
            return NotImplemented
        return bool(
            self.scale == other.scale
            and self.skills == other.skills
            and self.roles == other.roles
            and self.paths == other.paths
            and self.files == other.files
        )

    __hash__: Any = None

    def __repr__(self) -> str:
        return (
            f"Dataset({len(self.skills)} skills, {len(self.roles)} roles, "
            f"{len(self.paths)} paths, files={self.files!r})"
        )

    @property
    def max_level(self) -> int:
        return max((s.level for s in self.scale), default=5)

    @property
    def paths_from(self) -> Mapping[str, list[Move]]:
        """role id -> the moves out of it, in the order of the data."""
        if self._paths_from is None:
            out: dict[str, list[Move]] = {rid: [] for rid in self.roles}
            for p in self.paths:
                out.setdefault(p.from_, []).append(p)
            self._paths_from = out
        return self._paths_from

    @property
    def paths_to(self) -> Mapping[str, list[Move]]:
        """role id -> the moves into it, in the order of the data."""
        if self._paths_to is None:
            out: dict[str, list[Move]] = {rid: [] for rid in self.roles}
            for p in self.paths:
                out.setdefault(p.to, []).append(p)
            self._paths_to = out
        return self._paths_to

    @property
    def costs(self) -> Mapping[str, Cost]:
        """skill id -> its :class:`Cost` (effort, growth, prerequisites)."""
        if self._costs is None:
            self._costs = _Costs(self.skills)
        return self._costs

    @property
    def needed_by(self) -> Mapping[str, list[tuple[Role, int]]]:
        """skill id -> the roles that need it and at which level."""
        if self._needed_by is None:
            out: dict[str, list[tuple[Role, int]]] = {sid: [] for sid in self.skills}
            for role in self.roles.values():
                for req in role.skills:
                    for skill in req.options:  # each alternative of an any-of requirement
                        out.setdefault(skill, []).append((role, req.level))
            self._needed_by = out
        return self._needed_by

    @property
    def requirements(self) -> Requirements:
        """Every role's requirement in numbers (see :class:`Requirements`)."""
        if self._requirements is None:
            self._requirements = requirements_of(tuple(self.skills), tuple(self.roles.values()))
        return self._requirements

    def own_levels(self, role: str) -> dict[str, int]:
        """The levels ``role``'s requirement names (skill -> level; an any-of requirement's
        first alternative), from the ready requirement matrix when there is one (a chain of
        thousands of roles is then read without decoding a role record), else the record."""
        matrix = self._requirements
        if matrix is None:
            return {req.skill: req.level for req in self.roles[role].skills}
        number = self._role_numbers
        if number is None:
            number = self._role_numbers = {rid: i for i, rid in enumerate(matrix.roles)}
        row, names = matrix.rows[number[role]], matrix.skills
        return {names[row[i]]: row[i + 1] for i in range(0, len(row), 4)}

    @property
    def heads(self) -> Heads:
        """Each role's family and name (see :class:`Heads`)."""
        if self._heads is None:
            self._heads = heads_of(tuple(self.roles.values()))
        return self._heads
