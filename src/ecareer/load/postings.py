"""Reading job postings: files, folders of them, or stdin, as UTF-8 text within a bound.

A posting is a page of text: anything over :data:`MAX_POSTING_BYTES` is not one (a log, a
dump, a binary) and is refused unread, as is an empty file or one with NUL bytes (binary).
Files are read by :func:`ecareer.load.files.read_text`, with its checks and messages.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ecareer.contract.problems import Problem
from ecareer.contract.say import say
from ecareer.load.files import decode_utf8, read_text, shown_path

MAX_POSTING_BYTES = 256 * 1024
#: The files of a folder that are read as postings.
SUFFIXES = (".txt", ".md", ".text")
STDIN = "-"


def _too_big(shown: str) -> Problem:
    return Problem.of(
        "F002",
        say("p_posting_too_big", file=shown, n=MAX_POSTING_BYTES // 1024),
        shown,
        hint=say("h_one_posting"),
    )


def _check(text: str, shown: str) -> Problem | None:
    if not text.strip():
        return Problem.of("F001", say("p_empty", file=shown), shown, hint=say("h_paste_posting"))
    at = text.find("\x00")
    if at >= 0:
        line = text.count("\n", 0, at) + 1
        col = at - (text.rfind("\n", 0, at) + 1) + 1
        return Problem.of(
            "F003",
            say("p_binary", file=shown, offset=at),
            shown,
            line,
            col,
            hint=say("h_posting_text"),
        )
    return None


def read_posting(path: Path) -> tuple[str | None, Problem | None]:
    shown = shown_path(path)
    try:
        size = path.stat().st_size
    except OSError:
        size = 0  # read_text says what is wrong
    if size > MAX_POSTING_BYTES and path.is_file():
        return None, _too_big(shown)
    text, problem = read_text(path, shown)
    if problem is not None or text is None:
        return None, problem
    if len(text.encode("utf-8", "surrogatepass")) > MAX_POSTING_BYTES:
        return None, _too_big(shown)  # the file grew while it was read
    bad = _check(text, shown)
    return (None, bad) if bad else (text, None)


def read_stream(stream: BinaryIO, shown: str = "stdin") -> tuple[str | None, Problem | None]:
    raw = stream.read(MAX_POSTING_BYTES + 1)
    if len(raw) > MAX_POSTING_BYTES:
        return None, _too_big(shown)
    text, problem = decode_utf8(raw, shown)
    if problem is not None or text is None:
        return None, problem
    bad = _check(text, shown)
    return (None, bad) if bad else (text, None)


def expand(paths: list[Path]) -> Iterator[Path]:
    """The postings named: files as given, a folder's posting files in name order."""
    for path in paths:
        if str(path) != STDIN and path.is_dir():
            try:
                names = sorted(os.listdir(path))
            except OSError:
                yield path  # read_text says why it cannot be read
                continue
            for name in names:
                child = path / name
                wanted = not name.startswith(".") and child.suffix.lower() in SUFFIXES
                if wanted and child.is_file():
                    yield child
        else:
            yield path
