"""`ecareer match` through the command line: JSON shapes, summary, gap, errors, hostile input."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from conftest import FIXTURES, run

POSTINGS = FIXTURES / "postings"
ONE = POSTINGS / "23-data-analyst.txt"


def test_one_posting_json() -> None:
    doc = run("match", ONE, "--json").json()
    assert doc["title"] == "电商数据分析师"
    by = {s["skill"]: s for s in doc["skills"]}
    assert by["sql"]["level"] == 4
    assert by["sql"]["importance"] == 5
    assert by["sql"]["matches"][0] == {
        "text": "SQL",
        "line": 12,
        "col": 5,
        "section": "requirements",
        "level": 4,
    }
    assert by["sql"]["name"] == {"en": "SQL", "zh": "SQL 查询"}
    assert doc["roles"][0]["role"] == "data-analyst"
    assert doc["roles"][0]["title"] is True
    assert "sql" in doc["roles"][0]["essential_matched"]
    assert len(doc["roles"]) == 3
    assert doc["experience"][0]["min"] == 3
    assert doc["education"][0]["level"] == "bachelor"
    assert "gap" not in doc


def test_gap_and_route_from_a_role() -> None:
    doc = run("match", ONE, "--from", "ops-specialist", "--json").json()
    gap = doc["gap"]
    assert gap["to"] == "posting"
    rows = {r["skill"]: r for r in gap["skills"]}
    assert rows["sql"]["required"] == 4 and rows["sql"]["essential"] is True
    assert rows["predictive-modeling"]["importance"] == 2  # a plus
    assert gap["total_hours"] > 0
    assert doc["route"]["roles"][0] == "ops-specialist"
    assert doc["route"]["roles"][-1] == "data-analyst"
    assert doc["route_problem"] is None


def test_gap_from_a_profile_without_a_role(tmp_path: Path) -> None:
    profile = tmp_path / "me.yaml"
    profile.write_text("name: Li Lei\nskills:\n  sql: 4\n", encoding="utf-8")
    doc = run("match", ONE, "--profile", profile, "--json").json()
    rows = {r["skill"]: r for r in doc["gap"]["skills"]}
    assert rows["sql"]["gap"] == 0
    assert doc["route"] is None and doc["route_problem"] == "no-role"
    same = run("match", ONE, "--from", "data-analyst", "--json").json()
    assert same["route_problem"] == "same-role"


def test_tables_in_both_languages() -> None:
    en = run("match", ONE, "--from", "ops-specialist")
    assert en.exit_code == 0
    assert "Skills asked for" in en.stdout and "Closest roles" in en.stdout
    zh = run("match", ONE, "--lang", "zh")
    assert "岗位要求的技能" in zh.stdout and "最接近的岗位" in zh.stdout


def test_stdin() -> None:
    doc = run("match", "-", "--json", input="数据分析师\n精通SQL\n").json()
    assert doc["file"] == "stdin"
    nothing = run("match", "-", "--from", "ops-specialist", "--json", input="hello\n").json()
    assert nothing["skills"] == [] and nothing["roles"] == []
    assert nothing["route"] is None and nothing["route_problem"] == "no-match"
    assert "sql" in {s["skill"] for s in doc["skills"]}


def test_summary_of_a_folder_json_and_csv() -> None:
    doc = run("match", POSTINGS, "--json").json()
    assert doc["postings"] == len(list(POSTINGS.glob("*.txt")))
    by = {s["skill"]: s for s in doc["skills"]}
    assert by["sql"]["postings"] >= 5
    assert sum(by["sql"]["levels"].values()) == by["sql"]["postings"]
    assert set(by["sql"]["levels"]) == {"1", "2", "3", "4", "5", "unstated"}
    assert sum(r["top1"] for r in doc["roles"]) == doc["postings"]
    rows = list(csv.DictReader(io.StringIO(run("match", POSTINGS, "--csv").stdout)))
    sql = next(r for r in rows if r["id"] == "sql")
    assert (sql["kind"], int(sql["postings"])) == ("skill", by["sql"]["postings"])
    assert any(r["kind"] == "role" for r in rows)
    table = run("match", *sorted(POSTINGS.glob("0*.txt")))
    assert table.exit_code == 0 and "Skill demand across 9 postings" in table.stdout


def test_summary_refuses_from() -> None:
    out = run("match", POSTINGS, "--from", "ops-specialist")
    assert out.exit_code == 2 and "--from" in out.stderr
    assert run("match", ONE, "--json", "--csv").exit_code == 2


def test_unreadable_postings_exit_2_naming_the_file(tmp_path: Path) -> None:
    cases = {
        "empty.txt": (b"", "is empty"),
        "blank.txt": (b"  \n\n", "is empty"),
        "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
        "latin1.txt": ("招聘".encode("gbk"), "not UTF-8"),
        "utf16.txt": ("招聘".encode("utf-16"), "not UTF-8"),
    }
    for name, (raw, words) in cases.items():
        path = tmp_path / name
        path.write_bytes(raw)
        out = run("match", path)
        assert out.exit_code == 2, name
        assert name in out.stderr and words in out.stderr, out.stderr
        assert "Traceback" not in out.stderr
    missing = run("match", tmp_path / "nope.txt")
    assert missing.exit_code == 2 and "nope.txt does not exist" in missing.stderr
    assert run("match", tmp_path, "--json").exit_code == 2  # every file of it is bad
    assert run("match", "-", input="").exit_code == 2


def test_a_10_mb_posting_is_refused_cleanly(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    line = "任职要求：熟练使用SQL、Excel、生意参谋，3年以上经验&amp;本科&nbsp;" * 4 + "\n"
    with big.open("w", encoding="utf-8") as handle:
        while handle.tell() < 10 * 1024 * 1024:
            handle.write(line * 100)
    out = run("match", big, "--json")
    assert out.exit_code == 2
    assert "big.txt is larger than" in out.stderr and "Traceback" not in out.stderr
    piped = run("match", "-", input=big.read_text(encoding="utf-8"))
    assert piped.exit_code == 2 and "stdin is larger than" in piped.stderr


def test_a_hostile_posting_within_the_bound_completes(tmp_path: Path) -> None:
    """One long line of entities, level words and terms: no clause breaks, many matches."""
    path = tmp_path / "hostile.txt"
    text = "&amp;&#x1F600;&bogus; 熟悉SQL精通Excel<b>PS</b>ＳＱＬ" * 4000
    path.write_text(text[: 200 * 1024], encoding="utf-8")
    out = run("match", path, "--json")
    assert out.exit_code == 0, out.stderr
    doc = out.json()
    assert all(len(s["matches"]) <= 20 for s in doc["skills"])


def test_the_term_index_cache_is_used_and_survives_damage(tmp_path: Path) -> None:
    import os

    first = run("match", ONE, "--json").stdout
    folder = Path(os.environ["ECAREER_CACHE_DIR"])
    [cached] = folder.glob("match-index-*.cache")
    assert run("match", ONE, "--json").stdout == first  # from the cache
    for damage in (b"", b"garbage", cached.read_bytes()[:-7] + b"1234567"):
        cached.write_bytes(damage)
        assert run("match", ONE, "--json").stdout == first
    assert run("match", ONE, "--json", env={"ECAREER_NO_CACHE": "1"}).stdout == first
