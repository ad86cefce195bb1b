"""The compiled dataset in the user cache: always fresh, never trusted when damaged.

No timing here: speed is measured by benchmarks/run.py, never in the tests.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from ecareer.cli.sources import shipped_data
from ecareer.contract.dataset import Dataset
from ecareer.store import cache, codec
from ecareer.store import key as cache_key
from ecareer.validate.build import build

from conftest import MINI, ROOT, run


def _benchmark(name: str) -> ModuleType:
    """A module of benchmarks/ (no package, and not put on sys.path for every test)."""
    spec = importlib.util.spec_from_file_location(
        f"bench_{name}", ROOT / "benchmarks" / f"{name}.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


generate = _benchmark("generate")

OVERLAY_ROLE = """\
roles:
  - id: ops-director
    name: {en: Head of Operations, zh: 运营负责人}
    family: operations
    level: senior
    summary: {en: Owns the e-commerce business, zh: 统筹电商业务}
    skills:
      - {skill: platform-rules, level: 4, importance: 5, essential: true}
"""


@pytest.fixture
def cache_dir(tmp_path: Path) -> Path:
    """The folder the autouse fixture in conftest points ECAREER_CACHE_DIR at."""
    return Path(os.environ["ECAREER_CACHE_DIR"])


def roles_json(data: Path, *extra: str | Path) -> list[dict[str, object]]:
    result = run("roles", "--json", "--data", data, *extra)
    assert result.exit_code == 0, result.stderr
    doc: list[dict[str, object]] = result.json()
    return doc


def name_of(doc: list[dict[str, object]], rid: str) -> object:
    return next(r["name"] for r in doc if r["id"] == rid)


def cache_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("dataset-*.cache")) if folder.is_dir() else []


def only_cache_file(folder: Path) -> Path:
    files = cache_files(folder)
    assert len(files) == 1, files
    return files[0]


def ecareer(*args: str | Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *[str(a) for a in args]],
        capture_output=True,
        text=True,
        env={**os.environ, "NO_COLOR": "1", "ECAREER_LANG": "en", **env},
        timeout=120,
        check=False,
    )


# --- the compiled form ---------------------------------------------------------------------


@pytest.mark.parametrize("folder", [MINI, shipped_data()], ids=["mini", "shipped"])
def test_the_compiled_dataset_equals_the_built_one(folder: Path) -> None:
    built, _ = build([folder], warnings=False)
    assert built is not None
    back = codec.decode(codec.encode(built), built.files)
    assert back == built
    assert built == back
    assert list(back.roles) == list(built.roles)
    assert list(back.skills) == list(built.skills)
    assert tuple(back.paths) == tuple(built.paths)
    assert dict(back.paths_from) == dict(built.paths_from)
    assert dict(back.paths_to) == dict(built.paths_to)
    assert dict(back.needed_by) == dict(built.needed_by)
    assert back.max_level == built.max_level


def test_a_hit_serves_the_same_data_without_building(
    mini_copy: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, problems = cache.load([mini_copy])
    assert first is not None
    assert problems == []
    only_cache_file(cache_dir)

    def no_build(*_: object, **__: object) -> None:
        raise AssertionError("a hit must not build")

    monkeypatch.setattr("ecareer.validate.build.build", no_build)
    second, _ = cache.load([mini_copy])
    assert isinstance(second, Dataset)
    assert second == first
    assert second.files == first.files


def test_cli_output_is_the_same_from_the_cache(mini_copy: Path, cache_dir: Path) -> None:
    cold = run("show", "ops-director", "--json", "--data", mini_copy)
    assert cache_files(cache_dir)
    warm = run("show", "ops-director", "--json", "--data", mini_copy)
    uncached = run(
        "show", "ops-director", "--json", "--data", mini_copy, env={"ECAREER_NO_CACHE": "1"}
    )
    assert cold.exit_code == warm.exit_code == uncached.exit_code == 0
    assert cold.stdout == warm.stdout == uncached.stdout


# --- always fresh --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("file", "old", "new", "check"),
    [
        (
            "roles.yaml",
            "en: Operations Director",
            "en: Director of Operations",
            lambda doc: (
                name_of(doc, "ops-director")
                == {
                    "en": "Director of Operations",
                    "zh": "电商运营总监",
                }
            ),
        ),
        (
            "skills.yaml",
            "effort: [6, 12, 24, 48, 96]",
            "effort: [6, 12, 24, 48, 97]",
            None,
        ),
        (
            "paths.yaml",
            "{from: ops-supervisor, to: ops-director, kind: promotion, years: 3}",
            "{from: ops-supervisor, to: ops-director, kind: promotion, years: 4}",
            None,
        ),
    ],
)
def test_an_edit_of_any_data_file_is_seen(
    mini_copy: Path, cache_dir: Path, file: str, old: str, new: str, check: object
) -> None:
    before = run("show", "ops-director", "--json", "--data", mini_copy)
    before_sql = run("show", "sql", "--json", "--data", mini_copy)
    stamp = only_cache_file(cache_dir).read_bytes()
    target = mini_copy / file
    text = target.read_text(encoding="utf-8")
    assert old in text
    target.write_text(text.replace(old, new), encoding="utf-8")

    after = run("show", "ops-director", "--json", "--data", mini_copy)
    after_sql = run("show", "sql", "--json", "--data", mini_copy)
    assert only_cache_file(cache_dir).read_bytes() != stamp  # rebuilt and rewritten
    assert (before.stdout, before_sql.stdout) != (after.stdout, after_sql.stdout)
    if callable(check):
        assert check(roles_json(mini_copy))
    uncached = run(
        "show", "ops-director", "--json", "--data", mini_copy, env={"ECAREER_NO_CACHE": "1"}
    )
    assert after.stdout == uncached.stdout


def test_an_edit_that_breaks_the_data_is_reported_not_served(mini_copy: Path) -> None:
    roles_json(mini_copy)
    roles = mini_copy / "roles.yaml"
    roles.write_text(roles.read_text(encoding="utf-8").replace("level: senior", "level: boss"))
    result = run("roles", "--json", "--data", mini_copy)
    assert result.exit_code == 1
    assert "does not validate" in result.stderr


def test_an_overlay_edit_and_a_new_overlay_file_are_seen(tmp_path: Path, mini_copy: Path) -> None:
    overlay = tmp_path / "overlay"
    overlay.mkdir()
    base = roles_json(mini_copy, "--overlay", overlay)  # an empty overlay folder
    assert name_of(base, "ops-director") == {"en": "Operations Director", "zh": "电商运营总监"}

    (overlay / "roles.yaml").write_text(OVERLAY_ROLE, encoding="utf-8")  # a new file
    doc = roles_json(mini_copy, "--overlay", overlay)
    assert name_of(doc, "ops-director") == {"en": "Head of Operations", "zh": "运营负责人"}

    edited = OVERLAY_ROLE.replace("Head of Operations", "Chief Operator")
    (overlay / "roles.yaml").write_text(edited, encoding="utf-8")  # an edit
    doc = roles_json(mini_copy, "--overlay", overlay)
    assert name_of(doc, "ops-director") == {"en": "Chief Operator", "zh": "运营负责人"}

    (overlay / "roles.yaml").unlink()  # gone again
    assert roles_json(mini_copy, "--overlay", overlay) == base


def test_a_data_file_changed_during_the_build_is_not_cached(
    mini_copy: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ecareer.validate.build

    real = ecareer.validate.build.build

    def build_then_edit(*args: object, **kwargs: object) -> object:
        out = real(*args, **kwargs)  # type: ignore[arg-type]
        roles = mini_copy / "roles.yaml"
        roles.write_text(roles.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
        return out

    monkeypatch.setattr(ecareer.validate.build, "build", build_then_edit)
    ds, _ = cache.load([mini_copy])
    assert ds is not None
    assert cache_files(cache_dir) == []


def test_invalid_data_is_never_cached(mini_copy: Path, cache_dir: Path) -> None:
    paths = mini_copy / "paths.yaml"
    paths.write_text(paths.read_text(encoding="utf-8").replace("to: ops-director", "to: nobody"))
    assert run("roles", "--data", mini_copy).exit_code == 1
    assert cache_files(cache_dir) == []


def test_the_key_covers_the_version_and_the_format(
    mini_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = cache_key.key([mini_copy])
    assert first is not None
    assert cache_key.key([mini_copy]) == first
    monkeypatch.setattr(cache_key, "__version__", "99.0.0")
    assert cache_key.key([mini_copy]) != first
    monkeypatch.undo()
    monkeypatch.setattr(cache_key, "FORMAT", cache_key.FORMAT + 1)
    assert cache_key.key([mini_copy]) != first


def test_no_key_without_every_base_file(mini_copy: Path) -> None:
    (mini_copy / "paths.yaml").unlink()
    assert cache_key.key([mini_copy]) is None


# --- never trusted when damaged ------------------------------------------------------------


def damage_truncate(blob: bytes) -> bytes:
    return blob[: len(blob) // 2]


def damage_flip(blob: bytes) -> bytes:
    at = len(blob) - 10
    return blob[:at] + bytes([blob[at] ^ 0x55]) + blob[at + 1 :]


def damage_other_version(blob: bytes) -> bytes:
    return blob[: len(cache.MAGIC)] + bytes(32) + blob[len(cache.MAGIC) + 32 :]


def damage_other_format(blob: bytes) -> bytes:
    return b"ecareer-cache-0\n" + blob[len(cache.MAGIC) :]


def damage_empty(_: bytes) -> bytes:
    return b""


def damage_garbage(blob: bytes) -> bytes:
    return os.urandom(len(blob))


def damage_payload_not_marshal(blob: bytes) -> bytes:
    """A whole, checksummed file whose payload is no dataset: decoding fails, still a miss."""
    import zlib

    payload = b"\x00" * 64
    head = blob[: len(cache.MAGIC) + 32]
    return (
        head
        + len(payload).to_bytes(8, "little")
        + zlib.crc32(payload).to_bytes(4, "little")
        + payload
    )


@pytest.mark.parametrize(
    "damage",
    [
        damage_truncate,
        damage_flip,
        damage_other_version,
        damage_other_format,
        damage_empty,
        damage_garbage,
        damage_payload_not_marshal,
    ],
)
def test_a_damaged_cache_file_is_rebuilt(
    mini_copy: Path, cache_dir: Path, damage: Callable[[bytes], bytes]
) -> None:
    good = roles_json(mini_copy)
    path = only_cache_file(cache_dir)
    whole = path.read_bytes()
    path.write_bytes(damage(whole))
    assert cache.read([mini_copy], cache_key.key([mini_copy]) or b"") is None
    assert roles_json(mini_copy) == good
    assert path.read_bytes() == whole  # rewritten whole


def test_a_cache_path_that_is_a_folder_is_no_crash(
    mini_copy: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache_dir.mkdir(parents=True)
    blocked = cache.cache_file([mini_copy])
    blocked.mkdir()
    served = roles_json(mini_copy)
    assert blocked.is_dir() and list(blocked.iterdir()) == []  # left alone
    monkeypatch.setenv("ECAREER_NO_CACHE", "1")
    assert served == roles_json(mini_copy)  # the same answer as without any cache


def test_an_unwritable_cache_folder_is_no_error(mini_copy: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = run(
        "roles", "--json", "--data", mini_copy, env={"ECAREER_CACHE_DIR": str(blocker / "x")}
    )
    assert result.exit_code == 0
    assert result.stderr == ""


def test_a_new_cache_folder_is_private(mini_copy: Path, tmp_path: Path) -> None:
    folder = tmp_path / "xdg" / "ecareer"
    old = os.umask(0)  # the most permissive umask: the folder is private all the same
    try:
        result = run("roles", "--json", "--data", mini_copy, env={"ECAREER_CACHE_DIR": str(folder)})
    finally:
        os.umask(old)
    assert result.exit_code == 0
    assert folder.stat().st_mode & 0o777 == 0o700
    assert [p.stat().st_mode & 0o777 for p in folder.iterdir()] == [0o600]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root to chown")
def test_a_cache_folder_of_another_user_is_not_used(mini_copy: Path, tmp_path: Path) -> None:
    folder = tmp_path / "theirs"
    folder.mkdir(mode=0o700)
    os.chown(folder, 65534, 65534)
    result = run("roles", "--json", "--data", mini_copy, env={"ECAREER_CACHE_DIR": str(folder)})
    assert result.exit_code == 0
    assert "not using the cache folder" in result.stderr
    assert "belongs to another user" in result.stderr
    assert list(folder.iterdir()) == []


def test_no_cache_is_read_or_written_with_ecareer_no_cache(
    mini_copy: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ECAREER_NO_CACHE", "1")
    roles_json(mini_copy)
    assert cache_files(cache_dir) == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_the_key_never_reads_a_fifo(mini_copy: Path) -> None:
    (mini_copy / "roles.yaml").unlink()
    os.mkfifo(mini_copy / "roles.yaml")
    assert cache_key.key([mini_copy]) is None  # and did not block


def test_a_huge_length_in_the_header_is_no_huge_read(mini_copy: Path, cache_dir: Path) -> None:
    roles_json(mini_copy)
    path = only_cache_file(cache_dir)
    blob = path.read_bytes()
    at = len(cache.MAGIC) + 32
    path.write_bytes(blob[:at] + (2**62).to_bytes(8, "little") + blob[at + 8 :])
    assert cache.read([mini_copy], cache_key.key([mini_copy]) or b"") is None


def test_no_home_folder_means_no_cache(mini_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.delenv("ECAREER_CACHE_DIR")
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(Path, "home", no_home)
    assert cache.cache_dir() is None
    assert roles_json(mini_copy)


def test_where_the_cache_lives(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ECAREER_CACHE_DIR", str(tmp_path / "explicit"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.cache_dir() == tmp_path / "explicit"
    monkeypatch.delenv("ECAREER_CACHE_DIR")
    assert cache.cache_dir() == tmp_path / "xdg" / "ecareer"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/is/ignored")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache.cache_dir() == tmp_path / "home" / ".cache" / "ecareer"


# --- processes -----------------------------------------------------------------------------


def test_two_processes_building_at_once_both_succeed(mini_copy: Path, tmp_path: Path) -> None:
    env = {"ECAREER_CACHE_DIR": str(tmp_path / "fresh")}
    argv = [sys.executable, "-m", "ecareer", "roles", "--json", "--data", str(mini_copy)]
    full_env = {**os.environ, "NO_COLOR": "1", "ECAREER_LANG": "en", **env}
    procs = [
        subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=full_env)
        for _ in range(2)
    ]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err for _, err in outs]
    assert outs[0][0] == outs[1][0]
    assert json.loads(outs[0][0])
    only_cache_file(tmp_path / "fresh")
    assert not list((tmp_path / "fresh").glob("*.tmp"))  # no temporary file left behind
    third = ecareer("-m", "ecareer", "roles", "--json", "--data", mini_copy, env=env)
    assert third.stdout.encode() == outs[0][0]


def imported(importtime: str) -> dict[str, str | None]:
    """Module -> the module whose import imported it (None at the top), from -X importtime."""
    rows = []
    for line in importtime.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        name = line.rsplit("|", 1)[1]
        rows.append((len(name) - len(name.lstrip()), name.strip()))
    parents: dict[str, str | None] = {}
    for i, (depth, name) in enumerate(rows):  # children are printed before their parent
        parent = next((n for d, n in rows[i + 1 :] if d < depth), None)
        parents[name] = parent
    return parents


def test_a_cache_hit_imports_neither_pydantic_nor_yaml(mini_copy: Path, tmp_path: Path) -> None:
    env = {"ECAREER_CACHE_DIR": str(tmp_path / "fresh")}
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from ecareer.cli.options import Settings\n"
        f"ds = Settings(data=Path({str(mini_copy)!r})).dataset()\n"
        "assert ds.roles['ops-director'].skills\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pydantic', 'yaml')))\n"
    )
    first = ecareer("-c", code, env=env)
    assert first.returncode == 0, first.stderr
    assert "pydantic" in first.stdout  # a miss builds: validation needs Pydantic
    second = ecareer("-c", code, env=env)
    assert second.returncode == 0, second.stderr
    assert second.stdout == "[]\n"


def test_a_cached_command_imports_no_validation_module(mini_copy: Path, tmp_path: Path) -> None:
    """The whole command through the CLI. Typer itself (0.29+) may import Pydantic to coerce
    command-line values; nothing of ecareer's may."""
    env = {"ECAREER_CACHE_DIR": str(tmp_path / "fresh")}
    argv = ("-X", "importtime", "-m", "ecareer", "roles", "--json", "--data", mini_copy)
    first = ecareer(*argv, env=env)
    assert first.returncode == 0
    assert "ecareer.contract.models" in imported(first.stderr)
    second = ecareer(*argv, env=env)
    assert second.returncode == 0
    assert second.stdout == first.stdout
    mods = imported(second.stderr)
    for name in (
        "yaml",
        "ecareer.contract.models",
        "ecareer.validate.build",
        "ecareer.load.parse",
        "ecareer.validate.rules",
    ):
        assert name not in mods
    if "pydantic" in mods:
        assert mods["pydantic"] is not None
        assert mods["pydantic"].startswith("typer"), mods["pydantic"]


# --- the benchmark data --------------------------------------------------------------------


def test_generated_data_validates_without_problems(tmp_path: Path) -> None:
    script = ROOT / "benchmarks" / "generate.py"
    made = ecareer(script, tmp_path / "gen", "--roles", "60", "--skills", "200", env={})
    assert made.returncode == 0, made.stderr
    counts = dict(part.split("=") for part in made.stdout.split())
    assert counts["roles"] == "60"
    assert counts["skills"] == "200"
    assert int(counts["requirements"]) > 30 * 60
    assert int(counts["paths"]) > 5 * 60
    result = run("validate", "--data", tmp_path / "gen", "--strict", "-f", "json")
    assert result.exit_code == 0, result.stdout
    assert result.json()["problems"] == []
    routed = run(
        "route",
        "--from",
        "r0000-operations-junior",
        "--to",
        "r0054-operations-senior",
        "--data",
        tmp_path / "gen",
        "--json",
    )
    assert routed.exit_code == 0, routed.stderr


def test_generated_data_is_the_same_for_the_same_seed(tmp_path: Path) -> None:
    generate.generate(tmp_path / "a", roles=60, skills=200, seed=3)
    generate.generate(tmp_path / "b", roles=60, skills=200, seed=3)
    generate.generate(tmp_path / "c", roles=60, skills=200, seed=4)
    for name in ("skills.yaml", "roles.yaml", "paths.yaml"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    assert (tmp_path / "a" / "roles.yaml").read_bytes() != (
        tmp_path / "c" / "roles.yaml"
    ).read_bytes()
