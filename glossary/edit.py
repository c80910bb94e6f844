"""`tifa glossary add`: append one checked entry to a user's glossary file as text.

The file is the user's: its comments, blank lines, key order and quoting are theirs. So the new
entry is written as YAML text in the file's own indentation and inserted after the last entry
(a replaced entry's lines are cut out); nothing else in the file changes. A 50,000-entry file
is then one quick read to check for collisions, one to prove the result reads back, and a
write — not a round trip through a YAML library (222 s and 1.16 GB with ruamel.yaml). The file
is written back in its own encoding, BOM and line ends (`files.text_form`): a reviewed file in
GBK with CRLF must not come back as UTF-8 with LF, every line of it a change in the review.

Two adds at the same moment must not lose an entry: the whole read–check–write runs under an
advisory lock (`fcntl.flock` on `.NAME.lock` beside the file), reads the file only once it
holds the lock, and replaces it atomically.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import re
import time
from collections.abc import Iterator
from pathlib import Path

from tifa.glossary import entrycache, yamlsubset
from tifa.glossary.entry import ENTRY_FIELDS, Glossary
from tifa.glossary.entrycache import Rows, raws_of, rows_of
from tifa.glossary.index import RS
from tifa.glossary.store import Selection, clean_rows, display
from tifa.glossary.termlist import is_term_list
from tifa.glossary.yamlfile import (
    Problem,
    RawEntry,
    check_together,
    parse_text,
    quick_parse,
    read_yaml,
)
from tifa.tm.base.files import TifaError, atomic_write, text_form
from tifa.tm.base.text import english_keys, match_keys

LOCK_TIMEOUT = 30.0  # seconds; TIFA_LOCK_TIMEOUT overrides it
_ENTRIES_LINE = re.compile(r"^entries:[ ]*(?P<value>[^#\n]*?)[ ]*(?:#.*)?$", re.M)


def slugify(text: str) -> str:
    """An id from the English: 'the Belt and Road Initiative' → 'belt-and-road-initiative'."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    words = [w for w in words if w not in ("a", "an", "the")][:8]
    return "-".join(words)


@contextlib.contextmanager
def locked(path: Path, timeout: float | None = None) -> Iterator[None]:
    """Hold the advisory lock of `path` (`.NAME.lock` beside it); a one-line error if another
    process holds it for longer than `timeout` seconds."""
    if timeout is None:
        try:
            timeout = float(os.environ.get("TIFA_LOCK_TIMEOUT", LOCK_TIMEOUT))
        except ValueError:
            timeout = LOCK_TIMEOUT
    lock = path.parent / f".{path.name}.lock"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as err:
        raise TifaError(f"cannot create the lock file {lock.name}: {err.strerror}",
                        display(path)) from None
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise TifaError(f"another tifa is editing this file (lock {lock.name} held "
                                    f"for over {timeout:g} s); try again later",
                                    display(path)) from None
                time.sleep(0.05)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _refuse_hard_links(target: Path, shown: str) -> None:
    """Refuse to edit a file that has other names (hard links): the edit is written aside and
    renamed onto this name, so the other names would keep the old glossary and the team's
    shared file silently diverge, as with a symbolic link without --follow-symlinks."""
    try:
        links = os.stat(target).st_nlink
    except OSError:
        return  # a new file, or one the reading will report
    if links > 1:
        raise TifaError(f"has {links - 1} other name(s) (hard links): an edit replaces this "
                        "name only and the others would silently keep the old glossary; edit "
                        "it through a symbolic link (with --follow-symlinks) or make it a file "
                        "of its own (cp FILE FILE.new && mv FILE.new FILE)", shown)


def add_entry(path: str | os.PathLike, fields: dict, *, replace: bool = False,
              context: Glossary | None = None) -> tuple[str, list[str]]:
    """Append one entry to a glossary file, keeping its comments and layout; atomic write.

    `fields` has the YAML shape (see `Entry.to_dict`). `context` is the layered glossary the
    entry must not collide with (other files; entries of `path` itself are read from the file).
    A duplicate id or zh, or a zh variant another entry claims, is a `TifaError` unless
    `replace` is set; then entries of `path` with the same id or zh are replaced (entries of
    other files are layered over). Returns (entry id, list of replaced places).
    """
    target = Path(path)
    shown = display(target)
    if is_term_list(target.name):
        raise TifaError("a term list (.tsv, .csv, .xlsx) or term base (.tbx) is read, never "
                        "written: add the pair to it in its own tool, or add the entry to a "
                        "YAML glossary", shown)
    _refuse_hard_links(target, shown)
    block = entry_text(fields, 2, 4)
    new_raws, problems = parse_text("entries:\n" + block, "new entry")
    problems = [p for p in problems if p.severity == "error"]
    if problems or not new_raws:
        raise TifaError(problems[0].message if problems else "entry is not valid")
    new = new_raws[0]
    others = _context_raws(context, target)
    with locked(target):
        text = read_yaml(target, shown) if target.exists() else ""
        # written back as it is stored: encoding, BOM and line ends (a new file: UTF-8, LF)
        form = text_form(target.read_bytes() if target.exists() else b"", text, shown)
        own = _own_rows(text, shown, target)
        replaced: list[str] = []
        drop = [r for r, (eid, keys) in enumerate(zip(own.ids, own.zh_keys, strict=True))
                if eid == new.id or keys.partition(RS)[0] == new.zh_keys[0]]
        for r in drop:
            if not replace:
                raise TifaError(f"entry '{own.ids[r]}' ({own.zh_forms[r].partition(RS)[0]}) "
                                f"already exists at {shown}:{own.lines[r]}: use --replace to "
                                "replace it")
            replaced.append(f"{shown}:{own.lines[r]}")
        for raw, origin in others:
            if _same(raw, new):
                if not replace:
                    raise TifaError(f"entry '{raw.id}' ({raw.zh}) already exists at "
                                    f"{origin}:{raw.line}: use --replace to layer yours over it")
                replaced.append(f"{origin}:{raw.line}")
        gone = set(drop)
        kept = [r for r in range(len(own)) if r not in gone]
        _check_layers(own, kept, new, others, shown)
        out = _insert(text, own.lines, [own.lines[r] for r in drop], fields, target)
        last = max(kept, key=lambda r: own.lines[r], default=None)
        if drop or last is None:  # lines were cut out, or a new/empty file: read it all back
            _check_result(out, shown, [own.ids[r] for r in kept] + [new.id], new, target)
        else:
            # Only appended: the file above its last entry is unchanged and was just read, so
            # reading back from that entry on proves the new one lands as the next item.
            tail = "entries:\n" + out[_Lines(out).offset(own.lines[last]):]
            _check_result(tail, shown, [own.ids[last], new.id], new)
        with atomic_write(target, "wb") as fh:
            fh.write(form.encode(out))
    return new.id, replaced


def _same(raw: RawEntry, new: RawEntry) -> bool:
    return raw.id == new.id or raw.zh_keys[0] == new.zh_keys[0]


def _check_layers(own: Rows, kept: list[int], new: RawEntry,
                  others: list[tuple[RawEntry, str]], shown: str) -> None:
    """As `load_glossary` checks layers: the file (with the new entry) on its own, then over
    the entries of the files below it that it does not replace. Quick set checks on the rows
    first; only if they are not clean are the entries built, to name the problem."""
    files = [own, rows_of([new]), rows_of([raw for raw, _ in others])]
    upper: Selection = [(0, kept), (1, None)]
    ids = {own.ids[r] for r in kept} | {new.id}
    zh = {own.zh_keys[r].partition(RS)[0] for r in kept} | {new.zh_keys[0]}
    below: Selection = [(2, [k for k, (raw, _) in enumerate(others)
                             if raw.id not in ids and raw.zh_keys[0] not in zh])]
    if clean_rows(files, upper) and clean_rows(files, below + upper):
        return
    raws = raws_of(own)
    upper_raws = [(raws[r], shown) for r in kept] + [(new, "new entry")]
    problems: list[Problem] = []
    check_together(upper_raws, problems)
    if not problems:
        check_together([(raw, origin) for raw, origin in others
                        if raw.id not in ids and raw.zh_keys[0] not in zh] + upper_raws,
                       problems)
    if problems:
        first = min(problems, key=lambda p: p.path != "new entry")
        if first.path == "new entry":
            raise TifaError(f"{first.message}; not added", shown)
        raise first.error()


def _own_rows(text: str, shown: str, path: Path) -> Rows:
    """The entries of the file being added to (those unchanged since the last read of a large
    file come from the cache); any problem in it stops the add."""
    if not text.strip():
        return rows_of([])
    rows = entrycache.quick_rows([text], path)
    if rows is None:
        rows = rows_of(_read_strictly(text, shown))
    return rows


def _read_strictly(text: str, shown: str, path: Path | None = None) -> list[RawEntry]:
    """The file's entries, fast when it is plain; its first error stops the edit."""
    raws = quick_parse(text) if path is None else entrycache.quick_entries(text, path)
    if raws is None:
        raws, problems = parse_text(text, shown)
        errors = [p for p in problems if p.severity == "error"]
        if errors:
            raise errors[0].error()
    return raws


def _insert(text: str, own: list[int], drop: list[int], fields: dict, target: Path) -> str:
    """The file's text with the dropped entries' lines cut out and the new entry appended.

    `own`: the lines of the file's entries, `drop`: those of the entries cut out. Works on
    character offsets: a 50,000-entry file is not split into its 500,000 lines."""
    if text and not text.endswith("\n"):
        text += "\n"
    if not any(line.strip() and not line.lstrip().startswith("#")
               for line in text.split("\n", 1000)[:1000]) and len(text) < 100_000:
        header = "glossary:\n" f"  name: {_scalar(target.stem + ' (user glossary)')}\n" \
                 "  source_lang: zh-CN\n  target_lang: en\nentries:\n"
        return text + header + entry_text(fields, 2, 4)
    match = _ENTRIES_LINE.search(text)
    if match is None:
        raise TifaError("cannot find the top-level 'entries:' line to append to",
                        display(target))
    if match.group("value") not in ("", "[]", "~", "null"):
        raise TifaError("'entries' is written as a flow list ([...]); write it as a block "
                        "list (one '- id: ...' per entry) to add to it", display(target))
    if match.group("value"):  # `entries: []` becomes `entries:`, its comment kept
        line = match.group(0)
        text = text[:match.start()] + "entries:" + \
            (line[line.index("#") - 1:] if "#" in line else "") + text[match.end():]
        match = _ENTRIES_LINE.search(text)
        assert match is not None
    after = match.end() + 1                                   # start of the line after it
    nxt = _TOP_LEVEL.search(text, after)
    end = len(text) if nxt is None else nxt.start()           # the next top-level key
    while nxt is not None and end > after:                    # ... and the comments above it
        prev = text.rfind("\n", 0, end - 1) + 1
        line = text[prev:end - 1]
        if line.strip() and not line.lstrip().startswith("#"):
            break
        end = prev
    lines = _Lines(text)
    dash, key = 2, 4
    if own:
        first = lines.line(min(own))
        dash = len(first) - len(first.lstrip(" "))
        rest = first.lstrip(" ")[1:]
        key = dash + 1 + len(rest) - len(rest.lstrip(" "))
    starts = sorted(own)
    cuts = []
    for at in drop:
        stop = next((n for n in starts if n > at), None)
        stop_at = end if stop is None else lines.offset(stop)
        while stop_at > lines.offset(at):                     # not the next entry's comments
            prev = text.rfind("\n", 0, stop_at - 1) + 1
            line = text[prev:stop_at - 1]
            if line.strip() and not line.lstrip().startswith("#"):
                break
            stop_at = prev
        cuts.append((lines.offset(at), stop_at))
    block = entry_text(fields, dash, key)
    last = max(starts, default=0)
    if last >= 2 and not lines.line(last - 1).strip():
        block = "\n" + block  # the file separates its entries with blank lines: so do we
    pieces, pos = [], 0
    for begin, stop in sorted(cuts):
        pieces.append(text[pos:begin])
        pos = stop
    return "".join(pieces) + text[pos:end] + block + text[end:]


_TOP_LEVEL = re.compile(r"^[^ #\-\n]", re.M)  # a line at column 0 that is not an item or comment


class _Lines:
    """Where line n (1-based) of a text starts, found without splitting the text: newlines are
    counted per 64 KB block once, then one block is searched."""

    BLOCK = 1 << 16

    def __init__(self, text: str) -> None:
        self.text = text
        self.before = [0]   # newlines before each block
        for start in range(0, len(text), self.BLOCK):
            self.before.append(self.before[-1] + text.count("\n", start, start + self.BLOCK))

    def offset(self, n: int) -> int:
        from bisect import bisect_left

        block = max(0, bisect_left(self.before, n - 1) - 1)   # the block line n starts in
        pos, seen = block * self.BLOCK, self.before[block]
        while seen < n - 1:
            pos = self.text.index("\n", pos) + 1
            seen += 1
        return pos

    def line(self, n: int) -> str:
        start = self.offset(n)
        end = self.text.find("\n", start)
        return self.text[start:] if end < 0 else self.text[start:end]


def _check_result(text: str, shown: str, ids: list[str], new: RawEntry,
                  path: Path | None = None) -> None:
    """Never write a file we could not read back into exactly the entries we meant (`path`:
    the file the text is meant for, whose unchanged items may come from the cache)."""
    got = sorted(_read_strictly(text, shown, path), key=lambda r: r.line)
    if sorted(r.id for r in got) != sorted(ids) or got[-1].id != new.id \
            or got[-1][:12] != new[:12]:
        raise TifaError("the new entry could not be appended without changing the file's other "
                        "entries; file left unchanged", shown)


# --------------------------------------------------------------------------- YAML text

def entry_text(fields: dict, dash: int, key: int) -> str:
    """One entry as block YAML: `dash` spaces before '- ', keys at column `key`; short lists
    of Chinese forms in flow style, as in the shipped files."""
    pad = " " * key
    lines = []
    for name in ENTRY_FIELDS:
        value = fields.get(name)
        if value in (None, "", []):
            continue
        if name == "zh_variants":
            lines.append(f"{name}: [{', '.join(_scalar(v, flow=True) for v in value)}]")
        elif isinstance(value, list):
            lines.append(f"{name}:")
            for item in value:
                parts = [(k, item[k]) for k in ("text", "note", "reason") if item.get(k)]
                for j, (k, v) in enumerate(parts):
                    lead = "  - " if j == 0 else "    "
                    lines.append(f"{lead}{k}: {_scalar(v)}")
        elif isinstance(value, bool):
            lines.append(f"{name}: {'true' if value else 'false'}")
        else:
            lines.append(f"{name}: {_scalar(str(value))}")
    first = " " * dash + "-" + " " * (key - dash - 1) + lines[0]
    return "\n".join([first] + [pad + line for line in lines[1:]]) + "\n"


def _scalar(value: str, flow: bool = False) -> str:
    """Plain where YAML reads it back as the same text, else single-quoted (double-quoted with
    escapes only for control characters)."""
    try:
        if value == value.strip() and yamlsubset.inline(value) == value \
                and not (flow and any(c in value for c in ",[]{}")):
            if not flow or yamlsubset.plain(value, flow=True) == value:
                return value
    except (yamlsubset.Unsupported, IndexError):
        pass
    if value.isprintable():
        return "'" + value.replace("'", "''") + "'"
    return json.dumps(value, ensure_ascii=False)


def _context_raws(context: Glossary | None, target: Path) -> list[tuple[RawEntry, str]]:
    """The context glossary as raw entries, without the entries that live in `target` itself."""
    if context is None:
        return []
    skip = display(target)
    entries = [e for e in context.entries if e.origin != skip]
    zh = match_keys([z for e in entries for z in e.zh_forms])
    en = english_keys([t for e in entries for t in e.accepted])
    dep = english_keys([d.text for e in entries for d in e.en_deprecated])
    out, a, b, c = [], 0, 0, 0
    for e in entries:
        nz, ne, nd = len(e.zh_forms), len(e.accepted), len(e.en_deprecated)
        pos = (e.line, 1)
        raw = RawEntry(e.id, e.zh, e.zh_variants, e.en,
                       [(v.text, v.note) for v in e.en_variants],
                       [(d.text, d.reason) for d in e.en_deprecated], e.category, e.domain,
                       e.note, e.source, e.status, e.binding if e.binding_explicit else None,
                       e.line, pos, pos, [pos] * len(e.zh_variants),
                       [(d.text, e.line, 1) for d in e.en_deprecated], zh[a:a + nz],
                       en[b:b + ne], dep[c:c + nd])
        out.append((raw, e.origin))
        a, b, c = a + nz, b + ne, c + nd
    return out


__all__ = ["LOCK_TIMEOUT", "Problem", "add_entry", "entry_text", "locked", "slugify"]
