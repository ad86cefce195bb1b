"""The plan's route as an inline SVG drawing: boxes for roles, arrows for moves.

Drawn by ecareer itself, with no layout tool: a route is a chain, so the boxes go in one row
left to right (up to ``ROW_MAX`` roles) or one column top to bottom. Text is measured roughly
(a CJK character one em, anything else ``LATIN_EM``) and wrapped to the box.

Meant to sit inside an HTML page: no ``xmlns`` (the HTML parser puts ``<svg>`` in the SVG
namespace), no ids, no ``url()``. Arrow heads are drawn as polygons, not markers. Every string
is XML-escaped; the kind of move is written on the arrow and also shown by its dash pattern,
so nothing depends on colour.
"""

from __future__ import annotations

import html
import unicodedata
from dataclasses import dataclass

from ecareer.advise.plan import Plan
from ecareer.contract.dataset import Dataset
from ecareer.contract.vocab import label
from ecareer.render import plan_text as p
from ecareer.render.escape import clean
from ecareer.render.i18n import tr

ROW_MAX = 4
LATIN_EM = 0.6
NAME_SIZE = 15
SMALL_SIZE = 12
MAX_LINES = 4
PAD = 10


def esc(text: str) -> str:
    """``text`` on one line, safe as SVG (XML) character data or attribute value."""
    return html.escape(clean(" ".join(text.split())), quote=True)


def width(text: str, size: float) -> float:
    """A rough rendered width: wide (CJK) characters one em, the rest ``LATIN_EM``."""
    return sum(
        size if unicodedata.east_asian_width(ch) in ("W", "F") else size * LATIN_EM for ch in text
    )


def _tokens(text: str) -> list[str]:
    """Words, with every wide character a word of its own (CJK breaks anywhere)."""
    out: list[str] = []
    for word in text.split():
        cur = ""
        for ch in word:
            if unicodedata.east_asian_width(ch) in ("W", "F"):
                if cur:
                    out.append(cur)
                    cur = ""
                out.append(ch)
            else:
                cur += ch
        if cur:
            out.append(cur)
        out.append(" ")
    return out[:-1]


def wrap(text: str, size: float, room: float, max_lines: int = MAX_LINES) -> list[str]:
    """``text`` in lines no wider than ``room`` (roughly); "…" ends a cut last line.

    Linear in the text: widths are added up as the line grows, never measured again, and
    wrapping stops once a line more than ``max_lines`` is known (a name of 2,000 characters
    took seconds per box when every prefix was measured again).
    """
    lines: list[str] = []
    cur = ""
    cur_w = 0.0
    space = width(" ", size)
    for tok in _tokens(" ".join(text.split())):
        if len(lines) > max_lines:
            break
        if tok == " ":
            if cur:
                cur += " "
                cur_w += space
            continue
        tok_w = width(tok, size)
        if cur_w + tok_w <= room or not cur.strip():
            cur += tok
            cur_w += tok_w
        else:
            lines.append(cur.rstrip())
            cur, cur_w = tok, tok_w
        if cur_w > room and len(cur) > 1:  # a word longer than the line: cut it greedily
            piece, piece_w = "", 0.0
            for ch in cur:
                ch_w = width(ch, size)
                if piece and piece_w + ch_w > room:
                    lines.append(piece)
                    piece, piece_w = ch, ch_w
                    if len(lines) > max_lines:
                        break
                else:
                    piece += ch
                    piece_w += ch_w
            cur, cur_w = piece, piece_w
    if cur.strip():
        lines.append(cur.rstrip())
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        while last and width(last + "…", size) > room:
            last = last[:-1]
        lines[-1] = last + "…"
    return lines or [""]


@dataclass
class _Box:
    x: float
    y: float
    w: float
    h: float
    tag: str
    lines: list[str]


def _text(x: float, y: float, text: str, size: float, *, weight: str = "normal") -> str:
    bold = ' font-weight="bold"' if weight == "bold" else ""
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="middle"{bold}>'
        f"{esc(text)}</text>"
    )


def _arrow(x1: float, y1: float, x2: float, y2: float, dashed: bool) -> list[str]:
    """A line from (x1, y1) to (x2, y2) with a head at the end (horizontal or vertical)."""
    dash = ' stroke-dasharray="6 4"' if dashed else ""
    head = 9.0
    if y1 == y2:  # left to right
        tip = (x2, y2)
        pts = [(x2 - head, y2 - head / 2), tip, (x2 - head, y2 + head / 2)]
        end = (x2 - head, y2)
    else:  # top to bottom
        tip = (x2, y2)
        pts = [(x2 - head / 2, y2 - head), tip, (x2 + head / 2, y2 - head)]
        end = (x2, y2 - head)
    poly = " ".join(f"{a:.1f},{b:.1f}" for a, b in pts)
    return [
        f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{end[0]:.1f}" y2="{end[1]:.1f}" '
        f'stroke="#000" stroke-width="1.6"{dash}/>',
        f'<polygon points="{poly}" fill="#000"/>',
    ]


def route_svg(ds: Dataset, plan: Plan, lang: str) -> str:
    """The route of ``plan`` as an ``<svg>`` element (a single role is one box)."""
    roles = plan.route.roles
    steps = plan.route.steps
    across = len(roles) <= ROW_MAX
    box_w = 150.0 if across else 300.0
    gap = 104.0 if across else 48.0
    tags = []
    for i, _rid in enumerate(roles):
        if i == 0:
            tags.append(tr("current_role", lang))
        elif i == len(roles) - 1:
            tags.append(tr("target_role", lang))
        else:
            tags.append(tr("step_short", lang, n=i))
    wrapped = [wrap(p.role(ds, rid, lang), NAME_SIZE, box_w - 2 * PAD) for rid in roles]
    box_h = PAD * 2 + SMALL_SIZE + 6 + max(len(w) for w in wrapped) * (NAME_SIZE + 4)
    boxes = []
    for i, lines in enumerate(wrapped):
        x = i * (box_w + gap) if across else 0.0
        y = 0.0 if across else i * (box_h + gap)
        boxes.append(_Box(x + 2, y + 2, box_w, box_h, tags[i], lines))
    total_w = (boxes[-1].x + box_w + 2) if across else box_w + 4 + 190
    total_h = max(box_h + 4, box_h / 2 + 42) if across else boxes[-1].y + box_h + 2

    title = tr("route_svg_title", lang, a=p.role(ds, roles[0], lang), b=p.role(ds, roles[-1], lang))
    out = [
        f'<svg class="route" viewBox="0 0 {total_w:.0f} {total_h:.0f}" '
        f'width="{total_w:.0f}" height="{total_h:.0f}" role="img">',
        f"<title>{esc(title)}</title>",
    ]
    for i, b in enumerate(boxes):
        last = i == len(boxes) - 1
        stroke = 3.0 if last else 1.4
        out.append(
            f'<rect x="{b.x:.1f}" y="{b.y:.1f}" width="{b.w:.1f}" height="{b.h:.1f}" rx="6" '
            f'fill="#fff" stroke="#000" stroke-width="{stroke}"/>'
        )
        cx = b.x + b.w / 2
        out.append(_text(cx, b.y + PAD + SMALL_SIZE, b.tag.upper(), SMALL_SIZE))
        for j, line in enumerate(b.lines):
            y = b.y + PAD + SMALL_SIZE + 6 + (j + 1) * (NAME_SIZE + 4) - 4
            out.append(_text(cx, y, line, NAME_SIZE, weight="bold"))
    for i, (step, a, b) in enumerate(zip(steps, boxes, boxes[1:], strict=False)):
        dashed = step.kind != "promotion"
        kind = label(step.kind, lang)
        hrs = p.hours(step.hours, lang)
        when = p.short_month(plan.windows[i].finish, lang) if i < len(plan.windows) else ""
        if across:
            y = a.y + a.h / 2
            x1, x2 = a.x + a.w + 4, b.x - 4
            out += _arrow(x1, y, x2, y, dashed)
            mid = (x1 + x2) / 2
            kind_lines = wrap(kind, SMALL_SIZE, gap - 8, 3)
            for j, line in enumerate(reversed(kind_lines)):
                out.append(_text(mid, y - 7 - j * (SMALL_SIZE + 2), line, SMALL_SIZE))
            out.append(_text(mid, y + 7 + SMALL_SIZE, hrs, SMALL_SIZE))
            if when:
                out.append(_text(mid, y + 9 + 2 * SMALL_SIZE, when, SMALL_SIZE))
        else:
            x = a.x + a.w / 2
            y1, y2 = a.y + a.h + 4, b.y - 4
            out += _arrow(x, y1, x, y2, dashed)
            mid = (y1 + y2) / 2
            text = f"{kind} · {hrs} · {when}" if when else f"{kind} · {hrs}"
            for j, line in enumerate(wrap(text, SMALL_SIZE, total_w - x - 16, 2)):
                out.append(
                    f'<text x="{x + 12:.1f}" y="{mid + 4 + j * (SMALL_SIZE + 2):.1f}" '
                    f'font-size="{SMALL_SIZE}">{esc(line)}</text>'
                )
    out.append("</svg>")
    return "\n".join(out)
