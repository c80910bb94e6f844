"""The lead's seventeenth-round probes (tests/data/lint/probes17/README.md): correct
translations written apart from the rules lint as documented, and each planted slip is found by
its check."""

from __future__ import annotations

import pytest
from tifa.glossary.store import load_glossary

from tests.conftest import REPO
from tests.lintsets import coded, slip_codes

DATA = REPO / "tests" / "data" / "lint" / "probes17"
WIRE_POLITBURO = [("term-missing", "1"), ("number-mismatch", "3"), ("term-missing", "3"),
                  ("term-missing", "5"), ("term-missing", "5"), ("term-missing", "9")]
# (Chinese, English, the findings a reviser would agree with)
CORRECT = [
    ("politburo", "politburo", []),
    ("politburo", "politburo.wire", WIRE_POLITBURO),  # "Politburo", "24-member" …
    ("macao", "macao", []),
    ("railway", "railway", []),
    ("railway", "railway.wire", []),
    ("letter", "letter", []),
    ("climate", "climate", []),
    ("climate", "climate.wire", []),
    ("asean", "asean", []),
    ("asean", "asean.wire", []),  # "the relationship" for 中国东盟关系, the bloc named before
    ("shiyan", "shiyan", []),
    ("shiyan", "shiyan.wire", []),
    ("ciie", "ciie", []),
    ("council", "council", []),
    ("call", "call", []),
    ("forum", "forum", []),
    ("toast", "toast", []),
    ("unsc", "unsc", []),
    ("unsc", "unsc.wire", []),
    ("taiwan", "taiwan", []),
    # "Taiwanese" for 台湾同胞 (twice), "foreign interference" for 外部势力 (info); the
    # headline's 国台办 and 一个中国原则, said short, are settled by the lead's two sentences
    ("taiwan", "taiwan.wire", [("term-missing", "5"), ("term-missing", "5"),
                               ("term-missing", "7")]),
    ("games", "games", []),
    # "more than 450 … debutants" for 超过一半 (a figure the source does not give), "a sports
    # ministry official" for 国家体育总局
    ("games", "games.wire", [("number-mismatch", "5"), ("term-missing", "7")]),
]
# (document, correct English, slipped English, the codes found)
SLIPS = [
    ("ciie", "next 12 months", "next 18 months", "number-mismatch"),
    ("macao", "51.9 billion patacas", "519 billion patacas", "number-mismatch"),
    ("macao", "27th anniversary of Macao", "25th anniversary of Macao", "number-mismatch"),
    ("railway", "run 12,000 Lancang", "run 1,200 Lancang", "number-mismatch"),
    ("climate", "3,600 gigawatts", "360 gigawatts", "number-mismatch"),
    ("climate", "cooperative and win-win", "cooperative", "term-missing"),
    ("asean", "five consecutive years", "six consecutive years", "number-mismatch"),
    ("politburo", "the 15th Five-Year Plan", "the 14th Five-Year Plan", "number-mismatch"),
    # the verb's object no glossary term, found by its glosses beside "more" of 更加积极
    ("politburo", "expand domestic demand", "restrict domestic demand", "reversal"),
    ("council", "to expand the supply", "to reduce the supply", "reversal"),
    ("politburo", "appropriately accommodative monetary policy", "prudent monetary policy",
     "term-missing"),
    ("shiyan", "first three quarters", "first half", "number-mismatch"),
    ("letter", "more than 600 years ago", "less than 600 years ago", "number-mismatch"),
    ("council", "more than 310 million people", "more than 31 million people",
     "number-mismatch"),
    ("council", "fourth quarter", "third quarter", "number-mismatch"),
    ("call", "jointly oppose unilateralism", "jointly support unilateralism", "reversal"),
    ("forum", "80 billion yuan", "80 billion US dollars", "number-mismatch"),
    ("forum", "next five years, invite", "next three years, invite", "number-mismatch"),
    ("toast", "Sixty-two years ago", "Sixty years ago", "number-mismatch"),
]
# the same in the second (wire) English
WIRE_SLIPS = [
    ("asean", "the relationship has made", "China-EU relations have made", "term-missing"),
    # the lead no longer gives the headline's formulation: the headline's finding stands
    ("taiwan", "only on the basis of the one-China principle and",
     "only on the basis of", "term-missing term-missing"),
]


@pytest.fixture(scope="module")
def terms():
    return load_glossary(env=False)


@pytest.mark.parametrize(("zh", "en", "expected"), CORRECT, ids=[c[1] for c in CORRECT])
def test_correct_translation_lints_as_documented(zh, en, expected, terms) -> None:
    assert coded(DATA, f"{zh}.zh.txt", f"{en}.en.txt", terms) == expected


@pytest.mark.parametrize(("name", "good", "bad", "codes"), SLIPS,
                         ids=[f"{s[0]}-{s[2]}" for s in SLIPS])
def test_each_planted_slip_is_found(name, good, bad, codes, terms, tmp_path) -> None:
    found = slip_codes(DATA, f"{name}.en.txt", name, good, bad, terms, tmp_path)
    assert sorted(found.elements()) == sorted(codes.split()), found


@pytest.mark.parametrize(("name", "good", "bad", "codes"), WIRE_SLIPS,
                         ids=[f"{s[0]}-{s[2]}" for s in WIRE_SLIPS])
def test_each_slip_planted_in_a_wire_version_is_found(name, good, bad, codes, terms,
                                                      tmp_path) -> None:
    """The slip's findings are `codes`, beside those the wire version is documented to have."""
    found = slip_codes(DATA, f"{name}.wire.en.txt", name, good, bad, terms, tmp_path)
    found.subtract(code for code, _ in dict((en, expected) for _, en, expected in CORRECT)
                   [f"{name}.wire"])
    assert sorted(found.elements()) == sorted(codes.split()), found
