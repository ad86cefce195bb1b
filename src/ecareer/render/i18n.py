"""Headings and labels in English and Chinese. Names of roles and skills come from the data."""

from __future__ import annotations

from typing import Protocol

_T: dict[str, tuple[str, str]] = {
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


def tr(key: str, lang: str, **values: object) -> str:
    en, zh = _T[key]
    text = zh if lang == "zh" else en
    return text.format(**values) if values else text


class _Named(Protocol):
    @property
    def en(self) -> str: ...

    @property
    def zh(self) -> str: ...


def pick(text: _Named, lang: str) -> str:
    """The English or Chinese side of a bilingual text from the data."""
    return text.zh if lang == "zh" else text.en
