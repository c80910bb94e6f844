"""Lint every draft of the test data and print every finding: the guard that a change to the
readers, the checks or the glossary moves nothing it was not meant to (diff two runs).

    PEER/bin/python bench/lint_all_data.py > before.txt     # a python with main's tifa
    .venv/bin/python bench/lint_all_data.py > after.txt     # this checkout's
    diff before.txt after.txt                               # identical, or a reason

What is linted (under tests/data, or the directories given), with the shipped glossary of the
tifa that runs it:
- every bilingual file (TMX, XLIFF of any tool, PO, CSV/TSV, XLSX);
- every plain-text pair: `X.zh.txt` with each `X.*en.txt` beside it (`X.en.txt`,
  `X.wire.en.txt` …), `X.zh` with `X.en`;
- each row of the sentence sets (planted13…, variants, reversal) with each English column
  (en, en2, target, slipped …).
A new finding on a correct text means a check, an entry or a variant is wrong; on a slipped
text, that a slip is now reported otherwise. A file lint refuses prints its one-line error and
a crash its exception, so both show in the diff. Paths are relative to the directory given.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from tifa.glossary.store import load_glossary
from tifa.tm.base.files import TifaError
from tifa.tm.lint import LintUnit, iter_findings
from tifa.tm.lint.readers import read_units

REPO = Path(__file__).resolve().parent.parent
BILINGUAL = {".tmx", ".xlf", ".xliff", ".sdlxliff", ".mqxliff", ".mxliff", ".po", ".csv",
             ".tsv", ".xlsx"}
SENTENCE_SETS = ("planted1", "planted2", "variants", "reversal")  # directory name prefixes
SKIP = {"omegat", "office", "score"}  # glossaries, office files, score references
ENGLISH = {"target", "slipped"}  # the English columns not named en…


def drafts(root: Path) -> list[tuple[Path, Path | None]]:
    """(file, English beside it or None) for every draft under `root`, in a stable order."""
    out: list[tuple[Path, Path | None]] = []
    for path in sorted(root.rglob("*")):
        if not path.is_file() or SKIP & set(path.relative_to(root).parts):
            continue
        name = path.name
        if name.endswith(".zh.txt"):
            stem = name[:-len(".zh.txt")]
            out += [(path, en) for en in sorted(path.parent.glob(f"{stem}.*en.txt"))]
        elif name.endswith(".zh") and path.with_suffix(".en").exists():
            out.append((path, path.with_suffix(".en")))
        elif path.suffix.lower() in BILINGUAL and not name.startswith("gold"):
            out.append((path, None))
    return out


def _sentence_rows(path: Path, terms) -> list[tuple[str, list]]:
    """(label, findings) for each English column of each row of a sentence set."""
    out = []
    with open(path, encoding="utf-8", newline="") as fh:
        for i, row in enumerate(csv.DictReader(fh, delimiter="\t")):
            zh = row.get("zh") or row.get("source") or ""
            for col, text in row.items():
                if text and isinstance(col, str) and (col in ENGLISH or col.startswith("en")):
                    unit = LintUnit("1", f"row {i}:{col}", zh, text, doc="d")
                    out.append((f"row {i}:{col}", list(iter_findings([unit], terms))))
    return out


def main(argv: list[str]) -> int:
    roots = [Path(a) for a in argv] or [REPO / "tests/data"]
    terms = load_glossary(env=False)
    for root in roots:
        for path, en in drafts(root):
            label = str(path.relative_to(root)) + (f" + {en.name}" if en else "")
            sets = path.suffix == ".tsv" and path.parent.name.startswith(SENTENCE_SETS)
            try:
                if sets:
                    parts = _sentence_rows(path, terms)
                else:
                    parts = [("", list(iter_findings(
                        read_units(path, en, glossary=terms if en else None), terms, jobs=0)))]
            except TifaError as err:
                print(f"{label}: REFUSED {str(err).replace(str(root) + '/', '')}")
                continue
            except Exception as err:  # noqa: BLE001 - a traceback here is a bug to report
                print(f"{label}: CRASH {type(err).__name__}: {err}")
                continue
            for part, findings in parts:
                if sets and not findings:
                    continue
                print(f"{label}{' ' + part if part else ''}: {len(findings)} finding(s)")
                for f in findings:
                    where = f.location.replace(str(root) + "/", "")
                    print(f"  {where} {f.code} {f.severity} {f.message}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
