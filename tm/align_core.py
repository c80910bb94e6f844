"""The machinery under `tm.align`: evidence items per sentence, bead costs, the banded DP.

Each candidate bead gets a cost

    −log prior(type) + length(Gale–Church) − W_LEX × coverage

* length: the English/Chinese character ratio and its variance are estimated from the two texts
  themselves (document totals first, then re-estimated from the first pass's 1-1 beads);
* coverage: for every sentence in the bead, the share of its evidence items that find a
  counterpart on the other side — CC-CEDICT (`tm.base.dictionary`) plus the word links learned
  from the pair itself (`tm.align_learn`), Arabic numbers, Latin-script names, glossary terms, and
  question marks/colons/quotes when both texts use them. Coverage is a per-sentence share, so
  merging unrelated sentences gains little while dropping a sentence that has a counterpart loses
  its whole share.

The same scorer works on paragraphs (`paragraph_sides` merges the sentences' items), so the
paragraph pass and the sentence pass share one notion of evidence.

The dynamic programme runs inside a band: anchors (1-1 pairs sharing rare words, kept when they
form a monotone chain) fix a coarse path, the band follows it and is widened where the best path
touches its edge — so cost grows linearly with the text length.
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from tifa.glossary.entry import Glossary
from tifa.glossary.matcher import term_matcher
from tifa.tm.align_names import name_keys
from tifa.tm.base import dictionary
from tifa.tm.base.text import has_han
from tifa.tm.corpus.clean import CUE_TIME, dateline, photo_credit
from tifa.tm.numbers import MEASURES, extract_en, extract_zh, heading_number, same_amount

# Sentence bead types with prior probabilities. zh→en translation splits long Chinese sentences
# and merges short ones more often than the en–fr figures of Gale & Church; 1-4 / 4-1 are rare
# but real (one long Chinese sentence of parallel clauses written as four English sentences).
# 2-2 is kept only at a tiny prior: on the Bible set 133 of 143 predicted 2-2 beads were two 1-1
# beads glued together (a bigger bead links more words by construction). 2-3 / 3-2 cost 4 points
# of strict F1 on the Bible set and were dropped.
PRIORS = {
    (1, 1): 0.86, (1, 2): 0.05, (2, 1): 0.05, (1, 0): 0.01, (0, 1): 0.01,
    (1, 3): 0.01, (3, 1): 0.01, (1, 4): 0.002, (4, 1): 0.002, (2, 2): 0.0005,
}
# Paragraph bead types: paragraphs mostly correspond one to one; a paragraph left out or added
# is the event this pass exists for, so 1-0 / 0-1 are likelier than at sentence level.
PARA_PRIORS = {
    (1, 1): 0.9, (1, 0): 0.02, (0, 1): 0.02, (1, 2): 0.02, (2, 1): 0.02,
    (1, 3): 0.005, (3, 1): 0.005,
}
COARSE_TYPES = [(1, 1), (1, 2), (2, 1), (1, 0), (0, 1)]   # first pass: wide band, fewer types
W_LEX = 4.0          # weight of lexical coverage against the length/prior costs (in nats)
SPARE_COVER = 0.75        # `Scorer.spare`: a lone sentence linked this much without the …
APART_COVER = 0.6         # … or this much, for a unit in another paragraph (`Scorer._apart`)
SPARE_PENALTY = 1.0       # … hardly linked sentence costs it this (times W_LEX)
ANTECEDENT_OWN = 3        # `Scorer.antecedent`: words of its own of an added sentence, …
SUBJECT_WORDS = 3         # … and the Chinese words that may be the subject "It" stands for
REDUNDANT = True          # `Scorer.redundant`
UNLINKED_SHARE = 0.2      # a sentence with less of its items linked than this …
UNLINKED_PENALTY = 3.0    # … costs this much per missing share (times W_LEX)
# … in full from this many items on; a sentence with fewer says little about being unlinked, and
# its penalty shrinks in proportion (阿！ before "Ah, could this be…?", “好。”, 事就这样成了).
# Literary set strict F1 0.943 → 0.977; Bible and keynote unchanged.
FEW_ITEMS = 4
# A unit merged into a bead with figures of its own, none of them found across (三门峡市…涉及6个县
# …39848公顷…24.5亿元 glued to the previous sentence's English): a left-out sentence that shares
# the neighbour's names, not part of its translation. Costs this much per figure, up to four
# (times W_LEX).
FIGURES_PENALTY = 0.5
# A 1-1 bead's length cost is a normal tail up to TAIL_D deviations and grows linearly after:
# a sentence translated only in part (half of a split sentence dropped) is far off by length,
# and a quadratic cost made the aligner pair its neighbours wrongly rather than pay it. (Merged
# beads keep the normal tail: two sentences for one must fit by length, or a left-out sentence
# is glued to its neighbour.) On 89 drafts with one English sentence dropped (tests/data:
# other-hands, keynotes, news) neighbour lines moved in 5 with the normal tail, in none with
# this one.
ORDER_PENALTY = 1.0       # per inversion of merged sentences' links (times W_LEX)
ORDER_SLACK = 0.1
GLOSS_LINKS = 2           # `Scorer.glossed`: English words one Chinese word links, at most …
TAIL_D = 1.5
TAIL_SLOPE = 1.5
BAND = 10            # half-width of the band around the anchor path, in sentences
FULL_DP_CELLS = 40_000   # below this many cells the whole matrix is searched
ANCHOR_DF = 50       # a key is rare enough for an anchor if at most this many sentences have it

_LATIN = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
# An answer's label opening a sentence (答：, "A:"): a cue as a punctuation mark is (`pA`), so an
# English "A: No." run into the question's paragraph goes with 答：不能…, not with the question
# before it. (Not a question's: 问：我是海滨日报记者。, a self-introduction the English leaves
# out, took the "Q:" of the question after it.)
_QA_ZH = re.compile(r"\s*答[：:]")
_QA_EN = re.compile(r"\s*A(?:nswer)?\s*\d*\s*:")
# A photo caption's mark (图①： / 图为 / 上图：, "Photo:" / "Pictured:" / "Above:"): a key `pC`
# the two sides share, and an anchor of a one-sided caption and one across
# (`align_moves._paired_orphans`): a page that gathers its captions after the text against a
# translation that puts each under the paragraph it illustrates.
_CAPTION_ZH = re.compile(r"\s*(?:[上下左右]?图(?:[①-⑳]|\d{1,2}|[一二三四五六七八九十]{1,3})?[为：:]"
                         r"|图片[为：:])")
_CAPTION_EN = re.compile(r"\s*\(?(?:Photos?|Pictures?|Pictured|Images?|Above|Below|Top|Bottom)"
                         r"(?:\s*\d{1,2})?\s*:\s")
# A photographer's credit, a sentence of its own: 新华社记者 方明 摄 (`photo_credit`), a credit
# field 本版摄影：李文 / 供图：…, "(Xinhua/Fang Ming)" / "(Photo by Li Wen)".
_CREDIT_ZH = re.compile(r"(?:本版|本组)?(?:摄影|图片来源|供图)[：:][^。！？，]{1,24}")
_CREDIT_EN = re.compile(r"\((?:(?:Photos?|Pictures?|Images?)\b[^()]{0,40}|[A-Z][\w .'’-]{1,30}/"
                        r"[A-Z][\w .'’-]{1,30})\)\.?")
CAPTION, CREDIT = 1, 2
# A run-in head: a paragraph's first sentence of a few words ending in a full stop, more of the
# paragraph after it ("Positioning. The zone is to be…"), as a briefing heads its points where
# the Chinese gives each a heading on a line of its own (一、功能定位), a key `pH` both share:
# "Support." had no word linked to 保障措施 and was glued to the sentence after it (1-2), the
# heading left out. A reply opening an answer ("Yes. We will…") is no head. The key is dead
# (`tokenize`) where one side has none: an English that adds heads over a Chinese without
# headings is left as it was.
_RUN_IN = re.compile(r"[A-Z][A-Za-z'’-]*(?: [A-Za-z'’-]+){0,3}\.")
_REPLY = frozenset({"yes", "no", "thanks", "thank you", "okay", "ok", "well", "right", "sure",
                    "indeed", "good", "hello", "hi", "sorry", "exactly", "absolutely",
                    "correct", "of course", "not at all", "certainly", "true", "agreed"})
# a Chinese heading: a short line without a sentence's punctuation
_ZH_HEADING = re.compile(r"[^。！？!?；;：:…，,]{1,20}")


def run_in_heads(en: list[str], en_paras: list[int]) -> list[bool]:
    """Whether each English sentence is a run-in head (`_RUN_IN`) opening its paragraph."""
    last = len(en) - 1
    return [_RUN_IN.fullmatch(s.strip()) is not None and (k == 0 or en_paras[k - 1] != p)
            and k < last and en_paras[k + 1] == p and s.strip()[:-1].lower() not in _REPLY
            for k, (s, p) in enumerate(zip(en, en_paras, strict=True))]


def zh_heading(text: str) -> bool:
    """Whether a Chinese sentence is a heading (`_ZH_HEADING`), a line of its own."""
    return _ZH_HEADING.fullmatch(text.strip()) is not None


def caption_role(text: str, chinese: bool) -> int:
    """`CAPTION` when a sentence opens with a photo caption's mark (`_CAPTION_ZH`,
    `_CAPTION_EN`), `CREDIT` when it is a photographer's credit, else 0."""
    text = text.strip()
    if (_CAPTION_ZH if chinese else _CAPTION_EN).match(text):
        return CAPTION
    if chinese and photo_credit(text):
        return CREDIT
    return CREDIT if (_CREDIT_ZH if chinese else _CREDIT_EN).fullmatch(text) else 0
# Punctuation cues: a zh mark and what it becomes in English.
_PUNCT_ZH = {"？": "?", "?": "?", "：": ":", "！": "!", "“": '"', "”": '"', "「": '"', "」": '"'}
_PUNCT_EN = {"?": "?", ":": ":", "!": "!", '"': '"', "“": '"', "”": '"'}


# ---------------------------------------------------------------- evidence

@dataclass
class Tokens:
    """What each sentence offers as evidence, before any lexicon is applied."""

    zh_words: list[list[str]]    # Chinese dictionary words (with at least one Han character)
    zh_fixed: list[list[str]]    # keys needing no lexicon: quantities, Latin names, cues, terms
    en_words: list[list[str]]    # English content-word stems
    en_fixed: list[list[str]]    # quantities, punctuation cues, glossary term ids
    zh_len: list[int]
    en_len: list[int]
    # `brackets` of each sentence (ASIDE also for a chatbot's `remark`)
    zh_brackets: list[int] = field(default_factory=list)
    en_brackets: list[int] = field(default_factory=list)
    # `lead_in` of each sentence
    zh_lead: list[int] = field(default_factory=list)
    en_lead: list[int] = field(default_factory=list)
    # `anaphoric` of each English sentence; `speech_turns` of each sentence
    en_anaphor: list[bool] = field(default_factory=list)
    zh_turns: list[int] = field(default_factory=list)
    en_turns: list[int] = field(default_factory=list)
    # `furniture_marks` of each sentence, and whether the sentence is nothing else
    zh_marks: list[int] = field(default_factory=list)
    en_marks: list[int] = field(default_factory=list)
    zh_furniture: list[bool] = field(default_factory=list)
    en_furniture: list[bool] = field(default_factory=list)
    # `table_row` of each sentence
    zh_rows: list[bool] = field(default_factory=list)
    en_rows: list[bool] = field(default_factory=list)


@dataclass
class Side:
    """Per-unit (sentence or paragraph) features: length, key → item-position bitmask, items."""

    length: list[int] = field(default_factory=list)
    index: list[dict[str, int]] = field(default_factory=list)
    items: list[int] = field(default_factory=list)
    ordered: list[int] = field(default_factory=list)   # leading items in text order (words)
    brackets: list[int] = field(default_factory=list)  # `brackets` of each unit
    lead: list[int] = field(default_factory=list)      # `lead_in` of each unit (sentences)
    anaphor: list[bool] = field(default_factory=list)  # `anaphoric` of each English sentence
    turns: list[int] = field(default_factory=list)     # `speech_turns` of each sentence
    title: list[bool] = field(default_factory=list)    # no sentence end: a title, a heading
    number: list[int | None] = field(default_factory=list)  # `own_number` of each sentence
    marks: list[int] = field(default_factory=list)       # `furniture_marks` of each unit
    furniture: list[bool] = field(default_factory=list)  # `page_furniture`: the unit all of it
    row: list[bool] = field(default_factory=list)        # `table_row` of each sentence
    cells: list[int] = field(default_factory=list)       # a table row's cells (0: no row)
    clauses: list[int] = field(default_factory=list)     # clauses between ； (`align`)
    caption: list[int] = field(default_factory=list)     # `caption_role` of each sentence
    tabled: bool = False     # the text keeps tables (its splitter may drop an English row's tabs)

    def inv(self, k: int) -> float:
        return 1.0 / self.items[k] if self.items[k] else 0.0


_OPEN, _CLOSE = "([（【〔", ")]）】〕"
_BRACKET = re.compile(r"[()\[\]（）【】〔〕]")


def brackets(text: str) -> int:
    """ASIDE when the whole text stands in brackets (a translator's note, "(Applause)"), 1 when
    it holds a bracket, else 0: a note the translator adds in brackets repeats the words it
    explains, so only its brackets say it is no part of the sentence before it."""
    t = text.strip().rstrip(".。")
    if t and t[0] in _OPEN and t[-1] in _CLOSE and _OPEN.index(t[0]) == _CLOSE.index(t[-1]):
        depth = 0
        for k, ch in enumerate(t):
            depth += (ch in _OPEN) - (ch in _CLOSE)
            if depth == 0 and k < len(t) - 1:
                break                    # "(1) Both sides…": the bracket closes early
        else:
            return ASIDE
    return int(bool(_BRACKET.search(text)))


ASIDE = 2
ADDED = 3   # an aside whatever the other text holds: a chatbot's remark, a release's boilerplate

# What a chatbot says to its user before or after a translation ("Here is the English
# translation:", "I hope this helps!", "Let me know if you would like…"): no part of any
# sentence's translation, however well its length would fit the sentence it follows or
# precedes. Only among the first two and the last three sentences, and never in quotation
# marks ("Let me know when you land," she said).
_REMARK = re.compile(
    r"[\s*#>_-]*(?:(?:here\s+is|here's|below\s+is|the\s+following\s+is)\b.*\btranslat"
    r"|(?:sure|certainly|of\s+course)\s*[!,.]\s*(?:here|below)\b"
    r"|(?:english\s+)?translation\s*:?[\s*_]*$"
    r"|i\s+hope\s+(?:this|that|it)\s+(?:helps|is\s+(?:helpful|useful))"
    r"|(?:please\s+)?let\s+me\s+know\b|feel\s+free\s+to\b|would\s+you\s+like\s+me\s+to\b"
    r"|if\s+you(?:'d|\s+would)\s+like\b.*\bi\s+can\b)", re.I)


def remark(text: str) -> bool:
    """Whether an English sentence is a chatbot's remark to its user, not translation."""
    return _REMARK.match(text) is not None


# A note the translator signs as such ("(Translator's note: …)", "[TN: …]", （译者注：…）): no
# source sentence has it, whatever brackets the source uses of its own (a byline （本报评论员
# …）, 省（区、市）), so it is an addition like a chatbot's remark, not an aside that a
# bracketed source sentence might translate.
_TRANSLATOR_NOTE = re.compile(
    r"[\s*_]*[(\[（【]?\s*(?:(?i:translator['’]?s?\s+note|note\s+(?:by|from)\s+the\s+"
    r"translator|trans\.\s*note)|TN|译者?注)\s*[:：.]"
    # …or a bracketed sentence signed at its end ("[Chaoshan is … – Tr.]", "(… —Trans.)",
    # （……——译者）)
    r"|\s*[(\[（【].*(?:[—–-]\s*(?:Tr|Trans|Transl)\.?|——\s*译者注?)\s*[)\]）】]\s*$")


def translator_note(text: str) -> bool:
    """Whether a sentence is a note the translator signs as such."""
    return _TRANSLATOR_NOTE.match(text) is not None


# The heading of a block of notes ("Notes", "Endnotes", 注释：): a translator who adds endnotes
# the source lacks adds their heading too, a word that links nothing and was glued to the last
# sentence of the text ("Looking ahead, … broad prospects. Notes", a wrong unit at 0.99).
_NOTES_HEADING = re.compile(r"\s*(?:(?i:(?:translator['’]?s\s+|end|foot)?notes|references)"
                            r"|注释?|注解|尾注|脚注|参考文献)\s*[:：]?\s*")


def notes_heading(text: str) -> bool:
    """Whether a sentence is only the heading of a block of notes."""
    return _NOTES_HEADING.fullmatch(text) is not None


# A WebVTT file's comment block ("NOTE Sound of running water."): the captioner's, no cue and
# no translation, one side's only; glued to the next cue's time line it made a wrong bead (1-2
# at 0.92). Only in a subtitle file (a cue time line in the same text).
_CUE_NOTE = re.compile(r"NOTE(?:\s|$)")


def cue_notes(sentences: list[str]) -> list[bool]:
    """Which sentences are a WebVTT comment (`NOTE …`) of a text with subtitle cues."""
    cues = any(CUE_TIME.match(s) for s in sentences)
    return [cues and _CUE_NOTE.match(s) is not None for s in sentences]


def lone_cues(sentences: list[str], other: list[str]) -> list[bool]:
    """Which sentences are a subtitle cue's number or time line (`_time_line`) where the `other`
    text has no cue at all: a transcript made from subtitles, in prose, keeps none of them,
    and they translate nothing."""
    if any(CUE_TIME.match(s) for s in other):
        return [False] * len(sentences)
    return [_time_line(s) or (s.isdigit() and k + 1 < len(sentences)
                              and _time_line(sentences[k + 1]))
            for k, s in enumerate(sentences)]


# A WebVTT cue's settings after its times ("align:start position:10%").
_CUE_SETTINGS = re.compile(r"(?:\s+[\w-]+:\S+)*\s*")


def _time_line(text: str) -> bool:
    """Whether a sentence is a cue's time line and nothing else (not a time line glued to the
    cue's text, as a reader that joins a cue's lines gives it)."""
    m = CUE_TIME.match(text)
    return m is not None and _CUE_SETTINGS.fullmatch(text, m.end()) is not None


# An agency's dateline opening an English sentence ("KUNMING, Nov. 30 (Xinhua) -- …"). Where the
# Chinese has a dateline of its own (新华社昆明11月30日电) it translates it; where the Chinese has
# none, the agency rewrote the story, and a paragraph of that one sentence is its own summary
# lede, naming the event, its place and figures better than the translated first sentence after
# it does (the Chinese sentence paired with the lede, a wrong unit, and the translation went
# one-sided). Where the Chinese is dated (新华社北京12月2日电, which cleaning takes out of its
# sentences: `zh_dated`), the English dateline translates it.
_EN_DATELINE = re.compile(r"[A-Z][A-Z.'’ -]+, [A-Z][a-z]{2,4}\.? \d{1,2}(?: \([A-Za-z ]+\))?"
                          r" ?(?:--|—|–) ")


def agency_lede(text: str) -> bool:
    """Whether an English sentence opens with an agency's dateline."""
    return _EN_DATELINE.match(text) is not None


# A letter's closing formula: 此致 / 敬礼！ (顺颂 / 商祺), "Yours sincerely," — each language's
# convention, printed where the other language prints its own, translating nothing: glued to
# the signature under it, it made a wrong unit (此致 / 敬礼！ / 部长 ↔ "Yours sincerely,
# Minister…").
# A notice's closing formula is the same: 特此公告。 / 特此通告。, "It is hereby announced.",
# "Notice is hereby given." — one hand writes it, another leaves it out (a food-safety notice
# in Canadian government English ends on the issuer).
_FORMULA = re.compile(r"\s*(?:此致|敬礼|顺颂|商祺|顺祝|敬祝|即颂|时祺"
                      r"|特此(?:公告|通告|通知|通报|函告|声明)[。！]?"
                      r"|(?i:(?:very\s+)?(?:yours\s+)?"
                      r"(?:sincerely|faithfully|truly|respectfully|cordially)(?:\s+yours)?"
                      r"|(?:with\s+)?(?:(?:best|kind|warm)(?:est)?\s+)?regards"
                      r"|(?:(?:it|this)\s+is\s+|notice\s+is\s+|(?:this|the)\s+(?:announcement|"
                      r"notice|circular|notification)\s+is\s+)?hereby\s+(?:announced|notified|"
                      r"given|made|issued|published)\s*\.?))\s*[，,！!]?\s*")


def formula(text: str) -> bool:
    """Whether a sentence is only a letter's closing formula."""
    return _FORMULA.fullmatch(text) is not None


# A speaker's filler alone on a subtitle line or in a transcript's sentence (嗯 / 呃…… / 啊，;
# "Um." / "Er…"), which the other side's subtitler or editor leaves out: it translates nothing,
# so it is no part of the line after it (嗯 glued to 一芽一叶 "One bud, one leaf.", 2-1 at 0.96).
_FILLER = re.compile(r"\W*(?:[嗯呃啊哦噢唔额]{1,3}|(?:u+m+|u+h+|e+r+m*|h+m+|m+h*m+)\b)"
                     r"[\W]*", re.I)


def filler(text: str) -> bool:
    """Whether a sentence is a speaker's filler alone (`_FILLER`)."""
    return _FILLER.fullmatch(text.strip()) is not None


# A Chinese letter's greeting on a line or in a sentence of its own after the salutation
# (尊敬的…： / 您好！), which an English letter does not write: "Dear Mr Baker," and then the
# matter. Where the English greets anyone at all (大家好！ as "Good afternoon!", 你们好！ as
# "Greetings to you all!") the greeting is translated and weighed as any sentence.
_GREETING_ZH = re.compile(r"\s*(?:您|你|你们|大家|各位|诸位)(?:[早晚]上|上午|下午)?好"
                          r"[！!。，,]?\s*")
_GREETING_EN = re.compile(r"\W*(?:Hello|Hi|Hey|Greetings|Good (?:morning|afternoon|evening|day)"
                          r"|How are you|Welcome)\b", re.I)


# (after its addressees too, as a presenter or a host opens: 观众朋友们，晚上好！, 各位来宾，
# 大家好！; genres17)
_BARE_GREETING_ZH = re.compile(r"\s*(?:[\u4e00-\u9fff]{1,8}[，,]\s*)?"
                               r"(?:(?:您|你|你们|大家|各位|诸位)(?:[早晚]上|上午|下午)?"
                               r"|[早晚]上|上午|下午)好[！!。，,]?\s*")


def greeting_merged(zh: str, en: str) -> bool:
    """Whether `zh` is a greeting alone (晚上好！) and `en` opens with an English one ("Good
    evening, and welcome to beautiful Xi'an."): the greeting said in its neighbour's sentence."""
    return _BARE_GREETING_ZH.fullmatch(zh) is not None and _GREETING_EN.match(en) is not None


def unsaid_greetings(zh: list[str], en: list[str]) -> list[bool]:
    """Which Chinese sentences are a greeting the English, greeting nobody, leaves unsaid."""
    if any(_GREETING_EN.match(s) for s in en):
        return [False] * len(zh)
    return [_GREETING_ZH.fullmatch(s) is not None for s in zh]


# What a press release in English adds at its end: the company's boilerplate under a heading
# "About <Name>", a media contact block, the end mark "###" / "-ends-". The Chinese release
# seldom has them, and when it does (关于<名称> / 媒体联系), they are translated.
_BOILER_EN = re.compile(r"(?:About\s+(?:the\s+)?[A-Z][\w&.'-]*(?:\s+[\w&.'()-]+){0,6}"
                        r"|(?i:(?:media|press)\s+(?:contacts?|enquiries|inquiries)\s*:?)"
                        r"|#{3}|(?i:(?<!-)-+\s*ends?\s*-+))\s*$")
_BOILER_ZH = re.compile(r"^\s*(?:关于[^。！？，]{1,20}$|(?:媒体|新闻)?联系(?:人|方式|电话)?[：:])")


def boilerplate(zh: list[str], en: list[str]) -> int:
    """Where a press release's added closing block starts in the English (an index in its
    second half), or len(en) when there is none or the Chinese has one of its own."""
    if any(_BOILER_ZH.match(s) for s in zh[len(zh) // 2:]):
        return len(en)
    for k in range(len(en) // 2, len(en)):
        if _BOILER_EN.match(en[k]) and len(en[k]) <= 60:
            return k
    return len(en)


# A photo caption on a printed page (图为论坛开幕式现场。 above the photographer's credit): the
# translation of a page's text seldom carries it, and its words (论坛) are those of the report
# around it, so it glued itself to the next sentence. An aside: no items, glued only at a cost,
# paired alone by its length where the English does translate it.
_COLON = re.compile(r"[:：]")
LEAD_IN, COLON = 2, 1


def lead_in(text: str) -> int:
    """`LEAD_IN` when the sentence ends in a colon (the lead-in of a list whose items follow
    as sentences of their own: "In 2027 the main tasks are to:"), `COLON` when it holds one
    inside (a list run on in one sentence: 主要任务是：一是……；二是……), else 0."""
    found = [m.end() for m in _COLON.finditer(text)]
    if not found:
        return 0
    return LEAD_IN if not text[found[-1]:].strip() else COLON


_ANAPHOR = re.compile(r"\W*(?:It|Its|This|These|They|Their)\b")


def anaphoric(text: str) -> bool:
    """Whether an English sentence opens with a pronoun (or "This …") that stands for a thing
    or a place the sentence before it named: "It has been known for its paper for 1,200
    years." says 青岚镇 only through the sentence before. (Not "He" or "She": a story's
    narration goes on so after a sentence the translation cut in two.)"""
    return bool(_ANAPHOR.match(text))


_QUOTED = re.compile(r"“[^“”]*”")
_OPENS_QUOTE = re.compile(r"\s*[\"“‘']")


def quotations(text: str) -> int:
    """How many quoted stretches a Chinese sentence holds, those it opens (“) and one it
    closes that opened in the sentence before (OmegaT cuts inside a quotation after ！ or ？:
    ……窃书！ / ……读书人的事，能算偷么？”接连便是…)."""
    first_open = text.find("“")
    first_close = text.find("”")
    return text.count("“") + (first_close >= 0 and (first_open < 0 or first_close < first_open))


def speech_turns(text: str) -> int:
    """How many English sentences a Chinese sentence of two or more quoted speech turns may
    become: its quotes, and one more for narration outside them (0 for any other Chinese
    sentence); an English sentence that opens a quotation is one turn (1), any other none.
    OmegaT's rules do not cut after 。” before the next turn (“要我去叫人吗？”“不用。”“您忙得过来
    吗？”), so a run of turns is one sentence that the English gives a paragraph a turn."""
    if not has_han(text):
        return int(bool(_OPENS_QUOTE.match(text)))
    quotes = _QUOTED.findall(text)
    if len(quotes) < 2:
        return 0
    return len(quotes) + has_han(_QUOTED.sub("", text))


_CAPTION = re.compile(r"^\s*(?:[上下左右]?图[为：:]|图片[为：:])[^。！？]{2,40}[。！？]?\s*$")


def caption(text: str) -> bool:
    """Whether a Chinese sentence is a photo caption (图为…, 上图：…)."""
    return _CAPTION.match(text) is not None


# What a page prints around a text and a translation seldom carries, a sentence of its own:
# a speech transcript's stage direction （掌声） / "(Applause)" (the English of a speech drops
# some, keeps others, so the other text's brackets say nothing of this one: a dropped （掌声）
# was glued into the next bead at 0.96); a news page's editor line 【责任编辑：刘佳】 (paired at
# 0.99 with a source line the English moved to the end); a release's end mark "###" /
# "-ends-" (the Chinese cleaner drops its own, so the English one was glued to the contacts
# block at 0.98). A bead whose side holds more of them than the other side, one a sentence of
# its own (`Scorer.furnished`), is no bead: the sentence stands alone; it still pairs with its
# like by its words (掌声 ↔ "applause"), a 1-1 that links nothing else costs as an `ADDED`.
_STAGE = re.compile(r"[（(【\[]\s*(?:(?:热烈|长时间|全场)?(?:的)?(?:掌声|鼓掌|笑声|欢呼|欢笑)"
                    r"(?:[、，,]\s*(?:掌声|鼓掌|笑声|欢呼|欢笑))*"
                    r"|(?i:(?:loud\s+|prolonged\s+|sustained\s+)?(?:applause|laughter|cheers?"
                    r"|cheering)(?:\s+and\s+(?:applause|laughter|cheers?))?))"
                    r"\s*[.。]?\s*[）)】\]][.。]?")
# (the spaces before a label without its bracket are taken from where they start, and a run
# of dashes from its first: tried at each of them, a line of 12,000 spaces, tabs or dashes cost
# a second of CPU, 100,000 over a minute)
_EDITOR = re.compile(r"(?:[【〔\[（(]|(?<!\s))\s*"
                     r"(?:责任编辑|责编|编辑|校对|审核|监制|值班编辑)\s*[：:]"
                     r"\s*[^。！？：:\n]{1,12}?\s*[】〕\]）)]")
_EDITOR_LINE = re.compile(r"\s*(?:(?:责任编辑|责编|编辑|校对|审核|监制|值班编辑)\s*[：:]\s*"
                          r"[^。！？：:，,；;\s]{1,12}\s*)+")
_END_MARK = re.compile(r"#{3}|(?i:(?<!-)-+\s*ends?\s*-+)|-30-|（完）|\(完\)|〔完〕|【完】")
_FURNITURE = (_STAGE, _EDITOR, _END_MARK)


def furniture_marks(text: str) -> int:
    """How many stage directions, editor lines and end marks a sentence holds ("(Laughter)
    Last year…" one)."""
    return sum(len(r.findall(text)) for r in _FURNITURE) + bool(_EDITOR_LINE.fullmatch(text))


def page_furniture(text: str) -> bool:
    """Whether a sentence is only a stage direction (（掌声）, "(Laughter)"), an editor line
    (【责任编辑：刘佳】) or an end mark ("###", "-ends-", （完）): nothing else once they are
    out."""
    if _EDITOR_LINE.fullmatch(text):
        return True
    rest = text
    for r in _FURNITURE:
        rest = r.sub("", rest)
    return rest != text and not rest.strip(" \u3000.。")


# A table's header row (产品 | 产量（万吨） | 比上年增长（%）, cells between tabs, no figure) over
# a row of figures: a translation that gives the table as prose has no header, and the row, no
# part of the first rows' translation, was glued to them (3-1 at 0.93). Furniture, as a stage
# direction is: it pairs with a header row of the other text.
_CELL_BREAK = re.compile(r"\t")


def table_row(text: str) -> bool:
    """Whether a sentence is a table's row: cells between tabs."""
    return bool(_CELL_BREAK.search(text.strip()))


def _table_headers(sentences: list[str]) -> list[bool]:
    rows = [len(_CELL_BREAK.findall(s)) >= 2 for s in sentences]
    return [rows[k] and k + 1 < len(sentences) and rows[k + 1]
            and not any(ch.isdigit() for ch in sentences[k])
            and any(ch.isdigit() for ch in sentences[k + 1]) for k in range(len(sentences))]


def _symbols(text: str) -> bool:
    """Whether a sentence is symbols alone, no letter, figure or character (a post's line of
    emoji 👏👏👏, a scene break * * *): furniture, as a stage direction is, when the other text
    has no such line."""
    return bool(text.strip()) and not any(ch.isalnum() for ch in text)


def _furnished(sentences: list[str]) -> tuple[list[int], list[bool]]:
    """`furniture_marks` and `page_furniture` of each sentence, a table's header row
    (`_table_headers`) and a line of symbols (`_symbols`) counted as both."""
    marked = [head or _symbols(s) for s, head in zip(sentences, _table_headers(sentences),
                                                     strict=True)]
    return ([furniture_marks(s) + mark for s, mark in zip(sentences, marked, strict=True)],
            [page_furniture(s) or mark for s, mark in zip(sentences, marked, strict=True)])


def zh_len(text: str) -> int:
    return len("".join(text.split()))


def en_len(text: str) -> int:
    return len(text.replace(" ", ""))


def _qkey(q) -> str:
    """Quantities compare by value whatever their kind (三十年 is a duration, "thirty" a number)."""
    return f"q:{q.value}"


def _zh_tokens(text: str, lex: dict[str, frozenset[str]], names: re.Pattern | None = None,
               found: list | None = None) -> tuple[list[str], list[str]]:
    """Dictionary words and fixed keys of a Chinese sentence; `names` (learned from the pair)
    are words of their own, not cut into characters with unrelated glosses. Its quantities are
    added to `found` if given."""
    text = unicodedata.normalize("NFKC", text)
    quantities = [q for q in extract_zh(text) if q.kind != "relative"]  # 今年: a word
    if found is not None:
        found.extend(quantities)
    fixed = list(map(_qkey, quantities))
    fixed.extend(_heading_key(text, True))
    if _QA_ZH.match(text):
        fixed.append("pA")
    if _CAPTION_ZH.match(text):
        fixed.append("pC")
    words: list[str] = []
    pos = 0
    chunks = []
    for m in _LATIN.finditer(text):
        chunks.append(text[pos:m.start()])
        fixed.extend(dictionary.en_keys(m.group()))
        pos = m.end()
    chunks.append(text[pos:])
    if names is not None:
        pieces = []
        for chunk in chunks:
            at = 0
            for m in names.finditer(chunk):
                pieces += [chunk[at:m.start()], m.group()]
                at = m.end()
            pieces.append(chunk[at:])
        chunks = pieces
    for chunk in chunks:
        if names is not None and names.fullmatch(chunk):
            words.append(chunk)
            continue
        for word in dictionary.segment(chunk, lex):
            if word in _PUNCT_ZH:
                fixed.append("p" + _PUNCT_ZH[word])
            elif has_han(word):
                words.append(word)
    return words, fixed


# A hashtag written in CamelCase (#HappyChineseNewYear, #SafeTravels): its words, so that it
# links as the words of the Chinese topic tag (#欢乐春节#) do.
_HASHTAG = re.compile(r"(?<![\w&])#([A-Za-z][A-Za-z0-9]*)")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def _en_tokens(text: str, found: list | None = None) -> tuple[list[str], list[str]]:
    if "#" in text:
        text = _HASHTAG.sub(lambda m: _CAMEL.sub(" ", m[1]), text)
    words = [k for k in dictionary.en_keys(text) if not k[0].isdigit()]   # numbers: by value
    quantities = [q for q in extract_en(text) if q.kind != "relative"]
    if found is not None:
        found.extend(quantities)
    fixed = list(map(_qkey, quantities))
    fixed.extend(_heading_key(text, False))
    if _QA_EN.match(text):
        fixed.append("pA")
    if _CAPTION_EN.match(text):
        fixed.append("pC")
    fixed.extend("p" + _PUNCT_EN[ch] for ch in text if ch in _PUNCT_EN)
    return words, fixed


def _same_amounts(en_fixed: list[list[str]], zq: list[list], eq: list[list]) -> None:
    """An English figure in another unit of a Chinese figure's measure takes the Chinese
    figure's key where lint reads them as one amount (`numbers.same_amount`, a conversion
    exact or rounded at the English figure's last digit): 26613千公顷 "26.61 Mha", 5626.2公斤/
    公顷 "5.63 t/ha". Keys compare values, so these were figures of their own on each side,
    evidence against the right bead (a sentence of them left out beside its two-sentence
    bead). Only amounts of a measure with no equal value across; the first that fits (a
    figure given in two units, 26613千公顷（39920万亩）, fits either). (Not a count or a sum
    rounded, 42816.5亿元 "RMB4.28trn": a bank note's rounded lead then took the bullets after
    it into one doubtful unit, lint's figures unchecked.)"""
    ekeys = {_qkey(q) for qs in eq for q in qs}
    loose = {}
    for qs in zq:
        for q in qs:
            if q.kind in _AMOUNT and q.unit in MEASURES and (key := _qkey(q)) not in ekeys:
                loose.setdefault(key, q)
    if not loose:
        return
    for fixed, qs in zip(en_fixed, eq, strict=True):
        for q in qs:
            key = _qkey(q)
            if q.kind not in _AMOUNT or q.unit not in MEASURES or key not in fixed:
                continue
            fit = next((k for k, z in loose.items() if same_amount(z, q)), None)
            if fit is not None:
                fixed[fixed.index(key)] = fit


_AMOUNT = ("number", "money")


def _heading_key(text: str, chinese: bool) -> list[str]:
    """A heading's or an article's own number (三、 / "III.", （一） / "1."), a key both sides
    share: a heading shortened in English ("III. The way forward") is still paired with its
    Chinese, not glued to the paragraph after it."""
    n = heading_number(text, chinese)
    return [f"h:{n}"] if n else []


_CIRCLED = re.compile(r"\s*([\u2460-\u2473])")


def own_number(text: str, chinese: bool) -> int | None:
    """The number a heading, a list item or a note opens with (`heading_number`; in Chinese a
    circled ①…⑳ too: a note's own mark under its paragraph or in a block of notes)."""
    n = heading_number(text, chinese)
    if n is None and chinese and (m := _CIRCLED.match(text)):
        n = ord(m[1]) - 0x2460 + 1
    return n


def _glossary_links(glossary: Glossary, zh: list[str], en: list[str]
                    ) -> tuple[list[list[str]], list[list[str]]]:
    """Glossary entry ids found in each zh sentence, and those rendered in each en sentence."""
    matcher = term_matcher(glossary)
    zl: list[list[str]] = []
    used = {}
    for s in zh:
        hits = matcher.find_zh(s)
        zl.append(sorted({"g:" + h.entry.id for h in hits}))
        used.update((h.entry.id, h.entry) for h in hits)
    el = [sorted({"g:" + eid for eid, entry in used.items() if matcher.find_en(s, entry)})
          for s in en]
    return zl, el


def tokenize(zh: list[str], en: list[str], glossary: Glossary | None = None,
             en_paras: list[int] | None = None, zh_dated: bool = False) -> Tokens:
    """Each sentence's evidence; `en_paras` (the English paragraph of each sentence) tells an
    agency's lede (`agency_lede`), a paragraph of its own, from a dated first paragraph, unless
    the Chinese is dated (`zh_dated`: its dateline was cleaned out of the sentences)."""
    lex = dictionary.lexicon()
    zq: list[list] = [[] for _ in zh]
    eq: list[list] = [[] for _ in en]
    zt = [_zh_tokens(s, lex, None, found) for s, found in zip(zh, zq, strict=True)]
    et = [_en_tokens(s, found) for s, found in zip(en, eq, strict=True)]
    # A sentence in brackets is an aside of the translator's only where the other text uses no
    # bracket at all (the Chinese Bible's asides （那时正是葡萄初熟的时候。） are translated, some
    # in brackets, some not).
    zb, eb = [brackets(s) for s in zh], [brackets(s) for s in en]
    zb, eb = [min(b, 1) for b in zb] if any(eb) else zb, [min(b, 1) for b in eb] if any(zb) else eb
    zb = [ADDED if translator_note(s) or formula(s) or note or hello or filler(s)
          else ASIDE if caption(s)
          else b
          for s, b, note, hello in zip(zh, zb, cue_notes(zh), unsaid_greetings(zh, en),
                                       strict=True)]
    tail = boilerplate(zh, en)
    # a notes heading is an addition where the other text has none
    zn, en_notes = any(map(notes_heading, zh)), any(map(notes_heading, en))
    # an English dateline opening a paragraph of one sentence is the agency's lede where the
    # Chinese has no dateline
    lede = set()
    if en_paras is not None and not zh_dated and not any(map(dateline, zh)):
        sizes = Counter(en_paras)
        lede = {k for k, s in enumerate(en) if sizes[en_paras[k]] == 1 and agency_lede(s)}
    eb = [ADDED if ((k < 2 or k >= len(en) - 3) and remark(s)) or k >= tail
          or translator_note(s) or formula(s) or filler(s) or (not zn and notes_heading(s))
          or k in lede or note else b
          for k, (s, b, note) in enumerate(zip(en, eb, cue_notes(en), strict=True))]
    zb = [ADDED if not en_notes and notes_heading(s) else b for s, b in zip(zh, zb, strict=True)]
    (zh_marks, zh_furniture), (en_marks, en_furniture) = _furnished(zh), _furnished(en)
    tok = Tokens([w for w, _ in zt], [f for _, f in zt], [w for w, _ in et], [f for _, f in et],
                 [zh_len(s) for s in zh], [en_len(s) for s in en], zb, eb,
                 [lead_in(s) for s in zh], [lead_in(s) for s in en],
                 [anaphoric(s) for s in en], [speech_turns(s) for s in zh],
                 [speech_turns(s) for s in en], zh_marks, en_marks, zh_furniture, en_furniture,
                 list(map(table_row, zh)), list(map(table_row, en)))
    _same_amounts(tok.en_fixed, zq, eq)
    if en_paras is not None:     # run-in heads and headings (the key dies if one side lacks it)
        for fixed, head in zip(tok.en_fixed, run_in_heads(en, en_paras), strict=True):
            if head:
                fixed.append("pH")
        for k, fixed in enumerate(tok.zh_fixed):
            if k and zh_heading(zh[k]):
                fixed.append("pH")
    known = {k for words, _ in zt for w in words for k in lex.get(w, ())}
    zn, en_ = name_keys(zh, en, known)
    for fixed, names in zip(tok.zh_fixed, zn, strict=True):
        fixed.extend(names)
    for fixed, names in zip(tok.en_fixed, en_, strict=True):
        fixed.extend(names)
    if glossary is not None:
        zl, el = _glossary_links(glossary, zh, en)
        for fixed, ids in zip(tok.zh_fixed, zl, strict=True):
            fixed.extend(ids)
        for fixed, ids in zip(tok.en_fixed, el, strict=True):
            fixed.extend(ids)
    # A punctuation cue counts only if both texts use that mark at all (the King James Bible,
    # for one, has no quotation marks).
    zp = {k for f in tok.zh_fixed for k in f if k[0] == "p" and len(k) == 2}
    ep = {k for f in tok.en_fixed for k in f if k[0] == "p" and len(k) == 2}
    dead = zp ^ ep
    if dead:
        tok.zh_fixed = [[k for k in f if k not in dead] for f in tok.zh_fixed]
        tok.en_fixed = [[k for k in f if k not in dead] for f in tok.en_fixed]
    return tok


def with_names(tok: Tokens, zh: list[str], names: Iterable[str]) -> Tokens:
    """`tok` with the Chinese words of the sentences holding one of `names` (learned from the
    pair, `align_names.learn_names`) cut again around them, the longest first."""
    names = sorted(names, key=len, reverse=True)
    if not names:
        return tok
    pattern = re.compile("|".join(map(re.escape, names)))
    lex = dictionary.lexicon()
    words = list(tok.zh_words)
    for i, s in enumerate(zh):
        if pattern.search(s):
            words[i] = _zh_tokens(s, lex, pattern)[0]
    return replace(tok, zh_words=words)


def sentence_sides(tok: Tokens, learned: dict[str, frozenset[str]] | None = None
                   ) -> tuple[Side, Side]:
    """Item indexes of both texts; a Chinese word's keys are its CC-CEDICT glosses plus the
    English keys learned for it from this pair. An aside of the translator's (`brackets`) has
    no items: the words of a note repeat those it explains ("Belt and Road"), and would pair it
    with their sentence."""
    lex = dictionary.lexicon()
    learned = learned or {}
    keymap: dict[str, frozenset[str]] = {}
    zs, es = Side(), Side()
    zs.brackets = tok.zh_brackets or [0] * len(tok.zh_len)
    es.brackets = tok.en_brackets or [0] * len(tok.en_len)
    zs.marks = tok.zh_marks or [0] * len(tok.zh_len)
    es.marks = tok.en_marks or [0] * len(tok.en_len)
    zs.furniture = tok.zh_furniture or [False] * len(tok.zh_len)
    es.furniture = tok.en_furniture or [False] * len(tok.en_len)
    zs.row, es.row = tok.zh_rows, tok.en_rows
    zs.lead = tok.zh_lead or [0] * len(tok.zh_len)
    es.lead = tok.en_lead or [0] * len(tok.en_len)
    es.anaphor = tok.en_anaphor or [False] * len(tok.en_len)
    zs.turns = tok.zh_turns or [0] * len(tok.zh_len)
    es.turns = tok.en_turns or [0] * len(tok.en_len)
    for words, fixed, length, aside in zip(tok.zh_words, tok.zh_fixed, tok.zh_len, zs.brackets,
                                           strict=True):
        items: list[Iterable[str]] = []
        for w in words if aside < ASIDE else ():
            keys = keymap.get(w)
            if keys is None:
                keys = keymap[w] = lex.get(w, frozenset()) | learned.get(w, frozenset())
            if keys:
                items.append(keys)
        zs.ordered.append(len(items))
        if aside < ASIDE:
            items.extend((k,) for k in fixed)
        _add(zs, items, length)
    for words, fixed, length, aside in zip(tok.en_words, tok.en_fixed, tok.en_len, es.brackets,
                                           strict=True):
        es.ordered.append(len(words) if aside < ASIDE else 0)
        _add(es, [(k,) for k in words] + [(k,) for k in fixed] if aside < ASIDE else [],
             length)
    return zs, es


def _add(side: Side, items: list[Iterable[str]], length: int) -> None:
    index: dict[str, int] = {}
    for p, keys in enumerate(items):
        bit = 1 << p
        for k in keys:
            index[k] = index.get(k, 0) | bit
    side.length.append(length)
    side.index.append(index)
    side.items.append(len(items))


def paragraph_sides(side: Side, bounds: list[int]) -> Side:
    """Units merged into paragraphs: paragraph p holds units bounds[p]..bounds[p+1]-1."""
    out = Side()
    for p in range(len(bounds) - 1):
        index: dict[str, int] = {}
        shift = 0
        for k in range(bounds[p], bounds[p + 1]):
            for key, mask in side.index[k].items():
                index[key] = index.get(key, 0) | (mask << shift)
            shift += side.items[k]
        out.length.append(sum(side.length[bounds[p]:bounds[p + 1]]))
        out.index.append(index)
        out.items.append(shift)
        out.ordered.append(0)                 # no word order across a paragraph's sentences
        inner = side.brackets[bounds[p]:bounds[p + 1]]
        out.brackets.append(min(inner) if min(inner) >= ASIDE else int(any(inner)))
        out.marks.append(sum(side.marks[bounds[p]:bounds[p + 1]]))
        out.furniture.append(bool(side.furniture)
                             and all(side.furniture[bounds[p]:bounds[p + 1]]))
    return out


# ---------------------------------------------------------------- length model

@dataclass
class LengthModel:
    ratio: float        # English characters per Chinese character
    var: float          # variance of the English length per English character

    @classmethod
    def from_totals(cls, zl: list[int], el: list[int]) -> LengthModel:
        ratio = max(sum(el), 1) / max(sum(zl), 1)
        return cls(ratio, 8.0)

    @classmethod
    def from_beads(cls, beads: list[tuple[range, range]], zl: list[int], el: list[int],
                   old: LengthModel) -> LengthModel:
        xs = [zl[z.start] for z, e in beads if len(z) == 1 and len(e) == 1]
        ys = [el[e.start] for z, e in beads if len(z) == 1 and len(e) == 1]
        if len(xs) < 20:
            return old
        ratio = sum(ys) / max(sum(xs), 1)
        devs = sorted((y - ratio * x) ** 2 / max((ratio * x + y) / 2, 1)
                      for x, y in zip(xs, ys, strict=True))
        devs = devs[: max(1, int(len(devs) * 0.95))]     # trim the worst 5% (misalignments)
        return cls(ratio, max(1.0, sum(devs) / len(devs)))

    def cost(self, x: int, y: int, linear_tail: bool = False) -> float:
        """−log P(|δ|) of English length y given Chinese length x (two-sided normal tail;
        with `linear_tail`, growing linearly beyond TAIL_D deviations)."""
        ex = self.ratio * x
        d = abs(y - ex) / math.sqrt(self.var * max((ex + y) / 2, 1.0) * 2)
        if linear_tail and d > TAIL_D:
            return _TAIL_BASE + TAIL_SLOPE * (d - TAIL_D)
        return _normal_tail(d)


def _normal_tail(d: float) -> float:
    """−log erfc(d): the two-sided normal tail, in nats."""
    e = math.erfc(d)
    return -math.log(e) if e > 1e-300 else d * d + math.log(d * math.sqrt(math.pi))


_TAIL_BASE = _normal_tail(TAIL_D)


def _figures(index: dict[str, int]) -> int:
    """Bitmask of a unit's figures — quantities above ten or with decimals (39848, 24.5亿,
    2023, 40余家), not "two sides" or "First,". One figure is enough: a paragraph whose only
    figure is missing from the English beside it ("40余家市直单位") was glued to its neighbour
    in a 2-1 bead instead of being found left out."""
    mask = 0
    for key, bits in index.items():
        if key.startswith("q:"):
            try:
                value = float(key[2:])
            except ValueError:
                continue                          # a date or a range: (5, 19)
            if value > 10 or not value.is_integer():
                mask |= bits
    return mask


def _gain(share: float, inv: float) -> float:
    """A unit's lexical gain: its linked share, less a penalty when it has items (`inv` is
    1 / items, 0 without) but hardly any of them linked."""
    if inv and share < UNLINKED_SHARE:
        return share - UNLINKED_PENALTY * _weight(inv) * (UNLINKED_SHARE - share)
    return share


def _weight(inv: float) -> float:
    """How much a unit of 1 / `inv` items says by having (almost) no link: fully from
    `FEW_ITEMS` items on."""
    return min(1.0, 1.0 / (FEW_ITEMS * inv))


class Scorer:
    """Bead costs over two Sides, with a cache of unit-pair link bitmasks."""

    def __init__(self, zs: Side, es: Side, model: LengthModel,
                 priors: dict[tuple[int, int], float], islands: bool = False) -> None:
        """`islands`: a unit of the longer side of a merged bead that has items and none linked
        counts −`SPARE_PENALTY` (for paragraphs: an English paragraph whose every word finds
        nothing in the paragraph it would join, "I hope this helps!" after a machine
        translation's last paragraph, is an addition; a sentence may be so in a free literary
        translation, so sentence scorers leave it)."""
        self.zs, self.es, self.model, self.w_lex = zs, es, model, W_LEX
        self.islands = islands
        # paragraph number of each unit (`with_paragraphs`), None when paragraphs are unknown
        self.zpara: list[int] | None = None
        self.epara: list[int] | None = None
        self.loose_units = islands or max(zs.brackets, default=0) >= ASIDE or \
            max(es.brackets, default=0) >= ASIDE
        self.furnished_text = any(zs.furniture) or any(es.furniture)
        self.tables = any(zs.row) or any(es.row)
        self.both_tables = (any(zs.row) or zs.tabled) and (any(es.row) or es.tabled)
        self.prior_cost = {t: -math.log(p) for t, p in priors.items()}
        self.pairs: dict[tuple[int, int], tuple[int, int, float]] = {}
        self.zinv = [zs.inv(k) for k in range(len(zs.items))]
        self.einv = [es.inv(k) for k in range(len(es.items))]
        self.centres: dict[int, float] = {}     # link mask → mean bit position
        self.zname: dict[int, int] = {}         # Chinese unit → its name items (`names`)
        self.glosses: dict[tuple[int, int], int] = {}   # unit pair → `glossed` links, uncapped
        self.zfig = [_figures(index) for index in zs.index]
        self.efig = [_figures(index) for index in es.index]
        self.zsum = [0]
        for x in zs.length:
            self.zsum.append(self.zsum[-1] + x)
        self.esum = [0]
        for y in es.length:
            self.esum.append(self.esum[-1] + y)

    def pair(self, i: int, j: int) -> tuple[int, int, float]:
        """(zh item mask, en item mask, 1-1 coverage) of unit pair (i, j), cached."""
        got = self.pairs.get((i, j))
        if got is None:
            zi, ej = self.zs.index[i], self.es.index[j]
            mz = me = 0
            for k in zi.keys() & ej.keys():
                mz |= zi[k]
                me |= ej[k]
            zinv, einv = self.zinv[i], self.einv[j]
            g = _gain(mz.bit_count() * zinv, zinv) + _gain(me.bit_count() * einv, einv)
            got = self.pairs[(i, j)] = (mz, me, g)
        return got

    def shares(self, i0: int, i1: int, j0: int, j1: int) -> tuple[list[float], list[float]]:
        """Share of each unit's items linked to the other side of the bead (None: no items)."""
        emask = [0] * (j1 - j0)
        zshare = []
        for i in range(i0, i1):
            zmask = 0
            for j in range(j0, j1):
                mz, me, _ = self.pair(i, j)
                zmask |= mz
                emask[j - j0] |= me
            zshare.append(zmask.bit_count() * self.zinv[i] if self.zinv[i] else -1.0)
        eshare = [emask[j - j0].bit_count() * self.einv[j] if self.einv[j] else -1.0
                  for j in range(j0, j1)]
        return zshare, eshare

    def inversions(self, masks: list[int], ordered: int) -> int:
        """In an n-1 (1-n) bead, how often a sentence's words are found in the one sentence
        across before those of the sentence before it (`masks`: the lone sentence's items each
        of the others links, its first `ordered` items in text order). Translation keeps the
        order of the clauses it merges, so a glued neighbour's stray links come out of order."""
        if not ordered:
            return 0
        keep = (1 << ordered) - 1
        last, count = -1.0, 0
        for mask in masks:
            mask &= keep
            if not mask:
                continue
            got = self.centres.get(mask)
            if got is None:
                total = n = 0
                m = mask
                while m:
                    low = m & -m
                    total += low.bit_length() - 1
                    n += 1
                    m ^= low
                got = self.centres[mask] = total / n
            got /= ordered
            if got + ORDER_SLACK < last:
                count += 1
            last = got
        return count

    def coverage(self, i0: int, i1: int, j0: int, j1: int) -> float:
        """Sum over the bead's units of the share of their items linked across, less a penalty
        for each unit that has items but (almost) none linked: such a unit is more likely an
        omission or an addition than part of the bead."""
        if i1 - i0 == 1 and j1 - j0 == 1:
            if ADDED in (self.zs.brackets[i0], self.es.brackets[j0]) or \
                    self.furnished(i0, i1, j0, j1):
                return self.pair(i0, j0)[2] - SPARE_PENALTY   # translates nothing
            return self.pair(i0, j0)[2]
        pair = self.pair
        zinv, einv = self.zinv, self.einv
        total = 0.0
        emask = [0] * (j1 - j0)
        order = i1 - i0 == 1 or j1 - j0 == 1
        gloss = i1 - i0 == 1 < j1 - j0
        linked: list[int] = []               # per unit of the longer side, its links across
        gains: list[float] = []
        shares: list[float] = []
        for i in range(i0, i1):
            zmask = 0
            for j in range(j0, j1):
                mz, me, _ = pair(i, j)
                zmask |= mz
                emask[j - j0] |= me
                if order:
                    linked.append(me if j1 - j0 == 1 else mz)
            shares.append(zmask.bit_count() * zinv[i])
            gains.append(_gain(shares[-1], zinv[i]))
            total += gains[-1]
            if i1 - i0 > 1 and self.zfig[i] and not zmask & self.zfig[i]:
                total -= FIGURES_PENALTY * min(self.zfig[i].bit_count(), 4)
        for j in range(j0, j1):
            got = emask[j - j0].bit_count()
            if gloss and got > GLOSS_LINKS:
                got = self.glossed(i0, j, emask[j - j0])
            shares.append(got * einv[j])
            gains.append(_gain(shares[-1], einv[j]))
            total += gains[-1]
            if j1 - j0 > 1 and self.efig[j] and not emask[j - j0] & self.efig[j]:
                total -= FIGURES_PENALTY * min(self.efig[j].bit_count(), 4)
        if order:
            ordered = self.es.ordered[j0] if j1 - j0 == 1 else self.zs.ordered[i0]
            total -= ORDER_PENALTY * self.inversions(linked, ordered)
            if j1 - j0 == 1:
                total -= self.redundant(linked, gains)
                total -= self.spare(linked, shares, zinv[i0:i1], einv[j0],
                                    self._loose(True, i0, i1, j0, shares),
                                    self._apart(True, i0, i1, shares) if self.zpara else None)
            else:
                total -= self.redundant(linked, gains[1:])
                total -= self.spare(linked, shares[1:], einv[j0:j1], zinv[i0],
                                    self._loose(False, j0, j1, i0, shares[1:]),
                                    self._apart(False, j0, j1, shares[1:]) if self.zpara else None)
        return total

    def glossed(self, i: int, j: int, linked: int) -> int:
        """How many items of English sentence `j`, merged with others against the lone Chinese
        sentence `i`, count as linked to it (`linked`, their mask): each Chinese word counts for
        at most `GLOSS_LINKS` English words. A dictionary's gloss of a word is a definition
        (汤圆: "glutinous rice flour balls eaten at the Lantern Festival"), so a sentence the
        translator adds to explain a word for a foreign reader ("Tangyuan are small balls of
        glutinous rice flour … eaten at the Lantern Festival …") links many of its words to
        that one word and little else; a part of the translation links words of its own."""
        total = linked.bit_count()
        if total <= GLOSS_LINKS or self.pair(i, j)[0].bit_count() * GLOSS_LINKS >= total:
            return total                # the cap cannot bind
        got = self.glosses.get((i, j))
        if got is None:
            zi, ej = self.zs.index[i], self.es.index[j]
            per: dict[int, int] = {}
            for k in zi.keys() & ej.keys():
                zm, em = zi[k], ej[k]
                while zm:
                    low = zm & -zm
                    per[low] = per.get(low, 0) | em
                    zm ^= low
            got = self.glosses[(i, j)] = sum(min(m.bit_count(), GLOSS_LINKS)
                                             for m in per.values())
        return min(total, got)

    def _loose(self, zh_side: bool, k0: int, k1: int, lone: int, shares: list[float]
               ) -> list[bool] | None:
        """Which units k0..k1 (Chinese if `zh_side`) of the longer side of a merged bead cannot
        be part of it: an `aside` beside the `lone` unit across, or (`islands`) a unit with
        items and none of them linked. None when the texts have no such unit."""
        if not self.loose_units:
            return None
        items = (self.zs if zh_side else self.es).items
        return [self.aside(zh_side, q, lone) or (self.islands and not shares[q - k0] and items[q])
                for q in range(k0, k1)]

    def aside(self, zh_side: bool, k: int, other: int) -> bool:
        """Whether unit `k` (Chinese if `zh_side`) is an aside (in brackets, a photo caption)
        and unit `other` across holds no bracket, or an addition (`ADDED`: a chatbot's remark, a
        release's boilerplate): a translator's note or words nobody translated, not part of
        that unit's translation."""
        mine, theirs = (self.zs, self.es) if zh_side else (self.es, self.zs)
        return mine.brackets[k] == ADDED or (mine.brackets[k] == ASIDE
                                             and not theirs.brackets[other])

    def furnished(self, i0: int, i1: int, j0: int, j1: int) -> bool:
        """Whether bead (i0..i1, j0..j1) holds a unit of `page_furniture` (a stage direction, an
        editor line, an end mark) on a side holding more such marks than the other side: no
        translation of it (（掌声） glued to a sentence whose English has no "(Applause)")."""
        if not self.furnished_text:
            return False
        zs, es = self.zs, self.es
        zm, em = sum(zs.marks[i0:i1]), sum(es.marks[j0:j1])
        return (zm > em and any(zs.furniture[i0:i1])) or (em > zm and any(es.furniture[j0:j1]))

    def rows_merged(self, i0: int, i1: int, j0: int, j1: int) -> bool:
        """Whether a bead holds one table row (`table_row`, cells between tabs: a line of its
        own) and, across, sentences of more than one paragraph (line): a translation that
        keeps the table renders a row as a line, so a row of its own (a coffee break the
        Chinese programme leaves unnamed) is an addition, not part of the row before it. (A
        table given as prose may merge rows, or cut a row in sentences of one paragraph.)"""
        if not self.tables or self.zpara is None or self.epara is None:
            return False
        if self.both_tables and (self._row_and_line(self.zs.row, self.zpara, i0, i1) or
                                 self._row_and_line(self.es.row, self.epara, j0, j1)):
            return True
        if i1 - i0 == 1 and self.zs.row[i0]:
            return self.epara[j0] != self.epara[j1 - 1]
        return j1 - j0 == 1 and self.es.row[j0] and self.zpara[i0] != self.zpara[i1 - 1]

    @staticmethod
    def _row_and_line(row: list[bool], para: list[int], k0: int, k1: int) -> bool:
        """Whether units k0..k1 of one side hold a table row and a line of another paragraph
        that is no row: where both texts keep the table, a totals row (合计<tab>—<tab>—) the
        English leaves out is no part of the notes' heading 说明： after it."""
        return k1 - k0 > 1 and para[k0] != para[k1 - 1] and any(row[k0:k1]) and \
            not all(row[k0:k1])

    @staticmethod
    def spare(linked: list[int], shares: list[float], inv: list[float], lone_inv: float,
              loose: list[bool] | None, apart: list[bool] | None = None) -> float:
        """In an n-1 (1-n) bead whose lone sentence the others translate nearly whole (at
        least `SPARE_COVER` of its items linked without it), what the sentences of the
        longer side that are hardly linked (under `UNLINKED_SHARE`) lose when each counts
        −`SPARE_PENALTY` instead of its gain: the translation has no room left for them (an
        omitted 近年来，…中巴关系保持高水平发展。 glued to the sentence the English does
        render, as the length model would have it when the translator writes long). A `loose`
        unit (`_loose`) counts so whatever the cover and its own share; a unit `apart`
        (`_apart`) whatever its own share."""
        if not SPARE_COVER:
            return 0.0
        out = 0.0
        for k in range(len(linked)):
            if loose is not None and loose[k]:
                out += _gain(shares[k], inv[k]) + SPARE_PENALTY * (_weight(inv[k]) if inv[k]
                                                                   else 1.0)
                continue
            if (shares[k] >= UNLINKED_SHARE and not (apart and apart[k])) or not inv[k]:
                continue
            others = 0
            for q, m in enumerate(linked):
                if q != k:
                    others |= m
            cover = APART_COVER if apart and apart[k] else SPARE_COVER
            if others.bit_count() * lone_inv >= cover:
                out += _gain(shares[k], inv[k]) + SPARE_PENALTY * _weight(inv[k])
        return out

    def antecedent(self, i: int, e: range) -> bool:
        """Whether the first English sentence of bead (i, e) is a sentence of background the
        translator added for a foreign reader ("Qinglan is a small town in the hills of western
        Fujian.") before the translation, which names its subject only as "It" ("It has been
        known for its handmade paper for 1,200 years." for 青岚镇以手工造纸闻名…): the next
        sentence opens with a pronoun (`anaphoric`), the first links nothing of the Chinese
        sentence but what the others link and the subject the pronoun stands for (the names,
        and of the first `SUBJECT_WORDS` Chinese words those before the first the next one
        links), and it says at least `ANTECEDENT_OWN` things the Chinese does not. The length
        model glues it (the Chinese is long for one English sentence); a sentence the
        translation cut in two says more of the Chinese than its subject."""
        if len(e) < 2 or not self.es.anaphor or not self.es.anaphor[e.start + 1]:
            return False
        first, me, _ = self.pair(i, e.start)
        after = self.pair(i, e.start + 1)[0] & ((1 << self.zs.ordered[i]) - 1)
        if not first or not after or self.es.items[e.start] - me.bit_count() < ANTECEDENT_OWN:
            return False
        others = 0
        for j in e[1:]:
            others |= self.pair(i, j)[0]
        subject = ((after & -after) - 1) & ((1 << SUBJECT_WORDS) - 1)
        return not first & ~(others | subject | self.names(i))

    def names(self, i: int) -> int:
        """The items of Chinese unit `i` that are names read in pinyin (`align_names`)."""
        got = self.zname.get(i)
        if got is None:
            got = 0
            for key, mask in self.zs.index[i].items():
                if key.startswith("n:"):
                    got |= mask
            self.zname[i] = got
        return got

    @staticmethod
    def redundant(linked: list[int], gains: list[float]) -> float:
        """In an n-1 (1-n) bead, the gain of the sentences of the longer side whose links across
        are all links of the others too: merged clauses each bring words of their own, while a
        sentence without counterpart glued to its neighbour (“是我！ beside a line of dialogue,
        王毅介绍了中方的看法。 beside 王毅强调，中方…) only repeats the neighbour's words, and
        gains nothing by joining it."""
        if not REDUNDANT:
            return 0.0
        out = 0.0
        for k, mask in enumerate(linked):
            if mask and gains[k] > 0:
                others = 0
                for q, m in enumerate(linked):
                    if q != k:
                        others |= m
                if not mask & ~others:
                    out += gains[k]
        return out

    def figures_unmatched(self, k: int, z: range, e: range, zh_side: bool) -> bool:
        """Whether unit `k` of bead (z, e) has figures of its own and none is found across."""
        if zh_side:
            fig = self.zfig[k]
            return bool(fig) and not any(self.pair(k, j)[0] & fig for j in e)
        fig = self.efig[k]
        return bool(fig) and not any(self.pair(i, k)[1] & fig for i in z)

    def with_paragraphs(self, zpara: list[int] | None, epara: list[int] | None) -> Scorer:
        """This scorer, told the paragraph of each sentence (both or none)."""
        if zpara is not None and epara is not None:
            self.zpara, self.epara = zpara, epara
        return self

    def _apart(self, zh_side: bool, k0: int, k1: int, shares: list[float]) -> list[bool] | None:
        """Which units k0..k1 (Chinese if `zh_side`) of the longer side of a merged bead lie
        in another paragraph than its best-linked unit, a paragraph with sentences outside the
        bead; None when they are all in one (or the paragraphs are unknown). Such a unit is
        mostly a left-out paragraph's last sentence glued to the next paragraph's first
        (铁路建成前，从万象到昆明… beside 如今，货物从万象出发…): its names are the neighbour's,
        so its own share says nothing. (A paragraph of one sentence is left alone: when the
        English of the next one is left out, its own sentence may link less than the next.)"""
        para = self.zpara if zh_side else self.epara
        if para is None or para[k0] == para[k1 - 1]:
            return None
        best = para[k0 + max(range(k1 - k0), key=shares.__getitem__)]
        before = para[k0 - 1] if k0 > 0 else None
        after = para[k1] if k1 < len(para) else None
        return [para[q] != best and para[q] in (before, after) for q in range(k0, k1)]

    def length_cost(self, i0: int, i1: int, j0: int, j1: int) -> float:
        return self.model.cost(self.zsum[i1] - self.zsum[i0], self.esum[j1] - self.esum[j0])

    def cost(self, i0: int, i1: int, j0: int, j1: int, limit: float = math.inf) -> float:
        """The bead's cost; `inf` as soon as it cannot come below `limit` even with every
        unit fully linked (the lexical part is the expensive one)."""
        c = self.prior_cost.get((i1 - i0, j1 - j0))
        if c is None:   # bigger than any type: a list's lead-in joined to its items
            c = max(self.prior_cost.values())
        if i1 > i0 and j1 > j0:
            c += self.model.cost(self.zsum[i1] - self.zsum[i0], self.esum[j1] - self.esum[j0],
                                 i1 - i0 == 1 and j1 - j0 == 1)
            if c - self.w_lex * (i1 - i0 + j1 - j0) >= limit:
                return math.inf
            c -= self.w_lex * self.coverage(i0, i1, j0, j1)
            if (i1 - i0 > 1 or j1 - j0 > 1) and (
                    (self.furnished_text and self.furnished(i0, i1, j0, j1))
                    or (self.tables and self.rows_merged(i0, i1, j0, j1))):
                return math.inf     # furniture with no like across is no part of a bead
        return c


class Offset:
    """A scorer seen from a sub-rectangle (a paragraph group): local indices, global costs."""

    def __init__(self, scorer: Scorer, i0: int, j0: int) -> None:
        self.scorer, self.i0, self.j0 = scorer, i0, j0

    def cost(self, i0: int, i1: int, j0: int, j1: int, limit: float = math.inf) -> float:
        a, b = self.i0, self.j0
        return self.scorer.cost(i0 + a, i1 + a, j0 + b, j1 + b, limit)


# ---------------------------------------------------------------- band and DP

def search(scorer: Scorer, i0: int, i1: int, j0: int, j1: int, types: list[tuple[int, int]],
           guide: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Least-cost path through the rectangle [i0, i1] × [j0, j1] (global indices, corners
    included). Small rectangles are searched whole; large ones inside a band that follows the
    `guide` path (a previous pass) or, without one, the lexical anchors."""
    n, m = i1 - i0, j1 - j0
    if n == 0 or m == 0:
        return [(i0, j) for j in range(j0, j1 + 1)] if n == 0 else \
            [(i, j0) for i in range(i0, i1 + 1)]
    local = Offset(scorer, i0, j0)
    if (n + 1) * (m + 1) <= FULL_DP_CELLS:
        lo, hi = [0] * (n + 1), [m] * (n + 1)
    elif guide:
        pts = [(i - i0, j - j0) for i, j in guide if i0 <= i <= i1 and j0 <= j <= j1]
        lo, hi = _path_band([(0, 0), *pts, (n, m)], n, m, 4)
    else:
        zs = Side(scorer.zs.length[i0:i1], scorer.zs.index[i0:i1], scorer.zs.items[i0:i1])
        es = Side(scorer.es.length[j0:j1], scorer.es.index[j0:j1], scorer.es.items[j0:j1])
        lo, hi = _anchor_band(zs, es, n, m)
    path = _banded_dp(local, lo, hi, n, m, types)
    return [(i + i0, j + j0) for i, j in path]


def _anchor_band(zs: Side, es: Side, n: int, m: int) -> tuple[list[int], list[int]]:
    """Per Chinese row i, the English range [lo, hi] to search, from lexical anchors.

    Round one looks everywhere but trusts only keys rare in both texts; round two looks only
    inside the corridor round one found, where commoner keys are already distinctive.
    """
    lo, hi = [0] * (n + 1), [m] * (n + 1)
    anchors: list[tuple[int, int]] = []
    for cap in (ANCHOR_DF, max(ANCHOR_DF, m // 20)):
        anchors = _anchors(zs, es, m, lo, hi, cap, anchors)
        lo, hi = _corridor(anchors, n, m)
    return lo, hi


def _corridor(anchors: list[tuple[int, int]], n: int, m: int) -> tuple[list[int], list[int]]:
    pts = [(0, 0)] + anchors + [(n, m)]
    wide = max(BAND * 3, int(0.03 * max(n, m)))
    lo, hi = [], []
    ai = [p[0] for p in pts]
    for i in range(n + 1):
        k = bisect_right(ai, i) - 1                   # last anchor at or before row i
        (pi, pj), (qi, qj) = pts[k], pts[min(k + 1, len(pts) - 1)]
        exp = pj if qi == pi else pj + (qj - pj) * (i - pi) / (qi - pi)
        # The rectangle between the surrounding anchors, cut to a corridor around their line.
        lo.append(max(0, pj - BAND, int(exp) - wide))
        hi.append(min(m, qj + BAND, int(exp) + wide + 1))
    return _monotone(lo, hi, n, m)


def _anchors(zs: Side, es: Side, m: int, lo: list[int], hi: list[int], cap: int,
             known: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Confident 1-1 pairs sharing keys seen in ≤ `cap` sentences, searched within [lo, hi],
    reduced (with the `known` anchors) to the heaviest chain monotone on both sides."""
    edf = Counter(k for idx in es.index for k in idx)
    zdf = Counter(k for idx in zs.index for k in idx)
    postings: dict[str, list[int]] = {}
    for j, idx in enumerate(es.index):
        for k in idx:
            if edf[k] <= cap and zdf.get(k, 0) <= cap:
                postings.setdefault(k, []).append(j)
    floor = 2 * math.log(max(m, cap + 1) / cap)          # two keys of the rarity allowed
    known_set = dict(known)
    cands: list[tuple[int, int, float]] = []
    for i, idx in enumerate(zs.index):
        if i in known_set:
            cands.append((i, known_set[i], 1e3))
            continue
        scores: dict[int, float] = {}
        lo_i, hi_i = lo[i], hi[i] + 1
        for k in idx.keys() & postings.keys():
            w = math.log(m / edf[k])
            plist = postings[k]
            for p in range(bisect_right(plist, lo_i - 1), bisect_right(plist, hi_i - 1)):
                j = plist[p]
                scores[j] = scores.get(j, 0.0) + w
        if not scores:
            continue
        # Near-ties (repeated passages, boilerplate) all stay candidates: the monotone chain
        # below decides between them.
        ranked = sorted(scores.items(), key=lambda kv: -kv[1])[:4]
        top = ranked[0][1]
        if top >= floor and (len(ranked) < 4 or ranked[3][1] < top / 1.5):
            cands.extend((i, j, s) for j, s in sorted(ranked) if s >= top / 1.5)
    # Heaviest chain increasing in both i and j (quadratic only in the anchor count within a
    # window: anchors are sparse and sorted by i).
    best: list[float] = []
    prev: list[int] = []
    for a, (i, j, s) in enumerate(cands):
        b_score, b_prev = s, -1
        for b in range(a - 1, max(-1, a - 200), -1):
            pi, pj, _ = cands[b]
            if pi < i and pj < j and best[b] + s > b_score:
                b_score, b_prev = best[b] + s, b
        best.append(b_score)
        prev.append(b_prev)
    if not best:
        return []
    a = max(range(len(best)), key=best.__getitem__)
    chain = []
    while a >= 0:
        chain.append((cands[a][0], cands[a][1]))
        a = prev[a]
    return chain[::-1]


def _path_band(path: list[tuple[int, int]], n: int, m: int, w: int) -> tuple[list[int], list[int]]:
    lo, hi = [m] * (n + 1), [0] * (n + 1)
    for k, (i, j) in enumerate(path):
        i_next = path[k + 1][0] if k + 1 < len(path) else i
        for r in range(max(0, i - w), min(n, i_next + w) + 1):
            lo[r] = min(lo[r], max(0, j - w))
            hi[r] = max(hi[r], min(m, j + w))
    return _monotone(lo, hi, n, m)


def _monotone(lo: list[int], hi: list[int], n: int, m: int) -> tuple[list[int], list[int]]:
    """Make the band connected: lo and hi non-decreasing, corners included, rows overlapping."""
    lo[0], hi[n] = 0, m
    for i in range(n - 1, -1, -1):
        lo[i] = min(lo[i], lo[i + 1])
    for i in range(1, n + 1):
        hi[i] = max(hi[i], hi[i - 1])
    for i in range(1, n + 1):
        lo[i] = min(lo[i], hi[i - 1])
    return lo, hi


def _banded_dp(scorer: Offset, lo: list[int], hi: list[int], n: int, m: int,
               types: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Least-cost path from (0,0) to (n,m) inside the band; widen it where the path hits an edge.
    A row's costs depend only on the rows above it, so the rows above the first one widened are
    kept from the search before, not computed again (a text of thousands of sentences with no
    anchor is widened in its middle)."""
    kept: tuple[list[list[float]], list[list[int]]] = ([], [])
    for _ in range(4):
        path, cost, back = _dp(scorer, lo, hi, n, m, types, kept)
        touched = [
            i for (i, j) in path
            if (j == lo[i] and j > 0) or (j == hi[i] and j < m)
        ]
        if not touched or all(lo[i] == 0 and hi[i] == m for i in range(n + 1)):
            return path
        grow = 2 * BAND
        before = list(zip(lo, hi, strict=True))
        rows = {r for i in touched for r in range(max(0, i - grow), min(n, i + grow) + 1)}
        for r in rows:                                   # each row widened once per round
            lo[r] = max(0, lo[r] - grow)
            hi[r] = min(m, hi[r] + grow)
        lo, hi = _monotone(lo, hi, n, m)
        same = next((i for i in range(n + 1) if before[i] != (lo[i], hi[i])), n + 1)
        kept = (cost[:same], back[:same])
    return path


def _dp(scorer: Offset, lo: list[int], hi: list[int], n: int, m: int,
        types: list[tuple[int, int]],
        kept: tuple[list[list[float]], list[list[int]]] = ([], [])
        ) -> tuple[list[tuple[int, int]], list[list[float]], list[list[int]]]:
    """The least-cost path and the rows of costs and back-pointers it was read from; the rows
    of `kept` (the first rows, searched before within the same band) are taken as they are."""
    inf = math.inf
    cost: list[list[float]] = list(kept[0])
    back: list[list[int]] = list(kept[1])
    cost_fn = scorer.cost
    for i in range(len(cost), n + 1):
        lo_i, hi_i = lo[i], hi[i]
        row = [inf] * (hi_i - lo_i + 1)
        brow = [-1] * (hi_i - lo_i + 1)
        for j in range(lo_i, hi_i + 1):
            if i == 0 and j == 0:
                row[0] = 0.0
                continue
            best, arg = inf, -1
            for t, (a, b) in enumerate(types):
                pi, pj = i - a, j - b
                if pi < 0 or pj < 0:
                    continue
                if pi == i:
                    if pj < lo_i:
                        continue
                    prev = row[pj - lo_i]
                else:
                    if pj < lo[pi] or pj > hi[pi]:
                        continue
                    prev = cost[pi][pj - lo[pi]]
                if prev == inf:
                    continue
                c = prev + cost_fn(pi, i, pj, j, best - prev)
                if c < best:
                    best, arg = c, t
            row[j - lo_i] = best
            brow[j - lo_i] = arg
        cost.append(row)
        back.append(brow)
    path = [(n, m)]
    i, j = n, m
    while (i, j) != (0, 0):
        a, b = types[back[i][j - lo[i]]]
        i, j = i - a, j - b
        path.append((i, j))
    return path[::-1], cost, back


def beads_of(path: list[tuple[int, int]]) -> list[tuple[range, range]]:
    return [(range(i0, i1), range(j0, j1))
            for (i0, j0), (i1, j1) in zip(path, path[1:], strict=False)]


NEGLIGIBLE = 15.0    # nats: exp(-15) < 1e-6


def posteriors(scorer: Scorer, i0: int, i1: int, j0: int, j1: int,
               types: list[tuple[int, int]], path: list[tuple[int, int]], width: int = 2
               ) -> list[float]:
    """For each bead of `path` (global points from (i0, j0) to (i1, j1)), its posterior
    probability among all paths within `width` sentences of it, bead costs read as negative
    log-probabilities (forward–backward). A bead that many nearby alternatives nearly match is
    unlikely; one that stands alone is likely — the alternatives' costs are all counted, not
    just the best one's."""
    n, m = i1 - i0, j1 - j0
    local = Offset(scorer, i0, j0)
    pts = [(i - i0, j - j0) for i, j in path]
    if n == 0 or m == 0:
        return [1.0] * (len(pts) - 1)
    lo, hi = _path_band(list(pts), n, m, width)
    inf = math.inf
    alpha: list[list[float]] = []
    edges: list[list[list[tuple[int, int, float]]]] = []
    cost_fn = local.cost
    for i in range(n + 1):
        lo_i, hi_i = lo[i], hi[i]
        row = [-inf] * (hi_i - lo_i + 1)
        erow: list[list[tuple[int, int, float]]] = []
        for j in range(lo_i, hi_i + 1):
            cell: list[tuple[int, int, float]] = []
            if i == 0 and j == 0:
                row[0] = 0.0
                erow.append(cell)
                continue
            acc = -inf
            for a, b in types:
                pi, pj = i - a, j - b
                if pi < 0 or pj < 0 or pj < lo[pi] or pj > hi[pi]:
                    continue
                prev = row[pj - lo_i] if pi == i else alpha[pi][pj - lo[pi]]
                if prev == -inf:
                    continue
                # A bead costing NEGLIGIBLE nats more than the best way in so far adds < 1e-6
                # to the sum: its (expensive) lexical part is not computed.
                c = cost_fn(pi, i, pj, j, inf if acc == -inf else prev - acc + NEGLIGIBLE)
                if c == inf:
                    continue
                cell.append((pi, pj, c))
                v = prev - c
                acc = v if acc == -inf else (max(acc, v) + math.log1p(math.exp(-abs(acc - v))))
            row[j - lo_i] = acc
            erow.append(cell)
        alpha.append(row)
        edges.append(erow)
    beta = [[-inf] * (hi[i] - lo[i] + 1) for i in range(n + 1)]
    beta[n][m - lo[n]] = 0.0
    for i in range(n, -1, -1):
        for j in range(hi[i], lo[i] - 1, -1):
            b = beta[i][j - lo[i]]
            if b == -inf:
                continue
            for pi, pj, c in edges[i][j - lo[i]]:
                v = b - c
                old = beta[pi][pj - lo[pi]]
                beta[pi][pj - lo[pi]] = v if old == -inf else (
                    max(old, v) + math.log1p(math.exp(-abs(old - v))))
    z = alpha[n][m - lo[n]]
    out = []
    for (pi, pj), (qi, qj) in zip(pts, pts[1:], strict=False):
        c = cost_fn(pi, qi, pj, qj) if (qi - pi, qj - pj) in scorer.prior_cost else inf
        if c == inf:
            out.append(0.0)
            continue
        lp = alpha[pi][pj - lo[pi]] - c + beta[qi][qj - lo[qi]] - z
        out.append(math.exp(min(0.0, lp)))
    return out
