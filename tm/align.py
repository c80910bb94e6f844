"""Chinese–English sentence alignment without MT or neural models.

Each candidate bead (1-1, 1-2, 2-1, 2-2, 1-0, 0-1, 1-3, 3-1) gets a cost:

    prior(type) + length(Gale–Church) − W_LEX × coverage

* length: the English/Chinese character ratio and its variance are estimated from the two texts
  themselves (document totals first, then re-estimated from the first pass's 1-1 beads);
* coverage: for every sentence in the bead, the share of its content words that find a
  translation on the other side — CC-CEDICT (`tm.dictionary`), Arabic numbers, Latin-script names,
  the curated glossary when it is installed, and question marks/colons/quotes when both texts use
  them. Coverage is a per-sentence share, so merging unrelated sentences gains little while
  dropping a sentence that has a counterpart loses its whole share.

The dynamic programme runs inside a band: anchors (1-1 pairs sharing rare words, kept when they
form a monotone chain) fix a coarse path, the band follows it, and is widened where the best path
touches its edge — so cost grows near-linearly with the text length.
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field

from tifa.tm.base import dictionary
from tifa.tm.base.files import TifaError
from tifa.tm.base.text import is_chinese
from tifa.tm.numbers import extract_en, extract_zh


@dataclass
class Bead:
    zh: list[int]        # 0-based sentence indices, consecutive, may be empty (0-1)
    en: list[int]
    confidence: float    # 0..1


# Bead types with prior probabilities (zh-en translation splits long Chinese sentences and
# merges short ones more often than the en-fr figures of Gale & Church).
PRIORS = {
    (1, 1): 0.86, (1, 2): 0.05, (2, 1): 0.05, (2, 2): 0.01,
    (1, 0): 0.01, (0, 1): 0.01, (1, 3): 0.01, (3, 1): 0.01,
}
W_LEX = 4.0          # weight of lexical coverage against the length/prior costs (in nats)
UNLINKED_SHARE = 0.2      # a sentence with less of its items linked than this …
UNLINKED_PENALTY = 3.0    # … costs this much per missing share (times W_LEX)
BAND = 10            # half-width of the band around the anchor path, in sentences
FULL_DP_CELLS = 40_000   # below this many cells the whole matrix is searched
ANCHOR_DF = 50       # a key is rare enough for an anchor if at most this many sentences have it

_LATIN = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
# Punctuation cues: a zh mark and what it becomes in English.
_PUNCT_ZH = {"？": "?", "?": "?", "：": ":", "！": "!", "“": '"', "”": '"', "「": '"', "」": '"'}
_PUNCT_EN = {"?": "?", ":": ":", "!": "!", '"': '"', "“": '"', "”": '"'}


@dataclass
class _Side:
    """Per-sentence features of one language: lengths, key → position-bitmask, item counts."""
    length: list[int] = field(default_factory=list)
    index: list[dict[str, int]] = field(default_factory=list)
    inv_items: list[float] = field(default_factory=list)


def align(zh: list[str], en: list[str], *, glossary=None) -> list[Bead]:
    """Align Chinese sentences `zh` with English sentences `en`; beads cover both in order.

    `glossary` is an optional `glossary.entry.Glossary` whose terms count as lexical links.
    """
    n, m = len(zh), len(en)
    if n == 0 or m == 0:
        return [Bead([i], [], 0.0) for i in range(n)] + [Bead([], [j], 0.0) for j in range(m)]
    zs, es = _features(zh, en, glossary)
    model = _LengthModel.from_totals(zs.length, es.length)
    scorer = _Scorer(zs, es, model)
    lo, hi = _anchor_band(zs, es, n, m)
    path = _banded_dp(scorer, lo, hi, n, m, _COARSE_TYPES)
    # Second pass: recalibrate the length model on the first pass's 1-1 beads, search near it.
    model = _LengthModel.from_beads(path, zs.length, es.length, model)
    scorer = _Scorer(zs, es, model, scorer)
    lo, hi = _path_band(path, n, m, 4)
    path = _banded_dp(scorer, lo, hi, n, m, _TYPES)
    ratio = _doc_ratio(zh, en)
    damp = 1.0 if RATIO_USUAL[0] <= ratio <= RATIO_USUAL[1] else 0.5
    return [
        Bead(list(range(i0, i1)), list(range(j0, j1)),
             round(damp * scorer.confidence(i0, i1, j0, j1), 3))
        for (i0, j0), (i1, j1) in zip(path, path[1:], strict=False)
    ]


def split_chinese(text: str, name: str = "<zh>") -> list[str]:
    """Chinese sentences of a raw text, cleaned and cut as `tifa segment` does (wraps rejoined,
    page debris dropped, OmegaT's sentence breaks)."""
    from tifa.tm.corpus.clean import split_articles
    from tifa.tm.corpus.segment import split_sentences

    articles, _debris = split_articles(name, text)
    return [s for art in articles for para in art.paragraphs for s in split_sentences(para.text)]


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
    return sum(len(s.replace(" ", "")) for s in en) / max(1, sum(_zh_len(s) for s in zh))


# ---------------------------------------------------------------- features

def _zh_items(text: str, lex: dict[str, frozenset[str]]) -> list[frozenset[str]]:
    """The evidence units of a Chinese sentence: words with translations, quantities, names."""
    text = unicodedata.normalize("NFKC", text)
    items: list[frozenset[str]] = [frozenset([_qkey(q)]) for q in extract_zh(text)]
    pos = 0
    for m in _LATIN.finditer(text):
        items.extend(_han_items(text[pos:m.start()], lex))
        items.extend(frozenset([k]) for k in dictionary.en_keys(m.group()))
        pos = m.end()
    items.extend(_han_items(text[pos:], lex))
    return items


def _qkey(q) -> str:
    """Quantities compare by value whatever their kind (三十年 is a duration, "thirty" a number)."""
    return f"q:{q.value}"


def _han_items(chunk: str, lex: dict[str, frozenset[str]]) -> list[frozenset[str]]:
    out = []
    for word in dictionary.segment(chunk, lex):
        keys = lex.get(word)
        if keys:
            out.append(keys)
        elif word in _PUNCT_ZH:
            out.append(frozenset(["p" + _PUNCT_ZH[word]]))
    return out


def _en_items(text: str) -> list[str]:
    keys = [k for k in dictionary.en_keys(text) if not k[0].isdigit()]   # numbers: see below
    keys.extend(_qkey(q) for q in extract_en(text))
    keys.extend("p" + _PUNCT_EN[ch] for ch in text if ch in _PUNCT_EN)
    return keys


def _glossary_links(glossary, zh: list[str], en: list[str]
                    ) -> tuple[list[list[str]], list[list[str]]]:
    """Glossary entry ids found in each zh sentence, and those rendered in each en sentence."""
    from tifa.glossary.matcher import TermMatcher

    matcher = TermMatcher(glossary)
    zl: list[list[str]] = []
    used = {}
    for s in zh:
        hits = matcher.find_zh(s)
        zl.append(sorted({"g:" + h.entry.id for h in hits}))
        used.update((h.entry.id, h.entry) for h in hits)
    el = [sorted({"g:" + eid for eid, entry in used.items() if matcher.find_en(s, entry)})
          for s in en]
    return zl, el


def _features(zh: list[str], en: list[str], glossary) -> tuple[_Side, _Side]:
    lex = dictionary.lexicon()
    zitems = [_zh_items(s, lex) for s in zh]
    eitems = [_en_items(s) for s in en]
    if glossary is not None:
        zl, el = _glossary_links(glossary, zh, en)
        for items, ids in zip(zitems, zl, strict=True):
            items.extend(frozenset([k]) for k in ids)
        for items, ids in zip(eitems, el, strict=True):
            items.extend(ids)
    # A punctuation cue counts only if both texts use that mark at all (the King James Bible,
    # for one, has no quotation marks).
    zp = {k for items in zitems for it in items for k in it if k[0] == "p" and len(k) == 2}
    ep = {k for items in eitems for k in items if k[0] == "p" and len(k) == 2}
    dead = (zp ^ ep)
    if dead:
        zitems = [[it for it in items if not (len(it) == 1 and next(iter(it)) in dead)]
                  for items in zitems]
        eitems = [[k for k in items if k not in dead] for items in eitems]
    zs, es = _Side(), _Side()
    for text, items in zip(zh, zitems, strict=True):
        zs.length.append(_zh_len(text))
        index: dict[str, int] = {}
        for p, keys in enumerate(items):
            for k in keys:
                index[k] = index.get(k, 0) | (1 << p)
        zs.index.append(index)
        zs.inv_items.append(1.0 / len(items) if items else 0.0)
    for text, items in zip(en, eitems, strict=True):
        es.length.append(len(text.replace(" ", "")))
        index = {}
        for p, k in enumerate(items):
            index[k] = index.get(k, 0) | (1 << p)
        es.index.append(index)
        es.inv_items.append(1.0 / len(items) if items else 0.0)
    return zs, es


def _zh_len(text: str) -> int:
    return len("".join(text.split()))


# ---------------------------------------------------------------- length model

@dataclass
class _LengthModel:
    ratio: float        # English characters per Chinese character
    var: float          # variance of the English length per English character

    @classmethod
    def from_totals(cls, zl: list[int], el: list[int]) -> _LengthModel:
        ratio = max(sum(el), 1) / max(sum(zl), 1)
        return cls(ratio, 8.0)

    @classmethod
    def from_beads(cls, path, zl, el, old: _LengthModel) -> _LengthModel:
        xs, ys = [], []
        for (i0, j0), (i1, j1) in zip(path, path[1:], strict=False):
            if i1 - i0 == 1 and j1 - j0 == 1:
                xs.append(zl[i0])
                ys.append(el[j0])
        if len(xs) < 20:
            return old
        ratio = sum(ys) / max(sum(xs), 1)
        devs = sorted((y - ratio * x) ** 2 / max((ratio * x + y) / 2, 1)
                      for x, y in zip(xs, ys, strict=True))
        devs = devs[: max(1, int(len(devs) * 0.95))]     # trim the worst 5% (misalignments)
        return cls(ratio, max(1.0, sum(devs) / len(devs)))

    def cost(self, x: int, y: int) -> float:
        """−log P(|δ|) of English length y given Chinese length x (two-sided normal tail)."""
        ex = self.ratio * x
        d = abs(y - ex) / math.sqrt(self.var * max((ex + y) / 2, 1.0) * 2)
        e = math.erfc(d)
        return -math.log(e) if e > 1e-300 else d * d + math.log(d * math.sqrt(math.pi))


_PRIOR_COST = {t: -math.log(p) for t, p in PRIORS.items()}
_TYPES = list(PRIORS)
_COARSE_TYPES = [(1, 1), (1, 2), (2, 1), (1, 0), (0, 1)]   # first pass: wide band, fewer types


def _gain(share: float, has_items: float) -> float:
    if has_items and share < UNLINKED_SHARE:
        return share - UNLINKED_PENALTY * (UNLINKED_SHARE - share)
    return share


class _Scorer:
    """Bead costs with a cache of sentence-pair coverage bitmasks."""

    def __init__(self, zs: _Side, es: _Side, model: _LengthModel,
                 cache: _Scorer | None = None) -> None:
        self.zs, self.es, self.model = zs, es, model
        # Pair links do not depend on the length model: a second pass reuses the first's.
        self.pairs: dict[tuple[int, int], tuple[int, int, float]] = \
            cache.pairs if cache else {}
        self.zsum = [0]
        for x in zs.length:
            self.zsum.append(self.zsum[-1] + x)
        self.esum = [0]
        for y in es.length:
            self.esum.append(self.esum[-1] + y)

    def pair(self, i: int, j: int) -> tuple[int, int, float]:
        """(zh item mask, en item mask, 1-1 coverage) of sentence pair (i, j), cached."""
        got = self.pairs.get((i, j))
        if got is None:
            zi, ej = self.zs.index[i], self.es.index[j]
            mz = me = 0
            for k in zi.keys() & ej.keys():
                mz |= zi[k]
                me |= ej[k]
            zinv, einv = self.zs.inv_items[i], self.es.inv_items[j]
            g = _gain(mz.bit_count() * zinv, zinv) + _gain(me.bit_count() * einv, einv)
            got = self.pairs[(i, j)] = (mz, me, g)
        return got

    def coverage(self, i0: int, i1: int, j0: int, j1: int) -> float:
        """Sum over the bead's sentences of the share of their items linked across, less a
        penalty for each sentence that has items but (almost) none linked: such a sentence
        is more likely an omission or an addition than part of the bead."""
        if i1 - i0 == 1 and j1 - j0 == 1:
            return self.pair(i0, j0)[2]
        pair = self.pair
        zinv, einv = self.zs.inv_items, self.es.inv_items
        total = 0.0
        emask = [0] * (j1 - j0)
        for i in range(i0, i1):
            zmask = 0
            for j in range(j0, j1):
                mz, me, _ = pair(i, j)
                zmask |= mz
                emask[j - j0] |= me
            total += _gain(zmask.bit_count() * zinv[i], zinv[i])
        for j in range(j0, j1):
            total += _gain(emask[j - j0].bit_count() * einv[j], einv[j])
        return total

    def cost(self, i0: int, i1: int, j0: int, j1: int) -> float:
        c = _PRIOR_COST[(i1 - i0, j1 - j0)]
        if i1 > i0 and j1 > j0:
            c += self.model.cost(self.zsum[i1] - self.zsum[i0], self.esum[j1] - self.esum[j0])
            c -= W_LEX * self.coverage(i0, i1, j0, j1)
        return c

    def confidence(self, i0: int, i1: int, j0: int, j1: int) -> float:
        """0..1 from the bead's own evidence: lexical coverage and length fit."""
        if i1 == i0 or j1 == j0:
            return 0.3
        sents = (i1 - i0) + (j1 - j0)
        lexical = min(1.0, max(0.0, self.coverage(i0, i1, j0, j1) / sents / 0.35))
        x = sum(self.zs.length[i0:i1])
        y = sum(self.es.length[j0:j1])
        fit = math.exp(-self.model.cost(x, y))
        return round(0.15 + 0.5 * lexical + 0.35 * fit, 3)


# ---------------------------------------------------------------- band and DP

def _anchor_band(zs: _Side, es: _Side, n: int, m: int) -> tuple[list[int], list[int]]:
    """Per Chinese row i, the English range [lo, hi] to search, from lexical anchors.

    Round one looks everywhere but trusts only keys rare in both texts; round two looks only
    inside the corridor round one found, where commoner keys are already distinctive.
    """
    if (n + 1) * (m + 1) <= FULL_DP_CELLS:
        return [0] * (n + 1), [m] * (n + 1)
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


def _anchors(zs: _Side, es: _Side, m: int, lo: list[int], hi: list[int], cap: int,
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
    floor = 2 * math.log(m / cap)                # two keys of the rarity allowed
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


def _banded_dp(scorer: _Scorer, lo: list[int], hi: list[int], n: int, m: int,
               types: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Least-cost path from (0,0) to (n,m) inside the band; widen it where the path hits an edge."""
    for _ in range(4):
        path = _dp(scorer, lo, hi, n, m, types)
        touched = [
            i for (i, j) in path
            if (j == lo[i] and j > 0) or (j == hi[i] and j < m)
        ]
        if not touched or all(lo[i] == 0 and hi[i] == m for i in range(n + 1)):
            return path
        grow = 2 * BAND
        rows = {r for i in touched for r in range(max(0, i - grow), min(n, i + grow) + 1)}
        for r in rows:                                   # each row widened once per round
            lo[r] = max(0, lo[r] - grow)
            hi[r] = min(m, hi[r] + grow)
        lo, hi = _monotone(lo, hi, n, m)
    return path


def _dp(scorer: _Scorer, lo: list[int], hi: list[int], n: int, m: int,
        types: list[tuple[int, int]]) -> list[tuple[int, int]]:
    inf = math.inf
    cost: list[list[float]] = []
    back: list[list[int]] = []
    cost_fn = scorer.cost
    for i in range(n + 1):
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
                c = prev + cost_fn(pi, i, pj, j)
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
    return path[::-1]
