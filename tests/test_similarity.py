"""Similar roles (advise/similarity.py) equal the all-pairs definition, on every path.

The one-question path (candidates from ``Requirements.by_skill``) and the prefix filter (built
after many questions) must both return exactly what scoring every role with ``coverage()``
returns: same roles, same floats, same order; also for a dataset as one person sees it
(any-of requirements resolved), for roles requiring nothing, and for a dataset read back
from the compiled cache (the requirement matrix stored by the codec).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ecareer.advise import similarity as sm
from ecareer.advise.gap import coverage
from ecareer.advise.levels import for_person, role_levels
from ecareer.advise.moves import similar_from_role, similar_roles
from ecareer.contract.dataset import Dataset, requirements_of
from ecareer.contract.records import Requirement, Role, ScaleLevel, Skill, Text
from ecareer.contract.vocab import LEVEL_RANK, Category, Dimension, Family, RoleLevel
from ecareer.store.codec import decode, encode

from conftest import run

SETTINGS = settings(
    max_examples=120,
    deadline=None,
    # the fixture only sets a module constant, the same for every input
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
LEVELS = (RoleLevel.JUNIOR, RoleLevel.MID, RoleLevel.SENIOR)
MINIMA = [0.0, 0.1, 0.35, 0.5, 0.6, 0.6000000001, 0.75, 0.9, 1.0, 1.5]


def _t(s: str) -> Text:
    return Text(s, s)


@st.composite
def datasets(draw: st.DrawFn) -> Dataset:
    """Small datasets with skewed skill popularity, any-of requirements, essential ones and
    roles requiring nothing."""
    n_skills = draw(st.integers(2, 9))
    ids = [f"s{i}" for i in range(n_skills)]
    skills = {
        sid: Skill(
            id=sid,
            name=_t(sid),
            dimension=Dimension.PROFESSIONAL_ABILITY,
            category=Category.BUSINESS_TOOLS,
            description=_t(sid),
            effort=tuple(float(draw(st.integers(0, 30))) for _ in range(5)),
        )
        for sid in ids
    }
    popular = st.sampled_from(ids[: max(1, n_skills // 3)])  # a few skills most roles need
    roles = {}
    for i in range(draw(st.integers(1, 9))):
        chosen = draw(st.lists(st.one_of(popular, st.sampled_from(ids)), max_size=6, unique=True))
        reqs = []
        for s in chosen:
            any_of: tuple[str, ...] = ()
            if draw(st.integers(0, 4)) == 0:
                alt = draw(st.sampled_from(ids))
                if alt != s and alt not in chosen:
                    any_of = (s, alt)
            reqs.append(
                Requirement(
                    s,
                    draw(st.integers(1, 5)),
                    draw(st.integers(1, 5)),
                    draw(st.booleans()),
                    any_of=any_of,
                )
            )
        roles[f"r{i}"] = Role(
            id=f"r{i}",
            name=_t(f"r{i}"),
            family=Family.OPERATIONS,
            level=draw(st.sampled_from(LEVELS)),
            summary=_t("r"),
            skills=tuple(reqs),
        )
    scale = tuple(ScaleLevel(i, _t(str(i)), _t(str(i))) for i in range(1, 6))
    return Dataset(scale=scale, skills=skills, roles=roles, paths=())


def all_pairs(
    ds: Dataset, have: dict[str, int], origin: str | None, minimum: float
) -> list[tuple[str, float]]:
    """The definition: every other role (same level or above a role) scored by coverage."""
    floor = LEVEL_RANK[ds.roles[origin].level] if origin else -1
    out = [
        (rid, coverage(have, role, essential_weight=2.0))
        for rid, role in ds.roles.items()
        if rid != origin and LEVEL_RANK[role.level] >= floor
    ]
    return sorted(((r, s) for r, s in out if s >= minimum), key=lambda kv: (-kv[1], kv[0]))


@pytest.fixture(params=["one question", "prefix filter"])
def path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "prefix filter":
        monkeypatch.setattr(sm, "MANY", 0)  # the index from the first question on
    return str(request.param)


@SETTINGS
@given(ds=datasets(), data=st.data())
def test_similar_roles_equal_all_pairs(path: str, ds: Dataset, data: st.DataObject) -> None:
    if data.draw(st.booleans()):
        ds = decode(encode(ds), ())  # the matrix the codec stores, rows decoded lazily
    origin = data.draw(st.one_of(st.none(), st.sampled_from(sorted(ds.roles))))
    have = data.draw(st.dictionaries(st.sampled_from(sorted(ds.skills)), st.integers(0, 5)))
    if origin is not None and data.draw(st.booleans()):
        have = {**role_levels(ds.roles[origin]), **have}
    if data.draw(st.booleans()):
        ds = for_person(ds, have)  # any-of requirements as this person resolves them
    minimum = data.draw(st.sampled_from(MINIMA))
    for _ in range(2):  # the second time from what the first prepared
        assert similar_roles(ds, have, origin, minimum) == all_pairs(ds, have, origin, minimum)


@SETTINGS
@given(ds=datasets(), data=st.data())
def test_similar_from_a_role_equals_all_pairs(path: str, ds: Dataset, data: st.DataObject) -> None:
    minimum = data.draw(st.sampled_from(MINIMA))
    for rid in sorted(ds.roles):  # every role in turn, as graph --similar asks
        want = all_pairs(ds, role_levels(ds.roles[rid]), rid, minimum)
        assert similar_from_role(ds, rid, minimum) == want


@SETTINGS
@given(ds=datasets())
def test_the_stored_matrix_is_the_computed_one(ds: Dataset) -> None:
    back = decode(encode(ds), ()).requirements
    want = requirements_of(tuple(ds.skills), tuple(ds.roles.values()))
    assert ds.requirements == want
    assert back.skills == want.skills and back.roles == want.roles
    assert back.levels == want.levels and back.empty == want.empty
    assert back.any_of == want.any_of
    assert [back.rows[i] for i in range(len(want.rows))] == list(want.rows)
    assert [back.by_skill[i] for i in range(len(want.by_skill))] == list(want.by_skill)
    assert back.rows[-1:] == want.rows[-1:]


def test_a_role_requiring_nothing_is_fully_covered() -> None:
    scale = tuple(ScaleLevel(i, _t(str(i)), _t(str(i))) for i in range(1, 6))
    skill = Skill(
        id="s0",
        name=_t("s0"),
        dimension=Dimension.PROFESSIONAL_ABILITY,
        category=Category.BUSINESS_TOOLS,
        description=_t("s0"),
        effort=(1.0,) * 5,
    )
    roles = {
        "a": Role(
            id="a",
            name=_t("a"),
            family=Family.OPERATIONS,
            level=RoleLevel.JUNIOR,
            summary=_t("a"),
            skills=(Requirement("s0", 3, 2, True),),
        ),
        "b": Role(
            id="b",
            name=_t("b"),
            family=Family.OPERATIONS,
            level=RoleLevel.MID,
            summary=_t("b"),
            skills=(),
        ),
    }
    ds = Dataset(scale=scale, skills={"s0": skill}, roles=roles, paths=())
    assert similar_roles(ds, {}, None, 0.6) == [("b", 1.0)]
    assert similar_roles(ds, {"s0": 2}, None, 0.6) == [("b", 1.0), ("a", 2 / 3)]
    assert similar_from_role(ds, "a") == [("b", 1.0)]
    assert similar_from_role(ds, "b") == []  # "a" is below "b"


@SETTINGS
@given(ds=datasets(), data=st.data())
def test_the_best_matches_of_a_profile_equal_all_pairs(ds: Dataset, data: st.DataObject) -> None:
    from ecareer.advise.gap import Origin
    from ecareer.advise.nextmoves import matches

    have = data.draw(st.dictionaries(st.sampled_from(sorted(ds.skills)), st.integers(0, 5)))
    if data.draw(st.booleans()):
        ds = decode(encode(ds), ())
    ds = for_person(ds, have)
    n = data.draw(st.integers(1, 10))
    scored = []
    for rid, role in ds.roles.items():
        c = coverage(have, role, essential_weight=2.0)
        if c > 0:
            scored.append((-round(c, 4), -LEVEL_RANK[role.level], rid))
    want = [(rid, -neg) for neg, _, rid in sorted(scored)[:n]]
    got = matches(ds, Origin(None, have), n)
    assert [(m.to, m.similarity) for m in got] == want


def test_graph_similar_is_the_same_from_the_derived_cache(mini_copy: Path) -> None:
    """Every role's similar roles are kept beside the dataset's cache: the output is the
    same cold, warm, with the file damaged and with no cache at all."""
    import os

    args = ("graph", "--similar", "-f", "json", "--data", mini_copy)
    first = run(*args)
    assert first.exit_code == 0, first.stderr
    assert any(e["kind"] == "similar" for e in first.json()["edges"])
    folder = Path(os.environ["ECAREER_CACHE_DIR"])
    [kept] = folder.glob("similar-roles-*.cache")
    assert run(*args).stdout == first.stdout
    for damage in (b"", b"garbage", kept.read_bytes()[:-7] + b"1234567"):
        kept.write_bytes(damage)
        assert run(*args).stdout == first.stdout
    assert run(*args, env={"ECAREER_NO_CACHE": "1"}).stdout == first.stdout


@SETTINGS
@given(ds=datasets())
def test_remembered_answers_are_checked_and_equal_the_computed(ds: Dataset) -> None:
    table = sm.Similarity(ds).every_role(0.6)
    fresh = sm.Similarity(ds)
    roles = sorted(ds.roles)
    for bad in (None, (), table[:-1], tuple(reversed(table)) if len(table) > 1 else 0):
        assert not fresh.remember(0.6, bad)
    if table and roles:
        wrong = ((table[0][0], (("no-such-role", 1.0),)), *table[1:])
        assert not fresh.remember(0.6, wrong)
    assert not fresh.known
    assert fresh.remember(0.6, table)
    for rid in roles:
        want = all_pairs(ds, role_levels(ds.roles[rid]), rid, 0.6)
        assert fresh.from_role(rid, 0.6) == want
