"""Glossary entries and the layered glossary they make up.

An `Entry` is one official formulation with its accepted and deprecated renderings; `Glossary`
is what every command works with (iterate it for entries, `index()` for lookups). The YAML
schema (field names and allowed values) is defined here; reading and checking YAML is
`glossary.yamlfile`, loading and caching `glossary.store`.
"""

from __future__ import annotations

import gc
import re
from array import array
from bisect import bisect_right
from dataclasses import dataclass, field

from tifa.glossary.index import FS, US, Keys, unpack_record
from tifa.tm.base.text import english_keys, match_keys

CATEGORIES = ("principle", "initiative", "mechanism", "project", "organisation/place", "slogan",
              "quotation/proverb", "term")
# `term`: an everyday term of a field (食品安全 food safety, 中小企业 SMEs), kept for its
# rendering; not a formulation (提法), so mining does not learn from it as one.
DOMAINS = ("diplomatic", "domestic")
STATUSES = ("official", "recommended", "provisional")
ENTRY_FIELDS = ("id", "zh", "zh_variants", "en", "en_variants", "en_deprecated", "category",
                "domain", "note", "source", "status", "binding")
REQUIRED_FIELDS = ("id", "zh", "category", "domain", "status")
HEADER_FIELDS = ("name", "source_lang", "target_lang", "description", "version")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def default_binding(status: str) -> bool:
    """An official rendering binds the translator; recommended and provisional ones advise."""
    return status == "official"


@dataclass(frozen=True, slots=True)
class Variant:
    """An accepted alternative English rendering and when it is acceptable."""

    text: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class Deprecated:
    """An English rendering that must be flagged, and why."""

    text: str
    reason: str = ""


@dataclass(slots=True)
class Entry:
    """One official formulation; `origin`/`line` say where it was defined (for users' reports).

    `binding`: a missing rendering of a binding term is an error in lint, of a non-binding
    (descriptive, advisory) one only information. Left out (None) it follows the status:
    official terms bind, others do not; `binding_explicit` remembers that it was written.
    """

    id: str
    zh: str
    zh_variants: list[str] = field(default_factory=list)
    en: str = ""
    en_variants: list[Variant] = field(default_factory=list)
    en_deprecated: list[Deprecated] = field(default_factory=list)
    category: str = ""
    domain: str = ""
    note: str = ""
    source: str = ""
    status: str = ""
    origin: str = ""
    line: int = 0
    replaces: list[str] = field(default_factory=list)  # "file:line" of layered-over entries
    binding: bool = None  # type: ignore[assignment]  # None → resolved in __post_init__
    binding_explicit: bool = False

    def __post_init__(self) -> None:
        if self.binding is None:
            self.binding = default_binding(self.status)
        else:
            self.binding_explicit = True

    @property
    def zh_forms(self) -> list[str]:
        """The canonical form first, then the variants."""
        return [self.zh, *self.zh_variants]

    @property
    def accepted(self) -> list[str]:
        """Every accepted English rendering, official first."""
        return ([self.en] if self.en else []) + [v.text for v in self.en_variants]

    @property
    def where(self) -> str:
        return f"{self.origin}:{self.line}"

    def to_dict(self) -> dict:
        """The YAML/JSON shape of the entry (empty optional fields left out)."""
        out: dict = {"id": self.id, "zh": self.zh}
        if self.zh_variants:
            out["zh_variants"] = list(self.zh_variants)
        if self.en:
            out["en"] = self.en
        if self.en_variants:
            out["en_variants"] = [_compact({"text": v.text, "note": v.note})
                                  for v in self.en_variants]
        if self.en_deprecated:
            out["en_deprecated"] = [_compact({"text": d.text, "reason": d.reason})
                                    for d in self.en_deprecated]
        for name in ("category", "domain", "note", "source", "status"):
            if getattr(self, name):
                out[name] = getattr(self, name)
        if self.binding_explicit:
            out["binding"] = self.binding
        return out


def _compact(d: dict) -> dict:
    return {k: v for k, v in d.items() if v}


def entry_of(values: tuple, files: list[str]) -> Entry:
    """An Entry from `index.unpack_record` values; files are numbered in `files`."""
    (eid, zh, zv, en, ev, ed, cat, dom, note, src, st, binding, org, line, rep) = values
    return Entry(eid, zh, zv, en, [Variant(t, n) for t, n in ev],
                 [Deprecated(t, r) for t, r in ed], cat, dom, note, src, st, files[org], line,
                 [f"{files[i]}:{n}" for i, n in rep], binding)


class Glossary:
    """The layered glossary: iterate it for entries; `files` lists what was loaded, in order.

    Loaded by `glossary.store` it holds packed columns (`glossary.index`), not entries: a
    lookup in 50,000 entries needs a handful of them. `row(i)` builds one entry; `entries`
    (iteration, lint, export, ...) builds them all on first use. Built from a list of entries
    (tests, tools) it makes its key index on first use. Not meant to be changed after a lookup.
    """

    def __init__(self, entries: list[Entry] | None, files: list[str], *,
                 packed: tuple | None = None) -> None:
        self.files = files
        self._entries = entries
        self._packed = packed
        self._starts = array("I", packed[2]) if packed is not None else None
        self._rows: dict[int, Entry] = {}
        self._index: tuple[Keys, Keys, Keys] | None = None
        if packed is not None:
            self._index = tuple(Keys(*packed[k]) for k in (3, 4, 5))  # type: ignore

    # -- entries
    @property
    def entries(self) -> list[Entry]:
        if self._entries is None:
            self._entries = self._all_rows()
        return self._entries

    def _record(self, i: int) -> str:
        return self._packed[1][self._starts[i]:self._starts[i + 1] - 1]  # type: ignore

    def row(self, i: int) -> Entry:
        """Entry number `i` (in layering order), built alone when the glossary is packed."""
        if self._entries is not None:
            return self._entries[i]
        entry = self._rows.get(i)
        if entry is None:
            entry = self._rows[i] = entry_of(unpack_record(self._record(i)), self.files)
        return entry

    def _all_rows(self) -> list[Entry]:
        """Every entry; those already built by `row` are reused (same objects)."""
        packed = self._packed
        records = packed[1][:-1].split(US) if packed[0] else []  # type: ignore
        # Building 50k entries allocates ~10 objects each; the cyclic GC would rescan the
        # growing heap many times over (none of these objects form cycles): it waits.
        enabled = gc.isenabled()
        gc.disable()
        try:
            return [self._rows.get(i) or entry_of(unpack_record(r), self.files)
                    for i, r in enumerate(records)]
        finally:
            if enabled:
                gc.enable()

    def __iter__(self):
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self._entries) if self._entries is not None else self._packed[0]  # type: ignore

    def get(self, entry_id: str) -> Entry | None:
        i = self.row_of_id(entry_id)
        return None if i is None else self.row(i)

    def row_of_id(self, entry_id: str) -> int | None:
        """Row number of the entry with this id (ids are unique once layered)."""
        if self._entries is not None:
            return next((i for i, e in enumerate(self._entries) if e.id == entry_id), None)
        records = self._packed[1]  # type: ignore
        if US in entry_id or FS in entry_id or not records:
            return None
        pos = records.find(f"{US}{entry_id}{FS}")  # the id is a record's first field
        pos = 0 if records.startswith(entry_id + FS) else pos + 1 if pos >= 0 else -1
        return None if pos < 0 else bisect_right(self._starts, pos) - 1  # type: ignore

    # -- match keys
    def index(self) -> tuple[Keys, Keys, Keys]:
        """Searchable zh keys, accepted-English keys and deprecated-English keys of every row."""
        if self._index is None:
            self._index = build_index(
                [e.zh_forms for e in self.entries], [e.accepted for e in self.entries],
                [0 if e.en else 1 for e in self.entries],
                [[d.text for d in e.en_deprecated] for e in self.entries])
        return self._index

    @property
    def categories(self) -> list[str]:
        """Per entry: its category, read from the packed records without building entries."""
        if self._entries is not None or not self._packed[0]:  # type: ignore
            return [e.category for e in self.entries]
        return [r.split(FS, 7)[6] for r in self._packed[1][:-1].split(US)]  # type: ignore

    @property
    def zh_keys(self) -> list[list[str]]:
        """Per entry: match_key of zh + zh_variants."""
        return self._per_row(0)

    @property
    def en_keys(self) -> list[list[str]]:
        """Per entry: english_key of the accepted renderings."""
        return self._per_row(1)

    @property
    def dep_keys(self) -> list[list[str]]:
        """Per entry: english_key of the deprecated renderings."""
        return self._per_row(2)

    def _per_row(self, which: int) -> list[list[str]]:
        keys = self.index()[which]
        out: list[list[str]] = [[] for _ in range(len(self))]
        for key, row in zip(keys.keys, keys.rows, strict=True):
            out[row].append(key)
        return out


def _per_row(flat: list[str], like: list[list[str]]) -> list[list[str]]:
    out, pos = [], 0
    for items in like:
        out.append(flat[pos:pos + len(items)])
        pos += len(items)
    return out


def build_index(zh_forms: list[list[str]], accepted: list[list[str]], first: list[int],
                deprecated: list[list[str]],
                keys: tuple[list[list[str]], list[list[str]], list[list[str]]] | None = None
                ) -> tuple[Keys, Keys, Keys]:
    """The three key indexes of rows given by their forms. An accepted rendering's number is
    its place in [en, *en_variants], so 0 always means the official rendering (`first` is 1
    for an entry without `en`). `keys`, when given, are the forms' keys already made."""
    if keys is None:
        keys = (_per_row(match_keys([f for fs in zh_forms for f in fs]), zh_forms),
                _per_row(english_keys([f for fs in accepted for f in fs]), accepted),
                _per_row(english_keys([f for fs in deprecated for f in fs]), deprecated))
    return (Keys.of(keys[0], zh_forms), Keys.of(keys[1], accepted, first),
            Keys.of(keys[2], deprecated))
