"""Turn Pydantic validation errors into located, readable problems."""

from __future__ import annotations

from typing import Any

from ecareer.contract.names import suggest
from ecareer.contract.problems import Problem
from ecareer.contract.say import Names, Say, Worded, say

_TYPE_NAMES = {
    str: "t_text",
    int: "t_whole_number",
    float: "t_number",
    bool: "t_bool",
    type(None): "t_null",
    dict: "t_mapping",
    list: "t_list",
}

_EXPECTED = {
    "string_type": "t_text",
    "int_type": "t_whole_number",
    "float_type": "t_number",
    "bool_type": "t_true_false",
    "dict_type": "t_mapping_kv",
    "model_type": "t_mapping_kv",
    "model_attributes_type": "t_mapping_kv",
    "list_type": "t_list",
    "int_from_float": "t_whole_number",
}

#: The contract's own error types (contract.models: an Either field and its alternatives).
_EITHER = {"either_one": "p_either_one", "either_distinct": "p_either_distinct"}

#: Pydantic's bounds, in our words: error type -> (phrase, the ctx value it names).
_BOUNDS = {
    "greater_than_equal": ("t_at_least", "ge"),
    "less_than_equal": ("t_at_most", "le"),
    "greater_than": ("t_more_than", "gt"),
    "less_than": ("t_less_than", "lt"),
    "too_short": ("t_min_items", "min_length"),
    "too_long": ("t_max_items", "max_length"),
    "string_too_short": ("t_min_chars", "min_length"),
    "string_too_long": ("t_max_chars", "max_length"),
}


def describe(value: Any) -> Say:
    """What a value is, for a message: ``text 'abc'``, ``a list``."""
    name = say(_TYPE_NAMES.get(type(value), "t_text"))
    if type(value) not in _TYPE_NAMES:
        return say("t_got", kind=type(value).__name__, value="")
    if isinstance(value, (dict, list)):
        return name
    shown = repr(value)
    if len(shown) > 40:
        shown = shown[:37] + "..."
    return say("t_got", kind=name, value=shown)


def field_path(loc: tuple[str | int, ...]) -> str | Say:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or say("t_top_level")


def _hints(*parts: Say | None) -> tuple[Say, ...]:
    return tuple(part for part in parts if part is not None)


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
        return Problem.of(
            "S001",
            say("p_missing_field", name=name, at=field_path(loc[:-1])),
            shown,
            line,
            col,
            hint=say("h_add_field", name=name),
        )
    if kind == "extra_forbidden":
        allowed = say("h_allowed", names=Names(fields)) if fields else None
        return Problem.of(
            "S002",
            say("p_unknown_field", name=name, at=at),
            shown,
            line,
            col,
            hint=_hints(suggest(str(name), fields, 1), allowed),
        )
    if kind in _EXPECTED:
        quote = kind == "string_type" and (isinstance(value, (bool, int, float)) or value is None)
        return Problem.of(
            "S003",
            say("p_expected", at=at, expected=say(_EXPECTED[kind]), got=describe(value)),
            shown,
            line,
            col,
            hint=say("h_quote_text") if quote else None,
        )
    if kind == "string_pattern_mismatch":
        return Problem.of(
            "S004", say("p_not_an_id", at=at, value=value), shown, line, col, hint=say("h_id")
        )
    if kind == "enum":
        allowed_text = str(err.get("ctx", {}).get("expected", ""))
        options = [o.strip().strip("'") for o in allowed_text.replace(" or ", ", ").split(",")]
        options = [o for o in options if o]
        return Problem.of(
            "S004",
            say(
                "p_not_one_of",
                at=at,
                value=value,
                allowed=Names(tuple(f"'{o}'" for o in options), last="t_or"),
            ),
            shown,
            line,
            col,
            hint=_hints(
                suggest(str(value), options, 1), say("h_allowed", names=Names(tuple(options)))
            ),
        )
    if kind in _EITHER:
        ctx = err.get("ctx", {})
        said = say(_EITHER[kind], at=at, field=ctx.get("field", ""), other=ctx.get("other", ""))
        return Problem.of("S004", said, shown, line, col)
    bound = _BOUNDS.get(kind)
    limit = err.get("ctx", {}).get(bound[1]) if bound else None
    message = str(err.get("msg", kind))
    english = message[0].lower() + message[1:]
    if bound is not None and limit is not None:  # Pydantic's words in English, ours in Chinese
        worded = Worded(english, say(bound[0], n=limit))
        return Problem.of("S004", say("p_invalid", at=at, message=worded), shown, line, col)
    return Problem.of("S004", say("p_invalid", at=at, message=english), shown, line, col)
