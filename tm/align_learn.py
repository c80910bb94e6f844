"""Learn word translations from the pair being aligned (IBM Model 1, seeded by CC-CEDICT).

CC-CEDICT knows 神 → god but not 耶和华 → LORD, 各位 → colleagues or 约 → covenant as a given
translator writes them. After a first alignment pass, the confident beads are a small parallel
corpus of this very text: a few rounds of Model 1 EM over them estimate t(English key | Chinese
word), starting from dictionary links (seeded five times as likely as any other co-occurrence),
and the links that come out strong and seen often enough are added to the Chinese words' keys
for the second pass. Numbers, Latin names and glossary terms are fixed keys and are not learned:
they stay anchors. No model, no download: the statistics are those of the two texts.

The EM runs on flat numpy arrays, one entry per (bead, Chinese word, English key) triple: a
round is a handful of vector operations, not a Python loop over the triples.
"""

from __future__ import annotations

from collections import Counter

import numpy as np

SEED_BOOST = 5.0     # initial weight of a CC-CEDICT link against 1.0 for a mere co-occurrence
ITERATIONS = 4
MIN_PROB = 0.3       # keep e for z when t(e|z) reaches this …
MIN_COUNT = 2.0      # … and the expected number of links is at least this
MAX_DF = 0.15        # Chinese words in more than this share of sentences are not learned (的)
MAX_LINKS = 3        # at most this many learned keys per Chinese word
MIN_DICE = 0.3       # … and the two occur together in this share of their beads (Dice)
_NULL = ""


def learn_links(pairs: list[tuple[list[str], list[str]]], seed: dict[str, frozenset[str]],
                n_sentences: int) -> dict[str, frozenset[str]]:
    """Chinese word → English keys learned from `pairs` (Chinese words, English keys of one
    confident bead each). `seed` is the dictionary (word → keys); `n_sentences` the number of
    Chinese sentences, for the document-frequency cut."""
    pairs = [(zs, es) for zs, es in pairs if es]
    if not pairs:
        return {}
    pair_id: dict[tuple[str, str], int] = {}
    link, slot = [], []           # per triple: its (z, e) pair id, its (bead, English key) slot
    n_slots = 0
    for zs, es in pairs:
        words = (*zs, _NULL)
        for e in es:
            for z in words:
                k = pair_id.get((z, e))
                if k is None:
                    k = pair_id[(z, e)] = len(pair_id)
                link.append(k)
                slot.append(n_slots)
            n_slots += 1
    keys = list(pair_id)
    z_index: dict[str, int] = {}
    z_of = np.array([z_index.setdefault(z, len(z_index)) for z, _ in keys])
    t = np.array([SEED_BOOST if e in seed.get(z, ()) else 1.0 for z, e in keys])
    t /= np.bincount(z_of, weights=t)[z_of]
    link_a, slot_a = np.array(link), np.array(slot)
    counts = np.zeros(len(keys))
    for _ in range(ITERATIONS):
        p = t[link_a]
        share = p / np.bincount(slot_a, weights=p, minlength=n_slots)[slot_a]
        counts = np.bincount(link_a, weights=share, minlength=len(keys))
        t = counts / np.bincount(z_of, weights=counts)[z_of]
    df = Counter(z for zs, _ in pairs for z in set(zs))
    edf = Counter(e for _, es in pairs for e in set(es))
    together = Counter((z, e) for zs, es in pairs for z in set(zs) for e in set(es))
    cap = MAX_DF * n_sentences
    found: dict[str, list[tuple[float, str]]] = {}
    for k in np.flatnonzero((t >= MIN_PROB) & (counts >= MIN_COUNT)):
        z, e = keys[k]
        if z != _NULL and df[z] <= cap and 2 * together[z, e] / (df[z] + edf[e]) >= MIN_DICE:
            found.setdefault(z, []).append((float(t[k]), e))
    return {z: frozenset(e for _, e in sorted(best)[-MAX_LINKS:]) for z, best in found.items()}
