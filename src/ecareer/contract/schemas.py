"""JSON Schemas of the data files and the profile, generated from the Pydantic models."""

from __future__ import annotations

from typing import Any

from ecareer.contract.models import PathsFile, Profile, RolesFile, SkillsFile, Strict

BASE = "https://ecareer.invalid/schemas/"

_MODELS: dict[str, tuple[type[Strict], str]] = {
    "skills.schema.json": (SkillsFile, "ecareer skills.yaml: the proficiency scale and skills"),
    "roles.schema.json": (RolesFile, "ecareer roles.yaml: roles and the skills they need"),
    "paths.schema.json": (PathsFile, "ecareer paths.yaml: promotions and lateral moves"),
    "profile.schema.json": (Profile, "ecareer personal profile: a person's skill levels"),
}


def all_schemas() -> dict[str, dict[str, Any]]:
    out = {}
    for name, (model, title) in _MODELS.items():
        doc = model.model_json_schema(by_alias=True, mode="validation")
        out[name] = {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": BASE + name,
            **doc,
            "title": title,
        }
    return out
