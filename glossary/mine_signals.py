"""The signals of one candidate: statistics, shape, vocabulary, and the hand-set rule.

Every value here is a column of `tifa mine`'s output and a feature of the ranking model
(`mine_model`); docs/mining.md explains each.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from itertools import chain

import numpy as np
from tifa.glossary.mine_background import Background, background
from tifa.glossary.mine_counts import _HASH_P, MAX_N, Stats, WordTable
from tifa.glossary.mine_lexicon import Lexicon
from tifa.glossary.mine_scan import Occ
from tifa.glossary.mine_words import (
    ASPECT,
    ATTACHED_LEADS,
    CLAUSE_ADVERBS,
    CLAUSE_LEADS,
    FIELD_WORDS,
    HEAD_WORDS,
    LEAD_ADVERBS,
    LEAD_VERBS,
    LEFT_PIECES,
    LENGTH_PRIOR,
    LOCATIVES,
    PREDICATE,
    SENTENCE_LEADS,
    SENTENCE_WORDS,
    TIME_WORDS,
    bare,
    generic,
    head_word,
    lead_merged,
    repeat_pattern,
)

# Weights of the structural bonuses (added to the statistical termhood, see docs/mining.md).
W_QUOTE = 1.2
W_TITLE = 0.5
W_ENUM = 0.3
W_PARALLEL = 0.4
W_REPEAT = 0.8
W_HEAD = 0.7
W_NEST = 0.6
W_SP = 0.6


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


def nesting(cands: list[str], freq: dict[str, int], inner: set[str] | None = None,
            ) -> tuple[dict[str, list[int]], Counter]:
    """C-value nesting: frequencies of the longer candidates containing each candidate of
    `inner` (default: `cands`), and how many of them end with it (人类命运共同体,
    中国—中亚命运共同体 → 命运共同体).

    Every piece of 2 … MAX_N characters of every candidate is looked up at once, per length,
    by its hash among those of `inner` (each hit checked character by character: exact, as
    `nesting_python`, which it equals and which stands in where two of one length share a
    hash)."""
    in_cands = set(cands) if inner is None else inner
    if not cands:
        return defaultdict(list), Counter()
    text = "\0".join(cands)  # no candidate holds a NUL (`acceptable`), so no piece spans two
    if "\0" in "".join(cands) or any("\0" in s for s in in_cands):
        return nesting_python(cands, freq, in_cands)
    cp = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    size = np.fromiter(map(len, cands), dtype=np.int64, count=len(cands))
    start = np.zeros(len(cands), dtype=np.int64)
    np.cumsum(size[:-1] + 1, out=start[1:])
    owner = np.repeat(np.arange(len(cands)), size + 1)[:len(cp)]
    by_len: dict[int, list[str]] = defaultdict(list)
    for w in in_cands:
        if 2 <= len(w) <= MAX_N:
            by_len[len(w)].append(w)
    codes = cp.astype(np.uint64)
    window = codes
    subs: list[str] = []  # the pieces found, and per hit: its piece, candidate, end
    hit_sub, hit_pos, hit_len = [], [], []
    for n in range(2, MAX_N + 1):
        window = window[:-1] * _HASH_P + codes[n - 1:]
        words = by_len.get(n)
        if not words or not len(window):
            continue
        table = WordTable.of(words, n)
        if table is None:
            return nesting_python(cands, freq, in_cands)
        pos, word = table.find(window, cp)
        piece = size[owner[pos]] != n  # the candidate itself is no piece of it
        hit_sub.append(word[piece] + len(subs))
        hit_pos.append(pos[piece])
        hit_len.append(np.full(int(piece.sum()), n, dtype=np.int64))
        subs.extend(words)
    longer: dict[str, list[int]] = defaultdict(list)
    heads: Counter = Counter()
    sub = np.concatenate(hit_sub) if hit_sub else np.zeros(0, dtype=np.int64)
    if not len(sub):
        return longer, heads
    pos = np.concatenate(hit_pos)
    o = owner[pos]
    at_end = pos + np.concatenate(hit_len) == start[o] + size[o]
    f = np.asarray([freq[s] for s in cands], dtype=np.int64)[o]
    order = np.argsort(sub, kind="stable")
    sub, f = sub[order], f[order]
    cuts = np.flatnonzero(sub[1:] != sub[:-1]) + 1
    found = sub[np.r_[0, cuts]]
    ended = np.bincount(sub, weights=at_end[order], minlength=len(subs))[found]
    for k, group, n in zip(found.tolist(), np.split(f, cuts), ended.astype(np.int64).tolist(),
                           strict=True):
        longer[subs[k]] = group.tolist()
        heads[subs[k]] = n
    return longer, heads


def nesting_python(cands: list[str], freq: dict[str, int], inner: set[str],
                   ) -> tuple[dict[str, list[int]], Counter]:
    """`nesting` one piece at a time (the definition)."""
    longer: dict[str, list[int]] = defaultdict(list)
    heads: Counter = Counter()
    for s in cands:
        f = freq[s]
        for i in range(len(s)):
            for j in range(i + 2, min(len(s), i + MAX_N) + 1):
                sub = s[i:j]
                if sub != s and sub in inner:
                    longer[sub].append(f)
                    heads[sub] += j == len(s)
    return longer, heads


def candidate_signals(s: str, o: Occ, st: Counter, stats: Stats, nest: list[int] | None,
             nested_heads: int, use_sp: bool, lex: Lexicon, cands: set[str],
             words: Sequence[str] = ()) -> dict[str, float]:
    """All component scores of one candidate (docs/mining.md explains each); `words`: its
    background split."""
    sf, df = o.segments, o.docs
    plain = bare(s)
    variety = min(o.left.distinct, o.right.distinct)  # accessor variety, boundaries distinct
    # One or two neighbours say little about a leaking edge: the evidence grows with use.
    leak = max(o.left.leak, o.right.leak) * (1 - 1 / o.freq)
    freedom = (1 - math.exp(-(variety - 1) / 1.5)) * (1 - leak**2)
    coh = max(0.0, _cohesion(stats, s, o.freq)) if '"' not in s else 1.0
    # C-value: occurrences not explained by one longer candidate; a candidate nested in
    # several distinct longer ones (命运共同体 in 人类…/中国—中亚…) is a unit itself.
    indep = 1.0 if not nest else max(0.0, 1 - (sum(nest) / len(nest)) / o.freq,
                                     1 - 1 / len(nest))
    length = LENGTH_PRIOR.get(len(plain), 1.0)
    spread = 1 - 1 / (1 + sf) + 0.1 * math.log2(df)
    return {
        "termhood": 3 * spread * coh * freedom * indep * length,
        "spread": 1 - 1 / (1 + sf), "docs_log": min(1.0, math.log2(df) / 4) if df else 0.0,
        "cohesion": coh, "freedom": freedom, "variety": variety,
        "entropy": min(o.left.entropy, o.right.entropy), "leak": leak,
        "independence": indep, "length": length,
        "left_clean": o.lclean / o.freq, "right_clean": o.rclean / o.freq,
        "len2": 1.0 if len(plain) == 2 else 0.0, "len3": 1.0 if len(plain) == 3 else 0.0,
        "len_long": min(1.0, max(0, len(plain) - 4) / 6),
        "quote": min(1.0, st["quote"] / max(1, sf)),
        "quoted_affix": 1.0 if '"' in s else 0.0,
        "title": min(1.0, st["title"] / max(1, sf)),
        "enum": min(1.0, st["enum"] / 2), "object": min(1.0, st["object"] / 2),
        "object_block": min(1.0, st["object_block"] / 2),
        "modified": min(1.0, st["modified"] / max(1, sf)),
        "parallel": min(1.0, st["parallel"] / 2),
        "repeat": 1.0 if repeat_pattern(s) else 0.0,
        "paired": min(1.0, st["paired"] / max(1, sf)),
        "sector": min(1.0, st["sector"] / max(1, st["enum"])),
        "sibling_common": min(1.0, st["siblings"] / max(1, st["enum"])),
        "numbered": 1.0 if st["numbered"] else 0.0,
        "head": 1.0 if lex.head(plain) else 0.0, "headed": min(1.0, st["headed"] / max(1, sf)),
        "nested_head": (min(1.0, (nested_heads - 1) / 2)
                        if nested_heads > 1 and s not in HEAD_WORDS else 0.0),
        "generic": 1.0 if s in lex.ordinary or generic(s, lex.names) else 0.0,
        "name": 1.0 if s in lex.names and not head_word(s) else min(1.0, o.titled / o.freq),
        "verbal": 1.0 if (lex.verb_phrase(s, cands, words if s == plain else ())
                          and not repeat_pattern(s)) else 0.0,
        "work": min(1.0, st["work"] / max(1, sf)),
        "sentencepiece": o.sp_hits / o.freq if use_sp else 0.0,
        "verb_lead": float(verb_led(plain, words, lex, cands)),
    }


def verb_led(s: str, words: Sequence[str], lex: Lexicon, cands: set[str]) -> int:
    """Does `s` start with a verb of its sentence in front of a candidate (发布|中华文明探源工程,
    日|发布|…, 推广|“共富工坊”)? One or two words of the background split `words` (for a
    quoted affix: of the part before the quote), the last of them a verb of CC-CEDICT (first
    sense "to …", nominal senses too: the veto `verbal` spares those, this only tells
    `mine.drop_verb_led` which rows to test), and the rest a candidate of two characters or
    more. `words`: the background split of `s` without its quote marks (as `gather` makes
    it). The length of the lead up to and with the verb (the signal's value), 0 if none.
    Twenty-seventh round (mine27). The first of two words is a piece (日) or an adverb or
    verb itself: 上合|组织|命运共同体 is a name whose abbreviation ends in a noun that can be
    a verb (thirty-third round)."""
    at = 0
    for k, w in enumerate(words[:2]):
        if k and len(words[0]) > 1 and words[0] not in lex.verbs \
                and words[0] not in LEAD_ADVERBS:
            break
        at += len(w)
        rest = s[at:]
        if w in lex.verbs and len(rest) >= 2 and rest in cands:
            return at
    return 0


def signal_rows(cands: Sequence[str], occs: Sequence[Occ], structure: dict[str, Counter],
                stats: Stats, longer: dict[str, list[int]], heads: Counter, use_sp: bool,
                lex: Lexicon, cand_set: set[str], freqs: Sequence[int], total_chars: int,
                marks: dict[str, list[float]], bg: Background, splits: Sequence[list[str]],
                ) -> list[dict[str, float]]:
    """The signals of each candidate (`candidate_signals`, `Background.signals`,
    `part_keyness`, `vocabulary`, `marks` — the heading, aligned and span_only of each —,
    `edges`, `rule_score`). Each candidate occurs in the sample (`occs`); `freqs`: its corpus
    frequency; `splits`: the background split of each (quotes left out).

    The corpus counts they read — both sides of every split (`_cohesion`) and every
    background word (`part_keyness`) — are looked up first, all at once (`Stats.count_many`):
    one by one, those lookups were half of this step's time."""
    stats.count_many(chain(
        (piece for s in cands for k in range(1, len(s)) for piece in (s[:k], s[k:])),
        (w for parts in splits for w in parts)))
    rows = []
    for i, (s, o) in enumerate(zip(cands, occs, strict=True)):
        plain = bare(s)
        g = candidate_signals(s, o, structure.get(s, Counter()), stats, longer.get(s), heads[s],
                              use_sp, lex, cand_set, splits[i])
        g.update(bg.signals(plain, freqs[i] / max(1, total_chars)))
        g.update(part_keyness(plain, bg, stats, total_chars))
        g.update(vocabulary(plain, bg, lex, g))
        for name, values in marks.items():
            g[name] = values[i]
        g.update(edges(plain, splits[i], cand_set))
        g["rule"] = rule_score(g)
        rows.append(g)
    return rows


def rule_score(g: dict[str, float]) -> float:
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
    return ((1 - plain) * shaped + marked) * veto(g, plain=False)


# What the text does to mark an expression: quoted, a title, listed, in a parallel series, the
# object of a policy verb (or a block or modified name of one), cut at a head word, an A-B-A-C
# pattern, numbered, in a headline.
MARKS = ("quote", "title", "quoted_affix", "enum", "parallel", "object", "object_block",
         "modified", "headed", "paired", "numbered", "heading")
COMMON_ZIPF = 3.0  # one in a million words of general Chinese (as `compound4` counts it)


def plain_word(g: dict[str, float]) -> bool:
    """Is the candidate a common word of general Chinese (Zipf ≥ 3: 金融机构, 电子商务,
    生态环境, 十字路口) that the text marks in no way? Seen in running text only, such a word
    is the news's vocabulary, not a formulation; the formulations that are words (丝绸之路,
    网络安全, 霸权主义) are listed, quoted or objects of policy verbs. On the seeds: 143
    candidates, none on the gold list or a form of the glossary (the nearest below the
    line: 粮食安全 2.91, 中华文明 2.84)."""
    return (g.get("bg_common", 0.0) * 7.0 >= COMMON_ZIPF - 1e-9
            and not any(g.get(k, 0.0) > 0 for k in MARKS))


def veto(g: dict[str, float], plain: bool = True) -> float:
    """Names of places and people, titles of works, and — unless quoted or a title — verb
    phrases, everyday words of general Chinese and pieces of sentences are not formulations,
    and neither are common words that the text does not mark (`plain_word`) or unquoted
    phrases that end in a policy verb or start with an adverb (`verb_edge`: 有力支持,
    积极践行全球), whatever else they show: the model's score is multiplied by this.
    `plain=False` leaves the last two out: such candidates still take part in the fit and in
    the `rule` signal. A quoted verb phrase is a campaign's or a saying's name (“聚合中亚云品”,
    “兄弟情谊胜过一切财富”: nineteenth round), not a phrase of running text."""
    marked = max(g["quote"], g["title"])
    verbal = g["verbal"] * (1 - marked)
    everyday = g.get("everyday", 0.0) * (1 - marked)
    attached = g.get("attached", 0.0) * (1 - marked)
    unmarked = 1.0 if plain and plain_word(g) else 0.0
    verb = g.get("verb_edge", 0.0) * (1 - marked) if plain and not g.get("numbered") else 0.0
    return ((1 - g["name"]) * (1 - g["work"]) * (1 - verbal) * (1 - everyday)
            * (1 - attached) * (1 - unmarked) * (1 - verb))


def edges(s: str, words: list[str], cands: set[str]) -> dict[str, float]:
    """Is the left edge a piece of running text rather than the start of a name?

    `lead_char`: the first word of the background split is one character (对|丝路精神,
    以|今年天津峰会, 会|会议精神: a preposition or the end of the word before); `tail_known`:
    what follows that first word is a candidate of its own (丝路精神), so the candidate is
    that one with a piece of its context attached. Names of abbreviations (中吉乌铁路) also
    start with one character; the model weighs the two together with the rest.
    """
    words = lead_merged(words)
    if len(words) < 2:  # a word of time alone (千百年来) is no formulation either
        return {"lead_char": 0.0, "tail_known": 0.0, "attached": 1.0 if s in TIME_WORDS else 0.0}
    lead = len(words[0]) == 1
    rest = s[len(words[0]):].lstrip("—")
    known = rest in cands
    return {"lead_char": 1.0 if lead else 0.0, "tail_known": 1.0 if known else 0.0,
            "attached": 1.0 if attached(words, rest, known) else 0.0}


def attached(words: list[str], rest: str, known: bool) -> bool:
    """Is the candidate a piece of its sentence rather than a name (a veto)?

    * a word of time, a holder or a clause's lead in front (今年|天津峰会, 中方|倡议,
      双方|战略伙伴关系, 作为|三北工程, 一是|推行),
    * one character in front that ends the word before (全市|新华书店, 建立|…) while the rest
      is made of whole words, or a preposition, conjunction or end of a word before a phrase
      that starts with a whole word (落实|好|首届中阿峰会, 对|中国同中亚国家…),
    * 等 closing a list inside it (海关|等|会晤机制, 亚信|等|多边机制), or a word of time or a
      clause's lead after its first word (杭锦旗|今年|完成|沙化, 截至|目前: a subject, its time
      and a verb; 东盟|作为|周边外交: no form of the glossary holds one but after 不),
    * a first character doubled by the word after it: the end of the word before
      (推进会|会议精神 gives 会|会议|精神),
    * a clause inside it: an aspect particle (开在|了|社区), an adverb after the first word
      with at most two words after it (双方|还|同意), an adverb before a preposition
      (历史之变|正以前所未有), a place word at the end (共富工坊|里), a field word first
      (领域|会晤|和|对话|机制) — `mine_words.ASPECT` … `FIELD_WORDS` (twenty-eighth round).

    Where the rest is a candidate of its own, `mine.drop_attached` puts it in the longer one's
    place instead (对|丝路精神 → 丝路精神), so that case is no veto here.
    """
    if "等" in words[1:-1] or (len(words[0]) == 1 and len(words[1]) >= 2
                               and words[1][0] == words[0]):
        return True
    if any(w in TIME_WORDS for w in words[1:]):  # 杭锦旗|今年|完成…, 截至|目前: a clause
        return True
    if not ASPECT.isdisjoint(words) or words[-1] in LOCATIVES or words[0] in FIELD_WORDS \
            or any(w in CLAUSE_ADVERBS for w in words[max(1, len(words) - 3):-1]) \
            or PREDICATE.search("".join(words)):
        return True
    if any(w in SENTENCE_LEADS and words[k - 1] != "不" for k, w in enumerate(words[1:], 1)):
        return True  # 东盟|作为|周边外交: a clause's lead inside (不|针对|第三方 is a name)
    sentence_word = words[0] in SENTENCE_WORDS
    if sentence_word and len(words) == 2:  # 中方|倡议, 双方|关系: no name is left to give way to
        return True
    if len(words[0]) == 1 and words[0] in CLAUSE_LEADS:
        # before a phrase that starts with a whole word and is no run of whole words, a
        # piece of the clause in front is never part of a name, and `drop_attached` cannot
        # give way to the rest (落实|好|首届中阿峰会成果, 守护|好|三门峡的绿水青山)
        parts = background().split(rest)
        if parts and len(parts[0]) >= 2 and not all(len(w) >= 2 for w in parts):
            return True
    if known:
        return False
    if sentence_word:
        return True
    return (len(words[0]) == 1 and words[0] in ATTACHED_LEADS
            and all(len(w) >= 2 for w in background().split(rest)))


def cut_pieces(zh: Sequence[str], words: Sequence[Sequence[str]], freq: Sequence[int],
               left_clean: Sequence[float]) -> list[int]:
    """The candidates cut inside a phrase on the left: always preceded by the same character,
    which makes a longer candidate, where the edge falls inside a phrase:

    * the background split starts with one character, and the longer one starts where names
      start (at least half of its occurrences after punctuation, a particle or a policy verb:
      `left_clean`): 以旅彰文 → 旅|彰|文, 中阿战略伙伴关系 → 阿|战略|伙伴关系, 以学铸魂 →
      学|铸|魂. On a big corpus every left extension is a counted n-gram (坚持|学思想 gives
      持学思想 as often as 学思想), and those start inside a word themselves;
    * or the character before and the first two make a word of three characters of general
      Chinese (Zipf ≥ 1.5): 新|时代中国特色社会主义, 可|持续发展, 大|数据监测. Two characters
      that make a word across the edge are often chance (加强|中国…: 强中, 维护|国际…: 护国).

    The longer one is the name; the piece is a veto (`attached`). "Always" is read from the
    counts: the longer candidate occurs as often as the piece, or from ten occurrences on at
    least two times in three (a damaged copy of a big corpus). Before a piece that starts with
    a whole word, a function character (以|西安峰会, a `LEFT_PIECE`) is the sentence's: there
    the longer one gives way (`mine.drop_attached`).
    """
    bg = background()
    longer: dict[str, list[tuple[str, int, bool]]] = defaultdict(list)  # rest → first, count
    for j, s in enumerate(zh):
        if len(s) > 1 and "\u3400" <= s[0] <= "\ufaff":
            longer[s[1:]].append((s[0], freq[j], 2 * left_clean[j] >= 1))

    def cut(i: int, s: str, c: str, clean: bool) -> bool:
        if len(words[i][0]) == 1:
            return clean
        return c not in LEFT_PIECES and bg.word_zipf(c + s[:2]) >= 1.5

    return [i for i, s in enumerate(zh)
            if len(s.replace('"', "")) >= 3 and len(words[i]) >= 2 and '"' not in s
            and any(cut(i, s, c, clean)
                    and (n >= freq[i] or (freq[i] >= 10 and 3 * n >= 2 * freq[i]))
                    for c, n, clean in longer.get(s, ()))]


def part_keyness(s: str, bg: Background, stats: Stats, total: int) -> dict[str, float]:
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


def vocabulary(s: str, bg: Background, lex: Lexicon, g: dict[str, float]) -> dict[str, float]:
    """Is the candidate made of the everyday vocabulary of general Chinese?

    A formulation is a phrase made for the purpose (文明互鉴, 新型国际关系) or a set phrase
    (同舟共济); a list item of everyday words (医疗卫生, 农业农村) or a head word after one
    everyday word (经贸关系, 长效机制) is running text. From the background list and CC-CEDICT:

    * `dict_word`: CC-CEDICT has it as a common word (lower-case entry), `dict_idiom` as an idiom;
    * `part_common_max`, `part_common_mean`: Zipf of its most common word and the mean, / 7;
    * `parts_all_common`: every one of its words is an everyday word (Zipf ≥ 4);
    * `list_common`: listed, in a list whose items are everyday words (enum × sibling_common);
    * `head_common_modifier`: a head word after one everyday word (经贸关系, 国际关系);
    * `everyday`: the candidate is itself an everyday word of general Chinese (Zipf ≥ 4: 社会主义,
      现代化, 农业): one of 467 such candidates of the seeds is on the gold list; a veto.
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
        "everyday": 1.0 if bg.word_zipf(s) >= 4.0 else 0.0,
        "verb_edge": 1.0 if len(parts) >= 2 and (parts[-1] in _VERB_TAILS
                                                 or parts[0] in _ADVERB_LEADS) else 0.0,
    }


# A phrase that ends in a policy verb (有力支持, 高位推动, 质量提升) or starts with an adverb of
# manner (积极践行…, 扎实做好) is a verb phrase of running text: no glossary form of the
# shipped glossary ends so but 两个维护 (numbered). Adverbs that also start names stay out.
_VERB_TAILS = frozenset(LEAD_VERBS) - {"建设", "引领"}
_ADVERB_LEADS = frozenset(LEAD_ADVERBS) - {"共同", "全面", "携手", "成功"}
