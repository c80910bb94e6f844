"""The one on-disk cache of tifa: one directory, entries named by what they were made from,
old entries pruned under a size cap.

Parsing a 50,000-entry glossary, indexing a large TMX or building the CC-CEDICT lexicon takes
seconds; their results are kept here so that the next command starts in a fraction of one.
An entry's name is a hash of its *key*: the content of the input file (not its path), the
version of the code that built it and the kind of entry. So two installs or two copies of one
file share an entry, an edited file gets a new one, and the old one is simply never read again
— until `prune` removes it (least recently used first) once the directory holds more than
`TIFA_CACHE_MAX_MB` (default 512) megabytes or it has not been used for 60 days.

A cache is only ever a speed-up: a missing, corrupt or unwritable entry costs a rebuild, never a
wrong answer or an error. `TIFA_NO_CACHE=1` switches it off.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pickle
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from tifa.tm.base.files import atomic_write

try:  # hashlib would also load OpenSSL (~5-10 ms of every lookup's start); blake2 is built in
    from _blake2 import blake2b
except ImportError:  # a Python built without it
    from hashlib import blake2b

DEFAULT_MAX_MB = 512
MAX_AGE_DAYS = 60
# Above this size a file is fingerprinted by size, mtime and its first and last 64 KB instead of
# its whole content: hashing a 1 GB TMX would cost a second on every `tm lookup`.
FULL_HASH_MAX = 64 * 2**20
_EDGE = 65536


def enabled() -> bool:
    return not os.environ.get("TIFA_NO_CACHE")


def cache_dir() -> Path:
    """`$XDG_CACHE_HOME/tifa`, or `~/.cache/tifa`."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "tifa"


def code_stamp(*files: str | os.PathLike) -> str:
    """Size and mtime of the source files that build an entry: editing them invalidates it."""
    parts = []
    for name in files:
        try:
            st = os.stat(name)
            parts.append(f"{st.st_size}.{st.st_mtime_ns}")
        except OSError:
            parts.append("-")
    return ",".join(parts)


def fingerprint(path: str | os.PathLike) -> str | None:
    """What a file holds, as a short hash: its whole content (files over 64 MB: size, mtime and
    the first and last 64 KB). None when it cannot be read (then nothing is cached)."""
    try:
        with open(path, "rb") as fh:
            st = os.fstat(fh.fileno())
            digest = blake2b(digest_size=16)
            digest.update(str(st.st_size).encode())
            if st.st_size <= FULL_HASH_MAX:
                while chunk := fh.read(1 << 20):
                    digest.update(chunk)
            else:
                digest.update(f"|{st.st_mtime_ns}|".encode())
                digest.update(fh.read(_EDGE))
                fh.seek(-_EDGE, os.SEEK_END)
                digest.update(fh.read(_EDGE))
    except OSError:
        return None
    return digest.hexdigest()


def key(*parts: str) -> str:
    """A short name for a cache entry made from `parts` (fingerprints, versions, options)."""
    return blake2b("\x00".join(parts).encode(), digest_size=12).hexdigest()


def entry_path(kind: str, entry_key: str, suffix: str) -> Path:
    """Where the entry of this kind and key lives, e.g. `glossary-3f2a….marshal`."""
    return cache_dir() / f"{kind}-{entry_key}{suffix}"


def opened(path: Path) -> IO[bytes] | None:
    """Open an entry for reading (and mark it used, for pruning); None if there is none."""
    if not enabled():
        return None
    try:
        fh = open(path, "rb")
    except OSError:
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # recently used: pruned last
    return fh


@contextlib.contextmanager
def writing(path: Path) -> Iterator[IO[bytes] | None]:
    """Write an entry atomically, then prune the directory. Yields None (write nothing) when the
    cache is off; an unwritable cache directory is silently skipped."""
    if not enabled():
        yield None
        return
    opened = False
    try:
        with atomic_write(path, "wb", encoding=None) as fh:
            opened = True
            yield fh
    except OSError:
        if not opened:  # the directory refused the file: the caller writes nothing
            yield None
        return  # a read-only home is fine: we only lose speed
    prune()


# The names tifa gives its entries (`entry_path`: kind, key of 24 hex digits, suffix) and their
# temporary files while written (`atomic_write`: .NAME.random.tmp). Nothing else in the
# directory is ever listed, pruned or cleared: a file someone put there, or a directory the
# cache's path was linked to, is not tifa's to delete.
_ENTRY = re.compile(r"\.?[a-z][a-z0-9-]*-[0-9a-f]{24}\.[a-z]+(\.[^/]*\.tmp)?")


@dataclass
class CacheFile:
    path: Path
    size: int
    used: float          # mtime: set on every read

    @property
    def kind(self) -> str:
        return self.path.name.split("-", 1)[0] if "-" in self.path.name else "other"


def entries() -> list[CacheFile]:
    """Every file in the cache directory, most recently used first."""
    out = []
    try:
        names = list(os.scandir(cache_dir()))
    except OSError:
        return []
    for item in names:
        try:
            st = item.stat()
        except OSError:
            continue
        if item.is_file(follow_symlinks=False) and _ENTRY.fullmatch(item.name):
            out.append(CacheFile(Path(item.path), st.st_size, st.st_mtime))
    return sorted(out, key=lambda f: -f.used)


def max_bytes() -> int:
    try:
        return int(float(os.environ.get("TIFA_CACHE_MAX_MB", DEFAULT_MAX_MB)) * 2**20)
    except ValueError:
        return DEFAULT_MAX_MB * 2**20


def prune(limit: int | None = None, now: float | None = None) -> list[CacheFile]:
    """Remove entries unused for MAX_AGE_DAYS, then the least recently used ones until the
    directory fits under `limit` bytes (default: TIFA_CACHE_MAX_MB). Returns what was removed.
    Temporary files of a write in progress (`.NAME.tmp`) are left alone unless a day old."""
    limit = max_bytes() if limit is None else limit
    now = time.time() if now is None else now
    removed, total = [], 0
    for item in entries():
        if item.path.name.startswith("."):
            stale = now - item.used > 86400
        else:
            total += item.size
            stale = now - item.used > MAX_AGE_DAYS * 86400 or total > limit
        if stale:
            with contextlib.suppress(OSError):
                item.path.unlink()
                removed.append(item)
    return removed


def clear() -> list[CacheFile]:
    """Remove every entry (the directory itself stays)."""
    return prune(limit=-1, now=float("inf"))


class _Known(pickle.Unpickler):
    """Reads pickles of plain data (dicts, lists, strings, frozensets: what tifa caches) and
    of the classes the caller names, nothing else.

    A pickle that names another class is not one of tifa's entries (damage, or a newer tifa's
    format under the same name): looking the class up would be an AttributeError or
    ModuleNotFoundError traceback, and calling it could run any code."""

    def __init__(self, fh: IO[bytes], classes: frozenset[tuple[str, str]]) -> None:
        super().__init__(fh)
        self.classes = classes

    def find_class(self, module: str, name: str):
        if (module, name) in self.classes:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"not plain data: {module}.{name}")


def unpickled(path: Path, classes: frozenset[tuple[str, str]] = frozenset()) -> Any:
    """What is pickled at `path`, or None when it is missing or damaged, whatever the damage
    raised (a corrupt length is a MemoryError): a cache entry only ever costs a rebuild, never
    a traceback. `classes` (module, name) are the only classes it may name."""
    fh = opened(path)
    if fh is None:
        return None
    try:
        with fh:
            return _Known(fh, classes).load()
    except Exception:  # any damage (a stop is a BaseException: not caught)
        return None


def pickled(path: Path | None, build: Callable[[], dict], items: tuple[type, type]) -> dict:
    """The mapping pickled at `path`, or `build()` stored there; a damaged entry is rebuilt.

    `path` None (no cache: disabled or unreadable source) just builds. An entry that does not
    read back as plain data, a mapping whose first items are of the types `items` (key,
    value), is damaged or another version's, whatever the unpickler raised (a corrupt length
    is a MemoryError): a cache only ever costs a rebuild, never a traceback or a wrong answer
    (a mapping of other values was used as the lexicon)."""
    value = unpickled(path) if path is not None else None
    key, kind = items
    if isinstance(value, dict) and value and all(
            isinstance(k, key) and isinstance(v, kind)
            for k, v in itertools.islice(value.items(), 100)):
        return value
    value = build()
    if path is not None:
        with writing(path) as out:
            if out is not None:
                pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
    return value
