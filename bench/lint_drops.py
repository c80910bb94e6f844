"""Recall of omissions, one at a time: drop each English line of the aligner's keynote set
(tests/data/align/keynote.*, a sentence a line in blank-line paragraphs) and lint the pair.

    python bench/lint_drops.py

Prints, for each draft, whether a warning or error points at the dropped line's Chinese (AT),
only elsewhere (ELSEWHERE) or nowhere (SILENT), and the totals by finding code. The precision
side (correct translations by another hand lint clean) is tested in
tests/test_lint_other_hands.py.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from pathlib import Path

from tifa.glossary.store import load_glossary
from tifa.tm.lint import iter_findings
from tifa.tm.lint.readers import read_units

REPO = Path(__file__).resolve().parent.parent
ZH, EN = REPO / "tests/data/align/keynote.zh", REPO / "tests/data/align/keynote.en"


def main() -> None:
    terms = load_glossary(env=False)
    zh, en = ZH.read_text(encoding="utf-8").split("\n"), EN.read_text(encoding="utf-8").split("\n")
    verdicts, codes = Counter(), Counter()
    with tempfile.TemporaryDirectory() as tmp:
        draft = Path(tmp) / "draft.en"
        for i, line in enumerate(en):
            if not line.strip():
                continue
            draft.write_text("\n".join(en[:i] + en[i + 1:]), encoding="utf-8")
            findings = [f for f in iter_findings(list(read_units(ZH, draft, glossary=terms)),
                                                 terms) if f.severity != "info"]
            codes.update(f.code for f in findings)
            at = any(f.location.rsplit(":", 1)[1] == str(i + 1) for f in findings)
            verdict = "AT" if at else "ELSEWHERE" if findings else "SILENT"
            verdicts[verdict] += 1
            shown = [(f.code, f.location.rsplit(":", 1)[1]) for f in findings][:3]
            print(f"line {i + 1:3} {verdict:9} {zh[i][:30]}  {shown}")
    print(f"{sum(verdicts.values())} drafts: {dict(verdicts)}; findings by code {dict(codes)}")


if __name__ == "__main__":
    main()
