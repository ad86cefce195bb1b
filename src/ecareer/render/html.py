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
from ecareer.render.i18n import pick, tr
from ecareer.render.svg import route_svg

BOX = "☐"
KEEP_ROWS = 14  # a step with at most this many rows and milestones is kept on one page

CSS = """
@page { size: A4; margin: 16mm 15mm 18mm 15mm; }
@page { @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; } }
* { box-sizing: border-box; }
html {
  font-family: "Noto Sans", "Helvetica Neue", Arial, "Noto Sans CJK SC", "Noto Sans SC",
    "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "DejaVu Sans", sans-serif;
  font-size: 10.5pt; line-height: 1.4; color: #000; background: #fff;
  -webkit-print-color-adjust: exact; print-color-adjust: exact;
}
body { margin: 0 auto; max-width: 180mm; padding: 0; }
h1 { font-size: 20pt; margin: 0 0 4mm; border-bottom: 2pt solid #000; padding-bottom: 2mm; }
h2 { font-size: 14pt; margin: 7mm 0 2mm; border-bottom: 0.8pt solid #000; }
h3 { font-size: 11.5pt; margin: 4mm 0 1mm; }
h1, h2, h3, h4, .meta, .intro { break-after: avoid; page-break-after: avoid; }
p { margin: 1mm 0 2mm; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 5mm; margin: 0; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
figure { margin: 2mm 0; break-inside: avoid; page-break-inside: avoid; }
svg.route { display: block; max-width: 100%; height: auto; margin: 0 auto; }
svg.route text { font-family: inherit; fill: #000; }
figcaption { font-size: 9pt; margin-top: 1mm; }
table { width: 100%; border-collapse: collapse; margin: 1mm 0 2mm; }
thead { display: table-header-group; }
th, td { border: 0.6pt solid #000; padding: 1mm 1.6mm; text-align: left; vertical-align: top; }
th { font-weight: bold; border-bottom: 1.4pt solid #000; white-space: nowrap; }
td.num, th.num { text-align: right; white-space: nowrap; }
td.lvl { white-space: nowrap; }
td.box, th.box { width: 7mm; text-align: center; font-size: 12pt; }
tr, li { break-inside: avoid; page-break-inside: avoid; }
/* a short step stays whole; a long one may break between rows, never after its heading */
.keep, .skill, #notes { break-inside: avoid; page-break-inside: avoid; }
.meta { font-style: italic; }
:lang(zh) .meta { font-style: normal; }
ul.checks { list-style: none; padding-left: 0; margin: 1mm 0 2mm; }
ul.checks li { padding-left: 6mm; text-indent: -6mm; margin: 0.8mm 0; }
.box { font-size: 12pt; }
.note { font-size: 9pt; }
.lines div { border-bottom: 0.6pt solid #000; height: 9mm; }
.sign { display: flex; gap: 10mm; margin-top: 8mm; }
.sign div { flex: 1; border-top: 0.6pt solid #000; padding-top: 1mm; font-size: 9pt; }
footer { margin-top: 8mm; font-size: 8.5pt; border-top: 0.6pt solid #000; padding-top: 1mm; }
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


def plan(ds: Dataset, plan: Plan, lang: str) -> str:
    """The whole plan as one HTML document."""
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
        '<header id="who">',
        f"<h1>{title}</h1>",
        '<dl class="facts">',
    ]
    out += [f"<dt>{h(k)}</dt><dd>{h(v)}</dd>" for k, v in p.facts(ds, plan, lang)]
    out += ["</dl>", "</header>"]

    out += [
        '<section id="route">',
        f"<h2>{h(tr('route', lang))}</h2>",
        "<figure>",
        route_svg(ds, plan, lang),
        f"<figcaption>{h(tr('route_key', lang))}</figcaption>",
        "</figure>",
        "</section>",
    ]

    if plan.route.steps:
        out += ['<section id="steps">', f"<h2>{h(tr('steps', lang))}</h2>"]
        for n, step in enumerate(plan.route.steps, 1):
            tasks = plan.step_tasks(n)
            keep = " keep" if len(tasks) + len(step.milestones) <= KEEP_ROWS else ""
            out += [
                f'<div class="step{keep}">',
                f"<h3>{h(p.step_title(ds, plan, n, lang))}</h3>",
                f'<p class="meta">{h(p.step_meta(plan, n, lang))}</p>',
            ]
            if tasks:
                out.append("<table>")
                out.append(
                    _head(
                        [
                            ("", tr("skill", lang)),
                            ("", tr("from_level", lang)),
                            ("", tr("to_level", lang)),
                            ("num", tr("hours", lang)),
                            ("", tr("note", lang)),
                        ]
                    )
                )
                out.append("<tbody>")
                out += [
                    _row(
                        [
                            ("", h(p.skill(ds, t.skill, lang))),
                            ("lvl", h(p.level(ds, t.have, lang))),
                            ("lvl", h(p.level(ds, t.want, lang))),
                            ("num", h(p.number(t.hours))),
                            ("", h(p.task_note(ds, t, lang))),
                        ]
                    )
                    for t in tasks
                ]
                out.append("</tbody></table>")
            else:
                out.append(f"<p>{h(tr('step_nothing', lang))}</p>")
            if step.milestones:
                out.append(f"<h4>{h(tr('milestones_title', lang))}</h4>")
                out.append(_checks([h(pick(m, lang)) for m in step.milestones]))
            out.append("</div>")
        out.append("</section>")

    if plan.tasks:
        out += [
            '<section id="order">',
            f"<h2>{h(tr('order', lang))}</h2>",
            f'<p class="intro">{h(tr("order_intro", lang))}</p>',
            "<table>",
            _head(
                [
                    ("box", tr("done", lang)),
                    ("num", tr("number", lang)),
                    ("", tr("skill", lang)),
                    ("num", tr("hours", lang)),
                    ("", tr("step", lang)),
                    ("", tr("note", lang)),
                ]
            ),
            "<tbody>",
        ]
        out += [
            _row(
                [
                    ("box", BOX),
                    ("num", str(t.n)),
                    ("", h(p.order_item(ds, t, lang))),
                    ("num", h(p.number(t.hours))),
                    ("", str(t.step)),
                    ("", h(p.task_note(ds, t, lang))),
                ]
            )
            for t in plan.tasks
        ]
        out += ["</tbody></table>", "</section>"]

    if plan.resources:
        out += [
            '<section id="resources">',
            f"<h2>{h(tr('resources_title', lang))}</h2>",
            f'<p class="intro">{h(tr("resources_intro", lang))}</p>',
        ]
        for sr in plan.resources:
            out += ['<div class="skill">', f"<h3>{h(p.resource_skill(ds, sr, lang))}</h3>"]
            if sr.resources:
                out.append(
                    _checks(
                        [" · ".join(h(x) for x in p.resource_parts(r, lang)) for r in sr.resources]
                    )
                )
            else:
                out.append(f'<p class="note">{h(tr("no_resources", lang))}</p>')
            out.append("</div>")
        if any(r.inferred for sr in plan.resources for r in sr.resources):
            out.append(f'<p class="note">{h(tr("inferred_note", lang))}</p>')
        out.append("</section>")

    out += ['<section id="timeline">', f"<h2>{h(tr('timeline', lang))}</h2>"]
    if plan.months:
        out += [
            f'<p class="intro">{h(p.timeline_intro(plan, lang))}</p>',
            "<table>",
            _head(
                [
                    ("box", tr("done", lang)),
                    ("", tr("month", lang)),
                    ("", tr("work", lang)),
                    ("num", tr("hours", lang)),
                ]
            ),
            "<tbody>",
        ]
        for m in plan.months:
            work = "<br>".join(h(p.work_item(ds, w, lang)) for w in m.work)
            out.append(
                _row(
                    [
                        ("box", BOX),
                        ("", h(p.month_title(m, lang))),
                        ("", work),
                        ("num", h(p.number(m.hours))),
                    ]
                )
            )
        out += ["</tbody></table>"]
    else:
        out.append(f"<p>{h(tr('timeline_none', lang))}</p>")
    out.append("</section>")

    who = h(plan.person) if plan.person else h(tr("person", lang))
    out += [
        '<section id="notes">',
        f"<h2>{h(tr('notes', lang))}</h2>",
        '<div class="lines"><div></div><div></div><div></div><div></div></div>',
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
