"""Headings and labels of the printable plan, in English and Chinese.

Kept apart from :mod:`ecareer.render.i18n` so the plan's many strings do not crowd the
tables'; a key
not found here is looked up there. Only strings of our own live here: names come from the data
and are escaped by the renderer that prints them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ecareer.contract.vocab import label
from ecareer.render import i18n
from ecareer.render.i18n import pick

if TYPE_CHECKING:
    from ecareer.advise.plan import Month, Plan, SkillResources, Task, Work
    from ecareer.contract.dataset import Dataset
    from ecareer.contract.records import Resource

_T: dict[str, tuple[str, str]] = {
    "plan_title": ("Career plan", "职业发展计划"),
    "plan_title_for": ("Career plan for {name}", "{name}的职业发展计划"),
    "person": ("Person", "姓名"),
    "current_role": ("Current role", "当前岗位"),
    "with_profile": ("{role}, with the skills in the profile", "{role}（含个人档案中的技能）"),
    "profile_only": ("the skills in the profile", "个人档案中的技能"),
    "target_role": ("Target role", "目标岗位"),
    "start_date": ("Start", "开始日期"),
    "pace": ("Pace", "学习节奏"),
    "pace_value": (
        "{hours} hours a week (about {monthly} hours a month)",
        "每周 {hours} 学时（每月约 {monthly} 学时）",
    ),
    "learning": ("Learning", "学习总量"),
    "learning_value": (
        "{hours} hours over {months} months, until {end}",
        "共 {hours} 学时，历时 {months} 个月，至 {end}",
    ),
    "learning_none": ("nothing to learn", "无需学习"),
    "route_facts": ("Moves", "岗位变动"),
    "route_facts_value": (
        "{moves} moves, typically {years} in post along the way",
        "{moves} 次变动，沿途通常需在岗约 {years}",
    ),
    "route": ("Route", "发展路线"),
    "route_key": (
        "Solid arrows are promotions, dashed arrows lateral moves; each arrow shows the hours "
        "to learn for that move.",
        "实线箭头表示晋升，虚线箭头表示横向转岗；箭头上标注该步需学习的学时。",
    ),
    "route_svg_title": ("Route from {a} to {b}", "从 {a} 到 {b} 的发展路线"),
    "steps": ("Steps", "分步计划"),
    "step_title": ("Step {n}: {a} → {b}", "第 {n} 步：{a} → {b}"),
    "step_meta": (
        "{kind} · typically {years} in post · {hours} hours to learn",
        "{kind} · 通常在岗约 {years} · 需学习 {hours} 学时",
    ),
    "step_nothing": ("Nothing new to learn for this move.", "此步无需学习新技能。"),
    "from_level": ("From", "现有级别"),
    "to_level": ("To", "目标级别"),
    "note": ("Note", "说明"),
    "essential_mark": ("essential", "必备"),
    "prerequisite_for": ("prerequisite for {skills}", "{skills}的前置技能"),
    "milestones_title": ("Milestones of this move", "此步的里程碑"),
    "order": ("Learning order", "学习顺序"),
    "order_intro": (
        "Prerequisites come first; then the earlier step, then the more important skill. "
        "Tick each box when done.",
        "先学前置技能；其余按步骤先后、重要性高低排列。完成后在方框内打勾。",
    ),
    "order_item": ("{skill}: level {have} → {want}", "{skill}：{have} 级 → {want} 级"),
    "step_short": ("step {n}", "第 {n} 步"),
    "done": ("Done", "完成"),
    "number": ("No.", "序号"),
    "resources_title": ("Resources and certifications", "学习资源与认证"),
    "resources_intro": (
        "From the data, for the levels this plan works on. Hours are the resource's own.",
        "来自数据，仅列出与本计划所学级别相关的资源。学时为资源本身的时长。",
    ),
    "resource_skill": (
        "{skill} (levels {have} → {want}, {hours} hours)",
        "{skill}（{have} 级 → {want} 级，{hours} 学时）",
    ),
    "resource": ("Resource", "资源"),
    "provider": ("Provider", "提供方"),
    "inferred_mark": ("inferred", "推断"),
    "inferred_note": (
        "Resources marked “inferred” were added by ecareer's editors, not named by a source.",
        "标注“推断”的资源由 ecareer 编者补充，并非来自资料来源。",
    ),
    "no_resources": (
        "No resources in the data yet: learn it on the job, from colleagues and your coach.",
        "数据中暂无学习资源：可在工作中、向同事和导师学习。",
    ),
    "timeline": ("Month by month", "逐月安排"),
    "timeline_intro": (
        "{hours} hours a week is about {monthly} hours a month, starting {start}.",
        "每周 {hours} 学时，约合每月 {monthly} 学时，自 {start} 开始。",
    ),
    "timeline_none": ("Nothing to schedule.", "无需安排。"),
    "month": ("Month", "月份"),
    "month_n": ("Month {n}", "第 {n} 个月"),
    "work": ("Skills and levels", "技能与级别"),
    "work_item": ("{skill} {have} → {want}", "{skill} {have}→{want} 级"),
    "work_done": ("{hours} h, done", "{hours} 学时，完成"),
    "work_continues": ("{hours} h, continues", "{hours} 学时，下月继续"),
    "h": ("{hours} h", "{hours} 学时"),
    "years_one": ("{years} year", "{years} 年"),
    "years_many": ("{years} years", "{years} 年"),
    "notes": ("Notes", "备注"),
    "signed": ("Agreed by", "确认签字"),
    "coach": ("Coach", "导师"),
    "footer": (
        "Made with ecareer. Hours are estimates from the data: adjust them together.",
        "由 ecareer 生成。学时为基于数据的估算，可共同调整。",
    ),
}

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


def tr(key: str, lang: str, **values: object) -> str:
    """A plan string in ``lang``; other keys come from :mod:`ecareer.render.i18n`."""
    pair = _T.get(key)
    if pair is None:
        return i18n.tr(key, lang, **values)
    text = pair[1] if lang == "zh" else pair[0]
    return text.format(**values) if values else text


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
