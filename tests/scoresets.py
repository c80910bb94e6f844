"""What the hand-labelled term sets of `tifa score` share (tests/data/score/terms17, terms18):
one annotated term scored against a sentence, their labels, the command that scores a set's
systems, and the check that each segment's matched terms are the labels', the set's
documented leftovers aside."""

from __future__ import annotations

import json
from pathlib import Path

from tifa.glossary.entry import Entry, Variant
from tifa.tm.score.terms import TermScorer

from tests.conftest import run_tifa


def outcomes(zh: str, ens: list[str], source: str, hypothesis: str,
             binding: bool | None = None) -> list[int]:
    """The outcome of each occurrence of one annotated term `zh` → `ens` in `source` (1
    matched, 0 missed); `binding` as a glossary entry's (None: resolved from its status)."""
    scorer = TermScorer([Entry("t", zh, en=ens[0], en_variants=[Variant(e) for e in ens[1:]],
                               binding=binding)])
    annotated = [0] * source.count(zh)
    occ = scorer.analyse(scorer.source(source, None, annotated), hypothesis).occurrences
    return [outcome for _, outcome, _ in occ]


def labelled(root: Path) -> dict[tuple[str, int, str], list[int]]:
    """(system, segment, term) → the labels of its occurrences (1 correct, 0 not), from
    `root`/labels.tsv; a sixth column, where a set has one, says correct/wrong/missing."""
    labels: dict[tuple[str, int, str], list[int]] = {}
    for line in (root / "labels.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        seg, _, zh, system, label, *verdict = line.split("\t")
        if verdict:
            assert (label, verdict[0]) in {("1", "correct"), ("0", "wrong"), ("0", "missing")}
        labels.setdefault((system, int(seg), zh), []).append(int(label))
    return labels


def score_args(root: Path, systems, src: Path | None = None) -> list[str]:
    """`tifa score` of the set's systems against its reference, per segment, as JSON."""
    return ["score", "--src", str(src or root / "src.zh"), "--ref", str(root / "ref.en"),
            *[str(root / f"{s}.en") for s in systems], "--presplit", "--bootstrap", "0",
            "-f", "json"]


def matched_rows(done) -> list[list[tuple[int, int]]]:
    """(terms, matched terms) of each segment of each system, from the JSON report."""
    assert done.returncode == 0, done.stderr
    return [[(row["terms"], row["terms_matched"]) for row in system["segments"]]
            for system in json.loads(done.stdout)["systems"]]


def assert_scores_as_labelled(root: Path, part: str, systems, left: dict) -> None:
    """Through the command line, with the annotations: each segment's matched terms equal
    the labels' (summed over the segment's terms), the documented leftovers `left`
    ((part, system, segment, term) → (labelled, scored)) aside."""
    labels = labelled(root)
    rows = matched_rows(run_tifa(*score_args(root, systems), "--terms",
                                 str(root / "terms.seg.tsv")))
    for name, system in zip(systems, rows, strict=True):
        for n, (terms, got) in enumerate(system, 1):
            mine = {zh: v for (s, seg, zh), v in labels.items() if s == name and seg == n}
            want = sum(sum(v) for v in mine.values())
            want += sum(left[(part, name, n, zh)][1] - left[(part, name, n, zh)][0]
                        for zh in mine if (part, name, n, zh) in left)
            assert terms == sum(len(v) for v in mine.values()), (name, n)
            assert got == want, (name, n)
    assert all(key[0] != part or key[1:3] in {(s, n) for s, n, _ in labels} for key in left)
