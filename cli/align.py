"""`tifa align`: pair the sentences of a Chinese text with those of its English translation.

Only typer and the standard library are imported at module level, so `tifa --help` stays fast.
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from tifa.cli.output import FOLLOW_SYMLINKS, glossary_inputs, inform, output_path


class Format(StrEnum):
    tsv = "tsv"
    jsonl = "jsonl"
    beads = "beads"


def align_cmd(
    zh: Annotated[Path, typer.Option(
        "--zh", metavar="FILE", help="The Chinese text (UTF-8 or GB18030).",
        show_default=False)],
    en: Annotated[Path, typer.Option(
        "--en", metavar="FILE", help="Its English translation.", show_default=False)],
    presplit: Annotated[bool, typer.Option(
        "--presplit", help="Both files already hold one sentence per line: use the lines "
        "exactly as given (ids are line numbers − 1; empty lines become 1-0/0-1 beads).")] = False,
    fmt: Annotated[Format, typer.Option(
        "--format", "-f", help="tsv: ids, type, confidence and both texts (a bead out of the "
        "English order typed `1-1 moved`); jsonl: the same as JSON (`moved`: true or false); "
        "beads: `[zh ids]:[en ids]` per line.")] = Format.tsv,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", metavar="FILE", help="Write here instead of standard output "
        "(- = standard output).", show_default=False)] = None,
    follow_symlinks: Annotated[bool, FOLLOW_SYMLINKS] = False,
    glossary: Annotated[list[Path] | None, typer.Option(
        "--glossary", "-g", metavar="FILE", help="Extra glossary YAML whose terms count as "
        "links (the shipped glossary is always used).", show_default=False)] = None,
) -> None:
    """Align a Chinese text with its English translation, sentence by sentence.

    Each output line is a bead: Chinese sentences and the English
    sentences that translate them (1-1, 1-2, 2-1, 1-3, 3-1, 1-4, 4-1,
    rarely 2-2), or a sentence without a counterpart (1-0 omitted, 0-1
    added), with a confidence: the probability that the bead is right.
    Beads below 0.8 (the doubt threshold) deserve a look.

    Without --presplit both texts are read as paragraphs (blank lines, or
    one paragraph per line) and paragraphs are aligned first, so a
    paragraph left out costs only its own sentences. The Chinese is
    cleaned and cut like `tifa segment` (wraps rejoined, page debris such
    as （上接A01版①） removed; title, subtitle, date and speaker lines kept
    as units); the English is cut into sentences (Mr., U.S., No. 5, 94.8,
    quotes).

    Examples:

        tifa align --zh speech.zh.txt --en speech.en.txt

        tifa align --zh a.zh --en a.en --presplit -f beads -o a.align

        tifa align --zh page.txt --en draft.txt -f jsonl | grep '1-0'
    """
    from tifa.glossary.store import load_glossary
    from tifa.tm.align import (
        align,
        check_pair,
        dated,
        left_out,
        out_of_order,
        tabled,
        text_sentences,
    )
    from tifa.tm.base.files import TifaError, atomic_write, read_text, tsv_row
    from tifa.tm.base.progress import progress_bar

    target = output_path(output, [zh, en, *glossary_inputs(glossary)], follow_symlinks)
    zh_text, en_text = read_text(zh), read_text(en)
    if presplit:
        zh_sents, en_sents = zh_text.split("\n"), en_text.split("\n")
        if zh_sents and zh_sents[-1] == "":
            zh_sents.pop()                   # the final newline does not start a sentence
        if en_sents and en_sents[-1] == "":
            en_sents.pop()
        zh_para = en_para = None
    else:
        zh_sents, zh_para, en_sents, en_para = text_sentences(zh_text, en_text, str(zh))
    for path, sents in ((zh, zh_sents), (en, en_sents)):
        if not any(s.strip() for s in sents):
            raise TifaError("empty: no sentences to align", path)
    for warning in check_pair(zh_sents, en_sents, str(zh), str(en)):
        print(f"tifa: warning: {warning}", file=sys.stderr)
    if not presplit:
        _tell_left_out(zh, left_out(zh_text, zh_sents))
    keep_zh = [i for i, s in enumerate(zh_sents) if s.strip()]
    keep_en = [j for j, s in enumerate(en_sents) if s.strip()]
    terms = load_glossary(glossary or [])
    with progress_bar() as progress:
        # One stage, drawn while the aligner runs (elapsed time ticks; count and rate at the end).
        stage = f"align: {len(keep_zh)} × {len(keep_en)} sentences"
        if progress is not None:
            progress(stage, 0, len(keep_zh))
        beads = align([zh_sents[i] for i in keep_zh], [en_sents[j] for j in keep_en],
                      glossary=terms,
                      zh_paras=[zh_para[i] for i in keep_zh] if zh_para else None,
                      en_paras=[en_para[j] for j in keep_en] if en_para else None,
                      zh_dated=not presplit and dated(zh_text),
                      en_tables=None if presplit else tabled(en_text))
        if progress is not None:
            progress(stage, len(keep_zh), len(keep_zh))
    rows = _restore_empty(beads, keep_zh, keep_en, len(zh_sents), len(en_sents),
                          out_of_order(beads))

    def write(fh) -> None:
        if fmt is Format.tsv:
            fh.write("zh_ids\ten_ids\ttype\tconfidence\tzh\ten\n")
        for zi, ei, conf, moved in rows:
            if fmt is Format.beads:
                fh.write(f"[{','.join(map(str, zi))}]:[{','.join(map(str, ei))}]\n")
                continue
            ztext = "".join(zh_sents[i].strip() for i in zi)
            etext = " ".join(en_sents[j].strip() for j in ei)
            kind = f"{len(zi)}-{len(ei)}"
            if fmt is Format.jsonl:
                fh.write(json.dumps({"zh": zi, "en": ei, "type": kind, "confidence": conf,
                                     "zh_text": ztext, "en_text": etext, "moved": moved},
                                    ensure_ascii=False) + "\n")
            else:   # typed as the review file of `tm build` types a moved bead
                cells = [",".join(map(str, zi)), ",".join(map(str, ei)),
                         f"{kind} moved" if moved else kind, f"{conf:.3f}", ztext, etext]
                fh.write(tsv_row(cells))

    with atomic_write(target) as fh:
        write(fh)


SHOWN_LEFT_OUT = 3
SHOWN_PIECE = 40   # characters of a piece quoted (a line of 60,000 "#" was one note line)


def _tell_left_out(path: Path, pieces: list[tuple[int, str]]) -> None:
    """One note on stderr naming what the cleaning took out of the Chinese (a dateline, a page
    jump's marker, "###"): no bead holds it, so the output alone would not say it was there.
    A note, not a bead: a 1-0 bead would send page debris to review as an omission, and the
    output is made of the text's sentences only."""
    if not pieces:
        return
    shown = "; ".join(f"line {n} “{text if len(text) <= SHOWN_PIECE else text[:SHOWN_PIECE] + '…'}”"
                      for n, text in pieces[:SHOWN_LEFT_OUT])
    more = f" and {len(pieces) - SHOWN_LEFT_OUT} more" if len(pieces) > SHOWN_LEFT_OUT else ""
    inform(f"tifa: note: {path}: left out as page debris, in no bead: {shown}{more}")


def _restore_empty(beads, keep_zh: list[int], keep_en: list[int], n: int, m: int,
                   moved: list[bool]) -> list[tuple[list[int], list[int], float, bool]]:
    """Map bead ids back to line numbers; each empty line becomes its own 1-0 or 0-1 bead,
    where the lines around it are. (A bead the aligner placed out of order, a paragraph the
    English moved, leaves the lines of other beads to them; `moved` says which beads are.)"""
    rows: list[tuple[list[int], list[int], float, bool]] = []
    zi = ei = 0                               # next original line not yet emitted
    kept_zh, kept_en = set(keep_zh), set(keep_en)

    def flush(z_upto: int, e_upto: int) -> None:
        nonlocal zi, ei
        while zi < z_upto:
            if zi not in kept_zh:
                rows.append(([zi], [], 1.0, False))
            zi += 1
        while ei < e_upto:
            if ei not in kept_en:
                rows.append(([], [ei], 1.0, False))
            ei += 1

    for bead, out in zip(beads, moved, strict=True):
        # A bead spanning an empty line takes it in, so ids stay consecutive.
        zs = list(range(keep_zh[bead.zh[0]], keep_zh[bead.zh[-1]] + 1)) if bead.zh else []
        es = list(range(keep_en[bead.en[0]], keep_en[bead.en[-1]] + 1)) if bead.en else []
        flush(zs[0] if zs else zi, es[0] if es else ei)
        rows.append((zs, es, bead.confidence, out))
        if zs:
            zi = max(zi, zs[-1] + 1)
        if es:
            ei = max(ei, es[-1] + 1)
    flush(n, m)
    return rows


def register(app: typer.Typer) -> None:
    """Add `align` to the main app."""
    app.command("align")(align_cmd)
