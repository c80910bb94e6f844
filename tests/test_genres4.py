"""Correct work by other hands in genres and house styles no set had before the fourteenth round
(tests/data/lint/genres4/README.md): a Taiwan Affairs Office press conference, a MOFCOM
anti-dumping ruling, a UN General Debate statement, a space launch item, a readout with many
names, State Council regulations, a travel advisory, a Xinhua commentary, each with a second
English in another house's style; and four documents held out (an ethnic-affairs white paper, a
sports item, a forum programme, an HK and Macao Affairs Office statement). Lint must give exactly
the documented findings on each, and each fix of the round is tested on its sentence with the
slip it must still catch: those checks run over every round's set in tests/test_genres3.py,
from PAIRS, LEFT, SILENT and SLIPPED here; below are this round's own tests."""

from __future__ import annotations

from collections import Counter

from tifa.tm.base import dictionary
from tifa.tm.numbers import extract_en, extract_zh

from tests.conftest import REPO
from tests.lintsets import draft_codes

DATA = REPO / "tests" / "data" / "lint" / "genres4"
# (Chinese, English): every translation of the set
PAIRS = [("tao", "tao"), ("tao", "tao.wire"), ("mofcom", "mofcom"), ("mofcom", "mofcom.lf"),
         ("unga", "unga"), ("unga", "unga.free"), ("space", "space"), ("space", "space.bbc"),
         ("readout", "readout"), ("readout", "readout.wire"), ("law", "law"),
         ("law", "law.lf"), ("advisory", "advisory"), ("advisory", "advisory.gb"),
         ("commentary", "commentary"), ("commentary", "commentary.gb"),
         ("ethnic", "ethnic"), ("sport", "sport"), ("agenda", "agenda"), ("hkmo", "hkmo"),
         ("hkmo", "hkmo.gb"), ("sport", "sport.wire")]
# Findings left on correct work (docs/lint.md, "Fourteenth round"): "First, an announcement:"
# for 今天的发布会，我先发布一条消息。 shares no word the dictionary links; the BBC-style story
# gives 2026年11月26日 as "26 November" (a year lint cannot know is the story's own) and calls
# the spaceship "the capsule" (a word of its own). (The restructured UN statement names the
# minister in its title, which the Chinese title does not: silent since the nineteenth round,
# a name the body spells.) Two probes written after the
# held-out measure, in a wire's style, keep what lint cannot tell from a slip: 香港特区第八届
# 立法会选举 said as "The election" after the sentence before named it; an event's year left
# out, "second" and "fourth" of a match told as a story ("before Lin Shidong went down …").
# (Its headline's "12th straight … title", a figure the lead gives, is silent since the
# sixteenth round: tests/test_genres6.py.)
# (Since the twenty-third round "The election" after a short mention that followed the full name,
# and the years a date and its weekday pin, "26 November" and the match's, are no findings.)
LEFT: dict[str, Counter] = {
    "sport.wire.en.txt": Counter({("5", "number-mismatch"): 2}),
    "tao.wire.en.txt": Counter({("3", "partial-omission"): 1}),
    "space.bbc.en.txt": Counter({("3", "term-missing"): 1}),
}


# Each fix: a sentence of the set (or its like) that was a false finding, and its slipped twin.
SILENT = [
    # a law's divisions, items and time limits
    ("第二章 合作促进", "Chapter II Promotion of Cooperation"),
    ("（一）共同开展基础研究；", "(1) joint basic research;"),
    ("应当在合同签订之日起30日内备案。",
     "It shall be filed within 30 days from the date on which the contract is signed."),
    # a clock time converted in brackets, as wire stories add GMT
    ("北京时间9时41分，火箭点火发射。", "The rocket lifted off at 09:41 Beijing time (01:41 GMT)."),
    # a programme's labelled part
    ("分论坛二：绿色发展", "Session 2: Green Development"),
    # a serial goes with a name said as a pronoun
    ("神舟二十四号航天员乘组将与神舟二十三号航天员乘组进行在轨轮换。",
     "Its crew will take over from the three Shenzhou-23 astronauts."),
    # a name keeping its traditional character in simplified text
    ("梁靖崑以3比0横扫对手。", "Liang Jingkun swept his opponent 3-0."),
    # the 20th Congress report's own rendering of 团结奋斗
    ("为实现中华民族伟大复兴而团结奋斗。",
     "We will strive in unity for the great rejuvenation of the Chinese nation."),
]
SLIPPED = [
    ("第三章 合作促进", "Chapter II Promotion of Cooperation", "number-mismatch"),
    ("（一）共同开展12项基础研究；", "(1) joint basic research on 21 topics;",
     "number-mismatch"),
    ("应当在合同签订之日起30日内备案。",
     "It shall be filed within 20 days from the date on which the contract is signed.",
     "number-mismatch"),
    ("北京时间9时41分，火箭点火发射。", "The rocket lifted off at 09:14 Beijing time (01:41 GMT).",
     "number-mismatch"),
    ("分论坛二：绿色发展", "Session 3: Green Development", "number-mismatch"),
    ("神舟二十四号航天员乘组将与神舟二十三号航天员乘组进行在轨轮换。",
     "Its crew will take over from the three Shenzhou-22 astronauts.", "number-mismatch"),
    ("梁靖崑以3比0横扫对手。", "Liang Jingkai swept his opponent 3-0.", "name-mismatch"),
    ("为实现中华民族伟大复兴而团结奋斗。",
     "We will strive for the great rejuvenation of the Chinese nation.", "term-missing"),
]


def test_law_and_programme_figures() -> None:
    assert [(q.kind, q.value) for q in extract_en("Chapter IV Supplementary Provisions")] == \
        [("ordinal", 4.0)]
    assert [(q.kind, q.value, q.unit) for q in extract_zh("自签订之日起三十日内")] == \
        [("number", 30.0, "d")]
    assert [(q.kind, q.value) for q in extract_zh("11月30日举行")] == [("date", (11, 30))]
    assert extract_zh("统一：") == []  # a word, not a label
    assert extract_en("(1) joint basic research") == []
    assert [q.value for q in extract_en("rose by (1) percent")] == [1.0]


def test_a_glossed_noun_keys_both_numbers() -> None:
    """提问 "to question" links "your questions": `stem` cuts -ion from the singular only."""
    keys = dictionary.lexicon()["提问"]
    assert dictionary.stem("questions") in keys and dictionary.stem("question") in keys


UN = ("1", "今年是联合国成立81周年。",
      "This year marks the eighty-first anniversary of the founding of the United Nations.")
UN_AGAIN = "八十一年来，联合国为维护世界和平作出了不可替代的贡献。"


def test_the_organization_and_it_for_the_un(terms) -> None:
    """UN English calls the UN "the Organization" once named, and any writer says "it" after an
    opening adverbial (八十一年来，联合国… "For eighty-one years it …"); with no UN named
    before, both are still missing."""
    org = ("Over these eighty-one years, the Organization has made irreplaceable contributions "
           "to peace.")
    it = "For eighty-one years it has made irreplaceable contributions to peace."
    assert draft_codes(terms, [UN, ("1", UN_AGAIN, org)]) == []
    assert draft_codes(terms, [UN, ("1", UN_AGAIN, it)]) == []
    assert draft_codes(terms, [("1", UN_AGAIN, org)]) == [("1", "term-missing")]
    assert draft_codes(terms, [("1", UN_AGAIN, it)]) == [("1", "term-missing")]
    # "the organization" for the UN in the paragraph of another body is still missing
    wto = ("1", "我们维护世界贸易组织。", "We uphold the World Trade Organization.")
    assert draft_codes(terms, [wto, ("1", UN_AGAIN, org)]) == [("2", "term-missing")]


def test_a_name_said_again_by_its_noun_or_they(terms) -> None:
    """"the spaceship" after "the Shenzhou-24 crewed spaceship"; "them" for "the DPP
    authorities" named the sentence before; "a globalisation that …" after "economic
    globalisation". Another noun, or no name before, is still missing."""
    launch = ("1", "搭载神舟二十四号载人飞船的火箭点火发射。",
              "The rocket carrying the Shenzhou-24 crewed spaceship lifted off.")
    apart = "约10分钟后，神舟二十四号载人飞船与火箭成功分离。"
    assert draft_codes(terms, [launch, ("1", apart, "About 10 minutes later, the spaceship "
                                                "separated from the rocket.")]) == []
    assert draft_codes(terms, [launch, ("1", apart, "About 10 minutes later, the payload "
                                                "separated from the rocket.")]
                  ) == [("2", "term-missing")]
    dpp = ("1", "民进党当局一再谋“独”挑衅。",
           "The DPP authorities keep seeking \"independence\" and making provocations.")
    warn = "我们正告民进党当局，搞“台独”是死路一条。"
    assert draft_codes(terms, [dpp, ("1", warn, "Let me warn them: \"Taiwan independence\" "
                                           "leads nowhere.")]) == []
    assert draft_codes(terms, [("1", warn, "Let me warn them: \"Taiwan independence\" leads "
                                      "nowhere.")]) == [("1", "term-missing")]
    gain = ("1", "各国才能在经济全球化中共同受益。",
            "Countries can all gain from economic globalisation.")
    more = "推动经济全球化朝着更加开放、包容的方向发展。"
    assert draft_codes(terms, [gain, ("1", more, "China works for a globalisation that is more "
                                            "open and inclusive.")]) == []
    assert draft_codes(terms, [gain, ("1", more, "China works for a world that is more open "
                                            "and inclusive.")]) == [("2", "term-missing")]


def test_a_term_turned_round_is_consistent(terms) -> None:
    """"compatriots in Taiwan", later "Taiwan compatriots in Fujian" (those on the mainland are
    not "in Taiwan"): the same words in the order the sentence needs. Two renderings with
    other words, or the same premodifiers in two orders, are still reported."""
    first = ("1", "台湾同胞来大陆约260万人次。",
             "Compatriots in Taiwan made some 2.6 million trips to the mainland.")
    later = ("2", "涵盖台胞在闽就业等方面。", "They cover jobs for Taiwan compatriots in Fujian.")
    assert draft_codes(terms, [first, later]) == []
    mankind = ("1", "构建人类命运共同体。", "Build a community with a shared future for mankind.")
    humanity = ("2", "推动构建人类命运共同体。",
                "Promote a community with a shared future for humanity.")
    assert draft_codes(terms, [mankind, humanity]) == [("2", "term-inconsistent")]
    trust = ("1", "双方愿深化政治互信。", "The two sides will deepen political mutual trust.")
    again = ("2", "政治互信是两国关系的基础。", "Mutual political trust is the foundation.")
    assert draft_codes(terms, [trust, again]) == [("2", "term-inconsistent")]
