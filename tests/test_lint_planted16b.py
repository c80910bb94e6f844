"""Planted slips the sixteenth round's first set left (docs/lint.md, "Sixteenth round: the
slips planted16 left"): sentence pairs written for the test (tests/data/lint/planted16b), each
correct translation — for some, a second one in another translator's words (`en2`) — with a
twin carrying one slip: an approximation made exact (约 → "exactly"), a place's level changed
(河南省 → "Henan city"), a frequency's period changed (每年 → "once a month"), a part of the
year or month turned round (年初 → "the end of the year"), a span of time counted the wrong way
(三年前 → "three years later", 此后 → "before that"), a future made a bare past (将在……会见记者
→ "met the press"). The shared checks (each correct translation silent, each slip found once)
run in tests/test_lint_planted.py; here are the set's shape and each rule's edges."""

from __future__ import annotations

import pytest
from tifa.tm import align_names

from tests.conftest import REPO
from tests.lintsets import assert_only, assert_silent, planted, sentence_findings

ROWS = planted(REPO / "tests/data/lint/planted16b")


def test_the_set_has_every_kind_of_slip() -> None:
    assert {row["kind"] for row in ROWS} == {"approx", "level", "freq", "part", "ago", "will"}
    assert len(ROWS) >= 40 and all(row["en"] != row["slipped"] for row in ROWS)
    assert sum(bool(row["en2"]) for row in ROWS) >= 20


@pytest.mark.parametrize("row", [r for r in ROWS if r["en2"]], ids=lambda r: r["en2"][:40])
def test_a_second_translators_wording_is_silent(row, terms) -> None:
    assert_silent(terms, row["zh"], row["en2"])


@pytest.mark.parametrize("zh, en", [
    # 前 after a year's number is "before", 前三季度 a part of the year; 此后 said as "later"
    ("2025年前三季度，该市外贸增长6%，此后增速有所放缓。",
     "In the first three quarters of 2025 the city's foreign trade grew 6 percent; growth "
     "later slowed somewhat."),
    ("三年前他来到这个村，后来当选为村党支部书记。",
     "He came to the village three years ago and was later elected its Party branch secretary."),
    ("几天前，中方已就此作出回应。", "China responded to this a few days ago."),
    ("五年后再看，这一决定是正确的。", "Looking back five years on, the decision was right."),
    ("此后十年间，两国贸易额增长了两倍。",
     "In the decade that followed, trade between the two countries tripled."),
    # 约 inside 纽约, 公约, 约定 is no approximation; "exactly" beside its own "some"
    ("联合国大会3日在纽约举行会议。", "The UN General Assembly met in New York on the 3rd."),
    ("该公约约有190个缔约方。",
     "The convention has some 190 parties; exactly how many ratified it is disputed."),
    ("会议约定每两年举行一次。", "The meeting agreed to be held every two years."),
    # a place given at two levels, a level the source does not give, a name not spelt
    ("吉林省吉林市的化工企业正在转型。",
     "Chemical firms in Jilin City, Jilin Province, are changing their business."),
    ("山西省煤炭产量占全国四分之一。", "Shanxi Province produces a quarter of the country's coal."),
    ("上海市和浙江省的代表参加了会议。",
     "Delegates from Shanghai Municipality and Zhejiang Province attended."),
    ("论坛在河南郑州市举行。", "The forum was held in Zhengzhou City, Henan Province."),
    # frequencies said with both periods, or another period word of the source
    ("每月一次的例会今年改为每年四次。",
     "The monthly meeting has been changed this year to four meetings a year."),
    ("他每天工作12个小时，每周只休息一天。",
     "He works 12 hours a day and rests only one day a week."),
    ("苏州工业园区每年吸引外资超过50亿美元。",
     "Suzhou Industrial Park attracts over 5 billion US dollars of foreign investment a year."),
    ("该公司年初的计划是每月生产1万辆汽车。",
     "Early in the year the company planned to make 10,000 cars a month."),
    ("该县每年举办一次荔枝节，一年前的节日吸引了两万人。",
     "The county holds a lychee festival every year; the festival a year ago drew 20,000."),
    # a part of the year the English leaves out, or says both
    ("去年年底，一年一度的博览会在杭州市开幕。",
     "At the end of last year the annual fair opened in Hangzhou City."),
    ("从年初到年底，该港共接卸集装箱300万标箱。",
     "From the start of the year to the end of the year the port handled 3 million TEU."),
    # 年内, "within the year", said "by the end of the year" beside 年初 said otherwise
    ("年初以来，该项目进展顺利，年内将全面完工。",
     "Since January the project has gone well; it will be finished by the end of the year."),
    ("2026年初步核算数据显示，该省经济增长5%。",
     "Preliminary figures for 2026 show the province's economy grew 5 percent by the end of "
     "the year."),
    # 将 with a future said, or with "said" about it
    ("王毅将出席会议并发表讲话。",
     "Wang Yi is to attend the meeting and speak; he made a similar speech last year."),
    ("发言人说，王毅将在会后会见记者。",
     "Wang Yi will meet the press after the meeting, the spokesperson said in Beijing."),
])
def test_correct_sentences_around_the_new_rules_are_silent(zh, en, terms) -> None:
    assert_silent(terms, zh, en)


@pytest.mark.parametrize("zh, slipped, code, said", [
    ("会议约有500人参加。", "Exactly 500 people attended the meeting.", "reversal", "约"),
    ("湖北省的代表团抵达。", "The delegation of Hubei City arrived.", "name-mismatch", "湖北省"),
    ("每月举行一次联席会议。", "A joint meeting is held every week.", "number-mismatch", "每月"),
    ("工程预计年底完工。", "The works should be finished early this year.", "number-mismatch",
     "年底"),
    ("三个月前，双方在河内会晤。", "Three months later the two sides met in Hanoi.", "reversal",
     "三个月前"),
    ("两年后，这条铁路全线通车。", "Two years earlier the whole railway opened to traffic.",
     "reversal", "两年后"),
    ("总统将在议会发表演讲。", "The president gave a speech in parliament.", "reversal", "将"),
])
def test_each_slip_outside_the_set_is_found(zh, slipped, code, said, terms) -> None:
    assert_only(terms, zh, slipped, code)
    assert said in sentence_findings(terms, zh, slipped)[0].message


def test_a_run_reads_as_a_name_only_whole() -> None:
    assert align_names.reads_as("河南", "henan")
    assert not align_names.reads_as("郑州河南", "henan")  # `spells` would take it
    assert align_names.spells("郑州河南", "henan")
    assert not align_names.reads_as("河南", "hunan")
