"""Properties of the advisor on random datasets, and route optimality against brute force."""

from __future__ import annotations

import networkx as nx
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from ecareer.advise.gap import gap_to
from ecareer.advise.levels import role_levels
from ecareer.advise.moves import Constraints
from ecareer.advise.route import advance, find_routes
from ecareer.contract.dataset import Dataset
from ecareer.errors import NoRoute

from strategies import datasets

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def route_cost(ds: Dataset, roles: tuple[str, ...]) -> float:
    """The cost model, computed independently: hours from the start role's levels."""
    levels = role_levels(ds.roles[roles[0]])
    total = 0.0
    for r in roles[1:]:
        cost, levels = advance(ds, levels, r)
        total += cost
    return total


def simple_paths(
    ds: Dataset, a: str, b: str, promotions_only: bool = False
) -> list[tuple[str, ...]]:
    g = nx.DiGraph()
    g.add_nodes_from(ds.roles)
    for p in ds.paths:
        if not promotions_only or p.kind == "promotion":
            g.add_edge(p.from_, p.to)
    return [tuple(p) for p in nx.all_simple_paths(g, a, b)]


def best(ds: Dataset, a: str, b: str, **kw: object) -> float | None:
    try:
        res = find_routes(ds, a, b, role_levels(ds.roles[a]), 1, Constraints(**kw))  # type: ignore[arg-type]
    except NoRoute:
        return None
    return res.routes[0].hours


@SETTINGS
@given(datasets(), st.data())
def test_route_hours_equal_sum_of_steps_and_match_brute_force(
    ds: Dataset, data: st.DataObject
) -> None:
    a = data.draw(st.sampled_from(sorted(ds.roles)))
    b = data.draw(st.sampled_from(sorted(ds.roles)))
    assume(a != b)
    paths = simple_paths(ds, a, b)
    k = data.draw(st.integers(1, 4))
    try:
        res = find_routes(ds, a, b, role_levels(ds.roles[a]), k)
    except NoRoute:
        assert paths == []
        return
    costs = sorted(route_cost(ds, p) for p in paths)
    got = [r.hours for r in res.routes]
    for r in res.routes:
        assert r.hours == pytest.approx(sum(s.hours for s in r.steps))
        assert r.years == pytest.approx(sum(s.years for s in r.steps))
        assert r.roles[0] == a and r.roles[-1] == b
        assert len(set(r.roles)) == len(r.roles)  # simple
        assert r.hours == pytest.approx(route_cost(ds, r.roles))
    assert got == pytest.approx(costs[: len(got)])  # the k cheapest, cheapest first
    assert len(got) == min(k, len(paths))
    assert len({r.roles for r in res.routes}) == len(got)


@SETTINGS
@given(datasets(), st.data())
def test_no_route_is_dearer_than_one_forced_through_another_role(
    ds: Dataset, data: st.DataObject
) -> None:
    a, b, via = (
        data.draw(st.permutations(sorted(ds.roles)))[:3] if len(ds.roles) >= 3 else (None,) * 3
    )
    assume(a is not None)
    plain = best(ds, a, b)
    forced = best(ds, a, b, via=(via,))
    if forced is not None:
        assert plain is not None
        assert plain <= forced + 1e-9
        brute = [p for p in simple_paths(ds, a, b) if via in p]
        assert forced == pytest.approx(min(route_cost(ds, p) for p in brute))


@SETTINGS
@given(datasets(), st.data())
def test_avoiding_a_role_off_the_best_route_changes_nothing(
    ds: Dataset, data: st.DataObject
) -> None:
    a = data.draw(st.sampled_from(sorted(ds.roles)))
    b = data.draw(st.sampled_from(sorted(ds.roles)))
    assume(a != b)
    try:
        res = find_routes(ds, a, b, role_levels(ds.roles[a]))
    except NoRoute:
        return
    off = sorted(set(ds.roles) - set(res.routes[0].roles))
    assume(off)
    avoid = data.draw(st.sampled_from(off))
    again = find_routes(
        ds, a, b, role_levels(ds.roles[a]), 1, Constraints(avoid=frozenset({avoid}))
    )
    assert again.routes[0].hours == pytest.approx(res.routes[0].hours)
    assert avoid not in again.routes[0].roles


@SETTINGS
@given(datasets(), st.data())
def test_constraints_are_respected(ds: Dataset, data: st.DataObject) -> None:
    a = data.draw(st.sampled_from(sorted(ds.roles)))
    b = data.draw(st.sampled_from(sorted(ds.roles)))
    assume(a != b)
    steps = data.draw(st.integers(1, 3))
    try:
        res = find_routes(
            ds,
            a,
            b,
            role_levels(ds.roles[a]),
            2,
            Constraints(max_steps=steps, promotions_only=True),
        )
    except NoRoute:
        ok = [p for p in simple_paths(ds, a, b, promotions_only=True) if len(p) - 1 <= steps]
        assert ok == []
        return
    for r in res.routes:
        assert len(r.steps) <= steps
        assert all(s.kind == "promotion" for s in r.steps)


@SETTINGS
@given(datasets())
def test_gap_from_a_role_to_itself_is_empty(ds: Dataset) -> None:
    for rid, role in ds.roles.items():
        g = gap_to(ds, role_levels(role), rid)
        assert all(r.gap == 0 and r.hours == 0 for r in g.skills)
        assert g.total_hours == 0
        assert g.readiness == 1.0
        assert g.met == g.total


@SETTINGS
@given(datasets(), st.data())
def test_profile_at_or_above_every_requirement_closes_the_gap(
    ds: Dataset, data: st.DataObject
) -> None:
    have = {sid: data.draw(st.integers(5, 7)) for sid in ds.skills}
    for rid in ds.roles:
        g = gap_to(ds, have, rid)
        assert g.total_hours == 0
        assert g.readiness == 1.0
        assert g.met == g.total
        assert g.prerequisites == []


@SETTINGS
@given(datasets(), st.data())
def test_gap_hours_equal_the_route_step_into_the_target(ds: Dataset, data: st.DataObject) -> None:
    """The gap table and the route agree: one cost model."""
    a = data.draw(st.sampled_from(sorted(ds.roles)))
    b = data.draw(st.sampled_from(sorted(ds.roles)))
    have = role_levels(ds.roles[a])
    g = gap_to(ds, have, b)
    cost, _ = advance(ds, have, b)
    assert g.total_hours == pytest.approx(cost)
    assert 0.0 <= g.readiness <= 1.0
