"""Recall and precision of lint on planted slips (docs/lint.md, "Thirteenth round"): sentence
pairs written for the test, each correct translation with a twin carrying one slip of a named
kind (a lost "not", a litotes, an added "not", a wrong noun in a term, a figure, a name, a
title).

    python bench/lint_planted.py                       # the development pairs
    python bench/lint_planted.py --held                # the held-out third
    python bench/lint_planted.py FILE.tsv -v           # any such file, with each miss shown

A file with an `en2` column (planted16) has a second correct translation, in another
translator's words, for some pairs: it is linted too and counted apart ("second wording").

Prints, per kind, how many correct translations lint silent and how many twins give exactly
their one finding (of the code the file names), one of another code, several, or none. Runs
on any checkout (for a baseline, with that checkout's python).
"""

from __future__ import annotations

import csv
import sys
from collections import Counter, defaultdict
from pathlib import Path

from tifa.glossary.store import load_glossary
from tifa.tm.lint import LintUnit, iter_findings

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "tests/data/lint/planted13"


def lint(terms, zh: str, en: str) -> list:
    return list(iter_findings([LintUnit("1", "s:1", zh, en, doc="d")], terms))


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    files = [a for a in argv if not a.startswith("-")]
    path = Path(files[0]) if files else DATA / ("held.tsv" if "--held" in argv else "dev.tsv")
    rows = list(csv.DictReader(open(path, encoding="utf-8"), delimiter="\t"))
    terms = load_glossary(env=False)
    table: dict[str, Counter] = defaultdict(Counter)
    for row in rows:
        counts = table[row["kind"]]
        counts["pairs"] += 1
        # the correct translation, and a second one in another translator's words (en2)
        for column, silent, label in (("en", "silent", "NOISE"), ("en2", "silent2", "NOISE2")):
            if column == "en2":
                if not row.get("en2"):
                    continue
                counts["en2"] += 1
            noise = lint(terms, row["zh"], row[column])
            counts[silent] += not noise
            if noise and verbose:
                print(f"{label} {row['kind']}: {row[column][:60]} -> "
                      f"{[(f.code, f.message) for f in noise]}")
        codes = [f.code for f in lint(terms, row["zh"], row["slipped"])]
        verdict = "exact" if codes == [row["code"]] else "other" if len(codes) == 1 else \
            "several" if codes else "missed"
        counts[verdict] += 1
        if verdict != "exact" and verbose:
            print(f"{verdict.upper()} {row['kind']}: {row['slipped'][:60]} {codes}")
    total = Counter()
    for kind, counts in [*table.items(), ("all", total)]:
        if kind != "all":
            total.update(counts)
        second = f" (second wording silent {counts['silent2']} of {counts['en2']})" \
            if total["en2"] else ""
        print(f"{kind:6} {counts['pairs']:3} pairs: silent {counts['silent']:3}; slips "
              f"exact {counts['exact']:3}, other {counts['other']}, several "
              f"{counts['several']}, missed {counts['missed']}{second}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
