"""The lead's sixteenth-round probes (tests/data/lint/probes16/README.md): correct translations
written apart from the rules lint as documented, and each planted slip is found by its check."""

from __future__ import annotations

import pytest
from tifa.glossary.store import load_glossary

from tests.conftest import REPO
from tests.lintsets import coded, slip_codes

DATA = REPO / "tests" / "data" / "lint" / "probes16"
# (Chinese, English, the findings a reviser would agree with)
CORRECT = [
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
# (document, correct English, slipped English, the codes found)
SLIPS = [
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
