"""Benchmark: clean, segment and merge a 100 MB corpus of perturbed seed copies.

    python bench/bench_corpus.py [--size-mb 100] [--peer-mb 2]

1. Generates (once; reused if present) `bench/data/corpus-<size>mb/`: copies of the seed pages
   with OCR-like substitutions, deletions and doubled characters, re-wrapped lines (with and
   without blank lines) and shuffled articles, ~1 MB per file. Deterministic (fixed seed).
2. Times `tm.merge.build_segments` on it in a fresh process: wall time and peak RSS.
   Targets on the 2-core reference machine: <= 60 s and <= 2 GB.
3. Peer: OmegaT 3.6 (the CAT tool whose segments we reproduce) segments the first
   `--peer-mb` MB of the same corpus (console-createpseudotranslatetmx); our segmentation of the
   same files is timed beside it and the ratio printed. OmegaT only segments (no cleaning, no
   merging), so the ratio is conservative for us.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
DATA = REPO / "bench" / "data"
OMEGAT_JAR = Path("/usr/share/omegat/OmegaT.jar")
FILE_BYTES = 1_000_000
HAN = re.compile(r"[\u4e00-\u9fff]")


def _blocks(text: str) -> list[str]:
    """Cut a page into article-sized blocks at headings and continuation markers."""
    parts = re.split(r"\n(?=#|（上接|\(上接|本报讯|新华社)", text)
    return [p.strip("\n") for p in parts if p.strip()]


def _perturb_line(line: str, rng: random.Random, alphabet: str, rate: float) -> str:
    chars = list(line)
    for i in range(len(chars)):
        if HAN.match(chars[i]) and rng.random() < rate:
            op = rng.random()
            if op < 0.5:
                chars[i] = rng.choice(alphabet)        # OCR substitution (土哈 for 中哈)
            elif op < 0.8:
                chars[i] = ""                          # dropped character (的)
            else:
                chars[i] = chars[i] * 2                # doubled character (增增)
    return "".join(chars)


def _rewrap(block: str, rng: random.Random) -> str:
    mode = rng.random()
    if mode < 0.5:
        return block
    width = rng.randint(15, 22)
    blank = mode < 0.75
    out: list[str] = []
    for line in block.split("\n"):
        if not line.strip() or line.startswith("#"):
            out.append(line)
            continue
        out.extend(line[i:i + width] for i in range(0, len(line), width))
    joiner = "\n\n" if blank else "\n"
    return joiner.join(x for x in out if x.strip())


def generate(target: Path, size_mb: int, seed: int = 2023) -> None:
    """Write perturbed copies of the seeds into `target` until it holds `size_mb` MB."""
    rng = random.Random(seed)
    pages = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    alphabet = "".join(sorted({ch for p in pages for ch in p if HAN.match(ch)}))
    blocks = [b for p in pages for b in _blocks(p)]
    tmp = Path(tempfile.mkdtemp(prefix=".gen-", dir=target.parent))
    total, index = 0, 0
    while total < size_mb * 1_000_000:
        chosen: list[str] = []
        size = 0
        while size < FILE_BYTES:
            block = rng.choice(blocks)
            lines = [_perturb_line(ln, rng, alphabet, 0.004) for ln in block.split("\n")]
            text = _rewrap("\n".join(lines), rng)
            chosen.append(text)
            size += len(text.encode("utf-8"))
        rng.shuffle(chosen)
        data = "\n\n".join(chosen) + "\n"
        (tmp / f"page-{index:04d}.txt").write_text(data, encoding="utf-8")
        total += len(data.encode("utf-8"))
        index += 1
    if target.exists():
        shutil.rmtree(target)
    tmp.rename(target)


def _measure(code: str) -> dict:
    """Run `code` in a fresh Python; it prints JSON; add wall time, CPU time and peak RSS (MB).

    CPU time is printed beside wall time because the machine is shared: wall time alone
    measures the neighbours' load as much as our code.
    """
    wrapper = (
        "import json, resource, time\n"
        "t0 = time.perf_counter()\n" + code + "\n"
        "result['wall_s'] = round(time.perf_counter() - t0, 2)\n"
        "result['load_avg_1min'] = __import__('os').getloadavg()[0]\n"
        "usage = resource.getrusage(resource.RUSAGE_SELF)\n"
        "kids = resource.getrusage(resource.RUSAGE_CHILDREN)  # reader worker processes\n"
        "result['cpu_s'] = round(usage.ru_utime + usage.ru_stime + kids.ru_utime"
        " + kids.ru_stime, 2)\n"
        "result['peak_rss_mb'] = round(usage.ru_maxrss / 1024)\n"
        "result['worker_peak_rss_mb'] = round(kids.ru_maxrss / 1024)\n"
        "print(json.dumps(result))\n"
    )
    out = subprocess.run([sys.executable, "-c", wrapper], cwd=REPO, capture_output=True,
                         text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def ours(paths: list[Path]) -> dict:
    code = (
        "from tifa.tm.corpus.merge import build_segments\n"
        f"s = build_segments({[str(p) for p in paths]!r})\n"
        "r = s.report\n"
        "result = dict(files=r.files, articles=r.articles, sentences=r.sentences,\n"
        "              segments=r.segments, exact_duplicates=r.exact_duplicates,\n"
        "              merged_variants=r.merged_variants)\n"
    )
    return _measure(code)


def ours_segmentation_only(paths: list[Path]) -> dict:
    code = (
        "from tifa.tm.corpus.clean import read_corpus\n"
        "from tifa.tm.corpus.segment import split_sentences\n"
        f"c = read_corpus({[str(p) for p in paths]!r})\n"
        "n = sum(len(split_sentences(p.text)) for a in c.articles for p in a.paragraphs)\n"
        "result = dict(sentences=n)\n"
    )
    return _measure(code)


def omegat(paths: list[Path]) -> dict | None:
    java = shutil.which("java")
    if java is None or not OMEGAT_JAR.exists():
        return None
    project = Path(tempfile.mkdtemp(prefix="omegat-bench-"))
    try:
        for sub in ("source", "target", "tm", "glossary", "dictionary", "omegat"):
            (project / sub).mkdir()
        sys.path.insert(0, str(REPO))
        from tests.test_omegat_segmentation import PROJECT  # the project the test runs

        (project / "omegat.project").write_text(PROJECT, encoding="utf-8")
        for p in paths:
            shutil.copy(p, project / "source" / p.name)
        tmx = project / "out.tmx"
        cmd = [java, "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-jar",
               str(OMEGAT_JAR), str(project), "--mode=console-createpseudotranslatetmx",
               f"--pseudotranslatetmx={tmx}", "--pseudotranslatetype=equal"]
        t0 = time.perf_counter()
        run = subprocess.run(["/usr/bin/time", "-f", "%M", *cmd], capture_output=True, text=True)
        wall = time.perf_counter() - t0
        rss = int(run.stderr.strip().splitlines()[-1]) // 1024 if run.returncode == 0 else None
        return {"wall_s": round(wall, 2), "peak_rss_mb": rss, "tmx_written": tmx.exists()}
    finally:
        shutil.rmtree(project, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size-mb", type=int, default=100)
    parser.add_argument("--peer-mb", type=int, default=2)
    args = parser.parse_args()
    target = DATA / f"corpus-{args.size_mb}mb"
    if not target.exists():
        DATA.mkdir(parents=True, exist_ok=True)
        t0 = time.perf_counter()
        generate(target, args.size_mb)
        print(f"generated {target} in {time.perf_counter() - t0:.1f} s")
    files = sorted(target.glob("*.txt"))
    size = sum(p.stat().st_size for p in files) / 1e6
    print(f"corpus: {len(files)} files, {size:.1f} MB")

    print(f"$ build_segments({target.relative_to(REPO)})")
    full = ours([target])
    print(f"  ours: {json.dumps(full)}")
    print(f"  targets: wall <= 60 s: {'ok' if full['wall_s'] <= 60 else 'MISSED'}; "
          f"peak RSS <= 2048 MB: {'ok' if full['peak_rss_mb'] <= 2048 else 'MISSED'}")

    subset = files[:max(1, args.peer_mb)]
    print(f"$ segmentation of {len(subset)} files ({sum(p.stat().st_size for p in subset)/1e6:.1f}"
          " MB): ours (read_corpus + split_sentences) vs OmegaT 3.6")
    mine = ours_segmentation_only(subset)
    peer = omegat(subset)
    print(f"  ours:   {json.dumps(mine)}")
    if peer is None:
        print("  OmegaT: not installed, no peer figure")
    else:
        print(f"  OmegaT: {json.dumps(peer)}")
        print(f"  ratio (OmegaT wall / ours wall): {peer['wall_s'] / mine['wall_s']:.1f}x")


if __name__ == "__main__":
    main()
