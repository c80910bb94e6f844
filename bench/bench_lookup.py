"""Benchmark: `tifa glossary lookup` cold start, and TermMatcher throughput for lint.

    python bench/bench_lookup.py [--entries 120,50000] [--runs 5] [--pairs 100000] [--terms 5000]

1. Generates synthetic user glossaries (120 and 50,000 entries) and times the whole
   `tifa glossary lookup QUERY -g FILE` process: cold (empty cache: YAML is parsed) and warm
   (marshal cache), with peak RSS. Target: ≤ 0.3 s per lookup process. "warm + .pyc" also
   keeps Python's bytecode (in a temporary PYTHONPYCACHEPREFIX): with PYTHONDONTWRITEBYTECODE
   set, as in our dev shells, every start recompiles typer, click and tifa (~0.05-0.1 s),
   which an installed package does not. The same load+lookup
   without the CLI (plain `python -c`) is timed too, to show what the CLI framework adds.
   translate-toolkit has no glossary-lookup command to compare against (the issue says so).
2. TermMatcher: a 5,000-term glossary against 100,000 zh/en segment pairs, doing what lint
   does (find_zh, en_status per hit, find_deprecated). Target: ≤ 10 s for lint in total.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

HAN = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]
WORDS = ("cooperation development security community shared future initiative partnership "
         "mechanism corridor friendship connectivity innovation green digital trade energy "
         "culture people exchange dialogue platform centre programme network alliance forum "
         "strategic comprehensive regional global mutual common universal lasting").split()


def make_entries(n: int, rng: random.Random) -> list[dict]:
    seen_zh: set[str] = set()
    out = []
    for i in range(n):
        zh = ""
        while not zh or zh in seen_zh:
            zh = "".join(rng.choice(HAN) for _ in range(rng.randint(4, 8)))
        seen_zh.add(zh)
        en = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 5))) + f" {i}"
        entry = {"id": f"syn-{i}", "zh": zh, "en": en, "category": "principle",
                 "domain": "diplomatic", "status": "recommended",
                 "note": "synthetic entry for the lookup benchmark"}
        if i % 3 == 0:
            entry["zh_variants"] = [f"“{zh}”"]
        if i % 4 == 0:
            entry["en_deprecated"] = [{"text": f"old {en}", "reason": "synthetic"}]
        out.append(entry)
    return out


def write_glossary(path: Path, entries: list[dict]) -> None:
    import yaml

    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump({"glossary": {"name": path.stem}, "entries": entries}, fh,
                       allow_unicode=True, sort_keys=False, width=200)


def timed(cmd: list[str], env: dict) -> tuple[float, int, int]:
    """Wall time, peak RSS (KB) and exit code of one child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    return time.perf_counter() - start, usage.ru_maxrss, os.waitstatus_to_exitcode(status)


def bench_cli(sizes: list[int], runs: int, work: Path) -> None:
    tifa = [sys.executable, "-c", "from tifa.cli.app import main; main()"]
    direct = [sys.executable, "-c",
              "import sys; from tifa.glossary.store import load_glossary; "
              "from tifa.glossary.lookup import lookup; "
              "ms = lookup(load_glossary([sys.argv[2]]), sys.argv[1]); print(len(ms))"]
    for n in sizes:
        path = work / f"syn-{n}.yaml"
        # Generated in a child: on Linux a child's peak RSS starts from the parent's at exec,
        # so a parent holding 50k generated entries would inflate every figure below.
        query = subprocess.run([sys.executable, __file__, "--write", ",".join(map(str, sizes)),
                                str(sizes.index(n)), str(path)], check=True,
                               capture_output=True, text=True).stdout.strip()
        print(f"\n## {n} entries ({path.stat().st_size / 2**20:.1f} MB YAML), query {query}")
        rows = [("tifa glossary lookup", tifa + ["glossary", "lookup", query, "-g", str(path)]),
                ("python -c load+lookup (no CLI)", direct + [query, str(path)])]
        for label, cmd in rows:
            print(f"$ {' '.join(cmd[3:]) if label.startswith('tifa') else label}")
            for mode in ("cold (no cache)", "warm (cache)", "warm + .pyc"):
                times, rss = [], []
                for r in range(runs):
                    cache = work / f"cache-{n}-{label[:4]}-{r if mode.startswith('cold') else 0}"
                    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "TIFA_GLOSSARY": ""}
                    if mode.endswith(".pyc"):  # bytecode cached, as after `pip install`
                        env.pop("PYTHONDONTWRITEBYTECODE", None)
                        env["PYTHONPYCACHEPREFIX"] = str(work / "pyc")
                    if mode.startswith("warm"):
                        timed(cmd, env)  # fill the cache
                    wall, peak, code = timed(cmd, env)
                    assert code == 0, f"{label} exited {code}"
                    times.append(wall)
                    rss.append(peak)
                print(f"  {mode:16s} min {min(times):.3f} s  median {statistics.median(times):.3f}"
                      f" s  peak RSS {max(rss) / 1024:.0f} MB  ({runs} runs)")
    base = [timed([sys.executable, "-c", "pass"], dict(os.environ))[0] for _ in range(runs)]
    print(f"\nbaseline `python -c pass`: min {min(base):.3f} s")
    typer_only = [timed([sys.executable, "-c", "import typer, pydantic"], dict(os.environ))[0]
                  for _ in range(runs)]
    print(f"baseline `python -c 'import typer, pydantic'` (typer's per-parameter coercion "
          f"imports pydantic): min {min(typer_only):.3f} s")


def bench_matcher(terms: int, pairs: int) -> None:
    import resource

    from tifa.glossary.entry import Deprecated, Entry
    from tifa.glossary.matcher import TermMatcher

    rng = random.Random(11)
    raw = make_entries(terms, rng)
    glossary = [Entry(e["id"], e["zh"], e.get("zh_variants", []), e["en"], [],
                      [Deprecated(d["text"], d["reason"]) for d in e.get("en_deprecated", [])],
                      "principle", "diplomatic", "", "", "recommended") for e in raw]
    start = time.perf_counter()
    matcher = TermMatcher(glossary)
    build = time.perf_counter() - start
    filler_zh = "".join(rng.choice(HAN) for _ in range(2000))
    segs = []
    for i in range(pairs):
        e1, e2 = rng.choice(glossary), rng.choice(glossary)
        a = rng.randint(0, 1900)
        zh = f"{filler_zh[a:a + 15]}{e1.zh}{filler_zh[a + 15:a + 30]}{e2.zh}。"
        words = " ".join(rng.choice(WORDS) for _ in range(14))
        en = f"We will {words} and the {e1.en}s, while {e2.en if i % 2 else 'nothing'} " \
             f"matters in {i}."
        segs.append((zh, en))
    start = time.perf_counter()
    hits = statuses = deprecated = 0
    for zh, en in segs:
        for hit in matcher.find_zh(zh):
            hits += 1
            statuses += matcher.en_status(en, hit.entry) != "missing"
        deprecated += len(matcher.find_deprecated(en))
    wall = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\n## TermMatcher: {terms} terms, {pairs} segment pairs")
    print(f"  build {build:.2f} s; match {wall:.2f} s ({pairs / wall:,.0f} pairs/s); "
          f"{hits} zh hits, {statuses} rendered, {deprecated} deprecated; peak RSS {peak:.0f} MB")
    print("  target: lint of 100,000 pairs against 5,000 terms in <= 10 s in total")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--entries", default="120,50000")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--terms", type=int, default=5000)
    ap.add_argument("--pairs", type=int, default=100000)
    ap.add_argument("--write", nargs=3, metavar=("SIZES", "INDEX", "PATH"),
                    help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.write:  # child of bench_cli: the same glossaries as one Random(7) over the sizes
        sizes, index, path = args.write
        rng = random.Random(7)
        for n in [int(x) for x in sizes.split(",")][:int(index) + 1]:
            entries = make_entries(n, rng)
        write_glossary(Path(path), entries)
        print(entries[len(entries) // 2]["zh"])
        return
    print(f"$ python bench/bench_lookup.py --entries {args.entries} --runs {args.runs} "
          f"--terms {args.terms} --pairs {args.pairs}")
    with tempfile.TemporaryDirectory(prefix="tifa-bench-lookup-") as tmp:
        bench_cli([int(n) for n in args.entries.split(",")], args.runs, Path(tmp))
    bench_matcher(args.terms, args.pairs)


if __name__ == "__main__":
    main()
