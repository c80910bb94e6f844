"""Correct work by other hands in genres and house styles no set had before the twenty-sixth
round (tests/data/lint/genres16/README.md): a planned power cut, a drone ban for a half
marathon, the national drug procurement's results, the childcare subsidy, a pest forecast, a
count of wintering birds, used-car sales, toll-free holiday expressways, a seminar notice and
an airport's fog cancellations, each in a hand new to the sets (an expat compound's e-mail, a
drone forum post, a pharma consultancy brief, a parenting site, an extension bulletin, a
birdwatchers' report, a car trade magazine, a motoring club's alert, a department e-mail, an
airline's travel alert); and six documents held out (a games' volunteer call in an NGO
newsletter, CET registration on a test-prep blog, a national park's booking rules as a
leaflet, vegetable prices in a commodities newsletter, meal subsidies for older people in a
community newsletter, a border port's holiday forecast in a commuters' guide).
Lint must give exactly the documented findings on each pair (each pair linted once), and each
fix of the round must still catch its slipped twin."""

from __future__ import annotations

from collections import Counter

import pytest
from tifa.tm.numbers import extract_en, extract_zh

from tests.conftest import REPO
from tests.lintsets import assert_left, fix_failures, pairs_of, slip_codes

DATA = REPO / "tests" / "data" / "lint" / "genres16"
DEV = {"outage": "compound", "drone": "forum", "vbp": "pharma", "childcare": "parent",
       "pest": "ext", "birds": "birder", "usedcars": "dealer", "tollfree": "club",
       "lecture": "dept", "fog": "airline"}
HELD = {"volunteer": "ngo", "cet": "prep", "park": "ranger", "vegprices": "commod",
        "meals": "senior", "border": "commuter"}
PAIRS = pairs_of(DEV, HELD)
# Findings left on correct work (docs/lint.md, "Twenty-sixth round"), each a reviser's look at
# most: the extension bulletin puts the title ("PEST ALERT: fall armyworm") above the
# station's masthead, and the aligner leaves 草地贪夜蛾发生趋势预报 unpaired (the next
# paragraph, under its bare heading "The situation now", is checked since genres17); (the
# trade magazine's headline drops the association the Chinese one opens with and its lead adds
# a sentence of framing, which the aligner doubted until genres17 checked a headline and a lead
# doubted together as one unit); the department e-mail's subject line sums up
# the title and the topic, and its added salutation and lead-in take the title's place in the
# aligner's pairing.
# Held out (linted once, after the dev fixes; base: 4 findings, 2 of 6 clean; then 3, 3 clean):
# the NGO newsletter says 为做好赛会志愿服务工作 as "to help run them" (the glossary's
# "volunteer service", recommended, comes only with the certificate); (the blog's run-in
# heading "Who can sit.", a stop and no colon, left the aligner in doubt of its paragraph until
# genres17, which checks it as one unit); the commuters' guide says 春节 "Chinese New Year"
# in its headline and "Spring Festival" in the body (info).
LEFT: dict[str, Counter] = {
    "pest.ext.en.txt": Counter({("5", "omission"): 1}),
    "lecture.dept.en.txt": Counter({("1", "addition"): 1, ("3", "alignment-doubtful"): 1}),
    "volunteer.ngo.en.txt": Counter({("3", "term-missing"): 1}),
    "border.commuter.en.txt": Counter({("3", "term-inconsistent"): 1}),
}
_FOUND: dict[str, Counter] = {}  # each pair's findings, linted once for the module


@pytest.mark.parametrize("doc,en", PAIRS)
def test_the_documented_findings(terms, doc: str, en: str) -> None:
    assert_left(_FOUND, DATA, PAIRS, terms, LEFT, en)


# Each fix: a sentence of the set (or its like) that was a false finding on main, and its twin
# with a real slip, still reported.
FIXES = [
    # a line's voltage
    ("我公司将对10千伏翠湖线进行检修改造。",
     "The company will service and upgrade the 10 kV Cuihu line.",
     "The company will service and upgrade the 35 kV Cuihu line.", "number-mismatch"),
    # "around" before "the" and an event's year: where, not how many
    ("为确保2026鹤岭国际半程马拉松赛安全顺利举行，禁止放飞无人机。",
     "Drones are banned around the 2026 Heling International Half Marathon.",
     "Drones are banned around the 2025 Heling International Half Marathon.",
     "number-mismatch"),
    # two parts of a month run together
    ("预计5月中下旬至6月将进入发生高峰期。",
     "Infestation is expected to peak from mid-to-late May into June.",
     "Infestation is expected to peak from mid-May into June.", "number-mismatch"),
    # a pest count per hundred plants
    ("当百株虫量达到5头以上时，及时开展化学防治。",
     "Spray once you count 5 or more larvae per 100 plants.",
     "Spray once you count 5 or more larvae per 1,000 plants.", "number-mismatch"),
    # an item's number cut from its item; another number there is still a slip
    ("2.适期防治。", "2.", "3.", "number-mismatch"),
    # an alert's stamp of its last update
    ("截至当日11时，鹤岭机场已取消进出港航班86架次。",
     "Updated 11:00 local time. By 11:00, 86 arrivals and departures had been cancelled.",
     "Updated 11:00 local time. By 12:00, 86 arrivals and departures had been cancelled.",
     "number-mismatch"),
]


def test_each_fix_and_its_slipped_twin(terms) -> None:
    wrong = fix_failures(terms, FIXES)
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("data,doc,good,bad,code", [
    # a credit line; one that says news of its own is an addition
    ("genres16", "birds.birder", "(From a report by Lin Xiao in the local paper.)",
     "(From a report by Lin Xiao: 40 cranes have died on the lake.)", "addition"),
    # a paragraph whose two sentences the English crosses is checked as one unit
    ("genres16", "birds.birder", "more than 52,000 wintering", "more than 25,000 wintering",
     "number-mismatch"),
    # a paragraph said in more sentences (an FAQ's question over its answer) is checked as
    # one unit
    ("genres15", "dogs.faq", "Registration costs 100 yuan", "Registration costs 200 yuan",
     "number-mismatch"),
    # a clause carrying every figure of its sentence moved into the sentence before
    ("genres16", "tollfree.club", "24:00 on February 13", "24:00 on February 14",
     "number-mismatch"),
    # an e-mail's subject line sums up the message; a figure the message lacks is added
    ("genres15", "dividend.ir", "Subject: Your interim dividend of RMB 0.35 a share",
     "Subject: Your interim dividend of RMB 0.53 a share", "addition"),
])
def test_a_hand_s_form_and_its_slip(terms, tmp_path, data, doc, good, bad, code) -> None:
    name, hand = doc.split(".")
    where = REPO / "tests" / "data" / "lint" / data
    assert slip_codes(where, f"{doc}.en.txt", name, good, bad, terms, tmp_path)[code] >= 1


def test_the_figures_read() -> None:
    assert [(q.value, q.unit) for q in extract_en(
        "Updated 11:00 local time. The 10 kV line and a 110kV substation; 5 larvae per 100 "
        "plants; last updated 12:30.")] == [
        (10.0, "kV"), (110.0, "kV"), (5.0, None), (100.0, None), (12.0, None), (30.0, None)]
    assert [(q.value, q.unit) for q in extract_zh(
        "10千伏翠湖线；当百株虫量达到5头；种植五百株；3千多人。")] == [
        (10.0, "kV"), (100.0, None), (5.0, None), (500.0, None), (3000.0, None)]
