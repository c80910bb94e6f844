"""tifa's term and number metrics: one class per metric on a shared base, as in sacrebleu.

Each metric turns a system's per-segment `HypTerms` into an (n × 2) array of sufficient
statistics (numerator, denominator); a score is a function of their column sums. That is what
lets the bootstrap resample segments for these metrics exactly as sacrebleu does for its own.
The counts are read off the `HypTerms` once per system (`term_table`); each metric takes its
two columns.
"""

from __future__ import annotations

from collections import Counter

import numpy as np
from tifa.tm.score.terms import WINDOWS, HypTerms

# the columns of `term_table`
MATCHED, DEP_TERMS, TERMS, DEPRECATED, WORDS, FOUND, NUMBERS, TERM_EDITS, TERM_REF = range(9)
WINDOW_COLUMNS = {w: (9 + 2 * k, 10 + 2 * k) for k, w in enumerate(WINDOWS)}


def term_table(results: list[HypTerms]) -> np.ndarray:
    """Every count a term metric needs, one row per segment (float64, as the statistics)."""
    rows = []
    for t in results:
        outcomes = [o[1] for o in t.occurrences]
        rows.append((outcomes.count(1), outcomes.count(2), len(outcomes), t.deprecated,
                     t.words, t.numbers_found, t.numbers,
                     *(t.term_ter if t.term_ter is not None else (0.0, 0.0)),
                     *(x for pair in t.windows for x in pair)))
    return np.array(rows, dtype=np.float64).reshape(len(results), 9 + 2 * len(WINDOWS))


class TermMetric:
    """Base: a ratio of two per-segment counts, times `scale`."""

    key = ""
    name = ""
    higher_is_better = True
    needs_reference = False
    scale = 100.0
    unit = "%"
    description = ""
    columns: tuple[int, int] = (0, 0)     # numerator and denominator in `term_table`

    def stats(self, results: list[HypTerms], docs: list[str],
              table: np.ndarray | None = None) -> np.ndarray:
        """(n × 2) statistics; `table` is `term_table(results)` when already made."""
        table = term_table(results) if table is None else table
        # C order, as an array built row by row: numpy's sum over segments adds in an order
        # that depends on the layout, and the last bit of a float total can change with it
        return np.ascontiguousarray(table[:, list(self.columns)])

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
    columns = (MATCHED, TERMS)


class DeprecatedPerThousand(TermMetric):
    key, name = "dep_1k", "Dep/1kw"
    higher_is_better = False
    scale, unit = 1000.0, "per 1,000 words"
    description = "deprecated renderings (of any entry) per 1,000 hypothesis words"
    columns = (DEPRECATED, WORDS)


class DeprecatedShare(TermMetric):
    key, name = "dep_term", "Dep%"
    higher_is_better = False
    description = "source term occurrences rendered with a deprecated rendering"
    columns = (DEP_TERMS, TERMS)


class TermConsistency(TermMetric):
    key, name = "consistency", "Consist"
    description = ("occurrences of a term repeated in a document that use the rendering the "
                   "document uses most for it")

    def stats(self, results: list[HypTerms], docs: list[str],
              table: np.ndarray | None = None) -> np.ndarray:
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
        self.columns = WINDOW_COLUMNS[w]
        self.key, self.name = f"window{w}", f"Win{w}"
        self.description = (f"window overlap (WMT 2021): content words within {w} of a term "
                            "shared with the reference's window around it")


class OneMinusTERm(TermMetric):
    key, name = "one_minus_term", "1-TERm"
    needs_reference = True
    description = "1 − TERm (WMT 2021): TER with edits on term words costing 2"
    columns = (TERM_EDITS, TERM_REF)

    def score(self, sums: np.ndarray) -> np.ndarray | float:
        ter = super().score(sums)
        return 100.0 - ter


class NumberAccuracy(TermMetric):
    key, name = "numbers", "Numbers"
    description = ("source numbers, amounts, dates and ordinals (tifa's number extraction) "
                   "found in the hypothesis")
    columns = (FOUND, NUMBERS)


def term_metrics(with_reference: bool) -> list[TermMetric]:
    metrics: list[TermMetric] = [TermAccuracy(), DeprecatedPerThousand(), DeprecatedShare(),
                                 TermConsistency()]
    if with_reference:
        metrics += [WindowOverlap(w) for w in WINDOWS] + [OneMinusTERm()]
    return metrics + [NumberAccuracy()]
