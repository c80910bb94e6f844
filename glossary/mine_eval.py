"""Honest evaluation of the mining model: never scored on entries or documents it was fitted on.

Two hold-outs, used alone or together (`bench/bench_mine.py`, `tests/test_mine.py`):

* entries: the glossary's entries are cut into `folds` groups by a hash of their id; each group's
  forms are ranked by a model fitted without them (they are neither positives nor negatives
  in that fit), everything else by the mean of the fold models;
* documents: the merged articles are cut into two halves by a hash of their document id; the
  model is fitted on the candidates of one half and ranks the candidates of the other.
"""

from __future__ import annotations

import math
import random
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Any

from tifa.glossary.entry import Glossary
from tifa.glossary.mine import (
    Candidate,
    Evidence,
    _key,
    display,
    gather,
    glossary_labels,
    glossary_view,
    learn,
    link_nesting,
    rank,
    settle,
)
from tifa.glossary.mine_model import ALL_FEATURES, PAIRED, Model
from tifa.glossary.mine_signals import veto
from tifa.tm.base.files import TifaError


def row_keys(c: Candidate) -> tuple[str, ...]:
    """The match keys a row of the ranking shows: its own, and for a series (items joined by
    、: 供得出、流得动、用得好, a row of `show_series` or a glossary form) those of its items too,
    which are nested under it rather than rows of their own (twenty-seventh round). A term is
    found at the row that shows it; every measure of this module reads rows so."""
    k = _key(c.zh)
    return (k, *(x for x in k.split("、") if x)) if "、" in k else (k,)


def _ranks_of(ranked: Sequence[Candidate]) -> dict[str, int]:
    """The 1-based rank of every key the rows show (`row_keys`), at its best row."""
    at: dict[str, int] = {}
    for i, c in enumerate(ranked):
        for k in row_keys(c):
            at.setdefault(k, i + 1)
    return at


def _bucket(name: str, n: int) -> int:
    return zlib.crc32(name.encode("utf-8")) % n


def entry_folds(glossary: Glossary, folds: int) -> list[set[str]]:
    """Entry ids cut into `folds` groups (stable: by a hash of the id)."""
    groups: list[set[str]] = [set() for _ in range(folds)]
    for e in glossary.entries:
        groups[_bucket(e.id, folds)].add(e.id)
    return groups


def fold_models(ev: Evidence, glossary: Glossary, folds: int = 5, l2: float = 3.0,
                ) -> list[Model]:
    """One model per fold of entries, each fitted without that fold's entries."""
    return [learn(ev, glossary, l2=l2, skip_entries=group)
            for group in entry_folds(glossary, folds)]


def cross_fitted(ev: Evidence, glossary: Glossary, folds: int = 5, l2: float = 3.0,
                 train: Evidence | None = None, models: list[Model] | None = None,
                 scored: Sequence[Evidence] | None = None) -> list[Candidate]:
    """Rank `ev` so that every glossary form is scored by a model that never saw its entry.

    `train`: fit on another corpus's evidence (held-out documents); default: `ev` itself.
    `models`: the fold models of `fold_models` if already fitted. `scored`: the evidence each
    fold model scores, where a signal depends on the fold (learnt from its glossary, `trial`).
    """
    labels = glossary_labels(glossary)
    models = models or fold_models(train or ev, glossary, folds, l2)
    fold_of = {eid: i for i, group in enumerate(entry_folds(glossary, folds)) for eid in group}
    # every candidate scored by every fold model (vectorised), then the right one picked
    scores = [m.scores([e.with_vocabulary(i, m) for i in range(len(ev.zh))])
              for m, e in zip(models, scored or [ev] * len(models), strict=True)]
    out = []
    for i, s in enumerate(ev.zh):
        g = ev.signals[i]
        entry = labels.get(_key(s))
        if entry is not None:
            p = float(scores[fold_of[entry]][i])
        else:
            p = sum(float(x[i]) for x in scores) / len(models)
        out.append(Candidate(display(s), p * veto(g), ev.freq[i], ev.docs[i], g,
                             ev.contexts[i], entry is not None))
    out.sort(key=lambda c: (-c.score, -c.freq, c.zh))
    out = settle(out)
    link_nesting(out[:300], out[:300])
    return out


def split_documents(segments: Sequence[Any]) -> tuple[list[Any], list[Any]]:
    """Two halves of the corpus by document (a hash of each segment's `doc`)."""
    a = [s for s in segments if _bucket(s.doc, 2) == 0]
    b = [s for s in segments if _bucket(s.doc, 2) == 1]
    return a, b


@dataclass
class Quality:
    """Precision and recall of a ranking against a list of terms."""

    p50: float
    p100: float
    recall: float          # over every candidate
    recall200: float
    terms: int             # terms of the list that the ranked text contains

    def line(self) -> str:
        return (f"P@50={self.p50:.2f}  P@100={self.p100:.2f}  recall={self.recall:.2f}  "
                f"recall@200={self.recall200:.2f}  ({self.terms} terms)")


def quality(ranked: Sequence[Candidate], terms: Iterable[str]) -> Quality:
    """P@50, P@100 against `terms`; recall over all candidates and in the top 200."""
    keys = {_key(t) for t in terms}
    found = [row_keys(c) for c in ranked]
    top50, top100 = found[:50], found[:100]
    n = max(1, len(keys))

    def shown(rows: list[tuple[str, ...]]) -> set[str]:
        return {k for row in rows for k in row}

    return Quality(sum(not keys.isdisjoint(r) for r in top50) / max(1, min(50, len(top50))),
                   sum(not keys.isdisjoint(r) for r in top100) / max(1, min(100, len(top100))),
                   len(keys & shown(found)) / n, len(keys & shown(found[:200])) / n, len(keys))


@dataclass
class TermRanks:
    """Where the terms of a held-out list stand in a ranking (the issue's "held-out recall@200")."""

    ranks: list[int | None]  # 1-based rank of each term, None: not a candidate at all

    def recall_at(self, k: int) -> float:
        return sum(r is not None and r <= k for r in self.ranks) / max(1, len(self.ranks))

    def line(self) -> str:
        found = sorted(r for r in self.ranks if r is not None)
        median = found[len(found) // 2] if found else 0
        return (f"recall@200={self.recall_at(200):.2f}  @400={self.recall_at(400):.2f}  "
                f"@800={self.recall_at(800):.2f}  median rank {median}  not candidates "
                f"{sum(r is None for r in self.ranks)}  ({len(self.ranks)} terms; at most "
                f"{min(1.0, 200 / max(1, len(self.ranks))):.2f} can be in the top 200)")


def term_ranks(ranked: Sequence[Candidate], terms: Iterable[str]) -> TermRanks:
    """The rank of each of `terms` in `ranked` (on match keys, quotes ignored; an item of a
    series at the series' row: `row_keys`)."""
    at = _ranks_of(ranked)
    return TermRanks([at.get(_key(t)) for t in terms])


@dataclass
class Fragments:
    """Rows of a ranking's top `top` that are fragments of the gold (issue 15's "no more than 3
    fragments of real terms in the top 100"), counted two ways (twenty-seventh round):

    * `strict`: every row that is a proper piece of a gold term or holds one with something
      more (文化润疆工程 holds 文化润疆, 探源工程 is a piece of 中华文明探源工程) — the count of
      mine24 to mine26;
    * `real`: the strict rows less those that are terms in their own right (`terms`), the
      issue's count. A row is a term where the glossary has it as a form of any entry, of any
      category (人工智能, 命运共同体, 高质量发展: a terminologist looks them up), where the
      corpus's gold list has it (in another part), or where the general dictionary has it as a
      word (CC-CEDICT, the dictionary the aligner and the mining lexicon already read:
      人工智能, 黄河流域 are lexicalised, not cut out of a name). What is left is a piece no
      one would enter (供得出 of a series, 探源工程, 推广共富工坊, 碳达峰碳中).

    Each item is (1-based rank, row, the gold term it is a piece of or holds; for `terms`
    also why it is a term)."""

    strict: list[tuple[int, str, str]]
    real: list[tuple[int, str, str]]
    terms: list[tuple[int, str, str, str]]


def fragments(ranked: Sequence[Candidate], terms: Iterable[str], known: Iterable[str] = (),
              glossary: Glossary | None = None, words: Iterable[str] | None = None,
              top: int = 100) -> Fragments:
    """The fragments of the gold `terms` in the top `top` of `ranked` (`Fragments`). `known`:
    more terms of the corpus (its other parts' gold); `words`: the general dictionary's
    words (default: CC-CEDICT's headwords, none where the dictionary is not installed)."""
    keys = {_key(t) for t in terms}
    if words is None:
        words = _dictionary_words()
    lists = (("glossary", {_key(f) for e in (glossary.entries if glossary else ())
                           for f in (e.zh, *e.zh_variants)}),
             ("gold", {_key(t) for t in known}), ("dictionary", {_key(w) for w in words}))
    strict, real, lexical = [], [], []
    for i, c in enumerate(ranked[:top]):
        k = _key(c.zh)
        if not keys.isdisjoint(row_keys(c)):
            continue
        of = next((g for g in sorted(keys) if k in g or g in k), None)
        if of is None:
            continue
        strict.append((i + 1, c.zh, of))
        why = next((name for name, have in lists if k in have), None)
        if why:
            lexical.append((i + 1, c.zh, of, why))
        else:
            real.append((i + 1, c.zh, of))
    return Fragments(strict, real, lexical)


def _dictionary_words() -> set[str]:
    try:
        from tifa.tm.base.dictionary import lexicon
        return {w for w in lexicon() if len(w) > 1}
    except (ImportError, TifaError):
        return set()


LOSSES = ("top 200", "ranked 201-400", "ranked 401-800", "ranked below 800", "vetoed",
          "given way", "inside a longer candidate", "no candidate", "not in the text")


def where_lost(ranked: Sequence[Candidate], ev: Evidence, terms: Iterable[str],
               segments: Sequence[Any]) -> dict[str, str]:
    """Where each of `terms` stands or was lost (nineteenth round), one of `LOSSES`: in the
    top 200 or ranked below it (by depth), vetoed (ranked, score 0), given way to another
    row (a candidate `settle` left out), or no candidate at all — only inside a longer
    candidate (cut at a wrong boundary), held by none, or not in the merged text (a headline
    broken over lines). Which of these holds most of the misses says where to work."""
    at: dict[str, tuple[int, float]] = {}
    for i, c in enumerate(ranked):
        for k in row_keys(c):
            at.setdefault(k, (i + 1, c.score))
    keys = {_key(z) for z in ev.zh}
    text = "\n".join(_key(s.text) for s in segments)
    out = {}
    for t in terms:
        k = _key(t)
        if k in at:
            r, score = at[k]
            out[t] = ("vetoed" if score <= 0 else "top 200" if r <= 200 else
                      "ranked 201-400" if r <= 400 else "ranked 401-800" if r <= 800 else
                      "ranked below 800")
        elif k in keys:
            out[t] = "given way"
        elif k not in text:
            out[t] = "not in the text"
        else:
            out[t] = ("inside a longer candidate" if any(k in z and k != z for z in keys)
                      else "no candidate")
    return out


@dataclass
class Kept:
    """How many of the terms a reference ranking has in its top k another ranking keeps."""

    kept: list[str]
    lost: list[tuple[str, int | None]]  # term, its rank in the other ranking (None: gone)

    def line(self) -> str:
        n = len(self.kept) + len(self.lost)
        return (f"{len(self.kept)}/{n} = {len(self.kept) / max(1, n):.2f}; lost: "
                + " ".join(f"{t} {r}" for t, r in self.lost))


def kept_from(ranked: Sequence[Candidate], reference: Sequence[str], terms: Iterable[str],
              k: int = 200) -> Kept:
    """Of the `terms` in the top `k` of `reference` (candidates as printed, best first: the
    previous scorer's order), those that `ranked` keeps in its own top `k`. The frequency-
    driven ranking had 40 of the issue's held-out 56 in its top 200: every one lost since is
    likely lost from that list too."""
    keys = {_key(t) for t in terms}
    at = _ranks_of(ranked)
    wanted = [z for z in reference[:k] if _key(z) in keys]
    return Kept([z for z in wanted if at.get(_key(z), k + 1) <= k],
                [(z, at.get(_key(z))) for z in wanted if at.get(_key(z), k + 1) > k])


def entry_ranks(ranked: Sequence[Candidate], terms: Iterable[str],
                labels: dict[str, str]) -> TermRanks:
    """`term_ranks` counted once per glossary entry, at its best-ranked form (`labels`: match
    key → entry id, `glossary_labels`): a terminologist lists a series once (学思想、强党性、
    重实践、建新功; 世界之变、时代之变、历史之变), and meets it at the first of its items that
    the ranking shows. A term of no entry counts for itself."""
    terms = list(terms)
    best: dict[str, int | None] = {}
    for term, r in zip(terms, term_ranks(ranked, terms).ranks, strict=True):
        group = labels.get(_key(term), _key(term))
        old = best.get(group)
        best[group] = r if old is None else old if r is None else min(old, r)
    return TermRanks(list(best.values()))


@dataclass
class Estimate:
    """An estimate of recall@k on a list a ranking was never measured on, from the share it
    had in a reference ranking's top k (the issue's list: 40 of 56 in the frequency ranker's
    top 200)."""

    kept: float    # of the terms in the reference's top k, the share in the ranking's top k
    rest: float    # of the other terms, the share in the ranking's top k
    found: int
    listed: int

    @property
    def recall(self) -> float:
        return (self.found * self.kept + (self.listed - self.found) * self.rest) / self.listed

    def line(self) -> str:
        return (f"{self.found}/{self.listed} in the reference's top: {self.found} × "
                f"{self.kept:.2f} + {self.listed - self.found} × {self.rest:.2f} = "
                f"recall {self.recall:.2f}")


def listed_estimate(ranked: Sequence[Candidate], reference: Sequence[str], terms: Iterable[str],
                    found: int = 40, listed: int = 56, k: int = 200) -> Estimate:
    """Recall@k expected on a list of `listed` terms of which `found` were in the top `k` of
    `reference`, if those behave as `terms` do: the terms in the reference's top k are kept at
    the rate `kept_from` measures, the rest found at the rate of the other `terms`. The issue's
    list is not in the repository; its one known figure (40 of 56 in the previous scorer's
    top 200) conditions the estimate, which `terms` alone (the gold list, easier or harder
    than the issue's) would not."""
    terms = list(terms)
    kept = kept_from(ranked, reference, terms, k)
    top = set(_ranks_of(ranked[:k]))
    ref = {_key(z) for z in reference[:k]}
    rest = [t for t in {_key(t) for t in terms} if t not in ref]
    n = len(kept.kept) + len(kept.lost)
    return Estimate(len(kept.kept) / max(1, n),
                    sum(t in top for t in rest) / max(1, len(rest)), found, listed)


def rule_reference(ev: Evidence, ranked: Sequence[Candidate] | None = None) -> list[str]:
    """The candidates `tifa mine` keeps (shipped weights, settled), as printed, in the order of
    the signal `rule` (the frequency-driven scorer the issue's figure of 40 of 56 was read
    from): the reference of `kept_from` and `listed_estimate`. `ranked`: `rank(ev, top=None)`
    if the caller has it already."""
    # a row is found by the string counted, without a code shown in front (`glue_codes`)
    by = {c.zh[len(c.code):]: c for c in (rank(ev, top=None) if ranked is None else ranked)}
    by.update({x: c for c in list(by.values()) if "、" in c.zh for x in c.contains})
    order = sorted(range(len(ev.zh)), key=lambda i: -ev.signals[i]["rule"])
    # an item of a series as itself (found at the series' row: `row_keys`)
    return [display(ev.zh[i]) if "、" in by[display(ev.zh[i])].zh else by[display(ev.zh[i])].zh
            for i in order if display(ev.zh[i]) in by]


def fold_views(ranked: Sequence[Candidate], glossary: Glossary, terms: Iterable[str],
               new_only: bool = False, folds: int = 5) -> TermRanks:
    """The held-out terms as a terminologist who holds the glossary meets them: for each fold
    of entries, what `glossary_view` shows of the ranking of `cross_fitted` when the user's
    glossary is the other folds' entries (`new_only`: as `tifa mine --new-only` does), and
    the rank of each of the fold's `terms` there."""
    labels = glossary_labels(glossary)
    at: dict[str, int] = {}
    for group in entry_folds(glossary, folds):
        def known(key: str, group: set[str] = group) -> bool:
            entry = labels.get(key)
            return entry is not None and entry not in group
        for i, c in enumerate(glossary_view(list(ranked), known, new_only)):
            for key in row_keys(c):
                if labels.get(key) in group:
                    at.setdefault(key, i + 1)
    return TermRanks([at.get(_key(t)) for t in terms if _key(t) in labels])


def new_only_recall(ranked: Sequence[Candidate], glossary: Glossary, terms: Iterable[str],
                    folds: int = 5, k: int = 200) -> float:
    """`fold_views` as `--new-only` shows them: the share of the terms in the top `k`."""
    return fold_views(ranked, glossary, terms, True, folds).recall_at(k)


def present(terms: Iterable[str], segments: Sequence[Any]) -> list[str]:
    """The terms that occur in the text of `segments` (on match keys, quotes ignored)."""
    text = "\n".join(_key(s.text) for s in segments)
    return [t for t in terms if _key(t) in text]


def held_out_documents(segments: Sequence[Any], glossary: Glossary, terms: list[str],
                       folds: int = 5) -> tuple[Quality, Quality]:
    """Fit on one half of the documents, rank the other (and the other way round), with the
    glossary's entries held out by folds as well; quality against `terms` present there."""
    a, b = split_documents(segments)
    ev_a, ev_b = gather(a), gather(b)
    res = []
    for train, test, segs in ((ev_a, ev_b, b), (ev_b, ev_a, a)):
        res.append(quality(cross_fitted(test, glossary, folds, train=train),
                           present(terms, segs)))
    return res[0], res[1]


# A new signal, tried held out against its controls. Name → one value per candidate of the
# evidence; or a function of a fold's held-out entry ids giving them, for evidence learnt from
# the glossary, which must not know the fold's entries.
Values = dict[str, Sequence[float]]


@dataclass
class Trial:
    """Held-out figures of the model with a signal tried (or one of its shuffled controls)."""

    name: str
    p100: float       # entries held out, against the gold list
    standin: float    # recall@200 of the stand-in terms (gold terms that are glossary forms)
    mean_rank: float  # their geometric mean rank (those that are candidates)
    new_only: float   # recall@200 as `--new-only` shows them (`new_only_recall`)
    estimate: float = float("nan")  # `listed_estimate` for the 56 (with a reference)

    def line(self) -> str:
        est = "" if math.isnan(self.estimate) else f"  estimate(56)={self.estimate:.3f}"
        return (f"{self.name:<24} P@100={self.p100:.2f}  stand-in@200={self.standin:.3f} "
                f"(geometric mean rank {self.mean_rank:.1f})  --new-only@200={self.new_only:.3f}"
                + est)


def figures(name: str, ranked: Sequence[Candidate], glossary: Glossary, gold: Sequence[str],
            reference: Sequence[str] | None = None, folds: int = 5) -> Trial:
    """The held-out figures of a ranking of `cross_fitted` (or a list-level rule applied to
    one): P@100 against `gold`, the stand-in's recall@200 and geometric mean rank, the same as
    `--new-only` shows them, and with a `reference` (`rule_reference`) the estimate for the
    issue's list."""
    labels = glossary_labels(glossary)
    standin = [t for t in gold if _key(t) in labels]
    at = term_ranks(ranked, standin)
    ranks = [r for r in at.ranks if r is not None]
    return Trial(name, quality(ranked, gold).p100, at.recall_at(200),
                 math.exp(sum(map(math.log, ranks)) / max(1, len(ranks))),
                 new_only_recall(ranked, glossary, standin, folds),
                 listed_estimate(ranked, reference, gold).recall if reference else float("nan"))


def trial(ev: Evidence, glossary: Glossary, gold: Sequence[str],
          values: Values | Callable[[set[str]], Values], seeds: Sequence[int] = (1, 2, 3),
          folds: int = 5, l2: float = 3.0, reference: Sequence[str] | None = None,
          paired: bool = False) -> list[Trial]:
    """The held-out figures with the signals `values` added to the model, then with each
    signal's values shuffled among the candidates (`random.Random(seed)`), once per seed.
    Any sparse feature added to the fit moves the figures a little; a signal is worth keeping
    only beyond all of its controls (the rule since the fourteenth round). Where `values` is a
    function, each fold's model is fitted and scores with the values of its fold, so a signal
    learnt from the glossary is learnt without the fold's entries; for the fold's own training
    rows it must be cross-fitted too (seventeenth round: a language model of the other folds'
    forms, scoring the very forms it was trained on, fell below its controls). With a
    `reference` (`rule_reference`) each line also has the estimate for the issue's 56;
    `paired`: the new signals also in the products (`trial_features`)."""
    groups = entry_folds(glossary, folds)
    per_fold = [values(g) if callable(values) else values for g in groups]
    names = sorted(per_fold[0])
    features = trial_features(names, paired)

    def run(name: str, fold_values: list[Values]) -> Trial:
        views = [_with_signals(ev, v) for v in fold_values]
        models = [learn(view, glossary, l2, skip_entries=g, features=features)
                  for view, g in zip(views, groups, strict=True)]
        crossed = cross_fitted(ev, glossary, folds, l2, models=models, scored=views)
        return figures(name, crossed, glossary, gold, reference, folds)

    out = [run("+" + "+".join(names), per_fold)]
    for seed in seeds:
        out.append(run(f"  control, seed {seed}",
                       [{n: _shuffled(v[n], seed) for n in names} for v in per_fold]))
    return out


def reordered(ranked: Sequence[Candidate], factors: Sequence[float]) -> list[Candidate]:
    """A list-level rule applied to a ranking: each row's rank divided by its factor (1 keeps
    its place, 0.5 sends the 100th to about the 200th, 2 brings it to about the 50th, 0 leaves
    it out), the order of equal ranks kept."""
    keyed = [((i + 1) / f, i) for i, f in enumerate(factors) if f > 0]
    return [ranked[i] for _, i in sorted(keyed)]


def rule_trial(name: str, ranked: Sequence[Candidate], glossary: Glossary, gold: Sequence[str],
               factors: Sequence[float], seeds: Sequence[int] = (1, 2, 3), top: int = 400,
               reference: Sequence[str] | None = None, folds: int = 5,
               band: float | None = None) -> list[Trial]:
    """A second pass over a held-out ranking (`cross_fitted`), tried against its controls:
    `factors` (one per row, `reordered`) moves rows of the list, and each control gives the
    same factors of the first `top` rows to other rows of the first `top`, shuffled
    (`random.Random(seed)`) — the same number of moves of the same size, with no relation to
    what the rows are. A rule over the whole list (a lexicon) or over its top (diversity)
    is worth keeping only beyond every control, as a signal is (`trial`). With `band`, each
    control gives each moved row's factor to a random unmoved row of about its rank instead
    (`banded`): the control of a rule that lifts rows from far below the top."""
    factors = list(factors)
    out = [figures(name, reordered(ranked, factors), glossary, gold, reference, folds)]
    for seed in seeds:
        mixed = (banded(factors, seed, band) if band else
                 _shuffled(factors[:top], seed) + factors[top:])
        out.append(figures(f"  control, seed {seed}", reordered(ranked, mixed), glossary,
                           gold, reference, folds))
    return out


def banded(factors: Sequence[float], seed: int, band: float = 1.25) -> list[float]:
    """A control for a rule that moves rows from anywhere in the list (nineteenth round):
    each moved row (factor ≠ 1) keeps its place, and its factor goes to a random unmoved row
    whose rank is within `band` times its own (`random.Random(seed)`), so the control lifts
    as many rows, from the same depths, to about the same places, whatever they are. A row
    with no free row in its band keeps its factor."""
    rng = random.Random(seed)
    moved = [i for i, f in enumerate(factors) if f != 1]
    taken = set(moved)
    out = [1.0] * len(factors)
    for i in moved:
        lo, hi = max(0, int((i + 1) / band) - 1), min(len(factors), int((i + 1) * band))
        free = [j for j in range(lo, hi) if j not in taken]
        j = rng.choice(free) if free else i
        taken.add(j)
        out[j] = factors[i]
    return out


def trial_features(names: Sequence[str], paired: bool = False) -> tuple[str, ...]:
    """The model's features with new signals: each one alone, and with `paired` also its
    product with each of the `PAIRED` signals (the shape the shipped products have)."""
    new = [n for n in names if n not in ALL_FEATURES]
    products = [f"{p}*{n}" for n in new for p in PAIRED] if paired else []
    return ALL_FEATURES + tuple(new) + tuple(products)


def _shuffled(values: Sequence[float], seed: int) -> list[float]:
    out = list(values)
    random.Random(seed).shuffle(out)
    return out


def _with_signals(ev: Evidence, values: Values) -> Evidence:
    """A copy of `ev` with more signals; `ev` is left as it was."""
    return replace(ev, signals=[dict(s, **{n: float(v[i]) for n, v in values.items()})
                                for i, s in enumerate(ev.signals)])


def fused(ranked: Sequence[Candidate], flags: Sequence[bool], share: float) -> list[Candidate]:
    """Two lists in one (twentieth round): the flagged rows (seen once: "new this month") and
    the others ("known"), each in its own order, merged so that about `share` of any top k
    is flagged rows — top 200 = the first 200·share of one list and the rest of the other.
    A second pass that calibrates one kind of candidate against the other by quota instead of
    by one score; vetoed rows (score 0) stay last, in their order."""
    seen = [0, 0]
    keyed = []
    for i, (c, flag) in enumerate(zip(ranked, flags, strict=True)):
        if c.score > 0:
            seen[flag] += 1
            keyed.append((seen[flag] / (share if flag else 1.0 - share), i))
    kept = [i for _, i in sorted(keyed)]
    return [ranked[i] for i in kept] + [c for c in ranked if c.score <= 0]


def banded_flags(flags: Sequence[bool], seed: int, band: float = 1.25) -> list[bool]:
    """The control of `fused`: as many rows flagged, each a random row within `band` times
    the rank of a flagged row (`random.Random(seed)`), so that a quota over the control
    moves as many rows from the same depths — whatever kind they are."""
    rng = random.Random(seed)
    out = [False] * len(flags)
    for i in (i for i, f in enumerate(flags) if f):
        lo, hi = max(0, int((i + 1) / band) - 1), min(len(flags), int((i + 1) * band) + 1)
        free = [j for j in range(lo, hi) if not out[j]]
        out[rng.choice(free) if free else i] = True
    return out


def chosen_by_folds(rankings: dict[str, Sequence[Candidate]], glossary: Glossary,
                    terms: Sequence[str], folds: int = 5, k: int = 200,
                    ) -> tuple[float, list[str]]:
    """Recall@k of a setting chosen without the terms it is scored on (twentieth round): for
    each fold of entries, the ranking (of `rankings`: setting → held-out ranking) with most
    of the *other* folds' `terms` in its top k, read for the fold's own terms. A parameter
    tuned on the very terms it is measured on (a quota, the fit's penalty) flatters itself;
    this is the figure to set beside main's. Ties go to the first setting given. Returns
    the recall and the setting chosen for each fold."""
    labels = glossary_labels(glossary)
    fold_of = {eid: i for i, group in enumerate(entry_folds(glossary, folds)) for eid in group}
    listed = [t for t in terms if _key(t) in labels]
    at = {name: term_ranks(r, listed).ranks for name, r in rankings.items()}
    where = [fold_of[labels[_key(t)]] for t in listed]

    def hits(name: str, fold: int, own: bool) -> int:
        return sum(r is not None and r <= k for r, f in zip(at[name], where, strict=True)
                   if (f == fold) == own)

    found, chosen = 0, []
    for fold in range(folds):
        best = max(rankings, key=lambda n, fold=fold: hits(n, fold, False))
        chosen.append(best)
        found += hits(best, fold, True)
    return found / max(1, len(listed)), chosen


def depth_rates(ranked: Sequence[Candidate], terms: Iterable[str],
                kinds: dict[str, Callable[[Candidate], bool]],
                bands: Sequence[int] = (100, 200, 400, 800, 2000),
                ) -> list[tuple[str, str, int, int]]:
    """How often a kind of row is one of `terms`, band of the ranking by band (twentieth
    round: seen once against seen more): (band, kind, rows, terms among them). A quota or an
    offset for one kind can only help where that kind is denser in terms than the other at
    the same depth."""
    keys = {_key(t) for t in terms}
    out = []
    edges = [0, *bands, len(ranked)]
    for lo, hi in pairwise(edges):
        rows = ranked[lo:hi]
        for name, kind in kinds.items():
            mine = [c for c in rows if kind(c)]
            out.append((f"{lo + 1}-{hi}", name, len(mine), sum(not keys.isdisjoint(row_keys(c))
                                                             for c in mine)))
    return out
