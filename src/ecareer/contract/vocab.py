"""The fixed vocabularies of the data contract, with their names in English and Chinese.

Kept apart from the Pydantic models so that the command line can offer these as choices
without importing Pydantic at start-up.
"""

from __future__ import annotations

from enum import StrEnum


class Dimension(StrEnum):
    """The three dimensions of the seeds' capability model."""

    PROFESSIONAL_ABILITY = "professional-ability"
    GENERAL_ABILITY = "general-ability"
    PROFESSIONAL_QUALITY = "professional-quality"


class Category(StrEnum):
    """The categories inside each dimension (three each, as in the capability model)."""

    INDUSTRY_INSIGHT = "industry-insight"
    BUSINESS_TOOLS = "business-tools"
    DOMAIN_EXPERTISE = "domain-expertise"
    COLLABORATION = "collaboration"
    PROBLEM_SOLVING = "problem-solving"
    LEARNING = "learning"
    OWNERSHIP = "ownership"
    RESILIENCE = "resilience"
    INNOVATION = "innovation"


CATEGORIES: dict[Dimension, tuple[Category, ...]] = {
    Dimension.PROFESSIONAL_ABILITY: (
        Category.INDUSTRY_INSIGHT,
        Category.BUSINESS_TOOLS,
        Category.DOMAIN_EXPERTISE,
    ),
    Dimension.GENERAL_ABILITY: (
        Category.COLLABORATION,
        Category.PROBLEM_SOLVING,
        Category.LEARNING,
    ),
    Dimension.PROFESSIONAL_QUALITY: (
        Category.OWNERSHIP,
        Category.RESILIENCE,
        Category.INNOVATION,
    ),
}


class Family(StrEnum):
    """The business module a role belongs to."""

    OPERATIONS = "operations"
    MARKETING = "marketing"
    DESIGN = "design"
    CUSTOMER_SERVICE = "customer-service"
    WAREHOUSING_LOGISTICS = "warehousing-logistics"
    PURCHASING_SUPPLY_CHAIN = "purchasing-supply-chain"
    DATA = "data"
    TECHNOLOGY = "technology"
    PRODUCT = "product"


class RoleLevel(StrEnum):
    JUNIOR = "junior"
    MID = "mid"
    SENIOR = "senior"


LEVEL_RANK: dict[RoleLevel, int] = {RoleLevel.JUNIOR: 0, RoleLevel.MID: 1, RoleLevel.SENIOR: 2}


class Growth(StrEnum):
    """How a skill's levels are gained: by study (hours of courses, books, practice projects)
    or by practice (months of doing the job: ownership, resilience, leadership, judgement)."""

    STUDY = "study"
    PRACTICE = "practice"


class MoveKind(StrEnum):
    PROMOTION = "promotion"
    LATERAL = "lateral"


class ResourceKind(StrEnum):
    COURSE = "course"
    CERTIFICATION = "certification"
    BOOK = "book"
    PRACTICE = "practice"
    REPORT = "report"
    COMMUNITY = "community"
    TOOL = "tool"


LABELS: dict[str, tuple[str, str]] = {
    "professional-ability": ("Professional ability", "专业能力"),
    "general-ability": ("General ability", "通用能力"),
    "professional-quality": ("Professional quality", "职业素养"),
    "industry-insight": ("Industry insight", "行业认知"),
    "business-tools": ("Business tools", "业务工具"),
    "domain-expertise": ("Domain expertise", "领域专项"),
    "collaboration": ("Cross-team collaboration", "跨部门协作"),
    "problem-solving": ("Problem solving", "问题解决"),
    "learning": ("Learning and iteration", "学习迭代"),
    "ownership": ("Ownership of results", "结果导向的责任心"),
    "resilience": ("Resilience under pressure", "高压环境的抗压性"),
    "innovation": ("Drive to innovate", "创新突破的进取心"),
    "operations": ("Operations", "运营"),
    "marketing": ("Marketing", "营销"),
    "design": ("Design", "设计"),
    "customer-service": ("Customer service", "客户服务"),
    "warehousing-logistics": ("Warehousing and logistics", "仓储物流"),
    "purchasing-supply-chain": ("Purchasing and supply chain", "采购与供应链"),
    "data": ("Data", "数据分析"),
    "technology": ("Technology", "技术研发"),
    "product": ("Product", "产品"),
    "junior": ("Junior", "初级"),
    "mid": ("Mid-level", "中级"),
    "senior": ("Senior", "高级"),
    "study": ("study", "学习"),
    "promotion": ("Promotion", "晋升"),
    "lateral": ("Lateral move", "横向转岗"),
    "similar": ("Similar role (inferred)", "相似岗位（推断）"),
    "course": ("Course", "课程"),
    "certification": ("Certification", "认证"),
    "book": ("Book", "书籍"),
    "practice": ("Practice", "实践"),
    "report": ("Report", "报告"),
    "community": ("Community", "社群"),
    "tool": ("Tool", "工具"),
}


def label(value: str, lang: str) -> str:
    """The English or Chinese name of a vocabulary value (the value itself if unknown)."""
    pair = LABELS.get(str(value))
    if pair is None:
        return str(value)
    return pair[1] if lang == "zh" else pair[0]


#: The three files of a dataset, in the order they are read: ``skills.yaml`` first.
DATA_FILES: tuple[str, ...] = ("skills", "roles", "paths")
