"""The n-gram counting's inner loops, compiled with numba (`mine_counts.count_ngrams`).

Per n-gram length, the numpy counting extends the frequent (n-1)-grams' positions, sorts
every occurrence's hash and reduces over the groups: some thirty passes over all
occurrences. Here one pass extends the positions and groups them in a hash table (open
addressing, grown as it fills), and one more pass summarises the neighbours of the groups
that are kept. The result is the numpy counting's, array for array (the groups are sorted by
hash at the end; every summary is a minimum, a maximum or a capped sum, which no order
changes); tests/test_mine_counts.py holds the two equal.

The compiled code is cached in tifa's cache directory (`numba/`): only the first run after
an install compiles it (a few seconds).
"""

from __future__ import annotations

import numpy as np
from tifa.tm.base.compiled import CACHE, njit

_HASH_P = np.uint64(0x100000001B3)
_MIX = np.uint64(0x9E3779B97F4A7C15)  # Fibonacci hashing: the table slot from the top bits
_NONE_LO = np.iinfo(np.int64).max
_NONE_HI = -1


@njit(cache=CACHE)
def _slot(key: np.uint64, shift: np.uint64) -> np.int64:
    return np.int64((key * _MIX) >> shift)


@njit(cache=CACHE)
def _rehash(keys: np.ndarray, groups: int, bits: int) -> tuple[np.ndarray, np.ndarray]:
    size = 1 << bits
    shift = np.uint64(64 - bits)
    table_key = np.zeros(size, dtype=np.uint64)
    table_gid = np.full(size, -1, dtype=np.int32)
    mask = size - 1
    for g in range(groups):
        s = _slot(keys[g], shift)
        while table_gid[s] >= 0:
            s = (s + 1) & mask
        table_key[s] = keys[g]
        table_gid[s] = g
    return table_key, table_gid


@njit(cache=CACHE)
def extend_and_group(c: np.ndarray, pos: np.ndarray, h: np.ndarray, frequent: np.ndarray,
                     n: int) -> tuple:
    """The occurrences of n-grams whose two (n-1)-grams are frequent (Apriori), with their
    hashes, grouped: (positions, hashes, group of each, group keys, counts) — groups numbered
    in order of first occurrence."""
    m = 0
    new_pos = np.empty(len(pos), dtype=np.int64)
    new_h = np.empty(len(pos), dtype=np.uint64)
    for i in range(len(pos)):
        p = pos[i]
        nxt = c[p + n - 1]
        if frequent[p + 1] and nxt != 0:
            new_pos[m] = p
            new_h[m] = h[i] * _HASH_P + np.uint64(nxt)
            m += 1
    bits = 10
    while (1 << bits) < m // 2:
        bits += 1
    keys = np.empty(max(16, m // 4), dtype=np.uint64)
    counts = np.empty(max(16, m // 4), dtype=np.int64)
    table_key, table_gid = _rehash(keys, np.int64(0), bits)  # typed: one compiled _rehash
    mask = (1 << bits) - 1
    shift = np.uint64(64 - bits)
    gid = np.empty(m, dtype=np.int32)
    groups = 0
    for i in range(m):
        k = new_h[i]
        s = _slot(k, shift)
        while True:
            g = table_gid[s]
            if g < 0:
                if groups == len(keys):
                    keys = np.concatenate((keys, np.empty(len(keys), dtype=np.uint64)))
                    counts = np.concatenate((counts, np.empty(len(counts), dtype=np.int64)))
                g = groups
                groups += 1
                keys[g] = k
                counts[g] = 0
                table_key[s] = k
                table_gid[s] = g
                if 2 * groups > (1 << bits):  # half full: twice the table
                    bits += 1
                    table_key, table_gid = _rehash(keys, groups, bits)
                    mask = (1 << bits) - 1
                    shift = np.uint64(64 - bits)
                break
            if table_key[s] == k:
                break
            s = (s + 1) & mask
        counts[g] += 1
        gid[i] = g
    return new_pos[:m], new_h[:m], gid, keys[:groups].copy(), counts[:groups].copy()


@njit(cache=CACHE)
def summarise(c: np.ndarray, bound: np.ndarray, pos: np.ndarray, gid: np.ndarray,
              keep: np.ndarray, n: int, size: int) -> tuple:
    """Of the kept groups (`keep` per group): first position, the neighbour summaries on
    both sides (smallest and largest neighbour, boundaries up to two, as `mine_counts.Side`),
    which occurrences are kept, and the `frequent` marks of the next length."""
    groups = len(keep)
    first = np.full(groups, np.iinfo(np.int64).max, dtype=np.int64)
    left_lo = np.full(groups, _NONE_LO, dtype=np.int64)
    left_hi = np.full(groups, _NONE_HI, dtype=np.int64)
    left_open = np.zeros(groups, dtype=np.int64)
    right_lo = np.full(groups, _NONE_LO, dtype=np.int64)
    right_hi = np.full(groups, _NONE_HI, dtype=np.int64)
    right_open = np.zeros(groups, dtype=np.int64)
    occ = np.zeros(len(pos), dtype=np.bool_)
    frequent = np.zeros(size + 1, dtype=np.bool_)
    for i in range(len(pos)):
        g = gid[i]
        if not keep[g]:
            continue
        p = pos[i]
        occ[i] = True
        frequent[p] = True
        if p < first[g]:
            first[g] = p
        if bound[p - 1]:
            left_open[g] += 1
        else:
            v = np.int64(c[p - 1])
            if v < left_lo[g]:
                left_lo[g] = v
            if v > left_hi[g]:
                left_hi[g] = v
        if bound[p + n]:
            right_open[g] += 1
        else:
            v = np.int64(c[p + n])
            if v < right_lo[g]:
                right_lo[g] = v
            if v > right_hi[g]:
                right_hi[g] = v
    return (first, left_lo, left_hi, np.minimum(left_open, 2).astype(np.uint8),
            right_lo, right_hi, np.minimum(right_open, 2).astype(np.uint8), occ, frequent)


@njit(cache=CACHE)
def _copy_row(keys, counts, grams, sides, opened, k, src_keys, src_counts, src_grams, src_sides,
              src_open, i) -> None:
    """Row i of one sorted level, as row k of the merged one (a key only one level has)."""
    keys[k] = src_keys[i]
    counts[k] = src_counts[i]
    grams[k] = src_grams[i]
    for r in range(4):
        sides[r, k] = src_sides[r, i]
    opened[0, k] = min(src_open[0, i], 2)
    opened[1, k] = min(src_open[1, i], 2)


@njit(cache=CACHE)
def merge(a_keys: np.ndarray, a_counts: np.ndarray, a_grams: np.ndarray, a_sides: np.ndarray,
          a_open: np.ndarray, b_keys: np.ndarray, b_counts: np.ndarray, b_grams: np.ndarray,
          b_sides: np.ndarray, b_open: np.ndarray) -> tuple:
    """Two levels (keys sorted, each once) as one, in one walk through both: counts added,
    grams of the first that has the key, neighbour summaries combined (`sides`: rows left
    smallest, left largest, right smallest, right largest; `open`: rows left, right, capped
    at two) — `mine_counts._merge_level`."""
    size = len(a_keys) + len(b_keys)
    n = a_grams.shape[1]
    keys = np.empty(size, dtype=np.uint64)
    counts = np.empty(size, dtype=np.int64)
    grams = np.empty((size, n), dtype=np.uint32)
    sides = np.empty((4, size), dtype=np.int64)
    opened = np.empty((2, size), dtype=np.uint8)
    i = j = k = np.int64(0)  # typed from the start: one compiled `_copy_row`
    while i < len(a_keys) or j < len(b_keys):
        take_a = j == len(b_keys) or (i < len(a_keys) and a_keys[i] <= b_keys[j])
        take_b = i == len(a_keys) or (j < len(b_keys) and b_keys[j] <= a_keys[i])
        if take_a and take_b:
            keys[k] = a_keys[i]
            counts[k] = a_counts[i] + b_counts[j]
            grams[k] = a_grams[i]
            sides[0, k] = min(a_sides[0, i], b_sides[0, j])
            sides[1, k] = max(a_sides[1, i], b_sides[1, j])
            sides[2, k] = min(a_sides[2, i], b_sides[2, j])
            sides[3, k] = max(a_sides[3, i], b_sides[3, j])
            opened[0, k] = min(np.int64(a_open[0, i]) + np.int64(b_open[0, j]), 2)
            opened[1, k] = min(np.int64(a_open[1, i]) + np.int64(b_open[1, j]), 2)
            i += 1
            j += 1
        elif take_a:
            _copy_row(keys, counts, grams, sides, opened, k,
                      a_keys, a_counts, a_grams, a_sides, a_open, i)
            i += 1
        else:
            _copy_row(keys, counts, grams, sides, opened, k,
                      b_keys, b_counts, b_grams, b_sides, b_open, j)
            j += 1
        k += 1
    return keys[:k], counts[:k], grams[:k], sides[:, :k], opened[:, :k]
