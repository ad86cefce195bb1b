"""A job posting as text: lines normalised into tokens, sections, level words, years, degrees.

Postings are pasted from web pages: full-width letters and punctuation, HTML entities and
tags, bullets and numbering. Each line is normalised (HTML entities decoded, tags blanked,
NFKC, lower case) with a map back to the columns of the original line, then cut into tokens:
a run of Latin letters and digits is one token, any other character that is not a space is a
token of its own (each Chinese character, each punctuation mark). Terms are matched as token
sequences, so a Latin term is always a whole word ("SQL" is not found in "NoSQL") while
Chinese, written without spaces, matches anywhere.

Columns are 1-based and count characters (code points) of the original line.
"""

from __future__ import annotations

import html
import re
import unicodedata
from typing import NamedTuple

#: The one mapping from a posting's level words to the skill scale (docs/data.md, "The
#: seeds' level words"): 了解 1 Awareness, 熟悉 2 Working, 熟练 3 Proficient, 精通 4 Advanced,
#: and their usual English counterparts. 掌握 ("has") sets no level, as in the data.
LEVEL_WORDS: dict[str, int] = {
    "了解": 1,
    "basic knowledge of": 1,
    "basic understanding of": 1,
    "熟悉": 2,
    "familiar with": 2,
    "familiarity with": 2,
    "working knowledge of": 2,
    "熟练": 3,
    "proficient in": 3,
    "proficient with": 3,
    "proficient at": 3,
    "proficiency in": 3,
    "proficiency with": 3,
    "skilled in": 3,
    "精通": 4,
    "expert in": 4,
    "expert at": 4,
    "expert with": 4,
    "expertise in": 4,
    "mastery of": 4,
    "expert": 4,
}

#: Where in a posting a line stands, and how much that says about a skill's importance (1-5).
IMPORTANCE = {"requirements": 5, "title": 4, "body": 4, "duties": 3, "bonus": 2}

_HEADERS = {
    "duties": (
        "岗位职责|工作职责|职位职责|职责描述|主要职责|岗位描述|职位描述|工作内容|职责|"
        "responsibilities|key responsibilities|what you will do|what you'll do|your role|"
        "job description|duties|about the role"
    ),
    "requirements": (
        "任职要求|岗位要求|任职资格|职位要求|任职条件|资格要求|招聘要求|我们希望你|"
        "我们在找这样的你|要求|requirements|qualifications|what we are looking for|"
        "what we're looking for|who you are"
    ),
    "bonus": "加分项|加分|优先条件|nice to have|nice-to-have|preferred qualifications|bonus|pluses",
    "other": (
        "福利待遇|薪资福利|薪资待遇|福利|我们提供|公司介绍|公司简介|关于我们|工作地点|工作时间|"
        "上班时间|联系方式|benefits|about us|what we offer|perks"
    ),
}
_HEADER = re.compile(
    r"^[\W\d_一二三四五六七八九十]*(?:"
    + "|".join(f"(?P<{k}>{v})" for k, v in _HEADERS.items())
    + r")[\s:：】\]）)|-]*(?:$|[:：】\]])"
)
#: Words that mark a clause as a plus, not a requirement.
_BONUS = re.compile(r"优先|加分|is a plus|a plus|preferred|nice to have|bonus")
_TAG = re.compile(r"</?[a-zA-Z][^<>]{0,200}>")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
TOKEN = re.compile(r"[a-z0-9]+|[^\sa-z0-9]")
_CJK = re.compile(r"[\u3400-\u9fff]")


class Token(NamedTuple):
    text: str
    start: int  # column of the original line, 0-based
    end: int  # exclusive


def normalise(line: str) -> tuple[str, list[int] | None]:
    """The line as matched (entities decoded, NFKC, lower case) and, when it differs in
    length from the original, the original column of each character (None: the same)."""
    if "<" in line:
        line = _TAG.sub(lambda m: " " * len(m.group()), line)
    if "&" not in line:
        if line.isascii():
            return line.lower(), None
        norm = unicodedata.normalize("NFKC", line).lower()
        if len(norm) == len(line):
            return norm, None
    parts: list[str] = []
    cols: list[int] = []
    pos = 0
    for m in _ENTITY.finditer(line) if "&" in line else ():
        _plain(line[pos : m.start()], pos, parts, cols)
        decoded = unicodedata.normalize("NFKC", html.unescape(m.group())).lower()
        decoded = " " if decoded.isspace() else decoded
        parts.append(decoded)
        cols.extend([m.start()] * len(decoded))
        pos = m.end()
    _plain(line[pos:], pos, parts, cols)
    return "".join(parts), cols


def _plain(text: str, offset: int, parts: list[str], cols: list[int]) -> None:
    norm = unicodedata.normalize("NFKC", text).lower()
    if len(norm) == len(text):
        parts.append(norm)
        cols.extend(range(offset, offset + len(text)))
        return
    for i, ch in enumerate(text):
        n = unicodedata.normalize("NFKC", ch).lower()
        parts.append(n)
        cols.extend([offset + i] * len(n))


def tokens(norm: str, cols: list[int] | None) -> list[Token]:
    if cols is None:
        return [Token(m.group(), m.start(), m.end()) for m in TOKEN.finditer(norm)]
    return [Token(m.group(), cols[m.start()], cols[m.end() - 1] + 1) for m in TOKEN.finditer(norm)]


def header(norm: str) -> str | None:
    """The section a line opens (duties, requirements, bonus, other), if it is a heading."""
    if len(norm) > 60:
        return None
    m = _HEADER.match(norm.strip())
    if m is None:
        return None
    return next(k for k, v in m.groupdict().items() if v)


def clauses(toks: list[Token]) -> list[tuple[int, int]]:
    """(first, last+1) token indexes of each clause: cut at 。;!?: and at a comma next to a
    Chinese character (a Chinese comma, not a comma inside an English list)."""
    out = []
    start = 0
    n = len(toks)
    for i, tok in enumerate(toks):
        c = tok.text
        cut = c in "。;!?:；！？：" or (
            c == ","
            and (
                (i > 0 and _CJK.match(toks[i - 1].text) is not None)
                or (i + 1 < n and _CJK.match(toks[i + 1].text) is not None)
            )
        )
        if cut:
            if i > start:
                out.append((start, i))
            start = i + 1
    if start < n:
        out.append((start, n))
    return out


def is_bonus(text: str) -> bool:
    return _BONUS.search(text) is not None


_CUT = re.compile(r"[,。;!?；！？]")


def clause_at(norm: str, pos: int) -> str:
    """The clause of a normalised line around position ``pos`` (between punctuation)."""
    start = max((m.end() for m in _CUT.finditer(norm, 0, pos)), default=0)
    end = _CUT.search(norm, pos)
    return norm[start : end.start() if end else len(norm)]


# --- years of experience and education ---------------------------------------------------

_NUM = r"(半|\d{1,2}(?:\.\d)?|[一二两三四五六七八九十]{1,3})"
_ZH_YEARS = re.compile(
    r"(?<![\d.])" + _NUM + r"\s*(?:[-~～至到]\s*" + _NUM + r"\s*)?年(?:及?以上)?"
)
_EN_YEARS = re.compile(r"(?<![\d.])(\d{1,2})\s*\+?\s*(?:(?:-|to)\s*(\d{1,2})\s*)?\+?\s*years?\b")
_NO_YEARS = re.compile(r"应届|经验不限|无经验|不限经验|fresh graduates?|no experience")
_ZH_DIGITS: dict[str, float] = {
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
}
_ZH_DIGITS.update({"九": 9, "十": 10, "半": 0.5})


def _number(word: str) -> float:
    if word[0].isdigit():
        return float(word)
    if word in _ZH_DIGITS:
        return float(_ZH_DIGITS[word])
    tens, _, ones = word.partition("十")
    return float(_ZH_DIGITS.get(tens, 1) * 10 + _ZH_DIGITS.get(ones, 0))


class Years(NamedTuple):
    min: float
    max: float | None
    text: str
    col: int


def years(norm: str) -> list[Years]:
    """Years of experience a line asks for (0 for graduates or "no experience needed")."""
    out = []
    for m in _ZH_YEARS.finditer(norm):
        after = norm[m.end() : m.end() + 16]
        before = norm[max(0, m.start() - 6) : m.start()]
        if not re.search(r"经验|经历|工作|从业", after) and "经验" not in before:
            continue
        low = _number(m.group(1))
        out.append(Years(low, _number(m.group(2)) if m.group(2) else None, m.group(), m.start()))
    for m in _EN_YEARS.finditer(norm):
        if not re.search(r"experience|of\b", norm[m.end() : m.end() + 40]):
            continue
        high = float(m.group(2)) if m.group(2) else None
        out.append(Years(float(m.group(1)), high, m.group(), m.start()))
    m2 = _NO_YEARS.search(norm)
    if m2 is not None and not out:
        out.append(Years(0.0, None, m2.group(), m2.start()))
    return out


#: Degrees, lowest first: the value is their rank.
DEGREES = {"none": 0, "high-school": 1, "associate": 2, "bachelor": 3, "master": 4, "doctorate": 5}
_DEGREE_WORDS = {
    "学历不限": "none",
    "不限学历": "none",
    "高中": "high-school",
    "中专": "high-school",
    "high school": "high-school",
    "大专": "associate",
    "专科": "associate",
    "associate degree": "associate",
    "college degree": "associate",
    "本科": "bachelor",
    "学士": "bachelor",
    "bachelor": "bachelor",
    "bachelor's": "bachelor",
    "undergraduate": "bachelor",
    "硕士": "master",
    "研究生": "master",
    "master's": "master",
    "masters": "master",
    "master degree": "master",
    "博士": "doctorate",
    "phd": "doctorate",
    "doctorate": "doctorate",
}
_DEGREE = re.compile(
    r"(?<![a-z])(" + "|".join(re.escape(w) for w in sorted(_DEGREE_WORDS, key=len)[::-1]) + ")"
)


class Degree(NamedTuple):
    level: str
    text: str
    col: int


def degrees(norm: str) -> list[Degree]:
    return [Degree(_DEGREE_WORDS[m.group()], m.group(), m.start()) for m in _DEGREE.finditer(norm)]
