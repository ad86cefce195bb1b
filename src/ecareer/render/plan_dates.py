"""Dates of the printable plan as people say them: months and quarters, in English or Chinese.

A plan's days are estimates, so only the start and the moves are given to the day; the rest
is a month, a range of months or a quarter.
"""

from __future__ import annotations

from datetime import date

_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def month_name(year: int, month: int, lang: str) -> str:
    """A calendar month: "January 2026" or "2026年1月"."""
    if lang == "zh":
        return f"{year}年{month}月"
    return f"{_MONTHS_EN[month - 1]} {year}"


def month_of(d: date, lang: str) -> str:
    return month_name(d.year, d.month, lang)


def month_only(d: date, lang: str) -> str:
    """The month without its year: "March" or "3月"."""
    return f"{d.month}月" if lang == "zh" else _MONTHS_EN[d.month - 1]


def long_date(d: date, lang: str) -> str:
    """A day: "5 January 2026" or "2026年1月5日"."""
    if lang == "zh":
        return f"{d.year}年{d.month}月{d.day}日"
    return f"{d.day} {_MONTHS_EN[d.month - 1]} {d.year}"


def month_span(a: date, b: date, lang: str) -> str:
    """Two months as a range: "Jan – Mar 2026", "Nov 2026 – Feb 2027" (or "2026年1–3月")."""
    if (a.year, a.month) == (b.year, b.month):
        return (
            month_name(a.year, a.month, lang)
            if lang == "zh"
            else f"{_MONTHS_EN[a.month - 1][:3]} {a.year}"
        )
    if lang == "zh":
        if a.year == b.year:
            return f"{a.year}年{a.month}–{b.month}月"
        return f"{a.year}年{a.month}月–{b.year}年{b.month}月"
    if a.year == b.year:
        return f"{_MONTHS_EN[a.month - 1][:3]} – {_MONTHS_EN[b.month - 1][:3]} {a.year}"
    return f"{_MONTHS_EN[a.month - 1][:3]} {a.year} – {_MONTHS_EN[b.month - 1][:3]} {b.year}"


def quarter_name(year: int, q: int, lang: str) -> str:
    return f"{year}年第{q}季度" if lang == "zh" else f"Q{q} {year}"


def short_date(d: date, lang: str) -> str:
    """A day, short: "5 Jan 2026" or "2026年1月5日"."""
    return long_date(d, lang) if lang == "zh" else f"{d.day} {_MONTHS_EN[d.month - 1][:3]} {d.year}"


def short_month(d: date, lang: str) -> str:
    """A month, short: "Jul 2028" or "2028年7月"."""
    return month_of(d, lang) if lang == "zh" else f"{_MONTHS_EN[d.month - 1][:3]} {d.year}"
