"""Term accuracy on output no earlier set held (docs/score.md, "Twenty-fifth round"): an
official rendering of common words graded in the forms of one that does not bind (a name
keeps its order); a -logical modifier by its combining form; "X-free N" said "N free of X";
a noun put between a rendering's two nouns refused — each with its twin; the hand-labelled
set tests/data/score/terms25 scored as labelled."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import scoresets

SET = Path(__file__).parent / "data" / "score" / "terms25"
SYSTEMS = ("literal", "llm", "headline", "british", "reorder", "slip")


def matched(zh: str, ens: list[str], hypothesis: str, binding: bool = False) -> int:
    return sum(scoresets.outcomes(zh, ens, f"各方谈到{zh}。", hypothesis, binding))


@pytest.mark.parametrize(("zh", "ens", "accepted", "twin"), [
    # an official rendering of common words, inverted, in the passive, by its verb
    ("育儿补贴", ["childcare subsidies"], "Subsidies for childcare will be paid.",
     "Subsidies for housing will be paid."),
    ("城中村改造", ["renovation of urban villages", "urban village renovation"],
     "Urban villages will be steadily renovated.",
     "Urban villages will not be renovated."),
    ("法定退休年龄", ["statutory retirement age"], "The statutory age of retirement will rise.",
     "The statutory age of consent will rise."),
    # a -logical modifier by its combining form
    ("生态保护红线", ["ecological conservation red lines"], "Eco-conservation red lines drawn.",
     "Bio-conservation red lines drawn."),
    # "X-free N" said "N free of X"
    ("无废城市", ["zero-waste city", "waste-free city"], "Cities free of waste will be built.",
     "Cities free of traffic will be built."),
])
def test_an_official_form_a_grader_accepts_and_its_twin(zh, ens, accepted, twin) -> None:
    assert matched(zh, ens, accepted, binding=True) == 1, accepted
    assert matched(zh, ens, twin, binding=True) == 0, twin


def test_an_official_name_keeps_its_word_order() -> None:
    """A name (a capitalised word) that binds is not inverted: "the question of Taiwan";
    as an annotation (`--terms`) it may be."""
    assert matched("台湾问题", ["Taiwan question"], "The question of Taiwan is clear.",
                   binding=True) == 0
    assert matched("台湾问题", ["Taiwan question"], "The question of Taiwan is clear.") == 1


@pytest.mark.parametrize(("zh", "ens", "slipped", "kept"), [
    # a noun between the two nouns makes a compound with one of them: another thing
    ("银发经济", ["silver economy"], "Develop the silver hair economy.",
     "Develop the silver economy."),
    ("县域经济", ["county economy"], "Strengthen county area economy.",
     "Strengthen county-level economies."),
    ("碳排放权交易市场", ["carbon market"], "The national carbon tax market went live.",
     "The national carbon trading market went live."),
    # an adjective or a plural noun in that place leaves the rendering
    ("碳排放权交易市场", ["carbon market"], "The national carbon tax market went live.",
     "The national carbon emissions market went live."),
    # after the held-out measure: an inverted rendering ending on an adjective that a noun
    # after it takes
    ("关键核心技术", ["core technologies in key fields", "key core technologies"],
     "breakthroughs in core technologies in key areas",
     "breakthroughs in core technologies in key fields"),
    # the head as an infinitive in another clause, with its own object
    ("防汛", ["flood control"], "We will prepare for floods and do more to control erosion.",
     "We will do more on flood control."),
])
def test_a_false_hit_refused_and_its_twin(zh, ens, slipped, kept) -> None:
    assert matched(zh, ens, slipped) == 0, slipped
    assert matched(zh, ens, kept) == 1, kept


def test_a_headline_abbreviation_and_its_twin() -> None:
    ens = ["local government special bonds"]
    assert matched("地方政府专项债券", ens, "4.4 trln yuan in local govt special bonds") == 1
    assert matched("地方政府专项债券", ens, "4.4 trln yuan in local gov special bonds") == 0


def test_a_noun_after_an_adjective_leaves_the_rendering() -> None:
    """The first word an adjective (by its ending, a participle in -en, or a plain one): the
    inserted noun is the head's ("hidden government debt" is hidden debt)."""
    assert matched("隐性债务", ["hidden debt"], "They curb hidden government debt.") == 1
    assert matched("新发展格局", ["new pattern"], "a new growth pattern") == 1


# What tifa still counts otherwise than the labels (docs/score.md, "Twenty-fifth round"),
# per (part, system, segment, Chinese term): labelled matched, counted matched.
LEFT = {
    # with `--terms` the annotations are the gold: an accepted rendering of the glossary
    # that the annotation does not give is not counted (the labels here accept it)
    ("dev", "literal", 16, "法定退休年龄"): (1, 0),   # "legal retirement age"
    ("dev", "literal", 18, "集中带量采购"): (1, 0),   # "centralized volume procurement"
    ("dev", "llm", 15, "中等收入群体"): (1, 0),   # "middle-income population"
    ("dev", "llm", 17, "新就业形态"): (1, 0),   # "new forms of work"
    ("dev", "llm", 18, "集中带量采购"): (1, 0),   # "bulk buying"
    ("dev", "headline", 3, "消费品以旧换新"): (1, 0),   # "consumer trade-ins"
    ("dev", "british", 11, "耕地红线"): (1, 0),   # "red line for arable land"
    ("dev", "reorder", 15, "中等收入群体"): (1, 0),   # "middle-income earners"
    ("dev", "reorder", 17, "新就业形态"): (1, 0),   # "new types of employment"
    # paraphrases that say every part of the term in other words
    ("dev", "llm", 3, "消费品以旧换新"): (1, 0),   # "consumers to trade in old goods"
    ("dev", "reorder", 16, "法定退休年龄"): (1, 0),   # "the age at which people legally …"
    ("dev", "reorder", 18, "集中带量采购"): (1, 0),   # "buying medicines centrally in …"
    # held out (written before any change, measured once; "core technologies in key areas",
    # "prepared for floods and do more to control", "govt" fixed after it)
    ("held-out", "literal", 12, "载人登月"): (1, 0),   # "manned moon landing": moon/lunar
    ("held-out", "headline", 12, "载人登月"): (1, 0),   # "crewed Moon landing"
    ("held-out", "reorder", 12, "载人登月"): (1, 0),   # "a crewed landing on the moon"
    ("held-out", "llm", 12, "载人登月"): (1, 0),   # "put astronauts on the moon"
    ("held-out", "llm", 3, "地方政府专项债券"): (1, 0),   # "Local governments … special-purpose …"
    ("held-out", "llm", 6, "内卷式竞争"): (1, 0),   # '"involution" competition': a word dropped
    ("held-out", "llm", 9, "水土流失治理"): (1, 0),   # "control soil erosion": its own verb
    ("held-out", "reorder", 9, "防汛"): (1, 0),   # "floods will be … controlled": likewise
    ("held-out", "llm", 11, "三孩政策"): (1, 0),   # "the policy allowing couples to have three …"
    ("held-out", "headline", 5, "积极应对人口老龄化"): (1, 0),   # "aging population" (glossary's)
    ("held-out", "headline", 7, "关键核心技术"): (1, 0),   # "core tech": "technology" not clipped
    ("held-out", "reorder", 2, "保障性住房"): (1, 0),   # "housing subsidized by the government"
    ("held-out", "reorder", 4, "逆周期调节"): (1, 0),   # "countercyclical regulation" (glossary's)
    ("held-out", "reorder", 6, "公平竞争审查"): (1, 0),   # "reviewing whether competition is fair"
}


@pytest.mark.parametrize("part", ["dev", "held-out"])
def test_the_labelled_set_scores_as_labelled(part) -> None:
    """Each segment's matched terms equal the labels', the documented leftovers aside. The
    per-term measure is bench/score_term_labels.py."""
    scoresets.assert_scores_as_labelled(SET / part, part, SYSTEMS, LEFT)
