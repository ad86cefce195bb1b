"""Faults outside ecareer's control that need more than one catalogue row can say.

A write that fails at each step of the atomic write, a real Ctrl-C (SIGINT) in a child
process, a reader that closes the pipe, several processes building the cache at once, a
damaged cache. Child processes have a generous watchdog (a subprocess timeout), never a
timing assertion. Single faults (a full disk, a file size limit, a named pipe, /dev/zero,
/dev/full) are rows of the robustness catalogue.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from robustness_catalogue import KEEP, MINI, has_command, invoke

WATCHDOG = 60  # seconds: a hang fails the test instead of the whole run
PLAN = ("plan", "--from", "ops-assistant", "--to", "ops-director", "--start", "2026-01-05")
posix_only = pytest.mark.skipif(os.name != "posix", reason="needs POSIX signals and limits")


def ecareer(
    *args: str | Path, cwd: Path, timeout: float = WATCHDOG, **kwargs: object
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ecareer", *map(str, args)],
        cwd=cwd,
        env=child_env(cwd),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        check=False,
        **kwargs,  # type: ignore[call-overload]
    )


def child_env(cwd: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ECAREER_", "FORCE_COLOR"))}
    env.update(
        NO_COLOR="1",
        ECAREER_LANG="en",
        ECAREER_CACHE_DIR=str(cwd / "cache"),
        PYTHONDONTWRITEBYTECODE="1",
        COLUMNS="100",
    )
    return env


def needs_plan() -> None:
    if not has_command("plan"):
        pytest.skip("the `plan` command does not exist in this build yet")


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".") and "tmp" in p.name)


# --- writing a plan --------------------------------------------------------------------------


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="root writes into read-only folders anyway"
)
def test_plan_into_a_read_only_folder(tmp_path: Path) -> None:
    needs_plan()
    folder = tmp_path / "ro"
    folder.mkdir()
    (folder / "plan.md").write_text(KEEP, "utf-8")
    folder.chmod(0o555)
    try:
        result = invoke(*PLAN, "--data", MINI, "-o", folder / "plan.md", "--force")
    finally:
        folder.chmod(0o755)
    assert not result.crashed, result.traceback
    assert result.exit_code == 1
    assert "permission denied" in result.stderr
    assert (folder / "plan.md").read_text("utf-8") == KEEP
    assert [p.name for p in folder.iterdir()] == ["plan.md"]


@pytest.mark.parametrize("fail_at", ["mkstemp", "write", "fsync", "replace"])
@pytest.mark.parametrize("error", [errno.ENOSPC, errno.EIO, errno.EDQUOT, "interrupt"])
def test_plan_write_fails_anywhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fail_at: str, error: int | str
) -> None:
    """Whatever step of the atomic write fails, the old file is intact and nothing is left."""
    import tempfile

    needs_plan()
    (tmp_path / "plan.md").write_text(KEEP, "utf-8")
    exc: BaseException = (
        KeyboardInterrupt() if error == "interrupt" else OSError(error, os.strerror(int(error)))
    )

    def fail(*args: object, **kwargs: object) -> object:
        raise exc

    if fail_at == "mkstemp":
        monkeypatch.setattr(tempfile, "mkstemp", fail)
    elif fail_at == "write":
        real = os.fdopen

        class Handle:
            def __init__(self, fd: int, *a: object, **k: object) -> None:
                self.inner = real(fd, *a, **k)  # type: ignore[call-overload]

            def write(self, data: bytes) -> int:
                raise exc

            def __enter__(self) -> Handle:
                return self

            def __exit__(self, *exc_info: object) -> None:
                self.inner.close()

        monkeypatch.setattr(os, "fdopen", Handle)
    else:
        monkeypatch.setattr(os, fail_at, fail)
    result = invoke(*PLAN, "--data", MINI, "-o", tmp_path / "plan.md", "--force")
    monkeypatch.undo()
    assert not result.crashed, result.traceback
    if error == "interrupt":
        assert result.exit_code == 130
        assert "interrupted" in result.stderr
    else:
        assert result.exit_code == 1
        assert result.stderr.startswith("error: cannot write the plan to")
    assert (tmp_path / "plan.md").read_text("utf-8") == KEEP
    assert leftovers(tmp_path) == []


@posix_only
def test_output_into_a_closed_pipe(tmp_path: Path) -> None:
    """``ecareer roles | head -0``: the reader went away; quietly done, no traceback."""
    for args in [("roles",), ("roles", "--json"), ("graph",)]:
        with subprocess.Popen(
            [sys.executable, "-m", "ecareer", *args, "--data", str(MINI)],
            cwd=tmp_path,
            env=child_env(tmp_path),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        ) as child:
            assert child.stdout is not None and child.stderr is not None
            child.stdout.close()
            err = child.stderr.read().decode("utf-8", "replace")
            code = child.wait(timeout=WATCHDOG)
        assert "Traceback" not in err and "Exception ignored" not in err, (args, err)
        assert code in (0, 1), args


# --- Ctrl-C ----------------------------------------------------------------------------------


def many_roles(folder: Path, n: int) -> None:
    """The mini data with ``n`` more roles, written as text (quick for thousands)."""
    shutil.copytree(MINI, folder)
    extra = "".join(
        f"  - id: gen-{i}\n    name: {{en: Generated role {i}, zh: 角色{i}}}\n"
        "    family: operations\n    level: mid\n    summary: {en: A role, zh: 一个角色}\n"
        "    skills:\n      - {skill: sql, level: 2, importance: 3}\n"
        for i in range(n)
    )
    with (folder / "roles.yaml").open("a", encoding="utf-8") as handle:
        handle.write(extra)


@posix_only
def test_sigint_exits_130_without_a_traceback(tmp_path: Path) -> None:
    """A real Ctrl-C (SIGINT) in the middle of a command: exit 130, "interrupted", nothing else.

    The child writes a long answer into a pipe the test stops reading after one byte, so it
    is blocked inside the command, writing, when the signal comes. (Ctrl-C while a plan is
    written to -o is the catalogue's plan-interrupted case.)
    """
    data = tmp_path / "data"
    many_roles(data, 1500)
    with subprocess.Popen(
        [sys.executable, "-m", "ecareer", "roles", "--json", "--data", str(data)],
        cwd=tmp_path,
        env=child_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as child:
        assert child.stdout is not None
        try:
            assert child.stdout.read(1) == b"["  # it is answering...
            time.sleep(0.3)  # ...and blocks once the pipe is full (the answer is ~300 kB)
            child.send_signal(signal.SIGINT)
            rest, err = child.communicate(timeout=WATCHDOG)
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
    assert child.returncode == 130, err.decode()
    assert err.decode() == "interrupted\n"
    assert len(rest) > 0


# --- two processes at once -------------------------------------------------------------------


def test_concurrent_first_runs_share_the_cache(tmp_path: Path) -> None:
    """Several processes build the (empty) cache at the same moment: all succeed, all agree.

    Black-box: whatever the cache keeps where, ECAREER_CACHE_DIR is shared and fresh.
    """
    data = tmp_path / "data"
    shutil.copytree(MINI, data)
    env = child_env(tmp_path)
    for round_ in range(2):
        env["ECAREER_CACHE_DIR"] = str(tmp_path / f"cache{round_}")
        args = [sys.executable, "-m", "ecareer", "roles", "--json", "--data", str(data)]
        with contextlib.ExitStack() as stack:
            children = [
                stack.enter_context(
                    subprocess.Popen(
                        args, cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
                    )
                )
                for _ in range(4)
            ]
            outputs = [child.communicate(timeout=WATCHDOG) for child in children]
        for child, (out, err) in zip(children, outputs, strict=True):
            assert child.returncode == 0, err.decode()
            assert b"Traceback" not in err
            assert out == outputs[0][0]
        # and a later run reads what they left
        again = subprocess.run(args, cwd=tmp_path, env=env, capture_output=True,
                               timeout=WATCHDOG, check=False)  # fmt: skip
        assert again.returncode == 0, again.stderr.decode()
        assert again.stdout == outputs[0][0]


def test_data_edited_between_runs_is_seen(tmp_path: Path) -> None:
    """A cache must never serve yesterday's data: edit a name, the next run shows it."""
    data = tmp_path / "data"
    shutil.copytree(MINI, data)
    first = ecareer("show", "ops-specialist", "--json", "--data", "data", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    roles = data / "roles.yaml"
    stat = roles.stat()
    text = roles.read_text("utf-8").replace("Operations Specialist", "Operations Spexialist")
    roles.write_text(text, "utf-8")
    os.utime(roles, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # same size and time
    second = ecareer("show", "ops-specialist", "--json", "--data", "data", cwd=tmp_path)
    assert second.returncode == 0, second.stderr
    assert "Operations Spexialist" in second.stdout


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty", "folder"])
def test_a_damaged_cache_is_rebuilt(tmp_path: Path, damage: str) -> None:
    """Whatever is in the cache folder after a run, the next run answers the same."""
    data = tmp_path / "data"
    shutil.copytree(MINI, data)
    first = ecareer("roles", "--json", "--data", "data", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    cache = tmp_path / "cache"
    files = [p for p in cache.rglob("*") if p.is_file()] if cache.is_dir() else []
    assert files, "the first run left no cache to damage"
    for f in files:
        if damage == "garbage":
            f.write_bytes(os.urandom(f.stat().st_size or 64))
        elif damage == "truncated":
            f.write_bytes(f.read_bytes()[: f.stat().st_size // 2])
        elif damage == "empty":
            f.write_bytes(b"")
        else:
            f.unlink()
            f.mkdir()
    again = ecareer("roles", "--json", "--data", "data", cwd=tmp_path)
    assert "Traceback" not in again.stderr, again.stderr
    assert again.returncode == 0
    assert again.stdout == first.stdout


def test_a_cache_folder_that_is_a_file(tmp_path: Path) -> None:
    """ECAREER_CACHE_DIR names a file: no cache, but every command still answers."""
    (tmp_path / "cache").write_text("not a folder\n", "utf-8")
    for _ in range(2):
        done = ecareer("roles", "--data", MINI, cwd=tmp_path)
        assert "Traceback" not in done.stderr, done.stderr
        assert done.returncode == 0
    assert (tmp_path / "cache").read_text("utf-8") == "not a folder\n"
