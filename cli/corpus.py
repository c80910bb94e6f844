"""`tifa segment` and `tifa build`: corpus → clean canonical segments (and, later, the rest)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from tifa.cli.output import FOLLOW_SYMLINKS, corpus_inputs, output_path


class Format(StrEnum):
    jsonl = "jsonl"
    tsv = "tsv"
    txt = "txt"


@dataclass
class BuildContext:
    """What the `build` steps share: inputs, output directory, results of earlier steps."""

    inputs: list[str]
    outdir: Path
    progress: Callable[[str, int, int], None] | None = None
    segments: Any = None          # tm.merge.SegmentSet, set by the segments step
    data: dict[str, Any] = field(default_factory=dict)


Row = tuple[str, str]


def _write_segments(segset: Any, fmt: Format, fh: Any) -> None:
    if fmt is Format.jsonl:
        for seg in segset.segments:
            fh.write(json.dumps(seg.to_json(), ensure_ascii=False) + "\n")
    elif fmt is Format.tsv:
        fh.write("id\tdoc\tarticle\tpara\ttext\tsources\tvariants\n")
        for seg in segset.segments:
            sources = ";".join(f"{s.file}:{s.line}" for s in seg.sources)
            cells = [seg.id, seg.doc, seg.article, str(seg.para), seg.text, sources,
                     " | ".join(seg.variants)]
            fh.write("\t".join(c.replace("\t", " ").replace("\n", " ") for c in cells) + "\n")
    else:
        previous = None
        for seg in segset.segments:
            if previous is not None and seg.doc != previous:
                fh.write("\n")
            fh.write(seg.text + "\n")
            previous = seg.doc


def _write(path: Path, write: Callable[[Any], None]) -> None:
    """Write one output file atomically (`-`: standard output); failures are one line."""
    from tifa.tm.base.files import atomic_write

    with atomic_write(path) as fh:
        write(fh)


def _progress_bar() -> tuple[Callable[[str, int, int], None] | None, Any]:
    """A rich progress bar on stderr, only when stderr is a terminal."""
    if not sys.stderr.isatty():
        return None, None
    from rich.console import Console
    from rich.progress import Progress

    bar = Progress(console=Console(stderr=True), transient=True)
    tasks: dict[str, Any] = {}

    def update(stage: str, done: int, total: int) -> None:
        if stage not in tasks:
            tasks[stage] = bar.add_task(stage, total=max(total, 1))
        bar.update(tasks[stage], completed=done, total=max(total, 1))

    return update, bar


def step_segments(ctx: BuildContext) -> list[Row]:
    """Clean, split and merge the corpus; write segments.jsonl."""
    from tifa.tm.corpus.merge import build_segments

    segset = build_segments(ctx.inputs, progress=ctx.progress)
    ctx.segments = segset
    target = ctx.outdir / "segments.jsonl"
    _write(target, lambda fh: _write_segments(segset, Format.jsonl, fh))
    rep = segset.report
    removed = ctx.outdir / "removed.tsv"
    by_id = {seg.id: seg for seg in segset.segments}
    rows = [(item.kind, item.file, str(item.line), item.text) for item in rep.removed]
    rows += [(f"suspect OCR double {pair} (kept)", by_id[seg_id].sources[0].file,
              str(by_id[seg_id].sources[0].line), by_id[seg_id].text)
             for seg_id, pair in rep.suspects]
    _write(removed, lambda fh: fh.writelines(
        "\t".join(cell.replace("\t", " ") for cell in row) + "\n"
        for row in [("kind", "file", "line", "text"), *rows]))
    debris = sum(rep.debris.values())
    kinds = ", ".join(f"{n} {k}" for k, n in sorted(rep.debris.items(), key=lambda kv: -kv[1]))
    return [
        ("files", str(rep.files)),
        ("articles", str(rep.articles)),
        ("sentences read", str(rep.sentences)),
        ("segments", f"{rep.segments}  → {target}"),
        ("exact duplicates", str(rep.exact_duplicates)),
        ("merged variants", str(rep.merged_variants)),
        ("removed debris", f"{debris} ({kinds})  → {removed}" if debris else "0"),
        ("suspect OCR doubles", f"{len(rep.suspects)} kept as printed, listed in {removed}"),
    ]


def build_steps() -> list[Callable[[BuildContext], list[Row]]]:
    """The main job in data-flow order: corpus → segments → glossary/terms → TM → lint."""
    from tifa.cli.glossary import step_glossary
    from tifa.cli.lint import step_lint
    from tifa.cli.mine import step_candidates
    from tifa.cli.tm import step_tm

    return [step_segments, step_glossary, step_candidates, step_tm, step_lint]


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
    from tifa.tm.corpus.merge import build_segments

    target = output_path(output, corpus_inputs(paths), follow_symlinks)
    segset = build_segments([str(p) for p in paths])
    for note in segset.report.notes:
        print(f"tifa: note: {note}", file=sys.stderr)
    _write(target, lambda fh: _write_segments(segset, fmt, fh))


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
    from tifa.tm.base.files import TifaError, check_output_dir

    if not paths:
        if not Path("seeds").is_dir():
            raise TifaError("no seeds/ directory here; name the corpus: tifa build PATH...",
                            Path.cwd() / "seeds")
        paths = [Path("seeds")]
    check_output_dir(outdir, paths)
    update, bar = _progress_bar()
    ctx = BuildContext([str(p) for p in paths], outdir, update)
    rows: list[Row] = []
    if bar is not None:
        bar.start()
    try:
        for step in build_steps():
            rows.extend(step(ctx))
    finally:
        if bar is not None:
            bar.stop()
    if ctx.segments is not None:
        # CORPUS/en/ holds the translations the TM step reads: skipping them is no news.
        translations = tuple(str(Path(p, "en")) + "/" for p in ctx.inputs)
        for note in ctx.segments.report.notes:
            if not note.startswith(translations):
                print(f"tifa: note: {note}", file=sys.stderr)
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        print(f"{label:<{width}}  {value}")


def register(app: typer.Typer) -> None:
    """Add `segment` and `build` to the main app."""
    app.command("segment")(segment)
    app.command("build")(build)
