"""Term accuracy on output no earlier set held (docs/score.md, "Twenty-seventh round"): plurals
no ending folds ("humanitarian crises", "migrant child"); "financing for development" said as the
compound "development financing"; "metro" for metropolitan; "interests abroad/overseas" for
"overseas interests"; "make the renminbi more international" for "internationalization of the
renminbi"; "navigate freely" for "freedom of navigation"; an -ization term said as its -ize
verb ("deradicalize"); "make trade easier" for "trade facilitation" — each with a twin that
is still refused; the glossary's "rubbish sorting"; the hand-labelled set
tests/data/score/terms27 scored as labelled."""

from __future__ import annotations

from pathlib import Path

import pytest
from tifa.glossary.matcher import _adjective_of
from tifa.tm.score.terms import TermScorer

from tests import scoresets

SET = Path(__file__).parent / "data" / "score" / "terms27"
SYSTEMS = ("literal", "llm", "postedit", "pinyin", "acronym", "british", "american")


def matched(zh: str, ens: list[str], hypothesis: str) -> int:
    """Official (binding) entries: score grades a common-noun one like one that does not."""
    return sum(scoresets.outcomes(zh, ens, f"各方谈到{zh}。", hypothesis, True))


@pytest.mark.parametrize(("zh", "ens", "accepted", "twin"), [
    # plurals no ending folds: a Greek -is noun's -es, "children"; "bases" stays "base"
    ("人道主义危机", ["humanitarian crisis"], "We respond to humanitarian crises.",
     "We respond to humanitarian issues."),
    ("金融危机", ["financial crises"], "A financial crisis struck.",
     "A financial criticism struck."),
    ("流动儿童", ["migrant children"], "Every migrant child is cared for.",
     "Every migrant worker is cared for."),
    ("军事基地", ["military base"], "They close foreign military bases.",
     "They act on the basis of military needs."),
    # "H for M" said as the compound "M H"
    ("发展筹资", ["financing for development"], "We support development financing.",
     "We support the development of financing."),
    ("发展筹资", ["financing for development"], "We support development financing.",
     "We support development aid."),
    # a clipping: metro for metropolitan
    ("都市圈", ["metropolitan areas"], "We will develop modern metro areas.",
     "We will develop modern metro lines."),
    # a place adjective said after the head
    ("海外利益", ["overseas interests"], "We protect China's interests abroad.",
     "We protect China's interests at home."),
    ("海外利益", ["overseas interests"], "We protect China's interests overseas.",
     "We protect China's foreign interests."),
    # "N-ization of M" as "make M (more) ADJ"
    ("人民币国际化", ["internationalization of the renminbi"],
     "We will make the renminbi more international.",
     "We will make the renminbi more stable."),
    ("人民币国际化", ["internationalization of the renminbi"],
     "We will make the renminbi more international.",
     "We will make the renminbi less international."),
    # "freedom of N" as N's verb with "freely" or after "free to", no negation before
    ("航行自由", ["freedom of navigation"], "Ships navigate freely there.",
     "Ships navigate safely there."),
    ("航行自由", ["freedom of navigation"], "Ships are free to navigate there.",
     "Ships are free to fish there."),
    ("迁徙自由", ["freedom of movement"], "People may move freely.",
     "People may not move freely."),
    # after the held-out measure: "facilitation" said as "make … easier" (score26's leftover)
    ("贸易便利化", ["trade facilitation"], "We will make trade easier.",
     "We will make trade freer."),
    # an -ization term said as its -ize verb in any form
    ("去极端化", ["deradicalization"], "We will deradicalize people drawn into extremism.",
     "They radicalize people drawn into extremism."),
    ("去极端化", ["deradicalization"], "Efforts to deradicalise them continue.",
     "Efforts to radicalise them continue."),
])
def test_a_form_a_grader_accepts_and_its_twin(zh, ens, accepted, twin) -> None:
    assert matched(zh, ens, accepted) == 1, accepted
    assert matched(zh, ens, twin) == 0, twin


def test_a_short_stem_is_no_adjective_of_its_ization_noun() -> None:
    """What an -ization noun makes a thing is its stem of six letters at least: "modern",
    "international", not "civil" for "civilization" (the "of" form of `nouns_as_adjectives`
    reads it)."""
    assert _adjective_of("modernization", "modern")
    assert _adjective_of("internationalization", "international")
    assert not _adjective_of("civilization", "civil")


def test_the_glossary_gains_the_british_rubbish_sorting(terms) -> None:
    """A variant added with a note (glossary/data/domestic.yaml); the slipped twin (another
    thing done with rubbish) refused."""
    scorer = TermScorer([e for e in terms if e.zh == "垃圾分类"])

    def got(hyp: str) -> int:
        occ = scorer.analyse(scorer.source("各方谈到垃圾分类。", None, None), hyp).occurrences
        return sum(outcome == 1 for _, outcome, _ in occ)
    assert got("Councils will promote rubbish sorting.") == 1
    assert got("Councils will fine rubbish dumping.") == 0


# What tifa still counts otherwise than the labels with `--terms` (docs/score.md,
# "Twenty-seventh round"), per (part, system, segment, Chinese term): labelled matched,
# counted matched.
LEFT = {
    # the annotations are the gold: a rendering the glossary accepts (or a British/short
    # form of one) that the annotation does not give is not counted
    ("dev", "literal", 2, "垃圾分类"): (1, 0),   # "garbage classification"
    ("dev", "british", 2, "垃圾分类"): (1, 0),   # "rubbish sorting"
    ("dev", "american", 2, "垃圾分类"): (1, 0),   # "trash sorting"
    ("dev", "llm", 2, "新污染物"): (1, 0),   # "emerging contaminants"
    ("dev", "llm", 7, "春运"): (1, 0),   # "Lunar New Year travel rush"
    ("dev", "pinyin", 7, "春运"): (1, 0),   # "Chunyun"
    ("dev", "acronym", 7, "春运"): (1, 0),   # "Spring Festival travel season"
    ("dev", "postedit", 16, "科技自立自强"): (1, 0),   # "scientific and technological …"
    ("dev", "american", 10, "人民币国际化"): (1, 0),   # "yuan internationalization"
    # paraphrases that say every part in other words
    ("dev", "llm", 5, "流动儿童"): (1, 0),   # "children who move … migrant-worker parents"
    ("dev", "llm", 8, "赤字率"): (1, 0),   # "budget deficit … 4% of GDP"
    # false hits: the acronym's glossary entry widens "TCM" by "Chinese medicine", and a
    # word inserted into it is taken as a modifier
    ("dev", "literal", 6, "中医药"): (0, 1),   # "Chinese medical medicine"
    ("dev", "american", 6, "中医药"): (0, 1),   # "Chinese herbal medicine"
    # held out (written before any change, measured once; "deradicalize" fixed after it)
    ("held-out", "literal", 5, "海关总署"): (0, 1),   # "Customs General Administration"
    ("held-out", "llm", 1, "全民医保"): (1, 0),   # "health insurance coverage for everyone"
    ("held-out", "llm", 4, "反补贴调查"): (1, 0),   # "anti-subsidy probe": the gold
    ("held-out", "llm", 11, "长三角一体化发展"): (1, 0),   # "integration across the … region"
    ("held-out", "llm", 12, "互联网医院"): (1, 0),   # "online hospitals": the gold
    ("held-out", "postedit", 8, "意识形态偏见"): (1, 0),   # "ideological prejudice": the gold
    ("held-out", "postedit", 11, "长三角一体化发展"): (1, 0),   # "the Yangtze Delta"
    ("held-out", "british", 10, "三农"): (1, 0),   # "agriculture, the countryside and …"
}


@pytest.mark.parametrize("part", ["dev", "held-out"])
def test_the_labelled_set_scores_as_labelled(part) -> None:
    """Each segment's matched terms equal the labels', the documented leftovers aside. The
    per-term measure is bench/score_term_labels.py."""
    scoresets.assert_scores_as_labelled(SET / part, part, SYSTEMS, LEFT)
