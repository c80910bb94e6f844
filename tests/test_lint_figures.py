"""Precision and recall of `number-mismatch` on the genres densest in figures
(tests/data/lint/figures/README.md): two excerpts of a government work report and two of a
statistical communiqué and press release, translated correctly by another hand (plain text,
a wire-style TSV, an XLIFF), must lint clean; their copies with planted figure slips must give
exactly the findings of gold.tsv."""

from __future__ import annotations

import pytest

from tests.conftest import REPO
from tests.lintsets import findings, found, gold, sentence_codes

DATA = REPO / "tests" / "data" / "lint" / "figures"
TEXTS = ["review", "targets", "communique", "release"]
DRAFTS = [(f"{name}.zh.txt", f"{name}.en.txt") for name in TEXTS] + \
    [("release.tsv", None), ("targets.xlf", None)]
SLIPPED = [(f"{name}.zh.txt", f"{name}.slips.en.txt") for name in TEXTS] + \
    [("release.slips.tsv", None)]


@pytest.mark.parametrize(("draft", "en"), DRAFTS)
def test_correct_figures_are_quiet(draft, en, terms) -> None:
    quiet = findings(DATA, draft, en, terms)
    assert quiet == [], [f"{f.location}: {f.code}: {f.message}" for f in quiet]


def test_gold_lists_every_slipped_draft() -> None:
    expected = gold(DATA)
    assert sorted(expected) == sorted(en or draft for draft, en in SLIPPED)
    assert sum(sum(c.values()) for c in expected.values()) >= 40


@pytest.mark.parametrize(("draft", "en"), SLIPPED)
def test_each_figure_slip_is_found_once(draft, en, terms) -> None:
    """Every slip found, at its unit, as one `number-mismatch`, and nothing else."""
    assert found(DATA, draft, en, terms) == gold(DATA)[en or draft]


@pytest.mark.parametrize(("zh", "good", "slipped"), [
    ("工业增加值同比增长4.9%，比上月回落1.6个百分点。",
     "Industrial output grew 4.9 percent year on year, 1.6 percentage points slower than in "
     "September.",
     "Industrial output grew 4.9 percent year on year, 1.6 percentage points faster than in "
     "September."),
    ("消费增速比上月加快0.5个百分点。", "Consumption grew 0.5 percentage points faster than in "
     "the previous month.", "Consumption grew 0.5 percentage points slower than in the "
     "previous month."),
])
def test_faster_and_slower_are_directions_of_a_change(terms, zh, good, slipped) -> None:
    """回落/放缓 against "slower", 回升/加快 against "faster": a pace turned round is a
    figure's direction turned round."""
    assert sentence_codes(terms, zh, good) == []
    assert sentence_codes(terms, zh, slipped) == ["number-mismatch"]
