"""The printable plan as one self-contained HTML page, made to be printed on A4.

No scripts, no external styles, fonts or images, no ``url()``: the page is the whole plan and
can be mailed, archived and printed offline. The print styles keep a table row, a step's
heading and its table together, and carry every meaning in text or line style, never in colour
alone. The font stack ends in the usual CJK fonts so Chinese prints on any system that has one.

Every data string is escaped here, once, with :func:`html.escape` (quotes too).
"""

from __future__ import annotations

import html

from ecareer.advise.plan import Plan
from ecareer.contract.dataset import Dataset
from ecareer.render import plan_text as p
from ecareer.render.escape import clean
from ecareer.render.i18n import stated, tr
from ecareer.render.svg import route_svg

BOX = "☐"
KEEP_ROWS = 14  # a step with at most this many rows and milestones is kept on one page

CSS = """
@page { size: A4; margin: 14mm 14mm 16mm 14mm; }
@page { @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; } }
* { box-sizing: border-box; }
html {
  font-family: "Noto Sans", "Helvetica Neue", Arial, "Noto Sans CJK SC", "Noto Sans SC",
    "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "DejaVu Sans", sans-serif;
  font-size: 10pt; line-height: 1.35; color: #000; background: #fff;
  -webkit-print-color-adjust: exact; print-color-adjust: exact;
}
body { margin: 0 auto; max-width: 182mm; padding: 0; }
h1 { font-size: 18pt; margin: 0 0 3mm; border-bottom: 2pt solid #000; padding-bottom: 1.5mm; }
h2 { font-size: 13pt; margin: 5mm 0 1.5mm; border-bottom: 0.8pt solid #000; }
h3 { font-size: 11pt; margin: 3.5mm 0 1mm; }
h4 { font-size: 10pt; margin: 2mm 0 0.5mm; }
h1, h2, h3, h4, .meta, .intro { break-after: avoid; page-break-after: avoid; }
p { margin: 0.8mm 0 1.5mm; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.8mm 5mm; margin: 0; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
.warn { border: 1pt solid #000; padding: 1mm 2mm; margin-top: 2mm; }
figure { margin: 2mm 0; break-inside: avoid; page-break-inside: avoid; }
svg.route { display: block; max-width: 100%; height: auto; margin: 0 auto; }
svg.route text { font-family: inherit; fill: #000; }
figcaption { font-size: 8.5pt; margin-top: 1mm; }
table { width: 100%; border-collapse: collapse; margin: 1mm 0 1.5mm; font-size: 9pt; }
thead { display: table-header-group; }
th, td { border: 0.6pt solid #000; padding: 0.6mm 1.4mm; text-align: left; vertical-align: top; }
th { font-weight: bold; border-bottom: 1.4pt solid #000; white-space: nowrap; }
td.num, th.num { text-align: right; white-space: nowrap; }
td.lvl { white-space: nowrap; }
td.box, th.box { width: 6mm; text-align: center; font-size: 11pt; }
tr.group th { border-top: 1.4pt solid #000; font-size: 9.5pt; white-space: normal; }
tr.move td { border-bottom: 1.4pt solid #000; }
tr, li { break-inside: avoid; page-break-inside: avoid; }
/* a short step stays whole; a long one may break between rows, never after its heading */
.keep, .skill, .block, #notes { break-inside: avoid; page-break-inside: avoid; }
.meta { font-style: italic; }
:lang(zh) .meta { font-style: normal; }
ul.checks { list-style: none; padding-left: 0; margin: 0.5mm 0 1.5mm; font-size: 9pt; }
ul.checks li { padding-left: 5mm; text-indent: -5mm; margin: 0.4mm 0; }
ul.two { columns: 2; column-gap: 6mm; }
.box { font-size: 11pt; }
.note { font-size: 8.5pt; }
#resources h3 { font-size: 9pt; margin: 0 0 0.3mm; }
#resources .cols { columns: 2; column-gap: 6mm; margin-bottom: 2mm; }
#resources .skill { padding-top: 1.5mm; }
#resources ul.checks { font-size: 8.5pt; margin-bottom: 0; }
.lines div { border-bottom: 0.6pt solid #000; height: 8mm; }
.sign { display: flex; gap: 10mm; margin-top: 7mm; }
.sign div { flex: 1; border-top: 0.6pt solid #000; padding-top: 1mm; font-size: 9pt; }
footer { margin-top: 6mm; font-size: 8pt; border-top: 0.6pt solid #000; padding-top: 1mm; }
@media screen { body { padding: 10mm; } }
"""


def h(text: str) -> str:
    """``text`` on one line, safe as HTML text or a quoted attribute value."""
    return html.escape(clean(" ".join(text.split())), quote=True)


def _row(cells: list[tuple[str, str]]) -> str:
    """A table row from (class, already-escaped content) pairs."""
    return (
        "<tr>"
        + "".join(f'<td class="{c}">{v}</td>' if c else f"<td>{v}</td>" for c, v in cells)
        + "</tr>"
    )


def _head(cells: list[tuple[str, str]]) -> str:
    return (
        "<thead><tr>"
        + "".join(f'<th class="{c}">{h(v)}</th>' if c else f"<th>{h(v)}</th>" for c, v in cells)
        + "</tr></thead>"
    )


def _checks(items: list[str]) -> str:
    return (
        '<ul class="checks">'
        + "".join(f'<li><span class="box">{BOX}</span> {x}</li>' for x in items)
        + "</ul>"
    )


def _table(head: list[tuple[str, str]], rows: list[str], cls: str = "") -> list[str]:
    open_tag = f'<table class="{cls}">' if cls else "<table>"
    return [open_tag, _head(head), "<tbody>", *rows, "</tbody></table>"]


def _header(ds: Dataset, plan: Plan, lang: str) -> list[str]:
    title = h(p.title(plan, lang))
    out = ['<header id="who">', f"<h1>{title}</h1>", '<dl class="facts">']
    out += [f"<dt>{h(k)}</dt><dd>{h(v)}</dd>" for k, v in p.facts(ds, plan, lang)]
    out.append("</dl>")
    out += [f'<p class="warn">{h(w)}</p>' for w in p.warnings(plan, lang)]
    out.append("</header>")
    return out


def _route(ds: Dataset, plan: Plan, lang: str) -> list[str]:
    out = [
        '<section id="route">',
        f"<h2>{h(tr('route', lang))}</h2>",
        "<figure>",
        route_svg(ds, plan, lang),
        f"<figcaption>{h(tr('route_key', lang))}</figcaption>",
        "</figure>",
    ]
    if plan.windows:
        head = [("num", tr("step", lang)), ("", tr("move", lang)), ("", tr("when", lang))]
        head.append(("", tr("work", lang)))
        rows = [
            _row([("num", h(c)) if j == 0 else ("", h(c)) for j, c in enumerate(cells)])
            for cells in (p.glance_row(ds, plan, w, lang) for w in plan.windows)
        ]
        out += [f"<h3>{h(tr('glance', lang))}</h3>", *_table(head, rows, "glance")]
    out.append("</section>")
    return out


def _step(ds: Dataset, plan: Plan, n: int, lang: str) -> list[str]:
    step = plan.route.steps[n - 1]
    study = plan.study_tasks(n)
    practice = plan.practice_tasks(n)
    size = len(study) + (len(practice) + 1) // 2 + len(step.milestones)
    keep = " keep" if size <= KEEP_ROWS else ""
    out = [
        f'<div class="step{keep}">',
        f"<h3>{h(p.step_title(ds, plan, n, lang))}</h3>",
        f'<p class="meta">{h(p.step_meta(plan, n, lang))}</p>',
    ]
    out += [f"<p>{h(x)}</p>" for x in p.step_time(plan, n, lang)]
    if study:
        head = [
            ("", tr("skill", lang)),
            ("", tr("levels", lang)),
            ("num", tr("hours", lang)),
            ("", tr("when", lang)),
            ("", tr("note", lang)),
        ]
        rows = [
            _row(
                [
                    ("", h(p.skill(ds, t.skill, lang))),
                    ("lvl", h(p.levels(ds, t, lang))),
                    ("num", h(p.whole(t.hours))),
                    ("lvl", h(p.task_when(t, plan, lang))),
                    ("", h(p.task_note(ds, t, lang))),
                ]
            )
            for t in study
        ]
        out += _table(head, rows, "study")
    elif not practice:
        out.append(f"<p>{h(tr('step_nothing', lang))}</p>")
    if practice:
        items = [h(p.practise_item(ds, t, lang)) for t in practice]
        out += [
            '<div class="block">',
            f"<h4>{h(tr('in_post', lang))}</h4>",
            _checks(items).replace('<ul class="checks">', '<ul class="checks two">'),
            "</div>",
        ]
    if step.milestones:
        out += [
            '<div class="block">',
            f"<h4>{h(tr('milestones_title', lang))}</h4>",
            _checks([h(stated(m, lang)) for m in step.milestones]),
            "</div>",
        ]
    out.append("</div>")
    return out


def _timeline(ds: Dataset, plan: Plan, lang: str) -> list[str]:
    out = ['<section id="timeline">', f"<h2>{h(tr('timeline', lang))}</h2>"]
    if not plan.windows:
        return [*out, f"<p>{h(tr('timeline_none', lang))}</p>", "</section>"]
    out.append(f'<p class="intro">{h(p.timeline_intro(plan, lang))}</p>')
    head = [
        ("box", tr("done", lang)),
        ("", tr("quarter", lang)),
        ("", tr("work", lang)),
        ("num", tr("hours", lang)),
    ]
    rows = []
    for w in plan.windows:
        group = f"{p.step_title(ds, plan, w.step, lang)} · {p.window_span(w, lang)}"
        rows.append(f'<tr class="group"><th colspan="4">{h(group)}</th></tr>')
        for q in w.quarters:
            items = p.quarter_items(ds, q, lang)
            work = p.list_sep(lang).join(h(x) for x in items) if items else h(tr("quiet", lang))
            hours = h(p.whole(q.hours)) if items else "—"
            cells = [("box", BOX), ("lvl", h(p.quarter_title(q, lang))), ("", work), ("num", hours)]
            rows.append(_row(cells))
        step = plan.route.steps[w.step - 1]
        what = f"<strong>{h(p.move_text(ds, plan, w, lang))}</strong>"
        if step.milestones:
            what += (
                '<span class="note">'
                + "".join(f"<br>{BOX} {h(stated(m, lang))}" for m in step.milestones)
                + "</span>"
            )
        mark = f"<strong>{h(p.move_mark(plan, w, lang))}</strong>"
        rows.append(
            _row([("box", BOX), ("lvl", mark), ("", what), ("num", "")]).replace(
                "<tr>", '<tr class="move">', 1
            )
        )
    out += _table(head, rows, "timeline")
    out.append("</section>")
    return out


def _resources(ds: Dataset, plan: Plan, lang: str, detail: bool) -> list[str]:
    shown = [sr for sr in plan.resources if detail or sr.resources]
    if not plan.resources:
        return []
    out = [
        '<section id="resources">',
        f"<h2>{h(tr('resources_title', lang))}</h2>",
        f'<p class="intro">{h(tr("resources_intro", lang))}</p>',
    ]
    out.append('<div class="cols">')
    for sr in shown:
        out += ['<div class="skill">', f"<h3>{h(p.resource_skill(ds, sr, lang))}</h3>"]
        if sr.resources:
            out.append(
                _checks([" · ".join(h(x) for x in p.resource_parts(r, lang)) for r in sr.resources])
            )
        else:
            key = "practice_resources" if sr.practice else "no_resources"
            out.append(f'<p class="note">{h(tr(key, lang))}</p>')
        out.append("</div>")
    out.append("</div>")
    if any(r.inferred for sr in shown for r in sr.resources):
        out.append(f'<p class="note">{h(tr("inferred_note", lang))}</p>')
    missing = len(plan.resources) - len(shown)
    if missing:
        out.append(f'<p class="note">{h(tr("resources_more", lang, n=missing))}</p>')
    out.append("</section>")
    return out


def _weeks(ds: Dataset, plan: Plan, lang: str) -> list[str]:
    out = [
        '<section id="weeks">',
        f"<h2>{h(tr('weeks_title', lang))}</h2>",
        f'<p class="intro">{h(tr("weeks_intro", lang))}</p>',
    ]
    head = [
        ("box", tr("done", lang)),
        ("num", tr("number", lang)),
        ("", tr("skill", lang)),
        ("", tr("weeks", lang)),
        ("", tr("dates", lang)),
        ("num", tr("hours", lang)),
        ("num", tr("per_week_short", lang)),
    ]
    for w in plan.windows:
        study = plan.study_tasks(w.step)
        if not study:
            continue
        out.append(f"<h3>{h(p.step_title(ds, plan, w.step, lang))}</h3>")
        rows = [
            _row(
                [
                    ("box", BOX),
                    ("num", str(t.n)),
                    ("", h(p.order_item(ds, t, lang))),
                    ("lvl", h(p.week_range(t, lang))),
                    ("lvl", h(p.week_dates(t, plan, lang))),
                    ("num", h(p.whole(t.hours))),
                    ("num", h(p.per_week(t))),
                ]
            )
            for t in study
        ]
        out += _table(head, rows, "weeks")
    out.append("</section>")
    return out


def plan(ds: Dataset, plan: Plan, lang: str, detail: bool = False) -> str:
    """The whole plan as one HTML document; ``detail`` adds every resource and the weeks."""
    title = h(p.title(plan, lang))
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{"zh-Hans" if lang == "zh" else "en"}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{title}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
    ]
    out += _header(ds, plan, lang)
    out += _route(ds, plan, lang)
    if plan.route.steps:
        out += ['<section id="steps">', f"<h2>{h(tr('steps', lang))}</h2>"]
        for n in range(1, len(plan.route.steps) + 1):
            out += _step(ds, plan, n, lang)
        out.append("</section>")
    out += _timeline(ds, plan, lang)
    out += _resources(ds, plan, lang, detail)
    if detail and any(not t.practice for t in plan.tasks):
        out += _weeks(ds, plan, lang)
    who = h(plan.person) if plan.person else h(tr("person", lang))
    out += [
        '<section id="notes">',
        f"<h2>{h(tr('notes', lang))}</h2>",
        '<div class="lines"><div></div><div></div><div></div></div>',
        '<div class="sign">',
        f"<div>{h(tr('signed', lang))}{p.colon(lang)}{who}</div>",
        f"<div>{h(tr('signed', lang))}{p.colon(lang)}{h(tr('coach', lang))}</div>",
        "</div>",
        "</section>",
        f"<footer>{h(tr('footer', lang))}</footer>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(out)
