"""Speed of `tifa score` on many systems, with the `sacrebleu` command line as peer.

    python bench/bench_score.py [--systems 10] [--segments 10000] [--resamples 1000]
                                [--no-peer] [--keep DIR]

Generates a Chinese source of N segments built on the shipped glossary (two terms and a figure
per segment, filler from the seed corpus), a reference translation (official renderings, English
filler from tifa's reference translations, ~30 words a segment) and S systems, each a different
degradation of the reference: word substitutions, drops and swaps, and term renderings turned
into variants, deprecated renderings or paraphrases at its own rates. Then runs, each in its own
process:

    tifa score --src zh.txt --ref ref.txt sys1.txt … --presplit --bootstrap N -f json
    sacrebleu ref.txt -i sys1.txt … -m bleu chrf ter --paired-bs --paired-bs-n N

tifa does more (11 metrics, sentence scores, the term analysis); sacrebleu's paired mode is the
same BLEU/chrF/TER work with the same bootstrap. Prints wall time, CPU time of the command and
its worker processes (comparable on a loaded machine, wall time is not), peak RSS, the load
average, and the ratios. Target: 10 systems × 10,000 segments × 1,000 resamples in ≤ 60 s on
two cores.
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--systems", type=int, default=10)
    ap.add_argument("--segments", type=int, default=10_000)
    ap.add_argument("--resamples", type=int, default=1000)
    ap.add_argument("--no-peer", action="store_true", help="skip the sacrebleu command line")
    ap.add_argument("--keep", type=Path, help="write the synthetic files here and keep them")
    args = ap.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-score-"))
    work.mkdir(parents=True, exist_ok=True)
    systems = make_data(work, args.segments, args.systems)
    files = [str(p) for p in systems]
    tifa = [sys.executable, "-c", "from tifa.cli.app import main; main()"]
    sacrebleu = shutil.which("sacrebleu") or "sacrebleu"
    runs = [("tifa score", [*tifa, "score", "--src", str(work / "zh.txt"), "--ref",
                            str(work / "ref.txt"), *files, "--presplit", "--bootstrap",
                            str(args.resamples), "-f", "json", "-o", str(work / "score.json")])]
    if not args.no_peer:
        runs.append(("sacrebleu CLI", [sacrebleu, str(work / "ref.txt"), "-i", *files, "-m",
                                       "bleu", "chrf", "ter", "--paired-bs", "--paired-bs-n",
                                       str(args.resamples), "-f", "text"]))
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"{args.systems} systems × {args.segments:,} segments, {args.resamples:,} bootstrap "
          f"resamples, in {work}")
    results = {}
    for name, cmd in runs:
        load = os.getloadavg()[0]
        wall, cpu, rss, code = measure(cmd)
        results[name] = (wall, cpu)
        shown = cmd[3:] if cmd[0] == sys.executable else cmd
        print(f"{name:14} {wall:8.2f} s wall {cpu:8.2f} s CPU {rss:6.0f} MB  exit {code}  "
              f"(load average {load:.1f} on {cores} cores)\n    $ {' '.join(shown)[:160]}…")
    if "sacrebleu CLI" in results:
        (tw, tc), (sw, sc) = results["tifa score"], results["sacrebleu CLI"]
        print(f"tifa score / sacrebleu CLI: {tw / sw:.2f}× wall, {tc / sc:.2f}× CPU")
    import json

    report = json.loads((work / "score.json").read_text(encoding="utf-8"))
    for system in report["systems"][:3]:
        s = system["scores"]
        print(f"  {Path(system['name']).name}: BLEU {s['bleu']['score']}, chrF "
              f"{s['chrf']['score']}, TER {s['ter']['score']}, TermAcc {s['term_acc']['score']}"
              f" (p = {s['term_acc']['p_value']})")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
