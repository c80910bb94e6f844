"""Term accuracy on output no earlier set held (docs/score.md, "Eighteenth round"): each rule
with the form a grader accepts counted matched and its twin that must not match counted
missed; HTML character references and soft hyphens in an LLM's answer; the hand-labelled set
tests/data/score/terms18 scored through the command line as labelled, its documented
leftovers aside."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tifa.glossary.matcher import en_key, en_tokens
from tifa.tm.base.english import decode_entities

from tests import scoresets
from tests.conftest import run_tifa

SET = Path(__file__).parent / "data" / "score" / "terms18"
SYSTEMS = ("fenced", "spelling", "roles", "names", "wrong")


def matched(zh: str, ens: list[str], hypothesis: str, binding: bool = False) -> int:
    """1 when the hypothesis renders the term annotated `zh` → `ens` (an annotation binds no
    word order, as `--terms` reads it; `binding` for a glossary's official entry), else 0."""
    return scoresets.outcomes(zh, ens, f"各方谈到{zh}。", hypothesis, binding)[0]


@pytest.mark.parametrize(("zh", "ens", "accepted", "twin"), [
    # an ordinal or a number in words or figures, the other way round, and a wrong one
    ("中共二十大", ["20th CPC National Congress"],
     "The Twentieth CPC National Congress set the course.",
     "The Nineteenth CPC National Congress set the course."),
    ("第三届高峰论坛", ["third Belt and Road Forum"], "The 3rd Belt and Road Forum opened.",
     "The 2nd Belt and Road Forum opened."),
    ("海上丝绸之路", ["21st Century Maritime Silk Road"],
     "The Twenty-first Century Maritime Silk Road grew.",
     "The Twenty-second Century Maritime Silk Road grew."),
    ("二十国集团峰会", ["G20 summit"], "The Group of 20 summit ends today.",
     "The Group of 7 summit ends today."),
    ("七国集团", ["G7"], "THE GROUP OF SEVEN MET", "THE GROUP OF 77 MET"),
    # an acronym ending in S in a heading in capitals keeps its S
    ("金砖国家峰会", ["BRICS Summit"], "BRICS SUMMIT OPENS IN KAZAN",
     "BRIC SUMMIT OPENS IN KAZAN"),
    # a place's adjective for its name before a common noun, and its name for the adjective
    ("乌克兰危机", ["Ukraine crisis"], "The Ukrainian crisis drags on.",
     "The Russian crisis drags on."),
    ("巴勒斯坦问题", ["Palestinian question"], "They discussed the Palestine question.",
     "They discussed the Pakistan question."),
    ("台独", ["Taiwan independence"], "They oppose Taiwan independence.",
     "They oppose Taiwanese independence."),   # official English: no "Taiwanese" in a name
    ("朝鲜半岛", ["Korean Peninsula"], "Peace on the Korean peninsula.",
     "Peace on the Korea Peninsula."),          # a name's word before a name's word stays
    # an -ism said by its adjective before the acts it is made of
    ("单边主义", ["unilateralism"], "They oppose unilateral and protectionist moves.",
     "They oppose unilateral sanctions."),
    ("保护主义", ["protectionism"], "They oppose unilateral and protectionist moves.",
     "They oppose trade protection moves."),
    ("多边主义", ["multilateralism"], "They take a multilateral approach.",
     "They expand multilateral trade."),
    ("霸权主义", ["hegemonism"], "They oppose hegemonic practices.",
     "They oppose hegemonic powers."),
    # a modifier put after its head with "on" or "in", the first modifiers kept in front
    ("医疗卫生合作", ["health care cooperation"], "They deepen cooperation on health care.",
     "They deepen cooperation on health."),
    ("农业合作", ["agricultural cooperation"], "They deepen cooperation in agriculture.",
     "They deepen cooperation in trade."),
    ("以人民为中心的发展思想", ["people-centered development philosophy"],
     "The people-centered philosophy of development guides it.",
     "The people-centered philosophy of governance guides it."),
    # "head of X" as the compound "X head"
    ("安理会常任理事国", ["permanent member of the Security Council"],
     "It is one of the permanent Security Council members.",
     "It is one of the Security Council members."),
    # a capitalised word written after a name's word makes another name
    ("台湾问题", ["Taiwan question"], "The Taiwan question is an internal affair.",
     "The Taiwan Strait question is an internal affair."),
    ("中国国际供应链博览会", ["China International Supply Chain Expo"],
     "Firms came to the China International Supply Chain Expo.",
     "Firms came to the China International Supply Chain Promotion Expo."),
    # a soft hyphen or a zero-width space inside a word is no break
    ("全球安全倡议", ["Global Security Initiative"],
     "They back the Global Security Initi\u00adative.",
     "They back the Global Security Initi-ation."),
    ("多边主义", ["multilateralism"], "They uphold multi\u200blateralism.",
     "They uphold multi\u200blateral."),
])
def test_a_form_a_grader_accepts_and_its_twin(zh, ens, accepted, twin) -> None:
    assert matched(zh, ens, accepted) == 1, accepted
    assert matched(zh, ens, twin) == 0, twin


def test_a_glossary_name_keeps_its_word_order() -> None:
    """Inversion is for a test set's annotation and a rendering of common words, official
    or not (score's grading, twenty-fifth round: the labels of every set accept it); an
    official name that binds keeps its words in order."""
    ens = ["health care cooperation"]
    assert matched("医疗卫生合作", ens, "They deepen cooperation on health care.") == 1
    assert matched("医疗卫生合作", ens, "They deepen cooperation on health care.",
                   binding=True) == 1
    ens = ["permanent member of the Security Council"]
    assert matched("常任理事国", ens, "the permanent Security Council members", binding=True) == 0


def test_a_soft_hyphen_is_part_of_its_word_and_no_character_is_lost() -> None:
    text = "the Global Security Initi\u00adatives"
    assert en_key(text) == en_key("Global Security Initiative")
    (_, _, _), (_, _, _), (tok, start, end) = en_tokens(text)
    assert (tok, text[start:end]) == ("initiative", "Initi\u00adatives")


def test_html_character_references_decoded_only_where_closed() -> None:
    assert decode_entities("People&rsquo;s Congress &amp; Belt&nbsp;and&nbsp;Road\nR&D") == \
        ("People\u2019s Congress & Belt\u00a0and\u00a0Road\nR&D", 1)
    assert decode_entities("R&D and AT&T; &unknownname; &amp") == \
        ("R&D and AT&T; &unknownname; &amp", 0)


def test_an_llm_answer_with_character_references_scores_its_characters(tmp_path) -> None:
    """An answer written with HTML references: the term is found in the characters they
    stand for, and the report says so; a deprecated rendering so written is still one."""
    src = tmp_path / "src.zh"
    src.write_text("第二次会议开幕。\n各方支持一带一路倡议。\n", encoding="utf-8")
    terms = tmp_path / "terms.tsv"
    terms.write_text("1\t第二次会议\tsecond session of the National People's Congress\n"
                     "2\t一带一路倡议\tBelt and Road Initiative\n", encoding="utf-8")
    good = tmp_path / "good.en"
    good.write_text("```The 2nd session of the National People&rsquo;s Congress opened.```\n"
                    "All sides back the Belt&nbsp;and&nbsp;Road Initiative.\n", encoding="utf-8")
    bad = tmp_path / "bad.en"
    bad.write_text("The 2nd session of the National People&rsquo;s Consultative Conference.\n"
                   "All sides back the &ldquo;One Belt, One Road&rdquo; initiative.\n",
                   encoding="utf-8")
    done = run_tifa("score", "--src", str(src), str(good), str(bad), "--presplit",
                    "--bootstrap", "0", "-f", "json", "--terms", str(terms))
    assert done.returncode == 0, done.stderr
    rows = [[row["terms_matched"] for row in s["segments"]]
            for s in json.loads(done.stdout)["systems"]]
    assert rows == [[1, 1], [0, 0]]
    assert "HTML character references" in done.stderr + done.stdout


# What tifa still counts otherwise than the labels (docs/score.md, "Eighteenth round"; seven
# more were fixed in the nineteenth: tests/test_score_terms19.py), per (part, system, segment,
# Chinese term): labelled matched, counted matched.
LEFT = {
    ("dev", "roles", 3, "扩员"): (1, 0),              # "expanding the group"
    ("dev", "roles", 12, "人类命运共同体"): (1, 0),   # "humanity's community with a shared future"
    ("dev", "roles", 15, "高水平对外开放"): (1, 0),   # "open up at a high standard"
    ("dev", "roles", 16, "和平解决国际争端"): (1, 0),  # "disputes should be settled peacefully"
    ("dev", "names", 13, "两岸同胞"): (1, 0),         # "both sides of the Strait"
    ("dev", "names", 16, "和平解决国际争端"): (1, 0),  # "… disputes by peaceful means"
    # held out (written after the fixes, measured once; two fixes came after it)
    ("held-out", "roles", 8, "独立自主的和平外交政策"): (1, 0),  # "… is an independent one"
    ("held-out", "names", 6, "中国-东盟自由贸易区3.0版"): (1, 0),  # "the 3.0 version of the … FTA"
}


@pytest.mark.parametrize("part", ["dev", "held-out"])
def test_the_labelled_set_scores_as_labelled(part) -> None:
    """Each segment's matched terms equal the labels', the documented leftovers aside. The
    per-term measure is bench/score_term_labels.py."""
    scoresets.assert_scores_as_labelled(SET / part, part, SYSTEMS, LEFT)
