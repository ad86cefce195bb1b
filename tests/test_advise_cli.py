"""The advisor through the command line, asserting on JSON."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import MINI, run

D = ("--data", str(MINI))


def test_gap_json_shape_and_figures() -> None:
    doc = run("gap", "--from", "ops-specialist", "--to", "ops-director", *D, "--json").json()
    assert doc["from"] == "ops-specialist"
    [t] = doc["targets"]
    assert t["to"] == "ops-director"
    rows = {r["skill"]: r for r in t["skills"]}
    assert rows["team-leadership"] == {
        "skill": "team-leadership",
        "name": {"en": "Team leadership", "zh": "团队管理"},
        "required": 4,
        "current": 0,
        "gap": 4,
        "importance": 5,
        "essential": True,
        "growth": "study",
        "hours": 150,  # 10 + 20 + 40 + 80
        "months": 0,
    }
    assert rows["platform-rules"]["current"] == 2
    assert rows["platform-rules"]["hours"] == 60  # levels 3 and 4: 20 + 40
    assert t["total_hours"] == 303
    assert (t["met"], t["total"]) == (0, 4)
    # essential gaps first, then by importance
    assert [r["essential"] for r in t["skills"]] == [True, True, False, False]
    assert t["readiness"] == pytest.approx((5 * 0 + 5 * 0.5 + 5 * 0 + 2 * 0) / 17, abs=1e-4)


def test_gap_compares_several_targets() -> None:
    doc = run(
        "gap",
        "--from",
        "ops-specialist",
        "--to",
        "ops-director",
        "--to",
        "data-analyst",
        *D,
        "--json",
    ).json()
    assert [t["to"] for t in doc["targets"]] == ["ops-director", "data-analyst"]
    analyst = doc["targets"][1]
    assert analyst["total_hours"] == 6 + 12 + 24 + 16  # sql 0->3, spreadsheets 2->3
    assert analyst["met"] == 1


def test_gap_counts_prerequisites(tmp_path: Path) -> None:
    profile = tmp_path / "me.yaml"
    profile.write_text("name: Li Lei\nskills:\n  platform-rules: 2\n", encoding="utf-8")
    doc = run("gap", "--profile", profile, "--to", "data-analyst", *D, "--json").json()
    assert doc["from"] is None and doc["profile"] == "Li Lei"
    [t] = doc["targets"]
    # sql needs spreadsheets 2 first; the analyst needs spreadsheets 3 anyway: no extra row
    assert t["prerequisites"] == []
    doc = run("gap", "--profile", profile, "--to", "ops-director", *D, "--json").json()
    [t] = doc["targets"]
    # the director needs sql 2, which needs spreadsheets 2: a prerequisite row
    pre = {p["skill"]: p for p in t["prerequisites"]}
    assert set(pre) == {"spreadsheets", "collaboration"}  # for sql 2, for team leadership
    assert pre["spreadsheets"]["required"] == 2 and pre["spreadsheets"]["hours"] == 4 + 8
    assert pre["spreadsheets"]["needed_for"] == ["sql"]
    assert pre["collaboration"]["needed_for"] == ["team-leadership"]
    assert t["total_hours"] == sum(r["hours"] for r in t["skills"]) + 12 + 15


def test_profile_and_role_combine(tmp_path: Path) -> None:
    profile = tmp_path / "me.yaml"
    profile.write_text("role: ops-specialist\nskills:\n  team-leadership: 4\n", encoding="utf-8")
    doc = run("gap", "--profile", profile, "--to", "ops-director", *D, "--json").json()
    rows = {r["skill"]: r for r in doc["targets"][0]["skills"]}
    assert doc["from"] == "ops-specialist"
    assert rows["team-leadership"]["gap"] == 0
    assert rows["platform-rules"]["current"] == 2  # from the role


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ("skills:\n  sql: 9\n", "outside the scale"),
        ("skills: [sql]\n", "expected a mapping"),
        ("role: nobody\n", "unknown role 'nobody'"),
        ("skills:\n  sql: no\n", "Y003"),
        ("job: x\n", "unknown field `job`"),
    ],
)
def test_bad_profile_is_exit_2_with_position(tmp_path: Path, body: str, fragment: str) -> None:
    profile = tmp_path / "me.yaml"
    profile.write_text(body, encoding="utf-8")
    result = run("gap", "--profile", profile, "--to", "ops-director", *D)
    assert result.exit_code == 2
    assert fragment in result.stderr
    assert "me.yaml:" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("ops-specalist", "ops-specialist"),
        ("运营总盐", "ops-director"),
        ("Operations Diretor", "ops-director"),
    ],
)
def test_unknown_role_suggests_nearest(word: str, expected: str) -> None:
    result = run("gap", "--from", word, "--to", "ops-director", *D)
    assert result.exit_code == 2
    assert f"unknown role {word!r}" in result.stderr
    assert expected in result.stderr.split("hint:")[1]
    assert result.stdout == ""


def test_roles_resolve_by_name_and_alias() -> None:
    doc = run("gap", "--from", "运营专员", "--to", "电商运营总监", *D, "--json").json()
    assert doc["from"] == "ops-specialist"
    assert doc["targets"][0]["to"] == "ops-director"


def test_route_json_and_alternatives() -> None:
    doc = run(
        "route", "--from", "ops-assistant", "--to", "ops-director", "-k", "3", *D, "--json"
    ).json()
    assert doc["from"] == "ops-assistant" and doc["to"] == "ops-director"
    routes = doc["routes"]
    assert [r["roles"] for r in routes] == [
        ["ops-assistant", "ops-specialist", "ops-supervisor", "ops-director"],
        ["ops-assistant", "ops-specialist", "data-analyst", "ops-supervisor", "ops-director"],
    ]
    hours = [r["hours"] for r in routes]
    assert hours == sorted(hours)
    for r in routes:
        assert r["hours"] == sum(s["hours"] for s in r["steps"])
        assert r["years"] == sum(s["years"] for s in r["steps"])
        for s in r["steps"]:
            assert s["hours"] == sum(x["hours"] for x in s["skills"])
    first = routes[0]["steps"][1]
    assert first["kind"] == "promotion"
    assert first["milestones"] == [
        {"en": "Led a full 618 campaign", "zh": "独立负责一次完整的618大促", "inferred": False}
    ]
    # a level learned at step 1 is not learned again later
    learned: dict[str, int] = {}
    for s in routes[1]["steps"]:
        for x in s["skills"]:
            assert x["from"] >= learned.get(x["skill"], 0)
            learned[x["skill"]] = x["to"]


def test_route_via_and_avoid() -> None:
    via = run(
        "route",
        "--from",
        "ops-specialist",
        "--to",
        "ops-director",
        "--via",
        "data-analyst",
        *D,
        "--json",
    ).json()
    assert via["routes"][0]["roles"] == [
        "ops-specialist",
        "data-analyst",
        "ops-supervisor",
        "ops-director",
    ]
    plain = run("route", "--from", "ops-specialist", "--to", "ops-director", *D, "--json").json()
    assert plain["routes"][0]["hours"] <= via["routes"][0]["hours"]
    avoid = run(
        "route",
        "--from",
        "ops-specialist",
        "--to",
        "ops-director",
        "--avoid",
        "data-analyst",
        *D,
        "--json",
    ).json()
    assert avoid["routes"][0]["hours"] == plain["routes"][0]["hours"]


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        (("--from", "ops-director", "--to", "ops-assistant"), "cannot be reached"),
        (
            ("--from", "ops-specialist", "--to", "ops-director", "--avoid", "ops-supervisor"),
            "--avoid",
        ),
        (
            ("--from", "ops-specialist", "--to", "ops-director", "--max-steps", "1"),
            "at least 2 steps",
        ),
        (
            ("--from", "ops-assistant", "--to", "data-analyst", "--promotions-only"),
            "--promotions-only",
        ),
    ],
)
def test_no_route_says_why(args: tuple[str, ...], reason: str) -> None:
    result = run("route", *args, *D)
    assert result.exit_code == 1
    assert "no route" in result.stderr
    assert reason in result.stderr
    assert result.stdout == ""


def test_route_similar_takes_inferred_moves(mini_copy: Path) -> None:
    roles = mini_copy / "roles.yaml"
    roles.write_text(
        roles.read_text(encoding="utf-8")
        + """  - id: bi-analyst
    name: {en: BI Analyst, zh: BI分析师}
    family: data
    level: mid
    summary: {en: Builds dashboards, zh: 搭建看板}
    skills:
      - {skill: sql, level: 3, importance: 5, essential: true}
      - {skill: spreadsheets, level: 2, importance: 3}
""",
        encoding="utf-8",
    )
    args = ("route", "--from", "ops-specialist", "--to", "bi-analyst", "--data", mini_copy)
    result = run(*args)
    assert result.exit_code == 1 and "--similar" in result.stderr
    doc = run(*args, "--similar", "--json").json()
    steps = doc["routes"][0]["steps"]
    assert [(s["to"], s["kind"]) for s in steps] == [
        ("data-analyst", "lateral"),
        ("bi-analyst", "similar"),
    ]


def test_next_moves() -> None:
    doc = run("next", "--from", "ops-specialist", *D, "--json").json()
    assert doc["from"] == "ops-specialist"
    moves = doc["moves"]
    documented = [m for m in moves if m["kind"] != "similar"]
    assert {m["to"] for m in documented} == {"ops-supervisor", "data-analyst"}
    assert [m["hours"] for m in documented] == sorted(m["hours"] for m in documented)
    for m in moves:
        assert 0 <= m["similarity"] <= 1
        assert m["inferred"] is (m["kind"] == "similar")
    # the role one was promoted from is no next move
    assert "ops-assistant" not in {m["to"] for m in moves}


def test_next_from_profile_only_lists_matching_roles(tmp_path: Path) -> None:
    profile = tmp_path / "me.yaml"
    profile.write_text(
        "skills:\n  sql: 3\n  spreadsheets: 3\n  platform-rules: 2\n", encoding="utf-8"
    )
    doc = run("next", "--profile", profile, *D, "--json").json()
    assert doc["moves"][0] == {
        "to": "data-analyst",
        "name": {"en": "Data Analyst", "zh": "电商数据分析师"},
        "kind": "match",
        "hours": 0,
        "similarity": 1.0,
        "readiness": 1.0,
        "years": None,
        "time_years": 0,
        "top_gaps": [],
        "inferred": True,
    }


def test_roles_and_skills_filters() -> None:
    roles = run("roles", "--family", "data", *D, "--json").json()
    assert [r["id"] for r in roles] == ["data-analyst"]
    assert roles[0]["family"] == "data" and roles[0]["name"]["zh"] == "电商数据分析师"
    juniors = run("roles", "--level", "junior", *D, "--json").json()
    assert {r["level"] for r in juniors} == {"junior"}
    skills = run("skills", "--dimension", "general-ability", *D, "--json").json()
    assert {s["id"] for s in skills} == {"collaboration", "team-leadership"}
    assert all(s["dimension"] == "general-ability" for s in skills)
    assert run("roles", "--family", "astrology", *D).exit_code == 2


def test_show_role_and_skill() -> None:
    role = run("show", "ops-supervisor", *D, "--json").json()
    assert role["type"] == "role"
    assert role["leads_to"] == [{"to": "ops-director", "kind": "promotion", "years": 3}]
    assert {p["from"] for p in role["comes_from"]} == {"ops-specialist", "data-analyst"}
    skill = run("show", "sql", *D, "--json").json()
    assert skill["type"] == "skill"
    assert skill["prerequisites"] == [{"skill": "spreadsheets", "level": 2}]
    assert {n["role"] for n in skill["needed_by"]} == {"data-analyst", "ops-director"}
    assert run("show", "nothing-like-it", *D).exit_code == 2


def test_show_in_chinese() -> None:
    out = run("show", "ops-director", *D, "--lang", "zh").stdout
    assert "电商运营总监" in out and "能力要求" in out
    out = run("show", "ops-director", *D, env={"ECAREER_LANG": "zh"}).stdout
    assert "能力要求" in out
    # neither --lang nor ECAREER_LANG: the locale decides (the README), LC_ALL before LANG
    locale = {"ECAREER_LANG": None, "LC_ALL": None, "LC_MESSAGES": None, "LANG": "zh_CN.UTF-8"}
    assert "能力要求" in run("show", "ops-director", *D, env=locale).stdout
    english = run("show", "ops-director", *D, env={**locale, "LC_ALL": "en_US.UTF-8"}).stdout
    assert "能力要求" not in english and "Operations Director" in english


def test_graph_formats() -> None:
    mermaid = run("graph", *D).stdout
    assert mermaid.startswith("flowchart LR\n")
    assert "r_ops_supervisor --> r_ops_director" in mermaid
    dot = run("graph", "--format", "dot", *D).stdout
    assert '"ops-supervisor" -> "ops-director"' in dot
    doc = run("graph", "--format", "json", *D).json()
    assert len(doc["nodes"]) == 5 and len(doc["edges"]) == 5
    ops = run("graph", "--format", "json", "--family", "operations", *D).json()
    assert "data-analyst" not in {n["id"] for n in ops["nodes"]}


def test_json_is_plain_even_with_colour_forced_and_narrow_terminal() -> None:
    env = {"FORCE_COLOR": "1", "COLUMNS": "40", "NO_COLOR": ""}
    result = run("gap", "--from", "ops-specialist", "--to", "ops-director", *D, "--json", env=env)
    assert "\x1b" not in result.stdout
    assert result.json()["targets"][0]["total_hours"] == 303


def test_markup_in_data_prints_exactly(mini_copy: Path) -> None:
    roles = mini_copy / "roles.yaml"
    text = roles.read_text(encoding="utf-8").replace(
        "name: {en: Data Analyst, zh: 电商数据分析师}",
        "name: {en: 'C# [advanced] [/] \\x1b[31m', zh: 电商数据分析师}".replace("\\x1b", "\\e"),
    )
    text = text.replace("'C# [advanced] [/] \\e[31m'", '"C# [advanced] [/] \\e[31m"')
    roles.write_text(text, encoding="utf-8")
    out = run("roles", "--data", mini_copy, env={"FORCE_COLOR": "1", "NO_COLOR": ""}).stdout
    assert "C# [advanced] [/] \\x1b[31m" in out
    assert "\x1b[31m" not in out
    doc = run("roles", "--data", mini_copy, "--json").json()
    names = {r["id"]: r["name"]["en"] for r in doc}
    assert names["data-analyst"] == "C# [advanced] [/] \x1b[31m"


def test_errors_go_to_stderr_and_results_to_stdout() -> None:
    ok = run("roles", *D)
    assert ok.exit_code == 0 and ok.stdout and not ok.stderr
    bad = run("gap", "--from", "x", "--to", "y", *D)
    assert bad.exit_code == 2 and not bad.stdout and bad.stderr


def test_invalid_data_is_exit_1_with_hint(mini_copy: Path) -> None:
    (mini_copy / "paths.yaml").write_text("paths:\n  - {from: a}\n", encoding="utf-8")
    result = run("roles", "--data", mini_copy)
    assert result.exit_code == 1
    assert "ecareer validate" in result.stderr
    assert "paths.yaml:2:" in result.stderr


def test_missing_arguments_are_usage_errors() -> None:
    assert run("gap", "--to", "ops-director", *D).exit_code == 2
    assert run("gap", "--from", "ops-director", *D).exit_code == 2
    assert run("route", "--from", "ops-director", *D).exit_code == 2
    assert (
        run("route", "--from", "ops-director", "--to", "ops-assistant", "-k", "0", *D).exit_code
        == 2
    )
