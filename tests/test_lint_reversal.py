"""Meaning reversals (docs/lint.md, "Twelfth round"): a verb given its opposite (`reversal`),
a wrong country for a pair abbreviation (`name-mismatch`), and a negation lost in one clause
while the sentence keeps another (`negation`). Every correct pair of
tests/data/lint/reversal/pairs.tsv (Chinese and English written for this test, rich in the
traps: 支持 as "backs", 反对 as "will not accept", negations merged, "Sino-Kazakh") must lint
silent, and its slipped twin must give exactly its one finding."""

from __future__ import annotations

import csv

import pytest

from tests.conftest import REPO
from tests.lintsets import assert_silent, lint_ahead, sentence_codes, sentence_findings

with open(REPO / "tests/data/lint/reversal/pairs.tsv", encoding="utf-8") as _fh:
    PAIRS = list(csv.DictReader(_fh, delimiter="\t"))


@pytest.fixture(scope="module", autouse=True)
def _linted_ahead(terms) -> None:
    """The pairs linted in one pass: each case below looks its findings up
    (`lintsets.lint_ahead`, its equality with one lint per pair tested in
    test_glossary_staples)."""
    lint_ahead(terms, [(row["zh"], row[side]) for row in PAIRS for side in ("en", "slipped")])


def test_the_set_has_every_kind_of_slip() -> None:
    kinds = {code: sum(row["code"] == code for row in PAIRS)
             for code in ("reversal", "name-mismatch", "negation")}
    assert len(PAIRS) >= 60 and min(kinds.values()) >= 15, kinds


@pytest.mark.parametrize("row", PAIRS, ids=lambda r: r["slipped"][:40])
def test_correct_translation_is_silent(row, terms) -> None:
    assert_silent(terms, row["zh"], row["en"])


@pytest.mark.parametrize("row", PAIRS, ids=lambda r: r["slipped"][:40])
def test_each_slip_is_found_once_by_its_check(row, terms) -> None:
    found = sentence_findings(terms, row["zh"], row["slipped"])
    assert [f.code for f in found] == [row["code"]], [f"{f.code}: {f.message}" for f in found]


def test_reversal_names_the_verb_and_points_at_its_opposite(terms) -> None:
    zh = "中方支持哈方举办峰会。"
    en = "China opposes Kazakhstan's hosting of the summit."
    [finding] = sentence_findings(terms, zh, en)
    assert (finding.code, finding.term, finding.span.text) == ("reversal", "支持", "opposes")
    assert sentence_codes(terms, zh, "China backs Kazakhstan's hosting of the summit.") == []


@pytest.mark.parametrize("zh, en", [
    # the opposite is said by the source too: 反对 beside 支持, a negator beside "rejects"
    ("中方支持对话，反对对抗。", "China opposes confrontation and favours dialogue."),
    ("中方支持哈方立场，不接受外部干涉。",
     "China stands with Kazakhstan and rejects outside interference."),
    # the verb is negated in the source: the negation check's matter, not a reversal
    ("中方不支持这种做法。", "China opposes this approach."),
    # the opposite is negated in the English
    ("中方支持这一倡议。", "China does not oppose the initiative; it welcomes it."),
    # a change by a figure is number-mismatch's (下降/增加 + figure)
    ("出口增加了5%。", "Exports increased by 5%."),
    # 反对削弱: "opposes any attempt to weaken"
    ("两国反对削弱多边机制。", "Both countries resist any move to undermine multilateral bodies."),
])
def test_a_said_or_negated_opposite_is_no_reversal(zh, en, terms) -> None:
    assert "reversal" not in sentence_codes(terms, zh, en)


def test_a_changed_figure_is_reported_once_by_number_mismatch(terms) -> None:
    assert sentence_codes(terms, "出口增加了5%。", "Exports decreased by 5%.") == \
        ["number-mismatch"]


@pytest.mark.parametrize("zh, en", [
    # a country added beside the pair's own is no swap
    ("中哈合作已扩展到中亚其他国家。",
     "China-Kazakhstan cooperation now reaches other Central Asian countries such as "
     "Uzbekistan."),
    # 中巴 may be Pakistan or Brazil; 中乌 Uzbekistan or Ukraine
    ("中巴两国签署了合作协议。", "China and Brazil signed a cooperation agreement."),
    ("中乌两国签署了合作协议。", "China and Ukraine signed a cooperation agreement."),
    # the character inside another word is no country: 心中美好, 生活中越来越
    ("在哈萨克斯坦人民心中美好的记忆。", "A fond memory in the hearts of Kazakh people."),
    # a country the source names in full (Russia by 俄语) may stand beside the pair's
    ("中吉两国学者用俄语交流。", "Chinese and Kyrgyz scholars talk in Russian."),
    # 两国 without its country given by 哈方 or a pair: nothing to compare
    ("两国元首通了电话。", "The presidents of China and Kazakhstan spoke on the phone."),
])
def test_a_country_beside_its_pair_is_no_finding(zh, en, terms) -> None:
    assert "name-mismatch" not in sentence_codes(terms, zh, en)


def test_a_wrong_country_names_the_pair(terms) -> None:
    [finding] = sentence_findings(terms, "中哈关系发展良好。",
                                  "China-Kyrgyzstan relations are developing well.")
    assert (finding.code, finding.term, finding.span.text, finding.expected) == \
        ("name-mismatch", "中哈", "Kyrgyzstan", "Kazakhstan")


@pytest.mark.parametrize("en", [
    "China never interferes in other countries' internal affairs, nor does it seek a sphere "
    "of influence.",
    "China has never interfered in other countries' internal affairs or sought a sphere of "
    "influence.",
    "China neither interferes in others' internal affairs nor seeks a sphere of influence.",
    "China does not interfere in other countries' internal affairs; it does not seek a sphere "
    "of influence either.",
])
def test_two_negations_merged_or_split_are_silent(en, terms) -> None:
    assert_silent(terms, "中国从不干涉别国内政，也从不谋求势力范围。", en)


@pytest.mark.parametrize("en", [
    "China has interfered in other countries' internal affairs, nor does it seek a sphere of "
    "influence.",
    "China never interferes in other countries' internal affairs, and it seeks a sphere of "
    "influence.",
])
def test_one_clause_that_lost_its_negation_is_reported(en, terms) -> None:
    [finding] = sentence_findings(terms, "中国从不干涉别国内政，也从不谋求势力范围。", en)
    assert finding.code == "negation" and "2 clauses" in finding.message


def test_not_yet_without_a_negator_covers_a_clause(terms) -> None:
    assert_silent(terms, "问题尚未解决，不能掉以轻心。",
                  "The problem has yet to be solved, and there is no room for complacency.")


SPEECH = "各国应当摒弃零和博弈思维，反对单边主义和保护主义。"


@pytest.mark.parametrize("en", [
    "Countries should reject the zero-sum mentality and oppose unilateralism and protectionism.",
    "Countries should reject zero-sum thinking and stand against unilateralism and "
    "protectionism.",
    "Countries should reject the zero-sum mentality; unilateralism and protectionism, which "
    "they oppose, have no place.",
])
def test_the_verb_before_its_own_object_is_said(terms, en) -> None:
    assert "reversal" not in sentence_codes(terms, SPEECH, en)


def test_the_opposite_before_the_verbs_own_object_is_a_reversal(terms) -> None:
    """反对单边主义 → "support unilateralism", though "reject" (for 摒弃) stands elsewhere in
    the unit: the opposite word among the three words before the object's rendering, the
    verb's own rendering not there."""
    [finding] = sentence_findings(terms, SPEECH, "Countries should reject the zero-sum "
                                  "mentality and support unilateralism and protectionism.")
    assert (finding.code, finding.term, finding.span.text) == ("reversal", "反对", "support")
    assert sentence_codes(terms, "中方支持多边主义，反对单边主义。",
                          "China supports multilateralism rather than unilateralism.") == []


def test_widening_turned_into_restricting_is_a_reversal(terms) -> None:
    """扩大人文交流 → "restrict people-to-people exchanges" (the lead's summit-speech probe,
    missed before); "expand the scale of practical cooperation" is no weakening, as "scale"
    alone was one (the words after a verb's endings, "scale back", now follow every form)."""
    [finding] = sentence_findings(terms, "我们要扩大人文交流。",
                                  "We should restrict people-to-people exchanges.")
    assert (finding.code, finding.term, finding.span.text) == ("reversal", "扩大", "restrict")
    assert sentence_codes(terms, "我们要扩大人文交流。",
                          "We should expand people-to-people exchanges.") == []
    assert sentence_codes(terms, "双方同意扩大务实合作规模。", "The two sides agreed to expand "
                          "the scale of practical cooperation.") == []
    assert sentence_codes(terms, "双方同意扩大务实合作规模。", "The two sides agreed to limit "
                          "the scale of practical cooperation.") == ["reversal"]
