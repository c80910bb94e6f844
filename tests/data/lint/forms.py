"""What the build scripts of the lint test sets share (genres/, genres2/): slips planted in a
text's English, the text written as a CAT tool's TSV or XLIFF 1.2, and the files written or,
with --check, compared with what is on disk.

A text is its paragraphs, each a list of (Chinese, English) beads; `units` is the English by
paragraph and bead (None: a segment left without a target), `ids` the unit id of each bead.
A slip is (text, English as written, English slipped, expected code, what the slip is).
"""

from __future__ import annotations

import sys
from html import escape
from pathlib import Path

Paragraphs = list[list[tuple[str, str]]]


def plant(slips: list, name: str, units: list[list[str | None]],
          ids: list[list[str]]) -> list[list[str]]:
    """Plant NAME's slips in `units` (English by paragraph and bead): gold rows."""
    gold = []
    for text, old, new, code, what in slips:
        if text != name:
            continue
        hits = [(p, b) for p, para in enumerate(units) for b, en in enumerate(para)
                if en is not None and old in en]
        assert len(hits) == 1, (name, old, hits)
        p, b = hits[0]
        units[p][b] = new if new is None else units[p][b].replace(old, new)
        gold.append([ids[p][b], code, what])
    return gold


def cat_forms(here: Path, name: str, form: str, paras: Paragraphs, slips: list,
              tsv_prefix: str, target_lang: str) -> tuple[dict[Path, str], list[list[str]]]:
    """NAME as a CAT tool's file (`form`: tsv, xlf — a trans-unit a bead — or xlf-seg — a
    trans-unit a paragraph, a segment a bead), as written and with its slips: the files and
    the slipped copy's gold rows."""
    files: dict[Path, str] = {}
    gold: list[list[str]] = []
    for slipped in (False, True):
        units: list[list[str | None]] = [[en for _, en in para] for para in paras]
        if form == "xlf-seg":
            ids = [[f"{p}/{b}" for b in range(1, len(para) + 1)]
                   for p, para in enumerate(paras, 1)]
        else:
            n = iter(range(1, 1000))
            ids = [[f"{tsv_prefix}-{next(n):02d}" if form == "tsv" else str(next(n))
                    for _ in para] for para in paras]
        if slipped:
            gold += [[f"{name}.slips.{form[:3]}", *row]
                     for row in plant(slips, name, units, ids)]
        out = here / f"{name}{'.slips' if slipped else ''}.{form[:3]}"
        files[out] = (_tsv(paras, units, ids) if form == "tsv"
                      else _xliff(name, paras, units, ids, form, target_lang))
    return files, gold


def _tsv(paras: Paragraphs, units, ids) -> str:
    rows = ["id\tsource\ttarget"]
    for para, ens, pids in zip(paras, units, ids, strict=True):
        rows += [f"{i}\t{zh}\t{en or ''}" for (zh, _), en, i in zip(para, ens, pids, strict=True)]
    return "\n".join(rows) + "\n"


def _xliff(name: str, paras: Paragraphs, units, ids, form: str, target_lang: str) -> str:
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
           f' <file original="{name}.docx" source-language="zh-CN" '
           f'target-language="{target_lang}" datatype="x-docx">', "  <body>"]
    for p, (para, ens, pids) in enumerate(zip(paras, units, ids, strict=True), 1):
        if form == "xlf-seg":
            source = "".join(zh for zh, _ in para)
            segs = "".join(f'<mrk mtype="seg" mid="{m}">{escape(zh, False)}</mrk>'
                           for m, (zh, _) in enumerate(para, 1))
            target = " ".join(f'<mrk mtype="seg" mid="{m}">{escape(en, False)}</mrk>'
                              for m, en in enumerate(ens, 1) if en is not None)
            out += [f'   <trans-unit id="{p}">', f"    <source>{escape(source, False)}</source>",
                    f"    <seg-source>{segs}</seg-source>",
                    f'    <target state="translated">{target}</target>', "   </trans-unit>"]
            continue
        for (zh, _), en, i in zip(para, ens, pids, strict=True):
            out += [f'   <trans-unit id="{i}">', f"    <source>{escape(zh, False)}</source>"]
            if en is not None:
                out.append(f'    <target state="translated">{escape(en, False)}</target>')
            out.append("   </trans-unit>")
    return "\n".join(out + ["  </body>", " </file>", "</xliff>"]) + "\n"


def gold_file(rows: list[list[str]]) -> str:
    return "file\tunit\tcode\tslip\n" + "".join("\t".join(row) + "\n" for row in rows)


def write(files: dict[Path, str]) -> int:
    """Write the files, or with --check only say which differ (exit 1 when any does)."""
    if "--check" in sys.argv:
        stale = [p.name for p, text in files.items()
                 if not p.exists() or p.read_text(encoding="utf-8") != text]
        print("stale: " + ", ".join(stale) if stale else "up to date")
        return 1 if stale else 0
    for path, text in files.items():
        path.write_text(text, encoding="utf-8")
    return 0
