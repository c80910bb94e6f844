"""Precision and recall of `number-mismatch` on the genres densest in figures
(tests/data/lint/figures/README.md): two excerpts of a government work report and two of a
statistical communiqué and press release, translated correctly by another hand (plain text,
a wire-style TSV, an XLIFF), must lint clean; their copies with planted figure slips must give
exactly the findings of gold.tsv."""

from __future__ import annotations

import csv
from collections import Counter

import pytest
from tifa.glossary.store import load_glossary
from tifa.tm.lint import iter_findings
from tifa.tm.lint.readers import read_units

from tests.conftest import REPO

DATA = REPO / "tests" / "data" / "lint" / "figures"
TEXTS = ["review", "targets", "communique", "release"]
DRAFTS = [(f"{name}.zh.txt", f"{name}.en.txt") for name in TEXTS] + \
    [("release.tsv", None), ("targets.xlf", None)]
SLIPPED = [(f"{name}.zh.txt", f"{name}.slips.en.txt") for name in TEXTS] + \
    [("release.slips.tsv", None)]


@pytest.fixture(scope="module")
def terms():
    return load_glossary(env=False)


def _findings(draft: str, en: str | None, terms) -> list:
    units = list(read_units(DATA / draft, DATA / en if en else None, glossary=terms))
    return list(iter_findings(units, terms))


def _unit(finding, plain: bool) -> str:
    """The gold's unit: the Chinese line of a plain-text draft, the row id of a TSV."""
    return finding.location.rsplit(":", 1)[1] if plain else finding.unit_id


@pytest.mark.parametrize(("draft", "en"), DRAFTS)
def test_correct_figures_are_quiet(draft, en, terms) -> None:
    findings = _findings(draft, en, terms)
    assert findings == [], [f"{f.location}: {f.code}: {f.message}" for f in findings]
