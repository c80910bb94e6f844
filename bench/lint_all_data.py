"""Lint every draft under tests/data and print every finding: the guard that a change to the
readers or checks moves nothing it was not meant to (diff this output before and after).

    python bench/lint_all_data.py [DIR] > after.txt     # DIR defaults to tests/data

A draft is a bilingual file (TMX, XLIFF of any tool, PO, CSV/TSV, XLSX) or a plain-text pair
(`X.zh.txt` + `X.en.txt`, `X.zh` + `X.en`). A file lint refuses prints its one-line error
(many test files are refused on purpose). Runs on any checkout (for a baseline, with that
checkout's python); paths are printed relative to DIR so the two outputs diff.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tifa.glossary.store import load_glossary
from tifa.tm.base.files import TifaError
from tifa.tm.lint import iter_findings
from tifa.tm.lint.readers import read_units

REPO = Path(__file__).resolve().parent.parent
BILINGUAL = {".tmx", ".xlf", ".xliff", ".sdlxliff", ".mqxliff", ".mxliff", ".po", ".csv",
             ".tsv", ".xlsx"}


def drafts(root: Path) -> list[tuple[Path, Path | None]]:
    """(file, English beside it or None) for every draft under `root`, in a stable order."""
    out: list[tuple[Path, Path | None]] = []
    for path in sorted(root.rglob("*")):
        if not path.is_file():
            continue
        name = path.name
        if path.suffix.lower() in BILINGUAL:
            out.append((path, None))
        elif name.endswith(".zh.txt") or name.endswith(".zh"):
            en = path.with_name(name[:-7] + ".en.txt" if name.endswith(".txt")
                                else name[:-3] + ".en")
            if en.exists():
                out.append((path, en))
    return out


def main(argv: list[str]) -> int:
    root = Path(argv[0]) if argv else REPO / "tests/data"
    terms = load_glossary(env=False)
    for path, en in drafts(root):
        label = str(path.relative_to(root)) + (f" + {en.name}" if en else "")
        try:
            findings = list(iter_findings(read_units(path, en, glossary=terms if en else None),
                                          terms, jobs=0))
        except TifaError as err:
            print(f"{label}: REFUSED {str(err).replace(str(root) + '/', '')}")
            continue
        except Exception as err:  # noqa: BLE001 - a traceback here is a bug to report
            print(f"{label}: CRASH {type(err).__name__}: {err}")
            continue
        print(f"{label}: {len(findings)} finding(s)")
        for f in findings:
            where = f.location.replace(str(root) + "/", "")
            print(f"  {where} {f.code} {f.severity} {f.message}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
