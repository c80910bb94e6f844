"""Planted slips of kinds no earlier set had, or that lint did not find (docs/lint.md,
"Twenty-second round: slips no set had (planted22)"): sentence pairs written for the test
(tests/data/lint/planted22), each correct translation and a second one in another
translator's words (`en2`) with a twin carrying one slip: a first time made "another", an
adoption made a rejection, a part made the whole, the middle of a century made its end, a
margin that narrows made one that widens, a bound made exact, a ban lifted made one imposed,
a plan to build given as done (and back), China dropped from a pair of countries, and 未
before a verb of outcome lost. Every sentence is linted once, in one run (`_linted`), and
each test looks its rows up: the whole table is asserted at once, with every failing row
named."""

from __future__ import annotations

import pytest

from tests.conftest import REPO
from tests.lintsets import noisy_and_missed, planted, planted_errors, set_codes

ROWS = planted(REPO / "tests/data/lint/planted22")

# correct wordings around the new rules, written apart from the set: each must be silent
SILENT = [
    # a first time said as "maiden" beside "another" of another thing
    ("首次航班于上午起飞，另一航班下午出发。", "The maiden flight took off in the morning; "
                                "another left in the afternoon."),
    # 通过 of a means, not a vote; an adoption beside a rejection the source makes too
    ("双方通过外交途径解决分歧。", "The two sides settled their differences through diplomatic "
                         "channels, and neither side rejected the outcome."),
    ("大会一致通过决议，否决了修正案。", "The assembly unanimously adopted the resolution and "
                             "rejected the amendment."),
    # a part beside the whole the source gives too
    ("部分恢复的航线将于下月全面恢复。", "Routes that have partly resumed will fully resume next "
                             "month."),
    # the middle and the end of a century both in the source; a century's end as its decade
    ("从本世纪中叶到本世纪末，人口将持续减少。", "From the middle to the end of this century the "
                                 "population will keep falling."),
    ("上世纪末，该厂年产量突破百万吨。", "By the late 1990s the plant was producing over a "
                             "million tonnes a year."),
    ("该寺庙建于十九世纪末。", "The temple dates from the late 1800s."),
    ("该寺庙建于十九世纪末。", "The temple was built in the late nineteenth century."),
    # a margin that widens beside one that narrows
    ("进口增幅扩大，出口增幅收窄。", "Import growth widened while export growth narrowed."),
    # a bound beside an exact figure the source gives; a bare hundred after 不足
    ("超过200人参加，其中恰好100人是学生。", "More than 200 people took part, exactly 100 of "
                                 "them students."),
    ("不足百名代表出席了开幕式。", "Under 100 delegates attended the opening ceremony."),
    # a ban lifted beside restrictions imposed, both in the source
    ("当局解除了旧的禁令，又实施了新的限制。", "The authorities lifted the old ban and imposed new "
                                "restrictions."),
    # measures taken that are removals (genres10's food recall: 采取 is no imposing)
    ("市场监管部门采取下架召回等措施控制风险。", "Regulators are controlling the risk through "
                                 "measures such as removal from shelves and recalls."),
    # a plan said with "are to"; a past after "and" beside its "has been"; 未来 no negator
    ("两国将建立联合工作组。", "The two countries are to set up a joint working group."),
    ("大桥已建成通车。", "The bridge has been completed and opened to traffic."),
    # 将 as 把 before 联合国, 共同体: no plan ("wrote the idea into", a past)
    ("大会将人类命运共同体理念写入决议。", "The assembly wrote the idea of a community with a "
                               "shared future for mankind into its resolution."),
    ("他将联合国宪章译成了斯瓦希里语。", "He translated the UN Charter into Swahili."),
    ("未来五年，该市将新建三所医院。", "Over the next five years the city will build three new "
                            "hospitals."),
    # the pair counted, named by its capital, or China said as "we"; "Viet Nam" beside China
    ("中俄两国外长举行会谈。", "The two foreign ministers held talks after Russia's minister "
                       "arrived."),
    ("中俄双方同意加强合作。", "Beijing and Moscow agreed to step up cooperation."),
    ("我国同越南签署了协议。", "We signed an agreement with Viet Nam."),
    ("中国同越南发表联合声明。", "Viet Nam and China issued a joint statement."),
    # 中 of 其中 before a country; a border of the pair, said from China's side
    ("多国代表出席，其中俄罗斯代表团人数最多。", "Many countries sent representatives; Russia's "
                                 "delegation was the largest."),
    ("黑河市位于中俄边境。", "Heihe lies on the border with Russia."),
    ("中非共和国总统将访华。", "The President of the Central African Republic will visit "
                       "China."),
]

# slips outside the set, each found once by its check
FOUND = [
    ("该国首次举办冬季运动会。", "The country hosted another winter games.", "reversal"),
    ("该议案获得议会通过。", "The motion was voted down by parliament.", "reversal"),
    ("安理会否决了该决议草案。", "The Security Council adopted the draft resolution.",
     "reversal"),
    ("港口作业已部分恢复。", "Port operations have completely resumed.", "reversal"),
    ("这座桥建于二十世纪中叶。", "The bridge was built at the end of the twentieth century.",
     "reversal"),
    ("贸易逆差收窄。", "The trade deficit widened.", "reversal"),
    ("逾三千名观众观看了比赛。", "Exactly 3,000 spectators watched the match.", "reversal"),
    ("该国解除了对进口牛肉的禁令。", "The country imposed a ban on beef imports.", "reversal"),
    ("该国对这家公司实施了制裁。", "The country lifted sanctions on the company.", "reversal"),
    ("两市将共同建设一座体育馆。", "The two cities have jointly built a stadium.", "reversal"),
    ("中韩两国外长通了电话。", "The South Korean foreign minister made a phone call.",
     "name-mismatch"),
    ("事故未造成环境污染。", "The accident caused environmental pollution.", "negation"),
    # (a century's end is its last decade, or the century: never another century's)
    ("该寺庙建于十九世纪末。", "The temple was built in the late 1790s.", "number-mismatch"),
]


@pytest.fixture(scope="module")
def linted(terms) -> dict[tuple[str, str], list[str]]:
    """The codes of every sentence pair of the module (the set's three English columns, the
    tables above), each its own one-unit document, from one lint run."""
    return set_codes(terms, ROWS, SILENT, FOUND)


def test_the_set_has_every_kind_of_slip() -> None:
    assert {row["kind"] for row in ROWS} == {
        "another", "vote", "partly", "century", "margin", "exactly", "lift", "tense", "pair",
        "neg"}
    assert len(ROWS) >= 50 and all(row["en"] != row["slipped"] for row in ROWS)
    assert all(row["en2"] and row["en2"] not in (row["en"], row["slipped"]) for row in ROWS)


def test_correct_and_second_wordings_are_silent_and_each_slip_found_once(linted) -> None:
    wrong = planted_errors(ROWS, linted, LEFT)
    assert not wrong, "\n".join(wrong)


# held2's miss, measured once (docs/lint.md): France had no one-character form in lint's
# table of pairs (法 is in 法律, 方法, 依法 …); the lead's merge reads 中法, 中德 and 中英 right
# after 中 and before a word of a pair's relations only, and the slip is found now
LEFT: frozenset = frozenset()


def test_correct_wordings_around_the_new_rules_are_silent(linted) -> None:
    noisy = noisy_and_missed(linted, SILENT, FOUND)[0]
    assert not noisy, "\n".join(noisy)


def test_slips_outside_the_set_are_found(linted) -> None:
    missed = noisy_and_missed(linted, SILENT, FOUND)[1]
    assert not missed, "\n".join(missed)
