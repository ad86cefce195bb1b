"""Plain scalars by the YAML 1.2 core schema, refusing what YAML 1.1 reads otherwise; tags.

PyYAML reads YAML 1.1, where ``no`` is false, ``010`` is eight and ``1:30`` is ninety; other
tools read YAML 1.2. A value the two read differently is an error here (the contributor must
quote or rewrite it), and no tag ever constructs anything: ``!!python/object/apply`` is
refused, never run.
"""

from __future__ import annotations

import re
from typing import Any

from ecareer.contract.problems import Problem
from ecareer.contract.say import say

CORE = "tag:yaml.org,2002:"
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False}
_BOOL["FALSE"] = False
_NULL = {"", "~", "null", "Null", "NULL"}
_INT = re.compile(r"[-+]?(0|[1-9][0-9]*)")
_INT_12 = re.compile(r"0o[0-7]+|0x[0-9a-fA-F]+")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+\.[0-9]*)([eE][-+]?[0-9]+)?")
#: The most characters of a number read (no field needs more; int() fails past 4,300).
MAX_DIGITS = 100
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


class Stop(Exception):
    """Raised inside the event loop for a problem after which loading cannot go on."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


def resolve_plain(
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
        if len(value) > MAX_DIGITS and (_INT.fullmatch(value) or _INT_12.fullmatch(value)):
            # int() refuses more than 4,300 digits with a ValueError, and a message that
            # shows such a number would fail the same way: bounded before anything reads it
            raise Stop(
                Problem.of(
                    "S004",
                    say("p_long_number", start=value[:20], digits=len(value), limit=MAX_DIGITS),
                    shown,
                    line,
                    col,
                    hint=say("h_long_number"),
                )
            )
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
        problem = Problem.of(
            "Y003",
            say("p_ambiguous", value=value),
            shown,
            line,
            col,
            hint=say("h_ambiguous", value=value),
        )
        if problems is None:
            raise Stop(problem)
        problems.append(problem)
    return value


def tagged(tag: str, value: str, line: int, col: int, shown: str) -> Any:
    if tag == CORE + "str" or tag == "!":
        return value
    if tag in (CORE + "int", CORE + "float", CORE + "bool", CORE + "null"):
        resolved: Any = resolve_plain(value, line, col, shown)
        wanted: dict[str, type | tuple[type, ...]] = {
            "int": int,
            "float": (int, float),
            "bool": bool,
            "null": type(None),
        }
        kind = tag[len(CORE) :]
        if isinstance(resolved, wanted[kind]) and not (
            kind in ("int", "float") and isinstance(resolved, bool)
        ):
            return float(str(resolved)) if kind == "float" else resolved
        raise Stop(
            Problem.of("Y005", say("p_bad_tagged", value=value, kind=kind), shown, line, col)
        )
    raise Stop(forbidden_tag(tag, line, col, shown))


def forbidden_tag(tag: str, line: int, col: int, shown: str) -> Problem:
    short = "!!" + tag[len(CORE) :] if tag.startswith(CORE) else tag
    return Problem.of(
        "Y005", say("p_forbidden_tag", tag=short), shown, line, col, hint=say("h_forbidden_tag")
    )
