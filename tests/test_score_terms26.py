"""Term accuracy on output no earlier set held (docs/score.md, "Twenty-sixth round"): an
abstract head said as its adjective after a copula or "keep" ("food is safe", "data and energy
will be kept secure"); a verb + object said as the verb's noun ("domestic-demand expansion");
a relation's conjuncts swapped and "between" for "of"; a place adjective said after the head
("wind power at sea"); "loans on concessional terms"; a head said as its adjective before
another noun ("socialist market economic system"); "clusters of industries"; "hi-tech" — each
with a twin that is still refused; the hand-labelled set tests/data/score/terms26 scored as
labelled."""

from __future__ import annotations

from pathlib import Path

import pytest
from tifa.tm.score.terms import TermScorer

from tests import scoresets

SET = Path(__file__).parent / "data" / "score" / "terms26"
SYSTEMS = ("literal", "llm", "headline", "british", "reorder", "slip")


def matched(zh: str, ens: list[str], hypothesis: str) -> int:
    """Official (binding) entries: score grades a common-noun one like one that does not."""
    return sum(scoresets.outcomes(zh, ens, f"各方谈到{zh}。", hypothesis, True))


@pytest.mark.parametrize(("zh", "ens", "accepted", "twin"), [
    # an abstract head said as its own adjective after a copula or "keep"
    ("食品安全", ["food safety"], "We will make sure food is safe.",
     "We will make sure food is not safe."),
    ("食品安全", ["food safety"], "We will keep food safe.", "We will keep food cheap."),
    ("数据安全", ["data security"], "Both data and energy will be kept secure.",
     "Both data and energy will be kept safe."),      # safe: another noun's adjective
    # a verb + object said as the verb's noun, the object before it or after "of"
    ("扩大内需", ["expand domestic demand"], "Domestic-demand expansion is in focus.",
     "Domestic-demand contraction is in focus."),
    ("扩大内需", ["expand domestic demand"], "the expansion of domestic demand",
     "the expansion of domestic investment"),
    ("扩大内需", ["expand domestic demand"], "the expansion of domestic demand",
     "domestic demand expanding"),                     # a gerund is a clause
    # a relation's two conjuncts in either order, "between" for "of"
    ("产教融合", ["integration of industry and education"],
     "Integration between education and industry will be deepened.",
     "Integration between education and research will be deepened."),
    # a place adjective said after the head
    ("海上风电", ["offshore wind power"], "Wind power at sea will be developed.",
     "Wind power on land will be developed."),
    ("海洋塑料垃圾", ["marine plastic waste"], "We tackle plastic waste in the oceans.",
     "We tackle plastic waste in the rivers."),
    # an adjective said "on ADJ terms" after the head
    ("优惠贷款", ["concessional loan"], "Loans on concessional terms will be offered.",
     "Loans on commercial terms will be offered."),
    # after the held-out measure: a head said as its adjective before another noun, a
    # modifier said as its noun after "of", a clipping's full word and "hi-tech"
    ("社会主义市场经济", ["socialist market economy"],
     "We will improve the socialist market economic system.",
     "We will improve the socialist market economic and political system."),
    ("产业集群", ["industrial cluster"], "Zones should nurture clusters of industries.",
     "Zones should nurture clusters of firms."),
    ("高新技术产业开发区", ["high-tech zone"], "Hi-tech zones told to grow.",
     "Hi-fi zones told to grow."),
    ("高新技术产业开发区", ["high-tech zone"], "High-technology zones told to grow.",
     "Low-technology zones told to grow."),
])
def test_a_form_a_grader_accepts_and_its_twin(zh, ens, accepted, twin) -> None:
    assert matched(zh, ens, accepted) == 1, accepted
    assert matched(zh, ens, twin) == 0, twin


def test_the_glossary_gains_the_short_and_british_forms(terms) -> None:
    """Two variants added with a note (glossary/data): the name's short form in the news
    and the British adjective; the slipped twins (another region, another loan) refused."""
    scorer = TermScorer([e for e in terms if e.zh in ("长江经济带", "优惠贷款")])

    def got(zh: str, hyp: str) -> int:
        occ = scorer.analyse(scorer.source(f"各方谈到{zh}。", None, None), hyp).occurrences
        return sum(outcome == 1 for _, outcome, _ in occ)
    assert got("长江经济带", "Growth urged for the Yangtze economic belt") == 1
    assert got("长江经济带", "Growth urged for the Yangtze River Delta") == 0
    assert got("优惠贷款", "China will provide concessionary loans.") == 1
    assert got("优惠贷款", "China will provide commercial loans.") == 0


# What tifa still counts otherwise than the labels (docs/score.md, "Twenty-sixth round"),
# per (part, system, segment, Chinese term): labelled matched, counted matched.
LEFT = {
    # false hits: a word inserted into the rendering that a reviser reads as a calque
    ("dev", "literal", 12, "人民代表大会制度"): (0, 1),   # "people's representative congress"
    ("dev", "literal", 16, "文化自信"): (0, 1),   # "culture self-confidence"
    # with `--terms` the annotations are the gold: a rendering the glossary accepts and the
    # annotation does not give is not counted
    ("dev", "llm", 11, "民营经济"): (1, 0),   # "private businesses"
    ("dev", "llm", 11, "扩大内需"): (1, 0),   # "boost domestic demand"
    ("dev", "headline", 8, "长江经济带"): (1, 0),   # "Yangtze economic belt"
    ("dev", "british", 10, "优惠贷款"): (1, 0),   # "concessionary loans"
    ("dev", "british", 14, "生物安全"): (1, 0),   # "biological security"
    ("dev", "reorder", 5, "域外管辖"): (1, 0),   # "jurisdiction beyond national borders"
    # paraphrases that say every part of the term in other words
    ("dev", "reorder", 5, "次级制裁"): (1, 0),   # "sanctions against third parties"
    ("dev", "reorder", 16, "底线思维"): (1, 0),   # "thinking in terms of the bottom line"
    ("dev", "reorder", 16, "文化自信"): (1, 0),   # "confidence in Chinese culture"
    # held out (written before any change, measured once; "socialist market economic
    # system", "clusters of industries", "Hi-tech", "High-technology" fixed after it)
    ("held-out", "llm", 3, "签证便利化"): (1, 0),   # "make it easier to obtain visas"
    ("held-out", "llm", 10, "人与自然和谐共生"): (1, 0),   # "people and nature": a synonym
    ("held-out", "british", 10, "人与自然和谐共生"): (1, 0),   # "humankind and nature"
    ("held-out", "reorder", 2, "全民健康覆盖"): (1, 0),   # "Health coverage for all"
    ("held-out", "reorder", 5, "绿水青山"): (1, 0),   # "Mountains that are lush and …"
    ("held-out", "reorder", 7, "创新驱动发展"): (1, 0),   # "developing through innovation"
    ("held-out", "reorder", 8, "精准扶贫"): (1, 0),   # "alleviating poverty in a targeted way"
    ("held-out", "reorder", 9, "社会主义市场经济"): (1, 0),   # "a market economy under socialism"
    ("held-out", "reorder", 10, "人与自然和谐共生"): (1, 0),   # "… helped to coexist in harmony"
}


@pytest.mark.parametrize("part", ["dev", "held-out"])
def test_the_labelled_set_scores_as_labelled(part) -> None:
    """Each segment's matched terms equal the labels', the documented leftovers aside. The
    per-term measure is bench/score_term_labels.py."""
    scoresets.assert_scores_as_labelled(SET / part, part, SYSTEMS, LEFT)
