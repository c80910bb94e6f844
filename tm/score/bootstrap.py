"""Paired bootstrap resampling, sacrebleu's test, for sacrebleu's metrics and tifa's alike.

sacrebleu (`significance._paired_bs_test`, after Koehn 2004 and Moses'
bootstrap-hypothesis-difference-significance.pl) draws `n` resamples of segment indices with
`numpy.random.default_rng(seed).choice(N, (n, N))`, sums each system's segment statistics over
each resample, scores the sums, and takes as p-value the share of resamples whose centred
absolute difference to the baseline exceeds the real one (`_compute_p_value`, +1 smoothed);
mean and 95% interval come from `estimate_ci`. tifa draws the very same indices and calls the
same two functions. Only the summing differs: sacrebleu gathers an (n × N × k) float32 tensor
per system and metric (720 MB for chrF at 1,000 × 10,000 segments); tifa multiplies a resample
count matrix with the (N × k) statistics, which gives the same integer sums in a few
milliseconds. `tests/test_score.py` checks p-values, means and intervals against
`sacrebleu.significance.PairedTest`.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from sacrebleu.significance import _compute_p_value, estimate_ci

SEED = 12345   # sacrebleu's default (SACREBLEU_SEED)


@dataclass
class Estimate:
    mean: float
    ci: float                  # half-width of the 95% interval
    p: float | None = None     # against the baseline (None for the baseline itself)
    significant: bool = False  # p < 0.05 and the scores differ at all


ALPHA = 0.05


class Resampler:
    """The resamples of N segments, as counts: row r says how often each segment is drawn."""

    def __init__(self, n_segments: int, n_samples: int = 1000, seed: int | None = SEED) -> None:
        rng = np.random.default_rng(seed)
        idxs = rng.choice(n_segments, size=(n_samples, n_segments), replace=True)
        self.n_samples = n_samples
        self.seed = seed
        self.counts = np.empty((n_samples, n_segments), dtype=np.float64)
        for r in range(n_samples):
            self.counts[r] = np.bincount(idxs[r], minlength=n_segments)

    def sums(self, stats: np.ndarray) -> np.ndarray:
        """(n_samples × k) sums of the (N × k) statistics over each resample."""
        return self.counts @ np.asarray(stats, dtype=np.float64)


def compare(baseline: np.ndarray, system: np.ndarray, real_baseline: float,
            real_system: float) -> Estimate:
    """sacrebleu's paired test of `system` against `baseline` from their resampled scores.

    A term metric is undefined on a resample that draws no segment with a term; such
    resamples say nothing about either system and are left out (for both: the source decides
    what is drawn). sacrebleu's metrics are always defined."""
    valid = ~(np.isnan(system) | np.isnan(baseline))
    if np.isnan(real_baseline) or np.isnan(real_system) or not valid.any():
        return Estimate(*_nan_ci(system), None)
    system, baseline = system[valid], baseline[valid]
    mean, ci = estimate_ci(system)
    diffs = np.abs(system - baseline)
    real = abs(real_baseline - real_system)
    p = _compute_p_value(diffs - diffs.mean(), real)
    # sacrebleu's p for two equal scores is 1/(n+1) when no resample differs either ("a zero
    # difference should not be attributed to chance"); the p-value is kept as sacrebleu's,
    # but equal scores are never marked as a significant difference.
    return Estimate(float(mean), float(ci), float(p), bool(p < ALPHA and real > 0))


def confidence(scores: np.ndarray) -> Estimate:
    return Estimate(*_nan_ci(scores))


def _nan_ci(scores: np.ndarray) -> tuple[float, float]:
    valid = scores[~np.isnan(scores)]
    if not len(valid):
        return float("nan"), float("nan")
    mean, ci = estimate_ci(valid)
    return float(mean), float(ci)
