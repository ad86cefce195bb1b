"""Data derived from a dataset (such as ``ecareer match``'s term index), cached beside it.

A derived value is plain data (tuples, lists, dicts, strings, numbers, None) kept as
:mod:`marshal` bytes in ``<kind>-<folders hash>.cache`` of the cache folder, under a key made
of the dataset's key (:func:`ecareer.store.key.key`: every data file, the version, the
record layout…) and a ``stamp`` of the code that derives it (the caller's module files). It
is checked as the dataset cache is (magic, key, length, CRC-32, owner) and written
atomically; anything wrong is a miss. One file per kind and set of data folders, replaced
when the key changes.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ecareer.store.atomic import write_atomic
from ecareer.store.cache import cache_dir, enabled
from ecareer.store.key import key, short_hash

_MAGIC = b"ecareer-derived-1\n"
_KEY = 32
_HEADER = len(_MAGIC) + _KEY + 8 + 4
_KIND = re.compile(r"[a-z][a-z0-9-]{0,30}")


def stamp(*modules: str) -> bytes:
    """The size and modification time of these module files: a change of the code is seen."""
    parts = []
    for name in modules:
        try:
            st = os.stat(name)
            parts.append(f"{name}:{st.st_size}:{st.st_mtime_ns}")
        except OSError:
            parts.append(f"{name}:?")
    return "\n".join(parts).encode()


def _where(folders: Sequence[Path], kind: str, code: bytes) -> tuple[Path, bytes] | None:
    if not enabled() or not _KIND.fullmatch(kind):
        return None
    folder = cache_dir()
    base = key(folders)
    if folder is None or base is None:
        return None
    name = short_hash("\0".join(os.path.abspath(f) for f in folders).encode())
    wanted = hashlib.blake2b(base + b"\0" + code, digest_size=_KEY).digest()
    return folder / f"{kind}-{name}.cache", wanted


def read(folders: Sequence[Path], kind: str, code: bytes) -> Any | None:
    found = _where(folders, kind, code)
    if found is None:
        return None
    path, wanted = found
    try:
        with open(path, "rb") as handle:
            st = os.fstat(handle.fileno())
            if hasattr(os, "getuid") and st.st_uid != os.getuid():
                return None
            head = handle.read(_HEADER)
            if len(head) != _HEADER or not head.startswith(_MAGIC):
                return None
            at = len(_MAGIC)
            if head[at : at + _KEY] != wanted:
                return None
            length = int.from_bytes(head[at + _KEY : at + _KEY + 8], "little")
            crc = int.from_bytes(head[at + _KEY + 8 :], "little")
            if length != st.st_size - _HEADER:
                return None
            payload = handle.read(length + 1)
    except OSError:
        return None
    if len(payload) != length or zlib.crc32(payload) != crc:
        return None
    try:
        return marshal.loads(payload)
    except (ValueError, EOFError, TypeError):
        return None


def write(folders: Sequence[Path], kind: str, code: bytes, value: Any) -> None:
    """Store ``value``; a cache that cannot be written is no error."""
    found = _where(folders, kind, code)
    if found is None:
        return
    path, wanted = found
    try:
        payload = marshal.dumps(value)
    except ValueError:
        return
    head = _MAGIC + wanted + len(payload).to_bytes(8, "little")
    head += zlib.crc32(payload).to_bytes(4, "little")
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_atomic(path, head + payload, mode=0o600, durable=False)
    except OSError:
        return
