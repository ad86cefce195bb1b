"""The sentences of the cross-file rules, the profile check, the cache and suggestions: part
of :data:`ecareer.contract.problem_text.TEXTS` (in a module of its own to keep files short).
"""

from __future__ import annotations

RULE_TEXTS: dict[str, tuple[str, str]] = {
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
