"""The strict loader: what PyYAML lets through silently is an error here."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ecareer.contract.problems import RULES
from ecareer.load.parse import Loaded, load_text


def problems(text: str) -> list[tuple[str, int, int]]:
    return [(p.code, p.line, p.col) for p in load_text(text, "f.yaml").problems]


@pytest.mark.parametrize(
    "value",
    [
        "no",
        "No",
        "yes",
        "on",
        "OFF",
        "y",
        "n",
        "010",
        "0777",
        "1:30",
        "190:20:30",
        "1_000",
        "0b101",
        "2024-01-01",
        "1e3",
    ],
)
def test_yaml_11_surprises_are_errors(value: str) -> None:
    assert problems(f"x: {value}\n") == [("Y003", 1, 4)]


@pytest.mark.parametrize(
    ("text", "data"),
    [
        ("x: 'no'", {"x": "no"}),
        ('x: "010"', {"x": "010"}),
        ("x: !!str yes", {"x": "yes"}),
        ("x: 10", {"x": 10}),
        ("x: -2.5", {"x": -2.5}),
        ("x: true", {"x": True}),
        ("x: ~", {"x": None}),
        ("x: 0x1f", {"x": 31}),
        ("no: 1", {"no": 1}),  # keys are always text
        ("x: 1.30", {"x": 1.3}),
        ("x: |\n  no\n", {"x": "no\n"}),
    ],
)
def test_plain_values_follow_yaml_12(text: str, data: object) -> None:
    loaded = load_text(text, "f.yaml")
    assert loaded.ok, loaded.problems
    assert loaded.data == data


def test_duplicate_keys_are_all_reported() -> None:
    assert problems("a: 1\nb: 2\na: 3\nb: 4\n") == [("Y002", 3, 1), ("Y002", 4, 1)]


def test_alias_bomb_is_rejected_quickly() -> None:
    levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 9):
        prev = "a" if i == 1 else f"a{i - 1}"
        levels.append(f"a{i}: &a{i} [" + ",".join([f"*{prev}"] * 9) + "]")
    bomb = "\n".join(levels) + "\n"
    assert len(bomb.encode()) < 1024
    start = time.perf_counter()
    found = problems(bomb)
    assert time.perf_counter() - start < 0.5  # generous: it stops after ~100 aliases
    assert found[0][0] == "Y004"


def test_recursive_alias_is_rejected() -> None:
    assert problems("&a [*a]") == [("Y004", 1, 5)]


def test_object_tags_are_refused_and_never_run(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    found = problems(f"x: !!python/object/apply:os.system ['touch {marker}']\n")
    assert found == [("Y005", 1, 4)]
    assert not marker.exists()


def _nested_flow(depth: int) -> str:
    return "roles: " + "[" * depth + "]" * depth + "\n"


def _nested_block(depth: int) -> str:
    return "".join("  " * i + "k:\n" for i in range(depth)) + "  " * depth + "k: 1\n"


def _nested_seq(depth: int) -> str:
    return "".join("  " * i + "-\n" for i in range(depth)) + "  " * depth + "- x\n"


@pytest.fixture(params=["libyaml", "python"])
def parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run a test with libyaml's parser (when installed) and with PyYAML's pure-Python one:
    the loader's own bound decides, whichever parser there is and whatever its own limits."""
    import yaml

    import ecareer.load.parse as load

    if request.param == "python":
        monkeypatch.setattr(load, "_events", lambda text: iter(yaml.parse(text, yaml.SafeLoader)))
    elif getattr(yaml, "CSafeLoader", None) is None:
        pytest.skip("PyYAML is installed without libyaml")
    return str(request.param)


_DEEP = [
    (shape, where, depth)
    for shape, where in [
        (_nested_flow, (1, 71)),
        (_nested_block, (65, 129)),
        (_nested_seq, (65, 129)),
    ]
    for depth in (65, 100, 999, 1000, 1001, 3000)  # libyaml refuses 1000 itself in some versions
] + [(_nested_flow, (1, 71), 200_000)]


@pytest.mark.parametrize(("shape", "where", "depth"), _DEEP)
def test_deep_nesting_is_our_own_y006_whatever_the_parser(
    parser: str, shape: Callable[[int], str], where: tuple[int, int], depth: int
) -> None:
    found = load_text(shape(depth), "f.yaml").problems
    assert [(p.code, p.line, p.col) for p in found] == [("Y006", *where)]
    assert found[0].message == "nesting deeper than 64 levels"
    assert "check the brackets and indentation" in (found[0].hint or "")


@pytest.mark.parametrize("shape", [_nested_flow, _nested_block, _nested_seq])
def test_nesting_up_to_the_bound_loads(parser: str, shape: Callable[[int], str]) -> None:
    # 63 levels inside the top-level mapping (64 with the root) is the deepest allowed
    assert load_text(shape(63), "f.yaml").problems == []


def test_a_real_syntax_error_in_shallow_text_stays_a_syntax_error() -> None:
    # the depth scan runs when the parser fails; it must not turn every failure into Y006
    text = "a: [1, 2\nb: {c: [d, e]]\n" + "# [[[[[[[[[[[[[[[[[[[[[[[[[[[[\n" * 5
    assert [code for code, _, _ in problems(text)] == ["Y001"]


def test_two_documents_are_refused() -> None:
    assert problems("a: 1\n---\nb: 2\n") == [("Y001", 2, 1)]


def test_positions_are_one_based_and_point_at_keys() -> None:
    loaded = load_text("roles:\n  - id: x\n    skills:\n      - {skill: a}\n", "f", positions=True)
    assert loaded.locate(("roles", 0, "id")) == (2, 5)
    assert loaded.locate(("roles", 0, "skills", 0, "skill")) == (4, 10)
    assert loaded.locate(("roles", 0, "missing")) == (2, 5)


def test_byte_order_mark_and_utf8(tmp_path: pytest.TempPathFactory) -> None:
    from pathlib import Path

    from ecareer.load.parse import load_file

    path = Path(str(tmp_path)) / "bom.yaml"
    path.write_bytes("\ufeffname: 运营\n".encode())
    assert load_file(path).data == {"name": "运营"}
    path.write_bytes("name: 运营\n".encode("utf-16"))
    found = load_file(path).problems
    assert [p.code for p in found] == ["F003"]
    assert "UTF-16" in found[0].message


LOAD_RULES = {code for code in RULES if code.startswith("Y")}


def _plain(value: Any) -> bool:
    """Plain data: text keys; text, whole and real numbers, true/false, null; lists, mappings."""
    if isinstance(value, dict):
        return all(isinstance(k, str) and _plain(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_plain(v) for v in value)
    return value is None or isinstance(value, (str, int, float, bool))


def _at(data: Any, path: tuple[str | int, ...]) -> Any:
    for part in path:
        data = data[part]
    return data


def check_loaded(text: str, loaded: Loaded) -> None:
    """What load_text promises for any text, whatever it holds."""
    if loaded.problems:
        assert loaded.data is None, "data is given only for a file without problems"
    else:
        assert _plain(loaded.data), loaded.data
    last_line = len(text.splitlines()) + 1
    for p in loaded.problems:
        assert p.file == "f.yaml"
        assert p.code in LOAD_RULES, p  # the loader reports only its own rules
        assert 0 <= p.line <= last_line and p.col >= 0, p  # a place inside the text
        assert p.message, p
    if loaded.ok and loaded.positions is not None:
        # every recorded position names a value that is in the data
        for path in loaded.positions:
            _at(loaded.data, path)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_text_loads_or_reports_never_raises(text: str) -> None:
    check_loaded(text, load_text(text, "f.yaml"))


yaml_chars = st.sampled_from(list("ab-:[]{},&*!|>'\"#? \n\t0129.~%@`"))


@settings(max_examples=300, deadline=None)
@given(st.text(yaml_chars, max_size=120))
def test_yaml_looking_noise_never_raises(text: str) -> None:
    check_loaded(text, load_text(text, "f.yaml", positions=True))


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x1b"])
def test_forbidden_characters_are_located_after_multibyte_text(char: str) -> None:
    assert problems(f"a: 运营专员\nb: x{char}y\n") == [("Y001", 2, 5)]
