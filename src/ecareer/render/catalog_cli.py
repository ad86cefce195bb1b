"""The command line's own sentences in English and simplified Chinese: errors, hints, the
validate summary, and the help of every command and option.

Part of the one catalogue (:data:`ecareer.render.catalog.STRINGS`), kept in a module of its
own only to keep files short. Chinese texts use Chinese punctuation (：，、；。) and units
(学时、年); options, ids and commands stay as typed, in backticks or as they are.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "error": ("error: {message}", "错误：{message}"),
    "hint": ("hint: {hint}", "提示：{hint}"),
    "interrupted": ("interrupted", "已中断"),
    # click's own usage errors (ecareer.cli.usage)
    "usage_no_option": ("no such option: {option}", "没有这个选项：{option}"),
    "usage_needs_value": ("{option} needs a value", "{option} 后面需要给出一个值"),
    "usage_needs_values": ("{option} needs {n} values", "{option} 后面需要给出 {n} 个值"),
    "usage_no_value": ("{option} takes no value", "{option} 不接受值"),
    "usage_missing": ("missing {option}", "缺少 {option}"),
    "usage_bad_value": ("invalid value for {option}: {reason}", "{option} 的值无效：{reason}"),
    "usage_bad_value_bare": ("invalid value: {reason}", "值无效：{reason}"),
    "usage_not_integer": ("not a whole number", "不是整数"),
    "usage_not_number": ("not a number", "不是数字"),
    "usage_at_least": ("give at least {n}", "不能小于 {n}"),
    "usage_at_most": ("give at most {n}", "不能大于 {n}"),
    "usage_more_than": ("give more than {n}", "必须大于 {n}"),
    "usage_less_than": ("give less than {n}", "必须小于 {n}"),
    "usage_not_one_of": ("{value} is not one of {choices}", "{value} 不在可选范围内：{choices}"),
    "usage_not_valid": ("{value} is not a valid {kind}", "{value} 不是有效的 {kind}"),
    "usage_extra": ("unexpected extra arguments: {args}", "多余的参数：{args}"),
    "usage_no_command": ("no such command {name}", "没有这个命令：{name}"),
    "usage_missing_command": ("missing command", "缺少命令"),
    "usage_see_help": ("`{command}` shows the options.", "运行 `{command}` 查看所有选项。"),
    "in_option": (" (in {option})", "（{option}）"),
    "or": (" or ", " 或 "),
    "name_and_id": ("{name} ({id})", "{name}（{id}）"),
    "did_you_mean": ("did you mean {names}? ", "是否要找 {names}？"),
    "unknown_item": ("unknown role or skill {word!r}{where}", "未知的岗位或技能 {word!r}{where}"),
    "unknown_role": ("unknown role {word!r}{where}", "未知的岗位 {word!r}{where}"),
    "unknown_skill": ("unknown skill {word!r}{where}", "未知的技能 {word!r}{where}"),
    "ambiguous_item": (
        "{word!r}{where} is in the names of several roles and skills",
        "{word!r}{where}出现在多个岗位或技能的名称中",
    ),
    "ambiguous_role": (
        "{word!r}{where} is in the names of several roles",
        "{word!r}{where}出现在多个岗位的名称中",
    ),
    "ambiguous_skill": (
        "{word!r}{where} is in the names of several skills",
        "{word!r}{where}出现在多项技能的名称中",
    ),
    "candidates": ("which one: {names}? ", "请指明是哪一个：{names}？"),
    "candidates_more": ("{names} and {n} more", "{names} 等（另有 {n} 个）"),
    "lists_roles": ("`{command}` lists roles", "`{command}` 列出所有岗位"),
    "lists_all": ("`{command}` lists them all", "`{command}` 列出全部"),
    "out_of_range": (
        "{option} {value} is out of range: give at least {low} and at most {high}",
        "{option} {value} 超出范围：请给出不小于 {low}、不超过 {high} 的值",
    ),
    "usual_pace": ("a usual pace is 5 to 15 hours a week", "常见的节奏是每周 5 至 15 学时"),
    "plan_too_long": (
        "at {hours} hours a week the plan would take {months} months (more than {years} years)",
        "按每周 {hours} 学时，计划需要 {months} 个月（超过 {years} 年）",
    ),
    "raise_option": ("raise {option}", "请调高 {option}"),
    "no_route_unreachable": (
        "no route: {target!r} cannot be reached from {start!r} by any chain of moves",
        "没有路线：从 {start!r} 出发，任何岗位变动都到不了 {target!r}",
    ),
    "try_similar": (
        "try --similar to allow inferred moves between similar roles",
        "可加 --similar，允许在相似岗位之间做推断的变动",
    ),
    "no_route": ("no route: {reasons}", "没有路线：{reasons}"),
    "reasons_sep": ("; ", "；"),
    "reason_avoid": (
        "every route passes through a role given to --avoid",
        "每条路线都经过 --avoid 给出的岗位",
    ),
    "reason_promotions-only": (
        "every route needs a lateral move (--promotions-only)",
        "每条路线都需要横向转岗（--promotions-only）",
    ),
    "reason_via": (
        "no route passes through every role given to --via",
        "没有路线能经过 --via 给出的每个岗位",
    ),
    "reason_combined": ("the options together cut every route", "这些选项合起来排除了所有路线"),
    "reason_max-steps": (
        "every route takes at least {least} steps (--max-steps {max})",
        "每条路线至少需要 {least} 步（--max-steps {max}）",
    ),
    "loosen": ("loosen the options", "请放宽选项"),
    "cannot_write": (
        "cannot write {what} to {where}: {reason}",
        "无法将{what}写入 {where}：{reason}",
    ),
    "cannot_write_file": ("cannot write {where}: {reason}", "无法写入 {where}：{reason}"),
    "a_file": ("a file", "一个文件"),
    "terminated": ("terminated ({signal})", "已终止（{signal}）"),
    "output_plan": ("the plan", "计划"),
    "output_any": ("the output", "输出"),
    "output_profile": ("the profile", "个人档案"),
    "bad_lang_env": (
        "ECAREER_LANG={value!r} is not a language ecareer speaks",
        "ECAREER_LANG={value!r} 不是 ecareer 支持的语言",
    ),
    "use_en_zh": ("use en or zh", "请用 en 或 zh"),
    "data_invalid": (
        "the data does not validate; run `ecareer validate` for details",
        "数据未通过校验；运行 `ecareer validate` 查看详情",
    ),
    "avoid_end": (
        "--avoid {role} names the start or the target of the route",
        "--avoid {role} 是路线的起点或终点",
    ),
    "give_from": ("give --from ROLE or --profile FILE", "请给出 --from 岗位 或 --profile 文件"),
    "give_to_one": ("give at least one --to ROLE", "请至少给出一个 --to 岗位"),
    "give_to": ("give --to ROLE", "请给出 --to 岗位"),
    "route_needs_start": (
        "route needs a starting role: --from ROLE, or `role:` in the profile",
        "route 需要起始岗位：--from 岗位，或个人档案中的 `role:`",
    ),
    "plan_needs_start": (
        "a plan needs a starting role: --from ROLE, or `role:` in the profile",
        "计划需要起始岗位：--from 岗位，或个人档案中的 `role:`",
    ),
    "bad_date": ("--start {text!r} is not a date", "--start {text!r} 不是日期"),
    "date_format": (
        "write it as YYYY-MM-DD, e.g. 2026-01-05",
        "请写成 YYYY-MM-DD，例如 2026-01-05",
    ),
    "exists": ("{file} already exists; it was left as it was", "{file} 已存在，未作改动"),
    "give_force": ("give --force to replace it", "加 --force 可覆盖"),
    "write_folder": (
        "cannot write {what} to {file}: it is a folder",
        "无法将{what}写入 {file}：这是一个文件夹",
    ),
    "write_no_folder": (
        "cannot write {what} to {file}: the folder {folder} does not exist",
        "无法将{what}写入 {file}：文件夹 {folder} 不存在",
    ),
    "write_not_folder": (
        "cannot write {what} to {file}: {folder} is not a folder",
        "无法将{what}写入 {file}：{folder} 不是文件夹",
    ),
    "create_folder": (
        "create the folder first, or give another -o",
        "请先创建该文件夹，或换一个 -o",
    ),
    "permission_denied": ("permission denied", "没有权限"),
    "wrote": ("wrote {file}", "已写入 {file}"),
    "check_needs_out": ("--check needs --out FOLDER", "--check 需要 --out 文件夹"),
    "cannot_write_schemas": (
        "cannot write the schemas to {file}: {reason}",
        "无法将 JSON Schema 写入 {file}：{reason}",
    ),
    "give_writable_out": ("give --out a folder you can write to", "请给 --out 一个可写的文件夹"),
    "stale_schemas": ("stale schemas: {files}", "过期的 JSON Schema：{files}"),
    "run_schema": ("run `ecareer schema --out {out}`", "请运行 `ecareer schema --out {out}`"),
    "schemas_wrote": (
        "wrote {n} of {total} schemas in {out}",
        "已在 {out} 写入 {n}/{total} 个 JSON Schema",
    ),
    "schemas_would": (
        "would update {n} of {total} schemas in {out}",
        "将更新 {out} 中 {n}/{total} 个 JSON Schema",
    ),
    "bad_choice": (
        "{value!r} is not one of: {choices}",
        "{value!r} 不在可选范围内：{choices}",
    ),
    "list_sep": (", ", "、"),
    "severity_error": ("error", "错误"),
    "severity_warning": ("warning", "警告"),
    # the summary line of `ecareer validate`
    "files_checked_one": ("{n} file checked", "已检查 {n} 个文件"),
    "files_checked_many": ("{n} files checked", "已检查 {n} 个文件"),
    "errors_one": ("{n} error", "{n} 个错误"),
    "errors_many": ("{n} errors", "{n} 个错误"),
    "warnings_one": ("{n} warning", "{n} 个警告"),
    "warnings_many": ("{n} warnings", "{n} 个警告"),
    "summary_errors": ("{errors}, {warnings}; {checked}", "{errors}，{warnings}；{checked}"),
    "summary_warnings": ("valid, with {warnings}; {checked}", "有效，但有 {warnings}；{checked}"),
    "summary_clean": ("valid: {checked}, no problems", "有效：{checked}，没有问题"),
}

#: Help of the commands (the English text is the command's docstring, checked by a test) and
#: of the options. Typer reads these when the commands are registered.
