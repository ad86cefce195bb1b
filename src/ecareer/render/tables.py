"""Result objects as Rich tables for people. Every data string goes in as a plain ``Text``.

Rich markup is never parsed from data (a role named ``C# [advanced] [/]`` prints exactly so),
and control characters are shown as escapes, never sent to the terminal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.table import Table
from rich.text import Text

from ecareer.contract.dataset import Dataset
from ecareer.contract.records import Role, ScaleLevel, Skill
from ecareer.contract.vocab import label
from ecareer.render.escape import clean
from ecareer.render.i18n import pick, tr
from ecareer.render.narrow import console

if TYPE_CHECKING:
    from ecareer.advise.gap import GapReport, TargetGap
    from ecareer.advise.nextmoves import NextMove
    from ecareer.advise.route import RouteResult


#: Below this many columns a table is printed as one block of ``key: value`` lines a record.
def t(value: object) -> Text:
    return Text(clean(str(value)))


def role_name(ds: Dataset, rid: str, lang: str) -> str:
    role = ds.roles.get(rid)
    return f"{pick(role.name, lang)} ({rid})" if role else rid


def skill_name(ds: Dataset, sid: str, lang: str) -> str:
    skill = ds.skills.get(sid)
    return pick(skill.name, lang) if skill else sid


def hours(h: float) -> str:
    return f"{h:,.0f}" if float(h).is_integer() else f"{h:,.1f}"


def years_text(value: float, lang: str) -> str:
    """``1 year``, ``2.5 years``, ``3 年``."""
    return tr("years_one" if value == 1 else "years_many", lang, years=f"{value:g}")


def effort(study_hours: float, months: float, lang: str) -> str:
    """A row's effort: hours of study, or months of practice for a practised skill."""
    if months:
        return tr("months_n", lang, n=hours(months))
    return hours(study_hours) if study_hours else "-"


#: The most rows a table prints, and names a cell lists: Rich takes about a millisecond a row, so a
#: role of 20,000 requirements would take minutes (``--json`` has everything).
MAX_ROWS = 100
MAX_NAMES = 20


def _table(title: str | None = None) -> Table:
    """A table whose cells wrap (``overflow="fold"`` on each column), never cut an id short."""
    return Table(title=t(title) if title else None, title_justify="left", expand=False)


def target_table(ds: Dataset, src: str, tg: TargetGap, lang: str) -> Table:
    table = _table(tr("gap_title", lang, src=src, dst=role_name(ds, tg.to, lang)))
    for key, justify in (
        ("skill", "left"),
        ("required", "right"),
        ("current", "right"),
        ("gap", "right"),
        ("importance", "right"),
        ("essential", "center"),
        ("effort_col", "right"),
    ):
        table.add_column(tr(key, lang), justify=justify, overflow="fold")  # type: ignore[arg-type]
    shown_rows, prereqs = tg.skills[:MAX_ROWS], tg.prerequisites[: MAX_ROWS - len(tg.skills)]
    for r in shown_rows:
        table.add_row(
            t(skill_name(ds, r.skill, lang)),
            t(r.required),
            t(r.current),
            t(r.gap or "-"),
            t(r.importance),
            t(tr("yes", lang) if r.essential else ""),
            t(effort(r.hours, r.months, lang)),
        )
    for p in prereqs:
        needed = tr("list_sep", lang).join(
            skill_name(ds, s, lang) for s in p.needed_for[:MAX_NAMES]
        )
        table.add_row(
            t(f"{skill_name(ds, p.skill, lang)} ← {needed}"),
            t(p.required),
            t(p.current),
            t(p.required - p.current),
            t(""),
            t(""),
            t(effort(p.hours, p.months, lang)),
        )
    totals = tr("study_total", lang, hours=hours(tg.total_hours))
    if tg.practice_months:
        totals += " + " + tr("practice_total", lang, n=hours(tg.practice_months))
    cut = len(tg.skills) + len(tg.prerequisites) - len(shown_rows) - len(prereqs)
    table.caption = t(
        tr("kv", lang, what=tr("total", lang), value=totals) + " · "
        f"{tr('readiness', lang)} {tg.readiness:.0%} · "
        + tr("skills_met", lang, met=tg.met, total=tg.total)
        + (" · " + tr("rows_cut", lang, n=f"{cut:,}") if cut else "")
    )
    table.caption_justify = "left"
    return table


def gap(ds: Dataset, report: GapReport, lang: str) -> None:
    out = console()
    who = report.origin
    src = role_name(ds, who.role, lang) if who.role else (who.profile_name or tr("you", lang))
    if who.has_profile and who.role:
        src += f" + {tr('profile', lang)}"
    for tg in report.targets:
        out.print(target_table(ds, src, tg, lang))
        out.print()
    if len(report.targets) > 1:
        table = _table(tr("compare_title", lang))
        for key in ("target", "hours", "readiness", "met"):
            table.add_column(
                tr(key, lang), justify="left" if key == "target" else "right", overflow="fold"
            )
        for tg in sorted(report.targets, key=lambda x: x.total_hours):
            table.add_row(
                t(role_name(ds, tg.to, lang)),
                t(hours(tg.total_hours)),
                t(f"{tg.readiness:.0%}"),
                t(f"{tg.met}/{tg.total}"),
            )
        out.print(table)


def route(ds: Dataset, result: RouteResult, lang: str) -> None:
    out = console()
    pace = result.cost.hours_per_week
    for n, r in enumerate(result.routes, 1):
        title = tr(
            "route_title",
            lang,
            n=n,
            hours=hours(r.hours),
            duration=years_text(round(r.duration(pace), 1), lang),
            pace=f"{pace:g}",
            years=years_text(r.years, lang),
        )
        table = _table(title)
        for key in ("step", "move", "kind", "years", "hours", "per_week", "practice", "learn"):
            table.add_column(
                tr(key, lang),
                justify="right" if key in ("years", "hours", "per_week", "practice") else "left",
                overflow="fold",
            )
        notes = []
        for i, s in enumerate(r.steps, 1):
            learn = tr("list_sep", lang).join(
                f"{skill_name(ds, x.skill, lang)} {x.have}→{x.want}" for x in s.learn
            )
            weekly = s.study_per_week()
            table.add_row(
                t(i),
                t(f"{role_name(ds, s.from_, lang)} → {role_name(ds, s.to, lang)}"),
                t(tr(f"kind_{s.kind}", lang)),
                t(f"{s.years:g}"),
                t(hours(s.hours) if s.hours else "-"),
                t(hours(round(weekly, 1)) if s.hours and s.years else "-"),
                t(tr("months_n", lang, n=hours(s.practice_months)) if s.practice_months else "-"),
                t(learn or "-"),
            )
            if weekly > pace:
                notes.append(
                    tr(
                        "step_too_fast",
                        lang,
                        n=i,
                        need=hours(round(weekly, 1)) if s.years else "∞",
                        pace=f"{pace:g}",
                        years=hours(round(s.duration(pace), 1)),
                        post=f"{s.years:g}",
                    )
                )
        extra = result.on_the_way(r)
        if extra:
            notes.append(tr("on_the_way", lang, hours=hours(extra)))
        out.print(table)
        for note in notes:
            out.print(t(note))
        out.print()


def next_moves(ds: Dataset, src: str, moves: list[NextMove], lang: str) -> None:
    out = console()
    if not moves:
        out.print(t(tr("no_moves", lang)))
        return
    table = _table(tr("next_title", lang, src=src))
    for key in ("role", "kind", "readiness", "hours", "years", "similarity", "top_gaps"):
        table.add_column(
            tr(key, lang),
            justify="left" if key in ("role", "kind", "top_gaps") else "right",
            overflow="fold",
        )
    for m in moves:
        table.add_row(
            t(role_name(ds, m.to, lang)),
            t(tr(f"kind_{m.kind}", lang)),
            t(f"{m.readiness:.0%}"),
            t(hours(m.hours)),
            t("-" if m.years is None else f"{m.years:g}"),
            t(f"{m.similarity:.2f}"),
            t(
                "、".join(skill_name(ds, s, lang) for s in m.top_gaps)
                if lang == "zh"
                else tr("list_sep", lang).join(skill_name(ds, s, lang) for s in m.top_gaps)
            ),
        )
    out.print(table)
    for line in tr("next_footer", lang).split("\n"):
        out.print(t(line))


def listing(headers: list[str], rows: list[list[str]]) -> str:
    """Aligned columns for long lists (``roles``, ``skills``), like ``ps`` or ``kubectl get``.

    One line a row, never wrapped or cut (ids stay whole for copying and for ``grep``), widths
    measured in terminal cells so Chinese lines up. Much cheaper than a Rich table, whose
    layout costs about a millisecond a row: these lists have dozens of rows.
    """
    from rich.cells import cell_len

    cells = [[clean(c) for c in row] for row in [headers, *rows]]
    widths = [max(cell_len(row[i]) for row in cells) for i in range(len(headers))]
    lines = []
    for n, row in enumerate(cells):
        padded = [c + " " * (w - cell_len(c)) for c, w in zip(row, widths, strict=True)]
        lines.append("  ".join(padded).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines) + "\n"


def roles(roles: list[Role], lang: str) -> None:
    rows = [
        [
            r.id,
            pick(r.name, lang) + (tr("inferred_suffix", lang) if r.inferred else ""),
            label(r.family, lang),
            label(r.level, lang),
        ]
        for r in roles
    ]
    headers = [tr(k, lang) for k in ("id", "name", "family", "level")]
    _write(listing(headers, rows))


def skills(skills: list[Skill], lang: str) -> None:
    rows = [
        [s.id, pick(s.name, lang), label(s.dimension, lang), label(s.category, lang)]
        for s in skills
    ]
    headers = [tr(k, lang) for k in ("id", "name", "dimension", "category")]
    _write(listing(headers, rows))


def _write(text: str) -> None:
    import sys

    sys.stdout.write(text)


def level_text(rung: ScaleLevel, category: str, lang: str) -> str:
    """What ``rung`` looks like in ``category``; the scale's own description if not given."""
    for entry in rung.by_category:
        if entry.category == category:
            return pick(entry.text, lang)
    return pick(rung.description, lang)


def levels(ds: Dataset, category: str | None, lang: str) -> None:
    out = console()
    title = (
        tr("levels_title_category", lang, category=label(category, lang))
        if category
        else tr("levels_title", lang)
    )
    table = _table(title)
    for key in ("level", "name", "description"):
        table.add_column(tr(key, lang), overflow="fold")
    for rung in ds.scale:
        text = level_text(rung, category, lang) if category else pick(rung.description, lang)
        table.add_row(t(rung.level), t(pick(rung.name, lang)), t(text))
    out.print(table)
    out.print(t(tr("levels_note", lang)))
