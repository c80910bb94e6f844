"""Reading inputs and writing outputs safely.

Every command reads through `read_text` and writes through `atomic_write`, so that bad input
becomes one clear line (file, line, problem) and an interrupted run never leaves a half-written
file behind.
"""

from __future__ import annotations

import codecs
import contextlib
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from tifa.tm.base.text import han_share, has_han

_ODD = re.compile(  # outside ASCII, Latin-1, general/CJK/full-width punctuation and CJK
    r"[^\t\n\r\x20-\x7e\u00a0-\u00ff\u2000-\u206f\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]"
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


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

    def __str__(self) -> str:
        where = [p for p in (self.path, self.line, self.column) if p is not None]
        prefix = ":".join(str(p) for p in where)
        return f"{prefix}: {self.message}" if prefix else self.message


def _utf16_order(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when BOM-less bytes look like UTF-16, else None.

    ASCII characters (line ends, digits, Latin) encode as a NUL byte beside the character, so
    NULs at only odd offsets mean little-endian and at only even offsets big-endian; a text
    without any ASCII (pure Chinese) has no NULs, and is tried when UTF-8 and GB18030 fail.
    """
    sample = data[:65536]
    if len(data) % 2:
        return None
    odd = sample[1::2].count(0)
    even = sample[0::2].count(0)
    if odd and not even:
        return "utf-16-le"
    if even and not odd:
        return "utf-16-be"
    return None


def _decode_utf16(data: bytes, order: str, path: str | os.PathLike) -> str:
    try:
        return data.decode(order)
    except UnicodeDecodeError as err:
        raise TifaError(f"invalid UTF-16 text at byte {err.start}", path) from None


def decode(data: bytes, path: str | os.PathLike = "<input>") -> str:
    """Decode UTF-8 (with or without BOM), UTF-16 (with or without BOM) or GB18030/GBK;
    refuse binary and anything else."""
    if not data:
        return ""
    text: str | None = None
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    elif data.startswith(codecs.BOM_UTF16_LE):
        text = _decode_utf16(data[2:], "utf-16-le", path)
    elif data.startswith(codecs.BOM_UTF16_BE):
        text = _decode_utf16(data[2:], "utf-16-be", path)
    elif b"\x00" in data[:65536]:
        order = _utf16_order(data)
        try:
            text = data.decode(order) if order else None
        except UnicodeDecodeError:
            text = None
        # Without a BOM, demand ordinary text: almost nothing outside ASCII, CJK, punctuation.
        if text is None or len(_ODD.findall(text)) > len(text) * 0.01:
            raise TifaError("binary file, not text (NUL bytes)", path)
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as utf8_error:
            text = _decode_legacy(data, utf8_error, path)
    if "\x00" in text:
        raise TifaError("binary file, not text (NUL characters)", path)
    control = len(_CONTROL.findall(text))  # regex: a Python loop costs ~0.2 s per MB
    if control > max(8, len(text) // 1000):
        raise TifaError("binary file, not text (control characters)", path)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _plain(text: str) -> bool:
    """Ordinary text: some Chinese, next to nothing outside ASCII, CJK and CJK punctuation."""
    return has_han(text) and len(_ODD.findall(text)) <= len(text) * 0.01


def _decode_legacy(data: bytes, utf8_error: UnicodeDecodeError,
                   path: str | os.PathLike) -> str:
    """GB18030/GBK, else BOM-less UTF-16 without any ASCII; refuse anything else."""
    unknown = TifaError("unknown encoding: neither UTF-8, UTF-16 nor GB18030/GBK text", path,
                        data.count(b"\n", 0, utf8_error.start) + 1)
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = None
    # GB18030 decodes almost any byte soup; demand that it reads as ordinary text.
    # (A GBK spreadsheet may be mostly English: the share of Chinese is no test.)
    if text is not None and _plain(text):
        return text
    if len(data) % 2 == 0:
        for order in ("utf-16-le", "utf-16-be"):
            try:
                candidate = data.decode(order)
            except UnicodeDecodeError:
                continue
            if _plain(candidate) and han_share(candidate) >= 0.5:
                return candidate
    if text is None:
        raise unknown from None
    raise TifaError("unknown encoding: neither UTF-8, UTF-16 nor GB18030/GBK text",
                    path) from None


def read_text(path: str | os.PathLike) -> str:
    """Read a text file as str with LF line ends, whatever its encoding and line ends."""
    p = Path(path)
    if not p.exists():
        raise TifaError("no such file or directory", p)
    if p.is_dir():
        raise TifaError("is a directory, expected a file", p)
    try:
        data = p.read_bytes()
    except OSError as err:
        raise TifaError(f"cannot read: {err.strerror}", p) from None
    return decode(data, p)


def _existing_mode(target: Path) -> int:
    """The target's current permissions, or the default for a new file under the umask."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


@contextlib.contextmanager
def atomic_write(
    path: str | os.PathLike, mode: str = "w", encoding: str | None = "utf-8",
    newline: str | None = None,
) -> Iterator[IO]:
    """Write to a temporary file beside `path` and rename it into place only on success."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        if "b" in mode:
            fh = os.fdopen(fd, mode)
        else:
            fh = os.fdopen(fd, mode, encoding=encoding, newline=newline)
        with fh:
            yield fh
        # mkstemp makes the file private (0600); give it the mode a plain open() would.
        os.chmod(tmp, _existing_mode(target))
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


_ELEMENT_START = re.compile(r"<[A-Za-z_:]")


def refuse_xml_entities(path: str | os.PathLike) -> None:
    """Refuse an XML file whose DOCTYPE declares entities (billion laughs, XXE), before any
    parser sees it: every XML reader of tifa calls this first, so nothing is ever expanded."""
    with open(path, "rb") as fh:
        head = fh.read(1 << 16)
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):
            enc = "utf-16"
        elif head[:4] in (b"<\x00?\x00", b"\x00<\x00?"):
            enc = "utf-16-le" if head[0] == 0x3C else "utf-16-be"
        else:
            enc = "utf-8"
        text = head.decode(enc, errors="replace")
        start = text.find("<!DOCTYPE")
        first_element = _ELEMENT_START.search(text)
        if start < 0 or (first_element and first_element.start() < start):
            return  # no DOCTYPE in the prolog ("<!DOCTYPE" inside CDATA is just text)
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
