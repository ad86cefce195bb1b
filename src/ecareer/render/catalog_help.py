"""The help of every command and option, in English and simplified Chinese (the English
text of a command is its docstring: a test keeps the two the same)."""

from __future__ import annotations

HELP: dict[str, tuple[str, str]] = {
    "help_app": (
        "Career paths and skill gaps for e-commerce jobs, in English and Chinese.\n\n"
        "Example: ecareer gap --from ops-specialist --to ops-director",
        "电商岗位的职业路径与技能差距分析，支持中文和英文。\n\n"
        "示例：ecareer gap --from ops-specialist --to ops-director",
    ),
    "help_gap": (
        "Show what stands between a role (or your profile) and one or more target roles.\n\n"
        "For each skill the target needs: required and current level, shortfall, importance,\n"
        "whether it is essential, and the hours to close it. Essential gaps first.\n\n"
        "Example: ecareer gap --from ops-specialist --to ops-director",
        "显示当前岗位（或个人档案）与一个或多个目标岗位之间的差距。\n\n"
        "对目标岗位需要的每项技能：要求级别、当前级别、差距、重要性、是否必备，以及补齐所需学时。"
        "必备差距排在前面。\n\n"
        "示例：ecareer gap --from 电商运营专员 --to 运营总监",
    ),
    "help_route": (
        "Find the cheapest routes to a target role, by study hours or by time.\n\n"
        "A skill level gained at one step is never gained again later. Each move takes the "
        "longest of its typical years in post, its study at --hours-per-week, and its practice. "
        "Exit 1 with the reason when no route exists.\n\n"
        "Example: ecareer route --from ops-assistant --to ops-director -k 3",
        "按学习学时或所需时间找出通往目标岗位的最省路线。\n\n"
        "某一步获得的技能级别，之后不再重复计算。每一步所需时间取以下三者中最长者："
        "通常在岗年限、按 --hours-per-week 完成学习的时间、在岗实践的时间。"
        "没有路线时说明原因并以状态 1 退出。\n\n"
        "示例：ecareer route --from ops-assistant --to ops-director -k 3",
    ),
    "help_next": (
        "Rank the next moves: documented promotions and lateral moves, then similar roles.\n\n"
        "Similar roles (inferred, labelled so) are those whose requirement your current levels\n"
        'already largely cover: see "Similarity" in the README.\n\n'
        "Example: ecareer next --from ops-specialist",
        "列出下一步可走的变动：先是有据可查的晋升和横向转岗，再是相似岗位。\n\n"
        "相似岗位（推断，并如此标注）是你现有级别已基本覆盖其要求的岗位，"
        "详见 README 的“相似度”。\n\n"
        "示例：ecareer next --from ops-specialist",
    ),
    "help_roles": (
        "List the roles, optionally of one family or level.\n\n"
        "Example: ecareer roles --family operations --lang zh",
        "列出岗位，可只列某个业务模块或级别。\n\n示例：ecareer roles --family 运营 --level 高级",
    ),
    "help_skills": (
        "List the skills, optionally of one dimension of the capability model.\n\n"
        "Example: ecareer skills --dimension general-ability",
        "列出技能，可只列能力模型的某个维度。\n\n示例：ecareer skills --dimension 通用能力",
    ),
    "help_show": (
        "Show one role (requirements, where it leads, what leads to it) or one skill.\n\n"
        "Example: ecareer show ops-director --lang zh",
        "显示一个岗位（能力要求、发展方向、来源岗位）或一项技能。\n\n示例：ecareer show 运营总监",
    ),
    "help_graph": (
        "Print the career graph: roles and the moves between them.\n\n"
        "Example: ecareer graph --format mermaid --family operations",
        "输出职业发展图：岗位及岗位之间的变动。\n\n"
        "示例：ecareer graph --format mermaid --family 运营",
    ),
    "help_validate": (
        "Check skills.yaml, roles.yaml and paths.yaml and report every problem with its place.\n\n"
        "Exit 0 when the data is valid (warnings allowed), 1 when it has errors.\n\n"
        "Example: ecareer validate --data ./data --format github",
        "检查 skills.yaml、roles.yaml 和 paths.yaml，报告每个问题及其位置。\n\n"
        "数据有效（允许警告）时以状态 0 退出，有错误时以状态 1 退出。\n\n"
        "示例：ecareer validate --data ./data --format github",
    ),
    "help_schema": (
        "Print or write the JSON Schemas of the data files and of a personal profile.\n\n"
        "Without --out, prints them as one JSON document keyed by file name.\n\n"
        "Example: ecareer schema --out schemas",
        "输出或写入数据文件和个人档案的 JSON Schema。\n\n"
        "不加 --out 时，以文件名为键输出一个 JSON 文档。\n\n示例：ecareer schema --out schemas",
    ),
    "help_plan": (
        "Make a printable plan to a target role, for a person and their coach.\n\n"
        "Each move gets its time: the longest of its years in post, its study at the given hours "
        "a week and its practice; the moves follow one another from the start date. The plan has "
        "the route as a diagram, each move's skills (studied side by side, prerequisites first, "
        "or practised in post), its milestones, a quarter-by-quarter timeline with each move "
        "marked, resources and certifications, and boxes to tick; --detail adds every resource "
        "and the weeks of each skill. Markdown on stdout; with --format html (or -o plan.html) "
        "one self-contained page to print on A4. An existing -o file is kept unless --force is "
        "given.\n\n"
        'Example: ecareer plan --from ops-assistant --to ops-director --for "Li Lei" -o plan.html',
        "为个人及其导师生成可打印的发展计划。\n\n"
        "每一步所需时间取通常在岗年限、按每周学时完成学习的时间、在岗实践时间三者中最长者；"
        "各步从开始日期起依次衔接。计划包括路线图、每一步的技能（并行学习、前置优先，或在岗实践）、"
        "里程碑、按季度排出并标明每次岗位变动的时间线、学习资源与认证，以及可打勾的方框；"
        "--detail 另列出全部资源和每项技能的逐周安排。默认向标准输出写 Markdown；"
        "加 --format html（或 -o plan.html）则生成一个可在 A4 纸上打印的独立网页。"
        "已有的 -o 文件不会被覆盖，除非给出 --force。\n\n"
        '示例：ecareer plan --from ops-assistant --to ops-director --for "李雷" -o plan.html',
    ),
    "help_levels": (
        "Show the proficiency scale: what each level 0-5 means, in general or in one category "
        "of skills.\n\nExample: ecareer levels --category business-tools",
        "显示熟练度等级：每一级（0-5）的含义，可看总体，也可看某一类技能。\n\n"
        "示例：ecareer levels --category 业务工具",
    ),
    "opt_category": (
        "Show what each level looks like in this category of skills.",
        "显示每一级在这类技能中的具体表现（也可用中文名称，如 业务工具）。",
    ),
    "opt_version": ("Print the version and exit.", "显示版本号并退出。"),
    "opt_lang_root": (
        "Language of the help, the messages and the output of the command that follows.",
        "帮助、提示信息和后面命令输出所用的语言。",
    ),
    "opt_install_completion": (
        "Install completion for the current shell.",
        "为当前 shell 安装命令补全。",
    ),
    "opt_show_completion": (
        "Show completion for the current shell, to copy it or customize the installation.",
        "显示当前 shell 的补全脚本，以便复制或自行安装。",
    ),
    "opt_help": ("Show this message and exit.", "显示此帮助并退出。"),
    "opt_data": (
        "Use the dataset in this folder instead of the shipped one (env: ECAREER_DATA).",
        "使用此文件夹中的数据代替自带数据（环境变量：ECAREER_DATA）。",
    ),
    "opt_overlay": (
        "Layer this folder's skills, roles and paths on top of the data; repeatable "
        "(env: ECAREER_OVERLAY, separated by ':').",
        "把此文件夹中的技能、岗位和路径叠加在数据之上；可重复"
        "（环境变量：ECAREER_OVERLAY，以“:”分隔）。",
    ),
    "opt_lang": (
        "Language of names and headings (env: ECAREER_LANG; default: from the locale).",
        "名称和标题的语言（环境变量：ECAREER_LANG；默认跟随系统区域设置）。",
    ),
    "opt_json": (
        "Print one JSON document on stdout instead of tables.",
        "在标准输出打印一个 JSON 文档，而不是表格。",
    ),
    "opt_from": (
        "Current role: id, English or Chinese name, or alias.",
        "当前岗位：编号、中文或英文名称，或别称。",
    ),
    "opt_profile": (
        "Personal profile YAML (role: and skills: id to level).",
        "个人档案 YAML 文件（role: 岗位，skills: 技能及级别）。",
    ),
    "opt_to": ("Target role.", "目标岗位。"),
    "opt_to_many": (
        "Target role; repeat to compare several side by side.",
        "目标岗位；可重复，以并排对比多个岗位。",
    ),
    "opt_family": ("Only this family.", "只看这个业务模块（也可用中文名称，如 运营）。"),
    "opt_level": ("Only this level.", "只看这个级别（也可用中文名称，如 高级）。"),
    "opt_dimension": ("Only this dimension.", "只看这个维度（也可用中文名称，如 通用能力）。"),
    "opt_via": ("Pass through this role; repeatable.", "途经此岗位；可重复。"),
    "opt_avoid": ("Never pass through this role; repeatable.", "不经过此岗位；可重复。"),
    "opt_max_steps": ("At most this many moves.", "最多这么多步变动。"),
    "opt_promotions_only": (
        "Use promotions only, no lateral moves.",
        "只用晋升，不做横向转岗。",
    ),
    "opt_similar": (
        "Also take inferred moves between similar roles.",
        "也可走相似岗位之间的推断变动。",
    ),
    "opt_graph_similar": (
        "Add the inferred moves between similar roles.",
        "加上相似岗位之间的推断变动。",
    ),
    "opt_k": ("How many routes, cheapest first.", "列出几条路线，最省的在前。"),
    "opt_item": (
        "A role or skill: id, English or Chinese name, or alias.",
        "一个岗位或技能：编号、中文或英文名称，或别称。",
    ),
    "opt_graph_format": ("mermaid, dot or json.", "mermaid、dot 或 json。"),
    "opt_validate_format": (
        "text for people, json for tools, github for pull-request annotations.",
        "text 给人看，json 给工具用，github 用于拉取请求的标注。",
    ),
    "opt_strict": ("Treat warnings as errors (exit 1).", "把警告当作错误（以状态 1 退出）。"),
    "opt_validate_json": ("The same as --format json.", "等同于 --format json。"),
    "opt_out": ("Write the schemas into this folder.", "把 JSON Schema 写入此文件夹。"),
    "opt_check": (
        "Exit 1 when the schemas in --out are not up to date.",
        "--out 中的 JSON Schema 不是最新时以状态 1 退出。",
    ),
    "opt_hours_per_week": (
        "Study hours a week you can give, from 0.1 to 80: sets how long each move takes "
        "(the longest of its years in post, its study at H a week, its practice).",
        "你每周能投入的学习学时，0.1 至 80：决定每一步所需时间"
        "（通常在岗年限、按每周 H 学时完成学习的时间、在岗实践时间三者中最长者）。",
    ),
    "opt_by": (
        "What the best route minimises: study hours, or total time at --hours-per-week.",
        "最佳路线以什么为准：学习学时最少（hours），或按 --hours-per-week 所需总时间最短（time）。",
    ),
    "opt_detail": (
        "The full plan: every skill's resources and the week-by-week breakdown.",
        "完整计划：列出每项技能的全部资源和逐周安排。",
    ),
    "start_too_far": (
        "--start {text!r} is too far ahead: a plan must end by the year {year}",
        "--start {text!r} 太远：计划必须在 {year} 年之前结束",
    ),
    "start_too_far_hint": ("give a date in {year} or before", "请给出 {year} 年或更早的日期"),
    "help_match": (
        "Find the skills a job posting asks for, the closest roles and, with --from or "
        "--profile, your gap to the posting and the route to its closest role.\n\n"
        "Skills are found by their names, aliases and keywords; a level where the posting says "
        "了解/熟悉/熟练/精通 (familiar with, proficient in, expert) and the importance from where "
        "it says it (requirements over duties over a plus).\n\n"
        "Example: ecareer match posting.txt --from ops-assistant",
        "找出招聘启事要求的技能和最接近的岗位；加 --from 或 --profile 时，"
        "再给出你与该启事的差距，以及通往最接近岗位的路线。\n\n"
        "技能按名称、别名和关键词识别；启事写了解／熟悉／熟练／精通时给出级别，"
        "重要性看它写在哪里（任职要求高于岗位职责，高于加分项）。\n\n"
        "示例：ecareer match posting.txt --from ops-assistant",
    ),
    "opt_match_files": (
        "A posting (UTF-8 text), a folder of them (its .txt and .md files), or - for stdin; "
        "several give the summary.",
        "一份招聘启事（UTF-8 文本）、一个装有启事的文件夹（其中的 .txt 和 .md 文件），"
        "或用 - 表示标准输入；给出多份时输出汇总。",
    ),
    "opt_summary": (
        "Skill demand across the postings, even for one.",
        "汇总各启事的技能需求（一份也可）。",
    ),
    "opt_csv": (
        "Print the summary as CSV (implies --summary).",
        "以 CSV 输出汇总（隐含 --summary）。",
    ),
    "match_json_csv": ("give --json or --csv, not both", "请只给出 --json 或 --csv 之一"),
    "match_stdin_once": ("- (stdin) can be given once", "- （标准输入）只能给一次"),
    "match_summary_profile": (
        "--from and --profile work on one posting, not a summary",
        "--from 和 --profile 只用于单份启事，不用于汇总",
    ),
    "match_none_found": (
        "no posting found: a folder's postings are its .txt and .md files",
        "未找到招聘启事：文件夹中的启事是其中的 .txt 和 .md 文件",
    ),
    "match_cannot_read_one": ("cannot read the posting", "无法读取该招聘启事"),
    "match_cannot_read_many": (
        "cannot read {n} of the postings",
        "有 {n} 份招聘启事无法读取",
    ),
    "opt_start": (
        "First day of the plan, YYYY-MM-DD (default: today).",
        "计划的第一天，YYYY-MM-DD（默认：今天）。",
    ),
    "opt_for": (
        "The person's name on the plan (default: the profile's name).",
        "计划上的姓名（默认：个人档案中的姓名）。",
    ),
    "opt_plan_format": (
        "md or html (default: html when -o ends in .html, else md).",
        "md 或 html（默认：-o 以 .html 结尾时为 html，否则为 md）。",
    ),
    "opt_output": ("Write to this file instead of stdout.", "写入此文件，而不是标准输出。"),
    "opt_force": ("Replace an existing -o file.", "覆盖已有的 -o 文件。"),
    # click's and Typer's own words in help pages
    "click_usage": ("Usage: ", "用法："),
    "click_options": ("Options", "选项"),
    "click_arguments": ("Arguments", "参数"),
    "click_commands": ("Commands", "命令"),
    "click_default": ("default: {default}", "默认：{default}"),
    "click_required": ("required", "必填"),
    "click_env": ("env var: {var}", "环境变量：{var}"),
    "click_dynamic": ("(dynamic)", "（动态）"),
    "click_aborted": ("Aborted!", "已中止！"),
    "click_missing_command": ("Missing command.", "缺少命令。"),
    "click_no_command": ("No such command {name!r}.", "没有命令 {name!r}。"),
}
