"""The forms official English really uses (docs/lint.md, "Twelfth round"): correct sentences
rendering the staples as MFA and Xinhua English write them — verbal, reciprocal and adverbial
forms, "path" folded into a verb, possessives, older official wordings — must lint silent, and
each one's slipped twin (the reciprocal, the "re-" or the adjective dropped, a deprecated or a
wrong rendering) must give exactly its one finding.

`sentences.tsv` was written first and the matcher and glossary fixed on it; `heldout.tsv` was
written after the fix and measured once. Its rows with a `known` reason are correct sentences
lint still reports (one `term-missing` each), and a slip whose code is `-` is one it still
misses; the tests hold both to what they are, so a change that fixes one must update the row."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.lintsets import (
    assert_one_finding,
    assert_silent,
    lint_ahead,
    rows,
    sentence_findings,
)

DATA = Path(__file__).parent / "data" / "lint" / "variants"


def _rows(name: str) -> list[dict[str, str]]:
    return rows(DATA, name, tag="file")


SET, HELD = _rows("sentences.tsv"), _rows("heldout.tsv")
ROWS = SET + HELD
LEAD = _rows("lead-heldout.tsv")


@pytest.fixture(scope="module", autouse=True)
def _linted_ahead(terms) -> None:
    """Every row's pairs linted in one pass: each case below looks its findings up
    (`lintsets.lint_ahead`, its equality with one lint per pair tested in
    test_glossary_staples)."""
    lint_ahead(terms, [(row["source"], row[side]) for row in ROWS for side in ("target", "slipped")]
               + [(row["source"], row["target"]) for row in LEAD])


@pytest.mark.parametrize("row", ROWS, ids=[r["id"] for r in ROWS])
def test_the_form_official_english_uses_is_silent(terms, row) -> None:
    if row.get("known"):  # a known false alarm of the held-out set: still exactly one
        found = sentence_findings(terms, row["source"], row["target"])
        assert [f.code for f in found] == ["term-missing"], row["known"]
        assert found[0].term == next(e.zh for e in terms
                                     if row["term"] in (e.zh, *e.zh_variants))
        return
    assert_silent(terms, row["source"], row["target"])


@pytest.mark.parametrize("row", ROWS, ids=[r["id"] for r in ROWS])
def test_its_slipped_twin_gives_one_finding(terms, row) -> None:
    if row["code"] == "-":  # a known miss (see docs/lint.md): nothing reported
        assert sentence_findings(terms, row["source"], row["slipped"]) == []
        return
    assert_one_finding(terms, row["source"], row["slipped"], row["code"], row["term"])


def test_the_set_covers_the_staples(terms) -> None:
    """At least 200 sentences about binding staples their Chinese contains, each with a twin
    that differs from it, and ids that name one sentence each."""
    binding = {f for e in terms if e.binding for f in (e.zh, *e.zh_variants)}
    assert len({r["id"] for r in ROWS}) == len(ROWS)
    for row in ROWS:
        assert row["term"] in row["source"], row["id"]
        assert row["slipped"] != row["target"], row["id"]
    assert sum(r["term"] in binding for r in SET) >= 200
    assert len({r["term"] for r in SET}) >= 150
    assert sum(bool(r["known"]) for r in HELD) <= 5 and len(HELD) >= 110



@pytest.mark.parametrize("row", LEAD, ids=[r["id"] for r in LEAD])
def test_the_leads_held_out_sentences(terms, row) -> None:
    """60 correct sentences the lead wrote apart, before this round's variants landed, and
    measured on them afterwards (10 findings on main at the round's start; 6 with the
    variants; 2 after the lead's four fixes, both warnings on free renderings of recommended
    entries, kept in `known`). l61: the thirteenth round's probe (a false error before the
    variant "changes not seen in a century"); l62-l63: the fourteenth round's probes in wire
    and Xinhua wording (false errors before the variants "stretch the notion of national
    security" and "appropriately accommodative monetary policy"); l64-l65: a plenum's
    communiqué with 两个确立, 四个意识, 四个自信 and 两个维护 in their short names and spelled out
    (four term-missing warnings and a name-mismatch on Xi Jinping before); l66: the HKSAR
    Government's short form "the National Security Law" (a false error before); l67-l68: the
    fifteenth round's probes (共建“一带一路”国家 as "Belt and Road partner countries", an error
    before the entry; 行稳致远 as "keep relations on a steady course", a warning before); l69: a
    partnership's tier said of the partners (是全面战略伙伴), which no entry covered; l70: Xinhua's
    "Taiwan leader" before a name (a false error before)."""
    found = sentence_findings(terms, row["source"], row["target"])
    if row["known"]:
        assert [(f.code, f.severity) for f in found] == [("term-missing", "warning")], row["known"]
        return
    assert found == [], [f.message for f in found]


@pytest.mark.parametrize(("source", "slipped", "code", "term"), [
    ("中方主张共同、综合、合作、可持续的安全观。",
     "China advocates a comprehensive security vision.", "term-missing",
     "共同、综合、合作、可持续的安全观"),
    ("各国应坚持求同存异。", "Countries should seek common ground while ignoring differences.",
     "term-missing", "求同存异"),
    ("我们要坚持全面依法治国。", "We must govern the country well.", "term-missing",
     "全面依法治国"),
    ("中国将推动共建“一带一路”高质量发展。",
     "China will promote high-quality One Belt One Road cooperation.", "term-deprecated",
     "高质量共建“一带一路”"),
    ("世界百年变局加速演进。", "Great changes unseen in a hundred years are accelerating.",
     "term-deprecated", "百年变局"),
    ("我们要践行真正的多边主义。", "We must practise real multilateralism.", "term-deprecated",
     "真正的多边主义"),
    ("美方泛化国家安全概念。", "The US is politicizing the notion of national security.",
     "term-missing", "泛化国家安全概念"),
    ("实施适度宽松的货币政策。", "We will implement an appropriately tight monetary policy.",
     "term-missing", "适度宽松的货币政策"),
    ("增强“四个意识”。", "We must be more conscious of the need to maintain political unity.",
     "term-missing", "四个意识"),
    ("深刻领悟“两个确立”的决定性意义。",
     "We must understand the decisive significance of the Two Assurances.", "term-missing",
     "两个确立"),
    ("《香港国安法》实施五年来，香港保持稳定。",
     "In the five years since the Safeguarding National Security Ordinance took effect, "
     "Hong Kong has stayed stable.", "term-missing", "香港国安法"),
    ("我国对共建“一带一路”国家进出口18.9万亿元。",
     "Trade with developing countries came to 18.9 trillion yuan.", "term-missing",
     "共建“一带一路”国家"),
    ("我国对共建“一带一路”国家进出口18.9万亿元。",
     "Trade with One Belt One Road countries came to 18.9 trillion yuan.", "term-deprecated",
     "共建“一带一路”国家"),
    ("推动中英关系行稳致远。", "Keep China-UK relations on a fast track.", "term-missing",
     "行稳致远"),
    ("中巴是全面战略伙伴。", "China and Brazil are strategic partners.", "term-missing",
     "全面战略伙伴关系"),
    ("越南和中国是全面战略合作伙伴。", "Viet Nam and China are comprehensive strategic partners.",
     "term-missing", "全面战略合作伙伴关系"),
    ("台湾地区领导人赖清德发表讲话。", "Taiwan's President Lai Ching-te gave a speech.",
     "term-deprecated", "台湾地区领导人"),
    ("台湾地区领导人赖清德发表讲话。", "Taiwanese president Lai Ching-te gave a speech.",
     "term-deprecated", "台湾地区领导人"),
])
def test_the_leads_four_variants_still_catch_their_slips(terms, source, slipped, code,
                                                        term) -> None:
    assert_one_finding(terms, source, slipped, code, term)


def test_a_name_is_the_spelled_out_terms_own_but_not_elsewhere(terms) -> None:
    """两个维护 spelled out names Xi Jinping, whom the source does not: the name is the
    rendering's own. Another person in his place is still reported, and so is the name
    outside the rendering."""
    source = "全党要做到“两个维护”。"
    good = ("The whole Party must uphold Comrade Xi Jinping's core position on the Party "
            "Central Committee and in the Party as a whole and the Central Committee's authority.")
    assert sentence_findings(terms, source, good) == []
    wrong = good.replace("Xi Jinping", "Li Qiang")
    assert "name-mismatch" in [f.code for f in sentence_findings(terms, source, wrong)]
    outside = "As Xi Jinping said, the whole Party must uphold the Two Upholds."
    assert [f.code for f in sentence_findings(terms, source, outside)] == ["name-mismatch"]
