"""Reading inputs and writing outputs safely.

Every command reads through `read_text` and writes through `atomic_write`, so that bad input
becomes one clear line (file, line, problem) and an interrupted run never leaves a half-written
file behind.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import fcntl
import fnmatch
import io
import itertools
import os
import re
import secrets
import signal
import stat
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, NamedTuple

from tifa.tm.base.text import HAN_RUN, han_share, has_han, is_han

_ODD = re.compile(  # outside what Chinese text holds: ASCII, Latin-1, Greek and Cyrillic (GBK
    # has both), punctuation, the symbols of a page (℃ № Ⅱ ≥ ① ■ ★), CJK punctuation, ㈠ ㎡,
    # CJK and its extension A, compatibility and full-width forms
    r"[^\t\n\r\x20-\x7e\u00a0-\u00ff\u0370-\u04ff\u2000-\u206f\u2100-\u27bf"
    r"\u3000-\u303f\u3200-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f"
    r"\uff00-\uffef]"
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))  # the same, as bytes


class TifaError(Exception):
    """A problem with the user's input or invocation: printed as one line, exit code 2."""

    def __init__(
        self, message: str, path: str | os.PathLike | None = None,
        line: int | None = None, column: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = None if path is None else str(path)
        self.line = line
        self.column = column

    def __reduce__(self):  # keep file/line/column when raised in a worker process
        return (type(self), (self.message, self.path, self.line, self.column))

    def prefix(self) -> str:
        """FILE:LINE:COLUMN, as much of it as is known."""
        where = [p for p in (self.path, self.line, self.column) if p is not None]
        return ":".join(str(p) for p in where)

    def __str__(self) -> str:
        prefix = self.prefix()
        return f"{prefix}: {self.message}" if prefix else self.message


def _utf16_orders(data: bytes) -> tuple[str, ...]:
    """The byte orders to try for BOM-less bytes that may be UTF-16, likelier first.

    ASCII characters (line ends, digits, Latin) encode as a NUL byte beside the character:
    NULs mostly at odd offsets mean little-endian, mostly at even offsets big-endian. Not
    only: a Chinese character U+xx00 (一, 万, 与, 丰) has its NUL on the other side, so the
    side with more NULs is tried first and the other after it (the text decoded must then
    read as ordinary text). A text without any ASCII (pure Chinese) has no NULs, and is tried
    when UTF-8 and GB18030 fail.
    """
    if len(data) % 2:
        return ()
    sample = data[:65536]
    odd = sample[1::2].count(0)
    even = sample[0::2].count(0)
    if odd >= even:
        return ("utf-16-le", "utf-16-be")
    return ("utf-16-be", "utf-16-le")


def _decode_utf16(data: bytes, order: str, path: str | os.PathLike) -> str:
    """UTF-16 (or UTF-32) after its BOM."""
    try:
        return data.decode(order)
    except UnicodeDecodeError as err:
        raise TifaError(f"invalid {order[:6].upper()} text at byte {err.start}", path) from None


class WriteError(TifaError, OSError):
    """An output that cannot be written: one line for the user like any TifaError, and still an
    OSError for code that tolerates it (a read-only cache directory only costs speed).

    `strerror` is the bare reason and `filename` the user's path, as in any OSError, so code
    that words its own message from them does not repeat the path.
    """

    def __init__(self, message: str, path: str | os.PathLike | None = None,
                 reason: str | None = None) -> None:
        super().__init__(message, path)
        self.strerror = reason or message
        self.filename = self.path

    def __reduce__(self):
        return (type(self), (self.message, self.path, self.strerror))


def decode(data: bytes, path: str | os.PathLike = "<input>") -> str:
    """Decode UTF-8 (with or without BOM), UTF-16 (with or without BOM) or GB18030/GBK;
    refuse binary and anything else."""
    if not data:
        return ""
    text: str | None = None
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    elif data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        # before UTF-16: UTF-32 LE's BOM starts like UTF-16 LE's, and was read as UTF-16
        # with a NUL after every character ("binary file")
        order = "utf-32-le" if data.startswith(codecs.BOM_UTF32_LE) else "utf-32-be"
        text = _decode_utf16(data[4:], order, path)
    elif data.startswith(codecs.BOM_UTF16_LE):
        text = _decode_utf16(data[2:], "utf-16-le", path)
    elif data.startswith(codecs.BOM_UTF16_BE):
        text = _decode_utf16(data[2:], "utf-16-be", path)
    elif b"\x00" in data[:65536]:
        for order in _utf16_orders(data):
            try:
                text = data.decode(order)
            except UnicodeDecodeError:
                continue
            # Without a BOM, demand ordinary text: almost nothing outside ASCII, CJK,
            # punctuation.
            if len(_ODD.findall(text)) <= len(text) * 0.01:
                break
            text = None
        if text is None:
            raise TifaError("binary file, not text (NUL bytes)", path)
    utf8 = False
    if text is None:
        try:
            text = data.decode("utf-8")
            utf8 = True
        except UnicodeDecodeError as utf8_error:
            if utf8_error.reason == "unexpected end of data" and utf8_error.end == len(data):
                # UTF-8 up to a character cut off at the very end: a truncated file, not GBK
                raise TifaError("truncated: the file ends in the middle of a UTF-8 character",
                                path, data.count(b"\n") + 1) from None
            text = _decode_legacy(data, utf8_error, path)
    if "\x00" in text:
        raise TifaError("binary file, not text (NUL characters)", path)
    if utf8:  # in UTF-8 a byte below 0x80 is always that ASCII character: count bytes (C)
        control = len(data) - len(data.translate(None, _CONTROL_BYTES))
    else:
        control = len(_CONTROL.findall(text))  # regex: a Python loop costs ~0.2 s per MB
    if control > max(8, len(text) // 1000):
        raise TifaError("binary file, not text (control characters)", path)
    return text.replace("\r\n", "\n").replace("\r", "\n")


# Excel's first line `sep=;` (it writes one when asked, and other tools write it so that Excel
# opens the file with the right columns in any locale): the delimiter, not a row of the table.
_SEP_LINE = re.compile(r"\ufeff?sep=([^\r\n])\r?\n?")


def separator_line(line: str) -> str | None:
    """The delimiter a CSV's first line `sep=X` names, or None for any other line."""
    found = _SEP_LINE.fullmatch(line)
    return found.group(1) if found else None


def _plain(text: str) -> bool:
    """Ordinary text: some Chinese, next to nothing outside ASCII, CJK and CJK punctuation."""
    return has_han(text) and _ordinary(text)


def _utf8_text(text: str) -> bool:
    """UTF-8 that reads as text a file would hold: ordinary, and with a character of Latin-1
    (é, ü), general punctuation (’ —) or CJK among its non-ASCII ones, which UTF-8 writes in
    other byte patterns than GBK's characters mostly make."""
    return _ordinary(text) and any(ch >= "\u0800" or "\u00a0" <= ch <= "\u00ff"
                                   for ch in text if not ch.isascii())


def _ordinary(text: str) -> bool:
    """Next to nothing outside ASCII, Latin-1, Greek, Cyrillic, punctuation and CJK."""
    return len(_ODD.findall(text)) <= len(text) * 0.01


_SAVE_AS_UTF8 = "save it as UTF-8 (an editor's Save As, or iconv -f {} -t UTF-8)"


def _western(data: bytes, text: str | None) -> bool:
    """Windows-1252/Latin-1 text (an English draft saved as "ANSI" on Western Windows).

    It is mostly ASCII, with a few bytes above 0x80 (’ “ — é). GB18030 either fails on it
    ("café " ends a GBK character with a space) or reads it as Chinese: ’ (0x92) and the
    letter after it make one GBK character, "Xi’an" becoming "Xi抋n". Real Chinese comes in
    runs of characters; that Chinese is single characters glued to Latin letters."""
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    high = len(data.translate(None, bytes(range(128))))  # the bytes above 0x7f
    if high * 5 > len(data):  # mostly bytes above 0x80: CJK in some encoding
        return False
    if text is None:
        return True
    runs = [m.span() for m in HAN_RUN.finditer(text)]

    def glued(at: int) -> bool:
        return 0 <= at < len(text) and text[at].isascii() and text[at].isalpha()

    singles = sum(1 for a, b in runs if b - a == 1 and (glued(a - 1) or glued(b)))
    return singles * 2 > sum(b - a for a, b in runs)


def _decode_legacy(data: bytes, utf8_error: UnicodeDecodeError,
                   path: str | os.PathLike) -> str:
    """GB18030/GBK, else BOM-less UTF-16 without any ASCII; refuse anything else."""
    line = data.count(b"\n", 0, utf8_error.start) + 1
    lines = data[:data.rfind(b"\n", 0, utf8_error.start) + 1]  # whole lines of valid UTF-8
    if len(lines) - len(lines.translate(None, bytes(range(0xC0, 0x100)))) >= 2 and \
            _utf8_text(lines.decode("utf-8")):
        # Lines of UTF-8 text before it: a file pasted together from two encodings, where the
        # advice to convert the whole file would garble the part that was right. Not a GBK
        # file whose first characters happen to be valid UTF-8 too (要 is D2 AA: 2 % of the
        # test data's Chinese files saved as GBK were refused so): such a run mostly ends
        # within its line, and reads as odd letters (Cyrillic, Armenian, Latin Extended: 雪夜
        # is D1 A9 D2 B9, "ѩҹ"), not as Chinese or Western text.
        raise TifaError("mixed encodings: UTF-8 up to this line, then bytes of another "
                        "encoding (GBK or Windows-1252 perhaps); convert only the lines from "
                        "here on to UTF-8 (converting the whole file would garble the rest)",
                        path, line)
    unknown = TifaError("unknown encoding: neither UTF-8, UTF-16 nor GB18030/GBK text; "
                        + _SAVE_AS_UTF8.format("GB18030"), path, line)
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = None
    if _western(data, text):
        at = utf8_error.start
        start = max(data.rfind(b"\n", 0, at) + 1, at - 20)
        seen = data[start:at + 20].split(b"\n", 1)[0].decode("cp1252").strip()
        raise TifaError(f"wrong encoding: Windows-1252/Latin-1 (Western) text, not UTF-8 "
                        f"({seen!r}); " + _SAVE_AS_UTF8.format("WINDOWS-1252"), path, line)
    # GB18030 decodes almost any byte soup; demand that it reads as ordinary text.
    # (A GBK spreadsheet may be mostly English: the share of Chinese is no test.)
    # An English text saved as GBK ("ANSI" on Chinese Windows: a translator's draft with
    # curly quotes, dashes, é) has no Chinese: its GB18030 reading is ordinary text.
    if text is not None and (_plain(text) and not _big5_as_gbk(data, text)
                             or not has_han(text) and _ordinary(text)):
        return text
    if len(data) % 2 == 0:
        for order in ("utf-16-le", "utf-16-be"):
            try:
                candidate = data.decode(order)
            except UnicodeDecodeError:
                continue
            if _plain(candidate) and han_share(candidate) >= 0.5:
                return candidate
    _refuse_big5(data, line, path)
    if text is None:
        raise unknown from None
    raise TifaError("unknown encoding: neither UTF-8, UTF-16 nor GB18030/GBK text; "
                    + _SAVE_AS_UTF8.format("GB18030"), path) from None


def _common_share(text: str, codec: str, first: int, last: int) -> float:
    """Share of the Chinese characters of `text` (its first 2,000) that `codec` writes as a
    code from `first` to `last`: its level 1, the common characters (GB2312's 3,755, Big5's
    5,401)."""
    han = list(itertools.islice(filter(is_han, text), 2000))
    common = 0
    for ch in han:
        with contextlib.suppress(UnicodeEncodeError):
            common += first <= int.from_bytes(ch.encode(codec), "big") <= last
    return common / len(han) if han else 1.0


def _big5_as_gbk(data: bytes, text: str) -> bool:
    """A Big5 text that GB18030 also reads as plausible text, which a short one may be (1 of
    223 traditional news lines saved as Big5; 要蹚過這條河 read as 璶馎筁硂兵猠): its GB18030
    reading is mostly rare characters, its Big5 reading mostly common ones. Real Chinese in
    GBK is the other way round: of 3,877 lines of the test data with four Chinese characters
    or more, none has less than 60 % of them in GB2312's level 1."""
    if _common_share(text, "gb2312", 0xB0A1, 0xD7FE) >= 0.5:
        return False
    try:
        big5 = data.decode("cp950")
    except UnicodeDecodeError:
        return False
    return _common_share(big5, "cp950", 0xA440, 0xC67E) >= 0.75


def _refuse_big5(data: bytes, line: int, path: str | os.PathLike) -> None:
    """Big5 (a traditional Chinese page saved on Taiwanese or Hong Kong Windows) is no
    GB18030: the advice to convert from GB18030 gave 中國 as い瓣, so say which it is."""
    try:
        text = data.decode("cp950")
    except UnicodeDecodeError:
        return
    if _plain(text):
        seen = text.split("\n")[line - 1].strip()[:20]  # the line of the first non-UTF-8
        raise TifaError(f"wrong encoding: Big5 (traditional Chinese) text, not UTF-8 "
                        f"({seen!r}); " + _SAVE_AS_UTF8.format("CP950"), path, line)


class TextForm(NamedTuple):
    """How a text file is stored: what an edit in place (`glossary add`) writes it back as."""

    encoding: str   # a codec that reads the file's bytes back (after its BOM)
    bom: bytes
    newline: str    # "\n", "\r\n" or "\r"

    def encode(self, text: str) -> bytes:
        """`text` (LF line ends, as `decode` gives) as the file stores it."""
        if self.newline != "\n":
            text = text.replace("\n", self.newline)
        return self.bom + text.encode(self.encoding)


def text_form(data: bytes, text: str, path: str | os.PathLike) -> TextForm:
    """The encoding, BOM and line ends of `data`, which `decode` read as `text`.

    Found by reading the bytes again with each codec `decode` may have used and keeping the
    one that gives `text` back; an edit in place must not change how a file is stored (a
    reviewed glossary in GBK with CRLF would otherwise come back as UTF-8 with LF, every line
    a change). Mixed line ends are refused: there is no one way to write new lines in them.
    """
    if not data:
        return TextForm("utf-8", b"", "\n")
    boms = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32-le"),
            (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF16_LE, "utf-16-le"),
            (codecs.BOM_UTF16_BE, "utf-16-be"))
    tries = [(bom, enc) for bom, enc in boms if data.startswith(bom)][:1] or [
        (b"", enc) for enc in ("utf-8", *_utf16_orders(data), "gb18030")]
    for bom, encoding in tries:
        try:
            raw = data[len(bom):].decode(encoding)
        except UnicodeDecodeError:
            continue
        if raw.replace("\r\n", "\n").replace("\r", "\n") != text:
            continue
        crlf = raw.count("\r\n")
        ends = {end: n for end, n in (("\r\n", crlf), ("\r", raw.count("\r") - crlf),
                                      ("\n", raw.count("\n") - crlf)) if n}
        if len(ends) > 1:
            counts = ", ".join(f"{n} {_END_NAMES[end]}" for end, n in ends.items())
            raise TifaError(f"mixed line ends ({counts}): tifa would have to change some of "
                            "them; give the file one kind of line end first (an editor's line "
                            "end setting, or dos2unix)", path)
        return TextForm(encoding, bom, next(iter(ends), "\n"))
    raise TifaError("cannot tell how the file is encoded to write it back the same way; "
                    + _SAVE_AS_UTF8.format("GB18030"), path)


_END_NAMES = {"\r\n": "CRLF", "\r": "CR", "\n": "LF"}


def no_such_file(path: str | os.PathLike) -> TifaError:
    """The error for a path that is not there; `-` is standard output for `-o` only, so an
    input named `-` is told how to read standard input."""
    if str(path) == "-":
        return TifaError("no such file: to read standard input, name it /dev/stdin", path)
    return TifaError("no such file or directory", path)


def read_text(path: str | os.PathLike) -> str:
    """Read a text file as str with LF line ends, whatever its encoding and line ends.

    A Word document (.docx) is read as its body text, one line per paragraph, and an Excel
    workbook (.xlsx) as its first sheet in CSV (`office`)."""
    p = Path(path)
    if not p.exists():
        raise no_such_file(p)
    if p.is_dir():
        raise TifaError("is a directory, expected a file", p)
    data = read_bytes(p)
    if data.startswith(b"PK\x03\x04"):  # a ZIP archive: a Word or Excel file, or refused
        from tifa.tm.base.office import OfficeError, office_text  # lxml only for these
        try:
            return office_text(data, XML_OPTIONS)
        except OfficeError as err:
            raise TifaError(str(err), p) from None
    for magic, kind in _DOCUMENTS:
        if data.startswith(magic):
            raise TifaError(f"{kind}, not text: save it as .docx, .xlsx or plain text", p)
    return decode(data, p)


MAX_STREAM_BYTES = 256 << 20  # from a pipe or device: far more than any page or draft
_CHUNK = 1 << 24


def read_bytes(path: str | os.PathLike) -> bytes:
    """The bytes of an input, bounded: a regular file as long as it was when opened, a pipe
    or device (`/dev/stdin`, `<(…)`) up to `MAX_STREAM_BYTES`.

    `Path.read_bytes` read until the end, and `/dev/zero` (or `/dev/urandom`, a log that
    keeps growing) has none: `segment`, `align` and `lint` ended in a MemoryError traceback,
    or in the OOM killer. A regular file that grows or shrinks while it is read is being
    written by another program (a save that truncates the file first, then writes it): what
    was read may end in the middle of a line, so it is refused."""
    try:
        fh = open(path, "rb")
    except OSError as err:
        raise TifaError(f"cannot read: {err.strerror}", path) from None
    with fh:
        try:
            info = os.fstat(fh.fileno())
            size = info.st_size if stat.S_ISREG(info.st_mode) else 0
            limit = size or MAX_STREAM_BYTES  # a /proc file is regular and says 0 bytes
            chunks, total = [], 0
            while total <= limit:
                # a regular file in one read (no copy to join), a stream in chunks
                chunk = fh.read(limit + 1 - total if size else min(limit + 1 - total, _CHUNK))
                if not chunk:
                    break
                chunks.append(chunk)
                total += len(chunk)
        except OSError as err:
            raise TifaError(f"cannot read: {err.strerror}", path) from None
    if size and total != size:  # more or fewer bytes than it had when opened
        change = "grew" if total > size else "shrank"
        raise TifaError(f"{change} while tifa read it: another program is writing it; run "
                        "again once it is complete", path)
    if total > limit:
        raise TifaError(f"more than {MAX_STREAM_BYTES >> 20} MB from a pipe or device, and "
                        "not finished: tifa reads texts, not endless streams (save the text to "
                        "a file and name that)", path)
    return b"".join(chunks)


# Document formats translators are sent that tifa does not read, by their first bytes.
_DOCUMENTS = ((b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a Word or Excel 97-2003 file (.doc, .xls)"),
              (b"%PDF-", "a PDF"), (b"{\\rtf", "an RTF file"))


# Temporary files being written right now: removed on a signal even if the stack never unwinds.
_TEMPS: set[str] = set()


class Terminated(BaseException):
    """SIGTERM or SIGHUP, raised in the main thread like KeyboardInterrupt for SIGINT.

    A BaseException, so that no `except Exception` in library code swallows it.
    """

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


_stop_signal: int | None = None  # the stopping signal, even if its exception went astray


def _stop_exception(signum: int) -> BaseException:
    return KeyboardInterrupt() if signum == signal.SIGINT else Terminated(signum)


def stop(signum: int) -> None:
    """The signal handler's work: the first signal stops the command (its exception is
    raised); more of them while it cleans up are ignored."""
    global _stop_signal
    if _stop_signal is not None:
        return
    _stop_signal = signum
    raise _stop_exception(signum)


def stop_signal() -> int | None:
    """The signal that stopped the command, if one did."""
    return _stop_signal


def check_stop() -> None:
    """Raise the stop again where its first exception went astray.

    Python runs a signal handler at the next bytecode of the main thread; when that is inside a
    finalizer or an at-fork hook (a worker just forked), the exception is printed as ignored and
    the command runs on. Whatever writes or publishes calls this first, so nothing is written
    after a stop."""
    if _stop_signal is not None:
        raise _stop_exception(_stop_signal)


def tsv_row(cells: Iterable[str]) -> str:
    """One line of a TSV output: a tab, CR or line end inside a cell (a file name can hold
    any of them) becomes a space, so every row keeps the header's columns. Each TSV writer
    cleaned its cells its own way, and `mine`'s contexts and `build`'s removed.tsv not the
    file names: a page named with a tab shifted every column after it."""
    return "\t".join(cell.translate(_TSV_BREAKS) for cell in cells) + "\n"


_TSV_BREAKS = str.maketrans("\t\r\n", "   ")

STDOUT = "-"  # `-o -`: write to standard output
STDOUT_NAME = "standard output"  # what an error line calls it


def is_stdout(path: str | os.PathLike | None) -> bool:
    """True for `-o -` (Path("./-") is also "-": a file named '-' needs a longer path) and
    `-o /dev/stdout`, the same request in the spelling other tools need. (That was refused as
    a link, and with --follow-symlinks standard output redirected to a file, `>> log.txt`,
    replaced the file the shell was appending to.)"""
    return path is not None and os.fspath(path) in (STDOUT, "/dev/stdout")


# An input is a path, or (directory, glob) for a directory walked for the files that match.
Input = str | os.PathLike | tuple[str | os.PathLike, str]


def _within(path: Path, directory: Path) -> Path | None:
    """`path` relative to `directory` if it lies under it (or is it), else None.

    Real paths first; then by identity (device and inode) of each existing ancestor: the same
    folder under another path (a bind mount, `mount --bind corpus /mnt/c`) escaped the path
    comparison, and `segment corpus -o /mnt/c/x.txt` put a page into the corpus."""
    try:
        return path.relative_to(directory)
    except ValueError:
        pass
    try:
        key = os.stat(directory)
    except OSError:
        return None
    names: list[str] = []
    for ancestor in (path, *path.parents):
        try:
            info = os.stat(ancestor)
        except OSError:
            info = None  # not made yet (the output itself, its new folder)
        if info is not None and (info.st_dev, info.st_ino) == (key.st_dev, key.st_ino):
            return Path(*reversed(names))
        names.append(ancestor.name)
    return None


def walk_folders(directory: str | os.PathLike, onerror=None) -> Iterator[tuple[str, list[str]]]:
    """(folder, file names) for every folder a walk of `directory` reads: hidden folders
    skipped, linked folders followed (a month linked into the corpus is part of it), each real
    folder once, so a link back up the tree is no loop. The one walk of an input directory:
    the corpus reader's, and `check_output`'s, which must know every folder the reader will
    read (`corpus/june -> ../month` makes `-o month/x.txt` a page of the corpus)."""
    walked = {Path(directory).resolve()}
    for root, dirs, names in os.walk(directory, onerror=onerror, followlinks=True):
        kept = []
        for d in dirs:
            real = Path(root, d).resolve()
            if not d.startswith(".") and real not in walked:
                walked.add(real)
                kept.append(d)
        dirs[:] = kept
        yield root, names


def _walked_roots(directory: Path) -> list[tuple[Path, str | None]]:
    """The real folders whose trees a walk of `directory` reads: its own, then each folder a
    link inside it leads to outside it, with the link's path (as the walk reaches it)."""
    own = directory.resolve()
    roots: list[tuple[Path, str | None]] = [(own, None)]
    try:
        for root, _names in walk_folders(directory):
            real = Path(root).resolve()
            if not any(real == r or r in real.parents for r, _ in roots):
                roots.append((real, root))
    except OSError:
        pass  # an unreadable folder is the reader's to report
    return roots


def _inside_input(real: Path, directory: Path) -> tuple[Path, str | None] | None:
    """Where `real` lies in the tree a walk of `directory` reads, if it does: (its path below
    the folder holding it, the link that leads there or None), outside hidden folders."""
    for root, link in _walked_roots(directory):
        inside = _within(real, root)
        if inside is not None and not any(part.startswith(".") for part in inside.parts):
            return inside, link
    return None


def _through(link: str | None) -> str:
    return "" if link is None else f" (through its linked folder {link})"


def _probe_directory(target: Path, path: str | os.PathLike) -> None:
    """Fail now, not after the work, when the output's directory cannot take a new file: a
    temporary file is made and removed where `atomic_write` will make its own."""
    parent = target.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if not parent.is_dir():
        raise TifaError(f"cannot write: {parent} is not a directory", path)
    fd, probe = make_temp(target, path, parent)
    os.close(fd)
    drop_temp(probe)


def check_output(
    path: str | os.PathLike, inputs: Iterable[Input] = (), *, follow_symlinks: bool = False,
    outputs: Iterable[str | os.PathLike] = (),
) -> Path:
    """The path to write `path` to, after refusing what would destroy data.

    Refused, as a one-line `TifaError` naming the user's path: an output that is one of the
    command's inputs (same file under any spelling or hard link), or that a walked input
    directory would read as input next time; a symbolic link unless `follow_symlinks` (then the
    file it points to is written); a directory, device, FIFO or socket. `-` (standard output)
    passes through unchanged. Every command checks its outputs here before any work starts.
    `outputs` are the command's outputs checked before this one: two outputs on one file
    (`mine -o w.json --learn w.json`) left only the one written last.
    """
    given = Path(path)
    if is_stdout(path) or os.fspath(path) == os.devnull:
        return given  # /dev/null is written into, never replaced: "run, keep nothing"
    target = given
    try:
        info: os.stat_result | None = os.lstat(given)
    except FileNotFoundError:
        info = None
    except OSError as err:
        raise TifaError(f"cannot write: {err.strerror}", path) from None
    if info is not None and stat.S_ISLNK(info.st_mode):
        if not follow_symlinks:
            raise TifaError("is a symbolic link; tifa does not replace links (give "
                            "--follow-symlinks to write to the file it points to)", path)
        target = given.resolve()
        try:
            info = os.stat(target)
        except OSError:
            info = None  # a dangling link: its target is created
    if info is not None:
        _refuse_to_replace(info, target, path, TifaError, links=False)
    _probe_directory(target, path)
    real = target.resolve()
    for other in outputs:
        if not is_stdout(other) and os.fspath(other) != os.devnull and (
                Path(other).resolve() == real or info is not None and Path(other).exists()
                and os.path.samefile(other, target)):
            raise TifaError(f"is also another output of this command ({other}): give each "
                            "output its own file", path)
    for item in inputs:
        source, pattern = item if isinstance(item, tuple) else (item, None)
        source = Path(source)
        if is_stdout(source):
            continue
        try:
            if source.is_dir():
                found = (_inside_input(real, source)
                         if fnmatch.fnmatch(real.name, pattern or "*") else None)
                if found is not None:
                    raise TifaError(f"is inside the input directory {source}{_through(found[1])}"
                                    ", which tifa would read as input next time; write the "
                                    "output elsewhere", path)
                continue
            same = source.resolve() == real or (
                info is not None and source.exists() and os.path.samefile(source, target))
        except OSError:
            continue  # an unreadable input is reported by the reader, not here
        if same:
            also = "" if os.fspath(source) == os.fspath(path) else f" ({source})"
            raise TifaError(f"is also an input of this command{also}; refusing to overwrite "
                            "it: write the output elsewhere", path)
    return target


def check_output_dir(path: str | os.PathLike, inputs: Iterable[str | os.PathLike]) -> Path:
    """A directory for several outputs (`tifa build -o DIR`): never an input directory, inside
    one (the corpus walk would read the outputs next time) or holding an input."""
    given = Path(path)
    if is_stdout(path):
        raise TifaError("writes several files: give a directory, not -", path)
    if given.exists() and not given.is_dir():
        raise TifaError("exists and is not a directory (give -o a directory)", path)
    real = given.resolve()
    for item in inputs:
        source = Path(item)
        if not source.exists():
            continue
        own = source.resolve()
        found = _inside_input(real, source) if source.is_dir() else None
        if found is not None:
            where = "is" if not found[0].parts else "is inside"
            raise TifaError(f"{where} the input directory {source}{_through(found[1])}, which "
                            "tifa would read as input next time; write the results elsewhere",
                            path)
        if _within(own, real) is not None:
            raise TifaError(f"holds the input {source}; write the results elsewhere", path)
    _probe_directory(given / "probe", path)
    return given


def make_temp(target: Path, path: str | os.PathLike, directory: Path | None = None,
              ) -> tuple[int, str]:
    """A new hidden temporary file beside `target` (or in `directory`), to be renamed onto it:
    (open descriptor, name), with the mode a plain open() would give `target` (mkstemp's 0600
    made a new `mine --store` archive private, unlike every other output). A failure is one
    line naming the user's `path`; `drop_temp` removes the file.

    The name is noted for the clean-up before the file exists, so a stop at any point leaves
    nothing: holding the signals back while the file was made and noted (`pthread_sigmask`)
    holds them back in this thread only; with another thread alive (numba's) the signal went
    to that one and its handler ran in between all the same (a `.removed.tsv.*.tmp` was left by
    a stopped `build`), and a stop right after blocking left the signals blocked for good."""
    folder = directory or target.parent
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(
        os, "O_BINARY", 0)
    sweep_dead_temps(folder, target.name)
    for _ in range(100):
        tmp = os.path.join(folder, f".{target.name}.{secrets.token_hex(4)}.tmp")
        _TEMPS.add(tmp)
        try:
            fd = os.open(tmp, flags, 0o600)
        except FileExistsError:  # another file's name (one in four billion): not ours
            _TEMPS.discard(tmp)
            continue
        except OSError as err:
            _TEMPS.discard(tmp)
            raise _cannot_write(err, path) from None
        try:
            os.fchmod(fd, _existing_mode(target))
        except OSError:
            pass  # a file system without modes: the file is still written
        with contextlib.suppress(OSError):  # held while `fd` is open: see `sweep_dead_temps`
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return fd, tmp
    raise _cannot_write(FileExistsError(errno.EEXIST, "no free temporary file name"), path)


_TEMP_TAIL = re.compile(r"[0-9a-f]{8}\.tmp(-journal)?")  # after ".NAME.": make_temp's names
_DEAD_AFTER = 60.0  # seconds untouched before a temporary file's lock is asked about


def sweep_dead_temps(folder: str | os.PathLike, name: str) -> None:
    """Remove the temporary files of `name` a killed tifa left beside it.

    SIGKILL, the OOM killer or a power cut leave no time to clean up: a half-written
    `.out.tmx.1f2e3d4c.tmp` (or a new mine store's, with SQLite's `-journal`) stayed hidden
    beside the output for good, however large, and more with every such run. Each temporary
    file is locked (`flock`) by the process writing it for as long as it has it open, and the
    kernel drops the lock when that process dies; so the next tifa to write the same output
    removes those whose lock it can take. One untouched for less than a minute is left alone
    (its writer may be between making it and locking it); a lock this file system does not
    give (`flock` failing) leaves the file too."""
    prefix = f".{name}."
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    now = time.time()
    for entry in entries:
        tail = entry.name[len(prefix):] if entry.name.startswith(prefix) else ""
        if not _TEMP_TAIL.fullmatch(tail):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if not stat.S_ISREG(info.st_mode) or now - info.st_mtime < _DEAD_AFTER:
            continue
        temp = entry.path.removesuffix("-journal")
        try:
            fd = os.open(temp, os.O_RDONLY | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0))
        except FileNotFoundError:  # a journal whose store is gone: nothing can use it
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
            continue
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            continue  # its writer holds it: alive
        else:
            for dead in (temp, temp + "-journal"):
                with contextlib.suppress(OSError):
                    os.unlink(dead)
        finally:
            os.close(fd)


def drop_temp(tmp: str) -> None:
    """Remove a temporary file of `make_temp` (gone already is fine)."""
    with contextlib.suppress(OSError):
        os.unlink(tmp)
    _TEMPS.discard(tmp)


def _existing_mode(target: Path) -> int:
    """The target's current permissions, or the default for a new file under the umask."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def remove_temp_files() -> None:
    """Remove every temporary file `atomic_write` has open (the signal path of the CLI)."""
    for tmp in list(_TEMPS):
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        _TEMPS.discard(tmp)


@contextlib.contextmanager
def _stdout(mode: str, encoding: str | None, newline: str | None) -> Iterator[IO]:
    """Standard output as `atomic_write` would open a file: same mode, encoding and newlines."""
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a text-only stream (an embedding program's): write to it as it is
        yield sys.stdout
        return
    if "b" in mode:
        yield buffer
        buffer.flush()
        return
    fh = io.TextIOWrapper(buffer, encoding=encoding or "utf-8", newline=newline,
                          line_buffering=getattr(sys.stdout, "line_buffering", False),
                          write_through=True)
    try:
        yield fh
        fh.flush()
    finally:
        fh.detach()  # leave sys.stdout open


def _refuse_to_replace(info: os.stat_result, target: Path, path: str | os.PathLike,
                       error: type[TifaError], links: bool) -> None:
    """Refuse to replace what is not an ordinary writable file: a link (unless the caller
    resolved it already), a directory, a device, FIFO or socket, or a file its owner
    write-protected (`chmod a-w`: a rename replaced it all the same, even for a user a plain
    write would have refused, and root ignores the mode altogether)."""
    if links and stat.S_ISLNK(info.st_mode):
        raise error("is a symbolic link; tifa does not replace links", path)
    if stat.S_ISDIR(info.st_mode):
        raise error("is a directory; give a file name", path)
    if not stat.S_ISREG(info.st_mode):
        raise error("is a device, FIFO or socket, not a regular file; tifa replaces only "
                    "regular files (use -o - for standard output)", path)
    if not info.st_mode & 0o222 or not os.access(target, os.W_OK):
        raise error("is write-protected; tifa does not replace a file that cannot be written "
                    "(make it writable first, chmod u+w, or write the output elsewhere)", path)


_NAME_ENDS = "\t\n\"'|<>:"  # what ends a file name quoted in an output line
_UNDECODED = re.compile("[\udc80-\udcff]")


def shown_bytes(text: str) -> str:
    """`text` with the bytes of a file name that is not UTF-8 shown as \\xb9 (Python keeps them
    as lone surrogates, which an error line printed as \\udcb9: not the bytes `ls -b` shows)."""
    return _UNDECODED.sub(lambda m: f"\\x{ord(m[0]) - 0xDC00:02x}", text)


def unwritable_text(err: UnicodeEncodeError, path: str | os.PathLike | None = None,
                    printed: bool = False) -> TifaError:
    """One line for text an output cannot encode. What reaches it is a file name that is not
    UTF-8 (a page unpacked from a Chinese Windows archive: Python keeps its GBK bytes as
    surrogates, `os.fsdecode`) written into segments, contexts or a report: an exact output
    cannot hold it, and a changed name would no longer open the page. Or, when `printed`,
    Chinese printed to a standard output whose encoding is ASCII or Latin-1
    (PYTHONIOENCODING=ascii, a legacy locale): the line says how to give it UTF-8."""
    text = err.object if isinstance(err.object, str) else ""
    start = max((text.rfind(c, 0, err.start) for c in _NAME_ENDS), default=-1) + 1
    ends = [at for at in (text.find(c, err.end) for c in _NAME_ENDS) if at >= 0]
    word = text[start:min(ends, default=len(text))][:200]  # the name (or word) holding it
    shown = shown_bytes(word).encode("utf-8", "backslashreplace").decode("utf-8")
    if all("\udc80" <= c <= "\udcff" for c in text[err.start:err.end]):
        return TifaError(f"cannot write '{shown}': a file name that is not UTF-8 (another "
                         "encoding's bytes, GBK perhaps); rename the file in UTF-8 (convmv -f "
                         "GBK -t UTF-8 --notest FILE) and run again", path)
    if printed:
        return TifaError(f"cannot write '{shown}': its encoding is {err.encoding} (from "
                         "PYTHONIOENCODING or the locale), which has no such characters; run "
                         "with PYTHONIOENCODING=utf-8", path)
    return TifaError(f"cannot write '{shown}': {err.reason}", path)


def _cannot_write(err: OSError, path: str | os.PathLike) -> WriteError:
    reason = err.strerror or str(err)
    return WriteError(f"cannot write: {reason}", path, reason)


@contextlib.contextmanager
def atomic_write(
    path: str | os.PathLike, mode: str = "w", encoding: str | None = "utf-8",
    newline: str | None = None,
) -> Iterator[IO]:
    """Write to a temporary file beside `path` and rename it into place only on success.

    `-` is standard output. A symbolic link, directory or special file is never replaced
    (`check_output` resolves a link the user asked to write through), and any failure to write
    is one `TifaError` naming `path`, never the hidden temporary file.
    """
    check_stop()
    if is_stdout(path):
        try:
            with _stdout(mode, encoding, newline) as fh:
                yield fh
        except UnicodeEncodeError as err:
            raise unwritable_text(err, STDOUT_NAME) from None
        except BrokenPipeError:
            raise  # the reader has gone: the CLI ends quietly
        except OSError as err:
            if err.filename is not None:
                raise  # another file the caller read or wrote inside the block
            raise _cannot_write(err, STDOUT_NAME) from None  # `> /dev/full`, a full disk
        return
    if os.fspath(path) == os.devnull:
        with open(os.devnull, mode, encoding=None if "b" in mode else encoding) as fh:
            yield fh
        return
    target = Path(path)
    try:
        info = os.lstat(target)
    except OSError:
        info = None  # not there (or not reachable: making the temporary file says why)
    if info is not None:
        _refuse_to_replace(info, target, path, WriteError, links=True)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise _cannot_write(err, path) from None
    fd, tmp = make_temp(target, path)
    try:
        try:
            if "b" in mode:
                fh = os.fdopen(fd, mode)
            else:
                fh = os.fdopen(fd, mode, encoding=encoding, newline=newline)
            with fh:
                yield fh
            check_stop()
            os.replace(tmp, target)
        except TifaError:
            raise  # already one line naming its own file (a nested write, a bad input)
        except UnicodeEncodeError as err:
            raise unwritable_text(err, path) from None
        except OSError as err:
            if err.filename not in (None, tmp, os.fspath(target)):
                raise  # not ours: another file the caller read or wrote inside the block
            raise _cannot_write(err, path) from None
    finally:
        drop_temp(tmp)  # renamed into place, or removed on any error or stop


_ELEMENT_START = re.compile(r"<[A-Za-z_:]")


# Every lxml parser of tifa: no entity expansion, no DTD loading, no network, no huge trees.
XML_OPTIONS = {"resolve_entities": False, "no_network": True, "load_dtd": False,
               "huge_tree": False}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"   # xml:lang, as lxml names it
_EXTERNAL_ID = re.compile(r"<!DOCTYPE\s+[^\s\[>]+\s+(?:SYSTEM|PUBLIC)\b")


def xml_problem(message: object) -> str:
    """A parser's complaint without the place it repeats ("…\n, line 3, column 1"): the
    error line gives FILE:LINE:COLUMN once, in front."""
    return re.sub(r"\s*,?\s*line \d+, column \d+\s*$", "", str(message)).strip()


_DECLARED = re.compile(rb"<\?xml[^>]*?\sencoding\s*=\s*[\"']([A-Za-z0-9._:-]+)[\"']")


def _refuse_misdeclared_utf8(head: bytes, fh: IO[bytes], path: str | os.PathLike) -> None:
    """Refuse an XML file that declares a legacy encoding (ISO-8859-1, windows-1252, GBK…)
    but whose bytes are UTF-8: the parser believes the declaration, and every non-ASCII
    character comes out as others (中 as "ä¸\xad"), read, linted and merged into a new TMX
    without a word. UTF-8 with non-ASCII characters is next to never valid text in another
    encoding, so such a file is the declaration's mistake (a hand-written header, a tool's
    default). `fh` is left where it was (after `head`)."""
    declared = _DECLARED.match(head.lstrip(b"\xef\xbb\xbf \t\r\n"))
    if declared is None:
        return
    name = declared.group(1).decode("ascii")
    if name.lower().replace("-", "").replace("_", "") in ("utf8", "utf16", "utf16le",
                                                         "utf16be", "ucs2"):
        return
    decoder = codecs.getincrementaldecoder("utf-8")()
    data, lines, first = head, 1, None
    try:
        while data:
            if first is None:
                high = re.search(rb"[\x80-\xff]", data)
                if high is None:
                    lines += data.count(b"\n")
                else:
                    line = lines + data.count(b"\n", 0, high.start())
                    first = data[high.start():high.start() + 12]
            decoder.decode(data)
            data = fh.read(1 << 20)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return  # not UTF-8: the declaration may well be right
    finally:
        fh.seek(len(head))
    if first is None:
        return  # ASCII only: every ASCII-based encoding reads it alike
    shown = first.decode("utf-8", errors="ignore")
    try:
        misread = "".join(c for c in first.decode(name, errors="replace") if c.isprintable())
        misread = f" would be read as '{misread[:len(shown)]}…'"
    except LookupError:
        misread = " would be misread"
    raise TifaError(f"declares encoding=\"{name}\" but its text is UTF-8 ('{shown}…'{misread}): "
                    "correct the declaration to encoding=\"UTF-8\"", path, line)


def refuse_xml_entities(path: str | os.PathLike) -> bool:
    """Refuse an XML file whose DOCTYPE declares entities (billion laughs, XXE), before any
    parser sees it: every XML reader of tifa calls this first, so nothing is ever expanded.

    Returns True when the DOCTYPE names an external DTD. tifa never loads it, so an entity
    defined only there would silently vanish from the text: the caller then passes the
    parser's error log to `refuse_undefined_entities`.
    """
    try:
        fh = open(path, "rb")
    except OSError as err:
        raise TifaError(f"cannot read: {err.strerror}", path) from None
    with fh:
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
            # a pipe (<(…)) gives its bytes once: the parser, opening it again, found nothing
            # and called a good file malformed ("no element found")
            raise TifaError("not a regular file: tifa reads an XML file twice (its DOCTYPE "
                            "first); save it to a file and name that", path)
        head = fh.read(1 << 16)
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):
            enc = "utf-16"
        elif head[:4] in (b"<\x00?\x00", b"\x00<\x00?"):
            enc = "utf-16-le" if head[0] == 0x3C else "utf-16-be"
        else:
            enc = "utf-8"
        text = head.decode(enc, errors="replace")
        if enc == "utf-8":
            _refuse_misdeclared_utf8(head, fh, path)
        start = text.find("<!DOCTYPE")
        first_element = _ELEMENT_START.search(text)
        if start < 0 or (first_element and first_element.start() < start):
            return False  # no DOCTYPE in the prolog ("<!DOCTYPE" inside CDATA is just text)
        # Read on until the internal subset (if any) is closed.
        while "]>" not in text[start:] and ">" not in text[start:].split("[", 1)[0]:
            more = fh.read(1 << 16)
            if not more:
                break
            text += more.decode(enc, errors="replace")
            if len(text) > 1 << 20:
                raise TifaError("DOCTYPE internal subset over 1 MB; refusing to read", path, 1)
    doctype = text[start:]
    if "[" in doctype.split(">", 1)[0]:
        end = doctype.find("]>")
        subset = doctype if end < 0 else doctype[:end]
        if "<!ENTITY" in subset:
            line = text.count("\n", 0, start + subset.find("<!ENTITY")) + 1
            raise TifaError(
                "DOCTYPE declares entities (possible billion-laughs/XXE attack); refusing to read",
                path, line)
    return _EXTERNAL_ID.match(doctype) is not None


def refuse_undefined_entities(error_log, path: str | os.PathLike) -> None:
    """Raise on the first entity the parser could not resolve (lxml logs it as a warning and
    drops the text): `&foo;` defined only in an external DTD would otherwise become ''."""
    for entry in error_log:
        if entry.type_name == "WAR_UNDECLARED_ENTITY":
            name = re.search(r"'([^']*)'", entry.message)
            ref = f"&{name.group(1)};" if name else "an entity"
            raise TifaError(f"{ref} is not defined in the file (its DTD is external and tifa "
                            "does not load it): its text would be lost; replace the entity "
                            "with the text it stands for", path, entry.line or None,
                            entry.column or None)


def check_xml_entities(path: str | os.PathLike) -> None:
    """`refuse_xml_entities`, then, for a file with an external DTD, one streaming pass that
    refuses entities it would define: for readers whose parser tifa does not drive."""
    if not refuse_xml_entities(path):
        return
    from lxml import etree  # only for files with an external DTD: lxml costs start-up time

    events = etree.iterparse(str(path), events=("end",), remove_comments=True, **XML_OPTIONS)
    try:
        for n, (_event, elem) in enumerate(events):
            if n % 4096 == 0:  # the log is copied on each look: look now and then
                refuse_undefined_entities(events.error_log, path)
            elem.clear(keep_tail=True)
            while elem.getprevious() is not None:
                del elem.getparent()[0]
    except etree.XMLSyntaxError:
        return  # malformed XML: the reader itself reports it with its line
    refuse_undefined_entities(events.error_log, path)
