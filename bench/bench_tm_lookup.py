"""Benchmark: fuzzy lookup in a 1,000,000-unit TM (tifa's bigram index + rapidfuzz) against a
brute-force rapidfuzz scan of every unit (`rapidfuzz.process.extract`, the obvious peer).

    python bench/bench_tm_lookup.py [--units 1000000] [--queries 50]

Writes a synthetic TM (seed sentences with random edits, so every unit differs), then in a
fresh subprocess loads it, reports load time and peak RSS, and times each query. Target:
≤ 200 ms per lookup after loading.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def seed_sentences() -> list[str]:
    from tifa.tm.base.files import read_text
    from tifa.tm.corpus.segment import split_sentences

    out = []
    for path in sorted((REPO / "seeds").glob("*.txt")):
        for line in read_text(path).split("\n"):
            out += [s for s in split_sentences(line.strip()) if 8 <= len(s) <= 150]
    return sorted(set(out))


def mutate(sentence: str, rng: random.Random, alphabet: str, edits: int) -> str:
    chars = list(sentence)
    for _ in range(edits):
        i = rng.randrange(len(chars))
        op = rng.random()
        if op < 0.4:
            chars[i] = rng.choice(alphabet)
        elif op < 0.7 and len(chars) > 4:
            del chars[i]
        else:
            chars.insert(i, rng.choice(alphabet))
    return "".join(chars)


def write_tm(path: Path, n: int) -> None:
    from tifa.tm.base.tmx import TranslationUnit, write_tmx

    base = seed_sentences()
    alphabet = "".join(sorted({c for s in base for c in s}))
    rng = random.Random(7)
    units = (TranslationUnit(f"u{i}", mutate(base[i % len(base)], rng, alphabet, 3),
                             f"English for unit {i}") for i in range(n))
    write_tmx(path, units)


def queries(n: int, units: int) -> list[tuple[str, str, str]]:
    """(query, tuid and text of the unit it was derived from): TM units with two more edits."""
    base = seed_sentences()
    alphabet = "".join(sorted({c for s in base for c in s}))
    rng = random.Random(7)
    wanted = set(random.Random(11).sample(range(units), n))
    out = []
    for i in range(units):  # replay the generator to know each unit's text
        text = mutate(base[i % len(base)], rng, alphabet, 3)
        if i in wanted:
            out.append((mutate(text, random.Random(i), alphabet, 2), f"u{i}", text))
    return out


def run_lookup(path: str, n_queries: int, units: int, peer: bool) -> dict:
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein
    from tifa.tm.base.text import match_key
    from tifa.tm.memory import TmIndex, match_score

    qs = queries(n_queries, units)
    start = time.perf_counter()
    index = TmIndex.from_tmx(path)
    load = time.perf_counter() - start
    rss_load = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    times, found = [], 0
    keys = [match_key(index.source(i)) for i in range(len(index))] if peer else []
    index.lookup("中国同中亚国家", min_score=70, top=5)   # warm-up: lazy imports
    for query, _tuid, source in qs:
        t = time.perf_counter()
        hits = index.lookup(query, min_score=70, top=5)
        times.append(time.perf_counter() - t)
        # Good when the best hit is at least as close as the unit the query was made from.
        found += bool(hits) and hits[0].score >= match_score(query, source)
    result = {"load_s": load, "rss_mb": rss_load, "units": len(index),
              "median_ms": statistics.median(times) * 1000, "max_ms": max(times) * 1000,
              "found": found, "queries": len(qs)}
    if peer:
        peer_times, peer_found = [], 0
        for query, _tuid, source in qs[:10]:
            t = time.perf_counter()
            hits = process.extract(match_key(query), keys, scorer=Levenshtein.
                                   normalized_similarity, score_cutoff=0.7, limit=5)
            peer_times.append(time.perf_counter() - t)
            peer_found += bool(hits) and int(hits[0][1] * 100 + 1e-9) >= match_score(query, source)
        result.update(peer_median_ms=statistics.median(peer_times) * 1000,
                      peer_found=peer_found, peer_queries=len(peer_times))
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--units", type=int, default=1_000_000)
    ap.add_argument("--queries", type=int, default=50)
    ap.add_argument("--phase")
    ap.add_argument("--file")
    args = ap.parse_args()
    if args.phase:
        peer = args.phase == "first"
        print(json.dumps(run_lookup(args.file, args.queries, args.units, peer=peer)))
        return
    print("command:", " ".join([Path(sys.executable).name, *sys.argv]))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, "tm.tmx")
        start = time.perf_counter()
        write_tm(path, args.units)
        print(f"wrote {args.units} units ({path.stat().st_size / 1e6:.0f} MB) in "
              f"{time.perf_counter() - start:.1f} s")
        runs = {}
        for phase in ("first", "cached"):  # the first load builds the index cache
            cmd = [sys.executable, __file__, "--phase", phase, "--file", str(path),
                   "--units", str(args.units), "--queries", str(args.queries)]
            out = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=REPO,
                                 env={**os.environ, "XDG_CACHE_HOME": tmp}).stdout
            runs[phase] = json.loads(out.strip().splitlines()[-1])
    for phase, label in (("first", "first load (read TMX, build index, write cache)"),
                         ("cached", "later loads (index cache)")):
        r = runs[phase]
        print(f"{label}: {r['load_s']:.1f} s, peak RSS {r['rss_mb']:.0f} MB for "
              f"{r['units']} units")
        print(f"  tifa lookup: median {r['median_ms']:.1f} ms, max {r['max_ms']:.1f} ms over "
              f"{r['queries']} queries; best hit at least as close as the source unit in "
              f"{r['found']}/{r['queries']}")
    r = runs["first"]
    print(f"peer (rapidfuzz.process.extract over all units): median {r['peer_median_ms']:.0f} ms"
          f" over {r['peer_queries']} queries; best hit as close as the source in "
          f"{r['peer_found']}/{r['peer_queries']}")
    print(f"ratio: tifa lookup is {r['peer_median_ms'] / r['median_ms']:.0f}x faster (median)")


if __name__ == "__main__":
    main()
