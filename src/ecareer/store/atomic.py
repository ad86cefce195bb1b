"""Write files so that a reader never sees half of one: a temporary file, then a rename."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_atomic(
    target: Path,
    content: str | bytes | list[bytes],
    *,
    overwrite: bool = True,
    mode: int | None = None,
    durable: bool = True,
) -> None:
    """Write ``content`` (text as UTF-8; a list of parts one after the other) to ``target``
    through a temporary file beside it.

    With ``overwrite=False`` an existing target is left alone (``FileExistsError``). On any
    failure (a full disk, Ctrl-C) the temporary file is removed and the target is untouched.
    The file gets ``mode``, else the mode of the file it replaces, else the mode ``open()``
    would give a new one (not the 0600 of the temporary file). ``durable`` syncs the data to
    disk before the rename (a cache, which can always be rebuilt, skips it).
    """
    data = content.encode("utf-8") if isinstance(content, str) else content
    parts = data if isinstance(data, list) else [data]
    folder = target.parent if str(target.parent) else Path(".")
    if mode is None:
        try:
            mode = target.stat().st_mode & 0o7777
        except OSError:
            mode = default_mode()
    fd, tmp = tempfile.mkstemp(prefix=temp_prefix(target.name), suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            for part in parts:
                handle.write(part)
            handle.flush()
            os.fchmod(handle.fileno(), mode)
            if durable:
                os.fsync(handle.fileno())
        if overwrite:
            os.replace(tmp, target)
        else:
            _create_new(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


#: The longest file name most file systems allow (bytes), and what mkstemp adds to the
#: prefix: eight random characters and ".tmp".
NAME_MAX = 255
_ADDED = 8 + len(".tmp")


def temp_prefix(name: str) -> str:
    """``.NAME.``, with NAME cut (at a character boundary) so that the temporary name is no
    longer than the longest name allowed: a target of 242..255 bytes can still be written."""
    room = NAME_MAX - _ADDED - 2
    raw = os.fsencode(name)
    if len(raw) > room:
        name = os.fsdecode(raw[:room])
    return f".{name}."


def write_through(target: Path, content: str | bytes) -> None:
    """Write into what ``target`` already is when it is not a regular file: a terminal,
    /dev/null, a named pipe with a reader. Never created, truncated or replaced; opened
    without blocking, so a named pipe that nobody reads is an error (ENXIO), not a hang.
    """
    data = content.encode("utf-8") if isinstance(content, str) else content
    flags = os.O_WRONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    fd = os.open(target, flags)
    try:
        os.set_blocking(fd, True)  # a reader is there: now wait for it as a pipe does
        view = memoryview(data)
        while view:
            done = os.write(fd, view)
            view = view[done:]
    finally:
        os.close(fd)


def _create_new(tmp: str, target: Path) -> None:
    """Move ``tmp`` to ``target`` only if ``target`` does not exist (FileExistsError if it does)."""
    try:
        os.link(tmp, target)  # atomic: fails with FileExistsError if the target exists
    except FileExistsError:
        raise
    except OSError:
        # a file system without hard links: check, then rename (a small window, documented)
        if os.path.lexists(target):
            raise FileExistsError(str(target)) from None
        os.replace(tmp, target)
        return
    os.unlink(tmp)


def default_mode() -> int:
    """0666 less the umask: the mode ``open()`` gives a new file."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask
