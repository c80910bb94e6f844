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
from tifa.tm.score.metrics import TermMetric, term_metrics, term_table
from tifa.tm.score.sacre import SacreMetric, make_metrics, stats_dtype
from tifa.tm.score.terms import HypTerms, TermScorer

__all__ = ["MetricInfo", "SystemScores", "ScoreReport", "score", "Segment", "ScoreInput"]

CHUNK = 1000          # hypotheses per task sent to a worker (fewer when all agree)
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
    term_table: np.ndarray | None = None          # `metrics.term_table` of segment_terms
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


@dataclass
class _Part:
    """What a worker computed for a run of segments: each distinct hypothesis once (an
    item), and which item is each missing system's hypothesis of each segment."""

    stats: dict[str, np.ndarray]     # metric key → (items × k) sacrebleu statistics
    sentences: np.ndarray            # (items × metrics) sentence scores
    terms: list[HypTerms]            # per item
    item_of: np.ndarray              # (segments × missing systems) item index


def _analyse(span: tuple[int, int]) -> _Part:
    """Statistics of segments `span[0]` to `span[1]` (exclusive) for the missing systems:
    the source and reference are analysed once, then every distinct hypothesis of a segment
    is scored once (sacrebleu's statistics, sentence scores, term counts)."""
    segments: list[Segment] = _WORK["segments"]
    missing: list[int] = _WORK["missing"]
    sacre: list[SacreMetric] = _WORK["sacre"]
    scorer: TermScorer = _WORK["scorer"]
    rows: list[list] = []
    sentences: list[list[float]] = []
    terms: list[HypTerms] = []
    item_of = np.empty((span[1] - span[0], len(missing)), dtype=np.int64)
    for at, i in enumerate(range(*span)):
        seg = segments[i]
        src = scorer.source(seg.source, seg.reference, seg.terms)
        reference = seg.reference or ""
        prepared = [m.reference(reference) for m in sacre]
        seen: dict[str, int] = {}
        for column, s in enumerate(missing):
            hyp = seg.hypotheses[s]
            k = seen.get(hyp)
            if k is None:
                k = seen[hyp] = len(terms)
                t = scorer.analyse(src, hyp)
                # TER comes from the term scorer's search, which serves TERm too
                stats = [list(t.ter) if m.key == "ter" else m.stats(hyp, ref, reference)
                         for m, ref in zip(sacre, prepared, strict=True)]
                rows.append(stats)
                sentences.append([m.sentence_score(row)
                                  for m, row in zip(sacre, stats, strict=True)])
                terms.append(t)
            item_of[at, column] = k
    arrays = {m.key: np.array([r[k] for r in rows], dtype=stats_dtype(m.key)).reshape(
        len(rows), -1) for k, m in enumerate(sacre)}
    return _Part(arrays, np.array(sentences, dtype=np.float64).reshape(len(rows), len(sacre)),
                 terms, item_of)


def _statistics(inp: ScoreInput, entries: list, sacre: list[SacreMetric], scorer: TermScorer,
                chrf_plus: bool, jobs: int | None) -> list[statcache.SystemStats]:
    """Per system, per segment: the sacrebleu statistics and the term counts — from the cache
    (`statcache`) where a system was scored before, else computed on tifa's worker pool (each
    worker takes runs of segments: source, reference and every missing system's hypothesis,
    so that the numba kernels and the term analysis of one segment run together)."""
    segments = inp.segments
    annotated = "" if segments[0].terms is None else repr([s.terms for s in segments])
    run = statcache.run_key(entries, f"chrf++={chrf_plus}|ref={inp.has_reference}|{annotated}")
    paths = [statcache.entry(run, [(seg.source, seg.reference, seg.hypotheses[s])
                                   for seg in segments]) for s in range(len(inp.systems))]
    found = [statcache.load(path, len(segments)) for path in paths]
    missing = [s for s, items in enumerate(found) if items is None]
    if not missing:
        return found   # type: ignore[return-value]
    n = len(segments)
    step = max(1, CHUNK // len(missing))
    spans = [(a, min(n, a + step)) for a in range(0, n, step)]
    if jobs is None:
        jobs = pool.jobs(limit=len(spans)) if n * len(missing) >= POOL_ITEMS else 0
    kernels.warm()   # compiled (or loaded) once, before the workers fork
    _WORK.update(segments=segments, missing=missing, sacre=sacre, scorer=scorer)
    try:
        parts = list(pool.imap(_analyse, spans, jobs))
    finally:
        _WORK.clear()
    for column, s in enumerate(missing):
        mine = [part.item_of[:, column] for part in parts]
        found[s] = statcache.SystemStats(
            {m.key: np.concatenate([part.stats[m.key][rows] for part, rows in
                                    zip(parts, mine, strict=True)]) for m in sacre},
            {m.key: np.concatenate([part.sentences[rows, k] for part, rows in
                                    zip(parts, mine, strict=True)]) for k, m in enumerate(sacre)},
            [part.terms[k] for part, rows in zip(parts, mine, strict=True) for k in rows.tolist()])
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
        table = system.term_table = term_table(system.segment_terms)
        for term_metric in terms:
            stats = term_metric.stats(system.segment_terms, docs, table)
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

