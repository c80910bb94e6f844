"""The occurrence pass of `tifa mine`: the vectorised `scan` equals the plain `scan_python`,
statistic for statistic and float for float, on the seeds and on invented edge cases."""

from __future__ import annotations

from tifa.glossary.mine_counts import Stats, count_ngrams
from tifa.glossary.mine_gather import distinct
from tifa.glossary.mine_scan import _scan_arrays, scan, scan_python
from tifa.glossary.mine_words import CHUNK


def _stats(texts: list[str]) -> Stats:
    return Stats.of(count_ngrams([c for t in texts for c in CHUNK.findall(t)], 2))


def test_scan_equals_the_plain_pass_on_the_seeds(seed_segments, seed_evidence):
    texts, first = distinct(seed_segments)
    docs = [seg.doc for seg in first]
    # every candidate of the seeds (quoted affixes and long titles included), and strings
    # that never occur
    cands = sorted(set(seed_evidence.zh) | {"没有这个词", "一带一路倡议和"})
    stats = _stats(texts)
    fast = _scan_arrays(cands, texts, docs, stats)
    plain = scan_python(cands, texts, docs, None, stats)
    assert fast is not None
    assert [s for s in cands if fast[s] != plain[s]] == []
    assert sum(o.freq for o in fast.values()) > 10_000  # the seeds, not an empty pass
    # each candidate's statistics are its own: the pass split by candidates (as `gather`
    # splits it between two processes) gives the same, and no candidate gives nothing
    for cut in (1, len(cands) // 3, len(cands) - 1):
        parts = scan(cands[:cut], texts, docs, None, stats)
        parts.update(scan(cands[cut:], texts, docs, None, stats))
        assert list(parts) == cands and [s for s in cands if parts[s] != fast[s]] == []
    assert scan([], texts, docs, None, stats) == {}


def test_scan_edge_cases_equal_the_plain_pass():
    texts = [
        "合作共赢合作共赢",                      # overlapping and repeated, at both edges
        "2023年合作共赢的发展，“一带一路”倡议",   # digit, particle, quotes
        "习近平主席同哈萨克斯坦总统托卡耶夫会谈",   # titles on both sides
        "加强顶层设计和统筹规划，推动顶层设计",     # lead verbs, head cut
        "①合作共赢②合作共赢３合作共赢—合作",      # circled and full-width digits, dash
        "合作", "合", "",                         # a segment that is the candidate, tiny ones
        "中拉论坛部长级会议，中拉论坛部长",        # a rank (部长级) is no person's title
    ]
    docs = ["a", "a", "b", "c", "c", "d", "d", "d", "e"]
    cands = ["合作", "合作共赢", "作共", "顶层设计", "“一带一路”", "托卡耶夫", "哈萨克斯坦",
             "统筹规划", "共赢合作", "没有", "中拉论坛"]
    stats = _stats(texts)
    fast = scan(cands, texts, docs, None, stats)
    plain = scan_python(cands, texts, docs, None, stats)
    assert fast == plain
    assert fast["合作"].freq == 8 and fast["合作"].segments == 4
    assert fast["合作"].contexts == [0, 4, 5]  # first segment of each document, three at most
    assert fast["托卡耶夫"].titled == 1 and fast["合作共赢"].contexts == [0, 4]
    assert fast["没有"].freq == 0
    assert fast["中拉论坛"].freq == 2 and fast["中拉论坛"].titled == 1
    # a NUL in the text takes the plain pass, with the same result
    odd = [*texts, "合作\x00共赢"]
    assert scan(cands, odd, [*docs, "f"], None, stats) == scan_python(
        cands, odd, [*docs, "f"], None, stats)


def test_split_many_equals_one_by_one(seed_segments):
    """The background split made for many strings at once is the split made one by one."""
    from tifa.glossary.mine_background import Background, background

    texts, _ = distinct(seed_segments)
    parts = {p for t in texts for run in CHUNK.findall(t) for p in run.split("—")}
    parts |= {"", "—", "中国—中亚", "一带一路", "文明互鉴", "x1y", "务实合作" * 30}
    many, one = Background(background().zipf), Background(background().zipf)
    many.split_many(parts)
    assert len(parts) > 1000
    assert {s: many.split(s) for s in parts} == {s: one._split(s) for s in parts}


def test_nesting_equals_the_piece_by_piece_definition(seed_evidence):
    """`nesting` (every piece looked up by its hash at once) gives what looking up each
    piece one at a time gives, on the seeds' candidates and on pieces that repeat or end
    a candidate."""
    from tifa.glossary.mine_signals import nesting, nesting_python

    cands = [*seed_evidence.zh, "命运共同体命运共同体", "人类命运共同体", "中国—中亚命运共同体"]
    freq = {s: len(s) * 3 + i for i, s in enumerate(cands)}
    inner = set(cands) | {"命运", "共同体", "共建"}
    fast, plain = nesting(cands, freq, inner), nesting_python(cands, freq, inner)
    assert {k: sorted(v) for k, v in fast[0].items()} == {k: sorted(v)
                                                          for k, v in plain[0].items()}
    assert dict(fast[1]) == dict(plain[1])
    assert fast[1]["命运共同体"] >= 3 and len(fast[0]["命运共同体"]) >= 4
    # a piece twice in one candidate counts twice; the candidate itself is no piece of it
    assert nesting(["abcab"], {"abcab": 3}, {"ab", "bc", "abcab"}) == (
        {"ab": [3, 3], "bc": [3]}, {"ab": 1, "bc": 0})
