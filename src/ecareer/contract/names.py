"""How names are compared, and the one did-you-mean of the tool.

Every suggestion (an unknown skill in roles.yaml, a misspelt field, an unknown ``--from``)
comes from :func:`nearest`: the choices whose text is closest to the word, by difflib's ratio
over the normalised texts (case and spaces ignored), with a bonus when one contains the other.
"""

from __future__ import annotations

from collections.abc import Iterable
from difflib import SequenceMatcher

from ecareer.contract.say import Names, Say, say

#: The least similarity (0..1) of a suggestion.
CUTOFF = 0.6
#: The most characters of a name compared (ids and names are much shorter).
MAX_COMPARED = 64
#: The most did-you-means one check computes (see :class:`Suggester`).
MAX_SUGGESTED = 100


#: Traditional characters and the simplified ones the data uses, in pairs: those of the role
#: and skill names (and a few common words), so that ``電商運營專員`` finds ``电商运营专员``.
#: A test checks every pair; for the whole of Chinese, OpenCC's tables would be needed (a
#: megabyte of data and a native library: too much start-up for this).
_TRADITIONAL = (
    "與与專专東东為为爲为習习書书爭争雲云亞亚產产價价優优會会體体儲储關关興兴養养內内決决準准劃划"
    "則则創创務务動动勢势協协單单賣卖壓压參参雙双發发變变號号後后啟启啓启員员團团國国圖图場场處处"
    "備备復复複复媽妈寶宝實实對对導导層层崗岗師师帶带廣广庫库應应開开歸归慣惯戰战執执報报換换據据"
    "數数斷断鬥斗晉晋術术機机權权標标橫横溝沟測测澱淀滿满點点環环電电監监盤盘種种積积競竞籌筹類类"
    "係系繫系糾纠紅红級级紛纷線线組组細细經经結结統统績绩緒绪續续維维緩缓編编網网職职脈脉腳脚節节"
    "範范薦荐獲获營营蟬蝉裝装規规視视覺觉計计訂订認认設设證证評评識识訴诉詞词試试話话詢询詳详語语"
    "課课調调談谈謀谋負负責责賬账帳账貨货購购費费資资趨趋車车轉转軟软輯辑輸输達达運运進进選选遜逊"
    "邏逻銷销鏈链鋪铺鍵键長长門门問问間间隊队際际險险頁页項项顧顾預预領领頻频題题風风饋馈馬马驅驱"
    "驗验倉仓眾众衆众萬万鑽钻蝦虾獨独臉脸華华裡里裏里騰腾訊讯蘋苹質质這这時时從从來来親亲們们個个"
    "傳传總总業业學学錄录審审財财稅税匯汇兌兑檢检攝摄繪绘畫画寫写揀拣訓训構构輿舆緊紧態态觀观聞闻"
    "熱热愛爱樂乐買买貝贝貸贷連连鎖锁櫃柜簽签約约餘余額额戶户擴扩讀读聯联絡络靈灵廠厂貿贸銀银義义"
    "論论誌志齊齐歷历曆历鏡镜頭头隨随於于並并夥伙憑凭盡尽護护衛卫獎奖勵励雜杂圍围紀纪錯错誤误韌韧"
    "穩稳擊击陣阵陳陈"
)
_SIMPLIFY = {ord(_TRADITIONAL[i]): _TRADITIONAL[i + 1] for i in range(0, len(_TRADITIONAL), 2)}

#: Invisible characters that copying from a web page or a chat leaves in a name.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))


def normalise(text: str) -> str:
    """A name as it is compared: NFKC (full-width letters and digits as plain ones), case
    folded, no spaces or invisible characters, traditional characters as simplified."""
    if not text.isascii():
        import unicodedata

        text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE).translate(_SIMPLIFY)
    return "".join(text.casefold().split())


def nearest(word: str, choices: Iterable[str | tuple[str, str]], n: int = 3) -> list[str]:
    """Up to ``n`` ids nearest to ``word``, best first.

    A choice is an id, or a pair (a text that names it, the id): a role is found by its id,
    its names in both languages and its aliases.
    """
    # Bounded: only the first MAX_COMPARED characters are compared (difflib is quadratic in
    # the length: a 4 KB --from took seconds per name), and the cheap upper bounds of the
    # ratio (lengths only, then letters only) skip a choice that cannot reach CUTOFF.
    key = normalise(word)[:MAX_COMPARED]
    scored: dict[str, float] = {}
    matcher = SequenceMatcher(None, "", key)  # seq2 is the word: cached once
    for choice in choices:
        text, ident = choice if isinstance(choice, tuple) else (choice, choice)
        other = normalise(text)[:MAX_COMPARED]
        if not other:
            continue
        contained = bool(key) and (key in other or other in key)
        matcher.set_seq1(other)
        if contained:
            ratio = max(
                matcher.ratio(),
                0.8 + 0.2 * min(len(key), len(other)) / max(len(key), len(other)),
            )
        elif matcher.real_quick_ratio() < CUTOFF or matcher.quick_ratio() < CUTOFF:
            continue
        else:
            ratio = matcher.ratio()
        if ratio > scored.get(ident, 0.0):
            scored[ident] = ratio
    best = sorted(scored.items(), key=lambda kv: (-kv[1], kv[0]))
    return [ident for ident, score in best[:n] if score >= CUTOFF]


def did_you_mean(near: Iterable[str]) -> Say | None:
    """``did you mean `a` or `b`?``, or None."""
    found = tuple(near)
    return say("h_did_you_mean", names=Names(found, "t_or", code=True)) if found else None


def suggest(word: str, choices: Iterable[str | tuple[str, str]], n: int = 3) -> Say | None:
    """A did-you-mean hint for ``word`` among ``choices``, or None."""
    return did_you_mean(nearest(word, choices, n))


class Suggester:
    """:func:`suggest` for the first ``budget`` words, then no hint: a file naming 100,000
    unknown skills costs 100 did-you-means, not 100,000 times the number of skills."""

    def __init__(self, choices: Iterable[str | tuple[str, str]], budget: int = MAX_SUGGESTED):
        self.choices = list(choices)
        self.left = budget

    def __call__(self, word: str, n: int = 3) -> Say | None:
        if self.left <= 0:
            return None
        self.left -= 1
        return suggest(word, self.choices, n)
