"""BLEU, chrF(++) and TER from sacrebleu, with its defaults for English and its signatures.

sacrebleu does the tokenisation (13a, tercom), the corpus and sentence scores from summed
statistics and the signatures. The per-segment statistics, sacrebleu's pure-Python n-gram
Counters and TER search, are counted by the compiled kernels (`kernels`) on the same tokens,
with results equal to sacrebleu's; chrF++ (word n-grams after sacrebleu's own punctuation
split) and a pair with too many distinct symbols for the kernel's keys go to sacrebleu's
`_compute_segment_statistics`. Each distinct hypothesis is scored once, in a worker process,
and the statistics are kept for the corpus score, the sentence scores and the bootstrap alike —
sacrebleu's own command line recomputes them for each of these.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import chain

import numpy as np
from sacrebleu.metrics import BLEU, CHRF, TER
from sacrebleu.metrics.base import Metric
from tifa.tm.score import kernels


@dataclass
class SacreMetric:
    """One sacrebleu metric with the references cached, and its sentence-level twin."""

    key: str                 # "bleu" | "chrf" | "ter"
    name: str                # sacrebleu's score name: BLEU, chrF2, chrF2++, TER
    metric: Metric
    sentence: Metric         # BLEU for sentences uses effective order (as `sacrebleu -sl`)
    higher_is_better: bool
    references: list[str] = field(default_factory=list)
    _refs: list = field(default_factory=list)
    _vocab: dict[str, int] = field(default_factory=dict)
    _ids: dict[str, list[int]] = field(default_factory=dict)    # 13a word → its token ids

    def signature(self, n_bootstrap: int = 0, seed: int | None = None) -> str:
        sig = self.metric.get_signature()
        if n_bootstrap:
            sig.update("seed", str(seed).lower())
            sig.update("bs", n_bootstrap)
        return sig.format()

    def prepare(self, references: list[str]) -> None:
        """Cache what the hypotheses are compared with: one reference per segment (for
        `segment_stats`; `score` prepares each reference where its hypotheses are scored)."""
        self.references = references
        self._refs = [self.reference(r) for r in references]

    def reference(self, text: str):
        """What `stats` compares a hypothesis with: BLEU's token ids, chrF's characters;
        for TER nothing (`score` takes TER from the term scorer's search, `terms.edit_stats`)."""
        m = self.metric
        if self.key == "bleu":
            return self._bleu_ids(text)
        if self.key == "chrf" and not m.word_order:
            return kernels.codepoints("".join(m._preprocess_segment(text).split()))
        if self.key == "chrf":   # chrF++: sacrebleu's reference information
            return m._extract_reference_info([m._preprocess_segment(text)])
        return None

    def _bleu_ids(self, text: str) -> np.ndarray:
        """BLEU's tokens (sacrebleu's `_preprocess_segment`, with the faster 13a) as ids of
        one vocabulary; with 13a each whitespace-separated word is tokenised once."""
        m = self.metric
        if m.tokenizer.signature() != "13a" or m.lowercase:
            return self._word_ids(m._preprocess_segment(text).split())
        cache = self._ids
        words = _13a_line(text.rstrip()).split()
        parts = list(map(cache.get, words))
        if None in parts:
            for at, word in enumerate(words):
                if parts[at] is None:
                    parts[at] = cache[word] = self._word_ids(_13a_word(word).split()).tolist()
        return np.fromiter(chain.from_iterable(parts), dtype=np.int64)

    def _word_ids(self, tokens: list[str]) -> np.ndarray:
        vocab = self._vocab
        return np.array([vocab.setdefault(t, len(vocab)) for t in tokens], dtype=np.int64)

    def segment_stats(self, hypothesis: str, index: int) -> list:
        """sacrebleu's sufficient statistics of one hypothesis against reference `index`."""
        return self.stats(hypothesis, self._refs[index], self.references[index])

    def stats(self, hypothesis: str, prepared, reference: str) -> list:
        """sacrebleu's sufficient statistics of one hypothesis against `reference`, which
        `prepared` is the `reference()` of."""
        m = self.metric
        if self.key == "bleu":
            hyp = self._bleu_ids(hypothesis)
            counts = kernels.ngram_matches(hyp, prepared, m.max_ngram_order)
            if counts is not None:   # [hyp_len, ref_len] + correct + total
                return [hyp.size, prepared.size, *counts[:, 2].tolist(),
                        *counts[:, 0].tolist()]
        elif self.key == "chrf" and not m.word_order:
            text = "".join(m._preprocess_segment(hypothesis).split())
            counts = kernels.ngram_matches(kernels.codepoints(text), prepared, m.char_order)
            if counts is not None:   # per order: hyp (0 if the reference has none), ref, match
                out = []
                for n_hyp, n_ref, n_match in counts.tolist():
                    out += [n_hyp if n_ref else 0, n_ref, n_match]
                return out
        # a pair the kernel cannot pack, or chrF++: sacrebleu counts it (its reference cache
        # holds exactly this `_extract_reference_info` of each reference)
        info = prepared if self.key == "chrf" and m.word_order else \
            m._extract_reference_info([m._preprocess_segment(reference)])
        return m._compute_segment_statistics(m._preprocess_segment(hypothesis), info)

    def corpus_score(self, stats: np.ndarray) -> float:
        """The corpus score exactly as sacrebleu's `_aggregate_and_compute` gives it: the score
        of the column sums (whole numbers, so the order of the additions does not matter)."""
        return float(self.metric._compute_score_from_stats(_python_row(stats.sum(axis=0))).score)

    def sentence_score(self, row) -> float:
        """The sentence score (`sacrebleu -sl`) of one segment's statistics (a list from
        `stats` holds Python ints already; TER's floats and arrays are converted)."""
        if not (isinstance(row, list) and self.key != "ter"):
            row = _python_row(row)
        if self.key == "chrf":   # its score object holds exactly this value
            return float(self.sentence._compute_f_score(row))
        return float(self.sentence._compute_score_from_stats(row).score)

    def resampled_scores(self, sums: np.ndarray) -> np.ndarray:
        """Scores of bootstrap resamples from their summed statistics.

        sacrebleu sums float32 statistics (`significance._paired_bs_test`); the sums here are
        the same integers, cast to float32 so that every score is bit-for-bit sacrebleu's."""
        rows = sums.astype(np.float32)
        if self.key == "chrf":   # its score object holds exactly this value
            return np.array([self.metric._compute_f_score(row) for row in rows])
        score = self.metric._compute_score_from_stats
        return np.array([score(row).score for row in rows])


# sacrebleu's 13a tokenizer (`tokenizer_13a` + `tokenizer_re`), step for step, with its first
# rule — a space on each side of every character of one class — done by str.translate instead
# of a regular expression with a template (a Python call per match; the class holds the space,
# so every word boundary matched). The other three rules look at neighbours: kept as they are.
_13A_CLASS = "".join(chr(c) for c in [*range(0x7B, 0x7F), *range(0x5B, 0x61), *range(0x20, 0x27),
                                      *range(0x28, 0x2C), *range(0x3A, 0x41), 0x2F])
_13A_SPACED = str.maketrans({c: f" {c} " for c in _13A_CLASS})
_13A_RULES = [(re.compile(r"([^0-9])([\.,])"), r"\1 \2 "),
              (re.compile(r"([\.,])([^0-9])"), r" \1 \2"),
              (re.compile(r"([0-9])(-)"), r"\1 \2 ")]


def _13a_line(line: str) -> str:
    """13a's steps on the whole line (they can join words): markup and entities."""
    line = line.replace("<skipped>", "").replace("-\n", "").replace("\n", " ")
    if "&" in line:
        line = line.replace("&quot;", '"').replace("&amp;", "&").replace("&lt;", "<")
        line = line.replace("&gt;", ">")
    return line


def _13a_word(word: str) -> str:
    """13a's four rules on one whitespace-free word. Each rule looks at two neighbouring
    characters at most, and a white space between words is a non-digit like the spaces put
    around the word here, so a line's tokens are its words' tokens one after the other."""
    line = f" {word} ".translate(_13A_SPACED)
    for pattern, template in _13A_RULES:
        if "." in line or "," in line or "-" in line:
            line = pattern.sub(template, line)
    return " ".join(line.split())


def tokenize_13a(line: str) -> str:
    """sacrebleu's `Tokenizer13a()(line)`, equal on every input (tested)."""
    return " ".join(_13a_word(word) for word in _13a_line(line).split())


def _python_row(row) -> list:
    """Python numbers, as sacrebleu computes with: whole numbers as int."""
    values = row.tolist() if isinstance(row, np.ndarray) else row
    return [int(v) if float(v).is_integer() else float(v) for v in values]


def make_metrics(chrf_plus: bool = False) -> list[SacreMetric]:
    """BLEU, chrF (chrF++ with `chrf_plus`) and TER with sacrebleu's defaults for English;
    `prepare` them with the references before computing statistics.

    Defaults: BLEU with the 13a tokenizer, mixed case, exponential smoothing; chrF with
    character order 6, β = 2; TER case-insensitive, tercom tokenisation, no normalisation.
    """
    word_order = 2 if chrf_plus else 0
    name = "chrF2++" if chrf_plus else "chrF2"
    chrf = CHRF(word_order=word_order)
    metrics = [
        SacreMetric("bleu", "BLEU", BLEU(), BLEU(effective_order=True), True),
        SacreMetric("chrf", name, chrf, chrf, True),
        SacreMetric("ter", "TER", TER(), TER(), False),
    ]
    for metric in metrics:
        metric.metric.num_refs = 1   # one reference per segment: what sacrebleu would record
    return metrics


def stats_dtype(key: str):
    """TER statistics hold an average reference length (a float); the others are counts."""
    return np.float64 if key == "ter" else np.int64
