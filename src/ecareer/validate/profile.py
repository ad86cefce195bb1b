"""A personal profile: ``role:`` (optional) and ``skills:`` skill id to level, in YAML."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Protocol

from pydantic import ValidationError

from ecareer.contract.dataset import Dataset
from ecareer.contract.models import Profile
from ecareer.contract.names import Suggester, normalise, suggest
from ecareer.contract.problems import MAX_PER_FILE, Problem, more_problems, sort_problems
from ecareer.contract.records import Text
from ecareer.contract.say import say
from ecareer.errors import DataError, Exit
from ecareer.load.files import read_text, shown_path
from ecareer.load.parse import load_text
from ecareer.validate.draft import FileRef
from ecareer.validate.schema import schema_problem


def load_profile(path: Path, ds: Dataset) -> Profile:
    """Read and check a profile against the dataset; a DataError (exit 2) lists every problem."""
    shown = shown_path(path)
    text, problem = read_text(path, shown)
    if problem is not None or text is None:
        raise DataError(
            say("d_profile_unreadable", file=shown), [problem] if problem else [], Exit.USAGE
        )
    loaded = load_text(text, shown)
    if not loaded.ok:
        raise DataError(say("d_profile_yaml", file=shown), loaded.problems, Exit.USAGE)
    ref = FileRef(shown, text)
    problems: list[Problem] = []
    data = loaded.data
    if data is None:
        data = {}
    try:
        profile = Profile.model_validate(data)
    except ValidationError as exc:
        fields = tuple(Profile.model_fields)
        for err in exc.errors():
            loc = tuple(err["loc"])
            problems.append(schema_problem(err, shown, ref.locate(loc), fields))
        raise DataError(say("d_profile_invalid", file=shown), problems, Exit.USAGE) from None
    top = ds.max_level
    roles, skills = _names(ds.roles.values()), _names(ds.skills.values())
    role = profile.role
    if role is not None and role not in ds.roles:
        role = roles.get(normalise(role), role)
    if profile.role is not None and role not in ds.roles:
        problems.append(
            ref.problem(
                "E103",
                say("p_unknown_role", role=profile.role),
                ("role",),
                hint=suggest(profile.role, _choices(ds.roles.values())) or say("h_lists_roles"),
            )
        )
    resolved: dict[str, int] = {}
    near = Suggester(_choices(ds.skills.values()))
    more = 0
    for skill, level in profile.skills.items():
        if len(problems) >= MAX_PER_FILE:  # a bound: the rest are only counted
            more += skill not in ds.skills or not 0 <= level <= top
            continue
        sid = skill if skill in ds.skills else skills.get(normalise(skill), skill)
        if sid in resolved:
            problems.append(
                ref.problem(
                    "E101",
                    say("p_skill_again", skill=skill, id=sid),
                    ("skills", skill),
                    hint=say("h_skill_once"),
                )
            )
        resolved[sid] = max(level, resolved.get(sid, 0))
        if sid not in ds.skills:
            problems.append(
                ref.problem(
                    "E102",
                    say("p_unknown_skill", skill=skill),
                    ("skills", skill),
                    hint=near(skill) or say("h_lists_skills"),
                )
            )
        elif not 0 <= level <= top:
            problems.append(
                ref.problem(
                    "E104",
                    say("p_profile_level", skill=skill, level=level, top=top),
                    ("skills", skill),
                    hint=say("h_profile_level"),
                )
            )
    if problems:
        raise DataError(
            say("d_profile_mismatch", file=shown),
            sort_problems(problems) + ([more_problems(problems[-1], more)] if more else []),
            Exit.USAGE,
        )
    return profile.model_copy(update={"role": role, "skills": resolved})


class _Named(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def name(self) -> Text: ...
    @property
    def aliases(self) -> tuple[str, ...]: ...


def _choices(items: Iterable[_Named]) -> list[tuple[str, str]]:
    """(text, id) for every id, name (both languages) and alias: what a profile may write."""
    out = []
    for item in items:
        out += [(item.id, item.id), (item.name.en, item.id), (item.name.zh, item.id)]
        out += [(alias, item.id) for alias in item.aliases]
    return out


def _names(items: Iterable[_Named]) -> dict[str, str]:
    """Normalised id, name or alias to the id, for the names that name one item only."""
    found: dict[str, set[str]] = {}
    for text, ident in _choices(items):
        found.setdefault(normalise(text), set()).add(ident)
    return {key: next(iter(ids)) for key, ids in found.items() if len(ids) == 1}
