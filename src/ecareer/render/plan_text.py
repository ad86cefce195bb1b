"""The sentences of the printable plan, from the string catalogue, shared by its formats.

Markdown and HTML print the same words: both take them from here. Only strings of our own are
made here (their words are in :mod:`ecareer.render.catalog`); names come from the data and are
escaped by the renderer that prints them.

Numbers are rounded to what they can mean: hours to whole hours (a part of an hour is "<1"),
years to a tenth, days to months or quarters except for the start and the moves.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from ecareer.advise.plan_time import day
from ecareer.advise.route import WEEKS_PER_YEAR
from ecareer.contract.vocab import label
from ecareer.render.i18n import pick, tr
from ecareer.render.plan_dates import long_date, month_of, month_only, month_span, quarter_name
from ecareer.render.plan_dates import short_date as short_date
from ecareer.render.plan_dates import short_month as short_month

if TYPE_CHECKING:
    from ecareer.advise.plan import Plan, Quarter, SkillResources, Task, Window, Work
    from ecareer.contract.dataset import Dataset
    from ecareer.contract.records import Resource


def quarter_title(quarter: Quarter, lang: str) -> str:
    """ "Q1 2026", or a run of quarters: "Q3 2027 – Q2 2028"."""
    first = quarter_name(quarter.year, quarter.q, lang)
    if quarter.last is None or quarter.last == (quarter.year, quarter.q):
        return first
    return f"{first} – {quarter_name(*quarter.last, lang)}"


def whole(value: float) -> str:
    """Hours for people: whole hours, "<1" for a part of one."""
    if 0 < value < 0.5:
        return "<1"
    return f"{math.floor(value + 0.5):,}"


def tenth(value: float) -> str:
    """Years: to a tenth, "2.5" or "3"."""
    text = f"{math.floor(value * 10 + 0.5) / 10:,.1f}"
    return text[:-2] if text.endswith(".0") else text


def list_sep(lang: str) -> str:
    """Between the items of a list in a sentence."""
    return "；" if lang == "zh" else "; "


def colon(lang: str) -> str:
    """The colon after a label: full width in Chinese, with no space after it."""
    return "：" if lang == "zh" else ": "


def hours(value: float, lang: str) -> str:
    return tr("h", lang, hours=whole(value))


def years(value: float, lang: str) -> str:
    shown = tenth(value)
    return tr("years_one" if shown == "1" else "years_many", lang, years=shown)


def months(value: float) -> str:
    return str(max(1, math.floor(value + 0.5))) if value > 0 else "0"


# The plan's sentences, as plain text with the data's names in them. Each renderer escapes the
# whole sentence once for its format (our own words need no escaping, so nothing is lost).


def role(ds: Dataset, rid: str, lang: str) -> str:
    r = ds.roles.get(rid)
    return pick(r.name, lang) if r else rid


def skill(ds: Dataset, sid: str, lang: str) -> str:
    s = ds.skills.get(sid)
    return pick(s.name, lang) if s else sid


def level(ds: Dataset, value: int, lang: str) -> str:
    """A level with its name on the scale: "2 · Working" (0, not held, has no name)."""
    name = level_name(ds, value, lang)
    return f"{value} · {name}" if name else str(value)


def level_name(ds: Dataset, value: int, lang: str) -> str:
    for rung in ds.scale:
        if rung.level == value:
            return pick(rung.name, lang)
    return ""


def levels(ds: Dataset, task: Task, lang: str) -> str:
    """ "2 → 4 · Advanced"."""
    name = level_name(ds, task.want, lang)
    if not name:
        return f"{task.have} → {task.want}"
    return tr("level_range", lang, have=task.have, want=task.want, name=name)


def title(plan: Plan, lang: str) -> str:
    return tr("plan_title_for", lang, name=plan.person) if plan.person else tr("plan_title", lang)


def move_count(n: int, lang: str) -> str:
    return tr("moves_one", lang) if n == 1 else tr("moves_many", lang, n=n)


def facts(ds: Dataset, plan: Plan, lang: str) -> list[tuple[str, str]]:
    """Who, from where, to where, by when, at what weekly effort: (label, value) pairs."""
    out = []
    if plan.person:
        out.append((tr("person", lang), plan.person))
    start = role(ds, plan.start_role, lang)
    if plan.origin.has_profile:
        start = tr("with_profile", lang, role=start)
    out.append((tr("current_role", lang), start))
    out.append((tr("target_role", lang), role(ds, plan.target, lang)))
    out.append((tr("start_date", lang), long_date(plan.start, lang)))
    if plan.windows:
        when = tr(
            "by_when_value",
            lang,
            end=month_of(plan.end, lang),
            years=years(plan.years, lang),
            moves=move_count(len(plan.route.steps), lang),
        )
    else:
        when = tr("by_when_none", lang)
    out.append((tr("by_when", lang), when))
    out.append((tr("pace", lang), tr("pace_value", lang, hours=tenth(plan.hours_per_week))))
    totals = tr(
        "totals_value",
        lang,
        hours=whole(plan.total_hours),
        post=years(plan.route.years, lang),
    )
    out.append((tr("totals", lang), totals))
    return out


def warning(plan: Plan, n: int, lang: str) -> str:
    """Why the study of step ``n`` does not fit its years in post, and the pace that would."""
    step = plan.route.steps[n - 1]
    window = plan.windows[n - 1]
    pace = tenth(plan.hours_per_week)
    study = years(window.study_years, lang)
    if not step.years:
        return tr("too_slow_no_post", lang, n=n, pace=pace, study=study)
    need = math.ceil(step.study_per_week() - 1e-9)
    post = years(step.years, lang)
    return tr("too_slow", lang, n=n, pace=pace, study=study, post=post, need=need)


def warnings(plan: Plan, lang: str) -> list[str]:
    """A sentence for each step whose study does not fit its years in post at this pace."""
    return [warning(plan, n, lang) for n in plan.too_slow()]


def window_span(window: Window, lang: str) -> str:
    return month_span(window.start, window.finish, lang)


def glance_row(ds: Dataset, plan: Plan, window: Window, lang: str) -> list[str]:
    """Step, move, when, study: one row of the moves at a glance."""
    step = plan.route.steps[window.step - 1]
    move = tr("move_to", lang, kind=label(step.kind, lang), role=role(ds, step.to, lang))
    when = f"{window_span(window, lang)} ({years(window.years, lang)})"
    if lang == "zh":
        when = f"{window_span(window, lang)}（{years(window.years, lang)}）"
    study = (
        tr("study_by", lang, hours=whole(step.hours), end=month_of(window.study_done, lang))
        if step.hours
        else tr("study_none", lang)
    )
    return [str(window.step), move, when, study]


def step_title(ds: Dataset, plan: Plan, n: int, lang: str) -> str:
    step = plan.route.steps[n - 1]
    return tr("step_title", lang, n=n, a=role(ds, step.from_, lang), b=role(ds, step.to, lang))


def step_meta(plan: Plan, n: int, lang: str) -> str:
    step = plan.route.steps[n - 1]
    window = plan.windows[n - 1]
    return tr(
        "step_meta" if window.sets_time(step) == "post" else "step_meta_longer",
        lang,
        kind=label(step.kind, lang),
        span=window_span(window, lang),
        years=years(window.years, lang),
        post=years(step.years, lang),
        hours=whole(step.hours),
    )


def step_time(plan: Plan, n: int, lang: str) -> list[str]:
    """When the study of step ``n`` is done, and what sets its time when not its years in
    post (the warning of :func:`warnings` when the study does not fit)."""
    step = plan.route.steps[n - 1]
    window = plan.windows[n - 1]
    out = []
    pace = tenth(plan.hours_per_week)
    sets = window.sets_time(step)
    if step.hours and sets == "study":
        out.append(tr("step_study_all", lang, pace=pace, end=month_of(window.finish, lang)))
    elif step.hours:
        out.append(tr("step_study", lang, pace=pace, end=month_of(window.study_done, lang)))
    if sets == "practice":
        out.append(tr("sets_practice", lang, months=months(step.practice_months)))
    if n in plan.too_slow():
        out.append(warning(plan, n, lang))
    return out


def task_when(task: Task, plan: Plan, lang: str) -> str:
    return month_span(day(plan.start, task.begin), day(plan.start, task.end), lang)


def task_note(ds: Dataset, task: Task, lang: str) -> str:
    if task.essential:
        return tr("essential_mark", lang)
    if task.prerequisite_for:
        sep = "、" if lang == "zh" else ", "
        names = sep.join(skill(ds, s, lang) for s in task.prerequisite_for)
        return tr("prerequisite_for", lang, skills=names)
    return ""


def order_item(ds: Dataset, task: Task, lang: str) -> str:
    return tr("order_item", lang, skill=skill(ds, task.skill, lang), have=task.have, want=task.want)


def practise_item(ds: Dataset, task: Task, lang: str) -> str:
    return tr(
        "practise_item",
        lang,
        skill=skill(ds, task.skill, lang),
        want=task.want,
        months=months(task.months),
    )


def quarter_items(ds: Dataset, quarter: Quarter, lang: str) -> list[str]:
    """The skills of a quarter: "SQL 0→4 · 20 h", "… · 9 h, done in March" (a part of an
    hour not done in the quarter is left out: it is the last days of the quarter)."""
    out = []
    for w in quarter.work:
        if w.done is None and w.hours < 0.5:
            continue
        out.append(work_item(ds, w, lang))
    return out


def work_item(ds: Dataset, work: Work, lang: str) -> str:
    name = skill(ds, work.skill, lang)
    what = tr("quarter_item", lang, skill=name, have=work.have, want=work.want)
    parts = [hours(work.hours, lang)] if work.hours >= 0.5 else []
    if work.done is not None:
        parts.append(tr("quarter_done", lang, month=month_only(work.done, lang)))
    sep = "，" if lang == "zh" else ", "
    return f"{what} · {sep.join(parts)}" if parts else what


def move_mark(plan: Plan, window: Window, lang: str) -> str:
    return tr("move_mark", lang, date=long_date(window.finish, lang))


def move_text(ds: Dataset, plan: Plan, window: Window, lang: str) -> str:
    step = plan.route.steps[window.step - 1]
    return tr("move_to", lang, kind=label(step.kind, lang), role=role(ds, step.to, lang))


def timeline_intro(plan: Plan, lang: str) -> str:
    return tr(
        "timeline_intro", lang, hours=tenth(plan.hours_per_week), start=long_date(plan.start, lang)
    )


def resource_parts(res: Resource, lang: str) -> list[str]:
    """Title, kind, provider, hours and "inferred", the ones that apply."""
    parts = [pick(res.title, lang), label(res.kind, lang)]
    if res.provider:
        parts.append(res.provider)
    parts.append(hours(res.hours, lang))
    if res.inferred:
        parts.append(tr("inferred_mark", lang))
    return parts


def resource_skill(ds: Dataset, sr: SkillResources, lang: str) -> str:
    if sr.practice:
        return tr(
            "resource_skill_practice",
            lang,
            skill=skill(ds, sr.skill, lang),
            have=sr.have,
            want=sr.want,
        )
    return tr(
        "resource_skill",
        lang,
        skill=skill(ds, sr.skill, lang),
        have=sr.have,
        want=sr.want,
        hours=whole(sr.hours),
    )


def week_range(task: Task, lang: str) -> str:
    """The weeks of a study task, counted from 1 at the start of the plan."""
    a = math.floor(task.begin * WEEKS_PER_YEAR + 1e-9) + 1
    b = max(a, math.ceil(task.end * WEEKS_PER_YEAR - 1e-9))
    return tr("week_range", lang, a=a, b=b) if b > a else tr("week_one", lang, a=a)


def week_dates(task: Task, plan: Plan, lang: str) -> str:
    a, b = day(plan.start, task.begin), day(plan.start, task.end)
    return f"{short_date(a, lang)} – {short_date(b, lang)}"


def per_week(task: Task) -> str:
    span = (task.end - task.begin) * WEEKS_PER_YEAR
    return whole(task.hours / span) if span > 1e-9 else whole(task.hours)
