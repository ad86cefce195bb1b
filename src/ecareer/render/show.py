"""What ``ecareer show`` prints for people: one role or one skill, every data string as a
plain ``Text`` (see :mod:`ecareer.render.tables`).

A statement the seeds do not make (a duty, a KPI, an entry requirement) carries the
"(inferred)" mark; the sources list each document and, when the data says it, the passage.
"""

from __future__ import annotations

from ecareer.contract.dataset import Dataset
from ecareer.contract.records import Requirement, Role, Skill, Source
from ecareer.contract.vocab import label
from ecareer.render.i18n import pick, stated, tr
from ecareer.render.narrow import console
from ecareer.render.tables import _table, hours, level_text, role_name, skill_name, t


def show_role(ds: Dataset, r: Role, lang: str) -> None:
    out = console()
    out.print(t(f"{pick(r.name, lang)} ({r.id})"), style="bold")
    facts = [
        (tr("family", lang), label(r.family, lang)),
        (tr("level", lang), label(r.level, lang)),
    ]
    if r.aliases:
        facts.append((tr("aliases", lang), tr("list_sep", lang).join(r.aliases)))
    facts.append((tr("summary", lang), pick(r.summary, lang)))
    for k, v in facts:
        out.print(t(tr("kv", lang, what=k, value=v)))
    if r.entry is not None:
        out.print(t(tr("kv", lang, what=tr("entry", lang), value=stated(r.entry, lang))))
    for key, items in (("responsibilities", r.responsibilities), ("kpis", r.kpis)):
        if items:
            out.print(t(tr("heading", lang, what=tr(key, lang))))
            for item in items:
                out.print(t(f"  - {stated(item, lang)}"))
    table = _table(tr("requirements", lang))
    for key in ("skill", "level", "importance", "essential", "dimension"):
        table.add_column(tr(key, lang), overflow="fold")
    for req in sorted(r.skills, key=lambda q: (not q.essential, -q.importance, q.skill)):
        skill = ds.skills[req.skill]
        table.add_row(
            t(requirement_name(ds, req, lang)),
            t(req.level),
            t(req.importance),
            t(tr("yes", lang) if req.essential else ""),
            t(label(skill.dimension, lang)),
        )
    out.print(table)
    show_sources(r.sources, lang)
    for key, paths, end in (
        ("leads_to", ds.paths_from[r.id], "to"),
        ("comes_from", ds.paths_to[r.id], "from_"),
    ):
        if paths:
            out.print(t(tr("heading", lang, what=tr(key, lang))))
            for p in paths:
                other = getattr(p, end)
                kind, years = label(p.kind, lang), f"{p.years:g}"
                out.print(
                    t(
                        tr(
                            "path_item",
                            lang,
                            role=role_name(ds, other, lang),
                            kind=kind,
                            years=years,
                        )
                    )
                )


def requirement_name(ds: Dataset, req: Requirement, lang: str) -> str:
    """The skill of a requirement, or its alternatives: "Tableau 或 Power BI"."""
    names = [skill_name(ds, sid, lang) for sid in req.options]
    text = names[0]
    for other in names[1:]:
        text = tr("any_of", lang, first=text, second=other)
    return text


def show_sources(sources: tuple[Source, ...], lang: str) -> None:
    """The documents a role or skill comes from, and the passage in each when known."""
    if not sources:
        return
    out = console()
    out.print(t(tr("heading", lang, what=tr("sources", lang))))
    for src in sources:
        if src.section:
            out.print(t(tr("source_passage", lang, seed=src.seed, section=src.section)))
        else:
            out.print(t(tr("source_item", lang, seed=src.seed)))


def show_skill(ds: Dataset, s: Skill, lang: str) -> None:
    out = console()
    out.print(t(f"{pick(s.name, lang)} ({s.id})"), style="bold")
    where = f"{label(s.dimension, lang)} / {label(s.category, lang)}"
    out.print(t(tr("kv", lang, what=tr("dimension", lang), value=where)))
    out.print(t(tr("kv", lang, what=tr("description", lang), value=pick(s.description, lang))))
    scale = _table(tr("effort", lang))
    scale.add_column(tr("level", lang), overflow="fold")
    scale.add_column(tr("name", lang), overflow="fold")
    scale.add_column(tr("hours", lang), justify="right", overflow="fold")
    scale.add_column(tr("looks_like", lang), overflow="fold")
    for rung, h in zip(ds.scale, s.effort, strict=False):
        looks = level_text(rung, str(s.category), lang)
        scale.add_row(t(rung.level), t(pick(rung.name, lang)), t(hours(h)), t(looks))
    out.print(scale)
    if s.prerequisites:
        out.print(t(tr("heading", lang, what=tr("prerequisites", lang))))
        for p in s.prerequisites:
            out.print(t(tr("at_least", lang, name=skill_name(ds, p.skill, lang), level=p.level)))
    if s.resources:
        out.print(t(tr("heading", lang, what=tr("resources", lang))))
        sep = tr("list_sep_comma", lang)
        for res in s.resources:
            about = [
                label(res.kind, lang),
                res.provider or "",
                tr("n_h", lang, hours=hours(res.hours)),
            ]
            title = pick(res.title, lang)
            out.print(
                t(tr("resource_item", lang, title=title, about=sep.join(a for a in about if a)))
            )
    needed = ds.needed_by.get(s.id, [])
    if needed:
        out.print(t(tr("heading", lang, what=tr("needed_by", lang))))
        for role, level in sorted(needed, key=lambda x: (-x[1], x[0].id)):
            out.print(t(tr("at_least", lang, name=role_name(ds, role.id, lang), level=level)))
    show_sources(s.sources, lang)
