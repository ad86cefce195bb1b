"""The printable plan: golden Markdown, HTML structure, escaping, -o/--force, the windows of
the moves and the quarter-by-quarter timeline."""

from __future__ import annotations

import math
import os
import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from ecareer.advise.gap import Origin
from ecareer.advise.levels import role_levels
from ecareer.advise.plan import MAX_MONTHS, Plan, build_plan
from ecareer.advise.plan_time import MAX_PARALLEL, day, hours_between
from ecareer.advise.route import WEEKS_PER_YEAR, Cost, find_routes
from ecareer.cli.options import Settings
from ecareer.contract.dataset import Dataset
from ecareer.errors import NoRoute, PlanTooLong
from ecareer.render.plan_dates import long_date

from conftest import FIXTURES, MINI, run
from strategies import datasets

GOLDEN = FIXTURES / "plan"
D = ("--data", str(MINI))
LI_LEI = (
    "plan",
    *D,
    "--from",
    "ops-assistant",
    "--to",
    "ops-director",
    "--for",
    "Li Lei",
    "--start",
    "2026-01-05",
    "--hours-per-week",
    "8",
)
PROPS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def mini() -> Dataset:
    return Settings(data=MINI).dataset()


def make_plan(
    ds: Dataset, start: str, target: str, hours_per_week: float = 10.0, when: date | None = None
) -> Plan:
    levels = role_levels(ds.roles[start])
    result = find_routes(ds, start, target, levels, cost=Cost("hours", hours_per_week))
    who = Origin(start, levels)
    return build_plan(ds, who, target, result, hours_per_week, when or date(2026, 1, 5), "")


# --- golden Markdown -----------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_golden_markdown(lang: str) -> None:
    result = run(*LI_LEI, "--lang", lang)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    golden = GOLDEN / f"li-lei-{lang}.md"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(result.stdout, encoding="utf-8")
        return
    assert result.stdout == golden.read_text(encoding="utf-8")


def test_markdown_has_every_part() -> None:
    out = run(*LI_LEI).stdout
    for heading in (
        "# Career plan for Li Lei",
        "## Route",
        "```mermaid",
        "### The moves at a glance",
        "## Steps",
        "### Step 1: Operations Assistant → Operations Specialist",
        "## Quarter by quarter",
        "## Resources and certifications",
        "## Notes",
    ):
        assert heading in out
    assert "## Week by week" not in out  # that is --detail's
    assert "- [ ] Led a full 618 campaign" in out  # a milestone, to tick
    assert "- [ ] Seller university · Course · 10 h" in out  # a resource with its hours
    # page one: who, from where, to where, by when, at what weekly effort, in total
    assert "- **Target reached**: January 2032, after 6 years and 3 moves" in out
    assert "- **Weekly effort**: 8 hours of study a week" in out
    assert "- **In total**: 392 hours of study; 6 years in post" in out
    # a quarter, with the skills side by side, and the move at the end of its window
    assert (
        "- [ ] **Q2 2029** · 104 h: Ownership of results 3→4 · 7 h, done in April; Platform "
        "rules 3→4 · 7 h, done in April; Team leadership 2→4 · 71 h; SQL 0→2 · 18 h, done in May"
    ) in out
    assert "- [ ] **◆ 5 January 2029: Promotion to Operations Supervisor**" in out
    assert "  - [ ] Led a full 618 campaign" in out  # the move's milestones at the move


def test_person_defaults_to_the_profile_name(tmp_path: Path) -> None:
    profile = tmp_path / "me.yaml"
    profile.write_text("name: Han Meimei\nrole: ops-assistant\n", encoding="utf-8")
    out = run("plan", *D, "--profile", profile, "--to", "ops-specialist", "--start", "2026-01-05")
    assert out.exit_code == 0, out.stderr
    assert out.stdout.startswith("# Career plan for Han Meimei\n")
    assert "Operations Assistant, with the skills in the profile" in out.stdout
    other = run(
        *LI_LEI[:3], "--from", "ops-assistant", "--to", "ops-specialist", "--start", "2026-01-05"
    )
    assert other.stdout.startswith("# Career plan\n")


def test_start_defaults_to_today() -> None:
    out = run("plan", *D, "--from", "ops-assistant", "--to", "ops-specialist").stdout
    assert f"**Start**: {long_date(date.today(), 'en')}" in out


def test_route_constraints_pass_through() -> None:
    out = run(*LI_LEI, "--via", "data-analyst").stdout
    assert "Step 2: Operations Specialist → Data Analyst" in out
    assert "-.->" in out  # a lateral move is dashed in the flowchart
    failed = run(*LI_LEI, "--via", "data-analyst", "--promotions-only")
    assert failed.exit_code == 1
    assert "no route" in failed.stderr


def test_a_plan_to_where_you_are_is_empty_but_fine() -> None:
    out = run("plan", *D, "--from", "ops-director", "--to", "ops-director", "--start", "2026-01-05")
    assert out.exit_code == 0, out.stderr
    assert "Nothing to schedule." in out.stdout
    assert "**Target reached**: already there" in out.stdout


# --- bad input: usage errors, never a traceback ----------------------------------------------


@pytest.mark.parametrize("value", ["0", "-1", "80.5", "1000", "nan", "inf"])
def test_hours_per_week_out_of_range_is_a_usage_error(value: str) -> None:
    result = run(*LI_LEI, "--hours-per-week", value)
    assert result.exit_code == 2
    assert "--hours-per-week" in result.stderr
    assert "Traceback" not in result.stderr


def test_hours_per_week_not_a_number_is_a_usage_error() -> None:
    result = run(*LI_LEI, "--hours-per-week", "ten")
    assert result.exit_code == 2
    assert "--hours-per-week" in result.stderr


def test_a_plan_of_centuries_is_refused() -> None:
    result = run(*LI_LEI, "--hours-per-week", "0.01")
    assert result.exit_code == 2
    assert "--hours-per-week" in result.stderr


@pytest.mark.parametrize("value", ["2026-13-01", "2026-02-30", "tomorrow", "20260105", "2026-1-5"])
def test_bad_start_date_is_a_usage_error(value: str) -> None:
    result = run(*LI_LEI, "--start", value)
    assert result.exit_code == 2
    assert "--start" in result.stderr
    assert "YYYY-MM-DD" in result.stderr


@pytest.mark.parametrize(
    ("args", "code", "fragment"),
    [
        (("--from", "ops-assistant"), 2, "--to"),
        (("--to", "ops-director"), 2, "--from"),
        (("--from", "nobody", "--to", "ops-director"), 2, "unknown role"),
        (("--from", "ops-director", "--to", "ops-assistant"), 1, "no route"),
        (("--from", "ops-assistant", "--to", "ops-director", "--format", "pdf"), 2, "--format"),
    ],
)
def test_other_bad_input(args: tuple[str, ...], code: int, fragment: str) -> None:
    result = run("plan", *D, *args)
    assert result.exit_code == code
    assert fragment in result.stderr


# --- HTML ------------------------------------------------------------------------------------


class Page(HTMLParser):
    """Collects the tags, attributes, text and <style> of an HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.style = ""
        self._in_style = False
        self.rows: list[int] = []  # cells per <tr>

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_style = tag == "style"
        if tag == "tr":
            self.rows.append(0)
        elif tag in ("td", "th"):
            self.rows[-1] += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "style":
            self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.style += data
        else:
            self.text.append(data)

    def count(self, tag: str) -> int:
        return sum(t == tag for t, _ in self.tags)

    def ids(self) -> set[str]:
        return {a["id"] or "" for _, a in self.tags if "id" in a}


def parse(text: str) -> Page:
    page = Page()
    page.feed(text)
    page.close()
    return page


def html_plan(lang: str = "en", *extra: str) -> str:
    result = run(*LI_LEI, "--format", "html", "--lang", lang, *extra)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_html_structure() -> None:
    text = html_plan()
    assert text.startswith("<!DOCTYPE html>\n")
    page = parse(text)
    assert page.count("svg") == 1
    assert page.count("html") == 1
    assert ("html", {"lang": "en"}) in page.tags
    assert ("meta", {"charset": "utf-8"}) in page.tags
    assert {"who", "route", "steps", "resources", "timeline", "notes"} <= page.ids()
    assert "weeks" not in page.ids()  # the week by week is --detail's
    # the moves at a glance, a table per step, the timeline
    assert page.count("table") == 1 + 3 + 1
    assert page.count("h3") >= 3
    # a box to tick per quarter row (9) and move (3) of the timeline, per milestone (in the
    # step and at its move), per resource (2)
    p = make_plan(mini(), "ops-assistant", "ops-director", 8)
    rows = sum(len(w.quarters) for w in p.windows)
    assert rows == 9
    assert "".join(page.text).count("☐") == rows + 3 + 2 * 1 + 2
    # every row of a table has as many cells as its head (a group row of the timeline: one)
    assert set(page.rows) <= {1, 4, 5}
    # the svg has a box per role and the role names
    assert page.count("rect") == 4
    body = " ".join(page.text)
    for name in ("Operations Assistant", "Operations Director", "Li Lei", "SQL basics"):
        assert name in body


def test_html_is_self_contained_and_prints_well() -> None:
    text = html_plan()
    page = parse(text)
    assert page.count("script") == 0
    assert "<script" not in text.lower()
    for _tag, attrs in page.tags:
        assert not {"src", "href", "xmlns", "srcset", "action"} & set(attrs)
        assert not any(k.startswith("on") for k in attrs)  # no event handlers either
    assert page.count("link") == 0 and page.count("img") == 0 and page.count("iframe") == 0
    assert not re.search(r"https?:|//[a-z]", text)
    css = page.style
    assert "@import" not in css and "url(" not in text
    assert "size: A4" in css
    assert re.search(r"@page\s*\{[^}]*margin", css)
    assert re.search(r"tr[^{]*\{[^}]*break-inside:\s*avoid", css)
    assert re.search(r"h3[^{]*\{[^}]*break-after:\s*avoid", css)
    assert re.search(r"\.keep[^{]*\{[^}]*break-inside:\s*avoid", css)
    assert page.count("div") >= 3 and text.count('<div class="step keep">') == 3
    for font in (
        '"Noto Sans CJK SC"',
        '"Noto Sans SC"',
        '"Source Han Sans SC"',
        '"PingFang SC"',
        '"Microsoft YaHei"',
        "sans-serif",
    ):
        assert font in css
    # black and white: no colour but black and white anywhere
    assert set(re.findall(r"#[0-9a-fA-F]{3,6}\b", text)) <= {"#000", "#fff"}


def test_html_in_chinese() -> None:
    text = html_plan("zh")
    page = parse(text)
    assert ("html", {"lang": "zh-Hans"}) in page.tags
    body = "".join(page.text)
    for words in (
        "运营助理",
        "电商运营总监",
        "商家大学",
        "按季度安排",
        "2032年1月",
        "2029年第2季度",
    ):
        assert words in body


def test_lateral_moves_are_dashed_in_the_svg() -> None:
    text = html_plan("en", "--via", "data-analyst")
    page = parse(text)
    assert page.count("rect") == 5  # five roles: drawn top to bottom
    assert 'stroke-dasharray="6 4"' in text
    assert "Lateral move" in "".join(page.text)


# --- escaping --------------------------------------------------------------------------------

NASTY = {
    "Operations Assistant": "<script>alert(1)</script>",
    "Operations Specialist": "a|b",
    "Operations Supervisor": "end",
    "Operations Director": "C# [advanced] [/]",
}


@pytest.fixture
def nasty(mini_copy: Path) -> Path:
    """The mini data with role names that break formats, ``end`` as a role id, and markup."""
    roles = (mini_copy / "roles.yaml").read_text(encoding="utf-8")
    for old, new in NASTY.items():
        roles = re.sub(rf"\{{en: {old}, zh: [^}}]*\}}", f'{{en: "{new}", zh: "{new}"}}', roles)
    (mini_copy / "roles.yaml").write_text(roles.replace("ops-supervisor", "end"), "utf-8")
    paths = (mini_copy / "paths.yaml").read_text(encoding="utf-8")
    paths = paths.replace("ops-supervisor", "end").replace(
        "{en: Led a full 618 campaign,", '{en: "# <b>won</b> ``` x\\nnext line",'
    )
    (mini_copy / "paths.yaml").write_text(paths, "utf-8")
    skills = (mini_copy / "skills.yaml").read_text(encoding="utf-8")
    skills = skills.replace(
        "{en: Platform rules,", '{en: "*rules* _x_ `c` \\\\ | p [y](z) \\e[31mred",'
    ).replace("{en: Seller university,", '{en: "[link](http://evil.example) <img src=x>",')
    (mini_copy / "skills.yaml").write_text(skills, "utf-8")
    assert run("validate", "--data", mini_copy).exit_code == 0
    return mini_copy


def nasty_plan(data: Path, fmt: str) -> str:
    result = run(
        "plan", "--data", data, "--from", "ops-assistant", "--to", "ops-director",
        "--for", "<i>Li|Lei</i>", "--start", "2026-01-05", "--format", fmt,
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert "\x1b" not in result.stdout  # control characters are shown, never sent
    return result.stdout


def _cells(line: str) -> int:
    """Cells of a Markdown table row: pipes not escaped by a backslash, less one."""
    return len(re.findall(r"(?<!\\)\|", line.replace("\\\\", ""))) - 1


def test_markdown_escapes_data(nasty: Path) -> None:
    out = nasty_plan(nasty, "md")
    # every table row has as many cells as its head
    table: list[int] = []
    for line in [*out.splitlines(), ""]:
        if line.startswith("|"):
            table.append(_cells(line))
        elif table:
            assert len(set(table)) == 1, table
            table = []
    assert "\\<script\\>alert(1)\\</script\\>" in out
    assert "<script" not in out.replace("\\<script", "")
    assert "a\\|b" in out
    assert "C# \\[advanced\\] \\[/\\]" in out
    assert "\\*rules\\* \\_x\\_ \\`c\\` \\\\ \\| p \\[y\\](z) \\\\x1b\\[31mred" in out
    assert "- [ ] \\# \\<b\\>won\\</b\\> \\`\\`\\` x next line" in out  # one line, no heading
    assert "# Career plan for \\<i\\>Li\\|Lei\\</i\\>" in out
    # the Mermaid block: quoted labels with entities, keyword-proof ids, nothing else
    block = out.split("```mermaid\n", 1)[1].split("\n```", 1)[0].splitlines()
    assert block[0] == "flowchart LR"
    assert '  r_ops_assistant["#lt;script#gt;alert(1)#lt;/script#gt;"]' in block
    assert '  r_ops_specialist["a#124;b"]' in block
    assert '  r_end["end"]' in block
    assert '  r_ops_director["C# #91;advanced#93; #91;/#93;"]' in block
    for line in block[1:]:
        assert re.fullmatch(
            r'  r_\w+\["[^"\[\]<>|`]*"\]|  r_\w+ (-->|-\.->)\|"[^"\[\]<>|`]*"\| r_\w+', line
        ), line
    assert not any(re.search(r"\bend\b", line.split('"')[0]) for line in block)


def test_html_escapes_data(nasty: Path) -> None:
    text = nasty_plan(nasty, "html")
    assert "<script" not in text.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "<img" not in text and "<b>" not in text and "<i>" not in text
    page = parse(text)
    for _tag, attrs in page.tags:
        assert not {"src", "href"} & set(attrs)
    body = "".join(page.text)
    for name in NASTY.values():
        assert name in body  # shown as text, in the tables and in the svg
    assert "<i>Li|Lei</i>" in body
    assert "[link](http://evil.example) <img src=x>" in body
    assert "\\x1b[31mred" in body
    assert page.count("svg") == 1 and page.count("rect") == 4
    svg = text.split("<svg", 1)[1].split("</svg>", 1)[0]
    assert "&lt;script&gt;" in svg


# --- -o, --force, and failures that leave nothing behind ---------------------------------------


def out_dir(tmp_path: Path) -> Path:
    """An empty folder of its own (tmp_path also holds the test's cache)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_output_file_is_written_whole(tmp_path: Path) -> None:
    out = out_dir(tmp_path)
    target = out / "plan.md"
    result = run(*LI_LEI, "-o", target)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert "wrote" in result.stderr
    assert target.read_text(encoding="utf-8") == run(*LI_LEI).stdout
    assert sorted(p.name for p in out.iterdir()) == ["plan.md"]
    mask = os.umask(0)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask  # not the temp file's 0600


def test_html_is_chosen_by_the_file_name(tmp_path: Path) -> None:
    out = out_dir(tmp_path)
    target = out / "plan.HTML"
    assert run(*LI_LEI, "-o", target).exit_code == 0
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_existing_file_is_kept_without_force(tmp_path: Path) -> None:
    out = out_dir(tmp_path)
    target = out / "plan.html"
    target.write_text("my notes\n", encoding="utf-8")
    result = run(*LI_LEI, "-o", target)
    assert result.exit_code == 1
    assert "--force" in result.stderr
    assert target.read_text(encoding="utf-8") == "my notes\n"
    assert [p.name for p in out.iterdir()] == ["plan.html"]
    replaced = run(*LI_LEI, "-o", target, "--force")
    assert replaced.exit_code == 0, replaced.stderr
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in out.iterdir()] == ["plan.html"]


def test_ctrl_c_while_writing_a_new_file_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Onto an existing file: test_robustness_faults.py's test_plan_write_fails_anywhere."""
    out = out_dir(tmp_path)
    import ecareer.store.atomic

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(ecareer.store.atomic.os, "fsync", interrupted)
    result = run(*LI_LEI, "-o", out / "plan.html")
    assert result.exit_code == 130
    assert result.stderr == "interrupted\n"
    assert list(out.iterdir()) == []


# --- the learning order and the timeline -----------------------------------------------------


def test_prerequisites_come_first_even_when_less_important() -> None:
    # data analyst -> ops supervisor: team leadership (importance 4) needs collaboration 2,
    # which the supervisor role does not list (importance 0)
    p = make_plan(mini(), "data-analyst", "ops-supervisor")
    order = [t.skill for t in p.tasks]
    assert order.index("collaboration") < order.index("team-leadership")
    [collab] = [t for t in p.tasks if t.skill == "collaboration"]
    assert collab.importance == 0 and collab.prerequisite_for == ("team-leadership",)
    out = run("plan", *D, "--from", "data-analyst", "--to", "ops-supervisor").stdout
    assert "prerequisite for Team leadership" in out


def check_order(ds: Dataset, p: Plan) -> None:
    """Every task comes after what it needs: lower levels and prerequisites."""
    held = dict(role_levels(ds.roles[p.start_role]))
    for t in p.tasks:
        assert held.get(t.skill, 0) == t.have, (t, held)
        for pre in ds.skills[t.skill].prerequisites:
            assert held.get(pre.skill, 0) >= pre.level, (t, pre, held)
        held[t.skill] = t.want
    assert [t.n for t in p.tasks] == list(range(1, len(p.tasks) + 1))


def check_timeline(ds: Dataset, p: Plan) -> None:
    """The windows follow one another, each as long as its step takes at the plan's pace; the
    study of a step shares the pace inside its window, prerequisites first."""
    h = p.hours_per_week
    rate = h * WEEKS_PER_YEAR
    assert len(p.windows) == len(p.route.steps)
    at = 0.0
    for w, step in zip(p.windows, p.route.steps, strict=True):
        assert w.begin == pytest.approx(at)
        assert w.years == pytest.approx(step.duration(h))
        assert w.start == day(p.start, w.begin) and w.finish == day(p.start, w.end)
        at = w.end
        study = p.study_tasks(w.step)
        # the whole pace is used until the study is done: it takes its hours at the pace
        assert w.study_years == pytest.approx(step.hours / rate)
        if study:
            assert max(t.end for t in study) == pytest.approx(w.begin + w.study_years, abs=1e-6)
        for t in study:
            assert w.begin - 1e-9 <= t.begin <= t.end <= w.end + 1e-9
            got = hours_between(list(w.segments), t.begin - 1, t.end + 1).get(t.n, 0.0)
            assert got == pytest.approx(t.hours, abs=1e-6)
            # a skill starts once the skills of its step it needs are done
            pres = {q.skill: q.level for q in ds.skills[t.skill].prerequisites}
            for a in study:
                if a.skill in pres and a.have < pres[a.skill] and a.n < t.n:
                    assert t.begin >= a.end - 1e-9, (a, t)
        for seg in w.segments:
            assert 1 <= len(seg.tasks) <= MAX_PARALLEL
            assert seg.rate * len(seg.tasks) == pytest.approx(rate)
        for t in p.practice_tasks(w.step):
            assert t.hours == 0 and t.begin == w.begin
            assert t.end - t.begin == pytest.approx(t.months / 12) and t.end <= w.end + 1e-9
        # the quarters: in the calendar's order, within the window, all the study hours
        keys = [(q.year, q.q) for q in w.quarters]
        assert keys == sorted(keys) and len(set(keys)) == len(keys)
        if w.quarters:
            assert (w.quarters[0].year, (w.start.month - 1) // 3 + 1) == keys[0]
        total = sum(x.hours for q in w.quarters for x in q.work)
        assert total == pytest.approx(step.hours, abs=1e-6)
        for q in w.quarters:
            assert q.hours == pytest.approx(sum(x.hours for x in q.work))
            if q.last is not None:
                assert not q.work and q.last >= (q.year, q.q)
        done = [x.task for q in w.quarters for x in q.work if x.done is not None]
        assert sorted(done) == sorted(t.n for t in study)
    assert p.years == pytest.approx(p.route.duration(h))
    assert p.end == (day(p.start, p.years) if p.windows else p.start)


def test_timeline_of_li_lei() -> None:
    p = make_plan(mini(), "ops-assistant", "ops-director", 8)
    assert p.total_hours == 392
    assert p.years == 6  # the years in post: the study fits them at 8 h a week
    assert p.end == date(2032, 1, 6)
    assert p.too_slow() == []
    check_order(mini(), p)
    check_timeline(mini(), p)


def test_study_that_does_not_fit_its_years_in_post_says_so() -> None:
    p = make_plan(mini(), "ops-assistant", "ops-director", 1)
    # step 3: 218 h at 1 h a week take 4.2 years, more than its 3 years in post
    assert p.too_slow() == [1, 2, 3]
    assert p.windows[2].years == pytest.approx(218 / 52)
    check_timeline(mini(), p)
    out = run(*LI_LEI, "--hours-per-week", "1").stdout
    assert (
        "Step 3: at 1 h a week its study takes 4.2 years, longer than the typical 3 years in "
        "post; about 2 h a week would fit it."
    ) in out
    assert "(4.2 years; typically 3 years in post)" in out
    html = "".join(parse(html_plan("en", "--hours-per-week", "1")).text)
    assert "about 2 h a week would fit it" in html
    zh = run(*LI_LEI, "--hours-per-week", "1", "--lang", "zh").stdout
    assert "每周约 2 学时可在此期间学完" in zh


@pytest.fixture
def practised(mini_copy: Path) -> Path:
    """The mini data with cross-team collaboration grown by practice (months, not hours)."""
    skills = (mini_copy / "skills.yaml").read_text(encoding="utf-8")
    skills = skills.replace(
        "    description: {en: Working across teams, zh: 与其他团队协作}\n",
        "    description: {en: Working across teams, zh: 与其他团队协作}\n    growth: practice\n",
    )
    (mini_copy / "skills.yaml").write_text(skills, "utf-8")
    assert run("validate", "--data", mini_copy).exit_code == 0
    return mini_copy


def test_practised_skills_grow_in_post_not_by_study(practised: Path) -> None:
    ds = Settings(data=practised).dataset()
    p = make_plan(ds, "ops-assistant", "ops-director", 8)
    [collab] = [t for t in p.tasks if t.skill == "collaboration"]
    assert collab.practice and collab.hours == 0 and collab.months == 15
    # 15 months of practice: the first move takes 1.25 years, not its 1 year in post
    assert p.windows[0].years == pytest.approx(1.25)
    assert p.windows[0].sets_time(p.route.steps[0]) == "practice"
    check_order(ds, p)
    check_timeline(ds, p)
    out = run(*LI_LEI[:2], practised, *LI_LEI[3:]).stdout
    assert "- [ ] practise Cross-team collaboration to level 2 (about 15 months)" in out
    assert "Practice in post sets the time: about 15 months." in out
    assert "| Cross-team collaboration |" not in out  # never a row of study hours
    timeline = out.split("## Quarter by quarter", 1)[1].split("## Resources", 1)[0]
    assert "Cross-team collaboration" not in timeline
    # team leadership needs collaboration 2, which grows in post: its study is not held back
    assert "Team leadership 0→2" in timeline


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_numbers_are_rounded_to_what_they_mean(lang: str) -> None:
    for extra in ((), ("--hours-per-week", "7.3"), ("--detail",)):
        out = run(*LI_LEI, "--lang", lang, *extra).stdout.replace("7.3 ", "pace ")  # the pace given
        # whole hours: never "0.1 h" or "0.1 学时"
        assert not re.search(r"\d\.\d+ (h|学时)", out), extra
        assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", out)  # dates are named, not ISO


def test_detail_has_every_resource_and_the_weeks() -> None:
    short = run(*LI_LEI).stdout
    full = run(*LI_LEI, "--detail").stdout
    assert "## Week by week" in full and "## Week by week" not in short
    assert "No resources in the data yet" in full
    assert "No resources in the data yet" not in short
    assert "5 more skills have no resources in the data yet" in short
    assert "| ☐ | 12 | SQL: level 0 → 2 | 172–176 | 20 Apr 2029 – 22 May 2029 | 18 | 4 |" in full
    page = parse(html_plan("en", "--detail"))
    assert "weeks" in page.ids()
    assert set(page.rows) <= {1, 4, 5, 7}


def test_a_start_too_far_ahead_is_a_usage_error() -> None:
    result = run(*LI_LEI, "--start", "9990-01-01")
    assert result.exit_code == 2
    assert "--start" in result.stderr and "Traceback" not in result.stderr
    assert run(*LI_LEI, "--start", "9800-01-01").exit_code == 0


@PROPS
@given(
    st.floats(0.5, 80, allow_nan=False),
    st.dates(date(1990, 1, 1), date(9898, 12, 31)),
    st.sampled_from(["ops-assistant", "ops-specialist", "data-analyst"]),
)
def test_timeline_properties(hours_per_week: float, when: date, start: str) -> None:
    p = make_plan(mini(), start, "ops-director", hours_per_week, when)
    check_timeline(mini(), p)


@PROPS
@given(datasets(), st.data(), st.floats(1, 80, allow_nan=False))
def test_order_and_timeline_on_random_data(
    ds: Dataset, data: st.DataObject, hours_per_week: float
) -> None:
    a = data.draw(st.sampled_from(sorted(ds.roles)))
    b = data.draw(st.sampled_from(sorted(ds.roles)))
    try:
        p = make_plan(ds, a, b, hours_per_week)
    except NoRoute:
        assume(False)
        return
    except PlanTooLong:  # a plan of centuries at this pace: refused, as it should be
        assert math.ceil(p_years(ds, a, b, hours_per_week) * 12 - 1e-9) > MAX_MONTHS
        return
    check_order(ds, p)
    check_timeline(ds, p)
    # per step, the tasks are the route's learning, nothing lost or added
    for n, step in enumerate(p.route.steps, 1):
        got = sorted((t.skill, t.have, t.want) for t in p.step_tasks(n))
        assert got == sorted((x.skill, x.have, x.want) for x in step.learn)


def p_years(ds: Dataset, a: str, b: str, hours_per_week: float) -> float:
    cost = Cost("hours", hours_per_week)
    route = find_routes(ds, a, b, role_levels(ds.roles[a]), cost=cost).routes[0]
    return route.duration(hours_per_week)


def test_the_plan_agrees_across_formats() -> None:
    md = run(*LI_LEI).stdout
    html = "".join(parse(html_plan()).text)
    for needle in (
        "January 2032, after 6 years and 3 moves",
        "392 hours of study; 6 years in post",
        "Team leadership 2→4 · 71 h",
        "SQL 0→2 · 18 h, done in May",
        "Promotion to Operations Supervisor",
        "Jan 2029 – Jan 2032",
        "Apr – May 2029",
    ):
        assert needle in md and needle in html
    for md_, html_ in ((run(*LI_LEI, "--detail").stdout, html_plan("en", "--detail")),):
        html_text = "".join(parse(html_).text)
        for needle in ("Week by week", "Team leadership: level 2 → 4", "5 Jan 2029 – 20 Apr 2029"):
            assert needle in md_ and needle in html_text


def test_written_plan_gets_the_usual_mode_and_keeps_a_replaced_files_mode(tmp_path: Path) -> None:
    import os
    import stat

    from ecareer.store.atomic import default_mode, write_atomic

    new = tmp_path / "new.md"
    write_atomic(new, "x", overwrite=False)
    assert stat.S_IMODE(new.stat().st_mode) == default_mode()
    old = tmp_path / "old.md"
    old.write_text("y", encoding="utf-8")
    os.chmod(old, 0o640)
    write_atomic(old, "z")
    assert stat.S_IMODE(old.stat().st_mode) == 0o640
    assert old.read_text(encoding="utf-8") == "z"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.md", "old.md"]


def test_schedule_shares_the_pace_and_waits_for_prerequisites() -> None:
    from ecareer.advise.plan_time import schedule

    # 1 and 2 are ready at once, 3 waits for 1, 4 (no hours) for 3; 52 h a year
    items = [(1, 13.0), (2, 26.0), (3, 13.0), (4, 0.0), (5, 13.0)]
    times, segments = schedule(items, {3: {1}, 4: {3}}, 52.0, at=1.0)
    # 1, 2 and 5 side by side (at most three), a third of the pace each
    assert segments[0].tasks == (1, 2, 5) and segments[0].rate == pytest.approx(52 / 3)
    assert times[1] == pytest.approx((1.0, 1.75)) and times[5] == pytest.approx((1.0, 1.75))
    assert times[3][0] == pytest.approx(times[1][1])  # starts once its prerequisite is done
    assert times[4][0] == times[4][1] == pytest.approx(times[3][1])  # done on the spot
    # the whole pace is used throughout: 65 h at 52 h a year
    assert max(e for _, e in times.values()) == pytest.approx(1.0 + 65 / 52)
    for seg in segments:
        assert seg.rate * len(seg.tasks) == pytest.approx(52.0)
