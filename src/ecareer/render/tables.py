"""Result objects as Rich tables for people. Every data string goes in as a plain ``Text``.

Rich markup is never parsed from data (a role named ``C# [advanced] [/]`` prints exactly so),
and control characters are shown as escapes, never sent to the terminal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ecareer.contract.dataset import Dataset
from ecareer.contract.records import Role, Skill
from ecareer.contract.vocab import label
from ecareer.render.escape import clean
from ecareer.render.i18n import pick, tr

if TYPE_CHECKING:
    from ecareer.advise.gap import GapReport, TargetGap
    from ecareer.advise.nextmoves import NextMove
    from ecareer.advise.route import RouteResult


def console() -> Console:
    return Console(highlight=False, markup=False, emoji=False, soft_wrap=False)


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


#: The most rows a table prints, and names a cell lists: Rich takes milliseconds a row, so a
#: role of 20,000 requirements would take minutes (``--json`` has everything).
MAX_ROWS = 500
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
        ("hours", "right"),
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
            t(hours(r.hours) if r.hours else "-"),
        )
    for p in prereqs:
        needed = ", ".join(skill_name(ds, s, lang) for s in p.needed_for[:MAX_NAMES])
        table.add_row(
            t(f"{skill_name(ds, p.skill, lang)} ← {needed}"),
            t(p.required),
            t(p.current),
            t(p.required - p.current),
            t(""),
            t(""),
            t(hours(p.hours)),
        )
    cut = len(tg.skills) + len(tg.prerequisites) - len(shown_rows) - len(prereqs)
    table.caption = t(
        f"{tr('total', lang)}: {hours(tg.total_hours)} {tr('hours', lang).lower()} · "
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
    for n, r in enumerate(result.routes, 1):
        table = _table(tr("route_title", lang, n=n, hours=hours(r.hours), years=f"{r.years:g}"))
        for key in ("step", "move", "kind", "years", "hours", "learn"):
            table.add_column(
                tr(key, lang),
                justify="right" if key in ("years", "hours") else "left",
                overflow="fold",
            )
        for i, s in enumerate(r.steps, 1):
            learn = ", ".join(f"{skill_name(ds, x.skill, lang)} {x.have}→{x.want}" for x in s.learn)
            table.add_row(
                t(i),
                t(f"{role_name(ds, s.from_, lang)} → {role_name(ds, s.to, lang)}"),
                t(tr(f"kind_{s.kind}", lang)),
                t(f"{s.years:g}"),
                t(hours(s.hours)),
                t(learn or "-"),
            )
        out.print(table)
        out.print()


def next_moves(ds: Dataset, src: str, moves: list[NextMove], lang: str) -> None:
    out = console()
    if not moves:
        out.print(t(tr("no_moves", lang)))
        return
    table = _table(tr("next_title", lang, src=src))
    for key in ("role", "kind", "hours", "readiness", "similarity", "years"):
        table.add_column(
            tr(key, lang), justify="left" if key in ("role", "kind") else "right", overflow="fold"
        )
    for m in moves:
        table.add_row(
            t(role_name(ds, m.to, lang)),
            t(tr(f"kind_{m.kind}", lang)),
            t(hours(m.hours)),
            t(f"{m.readiness:.0%}"),
            t(f"{m.similarity:.2f}"),
            t("-" if m.years is None else f"{m.years:g}"),
        )
    out.print(table)


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
            pick(r.name, lang) + (f" ({tr('inferred', lang)})" if r.inferred else ""),
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


def show_role(ds: Dataset, r: Role, lang: str) -> None:
    out = console()
    out.print(t(f"{pick(r.name, lang)} ({r.id})"), style="bold")
    facts = [
        (tr("family", lang), label(r.family, lang)),
        (tr("level", lang), label(r.level, lang)),
    ]
    if r.aliases:
        facts.append((tr("aliases", lang), ", ".join(r.aliases)))
    facts.append((tr("summary", lang), pick(r.summary, lang)))
    for k, v in facts:
        out.print(t(f"{k}: {v}"))
    for key, items in (("responsibilities", r.responsibilities), ("kpis", r.kpis)):
        if items:
            out.print(t(tr(key, lang) + ":"))
            for item in items:
                out.print(t(f"  - {pick(item, lang)}"))
    table = _table(tr("requirements", lang))
    for key in ("skill", "level", "importance", "essential", "dimension"):
        table.add_column(tr(key, lang), overflow="fold")
    for req in sorted(r.skills, key=lambda q: (not q.essential, -q.importance, q.skill)):
        skill = ds.skills[req.skill]
        table.add_row(
            t(pick(skill.name, lang)),
            t(req.level),
            t(req.importance),
            t(tr("yes", lang) if req.essential else ""),
            t(label(skill.dimension, lang)),
        )
    out.print(table)
    for key, paths, end in (
        ("leads_to", ds.paths_from[r.id], "to"),
        ("comes_from", ds.paths_to[r.id], "from_"),
    ):
        if paths:
            out.print(t(tr(key, lang) + ":"))
            for p in paths:
                other = getattr(p, end)
                out.print(
                    t(f"  - {role_name(ds, other, lang)} ({label(p.kind, lang)}, {p.years:g})")
                )


def show_skill(ds: Dataset, s: Skill, lang: str) -> None:
    out = console()
    out.print(t(f"{pick(s.name, lang)} ({s.id})"), style="bold")
    out.print(t(f"{tr('dimension', lang)}: {label(s.dimension, lang)} / {label(s.category, lang)}"))
    out.print(t(f"{tr('description', lang)}: {pick(s.description, lang)}"))
    scale = _table(tr("effort", lang))
    scale.add_column(tr("level", lang), overflow="fold")
    scale.add_column(tr("name", lang), overflow="fold")
    scale.add_column(tr("hours", lang), justify="right", overflow="fold")
    for rung, h in zip(ds.scale, s.effort, strict=False):
        scale.add_row(t(rung.level), t(pick(rung.name, lang)), t(hours(h)))
    out.print(scale)
    if s.prerequisites:
        out.print(t(tr("prerequisites", lang) + ":"))
        for p in s.prerequisites:
            out.print(t(f"  - {skill_name(ds, p.skill, lang)} ≥ {p.level}"))
    if s.resources:
        out.print(t(tr("resources", lang) + ":"))
        for res in s.resources:
            extra = f", {res.provider}" if res.provider else ""
            kind = label(res.kind, lang)
            out.print(t(f"  - {pick(res.title, lang)} ({kind}{extra}, {hours(res.hours)} h)"))
    needed = ds.needed_by.get(s.id, [])
    if needed:
        out.print(t(tr("needed_by", lang) + ":"))
        for role, level in sorted(needed, key=lambda x: (-x[1], x[0].id)):
            out.print(t(f"  - {role_name(ds, role.id, lang)} ≥ {level}"))
