"""The worker pool (`tifa.tm.base.pool`) against the standard library's ProcessPoolExecutor.

    python bench/bench_pool.py [--units 60000] [--jobs 2]

Lints the same generated TMX (the planted speech's units repeated, 50 units per document) three
ways, each in its own process: one process (TIFA_JOBS=0); tifa's pool; and, as the peer, the
pool lint used before (concurrent.futures.ProcessPoolExecutor with fork, at most 2 × jobs chunks
in flight, patched in for the run). Prints wall time, CPU time of the process and its workers
(comparable on a loaded machine), peak RSS of the parent, the number of findings and the load
average, and tifa's pool as a ratio of the peer's.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

RUN = """
import sys, time
import tifa.tm.lint as lint
from tifa.tm.lint import iter_findings
from tifa.tm.lint.readers import read_units
from tifa.glossary.model import load_glossary

def peer(units, count, ctx, checks, jobs):
    import multiprocessing
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor
    lint._WORKER.update(ctx=ctx, checks=checks)
    pending = deque()
    with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork")) as pool:
        for chunk in lint._chunks(units, count):
            pending.append((chunk, pool.submit(lint._prepare_chunk,
                                               [lint._row(u) for u in chunk])))
            if len(pending) > 2 * jobs:
                chunk, future = pending.popleft()
                yield from zip(chunk, future.result(), strict=True)
        while pending:
            chunk, future = pending.popleft()
            yield from zip(chunk, future.result(), strict=True)
    lint._WORKER.clear()

if sys.argv[2] == "peer":
    lint._pooled = peer
terms = load_glossary()
jobs = int(sys.argv[3])
n = sum(1 for _ in iter_findings(read_units(sys.argv[1]), terms, jobs=jobs))
print(n)
"""


def make_tmx(path: Path, count: int) -> None:
    sys.path.insert(0, str(REPO))
    from tifa.tm.base.tmx import TranslationUnit, read_tmx, write_tmx

    units = list(read_tmx(REPO / "tests" / "data" / "lint" / "planted" / "speech.tmx"))
    write_tmx(path, (TranslationUnit(f"u{i}", units[i % len(units)].source,
                                     units[i % len(units)].target,
                                     props={"document": f"d{i // 50}"})
                     for i in range(count)))


def measure(label: str, args: list[str]) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", RUN, *args], capture_output=True, text=True,
                          check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    rss = after.ru_maxrss / 1024
    print(f"{label:<34} wall {wall:6.1f} s  cpu {cpu:6.1f} s  peak RSS ≤ {rss:5.0f} MB  "
          f"findings {done.stdout.strip():>7}  load {os.getloadavg()[0]:.1f}")
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=60_000)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmx = Path(tmp) / "draft.tmx"
        make_tmx(tmx, args.units)
        print(f"lint of {args.units} units, {args.jobs} workers, {os.cpu_count()} cores")
        measure("one process (TIFA_JOBS=0)", [str(tmx), "ours", "0"])
        peer = measure("peer: ProcessPoolExecutor", [str(tmx), "peer", str(args.jobs)])
        ours = measure("tifa.tm.base.pool", [str(tmx), "ours", str(args.jobs)])
        print(f"tifa pool / peer: wall {ours[0] / peer[0]:.2f}×, cpu {ours[1] / peer[1]:.2f}×")


if __name__ == "__main__":
    main()
