"""Write files so that a reader never sees half of one: a temporary file, then a rename."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_atomic(target: Path, text: str, *, overwrite: bool = True) -> None:
    """Write ``text`` to ``target`` through a temporary file in the same folder.

    With ``overwrite=False`` an existing target is left alone (``FileExistsError``). On any
    failure (a full disk, Ctrl-C) the temporary file is removed and the target is untouched.
    """
    data = text.encode("utf-8")
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if overwrite:
            os.replace(tmp, target)
        else:
            os.link(tmp, target)  # fails with FileExistsError, atomically, if it exists
            os.unlink(tmp)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
