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
from ecareer.render.i18n import pick, tr

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


def md(text: str) -> str:
    """``text`` safe anywhere in a Markdown line, table cells included: no markup, no link
    (bracketed or automatic), whatever the data says."""
    escaped = _SPECIAL.sub(lambda m: "\\" + m.group(), clean(flat(text)))
    return _AUTOLINK.sub(_unlink, escaped)


def mermaid(ds: Dataset, plan: Plan, lang: str) -> list[str]:
    """The route as a Mermaid flowchart: one node per role, one labelled arrow per move."""
    lines = ["flowchart LR"]
    for rid in plan.route.roles:
        lines.append(f'  {node_id(rid)}["{mermaid_label(flat(p.role(ds, rid, lang)))}"]')
    for step in plan.route.steps:
        arrow = "-->" if step.kind == "promotion" else "-.->"
        text = mermaid_label(flat(f"{label(step.kind, lang)} · {p.hours(step.hours, lang)}"))
        lines.append(f'  {node_id(step.from_)} {arrow}|"{text}"| {node_id(step.to)}')
    return lines


def _table(head: list[str], align: list[str], rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(head) + " |", "|" + "|".join(align) + "|"]
    out += ["| " + " | ".join(row) + " |" for row in rows]
    return out


def plan(ds: Dataset, plan: Plan, lang: str) -> str:
    """The whole plan as one Markdown document."""
    out = [f"# {md(p.title(plan, lang))}", ""]
    out += [f"- **{md(k)}**{p.colon(lang)}{md(v)}" for k, v in p.facts(ds, plan, lang)]
    out.append("")

    out += [f"## {md(tr('route', lang))}", "", "```mermaid", *mermaid(ds, plan, lang), "```"]
    out += ["", md(tr("route_key", lang)), ""]

    if plan.route.steps:
        out += [f"## {md(tr('steps', lang))}", ""]
    for n, step in enumerate(plan.route.steps, 1):
        out += [f"### {md(p.step_title(ds, plan, n, lang))}", "", md(p.step_meta(plan, n, lang))]
        out.append("")
        tasks = plan.step_tasks(n)
        if tasks:
            head = [tr(k, lang) for k in ("skill", "from_level", "to_level", "hours", "note")]
            rows = [
                [
                    md(p.skill(ds, t.skill, lang)),
                    md(p.level(ds, t.have, lang)),
                    md(p.level(ds, t.want, lang)),
                    md(p.number(t.hours)),
                    md(p.task_note(ds, t, lang)),
                ]
                for t in tasks
            ]
            out += _table([md(h) for h in head], ["---", "---", "---", "--:", "---"], rows)
        else:
            out.append(md(tr("step_nothing", lang)))
        out.append("")
        if step.milestones:
            out += [f"{md(tr('milestones_title', lang))}{p.colon(lang).strip()}", ""]
            out += [f"- [ ] {md(pick(m, lang))}" for m in step.milestones]
            out.append("")

    if plan.tasks:
        out += [f"## {md(tr('order', lang))}", "", md(tr("order_intro", lang)), ""]
        for t in plan.tasks:
            parts = [
                p.order_item(ds, t, lang),
                p.hours(t.hours, lang),
                tr("step_short", lang, n=t.step),
            ]
            note = p.task_note(ds, t, lang)
            if note:
                parts.append(note)
            out.append(f"- [ ] {t.n}. " + " · ".join(md(x) for x in parts))
        out.append("")

    if plan.resources:
        out += [f"## {md(tr('resources_title', lang))}", "", md(tr("resources_intro", lang))]
        out.append("")
        for sr in plan.resources:
            out += [f"### {md(p.resource_skill(ds, sr, lang))}", ""]
            if sr.resources:
                out += [
                    "- [ ] " + " · ".join(md(x) for x in p.resource_parts(r, lang))
                    for r in sr.resources
                ]
            else:
                out.append(md(tr("no_resources", lang)))
            out.append("")
        if any(r.inferred for sr in plan.resources for r in sr.resources):
            out += [md(tr("inferred_note", lang)), ""]

    out += [f"## {md(tr('timeline', lang))}", ""]
    if plan.months:
        out += [md(p.timeline_intro(plan, lang)), ""]
        for m in plan.months:
            work = "; ".join(md(p.work_item(ds, w, lang)) for w in m.work)
            title = md(p.month_title(m, lang))
            out.append(f"- [ ] **{title}** · {md(p.hours(m.hours, lang))}: {work}")
    else:
        out.append(md(tr("timeline_none", lang)))
    out.append("")

    line = "_" * 40
    out += [f"## {md(tr('notes', lang))}", "", line, "", line, "", line, ""]
    who = md(plan.person) if plan.person else md(tr("person", lang))
    blank = "_" * 20
    coach = md(tr("coach", lang))
    out.append(f"{md(tr('signed', lang))}{p.colon(lang)}{blank} ({who}) · {blank} ({coach})")
    out += ["", "---", "", md(tr("footer", lang)), ""]
    return "\n".join(out)
