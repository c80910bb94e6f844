"""Term accuracy on output no earlier set held (docs/score.md, "Twenty-fourth round"): forms a
grader of engines accepts — a clipping, a suspended prefix, two stacked modifiers without
their "and", the head's verb in the passive with the modifiers as subject, initials for the
first words, two coordinated verbs and their object, two conjuncts swapped — each with its
twin; the false hits refused — an -ing head said by its base noun, a noun and "of" inserted
before the head; the hand-labelled set tests/data/score/terms24 scored as labelled."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import scoresets

SET = Path(__file__).parent / "data" / "score" / "terms24"
SYSTEMS = ("literal", "llm", "restructure", "british", "pronoun", "slip")


def matched(zh: str, ens: list[str], hypothesis: str, binding: bool = False) -> int:
    return sum(scoresets.outcomes(zh, ens, f"各方谈到{zh}。", hypothesis, binding))


@pytest.mark.parametrize(("zh", "ens", "accepted", "twin"), [
    # a standard clipping of a word, alone or before a head
    ("生物技术", ["biotechnology"], "They will expand their biotech cooperation.",
     "They will expand their technology cooperation."),
    ("生物技术产业", ["biotechnology industry"], "the biotech industry", "the tech industry"),
    # a one-word term's prefix suspended before a coordinated word with its ending
    ("生物技术", ["biotechnology"], "Bio- and nanotechnology will grow.",
     "Bio- and nanoscience will grow."),
    # two stacked modifiers without their "and" ...
    ("绿色低碳", ["green and low-carbon"], "developing green low carbon industry",
     "developing green industry"),
    ("开放包容", ["open and inclusive"], "an open inclusive world economy",
     "an open tolerant world economy"),
    # ... and swapped
    ("开放包容", ["open and inclusive"], "an inclusive and open world economy",
     "an inclusive and tolerant world economy"),
    # the head's verb in the passive, the modifiers its subject
    ("知识产权保护", ["intellectual property protection"],
     "Intellectual property will be better protected.",
     "Intellectual property will not be protected."),
    ("全球经济治理", ["global economic governance"], "the way the global economy is governed",
     "the way the global climate is governed"),
    # a one-word nominalisation said as its verb's participle (not its other nouns)
    ("疫苗接种", ["vaccination"], "Nearly all children get vaccinated.",
     "Children's vaccine coverage is high."),
    # a modifier said by its adjective ("gene"/"genetic", as score23's "vein"/"venous")
    ("基因测序", ["gene sequencing"], "the cost of genetic sequencing",
     "the cost of genetic testing"),
    # the first words said by their initials in capitals
    ("知识产权保护", ["intellectual property protection"], "We will strengthen IP protection.",
     "We will strengthen IT protection."),
    # two coordinated nominalised verbs said as the verbs and their object
    ("防灾减灾", ["disaster prevention and mitigation"], "to prevent and mitigate disasters",
     "to prevent and mitigate risks"),
])
def test_a_form_a_grader_accepts_and_its_twin(zh, ens, accepted, twin) -> None:
    assert matched(zh, ens, accepted) == 1, accepted
    assert matched(zh, ens, twin) == 0, twin


@pytest.mark.parametrize(("zh", "ens", "slipped", "kept"), [
    # an -ing head said by its base as a noun: the thing, not the activity; as a verb after
    # other words the base stays ("once carbon emissions peak", the wmt-like set's)
    ("医学影像", ["medical imaging"], "a system for diagnosing medical images",
     "a new medical imaging system"),
    ("医学影像", ["medical imaging"], "a medical image diagnosis system",
     "a system for medical imaging diagnosis"),
    ("碳达峰", ["carbon peaking"], "the carbon peak target",
     "Once carbon emissions peak, they will decline."),
    ("防范化解重大风险", ["forestalling and defusing"], "the forestall and defense",
     "to forestall and defuse major risks"),
    # a noun and "of" inserted before the head make that noun the head; a word of kind not
    ("新型城镇化", ["new urbanization"], "a new, people-centred model of urbanization",
     "a new type of urbanization"),
    # stacked modifiers without their "and", but another word in its place is no rendering
    ("合作共赢", ["cooperative and win-win"], "foreign cooperative amid win-win",
     "a cooperative win-win approach"),
    # a coordination of nouns keeps its "and" (score22's rule)
    ("和平与发展", ["peace and development"], "peace development",
     "peace, stability and development"),
])
def test_a_false_hit_refused_and_its_twin(zh, ens, slipped, kept) -> None:
    assert matched(zh, ens, slipped) == 0, slipped
    assert matched(zh, ens, kept) == 1, kept


def test_a_noun_and_of_before_the_head_refused_only_as_an_inserted_noun() -> None:
    """The rendering's other words written before the noun and "of": "revitalization of the
    countryside" is a verbal rendering said by its noun (the shipped glossary's
    "revitalize the countryside"), not a noun inserted before its head."""
    ens = ["revitalize the countryside"]
    assert matched("乡村振兴", ens, "the revitalization of the countryside") == 1
    assert matched("乡村振兴", ens, "to revitalize the new model of countryside") == 0


def test_an_official_rendering_of_common_words_is_graded_as_one_that_does_not_bind() -> None:
    text = "Intellectual property will be better protected."
    ens = ["intellectual property protection"]
    assert matched("知识产权保护", ens, text, binding=True) == 1   # twenty-fifth round
    assert matched("知识产权保护", ens, text, binding=False) == 1


# What tifa still counts otherwise than the labels (docs/score.md, "Twenty-fourth round"),
# per (part, system, segment, Chinese term): labelled matched, counted matched.
LEFT = {
    # "farmland returned to forest": a participle without "be" for a gerund's verb
    ("dev", "restructure", 18, "退耕还林"): (1, 0),
    # held out (written before any change, measured once; "inclusive and open", "get
    # vaccinated", "genetic sequencing" fixed after it)
    ("held-out", "llm", 10, "冬奥会"): (1, 0),   # "Winter Games": a word of the name dropped
    ("held-out", "llm", 12, "特高压输电"): (1, 0),   # "UHV power transmission": a word inserted
    ("held-out", "restructure", 9, "公共文化服务体系"): (1, 0),   # "system for providing …"
    ("held-out", "restructure", 12, "特高压输电"): (1, 0),   # "transmitting power at …"
    ("held-out", "pronoun", 6, "防沙治沙"): (1, 0),   # "controlling desertification"
    ("held-out", "pronoun", 9, "公共文化服务体系"): (1, 0),   # "the system that provides …"
}


@pytest.mark.parametrize("part", ["dev", "held-out"])
def test_the_labelled_set_scores_as_labelled(part) -> None:
    """Each segment's matched terms equal the labels', the documented leftovers aside. The
    per-term measure is bench/score_term_labels.py."""
    scoresets.assert_scores_as_labelled(SET / part, part, SYSTEMS, LEFT)
