"""The words of ``ecareer assess``, the interactive self-assessment, in English and Chinese.

Part of the one catalogue (:data:`ecareer.render.catalog.STRINGS`).
"""

from __future__ import annotations

ASSESS: dict[str, tuple[str, str]] = {
    "help_assess": (
        "Answer a few questions in the terminal and get a profile: your role, a target, and "
        "the skills that matter for it.\n\n"
        "It asks only about the skills the target and the route to it need, essential ones "
        "first, each with what its levels look like; --resume starts from the answers in the "
        "-o file. Nothing is written until the last answer; an existing file needs --force.\n\n"
        "Example: ecareer assess -o me.yaml",
        "在终端里回答几个问题，生成个人档案：当前岗位、目标岗位，以及与目标相关的技能。\n\n"
        "只问目标岗位及其路线需要的技能，必备的在前，每项都列出各级的具体表现；"
        "--resume 从 -o 文件中已有的答案继续。回答完最后一题才写文件；已有文件需加 --force。\n\n"
        "示例：ecareer assess -o me.yaml",
    ),
    "opt_assess_output": (
        "The profile to write (default: profile.yaml).",
        "要写入的个人档案（默认：profile.yaml）。",
    ),
    "opt_assess_force": ("Replace an existing -o file.", "覆盖已有的 -o 文件。"),
    "opt_resume": (
        "Start from the answers in the -o file, and update it.",
        "从 -o 文件中已有的答案继续，并更新该文件。",
    ),
    "opt_max_questions": (
        "Ask about at most this many skills.",
        "最多询问这么多项技能。",
    ),
    "needs_terminal": (
        "assess asks questions and needs a terminal, but standard input is not one",
        "assess 需要在终端中交互回答，但标准输入不是终端",
    ),
    "needs_terminal_hint": (
        "run it in a terminal, or write the profile by hand (see README: A personal profile)",
        "请在终端中运行，或手工编写个人档案（见 README：个人档案）",
    ),
    "resume_missing": ("--resume: {file} does not exist", "--resume：{file} 不存在"),
    "intro": (
        "A few questions to write your profile {file}. Press Enter to keep the answer in "
        "brackets; Ctrl-C stops without writing anything.",
        "回答几个问题即可生成个人档案 {file}。直接回车保留方括号中的答案；"
        "按 Ctrl-C 退出，不写任何文件。",
    ),
    "ask_name": ("Your name (optional)", "你的姓名（可不填）"),
    "ask_role": (
        "Your current role (id, name or part of it)",
        "你当前的岗位（编号、名称或名称的一部分）",
    ),
    "ask_target": (
        "The role you are aiming for (Enter for none)",
        "你的目标岗位（直接回车表示暂无）",
    ),
    "pick_one": ("Several roles match; pick a number", "有多个岗位符合，请输入编号"),
    "no_match": (
        "No role matches {word!r}; try other words, or an id from `ecareer roles`.",
        "没有岗位符合 {word!r}；请换个说法，或用 `ecareer roles` 中的编号。",
    ),
    "chose": ("→ {name}", "→ {name}"),
    "same_role": (
        "That is your current role; pick another target or press Enter for none.",
        "这是你当前的岗位；请另选目标，或直接回车表示暂无。",
    ),
    "route_note": (
        "Route considered: {roles}",
        "参考路线：{roles}",
    ),
    "skills_intro": (
        "{n} skills to rate, essential ones first. Levels are cumulative: pick the highest "
        "that describes you.",
        "共 {n} 项技能需要评估，必备的在前。各级逐级累加：选最能描述你的最高一级。",
    ),
    "question": ("[{i}/{n}] {skill}", "[{i}/{n}] {skill}"),
    "question_essential": (
        "[{i}/{n}] {skill} (essential for {role})",
        "[{i}/{n}] {skill}（{role}的必备技能）",
    ),
    "level_zero": ("not yet: I have not used it", "尚未掌握：还没接触过"),
    "illegal_choice": ("Please pick one of the choices", "请从可选项中选择"),
    "not_a_number": ("Please enter a whole number", "请输入整数"),
    "ask_level": ("Your level (0-{top})", "你的级别（0-{top}）"),
    "settled": (
        "{skill}: 0, since it needs {pre} at level {level}",
        "{skill}：0 级，因为它需要先掌握{pre} {level} 级",
    ),
    "profile_written": ("Profile written: {file}", "个人档案已写入：{file}"),
    "next_steps": ("Next:", "下一步："),
    "next_plan": (
        "  ecareer plan --profile {file} --to {target} -o plan.html   # a printable plan",
        "  ecareer plan --profile {file} --to {target} -o plan.html   # 可打印的发展计划",
    ),
    "next_route": (
        "  ecareer route --profile {file} --to {target}   # the cheapest routes",
        "  ecareer route --profile {file} --to {target}   # 最省的路线",
    ),
    "next_next": (
        "  ecareer next --profile {file}   # where you could go next",
        "  ecareer next --profile {file}   # 下一步可以去哪里",
    ),
    "profile_header": (
        "# Written by `ecareer assess`; edit it freely or run `ecareer assess -o {file} --resume`.",
        "# 由 `ecareer assess` 生成；可直接编辑，或运行 `ecareer assess -o {file} --resume` 更新。",
    ),
}
