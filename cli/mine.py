"""`tifa mine`: candidate formulations (提法) from a Chinese corpus, best first."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from tifa.cli.output import (
    FOLLOW_SYMLINKS,
    corpus_inputs,
    glossary_inputs,
    output_path,
)


def mine(
    paths: Annotated[list[Path], typer.Argument(
        help="Chinese .txt pages, or directories to walk for *.txt", show_default=False)],
    top: Annotated[int, typer.Option(
        "--top", "-n", help="how many candidates to list (at least 1)")] = 100,
    fmt: Annotated[str, typer.Option(
        "--format", "-f", help="tsv: one row per candidate; json/yaml: full records with "
        "signals and example contexts")] = "tsv",
    as_json: Annotated[bool, typer.Option(
        "--json", help="same as --format json (schema in docs/json.md)")] = False,
    new_only: Annotated[bool, typer.Option(
        "--new-only", help="list only formulations the glossary does not have yet")] = False,
    glossary: Annotated[list[Path] | None, typer.Option(
        "--glossary", "-g", help="your own glossary YAML, layered over the shipped one "
        "(repeatable)")] = None,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="write here instead of standard output (- = standard output)")
    ] = None,
    follow_symlinks: Annotated[bool, FOLLOW_SYMLINKS] = False,
    sentencepiece: Annotated[bool, typer.Option(
        "--sentencepiece", help="add the sentencepiece boundary signal (experimental: "
        "it does not improve precision on the seeds, see docs/mining.md)")] = False,
) -> None:
    """Find the fixed formulations (提法) of a corpus: what a terminologist should add.

    Reads the pages like `tifa segment` (copies merged, each counted once).
    Ranks expressions by how tightly their characters hang together,
    how freely they combine with their neighbours,
    whether the text quotes or lists them (“三股势力”, 合作共赢、相互成就)
    and whether they end in a head word (…倡议, …机制).
    Fragments (运共同体) and everyday words (我们, 记者) are left out.
    `in_glossary` says whether the curated glossary already has the expression.

    Examples:
      tifa mine seeds/                          # top 100 as a table
      tifa mine seeds/ --top 30 --new-only      # what the glossary lacks
      tifa mine seeds/ -f json -o candidates.json
      tifa mine pages/ -g my-terms.yaml -f yaml
    """
    from tifa.glossary.mine import FORMATS, write_candidates
    from tifa.glossary.mine import mine as run_mine
    from tifa.glossary.store import load_glossary
    from tifa.tm.base.files import TifaError, atomic_write
    from tifa.tm.base.progress import progress_bar
    from tifa.tm.corpus.merge import build_segments

    if as_json:
        fmt = "json"

    # Checked here, not by Typer, so that a typo is one line and exit 2 like any other error.
    if fmt not in FORMATS:
        raise TifaError(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if top < 1:
        raise TifaError(f"--top must be at least 1, not {top}")
    target = output_path(output, corpus_inputs(paths) + glossary_inputs(glossary),
                         follow_symlinks)
    terms = load_glossary([str(p) for p in glossary or []])  # a broken glossary fails fast
    with progress_bar() as progress:
        segset = build_segments([str(p) for p in paths], progress=progress)
        found = run_mine(segset.segments, glossary=terms, top=top, new_only=new_only,
                         use_sentencepiece=sentencepiece, progress=progress)
    for note in segset.report.notes:
        print(f"tifa: note: {note}", file=sys.stderr)
    with atomic_write(target) as fh:
        write_candidates(found, fmt, fh)


def register(app: typer.Typer) -> None:
    """Add `mine` to the main app."""
    app.command("mine")(mine)
