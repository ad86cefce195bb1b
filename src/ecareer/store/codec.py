"""The compiled form of a dataset: plain :mod:`marshal` data, decoded one record at a time.

The layout follows from the record definitions (:mod:`ecareer.contract.records`): a record is
the tuple of its fields in order; a text is ``(en, zh)``; an enum its value; a field marked
:class:`~ecareer.contract.fields.Ref` the number of that skill or role in the id lists (smaller,
and decoded records share the id strings). A new field needs no change here.

    payload = index length (8 bytes) + index (marshal) + blobs (each one marshal value)
    index   = (scale, skill ids, role ids, blob offsets as native uint64)
    blobs, in order: each skill (without its id); each role (without its id); the moves out of
    each role (without ``from``); the moves into each role as (origin role number, position
    in its list); for each skill the roles that need it as (role number, level); the order
    of all moves as (origin role number, position); each role's requirement as one flat
    tuple of numbers (:class:`~ecareer.contract.dataset.Requirements`); for each skill the
    numbers of the roles requiring it (``Requirements.by_skill``); the levels of all roles
    with the numbers of the roles requiring nothing and of those with an any-of requirement,
    their families and names (:class:`~ecareer.contract.dataset.Heads`).

marshal, unlike pickle, cannot run code when it is read. Decoding is lazy: a query on a
dataset the size of ESCO's decodes only the handful of records it reads, and the indexes the
advisor uses are stored ready.
"""

from __future__ import annotations

import enum
import marshal
import types
import typing
from array import array
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Annotated, Any, TypeVar, overload

from ecareer.contract import records as rec
from ecareer.contract.dataset import Dataset, Heads, Requirements, heads_of, requirements_of
from ecareer.contract.fields import Ref
from ecareer.contract.records import Record

V = TypeVar("V")
Coder = Callable[[Any], Any] | None  # None: the value is stored as it is


def layout() -> bytes:
    """The field names of every record class: a changed record makes every old file stale."""
    return ";".join(c.__name__ + ":" + ",".join(c._fields) for c in rec.RECORDS).encode()


class _Coders:
    """Encoders (``decode=False``) or decoders of every record class, for one dataset.

    ``ids`` maps a :class:`~ecareer.contract.fields.Ref` kind to its table: id -> number to
    encode, the tuple of ids (number -> id) to decode.
    """

    def __init__(self, ids: dict[str, Any], *, decode: bool) -> None:
        self.ids = ids
        self.decode = decode
        self.made: dict[tuple[type[Record], str], Callable[[Any], Any]] = {}

    def fields(self, cls: type[Record], skip: str = "") -> Callable[[Any], Any]:
        """The coder of a record's fields, without ``skip`` (stored elsewhere): a record to a
        tuple when encoding, a blob to the list of field values when decoding."""
        found = self.made.get((cls, skip))
        if found is not None:
            return found
        names = [n for n in cls._fields if n != skip]
        coders = [self.value(rec.hints(cls)[n]) for n in names]
        if self.decode:

            def found(b: Any) -> Any:
                return [c(v) if c else v for c, v in zip(coders, b, strict=True)]

        else:
            pairs = list(zip(names, coders, strict=True))

            def found(r: Any) -> Any:
                return tuple([c(getattr(r, n)) if c else getattr(r, n) for n, c in pairs])

        self.made[(cls, skip)] = found
        return found

    def value(self, hint: Any) -> Coder:
        """The coder of one field's value, from its annotation (None: stored as it is)."""
        if typing.get_origin(hint) is Annotated:
            base, *meta = typing.get_args(hint)
            for m in meta:
                if isinstance(m, Ref):
                    lookup: Callable[[Any], Any] = self.ids[m.kind].__getitem__
                    return lookup  # number -> id, or id -> number
            hint = base
        origin = typing.get_origin(hint)
        if origin is tuple:
            each = self.value(typing.get_args(hint)[0])
            if each is None:
                return None if self.decode else tuple
            return lambda v: tuple([each(x) for x in v])
        if origin in (typing.Union, types.UnionType):
            some = self.value(next(a for a in typing.get_args(hint) if a is not type(None)))
            if some is None:
                return None
            return lambda v: None if v is None else some(v)
        if isinstance(hint, type) and issubclass(hint, Record):
            record: type[Record] = hint
            fields = self.fields(record)
            if self.decode:
                return lambda b: record(*fields(b))
            return fields
        if isinstance(hint, type) and issubclass(hint, enum.Enum):
            if self.decode:
                members: dict[Any, Any] = {m.value: m for m in hint}
                return members.__getitem__
            return lambda m: m.value
        if hint is str and not self.decode:
            return str  # a str subclass (an enum member) as plain text
        return None


def encode(ds: Dataset) -> bytes:
    """The compiled form of ``ds``: see the layout above."""
    skill_ids = tuple(ds.skills)
    role_ids = tuple(ds.roles)
    sn = {sid: i for i, sid in enumerate(skill_ids)}
    rn = {rid: i for i, rid in enumerate(role_ids)}
    c = _Coders({"skill": sn, "role": rn}, decode=False)
    skill, role = c.fields(rec.Skill, "id"), c.fields(rec.Role, "id")
    move = c.fields(rec.Move, "from_")
    blobs: list[Any] = [skill(s) for s in ds.skills.values()]
    blobs.extend(role(r) for r in ds.roles.values())
    out: list[list[rec.Move]] = [[] for _ in role_ids]
    into: list[list[tuple[int, int]]] = [[] for _ in role_ids]
    order: list[tuple[int, int]] = []
    for p in ds.paths:
        a = rn[p.from_]
        where = (a, len(out[a]))
        out[a].append(p)
        into[rn[p.to]].append(where)
        order.append(where)
    blobs.extend(tuple(move(p) for p in ps) for ps in out)
    blobs.extend(tuple(v) for v in into)
    needed: list[list[tuple[int, int]]] = [[] for _ in skill_ids]
    for i, r in enumerate(ds.roles.values()):
        for q in r.skills:
            for alt in q.options:  # each alternative of an any-of requirement
                needed[sn[alt]].append((i, q.level))
    blobs.extend(tuple(v) for v in needed)
    blobs.append(tuple(order))
    matrix = requirements_of(skill_ids, tuple(ds.roles.values()))
    blobs.extend(matrix.rows)
    blobs.extend(matrix.by_skill)
    heads = heads_of(tuple(ds.roles.values()))
    blobs.append((matrix.levels, matrix.empty, matrix.any_of, heads.families, heads.names))
    data = [marshal.dumps(b) for b in blobs]
    offsets = array("Q", [0])
    for d in data:
        offsets.append(offsets[-1] + len(d))
    packed = offsets.tobytes()  # native byte order: the cache key includes it
    scale = tuple(c.fields(rec.ScaleLevel)(s) for s in ds.scale)
    index = marshal.dumps((scale, skill_ids, role_ids, packed))
    return b"".join([len(index).to_bytes(8, "little"), index, *data])


class _Blobs:
    """The blobs of a payload, loaded one at a time without copying the payload."""

    __slots__ = ("_base", "_offsets", "_view")

    def __init__(self, payload: bytes, base: int, offsets: bytes) -> None:
        self._view = memoryview(payload)
        self._base = base
        self._offsets = memoryview(offsets).cast("Q")  # native uint64s, as encode wrote

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def load(self, k: int) -> Any:
        at = self._base
        return marshal.loads(self._view[at + self._offsets[k] : at + self._offsets[k + 1]])


class Lazy(Mapping[str, V]):
    """A read-only mapping of ids to records decoded on first access, then kept."""

    __slots__ = ("_at", "_blobs", "_decode", "_done", "_ids", "_pos")

    def __init__(
        self, ids: tuple[str, ...], blobs: _Blobs, at: int, decode: Callable[[str, Any], V]
    ) -> None:
        self._ids = ids
        self._pos = dict(zip(ids, range(len(ids)), strict=True))
        self._blobs = blobs
        self._at = at  # the number of the blob of ids[0]
        self._decode = decode
        self._done: dict[str, V] = {}

    def __getitem__(self, key: str) -> V:
        try:
            return self._done[key]
        except KeyError:
            value = self._decode(key, self._blobs.load(self._at + self._pos[key]))
            self._done[key] = value
            return value

    def __contains__(self, key: object) -> bool:
        return key in self._pos

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)

    def __repr__(self) -> str:
        return f"<{len(self._ids)} records, {len(self._done)} decoded>"


class LazyPaths(Sequence[rec.Move]):
    """Every move in the order of the data, put together on first use."""

    __slots__ = ("_all", "_load")

    def __init__(self, load: Callable[[], tuple[rec.Move, ...]]) -> None:
        self._load = load
        self._all: tuple[rec.Move, ...] | None = None

    def _paths(self) -> tuple[rec.Move, ...]:
        if self._all is None:
            self._all = self._load()
        return self._all

    @overload
    def __getitem__(self, index: int) -> rec.Move: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[rec.Move]: ...
    def __getitem__(self, index: int | slice) -> rec.Move | Sequence[rec.Move]:
        return self._paths()[index]

    def __len__(self) -> int:
        return len(self._paths())

    def __iter__(self) -> Iterator[rec.Move]:
        return iter(self._paths())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence) and not isinstance(other, (str, bytes)):
            return self._paths() == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._paths())

    def __repr__(self) -> str:
        return repr(self._paths())


class _Tuples(Sequence[tuple[int, ...]]):
    """``n`` blobs, each a tuple of numbers (``Requirements.rows``, ``Requirements.by_skill``),
    each loaded on first use, then kept."""

    __slots__ = ("_at", "_blobs", "_done", "_n")

    def __init__(self, blobs: _Blobs, at: int, n: int) -> None:
        self._blobs = blobs
        self._at = at
        self._n = n
        self._done: dict[int, tuple[int, ...]] = {}

    @overload
    def __getitem__(self, index: int) -> tuple[int, ...]: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[tuple[int, ...]]: ...
    def __getitem__(self, index: int | slice) -> tuple[int, ...] | Sequence[tuple[int, ...]]:
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(self._n)))
        try:
            return self._done[index]
        except KeyError:
            if index < 0:
                index += self._n
            if not 0 <= index < self._n:
                raise IndexError(index) from None
            row: tuple[int, ...] = self._blobs.load(self._at + index)
            self._done[index] = row
            return row

    def __len__(self) -> int:
        return self._n


def decode(payload: bytes, files: tuple[str, ...]) -> Dataset:
    """The dataset of a payload written by :func:`encode`; records decode on first use."""
    size = int.from_bytes(payload[:8], "little")
    scale, skill_ids, role_ids, offsets = marshal.loads(memoryview(payload)[8 : 8 + size])
    blobs = _Blobs(payload, 8 + size, offsets)
    n_skills, n_roles = len(skill_ids), len(role_ids)
    if len(blobs) != 3 * n_skills + 4 * n_roles + 2:
        raise ValueError("the blob count does not match the ids")
    c = _Coders({"skill": skill_ids, "role": role_ids}, decode=True)
    skill_fields, role_fields = c.fields(rec.Skill, "id"), c.fields(rec.Role, "id")
    move_fields = c.fields(rec.Move, "from_")
    Skill, Role, Move = rec.Skill, rec.Role, rec.Move

    def skill(sid: str, b: Any) -> rec.Skill:
        return Skill(sid, *skill_fields(b))

    def role(rid: str, b: Any) -> rec.Role:
        return Role(rid, *role_fields(b))

    def out_of(rid: str, b: Any) -> list[rec.Move]:
        return [Move(rid, *move_fields(m)) for m in b]

    skills: Lazy[rec.Skill] = Lazy(skill_ids, blobs, 0, skill)
    roles: Lazy[rec.Role] = Lazy(role_ids, blobs, n_skills, role)
    paths_from: Lazy[list[rec.Move]] = Lazy(role_ids, blobs, n_skills + n_roles, out_of)

    def into(_rid: str, b: Any) -> list[rec.Move]:
        return [paths_from[role_ids[a]][i] for a, i in b]

    def needing(_sid: str, b: Any) -> list[tuple[rec.Role, int]]:
        return [(roles[role_ids[r]], level) for r, level in b]

    at = 2 * n_skills + 3 * n_roles  # the order of all moves, then the requirement matrix

    def every_path() -> tuple[rec.Move, ...]:
        return tuple(paths_from[role_ids[a]][i] for a, i in blobs.load(at))

    levels, empty, any_of, families, names = blobs.load(len(blobs) - 1)
    if not len(levels) == len(families) == len(names) == n_roles:
        raise ValueError("the role levels do not match the ids")
    rows = _Tuples(blobs, at + 1, n_roles)
    matrix = Requirements(
        skill_ids, role_ids, levels, rows, _Tuples(blobs, at + 1 + n_roles, n_skills), empty, any_of
    )

    scale_fields = c.fields(rec.ScaleLevel)
    ds = Dataset(
        tuple(rec.ScaleLevel(*scale_fields(s)) for s in scale),
        skills,
        roles,
        LazyPaths(every_path),
        files,
        paths_from=paths_from,
        paths_to=Lazy(role_ids, blobs, n_skills + 2 * n_roles, into),
        needed_by=Lazy(skill_ids, blobs, n_skills + 3 * n_roles, needing),
        requirements=matrix,
        heads=Heads(role_ids, families, names),
    )
    # Decode one of each kind now: a file this code cannot read fails here, as a miss,
    # not in the middle of a query.
    for ids, table in ((skill_ids, skills), (role_ids, roles), (role_ids, paths_from)):
        if ids:
            table[ids[0]]
    for numbers in (matrix.rows, matrix.by_skill):
        if len(numbers) and not isinstance(numbers[0], tuple):
            raise ValueError("the requirement matrix is not tuples of numbers")
    return ds
