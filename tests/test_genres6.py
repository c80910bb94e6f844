"""Correct work by other hands in genres and house styles no set had before the sixteenth round
(tests/data/lint/genres6/README.md): a New Year address, county news, a culture festival, an
Asian Games medal table, a court verdict, a weather warning, a health bulletin, holiday
tourism figures, an NPC Standing Committee session and a car recall, each with a second English
in another house's style; and four documents held out (a phone call readout, a customs
release, a defence ministry briefing, an environmental inspection item). Lint must give exactly
the documented findings on each (run in tests/test_genres3.py, from PAIRS, LEFT, SILENT and
SLIPPED here); below are this round's own tests."""

from __future__ import annotations

from collections import Counter

from tifa.tm.numbers import extract_en

from tests.conftest import REPO
from tests.lintsets import draft_codes

DATA = REPO / "tests" / "data" / "lint" / "genres6"
DEV = ["newyear", "county", "festival", "games", "verdict", "warning", "health", "holiday",
       "npcsc", "recall"]
HELD = ["phonecall", "customs", "defence", "inspection"]
STYLES = {"newyear": "ip", "county": "nn", "festival": "sub", "games": "wire",
          "verdict": "wire", "warning": "llm", "health": "gb", "holiday": "wire",
          "npcsc": "llm", "recall": "nn", "phonecall": "wire", "customs": "ft",
          "defence": "gb", "inspection": "cd"}
# (Chinese, English): every translation of the set, the official one and the other house's
PAIRS = [(doc, en) for doc in DEV + HELD for en in (doc, f"{doc}.{STYLES[doc]}")]
# Findings left on correct work (docs/lint.md, "Sixteenth round"). The festival item says 非遗
# as "intangible heritage" in the festival's quoted theme and 非物质文化遗产 as "intangible
# cultural heritage" a paragraph later: the full form after its short one in running text, an
# info (as the thirteenth round's "9th CIIE" before "China International Import Expo"). The
# wire's medal story
# moves the silver and bronze counts from the lead to the second paragraph (the lead's bead is
# doubtful, so its figures go unchecked, and the second paragraph has 111 and 71 of its own),
# and its headline's "12th straight time" stands beside 第二十届 with the lead unchecked. The
# wire's verdict story moves 1.08亿 up into its lead, gives the date as "Dec 8 … on Tuesday"
# (the year left to the dateline) and folds 法院认为…数额特别巨大 into the next paragraph's
# "The amount was 'especially huge', the court said" (an omission the aligner cannot see as a
# merge). Held out: the FT's customs story calls 海关总署 "customs data" (as the fifteenth
# round's probe did, left); the British defence story folds the reporter's question and the
# answer into one paragraph ("Asked about …, he said …": a 2-1 merge across paragraphs, whose
# answer's figure was counted extra and the answer an omission until the twenty-first round's
# glossary entry 国防费 "defence spending" gave the aligner the anchor that finds the merge:
# silent since); China Daily's inspection story puts
# the findings first and the teams in a paragraph of their own after it (an addition, and the
# lead's 2026 and 党中央 counted lost; its 4个省, which the lead names one by one,
# "Hebei, Shanxi, Liaoning and Anhui", is a count of the list before it since the nineteenth
# round, and its 4个督察组 is the next paragraph's "four teams" since the twentieth, a soft count
# moved to the unit beside it).
LEFT: dict[str, Counter] = {
    "festival.en.txt": Counter({("7", "term-inconsistent"): 1}),
    "festival.sub.en.txt": Counter({("7", "term-inconsistent"): 1}),
    # (its headline's 第二十 "12th" and the lead's 71 bronzes, moved to the next paragraph,
    # are settled since the twenty-first round: a doubtful lead's figures both languages give
    # settle its headline, and a figure moved next door that its own unit leaves unsaid)
    "games.wire.en.txt": Counter({("3", "alignment-doubtful"): 1, ("5", "number-mismatch"): 1}),
    # (its lead's 1.08亿, moved up from the third paragraph, settles that one's lost figure
    # since the twenty-second round; the lead's own 2026, left to the dateline, is pinned by
    # the date and its weekday since the twenty-third)
    "verdict.wire.en.txt": Counter({("7", "omission"): 1}),
    "customs.ft.en.txt": Counter({("1", "term-missing"): 1}),
    # (the lead's 2026 and 党中央, which the teams' paragraph after it gives, are settled since
    # the twenty-third round: a figure and a name moved to a nearby unit)
    "inspection.cd.en.txt": Counter({("5", "addition"): 1}),
}


# Each fix: a sentence of the set (or its like) that was a false finding, and its slipped twin.
SILENT = [
    # a whole hour on the 24-hour clock; "8 a.m. on December 14 and 8 a.m." is no date range
    ("中央气象台12月14日06时发布寒潮橙色预警。",
     "The National Meteorological Center issued an orange alert for a cold wave at 06:00 on "
     "December 14."),
    ("预计14日08时至15日08时，辽宁东部有大到暴雪。",
     "Between 8 a.m. on December 14 and 8 a.m. on December 15, heavy snow is expected in "
     "eastern Liaoning."),
    # an age group
    ("60岁以上老年人应尽早接种流感疫苗。", "The over-60s should get flu vaccines as early as "
                                "possible."),
    # a series given as a range
    ("国家主席习近平签署第68号、69号、70号、71号主席令予以公布。",
     "President Xi Jinping signed Presidential Orders Nos. 68 to 71 to promulgate them."),
    # "over the 11 months", a business paper's back-reference to 前11个月
    ("前11个月，我国对东盟进出口6.86万亿元。",
     "Trade with ASEAN rose to Rmb6.86tn over the 11 months."),
    # 委员长 is the chairman "of the NPC Standing Committee" (a rule of the planted16 round)
    ("赵乐际委员长主持闭幕会。",
     "Zhao Leji, chairman of the NPC Standing Committee, presided over the closing meeting."),
    # glossary: Xinhua's NPC Standing Committee, UNESCO's "intangible heritage", a paraphrase
    # of the Belt and Road countries
    ("十四届全国人大常委会第二十一次会议闭幕。",
     "The 21st session of the 14th National People's Congress Standing Committee closed."),
    ("设置非遗展示等12项主要活动。", "There are 12 main events, including intangible heritage "
                          "displays."),
    ("我国对共建“一带一路”国家进出口21.3万亿元。",
     "Trade with countries taking part in the Belt and Road Initiative reached Rmb21.3tn."),
]
SLIPPED = [
    ("中央气象台12月14日06时发布寒潮橙色预警。",
     "The National Meteorological Center issued an orange alert for a cold wave at 06:30 on "
     "December 14.", "number-mismatch"),
    ("预计14日08时至15日08时，辽宁东部有大到暴雪。",
     "Between 8 a.m. on December 14 and 9 a.m. on December 15, heavy snow is expected in "
     "eastern Liaoning.", "number-mismatch"),
    ("60岁以上老年人应尽早接种流感疫苗。", "The over-65s should get flu vaccines as early as "
                                "possible.", "number-mismatch"),
    ("国家主席习近平签署第68号、69号、70号、71号主席令予以公布。",
     "President Xi Jinping signed Presidential Orders Nos. 68 to 70 to promulgate them.",
     "number-mismatch"),
    ("前11个月，我国对东盟进出口6.86万亿元。",
     "Trade with ASEAN rose to Rmb6.86tn over the 10 months.", "number-mismatch"),
    ("赵乐际委员主持闭幕会。",
     "Zhao Leji, a member of the Standing Committee, presided over the closing meeting.",
     "name-mismatch"),
    ("十四届全国人大常委会第二十一次会议闭幕。",
     "The 21st session of the 14th National People's Congress closed.", "term-missing"),
    ("设置非遗展示等12项主要活动。", "There are 12 main events, including cultural heritage "
                          "displays.", "term-missing"),
    ("我国对共建“一带一路”国家进出口21.3万亿元。",
     "Trade with developing countries reached Rmb21.3tn.", "term-missing"),
]


def test_the_hour_the_age_group_and_the_months() -> None:
    assert [q.value for q in extract_en("at 06:00 on the 14th")] == [6.0, 14.0]
    assert [q.value for q in extract_en("at 6:00 p.m. and 06:30")] == [18.0, 6.0, 30.0]
    assert [q.value for q in extract_en("December 14 and 15")] == [(12, 14), (12, 15)]
    assert [q.value for q in extract_en("the over-60s and the under-5s")] == [60.0, 5.0]
    assert [(q.kind, q.value) for q in extract_en("in the first 11 months of the year")] == \
        [("month", (1,)), ("month", (11,))]
    # a span of its own, not January to November
    assert [q.kind for q in extract_en("in the 11 months since the deal")] == ["number"]
    assert [q.kind for q in extract_en("for the ten months of talks")] == ["number"]


FESTIVAL = "第五届黔东南苗族侗族文化旅游节在凯里开幕"
FESTIVAL_LEAD = "11月22日，第五届黔东南苗族侗族文化旅游节在凯里市开幕。"


def test_a_headline_says_less_than_its_lead(terms) -> None:
    """A headline may leave out a figure or a term that the lead, its next paragraph, gives;
    a figure the lead does not give, or one the headline changes, is still reported."""
    head = ("1", FESTIVAL, "Miao and Dong festival opens in Kaili")
    lead = ("2", FESTIVAL_LEAD, "The fifth Qiandongnan Miao and Dong Culture and Tourism "
                                "Festival opened in Kaili on November 22.")
    assert draft_codes(terms, [head, lead]) == []
    bare = ("2", FESTIVAL_LEAD, "The Qiandongnan Miao and Dong Culture and Tourism Festival "
                                "opened in Kaili on November 22.")
    assert draft_codes(terms, [head, bare]) == [("1", "number-mismatch"),
                                                ("2", "number-mismatch")]
    sixth = ("1", FESTIVAL, "Sixth Miao and Dong festival opens in Kaili")
    assert draft_codes(terms, [sixth, lead]) == [("1", "number-mismatch")]
    # the headline alone (a one-unit document) and a headline that is not the document's first
    # unit keep their findings
    assert draft_codes(terms, [head]) == [("1", "number-mismatch")]
    dateline = ("1", "新华社贵阳电", "GUIYANG (Xinhua) --")
    assert draft_codes(terms, [dateline, ("2", FESTIVAL, head[2]), ("3", FESTIVAL_LEAD, lead[2])]
                       ) == [("2", "number-mismatch")]


def test_a_headline_figure_from_the_lead(terms) -> None:
    """"… jails ex-official for 13 years" over a lead that says 十三年; "for 15 years" is still
    reported."""
    zh = "江西省政协原副主席杨志远受贿案一审宣判"
    lead = ("2", "法院对被告人杨志远以受贿罪判处有期徒刑十三年。",
            "The court sentenced Yang Zhiyuan to 13 years in prison for taking bribes.")
    assert draft_codes(terms, [("1", zh, "Court jails ex-Jiangxi official for 13 years"),
                               lead]) == []
    assert draft_codes(terms, [("1", zh, "Court jails ex-Jiangxi official for 15 years"),
                               lead]) == [("1", "number-mismatch")]


def test_a_headline_term_from_the_lead(terms) -> None:
    """"Xi Jinping's New Year Address" over a lead that names "President Xi Jinping"; over a lead
    that does not, the headline's term is still missing."""
    zh = "国家主席习近平发表二〇二七年新年贺词"
    head = ("1", zh, "Xi Jinping's New Year Address for 2027")
    lead = ("2", "新年前夕，国家主席习近平发表了二〇二七年新年贺词。",
            "On New Year's Eve, President Xi Jinping gave his New Year address for 2027.")
    assert draft_codes(terms, [head, lead]) == []
    bare = ("2", "新年前夕，国家主席习近平发表了二〇二七年新年贺词。",
            "On New Year's Eve, Xi Jinping gave his New Year address for 2027.")
    assert draft_codes(terms, [head, bare]) == [("1", "term-missing"), ("2", "term-missing")]


def test_the_headlines_words_said_with_more(terms) -> None:
    """"President Xi Jinping" in the headline, "Chinese President Xi Jinping" in the body (the
    first mention news English gives) is no inconsistency; the two in running text stay an
    info."""
    zh = "国家主席习近平发表二〇二七年新年贺词"
    body = ("2", "国家主席习近平发表了新年贺词。",
            "Chinese President Xi Jinping delivered his New Year message.")
    assert draft_codes(terms, [("1", zh, "President Xi Jinping delivers 2027 New Year "
                                         "message"), body]) == []
    running = ("1", "国家主席习近平在北京发表了新年贺词。",
               "President Xi Jinping delivered his New Year message in Beijing.")
    assert draft_codes(terms, [running, body]) == [("2", "term-inconsistent")]
