"""The posting matcher's rules: whole terms, context, level words, sections, years, degrees."""

from __future__ import annotations

import re

import pytest

from ecareer.advise import posting as pt
from ecareer.advise.match import PostingMatch, build_index, match_text, summarise
from ecareer.cli.options import Settings

from conftest import ROOT


@pytest.fixture(scope="module")
def matcher():  # type: ignore[no-untyped-def]
    ds = Settings().dataset()
    index = build_index(ds)
    return lambda text: match_text(ds, index, text, "t.txt")


def skills(pm: PostingMatch) -> dict[str, int | None]:
    return {a.skill: a.level for a in pm.skills}


def test_whole_terms_only(matcher) -> None:  # type: ignore[no-untyped-def]
    assert "sql" not in skills(matcher("后端开发\n熟悉NoSQL数据库"))
    assert "sql" in skills(matcher("后端开发\n熟悉MySQL数据库"))
    assert "sql" in skills(matcher("数据分析\n熟练使用SQL查询"))
    assert "excel" not in skills(matcher("Title\nWe excelled at growth"))


def test_ps_is_photoshop_only_in_a_design_posting(matcher) -> None:  # type: ignore[no-untyped-def]
    assert "photoshop" in skills(matcher("电商美工\n会使用PS修图"))
    assert "photoshop" not in skills(matcher("仓库管理员\nPS：本岗位需要倒班"))


def test_phrases_that_ask_for_no_skill(matcher) -> None:  # type: ignore[no-untyped-def]
    assert "campaign-planning" not in skills(matcher("售前客服\n能适应大促期间加班"))
    assert "campaign-planning" in skills(matcher("活动运营\n负责618大促活动策划"))


def test_level_words_and_the_one_mapping(matcher) -> None:  # type: ignore[no-untyped-def]
    assert pt.LEVEL_WORDS["了解"] == 1
    assert pt.LEVEL_WORDS["熟悉"] == 2
    assert pt.LEVEL_WORDS["熟练"] == 3
    assert pt.LEVEL_WORDS["精通"] == 4
    found = skills(
        matcher("运营\n任职要求：\n了解SQL，熟悉直通车，熟练使用生意参谋、千川；精通Excel")
    )
    assert found["sql"] == 1
    assert found["through-train-ads"] == 2
    assert found["business-advisor"] == 3
    assert found["qianchuan-ads"] == 3  # the level word covers the list after it
    assert found["excel"] == 4
    english = skills(
        matcher("Analyst\nProficient in SQL, Python and Tableau. Familiar with Excel.")
    )
    assert english["sql"] == english["python"] == english["bi-tools"] == 3
    assert english["excel"] == 2
    assert skills(matcher("分析师\nExcel熟练"))["excel"] == 3  # a level word after the skill


def test_the_docs_state_the_same_mapping() -> None:
    text = (ROOT / "docs" / "data.md").read_text(encoding="utf-8")
    section = text.split("## Matching job postings", 1)[1]
    for word, level in (("了解", 1), ("熟悉", 2), ("熟练", 3), ("精通", 4)):
        assert re.search(rf"\| {word} \| {level} ", text)
        assert word in section
    assert "advise/posting.py" in section


def test_sections_set_importance(matcher) -> None:  # type: ignore[no-untyped-def]
    pm = matcher(
        "数据分析师\n岗位职责：\n1、搭建数据看板\n任职要求：\n1、精通SQL\n2、会Python者优先\n"
        "加分项：\n- 了解机器学习\n福利待遇：\n- 免费Excel培训"
    )
    by = {a.skill: a for a in pm.skills}
    assert by["sql"].importance == 5 and by["sql"].section == "requirements"
    assert by["data-visualization"].importance == 3
    assert by["python"].importance == 2 and by["python"].section == "bonus"
    assert by["predictive-modeling"].section == "bonus"
    assert "excel" not in by  # benefits are not asks


def test_full_width_html_entities_and_columns(matcher) -> None:  # type: ignore[no-untyped-def]
    pm = matcher("数据岗\n&nbsp;&nbsp;2、熟练使用ＳＱＬ&amp;Ｅｘｃｅｌ")
    by = {a.skill: a for a in pm.skills}
    sql = by["sql"].mentions[0]
    assert (sql.text, sql.line, sql.col) == ("ＳＱＬ", 2, 19)
    assert by["excel"].mentions[0].text == "Ｅｘｃｅｌ"
    assert by["sql"].level == 3


def test_years_and_education(matcher) -> None:  # type: ignore[no-untyped-def]
    pm = matcher("运营主管\n任职要求：\n本科及以上学历，3-5年电商运营经验，硕士优先")
    assert [(y.min, y.max) for y in pm.years] == [(3, 5)]
    assert [(e.value, e.section) for e in pm.education] == [
        ("bachelor", "requirements"),
        ("master", "bonus"),
    ]
    en = matcher("Role\nRequirements\n- 2+ years of SEO experience\n- Bachelor's degree")
    assert [(y.min, y.max) for y in en.years] == [(2, None)]
    assert [e.value for e in en.education] == ["bachelor"]
    assert [y.min for y in matcher("客服\n应届生亦可，学历不限").years] == [0]
    assert not matcher("校招\n2025届毕业生").years


def test_title_names_the_role(matcher) -> None:  # type: ignore[no-untyped-def]
    pm = matcher("售后客服专员\n处理退换货")
    assert "after-sales-agent" in pm.title_roles
    assert pm.roles[0].role == "after-sales-agent" and pm.roles[0].title


def test_no_skill_no_role(matcher) -> None:  # type: ignore[no-untyped-def]
    pm = matcher("hello\nworld")
    assert pm.skills == [] and pm.roles == []


def test_summary_counts_postings_and_levels(matcher) -> None:  # type: ignore[no-untyped-def]
    s = summarise([matcher("分析师\n精通SQL"), matcher("分析师\n熟悉SQL"), matcher("分析\nSQL")])
    sql = next(d for d in s.skills if d.skill == "sql")
    assert sql.postings == 3
    assert sql.levels["4"] == sql.levels["2"] == sql.levels["unstated"] == 1
    assert s.postings == 3


def test_no_term_names_two_skills() -> None:
    """A term that names two skills would be found as whichever comes first: ambiguous."""
    ds = Settings().dataset()
    owner: dict[tuple[str, ...], str] = {}
    clashes = []
    for skill in ds.skills.values():
        for term in (skill.name.en, skill.name.zh, *skill.aliases, *skill.keywords):
            key = tuple(pt.TOKEN.findall(pt.normalise(term)[0]))
            if owner.setdefault(key, skill.id) != skill.id:
                clashes.append((term, owner[key], skill.id))
    assert not clashes
