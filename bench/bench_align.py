"""Accuracy and speed of `tm.align` on the Bible zh–en development set (with gold beads).

    python bench/bench_align.py [SET_DIR] [--scale] [--baseline] [--limit N]

Prints strict and lax precision / recall / F1 (Sennrich & Volk 2011, after merging predicted
beads within one verse, as the set's README prescribes), wall time and peak RSS. `--scale` also
times 1×, 2× and 4× the set (by concatenation) to show near-linear growth. `--baseline` also runs
the same DP on sentence length only (Gale–Church) for a reference in the same run; published
figures of other aligners on this set are in its README. `--limit N` uses the first N gold beads.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tifa.tm.align import align  # noqa: E402

DEFAULT_SET = REPO.parent / "shared" / "align-dev" / "bible"


def parse_beads(text: str) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """`[1,2]:[3]` lines → list of (left ids, right ids)."""
    beads = []
    for line in text.splitlines():
        if not line.strip():
            continue
        left, right = line.strip().split(":")
        ids = [tuple(int(x) for x in side.strip("[] ").split(",") if x.strip())
               for side in (left, right)]
        beads.append((ids[0], ids[1]))
    return beads


def load_set(folder: Path, limit: int | None = None):
    """(zh sentences, en sentences, gold as (en, zh) beads, zh verses, en verses)."""
    zh = (folder / "bible.zh").read_text(encoding="utf-8").splitlines()
    en = (folder / "bible.en").read_text(encoding="utf-8").splitlines()
    zv = (folder / "bible.zh.verse").read_text(encoding="utf-8").splitlines()
    ev = (folder / "bible.en.verse").read_text(encoding="utf-8").splitlines()
    gold = parse_beads((folder / "gold.align").read_text(encoding="utf-8"))
    if limit:
        gold = gold[:limit]
        ne = 1 + max(max(e, default=-1) for e, _ in gold)
        nz = 1 + max(max(z, default=-1) for _, z in gold)
        zh, en, zv, ev = zh[:nz], en[:ne], zv[:nz], ev[:ne]
    return zh, en, gold, zv, ev


def merge_verses(beads, ev: list[str], zv: list[str]):
    """Merge consecutive (en, zh) beads whose sentences all lie in one and the same verse."""
    out: list[tuple[list[int], list[int]]] = []
    last_verse = None
    for e, z in beads:
        verses = {ev[i] for i in e} | {zv[i] for i in z}
        verse = next(iter(verses)) if len(verses) == 1 else None
        if verse is not None and verse == last_verse and out:
            out[-1][0].extend(e)
            out[-1][1].extend(z)
        else:
            out.append((list(e), list(z)))
        last_verse = verse
    return [(tuple(sorted(e)), tuple(sorted(z))) for e, z in out]


def _precision(gold, test) -> tuple[int, int, int, int]:
    gold_set = set(gold)
    tps = fps = tpl = fpl = 0
    for src, tgt in test:
        if not src and not tgt:
            continue
        if (src, tgt) in gold_set:
            tps += 1
            tpl += 1
            continue
        fps += 1
        s, t = set(src), set(tgt)
        if any(s & set(gs) and t & set(gt) for gs, gt in gold):
            tpl += 1
        else:
            fpl += 1
    return tps, fps, tpl, fpl


def score(gold, test) -> dict[str, float]:
    """Strict and lax P/R/F1; recall leaves out beads empty on one side (Sennrich & Volk)."""
    p = _precision(gold, test)
    r = _precision([b for b in test if b[0] and b[1]], [b for b in gold if b[0] and b[1]])
    out = {}
    for name, (tp, fp) in (("strict", (p[0], p[1])), ("lax", (p[2], p[3]))):
        prec = tp / (tp + fp) if tp + fp else 0.0
        rtp, rfp = (r[0], r[1]) if name == "strict" else (r[2], r[3])
        rec = rtp / (rtp + rfp) if rtp + rfp else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[f"{name}_p"], out[f"{name}_r"], out[f"{name}_f1"] = prec, rec, f1
    return out


def evaluate(zh, en, gold, zv, ev) -> tuple[dict[str, float], float, float]:
    t0, c0 = time.perf_counter(), time.process_time()
    beads = align(zh, en)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    test = merge_verses([(tuple(b.en), tuple(b.zh)) for b in beads], ev, zv)
    return score(gold, test), wall, cpu


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _fmt(s: dict[str, float]) -> str:
    return (f"strict P/R/F1 {s['strict_p']:.3f}/{s['strict_r']:.3f}/{s['strict_f1']:.3f}  "
            f"lax P/R/F1 {s['lax_p']:.3f}/{s['lax_r']:.3f}/{s['lax_f1']:.3f}")


def run_length_only(zh, en, gold, zv, ev) -> None:
    """Reference point in the same run: the same DP with the lexical weight set to zero, i.e. a
    Gale–Church length-only aligner (no external aligner is installable here: hunalign is not
    packaged for this Debian, Bleualign needs an MT system)."""
    import tifa.tm.align as A

    saved = A.W_LEX
    A.W_LEX = 0.0
    try:
        s, wall, cpu = evaluate(zh, en, gold, zv, ev)
    finally:
        A.W_LEX = saved
    print(f"length only (Gale-Church) {_fmt(s)}  time {wall:.1f}s (CPU {cpu:.1f}s)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("set_dir", nargs="?", default=str(DEFAULT_SET))
    ap.add_argument("--scale", action="store_true", help="also time 1x/2x/4x concatenations")
    ap.add_argument("--baseline", action="store_true",
                    help="also run the length-only (Gale-Church) variant")
    ap.add_argument("--limit", type=int, default=None, help="first N gold beads only")
    args = ap.parse_args()
    folder = Path(args.set_dir)
    if not (folder / "gold.align").exists():
        sys.exit(f"bench_align: no gold.align in {folder}")
    zh, en, gold, zv, ev = load_set(folder, args.limit)
    print(f"command: {' '.join([os.path.basename(sys.executable), *sys.argv])}")
    print(f"set: {folder}  zh {len(zh)} sentences, en {len(en)} sentences, gold {len(gold)} beads")
    s, wall, cpu = evaluate(zh, en, gold, zv, ev)
    print(f"tifa align  {_fmt(s)}  time {wall:.1f}s (CPU {cpu:.1f}s; the two differ when other "
          f"jobs share the machine)  peak RSS {peak_rss_mb():.0f} MB")
    if args.baseline:
        run_length_only(zh, en, gold, zv, ev)
    if args.scale:
        for k in (1, 2, 4):
            t0, c0 = time.perf_counter(), time.process_time()
            align(zh * k, en * k)
            t, c = time.perf_counter() - t0, time.process_time() - c0
            print(f"scale {k}x: {len(zh) * k} x {len(en) * k} sentences  {t:.1f}s (CPU {c:.1f}s, "
                  f"{c / k:.1f}s per copy)  peak RSS {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
