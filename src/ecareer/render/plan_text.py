"""The sentences of the printable plan, from the string catalogue, shared by its formats.

Markdown and HTML print the same words: both take them from here. Only strings of our own are
made here (their words are in :mod:`ecareer.render.catalog`); names come from the data and are
escaped by the renderer that prints them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ecareer.contract.vocab import label
from ecareer.render.i18n import pick, tr

if TYPE_CHECKING:
    from ecareer.advise.plan import Month, Plan, SkillResources, Task, Work
    from ecareer.contract.dataset import Dataset
    from ecareer.contract.records import Resource

_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def month_name(year: int, month: int, lang: str) -> str:
    """A calendar month: "January 2026" or "2026年1月"."""
    if lang == "zh":
        return f"{year}年{month}月"
    return f"{_MONTHS_EN[month - 1]} {year}"


def number(value: float) -> str:
    """Hours and years for people: whole numbers plainly, others to one decimal."""
    if float(value).is_integer():
        return f"{value:,.0f}"
    text = f"{value:,.1f}"
    return text[:-2] if text.endswith(".0") else text


def colon(lang: str) -> str:
    """The colon after a label: full width in Chinese, with no space after it."""
    return "：" if lang == "zh" else ": "


def hours(value: float, lang: str) -> str:
    return tr("h", lang, hours=number(value))


def years(value: float, lang: str) -> str:
    return tr("years_one" if value == 1 else "years_many", lang, years=number(value))


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
    for rung in ds.scale:
        if rung.level == value:
            return f"{value} · {pick(rung.name, lang)}"
    return str(value)


def title(plan: Plan, lang: str) -> str:
    return tr("plan_title_for", lang, name=plan.person) if plan.person else tr("plan_title", lang)


def facts(ds: Dataset, plan: Plan, lang: str) -> list[tuple[str, str]]:
    """Who and what: (label, value) pairs for the head of the plan."""
    out = []
    if plan.person:
        out.append((tr("person", lang), plan.person))
    start = role(ds, plan.start_role, lang)
    if plan.origin.has_profile:
        start = tr("with_profile", lang, role=start)
    out.append((tr("current_role", lang), start))
    out.append((tr("target_role", lang), role(ds, plan.target, lang)))
    out.append((tr("start_date", lang), plan.start.isoformat()))
    monthly = number(plan.monthly_hours)
    out.append(
        (
            tr("pace", lang),
            tr("pace_value", lang, hours=number(plan.hours_per_week), monthly=monthly),
        )
    )
    if plan.months:
        last = plan.months[-1]
        learning = tr(
            "learning_value",
            lang,
            hours=number(plan.total_hours),
            months=len(plan.months),
            end=month_name(last.year, last.month, lang),
        )
    else:
        learning = tr("learning_none", lang)
    out.append((tr("learning", lang), learning))
    out.append(
        (
            tr("route_facts", lang),
            tr(
                "route_facts_value",
                lang,
                moves=len(plan.route.steps),
                years=years(plan.route.years, lang),
            ),
        )
    )
    return out


def step_title(ds: Dataset, plan: Plan, n: int, lang: str) -> str:
    step = plan.route.steps[n - 1]
    return tr("step_title", lang, n=n, a=role(ds, step.from_, lang), b=role(ds, step.to, lang))


def step_meta(plan: Plan, n: int, lang: str) -> str:
    step = plan.route.steps[n - 1]
    return tr(
        "step_meta",
        lang,
        kind=label(step.kind, lang),
        years=years(step.years, lang),
        hours=number(step.hours),
    )


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
    return tr(
        "resource_skill",
        lang,
        skill=skill(ds, sr.skill, lang),
        have=sr.have,
        want=sr.want,
        hours=number(sr.hours),
    )


def month_title(month: Month, lang: str) -> str:
    return f"{tr('month_n', lang, n=month.n)} · {month_name(month.year, month.month, lang)}"


def work_item(ds: Dataset, work: Work, lang: str) -> str:
    what = tr("work_item", lang, skill=skill(ds, work.skill, lang), have=work.have, want=work.want)
    how = tr("work_done" if work.finishes else "work_continues", lang, hours=number(work.hours))
    return f"{what} ({how})" if lang != "zh" else f"{what}（{how}）"


def timeline_intro(plan: Plan, lang: str) -> str:
    return tr(
        "timeline_intro",
        lang,
        hours=number(plan.hours_per_week),
        monthly=number(plan.monthly_hours),
        start=plan.start.isoformat(),
    )
