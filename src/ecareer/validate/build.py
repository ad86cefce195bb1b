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

from pydantic import BaseModel, TypeAdapter, ValidationError

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

_ADAPTERS: dict[str, TypeAdapter[Any]] = {}
#: The record of an entry under each top-level key.
_ITEMS: dict[str, type[rec.Record]] = {
    "scale": rec.ScaleLevel,
    "skills": rec.Skill,
    "roles": rec.Role,
    "paths": rec.Move,
}
_TOP_KEYS = {"skills": ("scale", "skills"), "roles": ("roles",), "paths": ("paths",)}


def _adapter(key: str) -> TypeAdapter[Any]:
    if key not in _ADAPTERS:
        _ADAPTERS[key] = TypeAdapter(list[MODELS[_ITEMS[key]]])  # type: ignore[valid-type]
    return _ADAPTERS[key]


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


def _validate_list(
    key: str, items: Any, ref: FileRef, layer: int, problems: list[Problem]
) -> tuple[list[Entry[Any]], set[str]]:
    """Validate the list under ``key``; return the good entries and ids of the broken ones."""
    if not isinstance(items, list):
        problems.append(ref.problem("S003", say("p_not_a_list", key=key), (key,)))
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
        cls = _ITEMS[key]
        model = MODELS[cls]
        entries: list[Entry[Any]] = []
        broken: set[str] = set()
        for i, raw in enumerate(items):
            if i in bad:
                if isinstance(raw, dict) and isinstance(raw.get("id"), str):
                    broken.add(raw["id"])
                continue
            item = to_record(model.model_validate(raw), cls)
            entries.append(Entry(item, ref, (key, i), layer))
        return entries, broken
    cls = _ITEMS[key]
    return [Entry(to_record(m, cls), ref, (key, i), layer) for i, m in enumerate(models)], set()


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
        loaded = load_text(text, shown)
        if not loaded.ok:
            problems.extend(loaded.problems)
            draft.failed.add(name)
            continue
        ref = FileRef(shown, text, loaded)
        data = loaded.data
        keys = _TOP_KEYS[name]
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
