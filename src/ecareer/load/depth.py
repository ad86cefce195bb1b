"""The loader's own bound on nesting, independent of the parser.

libyaml refuses deep nesting itself in some versions (at depth 1000, before it hands over a
single event), others do not, and PyYAML's pure-Python parser never does. The loader enforces
:data:`MAX_DEPTH` on the events it is handed; when the parser fails instead, the scan here of
the text read so far decides whether the failure was the nesting, so that deep input is always
the same ``Y006`` at the same place, whatever is installed.
"""

from __future__ import annotations

import re

from ecareer.contract.problems import Problem
from ecareer.contract.say import say

MAX_DEPTH = 64

# One token of the structure scan below: a flow bracket, a quoted scalar (which may hold
# brackets), a comment, a compact block indicator (``- `` or ``? `` or ``key:``), a line end.
_STRUCTURE = re.compile(
    r"""(?P<open>[\[{])|(?P<close>[\]}])"""
    r"""|(?:(?<=[\s\[{,:])|^)(?:"(?:[^"\\]|\\.)*"?|'(?:[^']|'')*'?)"""
    r"""|(?:(?<=\s)|^)\#.*""",
)
_BLOCK_LINE = re.compile(r"( *)((?:[-?](?: +|$))*)(.*)")
_MAP_KEY = re.compile(
    r"""(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s\[\]{}#,&*!|>'"%@`-][^#]*?)\s*:(?:\s|$)"""
)
_BLOCK_SCALAR = re.compile(r"(?:^|[\s:])[|>][-+0-9]*\s*(?:#.*)?$")


def nesting_overflow(text: str, limit: int = MAX_DEPTH) -> tuple[int, int] | None:
    """The (line, col) where the nesting of ``text`` first goes deeper than ``limit``, or None.

    The loader's own depth bound, independent of the parser: libyaml refuses deep nesting
    itself in some versions (at depth 1000, before handing over a single event), others do
    not, and the pure-Python parser never does. The event loop below enforces the bound on
    what the parser hands over; when the parser fails instead, this scan of the text read so
    far decides whether the failure was the nesting. It counts block levels by indentation
    (and compact ``- - x`` entries) and flow levels by brackets outside quotes and comments,
    as YAML nests them; it is approximate only for constructs that never nest that deep.
    """
    block: list[int] = []  # the indentation of each open block level
    flow = 0
    line = 1
    scalar_indent = -1  # inside a block scalar (``|``/``>``) more indented than this
    pos = 0
    end = len(text)
    while pos < end:
        nl = text.find("\n", pos)
        stop = end if nl < 0 else nl
        raw = text[pos:stop]
        if scalar_indent >= 0:
            stripped = raw.lstrip(" ")
            if not stripped or len(raw) - len(stripped) > scalar_indent:
                pos, line = stop + 1, line + 1
                continue
            scalar_indent = -1
        col0 = 0
        if flow == 0:
            match = _BLOCK_LINE.match(raw)
            assert match is not None
            indent, compact, rest = match.groups()
            if not compact and (not rest.strip() or rest.startswith("#")):
                pos, line = stop + 1, line + 1
                continue
            column = len(indent)
            while block and block[-1] > column:
                block.pop()
            if block and block[-1] == column and not compact:
                block.pop()
            entries = []  # the columns where this line opens a block sequence or mapping
            offset = column
            for piece in re.findall(r"[-?] *", compact):
                entries.append(offset)
                offset += len(piece)
            if _MAP_KEY.match(rest):
                entries.append(offset)
            for at in entries:
                if block and block[-1] == at:
                    continue
                block.append(at)
                if len(block) > limit:
                    return (line, at + 1)
            col0 = len(indent) + len(compact)
            if _BLOCK_SCALAR.search(rest):
                scalar_indent = len(indent)
        for token in _STRUCTURE.finditer(raw, col0):
            if token.group("open"):
                flow += 1
                if len(block) + flow > limit:
                    return (line, token.start() + 1)
            elif token.group("close"):
                flow = max(0, flow - 1)
        pos, line = stop + 1, line + 1
    return None


def lines_upto(text: str, line: int) -> str:
    """The first ``line`` lines of ``text``."""
    end = -1
    for _ in range(line):
        end = text.find("\n", end + 1)
        if end < 0:
            return text
    return text[:end]


def too_deep(shown: str, line: int, col: int) -> Problem:
    return Problem.of(
        "Y006", say("p_too_deep", n=MAX_DEPTH), shown, line, col, hint=say("h_too_deep")
    )
