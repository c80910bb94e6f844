"""Term accuracy on output no earlier set held (docs/score.md, "Twenty-third round"): forms a
grader of engines accepts — a one-word term said as its adjective, a verb + object rendering
in the passive, a modifier said by the adjective of its Latin root, an -age/-ation head said by
the word it is made from, a head's verb with several modifiers as its object, adverbs between
a head said as its verb and its inversion — each with its twin; an annotated name not widened
to a shorter name the glossary gives; the hand-labelled set tests/data/score/terms23 scored as
labelled."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tifa.glossary.entry import Entry, Variant
from tifa.tm.score.inputs import _full_names

from tests import scoresets
from tests.conftest import run_tifa

SET = Path(__file__).parent / "data" / "score" / "terms23"
SYSTEMS = ("literal", "llm", "explain", "keepzh", "postedit")


def matched(zh: str, ens: list[str], hypothesis: str, binding: bool = False) -> int:
    return sum(scoresets.outcomes(zh, ens, f"各方谈到{zh}。", hypothesis, binding))


SETTLE = ["settle disputes peacefully", "peaceful settlement of disputes"]


@pytest.mark.parametrize(("zh", "ens", "accepted", "twin"), [
    # a one-word term said as its adjective before a noun (eight letters at least)
    ("生物医药", ["biomedicine"], "They will step up biomedical cooperation.",
     "They will step up biological cooperation."),
    ("生物技术", ["biotechnology"], "a biotechnological partnership",
     "The partnership is biotechnological and broad."),
    # ... not an -ism (terms17's and terms18's labels)
    ("单边主义", ["unilateralism"], "They oppose unilateralism.",
     "They oppose unilateral sanctions."),
    # a verb + object rendering in the passive, its adverb before or after the participle
    ("和平解决争端", SETTLE, "Disputes should be settled peacefully through dialogue.",
     "Disputes should be settled by force."),
    ("和平解决争端", SETTLE, "They want disputes to be peacefully settled.",
     "Disputes should not be settled peacefully."),
    # a modifier said by the adjective of its Latin root
    ("深静脉血栓", ["deep vein thrombosis"], "a deep venous thrombosis",
     "a deep venous thrombus"),
    # an -age or -ation head said by the word it is made from, as a noun or a verb
    ("数据泄露", ["data leakage"], "The firm was fined after its data leaked.",
     "The firm was fined after its data linked."),
    ("数据泄露", ["data leakage"], "a data leak", "a data lake"),
    ("双重征税", ["double taxation"], "a double tax agreement", "a double taxi agreement"),
    # a nominalised head's verb with several modifiers as its object
    ("全球气候治理", ["global climate governance"], "in governing the global climate",
     "in governing the global economy"),
    # an -ing head said as its verb before the modifier (held-out, after its measure)
    ("洗钱", ["money laundering"], "He was jailed for laundering money.",
     "He was jailed for laundering clothes."),
    # adverbs between the head said as its verb and the preposition of its inversion
    ("执法合作", ["law enforcement cooperation"],
     "They will cooperate more closely on law enforcement.",
     "They will cooperate more closely on law and order."),
])
def test_a_form_a_grader_accepts_and_its_twin(zh, ens, accepted, twin) -> None:
    assert matched(zh, ens, accepted) == 1, accepted
    assert matched(zh, ens, twin) == 0, twin


def test_an_official_rendering_of_common_words_is_graded_as_one_that_does_not_bind() -> None:
    text = "Disputes should be settled peacefully through dialogue."
    assert matched("和平解决争端", SETTLE, text, binding=True) == 1   # twenty-fifth round
    assert matched("和平解决争端", SETTLE, text, binding=False) == 1


def test_an_annotated_term_takes_no_shorter_common_words_of_the_glossary() -> None:
    """An annotation "reserve requirement ratio | RRR": the glossary's renderings of the entry
    that accepts RRR come with it, but not "reserve requirement" (its words for 降准), a word
    short of the annotated term; the acronym's other expansions still do, and a name's short
    form ("Code of Conduct")."""
    entry = Entry("g", "存款准备金率", en="reserve requirement ratio",
                  en_variants=[Variant("RRR"), Variant("reserve requirement"),
                               Variant("required reserve ratio")])
    glossary = {"存款准备金率": [entry], "": []}
    names = _full_names("存款准备金率", ("reserve requirement ratio", "RRR"), glossary)
    assert names == ("reserve requirement ratio", "RRR", "required reserve ratio")
    assert _full_names("存款准备金率", ("RRR",), glossary) == (
        "RRR", "reserve requirement ratio", "reserve requirement", "required reserve ratio")
    # a name's short form is the name still
    code = Entry("c", "南海行为准则", en="Code of Conduct in the South China Sea",
                 en_variants=[Variant("COC"), Variant("Code of Conduct")])
    assert _full_names("南海行为准则", ("Code of Conduct in the South China Sea", "COC"),
                       {"南海行为准则": [code], "": []})[-1] == "Code of Conduct"


# What tifa still counts otherwise than the labels (docs/score.md, "Twenty-third round"),
# per (part, system, segment, Chinese term): labelled matched, counted matched.
LEFT = {
    # "transnational organised crime": a word inserted, as the split search allows
    ("dev", "postedit", 13, "跨国犯罪"): (0, 1),
    # held out (written before any change, measured once; "laundering money" fixed after it;
    # the twenty-fourth round fixed "medical image(s)" on dev, "green low carbon",
    # "biotech", "the way the global economy is governed", "magnetic resonance image")
    ("held-out", "llm", 8, "高水平对外开放"): (1, 0),   # "opening up … at a higher standard"
    ("held-out", "llm", 10, "本币结算"): (1, 0),   # "settle more trade in their local currencies"
}


@pytest.mark.parametrize("part", ["dev", "held-out"])
def test_the_labelled_set_scores_as_labelled(part) -> None:
    """Each segment's matched terms equal the labels', the documented leftovers aside. The
    per-term measure is bench/score_term_labels.py."""
    scoresets.assert_scores_as_labelled(SET / part, part, SYSTEMS, LEFT)


# ---------------------------------------------------------------- the matcher kept per run


def test_a_glossary_loaded_again_gets_the_kept_tables_bound_to_its_own_entries() -> None:
    """The fork server builds the shipped glossary's matcher once; a run loading the same
    glossary (other entry objects, the same fields) gets those tables, its hits carrying its
    own entries; a field changed is a new build that sees the change."""
    from tifa.glossary.entry import Deprecated
    from tifa.glossary.matcher import term_matcher

    def entries(en: str) -> list[Entry]:
        return [Entry("a", "全球发展倡议", en=en, en_variants=[Variant("GDI")],
                      en_deprecated=[Deprecated("world development plan", "old")]),
                Entry("b", "一带一路", en="Belt and Road")]

    first, again, changed = entries("Global Development Initiative"), \
        entries("Global Development Initiative"), entries("Global Development Program")
    built = term_matcher(first)
    bound = term_matcher(again)
    assert bound is not built and bound._en is built._en and bound._zh is built._zh
    assert [h.entry for h in bound.find_zh("落实全球发展倡议和一带一路")] == again
    text = "the Global Development Program and the world development plan"
    assert bound.en_status(text, again[0]) == "deprecated"
    fresh = term_matcher(changed)
    assert fresh._en is not built._en and fresh.en_status(text, changed[0]) == "official"
    assert [h.entry for h in fresh.find_deprecated(text)] == [changed[0]]


def test_a_glossary_changed_between_runs_is_scored_as_changed(tmp_path) -> None:
    """Through the fork server (its shipped matcher built once): the shipped glossary, then a
    term list that replaces one of its entries, then that list changed — each run scores the
    glossary it was given."""
    (tmp_path / "zh.txt").write_text("我们讨论一带一路。\n", encoding="utf-8")
    (tmp_path / "hyp.txt").write_text("We discussed the Belt and Road.\n", encoding="utf-8")
    terms = tmp_path / "terms.tsv"
    args = ["score", "--src", str(tmp_path / "zh.txt"), str(tmp_path / "hyp.txt"),
            "--presplit", "--bootstrap", "0", "--json"]

    def matched(*more: str) -> int:
        done = run_tifa(*args, *more)
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)["systems"][0]["counts"]["terms_matched"]

    assert matched() == 1
    terms.write_text("一带一路\tSilk Road Economic Belt\n", encoding="utf-8")
    assert matched("-g", str(terms)) == 0
    terms.write_text("一带一路\tBelt and Road\n", encoding="utf-8")
    assert matched("-g", str(terms)) == 1
