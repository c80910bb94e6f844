"""Refit the aligner's confidence model (`tm/align_confidence.json`) and print its reliability.

    python bench/fit_align_confidence.py [--bible DIR] [--write] [--l2 X]

Data: every bead `tm.align` predicts on the Bible dev set (judged right when the verse-merged
bead it ends up in is a gold bead, as `bench_align.py` scores) and on the keynote set (all three
variants, aligned paragraphs first and flat; right when it is a gold bead). The Bible books are
split in two halves (alternating in canonical order): the model is fitted on half A + the
keynote set and evaluated on half B, which it has not seen; the reverse fold (fit on B + keynote,
test on A) is printed as a check. `--write` ships the model fitted on half A + keynote, with its
held-out figures in the JSON's `stats`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

from bench_align import (  # noqa: E402
    BINS,
    KEYNOTE_VARIANTS,
    LITERARY_VARIANTS,
    bible_judged,
    find_bible,
    half_a_books,
    in_half_a,
    load_keynote,
    load_set,
)
from tifa.tm.align import DOUBT_THRESHOLD, align_features  # noqa: E402
from tifa.tm.align_confidence import FEATURES, WEIGHTS_FILE, Model, fit  # noqa: E402

Rows = list[tuple[list[float], bool]]


def bible_rows(folder: Path) -> tuple[Rows, Rows, list[str]]:
    """(half A, half B) of the Bible set's beads as (features, right), and the book of each bead
    of A + B in that order."""
    zh, en, gold, zv, ev = load_set(folder)
    beads, features = align_features(zh, en)
    _, judged = bible_judged(beads, gold, zv, ev)
    half_a = half_a_books(zv)
    a: Rows = []
    b: Rows = []
    books_a: list[str] = []
    books_b: list[str] = []
    for bead, x, (_, right) in zip(beads, features, judged, strict=True):
        book = (zv[bead.zh[0]] if bead.zh else ev[bead.en[0]]).split(":")[0]
        if in_half_a(bead, zv, ev, half_a):
            a.append((x, right))
            books_a.append(book)
        else:
            b.append((x, right))
            books_b.append(book)
    return a, b, books_a + books_b


def by_book(rows: Rows, books: list[str], key: Rows, l2: float, threshold: float) -> None:
    """Leave one book out: fit on the other books + keynote, test on the book. Shows where the
    doubtful beads are wrong and where they are a coin toss."""
    pooled: list[tuple[float, bool]] = []
    for held in dict.fromkeys(books):
        train = [row for row, book in zip(rows, books, strict=True) if book != held] + key
        test = [row for row, book in zip(rows, books, strict=True) if book == held]
        model = fit([x for x, _ in train], [r for _, r in train], l2)
        t = at_threshold(model, test, threshold)
        print(f"    {held}: {t['above']} above, {t['above_right']:.1%} right; "
              f"{t['below']} below, {t['below_wrong']:.1%} wrong")
        pooled += [(model.probability(x), r) for x, r in test]
    above = [r for p, r in pooled if p >= threshold]
    below = [r for p, r in pooled if p < threshold]
    print(f"    all books held out once: {len(above)} above, {sum(above) / len(above):.1%} right; "
          f"{len(below)} below, {1 - sum(below) / max(1, len(below)):.1%} wrong")


def keynote_rows(variants: dict = KEYNOTE_VARIANTS) -> Rows:
    rows: Rows = []
    for variant in variants:
        zh, zp, en, ep, gold = load_keynote(variant)
        gold_set = set(gold)
        for paras in (True, False):
            beads, features = align_features(zh, en, zh_paras=zp if paras else None,
                                             en_paras=ep if paras else None)
            rows += [(x, (tuple(b.zh), tuple(b.en)) in gold_set)
                     for b, x in zip(beads, features, strict=True)]
    return rows


def reliability(model: Model, rows: Rows) -> list[tuple[float, float, int, float]]:
    """(bin low, bin high, beads, share right) per confidence bin."""
    probs = [(model.probability(x), right) for x, right in rows]
    out = []
    for lo, hi in zip(BINS, BINS[1:], strict=False):
        inside = [right for p, right in probs if lo <= p < hi]
        if inside:
            out.append((lo, min(hi, 1.0), len(inside), sum(inside) / len(inside)))
    return out


def at_threshold(model: Model, rows: Rows, threshold: float) -> dict[str, float]:
    probs = [(model.probability(x), right) for x, right in rows]
    above = [right for p, right in probs if p >= threshold]
    below = [right for p, right in probs if p < threshold]
    return {"beads": len(rows), "wrong": sum(not r for _, r in rows),
            "above": len(above), "above_right": round(sum(above) / max(1, len(above)), 4),
            "below": len(below), "below_wrong": round(1 - sum(below) / max(1, len(below)), 4)}


def show(title: str, model: Model, rows: Rows, threshold: float) -> dict[str, float]:
    t = at_threshold(model, rows, threshold)
    print(f"{title}: {t['beads']} beads, {t['wrong']} wrong; at {threshold}: {t['above']} above, "
          f"{t['above_right']:.1%} right; {t['below']} below, {t['below_wrong']:.1%} wrong")
    for lo, hi, count, right in reliability(model, rows):
        print(f"    {lo:.2f}-{hi:.2f}  {count:5}  {right:.1%} right")
    return t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bible", default=str(find_bible()))
    ap.add_argument("--l2", type=float, default=1.0, help="L2 penalty on the weights")
    ap.add_argument("--threshold", type=float, default=DOUBT_THRESHOLD)
    ap.add_argument("--write", action="store_true", help=f"write {WEIGHTS_FILE.name}")
    ap.add_argument("--cache", help="JSON file keeping the beads' features between runs "
                    "(read if it exists, else written): to try penalties and thresholds quickly")
    args = ap.parse_args()
    cache = Path(args.cache) if args.cache else None
    if cache and cache.exists():
        a, b, books, key, lit = json.loads(cache.read_text(encoding="utf-8"))
    else:
        a, b, books = bible_rows(Path(args.bible))
        key = keynote_rows()
        lit = keynote_rows(LITERARY_VARIANTS)
        if cache:
            cache.write_text(json.dumps([a, b, books, key, lit]), encoding="utf-8")
    fold_a = fit([x for x, _ in a + key], [r for _, r in a + key], args.l2)
    fold_b = fit([x for x, _ in b + key], [r for _, r in b + key], args.l2)
    print("weights (fit on Bible half A + keynote):")
    for name in FEATURES:
        print(f"    {name:18} {fold_a.weights[name]:+.3f}   (fold B: {fold_b.weights[name]:+.3f})")
    print(f"    {'bias':18} {fold_a.bias:+.3f}   (fold B: {fold_b.bias:+.3f})")
    stats = {
        "bible_a_train": show("Bible half A (training)", fold_a, a, args.threshold),
        "bible_b_heldout": show("Bible half B (held out)", fold_a, b, args.threshold),
        "keynote_train": show("keynote (training)", fold_a, key, args.threshold),
    }
    stats["literary_heldout"] = show("literary set (held out)", fold_a, lit, args.threshold)
    show("reverse fold: Bible half A held out (fit on B + keynote)", fold_b, a, args.threshold)
    print(f"leave one book out (fit on the other books + keynote), at {args.threshold}:")
    by_book(a + b, books, key, args.l2, args.threshold)
    if args.write:
        fold_a.note = ("fitted by bench/fit_align_confidence.py on the Bible set's half A "
                       "(alternate books) and the keynote set; stats at DOUBT_THRESHOLD")
        fold_a.stats = {"threshold": args.threshold, "l2": args.l2, **stats}
        WEIGHTS_FILE.write_text(fold_a.to_json(), encoding="utf-8")
        print(f"wrote {WEIGHTS_FILE}")


if __name__ == "__main__":
    main()
