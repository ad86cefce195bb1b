"""The rules about cycles: promotions that come back round, prerequisites that need themselves.

Both look at the merged view of the layers: the latest entry per id (per from and to, for a
path), as the dataset will hold it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import Any

from ecareer.contract.problems import Problem
from ecareer.contract.say import say
from ecareer.contract.vocab import MoveKind
from ecareer.validate.draft import Draft, Entry


def find_cycles(edges: dict[str, list[str]]) -> list[list[str]]:
    """Distinct cycles in a directed graph, without recursion (graphs may be large).

    Kahn's algorithm strips every node that is on no cycle and leads into none; each node
    left has a predecessor that is left too, so walking predecessors must close a cycle.
    """
    indegree: dict[str, int] = defaultdict(int)
    preds: dict[str, list[str]] = defaultdict(list)
    nodes = set(edges)
    for a, bs in edges.items():
        for b in bs:
            nodes.add(b)
            indegree[b] += 1
            preds[b].append(a)
    queue = [n for n in nodes if indegree[n] == 0]
    removed = set(queue)
    while queue:
        n = queue.pop()
        for b in edges.get(n, ()):
            indegree[b] -= 1
            if indegree[b] == 0 and b not in removed:
                removed.add(b)
                queue.append(b)
    left = nodes - removed
    cycles: list[list[str]] = []
    done: set[str] = set()
    for start in sorted(left):
        if start in done:
            continue
        walk: list[str] = []
        index: dict[str, int] = {}
        node = start
        while node not in index and node not in done:
            index[node] = len(walk)
            walk.append(node)
            node = next(p for p in sorted(preds[node]) if p in left)
        done.update(walk)
        if node in index:
            cycle = walk[index[node] :]
            cycle.reverse()
            cycles.append(cycle)
    return cycles


def _cycle_problems(
    cycles: list[list[str]], at: Callable[[str, str], Entry[Any] | None], code: str, what: str
) -> list[Problem]:
    out = []
    for cycle in cycles:
        first = min(range(len(cycle)), key=lambda i: cycle[i])
        cycle = cycle[first:] + cycle[:first]
        entry = at(cycle[0], cycle[1 % len(cycle)])
        if entry is None:
            continue
        loop = " -> ".join([*cycle, cycle[0]])
        said = say("p_cycle", what=say(what), loop=loop)
        out.append(entry.problem(code, said, hint=say("h_break_cycle")))
    return out


def merged(entries: list[Entry[Any]], key: Callable[[Any], Any]) -> list[Entry[Any]]:
    """The entries the merged dataset holds: the latest per key across the layers (as
    :func:`ecareer.validate.build.merge` takes them), so that an entry an overlay replaced
    is not checked, and a problem points at the overlay's file."""
    latest: dict[Any, Entry[Any]] = {}
    for e in entries:
        latest[key(e.item)] = e
    return list(latest.values())


def check_promotion_cycles(draft: Draft) -> list[Problem]:
    edges: dict[str, list[str]] = defaultdict(list)
    where: dict[tuple[str, str], Entry[Any]] = {}
    for e in merged(draft.paths, lambda p: (p.from_, p.to)):
        p = e.item
        if p.kind is MoveKind.PROMOTION and p.from_ != p.to:
            edges[p.from_].append(p.to)
            where.setdefault((p.from_, p.to), e)
    return _cycle_problems(
        find_cycles(edges), lambda a, b: where.get((a, b)), "E106", "t_promotions"
    )


def check_prerequisite_cycles(draft: Draft) -> list[Problem]:
    edges: dict[str, list[str]] = defaultdict(list)
    where: dict[str, Entry[Any]] = {}
    for e in merged(draft.skills, lambda s: s.id):
        where.setdefault(e.item.id, e)
        for pre in e.item.prerequisites:
            if pre.skill != e.item.id:
                edges[e.item.id].append(pre.skill)
    return _cycle_problems(
        find_cycles(edges), lambda a, _b: where.get(a), "E107", "t_prerequisites"
    )
