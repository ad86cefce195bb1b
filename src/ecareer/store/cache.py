"""A compiled copy of the validated dataset in the user's cache folder.

Loading YAML, validating it with Pydantic, checking it and indexing it takes far longer than
answering a question, and a command-line advisor is called in bursts. So the first command
that builds a dataset also writes it here in a compiled form, and later commands read that
instead: they never import YAML or Pydantic.

Correctness first:

* The key is a hash (BLAKE2b, or SHA-256 for large data: see :func:`_hasher`) of the bytes
  of every data file of every layer, the ecareer version, the Python version, the byte
  order, the cache format, the layout of the record classes and the size and time of the
  modules that decide what is valid (so an edit of the data, an upgrade or a changed rule
  in a development checkout is always seen).
* Only a dataset that validated with no errors is ever written, and only if the data files
  did not change while it was being built.
* A file is written to a temporary name and moved into place with :func:`os.replace`: a
  reader sees a whole old file or a whole new one, never half of one, also when two
  commands build at once.
* On read, the magic string, the key, the length and a CRC-32 of the payload are checked
  before anything is decoded, and the file must belong to the user. Anything wrong (missing,
  truncated, corrupt, another version, any decoding error) is a miss: the data is built again
  and the file rewritten. The payload is :mod:`marshal` data (plain tuples, strings and
  numbers), which unlike pickle cannot run code when it is read.

Speed: records are decoded one role or skill at a time, on first use, so a query on a
dataset the size of ESCO's decodes only the handful of records it reads. The indexes the
advisor uses (moves out of and into a role, the roles that need a skill) are stored ready.

Environment: ``ECAREER_CACHE_DIR`` names the folder (else ``$XDG_CACHE_HOME/ecareer``, else
``~/.cache/ecareer``); ``ECAREER_NO_CACHE=1`` neither reads nor writes it.
"""

from __future__ import annotations

import marshal
import os
import stat
import sys
import zlib
from array import array
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import fields
from io import FileIO
from pathlib import Path as FsPath
from typing import TYPE_CHECKING, Any, TypeVar, overload

from ecareer import __version__
from ecareer.contract import records as rec
from ecareer.contract.records import Dataset
from ecareer.contract.vocab import Category, Dimension, Family, MoveKind, ResourceKind, RoleLevel

try:  # hashlib would load OpenSSL first (a few ms at every start); blake2 is built in
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - another Python
    from hashlib import blake2b

if TYPE_CHECKING:
    from ecareer.contract.problems import Problem

#: Bump when the layout of the payload changes.
FORMAT = 2
MAGIC = b"ecareer-cache-2\n"
FILES = ("skills", "roles", "paths")
#: The layers whose modules decide what is valid and what a record holds (see _rules_stamp).
_RULE_LAYERS = ("contract", "load", "validate", "store")
_KEY_SIZE = 32
_HEADER = len(MAGIC) + _KEY_SIZE + 8 + 4  # magic, key, payload length, CRC-32
_STALE_SECONDS = 30 * 24 * 3600
#: The loader's bound (ecareer.load.parse.MAX_BYTES, not imported: that module compiles regexes).
MAX_BYTES = 64 * 1024 * 1024
_SHA256_ABOVE = 2 * 1024 * 1024  # bytes of data files: see _hasher
_CHUNK = 256 * 1024

V = TypeVar("V")


def shown_path(path: FsPath) -> str:
    """A path as it is shown in messages: relative to the working folder when inside it."""
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return str(path)
    return str(path) if rel.startswith("..") else rel


def enabled() -> bool:
    return os.environ.get("ECAREER_NO_CACHE", "").strip().lower() in ("", "0", "false", "no")


def cache_dir() -> FsPath | None:
    """``$ECAREER_CACHE_DIR``, else ``$XDG_CACHE_HOME/ecareer``, else ``~/.cache/ecareer``;
    None when there is no home folder to put it in (then nothing is cached)."""
    explicit = os.environ.get("ECAREER_CACHE_DIR")
    if explicit:
        return FsPath(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and os.path.isabs(xdg):
        return FsPath(xdg) / "ecareer"
    try:
        return FsPath.home() / ".cache" / "ecareer"
    except RuntimeError:  # no HOME and no password entry
        return None


# --- the key ------------------------------------------------------------------------------


def data_files(folders: Sequence[FsPath]) -> list[tuple[int, FsPath]]:
    """(layer, file) for every data file a build of ``folders`` reads."""
    out = []
    for layer, folder in enumerate(folders):
        for name in FILES:
            path = folder / f"{name}.yaml"
            if layer == 0 or path.exists():
                out.append((layer, path))
    return out


def _layout() -> bytes:
    """The field names of every record class: a changed record makes every old file stale."""
    parts = []
    for cls in (
        rec.Text,
        rec.ScaleLevel,
        rec.Prerequisite,
        rec.Resource,
        rec.Skill,
        rec.Requirement,
        rec.Role,
        rec.Path,
    ):
        parts.append(cls.__name__ + ":" + ",".join(f.name for f in fields(cls)))
    return ";".join(parts).encode()


def _rules_stamp() -> bytes:
    """The size and time of every module that decides what is valid and what a record holds:
    in a development checkout they change without a version bump."""
    package = FsPath(__file__).parents[1]
    out = []
    for layer in _RULE_LAYERS:
        try:
            with os.scandir(package / layer) as entries:
                found = sorted((e.name, e.stat()) for e in entries if e.name.endswith(".py"))
        except OSError:
            continue
        out.extend(f"{layer}/{name}:{st.st_size}:{st.st_mtime_ns}" for name, st in found)
    return ";".join(out).encode()


def _open_regular(path: FsPath) -> tuple[FileIO, int] | None:
    """An open regular file within the loader's size bound, and its size; else None.

    A FIFO, a device or an oversized file is never read here: the build reports it (and a
    pipe read here would be consumed before the build could read it). Opening does not
    block, also on a FIFO nobody writes to.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    handle = open(fd, "rb", buffering=0)  # noqa: SIM115 - closed by the caller
    try:
        st = os.fstat(fd)
    except OSError:
        handle.close()
        return None
    if not stat.S_ISREG(st.st_mode) or st.st_size > MAX_BYTES:
        handle.close()
        return None
    return handle, st.st_size


def key(folders: Sequence[FsPath]) -> bytes | None:
    """The hash of everything the compiled dataset depends on; None when it cannot be known
    (a data file missing, unreadable, not a regular file, too large, or changing)."""
    opened: list[tuple[int, FsPath, FileIO, int]] = []
    try:
        for layer, path in data_files(folders):
            got = _open_regular(path)
            if got is None:
                return None
            opened.append((layer, path, *got))
        h = _hasher(sum(size for *_, size in opened))
        head = f"{FORMAT}\0{__version__}\0{sys.version}\0{sys.byteorder}\0{len(folders)}\0"
        h.update(head.encode())
        h.update(_layout())
        h.update(_rules_stamp())
        buf = bytearray(_CHUNK)
        view = memoryview(buf)
        for layer, path, handle, size in opened:
            h.update(f"\0{layer}\0{path.name}\0{size}\0".encode())
            seen = 0
            while n := handle.readinto(buf):
                seen += n
                if seen > size:
                    return None  # growing while read: a build now would not match
                h.update(view[:n])
            if seen != size:
                return None
        digest: bytes = h.digest()
        return digest
    except OSError:
        return None
    finally:
        for _, _, handle, _ in opened:
            handle.close()


def _hasher(size: int) -> Any:
    """BLAKE2b for small data (built in: no OpenSSL to load at every start), SHA-256 for
    large data (hardware-accelerated on current x86 and ARM CPUs: 3x BLAKE2b's speed on the
    ESCO-size benchmark). Either way a 32-byte cryptographic hash of the same input."""
    if size <= _SHA256_ABOVE:
        return blake2b(digest_size=_KEY_SIZE)
    from hashlib import sha256

    return sha256()


def cache_file(folders: Sequence[FsPath]) -> FsPath | None:
    """One file per set of data folders, so that datasets used in turn do not evict another."""
    folder = cache_dir()
    if folder is None:
        return None
    where = "\0".join(os.path.abspath(f) for f in folders)
    name = blake2b(where.encode(), digest_size=10).hexdigest()
    return folder / f"dataset-{name}.cache"


def shown_files(folders: Sequence[FsPath]) -> tuple[str, ...]:
    """What ``Dataset.files`` holds after a build of ``folders`` with no errors."""
    return tuple(shown_path(path) for _, path in data_files(folders))


# --- the compiled form ---------------------------------------------------------------------
#
# payload = index length (8 bytes) + index (marshal) + blobs (each one marshal value)
# index   = (scale, skill ids, role ids, blob offsets as native uint64)
# blobs, in order: each skill; each role; the paths out of each role; the paths into each
# role as (origin role number, position in its list); for each skill the roles that need it
# as (role number, level); the order of all paths as (origin role number, position).
# Roles and skills inside blobs are numbers into the id lists: smaller, and decoded
# records share the id strings.


def _t(t: rec.Text) -> tuple[str, str]:
    return (str(t.en), str(t.zh))


def _ts(ts: Sequence[rec.Text]) -> tuple[tuple[str, str], ...]:
    return tuple(_t(t) for t in ts)


def _strs(xs: Sequence[str]) -> tuple[str, ...]:
    return tuple(str(x) for x in xs)


def encode(ds: Dataset) -> bytes:
    """The compiled form of ``ds``: see the layout above."""
    skill_ids = tuple(ds.skills)
    role_ids = tuple(ds.roles)
    sn = {sid: i for i, sid in enumerate(skill_ids)}
    rn = {rid: i for i, rid in enumerate(role_ids)}
    blobs: list[Any] = []
    for s in ds.skills.values():
        blobs.append(
            (
                _t(s.name),
                s.dimension.value,
                s.category.value,
                _t(s.description),
                tuple(s.effort),
                _strs(s.aliases),
                tuple((sn[p.skill], p.level) for p in s.prerequisites),
                tuple(
                    (_t(r.title), r.kind.value, r.hours, r.provider, r.levels, r.inferred)
                    for r in s.resources
                ),
                _strs(s.sources),
                s.inferred,
            )
        )
    for r in ds.roles.values():
        blobs.append(
            (
                _t(r.name),
                r.family.value,
                r.level.value,
                _t(r.summary),
                tuple(
                    (sn[q.skill], q.level, q.importance, q.essential, q.inferred) for q in r.skills
                ),
                _strs(r.aliases),
                _ts(r.responsibilities),
                _ts(r.kpis),
                _strs(r.sources),
                r.inferred,
            )
        )
    out: list[list[rec.Path]] = [[] for _ in role_ids]
    into: list[list[tuple[int, int]]] = [[] for _ in role_ids]
    order: list[tuple[int, int]] = []
    for p in ds.paths:
        a = rn[p.from_]
        where = (a, len(out[a]))
        out[a].append(p)
        into[rn[p.to]].append(where)
        order.append(where)
    for ps in out:
        blobs.append(
            tuple(
                (rn[p.to], p.kind.value, p.years, _ts(p.milestones), _strs(p.sources), p.inferred)
                for p in ps
            )
        )
    blobs.extend(tuple(v) for v in into)
    needed: list[list[tuple[int, int]]] = [[] for _ in skill_ids]
    for i, r in enumerate(ds.roles.values()):
        for q in r.skills:
            needed[sn[q.skill]].append((i, q.level))
    blobs.extend(tuple(v) for v in needed)
    blobs.append(tuple(order))
    data = [marshal.dumps(b) for b in blobs]
    offsets = array("Q", [0])
    for d in data:
        offsets.append(offsets[-1] + len(d))
    packed = offsets.tobytes()  # native byte order: the key includes it
    scale = tuple((s.level, _t(s.name), _t(s.description)) for s in ds.scale)
    index = marshal.dumps((scale, skill_ids, role_ids, packed))
    return b"".join([len(index).to_bytes(8, "little"), index, *data])


_DIMENSION = {m.value: m for m in Dimension}
_CATEGORY = {m.value: m for m in Category}
_FAMILY = {m.value: m for m in Family}
_LEVEL = {m.value: m for m in RoleLevel}
_MOVE = {m.value: m for m in MoveKind}
_RESOURCE = {m.value: m for m in ResourceKind}
_Text = rec.Text


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


class LazyPaths(Sequence[rec.Path]):
    """Every path in the order of the data, put together on first use."""

    __slots__ = ("_all", "_load")

    def __init__(self, load: Callable[[], tuple[rec.Path, ...]]) -> None:
        self._load = load
        self._all: tuple[rec.Path, ...] | None = None

    def _paths(self) -> tuple[rec.Path, ...]:
        if self._all is None:
            self._all = self._load()
        return self._all

    @overload
    def __getitem__(self, index: int) -> rec.Path: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[rec.Path]: ...
    def __getitem__(self, index: int | slice) -> rec.Path | Sequence[rec.Path]:
        return self._paths()[index]

    def __len__(self) -> int:
        return len(self._paths())

    def __iter__(self) -> Iterator[rec.Path]:
        return iter(self._paths())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence) and not isinstance(other, (str, bytes)):
            return self._paths() == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._paths())

    def __repr__(self) -> str:
        return repr(self._paths())


def decode(payload: bytes, files: tuple[str, ...]) -> Dataset:
    """The dataset of a payload written by :func:`encode`; records decode on first use."""
    size = int.from_bytes(payload[:8], "little")
    scale, skill_ids, role_ids, offsets = marshal.loads(memoryview(payload)[8 : 8 + size])
    blobs = _Blobs(payload, 8 + size, offsets)
    n_skills, n_roles = len(skill_ids), len(role_ids)
    if len(blobs) != 2 * n_skills + 3 * n_roles + 1:
        raise ValueError("the blob count does not match the ids")
    Prerequisite, Resource, Requirement = rec.Prerequisite, rec.Resource, rec.Requirement

    def skill(sid: str, b: Any) -> rec.Skill:
        name, dim, cat, desc, effort, aliases, pres, res, sources, inferred = b
        return rec.Skill(
            sid,
            _Text(*name),
            _DIMENSION[dim],
            _CATEGORY[cat],
            _Text(*desc),
            effort,
            aliases,
            tuple([Prerequisite(skill_ids[s], lv) for s, lv in pres]),
            tuple(
                [
                    Resource(_Text(*title), _RESOURCE[kind], hours, provider, levels, inf)
                    for title, kind, hours, provider, levels, inf in res
                ]
            ),
            sources,
            inferred,
        )

    def role(rid: str, b: Any) -> rec.Role:
        name, fam, lvl, summary, reqs, aliases, resp, kpis, sources, inferred = b
        return rec.Role(
            rid,
            _Text(*name),
            _FAMILY[fam],
            _LEVEL[lvl],
            _Text(*summary),
            tuple([Requirement(skill_ids[s], lv, i, e, inf) for s, lv, i, e, inf in reqs]),
            aliases,
            tuple([_Text(*t) for t in resp]),
            tuple([_Text(*t) for t in kpis]),
            sources,
            inferred,
        )

    def out_of(rid: str, b: Any) -> list[rec.Path]:
        return [
            rec.Path(
                rid, role_ids[to], _MOVE[kind], years, tuple([_Text(*m) for m in ms]), src, inf
            )
            for to, kind, years, ms, src, inf in b
        ]

    skills: Lazy[rec.Skill] = Lazy(skill_ids, blobs, 0, skill)
    roles: Lazy[rec.Role] = Lazy(role_ids, blobs, n_skills, role)
    paths_from: Lazy[list[rec.Path]] = Lazy(role_ids, blobs, n_skills + n_roles, out_of)

    def into(_rid: str, b: Any) -> list[rec.Path]:
        return [paths_from[role_ids[a]][i] for a, i in b]

    def needing(_sid: str, b: Any) -> list[tuple[rec.Role, int]]:
        return [(roles[role_ids[r]], level) for r, level in b]

    def every_path() -> tuple[rec.Path, ...]:
        return tuple(paths_from[role_ids[a]][i] for a, i in blobs.load(len(blobs) - 1))

    ds = Dataset(
        scale=tuple(rec.ScaleLevel(lv, _Text(*n), _Text(*d)) for lv, n, d in scale),
        skills=skills,
        roles=roles,
        paths=LazyPaths(every_path),
        files=files,
    )
    # The indexes Dataset would compute from every record on first use, stored ready.
    vars(ds).update(
        paths_from=paths_from,
        paths_to=Lazy(role_ids, blobs, n_skills + 2 * n_roles, into),
        needed_by=Lazy(skill_ids, blobs, n_skills + 3 * n_roles, needing),
    )
    # Decode one of each kind now: a file this code cannot read fails here, as a miss,
    # not in the middle of a query.
    for ids, table in ((skill_ids, skills), (role_ids, roles), (role_ids, paths_from)):
        if ids:
            table[ids[0]]
    return ds


# --- the file -----------------------------------------------------------------------------


def read(folders: Sequence[FsPath], wanted: bytes) -> Dataset | None:
    """The cached dataset for ``folders`` if the file is whole and its key is ``wanted``."""
    path = cache_file(folders)
    if path is None:
        return None
    try:
        with open(path, "rb") as handle:
            st = os.fstat(handle.fileno())
            if hasattr(os, "getuid") and st.st_uid != os.getuid():
                return None  # only ever trust a file this user wrote
            head = handle.read(_HEADER)
            if len(head) != _HEADER or not head.startswith(MAGIC):
                return None
            at = len(MAGIC)
            if head[at : at + _KEY_SIZE] != wanted:
                return None  # stale: not read any further
            at += _KEY_SIZE
            length = int.from_bytes(head[at : at + 8], "little")
            crc = int.from_bytes(head[at + 8 : at + 12], "little")
            if length != st.st_size - _HEADER:
                return None  # truncated or padded (and never a read of a bogus length)
            payload = handle.read(length + 1)
    except OSError:
        return None
    if len(payload) != length or zlib.crc32(payload) != crc:
        return None
    try:
        return decode(payload, shown_files(folders))
    except Exception:  # any decoding error means a bad file: build again
        return None


def write(folders: Sequence[FsPath], wanted: bytes, ds: Dataset) -> None:
    """Store ``ds`` under ``wanted``, atomically. A cache that cannot be written is no error."""
    try:
        payload = encode(ds)
    except Exception:  # a record the encoder does not know: serve uncached
        return
    folder = cache_dir()
    target = cache_file(folders)
    if folder is None or target is None:
        return
    tmp = folder / f".{target.name}.{os.getpid()}.{os.urandom(4).hex()}.tmp"
    header = (
        MAGIC
        + wanted
        + len(payload).to_bytes(8, "little")
        + zlib.crc32(payload).to_bytes(4, "little")
    )
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(header)
                handle.write(payload)
            os.replace(tmp, target)
        finally:
            if tmp.exists():
                tmp.unlink()
        _prune(folder, keep=target)
    except OSError:
        return


def _prune(folder: FsPath, keep: FsPath) -> None:
    """Remove cache files unused for a month and temporary files left by a killed run."""
    import time

    now = time.time()
    with os.scandir(folder) as entries:
        for entry in entries:
            name = entry.name
            if entry.path == str(keep) or not name.endswith((".cache", ".tmp")):
                continue
            try:
                age = now - entry.stat().st_mtime
                limit = _STALE_SECONDS if name.endswith(".cache") else 3600
                if age > limit:
                    os.unlink(entry.path)
            except OSError:
                continue


def load(folders: Sequence[FsPath]) -> tuple[Dataset | None, list[Problem]]:
    """Like :func:`ecareer.validate.build.build` with ``warnings=False``, through the cache.

    A hit returns at once without importing YAML or Pydantic; a miss builds, and stores the
    dataset if it has no errors and no data file changed meanwhile.
    """
    wanted = key(folders) if enabled() else None
    if wanted is not None:
        ds = read(folders, wanted)
        if ds is not None:
            return ds, []
    from ecareer.validate.build import build

    built, problems = build(folders, warnings=False)
    if built is not None and wanted is not None and key(folders) == wanted:
        write(folders, wanted, built)
    return built, problems
