"""`tifa score`: how close to the reference, and how faithful to the official formulations.

Several systems (MT engines, LLM prompts, translators) are scored on the same segments:
BLEU, chrF and TER by sacrebleu (`sacre`), term accuracy, deprecated renderings, consistency,
window overlap, 1-TERm and number accuracy with tifa's matcher (`terms`, `metrics`), and each
system after the first is compared with it by sacrebleu's paired bootstrap (`bootstrap`).
`inputs` builds the segments (plain texts aligned with `tm.align`, or bilingual files),
`report` writes text, JSON, CSV and HTML.

Every distinct hypothesis of a segment is scored once (systems often agree on short segments),
on tifa's worker pool when there is enough work, with sacrebleu's n-gram counts and TER search
compiled (`kernels`, equal to sacrebleu's); the statistics are kept for the corpus score, the
sentence scores and every bootstrap resample, and stored in tifa's cache per system
(`statcache`), so that scoring again with one more system computes only that one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import sacrebleu
from tifa.tm.base import VERSION, pool
from tifa.tm.score import kernels, statcache
from tifa.tm.score.bootstrap import SEED, Estimate, Resampler, compare, confidence
from tifa.tm.score.inputs import ScoreInput, Segment
from tifa.tm.score.metrics import TermMetric, term_metrics
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


Item = tuple[list[list], list[float], HypTerms]   # sacrebleu statistics, sentence scores, terms


def _analyse(items: list[tuple[int, str]]) -> list[Item]:
    """sacrebleu statistics, sentence scores and term counts of (segment, hypothesis) items."""
    sacre: list[SacreMetric] = _WORK["sacre"]
    scorer: TermScorer = _WORK["scorer"]
    out = []
    for index, hyp in items:
        terms = scorer.analyse(index, hyp)
        # TER comes from the term scorer's search, which serves TERm too (`edit_stats`)
        stats = [list(terms.ter) if m.key == "ter" else m.segment_stats(hyp, index)
                 for m in sacre]
        out.append((stats, [m.sentence_score(row) for m, row in zip(sacre, stats, strict=True)],
                    terms))
    return out


def _run(items: list[tuple[int, str]], jobs: int) -> list[Item]:
    """`_analyse` over the items, on tifa's worker pool when there is enough work (forked
    workers inherit the cached references, the matcher and the compiled kernels)."""
    if jobs < 2 or len(items) < POOL_ITEMS:
        return _analyse(items)
    chunks = [items[i:i + CHUNK] for i in range(0, len(items), CHUNK)]
    results: list = []
    for part in pool.imap(_analyse, chunks, jobs):
        results.extend(part)
    return results


def _statistics(inp: ScoreInput, entries: list, sacre: list[SacreMetric], scorer: TermScorer,
                chrf_plus: bool, jobs: int | None) -> list[statcache.SystemStats]:
    """Per system, per segment: the sacrebleu statistics and the term counts — from the cache
    (`statcache`) where a system was scored before, else computed, every distinct hypothesis
    of a segment once."""
    segments = inp.segments
    run = statcache.run_key(entries, f"chrf++={chrf_plus}|ref={inp.has_reference}")
    paths = [statcache.entry(run, [(seg.source, seg.reference, seg.hypotheses[s])
                                   for seg in segments]) for s in range(len(inp.systems))]
    found = [statcache.load(path, len(segments)) for path in paths]
    missing = [s for s, items in enumerate(found) if items is None]
    if not missing:
        return found   # type: ignore[return-value]
    item_of: list[list[int]] = []   # per segment, per missing system: its item
    items: list[tuple[int, str]] = []
    seen: dict[tuple[int, str], int] = {}
    for i, seg in enumerate(segments):
        row = []
        for s in missing:
            k = seen.setdefault((i, seg.hypotheses[s]), len(items))
            if k == len(items):
                items.append((i, seg.hypotheses[s]))
            row.append(k)
        item_of.append(row)
    if jobs is None:
        jobs = pool.jobs(limit=len(items) // CHUNK)
    kernels.warm()   # compiled (or loaded) once, before the workers fork
    references = [s.reference or "" for s in segments]
    for metric in sacre:
        metric.prepare(references)
    scorer.prepare([s.source for s in segments], [s.reference for s in segments],
                   jobs if len(items) >= POOL_ITEMS else 0)
    _WORK.update(sacre=sacre, scorer=scorer)
    try:
        computed = _run(items, jobs)
    finally:
        _WORK.clear()
    for column, s in enumerate(missing):
        mine = [computed[row[column]] for row in item_of]
        found[s] = statcache.SystemStats(
            {m.key: np.array([r[0][k] for r in mine], dtype=stats_dtype(m.key)).reshape(
                len(mine), -1) for k, m in enumerate(sacre)},
            {m.key: np.array([r[1][k] for r in mine], dtype=np.float64)
             for k, m in enumerate(sacre)},
            [r[2] for r in mine])
        statcache.store(paths[s], found[s])
    return found   # type: ignore[return-value]


def score(inp: ScoreInput, glossary, *, chrf_plus: bool = False, n_bootstrap: int = 1000,
          seed: int | None = SEED, jobs: int | None = None) -> ScoreReport:
    """Score every system of `inp` against the glossary (and the reference, if any).

    `n_bootstrap` resamples (0: none) give each system a mean and 95% interval per metric and,
    from the second system on, a p-value against the first (the baseline)."""
    segments = inp.segments
    n = len(segments)
    entries = list(glossary)
    sacre = make_metrics(chrf_plus) if inp.has_reference else []
    scorer = TermScorer(entries)
    terms = term_metrics(inp.has_reference)
    results = _statistics(inp, entries, sacre, scorer, chrf_plus, jobs)

    docs = [s.doc for s in segments]
    resampler = Resampler(n, n_bootstrap, seed) if n_bootstrap and n > 1 else None
    systems: list[SystemScores] = []
    blocks: list[tuple[int, SacreMetric | TermMetric, np.ndarray]] = []   # system, metric, stats
    for name, mine in zip(inp.systems, results, strict=True):
        system = SystemScores(name, {}, segment_terms=mine.terms)
        for metric in sacre:
            stats = mine.sacre[metric.key]
            system.scores[metric.key] = metric.corpus_score(stats)
            system.sentences[metric.key] = mine.sentences[metric.key].tolist()
            blocks.append((len(systems), metric, stats))
        for term_metric in terms:
            stats = term_metric.stats(system.segment_terms, docs)
            system.scores[term_metric.key] = term_metric.score(stats.sum(axis=0))
            blocks.append((len(systems), term_metric, stats))
        _breakdowns(system, scorer)
        systems.append(system)
    resampled: list[dict[str, np.ndarray]] = [{} for _ in systems]
    if resampler is not None and blocks:
        # one product for every statistic of every system (the same sums as one per block)
        sums = resampler.sums(np.hstack([stats for _, _, stats in blocks]))
        start = 0
        for s, metric, stats in blocks:
            part = sums[:, start:start + stats.shape[1]]
            start += stats.shape[1]
            resampled[s][metric.key] = metric.resampled_scores(part) \
                if isinstance(metric, SacreMetric) else np.asarray(metric.score(part))

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

