"""sacrebleu's TER search and n-gram match counts, compiled with numba, equal to sacrebleu's.

sacrebleu computes its sentence statistics in pure Python: TER's greedy shift search with a
beam edit distance (`lib_ter`), chrF's and BLEU's n-gram Counters. On 10 systems × 10,000
segments that is most of the run. The two kernels here do the same work on integer arrays:

* `ter`: `lib_ter.translation_edit_rate` step by step — the edit distance with sacrebleu's
  band (beam 25, widened for very unequal lengths; the last row full), its costs and its
  preference among equal costs (match/substitution, then deletion, then insertion); the trace
  read back from the last cell; `_shift`'s candidates in `_find_shifted_pairs` order (shift
  size ≤ 10, distance ≤ 50), its three filters, its target positions from the flipped trace,
  its ranking (gain, then length, then earliest start, then earliest target; ties keep the
  first) and its limit of 1,000 candidates per sentence (the shift found when the limit is hit
  is not applied). sacrebleu's prefix cache only saves work, it never changes a row: here a
  candidate starts from the current hypothesis' row at the first position the shift changes.
  The TERm weighting (term words cost 2) is read off the same final trace.
* `ngram_matches`: for n = 1 … N, the hypothesis n-gram count, the reference n-gram count and
  the clipped matches (Σ min(hyp count, ref count)). Symbols (characters for chrF, words for
  BLEU) are ranked within the pair and an n-gram is packed into one 64-bit key, so counting is
  sorting and merging: exact, no hashing. A pair with more distinct symbols than fit in 62 bits
  for N symbols (over 1,024 for chrF's 6-grams) returns None and the caller asks sacrebleu.

The compiled code is cached in tifa's cache directory (`numba/`), so only the first run after
an install pays the compile time (measured in docs/score.md). tests/test_score.py compares
every statistic with sacrebleu's on thousands of generated pairs; bench/bench_score.py
--check on all 100,000 bench pairs.
"""

from __future__ import annotations

import math

import numpy as np
from tifa.tm.base.compiled import CACHE, njit

# sacrebleu.metrics.lib_ter's constants (checked against it in the tests)
MAX_SHIFT_SIZE = 10
MAX_SHIFT_DIST = 50
BEAM_WIDTH = 25
MAX_SHIFT_CANDIDATES = 1000
INF = 10**16
NOP, SUB, DEL, INS, UNDEF = 0, 1, 2, 3, 4    # ' ', 's', 'd', 'i', 'x'


@njit(cache=CACHE)
def _beam(n_h: int, n_r: int) -> tuple[float, int]:
    ratio = n_r / n_h if n_h else 1.0
    if BEAM_WIDTH < ratio / 2:
        return ratio, math.ceil(ratio / 2 + BEAM_WIDTH)
    return ratio, BEAM_WIDTH


@njit(cache=CACHE)
def _band(i: int, n_h: int, n_r: int, ratio: float, beam: int) -> tuple[int, int]:
    """The columns sacrebleu's beam lets row `i` fill: around the pseudo-diagonal, and the
    whole of the last row."""
    diag = math.floor(i * ratio)
    hi = n_r + 1 if i == n_h else min(n_r + 1, diag + beam)
    return max(0, diag - beam), hi


@njit(cache=CACHE)
def _rows(h, r, dist, ops, start: int) -> None:
    """Rows start+1 … len(h) of the edit distance matrix (costs and operations)."""
    n_h, n_r = h.size, r.size
    ratio, beam = _beam(n_h, n_r)
    for i in range(start + 1, n_h + 1):
        lo, hi = _band(i, n_h, n_r, ratio, beam)
        for j in range(n_r + 1):
            dist[i, j] = INF
            ops[i, j] = UNDEF
        word = h[i - 1]
        for j in range(lo, hi):
            if j == 0:
                dist[i, 0] = dist[i - 1, 0] + 1
                ops[i, 0] = DEL
                continue
            if word == r[j - 1]:
                best, op = dist[i - 1, j - 1], NOP
            else:
                best, op = dist[i - 1, j - 1] + 1, SUB
            if dist[i - 1, j] + 1 < best:
                best, op = dist[i - 1, j] + 1, DEL
            if dist[i, j - 1] + 1 < best:
                best, op = dist[i, j - 1] + 1, INS
            if best < INF:
                dist[i, j] = best
                ops[i, j] = op


@njit(cache=CACHE)
def _distance_from(h, r, row, start: int, prev, cur) -> int:
    """The edit distance of `h` when its matrix row `start` is `row` (costs only)."""
    n_h, n_r = h.size, r.size
    ratio, beam = _beam(n_h, n_r)
    prev[:] = row
    for i in range(start + 1, n_h + 1):
        lo, hi = _band(i, n_h, n_r, ratio, beam)
        cur[:] = INF
        word = h[i - 1]
        for j in range(lo, hi):
            if j == 0:
                cur[0] = prev[0] + 1
                continue
            best = prev[j - 1] if word == r[j - 1] else prev[j - 1] + 1
            if prev[j] + 1 < best:
                best = prev[j] + 1
            if cur[j - 1] + 1 < best:
                best = cur[j - 1] + 1
            if best < INF:
                cur[j] = best
        prev[:] = cur
    return prev[n_r]


@njit(cache=CACHE)
def _trace(ops, n_h: int, n_r: int):
    """The edit operations from the top-left to the bottom-right cell, in order."""
    out = np.empty(n_h + n_r, np.int8)
    k = 0
    i, j = n_h, n_r
    while i > 0 or j > 0:
        op = ops[i, j]
        out[k] = op
        k += 1
        if op == NOP or op == SUB:
            i -= 1
            j -= 1
        elif op == INS:
            j -= 1
        elif op == DEL:
            i -= 1
        else:
            raise ValueError("TER: a cell outside the beam on the edit path")
    return out[:k][::-1].copy()


@njit(cache=CACHE)
def _init(dist, ops, n_r: int) -> None:
    for j in range(n_r + 1):
        dist[0, j] = j
        ops[0, j] = INS


@njit(cache=CACHE)
def _shifted(h, pos, start: int, length: int, target: int, out_h, out_pos) -> None:
    """`lib_ter._perform_shift` on the words and on their original positions."""
    n = h.size
    k = 0
    if target < start:
        order = (0, target, start, start + length, target, start, start + length, n)
    elif target > start + length:
        order = (0, start, start + length, target, start, start + length, target, n)
    else:
        order = (0, start, start + length, length + target, start, start + length,
                 length + target, n)
    for p in range(4):
        a, b = order[2 * p], order[2 * p + 1]
        for x in range(a, min(b, n)):
            out_h[k] = h[x]
            out_pos[k] = pos[x]
            k += 1


@njit(cache=CACHE)
def _shift(h, pos, r, dist, ops, checked: int, scratch_h, scratch_pos, prev, cur):
    """One call of `lib_ter._shift`: (gain, checked, start, length, target) of the best shift
    (gain 0 and start -1 if there is none); `dist`/`ops` hold the matrix of `h` on return."""
    n_h, n_r = h.size, r.size
    _rows(h, r, dist, ops, 0)
    pre = dist[n_h, n_r]
    trace = _trace(ops, n_h, n_r)
    # the flipped trace as an alignment (lib_ter.trace_to_alignment)
    align = np.empty(n_r, np.int64)
    ref_err = np.zeros(n_r, np.int64)
    hyp_err = np.zeros(n_h, np.int64)
    ph, pr = -1, -1
    for op in trace:
        if op == NOP or op == SUB:
            ph += 1
            pr += 1
            align[pr] = ph
            if op == SUB:
                hyp_err[ph] = 1
                ref_err[pr] = 1
        elif op == DEL:        # flipped: an insertion into the hypothesis
            ph += 1
            hyp_err[ph] = 1
        else:                  # flipped: a deletion from the reference
            pr += 1
            align[pr] = ph
            ref_err[pr] = 1
    found = False
    best_gain, best_len, best_start, best_idx = 0, 0, 0, 0
    for start_h in range(n_h):
        for start_r in range(n_r):
            if abs(start_r - start_h) > MAX_SHIFT_DIST:
                continue
            length = 0
            while h[start_h + length] == r[start_r + length] and length < MAX_SHIFT_SIZE:
                length += 1
                # --- the body of _shift's loop for the pair (start_h, start_r, length)
                wrong_h = 0
                for x in range(start_h, start_h + length):
                    wrong_h += hyp_err[x]
                wrong_r = 0
                for x in range(start_r, start_r + length):
                    wrong_r += ref_err[x]
                if wrong_h and wrong_r and not (start_h <= align[start_r] < start_h + length):
                    prev_idx = -1
                    for offset in range(-1, length):
                        if start_r + offset == -1:
                            idx = 0
                        elif start_r + offset < n_r:
                            idx = align[start_r + offset] + 1
                        else:
                            break
                        if idx == prev_idx:
                            continue
                        prev_idx = idx
                        _shifted(h, pos, start_h, length, idx, scratch_h, scratch_pos)
                        first = min(start_h, idx)    # rows before it are the current ones
                        gain = pre - _distance_from(scratch_h, r, dist[first], first, prev,
                                                    cur)
                        checked += 1
                        if not found or (gain, length, -start_h, -idx) > \
                                (best_gain, best_len, -best_start, -best_idx):
                            found = True
                            best_gain, best_len, best_start, best_idx = gain, length, \
                                start_h, idx
                    if checked >= MAX_SHIFT_CANDIDATES:
                        return best_gain if found else 0, checked, \
                            best_start if found else -1, best_len, best_idx
                # ---
                if n_h == start_h + length or n_r == start_r + length:
                    break
    return best_gain if found else 0, checked, best_start if found else -1, best_len, best_idx


@njit(cache=CACHE)
def ter(h, r, h_term, r_term) -> tuple[int, int, int]:
    """(TER edits, TERm weighted edits, TERm weighted reference length) of word ids `h`
    against `r`; `h_term`/`r_term` flag term words (edits touching them cost 2 in TERm)."""
    n_h, n_r = h.size, r.size
    weighted_ref = n_r
    for x in range(n_r):
        weighted_ref += r_term[x]
    if n_r == 0:
        weighted = n_h
        for x in range(n_h):
            weighted += h_term[x]
        return n_h, weighted, 0
    dist = np.empty((n_h + 1, n_r + 1), np.int64)
    ops = np.empty((n_h + 1, n_r + 1), np.int8)
    _init(dist, ops, n_r)
    prev = np.empty(n_r + 1, np.int64)
    cur = np.empty(n_r + 1, np.int64)
    words = h.copy()
    pos = np.arange(n_h)
    scratch_h = np.empty_like(words)
    scratch_pos = np.empty_like(pos)
    shifts, checked = 0, np.int64(0)  # one type from the start: one compiled `_shift`
    while True:
        gain, checked, start, length, target = _shift(words, pos, r, dist, ops, checked,
                                                      scratch_h, scratch_pos, prev, cur)
        if checked >= MAX_SHIFT_CANDIDATES or gain <= 0:
            break
        shifts += 1
        _shifted(words, pos, start, length, target, scratch_h, scratch_pos)
        words[:] = scratch_h
        pos[:] = scratch_pos
    _rows(words, r, dist, ops, 0)
    distance = dist[n_h, n_r]
    weighted, i, j = shifts, 0, 0
    for op in _trace(ops, n_h, n_r):   # rows are hypothesis words
        if op == NOP:
            i += 1
            j += 1
        elif op == SUB:
            weighted += 2 if h_term[pos[i]] or r_term[j] else 1
            i += 1
            j += 1
        elif op == DEL:
            weighted += 2 if h_term[pos[i]] else 1
            i += 1
        else:
            weighted += 2 if r_term[j] else 1
            j += 1
    return shifts + distance, weighted, weighted_ref


_GOLDEN = -7046029254386353131     # 0x9E3779B97F4A7C15 as int64: Fibonacci hashing


@njit(cache=CACHE)
def _table_size(items: int) -> int:
    size = 16
    while size < 2 * items + 2:
        size <<= 1
    return size


@njit(cache=CACHE)
def _slot(keys, used, key: int, mask: int) -> int:
    """The slot of `key` in an open-addressing table: where it is, or the free one where it
    goes (keys are compared exactly; the hash only says where to start looking)."""
    slot = ((key * _GOLDEN) >> 24) & mask
    while used[slot] and keys[slot] != key:
        slot = (slot + 1) & mask
    return slot


@njit(cache=CACHE)
def _ngram_matches(hyp, ref, order: int):
    """(order × 3) int64: per n, hypothesis n-grams, reference n-grams, clipped matches;
    row 0 column 0 is -1 when the symbols do not fit the keys."""
    out = np.zeros((order, 3), np.int64)
    n_h, n_r = hyp.size, ref.size
    # symbols → 0, 1, 2 … in order of appearance, so that n of them pack into one key
    size = _table_size(n_h + n_r)
    mask = size - 1
    keys = np.empty(size, np.int64)
    used = np.zeros(size, np.bool_)
    ranks = np.empty(size, np.int64)
    h = np.empty(n_h, np.int64)
    r = np.empty(n_r, np.int64)
    distinct = 0
    for k in range(n_h + n_r):
        symbol = hyp[k] if k < n_h else ref[k - n_h]
        slot = _slot(keys, used, symbol, mask)
        if not used[slot]:
            used[slot] = True
            keys[slot] = symbol
            ranks[slot] = distinct
            distinct += 1
        if k < n_h:
            h[k] = ranks[slot]
        else:
            r[k - n_h] = ranks[slot]
    bits = 1
    while (1 << bits) < distinct:
        bits += 1
    if bits * order > 62:
        out[0, 0] = -1
        return out
    # per order: the reference n-grams counted in a table, each hypothesis n-gram takes one
    size = _table_size(n_r)
    mask = size - 1
    keys = np.empty(size, np.int64)
    used = np.zeros(size, np.bool_)
    counts = np.zeros(size, np.int64)
    hk = h.copy()        # the n-gram starting at each position, n symbols packed
    rk = r.copy()
    for n in range(1, order + 1):
        if n > 1:
            hk = (hk[:-1] << bits) | h[n - 1:]
            rk = (rk[:-1] << bits) | r[n - 1:]
        used[:] = False
        for key in rk:
            slot = _slot(keys, used, key, mask)
            if not used[slot]:
                used[slot] = True
                keys[slot] = key
                counts[slot] = 0
            counts[slot] += 1
        matches = 0
        for key in hk:
            slot = _slot(keys, used, key, mask)
            if used[slot] and counts[slot] > 0:
                counts[slot] -= 1
                matches += 1
        out[n - 1, 0] = hk.size
        out[n - 1, 1] = rk.size
        out[n - 1, 2] = matches
    return out


def ngram_matches(hyp: np.ndarray, ref: np.ndarray, order: int) -> np.ndarray | None:
    """Per n = 1 … order: (hypothesis n-grams, reference n-grams, clipped matches) of two
    symbol sequences (int64), or None when their symbols are too many to pack."""
    out = _ngram_matches(hyp, ref, order)
    return None if out[0, 0] < 0 else out


def codepoints(text: str) -> np.ndarray:
    """The characters of `text` as int64 code points."""
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)


def warm() -> None:
    """Compile (or load from the cache) every kernel in this process: call before forking
    workers, so that they inherit the compiled code instead of each compiling it again."""
    a = np.array([1, 2, 3, 4], np.int64)
    b = np.array([3, 4, 1, 2, 5], np.int64)
    ter(a, b, np.zeros(4, np.int64), np.zeros(5, np.int64))
    ngram_matches(a, b, 4)
