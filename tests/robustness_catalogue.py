"""The robustness catalogue: hostile inputs and faults, what ecareer does with each.

Every case sets up a working folder (a copy of ``tests/fixtures/mini`` as ``data/``, then the
case's own files), runs one command in-process with the working folder as the current one,
and states the exit code and a fragment of the message it must print. The table in
``docs/robustness.md`` is generated from this list and a test keeps the two equal::

    python tests/robustness_catalogue.py --markdown > docs/robustness.md

``tests/test_robustness_catalogue.py`` runs every case. The module also holds the small
in-process runner the other ``test_robustness_*`` files share.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import re
import shutil
import sys
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from unittest import mock

from ecareer.render.tables import MAX_ROWS

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
MINI = HERE / "fixtures" / "mini"

#: the environment of every in-process run: no colour, a fixed width, English
BASE_ENV: dict[str, str | None] = {
    "NO_COLOR": "1",
    "FORCE_COLOR": None,
    "COLUMNS": "100",
    "TERMINAL_WIDTH": "100",
    "ECAREER_LANG": "en",
    "ECAREER_DATA": None,
    "ECAREER_OVERLAY": None,
}


# --- running the CLI in-process --------------------------------------------------------------


@dataclass
class Result:
    exit_code: int
    stdout: str
    stderr: str
    #: the traceback of an exception that escaped the CLI ("" when none did)
    traceback: str = ""

    def json(self) -> Any:
        import json

        return json.loads(self.stdout)

    @property
    def crashed(self) -> bool:
        return bool(self.traceback) or "Traceback" in self.stderr


@functools.cache
def _command() -> Any:
    # Typer rebuilds the Click command on every CliRunner.invoke (most of the time of a small
    # run); the fuzz and YAML-suite tests run thousands of commands, so build it once.
    import typer.main

    from ecareer.cli import app

    return typer.main.get_command(app)


def invoke(
    *args: str | os.PathLike[str],
    env: dict[str, str | None] | None = None,
    cwd: Path | None = None,
) -> Result:
    """Run ``ecareer ARGS`` in-process; an exception that escapes is caught and recorded."""
    from typer.testing import CliRunner

    runner = CliRunner()
    code = 0
    tb = ""
    chdir = contextlib.chdir(cwd) if cwd is not None else contextlib.nullcontext()
    with chdir, runner.isolation(env={**BASE_ENV, **(env or {})}) as (out, err, _):
        try:
            _command().main(args=[os.fspath(a) for a in args], prog_name="ecareer")
        except SystemExit as stop:
            code = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
        except BaseException as exc:  # the point: nothing may get here
            code = -1
            tb = "".join(traceback.format_exception(exc))
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
        stdout = out.getvalue().decode("utf-8", "replace")
        stderr = err.getvalue().decode("utf-8", "replace")
    return Result(code, stdout, stderr, tb)


def has_command(name: str) -> bool:
    return name in _command().commands


# --- set-up steps ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Write:
    """Write ``data`` (bytes, or text written as UTF-8) to ``path``."""

    path: str
    data: bytes | str

    def apply(self, work: Path) -> None:
        target = work / self.path
        target.parent.mkdir(parents=True, exist_ok=True)
        raw = self.data.encode("utf-8") if isinstance(self.data, str) else self.data
        target.write_bytes(raw)


@dataclass(frozen=True)
class Sparse:
    """A file of ``size`` zero bytes that takes no room on disk."""

    path: str
    size: int

    def apply(self, work: Path) -> None:
        with (work / self.path).open("wb") as handle:
            handle.truncate(self.size)


@dataclass(frozen=True)
class Mkdir:
    path: str

    def apply(self, work: Path) -> None:
        (work / self.path).mkdir(parents=True, exist_ok=True)


@dataclass(frozen=True)
class Remove:
    path: str

    def apply(self, work: Path) -> None:
        (work / self.path).unlink()


@dataclass(frozen=True)
class Symlink:
    """Replace ``path`` by a symbolic link to ``target`` (relative to the link's folder)."""

    path: str
    target: str

    def apply(self, work: Path) -> None:
        link = work / self.path
        if link.exists() or link.is_symlink():
            link.unlink()
        link.symlink_to(self.target)


@dataclass(frozen=True)
class Fifo:
    """Replace ``path`` by a named pipe that nobody writes to: a read of it never ends."""

    path: str

    def apply(self, work: Path) -> None:
        target = work / self.path
        if target.exists() or target.is_symlink():
            target.unlink()
        os.mkfifo(target)


@dataclass(frozen=True)
class Chmod:
    path: str
    mode: int

    def apply(self, work: Path) -> None:
        (work / self.path).chmod(self.mode)


@dataclass(frozen=True)
class Age:
    """Make ``path`` look unused for ``days`` days (its access and modification times)."""

    path: str
    days: int

    def apply(self, work: Path) -> None:
        import time

        when = time.time() - self.days * 86400
        os.utime(work / self.path, (when, when), follow_symlinks=False)


@dataclass(frozen=True)
class AtCacheFile:
    """Plant ``kind`` ("fifo", or a link to ``target``) at the predictable name of the cache
    file of ``data/`` in ``.cache/``."""

    kind: str
    target: str = ""

    def apply(self, work: Path) -> None:
        from ecareer.store.key import short_hash

        folder = work / ".cache"
        folder.mkdir(mode=0o700, exist_ok=True)
        path = folder / f"dataset-{short_hash(os.fsencode(str(work / 'data')))}.cache"
        if self.kind == "fifo":
            os.mkfifo(path)
        else:
            path.symlink_to(self.target)


Step = Write | Sparse | Mkdir | Remove | Symlink | Fifo | Chmod | Age | AtCacheFile


# --- faults injected while the command runs ---------------------------------------------------


class _FailingHandle:
    """A file handle whose writes fail like a full disk, or like Ctrl-C in the middle."""

    def __init__(self, handle: Any, error: BaseException) -> None:
        self._handle = handle
        self._error = error

    def write(self, data: bytes) -> int:
        self._handle.write(data[: len(data) // 2])  # part of it got there, as on a real disk
        raise self._error

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)

    def __enter__(self) -> _FailingHandle:
        return self

    def __exit__(self, *exc: object) -> None:
        self._handle.close()


def _failing_fdopen(error: Callable[[], BaseException]) -> Callable[[Any], Any]:
    def make(original: Any) -> Any:
        def fdopen(fd: int, *args: Any, **kwargs: Any) -> Any:
            return _FailingHandle(original(fd, *args, **kwargs), error())

        return fdopen

    return make


def _raising(error: Callable[[], BaseException]) -> Callable[[Any], Any]:
    def make(original: Any) -> Any:
        def fail(*args: Any, **kwargs: Any) -> Any:
            raise error()

        return fail

    return make


class _SignalledHandle(_FailingHandle):
    """A file handle that gets a real signal half-way through a write."""

    def __init__(self, handle: Any, signum: int) -> None:
        super().__init__(handle, KeyboardInterrupt())
        self._signum = signum

    def write(self, data: bytes) -> int:
        import signal

        self._handle.write(data[: len(data) // 2])
        signal.raise_signal(self._signum)
        return self._handle.write(data[len(data) // 2 :])  # only if the signal was ignored


def _signalled_fdopen(name: str) -> Callable[[Any], Any]:
    def make(original: Any) -> Any:
        import signal

        def fdopen(fd: int, *args: Any, **kwargs: Any) -> Any:
            return _SignalledHandle(original(fd, *args, **kwargs), getattr(signal, name))

        return fdopen

    return make


#: effect name -> (what it simulates, a function from the original callable to its stand-in)
EFFECTS: dict[str, Callable[[Any], Any]] = {
    "bash": lambda original: lambda *args, **kwargs: "bash",
    "one": lambda original: 1,
    "no-heap": lambda original: None,  # any search would fail at its first heappush
    "sigterm-while-writing": _signalled_fdopen("SIGTERM"),
    "sighup-while-writing": _signalled_fdopen("SIGHUP"),
    "disk-full": _failing_fdopen(lambda: OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))),
    "interrupt-while-writing": _failing_fdopen(KeyboardInterrupt),
    "permission-denied": _raising(lambda: PermissionError(errno.EACCES, os.strerror(errno.EACCES))),
    "interrupt": _raising(KeyboardInterrupt),
}


@dataclass(frozen=True)
class Patch:
    """While the command runs, replace ``target`` (``module.attr``) by an ``EFFECTS`` stand-in."""

    target: str
    effect: str


@contextlib.contextmanager
def patched(patches: Sequence[Patch]) -> Iterator[None]:
    import importlib

    with contextlib.ExitStack() as stack:
        for p in patches:
            module_name, attr = p.target.rsplit(".", 1)
            module = importlib.import_module(module_name)
            original = getattr(module, attr)
            stack.enter_context(mock.patch.object(module, attr, EFFECTS[p.effect](original)))
        yield


# --- the catalogue ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    name: str
    #: what was tried, for people (the first column of the table)
    input: str
    command: tuple[str, ...]
    exit: int
    #: a fragment the output must hold (a literal string, `\x1b` is four characters)
    message: str
    stream: str = "stderr"
    setup: tuple[Step, ...] = ()
    patches: tuple[Patch, ...] = ()
    env: dict[str, str | None] = field(default_factory=dict)
    #: files that must hold exactly what the set-up wrote, after the run
    intact: tuple[str, ...] = ()
    #: glob patterns that must match nothing after the run (marker files, temporary files)
    absent: tuple[str, ...] = ()
    #: a command that must exist for the case to run ("" when every build has it)
    needs: str = ""
    #: what ecareer does instead today, while the case documents a bug ("" when it does not)
    known_bug: str = ""
    #: run ``python -m ecareer`` in a child process (a real fault, or a possible hang that a
    #: watchdog must be able to kill) instead of in-process
    process: bool = False
    #: for a child process: resource limits, e.g. (("RLIMIT_FSIZE", 2048),)
    limits: tuple[tuple[str, int], ...] = ()
    #: for a child process: a file to take its stdout (e.g. /dev/full, always full)
    stdout_to: str = ""
    #: "posix" when the case needs named pipes, resource limits or /dev/zero, /dev/full
    only_on: str = ""
    #: for a child process: standard streams it starts with closed ("stdout", "stderr")
    closed: tuple[str, ...] = ()
    #: for a child process: its stdout starts non-blocking (O_NONBLOCK), read slowly
    nonblocking: bool = False


def _mini(name: str) -> str:
    return (MINI / name).read_text(encoding="utf-8")


ROLES = _mini("roles.yaml")
SKILLS = _mini("skills.yaml")
PATHS = _mini("paths.yaml")
SPECIALIST = "name: {en: Operations Specialist,"


def role_named(en: str) -> str:
    """roles.yaml with ops-specialist's English name replaced (``en`` is a YAML scalar)."""
    assert SPECIALIST in ROLES
    return ROLES.replace(SPECIALIST, f"name: {{en: {en},", 1)


def _nest(depth: int) -> str:
    return "roles: " + "[" * depth + "]" * depth + "\n"


ALIAS_BOMB = "roles:\n  - &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"  - &a{i} [{', '.join(['*a' if i == 1 else f'*a{i - 1}'] * 9)}]\n" for i in range(1, 9)
)
GAP = ("gap", "--from", "ops-specialist", "--to", "ops-director", "--data", "data", "--json")
PLAN = ("plan", "--from", "ops-assistant", "--to", "ops-director", "--data", "data")
PLAN_TMP = ".plan.md.*"  # the temporary file of an atomic write (see ecareer.store.atomic)
KEEP = "an older plan: must survive\n"
MIB = 1024 * 1024


def _skill(i: int, pre: int | None = None) -> str:
    text = (
        f"  - id: c{i}\n    name: {{en: C {i}, zh: C{i}}}\n    dimension: professional-ability\n"
        "    category: industry-insight\n    description: {en: x, zh: x}\n"
        "    effort: [1, 2, 3, 4, 5]\n"
    )
    return text + (
        f"    prerequisites:\n      - {{skill: c{pre}, level: 1}}\n" if pre is not None else ""
    )


LEADS = "      - {skill: team-leadership, level: 2, importance: 4}\n"


def chain_data(n: int) -> tuple[Write, Write]:
    """skills.yaml with a chain of ``n`` skills (each the prerequisite of the next), and
    ops-supervisor needing the last one."""
    skills = SKILLS + "".join(_skill(i, i - 1 if i else None) for i in range(n))
    roles = ROLES.replace(
        LEADS, LEADS + f"      - {{skill: c{n - 1}, level: 1, importance: 1}}\n", 1
    )
    return Write("data/skills.yaml", skills), Write("data/roles.yaml", roles)


def wide_data(n: int) -> tuple[Write, Write]:
    """``n`` more skills, all required by ops-supervisor (a role of ``n`` requirements)."""
    skills = SKILLS + "".join(_skill(i) for i in range(n))
    reqs = "".join(f"      - {{skill: c{i}, level: 3, importance: 1}}\n" for i in range(n))
    return Write("data/skills.yaml", skills), Write(
        "data/roles.yaml", ROLES.replace(LEADS, LEADS + reqs, 1)
    )


#: an overlay's skills.yaml: spreadsheets now needs sql, and sql needs nothing
OVERLAY_SKILLS = """\
skills:
  - id: spreadsheets
    name: {en: Spreadsheets, zh: 电子表格}
    dimension: professional-ability
    category: business-tools
    description: {en: Formulas and pivot tables, zh: 公式与数据透视表}
    effort: [4, 8, 16, 32, 64]
    prerequisites:
      - {skill: sql, level: 1}
  - id: sql
    name: {en: SQL, zh: SQL}
    dimension: professional-ability
    category: business-tools
    description: {en: Querying databases, zh: 数据库查询}
    effort: [6, 12, 24, 48, 96]
"""

#: 600 more skills (over 64 KiB of JSON): more than a pipe holds
EXTRA_SKILLS = "".join(
    f"  - id: extra-skill-{i}\n"
    f"    name: {{en: Extra skill {i}, zh: 额外技能{i}}}\n"
    "    dimension: professional-ability\n"
    "    category: industry-insight\n"
    "    description: {en: One more skill, zh: 又一项技能}\n"
    "    effort: [1, 2, 3, 4, 5]\n"
    for i in range(600)
)

CASES: tuple[Case, ...] = (
    # --- the data folder and its files ---
    Case(
        "data-folder-missing",
        "`--data` names a folder that does not exist",
        ("roles", "--data", "nowhere"),
        1,
        "F001 data folder nowhere does not exist",
    ),
    Case(
        "data-folder-is-a-file",
        "`--data` names a file",
        ("roles", "--data", "notes.txt"),
        1,
        "F001 data folder notes.txt is not a folder",
        setup=(Write("notes.txt", "not data\n"),),
    ),
    Case(
        "file-missing",
        "roles.yaml is missing",
        ("validate", "--data", "data"),
        1,
        "data/roles.yaml: error F001 data/roles.yaml does not exist",
        "stdout",
        setup=(Remove("data/roles.yaml"),),
    ),
    Case(
        "file-is-a-folder",
        "roles.yaml is a folder",
        ("validate", "--data", "data"),
        1,
        "F001 data/roles.yaml is a folder, not a file",
        "stdout",
        setup=(Remove("data/roles.yaml"), Mkdir("data/roles.yaml")),
    ),
    Case(
        "symlink-loop",
        "roles.yaml is a symbolic link to itself",
        ("validate", "--data", "data"),
        1,
        "F001 cannot read data/roles.yaml: Too many levels of symbolic links",
        "stdout",
        setup=(Symlink("data/roles.yaml", "roles.yaml"),),
    ),
    Case(
        "symlink-dangling",
        "roles.yaml is a symbolic link to a file that does not exist",
        ("validate", "--data", "data"),
        1,
        "F001 data/roles.yaml does not exist",
        "stdout",
        setup=(Symlink("data/roles.yaml", "gone.yaml"),),
    ),
    Case(
        "data-file-is-a-fifo",
        "roles.yaml is a named pipe nobody writes to",
        ("validate", "--data", "data"),
        1,
        "error F001 data/roles.yaml",
        "stdout",
        setup=(Fifo("data/roles.yaml"),),
        process=True,
        only_on="posix",
    ),
    Case(
        "data-file-is-dev-zero",
        "roles.yaml is a symbolic link to /dev/zero (endless): refused before reading",
        ("validate", "--data", "data"),
        1,
        "F001 data/roles.yaml is not a regular file",
        "stdout",
        setup=(Symlink("data/roles.yaml", "/dev/zero"),),
        only_on="posix",
    ),
    Case(
        "data-file-is-dev-zero-cached",
        "the same, for a command that reads the cache (memory limited to 1.5 GiB)",
        ("roles", "--data", "data"),
        1,
        "F001 data/roles.yaml is not a regular file",
        setup=(Symlink("data/roles.yaml", "/dev/zero"),),
        process=True,
        limits=(("RLIMIT_AS", 1536 * MIB),),
        only_on="posix",
    ),
    Case(
        "file-too-large",
        "skills.yaml is 64 MiB and one byte (a sparse file)",
        ("validate", "--data", "data"),
        1,
        "F002 data/skills.yaml is larger than 64 MiB",
        "stdout",
        setup=(Sparse("data/skills.yaml", 64 * MIB + 1),),
    ),
    Case(
        "not-utf8",
        "roles.yaml holds a Latin-1 byte (0xe9)",
        ("validate", "--data", "data"),
        1,
        "data/roles.yaml:50:6: error F003 data/roles.yaml is not UTF-8: byte 0xe9 at offset 2133",
        "stdout",
        setup=(Write("data/roles.yaml", ROLES.encode() + b"# caf\xe9\n"),),
    ),
    Case(
        "lone-surrogate-bytes",
        "roles.yaml holds the bytes of a lone surrogate (ED A0 80)",
        ("validate", "--data", "data"),
        1,
        "F003 data/roles.yaml is not UTF-8: byte 0xed",
        "stdout",
        setup=(Write("data/roles.yaml", ROLES.encode() + b"# \xed\xa0\x80\n"),),
    ),
    Case(
        "utf16",
        "paths.yaml saved as UTF-16",
        ("validate", "--data", "data"),
        1,
        "F003 data/paths.yaml is not UTF-8: byte 0xff at offset 0 (a UTF-16 byte-order mark)",
        "stdout",
        setup=(Write("data/paths.yaml", PATHS.encode("utf-16")),),
    ),
    Case(
        "utf8-bom",
        "every file starts with a UTF-8 byte-order mark",
        ("validate", "--data", "data"),
        0,
        "valid, with 8 warnings; 3 files checked",
        "stdout",
        setup=(
            Write("data/roles.yaml", "\ufeff" + ROLES),
            Write("data/skills.yaml", "\ufeff" + SKILLS),
            Write("data/paths.yaml", "\ufeff" + PATHS),
        ),
    ),
    Case(
        "nul-byte",
        "a NUL byte inside a quoted value of paths.yaml (line 12)",
        ("validate", "--data", "data"),
        1,
        "data/paths.yaml:12:6: error Y001 invalid YAML: the character U+0000 is not allowed",
        "stdout",
        setup=(Write("data/paths.yaml", PATHS + 'x: "a\x00b"\n'),),
    ),
    Case(
        "escape-byte-raw",
        "a raw ESC byte in roles.yaml (not the YAML escape `\\e`)",
        ("validate", "--data", "data"),
        1,
        "data/roles.yaml:50:4: error Y001 invalid YAML: the character U+001B is not allowed",
        "stdout",
        setup=(Write("data/roles.yaml", ROLES + "x: \x1b[31m\n"),),
    ),
    Case(
        "empty-file",
        "paths.yaml is empty",
        ("validate", "--data", "data"),
        1,
        "S003 data/paths.yaml is empty",
        "stdout",
        setup=(Write("data/paths.yaml", ""),),
    ),
    Case(
        "not-a-mapping",
        "roles.yaml is a list",
        ("validate", "--data", "data"),
        1,
        "S003 data/roles.yaml is not a mapping",
        "stdout",
        setup=(Write("data/roles.yaml", "- a\n- b\n"),),
    ),
    Case(
        "syntax-error",
        "a YAML syntax error (`a: b: c`)",
        ("validate", "--data", "data"),
        1,
        "data/roles.yaml:1:9: error Y001 invalid YAML: mapping values are not allowed",
        "stdout",
        setup=(Write("data/roles.yaml", "roles: a: b: c\n"),),
    ),
    Case(
        "too-deep",
        "nesting 100 lists deep",
        ("validate", "--data", "data"),
        1,
        "Y006 nesting deeper than 64 levels",
        "stdout",
        setup=(Write("data/roles.yaml", _nest(100)),),
    ),
    Case(
        "very-deep",
        "nesting 200,000 lists deep (400 kB)",
        ("validate", "--data", "data"),
        1,
        "Y006 nesting deeper than 64 levels",
        "stdout",
        setup=(Write("data/roles.yaml", _nest(200_000)),),
    ),
    Case(
        "alias-bomb",
        "a billion laughs: 9 levels of 9 aliases (under 1 kB)",
        ("validate", "--data", "data"),
        1,
        "Y004 too many aliases",
        "stdout",
        setup=(Write("data/roles.yaml", ALIAS_BOMB),),
    ),
    Case(
        "alias-cycle",
        "an alias inside the node it names (`&a [*a]`)",
        ("validate", "--data", "data"),
        1,
        "Y004 the alias *a refers to a node that contains it",
        "stdout",
        setup=(Write("data/roles.yaml", "roles: &a [*a]\n"),),
    ),
    Case(
        "python-tag",
        "`!!python/object/apply:os.system [touch pwned]`",
        ("validate", "--data", "data"),
        1,
        "Y005 the tag !!python/object/apply:os.system is not allowed",
        "stdout",
        setup=(Write("data/roles.yaml", "roles: !!python/object/apply:os.system [touch pwned]\n"),),
        absent=("pwned",),
    ),
    Case(
        "python-name-tag",
        "`!!python/name:os.system` as a key's value",
        ("validate", "--data", "data"),
        1,
        "Y005 the tag !!python/name:os.system is not allowed",
        "stdout",
        setup=(Write("data/roles.yaml", "roles: !!python/name:os.system ''\n"),),
    ),
    Case(
        "duplicate-key",
        "the same key twice in one mapping",
        ("validate", "--data", "data"),
        1,
        "data/roles.yaml:2:1: error Y002 duplicate key 'roles'",
        "stdout",
        setup=(Write("data/roles.yaml", "roles: []\nroles: []\n"),),
    ),
    Case(
        "yaml11-no",
        "a plain `no` (false in YAML 1.1, text in 1.2)",
        ("validate", "--data", "data"),
        1,
        "Y003 the plain value 'no' is read differently by YAML 1.1 and 1.2",
        "stdout",
        setup=(Write("data/roles.yaml", role_named("no")),),
    ),
    Case(
        "two-documents",
        "a second YAML document after `---`",
        ("validate", "--data", "data"),
        1,
        "Y001 invalid YAML: expected a single document, found a second one",
        "stdout",
        setup=(Write("data/paths.yaml", PATHS + "---\npaths: []\n"),),
    ),
    Case(
        "non-finite",
        "`years: .inf` and `years: 1.0e400`",
        ("validate", "--data", "data"),
        1,
        "paths[0].years: input should be a finite number",
        "stdout",
        setup=(
            Write(
                "data/paths.yaml",
                PATHS.replace("years: 1}", "years: .inf}", 1).replace(
                    "years: 1}", "years: 1.0e400}", 1
                ),
            ),
        ),
    ),
    Case(
        "negative",
        "a negative number of years",
        ("validate", "--data", "data"),
        1,
        "paths[0].years: input should be greater than or equal to 0",
        "stdout",
        setup=(Write("data/paths.yaml", PATHS.replace("years: 1}", "years: -1}", 1)),),
    ),
    Case(
        "huge-level",
        "a required level of 10^31 - 1",
        ("validate", "--data", "data"),
        1,
        "E104 role 'ops-assistant' requires 'platform-rules' at level 9999999999999999999999999999999, outside the scale",
        "stdout",
        setup=(
            Write("data/roles.yaml", ROLES.replace("level: 1,", "level: " + "9" * 31 + ",", 1)),
        ),
    ),
    Case(
        "wrong-type",
        'a level written as text (`level: "3"`)',
        ("validate", "--data", "data"),
        1,
        "S003 roles[0].skills[0].level: expected a whole number, got text '3'",
        "stdout",
        setup=(Write("data/roles.yaml", ROLES.replace("level: 1,", 'level: "3",', 1)),),
    ),
    Case(
        "long-string",
        "a role name of 100,000 characters",
        ("validate", "--data", "data"),
        1,
        "roles[1].name.en: string should have at most 2000 characters",
        "stdout",
        setup=(Write("data/roles.yaml", role_named("x" * 100_000)),),
    ),
    # --- a personal profile ---
    Case(
        "profile-is-a-folder",
        "`--profile` names a folder",
        (*GAP, "--profile", "data"),
        2,
        "F001 data is a folder, not a file",
    ),
    Case(
        "profile-missing",
        "`--profile` names a file that does not exist",
        (*GAP, "--profile", "me.yaml"),
        2,
        "me.yaml: error F001 me.yaml does not exist",
    ),
    Case(
        "profile-not-utf8",
        "the profile is not UTF-8",
        (*GAP, "--profile", "me.yaml"),
        2,
        "me.yaml:1:10: error F003 me.yaml is not UTF-8: byte 0xe9 at offset 9",
        setup=(Write("me.yaml", b"name: Jos\xe9\n"),),
    ),
    Case(
        "profile-empty",
        "the profile is an empty file (an empty profile: no levels)",
        (*GAP, "--profile", "me.yaml"),
        0,
        '"from": "ops-specialist"',
        "stdout",
        setup=(Write("me.yaml", ""),),
    ),
    Case(
        "profile-a-list",
        "the profile is a list",
        (*GAP, "--profile", "me.yaml"),
        2,
        "me.yaml:1:1: error S003 (top level): expected a mapping (key: value), got a list",
        setup=(Write("me.yaml", "- sql\n"),),
    ),
    Case(
        "profile-unknown-skill",
        "the profile names a skill that does not exist",
        (*GAP, "--profile", "me.yaml"),
        2,
        "me.yaml:1:10: error E102 unknown skill 'sqll'",
        setup=(Write("me.yaml", "skills: {sqll: 2}\n"),),
    ),
    Case(
        "profile-huge-level",
        "the profile holds a level of 10^30",
        (*GAP, "--profile", "me.yaml"),
        2,
        "E104 skill 'sql' at level 1000000000000000000000000000000, outside the scale 0..5",
        setup=(Write("me.yaml", "skills: {sql: 1000000000000000000000000000000}\n"),),
    ),
    Case(
        "profile-python-tag",
        "the profile holds `!!python/object/apply:os.system`",
        (*GAP, "--profile", "me.yaml"),
        2,
        "Y005 the tag !!python/object/apply:os.system is not allowed",
        setup=(Write("me.yaml", "name: !!python/object/apply:os.system [touch pwned]\n"),),
        absent=("pwned",),
    ),
    Case(
        "profile-alias-bomb",
        "the profile is a billion laughs",
        (*GAP, "--profile", "me.yaml"),
        2,
        "Y004 too many aliases",
        setup=(Write("me.yaml", ALIAS_BOMB.replace("roles:", "skills:")),),
    ),
    # --- the command line ---
    Case(
        "unknown-role",
        "an unknown role id",
        ("gap", "--from", "ops-wizard", "--to", "ops-director", "--data", "data"),
        2,
        "error: unknown role 'ops-wizard' (in --from)",
    ),
    Case(
        "unknown-role-with-escapes",
        "an unknown role holding an ANSI escape",
        ("show", "\x1b[31mred", "--data", "data"),
        2,
        "error: unknown role or skill '\\x1b[31mred'",
    ),
    Case(
        "unknown-option",
        "an option that does not exist",
        ("roles", "--colour"),
        2,
        "error: no such option: --colour",
    ),
    Case(
        "bad-language",
        "`ECAREER_LANG=fr`",
        ("roles", "--data", "data"),
        2,
        "error: ECAREER_LANG='fr' is not a language ecareer speaks",
        env={"ECAREER_LANG": "fr"},
    ),
    # --- text from the data, shown as text ---
    Case(
        "rich-markup",
        "a role named `[bold red]x[/] [/]` (Rich markup)",
        ("show", "ops-specialist", "--data", "data"),
        0,
        "[bold red]x[/] [/] (ops-specialist)",
        "stdout",
        setup=(Write("data/roles.yaml", role_named('"[bold red]x[/] [/]"')),),
    ),
    Case(
        "ansi-colour",
        "a role named `\\e[31mred` (an ANSI colour)",
        ("show", "ops-specialist", "--data", "data"),
        0,
        "\\x1b[31mred (ops-specialist)",
        "stdout",
        setup=(Write("data/roles.yaml", role_named('"\\e[31mred"')),),
    ),
    Case(
        "ansi-title",
        "a role named `\\e]0;pwned\\a` (sets the terminal's title)",
        ("roles", "--data", "data"),
        0,
        "\\x1b]0;pwned\\x07",
        "stdout",
        setup=(Write("data/roles.yaml", role_named('"\\e]0;pwned\\a"')),),
    ),
    Case(
        "bidi-override",
        "a role named with a right-to-left override (U+202E)",
        ("show", "ops-specialist", "--data", "data"),
        0,
        "\\u202eevil (ops-specialist)",
        "stdout",
        setup=(Write("data/roles.yaml", role_named('"\\u202Eevil"')),),
    ),
    Case(
        "escape-in-github-annotation",
        "an unknown key `\\e[31m` in `validate --format github`",
        ("validate", "--data", "data", "--format", "github"),
        1,
        "unknown top-level key `\\x1b[31mred`",
        "stdout",
        setup=(Write("data/roles.yaml", ROLES + '"\\e[31mred": 1\n'),),
    ),
    Case(
        "c1-control-in-json",
        "a role named with U+009B (CSI, a C1 control) in `--json`",
        ("show", "ops-specialist", "--data", "data", "--json"),
        0,
        '"en": "\\u009b31m"',
        "stdout",
        setup=(Write("data/roles.yaml", role_named('"\\u009B31m"')),),
    ),
    Case(
        "mermaid-syntax",
        'a role named `a"] --> x[b` in `graph`',
        ("graph", "--data", "data"),
        0,
        'r_ops_specialist["a#quot;#93; --#gt; x#91;b"]',
        "stdout",
        setup=(Write("data/roles.yaml", role_named("'a\"] --> x[b'")),),
    ),
    Case(
        "html-in-plan",
        "a role named `<script>alert(1)</script>` in an HTML plan",
        (*PLAN, "--format", "html"),
        0,
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "stdout",
        setup=(Write("data/roles.yaml", role_named('"<script>alert(1)</script>"')),),
        needs="plan",
    ),
    Case(
        "markdown-in-plan",
        "a role named `[x](http://e.vil) **b**` in a Markdown plan",
        PLAN,
        0,
        "\\[x\\](http\\://e.vil) \\*\\*b\\*\\*",
        "stdout",
        setup=(Write("data/roles.yaml", role_named('"[x](http://e.vil) **b**"')),),
        needs="plan",
    ),
    # --- writing files ---
    Case(
        "plan-missing-folder",
        "`plan -o` into a folder that does not exist",
        (*PLAN, "-o", "nowhere/plan.md"),
        1,
        "error: cannot write the plan to nowhere/plan.md: the folder nowhere does not exist",
        absent=("nowhere", PLAN_TMP),
        needs="plan",
    ),
    Case(
        "plan-onto-folder",
        "`plan -o` naming a folder",
        (*PLAN, "-o", "data", "--force"),
        1,
        "error: cannot write the plan to data: it is a folder",
        needs="plan",
    ),
    Case(
        "plan-exists",
        "`plan -o` onto an existing file, without `--force`",
        (*PLAN, "-o", "plan.md"),
        1,
        "error: plan.md already exists; it was left as it was",
        setup=(Write("plan.md", KEEP),),
        intact=("plan.md",),
        needs="plan",
    ),
    Case(
        "plan-read-only-folder",
        "`plan -o --force` into a read-only folder (creating the file fails: EACCES)",
        (*PLAN, "-o", "plan.md", "--force"),
        1,
        "error: cannot write the plan to plan.md: permission denied",
        setup=(Write("plan.md", KEEP),),
        patches=(Patch("tempfile.mkstemp", "permission-denied"),),
        intact=("plan.md",),
        absent=(PLAN_TMP,),
        needs="plan",
    ),
    Case(
        "plan-disk-full",
        "`plan -o --force` onto a full disk (writing fails half-way: ENOSPC)",
        (*PLAN, "-o", "plan.md", "--force"),
        1,
        "error: cannot write the plan to plan.md: no space left on device",
        setup=(Write("plan.md", KEEP),),
        patches=(Patch("os.fdopen", "disk-full"),),
        intact=("plan.md",),
        absent=(PLAN_TMP,),
        needs="plan",
    ),
    Case(
        "plan-interrupted",
        "Ctrl-C while `plan -o --force` writes",
        (*PLAN, "-o", "plan.md", "--force"),
        130,
        "interrupted",
        setup=(Write("plan.md", KEEP),),
        patches=(Patch("os.fdopen", "interrupt-while-writing"),),
        intact=("plan.md",),
        absent=(PLAN_TMP,),
        needs="plan",
    ),
    Case(
        "plan-file-too-large",
        "`plan -o --force` in a child that may not write more than 2 KiB (EFBIG)",
        (*PLAN, "-o", "plan.md", "--force"),
        1,
        "error: cannot write the plan to plan.md: file too large",
        setup=(Write("plan.md", KEEP),),
        intact=("plan.md",),
        absent=(PLAN_TMP,),
        needs="plan",
        process=True,
        limits=(("RLIMIT_FSIZE", 2048),),
        only_on="posix",
    ),
    Case(
        "output-onto-full-disk",
        "stdout redirected onto a full disk (`> /dev/full`)",
        ("roles", "--data", "data"),
        1,
        "space left on device",
        process=True,
        stdout_to="/dev/full",
        only_on="posix",
    ),
    Case(
        "plan-output-onto-full-disk",
        "`plan` to stdout, redirected onto a full disk",
        PLAN,
        1,
        "error: cannot write the plan to stdout: no space left on device",
        needs="plan",
        process=True,
        stdout_to="/dev/full",
        only_on="posix",
    ),
    Case(
        "interrupted-while-loading",
        "Ctrl-C while the data loads",
        ("validate", "--data", "data"),
        130,
        "interrupted",
        patches=(Patch("ecareer.validate.build.read_layer", "interrupt"),),
    ),
    Case(
        "schema-out-is-a-file",
        "`schema --out` naming an existing file",
        ("schema", "--out", "notes.txt"),
        1,
        "notes.txt",
        setup=(Write("notes.txt", "keep me\n"),),
        intact=("notes.txt",),
    ),
    Case(
        "schema-disk-full",
        "`schema --out` onto a full disk",
        ("schema", "--out", "schemas"),
        1,
        "space left on device",
        patches=(Patch("os.fdopen", "disk-full"),),
        absent=("schemas/.*.tmp",),
    ),
    # --- never destroy what is not ours: the cache folder ---
    Case(
        "cache-dir-is-home",
        "`ECAREER_CACHE_DIR=$HOME` holding a thesis.tmp and someone's notes.cache, both a year old",
        ("roles", "--data", "data"),
        0,
        "ops-director",
        "stdout",
        setup=(
            Mkdir("home"),
            Write("home/thesis.tmp", "chapter one\n"),
            Write("home/notes.cache", "not ours\n"),
            Age("home/thesis.tmp", 400),
            Age("home/notes.cache", 400),
        ),
        env={"ECAREER_CACHE_DIR": "{work}/home"},
        intact=("home/thesis.tmp", "home/notes.cache"),
    ),
    Case(
        "cache-dir-planted-links",
        "the cache folder holds old links named like cache and temporary files, to a file of ours",
        ("roles", "--data", "data"),
        0,
        "ops-director",
        "stdout",
        setup=(
            Mkdir("cache"),
            Write("victim.txt", "keep me\n"),
            Symlink("cache/dataset-00000000000000000000.cache", "../victim.txt"),
            Symlink("cache/.dataset-00000000000000000000.cache.abc.tmp", "../victim.txt"),
            Age("cache/dataset-00000000000000000000.cache", 400),
            Age("cache/.dataset-00000000000000000000.cache.abc.tmp", 400),
        ),
        env={"ECAREER_CACHE_DIR": "{work}/cache"},
        intact=("victim.txt", "cache/dataset-00000000000000000000.cache"),
    ),
    Case(
        "cache-dir-world-writable",
        "the cache folder may be written by anyone (0777): not used, one warning",
        ("roles", "--data", "data"),
        0,
        "warning: not using the cache folder cache: other users may write to it",
        setup=(Mkdir("cache"), Chmod("cache", 0o777)),
        env={"ECAREER_CACHE_DIR": "{work}/cache"},
        absent=("cache/*",),
    ),
    Case(
        "cache-dir-is-a-symlink",
        "`$XDG_CACHE_HOME/ecareer` is a symbolic link to another folder: not used, one warning",
        ("roles", "--data", "data"),
        0,
        "warning: not using the cache folder xdg/ecareer: it is a symbolic link",
        setup=(Mkdir("xdg"), Mkdir("elsewhere"), Symlink("xdg/ecareer", "../elsewhere")),
        env={"ECAREER_CACHE_DIR": None, "XDG_CACHE_HOME": "{work}/xdg"},
        absent=("elsewhere/*",),
    ),
    Case(
        "cache-file-is-a-fifo",
        "a named pipe at the cache file's predictable name: not opened for reading, no hang",
        ("roles", "--data", "data"),
        0,
        "ops-director",
        "stdout",
        setup=(AtCacheFile("fifo"),),
        process=True,
        only_on="posix",
    ),
    Case(
        "cache-file-is-dev-stdin",
        "a link to /dev/stdin at the cache file's predictable name: links are not followed",
        ("roles", "--data", "data"),
        0,
        "ops-director",
        "stdout",
        setup=(AtCacheFile("link", "/dev/stdin"),),
        process=True,
        only_on="posix",
    ),
    # --- never replace what is not a regular file ---
    Case(
        "plan-onto-dev-null",
        "`plan -o /dev/null --force`: written into, never replaced",
        (*PLAN, "-o", "/dev/null", "--force"),
        0,
        "wrote /dev/null",
        needs="plan",
        only_on="posix",
    ),
    Case(
        "plan-onto-dev-stdout",
        "`plan -o /dev/stdout --force` (a link to the process's stdout): written into",
        (*PLAN, "-o", "/dev/stdout", "--force"),
        0,
        "## ",
        "stdout",
        needs="plan",
        process=True,
        only_on="posix",
    ),
    Case(
        "plan-onto-fifo-without-reader",
        "`plan -o fifo --force` onto a named pipe nobody reads: refused at once, no hang",
        (*PLAN, "-o", "plan.md", "--force"),
        1,
        "error: cannot write the plan to plan.md: it is a named pipe that nobody reads",
        setup=(Fifo("plan.md"),),
        needs="plan",
        process=True,
        only_on="posix",
    ),
    Case(
        "plan-onto-device",
        "`plan -o --force` onto a link to a device (/dev/zero): refused, the device kept",
        (*PLAN, "-o", "plan.md", "--force"),
        1,
        "error: cannot write the plan to plan.md: it is a device, not a file",
        setup=(Symlink("plan.md", "/dev/zero"),),
        needs="plan",
        only_on="posix",
    ),
    Case(
        "plan-through-a-link",
        "`plan -o link.md --force`, a link to a file: the file is replaced, the link kept",
        (*PLAN, "-o", "link.md", "--force"),
        0,
        "wrote link.md",
        setup=(Write("real.md", KEEP), Symlink("link.md", "real.md")),
        absent=(".real.md.*", ".link.md.*"),
        needs="plan",
    ),
    Case(
        "plan-name-255-bytes",
        "`plan -o` a name of 255 bytes (the temporary name must fit too)",
        (*PLAN, "-o", "p" * 252 + ".md"),
        0,
        "wrote ppppp",
        absent=(".ppp*",),
        needs="plan",
    ),
    Case(
        "plan-sigterm-while-writing",
        "SIGTERM while `plan -o --force` writes",
        (*PLAN, "-o", "plan.md", "--force"),
        143,
        "terminated (SIGTERM)",
        setup=(Write("plan.md", KEEP),),
        patches=(Patch("os.fdopen", "sigterm-while-writing"),),
        intact=("plan.md",),
        absent=(PLAN_TMP,),
        needs="plan",
        only_on="posix",
    ),
    Case(
        "plan-sighup-while-writing",
        "SIGHUP (the terminal closed) while `plan -o --force` writes",
        (*PLAN, "-o", "plan.md", "--force"),
        129,
        "terminated (SIGHUP)",
        setup=(Write("plan.md", KEEP),),
        patches=(Patch("os.fdopen", "sighup-while-writing"),),
        intact=("plan.md",),
        absent=(PLAN_TMP,),
        needs="plan",
        only_on="posix",
    ),
    # --- the standard streams ---
    Case(
        "stdout-closed",
        "stdout closed (`>&-`)",
        ("roles", "--data", "data"),
        1,
        "error: cannot write the output to stdout: bad file descriptor",
        process=True,
        closed=("stdout",),
        only_on="posix",
    ),
    Case(
        "stdout-closed-json",
        "stdout closed (`>&-`), with `--json`",
        GAP,
        1,
        "error: cannot write the output to stdout: bad file descriptor",
        process=True,
        closed=("stdout",),
        only_on="posix",
    ),
    Case(
        "stderr-closed-plan",
        "stderr closed (`2>&-`): `plan -o --force` writes the file and exits 0",
        (*PLAN, "-o", "plan.md", "--force"),
        0,
        "",
        setup=(Write("plan.md", KEEP),),
        absent=(PLAN_TMP,),
        needs="plan",
        process=True,
        closed=("stderr",),
        only_on="posix",
    ),
    Case(
        "stderr-closed-unknown-role",
        "stderr closed (`2>&-`): an unknown role still exits 2",
        ("show", "nope", "--data", "data"),
        2,
        "",
        process=True,
        closed=("stderr",),
        only_on="posix",
    ),
    Case(
        "stdout-non-blocking",
        "stdout inherited non-blocking (O_NONBLOCK) and read slowly; 130 kB of JSON",
        ("skills", "--data", "data", "--json"),
        0,
        '"id": "extra-skill-599"',
        "stdout",
        setup=(Write("data/skills.yaml", SKILLS + EXTRA_SKILLS),),
        process=True,
        nonblocking=True,
        only_on="posix",
    ),
    Case(
        "output-encoding-ascii",
        "an output encoding that cannot hold Chinese (`PYTHONIOENCODING=ascii`)",
        ("roles", "--data", "data", "--lang", "zh"),
        0,
        "\\u7535\\u5546",
        "stdout",
        env={"PYTHONIOENCODING": "ascii"},
        process=True,
    ),
    Case(
        "output-encoding-posix-json",
        "the POSIX locale without UTF-8 mode (`LC_ALL=POSIX PYTHONUTF8=0`), with `--json`",
        ("roles", "--data", "data", "--lang", "zh", "--json"),
        0,
        '"zh": "\\u7535\\u5546',
        "stdout",
        env={"LC_ALL": "POSIX", "PYTHONUTF8": "0", "PYTHONIOENCODING": None, "LANG": None},
        process=True,
        only_on="posix",
    ),
    Case(
        "columns-zero",
        "`COLUMNS=0`: the default width of 80, not an empty table",
        ("show", "ops-director", "--data", "data"),
        0,
        "Platform rules",
        "stdout",
        env={"COLUMNS": "0", "TERMINAL_WIDTH": None},
    ),
    Case(
        "columns-nonsense",
        "`COLUMNS=wide`: the default width of 80",
        ("show", "ops-director", "--data", "data"),
        0,
        "Platform rules",
        "stdout",
        env={"COLUMNS": "wide", "TERMINAL_WIDTH": None},
    ),
    Case(
        "columns-two",
        "`COLUMNS=2`: raised to the least width (20), the table as blocks, no character dropped",
        ("show", "ops-director", "--data", "data"),
        0,
        "Skill: Team \nleadership\nLevel: 4",
        "stdout",
        env={"COLUMNS": "2", "TERMINAL_WIDTH": None},
    ),
    # --- escaping ---
    Case(
        "plan-markdown-live-links",
        "a role named `[x](http://e.vil) **b** see www.evil.example a@e.vil`: no link of any "
        "kind (bracketed, GFM autolinks, e-mail) in the Markdown plan",
        PLAN,
        0,
        "\\[x\\](http\\://e.vil) \\*\\*b\\*\\* see www\\.evil.example a\\@e.vil",
        "stdout",
        setup=(
            Write(
                "data/roles.yaml",
                role_named("'[x](http://e.vil) **b** see www.evil.example a@e.vil'"),
            ),
        ),
        needs="plan",
    ),
    # --- overlays: the rules see the merged view ---
    Case(
        "overlay-replaces-prerequisites",
        "an overlay turns sql -> spreadsheets round (replacing both skills): no cycle is left",
        ("validate", "--data", "data", "--overlay", "ov"),
        0,
        "valid, with 9 warnings; 4 files checked",
        "stdout",
        setup=(Write("ov/skills.yaml", OVERLAY_SKILLS),),
    ),
    Case(
        "overlay-replaces-a-promotion",
        "an overlay makes a promotion lateral and adds the promotion back: no cycle is left",
        ("validate", "--data", "data", "--overlay", "ov"),
        0,
        "valid, with 8 warnings; 4 files checked",
        "stdout",
        setup=(
            Write(
                "ov/paths.yaml",
                "paths:\n"
                "  - {from: ops-assistant, to: ops-specialist, kind: lateral, years: 1}\n"
                "  - {from: ops-specialist, to: ops-assistant, kind: promotion, years: 1}\n",
            ),
        ),
    ),
    Case(
        "overlay-makes-a-cycle",
        "an overlay's skill needs sql, which needs it: the error names the overlay's file",
        ("validate", "--data", "data", "--overlay", "ov"),
        1,
        "ov/skills.yaml:2:5: error E107 prerequisites form a cycle: spreadsheets -> sql -> "
        "spreadsheets",
        "stdout",
        setup=(Write("ov/skills.yaml", OVERLAY_SKILLS.split("  - id: sql")[0]),),
    ),
    Case(
        "role-promises-kept",
        "a role of 2 skills, all of one dimension (CONTRIBUTING promises 6 over 2)",
        ("validate", "--data", "data", "--strict"),
        1,
        "warning W203 role 'ops-assistant' needs 2 skills over 1 dimensions; a role needs at "
        "least 6 over at least 2",
        "stdout",
    ),
    Case(
        "role-without-essential-skill",
        "an overlay's role with no essential skill",
        ("validate", "--data", "data", "--overlay", "ov"),
        0,
        "warning W204 role 'data-analyst' has no essential skill",
        "stdout",
        setup=(
            Write(
                "ov/roles.yaml",
                ROLES[ROLES.index("  - id: data-analyst") :]
                .replace(", essential: true", "")
                .join(["roles:\n", ""]),
            ),
        ),
    ),
    # --- algorithmic blow-ups: every command is bounded ---
    Case(
        "gap-prerequisite-chain",
        "a chain of 10,000 prerequisites (was quadratic: minutes)",
        ("gap", "--from", "ops-specialist", "--to", "ops-supervisor", "--data", "data"),
        0,
        # 5 requirements and 9,999 prerequisites, of which the table shows MAX_ROWS
        f"and {10_004 - MAX_ROWS:,} more rows, not",
        "stdout",
        setup=chain_data(10_000),
    ),
    Case(
        "plan-prerequisite-chain",
        "`plan` along a chain of 10,000 prerequisites",
        ("plan", "--from", "ops-specialist", "--to", "ops-supervisor", "--data", "data"),
        0,
        "prerequisite for C 9999",
        "stdout",
        setup=chain_data(10_000),
        needs="plan",
    ),
    Case(
        "plan-role-of-20000-requirements",
        "`plan` to a role of 20,000 requirements (was quadratic in the tasks: minutes)",
        (
            "plan",
            "--from",
            "ops-specialist",
            "--to",
            "ops-supervisor",
            "--data",
            "data",
            "--hours-per-week",
            "80",
        ),
        0,
        "C 19999",
        "stdout",
        setup=wide_data(20_000),
        needs="plan",
    ),
    Case(
        "plan-html-long-names",
        "an HTML plan through four roles of 2,000-character names (SVG wrapping was cubic)",
        (*PLAN, "--format", "html"),
        0,
        "<svg",
        "stdout",
        setup=(
            Write(
                "data/roles.yaml",
                re.sub(r"name: \{en: [^,]*,", "name: {en: " + "W" * 1999 + ",", ROLES),
            ),
        ),
        needs="plan",
    ),
    Case(
        "unknown-role-4kb",
        "an unknown `--from` of 4 KB on 10,000 skills (did-you-mean compares 64 characters)",
        ("gap", "--from", "q" * 4096, "--to", "ops-director", "--data", "data"),
        2,
        "error: unknown role 'qqqqqqqq",
        setup=chain_data(10_000),
    ),
    Case(
        "profile-100000-unknown-skills",
        "a profile naming 100,000 unknown skills: 200 problems, then one that counts the rest",
        (*GAP, "--profile", "me.yaml"),
        2,
        "E102 99,800 more problems in me.yaml are not shown (the first 200 are)",
        setup=(Write("me.yaml", "skills:\n" + "".join(f"  zz{i}q: 1\n" for i in range(100_000))),),
    ),
    Case(
        "route-work-bound",
        "the route search reaches its work bound (lowered to 1 label here)",
        ("route", "--from", "ops-assistant", "--to", "ops-director", "--data", "data"),
        0,
        "note: stopped after 1 states: the best route found so far is shown, it may not be "
        "the cheapest",
        patches=(Patch("ecareer.advise.route.MAX_EXPANDED", "one"),),
    ),
    Case(
        "route-unreachable",
        "a target no chain of moves reaches: answered before any search",
        ("route", "--from", "ops-director", "--to", "ops-assistant", "--data", "data"),
        1,
        "no route: 'ops-assistant' cannot be reached from 'ops-director' by any chain of moves",
        patches=(Patch("ecareer.advise.route.heapq", "no-heap"),),
    ),
    # --- numbers beyond what int() and the messages take ---
    Case(
        "huge-integer",
        "a required level of 5,000 digits (int() refuses over 4,300)",
        ("validate", "--data", "data"),
        1,
        "S004 the number 99999999999999999999... has 5000 digits, more than 100",
        "stdout",
        setup=(
            Write("data/roles.yaml", ROLES.replace("level: 1,", "level: " + "9" * 5000 + ",", 1)),
        ),
    ),
    Case(
        "huge-integer-cached",
        "the same, for a command that reads the cache",
        ("roles", "--data", "data"),
        1,
        "S004 the number 99999999999999999999... has 5000 digits",
        setup=(
            Write("data/roles.yaml", ROLES.replace("level: 1,", "level: " + "9" * 5000 + ",", 1)),
        ),
    ),
    Case(
        "profile-huge-hex",
        "the profile holds a level of 4,000 hex digits (about 4,800 decimal ones)",
        (*GAP, "--profile", "me.yaml"),
        2,
        "S004 the number 0xffffffffffffffffff... has 4002 digits, more than 100",
        setup=(Write("me.yaml", "skills: {sql: 0x" + "f" * 4000 + "}\n"),),
    ),
    Case(
        "profile-long-hex",
        "the profile holds a level of 90 hex digits: shown in full in the message",
        (*GAP, "--profile", "me.yaml"),
        2,
        "E104 skill 'sql' at level 2348542582773833227889480596789337027375682548908319870707",
        setup=(Write("me.yaml", "skills: {sql: 0x" + "f" * 90 + "}\n"),),
    ),
    Case(
        "plan-pace-subnormal",
        "`plan --hours-per-week 1e-320` (months overflow a float): below the least pace",
        (*PLAN, "--hours-per-week", "1e-320"),
        2,
        "error: --hours-per-week 1e-320 is out of range: give at least 0.1",
        needs="plan",
    ),
    Case(
        "plan-pace-just-over",
        "`plan --hours-per-week 80.0000001`: the value shown as given",
        (*PLAN, "--hours-per-week", "80.0000001"),
        2,
        "error: --hours-per-week 80.0000001 is out of range",
        needs="plan",
    ),
    Case(
        "scale-empty",
        "`scale: []` in skills.yaml",
        ("validate", "--data", "data"),
        1,
        "data/skills.yaml:2:1: error E111 the scale is empty",
        "stdout",
        setup=(Write("data/skills.yaml", re.sub(r"scale:\n(  - .*\n)+", "scale: []\n", SKILLS)),),
    ),
    Case(
        "schema-out-with-escapes",
        "`schema --out` a folder whose name holds ESC and BEL",
        ("schema", "--out", "s\x1b[31m\x07"),
        0,
        "wrote 4 of 4 schemas in s\\x1b[31m\\x07",
        "stdout",
    ),
    Case(
        "completion-rc-is-a-folder",
        "`--install-completion` for bash when ~/.bashrc is a folder",
        ("--install-completion",),
        1,
        "error: cannot write home/.bashrc: is a directory",
        setup=(Mkdir("home/.bashrc"),),
        patches=(Patch("typer._completion_shared._get_shell_name", "bash"),),
        env={"HOME": "{work}/home"},
    ),
    Case(
        "completion-path-is-a-file",
        "`--install-completion` for bash when ~/.bash_completions is a file",
        ("--install-completion",),
        1,
        "error: cannot write home/.bash_completions: file exists",
        setup=(Write("home/.bashrc", "# mine\n"), Write("home/.bash_completions", "mine\n")),
        patches=(Patch("typer._completion_shared._get_shell_name", "bash"),),
        env={"HOME": "{work}/home"},
        intact=("home/.bash_completions",),
    ),
    # --- file names that are not UTF-8 ---
    Case(
        "data-path-not-utf8",
        "`--data` names a folder whose name holds the byte 0xff",
        ("validate", "--data", "d\udcff"),
        1,
        "d\\udcff/paths.yaml:1:1: error S003",
        "stdout",
        setup=(
            Write("d\udcff/skills.yaml", SKILLS),
            Write("d\udcff/roles.yaml", ROLES),
            Write("d\udcff/paths.yaml", "- a\n"),
        ),
    ),
    Case(
        "data-path-not-utf8-cached",
        "the same folder, valid, for a command that reads the cache",
        ("roles", "--data", "d\udcff", "--json"),
        0,
        '"id": "ops-director"',
        "stdout",
        setup=(
            Write("d\udcff/skills.yaml", SKILLS),
            Write("d\udcff/roles.yaml", ROLES),
            Write("d\udcff/paths.yaml", PATHS),
        ),
    ),
    Case(
        "overlay-path-not-utf8",
        "`--overlay` names a folder whose name holds the byte 0xff, with an error in it",
        ("roles", "--data", "data", "--overlay", "o\udcff"),
        1,
        "o\\udcff/roles.yaml",
        setup=(Write("o\udcff/roles.yaml", "roles: 3\n"),),
    ),
    Case(
        "env-data-path-not-utf8",
        "`ECAREER_DATA` names a missing folder whose name holds the byte 0xff",
        ("roles",),
        1,
        "data folder d\\udcff does not exist",
        env={"ECAREER_DATA": "d\udcff"},
    ),
)


# --- running a case --------------------------------------------------------------------------


def prepare(case: Case, work: Path) -> dict[str, bytes]:
    """Set up ``work`` for ``case``; returns the bytes of the files that must stay intact."""
    shutil.copytree(MINI, work / "data")
    for step in case.setup:
        step.apply(work)
    return {name: (work / name).read_bytes() for name in case.intact}


#: seconds a child process may take before it counts as a hang and is killed
WATCHDOG = 15


def supported(case: Case) -> str:
    """Why ``case`` cannot run here ("" when it can)."""
    if case.needs and not has_command(case.needs):
        return f"the `{case.needs}` command does not exist in this build yet"
    if case.only_on == "posix" and os.name != "posix":
        return "needs named pipes, resource limits and /dev/zero, /dev/full"
    for device in (case.stdout_to, *(s.target for s in case.setup if isinstance(s, Symlink))):
        if device.startswith("/dev/") and not Path(device).exists():
            return f"no {device} here"
    return ""


def run_case(case: Case, work: Path) -> Result:
    env: dict[str, str | None] = {"ECAREER_CACHE_DIR": str(work / ".cache")}
    for name, value in case.env.items():
        env[name] = value.replace("{work}", str(work)) if value is not None else None
    if case.process:
        return _run_process(case, work, env)
    with patched(case.patches):
        return invoke(*case.command, env=env, cwd=work)


def _run_process(case: Case, work: Path, env: dict[str, str | None]) -> Result:
    import subprocess

    full_env = {k: v for k, v in os.environ.items() if not k.startswith("ECAREER_")}
    full_env["PYTHONDONTWRITEBYTECODE"] = "1"
    for name, value in {**BASE_ENV, **env}.items():
        if value is None:
            full_env.pop(name, None)
        else:
            full_env[name] = value
    if any(name == "RLIMIT_FSIZE" for name, _ in case.limits):
        # under coverage.py (patch = subprocess, see .ci/run) the child would write its data
        # file at exit, past the limit: a half-written file and a traceback on stderr
        full_env.pop("COVERAGE_PROCESS_CONFIG", None)
        full_env.pop("COVERAGE_PROCESS_START", None)

    def limit() -> None:
        import resource

        for name, value in case.limits:
            resource.setrlimit(getattr(resource, name), (value, value))
        for stream in case.closed:
            os.close({"stdout": 1, "stderr": 2}[stream])
        if case.nonblocking:
            os.set_blocking(1, False)

    with contextlib.ExitStack() as stack:
        out: Any = subprocess.PIPE
        if case.stdout_to:
            out = stack.enter_context(open(case.stdout_to, "wb"))
        proc = subprocess.Popen(
            [sys.executable, "-m", "ecareer", *case.command],
            cwd=work,
            env=full_env,
            stdout=out,
            stderr=subprocess.PIPE,
            preexec_fn=limit if (case.limits or case.closed or case.nonblocking) else None,
        )
        if case.nonblocking:
            import time

            time.sleep(1.0)  # a slow reader: the pipe fills while the child writes
        try:
            raw_out, raw_err = proc.communicate(timeout=WATCHDOG)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
            return Result(-9, "", f"(killed by the watchdog after {WATCHDOG} s: a hang)")
    stdout = (raw_out or b"").decode("utf-8", "replace")
    return Result(proc.returncode, stdout, (raw_err or b"").decode("utf-8", "replace"))


def problems_with(case: Case, work: Path, result: Result, before: dict[str, bytes]) -> list[str]:
    """Every way ``result`` falls short of what ``case`` promises (empty when it keeps it)."""
    from ecareer.render.escape import clean

    out = []
    if result.crashed:
        out.append("an exception escaped:\n" + (result.traceback or result.stderr))
    if result.exit_code != case.exit:
        out.append(f"exit code {result.exit_code}, expected {case.exit}")
    text = result.stdout if case.stream == "stdout" else result.stderr
    if case.message not in text:
        out.append(f"{case.message!r} is not in {case.stream}")
    for stream, value in (("stdout", result.stdout), ("stderr", result.stderr)):
        unsafe = sorted({c for c in value if clean(c, one_line=False) != c})
        if unsafe:
            out.append(f"control characters reached {stream}: {unsafe!r}")
    for name, data in before.items():
        path = work / name
        if not path.is_file() or path.read_bytes() != data:
            out.append(f"{name} was changed or removed")
    for pattern in case.absent:
        found = sorted(str(p.relative_to(work)) for p in work.glob(pattern))
        if found:
            out.append(f"left behind: {', '.join(found)}")
    if out:
        out.append(
            f"--- stdout ---\n{result.stdout[-2000:]}\n--- stderr ---\n{result.stderr[-2000:]}"
        )
    return out


# --- the table in docs/robustness.md ---------------------------------------------------------

HEADER = """\
# Robustness: hostile input and faults

Data arrives in pull requests from strangers, profiles from users, plans are written to their
disks. Whatever the input, ecareer answers with a message and a documented exit code, never a
traceback, a hang, a damaged file or code execution.

| Exit | Meaning |
|-----:|---------|
| 0 | done |
| 1 | the data or the check failed, no route, a file could not be written |
| 2 | usage: a bad option, an unknown id, a profile that does not validate |
| 130 | interrupted (Ctrl-C); nothing half-written is left behind |
| 143, 129 | terminated by SIGTERM or SIGHUP (128 + the signal); nothing half-written is left behind |

Every row below is a case in `tests/robustness_catalogue.py`, and
`tests/test_robustness_catalogue.py` runs each one and checks that this table is the one the
catalogue generates. To change the table, change the catalogue and run

    python tests/robustness_catalogue.py --markdown > docs/robustness.md

Each case starts from a copy of `tests/fixtures/mini` in `data/` and runs with `NO_COLOR=1`,
in-process, or as a child process where the fault must be real (a named pipe, `/dev/zero`,
`/dev/full`, a file size limit) or could hang: a child is killed after 15 s. No output may
hold a control character (ESC, BEL, C1 controls such as CSI, bidirectional overrides). Faults
in-process are simulated by replacing the system call that fails (a full disk, a folder that
refuses writes, Ctrl-C) while the command runs. Files marked intact must hold exactly what
they held before, and no temporary file may be left.

Every command is bounded, and says so when a bound cuts an answer: data files of at most
64 MiB, nesting 64 deep, numbers of at most 100 digits; at most 200 problems per file (then
one that counts the rest) and 100 did-you-means per check, comparing at most 64 characters;
tables of at most 500 rows (`--json` has all of them); a route search expands at most
3,000 labels (1,000 with `--via`), then at most 1,000 more to find a route to show (the
route of fewest moves if none), with a note on stderr that it may not be the cheapest and
the proven lower bound of the cheapest route's cost; a target that no chain of moves
reaches is answered before any search; a plan has at most 100 years of months. Gap, plan
and SVG text wrapping are linear in the size of the data.

Beyond this table the test suite also feeds every input of the YAML test suite to each data
file and to a profile (`tests/test_robustness_yaml_suite.py`), fuzzes the data and profiles
with Hypothesis (`tests/test_robustness_fuzz.py`), and checks the injection, fault and
concurrency cases that need more than one command (`tests/test_robustness_injection.py`,
`tests/test_robustness_faults.py`). A coverage-guided fuzzer for the loader lives in `fuzz/`.
"""


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _code(text: str) -> str:
    shown = text.encode("unicode_escape").decode("ascii") if not text.isprintable() else text
    ticks = "``" if "`" in shown else "`"
    pad = " " if "`" in shown else ""
    return _cell(f"{ticks}{pad}{shown}{pad}{ticks}")


def _command_line(case: Case) -> str:
    parts = []
    for arg in case.command:
        shown = arg.encode("unicode_escape").decode("ascii") if not arg.isprintable() else arg
        parts.append(f"'{shown}'" if (" " in shown or not arg.isprintable()) else shown)
    return "ecareer " + " ".join(parts)


def markdown() -> str:
    bugs = [c for c in CASES if c.known_bug]
    rows = [
        "| Case | Input | Command | Exit | Message (excerpt) |",
        "|------|-------|---------|-----:|-------------------|",
    ]
    for case in CASES:
        where = "" if case.stream == "stderr" else " (stdout)"
        mark = " (not yet †)" if case.known_bug else ""
        rows.append(
            f"| {case.name} | {_cell(case.input)} | {_code(_command_line(case))} "
            f"| {case.exit} | {_code(case.message)}{where}{mark} |"
        )
    notes = ""
    if bugs:
        notes = "\n† Open bugs: the row says what ecareer should do and its test fails until it does.\n\n"
        notes += "".join(f"- {c.name}: today, {c.known_bug}.\n" for c in bugs)
    return HEADER + "\n" + "\n".join(rows) + "\n" + notes


if __name__ == "__main__":
    if sys.argv[1:] != ["--markdown"]:
        sys.exit("usage: python tests/robustness_catalogue.py --markdown > docs/robustness.md")
    sys.stdout.write(markdown())
