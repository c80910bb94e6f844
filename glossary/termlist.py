"""Term lists (TSV, CSV, XLSX) and term bases (TBX) read as glossary files: `-g terms.tsv` or
`-g client.tbx` as well as `-g terms.yaml`.

A client's term base, OmegaT's tab-separated glossary (tifa's own `tsv` export), a spreadsheet
(as CSV, or an Excel .xlsx whose first sheet is read), or the term pairs of an MT terminology
test set come as one pair a line: Chinese, English, perhaps a comment. Each becomes an
official entry (binding: a missing rendering is an error), the same Chinese on several lines
one entry whose later renderings are accepted variants. A TBX term base (v2 `martif` or v3
`tbx`, as Trados, memoQ, Phrase and tifa's own export write it) gives an entry per concept:
preferred, admitted and deprecated terms become the rendering, accepted variants and
deprecated renderings. Either is turned into glossary YAML with one line for each line of the
file, so that every check of the glossary loader runs on it and names the file's own line.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

from tifa.glossary.entry import CATEGORIES, DOMAINS
from tifa.tm.base.files import (
    XML_LANG,
    XML_OPTIONS,
    TifaError,
    refuse_undefined_entities,
    refuse_xml_entities,
    separator_line,
    xml_problem,
)
from tifa.tm.base.text import has_han, match_key

SUFFIXES = (".tsv", ".csv", ".xlsx", ".tbx")
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
    text = text.lstrip("\ufeff")
    first, _, rest = text.partition("\n")
    named = separator_line(first)
    if named is not None:  # Excel's `sep=;` line: the delimiter, then the list
        delimiter, text = named, rest
    # OmegaT's TSV has no quoting: a rendering may start with a straight quote
    reader = csv.reader(io.StringIO(text), delimiter=delimiter,
                        quoting=csv.QUOTE_NONE if delimiter == "\t" else csv.QUOTE_MINIMAL,
                        strict=True)
    kind = "TSV" if delimiter == "\t" else "CSV"
    rows: list[list[str]] = []
    starts: list[int] = []  # the line each row starts on (a quoted CSV cell may hold breaks)
    lines = skip = int(named is not None)  # lines read so far
    try:
        for row in reader:
            starts.append(lines + 1)
            lines = reader.line_num + skip
            rows.append(row)
    except csv.Error as exc:
        raise TifaError(f"not a valid {kind} line: {exc}", display,
                        reader.line_num + skip) from None
    columns = _columns(rows[0] if rows else [])
    header = columns is not None
    if columns is None:
        columns = {"zh": 0, "en": 1, "note": 2}
        first = next((r for r in rows if any(c.strip() for c in r)), [])
        if len(first) > 1 and not has_han(first[0]) and has_han(first[1]):
            columns.update(zh=1, en=0)  # English first
    prefix = _SLUG.sub("-", Path(display).stem.lower()).strip("-")
    out = ["#"] * lines  # one YAML line per line of the list; lines in a cell stay "#"
    if skip:
        out[0] = "# Excel's sep= line"
    entries: dict[str, dict] = {}
    places: dict[str, int] = {}
    for index, (number, row) in enumerate(zip(starts, rows, strict=True)):
        if index == 0 and header:
            out[skip] = "# the header line"
            continue
        cell = {name: row[i].strip() if i < len(row) else "" for name, i in columns.items()}
        zh, en = cell.get("zh", ""), cell.get("en", "")
        if not zh and not en:
            continue
        if not has_han(zh) and (has_han(en) or not _LATIN_TERM.search(zh)):
            raise TifaError("no Chinese term in the source column (expected Chinese, English"
                            "[, comment] or a header naming zh/source and en/target)",
                            display, number)
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
    return placed_yaml([(places[key] + 1, entry) for key, entry in entries.items()], out)


def tbx_yaml(path: Path, display: str) -> str:
    """The glossary YAML of a TBX term base: each concept's entry on its own line."""
    return placed_yaml(tbx_concepts(path, display))


def placed_yaml(placed: list[tuple[int, dict]], out: list[str] | None = None) -> str:
    """Glossary YAML whose entries sit on the lines given (1-based; several on one line if
    need be): one flow sequence, comments standing in for every other line (`out`: the
    comments already written, a line each)."""
    if not placed:
        return ""
    out = out if out is not None else ["#"] * max(line for line, _ in placed)
    by_line: dict[int, list[str]] = {}
    for line, entry in placed:
        by_line.setdefault(line - 1, []).append(_flow(entry))
    order = sorted(by_line)
    for n, line in enumerate(order):
        out[line] = ("entries: [" if n == 0 else "  ") + ", ".join(by_line[line]) + \
            ("]" if n == len(order) - 1 else ",")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- TBX

# The status a term base gives a term (TBX-Basic's administrativeStatus, TBX v3's
# normativeAuthorization), by the word in its value: preferredTerm-admn-sts, admittedTerm,
# deprecatedTerm-admn-sts, supersededTerm, "forbidden", "not recommended".
_STATUS_TYPES = ("administrativeStatus", "normativeAuthorization", "usageStatus")
_DEPRECATED_WORDS = ("deprecat", "supersed", "forbid", "obsolete", "notrecommend", "avoid")
# The notes tifa's own export writes (glossary/export.py), read back here.
STATUS_NOTE, BINDING_NOTE, DEPRECATED_NOTE = "status: ", "binding: ", "DEPRECATED: "
AVOID_NOTE = "avoid: "


def tbx_concepts(path: str | Path, display: str) -> list[tuple[int, dict]]:
    """(line, entry in glossary YAML keys) of every concept of a TBX file that has a Chinese
    and an English term. tifa's own export comes back whole (category, domain, status, source,
    notes); a client's term base gives official entries of category `term`. A DOCTYPE that
    declares entities is refused before any parser sees the file, as by every XML reader of
    tifa; an external DTD named in a TBX v2 file is never fetched."""
    from lxml import etree

    external = refuse_xml_entities(path)
    parser = etree.XMLParser(remove_comments=True, remove_pis=True, **XML_OPTIONS)
    try:
        root = etree.parse(str(path), parser).getroot()
    except etree.XMLSyntaxError as err:
        (line, col), message = err.position or (None, None), str(err.msg or err)
        raise TifaError(f"malformed TBX: {xml_problem(message)}", display, line or None,
                        col if line else None) from None
    if external:
        refuse_undefined_entities(parser.error_log, path)

    def local(node) -> str:
        return etree.QName(node).localname if isinstance(node.tag, str) else ""

    prefix = _SLUG.sub("-", Path(display).stem.lower()).strip("-") or "tbx"
    out: list[tuple[int, dict]] = []
    seen: set[str] = set()
    for concept in root.iter("{*}conceptEntry", "{*}termEntry"):
        line = concept.sourceline or 1
        entry: dict = {}
        notes: list[str] = []
        by_lang: dict[str, list[tuple[str, str, str]]] = {}
        for child in concept:
            name, kind, value = local(child), child.get("type"), "".join(
                child.itertext()).strip()
            if name == "descrip" and kind == "subjectField" and value in CATEGORIES:
                entry["category"] = value
            elif name == "admin" and kind == "source" and value:
                entry["source"] = value
            elif name == "admin" and kind == "projectSubset" and value in DOMAINS:
                entry["domain"] = value
            elif name == "note" and value.startswith(STATUS_NOTE):
                entry["status"] = value[len(STATUS_NOTE):]
            elif name == "note" and value in (BINDING_NOTE + "true", BINDING_NOTE + "false"):
                entry["binding"] = value.endswith("true")
            elif name in ("note", "descrip", "descripGrp") and value and \
                    not value.startswith(AVOID_NOTE):
                notes.append(value)
            elif name in ("langSet", "langSec"):
                lang = child.get(XML_LANG) or child.get("lang") or ""
                by_lang.setdefault(lang.split("-")[0].lower(), []).extend(_terms(child, local))
        terms = _sides(by_lang)
        zh = [t for t in terms["zh"] if t[1] != "deprecated" and t[0]]
        en = [t for t in terms["en"] if t[1] != "deprecated" and t[0]]
        if not zh or not en and "status" not in entry:
            continue  # a client's concept without both languages renders nothing
        zh.sort(key=lambda t: t[1] != "preferred")
        en.sort(key=lambda t: t[1] != "preferred")
        ident = _SLUG.sub("-", (concept.get("id") or "").lower().lstrip("_")).strip("-")
        if not ident or ident in seen:
            ident = f"{prefix}-{line}" + (f"-{len(out)}" if f"{prefix}-{line}" in seen else "")
        seen.add(ident)
        entry = {"id": ident, "zh": zh[0][0],
                 "zh_variants": list(dict.fromkeys(t[0] for t in zh[1:] if t[0] != zh[0][0])),
                 "en": en[0][0] if en else "",
                 "en_variants": [{"text": t, "note": n} if n else {"text": t}
                                 for t, _, n in en[1:] if t != en[0][0]],
                 "en_deprecated": [{"text": t, "reason": n.removeprefix(DEPRECATED_NOTE)
                                    or "deprecated in the term base"}
                                   for t, status, n in terms["en"] if status == "deprecated"],
                 "category": entry.get("category", "term"),
                 "domain": entry.get("domain", "diplomatic"),
                 "status": entry.get("status", "official"),
                 **{k: entry[k] for k in ("binding", "source") if k in entry},
                 "note": "; ".join(dict.fromkeys(notes))}
        out.append((line, {k: v for k, v in entry.items() if v not in ("", [])}))
    return out


def _sides(by_lang: dict[str, list[tuple[str, str, str]]]) -> dict[str, list]:
    """The Chinese and English terms of a concept: by language code, or, where the codes say
    nothing (translate-toolkit's csv2tbx labels the columns `en` and `xx`), the language whose
    terms are Chinese and one whose terms have no Chinese character."""
    if "zh" in by_lang:
        return {"zh": by_lang["zh"], "en": by_lang.get("en", [])}
    han = [k for k, ts in by_lang.items() if ts and all(has_han(t[0]) for t in ts)]
    latin = [k for k, ts in by_lang.items() if ts and not any(has_han(t[0]) for t in ts)]
    return {"zh": by_lang[han[0]] if han else [],
            "en": by_lang["en"] if "en" in latin else by_lang[latin[0]] if latin else []}


def _terms(lang_set, local) -> list[tuple[str, str, str]]:
    """(term, preferred/admitted/deprecated, note) of a language section: terms in `tig`,
    `ntig/termGrp` (TBX v2) or `termSec` (v3), with the notes of their group."""
    out = []
    for term in lang_set.iter("{*}term"):
        group = term.getparent()
        holders = [group]
        if local(group) == "termGrp" and group.getparent() is not None:
            holders.append(group.getparent())  # ntig: notes beside the termGrp
        status, notes = "admitted", []
        for holder in holders:
            for node in holder:
                value = "".join(node.itertext()).strip()
                if local(node) == "termNote" and node.get("type") in _STATUS_TYPES:
                    word = value.lower().replace(" ", "").replace("-", "")
                    status = "deprecated" if any(w in word for w in _DEPRECATED_WORDS) \
                        else "preferred" if "preferred" in word else "admitted"
                elif local(node) in ("note", "descrip") and value:
                    notes.append(value)
        text = "".join(term.itertext()).strip()
        out.append((text, status, "; ".join(notes)))
    return out


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
    """One entry as a YAML flow mapping on one line (JSON strings are YAML scalars, a list of
    strings or of mappings a flow sequence)."""
    parts = []
    for key, value in entry.items():
        if isinstance(value, list):
            items = ", ".join("{" + ", ".join(f"{k}: {json.dumps(v, ensure_ascii=False)}"
                                             for k, v in item.items()) + "}"
                              if isinstance(item, dict) else json.dumps(item, ensure_ascii=False)
                              for item in value)
            parts.append(f"{key}: [{items}]")
        else:
            parts.append(f"{key}: {json.dumps(value, ensure_ascii=False)}")
    return "{" + ", ".join(parts) + "}"
