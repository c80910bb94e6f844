"""Streaming TMX 1.4b writer and reader.

Both sides work one translation unit at a time, so a TM of millions of units is written and read
in constant memory. The writer goes through `atomic_write`: an interrupted run never leaves a
truncated TMX. The reader is an lxml `iterparse` with entities, DTD loading and network off; it
accepts what OmegaT, translate-toolkit and other CAT tools write (see docs/tm.md).
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import hashlib
import os
import re
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from tifa.tm.base import VERSION
from tifa.tm.base.files import (
    XML_LANG,
    XML_OPTIONS,
    TifaError,
    atomic_write,
    no_such_file,
    refuse_undefined_entities,
    refuse_xml_entities,
    xml_problem,
)
from tifa.tm.base.text import join_codes

TOOL = "tifa"
TOOL_VERSION = VERSION

# Characters XML 1.0 forbids: C0 controls except tab/LF/CR, lone surrogates, U+FFFE/U+FFFF.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# CR is written as a reference: XML parsers would fold a raw CRLF into LF.
_TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_ATTR_ESCAPES = str.maketrans({
    "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;",
    "\n": "&#10;", "\r": "&#13;", "\t": "&#9;",  # survive attribute-value normalisation
})


@dataclass
class TranslationUnit:
    """One source segment with its translation, as stored in a TMX <tu>."""

    tuid: str | None
    source: str                     # text of the srclang tuv
    target: str                     # text of the target tuv ("" if none)
    source_lang: str = "zh-CN"
    target_lang: str = "en"
    props: dict[str, str] = field(default_factory=dict)  # document, article, date, bead, ...
    notes: list[str] = field(default_factory=list)
    creationdate: str | None = None
    # The <tu> as read (`read_tmx(keep_xml=True)`), written back as it is by `TmxWriter`:
    # a merge must not drop a third language's tuv, inline codes (<bpt>, <ph>) or attributes.
    xml: str | None = field(default=None, compare=False, repr=False)


def tmx_date(when: float | None = None) -> str:
    """TMX date format (ISO 8601 basic, UTC). Honours SOURCE_DATE_EPOCH for reproducible builds."""
    if when is None:
        epoch = os.environ.get("SOURCE_DATE_EPOCH")
        when = float(epoch) if epoch and epoch.isdigit() else time.time()
    return time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(when))


class TmxWriter:
    """Write a TMX 1.4b file unit by unit; the file appears only when the `with` block succeeds.

    Characters XML cannot carry are dropped and counted in `removed_chars`, never written.

        with TmxWriter("out.tmx") as tmx:
            tmx.write(TranslationUnit(None, "守望相助", "mutual assistance"))
    """

    def __init__(
        self, path: str | os.PathLike, source_lang: str = "zh-CN", target_lang: str = "en",
        creationdate: str | None = None, adminlang: str = "en", o_tmf: str = "tifa",
        props: dict[str, str] | None = None, notes: list[str] | None = None,
        segtype: str = "sentence",
    ) -> None:
        self.path = Path(path)
        self.segtype = segtype
        self.source_lang = source_lang
        self.target_lang = target_lang
        self.creationdate = creationdate or tmx_date()
        self.adminlang = adminlang
        self.o_tmf = o_tmf
        self.header_props = dict(props or {})
        self.header_notes = list(notes or [])
        self.removed_chars = 0     # forbidden characters dropped so far
        self.count = 0             # units written so far
        self._stack: contextlib.ExitStack | None = None
        self._fh: IO[str] | None = None

    def __enter__(self) -> TmxWriter:
        self._stack = contextlib.ExitStack()
        self._fh = self._stack.enter_context(atomic_write(self.path))
        attrs = {
            "creationtool": TOOL, "creationtoolversion": TOOL_VERSION, "segtype": self.segtype,
            "o-tmf": self.o_tmf, "adminlang": self.adminlang, "srclang": self.source_lang,
            "datatype": "plaintext", "creationdate": self.creationdate,
        }
        head = " ".join(f'{k}="{_attr(v)}"' for k, v in attrs.items())
        parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n',
                 f"  <header {head}"]
        inner = _props_notes(self.header_props, self.header_notes, "    ")
        parts.append(f">\n{inner}  </header>\n" if inner else "/>\n")
        parts.append("  <body>\n")
        chunk, self.removed_chars = _FORBIDDEN.subn("", "".join(parts))
        try:
            self._fh.write(chunk)
        except BaseException as err:  # `with` never runs __exit__ when __enter__ fails: the
            self._fh = None  # write's own error handling (a full disk, `> /dev/full`) then
            stack, self._stack = self._stack, None  # never saw it, nor removed its file
            stack.__exit__(type(err), err, err.__traceback__)
            raise
        return self

    def write(self, unit: TranslationUnit) -> None:
        """Append one unit. The target tuv is left out when the target is empty; a unit read
        with its XML is written as it was read."""
        if self._fh is None:
            raise RuntimeError("TmxWriter.write outside its `with` block")
        if unit.xml is not None:
            self.write_xml(unit.xml)
            return
        tuid = _attr(unit.tuid or _default_tuid(unit.source, unit.target))
        date = _attr(unit.creationdate or self.creationdate)
        parts = [f'    <tu tuid="{tuid}" creationdate="{date}">\n',
                 _props_notes(unit.props, unit.notes, "      ")]
        lang = _attr(unit.source_lang or self.source_lang)
        parts.append(f'      <tuv xml:lang="{lang}"><seg>{_text(unit.source)}</seg></tuv>\n')
        if unit.target:
            lang = _attr(unit.target_lang or self.target_lang)
            parts.append(f'      <tuv xml:lang="{lang}"><seg>{_text(unit.target)}</seg></tuv>\n')
        parts.append("    </tu>\n")
        # Markup never holds forbidden characters, so one pass over the whole unit cleans all.
        chunk, removed = _FORBIDDEN.subn("", "".join(parts))
        self.removed_chars += removed
        self._fh.write(chunk)
        self.count += 1

    def write_xml(self, tu: str) -> None:
        """Append a <tu> element read from another TMX, unchanged (parsed XML holds no
        forbidden character)."""
        if self._fh is None:
            raise RuntimeError("TmxWriter.write outside its `with` block")
        self._fh.write(f"    {tu}\n")
        self.count += 1

    def __exit__(self, exc_type, exc, tb) -> bool:
        assert self._stack is not None and self._fh is not None
        try:
            if exc_type is None:
                self._fh.write("  </body>\n</tmx>\n")
        finally:
            self._fh = None
            stack, self._stack = self._stack, None
            # On an exception atomic_write removes the temporary file: no truncated TMX.
            stack.__exit__(exc_type, exc, tb)
        return False


def prop_type(name: str) -> str:
    """TMX reserves unprefixed prop types; user-defined ones are `x-…` (the reader strips it)."""
    return name if name.startswith("x-") else "x-" + name


def _props_notes(props: dict[str, str], notes: list[str], indent: str) -> str:
    out = [f'{indent}<prop type="{_attr(prop_type(k))}">{_text(str(v))}</prop>\n'
           for k, v in props.items()]
    out += [f"{indent}<note>{_text(n)}</note>\n" for n in notes]
    return "".join(out)


# Most text needs no escaping; a regex search is far cheaper than str.translate with a dict.
_NEEDS_TEXT_ESCAPE = re.compile("[&<>\r]")
_NEEDS_ATTR_ESCAPE = re.compile('[&<>"\n\r\t]')


def _text(value: str) -> str:
    return value.translate(_TEXT_ESCAPES) if _NEEDS_TEXT_ESCAPE.search(value) else value


def _attr(value: str) -> str:
    value = str(value)
    return value.translate(_ATTR_ESCAPES) if _NEEDS_ATTR_ESCAPE.search(value) else value


def _default_tuid(source: str, target: str) -> str:
    """Stable id for a unit without one: the same pair always gets the same tuid."""
    return hashlib.sha1(f"{source}\x00{target}".encode()).hexdigest()[:16]


def write_tmx(path: str | os.PathLike, units, **options) -> TmxWriter:
    """Write an iterable of units in one go; returns the (closed) writer for its counts."""
    with TmxWriter(path, **options) as writer:
        for unit in units:
            writer.write(unit)
    return writer


# ---------------------------------------------------------------- reader

# TMX versions whose structure this reader knows (1.4b is written "1.4").
KNOWN_VERSIONS = frozenset({"1.1", "1.2", "1.3", "1.4", "1.4b"})


@functools.lru_cache(maxsize=256)
def locale_key(code: str) -> str:
    """A language tag as compared: case and `_` aside (zh_CN, ZH-cn and zh-CN are one)."""
    return code.strip().lower().replace("_", "-")


def _primary(code: str) -> str:
    """Primary language subtag: zh-CN, ZH_cn, zh-Hans-CN and zh all give 'zh'."""
    return locale_key(code).partition("-")[0]


# Inline elements whose content is native markup (e.g. "<b>"), not segment text: dropped.
_CODE_TAGS = frozenset({"bpt", "ept", "ph", "it", "ut"})


def _seg_text(seg) -> str:
    """Plain text of a <seg>: text and <hi> content kept, native codes in bpt/ept/ph/it dropped."""
    if len(seg) == 0:
        return seg.text or ""
    out = [seg.text or ""]  # a code between any two pieces: `join_codes` joins them
    for child in seg:
        tag = child.tag if isinstance(child.tag, str) else ""
        tag = tag.rpartition("}")[2]
        if tag == "hi":
            out.append(_seg_text(child))
        elif tag not in _CODE_TAGS and tag:
            out.append("".join(child.itertext()))  # unknown markup: keep its words
        out.append(child.tail or "")
    return join_codes(out)


def _warn_stderr(message: str) -> None:
    if not _QUIET.get():
        print(f"tifa: warning: {message}", file=sys.stderr)


# Set by `quiet_tmx()`: a file read through once before it is read for good (lint's draft
# when its report goes to standard output) warns on the reading that counts, not twice.
_QUIET: contextvars.ContextVar[bool] = contextvars.ContextVar("tifa_tmx_quiet", default=False)


@contextlib.contextmanager
def quiet_tmx() -> Iterator[None]:
    """Within the block, read_tmx's warnings (an unknown version, no header) are not printed;
    an error is raised as ever."""
    token = _QUIET.set(True)
    try:
        yield
    finally:
        _QUIET.reset(token)


# What `read_tmx(strict=None)` does: a command's --strict sets it for everything it reads
# (the TM commands and lint read TMX deep inside library code).
_STRICT: contextvars.ContextVar[bool] = contextvars.ContextVar("tifa_tmx_strict", default=False)


@contextlib.contextmanager
def strict_tmx(on: bool = True) -> Iterator[None]:
    """Within the block, read_tmx treats an unknown version or a missing header as an error."""
    token = _STRICT.set(on)
    try:
        yield
    finally:
        _STRICT.reset(token)


def read_tmx(
    path: str | os.PathLike, source_lang: str | None = None, target_lang: str | None = None,
    strict: bool | None = None, warn: Callable[[str], None] | None = None,
    keep_xml: bool = False, sourceless: Callable[[str], None] | None = None,
) -> Iterator[TranslationUnit]:
    """Yield the units of a TMX file one by one, in constant memory.

    The source language of a <tu> is `source_lang`, else the <tu>'s own srclang, else the
    header's srclang, else zh-CN (`*all*` counts as not given); the target is `target_lang`,
    else the first other language met in the file. Codes match on the primary subtag, in any
    case and with `_` or `-` (zh-CN = ZH_cn = zh). A <tu> with several target-language tuvs
    yields one unit per target (same tuid); a <tu> without a source tuv is skipped. Prop types
    are read with or without the `x-` prefix (`x-document` and `document` are both
    "document"). An unknown TMX version or a missing <header> is a warning (`warn`, default
    a line on stderr), or an error when `strict` (default: inside a `strict_tmx()` block).
    `keep_xml`: each unit carries its <tu> as read (`TranslationUnit.xml`), and a <tu>
    without a source tuv is given to `sourceless` instead of being skipped (`tm merge`).
    """
    from lxml import etree

    p = Path(path)
    if not p.exists():
        raise no_such_file(p)
    if p.is_dir():
        raise TifaError("is a directory, expected a TMX file", p)
    # With an external DTD (never loaded) an entity defined there would read as '': the
    # parser logs it, and each unit is checked before it is yielded.
    external_dtd = refuse_xml_entities(p)
    warn = warn or _warn_stderr
    strict = _STRICT.get() if strict is None else strict

    def complain(problem: str, consequence: str, line: int | None) -> None:
        if strict:
            raise TifaError(f"{problem} (--strict)", p, line)
        message = f"{problem}; {consequence}"
        warn(f"{p}:{line}: {message}" if line else f"{p}: {message}")

    etree.clear_error_log()  # the log is per thread: keep earlier files' errors out of ours
    # End events only, and only for <header> and <tu>: start events cost ~20% of the read.
    parser = etree.iterparse(
        str(p), events=("end",), tag=("header", "tu"),
        remove_comments=True, remove_pis=True, **XML_OPTIONS,
    )
    header_src: str | None = None
    tgt = target_lang
    root_checked = False
    root = None
    try:
        for _event, elem in parser:
            if not root_checked:
                root = elem.getroottree().getroot()
                if root.tag != "tmx":
                    break
                root_checked = True
                version = root.get("version")
                if version not in KNOWN_VERSIONS:
                    complain(f"TMX version {version!r} is not one tifa knows "
                             f"({', '.join(sorted(KNOWN_VERSIONS))})", "reading it as 1.4",
                             root.sourceline)
                if elem.tag != "header":
                    complain("no <header> before the first <tu>", "languages are taken from "
                             "each <tu> (source zh-CN unless it says otherwise)", elem.sourceline)
            if external_dtd:
                refuse_undefined_entities(parser.error_log, p)
            if elem.tag == "header":
                given = elem.get("srclang", "")
                if given and given.lower() != "*all*":
                    header_src = given
                continue
            src = source_lang
            if src is None:
                own = elem.get("srclang")
                src = own if own and own.lower() != "*all*" else header_src or "zh-CN"
            units, tgt = _units_of(elem, src, tgt, p)
            if keep_xml:
                for tuv in elem.iterchildren("tuv"):
                    old = tuv.attrib.pop("lang", None)
                    if not tuv.get(XML_LANG) and old is not None:
                        # TMX 1.1's language, kept as the 1.4 this <tu> is written in has it
                        # (beside an empty xml:lang too, as `_units_of` reads it; and beside
                        # another, dropped: 1.4 has no `lang`)
                        tuv.set(XML_LANG, old)
                xml = etree.tostring(elem, encoding="unicode", with_tail=False)
                for unit in units:
                    unit.xml = xml
                if not units and sourceless is not None:
                    sourceless(xml)
            yield from units
            elem.clear(keep_tail=True)
            parent = elem.getparent()
            if parent is not None:
                while elem.getprevious() is not None:
                    del parent[0]
        else:
            root = parser.root
        if external_dtd:
            refuse_undefined_entities(parser.error_log, p)
    except etree.XMLSyntaxError as err:
        first = next(iter(err.error_log.filter_from_fatals()), None)
        if first is not None:
            line, col, message = first.line, first.column, first.message
        else:
            (line, col), message = err.position or (None, None), str(err.msg or err)
        raise TifaError(f"malformed TMX/XML: {xml_problem(message)}", p, line or None,
                        col if line else None) from None
    if root is None or root.tag != "tmx":
        name = "none" if root is None else str(root.tag)
        raise TifaError(f"not a TMX file (root element is <{name}>, expected <tmx>)", p, 1)
    if not root_checked:   # a <tmx> with neither header nor units
        complain("no <header> and no <tu>", "an empty TMX", root.sourceline)


def _units_of(tu, src: str, tgt: str | None,
              path: str | os.PathLike) -> tuple[list[TranslationUnit], str | None]:
    """The units of one <tu>: its source tuv paired with each target-language tuv. A <tuv>
    without its language is refused: TMX requires xml:lang (lang in 1.1), and a guess would
    make a translation an empty target or a source of another language."""
    props: dict[str, str] = {}
    notes: list[str] = []
    source: str | None = None
    targets: list[tuple[str, str]] = []
    src_code = src
    src_primary = _primary(src)
    tgt_primary = None if tgt is None else _primary(tgt)
    for child in tu:
        tag = child.tag
        if tag == "tuv":
            lang = child.get(XML_LANG) or child.get("lang") or ""
            if not lang.strip():
                raise TifaError("a <tuv> without its language (xml:lang): TMX gives every <tuv> "
                                "one", path, child.sourceline)
            primary = _primary(lang)
            seg = child[0] if len(child) == 1 else child.find("seg")
            if seg is None or seg.tag != "seg":
                seg = child.find("seg")
            text = "" if seg is None else (seg.text or "") if len(seg) == 0 else _seg_text(seg)
            if primary == src_primary:
                if source is None:
                    source, src_code = text, lang
            elif tgt_primary is None and primary:
                tgt, tgt_primary = lang, primary
                targets.append((lang, text))
            elif primary == tgt_primary:
                targets.append((lang, text))
        elif tag == "prop":
            kind = child.get("type", "")
            props[kind[2:] if kind.startswith("x-") else kind] = child.text or ""
        elif tag == "note":
            notes.append(child.text or "")
    if source is None:
        return [], tgt
    tuid = tu.get("tuid")
    date = tu.get("creationdate") or tu.get("changedate")
    if not targets:
        targets = [(tgt or "en", "")]
    if len(targets) == 1:
        lang, text = targets[0]
        return [TranslationUnit(tuid, source, text, src_code, lang, props, notes, date)], tgt
    return [TranslationUnit(tuid, source, text, src_code, lang, dict(props), list(notes), date)
            for lang, text in targets], tgt
