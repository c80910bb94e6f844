"""Planted slips of kinds no earlier set had, or that lint did not find (docs/lint.md,
"Eighteenth round: slips no set had (planted18)"): sentence pairs written for the test
(tests/data/lint/planted18), each correct translation and a second one in another
translator's words (`en2`) with a twin carrying one slip: 唯一 made "one of", 提前 made
"behind schedule" (and 推迟 "brought forward"), 会后 made "before", 批准 made "rejected",
赞赏 made "regrets", 率先 made "the second", 不是所有 made "none", a negative adjective made
its positive (不合理 → "reasonable"), 达成共识 made "reached no agreement", a series cut short
(和平、发展、公平、正义 → "peace, development and justice") and a quarter turned round (东部 →
"western"). The shared checks (each correct translation silent, each slip found once) run in
tests/test_lint_planted.py; here are the set's shape, the second wordings and each rule's
edges, on sentences written apart from the set."""

from __future__ import annotations

import pytest

from tests.conftest import REPO
from tests.lintsets import assert_only, assert_silent, planted

ROWS = planted(REPO / "tests/data/lint/planted18")


def test_the_set_has_every_kind_of_slip() -> None:
    assert {row["kind"] for row in ROWS} == {"only", "schedule", "after", "approve", "praise",
                                             "lead", "notall", "negadj", "noagree", "series",
                                             "compass"}
    assert len(ROWS) >= 55 and all(row["en"] != row["slipped"] for row in ROWS)
    assert all(row["en2"] and row["en2"] != row["en"] for row in ROWS)


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r["en2"][:40])
def test_a_second_translators_wording_is_silent(row, terms) -> None:
    assert_silent(terms, row["zh"], row["en2"])


@pytest.mark.parametrize("zh, en", [
    # the word's own rendering beside the opposite's word ("Among … alone")
    ("他是唯一两次获得该奖的运动员。", "Among athletes, he alone has won the award twice."),
    ("请提前预约参观时间。", "Visitors should book their visit in advance."),
    ("会后发表了联合声明。", "A joint statement was issued at the end of the meeting."),
    ("该计划已获董事会批准。", "The plan has been given the green light by the board."),
    ("中方高度评价两国合作成果。", "China speaks highly of the results of bilateral "
                          "cooperation."),
    ("深圳率先试点这项政策。", "Shenzhen was among the first to pilot the policy."),
    ("并不是所有问题都能一下子解决。", "Not every problem can be solved overnight."),
    # a negative adjective said by its own negative, or beside the source's own positive
    ("发展不平衡不充分的问题仍然突出。", "The problem of unbalanced and inadequate development "
                              "remains acute."),
    ("要消除不合理的收费，维护公平竞争。", "Unjustified fees should be abolished and fair "
                               "competition maintained."),
    ("世界经济复苏不稳定，但中国经济保持稳定增长。", "The world economic recovery is shaky, but "
                                      "China's economy has kept growing steadily."),
    # a series of modifiers merged, as official English does; a list in full; 等 as "and
    # other"; a list's number (一、) is no item
    ("我们要推动经济全球化朝着开放、包容、普惠、平衡、共赢的方向发展。",
     "We will make economic globalization more open, inclusive, balanced and beneficial for "
     "all."),
    ("代表团访问了上海、杭州、苏州和南京。", "The delegation visited Shanghai, Hangzhou, Suzhou "
                                "and Nanjing."),
    ("申请人须提交身份证、护照、学历证明、工作证明等材料。",
     "Applicants must submit their ID card, passport, proof of education, proof of "
     "employment and other documents."),
    ("一、加强政治、经济、安全合作。", "First, strengthen political, economic and security "
                           "cooperation."),
    # a quarter said, or another quarter the English adds ("southwest China" for 云南)
    ("该市东部新区建成投用。", "The new district in the east of the city has been completed "
                       "and put into use."),
    ("云南省西部发生地震。", "An earthquake struck western Yunnan in southwest China."),
    ("浙江南部沿海地区发布暴雨预警。", "A rainstorm warning was issued for the southern coast of "
                          "Zhejiang in east China."),
])
def test_correct_wordings_around_the_new_rules_are_silent(terms, zh: str, en: str) -> None:
    assert_silent(terms, zh, en)


@pytest.mark.parametrize("zh, en, code", [
    ("她是全队唯一的女队员。", "She is one of the women on the team.", "reversal"),
    ("比赛因大雨推迟举行。", "The match was brought forward because of heavy rain.",
     "reversal"),
    ("会见前，两国元首合影留念。", "After the meeting, the two heads of state posed for a group "
                          "photo.", "reversal"),
    ("专家组赞扬该国的防疫措施。", "The expert group criticised the country's epidemic "
                          "prevention measures.", "reversal"),
    ("并非所有学生都参加了考试。", "None of the students took the exam.", "reversal"),
    ("这种收费标准明显不合理。", "This fee scale is clearly reasonable.", "reversal"),
    ("两国在会谈中达成共识。", "The two countries reached no agreement in the talks.",
     "reversal"),
    ("我们欢迎来自亚洲、非洲、欧洲和拉美的朋友。", "We welcome friends from Asia, Africa and "
                                    "Latin America.", "partial-omission"),
    ("城市北部将新建一座体育馆。", "A new stadium will be built in the south of the city.",
     "name-mismatch"),
])
def test_slips_outside_the_set_are_found(terms, zh: str, en: str, code: str) -> None:
    assert_only(terms, zh, en, code)
