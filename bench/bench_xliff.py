"""Reading a CAT tool's XLIFF: a Trados file with a large embedded original, a long memoQ file.

    python bench/bench_xliff.py [--blob-mb 50] [--units 100000] [--python OTHER_PYTHON]

Writes, from the fixtures in tests/data/lint/flavours/, a `.sdlxliff` whose <internal-file>
holds BLOB_MB of base64 on one line (as Trados keeps the original Word file) and a `.mqxliff`
of UNITS trans-units, then reads each with `read_units` to the end in a process of its own
and prints the units read (or the error), the CPU time of the read and the peak RSS. With
--python (e.g. the main checkout's interpreter) the same files are read by that tifa too,
alternately, for a before/after on a shared machine.
"""

from __future__ import annotations

import argparse
import base64
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FLAVOURS = REPO / "tests" / "data" / "lint" / "flavours"

RUN = """
import resource, sys, time
from tifa.tm.lint.readers import read_units
start = time.process_time()
try:
    result = f"{sum(1 for _ in read_units(sys.argv[1])):,} units"
except Exception as err:
    result = f"error: {str(err)[:90]}"
cpu = time.process_time() - start
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{result}; read {cpu:.2f} s CPU; peak RSS {rss:.0f} MB")
"""


def big_original(path: Path, megabytes: int) -> None:
    text = (FLAVOURS / "statement.sdlxliff").read_text(encoding="utf-8")
    head, rest = text.split('<internal-file form="base64">', 1)
    tail = rest.split("</internal-file>", 1)[1]
    blob = base64.b64encode(os.urandom(megabytes * 750_000)).decode()  # 4/3 → MB of text
    path.write_text(f'{head}<internal-file form="base64">{blob}</internal-file>{tail}',
                    encoding="utf-8")


def many_units(path: Path, count: int) -> None:
    text = (FLAVOURS / "statement.mqxliff").read_text(encoding="utf-8")
    head, rest = text.split("<body>", 1)
    body, tail = rest.split("</body>", 1)
    units = [u + "</trans-unit>" for u in body.split("</trans-unit>")[:-1]]
    with open(path, "w", encoding="utf-8") as out:
        out.write(head + "<body>")
        for k in range(count // len(units)):
            for unit in units:
                out.write(re.sub(r'trans-unit id="(\d+)"',
                                 lambda m, k=k: f'trans-unit id="{k * len(units) + int(m[1])}"',
                                 unit))
        out.write("</body>" + tail)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--blob-mb", type=int, default=50)
    parser.add_argument("--units", type=int, default=100_000)
    parser.add_argument("--python", help="another interpreter with tifa (e.g. main's)")
    parser.add_argument("--write", help=argparse.SUPPRESS)  # (in a child: write the files)
    args = parser.parse_args()
    if args.write:
        big_original(Path(args.write) / "big.sdlxliff", args.blob_mb)
        many_units(Path(args.write) / "many.mqxliff", args.units)
        return
    pythons = [("this", sys.executable)] + ([("other", args.python)] if args.python else [])
    with tempfile.TemporaryDirectory() as tmp:
        # written by a child: a process started from a big one inherits its peak RSS
        subprocess.run([sys.executable, __file__, "--write", tmp, "--blob-mb",
                        str(args.blob_mb), "--units", str(args.units)], check=True)
        for path in (Path(tmp) / "big.sdlxliff", Path(tmp) / "many.mqxliff"):
            print(f"{path.name} ({path.stat().st_size / 1e6:.0f} MB)")
            for name, python in pythons:
                out = subprocess.run([python, "-c", RUN, str(path)], capture_output=True,
                                     text=True, cwd=tmp)
                print(f"  {name}: {(out.stdout or out.stderr).strip().splitlines()[-1]}")


if __name__ == "__main__":
    main()
