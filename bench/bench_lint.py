"""Speed and memory of `tifa lint` on synthetic drafts, with translate-toolkit's `pofilter` as peer.

    python bench/bench_lint.py [--pairs 100000] [--terms 5000] [--million] [--keep DIR]

Generates a glossary of N terms (YAML) and N segment pairs (the same units as TMX and as PO;
about one pair in ten has a planted term, number or leftover-Chinese error), then runs, each in
its own process: `tifa lint draft.tmx`, `tifa lint draft.po` and `pofilter draft.po`. Prints the
command, wall time, CPU time (the command and its worker processes: comparable on a loaded
machine), peak RSS and the number of findings, and our times as ratios of pofilter's.
`TIFA_JOBS=0 python bench/bench_lint.py` measures lint in one process.
`--million` also lints 1,000,000 TMX pairs to show that memory stays flat (findings are streamed,
only the bounded consistency state grows). Targets: 100,000 pairs against 5,000 terms in ≤ 10 s
and ≤ 500 MB.
"""

from __future__ import annotations

import argparse
import html
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

# Common characters for filler text; glossary terms use a disjoint pool so that filler text
# never contains a term by accident (real text would, which only makes both tools busier).
FILLER = ("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动"
          "同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理"
          "起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平")
TERMS = ("鸿鹄鹏鹭鸾鹤麒麟凤凰琥珀琳琅瑰玑璀璨瑾瑜珑玲珍珠翡翠瑶琼琪瑛璇玥珩琰瑞璋琮瓒琦珏璟"
         "骐骥骅骝驰骋骁骏浩渺澜涛潇湘溪涧沧溟汐澈沅漪淞泓淳澍霖霁霓雯霏霞岚峦嵩岱崑峻巍峨嶙峋")
SYLL = ["ka", "lo", "mi", "ren", "sa", "tor", "vi", "nel", "qu", "bar", "den", "fi", "gol",
        "hap", "jun", "pel", "ros", "tam", "wex", "zor"]


def word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLL) for _ in range(rng.randint(2, 3)))


def make_glossary(path: Path, n: int, rng: random.Random) -> list[tuple[str, str, str]]:
    terms, seen_zh, seen_en = [], set(), set()
    while len(terms) < n:
        zh = "".join(rng.choice(TERMS) for _ in range(rng.randint(3, 5)))
        en = " ".join(word(rng) for _ in range(rng.randint(2, 3)))
        if zh in seen_zh or en in seen_en:
            continue
        seen_zh.add(zh)
        seen_en.add(en)
        terms.append((f"synthetic-{len(terms)}", zh, en))
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("glossary:\n  name: synthetic benchmark glossary\n  source_lang: zh-CN\n"
                 "  target_lang: en\nentries:\n")
        for tid, zh, en in terms:
            variant = f"    en_variants:\n      - text: {en} alt\n" if tid[-1] in "036" else ""
            fh.write(f"  - id: {tid}\n    zh: {zh}\n    en: {en}\n{variant}    en_deprecated:\n"
                     f"      - text: old {en}\n        reason: synthetic\n"
                     "    category: principle\n    domain: diplomatic\n    status: official\n")
    return terms


def make_pairs(n: int, terms, rng: random.Random):
    for i in range(n):
        zh = "".join(rng.choice(FILLER) for _ in range(rng.randint(12, 30)))
        en = " ".join(word(rng) for _ in range(rng.randint(8, 18)))
        tid, tzh, ten = rng.choice(terms)
        year = rng.randint(1990, 2030)
        planted = rng.random()
        zh = f"{year}年，{zh[:8]}{tzh}{zh[8:]}。"
        if planted < 0.04:
            ten = word(rng)  # term missing
        elif planted < 0.06:
            ten = f"old {ten}"  # deprecated rendering
        if 0.06 <= planted < 0.08:
            year += 1  # number mismatch
        cut = en.find(" ", 15)
        en = f"In {year}, {en[:cut]} {ten}{en[cut:]}." if cut > 0 else f"In {year}, {en} {ten}."
        if 0.08 <= planted < 0.09:
            en = en[:30] + " 未译 " + en[30:]
        yield f"u{i}", zh, en


def write_tmx(path: Path, pairs) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        fh.write('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header '
                 'creationtool="bench" creationtoolversion="1" segtype="sentence" o-tmf="x" '
                 'adminlang="en" srclang="zh-CN" datatype="plaintext"/><body>\n')
        for uid, zh, en in pairs:
            fh.write(f'<tu tuid="{uid}"><tuv xml:lang="zh-CN"><seg>{html.escape(zh)}</seg>'
                     f'</tuv><tuv xml:lang="en"><seg>{html.escape(en)}</seg></tuv></tu>\n')
        fh.write("</body></tmx>\n")


def write_po(path: Path, pairs) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        fh.write('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n')
        for uid, zh, en in pairs:
            fh.write(f'msgctxt "{uid}"\nmsgid "{zh}"\nmsgstr "{en}"\n\n')


# CPU time counts the command and every process it waited for (lint's worker processes), so
# it is comparable across runs on a loaded machine where wall time is not. Peak RSS is that of
# the largest single process.
MEASURE = ("import resource, subprocess, sys, time\n"
           "t = time.perf_counter()\n"
           "p = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n"
           "wall = time.perf_counter() - t\n"
           "ru = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
           "rss = ru.ru_maxrss / 1024\n"
           "cpu = ru.ru_utime + ru.ru_stime\n"
           "lines = p.stdout.count(b'\\n')\n"
           "print(f'{wall:.2f} {cpu:.2f} {rss:.0f} {p.returncode} {lines}')\n"
           "sys.stderr.write(p.stderr.decode(errors='replace')[-2000:])\n")


def measure(cmd: list[str], cwd: Path) -> tuple[float, float, float, int, int]:
    """Wall and CPU seconds, peak RSS (MB), exit code and output lines of `cmd`."""
    done = subprocess.run([sys.executable, "-c", MEASURE, *cmd], cwd=cwd, capture_output=True,
                          text=True)
    wall, cpu, rss, code, lines = done.stdout.split()
    if done.stderr.strip():
        print("   stderr:", done.stderr.strip().splitlines()[-1])
    return float(wall), float(cpu), float(rss), int(code), int(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pairs", type=int, default=100_000)
    ap.add_argument("--terms", type=int, default=5_000)
    ap.add_argument("--million", action="store_true", help="also lint 1,000,000 TMX pairs")
    ap.add_argument("--keep", type=Path, help="write the synthetic files here and keep them")
    args = ap.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-lint-"))
    work.mkdir(parents=True, exist_ok=True)
    rng = random.Random(20260519)
    glossary = work / "glossary.yaml"
    terms = make_glossary(glossary, args.terms, rng)
    write_tmx(work / "draft.tmx", make_pairs(args.pairs, terms, random.Random(1)))
    write_po(work / "draft.po", make_pairs(args.pairs, terms, random.Random(1)))
    tifa = [sys.executable, "-c", "from tifa.cli.app import main; main()"]
    # Build the glossary cache once, as any second run of a user's would find it.
    subprocess.run([*tifa, "glossary", "validate", str(glossary)], cwd=REPO,
                   capture_output=True, check=False)
    from tifa.glossary.store import load_glossary

    load_glossary([glossary])
    print(f"{args.pairs:,} pairs, {args.terms:,}-term glossary (+ the shipped one), in {work}")
    runs = [
        ("tifa lint (TMX)", [*tifa, "lint", str(work / "draft.tmx"), "-g", str(glossary),
                             "--format", "json", "-o", str(work / "lint-tmx.json")]),
        ("tifa lint (PO)", [*tifa, "lint", str(work / "draft.po"), "-g", str(glossary),
                            "--format", "json", "-o", str(work / "lint-po.json")]),
    ]
    pofilter = shutil.which("pofilter")
    if pofilter:
        runs.append(("pofilter (PO)", [pofilter, "--progress=none", str(work / "draft.po"),
                                       str(work / "pofilter.po")]))
    results = {}
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"load average {load:.1f} on {os.cpu_count()} cores; wall time counts the load, "
          "CPU time (all processes) does not")
    for name, cmd in runs:
        wall, cpu, rss, code, _ = measure(cmd, REPO)
        results[name] = (wall, cpu)
        print(f"{name:18} {wall:7.2f} s wall {cpu:7.2f} s CPU {rss:6.0f} MB  exit {code}   "
              f"$ {' '.join(cmd[3:] if cmd[0] == sys.executable else cmd)}")
    import json

    summary = json.loads((work / "lint-tmx.json").read_text(encoding="utf-8"))["summary"]
    print("findings (TMX):", summary["by_code"])
    if pofilter:
        flagged = (work / "pofilter.po").read_text(encoding="utf-8").count("# (pofilter)")
        print(f"pofilter flagged {flagged:,} unit(s)")
        peer_wall, peer_cpu = results["pofilter (PO)"]
        for name in ("tifa lint (TMX)", "tifa lint (PO)"):
            wall, cpu = results[name]
            print(f"{name} / pofilter: {wall / peer_wall:.2f}× wall, {cpu / peer_cpu:.2f}× CPU")
    if args.million:
        big = work / "million.tmx"
        write_tmx(big, make_pairs(1_000_000, terms, random.Random(2)))
        cmd = [*tifa, "lint", str(big), "-g", str(glossary), "--format", "json", "-o",
               str(work / "lint-million.json")]
        wall, cpu, rss, code, _ = measure(cmd, REPO)
        print(f"{'tifa lint 1M (TMX)':18} {wall:7.2f} s wall {cpu:7.2f} s CPU {rss:6.0f} MB  "
              f"exit {code}")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
