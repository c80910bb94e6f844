"""What a formulation may look like: the word lists and shape rules of mining.

Stop words, function-character edges, generic lead verbs and quantifiers, the head words of
formulation families (…倡议, …机制, …外交), titles of people, and the everyday words that make no
formulation on their own; `fold` (the key candidates are counted on), `acceptable` (the cheap
shape filter every candidate passes) and `generic`. The other `mine_*` modules read these.
"""

from __future__ import annotations

import re

from tifa.tm.base.script import to_simplified
from tifa.tm.base.text import HAN, match_key, match_keys

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
BAD_START = frozenset("的了是在将为把被等并也都而从向于让使着过就之其所或更很已届该这那此各每"
                      "但却虽")  # conjunctions: 共同|但有区别的责任 (thirtieth round)
SOFT_START = frozenset("同和与及")
BAD_END = frozenset("的了是在对将为把被及并也而从以于让使着和与同等或其所个位名次上")
# ... unless its last word is a noun that ends in one: the three-character entries of CC-CEDICT
# that end in a character of BAD_END and name a thing (the rest, 有助于 or 尤其是, are verbs and
# adverbs; two-character ones such as 维和 occur across words: 思维|和). 碳达峰碳中和 is a name.
NOUN_ENDS = ("碳中和", "不饱和", "代数和")
# Generic verbs stripped from the front of ordinal-list items (一是坚持守望相助 → 守望相助).
LEAD_VERBS = (
    "坚持", "加强", "推进", "推动", "深化", "拓展", "扩大", "提升", "维护", "构建", "建设", "促进",
    "实现", "打造", "落实", "践行", "完善", "发挥", "支持", "参与", "提供", "开展", "举办", "成立",
    "设立", "建立", "加快", "保持", "增强", "培养", "着力", "致力", "鼓励", "帮助", "贯彻", "学习",
    "实施", "加入", "面对", "打击", "反对", "坚守", "恪守", "遵循", "弘扬", "引领", "宣布", "签署",
    "通过", "出席", "召开", "主持", "启动", "探索", "强化", "筑牢", "守护", "助力", "聚焦", "建成",
    "提出", "倡导", "秉持", "做大做强", "做强做优", "做优做强", "做实做强", "做深做实", "用好",
    "办好", "给予", "带来", "主张", "发起", "融入",
    "铸牢", "建起", "建好",  # 铸牢|中华民族共同体意识, 建起|共富工坊 (thirty-second round)
    "推行", "奉行", "打赢", "打好",  # 推行|湖长制, 奉行|一个中国政策, 打赢|净土保卫战
    # (thirty-third round)
)
# Adverbs in front of those verbs (积极践行…); unlike verbs they can also begin a name
# (全面战略伙伴关系), so they never cut a head-word name.
LEAD_ADVERBS = ("坚定", "共同", "全面", "积极", "持续", "携手", "协力", "要", "始终", "成功",
                "继续", "进一步", "不断", "切实", "扎实", "大力", "深入", "认真", "充分", "加快")
# Generic quantifiers in front of a name (设立更多鲁班工坊): never part of it.
QUANTIFIERS = ("更多", "一个", "一批", "一系列", "各类", "各项", "所有", "一切", "多个", "这些",
               # the first of a kind (全省首批|生态产品价值实现机制试点县: thirty-second round)
               "首批", "首个", "新一批",
               # one and a measure word (一间|共富工坊, 一座|城市书房), said once or repeated
               # (一座座|城市书房): no form of the glossary starts with one (twenty-fifth round)
               *(f"一{m}" for m in "间座条家所处张支项片套"),
               *(f"一{m}{m}" for m in "个批间座条家所处张支项片套"))
ONE_CHINA = "一个中国"
# One character in front of a name that belongs to the text around it: function characters
# (对丝路精神, 以西安峰会) and the last character of a verb or a date (做好|主题教育,
# 成立|中国—中亚机制, 2023年|净土保卫战), a verb's complement of direction (探索出|光伏治沙,
# 提出|…), a modal verb (愿|加强…), the end of a quantifier (更|多鲁班工坊) and 自 of
# 自…以来 (自|茂物目标提出以来: thirty-first round): where the background split leaves them
# alone.
LEFT_PIECES = BAD_START | frozenset("对以与同和及跟给由按据好立年个要向出愿多自")
# The units of a date (2024年|中非合作论坛北京峰会): after a digit, the end of a date in front
# of a name, no part of it (thirty-third round).
DATE_UNITS = frozenset("年月日")
# Words of time in front of a name belong to the sentence (今年|天津峰会, 近年来|…): no
# formulation starts with one.
TIME_WORDS = frozenset("""今年 去年 明年 今天 昨天 明天 当天 当前 目前 如今 近年 近年来 此前 日前
    近日 今后 千百年来 多年来 长期以来 本月 上月""".split())
# Who speaks or holds in front of a name belongs to the sentence (中方|倡议成立…,
# 双方|战略伙伴关系, 全市|净土保卫战): pronouns and the generic holders of the stop list.
HOLDERS = frozenset("""我们 你们 他们 她们 它们 我国 我市 我省 本市 中方 各方 双方 各国 六国 五国
    两国 对方 大家 记者 本报 新华社 全市 全省 全区 全县 该市 该区 彼此""".split())
# Words that open a clause or a list item in front of a name, never part of it: prepositions
# and connectives of two characters (作为|三北工程, 随着|…, 依托|…) and the markers of an
# enumeration (一是|推行…, 首先|…), treated as the words of time and the holders are. Not
# among them: 基于 (基于规则的国际秩序), 关于 and 面向 (names of documents and communities start
# with them), 最后 (最后一公里), 只要 (a saying).
SENTENCE_LEADS = frozenset("""作为 通过 按照 根据 依照 围绕 依托 针对 随着 经过 对于 为了 由于 借助
    沿着 依靠 首先 其次 其一 其二 此外 同时 并且 而且 以及 因此 所以 但是 然而 如果 除了
    一是 二是 三是 四是 五是 六是 七是 八是 九是 十是""".split())
SENTENCE_WORDS = TIME_WORDS | HOLDERS | SENTENCE_LEADS


def lead_merged(words: list[str]) -> list[str]:
    """`words` (a background split) with an enumeration marker the split cuts in two made one
    word again (一|是|推行 → 一是|推行), so that it reads as the clause's lead it is."""
    if len(words) >= 2 and words[0] + words[1] in SENTENCE_LEADS:
        return [words[0] + words[1], *words[2:]]
    return words


# Nouns of running text that follow a name where the name is in use, not part of it:
# 先学先行|活动, 中吉乌铁路|项目, 地方立法|工作, 污水治理|情况 (`mine.drop_generic_tail`), and
# what a name is said to have where it is put to use (发挥新型举国体制|优势, …|作用: no form of
# the glossary ends in either). Head words (…理念, …行动) are not among them: 新发展理念 is
# the name.
GENERIC_TAILS = frozenset({"活动", "工作", "情况", "要求", "项目", "优势", "作用"})
# One character that the background split leaves alone in front of whole words is the end of
# the word before (全市|新华书店, 河南省|应急管理厅) when it is one of these or a LEFT_PIECE;
# 以 is left out: it starts set phrases (以文塑旅, 以人民为中心, 以联合国为核心的…).
PLACE_ENDS = frozenset("市省县区")
ATTACHED_LEADS = (LEFT_PIECES | PLACE_ENDS) - {"以"}
# Of those, the ones that are never the first character of a name: prepositions, conjunctions
# and the end of the word before (对|中国同中亚国家…, 落实|好|首届中阿峰会成果, 全市|…); the
# function characters of BAD_START may begin a modifier (更|高水平的中阿战略伙伴关系).
CLAUSE_LEADS = ATTACHED_LEADS - BAD_START
# Words the background split leaves alone that make a candidate a piece of its clause, not a
# name (`mine_signals.attached`, twenty-eighth round): an aspect particle anywhere
# (开在了社区, 展会展示了铁路); an adverb after the subject with at most two words after it
# (双方|还|同意, 海南|将|实行, 全国|已|建成|社区: 再 and 才 are left out, they begin words:
# …再贷款, 高才通, and a longer rest is a saying: 打铁|还|需|自身|硬); a place word closing
# a phrase (共富工坊|里, 诗和远方|中, 三年|内). No form of the glossary has one of these.
ASPECT = frozenset("了着")
CLAUSE_ADVERBS = frozenset("已还将都也正仍")
LOCATIVES = frozenset("里中内")
# An adverb before a preposition after the first two characters is a predicate begun
# (历史之变|正以前所未有的方式…, 双方还同意, 浙江还与四川: the split may hide it, 正以 is a word
# of its list), and a field word first is the end of a list (…政党等|领域会晤和对话机制,
# 各|领域务实合作).
PREDICATE = re.compile("(?<=..)[已还将都也正仍][以在向从对把被为与同跟]")
FIELD_WORDS = frozenset({"领域", "方面"})
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
    # meetings of a mechanism and groups of friends (中日韩领导人会议, 中俄总理定期会晤,
    # 全球发展倡议之友小组: thirty-second round; not 部长会议: 全国组织部长会议 is a meeting)
    "领导人会议", "系列会议", "定期会晤", "外长会晤", "之友小组",
)
# Single words (2 characters) are rarely what a formulation glossary lacks; phrases are.
LENGTH_PRIOR = {2: 0.25, 3: 0.6}
HEADS_BY_LEN = sorted(HEAD_WORDS, key=len, reverse=True)
# What a name joined by a dash ends in besides a family's head word (中国—中亚减贫合作中心,
# 中国—太平洋岛国应急物资储备库, 中国—中亚人文交流年): X—Y names a joint body, store, year or
# route, whatever its last noun (thirty-second round). Only after such a name, as printed
# (—) or in a match key (-).
DASH_HEADS = ("中心", "网络", "基金", "合作", "储备库", "博览会", "外长会", "交流年", "新通道")
DASH_NAME = re.compile(f"[{HAN}]{{2}}[—-][{HAN}]{{2}}")


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
# The words that join the parts of a list or of a name: 顶层设计和统筹规划, 维护世界和平与发展.
JOINERS = ("和", "与", "及")
_GENERIC_JOINERS = frozenset("同和与及的对")
# Titles 《…》 of policy documents and declarations are formulations a translator looks up
# (中国—中亚峰会西安宣言, 立法法); titles of plays, poems and books (魏都遗恨, 兰亭集序) are not.
POLICY_DOCS = ("宣言", "清单", "纲要", "章程", "法", "条例", "规划", "决定", "决议", "意见",
               "方案", "公约", "宪章", "协定", "条约", "声明", "计划", "倡议", "报告", "白皮书",
               "规定", "办法", "原则", "准则")
# Ordinal editions (第二届中国—中亚峰会, 十四届全国人民代表大会: news drops the 第 before
# 届; 本届|东亚合作领导人系列会议) name one meeting of a series; the series is the term.
# 首届 stays: the first of a series is named so (首届中国—中亚峰会).
EDITION = re.compile(r"^(?:第?[〇零一二三四五六七八九十百千两\d]+|[本上下历])[届次]")


CJK = HAN


LEAD_ONE = re.compile("|".join(sorted(LEAD_ADVERBS + LEAD_VERBS, key=len, reverse=True)))
_LEAD = re.compile(f"(?:{LEAD_ONE.pattern})+")
LEAD_SET = frozenset(LEAD_VERBS)
# a title inside (any of them, in one pass), not the first word of a meeting: 例行记者会,
# 贸易部长会议 (a rank, 部长级, is no person either); a standing committee, 常委会, is a body
# of people as before (thirtieth round); nor of a mechanism's regular or joint meeting
# (中俄总理定期会晤, 市长联席会议: thirty-third round)
_TITLE_IN = re.compile("(?:" + "|".join(map(re.escape, TITLES)) + ")(?![会级]|定期|联席)|常委会")


_HEAD_END = re.compile(f"(?:{'|'.join(HEADS_BY_LEN)})$")


_KEY_DASH = re.compile(f"(?<=[{CJK}])-+(?=[{CJK}])")
CHUNK = re.compile(f"[{CJK}](?:[{CJK}]|—(?=[{CJK}]))*")
IS_CHUNK = re.compile(f"^[{CJK}](?:[{CJK}]|—(?=[{CJK}]))*$")
# A quoted name joined by + or × ("人工智能+", "林长+检察长", "5G+工业互联网", "数据要素×":
# twenty-eighth round), one sign: three parts or more are steps of a method (“企业需求+学生实践+
# 专业指导”, “河道疏浚+生态护岸+湿地修复+…”), no form of the glossary has two. Its signs are no
# words: `bare` leaves them out of the background split.
PLUS_NAME = re.compile(f"^(?=.*[{CJK}]{{2}})[{CJK}0-9A-Za-z]+[+×][{CJK}0-9A-Za-z]*$")
_MARKS = str.maketrans("", "", '"+×')
# A name with a code and its kind after it, a line, an edition, a model (中国—中亚天然气管道D线,
# 营商环境改革8.0版: thirtieth round), as the object of a policy verb: the Chinese part is the
# name, the code a letter or digits.
CODED_NAME = re.compile(
    f"([{CJK}](?:[{CJK}]|—(?=[{CJK}])){{1,15}})[A-Z0-9][A-Za-z0-9.]{{0,3}}[线版号型期]")


def _signed(s: str) -> bool:
    """Does `s` hold a joining sign (+, ×)? Tested before the slower work on a plus name."""
    return "+" in s or "×" in s


_KEY_MARKS = str.maketrans("", "", '"《》')


def unmarked(key: str) -> str:
    """A match key without quote and title marks: the text marks a name (“一带一路”,
    《南极条约》), the candidate is the name; the glossary's forms and the gold lists are
    compared so (title marks too: thirty-first round)."""
    return key.translate(_KEY_MARKS)


def bare(s: str) -> str:
    """A candidate without its quote marks and joining signs: what its words are read from."""
    # replace, the common case, is twenty times faster than translate
    return s.translate(_MARKS) if _signed(s) else s.replace('"', "")


_NUMERIC = re.compile(
    r"^第?[〇零一二三四五六七八九十百千万亿两几多余数]+[年月日号届次个周天期项名位家条批轮点段]?$"
)


def fold(text: str) -> str:
    """The match key with the official em dash back between CJK characters (中国—中亚).

    Counting on match keys makes width, dash, quote and spacing variants of one expression
    count together; the dash is restored so that mined candidates read as in print.
    """
    return _KEY_DASH.sub("—", match_key(to_simplified(text)))


def fold_many(texts: list[str]) -> list[str]:
    """`[fold(t) for t in texts]` over a whole corpus at once (`match_keys`: the character-wise
    folds in C over all texts, the costly rules only where a text needs them)."""
    if not texts or any("\x01" in t for t in texts):
        return [fold(t) for t in texts]
    simple = to_simplified("\x01".join(texts)).split("\x01")  # one character for one
    return [_KEY_DASH.sub("—", k) if "-" in k else k for k in match_keys(simple)]


def acceptable(s: str, structural: bool = False) -> bool:
    """Cheap shape filter: no generic word, function-character edge, date or number.

    Expressions the text itself marks (quoted, listed, paired) may start with 同/和 and carry
    的/等 inside (同心同德, 和平利用核能); bare n-grams may not, and they must not start with
    a generic verb (建设中国—中亚命运共同体 is a verb phrase, its object is the candidate);
    no candidate starts with a generic verb or an edition number (第二届中国—中亚峰会).
    """
    if structural and _signed(s) and PLUS_NAME.match(s):
        return True
    if structural and not IS_CHUNK.match(s) and (m := CODED_NAME.fullmatch(s)):
        return acceptable(m.group(1), True)
    if len(s) < 2 or s in STOP_WORDS or not IS_CHUNK.match(s):
        return False
    if s[0] in BAD_START or (s[-1] in BAD_END and not s.endswith(NOUN_ENDS)) \
            or _NUMERIC.match(s) or s.endswith(SPEECH_VERBS):
        return False
    if _TITLE_IN.search(s) or EDITION.match(s):
        return False
    if s.startswith(LEAD_VERBS) and not (structural and s in LEAD_VERBS):
        return False  # 深化战略, 做大做强中国—中亚峰会机制: verb + object (做大做强 alone stays)
    if structural:
        return True
    if s[0] in SOFT_START or "的" in s.removeprefix(PARTY) or "等" in s:
        return False
    m = _LEAD.match(s)  # 共同发展 stays: after an adverb, two characters are part of the name
    # and so do four after one adverb alone (全面|从严治党, 全面|依法治国: twenty-fifth round);
    # 全面|推进乡村振兴, 积极|践行全球 stay out (a verb of LEAD_VERBS after the adverb)
    return m is None or 0 < len(s) - m.end() <= 2 or (m.group(0) in LEAD_ADVERBS
                                                      and len(s) - m.end() == 4)


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


def repeat_pattern(s: str) -> bool:
    """A-B-A-C patterns: 同心同德, 相知相亲, 一带一路, 走深走实; A-B-A-C-A-D: 共商共建共享."""
    if len(s) == 6:
        return s[0] == s[2] == s[4] and len({s[1], s[3], s[5], s[0]}) == 4
    return len(s) == 4 and s[0] == s[2] and s[1] != s[3] and s[1] != s[0]


_HEADS_ONLY = re.compile(f"(?:{'|'.join(HEADS_BY_LEN)})+")


def heads_only(s: str) -> bool:
    """Is `s` head words alone, the kind a name ends in (行动计划; not 合作机制, 合作 is no head
    word)? No object of a verb (亚太供应链互联互通|行动计划), no term of its own."""
    return _HEADS_ONLY.fullmatch(s) is not None


_DASH_END = re.compile(f"(?:{'|'.join(DASH_HEADS)})$")


def head_word(s: str) -> str:
    m = _HEAD_END.search(s) or (_DASH_END.search(s) if DASH_NAME.search(s) else None)
    return m.group(0) if m and m.start() >= 2 else ""
