"""Benchmark: tifa's streaming TMX writer/reader against translate-toolkit's `tmxfile`.

    python bench/bench_tmx.py [--units 1000000] [--peer-units 100000]

Each phase runs in a fresh subprocess that reports its own wall time and peak RSS, so one
phase's memory never hides another's. Targets: >= 2x translate-toolkit's speed per unit,
<= 50 MB peak RSS at 1M units.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def synthetic_units(n: int):
    """Real Chinese sentences from the seeds, numbered so that every unit is distinct."""
    from tifa.tm.base.files import read_text
    from tifa.tm.base.tmx import TranslationUnit

    lines = [ln for p in sorted((REPO / "seeds").glob("*.txt"))
             for ln in read_text(p).split("\n") if 10 <= len(ln) <= 120]
    for i in range(n):
        zh = lines[i % len(lines)]
        yield TranslationUnit(
            f"u{i}", f"{zh}（{i}）",
            f"Synthetic English sentence number {i}, standing in for the translation of a line.",
            props={"document": f"d-{i // 200:06x}", "article": zh[:10], "confidence": "0.93"},
        )


def phase(name: str, n: int, path: str) -> dict:
    """Run one phase; imports happen before the clock starts, for both tools alike, and each
    phase imports only its own tool (so RSS is that tool's)."""
    if name.startswith("tt-"):
        from translate.storage.tmx import tmxfile
    else:
        from tifa.tm.base.tmx import read_tmx, write_tmx

    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu0 = usage.ru_utime + usage.ru_stime
    start = time.perf_counter()
    if name == "tifa-write":
        write_tmx(path, synthetic_units(n))
    elif name == "tifa-read":
        count = sum(1 for u in read_tmx(path) if u.source and u.target)
        assert count == n, count
    elif name == "tt-write":
        store = tmxfile(sourcelanguage="zh-CN", targetlanguage="en")
        for unit in synthetic_units(n):
            store.addtranslation(unit.source, "zh-CN", unit.target, "en")
        Path(path).write_bytes(bytes(store))
    elif name == "tt-read":
        store = tmxfile.parsefile(path)
        count = sum(1 for u in store.units if u.source and u.target)
        assert count == n, count
    seconds = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {"phase": name, "units": n, "seconds": seconds,
            "cpu": usage.ru_utime + usage.ru_stime - cpu0, "rss_mb": usage.ru_maxrss / 1024}


def run_phase(name: str, n: int, path: Path) -> dict:
    cmd = [sys.executable, __file__, "--phase", name, "--units", str(n), "--file", str(path)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=REPO).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--units", type=int, default=1_000_000)
    ap.add_argument("--peer-units", type=int, default=100_000)
    ap.add_argument("--phase")
    ap.add_argument("--file")
    args = ap.parse_args()
    if args.phase:
        print(json.dumps(phase(args.phase, args.units, args.file)))
        return
    print("command:", " ".join([Path(sys.executable).name, *sys.argv]))
    with tempfile.TemporaryDirectory() as tmp:
        big, small, peer = Path(tmp, "big.tmx"), Path(tmp, "small.tmx"), Path(tmp, "tt.tmx")
        rows = [run_phase("tifa-write", args.units, big), run_phase("tifa-read", args.units, big),
                run_phase("tifa-write", args.peer_units, small),
                run_phase("tifa-read", args.peer_units, small),
                run_phase("tt-write", args.peer_units, peer),
                # Both readers read the same bytes: the TMX tifa wrote, with the props and
                # notes a real TM carries (translate-toolkit's own file has none, reads faster).
                run_phase("tt-read", args.peer_units, small)]
        size_mb = big.stat().st_size / 1e6
    print(f"{'phase':<11} {'units':>9} {'wall s':>8} {'cpu s':>8} {'cpu us/unit':>12} "
          f"{'peak RSS MB':>12}")
    for r in rows:
        per = r["cpu"] / r["units"] * 1e6
        print(f"{r['phase']:<11} {r['units']:>9} {r['seconds']:>8.2f} {r['cpu']:>8.2f} "
              f"{per:>12.1f} {r['rss_mb']:>12.1f}")
    # Ratios use CPU time: on a shared machine wall time mostly measures the neighbours.
    per = {(r["phase"], r["units"]): r["cpu"] / r["units"] for r in rows}
    for op in ("write", "read"):
        for n in dict.fromkeys((args.units, args.peer_units)):
            ratio = per[(f"tt-{op}", args.peer_units)] / per[(f"tifa-{op}", n)]
            print(f"{op}: tifa at {n} units is {ratio:.1f}x translate-toolkit's tmxfile at "
                  f"{args.peer_units} units (CPU time per unit)")
    print(f"TMX size at {args.units} units: {size_mb:.0f} MB")


if __name__ == "__main__":
    main()
