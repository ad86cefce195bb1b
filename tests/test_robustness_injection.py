"""Text from the data is text everywhere: in the terminal, JSON, Mermaid, dot, Markdown, HTML.

A role's name (and a skill's, a milestone's) holds Rich markup, ANSI escape sequences, HTML,
Markdown and Mermaid syntax. In every output it must read as the literal text: no ESC byte
reaches the terminal, Rich markup is not interpreted, JSON round-trips it exactly, and the
Markdown, Mermaid, dot and HTML escape it so that a renderer shows it as written.
"""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from ecareer.render.escape import clean

from robustness_catalogue import MINI, Result, has_command, invoke

PAYLOADS = {
    "rich-markup": "[bold red]x[/] [/] [link=http://e.vil]y[/link]",
    "ansi-colour": "\x1b[31mred\x1b[0m",
    "ansi-title": "\x1b]0;pwned\x07 title",
    "c1-csi": "\x9b31m c1",
    "bidi": "\u202eevil\u202c",
    "html": "<script>alert(1)</script><img src=x onerror=alert(1)> & &amp;",
    "markdown": "[x](http://e.vil) **b** _i_ `c` | cell | # h <!-- c -->",
    "mermaid": 'a"] --> x[b] end click r_ops_director "http://e.vil" %%{init}%%',
    "dot": 'a" -> "b"; label=<<b>x</b>>',
}
ENV = {"NO_COLOR": "1", "FORCE_COLOR": None, "COLUMNS": "400", "TERMINAL_WIDTH": "400"}


def visible(text: str) -> str:
    """What a terminal must show for ``text``: control characters as escapes."""
    return clean(text)


@pytest.fixture(params=list(PAYLOADS), ids=list(PAYLOADS))
def payload(request: pytest.FixtureRequest) -> str:
    return PAYLOADS[request.param]


@pytest.fixture
def data(tmp_path: Path, payload: str) -> Path:
    """The mini data with ``payload`` as ops-specialist's English name, sql's English name
    and a milestone."""
    folder = tmp_path / "data"
    folder.mkdir()
    docs = {n: yaml.safe_load((MINI / f"{n}.yaml").read_text("utf-8")) for n in ("skills",
            "roles", "paths")}  # fmt: skip
    specialist = next(r for r in docs["roles"]["roles"] if r["id"] == "ops-specialist")
    specialist["name"]["en"] = payload
    sql = next(s for s in docs["skills"]["skills"] if s["id"] == "sql")
    sql["name"]["en"] = payload
    docs["paths"]["paths"][1]["milestones"][0]["en"] = payload
    for name, doc in docs.items():
        (folder / f"{name}.yaml").write_text(yaml.safe_dump(doc, allow_unicode=True), "utf-8")
    assert invoke("validate", "--data", folder).exit_code == 0
    return folder


def run(*args: str | Path) -> Result:
    result = invoke(*args, env=ENV)
    assert not result.crashed, result.traceback
    assert result.exit_code == 0, result.stderr
    return result


def no_control(result: Result) -> None:
    """Nothing ecareer's own terminal filter would escape reaches the output: no C0 or C1
    control (ESC, BEL, CSI...) and no bidirectional override, whatever the format."""
    for name, out in (("stdout", result.stdout), ("stderr", result.stderr)):
        assert "\x1b" not in out, f"ESC reached {name}"
        unsafe = sorted({c for c in out if clean(c, one_line=False) != c})
        assert not unsafe, f"control characters reached {name}: {unsafe!r}"


def squeeze(text: str) -> str:
    """White space runs as one space: Rich wraps a long title onto the next line."""
    return " ".join(text.split())


@pytest.mark.parametrize(
    "args",
    [
        ("show", "ops-specialist"),
        ("show", "sql"),
        ("roles",),
        ("skills",),
        ("gap", "--from", "ops-assistant", "--to", "ops-specialist"),
        ("route", "--from", "ops-assistant", "--to", "ops-supervisor"),
        ("next", "--from", "ops-specialist"),
        ("next", "--from", "ops-assistant"),
    ],
    ids=lambda a: "-".join(a[:2]),
)
def test_terminal_shows_the_literal_text(data: Path, payload: str, args: tuple[str, ...]) -> None:
    result = run(*args, "--data", data)
    no_control(result)
    assert squeeze(visible(payload)) in squeeze(result.stdout)


def test_rich_markup_is_not_interpreted(tmp_path: Path) -> None:
    """The issue's example, exactly: `[bold red]x[/]` prints as those characters."""
    roles = (
        (MINI / "roles.yaml")
        .read_text("utf-8")
        .replace("name: {en: Operations Specialist,", 'name: {en: "[bold red]x[/] [/]",', 1)
    )
    (tmp_path / "data").mkdir()
    for name in ("skills", "paths"):
        (tmp_path / "data" / f"{name}.yaml").write_bytes((MINI / f"{name}.yaml").read_bytes())
    (tmp_path / "data" / "roles.yaml").write_text(roles, "utf-8")
    result = run("show", "ops-specialist", "--data", tmp_path / "data")
    assert result.stdout.startswith("[bold red]x[/] [/] (ops-specialist)\n")
    no_control(result)


@pytest.mark.parametrize(
    ("args", "find"),
    [
        (("show", "ops-specialist", "--json"), lambda d: d["name"]["en"]),
        (("show", "sql", "--json"), lambda d: d["name"]["en"]),
        (("roles", "--json"), lambda d: next(r for r in d if r["id"] == "ops-specialist")["name"]["en"]),
        (("gap", "--from", "ops-assistant", "--to", "ops-specialist", "--json"),
         lambda d: d["targets"][0]["name"]["en"]),
        (("route", "--from", "ops-specialist", "--to", "ops-supervisor", "--json"),
         lambda d: d["routes"][0]["steps"][0]["milestones"][0]["en"]),
        (("graph", "--format", "json"),
         lambda d: next(n for n in d["nodes"] if n["id"] == "ops-specialist")["name"]["en"]),
    ],
    ids=["show-role", "show-skill", "roles", "gap", "route-milestone", "graph"],
)  # fmt: skip
def test_json_round_trips_exactly(data: Path, payload: str, args: tuple[str, ...], find) -> None:  # type: ignore[no-untyped-def]
    result = run(*args, "--data", data)
    no_control(result)  # json.dumps writes ESC as \u001b; C1 controls must be escaped too
    assert find(json.loads(result.stdout)) == payload


MERMAID_ENTITIES = {
    "#amp;": "&", "#quot;": '"', "#lt;": "<", "#gt;": ">", "#124;": "|", "#91;": "[",
    "#93;": "]", "#123;": "{", "#125;": "}", "#96;": "`",
}  # fmt: skip


def test_mermaid_labels_hold_the_text(data: Path, payload: str) -> None:
    result = run("graph", "--data", data)
    no_control(result)
    line = next(x for x in result.stdout.splitlines() if x.strip().startswith("r_ops_specialist["))
    match = re.fullmatch(r'\s*r_ops_specialist\["([^"\[\]<>|{}`]*)"\]', line)
    assert match, f"the label escapes its quotes: {line!r}"
    label = match.group(1)
    # the only other # in the label would be the start of an entity: decode and compare
    decoded = re.sub(r"#(?:amp|quot|lt|gt|\d+);", lambda m: MERMAID_ENTITIES[m.group()], label)
    assert decoded == visible(payload)
    # nothing but the node, its edges and the header: no line was injected
    for other in result.stdout.splitlines()[1:]:
        assert re.fullmatch(r'  r_[a-z0-9_]+(\[".*"\]| -(->|\.->) r_[a-z0-9_]+)', other), other


def test_dot_labels_hold_the_text(data: Path, payload: str) -> None:
    result = run("graph", "--format", "dot", "--data", data)
    no_control(result)
    line = next(x for x in result.stdout.splitlines() if x.strip().startswith('"ops-specialist"'))
    match = re.fullmatch(r'\s*"ops-specialist" \[label="((?:[^"\\]|\\.)*)"\];', line)
    assert match, line
    assert re.sub(r"\\(.)", r"\1", match.group(1)) == visible(payload)


def needs_plan() -> None:
    if not has_command("plan"):
        pytest.skip("the `plan` command does not exist in this build yet")


PLAN = ("plan", "--from", "ops-assistant", "--to", "ops-supervisor", "--start", "2026-01-05")


def test_markdown_plan_escapes_the_text(data: Path, payload: str) -> None:
    needs_plan()
    result = run(*PLAN, "--data", data)
    no_control(result)
    md = result.stdout
    flat = " ".join(visible(payload).split())
    # every Markdown special character of the payload is backslash-escaped where it shows
    escaped = re.sub(r"([\\`*_\[\]<>|~])", r"\\\1", flat)
    escaped = re.sub(r"&(?=#?\w+;)", r"\\&", escaped)
    # and GFM's autolinks are broken where the autolinker looks (http\://, www\., a\@b)
    escaped = re.sub(r"(?i)([a-z][a-z0-9+.-]*):(?=//)", r"\1\\:", escaped)
    escaped = re.sub(r"(?i)\b(www)\.", r"\1\\.", escaped)
    escaped = escaped.replace("@", "\\@")
    assert escaped in md
    assert not re.search(r"(?<!\\)<(script|img)", md)  # no raw HTML
    assert not re.search(r"(?<!\\)\]\(http://e\.vil\)", md)  # no link was made


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += [name for name, _ in attrs]

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_plan_escapes_the_text(data: Path, payload: str) -> None:
    needs_plan()
    result = run(*PLAN, "--format", "html", "--data", data)
    no_control(result)
    page = _Tags()
    page.feed(result.stdout)
    assert "script" not in page.tags and "img" not in page.tags
    assert not any(a.startswith("on") for a in page.attrs)
    text = " ".join(page.text)
    assert " ".join(visible(payload).split()) in " ".join(text.split())
    assert html.escape(" ".join(visible(payload).split()), quote=True) in result.stdout


@pytest.mark.parametrize("fmt", ["text", "json", "github"])
def test_validation_messages_hold_no_control_codes(tmp_path: Path, payload: str, fmt: str) -> None:
    """A key named with the payload is reported; the report itself stays plain text."""
    folder = tmp_path / "data"
    folder.mkdir()
    for name in ("skills", "paths"):
        (folder / f"{name}.yaml").write_bytes((MINI / f"{name}.yaml").read_bytes())
    roles = (MINI / "roles.yaml").read_text("utf-8") + yaml.safe_dump({payload: 1})
    (folder / "roles.yaml").write_text(roles, "utf-8")
    result = invoke("validate", "--data", folder, "--format", fmt, env=ENV)
    assert not result.crashed, result.traceback
    assert result.exit_code == 1
    no_control(result)
    if fmt == "json":
        messages = [p["message"] for p in json.loads(result.stdout)["problems"]]
        assert f"unknown top-level key `{payload}`" in messages
    elif fmt == "text":
        assert f"unknown top-level key `{visible(payload)}`" in result.stdout


def test_unknown_id_is_echoed_as_text(tmp_path: Path, payload: str) -> None:
    result = invoke("gap", "--from", payload, "--to", "ops-director", "--data", MINI, env=ENV)
    assert not result.crashed, result.traceback
    assert result.exit_code == 2
    no_control(result)
    # the id as the user typed it, control characters shown as escapes
    first = result.stderr.splitlines()[0]
    assert first == f"error: unknown role '{visible(payload)}' (in --from)"


@settings(max_examples=400, deadline=None)
@given(
    st.text(
        alphabet=st.one_of(
            st.sampled_from(list("ab 中文,()/+'%-_.:@#&*`[]<>|~\\\n\t")), st.characters()
        ),
        max_size=30,
    )
)
def test_markdown_shortcut_agrees(text: str) -> None:
    """md()'s shortcut for plain text gives exactly what the full escaping gives."""
    from ecareer.render.markdown import md, md_escaped

    assert md(text) == md_escaped(text)
