"""The validated, merged dataset: load every layer, validate it, check it, index it.

A dataset is made of layers: a base folder (the shipped data unless ``--data`` names another)
and any number of overlay folders on top (``--overlay``), each holding some of
``skills.yaml``, ``roles.yaml`` and ``paths.yaml``. An overlay entry with the id of an entry
below it replaces that entry whole; a path replaces the path with the same ``from`` and
``to``. Duplicates inside one layer are errors.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path as FsPath
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, TypeAdapter, ValidationError

from ecareer.contract import records as rec
from ecareer.contract.models import Path, Role, ScaleLevel, Skill
from ecareer.contract.problems import Problem, Severity, has_errors, sort_problems
from ecareer.contract.records import Dataset
from ecareer.load.parse import Loaded, load_text, read_text
from ecareer.store.cache import (
    shown_path as shown_path,  # shared with the cache, which must stay light
)
from ecareer.validate.schema import schema_problem

FILES = ("skills", "roles", "paths")
T = TypeVar("T", bound=BaseModel)


class FileRef:
    """A loaded file that can locate a path in it, loading positions only when first asked."""

    def __init__(self, shown: str, text: str) -> None:
        self.shown = shown
        self._text = text
        self._positioned: Loaded | None = None

    def locate(self, path: tuple[str | int, ...]) -> tuple[int, int]:
        if self._positioned is None:
            self._positioned = load_text(self._text, self.shown, positions=True)
        return self._positioned.locate(path)

    def problem(
        self,
        code: str,
        message: str,
        path: tuple[str | int, ...],
        hint: str = "",
        severity: Severity = Severity.ERROR,
    ) -> Problem:
        line, col = self.locate(path)
        return Problem(code, message, self.shown, line, col, hint, severity)


@dataclass(slots=True)
class Entry(Generic[T]):
    """A validated item and where it stands: ``file`` at ``path`` (e.g. ``("roles", 3)``)."""

    item: T
    file: FileRef
    path: tuple[str | int, ...]
    layer: int = 0

    def problem(
        self,
        code: str,
        message: str,
        *sub: str | int,
        hint: str = "",
        severity: Severity = Severity.ERROR,
    ) -> Problem:
        return self.file.problem(code, message, (*self.path, *sub), hint, severity)


@dataclass(slots=True)
class Draft:
    """Everything that validated, before cross-file checks: what the check rules read."""

    scale: list[Entry[ScaleLevel]] = field(default_factory=list)
    skills: list[Entry[Skill]] = field(default_factory=list)
    roles: list[Entry[Role]] = field(default_factory=list)
    paths: list[Entry[Path]] = field(default_factory=list)
    #: ids declared in entries that failed validation: not reported again as unknown.
    broken_skill_ids: set[str] = field(default_factory=set)
    broken_role_ids: set[str] = field(default_factory=set)
    files: list[str] = field(default_factory=list)
    #: kinds of file ("skills", "roles", "paths") that did not load, or only in part: checks
    #: that would report what is merely missing because of them stay quiet.
    failed: set[str] = field(default_factory=set)
    partial: set[str] = field(default_factory=set)
    #: the text of every file read, in order, for the cache key.
    texts: list[tuple[str, str]] = field(default_factory=list)


_ADAPTERS: dict[str, TypeAdapter[Any]] = {}
_ITEM_MODELS: dict[str, type[BaseModel]] = {
    "scale": ScaleLevel,
    "skills": Skill,
    "roles": Role,
    "paths": Path,
}
_TOP_KEYS = {"skills": ("scale", "skills"), "roles": ("roles",), "paths": ("paths",)}


def _adapter(key: str) -> TypeAdapter[Any]:
    if key not in _ADAPTERS:
        _ADAPTERS[key] = TypeAdapter(list[_ITEM_MODELS[key]])  # type: ignore[valid-type]
    return _ADAPTERS[key]


def _fields(model: type[BaseModel]) -> tuple[str, ...]:
    return tuple(f.alias or name for name, f in model.model_fields.items())


def _nested_model(key: str, loc: tuple[str | int, ...]) -> type[BaseModel]:
    """The model whose fields are allowed where an unknown field was found."""
    from ecareer.contract import models as m

    model: type[BaseModel] = _ITEM_MODELS[key]
    for part in loc[1:-1]:
        if isinstance(part, int):
            continue
        fld = model.model_fields.get(part)
        if fld is None:
            break
        for candidate in (m.Text, m.Prerequisite, m.Resource, m.Requirement):
            if candidate.__name__ in str(fld.annotation):
                model = candidate
                break
    return model


def _validate_list(
    key: str, items: Any, ref: FileRef, layer: int, problems: list[Problem]
) -> tuple[list[Entry[Any]], set[str]]:
    """Validate the list under ``key``; return the good entries and ids of the broken ones."""
    if not isinstance(items, list):
        problems.append(
            ref.problem(
                "S003",
                f"`{key}` must be a list of entries (each starting with `- `)",
                (key,),
            )
        )
        return [], set()
    adapter = _adapter(key)
    try:
        models = adapter.validate_python(items)
    except ValidationError as exc:
        bad: set[int] = set()
        for err in exc.errors():
            loc = tuple(err["loc"])
            index = loc[0] if loc and isinstance(loc[0], int) else None
            if index is not None:
                bad.add(index)
            path = (key, *loc)
            fields = _fields(_nested_model(key, (key, *loc)))
            problems.append(
                schema_problem({**err, "loc": path}, ref.shown, ref.locate(path), fields)
            )
        model = _ITEM_MODELS[key]
        entries: list[Entry[Any]] = []
        broken: set[str] = set()
        for i, raw in enumerate(items):
            if i in bad:
                if isinstance(raw, dict) and isinstance(raw.get("id"), str):
                    broken.add(raw["id"])
                continue
            entries.append(Entry(model.model_validate(raw), ref, (key, i), layer))
        return entries, broken
    return [Entry(m, ref, (key, i), layer) for i, m in enumerate(models)], set()


def read_layer(folder: FsPath, layer: int, draft: Draft, problems: list[Problem]) -> None:
    """Read one data folder into ``draft``; the base layer must have all three files."""
    base = layer == 0
    for name in FILES:
        path = folder / f"{name}.yaml"
        shown = shown_path(path)
        if not base and not path.exists():
            continue
        text, problem = read_text(path, shown)
        if problem is not None or text is None:
            if problem:
                problems.append(problem)
            draft.failed.add(name)
            continue
        draft.files.append(shown)
        draft.texts.append((shown, text))
        loaded = load_text(text, shown)
        if not loaded.ok:
            problems.extend(loaded.problems)
            draft.failed.add(name)
            continue
        ref = FileRef(shown, text)
        data = loaded.data
        keys = _TOP_KEYS[name]
        if not isinstance(data, dict):
            what = "empty" if data is None else "not a mapping"
            problems.append(
                Problem(
                    "S003",
                    f"{shown} is {what}: expected a mapping with "
                    + " and ".join(f"`{k}:`" for k in keys),
                    shown,
                    *ref.locate(()),
                    hint=f"start the file with `{keys[-1]}:` followed by a list of entries",
                )
            )
            draft.failed.add(name)
            continue
        for extra in data:
            if extra not in keys:
                problems.append(
                    ref.problem(
                        "S002",
                        f"unknown top-level key `{extra}`",
                        (extra,),
                        hint="allowed: " + ", ".join(keys),
                    )
                )
        for key in keys:
            if key not in data:
                if key == "scale" and not base:
                    continue
                problems.append(
                    ref.problem("S001", f"missing top-level key `{key}:`", (), hint=f"add `{key}:`")
                )
                draft.failed.add(name)
                continue
            before = len(problems)
            entries, broken = _validate_list(key, data[key], ref, layer, problems)
            if len(problems) > before:
                draft.partial.add(name)
            getattr(draft, key).extend(entries)
            if key == "skills":
                draft.broken_skill_ids |= broken
            elif key == "roles":
                draft.broken_role_ids |= broken


def merge(draft: Draft) -> Dataset:
    """Apply the layers in order: a later entry with the same id replaces an earlier one."""
    scale: dict[int, ScaleLevel] = {}
    for s in draft.scale:
        scale[s.item.level] = s.item
    skills: dict[str, Skill] = {}
    for e in draft.skills:
        skills[e.item.id] = e.item
    roles: dict[str, Role] = {}
    for r in draft.roles:
        roles[r.item.id] = r.item
    paths: dict[tuple[str, str], Path] = {}
    for p in draft.paths:
        paths[(p.item.from_, p.item.to)] = p.item
    return Dataset(
        scale=tuple(rec.scale_level(scale[k]) for k in sorted(scale)),
        skills={k: rec.skill(v) for k, v in skills.items()},
        roles={k: rec.role(v) for k, v in roles.items()},
        paths=tuple(rec.path(p) for p in paths.values()),
        files=tuple(draft.files),
    )


def build(
    folders: Sequence[FsPath], *, warnings: bool = True
) -> tuple[Dataset | None, list[Problem]]:
    """Load, validate and check ``folders`` (base first, then overlays).

    Returns the dataset (``None`` when there are errors) and every problem, sorted.
    """
    from ecareer.validate.rules import run_checks

    problems: list[Problem] = []
    draft = Draft()
    for layer, folder in enumerate(folders):
        if not folder.is_dir():
            what = "is not a folder" if folder.exists() else "does not exist"
            problems.append(
                Problem(
                    "F001",
                    f"data folder {shown_path(folder)} {what}",
                    shown_path(folder),
                    hint="give a folder holding skills.yaml, roles.yaml and paths.yaml",
                )
            )
            continue
        read_layer(folder, layer, draft, problems)
    problems.extend(run_checks(draft))
    if not warnings:
        problems = [p for p in problems if p.severity is Severity.ERROR]
    problems = sort_problems(problems)
    if has_errors(problems):
        return None, problems
    return merge(draft), problems


def ids(entries: Iterable[Entry[Any]]) -> list[str]:
    return [e.item.id for e in entries]
