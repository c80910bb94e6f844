"""Recall of omissions, one at a time: drop each English line of the aligner's keynote set
(tests/data/align/keynote.*, a sentence a line in blank-line paragraphs) and lint the pair;
then drop each English paragraph of every article translated by another hand
(tests/data/lint/other-hands, one paragraph a line), with and without blank lines.

    python bench/lint_drops.py
    python bench/lint_drops.py --clauses   # instead: one clause dropped inside a sentence

Prints, for each draft, whether a warning or error points at the dropped line's Chinese (AT:
at its line, or a partial omission naming its text), only elsewhere (ELSEWHERE) or nowhere
(SILENT), and the totals by finding code. The precision side (the same correct translations
lint clean) is tested in tests/test_lint_other_hands.py.
"""

from __future__ import annotations

import random
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

from tifa.glossary.store import load_glossary
from tifa.tm.lint import iter_findings
from tifa.tm.lint.readers import read_units

REPO = Path(__file__).resolve().parent.parent
ZH, EN = REPO / "tests/data/align/keynote.zh", REPO / "tests/data/align/keynote.en"


OTHER_HANDS = REPO / "tests/data/lint/other-hands"


def drops(zh_path: Path, zh: list[str], en: list[str], terms, tmp: Path, label: str,
          quiet: bool = False) -> Counter:
    """Lint `zh` against `en` with each non-blank English line left out in turn."""
    verdicts, codes = Counter(), Counter()
    draft = tmp / "draft.en"
    for i, line in enumerate(en):
        if not line.strip():
            continue
        draft.write_text("\n".join(en[:i] + en[i + 1:]), encoding="utf-8")
        findings = [f for f in iter_findings(list(read_units(zh_path, draft, glossary=terms)),
                                             terms) if f.severity != "info"]
        codes.update(f.code for f in findings)
        at = any(f.location.rsplit(":", 1)[1] == str(i + 1) or
                 (f.span is not None and f.span.text.strip() == zh[i].strip())
                 for f in findings)
        verdict = "AT" if at else "ELSEWHERE" if findings else "SILENT"
        verdicts[verdict] += 1
        if not quiet or verdict != "AT":
            shown = [(f.code, f.location.rsplit(":", 1)[1]) for f in findings][:3]
            print(f"{label} line {i + 1:3} {verdict:9} {zh[i][:30]}  {shown}")
    print(f"{label}: {sum(verdicts.values())} drafts: {dict(verdicts)}; "
          f"findings by code {dict(codes)}")
    return verdicts


def clause_drops(terms, tmp: Path) -> Counter:
    """Drop one comma- or semicolon-delimited piece of at least 4 words (never the first,
    chosen with a fixed seed) from each English line of the other-hands articles."""
    rng, verdicts = random.Random(7), Counter()
    draft = tmp / "draft.en.txt"
    for zh_path in sorted(OTHER_HANDS.glob("*.zh.txt")):
        name = zh_path.name.split(".")[0]
        en = zh_path.with_name(f"{name}.en.txt").read_text(encoding="utf-8").split("\n")
        for i, line in enumerate(en):
            pieces = re.split(r"(?<=[,;]) ", line)
            cuts = [k for k in range(1, len(pieces)) if len(pieces[k].split()) >= 4]
            if not cuts:
                continue
            k = rng.choice(cuts)
            draft.write_text("\n".join(en[:i] + [" ".join(pieces[:k] + pieces[k + 1:])]
                                       + en[i + 1:]), encoding="utf-8")
            findings = [f for f in iter_findings(
                list(read_units(zh_path, draft, glossary=terms)), terms) if f.severity != "info"]
            at = [f.code for f in findings if f.location.rsplit(":", 1)[1] == str(i + 1)]
            verdict = "AT" if at else "ELSEWHERE" if findings else "SILENT"
            verdicts[verdict] += 1
            if verdict != "AT":
                print(f"{name} line {i + 1:3} {verdict:9} {pieces[k][:60]}")
    print(f"other hands, a clause dropped: {sum(verdicts.values())} drafts: {dict(verdicts)}")
    return verdicts


def main() -> None:
    terms = load_glossary(env=False)
    if "--clauses" in sys.argv:
        with tempfile.TemporaryDirectory() as tmp:
            clause_drops(terms, Path(tmp))
        return
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        drops(ZH, ZH.read_text(encoding="utf-8").split("\n"),
              EN.read_text(encoding="utf-8").split("\n"), terms, tmp, "keynote")
        total = {"blank lines": Counter(), "a paragraph a line": Counter()}
        for zh_path in sorted(OTHER_HANDS.glob("*.zh.txt")):
            name = zh_path.name.split(".")[0]
            zh = zh_path.read_text(encoding="utf-8").split("\n")
            en = zh_path.with_name(f"{name}.en.txt").read_text(encoding="utf-8").split("\n")
            total["blank lines"] += drops(zh_path, zh, en, terms, tmp, name, quiet=True)
            compact = tmp / f"{name}.zh.txt"  # as a word processor saves: no blank lines
            czh = [line for line in zh if line.strip()]
            compact.write_text("\n".join(czh) + "\n", encoding="utf-8")
            total["a paragraph a line"] += drops(
                compact, czh, [line for line in en if line.strip()], terms, tmp,
                f"{name} (compact)", quiet=True)
        for layout, verdicts in total.items():
            print(f"other hands, {layout}: {sum(verdicts.values())} drafts: {dict(verdicts)}")


if __name__ == "__main__":
    main()
