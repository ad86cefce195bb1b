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

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ecareer.contract.problems import Problem
from ecareer.contract.say import say
from ecareer.load.depth import MAX_DEPTH, lines_upto, nesting_overflow, too_deep
from ecareer.load.files import read_text
from ecareer.load.scalars import CORE, Stop, forbidden_tag, resolve_plain, tagged

MAX_ALIASES = 100
MAX_ALIAS_EXPANSION = 10_000

PathKey = tuple[str | int, ...]


@dataclass(slots=True)
class Loaded:
    """The result of loading one file."""

    file: str
    data: Any = None
    problems: list[Problem] = field(default_factory=list)
    positions: dict[PathKey, tuple[int, int]] | None = None
    key_positions: dict[PathKey, tuple[int, int]] | None = None
    #: the first line of each mapping in a list under a top-level key, by (key, index), and
    #: the line each such list ends on: recorded on every load (it costs next to nothing), so
    #: that a problem in one entry is located by reloading that entry alone
    #: (:class:`ecareer.load.locate.Locator`), not the whole file
    item_lines: dict[tuple[str, int], int] = field(default_factory=dict)
    list_ends: dict[str, int] = field(default_factory=dict)

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


def _events(text: str) -> Iterator[Any]:
    import yaml

    loader = getattr(yaml, "CSafeLoader", None) or yaml.SafeLoader
    return iter(yaml.parse(text, Loader=loader))


#: ``on_entry(key, index, mapping)``: called as each mapping in a list under a top-level key
#: ends; what it returns is kept in its place (so a caller can validate entries as they come
#: and let the plain data of each go at once)
OnEntry = Callable[[str, int, dict[Any, Any]], Any]


def load_text(
    text: str, shown: str, *, positions: bool = False, on_entry: OnEntry | None = None
) -> Loaded:
    """Load YAML text into plain data. Problems are returned, never raised."""
    import yaml

    result = Loaded(shown)
    if positions:
        result.positions = {}
        result.key_positions = {}
    try:
        result.data = _build(text, shown, result, on_entry)
        if result.problems:
            result.data = None
    except Stop as stop:
        result.problems.append(stop.problem)
        result.data = None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        deep = nesting_overflow(lines_upto(text, line) if mark else text)
        if deep is not None:
            result.problems.append(too_deep(shown, *deep))
            result.data = None
            return result
        what = " ".join(str(part) for part in (exc.context, exc.problem) if part)
        said = say("p_invalid_yaml", what=what or say("t_syntax_error"))
        result.problems.append(Problem.of("Y001", said, shown, line, col))
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
            Problem.of(
                "Y001",
                say("p_bad_char", code=f"{ord(char):04X}"),
                shown,
                line,
                col,
                hint=say("h_bad_char"),
            )
        )
        result.data = None
    except yaml.YAMLError as exc:
        result.problems.append(Problem.of("Y001", say("p_invalid_yaml", what=str(exc)), shown))
        result.data = None
    return result


def load_file(path: Path, shown: str | None = None, *, positions: bool = False) -> Loaded:
    shown = shown if shown is not None else str(path)
    text, problem = read_text(path, shown)
    if problem is not None or text is None:
        return Loaded(shown, None, [problem] if problem else [])
    return load_text(text, shown, positions=positions)


def _build(text: str, shown: str, result: Loaded, on_entry: OnEntry | None = None) -> Any:
    import yaml

    positions = result.positions
    key_positions = result.key_positions
    item_lines = result.item_lines
    list_ends = result.list_ends
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
                    raise Stop(
                        Problem.of(
                            "Y007",
                            say("p_bad_key"),
                            shown,
                            mark.line + 1,
                            mark.column + 1,
                        )
                    )
                if value in container:
                    result.problems.append(
                        Problem.of(
                            "Y002",
                            say("p_duplicate_key", key=value),
                            shown,
                            mark.line + 1,
                            mark.column + 1,
                            hint=say("h_duplicate_key"),
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
                    value: Any = resolve_plain(
                        event.value, mark.line + 1, mark.column + 1, shown, result.problems
                    )
                else:
                    value = event.value  # quoted, block, or a key: always text
            else:
                value = tagged(tag, event.value, mark.line + 1, mark.column + 1, shown)
            if event.anchor is not None:
                anchors[event.anchor] = (value, 1)
            place(value, mark, 1)
        elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
            mark = event.start_mark
            is_map = kind is yaml.MappingStartEvent
            tag = event.tag
            wanted = CORE + ("map" if is_map else "seq")
            if tag is not None and tag not in ("!", wanted):
                raise Stop(forbidden_tag(tag, mark.line + 1, mark.column + 1, shown))
            if len(stack) >= MAX_DEPTH:
                raise Stop(too_deep(shown, mark.line + 1, mark.column + 1))
            container: Any = {} if is_map else []
            if len(stack) == 2 and is_map and stack[0][1] and not stack[1][1]:
                top = stack[0][2]
                if isinstance(top, str):
                    item_lines[(top, len(stack[1][0]))] = mark.line + 1
            path = child_path() if positions is not None else ()
            if event.anchor is not None:
                open_anchors.add(event.anchor)
            stack.append([container, is_map, _NO_KEY, path, None, event.anchor, 1, mark, _NO_KEY])
        elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            frame = stack.pop()
            if len(stack) == 1 and not frame[1] and stack[0][1] and isinstance(stack[0][2], str):
                list_ends[stack[0][2]] = event.start_mark.line + 1
            elif (
                on_entry is not None
                and frame[1]
                and len(stack) == 2
                and stack[0][1]
                and not stack[1][1]
                and isinstance(stack[0][2], str)
                and frame[5] is None  # an anchored entry stays plain: an alias may copy it
            ):
                frame[0] = on_entry(stack[0][2], len(stack[1][0]), frame[0])
            if frame[5] is not None:
                open_anchors.discard(frame[5])
                anchors[frame[5]] = (frame[0], frame[6])
            place(frame[0], frame[7], frame[6])
        elif kind is yaml.AliasEvent:
            mark = event.start_mark
            aliases += 1
            name = event.anchor
            if name in open_anchors:
                raise Stop(
                    Problem.of(
                        "Y004",
                        say("p_alias_cycle", name=name),
                        shown,
                        mark.line + 1,
                        mark.column + 1,
                    )
                )
            if name not in anchors:
                raise Stop(
                    Problem.of(
                        "Y001",
                        say("p_undefined_alias", name=name),
                        shown,
                        mark.line + 1,
                        mark.column + 1,
                    )
                )
            value, size = anchors[name]
            expansion += size
            if aliases > MAX_ALIASES or expansion > MAX_ALIAS_EXPANSION:
                raise Stop(
                    Problem.of(
                        "Y004",
                        say("p_too_many_aliases", uses=MAX_ALIASES, values=MAX_ALIAS_EXPANSION),
                        shown,
                        mark.line + 1,
                        mark.column + 1,
                        hint=say("h_too_many_aliases"),
                    )
                )
            place(_copy(value), mark, size)
        elif kind is yaml.DocumentStartEvent:
            documents += 1
            if documents > 1:
                mark = event.start_mark
                raise Stop(
                    Problem.of(
                        "Y001",
                        say("p_second_document"),
                        shown,
                        mark.line + 1,
                        mark.column + 1,
                        hint=say("h_second_document"),
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
