"""Precision and recall of the checks against meaning reversals (docs/lint.md, "Twelfth
round"): a verb given its opposite (`reversal`), a wrong country for a pair abbreviation
(`name-mismatch`), a negation lost where the sentence keeps another (`negation`).

    python bench/lint_reversal.py

Prints, on every correct translation of the test data (plain-text pairs, linted as `tifa
lint zh.txt en.txt` reads them), the findings of those three checks, and how many units
negate two clauses or more and how many of those a translator rendered with fewer English
negators than negated clauses (merged: "has never interfered … or sought …"); then, on the
sentence pairs of tests/data/lint/reversal/pairs.tsv, how many correct ones are silent and
how many slipped twins give exactly their one finding. Runs on any checkout (for a baseline,
with that checkout's python).
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

from tifa.glossary.store import load_glossary
from tifa.tm.lint import LintUnit, iter_findings
from tifa.tm.lint.checks import Negation
from tifa.tm.lint.readers import read_units

REPO = Path(__file__).resolve().parent.parent
CODES = ("negation", "reversal", "name-mismatch")
SETS = ("lint/clean", "lint/figures", "lint/genres", "lint/genres2", "lint/mt",
        "lint/other-hands", "lint/xian", "align/hard")


def correct_pairs() -> list[tuple[Path, Path]]:
    """Every correct plain-text translation of the test data: X.zh.txt beside X.en.txt."""
    out = []
    for name in SETS:
        for zh in sorted((REPO / "tests/data" / name).glob("*.zh.txt")):
            en = zh.with_name(zh.name.replace(".zh.txt", ".en.txt"))
            if en.exists():
                out.append((zh, en))
    keynote = REPO / "tests/data/align/keynote.zh"  # the aligner's set, a sentence a line
    return out + [(keynote, keynote.with_suffix(".en"))]


def bible_units() -> list[LintUnit]:
    """The Bible verses of the aligner's dev set (../shared/align-dev/bible; Chinese Union
    Version, King James Version) as units, one per gold bead: old, careful, independent
    translation, dense in negations ("neither … nor"); empty if the set is not there."""
    data = REPO.parent / "shared" / "align-dev" / "bible"
    if not (data / "gold.align").exists():
        return []
    en = (data / "bible.en").read_text(encoding="utf-8").splitlines()
    zh = (data / "bible.zh").read_text(encoding="utf-8").splitlines()
    units = []
    for n, line in enumerate((data / "gold.align").read_text(encoding="utf-8").splitlines()):
        e_ids, z_ids = (side.strip("[] ").split(",") for side in line.split(":"))
        if e_ids != [""] and z_ids != [""]:
            units.append(LintUnit(str(n), f"bible:{n + 1}", "".join(zh[int(i)] for i in z_ids),
                                  " ".join(en[int(i)] for i in e_ids), doc="bible"))
    return units


def merged(unit) -> tuple[int, int]:
    """(1 if the unit negates 2+ clauses, 1 if its English has fewer negators than that)."""
    check = Negation()
    if not hasattr(check, "negators"):
        return 0, 0
    found = check.negators(unit.source)
    clauses = [c for c in check._CLAUSE_ZH.finditer(unit.source)
               if any(c.start() <= n.start() < c.end() for n in found)]
    if len(clauses) < 2 or unit.alignment:
        return 0, 0
    return 1, int(0 < len(check._EN.findall(unit.target)) < len(clauses))


def measure(label: str, units: list, terms, show: bool) -> None:
    """Print the findings of the three checks on `units` (correct work) and the merge count."""
    several = fewer = 0
    for unit in units:
        a, b = merged(unit)
        several += a
        fewer += b
    codes = Counter()
    for f in iter_findings(units, terms):
        if f.code in CODES:
            kind = f"{f.code} (clauses)" if "clauses of the source" in f.message else f.code
            codes[kind] += 1
            if show:
                print(f"  {f.location}: {f.code}: {f.message}")
    print(f"{label}: {len(units)} units; findings {dict(codes) or 0}; negating 2+ clauses "
          f"{several}, of them with fewer English negators {fewer}")


def main() -> int:
    terms = load_glossary(env=False)
    pairs = correct_pairs()
    units = [u for zh, en in pairs for u in read_units(zh, en, glossary=terms)]
    measure(f"correct translations ({len(pairs)} documents)", units, terms, show=True)
    bible = bible_units()
    if bible:
        measure("Bible verses (stress, not a gate)", bible, terms, show=False)
    rows = list(csv.DictReader(open(REPO / "tests/data/lint/reversal/pairs.tsv",
                                    encoding="utf-8"), delimiter="\t"))
    silent, found, wrong = 0, Counter(), Counter()
    for row in rows:
        ok = list(iter_findings([LintUnit("1", "s:1", row["zh"], row["en"], doc="d")], terms))
        slip = list(iter_findings([LintUnit("1", "s:1", row["zh"], row["slipped"], doc="d")],
                                  terms))
        silent += not ok
        if [f.code for f in slip] == [row["code"]]:
            found[row["code"]] += 1
        else:
            wrong[row["code"]] += 1
    print(f"sentence pairs: {silent}/{len(rows)} correct silent; slips found exactly once "
          f"{dict(found)}, not {dict(wrong) or 0}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
