"""Term accuracy on output no earlier set held (docs/score.md, "Twenty-second round"): forms a
grader of engines accepts — a head inverted after "for (doing)" or after other conjuncts,
"cross-X Y" as "Y across X", two modifiers swapped, a nominalisation as its gerund, a word
said by its derivative, a number in Roman numerals — and a false hit — a coordination's
"and" dropped — each with its twin; HTML and XLIFF tags left in a plain text; the
hand-labelled WMT-style set tests/data/score/terms22 scored as labelled."""

from __future__ import annotations

from pathlib import Path

import pytest
from tifa.tm.base.english import strip_tags

from tests import scoresets

SET = Path(__file__).parent / "data" / "score" / "terms22"
SYSTEMS = ("llm", "literal", "postedit", "markup")


def matched(zh: str, ens: list[str], hypothesis: str, binding: bool = False) -> int:
    return sum(scoresets.outcomes(zh, ens, f"各方谈到{zh}。", hypothesis, binding))


LAW = ["law enforcement and security cooperation"]


@pytest.mark.parametrize(("zh", "ens", "accepted", "twin"), [
    # the head inverted after "for (doing)", as after "of", "on", "in"
    ("营商环境", ["business environment"],
     "They keep making the environment for doing business better.",
     "They keep making the environment for doing trade better."),
    ("营商环境", ["business environment"], "an environment for business that is fair",
     "an environment for investors that is fair"),
    # ... and after other conjuncts, the preposition said again or not
    ("执法安全合作", LAW,
     "They agreed on cooperation on counter-terrorism and on law enforcement and security.",
     "They agreed on cooperation on counter-terrorism and on law enforcement and border control."),
    ("卫生合作", ["health cooperation"],
     "They expanded cooperation on trade, investment and health.",
     "They expanded cooperation on trade, which is key, and health."),
    # "cross-X Y" as "Y across X"
    ("跨境支付", ["cross-border payment"], "Blockchain could speed up payments across borders.",
     "Blockchain could speed up payments across sectors."),
    # two modifiers before the head swapped
    ("民族合法权利", ["legitimate national rights"], "to restore their national legitimate rights",
     "to restore their national legitimate interests"),
    # "N-ion of X" as the gerund of its verb
    ("个人信息保护", ["protection of personal information"],
     "The law lays down rules for protecting personal information.",
     "The law lays down rules for protecting personal data."),
    ("和平解决争端", ["settlement of disputes"], "They favour settling disputes by talks.",
     "They favour settling accounts by talks."),
    # a word said by its derivative: -ility by its adjective, a modifier by its noun
    ("违约责任", ["liability for breach of contract"],
     "A party is not liable for breach of contract.", "A party is liable for breach of trust."),
    ("垄断行为", ["monopolistic practices"], "The firm was fined over monopoly practices.",
     "The firm was fined over monopoly behavior."),
    # a number in Roman numerals (two letters at least: not I, not XI)
    ("2型糖尿病", ["type 2 diabetes"], "It treats type II diabetes.",
     "It treats type I diabetes."),
    ("2型糖尿病", ["type 2 diabetes"], "It treats TYPE II DIABETES.",
     "It treats type III diabetes."),
    # a figure inside a heading in capitals: the plural's S of the word after it folds
    ("2型糖尿病", ["type 2 diabetes"], "DRUG FOR TYPE 2 DIABETES APPROVED",
     "DRUG FOR TYPE 1 DIABETES APPROVED"),
    # a false hit: a coordination without its "and"
    ("执法安全合作", LAW, "counter-terrorism, law-enforcement and security cooperation",
     "counter terrorism and law enforcement security cooperation"),
    ("和平与发展", ["peace and development"], "peace, stability and development",
     "peace-building development"),
])
def test_a_form_a_grader_accepts_and_its_twin(zh, ens, accepted, twin) -> None:
    assert matched(zh, ens, accepted) == 1, accepted
    assert matched(zh, ens, twin) == 0, twin


def test_an_official_rendering_of_common_words_is_graded_as_one_that_does_not_bind() -> None:
    """Decision taken back in the twenty-fifth round: score grades an official rendering of
    common words as one that does not bind (lint still asks for the formulation)."""
    text = "They keep making the environment for doing business better."
    assert matched("营商环境", ["business environment"], text, binding=True) == 1
    assert matched("营商环境", ["business environment"], text, binding=False) == 1


@pytest.mark.parametrize(("written", "words"), [
    ('China will deepen <span class="hl">South-South</span> cooperation.',
     "China will deepen South-South cooperation."),
    ("<p>Artificial intelligence changes <i>medical</i> imaging.</p><p>Next.</p>",
     " Artificial intelligence changes medical imaging.  Next. "),
    ('cut the <abbr title="reserve > ratio">RRR</abbr>; <g id="3">personal data</g><x id="4"/>',
     "cut the RRR; personal data"),
    # no page's markup: a comparison, a WMT 2021 annotation, a tag name it only begins with
    ("if x < y and y > z", "if x < y and y > z"),
    ('<term src="一带一路" tgt="Belt and Road">Belt and Road</term> <bold>x</bold>',
     '<term src="一带一路" tgt="Belt and Road">Belt and Road</term> <bold>x</bold>'),
])
def test_html_and_xliff_tags_left_in_a_plain_text_are_left_out(written, words) -> None:
    assert strip_tags(written) == (words, int(words != written))


def test_a_term_inside_tags_is_graded_as_its_words() -> None:
    ens = ["South-South cooperation"]
    right = strip_tags('deepen <span class="hl">South-South</span> cooperation')[0]
    wrong = strip_tags('deepen <span class="hl">North-South</span> cooperation')[0]
    assert (matched("南南合作", ens, right), matched("南南合作", ens, wrong)) == (1, 0)


# What tifa still counts otherwise than the labels (docs/score.md, "Twenty-second round"),
# per (part, system, segment, Chinese term): labelled matched, counted matched.
LEFT = {
    # held out (written before any change, measured once; the tags fixed after it, and in
    # the twenty-third round "governing the global climate", "biomedical cooperation",
    # "disputes should be / to be settled peacefully", "deep venous thrombosis", "data leaks";
    # in the twenty-fourth "medical image diagnosis" on dev)
    ("held-out", "llm", 14, "端到端加密"): (1, 0),   # "encrypts data end to end"
}


@pytest.mark.parametrize("part", ["dev", "held-out"])
def test_the_labelled_set_scores_as_labelled(part) -> None:
    """Each segment's matched terms equal the labels', the documented leftovers aside. The
    per-term measure is bench/score_term_labels.py."""
    scoresets.assert_scores_as_labelled(SET / part, part, SYSTEMS, LEFT)
