"""Reading a file the tool was given: only a regular file, within a size bound, as UTF-8.

A pipe, a socket or a device would block or never end, so they are refused before they are
opened for reading; a file over :data:`MAX_BYTES` is refused unread.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from ecareer.contract.problems import Problem
from ecareer.contract.say import say

MAX_BYTES = 64 * 1024 * 1024


def shown_path(path: Path) -> str:
    """A path as it is shown in messages: relative to the working folder when inside it.

    The one helper for showing a path: a byte that is not UTF-8 (``--data $'d\\xff'``, a
    working folder so named) is written as an escape (``d\\udcff``), so that the text can
    be printed and put in JSON whatever the encoding.
    """
    try:
        rel = os.path.relpath(path)
    except (ValueError, OSError):  # another drive; a working folder that was removed
        rel = ".."
    return printable(str(path) if rel.startswith("..") else rel)


def printable(text: str) -> str:
    """``text`` with lone surrogates (undecodable bytes of a file name) and control
    characters written as visible escapes."""
    if text.isprintable():
        return text
    return "".join(
        ch
        if ch.isprintable() or ch == " "
        else ch.encode("unicode_escape").decode("ascii")
        if ord(ch) < 0xD800 or ord(ch) > 0xDFFF
        else f"\\u{ord(ch):04x}"
        for ch in text
    )


def read_text(path: Path, shown: str) -> tuple[str | None, Problem | None]:
    """Read a file as UTF-8 text (a UTF-8 byte-order mark is allowed), within the size bound."""
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            return None, Problem.of(
                "F001", say("p_is_folder", file=shown), shown, hint=say("h_give_yaml_file")
            )
        if not stat.S_ISREG(info.st_mode):
            # a pipe, a socket or a device would block or never end
            return None, Problem.of(
                "F001", say("p_not_regular", file=shown), shown, hint=say("h_give_yaml_file")
            )
        with path.open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        return None, Problem.of("F001", say("p_not_exist", file=shown), shown)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        return None, Problem.of("F001", say("p_cannot_read", file=shown, reason=reason), shown)
    if len(raw) > MAX_BYTES:
        return None, Problem.of(
            "F002",
            say("p_too_large", file=shown, n=MAX_BYTES // (1024 * 1024)),
            shown,
            hint=say("h_too_large"),
        )
    return decode_utf8(raw, shown)


def decode_utf8(raw: bytes, shown: str) -> tuple[str | None, Problem | None]:
    """``raw`` as UTF-8 text (a byte-order mark dropped), or F003 at the first bad byte."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        col = len(before) - (before.rfind(b"\n") + 1) + 1
        bom = raw[:2] in (b"\xff\xfe", b"\xfe\xff")
        return None, Problem.of(
            "F003",
            say(
                "p_not_utf8_bom" if bom else "p_not_utf8",
                file=shown,
                byte=f"{raw[exc.start]:02x}",
                offset=exc.start,
            ),
            shown,
            line,
            col,
            hint=say("h_save_utf8"),
        )
