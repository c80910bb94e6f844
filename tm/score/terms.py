"""Terminology and number statistics of one hypothesis segment, with tifa's term matcher.

The definitions (written down in docs/score.md) follow the WMT 2021 terminology task (Alam et
al. 2021): exact-match term accuracy, window overlap and 1-TERm, plus the deprecated-rendering
rate, term consistency and number accuracy a reviser also asks for. Everything here is a count
per segment, so that corpus scores are ratios of sums and the bootstrap can resample segments.

* A source term is a top-level glossary hit (`TermMatcher.find_zh`: leftmost-longest, a nested
  term counts once) of an entry with at least one accepted English rendering.
* A rendering is found by the matcher's inflection-tolerant English search (case, plural,
  possessive, hyphen/dash/space, articles). Renderings inside a longer rendering found in the
  same text count only as that longer one ("community with a shared future" inside "China-Central
  Asia community with a shared future").
* The k-th occurrence of an entry in the source is matched when the hypothesis holds at least k
  accepted renderings of it; it is deprecated when not matched but a deprecated rendering is
  left for it.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from sacrebleu.metrics.lib_ter import (
    _BEAM_WIDTH,
    _INT_INFINITY,
    _MAX_SHIFT_CANDIDATES,
    BeamEditDistance,
    _shift,
)
from sacrebleu.tokenizers.tokenizer_ter import TercomTokenizer
from tifa.glossary.matcher import TermMatcher, en_key
from tifa.tm.numbers import extract_en, extract_zh, is_soft, match_quantities

WINDOWS = (2, 3)
# Function words left out of the windows: the overlap should measure the content around a
# term, not whether both sentences say "of the".
STOPWORDS = frozenset("""
a an the and or but nor so yet of to in on at by for with from as into onto upon about above
below over under between among through during before after since until than that this these
those it its it's they them their theirs we us our ours you your he him his she her i me my
is are was were be been being am has have had do does did will would shall should can could
may might must not no also all any each both such which who whom whose what when where why
how there here then very more most other some only own same just
""".split())
_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
_SPACE_RUN = re.compile(r"\S+")
_TERCOM = TercomTokenizer()


@dataclass
class Place:
    """A rendering of an entry found in an English text, on the matcher's key positions."""

    entry: int
    accepted: bool
    rendering: str
    start: int          # position in en_key(text) of the space before the first token
    end: int            # position after the last token
    key: str
    token: int = 0      # index of its first token in en_key(text).split()
    length: int = 0     # its number of tokens


@dataclass
class SourceTerms:
    """What the source (and the reference) of a segment says, computed once for all systems."""

    counts: dict[int, int] = field(default_factory=dict)   # entry index → occurrences
    quantities: list = field(default_factory=list)        # every zh quantity
    hard: int = 0                                         # quantities that must be rendered
    ref_accepted: dict[int, list[Place]] = field(default_factory=dict)
    ref_tokens: list[str] = field(default_factory=list)
    ref_words: list | None = None       # TER tokens of the reference, term words flagged


@dataclass
class HypTerms:
    """The term and number counts of one hypothesis segment."""

    occurrences: list[tuple[int, int, str | None]]   # (entry, 0 missing/1 accepted/2 dep, used)
    deprecated: int            # deprecated renderings anywhere in the hypothesis
    words: int
    numbers_found: int
    numbers: int
    windows: tuple[tuple[float, int], ...]          # per WINDOWS: (sum of overlaps, terms)
    ter: tuple[float, float] | None = None          # TER's (edits, reference length)
    term_ter: tuple[float, float] | None = None     # TERm's weighted (edits, reference length)


class _Tok(str):
    """A TER token that knows whether it belongs to a term; compares like its text."""

    term = False


class TermScorer:
    """Built once per run from the glossary and the segments; `analyse` is called per
    hypothesis segment (in worker processes, which inherit this object)."""

    def __init__(self, entries, sources: list[str], references: list[str | None]) -> None:
        self.matcher = TermMatcher(entries)
        self.entries = self.matcher.entries
        self._index = {id(e): i for i, e in enumerate(self.entries)}
        self.sources = [self._source(s, r) for s, r in zip(sources, references, strict=True)]

    # ------------------------------------------------------------ source and reference

    def _source(self, source: str, reference: str | None) -> SourceTerms:
        counts: Counter[int] = Counter()
        for hit in self.matcher.find_zh(source):
            if hit.entry.accepted:   # an entry without English cannot be checked
                counts[self._index[id(hit.entry)]] += 1
        quantities = extract_zh(source)
        info = SourceTerms(dict(counts), quantities, sum(not is_soft(q) for q in quantities))
        if reference is None:
            return info
        accepted = []
        if counts:
            for p in self.places(reference, counts):
                if p.accepted:
                    info.ref_accepted.setdefault(p.entry, []).append(p)
                    accepted.append(p)
            info.ref_tokens = en_key(reference).split()
        info.ref_words = self._ter_words(reference, accepted)
        return info

    def places(self, text: str, entries) -> list[Place]:
        """Renderings of `entries` in `text`, those inside a longer one dropped, in order."""
        found: dict[tuple[int, int, int], Place] = {}
        doc = en_key(text)
        for e in entries:
            for kind, rendering, pos, key in self.matcher.en_places(text, self.entries[e]):
                place = Place(e, kind != "deprecated", rendering, pos, pos + len(key) - 1, key,
                              doc.count(" ", 0, pos + 1) - 1, key.count(" ") - 1)
                old = found.get((e, place.start, place.end))
                if old is None or (place.accepted and not old.accepted):
                    found[(e, place.start, place.end)] = place
        every = list(found.values())
        kept = [p for p in every if not any(
            q.start <= p.start and p.end <= q.end and q.end - q.start > p.end - p.start
            for q in every)]
        kept.sort(key=lambda p: (p.start, p.entry))
        return kept

    # ------------------------------------------------------------ one hypothesis

    def analyse(self, index: int, hypothesis: str) -> HypTerms:
        """Counts for `hypothesis` as the translation of segment `index`; with a reference
        also TER and TERm, from one shift search (`edit_stats`)."""
        src = self.sources[index]
        occurrences: list[tuple[int, int, str | None]] = []
        accepted: dict[int, list[Place]] = {}
        places: list[Place] = []
        if src.counts:
            places = self.places(hypothesis, src.counts)
            deprecated: dict[int, list[Place]] = {}
            for p in places:
                (accepted if p.accepted else deprecated).setdefault(p.entry, []).append(p)
            for e, k in src.counts.items():
                acc, dep = accepted.get(e, []), deprecated.get(e, [])
                m = min(k, len(acc))
                d = min(k - m, len(dep))
                occurrences += [(e, 1, acc[j].rendering) for j in range(m)]
                occurrences += [(e, 2, dep[j].rendering) for j in range(d)]
                occurrences += [(e, 0, None)] * (k - m - d)
        found = 0
        if src.hard:
            lost, _ = match_quantities(src.quantities, extract_en(hypothesis))
            found = src.hard - len(lost)
        windows = tuple(self._windows(src, hypothesis, accepted, w) for w in WINDOWS)
        ter = term_ter = None
        if src.ref_words is not None:
            ter, term_ter = edit_stats(self._ter_words(hypothesis, places), src.ref_words)
        return HypTerms(occurrences, self.deprecated_count(hypothesis),
                        len(_WORD.findall(hypothesis)), found, src.hard, windows, ter, term_ter)

    def deprecated_count(self, text: str) -> int:
        """Deprecated renderings of any entry in `text`; one inside another counts once."""
        count, end = 0, -1
        for hit in self.matcher.find_deprecated(text):
            if hit.start < end:
                continue
            end = hit.end
            count += 1
        return count

    def _windows(self, src: SourceTerms, hypothesis: str, accepted: dict[int, list[Place]],
                 w: int) -> tuple[float, int]:
        """Window overlap of every term the reference renders: (sum of overlaps, terms)."""
        if not src.ref_accepted:
            return (0.0, 0)
        hyp_tokens = en_key(hypothesis).split() if accepted else []
        total, terms = 0.0, 0
        for e, k in src.counts.items():
            refs = src.ref_accepted.get(e, [])
            hyps = accepted.get(e, [])
            for j in range(min(k, len(refs))):
                ref_window = set(window(src.ref_tokens, refs[j], w))
                if not ref_window:
                    continue  # nothing around the term in the reference to compare with
                terms += 1
                if j < len(hyps):
                    hyp_window = set(window(hyp_tokens, hyps[j], w))
                    total += len(hyp_window & ref_window) / len(ref_window)
        return (total, terms)

    def _ter_words(self, text: str, places: list[Place]) -> list[_Tok]:
        """TER's tokens of `text` (sacrebleu's tercom tokenizer: lower case, split on spaces),
        words inside a rendering flagged (unless the tokens cannot be mapped back to
        character offsets: then TERm equals TER for this segment)."""
        tokens = _TERCOM(text.rstrip()).split()
        words = [_Tok(t) for t in tokens]
        if places:
            spans = [self.matcher.en_span(text, p.start, p.key) for p in places]
            found = list(_SPACE_RUN.finditer(text.rstrip()))
            if [m.group().lower() for m in found] == tokens:
                for tok, m in zip(words, found, strict=True):
                    tok.term = any(a < m.end() and m.start() < b for a, b in spans)
        return words


def window(tokens: list[str], place: Place, w: int) -> list[str]:
    """Up to `w` content words left and `w` right of a rendering (matcher tokens: lower case,
    plural and possessive folded, articles dropped)."""
    left = [t for t in tokens[:place.token] if t not in STOPWORDS][-w:]
    right = [t for t in tokens[place.token + place.length:] if t not in STOPWORDS][:w]
    return left + right



class FastBeamEditDistance(BeamEditDistance):
    """sacrebleu's beam edit distance (`lib_ter.BeamEditDistance`) with a leaner inner loop.

    Same band, same costs, same preference among equal costs (substitution/match, then
    deletion, then insertion; a cell no finite path reaches stays (∞, "x")), same cached rows
    and trace: only the per-cell tuples and the loop over them are gone, which makes TER
    about twice as fast. tests/test_score.py compares every statistic with sacrebleu's.
    """

    def _edit_distance(self, words_h, start_h, cache):
        n_h, ref, n_r = len(words_h), self._words_ref, self._n_words_ref
        inf = _INT_INFINITY
        ratio = n_r / n_h if words_h else 1
        beam = math.ceil(ratio / 2 + _BEAM_WIDTH) if _BEAM_WIDTH < ratio / 2 else _BEAM_WIDTH
        rows = list(cache)
        prev = [c for c, _ in rows[-1]]
        for i in range(start_h + 1, n_h + 1):
            diag = math.floor(i * ratio)
            lo, hi = max(0, diag - beam), min(n_r + 1, diag + beam)
            if i == n_h:
                hi = n_r + 1
            costs, ops = [inf] * (n_r + 1), ["x"] * (n_r + 1)
            word = words_h[i - 1]
            left = inf
            if lo == 0:
                left = costs[0] = prev[0] + 1
                ops[0] = "d"
            for j in range(max(lo, 1), hi):
                if word == ref[j - 1]:
                    best, op = prev[j - 1], " "
                else:
                    best, op = prev[j - 1] + 1, "s"
                if prev[j] + 1 < best:
                    best, op = prev[j] + 1, "d"
                if left + 1 < best:
                    best, op = left + 1, "i"
                if best >= inf:
                    best, op = inf, "x"
                costs[j], ops[j] = best, op
                left = best
            rows.append(list(zip(costs, ops, strict=True)))
            prev = costs
        trace = []
        i, j = n_h, n_r
        while i > 0 or j > 0:
            op = rows[i][j][1]
            trace.append(op)
            if op in ("s", " "):
                i -= 1
                j -= 1
            elif op == "i":
                j -= 1
            elif op == "d":
                i -= 1
            else:
                raise ValueError(f"unknown operation {op!r}")
        return rows[-1][-1][0], rows[len(cache):], "".join(reversed(trace))


def edit_stats(words_hyp: list[_Tok], words_ref: list[_Tok]
               ) -> tuple[tuple[float, float], tuple[float, float]]:
    """TER's (edits, reference length) and TERm's weighted (edits, reference length).

    The search is sacrebleu's `lib_ter.translation_edit_rate`: greedy shifts (`_shift`) while
    they lower the edit distance, then the edit path on the shifted hypothesis. TER counts
    shifts and edits; TERm (Alam et al. 2021) counts every edit that touches a term word twice,
    over a reference length in which term words count twice. A shift costs 1 in both. Without
    term words the two are equal.
    """
    n_ref = len(words_ref)
    weighted_ref = float(n_ref + sum(w.term for w in words_ref))
    if not n_ref:
        return (float(len(words_hyp)), 0.0), \
            (float(len(words_hyp) + sum(w.term for w in words_hyp)), 0.0)
    cached_ed = FastBeamEditDistance(words_ref)
    shifts, words, checked = 0, words_hyp, 0
    while True:
        delta, shifted, checked = _shift(words, words_ref, cached_ed, checked)
        if checked >= _MAX_SHIFT_CANDIDATES or delta <= 0:
            break
        shifts += 1
        words = shifted
    distance, trace = cached_ed(words)
    weighted, i, j = shifts, 0, 0
    for op in trace:   # rows are hypothesis words: "d" drops one, "i" adds a reference word
        if op == " ":
            i += 1
            j += 1
        elif op == "s":
            weighted += 2 if words[i].term or words_ref[j].term else 1
            i += 1
            j += 1
        elif op == "d":
            weighted += 2 if words[i].term else 1
            i += 1
        else:
            weighted += 2 if words_ref[j].term else 1
            j += 1
    return (float(shifts + distance), float(n_ref)), (float(weighted), weighted_ref)
