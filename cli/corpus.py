"""`tifa segment` and `tifa build`: the corpus as clean sentences, and the whole job."""

from __future__ import annotations

import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from tifa.cli.output import FOLLOW_SYMLINKS, corpus_inputs, output_path
from tifa.tm.base.files import TifaError, atomic_write, check_output_dir


class Format(StrEnum):
    jsonl = "jsonl"
    tsv = "tsv"
    txt = "txt"


def _progress_bar() -> tuple[Callable[[str, int, int], None] | None, Any]:
    """A rich progress bar on stderr, only when stderr is a terminal."""
    if not sys.stderr.isatty():
        return None, None
    from rich.console import Console  # rich costs ~60 ms to import: only on a terminal
    from rich.progress import Progress

    bar = Progress(console=Console(stderr=True), transient=True)
    tasks: dict[str, Any] = {}

    def update(stage: str, done: int, total: int) -> None:
        if stage not in tasks:
            tasks[stage] = bar.add_task(stage, total=max(total, 1))
        bar.update(tasks[stage], completed=done, total=max(total, 1))

    return update, bar


def segment(
    paths: Annotated[list[Path], typer.Argument(
        help="Chinese .txt pages, or directories to walk for *.txt", show_default=False)],
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
    from tifa.tm.corpus.merge import build_segments  # lazy: see cli/app.py
    from tifa.tm.pipeline import write_segments

    target = output_path(output, corpus_inputs(paths), follow_symlinks)
    segset = build_segments([str(p) for p in paths])
    for note in segset.report.notes:
        print(f"tifa: note: {note}", file=sys.stderr)
    with atomic_write(target) as fh:  # `-`: standard output
        write_segments(segset, fmt.value, fh)


def build(
    paths: Annotated[list[Path] | None, typer.Argument(
        help="corpus files or directories (default: seeds/ here)", show_default=False)] = None,
    outdir: Annotated[Path, typer.Option(
        "--output", "-o", help="directory for the results")] = Path("out"),
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
    from tifa.tm.pipeline import run_build  # lazy: see cli/app.py

    update, bar = _progress_bar()
    if bar is not None:
        bar.start()
    try:
        done = run_build([str(p) for p in paths], outdir, update)
    finally:
        if bar is not None:
            bar.stop()
    if done.segments is not None:
        # CORPUS/en/ holds the translations the TM step reads: skipping them is no news.
        translations = tuple(str(Path(p, "en")) + "/" for p in done.inputs)
        for note in done.segments.report.notes:
            if not note.startswith(translations):
                print(f"tifa: note: {note}", file=sys.stderr)
    width = max(len(row.label) for row in done.rows)
    for row in done.rows:
        print(f"{row.label:<{width}}  {row}")


def register(app: typer.Typer) -> None:
    """Add `segment` and `build` to the main app."""
    app.command("segment")(segment)
    app.command("build")(build)
