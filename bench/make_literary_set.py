"""Write the literary alignment set (`tests/data/align/literary*`) from its bead source.

    python bench/make_literary_set.py [--check]

`tests/data/align/literary.src` holds the Chinese and tifa's own English bead by bead (see its
header), in minimal beads: the Chinese cut after every 。！？ (closing quotes included), as
sentence-split literary corpora usually are, the English into its sentences by
`tm.base.english.split_english`. Two variants are written, one sentence per line with a blank
line between paragraphs, gold as `[zh ids]:[en ids]` (Chinese first):

* `literary-fine.zh` / `literary.en` / `literary-fine.gold`: those minimal beads;
* `literary.zh` / `literary.en` / `literary.gold`: the Chinese as tifa's own splitter cuts it
  (OmegaT's rules, `tm.corpus.segment.split_sentences`, which keeps “…！”他说 together), so the
  beads that share one such sentence are merged into one gold bead. This is what `align_texts`
  reads from raw text.

Splitting a whole paragraph must give the same sentences as splitting its beads one by one
(checked). `--check` only compares with the files.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tifa.tm.base.english import split_english  # noqa: E402
from tifa.tm.corpus.segment import split_sentences  # noqa: E402

DATA = REPO / "tests" / "data" / "align"
_FINE = re.compile(r"(?<=[。！？])(?![。！？…”’」』）])|(?<=[。！？][”’」』）])")

Para = list[tuple[str, str]]


def split_fine(text: str) -> list[str]:
    """Chinese sentences cut after every 。！？ and the closing quotes that follow it (a
    refinement of OmegaT's cuts)."""
    return [s for piece in split_sentences(text) for s in _FINE.split(piece) if s]


def read_source(path: Path) -> list[Para]:
    """Paragraphs of (Chinese, English) beads."""
    paragraphs: list[Para] = []
    zh: str | None = None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("¶"):
            paragraphs.append([])
        elif line.startswith("Z:") and zh is None:
            zh = line[2:].strip()
        elif line.startswith("E:") and zh is not None:
            paragraphs[-1].append((zh, line[2:].strip()))
            zh = None
        else:
            sys.exit(f"{path}:{number}: expected a Z: line then an E: line")
    return [p for p in paragraphs if p]


def _units(para: Para) -> tuple[list[list[str]], list[list[str]]]:
    """Fine Chinese and English sentences of each bead, checked against the whole paragraph."""
    zs = [split_fine(zh) if zh else [] for zh, _ in para]
    es = [split_english(en) if en else [] for _, en in para]
    if [s for b in zs for s in b] != split_fine("".join(zh for zh, _ in para)) or \
            [s for b in es for s in b] != split_english(" ".join(en for _, en in para if en)):
        sys.exit(f"a bead boundary is not a sentence boundary in: {para[0][0][:20]}…")
    return zs, es


def _sentence_of_units(para: Para, zs: list[list[str]]) -> tuple[list[str], list[list[int]]]:
    """OmegaT's sentences of the paragraph, and for each bead the sentences its fine units lie
    in (the fine cut refines OmegaT's, so each unit lies in exactly one)."""
    sentences = split_sentences("".join(zh for zh, _ in para))
    ends, at = [], 0
    for s in sentences:
        at += len(s)
        ends.append(at)
    out, pos = [], 0
    for bead in zs:
        ids: list[int] = []
        for unit in bead:
            pos += len(unit)
            index = next(i for i, end in enumerate(ends) if end >= pos)
            if index not in ids:
                ids.append(index)
        out.append(ids)
    return sentences, out


def build(paragraphs: list[Para]) -> dict[str, str]:
    fine_zh, coarse_zh, en_blocks = [], [], []
    fine_gold: list[tuple[list[int], list[int]]] = []
    coarse_gold: list[tuple[list[int], list[int]]] = []
    nf = nc = ne = 0
    for para in paragraphs:
        zs, es = _units(para)
        sentences, where = _sentence_of_units(para, zs)
        merged: list[tuple[list[int], list[int]]] = []
        for zb, eb, ids in zip(zs, es, where, strict=True):
            e_ids = list(range(ne, ne + len(eb)))
            fine_gold.append((list(range(nf, nf + len(zb))), e_ids))
            nf, ne = nf + len(zb), ne + len(eb)
            z_ids = [nc + i for i in ids]
            if merged and z_ids and merged[-1][0] and merged[-1][0][-1] == z_ids[0]:
                merged[-1][0].extend(z_ids[1:])        # shares a sentence with the bead before
                merged[-1][1].extend(e_ids)
            else:
                merged.append((z_ids, list(e_ids)))
        coarse_gold.extend(merged)
        nc += len(sentences)
        fine_zh.append("\n".join(s for b in zs for s in b))
        coarse_zh.append("\n".join(sentences))
        en_blocks.append("\n".join(s for b in es for s in b))

    def gold(beads: list[tuple[list[int], list[int]]]) -> str:
        return "".join(f"[{','.join(map(str, z))}]:[{','.join(map(str, e))}]\n" for z, e in beads)

    return {"literary.zh": "\n\n".join(coarse_zh) + "\n",
            "literary.en": "\n\n".join(b for b in en_blocks if b) + "\n",
            "literary.gold": gold(coarse_gold),
            "literary-fine.zh": "\n\n".join(fine_zh) + "\n",
            "literary-fine.gold": gold(fine_gold)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with the files, write nothing")
    args = ap.parse_args()
    files = build(read_source(DATA / "literary.src"))
    if args.check:
        bad = [n for n, t in files.items()
               if not (DATA / n).exists() or (DATA / n).read_text(encoding="utf-8") != t]
        sys.exit(f"out of date: {', '.join(bad)}" if bad else 0)
    for name, text in files.items():
        (DATA / name).write_text(text, encoding="utf-8")
    english = sum(1 for line in files["literary.en"].splitlines() if line)
    for variant in ("literary", "literary-fine"):
        print(f"{variant}: {len(files[f'{variant}.zh'].split())} zh sentences, {english} en, "
              f"{len(files[f'{variant}.gold'].splitlines())} beads")


if __name__ == "__main__":
    main()
