"""Every string of our own that ecareer shows, in English and simplified Chinese.

One catalogue, looked up by :func:`ecareer.render.i18n.tr`: a key maps to its English and
Chinese text, with ``{name}`` fields filled in at use. Names, descriptions and other data
strings are not here: they come from the data files.
"""

from __future__ import annotations

from ecareer.contract.problem_text import TEXTS
from ecareer.render.catalog_assess import ASSESS
from ecareer.render.catalog_cli import MESSAGES
from ecareer.render.catalog_help import HELP
from ecareer.render.match_strings import MATCH

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
    "months_n": ("{n} mo", "{n}个月"),
    "effort_col": ("Study h / practice", "学时/实践"),
    "study_total": ("{hours} study hours", "学习 {hours} 学时"),
    "practice_total": ("about {n} months of practice in post", "在岗实践约 {n} 个月"),
    "gap_title": ("Gap: {src} → {dst}", "差距：{src} → {dst}"),
    "compare_title": ("Targets compared", "目标岗位对比"),
    "target": ("Target", "目标岗位"),
    "prerequisites": ("Prerequisites to learn first", "需先掌握的前置技能"),
    "needed_for": ("Needed for", "用于"),
    "route_title": (
        "Route {n}: {hours} study hours; {duration} at {pace} h a week ({years} in post)",
        "路线 {n}：学习 {hours} 学时；每周 {pace} 学时约需 {duration}（通常在岗 {years}）",
    ),
    "per_week": ("h/week", "每周学时"),
    "practice": ("Practice", "在岗实践"),
    "step_too_fast": (
        "Step {n}: its study needs {need} h a week to fit {post} years in post; at {pace} h "
        "a week it takes {years} years.",
        "第 {n} 步：要在通常的 {post} 年内学完需每周 {need} 学时；"
        "按每周 {pace} 学时需 {years} 年。",
    ),
    "on_the_way": (
        "{hours} of the study hours are for skills the roles on the way ask for and the "
        "target does not.",
        "其中 {hours} 学时用于途经岗位要求而目标岗位不要求的技能。",
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
    "entry": ("Entry requirements", "入职要求"),
    "sources": ("Sources", "来源"),
    "source_item": ("  - {seed}", "  - {seed}"),
    "source_passage": ("  - {seed}: “{section}”", "  - {seed}：“{section}”"),
    "any_of": ("{first} or {second}", "{first} 或 {second}"),
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
    "kind_match": ("match (inferred)", "匹配（推断）"),
    "top_gaps": ("Top gaps", "主要差距"),
    "next_footer": (
        "Readiness: the importance-weighted share of the role's required levels you already "
        "hold.\nSimilarity: how much of the role's requirement your levels cover, essential "
        "skills counting double (similar roles: 0.6 or more).",
        "准备度：按重要性加权，你已具备的该岗位要求等级的比例。\n"
        "相似度：你的技能等级覆盖该岗位要求的程度，核心技能计两倍（相似岗位：0.6 及以上）。",
    ),
    "no_moves": ("No moves found.", "未找到可行的下一步。"),
    "at_least": ("  - {name} ≥ {level}", "  - {name} ≥ {level} 级"),
    "levels_title": ("Proficiency levels", "熟练度等级"),
    "levels_title_category": ("Proficiency levels: {category}", "熟练度等级：{category}"),
    "looks_like": ("What it looks like", "具体表现"),
    "levels_note": (
        "Levels are cumulative: each includes the ones below. 0 means not held.",
        "各级逐级累加：高一级包含低一级的全部能力。0 表示尚未掌握。",
    ),
    "kv": ("{what}: {value}", "{what}：{value}"),
    "heading": ("{what}:", "{what}："),
    "n_hours": ("{hours} hours", "{hours} 学时"),
    "n_h": ("{hours} h", "{hours} 学时"),
    "inferred_suffix": (" (inferred)", "（推断）"),
    "list_sep_comma": (", ", "，"),
    "path_item": ("  - {role} ({kind}, {years})", "  - {role}（{kind}，{years} 年）"),
    "resource_item": ("  - {title} ({about})", "  - {title}（{about}）"),
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
    "by_when": ("Target reached", "预计到岗"),
    "by_when_value": (
        "{end}, after {years} and {moves}",
        "{end}，历时约 {years}，共 {moves}",
    ),
    "by_when_none": ("already there", "已在目标岗位"),
    "pace": ("Weekly effort", "每周投入"),
    "pace_value": ("{hours} hours of study a week", "每周学习 {hours} 学时"),
    "totals": ("In total", "总计"),
    "totals_value": (
        "{hours} hours of study; {post} in post (the moves' typical years)",
        "学习 {hours} 学时；在岗约 {post}（各步通常在岗年限之和）",
    ),
    "moves_one": ("1 move", "1 次岗位变动"),
    "moves_many": ("{n} moves", "{n} 次岗位变动"),
    "too_slow": (
        "Step {n}: at {pace} h a week its study takes {study}, longer than the typical {post} "
        "in post; about {need} h a week would fit it.",
        "第 {n} 步：按每周 {pace} 学时，学习需 {study}，超过通常在岗的 {post}；"
        "每周约 {need} 学时可在此期间学完。",
    ),
    "too_slow_no_post": (
        "Step {n}: the move has no typical time in post, so its study at {pace} h a week "
        "({study}) sets its time.",
        "第 {n} 步：此次变动没有通常在岗年限，按每周 {pace} 学时学习（需 {study}）决定其时长。",
    ),
    "glance": ("The moves at a glance", "各步概览"),
    "when": ("When", "时间"),
    "move_to": ("{kind} to {role}", "{kind}至{role}"),
    "study_by": ("{hours} h, done by {end}", "{hours} 学时，{end}前完成"),
    "study_none": ("none", "无"),
    "route": ("Route", "发展路线"),
    "route_key": (
        "Solid arrows are promotions, dashed arrows lateral moves; each arrow shows the hours "
        "of study for that move and the month of the move.",
        "实线箭头表示晋升，虚线箭头表示横向转岗；箭头上标注该步的学习学时和变动时间。",
    ),
    "route_svg_title": ("Route from {a} to {b}", "从 {a} 到 {b} 的发展路线"),
    "steps": ("Steps", "分步计划"),
    "step_title": ("Step {n}: {a} → {b}", "第 {n} 步：{a} → {b}"),
    "step_meta": (
        "{kind} · {span} ({years} in post, as usual) · {hours} hours of study",
        "{kind} · {span}（通常在岗 {years}）· 学习 {hours} 学时",
    ),
    "step_meta_longer": (
        "{kind} · {span} ({years}; typically {post} in post) · {hours} hours of study",
        "{kind} · {span}（{years}；通常在岗 {post}）· 学习 {hours} 学时",
    ),
    "step_study": (
        "At {pace} h a week the study is done by {end}; the rest of the time is in post.",
        "按每周 {pace} 学时，{end}前学完，其余时间在岗实践。",
    ),
    "step_study_all": (
        "At {pace} h a week the study takes the whole time, until {end}.",
        "按每周 {pace} 学时，学习贯穿全程，至 {end}。",
    ),
    "sets_practice": (
        "Practice in post sets the time: about {months} months.",
        "在岗实践决定时长：约 {months} 个月。",
    ),
    "step_nothing": ("Nothing new to study for this move.", "此步无需学习新技能。"),
    "levels": ("Levels", "级别"),
    "level_range": ("{have} → {want} · {name}", "{have} → {want} 级 · {name}"),
    "note": ("Note", "说明"),
    "essential_mark": ("essential", "必备"),
    "prerequisite_for": ("prerequisite for {skills}", "{skills}的前置技能"),
    "in_post": ("In post", "在岗实践"),
    "practise_item": (
        "practise {skill} to level {want} (about {months} months)",
        "{skill}：在岗实践至 {want} 级（约 {months} 个月）",
    ),
    "milestones_title": ("Milestones of this move", "此步的里程碑"),
    "order_item": ("{skill}: level {have} → {want}", "{skill}：{have} 级 → {want} 级"),
    "step_short": ("step {n}", "第 {n} 步"),
    "done": ("Done", "完成"),
    "number": ("No.", "序号"),
    "timeline": ("Quarter by quarter", "按季度安排"),
    "timeline_intro": (
        "{hours} hours of study a week from {start}, the skills of each move side by side "
        "(at most three at a time, prerequisites first). ◆ marks a move, at the end of its "
        "time. Tick each quarter when done.",
        "自 {start} 起每周学习 {hours} 学时；每步的技能并行学习（同时最多三项，先学前置技能）。"
        "◆ 表示岗位变动，位于该步时间的末尾。每季度完成后打勾。",
    ),
    "timeline_none": ("Nothing to schedule.", "无需安排。"),
    "quarter": ("Quarter", "季度"),
    "work": ("Study", "学习内容"),
    "quarter_item": ("{skill} {have}→{want}", "{skill} {have}→{want} 级"),
    "quarter_done": ("done in {month}", "{month}完成"),
    "quiet": (
        "In post: no study planned; practise and work towards the milestones.",
        "在岗：无学习安排；在岗实践，推进里程碑。",
    ),
    "move_mark": ("◆ {date}", "◆ {date}"),
    "resources_title": ("Resources and certifications", "学习资源与认证"),
    "resources_intro": (
        "From the data, for the levels this plan works on. Hours are the resource's own.",
        "来自数据，仅列出与本计划所学级别相关的资源。学时为资源本身的时长。",
    ),
    "resources_more": (
        "{n} more skills have no resources in the data yet: learn them on the job, from "
        "colleagues and your coach (the plan with --detail lists them).",
        "另有 {n} 项技能暂无学习资源：可在工作中、向同事和导师学习（--detail 版列出全部）。",
    ),
    "resource_skill": (
        "{skill} (levels {have} → {want}, {hours} hours)",
        "{skill}（{have} 级 → {want} 级，{hours} 学时）",
    ),
    "resource_skill_practice": (
        "{skill} (levels {have} → {want}, practised in post)",
        "{skill}（{have} 级 → {want} 级，在岗实践）",
    ),
    "inferred_mark": ("inferred", "推断"),
    "inferred_note": (
        "Resources marked “inferred” were added by ecareer's editors, not named by a source.",
        "标注“推断”的资源由 ecareer 编者补充，并非来自资料来源。",
    ),
    "no_resources": (
        "No resources in the data yet: learn it on the job, from colleagues and your coach.",
        "数据中暂无学习资源：可在工作中、向同事和导师学习。",
    ),
    "practice_resources": (
        "Built by doing the job, not by a course: practise it in post, with colleagues and "
        "your coach.",
        "靠在岗实践积累，课程替代不了：在工作中、向同事和导师学习。",
    ),
    "weeks_title": ("Week by week", "按周明细"),
    "weeks_intro": (
        "Each skill's weeks, counted from the start of the plan, with its hours and about how "
        "many hours a week it gets while it is studied.",
        "每项技能的起止周（自计划开始起计）、学时，以及学习期间大约每周所占学时。",
    ),
    "weeks": ("Weeks", "周次"),
    "dates": ("Dates", "日期"),
    "per_week_short": ("h/week", "每周学时"),
    "week_range": ("{a}–{b}", "第 {a}–{b} 周"),
    "week_one": ("{a}", "第 {a} 周"),
    "h": ("{hours} h", "{hours} 学时"),
    "years_one": ("{years} year", "{years} 年"),
    "years_many": ("{years} years", "{years} 年"),
    "notes": ("Notes", "备注"),
    "signed": ("Agreed by", "确认签字"),
    "coach": ("Coach", "导师"),
    "footer": (
        "Made with ecareer. Hours and years are estimates from the data: adjust them together.",
        "由 ecareer 生成。学时与年限为基于数据的估算，可共同调整。",
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
    "search_bound": (
        "proven bound: no route costs less than {bound} {unit}; the one shown costs {best}",
        "已证明的下界：任何路线都不少于 {bound} {unit}；所示路线为 {best}",
    ),
    "unit_hours": ("study hours", "学习小时"),
    "unit_years": ("years", "年"),
}

STRINGS: dict[str, tuple[str, str]] = {
    **TABLES,
    **PLAN,
    **MESSAGES,
    **HELP,
    **ASSESS,
    **MATCH,
    **BOUNDS,
    **TEXTS,
}
