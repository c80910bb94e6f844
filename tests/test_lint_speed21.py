"""What lint's twenty-first-round speed changes must keep (docs/lint.md, "Twenty-first round:
lint's CPU"): the output is the same; these pin the behaviour each change could have broken."""

from __future__ import annotations

import pytest
from tifa.glossary.store import load_glossary
from tifa.tm.lint import LintUnit, iter_findings
from tifa.tm.lint.checks import _premodifier

SUMMIT_FIRST = ("5月19日，中国—中亚峰会在西安成功举行。",
                "The China-Central Asia Summit was held in Xi'an on May 19.")
SUMMIT_LATER = ("中国—中亚峰会期间，各方签署了多项合作文件。",
                "During the summit, the parties signed a number of cooperation documents.")
FILLER = ("会议期间，各方进行了交流。", "The parties held exchanges during the meeting.")


@pytest.fixture(scope="module")
def terms():
    return load_glossary()


def _missing(docs: list[list[tuple[str, str]]], terms) -> list[tuple[str, str]]:
    """(unit, term) of each term-missing finding; each list of pairs its own document, each
    pair its own paragraph, all linted in one run."""
    units = [LintUnit(f"{d}.{i}", f"t:{d}.{i}", zh, en, doc=f"doc{d}", para=f"p{i}")
             for d, pairs in enumerate(docs, 1) for i, (zh, en) in enumerate(pairs, 1)]
    return [(f.unit_id, f.term) for f in iter_findings(units, terms, jobs=0)
            if f.code == "term-missing"]


def test_what_a_document_named_is_its_own_and_lasts_to_its_end(terms) -> None:
    """The names a document gave in full are grown in place now, one set per document: the
    summit named in full is "the summit" many paragraphs later in its own document, and not
    in the next document, which never named it (a set shared between documents, or one not
    kept from unit to unit, would fail one way or the other)."""
    assert _missing([[SUMMIT_FIRST, *[FILLER] * 30, SUMMIT_LATER]], terms) == []
    assert _missing([[SUMMIT_FIRST], [SUMMIT_LATER]], terms) == [("2.1", "中国—中亚峰会")]
    assert _missing([[SUMMIT_FIRST, SUMMIT_LATER], [SUMMIT_LATER]], terms) == \
        [("2.1", "中国—中亚峰会")]


def test_a_premodifier_pattern_is_built_once_per_rendering_and_only_for_one() -> None:
    """`attributive_in` compiles a rendering's pattern once (the same object each time), and
    none for a rendering that cannot be a premodifier: a proper name, one word, a short first
    word."""
    first = _premodifier("volunteer service")
    assert first is not None and first is _premodifier("volunteer service")
    head, rx = first
    assert head == "service"
    assert rx.search("the Volunteer desk").group(1) == "desk"
    assert _premodifier("Silk Road Economic Belt") is None
    assert _premodifier("connectivity") is None
    assert _premodifier("war zone") is None
