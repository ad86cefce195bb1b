"""The Pydantic models that check what contributors write, generated from the records.

Nothing here is written twice: each model is made from its record class in
:mod:`ecareer.contract.records` (the fields, their order, defaults, bounds, descriptions and
aliases), and :func:`to_record` turns a validated model back into its record. The models are
strict (no coercion: ``"3"`` is not a level; enums accept their text), closed
(``extra="forbid"``: a misspelt field is an error, not a silently ignored key) and frozen.
The JSON Schemas in ``schemas/`` are generated from them by ``ecareer schema``.

Rules that need more than one record (unknown references, cycles, levels outside the scale)
live in :mod:`ecareer.validate.rules`, not here. Importing this module imports Pydantic: only
the paths that validate do.
"""

import enum
import types
import typing
from collections.abc import Callable
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, create_model, model_validator
from pydantic_core import PydanticCustomError

from ecareer.contract import records as rec
from ecareer.contract.fields import Alias, Doc, Either, Level, NonEmpty, Rule, Shorthand
from ecareer.contract.records import Record


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class _OneOf(Strict):
    """A model with :class:`Either` fields: each, or its list of alternatives, exactly."""

    _either: typing.ClassVar[tuple[tuple[str, str], ...]] = ()

    @model_validator(mode="after")
    def _exactly_one(self) -> "_OneOf":
        for field, other in self._either:
            one, many = getattr(self, field), getattr(self, other)
            # custom error types: validate.schema words them in the command's language
            if (one is None) == (not many):
                raise PydanticCustomError(
                    "either_one",
                    "give either `{field}` or `{other}`, exactly one of the two",
                    {"field": field, "other": other},
                )
            if many and len(set(many)) < 2:
                raise PydanticCustomError(
                    "either_distinct",
                    "`{other}` names two or more different alternatives",
                    {"other": other},
                )
        return self


def _either(cls: type[Record]) -> tuple[tuple[str, str], ...]:
    """The (field, alternatives field) pairs of ``cls``'s :class:`Either` fields."""
    found = []
    for name, hint in rec.hints(cls).items():
        for meta in typing.get_args(hint)[1:] if typing.get_origin(hint) is Annotated else ():
            if isinstance(meta, Either):
                found.append((name, meta.other))
    return tuple(found)


#: The name of each record's model in the schemas: the entry of paths.yaml is a "Path".
_NAMES: dict[type[Record], str] = {rec.Move: "Path"}


def _constraints(base: Any, meta: tuple[Any, ...]) -> tuple[Any, dict[str, Any]]:
    """A Pydantic type for ``base`` with the bounds of ``meta``, and the field's own options."""
    options: dict[str, Any] = {}
    extra: list[Any] = []
    for m in meta:
        if isinstance(m, Doc):
            options["description"] = m.text
        elif isinstance(m, Alias):
            options["alias"] = m.name
        elif isinstance(m, Rule):
            if base is str:
                extra.append(
                    StringConstraints(
                        pattern=m.pattern, min_length=m.min_length, max_length=m.max_length
                    )
                )
            else:
                bounds: dict[str, Any] = {
                    k: v for k, v in (("ge", m.ge), ("le", m.le)) if v is not None
                }
                if base is float:
                    bounds["allow_inf_nan"] = False
                extra.append(Field(**bounds))
    kind = pydantic_type(base)
    for m in meta:
        if isinstance(m, Shorthand):  # a bare value stands for the record with that field
            short = pydantic_type(rec.hints(base)[m.field])
            kind = typing.Union[short, kind]  # noqa: UP007 - built from parts
    return (Annotated[(kind, *extra)] if extra else kind), options


def pydantic_type(hint: Any) -> Any:
    """The Pydantic type of a record field's annotation: tuples become lists, records their
    models, enums accept their text, and :class:`Rule` bounds become constraints."""
    if typing.get_origin(hint) is Annotated:
        base, *meta = typing.get_args(hint)
        kind, options = _constraints(base, tuple(meta))
        if "description" in options:  # a description on a type (Id, Level) travels with it
            return Annotated[kind, Field(description=options["description"])]
        return kind
    origin = typing.get_origin(hint)
    if origin is tuple:
        (item, _) = typing.get_args(hint)
        return list[pydantic_type(item)]  # type: ignore[misc]
    if origin in (typing.Union, types.UnionType):
        parts = [pydantic_type(a) for a in typing.get_args(hint)]
        return typing.Union[tuple(parts)]  # noqa: UP007 - built from parts
    if isinstance(hint, type) and issubclass(hint, Record):
        return model_of(hint)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return Annotated[hint, Field(strict=False)]
    return hint


MODELS: dict[type[Record], type[Strict]] = {}


def model_of(cls: type[Record]) -> type[Strict]:
    """The Pydantic model of a record class (made once)."""
    found = MODELS.get(cls)
    if found is not None:
        return found
    fields: dict[str, Any] = {}
    either = _either(cls)
    for name, hint in rec.hints(cls).items():
        options: dict[str, Any] = {}
        kind = hint
        if typing.get_origin(hint) is Annotated:
            base, *meta = typing.get_args(hint)
            kind, options = _constraints(base, tuple(meta))
        else:
            kind = pydantic_type(hint)
        default = cls._defaults.get(name, ...)
        if any(name == a for a, _ in either):
            kind, default = typing.Optional[kind], None  # noqa: UP045 - built from parts
        if default == ():
            fields[name] = (kind, Field(default_factory=list, **options))
        else:
            fields[name] = (kind, Field(default, **options))
    parent: Any = Strict
    if either:
        one_of: Any = [{"required": [a]} for pair in either for a in pair]
        parent = type(
            f"_{cls.__name__}OneOf",
            (_OneOf,),
            {
                "_either": either,
                "model_config": ConfigDict(json_schema_extra={"oneOf": one_of}),
                "__module__": __name__,
            },
        )
    made: Any = create_model(
        _NAMES.get(cls, cls.__name__), __base__=parent, __doc__=cls.__doc__, **fields
    )
    found = typing.cast(type[Strict], made)
    MODELS[cls] = found
    return found


def to_record(model: BaseModel, cls: type[Record]) -> Any:
    """The record of a validated model."""
    return _converter(cls)(model)


_CONVERTERS: dict[type[Record], Callable[[Any], Any]] = {}


def _converter(cls: type[Record]) -> Callable[[Any], Any]:
    found = _CONVERTERS.get(cls)
    if found is not None:
        return found
    parts = [(name, _convert(hint)) for name, hint in rec.hints(cls).items()]
    either = _either(cls)

    def convert(m: Any) -> Any:
        return cls(*[c(getattr(m, n)) if c else getattr(m, n) for n, c in parts])

    if either:
        plain = convert

        def convert(m: Any) -> Any:
            record = plain(m)
            for field, other in either:  # left out: the first alternative stands for it
                if getattr(record, field) is None:
                    record = record.replace(**{field: getattr(record, other)[0]})
            return record

    _CONVERTERS[cls] = convert
    return convert


def _convert(hint: Any) -> Callable[[Any], Any] | None:
    """How to turn a validated value into a record's value (None: as it is)."""
    if typing.get_origin(hint) is Annotated:
        hint, *meta = typing.get_args(hint)
        for m in meta:
            if isinstance(m, Shorthand):
                full = _converter(hint)
                make, name = hint, m.field
                return lambda v: make(**{name: v}) if isinstance(v, str) else full(v)
    origin = typing.get_origin(hint)
    if origin is tuple:
        each = _convert(typing.get_args(hint)[0])
        if each is None:
            return tuple
        return lambda v: tuple([each(x) for x in v])
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        some = _convert(options[0])
        if some is None:
            return None
        return lambda v: None if v is None else some(v)
    if isinstance(hint, type) and issubclass(hint, Record):
        return _converter(hint)
    if hint is float:
        return float
    return None


for _cls in rec.RECORDS:
    model_of(_cls)


class SkillsFile(Strict):
    scale: list[model_of(rec.ScaleLevel)]  # type: ignore[valid-type]
    skills: list[model_of(rec.Skill)]  # type: ignore[valid-type]


class RolesFile(Strict):
    roles: list[model_of(rec.Role)]  # type: ignore[valid-type]


class PathsFile(Strict):
    paths: list[model_of(rec.Move)]  # type: ignore[valid-type]


# --- a personal profile --------------------------------------------------------------------


class Profile(Strict):
    """A person's own skill levels, shared across every command that takes ``--from``."""

    name: pydantic_type(NonEmpty) | None = None  # type: ignore[valid-type]
    role: pydantic_type(NonEmpty) | None = Field(  # type: ignore[valid-type]
        default=None, description="the person's current role, if any: id, name or alias"
    )
    skills: dict[pydantic_type(NonEmpty), pydantic_type(Level)] = Field(  # type: ignore[valid-type]
        default_factory=dict, description="skill (id, name or alias): level"
    )
