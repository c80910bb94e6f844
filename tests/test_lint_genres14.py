"""Correct work by other hands in genres and house styles no set had before the twenty-fourth
round (tests/data/lint/genres14/README.md): a commodity exchange's margin change, a provincial
procuratorate's work report, a city's blood donation figures, the monthly lottery sales, a tax
office's reminder on the annual income tax reconciliation, a pilot free trade zone's three
years, a maritime rescue, cultural relics returned, a swimming association's selection rules
and the wheat minimum purchase price, each in a hand new to the sets (a trading desk's note, a
legal weekly, a hospital newsletter, a wire, an expat services firm's client alert, a chamber
of commerce update, a maritime news site, an art magazine, a swimming club's site, an
agricultural trade newsletter); and six documents held out (an investment forum's outcomes on
an embassy's site, the land greening bulletin on an environmental NGO's blog, a motor show in a
motoring magazine, a hukou reform in a think tank's brief, spending vouchers on a city
lifestyle account, a talent recruitment notice on a jobs site).
Lint must give exactly the documented findings on each pair (each pair linted once), and each
fix of the round must still catch its slipped twin."""

from __future__ import annotations

from collections import Counter

import pytest
from tifa.tm.numbers import extract_en

from tests.conftest import REPO
from tests.lintsets import (
    assert_left,
    draft_codes,
    fix_failures,
    pairs_of,
    sentence_codes,
    slip_codes,
)

DATA = REPO / "tests" / "data" / "lint" / "genres14"
DEV = {"futures": "desk", "procuratorate": "lawweekly", "blood": "hospital", "lottery": "wire",
       "taxrefund": "expat", "ftz": "chamber", "rescue": "marine", "relics": "art",
       "selection": "club", "wheat": "agri"}
HELD = {"forum": "embassy", "greening": "ngo", "autoshow": "motoring", "residence": "thinktank",
        "vouchers": "lifestyle", "talent": "jobs"}
PAIRS = pairs_of(DEV, HELD)
# Findings left on correct work (docs/lint.md, "Twenty-fourth round"), each one a reviser would
# ask about: none now. Held out, the think tank's brief opens each paragraph with a label of its
# own, and "What changed." made the aligner doubt the first (linted once, after the dev fixes;
# since genres17 a run-in label with a stop heads a paragraph checked as one unit). Fixed after
# the measure and no longer left: the brief's 子女入学、公共租赁住房、职业技能培训等方面
# counted an item too many by partial-omission (`test_a_series_closed_by_deng`).
LEFT: dict[str, Counter] = {}
_FOUND: dict[str, Counter] = {}  # each pair's findings, linted once for the module


@pytest.mark.parametrize("doc,en", PAIRS)
def test_the_documented_findings(terms, doc: str, en: str) -> None:
    assert_left(_FOUND, DATA, PAIRS, terms, LEFT, en)


# Each fix: a sentence of the set (or its like) that was a false finding on main, and its twin
# with a real slip, still reported.
FIXES = [
    # a relay's legs and distance, glued
    ("男子4×100米自由泳接力从100米自由泳决赛前6名中选拔。",
     "The 4x100m freestyle relay squad is drawn from the top six in the 100m freestyle final.",
     "The 3x100m freestyle relay squad is drawn from the top six in the 100m freestyle final.",
     "number-mismatch"),
    # a grade the source gives as a bare numeral before 等
    ("2027年生产的小麦（三等）最低收购价为每50公斤120元。",
     "The minimum purchase price for grade 3 wheat harvested in 2027 is 120 yuan per 50 kg.",
     "The minimum purchase price for grade 2 wheat harvested in 2027 is 120 yuan per 50 kg.",
     "number-mismatch"),
    # a price per 50 kg said per kilogram
    ("2027年小麦最低收购价为每50公斤120元。",
     "The 2027 minimum purchase price for wheat is 120 yuan per 50 kg, or 2.40 yuan/kg.",
     "The 2027 minimum purchase price for wheat is 120 yuan per 50 kg, or 2.60 yuan/kg.",
     "number-mismatch"),
    # a maritime report's clock without a colon
    ("4时40分，救助直升机抵达现场。", "The helicopter arrived at 0440.",
     "The helicopter arrived at 0450.", "number-mismatch"),
    # a rate per thousand people
    ("全市千人口献血率为12.4。", "That works out at 12.4 donations per 1,000 residents.",
     "That works out at 12.4 donations per 10,000 residents.", "number-mismatch"),
    # a plural present for a future
    ("2027年世界游泳锦标赛将于2027年7月举行。为做好参赛工作，现将国家队选拔办法通知如下：",
     "The Chinese Swimming Association has published its selection rules for the 2027 World "
     "Aquatics Championships, which take place in July 2027.",
     "The Chinese Swimming Association has published its selection rules for the 2027 World "
     "Aquatics Championships, which took place in July 2027.", "reversal"),
]


def test_each_fix_and_its_slipped_twin(terms) -> None:
    wrong = fix_failures(terms, FIXES)
    assert not wrong, "\n".join(wrong)


def test_a_body_said_short_once_named(terms) -> None:
    """海上搜救 inside 东林海上搜救中心: once the centre is named in full, "the Donglin centre"
    three paragraphs on is no term left out; a first mention said short still is."""
    named = ("1", "东林海上搜救中心接到报告。",
             "The Donglin Maritime Search and Rescue Center received the report.")
    middle = [("2", "现场风力7至8级。", "Winds on scene were force 7 to 8."),
              ("3", "获救船员身体状况良好。", "The rescued seafarers are in good condition.")]
    later = ("4", "今年以来，东林海上搜救中心共组织搜救行动87次。",
             "So far this year the Donglin centre has coordinated 87 operations.")
    assert draft_codes(terms, [named, *middle, later]) == []
    assert ("1", "term-missing") in draft_codes(terms, [
        ("1", later[1], later[2]), *middle])


def test_a_lead_in_to_the_list(terms, tmp_path) -> None:
    """The club's own lead-in to the rules it lists is silent above; a lead-in that says
    something of its own after the colon is still an addition."""
    assert slip_codes(DATA, "selection.club.en.txt", "selection", "swimmers and parents:",
                      "swimmers and parents: the rules favour the big provincial teams.",
                      terms, tmp_path)["addition"] == 1


def test_the_figures_read() -> None:
    assert [(q.value, q.unit) for q in extract_en(
        "4x100m and 4x200m relays; arrived at 0440, by 0605; a 4x4; Haixun 0612; at 1440")] \
        == [(4.0, None), (100.0, "m"), (4.0, None), (200.0, "m"), (4.0, None), (40.0, None),
            (6.0, None), (5.0, None), (612.0, None), (1440.0, None)]


def test_a_year_a_report_of_one_year_leaves_understood(terms) -> None:
    """The wire's "in October" for 2026年10月 where the source gives no other year is silent
    (genres13's "its December batch" too); the same month of another year the document has
    set beside it is still a year lost."""
    first = ("1", "2026年9月，全国共销售彩票486.12亿元。",
             "In September 2026, lottery sales totalled 48.612 billion yuan.")
    month = ("2", "2026年10月，全国共销售彩票521.36亿元。",
             "In October, lottery sales came to 52.136 billion yuan.")
    assert draft_codes(terms, [first, month]) == []
    earlier = ("2", "2025年10月，全国共销售彩票483.24亿元。",
               "In October, lottery sales came to 48.324 billion yuan.")
    assert draft_codes(terms, [first, earlier]) == [("2", "number-mismatch")]


def test_a_series_closed_by_deng(terms) -> None:
    """Held out, fixed after the measure: a series of three closed by 等方面 before a
    predicate with 与 (享有与户籍人口同等的…) is three items, not four, and its English list of
    three is silent; a series of four ("…职业技能培训和医疗卫生等方面") rendered with three is
    still an item left out."""
    zh = ("居住证持有人在子女入学、公共租赁住房、职业技能培训{}等方面"
          "享有与户籍人口同等的基本公共服务。")
    en = ("Permit holders get the same basic public services as registered residents in their "
          "children's schooling, public rental housing and vocational skills training.")
    assert sentence_codes(terms, zh.format(""), en) == []
    assert sentence_codes(terms, zh.format("和医疗卫生"), en) == ["partial-omission"]
