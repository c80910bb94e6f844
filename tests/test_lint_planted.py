"""Planted slips of the thirteenth round (docs/lint.md, "Thirteenth round"): sentence pairs
written for the test (tests/data/lint/planted13), each correct translation with a twin that
carries one slip of a named kind — a lost "not", a litotes that lost one of its negations, a
"not" added before 支持, a term given the wrong noun (食品安全 → "food security"), a figure, a
weekday or a comparison basis, a name, a title. Every correct translation lints silent; every
twin gives exactly its one finding, of its code (`-`: a known miss of the held-out third,
nothing reported).

The two checks every planted set shares (each correct translation silent, each slip found
once by its check) run here over every round's set: planted13's to planted20's
(tests/test_lint_planted14.py and its like hold what is each round's own)."""

from __future__ import annotations

import pytest

from tests.conftest import REPO
from tests.lintsets import (
    assert_silent,
    lint_ahead,
    planted,
    sentence_codes,
    sentence_findings,
)

DATA = REPO / "tests/data/lint/planted13"
ROWS = planted(DATA)
ROUNDS = [dict(row, set=name) for name in ("planted13", "planted14", "planted15", "planted16",
                                           "planted16b", "planted17", "planted18", "planted19",
                                           "planted20")
          for row in planted(REPO / "tests/data/lint" / name)]


@pytest.fixture(scope="module", autouse=True)
def _linted_ahead(terms) -> None:
    """Every round's pairs linted in one pass: each case below looks its findings up
    (`lintsets.lint_ahead`, its equality with one lint per pair tested in
    test_glossary_staples)."""
    lint_ahead(terms, [(row["zh"], row[side]) for row in ROUNDS for side in ("en", "slipped")])


def test_the_set_has_every_kind_of_slip() -> None:
    kinds = {kind: sum(row["kind"] == kind for row in ROWS)
             for kind in ("neg", "lit", "sup", "term", "num", "name", "title")}
    assert len(ROWS) >= 150 and min(kinds.values()) >= 9, kinds
    assert all(row["en"] != row["slipped"] for row in ROWS)


@pytest.mark.parametrize("row", ROUNDS, ids=lambda r: f"{r['set']}:{r['slipped'][:40]}")
def test_correct_translation_is_silent(row, terms) -> None:
    assert_silent(terms, row["zh"], row["en"])


@pytest.mark.parametrize("row", ROUNDS, ids=lambda r: f"{r['set']}:{r['slipped'][:40]}")
def test_each_slip_is_found_once_by_its_check(row, terms) -> None:
    expected = [] if row["code"] == "-" else [row["code"]]
    found = sentence_findings(terms, row["zh"], row["slipped"])
    assert [f.code for f in found] == expected, [f"{f.code}: {f.message}" for f in found]


@pytest.mark.parametrize("zh, en", [
    # a term before a noun, its head dropped as English does: the noun after the modifier
    # renders the Chinese noun, not the term again
    ("颐养中心志愿服务台前排起了长队。",
     "A long queue formed at the care centre's volunteer desk."),
    ("我市行使地方立法权以来成效显著。",
     "The city has achieved a great deal since it began to exercise local legislative power."),
])
def test_a_term_before_a_noun_still_drops_its_head(zh, en, terms) -> None:
    assert "term-missing" not in sentence_codes(terms, zh, en)


def test_the_wrong_noun_after_a_terms_modifier_is_reported(terms) -> None:
    [finding] = sentence_findings(terms, "各地要守住食品安全底线。",
                                  "Localities must hold the food security bottom line.")
    assert (finding.code, finding.term) == ("term-missing", "食品安全")


@pytest.mark.parametrize("zh, en", [
    ("双方将于周三和周四举行会谈。", "The two sides will hold talks on Wednesday and Thursday."),
    ("会谈定于周三举行。", "The talks are set for Wednesday, with a dinner on Thursday."),  # added
    # 每周一期: 周一 here is no Monday
    ("该刊物每周一期，已出版三年。", "The weekly has been published for three years."),
    ("工业增加值同比增长5.6%，环比增长0.4%。",
     "Industrial value added grew 5.6% year on year and 0.4% month on month."),
    ("出口比上年增长5%。", "Exports grew 5% from the previous year."),
])
def test_a_weekday_or_basis_said_or_added_is_no_swap(zh, en, terms) -> None:
    assert sentence_codes(terms, zh, en) == []


def test_a_swapped_weekday_names_both_days(terms) -> None:
    [finding] = sentence_findings(terms, "他将于下周三启程。", "He leaves next Thursday.")
    assert (finding.code, finding.term, finding.span.text) == \
        ("number-mismatch", "周三", "Thursday")


@pytest.mark.parametrize("zh, en", [
    # a country said by its capital or leader: an added country name is no swap
    ("托卡耶夫总统在阿斯塔纳会见了代表团。",
     "Kazakh President Tokayev met the delegation in Astana."),
    ("外长在撒马尔罕出席会议后前往塔什干。",
     "After the meeting in Samarkand, the Foreign Minister went on to Tashkent, Uzbekistan."),
    # a title added for a person the source names bare
    ("王毅表示，中方愿同各方加强沟通。",
     "Foreign Minister Wang Yi said China was ready to step up communication with all parties."),
    ("商务部部长与外交部官员一同出席。",
     "The Minister of Commerce attended with officials of the Foreign Ministry."),
])
def test_a_name_or_title_added_beside_the_sources_own_is_no_swap(zh, en, terms) -> None:
    assert sentence_codes(terms, zh, en) == []


@pytest.mark.parametrize("zh, en", [
    ("中方支持这一倡议，并将积极参与。",
     "China not only supports the initiative but will take an active part in it."),
    ("中方不支持这种做法。", "China does not support this approach."),  # negated in the source
    ("这一倡议不无道理。", "The proposal has some merit."),  # a litotes made positive
    ("这一倡议不无道理。", "The proposal is not unreasonable."),  # or kept double
    ("这一倡议不无道理。", "The proposal is not groundless."),
])
def test_negations_the_source_has_are_silent(zh, en, terms) -> None:
    assert sentence_codes(terms, zh, en) == []


@pytest.mark.parametrize("zh, en, wrong", [
    ("法国总统将于下月访华。", "The German President will visit China next month.", "German"),
    ("双方就伊朗局势交换了意见。", "The two sides exchanged views on the situation in Iraq.",
     "Iraq"),
    ("代表团随后前往撒马尔罕。", "The delegation then went on to Bukhara.", "Bukhara"),
])
def test_a_country_or_city_swapped_is_a_name_mismatch(zh, en, wrong, terms) -> None:
    [finding] = sentence_findings(terms, zh, en)
    assert (finding.code, finding.span.text) == ("name-mismatch", wrong)


@pytest.mark.parametrize("zh, en", [
    ("法国总统马克龙将访华。", "French President Macron will visit China."),
    ("会议用法语和英语举行。", "The meeting was held in French and English."),
    ("新加坡总理会见了中方代表团。", "Singapore's Prime Minister met the Chinese delegation."),
])
def test_a_country_said_by_its_adjective_or_language_is_no_swap(zh, en, terms) -> None:
    assert "name-mismatch" not in sentence_codes(terms, zh, en)


@pytest.mark.parametrize("zh, en", [
    ("当地农民收入五年翻了一番。", "Local farmers' income tripled in five years."),
    ("生产成本减少了一半。", "Production costs doubled."),
])
def test_a_ratio_with_its_aspect_particle_is_compared(zh, en, terms) -> None:
    assert sentence_codes(terms, zh, en) == ["number-mismatch"]


@pytest.mark.parametrize("zh, en, slipped", [
    ("会议定于6月下旬召开。", "The meeting is set for late June.",
     "The meeting is set for early June."),
    ("近3000人参加了活动。", "Nearly 3,000 people took part.", "More than 3,000 people took part."),
    ("该项目至少需要5年。", "The project will take at least five years.",
     "The project will take at most five years."),
])
def test_a_part_of_the_month_or_a_bound_turned_round(zh, en, slipped, terms) -> None:
    assert sentence_codes(terms, zh, en) == []
    assert sentence_codes(terms, zh, slipped) == ["number-mismatch"]
