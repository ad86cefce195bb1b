"""Locating a path by reloading only its entry gives exactly what the whole file's positions
give (ecareer.load.locate): for every value of the shipped data, and of shapes the entry
slicing does not fit (flow lists, anchors across entries, comments, a last entry)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ecareer.load.locate import Locator
from ecareer.load.parse import load_text

DATA = Path(__file__).resolve().parents[1] / "data"


def _every_path_agrees(text: str) -> int:
    whole = load_text(text, "f.yaml", positions=True)
    assert whole.positions is not None
    first = load_text(text, "f.yaml")
    locator = Locator("f.yaml", text, first)
    paths = list(whole.positions)
    for path in paths:
        assert locator.locate(path) == whole.locate(path), path
        # a path below a value (a field that is missing) finds its nearest ancestor
        assert locator.locate((*path, "missing")) == whole.locate((*path, "missing")), path
    return len(paths)


@pytest.mark.parametrize("name", ["skills", "roles", "paths"])
def test_shipped_files(name: str) -> None:
    text = (DATA / f"{name}.yaml").read_text(encoding="utf-8")
    assert _every_path_agrees(text) > 100


ODD = [
    # a flow-style list: entries share lines
    "roles: [{id: a, skills: [{skill: x, level: 1}]}, {id: b}]\n",
    # an alias to an anchor of an earlier entry
    "roles:\n  - &r {id: a, level: 1}\n  - id: b\n    copy: *r\n",
    # comments and blank lines between entries, a second list after the first
    "scale:\n  - level: 1\n    name: a\n\n# note\n  - level: 2\nskills:\n  - id: x\n\n",
    # entries that are not mappings, and a mapping after them
    "paths:\n  - 1\n  - [a, b]\n  - from: a\n    to: b\n",
    # a multi-line scalar in the last entry
    "skills:\n  - id: x\n    description: |\n      one\n      two\n",
    # an unindented list
    "roles:\n- id: a\n  level: 1\n- id: b\n",
    # line breaks other than \n (YAML counts them; the entries are never cut at them)
    "roles:\r\n  - id: a\r\n    level: 1\r\n  - id: b\r\n",
    "roles:\r  - id: a\r    level: 1\r  - id: b\r",
    "roles:\n  - id: a\u2028    level: 1\n  - id: b\n    name: x\x85y\n",
]


@pytest.mark.parametrize("text", ODD)
def test_odd_shapes(text: str) -> None:
    _every_path_agrees(text)


_key = st.sampled_from(["id", "level", "name", "skills"])
_scalar = st.one_of(st.integers(0, 9), st.sampled_from(["a", "b c", "中文"]))
_entry = st.dictionaries(
    _key, st.one_of(_scalar, st.lists(st.dictionaries(_key, _scalar, max_size=3), max_size=3))
)


def _dump(data: object, style: bool | None) -> str:
    import yaml

    return yaml.safe_dump(data, default_flow_style=style, allow_unicode=True, sort_keys=False)


@settings(max_examples=60, deadline=None)
@given(
    st.dictionaries(st.sampled_from(["roles", "skills", "paths"]), st.lists(_entry, max_size=4)),
    st.sampled_from([False, None]),
)
def test_generated_files(data: dict[str, list[dict[str, object]]], style: bool | None) -> None:
    _every_path_agrees(_dump(data, style))


def test_an_entry_costs_its_own_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    """Locating inside entries never reloads the whole file, only each entry's lines."""
    import ecareer.load.locate as locate

    text = (DATA / "roles.yaml").read_text(encoding="utf-8")
    whole = load_text(text, "roles.yaml", positions=True)
    sizes: list[int] = []

    def counted(t: str, shown: str, **kw: bool) -> object:
        sizes.append(len(t))
        return load_text(t, shown, **kw)

    monkeypatch.setattr(locate, "load_text", counted)
    locator = Locator("roles.yaml", text, load_text(text, "roles.yaml"))
    deep = [p for p in whole.positions or {} if len(p) >= 3]
    for path in deep:
        assert locator.locate(path) == whole.locate(path)
    roles = len({p[1] for p in deep})
    assert roles > 50 and len(sizes) <= roles  # one load per entry, at most
    assert max(sizes) < len(text) / 20
