"""`tifa tm ...`: build a translation memory (TMX) from a text and its translation, look up
fuzzy matches, merge TMX files, count what they hold.

Only typer and the standard library are imported at module level, so `tifa --help` stays fast.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from typing import Annotated

import typer
from tifa.cli.output import (
    FOLLOW_SYMLINKS,
    corpus_inputs,
    glossary_inputs,
    inform,
    output_path,
    shown,
    to_stdout,
)
from tifa.tm.base.files import TifaError

tm_app = typer.Typer(
    help="Translation memory (TMX 1.4b): build it from aligned texts, look up fuzzy matches, "
         "merge and count.",
    no_args_is_help=True,
)


@tm_app.command("build")
def build_cmd(
    zh: Annotated[list[Path], typer.Option(
        "--zh", metavar="FILE|DIR", help="Chinese text, newspaper page or corpus directory "
        "(repeatable, paired in order with --en).", show_default=False)],
    en: Annotated[list[Path], typer.Option(
        "--en", metavar="FILE", help="Its English translation, one paragraph per line "
        "block (repeatable).", show_default=False)],
    output: Annotated[Path, typer.Option(
        "--output", "-o", help="TMX file to write (- = standard output; then give --review).")
    ] = Path("tm.tmx"),
    review: Annotated[Path | None, typer.Option(
        "--review", metavar="FILE", help="TSV for beads below the threshold "
        "[default: OUTPUT with .review.tsv]", show_default=False)] = None,
    min_confidence: Annotated[float | None, typer.Option(
        "--min-confidence", min=0.0, max=1.0,
        help="Beads below this alignment confidence go to the review file, not the TM "
        "[default: 0.8, the aligner's doubt threshold]", show_default=False)] = None,
    glossary: Annotated[list[Path] | None, typer.Option(
        "--glossary", "-g", metavar="FILE",
        help="Your glossary (YAML, a TSV/CSV/XLSX term list or a TBX term base), layered over "
        "the shipped one; its terms link sentences.")
    ] = None,
    source_lang: Annotated[str, typer.Option(
        "--source-lang", metavar="CODE", help="Language code of the Chinese in the TMX "
        "(zh-CN, zh-Hans, zh-SG …), as your CAT tool's TM has it.")] = "zh-CN",
    target_lang: Annotated[str, typer.Option(
        "--target-lang", metavar="CODE", help="Language code of the English in the TMX: en "
        "(any English), or the locale of a Trados or memoQ TM (en-US, en-GB …).")] = "en",
    as_json: Annotated[bool, typer.Option("--json", help="Report as JSON (docs/json.md).")] = False,
    follow_symlinks: Annotated[bool, FOLLOW_SYMLINKS] = False,
) -> None:
    """Align a Chinese text with its translation and write the sentence pairs as TMX.

    The Chinese side is cleaned like `tifa segment` does (wraps rejoined,
    page debris removed) and cut exactly where OmegaT cuts, so your CAT tool
    gets 100% matches. If the Chinese file holds several articles (a
    newspaper page), the one the English translates is chosen. Every unit
    records its document, article, date, bead type (1-1, 1-2...), alignment
    confidence and source line. Doubtful pairs go to a review TSV instead of
    the TM.

    Examples:

      tifa tm build --zh seeds --en seeds/en/xian-keynote-2023.en.txt

      tifa tm build --zh a.txt --en a.en.txt --zh b.txt --en b.en.txt -o tm.tmx

      tifa tm build --zh speech.txt --en speech.en.txt --min-confidence 0.3

      tifa tm build --zh a.txt --en a.en.txt --target-lang en-GB   # for an en-GB TM
    """
    from tifa.glossary.store import load_glossary
    from tifa.tm.base.progress import progress_bar
    from tifa.tm.memory import DEFAULT_MIN_CONFIDENCE, build_tm

    if min_confidence is None:
        min_confidence = DEFAULT_MIN_CONFIDENCE

    if len(zh) != len(en):
        raise TifaError(f"give as many --en files as --zh files ({len(zh)} --zh, {len(en)} --en)")
    langs = (_language_code("--source-lang", source_lang, "zh"),
             _language_code("--target-lang", target_lang, "en"))
    if (to_stdout(output) or os.fspath(output) == os.devnull) and review is None:
        raise TifaError(f"with -o {output} give --review FILE for the doubtful pairs (its "
                        "default, beside the TMX, does not exist)")
    inputs = [*corpus_inputs(zh), *en, *glossary_inputs(glossary)]
    target = output_path(output, inputs, follow_symlinks)
    review_path = output_path(review or output.with_suffix(".review.tsv"), inputs,
                              follow_symlinks, outputs=[target])
    if to_stdout(review_path):
        raise TifaError("--review - is not possible: standard output carries the TMX or "
                        "nothing; give --review FILE")
    with progress_bar() as progress:
        report = build_tm([(str(z), str(e)) for z, e in zip(zh, en, strict=True)], target,
                          review_path, min_confidence, glossary=load_glossary(glossary or None),
                          progress=progress, langs=langs)
    if as_json:
        from tifa.cli.jsondoc import print_json

        print_json({"output": str(output), "units": report.units, "beads": dict(report.beads),
                    "articles": report.articles, "review": str(review_path),
                    "review_beads": report.review, "min_confidence": min_confidence,
                    "removed_chars": report.removed_chars, "cue_lines": report.cue_lines,
                    "warnings": report.warnings},
                   file=sys.stderr if to_stdout(target) else None)
        return
    beads = ", ".join(f"{k}: {v}" for k, v in sorted(report.beads.items()))
    inform(f"wrote {report.units} units to {shown(output)} ({beads})")
    for title in report.articles:
        inform(f"  article: {title}")
    inform(f"{report.review} bead(s) below confidence {min_confidence} or one-sided: "
           f"{review_path}")
    if report.removed_chars:
        inform(f"removed {report.removed_chars} character(s) that XML cannot hold")
    if report.cue_lines:
        inform(f"left out {report.cue_lines} bead(s) of subtitle cue numbers and time lines "
               "(no text to translate)")


_LANGUAGE_CODE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*")


def _language_code(option: str, code: str, primary: str) -> str:
    """A BCP 47 code of the language the TM holds (zh-CN, en-GB), as a CAT tool writes it."""
    code = code.replace("_", "-")
    if not _LANGUAGE_CODE.fullmatch(code) or code.split("-")[0].lower() != primary:
        raise TifaError(f"{option} {code!r}: not a language code of {primary!r} "
                        f"(e.g. {'zh-CN' if primary == 'zh' else 'en-US'})")
    return code


def _colour() -> bool:
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


@tm_app.command("lookup")
def lookup_cmd(
    text: Annotated[str, typer.Argument(help="The Chinese segment to look up.")],
    tm: Annotated[list[Path], typer.Option(
        "--tm", metavar="FILE", help="TMX file(s) to search (repeatable).", show_default=False)],
    min_score: Annotated[int, typer.Option(
        "--min", min=1, max=100, help="Lowest match percentage to show.")] = 70,
    top: Annotated[int, typer.Option("--top", min=1, help="How many matches to show.")] = 5,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")] = False,
    strict: Annotated[bool, typer.Option(
        "--strict", help="A TMX of unknown version or without a header is an error, not a "
        "warning.")] = False,
) -> None:
    """Fuzzy-search a translation memory the way a CAT tool does.

    The percentage is character-based: 100 × (1 − edits ÷ length of the
    longer segment), computed after folding width, dashes, quotes and
    spaces; 100 means the identical segment, 99 that only such folding
    differs. In the text output, [-x-] is in the TM segment but not in
    yours, {+y+} is in yours but not in the TM segment. Exit code 1 when
    nothing matches. The index of each TMX is cached in ~/.cache/tifa, so
    later lookups start fast.

    Examples:

      tifa tm lookup "中国同中亚国家携手推动丝绸之路复兴。" --tm out/tm.tmx

      tifa tm lookup "四是坚持世代友好" --tm out/tm.tmx --min 50 --json
    """
    from tifa.tm.base.tmx import strict_tmx
    from tifa.tm.memory import TmIndex, mark_diff

    matches, total = [], 0
    for path in tm:
        with strict_tmx(strict):
            index = TmIndex.from_tmx(path)
        total += len(index)
        matches += index.lookup(text, min_score=min_score, top=top)
    matches = sorted(matches, key=lambda m: -m.score)[:top]
    if as_json:
        from tifa.cli.jsondoc import print_json

        print_json({"query": text, "matches": [
            {"score": m.score, "source": m.source, "target": m.target, "tuid": m.tuid,
             "diff": m.diff} for m in matches]})
    else:
        colour = _colour()
        for m in matches:
            shown = mark_diff(m.source, text, m.diff)
            if colour:
                shown = (shown.replace("[-", "\x1b[31;9m[-").replace("-]", "-]\x1b[0m")
                         .replace("{+", "\x1b[32;4m{+").replace("+}", "+}\x1b[0m"))
            print(f"{m.score:>3}%  {shown}\n      {m.target}")
        if not matches:
            print(f"no match of {min_score}% or more in {total} units", file=sys.stderr)
    if not matches:
        raise typer.Exit(1)


@tm_app.command("merge")
def merge_cmd(
    files: Annotated[list[Path], typer.Argument(metavar="TMX...", help="TMX files to merge.")],
    output: Annotated[Path, typer.Option(
        "--output", "-o", help="Merged TMX to write (- = standard output).",
        show_default=False)],
    as_json: Annotated[bool, typer.Option("--json", help="Report as JSON.")] = False,
    follow_symlinks: Annotated[bool, FOLLOW_SYMLINKS] = False,
    strict: Annotated[bool, typer.Option(
        "--strict", help="A TMX of unknown version or without a header is an error, not a "
        "warning.")] = False,
) -> None:
    """Merge TMX files: identical units once, every conflicting translation kept and reported.

    Two units are identical when their sources match (ignoring width, dash
    and spacing differences) and their targets are the same text. When one
    source has different targets, all of them are kept (your CAT tool offers
    each) and the conflict is listed.

    Examples:

      tifa tm merge old.tmx new.tmx -o all.tmx

      tifa tm merge a.tmx b.tmx project_save.tmx -o merged.tmx --json
    """
    from tifa.tm.base.tmx import strict_tmx
    from tifa.tm.memory import merge_tmx

    target = output_path(output, files, follow_symlinks)
    with strict_tmx(strict):
        stats = merge_tmx([str(f) for f in files], target)
    # The report is the result unless standard output carries the merged TMX itself.
    report = sys.stderr if to_stdout(target) else sys.stdout
    if as_json:
        from tifa.cli.jsondoc import print_json

        print_json({"output": str(output), **stats.to_json()}, file=report)
        return
    kept = stats.units - stats.duplicates
    inform(f"read {stats.units} units from {len(files)} file(s); wrote {kept} to "
           f"{shown(output)} ({stats.duplicates} duplicate(s) dropped, "
           f"{len(stats.conflicts)} conflict(s))"
           + (f"; {stats.sourceless} <tu>(s) without a source-language text kept as they were"
              if stats.sourceless else ""))
    _print_conflicts(stats.conflicts, report)


def _print_conflicts(conflicts: list[dict], out=None) -> None:
    for c in conflicts:
        print(f"conflict: {c['source']}", file=out or sys.stdout)
        for t in c["targets"]:
            print(f"    {t['where']}: {t['target']}", file=out or sys.stdout)


@tm_app.command("stats")
def stats_cmd(
    files: Annotated[list[Path], typer.Argument(metavar="TMX...", help="TMX file(s).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")] = False,
    strict: Annotated[bool, typer.Option(
        "--strict", help="A TMX of unknown version or without a header is an error, not a "
        "warning.")] = False,
) -> None:
    """Count units, language pairs, duplicates and conflicting translations.

    Examples:

      tifa tm stats out/tm.tmx

      tifa tm stats a.tmx b.tmx --json
    """
    from tifa.tm.base.tmx import strict_tmx
    from tifa.tm.memory import tm_stats

    with strict_tmx(strict):
        stats = tm_stats([str(f) for f in files])
    if as_json:
        from tifa.cli.jsondoc import print_json

        print_json(stats.to_json())
        return
    print(f"units:            {stats.units}")
    for pair, count in stats.languages.most_common():
        print(f"languages:        {pair} ({count})")
    print(f"distinct sources: {stats.sources}")
    print(f"duplicates:       {stats.duplicates}")
    print(f"conflicts:        {len(stats.conflicts)}")
    _print_conflicts(stats.conflicts)


def register(app: typer.Typer) -> None:
    """Add the `tm` command group to the main app."""
    app.add_typer(tm_app, name="tm")
