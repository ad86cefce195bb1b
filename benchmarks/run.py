"""Run every performance target of ecareer side by side and print pass or fail.

    python benchmarks/run.py            # the full run (generates ESCO-size data; ~10 min)
    python benchmarks/run.py --quick    # a smoke run: few rounds, 1/16 of ESCO's size

Shared machines are noisy, so no target is an absolute time. Each is the ratio between two
commands run one after the other in the same round (in a shuffled order); the median of the
ratios over the rounds is compared with the limit. Times are subprocess wall times; memory is
each child's peak resident set (``wait4``'s ``ru_maxrss``). Nothing here runs in the tests.

Targets (see docs/performance.md):

* start-up on the shipped data, warm cache: ``gap``, ``--help``, ``--version``, ``roles``,
  ``show`` at most 1.25x the floor (``floor.py``: a one-command Typer app printing a ten-row
  Rich table); ``route`` and ``next`` at most 1.25x the floor plus ``import networkx``;
* scale, on generated data of ESCO's size, for every shape of transition graph
  (``generate.py --shape``: ladder, web, hubs, chain, random), warm: ``route`` (``--by hours``
  and ``time``, ``--via``, ``--avoid`` with ``--max-steps``, ``--similar``) at most 2x the
  floor plus networkx, ``route -k 5`` 3x, ``route -k 20`` 6x, a route that cannot exist
  1.25x; ``next`` and ``graph --similar`` 2x; ``gap`` and ``plan`` 1.5x the floor; a cold
  ``validate`` at most 1.3x PyYAML's C loader alone on the same files (``yaml_load.py``);
  peak memory at most 600 MB; a child still running after TIMEOUT seconds is stopped (and
  fails);
* growth: 1x, 4x and 16x a base size (16x is ESCO's) for each shape: the time above the floor
  of ``gap``, ``next`` and a single ``route``, which may grow no faster than the data.

``--shape NAME`` (repeatable) runs only those shapes; ``--no-startup`` skips the start-up
targets; ``--quick`` runs one round at 1/16 of ESCO's size.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
PY = sys.executable
ESCO = (3000, 13500)
#: the growth table's base: 1/16 of ESCO's size, so that 16x is ESCO
BASE = (188, 844)
MB = 1024 * 1024
#: the transition graphs every scale target runs on (generate.py --shape)
SHAPES = ("ladder", "web", "hubs", "chain", "random")
#: the stress dataset: 100,000 skills, a 10,000-skill prerequisite chain and a role requiring
#: 20,000 skills (generate.py --prereq-chain, --big-role), ladder-shaped
STRESS = {"roles": 3000, "skills": 100_000, "prereq_chain": 10_000, "big_role": 20_000}


def ecareer_command() -> list[str]:
    """The installed console script next to this Python (what users run), else ``-m``."""
    script = Path(PY).with_name("ecareer")
    return [str(script)] if script.exists() else [PY, "-m", "ecareer"]


@dataclass
class Sample:
    seconds: float
    max_rss: int  # bytes
    timed_out: bool = False


#: a child still running after this many seconds is stopped and counted as taking this long
TIMEOUT = 120.0
#: the same for the baselines and the stress data's cold validate (PyYAML alone takes a
#: minute or more on 90 MB of YAML)
STRESS_TIMEOUT = 1200.0


def run_once(argv: Sequence[str], env: dict[str, str], timeout: float | None = None) -> Sample:
    """Wall time and peak memory of one child; its output goes nowhere. Exit 1 (a route that
    cannot exist says so with 1) is a result, not a failure."""
    timeout = timeout or TIMEOUT
    start = time.perf_counter()
    proc = subprocess.Popen(
        list(argv), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=HERE
    )
    assert proc.stderr is not None
    timer = threading.Timer(timeout, proc.kill)
    timer.start()
    try:
        err = proc.stderr.read()
    finally:
        timer.cancel()
    if hasattr(os, "wait4"):
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        rss = usage.ru_maxrss * (1 if sys.platform == "darwin" else 1024)
    else:  # pragma: no cover - no wait4 (Windows): time only
        proc.wait()
        seconds = time.perf_counter() - start
        rss = 0
    if proc.returncode == -9:
        return Sample(max(seconds, timeout), rss, timed_out=True)
    if proc.returncode not in (0, 1) or (proc.returncode == 1 and b"no route" not in err.lower()):
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(argv)}\n{err.decode()[-2000:]}")
    return Sample(seconds, rss)


@dataclass
class Target:
    name: str
    argv: list[str]
    baseline: str  # the key of the baseline command in Bench.baselines
    limit: float
    env: dict[str, str] = field(default_factory=dict)
    cold: bool = False  # empty the cache before every run
    timeout: float | None = None  # seconds (default: TIMEOUT)
    samples: list[Sample] = field(default_factory=list)
    ratios: list[float] = field(default_factory=list)
    extras: list[float] = field(default_factory=list)  # seconds above the baseline

    @property
    def extra(self) -> float:
        return statistics.median(self.extras)

    @property
    def ratio(self) -> float:
        return statistics.median(self.ratios)

    @property
    def max_rss(self) -> int:
        return max(s.max_rss for s in self.samples)


class Bench:
    """Runs targets and their baselines interleaved, round after round."""

    def __init__(self, cache: Path) -> None:
        self.cache = cache
        self.env = {
            **os.environ,
            "ECAREER_CACHE_DIR": str(cache),
            "NO_COLOR": "1",
            "COLUMNS": "100",
            "ECAREER_LANG": "en",
        }
        for var in ("ECAREER_DATA", "ECAREER_OVERLAY", "ECAREER_NO_CACHE"):
            self.env.pop(var, None)
        # Bytecode as an installed package has it (pip compiles at install), for every
        # command alike: a private cache that the warm-up runs fill, even where the
        # environment says PYTHONDONTWRITEBYTECODE (which would leave an editable checkout
        # compiling its sources on every run, and site-packages not).
        self.env.pop("PYTHONDONTWRITEBYTECODE", None)
        self.env["PYTHONPYCACHEPREFIX"] = str(cache.parent / "pycache")
        self.baselines: dict[str, list[str]] = {}

    def sample(
        self, argv: Sequence[str], extra: dict[str, str], cold: bool, timeout: float | None = None
    ) -> Sample:
        if cold:
            shutil.rmtree(self.cache, ignore_errors=True)
        return run_once(argv, {**self.env, **extra}, timeout)

    def measure(self, targets: list[Target], rounds: int, seed: int = 0) -> None:
        """Per round: every baseline and every target once, in a shuffled order."""
        rng = random.Random(seed)
        for t in targets:  # warm up: fill the cache and the page cache, check it runs
            # (a cold build of the stress data takes minutes: the warm-up may take that long)
            self.sample(t.argv, t.env, t.cold, STRESS_TIMEOUT)
        for argv in self.baselines.values():
            self.sample(argv, {}, False, STRESS_TIMEOUT)
        for _ in range(rounds):
            jobs: list[tuple[str, Target | None]] = [(k, None) for k in self.baselines]
            jobs += [(t.name, t) for t in targets]
            rng.shuffle(jobs)
            base: dict[str, list[float]] = {}
            done: list[tuple[Target, Sample]] = []
            for key, target in jobs:
                if target is None:
                    s = self.sample(self.baselines[key], {}, False, STRESS_TIMEOUT)
                    base.setdefault(key, []).append(s.seconds)
                else:
                    s = self.sample(target.argv, target.env, target.cold, target.timeout)
                    done.append((target, s))
            for target, s in done:
                floor = statistics.median(base[target.baseline])
                target.samples.append(s)
                target.ratios.append(s.seconds / floor)
                target.extras.append(s.seconds - floor)
            print(".", end="", file=sys.stderr, flush=True)
        print(file=sys.stderr)


def generate(
    folder: Path, roles: int, skills: int, shape: str = "ladder", *, chain: int = 0, big: int = 0
) -> None:
    if (folder / "paths.yaml").exists():
        return
    argv = [PY, str(HERE / "generate.py"), str(folder), "--roles", str(roles)]
    argv += ["--skills", str(skills), "--shape", shape]
    argv += ["--prereq-chain", str(chain), "--big-role", str(big)]
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)


def role_ids(roles: int) -> list[str]:
    """The ids generate.py gives ``roles`` roles (role i: family i % 9, ladders of eight)."""
    sys.path.insert(0, str(HERE))
    try:
        from generate import make_roles
    finally:
        sys.path.pop(0)
    return [r.id for r in make_roles(roles)]


def scale_queries(data: Path) -> tuple[list[str], list[str]]:
    """``gap`` and ``route`` from the first junior role to the first senior role of its ladder
    (generate.py: role i is in family i % 9, ladders of eight roles, junior x3, mid x3,
    senior x2)."""
    ec = ecareer_command()
    start, target = "r0000-operations-junior", "r0054-operations-senior"
    gap = [*ec, "gap", "--from", start, "--to", target, "--data", str(data)]
    route = [*ec, "route", "--from", start, "--to", target, "--data", str(data)]
    return gap, route


def startup_targets() -> list[Target]:
    ec = ecareer_command()
    gap = ["gap", "--from", "ops-specialist", "--to", "ops-director"]
    return [
        Target("start-up: gap", [*ec, *gap], "floor", 1.25),
        Target("start-up: --help", [*ec, "--help"], "floor", 1.25),
        Target("start-up: --version", [*ec, "--version"], "floor", 1.25),
        Target("start-up: roles", [*ec, "roles"], "floor", 1.25),
        Target("start-up: show", [*ec, "show", "ops-director"], "floor", 1.25),
        Target(
            "start-up: route",
            [*ec, "route", "--from", "ops-assistant", "--to", "ops-director"],
            "floor+networkx",
            1.25,
        ),
        Target("start-up: next", [*ec, "next", "--from", "ops-specialist"], "floor+networkx", 1.25),
    ]


def scale_targets(data: Path, label: str, roles: int, shape: str) -> list[Target]:
    """Every target of the issue on one generated dataset (see docs/performance.md)."""
    ec = ecareer_command()
    gap, route = scale_queries(data)
    ids = role_ids(roles)
    start, target = "r0000-operations-junior", "r0054-operations-senior"
    # a route that cannot exist: out of generate.py's sink (the last role: no move out of it
    # in every shape but the ladder), or, on the ladder, from a senior role down to a junior
    # one (promotions go up, lateral moves stay at a level)
    lost = ids[-1] if shape != "ladder" else target
    unreachable = [*ec, "route", "--from", lost, "--to", start, "--data", str(data)]
    via = ids[len(ids) // 2]
    avoid = ids[9]
    nx = "floor+networkx"
    d = ["--data", str(data)]
    return [
        Target(f"{label}: warm gap", gap, "floor", 1.5),
        Target(f"{label}: warm route", route, nx, 2.0),
        Target(f"{label}: route --by time", [*route, "--by", "time"], nx, 2.0),
        Target(f"{label}: route -k 5", [*route, "-k", "5"], nx, 3.0),
        Target(f"{label}: route -k 20", [*route, "-k", "20"], nx, 6.0),
        Target(f"{label}: route unreachable", unreachable, nx, 1.25),
        Target(f"{label}: route --via", [*route, "--via", via], nx, 2.0),
        Target(
            f"{label}: route --avoid --max-steps",
            [*route, "--avoid", avoid, "--max-steps", "6"],
            nx,
            2.0,
        ),
        Target(f"{label}: route --similar", [*route, "--similar"], nx, 2.0),
        Target(f"{label}: next", [*ec, "next", "--from", start, *d], nx, 2.0),
        Target(f"{label}: graph --similar", [*ec, "graph", "--similar", "-f", "json", *d], nx, 2.0),
        Target(
            f"{label}: plan",
            [*ec, "plan", "--from", start, "--to", target, "--start", "2026-01-05", *d],
            "floor",
            1.5,
        ),
        Target(f"{label}: cold validate", [*ec, "validate", *d], f"yaml:{data}", 1.3),
    ]


def stress_targets(data: Path) -> list[Target]:
    """``gap`` and ``plan`` to the stress roles (generate.py: the two roles after the last
    plain one: the end of the prerequisite chain, then the big role), a cold ``validate``;
    the peak memory of all of them is the 100,000-skill memory target."""
    ec = ecareer_command()
    roles = STRESS["roles"]
    chain, big = f"r{roles:04d}-chain-senior", f"r{roles + 1:04d}-big-senior"
    start = "r0000-operations-junior"
    d = ["--data", str(data)]
    out = []
    for what, role in (("prerequisite chain", chain), ("big role", big)):
        gap = [*ec, "gap", "--from", start, "--to", role, *d]
        # full-time study: 20,000 skills at a working person's 5 hours a week would be a plan
        # of more than a hundred years, which plan refuses
        plan = [*ec, "plan", "--from", start, "--to", role, "--start", "2026-01-05", *d]
        plan += ["--hours-per-week", "40"]
        out.append(Target(f"stress: gap, {what}", gap, "floor", 1.5))
        out.append(Target(f"stress: plan, {what}", plan, "floor", 1.5))
    validate = [*ec, "validate", *d]
    out.append(
        Target("stress: cold validate", validate, f"yaml:{data}", 1.3, timeout=STRESS_TIMEOUT)
    )
    return out


#: the targets whose time above the floor the growth table follows
GROWTH = ("warm gap", "next", "warm route")


def table(rows: list[list[str]], header: list[str]) -> str:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    line = "| " + " | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)) + " |"
    sep = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    body = [
        "| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |" for r in rows
    ]
    return "\n".join([line, sep, *body])


def verdict(ok: bool) -> str:
    return "pass" if ok else "FAIL"


def result_rows(label: str, targets: list[Target]) -> list[list[str]]:
    """A row per target and one for the peak memory of them all, also printed on stderr at
    once (a long run shows each dataset's results as it ends)."""
    rows = []
    for t in targets:
        late = " (timed out)" if any(x.timed_out for x in t.samples) else ""
        ok = verdict(t.ratio <= t.limit and not late)
        rows.append([t.name + late, f"{t.ratio:.2f}", f"{t.limit:.2f}", ok])
    peak = max(t.max_rss for t in targets)
    rows.append(
        [f"{label}: peak memory (MB)", f"{peak / MB:.0f}", "600", verdict(peak <= 600 * MB)]
    )
    for row in rows:
        print("  " + " | ".join(row), file=sys.stderr)
    return rows


def main(argv: list[str] | None = None) -> int:
    global TIMEOUT
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a smoke run: few rounds, small")
    parser.add_argument("--rounds", type=int, help="rounds for start-up targets (default 15)")
    parser.add_argument("--scale-rounds", type=int, help="rounds at ESCO's size (default 3)")
    parser.add_argument("--work", type=Path, help="keep generated data here (default: temp)")
    parser.add_argument("--no-scale", action="store_true", help="start-up targets only")
    parser.add_argument("--no-startup", action="store_true", help="scale targets only")
    parser.add_argument("--no-growth", action="store_true", help="skip the growth table")
    parser.add_argument(
        "--shape", action="append", choices=SHAPES, help="only this shape; repeatable"
    )
    parser.add_argument("--no-stress", action="store_true", help="skip the 100,000-skill data")
    parser.add_argument(
        "--stress-only", action="store_true", help="only the 100,000-skill data's targets"
    )
    parser.add_argument("--timeout", type=float, help=f"seconds a child may take ({TIMEOUT:g})")
    args = parser.parse_args(argv)
    if args.timeout:
        TIMEOUT = args.timeout
    rounds = args.rounds or (3 if args.quick else 15)
    scale_rounds = args.scale_rounds or (1 if args.quick else 3)
    shapes = [] if args.stress_only else (args.shape or list(SHAPES))
    if args.stress_only:
        args.no_startup = args.no_growth = True
    work = args.work or Path(tempfile.mkdtemp(prefix="ecareer-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    cache = work / "cache"
    bench = Bench(cache)
    nx_floor = [PY, str(HERE / "floor_nx.py")]
    bench.baselines = {"floor": [PY, str(HERE / "floor.py")], "floor+networkx": nx_floor}
    print(
        f"python {sys.version.split()[0]} on {sys.platform}, {os.cpu_count()} CPUs", file=sys.stderr
    )
    rows: list[list[str]] = []

    if not args.no_startup:
        start = startup_targets()
        print(f"start-up, shipped data: {rounds} rounds", file=sys.stderr)
        bench.measure(start, rounds)
        for t in start:
            rows.append([t.name, f"{t.ratio:.2f}", f"{t.limit:.2f}", verdict(t.ratio <= t.limit)])

    growth: list[tuple[str, int, list[Target]]] = []
    if not args.no_scale:
        sizes = [1] if args.quick else ([1, 4, 16] if not args.no_growth else [16])
        for shape in shapes:
            for factor in sizes:
                roles, skills = BASE[0] * factor, BASE[1] * factor
                if factor == 16:
                    roles, skills = ESCO
                data = work / f"data-{shape}-{factor}x"
                print(f"generating {shape}: {roles} roles, {skills} skills", file=sys.stderr)
                generate(data, roles, skills, shape)
                label = f"{shape} " + ("ESCO" if factor == 16 else f"{factor}x")
                targets = scale_targets(data, label, roles, shape)
                if factor != sizes[-1]:  # smaller sizes: only what the growth table follows
                    targets = [t for t in targets if t.name.split(": ", 1)[1] in GROWTH]
                bench.baselines = {
                    "floor": [PY, str(HERE / "floor.py")],
                    "floor+networkx": nx_floor,
                    f"yaml:{data}": [PY, str(HERE / "yaml_load.py"), str(data)],
                }
                n = scale_rounds if factor == 16 or args.quick else max(scale_rounds, 3)
                print(f"{label}: {n} rounds", file=sys.stderr)
                bench.measure(targets, n)
                growth.append((shape, factor, targets))
                if factor != sizes[-1]:
                    continue
                rows += result_rows(label, targets)
        if not args.no_stress and not args.quick:
            data = work / "data-stress"
            print("generating the stress data: 100,000 skills", file=sys.stderr)
            generate(
                data,
                STRESS["roles"],
                STRESS["skills"],
                chain=STRESS["prereq_chain"],
                big=STRESS["big_role"],
            )
            targets = stress_targets(data)
            bench.baselines = {
                "floor": [PY, str(HERE / "floor.py")],
                f"yaml:{data}": [PY, str(HERE / "yaml_load.py"), str(data)],
            }
            print(f"stress: {scale_rounds} rounds", file=sys.stderr)
            bench.measure(targets, scale_rounds)
            rows += result_rows("stress", targets)
        if len(sizes) > 1:
            # warm queries: their time above the floor may grow at most as fast as the data
            # (the smallest size's extra time is counted as at least 10 ms: below that it is
            # noise, and dividing by noise proves nothing)
            span = sizes[-1] / sizes[0]
            for shape in shapes:
                runs = {f: ts for sh, f, ts in growth if sh == shape}
                for what in GROWTH:
                    first = next(t for t in runs[sizes[0]] if t.name.endswith(": " + what))
                    last = next(t for t in runs[sizes[-1]] if t.name.endswith(": " + what))
                    grew = last.extra / max(first.extra, 0.010)
                    name = f"{shape} growth {span:.0f}x: {what}, time above floor"
                    rows.append([name, f"{grew:.2f}", f"{span:.0f}", verdict(grew <= span)])

    print()
    print(table(rows, ["target", "ratio", "limit", "result"]))
    if growth:
        grows: list[list[str]] = []
        for shape, factor, targets in growth:
            for t in targets:
                med = statistics.median(s.seconds for s in t.samples)
                rss = max(s.max_rss for s in t.samples) / MB
                what = t.name.split(": ", 1)[1]
                cells = [shape, f"{factor}x", what, f"{med:.2f}", f"{t.extra:+.3f}"]
                grows.append([*cells, f"{t.ratio:.2f}", f"{rss:.0f}"])
        print()
        header = ["shape", "size", "command", "median s", "s above baseline", "ratio", "peak MB"]
        print(table(grows, header))
    failed = [r for r in rows if r[3] != "pass"]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
