"""The validated, merged dataset: load every layer, validate it, check it, index it.

A dataset is made of layers: a base folder (the shipped data unless ``--data`` names another)
and any number of overlay folders on top (``--overlay``), each holding some of
``skills.yaml``, ``roles.yaml`` and ``paths.yaml``. An overlay entry with the id of an entry
below it replaces that entry whole; a path replaces the path with the same ``from`` and
``to``. Duplicates inside one layer are errors.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from ecareer.contract import records as rec
from ecareer.contract.dataset import Dataset
from ecareer.contract.models import MODELS, to_record
from ecareer.contract.problems import (
    Problem,
    Severity,
    cap_per_file,
    has_errors,
    sort_problems,
)
from ecareer.contract.say import Names, say
from ecareer.contract.vocab import DATA_FILES
from ecareer.load.files import read_text, shown_path
from ecareer.load.parse import load_text
from ecareer.validate.draft import Draft, Entry, FileRef
from ecareer.validate.schema import schema_problem

#: The record of an entry under each top-level key.
_ITEMS: dict[str, type[rec.Record]] = {
    "scale": rec.ScaleLevel,
    "skills": rec.Skill,
    "roles": rec.Role,
    "paths": rec.Move,
}
_TOP_KEYS = {"skills": ("scale", "skills"), "roles": ("roles",), "paths": ("paths",)}


def _fields(model: type[BaseModel]) -> tuple[str, ...]:
    return tuple(f.alias or name for name, f in model.model_fields.items())


def _nested_model(key: str, loc: tuple[str | int, ...]) -> type[BaseModel]:
    """The model whose fields are allowed where an unknown field was found."""
    model: type[BaseModel] = MODELS[_ITEMS[key]]
    for part in loc[1:-1]:
        if isinstance(part, int):
            continue
        fld = model.model_fields.get(part)
        if fld is None:
            break
        for candidate in (
            rec.Statement,
            rec.Source,
            rec.Text,
            rec.Prerequisite,
            rec.Resource,
            rec.Requirement,
        ):
            if candidate.__name__ in str(fld.annotation):
                model = MODELS[candidate]
                break
    return model


class _Valid:
    """An entry validated as it was read (its plain data already gone)."""

    __slots__ = ("record",)

    def __init__(self, record: Any) -> None:
        self.record = record


class _Invalid:
    """An entry that failed validation as it was read: its errors, and its id if it had one."""

    __slots__ = ("errors", "id")

    def __init__(self, errors: list[Any], rid: str | None) -> None:
        self.errors = errors
        self.id = rid


def _check(key: str, raw: Any) -> _Valid | _Invalid:
    cls = _ITEMS[key]
    try:
        return _Valid(to_record(MODELS[cls].model_validate(raw), cls))
    except ValidationError as exc:
        rid = raw.get("id") if isinstance(raw, dict) else None
        return _Invalid(exc.errors(), rid if isinstance(rid, str) else None)


def _checker(keys: tuple[str, ...]) -> Callable[[str, int, dict[Any, Any]], Any]:
    """Validates each entry of the lists under ``keys`` as the loader finishes it, so that a
    large file never holds all of its plain data and all of its records at once."""

    def on_entry(key: str, _index: int, raw: dict[Any, Any]) -> Any:
        return _check(key, raw) if key in keys else raw

    return on_entry


def _validate_list(
    key: str, items: Any, ref: FileRef, layer: int, problems: list[Problem]
) -> tuple[list[Entry[Any]], set[str]]:
    """The good entries of the list under ``key`` and the ids of the broken ones; a problem
    for every error. Entries arrive validated (:func:`_checker`) or plain (an alias's copy,
    an anchored entry, a value that is no mapping), and are validated one at a time."""
    if not isinstance(items, list):
        problems.append(ref.problem("S003", say("p_not_a_list", key=key), (key,)))
        return [], set()
    entries: list[Entry[Any]] = []
    broken: set[str] = set()
    fields_at: dict[tuple[str | int, ...], tuple[str, ...]] = {}
    for i, raw in enumerate(items):
        done = raw if isinstance(raw, (_Valid, _Invalid)) else _check(key, raw)
        items[i] = None  # the list holds nothing twice
        if isinstance(done, _Valid):
            entries.append(Entry(done.record, ref, (key, i), layer))
            continue
        if done.id is not None:
            broken.add(done.id)
        for err in done.errors:
            path = (key, i, *err["loc"])
            shape = tuple(p if isinstance(p, str) else 0 for p in path)
            fields = fields_at.get(shape)
            if fields is None:
                fields = fields_at[shape] = _fields(_nested_model(key, path))
            problems.append(
                schema_problem({**err, "loc": path}, ref.shown, ref.locate(path), fields)
            )
    return entries, broken


def read_layer(folder: Path, layer: int, draft: Draft, problems: list[Problem]) -> None:
    """Read one data folder into ``draft``; the base layer must have all three files."""
    base = layer == 0
    for name in DATA_FILES:
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
        keys = _TOP_KEYS[name]
        loaded = load_text(text, shown, on_entry=_checker(keys))
        if not loaded.ok:
            problems.extend(loaded.problems)
            draft.failed.add(name)
            continue
        ref = FileRef(shown, text, loaded)
        data = loaded.data
        if not isinstance(data, dict):
            what = "p_file_empty" if data is None else "p_file_not_mapping"
            wanted = Names(tuple(f"{k}:" for k in keys), "t_and", code=True)
            problems.append(
                Problem.of(
                    "S003",
                    say(what, file=shown, keys=wanted),
                    shown,
                    *ref.locate(()),
                    hint=say("h_start_file", key=keys[-1]),
                )
            )
            draft.failed.add(name)
            continue
        for extra in data:
            if extra not in keys:
                problems.append(
                    ref.problem(
                        "S002",
                        say("p_unknown_top", key=extra),
                        (extra,),
                        hint=say("h_allowed", names=Names(tuple(keys))),
                    )
                )
        for key in keys:
            if key not in data:
                if key == "scale" and not base:
                    continue
                problems.append(
                    ref.problem(
                        "S001", say("p_missing_top", key=key), (), hint=say("h_add_field", name=key)
                    )
                )
                draft.failed.add(name)
                continue
            if key == "scale" and base and data[key] == []:
                problems.append(
                    ref.problem(
                        "E111",
                        say("p_empty_scale"),
                        (key,),
                        hint=say("h_empty_scale"),
                    )
                )
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
    scale = {s.item.level: s.item for s in draft.scale}
    skills = {e.item.id: e.item for e in draft.skills}
    roles = {r.item.id: r.item for r in draft.roles}
    paths = {(p.item.from_, p.item.to): p.item for p in draft.paths}
    return Dataset(
        tuple(scale[k] for k in sorted(scale)),
        skills,
        roles,
        tuple(paths.values()),
        tuple(draft.files),
    )


def build(
    folders: Sequence[Path],
    *,
    warnings: bool = True,
    checks: Sequence[Callable[[Draft, Dataset], list[Problem]]] = (),
) -> tuple[Dataset | None, list[Problem]]:
    """Load, validate and check ``folders`` (base first, then overlays).

    Returns the dataset (``None`` when there are errors) and every problem, sorted.
    """
    from ecareer.validate.rules import run_checks

    problems: list[Problem] = []
    draft = Draft()
    for layer, folder in enumerate(folders):
        if not folder.is_dir():
            what = "p_folder_not_folder" if folder.exists() else "p_folder_missing"
            problems.append(
                Problem.of(
                    "F001",
                    say(what, folder=shown_path(folder)),
                    shown_path(folder),
                    hint=say("h_data_folder"),
                )
            )
            continue
        read_layer(folder, layer, draft, problems)
    problems.extend(run_checks(draft, warnings=warnings))
    dataset = None if has_errors(problems) else merge(draft)
    if dataset is not None:
        # checks of the advice the data gives (the layers above pass them in: validate
        # does not know the cost model)
        for check in checks:
            problems.extend(check(draft, dataset))
    if not warnings:
        problems = [p for p in problems if p.severity is Severity.ERROR]
    problems = cap_per_file(sort_problems(problems))
    if has_errors(problems):
        return None, problems
    return dataset, problems
