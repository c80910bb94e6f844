"""Chinese–English sentence alignment for real documents, without MT or neural models.

Three passes over evidence the two texts carry themselves (`tm.align_core`):

1. **Paragraphs first** (when both texts have them): paragraphs are aligned as units (1-1, 1-2,
   2-1, 1-3, 3-1, and 1-0 / 0-1 for a paragraph left out or added), then sentences inside each
   group of aligned paragraphs. A paragraph with no counterpart becomes one-sided sentence beads
   and cannot pull the rest of the text out of line.
2. **Sentences**, beads 1-1 … 1-4 / 4-1 (2-2 rarely), cost = prior + length + lexical coverage
   (a merged bead whose sentences' links fall out of order across pays for it).
3. **Learning from the pair**: the first pass's beads teach names CC-CEDICT lacks
   (`tm.align_names.learn_names`: 米户雅利 ↔ Mehujael), repeated short sentences and the
   clause repeated beside them (`tm.align_learn.learn_repeats`: 事就这样成了 ↔ "it was so"),
   and, from its confident beads, word links (`tm.align_learn`, IBM Model 1 seeded by
   CC-CEDICT); the length model is re-estimated; the paragraph and sentence passes run again
   with all of it. A one-sided sentence whose words link to a neighbouring bead then joins it.

Every bead carries a confidence: the probability, calibrated on the development sets, that the
bead is right — for a two-sided bead, that its sentences translate each other completely; for a
one-sided bead (1-0 / 0-1), that the sentence really has no counterpart. It is a logistic model
(`tm.align_confidence`) over the bead's features, chiefly its posterior probability among the
paths near it. Beads below `DOUBT_THRESHOLD` deserve a reviser's look; the TM sends them to its
review file and lint reports them as doubtful.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from itertools import accumulate, islice

from tifa.glossary.entry import Glossary
from tifa.tm.align_confidence import FEATURES, shipped_model
from tifa.tm.align_core import (
    CAPTION,
    COARSE_TYPES,
    COLON,
    CREDIT,
    LEAD_IN,
    PARA_PRIORS,
    PRIORS,
    LengthModel,
    Scorer,
    Tokens,
    beads_of,
    caption_role,
    lone_cues,
    own_number,
    paragraph_sides,
    posteriors,
    quotations,
    search,
    sentence_sides,
    table_row,
    tokenize,
    translator_note,
    with_names,
    zh_len,
)
from tifa.tm.align_learn import learn_links, learn_repeats, mute_words
from tifa.tm.align_moves import ELSEWHERE_CAP, linked_elsewhere, with_moves
from tifa.tm.align_names import english_names, learn_names
from tifa.tm.base import dictionary
from tifa.tm.base.english import TOC_ENTRY, join_cut_word, split_english
from tifa.tm.base.files import TifaError
from tifa.tm.base.text import has_han, is_chinese
from tifa.tm.corpus.clean import (
    COLUMN_MAX,
    PROGRAMME_ROW,
    cue_line,
    dateline,
    split_articles,
)
from tifa.tm.corpus.segment import split_sentences

__all__ = ["Bead", "DOUBT_THRESHOLD", "TextAlignment", "align", "align_features", "align_texts",
           "check_pair", "split_chinese", "split_paragraphs", "text_sentences"]

# Beads with a confidence below this are doubtful. On the development sets (held out: Bible
# half B / half A) beads at or above it are right 99.0 / 98.6 % of the time, and beads below it
# wrong or partial 49 / 56 % of the time (docs/align.md: with only 2 % of beads wrong, the
# doubtful ones are mostly right 3-1 verses and short sentences at verse boundaries).
# The TM review file (`tm.memory`) and lint's `alignment-doubtful` use this one value.
DOUBT_THRESHOLD = 0.8

LEARN_FROM = 0.6     # first-pass beads at least this confident train the word links
ORPHAN_SHARE = 0.3   # a one-sided sentence this much linked to a neighbouring bead joins it
_SENTENCE_TYPES = list(PRIORS)
_PARA_TYPES = list(PARA_PRIORS)


@dataclass
class Bead:
    zh: list[int]        # 0-based sentence indices, consecutive, may be empty (0-1)
    en: list[int]
    confidence: float    # 0..1: probability that the bead is right (see DOUBT_THRESHOLD)


@dataclass
class TextAlignment:
    """The result of aligning two raw texts: their sentences, paragraph numbers and beads."""

    zh: list[str]
    en: list[str]
    zh_para: list[int]   # paragraph number of each Chinese sentence (0-based)
    en_para: list[int]
    beads: list[Bead]


def align(zh: list[str], en: list[str], *, glossary: Glossary | None = None,
          zh_paras: list[int] | None = None, en_paras: list[int] | None = None,
          zh_dated: bool = False, en_tables: bool | None = None) -> list[Bead]:
    """Align Chinese sentences `zh` with English sentences `en`; every sentence of both is in
    exactly one bead, the beads in Chinese order (the English in order too, except where the
    English moved a paragraph: `tm.align_moves`).

    `glossary` is an optional `glossary.entry.Glossary` whose terms count as lexical links.
    `zh_paras` / `en_paras` give the paragraph number of each sentence (non-decreasing); with
    both, and at least two paragraphs on each side, paragraphs are aligned first.
    `zh_dated`: the Chinese had a dateline (新华社北京12月2日电) that cleaning took out of `zh`
    (`dated`); an English dateline then translates it, and is no agency's lede.
    `en_tables`: the raw English keeps tables, rows of cells between tabs (`tabled`; the
    English sentences lose their tabs); None: whether a sentence of `en` holds a tab.
    """
    return align_features(zh, en, glossary=glossary, zh_paras=zh_paras, en_paras=en_paras,
                          zh_dated=zh_dated, en_tables=en_tables)[0]


def out_of_order(beads: list[Bead]) -> list[bool]:
    """Which beads stand out of the English order: those left out of the longest run of
    two-sided beads whose English follows in order (the Chinese order is the beads' own). A
    sentence the translator moved (a wire's lead rebuilt from a sentence further down) is right
    where it is paired, but a CAT tool's context and a reviser reading the TM in order want to
    know that the English text has it elsewhere."""
    ends: list[int] = []                 # per run length, the bead ending the best run …
    tails: list[int] = []                # … and its first English sentence
    before: dict[int, int | None] = {}
    for k, bead in enumerate(beads):
        if not (bead.zh and bead.en):
            continue
        at = bisect_left(tails, bead.en[0])
        before[k] = ends[at - 1] if at else None
        ends[at:at + 1] = [k]
        tails[at:at + 1] = [bead.en[0]]
    kept: set[int] = set()
    k = ends[-1] if ends else None
    while k is not None:
        kept.add(k)
        k = before[k]
    return [bool(b.zh and b.en) and k not in kept for k, b in enumerate(beads)]


def align_features(zh: list[str], en: list[str], *, glossary: Glossary | None = None,
                   zh_paras: list[int] | None = None, en_paras: list[int] | None = None,
                   zh_dated: bool = False, en_tables: bool | None = None
                   ) -> tuple[list[Bead], list[list[float]]]:
    """`align`, plus each bead's confidence features (`tm.align_confidence.FEATURES`): what
    `bench/fit_align_confidence.py` fits the shipped weights on."""
    n, m = len(zh), len(en)
    if n == 0 or m == 0:
        beads = [Bead([i], [], 0.0) for i in range(n)] + [Bead([], [j], 0.0) for j in range(m)]
        return beads, [[0.0] * len(FEATURES) for _ in beads]
    zh_cue, en_cue = lone_cues(zh, en), lone_cues(en, zh)
    if (any(zh_cue) or any(en_cue)) and not all(zh_cue) and not all(en_cue):
        return _without_cues(zh, en, zh_cue, en_cue, glossary, zh_paras, en_paras, zh_dated,
                             en_tables)
    tok = tokenize(zh, en, glossary, en_paras if zh_paras is not None else None, zh_dated)
    zb, eb = _bounds(zh_paras, n), _bounds(en_paras, m)
    if zb is None or eb is None or min(len(zb), len(eb)) < 3:
        zb = eb = None                               # no paragraph structure on both sides
    model = first_model = LengthModel.from_totals(tok.zh_len, tok.en_len)

    # Pass 1: dictionary evidence, coarse bead types.
    zs, es = sentence_sides(tok)
    scorer = Scorer(zs, es, model, PRIORS)
    groups = _groups(scorer, zb, eb)
    first = _sentence_pass(scorer, groups, COARSE_TYPES, None)

    # Learn word links from the confident beads, recalibrate lengths, search again.
    lex = dictionary.lexicon()
    sure = [(z, e) for z, e, _gap in first
            if z and e and _evidence(scorer, z, e) >= LEARN_FROM]
    known = {k for words in tok.zh_words for w in words for k in lex.get(w, ())}
    en_names = english_names(en, known)
    names = learn_names([("".join(zh[i] for i in z), set().union(*(en_names[j] for j in e)),
                          {w for j in e for w in tok.en_words[j]})
                         for z, e, _gap in first if z and e])
    tok = with_names(tok, zh, names)
    train = [([w for i in z for w in tok.zh_words[i]], [w for j in e for w in tok.en_words[j]])
             for z, e in sure]
    learned = learn_links(train, {**lex, **names} if names else lex, n)
    none: frozenset[str] = frozenset()

    def keys_of(i: int) -> set[str]:
        return {k for w in tok.zh_words[i] for k in lex.get(w, none) | learned.get(w, none)}

    tok = _with_repeats(tok, *learn_repeats(zh, en, [(z, e) for z, e, _ in first], keys_of))
    for word, keys in names.items():
        learned[word] = keys | learned.get(word, frozenset())
    model = LengthModel.from_beads([(z, e) for z, e, _ in first], tok.zh_len, tok.en_len, model)
    mute = mute_words(train, lambda w: lex.get(w, none) | learned.get(w, none), set("".join(names)))
    if mute:
        tok = replace(tok, zh_words=[[w for w in words if w not in mute]
                                     for words in tok.zh_words])
    zs, es = sentence_sides(tok, learned)
    zs.title = [not _SENTENCE_END.search(s) for s in zh]
    es.title = [not _SENTENCE_END.search(s) for s in en]
    zs.number = [own_number(s, True) for s in zh]
    zs.cells = [len([c for c in s.split("\t") if c.strip()]) if row else 0
                for s, row in zip(zh, zs.row, strict=True)]
    zs.clauses = list(map(_zh_clauses, zh))
    zs.caption = [caption_role(s, True) for s in zh]
    es.caption = [caption_role(s, False) for s in en]
    es.number = [own_number(s, False) for s in en]
    if en_tables is None:
        en_tables = any(map(table_row, en))
    es.tabled = en_tables
    scorer = Scorer(zs, es, model, PRIORS).with_paragraphs(zh_paras if zb else None,
                                                           en_paras if eb else None)
    guide = [(z.start, e.start) for z, e, _ in first] + [(n, m)]

    verse = verse_lines(zh)
    zh_note, en_note = list(map(translator_note, zh)), list(map(translator_note, en))

    def monotonic(scorer: Scorer, zb: list[int] | None, eb: list[int] | None,
                  guide: list[tuple[int, int]], first: list[Group]
                  ) -> tuple[list[Group], list[list[float]]]:
        groups, found = _best_grouping(scorer, zb, eb, first_model, guide)
        final, posterior = _adopt_orphans(scorer, found, _posteriors(scorer, groups, found),
                                          groups, verse)
        final, posterior = _adopt_credits(scorer, final, posterior)
        final, posterior = _adopt_turns(scorer, final, posterior, [quotations(s) for s in zh])
        final, posterior = _adopt_labels(final, posterior, zh, en)
        # background the translator added before a sentence that says only "It …"
        final, posterior = _shed_first(final, posterior,
                                       lambda z, e: scorer.antecedent(z.start, e))
        final, posterior = _lead_ins_back(scorer, final, posterior)
        final, posterior = _adopt_items(scorer, final, posterior, zh, en)
        final, posterior = _lead_in_across(scorer, final, posterior)
        if not en_tables:
            final, posterior = _unfold_rows(scorer, final, posterior)
        final, posterior = _shed_first(final, posterior,
                                       lambda z, e: _bare_answer(zh, en, z, e))
        final, posterior = _shed_notes(final, posterior, zh_note, en_note)
        return final, _all_features(scorer, final, first, posterior)

    # Paragraphs the English moved are found after the monotonic alignment (`tm.align_moves`).
    final, features = with_moves(scorer, zb, eb, guide, first, monotonic)
    damp = _damp(zh, en)
    calibration = shipped_model()
    beads = [Bead(list(z), list(e), round(damp * calibration.probability(x), 3))
             for (z, e, _gap), x in zip(final, features, strict=True)]
    if zb is not None:   # where paragraphs are aligned, a sentence may belong far away
        for bead, away in zip(beads, linked_elsewhere(scorer, final), strict=True):
            if away and not _titles(bead, zh, en):
                bead.confidence = min(bead.confidence, ELSEWHERE_CAP)
    return beads, features


def _without_cues(zh: list[str], en: list[str], zh_cue: list[bool], en_cue: list[bool],
                  glossary: Glossary | None, zh_paras: list[int] | None,
                  en_paras: list[int] | None, zh_dated: bool, en_tables: bool | None = None
                  ) -> tuple[list[Bead], list[list[float]]]:
    """`align_features` of a subtitle file and a transcript in prose: the cue numbers and time
    lines (`lone_cues`) aligned nothing and are left out; each comes back as a bead of its own
    (1-0, 0-1; confidence 1: the mark says it has no translation) before the first bead that
    holds a later sentence of its side. Glued to the cue's text, a time line made 2-1 beads,
    and their times made the English look far shorter than a translation. A cue inside a
    bead (an English sentence said over two cues) is the bead's: a bead's sentences are
    consecutive, and a bead of its own there had its lines given twice (`tifa align`'s output
    spans a bead's first to last line)."""
    zk = [i for i, cue in enumerate(zh_cue) if not cue]
    ek = [j for j, cue in enumerate(en_cue) if not cue]
    inner, features = align_features(
        [zh[i] for i in zk], [en[j] for j in ek], glossary=glossary,
        zh_paras=[zh_paras[i] for i in zk] if zh_paras is not None else None,
        en_paras=[en_paras[j] for j in ek] if en_paras is not None else None, zh_dated=zh_dated,
        en_tables=en_tables)
    sides = [([zk[i] for i in b.zh], [ek[j] for j in b.en]) for b in inner]
    # cues before the bead (`at`) that holds the first later sentence of their side, zh's first
    lone: list[list[Bead]] = [[] for _ in range(len(inner) + 1)]
    for side, cues in ((0, zh_cue), (1, en_cue)):
        owner = {k: q for q, pair in enumerate(sides) for k in pair[side]}
        reach = list(accumulate((max(pair[side], default=-1) for pair in sides), max))
        before, after = _kept_around(cues)
        for k in (k for k, cue in enumerate(cues) if cue):
            q = owner.get(before[k], -1)
            if q >= 0 and q == owner.get(after[k]):
                sides[q][side].append(k)
                continue
            lone[bisect_right(reach, k)].append(
                Bead([k], [], 1.0) if side == 0 else Bead([], [k], 1.0))
    beads: list[Bead] = []
    feats: list[list[float]] = []
    for q in range(len(inner) + 1):
        beads += lone[q]
        feats += [[0.0] * len(FEATURES) for _ in lone[q]]
        if q < len(inner):
            beads.append(Bead(sorted(sides[q][0]), sorted(sides[q][1]), inner[q].confidence))
            feats.append(features[q])
    return beads, feats


def _kept_around(cues: list[bool]) -> tuple[list[int], list[int]]:
    """For each line, the nearest line before it and after it that is no cue (-1: none)."""
    before, after = [-1] * len(cues), [-1] * len(cues)
    last = -1
    for k, cue in enumerate(cues):
        before[k] = last
        last = last if cue else k
    last = -1
    for k in range(len(cues) - 1, -1, -1):
        after[k] = last
        last = last if cues[k] else k
    return before, after


def _titles(bead: Bead, zh: list[str], en: list[str]) -> bool:
    """Whether a 1-1 bead pairs two titles (no sentence end on either side): a headline
    restates a sentence of the body ("China leads the world in NEV sales for tenth straight
    year" over 已连续十年保持全球产销第一), so its words found there say nothing of a move."""
    return len(bead.zh) == len(bead.en) == 1 and \
        not _SENTENCE_END.search(zh[bead.zh[0]]) and not _SENTENCE_END.search(en[bead.en[0]])


def _with_repeats(tok: Tokens, zh_keys: dict[int, str], en_keys: dict[int, list[str]]
                  ) -> Tokens:
    """A repeated Chinese sentence and the English sentences holding its repeated clause
    (`learn_repeats`) get one more item, the clause, besides their words."""
    if not zh_keys:
        return tok
    zf = [[*fixed, zh_keys[i]] if i in zh_keys else fixed for i, fixed in enumerate(tok.zh_fixed)]
    ef = [[*fixed, *en_keys.get(j, ())] for j, fixed in enumerate(tok.en_fixed)]
    return replace(tok, zh_fixed=zf, en_fixed=ef)


def _damp(zh: list[str], en: list[str]) -> float:
    """Confidences are halved when the English is far shorter or longer than a translation."""
    ratio = _doc_ratio(zh, en)
    return 1.0 if RATIO_USUAL[0] <= ratio <= RATIO_USUAL[1] else 0.5


def _bounds(paras: list[int] | None, n: int) -> list[int] | None:
    """Paragraph numbers per sentence → start index of each paragraph, plus n."""
    if paras is None:
        return None
    if len(paras) != n:
        raise ValueError(f"{len(paras)} paragraph numbers for {n} sentences")
    bounds = [0]
    for k in range(1, n):
        if paras[k] < paras[k - 1]:
            raise ValueError("paragraph numbers must not decrease")
        if paras[k] != paras[k - 1]:
            bounds.append(k)
    bounds.append(n)
    return bounds


Group = tuple[range, range, bool]        # Chinese sentences, English sentences, paragraph gap?


REGROUP_MARGIN = 10.0  # nats the plain model's grouping must save to replace the default


def _best_grouping(scorer: Scorer, zb: list[int] | None, eb: list[int] | None,
                   plain: LengthModel, guide: list[tuple[int, int]]
                   ) -> tuple[list[Group], list[Group]]:
    """The paragraph groups and the sentence beads within them, with the paragraphs paired
    under the recalibrated length model or, where that pairs them otherwise, under the
    document's `plain` one: the latter only if it lets the sentence pass align at a clearly
    lower cost (`REGROUP_MARGIN`).

    The recalibrated model is tight: a paragraph that lost a long sentence is far off it, and
    paying for that once can cost more than sliding the next paragraphs by one (a 2-1 and a
    1-2 paragraph bead), which moves correct neighbours. The plain model is loose: a short
    paragraph left out may vanish into its neighbour's group. The sentences decide."""
    groups = _groups(scorer, zb, eb)
    found = _sentence_pass(scorer, groups, _SENTENCE_TYPES, guide)
    other = _groups(scorer, zb, eb, plain)
    if other != groups:
        alt = _sentence_pass(scorer, other, _SENTENCE_TYPES, guide)
        if _total_cost(scorer, alt) < _total_cost(scorer, found) - REGROUP_MARGIN:
            groups, found = other, alt
    groups, found = _paired_gaps(scorer, groups, found, guide)
    return _shift_edges(scorer, groups, found, guide)


GAP_PAIR_MARGIN = 5.0  # nats a sentence pass must save for two unpaired paragraphs to be a pair


def _paired_gaps(scorer: Scorer, groups: list[Group], found: list[Group],
                 guide: list[tuple[int, int]]) -> tuple[list[Group], list[Group]]:
    """A Chinese paragraph left without English beside an English paragraph left without
    Chinese are one pair when the sentence pass over the two clearly costs less than leaving
    every sentence one-sided (`GAP_PAIR_MARGIN`). The paragraph pass weighs a paragraph whole:
    a short one whose translation left out a sentence with figures of its own (a photo
    caption's 观鸟屋今年10月刚刚建成，可同时容纳四十人。) is far off by length and by the share
    of its words found across, and the two paragraphs came out unpaired, each sentence
    one-sided at 0.98-0.99, where the sentences align. A paragraph left out beside one
    added stays apart: its sentences find nothing across."""
    out, per = list(groups), _per_group(groups, found)
    if sum(map(len, per)) != len(found):
        return groups, found
    k = 0
    while k < len(out) - 1:
        (az, ae, agap), (bz, be, bgap) = out[k], out[k + 1]
        if agap and bgap and bool(az) != bool(bz) and bool(ae) != bool(be):
            pair = (az or bz, ae or be, False)
            beads = _sentence_pass(scorer, [pair], _SENTENCE_TYPES, guide)
            alone = per[k] + per[k + 1]
            if _total_cost(scorer, beads) < _total_cost(scorer, alone) - GAP_PAIR_MARGIN:
                out[k:k + 2], per[k:k + 2] = [pair], [beads]
        k += 1
    return out, [b for beads in per for b in beads]


def _per_group(groups: list[Group], found: list[Group]) -> list[list[Group]]:
    """The beads of each group (the sentence pass made them in order, group by group)."""
    per, at = [], 0
    for group in groups:
        mine = []
        while at < len(found) and _inside(found[at], group):
            mine.append(found[at])
            at += 1
        per.append(mine)
    return per


EDGE_MARGIN = 2.0  # nats a sentence pass must save for a run of sentences to change groups


def _shift_edges(scorer: Scorer, groups: list[Group], found: list[Group],
                 guide: list[tuple[int, int]]) -> tuple[list[Group], list[Group]]:
    """A run of one-sided sentences at the edge of a paragraph group moves to the neighbouring
    group when the sentence pass over both then costs clearly less (`EDGE_MARGIN`).

    A translator who merges two paragraphs (习近平指出… written at the end of the lead's
    English) leaves the paragraph pass a choice it cannot make by names alone: the short
    paragraph's names recur in both neighbours, and grouped with the wrong one it became an
    omission beside a doubtful bead. The sentences decide, and only sentences the other group
    surely translates (`_sure_matches`) move: one whose English is missing stays where it is."""
    groups, per = list(groups), _per_group(groups, found)
    _join_stranded(scorer, groups, per, guide)
    for k in range(len(groups) - 1):
        a, b = groups[k], groups[k + 1]
        if a[2] or b[2]:
            continue
        for moved in (_edge_run(per[k + 1], first=True), _edge_run(per[k], first=False)):
            if moved is None:
                continue
            zh_side, count, leftward = moved
            new_a, new_b = _moved(a, b, zh_side, count, leftward)
            if not (new_a[0] and new_a[1] and new_b[0] and new_b[1]):
                continue
            taker = new_a if leftward else new_b
            side = taker[0] if zh_side else taker[1]
            run = range(side.stop - count, side.stop) if leftward else \
                range(side.start, side.start + count)
            if _sure_matches(scorer, taker, run, zh_side) < count:
                continue  # only sentences its English surely translates move
            beads_a = _sentence_pass(scorer, [new_a], _SENTENCE_TYPES, guide)
            beads_b = _sentence_pass(scorer, [new_b], _SENTENCE_TYPES, guide)
            if _total_cost(scorer, beads_a + beads_b) < \
                    _total_cost(scorer, per[k] + per[k + 1]) - EDGE_MARGIN:
                groups[k], groups[k + 1] = new_a, new_b
                per[k], per[k + 1] = beads_a, beads_b
                break
    _join_across(scorer, groups, per, guide)
    return groups, [bead for beads in per for bead in beads]


JOIN_MARGIN = 2.0  # nats a sentence pass over two groups must save to cross their boundary


def _join_across(scorer: Scorer, groups: list[Group], per: list[list[Group]],
                 guide: list[tuple[int, int]]) -> None:
    """Two neighbouring paragraph groups become one when the sentence pass over both costs
    clearly less (`JOIN_MARGIN`) than over each: the true beads cross their boundary. In place.

    Dialogue is paragraphed by speaker in one language and by exchange in the other: “外婆，
    你不累吗？” a paragraph and 我问她。 the next, where the English writes '"Don't you get
    tired, Grandma?" I asked her.' The paragraph pass can only pair whole paragraphs, so the
    question went with the paragraph before it and took that paragraph's last English sentence.
    Only where both edge beads are two-sided: a one-sided sentence at the edge ("（掌声）" after a
    paragraph the English prints without it) would otherwise be glued across the boundary just
    to save its 1-0 prior; and never for a 2-2 bead across the boundary (an omitted paragraph's
    sentence and the next paragraph's English glued as one bead). Nor does a title or heading
    paired as a paragraph of its own on both sides (`_title_pair`) join the body: an English
    lead that opens with a summary of its own ("Nanchuan's trade is growing again.") went up
    into the headline's bead, whose words it repeats (1-2 at 0.93)."""
    k = 0
    while k < len(groups) - 1:
        if groups[k][2] or groups[k + 1][2] or not per[k] or not per[k + 1] or not all(
                bead[0] and bead[1] for bead in (per[k][-1], per[k + 1][0])) \
                or any(_title_pair(scorer, group) for group in groups[k:k + 2]):
            k += 1   # a sentence without counterpart at the edge is `_shift_edges`' to move
            continue
        merged = _merge(groups[k], groups[k + 1])
        beads = _sentence_pass(scorer, [merged], _SENTENCE_TYPES, guide)
        saved = _total_cost(scorer, per[k] + per[k + 1]) - _total_cost(scorer, beads)
        zcut, ecut = groups[k][0].stop, groups[k][1].stop
        glued = any(len(z) > 1 and len(e) > 1 and (z.start < zcut < z.stop or
                                                    e.start < ecut < e.stop)
                    for z, e, _ in beads)   # a 2-2 across the boundary: two beads glued
        if saved > JOIN_MARGIN and not glued:
            groups[k:k + 2], per[k:k + 2] = [merged], [beads]
        else:
            k += 1


def _title_pair(scorer: Scorer, group: Group) -> bool:
    """Whether a paragraph group pairs a title or heading with its translation: one sentence
    on each side, neither ending as a sentence does (`Side.title`)."""
    z, e, _ = group
    return len(z) == len(e) == 1 and bool(scorer.zs.title) and scorer.zs.title[z.start] \
        and scorer.es.title[e.start]


def _join_stranded(scorer: Scorer, groups: list[Group], per: list[list[Group]],
                   guide: list[tuple[int, int]]) -> None:
    """A paragraph without counterpart joins the neighbouring group whose facing edge is a
    run of the other language without counterpart, when the sentence pass over both then
    costs clearly less (`EDGE_MARGIN`): the paragraph pass cut a pair whose words link weakly
    (下面，我愿回答大家的提问。 left out beside "Now I'm happy to take your questions." where
    a question and its answer are one English paragraph next to it). In place."""
    k = 0
    while k < len(groups):
        z, e, gap = groups[k]
        for n in (k - 1, k + 1):
            if not (gap and 0 <= n < len(groups)) or groups[n][2]:
                continue
            facing = _edge_run(per[n], first=n > k)
            if facing is None or facing[0] == bool(z):
                continue
            lo, hi = min(k, n), max(k, n)
            merged = _merge(groups[lo], groups[hi])
            beads = _sentence_pass(scorer, [merged], _SENTENCE_TYPES, guide)
            if _total_cost(scorer, beads) < _total_cost(scorer, per[lo] + per[hi]) - EDGE_MARGIN:
                groups[lo:hi + 1], per[lo:hi + 1] = [merged], [beads]
                k = lo
                break
        k += 1


def _inside(bead: Group, group: Group) -> bool:
    z, e, _ = bead
    gz, ge, _ = group
    return (gz.start <= z.start and z.stop <= gz.stop and ge.start <= e.start and
            e.stop <= ge.stop)


def _edge_run(beads: list[Group], first: bool) -> tuple[bool, int, bool] | None:
    """(Chinese side?, how many sentences, toward the previous group?) of the one-sided beads
    of one side at the group's first (or last) edge, or None."""
    ordered = beads if first else beads[::-1]
    if not ordered or (ordered[0][0] and ordered[0][1]):
        return None
    zh_side = bool(ordered[0][0])
    count = 0
    for z, e, _ in ordered:
        if (z and e) or bool(z) != zh_side:
            break
        count += len(z) + len(e)
    return zh_side, count, first


def _moved(a: Group, b: Group, zh_side: bool, count: int, leftward: bool
           ) -> tuple[Group, Group]:
    """Groups `a` and `b` (adjacent) with `count` sentences of one side moved from the start of
    `b` to `a` (`leftward`) or from the end of `a` to `b`."""
    shift = count if leftward else -count
    side = 0 if zh_side else 1
    ra, rb = a[side], b[side]
    ra, rb = range(ra.start, ra.stop + shift), range(rb.start + shift, rb.stop)
    if zh_side:
        return (ra, a[1], False), (rb, b[1], False)
    return (a[0], ra, False), (b[0], rb, False)


def _total_cost(scorer: Scorer, beads: list[Group]) -> float:
    return sum(scorer.cost(z.start, z.stop, e.start, e.stop) for z, e, _ in beads)


def _groups(scorer: Scorer, zb: list[int] | None, eb: list[int] | None,
            model: LengthModel | None = None) -> list[Group]:
    """Rectangles of sentences to align separately: the aligned paragraph groups, or the whole
    (paragraphs paired under `model`, by default the scorer's)."""
    n, m = len(scorer.zs.length), len(scorer.es.length)
    if zb is None or eb is None:
        return [(range(0, n), range(0, m), False)]
    pz, pe = paragraph_sides(scorer.zs, zb), paragraph_sides(scorer.es, eb)
    pscorer = Scorer(pz, pe, model or scorer.model, PARA_PRIORS, islands=True)
    path = search(pscorer, 0, len(zb) - 1, 0, len(eb) - 1, _PARA_TYPES)
    groups = [(range(zb[p.start], zb[p.stop]), range(eb[q.start], eb[q.stop]), not p or not q)
              for p, q in beads_of(path)]
    return _rescue_gaps(scorer, groups)


def _rescue_gaps(scorer: Scorer, groups: list[Group]) -> list[Group]:
    """A paragraph without counterpart is kept apart only if none of its sentences finds a
    sure translation in a neighbouring group: a partly translated paragraph (two of its four
    sentences kept) looks like an omission to the paragraph pass, whose length model it fools.
    Such a paragraph joins the neighbour, and the sentence pass decides sentence by sentence."""
    out = list(groups)
    k = 0
    while k < len(out):
        z, e, gap = out[k]
        if not gap:
            k += 1
            continue
        # The nearest two-sided group on each side, with the gaps in between.
        best, span = 0, None
        for step in (-1, 1):
            at = k + step
            while 0 <= at < len(out) and out[at][2]:
                at += step
            if not 0 <= at < len(out):
                continue
            lo, hi = min(k, at), max(k, at)
            merged = _merge(out[lo], out[hi])
            taken = _sure_matches(scorer, merged, z if z else e, bool(z))
            if taken > best:
                best, span = taken, (lo, hi)
        if span is None:
            k += 1
            continue
        lo, hi = span
        out[lo:hi + 1] = [_merge(out[lo], out[hi])]
        k = lo
    return out


def _merge(a: Group, b: Group) -> Group:
    return (range(a[0].start, b[0].stop), range(a[1].start, b[1].stop), False)


def _sure_matches(scorer: Scorer, group: Group, orphans: range, zh_side: bool) -> int:
    """How many of the `orphans` sentences a sentence pass over `group` pairs with good
    evidence, better evidence than any sentence of the neighbour the pass left without a
    counterpart has for the same bead (a paragraph left out whose names recur next door must
    not take the English of the neighbour's sentence: 5月的西安… in the place of
    元首们在友好的气氛中…)."""
    z, e, _ = group
    path = beads_of(search(scorer, z.start, z.stop, e.start, e.stop, COARSE_TYPES))
    left = [k for bz, be in path for mine, other in (((bz, be) if zh_side else (be, bz)),)
            if mine and not other for k in mine if k not in orphans]
    count = 0
    for bz, be in path:
        mine = bz if zh_side else be
        if not (bz and be and mine.start in orphans):
            continue
        evidence = _evidence(scorer, bz, be)
        if evidence < LEARN_FROM or any(
                _evidence(scorer, range(k, k + 1), be) >= evidence if zh_side else
                _evidence(scorer, bz, range(k, k + 1)) >= evidence for k in left):
            continue
        count += sum(not scorer.figures_unmatched(k, bz, be, zh_side) for k in
                     range(max(mine.start, orphans.start), min(mine.stop, orphans.stop)))
    return count


def _sentence_pass(scorer: Scorer, groups: list[Group], types: list[tuple[int, int]],
                   guide: list[tuple[int, int]] | None) -> list[Group]:
    out: list[Group] = []
    for z, e, _gap in groups:
        if not z or not e:                 # a paragraph without counterpart: one bead per sentence
            out.extend((range(i, i + 1), range(e.start, e.start), True) for i in z)
            out.extend((range(z.start, z.start), range(j, j + 1), True) for j in e)
            continue
        path = search(scorer, z.start, z.stop, e.start, e.stop, types, guide)
        out.extend((bz, be, False) for bz, be in beads_of(path))
    return out


# ---------------------------------------------------------------- confidence

def _margins(scorer: Scorer, beads: list[Group]) -> list[float]:
    """For each bead boundary, how much more the best alternative costs (in nats): moving the
    boundary by one sentence on either side or both, or merging the two beads around it.
    A small margin means the text itself cannot tell where one bead ends."""
    pts = [(z.start, e.start) for z, e, _ in beads]
    pts.append((beads[-1][0].stop, beads[-1][1].stop))
    inf = math.inf

    def cost(i0: int, i1: int, j0: int, j1: int) -> float:
        if (i1 - i0, j1 - j0) not in PRIORS:
            return inf
        return scorer.cost(i0, i1, j0, j1)

    out = [inf]
    for k in range(1, len(pts) - 1):
        (a0, b0), (a1, b1), (a2, b2) = pts[k - 1], pts[k], pts[k + 1]
        actual = cost(a0, a1, b0, b1) + cost(a1, a2, b1, b2)
        best = cost(a0, a2, b0, b2)
        for x in (a1 - 1, a1, a1 + 1):
            for y in (b1 - 1, b1, b1 + 1):
                if (x, y) != (a1, b1) and a0 <= x <= a2 and b0 <= y <= b2:
                    best = min(best, cost(a0, x, b0, y) + cost(x, a2, y, b2))
        out.append(best - actual if actual < inf else 0.0)
    out.append(inf)
    return out


def _orphan_beside(scorer: Scorer, beads: list[Group], k: int) -> bool:
    """Whether a neighbouring one-sided bead's sentence has a good share of its words
    (`ORPHAN_SHARE`) linked to this bead's other side: then it may belong here, and the
    boundary between the two is in doubt."""
    z, e, _ = beads[k]
    if not z or not e:
        return False
    for nz, ne, gap in (beads[x] for x in (k - 1, k + 1) if 0 <= x < len(beads)):
        if gap or (nz and ne):
            continue
        if nz and scorer.zinv[nz.start] * _bits(
                scorer.pair(nz.start, j)[0] for j in e) >= ORPHAN_SHARE:
            return True
        if ne and scorer.einv[ne.start] * _bits(
                scorer.pair(i, ne.start)[1] for i in z) >= ORPHAN_SHARE:
            return True
    return False


def _leaks(scorer: Scorer, beads: list[Group]) -> list[float]:
    """Per boundary between beads k − 1 and k, the larger share of an edge sentence's items
    that find no counterpart in its own bead but do in the neighbour across the boundary.
    A short sentence on the wrong side of a boundary links a stray common word ("offering")
    in its own bead, and its specific words (公山羊 "goat", 赎罪祭 "sin") only next door;
    words linked on both sides say nothing either way and are not counted."""
    out = [0.0]
    for k in range(1, len(beads)):
        worst = 0.0
        for a, b in ((k - 1, k), (k, k - 1)):
            z, e, _ = beads[a]
            nz, ne, _ = beads[b]
            if z and ne:
                i = z.stop - 1 if b > a else z.start
                own = _bits_of(scorer.pair(i, j)[0] for j in e)
                near = _bits_of(scorer.pair(i, j)[0] for j in ne)
                worst = max(worst, (near & ~own).bit_count() * scorer.zinv[i])
            if e and nz:
                j = e.stop - 1 if b > a else e.start
                own = _bits_of(scorer.pair(i, j)[1] for i in z)
                near = _bits_of(scorer.pair(i, j)[1] for i in nz)
                worst = max(worst, (near & ~own).bit_count() * scorer.einv[j])
        out.append(worst)
    out.append(0.0)
    return out


def _adopt_orphans(scorer: Scorer, beads: list[Group], posterior: list[float],
                   groups: list[Group], verse: list[bool]) -> tuple[list[Group], list[float]]:
    """A one-sided sentence whose items are linked (`ORPHAN_SHARE`) to a neighbouring bead's
    other side joins that bead: the length model took it for an addition or an omission, but
    its words say it translates part of the neighbour (one long Chinese sentence written as two
    English sentences, the second short). The joined bead keeps the lower posterior of its two
    parts. A paragraph without counterpart is left alone, and no 2-2 bead is made (a bigger
    bead links more words by construction: two glued 1-1 beads, as a rule). Nor does a sentence
    cross into another paragraph group: the last sentence of a paragraph whose English was
    left out is an omission, not part of the next paragraph's first bead.
    Measured on the Bible set: strict F1 0.956 → 0.961.
    A list's lead-in (`_list_lead`) joins the list after it, whatever its share and the size.
    Bigger than any type, a line of a poem (`verse`: short, no punctuation) joins the other
    lines of its stanza whose English is one sentence (a stanza the English writes as one
    sentence over five lines, which tifa joins). So does an English sentence beside a bead of
    one Chinese sentence cut by ； into clauses (`Side.clauses`, `_zh_clauses`), up to one English
    sentence a clause: the translator gave each measure of 加大…；扩大…；支持…；加快…；优化… a
    sentence of its own (1-5), and the DP left the fifth one-sided."""
    starts = {(z.start, e.start) for z, e, _ in groups[1:]}
    out, post = list(beads), list(posterior)
    k = 0
    while k < len(out):
        z, e, gap = out[k]
        if _list_lead(scorer, out, k):
            out[k:k + 2] = [(range(z.start, out[k + 1][0].stop), range(e.start, out[k + 1][1].stop),
                             False)]
            post[k:k + 2] = [min(post[k], post[k + 1])]
            continue
        if gap or (z and e):
            k += 1
            continue
        best, at, lines = ORPHAN_SHARE, None, False
        for j in (k - 1, k + 1):
            if not 0 <= j < len(out) or out[j][2] or not (out[j][0] and out[j][1]):
                continue
            nz, ne, _ = out[j]
            later = out[max(j, k)]
            if (later[0].start, later[1].start) in starts:
                continue  # the two are in different paragraph groups
            shape = (len(nz) + len(z), len(ne) + len(e))
            stanza = bool(z) and len(nz) > 1 and len(ne) == 1 and scorer.zpara is not None \
                and all(verse[x] and scorer.zpara[x] == scorer.zpara[z.start] for x in (*z, *nz))
            clauses = shape[0] == 1 and bool(scorer.zs.clauses) \
                and shape[1] <= scorer.zs.clauses[(z or nz).start]
            if (shape not in PRIORS and not stanza and not clauses) or shape == (2, 2):
                continue
            lo, hi = min(k, j), max(k, j)
            if scorer.rows_merged(out[lo][0].start, out[hi][0].stop, out[lo][1].start,
                                  out[hi][1].stop):
                continue    # a table's row is a line: another line is no part of it
            share = 1.0 if stanza else \
                scorer.zinv[z.start] * _bits(scorer.pair(z.start, y)[0] for y in ne) if z \
                else scorer.einv[e.start] * _english_links(scorer, nz, e.start)
            if share < best and _figures_across(scorer, z, e, nz, ne):
                share = best
            if share >= best:
                best, at, lines = share, j, stanza
        if at is None:
            k += 1
            continue
        lo, hi = min(k, at), max(k, at)
        out[lo:hi + 1] = [(range(out[lo][0].start, out[hi][0].stop),
                           range(out[lo][1].start, out[hi][1].stop), False)]
        post[lo:hi + 1] = [min(post[lo], post[hi])]
        k = lo - 1 if lines and lo else lo   # the stanza's line before may now join too
    return out, post


# A speaker's label where a transcript puts it inline: "Q:", "Zhou Min:", "MODERATOR:", 记者：.
_EN_LABEL = re.compile(r"(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}):\s")
_ZH_LABEL = re.compile(r"[\u4e00-\u9fff]{1,6}[：:]")
# A speaker's name on a line of its own above the turn (记者 / 周敏, "ZHOU MIN"): a short line of
# letters only, no punctuation.
_NAME_ONLY = re.compile(r"[\u4e00-\u9fff]{1,6}|[A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){0,3}")


def _adopt_labels(beads: list[Group], posterior: list[float], zh: list[str], en: list[str]
                  ) -> tuple[list[Group], list[float]]:
    """A speaker's name on a line of its own (`_NAME_ONLY`, a line the text repeats: 记者 over
    each question) joins the bead after it when that bead's other side opens its turn with a
    label inline ("Q: How did you…", `_EN_LABEL`): a magazine's layout against a transcript's,
    the name line is the label the other side writes inline. Left one-sided (1-0 at 0.69-0.78),
    it was an omission to lint and a unit to review; the bead keeps its posterior."""
    zh_count, en_count = Counter(zh), Counter(en)
    out: list[Group] = []
    post: list[float] = []
    k = 0
    while k < len(beads):
        z, e, gap = beads[k]
        if k + 1 < len(beads) and bool(z) != bool(e):
            nz, ne, ngap = beads[k + 1]
            texts, count, own, other, opens, across = (
                (zh, zh_count, z, ne, _EN_LABEL, en) if z else (en, en_count, e, nz, _ZH_LABEL, zh))
            if len(own) == 1 and nz and ne and (nz if z else ne).start == own.stop \
                    and count[texts[own.start]] > 1 and _NAME_ONLY.fullmatch(texts[own.start]) \
                    and opens.match(across[other.start]):
                out.append((range(z.start, nz.stop) if z else nz,
                            ne if z else range(e.start, ne.stop), ngap))
                post.append(posterior[k + 1])
                k += 2
                continue
        out.append((z, e, gap))
        post.append(posterior[k])
        k += 1
    return out, post


def _adopt_turns(scorer: Scorer, beads: list[Group], posterior: list[float],
                 quotes: list[int]) -> tuple[list[Group], list[float]]:
    """A Chinese sentence that is a run of speech turns (`speech_turns`) takes the one-sided
    English sentences on either side of its bead, up to as many as it has turns (and one for
    its narration): the English gives each turn a paragraph, a bead bigger than any type, and
    the length model left the turns it could not fit one-sided. An English sentence joins when
    it opens a quotation or its words are linked to the Chinese (`ORPHAN_SHARE`: the narration
    "Ah Ming said no more…" after the quotes). With room still left, it takes the
    quoted turn at the edge of a neighbouring bead whose English opens more quotations than
    its Chinese holds (`quotes`, per Chinese sentence): “慢点喝。”王嫂说。 beside a run of
    turns “嗯。”“昨晚…” kept the run's first turn "Mm." The bead keeps the lowest posterior."""
    out, post = list(beads), list(posterior)
    k = 0
    while k < len(out):
        z, e, gap = out[k]
        room = scorer.zs.turns[z.start] - len(e) if scorer.zs.turns and len(z) == 1 and e \
            and not gap else 0
        for step in (-1, 1):
            while room > 0:
                j = k + step
                if not 0 <= j < len(out):
                    break
                nz, ne, _ = out[j]   # often a paragraph of its own: the English's turn
                if nz or len(ne) != 1 or not (
                        scorer.es.turns[ne.start]
                        or scorer.einv[ne.start] * scorer.pair(z.start, ne.start)[1].bit_count()
                        >= ORPHAN_SHARE):
                    break
                e = range(min(e.start, ne.start), max(e.stop, ne.stop))
                out[min(j, k):max(j, k) + 1] = [(z, e, False)]
                post[min(j, k):max(j, k) + 1] = [min(post[j], post[k])]
                k = min(j, k)
                room -= 1
            j = k + step
            if room <= 0 or not 0 <= j < len(out):
                continue
            nz, ne, ngap = out[j]
            edge = ne.stop - 1 if step < 0 else ne.start
            if ngap or not nz or len(ne) < 2 or not scorer.es.turns[edge] or \
                    sum(scorer.es.turns[y] for y in ne) <= sum(quotes[i] for i in nz):
                continue
            out[j] = (nz, range(ne.start, edge) if step < 0 else range(edge + 1, ne.stop), False)
            e = range(min(e.start, edge), max(e.stop, edge + 1))
            out[k] = (z, e, False)
            post[k] = min(post[j], post[k])
            room -= 1
        k += 1
    return out, post


def _shed_first(beads: list[Group], posterior: list[float], sheds) -> tuple[list[Group],
                                                                           list[float]]:
    """A 1-n bead whose first English sentence `sheds(z, e)` says is no translation of the
    bead's Chinese loses that sentence, which becomes a bead of its own (0-1); both keep the
    bead's posterior."""
    out: list[Group] = []
    post: list[float] = []
    for (z, e, gap), p in zip(beads, posterior, strict=True):
        if len(z) == 1 and sheds(z, e):
            out.append((range(z.start, z.start), range(e.start, e.start + 1), gap))
            post.append(p)
            e = range(e.start + 1, e.stop)
        out.append((z, e, gap))
        post.append(p)
    return out, post


def _shed_notes(beads: list[Group], posterior: list[float], zh_note: list[bool],
                en_note: list[bool]) -> tuple[list[Group], list[float]]:
    """A note the translator signs as such (`translator_note`: "[… – Tr.]", "(Translator's
    note: …)", 译者注：…) translates nothing: at either end of a bead that has a unit besides it
    on its side, it leaves the bead for one of its own (0-1, 1-0) beside it where the text has
    it; both keep the bead's posterior. A note that shares a name with the sentence it
    explains ("Chaoshan") was glued to it (1-2 at 0.99, a unit with the note in it)."""
    out: list[Group] = []
    post: list[float] = []
    for (z, e, gap), p in zip(beads, posterior, strict=True):
        before: list[Group] = []
        after: list[Group] = []
        if z and e:
            while len(z) > 1 and zh_note[z.stop - 1]:
                after.insert(0, (range(z.stop - 1, z.stop), range(e.stop, e.stop), gap))
                z = range(z.start, z.stop - 1)
            while len(z) > 1 and zh_note[z.start]:
                before.append((range(z.start, z.start + 1), range(e.start, e.start), gap))
                z = range(z.start + 1, z.stop)
            while len(e) > 1 and en_note[e.stop - 1]:
                after.insert(0, (range(z.stop, z.stop), range(e.stop - 1, e.stop), gap))
                e = range(e.start, e.stop - 1)
            while len(e) > 1 and en_note[e.start]:
                before.append((range(z.start, z.start), range(e.start, e.start + 1), gap))
                e = range(e.start + 1, e.stop)
        out += [*before, (z, e, gap), *after]
        post += [p] * (len(before) + 1 + len(after))
    return out, post


# A bare answer ("Yes.", "No!") the English puts before the answer's sentence, and a Chinese
# answer that opens with none (可以。/ 不需要。/ 是的， are sentences or words of their own).
_BARE_ANSWER = re.compile(r"(?:Yes|No|Yes, indeed|Certainly|Of course)[.!]")
_ZH_ANSWER = re.compile(r"[“\"]?(?:是|对|可以|能|会|要|需要|不|没|好|当然|行|有)")


def _bare_answer(zh: list[str], en: list[str], z: range, e: range) -> bool:
    """A FAQ's English that answers "Yes." where the Chinese goes straight to the rule: the
    length model glued the added word to the next sentence's bead (1-2 at 0.97). A bead
    whose first English sentence is a bare answer and whose Chinese opens with no answer word
    sheds it (`_shed_first`)."""
    return len(e) >= 2 and _BARE_ANSWER.fullmatch(en[e.start]) is not None \
        and not _ZH_ANSWER.match(zh[z.start])


def _lead_ins_back(scorer: Scorer, beads: list[Group], posterior: list[float]
                   ) -> tuple[list[Group], list[float]]:
    """A list's lead-in ends its bead: where one side's bead closes with a sentence ending in a
    colon (读者凭读者证借书，每证可借：) and the other side's lead-in ("Each card allows:") opens
    the next bead, the item's, before more of it, that sentence goes back to the bead before.
    The DP glued it to the item for its length alone (a short lead-in, a short item); the
    bead keeps its posterior."""
    out = list(beads)
    for k in range(len(out) - 1):
        (z, e, gap), (nz, ne, ngap) = out[k], out[k + 1]
        if not (z and e and nz and ne):
            continue
        for mine, other, nmine, nother, side, other_side in (
                (z, e, nz, ne, scorer.zs, scorer.es), (e, z, ne, nz, scorer.es, scorer.zs)):
            if side.lead[mine.stop - 1] == LEAD_IN and other_side.lead[other.stop - 1] != LEAD_IN \
                    and len(nother) >= 2 and other.stop == nother.start \
                    and other_side.lead[nother.start] == LEAD_IN and side.lead[nmine.start] == 0:
                other, nother = range(other.start, other.stop + 1), \
                    range(nother.start + 1, nother.stop)
                z, e = (mine, other) if side is scorer.zs else (other, mine)
                nz, ne = (nmine, nother) if side is scorer.zs else (nother, nmine)
                out[k], out[k + 1] = (z, e, gap), (nz, ne, ngap)
                break
    return out, posterior


def _zh_items(text: str, enumerated: bool = False) -> int:
    """How many items a Chinese list run on in one sentence holds after its last colon: its
    parts between ； (一是……；二是……), or between ， where it has no ； (and between 、 too if
    `enumerated`: members named 外事委员会主席卡鲁、农业委员会委员莫约、…，以及…)."""
    tail = re.split("[:：]", text)[-1].strip().rstrip("。；，;,.")
    cut = "；" if "；" in tail else "[，、]" if enumerated else "，"
    return sum(1 for part in re.split(cut, tail) if part.strip())


def _zh_clauses(text: str) -> int:
    """How many clauses a Chinese sentence holds between ；: measures or items a translator may
    give a sentence each (1 for a sentence without ；)."""
    return sum(1 for part in text.rstrip("。；;").split("；") if part.strip())


def _item_marker(sentence: str) -> str | None:
    """A list item's marker: its bullet ("•", "-"), "n" for a numbered item ("1)", "(2)"), or
    ";" for an item a line without a mark that ends in a semicolon ("Moyo, member of the
    Agriculture Committee;", the last item ending in a full stop)."""
    bullet = _ITEM.match(sentence)
    if bullet:
        return sentence[0]
    if _NUMBERED.match(sentence):
        return "n"
    return ";" if sentence.rstrip().endswith(";") else None


def _adopt_items(scorer: Scorer, beads: list[Group], posterior: list[float], zh: list[str],
                 en: list[str]) -> tuple[list[Group], list[float]]:
    """The items of a bulleted list after a lead-in join its bead: the Chinese runs the list on
    in one sentence after a colon (目标是：地区生产总值增长5.5%左右，…；), the English gives a
    lead-in ending in a colon and an item a line ("- GDP growth of about 5.5%;"). No bead
    type holds more than four sentences, so the DP left the last items one-sided (0-1 at
    0.98: lint reported them as additions, `tm build` as lines without counterpart). The
    one-sided items right after such a bead, with the bullet (or numbering) of the bead's own
    items, join it up to as many items as the Chinese list has (`_zh_items`): an item the
    English adds beyond them stays one-sided. The bead keeps the lowest posterior."""
    out, post = list(beads), list(posterior)
    k = -1
    while k + 2 < len(out):  # (`out` shrinks as items join their bead)
        k += 1
        z, e, gap = out[k]
        if gap or len(z) != 1 or not e or scorer.zs.lead[z.start] != COLON:
            continue
        leads = [j for j in e if scorer.es.lead[j] == LEAD_IN]
        if not leads:
            continue
        items = list(range(leads[-1] + 1, e.stop))
        markers = {_item_marker(en[j]) for j in items}
        if None in markers or len(markers) > 1:
            continue
        room = _zh_items(zh[z.start], markers == {";"}) - len(items)
        while room > 0 and k + 1 < len(out):
            nz, ne, _ = out[k + 1]   # an item a line may be a paragraph without counterpart
            if nz or len(ne) != 1 or ne.start != e.stop:
                break
            marker = _item_marker(en[ne.start])
            last = markers == {";"} and marker is None and en[ne.start].rstrip().endswith(".")
            if not last and (marker is None or (markers and marker not in markers)):
                break
            markers.add(marker)
            e = range(e.start, ne.stop)
            out[k:k + 2] = [(z, e, False)]
            post[k:k + 2] = [min(post[k], post[k + 1])]
            room -= 1
            if last:     # the list's last item, ending in a full stop
                break
    return out, post


def _adopt_credits(scorer: Scorer, beads: list[Group], posterior: list[float]
                   ) -> tuple[list[Group], list[float]]:
    """A photographer's credit (`caption_role`: 新华社记者 方明 摄, "(Xinhua/Fang Ming)") is part
    of the caption it follows: one-sided right after a two-sided bead whose own side ends with
    a caption, it joins that bead (a credit in brackets is an aside, which the search leaves
    alone). The bead keeps the lower posterior."""
    zs, es = scorer.zs, scorer.es
    if not zs.caption or not es.caption:
        return beads, posterior
    out, post = list(beads), list(posterior)
    k = 1
    while k < len(out):
        (pz, pe, pgap), (z, e, gap) = out[k - 1], out[k]
        own, roles, prev = (z, zs.caption, pz) if z else (e, es.caption, pe)
        if not gap and not pgap and pz and pe and len(z) + len(e) == 1 \
                and roles[own.start] == CREDIT and prev.stop == own.start \
                and roles[prev.stop - 1] == CAPTION:
            out[k - 1:k + 1] = [(range(pz.start, z.stop) if z else pz,
                                 range(pe.start, e.stop) if e else pe, False)]
            post[k - 1:k + 1] = [min(post[k - 1], post[k])]
            continue
        k += 1
    return out, post


def _unfold_rows(scorer: Scorer, beads: list[Group], posterior: list[float]
                 ) -> tuple[list[Group], list[float]]:
    """A Chinese table row (`table_row`: cells between tabs) that an English without tables
    unfolds into a line a cell: a signature block's two columns side by side (中华人民共和国代表
    <tab> 瓦伦共和国代表, then 王海 <tab> 恩达耶) written "For the People's Republic of China" /
    "For the Republic of Valen" / "Wang Hai" / "Ndaye". Each line is a paragraph of its own, so the
    paragraph pass left the second line of each row one-sided (0-1 at 0.95) and no orphan could
    cross into it (or the first, `fresh13/contract`'s "Signed for Party A:"). The one-sided
    English lines right before and after a row's bead join it, up to a line a cell, when each
    is a line without a sentence end, or a label's colon (a cell, not an added sentence). The bead
    keeps the lowest posterior. Not where the English keeps tables (`tabled`): there a row is a
    line, and a line after it is a row of its own (an added coffee break)."""
    out, post = list(beads), list(posterior)
    zs, es = scorer.zs, scorer.es
    if not zs.cells or not es.title:
        return out, post

    def cell(j: int) -> bool:   # no sentence end, or a label's colon ("Signed for Party A:")
        return es.title[j] or es.lead[j] == LEAD_IN

    def line(k: int, at: int) -> bool:   # bead k is one English line alone, the one at `at`
        return 0 <= k < len(out) and not out[k][0] and len(out[k][1]) == 1 \
            and out[k][1].start == at and cell(at)

    k = 0
    while k < len(out):  # (`out` shrinks as lines join their row)
        z, e, gap = out[k]
        if gap or len(z) != 1 or not e or not all(map(cell, e)):
            k += 1
            continue
        room = zs.cells[z.start] - len(e)
        while room > 0 and (line(k - 1, e.start - 1) or line(k + 1, e.stop)):
            other = k - 1 if line(k - 1, e.start - 1) else k + 1
            lo = min(k, other)
            e = range(min(e.start, out[other][1].start), max(e.stop, out[other][1].stop))
            out[lo:lo + 2] = [(z, e, False)]
            post[lo:lo + 2] = [min(post[lo], post[lo + 1])]
            k, room = lo, room - 1
        k += 1
    return out, post


def _lead_in_across(scorer: Scorer, beads: list[Group], posterior: list[float]
                    ) -> tuple[list[Group], list[float]]:
    """A Chinese article's lead-in and its items, the items a paragraph each (第三条　禁止下列…：
    / （一）… / （二）… / （三）…), against an English that puts the article's number on a line of
    its own ("Article 3") and runs the lead-in and the items into one sentence ("The following
    acts … are prohibited: (1) …; (2) …; and (3) …."): the number's line took the lead-in (1-1,
    confident, a wrong unit) and the items the sentence (3-1). No bead type holds four and two
    sentences. Where a lead-in's bead has no colon in its English and the next bead is the
    numbered items against English that has one, the two are one bead (the lower posterior)."""
    out, post = list(beads), list(posterior)
    zs, es = scorer.zs, scorer.es
    k = 0
    while k + 1 < len(out):
        (z, e, gap), (nz, ne, next_gap) = out[k], out[k + 1]
        if len(z) == 1 and e and nz and ne and z.stop == nz.start and e.stop == ne.start \
                and zs.lead[z.start] == LEAD_IN and not any(es.lead[j] for j in e) \
                and zs.number and all(zs.number[i] is not None for i in nz) \
                and any(es.lead[j] for j in ne):
            out[k:k + 2] = [(range(z.start, nz.stop), range(e.start, ne.stop), gap or next_gap)]
            post[k:k + 2] = [min(post[k], post[k + 1])]
            continue
        k += 1
    return out, post


def _list_lead(scorer: Scorer, beads: list[Group], k: int) -> bool:
    """Is one-sided bead `k` the lead-in of a list the next bead holds: a sentence ending in a
    colon ("In 2027 the main tasks are to:"), then a bead of its own text's items (bullets,
    numbered lines: two or more sentences) against one sentence across that has the colon
    too (2027年的主要任务是：一是……；二是……). The Chinese list is one sentence cut by
    semicolons, so the lead-in is part of it; its own words (2027, "main tasks") may link it,
    but not always ("The plan will be underpinned by:" for 保障措施包括：). Its own line is a
    paragraph of its own, so it may cross into the list's paragraph group."""
    z, e, _ = beads[k]
    if len(z) + len(e) != 1 or k + 1 >= len(beads):
        return False
    side, other_side = (scorer.zs, scorer.es) if z else (scorer.es, scorer.zs)
    if not side.lead or side.lead[(z or e).start] != LEAD_IN:
        return False
    nz, ne, gap = beads[k + 1]
    if gap or not (nz and ne):
        return False
    mine, other = (nz, ne) if z else (ne, nz)
    return len(mine) >= 2 and len(other) == 1 and other_side.lead[other.start] == COLON


def _figures_across(scorer: Scorer, z: range, e: range, nz: range, ne: range) -> bool:
    """Whether the one-sided sentence (`z` or `e`) has figures of its own (at least two) and
    half of them or more are found in the neighbouring bead's other side (`ne` or `nz`): a
    crop report's "Area slipped 0.1% to 26.61 Mha…, while yields improved 0.5% to 5.63 t/ha
    (+29.9 kg/ha)" says two Chinese sentences of figures in one, leaving out the second's
    figures in 亩 (5626.2公斤/公顷（375.1公斤/亩）): its words linked 0.26 of it, under
    `ORPHAN_SHARE`, and it stood as an omission beside a confident 1-1 whose English figures it
    holds."""
    if z:
        fig, linked = scorer.zfig[z.start], _bits_of(scorer.pair(z.start, y)[0] for y in ne)
    else:
        fig, linked = scorer.efig[e.start], _bits_of(scorer.pair(x, e.start)[1] for x in nz)
    count = fig.bit_count()
    return count >= 2 and 2 * (fig & linked).bit_count() >= count


def _english_links(scorer: Scorer, z: range, j: int) -> int:
    """How many items of English sentence `j` are linked to the Chinese sentences `z`; to one
    sentence, as a merged bead counts them (`Scorer.glossed`: a word's gloss counts little)."""
    linked = _bits_of(scorer.pair(i, j)[1] for i in z)
    return scorer.glossed(z.start, j, linked) if len(z) == 1 else linked.bit_count()


def _bits(masks) -> int:
    return _bits_of(masks).bit_count()


def _bits_of(masks) -> int:
    union = 0
    for mask in masks:
        union |= mask
    return union


def _evidence(scorer: Scorer, z: range, e: range) -> float:
    """0..1 from the bead's own words and length: picks the first pass's beads to learn from."""
    zshare, eshare = scorer.shares(z.start, z.stop, e.start, e.stop)
    shares = [s for s in zshare + eshare if s >= 0]
    lexical = min(1.0, (0.5 * sum(shares) / len(shares) + 0.5 * min(shares)) / 0.35) \
        if shares else 0.0
    fit = math.exp(-scorer.length_cost(z.start, z.stop, e.start, e.stop))
    return 0.15 + 0.5 * lexical + 0.35 * fit


_MARGIN_CAP = 10.0


def _posteriors(scorer: Scorer, groups: list[Group], final: list[Group]) -> list[float]:
    """Each bead's posterior probability in its group (`align_core.posteriors`); 1.0 for the
    beads of a paragraph without counterpart."""
    out: list[float] = []
    k = 0
    for z, e, _gap in groups:
        if not z or not e:                     # as `_sentence_pass`: one bead per sentence
            out.extend([1.0] * (len(z) + len(e)))
            k += len(z) + len(e)
            continue
        start = k
        while (final[k][0].stop, final[k][1].stop) != (z.stop, e.stop):
            k += 1
        k += 1
        path = [(bz.start, be.start) for bz, be, _ in final[start:k]] + [(z.stop, e.stop)]
        out.extend(posteriors(scorer, z.start, z.stop, e.start, e.stop, _SENTENCE_TYPES, path))
    return out


def _all_features(scorer: Scorer, final: list[Group], first: list[Group],
                  posterior: list[float]) -> list[list[float]]:
    """The confidence features of every bead (`tm.align_confidence.FEATURES`, in order)."""
    margins = _margins(scorer, final)
    leaks = _leaks(scorer, final)
    stable = {(z.start, z.stop, e.start, e.stop) for z, e, _ in first}
    out = []
    for k, (z, e, gap) in enumerate(final):
        x = dict.fromkeys(FEATURES, 0.0)
        outer = min(margins[k - 1] if k >= 1 else math.inf,
                    margins[k + 2] if k + 2 < len(margins) else math.inf)
        x["margin"] = min(margins[k], margins[k + 1], _MARGIN_CAP) / _MARGIN_CAP
        x["outer_margin"] = min(outer, _MARGIN_CAP) / _MARGIN_CAP
        x["stable"] = float((z.start, z.stop, e.start, e.stop) in stable)
        x["posterior"] = posterior[k]
        x["log_posterior"] = max(math.log(max(posterior[k], 1e-9)), -_MARGIN_CAP) / _MARGIN_CAP
        x["neighbour_posterior"] = min(
            (posterior[j] for j in (k - 1, k + 1) if 0 <= j < len(final)), default=1.0)
        x["leak"] = max(leaks[k], leaks[k + 1])
        x["beside_one_sided"] = float(any(
            not gap2 and not (nz and ne) for nz, ne, gap2 in
            (final[j] for j in (k - 1, k + 1) if 0 <= j < len(final))))
        if gap:
            x["gap"] = 1.0
        elif not z or not e:
            x["one_sided"] = 1.0
            x["one_sided_link"] = _one_sided_link(scorer, z, e)
        else:
            zshare, eshare = scorer.shares(z.start, z.stop, e.start, e.stop)
            shares = [s for s in zshare + eshare if s >= 0] or [0.0]
            x["mean_share"] = sum(shares) / len(shares)
            x["min_share"] = min(shares)
            x["size"] = (len(z) + len(e) - 2) / 3
            x["many"] = float(max(len(z), len(e)) >= 4)
            x["chars"] = math.log1p(scorer.zsum[z.stop] - scorer.zsum[z.start]) / 4
            x["length_cost"] = min(scorer.length_cost(z.start, z.stop, e.start, e.stop),
                                   _MARGIN_CAP) / _MARGIN_CAP
            x["orphan_beside"] = float(_orphan_beside(scorer, final, k))
        out.append([x[name] for name in FEATURES])
    return out


def _one_sided_link(scorer: Scorer, z: range, e: range) -> float:
    """A one-sided bead's sentence: the best share of its items linked to one sentence of the
    other side nearby (a sentence that links well may belong to a neighbour after all)."""
    n, m = len(scorer.zs.length), len(scorer.es.length)
    if z:
        i = z.start
        return max((scorer.pair(i, j)[0].bit_count() * scorer.zinv[i]
                    for j in range(max(0, e.start - 2), min(m, e.start + 2))), default=0.0)
    j = e.start
    return max((scorer.pair(i, j)[1].bit_count() * scorer.einv[j]
                for i in range(max(0, z.start - 2), min(n, z.start + 2))), default=0.0)


# ---------------------------------------------------------------- texts and paragraphs

_SENTENCE_END = re.compile(r"[。！？!?…：:；;.”’\"')）」』*_]\s*$")


def split_paragraphs(text: str) -> list[str]:
    """The paragraphs of a plain text, each as one line of text.

    Blank lines separate paragraphs when the text has any. Without blank lines (and inside a
    blank-line block of several lines) the layout decides: lines that mostly end a sentence, or
    are short lines such as a title, a date or a speaker line, are one paragraph each; lines that
    mostly run on are hard wraps of one paragraph.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
        for part in _cue_parts(lines):
            if len(part) == 1 or one_per_line(part):
                out.extend(part)
            else:
                out.append(_join_wrapped(part))
    return _across_page_breaks(out)


def _cue_line(lines: list[str], k: int) -> bool:
    """Is line k a subtitle cue's time line, or the cue number right above one (`cue_line`)?"""
    return 0 <= k < len(lines) and cue_line(lines[k], lines[k + 1] if k + 1 < len(lines) else "")


def _cue_parts(lines: list[str]) -> list[list[str]]:
    """A block's lines with each cue number and time line a part of its own (the rest of the
    block in parts between them, as they were)."""
    parts: list[list[str]] = []
    for k, line in enumerate(lines):
        if _cue_line(lines, k) or not parts or _cue_line(lines, k - 1):
            parts.append([line])
        else:
            parts[-1].append(line)
    return parts


# A paragraph that stops in mid-sentence (longer than a heading, its last character a
# lowercase letter, a digit, a comma, a semicolon or a hyphen) and a later one that starts in
# lowercase, with at most two short lines between them that end no sentence (a page number
# "- 2 -", a running head): one paragraph that a page break cut, as a scanned English page
# gives it. The lines between (the page's furniture) stay where they stand, inside the rejoined
# sentence: the English is cut, never trimmed.
_BROKEN = re.compile(r"[a-z0-9,;-]$")
_FURNITURE_MAX = 60


def _across_page_breaks(paragraphs: list[str]) -> list[str]:
    out: list[str] = []
    k = 0
    while k < len(paragraphs):
        para = paragraphs[k]
        k += 1
        while _BROKEN.search(para) and len(para) > _FURNITURE_MAX and not has_han(para):
            between = 0
            while k + between < len(paragraphs) and between < 2 and \
                    len(paragraphs[k + between]) <= _FURNITURE_MAX and \
                    not paragraphs[k + between][:1].islower() and \
                    not _SENTENCE_END.search(paragraphs[k + between]) and \
                    not _cue_line(paragraphs, k + between):
                between += 1
            nxt = k + between
            if nxt >= len(paragraphs) or not paragraphs[nxt][:1].islower():
                break
            para = _join_wrapped([para, *paragraphs[k:nxt + 1]])
            k = nxt + 1
        out.append(para)
    return out


_FUNCTION_END = re.compile(
    r"(?:,|;|\b(?:and|or|but|nor|of|to|in|on|at|by|for|with|from|as|the|a|an|that|which|who|"
    r"whose|is|are|was|were|be|will|would|has|have|had|its|their|our|this|these|both))$", re.I)
_PARAGRAPH_START = re.compile(r"^[A-Z0-9\"“'‘(\[]")
# A list item's bullet, or a table row's cell separator (a tab, " | "): such lines are units of
# their own whatever their last character (no wrapped paragraph starts a line with a bullet).
_ITEM = re.compile(r"^[-•*·▪●◦■○]\s+\S")
_CELLS = re.compile(r"\t|\s\|\s")
_NUMBERED = re.compile(r"^\(?(\d{1,2})[.)]\s+\S")
# A short line that opens with an amount ("500 g pork belly", "2 tbsp light soy sauce"): two in
# a row are an ingredient list's or a table's lines, no wrapped sentence.
_AMOUNT = re.compile(r"^\d[\d.,/]*\s?[A-Za-z]")
# A table's row flattened into a line, its cells between single spaces ("Gross regional product
# 18.64 billion yuan 5.6%"): a capitalised label, two figures or more, a figure last. Two in a
# row are rows, no wrapped sentence (a wrap that ends in a figure runs on in lowercase).
_ROW = re.compile(r"^[A-Z][^\d]*\d.*\s\d[\d.,]*%?$")
# A field line, "Label: value" (a table of figures flattened a row a line, "Regional GDP:
# 231.86 billion yuan, up 5.6%"; a form's "Venue: Nanning"): a label of up to six words.
_FIELD = re.compile(r"^[A-Z][\w'’()&/-]*(?: [\w'’()&/-]+){0,5}: \S")


# A letter's closing line ("Yours sincerely,", "With best regards,"): a line of its own, not
# wrapped into the signature under it (the Chinese 此致 / 敬礼！ and the signature are lines too).
_VALEDICTION = re.compile(
    r"(?i:(?:(?:very\s+)?(?:yours\s+)?(?:sincerely|faithfully|truly|respectfully|cordially)"
    r"(?:\s+yours)?|yours|(?:with\s+)?(?:(?:best|kind|warm)(?:est)?\s+)?(?:regards|wishes)"
    r"|best|(?:(?:with|all\s+my|much)\s+)?love|warmly|cheers))\s*,?$")


# An English programme's row: a time or a range of times first, then a capitalised item
# ("9:00–9:30 Opening Ceremony", "10:30 a.m. Coffee Break"): a unit of its own, as a bullet.
_EN_CLOCK_ROW = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[—–-]\s*\d{1,2}[:.]\d{2}"
                           r"(?:\s*[ap]\.?m\.?)?)?\s+[A-Z]")


def _item_break(line: str, after: str) -> bool:
    """Whether the break between two lines ends a unit because `after` is a list item (a
    bullet, or item 1 / the number after `line`'s own), or both are rows of a table (cells
    between tabs or bars, or a label and figures: `_ROW`) or a form's field lines, or either
    is a programme's row (`_EN_CLOCK_ROW`: "9:00–9:30 Opening Ceremony" over "Chair: …")."""
    if _ITEM.match(after) or (_CELLS.search(line) and _CELLS.search(after)) \
            or (_FIELD.match(line) and _FIELD.match(after)) \
            or (_AMOUNT.match(line) and _AMOUNT.match(after) and len(line) <= 40) \
            or (_ROW.match(line) and _ROW.match(after)) or _EN_CLOCK_ROW.match(after) \
            or (_EN_CLOCK_ROW.match(line) and after[:1].isupper()
                and not _FUNCTION_END.search(line)):
        return True
    number = _NUMBERED.match(after)
    if number is None:
        return False
    before = _NUMBERED.match(line)
    return int(number.group(1)) == (int(before.group(1)) + 1 if before else 1)


# A line longer than the column of any page that wraps its lines (English 60–100 characters,
# Chinese 20–40): the text was saved a paragraph a line, as word processors do. By `chinese`.
_NO_COLUMN = {False: 150, True: COLUMN_MAX}


# A line of names, titles and a date ("Presiding Judge Li Wen", "Court Clerk Zhou Ting", "12
# October 2026", "President, Chinese People's Association for Friendship with Foreign
# Countries"): every word capitalised or a number, but a few small words, and one word in
# lowercase after its capital (not a line of coordinates, "18-12.50N 108-45.20E"). A signature
# block or a court's bench lists them a line each, five and more in a row; no prose line is so.
# (Only a block of such lines: a line of names among others is weighed as any line.)
_NAME_WORD = r"(?:[A-Z0-9][\w'’.&-]*,?|of|for|and|with|the|on|in|to|de|van|von)"
_NAME_LINE = re.compile(rf"(?=.*\b[A-Z][a-z]){_NAME_WORD}(?: {_NAME_WORD}){{0,9}}")


def one_per_line(lines: list[str], chinese: bool = False) -> bool:
    """Whether each line is a paragraph: the lines end a sentence, except a few headings (a
    title, a speaker line, a table of contents' entry, a block of names: `_NAME_LINE`). A line
    that stops mid-sentence is a hard wrap: in Chinese it has running-text punctuation, in
    English it ends in a comma or a function word, or the next line does not start like a
    paragraph."""
    if len(lines) < 2:
        return True
    if max(map(len, lines)) > _NO_COLUMN[chinese]:
        return True  # never hard-wrapped: a title, a salutation, a table's cells are lines too
    open_lines = [k for k in range(len(lines) - 1)
                  if not _SENTENCE_END.search(lines[k]) and not _numbered_heading(lines[k])
                  and not _item_break(lines[k], lines[k + 1])
                  and not _VALEDICTION.match(lines[k]) and not TOC_ENTRY.search(lines[k])]
    if len(open_lines) > max(3, 0.25 * (len(lines) - 1)):
        return not chinese and all(_NAME_LINE.fullmatch(lines[k]) for k in open_lines)
    if chinese:
        return not any(_RUNNING.search(lines[k]) for k in open_lines)
    return not any(_FUNCTION_END.search(lines[k]) or not _PARAGRAPH_START.match(lines[k + 1])
                   for k in open_lines)


# A section heading with its number (一、, （二）, 3., "IV.", "(2)"), as white papers and reports
# number theirs: a paragraph of its own even without a stop, when short (a hard-wrapped list
# item runs on to the wrap width)
_HEADING_NUMBER = re.compile(r"(?:[一二三四五六七八九十]{1,3}、"
                             r"|[（(][一二三四五六七八九十\d]{1,3}[）)]"
                             r"|\d{1,2}[.、]|[IVXLC]{1,6}\.)\s*\S")


def _numbered_heading(line: str) -> bool:
    if not _HEADING_NUMBER.match(line):
        return False
    return len(line) <= 25 if has_han(line) else len(line.split()) <= 10


def _join_wrapped(lines: list[str]) -> str:
    """Hard-wrapped lines as one paragraph; in English a line that ends in a hyphen runs on
    without a space (`join_cut_word`: "long-" / "term", a scanned page's "perc-" / "ent")."""
    out = lines[0]
    for ln in lines[1:]:
        if has_han(out[-1:]) or has_han(ln[:1]):
            out += ln
        else:
            out = (join_cut_word(out, ln) if out.endswith("-") else None) or out + " " + ln
    return out


def split_chinese(text: str, name: str = "<zh>") -> list[str]:
    """Chinese sentences of a raw text, cleaned and cut as `tifa segment` does (wraps rejoined,
    page debris dropped, OmegaT's sentence breaks)."""
    return [s for s, _ in _chinese_sentences(text, name)]


def _chinese_sentences(text: str, name: str) -> list[tuple[str, int]]:
    """(sentence, paragraph number): the corpus cleaning (debris out, wraps rejoined), with
    headings kept as units of their own. On a printed page the cleaner glues a title to its
    subtitle and takes date and speaker lines for headline fragments; in a text given for
    alignment they are headings with a translation, so they are cut apart and put back. (An
    author's text, without a page's marks, comes out of the cleaner as written.)"""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    per_line = not re.search(r"\n\s*\n", text.strip()) and one_per_line(lines, True)
    articles, debris = split_articles(name, text)
    source = text.split("\n")
    width = _wrap_width(lines)
    stanzas = _stanzas(source)
    out: list[tuple[str, int]] = []
    para = 0
    last_line = 0   # the last source line of the article before
    for art in articles:
        units = [unit for paragraph in art.paragraphs
                 for unit in _unglue(paragraph, per_line, source, width)]
        # Headline fragments in the header block (after the title, before the first paragraph
        # of running text) are its date and speaker lines: put back after what precedes them.
        body = [line for line, piece in units if _RUNNING.search(piece)]
        if units and body:
            for d in sorted(debris, key=lambda d: -d.line):
                if d.kind == "headline fragment" and d.text.strip() \
                        and units[0][0] < d.line < body[0]:
                    at = max(k for k, (line, _) in enumerate(units) if line < d.line)
                    units.insert(at + 1, (d.line, d.text.strip()))
        # A headline of two or more lines above the body of a wrapped page (引题, 主题) is taken
        # for a repeated deck and left out, so no unit holds it: put it back in front.
        if units:
            units[:0] = [(d.line, d.text.strip()) for d in sorted(debris, key=lambda d: d.line)
                         if d.kind == "headline fragment" and d.text.strip()
                         and last_line < d.line < units[0][0]]
            last_line = max(line for line, _ in units)
        for line, piece in units:
            sentences = split_sentences(piece)
            if stanzas is not None:     # a poem's lines are sentences of its stanza
                para = max(para, stanzas[line - 1])
                out.extend((s, para) for s in sentences)
                continue
            out.extend((s, para) for s in sentences)
            para += bool(sentences)
    return out


VERSE_LINE = 24   # characters: a line of a poem or a song is no longer


def _stanzas(source: list[str]) -> list[int] | None:
    """The stanza of each source line when the text is a poem or a song: short lines
    (`VERSE_LINE`), at least two blocks of several lines between blank lines. Each line is a
    paragraph to the cleaner (no line runs on to the next), while the translation's stanza is
    one paragraph: the stanza is the Chinese paragraph too. None for any other text."""
    blocks, block, size, sizes = [], 0, 0, []
    for raw in source:
        if raw.strip():
            if len(raw.strip()) > VERSE_LINE:
                return None
            size += 1
        elif size:
            sizes.append(size)
            block, size = block + 1, 0
        blocks.append(block)
    sizes.append(size)
    return blocks if sum(n >= 3 for n in sizes) >= 2 else None


_RUNNING = re.compile(r"[，。；！？：,;!?]")


def verse_lines(zh: list[str]) -> list[bool]:
    """Which Chinese sentences are lines of verse: short (`VERSE_LINE`), no punctuation of
    running text. A poem's or a song's lines are grouped by the translator, not by
    punctuation, so the aligner lets such a line join its stanza's bead, and `tm build` does
    not vouch for a free translation made of them. A programme's row (`PROGRAMME_ROW`: a time
    first) is no line of verse."""
    return [len(s) <= VERSE_LINE and not _RUNNING.search(s) and not PROGRAMME_ROW.match(s)
            for s in zh]


def _wrap_width(lines: list[str]) -> int | None:
    """The column width of a hard-wrapped text (the line length most lines share), or None."""
    if len(lines) < 10:
        return None
    counts = Counter(len(ln) for ln in lines)
    width, _ = counts.most_common(1)[0]
    share = sum(counts[w] for w in (width - 1, width, width + 1)) / len(lines)
    return width if share >= 0.3 else None


def _unglue(paragraph, per_line: bool, source: list[str], width: int | None
            ) -> list[tuple[int, str]]:
    """(source line, text) pieces of a cleaned paragraph, cut where the cleaner joined two
    source lines that are paragraphs of their own: every line when the text has one paragraph
    per line; otherwise a heading (short, no running-text punctuation, not filling the column
    of a hard-wrapped page) that a blank line separated from what follows. Hard wraps stay
    joined."""
    text, pieces = paragraph.text, paragraph.pieces or [(0, paragraph.line)]
    cuts = [(0, pieces[0][1])]
    for k in range(1, len(pieces)):
        start, line = pieces[k]
        before = pieces[k - 1][1]
        prev = text[cuts[-1][0]:start]
        blank_between = line - before >= 2 and all(
            not ln.strip() for ln in source[before:line - 1])       # lines are 1-based
        # the column is measured on the source line: a wrapped line that began with a page
        # jump's marker （上接A02版①） is short only once the marker is out
        last = source[before - 1].strip() if 0 < before <= len(source) else prev.strip()
        short = len(prev.strip()) <= 60 and (width is None or len(last) < 0.8 * width)
        if line != before and (per_line or (
                blank_between and short and not _RUNNING.search(prev))):
            cuts.append((start, line))
    ends = [c[0] for c in cuts[1:]] + [len(text)]
    return [(line, text[a:b].strip()) for (a, line), b in zip(cuts, ends, strict=True)
            if text[a:b].strip()]


def text_sentences(zh_text: str, en_text: str, zh_name: str = "<zh>"
                   ) -> tuple[list[str], list[int], list[str], list[int]]:
    """Sentences and their paragraph numbers of a raw Chinese text and its raw translation."""
    zh_pairs = _chinese_sentences(zh_text, zh_name)
    en, en_para = [], []
    for k, paragraph in enumerate(split_paragraphs(en_text)):
        sentences = split_english(paragraph)
        en.extend(sentences)
        en_para.extend([k] * len(sentences))
    return [s for s, _ in zh_pairs], [p for _, p in zh_pairs], en, en_para


def dated(zh_text: str) -> bool:
    """Does a line of the raw Chinese text open with a dateline (`align`'s `zh_dated`)?"""
    return any(dateline(line.strip()) for line in zh_text.splitlines())


def tabled(en_text: str) -> bool:
    """Does a line of the raw English text hold cells between tabs (`align`'s `en_tables`: the
    translation keeps the tables as tables)?"""
    return any(table_row(line) for line in en_text.splitlines())


def left_out(text: str, sentences: list[str]) -> list[tuple[int, str]]:
    """(source line, text) of what the cleaning took out of a raw text and no sentence holds:
    a dateline, a page jump's marker, a page's running head, an end mark "###". `align`
    aligns only the sentences, so a translator is told on stderr what was not aligned rather
    than finding it missing from the output. The sentences keep the raw text's lines in order
    (spaces aside): a line they go on with whole is kept; another is matched against what they
    go on with, and the pieces of it not matched were taken out. Pieces of punctuation alone
    (a bullet, a stray bracket) are not worth a word."""
    kept = "".join("".join(s.split()) for s in sentences)
    out: list[tuple[int, str]] = []
    k = 0
    lines = ["".join(raw.split())
             for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    whole = {"".join(s.split()) for s in sentences}
    heads: dict[str, list[str]] = {}
    for s in sorted(whole, key=len, reverse=True):
        if len(s) >= HELD_SENTENCE:
            heads.setdefault(s[:HELD_SENTENCE], []).append(s)
    after: list[str] = []   # sentences of a line a later line's text stands before
    for number, line in enumerate(lines, 1):
        k = _past_moved(kept, k, after)
        if not line or kept.startswith(line, k):
            k += len(line)
            continue
        if line in whole:
            continue   # a sentence the cleaner put elsewhere (a heading put back in front)
        later = list(islice((x for x in islice(lines, number, None) if x), 3))
        if any(len(x) >= 4 and kept.startswith(x, k) for x in later):
            # a line taken out whole (a dateline, 新华社北京6月12日电, over a sentence that
            # opens with its date, 6月12日，…): what stands at `k` is a later line's, and
            # matched against it, the line's date was the sentence's and the sentence's lost
            # (a later line of four characters at least: "5%" alone may be a sentence the
            # cleaner put elsewhere)
            # (but a sentence of its own the line holds is kept, after the later line: the
            # dateline's lead of a page whose subheading the cleaner put in front of it)
            at = 0
            for start, sentence in _held_sentences(line, heads):
                out.append((number, line[at:start]))
                after.append(sentence)
                del after[:-MOVED_AFTER]   # (one never found is not looked for at every line)
                at = start + len(sentence)
            out.append((number, line[at:]))
            continue
        window = kept[k:k + len(line) + 40]
        blocks = [b for b in _kept_blocks(line, window) if b[2] >= 2]
        at = 0
        for a, _, size in blocks:
            if a > at:
                out.append((number, line[at:a]))
            at = a + size
        if at < len(line):
            out.append((number, line[at:]))
        if blocks:
            k += blocks[-1][1] + blocks[-1][2]
    return [(n, piece) for n, piece in out if any(ch.isalnum() for ch in piece)
            or len(piece) >= 3]


HELD_SENTENCE = 4   # characters of a sentence at least that `left_out` looks for inside a line
MOVED_AFTER = 8     # such sentences `left_out` waits for at once


def _held_sentences(line: str, heads: dict[str, list[str]]) -> list[tuple[int, str]]:
    """(start, text) of the sentences (`heads`: by their first `HELD_SENTENCE` characters,
    the longest first) that stand whole in `line`, in order, none inside another."""
    found: list[tuple[int, str]] = []
    i = 0
    while i <= len(line) - HELD_SENTENCE:
        sentence = next((s for s in heads.get(line[i:i + HELD_SENTENCE], ())
                         if line.startswith(s, i)), None)
        if sentence is None:
            i += 1
        else:
            found.append((i, sentence))
            i += len(sentence)
    return found


def _past_moved(kept: str, k: int, after: list[str]) -> int:
    """`k` moved past the sentences of `after` that stand there (each once, taken out of
    `after`): a line's sentences the cleaner put after a later line."""
    moved = True
    while moved and after:
        moved = False
        for n, sentence in enumerate(after):
            if kept.startswith(sentence, k):
                k += len(sentence)
                del after[n]
                moved = True
                break
    return k


MATCHED_WHOLE = 500   # characters of a line matched by `SequenceMatcher` (its time: their square)


def _kept_blocks(line: str, window: str) -> list[tuple[int, int, int]]:
    """(start in `line`, start in `window`, size) of the runs of `line` that `window` keeps in
    order. A line longer than `MATCHED_WHOLE` is matched character by character, in order (the
    cleaner only takes out: what it keeps of a line is a subsequence of it): matched whole, an
    article of 40,000 characters on one line under its dateline cost 5.9 s of CPU."""
    from difflib import SequenceMatcher

    if len(line) <= MATCHED_WHOLE:
        return [(b.a, b.b, b.size) for b in SequenceMatcher(
            None, line, window, autojunk=False).get_matching_blocks() if b.size]
    blocks: list[tuple[int, int, int]] = []
    j = 0
    for i, ch in enumerate(line):
        if j < len(window) and window[j] == ch:
            if blocks and blocks[-1][0] + blocks[-1][2] == i and blocks[-1][1] + blocks[-1][2] == j:
                blocks[-1] = (blocks[-1][0], blocks[-1][1], blocks[-1][2] + 1)
            else:
                blocks.append((i, j, 1))
            j += 1
    return blocks


def align_texts(zh_text: str, en_text: str, *, glossary: Glossary | None = None,
                zh_name: str = "<zh>") -> TextAlignment:
    """Split two raw texts into paragraphs and sentences, and align them paragraphs first."""
    zh, zh_para, en, en_para = text_sentences(zh_text, en_text, zh_name)
    beads = align(zh, en, glossary=glossary, zh_paras=zh_para, en_paras=en_para,
                  zh_dated=dated(zh_text), en_tables=tabled(en_text))
    return TextAlignment(zh, en, zh_para, en_para, beads)


# English characters per Chinese character in translations: beyond these bounds a warning
# (and halved confidences), far beyond them an error.
RATIO_USUAL = (1.2, 8.0)
RATIO_POSSIBLE = (0.3, 30.0)


def check_pair(zh: list[str], en: list[str], zh_name: str = "<zh>", en_name: str = "<en>"
               ) -> list[str]:
    """Refuse texts that cannot be a translation pair (TifaError); return warnings for odd ones."""
    zh_text, en_text = "\n".join(zh), "\n".join(en)
    if not is_chinese(zh_text):
        hint = "; did you swap --zh and --en?" if is_chinese(en_text) else ""
        raise TifaError(f"this is not Chinese text{hint}", zh_name)
    if is_chinese(en_text):
        raise TifaError("this is Chinese text, expected the English translation", en_name)
    ratio = _doc_ratio(zh, en)
    if not RATIO_POSSIBLE[0] <= ratio <= RATIO_POSSIBLE[1]:
        raise TifaError(
            f"the English has {ratio:.1f} characters per Chinese character (a translation has "
            f"about 2-4): these texts cannot be a translation of each other", en_name)
    warnings = []
    if not RATIO_USUAL[0] <= ratio <= RATIO_USUAL[1]:
        size = "shorter" if ratio < RATIO_USUAL[0] else "longer"
        warnings.append(
            f"{en_name}: the English is much {size} than a translation of {zh_name} would be "
            f"({ratio:.1f} characters per Chinese character, usually 2-4); a summary or a "
            "partial text? confidences are lowered")
    return warnings


def _doc_ratio(zh: list[str], en: list[str]) -> float:
    """English characters per Chinese character, leaving out what translates nothing by its
    mark where the other text has none (`lone_cues`: a subtitle file's cue numbers and time
    lines beside a transcript in prose made the English look far shorter than a
    translation, and halved every confidence)."""
    zh_cue, en_cue = lone_cues(zh, en), lone_cues(en, zh)
    return sum(len(s.replace(" ", "")) for s, cue in zip(en, en_cue, strict=True) if not cue) \
        / max(1, sum(zh_len(s) for s, cue in zip(zh, zh_cue, strict=True) if not cue))
