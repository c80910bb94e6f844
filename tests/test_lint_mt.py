"""Precision and recall on machine-translation-style drafts (tests/data/lint/mt/README.md):
literal MT/LLM English of ten seed articles, as plain-text pairs, an LLM's Markdown answer,
a CAT tool's TSV and XLIFFs, must lint clean where every term is in an accepted rendering,
and give exactly the findings listed in gold.tsv on their copies with the slips MT makes."""

from __future__ import annotations

import pytest

from tests.conftest import REPO
from tests.lintsets import findings, found, gold

DATA = REPO / "tests" / "data" / "lint" / "mt"
TEXTS = ["press", "luo", "org", "stage", "ecom", "caption", "npc", "summit"]
DRAFTS = [(f"{name}.zh.txt", f"{name}.en.txt") for name in TEXTS] + \
    [("sme.tsv", None), ("kz.xlf", None), ("stage.xlf", None), ("kz.zh.txt", "kz.llm.en.txt")]
SLIPPED = [(f"{name}.zh.txt", f"{name}.slips.en.txt") for name in TEXTS] + \
    [("sme.slips.tsv", None), ("kz.slips.xlf", None), ("stage.slips.xlf", None),
     ("kz.zh.txt", "kz.llm.slips.en.txt")]


@pytest.mark.parametrize(("draft", "en"), DRAFTS)
def test_correct_mt_draft_is_quiet(draft, en, terms) -> None:
    quiet = findings(DATA, draft, en, terms)
    assert quiet == [], [f"{f.location}: {f.code}: {f.message}" for f in quiet]


def test_gold_lists_every_slipped_draft() -> None:
    expected = gold(DATA)
    assert sorted(expected) == sorted(en or draft for draft, en in SLIPPED)
    assert sum(sum(c.values()) for c in expected.values()) >= 49


@pytest.mark.parametrize(("draft", "en"), SLIPPED)
def test_each_mt_slip_is_found_once(draft, en, terms) -> None:
    """Every slip found, at its unit, with its code, and nothing else: a sentence left in
    Chinese is one `untranslated` finding, not a cascade of figures and punctuation."""
    assert found(DATA, draft, en, terms) == gold(DATA)[en or draft]
