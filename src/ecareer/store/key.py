"""The cache key: a hash of everything a compiled dataset depends on.

The key is a hash (BLAKE2b, or SHA-256 for large data: see :func:`_hasher`) of the bytes of
every data file of every layer, the ecareer version, the Python version, the byte order, the
cache format, the layout of the record classes and the size and time of the modules that decide
what is valid (so an edit of the data, an upgrade or a changed rule in a development checkout
is always seen). Reading for the key never blocks: a FIFO or a device is no data file.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Sequence
from io import FileIO
from pathlib import Path
from typing import Any

from ecareer import __version__
from ecareer.contract.vocab import DATA_FILES
from ecareer.load.files import MAX_BYTES
from ecareer.store.codec import layout

try:  # hashlib would load OpenSSL first (a few ms at every start); blake2 is built in
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - another Python
    from hashlib import blake2b

#: Bump when the layout of the payload changes.
FORMAT = 5
KEY_SIZE = 32
#: The layers whose modules decide what is valid and what a record holds (see _rules_stamp).
_RULE_LAYERS = ("contract", "load", "validate", "store")
_SHA256_ABOVE = 2 * 1024 * 1024  # bytes of data files: see _hasher
_CHUNK = 256 * 1024


def data_files(folders: Sequence[Path]) -> list[tuple[int, Path]]:
    """(layer, file) for every data file a build of ``folders`` reads."""
    out = []
    for layer, folder in enumerate(folders):
        for name in DATA_FILES:
            path = folder / f"{name}.yaml"
            if layer == 0 or path.exists():
                out.append((layer, path))
    return out


def _rules_stamp() -> bytes:
    """The size and time of every module that decides what is valid and what a record holds:
    in a development checkout they change without a version bump."""
    package = Path(__file__).parents[1]
    out: list[str] = []
    for layer in _RULE_LAYERS:
        try:
            with os.scandir(package / layer) as entries:
                found = sorted((e.name, e.stat()) for e in entries if e.name.endswith(".py"))
        except OSError:
            continue
        out.extend(f"{layer}/{name}:{st.st_size}:{st.st_mtime_ns}" for name, st in found)
    return ";".join(out).encode()


def open_regular(path: Path) -> tuple[FileIO, int] | None:
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


def key(folders: Sequence[Path]) -> bytes | None:
    """The hash of everything the compiled dataset depends on; None when it cannot be known
    (a data file missing, unreadable, not a regular file, too large, or changing)."""
    opened: list[tuple[int, Path, FileIO, int]] = []
    try:
        for layer, path in data_files(folders):
            got = open_regular(path)
            if got is None:
                return None
            opened.append((layer, path, *got))
        h = _hasher(sum(size for *_, size in opened))
        head = f"{FORMAT}\0{__version__}\0{sys.version}\0{sys.byteorder}\0{len(folders)}\0"
        h.update(head.encode())
        h.update(layout())
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
        return blake2b(digest_size=KEY_SIZE)
    from hashlib import sha256

    return sha256()


def short_hash(data: bytes) -> str:
    """A short hexadecimal name for ``data`` (20 characters)."""
    return str(blake2b(data, digest_size=10).hexdigest())
