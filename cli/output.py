"""What every writing command shares: `-o` (a file, or `-` for standard output), the
`--follow-symlinks` switch, the inputs an output must never replace, and status lines.

The checks themselves live in `tifa.tm.base.files.check_output` (and `atomic_write`, which
every writer goes through); a command lists its inputs, calls `output_path` before any work,
and writes with `atomic_write(path)`, which also serves `-`. Results go to standard output,
status lines ("wrote N entries") to standard error, so that a pipe carries only the result.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import typer
from tifa.tm.base.files import Input, check_output, is_stdout, shown_bytes

FOLLOW_SYMLINKS = typer.Option(
    "--follow-symlinks",
    help="If the output is a symbolic link, write to the file it points to (without this a "
         "link is refused, never replaced).")

# The shipped glossary, as a directory input: an output must not land among its YAML files.
SHIPPED_GLOSSARY = (Path(__file__).resolve().parent.parent / "glossary" / "data", "*.yaml")


def corpus_inputs(paths) -> list[Input]:
    """Corpus arguments: files, and directories walked for pages (.txt, .docx, in any case:
    `-o corpus/out.TXT` or `corpus/out.docx` was allowed, and read as a page next time)."""
    from tifa.tm.corpus.clean import PAGE_SUFFIXES

    patterns = ["*" + "".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else c for c in suffix)
                for suffix in PAGE_SUFFIXES]
    return [(p, pattern) for p in paths or [] for pattern in patterns]


def glossary_inputs(files=None) -> list[Input]:
    """Every glossary a command may load: --glossary files, TIFA_GLOSSARY, the shipped one."""
    env = [p for p in os.environ.get("TIFA_GLOSSARY", "").split(os.pathsep) if p.strip()]
    return [*(files or []), *env, SHIPPED_GLOSSARY]


def output_path(output: Path | str | None, inputs=(), follow_symlinks: bool = False,
                outputs=()) -> Path:
    """The checked path to write (`-` for standard output when `output` is None or `-`);
    `outputs`: the command's outputs checked before it, which it must not share a file with."""
    return check_output("-" if output is None else output, inputs,
                        follow_symlinks=follow_symlinks, outputs=outputs)


def to_stdout(path) -> bool:
    return is_stdout(path)


def shown(path) -> str:
    """A path as a status line names it."""
    return "standard output" if is_stdout(path) else str(path)


def inform(message: str) -> None:
    """A status line: always standard error, never mixed into a result."""
    print(shown_bytes(message), file=sys.stderr)


def tell(notes=(), warnings=()) -> None:
    """What a corpus run noticed: notes (a page skipped as not Chinese), then warnings (a
    page without a sentence), one line each on standard error."""
    for note in notes:
        inform(f"tifa: note: {note}")
    for warning in warnings:
        inform(f"tifa: warning: {warning}")
