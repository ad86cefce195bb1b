"""Make text from data files safe for a terminal: control codes are shown, never obeyed."""

from __future__ import annotations

import re

# C0 and C1 controls (ANSI escapes start with ESC or CSI), DEL, and the bidirectional
# overrides that can reorder what a terminal shows ("Trojan Source").
# Lone surrogates (the undecodable bytes of a non-UTF-8 file name) cannot be written at all.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_UNSAFE_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    ch = match.group()
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def clean(text: str, *, one_line: bool = True) -> str:
    """``text`` with control characters written as visible escapes (``\\x1b``)."""
    pattern = _UNSAFE_LINE if one_line else _UNSAFE
    return pattern.sub(_escape, text)


_JSON_UNSAFE = re.compile(r"[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def json_safe(text: str) -> str:
    """JSON text with DEL, C1 controls and bidi overrides written as ``\\uXXXX`` escapes.

    ``json.dumps(ensure_ascii=False)`` escapes only C0 controls; the rest would reach the
    terminal raw. The escaped document is still valid JSON and decodes to the same strings.
    """
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
