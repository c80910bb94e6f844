"""One pass over the distinct segments: where each candidate occurs and what surrounds it.

An Aho-Corasick automaton of all candidates reads the (sampled) segments once and gathers each
candidate's frequency, segments, documents, neighbours on both sides, clean edges, titles of
people beside it and example contexts; optionally the sentencepiece boundary signal.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from tifa.glossary.mine_counts import MAX_N, PARTICLES
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
class Occ:
    """Occurrence statistics of one candidate gathered in the Aho-Corasick pass."""

    freq: int = 0
    segs: set[int] = field(default_factory=set)
    docs: set[str] = field(default_factory=set)
    left: Counter = field(default_factory=Counter)
    right: Counter = field(default_factory=Counter)
    sp_hits: int = 0
    titled: int = 0  # next to a title of a person (总统托卡耶夫, 习近平主席)
    lclean: int = 0  # after punctuation, a particle or a policy verb (加强|顶层设计)
    rclean: int = 0  # before punctuation or a particle (顶层设计|和统筹规划)
    contexts: list[int] = field(default_factory=list)


def _inner(ch: str) -> bool:
    """A neighbour that continues a word (CJK character, dash, number), not a boundary."""
    return ch in "—0" or ("\u3400" <= ch <= "\ufaff" and ch not in PARTICLES)


def scan(cands: list[str], texts: list[str], seg_docs: list[str], sp: Any) -> dict[str, Occ]:
    """One pass over the distinct segments: frequency, spread, neighbours, contexts."""
    import ahocorasick

    auto = ahocorasick.Automaton()
    for i, s in enumerate(cands):
        auto.add_word(s, i)
    auto.make_automaton()
    occ = [Occ() for _ in cands]
    for si, text in enumerate(texts):
        bounds = None
        for end, i in auto.iter(text):
            s = cands[i]
            start = end - len(s) + 1
            o = occ[i]
            o.freq += 1
            if si not in o.segs:
                o.segs.add(si)
                if len(o.contexts) < 3 and seg_docs[si] not in o.docs:
                    o.contexts.append(si)
            o.docs.add(seg_docs[si])
            # A digit is one and the same neighbour: 周年视频峰会 always follows a number.
            lc = text[start - 1] if start > 0 else ""
            rc = text[end + 1] if end + 1 < len(text) else ""
            lc, rc = ("0" if lc.isdigit() else lc), ("0" if rc.isdigit() else rc)
            o.left[lc if _inner(lc) else f"#{si}:{start}"] += 1
            o.right[rc if _inner(rc) else f"#{si}:{end}"] += 1
            if not _inner(lc) or lc in HEAD_CUT or text[max(0, start - 2):start] in LEAD_SET:
                o.lclean += 1
            if not _inner(rc) or rc in HEAD_CUT:
                o.rclean += 1
            if text.startswith(TITLES, end + 1) or text[max(0, start - 3):start].endswith(TITLES):
                o.titled += 1
            if sp is not None:
                if bounds is None:
                    bounds = _piece_bounds(sp, text)
                if start in bounds and end + 1 in bounds:
                    o.sp_hits += 1
    return dict(zip(cands, occ, strict=True))
