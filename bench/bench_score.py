"""Speed of `tifa score` on many systems, with the `sacrebleu` command line as peer.

    python bench/bench_score.py [--systems 10] [--segments 10000] [--resamples 1000]
                                [--no-peer] [--check] [--keep DIR] [--before DIR]

Generates a Chinese source of N segments built on the shipped glossary (two terms and a figure
per segment, filler from the seed corpus), a reference translation (official renderings, English
filler from tifa's reference translations, ~30 words a segment) and S systems, each a different
degradation of the reference: word substitutions, drops and swaps, and term renderings turned
into variants, deprecated renderings or paraphrases at its own rates (fixed seeds: the same
files every run). Then runs, each in its own process:

    tifa score --src zh.txt --ref ref.txt sys1.txt … --presplit --bootstrap N -f json
    sacrebleu ref.txt -i sys1.txt … -m bleu chrf ter --paired-bs --paired-bs-n N

The runs of tifa, and what each includes:

* `kernel compile`: compiling tifa's numba kernels into an empty numba cache, alone — what the
  first run after an install (or an upgrade of numba or of `kernels.py`) pays once.
* `tifa first run`: nothing cached at all — an empty tifa cache (glossary, CC-CEDICT tables,
  statistics) and an empty numba cache, so the compile above is included.
* `tifa cold`: the statistics cache empty (new systems to score), the rest as on any machine
  where tifa ran before: kernels compiled, glossary and tables cached. The fair figure for the
  target.
* `tifa warm`: everything cached (the bootstrap and the report); `tifa warm +1`: an eleventh
  system added (only that one is computed).

`--before DIR` runs `tifa cold` a second time with the code in DIR first on the Python path (a
`tifa` package folder: e.g. the previous main, `git archive main | tar -x` with `tifa/tm`,
`tifa/glossary`, `tifa/cli` links), interleaved, and says whether the two JSON reports are
equal. `--check` then compares every statistic tifa computed with sacrebleu's own (on both
cores; it costs what sacrebleu costs). tifa does more (11 metrics, sentence scores, the term
analysis); sacrebleu's paired mode is the same BLEU/chrF/TER work with the same bootstrap.
Prints wall time, CPU time of the command and its worker processes (comparable on a loaded
machine, wall time is not), peak RSS (the largest process), the load average, and the
ratios. Target: 10 systems × 10,000 segments × 1,000 resamples in ≤ 60 s on two cores.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

MEASURE = ("import resource, subprocess, sys, time\n"
           "t = time.perf_counter()\n"
           "p = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n"
           "wall = time.perf_counter() - t\n"
           "ru = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
           "print(f'{wall:.2f} {ru.ru_utime + ru.ru_stime:.2f} {ru.ru_maxrss / 1024:.0f} "
           "{p.returncode}')\n"
           "sys.stderr.write(p.stderr.decode(errors='replace')[-2000:])\n")


def measure(cmd: list[str]) -> tuple[float, float, float, int]:
    """Wall and CPU seconds (all processes), peak RSS (MB) and exit code of `cmd`."""
    done = subprocess.run([sys.executable, "-c", MEASURE, *cmd], cwd=REPO, capture_output=True,
                          text=True)
    wall, cpu, rss, code = done.stdout.split()
    if int(code) and done.stderr.strip():
        print("   stderr:", done.stderr.strip().splitlines()[-1])
    return float(wall), float(cpu), float(rss), int(code)


def make_data(work: Path, n_segments: int, n_systems: int, seed: int = 19) -> list[Path]:
    from tifa.glossary.matcher import TermMatcher
    from tifa.glossary.store import load_glossary
    from tifa.tm.base.files import read_text

    rng = random.Random(seed)
    glossary = list(load_glossary())
    matcher = TermMatcher(glossary)
    entries = [e for e in glossary if e.en and "；" not in e.zh]
    zh_filler = re.sub(r"\s", "", read_text(REPO / "seeds" / "001_40e660239a1a5984.txt"))
    zh_filler = re.sub(r"[^\u4e00-\u9fff]", "", zh_filler)
    en_words = re.findall(r"[A-Za-z]+", " ".join(
        read_text(p) for p in sorted((REPO / "seeds" / "en").glob("*.en.txt"))))
    zh_lines, ref_lines = [], []
    plans = []   # per segment: the two entries
    for _ in range(n_segments):
        a, b = rng.sample(entries, 2)
        year = rng.randint(1990, 2030)
        while True:   # filler without a glossary term: the two planted ones are all there is
            start = rng.randrange(len(zh_filler) - 30)
            filler = zh_filler[start:start + rng.randint(12, 28)]
            if not matcher.find_zh(filler):
                break
        zh_lines.append(f"{year}年，{filler[:6]}{a.zh}，{filler[6:]}{b.zh}。")
        words = [rng.choice(en_words) for _ in range(rng.randint(18, 26))]
        cut = rng.randint(3, len(words) - 3)
        ref_lines.append(f"In {year}, " + " ".join(words[:cut]) + f" {a.en} " +
                         " ".join(words[cut:]) + f" {b.en}.")
        plans.append((a, b))
    (work / "zh.txt").write_text("\n".join(zh_lines) + "\n", encoding="utf-8")
    (work / "ref.txt").write_text("\n".join(ref_lines) + "\n", encoding="utf-8")
    systems = []
    for s in range(n_systems):
        srng = random.Random(seed * 100 + s)
        p_sub, p_term = 0.05 + 0.02 * s, 0.1 + 0.03 * s
        lines = []
        for ref, (a, b) in zip(ref_lines, plans, strict=True):
            hyp = ref
            for e in (a, b):
                if srng.random() < p_term:
                    choice = srng.random()
                    if choice < 0.3 and e.en_variants:
                        new = srng.choice(e.en_variants).text
                    elif choice < 0.6 and e.en_deprecated:
                        new = srng.choice(e.en_deprecated).text
                    else:
                        new = "the matter concerned"
                    hyp = hyp.replace(f" {e.en}", f" {new}", 1)
            words = hyp.split()
            for i in range(len(words)):
                if srng.random() < p_sub:
                    words[i] = srng.choice(en_words)
            if srng.random() < 0.3 and len(words) > 6:
                i = srng.randrange(len(words) - 3)
                words[i], words[i + 2] = words[i + 2], words[i]
            if srng.random() < 0.2 and len(words) > 6:
                del words[srng.randrange(len(words))]
            lines.append(" ".join(words))
        path = work / f"sys{s + 1:02d}.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        systems.append(path)
    return systems


def compile_cost() -> tuple[float, float]:
    """Wall and CPU seconds to compile tifa's kernels into an empty numba cache (what the
    first run after an install pays once)."""
    empty = tempfile.mkdtemp(prefix="bench-score-numba-")
    code = "from tifa.tm.score import kernels; kernels.warm()"
    try:
        env_cmd = ["env", f"NUMBA_CACHE_DIR={empty}", sys.executable, "-c", code]
        wall, cpu, _, _ = measure(env_cmd)
        # the same import and load from the now filled cache: what every later run pays
        wall2, cpu2, _, _ = measure(env_cmd)
    finally:
        shutil.rmtree(empty, ignore_errors=True)
    return wall - wall2, cpu - cpu2


def check_equal(work: Path, files: list[Path], cache_home: Path) -> None:
    """Every statistic tifa computed (read back from its cache) against sacrebleu's own
    pure-Python statistics, and every sentence and corpus score — on all pairs, over both
    cores. Slow: this is sacrebleu's cost."""
    os.environ["XDG_CACHE_HOME"] = str(cache_home)
    import numpy as np
    from sacrebleu.metrics import BLEU, CHRF, TER
    from tifa.glossary.store import load_glossary
    from tifa.tm.base import pool
    from tifa.tm.score import TermScorer, _statistics
    from tifa.tm.score.inputs import read_plain
    from tifa.tm.score.sacre import make_metrics

    glossary = load_glossary()
    inp = read_plain(work / "zh.txt", files, work / "ref.txt", True, glossary)
    refs = [s.reference or "" for s in inp.segments]
    ours = _statistics(inp, list(glossary), make_metrics(), TermScorer(list(glossary)), False,
                       None)
    theirs = {"bleu": BLEU(references=[refs]), "chrf": CHRF(references=[refs]),
              "ter": TER(references=[refs])}
    sentence = {"bleu": BLEU(effective_order=True), "chrf": CHRF(), "ter": TER()}
    tasks = [(s, key) for s in range(len(files)) for key in theirs]

    def sacre(task: tuple[int, str]) -> list:
        s, key = task
        return theirs[key]._extract_corpus_statistics(
            [seg.hypotheses[s] for seg in inp.segments], None)

    bad = 0
    metrics = {m.key: m for m in make_metrics()}
    for (s, key), expected in zip(tasks, pool.imap(sacre, tasks, pool.jobs()), strict=True):
        got = ours[s].sacre[key]
        same = np.array_equal(got, np.array(expected, dtype=got.dtype).reshape(got.shape))
        sentences = [sentence[key]._compute_score_from_stats(row).score for row in expected]
        same &= ours[s].sentences[key].tolist() == sentences
        same &= metrics[key].corpus_score(got) == theirs[key]._aggregate_and_compute(
            expected).score
        bad += not same
        print(f"  {files[s].name} {key}: {len(expected):,} pairs "
              f"{'equal' if same else 'DIFFERENT'}", flush=True)
    print(f"check: {len(tasks) - bad} of {len(tasks)} (system, metric) pairs equal to sacrebleu "
          "in every statistic, sentence score and corpus score")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--systems", type=int, default=10)
    ap.add_argument("--segments", type=int, default=10_000)
    ap.add_argument("--resamples", type=int, default=1000)
    ap.add_argument("--no-peer", action="store_true", help="skip the sacrebleu command line")
    ap.add_argument("--no-first", action="store_true",
                    help="skip the first run with nothing cached (it recompiles the kernels)")
    ap.add_argument("--check", action="store_true",
                    help="then compare every statistic with sacrebleu's (slow: sacrebleu's cost)")
    ap.add_argument("--keep", type=Path, help="write the synthetic files here and keep them")
    ap.add_argument("--before", type=Path, metavar="DIR",
                    help="also run `tifa cold` with the tifa package in DIR (the code before)")
    args = ap.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-score-"))
    work.mkdir(parents=True, exist_ok=True)
    *systems, extra = make_data(work, args.segments, args.systems + 1)
    files = [str(p) for p in systems]
    numba = os.environ.get("NUMBA_CACHE_DIR") or str(
        Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "tifa" / "numba")
    empty_numba = tempfile.mkdtemp(prefix="bench-score-numba-")
    first_home = tempfile.mkdtemp(prefix="bench-score-first-")
    homes = {"after": Path(tempfile.mkdtemp(prefix="bench-score-cache-")),
             "before": Path(tempfile.mkdtemp(prefix="bench-score-cache-before-"))}
    cache_home = homes["after"]

    def tifa(home: Path | str, numba_dir: str, path: Path | None = None) -> list[str]:
        env = ["env", f"XDG_CACHE_HOME={home}", f"NUMBA_CACHE_DIR={numba_dir}"]
        if path is not None:
            env.append(f"PYTHONPATH={path.resolve()}")
        return [*env, sys.executable, "-c", "from tifa.cli.app import main; main()"]

    def score(home, numba_dir, out: str, extra_files=(), path=None) -> list[str]:
        return [*tifa(home, numba_dir, path), "score", "--src", str(work / "zh.txt"), "--ref",
                str(work / "ref.txt"), "--presplit", "--bootstrap", str(args.resamples), "-f",
                "json", *files, *extra_files, "-o", str(work / out)]

    # warm the other caches (glossary, tables, kernels) on one segment: `tifa cold` then
    # starts with only the statistics cache empty
    one = work / "one"
    one.mkdir(exist_ok=True)
    for name in ("zh.txt", "ref.txt", Path(files[0]).name):
        (one / name).write_text((work / name).read_text(encoding="utf-8").split("\n")[0] + "\n",
                                encoding="utf-8")
    for side, home in homes.items():
        if side == "before" and args.before is None:
            continue
        done = subprocess.run([*tifa(home, numba, args.before if side == "before" else None),
                               "score", "--src", str(one / "zh.txt"), "--ref",
                               str(one / "ref.txt"), "--presplit",
                               str(one / Path(files[0]).name)], capture_output=True, cwd=REPO)
        if done.returncode:
            sys.exit(f"warming the {side} cache failed: {done.stderr.decode()[-500:]}")
    sacrebleu = shutil.which("sacrebleu") or "sacrebleu"
    runs = []
    if not args.no_first:
        runs.append(("tifa first run", score(first_home, empty_numba, "score-first.json")))
    runs.append(("tifa cold", score(cache_home, numba, "score.json")))
    if args.before is not None:
        runs.append(("before: cold", score(homes["before"], numba, "score-before.json",
                                           path=args.before)))
    if not args.no_peer:
        runs.append(("sacrebleu CLI", [sacrebleu, str(work / "ref.txt"), "-i", *files, "-m",
                                       "bleu", "chrf", "ter", "--paired-bs", "--paired-bs-n",
                                       str(args.resamples), "-f", "text"]))
    runs.append(("tifa warm", score(cache_home, numba, "score-warm.json")))
    runs.append(("tifa warm +1", score(cache_home, numba, "score-plus-one.json",
                                       [str(extra)])))
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"{args.systems} systems × {args.segments:,} segments, {args.resamples:,} bootstrap "
          f"resamples, in {work}")
    load = os.getloadavg()[0]
    wall, cpu = compile_cost()
    print(f"{'kernel compile':16} {wall:8.2f} s wall {cpu:8.2f} s CPU  once after an install "
          f"(load average {load:.1f})")
    results = {}
    for name, cmd in runs:
        load = os.getloadavg()[0]
        wall, cpu, rss, code = measure(cmd)
        results[name] = (wall, cpu)
        shown = ["tifa", *cmd[cmd.index("-c") + 2:]] if cmd[0] == "env" else cmd
        print(f"{name:16} {wall:8.2f} s wall {cpu:8.2f} s CPU {rss:6.0f} MB  exit {code}  "
              f"(load average {load:.1f} on {cores} cores)\n    $ {' '.join(shown)[:150]}…",
              flush=True)
    if "sacrebleu CLI" in results:
        _, sc = results["sacrebleu CLI"]
        for name in ("tifa cold", "tifa warm", "before: cold"):
            if name in results:
                print(f"{name} / sacrebleu CLI: {results[name][1] / sc:.3f}× CPU "
                      f"({sc / results[name][1]:.1f} times less)")
    if "before: cold" in results:
        print(f"tifa cold / before: {results['tifa cold'][1] / results['before: cold'][1]:.3f}"
              f"× CPU, {results['tifa cold'][0] / results['before: cold'][0]:.3f}× wall")
    import json

    report = json.loads((work / "score.json").read_text(encoding="utf-8"))
    for name, out in (("warm", "score-warm.json"), ("first-run", "score-first.json"),
                      ("before", "score-before.json")):
        if (work / out).exists():
            other = json.loads((work / out).read_text(encoding="utf-8"))
            print(f"{name} report equal to the cold one:", other == report)
    for system in report["systems"][:3]:
        s = system["scores"]
        print(f"  {Path(system['name']).name}: BLEU {s['bleu']['score']}, chrF "
              f"{s['chrf']['score']}, TER {s['ter']['score']}, TermAcc {s['term_acc']['score']}"
              f" (p = {s['term_acc']['p_value']})")
    if args.check:
        check_equal(work, systems, cache_home)
    for path in (cache_home, homes["before"], first_home, empty_numba):
        shutil.rmtree(path, ignore_errors=True)
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
