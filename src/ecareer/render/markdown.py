"""The printable plan as Markdown (GitHub-flavoured: tables, task lists, a Mermaid diagram).

Every data string is escaped here, once: Markdown's own characters get a backslash (so a role
named ``a|b`` stays in its table cell and ``[x](y)`` is no link), line breaks become spaces and
control characters are shown, never sent to a terminal. Mermaid labels go through
:func:`ecareer.render.graphs.mermaid_label`.
"""

from __future__ import annotations

import re

from ecareer.advise.plan import Plan
from ecareer.contract.dataset import Dataset
from ecareer.contract.vocab import label
from ecareer.render import plan_text as p
from ecareer.render.escape import clean
from ecareer.render.graphs import mermaid_label, node_id
from ecareer.render.i18n import stated, tr

_SPECIAL = re.compile(r"[\\`*_\[\]<>|~]|&(?=#?\w+;)|^#")


def flat(text: str) -> str:
    """One line: every run of white space (line breaks included) becomes one space."""
    return " ".join(text.split())


# What GitHub's renderer turns into a link without any brackets (GFM autolinks): a URL
# scheme before `//`, `www.`, an e-mail address (also after `mailto:` or `xmpp:`). A
# backslash before the `:`, the `.` of `www.` or the `@` splits the text where the
# autolinker looks, and renders as the character alone.
_AUTOLINK = re.compile(r"(?i)(\bwww)(\.)|([a-z][a-z0-9+.-]*)(:)(?=//)|()(@)")


def _unlink(m: re.Match[str]) -> str:
    groups = [g for g in m.groups() if g is not None]
    return groups[0] + "\\" + groups[1]


#: text that :func:`md` leaves as it is: words (letters and digits of any script, no ``_``)
#: and a few marks that are no markup, single spaces between them (a plan of 10,000 tasks
#: escapes 90,000 cells: most of them are names and numbers like these)
_PLAIN = re.compile(r"(?:[^\W_]|[,()/+'%-])+(?: (?:[^\W_]|[,()/+'%-])+)*")


def md(text: str) -> str:
    """``text`` safe anywhere in a Markdown line, table cells included: no markup, no link
    (bracketed or automatic), whatever the data says."""
    if _PLAIN.fullmatch(text):
        return text
    return md_escaped(text)


def md_escaped(text: str) -> str:
    """:func:`md` without its shortcut for plain text (a test checks they agree)."""
    escaped = _SPECIAL.sub(lambda m: "\\" + m.group(), clean(flat(text)))
    return _AUTOLINK.sub(_unlink, escaped)


def mermaid(ds: Dataset, plan: Plan, lang: str) -> list[str]:
    """The route as a Mermaid flowchart: one node per role, one labelled arrow per move."""
    lines = ["flowchart LR"]
    for rid in plan.route.roles:
        lines.append(f'  {node_id(rid)}["{mermaid_label(flat(p.role(ds, rid, lang)))}"]')
    for step, window in zip(plan.route.steps, plan.windows, strict=True):
        arrow = "-->" if step.kind == "promotion" else "-.->"
        when = p.short_month(window.finish, lang)
        text = f"{label(step.kind, lang)} · {p.hours(step.hours, lang)} · {when}"
        text = mermaid_label(flat(text))
        lines.append(f'  {node_id(step.from_)} {arrow}|"{text}"| {node_id(step.to)}')
    return lines


def _table(head: list[str], align: list[str], rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(md(x) for x in head) + " |", "|" + "|".join(align) + "|"]
    out += ["| " + " | ".join(md(x) for x in row) + " |" for row in rows]
    return out


def _step(ds: Dataset, plan: Plan, n: int, lang: str) -> list[str]:
    step = plan.route.steps[n - 1]
    out = [f"### {md(p.step_title(ds, plan, n, lang))}", "", md(p.step_meta(plan, n, lang)), ""]
    notes = p.step_time(plan, n, lang)
    if notes:
        out += [" ".join(md(x) for x in notes), ""]
    study = plan.study_tasks(n)
    practice = plan.practice_tasks(n)
    if study:
        head = [tr(k, lang) for k in ("skill", "levels", "hours", "when", "note")]
        rows = [
            [
                p.skill(ds, t.skill, lang),
                p.levels(ds, t, lang),
                p.whole(t.hours),
                p.task_when(t, plan, lang),
                p.task_note(ds, t, lang),
            ]
            for t in study
        ]
        out += [*_table(head, ["---", "---", "--:", "---", "---"], rows), ""]
    elif not practice:
        out += [md(tr("step_nothing", lang)), ""]
    if practice:
        out += [f"{md(tr('in_post', lang))}{p.colon(lang).strip()}", ""]
        out += [f"- [ ] {md(p.practise_item(ds, t, lang))}" for t in practice]
        out.append("")
    if step.milestones:
        out += [f"{md(tr('milestones_title', lang))}{p.colon(lang).strip()}", ""]
        out += [f"- [ ] {md(stated(m, lang))}" for m in step.milestones]
        out.append("")
    return out


def _timeline(ds: Dataset, plan: Plan, lang: str) -> list[str]:
    out = [f"## {md(tr('timeline', lang))}", ""]
    if not plan.windows:
        return [*out, md(tr("timeline_none", lang)), ""]
    out += [md(p.timeline_intro(plan, lang)), ""]
    c = p.colon(lang)
    for w in plan.windows:
        group = f"{p.step_title(ds, plan, w.step, lang)} · {p.window_span(w, lang)}"
        out += [f"### {md(group)}", ""]
        for q in w.quarters:
            items = p.quarter_items(ds, q, lang)
            title = md(p.quarter_title(q, lang))
            if items:
                work = p.list_sep(lang).join(md(x) for x in items)
                out.append(f"- [ ] **{title}** · {md(p.hours(q.hours, lang))}{c}{work}")
            else:
                out.append(f"- [ ] **{title}**{c}{md(tr('quiet', lang))}")
        step = plan.route.steps[w.step - 1]
        mark = md(p.move_mark(plan, w, lang))
        out.append(f"- [ ] **{mark}{c}{md(p.move_text(ds, plan, w, lang))}**")
        out += [f"  - [ ] {md(stated(m, lang))}" for m in step.milestones]
        out.append("")
    return out


def _resources(ds: Dataset, plan: Plan, lang: str, detail: bool) -> list[str]:
    if not plan.resources:
        return []
    shown = [sr for sr in plan.resources if detail or sr.resources]
    out = [f"## {md(tr('resources_title', lang))}", "", md(tr("resources_intro", lang)), ""]
    for sr in shown:
        out += [f"### {md(p.resource_skill(ds, sr, lang))}", ""]
        if sr.resources:
            out += [
                "- [ ] " + " · ".join(md(x) for x in p.resource_parts(r, lang))
                for r in sr.resources
            ]
        else:
            out.append(md(tr("practice_resources" if sr.practice else "no_resources", lang)))
        out.append("")
    if any(r.inferred for sr in shown for r in sr.resources):
        out += [md(tr("inferred_note", lang)), ""]
    missing = len(plan.resources) - len(shown)
    if missing:
        out += [md(tr("resources_more", lang, n=missing)), ""]
    return out


def _weeks(ds: Dataset, plan: Plan, lang: str) -> list[str]:
    out = [f"## {md(tr('weeks_title', lang))}", "", md(tr("weeks_intro", lang)), ""]
    keys = ("done", "number", "skill", "weeks", "dates", "hours", "per_week_short")
    for w in plan.windows:
        study = plan.study_tasks(w.step)
        if not study:
            continue
        out += [f"### {md(p.step_title(ds, plan, w.step, lang))}", ""]
        rows = [
            [
                "☐",
                str(t.n),
                p.order_item(ds, t, lang),
                p.week_range(t, lang),
                p.week_dates(t, plan, lang),
                p.whole(t.hours),
                p.per_week(t),
            ]
            for t in study
        ]
        align = [":-:", "--:", "---", "---", "---", "--:", "--:"]
        out += [*_table([tr(k, lang) for k in keys], align, rows), ""]
    return out


def plan(ds: Dataset, plan: Plan, lang: str, detail: bool = False) -> str:
    """The whole plan as one Markdown document; ``detail`` adds every resource and the weeks."""
    out = [f"# {md(p.title(plan, lang))}", ""]
    out += [f"- **{md(k)}**{p.colon(lang)}{md(v)}" for k, v in p.facts(ds, plan, lang)]
    out.append("")
    out += [f"> {md(w)}\n" for w in p.warnings(plan, lang)]

    out += [f"## {md(tr('route', lang))}", "", "```mermaid", *mermaid(ds, plan, lang), "```"]
    out += ["", md(tr("route_key", lang)), ""]
    if plan.windows:
        out += [f"### {md(tr('glance', lang))}", ""]
        head = [tr("step", lang), tr("move", lang), tr("when", lang), tr("work", lang)]
        rows = [p.glance_row(ds, plan, w, lang) for w in plan.windows]
        out += [*_table(head, ["--:", "---", "---", "---"], rows), ""]

    if plan.route.steps:
        out += [f"## {md(tr('steps', lang))}", ""]
    for n in range(1, len(plan.route.steps) + 1):
        out += _step(ds, plan, n, lang)

    out += _timeline(ds, plan, lang)
    out += _resources(ds, plan, lang, detail)
    if detail and any(not t.practice for t in plan.tasks):
        out += _weeks(ds, plan, lang)

    line = "_" * 40
    out += [f"## {md(tr('notes', lang))}", "", line, "", line, "", line, ""]
    who = md(plan.person) if plan.person else md(tr("person", lang))
    blank = "_" * 20
    coach = md(tr("coach", lang))
    out.append(f"{md(tr('signed', lang))}{p.colon(lang)}{blank} ({who}) · {blank} ({coach})")
    out += ["", "---", "", md(tr("footer", lang)), ""]
    return "\n".join(out)
