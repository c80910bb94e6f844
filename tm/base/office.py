"""Office documents read as text: Word (.docx) one line per paragraph, Excel (.xlsx) as CSV.

Translators receive speeches as Word files and term lists and bilingual tables as Excel
files; saving each as plain text first is a step where text gets lost (a table, a text box, a
tracked change accepted by hand, a cell with a line break). Both are ZIP archives of XML parts.

**Word**: the body, as Word's own "save as plain text" gives it but with a blank line between
paragraphs (paragraph n is line 2n − 1), tracked changes accepted:

* paragraphs in document order, table cells and text boxes included (a text box once: the
  fallback copy Word keeps for old readers is skipped);
* inserted text kept, deleted text (w:del, w:moveFrom) dropped; a paragraph whose mark was
  deleted joins the next one;
* a tab is a tab, a line break a new line, a non-breaking hyphen a hyphen, an optional hyphen
  nothing; field codes are left out, their shown result kept;
* headers, footers, footnotes and comments are not the text to translate and are left out;
  so are automatic list numbers and symbol-font characters, which are formatting, not text.

**Excel**: the first worksheet, row r of the sheet on line r of the CSV (while no cell holds
a line break), cells as their values: strings (shared, inline, rich text without its phonetic
guide), numbers in their shortest form, TRUE/FALSE, a formula's last result; empty rows and
cells kept as empty, so columns and rows stay where the translator sees them.

The XML is parsed with entities unresolved and the network off, a DOCTYPE refused; a part
larger than `MAX_PART_BYTES` is refused before it is inflated.
"""

from __future__ import annotations

import csv
import io
import posixpath
import re
import zipfile
import zlib

from lxml import etree


class OfficeError(ValueError):
    """The file is no readable Word or Excel document; `files.read_text` names the file."""

MAX_PART_BYTES = 512 * 1024 * 1024  # a book is ~5 MB of document.xml

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_DOCUMENT = "word/document.xml"
_WORKBOOK = "xl/workbook.xml"
_DROPPED = {f"{_W}del", f"{_W}moveFrom", f"{_MC}Fallback", f"{_W}instrText", f"{_W}delText",
            f"{_W}pPr", f"{_W}rPr"}
_CHARS = {f"{_W}tab": "\t", f"{_W}ptab": "\t", f"{_W}br": "\n", f"{_W}cr": "\n",
          f"{_W}noBreakHyphen": "-", f"{_W}softHyphen": ""}


def office_text(data: bytes, xml_options: dict) -> str:
    """The text of a Word or Excel archive (`xml_options`: the parser settings every XML
    reader of tifa uses, `files.XML_OPTIONS`)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if _DOCUMENT in names:
                return _docx(_xml(archive, _DOCUMENT, xml_options))
            if _WORKBOOK in names:
                return _xlsx(archive, xml_options)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError,
            NotImplementedError) as err:
        raise OfficeError(f"not a readable Office document (broken ZIP archive: {err})") from None
    raise OfficeError("a ZIP archive, but neither a Word (.docx) nor an Excel (.xlsx) document;"
                      " save it as one of them or as plain text")


def _xml(archive: zipfile.ZipFile, name: str, xml_options: dict):
    """The root element of one part, refused when huge, broken or declaring a DOCTYPE."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        raise OfficeError(f"{name} is missing: not a readable Office document") from None
    if info.file_size > MAX_PART_BYTES:
        raise OfficeError(f"{name} inflates to {info.file_size:,} bytes, more than tifa reads")
    try:
        root = etree.fromstring(archive.read(info), etree.XMLParser(**xml_options))
    except etree.XMLSyntaxError as err:
        raise OfficeError(f"{name} is not well-formed XML: {err.msg}") from None
    if root.getroottree().docinfo.doctype:  # Office never writes one: entities would be lost
        raise OfficeError(f"{name} has a DOCTYPE (possible entity attack); refusing to read")
    return root


# ---------------------------------------------------------------- Word


def _docx(root) -> str:
    """The body text of a .docx, a blank line between paragraphs: every reader of plain text
    in tifa takes a blank line for a paragraph break, while a line break alone may be a wrap,
    and a title, a salutation ending in a comma or a table's cells must not be run together."""
    body = root.find(f"{_W}body")
    if body is None:
        raise OfficeError("word/document.xml has no body: not a readable .docx")
    lines: list[str] = []
    joined = ""  # text of paragraphs whose mark was deleted, waiting for the next one
    for para in _paragraphs(body):
        text = joined + "".join(_text(para))
        if para.find(f"{_W}pPr/{_W}rPr/{_W}del") is not None:
            joined = text
            continue
        joined = ""
        lines.append(text)
    if joined:
        lines.append(joined)
    return "\n\n".join(lines) + ("\n" if lines else "")


def _paragraphs(element: etree._Element):
    """Every w:p in document order, nested ones (text boxes) after the one holding them."""
    for child in element:
        if child.tag in _DROPPED:
            continue
        if child.tag == f"{_W}p":
            yield child
        yield from _paragraphs(child)


def _text(element: etree._Element):
    """The characters of one paragraph, without those of paragraphs nested in it."""
    for child in element:
        tag = child.tag
        if tag in _DROPPED or tag == f"{_W}p":
            continue
        if tag == f"{_W}t":
            yield child.text or ""
        elif tag in _CHARS:
            yield _CHARS[tag]
        else:
            yield from _text(child)


# ---------------------------------------------------------------- Excel

_S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_CELL_REF = re.compile(r"([A-Z]{1,3})(\d+)$")
_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")  # Excel's escape for characters XML cannot hold


def _xlsx(archive: zipfile.ZipFile, xml_options: dict) -> str:
    """The first worksheet as CSV text."""
    names = set(archive.namelist())
    sheet = _first_sheet(archive, xml_options)
    if sheet not in names:
        raise OfficeError(f"xl/workbook.xml names a first sheet {sheet} the file lacks")
    shared = ([_string(si) for si in _xml(archive, "xl/sharedStrings.xml", xml_options)
               .iter(f"{_S}si")] if "xl/sharedStrings.xml" in names else [])
    rows: list[list[str]] = []
    for row in _xml(archive, sheet, xml_options).iter(f"{_S}row"):
        number = int(row.get("r") or len(rows) + 1)
        if number <= len(rows):  # rows out of order: not something Excel writes
            raise OfficeError(f"{sheet}: row {number} after row {len(rows)}")
        rows.extend([] for _ in range(number - len(rows) - 1))  # empty rows stay empty lines
        cells: list[str] = []
        for cell in row.iter(f"{_S}c"):
            ref = _CELL_REF.match(cell.get("r") or "")
            column = _column(ref.group(1)) if ref else len(cells)
            cells.extend("" for _ in range(column - len(cells)))
            cells.append(_value(cell, shared, sheet))
        rows.append(cells)
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


def _first_sheet(archive: zipfile.ZipFile, xml_options: dict) -> str:
    """The part name of the workbook's first sheet, through the workbook's relationships."""
    first = _xml(archive, _WORKBOOK, xml_options).find(f"{_S}sheets/{_S}sheet")
    if first is None:
        raise OfficeError("xl/workbook.xml lists no sheet")
    rel_id = first.get(f"{_R}id")
    rels = _xml(archive, "xl/_rels/workbook.xml.rels", xml_options)
    target = next((r.get("Target") for r in rels.iter(f"{_REL}Relationship")
                   if r.get("Id") == rel_id), None)
    if not target:
        raise OfficeError(f"xl/workbook.xml: sheet {first.get('name')!r} has no part")
    return target.lstrip("/") if target.startswith("/") else posixpath.normpath(
        posixpath.join("xl", target))


def _column(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number - 1


def _string(item) -> str:
    """A shared or inline string: its text runs, without the phonetic guide (rPh)."""
    text = "".join(t.text or "" for t in item.iter(f"{_S}t")
                   if t.getparent().tag != f"{_S}rPh")
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text) if "_x" in text else text


def _value(cell, shared: list[str], sheet: str) -> str:
    kind = cell.get("t", "n")
    if kind == "inlineStr":
        inline = cell.find(f"{_S}is")
        return _string(inline) if inline is not None else ""
    value = cell.findtext(f"{_S}v")
    if value is None:
        return ""
    if kind == "s":
        try:
            return shared[int(value)]
        except (ValueError, IndexError):
            raise OfficeError(f"{sheet}: cell {cell.get('r')} points to shared string "
                              f"{value}, which the file lacks") from None
    if kind == "b":
        return "TRUE" if value == "1" else "FALSE"
    if kind == "n":
        try:
            number = float(value)
        except ValueError:
            return value
        return str(int(number)) if number.is_integer() and abs(number) < 1e15 else repr(number)
    return value  # str (a formula's text), e (an error such as #N/A), d (an ISO date)
