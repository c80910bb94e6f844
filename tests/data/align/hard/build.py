"""Write the hard alignment sets (README.md) from their sources: NAME.src → NAME.zh.txt,
NAME.en.txt and NAME.gold.tsv.

    python tests/data/align/hard/build.py [FOLDER] [--check]

FOLDER (default: this one) holds the sets: every NAME.src in it (`../fresh/` is a second
collection, written in the thirteenth round).

A source is written bead by bead (a line opening with `#` and without `||` is a comment), one
line a bead: `Chinese || English` (either side may be
empty: an omission or an addition). A blank line is a paragraph break on both sides, a line
`/zh` or `/en` one on that side only. In the Chinese, `⏎` is a hard line break of the raw page
(a wrap inside a paragraph) and `⟦…⟧` layout debris the corpus step must remove (a continuation
marker): both are in NAME.zh.txt, neither in the gold. A line `#! wrap N` writes the Chinese as a
page pulled out of print, lines of N characters; `#! wrap N double` as OCR gives a scanned page,
a blank line after every line. `#! enwrap N` writes the English as OCR gives a scanned English
page: lines of at most N characters, a long word that crosses the margin cut with a hyphen
(`coop-` / `eration`), a hyphenated compound cut at its own hyphen (`long-` / `term`); the gold
is cut where tifa cuts, the hyphens at the margin kept ("perc-ent": tifa drops no character).
In the English, `⟦- 2 -|RUNNING HEAD⟧` is a page break: its lines of furniture (separated by
`|`) each between blank lines, where the text runs on; the gold has them where tifa puts them.
`#! file zh|en bom-crlf|gb18030` writes that side's file with a byte-order mark and CRLF line
ends, or in GB18030 with CRLF line ends, as Windows editors save them (NAME.zh.txt / NAME.en.txt
are then bytes to be read as `tifa` reads files). English sentences of a paragraph are
joined by a space, or by a line break after an English `⏎` (a list item or table row on a line of
its own inside one paragraph; inside a bead's English, a heading on a line of its own), and to
the sentence before without a space when it opens with `⁀` (a sentence typed without the space
after the full stop, "…in 1958.The…"). A
paragraph or sentence the English moves (`../moves/`): the bead is written where the Chinese has
it, its English as `@TAG English…`, and a line `@TAG` alone puts that English where the English
text has it (the gold keeps the bead, out of order). A bead whose English is `+` alone is one bead
with the bead before it (a bead across a paragraph break of one side: a question and its answer
that the English folds into one sentence).

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


def _comment(line: str) -> bool:
    """A line of comment: `#` first, no bead in it (a Markdown heading `# Title || # Title` is a
    bead)."""
    return line.startswith("#") and "||" not in line


def parse(path: Path) -> tuple[list[tuple[str, str]], str, str, list[str], list[int], list[int]]:
    """(beads as (zh, en) without markup, raw Chinese text, English text, the lines of
    furniture of the English page breaks, the beads in the order the English text has them, the
    beads that are one with the bead before them)."""
    beads: list[tuple[str, str]] = []
    zh_paras: list[str] = [""]
    en_paras: list[list[str]] = [[]]
    lines = path.read_text(encoding="utf-8").splitlines()
    moved: dict[str, tuple[int, str]] = {}    # tag → (bead, English) of a bead the English moves
    count = 0
    for line in lines:
        line = line.strip()
        if _comment(line) or not line or line in ("/zh", "/en") or MOVED.match(line):
            continue
        tagged = MOVED.match(line.partition("||")[2].strip())
        if tagged:
            moved[tagged.group(1)] = (count, tagged.group(2) or "")
        count += 1
    en_order: list[int] = []
    joined: list[int] = []
    for line in lines:
        line = line.strip()
        if _comment(line):
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
        if en == "+":
            joined.append(len(beads))
            en = ""
        zh_paras[-1] += zh.replace("⏎", "\n").replace("⟦", "").replace("⟧", "")
        tagged = MOVED.match(en)
        if tagged:
            en = tagged.group(2) or ""
        elif en:
            en_paras[-1].append(en)
            en_order.append(len(beads))
        beads.append((DEBRIS.sub("", zh).replace("⏎", ""),
                      DEBRIS.sub("", en).replace("⏎", "").replace("⁀", "")))
    wrap = re.search(r"^#! wrap (\d+)( double)?", path.read_text(encoding="utf-8"), re.M)
    if wrap:  # a page as pulled out of print: lines of WIDTH characters, no blank lines
        zh_text = "".join(_wrapped(p, int(wrap.group(1))) for p in zh_paras if p)
        if wrap.group(2):  # as a scanned page comes out of OCR: a blank line after every line
            zh_text = zh_text.replace("\n", "\n\n")
    else:
        zh_text = "\n\n".join(p for p in zh_paras if p) + "\n"
    en_paras_text = [re.sub("⏎ ?", "\n", " ".join(p)).replace(" ⁀", "") for p in en_paras if p]
    furniture = [m.group()[1:-1] for p in en_paras_text for m in DEBRIS.finditer(p)]
    en_paras_text = [DEBRIS.sub("\x00", p) for p in en_paras_text]
    enwrap = re.search(r"^#! enwrap (\d+)", path.read_text(encoding="utf-8"), re.M)
    if enwrap:
        en_paras_text = [_en_wrapped(p, int(enwrap.group(1))) for p in en_paras_text]
    en_text = "\n\n".join(en_paras_text) + "\n"
    for lines in furniture:  # a page break in the English: its furniture between blank lines
        en_text = re.sub(r"\s*\x00\s*", "\n\n" + "\n\n".join(lines.split("|")) + "\n\n",
                         en_text, count=1)
    en_order += [k for k, (_, en) in enumerate(beads) if not en]
    return (beads, zh_text, en_text, [line for f in furniture for line in f.split("|")], en_order,
            joined)


def _en_wrapped(paragraph: str, width: int) -> str:
    """An English paragraph as a scanned page gives it: lines of at most `width` characters;
    a word that does not fit is cut at a hyphen of its own, or (7 letters or more, 3 on each
    side) with an added hyphen, or goes to the next line."""
    lines: list[str] = []
    for piece in paragraph.split("\n"):
        line = ""
        for word in piece.split():
            room = width - len(line) - (1 if line else 0)
            if len(word) <= room:
                line = f"{line} {word}" if line else word
                continue
            cut = ""
            if "-" in word[:room]:
                k = word[:room].rindex("-") + 1
                cut, word = word[:k], word[k:]
            elif word.isalpha() and len(word) >= 7 and room >= 4:
                k = min(room - 1, len(word) - 3)
                if k >= 3:
                    cut, word = word[:k] + "-", word[k:]
            if cut:
                line = f"{line} {cut}" if line else cut
            lines.append(line)
            line = word
        lines.append(line)
    return "\n".join(ln for ln in lines if ln)


def _wrapped(paragraph: str, width: int) -> str:
    """A paragraph cut into lines of `width` characters (a line break already in it, a
    heading or a marker on its own line, starts a new line)."""
    lines = []
    for piece in paragraph.split("\n"):
        lines += [piece[k:k + width] for k in range(0, len(piece), width)] or [""]
    return "".join(line + "\n" for line in lines)


def _owners(pieces: list[str], sentences: list[str], debris: list[str] = (), drop: str = ""
            ) -> list[list[int]]:
    """For each sentence, the source beads whose text it covers (by position in the text with
    whitespace, and the characters `drop`, removed; debris the cleaner left in a sentence is no
    source text); raises ValueError when the sentences are not the source's text."""
    def flat(text: str) -> str:
        return re.sub(r"\s+", "", text).translate({ord(c): None for c in drop})

    squash = [flat(p) for p in pieces]
    starts, pos = [], 0
    for p in squash:
        starts.append(pos)
        pos += len(p)
    whole = "".join(squash)
    out, at = [], 0
    for s in sentences:
        s2 = flat(s)
        for junk in debris:
            if whole[at:at + len(s2)] != s2:
                s2 = s2.replace(flat(junk), "", 1)
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
         en_debris: list[str] = (), en_drop: str = "", en_order: list[int] | None = None,
         joined: list[int] = ()) -> list[tuple[list[int], list[int]]]:
    """Gold beads as (zh sentence ids, en sentence ids): source beads merged where a sentence
    spans two of them; a sentence without counterpart is a bead of its own. `en_order`: the
    beads in the order the English text has them (by default the source's); `joined`: beads one
    with the bead before them."""
    parent = list(range(len(beads)))

    def find(k: int) -> int:
        while parent[k] != k:
            k = parent[k]
        return k

    zown = _owners([z for z, _ in beads], zh, debris, "#")   # a Markdown heading's marks
    order = en_order if en_order is not None else list(range(len(beads)))
    eown = [[order[k] for k in owners]
            for owners in _owners([beads[k][1] for k in order], en, en_debris, en_drop)]
    for owners in zown + eown:
        for k in owners[1:]:
            parent[find(k)] = find(owners[0])
    for k in joined:
        parent[find(k)] = find(k - 1)
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
    beads, zh_text, en_text, furniture, en_order, joined = parse(src)
    zh, _, en, _ = text_sentences(zh_text, en_text)
    debris = DEBRIS.findall(src.read_text(encoding="utf-8"))
    # a scanned English page: the hyphens at the margin stay in tifa's sentences ("perc-ent")
    drop = "-" if re.search(r"^#! enwrap", src.read_text(encoding="utf-8"), re.M) else ""
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter="\t", lineterminator="\n")
    writer.writerow(["zh", "en"])
    for z, e in gold(beads, zh, en, [d.strip("⟦⟧") for d in debris], furniture, drop,
                     en_order, joined):
        writer.writerow(["".join(zh[i] for i in z), " ".join(en[j] for j in e)])
    return {f"{name}.zh.txt": _encoded(src, "zh", zh_text),
            f"{name}.en.txt": _encoded(src, "en", en_text), f"{name}.gold.tsv": buf.getvalue()}


def _encoded(src: Path, side: str, text: str) -> bytes:
    """A side's file as bytes: UTF-8, or as `#! file SIDE bom-crlf|gb18030` asks."""
    how = re.search(rf"^#! file {side} (bom-crlf|gb18030)", src.read_text(encoding="utf-8"), re.M)
    if how is None:
        return text.encode("utf-8")
    crlf = text.replace("\n", "\r\n")
    return ("\ufeff" + crlf).encode("utf-8") if how.group(1) == "bom-crlf" \
        else crlf.encode("gb18030")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", default=str(HERE), help="the sets' folder")
    ap.add_argument("--check", action="store_true", help="only check the files are up to date")
    args = ap.parse_args()
    stale = []
    for src in sorted(Path(args.folder).glob("*.src")):
        for fname, data in render(src).items():
            path = src.parent / fname
            if isinstance(data, str):
                data = data.encode("utf-8")
            if args.check:
                if not path.exists() or path.read_bytes() != data:
                    stale.append(fname)
            else:
                path.write_bytes(data)
    if stale:
        print("out of date: " + ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
