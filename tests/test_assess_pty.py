"""Issue #14: `ecareer assess` through a real pseudo-terminal (pexpect), in both languages: a
full run, a resume, Ctrl-C; and what it does without a terminal."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest

pexpect = pytest.importorskip("pexpect")

from conftest import run  # noqa: E402

PROMPTS = {
    "en": {
        "name": r"Your name \(optional\): ",
        "role": r"Your current role \(id, name or part of it\)[^\n]*: ",
        "pick": r"pick a number[^\n]*: ",
        "target": r"The role you are aiming for \(Enter for none\): ",
        "level": r"Your level \(0-5\)[^\n]*: ",
    },
    "zh": {
        "name": r"你的姓名（可不填）：",
        "role": r"你当前的岗位（编号、名称或名称的一部分）[^\n]*：",
        "pick": r"请输入编号[^\n]*：",
        "target": r"你的目标岗位（直接回车表示暂无）：",
        "level": r"你的级别（0-5）[^\n]*：",
    },
}


def spawn(tmp_path: Path, *args: str) -> pexpect.spawn:
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "ECAREER"))},
        "ECAREER_CACHE_DIR": str(tmp_path / "cache"),
        "NO_COLOR": "1",
        "TERM": "dumb",
        "COLUMNS": "100",
        "LINES": "50",
    }
    return pexpect.spawn(
        sys.executable,
        ["-m", "ecareer", "assess", *args],
        cwd=str(tmp_path),
        env=env,
        encoding="utf-8",
        timeout=60,
        dimensions=(50, 100),
    )


def answer(
    child: pexpect.spawn,
    lang: str,
    answers: dict[str, str],
    levels: list[str],
    stop_after: int | None = None,
) -> tuple[int, str]:
    """Answer every prompt until the end; (levels asked, the whole screen)."""
    p = PROMPTS[lang]
    kinds = ["name", "role", "pick", "target", "level"]
    asked = 0
    while True:
        i = child.expect([p[k] for k in kinds] + [pexpect.EOF])
        if i == len(kinds):
            break
        kind = kinds[i]
        if kind == "level":
            if stop_after is not None and asked == stop_after:
                child.sendintr()
                child.expect(pexpect.EOF)
                break
            child.sendline(levels[asked] if asked < len(levels) else "")
            asked += 1
        else:
            child.sendline(answers[kind])
    child.close()
    return asked, child.before or ""


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_full_run_writes_a_valid_profile(tmp_path: Path, lang: str) -> None:
    child = spawn(tmp_path, "-o", "me.yaml", "--lang", lang)
    screen: list[str] = []
    child.logfile_read = _Tee(screen)
    names = {
        "zh": ("李雷", "运营专员", "电商运营总监"),
        "en": ("Li Lei", "operations spec", "ops-director"),
    }
    name, role, target = names[lang]
    asked, _ = answer(
        child, lang, {"name": name, "role": role, "pick": "1", "target": target}, ["0"]
    )
    text = "".join(screen)
    assert child.exitstatus == 0, text
    assert 10 <= asked <= 25, text
    profile = tmp_path / "me.yaml"
    body = profile.read_text(encoding="utf-8")
    assert re.search(r"^role: [a-z-]+$", body, re.M)
    assert "skills:" in body
    if lang == "zh":
        assert "个人档案已写入：me.yaml" in text and "下一步：" in text
        assert "差距：" in text  # the gap found
        assert "[1/" in text and "了解：" in text  # level descriptions to choose from
    else:
        assert "Profile written: me.yaml" in text and "Next:" in text and "Gap:" in text
    assert "ecareer plan --profile me.yaml --to ops-director" in text
    # the written profile is one every command reads
    result = run("gap", "--profile", str(profile), "--to", "ops-director", "--json")
    assert result.exit_code == 0, result.stderr
    # answers already settle some skills: a 0 settles what needs it (if any need it)
    assert "0" in body


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_resume_prefills_and_keeps_answers(tmp_path: Path, lang: str) -> None:
    profile = tmp_path / "me.yaml"
    profile.write_text(
        # team-leadership builds on communication 2: a resumed answer below a prerequisite
        # would settle it at 0 (the ops roles require communication since issue 13)
        "name: 韩梅梅\nrole: ops-specialist\nskills:\n  sql: 3\n  communication: 2\n"
        "  team-leadership: 2\n",
        encoding="utf-8",
    )
    child = spawn(tmp_path, "-o", "me.yaml", "--resume", "--lang", lang)
    screen: list[str] = []
    child.logfile_read = _Tee(screen)
    # Enter keeps the role and every level offered; no name question (the profile has one)
    answer(child, lang, {"name": "x", "role": "", "pick": "1", "target": "ops-director"}, [])
    text = "".join(screen)
    assert child.exitstatus == 0, text
    assert "韩梅梅" in profile.read_text(encoding="utf-8")
    assert PROMPTS[lang]["name"].split("\\")[0] not in text
    body = profile.read_text(encoding="utf-8")
    assert "role: ops-specialist" in body
    assert re.search(r"^  sql: 3$", body, re.M)
    assert re.search(r"^  team-leadership: 2$", body, re.M)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_ctrl_c_leaves_no_file(tmp_path: Path, lang: str) -> None:
    child = spawn(tmp_path, "-o", "me.yaml", "--lang", lang)
    screen: list[str] = []
    child.logfile_read = _Tee(screen)
    answer(child, lang, {"name": "", "role": "ops-specialist", "pick": "1", "target": ""}, [], 2)
    assert child.exitstatus == 130 or child.signalstatus is not None
    assert ("已中断" if lang == "zh" else "interrupted") in "".join(screen)
    assert not (tmp_path / "me.yaml").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name != "cache"] == []


def test_without_a_terminal_it_says_so_and_exits_2(tmp_path: Path) -> None:
    result = run("assess", "-o", str(tmp_path / "me.yaml"), input="")
    assert result.exit_code == 2
    assert "terminal" in result.stderr
    zh = run("assess", "-o", str(tmp_path / "me.yaml"), "--lang", "zh", input="")
    assert zh.exit_code == 2 and "终端" in zh.stderr
    assert not (tmp_path / "me.yaml").exists()


def test_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    (tmp_path / "me.yaml").write_text("role: ops-specialist\n", encoding="utf-8")
    child = spawn(tmp_path, "-o", "me.yaml")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1
    assert "already exists" in (child.before or "")
    assert (tmp_path / "me.yaml").read_text(encoding="utf-8") == "role: ops-specialist\n"


class _Tee:
    """A pexpect log that keeps what the terminal showed."""

    def __init__(self, into: list[str]) -> None:
        self.into = into

    def write(self, text: str) -> None:
        self.into.append(text)

    def flush(self) -> None:
        pass
