"""Planted slips of kinds no earlier set had, or that lint did not find (docs/lint.md,
"Twenty-first round: slips no set had (planted21)"): sentence pairs written for the test
(tests/data/lint/planted21), each correct translation and a second one in another
translator's words (`en2`) with a twin carrying one slip: 应X邀请 turned round with a foreign
guest, 会见 with host and guest swapped, a sentence added, a conversion with two digits
swapped, a weekday that is not the date's, a temperature below zero given above it, quarters
said as months, a floor made a ceiling, entry made exit, town made country, and a start
(自……起) made an end. Every sentence is linted once, in one run (`_linted`), and each test
looks its rows up: the whole table is asserted at once, with every failing row named."""

from __future__ import annotations

import pytest

from tests.conftest import REPO
from tests.lintsets import noisy_and_missed, planted, planted_errors, set_codes

ROWS = planted(REPO / "tests/data/lint/planted21")

# correct wordings around the new rules, written apart from the set: each must be silent
SILENT = [
    # a floor beside a ceiling the source says too; 最多的 is "the most", no bound
    ("每次培训至少三天，最多五天。", "Each training course lasts at least three days and at most "
                             "five."),
    ("得票最多的候选人当选。", "The candidate with the most votes is elected; at least half of "
                       "the members must vote."),
    # entries and exits together; an entry's own word beside a "leaving" of another act
    ("今年出入境人员达1.2亿人次。", "This year 120 million entries and exits were made."),
    ("入境旅客须在离境前申报。", "Inbound travellers must declare before leaving."),
    # town and country both in the source
    ("城乡居民收入差距进一步缩小。", "The income gap between urban and rural residents narrowed "
                          "further."),
    ("该市推进农村城镇化。", "The city is urbanising its rural areas, turning villages into "
                    "towns."),
    # a start and an end the source both gives
    ("活动自1月1日起至3月31日止。", "The campaign runs from January 1 until March 31."),
    # the date's own weekday, day before month
    ("会议将于2026年12月3日举行。", "The meeting will be held on Thursday, 3 December 2026."),
    # a range below zero whose end carries its start's sign; a fall by degrees; a low above zero
    ("明天最低气温零下5至10摄氏度。", "Tomorrow's lows will be minus 5 to minus 10 degrees "
                             "Celsius."),
    ("受冷空气影响，气温将下降8摄氏度。", "Because of cold air, temperatures will fall by 8 "
                             "degrees Celsius."),
    ("明天最低气温3摄氏度。", "Tomorrow's low will be 3 degrees Celsius."),
    # quarters and months each said as the source says them, or as the months they count
    ("前三季度，我国授权发明专利71.6万件。", "China granted 716,000 invention patents in the first "
                                "nine months of the year."),
    ("一季度出口增长6%。", "Exports grew 6 percent in the first three months."),
    ("一季度GDP增长5%，前两个月出口增长3%。",
     "GDP grew 5 percent in the first quarter, and exports rose 3 percent in the first two "
     "months."),
    # the host in apposition after the phrase; a passive; the host as subject
    ("应王立平邀请，席尔瓦访问了中国。", "At the invitation of his counterpart, Wang Liping, Silva "
                             "visited China."),
    ("王立平会见了席尔瓦。", "Silva was received by Wang Liping."),
    ("王立平会见了席尔瓦。", "Wang Liping met Silva."),
    # a sentence cut in two, each half saying the source's
    ("双方就双边关系交换了意见，并签署了旅游合作备忘录。",
     "The two sides exchanged views on bilateral relations. They also signed a memorandum on "
     "tourism cooperation."),
    # a conversion rounded, not transposed
    ("该村水稻亩产400公斤。", "Rice yields in the village were about 6,000 kg per hectare."),
    ("该村水稻亩产397.6公斤。", "Rice yields in the village were 5,960 kg per hectare."),
]

# slips outside the set, each found once by its check
FOUND = [
    ("每次培训至少三天。", "Each training course lasts at most three days.", "number-mismatch"),
    ("本周至少有一半员工居家办公。", "At most half of the staff worked from home this week.",
     "number-mismatch"),  # (一半 a figure since genres11: its bound turned)
    ("每名队员至少要会一门外语。", "Each team member must speak at most one foreign language.",
     "reversal"),
    ("出境旅游人数大幅增长。", "The number of inbound tourists rose sharply.", "reversal"),
    ("农村人口继续减少。", "The urban population continued to fall.", "reversal"),
    ("本办法自发布之日起施行。", "These measures remain in force until the date of "
                      "publication.", "reversal"),
    ("会议将于2026年12月3日举行。", "The meeting will be held on Wednesday, 3 December 2026.",
     "number-mismatch"),
    ("明天最低气温零下3摄氏度。", "Tomorrow's low will be 3 degrees Celsius.", "number-mismatch"),
    ("前三季度利润增长7%。", "Profits rose 7 percent in the first three months.",
     "number-mismatch"),
    # (前三季度 is nine months, and "the first nine months" is silent)
    ("应国务委员王立平邀请，德国外长施密特访华。", "At the invitation of German Foreign Minister "
     "Schmidt, State Councilor Wang Liping visited China.", "name-mismatch"),
    ("省长陈建华会见了来访的赵明。", "Zhao Ming met Governor Chen Jianhua.", "name-mismatch"),
    ("双方签署了合作协议。", "The two sides signed a cooperation agreement. The ceremony was "
                   "broadcast live on television.", "addition"),
    ("该村水稻亩产397.6公斤。", "Rice yields in the village were 5,946 kg per hectare.",
     "number-mismatch"),
    # (held2, fixed after its measure) 万's gloss "great" is no rendering: 3万 is "30,000"
    ("全县共建成蔬菜大棚3万个。", "The county has built 30,000 vegetable greenhouses. Officials "
                         "spoke of a great achievement for the region.", "addition"),
]


@pytest.fixture(scope="module")
def linted(terms) -> dict[tuple[str, str], list[str]]:
    """The codes of every sentence pair of the module (the set's three English columns, the
    tables above), each its own one-unit document, from one lint run."""
    return set_codes(terms, ROWS, SILENT, FOUND)


def test_the_set_has_every_kind_of_slip() -> None:
    assert {row["kind"] for row in ROWS} == {
        "invite", "meet", "added", "convert", "weekday", "subzero", "quarters", "atmost",
        "border", "urban", "from"}
    assert len(ROWS) >= 50 and all(row["en"] != row["slipped"] for row in ROWS)
    assert all(row["en2"] and row["en2"] not in (row["en"], row["slipped"]) for row in ROWS)


def test_correct_and_second_wordings_are_silent_and_each_slip_found_once(linted) -> None:
    wrong = planted_errors(ROWS, linted)
    assert not wrong, "\n".join(wrong)


def test_correct_wordings_around_the_new_rules_are_silent(linted) -> None:
    noisy = noisy_and_missed(linted, SILENT, FOUND)[0]
    assert not noisy, "\n".join(noisy)


def test_slips_outside_the_set_are_found(linted) -> None:
    missed = noisy_and_missed(linted, SILENT, FOUND)[1]
    assert not missed, "\n".join(missed)
