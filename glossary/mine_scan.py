"""One pass over the distinct segments: where each candidate occurs and what surrounds it.

An Aho-Corasick automaton of all candidates reads the (sampled) segments once and gathers each
candidate's frequency, segments, documents, neighbours on both sides, clean edges, titles of
people beside it and example contexts; optionally the sentencepiece boundary signal.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from tifa.glossary.mine_counts import _HASH_P, MAX_N, PARTICLES, Stats, WordTable, _lookup
from tifa.glossary.mine_words import CHUNK, HEAD_CUT, LEAD_SET, TITLES


def segment_pieces(chunks: list[str]) -> Any:
    """Train a small unigram sentencepiece model in memory on the corpus's Chinese runs.

    Its pieces give a boundary signal (do a candidate's edges fall on piece boundaries?).
    Measured on the seeds it does not help (docs/mining.md), so it is off by default.
    """
    import io

    import sentencepiece as spm

    if len(chunks) < 50:
        return None
    sample = chunks if len(chunks) <= 200_000 else chunks[:: len(chunks) // 200_000 + 1]
    model = io.BytesIO()
    chars = len(set("".join(sample)))
    vocab = max(chars + 50, min(8000, len(sample) // 2))
    try:
        spm.SentencePieceTrainer.train(
            sentence_iterator=iter(sample), model_writer=model, vocab_size=vocab,
            model_type="unigram", character_coverage=1.0, hard_vocab_limit=False,
            max_sentencepiece_length=MAX_N, split_by_number=True, minloglevel=2,
            num_threads=2, add_dummy_prefix=False,
        )
    except RuntimeError:
        return None
    return spm.SentencePieceProcessor(model_proto=model.getvalue())


def _piece_bounds(sp: Any, text: str) -> set[int]:
    """Character offsets in `text` where a sentencepiece piece starts or ends."""
    bounds = {0, len(text)}
    for m in CHUNK.finditer(text):
        off = m.start()
        bounds.add(off)
        for piece in sp.encode(m.group(0), out_type=str):
            off += len(piece.replace("▁", ""))
            bounds.add(off)
    return bounds


@dataclass
class Neighbours:
    """What one side of a candidate meets, as the signals read it (`scan_python` shows the
    definitions on plain counters)."""

    distinct: int = 0    # different neighbours, each boundary a new one (accessor variety)
    leak: float = 0.0    # mean P(edge character | neighbour) over the occurrences (`_leak`)
    entropy: float = 0.0  # branching entropy (`_boundary_entropy`)


@dataclass
class Occ:
    """Occurrence statistics of one candidate in the scan sample."""

    freq: int = 0
    segments: int = 0  # distinct segments it occurs in
    docs: int = 0      # distinct documents
    left: Neighbours = field(default_factory=Neighbours)
    right: Neighbours = field(default_factory=Neighbours)
    sp_hits: int = 0
    titled: int = 0  # next to a title of a person (总统托卡耶夫, 习近平主席)
    lclean: int = 0  # after punctuation, a particle or a policy verb (加强|顶层设计)
    rclean: int = 0  # before punctuation or a particle (顶层设计|和统筹规划)
    contexts: list[int] = field(default_factory=list)


def _inner(ch: str) -> bool:
    """A neighbour that continues a word (CJK character, dash, number), not a boundary (the
    empty neighbour at a segment's edge is one)."""
    return ch != "" and ch in "—0" or ("\u3400" <= ch <= "\ufaff" and ch not in PARTICLES)


def _leak(stats: Stats, neigh: Counter, edge: str, left: bool) -> float:
    """How often the edge cuts through a word: mean P(edge char | neighbour) over occurrences.

    斯坦总统 has many left neighbours (哈萨克|斯坦, 塔吉克|斯坦 …), but each of them is almost
    always followed by 斯: the edge lies inside the names. 亚|命运共同体 is a real edge, since 亚
    is followed by anything.
    """
    total = sum(neigh.values())
    if not total:
        return 0.0
    acc = 0.0
    for ch, n in neigh.most_common(LEAK_TOP):  # the rare rest changes little, costs lookups
        if ch.startswith("#"):
            continue
        pair = ch + edge if left else edge + ch
        single = stats.count(ch if left else edge)
        if single:
            acc += n * min(1.0, stats.count(pair) / single)
    return acc / total


def _boundary_entropy(neigh: Counter) -> float:
    total = sum(neigh.values())
    if total == 0:
        return 0.0
    acc = sum(c * math.log(c) for k, c in neigh.items() if not k.startswith("#"))
    return math.log(total) - acc / total


LEAK_TOP = 24  # neighbours per side whose leak is looked up, most frequent first


def scan(cands: list[str], texts: list[str], seg_docs: list[str], sp: Any,
         stats: Stats) -> dict[str, Occ]:
    """One pass over the sampled segments: frequency, spread, neighbours, contexts.

    Vectorised (`_scan_arrays`); the sentencepiece signal (off by default) and texts holding a
    NUL take `scan_python`, the reference it equals value for value (tests/test_mine.py).
    """
    if not cands:
        return {}
    if sp is not None or any("\x00" in t for t in texts):
        return scan_python(cands, texts, seg_docs, sp, stats)
    found = _scan_arrays(cands, texts, seg_docs, stats)
    if found is None:  # two candidates of one length with the same 64-bit hash
        return scan_python(cands, texts, seg_docs, sp, stats)
    return found


def scan_python(cands: list[str], texts: list[str], seg_docs: list[str], sp: Any,
                stats: Stats) -> dict[str, Occ]:
    """The occurrence pass one match at a time (Aho-Corasick): the definition of every
    statistic `scan` computes, and the sentencepiece signal."""
    import ahocorasick

    auto = ahocorasick.Automaton()
    for i, s in enumerate(cands):
        auto.add_word(s, i)
    auto.make_automaton()
    occ = [Occ() for _ in cands]
    segs: list[set[int]] = [set() for _ in cands]
    docs: list[set[str]] = [set() for _ in cands]
    lefts: list[Counter] = [Counter() for _ in cands]
    rights: list[Counter] = [Counter() for _ in cands]
    for si, text in enumerate(texts):
        bounds = None
        for end, i in auto.iter(text):
            s = cands[i]
            start = end - len(s) + 1
            o = occ[i]
            o.freq += 1
            if si not in segs[i]:
                segs[i].add(si)
                if len(o.contexts) < 3 and seg_docs[si] not in docs[i]:
                    o.contexts.append(si)
            docs[i].add(seg_docs[si])
            # A digit is one and the same neighbour: 周年视频峰会 always follows a number.
            lc = text[start - 1] if start > 0 else ""
            rc = text[end + 1] if end + 1 < len(text) else ""
            lc, rc = ("0" if lc.isdigit() else lc), ("0" if rc.isdigit() else rc)
            lefts[i][lc if _inner(lc) else f"#{si}:{start}"] += 1
            rights[i][rc if _inner(rc) else f"#{si}:{end}"] += 1
            if not _inner(lc) or lc in HEAD_CUT or text[max(0, start - 2):start] in LEAD_SET:
                o.lclean += 1
            if not _inner(rc) or rc in HEAD_CUT:
                o.rclean += 1
            if _title_at(text, end + 1) or text[max(0, start - 3):start].endswith(TITLES):
                o.titled += 1
            if sp is not None:
                if bounds is None:
                    bounds = _piece_bounds(sp, text)
                if start in bounds and end + 1 in bounds:
                    o.sp_hits += 1
    for s, o, sg, dc, lt, rt in zip(cands, occ, segs, docs, lefts, rights, strict=True):
        o.segments, o.docs = len(sg), len(dc)
        if o.freq:
            o.left = Neighbours(len(lt), _leak(stats, lt, s[0], True), _boundary_entropy(lt))
            o.right = Neighbours(len(rt), _leak(stats, rt, s[-1], False),
                                 _boundary_entropy(rt))
    return dict(zip(cands, occ, strict=True))


_EMPTY = 0x110000  # the neighbour "" (a segment's edge), past every code point
_ZERO, _DASH = ord("0"), ord("—")


def _occurrences(cands: list[str], cp: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    """Every occurrence (start, candidate index) of every candidate in the code points `cp`,
    overlapping ones included: per length, the hash of every window looked up among the
    candidates' hashes, each hit checked character by character (exact). None if two
    candidates of one length share a hash."""
    by_len: dict[int, list[int]] = defaultdict(list)
    for i, s in enumerate(cands):
        by_len[len(s)].append(i)
    found_pos: list[np.ndarray] = []
    found_id: list[np.ndarray] = []
    codes = cp.astype(np.uint64)
    window = codes  # hashes of the windows of length n, n = 1, 2, ...
    for n in range(1, max(by_len) + 1):
        if n > 1:
            window = window[:-1] * _HASH_P + codes[n - 1:]
        ids = by_len.get(n)
        if not ids or not len(window):
            continue
        table = WordTable.of([cands[i] for i in ids], n)
        if table is None:
            return None
        pos, local = table.find(window, cp)
        found_pos.append(pos)
        found_id.append(np.asarray(ids, dtype=np.int64)[local])
    if not found_pos:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return np.concatenate(found_pos).astype(np.int64), np.concatenate(found_id)


RANK = "级"  # 部长级会议, 大使级: a rank, not a person holding the title


def _title_at(text: str, i: int) -> bool:
    """Does a title of a person start at `i` of `text` (中拉论坛|部长级会议 is no person)?"""
    return any(text.startswith(t, i) and text[i + len(t):i + len(t) + 1] != RANK
               for t in TITLES)


def _marks(big: str, words: tuple[str, ...] | frozenset[str]) -> dict[int, np.ndarray]:
    """Per length n: the start positions in `big` of every occurrence of a word of n
    characters (overlapping ones included)."""
    at: dict[int, list[int]] = defaultdict(list)
    for w in words:
        i = big.find(w)
        while i >= 0:
            at[len(w)].append(i)
            i = big.find(w, i + 1)
    return {n: np.asarray(sorted(set(v)), dtype=np.int64) for n, v in at.items()}


def _rank_in_runs(keys: np.ndarray) -> np.ndarray:
    """Each element's place in its run of equal keys (`keys` sorted): 0, 1, 2 … from each
    run's start (as `arange − searchsorted(keys, keys)`, in one pass)."""
    if not len(keys):
        return np.zeros(0, dtype=np.int64)
    new = np.ones(len(keys), dtype=bool)
    new[1:] = keys[1:] != keys[:-1]
    starts = np.flatnonzero(new)
    return np.arange(len(keys)) - starts[np.cumsum(new) - 1]


def _ordered_sum(group: np.ndarray, order: np.ndarray, value: np.ndarray, k: int) -> np.ndarray:
    """Per group, the values added one by one in `order` (as a Python loop adds them, so the
    floats are the same to the last bit)."""
    acc = np.zeros(k, dtype=np.float64)
    if not len(group):
        return acc
    by = np.lexsort((group, order))
    rank = order[by]
    cuts = np.flatnonzero(np.diff(rank)) + 1
    for part in np.split(by, cuts):
        acc[group[part]] += value[part]  # one value per group in each part
    return acc


def _scan_arrays(cands: list[str], texts: list[str], seg_docs: list[str],
                 stats: Stats) -> dict[str, Occ] | None:
    """`scan_python`'s statistics with numpy over the joined sample (NUL between segments)."""
    big = "\x00".join(texts)
    cp = np.frombuffer(big.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    seg_start = np.zeros(len(texts), dtype=np.int64)
    np.cumsum(lengths[:-1] + 1, out=seg_start[1:])
    seg_end = seg_start + lengths
    got = _occurrences(cands, cp)
    if got is None:
        return None
    pos, cid = got
    k = len(cands)
    clen = np.fromiter(map(len, cands), dtype=np.int64, count=k)
    by = np.lexsort((pos, cid))  # each candidate's occurrences in text order
    pos, cid = pos[by], cid[by]
    seg = np.repeat(np.arange(len(texts)), lengths + 1)[pos]  # the segment of each start
    end = pos + clen[cid]  # one past the last character
    at_start = pos == seg_start[seg]
    at_end = end == seg_end[seg]

    # neighbours: a digit is "0"; inner = continues a word (CJK but particles, dash, "0")
    top = int(cp.max()) + 1 if len(cp) else 1
    table = np.arange(top, dtype=np.int64)
    digits = [c for c in np.flatnonzero(np.bincount(cp)).tolist() if chr(c).isdigit()]
    table[digits] = _ZERO
    particle = np.zeros(top, dtype=bool)
    particle[[ord(ch) for ch in PARTICLES if ord(ch) < top]] = True
    cut = np.zeros(max(top, _EMPTY + 1), dtype=bool)
    cut[[ord(ch) for ch in HEAD_CUT if ord(ch) < top]] = True

    def inner(x: np.ndarray) -> np.ndarray:
        cjk = (x >= 0x3400) & (x <= 0xFAFF)
        cjk[cjk] = ~particle[x[cjk]]
        return (x == _DASH) | (x == _ZERO) | cjk

    lc = np.where(at_start, _EMPTY, table[cp[np.maximum(pos - 1, 0)]])
    rc = np.where(at_end, _EMPTY, table[cp[np.minimum(end, len(cp) - 1)]])
    l_inner, r_inner = inner(lc), inner(rc)
    lead = np.zeros(len(pos), dtype=bool)
    two = np.flatnonzero(pos - seg_start[seg] >= 2)
    verbs = np.asarray([ord(v[0]) << 21 | ord(v[1]) for v in LEAD_SET if len(v) == 2])
    lead[two] = np.isin(cp[pos[two] - 2] << 21 | cp[pos[two] - 1], verbs)
    lclean = ~l_inner | cut[lc] | lead
    rclean = ~r_inner | cut[rc]
    titled = np.zeros(len(pos), dtype=bool)
    for n, starts in _marks(big, TITLES).items():
        after = starts + n  # a title followed by 级 is a rank (部长级会议)
        person = (after >= len(cp)) | (cp[np.minimum(after, len(cp) - 1)] != ord(RANK))
        titled |= np.isin(end, starts[person])
        if n <= 3:
            titled |= np.isin(pos - n, starts)

    freq = np.bincount(cid, minlength=k)
    new_seg = np.ones(len(pos), dtype=bool)  # segments ascend within each candidate
    new_seg[1:] = (cid[1:] != cid[:-1]) | (seg[1:] != seg[:-1])
    n_segs = np.bincount(cid[new_seg], minlength=k)
    doc_of: dict[str, int] = {}
    seg_doc = np.asarray([doc_of.setdefault(d, len(doc_of)) for d in seg_docs], dtype=np.int64)
    d = len(doc_of)
    pair, first = np.unique(cid * d + seg_doc[seg], return_index=True)  # first: text order
    pair_cid, pair_seg = pair // d, seg[first]
    ctx = np.lexsort((pair_seg, pair_cid))
    ctx_cid = pair_cid[ctx]
    ctx_rank = _rank_in_runs(ctx_cid)
    keep = ctx[ctx_rank < 3]
    ctx_cut = np.searchsorted(pair_cid[keep], np.arange(k + 1))

    edge_l = np.fromiter((ord(s[0]) for s in cands), dtype=np.int64, count=k)
    edge_r = np.fromiter((ord(s[-1]) for s in cands), dtype=np.int64, count=k)
    left = _neighbours(cid, lc, l_inner, freq, edge_l, True, stats, k)
    right = _neighbours(cid, rc, r_inner, freq, edge_r, False, stats, k)

    lsum = np.bincount(cid, weights=lclean, minlength=k).astype(np.int64).tolist()
    rsum = np.bincount(cid, weights=rclean, minlength=k).astype(np.int64).tolist()
    tsum = np.bincount(cid, weights=titled, minlength=k).astype(np.int64).tolist()
    out: dict[str, Occ] = {}
    n_docs = np.bincount(pair_cid, minlength=k).tolist()
    segs_kept = pair_seg[keep].tolist()
    for i, (s, f, ns) in enumerate(zip(cands, freq.tolist(), n_segs.tolist(), strict=True)):
        if not f:
            out[s] = Occ()
            continue
        out[s] = Occ(f, ns, n_docs[i], Neighbours(*left[i]), Neighbours(*right[i]), 0, tsum[i],
                     lsum[i], rsum[i], segs_kept[ctx_cut[i]:ctx_cut[i + 1]])
    return out


def _neighbours(cid: np.ndarray, key: np.ndarray, inner: np.ndarray, freq: np.ndarray,
                edge: np.ndarray, left: bool, stats: Stats, k: int,
                ) -> list[tuple[int, float, float]]:
    """Per candidate: distinct neighbours, leak and entropy of one side, from one neighbour
    per occurrence (`key`: code point, `_EMPTY` at a segment's edge; `inner` false: a
    boundary, a new neighbour each time), occurrences in each candidate's text order."""
    idx = np.flatnonzero(inner)
    code, first, count = np.unique(cid[idx] << 21 | key[idx], return_index=True,
                                   return_counts=True)
    g_cid, g_key, g_first = code >> 21, code & ((1 << 21) - 1), idx[first]
    bnd = np.flatnonzero(~inner)
    distinct = np.bincount(g_cid, minlength=k) + np.bincount(cid[bnd], minlength=k)

    # entropy: Σ c·log c over the inner neighbours in order of first occurrence (math.log,
    # as `_boundary_entropy`), then log(total) − Σ / total
    logs = {c: math.log(c) for c in np.flatnonzero(np.bincount(count)).tolist()}
    clog = count * np.asarray([logs[c] for c in count.tolist()], dtype=np.float64)
    order = np.lexsort((g_first, g_cid))
    rank = _rank_in_runs(g_cid[order])
    plogp = _ordered_sum(g_cid[order], rank, clog[order], k)

    # leak: the LEAK_TOP most frequent neighbours (ties: first seen first), boundaries among
    # them skipped; each adds count · min(1, count(pair) / count(single))
    e_cid = np.concatenate([g_cid, cid[bnd]])
    e_cnt = np.concatenate([count, np.ones(len(bnd), dtype=np.int64)])
    e_first = np.concatenate([g_first, bnd])
    e_key = np.concatenate([g_key, np.full(len(bnd), -1, dtype=np.int64)])
    order = np.lexsort((e_first, -e_cnt, e_cid))
    rank = _rank_in_runs(e_cid[order])
    top = order[(rank < LEAK_TOP) & (e_key[order] >= 0)]
    rank = rank[(rank < LEAK_TOP) & (e_key[order] >= 0)]
    t_cid, t_key, t_cnt = e_cid[top], e_key[top], e_cnt[top]
    t_edge = edge[t_cid]
    empty = t_key == _EMPTY
    if left:  # pair = neighbour + edge, single = neighbour ("" counts 0: skipped)
        single = np.where(empty, 0, _counts(stats, 1, np.where(empty, 0, t_key)))
        pair = _counts(stats, 2, np.where(empty, 0, t_key).astype(np.uint64) * _HASH_P
                       + t_edge.astype(np.uint64))
    else:  # pair = edge + neighbour ("": the edge alone), single = edge
        single = _counts(stats, 1, t_edge)
        two = _counts(stats, 2, t_edge.astype(np.uint64) * _HASH_P
                      + np.where(empty, 0, t_key).astype(np.uint64))
        pair = np.where(empty, single, two)
    use = single > 0
    term = t_cnt[use] * np.minimum(1.0, pair[use] / single[use])
    acc = _ordered_sum(t_cid[use], rank[use], term, k)
    out = []
    for dist, f, a, p in zip(distinct.tolist(), freq.tolist(), acc.tolist(), plogp.tolist(),
                             strict=True):
        out.append((dist, a / f if f else 0.0, math.log(f) - p / f if f else 0.0))
    return out


def _counts(stats: Stats, n: int, keys: np.ndarray) -> np.ndarray:
    """`stats.count` of many strings of length n at once, given by their hashes."""
    found = _lookup(stats.counts, n, np.asarray(keys).astype(np.uint64))
    return np.maximum(found, 0)
