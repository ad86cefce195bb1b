"""The printable plan: golden Markdown, HTML structure, escaping, -o/--force, the timeline."""

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
from ecareer.advise.plan import Plan, build_plan, month_count, monthly_hours
from ecareer.advise.route import find_routes
from ecareer.cli.options import Settings
from ecareer.contract.dataset import Dataset
from ecareer.errors import NoRoute, PlanTooLong

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
    ds: Dataset, start: str, target: str, hours_per_week: float = 10.0, day: date | None = None
) -> Plan:
    levels = role_levels(ds.roles[start])
    result = find_routes(ds, start, target, levels)
    who = Origin(start, levels)
    return build_plan(ds, who, target, result, hours_per_week, day or date(2026, 1, 5), "")


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
        "## Steps",
        "### Step 1: Operations Assistant → Operations Specialist",
        "## Learning order",
        "## Resources and certifications",
        "## Month by month",
    ):
        assert heading in out
    assert "- [ ] Led a full 618 campaign" in out  # a milestone, to tick
    assert "- [ ] Seller university · Course · 10 h" in out  # a resource with its hours
    assert "- [ ] **Month 12 · December 2026** · 9.6 h: SQL 0 → 2 (9.6 h, done)" in out


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
    assert f"**Start**: {date.today().isoformat()}" in out


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
    assert "nothing to learn" in out.stdout


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
    assert {"who", "route", "steps", "order", "resources", "timeline", "notes"} <= page.ids()
    # a table per step, the learning order, the timeline
    assert page.count("table") == 3 + 1 + 1
    assert page.count("h3") >= 3
    # a box to tick per task (12), per month (12), per milestone (1), per resource (2)
    assert "".join(page.text).count("☐") == 12 + 12 + 1 + 2
    # every row of a table has as many cells as its head
    assert set(page.rows) <= {4, 5, 6}
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
    for words in ("运营助理", "电商运营总监", "商家大学", "逐月安排", "2026年12月"):
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


def check_timeline(p: Plan) -> None:
    total = p.total_hours
    monthly = monthly_hours(p.hours_per_week)
    assert len(p.months) == month_count(total, p.hours_per_week)
    assert len(p.months) == (math.ceil(total / monthly - 1e-9) if total > 0 else 0)
    assert sum(m.hours for m in p.months) == pytest.approx(total, abs=1e-6)
    for m in p.months[:-1]:
        assert m.hours == pytest.approx(monthly)
    for t in p.tasks:
        parts = [w for m in p.months for w in m.work if w.task == t.n]
        if total > 0:
            assert sum(w.hours for w in parts) == pytest.approx(t.hours, abs=1e-6)
            assert [w.finishes for w in parts][-1:] == [True]
            assert not any(w.finishes for w in parts[:-1])
    # months follow the calendar from the start
    for a, b in zip(p.months, p.months[1:], strict=False):
        assert (b.year * 12 + b.month) - (a.year * 12 + a.month) == 1
    if p.months:
        assert (p.months[0].year, p.months[0].month) == (p.start.year, p.start.month)
    # the work is done in the learning order
    seen = [w.task for m in p.months for w in m.work]
    assert seen == sorted(seen)


def test_timeline_of_li_lei() -> None:
    p = make_plan(mini(), "ops-assistant", "ops-director", 8)
    assert p.total_hours == 392
    assert len(p.months) == 12  # 392 / (4.345 * 8) = 11.3
    check_order(mini(), p)
    check_timeline(p)


@PROPS
@given(
    st.floats(0.5, 80, allow_nan=False),
    st.dates(date(1990, 1, 1), date(9990, 12, 31)),
    st.sampled_from(["ops-assistant", "ops-specialist", "data-analyst"]),
)
def test_timeline_properties(hours_per_week: float, day: date, start: str) -> None:
    p = make_plan(mini(), start, "ops-director", hours_per_week, day)
    check_timeline(p)


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
        assert month_count(p_total(ds, a, b), hours_per_week) > 1200
        return
    check_order(ds, p)
    check_timeline(p)
    # per step, the tasks are the route's learning, nothing lost or added
    for n, step in enumerate(p.route.steps, 1):
        got = sorted((t.skill, t.have, t.want) for t in p.step_tasks(n))
        assert got == sorted((x.skill, x.have, x.want) for x in step.learn)


def p_total(ds: Dataset, a: str, b: str) -> float:
    return find_routes(ds, a, b, role_levels(ds.roles[a])).routes[0].hours


def test_the_plan_agrees_across_formats() -> None:
    md = run(*LI_LEI).stdout
    html = "".join(parse(html_plan()).text)
    for needle in (
        "Platform rules: level 3 → 4",
        "Team leadership 2 → 4 (26.4 h, done)",
        "392 hours over 12 months, until December 2026",
    ):
        assert needle in md and needle in html


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
