"""The career graph as Mermaid, Graphviz dot or JSON. Labels are escaped for each syntax."""

from __future__ import annotations

import json
from typing import Any

from ecareer.contract.dataset import Dataset
from ecareer.render.escape import clean, json_safe
from ecareer.render.i18n import pick


def mermaid_label(text: str) -> str:
    """Text safe inside a quoted Mermaid label: quotes, brackets, pipes become entities."""
    out = clean(text)
    for ch, ent in (
        ("&", "#amp;"),
        ('"', "#quot;"),
        ("<", "#lt;"),
        (">", "#gt;"),
        ("|", "#124;"),
        ("[", "#91;"),
        ("]", "#93;"),
        ("{", "#123;"),
        ("}", "#125;"),
        ("`", "#96;"),
    ):
        out = out.replace(ch, ent)
    return out


def node_id(rid: str) -> str:
    """A Mermaid node id that no keyword (``end``, ``graph``...) can collide with."""
    return "r_" + rid.replace("-", "_")


def mermaid(ds: Dataset, g: Any, lang: str) -> str:
    lines = ["flowchart LR"]
    for rid in sorted(g.nodes):
        lines.append(f'  {node_id(rid)}["{mermaid_label(pick(ds.roles[rid].name, lang))}"]')
    for a, b, data in sorted(g.edges(data=True)):
        arrow = "-->" if data["kind"] == "promotion" else "-.->"
        lines.append(f"  {node_id(a)} {arrow} {node_id(b)}")
    return "\n".join(lines) + "\n"


def dot_string(text: str) -> str:
    return '"' + clean(text).replace("\\", "\\\\").replace('"', '\\"') + '"'


def dot(ds: Dataset, g: Any, lang: str) -> str:
    lines = ["digraph ecareer {", "  rankdir=LR;", "  node [shape=box];"]
    for rid in sorted(g.nodes):
        lines.append(f"  {dot_string(rid)} [label={dot_string(pick(ds.roles[rid].name, lang))}];")
    for a, b, data in sorted(g.edges(data=True)):
        style = "solid" if data["kind"] == "promotion" else "dashed"
        edge_label = dot_string(data["kind"])
        lines.append(f"  {dot_string(a)} -> {dot_string(b)} [style={style}, label={edge_label}];")
    lines.append("}")
    return "\n".join(lines) + "\n"


def as_json(ds: Dataset, g: Any, lang: str) -> str:
    doc = {
        "nodes": [
            {
                "id": rid,
                "name": {"en": ds.roles[rid].name.en, "zh": ds.roles[rid].name.zh},
                "family": data["family"],
                "level": data["level"],
            }
            for rid, data in sorted(g.nodes(data=True))
        ],
        "edges": [
            {
                "from": a,
                "to": b,
                **{k: v for k, v in data.items() if k != "inferred"},
                "inferred": bool(data.get("inferred")),
            }
            for a, b, data in sorted(g.edges(data=True))
        ],
    }
    return json_safe(json.dumps(doc, ensure_ascii=False, indent=2)) + "\n"
