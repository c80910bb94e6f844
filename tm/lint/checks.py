"""The lint checks: one class per finding code over a shared base (in the spirit of sacrebleu's
metrics), so that a code, its severity, its documentation and its logic live in one place.

Every check looks at one unit at a time. The consistency checks (`term-inconsistent`,
`segment-inconsistent`) remember what they saw per document and report the second, different
occurrence as soon as it arrives, pointing back at the first; that state is the only thing that
grows with the input and it is capped at `MAX_STATE` keys (beyond that, new sources are no
longer remembered — documented in docs/lint.md).
"""

from __future__ import annotations

import calendar
import datetime
import itertools
import os
import re
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from tifa.tm.base.dictionary import segment
from tifa.tm.base.english import EN_CALL, EN_DATELINE, us_spelling
from tifa.tm.base.text import (
    HAN,
    HAN_RUN,
    english_key,
    han_share,
    is_han,
    match_key,
    visible_text,
)
from tifa.tm.corpus.clean import dateline_end
from tifa.tm.lint.units import Finding, LintUnit, Span, ends_as_heading
from tifa.tm.numbers import (
    BASES,
    FEW,
    FREQUENCIES,
    HALVES,
    MEASURE_NAMES,
    MEASURES,
    PARTS_OF_MONTH,
    PARTS_OF_YEAR,
    WEEKDAYS,
    bound_en,
    bound_zh,
    cn_small,
    converts,
    direction_en,
    direction_zh,
    extract_en,
    extract_zh,
    heading_number,
    hedged_en,
    hedged_zh,
    is_soft,
    list_item,
    match_quantities,
    numeral_spelling,
    ordinal_en,
    pair_quantities,
    restates,
    rounds_to,
    sign_en,
    sign_zh,
    span_of_year,
    spells_name,
    unit_clash,
    weekday_against_date,
)

if TYPE_CHECKING:  # the glossary is loaded only when a command needs it
    from collections.abc import Callable

    from tifa.glossary.entry import Entry, Glossary
    from tifa.glossary.matcher import ZhHit

MAX_STATE = 400_000  # remembered sources/targets/terms over the run (~150 MB at most)


_LATIN = re.compile(r"[A-Za-z]")


def mostly_chinese(text: str) -> bool:
    """A target that is still (mostly) Chinese: other checks leave it to `untranslated`."""
    return han_share(text) >= 0.2  # Han >= a quarter of the Latin letters


# Chinese left in an English target, with the figures and the full-width punctuation that
# go with it: 其中，6月2日至13日期间，……演出了《魏都遗恨》等10场优秀剧目。 Its figures are read
# as Chinese and its punctuation is Chinese punctuation; `untranslated` reports the stretch.
_CJK_STRETCH = re.compile(
    f"[{HAN}](?:[{HAN}\u3000-\u303f\uff01-\uff5e“”‘’0-9.,%\\s]*[{HAN}\u3000-\u303f\uff01-\uff5e“”])?")
_CJK_OPENERS = re.compile(r"[《（【「『“\u3008\u300c\u300e]+$")


def chinese_stretches(target: str) -> list[tuple[int, int]]:
    """Where Chinese was left in an English target: runs from a Han character to the last
    Han character or full-width mark before English resumes, with the digits and marks
    between, and the opening marks just before it (“《魏都遗恨》” whole)."""
    out = []
    for m in _CJK_STRETCH.finditer(target):
        start = m.start()
        opener = _CJK_OPENERS.search(target, 0, start)
        if opener and opener.end() == start:
            start = opener.start()
        out.append((start, m.end()))
    return out


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with `spans` turned to spaces (same length, so offsets still hold)."""
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


# A TM for the 100 % match check: a TMX path, or {match_key(source): [targets]} already read.
TmSource = str | os.PathLike | dict[str, list[str]]


class Context:
    """What the checks share: the term matcher, the TM, per-unit caches, per-document state."""

    def __init__(self, glossary: Glossary | None = None, tm: TmSource | None = None) -> None:
        self.matcher = None
        if glossary is not None:
            from tifa.glossary.matcher import term_matcher

            entries = list(glossary)
            if entries:
                self.matcher = term_matcher(entries)
        self.tm = load_tm(tm) if tm is not None and not isinstance(tm, dict) else tm
        self.state: dict[tuple, tuple] = {}
        self.unit: LintUnit | None = None
        self._hits = None

    def start_unit(self, unit: LintUnit) -> None:
        self.unit = unit
        self._hits = None
        self._skey = None
        self.chinese_target = mostly_chinese(unit.target)

    def source_key(self) -> str:
        """match_key of the current unit's source (computed once per unit)."""
        if self._skey is None:
            self._skey = match_key(self.unit.source)
        return self._skey

    def zh_hits(self) -> list:
        """Glossary terms in the current unit's source (computed once per unit)."""
        if self._hits is None:
            unit = self.unit
            self._hits = self.matcher.find_zh(unit.source) if self.matcher and unit else []
        return self._hits

    def remember(self, key: tuple, value: tuple) -> tuple | None:
        """The value stored under `key` before (None if new); stores `value` if there is room."""
        old = self.state.get(key)
        if old is None and len(self.state) < MAX_STATE:
            self.state[key] = value
        return old


def load_tm(path) -> dict[str, list[str]]:
    """{match_key(source): [targets]} from a TMX file, for the 100% match check."""
    from tifa.tm.base.tmx import read_tmx

    memory: dict[str, list[str]] = {}
    for tu in read_tmx(path):
        if tu.source.strip() and tu.target.strip():
            targets = memory.setdefault(match_key(tu.source), [])
            if tu.target not in targets:
                targets.append(tu.target)
    return memory


# the addressees of a notice or a letter on a line of their own: 各会员单位：, 各区人力资源和
# 社会保障局，各有关单位：, 尊敬的客户：
_SALUTATION = re.compile(r"\s*(?:各|尊敬的|亲爱的)[^。！？!?：:]{1,40}[：:]\s*")


class Check:
    """Base: `code`, default `severity`, a one-line `title` and an `example` for the docs."""

    code = ""
    severity = "error"
    title = ""
    example = ""
    stateful = False  # remembers earlier units: `finish` must run in unit order, in one process

    def run(self, unit: LintUnit, ctx: Context) -> Iterable[Finding]:
        raise NotImplementedError

    def prepare(self, unit: LintUnit, ctx: Context):
        """The per-unit work, which a worker process may do (picklable result)."""
        return list(self.run(unit, ctx))

    def finish(self, unit: LintUnit, ctx: Context, prepared) -> Iterable[Finding]:
        """Findings from `prepare`'s result; consistency checks consult their memory here."""
        return prepared

    def finding(self, unit: LintUnit, message: str, span: Span | None = None,
                term: str | None = None, expected: str | None = None, hint: str = "") -> Finding:
        return Finding(self.code, self.severity, unit.id, unit.location, unit.source,
                       unit.target, message, span, term, expected, hint, unit.target_location)

    def headline(self, unit: LintUnit, ctx: Context, found: list[tuple[Finding, object]],
                 given: Iterable[object]) -> Iterator[Finding]:
        """`found`, this unit's findings, each with what would settle it (a figure, the two
        figures of a pair, a term; None: nothing), less what a document's headline says less
        than its lead: a headline's findings wait for its lead paragraph, which drops those it
        gives in any of its sentences (`given`, what each renders) — "Miao and Dong festival
        opens in Kaili" over "The fifth … Festival opened …", "… jails ex-official for 13
        years" over a lead that says 十三年. The lead's own findings wait with them, so that
        the report keeps the text's order. A name only the lead's first sentence settles
        (`FirstSentence`). A figure of the headline that the lead does not
        give, or not both of a changed pair, is still reported; `close` lets out what the
        units' end leaves held. (Units without paragraphs: the lead is the next unit.)"""
        key = ("headline", self.code)
        held = ctx.state.pop(key, None)
        if held is not None:
            doc, para, kept, lead_para, lead_found, past = held
            same = unit.doc == doc and (not unit.para or unit.para != para)
            lead = same and not past and (lead_para is None or unit.para == lead_para)
            given = frozenset(given)
            if lead and lead_para is None and _SALUTATION.fullmatch(unit.source):
                # a notice's addressees (各管理部、各受托银行：, "To our buyers and sellers,")
                # stand between its title and its lead: the lead is the paragraph after them
                ctx.state[key] = (doc, para, kept, None, lead_found + tuple(found), False)
                return
            if lead:
                kept = tuple((f, settles) for f, settles in kept
                             if not _settled(settles, given, lead_para is None))
                if unit.para:  # the rest of the lead paragraph may give the rest
                    ctx.state[key] = (doc, para, kept, unit.para, lead_found + tuple(found),
                                      False)
                    return
            elif same:  # past the lead: only a figure the headline added may still be given
                kept = tuple((f, settles) for f, settles in kept
                             if not (isinstance(settles, Anywhere)
                                     and _settled(settles, given, False)))
            if same and any(isinstance(settles, Anywhere) for _, settles in kept):
                ctx.state[key] = (doc, para, kept, lead_para, lead_found + tuple(found), True)
                return
            yield from (f for f, _ in kept)
            yield from (f for f, _ in lead_found)
            if same:
                yield from (f for f, _ in found)
                return
        first = ("last-doc", self.code)
        opens = ctx.state.get(first, None) != unit.doc
        ctx.state[first] = unit.doc
        # (a title whose English is a paper's lead of the news: "Retirees in China will see
        # their basic pensions go up 2% …" for …关于2027年调整退休人员基本养老金的通知, the 2% of
        # the body's paragraph)
        if found and opens and ends_as_heading(unit.source):
            ctx.state[key] = (unit.doc, unit.para, tuple(found), None, (), False)
        else:
            yield from (f for f, _ in found)

    def holding(self, ctx: Context) -> bool:
        """Does the check hold findings of units already passed (a headline's and its
        lead's)? The findings of the other checks then wait too, to come out in order."""
        return ("headline", self.code) in ctx.state

    def close(self, ctx: Context) -> Iterable[Finding]:
        """The findings still held when the units run out (a headline's and its lead's:
        `headline`)."""
        held = ctx.state.pop(("headline", self.code), None)
        return [f for f, _ in held[2] + held[4]] if held else []


class Anywhere(NamedTuple):
    """What any unit of the document after the headline may settle: a figure the headline
    adds that the body gives (a wire's "… pledges 189,000 public flats" over 李家超发表施政报告,
    the figure in its fourth paragraph). The findings of the units between wait with it."""

    settles: object


class FirstSentence(NamedTuple):
    """What only the first sentence of a headline's lead may settle: a name. A wire's headline
    may leave the country to its lead ("Xi, Tokayev hold talks"); but a headline that names
    another ("Kyrgyz President" for 哈萨克斯坦总统) says something else, not less, and a later
    sentence of the lead that names the country would hide it."""

    settles: object


def _settled(settles: object, given: frozenset, first: bool) -> bool:
    """Does a lead sentence that renders `given` settle a headline finding (`Check.headline`)?"""
    if settles is None:
        return False
    if isinstance(settles, FirstSentence):
        return first and _settled(settles.settles, given, first)
    if isinstance(settles, Anywhere):  # as the body gives it, or rounded ("147.3 mln t")
        return _settled(settles.settles, given, first)
    if isinstance(settles, frozenset):  # a changed pair: both given, or the English one, which
        # the source's headline rounds (8.9亿 over 8.91亿, "891m" in the English headline)
        return settles <= given or len(settles) == 2 and any(
            a in given and isinstance(a, float) and isinstance(b, float) and rounds_to(a, b)
            for a, b in itertools.permutations(settles))
    return settles in given or isinstance(settles, float) and any(
        isinstance(g, float) and rounds_to(g, settles) for g in given)


def _quote(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return f"“{text if len(text) <= limit else text[:limit - 1] + '…'}”"


def in_lost_part(unit: LintUnit, start: int, end: int) -> bool:
    """Is source[start:end] inside the part of the unit the reader found untranslated?"""
    return unit.untranslated is not None and \
        unit.untranslated[0] <= start and end <= unit.untranslated[1]


def missing_severity(entry) -> str:
    """How grave a missing rendering is: the entry's strictness, not the check's.

    A binding rendering (by default: an official one) is an error; a descriptive phrase
    marked `binding: false` (and any non-binding official entry) is info; otherwise a
    recommended rendering is a warning and a provisional one (tifa's own) info. Info is
    shown and never fails the run. docs/lint.md, "Severity".
    """
    if entry.binding:
        return "error"
    if entry.binding_explicit or entry.status != "recommended":
        return "info"
    return "warning"


_PREPOSITIONS = frozenset({"of", "with", "for", "in", "on", "among", "between", "to", "from",
                          "featuring", "against", "through", "at", "by"})
_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "such", "our", "its", "their",
                         "both"})
# (a figure with its thousands or its decimals one word: "the 1,035-km railway")
_WORDS = re.compile(r"\d[\d,.]*\d[\w'-]*|[\w'-]+")


def head_noun(rendering: str) -> str:
    """The word a short second mention keeps: 'community' of 'community with a shared
    future', 'initiative' of 'Global Development Initiative', 'consulate' of 'Consulate
    General' (a postpositive "general" is no head: "the consulate's hotline")."""
    words = _WORDS.findall(rendering.lower())
    end = next((i for i, word in enumerate(words) if word in _PREPOSITIONS and i), len(words))
    if end > 1 and words[end - 1] == "general":
        end -= 1
    return words[end - 1].removesuffix("-general") if end else ""


_HEADS: dict[tuple[str, str], frozenset[str]] = {}


def heads_of(entry) -> frozenset[str]:
    """The head nouns of an entry's accepted renderings a short mention may keep (3+ letters:
    "the amended law" for the Legislation Law)."""
    key = (entry.id, entry.en)
    heads = _HEADS.get(key)
    if heads is None:
        heads = _HEADS[key] = frozenset(h for h in map(head_noun, entry.accepted) if len(h) > 2)
    return heads


# Names of bodies, meetings, mechanisms, projects and initiatives: once given in full, news
# English calls them "the summit", "the mechanism", "the initiative" in any later paragraph.
# A formulation (principle, slogan) keeps the paragraph rule: "this community" in the paragraph
# of "a community with a shared future" or in the sentence right after it (news English gives
# each sentence its own paragraph), not two paragraphs on, where a reviser checks it.
NAME_CATEGORIES = frozenset({"organisation/place", "mechanism", "project", "initiative"})
# A thing of a field (外汇储备 "foreign exchange reserves") is said short like a name: "the
# reserves" two paragraphs on, the document having given it in full and no other with its head
# (the head right after the determiner: "the Sino-US relationship" may name another)
ANAPHOR_CATEGORIES = NAME_CATEGORIES | {"term"}


# The head nouns of events, and the words news English calls any of them by once named: 本届
# 进博会 "this year's event" after "the 9th China International Import Expo"
_EVENTS = frozenset({"expo", "summit", "forum", "fair", "festival", "games", "exhibition",
                     "conference", "exposition"})
_EVENT_WORDS = frozenset({"event", "edition", "gathering"})
_SERVICES = frozenset({"express", "railway"})
_SERVICE_WORDS = frozenset({"service", "train"})
# a railway, once named, is "the line" or "the route" (中老铁路 "The line now carries …")
_RAILWAYS = frozenset({"railway", "railroad"})
_RAILWAY_WORDS = frozenset({"line", "route"})
# an economy of a kind, once named, is "the sector" or "the industry" (低空经济 "the
# low-altitude economy", then "companies in the sector")
_FIELDS = frozenset({"economy"})
_FIELD_WORDS = frozenset({"sector", "industry"})


def _is_head(word: str, heads: frozenset[str]) -> bool:
    """Is the lower-case `word` one of `heads`, or its plural ("incomes", "crises")?"""
    return word in heads or word.rstrip("s") in heads or word[:-2] in heads or \
        fold_word(word) in heads


def anaphor_in(target: str, entry, between: int = 1) -> bool:
    """Does `target` hold a short second mention of `entry` ("this community", "the
    Initiative"): a determiner, at most one word (`between`), then the head noun of an accepted
    rendering (or its plural)?"""
    heads = heads_of(entry)
    if not heads:
        return False
    if heads & _EVENTS:  # an expo, a summit: "this year's event", "the gathering"
        heads = heads | _EVENT_WORDS
    if heads & _SERVICES:  # a named train: "the service", "Xi'an's China-Europe service"
        heads = heads | _SERVICE_WORDS
    if heads & _RAILWAYS:
        heads = heads | _RAILWAY_WORDS
    if heads & _FIELDS:
        heads = heads | _FIELD_WORDS
    words = _WORDS.findall(target.lower().replace("\u2019", "'"))
    for i, word in enumerate(words):
        if _is_head(word, heads):
            if (i >= 1 and _determiner(words[i - 1])) or \
                    (between and i >= 2 and _determiner(words[i - 2])):
                return True
            if i >= 1 and words[i - 1] in ("a", "an") and words[i + 1:i + 2] in (
                    ["that"], ["which"], ["of"]):
                return True  # "… for a globalisation that is more open": the one meant
    return False


_LIKEWISE = re.compile(r"\b(?:an?|the|another)\s+(?:similar|same|like)\s+(?P<head>[a-z]+)\b", re.I)


def likewise_in(target: str, entry) -> bool:
    """Does `target` hold a mention that says it is the same kind as one before ("On the same
    day, Li Qiang sent a similar message" for 同日，李强…致慰问电, "the same message" of a
    慰问电 rendered earlier): the head noun of an accepted rendering after "a similar", "the
    same". It points back at any distance, where "this community" points only near."""
    heads = heads_of(entry)
    return any(fold_word(m.group("head").lower()) in heads for m in _LIKEWISE.finditer(target))


_CLIPPED: dict[tuple[str, str], re.Pattern | None] = {}
_FUNCTION_WORDS = frozenset("of and for the in on to with a an at by".split())


def clipped_in(target: str, entry) -> bool:
    """Does `target` say an accepted rendering of three words or more without its first word,
    as English says a term again once given in full ("a provident fund loan" after "the
    housing provident fund"; genres15)? Like "a similar message" (`likewise_in`) it points
    back at any distance; said first, it is still the term left out."""
    key = (entry.id, entry.en)
    rx = _CLIPPED.get(key, False)
    if rx is False:
        tails = {" ".join(words[1:]) for words in (r.split() for r in entry.accepted)
                 if len(words) >= 3 and words[1].lower() not in _FUNCTION_WORDS}
        rx = _CLIPPED[key] = re.compile(r"\b(?:" + "|".join(
            re.escape(t) for t in sorted(tails)) + r")\b", re.I) if tails else None
    return rx is not None and rx.search(target) is not None


# the word after a term that English says alone once the term is given: its field ("the
# sector") or its days ("the break")
_SAID_BY_KIND = ((("领域", "行业", "产业"),
                  re.compile(r"\b(?:the|this|that|its)\s+(?:sector|industry|field)\b", re.I)),
                 # (a film season named by it, 春节档期间 "during the holiday", "the frame")
                 (("期间", "假期", "长假", "档"),
                  re.compile(r"\b(?:the|this|that)\s+(?:holidays?|break|festival|frame|slot)\b",
                             re.I)),
                 # the flow of a thing a report has named: 集成电路进口 "Imports, …", 10月份集成电路
                 # 出口额 "October exports alone" (opening its sentence, or after a month or a
                 # determiner: "steel exports" is another thing's)
                 (("出口", "进口"),
                  re.compile(r"(?:^\W*|\b(?:the|its|their|total|these|those|January|February|"
                             r"March|April|May|June|July|August|September|October|November|"
                             r"December|monthly|quarterly)\s+)(?:exports|imports)\b", re.I)))


def kind_for(source: str, end: int, target: str, far: bool = False) -> bool:
    """Does the target say a term by what the source calls it after the term, where the
    source names it again (托育服务领域还存在…… "The sector also suffers …", 春节期间 "for the
    break"; the term given in full before)? With `far`, only a field or days, which point
    back at any distance ("the holiday" three paragraphs on); a flow ("October exports")
    may be another thing's, and points only near."""
    return any(source.startswith(after, end) and english.search(target) is not None
               for after, english in (_SAID_BY_KIND[:2] if far else _SAID_BY_KIND))


# two parties the source names side by side (习近平主席将同托卡耶夫总统举行会谈) and the English
# that says them together ("The two leaders will hold talks")
_PARTIES_ZH = re.compile(r"[同与和][^，。；！？]{1,14}?"
                         r"(?:举行|进行|会谈|会晤|会见|通电话|共同|互致)")
_PARTIES_EN = re.compile(r"\b(?:the|both)\s+(?:two\s+)?(?:leaders|presidents|heads\s+of\s+state|"
                         r"premiers|prime\s+ministers|foreign\s+ministers|ministers)\b", re.I)


def parties_said(source: str, start: int, end: int, target: str) -> bool:
    """Does the target say the term by the pair it stands in, where the source names it as one
    of two parties of a meeting ("the two leaders", "both presidents" for 习近平主席同托卡耶夫
    总统; each given in full before)?"""
    clause_start = max(source.rfind(p, 0, start) for p in "，。；！？") + 1
    clause_end = min((i for i in (source.find(p, end) for p in "，。；！？") if i >= 0),
                     default=len(source))
    return _PARTIES_ZH.search(source, clause_start, clause_end) is not None and \
        _PARTIES_EN.search(target) is not None


_LABEL_EN = re.compile(r"\s*([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s*:\s")


def label_of(source: str, target: str, end: int, entry) -> bool:
    """Does a headline say the body that opens it as its label by a word of its name ("Customs:
    China's foreign trade …" for 海关总署：…)? Only for an organisation whose term ends the
    Chinese label, and only words of its accepted renderings (not "Commerce:" for 海关总署)."""
    if entry.category != "organisation/place" or source[end:end + 1] not in "：:" or \
            not ends_as_heading(target):
        return False
    m = _LABEL_EN.match(target)
    if m is None:
        return False
    words = {w.casefold() for r in entry.accepted for w in _WORDS.findall(r)}
    return all(w.casefold() in words for w in _WORDS.findall(m.group(1)))


def straddled(source: str, start: int, end: int) -> bool:
    """Is a two-character term the end of one word and the start of the next, not a word of
    its own: 人大 in 村里的年轻人大多外出打工 (年轻人 | 大多)? The dictionary's segmentation of the
    stretch around it must cut inside it at both edges (焦作人大学堂 is 焦作 | 人大 | 学堂: the
    congress's lecture hall)."""
    if end - start != 2 or start == 0 or end == len(source):
        return False
    a = max(0, start - 6)
    cuts, at = set(), a
    for word in segment(source[a:min(len(source), end + 6)]):
        at += len(word)
        cuts.add(at)
    inside = {c for c in range(a + 1, at) if c not in cuts}  # positions inside a word
    return start in inside and end in inside


def fold_word(word: str) -> str:
    """A word as a head noun compares: American spelling, singular ("organisations")."""
    word = us_spelling(word)
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _determiner(word: str) -> bool:
    """A determiner, or a possessive that stands as one: "next year's expo", "this year's
    summit" say which expo and summit as "the" does."""
    return word in _DETERMINERS or word.endswith("'s") and len(word) > 3


# A name given in full may be "it" in the next sentence of its paragraph, where the Chinese
# repeats it as the subject (进博会是… "It was …") or as the owner (本届进博会的成果 "its outcomes")
# (after a short adverbial opening the sentence too: 八十一年来，联合国… "For eighty-one years
# it …")
_SUBJECT_BEFORE = re.compile(r"(?:^|[。！？；：:]\s*)"
                             r"(?:[^，。！？；：:]{1,8}(?:来|后|前|以来|期间|中)，)?"
                             r"(?:本届|这届|该|这一|此)?$")
_IT_FIRST = re.compile(r"^(?:[^:：]{1,40}[:：]\s*)?(?:It|Its|It's)\b"
                       r"|^(?:In|For|Over|Since|After|Before|During|Within)\b[^.;:!?]{1,40}?,?"
                       r" it\b(?!['’]s)")
_ITS = re.compile(r"\b[Ii]ts\b")


def pronoun_for(source: str, start: int, end: int, target: str) -> bool:
    """Does the target say a name of the source as a pronoun in the same role: "It …" for a
    name opening the Chinese sentence (after a speaker label perhaps), "its" for a name before
    的?"""
    if source.startswith("的", end):
        return _ITS.search(target) is not None
    before = source[:start]
    before = before.split("：", 1)[1] if "：" in before[:12] else before  # 周晓燕：进博会是…
    return _SUBJECT_BEFORE.search(before) is not None and _IT_FIRST.match(target) is not None


_ORGANIZATION = re.compile(r"\bthe Organi[sz]ation\b")  # the UN's, the WTO's own name for itself
_THEY = re.compile(r"\b(?:[Tt]hey|them|[Tt]heir)\b")


def plural_pronoun_for(target: str, entry) -> bool:
    """Does the target say "they", "them" or "their" for a name every accepted rendering of
    which is plural ("the DPP authorities", "external forces")?"""
    lasts = [(_WORDS.findall(r) or [""])[-1] for r in entry.accepted]
    return all(w.endswith("s") and not w.endswith("ss") for w in lasts) and \
        _THEY.search(target) is not None


_STOPS = "|".join(sorted(_PREPOSITIONS | {"and", "or", "but", "as", "than", "that", "which"}))
_NOUN_AFTER = re.compile(rf"[\w-]*(?:\s+(?!(?:{_STOPS})\b)[a-z][\w-]*){{0,3}}")


# a person's name right after a title's rendering: "Chief Executive John Lee"
_HOLDER = re.compile(r"\s+((?:[A-Z][a-z'’-]+\s+){0,2}[A-Z][a-z'’-]+)\b")
_CAPITALISED = re.compile(r"\b[A-Z][a-z'’-]+\b")


def _words_after(ctx: Context, target: str, entry) -> list[str]:
    """The words a name's rendering stands before in `target`: up to three, one of them its
    noun ("spaceship" in "the Shenzhou-24 crewed spaceship lifted off": a later "the
    spaceship" names it again); and "@" with each word of a person's name after a title
    ("Chief Executive John Lee": @john, @lee — a later "Lee" names the office's holder, the
    title said short, as news English does: "the resolve of Lee and his government" for
    行政长官和特区政府)."""
    out = []
    for _, end in ctx.matcher.accepted_spans(target, entry):
        m = _NOUN_AFTER.match(target, end)
        out.extend(fold_word(w) for w in (_WORDS.findall(m.group()) if m else ())
                   if w.isalpha() and w.islower() and len(w) > 2)
        m = _HOLDER.match(target, end)
        if m:
            out.extend("@" + w.lower() for w in m.group(1).split())
            # the head of a longer name the rendering opens: "Xi'an International Port
            # Station", later "the station"
            last = m.group(1).split()[-1]
            if len(m.group(1).split()) > 1 and last.isalpha():
                out.append(fold_word(last.lower()))
    return out


def mention_nouns(target: str) -> frozenset[str]:
    """The nouns a determiner introduces in `target` ("the spaceship" → spaceship)."""
    words = _WORDS.findall(target.lower().replace("\u2019", "'"))
    return frozenset(fold_word(w) for d, w in zip(words, words[1:], strict=False)
                     if _determiner(d))


# Characters after a term that do not make it the modifier of a longer noun (a particle, a
# conjunction, a verb-like function character): 志愿服务的, 志愿服务和, 志愿服务是.
# Characters after a term that start no noun it could modify: particles and conjunctions, and
# the first character of the verbs and adverbs a subject takes (冷战思维早已过时, 台湾问题纯属
# 中国内政, 中华文明具有…, …始终/必须/正在/仍然/均/将/不/没有).
_NOT_A_HEAD = frozenset("的地得和与及或等是在了着过也都就为对把被向从以于并而之其"
                        "纯具早已始必正仍还均皆乃须将不没")


_COP_ZH = re.compile(r"[》\s]*第[\d一二三四五六七八九十]{1,3}次缔约方(?:大会|会议)")
_COP_EN = re.compile(r"\bCO[Pp][\s-]?\d{1,2}\b")


def conference_of(source: str, hit_text: str, end: int, target: str) -> bool:
    """Is a convention named only as the session of its parties the English calls "COP31",
    or the UN Climate Change Conference so called?
    《联合国气候变化框架公约》第三十一次缔约方大会 is "COP31" (《生物多样性公约》第十五次缔约方大会
    "COP15"): the short name says the convention too; the session's number is the figures'."""
    name = hit_text.strip("《》")
    return (name.endswith("公约") and _COP_ZH.match(source, end) is not None
            or name.endswith(_COP_NAMES)) and _COP_EN.search(target) is not None


# the sessions English calls by their number alone: (第三十一届)联合国气候变化大会 "COP31"
_COP_NAMES = ("气候变化大会", "生物多样性大会")


def attributive_in(target: str, source: str, start: int, end: int, entry) -> bool:
    """Is a term that modifies a longer Chinese noun rendered as an English premodifier?

    志愿服务台 is a "volunteer desk" and 志愿服务队 a "volunteer team" (the glossary's own
    note), not a "volunteer service desk": English drops the rendering's head noun when the
    term stands before another noun; 中亚五国元首 are "the five Central Asian presidents". Only
    for a rendering of two to four words whose head is its last, lower-case word (not a proper
    name), and only when the rest of it stands before another word."""
    if end >= len(source) or not is_han(source[end]) or source[end] in _NOT_A_HEAD:
        return False
    for rendering in entry.accepted:
        premodifier = _premodifier(rendering)
        if premodifier is None:
            continue
        head, rx = premodifier
        if any(m.group(1).lower() not in _NOT_A_NOUN and
               not _renders_term(m.group(1), head, source[start:end], m.group(2),
                                 source[end:end + 4])
               for m in rx.finditer(target)):
            return True
    return False


@lru_cache(maxsize=8192)
def _premodifier(rendering: str) -> tuple[str, re.Pattern] | None:
    """For a rendering `attributive_in` may find as a premodifier, its head word and the
    pattern of the rest before another word; None for any other. Once per rendering: the
    pattern differs for each, and compiling it each time cost more than the search."""
    words = _WORDS.findall(rendering)
    if not 2 <= len(words) <= 4 or not words[-1].islower() or \
            head_noun(rendering) != words[-1].lower() or len(words[0]) <= 3:
        return None  # a proper name ends in a capital: "Silk Road Economic Belt"
    modifier = r"\s+".join(re.escape(w) for w in words[:-1])
    return words[-1], re.compile(rf"\b{modifier}\s+([a-z][\w-]*)(?:\s+([a-z][\w-]*))?", re.I)


def _renders_term(word: str, head: str, term: str, after: str | None, noun: str) -> bool:
    """Is the English `word` after a term's modifier another rendering of the term itself,
    not the noun the term modifies ("volunteer desk" for 志愿服务台)? So it is when it glosses
    a word of the term ("food security bottom line" for 食品安全底线: "security" is 安全 again,
    and food safety ≠ food security), or when the word `after` it renders the Chinese `noun`
    that follows the term ("rural development strategy" for 乡村振兴战略: "strategy" is 战略,
    so "development" stands where the term's head should). A form of the rendering's own
    head ("local legislative power" for 地方立法权) is no other rendering."""
    from tifa.tm.base import dictionary

    key, own = dictionary.stem(word), dictionary.stem(head)
    if key[:6] == own[:6]:
        return False
    lex = dictionary.lexicon()  # every word inside the term: 国家安全 is a word, so is 安全
    if any(key in lex.get(term[i:j], ()) for i in range(len(term))
           for j in range(i + 2, len(term) + 1)):
        return True
    if after is None or after.lower() in _NOT_A_NOUN:
        return False
    following = dictionary.stem(after)
    return any(following in lex.get(noun[:j], ()) for j in range(1, len(noun) + 1))


# Words that cannot be the noun a premodifier stands before: "food on campus" is not an
# attributive "food" (食品安全 left out), "volunteer desk" is.
_NOT_A_NOUN = _PREPOSITIONS | _DETERMINERS | frozenset({
    "without", "into", "onto", "across", "around", "during", "after", "before", "over", "under",
    "about", "within", "and", "or", "but", "nor", "as", "than", "a", "an",
})  # a verb may follow: "sewage is being treated" (…治理情况)


_LIST_PARTS = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
def _list_heads(entry) -> tuple:
    """The renderings of `entry` that are a shorter one completed by a list ("three forces"
    and "three forces of terrorism, separatism and extremism"): (the short form + " of ", the
    list's items, lowercased), for `list_cut`."""
    return _heads_of((entry.en, *(v.text for v in entry.en_variants)))


@lru_cache(maxsize=4096)
def _heads_of(forms: tuple[str, ...]) -> tuple:
    heads = []
    for full in forms:
        for short in forms:
            rest = full[len(short):]
            if short != full and full.lower().startswith(short.lower()) and \
                    rest.startswith(" of "):
                items = _LIST_PARTS.split(rest[4:].lower())
                if len(items) > 2:
                    heads.append((short.lower() + " of ", tuple(items)))
    return tuple(heads)


def list_cut(target: str, entry) -> str | None:
    """The item of a fixed list that the target leaves out where it opens the list with the
    term's short form ("the three forces of terrorism and separatism" for 三股势力), or None:
    the short form is accepted alone, not as the head of a list cut short."""
    heads = _list_heads(entry)
    low = visible_text(target).lower() if heads else ""  # "sepa\u00adratism" is said
    for head, items in heads:
        at = low.find(head)
        while at >= 0:
            after = low[at + len(head):]
            clause = after[:re.search(r"[.;:!?]|$", after).start()]
            said = [item for item in items if re.search(rf"\b{re.escape(item)}\b", clause)]
            if said and len(said) < len(items):
                return next(item for item in items if item not in said)
            at = low.find(head, at + 1)
    return None


class TermMissing(Check):
    code = "term-missing"
    severity = "error"  # per entry: see `missing_severity`
    title = ("a glossary term in the source has none of its accepted renderings in the target "
             "(error if binding, warning if recommended, info if provisional or descriptive)")
    example = ("守望相助 → “…the spirit of helping each other…” instead of "
               "“mutual assistance”")
    stateful = True  # a short second mention needs the full first one of the paragraph

    def run(self, unit: LintUnit, ctx: Context) -> Iterator[Finding]:
        return self.finish(unit, ctx, self.prepare(unit, ctx))

    def prepare(self, unit: LintUnit, ctx: Context):
        """(ids of entries rendered here, [(finding, entry id, short mention present)])."""
        if ctx.matcher is None or not unit.target.strip() or ctx.chinese_target \
                or unit.alignment:
            return None
        rendered: list[str] = []
        missing = []
        quotes = quoted_names(unit.source)
        gaps: list[int] = []  # where the terms without a rendering start
        left = [m.group() for m in chinese_left(unit.target)] if HAN_RUN.search(unit.target) \
            else []
        for hit in ctx.zh_hits():
            entry = hit.entry
            if in_lost_part(unit, hit.start, hit.end):
                continue  # partial-omission reports the part left out, terms and all
            if straddled(unit.source, hit.start, hit.end):
                continue  # 人大 in 年轻人大多: no term, two words' edges
            if any(hit.text in run for run in left):
                continue  # the term left in Chinese: `untranslated` reports it
            status = ctx.matcher.en_status(unit.target, entry)
            if status == "missing" and (
                    ctx.matcher.en_relaxed(unit.target, entry) is not None or
                    hit.start == 0 and label_of(unit.source, unit.target, hit.end, entry) or
                    any(ctx.matcher.en_status(unit.target, n) == "deprecated"
                        for n in hit.nested) or
                    attributive_in(unit.target, unit.source, hit.start, hit.end, entry) or
                    conference_of(unit.source, hit.text, hit.end, unit.target)):
                status = "relaxed"  # or a deprecated part, which term-deprecated reports
            cut = list_cut(unit.target, entry) if status in ("official", "variant") else None
            if cut is not None:
                status = "missing"  # its short form opens a list with a part left out
            if status != "missing":  # accepted, deprecated (reported apart) or no rendering
                rendered.append(entry.id)
                rendered.extend(n.id for n in hit.nested)
                continue
            gaps.append(hit.start)
            if any(m.entry_id == entry.id for m in missing):
                continue  # a rendering is looked for once a unit: the term twice, one finding
            others = [v.text for v in entry.en_variants]
            hint = f"accepted: {', '.join(_quote(v) for v in others)}" if others else \
                (entry.note.split(". ")[0] if entry.note else "")
            finding = self.finding(
                unit, f"{hit.text} should be rendered {_quote(entry.en)}",
                Span("source", hit.start, hit.end, hit.text), entry.zh, entry.en, hint)
            finding.severity = missing_severity(entry)
            # a term inside a longer quoted name (人大 in “焦作人大学堂”), not a quoted term
            quote = next((key for start, end, key in quotes if start <= hit.start and
                          hit.end <= end and hit.end - hit.start < end - start), None)
            finding.moved = ("term", entry.id) if quote is None else ("term", entry.id, "quoted")
            if cut is not None:
                finding.message += f" (its list leaves out {_quote(cut)})"
            short = anaphor_in(unit.target, entry) or \
                kind_for(unit.source, hit.end, unit.target) or \
                parties_said(unit.source, hit.start, hit.end, unit.target)
            named = short and (entry.category in NAME_CATEGORIES or entry.category == "term"
                               and anaphor_in(unit.target, entry, between=0))
            # "it", "its" for a name of the paragraph's unit before (not a later paragraph's);
            # "they", "them" for a plural name; "the Organization" for a body so named
            short = short or entry.category in NAME_CATEGORIES and (
                pronoun_for(unit.source, hit.start, hit.end, unit.target) or
                plural_pronoun_for(unit.target, entry) or
                entry.category == "organisation/place" and
                _ORGANIZATION.search(unit.target) is not None)
            # "the spaceship" after "the Shenzhou-24 crewed spaceship": the words after the
            # name, kept, in `finish` (a determiner and a noun of the target)
            if not short and entry.category in NAME_CATEGORIES:
                short = mention_nouns(unit.target)
            missing.append(_Missing(finding, entry.id, short, heads_of(entry) if named else None,
                                    quote, entry.category in NAME_CATEGORIES,
                                    likewise_in(unit.target, entry) or
                                    clipped_in(unit.target, entry) or
                                    kind_for(unit.source, hit.end, unit.target, far=True)))
        heads = [(h, hit.entry.id) for hit in ctx.zh_hits() if hit.entry.id in rendered
                 and hit.entry.category in ANAPHOR_CATEGORIES for h in heads_of(hit.entry)]
        followers = [(noun, hit.entry.id) for hit in ctx.zh_hits()
                     if hit.entry.id in rendered and hit.entry.category in NAME_CATEGORIES
                     for noun in _words_after(ctx, unit.target, hit.entry)]
        # quoted names whose terms this unit renders in full: later, "the lecture hall"
        whole = [key for start, end, key in quotes
                 if not any(start <= gap < end for gap in gaps)]
        return rendered, missing, heads, whole, followers

    def finish(self, unit: LintUnit, ctx: Context, prepared) -> Iterator[Finding]:
        place = ("mentioned", unit.doc)
        before = ctx.state.get(place) or _Mentions.new()
        # the terms fully rendered earlier in this paragraph; without paragraphs, in the
        # unit just before
        same_para = before.para == unit.para if unit.para else True
        window = before.window if same_para else frozenset()
        rendered, missing, heads, whole, followers = prepared if prepared is not None \
            else ((), (), (), (), ())
        mentioned = []  # said short: the next unit of the paragraph may say "it" in turn
        short_at: set[int] = set()  # where in the source a term said short begins
        kept: list[tuple[Finding, object]] = []
        for finding, entry_id, short, name_heads, quote, is_name, likewise in missing:
            if likewise and entry_id in before.earlier:
                mentioned.append(entry_id)
                continue  # "a similar message", the message of sympathy rendered before
            if isinstance(short, frozenset):  # nouns after a determiner: one that followed
                short = any(_only_antecedent(entry_id, frozenset({n}), before.followers)
                            for n in short)  # this name before ("the spaceship")
            if short and (entry_id in window or entry_id in before.previous or
                          (finding.severity == "info" and entry_id in before.earlier) or
                          (name_heads and _only_antecedent(entry_id, name_heads, before.named))):
                mentioned.append(entry_id)
                if finding.span is not None:
                    short_at.add(finding.span.start)
                continue  # "this community" after "a community with a shared future"
            if before.followers and any(("@" + w.lower(), entry_id) in before.followers
                                        for w in _CAPITALISED.findall(unit.target)):
                continue  # 行政长官 "Lee" after "Chief Executive John Lee": its holder
            if quote is not None and quote in before.quoted:
                continue  # 人大 in “焦作人大学堂”, given in full before, now "the lecture hall"
            if is_name and entry_id in before.earlier and _relationship_said(unit, finding):
                continue  # 中国东盟关系 "the relationship", the bloc named before
            if entry_id in before.earlier and _body_said_short(unit, finding):
                continue  # 东林海上搜救中心 "the Donglin centre", the body named in full before
            if is_name and not short and entry_id in before.earlier and \
                    finding.severity == "error":
                # a name the document gave in full in an earlier paragraph, left out or said
                # otherwise now: news English drops a repeated subject ("So far this year,
                # 15,000 trips have been made" for 今年以来，中欧班列开行1.5万列), so a
                # reviser's question, not an error. Its first mention stays an error, and so
                # does "the summit" where two summits were named (which one?)
                finding.severity = "warning"
                finding.message += " (given in full earlier in the document)"
            if short and is_name:  # "the consulate's hotline": its name may have moved
                finding.moved = ("term", entry_id, "short")  # to any earlier unit's English
            # (a name that names a country the source does not — "Laos-Vietnam Railway" for
            # 中老铁路 — says something else, not less: no lead settles it)
            kept.append((finding, (None if _COUNTRY_OF_NAME.search(finding.expected or "") and
                                   names_another_country(unit.source, unit.target)
                                   else FirstSentence(entry_id)) if is_name else entry_id))
        # a term that only qualifies the next, said short: 新时代 of 新时代命运共同体建设 in "the
        # building of that community", "a … community … in the new era" said before
        said = before.earlier | window | before.previous
        kept = [(f, k) for f, k in kept if f.span is None or f.span.end not in short_at
                or getattr(k, "settles", k) not in said]
        yield from self.headline(unit, ctx, kept, [*rendered, *self._offered(unit, ctx)])
        if rendered or mentioned or whole or (unit.para and not same_para) or \
                (not unit.para and window):
            before.earlier.update(rendered)
            before.named.update(heads)
            before.quoted.update(whole)
            before.followers.update(followers)
            ctx.state[place] = before._replace(
                para=unit.para or "",
                window=(window if unit.para else frozenset()) | frozenset(rendered)
                | frozenset(mentioned),
                previous=frozenset(rendered) | frozenset(mentioned))
        elif before.previous:
            ctx.state[place] = before._replace(previous=frozenset())

    def _offered(self, unit: LintUnit, ctx: Context) -> list[str]:
        """The terms of a held headline that this unit's English gives though its Chinese
        lacks them: 外交部发言人宣布 over a lead "…, the spokesperson of the Chinese Foreign
        Ministry announced" (the headline's source moved into the lead's English)."""
        held = ctx.state.get(("headline", self.code))
        if held is None or held[0] != unit.doc or ctx.matcher is None:
            return []
        wanted = {getattr(settles, "settles", settles): f for f, settles in held[2]
                  if f.span is not None}
        return [e.id for e in ctx.matcher.entries if e.id in wanted and (
            ctx.matcher.en_status(unit.target, e) in ("official", "variant")
            or ctx.matcher.en_relaxed(unit.target, e) is not None
            or attributive_in(unit.target, wanted[e.id].source, wanted[e.id].span.start,
                              wanted[e.id].span.end, e))]

_RELATION_ZH = re.compile(r"(?:[同与和][\u4e00-\u9fff]{1,4})?关系")
_RELATION_EN = re.compile(r"\b(?:the|this|their|our|its|bilateral)\s+(?:relationship|relations|"
                          r"ties)\b", re.I)


def _relationship_said(unit: LintUnit, finding: Finding) -> bool:
    """Is the name one party of a relationship (中国东盟关系, 东盟同中国关系) that the target
    calls "the relationship", "their ties"? Its parties are then said short, as they were
    named before."""
    span = finding.span
    return span is not None and _RELATION_ZH.match(unit.source, span.end) is not None and \
        _RELATION_EN.search(unit.target) is not None


# the last word of a body's Chinese name, and the English noun that calls the body short once
# its full name is given: 东林海上搜救中心 "the centre", "the Donglin centre"
_BODY_HEADS = (("中心", "centre|center"), ("办公室", "office"), ("委员会", "commission|committee"),
               ("协会", "association"), ("研究院", "institute|academy"), ("基金会", "foundation"),
               ("管理局", "administration|authority|bureau"), ("局", "bureau|administration"))


def _body_said_short(unit: LintUnit, finding: Finding) -> bool:
    """Is the term part of a body's name (海上搜救 in 东林海上搜救中心) that the target calls by
    its head noun alone ("the centre", "the Donglin centre")? The term was rendered earlier in
    the document, in the body's full name; a term that stands alone, or a body the English
    names otherwise, is still reported (genres14)."""
    span = finding.span
    if span is None:
        return False
    rest = unit.source[span.end:span.end + 8]
    for zh, en in _BODY_HEADS:
        tail = rest.find(zh)
        if 0 <= tail <= 4 and not re.search(r"[，。、；：和与及]", rest[:tail]):
            return re.search(rf"\b(?:the|this|that|its)\s+(?:[A-Z][\w'-]*\s+)?(?:{en})\b",
                             unit.target, re.I) is not None
    return False


class _Missing(NamedTuple):
    """A term a unit does not render, as `TermMissing.prepare` leaves it for `finish`."""

    finding: Finding
    entry_id: str
    short: bool | frozenset[str]   # a short mention here (or the nouns after a determiner)
    name_heads: frozenset[str] | None  # the head nouns a name's short mention may keep
    quote: str | None              # the quoted name the term stands inside
    is_name: bool                  # a body, meeting, mechanism, project or initiative
    likewise: bool                 # "a similar message", "a provident fund loan", "the
    #                                holiday" (春节档期间): the one rendered earlier, again
    #                                (`likewise_in`, `clipped_in`, `kind_for`)


class _Mentions(NamedTuple):
    """What a document has named so far, for short second mentions (`TermMissing`).

    The four sets of what the whole document gave only grow, so they are grown in place and
    shared by each unit's `_Mentions` of the document: a union per unit copied them whole, a
    cost that grew with the document (a 20,000-unit TMX spent 1.5 s on it)."""

    para: str                           # the paragraph of the last unit kept
    window: frozenset[str]              # entries rendered in that paragraph
    earlier: set[str]                   # entries rendered anywhere before
    named: set[tuple[str, str]]         # (head noun, entry) of names given
    quoted: set[str]                    # quoted names given whole
    previous: frozenset[str]            # entries rendered in the unit just before
    followers: set[tuple[str, str]]     # (noun after a name, entry) given

    @classmethod
    def new(cls) -> _Mentions:
        return cls("", frozenset(), set(), set(), set(), frozenset(), set())


_QUOTED = re.compile(r"[“\"《]([^“”\"《》]{2,40})[”\"》]")


def quoted_names(source: str) -> list[tuple[int, int, str]]:
    """(start, end, match key) of the names the Chinese sets in quotation marks or book-title
    marks (“焦作人大学堂”, 《中国共产党章程》): a name given whole once may later be shortened
    whole ("the lecture hall"), terms inside it and all."""
    return [(m.start(1), m.end(1), match_key(m.group(1))) for m in _QUOTED.finditer(source)]


def _only_antecedent(entry_id: str, heads: frozenset[str],
                     named: set[tuple[str, str]]) -> bool:
    """Was `entry` given in full earlier in the document, and no other name with its head
    noun ("the summit" after the China-Central Asia Summit alone, not after two summits)?"""
    ids = {i for h, i in named if h in heads}
    return ids == {entry_id}


class TermDeprecated(Check):
    code = "term-deprecated"
    severity = "error"
    title = "the target uses a deprecated rendering (whatever the source says)"
    example = "“One Belt, One Road” → use “Belt and Road Initiative”"

    def run(self, unit: LintUnit, ctx: Context) -> Iterator[Finding]:
        if ctx.matcher is None or not unit.target:
            return
        end = -1
        for hit in ctx.matcher.find_deprecated(unit.target):
            if hit.start < end:
                continue  # a shorter deprecated form inside one already reported
            end = hit.end
            entry = hit.entry
            if hit.rendering.islower() and \
                    not any(h.entry is entry or entry in h.nested for h in ctx.zh_hits()) and \
                    _glossed(unit.source, hit.text):  # (the dictionary last: it costs most)
                continue  # "important part" for 重要组成部分: the source's words, not the term's
            reason = next((d.reason for d in entry.en_deprecated if d.text == hit.rendering), "")
            use = _in_context(entry, ctx)
            yield self.finding(
                unit, f"deprecated rendering {_quote(hit.text)}; use {_quote(use.en)}",
                Span("target", hit.start, hit.end, hit.text), use.zh, use.en, reason)


def _in_context(entry, ctx: Context):
    """The entry whose rendering the sentence needs: the source term that contains `entry`'s
    term (共建“一带一路” → "Belt and Road cooperation", not "Belt and Road Initiative")."""
    if ctx.unit is None or not ctx.unit.source:
        return entry
    for hit in ctx.zh_hits():
        if hit.entry is entry:
            return entry
        if any(n is entry for n in hit.nested) and hit.entry.en:
            return hit.entry
    return entry


class TermInconsistent(Check):
    code = "term-inconsistent"
    severity = "warning"
    title = "one source term rendered with different accepted renderings in one document"
    example = ("人类命运共同体 → “community with a shared future for mankind” in one "
               "sentence, “… for humanity” in another")
    stateful = True

    def run(self, unit: LintUnit, ctx: Context) -> Iterator[Finding]:
        return self.finish(unit, ctx, self.prepare(unit, ctx))

    def prepare(self, unit: LintUnit, ctx: Context) -> list[tuple]:
        """(hit text, entry id, entry zh, rendering used, its key place) per term with variants.

        The key place becomes a character span in `finish`, only if there is a finding.
        """
        if ctx.matcher is None or not unit.target.strip() or unit.alignment:
            return []
        out = []
        for hit in ctx.zh_hits():
            if not hit.entry.en_variants:
                continue  # a single accepted rendering cannot be used inconsistently
            if hit.entry.binding_explicit and not hit.entry.binding:
                continue  # a descriptive phrase ("external forces", "outside forces"): free
            found = [(rendering, pos, pos + len(key), key) for kind, rendering, pos, key in
                     ctx.matcher.en_places(unit.target, hit.entry) if kind != "deprecated"]
            # "Belt and Road" inside "Belt and Road Initiative" is not a second rendering
            used = {h[0]: h for h in found if not any(
                o is not h and o[1] <= h[1] and h[2] <= o[2] and
                (o[2] - o[1]) > (h[2] - h[1]) for o in found)}
            if len(used) != 1:
                continue  # none, or both forms side by side (deliberate): nothing to compare
            rendering, pos, _, key = next(iter(used.values()))
            if _prescribed_here(hit.entry, rendering, unit.source):
                continue  # the variant the glossary gives for this phrase: not a choice
            out.append((hit.text, hit.entry.id, hit.entry.zh, rendering, pos, key,
                        _short_forms(hit.entry), ends_as_heading(unit.target)))
        return out

    def finish(self, unit: LintUnit, ctx: Context, prepared) -> Iterator[Finding]:
        for text, entry_id, zh, rendering, pos, key, short, heading in prepared:
            first = ctx.remember(("term", unit.doc, entry_id), (rendering, unit.location,
                                                                heading))
            if first is None or first[0] == rendering:
                continue
            if rendering in short and _words(rendering) < _words(first[0]):
                continue  # "SMEs" after "small and medium-sized enterprises": house practice
            if first[2] and _words(first[0]) < _words(rendering):
                # a headline's short form ("… on the outcomes of the 9th CIIE", "China's chip
                # exports jump" over "integrated circuits"), or the headline's words the body
                # says with more ("President Xi Jinping" over "Chinese President Xi Jinping",
                # the first mention news English gives): a headline is written short
                continue
            if _name_and_adjective(rendering, first[0]):
                continue  # "the Kazakh President" and "Kazakhstan": one name, two parts of speech
            if _reordered(rendering, first[0]):
                continue  # "compatriots in Taiwan" / "Taiwan compatriots": the sentence chose
            if _singular(rendering) == _singular(first[0]):
                continue  # "sister-city ties" after "sister cities": one rendering, its number
            if _RELATIONSHIP.sub("relations", rendering.casefold()) == \
                    _RELATIONSHIP.sub("relations", first[0].casefold()):
                continue  # "China-US relations are" / "the China-US relationship is": grammar
            if _verb_form(rendering) == _verb_form(first[0]):
                continue  # "expand domestic demand" / "expanding domestic demand": grammar
            start, end = ctx.matcher.en_span(unit.target, pos, key)
            if _NAME_GOES_ON.match(unit.target, end):
                continue  # "the Laos-China Railway Company" (老中铁路公司): another's name
            finding = self.finding(
                unit, f"{text} rendered {_quote(rendering)} here but {_quote(first[0])} "
                f"at {first[1]}", Span("target", start, end, unit.target[start:end]), zh,
                first[0], "use one rendering of a term throughout a document")
            if _words(rendering) != _words(first[0]) or heading or first[2]:
                # forms of different length ("Eurasia" / "Eurasian continent", or the full
                # form after its short one), or a headline's wording beside the body's
                # ("China-Europe freight trains" over "the China-Europe Railway Express"):
                # a choice of context, not an inconsistency
                finding.severity = "info"
            yield finding


def _words(text: str) -> int:
    return len(text.split())


def _singular(text: str) -> str:
    """`text` with its last word singular and its hyphens spaces, to compare two renderings
    that differ only so (the glossary lists "sister-city" beside "sister cities" for the noun
    before a noun)."""
    text = text.casefold().replace("-", " ")
    if text.endswith("ies"):
        return text[:-3] + "y"
    return text[:-1] if text.endswith("s") and not text.endswith("ss") else text


def _name_and_adjective(a: str, b: str) -> bool:
    """One word the start of the other: a country and its adjective (Kazakhstan / Kazakh,
    Uzbekistan / Uzbek), not two renderings to choose between."""
    short, long = sorted((a.casefold(), b.casefold()), key=len)
    return " " not in long and len(short) >= 4 and long.startswith(short) and short != long


# "relations" and "relationship" are one rendering: the sentence's grammar picks
_RELATIONSHIP = re.compile(r"\brelationships?\b")


def _verb_form(text: str) -> str:
    """`text` with its first word as the verb's base, to compare a rendering with its verbal
    variant (扩大内需 "expanding domestic demand", "expand domestic demand" after 要): the
    sentence's grammar picks, as it does "relations" or "relationship"."""
    first, _, rest = text.casefold().partition(" ")
    if first.endswith("ing") and len(first) > 5:
        first = first[:-3]
        if first[-1] == first[-2] and first[-1] not in "ls":
            first = first[:-1]  # planning, running
    return f"{first.removesuffix('e')} {rest}"


def _reordered(a: str, b: str) -> bool:
    """The same words, a modifier after the noun with a preposition in one and before it in
    the other: "compatriots in Taiwan" and "Taiwan compatriots" (of the mainland's Taiwan
    compatriots only the second can be said), "question of Taiwan" and "Taiwan question" —
    one rendering, put as the sentence needs. Two orders of the same premodifiers ("mutual
    political trust", "political mutual trust") are a choice, and stay one."""
    def words(text: str) -> tuple[list[str], bool]:
        found = [w for w in _WORDS.findall(text.casefold()) if w not in ("a", "an", "the")]
        return sorted(w for w in found if w not in _PREPOSITIONS), \
            any(w in _PREPOSITIONS for w in found)
    (wa, pa), (wb, pb) = words(a), words(b)
    return wa == wb and pa != pb


_ACRONYM = re.compile(r"[A-Z][A-Za-z&-]*[A-Z]s?")


_NAME_GOES_ON = re.compile(r" (?:[A-Z][a-z]+|Co\.)")  # a longer proper name


def _prescribed_here(entry, rendering: str, source: str) -> bool:
    """Is `rendering` a variant whose note names this very Chinese context as its use?

    世代友好 is "everlasting friendship", but the glossary gives "friendship from generation to
    generation" for (世代友好的人民期盼, 世代友好的基石): a text that follows it in those two
    phrases and keeps the official form elsewhere is consistent. …… in a quoted context stands
    for any words (让我们……团结奋斗)."""
    note = next((v.note for v in entry.en_variants if v.text == rendering), None)
    if not note:
        return False
    for context in re.findall(r"[\u4e00-\u9fff“”‘’…]{4,}", note):
        parts = [re.escape(p) for p in context.split("……") if p]
        if parts and any(entry.zh in p for p in context.split("……")) and \
                re.search(".*?".join(parts), source):
            return True
    return False


def _short_forms(entry) -> frozenset[str]:
    """The accepted renderings that shorten the full one once it has been given: acronyms
    (SCO, CICA, SMEs) and variants whose note calls them a short form or an abbreviation."""
    return frozenset(v.text for v in entry.en_variants if _ACRONYM.fullmatch(v.text) or
                     re.search(r"\b(short form|abbreviation)\b", v.note or "", re.I))


class SegmentInconsistent(Check):
    code = "segment-inconsistent"
    severity = "warning"
    title = ("the same source translated differently, or the same translation for different "
             "sources, in one document")
    example = "“世界需要一个稳定的中亚。” translated two different ways"
    MIN_WORDS = 3  # "Thank you." may well answer 谢谢 and 谢谢大家
    stateful = True

    def run(self, unit: LintUnit, ctx: Context) -> Iterator[Finding]:
        return self.finish(unit, ctx, self.prepare(unit, ctx))

    def prepare(self, unit: LintUnit, ctx: Context) -> tuple | None:
        """Hashes of the source and target keys; whether the target is long enough."""
        if not unit.target.strip() or not unit.source.strip() or unit.alignment:
            return None
        tkey = english_key(unit.target)  # single-spaced: its spaces count its words
        return hash(ctx.source_key()), hash(tkey), tkey.count(" ") + 1 >= self.MIN_WORDS

    def finish(self, unit: LintUnit, ctx: Context, prepared) -> Iterator[Finding]:
        if prepared is None:
            return
        shash, thash, long_enough = prepared
        first = ctx.remember(("src", unit.doc, shash),
                             (thash, unit.location, unit.target[:120]))
        if first is not None and first[0] != thash:
            yield self.finding(
                unit, f"same source as {first[1]}, translated differently there: "
                f"{_quote(first[2])}", None, None, first[2],
                "identical sources should get identical translations")
        if not long_enough:
            return
        first = ctx.remember(("tgt", unit.doc, thash),
                             (shash, unit.location, unit.source[:40]))
        if first is not None and first[0] != shash:
            yield self.finding(
                unit, f"same translation as {first[1]} for a different source "
                f"{_quote(first[2], 30)}", None, None, None,
                "a copied translation? check the target belongs to this source")


# What may stand between an amount and the press's conversion of it into another currency
# or unit: "10 billion yuan ($1.4 billion)", "RMB10 billion (about US$1.4 billion)", "1.43
# trillion jin (715 million tonnes)", "568 kg/mu (8.5 t/ha)"
_CONVERSION_GAP = re.compile(
    r"[\s-]*(?:yuan|renminbi|dollars?|euros?|roubles?|rubles?|[a-z]+(?:/[a-z]+)?"
    r"(?:\s+(?:per|a)\s+[a-z]+)?)?\s*"  # ("kg per hectare (")
    r"(?:[a-z]+\s+){0,3}?"  # ("CNY 2 to CNY 7 depending on distance (roughly US$0.30 …")
    r"(?:[(（]|[—–]|--|,\s+or\b"
    # (or the next sentence of a script, said to listeners: "… 7.6 trillion yuan last year.
    # That's a little over a trillion US dollars.")
    r"|[^.!?;()]{0,30}?[.;]\s+That(?:'s|’s|\s+is|\s+comes\s+to)\b)\s*"
    r"(?:(?:about|around|roughly|some|approximately|approx\.|nearly|almost|over|under|"
    r"a\s+little|just|more\s+than|less\s+than|or|equivalent\s+to|worth)\s+)*(?:an?\s+)?",
    re.I)


_RANGE_JOIN = re.compile(r"\s*(?:to|and|[-–—])\s*")


def _conversion(target: str, q, pairs) -> bool:
    """Whether `q`, an amount the source lacks, is in brackets right after an amount paired
    with the source in another currency or another unit of the same measure: the news
    agencies' conversion ("10 billion yuan ($1.4 billion)", "1.43 trillion jin (715 million
    tonnes)", or after a dash: "1.4 trillion jin — some 700 million tonnes"), not a figure of
    its own; or the far end of a range whose near end is one ("(roughly US$0.30 to US$1)").
    The amount it converts is still checked."""
    if q.kind != "money" and q.unit not in MEASURES:
        return False
    return _converts_after(target, q, pairs) or any(
        p.kind == q.kind and p.unit == q.unit and p.span[1] <= q.span[0]
        and _RANGE_JOIN.fullmatch(target, p.span[1], q.span[0])
        and _converts_after(target, p, pairs) for p in extract_en(target))


def _converts_after(target: str, q, pairs) -> bool:
    """`_conversion`'s look at the paired amounts before (or after) `q`."""
    return any(
        e.unit != q.unit and e.span[1] <= q.span[0]
        and (e.kind == q.kind == "money" or converts(z, q) or restates(z, q))
        and _CONVERSION_GAP.fullmatch(target, e.span[1], q.span[0])
        # the conversion first, the source's own figure in brackets after it: "an increase
        # of 274,700 hectares (4.12 million mu)"
        or q.span[1] <= e.span[0] and converts(z, q) and restates(z, e)
        and _CONVERSION_GAP.fullmatch(target, q.span[1], e.span[0]) for z, e in pairs)


# a Celsius figure and its Fahrenheit in brackets, as American papers write a temperature
_CELSIUS_GAP = re.compile(r"\s*(?:[°º]\s*C\b|C\b|degrees?\s+(?:Celsius|C\b))\s*[(（]\s*"
                          r"(?:about\s+|around\s+|minus\s+|-|−)?", re.I)
_FAHRENHEIT = re.compile(r"\s*(?:[°º]\s*F\b|F\b|degrees?\s+(?:Fahrenheit|F\b))", re.I)


def _fahrenheit(target: str, q, pairs) -> bool:
    """Whether `q`, a figure the source lacks, is the Fahrenheit in brackets after a Celsius
    figure the source gives: "above 35 C (95 F)", "-5°C (23°F)" — a conversion, not a figure
    of its own (a Fahrenheit that is not the conversion is still reported)."""
    if q.kind != "number" or _FAHRENHEIT.match(target, q.span[1]) is None:
        return False
    return any(e.span[1] <= q.span[0] and _CELSIUS_GAP.fullmatch(target, e.span[1], q.span[0])
               and any(abs(float(q.value) * sign - (float(e.value) * side * 9 / 5 + 32)) <= 1
                       for sign in (1, -1) for side in (1, -1))
               for _, e in pairs if e.kind == "number")


# a change from one figure to another (由1.40%下调至1.30%, 从6万人增加到8万人), and the English
# that gives its size beside them ("cut by 10 basis points to 1.30% from 1.40%")
_CHANGE_FROM = re.compile(r"[由从]\s*$")
_CHANGE_TO = re.compile(r"[^，。；！？,;]{0,8}?(?:至|到|为)\s*")
_BY_BEFORE = re.compile(r"\b(?:by|of)\s+(?:about\s+|some\s+|around\s+)?$", re.I)


def _difference(source: str, target: str, q, pairs) -> bool:
    """Whether `q`, a figure the source lacks, is the size of a change the source gives by its
    two ends (由1.40%下调至1.30% "cut by 10 basis points to 1.30% from 1.40%"): worked out from
    two figures that are both checked, not a figure of its own. A size that is not the
    difference ("by 15 basis points") is still reported."""
    if q.approx or not isinstance(q.value, float) or \
            not _BY_BEFORE.search(target, max(0, q.span[0] - 20), q.span[0]):
        return False
    for z1, _ in pairs:
        if not _CHANGE_FROM.search(source, max(0, z1.span[0] - 2), z1.span[0]):
            continue
        for z2, _ in pairs:
            if z2.span[0] < z1.span[1] or z2.kind != z1.kind or z2.unit != z1.unit or \
                    not isinstance(z1.value, float) or not isinstance(z2.value, float) or \
                    not _CHANGE_TO.fullmatch(source, z1.span[1], z2.span[0]):
                continue
            size = abs(z1.value - z2.value)
            if z1.kind == "percent" and z1.unit == "%":
                fits = q.kind == "percent" and q.unit == "pp"
            else:
                fits = q.kind == z1.kind and q.unit == z1.unit
            if fits and size and abs(q.value - size) < 1e-6 * max(1.0, size):
                return True
    return False


# the UN's way of citing a resolution, its year after it: "resolution 2334 (2016)"
_RESOLUTION = re.compile(r"\b[Rr]esolutions?\s+(?:\d+\s*\(\d{4}\)\s*(?:,|and)\s*)*\d+\s*\(\s*$")


def _resolution_year(target: str, q) -> bool:
    """Whether `q`, a year the source lacks, is a resolution's year as the UN cites it
    ("Security Council resolution 2334 (2016)" for 安理会第2334号决议): the resolution's, not a
    date of the text."""
    return q.kind == "year" and target[q.span[1]:q.span[1] + 1] == ")" and \
        _RESOLUTION.search(target, max(0, q.span[0] - 60), q.span[0]) is not None


# a figure the source says once for every item before it (均下调10个基点, 各增加2人)
_FOR_EACH = re.compile(r"(?:均|各|都|皆|一律)[\u4e00-\u9fff]{0,4}$")


def _said_for_each(source: str, q, pairs) -> bool:
    """Whether `q`, a figure the source lacks, repeats a rendered figure the source gives once
    for each of its items: 三个月、半年、一年期……均下调10个基点 as a table's row each, "-10 bps"
    three times."""
    return any(e.kind == q.kind and e.value == q.value and e.unit == q.unit and
               _FOR_EACH.search(source, max(0, z.span[0] - 6), z.span[0]) is not None
               for z, e in pairs)


# a rate's base as the source writes it without a figure: per ten thousand yuan (0.21吨/万元,
# 每万元营业收入; not 10万元, 300万元), per thousand or ten thousand people (千人口献血率,
# 每千人口, 每万人口拥有)
_PER_BASE = {1e4: re.compile(r"(?:/|每)万元|(?<![\d十百千])(?:每)?万人口|每万人"),
             1e3: re.compile(r"(?<![\d十百])(?:每)?千人口|每千人"),
             1e5: re.compile(r"(?:每)?十万人口|每十万人")}
_PER_BEFORE = re.compile(r"\bper\s+$", re.I)


# a table's unit with a power of ten and no figure (单位：亿元, 单位：万吨; twenty-seventh round)
# and the English that states a unit ("unit: 100 million yuan", "(in 10,000 tonnes)")
# (a measure word and the header's end after it: not 各有关单位：千万注意, a notice's "be sure")
_UNIT_HEADER = re.compile(r"单位\s*[：:]\s*(?:人民币)?(十亿|千万|百万|十万|亿|万|千)"
                          r"(?:元|美元|欧元|日元|港元|英镑|卢布|吨|公斤|千克|人次|人|户|台|辆|件|套|个|"
                          r"头|只|平方米|立方米|千瓦时|千瓦|亩|公顷|册|张|箱|份|次|标箱|桶|升)?"
                          r"(?=$|[\s）)，,。；;、/%％])")
_UNIT_POWERS = {"千": 1e3, "万": 1e4, "十万": 1e5, "百万": 1e6, "千万": 1e7, "亿": 1e8, "十亿": 1e9}
_UNIT_EN = re.compile(r"\b(?:[Uu]nits?\s*[:：]|\(\s*in\b|[Ii]n units of\b)\s*([^;:)(]*[^;:)(\s])")


def _unit_header(source: str) -> tuple[re.Match, float] | None:
    """A table header's unit with its power of ten (单位：亿元: 1e8), or None."""
    m = _UNIT_HEADER.search(source)
    return (m, _UNIT_POWERS[m.group(1)]) if m else None


def _per_ten_thousand(source: str, target: str, q) -> bool:
    """Whether `q`, a figure the source lacks, is the base of a rate the source gives with no
    figure: 0.21吨二氧化碳当量/万元 "0.21 tCO2e per RMB 10,000 of revenue", 千人口献血率为12.4
    "12.4 donations per 1,000 residents" (another base, "per RMB 1,000", "per 10,000
    residents", is still reported)."""
    base = _PER_BASE.get(q.value)
    return base is not None and q.unit in (None, "CNY") and \
        _PER_BEFORE.search(target, max(0, q.span[0] - 8), q.span[0]) is not None and \
        base.search(source) is not None


# a price the source gives per several kilograms or jin (每50公斤120元, 120元/50公斤), and the
# English's price per kilogram after a figure ("2.40 yuan/kg", "2.4 yuan per kilogram")
_PRICE_PER_LOT = re.compile(r"每(?P<n>\d+(?:\.\d+)?)(?P<u>公斤|千克|斤)(?:[^\d，。；]{0,6})?"
                            r"(?P<p>\d+(?:\.\d+)?)元|(?P<p2>\d+(?:\.\d+)?)元/(?P<n2>\d+(?:\.\d+)?)"
                            r"(?P<u2>公斤|千克|斤)")
_PER_KG_AFTER = re.compile(r"\s*(?:yuan|RMB|CNY)?\s*(?:/\s*|per\s+)(?:kg|kilo(?:gram|gramme)?)\b",
                           re.I)
_KG_PER = {"公斤": 1.0, "千克": 1.0, "斤": 0.5}


def _per_kg_prices(source: str) -> list[float]:
    """The source's prices per lot of kilograms or jin, each per kilogram to the fen:
    每50公斤120元 → 2.4."""
    prices = []
    for m in _PRICE_PER_LOT.finditer(source):
        lot = float(m.group("n") or m.group("n2")) * _KG_PER[m.group("u") or m.group("u2")]
        if lot:
            prices.append(round(float(m.group("p") or m.group("p2")) / lot, 2))
    return prices


def _price_per_kg(source: str, target: str, q) -> bool:
    """Whether `q`, a figure the source lacks, is the source's price per 50 kg (or per any
    lot of kilograms or jin) said per kilogram: 每50公斤120元 "2.40 yuan/kg" (genres14), in
    the unit or in a headline over it; a price per kilogram that is not the quotient ("2.60
    yuan/kg") is still reported."""
    return q.kind == "money" and _PER_KG_AFTER.match(target, q.span[1]) is not None and \
        round(q.value, 2) in _per_kg_prices(source)


# a name's word before its number: "Line 4", "Terminal 2", "Phase 3"
_NAME_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")


def _name_said_again(target: str, q, pairs) -> bool:
    """Whether `q`, a figure the source lacks, is the number of a name the English said before
    in the sentence, paired with the source's: "every three and a half minutes on Line 4 and
    every four minutes on Line 6" for 4号线 and 6号线 named once, then 分别 (another line's
    number, or a name not said before, is still reported)."""
    word = _NAME_BEFORE.search(target, max(0, q.span[0] - 20), q.span[0])
    return q.kind == "number" and word is not None and any(
        e.kind == "number" and e.value == q.value and e.span[1] <= word.start() and
        (said := _NAME_BEFORE.search(target, max(0, e.span[0] - 20), e.span[0])) is not None
        and said.group(1) == word.group(1) for _, e in pairs)


def _respectively_named(source: str, target: str, q, zh) -> bool:
    """Whether `q` is the number of a name ("Line 4") the English gives to an item of the
    source's 分别 that the source does not name in the sentence: 两条线路……行车间隔分别为3分30秒和
    4分钟 "every three and a half minutes on Line 4 and every four minutes on Line 6", the lines
    named in the sentence before. A name whose number the source gives (4号线, 第四) is paired
    as any figure."""
    return q.kind == "number" and q.text.isdigit() and \
        _NAME_BEFORE.search(target, max(0, q.span[0] - 20), q.span[0]) is not None and \
        not any(z.value == q.value and (z.kind == "ordinal" or z.kind == "number" and
                                        source[z.span[1]:z.span[1] + 1] in ("号", "期", "线"))
                for z in zh)


_AGAINST_ZH = re.compile(r"[比较](?:上|去|前|同期|\d{1,2}月|[一二三四五六七八九十]{1,2}月|"
                         r"[一二三四]季度|(?:19|20)\d\d年)")
_FROM_BEFORE = re.compile(r"(?:\b(?:from|compared\s+with|against|versus|vs\.?|(?:previous|prior|"
                          r"preceding|last)\s+(?:month|quarter|year)['’]s)"
                          # a research note's previous reading in brackets: "50.3 (Oct: 49.8)"
                          r"|[(（]\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
                          r"|prior|previous|prev\.?|Q[1-4])\s*[:：])\s*$", re.I)


# the same with a gap and "than": "56 pips stronger for the yuan than the previous trading
# day's 7.1061" (a change's start said after its end)
_THAN_BEFORE = re.compile(r"\b(?:from|than|against|versus|vs\.?|compared\s+with)\b[^.;:]{0,35}$",
                          re.I)


def _apart_by(a: float, b: float, change: float) -> bool:
    """Whether two values are `change` apart, either way: the two ends of a change."""
    return abs(abs(a - b) - change) < 1e-6 * max(1.0, change)


def _other_end(source: str, target: str, q, e, pairs) -> bool:
    """Whether `q`, a change in percentage points the target lacks (比上月加快0.4个百分点), is
    given by the change's other end instead, worked out from a paired rate: 增长5.6%，比上月加快
    0.4个百分点 "rose 5.6% …, accelerating from 5.2% in September" (降幅比上月收窄0.3个百分点 "a
    smaller drop than the previous month's 0.5%"). Any other figure after "from" is still a
    figure the source does not have."""
    level = e.kind == "number" and e.unit in (None, "pt")  # an index's other end: "from 49.8"
    # (or a count's: 935项，比2026年减少14项 "935 items, down from 949 in 2026")
    count = q.kind == "number" and q.unit is None and level
    if not count and (q.kind != "percent" or q.unit != "pp" or
                      not (e.kind == "percent" or level) or e.unit == "pp") or q.approx or \
            not _AGAINST_ZH.search(source, max(0, q.span[0] - 12), q.span[0]) or \
            not _FROM_BEFORE.search(target, max(0, e.span[0] - 20), e.span[0]):
        return False
    way = direction_zh(source, q)  # (a start above a rise's end is no start)
    return any(z.kind == ("number" if count else "percent") and z.unit != "pp"
               and z.span[1] <= q.span[0] and (w.kind == "number") == level
               and isinstance(z.value, float) and isinstance(e.value, float)
               and (not way or (z.value - e.value) * way > 0)
               and _apart_by(z.value, e.value, q.value) for z, w in pairs)


_INDEX_BEFORE = re.compile(r"(?:指数|PMI|PPI|CPI)[（(A-Za-z)）]*"
                           r"(?:为|是|达|达到|录得|升至|降至|回升至|回落至)?\s*$")


def _index_level(source: str, target: str, q, e, pairs) -> bool:
    """Whether `e`, a bare figure the source lacks, is `q`, an index's level the source gives
    with a percent sign, as Chinese statistics write a diffusion index (制造业采购经理指数为
    50.3% "The official manufacturing PMI rose to 50.3"): the same reading. A percent that is
    no index's, or another value, is still reported."""
    return q.kind == "percent" and q.unit == "%" and e.kind == "number" and \
        e.unit in (None, "pt") \
        and q.value == e.value and \
        _INDEX_BEFORE.search(source, max(0, q.span[0] - 16), q.span[0]) is not None


_RATE_OF_ONE = re.compile(r"\s*(?:美元|欧元|英镑|日元|港元|港币|澳元|加元|瑞士法郎|卢布|韩元|"
                          r"新加坡元|人民币|元)对")


def _unit_of_rate(source: str, q) -> bool:
    """Whether `q`, a figure the English lacks, is the 1 of an exchange rate (1美元对人民币7.1005元
    "the dollar-yuan central parity at 7.1005", "The euro was fixed at 7.6543 yuan"): the unit
    the rate is for, said by the currency's name."""
    return q.value == 1 and q.text.strip() in ("1", "一") and \
        _RATE_OF_ONE.match(source, q.span[1]) is not None


def _start_given(source: str, target: str, q, pairs, before: tuple = ()) -> bool:
    """Whether `q`, a rate the source lacks, is where a change the source gives started,
    worked out from the rate it ended at: 1年期LPR为2.9%，…下降10个基点 "lowered … by 10 basis
    points to 2.9% from 3.0%" — the wire's "from", not a figure of its own. (A start that is
    not the end and the change is still reported.)"""
    if not isinstance(q.value, float) or q.unit == "pp":
        return False
    changes = [z.value for z, _ in pairs if z.kind == "percent" and z.unit == "pp"
               and isinstance(z.value, float)]
    if not changes:
        return False
    level = q.kind == "number" and q.unit is None  # an index's level: "to 50.3 from 49.8"
    if q.kind == "percent" or level:
        # (the way the source says it went: a start above a rise's end is no start)
        ways = {direction_zh(source, z) for z, _ in pairs if z.kind == "percent"
                and z.unit == "pp"} - {0}
        way = ways.pop() if len(ways) == 1 else 0
        start = _FROM_BEFORE.search(target, max(0, q.span[0] - 20), q.span[0]) is not None and \
            any(e.kind == q.kind and e.unit != "pp" and isinstance(e.value, float)
                and 0 < q.span[0] - e.span[1] < 20
                and (not way or (e.value - q.value) * way > 0)
                and any(_apart_by(q.value, e.value, c) for c in changes) for _, e in pairs)
        if start or not level:
            return start
    # an exchange rate's fixing: 上调56个基点 is 0.0056 of the rate ("56 pips stronger … than
    # the previous trading day's 7.1061" after 7.1005)
    # (the rate given here, or in the unit before: `before`, the (kind, value) it rendered)
    rates = [e.value for _, e in pairs if e.kind in ("number", "money")
             and isinstance(e.value, float) and e.span[1] <= q.span[0]] + \
        [v for kind, v in before if kind in ("number", "money") and isinstance(v, float)]
    return q.kind == "number" and \
        _THAN_BEFORE.search(target, max(0, q.span[0] - 60), q.span[0]) is not None and \
        any(_apart_by(q.value, rate, c / 100) for rate in rates for c in changes)


# a span of whole years as the source counts it (一年, 两年, 3年; not 周年, 年底 or 2026年)
_YEARS_ZH = re.compile(r"(?<![\d０-９〇零一二两三四五六七八九十百])"
                       r"(?P<n>[1-9]|[一两二三四五六七八九十])(?:个)?(?:整)?年(?![代底初末中份度级])")
_MONTHS_AFTER = re.compile(r"[\s-]*months?\b", re.I)


def _years_in_months(source: str, target: str, q) -> bool:
    """Whether `q`, a figure the source lacks, is a span of its years counted in months: 按一年计
    "over the next 12 months", 两年内 "within 24 months". The years must be in the source."""
    if not isinstance(q.value, float) or q.value % 12 or not 12 <= q.value <= 120 \
            or not _MONTHS_AFTER.match(target, q.span[1]):
        return False
    years = {_YEAR_COUNTS.get(m.group("n")) or int(m.group("n"))
             for m in _YEARS_ZH.finditer(source)}
    return q.value / 12 in years


_YEAR_COUNTS = {w: i for i, w in enumerate("一二三四五六七八九十", 1)} | {"两": 2}


# what stands between a date's day and its year: "December 2, 2026", "2 December 2026"
_DAY_TO_YEAR = re.compile(r",?\s*(?:[A-Z][a-z]+\.?)?,?\s*(?:of\s+)?")


def _year_of_date(target: str, q, pairs, lost, dated: bool = False) -> bool:
    """Whether `q`, a year the source lacks, completes a date paired with the source's own
    date without a year, as a dateline may (新华社北京12月2日电 "Beijing, December 2, 2026"), or
    a month or a quarter (前10个月 "Jan-Oct 2026", 三季度 "Q3 2026") where the document's
    source gives no year at all (`dated`: one it gives is compared): no figure of its own,
    where the source gives no year to compare it with."""
    return q.kind == "year" and not any(z.kind == "year" for z in lost) and any(
        (e.kind == "date" or e.kind in ("month", "period") and not dated)
        and e.span[1] <= q.span[0]
        and _DAY_TO_YEAR.fullmatch(target, e.span[1], q.span[0]) for _, e in pairs)


def dateline_dropped(source: str, target: str) -> int:
    """Where the dateline opening `source` ends (新华社南宁7月3日电（记者…）), when the English
    opens with none: a house that leaves datelines out (a situation report, a digest, a blog, a
    partner's own release) has lost no clause, and no date: the dateline's date is the day of
    writing, which such a page keeps apart. 0 when there is none, or the English gives its own."""
    head = dateline_end(source)
    return head if head and not EN_DATELINE.search(target, 0, 120) else 0


def _dateline_date(target: str, q, zh, en, source: str = "", lost=()) -> bool:
    """Whether `q`, a date the source lacks, is the date of an English dateline opening the
    unit ("JIANGNING, Nov. 28 -- …") where the source has no date at all: a wire's lead
    rebuilt from a sentence further down carries the story's dateline, which translates the
    Chinese dateline at the top. (A dateline paired with the Chinese one is checked against
    its date.) Or where the source's only date is this one, which the English gives again
    in its text ("BEIJING, June 18 (Wire) - … at midday on June 18 …"): a wire's dateline
    over a story that has none. Or, where `source` opens with no dateline of its own (a joint
    communiqué, a notice), any date of the English's dateline where every date of the source
    is said: the day the English was written ("Montevideo, December 18th 2026 (MP) –" over
    联合新闻公报; with a source's date lost, the dateline's is that date changed)."""
    if q.kind != "date" or any(z.kind == "date" and z.value != q.value for z in zh) and \
            (not source or dateline_end(source) or any(z.kind == "date" for z in lost)):
        return False
    m = EN_DATELINE.search(target, 0, 120)
    return m is not None and any(e.kind == "date" and e.value == q.value and
                                 m.start() <= e.span[0] and e.span[1] <= m.end() for e in en)


# a count of one things: 1艘海警船和1艘补给船 "a coast guard vessel and a supply ship"
_COUNTED = frozenset("艘名个家件位辆架座所条部本篇项支枚颗户笔例块株棵套台头只")
_ARTICLE = re.compile(r"\b(?:an?|single)\b", re.I)


def _one_as_article(source: str, target: str, q) -> bool:
    """Whether `q`, a figure the English lacks, is a count of one thing (1艘, 1名) that the
    English says with its article, as English does, or one time (每周至少陪餐1次 "at least
    once a week") that it says "once" (where the English has no count of its own left over:
    "two supply ships" for 1艘补给船 keeps the 1 lost)."""
    if q.value != 1.0 or q.kind != "number" or q.approx:
        return False
    if source[q.span[1]:q.span[1] + 1] in ("次", "回"):
        return _ONCE.search(target) is not None
    return (source[q.span[1]:q.span[1] + 1] in _COUNTED or source.startswith("小时", q.span[1])) \
        and _ARTICLE.search(target) is not None  # (1小时以上 "more than an hour")


_ONCE = re.compile(r"\bonce\b", re.I)


# a year that names a goal or a deadline, not the year of the news: 2030年议程, 2035年远景目标,
# 2030年前 (the weekday of a date is not looked up in it)
_NAMING_YEAR = re.compile("年?(?:可持续发展)?(?:议程|愿景|远景目标|目标|规划|前)")


def _weekday_given(target: str, date: tuple, years) -> bool:
    """Whether `date` (month, day), which the English lacks, is given by its day of the week,
    as wires write 新华社天津6月24日电 "on Wednesday": the weekday the English names is the
    date's in a year the document gives. With no year given there is nothing to check the
    weekday against, and the English gives the date the way wires do: no finding (a year given
    makes a weekday that is not the date's a finding again)."""
    if not years:
        return any(pattern.search(target) for _, _, pattern in WEEKDAYS)
    month, day = date
    for year in years:
        try:
            weekday = datetime.date(int(year), month, day).weekday()
        except (ValueError, OverflowError):
            continue
        if WEEKDAYS[weekday][2].search(target):
            return True
    return False


_JOINING = re.compile(r"\b(?:join(?:s|ed|ing)?|after|besides|alongside)\b", re.I)


def _joins_others(target: str, q, en, paired: set[int]) -> bool:
    """Whether `q`, an ordinal the English lacks (第4个年旅客吞吐量超过5000万人次的机场), is said as
    the count of the others it joins: "joining three other Chinese airports above the mark"."""
    return q.kind == "ordinal" and isinstance(q.value, float) and q.value > 1 and \
        _JOINING.search(target) is not None and any(
            id(e) not in paired and e.kind == "number" and e.value == q.value - 1 and
            _OTHERS_AFTER.match(target, e.span[1]) for e in en)


def _weekday_years(target: str, en) -> frozenset[float]:
    """The years the English pins by a date and its day of the week ("on Sunday, Nov. 1" is
    2026, 2020, 2015 …): a race's edition year (2026北京马拉松) a magazine leaves to the date
    it gives with its weekday. A weekday that is not the date's in the source's year pins
    another year, and the year is still lost."""
    days = [WEEKDAYS.index(w) for w in WEEKDAYS if w[2].search(target)] if any(
        e.kind == "date" for e in en) else []
    if not days:
        return frozenset()
    years = set()
    for e in en:
        if e.kind == "date" and isinstance(e.value, tuple) and all(
                isinstance(v, int) for v in e.value):
            for year in range(1990, 2061):
                try:
                    if datetime.date(year, *e.value).weekday() in days:
                        years.add(float(year))
                except ValueError:
                    continue
    return frozenset(years)


# "and 13 others", "and 13 other defendants" after a name
_AND_BEFORE = re.compile(r"\band\s+$")
_OTHERS_AFTER = re.compile(r"\s+others?\b|\s+other\s+[a-z]+", re.I)


def _and_others(source: str, target: str, z, e, pairs=()) -> bool:
    """Whether `e` counts the group `z` counts with its named member, as English does: 陈某某
    等14人 "Chen and 13 others", 巴拿马等三国 "Panama and two other countries" (等 before a
    count; "and 12 others" is still one off). "Chen and 14 others" pairs 14 with 14, as on
    main: whether 等 includes the named is the translator's reading."""
    return z.kind == e.kind == "number" and isinstance(z.value, float) and \
        z.value == e.value + 1 and source[:z.span[0]].endswith("等") and \
        "\u4e00" <= source[z.span[1]:z.span[1] + 1] <= "\u9fff" and \
        _AND_BEFORE.search(target, 0, e.span[0]) is not None and \
        _OTHERS_AFTER.match(target, e.span[1]) is not None


# a duration in two units, as the source gives it, and the half of the larger one: 5小时30分
# "five and a half hours", 3分30秒 "every three and a half minutes"
_AND_A_HALF = (("小时", "分"), ("分钟", "秒"), ("分", "秒"))


def _hours_and_a_half(source: str, lost, extra):
    """(the two units' figures of the source, the English figure) for each 5小时30分 the
    English says as "five and a half hours" (5.5), or 3分30秒 as "three and a half minutes":
    one duration, no figure lost."""
    for e in list(extra):
        if e.kind != "number" or not isinstance(e.value, float) or e.value % 1 != 0.5:
            continue
        for h in lost:
            unit = next((u for u in _AND_A_HALF if source.startswith(u[0], h.span[1])), None)
            if h.value == e.value - 0.5 and unit is not None:
                after = h.span[1] + len(unit[0])
                half = next((m for m in lost if m.value == 30 and m.span[0] == after
                             and source.startswith(unit[1], m.span[1])), None)
                if half is not None:
                    yield (h, half), (e,)
                    break


def _discount_as_share(source: str, lost, extra):
    """(the source's 8折, the English share) for each price cut N折 the English gives as the
    share off or the share paid: 票价8折优惠 "20 per cent off" or "80% of the fare" (8.5折,
    15% or 85%). Another share is still reported."""
    for z in lost:
        if z.kind != "number" or not isinstance(z.value, float) or \
                not 0 < z.value < 10 or not source.startswith("折", z.span[1]):
            continue
        e = next((e for e in extra if e.kind == "percent" and e.unit == "%"
                  and isinstance(e.value, float)
                  and min(abs(e.value - (100 - 10 * z.value)), abs(e.value - 10 * z.value))
                  < 1e-9), None)
        if e is not None:
            yield (z,), (e,)


def _ratio_as_shares(source: str, lost, extra):
    """(the two terms of a ratio, the English shares) for each 按6:4比例 the English gives as
    "60% … 40%": the same split, as percentages of the whole."""
    for a, b in zip(lost, lost[1:], strict=False):
        if a.kind == b.kind == "number" and isinstance(a.value, float) and \
                isinstance(b.value, float) and a.value + b.value > 0 and \
                source[a.span[1]:b.span[0]] in (":", "："):
            whole = a.value + b.value
            shares = [next((e for e in extra if e.kind == "percent" and e.unit == "%"
                            and abs(e.value - 100 * v / whole) < 0.05), None)
                      for v in (a.value, b.value)]
            if all(shares) and shares[0] is not shares[1]:
                yield (a, b), tuple(shares)


def _year_restated(target: str, q, pairs) -> bool:
    """Whether `q`, a year the source lacks, is the year of a paired date that the source gives
    once for a range (2027年3月5日9:00至3月11日17:00 "2027-03-05 09:00 to 2027-03-11 17:00"):
    the same year as one paired, written again with the second date."""
    return q.kind == "year" and any(z.kind == e.kind == "year" and e.value == q.value
                                    for z, e in pairs) and any(
        e.kind == "date" and (target[q.span[1]:e.span[0]] == "-" or e.span[1] <= q.span[0]
                              and _DAY_TO_YEAR.fullmatch(target, e.span[1], q.span[0]))
        for _, e in pairs)


# The dynasties and periods whose years a translator gives in brackets after the name ("the
# Tang Dynasty (618-907)", "the Song and Yuan dynasties (960-1368)"): English name → (the
# Chinese that names it, first year, last year; BC negative)
_DYNASTIES = {
    "Xia": ("夏", -2070, -1600), "Shang": ("商", -1600, -1046), "Zhou": ("周", -1046, -256),
    "Spring and Autumn": ("春秋", -770, -476), "Warring States": ("战国", -475, -221),
    "Qin": ("秦", -221, -206), "Han": ("汉", -206, 220), "Three Kingdoms": ("三国", 220, 280),
    "Jin": ("晋金", 265, 1234), "Sui": ("隋", 581, 618), "Tang": ("唐", 618, 907),
    "Five Dynasties": ("五代", 907, 979), "Liao": ("辽", 907, 1125), "Song": ("宋", 960, 1279),
    "Western Xia": ("西夏", 1038, 1227), "Yuan": ("元", 1206, 1368), "Ming": ("明", 1368, 1644),
    "Qing": ("清", 1616, 1912)}
_DYNASTY_EN = re.compile(r"\b(" + "|".join(sorted(_DYNASTIES, key=len, reverse=True)) + r")\b")
_BRACKET_YEARS = re.compile(r"\((?:c\.\s?|AD\s?)?\d{1,4}(?:\s?BC)?\s?[-–—]\s?(?:AD\s?)?\d{1,4}"
                            r"(?:\s?(?:BC|AD))?\)")


def _dynasty_years(source: str, target: str, q) -> bool:
    """Whether `q`, a figure the source lacks, is a year of the dynasties the English names
    just before it in brackets, as translators gloss them ("the Song and Yuan dynasties
    (960–1368)" for 宋元时期): within the years of a dynasty named in both languages. A
    year outside them ("the Tang Dynasty (1618-1907)") is still added."""
    bracket = next((m for m in _BRACKET_YEARS.finditer(target, max(0, q.span[0] - 12))
                    if m.start() <= q.span[0] < m.end()), None)
    if bracket is None or not isinstance(q.value, float):
        return False
    named = [_DYNASTIES[m.group(1)] for m in _DYNASTY_EN.finditer(
        target, max(0, bracket.start() - 60), bracket.start())]
    named = [(a, b) for zh, a, b in named if any(ch in source for ch in zh)]
    bc = target[q.span[1]:q.span[1] + 4].strip().startswith("BC")
    year = -q.value if bc else q.value
    return bool(named) and min(a for a, _ in named) - 5 <= year <= max(b for _, b in named) + 5


_BRACKETED_NAME = re.compile(r"\(([A-Z][A-Za-z-]+)[\s-]?(\d+)\)")


def _number_in_short_name(target: str, q, pairs) -> bool:
    """Whether `q`, a figure the source lacks, is the number of a short name in brackets after
    the full one, which gives it ("The 43rd Chinese National Antarctic Research Expedition
    (CHINARE 43)", "the 31st Conference of the Parties (COP31)", read whole): the same figure
    said twice, not a figure added."""
    return any(q.span[0] in (m.start(1), m.start(2)) and any(
        e.value == q.value and e.span[1] <= m.start() for _, e in pairs)
        for m in _BRACKETED_NAME.finditer(target, max(0, q.span[0] - 30), q.span[1] + 1))


MOVED_REACH = 8  # units apart a restructured story moves a figure, a date or a name
MOVED_SENTENCE = 40  # characters of an omitted sentence whose figures may have moved


def settle_moved(found: list[tuple[int, Finding]], texts: dict[int, tuple[str, str]],
                 matcher=None) -> list[tuple[int, Finding]]:
    """The findings of one plain-text pair (`found`, each with its unit's place; `texts`, each
    place's source and target) less those another unit settles, where a paper or a wire
    rebuilt the story and moved a fact to another paragraph: a figure lost in one unit and the
    same figure added in another (both go), or a short sentence left out whose figures another
    unit adds (今年是中新建交36周年。 in a lead's "… as they mark 36 years of ties"); a date lost
    where another unit's English names its weekday ("blasted off … on Saturday" in a lead
    built from the last paragraph); a name its unit's source does not spell and another
    unit's does (the crew named in the paragraph on the docking); a deputy's title a nearby
    unit's source and English give ("Vice Premier He said" for 何立峰表示); a term a nearby unit's
    English gives in full though its source lacks it (中共中央政治局委员 of the lead in "Mr
    Wang, who also sits on the Communist Party's Politburo, said …", with `matcher`; for a name
    said short, "the consulate's hotline", any earlier unit's English); a figure a headline
    adds that a nearby unit's source gives ("Record 715.6 MMT" over 再创新高); a sentence or a
    clause left out whose figures a unit the aligner doubts, or a wire's lead of its own, says;
    a title the document gives ("Minister Wang noted" for 王毅表示). A figure changed, a
    weekday that is not the date's, a name the document never spells, a term given nowhere
    else are still reported."""
    from tifa.tm import align_names
    from tifa.tm.align_core import greeting_merged

    near = {place: [p for p in range(place - MOVED_REACH, place + MOVED_REACH + 1)
                    if p != place and p in texts]
            for place in {p for p, f in found if f.moved}}
    added = [(p, f) for p, f in found if f.moved and f.moved[0] == "added"]
    doubted = {p for p, f in found if f.code == "alignment-doubtful"}
    gone: set[int] = set()
    instead: dict[int, Finding] = {}
    years: list[float] | None = None
    first = min(texts, default=0)  # the document's first unit, its headline if shaped as one
    # the lead, which a paper may build from any later paragraph ("China and Portugal will
    # increase direct flights … from seven to 14 a week, under a joint statement …")
    lead_at = first + 1 if texts and ends_as_heading(texts[first][0]) else first
    gone |= _restated_box(found, texts)
    for place, finding in found:
        if finding.moved is None or id(finding) in gone:
            continue
        how, *what = finding.moved
        if how == "lost" and what[0] == "date" and finding.span is not None and \
                finding.span.start < dateline_dropped(finding.source, texts[place][1]):
            gone.add(id(finding))  # the dateline's day, where the English gives none (below)
        elif how == "lost":
            # (a day and month anywhere: a paper's lead built from the last paragraph, "… in
            # Riyadh on Wednesday, Dec. 9", the day the dateline gave)
            partner = next((f for p, f in added if (p in near[place] or what[0] == "date")
                            and id(f) not in gone
                            and (tuple(f.moved[1:]) == tuple(what)
                                 or _same_measure(f.measure, finding.measure)
                                 or _rounded_there(what, f.moved[1:]))), None)
            if partner is not None and place == first and ends_as_heading(texts[place][0]):
                gone.add(id(finding))  # the headline's figure: the body's lost one may need it
                continue
            if partner is not None:
                gone |= {id(finding), id(partner)}
                continue
            kind, value = what
            if any(_figure_moved(texts[p], value) for p in near[place] if abs(p - place) == 1
                   # (a year or a date farther on: a release's lead whose date of publication
                   # the English gives at the end, "The paper was published online on 19
                   # November 2026."; genres17; or in a line of the English's own before it,
                   # a podcast's "China Desk Daily, Wednesday, December 2, 2026: episode
                   # transcript"; or a headline's figure, which a paragraph of
                   # the body that the lead does not give may say: "RMB 2.86 trillion" in an
                   # association's second paragraph)
                   or kind in ("year", "date") and (p > place or not texts[p][0].strip())
                   or place == first and ends_as_heading(texts[place][0]) and p > place
                   and isinstance(value, float) and (kind in ("money", "percent") or value >= 100)):
                gone.add(id(finding))
            elif kind == "ordinal" and finding.span is not None and _named_before(
                    finding, [p for p in near[place] if p < place], texts, found):
                gone.add(id(finding))
            elif kind == "number" and finding.span is not None and \
                    _NUMBERED.match(finding.source, finding.span.end) and _named_before(
                        finding, [p for p in near[place] if p < place and not (
                            p == first and ends_as_heading(texts[p][0]))], texts, found):
                gone.add(id(finding))  # a name's number the body gave: 12号线南段 "the section"
            elif _both_again(place, texts, found):
                gone.add(id(finding))
            elif place > lead_at and lead_at in texts and \
                    kind in ("number", "money", "percent") and _figure_moved(texts[lead_at], value):
                gone.add(id(finding))  # said in the lead of the paper's own, built from here
            elif kind == "date" and isinstance(value, tuple):
                if years is None:
                    years = [float(q.value) for source, _ in texts.values()
                             for q in extract_zh(source) if q.kind == "year"
                             and not _NAMING_YEAR.match(source, q.span[1])]
                if any(_weekday_given(texts[p][1], value, years) for p in (place, *near[place])):
                    gone.add(id(finding))
                elif finding.span is not None and \
                        finding.span.start < dateline_dropped(finding.source, texts[place][1]):
                    # a dateline's date (新华社北京6月18日电) where the English has no dateline:
                    # the day of writing, which a house without datelines keeps apart (or
                    # says once, in the next sentence: "At 12:00 local time on 18 June")
                    gone.add(id(finding))
        elif how == "changed":  # each figure of the pair moved: one from, one to a neighbour
            kind, value, other = what
            if place == first and kind == "money" and isinstance(other, float) and any(
                    _converted_in(texts[p], value, other) for p in near[place]):
                gone.add(id(finding))  # a headline's dollars the lead gives in brackets
                continue
            if place == first and ends_as_heading(texts[place][0]) and \
                    _hedged_from_body(texts[place][1], other, [texts[p] for p in near[place]]) \
                    and any(_says_value(texts[p][1], value) for p in near[place]):
                gone.add(id(finding))  # "Over 30,000 …" over the lead's 3.2万, its 5万 said
                continue
            swapped = next((f for p, f in found if p in near[place] and id(f) not in gone
                            and f.moved and f.moved[0] == "changed"
                            and tuple(f.moved[1:]) == (kind, other, value)), None)
            if swapped is not None:  # two paragraphs' figures swapped: each said in the other
                gone |= {id(finding), id(swapped)}
                continue
            partner = next((f for p, f in added if p in near[place] and id(f) not in gone
                            and tuple(f.moved[1:]) == (kind, value)), None)
            if partner is not None and isinstance(other, float) and any(
                    any(q.value == other for q in extract_zh(texts[p][0]))
                    for p in near[place]):
                gone |= {id(finding), id(partner)}
                continue
            # the English figure is one another unit's source lost (a wire's lead that gives
            # the 84th minute of the fourth paragraph), or gives and leaves unsaid (a summary
            # that opens with the attendance of its last paragraph): that one is said, this
            # source's figure is what the unit lacks, settled as a lost one would be (the 14th
            # of 第十四届 the headline gives)
            there = next((f for p, f in found if p in near[place] and id(f) not in gone
                          and f.moved and f.moved[0] == "lost" and f.moved[2] == other),
                         None) if isinstance(other, float) else None
            if there is not None and any(_figure_moved(texts[p], value) for p in near[place]
                                         if abs(p - place) == 1):
                # two paragraphs' figures crossed: this source's figure in the next unit's
                # English (whose source lacks it), this English figure the one a neighbour
                # lost (an association's brief that puts the appliances' 137m first)
                gone |= {id(finding), id(there)}
                continue
            at = finding.source.find(finding.term or "\0")
            if at >= 0 and (there is not None or isinstance(other, float) and (_moved_from(
                    place, other, near, texts, found, doubted) or _anticipated(
                    place, other, texts, first))):
                if there is not None:
                    gone.add(id(there))
                lost = replace(
                    finding, message=f"{finding.term} in the source has no counterpart in the "
                    "target", span=Span("source", at, at + len(finding.term), finding.term),
                    hint="a figure or date of the source is missing or changed",
                    moved=("lost", kind, value))
                if kind == "ordinal" and _named_before(
                        lost, [p for p in near[place] if p < place], texts, found) or \
                        kind in ("year", "date") and any(_figure_moved(texts[p], value)
                                                         for p in near[place] if p > place):
                    gone.add(id(finding))  # (or a year said farther on, as a lost one is)
                else:
                    instead[id(finding)] = lost
        elif how == "added" and place == first and ends_as_heading(texts[place][0]) and any(
                _source_says(texts[p][0], *what, finding.measure) for p in near[place]):
            gone.add(id(finding))  # the news's figure in a headline whose Chinese gives none
        elif how == "added" and what[0] == "date" and any(
                abs(p - place) == 1 and
                any(q.kind == "date" and q.value == what[1] for q in extract_zh(texts[p][0])) and
                any(q.kind == "date" and q.value == what[1] for q in extract_en(texts[p][1]))
                for p in near[place]):
            gone.add(id(finding))  # a date the dateline line above gives, said again below it
        elif how == "added" and what[0] == "ordinal" and _session_next_to(finding.source,
                                                                          what[1], texts):
            gone.add(id(finding))
        elif how == "added" and (_moved_from(place, what[1], near, texts, found, doubted) or any(
                _period_end(texts[p][0], *what) for p in near[place] if abs(p - place) == 1)
                or _day_referred(finding.source, *what, [texts[p][0] for p in near[place]
                                                         if p < place])
                or _anticipated(place, what[1], texts, first)):
            gone.add(id(finding))  # (or the month's end the next or previous source says)
        elif how == "sentence" and any(
                f.code == "alignment-doubtful" and abs(p - place) == 1 and
                _says_all_figures(texts[p][0], finding.target) for p, f in found):
            # the rest of a Chinese sentence a wire split over two paragraphs, beside the
            # unit the aligner doubts for it ("Up to 28 mm of snow could fall …" after "…
            # heavy snow would hit parts of Heilongjiang …"): every figure its source's
            gone.add(id(finding))
        elif how == "sentence" and matcher is not None and any(
                _term_split_off(matcher, finding.target, texts[p])
                for p in near[place] if abs(p - place) <= TERM_REACH):
            gone.add(id(finding))  # "Wang, besides heading the foreign ministry, sits on …"
        elif how == "sentence" and any(
                abs(p - place) == 1 and _says_all_figures(texts[p][0], finding.target) and
                _none_said(finding.target, texts[p][1]) for p in near[place]):
            # the paragraph a brief moved below its new lead, beside the source the aligner
            # gave the lead: every figure of that source, none of which the lead says
            gone.add(id(finding))
        elif how == "office":  # a title the document gives: "Minister Wang noted" for 王毅
            # 表示 after the lead's 外交部长王毅 (any title the source never gives is a swap)
            if any(re.search(what[0], texts[p][0]) for p in near[place]):
                gone.add(id(finding))
        elif how == "place":  # a headline naming where, from the lead, for whom: "Evans and
            # Xi talk trade in Shenzhen" over 习近平会见新西兰总理 (a body's place stays a swap)
            if place == first and ends_as_heading(texts[place][0]) and any(
                    re.search(what[0], texts[p][0]) for p in near[place]):
                gone.add(id(finding))
        elif how == "deputy":  # "Vice Premier He" in a headline, or for 何立峰表示 after the
            # lead's 国务院副总理何立峰 "Vice Premier He Lifeng": the rank the document gives
            if any("副" in texts[p][0] and what[0] in texts[p][1] for p in near[place]):
                gone.add(id(finding))
        elif how == "term" and matcher is not None:
            entry = next(e for e in matcher.entries if e.id == what[0])
            # (a name, or any term of a quoted name a paper moved with it: the speech's title
            # 《…》 said in the next paragraph, "In a speech …, titled \"Jointly Building …\"")
            if (entry.category in NAME_CATEGORIES or "quoted" in what) and any(
                    _name_moved(matcher, texts[p], entry) for p in near[place]
                    if abs(p - place) <= TERM_REACH or "short" in what and p < place
                    or p == lead_at < place and _built_from(texts[p], texts[place][0])):
                gone.add(id(finding))
            elif place == first and ends_as_heading(texts[place][0]) and \
                    _head_said(texts[place][1], entry) and any(
                        matcher.en_status(texts[p][1], entry) in ("official", "variant")
                        for p in near[place] if p > place):
                gone.add(id(finding))  # a headline's "rural incomes", the body's term in full
            elif entry.category == "organisation/place" and (
                    _described_then_named(matcher, texts, place, entry) or
                    place == first and ends_as_heading(texts[place][0])
                    and _described_then_named(matcher, texts, place + 1, entry)):
                gone.add(id(finding))  # "China's economic planning agency said …", named next
            elif all(len(re.split(r"[\s-]+", r)) >= 2 or r.isupper()
                     for r in entry.accepted) and any(
                    _name_moved(matcher, texts[p], entry) for p in near[place]
                    if abs(p - place) == 1):
                # any term whose every rendering is two words or more (a hyphen joins two:
                # "trade-in"), or an acronym ("RRR cut", "RRR"), in the next or the previous
                # unit's English though that unit's source lacks it: the sentence regrouped
                # across a paragraph break (a one-word rendering there may translate another
                # word of that unit: "chips" beside 集成电路)
                gone.add(id(finding))
        elif how == "name" and (any(align_names.names_person(texts[p][0], what[0])
                                    for p in near[place]) or _speaker_named(finding, texts)):
            gone.add(id(finding))
        elif how == "omitted" and any(greeting_merged(finding.source, texts[p][1])
                                      for p in near[place] if abs(p - place) == 1):
            gone.add(id(finding))  # 晚上好！ in the next sentence's "Good evening, and welcome …"
        elif how == "omitted" and _QUESTION_ZH.match(finding.source) and \
                place + 1 in texts and (_folds_question(texts[place + 1][1]) or (
                    _ANSWER_ZH.match(texts[place + 1][0]) and texts[place + 1][1].strip()
                    and _told_as_story(texts))):
            gone.add(id(finding))  # a press conference's question in the answer's "Asked about"
        elif how == "clause" and (_QUESTION_ZH.match(finding.span.text) or (
                _QUESTION_ZH.match(finding.source) and
                finding.span.text.rstrip().endswith(("？", "?")))) and _told_as_story(texts):
            gone.add(id(finding))  # (a question merged with its answer, in a wire's story)
        elif how == "clause":  # a clause of figures a wire made its lead, a sentence of its own
            clause = finding.span.text
            lead = next((f for p, f in found if f.code == "addition" and id(f) not in gone
                         and p in near[place] and _said_nearby(clause, [("", f.target)])), None)
            if lead is not None:
                gone.add(id(finding))
                _, _, more = pair_quantities(extract_zh(clause), extract_en(lead.target))
                if not more:
                    gone.add(id(lead))
            elif _telling(extract_zh(clause)) and _said_nearby(
                    clause, [texts[p] for p in near[place] if abs(p - place) == 1]):
                gone.add(id(finding))  # a wire's lead built from it, over the paragraph before
        elif how in ("omitted", "paragraph") and matcher is not None and any(
                _terms_moved(matcher, finding.source, texts[p])
                for p in near[place] if abs(p - place) <= 2):
            gone.add(id(finding))  # its terms, two at least, all in a unit two away at most
        elif how == "omitted" and any(_person_moved(finding.source, texts[p])
                                      for p in near[place] if abs(p - place) <= 3):
            gone.add(id(finding))  # "… he'll hold talks with his Chinese counterpart Wang Yi"
        elif how in ("omitted", "paragraph"):
            # a short sentence whose every figure another unit adds, or a longer one of three
            # figures or more that a paper spread over its headline and lead ("… adding 800
            # beds", "taking the campus to 1,400 beds", "The 145,000 m² expansion …")
            figures = [q for q in extract_zh(finding.source) if not is_soft(q)]
            offers = [(f, q) for p, f in added if p in near[place] and id(f) not in gone
                      for q in extract_en(f.target) if q.span == (f.span.start, f.span.end)]
            pairs, lost, _ = pair_quantities(figures, [q for _, q in offers])
            if (how == "omitted" and figures or len(figures) >= 3) and not lost:
                taken = {id(e) for _, e in pairs}
                gone |= {id(finding)} | {id(f) for f, q in offers if id(q) in taken}
            elif how == "omitted" and _said_nearby(finding.source,
                                                   [texts[p] for p in near[place]]):
                # 来自53个非洲国家…出席会议。 in a unit not checked (its figures' additions go too)
                values = {q.value for q in figures}
                gone |= {id(finding)} | {id(f) for p, f in added if p in near[place]
                                         and f.moved[2] in values}
    return [(p, instead.get(id(f), f)) for p, f in found if id(f) not in gone]


_MONTH_AFTER = re.compile(r"\s*年?\s*\d{1,2}\s*月")


_BACK_TO_SPAN = re.compile(r"\b(?:(?:this|that|the\s+same)\s+(?:period|time)|since\s+then|"
                           r"(?:these|those)\s+(?:\w+\s+)?years)\b", re.I)


def _span_said_back(target: str, q, pairs) -> bool:
    """Whether `q`, a span of years the English lacks, is one the unit's English gave already
    for the same figure of the source and now refers back to: 今年是…成立二十五周年。二十五年
    来，… as "This year marks 25 years since the SCO was founded …, throughout this period
    …". A span whose figure the unit never says, or no such phrase, is still lost."""
    return q.kind == "duration" and any(
        z.value == q.value == e.value for z, e in pairs) and \
        _BACK_TO_SPAN.search(target) is not None


def _year_said_once(source: str, q, pairs) -> bool:
    """Whether `q`, a year the English lacks, is a date's year the English gives once for
    another figure of the same value in the unit: 〔2026〕38号……于2026年11月18日至12月2日 as
    "(notice 2026/38), held Nov 18–Dec 2". A year no figure of the unit says is still lost."""
    def dates(y) -> bool:
        return y.kind == "year" and _MONTH_AFTER.match(source, y.span[1]) is not None

    return isinstance(q.value, float) and 1900 <= q.value <= 2100 and any(
        z.value == q.value == e.value and (dates(q) or dates(z)) for z, e in pairs)


_MONTH_NAME_EN = re.compile(r"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|"
                            r"July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|"
                            r"Dec(?:ember)?)\b\.?")
_YEAR_EN = re.compile(r"(?<![\d,.])(?:19|20)\d\d(?!\d)")


def _year_understood(source: str, target: str, q) -> bool:
    """Whether `q`, a year the English lacks, is a date's year that a report of one year may
    leave understood: 2026年10月 "in October", 2026年12月份审批信息 "its December batch", the
    unit's English naming the month and no year at all. `finish` lets it pass where the
    document's source has given no other year so far (genres14; a year the document has set
    against another, 2025年10月 after 2026年1—10月, is still lost, and so is a year changed)."""
    return q.kind == "year" and _MONTH_AFTER.match(source, q.span[1]) is not None and \
        _MONTH_NAME_EN.search(target) is not None and _YEAR_EN.search(target) is None


_SESSION_BESIDE = {"上届": 1, "上一届": 1, "下届": -1, "下一届": -1}


def _session_next_to(source: str, value: object, texts: dict[int, tuple[str, str]]) -> bool:
    """Whether `value`, an ordinal the English adds, is the session before or after the one
    the document numbers, where the source says 上届 or 下届: 比上届增长2.1% "2.1% higher than
    at the 8th CIIE" in a report on 第九届进博会. Any other number is still added."""
    steps = {step for word, step in _SESSION_BESIDE.items() if word in source}
    if not steps or not isinstance(value, float):
        return False
    return any(q.kind == "ordinal" and q.value - value in steps and
               other.startswith("届", q.span[1])
               for other, _ in texts.values() for q in extract_zh(other))


def _left_unsaid(text: tuple[str, str], value: object) -> bool:
    """Whether a unit's source has a figure of `value` that its English leaves unsaid and
    unreported (a serial said short: 神舟二十三号航天员乘组 "Its crew"; not a sentence left
    out, which `omitted` settles): the figure the unit before or after added, as news English
    names a thing where the Chinese first says it ("Shenzhou-23 is set to dock …" for
    飞船入轨后，将…对接, the crew's sentence next)."""
    source, target = text
    return bool(target.strip()) and any(q.value == value for q in extract_zh(source)) and \
        all(q.value != value for q in extract_en(target))


_BOTH = re.compile(r"\b(?:[Bb]oth|[Tt]he\s+two)\s+(?:[a-z-]+\s+)?[a-z]+s\b")


def _both_again(place: int, texts: dict, found: list) -> bool:
    """Whether the unit at `place` loses two figures, no more, that a unit before (one left
    out may stand between) gives in both languages, and its English calls them "both
    tenors", "the two rates": English says once what the Chinese repeats (1年期和5年期以上LPR
    均累计下降10个基点 "YTD both tenors are down 10bp", after "1Y LPR 3.00%, 5Y+ LPR 3.50%").
    One figure lost, or one the unit before does not give, is still reported."""
    lost = [f.moved[2] for p, f in found if p == place and f.moved and f.moved[0] == "lost"]
    if len(lost) != 2 or not _BOTH.search(texts[place][1]):
        return False
    return any(all(any(q.value == v for q in extract_zh(texts[p][0])) and
                   any(q.value == v for q in extract_en(texts[p][1])) for v in lost)
               for p in (place - 1, place - 2) if p in texts)


def _converted_in(text: tuple[str, str], value: float, other: float) -> bool:
    """Whether a unit gives the amount `value` in both its languages and its English, beside
    it, the amount in another currency that `other` rounds: a headline's "$1.3 Billion" for
    95.1亿元, over a lead's "RMB9.51 billion ($1.32 billion)"."""
    source, target = text
    said = [e for e in extract_en(target) if e.kind == "money"]
    return any(z.kind == "money" and z.value == value for z in extract_zh(source)) and \
        any(e.value == value for e in said) and \
        any(e.value != value and (e.value == other or rounds_to(e.value, other)) for e in said)


def _moved_from(place: int, value: object, near: dict, texts: dict, found: list,
                doubted: set[int]) -> bool:
    """Whether `value`, a figure the English of the unit at `place` adds, is one the next or
    the previous unit's source gives and its English leaves unsaid, unreported — or any
    nearby unit's the aligner doubts, whose figures were not checked (a summary that opens
    with the attendance its source gives in the last paragraph, "more than 200 participants
    from over 30 countries", beside an added comment). A neighbour that loses another figure
    is no such unit unless this English says that one too (a British paper's lead taking the
    spokesman's first clause whole: "more than 210m tonnes of coal – about a month's
    supply"). Farther away, and checked, a "two" or a "three" is too often another count."""
    return any(_left_unsaid(texts[p], value) and not any(
        q == p and f.moved and f.moved[0] == "lost"
        and not _figure_moved(texts[place], f.moved[2], f.measure) for q, f in found)
        for p in near[place] if abs(p - place) == 1 or p in doubted)


def _telling(figures: list) -> bool:
    """Whether a clause's figures are enough to say where it went: two hard ones, or one too
    precise to be another count (2.1亿吨, 46.3公顷: a fraction or a thousand and more). A lone
    "three" or "15%" in a neighbour's English is too often something else."""
    hard = [q for q in figures if not is_soft(q)]
    return len(hard) >= 2 or len(hard) == 1 and hard[0].kind == "number" and isinstance(
        hard[0].value, float) and (hard[0].value >= 1000 or not hard[0].value.is_integer())


def _said_nearby(source: str, nearby: list[tuple[str, str]]) -> bool:
    """Whether every figure of `source`, a sentence or a clause left out (one at least, none
    soft), is said by the English of one nearby unit whose own source has no such figure: a
    restructured story moved it there (来自53个非洲国家和非盟委员会的代表出席会议。 in "…
    Delegates from 53 African countries and the African Union Commission attended." of the
    paragraph before; 已落实超过六成 of 3600亿元 in a lead of its own, "China has delivered
    more than 60% of the 360 billion yuan …"). A figure no other unit says is still lost."""
    figures = [q for q in extract_zh(source) if not is_soft(q)]
    return bool(figures) and any(all(_figure_moved(text, q.value, _measure_of(q))
                                     for q in figures) for text in nearby)


def _source_says(source: str, kind: str, value: object, measure: tuple | None) -> bool:
    """Whether `source` gives a figure of `kind` and `value`, or of the size `measure`: the
    body's figure a headline gives where its Chinese title has none (国家统计局：…粮食总产量
    再创新高 as "China Pegs 2026 Grain Crop at Record 715.6 MMT" over 14312亿斤). A figure the
    document's source never gives is still added."""
    return any((q.kind == kind and q.value == value) or _same_measure(_measure_of(q), measure)
               # (a day the body gives without its month: 截至15日6时 for "14–15 December")
               or kind == "date" and q.kind == "day" and isinstance(value, tuple)
               and q.value == (None, value[-1])
               for q in extract_zh(source))


def _measure_of(q) -> tuple | None:
    """(dimension, size in its base unit) of a figure with a unit of measure, else None."""
    size = MEASURES.get(q.unit or "")
    return (size[0], float(q.value) * size[1]) if size and isinstance(q.value, float) else None


def _restated_box(found: list[tuple[int, Finding]], texts: dict[int, tuple[str, str]]
                  ) -> set[int]:
    """The figures a unit's English adds, three at least, when every one is said in another
    unit's English where it was not added: a report's key-figures box that restates the body
    ("China power consumption, 2026 (TWh) - Total: 10,965.8, +5.3pc - …") beside whatever
    source the aligner gave it. One figure the body does not say keeps the box reported."""
    added: dict[int, list[Finding]] = {}
    for place, f in found:
        if f.moved and f.moved[0] == "added" and isinstance(f.moved[2], float):
            added.setdefault(place, []).append(f)
    said: dict[int, set] = {}
    gone: set[int] = set()
    for place, box in added.items():
        if len(box) < 3:
            continue
        for p in texts:
            if p != place and p not in said:
                own = {f.moved[2] for f in added.get(p, ())}
                said[p] = {q.value for q in extract_en(texts[p][1])} - own
        if all(any(f.moved[2] in said[p] for p in texts if p != place) for f in box):
            gone |= {id(f) for f in box}
    return gone


def _term_split_off(matcher, sentence: str, text: tuple[str, str]) -> bool:
    """Whether `sentence`, English the aligner pairs with no source, opens on the surname of a
    person a nearby unit's source (`text`) names and gives in full a term of that source which
    the unit's own English lacks: a title a paper says in a sentence of its own ("Wang,
    besides heading the foreign ministry, sits on the Political Bureau of the Communist Party's
    Central Committee." for 中共中央政治局委员、外交部长王毅)."""
    from tifa.tm import align_names

    source, target = text
    first = re.match(r"\W*([A-Z][a-z]{1,5})\b", sentence)
    if first is None or not any(ch in align_names.SURNAMES and
                                align_names.reads_as(ch, first.group(1).lower())
                                for ch in source):
        return False  # (a sentence about a person the unit's source names, by surname)
    return any(hit.entry.en and _gives(matcher, sentence, hit.entry) and
               not _gives(matcher, target, hit.entry) for hit in matcher.find_zh(source))


def _built_from(lead: tuple[str, str], source: str) -> bool:
    """Whether a paper's lead (`lead`) was built from a later paragraph (`source`): its English
    says a figure of that source which its own source lacks ("from seven to 14 a week" for
    由目前的7班增至14班), the sign that a term said short there was given in full in the
    lead. A lead that merely names the same body settles nothing farther down."""
    return any(not is_soft(q) and _figure_moved(lead, q.value) for q in extract_zh(source))


# a person's name in pinyin, surname first ("Wang Yi", "Li Qiang"; NameMismatch's too)
PERSON_EN = re.compile(r"\b([A-Z][a-z]{1,5}) ([A-Z][a-z]+(?:-[a-z]+)?)\b(?! [A-Z])")


def _person_moved(sentence: str, text: tuple[str, str]) -> bool:
    """Whether a short sentence left out (访问期间，…王毅将同罗哈斯外长举行会谈。) went into the
    English of a neighbour (`text`), which names a person of that sentence whom its own
    source does not name: a podcast's "… and he'll hold talks with his Chinese counterpart
    Wang Yi" in the paragraph of the question."""
    from tifa.tm import align_names

    source, target = text
    return any(align_names.names_person(sentence, key) and
               not align_names.names_person(source, key)
               for key in {(m.group(1) + m.group(2)).lower().replace("-", "")
                           for m in PERSON_EN.finditer(target)})


def _none_said(target: str, other: str) -> bool:
    """Whether `other` English says none of the counts, sums and rates of `target`, two at
    least (dates and periods aside: a lead and the paragraph it displaced share those)."""
    figures = {q.value for q in extract_en(target)
               if not is_soft(q) and q.kind in ("number", "money", "percent")}
    return len(figures) >= 2 and figures.isdisjoint(q.value for q in extract_en(other))


def _says_all_figures(source: str, target: str) -> bool:
    """Whether `source` gives every figure of `target`, two at least (a soft "one" aside)."""
    figures = [q for q in extract_en(target) if not is_soft(q)]
    return len(figures) >= 2 and not pair_quantities(extract_zh(source), figures)[2]


def _rounded_there(lost: tuple, added: tuple) -> bool:
    """Whether a figure another unit adds is the lost one rounded, within 1 %: a research
    note's table "(RMB bn): primary 293.5" for 2935.1亿元 of the paragraph before."""
    (kind, fine), (other, coarse) = lost, added
    return kind == other and kind in ("number", "money") and isinstance(fine, float) and \
        isinstance(coarse, float) and rounds_to(fine, coarse) and \
        abs(fine - coarse) <= 0.01 * abs(fine)


def _hedged_from_body(headline: str, value: object, nearby: list[tuple[str, str]]) -> bool:
    """Whether `value`, a hedged figure of a headline ("Over 30,000 young Americans …"), is a
    round figure below one a nearby unit's source gives (约3.2万名): a headline built from the
    body's news, not the headline's own figure changed."""
    if not isinstance(value, float) or not any(
            e.value == value and e.approx for e in extract_en(headline)):
        return False
    return any(q.kind == "number" and isinstance(q.value, float)
               and value <= q.value < 1.2 * value
               for source, _ in nearby for q in extract_zh(source))


def _says_value(target: str, value: object) -> bool:
    """Whether `target` gives a figure of `value`."""
    return any(e.value == value for e in extract_en(target))


def _same_measure(a: tuple | None, b: tuple | None) -> bool:
    """Whether two measures are one size: 88.4万千瓦 and "884 megawatts" (to a part in 10⁹)."""
    return a is not None and b is not None and a[0] == b[0] and \
        abs(a[1] - b[1]) <= 1e-9 * max(abs(a[1]), abs(b[1]))


TERM_REACH = 3  # units apart a restructured story moves a term (a title into the next paragraph)



# A body called by what it is before its name: "China's economic planning agency", "the
# country's top statistics authority", "Beijing's market regulator"
_DESCRIBED = re.compile(r"\b(?:[A-Z][a-z]+['’]s|the\s+country['’]s|the\s+state|the)\s+"
                        r"(?:[a-z-]+\s+){0,3}(?:agency|planner|regulator|watchdog|authority|"
                        r"bureau|ministry|"
                        r"commission|administration)\b")


def _described_then_named(matcher, texts: dict, place: int, entry) -> bool:
    """Whether the English of the unit at `place` calls a body by what it is ("China's
    economic planning agency said on Friday …") and the next unit's English gives its name in
    full ("…, a spokesman for the National Development and Reform Commission, told
    reporters"): news English describes a body first and names it a sentence on. A unit that
    says "China said", or a body the next sentence never names, is still reported."""
    if place not in texts or place + 1 not in texts:
        return False
    return _DESCRIBED.search(texts[place][1]) is not None and \
        matcher.en_status(texts[place + 1][1], entry) in ("official", "variant")


def _gives(matcher, english: str, entry) -> bool:
    """Whether `english` gives `entry` in full: its official rendering, a variant, or a form
    the unit's own check accepts (`en_relaxed`)."""
    return matcher.en_status(english, entry) in ("official", "variant") or \
        matcher.en_relaxed(english, entry) is not None


def _name_moved(matcher, text: tuple[str, str], entry) -> bool:
    """Whether a unit's English gives the name `entry` in full (its official rendering, a
    variant or a form the unit's own check accepts: "the spokesperson of the Chinese Ministry
    of Foreign Affairs") where its source has no form of it: the name another unit's English
    lacks, moved here. (Names only, in `settle_moved`: a term's rendering may translate
    another word of that unit, "chips" for 芯片 beside 集成电路 "integrated circuits".)"""
    source, target = text
    return _gives(matcher, target, entry) and \
        all(hit.entry.id != entry.id for hit in matcher.find_zh(source))


def _head_said(target: str, entry) -> bool:
    """Whether `target` has the head noun of an accepted rendering of `entry` (or its plural):
    a headline's short form ("as rural incomes grow" for 农民人均可支配收入稳步增长)."""
    heads = heads_of(entry)
    return any(_is_head(word, heads) for word in _WORDS.findall(target.lower()))


def _terms_moved(matcher, source: str, text: tuple[str, str]) -> bool:
    """Whether every glossary term of `source`, a passage left out (two terms at least), is
    rendered in a unit's English whose own source has none of them: the passage moved there
    (坚定奉行一个中国原则，…联合国、金砖国家… in the paragraph a readout put first)."""
    entries = {hit.entry.id: hit.entry for hit in matcher.find_zh(source) if hit.entry.en}
    if len(entries) < 2:
        return False
    there = {hit.entry.id for hit in matcher.find_zh(text[0])}
    return not there & entries.keys() and all(_gives(matcher, text[1], e)
                                              for e in entries.values())


def _figure_moved(text: tuple[str, str], value: object, measure: tuple | None = None) -> bool:
    """Whether a unit's English says `value` where its source has no such figure, and no
    finding of that unit reported it: softly ("Three state-owned land parcels were offered.",
    "the next decade", "at midday": a soft figure added is never reported), or in a unit whose
    figures were not checked (a wire's lead the aligner doubts, built from two sentences: "…
    activated a Level 4 emergency response at midday on June 18 …"). A figure a restructured
    story moved from the next or the previous unit, which lost it (farther away, a "one" or a
    "two" is too often another count). With `measure`, a figure of that size in another unit
    says it too (3600亿元 as "360 billion yuan", 14312亿斤 as "715.6 MMT")."""
    source, target = text

    def same(q) -> bool:
        return q.value == value or _same_measure(_measure_of(q), measure)

    return any(same(q) and (q.kind in ("number", "duration") or not is_soft(q))
               for q in extract_en(target)) and not any(same(q) for q in extract_zh(source))


_LABEL_END = re.compile(r"\s*[:：]")


def _speaker_named(finding: Finding, texts: dict[int, tuple[str, str]]) -> bool:
    """Whether a name the unit's source does not spell labels the speaker of a transcript's
    turn ("Lin Hai: On 10 March …" for 答：3月10日，…) and the document names that person
    elsewhere, in its source and in that unit's English alike (林海 "Lin Hai" in the title).
    Any distance apart: a spokesperson answers every question of a press conference."""
    span = finding.span
    if span is None or finding.target[:span.start].strip(" *#>") or \
            not _LABEL_END.match(finding.target, span.end):
        return False
    from tifa.tm import align_names

    return any(span.text in target and align_names.names_person(source, finding.moved[1])
               for source, target in texts.values())


# a journalist's question (问：…) and the news English that folds it into the answer: "Asked
# about reports of a meeting …, Mao said she had no information to release"
_QUESTION_ZH = re.compile(r"\s*(?:问|记者问|提问)\s*[：:]")
_FOLDED_EN = re.compile(r"\W*(?:\([A-Za-z]+\)\W*)?(?:When\s+)?(?:asked|responding\s+to\s+"
                        r"(?:a|the)\s+question|in\s+response\s+to\s+(?:a|the)\s+question)\b",
                        re.I)


_ANSWER_ZH = re.compile(r"\s*答\s*[：:]")
_ANSWER_IN = re.compile(r"(?:^|[。？！?!\s])答\s*[：:]")
_QA_EN = re.compile(r"\s*(?:Q|A|Question|Answer)\s*[:：.]")


def _told_as_story(texts: dict[int, tuple[str, str]]) -> bool:
    """Does the English tell a press conference (its source's 问：/答：) as a news story, no
    line of it a question or an answer ("Lin also said the China Coast Guard …")? A wire
    reports the answers and never translates the questions; a transcript that keeps "Q:" and
    "A:" must give every question."""
    return any(_ANSWER_IN.search(source) for source, _ in texts.values()) and \
        not any(_QA_EN.match(target) for _, target in texts.values())


def _folds_question(english: str) -> bool:
    """Does `english` open (after its dateline, if any) by folding a question into the
    answer: "Asked about reports …", "BEIJING, Nov 23 - When asked …"?"""
    dateline = EN_DATELINE.match(english)
    return _FOLDED_EN.match(english, dateline.end() if dateline else 0) is not None

# what makes a number a name's (12号线 "Line 12", 3号楼, 5路公交): said short once given
_NUMBERED = re.compile(r"号|路(?:公交|车)|线")


def _named_before(finding: Finding, earlier: list[int], texts: dict[int, tuple[str, str]],
                  found: list[tuple[int, Finding]]) -> bool:
    """Whether a lost ordinal (or a name's number) names a thing an earlier unit named with it
    and rendered (the ordinal and the two characters after it there too, and no finding of it
    lost there): 《澜湄合作第十一次外长会联合新闻公报》 as "the joint press communiqué of the
    meeting", after "the 11th … Foreign Ministers' Meeting"."""
    source = finding.source
    named = source[finding.span.start:finding.span.end + 2]
    if len(named) < finding.span.end - finding.span.start + 2:
        return False
    lost_at = {p for p, f in found if f.moved and f.moved[0] == "lost"
               and f.moved[1:] == finding.moved[1:]}
    return any(named in texts[p][0] and p not in lost_at for p in earlier)


# between the ends of a series of numbered things (第68号、69号、70号、71号主席令), and between
# the ends of the English range that gives it ("Presidential Orders Nos. 68 to 71")
_SERIES_GAP = re.compile(r"[号届次期项条款第、，,和及\d\s]*、[号届次期项条款第、，,和及\d\s]*")
_RANGE_GAP = re.compile(r"\s*(?:to|through|-|–|—)\s*")


def _in_range(source: str, target: str, q, pairs) -> bool:
    """Whether `q`, a figure the English lacks, is an inner item of a 、-series whose first and
    last items the English gives as a range: no figure lost ("Nos. 68 to 70" for 第68号、
    69号、70号、71号 loses 71, and is still reported)."""
    return any(
        z1.span[1] <= q.span[0] and q.span[1] <= z2.span[0]
        and all(isinstance(z.value, float) for z in (z1, q, z2)) and z1.value < q.value < z2.value
        and e1.span[1] <= e2.span[0] and _RANGE_GAP.fullmatch(target, e1.span[1], e2.span[0])
        and _SERIES_GAP.fullmatch(source, z1.span[1], z2.span[0])
        for z1, e1 in pairs for z2, e2 in pairs)


# a range's two ends in the source (3至5年, 15~25摄氏度: a unit may stand between, a verb of
# change may not: 从25降至15 is a change, said in its own order) and in the target ("five to
# three years", "25 degrees to 15 degrees"; "between … and" says no order)
_RANGE_ZH = re.compile(r"(?:(?![降升增减提涨跌扩缩回])[^\d\s，。；、,;！？]){0,3}?\s*"
                       r"(?:至|到|~|～|-|－|—|–)\s*")
_RANGE_EN = re.compile(r"(?:\s*[A-Za-z%]+){0,2}?\s*(?:to|through|-|–|—)\s*")


def range_turned(source: str, target: str, pairs) -> tuple | None:
    """The two ends of a rising range of the source that the target gives falling (15至25
    摄氏度 → "from 25 to 15 degrees"), as (the source's first end, the target's first end), or
    None: both figures are there, so only their order tells. A falling range of the source
    may rise in English (十年至二年不等 "from two to ten years")."""
    for z1, e1 in pairs:
        for z2, e2 in pairs:
            if z1.span[1] <= z2.span[0] and e2.span[1] <= e1.span[0] \
                    and isinstance(z1.value, float) and isinstance(z2.value, float) \
                    and z1.value < z2.value \
                    and _RANGE_ZH.fullmatch(source, z1.span[1], z2.span[0]) \
                    and _RANGE_EN.fullmatch(target, e2.span[1], e1.span[0]):
                return z1, e2
    return None


# a clause's end; the words that open a list after its count (前3位城市是A、B和C); the word
# that closes one before it (A、B和C等3个城市); the last item's conjunction
_CLAUSE_STOP = re.compile(r"[，。；！？,;]")
_LIST_OPENS = re.compile(r"是|为|有|包括|：|:")
_LIST_CLOSES = re.compile(r"等$")
_LAST_AND = re.compile(r"以及|和|及|与")


# the 1 of a ratio N:1 (之比为87:1, 87比1), and the English that says it without a figure:
# the figure, the colon or 比 and spaces read back from the 1 (`_TO_ONE` on a window that
# holds them, not the whole text before each 1 of a line of many)
_TO_ONE = re.compile(r"\d\s*[:：比]\s*$")
_FOR_EVERY = re.compile(r"\b(?:for|to|per)\s+(?:every|each)\b|\bper\s+(?!cent\b)[a-z]+", re.I)


def _spaces_before(text: str, end: int) -> int:
    """Where the run of white space that ends at `end` in `text` starts (`end` if none)."""
    end = max(end, 0)
    while end and text[end - 1].isspace():
        end -= 1
    return end


def _one_for_every(source: str, target: str, q) -> bool:
    """Whether `q`, a 1 the English lacks, is the second term of a ratio 87:1 that the English
    gives as "87 applicants for every position" or "87 per post": said, without the figure.
    (A ratio 87:2 is no such 1; "87 applicants competing" says no "every".)"""
    return q.kind == "number" and q.value == 1 and q.text.strip() in ("1", "１") and \
        _TO_ONE.search(source, max(0, _spaces_before(source, _spaces_before(
            source, q.span[0]) - 1) - 2), q.span[0]) is not None and \
        _FOR_EVERY.search(target) is not None


_NEXT_EN = {"年": re.compile(r"\b(?:the\s+(?:following|next)\s+year|a\s+year\s+later|the\s+year"
                            r"\s+after)\b", re.I),
            "天": re.compile(r"\b(?:the\s+(?:following|next)\s+day|a\s+day\s+later|the\s+day\s+"
                            r"after)\b", re.I)}


def _next_one(source: str, target: str, q) -> bool:
    """Whether `q`, a figure the English lacks, is the 第二 of 第二年 or 第二天 in a story that
    counts from a year or a day it gave: "the following year", "the next day" (2016年，…。第二年，
    …). Any other 第二 is still a figure."""
    unit = source[q.span[1]:q.span[1] + 1]
    return q.value == 2 and source[q.span[0]:q.span[0] + 1] == "第" and unit in _NEXT_EN and \
        _NEXT_EN[unit].search(target) is not None


_PLACED_ZH = re.compile(r"(?:位居|位列|排名|排在|居)(?:档期|全国|全球|榜单)?$")
_FOLLOWED_EN = re.compile(r"\b(?:followed\s+by|runners?[\s-]up|trailed\s+by)\b", re.I)


def _runner_up(source: str, target: str, q) -> bool:
    """Whether `q`, a figure the English lacks, is the 第二 of a ranking (以21.3亿元位居第二)
    that the English says by the order of its list: "…, followed by the sci-fi film …", "the
    runner-up". (第三 so said, or 第二 in English with neither, is still reported.)"""
    return q.kind == "ordinal" and q.value == 2 and \
        source.startswith("第", q.span[0]) and \
        _PLACED_ZH.search(source, max(0, q.span[0] - 6), q.span[0]) is not None and \
        _FOLLOWED_EN.search(target) is not None


_GRADE_BEFORE = re.compile(r"\b(?:Grade|Level|Class|Tier|Category|Type)\s+$", re.I)


_GRADE_DIGITS = "一二三四五六七八九"


def _grade_one(source: str, target: str, q) -> bool:
    """Whether `q`, a figure the source lacks, is the number of "Grade 1", "Level 1", "grade 3"
    for 一级 (一类, 一等, 一档), 三等, which the source's figures leave out as a bare digit
    (一级能效产品 "a Grade 1 energy-efficiency label", 小麦（三等） "grade 3 wheat"; "grade 2"
    for 三等 is still reported)."""
    if q.value not in range(1, 10) or \
            _GRADE_BEFORE.search(target, max(0, q.span[0] - 12), q.span[0]) is None:
        return False
    digit = _GRADE_DIGITS[int(q.value) - 1]
    return re.search(rf"(?<![\d一二三四五六七八九十百千万第]){digit}[级类等档]", source) is not None


# the grades of China's school stages, as English glosses them ("the compulsory years (Grades
# 1-9)" for 义务教育阶段, "Grade 7" for 初一)
_STAGE_GRADES = {"义务教育": (1, 9), "小学": (1, 6), "初中": (7, 9), "高中": (10, 12)}
_GRADES_EN = re.compile(r"\bGrades?\s+(\d{1,2})(?:\s*(?:-|–|to)\s*(\d{1,2}))?\b", re.I)


def _school_grades(source: str, target: str, q) -> bool:
    """Whether `q`, a figure the source lacks, is a school grade the English gives for a
    stage the source names: "Grades 1-9" for 义务教育, "Grade 8" for 初中 ("Grades 1-8" for
    义务教育, or "Grade 11" for 初中, is still reported)."""
    for m in _GRADES_EN.finditer(target, max(0, q.span[0] - 20), q.span[1] + 12):
        if not (m.start(1) <= q.span[0] < m.end()):
            continue
        low, high = int(m.group(1)), int(m.group(2) or m.group(1))
        return any(stage in source and (low, high) in ((a, b), (a, a), (b, b)) or
                   stage in source and m.group(2) is None and a <= low <= b
                   for stage, (a, b) in _STAGE_GRADES.items())
    return False


_OPEN_BRACKET = re.compile(r"[^\d，。；、,;（(]{0,6}[（(]\s*(?:约|合)?\s*")  # its unit, "（"


def _restated_in_brackets(source: str, q, pairs) -> bool:
    """Whether `q`, a figure the English lacks, and a figure the English gives are one
    quantity the source says twice, one in brackets after the other: its own conversion of
    the figure before it (播种面积26672.5千公顷（40008.8万亩） "26.67 million hectares" — a
    translator may drop the mu, as the jin of 14730.4万吨（2946.1亿斤）), or a wind force
    glossed with its speed (最大风力14级（42米/秒） "winds of 42 metres per second", as a paper
    abroad gives it without China's scale). (A bracket that gives another quantity, or a speed
    not the force's, is still reported.)"""
    return any(q.span[0] > z.span[1] and _OPEN_BRACKET.fullmatch(source, z.span[1], q.span[0])
               is not None and converts(z, q) or
               z.span[0] > q.span[1] and source.startswith("级", q.span[1]) and
               _OPEN_BRACKET.fullmatch(source, q.span[1], z.span[0]) is not None and
               _beaufort(q, z) for z, _ in pairs)


def _beaufort(force, speed) -> bool:
    """Whether `speed` is a wind speed of the force `force` on the Beaufort scale China
    extends to 17 (v ≈ 0.836·B^1.5 m/s, within 15 %)."""
    measure = _measure_of(speed)
    return isinstance(force.value, float) and 1 <= force.value <= 17 and \
        measure is not None and measure[0] == "speed" and \
        abs(measure[1] - 0.836 * force.value ** 1.5) <= 0.15 * measure[1]


_PART_LABEL = re.compile(r"\s*(?:Part|Section|Item|PART|SECTION|ITEM)\s+$")


_PERIOD_END_ZH = re.compile(r"(?:(\d{1,2}|[一二三四五六七八九十]{1,2})月(?:份)?|年)(?:底|末)"
                            r"|年终|岁末")


def _anticipated(place: int, value: object, texts: dict, first: int) -> bool:
    """Whether `value`, a figure the English of the document's lead adds (the unit after the
    headline), is one a later unit gives in both its languages: a release's lead that puts
    the result first ("… stable for 1,500 hours at 85°C and 85% relative humidity, a team …
    reports in Nature.") over the paragraph that gives it in full (genres17). A figure the body
    does not give, or gives in one language only, is still reported."""
    if place != first + 1 or not isinstance(value, float):
        return False
    return any(any(q.value == value for q in extract_zh(texts[p][0])) and
               any(q.value == value for q in extract_en(texts[p][1]))
               for p in range(place + 1, place + MOVED_REACH + 1) if p in texts)


# the day a sentence names by the one before (当晚, 当天, 当日, 同日, 是日), which the English
# may say again by its date: "Callout: 19:12, 22 Nov." for 当晚19时12分 after 11月22日晚
_SAME_DAY = re.compile(r"当[晚天日夜]|同[日天]|是日")


def _day_referred(source: str, kind: str, value, before: list[str]) -> bool:
    """Whether a date the source lacks (`kind`, `value`) is the day the source names as "that
    day" (`_SAME_DAY`) and the nearest earlier source giving a date gives as its last (genres17;
    any other day, "23 Nov" for 当晚, is still reported)."""
    if kind != "date" or not isinstance(value, tuple) or not _SAME_DAY.search(source):
        return False
    for text in reversed(before):
        dates = [q.value for q in extract_zh(text) if q.kind == "date"]
        if dates:
            return dates[-1] == value
    return False


def _period_end(source: str, kind: str, value) -> bool:
    """Whether a date the source lacks (`kind`, `value`) is the last day of a month or a year
    whose end the source says: 2026年底前 "by 31 December 2026", 截至8月底 "As of 31 August"
    ("30 August" is still reported; February's end is the 28th or the 29th)."""
    if kind != "date" or not isinstance(value, tuple) or len(value) != 2 or \
            not isinstance(value[0], int) or not 1 <= value[0] <= 12:
        return False
    month, day = value
    last = calendar.monthrange(2024, month)[1]  # (a leap year: February's 29th, or 28th)
    if day != last and not (month == 2 and day == 28):
        return False
    return any((12 if m.group(1) is None else int(m.group(1)) if m.group(1).isdigit()
                else cn_small(m.group(1))) == month for m in _PERIOD_END_ZH.finditer(source))


def _said_again(zh, target: str, q, pairs, lost) -> bool:
    """Whether `q`, a figure the source lacks, is a paired figure of the unit said again: as
    "the" one ("a nationwide 2% increase … The 2% is measured against …"), where no figure of
    its kind is lost (a 3% turned into a second 2% is still a figure changed); or in another
    sentence where the source says it once, as a wire's lead gives the story's figure before
    the body gives it again ("… will raise basic pensions by 2 percent this year …" then "The
    overall rise is set at 2 percent" for 总体调整水平为…2%; a third telling is reported, and
    so is either where a figure of its kind is lost: "around 5 percent" for 5.5%左右 beside
    "within 5 percent")."""
    twins = [e for _, e in pairs if e.kind == q.kind and e.value == q.value and e.unit == q.unit]
    if not twins or any(z.kind == q.kind for z in lost):
        return False
    if _THE_BEFORE.search(target, max(0, q.span[0] - 5), q.span[0]) is not None:
        return True
    return len(twins) == 1 and q.kind in ("number", "percent", "money") and \
        sum(z.kind == q.kind and z.value == q.value for z in zh) == 1 and \
        _NEXT_SENTENCE.search(target, min(twins[0].span[1], q.span[1]),
                              max(twins[0].span[0], q.span[0])) is not None


_THE_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+$")


def _part_label(source: str, target: str, q) -> bool:
    """Whether `q`, a figure the source lacks, numbers the English heading the way the source's
    heading is numbered: 一、不合格产品情况 as "Part 1 – Non-compliant products" (the label
    of a heading is no figure; "Part 2" for 一、 is still reported)."""
    return q.kind == "number" and (_PART_LABEL.fullmatch(target, 0, q.span[0]) is not None or
                                   # (or the number alone, cut from its item: "2." of "2. Spray
                                   # at the right time: …" beside 2.适期防治。; genres16)
                                   _ITEM_ALONE.fullmatch(target, q.span[1]) is not None and
                                   not target[:q.span[0]].strip()) \
        and heading_number(source, True) == q.value


_ITEM_ALONE = re.compile(r"[.)]\s*")


# 第一产业, 第二产业, 第三产业 named by what they are: "agriculture", "industry", "services"
_SECTOR_ZH = re.compile("第([一二三])产业")
_SECTOR_WORDS = ("primary", "secondary", "tertiary")
# (or a table's bare "primary 293.5; secondary 1,742.1")
_SECTOR_EN = {"一": re.compile(r"\bagricultur|\bfarm|\bprimary\b", re.I),
              "二": re.compile(r"(?<!primary )(?<!tertiary )\bindustr(?:y|ial)\b|\bmanufactur"
                              r"|\bsecondary\b", re.I),
              "三": re.compile(r"\bservices?\b|\btertiary\b", re.I)}


# 与上月持平 "no change this month": the period compared against, said as the one unchanged
_SAME_AS_BASE = re.compile("[与较同比和跟](?:上月|上年|去年|上周|昨日|昨天)(?:相比)?"
                           "(?:持平|相同|一致|不变)")
_UNCHANGED_EN = re.compile(r"\b(?:no\s+change|unchanged|steady|flat|on\s+hold|held|stayed)\b"
                           r"[^.;!?]{0,20}$", re.I)


def _base_said_as_now(source: str, target: str, q, e, pairs) -> bool:
    """Whether `q`, a relative period lost (上月 of 均与上月持平), is the base of a comparison
    that found no change, and `e` the present period the English says unchanged: "No change
    this month" ("down 10 basis points this month" for 比上月下降 is still a period changed)."""
    return q.kind == "relative" and q.value[1] == -1 and e.kind == "relative" and \
        e.value == (q.value[0], 0) and q.span[0] > 0 and \
        _SAME_AS_BASE.match(source, q.span[0] - 1) is not None and \
        _UNCHANGED_EN.search(target, max(0, e.span[0] - 40), e.span[0]) is not None


_RANGE_JOINT_ZH = re.compile(r"\s*[～~至到—–-]\s*")


def _range_said_by_top(source: str, target: str, q, pairs) -> bool:
    """Whether `q`, lost, opens a range (阵风7～8级) whose other end the English gives as a
    ceiling ("gusts up to force 8"), as news compresses a forecast's range; "gusts of force
    8" for 7～8级 still loses the 7."""
    m = _RANGE_JOINT_ZH.match(source, q.span[1])
    return m is not None and m.end() > q.span[1] and any(
        z.span[0] == m.end() and bound_en(target, e) == -1 for z, e in pairs)


def _sector_named(source: str, target: str, q, extra) -> bool:
    """Whether `q`, an ordinal the target lacks, is the number of a sector of the economy
    (第三产业) that the English names by its trade ("services +5.0%"): "secondary" or
    "tertiary" left over for 第二 is still a figure changed."""
    m = _SECTOR_ZH.match(source, q.span[0])
    return q.kind == "ordinal" and m is not None and \
        _SECTOR_EN[m.group(1)].search(target) is not None and \
        not any(e.kind == "ordinal" and e.text.lower() in _SECTOR_WORDS for e in extra)


_HEAD_NO = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})、")


def _items(text: str) -> int:
    """How many items a 、-list spells out (A、B和C: 3); 0 for no list (一、 opening a heading
    is its number, no item)."""
    head = _HEAD_NO.match(text)
    items = text[head.end() if head else 0:].split("、")
    if len(items) < 2:
        return 0
    if _LAST_AND.search(items[-1]):
        items[-1:] = _LAST_AND.split(items[-1], maxsplit=1)
    return len(items) if all(item.strip() for item in items) else 0


def _counts_a_list(source: str, q) -> bool:
    """Whether `q`, a count the source lacks, counts a list one clause of the source spells out
    (每周二、四、六各执行1个往返航班 "three round trips a week, on Tuesdays, Thursdays and
    Saturdays"): the English says how many, the source names them."""
    return q.kind == "number" and isinstance(q.value, float) and 2 <= q.value <= 10 and \
        q.value == int(q.value) and "、" in source and \
        any(_items(clause) == q.value for clause in _CLAUSE_STOP.split(source))


def _counts_its_list(source: str, q) -> bool:
    """Whether `q`, a count the English lacks, counts a list the same clause spells out
    item by item (前3位城市是海口、拉萨和舟山, 海口、拉萨和舟山等3个城市, 甲、乙、丙3国): the
    English that names the items ("Haikou, Lhasa and Zhoushan had the cleanest air") has said how
    many. A list with another number of items (前5位城市是海口、拉萨和舟山等) is no count of it."""
    if q.kind != "number" or not isinstance(q.value, float) or \
            not 2 <= q.value <= 10 or q.value != int(q.value):
        return False
    stop = _CLAUSE_STOP.search(source, q.span[1])
    after = source[q.span[1]:stop.start() if stop else len(source)]
    opens = _LIST_OPENS.search(after)
    starts = [m.end() for m in _CLAUSE_STOP.finditer(source, 0, q.span[0])]
    before = source[starts[-1] if starts else 0:q.span[0]]
    closes = _LIST_CLOSES.search(before)
    # (or right after the list without 等: 哈萨克斯坦、…、乌兹别克斯坦5国)
    for text in ([after[opens.end():]] if opens else []) + (
            [before[:closes.start()]] if closes else [before] if "、" in before else []):
        items = text.split("、")
        if len(items) < 2 or text.endswith("等"):
            continue
        if _LAST_AND.search(items[-1]):
            items[-1:] = _LAST_AND.split(items[-1], maxsplit=1)
        if len(items) == q.value and all(item.strip() for item in items):
            return True
    return False


# a list of names in English, "Qinghai, Gansu and Sichuan" (each a capitalised word or two)
_NAME_EN = r"[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?"
_NAMES_EN = re.compile(rf"\b{_NAME_EN}(?:,\s+{_NAME_EN})+,?\s+and\s+{_NAME_EN}")


def _names_listed(target: str, count: float, extra) -> bool:
    """Whether the English names `count` things, three at least, in a list of names ("linking
    Qinghai, Gansu and Sichuan" for 青海、甘肃、四川三省), with no count word of its own left
    over in the list's sentence ("four countries, Kazakhstan, …" for 5国 is a count changed):
    a count it need not say, whatever count word another sentence leaves over ("between the
    two provincial capitals"). (Two names joined by "and" may be one: "the Ministry of
    Industry and Information Technology".)"""
    words = [e for e in extra if e.kind == "number" and e.value in FEW and
             not any(ch.isdigit() for ch in e.text)]
    return any(len(re.split(r",?\s+and\s+|,\s+", m.group())) == count and not any(
        _NEXT_SENTENCE.search(target, min(e.span[1], m.end()), max(e.span[0], m.start())) is None
        for e in words) for m in _NAMES_EN.finditer(target))


class NumberMismatch(Check):
    code = "number-mismatch"
    severity = "error"
    title = "numbers, amounts, percentages and dates that do not correspond"
    example = "948亿美元 → “$94.8 million” (should be $94.8 billion)"
    # A figure the source repeats may be rendered once, in this unit or the one before:
    # 三十多年前…。三十多年来… as "More than three decades ago … Since then". And a figure a
    # wire's lead moved up, into English of its own (an `addition`: "BEIJING (AP) — A
    # magnitude 6.1 earthquake …, killing 11 people and injuring 136"), is not lost from the
    # units that follow it (ADDED_REACH of them; the addition itself is still reported).
    # And a year the English names as the basis of a change (同比下降11.5% "11.5 percent fewer
    # than in 2025") is the year before one the document's source gives.
    stateful = True
    ADDED_REACH = 3

    def run(self, unit: LintUnit, ctx: Context) -> Iterator[Finding]:
        return self.finish(unit, ctx, self.prepare(unit, ctx))

    def prepare(self, unit: LintUnit, ctx: Context):
        """(each finding with the source figure it misses or None, and what would settle it in
        a headline), the source figures this unit renders, and an added unit's figures."""
        if unit.alignment == "addition":
            return [], [], tuple((q.kind, q.value) for q in extract_en(unit.target)), (), ()
        if unit.alignment == "doubtful" and not ctx.chinese_target:
            # a doubtful pair's figures go unchecked, but those both its languages give may
            # still settle its headline's (生态环境部：…同比下降3.2% over a lead whose pairing
            # is in doubt, "… fell 3.2% year on year …")
            source = {q.value for q in extract_zh(unit.source)}
            return [], [], (), (), tuple(q.value for q in extract_en(unit.target)
                                         if q.value in source)
        rendered: list[tuple] = []
        said: list[float | str] = []
        offered: list[object] = []
        found = list(self._compare(unit, ctx, rendered, said, offered))
        return found, rendered, (), tuple(said), tuple(offered)

    def finish(self, unit: LintUnit, ctx: Context, prepared) -> Iterator[Finding]:
        found, rendered, added, now_said, offered = prepared
        key = ("figures", unit.doc)
        before, lead, reach, said = self._document(ctx, unit)
        # the years the document's source has given so far, and the names its English has
        # spelt with a figure's pinyin
        said |= frozenset(now_said)
        kept: list[tuple[Finding, object]] = []  # each with what would settle it (a headline's)
        for finding, missed, settles in found:
            if missed is not None and missed[0] in ("basis", "given"):
                # a year the English adds: the year before one said, the basis of a change
                # (同比 "than in 2025"), the one year the source has said so far ("revenue in
                # 9M26" for 前三季度 under the title 2026年前三季度…), or a year of this unit's
                # source said twice ("medical insurance for 2027, … the 2027 basic medical
                # insurance"); another year is still added
                if {v for v in said if isinstance(v, float)} != {missed[1]} and \
                        not (missed[0] == "basis" and missed[1] + 1 in said) and \
                        not (missed[0] == "given" and missed[1] in now_said):
                    kept.append((finding, settles if missed[0] == "given" else None))
            elif missed is not None and missed[0] == "understood":  # a year left understood
                if {v for v in said if isinstance(v, float)} != {missed[1]} and \
                        ("year", missed[1]) not in before + tuple(rendered):
                    kept.append((finding, settles))
            elif missed is not None and missed[0] == "named":  # the name said before
                if missed[1] not in said and missed[2:] not in before + tuple(rendered):
                    kept.append((finding, settles))
            elif missed is None or missed not in before and missed not in rendered and \
                    not (reach and missed in lead):
                kept.append((finding, settles))
        # a headline's figure the lead gives in English of its own ("Belt and Road forum …"
        # over "The parties to the fifth Belt and Road Forum …", where the Chinese lead says
        # 本届论坛) is moved, not lost
        yield from self.headline(unit, ctx, kept, [*(value for _, value in rendered), *offered])
        if key in ctx.state or len(ctx.state) < MAX_STATE:
            ctx.state[key] = (tuple(rendered), added, self.ADDED_REACH, said) if added else \
                (tuple(rendered), lead, max(0, reach - 1), said)

    @staticmethod
    def _document(ctx: Context, unit: LintUnit) -> tuple:
        """What the document's units before this one left (`finish`): the figures the last
        unit rendered, a wire lead's figures, how many units they still reach, and the
        years (and names' spellings) the source has said."""
        return ctx.state.get(("figures", unit.doc), ((), (), 0, frozenset()))

    def _compare(self, unit: LintUnit, ctx: Context, rendered: list[tuple],
                 said: list[float | str], offered: list[object]
                 ) -> Iterator[tuple[Finding, tuple | None, object]]:
        if not unit.target.strip() or not unit.source.strip() or ctx.chinese_target \
                or unit.alignment:
            return  # a doubtful pairing would only yield a cascade of false mismatches
        # a figure inside a part left out is reported with it, once: it must not take the
        # English of the same figure in the rest (a title's 2023年 beside the lead's), and it
        # may only answer English figures the rest leaves over
        zh, gone = [], []
        for q in extract_zh(unit.source):
            (gone if in_lost_part(unit, *q.span) else zh).append(q)
            if q.kind == "year":
                said.append(float(q.value))
        stretches = chinese_stretches(unit.target) if HAN_RUN.search(unit.target) else []
        target = _blank(unit.target, stretches) if stretches else unit.target
        en = extract_en(target)
        again = repeated_sentence(unit.source, target)
        if again is not None:  # a sentence pasted twice: `addition`'s, its figures once
            en = [q for q in en if not again.start() <= q.span[0] < again.end()]
        for a, b in stretches:  # Chinese left in the target: its figures read as Chinese
            en += [replace(q, span=(q.span[0] + a, q.span[1] + a))
                   for q in extract_zh(unit.target[a:b])]
        header = _unit_header(unit.source) if "单位" in unit.source else None
        if header is not None:  # 单位：亿元: the English's unit says 100 million, or is wrong
            power = header[1]
            unit_said = [q for q in en if q.value == power]  # (its figure: the source's unit)
            if unit_said and all(q.value != power for q in zh):
                en = [q for q in en if q not in unit_said]
            stated = _UNIT_EN.search(target)
            if stated is not None and not unit_said:
                yield self.finding(unit, f"{header[0].group()} in the source is "
                                   f"{_quote(stated.group(1))} in the target",
                                   Span("target", *stated.span(1), stated.group(1)),
                                   header[0].group(), None, "check the unit's power of ten "
                                   "(万 10,000, 亿 100 million)"), None, None
        days = _DAY_OR_BASIS.search(unit.source) is not None
        for families, hint in ((WEEKDAYS, "check the day of the week"),
                               (PARTS_OF_MONTH, "check the part of the month (上旬 early, 中旬 "
                                "mid, 下旬 late)"),
                               (PARTS_OF_YEAR, "check the part of the year (年初 early, "
                                "年底 late)"),
                               (FREQUENCIES, "check the period: 每年 is every year, 每月 every "
                                "month, 每周 every week, 每天 every day, 每两年 every two years"),
                               (BASES, "check the basis of the change: 同比 is year on year, "
                                "环比 against the period just before"),
                               (HALVES, "check the bound: 超过一半 is more than half, 不到一半 "
                                "fewer than half")):
            swap = swapped(families, unit.source, target) if days else None
            if swap:
                word, other = swap  # (not `said`: the names said, appended to below)
                # (每两 of 每两年: a count of periods reads with its period)
                period = _PERIOD_AFTER.match(unit.source, word.end()) \
                    if families is FREQUENCIES else None
                yield self.finding(unit, f"{word.group()}{period.group() if period else ''} "
                                   "in the source is "
                                   f"{_quote(other.group())} in the target",
                                   Span("target", *other.span(), other.group()), word.group(),
                                   None, hint), None, None
                if families is HALVES:  # the halves' bounds, said once: not as figures too
                    zh = [q for q in zh if q.text not in ("一半", "半数")]
                    en = [q for q in en if not q.text.lower().endswith("half")]
        span = span_of_year(unit.source, target) if "季度" in unit.source or \
            "个月" in unit.source else None
        if span is not None:  # 前三季度 "the first three months"
            zh_span, en_span = span
            yield self.finding(unit, f"{zh_span.group()} in the source is "
                               f"{_quote(en_span.group())} in the target, another span",
                               Span("target", *en_span.span(), en_span.group()),
                               zh_span.group(), None, "check the span: 季度 is a quarter of "
                               "the year (三个月), 前三季度 the first nine months"), None, None
        wrong_day = weekday_against_date(target) if "day" in target and \
            not any(zh_day.search(unit.source) for _, zh_day, _ in WEEKDAYS) else None
        if wrong_day is not None:  # "Friday, December 3, 2026": a Thursday
            yield self.finding(unit, f"{_quote(wrong_day.group())} in the target is not that "
                               "date's day of the week", Span("target", *wrong_day.span(),
                                                              wrong_day.group()),
                               None, None, "check the day of the week and the date"), None, None
        if not zh and not en:
            return
        unsaid = []
        if en:
            zh, en, unsaid = _outside_named_figures(unit, ctx, target, zh, en)
        if zh:
            zh = _without_unsaid_serials(unit, ctx, target, zh, en)
        if "分别" in unit.source:  # the items of 分别 named again ("… on Line 4 and … on Line 6")
            en = [q for q in en if not _respectively_named(unit.source, target, q, zh)]
        pairs, lost, extra = pair_quantities(zh, en)
        unpaired = extra
        rendered.extend((z.kind, z.value) for z, _ in pairs)
        paired = {id(e) for _, e in pairs}
        offered.extend(e.value for e in en if id(e) not in paired)
        pinned = _weekday_years(target, en)
        offered.extend(pinned)
        if "元" in unit.source:  # a price per kilogram a headline may give (`_price_per_kg`)
            offered.extend(_per_kg_prices(unit.source))
        for z, e in pairs:  # the same figure turned round: 下降2.1% → "rose 2.1%", 以上 → "under"
            for of_zh, of_en, names, hint, kinds in _TURNS:
                if z.kind not in kinds or e.kind not in kinds:
                    continue
                zh_way = of_zh(unit.source, z)
                en_way = of_en(target, e) if zh_way else 0
                if zh_way and en_way and zh_way != en_way:
                    if names[1] == "rise" and _other_side(unit.source, target, e):
                        continue  # 甲村比乙村多两千人 "B … 2,000 fewer … than A": the same
                    yield self.finding(
                        unit, f"{z.text} in the source is a {names[zh_way]} and "
                        f"{_quote(e.text)} in the target a {names[en_way]}",
                        Span("target", *e.span, e.text), z.text, None, hint), None, None
                    break
            else:  # 共有300人 → "about 300": an exact figure hedged
                if z.kind in _CHANGES and z.value == e.value and hedged_en(target, e) and \
                        not bound_zh(unit.source, z) and not hedged_zh(unit.source, z):
                    yield self.finding(
                        unit, f"{z.text} in the source is exact and {_quote(e.text)} in the "
                        "target hedged (about, around, nearly …)", Span("target", *e.span, e.text),
                        z.text, None, "drop the hedge: the source gives the figure as exact"), \
                        None, None
        turned = range_turned(unit.source, target, pairs) if len(pairs) > 1 else None
        if turned is not None:
            z, e = turned
            yield self.finding(
                unit, f"the range from {z.text} in the source starts at {_quote(e.text)} in the "
                "target: its ends are swapped", Span("target", *e.span, e.text), z.text, None,
                "give the range's ends in the source's order"), None, None
        if gone and extra:
            extra = match_quantities(gone, extra)[1]
        extra = [q for q in extra if not _conversion(target, q, pairs)
                 and not _fahrenheit(target, q, pairs)
                 and not _start_given(unit.source, target, q, pairs,
                                      self._document(ctx, unit)[0])
                 and not _grade_one(unit.source, target, q)
                 and not _school_grades(unit.source, target, q)
                 and not _year_of_date(target, q, pairs, lost, bool(
                     self._document(ctx, unit)[3]) or any(isinstance(v, float) for v in said))
                 and not _year_restated(target, q, pairs)
                 and not _number_in_short_name(target, q, pairs)
                 and not _dynasty_years(unit.source, target, q)
                 and not _years_in_months(unit.source, target, q)
                 and not _difference(unit.source, target, q, pairs)
                 and not _resolution_year(target, q)
                 and not _said_for_each(unit.source, q, pairs)
                 and not _name_said_again(target, q, pairs)
                 and not _per_ten_thousand(unit.source, target, q)
                 and not _price_per_kg(unit.source, target, q)
                 and not _dateline_date(target, q, zh, en, unit.source, lost)]
        # the years the document gives, for a date said by its weekday: read only for a date
        years = {v for v in (*self._document(ctx, unit)[3], *said) if isinstance(v, float)} \
            if any(q.kind == "date" for q in lost) else ()
        # a count of the English left over, even a soft one ("The two cities …" for 前3位)
        counts = any(e.kind == "number" and id(e) not in paired for e in en)
        counted = [q for q in lost if _counts_its_list(unit.source, q)]  # (a list's count)
        listed = [q for q in counted if _names_listed(target, q.value, extra)]  # (its names)
        lost = [q for q in lost if not _in_range(unit.source, target, q, pairs)
                and not _year_said_once(unit.source, q, pairs)
                and not _span_said_back(target, q, pairs)
                and not (q.kind in ("year", "number") and q.value in pinned)
                and not _joins_others(target, q, en, paired)
                and not (q.kind == "date" and isinstance(q.value, tuple)
                         and _weekday_given(target, q.value, years))
                and not (_one_as_article(unit.source, target, q) and not counts)
                and not (q in listed or not counts and q in counted)
                and not _one_for_every(unit.source, target, q)
                and not _restated_in_brackets(unit.source, q, pairs)
                and not _next_one(unit.source, target, q)
                and not _runner_up(unit.source, target, q)
                and not _unit_of_rate(unit.source, q)]
        if listed and not any(q.kind == "number" and q.value in FEW for q in lost):
            # a count word left over ("the two provincial capitals") is reported only against
            # a count of a few lost (`pair_quantities`): none is, once the list said it
            extra = [e for e in extra if not (is_soft(e) and e.kind == "number" and e.value in
                                              FEW and not any(ch.isdigit() for ch in e.text))]
        # a lost figure and an added one that say the same: 比上月加快0.4个百分点 "accelerating
        # from 5.2%" (the other end), 陈某某等14人 "Chen and 13 others" (the same group)
        # (an index's level first: its other end is worked out from it, "from 49.8")
        for same in (_index_level, _other_end, _and_others, _base_said_as_now):
            for q in list(lost):
                other = next((e for e in extra if same(unit.source, target, q, e, pairs)), None)
                if other is not None:
                    lost.remove(q)
                    extra.remove(other)
                    pairs.append((q, other))
        spare = [e for e in en if id(e) not in paired]  # (soft ones too: "five and a half")
        # 5小时30分, 按6:4比例, 8折
        for said_as in (_hours_and_a_half, _ratio_as_shares, _discount_as_share):
            for zs, es in list(said_as(unit.source, lost, spare)):
                lost[:] = [q for q in lost if all(q is not z for z in zs)]
                extra[:] = [q for q in extra if all(q is not e for e in es)]
        extra = [q for q in extra if not _counts_a_list(unit.source, q)
                 and not (q.kind == "number" and _start_given(unit.source, target, q, pairs))
                 and not _part_label(unit.source, target, q)
                 and not _period_end(unit.source, q.kind, q.value)
                 and not _said_again(zh, target, q, pairs, lost)]
        # what a headline's lead may settle (`Check.headline`): a figure left out, where the
        # headline has no figure of its kind left unpaired and unreported that might be the
        # same one changed ("Sixth …" for 第五届); a figure added; a pair changed, both ways
        answered = {id(e) for _, e in pairs} | {id(e) for e in unpaired}
        soft = {e.kind for e in en if id(e) not in answered}
        spelt = {id(q): numeral_spelling(q) for q in lost if q not in unsaid}
        for spelling in spelt.values():
            if spelling and spells_name(spelling, target):
                said.append(spelling)  # 十八洞村 "Shibadong village": the name's, no figure
        lost = [q for q in lost if id(q) in spelt and spelt[id(q)] not in said
                and not _sector_named(unit.source, target, q, extra)
                and not _range_said_by_top(unit.source, target, q, pairs)]
        # a figure in words that a name may carry (十八洞村 "the village") is the last to take
        # a partner: 25,600 against "26,500" beside it, not 十八
        partners = {}
        for q in sorted(lost, key=lambda q: spelt[id(q)] is not None):
            partners[id(q)] = partner = _partner(q, extra)
            if partner is not None:
                extra.remove(partner)
        for q in lost:
            spelling = spelt[id(q)]
            partner = partners[id(q)]
            if partner is not None:
                units = f" ({q.unit} vs {partner.unit})" if unit_clash(q, partner) else ""
                changed = self.finding(
                    unit, f"{q.text} in the source is {_quote(partner.text)} in the target"
                    f"{units}",
                    Span("target", *partner.span, partner.text), q.text, _show(q),
                    "check the figure, its unit (万/亿 → thousand/million/billion, 千米 → km) "
                    "and date")
                changed.moved = ("changed", q.kind, q.value, partner.value)
                yield changed, None, frozenset((q.value, partner.value))
            else:
                lost_figure = self.finding(
                    unit, f"{q.text} in the source has no counterpart in the target",
                    Span("source", *q.span, q.text), q.text, _show(q),
                    "a figure or date of the source is missing or changed")
                lost_figure.moved = ("lost", q.kind, q.value)
                lost_figure.measure = _measure_of(q)
                yield lost_figure, \
                    ("named", spelling, q.kind, q.value) if spelling else \
                    ("understood", q.value) if _year_understood(unit.source, target, q) else \
                    (q.kind, q.value), \
                    None if q.kind in soft else q.value
        basis = any(q.kind == "year" for q in extra) and BASES[0][1].search(unit.source)
        for q in extra:
            added = self.finding(
                unit, f"{_quote(q.text)} in the target has no counterpart in the source",
                Span("target", *q.span, q.text), q.text, None,
                "a figure or date the source does not have")
            added.moved = ("added", q.kind, q.value)
            added.measure = _measure_of(q)
            yield added, \
                (("basis" if basis else "given", float(q.value)) if q.kind == "year"
                 else None), \
                Anywhere(q.value)


_PERIOD_AFTER = re.compile("个?(?:年|月|周|星期|礼拜|天|日)")


def swapped(families, source: str, target: str) -> tuple[re.Match, re.Match] | None:
    """A word of a closed set the target swapped for another: (the source's word that the
    target does not say, the target's word of the set that the source does not say), or None.
    `families` holds (name, Chinese pattern, English pattern[, another Chinese pattern that
    says it]); a word added beside the source's own ("Wednesday and Thursday" for 周三) or
    left out alone is no swap."""
    said = [(name, m) for name, zh, _, *_ in families if (m := zh.search(source))]
    if not said:
        return None
    shown = [(name, m) for name, _, en, *_ in families if (m := en.search(target))]
    names = {name for name, _ in said} | {  # said another way (a country by its capital)
        name for name, _, _, *also in families if also and also[0] and also[0].search(source)}
    missing = next((m for name, m in said if all(name != n for n, _ in shown)), None)
    # (a word two families share is the said one's: "Minister" of 部长, not of 公使)
    own = {m.span() for name, m in shown if name in names}
    extra = min((m for name, m in shown if name not in names and m.span() not in own),
                key=lambda m: m.start(), default=None)
    return (missing, extra) if missing is not None and extra is not None else None


def _plain(patterns) -> re.Pattern:
    """One quick test that lets through every text any of `patterns` could match: the words
    of their alternatives, lookarounds left out, as one regex branching a character at a time
    (a regex of the patterns themselves costs more per unit than the rest of a check)."""
    words: set[str] = set()
    for pattern in patterns:
        for alt in re.split(r"\|(?![^(]*\))", pattern.pattern):  # top-level alternatives
            alt = re.sub(r"\(\?<?[!=][^)]*\)", "", alt)
            m = re.fullmatch(r"\(\?:([^()]*)\)\[([^\]]*)\]", alt)  # (?:星期|礼拜)[一]
            words.update(a + c for a in m.group(1).split("|") for c in m.group(2)) if m \
                else words.add(alt)
    tree: dict = {}
    for word in sorted(words, key=len):  # a word's longer forms add nothing to a search
        node = tree
        for ch in word:
            if node.get("") is True:
                break
            node = node.setdefault(ch, {})
        else:
            node.clear()
            node[""] = True

    def branch(node: dict) -> str:
        if node.get("") is True:
            return ""
        parts = [re.escape(ch) + branch(sub)
                 for ch, sub in node.items()]
        return parts[0] if len(parts) == 1 else f"(?:{'|'.join(parts)})"

    return re.compile(branch(tree))


_DAY_OR_BASIS = _plain(zh for _, zh, _, *_ in (*WEEKDAYS, *PARTS_OF_MONTH, *PARTS_OF_YEAR,
                                              *FREQUENCIES, *BASES, *HALVES))


def _rendered_terms(ctx: Context, target: str, wanted: Callable[[Entry], bool],
                    relaxed: bool = False, deprecated: bool = False
                    ) -> list[tuple[ZhHit, list[tuple[int, int]]]]:
    """The source's glossary terms (of the `wanted` entries) that the target renders, each with
    the character spans of its accepted renderings there: what a name's own words cover.
    `relaxed`: a rendering worded as translators do (`en_relaxed`: "establishing" for a verbal
    "establish") counts too; `deprecated`: a deprecated one too (term-deprecated reports it)."""
    found = []
    for hit in ctx.zh_hits():
        if wanted(hit.entry):
            spans = [ctx.matcher.en_span(target, pos, key) for kind, _, pos, key
                     in ctx.matcher.en_places(target, hit.entry)] if deprecated \
                else ctx.matcher.accepted_spans(target, hit.entry)
            worded = ctx.matcher.en_relaxed(target, hit.entry) if relaxed else None
            if worded:
                spans.append((worded.start, worded.end))
            if spans:
                found.append((hit, spans))
    return found


def _outside_named_figures(unit: LintUnit, ctx: Context, target: str, zh: list, en: list
                           ) -> tuple[list, list, list]:
    """The figures outside the glossary terms the target renders: the number words of a name
    are the name's, not a figure to pair ("Thousand Villages Demonstration and Ten Thousand
    Villages Renovation" for 千万工程, "Five Principles" for 和平共处五项原则). And the source
    figures of a name whose rendering there holds none, which may go unsaid ("Ming Tombs" for
    十三陵) or be said around it (“十五五”规划 "the 15th Five-Year Plan"). A deprecated rendering
    is the name's too ("three evil forces" for 三股势力: term-deprecated's, and its "three" no
    partner for 两国 beside it); a rendering not found leaves its figures in (term-missing and
    number-mismatch both see the slip)."""
    named = _rendered_terms(ctx, target, _figures_in_name, deprecated=True)
    if not named:
        return zh, en, []

    def inside(q, spans) -> bool:
        return any(a <= q.span[0] and q.span[1] <= b for a, b in spans)
    kept, unsaid, zspans, espans, spare = [], [], [], [], []
    for hit, spans in named:
        own = [q for q in zh if inside(q, [(hit.start, hit.end)])]
        in_name = [q for q in en if inside(q, spans)]
        if in_name:  # the name's own figures go with them (五项 "Five")
            zspans.append((hit.start, hit.end))
            espans += spans
            unmatched, extra = match_quantities(own, in_name)
            kept += unmatched
            spare += extra
        else:
            unsaid += own
    zh = [q for q in zh if not inside(q, zspans) or q in kept]
    # (a figure of the rendering that the term's Chinese lacks and the rest of the source
    # gives stays a figure: "Five-hundred-meter Aperture …", a rendering of 中国天眼, for
    # 500米口径球面射电望远镜 beside it)
    en_out = [q for q in en if not inside(q, espans)]
    if spare:
        lost = {q.value for q in match_quantities(zh, en_out)[0] if not inside(q, zspans)}
        en_out += [q for q in spare if q.value in lost]
    return zh, en_out, unsaid


_SERIAL_MARK = re.compile(r"号|型|期")


def _without_unsaid_serials(unit: LintUnit, ctx: Context, target: str, zh: list,
                            en: list) -> list:
    """The source figures but the serials of names the target does not say: 神舟二十四号航天员
    乘组 "Its crew", 嫦娥七号 "the probe". A serial is its name's (Shenzhou-24): where the name
    is said, its serial must be too; where the target names it fewer times than the source,
    the serials no rendering carries go with the unsaid names, and term-missing judges the
    short mention."""
    out = zh
    for hits in _name_hits(ctx, {q.span[0] for q in zh}):
        entry = hits[0].entry
        spare = len(hits) - len(ctx.matcher.accepted_spans(target, entry))
        if spare <= 0:
            continue
        carried = {e.value for e in en}  # "Shenzhou-23", "the twentieth crewed mission"
        starts = {hit.end for hit in hits}
        serials = [q for q in out if q.span[0] in starts and q.kind == "number" and
                   q.value not in carried and _SERIAL_MARK.match(unit.source, q.span[1])]
        drop = serials[:spare]
        out = [q for q in out if q not in drop]
    return out


def _name_hits(ctx: Context, starts: set[int]) -> list[list]:
    """The places of each of the source's names (bodies, projects, missions) one of which a
    figure follows (at one of `starts`)."""
    hits: dict[str, list] = {}
    for hit in ctx.zh_hits():
        if hit.entry.category in NAME_CATEGORIES:
            hits.setdefault(hit.entry.id, []).append(hit)
    return [h for h in hits.values() if any(hit.end in starts for hit in h)]


_RENDERINGS_HAVE: dict[tuple, bool] = {}


def _a_rendering(entry, what: str, test: Callable[[str], object]) -> bool:
    """Whether `test` holds for an accepted rendering of `entry` (`what` names the test),
    worked out once per entry and its renderings: it is asked in every unit the term is in."""
    key = (what, entry.id, tuple(entry.accepted))
    has = _RENDERINGS_HAVE.get(key)
    if has is None:
        has = _RENDERINGS_HAVE[key] = any(test(r) for r in entry.accepted)
    return has


def _figures_in_name(entry) -> bool:
    """Whether `entry`'s Chinese or an accepted rendering holds a figure of its own (十三陵,
    "Ten Thousand")."""
    key = ("Chinese figures", entry.id, entry.zh)
    if key not in _RENDERINGS_HAVE:
        _RENDERINGS_HAVE[key] = bool(extract_zh(entry.zh))
    return _RENDERINGS_HAVE[key] or _a_rendering(entry, "figures", extract_en)


def _other_side(source: str, target: str, e) -> bool:
    """Whether the English says the source's comparison (A比B多) from its other side, the
    party before 比 after "than" right after the figure `e`: 甲村的游客比乙村多两千人 "Village B
    received 2,000 fewer tourists than Village A" — so its sense turns with it."""
    m = NameMismatch._THAN_ZH.search(source)
    than = NameMismatch._THAN_EN.search(target, e.span[1], e.span[1] + 60) if m else None
    return than is not None and NameMismatch.against_first(m, than.group(1)) is not None


_CHANGES = ("percent", "number", "money")
# What a paired figure may have turned round: the direction of a change, and a bound.
_TURNS = ((direction_zh, direction_en, {1: "rise", -1: "fall"},
           "check the direction of the change (增长/下降 → rose/fell, more/fewer, higher/lower)",
           _CHANGES),
          (bound_zh, bound_en, {1: "floor", -1: "ceiling"},
           "check the bound (以上/超过 → over/at least, 以内/不超过/不到/近 → under/no more "
           "than/nearly)", (*_CHANGES, "duration")),  # 至少5年 → "at most five years"
          (sign_zh, sign_en, {1: "temperature above zero", -1: "temperature below zero"},
           "check the sign: 零下 is minus, below zero", ("number",)))


def _partner(q, candidates):
    """The unmatched target quantity most likely meant for `q` (same family of kind)."""
    family = {"percent": "p", "date": "d", "month": "d", "day": "d", "relative": "r",
              "coord": "c"}
    for c in candidates:
        if family.get(c.kind, "n") == family.get(q.kind, "n") and _year_fits(q, c) and \
                _year_fits(c, q) and {q.kind, c.kind} != {"ordinal", "money"}:
            return c  # (a sum is no place: 第四届 against a headline's "$103.6 bn")
    return None


def _year_fits(a, b) -> bool:
    """A year's partner is a year or a figure that could be one mistyped: a year is not "18
    million" changed (a title's 2025年 against a headline's "nears 18 million": one lost, one
    added); 1500多 against "15,000" is still one figure changed."""
    return a.kind != "year" or b.kind == "year" or isinstance(b.value, float) and \
        1000 <= b.value <= 2200 and b.value == int(b.value)


_CURRENCY = {"CNY": "yuan", "USD": "US dollars", "EUR": "euros"}
_RELATIVE = {("year", -1): "last year", ("year", 0): "this year", ("year", 1): "next year",
             ("day", -1): "yesterday", ("day", 0): "today", ("day", 1): "tomorrow"}


def _show(q) -> str:
    """The expected value as an English text would write it: "2013", "94.8 billion US
    dollars", "2,100", "30th", "7%" — never "2,013" for a year."""
    if q.kind == "relative":
        unit, offset = q.value
        return _RELATIVE.get(q.value) or f"{('last', 'this', 'next')[offset + 1]} {unit}"
    if q.kind == "period":  # ("quarter", 3) → "third quarter"
        return f"{ordinal_en(q.value[1])} {q.value[0]}"
    if q.kind in ("date", "month", "day"):
        names = ("January February March April May June July August September October "
                 "November December").split()
        month = q.value[0]
        day = q.value[1] if len(q.value) > 1 else None
        return " ".join(str(p) for p in (names[month - 1] if month else None, day) if p)
    if q.kind == "coord":  # (18, 12.5, "N") → 18-12.50N, as written
        return f"{q.value[0]}-{q.value[1]:05.2f}{q.value[2]}"
    value = float(q.value)
    if q.kind == "year":
        return str(int(value))
    if q.kind == "ordinal" and value.is_integer():
        n = int(value)
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"
    if q.kind == "percent":
        return f"{value:g} percentage points" if q.unit == "pp" else f"{value:g}%"
    for scale, name in ((1e9, "billion"), (1e6, "million")):
        if value >= scale:
            text = f"{value / scale:,.2f}".rstrip("0").rstrip(".") + " " + name
            break
    else:
        text = f"{value:,.0f}" if value.is_integer() else f"{value:,}"
    if q.kind == "money" and q.unit:
        text += " " + _CURRENCY.get(q.unit, q.unit)
    elif q.unit in MEASURES:
        text += " " + MEASURE_NAMES.get(q.unit, q.unit)
    elif q.kind == "duration":
        text += " years"
    return text


# A Chinese gloss in brackets after English words is deliberate: "tifa (提法)", also after a
# quoted name or with the title's 《》, as an LLM glosses: '"four lets" (四让)', '"Mother's
# Heart" (《娘心》)', with its pinyin first: "harmony (hehe 和合)", or with an explanation after
# it, as a think tank's translator writes: '"black flights" (黑飞, i.e., unauthorized flights)'.
_GLOSS = re.compile(r"[A-Za-z][\w'’-]*[\"”’']?\s*[(（]\s*"
                    r"(?:[A-Za-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü'’-]+\s+){0,4}"
                    r"[《“\"]?[\u3400-\u9fff]{1,8}[》”\"]?\s*"
                    r"(?:[,，;；:：]\s*[^()（）\u3400-\u9fff]{1,80})?[)）]")


def chinese_left(target: str) -> list[re.Match]:
    """The runs of Chinese left in an English target, glosses in brackets aside: what
    `untranslated` reports, and so what `term-missing` does not report again."""
    runs = list(HAN_RUN.finditer(target))
    if runs and ("(" in target or "（" in target):
        glosses = [m.span() for m in _GLOSS.finditer(target)]
        runs = [m for m in runs if not any(a <= m.start() < b for a, b in glosses)]
    return runs


class Untranslated(Check):
    code = "untranslated"
    severity = "error"
    title = "an empty target, or Chinese left in the target"
    example = "“We will build a 守望相助 community” / an empty target"

    def run(self, unit: LintUnit, ctx: Context) -> Iterator[Finding]:
        if not unit.source.strip() or unit.alignment == "omission":
            return  # an omission found by the aligner is reported as `omission`
        if not unit.target.strip():
            yield self.finding(unit, "empty target", Span("target", 0, 0, ""), None, None,
                               "translate the unit (or mark it `tifa: ignore untranslated`)")
            return
        runs = chinese_left(unit.target)
        if runs:
            first = runs[0]
            text = "、".join(dict.fromkeys(m.group() for m in runs))
            yield self.finding(
                unit, f"Chinese left in the target: {text}",
                Span("target", first.start(), runs[-1].end(),
                     unit.target[first.start():runs[-1].end()]), first.group(), None,
                "translate the Chinese words")


# a double prime after a race's time or gap (27h52'07", +12"): no quotation mark
_SECONDS_MARK = re.compile(r"""(?:\d['’]\d{2}|(?<![\w"])\+\d{1,2})"(?!\w)""")


class Punctuation(Check):
    code = "punctuation"
    severity = "warning"
    title = "full-width punctuation in English, unbalanced quotes or brackets, double spaces"
    example = "“We agreed，and we acted。” / “(see above” / “two  spaces”"
    _FULL = re.compile(r"[，。、；：！？（）【】《》「」『』～＂＇｀\u3000]")
    _DOUBLE = re.compile(r"(?<=\S)[ \t]{2,}(?=\S)")
    _PAIRS = (("(", ")", "（(", "）)", "bracket"), ("[", "]", "[【", "]】", "square bracket"),
              ("“", "”", "“「『", "”」』", "quotation mark"))

    def run(self, unit: LintUnit, ctx: Context) -> Iterator[Finding]:
        target = unit.target
        if not target.strip() or ctx.chinese_target:
            return
        full = list(self._FULL.finditer(target))
        if full and HAN_RUN.search(target):  # the marks of Chinese left in the target are
            stretches = chinese_stretches(target)  # Chinese: `untranslated` reports them
            full = [m for m in full if not any(a <= m.start() < b for a, b in stretches)]
        if full:
            chars = "".join(dict.fromkeys(m.group() for m in full))
            yield self.finding(unit, f"full-width punctuation in English: {chars}",
                               Span("target", full[0].start(), full[0].end(), full[0].group()),
                               None, None, "use ASCII punctuation and spaces in English")
        for open_, close, src_open, src_close, name in self._PAIRS:
            if target.count(open_) == target.count(close):
                continue
            if sum(map(unit.source.count, src_open)) != sum(map(unit.source.count, src_close)):
                continue  # the source itself opens here and closes in another unit
            if open_ == "(" and re.fullmatch(r"\s*[\w]{1,2}\)[\s\S]*", target):
                continue  # "a) first point"
            pos = _unbalanced_at(target, open_, close)
            yield self.finding(unit, f"unbalanced {name}s: {target.count(open_)} {open_} vs "
                               f"{target.count(close)} {close}",
                               Span("target", pos, pos + 1, target[pos:pos + 1]), None, None,
                               "close what you open")
        # (a double prime after a figure is no quotation mark: a race's times, 27h52'07",
        # +12")
        quotes = target.count('"') - len(_SECONDS_MARK.findall(target))
        if quotes % 2 and not (sum(map(unit.source.count, "“「")) !=
                                         sum(map(unit.source.count, "”」"))):
            marks = {m.end() - 1 for m in _SECONDS_MARK.finditer(target)}
            pos = max(m.start() for m in re.finditer('"', target) if m.start() not in marks)
            yield self.finding(unit, 'odd number of straight double quotes (")',
                               Span("target", pos, pos + 1, '"'), None, None,
                               "close what you open")
        double = self._DOUBLE.search(target) if "  " in target or "\t" in target else None
        if double:
            yield self.finding(unit, "double space", Span("target", *double.span(),
                                                          double.group()), None, None,
                               "one space between words")


def _unbalanced_at(text: str, open_: str, close: str) -> int:
    """Offset of the first closer without an opener, else of the last unclosed opener."""
    stack: list[int] = []
    for i, ch in enumerate(text):
        if ch == open_:
            stack.append(i)
        elif ch == close:
            if not stack:
                return i
            stack.pop()
    return stack[-1] if stack else 0


class TmMismatch(Check):
    code = "tm-mismatch"
    severity = "warning"
    title = "the source has a 100% match in the TM (--tm) and the target differs from it"
    example = "“世界需要一个稳定的中亚。” — TM: “The world needs a stable Central Asia.”"

    def run(self, unit: LintUnit, ctx: Context) -> Iterator[Finding]:
        if not ctx.tm or not unit.target.strip():
            return
        targets = ctx.tm.get(ctx.source_key())
        if not targets:
            return
        tkey = english_key(unit.target)
        if any(english_key(t) == tkey for t in targets):
            return
        yield self.finding(unit, f"the TM has a 100% match translated {_quote(targets[0])}",
                           None, None, targets[0],
                           "reuse the approved translation, or update the TM")


class Negation(Check):
    code = "negation"
    severity = "warning"
    title = "the source says no (不是, 不能, 没有, 无权…) and the target has no negation at all"
    example = "民族冲突……不是中亚的主调 → “Ethnic strife … is the dominant theme of Central Asia”"
    # Predicate negators only: 不 alone also sits in 不断, 不仅, 不同, 不绝于途…, and 前所未有
    # is "unprecedented". The other direction (English adds "never", "no one", "let alone"
    # where Chinese has none) is ordinary rephrasing and is not checked.
    # 并不断 is "and keep …ing", 从不同 "from different", 从不足80亿 "from less than 8
    # billion": an adverb before a word that begins with 不 is no negator
    # (不得低于18℃, 不应超过3天: a bound on a figure, which the figures' check compares —
    # "Minimum indoor temperature: 18°C" says it with no negator)
    _ZH = re.compile("不是|(?:不能|不应|不会|不要|不得|不可|不该)(?!(?:低于|少于|超过|高于|多于)"
                     "[0-9０-９一二三四五六七八九十百千万两半几])|不允许|不容|不再|不愿|不必|没有|"
                     "无权|无法|(?:绝|决|从|并|尚|既)不(?!断|同|少|仅|久|论|管|但|止|时|停|"
                     "(?:足|到|超过|少于|低于|高于|多于)[0-9０-９一二三四五六七八九十百千万两半几])|"
                     "从未|未能|尚未|并未|未曾|不宜|并非|"
                     # 未 alone before a verb of outcome: 未就此达成一致, 未取得进展, 未造成
                     # 伤亡 (twenty-second round; not 未来, 未满, 未成年, 未经 …)
                     "(?<![前所从尚并仍还今均都也亦])未(?=就|取得|造成|发生|达成|获得|作出|"
                     "做出|采取|出现|发现|受到|遭到|引起|构成|改变|影响到|对[^，。；]{1,12}造成)|"
                     # 仍未, 至今未 "has still not" (fifteenth round)
                     "仍未|还未|至今未|迄今未|均未|都未|也未|亦未|"
                     "毫无|别无|"
                     # 不 before the verbs of a stated position: 不接受 "does not accept" or
                     # "rejects", 不寻求 "does not seek", 不干涉 "non-interference"
                     # (not 不参与/不介入, "stays out of", nor 不存在, "is a myth")
                     # (not 不同意见 "different views": 不同 + 意见)
                     "不接受|不同意(?!见)|不承认|不支持|不赞成|不寻求|不谋求|不针对|不称霸|不认可|"
                     "不排除|不附加|不干涉|不搞|"
                     # verbs a translator keeps negated: 不提供 "does not provide", 不打第一枪
                     # "will not fire the first shot", 不以……为代价 "not at the expense of",
                     # 无助于 "does nothing to", 不出口 "does not export"
                     "不提供|不出口|不出售|不打|不以(?=[^，。；]{1,12}为)|无助于|"
                     # 尚无 "there is as yet no"; 不符(合) "does not square with", or a word
                     # that says it alone ("inconsistent with", "at odds with", "violates")
                     "尚无|不符|"
                     # 无须 "need not", "no need", "free of" (nineteenth round)
                     "无须|无需|毋须|毋需")
    _EN = re.compile(r"\b(?:not|no|never|none|nobody|nothing|neither|nor|without|cannot|"
                     r"nowhere|lack|lacks|lacked|fail|fails|failed|failing|free from|free of|"
                     r"unable|refuse[sd]?|deny|denie[sd]|rather than|instead of|let alone|far from|"
                     r"impossible|inadequate|insufficient|illegal|inappropriate|incapable|"
                     r"reject(?:s|ed|ing|ion)?|refrain(?:s|ed|ing)?|inconsistent|incompatible|"
                     r"contrary|at odds|counter to|contradict\w*|violat\w*|breach\w*|"
                     r"out of (?:line|keeping|step)|(?:go|goes|going|gone|went|run|runs|ran|"
                     r"running) against|bann?(?:ed|ing|s)?|prohibit\w*|forbid\w*|forbade|"
                     r"barred)\b|n't\b|\bdis(?:agree|approv)\w*|"
                     r"\bun(?!i|der|til)\w{3,}|\bnon-?\w+", re.I)  # unseen, unable; not unity

    # Idioms whose negator cancels out or makes an adjective: 不可或缺 is "indispensable" or
    # "essential", 密不可分 "inseparable" or "closely linked", 刻不容缓 "urgent".
    _IDIOMS = re.compile("不可或缺|必不可少|缺一不可|不可分割|密不可分|不可替代|不可逆转|不可阻挡|"
                         "不可动摇|牢不可破|坚不可摧|不可估量|不可多得|不可思议|刻不容缓|"
                         "义不容辞|不容置疑")

    # A question asked with a negator that is no negation: 是不是, 能不能, 有没有 (A-not-A), and a
    # rhetorical question (难道……不是……吗？, 谁能说……不是……？, 岂不……？), which asserts and is
    # rendered as an assertion or a question of its own ("What better proof could there be?",
    # "Who could doubt that …?")
    _RHETORICAL = re.compile("难道|岂|何尝|谁|怎能|怎么能|哪能|何必")

    # A sentence that negates several clauses (从不干涉……，也从不谋求……) may be rendered with
    # one negation that covers them all ("has never interfered … or sought …", "neither … nor
    # …", "no X, Y or Z"): an English negation covers the items its clause coordinates (each
    # comma, "or", "nor" after it) up to the clause's end (;:.!? or a comma before a new
    # clause's conjunction). Fewer covered than negated Chinese clauses is a lost "not".
    _CLAUSE_ZH = re.compile("[^，,；;。！？!?：:]+")
    _SCOPE_END = re.compile(r"[;:.!?]|,\s+(?:and|but|while|yet|so|whereas|though|although)\b",
                            re.I)
    _LINK = re.compile(r",|\b(?:or|nor|both)\b", re.I)  # "at odds both with … and with …"
    # what says "not yet" without a negator: 尚未 "has yet to", 还没有……就 "before", "until"
    _NOT_YET = re.compile(r"\b(?:yet to|until|till|before)\b", re.I)
    _YET_TO = re.compile(r"\byet to\b", re.I)

    def negators(self, source: str) -> list[re.Match]:
        """The predicate negators of `source` that say no (not inside an idiom, not asking)."""
        if not self._ZH.search(source):
            return []
        idioms = [m.span() for m in self._IDIOMS.finditer(source)]
        return [m for m in self._ZH.finditer(source)
                if not any(a <= m.start() < b for a, b in idioms) and not self._asks(source, m)]

    # A litotes of existence, two negations that make a weak positive: 不无道理 "not without
    # merit" (or "has some merit"), 并非没有代价 "not without cost". Rendered with both
    # negations or none; one alone ("is without merit") says the reverse.
    _LITOTES = re.compile("不无|(?:并非|不是|绝非|并不是)(?:没有|毫无|无)")
    _LESS = re.compile(r"\b\w{3,}less\b(?<!unless)(?<!nevertheless)(?<!regardless)", re.I)

    def run(self, unit: LintUnit, ctx: Context) -> Iterator[Finding]:
        if unit.alignment or not unit.target.strip() or ctx.chinese_target:
            return
        found = self.negators(unit.source)
        litotes = self._LITOTES.search(unit.source) if "不" in unit.source or \
            "非" in unit.source else None
        if litotes:
            spans = [m.span() for m in self._LITOTES.finditer(unit.source)]
            found = [m for m in found if not any(a <= m.start() < b for a, b in spans)]
            if not found and len(self._EN.findall(unit.target)) + \
                    len(self._LESS.findall(unit.target)) == 1:
                yield self.finding(unit, f"{litotes.group()} in the source is a double negation "
                                   "(a weak yes); the target keeps one negation of the two",
                                   Span("source", *litotes.span(), litotes.group()),
                                   litotes.group(), None, "“not without” lost its “not”: check "
                                   "the sentence")
                return
        if found:  # a negator inside a glossary term (不可靠实体清单 "unreliable entity list")
            terms = [(h.start, h.end) for h in ctx.zh_hits()]  # is the term's: checked there
            found = [m for m in found if not any(a <= m.start() < b for a, b in terms)]
        if not found:
            return
        english = list(self._EN.finditer(unit.target))
        if any(n.group() in ("毫无", "别无", "尚无") for n in found):  # 毫无根据 "groundless"
            english += self._LESS.finditer(unit.target)
        if any(n.group() in self._NO_NEED for n in found):  # 无需购票 "entry is free"
            english += self._NEEDLESS.finditer(unit.target)
        m = found[0]
        if not self._own_negation(unit.source, english) and \
                not self._YET_TO.search(unit.target):  # 尚未 "has yet to"
            yield self.finding(unit, f"{m.group()} in the source is negative; the target has "
                               "no negation", Span("source", m.start(), m.end(), m.group()),
                               m.group(), None, "a lost “not” turns the meaning round: check "
                               "the sentence")
            return
        clauses = [c for c in self._CLAUSE_ZH.finditer(unit.source)
                   if any(c.start() <= n.start() < c.end() for n in found)]
        if len(clauses) == 1:
            moved = self._moved(unit.source, clauses[0], unit.target, english)
            if moved:
                yield self.finding(unit, f"{m.group()} negates {_quote(clauses[0].group(), 30)} "
                                   f"in the source; the target negates another clause "
                                   f"({_quote(moved, 40)}) and says the first",
                                   Span("source", m.start(), m.end(), m.group()), m.group(),
                                   None, "a “not” lost in one clause and gained in another: "
                                   "check which clause is negative")
            return
        if len(clauses) < 2:
            return
        covered = sum(self._covers(unit.target, e.end()) for e in
                      (*english, *self._NOT_YET.finditer(unit.target)))
        if covered < len(clauses):
            words = "、".join(dict.fromkeys(n.group() for n in found))
            yield self.finding(unit, f"{len(clauses)} clauses of the source are negative "
                               f"({words}); the target's negation covers {covered}",
                               Span("source", m.start(), m.end(), m.group()), m.group(), None,
                               "a clause lost its “not”: check each negative clause")

    _CLAUSE_EN = re.compile(r"[^,;:.!?]+")
    _ANY_NEGATOR = re.compile("[不没未无非勿别莫]")
    # what says 无须 without a negator: "free", "exempt", "optional"
    _NO_NEED = ("无须", "无需", "毋须", "毋需")
    _NEEDLESS = re.compile(r"\b(?:free|exempt\w*|optional)\b", re.I)
    # 未经, 擅自: a condition's "without" ("without permission", "unauthorised"), no
    # predicate's negation (不得擅自收费 → "may charge fees without authorisation")
    _UNLESS_ZH = re.compile("未经|擅自|不经")
    _UNLESS_EN = re.compile(r"without|unauthori[sz]ed|unapproved|unlicensed", re.I)

    def _own_negation(self, source: str, english: list[re.Match]) -> list[re.Match]:
        """The English negations left for the source's negators once each 未经 or 擅自 has
        taken a "without" (or "unauthorised") as its own."""
        leave = len(self._UNLESS_ZH.findall(source))
        kept = []
        for e in english:
            if leave and self._UNLESS_EN.fullmatch(e.group()):
                leave -= 1
            else:
                kept.append(e)
        return kept

    def _moved(self, source: str, negated: re.Match, target: str, english: list) -> str | None:
        """The English clause a negation moved to, when the source negates one clause of
        several: every English negation stands in a clause that says (by dictionary glosses)
        an unnegated clause of the source and nothing of the negated one, and an English
        clause with no negation says the negated one ("Prices have risen markedly, though the
        market is not short of supplies" for 价格没有明显上涨，市场供应充足)."""
        others = "".join(c.group() for c in self._CLAUSE_ZH.finditer(source)
                         if c.start() != negated.start())
        if not others or self._ANY_NEGATOR.search(others):
            return None  # 若找不到……，……没有: the other clause has a "not" of its own
        said = _clause_keys(negated.group())
        rest = _clause_keys(others)
        said, rest = said - rest, rest - said
        parts = [(c, _english_keys(c.group())) for c in self._CLAUSE_EN.finditer(target)]
        negative = [(c, keys) for c, keys in parts if any(
            c.start() <= e.start() < c.end() for e in english)]
        # two words of evidence each way, none against
        if not negative or any(keys & said or len(keys & rest) < 2 for _, keys in negative):
            return None
        if not any(len(keys & said) >= 2 for c, keys in parts
                   if all(c is not n for n, _ in negative)):
            return None
        return negative[0][0].group().strip()

    def _covers(self, target: str, start: int) -> int:
        """How many coordinated items an English negation ending at `start` covers."""
        end = self._SCOPE_END.search(target, start)
        return 1 + len(self._LINK.findall(target, start, end.start() if end else len(target)))

    def _asks(self, source: str, m: re.Match) -> bool:
        """The negator only asks: A-not-A (是不是), or inside a rhetorical question."""
        if m.start() > 0 and len(m.group()) > 1 and source[m.start() - 1] == m.group()[1]:
            return True
        start = max(source.rfind(c, 0, m.start()) for c in "。！？；") + 1
        ends = [i for i in (source.find(c, m.end()) for c in "。！？") if i >= 0]
        return bool(ends) and source[min(ends)] == "？" and \
            self._RHETORICAL.search(source, start, m.start()) is not None


def _forms(*words: str) -> str:
    """A regex alternation of English word forms, each written as a stem and its endings
    ("oppos:e,es,ed,ing" for oppose, opposes, opposed, opposing) or as it stands: the forms
    of a verb, and no other word that starts like it ("objects to", not "object"). Words after
    the endings follow every form ("turn:,s,ed,ing down": "turns down", never "turns")."""
    out = []
    for w in words:
        stem, _, ends = w.partition(":")
        ends, _, tail = ends.partition(" ")
        out.append(f"{stem}(?:{'|'.join(ends.split(','))}){' ' + tail if tail else ''}"
                   if ends else w)
    return "|".join(out)


_SUPPORT = _forms("support:,s,ed,ing", "backs", "backed", "backing", "endors:e,es,ed,ing,ement",
                  "favou?r:,s,ed,ing", "in favou?r of", "approv:e,es,ed,ing,al",
                  "champion:,s,ed,ing")
_OPPOSE = _forms("oppos:e,es,ed,ing,ition", "object:s,ed,ing to", "objections? to",
                 "reject:,s,ed,ing,ion", "resist:,s,ed,ing", "disapprov:e,es,ed,ing,al",
                 # (twenty-fifth round: a vote against, 赞成 → "voted overwhelmingly against")
                 r"vot:e,es,ed,ing (?:\w+ly )?against")
_CONDEMN = _forms("condemn:,s,ed,ing,ation", "denounc:e,es,ed,ing", "deplor:e,es,ed,ing")
_WELCOME = _forms("welcom:e,es,ed,ing")
_PRAISE = _forms("prais:e,es,ed,ing", "applaud:,s,ed,ing", "commend:,s,ed,ing",
                 "hail:,s,ed,ing")
_REFUSE = _forms("refus:e,es,ed,ing,al", "reject:,s,ed,ing,ion", "declin:e,es,ed,ing to",
                 "turn:,s,ed,ing down", "disagre:e,es,ed,eing,ement", "rebuff:,s,ed,ing") + \
    (  # (twenty-sixth round: "declined" before what is offered, not a figure's fall)
     r"|declin(?:e|es|ed|ing) (?:(?:an?|the|his|her|their|its|our|this|that|any|all) )?"
     r"(?:[\w-]+ ){0,3}?(?:invitations?|offers?|proposals?|requests?|nominations?|posts?|"
     r"positions?|jobs?|roles?|awards?|prizes?|honou?rs?|plans?|terms|deals?|bids?|"
     r"suggestions?|appointments?|overtures?|mediation|help|aid|assistance|loans?)\b")
_ACCEPT = _forms("agre:e,es,ed,eing to", "accept:,s,ed,ing", "consent:,s,ed,ing",
                 "approv:e,es,ed,ing")
_DENY = _forms("den:y,ies,ied,ying,ial")
_ADMIT = _forms("admit:,s,ted,ting", "acknowledg:e,es,ed,ing", "confirm:,s,ed,ing",
                "conced:e,es,ed,ing")
_STRENGTHEN = _forms("strengthen:,s,ed,ing", "reinforc:e,es,ed,ing", "enhanc:e,es,ed,ing",
                     "bolster:,s,ed,ing")
_WEAKEN = _forms("weaken:,s,ed,ing", "undermin:e,es,ed,ing", "erod:e,es,ed,ing",
                 "dilut:e,es,ed,ing", "impair:,s,ed,ing", "scal:e,es,ed,ing back",
                 "scal:e,es,ed,ing down")
_WIDEN = _forms("widen:,s,ed,ing", "expand:,s,ed,ing", "enlarg:e,es,ed,ing",
                "broaden:,s,ed,ing")
_NARROW = _forms("narrow:s,ed,ing", r"narrow(?= the\b)", "shrink:,s,ing", "shrank", "shrunk",
                 "reduc:e,es,ed,ing", "curtail:,s,ed,ing", "restrict:,s,ed,ing",
                 "limit:,s,ed,ing", "scal:e,es,ed,ing back")
_RAISE = _forms("increas:e,es,ed,ing", "rais:e,es,ed,ing", "boost:,s,ed,ing")
_CUT = _forms("reduc:e,es,ed,ing,tion", "decreas:e,es,ed,ing", "cut:,s,ting(?!-)",
              "lower:s,ed,ing", "lessen:,s,ed,ing", "slash:,es,ed,ing")



# "off" that says a stop ("switched off", "called off"), not the "off" of a verb of its own:
# laid off (解雇), kicked off (a start), paid off, set off, took off, sent off, warded off
_OFF = "".join(rf"(?<!\b{verb} )" for verb in (
    "lay", "lays", "laid", "laying", "kick", "kicks", "kicked", "kicking", "pay", "pays",
    "paid", "set", "sets", "take", "takes", "took", "taken", "send", "sent", "ward",
    "warded", "fend", "fended", "spin", "spun", "show", "showed", "see", "saw", "seen",
    "tip", "tipped", "head", "headed")) + "off"


def _word_pair(zh: str, own: str, opposite: str, also: str) -> tuple:
    """A word of the source, the English that renders it, the English that says its opposite,
    the Chinese that says that opposite (the source's own word when it is there), and whether
    a figure after the word makes it `number-mismatch`'s (高于3%)."""
    return (zh, re.compile(rf"\b(?:{own})\b", re.I), re.compile(opposite, re.I),
            re.compile(also), zh.startswith(("高于", "低于")))


# Words other than verbs that a slip turns into their opposite, as a reviser finds them: a
# direction of trade (出口 → "imports", 顺差 → "deficit"), a comparison (高于 → "lower than"),
# bilateral for multilateral, all for some, must for may, a first time for "again", "one of
# the largest" for 之一 made "the largest", a future for a past (将于 → "opened") and the
# reverse (已 → "will"). The opposite counts only where the target has none of the word's
# renderings and the source has no word that says the opposite.
# a span of time counted back or on: 三年前, 两个多月后, 几天前, 10年后
_FIGURE_ZH = "零一二两三四五六七八九十百千万几数多半"
_SPAN_OF_TIME = rf"(?<![\d{_FIGURE_ZH}])[\d{_FIGURE_ZH}]+个?多?(?:年|月|天|周|星期|世纪|小时|分钟)"
_IRREGULAR_PAST = (r"made|took|sent|gave|began|became|held|met|won|saw|came|went|built|set|"
                   r"put|brought|paid|left|led|spent|rose|fell|grew|hit|cut|drew|ran|stood|"
                   r"struck|sold|bought|thought|told|said|found|kept|lost|spoke|wrote|flew|"
                   r"chose|broke|fought|sought|withdrew|undertook")
# an irregular past that is no present form too ("set", "put", "cut", "hit") nor a verb of
# saying, that may stand bare ("met the press" for 将……会见记者)
_BARE_PAST = "|".join(w for w in _IRREGULAR_PAST.split("|")
                      if w not in {"set", "put", "cut", "hit", "said", "told", "thought", "found"})
_PAST = (r"\b(?:was|were|had|did)\b|\b(?:has|have)\s+(?:\w+ly\s+)?(?:been|\w+ed|\w+en|"
         rf"{_IRREGULAR_PAST})\b|"
         rf"(?<!\bthe )(?<!\ba )(?<!\ban )\b(?:[a-z]{{3,}}ed|{_BARE_PAST})\b(?=\s+(?:in|on|at|"
         r"last|the|its|their|with|from|to|a|an)\b)")
# the English of a plan (将于, 将 before a verb) and the Chinese that says a past beside it
_FUTURE_EN = (r"will|'ll|shall|would|(?:is|are|was|were) to|set(?! up)|due|schedul\w*|"
              r"expect\w*|plan\w*|going to|slated|upcoming|forthcoming|coming|intend\w*|about|"
              r"soon|to be|prepar\w*|ahead|next|later|future|tomorrow|await\w*|await|pending|"
              # (the plural too: "the Championships, which take place in July 2027")
              r"opens|starts|begins|takes? place|runs|is held|are held|"
              # a promise of what will be done ("Wang Gang pledged to keep opening up next
              # year" for 王刚表示，明年将继续扩大开放; planted23's noticed false alarm)
              r"pledg\w*|vow\w*|promis\w*|undert(?:ake|akes|ook)|resolved|aims? to|aimed to|"
              r"seeks? to|sought to")
_PAST_ZH = "已|曾|过去|此前|去年|上月|上周|昨天|日前|近日"
# a verb form that says a tense whatever verb it renders (`Reversal._own_renderings`)
_TENSE_FORM = re.compile(rf"(?:[a-z]+ed|been|done|{_IRREGULAR_PAST})", re.I)
_SUPERLATIVE = (r"(?:(?<=\bthe )|(?<='s )|(?<=\bits )|(?<=\btheir )|(?<=\bour )|(?<=\bhis )|"
                r"(?<=\bher ))(?:[a-z]+\s+)?(?:largest|"
                r"biggest|greatest|highest|busiest|oldest|longest|best|most\s+\w+|leading|"
                r"foremost|fastest|richest|strongest|poorest|deepest|earliest|finest|"
                r"smallest|lowest|worst)\b")
# 应 as a modal, "should" (各方应保持克制): not 应邀, 应对, 供应, 反应 …, nor 应 of 应……邀请, 应约,
# 应……要求 ("at the invitation of", "at the request of")
_SHOULD = ("应(?<![相反供适响答对效呼感顺照回]应)"
           "(?![邀约对用急变届聘答战和付运力收允许诺声酬试征验景季当该])"
           "(?![^，。；]{0,30}?(?:邀请|之邀|之约|请求|要求|约请))")
# a hedge of completion or state (基本完成, 基本稳定; not 基本原则): its Chinese and the English
# that renders it ("basically", "largely", "by and large" …)
_BASIC_ZH = ("基本(?:上)?(?=完成|完工|竣工|稳定|实现|建成|形成|消除|持平|一致|恢复|达到|具备|解决|"
             "覆盖|满足|结束|就绪|确定|控制|平衡|相当|保持|符合|到位|落实|摆脱|普及|同步|消灭|吻合|"
             "得到|达成|平稳)")
_BASIC_EN = (r"basic\w*|largely|broadly|mostly|essentially|in the main|by and large|"
             r"generally|substantially|virtually|nearly|almost|more or less|in principle|"
             r"roughly|overall|mainly|on the whole|practically|primarily|fundamental\w*|"
             r"near\w*|most|much|in large part|for the most part|chiefly|"
             r"approximately|about|around|relatively|fairly|reasonably|close")
# the only one of its kind (唯一出路; not 唯一性, "uniqueness"): its Chinese and the English that
# keeps it alone ("only", "sole", "no other", "it alone", "one and only" …)
_ONLY_ZH = "唯一(?!性)"
_ONLY_EN = (r"only|sole\w*|single|unique\w*|lone|exclusive\w*|alone|solitary|just one|"
            r"one and only|nothing but|nobody else|no one else|none but|none other|"
            r"nowhere else|no (?:\w+ ){0,2}other|unrivall?ed|unmatched|unparalleled|else|"
            r"other than|except|never|no|none|"
            # ("the one correct path", "Kong Yiji was the one customer in a long gown")
            # (an owner's name taken from its first letter, or after a dash opening it: tried
            # at each word of a hyphened run, "well-" 8,000 times cost 1.7 s of CPU)
            r"(?:the|its|their|his|her|our|your|my|(?:(?<![\w-])|(?<=^-)|(?<=[^\w-]-))[\w-]+'s)"
            r" one(?! of\b)")
# a condition (如果各方同意，会议将…): its Chinese (not 要是, 主要是's) and the English that
# keeps it a condition ("if", "should …", "once", "as long as", "weather permitting", a modal)
_IF_ZH = ("如果|假如|假若|假使|倘若|如若|一旦|"
          r"万一(?<![\d零一二两三四五六七八九十百千万]万一)(?![千百十万亿])|"
          # 只要 and 若 only before a clause that says what follows (只要……，就/终将……):
          # not 只要敬畏神 ("but fear God"), 每只要, 若干, 邢若齐, 天涯若比邻 (each word first,
          # its lookbehind after it: a quicker search)
          "(?:只要(?<![每一两三四五六七八九十几这那]只要)(?!求)|若(?<![^，。；：！？]若)(?![干隐即有非]))"
          "(?=[^，。；：！？]{1,30}，[^。；！？]{0,8}?(?:就|便|则|将|会|必|能|可|都|定|才))")
_IF_EN = (r"if|unless|should|(?<!\bat )once|when|whenever|provided|providing|as long as|"
          r"so long as|"
          r"in case|in the event|assum\w*|suppos\w*|given|subject to|on condition|"
          r"conditional\w*|on the condition|only|were|would|could|might|may|otherwise|where|"
          r"wherever|whether|permitting|allowing|lest|depend\w*|hinge\w*|barring|"
          r"as soon as|the moment|without|failing|absent|after|upon|in the absence|let|"
          r"in that case|then|any|whoever|whatever|whichever|whosoever|whatsoever|anyone|"
          r"anybody|those who|except|but for|perhaps|maybe|peradventure")
_WORD_PAIRS = (
    _word_pair("(?<![进])出口(?![处商])", r"export\w*|outbound|sell\w* abroad|sales abroad|"
               r"overseas sales|ship\w*", r"\bimport\w*", "进口|进出口|输入"),
    _word_pair("进口(?!商品交易)", r"import\w*|inbound|buy\w*|bought|purchas\w*|sourc\w*|"
               r"entr\w*", r"\bexport\w*", "出口|输出"),
    _word_pair("顺差", r"surplus\w*", r"\bdeficits?\b", "逆差|赤字"),
    _word_pair("逆差", r"deficit\w*|shortfall\w*|imbalance\w*|gap\w*", r"\bsurplus\w*",
               "顺差|盈余"),
    _word_pair("双边", r"bilateral\w*|two-way|between the two",
               r"\b(?:multilateral|plurilateral)\w*", "多边|多方|区域|国际"),
    _word_pair("多边", r"multilateral\w*|multi-?\w+|plurilateral\w*|international\w*|global\w*|"
               r"many|several|world\w*|United Nations|UN", r"\b(?:bilateral|unilateral)\w*",
               "双边|单边"),
    _word_pair("高于(?![一])", r"higher|above|exceed\w*|more|greater|surpass\w*|outpac\w*|"
               r"outstrip\w*|over|beyond|top\w*|larger|bigger|better|faster|stronger|up|"
               r"ris\w*|rose|overshot|beat\w*|outperform\w*|superior|warmer|costlier",
               r"\b(?:lower|below|less|fewer|smaller|under|short of|weaker|slower|cheaper)\b",
               "低于|少于|不足|不到|以下|下降|减少|降低|回落|下滑|偏低"),
    _word_pair("低于", r"lower|below|less|fewer|smaller|under\w*|short\w*|weaker|slower|softer|"
               r"down|cheaper|beneath|behind|fell|fall\w*|miss\w*|trail\w*|cooler|colder|"
               r"inferior|lag\w*", r"\b(?:higher|above|exceed\w*|greater|more than|surpass\w*|"
               r"outpac\w*|larger|bigger|faster|stronger)\b",
               "高于|多于|超过|以上|增长|提高|上升|上涨|偏高"),
    _word_pair("上调|调高|上浮", r"rais\w*|increas\w*|up\w*|lift\w*|hik\w*|higher|boost\w*|"
               r"revis\w* up|ris\w*|rose", r"\b(?:lower\w*|cut\w*|reduc\w*|down\w*|trim\w*|"
               r"slash\w*)\b", "下调|调低|下浮|降低|下降|减少"),
    _word_pair("下调|调低|下浮", r"lower\w*|cut\w*|reduc\w*|down\w*|trim\w*|slash\w*|"
               r"decreas\w*|fell|fall\w*|eas\w*", r"\b(?:rais\w*|increas\w*|hik\w*|higher|"
               r"boost\w*|rose|ris(?:e|es|ing|en)|lift\w*)\b", "上调|调高|上浮|提高|上升|增加"),
    _word_pair("所有(?![制权者])|全部|全体", r"all|every\w*|each|entire\w*|whole|full\w*|"
               r"total\w*|complete\w*|universal\w*|any\w*|none|no|nothing|across|wholly|"
               r"throughout|without exception|collective\w*|alone|only|ever",
               r"\b(?:some|several|certain|a few|parts? of|a number of|partial\w*|most of)\b",
               "部分|一些|有些|某些|若干|个别|多数|大多|许多|不少|有的|少数|其中"),
    # what came before made what comes after (此前 → "later", 三年前 → "three years later")
    # and the reverse (此后 → "before that", 五年后 → "five years earlier")
    _word_pair(f"此前|先前|以往|早些时候|{_SPAN_OF_TIME}(?:以|之)?前(?![后夕景所\\d{_FIGURE_ZH}])",
               r"before|earlier|previous\w*|prior|ago|formerly|once|"
               r"past|already|had|so far|to date|until|preceding|former|last|recent\w*|"
               r"up to|used to|originally|initially|ever|hitherto|back|since",
               r"\b(?:later|subsequently|afterwards?|thereafter|in future|in the future|"
               r"from now on|from now|hence)\b",
               "此后|今后|以后|之后|随后|将来|未来|后来|稍后|届时|(?<![最然])后"),
    _word_pair(f"此后|其后|随后|后来|(?:^|(?<=[，。；：！？]))之后|{_SPAN_OF_TIME}(?:以|之)?后"
               "(?![来期续方])", r"after\w*|later|subsequent\w*|since|then|thereafter|"
               r"following|next|from then|onwards?|went on|soon|eventually|ensuing|in turn|"
               r"beyond|post|(?:years?|months?|days?|weeks?|decades?) on|hence|from now|"
               r"(?:in|within|by) (?:\w+ )?(?:years?|months?|days?|weeks?|decades?|\d{4})|"
               r"future|to come",
               r"\b(?:before (?:that|this|then|it)|previously|earlier|beforehand|prior to "
               r"(?:that|this)|until then|ago)\b",
               "此前|之前|以前|先前|以往|过去|早些时候|事先|提前|原先|原来|曾|(?<![之以此])前"),
    # an approximation made exact (约300人 → "exactly 300")
    _word_pair(f"(?:大约|(?<![条公纽合签契婚盟制节预邀特履])约|大概)(?=有?[\\d{_FIGURE_ZH}])|"
               f"(?<![\\d{_FIGURE_ZH}])[\\d{_FIGURE_ZH}]+[^，。；：、\\d{_FIGURE_ZH}]{{0,3}}左右",
               r"about|around|some|approximately|roughly|nearly|almost|close to|or so|"
               r"estimated|approx\w*|circa|more than|over|up to|under|less than|upwards|just|"
               r"\w+ish",
               r"\b(?:exactly|precisely)\b", "恰|正好|整整|刚好|准确|精确|确切|整"),
    # a lowest made a highest (最低 → "highest"), many made few (许多 → "few"), again made a
    # first (再次 → "for the first time")
    _word_pair("最低", r"lowest|low\w*|least|minim\w*|bottom\w*|smallest|fewest|trough|"
               r"weakest|slowest|cheapest|floor|nadir|record low|down",
               r"\b(?:highest|peak\w*|maxim\w*|record high|biggest|largest|fastest)\b",
               "最高|最大|最快|峰值|高"),
    _word_pair("最高", r"highest|high\w*|peak\w*|maxim\w*|top\w*|most|record|greatest|"
               r"largest|biggest|utmost|supreme|fastest|strongest|up|ceiling|upper",
               r"\b(?:lowest|minim\w*|record low|smallest|fewest|slowest)\b",
               "最低|最小|最少|最慢|低"),
    _word_pair("许多|很多|众多|大批|诸多", r"many|numerous|lots?|plenty|multiple|several|various|"
               r"number|large|host|range|dozens|hundreds|thousands|much|variety|great\w*|"
               r"scores|countless|abundant|most|wide\w*|myriad|array|slew|quite a few",
               r"\b(?<!quite a )(?:few|fewer)\b", "少数|少量|一些|个别|几|不多|少"),
    _word_pair("再次|再度|又一次", r"again|once more|anew|another|second|repeated\w*|"
               r"renew\w*|fresh\w*|re-\w+|further|yet|latest|new|back|resum\w*|"
               r"reiterat\w*|reaffirm\w*",
               # ("for the first time in ten years" says 时隔十年再次: again after a gap)
               r"\b(?:for the first time(?! (?:in|since|after|ever since))|first[- ]ever|"
               r"maiden|inaugural)\b",
               "首次|第一次|首度|首届|首"),
    # "not only … but also" made "not … but" (不仅带动了就业 → "has not created jobs but …"):
    # the first clause denied where the source adds to it
    _word_pair("不仅|不但|不只|不光|不单(?![纯位])", r"only|just|merely|simply|solely|alone|also|"
               r"too|as well|besides|in addition|both|beyond|more than|addition",
               r"(?:\bnot|n't)\b(?!\s+(?:only|just|merely|simply|solely|alone|least|limited|"
               r"confined|restricted|to mention)\b)", "[没未无非勿别莫否]|不(?![仅但只光单断同])"),
    # most made all (大多数 → "all"), a few made most (少数 → "most")
    _word_pair("大多数|(?<![大绝])多数(?!票)|大部分|绝大多数|绝大部分", r"most|majority|bulk|much|"
               r"many|large\w*|great\w*|vast\w*|overwhelming\w*|predominant\w*|mainly|mostly|"
               r"largely|chiefly|main\w*|major\w*|general\w*|broad\w*|wide\w*|numerous|lots?|"
               r"plenty|nearly|almost|virtually|near\w*|better part|\w+ out of|except|but|not all",
               r"\b(?<!above )(?<!after )(?<!at )(?:all(?![- ](?:round|out|the more|but|along|"
               r"over|too|in all))|every(?:one|body|thing)?|entire\w*|whole|without exception|"
               r"unanimous\w*)\b", "所有|全部|一切|全体|各|均|皆|全(?![面球国])|无一|每|一致"),
    _word_pair("(?<![极])少数|极少数", r"few\w*|minorit\w*|handful|small\w*|limited|some|"
               r"several|certain|individual\w*|isolated|rare\w*|scattered|one or two|only|"
               r"not many|fringe|tiny|select\w*|couple|number of|\w+ out of|little|marginal\w*",
               r"\b(?:(?<!the )(?<!at )most(?! of all)|majority|all(?![- ](?:round|out|the more|"
               r"but|along|over|too|in all))|every|many|numerous|vast)\b",
               "多数|大多|大部分|所有|全部|全体|许多|众多|大量|一切|各|绝大"),
    _word_pair("(?:^|(?<=[，。；：、！？“]))部分(?=[\u4e00-\u9fff])", r"some|part\w*|certain|"
               r"several|a number|portion\w*|section\w*|share\w*|segment\w*|few|many|select\w*|"
               r"individual\w*|particular|not all|a group|various|limited|proportion\w*|"
               r"minority|majority|most|\w+ of", r"\b(?:all|every\w*|entire\w*|whole)\b",
               "所有|全部|一切|全体|各|都|均|皆|全"),
    _word_pair("必须|务必|应当|应该|" + _SHOULD, r"must|shall|should|ought|ha(?:ve|s|d|ving) to|"
               r"need\w*|"
               r"requir\w*|oblig\w*|essential|imperative|necessar\w*|mandatory|compulsory|"
               r"bound to|(?:is|are|was|were) to|will|insist\w*|demand\w*|important|vital|"
               r"crucial|call\w* for|urg\w*|commit\w*|make sure|ensure\w*|only|key|cannot|no",
               r"\b(?:may(?!\s+\d)|might|can|could|optional\w*|free to|allowed|permitted|"
               r"at liberty|if they wish|choose to)\b", "可以|可能|能够|允许|有权|不妨|[可能]"),
    _word_pair("可以|有权|允许", r"may|can|could|might|able|abl\w*|allow\w*|permit\w*|free\w*|"
               r"possibl\w*|entitl\w*|open to|option\w*|eligible|enabl\w*|let|lets|welcome|"
               r"right\w*|licen[cs]\w*|authori[sz]\w*|leave|chance|room|scope",
               r"\b(?:must|ha(?:ve|s|d) to|required|obliged|obligat\w*|mandatory|"
               r"compulsory)\b", "必须|务必|应当|应该|须|要|得|需"),
    _word_pair("首次|第一次|首度", r"first|inaugural|maiden|debut\w*|never|unprecedented|"
               r"pioneer\w*|new\w*|initial\w*|launch\w*|1st|premiere\w*|breakthrough",
               # (twenty-second round: "another", "a further" for 首次, planted22)
               r"\b(?:again|once more|anew|another|a further|repeated\w*|for the second "
               r"time)\b", "再次|再度|又|重新|再|第二|屡|多次|继续|另|进一步|其他|其它"),
    _word_pair("最[^，。；：！？]{1,20}之一", r"one of|among\w*|some of|one|few|rank\w*|part of|"
               r"a (?:leading|major|key|main|top)", _SUPERLATIVE, r"第一|首|唯一|头号"),
    _word_pair("(?<![上中少大主名老武猛])将于|即将|(?<![即必终而并又上中少大主名老武猛])将(?=在|会(?![议谈晤见场展员期])|"
               "继续|进一步|举行|召开|访问|出席|参加|举办|主持|发表|签署|启动|"
               "开通|迎来|达到|超过|成为|实现|推出|发布|开展|提供|前往|赴|出访|派出|陆续|正式|首次|"
               # (twenty-second round: a plan to build or set up, alone or together)
               "逐步|建立|建设|新建|兴建|设立|成立|组建|开工|联合(?!国)|共同(?!体)|合作(?=[建开研举推设])|"
               "投入使用)",
               _FUTURE_EN, _PAST, _PAST_ZH),
    _word_pair("(?<![而不早业])已(?:经)?(?![故知婚])", r"ha(?:s|ve|d|ving)|already|was|were|been|"
               r"did|"
               r"[a-z]+ed(?=\s+(?:in|on|at|the|a|an|its|their|to|with|from|for|by)\b)|"
               # a participle done before a time, 已存入的存款 "deposits placed before the
               # adjustment" (not "to be placed before", a future)
               r"(?<!\bbe )(?<!\bbeing )(?<!\bto )[a-z]+ed(?=\s+(?:before|previously|"
               r"earlier|prior\s+to)\b)|"
               # (a past after "and" follows the verb that carries the tense: "will be
               # completed and put into service", planted22)
               rf"(?<!\band )(?:{_IRREGULAR_PAST})|now|so far|to date|"
               # (not after "will be", "to be": 已建成 → "will be completed", planted22)
               r"by now|(?<!\bwill be )(?<!\bto be )(?:complete\w*|done)|over|in place|"
               r"under way|underway|in force|is|are",
               r"\b(?:will|shall|'ll|going to|is to|are to)\b",
               "将|要|会|拟|计划|准备|即将|明年|下|今后|未来|继续|预计|有望"),
    # verbs of policy a slip turns round (fifteenth round): to drop or to keep, to suspend or
    # to resume, to ease or to tighten, to leave or to join, to ban or to allow, to stop or
    # to go on, to abolish or to impose; the Chinese that says the opposite is written out
    # (a dictionary gloss would take 加征, "impose", for 取消's own object)
    _word_pair("摒弃|抛弃|屏弃|放弃|舍弃", r"abandon\w*|discard\w*|renounc\w*|reject\w*|"
               r"giv\w* up|gave up|drop\w*|forsak\w*|forgo\w*|forwent|shed\w*|abolish\w*|"
               r"end\w*|away|jettison\w*|scrap\w*|waiv\w*|relinquish\w*|quit\w*|let go|"
               r"leav\w*|left|aside|out|disavow\w*|retreat\w*|surrender\w*|withdr\w*|"
               r"no longer|stop\w*|ditch\w*|overcom\w*|break\w* with|broke with|"
               r"beyond|past|behind|spurn\w*|eschew\w*|refrain\w*|avoid\w*|cede\w*|yield\w*",
               r"\b(?:adopt\w*|embrac\w*|uphold\w*|upheld|maintain\w*|retain\w*|preserv\w*|"
               r"(?:stick|sticks|stuck|cling|clings|clung|adhere|adheres|adhered) to|"
               r"persist\w* (?:in|with))\b",
               "采取|采用|采纳|坚持|保持|维护|保留|奉行|拥抱|秉持|遵循|维持|继续"),
    _word_pair("暂停|中止|叫停", r"suspen\w*|paus\w*|halt\w*|freez\w*|froze\w*|stop\w*|"
               r"interrupt\w*|hold|temporar\w*|break\w*|moratori\w*|ceas\w*|discontinu\w*|"
               rf"shut\w*|clos\w*|stall\w*|postpon\w*|defer\w*|{_OFF}|end\w*|cancel\w*",
               r"\b(?:resum\w*|restor\w*|restart\w*|reopen\w*|reviv\w*|continu\w*)\b",
               "恢复|重启|重新|继续|延续|重开"),
    _word_pair("(?<![康修平])恢复", r"resum\w*|restor\w*|restart\w*|reopen\w*|reviv\w*|"
               r"recover\w*|reinstat\w*|renew\w*|rehabilit\w*|rebound\w*|rebuil\w*|"
               r"return\w*|back|again|normal\w*|regain\w*|bounc\w*|pick\w* up|picked up|"
               r"re-\w+|resurrect\w*|repair\w*|heal\w*|retriev\w*",
               r"\b(?:suspen\w*|halt\w*|paus\w*|freez\w*|froze\w*|discontinu\w*|"
               r"cut off|severs?|severed|terminat\w*)\b",
               "暂停|中止|停止|中断|冻结|终止|切断|断绝|叫停"),
    _word_pair("放宽|放松|松绑", r"eas\w*|relax\w*|loosen\w*|lift\w*|liberali[sz]\w*|"
               r"soften\w*|lower\w*|simplif\w*|widen\w*|broaden\w*|expand\w*|"
               r"streamlin\w*|less|flexib\w*|remov\w*|scrap\w*|cut\w*|reduc\w*|"
               r"lessen\w*|open\w*|free\w*|lenien\w*|unshackl\w*|deregulat\w*|extend\w*",
               r"\b(?:tighten\w*|stricter|toughen\w*|harden\w*|tougher)\b",
               "收紧|加严|从严|严格|强化|加强|严控"),
    _word_pair("收紧|加严|从严", r"tighten\w*|strict\w*|toughen\w*|harden\w*|tougher|"
               r"restrict\w*|curb\w*|rein\w* in|clamp\w*|crack\w*|stiff\w*|firm\w*|"
               r"limit\w*|narrow\w*|raise\w*|rigor\w*|rigour\w*|stringen\w*|severe\w*|"
               r"squeez\w*|more",
               r"\b(?:eas(?:e|es|ed|ing)|relax\w*|loosen\w*)\b", "放宽|放松|松绑|宽松"),
    _word_pair("退出|撤出", r"withdr\w*|exit\w*|pull\w* out|quit\w*|leav\w*|left|"
               r"abandon\w*|back\w* out|walk\w* away|walk\w* out|depart\w*|out|"
               r"renounc\w*|terminat\w*|end\w*|retreat\w*|retir\w*|drop\w*|step\w* down|"
               r"stepped down|evacuat\w*|remov\w*|relinquish\w*|resign\w*|no longer",
               r"\b(?:join\w*|accession|accede\w*|sign\w* up to|signed up to|ratif\w*)\b",
               "加入|参加|签署|批准|入"),
    _word_pair("(?<![严])禁止|严禁", r"ban\w*|prohibit\w*|forbid\w*|forbade|bar|bars|barr\w*|"
               r"outlaw\w*|not|no|never|illegal\w*|unlawful\w*|block\w*|stop\w*|prevent\w*|"
               r"restrict\w*|embargo\w*|proscri\w*|off-limits|out of bounds|veto\w*|"
               r"n't|cannot|nor|non-\w*|free|exclu\w*|halt\w*|end\w*",
               r"\b(?:allow\w*|permit\w*|encourag\w*|authori[sz]\w*|legali[sz]\w*)\b",
               "允许|准许|可以|鼓励|批准|许可|授权|开放|合法"),
    _word_pair(r"停止(?!了?[\d０-９])|终止|(?<!不)停火", r"stop\w*|halt\w*|ceas\w*|end\w*|"
               r"terminat\w*|discontinu\w*|suspen\w*|quit\w*|abandon\w*|desist\w*|"
               r"refrain\w*|no longer|freez\w*|froze\w*|wind\w* down|wound down|"
               r"abolish\w*|shut\w*|clos\w*|cut\w*|paus\w*|withdr\w*|stand\w* down|"
               r"call\w* off|called off|drop\w*|give up|gave up|cancel\w*|expir\w*|truce|"
               rf"over|lapse\w*|out|{_OFF}|dissol\w*|not|no|never|n't|nor|without|scrap\w*",
               r"\b(?:continu\w*|keep\w*|kept|resum\w*|sustain\w*|prolong\w*|escalat\w*)\b",
               "继续|坚持|保持|维持|延续|延长|持续|升级|恢复|仍|依然|一直"),
    _word_pair(r"取消(?!了?[\d０-９])|废除|撤销|废止", r"cancel\w*|abolish\w*|scrap\w*|"
               r"remov\w*|lift\w*|eliminat\w*|revok\w*|revoc\w*|rescind\w*|repeal\w*|"
               r"withdr\w*|drop\w*|end\w*|waiv\w*|exempt\w*|annul\w*|call\w* off|"
               r"called off|abandon\w*|ax\w*|do away|did away|done away|strip\w*|delet\w*|"
               r"revers\w*|phas\w* out|no longer|free\w*|terminat\w*|relie\w*|remit\w*|"
               rf"write off|wrote off|written off|forgiv\w*|not|no|suspen\w*|{_OFF}|invalid\w*|"
               r"null\w*|void\w*|overturn\w*|quash\w*|rid|undo\w*|dismantl\w*|retract\w*",
               r"\b(?:impos\w*|introduc\w*|lev(?:y|ies|ied|ying)|slap\w*|retain\w*|"
               r"reinstat\w*)\b",
               "保留|维持|恢复|实施|实行|开征|设立|推出|出台|继续|保持|征收|增设|新设"),
    # a hedge made a certainty (基本完成 → "fully completed", 初步共识 → "a final consensus")
    # and an exclusion made an inclusion (除汽车以外 → "Including autos")
    _word_pair(_BASIC_ZH, _BASIC_EN,
               r"\b(?:fully|completely|entirely|totally|wholly|in full|perfectly|absolutely|"
               r"thoroughly)\b", "全面|完全|全部|彻底|充分|圆满|全方位|完整|全都|全额|均已"),
    _word_pair("初步", r"preliminar\w*|initial\w*|first|early|tentativ\w*|provisional\w*|"
               r"interim|rough\w*|beginning|begin\w*|began|start\w*|emerg\w*|prima\w*|"
               r"basic\w*|shape|to some extent|partial\w*|some|embryo\w*|rudiment\w*|"
               r"outline\w*|incipient|nascent|broad\w*|pilot\w*|trial\w*|so far|yet|"
               r"opening|exploratory|in principle|provisionally|early-stage|first-stage|"
               r"ground\w*|estimat\w*|advance|flash|working|draft\w*|early",
               r"\b(?:final\w*|definitive\w*|conclusive\w*|ultimate\w*|complete|completely|"
               r"full|fully)\b", "最终|正式|全面|完全|全部|彻底|最后|确定|完整|终"),
    _word_pair("(?<![消排删去废免解清根破扫拆切铲剔摒革驱开整乘])除(?:了)?(?!此|夕|非|法|草|尘|湿|"
               "颤|息)(?=[^，。；：！？]{1,20}(?:以外|之外|外))",
               r"except\w*|apart from|other than|aside from|exclu\w*|but|besides|beside|"
               r"beyond|save|saving|barring|outside|leaving aside|in addition to|on top of|"
               r"not|without|no|only|alone|set aside|less|minus|bar|aside",
               r"\b(?:including|inclusive of|together with|along with|counting)\b",
               "包括|含|连同|在内|加上|还|也|另|此外|以及"),
    # 不足 as a predicate ("insufficient"; not 不足10%, a bound: number-mismatch's; not
    # 不足为奇, 不足以, 不足之处) made enough
    _word_pair(r"(?<![之满])不足(?![\d０-９一二三四五六七八九十百千万亿两半为挂以道之])",
               r"insufficien\w*|inadequa\w*|short\w*|lack\w*|deficien\w*|weak\w*|scarc\w*|"
               r"limited|low\w*|sluggish|not enough|too few|too little|gap\w*|need\w*|"
               r"fall\w* short|fell short|thin|lag\w*|poor\w*|deficit\w*|"
               r"under\w*|want\w*|meagre|meager|slack|soft\w*|subdued|tepid|missing|"
               r"absent|inability|unable|lacking|fail\w*|wanting|modest|shallow\w*",
               r"\b(?:sufficient|sufficiently|adequate|adequately|ample|abundant|plentiful|"
               r"plenty|enough)\b", "充足|充分|充裕|足够|丰富|充沛|富余|过剩|宽裕|足以"),
    # eighteenth round (planted18): the only made one of many (唯一 → "one of"), ahead of
    # schedule made behind it (提前 → "behind schedule") and a delay made an advance, after
    # a meeting made before it (会后 → "Before the talks") and the reverse, an approval made a
    # rejection (批准 → "rejected"), praise made regret (赞赏 → "regrets"), the first made the
    # second (率先 → "the second"), "not all" made "none" (不是所有 → "No country")
    _word_pair("唯一", r"only|sole\w*|single|unique\w*|lone|exclusive\w*|alone|no other|"
               r"none other|solitary|just one|one and only", r"\b(?:one of|among)\b",
               "之一|之列|其中|多个|一些"),
    _word_pair("提前", r"ahead|advance\w*|early|earlier|before|beforehand|prior|forward|"
               r"sooner|pre-\w+|in time|brought|bring\w*|moved up|head start",
               r"\b(?:behind schedule|late|later than (?:planned|scheduled|expected)|delay\w*|"
               r"overdue|postpon\w*|behind)\b", "推迟|延迟|延期|滞后|落后|延误|晚于|拖延|逾期"),
    _word_pair("推迟|延期|延迟|延后", r"postpon\w*|delay\w*|defer\w*|put off|push\w* back|"
               r"pushed back|later|reschedul\w*|extend\w*|behind|late|hold|held|wait\w*|"
               r"shelv\w*|suspen\w*|moved (?:back|to)|pending|not until|slip\w*",
               r"\b(?:brought forward|bring\w* forward|ahead of schedule|earlier than "
               r"(?:planned|scheduled|expected)|moved up)\b", "提前|提早"),
    _word_pair("(?:会|会谈|会见|会晤|会议|仪式|峰会|活动|签字|签约)后(?![来续期方备])",
               r"after\w*|later|following|then|subsequent\w*|post-\w+|since|when|once|upon|"
               r"at the end|conclu\w*|end\w*|close\w*|wrap\w*|over|finish\w*",
               r"\b(?:before (?:the|their|its|his|her|this|that)|ahead of|prior to|in advance|"
               r"beforehand)\b", "(?:会|会谈|会见|会晤|会议|仪式|峰会|活动)前|此前|之前|事先|提前"),
    _word_pair("(?:会|会谈|会见|会晤|会议|仪式|峰会|活动|签字|签约)前(?![往来列沿])",
               r"before|ahead|prior|earlier|previous\w*|pre-\w+|in advance|beforehand|eve|"
               r"run-up|lead-up|preced\w*|prepar\w*|first|until",
               r"\b(?:after (?:the|their|its|his|her|this|that)|afterwards|once the)\b",
               "(?:会|会谈|会见|会晤|会议|仪式|峰会|活动)后|此后|之后|随后|事后"),
    _word_pair("(?<![未不没])(?:批准|核准)", r"approv\w*|ratif\w*|endors\w*|authori[sz]\w*|"
               r"sanction\w*|adopt\w*|pass\w*|clear\w*|grant\w*|green[- ]light\w*|"
               r"sign\w* off|signed off|ok\w*|accept\w*|confirm\w*|licens\w*|permit\w*|"
               r"allow\w*|agree\w*|consent\w*|back\w*",
               r"\b(?:reject\w*|veto\w*|turn\w* down|turned down|vote\w* down|voted down|"
               r"block\w*|refus\w*|den(?:y|ies|ied)|overrul\w*|throw\w* out|threw out|"
               r"thrown out|disapprov\w*)\b", "否决|拒绝|驳回|不予|未|没有|反对|拒"),
    _word_pair("赞赏|赞扬|称赞|高度评价|(?<![感])赞许", r"appreciat\w*|commend\w*|prais\w*|"
               r"applaud\w*|hail\w*|valu\w*|welcom\w*|recogni[sz]\w*|spoke highly|"
               r"speak\w* highly|compliment\w*|admir\w*|acknowledg\w*|thank\w*|grateful|"
               r"gratitude|laud\w*|salut\w*|credit\w*|positive\w*|high\w*|tribute|extol\w*|"
               r"honou?r\w*|pleased|glad|good|great|well|approv\w*|respect\w*",
               r"\b(?:regret\w*|deplor\w*|condemn\w*|criticis\w*|criticiz\w*|disappoint\w*|"
               r"dissatisf\w*|denounc\w*|decr(?:y|ies|ied)|censur\w*|rebuk\w*|blam\w*|"
               r"disapprov\w*|lament\w*)\b", "遗憾|谴责|批评|不满|反对|失望|抗议|指责"),
    _word_pair("率先", r"first|lead\w*|led|pioneer\w*|forefront|ahead|vanguard|earliest|"
               r"initiat\w*|trailblaz\w*|front\w*|spearhead\w*|head\w*|before|early|"
               r"begin\w*|began|start\w*|launch\w*|set the pace|pace\w*|model|example|"
               r"take the lead|took the lead",
               r"\b(?:second|third|fourth|fifth|last|latecomer\w*)\b",
               "第二|第三|第四|第五|最后|其次|随后|跟进|落后|之后"),
    _word_pair("(?:并不是|不是|并非|未必)(?:所有|全部|每一?[个位家项]|全体|都)",
               r"not all|not every\w*|not each|not always|not the whole|"
               r"not (?:[\w-]+ ){0,5}(?:all|every\w*|each|whole|entire\w*)|some|only some|"
               r"certain|many|few|several|part\w*|most|a number|not necessarily|"
               r"not universal\w*|a minority|a majority|a handful",
               r"\b(?:no(?! (?:longer|doubt|more than|less than))|none|nobody|no one|nothing|"
               r"neither)\b", "没有一?个|无一|均不|都不|全都不|没有任何|任何|皆不|均未|都没"),
    # a negative adjective made its positive (不合理的限制 → "reasonable restrictions",
    # 发展不平衡 → "balanced development"): not where the source has the positive too
    _word_pair("不合理|不公平|不公正|不正当|不合法|不平等", r"unreasonabl\w*|irrational\w*|"
               r"unjustifi\w*|unwarrant\w*|unfair\w*|unjust\w*|inequit\w*|unequal\w*|"
               r"inequalit\w*|illegal\w*|unlawful\w*|illegitimat\w*|illicit|improper\w*|"
               r"undue|excessive\w*|arbitrar\w*|discriminat\w*|bias\w*|wrong\w*|abusive|"
               r"unsound|distort\w*|not|no|never|n't|without|lack\w*|non-\w+|un-\w+|against|"
               r"irregular\w*|unequitabl\w*|skew\w*|rigged|one-sided|lopsided",
               r"\b(?:reasonabl[ey]|rational|justifi\w*|warranted|fair|fairness|equitabl[ey]|"
               r"legal|lawful|legitimate|proper)\b",
               "(?<!不)(?:合理|公平|公正|正当|合法|平等)"),
    _word_pair("不平衡|不均衡|不充分|不协调|不稳定|不确定", r"unbalanc\w*|imbalanc\w*|uneven\w*|"
               r"lopsided|disproportion\w*|inadequa\w*|insufficien\w*|incomplete|"
               r"uncoordinat\w*|disjoint\w*|unstable|instabilit\w*|volatil\w*|unsteady|shaky|"
               r"fragil\w*|precarious|turbulen\w*|uncertain\w*|unpredictab\w*|unclear|"
               r"unsettled|fluid|not|no|never|n't|lack\w*|without|gap\w*|disparit\w*|"
               r"mismatch\w*|asymmetr\w*|skew\w*|short\w*|underdevelop\w*|insecur\w*|risk\w*|"
               r"flux|fluctuat\w*|divergen\w*|uncoupl\w*|out of (?:balance|step|sync)|"
               r"erratic|unknown\w*|doubt\w*|question\w*|unresolved|open",
               r"\b(?:balanced|adequate(?:ly)?|sufficient(?:ly)?|coordinated|stable|stability|"
               r"steady|steadily|predictab\w*|certainty)\b",
               "(?<!不)(?:平衡|均衡|充分|协调|稳定|确定)"),
    # nineteenth round (planted19): the whole made a part (全面取消 → "partial abolition"), a
    # cut-off date made a starting one (截至10月底 → "Since the end of October"), two sides
    # made three (双方 → "the three sides") and three made two (三方 → "both parties")
    _word_pair("全面(?!性)", r"full\w*|comprehensiv\w*|all[- ]round|overall|across the board|"
               r"in all respects|in every respect|entire\w*|complete\w*|whole\w*|total\w*|"
               r"thorough\w*|broad\w*|wide\w*|all|every\w*|holistic\w*|integrat\w*|"
               r"extensive\w*|general\w*|sweeping|universal\w*|systematic\w*|blanket|"
               r"all-out|full-scale|in depth|deep\w*|fully",
               r"\b(?:partial|partially|partly|in part|piecemeal)\b",
               "部分|局部|逐步|有选择|个别|试点|一定程度|某种程度"),
    _word_pair("截至|截止到|截止(?=[\\d０-９一二三四五六七八九十去今上本目当昨前])",
               r"as (?:of|at)|by|up to|until|till|through|so far|to date|thus far|now|"
               # (a broker's "4.725mn at end-September" for 截至9月末, "at the end of June")
               r"current\w*|latest|at (?:the )?end",
               r"\b(?:since|starting (?:from|on|in))\b", "以来|自|从|起|开始|此后|之后|以后"),
    _word_pair("(?<![中美俄日韩英法德印])双方|(?<=[中美俄日韩英法德印])双方",
               r"both|two|bilateral\w*|each other|either|pair",
               r"\b(?:three|four|five|six)[- ](?:sides|parties|countries|nations|governments)\b|"
               r"\b(?:trilateral|tripartite)\b", "三方|四方|五方|六方|多方|各方|三国|四国|第三方"),
    # (twenty-third round: any count of parties of three or more, 三国, 四方, 五个国家, in
    # characters — a count in digits, 5国, is number-mismatch's)
    _word_pair("(?<![第一二两三四五六七八九十])[三四五六七八九十]+(?:个国家|方(?![面案位式法针向])|"
               "国(?![家人际库庆旗歌籍企货债演志]))",
               r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|G\d+|"
               r"trilateral\w*|quadrilateral\w*|tripartite|quadripartite|trio|quartet|all|each|"
               r"every|third|member\w*|participa\w*|multilateral\w*",
               # (not "Panama and two other countries" for 巴拿马等三国: the named one and
               # two more)
               r"\b(?<!and )(?:both|two)(?: \w+)? (?:sides|parties|countries|nations|governments|"
               r"states|leaders|ministers|delegations)\b|\bbilateral\w*",
               "双方|两国|双边|两方|二者|两者|两家|两岸"),
)
# a central bank's rates after a verb that moves them ("raised its key rate", "cut interest
# rates", "lifted borrowing costs"; not "reduce inflation rates")
_RATES = (r"(?:(?:its|their|the|key|main|policy|benchmark|interest|lending|deposit|official|"
          r"bank|overnight|short-term|prime|loan|mortgage) ){0,3}(?:rates?|borrowing costs)")
# no count after a bound (至少三天, 至少一半: number-mismatch turns the bound of a figure it
# pairs, and 一半 is one since genres11)
_NO_COUNT = "(?![了约近达有要需]*(?:[\\d０-９]|[二两三四五六七八九十百千万]|一半|半数))"
# Word pairs looked at only where the target says one of their opposites (their Chinese is
# common, 他 and 前 above all: read on every unit, they would cost more than all the rest).
# Twentieth round (planted20): voluntary made mandatory, temporary made permanent, a
# slowdown made a speed-up, the morning made the afternoon (and back), before a date made
# after it, she made he (and back), dozens made hundreds (and back)
_OPPOSED_PAIRS = (
    _word_pair("自愿|自主选择|自由选择", r"voluntar\w*|optional\w*|free\w*|choos\w*|chose\w*|"
               r"choice\w*|will\w*|consent\w*|opt\w*|accord|wish\w*|want\w*|prefer\w*|"
               r"decid\w*|not|no|n't|never|nobody|without",
               r"\b(?:mandatory|compulsory|obligatory|required|forced|coerc\w*)\b",
               "强制|强迫|必须|义务|务必|强行|要求|须"),
    _word_pair("临时(?!代办)", r"temporar\w*|interim|provisional\w*|makeshift|ad hoc|"
               r"transitional|short-term|stopgap|acting|emergency|for the time being|for now|"
               r"pop-up|caretaker|special|one-off|improvised|impromptu|until|pending|casual",
               r"\b(?:permanent\w*|indefinite\w*|for good)\b",
               "永久|长期|常设|固定|常态|永远|常驻|常任"),
    _word_pair("放缓|放慢|趋缓", r"slow\w*|decelerat\w*|eas\w*|moderat\w*|cool\w*|"
               r"los\w* (?:momentum|steam|pace)|lost (?:momentum|steam|pace)|soft\w*|less|lower|"
               r"down\w*|declin\w*|fell|fall\w*|dip\w*|taper\w*|stall\w*|lag\w*|retreat\w*|"
               r"narrow\w*|slack\w*|curb\w*|restrain\w*|reduc\w*|brak\w*|not|no|n't",
               r"\b(?:accelerat\w*|quicken\w*|sped up|speed\w* up|pick\w* up|picked up|"
               r"faster|gather\w* (?:pace|momentum)|gain\w* (?:pace|momentum))\b",
               "加快|加速|提速|回升|反弹|加大|加紧|回暖"),
    _word_pair("上午", r"morning\w*|a\.m|forenoon|noon|dawn|early|today|day\w*|o'clock",
               r"\b(?:afternoon|evening|night|tonight)\b",  # (a clock's p.m.: number-mismatch's)
               "下午|晚上|傍晚|夜间|晚间|午后|晚|夜|中午"),
    _word_pair("下午", r"afternoon\w*|p\.m|noon|midday|later|today|day\w*|o'clock",
               r"\b(?:morning|forenoon)\b", "上午|早上|清晨|凌晨|早晨|早|晨"),
    _word_pair("(?:(?:年|月|季|周)[底末初]|到期|期满|截止日|届满|开始|结束|开幕|闭幕|开考|召开|"
               "举行|出发|启程|抵达|离开)(?:以|之)?前(?![往进景夕列沿线身台来后])",
               r"before|by|ahead of|prior to|until|till|no later than|within|earlier|"
               r"in time|deadline",
               r"\bafter\b", "后(?!果)|以后|之后"),
    _word_pair("她(?!们)", r"she|her|hers|herself|wom[ae]n|female|lady|ladies|Ms|Mrs|"
               r"Madam|Madame|mother|daughter|sister|wife|girl\w*|queen|\w+wom[ae]n|they|"
               r"them|their", r"\b(?:he|him|his|himself)\b", "他|男|先生|父|子|兄|弟|丈夫"),
    _word_pair("(?<![其吉排利无])他(?![们国人乡日者方处物])", r"he|him|his|himself|m[ae]n|male|"
               r"Mr|sir|father|son|brother|husband|boy\w*|king|\w+m[ae]n|they|them|their",
               r"\b(?:she|her|hers|herself)\b", "她|女|夫人|母|妻|姐|妹|妇|娘|婆"),
    _word_pair("(?:数|几)十(?![万亿百千])", r"dozens?|tens|scores?|several|decades?|\d[\d,]*|"
               r"\w+ty|many|some|numerous|multiple|over|more than|at least|a number",
               r"\b(?:hundreds|thousands|millions|billions)\b", "百|千|万|亿"),
    # Twenty-first round (planted21): a floor made a ceiling and back (a figure after it but
    # 一, which English says with "a", is number-mismatch's bound: 至少三天), entry made exit
    # and back, town made country and back, a start (自……起) made an end
    _word_pair(f"(?:至少|最少(?!的)|起码){_NO_COUNT}", r"at least|minimum|or more|no less|"
               r"no fewer|not less|not fewer|as many as|upwards|more than|over|a minimum|"
               r"if not more|plus",
               r"\b(?:at most|at the most|no more than|not more than|up to|a maximum|"
               r"or less|or fewer|at the very most)\b",
               "最多|至多|不超过|不多于|以内|上限|不得超过"),
    _word_pair(f"(?:最多(?!的)|至多|不超过|不多于){_NO_COUNT}", r"at most|at the most|"
               r"no more than|not more than|up to|maximum|or less|or fewer|less|fewer|under|"
               r"below|within|exceed\w*|limit\w*|cap\w*|only|not|no|n't|never",
               r"\b(?:at least|at the least|no less than|no fewer than|a minimum of|or more)\b",
               "至少|最少|不少于|不低于|以上|起码|下限"),
    _word_pair("(?<!出)入境", r"inbound|arriv\w*|enter\w*|entr(?:y|ies|ant\w*)|incoming|"
               r"visit\w*|into|immigra\w*|foreign\w*|overseas|abroad|admi\w*|in",
               r"\b(?:outbound|depart\w*|leaving|exit\w*|outgoing|emigra\w*)\b",
               "出境|出国|离境|出入|离开"),
    _word_pair("出境", r"outbound|depart\w*|leav\w*|left|exit\w*|outgoing|emigra\w*|abroad|"
               r"overseas|outside|out",
               r"\b(?:inbound|arriv\w*|entering|entr(?:y|ies|ants?)|incoming|immigra\w*)\b",
               "入境|来华|入关|抵达|出入|进入"),
    _word_pair("城镇", r"urban\w*|cit(?:y|ies)|town\w*|municipal\w*|metropol\w*|non-farm",
               r"\b(?:rural|countryside|villagers?|villages)\b", "农村|乡村|城乡|农民|村|乡"),
    _word_pair("农村|乡村(?!振兴)", r"rural\w*|countryside|village\w*|farm\w*|agricultur\w*|"
               r"peasant\w*|country", r"\b(?:urban|city dwellers|townspeople)\b",
               "城镇|城市|城区|城乡|市区|都市|市民"),
    _word_pair("(?:自|从)[^，。；：]{1,20}?(?:起|开始)(?=[，。；施实生执正]|$)|日起(?=施行|生效|实施|"
               "执行)", r"from|starting|beginning|begin\w*|start\w*|as of|as from|since|"
               r"onwards?|henceforth|thereafter|commenc\w*|effective|take\w* effect|took effect|"
               r"enter\w* into force|come\w* into force|came into force",
               r"\b(?:until|till)\b", "至|到|止|前|为止"),
    _word_pair("(?:数|几)百(?![万亿千])", r"hundreds?|\d[\d,]*|several|many|scores|numerous|"
               r"some|over|more than|at least|a number",
               r"\b(?:dozens|thousands|millions|billions|tens)\b", "十|千|万|亿"),
    # Twenty-second round (planted22): an adoption made a rejection and back (一致通过 →
    # "rejected", 否决 → "approved"), a part made the whole (部分恢复 → "fully restored"),
    # the middle of a century made its end and back, a margin that widens made one that
    # narrows and back (涨幅收窄 → "widened"), a bound made exact (超过200人 → "exactly 200"),
    # a ban lifted made one imposed and back
    _word_pair("(?:一致|表决|审议|全票|高票|投票|顺利|会议|大会|常委会)通过|获[^，。；]{0,8}?通过",
               r"adopt\w*|pass\w*|approv\w*|endors\w*|carr\w*|ratif\w*|accept\w*|through|"
               r"enact\w*|won|win\w*|clear\w*|back\w*|support\w*|vote\w* for|voted in favou?r",
               r"\b(?:reject\w*|veto\w*|vot\w* down|voted down|turn\w* down|turned down|"
               r"throw\w* out|threw out|thrown out|defeat\w*|vot\w* against)\b",
               "否决|拒绝|驳回|反对|未|没有|不予|不"),
    _word_pair("否决", r"reject\w*|veto\w*|vot\w* down|voted down|turn\w* down|turned down|"
               r"block\w*|defeat\w*|overrul\w*|throw\w* out|threw out|thrown out|against|"
               r"sink\w*|sank|kill\w*|down|no",
               r"\b(?:approv\w*|adopt\w*|passed|endors\w*|ratif\w*)\b", "通过|批准|赞成|同意"),
    _word_pair("部分(?=恢复|通车|开放|实现|完成|解除|取消|复工|复产|开通|运行|运营|到位|修复|"
               "达到|落实|放开|重开)|部分地", r"part\w*|some|in part|certain|portion\w*|limited|"
               r"several|a number",
               r"\b(?:fully|completely|entirely|wholly|totally|in full|in its entirety)\b",
               "全面|全部|完全|彻底|全|均|都"),
    _word_pair("世纪(?:中叶|中期|中)", r"middle|mid\w*|half", r"\b(?:end of (?:the|this|that|"
               r"last) (?:[\w-]+ )?century|late (?:[\w-]+ )?century|turn of the (?:[\w-]+ )?"
               r"century|close of the (?:[\w-]+ )?century)\b", "末|之交|初|底"),
    _word_pair("世纪(?:末|之交|末期)", r"end\w*|late\w*|turn|close|\d{4}s",
               r"\b(?:middle of (?:the|this|that|last) (?:[\w-]+ )?century|mid-(?:[\w-]+-)?"
               r"century|mid-\w+ century)\b", "中叶|中期|中"),
    _word_pair("(?:涨幅|增幅|降幅|跌幅|差距|逆差|顺差|缺口|增速|降速|赤字)[^，。；]{0,8}?扩大",
               r"widen\w*|wider|larger|bigger|greater|expand\w*|faster|more|deepen\w*|steeper|"
               r"accelerat\w*|increas\w*|ris\w*|rose|grew|grow(?!th)\w*|up",
               r"\b(?:narrow\w*|shr[iau]nk\w*|smaller)\b", "收窄|缩小|减少|回落|放缓|收缩"),
    _word_pair("收窄", r"narrow\w*|shr[iau]nk\w*|smaller|less|eas\w*|slow\w*|moderat\w*|"
               r"lower|fewer|down|soft\w*|contract\w*|reduc\w*|cool\w*",
               r"\b(?:widen\w*|wider|expand\w*|deepen\w*|larger|bigger)\b",
               "扩大|加深|加大|扩|拉大"),
    _word_pair("(?:超过|逾|将近|接近|(?<![附最邻])近|不足|不到|不少于|多于)"
               "(?=[\\d一二两三四五六七八九十百千万])",
               r"more than|over|above|exceed\w*|upwards|plus|nearly|almost|close to|"
               r"approach\w*|under|fewer than|less than|below|short of|at least|as many as|"
               r"some|about|around|up to|no fewer|no less|not quite|barely|just (?:over|under)|"
               r"\w+ish", r"\b(?:exactly|precisely)\b",
               "恰|正好|整整|刚好|准确|精确|确切|整"),
    _word_pair("解除|撤销|撤除", r"lift\w*|remov\w*|end\w*|cancel\w*|revok\w*|rescind\w*|"
               r"scrap\w*|call\w* off|called off|withdr\w*|relax\w*|eas\w*|off|drop\w*|"
               r"terminat\w*|abolish\w*|releas\w*|undo\w*|dismiss\w*|discharg\w*|"
               r"dissolv\w*|free\w*|over|no longer|disarm\w*|defus\w*|clear\w*|repeal\w*",
               r"\b(?:impos\w*|introduc\w*|slap\w*|reimpos\w*|issu\w*)\b",
               "实施|实行|施加|加征|发布|启动|设立|出台|发出|采取|新增"),
    # (not 采取……措施: the measures may be removals, 采取下架召回等措施 "removal from shelves")
    _word_pair("(?:实施|实行|施加)(?=[^，。；]{0,12}(?:禁令|制裁|限制|管制|封锁|关税|反倾销|禁运|"
               "配额))",
               r"impos\w*|appl\w*|introduc\w*|implement\w*|enforc\w*|adopt\w*|tak\w*|"
               r"took|put|slap\w*|institut\w*|us\w*|place\w*|carr\w* out|pursu\w*|"
               r"maintain\w*|in place|in force|subject\w*",
               r"\b(?:lift\w*|remov\w*|scrap\w*|rescind\w*|revok\w*)\b",
               "解除|取消|撤销|撤除|废除|停止|暂停|放宽"),
    # Twenty-third round (planted23): a start made an end and back (启动 → "concluded", 闭幕 →
    # "opened"; the opposite a verb's form, and not where the source has the other end of the
    # phase: 开始 and "end" are both common), a period lengthened made shortened and back,
    # the largest made the smallest and back (the earliest made the latest), abroad made
    # domestic and back, informal made formal and back, most made a minority (a few made most
    # is 少数's pair above), illegal made legal and back, joining made leaving
    _word_pair("启动|开始|开启|开幕|开工|拉开帷幕|揭幕", r"begin\w*|began|begun|start\w*|"
               r"launch\w*|open\w*|kick\w* off|kicked off|commenc\w*|under way|underway|"
               r"initiat\w*|embark\w*|inaugura\w*|unveil\w*|first|since|from|onwards?|"
               r"as of|resum\w*|set (?:off|out|in|about)|get\w* going|got going|roll\w* out|"
               r"rolled out|introduc\w*|activat\w*|trigger\w*|set in motion",
               r"\b(?:end(?:ed|s)?|conclud(?:ed|es)|clos(?:ed|es)|wrapped up|wound up|"
               r"finish(?:ed|es)|came to an end|comes to an end|drew to a close|adjourned)\b",
               "结束|闭幕|落幕|告终|收官|完成|完毕|终|止|底|末|截至|最后|关闭|闭|收尾|后"),
    _word_pair("结束|闭幕|落幕|告终|收官", r"end\w*|conclu\w*|clos\w*|finish\w*|over|"
               r"wrap\w*|wound up|wind\w* up|complet\w*|adjourn\w*|after\w*|final\w*|"
               r"last|expir\w*|terminat\w*|ceas\w*|stop\w*|past|no longer|done|through|"
               r"until|till|out|up|behind|following|since|once",
               r"\b(?:began|begun|begins?|started|starts|launched|launches|opened|opens|"
               r"kicked off|kicks off|commenced|got under way|gets under way)\b",
               "开始|开幕|启动|开启|开工|开展|召开|揭幕|开通|开放|开学|开业|开播|开赛|首次|新一轮|"
               "起|举行|举办|展开|发起|投入|进入|来|上任|就任"),
    _word_pair("延长|拉长", r"extend\w*|extension\w*|prolong\w*|lengthen\w*|longer|more|"
               r"another|additional|further|extra|renew\w*|stretch\w*|run\w*|ran|stay\w*|"
               r"keep\w*|kept|remain\w*|continu\w*|until|till|through|beyond|expand\w*|"
               r"increas\w*|rais\w*|push\w* back|pushed back|carr\w* over|roll\w* over|"
               r"rolled over|postpon\w*|delay\w*|defer\w*|late\w*|long\w*|up",
               r"\b(?:shorten\w*|shorter|cut|cuts|cutting|curtail\w*|reduc\w*|trim\w*)\b",
               "缩短|减少|降低|削减|压缩|缩减|减|降|少|短|砍|削|下调|收窄"),
    _word_pair("缩短", r"shorten\w*|shorter|cut\w*|reduc\w*|less|fewer|faster|quicker|"
               r"speed\w* up|sped up|trim\w*|slash\w*|lower\w*|decreas\w*|down|narrow\w*|"
               r"clos\w*|compress\w*|halv\w*|only|just|within|quick\w*|brief\w*|short\w*|"
               r"bring\w* down|brought down|curtail\w*|streamlin\w*|shave\w*|chop\w*|"
               r"sooner|earlier|fast\w*|no more than|at most|under|as little as|drop\w*",
               r"\b(?:lengthen\w*|longer|extend\w*|prolong\w*)\b",
               "延长|延期|拉长|推迟|延迟|长期|更长|展期|延续|长达|长于|扩大|增加|延伸|长"),
    _word_pair("最大(?!化|限度|程度|努力|公约数|同心圆|增量|变量|多数)", r"larg\w*|big\w*|"
               r"great\w*|maxim\w*|most|top|leading|number one|prime|principal|main|major|"
               r"chief|primary|foremost|highest|heaviest|widest|deepest|strongest|vast\w*|"
               r"huge\w*|record|premier|first|paramount|utmost|supreme|No|dominant|"
               r"heavyweight|more|greater|bulk|lion's share|unrivalled|unmatched|second to none",
               r"\b(?:smallest|tiniest|weakest|narrowest|(?<!at )(?<!not )least)\b",
               "最小|最少|最低|最弱|至少|最不|起码|最窄|最轻|最短|小|少"),
    _word_pair("最小(?!化)", r"smallest|least|tiniest|minim\w*|lowest|fewest|less|little|"
               r"small\w*|tiny|narrow\w*|slight\w*|short\w*|light\w*|young\w*|low\w*",
               r"\b(?:largest|biggest|greatest)\b", "最大|最高|最多|最强|最重|至多|最长|最宽|大"),
    _word_pair("最早(?![将于在可也要只])", r"earliest|first|oldest|early|ancient\w*|initial\w*|"
               r"original\w*|pioneer\w*|earlier|older|predat\w*|before|dat\w* (?:back|from)|"
               r"soonest|old|primordial|founding|prior|precede\w*|beginning\w*",
               r"\b(?:latest|newest|most recent)\b", "最新|最近|最晚|最迟|最后|最年轻|新|近"),
    _word_pair("境外|海外|(?<!本)国外|外国|外籍|外资", r"overseas|abroad|foreign\w*|"
               r"international\w*|offshore|outside|external\w*|cross-border|global\w*|"
               r"world\w*|other countries|another country|expatriate\w*|expats?|"
               r"non-residents?|inbound|outbound|out-of-country|\w+ese|\w+ian|\w+ish|"
               r"visiting|overseas-funded|non-\w+|alien\w*|imported|import\w*|export\w*",
               r"\b(?:domestic|domestically|at home|home market|homegrown|home-grown|onshore|"
               r"in-country)\b", "国内|境内|本国|本土|内地|内需|国产|全国|境内外|国内外|海内外|"
               "中外|内外|本地|我国|家乡|回国|内"),
    _word_pair("(?<!海)国内(?!外|生产总值)|境内(?!外)", r"domestic\w*|at home|home|homegrown|"
               r"home-grown|national\w*|nationwide|internal\w*|inland|onshore|local\w*|"
               r"in the country|in China|within|across the country|Chinese|country's|"
               r"mainland|GDP|inside|in-country|interior|countrywide|state|native|own",
               r"\b(?:foreign|overseas|abroad|international|offshore|external)\b",
               "外|国际|世界|全球|进口|出口|跨境|联合国|访|侨|洲|多边|各国"),
    _word_pair("非正式", r"informal\w*|unofficial\w*|non-\w+|casual\w*|off the record|"
               r"private\w*|working|not formal\w*|not official\w*|without ceremony|"
               r"low-key|behind closed doors|loose\w*|chat\w*|unscheduled|impromptu",
               r"\b(?:formal|formally|official|officially)\b", "(?<!非)正式|官方|公开|正规"),
    _word_pair("(?<![非不])正式", r"formal\w*|official\w*|full\w*|proper\w*|"
               r"definitive\w*|duly|in earnest|solemn\w*|public\w*|ceremon\w*|inaugura\w*",
               r"\b(?:informal|informally|unofficial|unofficially)\b",
               "非正式|非官方|私下|民间|不正式|非正规|非公开"),
    _word_pair("(?<![绝大])多数|大多数|绝大多数|大部分|大多", r"most\w*|majority|bulk|many|"
               r"large\w*|much|greater part|overwhelming\w*|nearly all|almost all|vast|"
               r"lion's share|more than half|over half|predominant\w*|mainly|mostly|chiefly|"
               r"largely|general\w*|broad\w*|all but|the greater number|main\w*",
               r"\b(?:minority|(?:only |a |very |relatively )?few|handful|small number|"
               r"fraction)\b", "少数|少|几|个别|一些|部分地|若干|一小|零星|有的|某些"),
    _word_pair("非法|违法|不法", r"illegal\w*|illicit\w*|unlawful\w*|"
               r"unauthori[sz]ed|unlicen[sc]ed|violat\w*|breach\w*|against the law|"
               r"contrary to|outlaw\w*|criminal\w*|crime\w*|offen[cs]\w*|wrongdo\w*|"
               r"smuggl\w*|poach\w*|black[- ]market|bootleg\w*|pirat\w*|counterfeit\w*|"
               r"fraud\w*|irregular\w*|undocumented|traffick\w*|rogue|bogus|improper\w*|"
               r"infring\w*|break\w* the law|broke the law|broken the law|lawbreak\w*|"
               r"illegitimat\w*|not legal|no legal|without|criminals?|banned|prohibited|"
               r"forbidden|unpermitted|unregistered|unsanctioned|wrongful\w*|ill-gotten",
               r"\b(?:legal|legally|lawful|lawfully|legitimate|legitimately|licit)\b",
               "合法|法律|法治|法制|司法|立法|法定|法规|法院|律师|法务|正当|正规|合规|守法|法学|"
               "法官|法庭|检察|宪法|法案|法典|法人"),
    _word_pair("(?<![不非])合法", r"legal\w*|lawful\w*|legitima\w*|licit|licen[sc]ed|"
               r"authori[sz]ed|valid\w*|rightful\w*|proper\w*|permitted|allowed|"
               r"above board|within the law|in accordance with the law|according to (?:the )?"
               r"law|in line with the law|by law|law-abiding|bona fide|sanctioned|approved|"
               r"genuine|recogni[sz]\w*|registered|compliant|legit",
               r"\b(?:illegal|illegally|unlawful|unlawfully|illegitimate|illicit)\b",
               "非法|违法|不法|违规|不合法|犯罪|走私|偷|盗|侵权|假冒|黑"),
    _word_pair("加入(?![了]?[^，。；]{0,4}(?:配料|调料|水|糖|盐|油|剂))", r"join\w*|accession\w*|"
               r"acced\w*|admi\w*|member\w*|enter\w*|entry|sign\w* up|signed up|"
               r"enlist\w*|enrol\w*|on board|aboard|become part|became part|part of|"
               r"integrat\w*|add\w*|includ\w*|take part|took part|participat\w*|inclusion|"
               r"sign\w*|ratif\w*|adher\w*|subscrib\w*|affiliat\w*|recruit\w*|"
               r"newcomer\w*",
               r"\b(?:left|leaves|leaving|quit\w*|withdr[ae]w\w*|withdrawn|withdrawal|"
               r"pull\w* out|pulled out|exit\w*|abandon\w*|resign\w*|secede\w*|secession)\b",
               "退出|离开|撤出|脱离|退|辞|离|撤|剩|弃|留"),
    # Twenty-fourth round (planted24): closed-door made public, women made men (and back),
    # the last made the first, a success made a failure, a profit made a loss (and back), two
    # countries made one
    _word_pair("闭门(?!羹|造车|思过|谢客|不出)", r"clos\w*|private\w*|in camera|"
               r"confidential\w*|secret\w*|off the record|non-public|behind doors|"
               r"without (?:the )?(?:press|media|reporters|cameras|observers)|not open\w*|"
               r"away from (?:the )?(?:press|media|cameras|public)|restricted|sealed",
               r"\b(?:in public|public|publicly|openly|televised|open(?= (?:session|meeting|"
               r"hearing|debate|consultations?|talks|discussions?|briefing|format|forum)\b))\b",
               "公开|开放|直播|记者|媒体|旁听"),
    _word_pair("女性|妇女|女士", r"wom[ae]n\w*|female\w*|girls?|lad(?:y|ies)|mothers?|"
               r"sisters?|daughters?|wives|wife|\w+wom[ae]n|gender|she|her|Ms|Mrs",
               r"\b(?:men|man|male|males|boys?|gentlemen)\b", "男|先生|父|兄|弟|丈夫|两性"),
    _word_pair("男性|男子(?!汉)", r"m[ae]n|male\w*|boys?|gentlem[ae]n|fathers?|brothers?|"
               r"sons?|husbands?|(?!wom[ae]n)\w+m[ae]n|gender|he|his|Mr",
               r"\b(?:women|woman|female|females|girls?|ladies)\b",
               "女|夫人|母|妻|姐|妹|妇|娘|两性"),
    _word_pair("最后(?!通牒|一公里|一道防线|一站)|末(?=班|次|届|轮|场|代|任|位)",
               r"last\w*|final\w*|closing|conclu\w*|"
               r"end\w*|ultimate\w*|eventual\w*|finish\w*|late\w*|lastly|wrap\w*|"
               r"remaining|deciding|decisive|farewell|swan song",
               r"\b(?:first|opening|initial|earliest|inaugural|maiden)\b",
               # (not 起 of 起飞, 起航 "take off", "set sail"; not 首 of 首都, 首相, 首尔 …:
               # 末班航班从首都机场起飞 "The first flight" is no first of the source's)
               "首(?![都府相脑长席尔])|第一|初|开幕|开始|最早|先|头|起(?![飞航降锚])"),
    _word_pair("(?<![不未])成功(?!率)", r"success\w*|succeed\w*|achiev\w*|accomplish\w*|"
               r"triumph\w*|smooth\w*|fruitful|flawless\w*|managed|manag\w* to|won|win\w*|"
               r"victor\w*|breakthrough\w*|went well|go\w* well|gone well|went off|go\w* off|"
               r"gone off|landmark|milestone|pulled off|pull\w* off",
               r"\b(?:fail\w*|unsuccessful\w*|flop\w*|fiasco|setback\w*|botched|"
               r"abortive|aborted|in vain)\b",
               "失败|未能|落空|受挫|破裂|失利|不成功|挫折|失误|教训|未"),
    _word_pair("(?<!扭亏为)盈利|赢利|扭亏(?:为盈|增盈)?|(?:转|由)亏为盈|由亏转盈|实现利润",
               r"profit\w*|earn\w*|in the black|black|"
               r"gains?|net income|made money|making money|make money|surplus\w*|"
               r"turn\w* around|turnaround|break\w* even|broke even|positive|return\w*",
               r"\b(?:loss|losses|loss-making|in(?:to)? the red|deficits?)\b",
               # (not the loss 扭亏 ends: 扭亏为盈 "turned a loss into a profit")
               "(?<!扭)亏(?!为盈|转盈)|损|赤字|负"),
    _word_pair("(?<!扭转)(?<!减少)亏损|亏本", r"loss\w*|lost|lose\w*|losing|in the red|"
               r"deficit\w*|shortfall\w*|unprofitable|negative|red ink|bleed\w*|"
               r"write-?downs?|underwater",
               r"\b(?:profit|profits|profitable|in the black|net income)\b",
               "盈|利润|赚|收益|扭|减亏|止亏|利"),
    _word_pair("两国(?!论)", r"two|both|bilateral\w*|each other|one another|mutual\w*|"
               r"countries|nations|peoples|governments|sides|parties|states|capitals|between|"
               r"joint\w*|pair|twin\w*|respective|their|Sino-\w+|cross-border|together|"
               r"shared|common|neighbou?r\w*|partners?|counterparts?|China|Chinese|Beijing|"
               r"we|us|our|[A-Z]\w+(?:-| and )[A-Z]\w+",
               r"\b(?:(?:the|this|that|one) (?:country|nation)|(?:country|nation)'s)\b",
               "该国|本国|一国|这个国家|全国|国内|境内|其国|一个国家|所在国|东道国|对方|他国|某国|"
               "各自|国家"),
    # Twenty-fifth round (planted25): a permission made a ban, encouragement made discouraging;
    # money flowing in made flowing out (and back), a stake cut made raised (and back), a
    # currency's rise made a fall (and back); the first made the last; an arrival made a
    # departure (and back); an appointment made a dismissal (and back), a win made a loss
    _word_pair("(?<![不未])(?:允许|准许|获准|许可)(?!证)", r"allow\w*|permit\w*|let|lets|letting|"
               r"may|can|could|free\w*|entitl\w*|eligible|authori[sz]\w*|licen[sc]\w*|"
               r"approv\w*|clear\w*|open\w*|enabl\w*|able|right\w*|green light|go-ahead|"
               r"leave|welcome",
               r"\b(?:bar|bars|barred|barring|ban|bans|banned|banning|prohibit\w*|forbid\w*|"
               r"forbade|outlaw\w*)\b", "禁|不得|不准|不许|不允许|不能|限制|严禁|未经|除"),
    _word_pair("(?<![不])鼓励|倡导", r"encourag\w*|urg\w*|promot\w*|support\w*|incentiv\w*|"
               r"spur\w*|foster\w*|motivat\w*|prompt\w*|invit\w*|call\w* on|called on|"
               r"push\w*|press\w*|advocat\w*|want\w*|wish\w*|hope\w*|should|favou?r\w*|"
               r"welcom\w*|back\w*|champion\w*|nudg\w*|inspir\w*|stimulat\w*",
               r"\b(?:discourag\w*|deter\w*|dissuad\w*)\b", "不鼓励|劝阻|限制|遏制|防止|避免|禁"),
    _word_pair("(?:净)?(?:流入|流进|涌入)", r"inflows?|flow\w* (?:in|into|back)|flowed (?:in|into)|"
               r"pour\w* in\w*|entered|enter\w*|attract\w*|drew in|draw\w* in|drawn in|"
               r"arriv\w*|brought in|bring\w* in|injected|buy\w*|bought|purchas\w*|"
               r"net buyers?|snapped up",
               r"\b(?:outflows?|flow\w* out|flowed out|pull\w* out|pulled out|drain\w*|"
               r"exodus|flight|net sellers?)\b", "流出|外流|撤出|出逃|撤离|抛售|卖出|净卖出"),
    _word_pair("(?:净)?(?:流出|外流|出逃)", r"outflows?|flow\w* out|flowed out|pull\w* out|"
               r"pulled out|withdr\w*|left|leav\w*|exit\w*|drain\w*|exodus|flight|out|"
               r"sold|sell\w*|dump\w*|fled|flee\w*|net sellers?|took|tak\w*|redeem\w*",
               # (the sum may stand between: "poured a net 30 billion yuan into")
               r"\b(?:inflows?|(?:pour|flow)\w*(?: [\w.,$%-]+){0,6}? into|net buyers?)\b",
               "流入|涌入|流进|买入|增持|净买入"),
    _word_pair("减持|减仓|抛售", r"cut\w*|reduc\w*|trim\w*|sell\w*|sold|lower\w*|pare\w*|"
               r"pared|offload\w*|dump\w*|unload\w*|divest\w*|less|shrank|shrink\w*|"
               r"decreas\w*|exit\w*|dispos\w*|slash\w*|lighten\w*|down\w*|off",
               r"\b(?:(?:rais|increas|boost|lift|add|build)\w* (?:up )?(?:its|their|his|her|a|"
               r"the) (?:\w+ )?(?:stakes?|holdings?|positions?|shares?)|add\w* to|"
               r"built up|bought|buy\w* (?:more|up)|snapped up)\b",
               "增持|买入|购入|增加|增仓|加仓|同时|并"),
    _word_pair("增持|增仓|加仓", r"add\w*|increas\w*|rais\w*|buy\w*|bought|purchas\w*|"
               r"boost\w*|accumulat\w*|build\w*|built|more|top\w* up|topped up|expand\w*|"
               r"lift\w*|snapp\w* up|grow\w*|grew|up|larger|bigger|acqui\w*",
               r"\b(?:sold (?:down|off)|sell\w* (?:down|off)|(?:cut|reduc|trim|lower|pare)\w* "
               r"(?:its|their|his|her|the) (?:\w+ )?(?:stakes?|holdings?|positions?|shares?|"
               r"reserves?)|offload\w*|dump\w*|divest\w*)\b",
               "减持|卖出|抛售|出售|减少|减仓|同时|并"),
    _word_pair("升值", r"appreciat\w*|ris\w*|rose|gain\w*|strengthen\w*|firm\w*|"
               r"climb\w*|up|higher|stronger|advanc\w*|rall\w*|jump\w*|edg\w*|add\w*|"
               r"increas\w*|grow\w*|grew|value\w*|surg\w*|soar\w*|upward",
               r"\b(?:depreciat\w*|devalu\w*|weaken\w*|weaker|fell|falls?|falling|slid|"
               r"slides?|sliding|dropp\w*|declin\w*|lost ground|los\w* ground)\b",
               "贬值|下跌|走弱|回落|跌|贬|降|下"),
    _word_pair("贬值", r"depreciat\w*|devalu\w*|weaken\w*|weaker|fell|fall\w*|slid\w*|"
               r"drop\w*|declin\w*|los\w*|lost|down|lower|eas\w*|slip\w*|sank|sink\w*|"
               r"tumbl\w*|plung\w*|slump\w*|value\w*|decreas\w*|downward|shed\w*",
               r"\b(?:appreciat\w*|strengthen\w*|stronger|rose|ris(?:es|ing)|gain(?:ed|s)?)\b",
               "升值|上涨|走强|回升|涨|升|上"),
    _word_pair("首次|第一次|首度|首届|首位|首个|首批|首家|首款|首趟|首班|首日|首场|首轮|首访",
               r"first\w*|inaugural|maiden|debut\w*|never|unprecedented|pioneer\w*|initial\w*|"
               r"launch\w*|opening|1st|premiere\w*|earliest|new\w*|ever|began|begin\w*|"
               r"start\w*|breakthrough|before",
               r"\b(?:(?<!at )last(?! (?:year|month|week|night|weekend|time\w* (?:in|since)|"
               r"decade|century|(?:spring|summer|autumn|fall|winter)|Monday|Tuesday|Wednesday|"
               r"Thursday|Friday|Saturday|Sunday|\d))|final(?!s? (?:stage|round|match|game))|"
               r"closing)\b",
               "最后|末|最终|终|闭幕|收官|告别|去年|上次|上一|上届|上个|最近|结束"),
    _word_pair("抵达|到达|飞抵|运抵|抵京|抵沪|来到|赶到",
               r"arriv\w*|reach\w*|land\w*|got to|get\w* to|"
               r"came to|com\w* to|touch\w* down|touched down|pull\w* in|pulled in|"
               r"visit\w*|welcom\w*|turn\w* up|turned up|made it|mak\w* it|show\w* up|"
               r"showed up",
               r"\b(?:left|leav(?:es|ing)|depart\w*|set (?:off|out)|sets (?:off|out))\b",
               "离|出发|启程|前往|回国|结束|返回|返|走|去|赴|出境|开往|经"),
    _word_pair("离开|离京|离任|离境|启程回国", r"left|leav\w*|depart\w*|exit\w*|quit\w*|set off|"
               r"set out|bid\w* farewell to|return\w*|head\w* (?:home|back|for|to)|out of",
               r"\b(?:arriv\w*|reach(?:ed|es|ing)?(?= [A-Z])|landed in|land(?:s|ing)? in)\b",
               "抵达|到达|抵|来到|到|进入|入境|回到|飞往|前往|赴"),
    _word_pair("任命|委任", r"appoint\w*|nam\w*|nominat\w*|install\w*|made|mak\w*|"
               r"designat\w*|tap\w*|pick\w*|chos\w*|choos\w*|select\w*|promot\w*|"
               r"elevat\w*|sworn in|swear\w* in",
               r"\b(?:dismiss\w*|sack\w*|fir(?:ed|es|ing)|remov\w*|oust\w*|relieved? "
               r"(?:him|her|them)? ?of|strip\w* (?:him|her|them)? ?of)\b",
               "免|撤|解职|解除|罢|辞|卸任|离任|开除|革职|接替|取代|替代"),
    _word_pair("免去|免职|罢免|撤职|撤销[^，。；]{0,10}职务|解除[^，。；]{0,10}职务",
               r"remov\w*|dismiss\w*|reliev\w*|sack\w*|fir(?:ed|es|ing)|oust\w*|strip\w*|"
               r"out|off|discharg\w*|unseat\w*|depos\w*|end\w*|impeach\w*|purg\w*|"
               r"drop\w*|replac\w*|stood down|stand\w* down|step\w* down|stepped down",
               r"\bappoint\w*", "任命|任|委任|接替|接任|出任|担任|继任|提名|为"),
    _word_pair("当选|胜选|(?<!竞选)连任|获胜|赢得",
               r"(?:re-)?elect(?:ed|s|ing)?|won|win\w*|victor\w*|"
               r"return\w*|term|succe\w*|beat\w*|defeat\w*|top\w*|triumph\w*|clinch\w*|"
               r"secur\w*|retain\w*|keep\w*|kept|voted in|landslide|chosen|choos\w*|"
               r"chose|took|tak\w*|earn\w*|gain\w*|claim\w*|captur\w*|prevail\w*|"
               r"carr\w*|sweep\w*|swept|edg\w*|president-elect",
               r"\b(?:lost|los(?:e|es|ing)|(?:was|were|been|be|is|are) (?:narrowly |heavily |"
               r"soundly )?(?:defeated|beaten)|conced\w*|voted out|ousted)\b",
               "落选|败选|失败|失利|输|败|负|未能|失去|丢|淘汰|击败|战胜"),
    # Twenty-sixth round (planted26): relations established made severed (and back), both
    # sides made one, a women's event made the men's, upstream made downstream (and back),
    # southbound funds made northbound (and back)
    _word_pair("建交|复交|(?:建立|恢复|重建)[^，。；]{0,6}?(?:外交|邦交)关系",
               r"establish\w*|re-?establish\w*|set\w* up|forg\w*|restor\w*|resum\w*|"
               r"normali[sz]\w*|open\w*|launch\w*|start\w*|began|begin\w*|begun|renew\w*|"
               r"dat(?:e|es|ed|ing) (?:back|from)|restart\w*",
               r"\b(?:sever\w*|break\w* off|broke off|broken off|cut\w* (?:off )?(?:\w+ )?"
               r"(?:ties|relations)|rupture\w*|breach)\b",
               # (恢复中断多年的外交关系: the break the source names is the one ended)
               "断交|断绝|(?<!恢复)(?<!恢复了)中断|终止|冻结|降级"),
    _word_pair("断交|断绝[^，。；]{0,6}?关系", r"sever\w*|break\w*|broke\w*|cut\w*|ended|"
               r"end\w*|rupture\w*|terminat\w*|switch\w*|off",
               r"\b(?:establish\w*|restor\w*|resum\w*|normali[sz]\w*|set up)\b",
               "建交|复交|建立|恢复|重建"),
    # (双方 said by one side: "One side agreed", "The Chinese side signed"; each X方 of the
    # source says its side)
    # (not 中俄双方: "The Russian side" for it names one of the pair, name-mismatch's)
    _word_pair("(?<![中美俄日韩英法德印])双方|各方",
               r"both|two|bilateral\w*|each other|one another|mutual\w*|sides|parties|all|"
               r"every|each|either|together|joint\w*|they|them|their|pair|countries|nations|"
               r"leaders|delegations|governments|partners|participants|[A-Z]\w+ and [A-Z]\w+",
               r"\b(?:one|the (?:Chinese|[A-Z][a-z]+(?:ian|ese|ish|an|i))) (?:side|party)\b",
               "(?<![双各多三四])[一中单对另我他其俄美日韩英法德印巴越老柬泰缅菲马新澳加欧非"
               "哈吉塔土乌蒙伊以朝阿]方(?![面案法式向针])|单边|一国"),
    # (a woman who won is no women's event: "She won gold in the men's final")
    _word_pair("女子|女排|女足|女篮|女单|女双", r"wom[ae]n\w*|female\w*|girls?|lad(?:y|ies)|"
               r"daughters?|wi(?:fe|ves)|sisters?|mothers?|maidens?|damsels?|\w+wom[ae]n",
               r"\b(?:men|men's|man's|male|boys?)\b", "男|混合|混双"),
    _word_pair("上游(?!企业|产业|行业|产品|环节|供应|原材料)", r"upstream|upper|up\w*|source\w*|"
               r"headwaters?|above|higher", r"\b(?:downstream|lower reaches|lower (?:course|"
               r"stretch\w*|section)|down (?:the )?river)\b", "下游|中下游|入海"),
    _word_pair("下游(?!企业|产业|行业|产品|环节|客户|需求|市场)", r"downstream|lower|down\w*|"
               r"mouth|estuar\w*|below", r"\b(?:upstream|upper reaches|upper (?:course|"
               r"stretch\w*|section)|up (?:the )?river)\b", "上游|中上游|源头"),
    _word_pair("南向(?:资金|通|交易)?", r"southbound|south\w*|mainland investors|"
               r"mainland (?:funds|money|capital)", r"\bnorthbound\b", "北向|沪股通|深股通"),
    _word_pair("北向(?:资金|通|交易)?", r"northbound|north\w*|foreign investors|"
               r"overseas (?:funds|money|capital|investors)|(?:Stock|Shanghai|Shenzhen) Connect",
               r"\bsouthbound\b", "南向|港股通"),
    # Twenty-seventh round (planted27): a pair's two sides made one (中俄双方 "One side"; not
    # "the Russian side", name-mismatch's), a rate cut made a hike (and back), a swing to a
    # loss (由盈转亏) made one to profit, the opening ceremony made the closing one (and
    # back: the nouns, whose own words are fewer than the verbs'), the previous made the next
    # (and back), a successor
    # made a predecessor (and back), regret made welcome, a court's ruling turned
    _word_pair("(?<=[中美俄日韩英法德印])双方",
               r"both|two|bilateral\w*|each other|one another|mutual\w*|sides|parties|all|"
               r"every|each|either|together|joint\w*|they|them|their|pair|countries|nations|"
               r"leaders|delegations|governments|partners|[A-Z]\w+ and [A-Z]\w+",
               r"\bone (?:side|party)\b", "一方|单方|单边"),
    _word_pair("降息|减息|(?:下调|降低|调低)[^，。；]{0,6}?(?:利率|基准利率|政策利率)",
               r"cut\w*|lower\w*|reduc\w*|eas\w*|trim\w*|slash\w*|down\w*|decreas\w*|"
               r"loosen\w*|dovish|less|fall\w*|fell",
               rf"\b(?:rate (?:hikes?|rises?|increases?)|(?:hik|rais|lift|increas|push)\w* "
               rf"{_RATES})\b",
               "加息|升息|(?:上调|提高|调高)[^，。；]{0,6}?利率|紧缩"),
    _word_pair("加息|升息|(?:上调|提高|调高)[^，。；]{0,6}?(?:利率|基准利率|政策利率)",
               r"rais\w*|hik\w*|increas\w*|lift\w*|ris(?:e|es|ing)|rose|tighten\w*|higher|"
               r"tighter|up|boost\w*|hawkish|push\w*",
               rf"\b(?:rate cuts?|(?:cut|lower|reduc|eas|slash|trim)\w* {_RATES})\b",
               "降息|减息|(?:下调|降低|调低)[^，。；]{0,6}?利率|宽松|降准"),
    _word_pair("由盈转亏|转盈为亏|盈转亏|转为亏损|陷入亏损|首次亏损",
               r"loss\w*|lost|los(?:e|es|ing)|red|deficit\w*|unprofitable|negative|from profit to",
               r"\b(?:(?:back |returned |return\w* )?(?:in)?to (?:a )?profit|profitable|"
               r"in(?:to)? the black)\b", "扭亏|转盈|(?<!转)盈利|赢利|利润|赚"),
    _word_pair("开幕式|开幕仪式|开幕会", r"open\w*|inaugura\w*|launch\w*|start\w*|kick\w* off|"
               r"kicked off|curtain-raiser|first|begin\w*|began|unveil\w*",
               r"\bclosing (?:ceremony|ceremonies|session|plenary)\b",
               "闭幕|结束|落幕|收官|告别|闭"),
    _word_pair("闭幕式|闭幕仪式|闭幕会", r"clos\w*|conclu\w*|end\w*|final\w*|farewell|wrap\w*|"
               r"last", r"\bopening (?:ceremony|ceremonies|session|plenary)\b",
               "开幕|开始|启动|揭幕|开"),
    _word_pair("下届|下一届|下一任|下任|下一次(?=[会峰大选])|下次(?=[会峰大选])",
               r"next|coming|upcoming|forthcoming|following|subsequent|future|successor\w*|"
               r"incoming|later|new",
               r"\b(?:previous|preceding|predecessors?)\b",
               "上届|上一届|上一任|上次|前任|往届|此前|以往|去年|上一次|前一届"),
    _word_pair("上届|上一届|上一任|前一届|上一次(?=[会峰大选])|上次(?=[会峰大选])",
               r"previous|preceding|prior|last|past|former|outgoing|predecessor\w*|earlier|"
               r"defending|incumbent|reigning|ex-\w+|old",
               # (the next of an event or body, not of a span: "over the next 12 months"
               # beside 上届 given by its ordinal, probes21)
               r"\b(?:(?:next|upcoming|forthcoming) (?=[A-Z]|(?:[a-z]+ )?(?:summit|session|"
               r"meeting|congress|government|cabinet|games|edition|championships?|tournament|"
               r"elections?|fair|expo|forum|conference|cup|champions?|parliament|"
               r"administration|olympics|term|council|assembly|show|festival)\b)|"
               r"successors?)",
               "下届|下一届|下一任|下任|下次|下一次|继任|接任|明年|下周|下月|接下来|今后|未来|将"),
    _word_pair("继任者|继任人|接任者|接班人|后任", r"successor\w*|replac\w*|succeed\w*|next|"
               r"new|incoming|take\w* over|took over|follow\w*|heir\w*|after",
               r"\bpredecessors?\b", "前任|上任|上一任|原任|前"),
    # (前任总统 "former president": name-mismatch's, planted24)
    _word_pair("前任(?![总主首部外国副省市州县局院秘委大司议书])",
               r"predecessor\w*|former|previous|preceding|before|earlier|ex-\w+|outgoing|"
               r"last|prior|old|held (?:the|that|this)",
               r"\bsuccessors?\b", "继任|接任|接替|继承|后任|下任|下一任"),
    _word_pair("遗憾|惋惜", r"regret\w*|sorry|sad\w*|disappoint\w*|pity|"
               r"unfortunate\w*|deplor\w*|lament\w*|dismay\w*|rue\w*|shame|concern\w*|"
               r"dissatisf\w*|unhappy",
               r"\b(?:welcom\w*|applaud\w*|hail\w*|prais\w*|pleased|glad|delighted|happy|"
               r"satisf(?:ied|action)|appreciat\w*|commend\w*)\b",
               "欢迎|赞赏|高兴|满意|称赞|赞扬|肯定|祝贺|感谢|欣慰|赞|喜"),
    _word_pair("无罪|罪名不成立", r"acquit\w*|innocen\w*|clear\w*|exonerat\w*|"
               r"not guilty|no crime|no offen[cs]e|absolv\w*|free\w*",
               r"\b(?:convict\w*|guilty|culpable)\b", "有罪|定罪|判处|判刑|罪名成立|服刑|罪犯"),
    _word_pair("(?<![无未])有罪|(?<!不)罪名成立|定罪", r"guilt\w*|convict\w*|culpab\w*|"
               r"offen[cs]e|crime\w*|criminal\w*",
               r"\b(?:acquit\w*|innocen(?:t|ce)|exonerat\w*)\b", "无罪|不成立|撤销|改判|无辜"),
    _word_pair("驳回", r"dismiss\w*|reject\w*|throw\w* out|threw out|thrown out|overrul\w*|"
               r"turn\w* down|turned down|refus\w*|den(?:y|ies|ied|ying)|struck out|"
               r"strik\w* out|rebuff\w*|rebut\w*|refut\w*|no",
               r"\b(?:uph[eo]ld\w*|allow(?:s|ed|ing)?|grant(?:s|ed|ing)?|sustain(?:s|ed|ing)?|"
               r"accept(?:s|ed|ing)?)\b",
               "支持|维持|准许|同意|批准|接受|准予|受理|采纳|允许|认可"),
    _word_pair("维持(?:原判|原裁定|原裁决|一审(?:判决|裁定))", r"uph[eo]ld\w*|maintain\w*|"
               r"confirm\w*|affirm\w*|sustain\w*|stand\w*|stood|kept|keep\w*|dismiss\w*|"
               r"reject\w*|retain\w*|let",
               r"\b(?:overturn\w*|revers\w*|quash\w*|overrul\w*|set(?:s|ting)? aside|"
               r"annul\w*|vacat(?:ed|es|ing)|struck down|strik\w* down)\b",
               "改判|撤销|推翻|发回|重审|撤回"),
)


def term_gaps(unit: LintUnit, ctx: Context) -> list[tuple[int, int]]:
    """Where the source has a glossary term the target does not render: `term-missing`
    reports those (哈萨克斯坦 → "Kyrgyzstan", 国务委员 → "Vice Premier", 多边贸易体制 →
    "bilateral trading system"), and the checks of names and opposites leave them to it."""
    if ctx.matcher is None:
        return []
    return [(hit.start, hit.end) for hit in ctx.zh_hits()
            if ctx.matcher.en_status(unit.target, hit.entry) == "missing" and
            ctx.matcher.en_relaxed(unit.target, hit.entry) is None]


class Reversal(Check):
    code = "reversal"
    severity = "warning"
    title = "a verb or word of the source (支持, 反对, 增加 …; 出口, 顺差, 双边, 必须, 首次, " \
        "将于 …) given its opposite in the target"
    example = "中方支持哈方举办峰会 → “China opposes Kazakhstan hosting the summit”"
    # (the Chinese verbs, English that renders them, English that says the opposite, the
    # Chinese that says the opposite or None for the dictionary, whether a figure after the
    # word makes it number-mismatch's). The opposite counts only where the target has no
    # rendering of the verb, no "not" just before it, and no word of the source means it (反对
    # beside 支持, 拒绝 or any negator beside "rejects"): the sentence then says what the
    # source does not. The words after the verbs: `_WORD_PAIRS`.
    _PAIRS = tuple((zh, re.compile(rf"\b(?:{own})\b", re.I), re.compile(rf"\b(?:{opposite})\b",
                                                                          re.I), None, True)
                   for zh, own, opposite in (
        ("支持|赞成|拥护|赞同", _SUPPORT + r"|back\w*|behind|stand\w* by|stood by|"
         r"advocat\w*|embrac\w*|side[sd]? with", _OPPOSE),
        ("反对", _OPPOSE + r"|" + _CONDEMN + r"|object\w*|against|counter\w*|refus\w*|"
         r"stand up to|stood up to|resist\w*", _SUPPORT + "|" + _WELCOME),
        ("欢迎", _WELCOME + r"|greet\w*|hail\w*|applau\w*|appreciat\w*|glad|pleased|"
         r"delighted|happy|embrac\w*|receptive|open to|receiv\w*|invit\w*|look\w* forward",
         # (twenty-seventh round: 欢迎 made "regrets")
         _CONDEMN + "|" + _OPPOSE + r"|regret(?:s|ted|ting)?|lament(?:s|ed|ing)?"),
        ("谴责", _CONDEMN + r"|criticiz\w*|criticis\w*|censur\w*|decr(?:y|ies|ied)|rebuk\w*",
         _WELCOME + "|" + _PRAISE),
        # (nineteenth round: 同意 made "opposed", "objected to" as well as "rejected")
        ("同意", _ACCEPT + r"|agre\w*|assent\w*|concur\w*|endors\w*|go along|okay|yes",
         _REFUSE + "|" + _OPPOSE),
        ("拒绝|谢绝|回绝|婉拒", _REFUSE + r"|refus\w*|reject\w*|declin\w*|den(?:y|ies|ied)|"
         r"(?:said|say\w*) no", _ACCEPT),
        ("接受", _ACCEPT + r"|accept\w*|embrac\w*|receiv\w*|submit\w*|subject\w*|tak\w*|"
         r"took|undergo\w*|underw\w*|welcom\w*|heed\w*|answer\w*|gave|giv\w*", _REFUSE),
        ("承认", _ADMIT + r"|recogni[sz]\w*|accept\w*|confess\w*|grant\w*|own\w* up", _DENY),
        ("否认", _DENY + r"|reject\w*|dismiss\w*|refut\w*|disown\w*|rebut\w*", _ADMIT),
        ("加强|增强", _STRENGTHEN + r"|intensif\w*|step\w* up|stepped up|boost\w*|deepen\w*|"
         r"consolidat\w*|tighten\w*|improv\w*|more|better|greater|closer|stronger|increas\w*|"
         r"expand\w*|broaden\w*|scal\w* up|ramp\w* up|redouble\w*|build\w* up|heighten\w*",
         _WEAKEN),
        ("削弱", _WEAKEN + r"|sap\w*|diminish\w*|hollow\w* out|reduc\w*|crippl\w*|damag\w*|"
         r"less|weaker|harm\w*|hurt\w*", _STRENGTHEN),
        ("扩大", _WIDEN + r"|extend\w*|increas\w*|grow\w*|grew|boost\w*|more|wider|greater|"
         r"larger|bigger|scal\w* up|open\w*|rais\w*|step\w* up|stepped up|deepen\w*",
         _NARROW),
        ("缩小", _NARROW + r"|narrow\w*|clos\w*|bridg\w*|lessen\w*|diminish\w*|smaller|"
         r"less|lower\w*|decreas\w*|cut\w*|curb\w*|tighten\w*|contract\w*", _WIDEN),
        ("增加", _RAISE + r"|add\w*|grow\w*|grew|more|greater|higher|expand\w*|extra|"
         r"additional|step\w* up|stepped up|swell\w*|ris\w*|rose|up|enlarg\w*|multipl\w*|"
         r"doubl\w*|lift\w*|larger|bigger", _CUT),
        ("减少", _CUT + r"|shrink\w*|fewer|less|curb\w*|alleviat\w*|eas\w*|lighten\w*|"
         r"minimi[sz]\w*|bring\w* down|brought down|trim\w*|declin\w*|fall\w*|fell|drop\w*|"
         r"eliminat\w*|avoid\w*|prevent\w*|limit\w*|restrict\w*|mitigat\w*|diminish\w*|"
         r"contain\w*|control\w*|lower|smaller", _RAISE))) + _WORD_PAIRS
    # words whose loss alone changes the claim (如果 dropped: a condition stated as a fact;
    # 基本 dropped: "largely" made whole): the Chinese, the English that renders it, what it
    # is, what the target then says
    # and whether a rendering another word of the source glosses is that word's ("overall" is
    # 总体's beside 基本; "permitting" stays 若's beside 允许: a condition's words gloss nothing)
    _LOST = tuple((re.compile(zh), re.compile(rf"\b(?:{own})\b", re.I), what, says, glossed)
                  for zh, own, what, says, glossed in (
        (_IF_ZH, _IF_EN, "a condition", "states as a fact what the source makes a condition",
         False),
        (_BASIC_ZH, _BASIC_EN, "a hedge", "says in full what the source says is largely so",
         True),
        # (twenty-fifth round: 唯一 dropped, "a way" for 唯一出路; "one of" is its pair's)
        (_ONLY_ZH, _ONLY_EN, "the only one", "makes it one of several", False)))
    _ZH = re.compile("|".join([*(zh for zh, *_ in _PAIRS), _IF_ZH]))
    _OPPOSED_ZH = re.compile("|".join(zh for zh, *_ in _OPPOSED_PAIRS))
    _OPPOSED_EN = re.compile("|".join(p[2].pattern for p in _OPPOSED_PAIRS), re.I)
    _QUOTE = re.compile(r"“[^”]*”|「[^」]*」|‘[^’]*’")
    # a negator just before the verb (不支持, 决不接受, 拒不承认) makes it no statement of the
    # verb; 不断/不仅 are no negators
    _NEGATED_ZH = re.compile("[不没未无非勿别莫拒](?!断|仅|同|常)[^，。；]{0,2}$")
    _FIGURE_AFTER = re.compile(r"[了约近达到至]*(?:[\d０-９]|一半|[一二三四五六七八九十百千万亿两]+"
                               r"(?:[%％倍成个亿万千百点]|分之))")
    _NEGATED_EN = re.compile(r"\b(?:not|never|no|nor|neither|without)\b(?:\s+\w+){0,2}\s*$|"
                             r"n't(?:\s+\w+){0,2}\s*$", re.I)

    def run(self, unit: LintUnit, ctx: Context) -> Iterator[Finding]:
        if unit.alignment or not unit.target.strip() or ctx.chinese_target:
            return
        found = next(self._reversed(unit, ctx), None) if self._ZH.search(unit.source) or \
            "应约" in unit.source else None
        # (the source first: its test is the cheaper, the English's alternatives many)
        if found is None and self._OPPOSED_ZH.search(unit.source) and \
                self._OPPOSED_EN.search(unit.target):
            found = next(self._flipped(unit, ctx, _OPPOSED_PAIRS), None)
        if found is None and "将于" in unit.source:
            found = self._plan_done(unit)
        found = found or self._no_added(unit)
        if found:
            yield found

    def _reversed(self, unit: LintUnit, ctx: Context) -> Iterator[Finding]:
        """The first word of the source the target gives its opposite, or loses."""
        source, target = unit.source, unit.target
        own = self._own_request(target) if "应约" in source else None
        if own:  # 应约同X通电话: the call was X's request, not the subject's
            yield self.finding(unit, f"应约 in the source is a call at the other's request; "
                               f"the target has {_quote(own.group())}",
                               Span("target", own.start(), own.end(), own.group()), "应约",
                               None, "the sentence says the reverse of the source: check "
                               "whose request it was")
            return
        yield from self._flipped(unit, ctx, self._PAIRS)
        quoted = [m.span() for m in self._QUOTE.finditer(source)]
        for zh, own, what, says, glossed in self._LOST:
            # a saying quoted (“只要功夫深，土里出黄金”) is rendered freely
            word = next((m for m in zh.finditer(source)
                         if not any(a <= m.start() < b for a, b in quoted)), None)
            if word is None:
                continue
            renderings = list(own.finditer(target))
            if glossed and renderings:
                renderings = self._not_glossed_elsewhere(source, word, renderings)
            if not renderings:
                yield self.finding(unit, f"{word.group()} in the source ({what}) has no "
                                   f"rendering in the target, which {says}",
                                   Span("source", word.start(), word.end(), word.group()),
                                   word.group(), None, f"keep {what} of the source: check "
                                   "the sentence")
                return

    def _flipped(self, unit: LintUnit, ctx: Context, pairs) -> Iterator[Finding]:
        """The first word of `pairs` the target gives its opposite (or negates)."""
        source, target = unit.source, unit.target
        negates = self._ANY_NEGATOR_ZH.search(source) is not None
        for zh, own, opposite, also, figured in pairs:
            verb = next((m for m in re.finditer(zh, source) if self._states(source, m, figured)),
                        None)
            if verb is None:
                continue
            renderings = list(own.finditer(target))
            nots = [self._ADDED_NOT.search(target, max(0, r.start() - 30), r.start())
                    for r in renderings] if renderings and not negates else []
            if nots and all(nots):  # 支持 → "does not support": the opposite, by a "not"
                said = target[nots[0].start():renderings[0].end()]
                yield self.finding(unit, f"{verb.group()} in the source is {_quote(said)} in "
                                   "the target, a negation the source does not have",
                                   Span("target", nots[0].start(), renderings[0].end(), said),
                                   verb.group(), None, "the sentence says the reverse of the "
                                   "source: check the negation")
                return
            if renderings and also is not None:  # a word's "rendering" may be another's
                renderings = self._own_renderings(source, target, verb, renderings, opposite,
                                                  also)
                if not renderings and any(a <= verb.start() < b for a, b in
                                          term_gaps(unit, ctx)):
                    continue  # 多边贸易体制 → "bilateral trading system": term-missing's
            if renderings:
                flipped = self._object_flipped(unit, ctx, verb, own, opposite, also is None)
                if flipped is not None:  # 反对单边主义 → "support unilateralism"
                    yield self.finding(unit, f"{verb.group()} in the source is "
                                       f"{_quote(flipped.group())} in the target, its opposite, "
                                       "before the same object",
                                       Span("target", flipped.start(), flipped.end(),
                                            flipped.group()), verb.group(), None,
                                       "the sentence says the reverse of the source: check the "
                                       "verb")
                    return
                continue
            # (the source's words that say the opposite account for as many of it as they
            # are: 末班公交车……从起点站 "The first bus leaves the first stop" has one "first"
            # more than 起点 says — twenty-sixth round; but a pronoun, which English repeats
            # where Chinese says it once: 他玛……她腹里 "her travail … her womb")
            saying = len(also.findall(source)) if also else 0
            words = [w.group().lower() for w in opposite.finditer(target)] if saying else []
            for word in opposite.finditer(target):
                said = word.group().lower()
                if self._NEGATED_EN.search(target, max(0, word.start() - 30), word.start()) \
                        or (saying and (words.count(said) <= saying or
                                        said in self._PRONOUNS) if also else
                            self._said(source, word.group())
                            or self._verb_says(source, zh, word.group())):
                    continue
                yield self.finding(unit, f"{verb.group()} in the source is "
                                   f"{_quote(word.group())} in the target, its opposite",
                                   Span("target", word.start(), word.end(), word.group()),
                                   verb.group(), None, "the sentence says the reverse of the "
                                   f"source: check the {'word' if also else 'verb'}")
                return

    _PRONOUNS = {"he", "him", "his", "himself", "she", "her", "hers", "herself", "they", "them",
                 "their", "it", "its"}

    _OWN_REQUEST = re.compile(r"\bown (?:request|initiative)\b", re.I)
    # "at Wang Yi's request", "at the request of Foreign Minister Wang Yi": the name's last word
    # (not a title: "at the request of the Foreign Minister" names no one)
    _REQUEST_BY = re.compile(r"\b[Aa]t (?:(?:[A-Z][\w'’-]+ )*([A-Z][\w'’-]+)['’]s request|"
                             r"the request of (?:[A-Z][\w.'’-]* )*([A-Z][\w'’-]+))"
                             r"(?<!Minister)(?<!President)(?<!Premier)(?<!Secretary)"
                             r"(?<!Chairman)(?<!Side)(?<!Government)")

    def _own_request(self, target: str) -> re.Match | None:
        """Whose request a call of 应约 was said to be, where it is the caller's: "at his own
        request", or the name of the sentence's subject, said before its "with" and not
        after it ("Wang Yi spoke with Mauro Vieira at Wang Yi's request")."""
        own = self._OWN_REQUEST.search(target)
        if own or "request" not in target:
            return own
        with_ = re.search(r"\bwith\b", target)
        for m in self._REQUEST_BY.finditer(target):
            name = m.group(1) or m.group(2)
            if with_ is None:
                break
            at = [n.start() for n in re.finditer(rf"\b{re.escape(name)}\b", target)
                  if not m.start() <= n.start() < m.end()]
            if at and all(i < with_.start() for i in at):
                return m
        return None

    # a "no" or "not" after a verb, before a word ("reached no consensus", "did not reach",
    # "made no progress"); not a subject's ("No party objected" for 一致同意, "that no new
    # risks emerge"), not of "be" ("there is no major incident" for 守住底线, "is not a task
    # … overnight" for 长期任务: a rephrasing), not a phrase that negates nothing ("no
    # longer", "not only", "no doubt", "spare no effort", "by no means")
    _NO_EN = re.compile(r"(?:(?<=[a-z] )(?<!spare )(?<!spared )(?<!spares )(?<!sparing )"
                        r"(?<!\bby )(?<!\bin )(?<!leave )(?<!leaves )(?<!left )(?<!\bat )"
                        r"(?<!make )(?<!\bis )(?<!\bare )(?<!was )(?<!were )(?<!\bbe )"
                        r"(?<!been )(?<!being )(?<!that )(?<!there )(?<!which )(?<!\bwho )"
                        r"(?<!\band )(?<!\bor )(?<!\bbut )(?<!with )"
                        r"(?:no|not|never)\b|(?<!\bis)(?<!are)(?<!was)(?<!were)n't)"
                        r"\s+(?!(?:longer|less|more|only|just|"
                        r"least|doubt|matter|merely|later|sooner|until|till|yet|one|other|"
                        r"exception|end|small|mean|little|fewer|solely|simply|always|"
                        r"necessarily|surprising\w*|coincidence|accident|wonder|mistake)\b)"
                        r"(?:(?:any|a|an|the|much|real|further|significant|new|major|such|"
                        r"been|yet)\s+)?([A-Za-z][a-z-]{3,})(?:\s+([a-z]{4,}))?", re.I)
    # Chinese that says no without a negator (杜绝 "leave no room", 避免 "so as not to", 只有
    # ……才 "not until", 零容忍 "no tolerance", 缺乏 "no", 停止 "no longer" …)
    _NO_ZH = re.compile("[不没未无非勿别莫否拒禁免缺少零绝弃失丧难才唯仅除防避休罢疑]|停止|只有|"
                        "忽视|阻止|遏制|抵制|排除|摆脱|终止|取消|空白|虚假|消除")

    # a word the dictionary does not give a source word but a reviser reads as its gloss
    # (共识 glosses "consensus" only; "reached no agreement" denies it as well)
    _KIN = {"agreement": "consensus", "accord": "consensus", "headway": "progress"}

    _TWO_NOS = re.compile(r"\b(?:no|not|never|nor|without|unless|cannot)\b|n't\b", re.I)

    # a first time (首次, 前所未有) said as never before ("have never been shown before")
    _FIRST_ZH = re.compile("首次|首度|第一次|头一[次回]|前所未有|从未")
    _BEFORE_NOW = re.compile(r"[^.;:!?]{0,40}?\b(?:before|previously|until now|so far|to date)\b",
                             re.I)

    def _no_added(self, unit: LintUnit) -> Finding | None:
        """A "no" the source does not have, before a word that glosses a word of the source,
        where the source says no in no form: 达成共识 → "reached no consensus", 取得进展 →
        "made no progress" (the verbs outside `_PAIRS`)."""
        target = unit.target
        if self._NO_ZH.search(unit.source):
            return None
        nos = len(self._TWO_NOS.findall(target))
        if nos == 0 and self._REFUSED_EN.search(target):
            return self._refusal_added(unit)
        if nos != 1:
            return None  # two negations make a yes: 安全是发展的前提 "Without security … no"
        from tifa.tm.base import dictionary

        glosses = frozenset().union(*_source_glosses(unit.source))
        first = self._FIRST_ZH.search(unit.source) is not None
        for no in self._NO_EN.finditer(target):
            # the word after the "no" or a part of it, or the next after a modifier ("no
            # high-level exchanges"; not "never forget history")
            word, then = no.groups()
            if first and no.group()[:5].lower() == "never" and \
                    self._BEFORE_NOW.match(target, no.start()):
                continue  # 首次展出 "have never been exhibited before": a first time
            if any(w and (dictionary.stem(w.lower()) in glosses or
                          self._KIN.get(w.lower()) in glosses)
                   for w in (word, *word.split("-"), then if "-" in word else None)):
                said = no.group()
                return self.finding(unit, f"{_quote(said)} in the target is a negation the "
                                    "source does not have", Span("target", no.start(),
                                                                 no.end(), said),
                                    said, None, "the sentence says the reverse of the source: "
                                    "check the negation")
        return None

    # A plan (将于 and its date) told as done, by the past of the source's own verb (恢复 →
    # "resumed talks", 出访 → "visited three countries", 施行 → "took effect") or a past that
    # is a verb and no adjective ("went into operation"): `_PAST` reads a past only before a
    # preposition or an article, since "developed countries" or "united front" are no pasts;
    # the source's verb tells this past from an adjective (twenty-fourth round)
    _PLAN_ZH = re.compile("(?<![上中少大主名老武猛])将于")
    _FUTURE = re.compile(rf"\b(?:{_FUTURE_EN})\b", re.I)
    _DONE_EN = re.compile(rf"(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bbe )(?<!\bis )(?<!\bare )"
                          rf"(?<!\bbeen )(?<!\bbeing )(?<!\bto )(?<!\bhas )(?<!\bhave )"
                          rf"(?<!\bhad )(?<!\bonce )(?<!\bwhen )(?<!\bif )(?<!ly )"
                          rf"\b([a-z]{{3,}}ed|{_BARE_PAST})(?= (?:(into)\b|[a-z0-9]))")

    def _plan_done(self, unit: LintUnit) -> Finding | None:
        """将于 given as done: no English of a plan but what another word of the source glosses
        ("next" is 明年's), and a past of the source's verb (`_DONE_EN`)."""
        source, target = unit.source, unit.target
        plan = self._PLAN_ZH.search(source)
        if plan is None or re.search(_PAST_ZH, source) or self._NEGATED_ZH.search(
                source[:plan.start()]):
            return None
        if self._not_glossed_elsewhere(source, plan, list(self._FUTURE.finditer(target))):
            return None
        from tifa.tm.base import dictionary

        glosses = None
        for m in self._DONE_EN.finditer(target):
            if not m.group(2):
                if glosses is None:
                    glosses = frozenset().union(*_source_glosses(source[plan.end():]))
                if dictionary.stem(m.group(1)) not in glosses:
                    continue
            elif m.group(1) not in _BARE_PAST.split("|"):
                continue
            if self._NEGATED_EN.search(target, max(0, m.start() - 30), m.start()):
                continue
            return self.finding(unit, f"{plan.group()} in the source is {_quote(m.group(1))} in "
                                "the target, its opposite", Span("target", m.start(1), m.end(1),
                                                                 m.group(1)),
                                plan.group(), None, "the sentence says the reverse of the "
                                "source: check the word")
        return None

    # a verb of refusing or failing before the verb it refuses (twenty-fourth round:
    # 议会批准了该条约 → "Parliament refused to ratify the treaty", 出席 → "failed to attend")
    _REFUSED_EN = re.compile(r"\b(?:refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|"
                             r"fail(?:s|ed|ing)?)\s+to\s+([a-z][a-z-]+)", re.I)

    _FALL_ZH = re.compile("降|跌|落|减|滑|缩|低|少|萎")

    def _refusal_added(self, unit: LintUnit) -> Finding | None:
        """A refusal the source does not have ("refused to ratify", "declined to sign",
        "failed to attend"), where the source says no in no form and the refused verb glosses
        a word of it: the act the source reports as done made one not done."""
        from tifa.tm.base import dictionary

        glosses = frozenset().union(*_source_glosses(unit.source))
        falls = self._FALL_ZH.search(unit.source) is not None
        for m in self._REFUSED_EN.finditer(unit.target):
            if falls and m.group().lower().startswith("declin"):
                continue  # 价格跌至低位 "Prices declined to low levels": a fall, no refusal
            if dictionary.stem(m.group(1).lower()) in glosses:
                said = m.group()
                return self.finding(unit, f"{_quote(said)} in the target is a refusal the "
                                    "source does not have", Span("target", m.start(), m.end(),
                                                                 said),
                                    said, None, "the sentence says the reverse of the source: "
                                    "check the negation")
        return None

    def _own_renderings(self, source: str, target: str, word: re.Match,
                        renderings: list[re.Match], opposite: re.Pattern,
                        also: re.Pattern) -> list[re.Match]:
        """The renderings of the source's `word` that are its own: where the target also has
        the word's opposite, a rendering that glosses another word of the source (its
        dictionary glosses, the word itself left out) is that word's — "next" is 明年's, not
        将于's, in "was completed at the end of next year"; "freely" is 自由's, not 可以's, in
        "must report freely"; "overall" is 总体's beside "completely stable" (a past or perfect
        verb form stays: it says 已's tense whatever verb it renders; so does a gloss of the
        word itself: "export" for 出口 beside 广交会, the "Import and Export Fair"). Looked up only
        where an unexplained opposite stands, so most units never read the dictionary."""
        if also.search(source) or not any(
                not self._NEGATED_EN.search(target, max(0, o.start() - 30), o.start())
                for o in opposite.finditer(target)):
            return renderings
        return self._not_glossed_elsewhere(source, word, renderings, shared=True)

    @staticmethod
    def _not_glossed_elsewhere(source: str, word: re.Match, renderings: list[re.Match],
                               shared: bool = False) -> list[re.Match]:
        """The `renderings` of the source's `word` that no other word of the source glosses
        ("main" is 主要's, not 基本's, in "the main issues"); with `shared`, not one the word
        shares with other words either, where the target says it no more often than they
        are there."""
        from tifa.tm.base import dictionary

        rest = source[:word.start()] + "，" + source[word.end():]
        glosses = set().union(*_source_glosses(rest)) - set().union(
            *_source_glosses(word.group()))  # "export" is 出口's beside 广交会's "Export Fair"
        theirs = Reversal._shared_gloss(rest, word.group(), renderings) if shared else set()
        # a bare "not" is the rest's negator's where the rest has one (停止挑衅，不要……: the
        # "not" of "and not to take" is 不要's, not 停止's)
        negated = Reversal._REST_NEGATOR.search(rest) is not None
        return [r for r in renderings if _TENSE_FORM.fullmatch(r.group()) or not (
            negated and Reversal._BARE_NOT.fullmatch(r.group())) and not any(
            len(w) > 3 and dictionary.stem(w) in glosses for w in r.group().lower().split())
            and r.group().lower() not in theirs]

    @staticmethod
    def _shared_gloss(rest: str, word: str, renderings: list[re.Match]) -> set[str]:
        """The one-word renderings of `word` that words of `rest` (of two characters or more:
        a lone 将 glosses "take" too) gloss as well, said no more often than there are such
        words: theirs. Twenty-fifth round: "final" once, for 决赛 and 最后 (决赛最后一轮 "the
        first round of the final"), is 决赛's, and the word's opposite beside it unexplained.
        (A word said twice counts once: 广交会 again is "the fair", and "export" twice beside
        it, once in its name, once for 出口, stays 出口's.)"""
        from tifa.tm.base import dictionary

        lex = dictionary.lexicon()
        own = lex.get(word, frozenset())
        words = [lex.get(w, frozenset()) for w in dict.fromkeys(
            w for run in HAN_RUN.findall(rest) for w in dictionary.segment(run, lex)
            if len(w) > 1)]
        said = Counter(r.group().lower() for r in renderings if " " not in r.group())
        return {w for w, n in said.items() if (key := dictionary.stem(w)) in own
                and n <= sum(key in each for each in words)}

    _REST_NEGATOR = re.compile("[不没未无非别勿莫](?!断|仅|同|少|但|久)")
    _BARE_NOT = re.compile(r"not|no|never|n't|nor", re.I)

    _LAST_WORDS = re.compile(r"(?:[\w'’-]+[ ,]+){1,3}$")

    def _object_flipped(self, unit: LintUnit, ctx: Context, verb: re.Match, own: re.Pattern,
                        opposite: re.Pattern, is_verb: bool) -> re.Match | None:
        """The verb's object, a glossary term right after it in the source (反对单边主义),
        rendered with the opposite word among the three words before it and the verb's own
        rendering not there ("support unilateralism"): reported even where the verb's
        rendering stands elsewhere in the unit, since that one is another verb's (摒弃 →
        "reject"). A verb's object that is no term is found by its dictionary glosses
        (扩大国内需求 → "restrict domestic demand" beside "a more proactive fiscal policy")."""
        target = unit.target
        if opposite.search(target) is None:
            return None  # (most units: no dictionary read)
        hit = next((h for h in ctx.zh_hits() if verb.end() <= h.start <= verb.end() + 1),
                   None) if ctx.matcher is not None else None
        if hit is not None:
            starts = [start for start, _ in ctx.matcher.accepted_spans(target, hit.entry)]
        elif is_verb:  # (a verb's object; not the words after 将于 or 少数)
            starts = self._object_glossed(unit.source, verb, target)
        else:
            return None
        for start in starts:
            near = self._LAST_WORDS.search(target, max(0, start - 60), start)
            if near is None or own.search(near.group()):
                continue
            word = opposite.search(target, near.start(), start)
            if word and not self._NEGATED_EN.search(target, max(0, word.start() - 30),
                                                     word.start()) and \
                    not self._governed(own, target, word.start()):
                return word
        return None

    @staticmethod
    def _governed(own: re.Pattern, target: str, at: int) -> bool:
        """Whether the verb's own rendering governs the word at `at` ("declined to accept
        the invitation" for 婉拒了邀请: the acceptance is what is declined — twenty-sixth
        round)."""
        before = target[max(0, at - 40):at]
        said = list(own.finditer(before))
        return bool(said) and re.fullmatch(r"(?:\s+to)?\s+", before[said[-1].end():]) is not None

    _OBJECT = re.compile(r"[\u4e00-\u9fff]{2,4}")

    @staticmethod
    def _object_glossed(source: str, verb: re.Match, target: str) -> list[int]:
        """Where the target glosses the object right after the verb when it is no glossary
        term (扩大国内需求: "domestic" or "demand"), by the dictionary: the starts of the
        first English word of each place that does. Only a word of four letters or more."""
        obj = Reversal._OBJECT.match(source, verb.end())
        if obj is None:
            return []
        from tifa.tm.base import dictionary

        lex = dictionary.lexicon()
        words = dictionary.segment(obj.group(), lex)[:2]
        glosses = set().union(*(lex.get(w, frozenset()) for w in words if len(w) > 1))
        starts, last = [], -2
        for i, m in enumerate(re.finditer(r"[A-Za-z][\w-]{3,}", target)):
            if dictionary.stem(m.group()) in glosses:
                if i != last + 1:
                    starts.append(m.start())  # a run of glossing words starts once
                last = i
        return starts

    # a "not" the source does not have, right before the verb's own rendering ("does not
    # support", "won't agree", "never welcomed"; not "not only supports")
    _ADDED_NOT = re.compile(r"(?:\b(?:not|never)|n't)\s+(?:(?:yet|fully|really|actually|"
                            r"always|necessarily|quite|openly|publicly|in)\s+)?$", re.I)
    _ANY_NEGATOR_ZH = re.compile("[不没未无非勿别莫否拒]")

    def _states(self, source: str, m: re.Match, figured: bool) -> bool:
        """The word at `m` is stated: not negated, and, for a verb of change or a comparison
        (`figured`), not a change by a figure (增加5%, 高于3%, which `number-mismatch`
        compares)."""
        return not self._NEGATED_ZH.search(source, max(0, m.start() - 3), m.start()) and \
            not (figured and self._FIGURE_AFTER.match(source, m.end()))

    def _verb_says(self, source: str, zh: str, word: str) -> bool:
        """Does another verb of the source say `word`, one of its renderings ("voted against"
        of 反对 beside 赞成: 以多数票赞成，反对党投票反对)?"""
        return any(other != zh and own.fullmatch(word) and re.search(other, source)
                   for other, own, *_ in self._PAIRS[:len(self._PAIRS) - len(_WORD_PAIRS)])

    @staticmethod
    def _said(source: str, word: str) -> bool:
        """Does a word of the source mean `word` (its dictionary glosses), or, for a word that
        says no ("rejects", "refuses"), does the source negate something?"""
        if Negation._EN.match(word) and Negation().negators(source):
            return True
        from tifa.tm.base import dictionary

        # (each word of a phrase: "voted against" is not said by 投票, "vote", alone)
        keys = [dictionary.stem(w) for w in word.split() if len(w) > 3] or \
            [dictionary.stem(word)]
        glossed = _source_glosses(source)
        return all(any(key in glosses for glosses in glossed) for key in keys)


# The countries a pair abbreviation names (中哈, 哈中, 中吉乌) and the English of each: its one
# character, what it is called in full (names, capitals, leaders, currency: what makes an
# English country name the source's own), the English that names it. A one-character form is
# read only in a pair, never alone (美好, 日益, 非常).
_COUNTRIES = (
    ("Kazakhstan", "哈", "哈萨克|阿斯塔纳|阿拉木图|托卡耶夫|纳扎尔巴耶夫",
     r"Kazakh\w*|Qazaq\w*"),
    ("Kyrgyzstan", "吉", "吉尔吉斯|比什凯克|扎帕罗夫", r"Kyrgyz\w*|Kirghiz\w*"),
    ("Tajikistan", "塔", "塔吉克|杜尚别|拉赫蒙", r"Tajik\w*|Tadzhik\w*"),
    ("Turkmenistan", "土", "土库曼|阿什哈巴德|别尔德穆哈梅多夫", r"Turkmen\w*"),
    ("Türkiye", "土", "土耳其|安卡拉|埃尔多安", r"T[üu]rkiye|Turkey|Turkish"),
    ("Uzbekistan", "乌", "乌兹别克|塔什干|撒马尔罕|米尔济约耶夫", r"Uzbek\w*"),
    ("Ukraine", "乌", "乌克兰|基辅", r"Ukrain\w*"),
    ("Russia", "俄", "俄罗斯|俄语|俄文|俄国|莫斯科|普京|苏联|前苏|独联体", r"Russia\w*"),
    ("the United States", "美", "美国|美元|美利坚|华盛顿|美军|美洲",
     r"United States|U\.S\.(?!\w)|(?<![\w$])US\b|USA\b|"
     r"(?<!Latin )(?<!South )(?<!North )(?<!Central )America(?:ns?)?\b"),
    ("Japan", "日", "日本|日元|东京|日语|日文", r"Japan\w*"),
    ("Korea", "韩", "韩国|朝鲜|首尔|平壤|韩元|大韩", r"Korea\w*|ROK\b|DPRK\b"),
    ("Pakistan", "巴", "巴基斯坦|伊斯兰堡", r"Pakistan\w*"),
    ("Brazil", "巴", "巴西", r"Brazil\w*"),
    ("Panama", "巴", "巴拿马", r"Panama\w*"),
    ("Europe", "欧", "欧洲|欧盟|欧元|欧亚|布鲁塞尔", r"Europe(?:ans?)?\b|EU\b"),
    ("Africa", "非", "非洲|非盟", r"(?<!South )Africa(?:ns?)?\b"),
    ("the Arab states", "阿", "阿拉伯|阿盟|阿联酋", r"Arab\w*"),
    ("Afghanistan", "阿", "阿富汗|喀布尔", r"Afghan\w*"),
    ("Argentina", "阿", "阿根廷", r"Argentin\w*"),
    ("Mongolia", "蒙", "蒙古|乌兰巴托", r"Mongol\w*"),
    ("India", "印", "印度(?!尼)|新德里", r"India(?:ns?)?\b"),
    ("Indonesia", "印", "印尼|印度尼西亚|雅加达", r"Indonesia\w*"),
    ("Vietnam", "越", "越南|河内", r"Viet ?[Nn]am\w*"),  # ("Viet Nam", the UN form)
    # (Lao Cai, 老街, is Vietnam's)
    ("Laos", "老", "老挝|万象", r"Laos\b|Lao\b(?![\s-]+Cai)|Laotian"),
)
# a country's character inside another word: 美好, 日益, 非常, 中老年, 越来越, 土地 …
_NOT_A_COUNTRY = {"哈": "尔密佛", "吉": "祥利他林", "塔": "吊楼", "土": "地壤豆生特木质",
                  "乌": "云鲁托", "美": "好丽食术德味满妙景化感誉梦洲", "日": "期子常益前后夜内",
                  "非": "常法凡但得要遗", "阿": "姨", "巴": "车士掌", "蒙": "受蔽",
                  "印": "象刷章发记染", "越": "来发过野", "老": "年人师百旧化区家字板街"}
_COUNTRY_CHAR = "|".join(f"{c}(?![{_NOT_A_COUNTRY[c]}])" if c in _NOT_A_COUNTRY else c
                         for c in dict.fromkeys(c for _, c, _, _ in _COUNTRIES))
# 中哈, 中吉乌, and the other way round before a word of relations: 哈中关系, 俄中两国
_PAIR = re.compile(f"中((?:{_COUNTRY_CHAR})+)|((?:{_COUNTRY_CHAR}))中(?=两|关系|合作|友|经|贸|"
                   "边|人|双|建交|战略|伙伴|铁路|管道|会|峰|联合|外长|元首)")
_COUNTRY_EN = [(name, re.compile(rf"\b(?:{en})")) for name, _, _, en in _COUNTRIES]
_COUNTRY_ZH = [(name, re.compile(zh)) for name, _, zh, _ in _COUNTRIES]
# each country's one character and its names in full, for a pair with China (中俄, 中国同越南)
_COUNTRY_ZH_OF = {name: f"^(?:{c}|国(?:同|与|和|、)(?:{zh}))" for name, c, zh, _ in _COUNTRIES}
_SIDE = re.compile(f"({_COUNTRY_CHAR})方")  # 哈方, 俄方: the Kazakh, the Russian side


# countries no pair abbreviates (`_PLACES`, `NameMismatch._acts`): the full name; said also by
# the language or the capital (法语 "French")
_OTHER_COUNTRIES = (
    ("France", "法国", "法语|法文|巴黎|马克龙", r"France|French\b"),
    ("Germany", "德国", "德语|德文|柏林|朔尔茨|默茨", r"German(?:y|s)?\b"),
    ("the United Kingdom", "英国", "英语|英文|伦敦|英镑",
     r"Britain|British|United Kingdom|UK\b|U\.K\.|England"),
    ("Italy", "意大利", "意大利语|罗马", r"Ital(?:y|ian)"),
    ("Spain", "西班牙", "西班牙语|马德里", r"Spain|Spanish"),
    ("Canada", "加拿大", "渥太华", r"Canad\w*"),
    ("Australia", "澳大利亚", "堪培拉|澳方|中澳", r"Australia\w*"),
    ("New Zealand", "新西兰", "惠灵顿|中新", r"New Zealand\w*"),
    ("Egypt", "埃及", "开罗", r"Egypt\w*"),
    ("Saudi Arabia", "沙特", "利雅得", r"Saudi\w*"),
    ("Iran", "伊朗", "德黑兰", r"Iran(?:ian)?s?\b"),
    ("Iraq", "伊拉克", "巴格达", r"Iraq\w*"),
    ("Syria", "叙利亚", "大马士革", r"Syria\w*"),
    ("Israel", "以色列", "特拉维夫|耶路撒冷", r"Israel\w*"),
    ("Palestine", "巴勒斯坦", "巴方|加沙|约旦河西岸", r"Palestin\w*"),
    ("South Africa", "南非", "比勒陀利亚|约翰内斯堡", r"South Africa\w*"),
    ("Nigeria", "尼日利亚", "阿布贾", r"Nigeria\w*"),
    ("Mexico", "墨西哥", "墨西哥城", r"Mexic\w*"),
    ("Chile", "智利", "圣地亚哥", r"Chile\w*"),
    ("Peru", "秘鲁", "利马", r"Peru(?:vian)?s?\b"),
    ("Cuba", "古巴", "哈瓦那", r"Cuba\w*"),
    ("Thailand", "泰国", "泰语|曼谷|中泰", r"Thai\w*"),
    ("Cambodia", "柬埔寨", "金边|中柬", r"Cambodia\w*"),
    ("Malaysia", "马来西亚", "吉隆坡|中马", r"Malaysia\w*"),
    ("Singapore", "新加坡", "中新", r"Singapor\w*"),
    ("the Philippines", "菲律宾", "马尼拉|菲方|中菲", r"Philippin\w*|Filipino\w*"),
    ("Myanmar", "缅甸", "内比都|中缅", r"Myanmar\w*|Burm\w*"),
    ("Nepal", "尼泊尔", "加德满都", r"Nepal\w*"),
    ("Sri Lanka", "斯里兰卡", "科伦坡", r"Sri Lanka\w*"),
    ("Bangladesh", "孟加拉", "达卡", r"Bangladesh\w*"),
    ("Belarus", "白俄罗斯", "明斯克", r"Belarus\w*"),
    ("Azerbaijan", "阿塞拜疆", "巴库", r"Azerbaijan\w*|Azeri"),
    ("Georgia", "格鲁吉亚", "第比利斯", r"Georgia\w*"),
    ("Armenia", "亚美尼亚", "埃里温", r"Armenia\w*"),
    ("Serbia", "塞尔维亚", "贝尔格莱德", r"Serbia\w*"),
    ("Hungary", "匈牙利", "布达佩斯", r"Hungar\w*"),
    ("Poland", "波兰", "华沙", r"Poland|Polish"),
    ("Greece", "希腊", "雅典", r"Greece|Greek\w*"),
    # names a tired hand or an engine confuses (fifteenth round): Austria and
    # Australia, Slovakia and Slovenia, Niger and Nigeria, Sweden and Switzerland …
    ("Austria", "奥地利", "维也纳", r"Austria(?!l)\w*"),
    ("Slovakia", "斯洛伐克", "布拉迪斯拉发", r"Slovak\w*"),
    ("Slovenia", "斯洛文尼亚", "卢布尔雅那", r"Sloven\w*"),
    ("Niger", "尼日尔", "尼亚美", r"Niger(?!ia)\w*"),
    ("Sweden", "瑞典", "斯德哥尔摩|瑞典语", r"Swed\w*"),
    ("Switzerland", "瑞士", "伯尔尼|日内瓦|苏黎世|达沃斯|瑞郎", r"Swiss|Switzerland"),
    ("Iceland", "冰岛", "雷克雅未克", r"Iceland\w*"),
    ("Ireland", "爱尔兰", "都柏林", r"(?<!Northern )Ireland|Irish"),
    ("Mali", "(?<!索)马里(?!兰|亚纳|奥)", "巴马科", r"Mali(?:an)?s?\b"),
    ("Malawi", "马拉维", "利隆圭", r"Malawi\w*"),
    ("Gambia", "冈比亚", "班珠尔", r"Gambia\w*"),
    ("Zambia", "赞比亚", "卢萨卡", r"Zambia\w*"),
    ("Colombia", "哥伦比亚", "波哥大", r"Colombia\w*"),
    ("Latvia", "拉脱维亚", "里加", r"Latvia\w*"),
    ("Lithuania", "立陶宛", "维尔纽斯", r"Lithuania\w*"),
    ("Estonia", "爱沙尼亚", "塔林", r"Estonia\w*"),
    ("Finland", "芬兰", "赫尔辛基", r"Finland|Finnish|Finns?\b"),
    ("Norway", "挪威", "奥斯陆", r"Norw\w*"),
    ("Denmark", "丹麦", "哥本哈根", r"Denmark|Danish|Danes?\b"),
    ("the Netherlands", "荷兰", "阿姆斯特丹|海牙", r"Netherlands|Dutch|Holland"),
    ("Belgium", "比利时", "布鲁塞尔", r"Belgi\w*"),
    ("Portugal", "葡萄牙", "里斯本|葡语", r"Portug\w*"),
    ("Romania", "罗马尼亚", "布加勒斯特", r"Romania\w*"),
    ("Bulgaria", "保加利亚", "索非亚", r"Bulgaria\w*"),
    ("Croatia", "克罗地亚", "萨格勒布", r"Croatia\w*"),
    ("the Czech Republic", "捷克", "布拉格", r"Czech\w*"))


# A country's side (哈方 "Kazakhstan"), where its one character is no other country's (not 巴方)
_SIDES = [c for _, c, _, _ in _COUNTRIES]

# Names of one closed set a slip swaps for another (`swapped`): places and people of the
# region (a country by its full name, a city, a leader), the titles of officials and the
# bodies they serve. Reported where the source's own name is missing from the English and
# another of the set stands there that the source does not say in any form. A country counts
# as said by its capital or leader too (阿斯塔纳 → "the Kazakh capital"), so only a swap is
# reported, never an addition. Capitals that stand for a government (Beijing, Washington,
# Moscow) are left out.
_PLACES = (*[(name, re.compile(zh.split("|")[0]), re.compile(rf"\b(?:{en})"),
              re.compile(f"{zh}|{c}方" if _SIDES.count(c) == 1 else zh))
             for name, c, zh, en in _COUNTRIES],
           *[(en, re.compile(zh), re.compile(rf"\b(?:{en})\b"), None) for zh, en in (
               ("阿斯塔纳|努尔苏丹", "Astana|Nur-Sultan"), ("阿拉木图", "Almaty|Alma-Ata"),
               ("比什凯克", "Bishkek"), ("奥什", "Osh"), ("杜尚别", "Dushanbe"),
               ("塔什干", "Tashkent"), ("撒马尔罕", "Samarkand"), ("布哈拉", "Bukhara"),
               ("希瓦", "Khiva"), ("阿什哈巴德", "Ashgabat|Ashkhabad"),
               ("伊斯兰堡", "Islamabad"), ("喀布尔", "Kabul"),
               ("乌兰巴托", "Ulaanbaatar|Ulan Bator"),
               ("河内", "Hanoi"), ("万象", "Vientiane"), ("金边", "Phnom Penh"),
               ("曼谷", "Bangkok"), ("雅加达", "Jakarta"), ("新德里", "New Delhi"),
               ("西安", "Xi'an|Xian"), ("上海", "Shanghai"), ("乌鲁木齐", "Urumqi"),
               ("霍尔果斯", "Khorgos|Horgos"), ("喀什", "Kashgar|Kashi"),
               ("连云港", "Lianyungang"), ("重庆", "Chongqing"), ("成都", "Chengdu"),
               ("广州", "Guangzhou"), ("深圳", "Shenzhen"), ("杭州", "Hangzhou"),
               ("托卡耶夫", "Tokayev"), ("纳扎尔巴耶夫", "Nazarbayev"),
               ("扎帕罗夫", "Japarov|Zhaparov"), ("拉赫蒙", "Rahmon"),
               ("米尔济约耶夫", "Mirziyoyev"), ("别尔德穆哈梅多夫", "Berdimuhamedov"),
               ("普京", "Putin"), ("埃尔多安", "Erdo[gğ]an"), ("古特雷斯", "Guterres"))],
           # countries no pair abbreviates
           *[(name, re.compile(zh), re.compile(rf"\b(?:{en})"),
              re.compile(f"{zh}|{also}")) for name, zh, also, en in _OTHER_COUNTRIES],
           # cities a slip trades for another of their kind
           *[(en, re.compile(zh), re.compile(rf"\b(?:{en})\b"), None) for zh, en in (
               ("日内瓦", "Geneva"), ("维也纳", "Vienna"), ("悉尼", "Sydney"),
               ("墨尔本", "Melbourne"), ("纽约", "New York"), ("布鲁塞尔", "Brussels"),
               ("斯德哥尔摩", "Stockholm"), ("哥本哈根", "Copenhagen"),
               ("里约热内卢", "Rio de Janeiro|Rio"), ("圣保罗", "S[aã]o Paulo"),
               ("伊斯坦布尔", "Istanbul"), ("安卡拉", "Ankara"), ("迪拜", "Dubai"),
               ("阿布扎比", "Abu Dhabi"), ("孟买", "Mumbai|Bombay"),
               ("胡志明市", "Ho Chi Minh City"), ("大阪", "Osaka"), ("东京", "Tokyo"),
               ("首尔", "Seoul"), ("釜山", "Busan|Pusan"))])


def _ministry(zh: str, en: str) -> tuple:
    """A ministry: said by any of `zh`; its English with "Ministry"/"Minister" beside it."""
    return (en, re.compile(zh), re.compile(
        rf"\b(?:{en}) (?:Ministry|Minister|Ministries|Ministers)\b|"
        rf"\bMinist(?:ry|er|ries|ers) (?:of|for) (?:the )?(?:National )?(?:{en})\b", re.I), None)


# (titles are matched in any case: "the mayor of Almaty", "the Kazakh prime minister")
_OFFICES = tuple((en, re.compile(zh), re.compile(rf"\b(?:{en})", re.I), None) for zh, en in (
    ("发言人", "[Ss]pokes(?:person|man|woman|people)"),
    ("国务委员", "State Council+or"),
    ("大使(?!馆)", "Ambassadors?\\b"),
    # (twenty-fifth round: the diplomatic ranks below an ambassador, and a consul — not 领事
    # of a consular thing, 领事保护, 领事证件 …)
    ("参赞", "Counsell?ors?\\b"),
    ("一等秘书", "First Secretar(?:y|ies)"), ("二等秘书", "Second Secretar(?:y|ies)"),
    ("三等秘书", "Third Secretar(?:y|ies)"),
    ("(?<![总副])领事(?![馆保协服证认官工业部处司事条关公区签级团侨务])",
     "(?<!Vice )(?<!Vice-)Consuls?\\b(?![- ]General)"),
    ("总领事(?!馆)", "Consuls?[- ]General"),
    ("(?<!总)部长|外长|防长|财长|大臣|阁员", "(?<!Prime )(?<!Chief )Ministers?\\b"),
    # (a minister of an embassy: after 部长, whose "Minister" is the commoner)
    ("公使(?!馆)", "(?<!Prime )(?<!Chief )Ministers?\\b"),
    ("市长", "Mayors?\\b"),
    ("省长|州长|总督|行长", "Governors?\\b"),
    ("(?<!总)书记", "[Pp]arty (?:[Ss]ecretary|[Cc]hief)|Secretary of the [\\w ]*Committee"),
    ("人大|人民代表大会", "NPC\\b|National People's Congress"),
    ("政协", "CPPCC|Political Consultative Conference"),
)) + (
    _ministry("外交|外事|外长", "Foreign|Foreign Affairs"), _ministry("商务|经贸", "Commerce"),
    _ministry("国防|防长|防务", "Defen[cs]e"), _ministry("财政|财长", "Finance"),
    _ministry("公安", "Public Security"), _ministry("教育", "Education"),
    _ministry("科技|科学技术", "Science and Technology"),
    _ministry("农业", "Agriculture|Agriculture and Rural Affairs"),
    _ministry("交通", "Transport"), _ministry("文化|旅游", "Culture and Tourism|Culture"),
    _ministry("生态环境|环境", "Ecology and Environment|Environment"),
    _ministry("水利", "Water Resources"), _ministry("自然资源", "Natural Resources"),
    _ministry("工业和信息化|工信", "Industry and Information Technology"),
    # (twenty-fifth round: the rest of the State Council's ministries, and health, as many
    # governments have one)
    _ministry("卫生(?:健康)?(?:部|委|大臣|事务)|卫健", "Health"), _ministry("司法", "Justice"),
    _ministry("民政", "Civil Affairs"),
    _ministry("人力资源|人社|劳动", "Human Resources and Social Security|Human Resources|"
              "Labou?r"),
    _ministry("住房|住建", "Housing and Urban-Rural Development|Housing"),
    _ministry("应急管理", "Emergency Management"), _ministry("退役军人", "Veterans Affairs"),
    _ministry("国家安全|国安", "State Security"),
)


def _closed_set(rows, words: bool = False) -> tuple:
    """A family of `swapped` from (name, Chinese, English) rows; with `words`, the English
    read as whole words in any case."""
    return tuple((en, re.compile(zh), re.compile(rf"\b(?:{rx})\b", re.I) if words
                  else re.compile(rx), None) for en, zh, rx in rows)


# A house of parliament for the other (参议院 → "House of Representatives", 上议院 → "House of
# Commons"): each house's names abroad, the upper's and the lower's, which some houses share
_CHAMBERS = _closed_set((
    ("Senate", "参议院|参院", r"Senate|Senators?|House of Councill?ors|upper (?:house|chamber)"),
    ("House of Representatives", "众议院|众院", r"House of Representatives|Chamber of Deputies|"
     r"lower (?:house|chamber)|Congress(?:wo)?m[ae]n|Dewan Rakyat|Lok Sabha|Duma"),
    ("House of Lords", "上议院|上院", r"House of Lords|Lords|upper (?:house|chamber)|Senate"),
    ("House of Commons", "下议院|下院", r"House of Commons|Commons|lower (?:house|chamber)|"
     r"House of Representatives"),
    ("National Assembly", "国民议会", r"National Assembly|lower (?:house|chamber)"),
    # (and a mission for the other: 总领馆 → "the embassy", 使馆 → "the consulate")
    ("Embassy", "大使馆|使馆", r"Embass(?:y|ies)|chancer(?:y|ies)"),
    ("Consulate", "总领事馆|总领馆|领事馆", r"Consulates?(?:[- ]General)?|Consulates-General"),
), words=True)

# A lunar year's animal for another (马年 → "Year of the Snake"; twenty-seventh round): the
# year's name and the animal before "Year" ("the Dragon Year Spring Festival")
_ZODIAC = _closed_set((
    (en.split("|")[0], f"{zh}年(?![代龄级度])", rf"Year of the (?:{en})|(?:{en}) Year")
    for zh, en in (("鼠", "Rat|Mouse"), ("牛", "Ox|Cow|Buffalo"), ("虎", "Tiger"),
                   ("兔", "Rabbit|Hare"), ("龙", "Dragon"), ("蛇", "Snake"), ("马", "Horse"),
                   ("羊", "Goat|Sheep|Ram"), ("猴", "Monkey"), ("鸡", "Rooster|Chicken|Cock"),
                   ("狗", "Dog"), ("猪", "Pig|Boar"))), words=True)

# A military rank for the one above or below it (大校 → "Colonel", 少将 → "Lieutenant General"):
# the army's English and the navy's beside it (海军少将 "Rear Admiral"); the titles that are
# also plain words (General, Major, Captain, Admiral, Commander) only before a name
_BEFORE_NAME = (r"(?= [A-Z][a-z])(?! (?:Assembly|Office|Administration|Secretariat|Staff|"
                r"Department|Agreement|Debate|Conference|Directorate|Committee|Council|Court|"
                r"Secretary|Headquarters|Hospital|Manager|Election|Bureau|Affairs|Customs|"
                r"Logistics|Political|Armament|Equipment|Rules|Provisions|Programme|Meeting|"
                r"Session|League|Motors|Electric|Plan|Framework|Principles)\b)")
_RANKS = _closed_set((
    ("Senior Colonel", "大校", r"\bSenior[- ](?:Colonel|Captain)s?\b"),
    ("Colonel", "上校", r"(?<!Senior )(?<!Senior-)(?<!Lieutenant )(?<!Lieutenant-)"
     rf"\b(?:Colonels?\b|Captain{_BEFORE_NAME})"),
    ("Lieutenant Colonel", "中校", rf"\bLieutenant[- ]Colonels?\b|(?<!Lieutenant )\bCommander"
     rf"{_BEFORE_NAME}"),
    ("Major", "少校", rf"\bMajor(?![- ]General){_BEFORE_NAME}|\bLieutenant[- ]Commanders?\b"),
    ("General", "(?<![大])上将", r"(?<!Lieutenant )(?<!Major )(?<!Brigadier )(?<!Vice )"
     rf"(?<!Rear )(?<!-)\b(?:General|Admiral){_BEFORE_NAME}"),
    ("Lieutenant General", "中将", r"\bLieutenant[- ]Generals?\b|\bVice[- ]Admirals?\b"),
    ("Major General", "少将", r"\bMajor[- ]Generals?\b|\bRear[- ]Admirals?\b"),
))


def _parties(source: str) -> tuple[list[set[str]], set[str]]:
    """(the parties the source gives by abbreviation: each a set of countries its character
    may be, from a pair (中哈, 哈中, 中吉乌) or, with 两国, from 哈方; every country it names).
    A country written in full is the glossary's (`term-missing`)."""
    chars = "".join(m.group(1) or m.group(2) for m in _PAIR.finditer(source))
    if not chars and "两国" in source:
        chars = "".join(m.group(1) for m in _SIDE.finditer(source))
    parties = [{name for name, c, _, _ in _COUNTRIES if c == char}
               for char in dict.fromkeys(chars)]
    named = {name for name, zh in _COUNTRY_ZH if zh.search(source)}
    named.update(*parties)
    named.update(name for name, c, _, _ in _COUNTRIES
                 if any(m.group(1) == c for m in _SIDE.finditer(source)))
    return parties, named


_COUNTRY_OF_NAME = re.compile("|".join(en.pattern for _, en in _COUNTRY_EN))


def names_another_country(source: str, target: str) -> bool:
    """Does the English name a country the source names in no way (a pair's character, its
    name, its capital or leader, its side)?"""
    if not any(en.search(target) for _, en in _COUNTRY_EN):
        return False
    named = _parties(source)[1]
    return any(name not in named and en.search(target) for name, en in _COUNTRY_EN)


_OFFICE_ZH = re.compile("|".join(zh.pattern for _, zh, _, _ in _OFFICES))


class NameMismatch(Check):
    code = "name-mismatch"
    severity = "warning"
    title = "a Chinese person's name in the target that the source does not spell"
    example = "外交部发言人毛宁 → “Foreign Ministry Spokesperson Wang Wenbin”"
    # Surname + given name in pinyin, the way English writes Chinese people: the two hundred
    # commonest surnames but those that are also English words, common foreign names or half
    # a place (An, You, Ai, Bo, Di, Mi, Sha, Tai, Ming; Hong of "Hong Kong"); a rarer one is
    # simply not checked.
    _SURNAMES = frozenset("""
        wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng
        liang xie song tang han feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai du
        ye cheng su wei lu ding ren shen yao cui zhong tan fan jin shi liao jia xia fu fang bai
        zou meng xiong qin qiu yin xue yan duan lei hou long tao gu mao hao gong shao wan qian
        dai mo kong xiang qiao yi wen geng bao lai xi ji qi ge niu ke zhan rao chang mei sheng
        bian lan
        pang zhai ni nie jiao xing yue zhuang xin guan zuo tu shu mou bu miao ling fei
        tong ou zhen qu pei zha huo weng sui gan jing shan ning ruan gui min ouyang qiang chai
        hua che ran diao teng zang gou quan chu lian jian lou mu dang lang luan shang dou
        leng zhuo kuang zong ying ju sang cen""".split())
    _NAME = PERSON_EN
    _NAME_BEFORE = re.compile(r"\b([A-Z][a-z]{1,5}) $")  # the word before a name's surname
    # 两国元首 spelled out as the two presidents: "the understandings reached by Presidents Lula
    # and Xi Jinping" (a name after a president's title, where the source says the heads of
    # state and names no one, and a president's name the glossary gives)
    _HEADS_ZH = re.compile("(?:两国|双方|两位|两党)(?:元首|最高领导人|领导人)")
    _HEADS_EN = re.compile(r"\bPresidents?\s+(?:(?:[A-Z][\w'-]+\s+){1,3}and\s+)?$")
    # A name the document gave before may stand where the Chinese says 他 or 她 (not where it
    # names someone: 发言人林剑 rendered "Spokesperson Mao Ning" stays a finding).
    stateful = True
    _EARLIER = 200  # units of a document kept to look back in

    def run(self, unit: LintUnit, ctx: Context) -> Iterator[Finding]:
        return self.finish(unit, ctx, self.prepare(unit, ctx))

    def prepare(self, unit: LintUnit, ctx: Context) -> list[tuple[Finding, str]]:
        """(finding, pinyin key) of each name the unit's own source does not spell."""
        return list(self._unspelled(unit, ctx))

    def finish(self, unit: LintUnit, ctx: Context, prepared) -> Iterator[Finding]:
        from tifa.tm import align_names

        key = ("names", unit.doc)
        earlier = ctx.state.get(key)
        for finding, name in prepared:
            if not name or earlier is None or not ("他" in unit.source or "她" in unit.source) \
                    or not align_names.spells("\n".join(earlier[0]), name):
                yield finding
        if earlier is None and len(ctx.state) < MAX_STATE:
            earlier = ctx.state[key] = (deque(maxlen=self._EARLIER),)
        if earlier is not None:
            earlier[0].append(unit.source)

    # An official's rank: 副总理, 副主席, 副部长 … is "Vice Premier", "Deputy Prime Minister",
    # "Vice Foreign Minister"; a rank the source does not give, or one it gives and the English
    # leaves out, names another person
    _VICE_ZH = re.compile("副(?:总理|主席|总统|部长|外长|市长|省长|州长|秘书长|议长|院长|委员长|"
                          "首相|主任|司长|局长|总书记|国务卿|总干事)")
    _TITLE_EN = ("Premier|Prime Minister|President|Chairman|Chairwoman|Chairperson|"
                 "Foreign Minister|Minister|Mayor|Governor|Secretary-General|Secretary General|"
                 "Speaker|Director|Director-General")
    _VICE_EN = re.compile(rf"\b(?:Vice|Deputy)[ -](?:{_TITLE_EN})\b")
    # (the UN's 副秘书长 is an "Under-Secretary-General")
    _DEPUTY_EN = re.compile(r"\b(?:vice|deputy)\b|\bunder-secretar", re.I)
    # (twenty-fourth round: a title in lower case after "the" or a possessive, as papers write
    # it: 该国副总统 → "the country's president")
    _BARE_EN = re.compile(rf"(?<!Vice )(?<!Deputy )(?<!Vice-)(?<!Deputy-)(?<!Under-)"
                          rf"\b(?:{_TITLE_EN})\b|(?:(?<=\b[Tt]he )|(?<='s )|(?<=’s )|"
                          rf"(?<=\b[Ii]ts )|(?<=\b[Tt]heir ))(?:{_TITLE_EN.lower()})\b")

    # A head of state for a head of government, or the reverse (总统 → "Prime Minister"): only
    # where the source gives the other title and not this one (a title added to a bare name,
    # 托卡耶夫 → "President Tokayev", is no swap)
    _HEADS = (
        (re.compile(r"\b(?:(?i:prime minister)|Premier)\b(?! League)"),
         re.compile("总理|首相|内阁主席|政府首脑"), re.compile("总统|主席"), "总理"),
        (re.compile(r"\b[Pp]resident\b"),
         re.compile("主席|总统|会长|院长|校长|行长|总裁|董事长|议长|元首"), re.compile("总理|首相"),
         "总统 or 主席"))

    # a member of the Political Bureau, of the NPC or a Party committee made a member of its
    # Standing Committee (政治局委员 → "… of the Standing Committee of the Political Bureau")
    _STANDING_EN = re.compile(r"\bStanding Committee\b", re.I)
    # (委员长, the NPC Standing Committee's chairman, is said "chairman of the NPC Standing
    # Committee": no member made a standing one)
    _COMMITTEE_ZH = re.compile("委员(?!长)|政治局|人大|人民代表大会|政协|书记处")

    def _rank(self, unit: LintUnit, ctx: Context) -> Iterator[tuple[Finding, str]]:
        for english, same, other, word in self._HEADS:
            title = english.search(unit.target)
            if title and not same.search(unit.source):
                given = other.search(unit.source)
                if given:
                    yield self.finding(unit, f"{_quote(title.group())} in the target, where "
                                       f"the source has {given.group()} and no {word}",
                                       Span("target", title.start(), title.end(), title.group()),
                                       given.group(), None, "a wrong title names another "
                                       "person: check the title against the source"), ""
                    return
        vice = self._VICE_EN.search(unit.target)
        if vice and "副" not in unit.source:
            deputy = self.finding(unit, f"{_quote(vice.group())}: the source gives no deputy (副)",
                                  Span("target", vice.start(), vice.end(), vice.group()),
                                  vice.group(), None, "a wrong rank names another person: "
                                  "check the title against the source")
            deputy.moved = ("deputy", vice.group())  # a title the document gives (`settle_moved`)
            yield deputy, ""
            return
        standing = self._STANDING_EN.search(unit.target)
        if standing and "常" not in unit.source and self._COMMITTEE_ZH.search(unit.source) \
                and not any(self._COMMITTEE_ZH.search(unit.source, a, b)
                            for a, b in term_gaps(unit, ctx)):  # 全国政协 is term-missing's
            yield self.finding(unit, f"{_quote(standing.group())}: the source gives no standing "
                               "committee (常委)", Span("target", standing.start(),
                                                       standing.end(), standing.group()),
                               standing.group(), None, "a wrong rank names another person: "
                               "check the title against the source"), ""
            return
        m = self._VICE_ZH.search(unit.source)
        if m and not self._DEPUTY_EN.search(unit.target):
            bare = self._BARE_EN.search(unit.target)
            if bare and any(a <= m.start() and m.end() <= b for a, b in term_gaps(unit, ctx)):
                return  # 国务院副总理 → "Premier": the glossary's term, term-missing reports it
            if bare:
                yield self.finding(unit, f"{m.group()} in the source is a deputy; the target "
                                   f"has {_quote(bare.group())}",
                                   Span("source", m.start(), m.end(), m.group()), m.group(),
                                   None, "a wrong rank names another person: check the title "
                                   "against the source"), ""

    _SWAP_WORDS = _plain(p for _, zh, _, *also in (*_PLACES, *_OFFICES, *_RANKS, *_CHAMBERS,
                                                   *_ZODIAC)
                         for p in (zh, *also) if p)

    def _swaps(self, unit: LintUnit, ctx: Context) -> Iterator[tuple[Finding, str]]:
        """A place, a leader, an office or a ministry of the source given as another: 撒马尔罕
        → "Bukhara", 发言人 → "Minister", 商务部 → "Ministry of Foreign Affairs"."""
        for families, what in ((_PLACES, "place or person"), (_OFFICES, "title"),
                               (_RANKS, "rank"), (_CHAMBERS, "house of parliament or mission"),
                               (_ZODIAC, "lunar year")):
            swap = swapped(families, unit.source, unit.target)
            if swap is None:
                continue
            said, other = swap
            if any(a < said.end() and said.start() < b for a, b in term_gaps(unit, ctx)):
                continue  # a glossary term: term-missing reports it
            if any(a <= said.start() and said.end() <= b and b - a > len(said.group())
                   for a, b in ((hit.start, hit.end) for hit in ctx.zh_hits())):
                continue  # the name of a longer term, which renders it ("SCO" for 上海合作组织)
            finding = self.finding(unit, f"{_quote(other.group())} in the target, where the "
                                   f"source has {said.group()}",
                                   Span("target", other.start(), other.end(), other.group()),
                                   said.group(), None, f"a wrong {what} names another: check "
                                   "it against the source")
            given = next((zh.pattern for _, zh, en, *_ in families
                          if en.fullmatch(other.group())), None) \
                if families is _OFFICES or families is _PLACES else None
            if given is not None:  # "Minister Wang said" for 王毅表示, 外长 in the lead (or a
                # headline's place the lead gives: "Evans and Xi talk trade in Shenzhen")
                finding.moved = ("office" if families is _OFFICES else "place", given)
            yield finding, ""
            return

    def _party(self, unit: LintUnit, ctx: Context) -> Iterator[tuple[Finding, str]]:
        """A country pair (中哈, 哈中两国) or 两国 with its country whose English names another
        country, and none of the pair: "China-Kyrgyzstan" for 中哈."""
        if "中" not in unit.source and "两国" not in unit.source:
            return
        parties, named = _parties(unit.source)
        if not parties:
            return
        given = [name for name, english in _COUNTRY_EN if english.search(unit.target)]
        if all(party & set(given) for party in parties):
            return  # every party is there: another country is an addition, not a swap
        wrong = None
        for name, english in _COUNTRY_EN:
            m = english.search(unit.target) if name in given and name not in named else None
            if m and (wrong is None or m.start() < wrong[1].start()):
                wrong = name, m
        if wrong:
            m = wrong[1]
            term = next((p.group() for p in _PAIR.finditer(unit.source)), "两国")
            expected = " and ".join(" or ".join(sorted(p)) for p in parties)
            yield self.finding(unit, f"{_quote(m.group())} in the target, where the source "
                               f"speaks of {expected}", Span("target", m.start(), m.end(),
                                                             m.group()),
                               term, expected, "a wrong country names another party: check "
                               "the country against the source"), ""
        else:
            yield from self._dropped(unit, ctx, parties, set(given))

    # what counts the parties of a group without naming them ("the three countries",
    # "trilateral", "both sides", "each other")
    _GROUP_EN = re.compile(r"\b(?:two|three|four|five|both|trilateral\w*|tripartite|"
                           r"quadrilateral|bilateral\w*|trio|each other|one another)\b", re.I)

    def _dropped(self, unit: LintUnit, ctx: Context, parties: list[set[str]],
                 given: set[str]) -> Iterator[tuple[Finding, str]]:
        """A party of a group the English names in part and never counts: 中日韩 → "China and
        Japan", 中美俄 → "China and the US" (not "the three countries", "trilateral")."""
        if len(parties) < 2 or not any(party & given for party in parties) \
                or self._GROUP_EN.search(unit.target):
            return
        group = next((p for p in _PAIR.finditer(unit.source) if len(p.group()) > 2), None)
        if group is None or any(a <= group.start() < b for a, b in term_gaps(unit, ctx)):
            return  # two pairs (中哈……中吉), each its own; 中吉乌铁路 is term-missing's
        lost = next((party for party in (
            {name for name, c, _, _ in _COUNTRIES if c == char} for char in group.group(1))
            if not party & given), None)
        if lost is None:
            return
        missing = " or ".join(sorted(lost))
        yield self.finding(unit, f"{group.group()} in the source names {missing}, which the "
                           "target never names", Span("source", *group.span(), group.group()),
                           group.group(), missing, "a party of the group is dropped: name "
                           "every country of it"), ""

    # A party that gives to another (哈方向中方移交……, 中国向吉尔吉斯斯坦捐赠……): China by 中方 or
    # 中国, a country of the region by its side (哈方) or its name; in English the giver never
    # stands after "to"
    _GIVERS = (("China", "中方|中国|我国", r"China|Chinese"),
               *[(name, f"{c}方|{zh.split('|')[0]}", en) for name, c, zh, en in _COUNTRIES],
               *[(name, zh, en) for name, zh, _, en in _OTHER_COUNTRIES],
               ("Party A", "甲方", r"Party A\b"), ("Party B", "乙方", r"Party B\b"))
    _PARTY_ZH = "|".join(zh for _, zh, _ in _GIVERS)
    # (the giver may stand apart from 向, with no other party between: 甲方应在……内向乙方支付)
    _GIVES = re.compile(f"({_PARTY_ZH})(?:(?!{_PARTY_ZH})[^，。；：！？]){{0,20}}?向({_PARTY_ZH})")
    # A party that acts on another with no 向 (中国援助老挝, 乌方感谢中方, 越南邀请泰国): the
    # verb's English (every form); the English must not put the one acted on first, the verb,
    # then the actor, unless "by"/"from" stands between (a passive, "thanks from")
    _ACTS = (("感谢|致谢", r"thank\w*|grateful|gratitude|appreciat\w*"),
             ("援助|帮助|协助|资助|援建", r"help\w*|aid\w*|assist\w*|fund\w*|financ\w*"),
             ("邀请", r"invit\w*"), ("会见|接见|接待", r"met|meet\w*|receiv\w*"),
             ("击败|战胜", r"beat\w*|defeat\w*|overc[ao]me\w*"),
             ("制裁", r"sanction\w*"), ("祝贺", r"congratulat\w*"),
             ("起诉|控告", r"su(?:e|ed|es|ing)\b|prosecut\w*"),
             # (twenty-fourth round: A支持B, "B supports A")
             ("支持|支援|声援", r"(?:support(?:s|ed|ing)?|back(?:s|ed|ing)?)\b"
              r"(?!\s+(?:of|from)\b)"))  # ("has the support of China": a noun, the right way)
    _ACTS_ZH = re.compile("({0})(?:[\u4e00-\u9fff]{{0,4}}?)({1})({0})".format(
        _PARTY_ZH, "|".join(zh for zh, _ in _ACTS)))
    _ACT_VERB = re.compile("|".join(zh for zh, _ in _ACTS))  # looked for first: it is cheap

    _BY = re.compile(r"\b(?:by|from)\b", re.I)  # "was thanked by", "help from China"

    # China, which the source names (中方, 中国, 我国), named nowhere in the English ("Beijing",
    # "we" and "our" name it too; "the South China Sea" does not) where another country is
    # named more often than the source names it: that country stands for China (中方愿同美方…
    # → "The US side … with the US side"; 中国将继续帮助阿富汗 → "India will continue to help
    # Afghanistan")
    # (not 发展中国家's 中国, 其中国际, 集中方式, 其中方案)
    _CHINA_ZH = re.compile("(?<![集其当])中方(?![面式案法针向位])|中国(?![家际])|我国")
    _CHINA_EN = re.compile(r"\b(?:(?<!South )(?<!East )China(?! Sea)|Chinese|Sino\w*|Beijing|"
                           r"PRC)\b|\b(?:[Ww]e|[Oo]ur|us|ours)\b")
    # (each country with every Chinese form that names it: 欧盟 says Europe, 巴黎 France)
    _OTHERS = tuple((name, re.compile(zh), re.compile(rf"\b(?:{en})")) for name, zh, en in (
        *[(name, f"{c}方|{zh}", en) for name, c, zh, en in _COUNTRIES],
        *[(name, f"{zh}|{also}", en) for name, zh, also, en in _OTHER_COUNTRIES]))

    def _china_lost(self, unit: LintUnit, ctx: Context) -> Iterator[tuple[Finding, str]]:
        china = self._CHINA_ZH.search(unit.source)
        if china is None and ("中" not in unit.source or not (
                self._WITH_CHINA.search(unit.source) or
                self._WITH_CHINA_ONLY.search(unit.source))) or \
                self._CHINA_EN.search(unit.target):
            return
        # 中国 inside a glossary term (中国人民抗日战争暨世界反法西斯战争胜利, whose short
        # variant "the victory of the War of Resistance Against Japanese Aggression" names
        # no China) is the term's: its renderings are checked there
        terms = [(h.start, h.end) for h in ctx.zh_hits()]
        china = next((m for m in self._CHINA_ZH.finditer(unit.source)
                      if not any(a <= m.start() < b for a, b in terms)), None)
        if china is None:
            yield from self._china_dropped(unit, terms)
            return
        for name, zh, en in self._OTHERS:
            said = list(en.finditer(unit.target))
            if said and len(said) > len(zh.findall(unit.source)):
                m = said[0] if len(said) > 1 or not zh.search(unit.source) else said[-1]
                yield self.finding(unit, f"{_quote(m.group())} in the target, where the "
                                   f"source has {china.group()}: China is named nowhere in "
                                   f"the target, {name} more often than in the source",
                                   Span("target", m.start(), m.end(), m.group()),
                                   china.group(), "China", "a wrong country names another "
                                   "party: check the country against the source"), ""
                return
        yield from self._china_dropped(unit, terms)

    # China with one other country, by abbreviation (中俄, 中美两国) or joined in full
    # (中国同越南, 中国和巴西); not 其中俄罗斯 "Russia among them", 中非共和国 "the Central
    # African Republic", nor a border (中俄边境 "the border with Russia" says China's side)
    _CHINA_CHAR = "(?<![其之当集空心手家眼途期暗正从命击居])中"  # 中 of China, not of 其中, 集中 …
    _WITH_CHINA = re.compile(f"{_CHINA_CHAR}(?:{_COUNTRY_CHAR})"
                             f"(?!(?:{_COUNTRY_CHAR})|共和国|边|界|口岸|国境|接壤)|中国(?:同|与|和|、)"
                             f"(?:{'|'.join(zh for _, _, zh, _ in _COUNTRIES)})")

    # countries whose one character is too common a word's to stand in the table of
    # countries (法 in 法律, 方法; 德 in 道德; 英 in 英语, 英里): read only right after 中 and
    # before a word of a pair's relations (中法两国领导人, 中德关系, 中英双方)
    _PAIR_ONLY = {"法": re.compile(r"\bFrance\b|\bFrench\b"),
                  "德": re.compile(r"\bGerman(?:y|s)?\b"),
                  "英": re.compile(r"\b(?:Britain|British|United Kingdom|UK|U\.K\.)(?!\w)")}
    _WITH_CHINA_ONLY = re.compile(
        f"{_CHINA_CHAR}([{''.join(_PAIR_ONLY)}])(?=两国|关系|双方|建交|元首|领导人|外长|总理|首脑|"
        "合作|友好|战略|伙伴|联合声明|峰会|会晤|经贸)")

    def _china_dropped(self, unit: LintUnit, terms: list[tuple[int, int]]
                       ) -> Iterator[tuple[Finding, str]]:
        """China dropped from a pair of two (twenty-second round, planted22): 中俄两国外长 →
        "The Russian foreign minister", 中国同越南发表联合声明 → "Viet Nam issued …": the
        English names the other country but never China, nor counts the two ("both", "the
        two countries", "bilateral")."""
        pair = next((m for m in self._WITH_CHINA.finditer(unit.source)
                     if not any(a <= m.start() < b for a, b in terms)), None)
        only = None if pair is not None else next(
            (m for m in self._WITH_CHINA_ONLY.finditer(unit.source)
             if not any(a <= m.start() < b for a, b in terms)), None)
        if pair is None and only is None or self._GROUP_EN.search(unit.target):
            return
        if only is not None:
            pair = only
            other = self._PAIR_ONLY[only.group(1)].search(unit.target)
        else:
            other = next((m for name, english in _COUNTRY_EN
                          if re.search(rf"{_COUNTRY_ZH_OF[name]}", pair.group()[1:])
                          for m in [english.search(unit.target)] if m), None)
        if other is None:
            return
        yield self.finding(unit, f"{pair.group()} in the source names China and "
                           f"{_quote(other.group())}; the target names only the second",
                           Span("source", *pair.span(), pair.group()), pair.group(), "China",
                           "a party of the pair is dropped: name both countries"), ""

    def _acts(self, unit: LintUnit) -> Iterator[tuple[Finding, str]]:
        """A party acting on another turned round with no 向: 中国援助老挝 → "Laos helped China
        build the road", 乌方感谢中方 → "The Chinese side thanked the Uzbek side"."""
        m = self._ACTS_ZH.search(unit.source) if self._ACT_VERB.search(unit.source) else None
        if m is None:
            return
        actor, acted = (next(p for p in self._GIVERS if re.fullmatch(p[1], side))
                        for side in (m.group(1), m.group(3)))
        if actor == acted:
            return
        verb = next(en for zh, en in self._ACTS if re.fullmatch(zh, m.group(2)))
        gap = r"(?:\W+[\w'’-]+){0,6}?\W+"
        order = r"\b(?:{0}){2}(?:{1})\b(?P<by>{2})(?:{3})"

        def said(first: str, then: str) -> re.Match | None:
            return next((m for m in re.finditer(order.format(first, verb, gap, then),
                                                unit.target, re.I)
                         if not self._BY.search(m.group("by"))), None)

        wrong = said(acted[2], actor[2])
        if wrong and not said(actor[2], acted[2]):
            yield self.finding(unit, f"{_quote(wrong.group())} in the target, where the source "
                               f"has {m.group()} ({actor[0]} acts on {acted[0]})",
                               Span("target", wrong.start(), wrong.end(), wrong.group()),
                               m.group(), None, "a party turned round: check who does what to "
                               "whom"), ""

    # A former office made current (twenty-fourth round: 前总统卡里姆 → "President Karim"): 前
    # before a title, where 前 is no "before" of a time or place (会前, 此前, 三天前, 生前, 门前 …),
    # and an English that gives the title with no word of a past office ("former", "ex-",
    # "then", "the late", "outgoing", "who was" …)
    # (each title with the English that says it; the English must say the title 前 goes with)
    _FORMER_TITLES = tuple((zh, re.compile(rf"\b(?:{en})s?\b", re.I)) for zh, en in (
        ("副?总统", "president"), ("副?总理|首相", "prime minister|premier"),
        ("外长|外交部长|国防部长|部长", "minister|secretary"),
        ("秘书长|总书记", "secretary[- ]general|general secretary"),
        ("领导人|元首|首脑|党首", "leader|head of state|heads of state|head"),
        ("副?主席", "chairm[ae]n|chairwom[ae]n|chairperson|chair|president"),
        ("大使", "ambassador|envoy"), ("国务卿", "secretary of state"),
        ("议长", "speaker|president"), ("市长", "mayor"), ("省长|州长|总督", "governor"),
        ("总司令|司令", "commander"), ("行长", "governor|president|head"),
        ("总干事", "director[- ]general"), ("国王", "king"), ("参议员", "senator"),
        ("议员", "lawmaker|legislator|member|MP|deputy"), ("官员", "official"),
        ("负责人", "head|chief|official")))
    _FORMER_ZH = re.compile("(?<![此之以会日年月天周节战目当生提空选举发问后夕晚早午时期宴议谈幕"
                            "赛面眼跟门台阵窗床车届任事婚考睡饭行访])前任?(?=((?:驻[^，。；：]{{1,6}}?)?(?:国家)?(?:{})))"
                            .format("|".join(zh for zh, _ in _FORMER_TITLES)))
    _FORMER_EN = re.compile(r"\bex-|\b(?:former\w*|formerly|ex|then|late|previous\w*|past|"
                            r"erstwhile|one-?time|retired|outgoing|predecessors?|once|until|"
                            r"emerit\w*|who (?:was|were|had|served|led|headed)|served|"
                            r"had been)\b", re.I)

    def _former(self, unit: LintUnit) -> Iterator[tuple[Finding, str]]:
        """前 before a title (`_FORMER_ZH`) given as a current office: the English has that
        title (`_FORMER_TITLES`) and no word of a past office, and the source gives the title
        to no one else (国务院总理李强……前总统: "Premier" is Li Qiang's)."""
        m = self._FORMER_ZH.search(unit.source)
        if m is None or self._FORMER_EN.search(unit.target):
            return
        zh, english = next((zh, en) for zh, en in self._FORMER_TITLES
                           if re.search(rf"(?:{zh})$", m.group(1)))
        if len(re.findall(zh, unit.source)) > len(self._FORMER_ZH.findall(unit.source)):
            return
        title = english.search(unit.target)
        if title is not None:
            yield self.finding(unit, f"{m.group()}{m.group(1)} in the source is a former "
                               f"office; the target has {_quote(title.group())} and no "
                               "“former”", Span("source", m.start(), m.end(1), m.group()
                                                + m.group(1)), m.group() + m.group(1), None,
                               "a former office made current names another person: check "
                               "the title against the source"), ""

    # An acting or designate office made plain or past (twenty-sixth round: 代理总统 → "the
    # country's president", 候任总理 → "The outgoing prime minister"): 代理 or 候任 before a
    # title of `_FORMER_TITLES` (not 代理人 "agent", 代理商; not 临时代办, a chargé's own
    # title), and an English that gives the title with no word of the qualified office
    _QUALIFIED = {"代理": ("an acting office", "acting", re.compile(
        r"\b(?:acting|interim|caretaker|provisional|temporar\w*|stand-in|deputi[sz]\w*|"
        r"in an acting capacity|pro tem\w*|ad interim)\b", re.I)),
                  "候任": ("an office not yet taken", "designate", re.compile(
        r"-(?:designate|elect)\b|\b(?:designate|elect|incoming|nominee|successor|in waiting|"
        r"next|future)\b", re.I))}
    # (the looser words of an office to come: "who will take office", "is to be China's next
    # ambassador"; they say it only where no word of a past office does: "The outgoing prime
    # minister will be sworn in")
    _TO_COME = re.compile(r"\b(?:new|to be|is to|will|would|due to|set to|named|nominated|"
                          r"appointed|succeed\w*|replac\w*|take (?:over|up)|taking (?:over|up)"
                          r")\b", re.I)
    _QUALIFIED_ZH = re.compile("(代理|候任)(?=((?:驻[^，。；：]{{1,6}}?)?(?:国家)?(?:{})))"
                               .format("|".join(zh for zh, _ in _FORMER_TITLES)))

    def _qualified(self, unit: LintUnit) -> Iterator[tuple[Finding, str]]:
        """代理 or 候任 before a title (`_QUALIFIED_ZH`) given as a plain office: the English
        has that title and no word of the qualifier, and the source gives the title to no
        one else (the acting minister beside the minister he stands in for)."""
        for m in self._QUALIFIED_ZH.finditer(unit.source):
            what, word, said = self._QUALIFIED[m.group(1)]
            if said.search(unit.target) or m.group(1) == "候任" and \
                    self._TO_COME.search(unit.target) and \
                    not self._FORMER_EN.search(unit.target):
                continue
            zh, english = next((zh, en) for zh, en in self._FORMER_TITLES
                               if re.search(rf"(?:{zh})$", m.group(2)))
            if len(re.findall(zh, unit.source)) > 1:
                continue
            title = english.search(unit.target)
            if title is not None:
                yield self.finding(unit, f"{m.group()}{m.group(2)} in the source is {what}; "
                                   f"the target has {_quote(title.group())} and no "
                                   f"“{word}”", Span("source", m.start(), m.end(2),
                                                     m.group() + m.group(2)),
                                   m.group() + m.group(2), None, "a qualified office said "
                                   "plain names another person: check the title against the "
                                   "source"), ""
                return

    # An envoy's direction turned (twenty-sixth round: 法国驻华大使 → "The Chinese Ambassador to
    # France", 日本驻华使馆 → "the Chinese Embassy in Japan"): A驻B with a mission or its head
    # after it, A and B countries the source names, and the English sends the envoy "to" or
    # "in" A (the country that sends) and nowhere to B (the host)
    _ENVOY_ZH = re.compile(r"(中国|我国|我|[\u4e00-\u9fff]{2,6}?)驻([\u4e00-\u9fff]{1,8}?)"
                           r"(?:大使馆|使馆|大使|总领事馆|总领馆|领事馆|总领事|领事|使团|代表团|代表处|"
                           r"常驻代表|临时代办|参赞|武官)")
    _ENVOY_EN = re.compile(r"\b(?:[Aa]mbassadors?|[Ee]mbass(?:y|ies)|[Cc]onsul(?:ates?)?"
                           r"(?:[- ][Gg]eneral)?|[Ee]nvoys?|[Mm]issions?|[Dd]elegations?|"
                           r"[Cc]harg[ée]s? d'[Aa]ffaires|[Cc]ounsell?ors?|[Aa]ttach[ée]s?|"
                           r"[Rr]epresentatives?) (?:to|in) (?:the )?([A-Z][\w.'’-]*"
                           r"(?: [A-Z][\w.'’-]*)*)")
    # (a country's adjective before a mission is the mission's sender, not where it is:
    # "Counsellor in the Chinese Embassy in Nairobi")
    _MISSION_WORD = re.compile(r"\b(?:Embass|Consul|Mission|Delegation|Office)")
    # the sender's adjective or name before its envoy or mission ("the Chinese Ambassador",
    # "Kenya's embassy")
    _ENVOY_OF = re.compile(r"\b([A-Z][\w-]*)(?:'s|’s)? (?:[Aa]mbassadors?|[Ee]mbass(?:y|ies)|"
                           r"[Cc]onsul(?:ates?)?(?:[- ][Gg]eneral)?|[Ee]nvoys?|"
                           r"[Cc]harg[ée]s? d'[Aa]ffaires)\b")

    @staticmethod
    def _country_zh(zh: str) -> str | None:
        """The country or city (by `_PLACES`' name) that a span of the source ends with
        (据法国: France), China for 中国, 我国, 华."""
        if zh.endswith(("中国", "我国", "我", "华", "中华人民共和国")):
            return "China"
        return next((name for name, said, _, _ in _PLACES
                     if any(m.end() == len(zh) for m in said.finditer(zh))), None)

    def _country_en(self, en: str) -> str | None:
        if self._CHINA_EN.match(en):
            return "China"
        return next((name for name, _, english, _ in _PLACES if english.match(en)), None)

    def _envoy(self, unit: LintUnit) -> Iterator[tuple[Finding, str]]:
        """A驻B's envoy or mission sent, in the English, to A (`_ENVOY_ZH`, `_ENVOY_EN`), or
        given the adjective of B, where it is received (`_ENVOY_OF`: 埃塞俄比亚驻华大使 "the
        Chinese Ambassador"). One country of the pair may be one the tables do not know
        (肯尼亚): it is neither sender nor host of the English, only a place the English may
        rightly name (twenty-seventh round)."""
        senders, hosts = set(), set()
        unknown = False  # a host of the source the tables do not know
        for m in self._ENVOY_ZH.finditer(unit.source):
            a, b = self._country_zh(m.group(1)), self._country_zh(m.group(2))
            if a == b:
                return  # (both unknown, or one country: which is which would be a guess)
            unknown = unknown or b is None
            senders.add(a)
            hosts.add(b)
        senders.discard(None)
        hosts.discard(None)
        if not senders and not hosts:
            return
        wrong = None
        for m in self._ENVOY_EN.finditer(unit.target):
            if self._MISSION_WORD.search(m.group(1)):
                continue
            to = self._country_en(m.group(1))
            if to in hosts or (to is None and unknown):
                return  # (a name the tables do not know may be the unknown host's)
            if to in senders and wrong is None:
                wrong = m
        said = "sends the envoy to the country the source sends from"
        if wrong is None:
            wrong = next((m for m in self._ENVOY_OF.finditer(unit.target)
                          if (who := self._country_en(m.group(1))) in hosts
                          and who not in senders), None)
            said = "makes the envoy one of the country the source sends it to"
        if wrong is not None:
            yield self.finding(unit, f"{_quote(wrong.group())} in the target {said} (A驻B: "
                               "from A to B)",
                               Span("target", wrong.start(), wrong.end(), wrong.group()),
                               None, None, "an envoy's direction turned: check which country "
                               "sends and which receives"), ""

    # 应X邀请 (X the host who invites) and its English, "at the invitation of X", "invited by X"
    _INVITED_ZH = re.compile(r"应([^，。；：！？,;]{1,30}?)(?:的)?(?:盛情)?邀请")
    _INVITED_EN = re.compile(r"\b(?:at|on|upon) the (?:[a-z]+ )?invitation of |\binvited by ",
                             re.I)
    _INVITER_END = re.compile(r"[,.;:!?()]|\s(?:to|and|for|who)\s+[a-z]")

    def _invitation(self, unit: LintUnit) -> Iterator[tuple[Finding, str]]:
        """应X邀请 with the roles swapped: the English invited by a party the source names only
        outside 应…邀请 (the guest), while the host it names only inside is given elsewhere
        (应李华邀请，王明访问该校 → "At the invitation of Wang Ming, Li Hua visited"). Parties are
        people, by the pinyin of their names, and both a guest in the phrase and the host out of
        it are needed. Not countries: 应中华人民共和国国务院总理李强邀请 "At the invitation of
        Premier … of the People's Republic of China" names China, a guest's 中国 elsewhere."""
        from tifa.tm import align_names

        zh = self._INVITED_ZH.search(unit.source)
        en = self._INVITED_EN.search(unit.target)
        if zh is None or en is None or self._INVITED_ZH.search(unit.source, zh.end()) \
                or self._INVITED_EN.search(unit.target, en.end()):
            return  # one invitation each: which phrase renders which would be a guess
        end = self._INVITER_END.search(unit.target, en.end())
        phrase = (en.end(), end.start() if end else len(unit.target))
        host = zh.group(1)
        if host.endswith("政府"):  # a country's government invites (应中国政府邀请)
            yield from self._invited_by_country(unit, zh, phrase)
            return
        rest = unit.source[:zh.start(1)] + "\n" + unit.source[zh.end(1):]
        guest_in = host_out = None
        for m in self._NAME.finditer(unit.target):  # people, by the pinyin of their names
            key = m.group(1).lower() + m.group(2).lower().replace("-", "")
            if m.group(1).lower() not in self._SURNAMES:
                continue
            inside = phrase[0] <= m.start() < phrase[1]
            hosts, guests = align_names.spells(host, key), align_names.spells(rest, key)
            if hosts == guests:
                continue
            if inside and guests:
                guest_in = guest_in or m
            elif not inside and hosts:
                host_out = host_out or m
        if host_out is not None and guest_in is None and \
                not re.fullmatch(r"[\s,]*", unit.target[phrase[1]:host_out.start()]):
            # (a guest with no pinyin name: "At the invitation of Brazilian Foreign Minister
            # Silva, State Councilor Wang Liping will visit"; not "… of his counterpart, Wang")
            guest_in = self._named(unit.target, *phrase, host)
        if guest_in is not None and host_out is not None and not any(
                phrase[0] <= m.start() < phrase[1] for m in re.finditer(
                    re.escape(host_out.group()), unit.target)):
            yield self.finding(unit, f"{_quote(guest_in.group())} is the one who invites in the "
                               f"target, where the source has {zh.group()} ({host} invites)",
                               Span("target", guest_in.start(), guest_in.end(),
                                    guest_in.group()), zh.group(), None,
                               "a party turned round: check who invited whom"), ""

    # a country's government by its adjective or its name ("the Jordanian government", "the
    # Government of Jordan")
    _GOVERNMENT_OF = re.compile(r"\b([A-Z][a-z]+(?:ian|ese|ish|an|i|ic)) [Gg]overnment\b|"
                                r"\b[Gg]overnment of (?:the )?([A-Z][\w'’-]+)")
    _STATE_FORM = re.compile("(?:共和国|王国|联邦|合众国|民主共和国|人民共和国)?政府$")
    _CAPITALISED = re.compile(r"\b[A-Z]")

    def _invited_by_country(self, unit: LintUnit, zh: re.Match,
                            phrase: tuple[int, int]) -> Iterator[tuple[Finding, str]]:
        """应X政府邀请 (twenty-seventh round) whose English invitation is another country's:
        "At the invitation of the Egyptian government" for 应中国政府邀请. Both countries must
        be known to the tables (China, `_PLACES`); a country the English names beside the
        source's own is no swap."""
        inviter = self._country_zh(self._STATE_FORM.sub("", zh.group(1)))
        if inviter is None:
            return
        named = [(who, m) for m in self._CAPITALISED.finditer(unit.target, *phrase)
                 if (who := self._country_en(unit.target[m.start():phrase[1]]))]
        if any(who == inviter for who, _ in named):
            return
        if named:
            start = named[0][1].start()
        else:  # a government the tables do not know ("the Jordanian government")
            start = next((g.start(k) for g in self._GOVERNMENT_OF.finditer(unit.target, *phrase)
                          for k in (1, 2) if g.group(k)
                          and g.group(k).lower() not in self._TITLE_WORDS), None)
            if start is None:
                return
        word = re.match(r"[\w'’-]+", unit.target[start:]).group()
        yield self.finding(unit, f"{_quote(word)} is the one who invites in the target, where "
                           f"the source has {zh.group()} ({inviter} invites)",
                           Span("target", start, start + len(word), word), zh.group(),
                           None, "a party turned round: check who invited whom"), ""

    # the words of titles, offices and address a party's name stands among ("Brazilian
    # Foreign Minister Silva"): what is left capitalised is a name
    _TITLE_WORDS = frozenset("""
        the his her their its mr mrs ms madam dr he she they minister president premier vice
        deputy foreign state councilor councillor governor mayor professor chairman chairwoman
        chair secretary general director head ambassador prime executive chief party
        committee council people's national provincial municipal city county province
        government delegation republic his excellency h.e. at on upon invitation of by
        """.split())
    _CAPITAL = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z'’]+\b")
    _STRETCH = re.compile(r"[^\s,]+(?:[^,]*[^\s,])?(?:,[^,]*[^\s,])*")

    def _named(self, target: str, start: int, end: int, host: str) -> re.Match | None:
        """The stretch of `target` between `start` and `end` (spaces and commas round it left
        out) if it has a capitalised word that is no title, no sentence's first word and
        nothing the Chinese `host` names: a party named whose name is not pinyin ("Brazilian
        Foreign Minister Silva", "Osaka Governor Yamada")."""
        if any(m.group().lower() not in self._TITLE_WORDS and not _known(host, m.group())
               for m in self._CAPITAL.finditer(target, start, end)):
            return self._STRETCH.search(target, start, end)
        return None

    # 会见: the one before it receives the one after it (a host and a guest); the English's
    # active "met", "received" with the host after it and another party before it turns them
    _MEETS_ZH = re.compile(r"([^，。；：！？]{2,40}?)(?:会见|接见)了?([^，。；：！？]{2,60})")
    _MEETS_EN = re.compile(r"\b(?:met|meets|received|receives)\b(?: with\b)?")
    _PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$")
    # "met" (not "received") told from the guest's side, the English saying who visits
    _GUEST_VISIT = re.compile(r"\b(?:his|her|their)\s+(?:[\w-]+\s+){0,2}visit\b", re.I)

    def _meeting(self, unit: LintUnit) -> Iterator[tuple[Finding, str]]:
        """X会见Y with host and guest swapped: the English's subject of "met" or "received"
        (active) is a party the source names after 会见, while the host it names before 会见
        stands only after the verb (省长陈建华会见了赵明 → "Zhao Ming met Governor Chen
        Jianhua"). The host is a person, by pinyin; the guest by pinyin or, if foreign, by any
        capitalised name that is no title. Passives ("was received by") are the right way."""
        from tifa.tm import align_names

        zh = self._MEETS_ZH.search(unit.source)
        verb = self._MEETS_EN.search(unit.target)
        if zh is None or verb is None or self._MEETS_ZH.search(unit.source, zh.end()) or \
                self._PASSIVE.search(unit.target, max(0, verb.start() - 20), verb.start()):
            return
        host, guest = zh.group(1), zh.group(2)
        start = max((m.end() for m in re.finditer(r"[.!?;]\s", unit.target[:verb.start()])),
                    default=0)
        host_after = subject = None
        for m in self._NAME.finditer(unit.target):
            key = m.group(1).lower() + m.group(2).lower().replace("-", "")
            if m.group(1).lower() not in self._SURNAMES:
                continue
            hosts, guests = align_names.spells(host, key), align_names.spells(guest, key)
            if hosts == guests:
                continue
            if hosts and m.start() < verb.start():
                return  # the host is the subject, or named before the verb
            if hosts:
                host_after = host_after or m
            elif start <= m.start() < verb.start():
                subject = subject or m
        if host_after is None or unit.target[verb.end():host_after.start()].count(".") or \
                re.search(r"\bby\s+(?:\S+\s+){0,4}$", unit.target[:host_after.start()]):
            return
        subject = subject or self._named(unit.target, start, verb.start(), host)
        if subject is not None and verb.group().startswith("me") and \
                self._GUEST_VISIT.search(unit.target, verb.end()):
            return  # the guest's own paper: "Wong met Premier Li … during his visit to China"
        if subject is not None:
            yield self.finding(unit, f"{_quote(subject.group())} receives in the target "
                               f"({_quote(verb.group())}), where the source has "
                               f"{_quote(zh.group(), 30)} (the one before 会见 receives)",
                               Span("target", subject.start(), subject.end(),
                                    subject.group()), zh.group(), None,
                               "a party turned round: check who received whom"), ""

    # A比B多: the party after 比 is the basis of the comparison, and the comparative's sense
    # (more, or fewer) in both languages; 甲, 乙 … are "A", "B" … (甲村 "Village A")
    _THAN_ZH = re.compile(r"[^，。；：！？,;]*?(?<![对相无好评排])"
                          r"比(?![赛例较重如方分拼肩值率照喻拟])"
                          r"([^，。；：！？,;]{1,12}?)(?:还|更|要|略|稍|远)?"
                          r"([多高大强快长早好少低小弱慢短晚差])")
    _THAN_EN = re.compile(r"\bthan\s+([^,.;:!?()]{1,40})")
    _MORE_EN = re.compile(r"\b(?:more|higher|greater|larger|bigger|faster|longer|stronger|"
                          r"earlier|older|better|exceed\w*|outnumber\w*)\b", re.I)
    _LESS_EN = re.compile(r"\b(?:fewer|less|lower|smaller|slower|shorter|weaker|later|younger|"
                          r"worse|lag\w*|trail\w*)\b", re.I)
    _LETTERS = (("甲", "A"), ("乙", "B"), ("丙", "C"), ("丁", "D"))

    @classmethod
    def against_first(cls, m: re.Match, phrase: str) -> re.Match | None:
        """In `phrase`, the English after "than", the party the source's comparison `m`
        (`_THAN_ZH`'s) puts before 比 and not after it, if it names it: the comparison said
        from the other side."""
        from tifa.tm import align_names

        source = m.string
        before, basis = source[m.start():m.start(1) - 1], m.group(1)
        parties = [(zh, rf"\b(?:{en})\b") for _, zh, en in cls._GIVERS] + \
            [(zh, rf"\b{en}\b") for zh, en in cls._LETTERS]
        if any(re.search(zh, basis) and re.search(en, phrase) for zh, en in parties):
            return None
        turned = [re.search(en, phrase) for zh, en in parties
                  if re.search(zh, before) and not re.search(zh, basis)]
        turned += [n for n in cls._NAME.finditer(phrase)
                   if n.group(1).lower() in cls._SURNAMES and (key := (
                       n.group(1) + n.group(2)).lower().replace("-", "")) and
                   align_names.spells(before, key) and not align_names.spells(basis, key)]
        return next((t for t in turned if t is not None), None)

    def _compared(self, unit: LintUnit) -> Iterator[tuple[Finding, str]]:
        """A比B多 turned round: the English measures against the party the source puts before
        比, in the same sense (甲村的游客比乙村多 → "Village B received more tourists than
        Village A"); "Village B received fewer … than Village A" says it rightly."""

        m = self._THAN_ZH.search(unit.source)
        if m is None:
            return
        basis = m.group(1)
        more_zh = m.group(2) in "多高大强快长早好"
        for than in self._THAN_EN.finditer(unit.target):
            ahead = unit.target[max(0, than.start() - 60):than.start()]
            more, less = self._MORE_EN.search(ahead), self._LESS_EN.search(ahead)
            if bool(more) == bool(less) or bool(more) != more_zh:
                continue  # no sense, both, or the other sense (said from the other side)
            said = self.against_first(m, than.group(1))
            if said is None:
                continue
            start = than.start(1) + said.start()
            yield self.finding(unit, f"{_quote(said.group())} is the basis of the comparison "
                               f"in the target, where the source has {m.group().strip()} "
                               f"(measured against {basis})",
                               Span("target", start, start + len(said.group()), said.group()),
                               m.group(), None, "a comparison turned round: check which side "
                               "has more"), ""
            return

    def _direction(self, unit: LintUnit) -> Iterator[tuple[Finding, str]]:
        """One party of the source giving to another, turned round: 中国向吉尔吉斯斯坦捐赠 →
        "Kyrgyzstan donated … to China". Only where the source names the giver nowhere else
        as the one given to (对中方, 向中方 …), and the target gives to the giver and never to
        the party the source gives to."""
        m = self._GIVES.search(unit.source)
        if m is None:
            return
        giver, taker = (next(p for p in self._GIVERS if re.fullmatch(p[1], side))
                        for side in m.groups())
        if giver == taker or re.search(f"[对向给同与和为]({giver[1]})", unit.source):
            return
        to = r"\b(?:to|for|towards?) (?:the )?(?:{})"
        wrong = re.search(to.format(giver[2]), unit.target)
        if wrong and not re.search(to.format(taker[2]), unit.target):
            yield self.finding(unit, f"{_quote(wrong.group())} in the target, where the source "
                               f"has {m.group()} ({giver[0]} gives to {taker[0]})",
                               Span("target", wrong.start(), wrong.end(), wrong.group()),
                               m.group(), None, "a party turned round: check who does what to "
                               "whom"), ""

    # A place's level (河南省 → "Henan city", 兰考县 → "Lankao City"): a province, city or
    # county named in pinyin whose name the source gives with another level and never with
    # this one
    _LEVELS = {"city": "市", "province": "省", "county": "县", "municipality": "市"}
    _LEVEL_ZH = re.compile("[省市县]")
    _LEVEL_EN = re.compile(r"\b([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?) ((?i:city|province|county|"
                           r"municipality))\b")

    def _levels(self, unit: LintUnit) -> Iterator[tuple[Finding, str]]:
        from tifa.tm import align_names

        source = unit.source
        for m in self._LEVEL_EN.finditer(unit.target):
            # (陕西 is spelt "Shaanxi" to tell it from 山西)
            key = m.group(1).lower().replace(" ", "").replace("-", "").replace("shaanxi",
                                                                                "shanxi")
            if not align_names.syllables(key):
                continue
            named = [source[z.start() - k:z.end()] for z in self._LEVEL_ZH.finditer(source)
                     for k in (2, 3, 4)
                     if z.start() >= k and align_names.reads_as(source[z.start() - k:z.start()],
                                                               key)]
            if named and all(n[-1] != self._LEVELS[m.group(2).lower()] for n in named):
                given = named[0]
                yield self.finding(unit, f"{_quote(m.group())} in the target, where the "
                                   f"source has {given}",
                                   Span("target", m.start(), m.end(), m.group()), given, None,
                                   "a place's level changed (省 province, 市 city, 县 county): "
                                   "check it against the source"), ""
                return

    # a part of a place by its quarter (东部, 西北部, 以南, 南岸 …; not 北部湾, the Beibu Gulf,
    # nor 河北部分 "parts of Hebei", nor 以东盟为中心 "ASEAN-centred"), and the English
    # quarters ("eastern", "north-west", "southward")
    _COMPASS_ZH = re.compile("[东西南北]{1,2}(?:部(?![湾分])|侧|面|边|岸|翼|端|段|线|郊|麓|方向)|"
                             "以[东西南北](?!盟)")
    _COMPASS_EN = re.compile(r"\b(?:(north|south)-?(east|west)?|(east|west))"
                             r"(?:ern|erly|wards?)?\b", re.I)
    _QUARTER = {"东": "east", "西": "west", "南": "south", "北": "north"}
    _OPPOSITE = {"东": "西", "西": "东", "南": "北", "北": "南"}

    def _compass(self, unit: LintUnit) -> Iterator[tuple[Finding, str]]:
        """A quarter turned round (东部沿海 → "the western coast", 以北 → "south of"): the
        source names a quarter and nowhere its opposite, the target says the opposite and
        not the quarter."""
        said: dict[str, re.Match] = {}
        for m in self._COMPASS_EN.finditer(unit.target):
            for word in m.groups():
                if word:
                    said.setdefault(word.lower(), m)
        for m in self._COMPASS_ZH.finditer(unit.source):
            for quarter in m.group().strip("以"):
                if quarter not in self._QUARTER:
                    break
                other = self._OPPOSITE[quarter]
                turned = said.get(self._QUARTER[other])
                if turned is not None and self._QUARTER[quarter] not in said and \
                        other not in unit.source:
                    yield self.finding(unit, f"{m.group()} in the source is "
                                       f"{_quote(turned.group())} in the target, the opposite "
                                       "quarter", Span("target", turned.start(), turned.end(),
                                                       turned.group()), m.group(), None,
                                       "a wrong place: check the direction"), ""
                    return

    def _unspelled(self, unit: LintUnit, ctx: Context) -> Iterator[tuple[Finding, str]]:
        if unit.alignment or not unit.source.strip() or ctx.chinese_target:
            return
        found = [*self._rank(unit, ctx), *self._party(unit, ctx)]
        if not found and "向" in unit.source:
            found = list(self._direction(unit))
        if not found and "邀请" in unit.source:
            found = list(self._invitation(unit))
        if not found and ("会见" in unit.source or "接见" in unit.source):
            found = list(self._meeting(unit))
        if not found and "比" in unit.source and "than" in unit.target:
            found = list(self._compared(unit))
        if not found:
            found = list(self._acts(unit))
        if not found and "前" in unit.source:
            found = list(self._former(unit))
        if not found and ("代理" in unit.source or "候任" in unit.source):
            found = list(self._qualified(unit))
        if not found and "驻" in unit.source:
            found = list(self._envoy(unit))
        if not found:
            found = list(self._china_lost(unit, ctx))
        if not found and self._COMPASS_ZH.search(unit.source):
            found = list(self._compass(unit))
        if not found and self._LEVEL_ZH.search(unit.source):
            found = list(self._levels(unit))
        if not found and self._SWAP_WORDS.search(unit.source):
            found = list(self._swaps(unit, ctx))
        elif any(f.span.side == "target" and f.term is not None and f.term.startswith(
                ("Vice", "Deputy")) for f, _ in found) and any(
                _OFFICE_ZH.search(unit.source, a, b) for a, b in term_gaps(unit, ctx)):
            found = []  # 国务委员 → "Vice Premier": term-missing reports the title
        yield from found
        from tifa.tm import align_names

        lowercase: set[str] | None = None  # the target's lowercase words, when first needed
        named: list[tuple[int, int]] | None = None  # the spans of rendered terms, likewise
        for m in self._NAME.finditer(unit.target):
            surname = m.group(1).lower()
            if surname not in self._SURNAMES:
                continue
            given = m.group(2).lower().replace("-", "")
            if lowercase is None:
                lowercase = set(_LOWER_WORD.findall(unit.target))
            if given in lowercase or given == "china" or \
                    not 1 <= align_names.syllables(given) <= 2:
                continue  # ("Shang and Zhou China", "Ming China": a dynasty's China)
            if align_names.spells(unit.source, surname + given) or _known(unit.source, m.group()) \
                    or (_SPACED_NAME.search(unit.source) and align_names.spells(
                        _SPACED_NAME.sub("", unit.source), surname + given)):
                continue
            before = self._NAME_BEFORE.search(unit.target, 0, m.start())
            if before and align_names.spells(unit.source, before.group(1).lower() + surname):
                continue  # 许静 "Xu Jing", a byline, and the next paragraph's "An exhibition …"
            if self._HEADS_ZH.search(unit.source) and ctx.matcher and \
                    self._HEADS_EN.search(unit.target, max(0, m.start() - 40), m.start()) and \
                    any(f"President {m.group()}" in r for e in ctx.matcher.entries
                        for r in e.accepted):
                continue  # (a president the glossary knows: not "Presidents Lula and Li Qiang")
            if named is None:
                named = [span for _, spans in _rendered_terms(ctx, unit.target, self._names,
                                                              relaxed=True)
                         for span in spans] if ctx.matcher else []
            if any(a <= m.start() and m.end() <= b for a, b in named):
                continue  # the name's own words: 两个维护 spelled out names Xi Jinping
            unnamed = self.finding(unit, f"{_quote(m.group())} is not a name of the source",
                                   Span("target", m.start(), m.end(), m.group()), m.group(),
                                   None, "a wrong person is named: check the name against the "
                                   "source")
            unnamed.moved = ("name", surname + given)
            yield unnamed, surname + given


    @classmethod
    def _names(cls, entry: Entry) -> bool:
        """Whether an accepted rendering of `entry` spells a person's name (a spelled-out 两个维护
        names Xi Jinping, whom the source does not)."""
        return _a_rendering(entry, "names", lambda r: any(
            m.group(1).lower() in cls._SURNAMES for m in cls._NAME.finditer(r)))


_LOWER_WORD = re.compile(r"\b[a-z]+\b")
# a two-character name spaced to the width of three, as bylines and lists of names print it
# (本报记者　王　洁): one space between two single characters standing alone
_SPACED_NAME = re.compile(r"(?<=(?<![\u4e00-\u9fff])[\u4e00-\u9fff])[ \u3000]"
                          r"(?=[\u4e00-\u9fff](?![\u4e00-\u9fff]))")


def _known(source: str, name: str) -> bool:
    """Whether a dictionary word of `source` is glossed with the words of `name` (香港 →
    Hong Kong, 孔子 → Confucius is no pinyin anyway)."""
    from tifa.tm.base import dictionary

    keys = set(dictionary.en_keys(name))
    return any(keys <= glosses for glosses in _source_glosses(source))


def _glossed(source: str, phrase: str) -> bool:
    """Whether each content word of `phrase` glosses a dictionary word of `source`: the
    English says what the Chinese says (重要组成部分 → "important part")."""
    from tifa.tm.base import dictionary

    keys = set(dictionary.en_keys(phrase))
    return bool(keys) and keys <= frozenset().union(*_source_glosses(source))


def _clause_keys(chinese: str) -> set[str]:
    """The gloss keys of a Chinese clause, each cut to four letters (stems differ: "supply"
    and "supp")."""
    return {key[:4] for glosses in _source_glosses(chinese) for key in glosses}


def _english_keys(english: str) -> set[str]:
    """The content-word keys of an English clause, cut as `_clause_keys` cuts them."""
    from tifa.tm.base import dictionary

    return {key[:4] for key in dictionary.en_keys(english)}


def _source_glosses(source: str, numerals: bool = True) -> list[frozenset[str]]:
    """The dictionary glosses (English keys) of each word of `source`'s Chinese (without the
    numerals' if not `numerals`: 5万 is "50,000", and 万's "great" no word of the English)."""
    from tifa.tm.base import dictionary

    lex = dictionary.lexicon()  # each run apart: 涉港、南海 is no 港南
    return [lex.get(word, frozenset()) for run in HAN_RUN.findall(source)
            for word in dictionary.segment(run, lex)
            if numerals or not _NUMERAL_WORD.fullmatch(word)]


_NUMERAL_WORD = re.compile("[零〇一二两三四五六七八九十百千万亿]+")


_SENTENCE_EN = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’)]\s))[A-Z\"“][^.!?]{19,}[.!?]")
_SENTENCE_ZH = re.compile(r"[^。！？]{4,}[。！？]")
_TWO_SENTENCES = re.compile(r"[.!?]\s+\S")


def repeated_sentence(source: str, target: str) -> re.Match | None:
    """The second copy of a sentence the target says twice (a paste repeated) where the
    source says no sentence twice: `addition`'s, and no figure of it is `number-mismatch`'s."""
    if len(target) < 40 or not _TWO_SENTENCES.search(target):
        return None
    seen: set[str] = set()
    for m in _SENTENCE_EN.finditer(target):
        key = " ".join(m.group().lower().split())
        if key in seen:
            said = [s.group() for s in _SENTENCE_ZH.finditer(source)]
            return m if len(said) == len(set(said)) else None
        seen.add(key)
    return None


# a sentence of the English after another (not after "Mr.", "U.S.", "No."): the place an added
# sentence is glued on
# (the stop first, the lookbehinds after it: the engine skips to candidate characters)
_NEXT_SENTENCE = re.compile(r"[.!?](?<![A-Z][.!?])(?<!\b(?:Mr|Ms|Dr|No|St|Jr|Sr|vs)[.!?])"
                            r"(?<!\bMrs[.!?])[\"”’)]?\s+(?=[A-Z\"“])")
_ADDED_WORDS = 3  # content words of an added sentence, none of them the source's
_ADDED_SOURCE = 40  # Chinese characters of a sentence too short to be said in several


def added_sentence(source: str, target: str) -> tuple[int, int] | None:
    """The span of a whole sentence the English adds to a short one-sentence source: one of
    two or more, of _ADDED_WORDS content words or more, with no figure (in digits or in
    words), no quotation and no
    word that glosses a word of the source the rest does not render, beside sentences that
    do ("… on bilateral relations. They also signed a memorandum on tourism." for
    双方就双边关系交换了意见。). A sentence of background added (align/fresh's feature,
    fresh6's itglue) is one too. Twenty-first round."""
    from tifa.tm.base import dictionary

    if not _NEXT_SENTENCE.search(target) or _SENTENCE_END_ZH.search(source.rstrip("。！？!?.… ”"))\
            or not 0 < sum(map(len, HAN_RUN.findall(source))) <= _ADDED_SOURCE:
        return None
    cuts = [0, *(m.end() for m in _NEXT_SENTENCE.finditer(target)), len(target)]
    spans = [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if target[a:b].strip()]
    glosses = [{key[:4] for key in word} for word in _source_glosses(source, numerals=False)]
    keys = set().union(*glosses)
    lone = [(a, b) for a, b in spans if not re.search(r"[\d\"“”]", target[a:b])
            # (nor a figure in words: "That's a little over a trillion US dollars.", the
            # number check's to judge)
            and not any(not is_soft(q) for q in extract_en(target[a:b]))
            and len(words := _english_keys(target[a:b])) >= _ADDED_WORDS
            and not words & keys - _rendered_elsewhere(glosses, target, (a, b))]
    if len(lone) != 1 or len(spans) < 2:
        return None
    a, b = lone[0]
    rest = _english_keys(target[:a] + " " + target[b:])
    if any((keys := _clause_keys(clause)) and not keys & rest
           for clause in re.split("[，；：、]", source)):
        return None  # a clause the rest does not render may be the one it renders freely
    if any(_spelt(source, m.group()) or dictionary.en_keys(m.group()) and
           _known(source, m.group())
           for m in re.finditer(r"(?<=\w )[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)*", target[a:b])):
        return None  # it names someone or somewhere the source names
    return a, len(target[:b].rstrip())


def _rendered_elsewhere(glosses: list[set[str]], target: str, span: tuple[int, int]
                        ) -> set[str]:
    """The other gloss keys of the source's words the target renders outside `span`: such a
    gloss in the span meets the source by chance (农村 rendered "rural" before, its "village"
    in an added sentence is no rendering; a word said again in the same gloss, "year" and
    "the third year", is no chance)."""
    rest = _english_keys(target[:span[0]] + " " + target[span[1]:])
    return set().union(*(word - rest for word in glosses if word & rest))


def _spelt(source: str, name: str) -> bool:
    """Whether the source spells `name` (pinyin) with its Chinese characters."""
    from tifa.tm import align_names

    return align_names.spells(source, "".join(name.lower().split()).replace("-", ""))


_SENTENCE_END_ZH = re.compile(r"[。！？]")
_WORD_EN = re.compile(r"[A-Za-z0-9][\w'’-]*")
_CLAUSE_WORDS = 7  # words of a clause said twice (the words of "the two sides" recur freely)
_SMALL_WORDS = frozenset("the a an of and or to in on at for with by as that this is are was "
                         "were be has have had will its their it".split())
_TWICE_ZH = re.compile(r"([\u4e00-\u9fff]{3,}).*?\1", re.S)


def repeated_clause(source: str, target: str) -> tuple[int, int] | None:
    """The span of the second copy of a clause the target says twice within a sentence or
    beside it (_CLAUSE_WORDS words or more, four of them not small words: "After the talks,
    the two heads of state met the press, and after the talks the two heads of state …"), or
    None; also None where the source repeats a run of three characters or more itself (a
    parallel the English may keep)."""
    if len(target) < 60:
        return None
    words = [w.lower() for w in _WORD_EN.findall(target)]  # (counted as `spans` below)
    # a run said twice repeats each of its words: most units repeat too few to hold one
    if len(words) - len(set(words)) < _CLAUSE_WORDS:
        return None
    seen: dict[tuple[str, ...], int] = {}
    for i, gram in enumerate(zip(*(words[k:] for k in range(_CLAUSE_WORDS)),
                                     strict=False)):
        first = seen.setdefault(gram, i)
        if first + _CLAUSE_WORDS <= i and \
                sum(w not in _SMALL_WORDS for w in gram) >= 4:
            if _TWICE_ZH.search(source):
                return None
            n = _CLAUSE_WORDS  # the copy as far as it goes on
            while i + n < len(words) and first + n < i and words[first + n] == words[i + n]:
                n += 1
            spans = [m.span() for m in _WORD_EN.finditer(target)]
            return spans[i][0], spans[i + n - 1][1]
    return None


class _AlignmentCheck(Check):
    """Base of the checks on what the aligner found: most units (all of a TMX, XLIFF, PO or
    CSV draft) have nothing for them, and skip the generator. A subclass names the aligner's
    `kind` of unit it reports and says what to write about it in `describe`."""

    kind = ""

    def prepare(self, unit: LintUnit, ctx: Context):
        return list(self.run(unit, ctx)) if unit.alignment else []

    def describe(self, unit: LintUnit) -> tuple[str, Span | None, str]:
        """The message, the span it points at and the advice."""
        raise NotImplementedError

    def run(self, unit: LintUnit, ctx: Context) -> Iterator[Finding]:
        if unit.alignment != self.kind:
            return
        message, span, hint = self.describe(unit)
        yield self.finding(unit, message, span, None, None, hint)


class Omission(_AlignmentCheck):
    code = "omission"
    kind = "omission"
    severity = "error"
    title = "Chinese with no English counterpart (plain-text drafts: a sentence or paragraph " \
        "left out)"
    example = "世界需要一个和谐的中亚。…(the whole paragraph) — nothing in the English"

    def describe(self, unit: LintUnit) -> tuple[str, Span | None, str]:
        where = f" (the English resumes at {unit.target_location})" if unit.target_location \
            else ""
        return (f"no translation of {_quote(unit.source, 50)}{where}",
                Span("source", 0, len(unit.source), unit.source),
                "translate the passage, or mark a deliberate cut in a note")

    def run(self, unit: LintUnit, ctx: Context) -> Iterator[Finding]:
        for finding in super().run(unit, ctx):
            # a sentence of figures whose figures another unit's English adds (a paper's
            # lead "…, as the two countries mark 36 years of diplomatic ties" for
            # 今年是中新建交36周年。) was moved there (`settle_moved`)
            # (a paragraph of any length whose terms another unit's English gives was moved
            # there too: a partner's readout that puts its own minister first)
            finding.moved = ("omitted",) if len(unit.source) <= MOVED_SENTENCE else \
                ("paragraph",)
            yield finding


# a series of the source (和平、发展、公平、正义; 能源、交通、农业和卫生), and the English list
# that renders one ("peace, development and justice", "A, B, and C"): short items only
_ITEM_ZH = "[\u4e00-\u9fff“”《》·A-Za-z0-9]+"
_SERIES_ZH = re.compile(f"{_ITEM_ZH}(?:、{_ITEM_ZH}){{2,}}")
_AND_ZH = re.compile("(?<![共温缓总调柔随饱])和(?![平谐睦解衷])|以及|(?<![以涉普危])及(?![时早格])|"
                     "(?<![参给授赋])与(?![会其])")
_LIST_EN = re.compile(r"(?:[\w'’-]+(?: [\w'’-]+){0,3}, )+(?:[\w'’-]+(?: [\w'’-]+){0,3},? )?"
                      r"(?:and|or) (?=[\w'’-])")
# what parts items in English: a comma, a semicolon, a slash, "and", "or", "as well as" …
_PARTS_EN = re.compile(r",|;|/|&|\b(?:and|or|nor|plus|as well as|along with|together with)\b")
# the 等 that closes a series, before the word it classes (等方面, 等领域) or a stop
_SERIES_END = re.compile("等(?=方面|领域|行业|部门|环节|地区|国家|单位|方式|问题|工作|内容|措施|"
                         "项目|产品|服务|[，。；：]|$)")
# what closes a list with no item of the series: 等 said "and other fields", "and so on"
_OTHERS_EN = re.compile(r"\b(?:and|or) (?:other|others|so on|the like|similar)\b")


def series_cut(source: str, target: str,
               terms: list[tuple[int, int]]) -> tuple[re.Match, re.Match] | None:
    """A series of four or more items in the source that the target lists with one item
    fewer, having too few commas and "and"s anywhere to hold them all: an item dropped
    (和平、发展、公平、正义 → "peace, development and justice"). Not a series of modifiers
    (开放、包容、普惠、平衡、共赢的方向: translators merge such adjectives, "beneficial for
    all"), nor one inside a glossary term (`terms`: term-missing's), nor a list's number (一、)."""
    if "、" not in source:
        return None
    bound = len(_PARTS_EN.findall(target)) + 1 - len(_OTHERS_EN.findall(target))
    for series in _SERIES_ZH.finditer(source):
        items = series.group().split("、")
        # (the series ends at its 等: 职业技能培训等方面享有与户籍人口同等的… holds no "and")
        closed = _SERIES_END.search(items[-1])
        last = items[-1][:closed.start()] if closed else items[-1]
        n = len(items) + (_AND_ZH.search(last) is not None) - \
            (re.fullmatch("[一二三四五六七八九十]+", items[0]) is not None)
        if n < 4 or bound >= n or re.match("[^的]{1,4}的", items[-1]) or \
                any(a < series.end() and series.start() < b for a, b in terms):
            continue
        for listed in _LIST_EN.finditer(target):
            said = listed.group()
            others = _OTHERS_EN.match(target, listed.end() - len(said.rsplit(" ", 2)[-2]) - 1)
            if said.count(",") + (others is None) + (not said.endswith(", and ") and
                                                    not said.endswith(", or ")) == n - 1:
                return series, listed
    return None


# a speaker and a verb of saying or thinking that open the source (王刚表示，…; 专家认为，…;
# 据X介绍，…), before a comma or colon, and the English of any attribution: a verb of saying
# or thinking, "according to", "in … view", a quotation
_SPEAKER_ZH = re.compile("^(?:[^，。；：“”]{1,12}，)?(?P<who>[^，。；：“”、]{1,24}?)(?:表示|指出|"
                         "强调|(?<![据听所俗小来是再如者么白实单话])说|(?<![声宣])称|认为|介绍|透露|宣布|坦言|直言|"
                         "回应|提到|告诉[^，。；：]{1,12})[，：:]")
_SAYS_EN = re.compile(
    r"\b(?:sa(?:id|ys?|ying)|t(?:old|ells?)|not(?:ed|es?)|stress\w*|point\w* out|"
    r"according|add(?:ed|s)?|stat(?:ed|es?)|declar\w*|announc\w*|believ\w*|argu\w*|"
    r"explain\w*|remark\w*|comment\w*|observ\w*|emphasi[sz]\w*|underlin\w*|underscor\w*|"
    r"highlight\w*|insist\w*|maintain\w*|claim\w*|report\w*|reveal\w*|disclos\w*|"
    r"views?|opinion|think\w*|thought|feel\w*|felt|consider\w*|contend\w*|"
    r"(?:held|holds?) (?:that|the)|"
    r"assert\w*|affirm\w*|reiterat\w*|made clear|makes? clear|mention\w*|recall\w*|"
    r"acknowledg\w*|admit\w*|confirm\w*|warn\w*|urg\w*|press(?:ed|es)|call\w*|expect\w*|"
    r"hop(?:e|es|ed)|"
    r"put it|goes|quot\w*|cit\w*|brief\w*|introduc\w*|inform\w*|respond\w*|repl\w*|"
    r"answer\w*|spoke|speak\w*|speech|statement|words|express\w*|voic\w*|describ\w*|"
    r"estimat\w*|predict\w*|forecast\w*|judg\w*|assess\w*|conclud\w*|sees?|saw|"
    r"convinced|sure|certain|agree\w*|recogni[sz]\w*|understand\w*|show\w*|find\w*|"
    r"found|suggest\w*|indicat\w*|per|for (?:him|her|them|us|me)|in (?:his|her|their|our|my|"
    r"its) (?:eyes|mind)|attribut\w*|put (?:\w+ ){1,6}down to)\b|[:“\"]", re.I)


_NO_SPEAKER = re.compile("谁|能|可以|应该|应当|不得不|怎|难道|岂")


def speaker_dropped(source: str, target: str) -> re.Match | None:
    """The speaker and verb of saying that open the source (王刚表示，新政策将于明年实施) where
    the English attributes nothing to anyone — no verb of saying or thinking, no "according
    to", no quotation — and names no word of the speaker: a claim made the translator's own
    ("The new policy will take effect next year"). "He said" for a name given before, "the
    official told reporters", "In the view of experts" keep the attribution."""
    said = _SPEAKER_ZH.match(source)
    # (据介绍: no one named, an attribution news copy may drop; 谁又能说, 可以说, 不得不说: a
    # question or a manner of speaking, no speaker; an empty target is untranslated's)
    if said is None or said.group("who") == "据" or _NO_SPEAKER.search(said.group("who")) \
            or not target.strip() or _SAYS_EN.search(target):
        return None
    from tifa.tm import align_names
    from tifa.tm.base import dictionary

    who = said.group("who")
    glosses = set().union(*_source_glosses(who))
    # the speaker kept as the subject (双方表示，将… "The two sides will …"; 中方宣布 "China
    # will …", 美方 "The US …"; 王刚 "Wang Gang …")
    if any(dictionary.stem(w) in glosses for w in re.findall(r"[A-Za-z]{3,}", target)) or \
            NameMismatch._CHINA_ZH.search(who) and NameMismatch._CHINA_EN.search(target) or \
            any(zh.search(who) and en.search(target) for _, zh, en in NameMismatch._OTHERS) or \
            any(align_names.spells(who, (a + b).lower().replace("-", ""))
                for a, b in NameMismatch._NAME.findall(target)):
        return None
    return said


class PartialOmission(Check):
    code = "partial-omission"
    severity = "warning"
    title = "plain-text drafts: a part of a Chinese sentence with no English (one half of a " \
        "sentence split in two, or a clause inside it, dropped); any draft: an item of a " \
        "series left out, or the speaker of a claim (王刚表示，… with no attribution)"
    example = "哈中永久全面战略伙伴关系进入新的黄金时期，助力两国经济社会可持续发展… → only " \
        "“… is entering a new golden age.”"

    def run(self, unit: LintUnit, ctx: Context) -> Iterator[Finding]:
        if unit.untranslated is None:
            cut = None if unit.alignment or ctx.chinese_target else \
                series_cut(unit.source, unit.target, [] if ctx.matcher is None or
                           "、" not in unit.source else
                           [(hit.start, hit.end) for hit in ctx.zh_hits()])
            said = speaker_dropped(unit.source, unit.target) if cut is None and \
                not unit.alignment and not ctx.chinese_target else None
            if said is not None and not any(a < said.end("who") and said.start("who") < b
                                            for a, b in term_gaps(unit, ctx)):
                who = said.group("who")  # (a glossary term dropped is term-missing's)
                yield self.finding(unit, f"{_quote(said.group()[:-1], 40)} in the source has "
                                   "no attribution in the target, which states the claim as "
                                   "its own", Span("source", said.start("who"), said.end() - 1,
                                                   said.group()[:-1]), None, None,
                                   f"keep the speaker ({who}) and the verb of saying")
            if cut is not None:
                series, listed = cut
                yield self.finding(unit, f"the series {_quote(series.group(), 40)} has an item "
                                   f"more than the target's list {_quote(listed.group(), 40)}",
                                   Span("source", series.start(), series.end(),
                                        series.group()), None, None,
                                   "an item of the series left out? compare by eye")
            return
        a, b = unit.untranslated
        part = unit.source[a:b]
        message = f"nothing in the English seems to translate {_quote(part, 40)}" \
            if b - a < len(unit.source) else "the English is less than half as long as this " \
            "document's translations usually are for so much Chinese"
        hint = "a sentence split in two with one half lost? compare by eye" \
            if a == 0 or b == len(unit.source) else "a clause left out? compare by eye"
        number = list_item(part)
        if b - a < len(unit.source) and ends_as_heading(part):
            message = f"the heading {_quote(part, 40)} has no English"
            hint = "a title or section heading left out? compare by eye"
        if number is not None:
            message = f"the list item {_quote(part, 40)} has no “{ordinal_en(number)}” " \
                "in the English, where the document's other items have theirs"
            hint = "its translation left out, or the list's numbering broken: compare by eye"
        finding = self.finding(unit, message, Span("source", a, b, part), None, None, hint)
        if b - a < len(unit.source) and unit.target_location is not None:
            finding.moved = ("clause",)  # (a wire's lead may say it: `settle_moved`)
        yield finding


class Addition(_AlignmentCheck):
    code = "addition"
    kind = "addition"
    severity = "warning"
    title = "English with no Chinese counterpart (a translator's note, an added sentence)"
    example = "“(Translator's note: Chang'an was the capital of the Han and Tang dynasties.)”"

    def describe(self, unit: LintUnit) -> tuple[str, Span | None, str]:
        return (f"{_quote(unit.target, 50)} translates nothing in the source",
                Span("target", 0, len(unit.target), unit.target),
                "an added note or sentence: keep it only if the client wants it")

    # a wire's credit line, its byline at the end: "(Reporting by …; Editing by …)"
    _CREDIT = re.compile(r"[\s(\[—–-]*(?:(?:Additional\s+)?(?:Reporting|Writing|Editing|"
                         r"Compiled|Edited|Produced)(?:\s+and\s+\w+)?\s+by\b[^()\[\]]*)"
                         r"[)\]]?\s*")

    # a closing line naming the story the translation renders, as a brief or a club's report
    # moves the Chinese dateline and byline (本报北京11月20日电（记者 周明远）, 本报讯（记者 林晓）)
    # to its end: "Source: a newspaper report from Beijing, 20 November (reporter Zhou …).",
    # "(From a report by Lin Xiao in the local paper.)" (genres16; it says no news of its own:
    # "Source: officials say 40 died." says news, and is still reported); a log's or a
    # note's, without its article: "Source: local press report (He Jing, Qian Wei)." (genres17)
    _SOURCE = re.compile(r"\s*[(\[]?(?:Sources?\s*:\s*|(?:(?:Adapted|Translated|Taken)\s+"
                         r"from|From|Based\s+on)\s+)(?:(?:an?|the)\s+)?(?:[\w'’-]+\s+){0,4}?"
                         r"(?:report|article|story|notice|announcement|release|bulletin|"
                         r"dispatch)\b(?:[\s,]+(?:by|from|in|of|on|dated|published)\b"
                         r"[^.!?:;()]{0,70})*(?:\s*\([^()]{0,40}\))?[)\]]?\.?[)\]]?\s*")

    # an opinion page's line on who wrote it, at its end or under the byline: "The writer is
    # China's Ambassador to Kenya." (the byline's title, which the source gives above)
    _TAGLINE = re.compile(r"\s*[(\[*_]*(?:The|This)\s+(?:writer|author|columnist)s?\s+(?:is|are)\s"
                          r"[^.!?]*[.!]?[)\]*_]*\s*")

    # a site's own lead-in to the list that follows, said to its readers and ending in a
    # colon: "Here's the summary for our swimmers and parents:", "Key points for members:"
    # (genres14; a sentence that says something after its colon is still reported, and so is
    # an LLM's preamble on its own work, "Here is the English translation of the article:")
    _LEAD_IN = re.compile(r"\s*(?:Here(?:'s|’s|\s+is|\s+are)\s|(?:The\s+)?(?:key\s+points|"
                          r"highlights|main\s+points|summary|details)\b)"
                          r"(?![^:.]*\b(?:translat\w*|English|Chinese|version|rendering)\b)"
                          r"[^.!?:\d]{0,70}:\s*"
                          # (or one clause ending in a stop: "Here are the answers to the
                          # questions we hear most.", an FAQ's; genres15)
                          r"|\s*Here\s+(?:is|are)\s"
                          r"(?![^.]*\b(?:translat\w*|English|Chinese|version|rendering)\b)"
                          r"[^.!?:;,\d]{0,60}\.\s*", re.I)

    # a programme's sign-off, a broadcast's or a podcast's script's last line to its
    # listeners: "That's it for today. We're back tomorrow.", "Thanks for listening." (one
    # that says news of its own, "That's all: 40 died.", is still reported)
    _SIGN_OFF = re.compile(
        r"(?:\s*(?:That(?:'s|’s|\s+is)\s+(?:it|all)(?:\s+for\s+(?:today|now|tonight|this\s+"
        r"(?:week|episode|edition|bulletin)))?|Thanks?(?:\s+you)?(?:\s+(?:so|very)\s+much)?\s+"
        r"for\s+(?:listening|watching|reading|joining\s+us)|(?:We(?:'re|’re|\s+are|'ll|’ll|\s+will)"
        r"(?:\s+be)?|I(?:'ll|’ll|\s+will)(?:\s+be)?)\s+back\s+(?:tomorrow|next\s+week|soon|"
        r"on\s+[A-Z][a-z]+day)|See\s+you\s+(?:tomorrow|next\s+(?:time|week)|then)|"
        r"(?:Good\s*bye|Bye)(?:\s+for\s+now)?)[.!]?\s*)+", re.I)

    @staticmethod
    def _greeting(target: str) -> bool:
        """A letter's greeting alone on its line ("Dear parents,", "Dear colleagues:"): a
        letter's form, which a house that writes its news as a letter adds (genres: a school's
        letter to parents); a greeting that goes on to say something is still reported."""
        m = EN_CALL.match(target)
        return m is not None and not target[m.end():].strip()

    def prepare(self, unit: LintUnit, ctx: Context):
        # a unit the aligner doubts may be one whose English says a sentence twice: the
        # repetition is the finding, not the doubt (`AlignmentDoubtful` then keeps silent)
        if unit.alignment == self.kind:
            if credit_line(unit.target) or self._TAGLINE.fullmatch(unit.target) or \
                    self._LEAD_IN.fullmatch(unit.target) or self._greeting(unit.target) or \
                    self._SIGN_OFF.fullmatch(unit.target):
                return []
            found = list(self.run(unit, ctx))
            for finding in found:
                finding.moved = ("sentence",)  # (a doubted neighbour may say it: `settle_moved`)
            return found
        return list(self._repeated(unit))

    def _repeated(self, unit: LintUnit) -> Iterator[Finding]:
        m = repeated_sentence(unit.source, unit.target)
        if m is not None:
            yield self.finding(unit, f"{_quote(m.group(), 50)} is said twice in the target; "
                               "the source says it once",
                               Span("target", m.start(), m.end(), m.group()), None, None,
                               "a sentence pasted twice: delete the repetition")
            return
        span = repeated_clause(unit.source, unit.target)
        if span is not None:
            again = unit.target[span[0]:span[1]]
            yield self.finding(unit, f"{_quote(again, 50)} is said twice in the target; the "
                               "source says it once", Span("target", *span, again), None, None,
                               "a clause translated twice: delete the repetition")
            return
        span = added_sentence(unit.source, unit.target)
        if span is not None:
            added = unit.target[span[0]:span[1]]
            yield self.finding(unit, f"{_quote(added, 50)} translates nothing in the source",
                               Span("target", *span, added), None, None,
                               "an added sentence: keep it only if the client wants it")


class AlignmentDoubtful(_AlignmentCheck):
    code = "alignment-doubtful"
    kind = "doubtful"
    severity = "warning"
    title = "a stretch the aligner could not pair with confidence: term and number checks " \
        "are not run on it"
    example = "a reordered paragraph whose sentences match nothing one to one"

    def run(self, unit: LintUnit, ctx: Context) -> Iterator[Finding]:
        if repeated_sentence(unit.source, unit.target) is None:  # else `addition`'s
            yield from super().run(unit, ctx)

    def describe(self, unit: LintUnit) -> tuple[str, Span | None, str]:
        return ("the aligner is not confident that this English translates this Chinese; "
                "terms and figures were not checked here", None, "compare the passage by eye")


def lead_in(text: str) -> bool:
    """Is `text` a site's own lead-in to the list that follows ("Here is what changes for
    us:", `Addition._LEAD_IN`)?"""
    return Addition._LEAD_IN.fullmatch(text) is not None


def credit_line(text: str) -> bool:
    """Is `text` a line crediting the story a translation renders, its byline or its dateline
    moved to the end ("(Reporting by …)", "Source: a newspaper report from Beijing, 20 November
    (reporter …).")?"""
    return bool(Addition._CREDIT.fullmatch(text) or Addition._SOURCE.fullmatch(text))


CHECKS: dict[str, type[Check]] = {c.code: c for c in (
    TermMissing, TermDeprecated, TermInconsistent, SegmentInconsistent, NumberMismatch,
    Untranslated, Punctuation, TmMismatch, Negation, Reversal, NameMismatch, Omission,
    PartialOmission, Addition, AlignmentDoubtful)}


def make_checks(config) -> list[Check]:
    """The checks `config` selects, in a fixed order."""
    return [cls() for code, cls in CHECKS.items() if config.enabled(code)]
