"""Write a synthetic dataset of any size that passes ``ecareer validate`` with no errors.

(It has warnings, as a real taxonomy would: at ESCO's size, ladder shape, 64 roles needing
skills of one dimension only (W203) and a few hundred moves over the study budget (W210).)

    python benchmarks/generate.py OUTDIR --roles 3000 --skills 13500

is ESCO's size: about 120,000 role-skill requirements and 30,000 paths. ``--shape`` rewires
the paths only (``ladder``, the default, ``web``, ``hubs``, ``chain``, ``random``: see
:func:`shaped_paths`); roles and skills are the same whatever the shape. ``--scale`` multiplies
the counts (``--roles 190 --skills 850 --scale 4``), ``--seed`` picks another dataset of the
same shape. The same arguments always write the same bytes.

Two stress options add to any dataset what a query must not be quadratic in:
``--prereq-chain N`` adds N skills each requiring the one before (a prerequisite chain N deep)
and a senior operations role requiring the last of them (so, by validate's W205, every skill
of the chain); ``--big-role N`` adds a senior operations role requiring N skills. Each added
role is a lateral move away from the first senior operations role, both ways, with years
enough for its study (validate's W210), so the data stays free of problems.

The shape follows the shipped data (ladders like ops-assistant -> ops-specialist ->
ops-supervisor -> ops-director) and ESCO's occupation groups, so queries on it do realistic
work:

* each family has ladders ("tracks") of eight roles, junior to senior; the professional
  skills of a family are dealt out to its ladders as their core, and general abilities and
  professional qualities are shared by every family;
* a role requires about 40 skills (``--reqs``): most of its ladder's core, some skills of the
  wider family (popular ones more often) and some shared ones, at levels that grow with the
  role's level; every skill is required by some role;
* a skill's prerequisites are earlier skills of the same core (so never a cycle);
* promotions go one level up, along the ladder and sometimes onto another ladder of the
  family (so they never go down and never cycle); lateral moves join roles of the same level,
  mostly inside the family; every role has a move out.

Only the standard library is used, and the YAML is written by hand in the style of the
shipped files (block mappings, one flow mapping per requirement).
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
from collections.abc import Iterator
from pathlib import Path

FAMILIES = (
    "operations",
    "marketing",
    "design",
    "customer-service",
    "warehousing-logistics",
    "purchasing-supply-chain",
    "data",
    "technology",
    "product",
)
FAMILY_ZH = ("运营", "营销", "设计", "客服", "仓储物流", "采购供应链", "数据", "技术", "产品")
PROFESSIONAL = ("industry-insight", "business-tools", "domain-expertise")
GENERAL = ("collaboration", "problem-solving", "learning")
QUALITY = ("ownership", "resilience", "innovation")
LEVELS = ("junior", "mid", "senior")
LEVEL_ZH = ("专员", "主管", "总监")
#: the levels of the roles of one ladder, and the range of skill levels each level asks for
TRACK = (0, 0, 0, 1, 1, 1, 2, 2)
LEVEL_RANGE = ((1, 2), (2, 3), (3, 5))
KINDS = ("course", "certification", "book", "practice", "report", "community", "tool")
WORDS = (
    "pricing",
    "listing",
    "traffic",
    "conversion",
    "campaign",
    "inventory",
    "forecast",
    "supplier",
    "quality",
    "audit",
    "content",
    "video",
    "live-stream",
    "search",
    "feed",
    "membership",
    "retention",
    "refund",
    "logistics",
    "packaging",
    "customs",
    "payment",
    "risk",
    "compliance",
    "dashboard",
    "experiment",
    "pipeline",
    "catalogue",
    "assortment",
    "negotiation",
    "sourcing",
    "design",
    "brand",
    "copy",
    "social",
    "community",
    "service",
    "ticket",
    "routing",
    "warehouse",
    "picking",
    "returns",
    "crm",
    "loyalty",
    "coupon",
    "bidding",
    "keyword",
    "analytics",
    "modelling",
    "sql",
    "automation",
)
ZH = "商品流量转化活动库存预测供应质量审核内容视频直播搜索会员留存退款物流包装关务支付风控合规看板实验"
SCALE = (
    (1, "Awareness", "了解", "Knows what it is and when it matters", "知道其含义与适用场景"),
    (2, "Working", "应用", "Does routine work with guidance", "在指导下完成常规工作"),
    (3, "Proficient", "熟练", "Works independently on most cases", "独立处理大多数情况"),
    (4, "Advanced", "精通", "Handles hard cases and coaches others", "处理复杂情况并指导他人"),
    (5, "Expert", "专家", "Sets the standard for the organisation", "为组织制定标准"),
)
HEADER = """\
# yaml-language-server: $schema=../schemas/{name}.schema.json
#
# Synthetic benchmark data written by benchmarks/generate.py ({args}).
# Not career advice: names and numbers are random, only the shape is realistic.
"""


def q(text: str) -> str:
    """A YAML double-quoted scalar (JSON's string syntax is a subset of YAML's)."""
    return json.dumps(text, ensure_ascii=False)


def zh(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(ZH) for _ in range(n))


def words(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


class Skill:
    __slots__ = ("category", "cluster", "dimension", "id", "index", "track")

    def __init__(self, index: int, cluster: int, dimension: str, category: str) -> None:
        self.index = index
        self.cluster = cluster  # a family index, or -1 for the shared skills
        self.track = -1  # the track whose core it is (professional skills)
        self.dimension = dimension
        self.category = category
        self.id = f"s{index:05d}-{WORDS[index % len(WORDS)]}"


class Role:
    __slots__ = ("family", "id", "index", "level", "reqs", "track")

    def __init__(self, index: int, family: int, track: int, level: int) -> None:
        self.index = index
        self.family = family
        self.track = track  # a ladder inside the family: roles that share a core of skills
        self.level = level
        self.id = f"r{index:04d}-{FAMILIES[family]}-{LEVELS[level]}"
        self.reqs: dict[int, int] = {}  # skill index -> level


def make_roles(count: int) -> list[Role]:
    """Roles in turn over the families; inside a family, ladders of TRACK levels."""
    out = []
    for i in range(count):
        family, j = i % len(FAMILIES), i // len(FAMILIES)
        out.append(Role(i, family, j // len(TRACK), TRACK[j % len(TRACK)]))
    return out


def make_skills(rng: random.Random, count: int, roles: list[Role]) -> list[Skill]:
    """Three quarters professional skills, dealt out to the tracks of each family as their
    core; the rest (general abilities, professional qualities) shared by every family."""
    tracks: dict[int, int] = {}
    for r in roles:
        tracks[r.family] = max(tracks.get(r.family, 0), r.track + 1)
    out = []
    dealt: dict[int, int] = {}
    for i in range(count):
        if i % 4 == 3:
            dimension = "general-ability" if i % 8 == 3 else "professional-quality"
            cats = GENERAL if dimension == "general-ability" else QUALITY
            out.append(Skill(i, -1, dimension, cats[(i // 8) % 3]))
        else:
            family = i % len(FAMILIES)
            skill = Skill(i, family, "professional-ability", rng.choice(PROFESSIONAL))
            k = dealt[family] = dealt.get(family, -1) + 1
            skill.track = k % max(1, tracks.get(family, 1))
            out.append(skill)
    return out


def assign_requirements(
    rng: random.Random, roles: list[Role], skills: list[Skill], per_role: int
) -> None:
    """About ``per_role`` requirements each: most of the track's core, some skills of the
    wider family (popular ones more often) and some shared ones. Every skill is used."""
    core: dict[tuple[int, int], list[Skill]] = {}
    family: dict[int, list[Skill]] = {}
    shared: list[Skill] = []
    for s in skills:
        if s.cluster < 0:
            shared.append(s)
        else:
            core.setdefault((s.cluster, s.track), []).append(s)
            family.setdefault(s.cluster, []).append(s)
    for r in roles:
        n = max(3, round(rng.gauss(per_role, per_role / 5)))
        lo, hi = LEVEL_RANGE[r.level]
        mine = core.get((r.family, r.track), [])
        pool = family.get(r.family, [])
        n = min(n, len(pool) + len(shared))
        picked = {s.index for s in mine if rng.random() < 0.7}
        if len(mine) > 2 * per_role:
            # a big core (100,000 skills over ESCO's roles): a role takes about half its
            # requirements from it, not seven tenths of it (never the case at ESCO's size,
            # whose bytes stay as they were)
            picked = set(rng.sample(sorted(picked), min(len(picked), n // 2)))
        while len(picked) < n:
            group = shared if (rng.random() < 0.3 or not pool) and shared else pool
            # a skewed pick: skills early in a list are needed by many roles
            picked.add(group[int(len(group) * rng.random() ** 2)].index)
        for k in picked:
            r.reqs[k] = rng.randint(lo, hi)
    used = {k for r in roles for k in r.reqs}
    owners: dict[tuple[int, int], list[Role]] = {}
    for r in roles:
        owners.setdefault((r.family, r.track), []).append(r)
    for s in skills:
        if s.index not in used:
            r = rng.choice(owners.get((s.cluster, s.track)) or roles)
            lo, hi = LEVEL_RANGE[r.level]
            r.reqs[s.index] = rng.randint(lo, hi)


#: the shapes of the transition graph (``--shape``); roles and skills are the same for all
SHAPES = ("ladder", "web", "hubs", "chain", "random")
#: hubs: the share of roles that everyone moves to and from (300 at ESCO's size)
HUBS = 0.1


def make_paths(
    rng: random.Random, roles: list[Role], per_role: float, shape: str = "ladder"
) -> Iterator[tuple[Role, Role, str]]:
    """The moves of ``shape`` (see :func:`shaped_paths`); ``ladder``: the shipped data's."""
    if shape != "ladder":
        yield from shaped_paths(rng, roles, shape)
        return
    yield from ladder_paths(rng, roles, per_role)


def shaped_paths(
    rng: random.Random, roles: list[Role], shape: str
) -> Iterator[tuple[Role, Role, str]]:
    """Transition graphs that are not ladders (a company's or a national taxonomy's):

    * ``web``: each role 2 promotions one level up into any family, 8 lateral moves (5 in its
      family at its level, 3 anywhere at its level);
    * ``hubs``: a tenth of the roles (300 at ESCO's size) are hubs that every role moves to (4 moves) and is moved to from (4),
      plus the ladder's promotions;
    * ``chain``: one long promotion chain through every role (junior ones first), plus 4
      random lateral moves a role;
    * ``random``: 10 moves out of each role to any role (a promotion when the level is
      higher and the pair is in index order, else lateral): no structure at all.

    In every one of them the last role is a sink (moves lead into it, none out), so that a
    route from it to any other role is unreachable.
    """
    seen: set[tuple[int, int]] = set()
    sink = roles[-1]  # no move out of it: a route from it is unreachable (benchmarks/run.py)

    def move(a: Role, b: Role, kind: str) -> Iterator[tuple[Role, Role, str]]:
        if a is not b and a is not sink and (a.index, b.index) not in seen:
            seen.add((a.index, b.index))
            yield a, b, kind

    level: dict[int, list[Role]] = {}
    family_level: dict[tuple[int, int], list[Role]] = {}
    for r in roles:
        level.setdefault(r.level, []).append(r)
        family_level.setdefault((r.family, r.level), []).append(r)
    if shape == "web":
        for r in roles:
            if r.level + 1 in level:
                for up in rng.sample(level[r.level + 1], 2):
                    yield from move(r, up, "promotion")
            peers = family_level[(r.family, r.level)]
            for other in rng.sample(peers, min(5, len(peers))):
                yield from move(r, other, "lateral")
            for other in rng.sample(level[r.level], 3):
                yield from move(r, other, "lateral")
    elif shape == "hubs":
        hubs = rng.sample(roles, max(4, round(HUBS * len(roles))))
        for a, b, kind in ladder_paths(rng, roles, 2.0, laterals=False):
            yield from move(a, b, kind)
        for r in roles:
            for h in rng.sample(hubs, 4):
                yield from move(r, h, "lateral")
            for h in rng.sample(hubs, 4):
                yield from move(h, r, "lateral")
    elif shape == "chain":
        order = sorted(roles, key=lambda r: (r.level, r.index))
        for a, b in itertools.pairwise(order):
            yield from move(a, b, "promotion")
        for r in roles:
            for other in rng.sample(roles, 4):
                yield from move(r, other, "lateral")
    elif shape == "random":
        for r in roles:
            for other in rng.sample(roles, 10):
                up = other.level > r.level and other.index > r.index
                yield from move(r, other, "promotion" if up else "lateral")
    else:
        raise ValueError(f"unknown shape {shape!r}: one of {', '.join(SHAPES)}")


def ladder_paths(
    rng: random.Random, roles: list[Role], per_role: float, laterals: bool = True
) -> Iterator[tuple[Role, Role, str]]:
    """Promotions one level up (up the ladder, sometimes onto another ladder of the family);
    lateral moves between roles of the same level, mostly inside the family."""
    ladder: dict[tuple[int, int, int], list[Role]] = {}
    family_level: dict[tuple[int, int], list[Role]] = {}
    same_level: dict[int, list[Role]] = {}
    for r in roles:
        ladder.setdefault((r.family, r.track, r.level), []).append(r)
        family_level.setdefault((r.family, r.level), []).append(r)
        same_level.setdefault(r.level, []).append(r)
    seen: set[tuple[int, int]] = set()
    for r in roles:
        n = max(1, round(rng.gauss(per_role, per_role / 4)))
        ups = list(ladder.get((r.family, r.track, r.level + 1), []))
        others = family_level.get((r.family, r.level + 1), [])
        if others and (not ups or rng.random() < 0.5):
            ups.append(rng.choice(others))
        for up in ups:
            if (r.index, up.index) not in seen:
                seen.add((r.index, up.index))
                n -= 1
                yield r, up, "promotion"
        if not laterals:
            continue
        peers = family_level[(r.family, r.level)]
        for _ in range(4 * n):  # a bounded number of tries
            if n <= 0:
                break
            pool = peers if rng.random() < 0.8 and len(peers) > 1 else same_level[r.level]
            other = rng.choice(pool)
            if other is not r and (r.index, other.index) not in seen:
                seen.add((r.index, other.index))
                n -= 1
                yield r, other, "lateral"


def write_skills(
    out: Path, rng: random.Random, skills: list[Skill], args: str
) -> dict[int, list[tuple[int, int]]]:
    """Write skills.yaml; return each skill's prerequisites (skill index, level)."""
    prereqs: dict[int, list[tuple[int, int]]] = {}
    lines = [HEADER.format(name="skills", args=args), "scale:"]
    for level, en, zh_name, desc, desc_zh in SCALE:
        lines.append(f"  - level: {level}")
        lines.append(f"    name: {{en: {en}, zh: {zh_name}}}")
        lines.append(f"    description: {{en: {desc}, zh: {desc_zh}}}")
    lines.append("")
    lines.append("skills:")
    clusters: dict[tuple[int, int], list[Skill]] = {}
    for s in skills:
        clusters.setdefault((s.cluster, s.track), []).append(s)
    position = {s.index: i for members in clusters.values() for i, s in enumerate(members)}
    for s in skills:
        topic = words(rng, 2)
        lines.append(f"  - id: {s.id}")
        lines.append(f"    name: {{en: {q(topic.capitalize() + f' {s.index}')}, zh: {zh(rng, 4)}}}")
        if rng.random() < 0.3:
            lines.append(f"    aliases: [{q(words(rng, 1) + f' {s.index}')}]")
        lines.append(f"    dimension: {s.dimension}")
        lines.append(f"    category: {s.category}")
        lines.append("    description:")
        lines.append(f"      en: {q('How to handle ' + words(rng, 6) + ' in an online shop.')}")
        lines.append(f"      zh: {zh(rng, 18)}")
        if s.dimension == "professional-quality":
            # grown by doing the job: months, as the shipped data's rule (docs/data.md)
            lines.append("    growth: practice")
            lines.append("    effort: [1, 3, 6, 12, 24]")
        else:
            # hours doubling per level, small enough that no move needs more than a working
            # person's 5 hours a week (validate's W210)
            base = rng.choice((0.25, 0.5))
            effort = ", ".join(f"{base * 2**i:g}" for i in range(5))
            lines.append(f"    effort: [{effort}]")
        members = clusters[(s.cluster, s.track)]
        here = position[s.index]
        if s.track == CHAIN and here > 0:
            # the stress chain: each skill requires the one before it
            before = members[here - 1]
            prereqs.setdefault(s.index, []).append((before.index, 1))
            lines.append("    prerequisites:")
            lines.append(f"      - {{skill: {before.id}, level: 1}}")
        elif s.track != CHAIN and here > 0 and rng.random() < 0.6:
            # only earlier skills of the same core: the prerequisites never form a cycle
            count = rng.choice((1, 1, 2))
            pres = sorted({members[rng.randrange(here)].index for _ in range(count)})
            lines.append("    prerequisites:")
            for p in pres:
                level = rng.randint(1, 3)
                prereqs.setdefault(s.index, []).append((p, level))
                lines.append(f"      - {{skill: {skills[p].id}, level: {level}}}")
        if rng.random() < 0.5:
            lines.append("    resources:")
            for _ in range(rng.choice((1, 1, 2))):
                title = q(words(rng, 3).title())
                kind = rng.choice(KINDS)
                hours = rng.choice((2, 4, 8, 12, 20, 40))
                lines.append(
                    f"      - {{title: {{en: {title}, zh: {zh(rng, 6)}}}, kind: {kind}, "
                    f"hours: {hours}}}"
                )
        lines.append(f"    sources: [seed-00{s.index % 5}]")
        lines.append("")
    (out / "skills.yaml").write_text("\n".join(lines), encoding="utf-8")
    return prereqs


def require_prerequisites(roles: list[Role], prereqs: dict[int, list[tuple[int, int]]]) -> None:
    """A role requiring a skill requires its prerequisites at their levels (validate's
    W205), and theirs in turn."""
    for r in roles:
        todo = list(r.reqs)
        while todo:
            for p, level in prereqs.get(todo.pop(), ()):
                if r.reqs.get(p, 0) < level:
                    r.reqs[p] = level
                    todo.append(p)


def write_roles(
    out: Path, rng: random.Random, roles: list[Role], skills: list[Skill], args: str
) -> None:
    lines = [HEADER.format(name="roles", args=args), "roles:"]
    for r in roles:
        family = FAMILIES[r.family]
        title = f"{LEVELS[r.level].capitalize()} {family.replace('-', ' ')} {r.index}"
        lines.append(f"  - id: {r.id}")
        lines.append(
            f"    name: {{en: {title}, zh: {FAMILY_ZH[r.family]}{LEVEL_ZH[r.level]}{r.index}}}"
        )
        lines.append(f"    family: {family}")
        lines.append(f"    level: {LEVELS[r.level]}")
        lines.append("    summary:")
        lines.append(f"      en: {q('Owns ' + words(rng, 5) + ' for the shop.')}")
        lines.append(f"      zh: {zh(rng, 16)}")
        lines.append("    responsibilities:")
        for _ in range(2):
            lines.append(f"      - {{en: {q(words(rng, 6).capitalize())}, zh: {zh(rng, 12)}}}")
        lines.append("    kpis:")
        lines.append(f"      - {{en: {q(words(rng, 3).capitalize())}, zh: {zh(rng, 8)}}}")
        lines.append("    skills:")
        reqs = sorted(r.reqs.items(), key=lambda kv: (-kv[1], kv[0]))
        for k, level in reqs:
            importance = rng.randint(1, 5)
            extra = ", essential: true" if importance >= 4 and rng.random() < 0.5 else ""
            lines.append(
                f"      - {{skill: {skills[k].id}, level: {level}, "
                f"importance: {importance}{extra}}}"
            )
        lines.append(f"    sources: [seed-00{r.index % 5}]")
        lines.append("")
    (out / "roles.yaml").write_text("\n".join(lines), encoding="utf-8")


#: the track of the stress chain's skills (``--prereq-chain``)
CHAIN = -2
#: the years of a lateral move into a stress role: room for its study (validate's W210)
STRESS_YEARS = 50


def add_stress(
    rng: random.Random, roles: list[Role], skills: list[Skill], chain: int, big: int
) -> list[Role]:
    """The roles (and skills) of ``--prereq-chain`` and ``--big-role``; see the docstring."""
    added = []
    if chain:
        first = len(skills)
        for i in range(chain):
            s = Skill(first + i, 0, "professional-ability", "business-tools")
            s.track = CHAIN
            s.id = f"s{s.index:05d}-chain"
            skills.append(s)
        r = Role(len(roles), 0, -1, 2)
        r.id = f"r{r.index:04d}-chain-senior"
        r.reqs[skills[-1].index] = 1  # and, by require_prerequisites, the whole chain
        for s in rng.sample([s for s in skills if s.cluster < 0], 5):  # other dimensions
            r.reqs[s.index] = 1
        roles.append(r)
        added.append(r)
    if big:
        pool = [s.index for s in skills if s.track != CHAIN]
        if big > len(pool):
            raise ValueError(f"--big-role {big} needs at least {big} skills")
        r = Role(len(roles), 0, -1, 2)
        r.id = f"r{r.index:04d}-big-senior"
        for k in rng.sample(pool, big):
            r.reqs[k] = 1
        roles.append(r)
        added.append(r)
    return added


def write_paths(
    out: Path,
    rng: random.Random,
    roles: list[Role],
    per_role: float,
    args: str,
    shape: str,
    stress: list[Role] = [],  # noqa: B006 - never mutated
) -> int:
    lines = [HEADER.format(name="paths", args=args), "paths:"]
    count = 0
    plain = [r for r in roles if r not in stress]
    hub = plain[6 * len(FAMILIES)]  # the first senior operations role (r0054)
    extra = [(hub, r, "stress-in") for r in stress] + [(r, hub, "stress-out") for r in stress]
    for a, b, kind in itertools.chain(make_paths(rng, plain, per_role, shape), extra):
        count += 1
        if kind.startswith("stress"):
            years: float = STRESS_YEARS if kind == "stress-in" else 1
            kind = "lateral"
        elif kind == "promotion":
            years = rng.choice((1.5, 2, 3, 4))
        else:
            years = rng.choice((1, 1.5))
        lines.append(f"  - from: {a.id}")
        lines.append(f"    to: {b.id}")
        lines.append(f"    kind: {kind}")
        lines.append(f"    years: {years}")
        if rng.random() < 0.2:
            lines.append("    milestones:")
            lines.append(f"      - {{en: {q(words(rng, 5).capitalize())}, zh: {zh(rng, 10)}}}")
        lines.append("")
    (out / "paths.yaml").write_text("\n".join(lines), encoding="utf-8")
    return count


def generate(
    out: Path,
    *,
    roles: int,
    skills: int,
    reqs: int = 40,
    paths: float = 10.0,
    seed: int = 0,
    shape: str = "ladder",
    prereq_chain: int = 0,
    big_role: int = 0,
) -> dict[str, int]:
    """Write the three files into ``out``; return the counts written."""
    if roles < 2 * len(FAMILIES) * len(LEVELS) or skills < 4 * len(FAMILIES):
        raise ValueError(f"need at least {2 * 27} roles and {4 * 9} skills")
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    args = f"--roles {roles} --skills {skills} --reqs {reqs} --paths {paths:g} --seed {seed}"
    if shape != "ladder":
        args += f" --shape {shape}"
    if prereq_chain or big_role:
        args += f" --prereq-chain {prereq_chain} --big-role {big_role}"
    role_list = make_roles(roles)
    skill_list = make_skills(rng, skills, role_list)
    assign_requirements(rng, role_list, skill_list, reqs)
    stress = add_stress(random.Random(seed + 4), role_list, skill_list, prereq_chain, big_role)
    prereqs = write_skills(out, random.Random(seed + 1), skill_list, args)
    require_prerequisites(role_list, prereqs)
    write_roles(out, random.Random(seed + 2), role_list, skill_list, args)
    n_paths = write_paths(out, random.Random(seed + 3), role_list, paths, args, shape, stress)
    return {
        "roles": len(role_list),
        "skills": len(skill_list),
        "requirements": sum(len(r.reqs) for r in role_list),
        "paths": n_paths,
        "bytes": sum((out / f"{n}.yaml").stat().st_size for n in ("skills", "roles", "paths")),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder to write skills/roles/paths.yaml into")
    parser.add_argument("--roles", type=int, default=3000, help="number of roles (ESCO: 3000)")
    parser.add_argument("--skills", type=int, default=13500, help="number of skills (13500)")
    parser.add_argument("--reqs", type=int, default=40, help="mean requirements per role")
    parser.add_argument("--paths", type=float, default=10.0, help="mean moves out of a role")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply roles and skills")
    parser.add_argument("--seed", type=int, default=0, help="another dataset of the same shape")
    parser.add_argument(
        "--shape", choices=SHAPES, default="ladder", help="the transition graph's shape"
    )
    parser.add_argument(
        "--prereq-chain", type=int, default=0, metavar="N", help="add a prerequisite chain"
    )
    parser.add_argument(
        "--big-role", type=int, default=0, metavar="N", help="add a role requiring N skills"
    )
    args = parser.parse_args(argv)
    counts = generate(
        args.out,
        roles=round(args.roles * args.scale),
        skills=round(args.skills * args.scale),
        reqs=args.reqs,
        paths=args.paths,
        seed=args.seed,
        shape=args.shape,
        prereq_chain=args.prereq_chain,
        big_role=args.big_role,
    )
    print(" ".join(f"{k}={v}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
