"""The dataset as a networkx graph: roles are nodes, moves are edges.

Built only when a command needs it (networkx takes a while to import), and never by
``validate``, ``gap``, ``roles`` or ``show``.
"""

from __future__ import annotations

from typing import Any

from ecareer.advise.moves import SIMILAR_YEARS, similar_from_role
from ecareer.contract.dataset import Dataset


def build_graph(ds: Dataset, *, similar: bool = False, family: str | None = None) -> Any:
    """A ``networkx.DiGraph`` of roles and moves; ``similar`` adds the inferred moves."""
    import networkx as nx

    g = nx.DiGraph()
    heads, levels = ds.heads, ds.requirements.levels  # no role record decoded
    for rid, fam, level in zip(heads.roles, heads.families, levels, strict=True):
        if family is None or fam == family:
            g.add_node(rid, family=fam, level=level)
    for p in ds.paths:
        if p.from_ in g and p.to in g:
            g.add_edge(p.from_, p.to, kind=str(p.kind), years=p.years, inferred=p.inferred)
    if similar:
        for rid in list(g.nodes):
            for other, sim in similar_from_role(ds, rid, many=True):
                if other in g and not g.has_edge(rid, other):
                    g.add_edge(
                        rid,
                        other,
                        kind="similar",
                        years=SIMILAR_YEARS,
                        similarity=sim,
                        inferred=True,
                    )
    return g


def reachable(ds: Dataset, start: str, target: str, *, similar: bool = False) -> bool:
    import networkx as nx

    return bool(nx.has_path(build_graph(ds, similar=similar), start, target))


def fewest_steps(ds: Dataset, start: str, target: str, *, similar: bool = False) -> int:
    import networkx as nx

    return int(nx.shortest_path_length(build_graph(ds, similar=similar), start, target))
