"""``ecareer match`` results as JSON, CSV and tables (the shapes the README documents)."""

from __future__ import annotations

import csv
import io
import sys
from typing import Any

from ecareer.advise.match import Noted, PostingMatch, Summary
from ecareer.advise.match_gap import PostingGap
from ecareer.contract.dataset import Dataset
from ecareer.render import jsonout
from ecareer.render.i18n import pick, tr


def _name(ds: Dataset, kind: str, ident: str) -> dict[str, str]:
    item = (ds.roles if kind == "role" else ds.skills).get(ident)
    return jsonout.text(item.name) if item else {"en": ident, "zh": ident}


def _noted(n: Noted) -> dict[str, Any]:
    out: dict[str, Any] = {"text": n.text, "line": n.line, "col": n.col, "section": n.section}
    if n.value == "years":
        return {"min": n.min, "max": n.max, **out}
    return {"level": n.value, **out}


def posting(ds: Dataset, pm: PostingMatch, pg: PostingGap | None = None) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "file": pm.source,
        "title": pm.title,
        "skills": [
            {
                "skill": a.skill,
                "name": _name(ds, "skill", a.skill),
                "level": a.level,
                "importance": a.importance,
                "section": a.section,
                "matches": [
                    {
                        "text": m.text,
                        "line": m.line,
                        "col": m.col,
                        "section": m.section,
                        "level": m.level,
                    }
                    for m in a.mentions
                ],
            }
            for a in pm.skills
        ],
        "experience": [_noted(y) for y in pm.years],
        "education": [_noted(e) for e in pm.education],
        "roles": [
            {
                "role": r.role,
                "name": _name(ds, "role", r.role),
                "score": r.score,
                "skill_score": r.skill_score,
                "title": r.title,
                "essential_matched": list(r.essential_matched),
                "matched": list(r.matched),
            }
            for r in pm.roles
        ],
    }
    if pg is not None:
        gap = jsonout.target_gap(pg.dataset, pg.gap)
        doc["gap"] = gap
        routes = jsonout.route(ds, pg.route)["routes"] if pg.route else []
        doc["route"] = routes[0] if routes else None
        doc["route_problem"] = pg.route_problem
    return doc


def summary(ds: Dataset, s: Summary) -> dict[str, Any]:
    return {
        "postings": s.postings,
        "files": s.sources,
        "skills": [
            {
                "skill": d.skill,
                "name": _name(ds, "skill", d.skill),
                "postings": d.postings,
                "share": round(d.postings / s.postings, 4) if s.postings else 0.0,
                "levels": d.levels,
            }
            for d in s.skills
        ],
        "roles": [
            {"role": r.role, "name": _name(ds, "role", r.role), "top1": r.top1, "top3": r.top3}
            for r in s.roles
        ],
    }


def summary_csv(ds: Dataset, s: Summary, lang: str) -> None:
    """One table: a row a skill (kind ``skill``), then a row a role (kind ``role``)."""
    top = ds.max_level
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    levels = [f"level_{i}" for i in range(1, top + 1)]
    w.writerow(["kind", "id", "name", "postings", "share", *levels, "level_unstated", "top1"])
    for d in s.skills:
        share = round(d.postings / s.postings, 4) if s.postings else 0.0
        counts = [d.levels.get(str(i), 0) for i in range(1, top + 1)]
        name = pick(ds.skills[d.skill].name, lang) if d.skill in ds.skills else d.skill
        w.writerow(["skill", d.skill, name, d.postings, share, *counts, d.levels["unstated"], ""])
    for r in s.roles:
        share = round(r.top3 / s.postings, 4) if s.postings else 0.0
        name = pick(ds.roles[r.role].name, lang) if r.role in ds.roles else r.role
        w.writerow(["role", r.role, name, r.top3, share, *[""] * top, "", r.top1])
    from ecareer.render.escape import clean

    sys.stdout.write("\n".join(clean(line) for line in out.getvalue().split("\n")))


# --- tables for people -----------------------------------------------------------------------


def _years_text(n: Noted, lang: str) -> str:
    if not n.min:
        return tr("m_years_zero", lang)
    low = f"{n.min:g}"
    if n.max:
        return tr("m_years_range", lang, low=low, high=f"{n.max:g}")
    return tr("m_years_n", lang, low=low)


def posting_tables(ds: Dataset, pm: PostingMatch, pg: PostingGap | None, lang: str) -> None:
    from ecareer.render import tables as tb
    from ecareer.render.narrow import console

    out = console()
    src = pm.title or pm.source
    if not pm.skills:
        out.print(tb.t(tr("m_none", lang, src=pm.source or "-")))
    else:
        table = tb._table(tr("m_skills_title", lang, src=src))
        for key in ("skill", "m_level", "importance", "m_section", "m_words"):
            table.add_column(tr(key, lang), overflow="fold")
        for a in pm.skills:
            words = tr("list_sep", lang).join(
                f"{m.text} ({m.line}:{m.col})" for m in a.mentions[:4]
            )
            if len(a.mentions) > 4:
                words += ", …"
            table.add_row(
                tb.t(tb.skill_name(ds, a.skill, lang)),
                tb.t(a.level or "-"),
                tb.t(a.importance),
                tb.t(tr(f"m_{a.section}", lang)),
                tb.t(words),
            )
        out.print(table)
    firm = [y for y in pm.years if y.section != "bonus"] or pm.years
    if firm:
        out.print(tb.t(tr("m_years", lang, text=f"{_years_text(firm[0], lang)} ({firm[0].text})")))
    degrees = [e for e in pm.education if e.section != "bonus"] or pm.education
    if degrees:
        low = min(degrees, key=lambda e: e.min or 0)
        out.print(tb.t(tr("m_education", lang, text=f"{tr(low.value, lang)} ({low.text})")))
    if pm.roles:
        table = tb._table(tr("m_roles_title", lang))
        for key in ("m_role", "m_score", "m_why"):
            table.add_column(tr(key, lang), overflow="fold")
        for r in pm.roles:
            why = (
                tr("list_sep", lang).join(tb.skill_name(ds, s, lang) for s in r.essential_matched)
                or "-"
            )
            if r.title:
                why = f"{tr('m_title_named', lang)}; {why}"
            table.add_row(tb.t(tb.role_name(ds, r.role, lang)), tb.t(f"{r.score:.2f}"), tb.t(why))
        out.print(table)
    if pg is None or not pm.skills:
        return
    who = pg.gap
    table = tb.target_table(pg.dataset, _who(pg, lang), who, lang)
    table.title = tb.t(tr("m_gap_title", lang, src=_who(pg, lang)))
    out.print(table)
    dst = tb.role_name(ds, pg.closest, lang) if pg.closest else "-"
    if pg.route is not None:
        out.print(tb.t(tr("m_route_to", lang, dst=dst)))
        tb.route(ds, pg.route, lang)
    elif pg.route_problem:
        key = {"no-role": "m_no_role", "same-role": "m_same_role"}.get(pg.route_problem, "")
        out.print(tb.t(tr(key or "m_no_route", lang, dst=dst)))


def _who(pg: PostingGap, lang: str) -> str:
    from ecareer.render import tables as tb

    who = pg.who
    src = tb.role_name(pg.dataset, who.role, lang) if who.role else (who.profile_name or "")
    if who.has_profile and who.role:
        src += f" + {tr('profile', lang)}"
    return src or tr("you", lang)


def summary_tables(ds: Dataset, s: Summary, lang: str) -> None:
    from ecareer.render import tables as tb

    top = ds.max_level
    rows = []
    for d in s.skills:
        share = f"{d.postings / s.postings:.0%}" if s.postings else "-"
        levels = " ".join(
            f"{k if k != 'unstated' else '?'}:{v}"
            for k, v in d.levels.items()
            if v and (k == "unstated" or int(k) <= top)
        )
        rows.append([tb.skill_name(ds, d.skill, lang), d.skill, str(d.postings), share, levels])
    sys.stdout.write(tr("m_summary_title", lang, n=s.postings) + "\n\n")
    heads = [tr("skill", lang), "id", tr("m_postings", lang), tr("m_share", lang)]
    sys.stdout.write(tb.listing([*heads, tr("m_levels", lang)], rows))
    roles = [[tb.role_name(ds, r.role, lang), str(r.top1), str(r.top3)] for r in s.roles]
    sys.stdout.write("\n" + tr("m_roles_like", lang) + "\n\n")
    heads = [tr("m_role", lang), tr("m_top1", lang), tr("m_top3", lang)]
    sys.stdout.write(tb.listing(heads, roles))
