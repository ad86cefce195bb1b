"""Records: one definition per kind of entry, from which the models, the codec and JSON follow."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ecareer.contract import records as rec
from ecareer.contract.vocab import MoveKind

from conftest import MINI, ROOT


def test_records_are_frozen_values() -> None:
    a = rec.Move("a", "b", MoveKind.PROMOTION, 2.0)
    b = rec.Move("a", "b", MoveKind.PROMOTION, 2.0, milestones=())
    assert a == b and hash(a) == hash(b)
    assert a != rec.Move("a", "c", MoveKind.PROMOTION, 2.0)
    assert a != ("a", "b", MoveKind.PROMOTION, 2.0, (), (), False)
    with pytest.raises(AttributeError, match="frozen"):
        a.to = "c"  # type: ignore[misc]
    assert a.replace(to="c").to == "c" and a.to == "b"
    assert repr(a).startswith("Move(from_='a', to='b', kind=")
    assert not hasattr(a, "__dict__")


def test_a_record_refuses_missing_and_unknown_fields() -> None:
    with pytest.raises(TypeError, match="missing field 'years'"):
        rec.Move("a", "b", MoveKind.PROMOTION)
    with pytest.raises(TypeError, match="unknown fields"):
        rec.Move("a", "b", MoveKind.PROMOTION, 1.0, colour="red")
    with pytest.raises(TypeError, match="takes 7 fields"):
        rec.Move(*range(8))


def test_json_uses_the_files_names() -> None:
    doc = rec.as_json(rec.Move("a", "b", MoveKind.LATERAL, 1.0, (rec.Text("x", "y"),)))
    assert doc == {
        "from": "a",
        "to": "b",
        "kind": "lateral",
        "years": 1.0,
        "milestones": [{"en": "x", "zh": "y"}],
        "sources": [],
        "inferred": False,
    }


NEW_FIELD = "    tags: tuple[NonEmpty, ...] = ()\n"
PROBE = """
import json, sys
from pathlib import Path
from ecareer.contract.schemas import all_schemas
from ecareer.contract.records import as_json
from ecareer.store.codec import decode, encode
from ecareer.validate.build import build

ds, problems = build([Path(sys.argv[1])])
assert ds is not None, problems
skill = ds.skills["sql"]
back = decode(encode(ds), ds.files)
schema = all_schemas()["skills.schema.json"]["$defs"]["Skill"]["properties"]
print(json.dumps({
    "record": list(skill.tags),
    "cache": list(back.skills["sql"].tags),
    "json": as_json(skill)["tags"],
    "schema": "tags" in schema,
}))
"""


def test_a_new_field_takes_one_line(tmp_path: Path) -> None:
    """The recipe of ARCHITECTURE.md: one line in records.py, and validation, the cache and
    the JSON carry the field (a copy of the package is edited, never the real one)."""
    package = tmp_path / "src" / "ecareer"
    shutil.copytree(ROOT / "src" / "ecareer", package)
    records = package / "contract" / "records.py"
    text = records.read_text(encoding="utf-8")
    anchor = "    keywords: tuple[NonEmpty, ...] = ()\n    dimension: Dimension\n"
    assert anchor in text
    records.write_text(text.replace(anchor, anchor + NEW_FIELD, 1), encoding="utf-8")
    data = tmp_path / "data"
    shutil.copytree(MINI, data)
    skills = data / "skills.yaml"
    body = skills.read_text(encoding="utf-8")
    assert "  - id: sql\n" in body
    skills.write_text(
        body.replace("  - id: sql\n", "  - id: sql\n    tags: [Excel, 表格]\n", 1),
        encoding="utf-8",
    )
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(data)],
        env={"PYTHONPATH": str(tmp_path / "src"), "ECAREER_NO_CACHE": "1", "PATH": ""},
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    import json

    assert json.loads(out.stdout) == {
        "record": ["Excel", "表格"],
        "cache": ["Excel", "表格"],
        "json": ["Excel", "表格"],
        "schema": True,
    }
