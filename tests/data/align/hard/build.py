"""Write the hard alignment sets (README.md) from their sources: NAME.src → NAME.zh.txt,
NAME.en.txt and NAME.gold.tsv.

    python tests/data/align/hard/build.py [FOLDER] [--check]

FOLDER (default: this one) holds the sets: every NAME.src in it (`../fresh/` is a second
collection, written in the thirteenth round).

A source is written bead by bead, one line a bead: `Chinese || English` (either side may be
empty: an omission or an addition). A blank line is a paragraph break on both sides, a line
`/zh` or `/en` one on that side only. In the Chinese, `⏎` is a hard line break of the raw page
(a wrap inside a paragraph) and `⟦…⟧` layout debris the corpus step must remove (a continuation
marker): both are in NAME.zh.txt, neither in the gold. A line `#! wrap N` writes the Chinese as a
page pulled out of print, lines of N characters; `#! wrap N double` as OCR gives a scanned page,
a blank line after every line. English sentences of a paragraph are
joined by a space, or by a line break after an English `⏎` (a list item or table row on a line of
its own inside one paragraph). A paragraph or sentence the English moves (`../moves/`): the bead
is written where the Chinese has it, its English as `@TAG English…`, and a line `@TAG` alone
puts that English where the English text has it (the gold keeps the bead, out of order).

The gold is cut where tifa cuts: both texts are split by `tm.align.text_sentences`, and where
one of its sentences spans two source beads (“……！”他说 is one Chinese sentence) those beads are
merged, so every gold bead is the smallest right bead tifa's sentences allow. `--check` fails
when a written file differs from what the source gives (or a sentence does not map onto the
source: the cleaner lost or changed text).
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[3]))

from tifa.tm.align import text_sentences  # noqa: E402

DEBRIS = re.compile(r"⟦[^⟧]*⟧")


MOVED = re.compile(r"@(\w+)(?:\s+(.*))?$")


def parse(path: Path) -> tuple[list[tuple[str, str]], str, str, list[int]]:
    """(beads as (zh, en) without markup, raw Chinese text, English text, the beads in the
    order the English text has them)."""
    beads: list[tuple[str, str]] = []
    zh_paras: list[str] = [""]
    en_paras: list[list[str]] = [[]]
    lines = path.read_text(encoding="utf-8").splitlines()
    moved: dict[str, tuple[int, str]] = {}    # tag → (bead, English) of a bead the English moves
    count = 0
    for line in lines:
        line = line.strip()
        if line.startswith("#") or not line or line in ("/zh", "/en") or MOVED.match(line):
            continue
        tagged = MOVED.match(line.partition("||")[2].strip())
        if tagged:
            moved[tagged.group(1)] = (count, tagged.group(2) or "")
        count += 1
    en_order: list[int] = []
    for line in lines:
        line = line.strip()
        if line.startswith("#"):
            continue
        place = MOVED.match(line)
        if place:   # the English of a moved bead, where the English text has it
            bead, text = moved[place.group(1)]
            en_paras[-1].append(text)
            en_order.append(bead)
            continue
        if not line or line in ("/zh", "/en"):
            if line != "/en" and zh_paras[-1]:
                zh_paras.append("")
            if line != "/zh" and en_paras[-1]:
                en_paras.append([])
            continue
        zh, _, en = (s.strip() for s in line.partition("||"))
        zh_paras[-1] += zh.replace("⏎", "\n").replace("⟦", "").replace("⟧", "")
        tagged = MOVED.match(en)
        if tagged:
            en = tagged.group(2) or ""
        elif en:
            en_paras[-1].append(en)
            en_order.append(len(beads))
        beads.append((DEBRIS.sub("", zh).replace("⏎", ""), en.replace("⏎", "")))
    wrap = re.search(r"^#! wrap (\d+)( double)?", path.read_text(encoding="utf-8"), re.M)
    if wrap:  # a page as pulled out of print: lines of WIDTH characters, no blank lines
        zh_text = "".join(_wrapped(p, int(wrap.group(1))) for p in zh_paras if p)
        if wrap.group(2):  # as a scanned page comes out of OCR: a blank line after every line
            zh_text = zh_text.replace("\n", "\n\n")
    else:
        zh_text = "\n\n".join(p for p in zh_paras if p) + "\n"
    en_text = "\n\n".join(" ".join(p).replace("⏎ ", "\n") for p in en_paras if p) + "\n"
    en_order += [k for k, (_, en) in enumerate(beads) if not en]
    return beads, zh_text, en_text, en_order


def _wrapped(paragraph: str, width: int) -> str:
    """A paragraph cut into lines of `width` characters (a line break already in it, a
    heading or a marker on its own line, starts a new line)."""
    lines = []
    for piece in paragraph.split("\n"):
        lines += [piece[k:k + width] for k in range(0, len(piece), width)] or [""]
    return "".join(line + "\n" for line in lines)


def _owners(pieces: list[str], sentences: list[str], debris: list[str] = ()) -> list[list[int]]:
    """For each sentence, the source beads whose text it covers (by position in the text with
    whitespace removed; debris the cleaner left in a sentence is no source text); raises
    ValueError when the sentences are not the source's text."""
    squash = [re.sub(r"\s+", "", p) for p in pieces]
    starts, pos = [], 0
    for p in squash:
        starts.append(pos)
        pos += len(p)
    whole = "".join(squash)
    out, at = [], 0
    for s in sentences:
        s2 = re.sub(r"\s+", "", s)
        for junk in debris:
            if whole[at:at + len(s2)] != s2:
                s2 = s2.replace(re.sub(r"\s+", "", junk), "", 1)
        if whole[at:at + len(s2)] != s2:
            raise ValueError(f"sentence not in the source at {at}: {s!r}")
        owners = [k for k, (st, p) in enumerate(zip(starts, squash, strict=True))
                  if p and st < at + len(s2) and st + len(p) > at]
        out.append(owners)
        at += len(s2)
    if at != len(whole):
        raise ValueError(f"source text left after the last sentence: {whole[at:at + 40]!r}")
    return out


def gold(beads: list[tuple[str, str]], zh: list[str], en: list[str], debris: list[str],
         en_order: list[int] | None = None) -> list[tuple[list[int], list[int]]]:
    """Gold beads as (zh sentence ids, en sentence ids): source beads merged where a sentence
    spans two of them; a sentence without counterpart is a bead of its own. `en_order`: the
    beads in the order the English text has them (by default the source's)."""
    parent = list(range(len(beads)))

    def find(k: int) -> int:
        while parent[k] != k:
            k = parent[k]
        return k

    zown = _owners([z for z, _ in beads], zh, debris)
    order = en_order if en_order is not None else list(range(len(beads)))
    eown = [[order[k] for k in owners]
            for owners in _owners([beads[k][1] for k in order], en)]
    for owners in zown + eown:
        for k in owners[1:]:
            parent[find(k)] = find(owners[0])
    # merged beads must be contiguous runs of source beads
    for k in range(len(beads)):
        root = find(k)
        for j in range(min(root, k), max(root, k)):
            parent[find(j)] = root
    groups: dict[int, tuple[list[int], list[int]]] = {}
    for i, owners in enumerate(zown):
        groups.setdefault(find(owners[0]), ([], []))[0].append(i)
    for j, owners in enumerate(eown):
        groups.setdefault(find(owners[0]), ([], []))[1].append(j)
    out = []
    for k in sorted(groups):
        z, e = groups[k]
        if z and e:
            out.append((z, e))
        else:   # sentences without counterpart: each its own bead, the smallest right one
            out += [([i], []) for i in z] + [([], [j]) for j in e]
    return out


def render(src: Path) -> dict[str, str]:
    """The three files a source gives, by name."""
    name = src.stem
    beads, zh_text, en_text, en_order = parse(src)
    zh, _, en, _ = text_sentences(zh_text, en_text)
    debris = DEBRIS.findall(src.read_text(encoding="utf-8"))
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter="\t", lineterminator="\n")
    writer.writerow(["zh", "en"])
    for z, e in gold(beads, zh, en, [d.strip("⟦⟧") for d in debris], en_order):
        writer.writerow(["".join(zh[i] for i in z), " ".join(en[j] for j in e)])
    return {f"{name}.zh.txt": zh_text, f"{name}.en.txt": en_text,
            f"{name}.gold.tsv": buf.getvalue()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", default=str(HERE), help="the sets' folder")
    ap.add_argument("--check", action="store_true", help="only check the files are up to date")
    args = ap.parse_args()
    stale = []
    for src in sorted(Path(args.folder).glob("*.src")):
        for fname, text in render(src).items():
            path = src.parent / fname
            if args.check:
                if not path.exists() or path.read_text(encoding="utf-8") != text:
                    stale.append(fname)
            else:
                path.write_text(text, encoding="utf-8")
    if stale:
        print("out of date: " + ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
