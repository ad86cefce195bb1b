"""Turn Pydantic validation errors into located, readable problems."""

from __future__ import annotations

from typing import Any

from ecareer.contract.names import suggest
from ecareer.contract.problems import Problem

_TYPE_NAMES = {
    str: "text",
    int: "a whole number",
    float: "a number",
    bool: "true/false",
    type(None): "nothing (null)",
    dict: "a mapping",
    list: "a list",
}

_EXPECTED = {
    "string_type": "text",
    "int_type": "a whole number",
    "float_type": "a number",
    "bool_type": "true or false",
    "dict_type": "a mapping (key: value)",
    "model_type": "a mapping (key: value)",
    "model_attributes_type": "a mapping (key: value)",
    "list_type": "a list",
    "int_from_float": "a whole number",
}


def describe(value: Any) -> str:
    name = _TYPE_NAMES.get(type(value), type(value).__name__)
    if isinstance(value, (dict, list)):
        return name
    shown = repr(value)
    if len(shown) > 40:
        shown = shown[:37] + "..."
    return f"{name} {shown}"


def field_path(loc: tuple[str | int, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def schema_problem(
    err: Any, shown: str, where: tuple[int, int], fields: tuple[str, ...] = ()
) -> Problem:
    """One Pydantic error (a dict from ``ValidationError.errors()``) as a Problem.

    ``fields`` are the field names allowed beside an unknown one, for a did-you-mean hint.
    """
    kind: str = err["type"]
    loc: tuple[str | int, ...] = tuple(err["loc"])
    value = err.get("input")
    at = field_path(loc)
    line, col = where
    name = loc[-1] if loc else ""
    if kind == "missing":
        return Problem(
            "S001",
            f"missing required field `{name}` in {field_path(loc[:-1])}",
            shown,
            line,
            col,
            hint=f"add `{name}:`",
        )
    if kind == "extra_forbidden":
        hint = suggest(str(name), fields, 1)
        if fields:
            hint = (hint + " " if hint else "") + "allowed: " + ", ".join(fields)
        return Problem("S002", f"unknown field `{name}` at {at}", shown, line, col, hint=hint)
    if kind in _EXPECTED:
        hint = ""
        if kind == "string_type" and (isinstance(value, (bool, int, float)) or value is None):
            hint = "quote the value if it is meant as text"
        return Problem(
            "S003",
            f"{at}: expected {_EXPECTED[kind]}, got {describe(value)}",
            shown,
            line,
            col,
            hint=hint,
        )
    if kind == "string_pattern_mismatch":
        return Problem(
            "S004",
            f"{at}: {value!r} is not a valid id",
            shown,
            line,
            col,
            hint="ids are kebab-case English: lower-case letters and digits joined by single "
            "hyphens, e.g. `ops-specialist`",
        )
    if kind == "enum":
        allowed = str(err.get("ctx", {}).get("expected", ""))
        options = [o.strip().strip("'") for o in allowed.replace(" or ", ", ").split(",")]
        hint = suggest(str(value), [o for o in options if o], 1)
        hint = hint + " " if hint else ""
        return Problem(
            "S004",
            f"{at}: {value!r} is not one of {allowed}",
            shown,
            line,
            col,
            hint=hint + "allowed: " + ", ".join(o for o in options if o),
        )
    message = str(err.get("msg", kind))
    return Problem("S004", f"{at}: {message[0].lower() + message[1:]}", shown, line, col)
