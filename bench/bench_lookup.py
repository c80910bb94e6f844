"""Benchmark: the glossary store at department size, and TermMatcher throughput for lint.

    python bench/bench_lookup.py [--entries 50000] [--runs 3] [--peer-python PY] [--peer-runs 1]
                                 [--pairs 100000] [--terms 5000] [--skip-matcher]

1. Generates a glossary of realistic, distinct entries (`make_entries`: Chinese formulations
   and English renderings built from real formulation parts — 中国—中亚 + 合作 + 机制 … — with
   quoted and 构建/推动 variants, accepted variants with notes, deprecated renderings with
   reasons, notes, sources, a comment line per section, in the layout of the shipped files)
   and times whole `tifa` processes on it, each with its wall time, CPU time (user+sys) and
   peak RSS (of the largest process of the tree, from wait4):
   - cold: `tifa glossary lookup Q -g FILE` with an empty cache (target ≤ 2 s, ≤ 200 MB);
   - changed: the same after one entry was appended to FILE, cache warm for the old content
     (what a terminologist sees after an edit; also ≤ 2 s);
   - warm: again, cache filled (~0.25 s);
   - add: `tifa glossary add --file COPY ...` to a copy of FILE (target ≤ 3 s; comments and
     layout kept is checked by the tests);
   - shipped: `tifa glossary lookup 守望相助` on the shipped glossary, cold cache (≤ 0.3 s).
   With --peer-python (a Python whose `tifa` is an older checkout), the same commands run with
   it too, interleaved with ours run by run, and the ratio peer/ours is printed. The load
   average is printed beside every figure: the machine may be shared.
2. TermMatcher: a 5,000-term glossary against 100,000 zh/en segment pairs, doing what lint
   does (find_zh, en_status per hit, find_deprecated). Target: ≤ 10 s for lint in total.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

PLACES = [("中国—中亚", "China-Central Asia"), ("中阿", "China-Arab"), ("中非", "China-Africa"),
          ("中拉", "China-Latin America and the Caribbean"), ("中国—东盟", "China-ASEAN"),
          ("中欧", "China-EU"), ("中俄", "China-Russia"), ("中哈", "China-Kazakhstan"),
          ("中吉", "China-Kyrgyzstan"), ("中塔", "China-Tajikistan"),
          ("中土", "China-Turkmenistan"), ("中乌", "China-Uzbekistan"),
          ("中巴", "China-Pakistan"), ("中蒙", "China-Mongolia"), ("上海合作组织", "SCO"),
          ("金砖国家", "BRICS"), ("亚太", "Asia-Pacific"), ("澜湄", "Lancang-Mekong"),
          ("中日韩", "China-Japan-ROK"), ("中国—太平洋岛国", "China-Pacific Island Countries"),
          ("中国—中东欧", "China-CEEC"), ("中国—海合会", "China-GCC"),
          ("中新", "China-Singapore"), ("中越", "China-Vietnam"), ("中老", "China-Laos"),
          ("中柬", "China-Cambodia"), ("中泰", "China-Thailand"), ("中印尼", "China-Indonesia"),
          ("中马", "China-Malaysia"), ("中菲", "China-Philippines"),
          ("中沙", "China-Saudi Arabia"), ("中埃", "China-Egypt"),
          ("中南", "China-South Africa"), ("中巴西", "China-Brazil"),
          ("中阿根廷", "China-Argentina"), ("中法", "China-France"), ("中德", "China-Germany"),
          ("中英", "China-UK"), ("中意", "China-Italy"), ("中西", "China-Spain"),
          ("中希", "China-Greece"), ("中塞", "China-Serbia"), ("中匈", "China-Hungary"),
          ("中波", "China-Poland"), ("中土耳其", "China-Türkiye"), ("中伊", "China-Iran"),
          ("中阿联酋", "China-UAE"), ("中卡", "China-Qatar"), ("中尼", "China-Nepal"),
          ("中斯", "China-Sri Lanka")]
FIELDS = [("经贸", "economic and trade"), ("能源", "energy"), ("农业", "agricultural"),
          ("数字经济", "digital economy"), ("绿色发展", "green development"),
          ("人文", "people-to-people"), ("科技创新", "science and technology innovation"),
          ("减贫", "poverty reduction"), ("安全", "security"),
          ("执法安全", "law-enforcement and security"), ("海关", "customs"),
          ("交通运输", "transport"), ("互联互通", "connectivity"), ("卫生健康", "health"),
          ("教育", "education"), ("旅游", "tourism"), ("媒体", "media"), ("智库", "think tank"),
          ("青年", "youth"), ("地方", "subnational"), ("产能", "industrial capacity"),
          ("投资", "investment"), ("金融", "financial"), ("电子商务", "e-commerce"),
          ("水资源", "water resources"), ("防灾减灾", "disaster prevention and mitigation"),
          ("文化遗产", "cultural heritage"), ("航天", "space"), ("气候变化", "climate change"),
          ("粮食安全", "food security")]
HEADS = [("合作机制", "cooperation mechanism", "mechanism"),
         ("合作论坛", "cooperation forum", "mechanism"),
         ("部长级会议", "ministerial meeting", "mechanism"),
         ("合作委员会", "cooperation committee", "organisation/place"),
         ("合作中心", "cooperation centre", "organisation/place"),
         ("合作示范区", "cooperation demonstration zone", "project"),
         ("合作规划", "cooperation plan", "initiative"),
         ("伙伴关系", "partnership", "principle"), ("对话", "dialogue", "mechanism"),
         ("联合声明", "joint statement", "initiative"),
         ("合作倡议", "cooperation initiative", "initiative"),
         ("合作走廊", "cooperation corridor", "project"),
         ("合作平台", "cooperation platform", "mechanism"),
         ("交流年", "year of exchanges", "slogan"),
         ("合作大会", "cooperation conference", "mechanism"),
         ("联合实验室", "joint laboratory", "project"),
         ("合作基金", "cooperation fund", "project"), ("工作组", "working group", "mechanism"),
         ("行动计划", "action plan", "initiative"),
         ("合作网络", "cooperation network", "mechanism"),
         ("合作联盟", "cooperation alliance", "organisation/place"),
         ("合作项目", "cooperation project", "project"), ("峰会", "summit", "mechanism"),
         ("高级别论坛", "high-level forum", "mechanism"),
         ("合作秘书处", "cooperation secretariat", "organisation/place"),
         ("圆桌会议", "round table", "mechanism"), ("博览会", "expo", "project"),
         ("研修班", "training programme", "project"),
         ("合作协定", "cooperation agreement", "initiative"),
         ("合作园区", "cooperation park", "project"), ("产业园", "industrial park", "project"),
         ("联合工作组", "joint working group", "mechanism"),
         ("协调机制", "coordination mechanism", "mechanism"),
         ("咨询委员会", "advisory committee", "organisation/place")]
SOURCES = ["Xi'an Declaration of the China-Central Asia Summit, 19 May 2023",
           "MFA English press release", "Xinhua English service", "joint statement, English text",
           "State Council Information Office white paper", "MOFCOM English news release"]


def make_entries(n: int, rng: random.Random) -> list[dict]:
    """n distinct entries (ids, Chinese forms and renderings all unique): place × field × head
    (50 × 30 × 34 = 51,000 combinations), in a shuffled, reproducible order."""
    combos = [(p, f, h) for p in PLACES for f in FIELDS for h in HEADS]
    if n > len(combos):
        raise SystemExit(f"at most {len(combos)} distinct entries")
    rng.shuffle(combos)
    out = []
    for i, ((pzh, pen), (fzh, fen), (hzh, hen, category)) in enumerate(combos[:n]):
        zh = f"{pzh}{fzh}{hzh}"
        en = f"{pen} {fen} {hen}"
        slug = "-".join(w for w in en.lower().replace("–", "-").replace("'", "").replace(
            "ü", "u").replace("-", " ").split())
        status = ("official", "recommended", "provisional")[i % 3]
        entry = {"id": slug, "zh": zh}
        if i % 3 == 0:
            entry["zh_variants"] = [f"“{zh}”"] + ([f"构建{zh}"] if i % 6 == 0 else [])
        entry["en"] = en
        if i % 4 == 0:
            between = pen.replace("China-", "China and ")
            entry["en_variants"] = [{"text": f"{fen} {hen} between {between}",
                                     "note": "descriptive form used in some joint statements"}]
        if i % 5 == 0:
            short = hen.replace("cooperation ", "")
            entry["en_deprecated"] = [{"text": f"{pen} {fen} {short} of cooperation",
                                       "reason": "word-for-word calque of the Chinese order"}]
        entry.update(category=category, domain="diplomatic" if i % 7 else "domestic")
        if i % 3 == 1:
            entry["note"] = f"Expand {pen} at first mention; keep “{hen}” as in the official text."
        if i % 2 == 0:
            entry["source"] = SOURCES[i % len(SOURCES)]
        entry["status"] = status
        out.append(entry)
    return out


def write_glossary(path: Path, entries: list[dict]) -> None:
    """In the layout of the shipped files: a comment line per section, a blank line between
    entries, keys indented under '  - ', short zh lists in flow style."""
    from tifa.glossary.edit import entry_text

    with open(path, "w", encoding="utf-8") as fh:
        fh.write("# generated by bench/bench_lookup.py: a department-size glossary\n"
                 f"glossary:\n  name: {path.stem}\n  source_lang: zh-CN\n  target_lang: en\n"
                 "entries:\n")
        for i, entry in enumerate(entries):
            if i % 500 == 0:
                fh.write(f"\n  # --- section {i // 500 + 1} ---\n")
            fh.write("\n" + entry_text(entry, 2, 4))


def run(cmd: list[str], env: dict) -> tuple[float, float, int, int]:
    """Wall time, CPU time (user+sys), peak RSS (KB) and exit code of one command's tree."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} exited {code}: {err.strip()[-300:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, code


def load() -> str:
    return f"load {os.getloadavg()[0]:.1f}"


def bench_store(n: int, runs: int, peer: str | None, peer_runs: int, skip_peer_add: bool,
                work: Path) -> None:
    path = work / f"glossary-{n}.yaml"
    subprocess.run([sys.executable, __file__, "--write", str(n), str(path)], check=True)
    entries = path.read_text(encoding="utf-8").count("\n  - id: ")
    query = "中国—中亚能源合作机制"
    print(f"\n## {entries} entries ({path.stat().st_size / 2**20:.1f} MB YAML), query {query}")
    pythons = [("ours", sys.executable)] + ([("peer", peer)] if peer else [])
    results: dict[tuple[str, str], list[tuple[float, float, int]]] = {}

    def tifa(python: str, *args: str) -> list[str]:
        return [python, "-c", "from tifa.cli.app import main; main()", *args]

    for r in range(max(runs, peer_runs if peer else 0)):
        for who, python in pythons:
            if r >= (runs if who == "ours" else peer_runs):
                continue
            cache = work / f"cache-{who}-{r}"
            env = {**os.environ, "XDG_CACHE_HOME": str(cache), "TIFA_GLOSSARY": ""}
            env.pop("PYTHONDONTWRITEBYTECODE", None)   # bytecode kept, as after pip install
            env["PYTHONPYCACHEPREFIX"] = str(work / f"pyc-{who}")
            mine = work / f"{who}-{r}.yaml"
            shutil.copyfile(path, mine)
            lookup = tifa(python, "glossary", "lookup", query, "-g", str(mine))
            results.setdefault((who, "cold"), []).append(run(lookup, env)[:3])
            with open(mine, "a", encoding="utf-8") as fh:   # an edit: one entry more
                fh.write("\n  - id: bench-edit\n    zh: 中国—中亚测试术语\n    en: test term\n"
                         "    category: principle\n    domain: diplomatic\n"
                         "    status: provisional\n")
            results.setdefault((who, "changed"), []).append(run(lookup, env)[:3])
            results.setdefault((who, "warm"), []).append(run(lookup, env)[:3])
            add = tifa(python, "glossary", "add", "--file", str(mine), "--zh",
                       f"中国—中亚新机制{r}", "--en", f"China-Central Asia new mechanism {r}",
                       "--category", "mechanism", "-g", str(mine))
            if who == "ours" or not skip_peer_add:
                results.setdefault((who, "add"), []).append(run(add, env)[:3])
            shipped_env = {**env, "XDG_CACHE_HOME": str(cache) + "-shipped"}
            shipped = tifa(python, "glossary", "lookup", "守望相助")
            results.setdefault((who, "shipped"), []).append(run(shipped, shipped_env)[:3])
        print(f"  run {r + 1} done ({load()})", flush=True)
    targets = {"cold": "≤ 2 s, ≤ 200 MB", "changed": "≤ 2 s, ≤ 200 MB", "warm": "~0.25 s",
               "add": "≤ 3 s", "shipped": "≤ 0.3 s"}
    for step in ("cold", "changed", "warm", "add", "shipped"):
        line = f"  {step:8s}"
        medians = {}
        for who, _ in pythons:
            got = results.get((who, step), [])
            if not got:
                continue
            wall = statistics.median(g[0] for g in got)
            cpu = statistics.median(g[1] for g in got)
            rss = max(g[2] for g in got) / 1024
            medians[who] = (wall, cpu)
            line += f" | {who}: wall {wall:6.2f} s cpu {cpu:6.2f} s rss {rss:5.0f} MB ({len(got)})"
        if "peer" in medians:
            line += f" | peer/ours wall {medians['peer'][0] / medians['ours'][0]:.1f}x, " \
                    f"cpu {medians['peer'][1] / medians['ours'][1]:.1f}x"
        print(line + f"   target {targets[step]}")
    print(f"  ({load()} at the end; {os.cpu_count()} cores)")


def bench_matcher(terms: int, pairs: int) -> None:
    import resource

    from tifa.glossary.entry import Deprecated, Entry
    from tifa.glossary.matcher import TermMatcher

    rng = random.Random(11)
    raw = make_entries(terms, rng)
    glossary = [Entry(e["id"], e["zh"], e.get("zh_variants", []), e["en"], [],
                      [Deprecated(d["text"], d["reason"]) for d in e.get("en_deprecated", [])],
                      e["category"], e["domain"], "", "", e["status"]) for e in raw]
    start = time.perf_counter()
    matcher = TermMatcher(glossary)
    build = time.perf_counter() - start
    han = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]
    words = ("cooperation development security community shared future initiative partnership "
             "mechanism corridor friendship connectivity innovation green digital").split()
    filler_zh = "".join(rng.choice(han) for _ in range(2000))
    segs = []
    for i in range(pairs):
        e1, e2 = rng.choice(glossary), rng.choice(glossary)
        a = rng.randint(0, 1900)
        zh = f"{filler_zh[a:a + 15]}{e1.zh}{filler_zh[a + 15:a + 30]}{e2.zh}。"
        text = " ".join(rng.choice(words) for _ in range(14))
        en = f"We will {text} and the {e1.en}s, while {e2.en if i % 2 else 'nothing'} " \
             f"matters in {i}."
        segs.append((zh, en))
    start = time.perf_counter()
    cpu = time.process_time()
    hits = statuses = deprecated = 0
    for zh, en in segs:
        for hit in matcher.find_zh(zh):
            hits += 1
            statuses += matcher.en_status(en, hit.entry) != "missing"
        deprecated += len(matcher.find_deprecated(en))
    wall = time.perf_counter() - start
    cpu = time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\n## TermMatcher: {terms} terms, {pairs} segment pairs ({load()})")
    print(f"  build {build:.2f} s; match {wall:.2f} s wall, {cpu:.2f} s cpu "
          f"({pairs / wall:,.0f} pairs/s); {hits} zh hits, {statuses} rendered, {deprecated} "
          f"deprecated; peak RSS {peak:.0f} MB")
    print("  target: lint of 100,000 pairs against 5,000 terms in <= 10 s in total")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--entries", type=int, default=50000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--peer-python", help="a Python whose tifa is the version to compare with")
    ap.add_argument("--peer-runs", type=int, default=1)
    ap.add_argument("--peer-skip-add", action="store_true",
                    help="do not time the peer's add (ruamel.yaml: minutes at 50,000 entries)")
    ap.add_argument("--terms", type=int, default=5000)
    ap.add_argument("--pairs", type=int, default=100000)
    ap.add_argument("--skip-matcher", action="store_true")
    ap.add_argument("--write", nargs=2, metavar=("N", "PATH"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.write:  # child: generating 50k entries in the parent would inflate its children's RSS
        write_glossary(Path(args.write[1]), make_entries(int(args.write[0]), random.Random(7)))
        return
    print(f"$ python bench/bench_lookup.py --entries {args.entries} --runs {args.runs}"
          + (f" --peer-python {args.peer_python} --peer-runs {args.peer_runs}"
             if args.peer_python else "") + f" --terms {args.terms} --pairs {args.pairs}")
    with tempfile.TemporaryDirectory(prefix="tifa-bench-lookup-") as tmp:
        bench_store(args.entries, args.runs, args.peer_python, args.peer_runs,
                    args.peer_skip_add, Path(tmp))
    if not args.skip_matcher:
        bench_matcher(args.terms, args.pairs)


if __name__ == "__main__":
    main()
