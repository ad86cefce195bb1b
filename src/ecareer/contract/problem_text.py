"""The sentences of problems (:mod:`ecareer.contract.problems`) in English and simplified
Chinese: what the loader and the validator say about data, profiles and postings.

Part of the one catalogue (:data:`ecareer.render.catalog.STRINGS`), kept in the contract
because the checks that use it sit below the renderers. Keys: ``p_`` a problem's message,
``h_`` a hint, ``t_`` a phrase used inside one, ``d_`` the headline of an error that lists
problems. Ids, field names, file names and YAML stay as they are, in backticks or quotes.
"""

from __future__ import annotations

from ecareer.contract.problem_text_rules import RULE_TEXTS

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
    **RULE_TEXTS,
}
