"""Bilingual drafts → `LintUnit`s, each with a place the user can find again.

TMX goes through our streaming `tm.tmx.read_tmx`, XLIFF 1.2 (as CAT tools write it: Trados,
memoQ, Phrase) through our streaming `_xliff12`; XLIFF 2.0 and PO through translate-toolkit's
stores (no XML parser resolves entities; we also refuse any DOCTYPE that declares entities
before a parser sees the file); CSV/TSV through the csv module, streamed; two
plain-text files (Chinese original + English draft) are split into sentences and aligned with
`tm.align`. Every reader is wrapped by `_guard`, which refuses empty input, oversized units and
swapped languages with one clear message.
"""

from __future__ import annotations

import csv
import io
import itertools
import math
import os
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from tifa.tm.align_names import SURNAMES
from tifa.tm.base.english import EN_CALL
from tifa.tm.base.files import (
    XML_OPTIONS,
    TifaError,
    check_xml_entities,
    decode,
    no_such_file,
    read_bytes,
    read_text,
    separator_line,
    xml_problem,
)
from tifa.tm.base.text import HAN_RUN, han_share, has_han, join_codes
from tifa.tm.corpus.clean import dateline_end, page_paragraphs
from tifa.tm.lint.checks import dateline_dropped, lead_in, mostly_chinese
from tifa.tm.lint.units import LintUnit, ends_as_heading, skipped_text
from tifa.tm.numbers import (
    extract_en,
    extract_zh,
    has_ordinal,
    heading_number,
    is_soft,
    list_item,
    match_quantities,
    pair_quantities,
)

if TYPE_CHECKING:  # the glossary is loaded only when a command needs it
    from tifa.glossary.entry import Glossary
    from tifa.glossary.matcher import TermMatcher

MAX_UNIT_CHARS = 100_000  # a translation unit is a sentence or a paragraph, never a book
FORMATS = ("tmx", "xliff", "po", "csv", "tsv", "txt")
_LATIN = re.compile(r"[A-Za-z]")


def detect_format(path: str | os.PathLike) -> str:
    suffix = Path(path).suffix.lower().lstrip(".")
    return {"xlf": "xliff", "xliff": "xliff", "sdlxliff": "xliff", "mqxliff": "xliff",
            "mxliff": "xliff", "pot": "po", "tab": "tsv", "text": "txt", "docx": "txt",
            "xlsx": "csv"}.get(suffix, suffix)


def read_units(path: str | os.PathLike, en: str | os.PathLike | None = None,
               fmt: str | None = None, glossary: Glossary | None = None,
               skipped: Counter[str] | None = None) -> Iterator[LintUnit]:
    """The units of a draft: `path` alone (bilingual file) or `path` + `en` (plain texts).

    `glossary` (plain texts only) gives the aligner glossary terms as anchors. `skipped`
    receives, by reason, the segments of an XLIFF that are not linted (not for translation,
    tags only, empty source): with the units, every segment of the file."""
    p = Path(path)
    if not p.exists():
        raise no_such_file(p)
    if p.is_dir():
        raise TifaError("is a directory, expected a draft file", p)
    readers = {"tmx": _tmx, "xliff": _xliff, "po": _po, "csv": _csv, "tsv": _csv}
    if en is not None:
        for side in (p, Path(en)):
            if (kind := detect_format(side)) in readers:  # its markup would be read as text
                raise TifaError(f"a bilingual {kind.upper()} file where plain text was "
                                f"expected: lint it alone (tifa lint {side.name})", side)
        return _guard(_plain(p, Path(en), glossary), p)
    fmt = fmt or detect_format(p)
    if fmt == "txt":
        sides = interleaved(read_text(p))
        if sides is None:
            raise TifaError("a plain-text draft needs the English beside it: "
                            "tifa lint zh.txt --en en.txt (or one text with each Chinese "
                            "paragraph followed by its English)", p)
        return _guard(_plain(p, p, glossary, sides), p)
    if fmt not in readers:
        raise TifaError(f"unknown draft format .{fmt or '?'}; use TMX, XLIFF (.xlf, .sdlxliff, "
                        ".mqxliff, .mxliff), PO, "
                        "CSV/TSV, or two plain-text or Word files (zh.txt --en en.txt); or name "
                        "the format with --input-format", p)
    skipped = Counter() if skipped is None else skipped
    units = _xliff(p, skipped) if fmt == "xliff" else readers[fmt](p)
    return _guard(_without_markup(units), p, skipped)


# A tag written into the text: OmegaT keeps its own as text in project_save.tmx (<b0>…</b0>,
# <a1>, <br2/>), html2po keeps the page's (<b>, <a href="…">) in the PO and so in what
# po2xliff, po2tmx and po2csv make of it. A tag has a name and well-formed attributes, so
# "<5%" or an address in angle brackets is not one.
_MARKUP = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s+[A-Za-z_:][-\w:.]*\s*=\s*"
                     r"(?:\"[^\"<>]*\"|'[^'<>]*'))*\s*/?>")


def _without_markup(units: Iterator[LintUnit]) -> Iterator[LintUnit]:
    """The units with markup written into their text taken out, as inline codes are
    (`join_codes`): a term or figure inside a tag is read whole, the tag's digits never."""
    for unit in units:
        if "<" in unit.source or "<" in unit.target:
            unit.source = join_codes(_MARKUP.split(unit.source))
            unit.target = join_codes(_MARKUP.split(unit.target))
        yield unit


def _guard(units: Iterator[LintUnit], path: Path, skipped: Counter[str] | None = None
           ) -> Iterator[LintUnit]:
    """Refuse empty input, oversized units and swapped languages; otherwise pass units on."""
    head: list[LintUnit] = []
    checked = False
    for unit in units:
        for side in (unit.source, unit.target):
            if len(side) > MAX_UNIT_CHARS:
                raise TifaError(f"a unit of {len(side):,} characters (limit "
                                f"{MAX_UNIT_CHARS:,}): not a sentence-level draft",
                                *_where(unit, path))
        if checked:
            yield unit
            continue
        head.append(unit)
        if len(head) >= 50:
            _check_languages(head, path)
            checked = True
            yield from head
            head = []
    if not checked:
        if not head:
            if skipped:
                raise TifaError(f"no text to check: {skipped_text(skipped)}", path)
            raise TifaError("no translation units found (empty draft?)", path)
        _check_languages(head, path)
        yield from head


def _where(unit: LintUnit, path: Path) -> tuple[str, int | None]:
    m = re.fullmatch(r"(.*):(\d+)", unit.location)
    return (m.group(1), int(m.group(2))) if m else (unit.location, None)


def _check_languages(units: list[LintUnit], path: Path) -> None:
    both = [u for u in units if u.source.strip() and u.target.strip()]
    swapped = sum(1 for u in both if not has_han(u.source) and _LATIN.search(u.source)
                  and has_han(u.target))
    if both and swapped * 2 > len(both):
        raise TifaError("source and target look swapped: the source side is English and the "
                        "target Chinese (check the column names, srclang or file order)", path)
    if units and not any(has_han(u.source) for u in units) and \
            any(_LATIN.search(u.source) for u in units) and not any(has_han(u.target)
                                                                    for u in units):
        raise TifaError("no Chinese on the source side: tifa lints Chinese→English drafts "
                        "(is this the right file or column?)", path)


# ---------------------------------------------------------------- XML formats


def _tmx(path: Path) -> Iterator[LintUnit]:
    from tifa.tm.base.tmx import read_tmx  # refuses entity declarations itself

    name = str(path)  # once, not per unit: this loop runs in the main process for every unit
    for n, tu in enumerate(read_tmx(path), 1):
        tuid = tu.tuid
        props = tu.props
        doc = (props.get("document") or props.get("doc") or name) if props else name
        yield LintUnit(tuid or f"tu#{n}", f"{name}:tuid={tuid}" if tuid else f"{name}:tu#{n}",
                       tu.source, tu.target, list(tu.notes), doc)


def _localname(el) -> str:
    tag = el.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _xliff(path: Path, skipped: Counter[str]) -> Iterator[LintUnit]:
    check_xml_entities(path)  # our parser resolves none, but would drop undefined entities
    with open(path, "rb") as fh:
        head = fh.read(4096)
    # an unprefixed `version` only: Phrase's XLIFF 1.2 root also says m:version="2.0"
    if b"urn:oasis:names:tc:xliff:document:2" in head or re.search(
            rb"<xliff\b[^>]*\sversion=[\"']2", head) is not None:
        return _xliff2(path, skipped)
    return _xliff12(path, skipped)


def _xliff2(path: Path, skipped: Counter[str]) -> Iterator[LintUnit]:
    from lxml import etree
    from translate.storage import xliff2

    try:
        store = xliff2.Xliff2File.parsefile(str(path))
    except etree.XMLSyntaxError as err:
        line, col = (err.position or (None, None))
        raise TifaError(f"malformed XLIFF/XML: {xml_problem(err.msg)}", path, line,
                        col) from None
    except (AssertionError, ValueError, KeyError) as err:
        raise TifaError(f"not an XLIFF 2.0 file ({err or 'bad root'})", path, 1) from None
    for n, unit in enumerate(store.unit_iter(), 1):
        if unit.isheader():
            continue
        el = unit.xmlelement
        while el is not None and _localname(el) != "unit":
            el = el.getparent()
        el = unit.xmlelement if el is None else el
        # translate="no" on the unit, or on a <group> or <file> around it (inherited)
        if next((a.get("translate") for a in itertools.chain([el], el.iterancestors())
                 if a.get("translate")), "yes") == "no":
            skipped[SKIP_NO] += 1
            continue
        doc = str(path)
        for anc in el.iterancestors():
            if _localname(anc) == "file":
                doc = anc.get("original") or anc.get("id") or doc
                break
        notes = ["".join(n.itertext()) for n in el.iter() if _localname(n) == "note"]
        source, target = str(unit.source or ""), str(unit.target or "")
        seg = unit.xmlelement
        if _localname(seg) == "segment":  # read as XLIFF 1.2 is: codes join by `join_codes`
            sides = {_localname(c): c for c in seg if _localname(c) in ("source", "target")}
            source = _text(sides.get("source"), _ns(seg), False, _KEPT2)[0]
            target = _text(sides.get("target"), _ns(seg), False, _KEPT2)[0]
        yield LintUnit(el.get("id") or f"unit#{n}", f"{path}:{el.sourceline}",
                       source, target, notes, doc)


_PHRASE = "http://www.memsource.com/mxlf/2.0"  # Phrase (Memsource) MXLIFF's m: namespace
# Phrase writes its tags into the text: {1>…<1}, {2}, and {b>…<b} for bold (also i, u, sup, sub)
_PHRASE_TAG = re.compile(r"\{(?:\d+|b|i|u|sup|sub)>|<(?:\d+|b|i|u|sup|sub)\}|\{\d+\}")
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_XML_WHITE = re.compile(r"[ \t\r\n]+")
SKIP_NO = "not for translation"  # translate="no"
SKIP_TAGS = "tags only"  # a picture, a page break: inline codes and no text
SKIP_EMPTY = "empty source"


def _xliff12(path: Path, skipped: Counter[str]) -> Iterator[LintUnit]:
    """Stream an XLIFF 1.2 file, plain or as Trados, memoQ or Phrase write it: a unit per
    trans-unit, or per segment where a CAT tool segmented it. What is not linted is counted in
    `skipped` by reason, so that every segment of the file is accounted for. Nothing in a
    vendor's namespace (sdl:, mq:, m:) is read, and an embedded original (Trados's base64
    copy of the Word file in <internal-file>) never reaches the parser."""
    from lxml import etree

    # end events of these elements only: start events would cost a fifth of the read
    events = etree.iterparse(_SkipInternalFiles(path), events=("end",), tag=(
        "{*}trans-unit", "{*}bin-unit", "{*}group", "{*}header", "{*}file"),
        remove_comments=True, remove_pis=True, **XML_OPTIONS)
    name, ns, phrase, n = str(path), "", False, 0
    docs: dict = {}  # <file> element → its document name
    try:
        for _event, el in events:
            if ns == "":  # the first element: look at the root
                ns, phrase = _xliff_root(el.getroottree().getroot(), path)
            if _ns(el) != ns:
                continue
            # (po2xliff copies the PO header into a trans-unit: metadata, skipped as in a PO)
            if _localname(el) == "trans-unit" and \
                    el.get("restype") != "x-gettext-domain-header":
                n += 1
                parent = next((a for a in el.iterancestors() if _localname(a) == "file"
                               and _ns(a) == ns), None)
                if parent not in docs:
                    docs = {parent: name if parent is None else
                            parent.get("original") or parent.get("id") or name}
                yield from _trans_unit(el, ns, phrase, name, docs[parent], n, skipped)
            el.clear(keep_tail=True)  # memory stays flat however long the file is
            parent = el.getparent()
            if parent is not None:
                while el.getprevious() is not None:
                    del parent[0]
        if ns == "":
            _xliff_root(events.root, path)  # no trans-unit: is it XLIFF at all?
    except etree.XMLSyntaxError as err:
        (line, col), message = err.position or (None, None), str(err.msg or err)
        raise TifaError(f"malformed XLIFF/XML: {xml_problem(message)}", path, line or None,
                        col if line else None) from None


def _xliff_root(root, path: Path) -> tuple[str | None, bool]:
    """(the XLIFF namespace, whether Phrase wrote the file) of a file whose root is <xliff>."""
    if root is None or _localname(root) != "xliff":
        name = "none" if root is None else _localname(root)
        raise TifaError(f"not an XLIFF file (root element <{name}>, expected <xliff>)", path,
                        1 if root is None else root.sourceline)
    return _ns(root), _PHRASE in root.nsmap.values()


def _ns(el) -> str | None:
    tag = el.tag
    return tag[1:].split("}", 1)[0] if isinstance(tag, str) and tag[:1] == "{" else None


def _trans_unit(el, ns: str | None, phrase: bool, name: str, doc: str, n: int,
                skipped: Counter[str]) -> Iterator[LintUnit]:
    """The units of one trans-unit: its segments, or itself; skipped ones counted."""
    uid = el.get("id") or f"unit#{n}"
    where = f"{name}:{el.sourceline}"
    parts: dict = {}
    notes: list[str] = []
    for child in el:
        if _ns(child) == ns:
            tag = _localname(child)
            if tag == "note":
                notes.append(_text(child, ns, False)[0])
            elif tag in ("source", "seg-source", "target"):
                parts.setdefault(tag, child)
    # translate="no" on the trans-unit or on a <group> around it (XLIFF 1.2 inherits it)
    closed = next((a.get("translate") for a in itertools.chain([el], el.iterancestors())
                   if a.get("translate")), "yes") == "no"
    para = (el.get(f"{{{_PHRASE}}}para-id") or "") if phrase else ""
    segments = _mrk_segments(parts.get("seg-source"), parts.get("target"), ns, phrase)
    if segments is None:  # the trans-unit is the segment
        source, codes = _text(parts.get("source"), ns, phrase)
        target = _text(parts.get("target"), ns, phrase)[0]
        segments = [(None, source, codes, target)]
    for mid, source, codes, target in segments:
        if closed or not source:
            skipped[SKIP_NO if closed else SKIP_TAGS if codes else SKIP_EMPTY] += 1
            continue
        # a segment is checked and reported on its own; the trans-unit is its paragraph
        yield LintUnit(uid if mid is None else f"{uid}/{mid}", where, source, target, notes,
                       doc, para=para or ("" if mid is None else uid))


def _mrk_segments(seg_source, target, ns: str | None, phrase: bool
                  ) -> list[tuple[str, str, bool, str]] | None:
    """(mid, source, has inline codes, target) of each `<mrk mtype="seg">` of a trans-unit a
    CAT tool segmented (`<seg-source>`, as Okapi, Trados and memoQ write it), or None when it
    was not. A segment the target lacks or leaves empty is an empty target, not a shorter
    unit; a target written whole, without segments, means the unit is read whole."""
    if seg_source is None:
        return None

    def marks(parent) -> dict[str, object]:
        return {m.get("mid") or str(k): m for k, m in enumerate(
            m for m in parent.iter(f"{{{ns}}}mrk" if ns else "mrk")
            if m.get("mtype") == "seg")}

    sources = marks(seg_source)
    if not sources:
        return None
    targets = marks(target) if target is not None else {}
    if target is not None and not targets and _text(target, ns, phrase)[0]:
        return None
    out = []
    for mid, mark in sources.items():
        source, codes = _text(mark, ns, phrase)
        out.append((mid, source, codes, _text(targets.get(mid), ns, phrase)[0]))
    return out


_KEPT = ("g", "mrk")  # XLIFF 1.2's inline elements whose content is text
_KEPT2 = ("pc", "mrk")  # XLIFF 2.0's


def _text(el, ns: str | None, phrase: bool, kept: tuple[str, ...] = _KEPT
          ) -> tuple[str, bool]:
    """(the translatable text of a <source>, <target>, <mrk> or <note>, whether it holds
    inline codes): the text of <g> and <mrk> is kept, except a tracked deletion (Trados's
    x-sdl-deleted); the inline codes (<x/>, <bx/>, <ex/>, and <bpt>, <ept>, <ph>, <it>, whose
    content is the original's native code: <w:sz w:val="28"/>) and anything in another
    namespace are left out, Phrase's {1>…<1} tags too; whitespace is collapsed unless
    xml:space="preserve" (as translate-toolkit reads XLIFF)."""
    if el is None:
        return "", False
    parts: list[str] = []
    codes = False

    def walk(node) -> None:
        nonlocal codes
        if node.text:
            parts.append(node.text)
        for child in node:
            if _ns(child) == ns and _localname(child) in kept:
                if child.get("mtype") != "x-sdl-deleted":
                    walk(child)
            elif _ns(child) == ns and _localname(child) == "cp":  # XLIFF 2.0: a character
                parts.append(chr(int(child.get("hex") or "FFFD", 16)))
            else:
                codes = True
            if child.tail:
                parts.append(child.tail)

    walk(el)
    text = join_codes(parts)  # a tag between any two parts
    if phrase:
        bare = join_codes(_PHRASE_TAG.split(text))
        codes = codes or bare != text
        text = bare
    space = next((node.get(_XML_SPACE) for node in itertools.chain([el], el.iterancestors())
                  if node.get(_XML_SPACE)), "default")
    if space != "preserve":
        text = _XML_WHITE.sub(" ", text).strip()
    return text, codes


class _SkipInternalFiles(io.RawIOBase):
    """The bytes of an XML file without the content of its <internal-file> elements (XLIFF
    1.2's embedded original: Trados puts the whole Word file there, base64 on one line, tens
    of megabytes). Their line breaks are kept, so every line number stays the file's own;
    read in 1 MB chunks, so memory stays flat. (ASCII-based encodings only: in UTF-16 the
    element is not found and is parsed as any text.)"""

    _OPEN = re.compile(rb"<(?:[\w.-]+:)?internal-file\b[^>]*>")
    _CLOSE = re.compile(rb"</(?:[\w.-]+:)?internal-file\s*>")
    CHUNK = 1 << 20

    def __init__(self, path: Path) -> None:
        self._fh = open(path, "rb")
        self._buf = b""  # read, not yet filtered
        self._out = b""  # filtered, handed out from `_pos` on
        self._pos = 0
        self._inside = False
        self._eof = False

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        self._fh.close()
        super().close()

    def readinto(self, b) -> int:
        while self._pos == len(self._out) and not (self._eof and not self._buf):
            self._out, self._pos = self._next(), 0
        n = min(len(b), len(self._out) - self._pos)
        b[:n] = memoryview(self._out)[self._pos:self._pos + n]
        self._pos += n
        return n

    def _next(self) -> bytes:
        """The next piece of filtered output (b"" when more input is needed first)."""
        if not self._eof:
            data = self._fh.read(self.CHUNK)
            self._eof = not data
            self._buf += data
        buf, keep = self._buf, 0 if self._eof else 256  # a tag may be cut at the end
        if self._inside:
            m = self._CLOSE.search(buf)
            if m is None:
                cut = max(len(buf) - keep, 0)
                self._buf = buf[cut:]
                return b"\n" * buf.count(b"\n", 0, cut)
            self._inside = False
            self._buf = buf[m.start():]
            return b"\n" * buf.count(b"\n", 0, m.start())
        m = self._OPEN.search(buf)
        if m is None:
            cut = max(len(buf) - keep, 0)
            self._buf = buf[cut:]
            return buf[:cut]
        self._inside = not m.group().endswith(b"/>")
        self._buf = buf[m.end():]
        return buf[:m.end()]


_PO_CHARSET = re.compile(r"(charset=)[-\w.:]+")


def _po(path: Path) -> Iterator[LintUnit]:
    from translate.storage import pypo
    from translate.storage.poparser import PoParseError

    # decoded like every text (binary, GBK, UTF-16, CR line ends: `decode`), then given to
    # the parser as UTF-8, its header's charset said so (a GBK file says charset=GBK)
    text = decode(read_bytes(path), path)
    text = _PO_CHARSET.sub(r"\g<1>UTF-8", text, count=1)
    try:
        store = pypo.pofile(text.encode("utf-8"))
    except PoParseError as err:
        m = re.search(r"line (\d+)", str(err))
        raise TifaError(f"malformed PO: {str(err).splitlines()[0]}", path,
                        int(m.group(1)) if m else None) from None
    except (ValueError, UnicodeDecodeError) as err:
        raise TifaError(f"malformed PO: {err}", path) from None
    for unit in store.units:
        if unit.isheader() or unit.obsolete:
            continue
        line = unit._line_number or 0
        source = unit.source.strings[0] if unit.hasplural() else unit.source
        target = unit.target.strings[0] if unit.hasplural() else unit.target
        ctx = unit.getcontext()
        yield LintUnit(ctx or str(line), f"{path}:{line}", str(source or ""),
                       str(target or ""), [unit.getnotes("translator")], str(path))


# ---------------------------------------------------------------- CSV / TSV

_SOURCE_COLS = ("source", "src", "zh", "zh-cn", "zh_cn", "zh-hans", "zh-hans-cn", "cmn",
                "chinese", "source text", "original", "原文", "中文", "源文")
_TARGET_COLS = ("target", "tgt", "en", "en-us", "en-gb", "en_us", "en_gb", "english",
                "translation", "target text", "draft", "译文", "英文", "译稿")
_ID_COLS = ("id", "tuid", "key", "segment", "segment id")
_NOTE_COLS = ("note", "notes", "comment", "comments")
_DOC_COLS = ("document", "doc", "file")
MAX_FIELD = 1_000_000


def _open_text(path: Path):
    """A text stream over `path`: UTF-8 (± BOM) streamed, else GB18030 decoded in memory."""
    with open(path, "rb") as fh:
        head = fh.read(1 << 16)
    try:
        head.decode("utf-8-sig")
        return open(path, encoding="utf-8-sig", newline="")
    except UnicodeDecodeError as err:
        if err.start < len(head) - 4:  # a real error, not a character cut at the boundary
            return io.StringIO(read_text(path), newline="")
        return open(path, encoding="utf-8-sig", newline="")


def _csv(path: Path) -> Iterator[LintUnit]:
    csv.field_size_limit(MAX_FIELD)
    excel = path.suffix.lower() == ".xlsx"
    # an Excel file's first sheet, as CSV (`tm.base.office`); a pipe (`lint <(…)`) read once,
    # as every text is (its head read first to choose a decoder was gone when it was read:
    # "no header line", or a traceback)
    if excel or not path.is_file():
        fh = io.StringIO(read_text(path), newline="")
    else:
        with open(path, "rb") as raw:
            head = raw.read(1 << 16)
        # NUL bytes: UTF-16 (Excel's "Unicode Text" is UTF-16 with tabs) or binary, which
        # `read_text` tells apart
        fh = io.StringIO(read_text(path), newline="") if b"\x00" in head else _open_text(path)
    with fh:
        first = fh.readline()
        named = None if excel else separator_line(first)
        skip = named is not None  # Excel's `sep=;` line stands before the header
        if skip:
            first = fh.readline()
        if not first.strip():
            raise TifaError("no header line (expected column names such as source,target "
                            "or zh,en)", path, 1 + skip)
        if named is not None:
            delimiter = named
        elif path.suffix.lower() in (".tsv", ".tab"):
            delimiter = "\t"
        elif excel:
            delimiter = ","
        else:
            delimiter = max(",\t;", key=first.count)
        quoting = csv.QUOTE_MINIMAL
        if delimiter == "\t":
            rest = fh.read()
            if _RAW_QUOTE.search(first) or _RAW_QUOTE.search(rest):
                quoting = csv.QUOTE_NONE  # a TSV that does not quote, as OmegaT's
            fh = io.StringIO(rest, newline="")
        try:
            header = next(csv.reader([first], delimiter=delimiter, quoting=quoting,
                                     strict=True))
        except csv.Error as err:
            raise TifaError(f"malformed CSV: {_csv_problem(err)}", path, 1 + skip) from None
        names = [h.strip().lower() for h in header]

        def column(options: tuple[str, ...]) -> int | None:
            return next((i for i, n in enumerate(names) if n in options), None)

        src, tgt = column(_SOURCE_COLS), column(_TARGET_COLS)
        first_row: list[list[str]] = []
        if src is None and tgt is None and (guess := _headerless(header)):
            src, tgt = guess  # no header: a Chinese cell and an English one open the file
            first_row, header = [header], []
        if src is None or tgt is None:
            missing = "source" if src is None else "target"
            raise TifaError(f"no {missing} column in the header (found: "
                            f"{', '.join(header) or 'nothing'}); name the columns "
                            "source,target or zh,en (optional: id, note)", path, 1 + skip)
        uid, note, doc = column(_ID_COLS), column(_NOTE_COLS), column(_DOC_COLS)
        need = max(i for i in (src, tgt, uid, note, doc) if i is not None) + 1
        reader = csv.reader(fh, delimiter=delimiter, quoting=quoting, strict=True)
        # the first unit's line; the reader starts on the line after the header
        line = (1 if first_row else 2) + skip
        try:
            for row in itertools.chain(first_row, reader):
                # a sheet's row is one record, line breaks in its cells or not
                start, line = line, (line + 1 if excel else reader.line_num + 2 + skip)
                if not any(cell.strip() for cell in row):
                    continue
                if len(row) < need:
                    raise TifaError(f"{len(row)} field(s), expected at least {need} "
                                    f"({', '.join(header)})", path, start)
                rid = row[uid].strip() if uid is not None and row[uid].strip() else str(start)
                yield LintUnit(rid, f"{path}:{start}", row[src], row[tgt],
                               [row[note]] if note is not None else [],
                               row[doc] if doc is not None and row[doc] else str(path))
        except csv.Error as err:
            raise TifaError(f"malformed CSV: {_csv_problem(err)}", path, line) from None


# A cell of a TSV that opens with a quote, closes it and goes on ("Yes," he said.): the file
# does not quote its cells (a spreadsheet would have written """Yes,"" he said."), and
# reading its quotes as quoting dropped them, or joined the rows up to the next quote.
_RAW_QUOTE = re.compile(r'(?:^|\t)"[^"\t\n]*"[^"\t\n]', re.MULTILINE)


def _csv_problem(err: csv.Error) -> str:
    """The csv module's complaint in a translator's words."""
    message = str(err)
    if "field larger" in message:
        return f"a field longer than {MAX_FIELD:,} characters"
    if "unexpected end of data" in message or "newline inside string" in message:
        return 'a cell opens with a quote (") that is never closed'
    if "expected after" in message:
        return ('text after the closing quote of a quoted cell: inside a quoted cell write '
                'a quote as ""')
    return message


def _headerless(row: list[str]) -> tuple[int, int] | None:
    """(Chinese column, English column) when `row` is a unit, not a header: exactly one
    cell is Chinese and one is English prose, as a CAT tool's or a spreadsheet's two-column
    export without column names has them."""
    chinese = [i for i, cell in enumerate(row) if cell.strip() and mostly_chinese(cell)]
    english = [i for i, cell in enumerate(row) if len(re.findall(r"[A-Za-z]+", cell)) >= 2
               and not has_han(cell)]
    return (chinese[0], english[0]) if len(chinese) == 1 and len(english) == 1 else None


# ---------------------------------------------------------------- plain text


def check_paragraph_sizes(paras: list[tuple[int, list[tuple[int, str]]]],
                          path: str | os.PathLike) -> None:
    """Refuse a paragraph over MAX_UNIT_CHARS (a page or a book pasted as one line): every
    step after it, the aligner first, would be slow beyond use on it."""
    for first, lines in paras:
        size = sum(len(text) for _, text in lines)
        if size > MAX_UNIT_CHARS:
            raise TifaError(f"a paragraph of {size:,} characters (limit {MAX_UNIT_CHARS:,}): "
                            "split the text into paragraphs with blank lines", path, first)


def paragraphs(text: str, chinese: bool, split_blocks: bool | None = None
               ) -> list[tuple[int, list[tuple[int, str]]]]:
    """Paragraphs of a plain text: (first line, [(line number, line text), ...]).

    Blank lines separate paragraphs. A text without blank lines whose lines end sentences (a
    title, a date line, then one paragraph per line, as word processors save it) has one
    paragraph per line, decided as the aligner decides (`tm.align.one_per_line`); lines that
    run on are hard wraps of one paragraph. With `split_blocks` a blank-line block of such
    lines is one paragraph per line too (a pasted title block); by default in English only
    (`paired_paragraphs` decides it for an original and its translation together)."""
    from tifa.tm.align import one_per_line  # the aligner loads numpy and CC-CEDICT: only here

    blocks: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    for number, line in enumerate(text.split("\n"), 1):
        if line.strip():
            current.append((number, line.strip()))
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    if split_blocks is None:
        split_blocks = not chinese
    out: list[tuple[int, list[tuple[int, str]]]] = []
    for block in blocks:
        if len(block) > 1 and (len(blocks) == 1 or split_blocks) and \
                one_per_line([line for _, line in block], chinese):
            out.extend((number, [(number, line)]) for number, line in block)
        else:
            out.append((block[0][0], block))
    return out


def paired_paragraphs(zh_text: str, en_text: str) -> tuple[list, list]:
    """Paragraphs of an original and its translation, read alike: blank-line blocks of
    sentence-per-line lines are split into one paragraph per line on the side, or sides, where
    that brings the paragraph counts closest (an English title block against the Chinese
    title, subtitle and date as paragraphs of their own; but a text written one sentence per
    line on both sides keeps its blank-line paragraphs on both)."""
    options = [(paragraphs(zh_text, True, z), paragraphs(en_text, False, e))
               for z, e in ((False, True), (False, False), (True, True), (True, False))]
    zh, en = min(options, key=lambda pair: abs(len(pair[0]) - len(pair[1])))
    return _as_printed(zh, zh_text), en


def _as_printed(paras: list[tuple[int, list[tuple[int, str]]]], text: str
                ) -> list[tuple[int, list[tuple[int, str]]]]:
    """The paragraphs of a printed page, as the corpus reads it (`page_paragraphs`), where
    that joins what blank lines part: a page that prints a blank line after every wrap, a
    sentence a page jump cuts (…绿色金融、（下转第三版） … （上接第一版）流域治理). Lines of
    furniture and continuation markers are left out, and a line's piece is the page's text
    (marker off); paragraphs the page reads apart stay as the plain reading has them, but
    where a continuation marker opens one."""
    page = page_paragraphs("", text)
    if page is None:
        return paras
    where = {line: k for k, (_, lines) in enumerate(page) for line, _ in lines}
    piece = {line: text for _, lines in page for line, text in lines}
    out: list[tuple[int, list[tuple[int, str]]]] = []
    for _, lines in paras:
        for k, (line, raw) in enumerate((line, raw) for line, raw in lines if line in where):
            # a continuation marker opens a paragraph: a jump head printed over its （上接第1
            # 版） is no wrap of what follows (003)
            opens = page[where[line]][1][0][0] == line and raw.lstrip()[:1] in ("（", "(") \
                and not piece[line].startswith(raw.lstrip()[0])
            if out and (k and not opens or where[out[-1][1][-1][0]] == where[line]):
                out[-1][1].append((line, piece[line]))
            else:
                out.append((line, [(line, piece[line])]))
    return out


def join_lines(lines: list[tuple[int, str]], sep: str) -> tuple[str, list[tuple[int, int]]]:
    """The paragraph as one string and (offset, line number) marks to map offsets to lines."""
    parts, marks, pos = [], [], 0
    for number, line in lines:
        if parts and sep:
            parts.append(sep)
            pos += len(sep)
        marks.append((pos, number))
        parts.append(line)
        pos += len(line)
    return "".join(parts), marks


def line_at(marks: list[tuple[int, int]], offset: int) -> int:
    line = marks[0][1]
    for pos, number in marks:
        if pos > offset:
            break
        line = number
    return line


def sentences(lines: list[tuple[int, str]], chinese: bool) -> list[tuple[str, int]]:
    """(sentence, line number) of a paragraph's lines, hard wraps joined (without a space in
    Chinese): Chinese cut where OmegaT cuts, English by `split_english`."""
    from tifa.tm.base.english import split_english
    from tifa.tm.corpus.segment import split_spans

    text, marks = join_lines(lines, "" if chinese else " ")
    if chinese:
        return [(text[a:b], line_at(marks, a)) for a, b in split_spans(text)
                if text[a:b].strip()]
    out, pos = [], 0
    for sentence in split_english(text):
        at = text.find(sentence, pos)
        at = pos if at < 0 else at
        out.append((sentence, line_at(marks, at)))
        pos = at + len(sentence)
    return out


def interleaved(text: str) -> tuple[str, str] | None:
    """The Chinese and the English of one bilingual text, as bilingual editions and
    translators' 对照 files print them (each Chinese paragraph or line followed by its English,
    or the whole Chinese before the whole English): (Chinese, English), each the text with the
    other language's lines blanked, so that line numbers stay the file's. None for a text of
    one language, or one whose other language is a few stray lines (an English title, a URL):
    the lines of the lesser language must be at least half as many as the other's. A line of
    neither script (a date, a rule) goes with the line before it."""
    lines = text.split("\n")
    sides: list[bool | None] = []  # True Chinese, False English, None blank
    last = True
    for line in lines:
        if not line.strip():
            sides.append(None)
            continue
        if _LETTER_OR_HAN.search(line):
            last = han_share(line) >= 0.2
        sides.append(last)
    zh, en = sides.count(True), sides.count(False)
    if not zh or not en or min(zh, en) * 2 < max(zh, en):
        return None
    return ("\n".join(t if s else "" for t, s in zip(lines, sides, strict=True)),
            "\n".join(t if s is False else "" for t, s in zip(lines, sides, strict=True)))


_LETTER_OR_HAN = re.compile(r"[A-Za-z\u4e00-\u9fff]")


_MD_HEADING = re.compile(r"\s*#{1,6}\s+[^\s#].{0,38}")
# a title's kicker, a word of alarm before the headline proper: 警惕！, 注意！, 速看！
_KICKER = re.compile(r"\s*[\u4e00-\u9fff]{1,4}[！!]\s*")
QUESTION_WORDS = 8  # the longest question an FAQ puts over its answer


def _question_label(ei: list[int], en: list[tuple[str, int, int]]) -> bool:
    """Is the English left without Chinese one short question opening a paragraph whose other
    sentences answer it, as an FAQ page heads each answer ("Are there rules for walks?" over
    what 四、重点管理区内禁止… says; genres15)? A question alone in its paragraph, or inside
    one, is still an addition."""
    if len(ei) != 1:
        return False
    j = ei[0]
    text, _, para = en[j]
    return text.rstrip().endswith("?") and len(text.split()) <= QUESTION_WORDS and \
        (j == 0 or en[j - 1][2] != para) and j + 1 < len(en) and en[j + 1][2] == para



def _plain(zh_path: Path, en_path: Path, glossary: Glossary | None = None,
           texts: tuple[str, str] | None = None) -> Iterator[LintUnit]:
    """Chinese original + English draft (or `texts`, the two sides of one bilingual file,
    `interleaved`): blank-line paragraphs and their sentences, aligned by
    `tm.align.align` paragraphs first (a paragraph left out or added is a paragraph bead of its
    own and cannot pull its neighbours out of line), then sentences inside aligned paragraphs.

    What the aligner leaves unpaired is a finding of its own, not noise in a neighbour: a run
    of Chinese sentences without English (within one paragraph) becomes one unit marked
    "omission", English without Chinese one marked "addition", and a run of beads below the
    aligner's `DOUBT_THRESHOLD` one unit marked "doubtful" (term and number checks skip all
    three).
    """
    from tifa.tm.align import align
    from tifa.tm.align_core import filler, formula, page_furniture

    zh_text, en_text = texts or (read_text(zh_path), read_text(en_path))
    zh_paras, en_paras = paired_paragraphs(zh_text, en_text)
    for path, paras in ((zh_path, zh_paras), (en_path, en_paras)):
        check_paragraph_sizes(paras, path)
    if not en_paras and zh_paras:
        raise TifaError("the English draft is empty", en_path)
    doc = str(zh_path)
    # (sentence, line, paragraph's first line) on each side, and each sentence's paragraph
    zh = [(s, ln, first) for first, lines in zh_paras for s, ln in sentences(lines, chinese=True)]
    en = [(s, ln, first) for first, lines in en_paras for s, ln in sentences(lines, chinese=False)]
    beads = align([s for s, _, _ in zh], [s for s, _, _ in en], glossary=glossary,
                  zh_paras=[p for _, _, p in zh], en_paras=[p for _, _, p in en])
    ratio = _ratio(beads, zh, en)
    matcher = _matcher(glossary)
    beads = _fold_splits(beads, zh, en, ratio, matcher)
    beads = _join_crossed(beads, zh, en, matcher, ratio)
    paired = _paired_lengths(beads, zh, en)
    runs = _headings_labelled(
        _headlines_paired(_left_in_chinese(_runs(beads, zh, en, _bare_heads(en_paras)), zh, en),
                          zh, en), zh, en)
    ordinals = _uses_ordinals(runs, zh, en)
    for kind, zi, ei in runs:
        zs = [zh[i] for i in zi]
        es = [en[j] for j in ei]
        if kind in ("omission", "addition") and all(formula(s) or page_furniture(s) or filler(s)
                                                    for s, _, _ in zs or es):
            continue  # a closing formula (特此公告。, "Yours sincerely,") one hand leaves out,
            # page furniture (（掌声）, 【责任编辑：刘佳】, "###") a translation seldom carries,
            # a speaker's filler (嗯, "Um.") a subtitler leaves out
        if kind == "addition" and all(_MD_HEADING.fullmatch(s) for s, _, _ in es):
            continue  # a section heading a chatbot adds ("## Contact"): form, not content
        if kind == "addition" and _headline_over_lead(ei, en):
            continue  # a paper's headline over the lead that translates the Chinese title
        if kind == "omission" and zi == [0] and _KICKER.fullmatch(zs[0][0]) and \
                len(zh) > 1 and zh[1][2] == zs[0][2]:
            continue  # a title's kicker (警惕！“退款理赔”类诈骗高发) the English headline drops
        if kind == "omission" and zi == [0] and len(zh) > 1 and len(zs[0][0].strip()) >= 6 \
                and zs[0][0].strip() in zh[1][0]:
            continue  # a headline the first sentence repeats word for word (外交部发言人毛宁主持
            # 例行记者会 over 2026年11月5日，外交部发言人毛宁主持例行记者会。): said once, as
            # "… Mao Ning's Regular Press Conference on November 5, 2026"
        if kind == "addition" and _question_label(ei, en):
            continue  # an FAQ's question over the answer ("What if I miss the deadline?")
        zline = zs[0][1] if zs else _gap_line(beads, ei[0], "en", zh)
        eline = es[0][1] if es else _gap_line(beads, zi[0], "zh", en)
        uid = f"{zs[0][1] if zs else '-'}/{es[0][1] if es else '-'}"
        para = str(zs[0][2]) if zs else (str(zline) if zline else "")
        source, target = "".join(s for s, _, _ in zs), " ".join(s for s, _, _ in es)
        lost = None
        # (a doubtful unit too: a list heading whose English was left out, merged into the next
        # sentence's unit, makes that unit doubtful; the missing ordinal still says what is lost)
        # (Chinese left as the English is reported as `untranslated`, not as a short English)
        if kind in ("", "doubtful") and zs and es and not mostly_chinese(target):
            misfit = _deviation(_zh_chars(source), len(target),
                                _ratio_without(paired, _zh_chars(source), len(target), ratio))
            if misfit < -SHORT or len(zs) > 1:
                lost = untranslated_end(source, target, glossary, misfit < -SHORT)
            if lost is None and ordinals and len(zs) > 1:
                lost = _lost_item(zs, target)
            if lost is None and len(zs) > 1:
                lost = _lost_heading(zs, es)
            if lost is None and len(zs) > 1:
                lost = _lost_paragraph(zs, es, target, glossary)
            if lost is None and misfit < -CLAUSE_SHORT:
                lost = _lost_clause(source, target, glossary)
            if lost is None and misfit < -HALF and _zh_chars(source) >= 30 and \
                    _bare_misfit(source, target, paired, ratio) < (
                        -HEADLINE_SHORT if _headline(zi, source, target) else -HALF) and \
                    _spelled_misfit(source, target, paired, ratio) < -HALF and \
                    not _figures_tabled(source, target):
                lost = (0, len(source))  # less than half the usual English: something is gone
            if lost is not None and lost != (0, len(source)) and \
                    _figure_rendered(source, lost, target):
                lost = None
            if lost is not None and lost[0] == 0 and _labelled(zs[0][0], target) and \
                    lost[1] <= len(zs[0][0]):
                lost = None  # 二、发放标准。 said by the English paragraph's label, "How much:"
        yield LintUnit(
            uid, f"{zh_path}:{zline}" if zline else f"{en_path}:{eline}", source, target, [],
            doc, f"{en_path}:{eline}" if eline else None, para, kind, lost)


TABLED = 4  # figures a sentence must hold, every one given, to be read as a table or a list


def _figures_tabled(source: str, target: str) -> bool:
    """Whether `source` is a sentence of figures (`TABLED` or more, none soft) that `target`
    gives every one of, as a list or a table gives them: 分为2年期、3年期……，中标利率分别为
    1.65%、1.70%…… as "five tenors: 2y: 1.65% 3y: 1.70% …" is short English, not a sentence
    half lost. (A figure left out still leaves the unit to the length test.)"""
    figures = [q for q in extract_zh(source) if not is_soft(q)]
    return len(figures) >= TABLED and not match_quantities(figures, extract_en(target))[0]


def _figure_rendered(source: str, part: tuple[int, int], target: str) -> bool:
    """Whether the English gives a measured figure that only the part of `source` thought
    lost holds: 单位面积产量5522.6公斤/公顷（368.2公斤/亩）， "yields … 5.52 t/ha" is there,
    in words the dictionary does not link. (A bare count or a year may be any clause's.)"""
    a, b = part
    found = extract_zh(source)
    inside = [q for q in found if a <= q.span[0] < b and q.unit and q.kind in ("number", "money")
              and all(o.value != q.value for o in found if not a <= o.span[0] < b)]
    return bool(inside) and len(match_quantities(inside, extract_en(target))[0]) < len(inside)


FOLD = 0.35  # |log(ratio / document ratio)| a bead may reach by taking an unpaired neighbour
SHORT = 0.43  # log(ratio / document ratio) below -SHORT: English short enough (≤ 0.65×) to
#              look for a part of the Chinese left out
HALF = 0.8  # log(ratio / document ratio) below -HALF (English ≤ 0.45× the usual) for 30 or more
#            Chinese characters is short enough on its own (correct work: -0.42 at the lowest)
HEADLINE_SHORT = 1.6  # the same for a headline (≤ 0.2× the usual): news English makes a
#                      headline of the Chinese one's news ("China's PM2.5 density down 3.2 pct
#                      in first 10 months": -0.94), not of all it says ("HKMAO on election": -2.15)
_CLAUSE_END = re.compile(r"[，；：。！？]")


# A Chinese official named after a domestic title, as news reports name them: 组织部部长王朝杰出席,
# 副市长王照生出席. Foreign leaders' titles (总统, 总理, 主席, 首相, 大使) are left out, so are
# Hong Kong's and Macao's (司长, 局长: 陈国基 is Chan Kwok-ki, not Chen), bylines (记者: often
# dropped in translation) and names with the characters of transliterations (雷蒙多, 马克龙).
_TITLE = "(?:部长|(?<!总)书记|市长|省长|县长|区长|镇长|主任|常委|厅长|处长)"
_TRANSLITERATION = set("斯尔克特姆夫娃莎蒙森顿伦洛诺卡塔巴泽兹耶奥普纳多拉里")
_OFFICIAL = re.compile(_TITLE + f"(?P<name>[{SURNAMES}][\u4e00-\u9fff]{{1,2}})")


def _absent_official(sentence: str, target: str) -> bool:
    """Does `sentence` name a Chinese official (a title, then a name) that `target` never
    spells — neither the surname nor the whole name in pinyin? A translation always keeps the
    name of the official who attended; its absence says the sentence was not translated."""
    from tifa.tm.base import dictionary

    m = _OFFICIAL.search(sentence)
    if m is None or _TRANSLITERATION.intersection(m.group("name")):
        return False
    readings = dictionary.readings()
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", target)}
    name = m.group("name")  # the surname and the two characters after it (王清华 of 王清华观看)
    surname = readings.get(name[0], frozenset())
    return not (surname & words) and not any(  # a given name of one or two characters
        "".join(parts) in words for given in (name[1:2], name[1:])
        for parts in _spellings(given, readings))


def _spellings(chars: str, readings) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = [()]
    for ch in chars:
        out = [s + (r,) for s in out for r in readings.get(ch, ())][:16]
    return out


def untranslated_end(source: str, target: str, glossary: Glossary | None = None,
                     short: bool = False) -> tuple[int, int] | None:
    """(start, end) of the clauses at the start or the end of `source` that nothing in `target`
    translates, by the aligner's dictionary links, while the rest of the unit is well linked:
    a whole sentence of at least 3 words or names without a single link (a heading such as
    二是拓展经贸关系。 left out) or an exclamation without one (the address 各位同事！), or,
    when the English is `short` for the Chinese, clauses of at least 8 with (almost) none
    (half of a sentence split in two, dropped). Free renderings leave single clauses unlinked
    often; a run of them at one end, in English this short, is a half dropped."""
    from tifa.tm.align_core import sentence_sides, tokenize

    dated = dateline_dropped(source, target) > 0
    bounds = _clauses(source, dated)
    if len(bounds) < 2:
        return None
    zs, es = sentence_sides(tokenize([source[a:b] for a, b in bounds], [target], glossary))
    keys = es.index[0].keys()
    counts = []  # (items, linked items) per clause
    linked_keys = []
    for index, items in zip(zs.index, zs.items, strict=True):
        mask = 0
        shared = index.keys() & keys
        for key in shared:
            mask |= index[key]
        counts.append((items, mask.bit_count()))
        linked_keys.append(shared)
    # a clause with a link no other clause of the unit has is rendered, however few its links:
    # 此次地震后发生更大地震的可能性不大 "a stronger quake is unlikely to follow" (only "quake")
    clauses_of = Counter(key for shared in linked_keys for key in shared)
    own = [any(clauses_of[key] == 1 for key in shared) for shared in linked_keys]
    ends = [source[b - 1] in "。！？" for _, b in bounds]  # clause ends a sentence
    if dated:  # a dateline the English leaves out, as many houses do, is no clause lost:
        ends[0], counts[0] = True, (0, 0)  # the sentence after it starts whole
    total, linked = sum(n for n, _ in counts), sum(k for _, k in counts)
    best = None
    for order in (range(len(counts)), range(len(counts) - 1, -1, -1)):
        items = links = 0
        for taken, c in enumerate(order, 1):
            n, k = counts[c]
            if dated and c == 0 and not n:
                continue  # (the dateline left out: passed over)
            if k > 0.1 * n or own[c] or taken == len(counts):
                break
            items, links = items + n, links + k
            first, last = sorted((order[0], c))
            whole = ends[last] and (first == 0 or ends[first - 1])
            rest, rest_links = total - items, linked - links
            if rest_links < 0.3 * rest:
                continue
            called = source[bounds[last][1] - 1] == "！"  # 各位同事！ 朋友们！
            if called and first == 0 and EN_CALL.match(target):
                continue  # "Fellow Deputies, let us …": the address is there, unlinked
            if ((short and items >= 8) or (whole and not links and (items >= 3 or called))) \
                    and (best is None or items > best[0]):
                best = (items, (bounds[first][0], bounds[last][1]))
    if best is None:
        best = _lost_official(source, target, bounds, ends)
    return best[1] if best else None





def _clauses(source: str, dated: bool = False) -> list[tuple[int, int]]:
    """(start, end) of each clause of `source`, cut after ，；：。！？; with `dated`, a dateline
    opening it (新华社南宁7月3日电（记者…）) is a clause of its own."""
    start = dateline_end(source) if dated else 0
    bounds = [(0, start)] if start else []
    for m in _CLAUSE_END.finditer(source, start):
        bounds.append((start, m.end()))
        start = m.end()
    if start < len(source):
        bounds.append((start, len(source)))
    return bounds


def _lost_official(source, target, bounds, ends) -> tuple[int, tuple] | None:
    """The first or last sentence of a unit of several that names an official the English
    never spells (市委常委、组织部部长王朝杰出席会议。 with no "Wang"): its translation was left
    out and the aligner merged it into its neighbour's unit, whose words ("organization
    department", "meeting") it shares."""
    starts = [0] + [c + 1 for c, end in enumerate(ends[:-1]) if end]
    sentences = [(a, b) for a, b in zip(starts, starts[1:] + [len(bounds)], strict=True)
                 if b > a]
    if len(sentences) < 2:
        return None
    for first, last in (sentences[0], sentences[-1]):
        span = (bounds[first][0], bounds[last - 1][1])
        if _absent_official(source[span[0]:span[1]], target):
            return (0, span)
    return None


def _uses_ordinals(runs, zh, en) -> bool:
    """Whether this translator renders the document's enumeration items (一是, 二是…) with
    English ordinals: most items, and at least two, have theirs in their unit. Only then is
    an item with no ordinal, merged into its neighbour's English, evidence of a lost heading;
    a translator who writes "We should also…" for 二是 is never told so."""
    rendered = missed = 0
    for kind, zi, ei in runs:
        if kind or not zi or not ei:
            continue
        target = " ".join(en[j][0] for j in ei)
        for i in zi:
            number = list_item(zh[i][0])
            if number is not None:
                if has_ordinal(target, number):
                    rendered += 1
                else:
                    missed += 1
    return rendered >= 2 and rendered > 2 * missed


def _lost_item(zs, target: str) -> tuple[int, int] | None:
    """The span of an enumeration item (一是坚持守望相助。) among several Chinese sentences
    paired with English that has no ordinal for it: the item's own English was left out and
    the aligner gave the item to its neighbour's translation."""
    start = 0
    for sentence, _, _ in zs:
        number = list_item(sentence)
        if number is not None and not has_ordinal(target, number):
            return start, start + len(sentence)
        start += len(sentence)
    return None


def _headings(lines) -> list[int]:
    """Which of a unit's (sentence, line, paragraph) are headings: a paragraph of their own,
    short, not ending as running text does (a title, a section heading)."""
    out = []
    for k, (text, line, first) in enumerate(lines):
        alone = line == first and (k + 1 == len(lines) or lines[k + 1][2] != first)
        if alone and len(text.strip()) <= 60 and ends_as_heading(text):
            out.append(k)
    return out


_SPEAKER_CHARS = 6  # a speaker's name or role on a line of its own: 记者, 周敏, 主持人
_INLINE_LABEL = re.compile(r"\s*[A-Z][\w.'’ -]{0,30}:\s")


def _lost_heading(zs, es) -> tuple[int, int] | None:
    """The span of a Chinese heading merged into the body paragraph beside it, in a unit whose
    English has no heading: the title's translation was left out, and its words, which the
    lead paragraph repeats, tied it to the lead's English."""
    zh_heads = _headings(zs)
    if not zh_heads or len(zh_heads) == len(zs) or _headings(es):
        return None  # a title and subtitle made one English title line is no loss
    if zh_heads[0] == 0 and len(zs[0][0].strip()) <= _SPEAKER_CHARS and \
            _INLINE_LABEL.match(es[0][0]):
        return None  # a speaker's line (记者, 周敏) said as the English turn's label ("Q:")
    for k in (zh_heads[0], zh_heads[-1]):
        if k in (0, len(zs) - 1):
            if _figures_rendered(zs[k][0], [text for j, (text, _, _) in enumerate(zs) if j != k],
                                 " ".join(text for text, _, _ in es)):
                return None
            start = sum(len(text) for text, _, _ in zs[:k])
            return start, start + len(zs[k][0])
    return None


def _figures_rendered(heading: str, rest: list[str], target: str) -> bool:
    """Whether a heading has a figure the rest of its unit's source does not repeat, and the
    English gives every figure of the heading: a document number run into the lead
    (临自然资告字〔2026〕38号 as "(notice 2026/38)"), not a title whose figures the lead says
    again."""
    figures = [q for q in extract_zh(heading) if not is_soft(q)]
    if not figures:
        return False
    again = [q for text in rest for q in extract_zh(text)]
    if not match_quantities(figures, again)[0]:
        return False
    lost = {id(q) for q in match_quantities(figures + again, extract_en(target))[0]}
    return not any(id(q) in lost for q in figures)


DISTINCT_ITEMS = 4  # words or names of its own a paragraph needs to be judged on them
DISTINCT_LINKED = 0.15  # … of which at most this share linked: the paragraph is not there
DISTINCT_KEPT = 0.3  # … while at least this share of the rest's own words is linked


def _lost_paragraph(zs, es, target: str, glossary: Glossary | None) -> tuple[int, int] | None:
    """The span of a whole Chinese paragraph at either end of a unit that holds more Chinese
    paragraphs than English ones, when hardly any of the words it does not share with the
    rest of the unit is linked to the English while the rest's own words are: a short
    paragraph left out whose names (路红卫, 中站区) recur next door is glued to the
    neighbour's English by those names, and only its own words (大沙河, 水毁工程, 备汛) tell
    that it is not there. Without that contrast nothing is said (the paragraph blamed might
    be the translated one)."""
    from tifa.tm.align_core import sentence_sides, tokenize

    zparas = sorted({p for _, _, p in zs})
    if len(zparas) < 2 or len(zparas) <= len({p for _, _, p in es}):
        return None
    offsets = [0]
    for text, _, _ in zs:
        offsets.append(offsets[-1] + len(text))
    source = "".join(text for text, _, _ in zs)
    for para in (zparas[0], zparas[-1]):
        inside = [k for k, (_, _, p) in enumerate(zs) if p == para]
        a, b = offsets[inside[0]], offsets[inside[-1] + 1]
        side, en_side = sentence_sides(tokenize([source[a:b], source[:a] + source[b:]],
                                                [target], glossary))
        keys = en_side.index[0].keys()
        (own_n, own_k), (rest_n, rest_k) = (_distinct_links(side.index[x], side.index[1 - x],
                                                            keys) for x in (0, 1))
        if own_n >= DISTINCT_ITEMS and own_k <= DISTINCT_LINKED * own_n and \
                rest_n and rest_k >= DISTINCT_KEPT * rest_n:
            return a, b
    return None


CLAUSE_SHORT = 0.2  # log(ratio / document ratio) below -CLAUSE_SHORT (English ≤ 0.82× the
#                    usual): short enough to look for a clause left out inside a sentence
CLAUSE_OWN = 8  # words or names of its own a clause needs to be judged on them
# A clause with a word of its own linked and two it shares with the rest linked as well is
# there, said freely: a wire's "the address showed the resolve of Lee and his government to
# pursue reform" for 施政报告体现了行政长官和特区政府锐意改革…的担当 (reform its own; government
# and show shared with 中央人民政府…表示). A clause left out rarely has both.


def _lost_clause(source: str, target: str, glossary: Glossary | None) -> tuple[int, int] | None:
    """The span of a clause of a unit whose English is short, when none of the clause's own
    words — those the rest of the unit does not repeat — is linked to the English while a
    good share of the rest's own words are: a clause dropped from the middle of a sentence
    (…，扩大执法安全交流，… with no "law enforcement"). Its shared words (交流 beside 人文交流)
    still find English, so only its own words can tell. Correct free translations leave a
    clause unlinked too (串起文明交融璀璨星河), but not in English this short: both together
    were never met on correct work (docs/lint.md). Two running clauses as one span caught
    slogan series rendered freely, so a clause is judged alone."""
    from tifa.tm.align_core import sentence_sides, tokenize

    head = dateline_dropped(source, target)  # no clause lost (`untranslated_end`)
    bounds = _clauses(source, head > 0)
    left = _han(target)  # Chinese left in the English: `untranslated` reports it
    best = None
    for a, b in bounds if len(bounds) > 1 else ():
        if left and _copied(_han(source[a:b]), left) or b == head:
            continue
        side, en_side = sentence_sides(tokenize([source[a:b], source[:a] + source[b:]],
                                                [target], glossary))
        keys = en_side.index[0].keys()
        (own_n, own_k), (rest_n, rest_k) = (_distinct_links(side.index[x], side.index[1 - x],
                                                            keys) for x in (0, 1))
        # (a clause of fewer than twice CLAUSE_OWN own words with one of them linked is read
        # as rendered: 此次地震后发生更大地震的可能性不大 "a stronger quake is unlikely")
        if own_n >= CLAUSE_OWN and own_k <= 0.1 * own_n and rest_n and \
                not (own_k and own_n < 2 * CLAUSE_OWN) and \
                rest_k >= DISTINCT_KEPT * rest_n and (best is None or own_n > best[0]) and \
                not (own_k and len(side.index[0].keys() & side.index[1].keys() & keys) >= 2):
            best = (own_n, (a, b))
    return best[1] if best else None


def _distinct_links(index: dict, other: dict, keys) -> tuple[int, int]:
    """(items, linked items) among a text's words that the other text does not have."""
    mask = linked = 0
    for key, bits in index.items():
        if key not in other:
            mask |= bits
            if key in keys:
                linked |= bits
    return mask.bit_count(), linked.bit_count()


def _ratio(beads, zh, en) -> float:
    """log(English characters per Chinese character) over the paired beads of the document
    (what was left out or added must not skew it, and one paragraph is too short to tell)."""
    zlen, elen = _paired_lengths(beads, zh, en)
    return math.log((elen or 1) / (zlen or 1))


def _paired_lengths(beads, zh, en) -> tuple[int, int]:
    """Chinese and English characters of the document's paired beads."""
    return (sum(_zh_chars(zh[i][0]) for b in beads if b.zh and b.en for i in b.zh),
            sum(len(en[j][0]) for b in beads if b.zh and b.en for j in b.en))


RATIO_BASE = 100  # Chinese characters the rest of a document needs to give a ratio of its own


def _ratio_without(paired: tuple[int, int], zh_chars: int, en_chars: int, ratio: float
                   ) -> float:
    """The document's ratio without the unit measured against it: in a short news item of
    three paragraphs, a paragraph glued to its neighbour's English is a third of the whole and
    pulls the ratio it is judged by towards itself (a paragraph of a list of schools left out
    went unreported). Falls back to the whole document's when the rest is too short."""
    rest_zh, rest_en = paired[0] - zh_chars, paired[1] - en_chars
    if rest_zh < RATIO_BASE or rest_en <= 0:
        return ratio
    return math.log(rest_en / rest_zh)


def _matcher(glossary: Glossary | None) -> TermMatcher | None:
    """The glossary's term matcher for lint's own rules on the aligner's beads (None without
    entries)."""
    from tifa.glossary.matcher import term_matcher

    entries = list(glossary) if glossary is not None else []
    return term_matcher(entries) if entries else None


def _join_crossed(beads, zh, en, matcher: TermMatcher | None, ratio: float) -> list:
    """Two paired neighbours in one paragraph become one unit when a glossary term crossed
    the sentence boundary between them: its Chinese is in one bead, its only accepted English
    in the other, whose Chinese does not have it. A translator who writes “…。”习近平主席道出…
    as "…" With these words, President Xi… in the next English sentence moved a clause, not
    dropped a term; the aligner's 2-2 bead, which its prior keeps rare, is what the terms show.
    Each of the two must fit the document's length ratio (`FOLD`), as a short moved clause
    leaves them: a paragraph whose English was left out, its neighbour's English spread over
    both, is far off on one side and stays apart (its missing term is the sign of it)."""
    if matcher is None or not beads:
        return beads
    from tifa.tm.align import Bead

    def text(bead, side: str) -> str:
        lines = zh if side == "zh" else en
        return ("" if side == "zh" else " ").join(lines[i][0] for i in getattr(bead, side))

    found: dict[tuple[int, ...], list] = {}  # a bead's Chinese terms, found once

    def terms(bead) -> list:
        key = tuple(bead.zh)
        if key not in found:
            found[key] = matcher.find_zh(text(bead, "zh"))
        return found[key]

    def figures_crossed(a, b) -> bool:
        """A figure of `a`'s Chinese that `a`'s English lacks and `b`'s English gives, where
        `b`'s Chinese does not: a wire that puts 其中，出口…增长6.2% first and the total
        after it moved a figure across the boundary."""
        lost = pair_quantities(extract_zh(text(a, "zh")), extract_en(text(a, "en")))[1]
        moved = pair_quantities(lost, extract_en(text(b, "en")))[0] if lost else []
        return bool(moved) and not pair_quantities(
            [z for z, _ in moved], extract_zh(text(b, "zh")))[0]

    def figures_carried(a, b) -> bool:
        """Every figure of `a`'s Chinese, two or more, lacking in `a`'s English and given in
        `b`'s, whose Chinese has none of them: the clause that holds them moved whole (免费时段为
        2月5日0时至2月13日24时，共9天 said in the sentence before, "… travel free from 00:00 on
        February 5 to 24:00 on February 13, 2027, nine days in all", genres16)."""
        figures = extract_zh(text(a, "zh"))
        if len(figures) < 2 or pair_quantities(figures, extract_en(text(a, "en")))[0]:
            return False
        moved = pair_quantities(figures, extract_en(text(b, "en")))[0]
        return len(moved) == len(figures) and not pair_quantities(
            figures, extract_zh(text(b, "zh")))[0]

    def crossed(a, b) -> bool:
        """A term of `a`'s Chinese rendered only in `b`'s English, `b`'s Chinese without it."""
        a_en, b_en = text(a, "en"), text(b, "en")
        b_terms = {hit.entry.id for hit in terms(b)}
        for hit in terms(a):
            if hit.entry.id in b_terms or matcher.en_status(a_en, hit.entry) != "missing":
                continue
            if matcher.en_status(b_en, hit.entry) in ("official", "variant"):
                return True
        return False

    out: list = []
    for bead in beads:
        if out and bead.zh and bead.en and out[-1].zh and out[-1].en and \
                zh[out[-1].zh[-1]][2] == zh[bead.zh[0]][2] and (
                    en[out[-1].en[-1]][2] == en[bead.en[0]][2] and
                    all(_misfit(b.zh, b.en, zh, en, ratio) < FOLD for b in (out[-1], bead)) and
                    (crossed(out[-1], bead) or crossed(bead, out[-1]))
                    # (figures moved both ways: the two English sentences may be paragraphs)
                    or figures_crossed(out[-1], bead) and figures_crossed(bead, out[-1])
                    or en[out[-1].en[-1]][2] == en[bead.en[0]][2] and (
                        figures_carried(out[-1], bead) or figures_carried(bead, out[-1]))):
            last = out.pop()
            bead = Bead(last.zh + bead.zh, last.en + bead.en,
                        min(last.confidence, bead.confidence))
        out.append(bead)
    return out


def _misfit(zi: list[int], ei: list[int], zh, en, ratio: float) -> float:
    """How far sentences `zi` and `ei` together are from the document's length ratio."""
    return abs(_deviation(sum(_zh_chars(zh[i][0]) for i in zi),
                          sum(len(en[j][0]) for j in ei), ratio))


def _fold_splits(beads, zh, en, ratio: float, matcher: TermMatcher | None = None) -> list:
    """Give an unpaired sentence to a paired neighbour in the same paragraph when the pair's
    length ratio stays usual with it: a translator who makes two English sentences of one
    Chinese sentence (or the reverse) has not added or left out anything. A translator's note
    or a dropped sentence makes the neighbour's ratio implausible, and stays unpaired."""
    from tifa.tm.align import Bead

    def misfit(zi, ei) -> float:
        return _misfit(zi, ei, zh, en, ratio)

    def fold_misfit(zi, ei, lone: list[int]) -> float:
        """The misfit of a neighbour with the lone sentence folded in, less the frames a
        translator puts before the sayings the Chinese quotes ("As a Chinese proverb goes,
        …"), when the lone sentence opens with one: a proverb of ten characters rendered as
        a sentence is no addition."""
        if len(lone) != 1 or not _SAYING_FRAME.match(en[lone[0]][0]):
            return misfit(zi, ei)
        frames = sum(m.end() for j in ei if (m := _SAYING_FRAME.match(en[j][0])))
        return abs(_deviation(sum(_zh_chars(zh[i][0]) for i in zi),
                              sum(len(en[j][0]) for j in ei) - frames, ratio))

    out = []
    reshaped: dict[int, object] = {}  # (by id, kept alive) the beads lint's length rule placed
    for b in beads:  # first undo merges that swallow a sentence without its translation
        parts = _split_lost(Bead(list(b.zh), list(b.en), b.confidence), misfit, zh, en,
                            matcher)
        if len(parts) > 1:
            reshaped.update((id(p), p) for p in parts if p.zh and p.en)
        out.extend(parts)
    i = 0
    while i < len(out):
        bead = out[i]
        if bead.zh and bead.en:
            i += 1
            continue
        side, lines = ("zh", zh) if bead.zh else ("en", en)
        para = lines[getattr(bead, side)[0]][2]
        best = None
        for k in (i - 1, i + 1):
            if 0 <= k < len(out) and out[k].zh and out[k].en and \
                    lines[getattr(out[k], side)[0]][2] == para:
                fit = 0.0 if k > i and _item_run_on(bead.zh, out[k].zh, out[k].en, zh, en) \
                    else fold_misfit(out[k].zh + bead.zh, out[k].en + bead.en, bead.en)
                if fit < FOLD and (best is None or fit < best[0]):
                    best = (fit, k)
        if best is None:
            i += 1
            continue
        k = best[1]
        out[k] = Bead(sorted(out[k].zh + bead.zh), sorted(out[k].en + bead.en),
                      _vouched(out[k].confidence))
        reshaped[id(out[k])] = out[k]
        del out[i]
        i = max(i - 1, 0)
    # A 1-1 bead the aligner doubted only for the sentences lint placed next to it: its own
    # lengths fit, and the neighbour's boundary is now placed
    # (decided on the beads as placed, so that no doubt is lifted down a chain of neighbours)
    sure = [i for i, bead in enumerate(out)
            if len(bead.zh) == len(bead.en) == 1 and misfit(bead.zh, bead.en) < FOLD and any(
                0 <= k < len(out) and id(out[k]) in reshaped and out[k].zh
                and zh[out[k].zh[0]][2] == zh[bead.zh[0]][2] for k in (i - 1, i + 1))]
    for i in sure:
        out[i] = Bead(out[i].zh, out[i].en, _vouched(out[i].confidence))
    return out


UNFOLD = 0.2  # how much better a merged bead must fit without a sentence to drop it
# The frame an English translation puts before a saying: "As a Chinese proverb goes, ", "As
# the saying goes, ", "As an ancient Chinese saying puts it, ", "A Kazakh proverb says: "
_SAYING_FRAME = re.compile(
    r"(?:(?:Just )?[Aa]s (?:an? |the |one )?|(?:An?|The) )(?:[\w'-]+ ){0,3}"
    r"(?:saying|proverb|adage|maxim|motto|idiom|poem|poet|verse|line|thinker|sage)s? "
    r"(?:goes|says|has it|puts it|reminds us|tells us|teaches us|observed|said)[,:] ")


def _split_lost(bead, misfit, zh, en, matcher: TermMatcher | None = None) -> list:
    """A 2-1 (or n-m) bead whose lengths fit badly, but fit well without its first or last
    sentence on the longer side: that sentence has no translation (an omission or an
    addition), and the aligner merged it only because it had nowhere else to go. Unless it
    holds the only rendering of a glossary term of the other side (a saying quoted before
    人文交流是…桥梁, rendered at length, and "People-to-people exchanges serve as a bridge…"
    after it: the lengths misfit by the saying, the term says the sentence is translation)."""
    from tifa.tm.align import Bead

    if not (bead.zh and bead.en) or len(bead.zh) + len(bead.en) < 3:
        return [bead]
    whole = misfit(bead.zh, bead.en)
    for side in ("zh", "en"):
        own = getattr(bead, side)
        lines = zh if side == "zh" else en
        if len(own) < 2:
            continue
        for lost, rest in ((own[:1], own[1:]), (own[-1:], own[:-1])):
            if lines[lost[0]][2] != lines[rest[0]][2]:
                continue  # a whole paragraph would have been its own run already
            kept = (rest, bead.en) if side == "zh" else (bead.zh, rest)
            if misfit(*kept) < FOLD and misfit(*kept) + UNFOLD < whole and \
                    not (side == "en" and (_carries_term(matcher, lost, rest, bead.zh, zh, en)
                                           or _carries_item(lost, rest, bead.zh, zh, en)
                                           or _carries_words(lost, rest, bead.zh, zh, en))) \
                    and not (side == "zh" and _carries_figures(lost, rest, bead.en, zh, en)):
                alone = Bead(lost, [], 0.0) if side == "zh" else Bead([], lost, 0.0)
                pair = Bead(kept[0], kept[1], _vouched(bead.confidence))
                return [alone, pair] if lost[0] < rest[0] else [pair, alone]
    return [bead]


def _carries_figures(lost: list[int], rest: list[int], target: list[int], zh, en) -> bool:
    """Whether Chinese sentence `lost` has figures of its own (not in the bead's other Chinese
    sentences), at least two, and half of them or more are in the bead's English: a crop
    report's "Area slipped 0.1% to 26.61 Mha (-32 kha), while yields improved 0.5% to 5.63
    t/ha" says two sentences of figures in one, short in English for its units, not for a
    sentence left out (its 26613千公顷 and 32千公顷 were then three figures "without
    counterpart"). Only two sentences said as one (a 2-1 bead): in a longer bead the English
    may give a lead's figures and leave its dateline and source out, which lint reports."""
    if len(rest) != 1 or len(target) != 1:
        return False
    own = [q for q in extract_zh("".join(zh[i][0] for i in lost)) if not is_soft(q)]
    _, own, _ = pair_quantities(own, [q for q in extract_zh("".join(zh[i][0] for i in rest))])
    if len(own) < 2:
        return False
    pairs, _, _ = pair_quantities(own, extract_en(" ".join(en[j][0] for j in target)))
    return 2 * len(pairs) >= len(own)


def _carries_term(matcher: TermMatcher | None, lost: list[int], rest: list[int],
                  source: list[int], zh, en) -> bool:
    """Whether English sentence `lost` is the only one of its bead (`rest` the others) to
    render a term of the bead's Chinese `source`. (Not asked of a Chinese sentence: the
    English of a neighbour often names the same term, and a dropped sentence would then go
    unreported.)"""
    if matcher is None:
        return False
    lost_en, rest_en = " ".join(en[j][0] for j in lost), " ".join(en[j][0] for j in rest)
    return any(matcher.en_status(lost_en, hit.entry) in ("official", "variant") and
               matcher.en_status(rest_en, hit.entry) == "missing"
               for hit in matcher.find_zh("".join(zh[i][0] for i in source)))


def _carries_words(lost: list[int], rest: list[int], source: list[int], zh, en) -> bool:
    """Whether English sentence `lost` translates words of the bead's Chinese that the other
    English sentences do not, by the dictionary's links: `OWN_WORDS` or more, and `OWN_SHARE`
    of its words. 现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见。 as
    "On behalf of the State Council, I will now report … on the work of the government. I ask
    that you deliberate …" is long in English for the full name of the CPPCC, not for an added
    sentence (6 of its 7 words); a proverb the translator moved in beside its neighbour's
    sentence links a word or two by chance ("Chinese", "time")."""
    from tifa.tm.align_core import sentence_sides, tokenize

    side, en_side = sentence_sides(tokenize(
        ["".join(zh[i][0] for i in source)],
        [" ".join(en[j][0] for j in lost), " ".join(en[j][0] for j in rest)]))
    words = en_side.index[0].keys()
    own = (words - en_side.index[1].keys()) & side.index[0].keys()
    return len(own) >= max(OWN_WORDS, OWN_SHARE * len(words))


OWN_WORDS, OWN_SHARE = 3, 0.4  # what a sentence must translate of its own to be no addition


def _carries_item(lost: list[int], rest: list[int], source: list[int], zh, en) -> bool:
    """Whether English sentence `lost`, the first of its bead, opens with the item number the
    bead's Chinese opens with (四、会议不收取会务费，食宿……自理。 as "4. No conference fee
    will be charged. Participants will …"): the item's first words, not an addition, however
    short."""
    number = heading_number(zh[source[0]][0], True)
    return number is not None and lost[0] < rest[0] and \
        heading_number(en[lost[0]][0], False) == number


def _item_run_on(lone: list[int], source: list[int], target: list[int], zh, en) -> bool:
    """Whether Chinese sentence `lone`, unpaired before a bead of its paragraph, is an item's
    heading whose number the bead's English opens with (二、报名时间和方式。报名采取网上报名
    方式… as "2. Registration: online only, …"): the heading run on into the item, not left
    out, however short the English makes it."""
    number = heading_number(zh[lone[0]][0], True) if len(lone) == 1 else None
    return number is not None and lone[0] < source[0] and \
        heading_number(en[target[0]][0], False) == number


def _vouched(confidence: float) -> float:
    """The confidence of a bead lint reshaped by its length rule (a sentence folded in or
    split off): the aligner's doubt was about that very sentence, which lint's own evidence has
    now placed, so the bead counts as sure as `DOUBT_THRESHOLD` at least."""
    from tifa.tm.align import DOUBT_THRESHOLD

    return max(confidence, DOUBT_THRESHOLD)


def _deviation(zh_chars: int, en_chars: int, ratio: float) -> float:
    """log(English per Chinese character) of a stretch, less the document's (`_ratio`)."""
    return math.log((en_chars or 1) / (zh_chars or 1)) - ratio


def _zh_chars(text: str) -> int:
    return len("".join(text.split()))


# a figure is as long in both languages ("8.3%", "2.75%"), where Chinese words take three
# times their length in English: a sentence of figures looks short in any English
_FIGURE = re.compile(r"\d+(?:[.,:]\d+)*\s*[%‰]?")
# a figure the source gives again in brackets, in another unit (播种面积26613千公顷（39920万亩）,
# 5626.2公斤/公顷（375.1公斤/亩）): a conversion a translator may leave out
_RESTATED_ZH = re.compile(r"[（(]\s*(?:约|合)?\s*\d[\d.,]*\s*[^\d（）()，。；、]{0,6}[）)]")


def _bare_misfit(source: str, target: str, paired: tuple[int, int], ratio: float) -> float:
    """The misfit of a unit's lengths with its figures left out on both sides: 研发经费投入增长
    8.3%，占国内生产总值比重达到2.75%。 as "R&D spending went up 8.3% to 2.75% of GDP." is
    short English for its words only by the figures' count (and the source's conversions in
    brackets, （39920万亩）, which the English may leave out)."""
    rest = _ratio_without(paired, _zh_chars(source), len(target), ratio)
    return _deviation(_zh_chars(_FIGURE.sub("", _RESTATED_ZH.sub("", source))),
                      len(_FIGURE.sub("", target)), rest)


# a short form of capitals ("HKMAO", "LegCo", "NPC"): each capital stands for a word
_SHORT_FORM = re.compile(r"\b(?=[A-Za-z]*[A-Z][a-z]*[A-Z])[A-Za-z]{2,8}\b")
WORD_CHARS = 7  # an English word and its space, on average


def _headlines_paired(runs, zh, en) -> list[tuple[str, list[int], list[int]]]:
    """The runs with the text's opening heading on each side made one unit where the aligner
    left both unpaired, one an omission and the other an addition: a wire's headline of the
    news ("China cuts benchmark lending rates by 10 bps") over an official title
    (…受权公布贷款市场报价利率（LPR）公告) shares too few words to be aligned, but it is the
    headline all the same, checked as one (`_headline`) and not reported as lost and added."""
    if len(runs) < 2 or not zh or not en:
        return runs
    alone = (len(zh) == 1 or zh[1][2] != zh[0][2]) and (len(en) == 1 or en[1][2] != en[0][2])
    if not alone or not ends_as_heading(zh[0][0]) or not ends_as_heading(en[0][0]):
        return runs
    (k1, z1, e1), (k2, z2, e2) = runs[:2]
    if {k1, k2} == {"omission", "addition"} and (z1 or z2) == [0] and (e1 or e2) == [0]:
        return [("", [0], [0]), *runs[2:]]
    # or one heading glued to the other side's lead: the title with the lead's sentence
    if k1 == "addition" and e1 == [0] and z2[:1] == [0] and len(z2) > 1 and e2[:1] == [1]:
        return [("", [0], [0]), (k2, z2[1:], e2), *runs[2:]]
    if k1 == "omission" and z1 == [0] and e2[:1] == [0] and len(e2) > 1 and z2[:1] == [1]:
        return [("", [0], [0]), (k2, z2, e2[1:]), *runs[2:]]
    return runs


_CONTENT_WORD = re.compile(r"[A-Za-z][A-Za-z'-]{3,}")
_HEADLINE_FILLER = frozenset({"with", "from", "into", "over", "after", "amid", "says", "said",
                              "their", "this", "that", "issued", "issues"})


_SUBJECT = re.compile(r"\s*(?:Subject|Re|Fwd?)\s*:\s*(?=\S)", re.I)


def _headline_over_lead(ei: list[int], en: list[tuple[str, int, int]]) -> bool:
    """Is the English left without Chinese (`ei`, sentences of `en`) a headline a paper or a
    broadcaster adds over a lead that translates the Chinese title ("Typhoon Haiou: orange
    warning issued for Donghai province" over "The Donghai Provincial Meteorological Observatory
    issued an orange typhoon warning …" for 东海省气象台……发布台风橙色预警)? The text's first
    paragraph, one heading-shaped sentence, every figure of it and all but one of its words in
    the paragraph after it (a headline's own news is still an addition). An e-mail's subject
    line sums up the whole message ("Subject: Your interim dividend of RMB 0.35 a share, paid
    on October 16" over a lead that gives the title and a list that gives the figures;
    genres15): its words and figures are looked for in all of it."""
    if ei[0] != 0 or len(ei) != 1 or len(en) < 2 or en[1][2] == en[0][2]:
        return False
    head = en[0][0]
    subject = _SUBJECT.match(head)
    if not ends_as_heading(head) or len(head.split()) > 14:
        return False
    if subject:
        head = head[subject.end():]
    lead_para = en[1][2]
    lead = " ".join(s for s, _, p in en if p == lead_para or subject and p != en[0][2])
    stems = {w.lower()[:5] for w in _CONTENT_WORD.findall(lead)}
    words = [w for w in _CONTENT_WORD.findall(head) if w.lower() not in _HEADLINE_FILLER]
    missing = sum(w.lower()[:5] not in stems for w in words)
    figures = {q.text for q in extract_en(head)}
    return len(words) >= 3 and missing <= 1 and figures <= {q.text for q in extract_en(lead)}


def _headline(zi: list[int], source: str, target: str) -> bool:
    """Is the unit the text's headline, a heading in both languages? News English makes a
    headline of the Chinese one's news and leaves the rest to the lead ("China's PM2.5 density
    down 3.2 pct in first 10 months" for 生态环境部：1—10月全国地级及以上城市PM2.5平均浓度同比
    下降3.2%): short by convention (`HEADLINE_SHORT`), its figures and terms still checked."""
    return zi[0] == 0 and ends_as_heading(source) and ends_as_heading(target)


def _spelled_misfit(source: str, target: str, paired: tuple[int, int], ratio: float) -> float:
    """The misfit of a unit's lengths with the target's short forms counted as the words
    they stand for: a headline of them ("HKMAO spokesman on Eighth LegCo General Election"
    for 国务院港澳事务办公室发言人就香港特区第八届立法会选举发表谈话) is short English only by
    its names' short forms."""
    spelled = len(target) + sum(
        WORD_CHARS * sum(ch.isupper() for ch in m.group()) - len(m.group())
        for m in _SHORT_FORM.finditer(target))
    rest = _ratio_without(paired, _zh_chars(source), len(target), ratio)
    return _deviation(_zh_chars(source), spelled, rest)


# a heading on a line of its own over its paragraph's text, without a colon or a stop: "The
# situation now", "What you'll do", "Packages (per table of 10)" (genres16, genres17)
_BARE_HEAD = re.compile(r"\s*[A-Z][^.!?:;,。：；，]{0,40}?(?<![\s(])\s*")
BARE_HEAD_WORDS = 6  # the longest such heading


def _bare_heads(paras: list[tuple[int, list[tuple[int, str]]]]) -> frozenset[int]:
    """The English paragraphs (by first line) whose first line is a bare heading
    (`_BARE_HEAD`, of `BARE_HEAD_WORDS` at most) over more lines of the paragraph."""
    return frozenset(first for first, lines in paras if len(lines) > 1 and
                     _BARE_HEAD.fullmatch(lines[0][1]) and
                     len(lines[0][1].split()) <= BARE_HEAD_WORDS)


def _runs(beads, zh, en, heads: frozenset[int] = frozenset()
          ) -> list[tuple[str, list[int], list[int]]]:
    """Beads → (alignment kind, zh indices, en indices); unpaired or doubtful beads of one
    kind that follow each other make one run (an omission stops at a Chinese paragraph end,
    an addition at an English one), so a dropped paragraph is reported once."""
    from tifa.tm.align import DOUBT_THRESHOLD

    out: list[tuple[str, list[int], list[int]]] = []
    joined: set[int] = set()  # the doubtful runs of more than one bead
    for bead in beads:
        if bead.zh and bead.en:
            kind = "doubtful" if bead.confidence < DOUBT_THRESHOLD else ""
        else:
            kind = "omission" if bead.zh else "addition"
        zi, ei = sorted(bead.zh), sorted(bead.en)
        if out and kind and out[-1][0] == kind:
            _, pz, pe = out[-1]
            same_para = (kind == "doubtful" or
                         (kind == "omission" and zh[pz[-1]][2] == zh[zi[0]][2]) or
                         (kind == "addition" and en[pe[-1]][2] == en[ei[0]][2]))
            if same_para:
                pz.extend(zi)
                pe.extend(ei)
                joined.add(len(out) - 1)
                continue
        out.append((kind, zi, ei))
    # (one bead too, a whole paragraph on each side, of two sentences or more on each side: a
    # paragraph whose sentences the English crosses, "With the cold setting in, … is at its
    # winter peak. Figures from … show that, as of 5 December, …" for 本报讯…记者从…获悉，随着
    # 气温下降，…进入…高峰期。截至12月5日，…; or of one Chinese sentence said in more, after
    # the English paragraph's own label, an FAQ's "What does it cost? The rabies vaccine is
    # free. …" for 三、费用：狂犬病疫苗免费注射；…; genres16. A paragraph of one sentence said
    # in more without a label, or of one sentence each side, is still in doubt: a table told
    # as prose in another order, a doubted sentence, where nothing but its words pair it.)
    # (and of one Chinese sentence cut by ； said one English sentence a clause, as the
    # aligner's own bead takes it: a discipline notice's 经查，…；…；… as five sentences)
    # (an English paragraph under its heading whose first sentence the aligner left unpaired
    # and the rest doubted, a listing's "Why it stands out / 1. The owner has held it …" for
    # 房源亮点：1. 满五唯一，…；2. …: the two runs are the paragraph; genres17)
    for k in range(len(out) - 1, 0, -1):
        (kind, zi, ei), (nkind, nzi, nei) = out[k - 1], out[k]
        if {kind, nkind} == {"addition", "doubtful"} and \
                en[min(ei + nei)][2] in heads and _one_paragraph_each(zi + nzi, ei + nei, zh, en):
            out[k - 1:k + 1] = [("doubtful", sorted(zi + nzi), sorted(ei + nei))]
            joined = {i if i < k else i - 1 for i in joined if i != k}
    return [("" if (i in joined or len(zi) > 1 and len(ei) > 1 or
                    len(ei) > 1 and (_paragraph_label(" ".join(en[j][0] for j in ei))
                                     or en[ei[0]][2] in heads) or
                    len(zi) == 1 and 1 < len(ei) <= zh[zi[0]][0].count("；") + 1)
             and _one_paragraph_each(zi, ei, zh, en) else kind, zi, ei)
            for i, (kind, zi, ei) in enumerate(out)]


# a label opening an English paragraph: "Traffic:", "How much:", "What does it cost?" (with a
# bracket: "Safety message (fire service):"; genres17)
_OPENING_LABEL = re.compile(r"\s*[A-Z][\w.'’ -]{0,30}(?:\([\w.'’ -]{1,24}\))?"
                            r"(?::|\?(?=\s+[A-Z]))\s")
# … or run in with a full stop, a few words without a figure, as a bulletin, a blog or a
# residents' notice heads a paragraph: "Wind and fog. In winds of force 6 …", "Who can sit."
# (genres16, genres17)
_RUN_IN_LABEL = re.compile(r"\s*[A-Z][A-Za-z'’-]*(?:\s+[A-Za-z'’-]+){0,3}\.\s+(?=[A-Z\d])")


def _paragraph_label(text: str) -> bool:
    """Does an English paragraph open with a label of its own (`_OPENING_LABEL`,
    `_RUN_IN_LABEL`)?"""
    return _OPENING_LABEL.match(text) is not None or _RUN_IN_LABEL.match(text) is not None
LABEL_HEADING = 20  # the longest numbered heading a label may say: 四、移动互联网流量较快增长。


def _labelled(heading: str, target: str) -> bool:
    """Whether `heading` is a short numbered heading run into its paragraph (一、发放时间。,
    四、移动互联网流量较快增长。) and `target`, the paragraph's English, opens with a label of
    its own instead ("When:", "Traffic:", "What does it cost?"), as a leaflet, a broker's note
    or an FAQ says a heading (genres15). English with no label has left the heading out."""
    return len(heading) <= LABEL_HEADING and heading_number(heading, True) is not None and \
        heading.endswith("。") and _OPENING_LABEL.match(target) is not None


def _headings_labelled(runs, zh, en) -> list[tuple[str, list[int], list[int]]]:
    """A numbered heading run into its paragraph (`_labelled`) that the aligner left unpaired,
    or gave as the last sentence to the unit before, goes with the rest of its paragraph when
    that unit's English opens with a label: one unit, not an omission beside it."""
    out = list(runs)
    for k in range(len(out) - 1):
        kind, zi, ei = out[k]
        nkind, nzi, nei = out[k + 1]
        if not zi or not nzi or not nei or nkind == "addition" or zi[-1] + 1 != nzi[0] or \
                zh[zi[-1]][2] != zh[nzi[0]][2] or zi[-1] and zh[zi[-1] - 1][2] == zh[zi[-1]][2] or \
                not _labelled(zh[zi[-1]][0], en[nei[0]][0]):
            continue
        if kind == "omission" and len(zi) == 1:
            out[k] = ("", [], [])
        elif kind in ("", "doubtful") and len(zi) > 1:
            out[k] = (kind, zi[:-1], ei)
        else:
            continue
        out[k + 1] = (nkind, [zi[-1], *nzi], nei)
    return [run for run in out if run[1] or run[2]]


def _one_paragraph_each(zi: list[int], ei: list[int], zh, en) -> bool:
    """Do doubtful beads that follow each other make up one whole paragraph on each side?
    Then only the boundary inside it is in doubt (a bracket of the Chinese said as an English
    sentence of its own, which the aligner gives to the next sentence: （不含已执行5%存款准备金率
    的金融机构） "Institutions already at a 5% RRR are excluded."), not the paragraph: it is
    checked as one unit."""
    paras_zh, paras_en = {zh[i][2] for i in zi}, {en[j][2] for j in ei}
    if len(paras_en) == 2 and len(ei) > 2 and en[ei[0]][2] != en[ei[1]][2] and \
            lead_in(en[ei[0]][0]) and en[ei[0]][0].rstrip().endswith(":"):
        # (after a paragraph of its own that leads into the list, "Here is what changes for
        # us:", which the aligner gives to the first item; genres17)
        ei = ei[1:]
        paras_en = {en[ei[0]][2]}
    if len(paras_zh) == len(paras_en) == 2 and zi[0] == ei[0] == 0 and \
            zh[1][2] != zh[0][2] and en[1][2] != en[0][2]:
        # (the headline and the lead on each side, the headline one sentence: a trade paper's
        # headline that drops what the Chinese one opens with, over a lead of its own making,
        # "Used-car volumes up 6.8% in October / China's used-vehicle market kept growing …"
        # for 中国汽车流通协会：10月全国二手车交易量同比增长6.8% / …; genres16, genres17)
        return sorted(zi) == [i for i, s in enumerate(zh) if s[2] in paras_zh] and \
            sorted(ei) == [j for j, s in enumerate(en) if s[2] in paras_en]
    return len(paras_zh) == len(paras_en) == 1 and \
        sorted(zi) == [i for i, s in enumerate(zh) if s[2] in paras_zh] and \
        sorted(ei) == [j for j, s in enumerate(en) if s[2] in paras_en]


COPIED = 0.8  # share of the Han characters of Chinese left in the English found in a source


def _han(text: str) -> set[str]:
    """The Han characters of `text`."""
    return set("".join(HAN_RUN.findall(text)))


def _copied(chinese: set[str], other: set[str]) -> bool:
    """Whether `chinese` (the Han characters of a stretch) is a copy from `other`."""
    return len(chinese & other) >= COPIED * len(chinese)


def _left_in_chinese(runs, zh, en) -> list[tuple[str, list[int], list[int]]]:
    """An English run that is still Chinese (MT left a sentence or paragraph untranslated)
    is paired with the unpaired Chinese next to it that it copies: one unit, which
    `untranslated` reports, not an omission beside an addition. The aligner cannot pair them
    itself: it judges by English length and English words. A sentence left in Chinese that the
    aligner gave to a paired neighbour (as its first or last English sentence) goes to the
    Chinese it copies the same way, and the neighbour is no longer doubtful."""
    out = list(runs)
    k = 0
    while k < len(out):
        kind, zi, ei = out[k]
        text = " ".join(en[j][0] for j in ei)
        if kind == "addition" and mostly_chinese(text):
            left = _han(text)
            for o in (k - 1, k + 1):
                if 0 <= o < len(out) and out[o][0] == "omission" and \
                        _copied(left, _han("".join(zh[i][0] for i in out[o][1]))):
                    out[min(k, o)] = ("", out[o][1], ei)
                    del out[max(k, o)]
                    k = min(k, o)
                    break
        elif kind == "doubtful" and mostly_chinese(text) and \
                _copied(_han(text), _han("".join(zh[i][0] for i in zi))):
            out[k] = ("", zi, ei)  # the aligner doubts by English length: this is a copy
        elif kind == "omission":
            # the Chinese copy may have been given to the paired neighbour as its edge sentence
            left = _han("".join(zh[i][0] for i in zi))
            for o, edge in ((k - 1, -1), (k + 1, 0)):
                if 0 <= o < len(out) and out[o][0] in ("", "doubtful") and len(out[o][2]) > 1:
                    j = out[o][2][edge]
                    if mostly_chinese(en[j][0]) and _copied(_han(en[j][0]), left):
                        # (the aligner's doubt was about that very sentence, now placed)
                        out[o] = ("", out[o][1], [x for x in out[o][2] if x != j])
                        out[k] = ("", zi, [j])
                        break
        k += 1
    return out


def _gap_line(beads, first: int, own: str, other: list) -> int | None:
    """Where an unpaired run (starting at sentence `first` of side `own`) belongs on the
    other side: the line of the other side's next sentence, else of its last one before."""
    theirs = "en" if own == "zh" else "zh"
    past, before = False, None
    for bead in beads:
        if first in getattr(bead, own):
            past = True
            continue
        indices = getattr(bead, theirs)
        if indices:
            if past:
                return other[min(indices)][1]
            before = other[max(indices)][1]
    return before
