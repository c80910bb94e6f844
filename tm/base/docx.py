"""Word documents (.docx) read as plain text: one line per paragraph.

Translators receive and deliver speeches as Word files; saving each as plain text first is a
step where text gets lost (a table, a text box, a tracked change accepted by hand). This reads
the body the way Word's own "save as plain text" does, with tracked changes accepted:

* paragraphs in document order, table cells and text boxes included (a text box once: the
  fallback copy Word keeps for old readers is skipped);
* inserted text kept, deleted text (w:del, w:moveFrom) dropped; a paragraph whose mark was
  deleted joins the next one;
* a tab is a tab, a line break a new line, a non-breaking hyphen a hyphen, an optional hyphen
  nothing; field codes are left out, their shown result kept;
* headers, footers, footnotes and comments are not the text to translate and are left out;
  so are automatic list numbers and symbol-font characters, which are formatting, not text.

The XML is parsed with entities unresolved and the network off, a DOCTYPE refused; a part
larger than `MAX_PART_BYTES` is refused before it is inflated.
"""

from __future__ import annotations

import io
import zipfile
import zlib

from lxml import etree


class DocxError(ValueError):
    """The file is no readable Word document; `files.read_text` names the file."""

MAX_PART_BYTES = 512 * 1024 * 1024  # a book is ~5 MB of document.xml

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_DOCUMENT = "word/document.xml"
_DROPPED = {f"{_W}del", f"{_W}moveFrom", f"{_MC}Fallback", f"{_W}instrText", f"{_W}delText",
            f"{_W}pPr", f"{_W}rPr"}
_CHARS = {f"{_W}tab": "\t", f"{_W}ptab": "\t", f"{_W}br": "\n", f"{_W}cr": "\n",
          f"{_W}noBreakHyphen": "-", f"{_W}softHyphen": ""}


def docx_text(data: bytes, xml_options: dict) -> str:
    """The body text of a .docx, paragraphs on lines of their own (`xml_options`: the
    parser settings every XML reader of tifa uses, `files.XML_OPTIONS`)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            try:
                info = archive.getinfo(_DOCUMENT)
            except KeyError:
                raise DocxError("a ZIP archive, but not a Word document (no word/document.xml);"
                                " save it as .docx or plain text") from None
            if info.file_size > MAX_PART_BYTES:
                raise DocxError(f"word/document.xml inflates to {info.file_size:,} bytes, "
                                "more than tifa reads")
            xml = archive.read(info)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError,
            NotImplementedError) as err:
        raise DocxError(f"not a readable .docx (broken ZIP archive: {err})") from None
    try:
        root = etree.fromstring(xml, etree.XMLParser(**xml_options))
    except etree.XMLSyntaxError as err:
        raise DocxError(f"not a readable .docx (word/document.xml: {err.msg})") from None
    if root.getroottree().docinfo.doctype:  # Word never writes one: entities would be lost
        raise DocxError("word/document.xml has a DOCTYPE (possible entity attack); "
                        "refusing to read")
    body = root.find(f"{_W}body")
    if body is None:
        raise DocxError("not a readable .docx (word/document.xml has no body)")
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
    return "\n".join(lines) + ("\n" if lines else "")


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
