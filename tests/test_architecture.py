"""The shape of the package: layers that import only downwards, no cycle, files of one job.

Every import of an ``ecareer`` module counts, also one inside a function or under
``TYPE_CHECKING``: a lazy import is for start-up time, never a way round a cycle.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from conftest import ROOT

PACKAGE = ROOT / "src" / "ecareer"

#: The layers, lowest first (ARCHITECTURE.md). A module may import its own layer and below.
LAYERS = (
    "ecareer.contract",
    "ecareer.errors",
    "ecareer.load",
    "ecareer.validate",
    "ecareer.store",
    "ecareer.advise",
    "ecareer.render",
    "ecareer.cli",
    "ecareer.__main__",
)
MAX_LINES = 400


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> set[str]:
    """The ecareer modules ``path`` imports, anywhere in it."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    here = module_name(path)
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("ecareer"))
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("ecareer"):
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                found.add(
                    sub
                    if (PACKAGE.parent / sub.replace(".", "/")).exists()
                    or (PACKAGE.parent / (sub.replace(".", "/") + ".py")).exists()
                    else node.module
                )
    found.discard(here)
    found.discard("ecareer")  # the version string in __init__
    return found


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}
GRAPH = {name: imports(path) for name, path in MODULES.items()}


def layer(name: str) -> int:
    for i, prefix in enumerate(LAYERS):
        if name == prefix or name.startswith(prefix + "."):
            return i
    raise AssertionError(f"{name} is in no layer: add it to LAYERS and ARCHITECTURE.md")


def test_every_module_is_in_a_layer() -> None:
    for name in MODULES:
        if name != "ecareer":
            layer(name)


@pytest.mark.parametrize("name", sorted(n for n in MODULES if n != "ecareer"))
def test_imports_go_down_the_layers(name: str) -> None:
    upward = sorted(m for m in GRAPH[name] if m in MODULES and layer(m) > layer(name))
    assert not upward, f"{name} (layer {LAYERS[layer(name)]}) imports from above: {upward}"


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of ``graph`` (as a path that ends where it starts), or None."""
    white, grey, black = 0, 1, 2
    colour = dict.fromkeys(graph, white)
    for root in sorted(graph):
        if colour[root] != white:
            continue
        stack: list[tuple[str, list[str]]] = [(root, sorted(graph[root] & graph.keys()))]
        path = [root]
        colour[root] = grey
        while stack:
            node, todo = stack[-1]
            if not todo:
                colour[node] = black
                stack.pop()
                path.pop()
                continue
            nxt = todo.pop()
            if colour[nxt] == grey:
                return [*path[path.index(nxt) :], nxt]
            if colour[nxt] == white:
                colour[nxt] = grey
                path.append(nxt)
                stack.append((nxt, sorted(graph[nxt] & graph.keys())))
    return None


def test_there_is_no_import_cycle() -> None:
    cycle = find_cycle(GRAPH)
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_the_cycle_check_finds_a_cycle() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": set()}) is None


@pytest.mark.parametrize("name", sorted(MODULES))
def test_every_module_is_under_the_size_bound(name: str) -> None:
    lines = MODULES[name].read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{name} has {lines} lines: split it by job"


def test_architecture_md_names_every_layer() -> None:
    text = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
    for prefix in LAYERS[:-1]:
        short = prefix.removeprefix("ecareer.")
        assert f"`{short}/`" in text or f"`{short}.py`" in text, short


def test_the_string_catalogue_has_one_text_per_key() -> None:
    import re

    from ecareer.render import catalog

    assert not set(catalog.TABLES) & set(catalog.PLAN), "a key in both parts of the catalogue"
    for key, (en, zh) in catalog.STRINGS.items():
        assert set(re.findall(r"{(\w+)}", en)) == set(re.findall(r"{(\w+)}", zh)), key
