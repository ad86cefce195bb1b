"""Object-constructing tags are refused and never run; the loader's positions hold for bytes
PyYAML's reader refuses (control characters)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from ecareer.load.parse import load_text

from robustness_catalogue import MINI, invoke

COMMANDS = [
    ("validate",),
    ("roles",),
    ("gap", "--from", "ops-specialist", "--to", "ops-director"),
    ("graph",),
]


def payload(marker: Path) -> str:
    return f"!!python/object/apply:os.system [{str(marker)!r}]".replace(
        repr(str(marker)), f'"touch {marker}"'
    )


def test_the_payload_is_live(tmp_path: Path) -> None:
    """The control experiment: PyYAML's unsafe loader does run it and makes the marker."""
    marker = tmp_path / "pwned"
    yaml.unsafe_load(f"x: {payload(marker)}\n")
    assert marker.exists()


@pytest.mark.parametrize("name", ["skills", "roles", "paths"])
def test_object_tags_in_data_never_run(tmp_path: Path, name: str) -> None:
    marker = tmp_path / "pwned"
    data = tmp_path / "data"
    shutil.copytree(MINI, data)
    text = (data / f"{name}.yaml").read_text("utf-8")
    (data / f"{name}.yaml").write_text(text + f"x: {payload(marker)}\n", "utf-8")
    for args in COMMANDS:
        result = invoke(*args, "--data", data)
        assert not result.crashed, result.traceback
        assert result.exit_code == 1
        assert "the tag !!python/object/apply:os.system is not allowed" in (
            result.stdout + result.stderr
        )
        assert not marker.exists()


def test_object_tags_in_a_profile_never_run(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    profile = tmp_path / "me.yaml"
    for text in (f"name: {payload(marker)}\n", f"skills:\n  sql: {payload(marker)}\n",
                 f"{payload(marker)}\n"):  # fmt: skip
        profile.write_text(text, "utf-8")
        result = invoke("gap", "--from", "ops-specialist", "--to", "ops-director",
                        "--profile", profile, "--data", MINI)  # fmt: skip
        assert not result.crashed, result.traceback
        assert result.exit_code == 2
        assert "Y005" in result.stderr
        assert not marker.exists()


@pytest.mark.parametrize("char", ["\x00", "\x01", "\x1b", "\x7f", "\ufffe"])
def test_refused_characters_are_located(char: str) -> None:
    """PyYAML's reader refuses some characters before parsing (a ReaderError, not a
    MarkedYAMLError): the problem must still say where, and read as one clean line."""
    text = "roles:\n  - id: a\n    name: x" + char + "y\n"
    problems = load_text(text, "f.yaml").problems
    assert [p.code for p in problems] == ["Y001"]
    assert (problems[0].line, problems[0].col) == (3, 12), problems[0]
    assert "<unicode string>" not in problems[0].message
    assert "\n" not in problems[0].message
