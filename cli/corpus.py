"""`tifa segment` and `tifa build`: the corpus as clean sentences, and the whole job."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from tifa.cli.output import FOLLOW_SYMLINKS, corpus_inputs, output_path, tell
from tifa.tm.base.files import TifaError, atomic_write, check_output_dir


class Format(StrEnum):
    jsonl = "jsonl"
    tsv = "tsv"
    txt = "txt"


def segment(
    paths: Annotated[list[Path], typer.Argument(
        help="Chinese .txt or .docx pages, or directories to walk for them", show_default=False)],
    fmt: Annotated[Format, typer.Option(
        "--format", "-f", help="jsonl: one record per segment; tsv: a table; txt: one "
        "sentence per line, a blank line between articles")] = Format.jsonl,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="write here instead of standard output (- = standard output)")
    ] = None,
    follow_symlinks: Annotated[bool, FOLLOW_SYMLINKS] = False,
) -> None:
    """Split Chinese newspaper pages into clean sentences (one segment each).

    Rejoins hard-wrapped lines, removes layout debris
    (（上接A01版①）, 要闻, photo credits), splits pages into articles,
    cuts sentences exactly where OmegaT does, and merges the copies
    of a sentence found in several pages (OCR variants included)
    into one segment with all its sources.

    Examples:

      tifa segment seeds/                       # JSONL on standard output

      tifa segment seeds/000_ff653c6785898c9e.txt --format txt

      tifa segment seeds/ -f tsv -o segments.tsv
    """
    from tifa.tm.corpus.merge import build_segments, write_segments  # lazy: see cli/app.py

    target = output_path(output, corpus_inputs(paths), follow_symlinks)
    segset = build_segments([str(p) for p in paths])
    tell(segset.report.notes, segset.report.warnings)
    with atomic_write(target) as fh:  # `-`: standard output
        write_segments(segset, fmt.value, fh)


def build(
    paths: Annotated[list[Path] | None, typer.Argument(
        help="corpus files or directories (default: seeds/ here)", show_default=False)] = None,
    outdir: Annotated[Path, typer.Option(
        "--output", "-o", help="directory for the results")] = Path("out"),
    as_json: Annotated[bool, typer.Option(
        "--json", help="print the summary as JSON (schema in docs/json.md)")] = False,
) -> None:
    """Run the whole job on a corpus and print a summary.

    With no arguments it reads seeds/ in the current directory and
    writes out/segments.jsonl (each canonical sentence with its
    article, paragraph, sources and OCR variants) and out/removed.tsv
    (every piece of layout debris removed, and suspect OCR doubles).

    Examples:

      tifa build

      tifa build seeds/ more-pages/ -o results
    """
    if not paths:
        if not Path("seeds").is_dir():
            raise TifaError("no seeds/ directory here; name the corpus: tifa build PATH...",
                            Path.cwd() / "seeds")
        paths = [Path("seeds")]
    check_output_dir(outdir, paths)
    from tifa.tm.base.progress import progress_bar
    from tifa.tm.pipeline import run_build  # lazy: see cli/app.py

    with progress_bar() as progress:
        done = run_build([str(p) for p in paths], outdir, progress)
    if done.segments is not None:
        from tifa.tm.corpus.clean import display_path

        # CORPUS/en/ holds the translations the TM step reads: skipping them is no news. The
        # notes name files as the reader displays them (relative to here when below here,
        # also when the corpus was named by an absolute path): compare in that form.
        translations = tuple(display_path(Path(p, "en")) + "/" for p in done.inputs)
        report = done.segments.report
        tell([n for n in report.notes if not n.startswith(translations)], report.warnings)
    if as_json:
        from tifa.cli.jsondoc import print_json

        print_json({"inputs": done.inputs, "output": str(outdir), "steps": [
            {"label": row.label, "value": row.value, "count": _leading_int(row.value),
             "path": row.path} for row in done.rows]})
        return
    width = max(len(row.label) for row in done.rows)
    for row in done.rows:
        print(f"{row.label:<{width}}  {row}")


def _leading_int(value: str) -> int | None:
    """The number a summary value starts with ("1022", "96 units from 2 …"), if any."""
    digits = value.split(" ", 1)[0]
    return int(digits) if digits.isdigit() else None


def register(app: typer.Typer) -> None:
    """Add `segment` and `build` to the main app."""
    app.command("segment")(segment)
    app.command("build")(build)
