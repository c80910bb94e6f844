"""The lead's probes (tests/data/lint/probes16/, probes17/, each with a README): correct
translations written apart from the rules lint as documented, and each planted slip is found by
its check (a slip in a second, wire version beside that version's documented findings)."""

from __future__ import annotations

import pytest
from tifa.glossary.store import load_glossary

from tests.conftest import REPO
from tests.lintsets import coded, slip_codes

LINT = REPO / "tests" / "data" / "lint"
# CORRECT: (Chinese, English, the findings a reviser would agree with); SLIPS: (document,
# correct words, slipped words, the codes found)

# ---------------------------------------------------------------- sixteenth round
CORRECT16 = [
    ("pacific", "pacific", []),
    ("pacific", "pacific.wire", [("term-missing", "3")]),  # the Party title left out
    ("gdp", "gdp", []),
    ("museum", "museum", []),
    ("rural", "rural", []),
    ("focac", "focac", []),
    ("hk", "hk", []),  # a headline's short name is no inconsistency (genres6)
    ("speech", "speech", []),
    ("travel", "travel", []),
    ("sport", "sport", []),
]
SLIPS16 = [
    ("museum", "286 pieces", "268 pieces", "number-mismatch"),
    ("gdp", "up 3.6 percent", "up 6.3 percent", "number-mismatch"),
    ("gdp", "0.2 percentage points lower", "0.2 percentage points higher", "number-mismatch"),
    ("pacific", "the one-China principle", "the one China policy", "term-missing"),
    ("pacific", "in the five years since", "in the six years since", "number-mismatch"),
    ("rural", "to 25,600 yuan", "to 26,500 yuan", "number-mismatch"),
    ("speech", "Thirty-five years ago", "Twenty-five years ago", "number-mismatch"),
    ("speech", "from less than 8 billion", "from more than 8 billion", "number-mismatch"),
    ("speech", "Free Trade Area 3.0", "Free Trade Area 2.0", "number-mismatch"),
    ("speech", "expand people-to-people exchanges", "restrict people-to-people exchanges",
     "reversal"),
    ("sport", "their sixth straight", "their fifth straight", "number-mismatch"),
    ("sport", "beat Japan 3-1", "beat Japan 3-2", "number-mismatch"),
    ("travel", "and the Ming Tombs in Beijing", "and the tombs in Beijing",
     "term-missing number-mismatch"),
    ("focac", "the one-China principle", "the one China policy", "term-missing"),
]

# ---------------------------------------------------------------- seventeenth round
WIRE_POLITBURO = [("term-missing", "1"), ("number-mismatch", "3"), ("term-missing", "3"),
                  ("term-missing", "5"), ("term-missing", "5"), ("term-missing", "9")]
CORRECT17 = [
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
    # "Macau's government" and a headline "Macau" with no SAR; "before 1999", a year the
    # wire adds ("Macau" itself folds to Macao, a spelling)
    ("macao", "macao.wire", [("term-missing", "1"), ("term-missing", "3"),
                             ("number-mismatch", "5")]),
    ("letter", "letter.llm", []),
    ("council", "council.nn", []),  # a non-native hand: "presided", "shall be cleaned up"
    # "Infrastructure: …" for 一是设施联通; the headline's 第五 given in the lead's English
    ("forum", "forum.gb", []),
]
SLIPS17 = [
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
WIRE_SLIPS = [
    ("asean", "the relationship has made", "China-EU relations have made", "term-missing"),
    # the lead no longer gives the headline's formulation: the headline's finding stands
    ("taiwan", "only on the basis of the one-China principle and",
     "only on the basis of", "term-missing term-missing"),
]
# the same in another hand's English: (document, English file, correct words, slipped words,
# codes)
OTHER_SLIPS = [
    # the lead gives another forum's number: the headline's 第五 stays lost
    ("forum", "forum.gb.en.txt", "the fifth Belt and Road", "the fourth Belt and Road",
     "number-mismatch"),
    ("macao", "macao.wire.en.txt", "403.5 billion patacas", "40.35 billion patacas",
     "number-mismatch"),
]

# (probe set, Chinese, English, findings) and (probe set, English file, document, correct
# words, slipped words, codes)
CORRECT = [("probes16", *c) for c in CORRECT16] + [("probes17", *c) for c in CORRECT17]
SLIPS = [("probes16", f"{s[0]}.en.txt", *s) for s in SLIPS16] + \
    [("probes17", f"{s[0]}.en.txt", *s) for s in SLIPS17] + \
    [("probes17", f"{s[0]}.wire.en.txt", *s) for s in WIRE_SLIPS] + \
    [("probes17", s[1], s[0], *s[2:]) for s in OTHER_SLIPS]


@pytest.fixture(scope="module")
def terms():
    return load_glossary(env=False)


@pytest.mark.parametrize(("probes", "zh", "en", "expected"), CORRECT,
                         ids=[f"{c[0]}:{c[2]}" for c in CORRECT])
def test_correct_translation_lints_as_documented(probes, zh, en, expected, terms) -> None:
    assert coded(LINT / probes, f"{zh}.zh.txt", f"{en}.en.txt", terms) == expected


@pytest.mark.parametrize(("probes", "english", "name", "good", "bad", "codes"), SLIPS,
                         ids=[f"{s[0]}:{s[1]}-{s[4]}" for s in SLIPS])
def test_each_planted_slip_is_found(probes, english, name, good, bad, codes, terms,
                                    tmp_path) -> None:
    found = slip_codes(LINT / probes, english, name, good, bad, terms, tmp_path)
    documented = {f"{en}.en.txt": expected for p, _, en, expected in CORRECT if p == probes}
    found.subtract(code for code, _ in documented[english])
    assert sorted(found.elements()) == sorted(codes.split()), found
