"""``ecareer assess``: an interactive self-assessment in the terminal that writes a profile.

It asks for the current role and an optional target, then only for the skills that matter:
those the target and the roles on the cheapest route to it require (or the current role's,
without a target), essential ones first, prerequisites before the skills that need them. A
skill rated below what another skill's prerequisite needs settles that skill at 0 without a
question. Answers are kept in memory; the profile is validated and written atomically after
the last one, so Ctrl-C (exit 130) leaves no file. Prompts are Rich's (already a dependency,
imported only here), so no other command pays for them.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ecareer.cli.app import app
from ecareer.cli.lang import h, say
from ecareer.cli.options import DataOpt, LangOpt, OverlayOpt, settings
from ecareer.errors import EcareerError, UsageError

if TYPE_CHECKING:
    from rich.console import Console
    from rich.prompt import IntPrompt, Prompt

    from ecareer.contract.dataset import Dataset

#: At most this many roles are listed when a search matches several.
LIST_AT_MOST = 9


class Question:
    """One skill to ask about: the answer offered, and whether the target requires it."""

    __slots__ = ("default", "essential", "skill")

    def __init__(self, skill: str, default: int, essential: bool) -> None:
        self.skill, self.default, self.essential = skill, default, essential


def plan_questions(
    ds: Dataset, role: str, target: str | None, have: dict[str, int], most: int
) -> tuple[list[Question], tuple[str, ...]]:
    """The skills to ask about, in order, and the roles of the route they come from."""
    from ecareer.advise.levels import role_levels

    roles: tuple[str, ...] = (role,)
    if target is not None and target != role:
        roles = _route(ds, role, target, have) or (role, target)
    want: dict[str, tuple[bool, int, int]] = {}  # skill: (essential, importance, order)
    for n, rid in enumerate(reversed(roles)):  # the target first, then back along the route
        for req in ds.roles[rid].skills:
            old = want.get(req.skill, (False, 0, n))
            want[req.skill] = (old[0] or req.essential, max(old[1], req.importance), old[2])
    ranked = sorted(want, key=lambda s: (not want[s][0], want[s][2], -want[s][1], s))[:most]
    chosen = set(ranked)
    # a prerequisite asked about comes before the skills that need it
    ordered: list[str] = []

    def visit(skill: str) -> None:
        if skill in ordered:
            return
        for pre in ds.skills[skill].prerequisites:
            if pre.skill in chosen:
                visit(pre.skill)
        ordered.append(skill)

    for skill in ranked:
        visit(skill)
    start = role_levels(ds.roles[role])
    return [Question(s, have.get(s, start.get(s, 0)), want[s][0]) for s in ordered], roles


def _route(ds: Dataset, role: str, target: str, have: dict[str, int]) -> tuple[str, ...] | None:
    from ecareer.advise.levels import merge, role_levels
    from ecareer.advise.route import find_routes

    try:
        result = find_routes(ds, role, target, merge(role_levels(ds.roles[role]), have))
    except EcareerError:
        return None
    return result.routes[0].roles if result.routes else None


def settled_by(ds: Dataset, skill: str, answers: dict[str, int]) -> tuple[str, int] | None:
    """(prerequisite, level) that an answer already missed, so ``skill`` cannot be held."""
    for pre in ds.skills[skill].prerequisites:
        if pre.skill in answers and answers[pre.skill] < pre.level:
            return pre.skill, pre.level
    return None


def _prompts(lang: str) -> tuple[type[Prompt], type[IntPrompt]]:
    """Rich's prompts, speaking ``lang``: Chinese ends a question with `：`."""
    from rich.prompt import IntPrompt, Prompt
    from rich.text import Text

    suffix = "：" if lang == "zh" else ": "
    brackets = "（{}）" if lang == "zh" else "({})"

    def shown_default(default: object) -> Text:
        return Text(brackets.format(default), "prompt.default")

    class Ask(Prompt):
        prompt_suffix = suffix
        illegal_choice_message = "[prompt.invalid.choice]" + say("illegal_choice")

        def render_default(self, default: object) -> Text:
            return shown_default(default)

    class AskInt(IntPrompt):
        prompt_suffix = suffix

        def render_default(self, default: object) -> Text:
            return shown_default(default)

        validate_error_message = "[prompt.invalid]" + say("not_a_number")
        illegal_choice_message = "[prompt.invalid.choice]" + say("illegal_choice")

    return Ask, AskInt


def _find_role(ds: Dataset, out: Console, lang: str, prompt: str, default: str | None) -> str:
    """Ask until the answer names one role (or is empty when ``default`` is ``""``)."""
    Prompt, IntPrompt = _prompts(lang)

    from ecareer.advise.lookup import exact, resolve, suggestions
    from ecareer.contract.names import normalise
    from ecareer.errors import UnknownName
    from ecareer.render.tables import role_name

    while True:
        word = Prompt.ask(prompt, console=out, default=default or None, show_default=bool(default))
        word = (word or "").strip()
        if not word:
            if default == "":
                return ""
            continue
        try:
            found_id = resolve(ds, word, "role")
            if not exact(ds, word, "role"):  # found inside a name: say which
                out.print(say("chose", name=role_name(ds, found_id, lang)), markup=False)
            return found_id
        except UnknownName as error:
            key = normalise(word)
            found = [
                rid
                for rid, r in sorted(ds.roles.items())
                if any(key in normalise(x) for x in (rid, r.name.en, r.name.zh, *r.aliases))
            ]
            found = (found or list(error.near) or suggestions(ds, word, "role", LIST_AT_MOST))[
                :LIST_AT_MOST
            ]
        if not found:
            out.print(say("no_match", word=word), markup=False)
            continue
        if len(found) == 1:
            out.print(say("chose", name=role_name(ds, found[0], lang)), markup=False)
            return found[0]
        for n, rid in enumerate(found, 1):
            out.print(f"  {n}. {role_name(ds, rid, lang)}", markup=False)
        pick = IntPrompt.ask(
            say("pick_one"), console=out, choices=[str(n) for n in range(1, len(found) + 1)]
        )
        return found[pick - 1]


def _ask_level(ds: Dataset, out: Console, lang: str, q: Question, i: int, n: int, role: str) -> int:
    IntPrompt = _prompts(lang)[1]

    from ecareer.render.i18n import pick
    from ecareer.render.tables import level_text, skill_name

    skill = ds.skills[q.skill]
    name = skill_name(ds, q.skill, lang)
    out.print()
    if q.essential:
        title = say(
            "question_essential", i=i, n=n, skill=name, role=pick(ds.roles[role].name, lang)
        )
    else:
        title = say("question", i=i, n=n, skill=name)
    out.print(title, style="bold", markup=False)
    from rich.padding import Padding
    from rich.text import Text

    def indented(text: str, indent: int, style: str = "") -> None:
        # wrapped lines keep the indent of the first (a long description or level text)
        out.print(Padding(Text(text, style=style), (0, 0, 0, indent)))

    indented(pick(skill.description, lang), 2, "dim")
    rungs = [(0, say("level_zero"))] + [
        (
            rung.level,
            say(
                "kv",
                what=pick(rung.name, lang),
                value=level_text(rung, str(skill.category), lang),
            ),
        )
        for rung in ds.scale
    ]
    from rich.table import Table

    grid = Table.grid(padding=(0, 2))  # a wrapped level text stays in its column
    grid.add_column(justify="right")
    grid.add_column()
    for level, line in rungs:
        grid.add_row(Text(str(level)), Text(line))
    out.print(Padding(grid, (0, 0, 0, 2)))
    top = ds.max_level
    return IntPrompt.ask(
        say("ask_level", top=top),
        console=out,
        choices=[str(v) for v in range(top + 1)],
        default=q.default,
        show_choices=False,
    )


def profile_yaml(
    name: str, role: str, target: str | None, skills: dict[str, int], file: str
) -> str:
    """The profile as YAML: JSON strings are YAML too, so names need no quoting rules."""
    import json

    lines = [say("profile_header", file=file)]
    if name:
        lines.append(f"name: {json.dumps(name, ensure_ascii=False)}")
    lines.append(f"role: {role}")
    if target:
        lines.append(f"# target: {target}")
    lines.append("skills:" if skills else "skills: {}")
    lines += [f"  {sid}: {level}" for sid, level in skills.items()]
    return "\n".join(lines) + "\n"


@app.command(help=h("help_assess"))
def assess(
    output: Annotated[Path, typer.Option("--output", "-o", help=h("opt_assess_output"))] = Path(
        "profile.yaml"
    ),
    force: Annotated[bool, typer.Option("--force", help=h("opt_assess_force"))] = False,
    resume: Annotated[bool, typer.Option("--resume", help=h("opt_resume"))] = False,
    most: Annotated[
        int, typer.Option("--max-questions", min=1, max=60, help=h("opt_max_questions"))
    ] = 25,
    data: DataOpt = None,
    overlay: OverlayOpt = None,
    lang: LangOpt = None,
) -> None:
    """Answer a few questions in the terminal and get a profile: your role, a target, and the
    skills that matter for it.

    It asks only about the skills the target and the route to it need, essential ones first,
    each with what its levels look like; --resume starts from the answers in the -o file.
    Nothing is written until the last answer; an existing file needs --force.

    Example: ecareer assess -o me.yaml
    """
    s = settings(data, overlay, lang, False)
    if not sys.stdin.isatty():
        raise UsageError(say("needs_terminal"), hint=say("needs_terminal_hint"))
    from ecareer.render.escape import clean

    shown = clean(str(output))
    ds = s.dataset()
    before = None
    if resume:
        if not output.is_file():
            raise UsageError(say("resume_missing", file=shown))
        from ecareer.validate.profile import load_profile

        before = load_profile(output, ds)
    elif output.exists() and not force:
        raise OutputError(say("exists", file=shown), hint=say("give_force"))  # before asking
    from rich.console import Console

    from ecareer.render.tables import role_name

    out = Console(highlight=False, emoji=False)
    out.print(say("intro", file=shown), markup=False)
    name = ""
    if before is None or not before.name:
        name = (
            _prompts(s.lang)[0]
            .ask(say("ask_name"), console=out, default="", show_default=False)
            .strip()
        )
    else:
        name = before.name
    role = _find_role(ds, out, s.lang, say("ask_role"), before.role if before else None)
    target = ""
    while True:
        target = _find_role(ds, out, s.lang, say("ask_target"), "")
        if target != role:
            break
        out.print(say("same_role"), markup=False)
    have = dict(before.skills) if before else {}
    questions, roles = plan_questions(ds, role, target or None, have, most)
    if len(roles) > 2:
        shown_roles = " → ".join(role_name(ds, r, s.lang) for r in roles)
        out.print(say("route_note", roles=shown_roles), markup=False)
    out.print(say("skills_intro", n=len(questions)), markup=False)
    answers: dict[str, int] = {}
    goal = target or role
    for i, q in enumerate(questions, 1):
        settled = settled_by(ds, q.skill, answers)
        if settled is not None:
            from ecareer.render.tables import skill_name

            answers[q.skill] = 0
            pre, level = settled
            skill, pre_name = skill_name(ds, q.skill, s.lang), skill_name(ds, pre, s.lang)
            out.print(say("settled", skill=skill, pre=pre_name, level=level), markup=False)
            continue
        answers[q.skill] = _ask_level(ds, out, s.lang, q, i, len(questions), goal)
    skills = {**{k: v for k, v in have.items() if k not in answers}, **answers}
    text = profile_yaml(name, role, target or None, skills, str(output))
    _write(output, text, force or resume)
    out.print()
    out.print(say("profile_written", file=shown), markup=False)
    _finish(ds, s.lang, output, target)


class OutputError(EcareerError):
    """The profile could not be written (exit 1); nothing was left behind."""


def _write(target: Path, text: str, overwrite: bool) -> None:
    from ecareer.render.escape import clean
    from ecareer.store.atomic import write_atomic

    shown = clean(str(target))
    what = say("output_profile")
    try:
        write_atomic(target, text, overwrite=overwrite)
    except FileExistsError:
        raise OutputError(say("exists", file=shown), hint=say("give_force")) from None
    except IsADirectoryError:
        raise OutputError(say("write_folder", what=what, file=shown)) from None
    except OSError as error:
        reason = (error.strerror or type(error).__name__).lower()
        raise OutputError(say("cannot_write", what=what, where=shown, reason=reason)) from None


def _finish(ds: Dataset, lang: str, output: Path, target: str) -> None:
    from ecareer.advise.gap import gap_report, origin
    from ecareer.render import tables
    from ecareer.validate.profile import load_profile

    profile = load_profile(output, ds)  # what was written is what every command will read
    if target:
        tables.gap(ds, gap_report(ds, origin(ds, None, profile), [target]), lang)
    file = str(output)
    lines = [say("next_steps")]
    if target:
        lines += [
            say("next_plan", file=file, target=target),
            say("next_route", file=file, target=target),
        ]
    lines.append(say("next_next", file=file))
    sys.stdout.write("\n".join(lines) + "\n")
