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

import re
from collections import Counter
from collections.abc import Callable

import numpy as np
from tifa.tm.base import dictionary

SEED_BOOST = 5.0     # initial weight of a CC-CEDICT link against 1.0 for a mere co-occurrence
ITERATIONS = 4
MIN_PROB = 0.3       # keep e for z when t(e|z) reaches this …
MIN_COUNT = 2.0      # … and the expected number of links is at least this
# Chinese words in more than this share of sentences are not learned: 的, 在, 是 (they link to
# nothing a translation writes, and `mute_words` drops them). At 0.15 耶和华 (16 % of the Bible's
# sentences) was never linked to "LORD"; at 0.3 it is (held out below 0.8 wrong: half B 47.1 →
# 49.1 %, half A 56.9 → 56.0 %, Bible strict F1 unchanged).
MAX_DF = 0.3
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


# ---------------------------------------------------------------- repeated sentences

# A short sentence says little by its words (事就这样成了: "matter", "way", "ready"), but a
# text that repeats it repeats its translation too ("and it was so"): the English clause found
# beside most of its occurrences, and rarely elsewhere, is its rendering in this text.
REPEAT_MIN = 2            # a Chinese sentence seen at least this often …
REPEAT_SHARE = 0.6        # … whose first-pass beads hold the clause in this share of them …
REPEAT_MAX_CHARS = 8      # short sentences only: a long one has words enough (and a list of
                          # offerings repeated row by row has every row beside every clause)
REPEAT_DICE = 0.5         # … with this Dice between occurrences and English sentences with it
_CLAUSE_CUT = re.compile(r"[,;:.!?()]")
_LEAD = re.compile(r"^(?:and|but|then|so|for|now|yea)\s+")
_HAN_OR_WORD = re.compile(r"[\w\u3400-\u9fff]+")


def _zh_key(sentence: str) -> str:
    return "".join(_HAN_OR_WORD.findall(sentence))


def _clauses(sentence: str) -> set[str]:
    """The clauses of an English sentence, lowercased, without a leading "and" / "but"."""
    out = set()
    for piece in _CLAUSE_CUT.split(sentence.lower()):
        words = _LEAD.sub("", " ".join(re.findall(r"[a-z']+", piece)))
        if len(words.split()) >= 2:
            out.add(words)
    return out


def learn_repeats(zh: list[str], en: list[str], beads: list[tuple[range, range]],
                  zh_keys_of: Callable[[int], set[str]]
                  ) -> tuple[dict[int, str], dict[int, list[str]]]:
    """Keys for repeated Chinese sentences and the English clause that repeats beside them:
    (Chinese sentence → key, English sentence → keys). `beads` are the first pass's; the
    English looked at for an occurrence is its bead's and one sentence either side. A clause
    scores its Dice with the occurrences plus the share of its words the Chinese sentence's
    dictionary keys (`zh_keys_of`) give: in a list of offerings repeated row by row, every
    row's clauses stand beside every other row, and the words tell them apart."""
    where: dict[str, list[int]] = {}
    for i, s in enumerate(zh):
        key = _zh_key(s)
        if key:
            where.setdefault(key, []).append(i)
    repeated = {key: ids for key, ids in where.items()
                if len(ids) >= REPEAT_MIN and len(key) <= REPEAT_MAX_CHARS}
    if not repeated:
        return {}, {}
    english_of: dict[int, range] = {}          # Chinese sentence → its bead's English
    for z, e in beads:
        for i in z:
            english_of[i] = e
    clauses = [_clauses(s) for s in en]
    df = Counter(c for cs in clauses for c in cs)
    zh_keys: dict[int, str] = {}
    en_keys: dict[int, list[str]] = {}
    m = len(en)
    options = []                # (Dice, in the bead itself, clause, Chinese occurrences)
    for ids in repeated.values():
        near: Counter = Counter()
        own: Counter = Counter()
        for i in ids:
            e = english_of.get(i, range(0, 0))
            near.update(set().union(*(clauses[j] for j in range(max(0, e.start - 1),
                                                                  min(m, e.stop + 1)))))
            own.update(set().union(*(clauses[j] for j in e)))
        keys = zh_keys_of(ids[0])
        for clause, count in near.items():
            dice = 2 * count / (len(ids) + df[clause])
            if count >= max(REPEAT_MIN, REPEAT_SHARE * len(ids)) and dice >= REPEAT_DICE:
                words = dictionary.en_keys(clause)
                linked = sum(w in keys for w in words) / len(words) if words else 0.0
                options.append((round(dice + linked, 3), own[clause], clause, ids))
    # One clause per repeated sentence and one sentence per clause, the best pairs first
    # (the repeated rows of a list of offerings all stand beside each other's clauses).
    taken: set[str] = set()
    for _, _, clause, ids in sorted(options, key=lambda o: o[:3], reverse=True):
        if clause in taken or ids[0] in zh_keys:
            continue
        taken.add(clause)
        for i in ids:
            zh_keys[i] = "r:" + clause
    wanted = set(zh_keys.values())
    for j, cs in enumerate(clauses):
        hits = sorted("r:" + c for c in cs if "r:" + c in wanted)
        if hits:
            en_keys[j] = hits
    return zh_keys, en_keys


MUTE_MIN = 60        # a word seen at least this often in the confident beads …
MUTE_SHARE = 0.1     # … that finds its keys across less often than this carries no evidence


def mute_words(pairs: list[tuple[list[str], list[str]]],
               keys_of: Callable[[str], frozenset[str]], name_chars: set[str]) -> frozenset[str]:
    """Chinese words the pair itself shows to be no evidence: frequent in the confident beads
    (`pairs`: Chinese words, English keys), and almost never with one of their keys across
    (是 "true, right", 在 "exist", 的 "bull's eye" in a translation that writes none of them).
    As items they only dilute a sentence's linked share, so a short sentence with one good link
    among function words looks untranslated (你们所有的男子，都要受割礼 came out 1-0 beside
    "…; Every man child among you shall be circumcised."). A single character of a name learned
    from the pair (`name_chars`: 拉, 玛, 阿) stays: it stands for a name the dictionary cannot
    link, and such a sentence's unlinked share is what tells a census line from its neighbour."""
    seen: Counter[str] = Counter()
    found: Counter[str] = Counter()
    for zs, es in pairs:
        english = set(es)
        for z in zs:
            seen[z] += 1
            if keys_of(z) & english:
                found[z] += 1
    return frozenset(z for z, n in seen.items() if n >= MUTE_MIN and found[z] < MUTE_SHARE * n
                     and not (len(z) == 1 and z in name_chars))
