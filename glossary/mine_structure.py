"""Structural evidence: how official prose marks a formulation, even once.

Quotation marks and book titles, ordinal lists (一是坚持…), 、-lists and four-character parallel
series (守望相助、共同发展), A-B-A-C patterns (同心同德), names ending in a head word
(阿富汗邻国协调机制), objects of policy verbs (深化文明互鉴 → 文明互鉴), and whether a list is
one of sectors (医疗卫生等领域) or of everyday words rather than of formulations.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator

from tifa.glossary.mine_background import Background
from tifa.glossary.mine_spans import words
from tifa.glossary.mine_words import (
    BAD_END,
    BAD_START,
    CJK,
    CODED_NAME,
    DASH_HEADS,
    DASH_NAME,
    DATE_UNITS,
    EDITION,
    HEAD_CUT,
    HEADS_BY_LEN,
    HOLDERS,
    IS_CHUNK,
    JOINERS,
    LEAD_ADVERBS,
    LEAD_ONE,
    LEAD_VERBS,
    ONE_CHINA,
    PLUS_NAME,
    POLICY_DOCS,
    QUANTIFIERS,
    SENTENCE_LEADS,
    TIME_WORDS,
    head_word,
    lead_merged,
    repeat_pattern,
)

_SECTOR_END = re.compile("^(?:等)?[^，。；]{0,4}(?:领域|方面|行业|部门|产业|工作)")
_OBJECT_END = re.compile("[的是在对为把将向从以于了、，。；：！？,;:!?\"“”]")
# Greedy: the match ends at the rightmost verb or function character of the text before a head.
_CUT_WORDS = LEAD_VERBS + QUANTIFIERS
_CUT = re.compile("(?s).*(?:[" + "".join(sorted(HEAD_CUT)) + "]|" + "|".join(_CUT_WORDS) + ")")


_HEAD = re.compile("|".join(HEADS_BY_LEN))
_DASH_HEAD = re.compile("|".join(DASH_HEADS))
_CJK_TAIL = re.compile(f"[{CJK}—]*$")
_CJK_CHAR = re.compile(f"[{CJK}—]")
_CJK_RUN = re.compile(f"[{CJK}]+")
_JOINER = re.compile(f"[{''.join(JOINERS)}]")


_QUOTE = re.compile(r"[\"'「『]([^\"'「」『』\n]{2,24})[\"'」』]")
_REPEAT = re.compile(f"(?=((?P<a>[{CJK}])[{CJK}](?P=a)[{CJK}](?:(?P=a)[{CJK}])?))")
_SAYING = re.compile(r"^.{2,}[的是].{2,}$")
_TITLE = re.compile(r"《([^《》\n]{2,30})》")
_CLAUSE = re.compile(r"[^，。；：！？,;:!?（）()“”‘’《》\"'\n]+")
# A 、-list runs across quote marks: 中宣部“五个一工程”获奖剧目、…“文华奖”获奖剧目 is one list
# whose items hold quotes, not three lists that each start with 获奖剧目.
LIST_CLAUSE = re.compile(r"[^，。；：！？,;:!?（）()《》\n]+")
# A policy verb's object of the shape modifier + 的 + name, and the 、-items that continue it:
# 践行|真正的多边主义, 推动|平等有序的世界多极化、普惠包容的经济全球化, 维护|以联合国为核心的
# 国际体系、以国际法为基础的国际秩序. The modifier is one run of two to four characters, a
# 以…为… frame or a 面向… frame (构建|面向新时代的中阿命运共同体: twenty-eighth round); the name
# runs to the next function character.
_MODIFIED = re.compile(
    f"((?:以[{CJK}—]{{1,10}}为[{CJK}]{{2}}|面向[{CJK}]{{2,5}}|[{CJK}]{{2,4}})的)([{CJK}—]{{2,12}})")
_FUNCTION = re.compile("[的是在对为把将向从以于了和与及]")
_ORDINAL = re.compile(
    rf"(?:^|[，。；：！？,;:!?\n])[一二三四五六七八九十][是要]([{CJK}—]{{2,14}})(?=[，。；！？,;!?\n]|$)"
)


def _strip_lead(item: str) -> str:
    """Drop generic verbs and adverbs in front: 积极践行全球发展倡议 → 全球发展倡议.

    One word at a time, and never below three characters: 坚持共同发展 → 共同发展.
    """
    while (m := LEAD_ONE.match(item)) and len(item) - m.end() >= 3:
        item = item[m.end():]
    return item


def _list_items(clause: str, bg: Background | None = None) -> tuple[list[str], int, str]:
    """Items of a 、-list, their common width (0 if they differ) and the text after the list.

    A list closed by 等 ends its last item there, whatever its width: 体育、考古、旅游、
    医疗卫生|等领域合作 (医疗卫生 is an item, and the list one of sectors)."""
    parts = clause.split("、")
    middle = parts[1:-1]
    lengths = {len(p) for p in middle}
    width = lengths.pop() if len(lengths) == 1 else (4 if not middle else 0)
    items = list(middle)
    closed = parts[-1].find("等")
    if width:
        # The first and last items are cut to the width of the others, but only where
        # the cut falls on a boundary: 携手建设一个|合作共赢、相互成就|的共同体; and
        # between two words (维护世界和|平与发展: 和 starts the word 和平, it joins nothing).
        head, rest = parts[0][-width:], parts[0][:-width]
        if not rest or ((rest.endswith(LEAD_VERBS + ("一个",)) or rest[-1] in HEAD_CUT)
                        and (bg is None or _cuts_at(bg, parts[0], len(rest)))):
            items.append(head)
    if 2 <= closed <= 8:
        items.append(parts[-1][:closed])
        after = parts[-1][closed:]
    else:
        after = parts[-1][width:]
        if width:
            tail, rest = parts[-1][:width], parts[-1][width:]
            # ...历史之变|正以前所未有的方式展开: the cut falls between two words of general
            # Chinese (only where the middle items tell the width: 农业农村|污染治理 in a
            # list of two guesses a width of 4 and would cut a word pair out of a longer item)
            on_word = bool(middle) and bg is not None and _cuts_at(bg, parts[-1], width)
            if not rest or rest[0] in HEAD_CUT or on_word:
                items.append(tail)
    items = [x for x in map(_strip_lead, items) if len(x) >= 2 and IS_CHUNK.match(x)]
    return items, width, after


def _cuts_at(bg: Background, text: str, at: int) -> bool:
    """Does the background split of `text` have a word boundary at offset `at`? The split
    leaves out what is no word (the dash of 中国—联合国: each word is found where it stands)."""
    pos = 0
    for w in bg.split(text[:at + 6]):
        start = text.find(w, pos)
        if start >= at:
            return start == at
        pos = (start if start >= 0 else pos) + len(w)
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


def structure_evidence(texts: list[str], bg: Background | None = None) -> dict[str, Counter]:
    """Structural evidence per expression: quoted, title, list item, parallel pair, headed.

    The patterns run over the whole corpus joined by newlines (one regex pass each, no
    per-segment Python loop), which keeps this step linear and fast on big corpora.
    """
    found: dict[str, Counter] = defaultdict(Counter)
    whole = "\n".join(texts)
    for m in _QUOTE.finditer(whole):
        q = m.group(1).strip()
        if len(q) <= 16 and (IS_CHUNK.match(q) or PLUS_NAME.match(q)):
            # A quoted clause (和平是地区各国人民的共同期盼) is a saying, weaker evidence.
            found[q]["quote"] += 0.5 if _SAYING.match(q) else 1
    for m in _TITLE.finditer(whole):
        if IS_CHUNK.match(m.group(1)):
            kind = "title" if m.group(1).endswith(POLICY_DOCS) else "work"
            found[m.group(1)][kind] += 1
    for m in _ORDINAL.finditer(whole):
        item = _strip_lead(m.group(1))
        if 2 <= len(item) <= 10:
            found[item]["enum"] += 1
    for m in _REPEAT.finditer(whole):  # 互学互鉴, 先学先行: the pattern marks them, even once
        if repeat_pattern(m.group(1)) and not BAD_END.intersection(m.group(1)):
            found[m.group(1)]["paired"] += 1
    for item in _headed(whole, bg):
        found[item]["headed"] += 1
    for clause in _CLAUSE.findall(whole):
        objects = _objects(clause, bg, longest=24)
        for obj in objects:
            if len(obj) <= 10 or (len(obj) <= 14 and head_word(obj) not in ("", "化")):
                # 深化文明互鉴 → 文明互鉴; a name with its head word up to what `_headed`
                found[obj]["object"] += 1  # reads: 建立|中拉减贫与发展伙伴关系
        for obj in _joined_objects(clause, bg):
            found[obj]["object"] += 1
        for obj in _coded_objects(clause):
            found[obj]["object"] += 1
        # blocks of long objects too: 深化|中亚五国同中国全方位务实合作 → 务实合作
        for block in _object_blocks(objects, bg) if bg is not None else ():
            found[block]["object_block"] += 1  # 发挥元首外交战略引领作用 → 元首外交
    for clause in LIST_CLAUSE.findall(whole):
        for phrase in _modified_objects(clause, bg) if bg is not None else ():
            found[phrase]["modified"] += 1  # 践行真正的多边主义 → 真正的多边主义
        if "、" not in clause:
            continue
        items, width, after = _list_items(clause, bg)
        sector = _sector_list(after)
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


# The longest object of two parts joined by 和/与/及 read as one candidate too (beside its
# parts): 黄河流域生态保护和高质量发展 (14), 山水林田湖草沙一体化保护和系统治理 (17).
JOINED_OBJECT = 18


def _split_joined(obj: str, bg: Background | None) -> list[str]:
    """`obj` split on 和/与/及 where each is a word of its own: 顶层设计|和|统筹规划, but
    维护世界和平与发展 → 世界和平, 发展 (和平 is a word, not 和 + 平: 平与发展 is no object), and
    建设宜居宜业和美乡村 stays whole (业|和|美: a joiner between two single characters is a
    piece of a word the split does not know, 和美, not a list)."""
    if bg is None or not _JOINER.search(obj):
        return _JOINER.split(obj)
    split = words(obj, bg)
    parts, cur = [], ""
    for i, word in enumerate(split):
        if word in JOINERS and not (0 < i < len(split) - 1
                                              and len(split[i - 1]) == len(split[i + 1]) == 1):
            parts.append(cur)
            cur = ""
        else:
            cur += word
    parts.append(cur)
    # a joiner between short modifiers of one head is no list: 中拉|减贫与发展|伙伴关系 (the
    # last part is one word and a head word, the ones before are short and end in none);
    # 国际秩序和全球治理体系 is a list (全球治理 is more than a word before the head)
    head = head_word(parts[-1]) if len(parts) > 1 else ""
    if head and len(parts[-1]) - len(head) <= 2 \
            and all(0 < len(x) <= 4 and not head_word(x) for x in parts[:-1]):
        return [obj]
    return parts


def _verb_objects(clause: str) -> Iterator[str]:
    """What follows each policy verb of a clause, up to a function character (no adverb's)."""
    for m in LEAD_ONE.finditer(clause):
        rest = clause[m.end():]
        if m.group(0) in LEAD_ADVERBS or not rest or LEAD_ONE.match(rest):
            continue
        cut = _OBJECT_END.search(rest)
        end = cut.start() if cut else len(rest)
        if cut and rest[end - 1:end + 1] in SENTENCE_LEADS:
            end -= 1  # the word of the cut leads the next phrase: 把推动…高质量发展|作为…
        if m.group(0) in _PIVOTS and (inner := _LEAD_VERB.search(rest, 1, 5)):
            end = min(end, inner.start())  # 帮助|企业|推进内外贸一体化: who, then what
        yield rest[:end]


# Verbs that take who acts, then what they do (帮助企业推进…, 鼓励青年参与…): the object is the
# short one before the next policy verb (thirty-third round).
_PIVOTS = frozenset({"帮助", "鼓励", "支持"})
_LEAD_VERB = re.compile("|".join(LEAD_VERBS))


def _objects(clause: str, bg: Background | None = None, longest: int = 10) -> list[str]:
    """Objects of policy verbs anywhere in a clause, up to a function character, split on
    和/与/及 (where each is a word: `_split_joined`): 加强顶层设计和统筹规划 → 顶层设计,
    统筹规划; 全面推进中华民族伟大复兴的中心任务 → 中华民族伟大复兴."""
    out = []
    for obj in _verb_objects(clause):
        for part in _split_joined(obj, bg):
            if 2 <= len(part) <= longest and IS_CHUNK.match(part):
                out.append(part)
    return out


def _coded_objects(clause: str) -> list[str]:
    """Objects of policy verbs that are a name with a code and its kind (`CODED_NAME`):
    推进|中国—中亚天然气管道D线|建设, 发布|营商环境改革8.0版 (a candidate is a run of Chinese
    characters, so no other generator holds them)."""
    return [m.group(0) for obj in _verb_objects(clause) if (m := CODED_NAME.match(obj))]


def _joined_objects(clause: str, bg: Background | None) -> list[str]:
    """Objects of policy verbs made of two parts of four characters or more joined by 和/与/及,
    read whole beside their parts (`_objects`): 黄河流域生态保护和高质量发展,
    山水林田湖草沙一体化保护和系统治理 — not two of a kind with the same end, a list
    (单边主义和保护主义), nor one with a short part (维护世界和平与发展: 发展) unless the
    first is long, seven characters or more (山水林田湖草沙一体化保护和修复, 联合国宪章宗旨和
    原则: thirty-second round)."""
    out = []
    for obj in _verb_objects(clause):
        if len(obj) <= JOINED_OBJECT and _JOINER.search(obj) and IS_CHUNK.match(obj):
            parts = _split_joined(obj, bg)
            if len(parts) == 2 and parts[0][-2:] != parts[1][-2:] \
                    and (min(map(len, parts)) >= 4 or len(parts[0]) >= 7 and len(parts[1]) >= 2):
                out.append(obj)
    return out


# The verbs that end a clause of purpose (为建设更高水平的平安中国|贡献力量, 为…|注入新动能):
# what stands before them is the name, also where the split joins them to their object
# (贡献力量 is one word: thirty-first round).
_CLAUSE_ENDS = frozenset("贡献 注入 提供 作出 做出 奠定 打下 增添 带来".split())


def _modified_objects(clause: str, bg: Background) -> list[str]:
    """Objects of policy verbs of the shape modifier + 的 + name, with the items of the same
    shape joined to them by 、/和/与/及: 推动平等有序的世界多极化、普惠包容的经济全球化 → both;
    维护以联合国为核心的国际体系和以国际法为基础的国际秩序 → both. (`_objects` stops at 的:
    构建更加紧密的中国—中亚命运共同体 gives only the name.) The name ends at the first word of
    one function character (the background split decides: 导向 and 和平 are words) or at a
    word that leads a phrase of the sentence (作为, 通过: 把推进以人为核心的新型城镇化|作为…)."""
    out = []
    for m in LEAD_ONE.finditer(clause):
        if m.group(0) in LEAD_ADVERBS:
            continue
        at = m.end()
        while (mm := _MODIFIED.match(clause, at)) and not LEAD_ONE.match(clause, at):
            modifier = mm.group(1)
            if not modifier.startswith(("以", "面向")) and _FUNCTION.search(modifier[:-1]):
                break
            name, cut, headed = "", False, ""
            for word in words(mm.group(2), bg):
                if len(word) == 1 and _FUNCTION.match(word) or word in SENTENCE_LEADS \
                        or word[:2] in _CLAUSE_ENDS and name:
                    cut = True  # 以人为核心的新型城镇化|作为重要抓手, …平安中国|贡献力量
                    break
                name += word
                if head_word(name):
                    headed = name
            # the name must end somewhere: a function word, or the end of the run (not the
            # 12-character limit: 中国—中亚命运共同体注入新动能 is no name, unless it ends at
            # a head word: 更加紧密的中国—中亚命运共同体|擘画, thirty-third round)
            run_end = not _CJK_CHAR.match(clause, mm.end(2))
            if not (cut or run_end) and headed:
                name, cut = headed, True
            if len(name) < 2 or name != mm.group(2)[:len(name)] or not (cut or run_end):
                break
            out.append(modifier + name)
            at = mm.start(2) + len(name)
            if at >= len(clause) or clause[at] not in "、和与及":
                break
            at += 1
    return out


def _object_blocks(objects: list[str], bg: Background) -> list[str]:
    """The four-character compounds at either end of a longer object (two words of two
    characters each): 发挥|元首外交|战略引领作用, 促进|全球南方|团结协作, …全方位|务实合作.

    Official prose builds its objects from such blocks, the formulation first (a name that
    the rest of the object modifies or acts on) or last (the head that modifiers precede), so
    a once-seen formulation there is marked even where nothing else marks it.
    """
    out = []
    for obj in objects:
        for part in obj.split("同"):
            if len(part) <= 4:
                continue
            words = bg.split(part)
            if len(words) >= 3 and len(words[0]) == len(words[1]) == 2:
                out.append(part[:4])
            if len(words) >= 3 and len(words[-1]) == len(words[-2]) == 2:
                out.append(part[-4:])
    return out


def _headed(text: str, bg: Background | None = None) -> list[str]:
    """Names ending in a head word, cut on the left at a generic verb or function character.

    继续发挥阿富汗邻国协调机制作用 → 阿富汗邻国协调机制; 推动国际秩序和全球治理体系 → 全球治理体系.
    This finds formulations that occur once, where statistics have nothing to go on. A cut
    inside a word of general Chinese is no cut: 推进|会会议精神 (推进会 is a meeting) gives nothing.
    A joiner between two words of two characters right before the head joins two modifiers of
    one name, no list (中拉减贫与发展伙伴关系, 中巴高层协调与合作委员会, 中国—联合国和平与发展
    基金: thirty-second round; 国际秩序和|全球治理体系, 国际法和|国际关系 are lists).
    """
    out = []
    heads = [(m, False) for m in _HEAD.finditer(text)]
    if "—" in text:
        heads += [(m, True) for m in _DASH_HEAD.finditer(text)]
    for m, dash_head in heads:
        left = _CJK_TAIL.search(text[max(0, m.start() - 24):m.start()]).group(0)
        if left[:1] in DATE_UNITS and text[m.start() - len(left) - 1:][:1].isdigit():
            left = left[1:]  # a date's unit is no part of the name: 2024年|中非合作论坛北京峰会
        if dash_head and (_HEAD.match(text, m.end()) or _DASH_HEAD.match(text, m.end())):
            continue  # no end: 中国—中亚减贫合作|中心
        if DASH_NAME.search(left) is None:
            if dash_head:
                continue
            left = left[-14:]  # a name joined by a dash may be longer (中国—太平洋岛国…合作机制)
        start = _name_start(left, m.group(0), bg)
        if start is None:
            continue
        rest = left[start:]
        before = left[:start - 1] if start else ""
        if before and left[start - 1] in JOINERS and len(rest) == 2 and bg is not None \
                and len((bg.split(before) or [""])[-1]) == 2:  # two words of two: 减贫与发展
            dash = DASH_NAME.search(before)
            first = dash.start() if dash else _name_start(before, "", bg)
            if first is not None and 2 <= start - 1 - first <= (12 if dash else 6) \
                    and not head_word(before[first:]):
                rest = left[first:]
        if bg is not None:
            rest = rest[_sentence_end(rest, bg):]
        if edition := EDITION.match(rest):
            rest = rest[edition.end():]  # 第三次|中国—太平洋岛国外长会: the series is the name
        if bg is not None and (dash := DASH_NAME.search(rest)):
            scope = rest[:dash.start() + 2]  # X—Y starts at X's word (各方欢迎|中国—中亚…)
            rest = rest[len(scope) - len(bg.split(scope)[-1]):]
        if len(rest) >= 2 and (not dash_head or DASH_NAME.search(rest)):
            out.append(rest + m.group(0))
    return out


_CLAUSE_PREPOSITIONS = frozenset("经据自从由按向对")


def _sentence_end(rest: str, bg: Background) -> int:
    """Where the words of the sentence in front of a name end: after the last word of time
    or lead of a clause (愿继续借助|阿富汗邻国协调机制, 去年|中非合作论坛北京峰会), or a holder
    that opens it (中方|…; inside, 中俄两国总理… keeps its 两国), or a preposition that the
    split leaves alone where it opens the clause (经|中俄东线天然气管道). Thirty-third round."""
    end, pos = 0, 0
    for i, w in enumerate(lead_merged(bg.split(rest))):
        pos = rest.find(w, pos) + len(w)
        if (w in TIME_WORDS or w in SENTENCE_LEADS
                or i == 0 and (w in HOLDERS or w in _CLAUSE_PREPOSITIONS)) \
                and len(rest) - pos >= 2:
            end = pos
    return end


def _name_start(left: str, head: str, bg: Background | None) -> int | None:
    """Where in `left`, the Chinese before a head word `head`, the name starts: after the
    rightmost generic verb or function character that falls between two words (`_headed`);
    None where the cut falls inside a word, so no name can be told."""
    cut = _CUT.match(left)
    if cut and cut.end() == len(left) and left[-1] not in HEAD_CUT:
        # a verb right before the head is a piece of the name (数字人才|培养|计划), not a
        # cut, after a modifier (要进一步|完善|机制: none)
        verb = next((v for v in LEAD_VERBS if left.endswith(v)), "")
        if verb:
            cut = _CUT.match(left[:-len(verb)])
            before = left[cut.end() if cut else 0:-len(verb)]
            if len(before) < 2 or before.endswith(LEAD_ADVERBS):
                return None
    if left.endswith(ONE_CHINA) and head in ("原则", "政策"):
        return len(left) - len(ONE_CHINA)  # 一个 is a quantifier everywhere else: 恪守一个中国原则
    if not cut or bg is None:
        return cut.end() if cut else 0
    whole, dash = left + head, DASH_NAME.search(left) is not None
    if not dash and not _cuts_at(bg, whole, cut.end()):
        return None
    # a function character that ends a word is no cut (建立黄河流域横|向|…: 横向 is a word),
    # nor one that starts a word inside a name joined by a dash (主持中国—印尼高级别|对|话合作
    # 机制: thirty-second round; elsewhere such a cut gives nothing, as a verb's does); the
    # one before it may be. A verb that ends in such a character is a cut of its own
    # (为纽带参与|健康丝绸之路: thirty-third round).
    while cut and left[cut.end() - 1] in HEAD_CUT \
            and not left[:cut.end()].endswith(_CUT_WORDS) and not (
            _cuts_at(bg, whole, cut.end() - 1) and (not dash or _cuts_at(bg, whole, cut.end()))):
        cut = _CUT.match(left[:cut.end() - 1])
    if not cut or not _cuts_at(bg, whole, cut.end()):
        # no cut before it: 愿以|共建… (愿以 a word) gives nothing; a name joined by a dash
        # starts at X's word all the same (愿以|中国—中亚能源发展伙伴关系: thirty-third round)
        return 0 if dash else None
    return cut.end()


# A 、-series of parallel items that share a character at the same place in every item is one
# formulation (twenty-seventh round): 供得出、流得动、用得好 (得), 严的基调、严的措施、严的氛围
# (严的), 学纪、知纪、明纪、守纪 (纪), 世界之变、时代之变、历史之变 (之变), 共抓大保护、不搞大开发
# (大). Items of two to six characters, two to six of them (three at least of two characters:
# 中国、美国 is no series); a list that shares nothing (守望相助、共同发展、普遍安全、世代友好,
# 规则衔接、机制对接) is a list of items, each judged on its own (and shown as one row by
# `listed_series`: thirty-first round). Four-character items are the
# political compounds that stand alone (互信共治、减损共享、丰收共赢; 以文塑旅、以旅彰文: each
# a formulation): they make one series only where they share a particle (严的…, 世界之变) or
# two places with a free one between (一村一品、一乡一业: 一X一Y; twenty-eighth round).
SERIES_ITEMS = 6
SERIES_WIDTH = 6
_SERIES_PARTICLES = frozenset("的得之")


def _interleaved(places: list[int]) -> bool:
    """Shared places with a free one between (一X一Y), not a shared word (问题导向、结果导向,
    共同富裕、共同繁荣: two formulations with one head or one modifier). Three places of four
    shared make a pattern too (藏粮于地、藏粮于技: thirtieth round)."""
    return len(places) >= 2 and places[-1] - places[0] + 1 > len(places)


def patterned_series(clause: str, bg: Background) -> list[str]:
    """The items of the patterned 、-series in `clause` (a clause of `LIST_CLAUSE`), or [].
    The middle items set the width; the first item is the end of the text before the first
    、 and the last the start of the text after the last (党员干部|学纪, 不搞大开发|的要求);
    with two items the width whose items share the most places is taken, the widest of
    those (推进|一村一品、一乡一业|发展: two places at 4, one at 6), where the last item ends
    at a word of the background (not 以草定畜、草畜平|衡: thirty-second round)."""
    parts = clause.split("、")
    if not 2 <= len(parts) <= SERIES_ITEMS or not parts[0] or not parts[-1]:
        return []
    middle = parts[1:-1]
    widths = {len(p) for p in middle}
    if len(widths) > 1:
        return []
    tries = list(widths) or range(min(SERIES_WIDTH, len(parts[0]), len(parts[-1])), 1, -1)
    best: tuple[int, list[str]] = (0, [])
    for w in tries:
        if not 2 <= w <= SERIES_WIDTH or len(parts[0]) < w or len(parts[-1]) < w \
                or (w == 2 and len(parts) < 3) \
                or (not middle and len(parts[-1]) > w and not _cuts_at(bg, parts[-1], w)):
            continue
        items = [parts[0][-w:], *middle, parts[-1][:w]]
        same = [k for k in range(w) if len({x[k] for x in items}) == 1]
        if same == [0] and items[0][0] in _NEGATIONS:  # 不…、不…: the last may be longer
            items[-1] = _last_item(parts[-1], w)
        shared = {items[0][k] for k in same}
        # an item cut at a function character is cut too wide: 讲解|了反间谍法、数据安全法
        # share only their last character (twenty-eighth round)
        # (not where every item starts with it: 让文物说话、让历史发声 is the pattern)
        # (a word that ends in one is no cut: 不参与, 参与 a word: thirty-third round)
        if any(x[0] in BAD_START and 0 not in same
               or x[-1] in BAD_END and len(bg.split(x)[-1]) == 1 for x in items):
            continue
        if all(IS_CHUNK.match(x) for x in items) and len(set(items)) == len(items) and shared \
                and (w != 4 or shared & _SERIES_PARTICLES or _interleaved(same)
                     or len(same) >= 3) \
                and len(same) > best[0]:
            best = (len(same), items)
    return best[1]


# Negated verbs in a series take objects of any length (不结盟、不对抗、不针对第三方); nouns
# sharing a first character do not run on (良田、良种、良机、良法|配套).
_NEGATIONS = frozenset("不无非")


def _last_item(part: str, w: int) -> str:
    """The last item of a series whose items share only their first character, a negation
    (不结盟、不对抗、不针对第三方; “不听、不信、不转账”): its whole run of Chinese, which ends
    with the clause or at its quote mark, where that is at most `SERIES_WIDTH` characters,
    else its first `w` (thirty-first round)."""
    m = _CJK_RUN.match(part)
    rest = m.group(0).split("的")[0] if m else ""  # …、不执行|的立场 (thirty-third round)
    return rest if len(rest) <= SERIES_WIDTH else part[:w]


def _by_means(item: str) -> bool:
    """Is `item` a four-character compound of means, 以X定Y (以草定畜, 以文塑旅, 以工代赈)?
    Its 以 starts it as no function character does (thirty-second round)."""
    return len(item) == 4 and item[0] == "以" and item[1] not in "及便后前上下来"


def listed_series(clause: str, bg: Background) -> list[str]:
    """The items of a 、-list of political compounds that share nothing (守望相助、共同发展、
    普遍安全、世代友好; 无事不扰、有求必应; 让文物说话、让历史发声), or []: items of one width,
    three to six characters, that start and end where the background's words do (not
    世|界多极化). Two items have no middle one to set the width: four characters, the width of
    the political compound, and the second must end the clause or come before a function
    character (…|的, …|在): in 发挥互补优势、深化战略|对接 the width is a guess. Not a pattern,
    so no signal reads it: it only lets `show_series` show such a list as one row with its
    items nested (thirty-first round), which every gold convention counts (`mine_eval.row_keys`)."""
    parts = clause.split("、")
    if not 2 <= len(parts) <= SERIES_ITEMS:
        return []
    middle = parts[1:-1]
    widths = {len(p) for p in middle} or {4}
    w = widths.pop()
    if widths or not 3 <= w <= SERIES_WIDTH or len(parts[0]) < w or len(parts[-1]) < w \
            or (not middle and IS_CHUNK.match(parts[-1][w:w + 1])
                and parts[-1][w] not in BAD_START):
        return []
    items = [parts[0][-w:], *middle, parts[-1][:w]]
    if len(set(items)) < len(items) or any(
            not IS_CHUNK.match(x) or x[0] in BAD_START and not _by_means(x) or x[-1] in BAD_END
            for x in items):
        return []
    if len(parts[0]) > w and not _cuts_at(bg, parts[0], len(parts[0]) - w) \
            or len(parts[-1]) > w and not _cuts_at(bg, parts[-1], w):
        return []
    return items
