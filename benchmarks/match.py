"""How fast ``ecareer match`` is, as ratios to the floor (the style of run.py).

    python benchmarks/match.py            # 15 rounds
    python benchmarks/match.py --quick    # 3 rounds

Targets, each the median over the rounds of the ratio between two commands run side by side:

* one posting (tests/fixtures/postings/23-data-analyst.txt, tables): at most 1.5x the floor
  (``floor.py``), and at most 1.25x ``ecareer gap`` (start-up plus a few milliseconds);
* 1,000 generated postings with ``--summary --json``: at most 40x the floor, and the wall
  time is printed (the issue asks for well under a minute).

Then, in this process, the parts: building the term index, matching one posting, and for
comparison compiling one regular-expression alternation of every term (the obvious
alternative; its compile time alone exceeds our whole match).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import time
from pathlib import Path

from run import HERE, PY, Bench, Target, ecareer_command, table, verdict

ROOT = HERE.parent
POSTINGS = ROOT / "tests" / "fixtures" / "postings"


def generate(folder: Path, n: int, seed: int = 15) -> None:
    """``n`` postings made from the test postings: lines of two postings of the same kind
    shuffled within their sections, numbers changed, some lines full-width or with entities."""
    rng = random.Random(seed)
    sources = [p.read_text(encoding="utf-8").splitlines() for p in sorted(POSTINGS.glob("*.txt"))]
    wide = {c: chr(ord(c) + 0xFEE0) for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"}
    for i in range(n):
        a, b = rng.sample(sources, 2)
        lines = [a[0], *a[1:], *rng.sample(b[1:], min(4, len(b) - 1))]
        body = lines[1:]
        rng.shuffle(body)
        out = []
        for line in [lines[0], *body]:
            line = re.sub(r"\d+", lambda m: str(rng.randint(1, 9)), line)
            roll = rng.random()
            if roll < 0.1:
                line = line.translate(str.maketrans(wide))
            elif roll < 0.2:
                line = "&nbsp;" + line.replace("&", "&amp;")
            out.append(line)
        (folder / f"p{i:04d}.txt").write_text("\n".join(out) + "\n", encoding="utf-8")


def in_process() -> list[list[str]]:
    sys.path.insert(0, str(ROOT / "src"))
    from ecareer.advise.match import build_index, match_text
    from ecareer.cli.options import Settings

    ds = Settings().dataset()
    t0 = time.perf_counter()
    index = build_index(ds)
    t1 = time.perf_counter()
    text = (POSTINGS / "23-data-analyst.txt").read_text(encoding="utf-8")
    rounds = 50
    for _ in range(rounds):
        match_text(ds, index, text)
    t2 = time.perf_counter()
    terms = sorted(
        {
            t.lower()
            for s in ds.skills.values()
            for t in (s.name.en, s.name.zh, *s.aliases, *s.keywords)
        },
        key=len,
        reverse=True,
    )
    re.purge()
    t3 = time.perf_counter()
    re.compile("|".join(re.escape(t) for t in terms))
    t4 = time.perf_counter()
    return [
        ["build the term index (all skills and roles)", f"{(t1 - t0) * 1000:.1f}"],
        ["match one posting (1.1 KB)", f"{(t2 - t1) * 1000 / rounds:.2f}"],
        [f"compile one alternation of the {len(terms)} terms", f"{(t4 - t3) * 1000:.1f}"],
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="3 rounds")
    args = parser.parse_args(argv)
    rounds = 3 if args.quick else 15
    ec = ecareer_command()
    with tempfile.TemporaryDirectory(prefix="ecareer-match-bench-") as tmp:
        folder = Path(tmp) / "postings"
        folder.mkdir()
        generate(folder, 1000)
        bench = Bench(Path(tmp) / "cache")
        bench.baselines = {
            "floor": [PY, str(HERE / "floor.py")],
            "gap": [*ec, "gap", "--from", "ops-specialist", "--to", "ops-director"],
        }
        one = [*ec, "match", str(POSTINGS / "23-data-analyst.txt")]
        many = [*ec, "match", str(folder), "--summary", "--json"]
        targets = [
            Target("match: one posting", one, "floor", 1.5),
            Target("match: one posting, vs gap", one, "gap", 1.25),
            Target("match: 1,000 postings --summary", many, "floor", 40.0),
        ]
        bench.measure(targets, rounds)
    rows = [
        [t.name, f"{t.ratio:.2f}", f"{t.limit:.2f}", verdict(t.ratio <= t.limit)] for t in targets
    ]
    print(table(rows, ["target", "ratio", "limit", "result"]))
    wall = sorted(s.seconds for s in targets[2].samples)[len(targets[2].samples) // 2]
    print(
        f"\n1,000 postings --summary: median {wall:.2f} s wall (well under a minute: "
        f"{verdict(wall < 30)})\n"
    )
    print(table(in_process(), ["in this process", "ms"]))
    return 0 if all(t.ratio <= t.limit for t in targets) else 1


if __name__ == "__main__":
    sys.exit(main())
