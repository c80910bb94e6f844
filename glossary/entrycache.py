"""One file's entries as packed columns (`Rows`), read again only where the file's text changed.

A terminologist edits one entry of a 50,000-entry file; the next lookup should not read the
other 49,999 again (4–5 s of Python per line), nor rebuild them as Python objects. So a large
file in the plain layout is cut into the text of its items — from one `- ` at the indentation
of the `entries:` list to the next — and the checked values and match keys of every item are
kept in the cache as packed text (`Rows`: one string per entry and column), with a hash of the
item's text, in one cache entry per file path: what the next read needs is the previous version
of *this* file, whatever it holds now. Reading the file again is then cut, hash, look up, and
read only the items whose text is new.

The cut is only trusted where it cannot change the meaning of the file: the top-level
`entries:` line is followed (after blank and comment lines) by the first item, the header above
it reads as a header, and below it every line that is neither blank nor a comment and is
indented no deeper than the items is an item's `- ` line. A new item is read alone, by the same
reader and checks as the whole file, and must be exactly one entry that passes them. Anything
else falls back to reading the whole file (`yamlfile.quick_parse`), and a file with a problem
goes on to the reader with positions, so errors still name file:line:column.
"""

from __future__ import annotations

import gc
import marshal
import re
from dataclasses import dataclass, fields
from itertools import accumulate, repeat
from operator import add, itemgetter
from pathlib import Path

from tifa.glossary import entry as entry_module
from tifa.glossary import index as index_module
from tifa.glossary import yamlfile, yamlsubset
from tifa.glossary.index import RS, US, record_head, unpack_head
from tifa.glossary.yamlfile import RawEntry, header_ok, item_values, quick_read
from tifa.glossary.yamlfile import quick_entries as quick_values
from tifa.tm.base import cache
from tifa.tm.base import text as text_module
from tifa.tm.base.cache import blake2b

# Smaller files are read whole in a few tens of milliseconds: they get no cache entry.
MIN_CHARS = 256 * 1024
# More new items than this share of the file: one pass over the whole file is quicker.
WHOLE_SHARE = 0.05
CACHE_VERSION = "1"
_CODE = tuple(m.__file__ or "" for m in (entry_module, index_module, yamlfile, yamlsubset,
                                        text_module)) + (__file__,)

_ENTRIES = re.compile(r"^entries:[ ]*(?:#[^\n]*)?$", re.M)
# Blank and comment lines, then the first item's `- `: group 1 is its indentation.
_FIRST = re.compile(r"(?:[ ]*(?:#[^\n]*)?\n)*([ ]*)-(?=[ \n]|\Z)")


@dataclass
class Rows:
    """The entries of one file, one string per entry and column (lists joined with RS, a
    column of a row without any item is ""): what the layered glossary is packed from
    (`glossary.index`), without a Python object per field."""

    ids: list[str]
    heads: list[str]       # index.record_head
    zh_forms: list[str]    # zh, *zh_variants
    zh_keys: list[str]     # their match keys
    accepted: list[str]    # en (if any), *en_variants texts
    en_keys: list[str]
    deprecated: list[str]  # en_deprecated texts
    dep_keys: list[str]
    firsts: str            # per row "1" when it has no `en` (accepted[0] is then a variant)
    lines: list[int]

    def __len__(self) -> int:
        return len(self.ids)


_TEXT_COLUMNS = tuple(f.name for f in fields(Rows))[:8]


def rows_of(raws: list[RawEntry]) -> Rows:
    return Rows([r.id for r in raws], [record_head(*r[:12]) for r in raws],
                [RS.join((r.zh, *r.zh_variants)) for r in raws],
                [RS.join(r.zh_keys) for r in raws],
                [RS.join(([r.en] if r.en else []) + [t for t, _ in r.en_variants]) for r in raws],
                [RS.join(r.en_keys) for r in raws],
                [RS.join(t for t, _ in r.en_deprecated) for r in raws],
                [RS.join(r.dep_keys) for r in raws],
                "".join("0" if r.en else "1" for r in raws), [r.line for r in raws])


def raws_of(rows: Rows) -> list[RawEntry]:
    """The entries as `yamlfile.quick_parse` gives them (positions are the entries' lines)."""
    out = []
    for head, zk, acc, ek, dep, dk, line in zip(rows.heads, rows.zh_keys, rows.accepted,
                                                rows.en_keys, rows.deprecated, rows.dep_keys,
                                                rows.lines, strict=True):
        values = unpack_head(head)
        pos = (line, 1)
        out.append(RawEntry(*values, line, pos, pos, [pos] * len(values[2]),
                            [(t, line, 1) for t, _ in values[5]], zk.split(RS),
                            ek.split(RS) if acc else [], dk.split(RS) if dep else []))
    return out


def quick_rows(box: list[str], path: Path) -> Rows | None:
    """The rows of `yamlfile.quick_parse(text)` (None where it gives None), with the items
    already read from an earlier version of the file at `path` taken from the cache (files of
    MIN_CHARS or more). `box` holds the text: when the whole file is read, the text is taken
    out of it as soon as it has been read (~30 MB less at the peak for 50,000 entries)."""
    text = box[0]
    cut = _cut(text) if len(text) >= MIN_CHARS and cache.enabled() else None
    if cut is None:
        del text
        return _whole(box)
    start, indent = cut
    prefix = indent + "-"
    # The items' texts as UTF-8, each without its leading `prefix` (the same for all): one
    # encode and one split in C, and no str object per item.
    sep = ("\n" + prefix).encode()
    pieces = text.encode().split(sep)[text.count("\n" + prefix, 0, start) + 1:]
    lines = list(accumulate(map(add, map(bytes.count, pieces[:-1], repeat(b"\n")), repeat(1)),
                            initial=text.count("\n", 0, start) + 1))
    digests = [blake2b(p, digest_size=16).digest() for p in pieces]
    memo_path = cache.entry_path("glossary-items", cache.key(
        CACHE_VERSION, cache.code_stamp(*_CODE), str(path.resolve())), ".marshal")
    with _Memo(memo_path) as memo:
        found = list(map(memo.known.get, digests))
        missing = [k for k, i in enumerate(found) if i is None]
        whole = not memo.known or len(missing) > max(64, WHOLE_SHARE * len(digests))
        if whole:  # the first read of this file, or mostly new: one pass over all of it
            del pieces
            memo.close()
            outside = _outside(text, start, indent)
            del text
            return _whole_kept(box, outside, lines, digests, memo_path)
        new: list[RawEntry] = []
        for k in missing:
            # Read alone, an item with a line outside it (a top-level key, a line at the
            # items' indentation) is not one entry: then the whole file is read.
            raw = _read_item(prefix + pieces[k].decode(), lines[k])
            if raw is None:
                del text
                return _whole(box)
            found[k] = len(memo.known) + len(new)
            new.append(raw)
        del pieces
        more = rows_of(new)
        pick = itemgetter(*found)
        columns = []
        for name in _TEXT_COLUMNS:
            try:
                column = memo.column()
            except _Damaged:
                memo.close()
                outside = _outside(text, start, indent)
                del text
                return _whole_kept(box, outside, lines, digests, memo_path)
            if new:
                column += getattr(more, name)
            columns.append(list(pick(column)) if len(found) > 1 else [column[found[0]]])
            del column
        firsts = memo.firsts + more.firsts
        rows = Rows(*columns, "".join(pick(firsts)), lines)  # type: ignore[call-arg]
        # Rewritten when it is worth it: the next reads re-read a few new items meanwhile.
        stale = len(memo.known) - (len(found) - len(new))
        if len(new) + stale > max(16, WHOLE_SHARE * len(found)):
            memo.close()
            _store(memo_path, digests, rows)
    return rows


def _whole_kept(box: list[str], outside: bool, lines: list[int], digests: list[bytes],
                memo_path: Path) -> Rows | None:
    """The whole file read at once, its rows stored for the next read where cutting it into
    items is safe (no line `outside` the items) and the items are the entries one for one."""
    if outside:
        return _whole(box)
    rows = _whole(box)
    if rows is not None and rows.lines == lines:
        _store(memo_path, digests, rows)
    return rows


def _store(path: Path, digests: list[bytes], rows: Rows) -> None:
    """The rows and their items' hashes, as successive marshal objects (read one at a time)."""
    with cache.writing(path) as fh:
        if fh is not None:
            marshal.dump((CACHE_VERSION, len(rows)), fh)
            marshal.dump(b"".join(digests), fh)
            marshal.dump(rows.firsts, fh)
            for name in _TEXT_COLUMNS:  # in slices: no 20 MB string at once
                column = getattr(rows, name)
                parts = range(0, len(column), _SLICE)
                marshal.dump(len(parts), fh)
                for start in parts:
                    marshal.dump(US.join(column[start:start + _SLICE]), fh)


def quick_entries(text: str, path: Path) -> list[RawEntry] | None:
    """`quick_rows` as raw entries (for `tifa glossary add`)."""
    rows = quick_rows([text], path)
    return None if rows is None else raws_of(rows)


def _whole(box: list[str]) -> Rows | None:
    enabled = gc.isenabled()
    gc.disable()  # many small acyclic objects: see Glossary._all_rows
    try:
        return _whole_rows(box)
    finally:
        if enabled:
            gc.enable()


def _whole_rows(box: list[str]) -> Rows | None:
    got = quick_read(box.pop())  # the text lives on only in the caller's own variable
    if got is None:
        return None
    raws = quick_values(*got)
    del got
    if raws is None:
        return None
    rows = rows_of([])
    while raws:  # a slice at a time, each freed once packed: 50,000 entries never exist twice
        part = raws[:_SLICE]
        del raws[:_SLICE]
        more = rows_of(part)
        del part
        for name in _TEXT_COLUMNS:
            getattr(rows, name).extend(getattr(more, name))
        rows.firsts += more.firsts
        rows.lines += more.lines
    return rows


_SLICE = 4096


def _cut(text: str) -> tuple[int, str] | None:
    """(where the first item starts, the items' indentation) when the header reads as one and
    the first item follows the `entries:` line, else None."""
    found = _ENTRIES.search(text)
    if found is None or not header_ok(yamlsubset.read(text[:found.end()])):
        return None
    first = _FIRST.match(text, found.end() + 1)
    return None if first is None else (first.start(1), first.group(1))


def _outside(text: str, start: int, indent: str) -> bool:
    """A line below `start` indented no deeper than the items that is not an item's `- `, a
    comment or blank: then an item's text read alone may not mean what it means in the file.
    (An item read alone checks its own lines: the reader stops at such a line.)"""
    other = re.compile(rf"\n(?!{indent}-(?:[ \n]|\Z))(?![ ]*(?:#|\n|\Z))[ ]{{0,{len(indent)}}}"
                       r"(?![ ])")
    return other.search(text, start) is not None


def _read_item(chunk: str, line: int) -> RawEntry | None:
    """The entry of one item's text read alone, at `line`; None unless it is one clean entry."""
    got = yamlsubset.read(chunk)
    if got is None:
        return None
    data, lines = got
    if type(data) is not list or len(data) != 1 or id(data) not in lines:
        return None
    return item_values(data[0], line)


class _Damaged(Exception):
    """A stored column does not match its hashes."""


class _Memo:
    """The stored rows of the file's previous version, read a column at a time (each long
    text is split and dropped before the next is read); empty if there are none or they are
    damaged (a damaged entry costs a full read, never a wrong entry)."""

    def __init__(self, path: Path) -> None:
        self.known: dict[bytes, int] = {}
        self.firsts = ""
        self.fh = cache.opened(path)
        if self.fh is None:
            return
        try:
            version, n = marshal.load(self.fh)
            digests, self.firsts = marshal.load(self.fh), marshal.load(self.fh)
            if version != CACHE_VERSION or len(digests) != 16 * n or len(self.firsts) != n:
                raise ValueError("cache shape")
        except (OSError, EOFError, ValueError, TypeError):
            self.close()
            self.firsts = ""
            return
        self.known = {digests[k:k + 16]: i for i, k in enumerate(range(0, len(digests), 16))}

    def column(self) -> list[str]:
        """The next column (an empty memo has only empty ones)."""
        if not self.known or self.fh is None:
            return []
        column: list[str] = []
        try:
            for _ in range(marshal.load(self.fh)):
                column += marshal.load(self.fh).split(US)
        except (OSError, EOFError, ValueError, TypeError, AttributeError):
            column = []
        if len(column) != len(self.known):
            raise _Damaged
        return column

    def close(self) -> None:
        if self.fh is not None:
            self.fh.close()
            self.fh = None

    def __enter__(self) -> _Memo:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
