"""Hypothesis mutates the shipped-style data and profiles; every command must answer cleanly.

The base is ``tests/fixtures/mini``, loaded with ``yaml.safe_load``. A mutation drops or
duplicates keys, puts a value of the wrong type, a huge, negative or non-finite number, unicode
edge cases (right-to-left and zero-width marks, NUL, emoji), very long strings, deep nesting or
very many entries in place of any value; the result is dumped with ``yaml.safe_dump`` (or, for
duplicate keys, lone surrogates and stray bytes, edited as text or bytes). Then every command
runs on it: the exit code must be one of the documented ones (0, 1, 2) and no exception may
escape. Example counts are modest: the whole file runs in about twenty seconds. For a longer
campaign, scale them: ``ECAREER_FUZZ_EXAMPLES=2000 pytest tests/test_robustness_fuzz.py``.
"""

from __future__ import annotations

import copy
import json
import math
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ecareer.load.depth import MAX_DEPTH

from robustness_catalogue import MINI, Result, has_command, invoke

FILES = ("skills", "roles", "paths")
BASE = {name: yaml.safe_load((MINI / f"{name}.yaml").read_text(encoding="utf-8")) for name in FILES}
PROFILE = {"name": "Li Lei", "role": "ops-specialist", "skills": {"sql": 2, "spreadsheets": 1}}

ROLE_IDS = sorted(r["id"] for r in BASE["roles"]["roles"])
SKILL_IDS = sorted(s["id"] for s in BASE["skills"]["skills"])


def commands() -> list[tuple[str, ...]]:
    """Every command, with arguments that make sense on the mini data."""
    out: list[tuple[str, ...]] = [
        ("validate",),
        ("validate", "--format", "github"),
        ("roles",),
        ("skills", "--json"),
        ("show", "ops-specialist"),
        ("show", "sql", "--json"),
        ("gap", "--from", "ops-specialist", "--to", "ops-director", "--to", "data-analyst"),
        ("gap", "--from", "ops-assistant", "--to", "ops-director", "--json"),
        ("route", "--from", "ops-assistant", "--to", "ops-director", "-k", "3"),
        ("route", "--from", "ops-assistant", "--to", "ops-director", "--similar", "--json"),
        ("next", "--from", "ops-specialist"),
        ("next", "--from", "ops-assistant", "--json"),
        ("graph", "--similar"),
        ("graph", "--format", "dot"),
    ]
    if has_command("plan"):
        out += [
            ("plan", "--from", "ops-assistant", "--to", "ops-director", "--start", "2026-01-05"),
            ("plan", "--from", "ops-assistant", "--to", "ops-director", "--format", "html"),
        ]
    return out


PROFILE_COMMANDS: list[tuple[str, ...]] = [
    ("gap", "--to", "ops-director", "--json"),
    ("gap", "--from", "ops-specialist", "--to", "ops-director"),
    ("route", "--to", "ops-director"),
    ("next",),
]

# --- values ---------------------------------------------------------------------------------

UNICODE_EDGES = [
    "\u202e",  # right-to-left override
    "\u200f",  # right-to-left mark
    "\u2066",  # left-to-right isolate
    "\u200b",  # zero-width space
    "\u200d",  # zero-width joiner
    "\ufeff",  # byte-order mark / zero-width no-break space
    "\x00",  # NUL
    "\x1b[31m",  # an ANSI colour
    "\x1b]0;title\x07",  # an OSC title
    "\x9b",  # C1 CSI
    "\r",
    "\u2028",  # line separator
    "👩🏽‍💻",  # emoji with a skin tone and ZWJ
    "🇨🇳",  # a flag: two regional indicators
    "e\u0301",  # a combining accent
    "﷽",  # one very wide character
    "[bold red]x[/] [/]",  # Rich markup
    "<script>alert(1)</script>",
    '"] --> x[',  # Mermaid
    "| a | b |",  # Markdown table
    "运营",
]

edge_text = st.lists(st.sampled_from(UNICODE_EDGES), min_size=1, max_size=4).map("".join)
any_text = st.text(
    st.characters(exclude_categories=("Cs",)), min_size=0, max_size=40
)  # no lone surrogates: safe_dump cannot write them (see raw byte mutations)
long_text = st.integers(2_001, 200_000).map(lambda n: "x" * n)
numbers = st.one_of(
    st.sampled_from([0, -1, -(10**30), 10**30, 2**63, 1.5, -0.0, math.inf, -math.inf, math.nan]),
    st.integers(),
    st.floats(),
)
scalars = st.one_of(st.none(), st.booleans(), numbers, any_text, edge_text)


def nested(depth: int) -> Any:
    value: Any = "deep"
    for i in range(depth):
        value = [value] if i % 2 else {"k": value}
    return value


wrong_values = st.one_of(
    scalars,
    long_text,
    st.lists(scalars, max_size=3),
    st.dictionaries(st.text(max_size=5), scalars, max_size=3),
    st.integers(1, 90).map(nested),
)

# --- mutations of the Python structure ------------------------------------------------------


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every path to a value inside ``node`` (the root included)."""
    yield prefix
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _paths(v, (*prefix, i))


def _get(node: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        node = node[part]
    return node


@st.composite
def mutated(draw: st.DrawFn, base: Any) -> Any:
    """``base`` deep-copied, with one to three mutations anywhere inside it."""
    doc = copy.deepcopy(base)
    for _ in range(draw(st.integers(1, 3))):
        paths = list(_paths(doc))
        path = draw(st.sampled_from(paths))
        kind = draw(
            st.sampled_from(["replace", "drop", "extra-key", "many", "text", "number", "empty"])
        )
        if not path:
            if kind == "replace":
                doc = draw(wrong_values)
            continue
        parent, key = _get(doc, path[:-1]), path[-1]
        if kind == "replace":
            parent[key] = draw(wrong_values)
        elif kind == "drop":
            del parent[key]
        elif kind == "extra-key" and isinstance(parent, dict):
            parent[draw(st.one_of(st.text(max_size=10), edge_text))] = draw(scalars)
        elif kind == "many" and isinstance(parent[key], list) and parent[key]:
            item = parent[key][draw(st.integers(0, len(parent[key]) - 1))]
            parent[key].extend(copy.deepcopy(item) for _ in range(draw(st.integers(1, 200))))
        elif kind == "text" and isinstance(parent[key], str):
            parent[key] = draw(st.one_of(edge_text, any_text, long_text))
        elif kind == "number" and isinstance(parent[key], (int, float)):
            parent[key] = draw(numbers)
        elif kind == "empty":
            parent[key] = draw(st.sampled_from([None, "", [], {}]))
    return doc


def dump(doc: Any) -> str:
    # no anchors for shared parts: the loader would count them against MAX_ALIASES
    class NoAliases(yaml.SafeDumper):
        def ignore_aliases(self, data: Any) -> bool:
            return True

    return yaml.dump(doc, Dumper=NoAliases, allow_unicode=True, sort_keys=False)


@st.composite
def text_edits(draw: st.DrawFn, text: str) -> bytes:
    """Edits a dict cannot hold: a duplicated line (a duplicate key), stray or broken bytes."""
    lines = text.splitlines(keepends=True) or [""]
    kind = draw(st.sampled_from(["dup-line", "bytes", "surrogate", "bom", "truncate"]))
    at = draw(st.integers(0, len(lines) - 1))
    if kind == "dup-line":
        lines.insert(at, lines[at])
        return "".join(lines).encode("utf-8")
    raw = "".join(lines).encode("utf-8")
    cut = draw(st.integers(0, len(raw)))
    if kind == "bytes":
        return raw[:cut] + draw(st.binary(min_size=1, max_size=8)) + raw[cut:]
    if kind == "surrogate":  # a lone surrogate, as CESU-8 or Python's surrogatepass writes it
        return raw[:cut] + draw(st.sampled_from([b"\xed\xa0\x80", b"\xed\xbf\xbf"])) + raw[cut:]
    if kind == "bom":
        return draw(st.sampled_from([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"])) + raw
    return raw[:cut]


# --- running --------------------------------------------------------------------------------


@contextmanager
def dataset(files: dict[str, bytes]) -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        data.mkdir()
        for name in FILES:
            target = data / f"{name}.yaml"
            if name in files:
                target.write_bytes(files[name])
            else:
                target.write_bytes((MINI / f"{name}.yaml").read_bytes())
        yield data


def check(result: Result, args: tuple[str, ...]) -> None:
    assert not result.crashed, f"ecareer {' '.join(args)}\n{result.traceback}"
    assert result.exit_code in (0, 1, 2), (args, result.exit_code, result.stderr)
    if "github" not in args:  # a known bug, pinned by the catalogue's escape-in-github-annotation
        assert "\x1b" not in result.stdout and "\x1b" not in result.stderr, args
    if result.exit_code == 0 and ("--json" in args or "json" in args):
        json.loads(result.stdout)


def run_all(data: Path, cache: Path) -> dict[tuple[str, ...], Result]:
    env = {"ECAREER_CACHE_DIR": str(cache)}
    out = {}
    validate = invoke("validate", "--data", data, env=env)
    check(validate, ("validate",))
    for args in commands() if validate.exit_code == 0 else commands()[:4]:
        result = invoke(*args, "--data", data, env=env)
        check(result, args)
        out[args] = result
    return out


EXAMPLES = int(os.environ.get("ECAREER_FUZZ_EXAMPLES", "40"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@FUZZ
@given(name=st.sampled_from(FILES), data=st.data())
def test_mutated_data_never_crashes(name: str, data: st.DataObject) -> None:
    doc = data.draw(mutated(BASE[name]), label="document")
    with dataset({name: dump(doc).encode("utf-8")}) as folder:
        run_all(folder, folder.parent / "cache")


@FUZZ
@given(name=st.sampled_from(FILES), data=st.data())
def test_broken_text_never_crashes(name: str, data: st.DataObject) -> None:
    raw = data.draw(text_edits((MINI / f"{name}.yaml").read_text(encoding="utf-8")), label="raw")
    with dataset({name: raw}) as folder:
        run_all(folder, folder.parent / "cache")


# Valid data with hostile text: every command must succeed and show the text as it is.
TEXT_FIELDS = [
    ("roles", ("roles", 1, "name", "en")),
    ("roles", ("roles", 1, "name", "zh")),
    ("roles", ("roles", 1, "summary", "en")),
    ("roles", ("roles", 1, "aliases", 0)),
    ("roles", ("roles", 3, "name", "en")),
    ("skills", ("skills", 2, "name", "en")),
    ("skills", ("skills", 0, "resources", 0, "title", "en")),
    ("skills", ("scale", 1, "name", "en")),
    ("paths", ("paths", 1, "milestones", 0, "en")),
]
printable = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=60).filter(
    lambda s: s.strip() != ""
)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(field=st.sampled_from(TEXT_FIELDS), value=st.one_of(edge_text, printable))
def test_hostile_text_in_valid_data(field: tuple[str, tuple[Any, ...]], value: str) -> None:
    name, path = field
    doc = copy.deepcopy(BASE[name])
    _get(doc, path[:-1])[path[-1]] = value
    text = dump(doc)
    # what the file holds: PyYAML's dumper writes U+0085 (NEL) raw inside single quotes,
    # which any YAML reader then folds into a space; compare with the file, not the value
    written = _get(yaml.safe_load(text), path)
    with dataset({name: text.encode("utf-8")}) as folder:
        results = run_all(folder, folder.parent / "cache")
        validate = invoke("validate", "--data", folder, "--format", "json")
        if validate.exit_code != 0:
            return  # e.g. an alias now equal to another name: a data error, reported cleanly
        for args, result in results.items():
            assert result.exit_code == 0, (args, result.stderr)
        if path[0] == "roles" and path[1] == 1 and path[2] == "name":
            shown = invoke("show", "ops-specialist", "--data", folder, "--json").json()
            assert shown["name"][path[3]] == written  # exact round trip through JSON


@FUZZ
@given(data=st.data())
def test_mutated_profile_never_crashes(data: st.DataObject) -> None:
    doc = data.draw(mutated(PROFILE), label="profile")
    raw = dump(doc).encode("utf-8")
    if data.draw(st.booleans(), label="edit as text"):
        raw = data.draw(text_edits(raw.decode("utf-8")), label="raw profile")
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp) / "me.yaml"
        profile.write_bytes(raw)
        for args in PROFILE_COMMANDS:
            result = invoke(*args, "--profile", profile, "--data", MINI)
            check(result, args)
            if result.stderr.startswith(("error: the profile", "error: cannot use the profile")):
                assert "me.yaml" in result.stderr.splitlines()[0], result.stderr


@pytest.mark.parametrize("depth", [10, 60, 61, 62, 120])
def test_nesting_around_the_bound(depth: int) -> None:
    doc = copy.deepcopy(BASE["roles"])
    doc["roles"][0]["summary"] = nested(depth)
    with dataset({"roles": dump(doc).encode("utf-8")}) as folder:
        result = invoke("validate", "--data", folder)
    check(result, ("validate",))
    assert result.exit_code == 1
    # roles.yaml's mapping, the roles list and a role hold the nested value: 3 levels more
    assert ("Y006" in result.stdout) == (depth + 3 > MAX_DEPTH), result.stdout


def test_very_many_entries() -> None:
    """A thousand more roles and paths: every command still answers (no assertion on time)."""
    roles = copy.deepcopy(BASE["roles"])
    paths = copy.deepcopy(BASE["paths"])
    template = roles["roles"][1]
    for i in range(1000):
        role = copy.deepcopy(template)
        role["id"], role["aliases"] = f"gen-{i}", []
        roles["roles"].append(role)
        paths["paths"].append({"from": f"gen-{i}", "to": "ops-director", "kind": "lateral",
                               "years": 1})  # fmt: skip
    files = {"roles": dump(roles).encode(), "paths": dump(paths).encode()}
    with dataset(files) as folder:
        for args in [("validate",), ("roles", "--json"), ("show", "ops-director"),
                     ("gap", "--from", "gen-7", "--to", "ops-director"),
                     ("next", "--from", "gen-7"),
                     ("route", "--from", "ops-assistant", "--to", "ops-director")]:  # fmt: skip
            result = invoke(*args, "--data", folder)
            check(result, args)
            assert result.exit_code == 0, (args, result.stdout, result.stderr)


def test_the_atheris_target_holds_on_its_seeds() -> None:
    """fuzz/fuzz_load.py's checks, on its seeds and a few hostile inputs (no atheris needed)."""
    import importlib.util

    fuzz = Path(__file__).resolve().parents[1] / "fuzz"
    spec = importlib.util.spec_from_file_location("fuzz_load", fuzz / "fuzz_load.py")
    assert spec is not None and spec.loader is not None
    target = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(target)
    seeds = sorted((fuzz / "seeds").iterdir())
    assert seeds
    for seed in seeds:
        target.check(seed.read_bytes())
    for raw in [b"", b"\xef\xbb\xbf", b"[" * 5000, b"&a [*a]", b"a: !!python/name:os.system",
                b"\xff\xfe", b"a: 1\na: 2\n", b"? [a]\n: b\n"]:  # fmt: skip
        target.check(raw)
