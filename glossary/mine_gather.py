"""Candidates of a corpus with all their signals, before any model ranks them.

Candidates come from the n-gram counts (`mine_counts`), structural evidence
(`mine_structure`), word spans, quoted parts and numbered families (`mine_spans`); one pass
(`mine_scan`) finds their occurrences and `mine_signals` turns those into signals. The n-gram
counting reads every distinct segment; the per-candidate passes read at most SCAN_CHARS of
evenly spaced distinct segments.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field, fields
from typing import Any

import numpy as np
from tifa.glossary.mine_background import background
from tifa.glossary.mine_counts import MAX_N, NgramCounts, Stats, count_ngrams
from tifa.glossary.mine_lexicon import Lexicon, lexicon
from tifa.glossary.mine_model import Model, coordinated, family_words, glossary_words, text_key
from tifa.glossary.mine_scan import Occ, scan, segment_pieces
from tifa.glossary.mine_signals import (
    cut_pieces,
    nesting,
    rule_score,
    signal_rows,
)
from tifa.glossary.mine_spans import numbered, quoted_affixes, word_spans
from tifa.glossary.mine_structure import structure_evidence
from tifa.glossary.mine_words import (
    BAD_END,
    CHUNK,
    LEAD_VERBS,
    acceptable,
    bare,
    fold,
    fold_many,
    head_word,
)
from tifa.tm.base.pool import aside, no_gc
from tifa.tm.base.progress import Progress, counted

SCAN_CHARS = 600_000  # per-candidate neighbours/spread/contexts come from at most this much
FOLD_ASIDE_CHARS = 4_000_000  # from this much text on, `distinct` folds on both cores
SCAN_ASIDE = 0.4  # the share of the candidates whose occurrences the worker finds


@dataclass
class Context:
    text: str
    file: str
    line: int


@dataclass
class Evidence:
    """Every candidate of a corpus with its signals, before any model ranks them."""

    zh: list[str]                       # internal form: folded, quotes as "
    signals: list[dict[str, float]]
    freq: list[int]
    docs: list[int]                     # distinct documents (in the scan sample)
    contexts: list[list[Context]]
    words: list[list[str]] = field(default_factory=list)  # background split of each

    def with_vocabulary(self, i: int, model: Model) -> dict[str, float]:
        """Signals of candidate `i` with the model's glossary-vocabulary signals added."""
        key = text_key(self.zh[i])
        return dict(self.signals[i], glossary_words=glossary_words(self.words[i],
                                                                    model.vocabulary),
                    coordinated=coordinated(key, [c.text for c in self.contexts[i]],
                                            model.forms, model.forms.get(key)),
                    **family_words(self.words[i], model.heads, model.modifiers))


def distinct(segments: Sequence[Any]) -> tuple[list[str], list[Any]]:
    """Folded texts of the distinct segments and the first segment of each."""
    texts: list[str] = []
    first: list[Any] = []
    seen: set[str] = set()
    raw: dict[str, Any] = {}
    for seg in segments:  # exact copies first: cheap, and folding is the costly part
        raw.setdefault(seg.text, seg)
    # One fold over the whole corpus (`fold_many`: the character-wise folds in C over all of
    # it) instead of one per segment; on a big corpus half of it in a worker.
    items = [t.replace("\x01", " ") for t in raw]
    if sum(map(len, items)) < FOLD_ASIDE_CHARS:
        keys = fold_many(items)
    else:
        half = len(items) // 2
        with aside(lambda: fold_many(items[:half])) as later:
            rest = fold_many(items[half:])
            keys = later() + rest
    for seg, key in zip(raw.values(), keys, strict=True):
        key = key.strip()
        if key not in seen:  # the same sentence in two merged articles still counts once
            seen.add(key)
            texts.append(key)
            first.append(seg)
    return texts, first


@no_gc()  # millions of acyclic objects: see `no_gc`
def gather(segments: Sequence[Any], use_sentencepiece: bool = False,
           min_freq: int | None = None, max_candidates: int = 40_000,
           progress: Progress | None = None) -> Evidence:
    """Candidates of `segments` (merged `tm.segment.Segment` objects) with all their signals."""
    if not segments:
        return Evidence([], [], [], [], [], [])
    texts, first = distinct(segments)
    chunks = [c for t in texts for c in CHUNK.findall(t)]
    total_chars = sum(map(len, chunks))
    if min_freq is None:
        min_freq = corpus_min_freq(total_chars)
    counts = count_ngrams(chunks, min_freq)
    step = scan_step(total_chars)
    picked = range(0, len(texts), step)
    # each title once (an article has many segments)
    titles = set(map(fold, {getattr(seg, "article", "") or "" for seg in first})) - {""}
    return gather_counted(counts, [texts[i] for i in picked], [first[i] for i in picked],
                          titles, chunks[::step] if use_sentencepiece else None,
                          max_candidates, progress)


def corpus_min_freq(total_chars: int) -> int:
    """Rare n-grams are pruned early on big corpora to keep memory and time near-linear."""
    return max(2, total_chars // 4_000_000)


def scan_step(total_chars: int) -> int:
    """Every how many distinct segments the per-candidate passes read one (bounded work)."""
    return max(1, math.ceil(total_chars / SCAN_CHARS))


SampleSide = tuple[dict[str, Counter], Counter, set[str]]
# The shape test of one string as bits: 1 `acceptable`, 2 the laxer test of structural evidence
# where the sample marks it, 4 it ends with a head word. A function of the string and the
# sample, so an archive's update tests the sample's spans in the worker that finds them, while
# this process counts the month's window (`shapes`).
Shapes = tuple[str, bytes]


def shape(s: str, structure: dict[str, Counter]) -> int:
    plain = acceptable(s)
    marked = s in structure and acceptable(s, True)
    if not (plain or marked):
        return 0
    return plain | marked << 1 | (4 if head_word(s) else 0)


def shapes(strings: Iterable[str], structure: dict[str, Counter]) -> Shapes:
    """`shape` of each distinct string, packed to travel from a worker at little cost: the
    strings joined by NUL, and their shapes (a string holding a NUL is left out: tested where
    it is needed)."""
    found = {s: shape(s, structure) for s in strings if "\0" not in s}
    return "\0".join(found), bytes(found.values())


def unpack_shapes(packed: Shapes) -> dict[str, int]:
    text, codes = packed
    return dict(zip(text.split("\0"), codes, strict=True)) if codes else {}


def sample_side(sample: list[str]) -> SampleSide:
    """What the sample itself marks, before any count is known: structural evidence (lists,
    quotes, headings, numbered families), word spans, quoted parts with their affixes. A
    function of the sample alone, so an archive's update computes it while the month's window
    is being counted (`MineStore.add(..., ranking=True)`)."""
    bg = background()
    structure = structure_evidence(sample, bg)
    whole = "\n".join(sample)
    for s, n in numbered(whole, bg).items():
        structure[s]["numbered"] += n
    spans = word_spans(sample, bg)
    # 共建"一带一路" is a formulation, 实施"…计划" a verb phrase: no policy verb in front;
    # "南南光伏惠民"计划 has nothing in front to test (thirtieth round: it was tested as 共同,
    # a stop word, so no quote with its head after it was ever a candidate)
    affixed = {s for s in quoted_affixes(whole, bg)
               if s[-1] not in BAD_END and (not (before := s.split('"')[0]) or (
                   acceptable(before, True) and not before.endswith(LEAD_VERBS)))}
    return structure, spans, affixed


@no_gc()
def gather_counted(counts: NgramCounts, sample: list[str], sample_segments: Sequence[Any],
                   titles: Collection[str], sp_chunks: list[str] | None = None,
                   max_candidates: int = 40_000, progress: Progress | None = None,
                   side: SampleSide | None = None, known: dict[str, int] | None = None,
                   ) -> Evidence:
    """Candidates from n-gram `counts` of a whole corpus and an evenly spaced `sample` of its
    distinct folded segments (`sample_segments`: the segment each was read from, for
    documents and contexts); `titles`: the folded article titles of the corpus; `side`:
    `sample_side(sample)` if it was computed already, and with it `known`: the `shape` of
    strings tested already (the n-grams and spans not in it are tested here).

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

    def prelim(s: str, head: int | None = None) -> float:
        st = structure.get(s, {})
        if head is None:
            head = 1 if head_word(s) else 0
        return math.log2(1 + stats.freq.get(s, 0)) + sum(st.values()) + head + 0.5 * (len(s) == 4)

    # Independent parts run on both cores (forked: the worker shares this process's memory;
    # one process where there is one core or TIFA_JOBS=0, with the same result).
    # n-grams the text also marks pass the laxer test of structural evidence
    if side is None:
        with aside(lambda: sample_side(sample)) as later:
            plain = {s for s in stats.freq if acceptable(s)}
            structure, spans, affixed = later()
        pool = {s for s in stats.freq if (acceptable(s, True) if s in structure else s in plain)}
        order: dict[str, float] = {}
    else:  # the shape test and preliminary order of n-grams and spans
        structure, spans, affixed = side

        def shaped(grams: list[str], others: list[str], known: dict[str, int],
                   ) -> dict[str, float]:
            def code_of(s: str) -> int:
                code = known.get(s)
                return shape(s, structure) if code is None else code

            out: dict[str, float] = {}
            for strings, counted in ((grams, True), (others, False)):
                for s in strings:  # a counted n-gram the sample marks passes the laxer test
                    code = code_of(s)
                    if code & (2 if counted and s in structure else 1):
                        out[s] = prelim(s, code >> 2)
            return out

        # a span that is a counted n-gram passed the n-grams' test already if it passes its own
        grams, others = list(stats.freq), [s for s in spans if s not in stats.freq]
        tested = known or {}  # what is not tested ahead is tested here, half in a worker
        half, part = len(grams) // 2, len(others) // 2
        with aside(lambda: shaped(grams[half:], others[part:], tested)) as later:
            order = shaped(grams[:half], others[:part], tested)
            order.update(later())
        pool = set(order)
    # 更加紧密的中国—中亚命运共同体: a modifier may start with what no name starts with (更)
    pool |= {s for s, st in structure.items()
             if acceptable(s, True) or (st["modified"] and acceptable(s.split("的", 1)[1], True))}
    if side is None:
        pool |= {s for s in spans if s not in pool and acceptable(s)}
    pool |= affixed
    if not pool:
        return empty
    for s in pool - order.keys():
        order[s] = prelim(s)
    cands = _best(pool, order, max_candidates)
    cand_set = set(cands)

    docs = [seg.doc for seg in sample_segments]
    # the occurrence pass split by candidates (each one's statistics are its own): the worker
    # scans the last ones beside nesting, lexicon and titles, this process the first ones and
    # the splits (all of it here with the sentencepiece signal, whose model is trained here)
    cut = len(cands) if sp_chunks is not None else round(len(cands) * (1 - SCAN_ASIDE))

    def around() -> tuple[dict[str, list[int]], Counter, Lexicon, set[str], dict[str, Occ]]:
        # C-value nesting among the candidates with evidence of their own: every span is
        # inside longer spans of one occurrence, which says nothing about it being a fragment.
        evident = [s for s in cands if s in stats.freq or s in structure or s in affixed]
        longer, heads = nesting(evident, {s: stats.freq.get(s, 0) for s in evident}, cand_set)
        lex = lexicon([bare(s) for s in cands])
        return (longer, heads, lex, _in_titles(cands, titles),
                scan(cands[cut:], sample, docs, None, stats))

    with aside(around) as later:
        sp = segment_pieces(sp_chunks) if sp_chunks is not None else None
        occ = scan(cands[:cut], sample, docs, sp, stats)
        bg.split_many(bare(s) for s in cands)  # every split below, made at once
        longer, heads, lex, in_titles, rest = later()
    occ.update(rest)

    # a name longer than the counted n-grams is counted in the sample only (习近平新时代中国
    # 特色社会主义思想, 16 characters): scaled to the corpus, its pieces can give way to it
    sample_chars = sum(len(c) for t in sample for c in CHUNK.findall(t))
    scale = max(1.0, total_chars / max(1, sample_chars))

    def score(part: Sequence[str]) -> Evidence:
        zh = [s for s in part if occ[s].freq]  # else only outside the scan sample of a big
        occs = [occ[s] for s in zh]            # corpus: no contexts to show
        freqs = []
        for s, o in zip(zh, occs, strict=True):
            freq = max(o.freq, stats.freq.get(s, 0))
            if len(s) > MAX_N:  # beyond the counted n-grams: the sample's count, scaled
                freq = max(freq, round(o.freq * scale))
            freqs.append(freq)
        marks = {
            "heading": [1.0 if s in in_titles else 0.0 for s in zh],
            "aligned": [min(1.0, spans.get(s, 0) / o.freq) for s, o in zip(zh, occs, strict=True)],
            "span_only": [1.0 if (s not in stats.freq and s not in structure
                                  and s not in affixed) else 0.0 for s in zh],
        }
        words = [bg.split(bare(s)) for s in zh]
        signals = signal_rows(zh, occs, structure, stats, longer, heads, sp is not None, lex,
                              cand_set, freqs, total_chars, marks, bg, words)
        contexts = []
        for o in occs:
            here = []
            for si in o.contexts:
                seg = sample_segments[si]
                src = seg.sources[0] if seg.sources else None
                here.append(Context(seg.text, src.file if src else "", src.line if src else 0))
            contexts.append(here)
        return Evidence(zh, signals, freqs, [o.docs for o in occs], contexts, words)

    # the rest in the worker, in candidate order; it gets less: it pays for touching shared
    # pages and for sending its part back (measured on a quiet machine: 50/50 left the
    # process waiting ~1.5 s for it)
    half = len(cands) * 3 // 5
    with aside(lambda: score(cands[half:])) as later:
        ev = score(list(counted(cands[:half], "mining: scoring candidates", progress,
                                len(cands))))
        rest = later()
    if progress is not None:
        progress("mining: scoring candidates", len(cands), len(cands))
    for f in fields(Evidence):
        getattr(ev, f.name).extend(getattr(rest, f.name))
    left = [g["left_clean"] for g in ev.signals]
    for i in cut_pieces(ev.zh, ev.words, ev.freq, left):  # every candidate: after both halves
        ev.signals[i]["attached"] = 1.0
        ev.signals[i]["rule"] = rule_score(ev.signals[i])
    return ev


def _best(pool: set[str], order: dict[str, float], k: int) -> list[str]:
    """`sorted(pool, key=lambda s: (-order[s], s))[:k]`, sorting only what can be among the
    first `k`: those at least as high as the k-th highest value (ties at it included), by
    text and then, stably, by value (numpy)."""
    items = list(pool)
    values = np.fromiter((order[s] for s in items), dtype=np.float64, count=len(items))
    if len(items) > k:
        kth = -np.partition(-values, k - 1)[k - 1]
        keep = np.flatnonzero(values >= kth)
        items = [items[i] for i in keep.tolist()]
        values = values[keep]
    by_text = sorted(range(len(items)), key=items.__getitem__)
    first = np.argsort(-values[by_text], kind="stable")[:k]
    return [items[by_text[i]] for i in first.tolist()]


TITLES_FIRST = 1_000  # titles searched before the automaton is first rebuilt


def _in_titles(cands: list[str], titles: Collection[str]) -> set[str]:
    """The candidates that occur in an article title or heading.

    An archive's titles grow with it (~60,000 at 170 MB) and a short candidate is in most of
    them: each match costs a step of Python. So the titles are searched in batches (1,000,
    then twice as many each time) and a candidate found is left out of the automaton for the
    rest: the same set, and the cost hardly grows with the archive's titles."""
    import ahocorasick

    found: set[str] = set()
    todo = sorted(t.replace("\n", " ") for t in titles)
    at, size = 0, TITLES_FIRST
    while at < len(todo):
        left = [s for s in cands if s not in found]
        if not left:
            break
        auto = ahocorasick.Automaton()
        for s in left:
            auto.add_word(s, s)
        auto.make_automaton()
        # one string per batch: no candidate holds a line break, so none spans two titles
        found.update(s for _, s in auto.iter("\n".join(todo[at:at + size])))
        at, size = at + size, 2 * size
    return found
