"""A coverage-guided fuzz target for the strict YAML loader (atheris / libFuzzer).

Not run in CI. To run it (see fuzz/README.md)::

    pip install atheris
    mkdir -p /tmp/ecareer-corpus
    python fuzz/fuzz_load.py /tmp/ecareer-corpus fuzz/seeds -dict=fuzz/yaml.dict -max_total_time=60

It feeds bytes through what ``ecareer.load.parse.read_text`` does (byte-order mark, UTF-8) and then
``load_text``, with and without positions, and checks what must always hold:

* nothing raises: every problem is returned as a ``Problem``;
* a problem has a known rule code and a position that is not negative;
* a load that succeeds gives plain data only (dict, list, str, int, float, bool, None), no
  deeper than ``MAX_DEPTH``, and the same data whether positions are recorded or not;
* every path into the data can be located at a position inside the text.

``check`` is importable without atheris: ``tests/test_robustness_fuzz.py`` runs it on the
seed corpus so the target cannot rot.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))  # runs from a checkout, installed or not

PLAIN = (str, int, float, bool, type(None))


def _walk(value: Any, depth: int, path: tuple[Any, ...], out: list[tuple[Any, ...]]) -> int:
    """Check that ``value`` is plain data; collect every path; return the nesting depth."""
    out.append(path)
    if isinstance(value, dict):
        deepest = depth + 1
        for key, item in value.items():
            assert isinstance(key, PLAIN), f"a key of type {type(key).__name__}"
            deepest = max(deepest, _walk(item, depth + 1, (*path, key), out))
        return deepest
    if isinstance(value, list):
        deepest = depth + 1
        for i, item in enumerate(value):
            deepest = max(deepest, _walk(item, depth + 1, (*path, i), out))
        return deepest
    assert isinstance(value, PLAIN), f"a value of type {type(value).__name__}"
    return depth


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return type(a) is type(b) and a == b


def check(data: bytes) -> None:
    """One input: the loader's promises, asserted. An AssertionError or any other exception
    is a finding."""
    from ecareer.contract.problems import RULES
    from ecareer.load.depth import MAX_DEPTH
    from ecareer.load.files import MAX_BYTES
    from ecareer.load.parse import load_text

    if len(data) > MAX_BYTES:
        return
    raw = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return  # read_text reports F003 before the loader sees it
    plain = load_text(text, "f.yaml")
    placed = load_text(text, "f.yaml", positions=True)
    for result in (plain, placed):
        for p in result.problems:
            assert p.code in RULES, p
            assert p.line >= 0, p
            assert p.col >= 0, p
            assert p.file == "f.yaml", p
        if result.problems:
            assert result.data is None
    assert [p.code for p in plain.problems] == [p.code for p in placed.problems]
    if plain.problems:
        return
    assert _same(plain.data, placed.data)
    paths: list[tuple[Any, ...]] = []
    assert _walk(plain.data, 0, (), paths) <= MAX_DEPTH
    lines = text.count("\n") + 2
    for path in paths[:200]:
        line, col = placed.locate(path)
        assert 1 <= line <= lines, (path, line, col)
        assert col >= 1, (path, line, col)


def main() -> None:
    import atheris

    with atheris.instrument_imports(include=["ecareer"]):
        pass

    atheris.Setup(sys.argv, check)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
