"""Learn word translations from the pair being aligned (IBM Model 1, seeded by CC-CEDICT).

CC-CEDICT knows 神 → god but not 耶和华 → LORD, 中方 → China or 倡议 → proposes as a given
translator writes them. After a first alignment pass, the confident beads are a small parallel
corpus of this very text: a few rounds of Model 1 EM over them estimate t(English key | Chinese
word), starting from dictionary links (seeded five times as likely as any other co-occurrence),
and the links that come out strong and seen often enough are added to the Chinese words' keys
for the second pass. Numbers, Latin names and glossary terms are fixed keys and are not learned:
they stay anchors. No model, no download: the statistics are those of the two texts.
"""

from __future__ import annotations

from collections import Counter

SEED_BOOST = 5.0     # initial weight of a CC-CEDICT link against 1.0 for a mere co-occurrence
ITERATIONS = 4
MIN_PROB = 0.3       # keep e for z when t(e|z) reaches this …
MIN_COUNT = 2.0      # … and the expected number of links is at least this
MAX_DF = 0.15        # Chinese words in more than this share of sentences are not learned (的, 我们)
MAX_LINKS = 3        # at most this many learned keys per Chinese word
MIN_DICE = 0.3       # … and the two occur together in this share of their beads (Dice)
_NULL = ""


def learn_links(pairs: list[tuple[list[str], list[str]]], seed: dict[str, frozenset[str]],
                n_sentences: int) -> dict[str, frozenset[str]]:
    """Chinese word → English keys learned from `pairs` (Chinese words, English keys of one
    confident bead each). `seed` is the dictionary (word → keys); `n_sentences` the number of
    Chinese sentences, for the document-frequency cut."""
    if not pairs:
        return {}
    df = Counter(z for zs, _ in pairs for z in set(zs))
    t: dict[str, dict[str, float]] = {}
    for zs, es in pairs:
        if not es:
            continue
        for z in (*zs, _NULL):
            row = t.setdefault(z, {})
            links = seed.get(z, ())
            for e in es:
                if e not in row:
                    row[e] = SEED_BOOST if e in links else 1.0
    for row in t.values():
        total = sum(row.values())
        for e in row:
            row[e] /= total
    counts: dict[str, dict[str, float]] = {}
    for _ in range(ITERATIONS):
        counts = {z: dict.fromkeys(row, 0.0) for z, row in t.items()}
        for zs, es in pairs:
            if not es:
                continue
            rows = [t[z] for z in (*zs, _NULL)]
            crows = [counts[z] for z in (*zs, _NULL)]
            for e in es:
                probs = [row[e] for row in rows]
                denom = sum(probs)
                if denom <= 0.0:
                    continue
                for crow, p in zip(crows, probs, strict=True):
                    crow[e] += p / denom
        for z, crow in counts.items():
            total = sum(crow.values())
            if total > 0.0:
                t[z] = {e: c / total for e, c in crow.items()}
    out: dict[str, frozenset[str]] = {}
    cap = MAX_DF * n_sentences
    edf = Counter(e for _, es in pairs for e in set(es))
    together = Counter((z, e) for zs, es in pairs for z in set(zs) for e in set(es)) \
        if MIN_DICE else Counter()
    for z, row in t.items():
        if z == _NULL or df[z] > cap:
            continue
        crow = counts[z]
        best = sorted((p, e) for e, p in row.items() if p >= MIN_PROB and crow[e] >= MIN_COUNT
                      and (not MIN_DICE or 2 * together[z, e] / (df[z] + edf[e]) >= MIN_DICE))
        if best:
            out[z] = frozenset(e for _, e in best[-MAX_LINKS:])
    return out
