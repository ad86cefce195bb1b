"""A personal profile: ``role:`` (optional) and ``skills:`` skill id to level, in YAML."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from ecareer.contract.dataset import Dataset
from ecareer.contract.models import Profile
from ecareer.contract.names import Suggester, suggest
from ecareer.contract.problems import MAX_PER_FILE, Problem, more_problems, sort_problems
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
        raise DataError(f"cannot use the profile {shown}", [problem] if problem else [], Exit.USAGE)
    loaded = load_text(text, shown)
    if not loaded.ok:
        raise DataError(f"the profile {shown} is not valid YAML", loaded.problems, Exit.USAGE)
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
        raise DataError(f"the profile {shown} does not validate", problems, Exit.USAGE) from None
    top = ds.max_level
    if profile.role is not None and profile.role not in ds.roles:
        problems.append(
            ref.problem(
                "E103",
                f"unknown role {profile.role!r}",
                ("role",),
                hint=suggest(profile.role, ds.roles) or "`ecareer roles` lists the roles",
            )
        )
    near = Suggester(ds.skills)
    more = 0
    for skill, level in profile.skills.items():
        if len(problems) >= MAX_PER_FILE:  # a bound: the rest are only counted
            more += skill not in ds.skills or not 0 <= level <= top
            continue
        if skill not in ds.skills:
            problems.append(
                ref.problem(
                    "E102",
                    f"unknown skill {skill!r}",
                    ("skills", skill),
                    hint=near(skill) or "`ecareer skills` lists the skills",
                )
            )
        elif not 0 <= level <= top:
            problems.append(
                ref.problem(
                    "E104",
                    f"skill {skill!r} at level {level}, outside the scale 0..{top}",
                    ("skills", skill),
                    hint="0 means not held; the scale is in `ecareer skills --scale`",
                )
            )
    if problems:
        raise DataError(
            f"the profile {shown} does not match the data",
            sort_problems(problems) + ([more_problems(problems[-1], more)] if more else []),
            Exit.USAGE,
        )
    return profile
