"""Three slips planted17 left silent (docs/lint.md, "Seventeenth round: three slips planted17
left (recall17b)"): a party of a group abbreviation dropped (中日韩 → "China and Japan"), 应约
turned into the caller's "own request", and a "no" added before a verb-object outside the
reversal table (达成共识 → "reached no consensus"). Each slip is found, by its check, and the
correct wordings beside it stay silent."""

from __future__ import annotations

import pytest
from tifa.glossary.store import load_glossary

from tests.lintsets import assert_only, assert_silent


@pytest.fixture(scope="module")
def terms():
    return load_glossary(env=False)


GROUP = "中日韩三国领导人在首尔举行第十次会晤。"
TRIO = "中美俄三方外长就地区局势交换了看法。"


@pytest.mark.parametrize("zh, en", [
    (GROUP, "The leaders of China and Japan held their tenth meeting in Seoul."),
    (TRIO, "The foreign ministers of China and the US exchanged views on the regional "
           "situation."),
    (TRIO, "The Chinese and Russian foreign ministers exchanged views on the regional "
           "situation."),
])
def test_a_party_of_a_group_dropped_is_found(terms, zh: str, en: str) -> None:
    assert_only(terms, zh, en, "name-mismatch")


@pytest.mark.parametrize("zh, en", [
    (GROUP, "The leaders of China, Japan and the ROK held their tenth meeting in Seoul."),
    (GROUP, "The leaders of the three countries held their tenth meeting in Seoul."),
    (GROUP, "The tenth trilateral leaders' meeting was held in Seoul."),
    (GROUP, "Chinese, Japanese and South Korean leaders held their tenth meeting in Seoul."),
    (TRIO, "The foreign ministers of China, the US and Russia exchanged views on the regional "
           "situation."),
    # a pair of two names both countries with China: nothing is dropped
    ("中哈两国元首在阿斯塔纳举行会谈。", "The Chinese and Kazakh heads of state held talks in "
                               "Astana."),
])
def test_a_group_named_in_full_or_counted_is_silent(terms, zh: str, en: str) -> None:
    assert_silent(terms, zh, en)


CALL = "王毅应约同法国外长通电话。"


@pytest.mark.parametrize("en", [
    "Wang Yi spoke by phone with the French Foreign Minister at his own request.",
    "Wang Yi spoke by phone with the French Foreign Minister at Wang Yi's request.",
    "Wang Yi spoke by phone with the French Foreign Minister at the request of Foreign "
    "Minister Wang Yi.",
])
def test_a_call_at_the_callers_own_request_is_a_reversal(terms, en: str) -> None:
    assert_only(terms, CALL, en, "reversal")


@pytest.mark.parametrize("en", [
    "Wang Yi spoke by phone with the French Foreign Minister at the latter's request.",
    "At the request of the French Foreign Minister, Wang Yi spoke with him by phone.",
    "At Jean Dupont's request, Wang Yi spoke by phone with Jean Dupont.",
    "Wang Yi, the Foreign Minister, spoke by phone with his French counterpart at the request "
    "of the French Foreign Minister.",
    "Foreign Minister Wang Yi spoke by phone with his French counterpart at the request of "
    "French Foreign Minister.",
])
def test_a_call_at_the_others_request_is_silent(terms, en: str) -> None:
    assert_silent(terms, CALL, en)


@pytest.mark.parametrize("zh, en", [
    ("双方在气候问题上达成共识。", "The two sides reached no consensus on climate issues."),
    ("双方在气候问题上达成共识。", "The two sides did not reach consensus on climate issues."),
    ("两国谈判取得进展。", "The two countries' negotiations made no progress."),
])
def test_a_negation_added_to_a_verb_outside_the_table_is_found(terms, zh: str,
                                                               en: str) -> None:
    assert_only(terms, zh, en, "reversal")


@pytest.mark.parametrize("zh, en", [
    ("双方在气候问题上达成共识。", "The two sides reached consensus on climate issues."),
    ("两国谈判取得进展。", "The two countries' negotiations made progress."),
    # a "no" the source says another way: 杜绝, 防止
    ("坚决防止出现新的风险。", "We will firmly ensure that no new risks emerge."),
    ("要杜绝形式主义。", "There must be no formalism."),
    # a "no" of the subject, of "be", of a set phrase: a rephrasing
    ("各方一致同意。", "No party objected."),
    ("各国应携手应对挑战。", "No country can meet these challenges alone."),
    ("要守住安全底线。", "We must make sure there is no major security incident."),
    ("这是一项长期任务。", "This is not a task that can be completed overnight."),
    ("这是一项长期任务。", "This isn't a task that can be completed overnight."),
    ("中方将全力以赴做好筹备工作。", "China will spare no effort in preparing for the meeting."),
    # two negations that say yes, and a "no" that negates nothing
    ("安全是发展的前提。", "Without security there can be no development."),
    ("这项合作不仅惠及两国，也惠及地区。", "This cooperation benefits not only the two countries "
                             "but also the region."),
    ("双方一致认为合作潜力巨大。", "The two sides agreed that there is no doubt the potential "
                          "for cooperation is enormous."),
])
def test_a_no_the_source_says_or_that_negates_nothing_is_silent(terms, zh: str,
                                                                en: str) -> None:
    assert_silent(terms, zh, en)
