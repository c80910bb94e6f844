"""`tifa mine`: candidate formulations (提法) from a Chinese corpus, best first."""

from __future__ import annotations

import contextlib
import shutil
import sys
from pathlib import Path
from typing import Annotated

import typer
from tifa.cli.output import (
    FOLLOW_SYMLINKS,
    corpus_inputs,
    glossary_inputs,
    output_path,
    tell,
    to_stdout,
)


def mine(
    paths: Annotated[list[Path] | None, typer.Argument(
        help="Chinese .txt or .docx pages, or directories to walk for them (with --store: "
        "the pages to add; none: rank what is stored)", show_default=False)] = None,
    top: Annotated[int, typer.Option(
        "--top", "-n", help="how many candidates to list (at least 1)")] = 100,
    fmt: Annotated[str | None, typer.Option(
        "--format", "-f", help="table: a short table to read (the default at a terminal); "
        "tsv: one row per candidate with every signal (the default otherwise); json/yaml: "
        "full records with signals and example contexts", show_default=False)] = None,
    as_json: Annotated[bool, typer.Option(
        "--json", help="same as --format json (schema in docs/json.md)")] = False,
    new_only: Annotated[bool, typer.Option(
        "--new-only", help="list only formulations the glossary does not have yet")] = False,
    glossary: Annotated[list[Path] | None, typer.Option(
        "--glossary", "-g", help="your own glossary (YAML, a TSV/CSV/XLSX term list: Chinese, "
        "English[, comment], or a TBX term base), layered over the shipped one "
        "(repeatable)")] = None,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="write here instead of standard output (- = standard output)")
    ] = None,
    follow_symlinks: Annotated[bool, FOLLOW_SYMLINKS] = False,
    weights: Annotated[Path | None, typer.Option(
        "--weights", help="rank with these model weights (a file of --learn) instead of the "
        "shipped ones")] = None,
    learn: Annotated[Path | None, typer.Option(
        "--learn", help="fit the ranking model on this corpus with the glossary's entries as "
        "positives and write its weights here (JSON) instead of listing candidates")] = None,
    sentencepiece: Annotated[bool, typer.Option(
        "--sentencepiece", help="add the sentencepiece boundary signal (experimental: "
        "it does not improve precision on the seeds, see docs/mining.md)")] = False,
    store: Annotated[Path | None, typer.Option(
        "--store", help="an archive file (SQLite, created if missing): add the pages to it, "
        "each page once, and rank everything stored")] = None,
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
      tifa mine seeds/                          # top 100 (a short table at a terminal)
      tifa mine seeds/ > candidates.tsv         # the same as TSV, every signal a column
      tifa mine seeds/ --top 30 --new-only      # what the glossary lacks
      tifa mine seeds/ -f json -o candidates.json
      tifa mine pages/ -g my-terms.yaml -f yaml
      tifa mine pages/ -g my-terms.yaml --learn my-weights.json   # learn from your glossary
      tifa mine new-month/ --weights my-weights.json
      tifa mine 2025-06/ --store archive.sqlite # add a month, rank the whole archive
      tifa mine --store archive.sqlite          # rank the archive again, no pages read
    """
    from tifa.glossary.mine import FORMATS, gather, rank, write_candidates
    from tifa.glossary.mine import learn as fit_model
    from tifa.glossary.mine_model import load_model
    from tifa.glossary.mine_table import write_table
    from tifa.glossary.store import load_glossary
    from tifa.tm.base.files import TifaError, atomic_write, check_output
    from tifa.tm.base.progress import progress_bar
    from tifa.tm.corpus.merge import build_segments

    if as_json:
        fmt = "json"

    # Checked here, not by Typer, so that a typo is one line and exit 2 like any other error.
    if fmt is not None and fmt not in (*FORMATS, "table"):
        raise TifaError(f"--format must be one of {', '.join((*FORMATS, 'table'))}, not {fmt!r}")
    if top < 1:
        raise TifaError(f"--top must be at least 1, not {top}")
    if not paths and store is None:
        raise TifaError("give the pages to mine, or an archive with --store")
    inputs = corpus_inputs(paths) + glossary_inputs(glossary)
    if store is not None:
        inputs.append((store, None))
    if weights is not None:
        inputs.append((weights, None))
    target = output_path(output, inputs, follow_symlinks)
    if learn is not None:  # checked like -o: `--learn page.txt` replaced the corpus page
        # nor onto -o: both were written to one file, the results lost under the weights
        learn = output_path(learn, inputs, follow_symlinks, outputs=[target])
    if fmt is None:  # a person at a terminal reads a table; a pipe or a file gets the TSV
        fmt = "table" if to_stdout(target) and sys.stdout.isatty() else "tsv"
    terms = load_glossary([str(p) for p in glossary or []])  # a broken glossary fails fast
    model = load_model(weights) if weights else None
    with contextlib.ExitStack() as open_store:  # ranked while the store keeps its evidence
        if store is not None:
            check_output(store, corpus_inputs(paths), follow_symlinks=follow_symlinks)
            ev = open_store.enter_context(_from_store(store, paths or [], sentencepiece))
        else:
            with progress_bar() as progress:
                segset = build_segments([str(p) for p in paths or []], progress=progress)
                ev = gather(segset.segments, use_sentencepiece=sentencepiece, progress=progress)
            tell(segset.report.notes, segset.report.warnings)
        if learn is not None:
            fitted = fit_model(ev, terms, note=f"fitted with `tifa mine --learn` on "
                               f"{len(paths or [])} path(s){' and a store' if store else ''} "
                               "and the glossary")
            with atomic_write(learn) as fh:
                fh.write(fitted.to_json())
            print(f"tifa: learnt weights from {fitted.stats['positives']} glossary forms among "
                  f"{fitted.stats['candidates']} candidates → {learn}", file=sys.stderr)
            return
        model = model or load_model()
        found = rank(ev, model, terms, new_only, top)
        with atomic_write(target) as fh:
            if fmt == "table":
                columns = shutil.get_terminal_size((100, 24)).columns if to_stdout(target) else 100
                write_table(found, fh, model, terms, max(80, columns))
            else:
                write_candidates(found, fmt, fh)


@contextlib.contextmanager
def _from_store(store: Path, paths: list[Path], sentencepiece: bool):
    """Add `paths` to the archive `store` (created if missing), then its evidence, yielded
    while the store is open: the evidence it keeps for the next ranking is written beside
    the ranking, when the store closes."""
    from tifa.cli.output import inform
    from tifa.glossary.mine_store import MineStore
    from tifa.tm.base.progress import progress_bar
    from tifa.tm.corpus.clean import collect_files

    pages, notes = collect_files([str(p) for p in paths]) if paths else ([], [])
    with MineStore.open(store, create=bool(paths)) as archive:
        with progress_bar() as progress:
            added = archive.add(pages, progress=progress, ranking=True)
            tell(notes + added.notes, added.warnings)
            for name, first in added.known:
                same = "" if name == first else f" (as {first})"
                print(f"tifa: note: {name}: already in the store{same}, skipped",
                      file=sys.stderr)
            ev = archive.evidence(use_sentencepiece=sentencepiece, progress=progress)
        s = archive.summary()
        exact = "same as mining all its pages at once" if s.whole else (
            f"stored counts short by at most {s.bound}")
        inform(f"tifa: {store}: +{added.documents} page(s), +{added.segments} segment(s); "
               f"{s.documents} page(s), {s.segments} segment(s), {s.chars:,} characters "
               f"({exact})")
        yield ev


def register(app: typer.Typer) -> None:
    """Add `mine` to the main app."""
    app.command("mine")(mine)
