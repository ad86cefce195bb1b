"""The career graph as Mermaid, Graphviz dot or JSON. Labels are escaped for each syntax."""

from __future__ import annotations

import json
import math
from typing import Any

from ecareer.contract.dataset import Dataset
from ecareer.render.escape import clean, json_safe


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


def _names(ds: Dataset, lang: str) -> dict[str, str]:
    """Each role's name in ``lang``, from the dataset's heads (no role record decoded)."""
    side = 1 if lang == "zh" else 0
    heads = ds.heads
    return {rid: name[side] for rid, name in zip(heads.roles, heads.names, strict=True)}


def mermaid(ds: Dataset, g: Any, lang: str) -> str:
    lines = ["flowchart LR"]
    names = _names(ds, lang)
    for rid in sorted(g.nodes):
        lines.append(f'  {node_id(rid)}["{mermaid_label(names[rid])}"]')
    for a, b, data in sorted(g.edges(data=True)):
        arrow = "-->" if data["kind"] == "promotion" else "-.->"
        lines.append(f"  {node_id(a)} {arrow} {node_id(b)}")
    return "\n".join(lines) + "\n"


def dot_string(text: str) -> str:
    return '"' + clean(text).replace("\\", "\\\\").replace('"', '\\"') + '"'


def dot(ds: Dataset, g: Any, lang: str) -> str:
    lines = ["digraph ecareer {", "  rankdir=LR;", "  node [shape=box];"]
    names = _names(ds, lang)
    for rid in sorted(g.nodes):
        lines.append(f"  {dot_string(rid)} [label={dot_string(names[rid])}];")
    for a, b, data in sorted(g.edges(data=True)):
        style = "solid" if data["kind"] == "promotion" else "dashed"
        edge_label = dot_string(data["kind"])
        lines.append(f"  {dot_string(a)} -> {dot_string(b)} [style={style}, label={edge_label}];")
    lines.append("}")
    return "\n".join(lines) + "\n"


def as_json(ds: Dataset, g: Any, lang: str) -> str:
    names = dict(zip(ds.heads.roles, ds.heads.names, strict=True))
    doc = {
        "nodes": [
            {
                "id": rid,
                "name": {"en": names[rid][0], "zh": names[rid][1]},
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
    return json_safe(_indented(doc, "\n")) + "\n"


def _indented(value: Any, nl: str) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=2)``, the same text, several times
    faster (json's indenting encoder is pure Python: seconds for a graph of ESCO's size).
    ``nl`` is the newline with the indent of ``value``'s depth."""
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = nl + "  "
        items = []
        for k, v in value.items():
            kind = type(v)  # the common scalars here, without a call each
            if kind is str:
                text = _string(v)
            elif kind is bool:
                text = "true" if v else "false"
            elif kind is float and math.isfinite(v):
                text = float.__repr__(v)
            else:
                text = _indented(v, inner)
            items.append(_string(str(k)) + ": " + text)
        return "{" + inner + ("," + inner).join(items) + nl + "}"
    if isinstance(value, list):
        if not value:
            return "[]"
        inner = nl + "  "
        return "[" + inner + ("," + inner).join([_indented(v, inner) for v in value]) + nl + "]"
    if value is True or value is False:
        return "true" if value else "false"
    if type(value) is float and math.isfinite(value):
        return float.__repr__(value)  # as json writes a float
    return json.dumps(value)  # any other number, None: as json writes them


_string = json.encoder.encode_basestring  # the C one, as json.dumps(ensure_ascii=False)
