"""tifa's term and number metrics: one class per metric on a shared base, as in sacrebleu.

Each metric turns a system's per-segment `HypTerms` into an (n × 2) array of sufficient
statistics (numerator, denominator); a score is a function of their column sums. That is what
lets the bootstrap resample segments for these metrics exactly as sacrebleu does for its own.
"""

from __future__ import annotations

from collections import Counter

import numpy as np
from tifa.tm.score.terms import WINDOWS, HypTerms


class TermMetric:
    """Base: a ratio of two per-segment counts, times `scale`."""

    key = ""
    name = ""
    higher_is_better = True
    needs_reference = False
    scale = 100.0
    unit = "%"
    description = ""

    def segment(self, t: HypTerms) -> tuple[float, float]:
        raise NotImplementedError

    def stats(self, results: list[HypTerms], docs: list[str]) -> np.ndarray:
        return np.array([self.segment(t) for t in results], dtype=np.float64).reshape(-1, 2)

    def score(self, sums: np.ndarray) -> np.ndarray | float:
        """Score(s) from summed statistics (one row, or one row per resample); NaN when the
        denominator is 0 (nothing to measure)."""
        sums = np.asarray(sums, dtype=np.float64)
        num, den = sums[..., 0], sums[..., 1]
        with np.errstate(divide="ignore", invalid="ignore"):
            out = np.where(den > 0, num / np.where(den > 0, den, 1) * self.scale, np.nan)
        return float(out) if out.ndim == 0 else out


class TermAccuracy(TermMetric):
    key, name = "term_acc", "TermAcc"
    description = ("exact-match term accuracy (WMT 2021): source term occurrences whose "
                   "accepted rendering is in the hypothesis")

    def segment(self, t: HypTerms) -> tuple[float, float]:
        return sum(o[1] == 1 for o in t.occurrences), len(t.occurrences)


class DeprecatedPerThousand(TermMetric):
    key, name = "dep_1k", "Dep/1kw"
    higher_is_better = False
    scale, unit = 1000.0, "per 1,000 words"
    description = "deprecated renderings (of any entry) per 1,000 hypothesis words"

    def segment(self, t: HypTerms) -> tuple[float, float]:
        return t.deprecated, t.words


class DeprecatedShare(TermMetric):
    key, name = "dep_term", "Dep%"
    higher_is_better = False
    description = "source term occurrences rendered with a deprecated rendering"

    def segment(self, t: HypTerms) -> tuple[float, float]:
        return sum(o[1] == 2 for o in t.occurrences), len(t.occurrences)


class TermConsistency(TermMetric):
    key, name = "consistency", "Consist"
    description = ("occurrences of a term repeated in a document that use the rendering the "
                   "document uses most for it")

    def stats(self, results: list[HypTerms], docs: list[str]) -> np.ndarray:
        used: dict[tuple[str, int], Counter[str]] = {}
        first: dict[tuple[str, int], dict[str, int]] = {}
        for n, (t, doc) in enumerate(zip(results, docs, strict=True)):
            for entry, outcome, rendering in t.occurrences:
                if outcome and rendering is not None:
                    used.setdefault((doc, entry), Counter())[rendering] += 1
                    first.setdefault((doc, entry), {}).setdefault(rendering, n)
        # the majority rendering; on a tie the one used first
        major = {k: max(c, key=lambda r, k=k: (c[r], -first[k][r])) for k, c in used.items()
                 if sum(c.values()) >= 2}
        out = np.zeros((len(results), 2))
        for n, (t, doc) in enumerate(zip(results, docs, strict=True)):
            for entry, outcome, rendering in t.occurrences:
                best = major.get((doc, entry))
                if outcome and rendering is not None and best is not None:
                    out[n, 0] += rendering == best
                    out[n, 1] += 1
        return out


class WindowOverlap(TermMetric):
    needs_reference = True

    def __init__(self, w: int) -> None:
        self.w = w
        self.at = WINDOWS.index(w)
        self.key, self.name = f"window{w}", f"Win{w}"
        self.description = (f"window overlap (WMT 2021): content words within {w} of a term "
                            "shared with the reference's window around it")

    def segment(self, t: HypTerms) -> tuple[float, float]:
        return t.windows[self.at]


class OneMinusTERm(TermMetric):
    key, name = "one_minus_term", "1-TERm"
    needs_reference = True
    description = "1 − TERm (WMT 2021): TER with edits on term words costing 2"

    def segment(self, t: HypTerms) -> tuple[float, float]:
        return t.term_ter if t.term_ter is not None else (0.0, 0.0)

    def score(self, sums: np.ndarray) -> np.ndarray | float:
        ter = super().score(sums)
        return 100.0 - ter


class NumberAccuracy(TermMetric):
    key, name = "numbers", "Numbers"
    description = ("source numbers, amounts, dates and ordinals (tifa's number extraction) "
                   "found in the hypothesis")

    def segment(self, t: HypTerms) -> tuple[float, float]:
        return t.numbers_found, t.numbers


def term_metrics(with_reference: bool) -> list[TermMetric]:
    metrics: list[TermMetric] = [TermAccuracy(), DeprecatedPerThousand(), DeprecatedShare(),
                                 TermConsistency()]
    if with_reference:
        metrics += [WindowOverlap(w) for w in WINDOWS] + [OneMinusTERm()]
    return metrics + [NumberAccuracy()]
