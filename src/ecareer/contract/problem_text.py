"""The sentences of problems (:mod:`ecareer.contract.problems`) in English and simplified
Chinese: what the loader and the validator say about data, profiles and postings.

Part of the one catalogue (:data:`ecareer.render.catalog.STRINGS`), kept in the contract
because the checks that use it sit below the renderers. Keys: ``p_`` a problem's message,
``h_`` a hint, ``t_`` a phrase used inside one, ``d_`` the headline of an error that lists
problems. Ids, field names, file names and YAML stay as they are, in backticks or quotes.
"""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # --- files (load.files, load.postings) ---
    "p_is_folder": ("{file} is a folder, not a file", "{file} 是文件夹，不是文件"),
    "p_not_regular": ("{file} is not a regular file", "{file} 不是普通文件"),
    "h_give_yaml_file": ("give the path of a YAML file", "请给出一个 YAML 文件的路径"),
    "p_not_exist": ("{file} does not exist", "{file} 不存在"),
    "p_cannot_read": ("cannot read {file}: {reason}", "无法读取 {file}：{reason}"),
    "p_too_large": ("{file} is larger than {n} MiB", "{file} 超过 {n} MiB"),
    "h_too_large": (
        "split the data or raise the bound (ecareer.load.files.MAX_BYTES)",
        "请拆分数据，或调高上限（ecareer.load.files.MAX_BYTES）",
    ),
    "p_not_utf8": (
        "{file} is not UTF-8: byte 0x{byte} at offset {offset}",
        "{file} 不是 UTF-8 编码：偏移 {offset} 处是字节 0x{byte}",
    ),
    "p_not_utf8_bom": (
        "{file} is not UTF-8: byte 0x{byte} at offset {offset} (a UTF-16 byte-order mark)",
        "{file} 不是 UTF-8 编码：偏移 {offset} 处是字节 0x{byte}（UTF-16 字节顺序标记）",
    ),
    "h_save_utf8": ("save the file as UTF-8", "请把文件另存为 UTF-8 编码"),
    "p_posting_too_big": (
        "{file} is larger than {n} KiB: not a job posting",
        "{file} 超过 {n} KiB，不像是一份招聘启事",
    ),
    "h_one_posting": (
        "give one posting per file (a posting is a few KiB of text)",
        "每个文件放一份招聘启事（一份通常只有几 KiB 文字）",
    ),
    "p_empty": ("{file} is empty", "{file} 是空的"),
    "h_paste_posting": ("paste the text of a posting", "请粘贴招聘启事的文字"),
    "p_binary": (
        "{file} is a binary file, not text (a NUL byte at offset {offset})",
        "{file} 是二进制文件，不是文本（偏移 {offset} 处有 NUL 字节）",
    ),
    "h_posting_text": (
        "give the text of the posting, saved as UTF-8",
        "请提供招聘启事的文字，并保存为 UTF-8 编码",
    ),
    # --- YAML (load.parse, load.scalars, load.depth) ---
    "p_invalid_yaml": ("invalid YAML: {what}", "YAML 格式错误：{what}"),
    "t_syntax_error": ("syntax error", "语法错误"),
    "p_bad_char": (
        "invalid YAML: the character U+{code} is not allowed in YAML",
        "YAML 格式错误：YAML 中不允许出现字符 U+{code}",
    ),
    "h_bad_char": (
        "remove it, or write it as an escape inside double quotes",
        "请删除它，或在双引号内写成转义形式",
    ),
    "p_bad_key": (
        "a mapping key must be plain text, not a mapping or a list",
        "映射的键必须是普通文本，不能是映射或列表",
    ),
    "p_duplicate_key": (
        "duplicate key {key!r}: it already appears in this mapping",
        "重复的键 {key!r}：它已在这个映射中出现过",
    ),
    "h_duplicate_key": (
        "PyYAML would keep only the last one; merge the two or remove one",
        "PyYAML 只会保留最后一个；请合并两者或删除其一",
    ),
    "p_alias_cycle": (
        "the alias *{name} refers to a node that contains it (a cycle)",
        "别名 *{name} 指向包含它自身的节点（形成循环）",
    ),
    "p_undefined_alias": (
        "invalid YAML: found undefined alias *{name}",
        "YAML 格式错误：别名 *{name} 未定义",
    ),
    "p_too_many_aliases": (
        "too many aliases: more than {uses} uses or {values} expanded values",
        "别名过多：使用超过 {uses} 次，或展开后超过 {values} 个值",
    ),
    "h_too_many_aliases": (
        "write the values out instead of repeating anchors",
        "请直接写出这些值，不要反复引用锚点",
    ),
    "p_second_document": (
        "invalid YAML: expected a single document, found a second one",
        "YAML 格式错误：应只有一个文档，却发现了第二个",
    ),
    "h_second_document": (
        "remove the `---` that starts the second document",
        "请删除第二个文档开头的 `---`",
    ),
    "p_long_number": (
        "the number {start}... has {digits} digits, more than {limit}",
        "数字 {start}… 有 {digits} 位，超过 {limit} 位",
    ),
    "h_long_number": (
        "no value in ecareer data needs such a number; check the file",
        "ecareer 的数据中没有任何值需要这么长的数字，请检查文件",
    ),
    "p_ambiguous": (
        "the plain value {value!r} is read differently by YAML 1.1 and 1.2",
        "不带引号的值 {value!r} 在 YAML 1.1 和 1.2 中含义不同",
    ),
    "h_ambiguous": (
        "quote it ('{value}') if you mean text; write true/false or a plain decimal number "
        "otherwise",
        "如果指的是文本，请加引号（'{value}'）；否则请写 true/false 或普通的十进制数字",
    ),
    "p_bad_tagged": ("{value!r} is not a valid !!{kind}", "{value!r} 不是有效的 `!!{kind}`"),
    "p_forbidden_tag": ("the tag {tag} is not allowed", "不允许使用标签 {tag}"),
    "h_forbidden_tag": (
        "ecareer data holds only plain mappings, lists, text, numbers and true/false; remove "
        "the tag",
        "ecareer 的数据只包含普通的映射、列表、文本、数字和 true/false，请删除这个标签",
    ),
    "p_too_deep": ("nesting deeper than {n} levels", "嵌套超过 {n} 层"),
    "h_too_deep": (
        "ecareer data is never nested this deep; check the brackets and indentation",
        "ecareer 的数据从不嵌套这么深，请检查括号和缩进",
    ),
    # --- the cap on problems per file (contract.problems) ---
    "p_more": (
        "{n} more problems in {file} are not shown (the first {limit} are)",
        "{file} 中另有 {n} 个问题未显示（只显示了前 {limit} 个）",
    ),
    "h_more": (
        "fix these and run again to see the rest",
        "修复这些问题后再运行一次，即可看到其余问题",
    ),
    # --- the files' shape (validate.build, validate.schema) ---
    "p_folder_missing": ("data folder {folder} does not exist", "数据文件夹 {folder} 不存在"),
    "p_folder_not_folder": (
        "data folder {folder} is not a folder",
        "数据文件夹 {folder} 不是文件夹",
    ),
    "h_data_folder": (
        "give a folder holding skills.yaml, roles.yaml and paths.yaml",
        "请给出包含 skills.yaml、roles.yaml 和 paths.yaml 的文件夹",
    ),
    "p_file_empty": (
        "{file} is empty: expected a mapping with {keys}",
        "{file} 是空的：应是包含 {keys} 的映射",
    ),
    "p_file_not_mapping": (
        "{file} is not a mapping: expected a mapping with {keys}",
        "{file} 不是映射：应是包含 {keys} 的映射",
    ),
    "h_start_file": (
        "start the file with `{key}:` followed by a list of entries",
        "请以 `{key}:` 开头，后面接条目列表",
    ),
    "p_not_a_list": (
        "`{key}` must be a list of entries (each starting with `- `)",
        "`{key}` 必须是条目列表（每条以 `- ` 开头）",
    ),
    "p_missing_top": ("missing top-level key `{key}:`", "缺少顶层键 `{key}:`"),
    "p_empty_scale": (
        "the scale is empty: it must be the levels 1, 2, ... N",
        "等级表是空的：应列出等级 1、2……N",
    ),
    "h_empty_scale": (
        "list the proficiency levels under `scale:`, lowest first",
        "请在 `scale:` 下由低到高列出熟练度等级",
    ),
    "p_unknown_top": ("unknown top-level key `{key}`", "未知的顶层键 `{key}`"),
    "h_allowed": ("allowed: {names}", "允许：{names}"),
    "p_missing_field": ("missing required field `{name}` in {at}", "{at} 缺少必填字段 `{name}`"),
    "h_add_field": ("add `{name}:`", "请添加 `{name}:`"),
    "p_unknown_field": ("unknown field `{name}` at {at}", "{at} 处有未知字段 `{name}`"),
    "p_expected": ("{at}: expected {expected}, got {got}", "{at}：应为{expected}，实际是{got}"),
    "t_got": ("{kind} {value}", "{kind} {value}"),
    "t_text": ("text", "文本"),
    "t_whole_number": ("a whole number", "整数"),
    "t_number": ("a number", "数字"),
    "t_true_false": ("true or false", "true 或 false"),
    "t_bool": ("true/false", "true/false"),
    "t_null": ("nothing (null)", "空值（null）"),
    "t_mapping": ("a mapping", "映射"),
    "t_mapping_kv": ("a mapping (key: value)", "映射（键: 值）"),
    "t_list": ("a list", "列表"),
    "t_top_level": ("(top level)", "（顶层）"),
    "h_quote_text": (
        "quote the value if it is meant as text",
        "如果这个值指的是文本，请加引号",
    ),
    "p_not_an_id": ("{at}: {value!r} is not a valid id", "{at}：{value!r} 不是有效的 id"),
    "h_id": (
        "ids are kebab-case English: lower-case letters and digits joined by single hyphens, "
        "e.g. `ops-specialist`",
        "id 是 kebab-case 形式的英文：小写字母和数字，用单个连字符连接，例如 `ops-specialist`",
    ),
    "p_not_one_of": (
        "{at}: {value!r} is not one of {allowed}",
        "{at}：{value!r} 不在可选范围内：{allowed}",
    ),
    "p_invalid": ("{at}: {message}", "{at}：{message}"),
    "p_either_one": (
        "{at}: give either `{field}` or `{other}`, exactly one of the two",
        "{at}：`{field}` 和 `{other}` 只能给出其中一个，且必须给出一个",
    ),
    "p_either_distinct": (
        "{at}: `{other}` names two or more different alternatives",
        "{at}：`{other}` 必须列出两个或更多不同的选项",
    ),
    "t_at_least": ("should be at least {n}", "不能小于 {n}"),
    "t_at_most": ("should be at most {n}", "不能大于 {n}"),
    "t_more_than": ("should be more than {n}", "必须大于 {n}"),
    "t_less_than": ("should be less than {n}", "必须小于 {n}"),
    "t_min_items": ("should have at least {n} items", "至少要有 {n} 项"),
    "t_max_items": ("should have at most {n} items", "最多只能有 {n} 项"),
    "t_min_chars": ("should have at least {n} characters", "至少要有 {n} 个字符"),
    "t_max_chars": ("should have at most {n} characters", "最多只能有 {n} 个字符"),
    # --- cross-file rules (validate.rules, validate.cycles, advise.plausible) ---
    "p_bad_scale": (
        "the scale levels are {levels}; they must be 1, 2, ... {n} with none missing or repeated",
        "等级表中的等级是 {levels}；应为 1、2……{n}，不缺不重",
    ),
    "h_bad_scale": ("number the levels from 1 upwards, lowest first", "请从 1 开始由低到高编号"),
    "p_duplicate": (
        "duplicate {what} {key!r}: already defined at {where}",
        "重复的{what} {key!r}：已在{where}定义",
    ),
    "t_skill_id": ("skill id", "技能 id"),
    "t_role_id": ("role id", "岗位 id"),
    "t_path": ("path", "路径"),
    "t_line": ("line {n}", "第 {n} 行"),
    "t_file_line": ("{file}:{line}", " {file}:{line} "),
    "h_merge_or_rename": (
        "merge the two entries or rename one",
        "请合并这两个条目，或重命名其中一个",
    ),
    "p_category": (
        "skill {skill!r}: category `{category}` is not in dimension `{dimension}`",
        "技能 {skill!r}：类别 `{category}` 不属于维度 `{dimension}`",
    ),
    "h_category": ("allowed in this dimension: {names}", "这个维度允许：{names}"),
    "p_effort_length": (
        "skill {skill!r}: effort lists {n} numbers; the scale has {top} levels",
        "技能 {skill!r}：effort 列了 {n} 个数字，而等级表有 {top} 级",
    ),
    "h_effort_length": (
        "give the hours to gain each level 1..{top}, one number per level",
        "请给出达到 1..{top} 每一级所需的学时，每级一个数字",
    ),
    "h_levels_run": (
        "levels run from 1 to {top} (see `scale:` in skills.yaml)",
        "等级从 1 到 {top}（见 skills.yaml 中的 `scale:`）",
    ),
    "p_requirement_level": (
        "role {role!r} requires {skill!r} at level {level}, outside the scale",
        "岗位 {role!r} 要求 {skill!r} 达到 {level} 级，超出等级表",
    ),
    "p_prerequisite_level": (
        "skill {skill!r}: prerequisite {pre!r} at level {level}, outside the scale",
        "技能 {skill!r}：前置技能 {pre!r} 的等级 {level} 超出等级表",
    ),
    "p_resource_level": (
        "skill {skill!r}: resource builds level {level}, outside the scale",
        "技能 {skill!r}：学习资源对应的等级 {level} 超出等级表",
    ),
    "p_unknown_requirement": (
        "role {role!r} requires unknown skill {skill!r}",
        "岗位 {role!r} 要求了不存在的技能 {skill!r}",
    ),
    "h_define_skill": ("define it in skills.yaml", "请在 skills.yaml 中定义它"),
    "h_define_role": ("define it in roles.yaml", "请在 roles.yaml 中定义它"),
    "p_self_prerequisite": (
        "skill {skill!r} lists itself as a prerequisite",
        "技能 {skill!r} 把自己列为前置技能",
    ),
    "h_remove_prerequisite": ("remove this prerequisite", "请删除这个前置技能"),
    "p_unknown_prerequisite": (
        "skill {skill!r} has unknown prerequisite {pre!r}",
        "技能 {skill!r} 的前置技能 {pre!r} 不存在",
    ),
    "p_self_path": ("path from {role!r} to itself", "从 {role!r} 到它自身的路径"),
    "h_self_path": ("a path must lead to another role", "路径必须通向另一个岗位"),
    "p_unknown_path_role": (
        "path `{field}: {role}` names an unknown role",
        "路径 `{field}: {role}` 指向不存在的岗位",
    ),
    "p_requirement_twice": (
        "role {role!r} lists skill {skill!r} twice",
        "岗位 {role!r} 两次列出技能 {skill!r}",
    ),
    "h_requirement_twice": (
        "keep one requirement per skill, at the highest level needed",
        "每个技能只保留一条要求，取所需的最高等级",
    ),
    "p_promotion_down": (
        "promotion from {src!r} ({src_level}) down to {dst!r} ({dst_level})",
        "从 {src!r}（{src_level}）“晋升”到更低级别的 {dst!r}（{dst_level}）",
    ),
    "h_promotion_down": (
        "a move to a lower level is `kind: lateral`, or fix a role's level",
        "降到更低级别的变动应写为 `kind: lateral`，或修正岗位的级别",
    ),
    "p_cycle": ("{what} form a cycle: {loop}", "{what}形成了循环：{loop}"),
    "t_promotions": ("promotions", "晋升路径"),
    "t_prerequisites": ("prerequisites", "前置技能"),
    "h_break_cycle": ("break the cycle", "请打破这个循环"),
    "p_missing_prerequisite": (
        "role {role!r} requires {skill!r} but not its prerequisite {pre!r} at level {level}",
        "岗位 {role!r} 要求了 {skill!r}，却没有要求它的前置技能 {pre!r} 达到 {level} 级",
    ),
    "p_missing_prerequisite_lower": (
        "role {role!r} requires {skill!r} but not its prerequisite {pre!r} at level {level} "
        "(it asks for level {have})",
        "岗位 {role!r} 要求了 {skill!r}，却没有要求它的前置技能 {pre!r} 达到 {level} 级"
        "（只要求 {have} 级）",
    ),
    "h_missing_prerequisite": (
        "add `{{skill: {pre}, level: {level}, ...}}` to the role's skills (with `inferred: true` "
        "if no source states it), or remove the prerequisite",
        "请在岗位的 skills 中加入 `{{skill: {pre}, level: {level}, ...}}`（若没有来源说明，"
        "加上 `inferred: true`），或删除这个前置技能",
    ),
    "p_isolated_role": (
        "role {role!r} is on no path: no move leads to it or away from it",
        "岗位 {role!r} 不在任何路径上：没有变动通向它，也没有从它出发的变动",
    ),
    "h_isolated_role": (
        "add a promotion or lateral move to paths.yaml",
        "请在 paths.yaml 中添加晋升或横向转岗",
    ),
    "p_unused_skill": (
        "skill {skill!r} is needed by no role and is no other skill's prerequisite",
        "技能 {skill!r} 没有岗位需要，也不是其他技能的前置技能",
    ),
    "h_unused_skill": (
        "require it in a role in roles.yaml, or remove it",
        "请在 roles.yaml 的某个岗位中要求它，或删除它",
    ),
    "p_thin_role": (
        "role {role!r} needs {n} skills over {dims} dimensions; a role needs at least "
        "{min_skills} over at least {min_dims}",
        "岗位 {role!r} 只要求 {n} 项技能、覆盖 {dims} 个维度；每个岗位至少要求 {min_skills} 项、"
        "覆盖至少 {min_dims} 个维度",
    ),
    "h_thin_role": (
        "add the role's requirements from the capability model (docs/data.md)",
        "请按能力模型补充这个岗位的要求（见 docs/data.md）",
    ),
    "p_no_essential": ("role {role!r} has no essential skill", "岗位 {role!r} 没有必备技能"),
    "h_no_essential": (
        "mark the skills without which the job cannot be done `essential: true`",
        "请把缺了就无法胜任的技能标为 `essential: true`",
    ),
    "p_study_budget": (
        "the move {a!r} -> {b!r} needs {weekly} study hours a week over its {years} years in "
        "post (budget: {budget})",
        "变动 {a!r} -> {b!r} 在任职的 {years} 年里每周需要学习 {weekly} 学时（预算：{budget}）",
    ),
    "h_study_budget": (
        "at {budget} hours a week it takes about {need} years: raise `years`, or lower the "
        "hours of the skills it needs (`effort` in skills.yaml)",
        "按每周 {budget} 学时计算约需 {need} 年：请调高 `years`，或降低所需技能的学时"
        "（skills.yaml 中的 `effort`）",
    ),
    # --- profiles (validate.profile) ---
    "d_profile_unreadable": ("cannot use the profile {file}", "无法使用个人档案 {file}"),
    "d_profile_yaml": ("the profile {file} is not valid YAML", "个人档案 {file} 不是有效的 YAML"),
    "d_profile_invalid": ("the profile {file} does not validate", "个人档案 {file} 未通过校验"),
    "d_profile_mismatch": (
        "the profile {file} does not match the data",
        "个人档案 {file} 与数据不符",
    ),
    "p_unknown_role": ("unknown role {role!r}", "未知的岗位 {role!r}"),
    "h_lists_roles": ("`ecareer roles` lists the roles", "`ecareer roles` 列出所有岗位"),
    "p_skill_again": (
        "skill {skill!r} is {id!r}, already given",
        "技能 {skill!r} 就是 {id!r}，前面已经给过",
    ),
    "h_skill_once": ("give each skill once", "每个技能只写一次"),
    "p_unknown_skill": ("unknown skill {skill!r}", "未知的技能 {skill!r}"),
    "h_lists_skills": ("`ecareer skills` lists the skills", "`ecareer skills` 列出所有技能"),
    "p_profile_level": (
        "skill {skill!r} at level {level}, outside the scale 0..{top}",
        "技能 {skill!r} 的等级 {level} 超出范围 0..{top}",
    ),
    "h_profile_level": (
        "0 means not held; `ecareer levels` shows the scale",
        "0 表示不具备；`ecareer levels` 显示等级说明",
    ),
    # --- the cache folder (store.cache) ---
    "w_cache_unused": (
        "warning: not using the cache folder {folder}: {why}; working without a cache",
        "警告：不使用缓存文件夹 {folder}：{why}；本次不使用缓存",
    ),
    "t_cache_symlink": ("it is a symbolic link", "它是符号链接"),
    "t_cache_not_folder": ("it is not a folder", "它不是文件夹"),
    "t_cache_other_user": ("it belongs to another user", "它属于其他用户"),
    "t_cache_shared": ("other users may write to it", "其他用户可以写入它"),
    # --- suggestions (contract.names) ---
    "h_did_you_mean": ("did you mean {names}?", "是否要找 {names}？"),
    "t_or": (" or ", " 或 "),
    "t_and": (" and ", " 和 "),
    "t_list_sep": (", ", "、"),
}
