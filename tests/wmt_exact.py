"""WMT terminology exact-match accuracy, written from the task's definition alone.

It shares no code with tifa (no matcher, no glossary, no stemmer): the annotations say which
terms a source segment holds, and a term is matched when one of its English translations
occurs in the hypothesis, compared on lower-case tokens with the plural of each word allowed
either way — the lemma match of the WMT 2021 scripts, cut down to the inflection a term
takes. Tokens are runs of letters and digits, so hyphens, apostrophes and case do not count
("drug-resistant" = "drug resistant", "virus's" holds "virus", "Covid-19" = "COVID-19") and a
term never matches inside a longer word ("AI" is not in "said", "fund" not in "refund").

Two refinements can be switched on or off; the plain rule of the task papers has neither:

* `per_occurrence` (off by default, as in tifa since its sixteenth round and in the task): a
  term annotated k times in one segment needs k occurrences (off: one occurrence answers for
  all k annotations — English says a repeated noun once, "the safety and efficacy of a
  vaccine");
* `nested` (on by default, tifa's documented reading): an occurrence inside a longer
  occurrence of another annotated term belongs to that term ("vaccine" inside "mRNA vaccine"
  does not also render 疫苗) (plain: it counts for both).
"""

from __future__ import annotations

import re
from pathlib import Path

_TOKEN = re.compile(r"[a-z0-9]+")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def _inflected(a: str, b: str) -> bool:
    """`a` and `b` are one word up to a plural ending (either may be the plural)."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return long in (short + "s", short + "es") or \
        (short.endswith("y") and long == short[:-1] + "ies")


def spans(words: list[str], term: str) -> list[tuple[int, int]]:
    """Token spans [start, end) where `term` occurs in `words`."""
    want = tokens(term)
    n = len(want)
    return [(i, i + n) for i in range(len(words) - n + 1) if n and
            all(_inflected(w, t) for w, t in zip(words[i:i + n], want, strict=True))]


def segment_counts(annotations: list[tuple[str, tuple[str, ...]]], hypothesis: str, *,
                   per_occurrence: bool = False, nested: bool = True) -> tuple[int, int]:
    """(annotated terms, matched terms) of one segment. `annotations`: (zh, translations)."""
    words = tokens(hypothesis)
    found = {(s, key) for key in set(annotations) for en in key[1] for s in spans(words, en)}
    if nested:
        found = {(s, key) for s, key in found if not any(
            o[0] <= s[0] and s[1] <= o[1] and o[1] - o[0] > s[1] - s[0] for o, _ in found)}
    matched = 0
    for key in set(annotations):
        k = annotations.count(key)
        m = len({s for s, other in found if other == key})
        matched += min(k, m) if per_occurrence else (k if m else 0)
    return len(annotations), matched


def read_annotations(path: Path, segments: int) -> list[list[tuple[str, tuple[str, ...]]]]:
    """The set's annotation file: `segment<TAB>zh<TAB>en[<TAB>en…]`, `#` lines skipped."""
    out: list[list[tuple[str, tuple[str, ...]]]] = [[] for _ in range(segments)]
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        seg, zh, *ens = line.split("\t")
        out[int(seg) - 1].append((zh, tuple(ens)))
    return out


def accuracy(annotations, hypotheses: list[str], **rules) -> tuple[int, int]:
    """Corpus (terms, matched)."""
    counts = [segment_counts(a, h, **rules) for a, h in zip(annotations, hypotheses,
                                                              strict=True)]
    return sum(c[0] for c in counts), sum(c[1] for c in counts)
