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


def _gold() -> dict[str, Counter]:
    """The findings expected on each slipped copy; a slip with code `-` is a known miss."""
    gold: dict[str, Counter] = {}
    with open(DATA / "gold.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            found = gold.setdefault(row["file"], Counter())
            if row["code"] != "-":
                found[(row["unit"], row["code"])] += 1
    return gold


def test_gold_lists_every_slipped_draft() -> None:
    gold = _gold()
    assert sorted(gold) == sorted(en or draft for draft, en in SLIPPED)
    assert sum(sum(c.values()) for c in gold.values()) >= 40


@pytest.mark.parametrize(("draft", "en"), SLIPPED)
def test_each_figure_slip_is_found_once(draft, en, terms) -> None:
    """Every slip found, at its unit, as one `number-mismatch`, and nothing else."""
    found = Counter((_unit(f, en is not None), f.code) for f in _findings(draft, en, terms))
    assert found == _gold()[en or draft]
