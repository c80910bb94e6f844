"""Correct work by other hands in genres and house styles no set had before the twenty-third
round (tests/data/lint/genres13/README.md): a sports federation's anti-doping decision, a
customs office's seizures of infringing goods, a railway's anniversary figures on a Kenyan line,
a company's ESG report, a water-price hearing notice, the game-licence approvals, the civil
aviation monthly figures, a court's notice opening a reorganisation, a financial regulator's
penalty disclosure and two metro lines opening, each in a hand new to the sets (a sports site,
a brand-protection newsletter, a Kenyan paper, a sustainability consultant, a city's English
portal, a games-industry site, an aviation blog, a restructuring newsletter, a compliance
digest, a radio script); and six documents held out (a hydropower plant on a Pakistani paper,
the national climate bulletin on a climate blog, a state visit's outcomes in a diplomatic
digest, the hog figures in a commodity analyst's note, a press conference as a transcript
service gives it, a geographical indication on a food blog).
Lint must give exactly the documented findings on each pair (each pair linted once), and each
fix of the round must still catch its slipped twin."""

from __future__ import annotations

from collections import Counter

import pytest
from tifa.tm.numbers import extract_en, extract_zh

from tests.conftest import REPO
from tests.lintsets import assert_left, fix_failures, pairs_of, slip_codes

DATA = REPO / "tests" / "data" / "lint" / "genres13"
DEV = {"doping": "site", "seizure": "ip", "sgr": "ke", "esg": "consult", "hearing": "portal",
       "games": "site", "aviation": "blog", "bankruptcy": "rx", "penalty": "compliance",
       "metro": "radio"}
HELD = {"hydro": "pk", "climate": "blog", "outcomes": "digest", "hog": "analyst",
        "presser": "transcript", "gi": "food"}
PAIRS = pairs_of(DEV, HELD)
# Findings left on correct work (docs/lint.md, "Twenty-third round"), each one a reviser would
# ask about: the Kenyan paper names the railway's passenger service (the Madaraka Express) where
# the source repeats 蒙内铁路; held out, the digest's headline ("Six deliverables from the
# state visit") leaves out 务实合作 of the list's title. (The games site's "its December batch"
# for 2026年12月份, a year a report of one year leaves understood, is silent since the
# twenty-fourth round: genres14, `_year_understood`.)
LEFT: dict[str, Counter] = {
    "sgr.ke.en.txt": Counter({("5", "term-missing"): 1}),
    "outcomes.digest.en.txt": Counter({("1", "term-missing"): 1}),
}
_FOUND: dict[str, Counter] = {}  # each pair's findings, linted once for the module


@pytest.mark.parametrize("doc,en", PAIRS)
def test_the_documented_findings(terms, doc: str, en: str) -> None:
    assert_left(_FOUND, DATA, PAIRS, terms, LEFT, en)


# Each fix: a sentence of the set (or its like) that was a false finding on main, and its twin
# with a real slip, still reported.
FIXES = [
    # a rule's decimal article number
    ("根据《反兴奋剂规则》第10.2条，决定禁赛。",
     "Under Article 10.2 of the Anti-Doping Rules, he is banned.",
     "Under Article 10.3 of the Anti-Doping Rules, he is banned.", "number-mismatch"),
    # a decision's item number before a lower-case item
    ("三、对江北省田径队处罚款5万元。", "3. the Jiangbei team is fined 50,000 yuan.",
     "3. the Jiangbei team is fined 60,000 yuan.", "number-mismatch"),
    # Kenyan shillings, and their dollars in brackets
    ("货运收入约130亿肯尼亚先令（约合1亿美元）。",
     "Freight earned about Sh13 billion (roughly $100 million).",
     "Freight earned about Sh31 billion (roughly $100 million).", "number-mismatch"),
    ("货运收入约130亿肯尼亚先令。", "Freight earned about 13 billion Kenyan shillings.",
     "Freight earned about 13 billion yuan.", "number-mismatch"),
    # Scope 1 and 2, kilotonnes of CO2 equivalent, a third party
    ("范围一和范围二温室气体排放总量为48.6万吨二氧化碳当量，并经第三方机构鉴证。",
     "Scope 1 and 2 GHG emissions: 486 ktCO2e, assured by a third party.",
     "Scope 1 and 2 GHG emissions: 468 ktCO2e, assured by a third party.", "number-mismatch"),
    ("范围一和范围二温室气体排放总量为48.6万吨二氧化碳当量。",
     "Scope 1 and 2 GHG emissions: 486 ktCO2e.",
     "Scope 1 and 3 GHG emissions: 486 ktCO2e.", "number-mismatch"),
    # a rate's base per 10,000 yuan
    ("单位营业收入排放强度为0.21吨二氧化碳当量/万元，下降11.2%。",
     "Emissions intensity: 0.21 tCO2e per RMB 10,000 of revenue (–11.2%).",
     "Emissions intensity: 0.21 tCO2e per RMB 1,000 of revenue (–11.2%).", "number-mismatch"),
    # the press's million glued to a count; points for percentage points
    ("旅客运输量6214.5万人次，其中国内航线5480.2万人次。",
     "Passengers: 62.1m, of which domestic 54.8m.",
     "Passengers: 62.1m, of which domestic 58.4m.", "number-mismatch"),
    ("客座率为83.4%，同比提高1.6个百分点。", "Load factor: 83.4%, up 1.6 pts YoY.",
     "Load factor: 83.4%, up 1.9 pts YoY.", "number-mismatch"),
    # a radio script's clock in words, the day's ordinal for a date
    ("首班车时间为6时，末班车时间为22时30分。",
     "Trains run from six in the morning until half past ten at night.",
     "Trains run from six in the morning until half past nine at night.", "number-mismatch"),
    ("4号线12月28日10时开通。", "Line 4 opens on Monday the 28th at ten in the morning.",
     "Line 4 opens on Monday the 27th at ten in the morning.", "number-mismatch"),
    # 3分30秒 as three and a half minutes; the items of 分别 named again
    ("两条线路首班车时间为6时，高峰时段行车间隔分别为3分30秒和4分钟。",
     "Trains on both lines run from six in the morning, every three and a half minutes on "
     "Line 4 and every four minutes on Line 6 at peak times.",
     "Trains on both lines run from six in the morning, every four and a half minutes on "
     "Line 4 and every four minutes on Line 6 at peak times.", "number-mismatch"),
    ("4号线全长32.4公里，高峰时段行车间隔为4分钟。",
     "Line 4 runs 32.4 kilometres; trains on Line 4 run every four minutes at peak times.",
     "Line 4 runs 32.4 kilometres; trains on Line 5 run every four minutes at peak times.",
     "number-mismatch"),
    # 8折 as the share off; 1小时 as "an hour"
    ("开通后首月，两条线路实行票价8折优惠。",
     "For the first month, fares on the two lines are 20 per cent off.",
     "For the first month, fares on the two lines are 30 per cent off.", "number-mismatch"),
    ("比地面公交节省时间1小时以上。", "It is more than an hour faster than by bus.",
     "It is more than two hours faster than by bus.", "number-mismatch"),
]


def test_each_fix_and_its_slipped_twin(terms) -> None:
    wrong = fix_failures(terms, FIXES)
    assert not wrong, "\n".join(wrong)


def test_a_measure_moved_into_the_lead(terms, tmp_path) -> None:
    """Held out, fixed after the measure: the Pakistani paper moves the plant's capacity
    (88.4万千瓦, the next sentence's) into its lead as "884-megawatt" (silent above); a capacity
    changed on its way is still reported, lost and added."""
    assert slip_codes(DATA, "hydro.pk.en.txt", "hydro", "884-megawatt", "848-megawatt", terms,
                      tmp_path)["number-mismatch"] == 2


def test_the_figures_read() -> None:
    assert [(q.kind, q.value, q.unit) for q in extract_zh(
        "第10.2条，范围一和范围二排放，第三方，130亿肯尼亚先令")] == \
        [("ordinal", 10.2, None), ("number", 1.0, None), ("number", 2.0, None),
         ("money", 1.3e10, "KES")]
    assert [(q.kind, q.value, q.unit) for q in extract_en(
        "Sh13 billion, KSh 2.4 million, 486 ktCO2e, 0.21 tCO2e, up 1.6 pts, a third party, "
        "half past ten at night, ten in the morning")] == \
        [("money", 1.3e10, "KES"), ("money", 2.4e6, "KES"), ("number", 486.0, "kt"),
         ("number", 0.21, "t"), ("percent", 1.6, "pp"), ("number", 30.0, None),
         ("number", 22.0, None), ("number", 10.0, None)]
