"""Correct work by other hands in genres and house styles no set had before the twentieth round
(tests/data/lint/genres10/README.md): a market regulator's food-safety notice, the 70-city
housing price release, the grain output bulletin, pandas leaving on a research loan, a package
insert, a land auction's results, a State Council executive meeting and an Antarctic
expedition, each with a second English in another hand (a Canadian government translator, an
Australian paper, a translator who converts mu and jin to hectares and tonnes, a British paper,
a US patient leaflet, a property newsletter, a wire, a hand that spells every number); and four
documents held out (a medical abstract, a school's letter to parents, an embassy's answers on a
raid, a film festival's awards).
Lint must give exactly the documented findings on each pair, and each fix of the round must
still catch its slipped twin."""

from __future__ import annotations

from collections import Counter

import pytest
from tifa.tm.numbers import bound_en, bound_zh, extract_en, extract_zh

from tests.conftest import REPO
from tests.lintsets import assert_documented, sentence_codes, slip_codes

DATA = REPO / "tests" / "data" / "lint" / "genres10"
DEV = ["foodcheck", "housing", "grain", "panda", "insert", "landsale", "exec", "polar"]
HELD = ["abstract", "schoolletter", "embassy", "awards"]
STYLES = {"foodcheck": "ca", "housing": "au", "grain": "si", "panda": "gb", "insert": "us",
          "landsale": "nl", "exec": "wire", "polar": "words", "abstract": "jr",
          "schoolletter": "llm", "embassy": "ph", "awards": "sub"}
PAIRS = [(doc, en) for doc in DEV + HELD for en in (doc, f"{doc}.{STYLES[doc]}")]
# Findings left on correct work (docs/lint.md, "Twentieth round"). The Australian paper writes
# its own headline ("China's home prices keep sliding but the pace slows": no year, no 70) and
# rebuilds the statistician's paragraph into a lead ("official data show") whose source the next
# paragraph names (since the twenty-third round a name moved so is no finding; since the
# twenty-fourth, its "in November" for 2026年11月份 there leaves a year understood, genres14's
# `_year_understood`, and only its 70 is left there). The British
# paper puts a headline and a lead of its own over the story, the lead pairing with the Chinese
# title, the headline left an addition. The US leaflet makes "Ask a doctor or pharmacist …" a
# sentence of its own that the aligner puts with the next bullet. The wire rebuilds the
# meeting's readout around its news (the headline and the lead say "cabinet", "Premier Li
# Qiang", "$207"), and leaves out 会议还研究了其他事项。. (Since the twenty-third round a name
# another unit's English gives in full is moved, not missing: the meeting's and the Premier's
# full names in the body settle three of them; since the twenty-seventh, its headline's "winter
# safety checks" is 安全生产 said by its head, the body giving "work safety" in full.)
LEFT: dict[str, Counter] = {
    "housing.au.en.txt": Counter({("1", "number-mismatch"): 2, ("3", "number-mismatch"): 1}),
    "panda.gb.en.txt": Counter({("1", "addition"): 1}),
    "insert.us.en.txt": Counter({("15", "partial-omission"): 1}),
    "exec.wire.en.txt": Counter({("3", "number-mismatch"): 1,
                                 ("3", "term-missing"): 1, ("5", "partial-omission"): 1,
                                 ("9", "omission"): 1}),
}


@pytest.mark.parametrize("doc,en", PAIRS)
def test_the_documented_findings(terms, doc: str, en: str) -> None:
    assert_documented(DATA, doc, en, terms, LEFT)


# Each fix: a sentence of the set (or its like) that was a false finding on main, and its twin
# with a real slip, still reported.
FIXES = [
    # a unit in Latin letters glued to the figure (0.32mg read as the figure 0)
    ("镉检出值为0.32mg/kg。", "Cadmium was found at 0.32 mg/kg.",
     "Cadmium was found at 0.23 mg/kg.", "number-mismatch"),
    # scientific notation
    ("菌落总数最高检出值为每毫升2.4×10⁴CFU。", "The highest total plate count was 24,000 CFU/mL.",
     "The highest total plate count was 42,000 CFU/mL.", "number-mismatch"),
    # grams and milligrams
    ("本品每片含对乙酰氨基酚0.5克。", "Each tablet contains 500 mg of acetaminophen.",
     "Each tablet contains 250 mg of acetaminophen.", "number-mismatch"),
    # 不得超过, a limit
    ("24小时内不得超过4次。", "Not more than 4 times in 24 hours.",
     "More than 4 times in 24 hours.", "number-mismatch"),
    # a prohibition makes "more than" a limit
    ("用于解热连续使用不超过3天。", "Do not use for fever for more than 3 days.",
     "Use for fever for more than 3 days.", "number-mismatch"),
    # a year read in pairs
    ("我国南极考察始于1984年。", "China first went to the Antarctic in nineteen eighty-four.",
     "China first went to the Antarctic in nineteen eighty-five.", "number-mismatch"),
    # a percent said once for two figures
    ("二线、三线城市同比分别下降5.6%和6.3%。",
     "Second- and third-tier cities recorded annual falls of 5.6 and 6.3 per cent.",
     "Second- and third-tier cities recorded annual falls of 5.8 and 6.3 per cent.",
     "number-mismatch"),
    # a converted figure with the source's own in brackets, after it and before it
    ("全国粮食播种面积17.92亿亩，比上年增加412万亩。",
     "The grain sown area was 119.47 million hectares (1.792 billion mu), up 274,700 hectares "
     "(4.12 million mu).",
     "The grain sown area was 119.47 million hectares (1.729 billion mu), up 274,700 hectares "
     "(4.12 million mu).", "number-mismatch"),
    ("全国粮食播种面积17.92亿亩，比上年增加412万亩。",
     "The grain sown area was 119.47 million hectares (1.792 billion mu), up 274,700 hectares "
     "(4.12 million mu).",
     "The grain sown area was 119.47 million hectares (1.792 billion mu), up 247,700 hectares "
     "(4.12 million mu).", "number-mismatch"),
    # a yield per mu as one per hectare (a conversion is compared within 5%, as main compares
    # every conversion: 5,694 for 5,964 passes)
    ("全国粮食单位面积产量397.6公斤/亩。",
     "The average grain yield was 5,964 kg per hectare (397.6 kg per mu).",
     "The average grain yield was 4,964 kg per hectare (397.6 kg per mu).", "number-mismatch"),
    # kilograms where the clause says per mu once
    ("每亩产量比上年增加3.1公斤。", "The yield rose by 46.5 kg per hectare.",
     "The yield rose by 64.5 kg per hectare.", "number-mismatch"),
    # a heading's label (its twin was silent on main too: 一、 read as a two-item list that
    # "2" counted, `_items`)
    ("一、不合格产品情况", "Part 1 – Non-compliant products", "Part 2 – Non-compliant products",
     "number-mismatch"),
    # a list number after a label in 【】 and in square brackets
    ("【注意事项】1. 用于解热连续使用不超过3天。",
     "[Precautions] 1. Do not use for fever for more than 3 days.",
     "[Precautions] 1. Do not use for fever for more than 4 days.", "number-mismatch"),
    ("【注意事项】1. 用于解热连续使用不超过3天。",
     "WARNINGS: • Do not use for fever for more than 3 days.",
     "WARNINGS: • Do not use for fever for more than 1 days.", "number-mismatch"),
    # held out: a percent run into letters (95%CI)
    ("年龄每增加10岁，患病风险增加1.62倍（95%CI：1.48～1.77）。",
     "Each 10-year increase in age raised the risk 1.62-fold (95% CI: 1.48-1.77).",
     "Each 10-year increase in age raised the risk 1.62-fold (90% CI: 1.48-1.77).",
     "number-mismatch"),
    # held out: 下午 before a range of clock times, "between … and … p.m."
    ("学生须于2月21日下午2:00至4:00到校报到。",
     "Students must report to school between 2:00 and 4:00 p.m. on February 21.",
     "Students must report to school between 2:00 and 5:00 p.m. on February 21.",
     "number-mismatch"),
]


@pytest.mark.parametrize("zh,right,slipped,code", FIXES)
def test_each_fix_and_its_slipped_twin(terms, zh: str, right: str, slipped: str,
                                       code: str) -> None:
    assert sentence_codes(terms, zh, right) == []
    assert code in sentence_codes(terms, zh, slipped)


def test_a_closing_formula_left_out(terms, tmp_path) -> None:
    """特此通告。 with no English is no omission (the Canadian hand is silent above); a
    paragraph of substance left out is."""
    dropped = ("The SAMR has directed the provincial market regulation authorities concerned to "
               "follow up on the non-compliant foods without delay, trace their distribution, "
               "control the risk through measures such as removal from store shelves and "
               "recalls, and make the outcomes public within 30 days.\n\n")
    assert slip_codes(DATA, "foodcheck.ca.en.txt", "foodcheck", dropped, "", terms,
                      tmp_path)["omission"] == 1


def test_a_count_moved_to_the_next_sentence(terms, tmp_path) -> None:
    """3宗 said as "Three state-owned land parcels were offered.", a sentence the aligner puts
    with the next paragraph (silent above); "Four" is still a finding."""
    assert slip_codes(DATA, "landsale.nl.en.txt", "landsale", "Three state-owned",
                      "Four state-owned", terms, tmp_path)["number-mismatch"] >= 1


def test_a_document_number_run_into_the_lead(terms, tmp_path) -> None:
    """临自然资告字〔2026〕38号 as "(notice 2026/38)" inside the lead, its year the dates' too
    (silent above); another number is reported, and so is the number left out."""
    assert slip_codes(DATA, "landsale.nl.en.txt", "landsale", "(notice 2026/38)",
                      "(notice 2025/38)", terms, tmp_path)["number-mismatch"] >= 1
    assert slip_codes(DATA, "landsale.nl.en.txt", "landsale", " (notice 2026/38)", "",
                      terms, tmp_path)["omission"] == 1


def test_a_decade_moved_into_the_lead(terms, tmp_path) -> None:
    """为期10年 said in the British paper's lead ("the next decade"), not in its paragraph
    (silent but for the headline above); "two decades" is reported."""
    assert slip_codes(DATA, "panda.gb.en.txt", "panda", "the next decade",
                      "the next two decades", terms, tmp_path)["number-mismatch"] >= 1


def test_a_pair_of_figures_moved_by_the_lead(terms, tmp_path) -> None:
    """The Philippine paper's lead gives the 112 Chinese (the next paragraph's) and a later
    paragraph the 186 foreigners (the first's): silent above; 113 is reported."""
    assert slip_codes(DATA, "embassy.ph.en.txt", "embassy", "the case of 112 Chinese",
                      "the case of 113 Chinese", terms, tmp_path)["number-mismatch"] >= 1


def test_a_chatbots_heading(terms, tmp_path) -> None:
    """"## Contact" over the duty line is form (silent above); the same word on a line of
    its own, no markdown heading, is still an addition."""
    assert slip_codes(DATA, "schoolletter.llm.en.txt", "schoolletter", "## Contact",
                      "Contact", terms, tmp_path)["addition"] == 1


def test_the_figures_read() -> None:
    assert [(q.value, q.unit) for q in extract_zh("0.32mg/kg，0.5克，100m，5G")] == \
        [(0.32, "mg"), (0.5, "g"), (100.0, "m")]
    assert [q.value for q in extract_zh("每毫升2.4×10⁴CFU")] == [24000.0]
    assert [q.value for q in extract_en("2.4×10⁴ CFU, 3 x 10^5 cells, a 2 x 4 room")] == \
        [24000.0, 300000.0, 2.0, 4.0]
    assert [(q.value, q.unit) for q in extract_en("500 mg, 0.5 g, 5,964 kg per hectare")] == \
        [(500.0, "mg"), (0.5, "g"), (5964.0, "kg/ha")]
    assert [q.value for q in extract_en("nineteen eighty-four, twenty twenty-six, "
                                        "one hundred and sixty, twenty-one")] == \
        [1984.0, 2026.0, 160.0, 21.0]
    assert [(q.kind, q.value) for q in extract_en("5.6 and 6.3 per cent, in 2025 and 6%")] == \
        [("percent", 5.6), ("percent", 6.3), ("year", 2025.0), ("percent", 6.0)]
    assert [(q.kind, q.value) for q in extract_zh("（95%CI：1.48～1.77）")][0] == ("percent", 95.0)
    assert [q.value for q in extract_zh("下午2:00至4:00，晚上8:00，上午9:00至11:00")] == \
        [14.0, 16.0, 20.0, 9.0, 11.0]
    assert [q.value for q in extract_en("between 2:00 and 4:00 p.m.; at 9:00 and 4:00 p.m.")] \
        == [14.0, 16.0, 9.0, 16.0]
    zh = "24小时内不得超过4次，不超过3天，超过5天"
    assert [bound_zh(zh, q) for q in extract_zh(zh)] == [0, -1, -1, 1]
    en = "Do not use for more than 3 days or for pain for more than 5 days. Use it for more " \
         "than 3 days."
    assert [bound_en(en, q) for q in extract_en(en)] == [-1, -1, 1]
