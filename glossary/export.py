"""Export the glossary for CAT tools and spreadsheets: TBX v3 (Basic), TBX v2, TSV, CSV, TMX.

Every format is written atomically and can be read back into the same entries (`read_tbx`,
`read_tsv`, `read_csv`, `read_tmx_terms`), so a terminologist can check what a tool will see.
Deprecated renderings are kept in TBX (as deprecatedTerm) and CSV, but never offered as
targets in the formats whose tools cannot mark them (TSV, TMX): a translator would insert them.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Iterable
from pathlib import Path

from tifa.glossary.entry import Deprecated, Entry, Variant
from tifa.tm.base.files import TifaError, atomic_write, read_text

TBX_NS = "urn:iso:std:iso:30042:ed-2"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
PREFERRED, ADMITTED, DEPRECATED = ("preferredTerm-admn-sts", "admittedTerm-admn-sts",
                                   "deprecatedTerm-admn-sts")
CSV_COLUMNS = ("id", "zh", "zh_variants", "en", "en_variants", "en_deprecated", "category",
               "domain", "status", "note", "source")
NOTE_SEP = " — "       # between a rendering and its note/reason inside one CSV cell
STATUS_NOTE = "status: "
DEPRECATED_NOTE = "DEPRECATED: "
VARIANT_NOTE = "variant: "
ZH_VARIANT_NOTE = "Chinese variant of "
# Phrases and quotations are not nouns; TBX-Basic wants a part of speech on every term.
_POS = {"slogan": "other", "quotation/proverb": "other"}


def export(glossary: Iterable[Entry], fmt: str, path: str | os.PathLike,
           source_lang: str = "zh-CN", target_lang: str = "en") -> int:
    """Write the glossary in `fmt` (tbx, tbx2, tsv, csv, tmx) to `path`; returns entries written."""
    entries = list(glossary)
    writers = {"tbx": _write_tbx3, "tbx2": _write_tbx2, "tsv": _write_tsv, "csv": _write_csv,
               "tmx": _write_tmx}
    if fmt not in writers:
        raise TifaError(f"unknown export format '{fmt}' (choose one of: {', '.join(writers)})")
    writers[fmt](entries, Path(path), source_lang, target_lang)
    return len(entries)


def _xml_id(entry_id: str) -> str:
    """xml:id/xs:ID values must not start with a digit; ids that do get a leading underscore."""
    return entry_id if entry_id[:1].isalpha() else f"_{entry_id}"


def _entry_id(xml_id: str) -> str:
    return xml_id[1:] if xml_id.startswith("_") else xml_id


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


def read_tbx(path: str | os.PathLike, source_lang: str = "zh-CN") -> list[Entry]:
    """Entries back from a TBX v3 or v2 file written by `export` (or shaped like it)."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False)
    try:
        root = etree.parse(str(path), parser).getroot()
    except etree.XMLSyntaxError as err:
        raise TifaError(f"malformed TBX: {err.msg}", path, err.lineno) from None
    if root.getroottree().docinfo.internalDTD is not None:
        raise TifaError("TBX with a DOCTYPE is refused (entities are never expanded)", path)

    def local(node) -> str:
        return etree.QName(node).localname

    src = source_lang.split("-")[0].lower()
    out = []
    for concept in root.iter():
        if not isinstance(concept.tag, str) or local(concept) not in ("conceptEntry",
                                                                        "termEntry"):
            continue
        entry = Entry(_entry_id(concept.get("id", "")), "", origin=str(path),
                      line=concept.sourceline or 0)
        for child in concept:
            name, text = local(child), (child.text or "").strip()
            if name == "descrip" and child.get("type") == "subjectField":
                entry.category = text
            elif name == "admin" and child.get("type") == "source":
                entry.source = text
            elif name == "admin" and child.get("type") == "projectSubset":
                entry.domain = text
            elif name == "note" and text.startswith(STATUS_NOTE):
                entry.status = text[len(STATUS_NOTE):]
            elif name == "note":
                entry.note = text
            elif name in ("langSec", "langSet"):
                is_source = child.get(XML_LANG, "").split("-")[0].lower() == src
                for term_sec in child:
                    if local(term_sec) not in ("termSec", "tig"):
                        continue
                    fields = {local(n) + (n.get("type") or ""): (n.text or "").strip()
                              for n in term_sec}
                    term = fields.get("term", "")
                    status = fields.get("termNoteadministrativeStatus", "")
                    note = fields.get("note", "")
                    if is_source:
                        if status == PREFERRED:
                            entry.zh = term
                        else:
                            entry.zh_variants.append(term)
                    elif status == PREFERRED:
                        entry.en = term
                    elif status == DEPRECATED:
                        entry.en_deprecated.append(
                            Deprecated(term, note.removeprefix(DEPRECATED_NOTE)))
                    else:
                        entry.en_variants.append(Variant(term, note))
        out.append(entry)
    return out


# --------------------------------------------------------------------------- TSV (OmegaT)

def _tsv_field(text: str) -> str:
    # OmegaT splits on tabs and lines: neither may occur inside a field.
    return " ".join(text.split())


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
    def pairs(items: list[tuple[str, str]]) -> str:
        return "\n".join(t + (NOTE_SEP + n if n else "") for t, n in items)

    return [e.id, e.zh, "\n".join(e.zh_variants), e.en,
            pairs([(v.text, v.note) for v in e.en_variants]),
            pairs([(d.text, d.reason) for d in e.en_deprecated]),
            e.category, e.domain, e.status, e.note, e.source]


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
    """Entries back from a CSV written by `export` (column names as in CSV_COLUMNS)."""
    text = read_text(path)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    missing = [c for c in CSV_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise TifaError(f"CSV glossary lacks the column(s): {', '.join(missing)}", path, 1)

    def split(cell: str) -> list[tuple[str, str]]:
        return [tuple(item.split(NOTE_SEP, 1)) if NOTE_SEP in item else (item, "")
                for item in cell.split("\n") if item.strip()]

    out = []
    for row in reader:
        out.append(Entry(
            row["id"], row["zh"], [z for z in row["zh_variants"].split("\n") if z.strip()],
            row["en"], [Variant(t, n) for t, n in split(row["en_variants"])],
            [Deprecated(t, r) for t, r in split(row["en_deprecated"])], row["category"],
            row["domain"], row["note"], row["source"], row["status"], str(path),
            reader.line_num))
    return out


# --------------------------------------------------------------------------- TMX

def _write_tmx(entries: list[Entry], path: Path, src: str, tgt: str) -> None:
    from tifa.tm.base.tmx import TmxWriter, TranslationUnit

    with TmxWriter(path, source_lang=src, target_lang=tgt) as tmx:
        for e in entries:
            props = {"entry": e.id, "category": e.category, "domain": e.domain,
                     "status": e.status}
            if e.source:
                props["source"] = e.source
            if e.en:
                tmx.write(TranslationUnit(e.id, e.zh, e.en, src, tgt,
                                          {**props, "rendering": "official"},
                                          [e.note] if e.note else []))
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
        note = unit.notes[0] if unit.notes else ""
        if unit.props.get("rendering") == "variant":
            entry.en_variants.append(Variant(unit.target, note))
        else:
            entry.en, entry.note = unit.target, note
    return list(by_id.values())
