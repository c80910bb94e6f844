"""Precision and recall on machine-translation-style drafts (tests/data/lint/mt/README.md):
literal MT/LLM English of eight seed articles, as plain-text pairs, an LLM's Markdown answer,
a CAT tool's TSV and XLIFFs, must lint clean where every term is in an accepted rendering,
and give exactly the findings listed in gold.tsv on their copies with the slips MT makes."""

from __future__ import annotations

import csv
from collections import Counter

import pytest
from tifa.glossary.store import load_glossary
from tifa.tm.lint import iter_findings
from tifa.tm.lint.readers import read_units

from tests.conftest import REPO

DATA = REPO / "tests" / "data" / "lint" / "mt"
TEXTS = ["press", "luo", "org", "stage", "ecom", "caption", "npc", "summit"]
DRAFTS = [(f"{name}.zh.txt", f"{name}.en.txt") for name in TEXTS] + \
    [("sme.tsv", None), ("kz.xlf", None), ("stage.xlf", None), ("kz.zh.txt", "kz.llm.en.txt")]
SLIPPED = [(f"{name}.zh.txt", f"{name}.slips.en.txt") for name in TEXTS] + \
    [("sme.slips.tsv", None), ("kz.slips.xlf", None), ("stage.slips.xlf", None),
     ("kz.zh.txt", "kz.llm.slips.en.txt")]


@pytest.fixture(scope="module")
def terms():
    return load_glossary(env=False)


def _findings(draft: str, en: str | None, terms) -> list:
    units = list(read_units(DATA / draft, DATA / en if en else None, glossary=terms))
    return list(iter_findings(units, terms))


def _unit(finding, plain: bool) -> str:
    """The gold's unit: the Chinese line of a plain-text draft, the row or trans-unit id."""
    return finding.location.rsplit(":", 1)[1] if plain else finding.unit_id


@pytest.mark.parametrize(("draft", "en"), DRAFTS)
def test_correct_mt_draft_is_quiet(draft, en, terms) -> None:
    findings = _findings(draft, en, terms)
    assert findings == [], [f"{f.location}: {f.code}: {f.message}" for f in findings]


def _gold() -> dict[str, Counter]:
    gold: dict[str, Counter] = {}
    with open(DATA / "gold.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            gold.setdefault(row["file"], Counter())[(row["unit"], row["code"])] += 1
    return gold


def test_gold_lists_every_slipped_draft() -> None:
    gold = _gold()
    assert sorted(gold) == sorted(en or draft for draft, en in SLIPPED)
    assert sum(sum(c.values()) for c in gold.values()) >= 49


@pytest.mark.parametrize(("draft", "en"), SLIPPED)
def test_each_mt_slip_is_found_once(draft, en, terms) -> None:
    """Every slip found, at its unit, with its code, and nothing else: a sentence left in
    Chinese is one `untranslated` finding, not a cascade of figures and punctuation."""
    found = Counter((_unit(f, en is not None), f.code) for f in _findings(draft, en, terms))
    assert found == _gold()[en or draft]
