"""Route optimality against brute force on small random graphs of every shape.

The shapes are those of benchmarks/generate.py (ladder, web, hubs, chain, random), drawn
small enough that every simple path can be listed: the search (walk labels, dominance, the
predecessor and years bounds, Yen's deviations) must return the k cheapest routes under the
documented model, for both costs and with every constraint.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

import networkx as nx
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from ecareer.advise.levels import learning, role_levels
from ecareer.advise.moves import Constraints, Moves
from ecareer.advise.route import Cost, find_routes
from ecareer.advise.route_search import _Search
from ecareer.contract.dataset import Dataset
from ecareer.contract.records import Move, Prerequisite, Requirement, Role, ScaleLevel, Skill, Text
from ecareer.contract.vocab import Category, Dimension, Family, Growth, MoveKind, RoleLevel
from ecareer.errors import NoRoute
from test_similarity import all_pairs  # the definition of similar roles, kept once

from conftest import ROOT, Run

SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SHAPES = ("ladder", "web", "hubs", "chain", "random")
LEVELS = (RoleLevel.JUNIOR, RoleLevel.MID, RoleLevel.SENIOR)


def _t(s: str) -> Text:
    return Text(s, s)


def _edges(draw: st.DrawFn, shape: str, n: int) -> set[tuple[int, int]]:
    """Pairs (a, b) of role indices in the pattern of ``shape``."""
    pairs = [(a, b) for a in range(n) for b in range(n) if a != b]
    out: set[tuple[int, int]] = set()
    if shape == "ladder":
        out = {(i, i + 1) for i in range(n - 1)}
        out |= set(draw(st.lists(st.sampled_from(pairs), max_size=3)))
    elif shape == "web":
        for a in range(n):
            others = [b for b in range(n) if b != a]
            out |= {(a, b) for b in draw(st.lists(st.sampled_from(others), max_size=3))}
    elif shape == "hubs":
        hubs = draw(st.lists(st.integers(0, n - 1), min_size=1, max_size=2, unique=True))
        for a in range(n):
            for h in hubs:
                if h != a:
                    if draw(st.booleans()):
                        out.add((a, h))
                    if draw(st.booleans()):
                        out.add((h, a))
    elif shape == "chain":
        out = {(i, i + 1) for i in range(n - 1)}
        out |= set(draw(st.lists(st.sampled_from(pairs), max_size=n)))
    else:
        out = set(draw(st.lists(st.sampled_from(pairs), max_size=3 * n, unique=True)))
    return out


@st.composite
def shaped(draw: st.DrawFn, shape: str | None = None) -> Dataset:
    shape = shape or draw(st.sampled_from(SHAPES))
    n_skills = draw(st.integers(2, 6))
    ids = [f"s{i}" for i in range(n_skills)]
    skills = {}
    for i, sid in enumerate(ids):
        pre = draw(st.lists(st.sampled_from(ids[:i]), max_size=2, unique=True)) if i else []
        skills[sid] = Skill(
            id=sid,
            name=_t(sid),
            dimension=Dimension.PROFESSIONAL_ABILITY,
            category=Category.BUSINESS_TOOLS,
            description=_t(sid),
            effort=tuple(float(draw(st.integers(0, 30))) for _ in range(5)),
            prerequisites=tuple(Prerequisite(p, draw(st.integers(1, 3))) for p in pre),
            growth=draw(st.sampled_from(Growth)),
        )
    n = draw(st.integers(3, 7))
    roles = {}
    for i in range(n):
        chosen = draw(st.lists(st.sampled_from(ids), min_size=1, max_size=4, unique=True))
        roles[f"r{i}"] = Role(
            id=f"r{i}",
            name=_t(f"r{i}"),
            family=Family.OPERATIONS,
            level=LEVELS[min(2, 3 * i // n)],
            summary=_t("r"),
            skills=tuple(
                Requirement(s, draw(st.integers(1, 5)), draw(st.integers(1, 5)), False)
                for s in chosen
            ),
        )
    paths = []
    for a, b in sorted(_edges(draw, shape, n)):
        kind = MoveKind.PROMOTION if b > a and draw(st.booleans()) else MoveKind.LATERAL
        paths.append(Move(f"r{a}", f"r{b}", kind, float(draw(st.integers(1, 4)))))
    scale = tuple(ScaleLevel(i, _t(str(i)), _t(str(i))) for i in range(1, 6))
    return Dataset(scale=scale, skills=skills, roles=roles, paths=tuple(paths))


def brute(ds: Dataset, a: str, b: str, c: Constraints) -> list[tuple[str, ...]]:
    g = nx.DiGraph()
    g.add_nodes_from(ds.roles)
    for p in ds.paths:
        if not c.promotions_only or p.kind is MoveKind.PROMOTION:
            g.add_edge(p.from_, p.to, years=p.years)
    out = []
    for path in nx.all_simple_paths(g, a, b):
        if set(path) & c.avoid or not set(c.via) <= set(path):
            continue
        if c.max_steps is not None and len(path) - 1 > c.max_steps:
            continue
        out.append(tuple(path))
    return out


def value(ds: Dataset, roles: tuple[str, ...], cost: Cost) -> float:
    """The documented model, step by step, from the start role's own levels."""
    levels = role_levels(ds.roles[roles[0]])
    years = {(p.from_, p.to): p.years for p in ds.paths}
    total = 0.0
    for x, y in itertools.pairwise(roles):
        steps = learning(ds, levels, role_levels(ds.roles[y]))
        total += cost.step(years[(x, y)], steps)
        levels = {**levels, **{s.skill: s.want for s in steps}}
    return total


def check(ds: Dataset, a: str, b: str, k: int, c: Constraints, cost: Cost) -> None:
    paths = brute(ds, a, b, c)
    try:
        res = find_routes(ds, a, b, role_levels(ds.roles[a]), k, c, cost)
    except NoRoute:
        assert paths == []
        return
    assert res.stopped_after == 0
    want = sorted(value(ds, p, cost) for p in paths)
    got = [value(ds, r.roles, cost) for r in res.routes]
    for r in res.routes:
        assert r.roles in paths  # simple, within the constraints
    assert got == pytest.approx(want[: len(got)], abs=1e-6)
    assert len(got) == min(k, len(paths))
    assert len({r.roles for r in res.routes}) == len(got)
    assert res.lower_bound == pytest.approx(got[0], abs=1e-6)


def _pair(ds: Dataset, data: st.DataObject) -> tuple[str, str]:
    a = data.draw(st.sampled_from(sorted(ds.roles)))
    b = data.draw(st.sampled_from(sorted(ds.roles)))
    assume(a != b)
    return a, b


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("by", ["hours", "time"])
@SETTINGS
@given(data=st.data())
def test_k_cheapest_routes_match_brute_force(shape: str, by: str, data: st.DataObject) -> None:
    ds = data.draw(shaped(shape))
    a, b = _pair(ds, data)
    k = data.draw(st.integers(1, 5))
    pace = data.draw(st.sampled_from([1.0, 5.0, 40.0]))
    check(ds, a, b, k, Constraints(), Cost(by, pace))


@SETTINGS
@given(ds=shaped(), data=st.data())
def test_constrained_routes_match_brute_force(ds: Dataset, data: st.DataObject) -> None:
    a, b = _pair(ds, data)
    others = sorted(set(ds.roles) - {a, b})
    via = (
        tuple(data.draw(st.lists(st.sampled_from(others), max_size=2, unique=True)))
        if others
        else ()
    )
    rest = [r for r in others if r not in via]
    avoid = (
        frozenset(data.draw(st.lists(st.sampled_from(rest), max_size=1))) if rest else frozenset()
    )
    c = Constraints(
        via=via,
        avoid=avoid,
        max_steps=data.draw(st.one_of(st.none(), st.integers(1, 4))),
        promotions_only=data.draw(st.booleans()),
    )
    by = data.draw(st.sampled_from(["hours", "time"]))
    check(ds, a, b, data.draw(st.integers(1, 3)), c, Cost(by))


@SETTINGS
@given(ds=shaped(), data=st.data())
def test_similar_roles_through_the_index_equal_all_pairs(ds: Dataset, data: st.DataObject) -> None:
    from ecareer.advise.moves import similar_roles

    origin = data.draw(st.one_of(st.none(), st.sampled_from(sorted(ds.roles))))
    have = data.draw(st.dictionaries(st.sampled_from(sorted(ds.skills)), st.integers(0, 5)))
    if origin is not None and data.draw(st.booleans()):
        have = {**role_levels(ds.roles[origin]), **have}
    minimum = data.draw(st.sampled_from([0.0, 0.1, 0.35, 0.6, 0.6000000001, 0.9, 1.0]))
    assert similar_roles(ds, have, origin, minimum) == all_pairs(ds, have, origin, minimum)


def check_bounded(ds: Dataset, a: str, b: str, k: int, c: Constraints, cost: Cost) -> None:
    """At a tiny work bound: the routes are real and within the constraints, cheapest first,
    and ``lower_bound`` is a true lower bound of the brute-force optimum (the route shown is
    at most ``value - lower_bound`` dearer than the cheapest)."""
    paths = brute(ds, a, b, c)
    try:
        res = find_routes(ds, a, b, role_levels(ds.roles[a]), k, c, cost)
    except NoRoute:
        # the fallbacks (legs in turn, fewest moves) may miss a route that only a detour
        # through the via roles, or one within max-steps, reaches; never without those
        assert paths == [] or c.via or c.max_steps is not None
        return
    assert paths, "a route was returned where none exists"
    got = [value(ds, r.roles, cost) for r in res.routes]
    for r in res.routes:
        assert r.roles in paths
    assert len({r.roles for r in res.routes}) == len(got) <= k
    best = min(value(ds, p, cost) for p in paths)
    # the search's own bound, before find_routes caps it by the first route's cost
    mod = route_mod()
    limit = mod.VIA_EXPANDED if c.via else mod.MAX_EXPANDED
    search = _Search(
        ds, role_levels(ds.roles[a]), b, c, Moves(ds, c), cost, limit, mod.WEIGHTED_EXPANDED
    )
    search.best((a,))
    if search.stopped:
        assert search.lower_bound is not None
        assert search.lower_bound <= best + 1e-6
    assert res.lower_bound is not None
    assert res.lower_bound <= best + 1e-6  # proven: never above the true optimum
    assert res.lower_bound <= got[0] + 1e-6
    if res.stopped_after:
        assert got[0] == pytest.approx(min(got), abs=1e-6)  # cheapest found, first
    else:  # the search finished within the bound: exact
        assert got[0] == pytest.approx(best, abs=1e-6)
        assert res.lower_bound == pytest.approx(best, abs=1e-6)


def route_mod() -> Any:
    import ecareer.advise.route as mod

    return mod


@pytest.mark.parametrize("shape", SHAPES)
@SETTINGS
@given(data=st.data())
def test_bounded_answers_carry_a_true_lower_bound(shape: str, data: st.DataObject) -> None:
    import ecareer.advise.route as route_mod

    ds = data.draw(shaped(shape))
    a, b = _pair(ds, data)
    others = sorted(set(ds.roles) - {a, b})
    via = tuple(data.draw(st.lists(st.sampled_from(others), max_size=1))) if others else ()
    c = Constraints(via=via, max_steps=data.draw(st.one_of(st.none(), st.integers(2, 5))))
    by = data.draw(st.sampled_from(["hours", "time"]))
    exact = data.draw(st.integers(1, 3))
    limits = (exact, exact, data.draw(st.integers(0, 4)))
    saved = (route_mod.MAX_EXPANDED, route_mod.VIA_EXPANDED, route_mod.WEIGHTED_EXPANDED)
    route_mod.MAX_EXPANDED, route_mod.VIA_EXPANDED, route_mod.WEIGHTED_EXPANDED = limits
    try:
        check_bounded(ds, a, b, data.draw(st.integers(1, 3)), c, Cost(by))
    finally:
        route_mod.MAX_EXPANDED, route_mod.VIA_EXPANDED, route_mod.WEIGHTED_EXPANDED = saved


def test_bounded_route_says_so_in_json_and_text(
    cli: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Through the CLI: at the work bound --json says optimal false with a lower bound no
    higher than the route's own cost, and the text output says the bound on stderr in both
    languages; within the bound, optimal true and the bound equal to the route's cost."""
    import ecareer.advise.route as route_mod

    args = ("route", "--from", "ops-assistant", "--to", "ops-director", "--data", ROOT / "data")
    exact = cli(*args, "--json").json()
    assert exact["optimal"] is True
    assert exact["lower_bound"] == pytest.approx(exact["routes"][0]["hours"])
    monkeypatch.setattr(route_mod, "MAX_EXPANDED", 1)
    monkeypatch.setattr(route_mod, "WEIGHTED_EXPANDED", 2)
    cut = cli(*args, "--json").json()
    assert cut["optimal"] is False
    assert cut["lower_bound"] <= cut["routes"][0]["hours"] + 1e-9
    assert cut["lower_bound"] <= exact["routes"][0]["hours"] + 1e-9
    en = cli(*args)
    assert "proven bound: no route costs less than" in en.stderr
    zh = cli(*args, "--lang", "zh")
    assert "已证明的下界" in zh.stderr
