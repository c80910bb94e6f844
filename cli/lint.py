"""`tifa lint`: check a draft translation against the glossary, the TM and itself.

Only typer and the standard library are imported at module level so that `tifa --help` stays
fast; the lint machinery is imported inside the command.
"""

import os
import sys
from collections import Counter
from pathlib import Path
from typing import Annotated

import typer
from tifa.cli.output import FOLLOW_SYMLINKS, glossary_inputs, output_path, to_stdout


def lint_cmd(
    drafts: Annotated[list[Path], typer.Argument(
        metavar="DRAFT [EN]", help="Bilingual draft (.tmx, .xlf/.xliff, Trados .sdlxliff, "
        "memoQ .mqxliff, Phrase .mxliff, .po, .csv, .tsv, .xlsx), or the Chinese original as "
        "plain text (or .docx) followed by the English draft (or given by --en), or one "
        "text (or .docx) holding both, each Chinese paragraph followed by its English.",
        show_default=False)],
    en: Annotated[Path | None, typer.Option(
        "--en", metavar="FILE", help="The English draft as plain text (DRAFT is then the "
        "Chinese original); sentences are aligned automatically.")] = None,
    src: Annotated[Path | None, typer.Option(
        "--src", metavar="FILE", help="The Chinese original as plain text, as in tifa score "
        "(DRAFT is then the English draft).")] = None,
    glossary: Annotated[list[Path] | None, typer.Option(
        "--glossary", "-g", metavar="FILE",
        help="Your glossary (YAML, a TSV/CSV/XLSX term list: Chinese, English[, comment], "
        "or a TBX term base), layered over the shipped one (repeatable).")] = None,
    glossary_only: Annotated[bool, typer.Option(
        "--glossary-only", help="Check only the terms of the --glossary files (a client's "
        "term base), not the shipped glossary's.")] = False,
    tm: Annotated[Path | None, typer.Option(
        "--tm", metavar="FILE", help="A TMX translation memory: 100% matches must be reused.")
    ] = None,
    fmt: Annotated[str, typer.Option(
        "--format", "-f", metavar="FORMAT", help="text | json | csv | html.")] = "text",
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", metavar="FILE", help="Write the report here (default or -: "
        "standard output).")] = None,
    fail_on: Annotated[str | None, typer.Option(
        "--fail-on", metavar="LEVEL", help="Exit 1 on findings at or above: error (default) | "
        "warning | info | never.")] = None,
    select: Annotated[str | None, typer.Option(
        "--select", metavar="CODES", help="Only these checks, comma-separated.")] = None,
    ignore: Annotated[str | None, typer.Option(
        "--ignore", metavar="CODES", help="Skip these checks, comma-separated.")] = None,
    input_format: Annotated[str | None, typer.Option(
        "--input-format", metavar="FORMAT", help="Read DRAFT as tmx | xliff | po | csv | tsv "
        "whatever its extension.")] = None,
    as_json: Annotated[bool, typer.Option(
        "--json", help="Same as --format json (schema in docs/json.md).")] = False,
    strict: Annotated[bool, typer.Option(
        "--strict", help="A TMX (draft or --tm) of unknown version or without a header is an "
        "error, not a warning.")] = False,
    follow_symlinks: Annotated[bool, FOLLOW_SYMLINKS] = False,
) -> int:
    """Lint a draft translation: terms, numbers, consistency, leftovers.

    Checks (severity): term-missing (error), term-deprecated (error),
    term-inconsistent (warning), segment-inconsistent (warning),
    number-mismatch (error), untranslated (error), punctuation (warning),
    tm-mismatch (warning, needs --tm), negation (warning), reversal
    (warning), name-mismatch (warning); on plain-text pairs also omission
    (error), partial-omission, addition, alignment-doubtful (warnings).

    Each finding is one line: FILE:PLACE: severity code: message.
    Exit code 0 when nothing is at or above --fail-on, 1 when something is,
    2 for unreadable input or a wrong option.

    Settings can live in \\[tool.tifa] of pyproject.toml or in tifa.yaml.
    A unit note "tifa: ignore term-missing" silences a check for that unit.

    Examples:

        tifa lint draft.tmx

        tifa lint speech.zh.txt speech.en.txt

        tifa lint draft.xlf --glossary client-terms.yaml --tm approved.tmx

        tifa lint draft.csv --format html -o report.html

        tifa lint draft.po --ignore punctuation --fail-on warning
    """
    from tifa.glossary.store import load_glossary
    from tifa.tm.base.files import TifaError, atomic_write
    from tifa.tm.base.progress import counted, progress_bar
    from tifa.tm.base.tmx import quiet_tmx, strict_tmx
    from tifa.tm.lint import write_report
    from tifa.tm.lint.config import FAIL_ON, find_config, load_config, parse_codes
    from tifa.tm.lint.readers import FORMATS, detect_format, read_units
    from tifa.tm.lint.report import REPORTERS

    given = len(drafts) + (en is not None) + (src is not None)
    if given > 2 or (src is not None and en is not None):
        raise TifaError("give one draft, or the Chinese original and the English draft "
                        f"(got {given} files)")
    if src is not None:
        drafts = [src, *drafts]
    draft = drafts[0]
    if len(drafts) == 2:
        en = drafts[1]
    if as_json:
        fmt = "json"
    if fmt not in REPORTERS:
        raise TifaError(f"--format must be one of {', '.join(REPORTERS)}, not {fmt!r}")
    if fail_on is not None and fail_on not in FAIL_ON:
        raise TifaError(f"--fail-on must be one of {', '.join(FAIL_ON)}, not {fail_on!r}")
    if input_format is not None and input_format not in FORMATS:
        raise TifaError(f"--input-format must be one of {', '.join(FORMATS)}")
    config = load_config()
    if select is not None:
        config.select = parse_codes(select)
    if ignore is not None:
        config.ignore |= parse_codes(ignore)
    if fail_on is not None:
        config.fail_on = fail_on
    tm_path = tm or (Path(config.tm) if config.tm else None)
    inputs = [draft, en, tm_path, find_config(),  # the settings file is an input too
              *glossary_inputs([*config.glossary, *(glossary or [])])]
    target = output_path(output, [p for p in inputs if p is not None], follow_symlinks)
    user_glossaries = [*config.glossary, *(glossary or [])]
    if glossary_only and not user_glossaries:
        raise TifaError("--glossary-only needs at least one --glossary file")
    terms = load_glossary(user_glossaries, shipped=not glossary_only)
    if tm_path is not None and not tm_path.is_file():
        raise TifaError("is a directory, expected a TMX file" if tm_path.is_dir() else
                        "not a regular file: save the TM to a file and name that"
                        if tm_path.exists() else "no such TM file", tm_path)
    files = [str(draft)] + ([str(en)] if en else [])
    color = (fmt == "text" and to_stdout(target) and sys.stdout.isatty()
             and not os.environ.get("NO_COLOR"))
    skipped: Counter[str] = Counter()  # segments not linted (XLIFF), named in the summary
    with strict_tmx(strict), progress_bar() as progress:
        units = read_units(draft, en, input_format, terms, skipped)
        if to_stdout(target) and en is None and (input_format or detect_format(draft)) != "txt":
            # A draft refused in its middle (a malformed row 5,000, a unit over the limit)
            # left the report's first part on standard output, which cannot be unwritten:
            # a bilingual draft is read through before the report begins (1 % of lint's CPU
            # on the 20,000-pair bench); a file once more, a pipe (read once only) into memory.
            # A file (-o) is written aside and dropped anyway; a plain-text pair is aligned
            # whole before its first unit.
            if draft.is_file():
                with quiet_tmx():   # (its warnings are the second reading's to give)
                    for _ in counted(read_units(draft, None, input_format, terms),
                                     "lint: units read", progress):
                        pass
            else:
                units = iter(list(counted(units, "lint: units read", progress)))
        with atomic_write(target) as fh:
            units = counted(units, "lint: units checked", progress)
            counts = write_report(units, terms, tm_path, config, fmt, fh, color, files,
                                  skipped)
    if config.fail_on == "never":
        return 0
    failing = counts.get("error", 0)
    if config.fail_on in ("warning", "info"):
        failing += counts.get("warning", 0)
    if config.fail_on == "info":
        failing += counts.get("info", 0)
    return 1 if failing else 0


def register(app: typer.Typer) -> None:
    """Add `tifa lint` to the main app."""
    app.command("lint")(lint_cmd)
