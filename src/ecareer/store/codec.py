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
    their families and names (:class:`~ecareer.contract.dataset.Heads`); each skill's
    cost (effort, practice, prerequisites as (skill number, level)).

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
from collections.abc import Callable
from typing import Annotated, Any, TypeVar

from ecareer.contract import records as rec
from ecareer.contract.dataset import (
    Cost,
    Dataset,
    Heads,
    Requirements,
    cost_of,
    heads_of,
    requirements_of,
)
from ecareer.contract.fields import Ref
from ecareer.contract.records import Record
from ecareer.store.lazy import Blobs, Lazy, LazyPaths, Tuples

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
            found = _decoder(coders)

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
                make = record._new
                return lambda b: make(*fields(b))
            return fields
        if isinstance(hint, type) and issubclass(hint, enum.Enum):
            if self.decode:
                members: dict[Any, Any] = {m.value: m for m in hint}
                return members.__getitem__
            return lambda m: m.value
        if hint is str and not self.decode:
            return str  # a str subclass (an enum member) as plain text
        return None


def _decoder(coders: list[Coder]) -> Callable[[Any], Any]:
    """``blob -> tuple of field values``, each through its coder: generated code, since a
    large query decodes a hundred thousand records (a loop over the coders costs twice as
    much). A blob of the wrong length is an error, as ``zip(strict=True)`` made it."""
    n = len(coders)
    values = ", ".join(f"c{i}(b[{i}])" if c else f"b[{i}]" for i, c in enumerate(coders))
    code = (
        "def found(b):\n"
        f"    if len(b) != {n}:\n"
        "        raise ValueError('a record of the wrong length')\n"
        f"    return ({values}{',' if n == 1 else ''})\n"
    )
    scope: dict[str, Any] = {f"c{i}": c for i, c in enumerate(coders) if c}
    exec(code, scope)  # the source is made of numbers only
    found: Callable[[Any], Any] = scope["found"]
    return found


def encode(ds: Dataset) -> bytes:
    """The compiled form of ``ds``: see the layout above."""
    return b"".join(encode_parts(ds))


def encode_parts(ds: Dataset) -> list[bytes]:
    """:func:`encode`'s bytes in parts, to be written one after the other (joining them
    would hold the payload twice: 60 MB more at 100,000 skills)."""
    skill_ids = tuple(ds.skills)
    role_ids = tuple(ds.roles)
    sn = {sid: i for i, sid in enumerate(skill_ids)}
    rn = {rid: i for i, rid in enumerate(role_ids)}
    c = _Coders({"skill": sn, "role": rn}, decode=False)
    skill, role = c.fields(rec.Skill, "id"), c.fields(rec.Role, "id")
    move = c.fields(rec.Move, "from_")
    data: list[bytes] = []  # each blob marshalled at once: the tuples never all live together
    offsets = array("Q", [0])

    def put(blob: Any) -> None:
        data.append(marshal.dumps(blob))
        offsets.append(offsets[-1] + len(data[-1]))

    for s in ds.skills.values():
        put(skill(s))
    for r in ds.roles.values():
        put(role(r))
    out: list[list[rec.Move]] = [[] for _ in role_ids]
    into: list[list[tuple[int, int]]] = [[] for _ in role_ids]
    order: list[tuple[int, int]] = []
    for p in ds.paths:
        a = rn[p.from_]
        where = (a, len(out[a]))
        out[a].append(p)
        into[rn[p.to]].append(where)
        order.append(where)
    for ps in out:
        put(tuple(move(p) for p in ps))
    for v in into:
        put(tuple(v))
    needed: list[list[tuple[int, int]]] = [[] for _ in skill_ids]
    for i, r in enumerate(ds.roles.values()):
        for q in r.skills:
            for alt in q.options:  # each alternative of an any-of requirement
                needed[sn[alt]].append((i, q.level))
    for v in needed:
        put(tuple(v))
    del needed
    put(tuple(order))
    matrix = requirements_of(skill_ids, tuple(ds.roles.values()))
    for row in matrix.rows:
        put(row)
    for by in matrix.by_skill:
        put(by)
    heads = heads_of(tuple(ds.roles.values()))
    put((matrix.levels, matrix.empty, matrix.any_of, heads.families, heads.names))
    del matrix, heads
    for sk in ds.skills.values():  # each skill's cost (contract.dataset.Cost)
        cost = cost_of(sk)
        put((cost.effort, cost.practice, tuple((sn[a], n) for a, n in cost.prerequisites)))
    packed = offsets.tobytes()  # native byte order: the cache key includes it
    scale = tuple(c.fields(rec.ScaleLevel)(s) for s in ds.scale)
    index = marshal.dumps((scale, skill_ids, role_ids, packed))
    data[:0] = [len(index).to_bytes(8, "little"), index]
    return data


def decode(payload: bytes, files: tuple[str, ...]) -> Dataset:
    """The dataset of a payload written by :func:`encode`; records decode on first use."""
    size = int.from_bytes(payload[:8], "little")
    scale, skill_ids, role_ids, offsets = marshal.loads(memoryview(payload)[8 : 8 + size])
    blobs = Blobs(payload, 8 + size, offsets)
    n_skills, n_roles = len(skill_ids), len(role_ids)
    if len(blobs) != 4 * n_skills + 4 * n_roles + 2:
        raise ValueError("the blob count does not match the ids")
    c = _Coders({"skill": skill_ids, "role": role_ids}, decode=True)
    skill_fields, role_fields = c.fields(rec.Skill, "id"), c.fields(rec.Role, "id")
    move_fields = c.fields(rec.Move, "from_")
    Skill, Role, Move = rec.Skill._new, rec.Role._new, rec.Move._new

    def skill(sid: str, b: Any) -> rec.Skill:
        made: rec.Skill = Skill(sid, *skill_fields(b))
        return made

    def role(rid: str, b: Any) -> rec.Role:
        made: rec.Role = Role(rid, *role_fields(b))
        return made

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

    levels, empty, any_of, families, names = blobs.load(at + 1 + n_roles + n_skills)
    if not len(levels) == len(families) == len(names) == n_roles:
        raise ValueError("the role levels do not match the ids")
    rows = Tuples(blobs, at + 1, n_roles)
    matrix = Requirements(
        skill_ids, role_ids, levels, rows, Tuples(blobs, at + 1 + n_roles, n_skills), empty, any_of
    )

    def cost(_sid: str, b: Any) -> Cost:
        effort, practice, pres = b
        return Cost(effort, practice, tuple([(skill_ids[k], n) for k, n in pres]))

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
        costs=Lazy(skill_ids, blobs, at + 2 + n_roles + n_skills, cost),
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
