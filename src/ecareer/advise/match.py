"""From a job posting to the skills it asks for, the roles it looks like, and a gap.

Skills are found by their names, aliases and ``keywords`` (English and Chinese) as whole
token sequences (:mod:`ecareer.advise.posting`), leftmost-longest, so that a longer term
wins over a shorter one inside it (巨量千川 over 千川). A few terms are too ambiguous to
count alone: :data:`CONTEXT` names the words that must also appear for them to count, and
:data:`NOT_SKILLS` the phrases that contain a term but do not ask for the skill (大促期间 is
"during sales events", not campaign planning). Precision matters more than recall.

The closest roles are scored by how well the skills found and a role's requirement cover each
other (an F1 of two importance-weighted coverages, each skill weighted by how rare it is
among the roles), with a bonus for each role the posting's title names.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple, TypeVar

from ecareer.advise import posting as pt
from ecareer.contract.dataset import Dataset
from ecareer.contract.names import normalise as normalise_name

#: Terms that count only when the posting (``"posting"``) or the line (``"line"``) also has
#: one of these words; else the term counts for the ``otherwise`` skill, or not at all.
CONTEXT: dict[str, tuple[str, re.Pattern[str], str | None]] = {
    "ps": ("posting", re.compile(r"设计|美工|修图|视觉|海报|photoshop|design"), None),
    "spring": ("posting", re.compile(r"java|后端|开发|backend|developer|engineer"), None),
    "合规": ("posting", re.compile(r"跨境|海关|关税|vat|customs|海外|amazon|亚马逊"), None),
    "小程序": ("line", re.compile(r"开发|前端|develop|程序员|engineer"), None),
    "详情页": ("line", re.compile(r"设计|修图|排版|美工|拍摄"), "listing-optimization"),
    "主图": ("line", re.compile(r"设计|修图|排版|美工|拍摄"), "listing-optimization"),
}
#: Where CONTEXT's condition holds, the skill a term counts for (else its own skill).
CONTEXT_SKILL = {"详情页": "visual-design", "主图": "visual-design"}
#: Phrases that contain a term of a skill but ask for no skill.
NOT_SKILLS = ("大促期间", "大促前", "双11期间", "退款率", "peak season")
#: Aliases too general to mean the skill in a posting (kept for name lookup).
TOO_GENERAL = frozenset({"sales", "interaction", "risk management"})
T = TypeVar("T")
#: The mentions kept of one skill, and of years and degrees (the first ones): enough to
#: show, and bounded whatever the input.
MAX_MENTIONS = 20

#: The share of a role's score that comes from the posting's title naming it.
TITLE_WEIGHT = 0.4


class TermIndex(NamedTuple):
    """Token sequences of every term, by first token, longest first: (tokens, skill, term)."""

    by_first: dict[str, list[tuple[tuple[str, ...], str | None, str]]]
    roles: list[tuple[str, str]]  # (normalised role name or alias, role id), longest first
    idf: dict[str, float]
    #: role id -> (skill, weight, essential) of each requirement; weight: importance, doubled
    #: when essential, times the skill's rarity among the roles
    needs: dict[str, list[tuple[str, float, bool]]]


def _toks(term: str) -> tuple[str, ...]:
    return tuple(pt.TOKEN.findall(pt.normalise(term)[0]))


def build_index(ds: Dataset) -> TermIndex:
    by_first: dict[str, list[tuple[tuple[str, ...], str | None, str]]] = {}
    seen: set[tuple[str, ...]] = set()

    def add(term: str, skill: str | None) -> None:
        toks = _toks(term)
        if not toks or toks in seen or (skill and term.lower() in TOO_GENERAL):
            return
        seen.add(toks)
        by_first.setdefault(toks[0], []).append((toks, skill, term))

    for phrase in NOT_SKILLS:
        add(phrase, None)
    for skill in ds.skills.values():
        for term in (skill.name.en, skill.name.zh, *skill.aliases, *skill.keywords):
            add(term, skill.id)
    for entries in by_first.values():
        entries.sort(key=lambda e: -len(e[0]))
    roles = []
    needed: dict[str, int] = {}
    for role in ds.roles.values():
        for req in role.skills:
            needed[req.skill] = needed.get(req.skill, 0) + 1
        for name in (role.name.en, role.name.zh, *role.aliases):
            key = normalise_name(name)
            if len(key) >= 2:
                roles.append((key, role.id))
    roles.sort(key=lambda r: -len(r[0]))
    n = len(ds.roles)
    idf = {sid: math.log((n + 1) / (needed.get(sid, 0) + 1)) + 0.1 for sid in ds.skills}
    needs = {
        role.id: [
            (
                r.skill,
                r.importance * (2.0 if r.essential else 1.0) * idf.get(r.skill, 1.0),
                r.essential,
            )
            for r in role.skills
        ]
        for role in ds.roles.values()
    }
    return TermIndex(by_first, roles, idf, needs)


class Mention(NamedTuple):
    text: str  # the words of the posting, as written
    line: int
    col: int
    section: str
    level: int | None


class SkillAsk(NamedTuple):
    skill: str
    level: int | None
    importance: int
    section: str  # the section of the strongest mention
    mentions: tuple[Mention, ...]


class Noted(NamedTuple):
    """Years of experience or a degree: what the posting says, and where."""

    value: str
    min: float | None
    max: float | None
    text: str
    line: int
    col: int
    section: str


class RoleMatch(NamedTuple):
    role: str
    score: float
    skill_score: float
    title: bool
    matched: tuple[str, ...]
    essential_matched: tuple[str, ...]


class PostingMatch(NamedTuple):
    source: str
    title: str
    skills: list[SkillAsk]
    years: list[Noted]
    education: list[Noted]
    roles: list[RoleMatch]
    title_roles: tuple[str, ...]


_LEVELS: dict[str, list[tuple[tuple[str, ...], int | None, str]]] = {}
for _word, _level in pt.LEVEL_WORDS.items():
    _seq = tuple(pt.TOKEN.findall(_word))
    _LEVELS.setdefault(_seq[0], []).append((_seq, _level, _word))
for _entries in _LEVELS.values():
    _entries.sort(key=lambda e: -len(e[0]))


def _scan(
    by_first: dict[str, list[tuple[tuple[str, ...], T, str]]],
    toks: list[pt.Token],
    lo: int,
    hi: int,
) -> list[tuple[int, int, T, str]]:
    """(first token, last+1, payload, term) of every term in toks[lo:hi], leftmost-longest."""
    out = []
    i = lo
    while i < hi:
        entries = by_first.get(toks[i].text)
        if entries:
            for seq, payload, term in entries:
                k = len(seq)
                if i + k <= hi and all(toks[i + j].text == seq[j] for j in range(1, k)):
                    out.append((i, i + k, payload, term))
                    i += k - 1
                    break
        i += 1
    return out


def match_text(ds: Dataset, index: TermIndex, text: str, source: str = "") -> PostingMatch:
    """The skills, years, degrees and closest roles of one posting."""
    lines = text.splitlines()
    low = text.lower()
    section = "body"
    title = ""
    found: dict[str, list[Mention]] = {}
    context: dict[str, bool] = {}  # whether the posting (the line) has a term's context
    years: list[Noted] = []
    education: list[Noted] = []
    for number, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        norm, cols = pt.normalise(raw)
        opened = pt.header(norm)
        if opened is not None:
            section = opened
        here = section
        if not title and opened is None:
            title = raw.strip()[:200]
            here = "title"
        if here == "other":
            continue
        toks = pt.tokens(norm, cols)
        if not toks:
            continue
        for key in [k for k in context if k.startswith("line:")]:
            del context[key]
        for y in pt.years(norm) if len(years) < MAX_MENTIONS else ():
            at, where = _orig(cols, y.col) + 1, _where(here, norm, y.col)
            years.append(Noted("years", y.min, y.max, y.text, number, at, where))
        for d in pt.degrees(norm) if len(education) < MAX_MENTIONS else ():
            rank = float(pt.DEGREES[d.level])
            at, where = _orig(cols, d.col) + 1, _where(here, norm, d.col)
            education.append(Noted(d.level, rank, None, d.text, number, at, where))
        for lo, hi in pt.clauses(toks):
            bonus = here == "bonus" or pt.is_bonus(raw[toks[lo].start : toks[hi - 1].end].lower())
            where = "bonus" if bonus else here
            marks = _scan(_LEVELS, toks, lo, hi) if here != "duties" else []
            for a, b, skill, _term in _scan(index.by_first, toks, lo, hi):
                skill = _in_context(_term, skill, norm, low, context)
                if skill is None:
                    continue
                level = _level_for(marks, a, b)
                seen = found.setdefault(skill, [])
                if len(seen) < MAX_MENTIONS:
                    words = raw[toks[a].start : toks[b - 1].end]
                    seen.append(Mention(words, number, toks[a].start + 1, where, level))
    asks = [_ask(skill, ms) for skill, ms in found.items()]
    asks.sort(key=lambda s: (-s.importance, s.mentions[0].line, s.mentions[0].col))
    title_roles = _title_roles(index, title)
    roles = closest_roles(ds, index, asks, title_roles)
    return PostingMatch(source, title, asks, years, education, roles, title_roles)


def _where(section: str, norm: str, pos: int) -> str:
    return "bonus" if section == "bonus" or pt.is_bonus(pt.clause_at(norm, pos)) else section


def _orig(cols: list[int] | None, pos: int) -> int:
    """The original column of a position of the normalised line."""
    return cols[pos] if cols is not None and pos < len(cols) else pos


def _in_context(
    term: str, skill: str | None, line: str, posting: str, seen: dict[str, bool]
) -> str | None:
    key = term.lower()
    rule = CONTEXT.get(key)
    if rule is None or skill is None:
        return skill
    scope, words, otherwise = rule
    # once per posting (or line): a term can occur thousands of times in a line
    where = f"{scope}:{key}"
    if where not in seen:
        seen[where] = words.search(line if scope == "line" else posting) is not None
    ok = seen[where]
    return CONTEXT_SKILL.get(key, skill) if ok else otherwise


def _level_for(marks: list[tuple[int, int, int | None, str]], a: int, b: int) -> int | None:
    """The level word before the term in its clause (the nearest), else the one after.

    ``marks`` are in order and never overlap a term, so both are found by bisection.
    """
    if not marks:
        return None
    i = bisect.bisect_right(marks, a, key=lambda m: m[1])
    if i > 0:
        return marks[i - 1][2]
    j = bisect.bisect_left(marks, b, key=lambda m: m[0])
    return marks[j][2] if j < len(marks) else None


def _ask(skill: str, mentions: list[Mention]) -> SkillAsk:
    strongest = max(mentions, key=lambda m: pt.IMPORTANCE[m.section])
    firm = [m.level for m in mentions if m.section != "bonus" and m.level is not None]
    loose = [m.level for m in mentions if m.level is not None]
    level = max(firm) if firm else (max(loose) if loose else None)
    importance = pt.IMPORTANCE[strongest.section]
    return SkillAsk(skill, level, importance, strongest.section, tuple(mentions))


def _title_roles(index: TermIndex, title: str) -> tuple[str, ...]:
    """The roles the title names: every name or alias found in it, except one found only
    inside a longer one (运营 inside 运营助理). Overlapping names all count: 拼多多运营助理
    names both 拼多多运营 and 运营助理, and the skills decide between them."""
    key = normalise_name(title)
    if not key:
        return ()
    spans = []
    for name, rid in index.roles:
        at = key.find(name)
        while at >= 0:
            spans.append((at, at + len(name), rid))
            at = key.find(name, at + 1)
    kept = {
        rid
        for a, b, rid in spans
        if not any(c <= a and b <= d and (d - c) > (b - a) for c, d, _ in spans)
    }
    return tuple(sorted(kept))


def closest_roles(
    ds: Dataset,
    index: TermIndex,
    asks: Sequence[SkillAsk],
    title_roles: Sequence[str] = (),
    n: int = 3,
) -> list[RoleMatch]:
    """The ``n`` roles whose requirement and the posting's skills cover each other best."""
    idf = index.idf
    want = {a.skill: a.importance * idf.get(a.skill, 1.0) for a in asks}
    total_want = sum(want.values())
    out = []
    for rid, reqs in index.needs.items():
        have = weight = explained = 0.0
        matched = []
        essential = []
        for skill, w, is_essential in reqs:
            weight += w
            if skill in want:
                have += w
                explained += want[skill]
                matched.append(skill)
                if is_essential:
                    essential.append(skill)
        cover = have / weight if weight else 0.0
        share = explained / total_want if total_want else 0.0
        skill_score = 2 * cover * share / (cover + share) if cover + share else 0.0
        named = rid in title_roles
        score = (1 - TITLE_WEIGHT) * skill_score + (TITLE_WEIGHT if named else 0.0)
        out.append(
            RoleMatch(
                rid, round(score, 4), round(skill_score, 4), named, tuple(matched), tuple(essential)
            )
        )
    out.sort(key=lambda r: (-r.score, r.role))
    return [r for r in out[:n] if r.score > 0]


# --- several postings ----------------------------------------------------------------------


class SkillDemand(NamedTuple):
    skill: str
    postings: int
    levels: dict[str, int]  # "1".."5" and "unstated" -> postings


class RoleDemand(NamedTuple):
    role: str
    top1: int
    top3: int


class Summary(NamedTuple):
    postings: int
    sources: list[str]
    skills: list[SkillDemand]
    roles: list[RoleDemand]


def summarise(matches: Iterable[PostingMatch], max_level: int = 5) -> Summary:
    """How many postings ask for each skill, at which level, and the roles they look like."""
    count = 0
    sources = []
    skills: dict[str, dict[str, int]] = {}
    tops: dict[str, list[int]] = {}
    for pm in matches:
        count += 1
        sources.append(pm.source)
        for ask in pm.skills:
            levels = skills.setdefault(
                ask.skill, {**{str(i): 0 for i in range(1, max_level + 1)}, "unstated": 0}
            )
            levels[str(ask.level) if ask.level else "unstated"] += 1
        for rank, rm in enumerate(pm.roles):
            t = tops.setdefault(rm.role, [0, 0])
            t[0] += rank == 0
            t[1] += 1
    demand = [SkillDemand(s, sum(lv.values()), lv) for s, lv in skills.items()]
    demand.sort(key=lambda d: (-d.postings, d.skill))
    roles = [RoleDemand(r, t[0], t[1]) for r, t in tops.items()]
    roles.sort(key=lambda r: (-r.top1, -r.top3, r.role))
    return Summary(count, sources, demand, roles)
