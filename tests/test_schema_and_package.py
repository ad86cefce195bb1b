"""JSON Schemas stay in step with the models; the wheel carries the data."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT, run


def test_committed_schemas_are_up_to_date() -> None:
    result = run("schema", "--out", ROOT / "schemas", "--check")
    assert result.exit_code == 0, result.stderr


def test_stale_schema_is_detected(tmp_path: Path) -> None:
    assert run("schema", "--out", tmp_path).exit_code == 0
    (tmp_path / "roles.schema.json").write_text("{}", encoding="utf-8")
    result = run("schema", "--out", tmp_path, "--check")
    assert result.exit_code == 1
    assert "roles.schema.json" in result.stderr


def test_schema_describes_the_contract() -> None:
    doc = run("schema").json()
    assert set(doc) == {
        "skills.schema.json",
        "roles.schema.json",
        "paths.schema.json",
        "profile.schema.json",
    }
    roles = doc["roles.schema.json"]
    role = roles["$defs"]["Role"]
    assert role["additionalProperties"] is False
    assert {"id", "name", "family", "level", "skills"} <= set(role["required"])
    assert "from" in doc["paths.schema.json"]["$defs"]["Path"]["properties"]


@pytest.mark.parametrize("name", ["skills", "roles", "paths"])
def test_data_files_document_themselves(name: str) -> None:
    text = (ROOT / "data" / f"{name}.yaml").read_text(encoding="utf-8")
    head = text.split("\n\n", 1)[0].splitlines()
    # the file opens with a comment block that declares the schema near its top
    assert all(line.startswith("#") for line in head), f"{name}.yaml must open with comments"
    assert f"# yaml-language-server: $schema=../schemas/{name}.schema.json" in head[:15]
    assert len(head) >= 10  # a real comment block, not a token line


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    [whl] = out.glob("ecareer-*.whl")
    return whl


@pytest.mark.slow
def test_wheel_contains_the_data(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in ("skills", "roles", "paths"):
        assert f"ecareer/data/{name}.yaml" in names


@pytest.mark.slow
def test_installed_wheel_validates_shipped_data_from_anywhere(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    # the dependencies come from this environment, offline; ecareer itself from the wheel
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    (Path(site) / "outer.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)],
        check=True,
        capture_output=True,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("ECAREER_")}
    env["PYTHONPATH"] = ""
    out = subprocess.run(
        [str(env_dir / "bin" / "ecareer"), "validate", "--format", "json"],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        env=env,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    doc = json.loads(out.stdout)
    assert doc["valid"] is True
    assert all(f.startswith(str(env_dir)) for f in doc["files"]), doc["files"]
