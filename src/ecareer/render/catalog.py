"""Every string of our own that ecareer shows, in English and simplified Chinese.

One catalogue, looked up by :func:`ecareer.render.i18n.tr`: a key maps to its English and
Chinese text, with ``{name}`` fields filled in at use. Names, descriptions and other data
strings are not here: they come from the data files.
"""

from __future__ import annotations

TABLES: dict[str, tuple[str, str]] = {
    "skill": ("Skill", "技能"),
    "required": ("Required", "要求"),
    "current": ("Current", "当前"),
    "gap": ("Gap", "差距"),
    "importance": ("Importance", "重要性"),
    "essential": ("Essential", "必备"),
    "hours": ("Hours", "学时"),
    "yes": ("yes", "是"),
    "no": ("no", "否"),
    "total": ("Total", "合计"),
    "readiness": ("Readiness", "准备度"),
    "met": ("met", "已达标"),
    "skills_met": ("{met} of {total} skills met", "{total} 项技能中已达标 {met} 项"),
    "gap_title": ("Gap: {src} → {dst}", "差距：{src} → {dst}"),
    "compare_title": ("Targets compared", "目标岗位对比"),
    "target": ("Target", "目标岗位"),
    "prerequisites": ("Prerequisites to learn first", "需先掌握的前置技能"),
    "needed_for": ("Needed for", "用于"),
    "route_title": (
        "Route {n}: {hours} h over {years} years",
        "路线 {n}：共 {hours} 学时，约 {years} 年",
    ),
    "step": ("Step", "步骤"),
    "move": ("Move", "变动"),
    "kind": ("Kind", "类型"),
    "years": ("Years", "年限"),
    "learn": ("Learn", "需学习"),
    "milestones": ("Milestones", "里程碑"),
    "next_title": ("Next moves from {src}", "{src} 的下一步"),
    "similarity": ("Similarity", "相似度"),
    "role": ("Role", "岗位"),
    "id": ("Id", "编号"),
    "name": ("Name", "名称"),
    "family": ("Family", "业务模块"),
    "level": ("Level", "级别"),
    "dimension": ("Dimension", "维度"),
    "category": ("Category", "类别"),
    "aliases": ("Also called", "别称"),
    "summary": ("Summary", "概述"),
    "responsibilities": ("Responsibilities", "职责"),
    "kpis": ("KPIs", "考核指标"),
    "requirements": ("Requirements", "能力要求"),
    "leads_to": ("Leads to", "发展方向"),
    "comes_from": ("Comes from", "来源岗位"),
    "effort": ("Hours per level", "各级学时"),
    "resources": ("Resources", "学习资源"),
    "needed_by": ("Needed by", "需要此技能的岗位"),
    "description": ("Description", "说明"),
    "inferred": ("inferred", "推断"),
    "nothing_to_learn": (
        "Nothing to learn: every requirement is met.",
        "无需学习：所有要求均已达标。",
    ),
    "profile": ("profile", "个人档案"),
    "you": ("you", "你"),
    "scale": ("Proficiency scale", "熟练度等级"),
    "roles_title": ("Roles", "岗位"),
    "skills_title": ("Skills", "技能"),
    "kind_promotion": ("promotion", "晋升"),
    "kind_lateral": ("lateral", "横向"),
    "kind_similar": ("similar (inferred)", "相似（推断）"),
    "no_moves": ("No moves found.", "未找到可行的下一步。"),
}


PLAN: dict[str, tuple[str, str]] = {
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


#: What is said when a bound cuts an answer short (docs/robustness.md lists the bounds).
BOUNDS: dict[str, tuple[str, str]] = {
    "rows_cut": (
        "… and {n} more rows, not shown: --json lists them all",
        "……另有 {n} 行未显示：--json 列出全部",
    ),
    "search_cut": (
        "stopped after {n} states: the best route found so far is shown, it may not be "
        "the cheapest",
        "搜索在 {n} 个状态后停止：显示的是目前找到的最佳路线，未必最省时",
    ),
}

STRINGS: dict[str, tuple[str, str]] = {**TABLES, **PLAN, **BOUNDS}
