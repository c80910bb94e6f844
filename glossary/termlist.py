"""Term lists (TSV, CSV, XLSX) read as glossary files: `-g terms.tsv` as well as `-g terms.yaml`.

A client's term base, OmegaT's tab-separated glossary (tifa's own `tsv` export), a spreadsheet
(as CSV, or an Excel .xlsx whose first sheet is read), or the term pairs of an MT terminology
test set come as one pair a line: Chinese, English, perhaps a comment. Each becomes an
official entry (binding: a missing rendering is an error), the same Chinese on several lines
one entry whose later renderings are accepted variants. The list is turned into glossary YAML
with one line for each line of the file, so that every check of the glossary loader runs on
it and names the file's own line.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

from tifa.tm.base.files import TifaError
from tifa.tm.base.text import has_han, match_key

SUFFIXES = (".tsv", ".csv", ".xlsx")
_ZH = ("zh", "source", "chinese", "src", "term", "source term", "zh-cn", "zh_cn",
       "中文", "原文", "术语", "中文术语")
_EN = ("en", "target", "english", "tgt", "translation", "target term", "en-us", "en_us",
       "英文", "译文", "译法", "英文译法", "英文术语")
_NOTE = ("note", "notes", "comment", "comments", "description", "definition",
         "备注", "说明", "注释")
_KEPT = ("id", "category", "domain", "status")  # tifa's own columns, taken as written
_SLUG = re.compile(r"[^a-z0-9]+")
# A source term without Chinese characters, as Chinese text writes it: 5G, COVID-19, PM2.5,
# GDP, iPhone 15. Refused only where the line is plainly swapped (Chinese in the English
# column) or the cell has no letter or digit: one odd line must not sink a test set's list.
_LATIN_TERM = re.compile(r"[^\W_]")


def is_term_list(name: str) -> bool:
    return name.lower().endswith(SUFFIXES)


def term_list_yaml(text: str, display: str) -> str:
    """The glossary YAML of a term list: line k of the list is line k of the YAML (or a
    comment there, for a header, a blank line or a repeated term)."""
    delimiter = "," if display.lower().endswith((".csv", ".xlsx")) else "\t"
    # OmegaT's TSV has no quoting: a rendering may start with a straight quote
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=delimiter,
                        quoting=csv.QUOTE_MINIMAL if delimiter == "," else csv.QUOTE_NONE,
                        strict=True)
    rows: list[list[str]] = []
    starts: list[int] = []  # the line each row starts on (a quoted CSV cell may hold breaks)
    lines = 0  # lines read so far
    try:
        for row in reader:
            starts.append(lines + 1)
            lines = reader.line_num
            rows.append(row)
    except csv.Error as exc:
        raise TifaError(f"not a valid {'CSV' if delimiter == ',' else 'TSV'} line: {exc}",
                        display, reader.line_num, 1) from None
    columns = _columns(rows[0] if rows else [])
    header = columns is not None
    if columns is None:
        columns = {"zh": 0, "en": 1, "note": 2}
        first = next((r for r in rows if any(c.strip() for c in r)), [])
        if len(first) > 1 and not has_han(first[0]) and has_han(first[1]):
            columns.update(zh=1, en=0)  # English first
    prefix = _SLUG.sub("-", Path(display).stem.lower()).strip("-")
    out = ["#"] * lines  # one YAML line per line of the list; lines in a cell stay "#"
    entries: dict[str, dict] = {}
    places: dict[str, int] = {}
    for index, (number, row) in enumerate(zip(starts, rows, strict=True)):
        if index == 0 and header:
            out[0] = "# the header line"
            continue
        cell = {name: row[i].strip() if i < len(row) else "" for name, i in columns.items()}
        zh, en = cell.get("zh", ""), cell.get("en", "")
        if not zh and not en:
            continue
        if not has_han(zh) and (has_han(en) or not _LATIN_TERM.search(zh)):
            raise TifaError("no Chinese term in the source column (expected Chinese, English"
                            "[, comment] or a header naming zh/source and en/target)",
                            display, number, 1)
        # "artificial intelligence | AI": one line, two accepted renderings; a Chinese term
        # again, perhaps spelt with other widths or dashes (COVID-19, COVID－19): variants
        key = match_key(zh)
        en, *more = [part.strip() for part in en.split("|")] if "|" in en else [en]
        if key in entries:
            more, en = [en, *more], ""
        variants = entries[key].setdefault("en_variants", []) if key in entries else []
        for text in more:
            first = entries[key].get("en") if key in entries else en
            if text and text != first and all(v["text"] != text for v in variants):
                variants.append({"text": text, "note": f"line {number} of the list"})
        if key in entries:
            out[number - 1] = f"# line {number}: {zh} again"
            continue
        entry = {"id": cell.get("id") or f"{prefix or 'terms'}-{number}", "zh": zh, "en": en,
                 "en_variants": variants,
                 "category": cell.get("category") or "term",
                 "domain": cell.get("domain") or "diplomatic",
                 "status": cell.get("status") or "official", "note": cell.get("note", "")}
        entries[key] = {k: v for k, v in entry.items() if v not in ("", [])}
        places[key] = number - 1
    if not entries:
        return ""
    # One flow sequence whose items sit on their own lines: line k of the YAML is line k of
    # the list (comments stand in for the header, blank lines and repeated terms).
    last = max(places.values())
    for n, (key, entry) in enumerate(entries.items()):
        line = places[key]
        out[line] = ("entries: [" if n == 0 else "  ") + _flow(entry) + \
            ("]" if line == last else ",")
    return "\n".join(out) + "\n"


def _columns(first: list[str]) -> dict[str, int] | None:
    """Column numbers by name if the first row is a header: names of a Chinese and an English
    column (English names, or Chinese ones such as 中文/英文/备注), nothing else in Chinese."""
    names = [c.strip().lower() for c in first]
    known = {*_ZH, *_EN, *_NOTE}
    if not names or any(has_han(n) and n not in known for n in names):
        return None
    found: dict[str, int] = {}
    for field, known in (("zh", _ZH), ("en", _EN), ("note", _NOTE)):
        hit = next((i for i, n in enumerate(names) if n in known), None)
        if hit is not None:
            found[field] = hit
    for field in _KEPT:
        if field in names:
            found[field] = names.index(field)
    return found if "zh" in found and "en" in found else None


def _flow(entry: dict) -> str:
    """One entry as a YAML flow mapping on one line (JSON strings are YAML scalars)."""
    parts = []
    for key, value in entry.items():
        if isinstance(value, list):
            items = ", ".join("{" + ", ".join(f"{k}: {json.dumps(v, ensure_ascii=False)}"
                                             for k, v in item.items()) + "}" for item in value)
            parts.append(f"{key}: [{items}]")
        else:
            parts.append(f"{key}: {json.dumps(value, ensure_ascii=False)}")
    return "{" + ", ".join(parts) + "}"
