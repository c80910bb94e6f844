"""Lint every text of the test data with the shipped glossary of the tifa that runs it, one
sorted line per finding, for diffing two glossaries (or two versions of lint) on correct work:

    PEER/bin/python bench/lint_alldata.py > before.txt   # a python with main's tifa
    .venv/bin/python bench/lint_alldata.py > after.txt     # this checkout's
    diff before.txt after.txt                                          # identical, or a reason

What is linted (under tests/data, or the directories given): each `X.zh.txt` with every
`X.*.en.txt` beside it, every bilingual file (TMX, XLIFF and its flavours, PO, CSV, TSV), and
each row of the sentence sets (planted13…, variants, reversal) with each of its English
columns. A new finding on a correct text means an entry, a variant or a short form is wrong;
on a slipped text, that a slip is now reported otherwise. A file lint refuses is one line with
its error, so a crash shows in the diff too.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from tifa.glossary.store import load_glossary
from tifa.tm.lint import LintUnit, iter_findings
from tifa.tm.lint.readers import read_units

REPO = Path(__file__).resolve().parent.parent
BILINGUAL = {".xlf", ".xliff", ".tmx", ".po", ".csv", ".tsv", ".sdlxliff", ".mqxliff", ".mxliff"}
SENTENCE_SETS = ("planted1", "variants", "reversal")  # directory name prefixes
SKIP = {"omegat", "office", "score"}  # glossaries, office files, score references
ENGLISH = {"target", "slipped"}  # the English columns not named en…


def lines(name: str, findings) -> list[str]:
    return [f"{name}\t{f.location}\t{f.code}\t{f.term or ''}\t{f.message}" for f in findings]


def lint_file(path: Path, root: Path, terms) -> list[str]:
    """The findings of one file of the test data (nothing for a file that is not a draft)."""
    rel = str(path.relative_to(root))
    try:
        if path.name.endswith(".zh.txt"):
            stem = path.name[:-len(".zh.txt")]
            out = []
            for en in sorted(path.parent.glob(f"{stem}.*en.txt")):
                units = list(read_units(path, en, glossary=terms))
                out += lines(str(en.relative_to(root)), iter_findings(units, terms))
            return out
        if path.suffix == ".tsv" and path.parent.name.startswith(SENTENCE_SETS):
            out = []
            with open(path, encoding="utf-8", newline="") as fh:
                for i, row in enumerate(csv.DictReader(fh, delimiter="\t")):
                    zh = row.get("zh") or row.get("source") or ""
                    for col, text in row.items():  # every English column: en, en2, slipped …
                        if text and isinstance(col, str) and (col in ENGLISH or
                                                              col.startswith("en")):
                            name = f"{rel}:{i}:{col}"
                            unit = LintUnit("1", name, zh, text, doc="d")
                            out += lines(name, iter_findings([unit], terms))
            return out
        if path.suffix in BILINGUAL and not path.name.startswith("gold"):
            return lines(rel, iter_findings(list(read_units(path, glossary=terms)), terms))
    except Exception as exc:  # noqa: BLE001 - a refused or crashing file is a line of the diff
        return [f"{rel}\tERROR {type(exc).__name__}: {str(exc)[:100]}"]
    return []


def main() -> None:
    roots = [Path(a) for a in sys.argv[1:]] or [REPO / "tests/data"]
    terms = load_glossary(env=False)
    out = []
    for root in roots:
        for path in sorted(root.rglob("*")):
            if path.is_file() and not SKIP & set(path.relative_to(root).parts):
                out += lint_file(path, root, terms)
    print("\n".join(sorted(out)))
    print(f"{len(out)} lines", file=sys.stderr)


if __name__ == "__main__":
    main()
