"""Character n-gram counts of a corpus, as a value that can be merged and stored.

`count_ngrams(chunks, min_freq)` counts every n-gram (n ≤ MAX_N) of the runs of Chinese characters
that occurs at least `min_freq` times, with what the miner needs of its neighbours: whether it
meets at least two different characters on each side (accessor variety ≥ 2; a boundary —
punctuation, the chunk edge or a particle — counts as a new neighbour each time).

The result, `NgramCounts`, is a plain value: per length, the sorted 64-bit hashes of the kept
n-grams with their counts, code points and a neighbour summary that adds up (smallest and
largest neighbour, boundaries up to two). Counts of two corpora with nothing pruned
(`min_freq=1`) merged with `merge` are exactly the counts of their union, and
`merge(...).pruned(m)` is exactly `count_ngrams(union, m)`: that is what lets an archive be counted
month by month (`glossary/mine_store.py`).

Counting is vectorised with numpy over one code-point array with 64-bit rolling hashes and
Apriori pruning (an n-gram is counted only where both of its (n-1)-grams are frequent), so the
cost stays near-linear in the corpus size; on big corpora each length's occurrences are grouped
by compiled loops (`mine_kernels`), with the same result.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np

MAX_N = 12  # longest statistical n-gram; longer formulations come from quotes and titles
# Particles that mark a word boundary as surely as punctuation: as a neighbour they count
# like a boundary, so 中吉乌公路 in "横跨天山的中吉乌公路" is free on its left.
PARTICLES = "的了等及与是把被"

_HASH_P = np.uint64(0x100000001B3)
_MASK = (1 << 64) - 1
_NONE_LO = np.iinfo(np.int64).max  # no inner neighbour seen (smallest of none)
_NONE_HI = -1                      # no inner neighbour seen (largest of none)
_BITS = 22  # a bitmap of the low 22 bits of the words' hashes: most windows are no word
_LOW = np.uint64((1 << _BITS) - 1)


def ngram_hash(s: str) -> int:
    """The rolling hash `count` gives the n-gram `s` (h = h·P + code point, mod 2⁶⁴)."""
    h = 0
    for ch in s:
        h = (h * 0x100000001B3 + ord(ch)) & _MASK
    return h


@dataclass
class Side:
    """What one side of each n-gram meets: smallest and largest neighbouring character (code
    points; none: `_NONE_LO`/`_NONE_HI`) and boundaries met (0, 1 or 2 = two or more).

    Two different neighbours ⇔ two boundaries, or a boundary and a character, or two different
    characters; each part adds up over corpora (min, max, capped sum).
    """

    lo: np.ndarray    # int64
    hi: np.ndarray    # int64
    open: np.ndarray  # uint8

    def varied(self) -> np.ndarray:
        """Per n-gram: at least two different neighbours on this side?"""
        inner = self.hi >= 0
        return (self.open >= 2) | ((self.open >= 1) & inner) | (inner & (self.lo != self.hi))

    def take(self, index: np.ndarray) -> Side:
        return Side(self.lo[index], self.hi[index], self.open[index])


@dataclass
class Level:
    """The kept n-grams of one length n, sorted by hash."""

    n: int
    keys: np.ndarray    # uint64, sorted, unique
    counts: np.ndarray  # int64
    grams: np.ndarray   # uint32 (len, n): the code points of each n-gram
    left: Side
    right: Side

    def __len__(self) -> int:
        return len(self.keys)

    def take(self, index: np.ndarray) -> Level:
        return Level(self.n, self.keys[index], self.counts[index], self.grams[index],
                     self.left.take(index), self.right.take(index))

    def at_least(self, min_freq: int) -> Level:
        """The n-grams counted at least `min_freq` times; when that is all of them, a level
        over the same arrays (an archive's stored counts, ~330 MB at 1 GB, are not copied)."""
        keep = self.counts >= min_freq
        if keep.all():
            return dataclasses.replace(self)
        return self.take(np.flatnonzero(keep))

    def free(self) -> np.ndarray:
        """Per n-gram: two or more different neighbours on each side (a candidate)."""
        return self.left.varied() & self.right.varied()

    def strings(self, index: np.ndarray) -> list[str]:
        """The n-grams at `index` as strings."""
        flat = self.grams[index].astype("<u4").tobytes().decode("utf-32-le")
        return [flat[i:i + self.n] for i in range(0, len(flat), self.n)]


@dataclass
class NgramCounts:
    """Every n-gram of length 1..max_n of a corpus that occurs at least `min_freq` times.

    `levels[n - 1]` holds the n-grams of length n; `total` is the number of characters counted.
    Single characters carry no neighbours (they are never candidates).
    """

    levels: list[Level]
    total: int
    min_freq: int

    def merge(self, other: NgramCounts) -> NgramCounts:
        """The counts of both corpora added up. Exact when neither was pruned (`min_freq` 1);
        otherwise an n-gram kept by one side only misses up to `min_freq − 1` of the other's.
        """
        levels = []
        for n in range(1, max(len(self.levels), len(other.levels)) + 1):
            a = self.levels[n - 1] if n <= len(self.levels) else None
            b = other.levels[n - 1] if n <= len(other.levels) else None
            if a is None or b is None:
                levels.append(a if b is None else b)
            else:
                levels.append(_merge_level(a, b))
        return NgramCounts(levels, self.total + other.total,
                           max(self.min_freq, other.min_freq))

    def pruned(self, min_freq: int) -> NgramCounts:
        """Only the n-grams occurring at least `min_freq` times."""
        if min_freq <= self.min_freq:
            return self
        levels = [lv.at_least(min_freq) for lv in self.levels]
        while levels and not len(levels[-1]):
            levels.pop()
        return NgramCounts(levels, self.total, min_freq)

    def candidates(self) -> dict[str, int]:
        """The n-grams (n ≥ 2) free on both sides, with their counts, by length then hash."""
        freq: dict[str, int] = {}
        for lv in self.levels[1:]:
            good = np.flatnonzero(lv.free())
            for s, k in zip(lv.strings(good), lv.counts[good].tolist(), strict=True):
                freq[s] = int(k)
        return freq

    def lookup(self, s: str) -> int:
        """Count of any string (0 if longer than max_n or below `min_freq`)."""
        if not s or len(s) > len(self.levels):
            return 0
        lv = self.levels[len(s) - 1]
        hv = np.uint64(ngram_hash(s))
        i = int(lv.keys.searchsorted(hv))
        return int(lv.counts[i]) if i < len(lv) and lv.keys[i] == hv else 0


def _merge_level(a: Level, b: Level) -> Level:
    """Union of two levels: counts added, neighbour summaries combined."""
    if len(a) + len(b) >= 50_000:  # big: one compiled walk through both (the same result)
        return _merge_compiled(a, b)
    keys = np.concatenate([a.keys, b.keys])
    order = np.argsort(keys, kind="stable")
    keys = keys[order]
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])

    def combine(x: np.ndarray, y: np.ndarray, reduce: np.ufunc) -> np.ndarray:
        return reduce.reduceat(np.concatenate([x, y])[order], starts)

    def side(x: Side, y: Side) -> Side:
        opened = combine(x.open.astype(np.int64), y.open.astype(np.int64), np.add)
        return Side(combine(x.lo, y.lo, np.minimum), combine(x.hi, y.hi, np.maximum),
                    np.minimum(opened, 2).astype(np.uint8))

    grams = np.concatenate([a.grams, b.grams])[order[starts]]
    return Level(a.n, keys[starts], combine(a.counts, b.counts, np.add), grams,
                 side(a.left, b.left), side(a.right, b.right))


def _merge_compiled(a: Level, b: Level) -> Level:
    from tifa.glossary import mine_kernels

    def parts(lv: Level) -> tuple[np.ndarray, ...]:
        sides = np.stack([lv.left.lo, lv.left.hi, lv.right.lo, lv.right.hi]).astype(np.int64)
        return (lv.keys, lv.counts.astype(np.int64), np.ascontiguousarray(lv.grams, np.uint32),
                sides, np.stack([lv.left.open, lv.right.open]).astype(np.uint8))

    keys, counts, grams, sides, opened = mine_kernels.merge(*parts(a), *parts(b))
    return Level(a.n, keys, counts, grams, Side(sides[0], sides[1], opened[0]),
                 Side(sides[2], sides[3], opened[1]))


def _side(neighbours: np.ndarray, boundary: np.ndarray, starts: np.ndarray) -> Side:
    """Neighbour summary per group from one neighbour per occurrence, the occurrences grouped
    (group g is `starts[g]` up to the next start)."""
    if not len(starts):
        return _empty_side(0)
    v = neighbours.astype(np.int64)
    lo = np.minimum.reduceat(np.where(boundary, _NONE_LO, v), starts)
    hi = np.maximum.reduceat(np.where(boundary, _NONE_HI, v), starts)
    opened = np.minimum(np.add.reduceat(boundary.astype(np.int64), starts), 2).astype(np.uint8)
    return Side(lo, hi, opened)


def _empty_side(k: int) -> Side:
    return Side(np.full(k, _NONE_LO, dtype=np.int64), np.full(k, _NONE_HI, dtype=np.int64),
                np.zeros(k, dtype=np.uint8))


COMPILED_FROM = 300_000  # from this many characters on, the compiled loops (mine_kernels)


def count_ngrams(chunks: list[str], min_freq: int, max_n: int = MAX_N,
                 base: NgramCounts | None = None, absent: int = 0,
                 compiled: bool | None = None) -> NgramCounts:
    """Count every n-gram (n ≤ max_n) of `chunks` occurring at least `min_freq` times.

    One code-point array (chunks joined by NUL, which is a boundary), 64-bit rolling hashes,
    one argsort per length (a count per code point for single characters); an n-gram is
    extended only where both of its (n-1)-grams are frequent (Apriori pruning).

    With `base` (the counts of the rest of an archive), the result is `base` merged with the
    counts of `chunks`, pruned at `min_freq` on the merged counts, without ever holding the
    unpruned counts of `chunks`; an n-gram that `base` lacks counts as `absent` occurrences
    there while deciding what is frequent (the store's bound for what it dropped), and as none
    in the result.

    `compiled`: group each length's occurrences with `mine_kernels` (two compiled passes, a
    hash table) instead of numpy's sort and reductions; the same result. By default from
    COMPILED_FROM characters on (below it, importing numba costs more than it saves).
    """
    text = "\x00" + "\x00".join(chunks) + "\x00"
    c = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    del text
    size = len(c)
    # per position: is this character a boundary as a neighbour (NUL or a particle)?
    table = np.zeros(max(int(c.max()), max(map(ord, PARTICLES))) + 1, dtype=bool)
    table[[0, *map(ord, PARTICLES)]] = True
    bound = table[c]
    del table
    pos = np.nonzero(c)[0]
    total = len(pos)
    h = c[pos].astype(np.uint64)
    levels: list[Level] = []
    frequent = np.zeros(size + 1, dtype=bool)
    if compiled is None:
        compiled = total >= COMPILED_FROM
    for n in range(1, max_n + 1):
        if n > 1 and compiled and len(pos):
            level, pos, h, frequent = _level_compiled(c, bound, pos, h, frequent, n, min_freq,
                                                      base, absent)
            if level is None:
                break
            levels.append(level)
            if not len(level):
                break
            continue
        if n > 1:
            # Apriori: extend only where this (n-1)-gram and the next one are both frequent.
            ok = frequent[pos + 1] & (c[pos + n - 1] != 0)
            pos = pos[ok]
            h = h[ok] * _HASH_P + c[pos + n - 1]
        if len(pos) == 0:
            break
        if n == 1:  # single characters: a count per code point, no neighbours
            level, pos, h, frequent = _characters(c, pos, min_freq, base, absent)
            levels.append(level)
            if not len(level):
                break
            continue
        # One argsort groups the occurrences by hash: counts, first positions and neighbour
        # summaries are reductions over the groups (no search of each occurrence's key).
        order = np.argsort(h)
        ordered = h[order]
        new = np.empty(len(ordered), dtype=bool)
        new[0] = True
        np.not_equal(ordered[1:], ordered[:-1], out=new[1:])
        starts = np.flatnonzero(new)
        del new
        cnt = np.diff(np.append(starts, len(ordered)))
        if base is None:
            keep = cnt >= min_freq
        else:
            prior = _lookup(base, n, ordered[starts])
            keep = cnt + np.where(prior < 0, absent, prior) >= min_freq
        keys = ordered[starts[keep]]
        totals = cnt[keep]
        del ordered
        taken = order[np.repeat(keep, cnt)]  # the kept occurrences, grouped, as indices of pos
        del order, starts, cnt, keep
        at = pos[taken]
        k = len(keys)
        kstarts = np.zeros(k, dtype=np.int64)
        np.cumsum(totals[:-1], out=kstarts[1:])
        first = np.minimum.reduceat(at, kstarts) if k else np.zeros(0, dtype=np.int64)
        grams = c[first[:, None] + np.arange(n)] if k else np.zeros((0, n), dtype=np.uint32)
        left = _side(c[at - 1], bound[at - 1], kstarts)
        right = _side(c[at + n], bound[at + n], kstarts)
        frequent = np.zeros(size + 1, dtype=bool)
        frequent[at] = True
        occ = np.zeros(len(pos), dtype=bool)
        occ[taken] = True
        del taken, at, first, kstarts
        pos, h = pos[occ], h[occ]
        del occ
        level = Level(n, keys, totals.astype(np.int64), grams.astype(np.uint32), left, right)
        if base is not None and n <= len(base.levels):
            level = _onto(level, base.levels[n - 1], min_freq)
        levels.append(level)
        if not k:
            break
    if base is not None:  # what only `base` has, beyond the lengths `chunks` reached
        levels.extend(lv.at_least(min_freq) for lv in base.levels[len(levels):])
    while levels and not len(levels[-1]):
        levels.pop()
    return NgramCounts(levels, total + (base.total if base is not None else 0), min_freq)


def _level_compiled(c: np.ndarray, bound: np.ndarray, pos: np.ndarray, h: np.ndarray,
                    frequent: np.ndarray, n: int, min_freq: int, base: NgramCounts | None,
                    absent: int) -> tuple[Level | None, np.ndarray, np.ndarray, np.ndarray]:
    """One length of `count_ngrams` with the compiled loops: the level (None when no
    occurrence is left), and the positions, hashes and `frequent` marks the next extends."""
    from tifa.glossary import mine_kernels

    pos, h, gid, group_keys, group_counts = mine_kernels.extend_and_group(c, pos, h, frequent, n)
    if not len(pos):
        return None, pos, h, frequent
    if base is None:
        keep = group_counts >= min_freq
    else:
        prior = _lookup(base, n, group_keys)
        keep = group_counts + np.where(prior < 0, absent, prior) >= min_freq
    (first, left_lo, left_hi, left_open, right_lo, right_hi, right_open, occ,
     frequent) = mine_kernels.summarise(c, bound, pos, gid, keep, n, len(c))
    del gid
    kept = np.flatnonzero(keep)
    order = kept[np.argsort(group_keys[kept])]
    keys = group_keys[order]
    first = first[order]
    grams = c[first[:, None] + np.arange(n)] if len(keys) else np.zeros((0, n), dtype=np.uint32)
    level = Level(n, keys, group_counts[order].astype(np.int64), grams.astype(np.uint32),
                  Side(left_lo[order], left_hi[order], left_open[order]),
                  Side(right_lo[order], right_hi[order], right_open[order]))
    if base is not None and n <= len(base.levels):
        level = _onto(level, base.levels[n - 1], min_freq)
    return level, pos[occ], h[occ], frequent


def _onto(level: Level, stored: Level, min_freq: int) -> Level:
    """`level` (what the new chunks keep: it passed the frequency test with `stored` counted
    in) merged with `stored`; of the rest of `stored`, what is frequent on its own."""
    merged = _merge_level(level, stored)
    own = np.zeros(len(merged), dtype=bool)
    own[np.searchsorted(merged.keys, level.keys)] = True
    return merged.take(np.flatnonzero(own | (merged.counts >= min_freq)))


def _characters(c: np.ndarray, pos: np.ndarray, min_freq: int, base: NgramCounts | None,
                absent: int) -> tuple[Level, np.ndarray, np.ndarray, np.ndarray]:
    """The level of single characters (a character's hash is its code point, so the sorted
    keys are the sorted code points), and the positions, hashes and `frequent` marks that
    the next length extends."""
    codes = c[pos]
    per_code = np.bincount(codes)
    present = np.flatnonzero(per_code)
    cnt = per_code[present]
    del per_code
    keys = present.astype(np.uint64)
    if base is None:
        keep = cnt >= min_freq
    else:
        prior = _lookup(base, 1, keys)
        keep = cnt + np.where(prior < 0, absent, prior) >= min_freq
    kept = np.zeros(int(present[-1]) + 1, dtype=bool)
    kept[present[keep]] = True
    occ = kept[codes]
    keys = keys[keep]
    level = Level(1, keys, cnt[keep].astype(np.int64), keys.astype(np.uint32).reshape(-1, 1),
                  _empty_side(len(keys)), _empty_side(len(keys)))
    if base is not None and len(base.levels):
        level = _onto(level, base.levels[0], min_freq)
    frequent = np.zeros(len(c) + 1, dtype=bool)
    pos = pos[occ]
    frequent[pos] = True
    return level, pos, codes[occ].astype(np.uint64), frequent


def _lookup(counts: NgramCounts, n: int, keys: np.ndarray) -> np.ndarray:
    """Counts of the n-grams `keys` in `counts` (−1 where it has none)."""
    if n > len(counts.levels) or not len(keys):
        return np.full(len(keys), -1, dtype=np.int64)
    lv = counts.levels[n - 1]
    if not len(lv):
        return np.full(len(keys), -1, dtype=np.int64)
    at = np.minimum(np.searchsorted(lv.keys, keys), len(lv) - 1)
    return np.where(lv.keys[at] == keys, lv.counts[at], -1)


@dataclass(frozen=True)
class WordTable:
    """Words of one length n, found in a text by the rolling hash of their code points (each
    hit checked character by character, so exact): `mine_scan` finds the candidates with it,
    `mine_background` the words of general Chinese."""

    keys: np.ndarray   # the words' hashes, sorted
    order: np.ndarray  # the index (among the words given) of the word of each key
    grams: np.ndarray  # the words' code points, in the order given (words × n)
    bits: np.ndarray   # the low bits some word's hash has

    @classmethod
    def of(cls, words: list[str], n: int) -> WordTable | None:
        """The table of `words`, all of n characters; None if two of them share a hash."""
        grams = np.frombuffer("".join(words).encode("utf-32-le"),
                              dtype=np.uint32).reshape(len(words), n)
        keys = np.zeros(len(words), dtype=np.uint64)
        for j in range(n):
            keys = keys * _HASH_P + grams[:, j]
        order = np.argsort(keys, kind="stable")
        keys = keys[order]
        if len(keys) > 1 and bool((keys[1:] == keys[:-1]).any()):
            return None
        bits = np.zeros(1 << _BITS, dtype=bool)
        bits[keys & _LOW] = True
        return cls(keys, order, grams, bits)

    def find(self, window: np.ndarray, cp: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Every position p where a word occurs in the code points `cp` (`window[p]`: the
        hash of cp[p:p+n]), and the index of that word among the words given."""
        maybe = np.flatnonzero(self.bits[window & _LOW])
        at = np.minimum(np.searchsorted(self.keys, window[maybe]), len(self.keys) - 1)
        hit = self.keys[at] == window[maybe]
        pos, word = maybe[hit], self.order[at[hit]]
        ok = np.ones(len(pos), dtype=bool)
        for j in range(self.grams.shape[1]):
            ok &= cp[pos + j] == self.grams[word, j]
        return pos[ok], word[ok]


@dataclass
class Stats:
    """The counts as the miner reads them: candidates with their counts, and looked-up counts
    of any string (memoised: pieces of candidates repeat)."""

    counts: NgramCounts
    freq: dict[str, int]
    memo: dict[str, int] = field(default_factory=dict)

    @classmethod
    def of(cls, counts: NgramCounts) -> Stats:
        return cls(counts, counts.candidates())

    @property
    def total(self) -> int:
        return self.counts.total

    def count(self, s: str) -> int:
        """Corpus count of any string of length ≤ MAX_N (0 if below the pruning threshold)."""
        known = self.memo.get(s)
        if known is None:
            known = self.memo[s] = self.counts.lookup(s)
        return known

    def count_many(self, strings: Iterable[str]) -> list[int]:
        """`count` of many strings at once: those not looked up yet are grouped by length,
        hashed and looked up with numpy (the same counts, one search per length)."""
        strings = list(strings)
        by_len: dict[int, list[str]] = defaultdict(list)
        for s in dict.fromkeys(strings):
            if s not in self.memo:
                by_len[len(s)].append(s)
        for n, group in by_len.items():
            if not n or n > len(self.counts.levels):
                self.memo.update(dict.fromkeys(group, 0))
                continue
            grams = np.frombuffer("".join(group).encode("utf-32-le"),
                                  dtype=np.uint32).reshape(len(group), n)
            keys = np.zeros(len(group), dtype=np.uint64)
            for j in range(n):
                keys = keys * _HASH_P + grams[:, j]
            self.memo.update(zip(group, np.maximum(_lookup(self.counts, n, keys), 0).tolist(),
                                 strict=True))
        return [self.memo[s] for s in strings]
