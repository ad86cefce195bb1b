"""The lazy containers of a decoded dataset (:mod:`ecareer.store.codec`): the blobs of a
payload, loaded one at a time without copying it, and the mappings and sequences that decode
a record on first use."""

from __future__ import annotations

import marshal
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, TypeVar, overload

from ecareer.contract import records as rec
from ecareer.contract.dataset import LazyRows

V = TypeVar("V")


class Blobs:
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
        self, ids: tuple[str, ...], blobs: Blobs, at: int, decode: Callable[[str, Any], V]
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


class Tuples(LazyRows):
    """``n`` blobs, each a tuple of numbers (``Requirements.rows``, ``Requirements.by_skill``),
    each loaded on first use, then kept."""

    __slots__ = ("_at", "_blobs", "_n")

    def __init__(self, blobs: Blobs, at: int, n: int) -> None:
        super().__init__()
        self._blobs = blobs
        self._at = at
        self._n = n

    def _make(self, index: int) -> tuple[int, ...]:
        row: tuple[int, ...] = self._blobs.load(self._at + index)
        return row

    def __len__(self) -> int:
        return self._n
