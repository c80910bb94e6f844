"""BLEU, chrF(++) and TER from sacrebleu, with its defaults for English and its signatures.

sacrebleu does the real work: tokenisation, n-gram and edit statistics, the corpus score from
summed statistics, the signature. tifa only calls its per-segment primitives
(`_preprocess_segment` + `_compute_segment_statistics` on the references it cached) so that each
distinct hypothesis is scored once, in a worker process, and the statistics are kept for the
corpus score, the sentence scores and the bootstrap alike — sacrebleu's own command line
recomputes them for each of these.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from sacrebleu.metrics import BLEU, CHRF, TER
from sacrebleu.metrics.base import Metric


@dataclass
class SacreMetric:
    """One sacrebleu metric with the references cached, and its sentence-level twin."""

    key: str                 # "bleu" | "chrf" | "ter"
    name: str                # sacrebleu's score name: BLEU, chrF2, chrF2++, TER
    metric: Metric
    sentence: Metric         # BLEU for sentences uses effective order (as `sacrebleu -sl`)
    higher_is_better: bool

    def signature(self, n_bootstrap: int = 0, seed: int | None = None) -> str:
        sig = self.metric.get_signature()
        if n_bootstrap:
            sig.update("seed", str(seed).lower())
            sig.update("bs", n_bootstrap)
        return sig.format()

    def segment_stats(self, hypothesis: str, index: int) -> list:
        """sacrebleu's sufficient statistics of one hypothesis against reference `index`."""
        m = self.metric
        return m._compute_segment_statistics(m._preprocess_segment(hypothesis),
                                             m._ref_cache[index])

    def corpus_score(self, stats: np.ndarray) -> float:
        """The corpus score exactly as sacrebleu computes it (from Python numbers)."""
        return float(self.metric._aggregate_and_compute(_python_rows(stats)).score)

    def sentence_score(self, row: np.ndarray) -> float:
        return float(self.sentence._compute_score_from_stats(_python_row(row)).score)

    def resampled_scores(self, sums: np.ndarray) -> np.ndarray:
        """Scores of bootstrap resamples from their summed statistics.

        sacrebleu sums float32 statistics (`significance._paired_bs_test`); the sums here are
        the same integers, cast to float32 so that every score is bit-for-bit sacrebleu's."""
        score = self.metric._compute_score_from_stats
        return np.array([score(row).score for row in sums.astype(np.float32)])


def _python_row(row: np.ndarray) -> list:
    return [int(v) if float(v).is_integer() else float(v) for v in row.tolist()]


def _python_rows(stats: np.ndarray) -> list[list]:
    if np.issubdtype(stats.dtype, np.integer):
        return stats.tolist()
    return [_python_row(r) for r in stats]


def make_metrics(references: list[str], chrf_plus: bool = False) -> list[SacreMetric]:
    """BLEU, chrF (chrF++ with `chrf_plus`) and TER with sacrebleu's defaults for English.

    Defaults: BLEU with the 13a tokenizer, mixed case, exponential smoothing; chrF with
    character order 6, β = 2; TER case-insensitive, tercom tokenisation, no normalisation.
    """
    refs = [references]
    word_order = 2 if chrf_plus else 0
    bleu = BLEU(references=refs)
    sentence_bleu = BLEU(effective_order=True)
    chrf = CHRF(word_order=word_order, references=refs)
    ter = TER(references=refs)
    name = "chrF2++" if chrf_plus else "chrF2"
    return [
        SacreMetric("bleu", "BLEU", bleu, sentence_bleu, True),
        SacreMetric("chrf", name, chrf, chrf, True),
        SacreMetric("ter", "TER", ter, ter, False),
    ]


def stats_dtype(key: str):
    """TER statistics hold an average reference length (a float); the others are counts."""
    return np.float64 if key == "ter" else np.int64
