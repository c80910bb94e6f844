"""Planted slips of the fifteenth round (docs/lint.md, "Fifteenth round"): sentence pairs
written for the test (tests/data/lint/planted15), each correct translation with a twin that
carries one slip of a kind no earlier set had — a country or a city confused with its
look-alike (Austria/Australia, Slovakia/Slovenia, Niger/Nigeria, Geneva/Vienna), a party
acting on another turned round with no 向 (中国援助老挝 → "Laos helped China"), a hedge made a
certainty (基本 → "fully", 初步 → "final"), a verb of policy turned round (摒弃 → "adopt",
暂停 → "resumption", 放宽 → "tighten", 退出 → "join", 禁止 → "allow", 恢复 → "suspend", 停止
→ "continue", 取消 → "impose"), 除……以外 made "including", 不足 made "sufficient", a list's
count (三点建议 → "two proposals"), 仍未 lost, a UN Under-Secretary-General. The shared checks
(each correct translation silent, each slip found once) run in tests/test_lint_planted.py;
here are the set's shape and the rules' edges, each a correct sentence that must stay silent
beside a slip that must be found."""

from __future__ import annotations

import pytest

from tests.conftest import REPO
from tests.lintsets import planted, sentence_codes, sentence_findings

ROWS = planted(REPO / "tests/data/lint/planted15")


def test_the_set_has_every_kind_of_slip() -> None:
    kinds = {row["kind"] for row in ROWS}
    assert {"country", "city", "swap", "title", "hedge", "count", "except", "short", "verb",
            "tense", "modal", "neg"} <= kinds, kinds
    assert len(ROWS) >= 90 and all(row["en"] != row["slipped"] for row in ROWS)


@pytest.mark.parametrize("zh, en, slipped, word", [
    ("各方应摒弃以邻为壑的做法。", "All parties should abandon beggar-thy-neighbour practices.",
     "All parties should adopt beggar-thy-neighbour practices.", "adopt"),
    ("该国宣布暂停与邻国的边境贸易。",
     "The country announced a suspension of its border trade with its neighbour.",
     "The country announced a resumption of its border trade with its neighbour.",
     "resumption"),
    ("当局决定放宽入境限制。", "The authorities decided to ease entry restrictions.",
     "The authorities decided to tighten entry restrictions.", "tighten"),
    ("新规禁止在校园内吸烟。", "The new rules ban smoking on campus.",
     "The new rules allow smoking on campus.", "allow"),
    ("政府决定取消对进口粮食加征的附加税。",
     "The government decided to abolish the surcharge on imported grain.",
     "The government decided to impose a surcharge on imported grain.", "impose"),
    ("项目一期工程已基本完工。", "The first phase of the project has been basically completed.",
     "The first phase of the project has been fully completed.", "fully"),
    ("双方就此初步达成共识。", "The two sides reached a preliminary consensus on this.",
     "The two sides reached a final consensus on this.", "final"),
    ("除汽车以外，其他主要商品零售额均有所增长。",
     "Except for cars, retail sales of the other major goods all grew.",
     "Including cars, retail sales of the other major goods all grew.", "Including"),
    ("国内需求仍显不足，外部环境不稳定不确定因素增多。",
     "Domestic demand is still insufficient, and the external environment faces more "
     "instability and uncertainty.",
     "Domestic demand is still sufficient, and the external environment faces more "
     "instability and uncertainty.", "sufficient"),
])
def test_a_verb_or_a_hedge_given_its_opposite_is_a_reversal(zh, en, slipped, word,
                                                            terms) -> None:
    assert sentence_codes(terms, zh, en) == []
    [finding] = sentence_findings(terms, zh, slipped)
    assert (finding.code, finding.span.text) == ("reversal", word)


@pytest.mark.parametrize("zh, en", [
    # the source says the opposite itself
    ("两国决定暂停部分航线，同时恢复陆路口岸通关。",
     "The two countries decided to suspend some air routes and resume customs clearance at "
     "land ports."),
    ("除了经贸合作以外，双方还在人文领域开展交流。",
     "Including trade cooperation, the two sides also conduct exchanges in culture."),
    ("各方应摒弃零和博弈，坚持合作共赢。",
     "All parties should reject zero-sum games and uphold win-win cooperation."),
    # a rendering the list does not know beside an opposite the source explains
    ("该国宣布退出协定，并将加入新的安排。",
     "The country said it would leave the agreement and join a new arrangement."),
    # 不足 as a bound (number-mismatch's), an idiom, a noun; 基本 as an adjective
    ("参会人数不足一百人。", "Fewer than 100 people attended."),
    ("这一结果不足为奇。", "The result is hardly surprising."),
    ("报告也指出了工作中的不足。", "The report also pointed out shortcomings in the work."),
    ("这是两国关系的基本原则。", "This is a basic principle of relations, fully observed."),
    # 除 inside a verb: 消除, 排除
    ("双方同意消除贸易壁垒以外的障碍。",
     "The two sides agreed to remove obstacles including those beyond trade barriers."),
])
def test_the_source_saying_the_opposite_or_no_such_word_is_silent(zh, en, terms) -> None:
    assert "reversal" not in sentence_codes(terms, zh, en)


@pytest.mark.parametrize("zh, en, slipped", [
    # a word the list takes for a rendering that renders another word of the source
    ("跨江大桥将于明年年底建成通车。",
     "The bridge across the river will be completed and opened to traffic at the end of next "
     "year.", "The bridge across the river was completed and opened to traffic at the end of "
     "next year."),
    ("外国记者可以在当地自由采访。", "Foreign journalists may report freely in the area.",
     "Foreign journalists must report freely in the area."),
    ("全省物价总体保持基本稳定。", "Prices across the province remained basically stable overall.",
     "Prices across the province remained completely stable overall."),
])
def test_a_rendering_of_another_word_of_the_source_does_not_hide_an_opposite(
        zh, en, slipped, terms) -> None:
    assert sentence_codes(terms, zh, en) == []
    assert sentence_codes(terms, zh, slipped) == ["reversal"]


def test_a_past_form_still_says_yi_whatever_verb_it_renders(terms) -> None:
    # "made" renders 把……废 and says 已's tense: "shall" beside it is the other clause's
    zh = "丈夫已经把这两样废了，耶和华也必赦免她。"
    assert sentence_codes(terms, zh, "Her husband hath made them void; and the LORD shall "
                          "forgive her.") == []


def test_a_word_inside_an_unrendered_term_is_left_to_term_missing(terms) -> None:
    assert sentence_codes(terms, "中方坚定维护以世界贸易组织为核心的多边贸易体制。",
                          "China firmly upholds the bilateral trading system with the World "
                          "Trade Organization at its core.") == ["term-missing"]


@pytest.mark.parametrize("zh, en, slipped", [
    ("奥地利总统下周将访问北京。", "The Austrian President will visit Beijing next week.",
     "The Australian President will visit Beijing next week."),
    ("中方向尼日尔提供了一批粮食援助。", "China provided a batch of food aid to Niger.",
     "China provided a batch of food aid to Nigeria."),
    ("本轮磋商在日内瓦举行。", "This round of consultations was held in Geneva.",
     "This round of consultations was held in Vienna."),
    ("联合国副秘书长在会上发言。", "The UN Under-Secretary-General spoke at the meeting.",
     "The UN Secretary-General spoke at the meeting."),
])
def test_a_look_alike_place_or_a_bare_title_is_a_name_mismatch(zh, en, slipped, terms) -> None:
    assert sentence_codes(terms, zh, en) == []
    assert sentence_codes(terms, zh, slipped) == ["name-mismatch"]


@pytest.mark.parametrize("zh, en", [
    ("索马里政府感谢国际社会的支持。",  # 索马里 is Somalia, no Mali
     "The Somali government thanked the international community for its support."),
    ("瑞士日内瓦是许多国际组织的所在地。",  # Geneva says Switzerland
     "Geneva is home to many international organizations."),
    ("代表团访问了奥地利和澳大利亚。", "The delegation visited Austria and Australia."),
])
def test_a_place_the_source_says_is_no_swap(zh, en, terms) -> None:
    assert sentence_codes(terms, zh, en) == []


@pytest.mark.parametrize("zh, en, slipped", [
    ("中国援助老挝修建了这条公路。", "China helped Laos build the road.",
     "Laos helped China build the road."),
    ("乌方感谢中方提供的帮助。", "The Uzbek side thanked the Chinese side for its help.",
     "The Chinese side thanked the Uzbek side for its help."),
    ("甲方应在合同签订后十日内向乙方支付预付款。",
     "Party A shall pay the advance to Party B within ten days of the signing of the "
     "contract.", "Party B shall pay the advance to Party A within ten days of the signing of "
     "the contract."),
])
def test_a_party_acting_on_another_turned_round_is_reported(zh, en, slipped, terms) -> None:
    assert sentence_codes(terms, zh, en) == []
    assert sentence_codes(terms, zh, slipped) == ["name-mismatch"]


@pytest.mark.parametrize("zh, en", [
    # a passive, thanks received "from", the actor as a possessive
    ("中国援助老挝修建了这条公路。", "Laos built the road with help from China."),
    ("乌方感谢中方提供的帮助。", "The Chinese side was thanked by the Uzbek side for its help."),
    ("越南邀请泰国派团参加博览会。", "Thailand accepted Viet Nam's invitation to send a "
     "delegation to the expo."),
])
def test_a_party_acting_on_another_said_otherwise_is_silent(zh, en, terms) -> None:
    assert sentence_codes(terms, zh, en) == []


@pytest.mark.parametrize("zh, en, slipped", [
    ("中方就此提出三点建议。", "China put forward three proposals on this.",
     "China put forward two proposals on this."),
    ("双方签署了四项合作文件。", "The two sides signed four cooperation documents.",
     "The two sides signed three cooperation documents."),
])
def test_a_list_count_changed_is_a_number_mismatch(zh, en, slipped, terms) -> None:
    assert sentence_codes(terms, zh, en) == []
    assert sentence_codes(terms, zh, slipped) == ["number-mismatch"]


@pytest.mark.parametrize("zh, en", [
    # a count restructured (8 = 5 + 3); a serial (二号) beside an added count
    ("民族八省区生产总值增长较快。",
     "The five autonomous regions and three provinces grew fast."),
    ("长征二号F运载火箭点火发射。", "Three astronauts lifted off on a Long March-2F rocket."),
])
def test_a_count_said_otherwise_is_silent(zh, en, terms) -> None:
    assert sentence_codes(terms, zh, en) == []


def test_reng_wei_is_a_negation(terms) -> None:
    zh = "这批货物因手续不全，至今仍未通关，企业已向海关提出申请。"
    assert sentence_codes(terms, zh, "Because its papers were incomplete, the shipment has "
                          "still not cleared customs, and the company has applied to the "
                          "customs authority.") == []
    assert sentence_codes(terms, zh, "Because its papers were incomplete, the shipment has "
                          "still cleared customs, and the company has applied to the customs "
                          "authority.") == ["negation"]


def test_a_gloss_of_the_word_itself_stays_its_rendering(terms) -> None:
    # "export" is 出口's, though 广交会 ("the China Import and Export Fair") glosses it too (a
    # false reversal of a first version, caught by the staples' free translations)
    zh = "第138届广交会闭幕，广交会累计出口成交额创新高。"
    assert sentence_codes(terms, zh, "The 138th China Import and Export Fair has closed; "
                          "export deals signed at the fair over its history reached a "
                          "record.") == []
