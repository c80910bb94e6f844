"""Term accuracy of `tifa score` against hand labels (tests/data/score/terms16, docs/score.md,
"Sixteenth round").

    python bench/score_term_labels.py tests/data/score/terms16/dev
    python bench/score_term_labels.py DIR --tifa /work/main/.venv/bin/tifa --show

DIR holds a presplit set (src.zh, ref.en, one `NAME.en` per system), its annotations
(terms.seg.tsv) and labels.tsv: per segment, annotated term and system, 1 when a terminologist
grading engines counts the term rendered correctly, 0 when not. Two runs:

* `--terms`: the set is expanded to one row per (segment, distinct annotated Chinese term) —
  the row repeats the segment's source, reference and outputs and carries only that term's
  annotations — and scored with the `tifa` command line (`-f json`). Each JSON segment row then
  says how many of that term's occurrences tifa counts matched, against the labels' count.
* `--glossary` (the shipped glossary, as on real MT output): `TermScorer`, the code the command
  runs, per occurrence; only annotated terms the glossary also finds are compared.

Prints, per run and system, for each label (hit = correct, miss = not) tifa's precision and
recall, and with `--show` every disagreement.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path


def read_set(root: Path):
    src = (root / "src.zh").read_text(encoding="utf-8").splitlines()
    ref = (root / "ref.en").read_text(encoding="utf-8").splitlines()
    labels: dict[tuple[int, str, str], list[int]] = defaultdict(list)
    systems: list[str] = []
    for line in (root / "labels.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        seg, _, zh, system, label, *_ = line.split("\t")   # a verdict may follow
        labels[(int(seg), zh, system)].append(int(label))
        if system not in systems:
            systems.append(system)
    hyps = {s: (root / f"{s}.en").read_text(encoding="utf-8").splitlines() for s in systems}
    terms: dict[int, list[tuple[str, list[str]]]] = defaultdict(list)
    for line in (root / "terms.seg.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        seg, zh, *ens = line.split("\t")
        terms[int(seg)].append((zh, ens))
    return src, ref, hyps, terms, labels, systems


def tally(rows) -> dict[str, Counter]:
    """rows: (system, gold hits, tifa hits, occurrences) → per system the confusion counts."""
    out: dict[str, Counter] = defaultdict(Counter)
    for system, gold, got, k in rows:
        for key in (system, "all"):
            c = out[key]
            c["hit/hit"] += min(gold, got)                # correct, counted matched
            c["miss/hit"] += max(0, got - gold)           # wrong, counted matched
            c["hit/miss"] += max(0, gold - got)           # correct, counted missed
            c["miss/miss"] += min(k - gold, k - got)      # wrong, counted missed
    return out


def report(title: str, counts: dict[str, Counter]) -> None:
    print(title)
    print(f"  {'system':8} {'terms':>5} {'hit P':>7} {'hit R':>7} {'miss P':>7} {'miss R':>7}"
          "   false alarms (correct, counted missed) / false hits (wrong, counted matched)")
    for system, c in sorted(counts.items(), key=lambda kv: kv[0] == "all"):
        n = sum(c.values())
        def ratio(a, b):
            return f"{100 * a / b:6.1f}" if b else "     –"
        print(f"  {system:8} {n:5} {ratio(c['hit/hit'], c['hit/hit'] + c['miss/hit']):>7} "
              f"{ratio(c['hit/hit'], c['hit/hit'] + c['hit/miss']):>7} "
              f"{ratio(c['miss/miss'], c['miss/miss'] + c['hit/miss']):>7} "
              f"{ratio(c['miss/miss'], c['miss/miss'] + c['miss/hit']):>7}"
              f"   {c['hit/miss']} / {c['miss/hit']}")


def run_terms(root: Path, tifa: str, show: bool):
    src, ref, hyps, terms, labels, systems = read_set(root)
    rows, keys = [], []
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        lines: dict[str, list[str]] = {"src.zh": [], "ref.en": []}
        annotations = []
        for seg in sorted(terms):
            for zh in dict.fromkeys(z for z, _ in terms[seg]):
                lines["src.zh"].append(src[seg - 1])
                lines["ref.en"].append(ref[seg - 1])
                for s in systems:
                    lines.setdefault(f"{s}.en", []).append(hyps[s][seg - 1])
                row = len(lines["src.zh"])
                annotations += [f"{row}\t{z}\t" + "\t".join(ens)
                                for z, ens in terms[seg] if z == zh]
                keys.append((seg, zh))
        for name, text in lines.items():
            (t / name).write_text("".join(x + "\n" for x in text), encoding="utf-8")
        (t / "terms.tsv").write_text("".join(x + "\n" for x in annotations), encoding="utf-8")
        cmd = [tifa, "score", "--src", str(t / "src.zh"), "--ref", str(t / "ref.en"),
               *[str(t / f"{s}.en") for s in systems], "--presplit", "--terms",
               str(t / "terms.tsv"), "--bootstrap", "0", "-f", "json", "-o", str(t / "out.json")]
        subprocess.run(cmd, check=True, env={**os.environ, "TIFA_NO_CACHE": "1"})
        result = json.loads((t / "out.json").read_text(encoding="utf-8"))
    for system, name in zip(result["systems"], systems, strict=True):
        for (seg, zh), row in zip(keys, system["segments"], strict=True):
            gold = labels[(seg, zh, name)]
            got, k = row["terms_matched"], row["terms"]
            assert k == len(gold), (seg, zh, name, k, gold)
            rows.append((name, sum(gold), got, k))
            if show and got != sum(gold):
                print(f"  --terms {name:8} seg {seg:3} {zh}: labelled {sum(gold)}/{k}, "
                      f"tifa {got}/{k} | {hyps[name][seg - 1]}")
    return tally(rows)


def run_glossary(root: Path, show: bool):
    from tifa.glossary.store import load_glossary
    from tifa.tm.base.english import strip_markdown
    try:
        from tifa.tm.base.english import decode_entities
    except ImportError:   # a tifa before the eighteenth round scores references as written
        def decode_entities(text: str) -> tuple[str, int]:
            return text, 0
    try:
        from tifa.tm.base.english import break_tags
    except ImportError:   # a tifa before the nineteenth round reads <br> as written
        def break_tags(text: str) -> tuple[str, int]:
            return text, 0
    try:
        from tifa.tm.base.english import strip_tags
    except ImportError:   # a tifa before the twenty-second round reads tags as written
        def strip_tags(text: str) -> tuple[str, int]:
            return text, 0
    from tifa.tm.score.terms import TermScorer

    src, ref, hyps, terms, labels, systems = read_set(root)
    scorer = TermScorer(list(load_glossary([])))
    rows, unlabelled = [], Counter()
    for seg in sorted(terms):
        info = scorer.source(src[seg - 1], ref[seg - 1])
        for name in systems:
            text = strip_markdown(hyps[name][seg - 1])[0]
            text = break_tags(decode_entities(strip_tags(text)[0])[0])[0]
            occ = scorer.analyse(info, text).occurrences
            per: dict[str, list[int]] = defaultdict(list)
            for e, status, _ in occ:
                per[scorer.entries[e].zh].append(status == 1)
            for zh, got in per.items():
                gold = labels.get((seg, zh, name))
                if gold is None:
                    unlabelled[name] += 1
                    continue
                rows.append((name, sum(gold), sum(got), len(gold)))
                if show and sum(got) != sum(gold):
                    print(f"  glossary {name:8} seg {seg:3} {zh}: labelled {sum(gold)}/"
                          f"{len(gold)}, tifa {sum(got)}/{len(got)} | {hyps[name][seg - 1]}")
    return tally(rows), unlabelled


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("root", type=Path)
    ap.add_argument("--tifa", default=str(Path(sys.executable).parent / "tifa"))
    ap.add_argument("--show", action="store_true", help="print every disagreement")
    ap.add_argument("--no-glossary", action="store_true")
    args = ap.parse_args()
    report(f"--terms (annotations), {args.root}", run_terms(args.root, args.tifa, args.show))
    if not args.no_glossary:
        counts, unlabelled = run_glossary(args.root, args.show)
        report(f"shipped glossary, annotated terms it finds ({sum(unlabelled.values())} found "
               "terms not annotated, left out)", counts)


if __name__ == "__main__":
    main()
