"""Benchmark: the corpus step (clean, segment, merge) on varied text and on copies.

    python bench/bench_corpus.py [--sizes 1 10 100] [--copies-mb 100] [--peer-mb 2]
                                 [--baseline REV]

1. Varied corpus (`bench/data/varied-<n>mb/`, generated once, deterministic): articles of
   *distinct* sentences made by recombining the clauses of the seeds (2-4 clauses each), laid out
   as newspaper pages of ~1 MB: titles, datelines, section labels, photo credits; half the pages
   hard-wrapped every 15-22 characters. Realistic copy rates: 25 % of the articles are printed
   again on a later page (an OCR copy: substitutions, dropped and doubled characters at 0.4 % of
   the Chinese characters), 10 % continue on another page after a （上接A01版①） marker, and
   5 % are reports that quote a sentence of an earlier article with a small edit.
   The corpus step is timed at each size in a fresh process: wall and CPU time (the machine is
   shared: load average printed), the per-MB time relative to the smallest size (target
   <= 1.3x: near-linear) and the peak RSS of the whole process tree (the reader workers
   included), sampled from /proc every 50 ms.
2. Copies of the five pages (`bench/data/corpus-<n>mb/`): perturbed copies of the seed pages
   (the old benchmark: 666k sentences collapse to a few thousand segments). Target <= 60 s.
3. Peer: OmegaT 3.6 segments the first `--peer-mb` MB of the copies corpus; our segmentation of
   the same files is timed beside it and the ratio printed.

With `--baseline REV` (a git revision, say `main`), every corpus step above is also run with
the code of that revision (`git archive` into a temporary folder), right before ours in the
same conditions, and the ratios of wall time, CPU, the parent's CPU and the peak RSS printed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
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

    def page() -> list[str]:
        chosen: list[str] = []
        size = 0
        while size < FILE_BYTES:
            block = rng.choice(blocks)
            lines = [_perturb_line(ln, rng, alphabet, 0.004) for ln in block.split("\n")]
            text = _rewrap("\n".join(lines), rng)
            chosen.append(text)
            size += len(text.encode("utf-8"))
        rng.shuffle(chosen)
        return chosen

    _write_pages(target, size_mb, page)


def _write_pages(target: Path, size_mb: int, page) -> None:
    """Pages of blocks from `page()` until `target` holds `size_mb` MB; written into a
    temporary folder that replaces `target` only when complete."""
    tmp = Path(tempfile.mkdtemp(prefix=".gen-", dir=target.parent))
    total, index = 0, 0
    while total < size_mb * 1_000_000:
        data = "\n\n".join(page()) + "\n"
        (tmp / f"page-{index:04d}.txt").write_text(data, encoding="utf-8")
        total += len(data.encode("utf-8"))
        index += 1
    if target.exists():
        shutil.rmtree(target)
    tmp.rename(target)


# ---------------------------------------------------------------------------------------------
# Varied corpus: distinct sentences recombined from the seeds' clauses

_CLAUSE_SPLIT = re.compile(r"[，；。！？\n]")
MARKERS = "①②③④⑤⑥⑦⑧"


def _clauses() -> list[str]:
    text = "".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    found = {c.strip() for c in _CLAUSE_SPLIT.split(text)}
    return sorted(c for c in found if 4 <= len(c) <= 40 and not c.startswith("#")
                  and "上接" not in c and HAN.search(c))


def _wrap(paragraphs: list[str], rng: random.Random) -> str:
    if rng.random() < 0.5:
        return "\n\n".join(paragraphs)
    width = rng.randint(15, 22)
    lines: list[str] = []
    for para in paragraphs:
        if para.startswith("#"):
            lines.append(para)
            continue
        lines.extend(para[i:i + width] for i in range(0, len(para), width))
    return "\n".join(lines)


def generate_varied(target: Path, size_mb: int, seed: int = 2025) -> None:
    """Write a varied corpus of `size_mb` MB into `target` (pages of ~1 MB, smaller below)."""
    rng = random.Random(seed)
    clauses = _clauses()
    alphabet = "".join(sorted({ch for c in clauses for ch in c if HAN.match(ch)}))
    labels = ["要闻", "综合新闻", "国内新闻", "时政", "评论"]
    recent: list[list[list[str]]] = []  # earlier articles (paragraphs of sentences)

    def sentence() -> str:
        return "，".join(rng.choice(clauses) for _ in range(rng.randint(2, 4))) + "。"

    def article() -> list[list[str]]:
        return [[sentence() for _ in range(rng.randint(1, 4))] for _ in range(rng.randint(3, 12))]

    page_bytes = min(FILE_BYTES, size_mb * 1_000_000)

    def page() -> list[str]:
        blocks: list[str] = []
        size = 0
        while size < page_bytes:
            before = len(blocks)
            roll = rng.random()
            if roll < 0.25 and recent:        # an OCR copy of an earlier article
                paras = [[_perturb_line(s, rng, alphabet, 0.004) for s in p]
                         for p in rng.choice(recent)]
            elif roll < 0.30 and recent:      # a report quoting an earlier sentence, edited
                paras = article()
                quoted = rng.choice(rng.choice(rng.choice(recent)))
                paras[0].append("他表示，" + quoted[2:] if len(quoted) > 12 else quoted)
            else:
                paras = article()
                recent.append(paras)
                if len(recent) > 400:
                    recent.pop(rng.randrange(len(recent)))
            title = "# " + rng.choice(clauses)
            texts = ["".join(p) for p in paras]
            if rng.random() < 0.5:
                texts[0] = f"本报讯（记者{rng.choice(alphabet)}{rng.choice(alphabet)}）" + texts[0]
            if rng.random() < 0.10 and len(texts) > 2:  # continued on another page
                cut = rng.randrange(1, len(texts))
                piece = texts[cut]
                half = len(piece) // 2
                marker = f"（上接A0{rng.randint(1, 8)}版{rng.choice(MARKERS)}）"
                blocks.append(_wrap([title, *texts[:cut], piece[:half]], rng))
                blocks.append(_wrap([marker + piece[half:], *texts[cut + 1:]], rng))
            else:
                blocks.append(_wrap([title, *texts], rng))
            if rng.random() < 0.1:
                blocks.append(rng.choice(labels))
            if rng.random() < 0.1:
                blocks.append(f"本报记者 {rng.choice(alphabet)}{rng.choice(alphabet)} 摄")
            size += sum(len(b.encode("utf-8")) for b in blocks[before:])
        return blocks

    _write_pages(target, size_mb, page)


def _tree_pss_kb(pid: int) -> int:
    """Proportional memory (PSS) of a process and all its descendants, from /proc (kB): a page
    forked workers share with their parent counts once in all, where the sum of their RSS
    counts it in every process."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            children.setdefault(int(stat.rsplit(")", 1)[1].split()[1]), []).append(
                int(entry.name))
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            for line in Path(f"/proc/{current}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
                    break
        except OSError:
            pass
        todo.extend(children.get(current, []))
    return total


def _tree_rss_kb(pid: int) -> int:
    """Resident memory of a process and all its descendants, from /proc (kB)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        me = int(entry.name)
        children.setdefault(int(fields.get("PPid", "0").strip() or 0), []).append(me)
        rss[me] = int(fields.get("VmRSS", "0 kB").split()[0]) if "VmRSS" in fields else 0
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        total += rss.get(current, 0)
        todo.extend(children.get(current, []))
    return total


def _measure(code: str, tree: Path | None = None) -> dict:
    """Run `code` in a fresh Python; it prints JSON; add wall and CPU time, peak tree RSS (MB).

    CPU time is printed beside wall time because the machine is shared: wall time alone
    measures the neighbours' load as much as our code. The peak RSS is that of the process tree
    (the reader worker processes run beside the parent), sampled every 50 ms. `tree`: a folder
    whose `tifa` package is imported instead of ours (`_baseline_tree`).
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
        "result['parent_cpu_s'] = round(usage.ru_utime + usage.ru_stime, 2)\n"
        "result['workers_cpu_s'] = round(kids.ru_utime + kids.ru_stime, 2)\n"
        "result['peak_rss_mb'] = round(usage.ru_maxrss / 1024)\n"
        "print(json.dumps(result))\n"
    )
    env = dict(os.environ)
    if tree is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(tree), env.get("PYTHONPATH")]))
    proc = subprocess.Popen([sys.executable, "-c", wrapper], cwd=REPO, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    peak = [0, 0]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.05):
            peak[0] = max(peak[0], _tree_rss_kb(proc.pid))
            peak[1] = max(peak[1], _tree_pss_kb(proc.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    done.set()
    sampler.join()
    if proc.returncode:
        raise RuntimeError(err)
    result = json.loads(out.strip().splitlines()[-1])
    result["tree_peak_rss_mb"] = round(peak[0] / 1024)
    result["tree_peak_pss_mb"] = round(peak[1] / 1024)  # shared pages counted once
    return result


def _baseline_tree(rev: str) -> Path:
    """The code of git revision `rev` as an importable `tifa` package in a temporary folder
    (the repository maps tifa.tm, tifa.glossary and tifa.cli to its top-level folders)."""
    root = Path(tempfile.mkdtemp(prefix="tifa-baseline-"))
    archive = subprocess.run(["git", "-C", str(REPO), "archive", rev], capture_output=True,
                             check=True).stdout
    (root / "src").mkdir()
    subprocess.run(["tar", "-x", "-C", str(root / "src")], input=archive, check=True)
    (root / "tifa").mkdir()
    for name in ("tm", "glossary", "cli"):
        (root / "tifa" / name).symlink_to(root / "src" / name)
    return root


def ours(paths: list[Path], tree: Path | None = None) -> dict:
    code = (
        "from tifa.tm.corpus.merge import build_segments\n"
        f"s = build_segments({[str(p) for p in paths]!r})\n"
        "r = s.report\n"
        "result = dict(files=r.files, articles=r.articles, sentences=r.sentences,\n"
        "              segments=r.segments, exact_duplicates=r.exact_duplicates,\n"
        "              merged_variants=r.merged_variants)\n"
        "import tifa.tm.corpus.merge as m; result['code'] = m.__file__\n"
    )
    return _measure(code, tree)


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
        from tests.conftest import PROJECT  # the project the tests run

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


def _corpus(kind: str, size_mb: int) -> list[Path]:
    target = DATA / f"{kind}-{size_mb}mb"
    if not target.exists():
        DATA.mkdir(parents=True, exist_ok=True)
        t0 = time.perf_counter()
        (generate_varied if kind == "varied" else generate)(target, size_mb)
        print(f"generated {target.relative_to(REPO)} in {time.perf_counter() - t0:.1f} s")
    return sorted(target.glob("*.txt"))


def _show(files: list[Path], result: dict) -> float:
    size = sum(p.stat().st_size for p in files) / 1e6
    print(f"  {len(files)} files, {size:.1f} MB: {json.dumps(result)}")
    return size


def _run(files: list[Path], tree: Path | None, rev: str | None) -> dict:
    """Ours on `files`, after the baseline's run (`tree`) when there is one; same output."""
    if tree is None:
        return ours(files)
    before = ours(files, tree)
    print(f"  baseline {rev}: {json.dumps(before)}")
    result = ours(files)
    counts = ("articles", "sentences", "segments", "exact_duplicates", "merged_variants")
    same = all(before[k] == result[k] for k in counts)
    print("  ours / baseline: " + ", ".join(
        f"{k} {result[k] / before[k]:.2f}x" for k in ("wall_s", "cpu_s", "parent_cpu_s",
                                                       "tree_peak_rss_mb") if before[k])
        + f"; counts {'the same' if same else 'DIFFERENT'}")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1, 10, 100],
                        help="varied corpus sizes in MB (the first is the per-MB reference)")
    parser.add_argument("--copies-mb", type=int, default=100, help="0 to skip")
    parser.add_argument("--peer-mb", type=int, default=2, help="0 to skip")
    parser.add_argument("--baseline", metavar="REV",
                        help="also run each corpus step with the code of this git revision")
    args = parser.parse_args()
    tree = _baseline_tree(args.baseline) if args.baseline else None
    try:
        _main(args, tree)
    finally:
        if tree is not None:
            shutil.rmtree(tree, ignore_errors=True)


def _main(args: argparse.Namespace, tree: Path | None) -> None:
    base: float | None = None
    for size_mb in args.sizes:
        files = _corpus("varied", size_mb)
        print(f"$ build_segments(bench/data/varied-{size_mb}mb)")
        result = _run(files, tree, args.baseline)
        size = _show(files, result)
        per_mb = result["cpu_s"] / size, result["wall_s"] / size
        if base is None:
            base = per_mb
        print(f"  per MB: {per_mb[0]:.2f} s CPU, {per_mb[1]:.2f} s wall; ratio to "
              f"{args.sizes[0]} MB: {per_mb[0] / base[0]:.2f}x CPU, {per_mb[1] / base[1]:.2f}x "
              "wall (target <= 1.3x)")
        # On an idle machine the parent waits while the workers read (both cores), then
        # merges alone: its CPU time plus half the workers' is what the wall time would be.
        idle = result["parent_cpu_s"] + result["workers_cpu_s"] / 2
        print(f"  wall on an idle 2-core machine (parent CPU + workers CPU / 2): ~{idle:.0f} s")
        if size_mb >= 100:
            print(f"  targets: wall <= 60 s: {'ok' if result['wall_s'] <= 60 else 'MISSED'} "
                  f"(idle estimate {'ok' if idle <= 60 else 'MISSED'}); "
                  f"tree RSS <= 2048 MB: "
                  f"{'ok' if result['tree_peak_rss_mb'] <= 2048 else 'MISSED'}")

    if args.copies_mb:
        files = _corpus("corpus", args.copies_mb)
        print(f"$ build_segments(bench/data/corpus-{args.copies_mb}mb)  # copies of five pages")
        result = _run(files, tree, args.baseline)
        _show(files, result)
        idle = result["parent_cpu_s"] + result["workers_cpu_s"] / 2
        print(f"  target: wall <= 60 s: {'ok' if result['wall_s'] <= 60 else 'MISSED'} "
              f"(idle 2-core estimate ~{idle:.0f} s: {'ok' if idle <= 60 else 'MISSED'})")

    if args.peer_mb:
        subset = _corpus("corpus", args.copies_mb or 100)[:args.peer_mb]
        print(f"$ segmentation of {len(subset)} files "
              f"({sum(p.stat().st_size for p in subset) / 1e6:.1f} MB): ours (read_corpus + "
              "split_sentences) vs OmegaT 3.6")
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
