"""One shape for every `--json` report: a JSON object on stdout whose first key is `version`.

`version` is tifa's own version (`tifa.tm.base.VERSION`), so a script can tell which release
wrote a document; the schema of each command's document is in docs/json.md.
"""

from __future__ import annotations

import json
import sys
from typing import IO, Any

from tifa.tm.base import VERSION


def document(fields: dict[str, Any]) -> dict[str, Any]:
    """`fields` with tifa's version first (a `version` already in `fields` is replaced)."""
    return {"version": VERSION, **{k: v for k, v in fields.items() if k != "version"}}


def print_json(fields: dict[str, Any], file: IO[str] | None = None) -> None:
    """Print one report as indented UTF-8 JSON (Chinese stays readable, not \\u-escaped) on
    `file`: standard output, or standard error when standard output carries the result file."""
    out = file or sys.stdout
    out.write(json.dumps(document(fields), ensure_ascii=False, indent=2) + "\n")
    out.flush()
