"""Export the glossary for CAT tools and spreadsheets: TBX v3 (Basic), TBX v2, TSV, CSV, TMX.

Every format is written atomically and can be read back (`read_tbx`, `read_tsv`, `read_csv`,
`read_tmx_terms`), so a terminologist can check what a tool will see.

A deprecated rendering travels only where the format marks it as such: TBX v3 and TBX v2
(`deprecatedTerm-admn-sts`, which translate-toolkit, memoQ and MultiTerm honour) and the CSV's
own `en_deprecated` column. The files a CAT tool inserts from without reading that status —
OmegaT's TBX (its reader ignores administrativeStatus and merges every note of a termEntry into
each pair's comment), OmegaT's TSV and the term TMX — hold accepted renderings only, one pair
per entry/rendering, and name the renderings to avoid in the official pair's comment.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Iterable
from pathlib import Path

from tifa.glossary.entry import Deprecated, Entry, Variant
from tifa.glossary.termlist import (
    AVOID_NOTE,
    BINDING_NOTE,
    DEPRECATED_NOTE,
    STATUS_NOTE,
    tbx_concepts,
)
from tifa.tm.base.files import XML_LANG, TifaError, atomic_write, read_text

TBX_NS = "urn:iso:std:iso:30042:ed-2"
PREFERRED, ADMITTED, DEPRECATED = ("preferredTerm-admn-sts", "admittedTerm-admn-sts",
                                   "deprecatedTerm-admn-sts")
# `source`/`target` are the names translate-toolkit's csvl10n (and csv2tbx) map to source and
# target text, `notes` its translator comment; spreadsheet users read them the same way.
# The attestation ("which official text") is `attested_in`, so it is never taken for the source.
# A variant's note and a deprecation reason are in columns of their own, line k of the cell
# for item k: inside the item (`rendering — note`, before tifa 0.3) a rendering that itself
# held " — " came back cut there.
CSV_COLUMNS = ("id", "source", "target", "zh_variants", "en_variants", "en_deprecated",
               "category", "domain", "status", "notes", "attested_in", "en_variant_notes",
               "en_deprecated_reasons")
# Column names of exports before the rename, still read by `read_csv`.
_OLD_CSV_NAMES = {"zh": "source", "en": "target", "note": "notes", "source": "attested_in"}
NOTE_SEP = " — "       # between a rendering and its note/reason in CSVs before tifa 0.3
VARIANT_NOTE = "variant: "
ZH_VARIANT_NOTE = "Chinese variant of "
# Every format `export` writes, with what it is for (the CLI's help and docs say the same).
FORMATS = {
    "tbx": "TBX v3, TBX-Basic: concept-oriented, deprecated renderings marked (default)",
    "tbx2": "TBX v2, TBX-Basic: the same concepts for translate-toolkit, memoQ, MultiTerm",
    "tbx-omegat": "TBX v2 for OmegaT: one accepted pair per termEntry, nothing deprecated",
    "tsv": "OmegaT tab-separated glossary: accepted pairs only",
    "csv": "spreadsheet / translate-toolkit CSV: source = Chinese, target = English",
    "tmx": "term TMX (segtype phrase): accepted pairs only",
}
# Phrases and quotations are not nouns; TBX-Basic wants a part of speech on every term.
_POS = {"slogan": "other", "quotation/proverb": "other"}


def export(glossary: Iterable[Entry], fmt: str, path: str | os.PathLike,
           source_lang: str = "zh-CN", target_lang: str = "en") -> int:
    """Write the glossary in `fmt` (one of FORMATS) to `path`; returns entries written."""
    entries = list(glossary)
    writers = {"tbx": _write_tbx3, "tbx2": _write_tbx2, "tbx-omegat": _write_tbx_omegat,
               "tsv": _write_tsv, "csv": _write_csv, "tmx": _write_tmx}
    if fmt not in writers:
        raise TifaError(f"unknown export format '{fmt}' (choose one of: {', '.join(writers)})")
    writers[fmt](entries, Path(path), source_lang, target_lang)
    return len(entries)


def _xml_id(entry_id: str) -> str:
    """xml:id/xs:ID values must not start with a digit; ids that do get a leading underscore."""
    return entry_id if entry_id[:1].isalpha() else f"_{entry_id}"


_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _clean(text: str) -> str:
    return _XML_FORBIDDEN.sub("", text)


# --------------------------------------------------------------------------- TBX

def _tbx_tree(entries: list[Entry], v3: bool, source_lang: str, target_lang: str):
    """Both TBX versions share the concept → language → term structure; names differ."""
    from lxml import etree

    ns = f"{{{TBX_NS}}}" if v3 else ""
    names = {"entry": "conceptEntry" if v3 else "termEntry", "lang": "langSec" if v3 else "langSet",
             "term": "termSec" if v3 else "tig", "header": "tbxHeader" if v3 else "martifHeader"}

    def el(parent, tag: str, text: str | None = None, **attrs):
        node = etree.SubElement(parent, ns + tag, {k: _clean(v) for k, v in attrs.items()})
        if text is not None:
            node.text = _clean(text)
        return node

    if v3:
        root = etree.Element(ns + "tbx", {"type": "TBX-Basic", "style": "dca", XML_LANG: "en"},
                             nsmap={None: TBX_NS})
    else:
        root = etree.Element("martif", {"type": "TBX-Basic", XML_LANG: "en"})
    header = el(root, names["header"])
    file_desc = el(header, "fileDesc")
    title = el(file_desc, "titleStmt")
    el(title, "title", "tifa glossary of official formulations (zh-CN → en)")
    source_desc = el(file_desc, "sourceDesc")
    el(source_desc, "p", "Exported by tifa from its curated YAML glossary; the YAML is the "
                         "source of truth.")
    body = el(el(root, "text"), "body")
    for entry in entries:
        concept = el(body, names["entry"], id=_xml_id(entry.id))
        el(concept, "descrip", entry.category, type="subjectField")
        if entry.source:
            el(concept, "admin", entry.source, type="source")
        el(concept, "admin", entry.domain, type="projectSubset")
        if entry.note:
            el(concept, "note", entry.note)
        el(concept, "note", STATUS_NOTE + entry.status)
        if entry.binding_explicit:  # lint's strictness of the entry (docs/lint.md, Severity)
            el(concept, "note", BINDING_NOTE + ("true" if entry.binding else "false"))
        pos = _POS.get(entry.category, "noun")
        terms = [(source_lang, z, PREFERRED if i == 0 else ADMITTED, "")
                 for i, z in enumerate(entry.zh_forms)]
        terms += [(target_lang, entry.en, PREFERRED, "")] if entry.en else []
        terms += [(target_lang, v.text, ADMITTED, v.note) for v in entry.en_variants]
        terms += [(target_lang, d.text, DEPRECATED, DEPRECATED_NOTE + d.reason)
                  for d in entry.en_deprecated]
        lang_sec = None
        for lang, text, status, note in terms:
            if lang_sec is None or lang_sec.get(XML_LANG) != lang:
                lang_sec = el(concept, names["lang"], **{XML_LANG: lang})
            term_sec = el(lang_sec, names["term"])
            el(term_sec, "term", text)
            el(term_sec, "termNote", pos, type="partOfSpeech")
            el(term_sec, "termNote", status, type="administrativeStatus")
            if note:
                el(term_sec, "note", note)
    return root


def _write_xml(root, path: Path) -> None:
    from lxml import etree

    data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    with atomic_write(path, "wb") as fh:
        fh.write(data)


def _write_tbx3(entries: list[Entry], path: Path, src: str, tgt: str) -> None:
    _write_xml(_tbx_tree(entries, True, src, tgt), path)


def _write_tbx2(entries: list[Entry], path: Path, src: str, tgt: str) -> None:
    _write_xml(_tbx_tree(entries, False, src, tgt), path)


def avoid_note(entry: Entry) -> str:
    """The renderings not to use, with their reasons, for the official pair's comment."""
    items = [d.text + (f" ({d.reason})" if d.reason else "") for d in entry.en_deprecated]
    return AVOID_NOTE + "; ".join(items) if items else ""


def _write_tbx_omegat(entries: list[Entry], path: Path, src: str, tgt: str) -> None:
    """TBX v2 shaped for OmegaT 3.6's reader: one termEntry per accepted rendering.

    OmegaT pairs every source term of a termEntry with every target term and gives each pair
    all the entry's notes (termNotes included); it ignores administrativeStatus. So each
    termEntry holds the Chinese forms and exactly one accepted rendering, and only the notes
    that belong to that pair: the concept note and status, the variant's own note, and for the
    official rendering the renderings to avoid. No deprecated rendering is ever a term here.
    """
    from lxml import etree

    root = etree.Element("martif", {"type": "TBX", XML_LANG: "en"})
    header = etree.SubElement(root, "martifHeader")
    file_desc = etree.SubElement(header, "fileDesc")
    title = etree.SubElement(etree.SubElement(file_desc, "titleStmt"), "title")
    title.text = "tifa glossary of official formulations (zh-CN → en), for OmegaT"
    para = etree.SubElement(etree.SubElement(file_desc, "sourceDesc"), "p")
    para.text = ("Accepted renderings only, one termEntry each; renderings to avoid are named "
                 "in the official pair's note. The full concept-oriented TBX is tifa's tbx/tbx2.")
    body = etree.SubElement(etree.SubElement(root, "text"), "body")
    for e in entries:
        pairs = [(e.en, avoid_note(e), "")] if e.en else []
        pairs += [(v.text, VARIANT_NOTE + v.note if v.note else VARIANT_NOTE.strip(), f".v{n}")
                  for n, v in enumerate(e.en_variants, 1)]
        for rendering, own_note, suffix in pairs:
            concept = etree.SubElement(body, "termEntry", id=_clean(_xml_id(e.id) + suffix))
            for note in (e.note, STATUS_NOTE + e.status if e.status else "", own_note):
                if note:
                    etree.SubElement(concept, "note").text = _clean(note)
            for lang, terms in ((src, e.zh_forms), (tgt, [rendering])):
                lang_set = etree.SubElement(concept, "langSet", {XML_LANG: lang})
                for term in terms:
                    etree.SubElement(etree.SubElement(lang_set, "tig"), "term").text = _clean(term)
    _write_xml(root, path)


def read_tbx(path: str | os.PathLike) -> list[Entry]:
    """Entries back from a TBX v3 or v2 file written by `export`, or a client's term base
    (`termlist.tbx_concepts`, the reader behind `-g client.tbx`)."""
    out = []
    for line, d in tbx_concepts(path, str(path)):
        out.append(Entry(d["id"], d["zh"], d.get("zh_variants", []), d.get("en", ""),
                         [Variant(v["text"], v.get("note", ""))
                          for v in d.get("en_variants", [])],
                         [Deprecated(x["text"], x["reason"])
                          for x in d.get("en_deprecated", [])],
                         d["category"], d["domain"], d.get("note", ""), d.get("source", ""),
                         d["status"], origin=str(path), line=line, binding=d.get("binding")))
    return out


# --------------------------------------------------------------------------- TSV (OmegaT)

# What ends a field or a line for OmegaT's TSV reader (a tab; Java's readLine: CR, LF) or
# for an editor (the other line breaks), with the spaces around it.
_TSV_BREAKS = re.compile("[ ]*[\t\n\r\x0b\x0c\x1c-\x1f\x85\u2028\u2029][\t\n\r\x0b\x0c"
                         "\x1c-\x1f\x85\u2028\u2029 ]*")


def _tsv_field(text: str) -> str:
    """A field on one line: each break (and the spaces around it) one space, nothing else
    changed. All white space was collapsed, so a non-breaking space (No.\u00a01) reached
    OmegaT as a plain one and the term was inserted without it."""
    return _TSV_BREAKS.sub(" ", text).strip(" ")


def _write_tsv(entries: list[Entry], path: Path, src: str, tgt: str) -> None:
    rows = []
    for e in entries:
        if e.en:
            avoid = "; ".join(d.text for d in e.en_deprecated)
            comment = e.note + (f" (avoid: {avoid})" if avoid else "")
            rows.append((e.zh, e.en, comment))
        for v in e.en_variants:
            rows.append((e.zh, v.text, VARIANT_NOTE + v.note if v.note else VARIANT_NOTE.strip()))
        if e.en:
            rows += [(z, e.en, ZH_VARIANT_NOTE + e.zh) for z in e.zh_variants]
    with atomic_write(path, newline="\n") as fh:
        for row in rows:
            fh.write("\t".join(_tsv_field(f) for f in row) + "\n")


def read_tsv(path: str | os.PathLike) -> list[tuple[str, str, str]]:
    """(source, target, comment) rows of an OmegaT tab-separated glossary."""
    rows = []
    for line in read_text(path).split("\n"):
        if line.strip() and not line.startswith("#"):
            parts = line.split("\t")
            rows.append((parts[0], parts[1] if len(parts) > 1 else "",
                         parts[2] if len(parts) > 2 else ""))
    return rows


# --------------------------------------------------------------------------- CSV (spreadsheets)

def _csv_row(e: Entry) -> list[str]:
    def notes(items: list[str]) -> str:
        # one item a line: a note's own line breaks would read back as further items
        # (a reason's second line as the next rendering's), so its spaces are collapsed
        return "\n".join(" ".join(n.split()) for n in items) if any(map(str.strip, items)) \
            else ""

    return [e.id, e.zh, e.en, "\n".join(e.zh_variants),
            "\n".join(v.text for v in e.en_variants), "\n".join(d.text for d in e.en_deprecated),
            e.category, e.domain, e.status, e.note, e.source,
            notes([v.note for v in e.en_variants]), notes([d.reason for d in e.en_deprecated])]


def _write_csv(entries: list[Entry], path: Path, src: str, tgt: str) -> None:
    # UTF-8 with BOM so Excel detects the encoding; CRLF rows; cells quoted where needed
    # (multi-valued cells hold one item per line inside the quotes).
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(CSV_COLUMNS)
    for e in entries:
        writer.writerow(_csv_row(e))
    with atomic_write(path, "wb") as fh:
        fh.write(buf.getvalue().encode("utf-8-sig"))


def read_csv(path: str | os.PathLike) -> list[Entry]:
    """Entries back from a CSV written by `export` (columns as in CSV_COLUMNS, or the old names
    zh/en/note/source of exports before tifa 0.3)."""
    text = read_text(path)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    names = list(reader.fieldnames or [])
    if "target" not in names and "en" in names:
        reader.fieldnames = [_OLD_CSV_NAMES.get(n, n) for n in names]
    notes = {"en_variants": "en_variant_notes", "en_deprecated": "en_deprecated_reasons"}
    missing = [c for c in CSV_COLUMNS if c not in (reader.fieldnames or [])
               and c not in notes.values()]
    if missing:
        raise TifaError(f"CSV glossary lacks the column(s): {', '.join(missing)}", path, 1)
    # without the note columns (an export before tifa 0.3), "rendering — note" in one item
    apart = all(c in (reader.fieldnames or []) for c in notes.values())

    def split(row: dict, column: str) -> list[tuple[str, str]]:
        items = row[column].split("\n")
        if not apart:
            return [tuple(item.split(NOTE_SEP, 1)) if NOTE_SEP in item else (item, "")
                    for item in items if item.strip()]
        said = (row[notes[column]] or "").split("\n")
        return [(item, said[k] if k < len(said) else "") for k, item in enumerate(items)
                if item.strip()]

    out = []
    for row in reader:
        out.append(Entry(
            row["id"], row["source"], [z for z in row["zh_variants"].split("\n") if z.strip()],
            row["target"], [Variant(t, n) for t, n in split(row, "en_variants")],
            [Deprecated(t, r) for t, r in split(row, "en_deprecated")], row["category"],
            row["domain"], row["notes"], row["attested_in"], row["status"], str(path),
            reader.line_num))
    return out


# --------------------------------------------------------------------------- TMX

def _write_tmx(entries: list[Entry], path: Path, src: str, tgt: str) -> None:
    from tifa.tm.base.tmx import TmxWriter, TranslationUnit

    # Terms are not sentences: segtype="phrase" tells a CAT tool not to segment or sentence-match.
    with TmxWriter(path, source_lang=src, target_lang=tgt, segtype="phrase") as tmx:
        for e in entries:
            props = {"entry": e.id, "category": e.category, "domain": e.domain,
                     "status": e.status}
            if e.source:
                props["source"] = e.source
            if e.en:
                notes = [n for n in (e.note, avoid_note(e)) if n]
                tmx.write(TranslationUnit(e.id, e.zh, e.en, src, tgt,
                                          {**props, "rendering": "official"}, notes))
            for n, v in enumerate(e.en_variants, 1):
                tmx.write(TranslationUnit(f"{e.id}.v{n}", e.zh, v.text, src, tgt,
                                          {**props, "rendering": "variant"},
                                          [v.note] if v.note else []))


def read_tmx_terms(path: str | os.PathLike) -> list[Entry]:
    """Entries (official + variants) back from a term TMX written by `export`."""
    from tifa.tm.base.tmx import read_tmx

    by_id: dict[str, Entry] = {}
    for unit in read_tmx(path):
        eid = unit.props.get("entry") or (unit.tuid or "").split(".")[0]
        entry = by_id.get(eid)
        if entry is None:
            entry = by_id[eid] = Entry(eid, unit.source, category=unit.props.get("category", ""),
                                       domain=unit.props.get("domain", ""),
                                       status=unit.props.get("status", ""),
                                       source=unit.props.get("source", ""), origin=str(path))
        notes = [n for n in unit.notes if not n.startswith(AVOID_NOTE)]
        note = notes[0] if notes else ""
        if unit.props.get("rendering") == "variant":
            entry.en_variants.append(Variant(unit.target, note))
        else:
            entry.en, entry.note = unit.target, note
    return list(by_id.values())
