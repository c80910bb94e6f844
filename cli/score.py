"""`tifa score`: compare MT/LLM translations by sacrebleu metrics and by terminology.

Only typer and the standard library are imported at module level so that `tifa --help` stays
fast; sacrebleu, numpy and the scorer are imported inside the command.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from tifa.cli.output import FOLLOW_SYMLINKS, glossary_inputs, output_path

FORMATS = ("text", "json", "csv", "html")


def score_cmd(
    hypotheses: Annotated[list[Path], typer.Argument(
        metavar="HYP...", help="One translation per system: plain English text (with --src), "
        "or bilingual files (.tmx, .xlf, .po, .csv, .tsv, .xlsx) carrying source and translation.",
        show_default=False)],
    src: Annotated[Path | None, typer.Option(
        "--src", metavar="FILE", help="The Chinese source as plain text (needed for "
        "plain-text translations).", show_default=False)] = None,
    ref: Annotated[Path | None, typer.Option(
        "--ref", metavar="FILE", help="A reference translation: plain text, or a bilingual "
        "file with the same units. Without it only the term and number metrics are given.",
        show_default=False)] = None,
    glossary: Annotated[list[Path] | None, typer.Option(
        "--glossary", "-g", metavar="FILE",
        help="Your glossary (YAML, a TSV/CSV/XLSX term list: Chinese, English[, comment], "
        "or a TBX term base), layered over the shipped one (repeatable).",
        show_default=False)] = None,
    glossary_only: Annotated[bool, typer.Option(
        "--glossary-only", help="Score only the terms of the --glossary files (a client's "
        "term base, a test set's term list), not the shipped glossary's.")] = False,
    annotations: Annotated[Path | None, typer.Option(
        "--terms", metavar="FILE", help="Per-segment term annotations of a terminology test "
        "set (with --presplit): SEGMENT<TAB>Chinese<TAB>English[<TAB>English…] per line, "
        "or JSON Lines (an object per source line with its \"terms\" or \"hints\"); "
        "each segment's terms are the annotated ones, not the glossary's.",
        show_default=False)] = None,
    fmt: Annotated[str, typer.Option(
        "--format", "-f", metavar="FORMAT", help="text | json | csv | html.")] = "text",
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", metavar="FILE", help="Write the report here (default or -: "
        "standard output).", show_default=False)] = None,
    as_json: Annotated[bool, typer.Option(
        "--json", help="Same as --format json (keys in docs/score.md).")] = False,
    presplit: Annotated[bool, typer.Option(
        "--presplit", help="Every plain-text file holds one segment per line, in the same "
        "order (as sacrebleu expects): no sentence splitting, no alignment.")] = False,
    chrf_plus: Annotated[bool, typer.Option(
        "--chrf++", help="chrF++ (word bigrams added) instead of chrF.")] = False,
    bootstrap: Annotated[int, typer.Option(
        "--bootstrap", metavar="N", help="Paired bootstrap resamples (0: no test).")] = 1000,
    seed: Annotated[int, typer.Option(
        "--seed", metavar="N", help="Random seed of the resampling (sacrebleu's default).")
    ] = 12345,
    input_format: Annotated[str | None, typer.Option(
        "--input-format", metavar="FORMAT", help="Read bilingual files as tmx | xliff | po | "
        "csv | tsv whatever their extension.", show_default=False)] = None,
    follow_symlinks: Annotated[bool, FOLLOW_SYMLINKS] = False,
) -> int:
    """Score translations: BLEU, chrF and TER (sacrebleu) and terminology.

    Term metrics use the glossary: term accuracy (WMT 2021 exact match) overall
    and per status and category, deprecated renderings per 1,000 words and per
    term, term consistency, window overlap and 1-TERm (with a reference), and
    number accuracy. With several systems the first is the baseline: each other
    system gets sacrebleu's paired bootstrap test, * marks p < 0.05.

    Plain texts are split into sentences and aligned to the source with
    tifa align (the report says how many segments were scored and how many
    source sentences were left unaligned); --presplit takes one segment per
    line, as sacrebleu does.

    Examples:

        tifa score --src zh.txt --ref ref.en.txt mt1.en.txt mt2.en.txt

        tifa score --src zh.txt --ref ref.txt a.txt b.txt --presplit -f html -o report.html

        tifa score engine-a.xlf engine-b.xlf --ref approved.tmx -f json -o scores.json

        tifa score --src zh.txt llm.en.txt --glossary client-terms.yaml

        tifa score --src test.zh --ref test.en a.en b.en --presplit --terms test.terms.tsv
    """
    from tifa.tm.base.files import TifaError, atomic_write, no_such_file
    from tifa.tm.lint.readers import FORMATS as INPUT_FORMATS
    from tifa.tm.lint.readers import detect_format

    if as_json:
        fmt = "json"
    if fmt not in FORMATS:
        raise TifaError(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if bootstrap < 0:
        raise TifaError("--bootstrap must be 0 (no test) or a number of resamples")
    if input_format is not None and input_format not in INPUT_FORMATS:
        raise TifaError(f"--input-format must be one of {', '.join(INPUT_FORMATS)}")
    for path in [*hypotheses, *([src] if src else []), *([ref] if ref else [])]:
        if not path.exists():
            raise no_such_file(path)
        if path.is_dir():
            raise TifaError("is a directory, expected a file", path)
    inputs = [*hypotheses, *([src] if src else []), *([ref] if ref else []),
              *([annotations] if annotations else [])]
    if annotations is not None:
        if not annotations.is_file():
            raise TifaError("no such file", annotations)
        if glossary or glossary_only:
            raise TifaError("--terms gives each segment's terms: use it or --glossary, "
                            "not both", annotations)
        if not presplit:
            raise TifaError("--terms numbers segments by source line: it needs --presplit",
                            annotations)
    target = output_path(output, [*inputs, *glossary_inputs(glossary)], follow_symlinks)
    # sacrebleu and numpy only now: usage errors above stay instant
    from tifa.glossary.store import load_glossary
    from tifa.tm.score import score
    from tifa.tm.score.inputs import BILINGUAL, read_bilingual, read_plain
    from tifa.tm.score.report import WRITERS

    if glossary_only and not glossary:
        raise TifaError("--glossary-only needs at least one --glossary file")
    # with --terms the annotations are the terms (read once the segments are known)
    terms = load_glossary(glossary or [], shipped=not glossary_only) \
        if annotations is None else []
    bilingual = input_format is not None or detect_format(hypotheses[0]) in BILINGUAL
    if bilingual:
        if src is not None:
            raise TifaError("--src is for plain-text translations; a bilingual file carries "
                            "its own source", hypotheses[0])
        if presplit:
            raise TifaError("--presplit is for plain-text translations", hypotheses[0])
        inp = read_bilingual(hypotheses, ref, input_format)
    else:
        if src is None:
            raise TifaError("plain-text translations need the Chinese source: "
                            "tifa score --src zh.txt [--ref ref.en.txt] HYP.en.txt",
                            hypotheses[0])
        inp = read_plain(src, hypotheses, ref, presplit, terms)
    if annotations is not None:
        from tifa.tm.score.inputs import read_annotations
        terms = read_annotations(annotations, inp)
    report = score(inp, terms, chrf_plus=chrf_plus, n_bootstrap=bootstrap, seed=seed)
    with atomic_write(target) as fh:
        WRITERS[fmt](report, fh)
    return 0


def register(app: typer.Typer) -> None:
    """Add `tifa score` to the main app."""
    app.command("score")(score_cmd)
