"""Hypothesis strategies for random, valid datasets built straight as runtime records."""

from __future__ import annotations

from hypothesis import strategies as st

from ecareer.contract.dataset import Dataset
from ecareer.contract.records import (
    Move,
    Prerequisite,
    Requirement,
    Role,
    ScaleLevel,
    Skill,
    Text,
)
from ecareer.contract.vocab import Category, Dimension, Family, Growth, MoveKind, RoleLevel

LEVELS = (RoleLevel.JUNIOR, RoleLevel.MID, RoleLevel.SENIOR)


def _t(s: str) -> Text:
    return Text(s, s)


@st.composite
def datasets(draw: st.DrawFn, max_roles: int = 7, max_skills: int = 6) -> Dataset:
    n_skills = draw(st.integers(2, max_skills))
    skill_ids = [f"s{i}" for i in range(n_skills)]
    skills = {}
    for i, sid in enumerate(skill_ids):
        effort = tuple(float(x) for x in draw(st.lists(st.integers(0, 40), min_size=5, max_size=5)))
        # prerequisites only on lower-numbered skills: never a cycle
        pre_ids = (
            draw(st.lists(st.sampled_from(skill_ids[:i]), max_size=2, unique=True)) if i else []
        )
        prereqs = tuple(Prerequisite(p, draw(st.integers(1, 3))) for p in pre_ids)
        skills[sid] = Skill(
            id=sid,
            name=_t(sid),
            dimension=Dimension.PROFESSIONAL_ABILITY,
            category=Category.BUSINESS_TOOLS,
            description=_t(sid),
            effort=effort,
            prerequisites=prereqs,
            growth=draw(st.sampled_from(Growth)),
        )
    n_roles = draw(st.integers(2, max_roles))
    roles = {}
    for i in range(n_roles):
        rid = f"r{i}"
        chosen = draw(st.lists(st.sampled_from(skill_ids), min_size=1, max_size=4, unique=True))
        reqs = tuple(
            Requirement(s, draw(st.integers(1, 5)), draw(st.integers(1, 5)), draw(st.booleans()))
            for s in chosen
        )
        roles[rid] = Role(
            id=rid,
            name=_t(rid),
            family=Family.OPERATIONS,
            level=draw(st.sampled_from(LEVELS)),
            summary=_t(rid),
            skills=reqs,
        )
    ids = list(roles)
    pairs = [(a, b) for a in ids for b in ids if a != b]
    chosen_pairs = draw(st.lists(st.sampled_from(pairs), max_size=min(14, len(pairs)), unique=True))
    paths = []
    rank = {RoleLevel.JUNIOR: 0, RoleLevel.MID: 1, RoleLevel.SENIOR: 2}
    for a, b in chosen_pairs:
        # promotions only upwards in level and in index: never a cycle, never down
        up = rank[roles[b].level] >= rank[roles[a].level] and int(b[1:]) > int(a[1:])
        kind = MoveKind.PROMOTION if up and draw(st.booleans()) else MoveKind.LATERAL
        paths.append(Move(a, b, kind, float(draw(st.integers(1, 4)))))
    scale = tuple(ScaleLevel(i, _t(str(i)), _t(str(i))) for i in range(1, 6))
    return Dataset(scale=scale, skills=skills, roles=roles, paths=tuple(paths))
