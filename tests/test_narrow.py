"""Issue #14: below 60 columns tables become one block of `key: value` lines a record; numbers
are never split; a COLUMNS of 0 or nonsense means 80."""

from __future__ import annotations

import re

import pytest

from conftest import run

COMMANDS = [
    ["gap", "--from", "ops-specialist", "--to", "ops-director"],
    ["route", "--from", "ops-assistant", "--to", "ops-director", "-k", "2"],
    ["next", "--from", "ops-specialist"],
    ["show", "ops-director"],
    ["show", "sql"],
    ["levels"],
]


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: a[0])
@pytest.mark.parametrize("columns", [30, 45, 59])
def test_narrow_tables_are_blocks(args: list[str], lang: str, columns: int) -> None:
    narrow = run(*args, "--lang", lang, env={"COLUMNS": str(columns)})
    assert narrow.exit_code == 0, narrow.stderr
    assert not set("┃│┏┡└") & set(narrow.stdout), narrow.stdout
    sep = "：" if lang == "zh" else ": "
    assert sep in narrow.stdout
    # every number of the wide table is whole in the narrow output
    wide = run(*args, "--lang", lang, env={"COLUMNS": "200"})
    numbers = set(re.findall(r"(?<![\w,.])\d[\d,]*(?:\.\d+)?%?(?![\w,.])", wide.stdout))
    lines = narrow.stdout
    for n in numbers:
        assert re.search(rf"(?<![\d,.]){re.escape(n)}(?![\d,.])", lines), n


def test_a_record_keeps_its_fields_together() -> None:
    out = run("gap", "--from", "ops-specialist", "--to", "ops-director", env={"COLUMNS": "40"})
    record = out.stdout.split("\n\n")[0].splitlines()
    assert [line.split(":")[0] for line in record if ": " in line][-7:] == [
        "Skill",
        "Required",
        "Current",
        "Gap",
        "Importance",
        "Essential",
        "Study h / practice",
    ]


@pytest.mark.parametrize("columns", ["0", "-5", "abc", " ", "99999999"])
def test_nonsense_columns_mean_80(columns: str) -> None:
    args = ("next", "--from", "ops-specialist")
    assert run(*args, env={"COLUMNS": columns}).stdout == run(*args, env={"COLUMNS": "80"}).stdout


def test_wide_enough_stays_a_table() -> None:
    out = run("next", "--from", "ops-specialist", env={"COLUMNS": "60"}).stdout
    assert "┃" in out
