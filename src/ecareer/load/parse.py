"""Strict YAML loading: bytes in, plain data (and, when asked, positions) out.

This is the only module that knows YAML. It builds plain Python data straight from the
parser's event stream (libyaml's when it is installed) with an explicit stack, so that

* nothing is ever constructed from a tag: ``!!python/object/apply`` is refused, never run;
* nesting depth, alias use and file size are bounded (an alias bomb or ``[[[[...`` is
  rejected at once instead of exhausting memory or the C stack);
* what PyYAML lets through silently is an error: duplicate keys, and plain scalars that YAML
  1.1 and YAML 1.2 read differently (``no``, ``on``, ``010``, ``1:30``, ``2024-01-01``);
* every problem carries ``line:col`` (1-based).

Positions of every value are recorded only when asked (``positions=True``): the fast path
loads without them, and callers reload a file with positions only when they have a schema
or cross-file problem to report in it.
"""

from __future__ import annotations

import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path as FsPath
from typing import Any

from ecareer.contract.problems import Problem

MAX_BYTES = 64 * 1024 * 1024
MAX_DEPTH = 64
MAX_ALIASES = 100
MAX_ALIAS_EXPANSION = 10_000

PathKey = tuple[str | int, ...]

_CORE = "tag:yaml.org,2002:"
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False}
_BOOL["FALSE"] = False
_NULL = {"", "~", "null", "Null", "NULL"}
_INT = re.compile(r"[-+]?(0|[1-9][0-9]*)")
_INT_12 = re.compile(r"0o[0-7]+|0x[0-9a-fA-F]+")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+\.[0-9]*)([eE][-+]?[0-9]+)?")
_INF = re.compile(r"[-+]?\.(inf|Inf|INF)")
_NAN = re.compile(r"\.(nan|NaN|NAN)")
# Plain scalars that YAML 1.1 (PyYAML) and YAML 1.2 read differently, or that look like a
# number to one reader and text to another. Refused: the contributor must quote or rewrite.
_AMBIGUOUS = re.compile(
    r"y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF"  # 1.1 booleans
    r"|[-+]?0[0-9_]+"  # 1.1 octal, or a zero-padded number
    r"|[-+]?0b[01_]+"  # 1.1 binary
    r"|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?"  # 1.1 base 60 (1:30)
    r"|[-+]?[0-9][0-9_]*_[0-9_]*(\.[0-9_]*)?"  # 1.1 digits with underscores
    r"|[-+]?[0-9]+([eE][-+]?[0-9]+)"  # 1.2 float without a dot: text in 1.1
    r"|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?"  # 1.1 timestamp
    r"|<<|="  # 1.1 merge and value keys
)


@dataclass(slots=True)
class Loaded:
    """The result of loading one file."""

    file: str
    data: Any = None
    problems: list[Problem] = field(default_factory=list)
    positions: dict[PathKey, tuple[int, int]] | None = None
    key_positions: dict[PathKey, tuple[int, int]] | None = None

    @property
    def ok(self) -> bool:
        return not self.problems

    def locate(self, path: PathKey) -> tuple[int, int]:
        """The (line, col) of the value at ``path``, or of its nearest ancestor.

        For a path that ends in a mapping key, the key's own position is preferred: it is
        where a contributor looks for a field, also when its value starts on a later line.
        """
        if self.positions is None:
            return (0, 0)
        keys = self.key_positions or {}
        for cut in range(len(path), -1, -1):
            sub = path[:cut]
            if sub in keys:
                return keys[sub]
            if sub in self.positions:
                return self.positions[sub]
        return (1, 1)


class _Stop(Exception):
    """Raised inside the event loop for a problem after which loading cannot go on."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


def read_text(path: FsPath, shown: str) -> tuple[str | None, Problem | None]:
    """Read a file as UTF-8 text (a UTF-8 byte-order mark is allowed), within the size bound."""
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            return None, Problem(
                "F001",
                f"{shown} is a folder, not a file",
                shown,
                hint="give the path of a YAML file",
            )
        if not stat.S_ISREG(info.st_mode):
            # a pipe, a socket or a device would block or never end
            return None, Problem(
                "F001",
                f"{shown} is not a regular file",
                shown,
                hint="give the path of a YAML file",
            )
        with path.open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        return None, Problem("F001", f"{shown} does not exist", shown)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        return None, Problem("F001", f"cannot read {shown}: {reason}", shown)
    if len(raw) > MAX_BYTES:
        return None, Problem(
            "F002",
            f"{shown} is larger than {MAX_BYTES // (1024 * 1024)} MiB",
            shown,
            hint="split the data or raise the bound (ecareer.load.parse.MAX_BYTES)",
        )
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        col = len(before) - (before.rfind(b"\n") + 1) + 1
        what = "a UTF-16 byte-order mark" if raw[:2] in (b"\xff\xfe", b"\xfe\xff") else None
        return None, Problem(
            "F003",
            f"{shown} is not UTF-8: byte 0x{raw[exc.start]:02x} at offset {exc.start}"
            + (f" ({what})" if what else ""),
            shown,
            line,
            col,
            hint="save the file as UTF-8",
        )
    return text, None


def _resolve_plain(
    value: str, line: int, col: int, shown: str, problems: list[Problem] | None = None
) -> Any:
    """Resolve an untagged plain scalar by the YAML 1.2 core schema, refusing 1.1 surprises.

    A YAML 1.1 surprise is appended to ``problems`` (and read as text) when a list is given,
    so that one run reports all of them; otherwise it stops the load.
    """
    if value in _NULL:
        return None
    if value in _BOOL:
        return _BOOL[value]
    first = value[0]
    if first.isdigit() or first in "-+.<=":
        if _INT.fullmatch(value):
            return int(value)
        if _FLOAT.fullmatch(value):
            return float(value)
        if _INT_12.fullmatch(value):
            return int(value, 0)
        if _INF.fullmatch(value):
            return float("-inf") if value[0] == "-" else float("inf")
        if _NAN.fullmatch(value):
            return float("nan")
    if _AMBIGUOUS.fullmatch(value):
        problem = Problem(
            "Y003",
            f"the plain value {value!r} is read differently by YAML 1.1 and 1.2",
            shown,
            line,
            col,
            hint=f"quote it ('{value}') if you mean text; write true/false or a plain "
            "decimal number otherwise",
        )
        if problems is None:
            raise _Stop(problem)
        problems.append(problem)
    return value


def _tagged(tag: str, value: str, line: int, col: int, shown: str) -> Any:
    if tag == _CORE + "str" or tag == "!":
        return value
    if tag in (_CORE + "int", _CORE + "float", _CORE + "bool", _CORE + "null"):
        resolved: Any = _resolve_plain(value, line, col, shown)
        wanted: dict[str, type | tuple[type, ...]] = {
            "int": int,
            "float": (int, float),
            "bool": bool,
            "null": type(None),
        }
        kind = tag[len(_CORE) :]
        if isinstance(resolved, wanted[kind]) and not (
            kind in ("int", "float") and isinstance(resolved, bool)
        ):
            return float(str(resolved)) if kind == "float" else resolved
        raise _Stop(Problem("Y005", f"{value!r} is not a valid !!{kind}", shown, line, col))
    raise _Stop(_forbidden_tag(tag, line, col, shown))


def _forbidden_tag(tag: str, line: int, col: int, shown: str) -> Problem:
    short = "!!" + tag[len(_CORE) :] if tag.startswith(_CORE) else tag
    return Problem(
        "Y005",
        f"the tag {short} is not allowed",
        shown,
        line,
        col,
        hint="ecareer data holds only plain mappings, lists, text, numbers and true/false; "
        "remove the tag",
    )


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


def _lines_upto(text: str, line: int) -> str:
    """The first ``line`` lines of ``text``."""
    end = -1
    for _ in range(line):
        end = text.find("\n", end + 1)
        if end < 0:
            return text
    return text[:end]


def _too_deep(shown: str, line: int, col: int) -> Problem:
    return Problem(
        "Y006",
        f"nesting deeper than {MAX_DEPTH} levels",
        shown,
        line,
        col,
        hint="ecareer data is never nested this deep; check the brackets and indentation",
    )


def _events(text: str) -> Iterator[Any]:
    import yaml

    loader = getattr(yaml, "CSafeLoader", None) or yaml.SafeLoader
    return iter(yaml.parse(text, Loader=loader))


def load_text(text: str, shown: str, *, positions: bool = False) -> Loaded:
    """Load YAML text into plain data. Problems are returned, never raised."""
    import yaml

    result = Loaded(shown)
    if positions:
        result.positions = {}
        result.key_positions = {}
    try:
        result.data = _build(text, shown, result)
        if result.problems:
            result.data = None
    except _Stop as stop:
        result.problems.append(stop.problem)
        result.data = None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        deep = nesting_overflow(_lines_upto(text, line) if mark else text)
        if deep is not None:
            result.problems.append(_too_deep(shown, *deep))
            result.data = None
            return result
        what = " ".join(str(part) for part in (exc.context, exc.problem) if part)
        result.problems.append(
            Problem("Y001", f"invalid YAML: {what or 'syntax error'}", shown, line, col)
        )
        result.data = None
    except yaml.reader.ReaderError as exc:
        # a character YAML does not allow (NUL, most control codes): locate it in the text
        # libyaml counts bytes of UTF-8, PyYAML's own reader counts characters
        before = (
            text.encode("utf-8")[: exc.position].decode("utf-8", "ignore")
            if getattr(yaml, "CSafeLoader", None) is not None
            else text[: exc.position]
        )
        line = before.count("\n") + 1
        col = len(before) - (before.rfind("\n") + 1) + 1
        char = exc.character if isinstance(exc.character, str) else chr(exc.character)
        result.problems.append(
            Problem(
                "Y001",
                f"invalid YAML: the character U+{ord(char):04X} is not allowed in YAML",
                shown,
                line,
                col,
                hint="remove it, or write it as an escape inside double quotes",
            )
        )
        result.data = None
    except yaml.YAMLError as exc:
        result.problems.append(Problem("Y001", f"invalid YAML: {exc}", shown))
        result.data = None
    return result


def load_file(path: FsPath, shown: str | None = None, *, positions: bool = False) -> Loaded:
    shown = shown if shown is not None else str(path)
    text, problem = read_text(path, shown)
    if problem is not None or text is None:
        return Loaded(shown, None, [problem] if problem else [])
    return load_text(text, shown, positions=positions)


def _build(text: str, shown: str, result: Loaded) -> Any:
    import yaml

    positions = result.positions
    key_positions = result.key_positions
    # A frame: [container, is_mapping, pending_key, path, key_pos, anchor, size, mark, unused]
    stack: list[list[Any]] = []
    anchors: dict[str, tuple[Any, int]] = {}
    open_anchors: set[str] = set()
    aliases = 0
    expansion = 0
    root: Any = None
    documents = 0

    def place(value: Any, mark: Any, size: int) -> None:
        nonlocal root
        if not stack:
            root = value
            if positions is not None:
                positions[()] = (mark.line + 1, mark.column + 1)
            return
        frame = stack[-1]
        container = frame[0]
        frame[6] += size
        if frame[1]:
            if frame[2] is _NO_KEY:
                if isinstance(value, (dict, list)) or not _hashable(value):
                    raise _Stop(
                        Problem(
                            "Y007",
                            "a mapping key must be plain text, not a mapping or a list",
                            shown,
                            mark.line + 1,
                            mark.column + 1,
                        )
                    )
                if value in container:
                    result.problems.append(
                        Problem(
                            "Y002",
                            f"duplicate key {value!r}: it already appears in this mapping",
                            shown,
                            mark.line + 1,
                            mark.column + 1,
                            hint="PyYAML would keep only the last one; merge the two or remove one",
                        )
                    )
                    frame[2] = _SKIP
                    return
                frame[2] = value
                frame[4] = (mark.line + 1, mark.column + 1)
            else:
                key = frame[2]
                frame[2] = _NO_KEY
                if key is _SKIP:
                    return
                container[key] = value
                if positions is not None and key_positions is not None:
                    path = (*frame[3], key)
                    positions[path] = (mark.line + 1, mark.column + 1)
                    key_positions[path] = frame[4]
        else:
            if positions is not None:
                positions[(*frame[3], len(container))] = (mark.line + 1, mark.column + 1)
            container.append(value)

    def child_path() -> tuple[str | int, ...]:
        if not stack:
            return ()
        frame = stack[-1]
        if frame[1]:
            return (*frame[3], frame[2])
        return (*frame[3], len(frame[0]))

    for event in _events(text):
        kind = type(event)
        if kind is yaml.ScalarEvent:
            mark = event.start_mark
            tag = event.tag
            at_key = bool(stack) and stack[-1][1] and stack[-1][2] is _NO_KEY
            if tag is None:
                if event.implicit[0] and not at_key:
                    value: Any = _resolve_plain(
                        event.value, mark.line + 1, mark.column + 1, shown, result.problems
                    )
                else:
                    value = event.value  # quoted, block, or a key: always text
            else:
                value = _tagged(tag, event.value, mark.line + 1, mark.column + 1, shown)
            if event.anchor is not None:
                anchors[event.anchor] = (value, 1)
            place(value, mark, 1)
        elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
            mark = event.start_mark
            is_map = kind is yaml.MappingStartEvent
            tag = event.tag
            wanted = _CORE + ("map" if is_map else "seq")
            if tag is not None and tag not in ("!", wanted):
                raise _Stop(_forbidden_tag(tag, mark.line + 1, mark.column + 1, shown))
            if len(stack) >= MAX_DEPTH:
                raise _Stop(_too_deep(shown, mark.line + 1, mark.column + 1))
            container: Any = {} if is_map else []
            path = child_path() if positions is not None else ()
            if event.anchor is not None:
                open_anchors.add(event.anchor)
            stack.append([container, is_map, _NO_KEY, path, None, event.anchor, 1, mark, _NO_KEY])
        elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            frame = stack.pop()
            if frame[5] is not None:
                open_anchors.discard(frame[5])
                anchors[frame[5]] = (frame[0], frame[6])
            place(frame[0], frame[7], frame[6])
        elif kind is yaml.AliasEvent:
            mark = event.start_mark
            aliases += 1
            name = event.anchor
            if name in open_anchors:
                raise _Stop(
                    Problem(
                        "Y004",
                        f"the alias *{name} refers to a node that contains it (a cycle)",
                        shown,
                        mark.line + 1,
                        mark.column + 1,
                    )
                )
            if name not in anchors:
                raise _Stop(
                    Problem(
                        "Y001",
                        f"invalid YAML: found undefined alias *{name}",
                        shown,
                        mark.line + 1,
                        mark.column + 1,
                    )
                )
            value, size = anchors[name]
            expansion += size
            if aliases > MAX_ALIASES or expansion > MAX_ALIAS_EXPANSION:
                raise _Stop(
                    Problem(
                        "Y004",
                        f"too many aliases: more than {MAX_ALIASES} uses or "
                        f"{MAX_ALIAS_EXPANSION} expanded values",
                        shown,
                        mark.line + 1,
                        mark.column + 1,
                        hint="write the values out instead of repeating anchors",
                    )
                )
            place(_copy(value), mark, size)
        elif kind is yaml.DocumentStartEvent:
            documents += 1
            if documents > 1:
                mark = event.start_mark
                raise _Stop(
                    Problem(
                        "Y001",
                        "invalid YAML: expected a single document, found a second one",
                        shown,
                        mark.line + 1,
                        mark.column + 1,
                        hint="remove the `---` that starts the second document",
                    )
                )
    return root


class _NoKey:
    __slots__ = ()


_NO_KEY: Any = _NoKey()
_SKIP: Any = _NoKey()


def _hashable(value: Any) -> bool:
    try:
        hash(value)
    except TypeError:
        return False
    return True


def _copy(value: Any) -> Any:
    """A deep copy of an aliased value: the data is a tree, never a graph with shared parts."""
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy(v) for v in value]
    return value
