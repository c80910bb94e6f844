"""Lint quality: precision and recall per code on drafts with planted errors, silence on their
clean twins and on our own reference translations of the seeds."""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

import pytest
from tifa.glossary.store import load_glossary
from tifa.tm.lint import iter_findings
from tifa.tm.lint.checks import CHECKS
from tifa.tm.lint.readers import read_units

from tests.conftest import REPO, SEEDS, run_tifa

DATA = REPO / "tests" / "data" / "lint"
# Codes whose gold is the real-text set of test_lint_real.py (a translation with paragraphs cut
# and slips planted), of test_lint_other_hands.py or of test_lint_reversal.py, not these drafts
# (kept as they are).
ALIGNMENT_CODES = {"omission", "partial-omission", "addition", "alignment-doubtful", "negation",
                   "reversal"}
DRAFTS = ["speech.tmx", "speech.xlf", "figures.xlf", "draft.po", "names.xlf", "punctuation.csv",
          "consistency.tsv", "news.zh.txt"]


@pytest.fixture(scope="module")
def terms():
    # A frozen copy of the curated glossary: curating the shipped one must not move the gold.
    return load_glossary([DATA / "glossary.yaml"], shipped=False, env=False)


def _lint(folder: Path, name: str, terms) -> list:
    path = folder / name
    en = path.with_name("news.en.txt") if name.endswith(".zh.txt") else None
    tm = DATA / "memory.tmx" if name == "speech.tmx" else None
    return list(iter_findings(read_units(path, en), terms, tm))


def _unit_key(name: str, finding) -> tuple[str, str, str]:
    uid = finding.unit_id.split("/")[0] if name.endswith(".txt") else finding.unit_id
    return (name, uid, finding.code)


def _gold() -> set[tuple[str, str, str]]:
    with open(DATA / "gold.tsv", encoding="utf-8") as fh:
        return {(r["file"], r["id"], r["code"]) for r in csv.DictReader(fh, delimiter="\t")}


def test_gold_has_many_planted_errors_per_code() -> None:
    per_code = defaultdict(int)
    for _, _, code in _gold():
        per_code[code] += 1
    assert set(per_code) == set(CHECKS) - ALIGNMENT_CODES
    assert all(n >= 10 for n in per_code.values()), per_code


def test_precision_and_recall_per_code(terms) -> None:
    found = set()
    for name in DRAFTS:
        found |= {_unit_key(name, f) for f in _lint(DATA / "planted", name, terms)}
    gold = _gold()
    report = {}
    for code in set(CHECKS) - ALIGNMENT_CODES:
        g = {k for k in gold if k[2] == code}
        f = {k for k in found if k[2] == code}
        tp = len(g & f)
        report[code] = (tp / len(f) if f else 1.0, tp / len(g) if g else 1.0)
    print("\nprecision / recall per code:")
    for code, (p, r) in report.items():
        print(f"  {code:22} {p:.2f} / {r:.2f}")
    assert all(p >= 0.95 and r >= 0.95 for p, r in report.values()), report


@pytest.mark.parametrize("name", DRAFTS)
def test_clean_twins_are_quiet(name: str, terms) -> None:
    findings = _lint(DATA / "clean", name, terms)
    assert findings == [], [f"{f.location}: {f.code}: {f.message}" for f in findings]


def _article(path: Path, title: str, out: Path) -> Path:
    """The Chinese article as blank-line separated paragraphs (the corpus reader's clean text)."""
    from tifa.tm.corpus.clean import read_corpus

    corpus = read_corpus([path])
    article = next(a for a in corpus.articles if a.title.startswith(title))
    out.write_text("\n\n".join(p.text for p in article.paragraphs) + "\n", encoding="utf-8")
    return out


@pytest.mark.parametrize(("seed", "title", "english"), [
    ("001_40e660239a1a5984.txt", "携手建设", "xian-keynote-2023.en.txt"),
    ("004_493144276345315f.txt", "携手构建", "xinhua-commentary-2025-06.en.txt"),
])
def test_reference_translations_are_quiet(seed, title, english, tmp_path) -> None:
    en = SEEDS / "en" / english
    zh = _article(SEEDS / seed, title, tmp_path / "zh.txt")
    result = run_tifa("lint", str(zh), "--en", str(en), "--select",
                      "term-missing,term-deprecated,number-mismatch,untranslated")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("0 error(s)")
