"""Advice a practitioner believes: held levels, study apart from practice, time that adds up."""

from __future__ import annotations

import itertools
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from ecareer.advise.levels import held_levels, learning, practice_months, role_levels
from ecareer.advise.route import Cost, find_routes
from ecareer.cli.sources import shipped_data
from ecareer.contract.dataset import Dataset
from ecareer.contract.vocab import Dimension, Growth, MoveKind
from ecareer.errors import NoRoute
from ecareer.store.codec import decode, encode
from ecareer.validate.build import build

from conftest import ROOT, run
from strategies import datasets

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def shipped() -> Dataset:
    ds, problems = build([shipped_data()])
    assert ds is not None, problems
    return ds


def expected_held(ds: Dataset, role: str) -> dict[str, int]:
    """held(b) = the higher of b's requirement and the lowest held(a) over promotions a -> b,
    computed here by plain recursion (the data's ladders are short)."""
    own = role_levels(ds.roles[role])
    below = [p.from_ for p in ds.paths_to.get(role, ()) if p.kind is MoveKind.PROMOTION]
    if not below:
        return own
    helds = [expected_held(ds, a) for a in below]
    common = set(helds[0]).intersection(*helds[1:])
    out = {s: min(h[s] for h in helds) for s in common}
    for s, lv in own.items():
        out[s] = max(out.get(s, 0), lv)
    return out


def test_held_levels_follow_every_promotion_chain_of_the_shipped_data(shipped: Dataset) -> None:
    for role in shipped.roles:
        held = held_levels(shipped, role)
        assert held == expected_held(shipped, role), role
        for s, lv in role_levels(shipped.roles[role]).items():
            assert held[s] >= lv


@SETTINGS
@given(datasets())
def test_held_levels_on_generated_data(ds: Dataset) -> None:
    promotions = nx.DiGraph([(p.from_, p.to) for p in ds.paths if p.kind is MoveKind.PROMOTION])
    assume(nx.is_directed_acyclic_graph(promotions))
    for role in ds.roles:
        assert held_levels(ds, role) == expected_held(ds, role)


@SETTINGS
@given(datasets(max_roles=9), st.randoms(use_true_random=False))
def test_held_levels_in_any_order_of_asking(ds: Dataset, rng: random.Random) -> None:
    """The levels taken over in place along a chain are never someone else's: asking in any
    order, twice, gives the definition's answer every time."""
    promotions = nx.DiGraph([(p.from_, p.to) for p in ds.paths if p.kind is MoveKind.PROMOTION])
    assume(nx.is_directed_acyclic_graph(promotions))
    asked = list(ds.roles) * 2
    rng.shuffle(asked)
    cached = decode(encode(ds), ())  # as a warm command reads it: levels from the matrix
    for role in asked:
        got = held_levels(ds, role)
        assert got == expected_held(ds, role)
        got["changed-by-the-caller"] = 9  # a copy: the memo is not touched
        assert held_levels(cached, role) == expected_held(ds, role)


def test_a_specialist_is_not_told_to_learn_what_the_assistant_rung_required() -> None:
    doc = run("gap", "--from", "ops-specialist", "--to", "data-analyst", "--json").json()
    rows = {r["skill"]: r for r in doc["targets"][0]["skills"]}
    held = held_levels(build([shipped_data()])[0], "ops-specialist")  # type: ignore[arg-type]
    for skill, row in rows.items():
        assert row["current"] == held.get(skill, 0)
    # the assistant rung required attention to detail at 2: the specialist holds it
    assert held["attention-to-detail"] >= 2


def test_practice_is_never_study(shipped: Dataset) -> None:
    for skill in shipped.skills.values():
        if skill.dimension is Dimension.PROFESSIONAL_QUALITY:
            assert skill.growth is Growth.PRACTICE, skill.id
    doc = run("gap", "--from", "ops-specialist", "--to", "ops-director", "--json").json()
    t = doc["targets"][0]
    practice = [r for r in t["skills"] if r["growth"] == "practice" and r["gap"]]
    assert practice, "the director's rung asks for practised skills"
    for row in t["skills"]:
        if row["growth"] == "practice":
            assert row["hours"] == 0
            assert (row["months"] > 0) == (row["gap"] > 0)
        else:
            assert row["months"] == 0
    study = sum(r["hours"] for r in t["skills"]) + sum(p["hours"] for p in t["prerequisites"])
    assert t["total_hours"] == pytest.approx(study)
    assert t["practice_months"] == max(r["months"] for r in t["skills"] + t["prerequisites"])


def test_the_efforts_follow_the_documented_rule() -> None:
    out = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "calibrate_effort.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 0, out.stdout + out.stderr


def test_every_move_fits_a_working_persons_budget() -> None:
    result = run("validate", "--strict", "--format", "json")
    assert result.exit_code == 0, result.stdout
    assert not [p for p in result.json()["problems"] if p["code"] == "W210"]


@pytest.mark.parametrize("pace", ["3", "5", "12.5"])
def test_time_adds_up(pace: str) -> None:
    doc = run(
        "route",
        "--from",
        "ops-specialist",
        "--to",
        "ops-director",
        "--hours-per-week",
        pace,
        "--json",
    ).json()
    h = float(pace)
    assert doc["hours_per_week"] == pytest.approx(h)
    [r] = doc["routes"]
    total = 0.0
    for s in r["steps"]:
        duration = max(s["years"], s["hours"] / (h * 52), s["practice_months"] / 12)
        assert s["duration_years"] == pytest.approx(duration, abs=0.01)
        assert s["fits"] == (s["hours"] <= h * 52 * s["years"] + 1e-9)
        if s["years"]:
            assert s["study_per_week"] == pytest.approx(s["hours"] / (s["years"] * 52), abs=0.01)
        total += duration
        # practice is never study: a practised skill's row has months, no hours
        for k in s["skills"]:
            assert (k["hours"] == 0) or k["growth"] == "study"
    assert r["duration_years"] == pytest.approx(total, abs=0.02)
    assert r["duration_years"] >= r["years"]
    assert r["hours"] == pytest.approx(sum(s["hours"] for s in r["steps"]))
    # gap versus route: the difference is the hours of skills met on the way
    gap = run("gap", "--from", "ops-specialist", "--to", "ops-director", "--json").json()
    direct = gap["targets"][0]["total_hours"]
    assert doc["direct_hours"] == pytest.approx(direct)
    assert r["on_the_way_hours"] == pytest.approx(r["hours"] - direct)


def brute_time(ds: Dataset, start: str, target: str, pace: float) -> list[float]:
    """The time of every simple path, computed independently of the search."""
    g = nx.DiGraph()
    g.add_nodes_from(ds.roles)
    years = {}
    for p in ds.paths:
        g.add_edge(p.from_, p.to)
        years[(p.from_, p.to)] = p.years
    out = []
    for path in nx.all_simple_paths(g, start, target):
        levels = dict(role_levels(ds.roles[start]))
        total = 0.0
        for a, b in itertools.pairwise(path):
            steps = learning(ds, levels, role_levels(ds.roles[b]))
            for s in steps:
                levels[s.skill] = s.want
            study = sum(s.hours for s in steps) / (pace * 52)
            total += max(years[(a, b)], study, practice_months(steps) / 12)
        out.append(total)
    return sorted(out)


@SETTINGS
@given(datasets(), st.data(), st.sampled_from([0.5, 2.0, 10.0]))
def test_by_time_is_optimal_against_brute_force(
    ds: Dataset, data: st.DataObject, pace: float
) -> None:
    a = data.draw(st.sampled_from(sorted(ds.roles)))
    b = data.draw(st.sampled_from(sorted(ds.roles)))
    assume(a != b)
    k = data.draw(st.integers(1, 3))
    times = brute_time(ds, a, b, pace)
    try:
        res = find_routes(ds, a, b, role_levels(ds.roles[a]), k, cost=Cost("time", pace))
    except NoRoute:
        assert times == []
        return
    got = [r.duration(pace) for r in res.routes]
    assert got == pytest.approx(times[: len(got)])
    assert len(got) == min(k, len(times))


def test_next_ranks_documented_moves_by_readiness_then_time() -> None:
    doc = run("next", "--from", "ops-specialist", "--json").json()
    moves = doc["moves"]
    documented = [m for m in moves if m["kind"] in ("promotion", "lateral")]
    similar = [m for m in moves if m["kind"] == "similar"]
    assert moves[: len(documented)] == documented  # documented first
    keys = [(-m["readiness"], m["time_years"]) for m in documented]
    assert keys == sorted(keys)
    assert all(m["inferred"] for m in similar)
    assert all(m["top_gaps"] or m["readiness"] == 1 for m in documented)
    text = run("next", "--from", "ops-specialist").stdout
    assert "Readiness: the importance-weighted share" in text
    assert "Similarity: how much of the role's requirement" in text


def test_a_career_changer_gets_the_roles_their_skills_cover(tmp_path: Path) -> None:
    profile = tmp_path / "me.yaml"
    profile.write_text("skills:\n  sql: 3\n  excel: 3\n  data-analysis: 2\n", encoding="utf-8")
    result = run("next", "--profile", profile, "--json")
    assert result.exit_code == 0
    moves = result.json()["moves"]
    assert 1 <= len(moves) <= 10
    assert {m["kind"] for m in moves} == {"match"}
    sims = [m["similarity"] for m in moves]
    assert sims == sorted(sims, reverse=True)
    assert moves[0]["to"] in {"junior-data-analyst", "data-analyst", "data-ops-specialist"}
    assert all(0 < m["readiness"] <= 1 and m["top_gaps"] for m in moves)


def test_a_profile_rating_below_the_role_is_believed(tmp_path: Path) -> None:
    """A self-assessment (``ecareer assess`` writes ``role:`` and the person's levels) is what
    the person says: a skill rated below the role's usual level counts at the rating, and the
    skills the profile does not name keep the role's held levels."""
    profile = tmp_path / "me.yaml"
    profile.write_text(
        "role: ops-specialist\nskills:\n  platform-rules: 1\n  team-leadership: 2\n",
        encoding="utf-8",
    )
    by_role = _current(run("gap", "--from", "ops-specialist", "--to", "ops-supervisor", "--json"))
    by_profile = _current(run("gap", "--profile", str(profile), "--to", "ops-supervisor", "--json"))
    assert by_role["platform-rules"] == 3 and by_profile["platform-rules"] == 1
    assert by_role["team-leadership"] == 0 and by_profile["team-leadership"] == 2
    unnamed = set(by_role) - {"platform-rules", "team-leadership"}
    assert {s: by_profile[s] for s in unnamed} == {s: by_role[s] for s in unnamed}


def _current(result: Any) -> dict[str, int]:
    assert result.exit_code == 0, result.stderr
    target = result.json()["targets"][0]
    return {row["skill"]: row["current"] for row in target["skills"]}
