"""`tifa score`: how close to the reference, and how faithful to the official formulations.

Several systems (MT engines, LLM prompts, translators) are scored on the same segments:
BLEU, chrF and TER by sacrebleu (`sacre`), term accuracy, deprecated renderings, consistency,
window overlap, 1-TERm and number accuracy with tifa's matcher (`terms`, `metrics`), and each
system after the first is compared with it by sacrebleu's paired bootstrap (`bootstrap`).
`inputs` builds the segments (plain texts aligned with `tm.align`, or bilingual files),
`report` writes text, JSON, CSV and HTML.

Every distinct hypothesis of a segment is scored once (systems often agree on short segments),
in forked worker processes when there is enough work; the statistics are kept and reused for
the corpus score, the sentence scores and every bootstrap resample.
"""

from __future__ import annotations

import multiprocessing
import os
from dataclasses import dataclass, field

import numpy as np
import sacrebleu
from tifa.tm.base import VERSION
from tifa.tm.score.bootstrap import SEED, Estimate, Resampler, compare, confidence
from tifa.tm.score.inputs import ScoreInput, Segment
from tifa.tm.score.metrics import term_metrics
from tifa.tm.score.sacre import SacreMetric, make_metrics, stats_dtype
from tifa.tm.score.terms import HypTerms, TermScorer

__all__ = ["MetricInfo", "SystemScores", "ScoreReport", "score", "Segment", "ScoreInput"]

CHUNK = 1000          # hypothesis segments per task sent to a worker
POOL_ITEMS = 3000     # below this many distinct hypotheses one process is faster


@dataclass
class MetricInfo:
    key: str
    name: str
    higher_is_better: bool
    description: str
    unit: str = ""
    signature: str = ""       # sacrebleu's, for its metrics


@dataclass
class SystemScores:
    name: str
    scores: dict[str, float]                       # metric key → corpus score (NaN: n/a)
    estimates: dict[str, Estimate] = field(default_factory=dict)
    sentences: dict[str, list[float]] = field(default_factory=dict)   # sacrebleu's, per segment
    segment_terms: list[HypTerms] = field(default_factory=list)
    by_status: dict[str, tuple[int, int]] = field(default_factory=dict)    # matched, terms
    by_category: dict[str, tuple[int, int]] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)


@dataclass
class ScoreReport:
    version: str
    input: ScoreInput
    metrics: list[MetricInfo]
    systems: list[SystemScores]
    n_bootstrap: int
    seed: int | None
    sacrebleu_version: str
    scorer: TermScorer | None = None        # kept for the HTML page's highlighting

    @property
    def baseline(self) -> str:
        return self.systems[0].name


_WORK: dict = {}


def _jobs() -> int:
    """Worker processes: TIFA_JOBS, else one per available core (fork only)."""
    env = os.environ.get("TIFA_JOBS", "")
    if env.isdigit():
        return int(env)
    if "fork" not in multiprocessing.get_all_start_methods():
        return 0
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return cores or 1


def _analyse(items: list[tuple[int, str]]) -> list[tuple[list[list], HypTerms]]:
    """sacrebleu statistics and term counts of (segment index, hypothesis) items."""
    sacre: list[SacreMetric] = _WORK["sacre"]
    scorer: TermScorer = _WORK["scorer"]
    out = []
    for index, hyp in items:
        terms = scorer.analyse(index, hyp)
        # TER comes from the term scorer's search, which serves TERm too (`edit_stats`)
        out.append(([list(terms.ter) if m.key == "ter" else m.segment_stats(hyp, index)
                     for m in sacre], terms))
    return out


def _run(items: list[tuple[int, str]], jobs: int) -> list[tuple[list[list], HypTerms]]:
    if jobs < 2 or len(items) < POOL_ITEMS:
        return _analyse(items)
    from concurrent.futures import ProcessPoolExecutor

    chunks = [items[i:i + CHUNK] for i in range(0, len(items), CHUNK)]
    results: list = []
    # forked workers inherit the cached references and the matcher: nothing is rebuilt
    with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork")) as pool:
        for part in pool.map(_analyse, chunks):
            results.extend(part)
    return results


def score(inp: ScoreInput, glossary, *, chrf_plus: bool = False, n_bootstrap: int = 1000,
          seed: int | None = SEED, jobs: int | None = None) -> ScoreReport:
    """Score every system of `inp` against the glossary (and the reference, if any).

    `n_bootstrap` resamples (0: none) give each system a mean and 95% interval per metric and,
    from the second system on, a p-value against the first (the baseline)."""
    segments = inp.segments
    n = len(segments)
    sacre = make_metrics([s.reference or "" for s in segments], chrf_plus) \
        if inp.has_reference else []
    scorer = TermScorer(list(glossary), [s.source for s in segments],
                        [s.reference for s in segments])
    terms = term_metrics(inp.has_reference)

    # every distinct hypothesis of a segment once
    item_of: list[list[int]] = []
    items: list[tuple[int, str]] = []
    seen: dict[tuple[int, str], int] = {}
    for i, seg in enumerate(segments):
        row = []
        for hyp in seg.hypotheses:
            k = seen.setdefault((i, hyp), len(items))
            if k == len(items):
                items.append((i, hyp))
            row.append(k)
        item_of.append(row)
    _WORK.update(sacre=sacre, scorer=scorer)
    try:
        results = _run(items, _jobs() if jobs is None else jobs)
    finally:
        _WORK.clear()

    docs = [s.doc for s in segments]
    resampler = Resampler(n, n_bootstrap, seed) if n_bootstrap and n > 1 else None
    systems: list[SystemScores] = []
    resampled: list[dict[str, np.ndarray]] = []
    for s, name in enumerate(inp.systems):
        mine = [results[item_of[i][s]] for i in range(n)]
        system = SystemScores(name, {}, segment_terms=[r[1] for r in mine])
        samples: dict[str, np.ndarray] = {}
        for m_index, metric in enumerate(sacre):
            stats = np.array([r[0][m_index] for r in mine], dtype=stats_dtype(metric.key))
            system.scores[metric.key] = metric.corpus_score(stats)
            system.sentences[metric.key] = [metric.sentence_score(row) for row in stats]
            if resampler is not None:
                samples[metric.key] = metric.resampled_scores(resampler.sums(stats))
        for metric in terms:
            stats = metric.stats(system.segment_terms, docs)
            system.scores[metric.key] = metric.score(stats.sum(axis=0))
            if resampler is not None:
                samples[metric.key] = np.asarray(metric.score(resampler.sums(stats)))
        _breakdowns(system, scorer)
        systems.append(system)
        resampled.append(samples)

    if resampler is not None:
        base, base_scores = resampled[0], systems[0].scores
        for key, values in base.items():
            systems[0].estimates[key] = confidence(values)
        for system, samples in zip(systems[1:], resampled[1:], strict=True):
            for key, values in samples.items():
                system.estimates[key] = compare(base[key], values, base_scores[key],
                                                system.scores[key])

    infos = [MetricInfo(m.key, m.name, m.higher_is_better, _SACRE_DESCRIPTION[m.key], "",
                        m.signature(n_bootstrap if resampler else 0, seed)) for m in sacre]
    infos += [MetricInfo(m.key, m.name, m.higher_is_better, m.description, m.unit)
              for m in terms]
    return ScoreReport(VERSION, inp, infos, systems, n_bootstrap if resampler else 0, seed,
                       sacrebleu.__version__, scorer)


_SACRE_DESCRIPTION = {
    "bleu": "BLEU (sacrebleu): n-gram precision with brevity penalty",
    "chrf": "chrF (sacrebleu): character n-gram F-score",
    "ter": "TER (sacrebleu): edits per reference word, lower is better",
}


def _breakdowns(system: SystemScores, scorer: TermScorer) -> None:
    """Term accuracy per entry status and category; counts for the report."""
    status: dict[str, list[int]] = {}
    category: dict[str, list[int]] = {}
    occurrences = matched = deprecated = words = 0
    for t in system.segment_terms:
        words += t.words
        deprecated += t.deprecated
        for entry, outcome, _ in t.occurrences:
            e = scorer.entries[entry]
            for table, value in ((status, e.status or "unspecified"),
                                 (category, e.category or "unspecified")):
                cell = table.setdefault(value, [0, 0])
                cell[0] += outcome == 1
                cell[1] += 1
            occurrences += 1
            matched += outcome == 1
    system.by_status = {k: (v[0], v[1]) for k, v in sorted(status.items())}
    system.by_category = {k: (v[0], v[1]) for k, v in sorted(category.items())}
    system.counts = {"term_occurrences": occurrences, "terms_matched": matched,
                     "deprecated_renderings": deprecated, "words": words,
                     "numbers": sum(t.numbers for t in system.segment_terms),
                     "numbers_found": sum(t.numbers_found for t in system.segment_terms)}

