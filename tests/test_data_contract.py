"""The contract additions of issue 13: statements marked inferred, a role's entry text,
source anchors and "any of" requirements, through the CLI (``validate``, ``show``, ``gap``,
``route``, ``plan``) on a copy of the small fixed dataset.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from ecareer.contract import models as m
from ecareer.contract import records as rec

from conftest import run

# --- a dataset that uses every addition ----------------------------------------------------

ENTRY = {"en": "A junior-college diploma or higher", "zh": "大专及以上学历"}
ANCHOR = {"seed": "seed-003", "section": "学历与经验"}


def _edit(folder: Path, name: str, change: object) -> None:
    path = folder / f"{name}.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)  # type: ignore[operator]
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


@pytest.fixture
def extended(mini_copy: Path) -> Path:
    def roles(data: dict) -> None:  # type: ignore[type-arg]
        by_id = {r["id"]: r for r in data["roles"]}
        spec = by_id["ops-specialist"]
        spec["entry"] = ENTRY
        spec["kpis"] = [
            {"en": "First response within 15 seconds", "zh": "首次回复不超过 15 秒"},
            {"en": "Reports on time", "zh": "报表按时交付", "inferred": True},
        ]
        spec["responsibilities"] = [
            {"en": "Run the shop", "zh": "经营店铺"},
            {"en": "Guess work", "zh": "推测的职责", "inferred": True},
        ]
        spec["sources"] = ["seed-000", ANCHOR]
        analyst = by_id["data-analyst"]
        analyst["skills"][0] = {
            "any_of": ["sql", "campaign-planning"],
            "level": 3,
            "importance": 5,
            "essential": True,
        }
        data["roles"].append(
            {
                "id": "tie-role",
                "name": {"en": "Tie Role", "zh": "并列岗位"},
                "family": "operations",
                "level": "mid",
                "summary": {"en": "Either will do", "zh": "二者皆可"},
                "skills": [
                    {"any_of": ["collaboration", "ownership"], "level": 2, "importance": 4},
                    {"skill": "platform-rules", "level": 1, "importance": 3, "essential": True},
                ],
            }
        )

    def paths(data: dict) -> None:  # type: ignore[type-arg]
        for p in data["paths"]:
            if (p["from"], p["to"]) == ("ops-specialist", "ops-supervisor"):
                p["milestones"].append(
                    {"en": "Coach a newcomer", "zh": "带教一名新人", "inferred": True}
                )
        data["paths"].append(
            {"from": "ops-supervisor", "to": "tie-role", "kind": "lateral", "years": 1}
        )

    _edit(mini_copy, "roles", roles)
    _edit(mini_copy, "paths", paths)
    return mini_copy


def _profile(tmp_path: Path, skills: dict[str, int], name: str = "p") -> Path:
    path = tmp_path / f"{name}.yaml"
    path.write_text(yaml.safe_dump({"name": name, "skills": skills}), encoding="utf-8")
    return path


def test_the_extended_dataset_is_valid(extended: Path) -> None:
    result = run("validate", "--data", extended)
    assert result.exit_code == 0, result.stdout + result.stderr
    assert " error" not in result.stdout


# --- inferred statements and the entry text ------------------------------------------------


def test_show_json_carries_the_inferred_flag_of_each_statement_and_the_entry(
    extended: Path,
) -> None:
    doc = run("show", "ops-specialist", "--data", extended, "--json").json()
    assert [k["inferred"] for k in doc["kpis"]] == [False, True]
    assert [d["inferred"] for d in doc["responsibilities"]] == [False, True]
    assert doc["entry"] == {**ENTRY, "inferred": False}
    # a bare id and an anchored source come out in one shape
    assert doc["sources"] == [{"seed": "seed-000", "section": None}, ANCHOR]
    assert run("show", "ops-assistant", "--data", extended, "--json").json()["entry"] is None


@pytest.mark.parametrize(
    ("lang", "mark", "entry", "passage"),
    [
        ("en", "Reports on time (inferred)", "Entry requirements: A junior-college", "seed-003: “"),
        ("zh", "报表按时交付（推断）", "入职要求：大专及以上学历", "seed-003：“"),
    ],
)
def test_show_marks_inferred_statements_and_prints_entry_and_sources(
    extended: Path, lang: str, mark: str, entry: str, passage: str
) -> None:
    out = run("show", "ops-specialist", "--data", extended, "--lang", lang).stdout
    assert mark in out
    assert entry in out
    assert passage + "学历与经验”" in out
    assert "  - seed-000\n" in out
    # a statement the seeds make carries no mark
    stated = "First response within 15 seconds" if lang == "en" else "首次回复不超过 15 秒"
    line = next(ln for ln in out.splitlines() if stated in ln)
    assert "inferred" not in line and "推断" not in line


def test_route_json_and_the_markdown_plan_mark_inferred_milestones(
    extended: Path, tmp_path: Path
) -> None:
    doc = run(
        "route", "--from", "ops-specialist", "--to", "ops-supervisor", "--data", extended, "--json"
    ).json()
    ms = doc["routes"][0]["steps"][0]["milestones"]
    assert [(x["en"], x["inferred"]) for x in ms] == [
        ("Led a full 618 campaign", False),
        ("Coach a newcomer", True),
    ]
    for lang, marked in (("en", "Coach a newcomer (inferred)"), ("zh", "带教一名新人（推断）")):
        result = run(
            "plan",
            "--from",
            "ops-specialist",
            "--to",
            "ops-supervisor",
            "--data",
            extended,
            "--lang",
            lang,
            "--start",
            "2026-01-05",
            "-o",
            tmp_path / f"plan.{lang}.md",
        )
        assert result.exit_code == 0, result.stderr
        text = (tmp_path / f"plan.{lang}.md").read_text(encoding="utf-8")
        assert marked in text
        assert "618" in text and "618 campaign (inferred)" not in text


# --- source anchors --------------------------------------------------------------------------


def test_a_source_is_a_bare_id_or_an_anchor_and_nothing_else() -> None:
    model = m.model_of(rec.Role)
    base = {
        "id": "r",
        "name": {"en": "R", "zh": "岗"},
        "family": "data",
        "level": "junior",
        "summary": {"en": "S", "zh": "概"},
        "skills": [{"skill": "sql", "level": 1, "importance": 1}],
    }
    role = m.to_record(model.model_validate({**base, "sources": ["seed-001", ANCHOR]}), rec.Role)
    assert role.sources == (rec.Source("seed-001"), rec.Source("seed-003", "学历与经验"))
    for bad in ([{"section": "x"}], [{"seed": "seed-001", "page": 3}], [""], [3]):
        with pytest.raises(ValueError):
            model.model_validate({**base, "sources": bad})


def test_the_schemas_document_the_additions() -> None:
    schema = json.loads(Path("schemas/roles.schema.json").read_text(encoding="utf-8"))
    defs = schema["$defs"]
    assert set(defs["Statement"]["properties"]) == {"en", "zh", "inferred"}
    assert defs["Role"]["properties"]["entry"]["anyOf"][0] == {"$ref": "#/$defs/Statement"}
    assert defs["Requirement"]["oneOf"] == [{"required": ["skill"]}, {"required": ["any_of"]}]
    assert "Source" in defs
    paths = json.loads(Path("schemas/paths.schema.json").read_text(encoding="utf-8"))
    items = paths["$defs"]["Path"]["properties"]["milestones"]["items"]
    assert items == {"$ref": "#/$defs/Statement"}


# --- "any of" requirements ----------------------------------------------------------------


def test_show_prints_the_alternatives_in_both_languages(extended: Path) -> None:
    assert "SQL or Campaign planning" in run("show", "data-analyst", "--data", extended).stdout
    zh = run("show", "data-analyst", "--data", extended, "--lang", "zh").stdout
    assert "SQL 或 活动策划" in zh
    doc = run("show", "data-analyst", "--data", extended, "--json").json()
    first = doc["skills"][0]
    assert first["any_of"] == ["sql", "campaign-planning"] and first["skill"] == "sql"
    # each alternative is needed by the role
    for sid in ("sql", "campaign-planning"):
        needed = run("show", sid, "--data", extended, "--json").json()["needed_by"]
        assert {"role": "data-analyst", "level": 3} in needed, sid


def _chosen(extended: Path, profile: Path, target: str, among: set[str]) -> list[str]:
    doc = run("gap", "--profile", profile, "--to", target, "--data", extended, "--json").json()
    return [r["skill"] for r in doc["targets"][0]["skills"] if r["skill"] in among]


@pytest.mark.parametrize(
    ("skills", "chosen"),
    [
        # from nothing: SQL to 3 is 6+12+24 h plus its prerequisite spreadsheets 2 (4+8 h) =
        # 54 h; campaign planning to 3 is 8+16+32 = 56 h
        ({}, "sql"),
        ({"spreadsheets": 2}, "sql"),  # 42 h against 56 h
        ({"campaign-planning": 2}, "campaign-planning"),  # 32 h against 54 h
        ({"sql": 3}, "sql"),  # already met
        ({"campaign-planning": 3}, "campaign-planning"),  # already met
    ],
)
def test_an_any_of_group_takes_the_alternative_that_needs_the_fewest_hours(
    extended: Path, tmp_path: Path, skills: dict[str, int], chosen: str
) -> None:
    profile = _profile(tmp_path, skills)
    assert _chosen(extended, profile, "data-analyst", {"sql", "campaign-planning"}) == [chosen]


def test_on_a_tie_the_first_listed_alternative_is_taken(extended: Path, tmp_path: Path) -> None:
    profile = _profile(tmp_path, {})  # collaboration and ownership cost the same
    assert _chosen(extended, profile, "tie-role", {"collaboration", "ownership"}) == [
        "collaboration"
    ]
    held = _profile(tmp_path, {"ownership": 1}, "owner")
    assert _chosen(extended, held, "tie-role", {"collaboration", "ownership"}) == ["ownership"]


def test_route_and_next_see_the_chosen_alternative(extended: Path, tmp_path: Path) -> None:
    profile = tmp_path / "me.yaml"
    profile.write_text(
        yaml.safe_dump({"role": "ops-specialist", "skills": {"campaign-planning": 3}}),
        encoding="utf-8",
    )
    doc = run(
        "route", "--profile", profile, "--to", "data-analyst", "--data", extended, "--json"
    ).json()
    learned = {x["skill"] for s in doc["routes"][0]["steps"] for x in s["skills"]}
    assert "sql" not in learned  # campaign planning at 3 already meets the group
    moves = run("next", "--profile", profile, "--data", extended, "--json").json()["moves"]
    assert any(mv["to"] == "data-analyst" for mv in moves)


def test_any_of_and_skill_are_exclusive_and_any_of_needs_two_skills() -> None:
    model = m.model_of(rec.Requirement)
    ok = m.to_record(
        model.model_validate({"any_of": ["java", "python"], "level": 2, "importance": 3}),
        rec.Requirement,
    )
    assert ok.skill == "java" and ok.options == ("java", "python")
    plain = m.to_record(
        model.model_validate({"skill": "sql", "level": 2, "importance": 3}), rec.Requirement
    )
    assert plain.options == ("sql",) and plain.any_of == ()
    for bad in (
        {"level": 2, "importance": 3},
        {"skill": "sql", "any_of": ["sql", "excel"], "level": 2, "importance": 3},
        {"any_of": ["sql"], "level": 2, "importance": 3},
        {"any_of": ["sql", "sql"], "level": 2, "importance": 3},
        {"any_of": ["sql", "Not An Id"], "level": 2, "importance": 3},
    ):
        with pytest.raises(ValueError):
            model.model_validate(bad)


def test_an_unknown_skill_inside_any_of_is_e102_with_its_place_and_a_suggestion(
    extended: Path,
) -> None:
    path = extended / "roles.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("- campaign-planning\n", "- campain-planning\n", 1), "utf-8")
    result = run("validate", "--data", extended, "--format", "json")
    assert result.exit_code == 1
    found = [p for p in json.loads(result.stdout)["problems"] if p["code"] == "E102"]
    assert len(found) == 1, found
    (p,) = found
    assert "'campain-planning'" in p["message"]
    assert "campaign-planning" in p["hint"]
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[p["line"] - 1][p["col"] - 1 :].startswith("campain-planning")


def test_a_skill_in_any_of_and_listed_again_is_e112(extended: Path) -> None:
    def twice(data: dict) -> None:  # type: ignore[type-arg]
        for r in data["roles"]:
            if r["id"] == "data-analyst":
                r["skills"].append({"skill": "campaign-planning", "level": 1, "importance": 1})

    _edit(extended, "roles", twice)
    result = run("validate", "--data", extended, "--format", "json")
    codes = [p["code"] for p in json.loads(result.stdout)["problems"]]
    assert "E112" in codes


def test_the_cache_keeps_the_additions(extended: Path) -> None:
    first = run("show", "ops-specialist", "--data", extended, "--json").json()
    again = run("show", "ops-specialist", "--data", extended, "--json").json()  # from cache
    assert first == again
    analyst = run("show", "data-analyst", "--data", extended, "--json").json()
    assert analyst["skills"][0]["any_of"] == ["sql", "campaign-planning"]


# --- the shipped data ----------------------------------------------------------------------


def test_the_shipped_backend_role_takes_java_or_python(tmp_path: Path) -> None:
    # seed-000 二(一)2: "技术岗:前端掌握Vue/React,后端掌握Java/Python"
    doc = run("show", "backend-developer", "--json").json()
    group = [r for r in doc["skills"] if r["any_of"]]
    assert [r["any_of"] for r in group] == [["java", "python"]]
    assert "Java" in run("show", "backend-developer").stdout.split(" or Python")[0]
    for skill in ("java", "python"):
        profile = _profile(tmp_path, {skill: 4}, skill)
        doc = run("gap", "--profile", profile, "--to", "backend-developer", "--json").json()
        rows = {r["skill"]: r for r in doc["targets"][0]["skills"]}
        assert rows[skill]["gap"] == 0 and ({"java", "python"} - {skill}).isdisjoint(rows)
