"""N-gram counts as a mergeable value: counts of two corpora added = counts of their union."""

from __future__ import annotations

import numpy as np
import pytest
from tifa.glossary.mine import _CHUNK, _distinct
from tifa.glossary.mine_counts import NgramCounts, Stats, count_ngrams, ngram_hash


@pytest.fixture(scope="module")
def chunks(seed_segments) -> list[str]:
    texts, _ = _distinct(seed_segments)
    return [c for t in texts for c in _CHUNK.findall(t)]


def _same(a: NgramCounts, b: NgramCounts) -> None:
    assert a.total == b.total
    assert len(a.levels) == len(b.levels)
    for x, y in zip(a.levels, b.levels, strict=True):
        assert x.n == y.n
        for name in ("keys", "counts", "grams"):
            assert np.array_equal(getattr(x, name), getattr(y, name)), (x.n, name)
        if x.n > 1:
            assert np.array_equal(x.free(), y.free()), x.n
    assert Stats.of(a).freq == Stats.of(b).freq


def test_merged_counts_of_two_halves_are_the_counts_of_the_whole(chunks: list[str]) -> None:
    half = len(chunks) // 2
    whole = count_ngrams(chunks, 2)
    merged = count_ngrams(chunks[:half], 1).merge(count_ngrams(chunks[half:], 1))
    _same(merged.pruned(2), whole)
    # the order of the parts does not matter
    _same(count_ngrams(chunks[half:], 1).merge(count_ngrams(chunks[:half], 1)).pruned(2), whole)
    # pruned parts lose what each half has once: the merge says so by its floor
    lossy = count_ngrams(chunks[:half], 2).merge(count_ngrams(chunks[half:], 2))
    assert lossy.min_freq == 2
    assert sum(map(len, lossy.levels)) < sum(map(len, merged.pruned(2).levels))


def test_counts_and_neighbours_match_a_plain_count(chunks: list[str]) -> None:
    counts = count_ngrams(chunks, 2)
    text = "\x00".join(chunks)
    for s in ["命运共同体", "守望相助", "一带一路", "中亚", "合作"]:
        assert counts.lookup(s) == text.count(s) > 1, s  # none of them overlaps itself
    freq = counts.candidates()
    assert "命运共同体" in freq and "运共同体" not in freq  # 运共同体: always after 命
    assert counts.lookup("不在语料里的词") == 0
    lv = counts.levels[1]
    i = int(np.searchsorted(lv.keys, np.uint64(ngram_hash("中亚"))))
    assert lv.strings(np.array([i])) == ["中亚"]


def test_counts_looked_up_at_once_equal_one_by_one(chunks: list[str]) -> None:
    """`Stats.count_many` (grouped by length, hashed, one search per length), which fills the
    memo the signals read, gives what `Stats.count` looks up alone."""
    counts = count_ngrams(chunks, 2)
    strings = [p for c in chunks[:400] for k in range(1, min(len(c), 9))
               for p in (c[:k], c[k:k + 6])] + ["", "命" * 40, "命运共同体", "命运共同体"]
    many, alone = Stats.of(counts), Stats.of(counts)
    assert many.count_many(strings) == [alone.count(p) for p in strings]
    assert max(alone.count(p) for p in strings) > 10 and alone.count("") == 0


def test_counting_onto_a_base_is_counting_the_union(chunks: list[str]) -> None:
    half = len(chunks) // 3
    whole = count_ngrams(chunks, 2)
    base = count_ngrams(chunks[:half], 1)
    _same(count_ngrams(chunks[half:], 2, base=base), whole)
    # a pruned base: the result is what the rule of `absent` keeps, with lower-bound counts
    rough = count_ngrams(chunks[half:], 3, base=count_ngrams(chunks[:half], 2), absent=1)
    for lv, exact in zip(rough.levels, whole.levels, strict=False):
        true = dict(zip(exact.keys.tolist(), exact.counts.tolist(), strict=True))
        for key, n in zip(lv.keys.tolist(), lv.counts.tolist(), strict=True):
            assert true.get(key, 1) - 1 <= n <= true.get(key, 1), lv.n
        kept = set(lv.keys.tolist())
        assert all(key in kept for key, n in true.items() if n >= 4), lv.n


def test_every_level_is_a_plain_count(chunks: list[str]) -> None:
    """Every n-gram occurring twice or more, with its count and whether it is free on both
    sides, exactly as a plain Python count over the seeds finds them (and nothing else)."""
    from collections import Counter, defaultdict

    from tifa.glossary.mine_counts import MAX_N, PARTICLES

    plain: Counter = Counter()
    sides: dict[str, list[set]] = defaultdict(lambda: [set(), set(), 0, 0])
    for chunk in chunks:
        for i in range(len(chunk)):
            for j in range(i + 1, min(len(chunk), i + MAX_N) + 1):
                s = chunk[i:j]
                plain[s] += 1
                left = chunk[i - 1] if i > 0 else ""
                right = chunk[j] if j < len(chunk) else ""
                side = sides[s]
                if left == "" or left in PARTICLES:
                    side[2] += 1
                else:
                    side[0].add(left)
                if right == "" or right in PARTICLES:
                    side[3] += 1
                else:
                    side[1].add(right)
    counts = count_ngrams(chunks, 2)
    found = {}
    for lv in counts.levels:
        strings = lv.strings(np.arange(len(lv)))
        free = lv.free() if lv.n > 1 else np.zeros(len(lv), dtype=bool)
        found.update({s: (int(k), bool(f)) for s, k, f in zip(strings, lv.counts.tolist(),
                                                              free.tolist(), strict=True)})

    def varied(inner: set, opened: int) -> bool:
        return opened >= 2 or (opened >= 1 and bool(inner)) or len(inner) >= 2

    expected = {s: (k, len(s) > 1 and varied(sides[s][0], sides[s][2])
                    and varied(sides[s][1], sides[s][3]))
                for s, k in plain.items() if k >= 2}
    assert found == expected


def _identical(a: NgramCounts, b: NgramCounts) -> None:
    """Every array of every level equal, dtype included."""
    assert (a.total, a.min_freq, len(a.levels)) == (b.total, b.min_freq, len(b.levels))
    for x, y in zip(a.levels, b.levels, strict=True):
        pairs = [(x.keys, y.keys), (x.counts, y.counts), (x.grams, y.grams)]
        pairs += [(getattr(getattr(x, s), f), getattr(getattr(y, s), f))
                  for s in ("left", "right") for f in ("lo", "hi", "open")]
        for u, v in pairs:
            assert u.dtype == v.dtype and np.array_equal(u, v), x.n


def test_the_compiled_counting_is_the_numpy_counting(chunks: list[str]) -> None:
    """`mine_kernels` (hash table, two compiled passes) gives numpy's sort-and-reduce result,
    array for array: alone, on a base, on a pruned base with `absent`, short chunks, edges."""
    for min_freq in (1, 2, 3):
        _identical(count_ngrams(chunks, min_freq, compiled=True),
                   count_ngrams(chunks, min_freq, compiled=False))
    third = len(chunks) // 3
    for base, absent in ((count_ngrams(chunks[:third], 1), 0),
                         (count_ngrams(chunks[:third], 2), 1)):
        _identical(count_ngrams(chunks[third:], 3, base=base, absent=absent, compiled=True),
                   count_ngrams(chunks[third:], 3, base=base, absent=absent, compiled=False))
    for odd in (["中"], ["中国", "中国"], ["的的的的的的的", "了"], ["一带一路" * 5]):
        _identical(count_ngrams(odd, 1, compiled=True), count_ngrams(odd, 1, compiled=False))


def test_the_compiled_merge_is_the_numpy_merge(chunks: list[str]) -> None:
    """`_merge_compiled` (one walk through both sorted levels) gives the sort-and-reduce
    union, level by level, also with a level empty or alone on one side."""
    from tifa.glossary.mine_counts import _merge_compiled, _merge_level

    half = len(chunks) // 2
    a, b = count_ngrams(chunks[:half], 1), count_ngrams(chunks[half:], 2)
    empty = a.levels[2].take(np.zeros(0, dtype=np.int64))
    pairs = [*zip(a.levels, b.levels, strict=False), (a.levels[2], empty),
             (empty, b.levels[2]), (b.levels[3], a.levels[3])]
    for x, y in pairs:
        got = NgramCounts([_merge_compiled(x, y)], 0, 1)
        assert len(x) + len(y) < 50_000  # the numpy path below
        _identical(got, NgramCounts([_merge_level(x, y)], 0, 1))


def test_pruning_copies_only_what_it_drops(chunks: list[str]) -> None:
    """`pruned` and an archive's counts read back (`count_ngrams` of nothing onto them) keep
    what a copy of the kept rows keeps; a level that loses nothing is not copied."""
    counts = count_ngrams(chunks, 2)
    for m in (3, 5):
        _identical(counts.pruned(m), NgramCounts(
            [lv.take(np.flatnonzero(lv.counts >= m)) for lv in counts.levels], counts.total, m))
    same = count_ngrams([], 2, base=counts)
    _identical(same, counts)
    assert all(a.keys is b.keys and a is not b for a, b in zip(same.levels, counts.levels,
                                                                strict=True))
    five = counts.pruned(5)
    assert any(len(a) < len(b) for a, b in zip(five.levels, counts.levels, strict=False))
