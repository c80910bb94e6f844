"""Benchmark mining at scale: a corpus at once, an archive built month by month, a month's update.

    python bench/bench_mine_scale.py [--at-once-mb 100] [--archive-mb 10 30] [--month-mb 10]
    python bench/bench_mine_scale.py --grow-mb 1000 --rank-at 100 300 --at-once-mb 0 \\
        --archive-mb [--baseline main]
    python bench/bench_mine_scale.py --end-to-end-mb 100 --at-once-mb 0 --archive-mb \\
        [--baseline main]

Targets (issue #15): 100 MB mined in <= 2 min and <= 4 GB; a month's update (10 MB added to
a 1 GB archive) in <= 30 s; a big archive in bounded memory.

Corpus: `bench_corpus.generate_varied` (distinct articles of recombined clauses, newspaper
layout, 25 % OCR copies, continued pages, quoting reports), run with a larger clause pool: the
seeds' 1,500 clauses spliced at random points (one character in two replaced by another of
the seeds), a fresh pool of 2,000 clauses per MB for every corpus and every month. Without it
every n-gram of every size would be an n-gram of the seeds and the count tables would not grow
with the corpus; with it they grow faster than real news does (every month a new vocabulary),
which makes the memory figures pessimistic.

1. At once (`bench/data/scale-once-<N>mb/`): mining alone, every sentence its own segment (no
   merging: the worst case for the miner; the corpus step, ~1.4 s of CPU per MB, is
   `bench_corpus.py`'s), `gather` + `rank` in one fresh process, each step timed; CPU time of
   the process tree and its peak RSS (sampled every 50 ms); the load average beside it (the
   machine is shared).
2. Archive (`bench/data/scale-archive-<M>mb-months.sqlite` from
   `bench/data/scale-month-<M>mb-<k>/`): one month
   added per fresh process (`MineStore.add`, as `tifa mine MONTH --store`), each timed; at each
   size of `--archive-mb`, the update the terminologist runs — one more month added to a copy
   of the archive and everything ranked (`add` + `evidence` + `rank`) — and a re-rank alone
   (`tifa mine --store`).
3. End to end (`--end-to-end-mb`): `tifa mine DIR --top 100` on the pages of
   `bench/data/scale-once-<N>mb/`, the corpus step included, as the terminologist runs it.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import bench_corpus  # noqa: E402
from bench_corpus import HAN, _measure  # noqa: E402

DATA = REPO / "bench" / "data"
POOL_PER_MB = 2_000


def _pool(size_mb: int, seed: int) -> list[str]:
    """Clauses for one corpus: seed clauses spliced at random points, half with one
    character replaced (new n-grams at every splice)."""
    base = bench_corpus._clauses()
    alphabet = "".join(sorted({ch for c in base for ch in c if HAN.match(ch)}))
    rng = random.Random(seed)
    out: set[str] = set(base)
    while len(out) < len(base) + POOL_PER_MB * size_mb:
        a, b = rng.choice(base), rng.choice(base)
        clause = (a[:rng.randint(2, len(a))] + b[rng.randint(0, len(b) - 2):])[:40]
        if rng.random() < 0.5:
            at = rng.randrange(len(clause))
            clause = clause[:at] + rng.choice(alphabet) + clause[at + 1:]
        if len(clause) >= 4:
            out.add(clause)
    return sorted(out)


def corpus(name: str, size_mb: int, seed: int) -> list[Path]:
    """`bench/data/<name>/`: generated once (deterministic), pages of ~1 MB."""
    target = DATA / name
    if not target.exists():
        DATA.mkdir(parents=True, exist_ok=True)
        pool = _pool(size_mb, seed)
        real = bench_corpus._clauses
        bench_corpus._clauses = lambda: pool
        try:
            t0 = time.perf_counter()
            bench_corpus.generate_varied(target, size_mb, seed=seed)
        finally:
            bench_corpus._clauses = real
        print(f"  generated {target.relative_to(REPO)} in {time.perf_counter() - t0:.1f} s")
    return sorted(target.glob("*.txt"))


def load() -> str:
    return "load " + "/".join(f"{x:.1f}" for x in os.getloadavg())


def _show(label: str, result: dict) -> None:
    print(f"  {label}: {json.dumps(result, ensure_ascii=False)}  [{load()}]", flush=True)


def at_once(size_mb: int, tree: Path | None = None) -> None:
    """Mining alone on `size_mb` MB: every sentence its own segment (no merging, the worst
    case for the miner; the corpus step is `bench_corpus.py`'s to measure); with `tree`, the
    baseline's code first, on the same input."""
    files = corpus(f"scale-once-{size_mb}mb", size_mb, seed=size_mb)
    print(f"$ {size_mb} MB at once, mining alone: gather + rank on every sentence as its own "
          f"segment (bench/data/scale-once-{size_mb}mb, {len(files)} pages)")
    code = (
        "import re\n"
        "from tifa.glossary.mine import gather, rank\n"
        "from tifa.tm.corpus.segment import Segment, Source\n"
        "segs = []\n"
        f"for name in {[str(p) for p in files]!r}:\n"
        "    for i, line in enumerate(open(name, encoding='utf-8'), 1):\n"
        "        for s in re.findall(r'[^。！？\\n]+[。！？]?', line):\n"
        "            segs.append(Segment(id=str(len(segs)), text=s, doc=name, article='',\n"
        "                                para=0, sources=[Source(name, i)], variants=[]))\n"
        "t = time.perf_counter()\n"
        "ev = gather(segs)\n"
        "t1 = time.perf_counter()\n"
        "top = rank(ev, top=100)\n"
        "t2 = time.perf_counter()\n"
        "result = dict(segments=len(segs), candidates=len(ev.zh),\n"
        "              gather_s=round(t1 - t, 1), rank_s=round(t2 - t1, 1),\n"
        "              top=[c.zh for c in top[:8]])\n"
        + _DIGEST
    )
    before = _measure(code, tree) if tree is not None else None
    _report("at once", before, _measure(code))


def end_to_end(size_mb: int, tree: Path | None = None) -> None:
    """`tifa mine DIR` on `size_mb` MB of pages, the command a terminologist runs: reading,
    cleaning, splitting and merging the pages (the corpus step), then mining (`gather`,
    `rank`), in one fresh process; the top 100 as TSV. With `tree`, the baseline's code first,
    on the same pages."""
    files = corpus(f"scale-once-{size_mb}mb", size_mb, seed=size_mb)
    target = files[0].parent
    print(f"$ tifa mine {target.relative_to(REPO)} --top 100 (end to end from {len(files)} "
          "pages: corpus step + mining)")
    out = Path(tempfile.mkdtemp(prefix="tifa-e2e-")) / "top.tsv"
    code = (
        "import hashlib\n"
        "from tifa.cli.app import main\n"
        "try:\n"
        f"    main(['mine', {str(target)!r}, '--top', '100', '-o', {str(out)!r}])\n"
        "except SystemExit as e:\n"
        "    assert not e.code, e.code\n"
        f"data = open({str(out)!r}, 'rb').read()\n"
        "rows = data.decode().splitlines()[1:]\n"
        "result = dict(top=[r.split('\\t')[1] for r in rows[:8]],\n"
        "              digest=hashlib.sha256(data).hexdigest()[:16])\n"
    )
    try:
        before = _measure(code, tree) if tree is not None else None
        _report("end to end", before, _measure(code))
    finally:
        shutil.rmtree(out.parent, ignore_errors=True)


# the top 100 as `tifa mine` writes them (TSV): equal digests, equal rankings
_DIGEST = (
    "import hashlib, io\n"
    "from tifa.glossary.mine import write_candidates\n"
    "if 'top' in dir():\n"
    "    out = io.StringIO()\n"
    "    write_candidates(top, 'tsv', out)\n"
    "    result['digest'] = hashlib.sha256(out.getvalue().encode()).hexdigest()[:16]\n"
)


def _report(label: str, before: dict | None, after: dict) -> None:
    """The baseline's figures (when there are any) and ours, with the ratios of CPU and wall
    time and whether the rankings are equal."""
    if before is not None:
        _show(f"{label} [baseline]", before)
    _show(label, after)
    if before is not None:
        ratios = {k: round(after[k] / before[k], 2) for k in ("cpu_s", "wall_s") if before[k]}
        same = before.get("digest") == after.get("digest")
        print(f"  {label}: ours / baseline {json.dumps(ratios)}, top 100 "
              f"{'identical' if same else 'DIFFERENT'}", flush=True)


def _add(files: list[Path], store: Path, rank: bool, tree: Path | None = None) -> dict:
    code = (
        "from tifa.glossary.mine_store import MineStore\n"
        "from tifa.glossary.mine import rank\n"
        "from tifa.tm.corpus.clean import collect_files\n"
        "t = time.perf_counter()\n"
        f"pages = collect_files({[str(p) for p in files]!r})[0] if {bool(files)} else []\n"
        f"with MineStore.open({str(store)!r}, create=True) as st:\n"
        "    import inspect\n"
        "    ahead = 'ranking' in inspect.signature(st.add).parameters  # not in older code\n"
        f"    added = st.add(pages, **({{'ranking': True}} if ahead and {rank} else {{}}))\n"
        "    t1 = time.perf_counter()\n"
        f"    if {rank}:\n"
        "        ev = st.evidence()\n"
        "        top = rank(ev, top=100)\n"
        "    s = st.summary()  # after the ranking, as `tifa mine --store` asks for it\n"
        "t2 = time.perf_counter()\n"
        "result = dict(add_s=round(t1 - t, 1), segments=added.segments, "
        "archive_chars=s.chars, archive_segments=s.segments, bound=s.bound)\n"
        f"if {rank}:\n"
        "    result.update(rank_s=round(t2 - t1, 1), candidates=len(ev.zh),\n"
        "                  top=[c.zh for c in top[:8]])\n"
        + _DIGEST
    )
    result = _measure(code, tree)
    result["store_mb"] = round(store.stat().st_size / 1e6, 1)
    return result


def archive(sizes: list[int], month_mb: int) -> None:
    months = max(sizes) // month_mb
    store = DATA / f"scale-archive-{month_mb}mb-months.sqlite"
    print(f"$ archive of {max(sizes)} MB built month by month ({month_mb} MB each) in "
          f"{store.relative_to(REPO)}, then at {', '.join(map(str, sizes))} MB: one more month "
          "added and everything ranked (on a copy), and a re-rank alone")
    done = 0
    if store.exists():
        import sqlite3

        db = sqlite3.connect(store)
        done = int(db.execute("SELECT value FROM meta WHERE key = 'batch'").fetchone()[0])
        db.close()
    update = corpus(f"scale-month-{month_mb}mb-{months + 1:03d}", month_mb,
                    seed=10_000 + months + 1)
    for k in range(1, months + 1):
        files = corpus(f"scale-month-{month_mb}mb-{k:03d}", month_mb, seed=10_000 + k)
        if k > done:
            _show(f"month {k} added", _add(files, store, rank=False))
        if k * month_mb in sizes:
            trial = store.with_name(f"{store.stem}-{k * month_mb}mb-update.sqlite")
            shutil.copyfile(store, trial)
            try:
                _show(f"{k * month_mb} MB + {month_mb} MB update and rank",
                      _add(update, trial, rank=True))
                _show(f"{k * month_mb} MB re-rank alone", _add([], store, rank=True))
            finally:
                trial.unlink()


def grow(total_mb: int, month_mb: int, rank_at: list[int], tree: Path | None = None) -> None:
    """An archive of `total_mb` MB built month by month, each month generated just before it is
    added (its own clause pool) and added in a fresh process: per month CPU, wall, peak RSS of
    the process tree, load, store size, stored n-grams; at each size of `rank_at`, on a copy,
    one more month added and everything ranked, then a re-rank of the unchanged archive.
    Resumes where a previous run stopped (the months already in the store are skipped)."""
    import sqlite3

    store = DATA / f"scale-grow-{month_mb}mb.sqlite"
    print(f"$ archive grown to {total_mb} MB, {month_mb} MB a month, in "
          f"{store.relative_to(REPO)} (re-rank alone at {rank_at or 'no size'} MB)")
    done = 0
    if store.exists():
        db = sqlite3.connect(store)
        done = int(db.execute("SELECT value FROM meta WHERE key = 'batch'").fetchone()[0])
        db.close()
    def update_at(k: int) -> None:
        """The terminologist's update on a copy: one more month added and everything ranked,
        then the archive ranked again unchanged (another --top, glossary ...); the baseline's
        first (when there is one), on a copy of its own."""
        update = corpus(f"scale-month-{month_mb}mb-{total_mb // month_mb + 1:03d}",
                        month_mb, seed=10_000 + total_mb // month_mb + 1)
        trial = store.with_name(f"{store.stem}-update.sqlite")

        def both(where: Path | None) -> tuple[dict, dict]:
            shutil.copyfile(store, trial)
            try:
                return (_add(update, trial, rank=True, tree=where),
                        _add([], trial, rank=True, tree=where))
            finally:
                trial.unlink()

        base = both(tree) if tree is not None else None
        ours = both(None)
        for i, label in enumerate((f"{k * month_mb} MB + {month_mb} MB update and rank",
                                   f"{k * month_mb + month_mb} MB re-rank alone, unchanged")):
            _report(label, base[i] if base else None, ours[i])

    if done and done * month_mb in rank_at and done >= total_mb // month_mb:
        update_at(done)  # the archive as it is, grown by an earlier run
    for k in range(done + 1, total_mb // month_mb + 1):
        files = corpus(f"scale-month-{month_mb}mb-{k:03d}", month_mb, seed=10_000 + k)
        result = _add(files, store, rank=False)
        db = sqlite3.connect(store)
        result["ngrams"] = sum(len(b) // 8 for (b,) in db.execute("SELECT keys FROM levels"))
        db.close()
        _show(f"month {k} added ({k * month_mb} MB)", result)
        if k * month_mb in rank_at:
            update_at(k)


# numba compiles the counting kernels on a tree's first run and caches them by source path; a
# baseline tree is a fresh folder each time, so without this its first timed step would
# include compiling (~7 s of CPU on a quiet machine) and ours would not. A store's counts are
# read-only arrays (read from the file), a type of their own for numba: the counting onto
# them is compiled here too, with the counts read-only (`counts()`) and not (the window's
# upper bounds), or the baseline's update would compile them in the timed run.
_WARM = (
    "import random\n"
    "from tifa.glossary.mine_counts import count_ngrams\n"
    "rng = random.Random(0)\n"
    "alphabet = [chr(0x4e00 + i) for i in range(300)]\n"
    "text = ''.join(rng.choice(alphabet) for _ in range(400_000))\n"
    "chunks = [text[i:i + 40] for i in range(0, len(text), 40)]\n"
    "base = count_ngrams(chunks, 1)\n"
    "count_ngrams(chunks[::-1], 1, base=base)\n"
    "for counts_too in (True, False):\n"
    "    stored = count_ngrams(chunks, 1)\n"
    "    for lv in stored.levels:\n"
    "        for a in (lv.keys, lv.grams, lv.left.lo, lv.left.hi, lv.left.open, lv.right.lo,\n"
    "                  lv.right.hi, lv.right.open) + ((lv.counts,) if counts_too else ()):\n"
    "            a.flags.writeable = False\n"
    "    count_ngrams(chunks[::-1], 1, base=stored)\n"
    "result = dict(levels=len(base.levels))\n"
)


def warm(tree: Path | None) -> None:
    """Compile (or load) the counting kernels of `tree` (ours: None) before anything is timed."""
    result = _measure(_WARM, tree)
    print(f"  warm-up{' [baseline]' if tree is not None else ''} (numba kernels compiled or "
          f"loaded): {result['cpu_s']} s CPU", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--at-once-mb", type=int, default=100, help="0 to skip")
    parser.add_argument("--archive-mb", type=int, nargs="*", default=[10, 30],
                        help="archive sizes at which the update is measured")
    parser.add_argument("--end-to-end-mb", type=int, default=0,
                        help="`tifa mine DIR` on this many MB of pages (the corpus step "
                             "included), 0 to skip")
    parser.add_argument("--month-mb", type=int, default=10)
    parser.add_argument("--grow-mb", type=int, default=0,
                        help="build an archive of this size month by month (resumable)")
    parser.add_argument("--rank-at", type=int, nargs="*", default=[],
                        help="with --grow-mb: sizes (MB) at which to re-rank the archive")
    parser.add_argument("--baseline", metavar="REV",
                        help="also run the update, re-rank and at-once steps with the code of "
                             "this git revision (before ours, same input): ratios and whether "
                             "the top 100 is identical")
    args = parser.parse_args()
    tree = bench_corpus._baseline_tree(args.baseline) if args.baseline else None
    print(f"{os.cpu_count()} CPUs, {load()}")
    if tree is not None:
        warm(tree)
    warm(None)
    if args.grow_mb:
        grow(args.grow_mb, args.month_mb, args.rank_at, tree)
    if args.archive_mb:
        archive(sorted(args.archive_mb), args.month_mb)
    if args.at_once_mb:
        at_once(args.at_once_mb, tree)
    if args.end_to_end_mb:
        end_to_end(args.end_to_end_mb, tree)
    print(f"done, {load()}")


if __name__ == "__main__":
    main()
