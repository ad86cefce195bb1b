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

import contextlib
import os
import re
import stat
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ecareer.contract.dataset import Dataset
from ecareer.contract.say import language, say
from ecareer.load.files import shown_path
from ecareer.store.atomic import write_atomic
from ecareer.store.codec import decode, encode_parts
from ecareer.store.key import FORMAT, KEY_SIZE, data_files, key, short_hash

if TYPE_CHECKING:
    from ecareer.contract.problems import Problem

MAGIC = f"ecareer-cache-{FORMAT}\n".encode()
_HEADER = len(MAGIC) + KEY_SIZE + 8 + 4  # magic, key, payload length, CRC-32
_STALE_SECONDS = 30 * 24 * 3600


def enabled() -> bool:
    return os.environ.get("ECAREER_NO_CACHE", "").strip().lower() in ("", "0", "false", "no")


def cache_dir() -> Path | None:
    """``$ECAREER_CACHE_DIR``, else ``$XDG_CACHE_HOME/ecareer``, else ``~/.cache/ecareer``;
    None when there is no home folder to put it in (then nothing is cached)."""
    explicit = os.environ.get("ECAREER_CACHE_DIR")
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and os.path.isabs(xdg):
        return Path(xdg) / "ecareer"
    try:
        return Path.home() / ".cache" / "ecareer"
    except RuntimeError:  # no HOME and no password entry
        return None


_warned: set[str] = set()


def untrusted(folder: Path) -> str:
    """Why ``folder`` is not a cache folder of this user's ("" when it is, or is not there
    yet: it is then created private, 0700).

    A folder of another user, one others may write to, or a symbolic link at its place could
    hand us a file someone else chose, or make us prune theirs: then nothing is cached.
    """
    try:
        st = os.lstat(folder)
    except OSError:  # not there (created later, or cannot be: then nothing is cached)
        return ""
    if stat.S_ISLNK(st.st_mode):
        return "t_cache_symlink"
    if not stat.S_ISDIR(st.st_mode):
        return "t_cache_not_folder"
    if hasattr(os, "getuid") and st.st_uid != os.getuid():
        return "t_cache_other_user"
    if st.st_mode & 0o022:
        return "t_cache_shared"
    return ""


def usable_dir() -> Path | None:
    """:func:`cache_dir` if it is ours; else None, after one warning on stderr."""
    folder = cache_dir()
    if folder is None:
        return None
    why = untrusted(folder)
    if not why:
        return folder
    if str(folder) not in _warned:
        import sys

        _warned.add(str(folder))
        with contextlib.suppress(OSError, ValueError):
            notice = say("w_cache_unused", folder=shown_path(folder), why=say(why))
            sys.stderr.write(notice.text(language()) + "\n")
    return None


def cache_file(folders: Sequence[Path]) -> Path | None:
    """One file per set of data folders, so that datasets used in turn do not evict another."""
    folder = usable_dir()
    if folder is None:
        return None
    where = "\0".join(os.path.abspath(f) for f in folders)
    name = short_hash(os.fsencode(where))
    return folder / f"dataset-{name}.cache"


def shown_files(folders: Sequence[Path]) -> tuple[str, ...]:
    """What ``Dataset.files`` holds after a build of ``folders`` with no errors."""
    return tuple(shown_path(path) for _, path in data_files(folders))


def read(folders: Sequence[Path], wanted: bytes) -> Dataset | None:
    """The cached dataset for ``folders`` if the file is whole and its key is ``wanted``."""
    path = cache_file(folders)
    if path is None:
        return None
    try:
        # a named pipe or a link to /dev/stdin at this predictable name would block every
        # command: links are not followed, the open does not wait, and anything but a
        # regular file is a miss
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
        with open(os.open(path, flags), "rb") as handle:
            st = os.fstat(handle.fileno())
            if not stat.S_ISREG(st.st_mode):
                return None
            if hasattr(os, "getuid") and st.st_uid != os.getuid():
                return None  # only ever trust a file this user wrote
            head = handle.read(_HEADER)
            if len(head) != _HEADER or not head.startswith(MAGIC):
                return None
            at = len(MAGIC)
            if head[at : at + KEY_SIZE] != wanted:
                return None  # stale: not read any further
            at += KEY_SIZE
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


def write(folders: Sequence[Path], wanted: bytes, ds: Dataset) -> None:
    """Store ``ds`` under ``wanted``, atomically. A cache that cannot be written is no error."""
    try:
        parts = encode_parts(ds)
    except Exception:  # a record the encoder does not know: serve uncached
        return
    target = cache_file(folders)
    if target is None:
        return
    folder = target.parent
    crc = 0
    for part in parts:
        crc = zlib.crc32(part, crc)
    size = sum(len(part) for part in parts)
    header = MAGIC + wanted + size.to_bytes(8, "little") + crc.to_bytes(4, "little")
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        if untrusted(folder):
            return
        write_atomic(target, [header, *parts], mode=0o600, durable=False)
        _prune(folder, keep=target)
    except OSError:
        return


#: The only names this module ever creates in the cache folder: a cache file, and the
#: temporary file of its atomic write (:func:`ecareer.store.atomic.write_atomic`).
_OURS = re.compile(r"dataset-[0-9a-f]{20}\.cache|\.dataset-[0-9a-f]{20}\.cache\.[^/]+\.tmp")


def _prune(folder: Path, keep: Path) -> None:
    """Remove cache files unused for a month and temporary files left by a killed run.

    Only files whose names this module makes, regular files of this user (links are never
    followed), are ever removed: whatever else is in the folder is not ours to delete.
    """
    import time

    now = time.time()
    uid = os.getuid() if hasattr(os, "getuid") else None
    with os.scandir(folder) as entries:
        for entry in entries:
            name = entry.name
            if entry.path == str(keep) or not _OURS.fullmatch(name):
                continue
            try:
                st = entry.stat(follow_symlinks=False)
                if not stat.S_ISREG(st.st_mode) or (uid is not None and st.st_uid != uid):
                    continue
                limit = _STALE_SECONDS if name.endswith(".cache") else 3600
                if now - st.st_mtime > limit:
                    os.unlink(entry.path)
            except OSError:
                continue


def load(folders: Sequence[Path]) -> tuple[Dataset | None, list[Problem]]:
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
