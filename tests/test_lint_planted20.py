"""Planted slips of kinds no earlier set had, or that lint did not find (docs/lint.md,
"Twentieth round: slips no set had (planted20)"): sentence pairs written for the test
(tests/data/lint/planted20), each correct translation and a second one in another
translator's words (`en2`) with a twin carrying one slip: the three forces with one of the
three left out, 应X邀请 with the roles swapped, a range's ends swapped, A比B多 turned, 停止
made "continued" beside a "laid off", a clause said twice, 三次会议 made "the second
session", 自愿 made "compulsory", 临时 made "permanent", 放缓 made "accelerated", 上午 made
"afternoon", 年底前 made "after the end of the year", 她 made "he" and 数十 made "hundreds".
The shared checks (each correct translation silent, each slip found once) run in
tests/test_lint_planted.py; here are the set's shape, the second wordings and each rule's
edges, on sentences written apart from the set."""

from __future__ import annotations

import pytest

from tests.conftest import REPO
from tests.lintsets import assert_only, assert_silent, planted

ROWS = planted(REPO / "tests/data/lint/planted20")


def test_the_set_has_every_kind_of_slip() -> None:
    assert {row["kind"] for row in ROWS} == {
        "forces", "invite", "range", "compare", "off", "twice", "session", "voluntary",
        "temporary", "slowdown", "daypart", "deadline", "pronoun", "magnitude"}
    assert len(ROWS) >= 60 and all(row["en"] != row["slipped"] for row in ROWS)
    assert all(row["en2"] and row["en2"] != row["en"] for row in ROWS)


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r["en2"][:40])
def test_a_second_translators_wording_is_silent(row, terms) -> None:
    assert_silent(terms, row["zh"], row["en2"])


@pytest.mark.parametrize("zh, en", [
    # the full list, or one whose items are all there in other words
    ("各国要共同打击“三股势力”。", "Countries should jointly combat the three forces of "
                           "terrorism, separatism and religious extremism."),
    # the host named in the invitation, whichever side of the sentence it stands on; no
    # invitation phrase at all
    ("应李华邀请，王明访问了该校。", "Wang Ming visited the school, invited by Li Hua."),
    ("应李华邀请，王明访问了该校。", "Li Hua invited Wang Ming to visit the school."),
    # a change said in its own order (从25降至15), a range said with "between"
    ("气温从25度降至15度。", "The temperature fell from 25 to 15 degrees."),
    ("气温在15至25度之间。", "Temperatures are between 15 and 25 degrees."),
    # a comparison said from the other side, in the other sense
    ("今年甲村的游客比乙村多。", "This year Village B received fewer tourists than "
                         "Village A."),
    # an "off" that is 停止's own ("switched off") still renders it
    ("工厂已停止运转。", "The plant's machines were switched off and have been kept that way."),
    # a parallel the source repeats too
    ("双方同意加强在贸易领域的务实合作，加强在投资领域的务实合作。",
     "The two sides agreed to strengthen practical cooperation in the field of trade and to "
     "strengthen practical cooperation in the field of investment."),
    # three meetings, not a third session (no 届 before them)
    ("双方举行了三次会议。", "The two sides held three meetings."),
    ("十四届全国人大三次会议审议了预算报告。", "The third session of the 14th National "
                                "People's Congress reviewed the budget report."),
    # the word's own rendering beside its opposite, or the opposite's own word in the source
    ("参加培训出于自愿，不是强制的。", "Taking part in the training is voluntary, not "
                            "compulsory."),
    ("该机构由临时机构改为常设机构。", "The body has been turned from a temporary into a "
                           "permanent one."),
    ("投资增速放缓，但消费有所回升。", "Investment growth slowed, but consumption picked up."),
    ("会议从上午一直开到下午。", "The meeting ran from the morning into the afternoon."),
    ("请在月底前提交。", "Please hand it in before the end of the month; nothing is accepted "
                 "after that."),
    ("她和丈夫一起出席了活动。", "She attended the event with her husband, who gave his "
                     "thanks to the hosts."),
    ("数十万人参加了活动。", "Hundreds of thousands of people took part in the event."),
    # 出发前往 is "set off for", no "before"
    ("代表团明天出发前往北京。", "The delegation sets off for Beijing tomorrow; talks begin "
                         "after it arrives."),
])
def test_correct_wordings_around_the_new_rules_are_silent(terms, zh: str, en: str) -> None:
    assert_silent(terms, zh, en)


@pytest.mark.parametrize("zh, en, code", [
    ("各国要共同打击“三股势力”。", "Countries should jointly combat the three forces of "
                           "separatism and extremism.", "term-missing"),
    ("应院长马晓光邀请，韩冬教授来院讲学。", "At the invitation of Professor Han Dong, Dean "
                             "Ma Xiaoguang came to give lectures at the college.",
     "name-mismatch"),
    ("明天气温将下降5至8摄氏度。", "Temperatures will drop by 8 to 5 degrees Celsius "
                          "tomorrow.", "number-mismatch"),
    ("甲队比乙队多得了3分。", "Team B scored 3 more points than Team A.", "name-mismatch"),
    ("该公司已停止招聘，但未辞退员工。", "The company has continued hiring but has not laid "
                             "off employees.", "reversal"),
    ("会议审议并通过了年度工作报告。", "The meeting reviewed and adopted the annual work "
                           "report, reviewed and adopted the annual work report.", "addition"),
    ("十四届全国人大二次会议审议了预算报告。", "The third session of the 14th National "
                                "People's Congress reviewed the budget report.",
     "number-mismatch"),
    ("报名采取自愿方式。", "Registration is compulsory.", "reversal"),
    ("这是一座临时桥梁。", "This is a permanent bridge.", "reversal"),
    ("经济增速放缓。", "Economic growth accelerated.", "reversal"),
    ("仪式将于明天下午举行。", "The ceremony will be held tomorrow morning.", "reversal"),
    ("请于本周末前回复。", "Please reply after the end of this week.", "reversal"),
    ("她是一名退休教师。", "He is a retired teacher.", "reversal"),
    ("数百名学生参加了比赛。", "Dozens of students took part in the competition.", "reversal"),
    # (held2, fixed after its measure) a "weak" that renders 不足, not 放缓; 开始前
    ("由于需求不足，投资增速放缓。", "Because demand is weak, investment growth has "
                           "accelerated.", "reversal"),
    ("请在会议开始前到场。", "Please arrive after the meeting starts.", "reversal"),
])
def test_slips_outside_the_set_are_found(terms, zh: str, en: str, code: str) -> None:
    assert_only(terms, zh, en, code)
