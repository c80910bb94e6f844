"""Correct work by other hands in genres and house styles no set had before the fifteenth round
(tests/data/lint/genres5/README.md): a condolence message, a visa-exemption agreement, an
embassy's visa notice, a PBOC monetary policy statement, a CCDI expulsion notice, a COP
statement, a Belt and Road forum's list of deliverables, a think tank's report, each with a
second English in another house's style; and four documents held out (a Supreme People's Court
work report, an AI-governance initiative, an earthquake item, an obituary). Lint must give
exactly the documented findings on each, and each fix of the round is tested on its sentence
with the slip it must still catch: those checks run over every round's set in
tests/test_genres3.py, from PAIRS, LEFT, SILENT and SLIPPED here; below are this round's own
tests."""

from __future__ import annotations

from collections import Counter

from tifa.tm.lint import LintUnit, iter_findings
from tifa.tm.numbers import extract_en, extract_zh

from tests.conftest import REPO
from tests.lintsets import sentence_codes

DATA = REPO / "tests" / "data" / "lint" / "genres5"
# (Chinese, English): every translation of the set
PAIRS = [("condolence", "condolence"), ("condolence", "condolence.llm"), ("treaty", "treaty"),
         ("treaty", "treaty.ts"), ("visa", "visa"), ("visa", "visa.gb"), ("pboc", "pboc"),
         ("pboc", "pboc.bb"), ("ccdi", "ccdi"), ("ccdi", "ccdi.sc"), ("climate", "climate"),
         ("climate", "climate.ac"), ("bri", "bri"), ("bri", "bri.mt"),
         ("thinktank", "thinktank"), ("thinktank", "thinktank.cs"),
         ("court", "court"), ("ai", "ai.llm"), ("quake", "quake.ap"), ("obit", "obit"),
         ("court", "court.cd"), ("obit", "obit.wire")]
# Findings left on correct work (docs/lint.md, "Fifteenth round"): the fluent condolence
# message splits 他是中国人民的老朋友…。中方对此高度赞赏。 across its two sentences otherwise (a
# right 2-2 bead the aligner is not confident of) and says 对…逝世表示哀悼 as "a message of
# condolence" (哀悼 has no gloss "condolence"); the newspaper's CCDI story calls 《中国共产党纪律
# 处分条例》 "the Party's disciplinary regulations" and the machine-like list keeps 高质量共建
# “一带一路” as "the high-quality joint construction of …": titles and formulations a reviser
# would set right. Held out: the LLM-style initiative calls 人工智能能力建设普惠计划 by a name of
# its own (a true finding: the plan has an official English name) and says 智能向善 as
# "developed for good"; the AP-style story's lead is English of its own (an addition) and
# says 应急管理部会同财政部 as "the central government" (info). Two probes written after the
# held-out measure — the obituary as a wire writes it, with the age in its headline ("dies at
# 93"), and the court report as China Daily writes it, calling the court "Top court" in its
# headline — are silent since the sixteenth round: a headline may leave to its lead, the next
# paragraph, a figure or a name the lead gives (tests/test_genres6.py).
LEFT: dict[str, Counter] = {
    "condolence.llm.en.txt": Counter({("7", "alignment-doubtful"): 1,
                                      ("11", "partial-omission"): 1}),
    "ccdi.sc.en.txt": Counter({("11", "term-missing"): 1}),
    "bri.mt.en.txt": Counter({("15", "term-missing"): 1}),
    "ai.llm.en.txt": Counter({("1", "term-missing"): 1, ("5", "term-missing"): 1}),
    "quake.ap.en.txt": Counter({("3", "addition"): 1, ("7", "term-missing"): 1}),
}


# Each fix: a sentence of the set (or its like) that was a false finding, and its slipped twin.
SILENT = [
    # days counted after a limit word, the Nth day, a figure restated in brackets
    ("单次停留不超过30日，每180日累计停留不超过90日。",
     "Each stay may not exceed 30 days, and the total stay may not exceed 90 days in any "
     "period of 180 days."),
    ("本协定自缔约另一方收到该通知之日起第90日终止。",
     "This Agreement shall terminate on the 90th day from the date of receipt of the "
     "notification by the other Contracting Party."),
    ("缔约双方应当在本协定签署后30日内交换护照样本。",
     "Within thirty (30) days of the signature of this Agreement, the Parties shall exchange "
     "specimens of their passports."),
    # a treaty's date, an article's paragraph, a hard partner before a soft one
    ("本协定于2026年11月18日在北京签订。", "Done at Beijing this eighteenth day of November 2026."),
    ("第三条 一、上述人员应当遵守缔约另一方的法律法规。",
     "Article 3 1. The persons referred to above shall abide by the laws and regulations of "
     "the other Contracting Party."),
    ("第二条 本协定第一条所述人员应当办妥签证。",
     "ARTICLE 2 A national of one Party referred to in Article 1 shall obtain a visa."),
    # a lettered item, ranges of percent
    ("第二，东南亚部分经济体承接了产业转移。",
     "(b) Some South-East Asian economies have taken on relocated production."),
    ("全经济范围温室气体净排放量比峰值下降7%至10%。",
     "Economy-wide net greenhouse gas emissions will fall by 7 to 10 percent from their peak."),
    ("供应链重构可能使低收入国家的出口增速每年放缓0.3至0.7个百分点。",
     "Restructuring may slow the export growth of low-income countries by between 0.3 and 0.7 "
     "percentage points a year."),
    # 截至今年 is this year; a dateline's year; a congress's year
    ("截至今年10月底，风电和太阳能发电总装机容量达到16.3亿千瓦。",
     "As of end-October 2026, installed wind and solar capacity stood at 1.63 billion "
     "kilowatts."),
    ("新华社北京12月2日电 国家主席习近平致电赞比亚总统希奇莱马。",
     "Beijing, December 2, 2026 (Xinhua) — President Xi Jinping sent a message to Zambian "
     "President Hakainde Hichilema."),
    ("他在党的十八大后仍不收敛、不收手。",
     "He failed to rein himself in even after the Party's 18th national congress in 2012."),
    # an age bound beside another, a clock time after noon, a response level
    ("年龄在14周岁以下或者70周岁以上的申请人可免采指纹。",
     "Applicants under the age of 14 or over the age of 70 are exempted from fingerprinting."),
    ("截至25日18时，地震已造成11人遇难。",
     "As of 6 p.m. on the 25th, the quake had killed 11 people."),
    ("应急管理部启动国家地震灾害应急三级响应。",
     "The Ministry of Emergency Management launched a level-3 national emergency response."),
    ("四川省启动地震灾害四级应急响应。", "Sichuan launched a Level IV emergency response."),
    # the convention said by its COP, CO2 for carbon, armed police, "govern AI"
    ("中国代表团出席《联合国气候变化框架公约》第三十一次缔约方大会。",
     "The Chinese delegation attended COP31."),
    ("中国将力争2030年前实现碳达峰。", "China will strive to peak CO2 emissions before 2030."),
    ("四川省调集消防救援、武警、医疗等救援力量开展搜救。",
     "Sichuan mobilized firefighters, armed police and medical workers for the search."),
    ("支持在联合国框架下讨论成立国际人工智能治理机构。",
     "We support discussions within the UN framework on establishing an international "
     "institution to govern AI."),
    # a probe after the held-out measure: a basis year
    ("2026年审结相关案件4.1万件，同比下降11.5%。",
     "In 2026, 41,000 such cases were concluded, 11.5 percent fewer than in 2025."),
    # house styles' forms of figures: the Financial Times's "Rmb50bn" and "19.8pc", an ISO date
    ("国家开发银行设立500亿元人民币融资窗口。",
     "China Development Bank will set up a Rmb50bn financing window."),
    ("非化石能源消费比重提高到19.8%。", "The share of non-fossil energy rose to 19.8pc."),
    ("会议于2026年12月24日在北京召开。", "Meeting held in Beijing on 2026-12-24."),
    # a British clock, half a percentage point, "46.5m cases"
    ("周明远同志于2026年11月20日21时12分在北京逝世。",
     "Zhou Mingyuan died in Beijing at 9.12pm on 20 November 2026."),
    ("先后两次下调存款准备金率共0.5个百分点。",
     "The reserve requirement ratio was cut twice, by half a percentage point in all."),
    ("地方各级人民法院受理案件4651.8万件。", "Local courts accepted 46.5m cases."),
]
SLIPPED = [
    ("单次停留不超过30日，每180日累计停留不超过90日。",
     "Each stay may not exceed 30 days, and the total stay may not exceed 60 days in any "
     "period of 180 days.", "number-mismatch"),
    ("本协定自缔约另一方收到该通知之日起第90日终止。",
     "This Agreement shall terminate on the 60th day from the date of receipt of the "
     "notification by the other Contracting Party.", "number-mismatch"),
    ("缔约双方应当在本协定签署后30日内交换护照样本。",
     "Within thirty (20) days of the signature of this Agreement, the Parties shall exchange "
     "specimens of their passports.", "number-mismatch"),
    ("本协定于2026年11月18日在北京签订。", "Done at Beijing this nineteenth day of November 2026.",
     "number-mismatch"),
    ("第三条 一、上述人员应当遵守缔约另一方的法律法规。",
     "Article 4 1. The persons referred to above shall abide by the laws and regulations of "
     "the other Contracting Party.", "number-mismatch"),
    ("第二条 本协定第一条所述人员应当办妥签证。",
     "ARTICLE 2 A national of one Party referred to in Article 3 shall obtain a visa.",
     "number-mismatch"),
    ("第二，东南亚部分经济体承接了产业转移。",
     "(c) Some South-East Asian economies have taken on relocated production.",
     "number-mismatch"),
    ("全经济范围温室气体净排放量比峰值下降7%至10%。",
     "Economy-wide net greenhouse gas emissions will fall by 6 to 10 percent from their peak.",
     "number-mismatch"),
    ("供应链重构可能使低收入国家的出口增速每年放缓0.3至0.7个百分点。",
     "Restructuring may slow the export growth of low-income countries by between 0.2 and 0.7 "
     "percentage points a year.", "number-mismatch"),
    ("截至今年10月底，风电和太阳能发电总装机容量达到16.3亿千瓦。",
     "As of end-September 2026, installed wind and solar capacity stood at 1.63 billion "
     "kilowatts.", "number-mismatch"),
    ("新华社北京12月2日电 国家主席习近平致电赞比亚总统希奇莱马。",
     "Beijing, December 2, 2026 (Xinhua) — President Xi Jinping sent 2 messages to Zambian "
     "President Hakainde Hichilema.", "number-mismatch"),
    ("他在党的十八大后仍不收敛、不收手。",
     "He failed to rein himself in even after the Party's 18th national congress in 2013.",
     "number-mismatch"),
    ("年龄在14周岁以下或者70周岁以上的申请人可免采指纹。",
     "Applicants aged 14 or over, or over the age of 70, are exempted from fingerprinting.",
     "number-mismatch"),
    ("截至25日18时，地震已造成11人遇难。",
     "As of 8 p.m. on the 25th, the quake had killed 11 people.", "number-mismatch"),
    ("应急管理部启动国家地震灾害应急三级响应。",
     "The Ministry of Emergency Management launched a level-2 national emergency response.",
     "number-mismatch"),
    ("四川省启动地震灾害四级应急响应。", "Sichuan launched a Level III emergency response.",
     "number-mismatch"),
    ("中国代表团出席《联合国气候变化框架公约》第三十一次缔约方大会。",
     "The Chinese delegation attended the 31st conference.", "term-missing"),
    ("中国将力争2030年前实现碳达峰。", "China will strive to cap CO2 emissions before 2030.",
     "term-missing"),
    ("四川省调集消防救援、武警、医疗等救援力量开展搜救。",
     "Sichuan mobilized firefighters, soldiers and medical workers for the search.",
     "term-missing"),
    ("支持在联合国框架下讨论成立国际人工智能治理机构。",
     "We support discussions within the UN framework on establishing an international "
     "institution to promote AI.", "term-missing"),
    ("2026年审结相关案件4.1万件，同比下降11.5%。",
     "In 2026, 41,000 such cases were concluded, 11.5 percent fewer than in 2024.",
     "number-mismatch"),
    ("国家开发银行设立500亿元人民币融资窗口。",
     "China Development Bank will set up a Rmb5bn financing window.", "number-mismatch"),
    ("非化石能源消费比重提高到19.8%。", "The share of non-fossil energy rose to 18.9pc.",
     "number-mismatch"),
    ("会议于2026年12月24日在北京召开。", "Meeting held in Beijing on 2026-12-14.",
     "number-mismatch"),
    ("周明远同志于2026年11月20日21时12分在北京逝世。",
     "Zhou Mingyuan died in Beijing at 9.21pm on 20 November 2026.", "number-mismatch"),
    ("先后两次下调存款准备金率共0.5%。",
     "The reserve requirement ratio was cut twice, by half a percentage point in all.",
     "number-mismatch"),
    ("地方各级人民法院受理案件4651.8万件。", "Local courts accepted 45.6m cases.",
     "number-mismatch"),
]


def test_treaty_and_report_figures() -> None:
    assert [(q.kind, q.value, q.unit) for q in extract_zh("停留不超过30日")] == \
        [("number", 30.0, "d")]
    assert [(q.kind, q.value) for q in extract_zh("之日起第30日生效")] == [("ordinal", 30.0)]
    assert [(q.kind, q.value) for q in extract_zh("截至25日18时")] == \
        [("day", (None, 25)), ("number", 18.0)]
    assert [q.value for q in extract_en("thirty (30) days")] == [30.0]
    assert [q.value for q in extract_en("thirty (31) days")] == [30.0, 31.0]
    assert [(q.kind, q.value) for q in extract_en("this first day of May 2027")] == \
        [("date", (5, 1)), ("year", 2027.0)]
    assert [(q.kind, q.unit) for q in extract_en("by 7–10% a year")] == \
        [("percent", "%"), ("percent", "%")]
    # no range without "between"; the percent said once is both figures' (twentieth round)
    assert [(q.kind, q.value) for q in extract_en("rose 5 and 10 percent respectively")] == \
        [("percent", 5.0), ("percent", 10.0)]
    assert [q.value for q in extract_en("at 12 p.m. and 6:30 pm")] == [12.0, 18.0, 30.0]
    assert [(q.kind, q.value) for q in extract_en("the 18th CPC National Congress in 2013")] \
        == [("ordinal", 18.0), ("year", 2013.0)]
    assert extract_en("Grade C") == []  # a letter grade, no Roman numeral


def _units(*rows: tuple[str, str, str]) -> list[LintUnit]:
    return [LintUnit(str(k), f"d:{k}", zh, en, doc="d", para=str(k), alignment=how)
            for k, (how, zh, en) in enumerate(rows, 1)]


def test_a_dateline_year_is_the_dates_own(terms) -> None:
    """新华社北京12月2日电 may be "Beijing, December 2, 2026": the year completes a date that
    is right; beside a wrong date it is reported with it, and a source's own year is compared."""
    zh = "新华社北京12月2日电 国家主席习近平致电赞比亚总统。"
    assert sentence_codes(terms, zh, "Beijing, December 2, 2026 (Xinhua) — President Xi "
                                     "Jinping sent a message to the Zambian president.") == []
    assert sentence_codes(terms, zh, "Beijing, December 3, 2026 (Xinhua) — President Xi "
                                     "Jinping sent a message to the Zambian president.") == \
        ["number-mismatch", "number-mismatch"]
    assert sentence_codes(terms, "2026年12月2日，习近平致电赞比亚总统。",
                          "On December 2, 2025, Xi sent a message to the Zambian president."
                          ) == ["number-mismatch"]


QUAKE = "截至25日18时，地震已造成11人遇难、136人受伤。"


def test_figures_a_wire_lead_moved_up(terms) -> None:
    """A wire's lead (English of its own, an `addition`) may give the figures of the paragraphs
    after it; a figure it does not give is still lost from them."""
    body = ("", QUAKE, "Nine of the injured were in serious condition, the department said "
                       "as of 6 p.m.")
    lead = ("addition", "", "A magnitude 6.1 earthquake struck Sichuan, killing 11 people and "
                            "injuring 136.")
    codes = [(f.unit_id, f.code) for f in iter_findings(_units(lead, body), terms)]
    assert codes == [("1", "addition")]
    slipped = ("addition", "", "A magnitude 6.1 earthquake struck Sichuan, killing 12 people "
                               "and injuring 136.")
    codes = [(f.unit_id, f.code) for f in iter_findings(_units(slipped, body), terms)]
    assert codes == [("1", "addition"), ("2", "number-mismatch")]
    # nor do a lead's figures reach beyond the units right after it
    far = [lead] + [("", "会议听取了汇报。", "The meeting heard a report.")] * 3 + [body]
    codes = [(f.unit_id, f.code) for f in iter_findings(_units(*far), terms)]
    assert codes.count(("5", "number-mismatch")) == 2


def test_a_basis_year_is_the_year_before_one_said(terms) -> None:
    """同比 "than in 2025" where the document's source said 2026 (in this unit or before); a
    basis year no earlier year of the source makes the year before is still reported."""
    year = ("", "2026年，最高人民法院受理案件2.3万件。",
            "In 2026, the Supreme People's Court accepted 23,000 cases.")
    fraud = "审结电信网络诈骗案件4.1万件，同比下降11.5%。"
    right = ("", fraud, "It concluded 41,000 telecom and online fraud cases, 11.5 percent fewer "
             "than in 2025.")
    codes = [(f.unit_id, f.code) for f in iter_findings(_units(year, right), terms)]
    assert codes == []
    wrong = ("", fraud, "It concluded 41,000 telecom and online fraud cases, 11.5 percent fewer "
             "than in 2024.")
    codes = [(f.unit_id, f.code) for f in iter_findings(_units(year, wrong), terms)]
    assert codes == [("2", "number-mismatch")]
    codes = [(f.unit_id, f.code) for f in iter_findings(_units(right), terms)]
    assert codes == [("1", "number-mismatch")]
