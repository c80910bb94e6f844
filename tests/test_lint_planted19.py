"""Planted slips of kinds no earlier set had, or that lint did not find (docs/lint.md,
"Nineteenth round: slips no set had (planted19)"): sentence pairs written for the test
(tests/data/lint/planted19), each correct translation and a second one in another
translator's words (`en2`) with a twin carrying one slip: 同意 made "opposed", 全面 made
"partial", 无须 made "must", 以内 made "beyond", 截至 made "since", 双方 made "the three
sides" (and 三方 "both parties"), 停止 made "continue" beside another clause's "not",
不得 made "may" beside 擅自's "without", 连续三年 made "the second year in a row" and 一周年
made "the tenth anniversary". The shared checks (each correct translation silent,
each slip found once) run in tests/test_lint_planted.py; here are the set's shape, the second
wordings and each rule's edges, on sentences written apart from the set."""

from __future__ import annotations

import pytest

from tests.conftest import REPO
from tests.lintsets import assert_only, assert_silent, planted

ROWS = planted(REPO / "tests/data/lint/planted19")


def test_the_set_has_every_kind_of_slip() -> None:
    assert {row["kind"] for row in ROWS} == {"agree", "full", "neednot", "within", "asof",
                                             "parties", "stop", "mustnot", "inarow",
                                             "anniv"}
    assert len(ROWS) >= 40 and all(row["en"] != row["slipped"] for row in ROWS)
    assert all(row["en2"] and row["en2"] != row["en"] for row in ROWS)


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r["en2"][:40])
def test_a_second_translators_wording_is_silent(row, terms) -> None:
    assert_silent(terms, row["zh"], row["en2"])


@pytest.mark.parametrize("zh, en", [
    # the opposite's own word in the source (反对 beside 同意, 部分 beside 全面, 以来 beside 截至,
    # 三方 beside 双方), or no opposite said
    ("中方同意举行会谈，反对任何单边行动。", "China agreed to hold talks and opposes any "
                              "unilateral action."),
    ("改革已全面启动，部分措施已初见成效。", "Reform has been launched across the board, and "
                              "some measures have partly paid off."),
    ("今年以来截至9月底，全市新增就业3万人。", "Since the start of the year, the city has added "
                                "30,000 jobs as of the end of September."),
    ("双方同意在三方框架下加强合作。", "The two sides agreed to strengthen cooperation in a "
                           "trilateral framework."),
    ("双方同意委托第三方开展评估。", "Both sides agreed to commission a third-party assessment."),
    # a "not" that is 停止's own; 无须 said by "exempt"; 不得 said by "banned", or by "No …"
    # beside 未经's "without"
    ("该厂已停止生产。", "The factory has not produced anything since it shut down."),
    ("年收入低于5万元的个人无须申报。", "Individuals earning less than 50,000 yuan a year are "
                            "exempt from filing."),
    ("持学生证参观无需购票。", "Admission is free for holders of a student card."),
    ("公共场所不得吸烟。", "Smoking is banned in public places."),
    ("未经批准，任何人不得进入。", "No one may enter without approval."),
    # a ceiling said "no longer than" (a comparative after "no" is no floor)
    ("会期不超过3天。", "The session will last no longer than 3 days."),
    # a run's place said as its length, or a hard 第三年 as its place; 一周年 said as "a year"
    ("该市连续第三年获评文明城市。", "The city has been named a civilised city for the third "
                           "year running."),
    ("出口连续两年下降。", "Exports have fallen for two years in a row."),
    ("今天是两国建交一周年。", "The two countries established diplomatic ties one year ago "
                       "today."),
])
def test_correct_wordings_around_the_new_rules_are_silent(terms, zh: str, en: str) -> None:
    assert_silent(terms, zh, en)


@pytest.mark.parametrize("zh, en, code", [
    ("董事会同意了收购方案。", "The board objected to the acquisition plan.", "reversal"),
    ("两国全面取消签证限制。", "The two countries partly lifted visa restrictions.",
     "reversal"),
    ("截至上周五，共收到投诉200件。", "Since last Friday, 200 complaints had been received.",
     "reversal"),
    ("双方就贸易问题进行了磋商。", "The four parties held consultations on trade.", "reversal"),
    ("三方发表了联合声明。", "The two sides issued a joint statement.", "reversal"),
    ("各方应停止军事行动，不要采取单边举措。", "All parties should continue military "
                                "operations and not take unilateral steps.", "reversal"),
    ("老年人无需预约。", "Elderly people must make an appointment.", "negation"),
    ("任何人不得擅自进入保护区。", "Anyone may enter the reserve without authorisation.",
     "negation"),
    ("会期不超过3天。", "The session will last longer than 3 days.", "number-mismatch"),
    ("出口连续两年下降。", "Exports have fallen for the third consecutive year.",
     "number-mismatch"),
    ("两国在建交一周年之际发表联合声明。", "On the second anniversary of their ties, the two "
                              "countries issued a joint statement.", "number-mismatch"),
])
def test_slips_outside_the_set_are_found(terms, zh: str, en: str, code: str) -> None:
    assert_only(terms, zh, en, code)
