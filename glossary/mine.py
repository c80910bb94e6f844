"""Mining candidate formulations (提法) from merged segments: ranking, learning, output.

A terminologist wants the fixed expressions of a corpus (守望相助, 三股势力, 全球安全倡议,
鲁班工坊) and none of its fragments (运共同体, 带一路) or everyday words (我们, 中方, 记者).
No single statistic separates these, so many signals are gathered for every candidate and a
small logistic model learnt from the curated glossary ranks them (docs/mining.md).

The work is split by job:

* `mine_words`: word lists and shape rules (`fold`, `acceptable`, `generic`);
* `mine_lexicon`: CC-CEDICT evidence (names, common words, idioms, verbs);
* `mine_background`: general Chinese as background (wordfreq);
* `mine_counts`: n-gram counts; `mine_spans`, `mine_structure`: candidates and evidence that
  need no repetition; `mine_scan`: the occurrence pass; `mine_signals`: the signals;
* `mine_gather`: candidates with their signals (`Evidence`);
* `mine_model`: the logistic model; `mine_eval`: held-out evaluation; `mine_store`: archives;
* this module: `rank`, `learn`, `mine` and `write_candidates`, the API the CLI and `tifa build` use.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import IO, Any

from tifa.glossary.entry import Entry, Glossary
from tifa.glossary.mine_background import background
from tifa.glossary.mine_counts import MAX_N
from tifa.glossary.mine_gather import (
    SCAN_CHARS,
    Context,
    Evidence,
    corpus_min_freq,
    distinct,
    gather,
    gather_counted,
    scan_step,
)
from tifa.glossary.mine_model import (
    Model,
    coordinated,
    family_words,
    fit,
    glossary_words,
    load_model,
    text_key,
)
from tifa.glossary.mine_signals import veto
from tifa.glossary.mine_structure import LIST_CLAUSE, listed_series, patterned_series
from tifa.glossary.mine_words import (
    CHUNK,
    GENERIC_TAILS,
    HOLDERS,
    IS_CHUNK,
    JOINERS,
    LEFT_PIECES,
    ONE_CHINA,
    PLACE_ENDS,
    QUANTIFIERS,
    SENTENCE_LEADS,
    SENTENCE_WORDS,
    TIME_WORDS,
    acceptable,
    fold,
    generic,
    head_word,
    heads_only,
    lead_merged,
    unmarked,
)
from tifa.tm.base import VERSION
from tifa.tm.base.files import TifaError, tsv_row
from tifa.tm.base.pool import no_gc
from tifa.tm.base.progress import Progress
from tifa.tm.base.script import to_simplified
from tifa.tm.base.text import match_key

# The names `glossary.mine_store`, `glossary.mine_eval` and the CLI import from here.
__all__ = [
    "FORMATS", "SCAN_CHARS", "Candidate", "Context", "Evidence", "acceptable", "corpus_min_freq",
    "display", "fold", "gather", "gather_counted", "generic", "glossary_labels", "learn", "mine",
    "rank", "scan_step", "write_candidates", "_CHUNK", "_distinct",
]
_CHUNK, _distinct = CHUNK, distinct


FORMATS = ("tsv", "json", "yaml")


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
    code: str = ""  # letters or digits shown in front (`glue_codes`); zh without them is counted

    def to_dict(self) -> dict[str, Any]:
        return {
            "zh": self.zh, "score": round(self.score, 4), "freq": self.freq, "docs": self.docs,
            "signals": {k: round(v, 4) for k, v in self.signals.items()},
            "contexts": [{"text": c.text, "file": c.file, "line": c.line} for c in self.contexts],
            "in_glossary": self.in_glossary, "inside": self.inside, "contains": self.contains,
        }


def display(s: str) -> str:
    """The printed form: 共建"一带一路" → 共建“一带一路”."""
    return re.sub(r'"([^"]*)"', "“\\1”", s) if '"' in s else s


@lru_cache(maxsize=1 << 17)  # each candidate's key is asked for by rank and by each rule
def _key(text: str) -> str:
    return unmarked(match_key(text))


@no_gc()  # a row of signals per candidate: see `no_gc`
def rank(ev: Evidence, model: Model | None = None, glossary: Glossary | None = None,
         new_only: bool = False, top: int | None = 100) -> list[Candidate]:
    """Score the candidates of `ev` with the model (shipped weights by default), best first,
    each with the longer and shorter candidates it nests with.

    With a glossary, the fragments of its forms are left out (`glossary_view`), and with
    `new_only` its forms too, after the pieces have given way (`settle`): a piece gives way
    to its name whether or not the glossary has the name (对|丝路精神, 今年|天津峰会 and
    一个|合作共赢 leave with 丝路精神, 天津峰会, 合作共赢), so the list is the full ranking
    less what the glossary covers, in the same order."""
    model = model or load_model()
    terms, formulations = _keys_by_category(glossary) if glossary else (set(), set())
    gkeys = terms | formulations  # every form of every entry
    rows = [ev.with_vocabulary(i, model) for i in range(len(ev.zh))]
    out: list[Candidate] = []
    scores = model.scores(rows).tolist()
    for i, (g, p, v) in enumerate(zip(rows, scores, map(veto, rows), strict=True)):
        s = ev.zh[i]
        score = p * v
        ctx = ev.contexts[i]
        shown = _as_written(display(s), ctx[0].text) if ctx else display(s)
        out.append(Candidate(shown, score, ev.freq[i], ev.docs[i], g, ctx))
    # ties in the same order whichever script the corpus is written in
    out.sort(key=lambda c: (-c.score, -c.freq, to_simplified(c.zh)))
    out = settle(out)
    if gkeys:
        def covered(k: str) -> bool:  # a series row is known where each of its items is
            return k in gkeys or ("、" in k and all(x in gkeys for x in k.split("、") if x))

        for c in out:  # as shown: a row with its code (`glue_codes`) may be a form too
            c.in_glossary = covered(_key(c.zh))
        out = known_in_phrases(out, formulations, gkeys)
        out = glossary_view(out, covered, new_only)
        out = field_terms_last(out, terms)
    shown = out[:top] if top else out
    # among the best-ranked (nesting with every candidate of a long list costs n²)
    link_nesting(shown, out[:max(300, 3 * top)] if top else out[:300])
    return shown


def _keys_by_category(glossary: Glossary) -> tuple[set[str], set[str]]:
    """Match keys of the forms the glossary files only as everyday terms of a field (category
    `term`; a form another entry has as a formulation is not one), and of the formulations
    (every other entry). Read once per ranking (`rank`)."""
    term: set[str] = set()
    other: set[str] = set()
    for category, keys in zip(glossary.categories, glossary.zh_keys, strict=True):
        (term if category == "term" else other).update(map(unmarked, keys))
    return term - other, other


def field_terms_last(ranked: list[Candidate], terms: set[str]) -> list[Candidate]:
    """The forms the glossary files only as everyday terms of a field (category `term`:
    中小企业, 生物安全, 无偿援助) go after every other candidate, in their order: the
    terminologist has read them and said they are no formulations, so they take no place a
    new formulation could have (twenty-eighth round). The fit already counts them as
    negatives (`learn`); this is the same decision at ranking time, for the weights' errors.
    `terms`: those forms' match keys (`_keys_by_category`)."""
    if not terms:
        return ranked
    last = [c for c in ranked if _key(c.zh) in terms]
    return [c for c in ranked if _key(c.zh) not in terms] + last if last else ranked


def known_in_phrases(ranked: list[Candidate], formulations: set[str],
                     gkeys: set[str]) -> list[Candidate]:
    """A formulation the glossary has, with a word of its sentence after it and no head word
    of a family at the end (数字中国|建设, 中非合作论坛|成果, 接诉即办|改革, 国家水网|相衔接,
    中国空间站|还), gives way to the formulation, as `drop_generic_tail` does for a name the
    ranking found: the longer one is left out, and the formulation takes its place if it
    ranked below. The entry covers it; the terminologist has the name and the sentence
    makes the rest (thirtieth round). The word after is short (one to three characters: a
    longer rest is a name of its own, 山水林田湖草沙|一体化保护和修复). A longer one ending
    in a family's head word (中央八项规定|精神, 亲诚惠容|理念) or a zone named after it
    (民族团结进步|示范区) is a name of its own and stays, and so does what the text marks
    (quoted, a title) and what the glossary has itself (健康中国行动 is an entry). 目标 is
    the goal the formulation sets, no name of its own (碳达峰碳中和|目标, 亚太共同体|目标:
    thirty-first round), and 原则 the principle it states (巴人治巴|原则: thirty-second round).
    Entries of category `term` are no formulations to give way to (粮食安全|合作). A
    relationship the glossary names after a pair of countries (`_scoped`: 中俄|新时代全面战略
    协作伙伴关系) gives way to the relationship the same way, and where that is no row of its
    own, the row is renamed to it (thirty-first round). `formulations`: the match keys of
    the entries of other categories, `gkeys` of every entry (`_keys_by_category`)."""
    keys = [_key(c.zh) for c in ranked]
    at = {k: i for i, k in reversed(list(enumerate(keys)))}
    moved: set[int] = set()
    out = []
    for i, (c, k) in enumerate(zip(ranked, keys, strict=True)):
        if i in moved:
            continue
        j = None
        if c.score > 0 and k not in gkeys and not _marked(c) \
                and (not head_word(k) or k.endswith(("目标", "原则"))) and not k.endswith("区"):
            j = next((at[k[:n]] for n in range(len(k) - 1, max(1, len(k) - 4), -1)
                      if k[:n] in formulations and k[:n] in at), None)
        elif c.score > 0 and k not in gkeys and _scoped(k, formulations) \
                and _key(c.zh[2:]) == k[2:]:
            if k[2:] not in at:  # the level shown as the row, the scoped name nested
                c.contains.append(c.zh)
                c.zh, c.in_glossary = c.zh[2:], True
                out.append(c)
                continue
            j = at[k[2:]]
        if j is None or j in moved or ranked[j].score <= 0:
            out.append(c)
        elif j > i:
            moved.add(j)
            ranked[j].contains.append(c.zh)
            out.append(ranked[j])
        else:
            ranked[j].contains.append(c.zh)
    return out


def _scoped(k: str, formulations: set[str]) -> bool:
    """Is `k` two countries in one word and a relationship the glossary names, of eight
    characters or more (哈中|永久全面战略伙伴关系, 中俄|新时代全面战略协作伙伴关系)? The level
    of a relationship is the formulation; the pair is the sentence's. A shorter one is named
    with its pair (中阿战略伙伴关系, 中欧绿色伙伴关系: thirty-first round)."""
    return "中" in k[:2] and len(k) >= 10 and k[2:] in formulations and k.endswith("伙伴关系") \
        and IS_CHUNK.match(k[:2]) is not None


def settle(ranked: list[Candidate]) -> list[Candidate]:
    """The pieces of sentences and of names that the ranking leaves give way (the rules that
    follow the model's order: `drop_attached`, `drop_generic_tail`, `give_way_inside`,
    `drop_person_clauses`, `drop_saying_lines`), series shown as one row (`show_series`)
    and codes glued in front of names shown with them (`glue_codes`)."""
    return glue_codes(show_series(drop_verb_led(drop_saying_lines(drop_person_clauses(
        give_way_inside(drop_generic_tail(drop_attached(ranked))))))))


# Letters and digits glued in front of a name (21世纪海上丝绸之路, GEP进规划、进考核、进决策,
# APEC贸易部长会议), and what starts a count instead: a unit or a measure word (2024年,
# 30家企业, 5万余人).
_CODE_BEFORE = re.compile(r"(?<![0-9A-Za-z.])[0-9A-Za-z][0-9A-Za-z.]{0,5}$")
_COUNTED = frozenset("年月日号时分秒周天万亿千百元个岁名位次届期余多家项条批所座间户件台套种类倍"
                     "场轮份辆架艘部本篇处张片块根只头支大米吨亩克斤度人")


def glue_codes(ranked: list[Candidate]) -> list[Candidate]:
    """A row that follows the same letters or digits in every occurrence is shown with them
    (世纪海上丝绸之路 → 21世纪海上丝绸之路): candidates are runs of Chinese characters, and
    the code is part of the name. Not where the row starts with a unit or a measure word (a
    count: 2024|年度报告) or is marked (a quote starts after its mark). Read from the
    contexts, so only where they show every occurrence (at most three), as `show_series`.
    Thirtieth round."""
    for c in ranked:
        if c.score <= 0 or not c.contexts or len(c.contexts) < c.freq or c.zh[0] in _COUNTED \
                or not CHUNK.match(c.zh):
            continue
        codes: set[str] = set()  # the code before each occurrence, "" where there is none
        for ctx in c.contexts:
            before = [ctx.text[max(0, m.start() - 7):m.start()]
                      for m in re.finditer(re.escape(c.zh), ctx.text)]
            codes.update((m.group(0) if (m := _CODE_BEFORE.search(b)) else "") for b in before)
            if not before:
                codes.add("")  # an occurrence the context does not show as written
            if "" in codes or len(codes) > 1:
                break
        if len(codes) == 1 and "" not in codes:
            c.code = codes.pop()
            c.zh = c.code + c.zh
    return ranked


def drop_verb_led(ranked: list[Candidate]) -> list[Candidate]:
    """A verb of the sentence in front of a name (发布|中华文明探源工程, 日发布|…, 推广|“共富
    工坊”: signal `verb_lead`, the length of the lead with the verb) is no part of it: the
    row gives way to the name right after the verb (not 元首会晤|机制: 机制 alone is no name,
    and 会晤机制 holds the verb) where the name
    ranks above it and occurs at least as often (every occurrence of the row is one of the
    name's), and is nested under it. The name is the row's end that is a name of its own: one
    with a head word or one the text marks (quoted, a title). Where the name ranks below, the
    row stays (moving names up lost more than it won: mine25), and a name the verb makes
    (共建“一带一路”, where 共建 is no verb of the dictionary) is not touched. Twenty-seventh
    round (mine27)."""
    at: dict[str, int] = {}
    for i, c in enumerate(ranked):
        at.setdefault(_key(c.zh), i)
    out = []
    for i, c in enumerate(ranked):
        lead = round(c.signals.get("verb_lead", 0.0))
        if c.score > 0 and lead > 0 and not _marked(c):
            name = _key(c.zh)[lead:]
            j = at.get(name)
            if j is not None and j < i and ranked[j].score > 0 and ranked[j].freq >= c.freq \
                    and (head_word(name) or _marked(ranked[j])):
                ranked[j].contains.append(c.zh)
                continue
        out.append(c)
    return out


_QUOTED_SERIES = re.compile(r"[“\"]([^“”\"，。；：！？\n]*、[^“”\"，。；：！？\n]*)[”\"]")


def show_series(ranked: list[Candidate]) -> list[Candidate]:
    """The items of a patterned series (`patterned_series`: 供得出、流得动、用得好, 严的基调、
    严的措施、严的氛围) or of a list of compounds (`listed_series`: 平等相待、真诚互助、亲如一家,
    thirty-first round) are shown as one row, the series, where every occurrence of them is in
    it: the row takes the place of the best-ranked item (or of the series, where it is a
    candidate already and ranks above), with its score, and the items are nested under it
    (`contains`). An item the text uses elsewhere too, a marked one (quoted, a title) and one
    with a head word (全球发展倡议 of a list of the three initiatives) keep their rows: they
    are names of their own. Read from the contexts, so only where they show every occurrence
    (at most three), as `drop_saying_lines`. Twenty-seventh round (mine27)."""
    found: dict[str, list[tuple[int, int, str]]] = {}  # context → its series (start, end)
    bg = background()

    def spans(text: str) -> list[tuple[int, int, str]]:
        out = found.get(text)
        if out is None:
            out = found[text] = []
            if "、" in text:
                # each clause of a list (across quote marks, as `mine_structure` reads lists),
                # and a quoted part of it on its own (坚持“不破行政隶属、打破行政
                # 边界”: the clause's first item would be 上海青浦 of a list before it)
                clauses = [(m.start(), m.group(0)) for m in LIST_CLAUSE.finditer(text)]
                clauses += [(m.start(1), m.group(1)) for m in _QUOTED_SERIES.finditer(text)]
                for at, clause in clauses:
                    if items := patterned_series(clause, bg) or listed_series(clause, bg):
                        whole = "、".join(items)
                        start = at + clause.find(whole)
                        if (start, start + len(whole), whole) not in out:
                            out.append((start, start + len(whole), whole))
        return out

    def series_of(c: Candidate) -> str | None:
        if c.score <= 0 or not c.contexts or len(c.contexts) < c.freq or _marked(c) \
                or "、" in c.zh or head_word(_key(c.zh)):
            return None
        out = None
        for ctx in c.contexts:
            here = spans(ctx.text)
            if not here:
                return None
            at = [x.start() for x in re.finditer(re.escape(c.zh), ctx.text)]
            for x in at:
                whole = next((w for a, b, w in here if a <= x and x + len(c.zh) <= b), None)
                if whole is None or out not in (None, whole):
                    return None
                out = whole
        return out

    series = {i: s for i, c in enumerate(ranked) if (s := series_of(c))}
    if not series:
        return ranked
    at = {_key(c.zh): i for i, c in reversed(list(enumerate(ranked)))}
    rows: dict[str, Candidate] = {}
    for i, s in series.items():
        c = ranked[i]
        row = rows.get(s)
        if row is None:
            j = at.get(_key(s))
            row = rows[s] = (ranked[j] if j is not None else Candidate(
                s, c.score, c.freq, c.docs, {**c.signals, "series": 1.0}, c.contexts))
        row.freq, row.docs = max(row.freq, c.freq), max(row.docs, c.docs)
        row.score = max(row.score, c.score)
        row.contains.append(c.zh)
    out: list[Candidate] = []
    placed: set[str] = set()
    for i, c in enumerate(ranked):
        s = series.get(i, c.zh)  # an item, or the series as a candidate of its own
        if s not in rows:
            out.append(c)
        elif s not in placed:
            placed.add(s)
            out.append(rows[s])
    return out


def drop_generic_tail(ranked: list[Candidate]) -> list[Candidate]:
    """A name followed by a generic noun of running text (先学先行|活动, 中吉乌铁路|项目)
    gives way to the name, as a piece of context on the left does (`drop_attached`): where
    the name ranks above or occurs more often, the longer one is left out; where it ranks
    below, it takes the longer one's place (its evidence is the name's: 先学先行 occurs
    only in 先学先行活动). The name must be a candidate that the ranking keeps; quoted
    names and titles keep what they hold (“…活动” as printed is a name)."""
    bg = background()
    at: dict[str, int] = {}  # as printed: a name and the longer one are printed alike
    for i, c in enumerate(ranked):
        at.setdefault(c.zh, i)
    moved: set[int] = set()
    out = []
    for i, c in enumerate(ranked):
        if i in moved:
            continue
        j = None
        if c.score > 0 and to_simplified(c.zh[-2:]) in GENERIC_TAILS and not _marked(c):
            words = bg.split(fold(_key(c.zh)))
            if len(words) >= 2 and words[-1] in GENERIC_TAILS:
                j = at.get(c.zh[:-2])
        if j is None or j in moved or ranked[j].score <= 0:
            out.append(c)
        elif j > i and ranked[j].freq <= c.freq:
            moved.add(j)
            out.append(ranked[j])
    return out


# A quoted span with a break of its own inside: a verse or a saying of several lines.
_QUOTED = re.compile(r"[“\"「『‘]([^“”\"「」『』‘’\n]{2,40})[”\"」』’]")
_LINE_BREAK = re.compile(r"[，。；！？,;!?]")
# The longest line of a verse or a saying (five or seven characters a line of verse, four to
# six a saying's: 付出就有回报，播种就能收获); a quote with a longer line is someone's words,
# the direct speech of news (“……也看到了工匠精神打造的精品赛事。”), not lines to leave out.
SAYING_LINE = 8


def drop_saying_lines(ranked: list[Candidate]) -> list[Candidate]:
    """A line of a quoted verse or saying (“长安复携手，再顾重千金”, “只要功夫深，土里出黄金”)
    is a piece of a sentence, not a formulation: left out where every occurrence is one. The
    saying as a whole is the glossary's concern (an entry with its rendering). Read from the
    contexts, so only where they show every occurrence (at most three)."""
    sayings: dict[str, list[tuple[int, int]]] = {}  # context → its quoted spans with a break

    def spans(text: str) -> list[tuple[int, int]]:
        found = sayings.get(text)
        if found is None:
            found = sayings[text] = [
                m.span(1) for m in _QUOTED.finditer(text) if _LINE_BREAK.search(m.group(1))
                and max(map(len, _LINE_BREAK.split(m.group(1)))) <= SAYING_LINE]
        return found

    def line_only(c: Candidate) -> bool:
        if not c.contexts or len(c.contexts) < c.freq or _marked(c):
            return False
        for ctx in c.contexts:
            quoted = spans(ctx.text)
            if not quoted:
                return False
            at = [m.start() for m in re.finditer(re.escape(c.zh), ctx.text)]
            if not at or not all(any(a <= x and x + len(c.zh) <= b for a, b in quoted)
                                 for x in at):
                return False
        return True

    return [c for c in ranked if c.score <= 0 or not line_only(c)]


def drop_person_clauses(ranked: list[Candidate]) -> list[Candidate]:
    """A person's name followed by what is no head word is the start of a clause, not a name
    (路红卫|详细 in 路红卫详细了解…): left out. A person is a candidate that a title of a
    person stands beside (`name` between 0 and 1: names of CC-CEDICT are places as often)
    and that general Chinese does not know as a word (人大, 政府 stand beside titles too)."""
    bg = background()
    people = {k for c in ranked if 0 < c.signals.get("name", 0.0) < 1
              and bg.word_zipf(k := _key(c.zh)) <= 0}
    if not people:
        return ranked
    longest = max(map(len, people))
    firsts = {k[0] for k in people}

    def clause(c: Candidate) -> bool:
        if c.zh[:1] not in firsts:  # the key starts alike (a quote mark leads no name)
            return False
        k = _key(c.zh)
        return not head_word(k) and any(k[:n] in people
                                         for n in range(2, min(longest, len(k) - 1) + 1))

    return [c for c in ranked if c.score <= 0 or _marked(c) or not clause(c)]


def drop_attached(ranked: list[Candidate]) -> list[Candidate]:
    """A candidate that is another one with a piece of its context attached on the left gives
    way to that one: a function character or the end of the word before (对|丝路精神,
    以|西安峰会, 好|主题教育, 年|净土保卫战), a quantifier (一个|远离冲突), a word of time
    (今年|天津峰会) or a holder (全市|净土保卫战), where the rest is
    a candidate made of whole words. If the rest ranks above or occurs more often (also without
    the piece), the longer one is left out; if it ranks below, it takes the longer one's place
    (the evidence is its own). Names that start with a content character keep it (古丝绸之路,
    新时代, 跨里海国际运输走廊), and so do set phrases whose rest is no run of words
    (以文塑旅, 以人民为中心) — after a quantifier any rest is (一间|共富工坊, twenty-fifth
    round); 一个中国 is a name (一个中国原则).
    """
    bg = background()
    keys = [_key(c.zh) for c in ranked]
    at = {k: i for i, k in reversed(list(enumerate(keys)))}

    def rest_of(k: str) -> int | None:
        """The index of the candidate `k` is with a piece attached, if any."""
        simple = fold(k)  # the dash as in print: the background split has no "-"
        words = lead_merged(bg.split(simple))
        lead = words[0] if len(words) >= 2 else ""
        if lead not in QUANTIFIERS and k[:1] in LEFT_PIECES:
            lead = k[:1]
        rest = simple[len(lead):].lstrip("—")
        parts = bg.split(rest) if rest else []
        if lead and (lead in QUANTIFIERS or lead in LEFT_PIECES or lead in PLACE_ENDS
                     or lead in TIME_WORDS or lead in HOLDERS or lead in SENTENCE_LEADS) and rest \
                and not simple.startswith(ONE_CHINA) \
                and (lead in QUANTIFIERS or all(len(w) >= 2 for w in parts)) \
                and (len(parts) >= 2 or lead not in SENTENCE_WORDS):  # 中方|倡议: no name
            return at.get(k[len(lead):].lstrip("—-"))
        return None

    moved: set[int] = set()
    out = []
    for i in range(len(ranked)):
        if i in moved:
            continue
        # a chain of pieces gives way to the name at its end (以|今年|天津峰会 → 天津峰会)
        target, dropped = i, False
        while (j := rest_of(keys[target])) is not None and j not in moved:
            if j < i or ranked[j].freq > ranked[target].freq:
                dropped = True
                break
            moved.add(j)
            target = j
        if not dropped:
            out.append(ranked[target])
    return out


def give_way_inside(ranked: list[Candidate]) -> list[Candidate]:
    """A piece always inside a longer name gives way to it: the piece is left out, and the
    name takes its place if it ranked below (its evidence is the name's).

    The longer name must be one that the n-gram statistics cannot judge: marked by the text
    (quoted or a title: 中国—中亚文化和旅游之都 → not 旅游之都 or 中国—中亚文化), or longer than
    the longest counted n-gram (`MAX_N`: 习近平新时代中国特色社会主义思想 → not
    习近平新时代中国特色社会主义 or 时代中国特色社会主义, whose counts are all of their own);
    from such a long name only its start and the pieces cut inside a word give way, and a
    term inside it stays (中国特色社会主义).
    "Always" is read from the counts: the name occurs as often as the piece, or at least two
    times in three from ten occurrences on (a big corpus counts its long names in the scan
    sample, and damage to a long name in a copy leaves its pieces whole). Stay: a piece the
    text marks itself (丝绸之路经济带 inside 共建“丝绸之路经济带”), and the end of a name that
    names one of a family after its scope or a name after its modifier's 的
    (中国—中亚|能源发展伙伴关系, 更高水平的|中阿战略伙伴关系). A vetoed name takes nothing.
    """
    keys = [_key(c.zh) for c in ranked]
    at = {k: i for i, k in reversed(list(enumerate(keys)))}
    taken: dict[int, int] = {}  # piece → the name it gives way to
    for j, c in enumerate(ranked):
        name = keys[j]
        if c.score <= 0 or "“" in c.zh:
            continue
        if not (len(name) > MAX_N or _marked(c)):
            _give_way_below(ranked, keys, at, taken, j)
            continue
        for a in range(len(name)):
            for b in range(a + 2, len(name) + 1 - (a == 0)):
                i = at.get(name[a:b])
                if i is None or i in taken or _marked(ranked[i]) or "“" in ranked[i].zh:
                    continue
                if not _holds_all(c.freq, ranked[i].freq):
                    continue
                if b == len(name) and _names_on_its_own(name, a):
                    continue
                if _marked(c) and _listed_in_theme(name, a, b):
                    continue
                if not _marked(c) and a > 0 and not _cuts_a_word(name, a, b) \
                        and not _kind_at_end(name, a, b):
                    continue  # a term inside a long name (中国特色社会主义 in …思想) stays
                if not _marked(c) and a == 0 and b >= 4 and len(name) - b >= 4 \
                        and name[b:] in at and not heads_only(name[b:]) \
                        and len(head_word(name)) < 2:
                    continue  # two terms side by side, no name: 中华优秀传统文化|创造性转化
                taken[i] = j
    out: list[Candidate] = []
    placed: set[int] = set()
    for i in range(len(ranked)):
        j = i
        while j in taken:  # a chain of pieces ends at the longest name
            j = taken[j]
        if j != i:  # shown nested under the name it gave way to (`link_nesting` keeps it)
            ranked[j].contains.append(ranked[i].zh)
        if j not in placed:  # a piece's place goes to its name if that ranked below
            out.append(ranked[j])
            placed.add(j)
    return out


def _kind_at_end(name: str, a: int, b: int) -> bool:
    """Is name[a:b] the long name's kind, a word of two characters at most and the head word
    at its end (全球南方数字能力建设|伙伴计划, …|交流计划)? A name's kind names none of its
    own (thirty-first round)."""
    head = head_word(name)
    return b == len(name) and bool(head) and 0 < b - a - len(head) <= 2


def _listed_in_theme(name: str, a: int, b: int) -> bool:
    """Is name[a:b] an item of a list joined by 和/与/及 in a quoted theme with no head word
    (文明多样性 of “文明多样性与现代化道路”)? Such a quote is the subject of a meeting, not a
    name, and its items are terms of their own (thirtieth round); the parts of a quoted name
    still give way (中国—中亚文化 of “中国—中亚文化和旅游之都”)."""
    return (b - a >= 3 and (a == 0 or name[a - 1] in JOINERS)
            and (b == len(name) or name[b] in JOINERS)
            and (a > 0 or b < len(name)) and not head_word(name))


def glossary_view(ranked: list[Candidate], known: Callable[[str], bool],
                  new_only: bool = False) -> list[Candidate]:
    """What a ranking shows to a user whose glossary has the forms `known` (match keys): the
    start of such a form where it occurs only there is left out (全球发展 of 全球发展倡议,
    普惠包容 of 普惠包容的经济全球化, 贸易自由化 of 贸易自由化便利化): it is no term of its
    own but the name without its end, a fragment of a known term, and the entry covers it;
    so is its end after the dash of a joined scope (中国—|中亚峰会); with `new_only`, the
    forms themselves are left out too. The end of a form stays (元首会晤机制 in
    中国—中亚元首会晤机制, 对话机制 in 会晤和对话机制: a term after its scope, the issue's
    "term inside a longer name"), and so does what the text marks itself (quoted, a title)."""
    keys = [_key(c.zh) for c in ranked]
    pieces: dict[str, int] = {}  # piece of a known form → the most that form occurs
    for c, k in zip(ranked, keys, strict=True):
        if known(k):
            # its starts, and its end after the dash that joins two places into one scope
            # (中国—|中亚峰会: the scope is 中国—中亚, 中亚峰会 would be another meeting)
            for piece in [k[:n] for n in range(2, len(k))] + [
                    k[n + 1:] for n, ch in enumerate(k) if ch == "-"]:
                pieces[piece] = max(pieces.get(piece, 0), c.freq)
    return [c for c, k in zip(ranked, keys, strict=True)
            if (not new_only if known(k) else
                _marked(c) or not _holds_all(pieces.get(k, 0), c.freq))]


def _give_way_below(ranked: list[Candidate], keys: list[str], at: dict[str, int],
                    taken: dict[int, int], j: int) -> None:
    """The pieces of a name the statistics can judge that rank below it and occur only inside
    it (C-value: a nested string with no occurrence of its own has no termhood of its own):
    its end after a modifier that makes a name of it (中非合作论坛|北京峰会, 中华文明|探源工程,
    中非农业|科技创新联盟; a term after a scope or a kind stays: `_term_after`), and a piece
    inside it cut inside a word (中|非农业合作论坛), and the kind at its end where it is no
    term after a scope (`_only_its_kind`: 全球|发展倡议), and a piece that starts inside a
    name of its own at the name's start (`_cuts_a_name`: 中非|合作论坛北京峰会). The name must
    start where names start in most of its occurrences (not 日|发布…); its start stays
    (亲诚惠容 of 亲诚惠容理念, 小而美 of 小而美的民生项目, 体育强国 of 体育强国为目标:
    the start of a name is often the term, and the background's words across its end are
    often no words of the text: 美的, 国为); but not the start of a joint name with a head
    word of its own (中国—中亚减贫合作 of 中国—中亚减贫合作中心)."""
    c, name = ranked[j], keys[j]
    # the start of a joint name that ends in a head word of its own (中国—中亚减贫合作|中心)
    # is no name of its own where it occurs only there (thirty-second round)
    for b in range(5, len(name)) if "-" in name[1:4] else ():
        i = at.get(name[:b])
        if i is not None and i > j and i not in taken and not _marked(ranked[i]) \
                and head_word(name[:b]) and _holds_all(c.freq, ranked[i].freq):
            taken[i] = j
    if c.signals.get("left_clean", 1.0) < 0.5:
        return
    for a in range(1, len(name) - 1):
        for b in range(a + 2, len(name) + 1):
            i = at.get(name[a:b])
            if i is None or i <= j or i in taken or _marked(ranked[i]) or "“" in ranked[i].zh:
                continue
            if not _holds_all(c.freq, ranked[i].freq):
                continue
            if not _cuts_a_word(name, a, b) and (b < len(name) or _term_after(name, a)) \
                    and not _only_its_kind(name, a, b, ranked[i]) \
                    and not _cuts_a_name(name, a, b, at):
                continue
            taken[i] = j


def _cuts_a_name(name: str, a: int, b: int, at: dict[str, int]) -> bool:
    """Does name[a:b] start inside a name that starts the long one and ends in a head word
    before b, a candidate of its own (中非|合作论坛北京峰会 cuts 中非合作论坛)? Thirty-third
    round."""
    return any(head_word(name[:k]) and name[:k] in at for k in range(a + 2, b))


def _only_its_kind(name: str, a: int, b: int, piece: Candidate) -> bool:
    """Is name[a:b] the kind at the end of the name (`_kind_at_end`) and no term after a scope
    (`_term_after`): not after a name with its head word or a joiner, and the end of no other
    name (signal `nested_head`: 命运共同体 ends many)? 全球|发展倡议, 中华|体育精神,
    中非|合作论坛 (thirty-first round)."""
    lead = name[:a]
    return _kind_at_end(name, a, b) and not head_word(lead) and lead[-1:] not in _JOINERS \
        and not piece.signals.get("nested_head")


def _term_after(name: str, start: int) -> bool:
    """Is name[start:] a term of its own after what is cut off: after a scope of places and
    everyday words (`_names_on_its_own`), after one everyday word of general Chinese that
    says what kind (全方位|互利合作, 新型|国际关系, 双边|合作机制; Zipf ≥ 3), after a name
    with its head word (中国—中亚机制|常设秘书处, 中非合作论坛|北京峰会: a body or an event of
    it), or after a joiner (领域会晤和|对话机制: an item of a list)?"""
    lead = fold(name[:start]).rstrip("—")
    return (_names_on_its_own(name, start) or background().word_zipf(lead) >= 3.0
            or bool(head_word(lead)) or lead[-1:] in _JOINERS)


_JOINERS = frozenset(JOINERS) | {"、"}


def _holds_all(name: int, piece: int) -> bool:
    """Does a name occurring `name` times hold every occurrence of a piece of it occurring
    `piece` times? As often, or from ten occurrences on two times in three (a big corpus
    counts its long names in the scan sample, and a damaged copy leaves the piece whole)."""
    return name >= piece or (piece >= 10 and 3 * name >= 2 * piece)


def _marked(c: Candidate) -> bool:
    return max(c.signals.get("quote", 0.0), c.signals.get("title", 0.0)) > 0


def _cuts_a_word(name: str, a: int, b: int) -> bool:
    """Does an edge of name[a:b] fall inside a word of two or three characters of general
    Chinese (新|时 for 时代中国特色社会主义; Zipf ≥ 2, below which the list holds pieces of
    its own tokenisation such as 平新 or 时代中)?"""
    bg = background()
    return any(bg.word_zipf(name[x:y]) >= 2.0 for cut in (a, b) if 0 < cut < len(name)
               for x in range(max(0, cut - 2), cut)
               for y in range(cut + 1, min(len(name), x + 3) + 1))


def _names_on_its_own(name: str, start: int) -> bool:
    """Is name[start:] a name on its own: a name after its modifier's 的 (更高水平的|…), or a
    head word after whole words of the name's background split where what is cut off is
    names of places and everyday words (中国—中亚|能源发展伙伴关系; not
    习近平新时代中国|特色社会主义思想)?"""
    if name[:start].endswith("的"):
        return True
    name = fold(name)  # the dash between CJK characters as in print (match keys have "-")
    if not head_word(name[start:]) or not generic(name[:start].rstrip("—")):
        return False
    pos = 0
    for w in background().split(name):
        while pos < len(name) and name[pos] == "—":
            pos += 1
        if pos == start:
            return True
        pos += len(w)
    return False


def link_nesting(shown: list[Candidate], near: list[Candidate]) -> None:
    """Fill `inside` (longer candidates containing it) and `contains` (shorter ones it
    contains) among the best-ranked candidates: 一带一路 ⊂ 共建“一带一路”; a name keeps in
    `contains` the pieces that gave way to it, which are no rows of their own."""
    keys = {c.zh: _key(c.zh) for c in near}
    for c in shown:
        k = keys.get(c.zh) or _key(c.zh)
        c.inside = [o.zh for o in near if o.zh != c.zh and k in keys[o.zh]][:5]
        given = c.contains  # the pieces that gave way to it (`give_way_inside`) come first
        c.contains = [*given, *(o.zh for o in near if o.zh != c.zh and o.zh not in given
                                and keys[o.zh] in k)][:5]


def glossary_labels(glossary: Iterable[Entry]) -> dict[str, str]:
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
          skip_entries: frozenset[str] | set[str] = frozenset(), note: str = "",
          features: Sequence[str] | None = None) -> Model:
    """Fit the model on `ev` with the glossary's formulations as positives.

    Candidates vetoed as names, titles of works or verb phrases are left out (the veto decides
    them), and so are the forms of `skip_entries` (held out: neither positive nor negative,
    and their words are not in the learnt vocabulary). Entries of category `term` (everyday
    terms of a field: 食品安全, 中小企业) are no positives: a terminologist mining for
    formulations counts them among what should not rank high, so they are negatives like any
    other candidate, and their words are not the vocabulary of formulations. `features`:
    the model's (default `mine_model.ALL_FEATURES`; more to try a new signal, `mine_eval.trial`).
    """
    formulations = [e for e in glossary if e.category != "term"]
    labels = glossary_labels(formulations)
    bg = background()
    entry_words: dict[str, set[str]] = defaultdict(set)
    entry_heads: dict[str, set[str]] = defaultdict(set)
    entry_mods: dict[str, set[str]] = defaultdict(set)
    for e in formulations:
        if e.id in skip_entries:
            continue
        for form in [e.zh, *(e.zh_variants or [])]:
            for item in re.split(r"[、，,；;]", _key(form)):
                content = [w for w in bg.split(item) if len(w) >= 2]
                entry_words[e.id].update(content)
                if len(content) >= 2:
                    entry_heads[e.id].add(content[-1])
                    entry_mods[e.id].add(content[0])
    vocabulary: Counter = Counter(w for ws in entry_words.values() for w in ws)
    heads: Counter = Counter(w for ws in entry_heads.values() for w in ws)
    mods: Counter = Counter(w for ws in entry_mods.values() for w in ws)
    forms = {k: e for k, e in labels.items() if e not in skip_entries}
    rows, ys = [], []
    for i, s in enumerate(ev.zh):
        g = ev.signals[i]
        entry = labels.get(_key(s))
        if veto(dict(g, everyday=0.0), plain=False) == 0 or (
                entry is not None and entry in skip_entries):
            continue
        own = entry_words.get(entry, set()) if entry else set()
        rows.append(dict(g, glossary_words=glossary_words(ev.words[i], vocabulary, own),
                         coordinated=coordinated(text_key(s), [c.text for c in ev.contexts[i]],
                                                 forms, entry),
                         **family_words(ev.words[i], heads, mods,
                                        entry_heads.get(entry, set()) if entry else set(),
                                        entry_mods.get(entry, set()) if entry else set())))
        ys.append(entry is not None)
    return fit(rows, ys, l2=l2, features=features, note=note, vocabulary=dict(vocabulary),
               heads=dict(heads), modifiers=dict(mods), forms=forms)


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
        fh.write(tsv_row(["rank", "zh", "score", "freq", "docs", "in_glossary", *names,
                          "inside", "contains", "contexts"]))
        for rank, c in enumerate(candidates, 1):
            contexts = " | ".join(f"{x.file}:{x.line}: {x.text}" for x in c.contexts)
            row = [str(rank), c.zh, f"{c.score:.4f}", str(c.freq), str(c.docs),
                   "yes" if c.in_glossary else "no",
                   *(f"{c.signals.get(k, 0.0):.4f}" for k in names),
                   " | ".join(c.inside), " | ".join(c.contains), contexts]
            fh.write(tsv_row(row))
