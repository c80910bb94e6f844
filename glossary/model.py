"""Glossary entries: load the YAML files, check them, layer user files over the shipped ones.

The YAML is the source of truth. It is read with pyyaml's node composer (libyaml when present)
so that every problem can be reported as `file:line:column: message`, and the result of a clean
load is cached (marshal, keyed by path, size, mtime and a content hash) because parsing YAML for
a 50,000-entry glossary takes seconds while a lookup must start in a fraction of one.
"""

from __future__ import annotations

import gc
import marshal
import os
import re
from array import array
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from tifa.tm.base.files import TifaError, atomic_write, read_text

try:  # hashlib would also load OpenSSL (~5-10 ms of every lookup's start); blake2 is built in
    from _blake2 import blake2b
except ImportError:  # a Python built without it
    from hashlib import blake2b

DATA_DIR = Path(__file__).resolve().parent / "data"
CATEGORIES = ("principle", "initiative", "mechanism", "project", "organisation/place", "slogan",
              "quotation/proverb")
DOMAINS = ("diplomatic", "domestic")
STATUSES = ("official", "recommended", "provisional")
ENTRY_FIELDS = ("id", "zh", "zh_variants", "en", "en_variants", "en_deprecated", "category",
                "domain", "note", "source", "status", "binding")
REQUIRED_FIELDS = ("id", "zh", "category", "domain", "status")
HEADER_FIELDS = ("name", "source_lang", "target_lang", "description", "version")
# YAML for 50k entries is ~10 MB; a file many times that is a mistake (or a log pasted in).
MAX_BYTES = 32 * 1024 * 1024
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_CACHE_VERSION = 6


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
    """One official formulation; `origin`/`line` say where it was defined (for users' reports)."""

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
    # Is the rendering binding (lint: a missing one is an error)? YAML `binding`; when absent,
    # true for status official, false otherwise.
    binding: bool | None = None

    def __post_init__(self) -> None:
        if self.binding is None:
            self.binding = self.status == "official"

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
        return out


def _compact(d: dict) -> dict:
    return {k: v for k, v in d.items() if v}


@dataclass
class Problem:
    """A validation finding, printed as `file:line:column: message`."""

    path: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.message}"

    def error(self) -> TifaError:
        return TifaError(self.message, self.path, self.line, self.column)


class Glossary:
    """The layered glossary: iterate it for entries; `files` lists what was loaded, in order.

    Loaded from the cache it holds columns, not entries: a lookup in 50,000 entries needs a
    handful of them, and building every `Entry` took longer than the lookup itself. `row(i)`
    builds one entry; `entries` (iteration, lint, export, ...) builds them all on first use.
    The glossary is not meant to be changed after a lookup (the search index is kept).
    """

    def __init__(self, entries: list[Entry] | None, files: list[str],
                 zh_keys: list[list[str]] | None = None, en_keys: list[list[str]] | None = None,
                 dep_keys: list[list[str]] | None = None, *, columns: tuple | None = None
                 ) -> None:
        self.files = files
        self._entries = entries
        self._columns = columns      # the cached columns (see _to_columns), when entries is None
        self._starts = array("I", columns[2]) if columns is not None else None
        self._rows: dict[int, Entry] = {}
        self._index: tuple[Keys, Keys, Keys] | None = None
        if columns is not None:
            self._index = tuple(Keys(*columns[k]) for k in (3, 4, 5))  # type: ignore
        self._keys = (zh_keys or [], en_keys or [], dep_keys or [])

    # -- entries
    @property
    def entries(self) -> list[Entry]:
        if self._entries is None:
            self._entries = _from_columns(self._columns, self.files, self._rows)  # type: ignore
        return self._entries

    def row(self, i: int) -> Entry:
        """Entry number `i` (in layering order), built alone when the glossary is columns."""
        if self._entries is not None:
            return self._entries[i]
        entry = self._rows.get(i)
        if entry is None:
            start, end = self._starts[i], self._starts[i + 1] - 1  # type: ignore
            entry = self._rows[i] = _row_fields(self._columns[1][start:end].split(_FS),  # type: ignore
                                                self.files)
        return entry

    def __iter__(self):
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self._entries) if self._entries is not None else self._columns[0]  # type: ignore

    def get(self, entry_id: str) -> Entry | None:
        i = self.row_of_id(entry_id)
        return None if i is None else self.row(i)

    def row_of_id(self, entry_id: str) -> int | None:
        """Row number of the entry with this id (ids are unique once layered)."""
        if self._entries is not None:
            return next((i for i, e in enumerate(self._entries) if e.id == entry_id), None)
        records = self._columns[1]  # type: ignore
        if _US in entry_id or _FS in entry_id or not records:
            return None
        pos = records.find(f"{_US}{entry_id}{_FS}")  # the id is a record's first field
        pos = 0 if records.startswith(entry_id + _FS) else pos + 1 if pos >= 0 else -1
        return None if pos < 0 else bisect_right(self._starts, pos) - 1  # type: ignore

    # -- match keys
    def index(self) -> tuple[Keys, Keys, Keys]:
        """Searchable zh keys, accepted-English keys and deprecated-English keys of every row."""
        if self._index is None:
            zh, en, dep = self._keys
            if len(zh) != len(self.entries):
                zh = [[zh_key(z) for z in e.zh_forms] for e in self.entries]
                en = [[en_key(t) for t in e.accepted] for e in self.entries]
                dep = [[en_key(d.text) for d in e.en_deprecated] for e in self.entries]
            # An accepted rendering's number is its place in [en, *en_variants], so that 0
            # always means the official rendering (variants of an entry without `en` start at 1).
            self._index = (Keys.of(zh, [e.zh_forms for e in self.entries]),
                           Keys.of(en, [e.accepted for e in self.entries],
                                   [0 if e.en else 1 for e in self.entries]),
                           Keys.of(dep, [[d.text for d in e.en_deprecated]
                                         for e in self.entries]))
        return self._index

    @property
    def zh_keys(self) -> list[list[str]]:
        """Per entry: match_key of zh + zh_variants."""
        return self._per_row(0)

    @property
    def en_keys(self) -> list[list[str]]:
        """Per entry: en_key of the accepted renderings."""
        return self._per_row(1)

    @property
    def dep_keys(self) -> list[list[str]]:
        """Per entry: en_key of the deprecated renderings."""
        return self._per_row(2)

    def _per_row(self, which: int) -> list[list[str]]:
        if self._columns is None and len(self._keys[which]) == len(self.entries):
            return self._keys[which]
        keys = self.index()[which]
        out: list[list[str]] = [[] for _ in range(len(self))]
        for key, row in zip(keys.keys, keys.rows, strict=True):
            out[row].append(key)
        return out


class Keys:
    """One kind of match key for every row, joined into one string so that str.find (C) does
    the scanning: `\x1f k0 \x1f k1 \x1f ...`; `rows[k]`/`nums[k]` say whose key k is (row,
    position in that row's list), `form(k)` is the glossary text it was made from. The numbers
    are arrays, stored as bytes in the cache: loading them creates no Python objects."""

    def __init__(self, text: str, forms: str, starts, rows, nums, longest: int) -> None:
        self.text, self.forms, self.longest = text, forms, longest
        self.starts, self.rows, self.nums = (array("I", x) for x in (starts, rows, nums))
        self._keys: list[str] | None = None
        self._set: set[str] | None = None

    @classmethod
    def of(cls, keys: list[list[str]], forms: list[list[str]],
           first: list[int] | None = None) -> Keys:
        flat = [k for ks in keys for k in ks]
        flat_forms = [f for fs in forms for f in fs]
        return cls(_SEP + " " + f" {_SEP} ".join(flat) + " " + _SEP if flat else _SEP,
                   "".join(f + _US for f in flat_forms), _starts(flat_forms),
                   [i for i, ks in enumerate(keys) for _ in ks],
                   [j + (first[i] if first else 0) for i, ks in enumerate(keys)
                    for j in range(len(ks))], max(map(len, flat), default=0))

    def dump(self) -> tuple:
        return (self.text, self.forms, self.starts.tobytes(), self.rows.tobytes(),
                self.nums.tobytes(), self.longest)

    @property
    def keys(self) -> list[str]:
        if self._keys is None:
            self._keys = self.text[2:-2].split(f" {_SEP} ") if self.rows else []
        return self._keys

    def form(self, k: int) -> str:
        return self.forms[self.starts[k]:self.starts[k + 1] - 1]

    def present(self, pieces: list[str]) -> list[str]:
        """The pieces that are keys (a set for many pieces, else one C scan each)."""
        if len(pieces) < 64:
            return [p for p in pieces if f"{_SEP} {p} {_SEP}" in self.text]
        if self._set is None:
            self._set = set(self.keys)
        return [p for p in pieces if p in self._set]

    def find(self, needle: str) -> list[int]:
        """Numbers of the keys containing `needle` (each once); `_SEP` marks key boundaries."""
        text, out = self.text, []
        seps, counted = 0, 0
        pos = text.find(needle)
        while pos != -1:
            seps += text.count(_SEP, counted, pos + 1)
            counted = pos + 1
            out.append(seps - 1)
            nxt = text.find(_SEP, pos + 1)
            if nxt == -1:
                break
            seps += text.count(_SEP, counted, nxt)
            counted = nxt
            pos = text.find(needle, nxt)
        return out

    def exact(self, key: str) -> list[int]:
        return self.find(f"{_SEP} {key} {_SEP}")


_SEP = "\x1f"


def _starts(items: list[str]) -> list[int]:
    """Where each item starts in `"".join(item + _US for item in items)`, and its length."""
    out, pos = [0], 0
    for item in items:
        pos += len(item) + 1
        out.append(pos)
    return out


# --------------------------------------------------------------------------- match keys

def zh_key(text: str) -> str:
    """The key Chinese forms are compared on (dash, width and space variants fold together)."""
    from tifa.tm.base.text import match_key

    return match_key(text)


def en_key(text: str) -> str:
    """Case-, space- and quote-insensitive key for comparing English renderings."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"')
    text = text.replace("\u201d", '"')
    text = re.sub(r"[\u2010-\u2015\u2212\uff0d-]", "-", text)
    return " ".join(text.casefold().split())


# --------------------------------------------------------------------------- YAML → entries

def shipped_files() -> list[Path]:
    """The curated glossary that ships inside the package."""
    return sorted(DATA_DIR.glob("*.yaml"))


def user_files(extra: list | tuple | None = None) -> list[Path]:
    """User glossaries: `TIFA_GLOSSARY` (os.pathsep-separated) first, then `--glossary` files."""
    env = os.environ.get("TIFA_GLOSSARY", "")
    paths = [Path(p) for p in env.split(os.pathsep) if p.strip()]
    return paths + [Path(p) for p in (extra or [])]


def _display(path: Path) -> str:
    """Path as the user should see it: relative to the working directory where possible."""
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return str(path)
    return str(Path(path).resolve()) if rel.startswith("..") else rel


def _mark(node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


class _Raw(NamedTuple):
    """An entry as parsed (plain tuples, so the cache can be marshalled) with its positions."""

    id: str
    zh: str
    zh_variants: list
    en: str
    en_variants: list          # [(text, note)]
    en_deprecated: list        # [(text, reason)]
    category: str
    domain: str
    note: str
    source: str
    status: str
    line: int
    id_pos: tuple
    zh_pos: tuple
    variant_pos: list          # [(line, col)] per zh variant
    dep_pos: list              # [(text, line, col)] per deprecated rendering
    zh_keys: list = []         # match keys of zh + zh_variants
    en_keys: list = []         # en_key of each accepted rendering
    dep_keys: list = []        # en_key of each deprecated rendering
    binding: object = None     # True/False as written, None when absent


class _FileParse:
    """Turns one YAML node tree into entries, collecting problems instead of stopping."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []

    def problem(self, node, message: str) -> None:
        line, col = _mark(node) if node is not None else (1, 1)
        self.problems.append(Problem(self.path, line, col, message))

    def mapping(self, node, what: str) -> dict | None:
        """Key → (key node, value node); duplicate keys are problems (YAML silently keeps one)."""
        from yaml import MappingNode

        if not isinstance(node, MappingNode):
            self.problem(node, f"{what} must be a mapping ({_kind(node)} found)")
            return None
        out: dict = {}
        for knode, vnode in node.value:
            key = knode.value if _is_str(knode) else None
            if key is None:
                self.problem(knode, f"{what}: keys must be text ({_kind(knode)} found)")
                continue
            if key in out:
                self.problem(knode, f"{what}: duplicate key '{key}'")
                continue
            out[key] = (knode, vnode)
        return out

    def text(self, node, name: str, allow_empty: bool = False) -> str | None:
        if _is_null(node):
            return "" if allow_empty else self._missing(node, name)
        if not _is_str(node):
            self.problem(node, f"'{name}' must be text ({_kind(node)} found)")
            return None
        value = node.value.strip()
        if not value and not allow_empty:
            self.problem(node, f"'{name}' is empty")
            return None
        return value

    def _missing(self, node, name: str) -> None:
        self.problem(node, f"'{name}' has no value")
        return None

    def items(self, node, name: str, what: str) -> list:
        """The item nodes of a YAML list (nothing for null; a problem if it is not a list)."""
        from yaml import SequenceNode

        if _is_null(node):
            return []
        if not isinstance(node, SequenceNode):
            self.problem(node, f"'{name}' must be {what} ({_kind(node)} found)")
            return []
        return node.value

    def text_list(self, node, name: str) -> list[str]:
        out = []
        for item in self.items(node, name, "a list of texts"):
            value = self.text(item, f"{name} item")
            if value is not None:
                out.append(value)
        return out

    def pairs(self, node, name: str, second: str) -> list[tuple[str, str, int, int]]:
        """`en_variants` / `en_deprecated`: list of {text, note|reason} (a bare text is allowed)."""
        out = []
        for item in self.items(node, name, "a list"):
            line, col = _mark(item)
            if _is_str(item):
                value = self.text(item, f"{name} item")
                if value is not None:
                    if second == "reason":
                        self.problem(item, f"'{name}' item '{value}' needs a reason: write "
                                           f"{{text: ..., reason: ...}}")
                    out.append((value, "", line, col))
                continue
            fields = self.mapping(item, f"'{name}' item")
            if fields is None:
                continue
            for key, (knode, _) in fields.items():
                if key not in ("text", second):
                    self.problem(knode, f"unknown field '{key}' in '{name}' item "
                                        f"(expected text, {second})")
            if "text" not in fields:
                self.problem(item, f"'{name}' item has no 'text'")
                continue
            value = self.text(fields["text"][1], "text")
            extra = ""
            if second in fields:
                extra = self.text(fields[second][1], second, allow_empty=True) or ""
            elif second == "reason":
                self.problem(item, f"'{name}' item needs a '{second}'")
            if value is not None:
                out.append((value, extra, line, col))
        return out

    def entry(self, node) -> _Raw | None:
        fields = self.mapping(node, "entry")
        if fields is None:
            return None
        line, col = _mark(node)
        for key, (knode, _) in fields.items():
            if key not in ENTRY_FIELDS:
                self.problem(knode, f"unknown field '{key}' (expected one of: "
                                    f"{', '.join(ENTRY_FIELDS)})")
        label = _label(fields)
        for name in REQUIRED_FIELDS:
            if name not in fields:
                self.problem(node, f"entry {label}: missing required field '{name}'")
        values: dict = {}
        for name in ("id", "zh", "en", "note", "source"):
            if name in fields:
                values[name] = self.text(fields[name][1], name, allow_empty=name != "id"
                                         and name != "zh")
        for name, allowed in (("category", CATEGORIES), ("domain", DOMAINS),
                              ("status", STATUSES)):
            if name in fields:
                vnode = fields[name][1]
                value = self.text(vnode, name)
                if value is not None and value not in allowed:
                    self.problem(vnode, f"bad {name} '{value}' (expected one of: "
                                        f"{', '.join(allowed)})")
                    value = None
                values[name] = value
        if values.get("id") and not SLUG.match(values["id"]):
            self.problem(fields["id"][1], f"bad id '{values['id']}': use a lowercase ASCII slug "
                                          "(letters, digits, single hyphens)")
            values["id"] = None
        zh_variants = self.text_list(fields["zh_variants"][1], "zh_variants") \
            if "zh_variants" in fields else []
        en_variants = self.pairs(fields["en_variants"][1], "en_variants", "note") \
            if "en_variants" in fields else []
        en_deprecated = self.pairs(fields["en_deprecated"][1], "en_deprecated", "reason") \
            if "en_deprecated" in fields else []
        binding = None
        if "binding" in fields:
            bnode = fields["binding"][1]
            if getattr(bnode, "tag", "") != "tag:yaml.org,2002:bool":
                self.problem(bnode, f"'binding' must be true or false ({_kind(bnode)} found)")
            else:
                binding = bnode.value.lower() in ("true", "yes", "on")
        if values.get("status") == "official" and "en" not in fields:
            where = fields["status"][1]
            self.problem(where, f"entry {label}: status is official but it has no 'en' rendering")
        if any(values.get(name) is None for name in REQUIRED_FIELDS):
            return None
        return _Raw(
            values["id"], values["zh"], zh_variants, values.get("en") or "",
            [(t, n) for t, n, _, _ in en_variants], [(t, r) for t, r, _, _ in en_deprecated],
            values["category"], values["domain"], values.get("note") or "",
            values.get("source") or "", values["status"], line,
            _mark(fields["id"][1]), _mark(fields["zh"][1]),
            _positions(fields.get("zh_variants"), zh_variants),
            [(t, ln, c) for t, _, ln, c in en_deprecated], binding=binding)


def _positions(pair, values: list[str]) -> list[tuple[int, int]]:
    if pair is None:
        return []
    items = [n for n in pair[1].value if _is_str(n) and n.value.strip()]
    return [_mark(n) for _, n in zip(values, items, strict=False)]


def _label(fields: dict) -> str:
    for name in ("id", "zh"):
        if name in fields and _is_str(fields[name][1]):
            return f"'{fields[name][1].value}'"
    return "(no id)"


def _is_str(node) -> bool:
    from yaml import ScalarNode

    return isinstance(node, ScalarNode) and node.tag == "tag:yaml.org,2002:str"


def _is_null(node) -> bool:
    from yaml import ScalarNode

    return isinstance(node, ScalarNode) and node.tag == "tag:yaml.org,2002:null"


def _kind(node) -> str:
    from yaml import MappingNode, SequenceNode

    if node is None:
        return "nothing"
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    tag = node.tag.rsplit(":", 1)[-1]
    return {"int": "a number", "float": "a number", "bool": "true/false", "null": "nothing",
            "timestamp": "a date"}.get(tag, tag)


def _read_yaml(path: Path, display: str) -> str:
    """The text of a glossary file, refusing sizes no glossary has (a clear error, not a hang)."""
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    if size > MAX_BYTES:
        raise TifaError(f"glossary file too large ({size / 2**20:.0f} MB; the limit is "
                        f"{MAX_BYTES // 2**20} MB): split it into several files", display)
    return read_text(path)


def _compose(text: str, display: str):
    """YAML text → node tree; broken YAML is one Problem with the parser's line and column."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return yaml.compose(text, Loader=loader), []
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        msg = f"broken YAML: {err.problem or err.context}"
        if err.context and err.problem:
            msg += f" ({err.context})"
        return None, [Problem(display, line, col, msg)]
    except yaml.YAMLError as err:
        return None, [Problem(display, 1, 1, f"broken YAML: {err}")]


def parse_text(text: str, display: str) -> tuple[list[_Raw], list[Problem]]:
    """Glossary YAML text → raw entries (with match keys) and the problems found inside it."""
    raw, problems = _parse_text(text, display)
    return [_with_keys(r) for r in raw], problems


def _with_keys(r: _Raw) -> _Raw:
    return r._replace(zh_keys=[zh_key(z) for z in [r.zh, *r.zh_variants]],
                      en_keys=[en_key(t) for t in [r.en, *(t for t, _ in r.en_variants)] if t],
                      dep_keys=[en_key(t) for t, _ in r.en_deprecated])


def _parse_text(text: str, display: str) -> tuple[list[_Raw], list[Problem]]:
    root, problems = _compose(text, display)
    if problems:
        return [], problems
    parse = _FileParse(display)
    if root is None or _is_null(root):
        return [], []  # an empty file is an empty glossary (e.g. freshly created for `add`)
    top = parse.mapping(root, "the glossary file")
    if top is None:
        return [], parse.problems
    for key, (knode, vnode) in top.items():
        if key == "glossary":
            header = parse.mapping(vnode, "'glossary'")
            for hkey, (hnode, hval) in (header or {}).items():
                if hkey not in HEADER_FIELDS:
                    parse.problem(hnode, f"unknown field '{hkey}' in 'glossary' (expected one "
                                         f"of: {', '.join(HEADER_FIELDS)})")
                else:
                    parse.text(hval, hkey, allow_empty=True)
        elif key != "entries":
            parse.problem(knode, f"unknown top-level field '{key}' (expected glossary, entries)")
    raw: list[_Raw] = []
    if "entries" not in top:
        parse.problem(root, "no 'entries' list")
    else:
        from yaml import SequenceNode

        node = top["entries"][1]
        if _is_null(node):
            pass
        elif not isinstance(node, SequenceNode):
            parse.problem(node, f"'entries' must be a list ({_kind(node)} found)")
        else:
            for item in node.value:
                got = parse.entry(item)
                if got is not None:
                    raw.append(got)
    return raw, parse.problems


# --------------------------------------------------------------------------- cache

def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "tifa"


def _fingerprint(path: Path) -> str | None:
    """Absolute path + size + mtime_ns + hash of the first and last 64 KB, + code versions."""
    try:
        st = path.stat()
        with open(path, "rb") as fh:
            head = fh.read(65536)
            if st.st_size > 131072:
                fh.seek(-65536, os.SEEK_END)
            tail = fh.read(65536)
    except OSError:
        return None
    code = [_CACHE_VERSION]
    for mod in (__file__, _normalize_file()):
        try:
            cst = os.stat(mod)
            code += [cst.st_size, cst.st_mtime_ns]
        except OSError:
            code.append(0)
    h = blake2b(head + tail, digest_size=12).hexdigest()
    return f"{path.resolve()}|{st.st_size}|{st.st_mtime_ns}|{h}|{code}"


def _normalize_file() -> str:
    return str(Path(__file__).resolve().parent.parent / "tm" / "normalize.py")


def _cache_path(path: Path) -> Path:
    name = blake2b(str(path.resolve()).encode(), digest_size=10).hexdigest()
    return _cache_dir() / f"glossary-{name}.marshal"


def _read_cached(cache: Path, fingerprint: str | None):
    if fingerprint is None or os.environ.get("TIFA_NO_CACHE"):
        return None
    enabled = gc.isenabled()
    gc.disable()  # unmarshalling allocates many acyclic objects: see _from_columns
    try:
        with open(cache, "rb") as fh:
            stored = marshal.load(fh)
        if stored[0] == fingerprint:
            return stored[1]
    except (OSError, EOFError, ValueError, TypeError, IndexError):
        pass  # a missing or corrupt cache is rebuilt, never trusted
    finally:
        if enabled:
            gc.enable()
    return None


def _write_cached(cache: Path, fingerprint: str | None, data) -> None:
    if fingerprint is None or os.environ.get("TIFA_NO_CACHE"):
        return
    try:
        with atomic_write(cache, "wb") as fh:
            marshal.dump((fingerprint, data), fh)
    except OSError:
        pass  # a read-only home is fine: we only lose speed


def _load_file(path: Path) -> tuple[list[_Raw], list[Problem]]:
    """Raw entries of one file with their match keys, from the cache when it is still valid."""
    display = _display(path)
    if not path.is_file():
        where = "is a directory, expected a glossary YAML file" if path.is_dir() \
            else "no such glossary file"
        return [], [Problem(display, 0, 0, where)]
    fingerprint = _fingerprint(path)
    cached = _read_cached(_cache_path(path), fingerprint)
    if cached is not None:
        return [_Raw(*r) for r in cached], []
    raw, problems = parse_text(_read_yaml(path, display), display)
    if not problems:
        _write_cached(_cache_path(path), fingerprint, [tuple(r) for r in raw])
    return raw, problems


def _to_entry(raw: _Raw, origin: str) -> Entry:
    return Entry(raw.id, raw.zh, list(raw.zh_variants), raw.en,
                 [Variant(t, n) for t, n in raw.en_variants],
                 [Deprecated(t, r) for t, r in raw.en_deprecated], raw.category, raw.domain,
                 raw.note, raw.source, raw.status, origin, raw.line, binding=raw.binding)


# --------------------------------------------------------------------------- checks across entries

def _check_layer(raws: list[tuple[_Raw, str]], problems: list[Problem]) -> None:
    """Unique ids and zh keys, zh variants claimed once, deprecated ≠ accepted."""
    ids: dict[str, str] = {}
    forms: dict[str, tuple[str, str]] = {}   # zh key → (entry id, where)
    accepted: dict[str, tuple[str, str]] = {}  # en key → (entry id, where)
    for raw, origin in raws:
        if raw.id in ids:
            problems.append(Problem(origin, *raw.id_pos,
                                    f"duplicate id '{raw.id}' (first defined at {ids[raw.id]})"))
        else:
            ids[raw.id] = f"{origin}:{raw.line}"
        positions = [raw.zh_pos, *raw.variant_pos]
        texts = [raw.zh, *raw.zh_variants]
        seen_here: set[str] = set()
        for i, key in enumerate(raw.zh_keys):
            pos = positions[i] if i < len(positions) else (raw.line, 1)
            if key in seen_here:
                problems.append(Problem(origin, *pos,
                                        f"entry '{raw.id}': zh variant '{texts[i]}' repeats a "
                                        "form of the same entry (dash, width and space variants "
                                        "are matched automatically)"))
                continue
            seen_here.add(key)
            if key in forms:
                other, where = forms[key]
                what = "zh" if i == 0 else "zh variant"
                problems.append(Problem(origin, *pos,
                                        f"{what} '{texts[i]}' of entry '{raw.id}' is already "
                                        f"claimed by entry '{other}' ({where})"))
            else:
                forms[key] = (raw.id, f"{origin}:{raw.line}")
        for key in raw.en_keys:
            accepted.setdefault(key, (raw.id, f"{origin}:{raw.line}"))
    for raw, origin in raws:
        for key, (text, dline, dcol) in zip(raw.dep_keys, raw.dep_pos, strict=False):
            owner = accepted.get(key)
            if owner is not None:
                whose = "this entry" if owner[1] == f"{origin}:{raw.line}" \
                    else f"entry '{owner[0]}' ({owner[1]})"
                problems.append(Problem(origin, dline, dcol,
                                        f"entry '{raw.id}': deprecated rendering '{text}' is an "
                                        f"accepted rendering of {whose}"))


def _layer(layers: list[list[tuple[_Raw, str]]]) -> list[tuple[_Raw, str, Entry]]:
    """Later layers replace earlier entries with the same id or the same zh (by match key)."""
    by_id: dict[str, int] = {}
    by_zh: dict[str, int] = {}
    slots: list[tuple[_Raw, str, Entry] | None] = []
    for layer in layers:
        for raw, origin in layer:
            entry = _to_entry(raw, origin)
            for i in sorted({by_id.get(raw.id, -1), by_zh.get(raw.zh_keys[0], -1)} - {-1}):
                gone = slots[i]
                if gone is not None:
                    entry.replaces.append(gone[2].where)
                    slots[i] = None
            by_id[raw.id] = by_zh[raw.zh_keys[0]] = len(slots)
            slots.append((raw, origin, entry))
    return [s for s in slots if s is not None]


# --------------------------------------------------------------------------- public API

def validate(paths: list | tuple | None = None) -> tuple[list[Problem], int, int]:
    """Check the given files (default: the shipped glossary) together.

    Returns (problems, number of entries, number of files). Duplicates are checked across all
    the files given, because they are loaded together.
    """
    files = [Path(p) for p in paths] if paths else shipped_files()
    problems: list[Problem] = []
    layer: list[tuple[_Raw, str]] = []
    for path in files:
        try:
            raw, found = _load_file(path)
        except TifaError as err:
            problems.append(Problem(err.path or str(path), err.line or 0, err.column or 0,
                                    err.message))
            continue
        problems += found
        layer += [(r, _display(path)) for r in raw]
    _check_layer(layer, problems)
    problems.sort(key=lambda p: (p.path, p.line, p.column))
    return problems, len(layer), len(files)


def load_glossary(paths: list | tuple | None = None, *, shipped: bool = True,
                  env: bool = True) -> Glossary:
    """The glossary a command works with: shipped files, then `TIFA_GLOSSARY`, then `paths`.

    Each user file is a layer over what came before: an entry with the same id or the same zh
    replaces the earlier one (its `origin` names the user's file, `replaces` the old place).
    Any problem in a file raises `TifaError` (the first one, with file, line and column).
    """
    files = shipped_files() if shipped else []
    users = user_files(paths) if env else [Path(p) for p in (paths or [])]
    every = files + users
    shown = [_display(p) for p in every]
    # The checked, layered result of exactly these files is cached as plain columns: a warm
    # start is one marshal.load (no YAML, no checks), which keeps a 50k-entry lookup fast.
    prints = [_fingerprint(p) if p.is_file() else None for p in every]
    key = None if None in prints else f"{len(files)}\n" + "\n".join(prints)  # type: ignore
    layered_cache = _cache_dir() / ("layered-" + blake2b(
        "\n".join(str(p.resolve()) for p in every).encode(), digest_size=10).hexdigest()
        + ".marshal")
    columns = _read_cached(layered_cache, key)
    if columns is not None:
        try:
            _check_columns(columns)
            return Glossary(None, shown, columns=columns)
        except (ValueError, TypeError, IndexError):
            pass  # a cache of another shape: rebuild it
    glossary = _load_layers(files, users)
    _write_cached(layered_cache, key, _to_columns(glossary, shown))
    return glossary


# Cache layout: all entries in one string (records separated by US \x1f, fields by FS \x1c,
# list items by RS \x1e, text/note pairs by GS \x1d) with an array of where each record
# starts, so one entry is a slice; then the three key indexes (`Keys.dump`). YAML cannot
# carry these control characters. A few long strings and byte arrays unmarshal in C, where
# 50k entries of small objects took seconds.
_US, _RS, _GS, _FS = "\x1f", "\x1e", "\x1d", "\x1c"


def _to_columns(glossary: Glossary, shown: list[str]) -> tuple:
    where = {name: i for i, name in enumerate(shown)}

    def pairs(values) -> str:
        return _RS.join(f"{a}{_GS}{b}" for a, b in values)

    records = [_FS.join((x.id, x.zh, _RS.join(x.zh_variants), x.en,
                         pairs((v.text, v.note) for v in x.en_variants),
                         pairs((d.text, d.reason) for d in x.en_deprecated),
                         x.category, x.domain, x.note, x.source, x.status,
                         str(where[x.origin]), str(x.line),
                         pairs((str(where[r.rsplit(":", 1)[0]]), r.rsplit(":", 1)[1])
                               for r in x.replaces), str(int(x.binding))))
               for x in glossary.entries]
    return (len(records), "".join(r + _US for r in records), array("I", _starts(records)).tobytes(),
            *(keys.dump() for keys in glossary.index()))


def _check_columns(c: tuple) -> None:
    """A cache of another shape or a damaged one raises ValueError (it is then rebuilt)."""
    n, records, starts = c[0], c[1], array("I", c[2])
    if len(c) != 6 or not isinstance(records, str) or len(starts) != n + 1 \
            or starts[-1] != len(records) or records.count(_US) != n:
        raise ValueError("cache shape")
    for text, forms, fstarts, rows, nums, _ in c[3:]:
        keys = Keys(text, forms, fstarts, rows, nums, 0)
        m = len(keys.rows)
        if len(keys.nums) != m or len(keys.starts) != m + 1 or text.count(_SEP) != m + 1 \
                or keys.starts[-1] != len(forms) or (m and not keys.rows[-1] < n):
            raise ValueError("cache shape")


def _row_fields(values: list[str], shown: list[str]) -> Entry:
    eid, zh, zv, en, ev, ed, cat, dom, note, src, st, org, line, rep, binding = values
    return Entry(eid, zh, zv.split(_RS) if zv else [], en,
                 [Variant(*p.split(_GS, 1)) for p in ev.split(_RS)] if ev else [],
                 [Deprecated(*p.split(_GS, 1)) for p in ed.split(_RS)] if ed else [],
                 cat, dom, note, src, st, shown[int(org)], int(line),
                 [f"{shown[int(i)]}:{ln}" for i, ln in (p.split(_GS, 1) for p in rep.split(_RS))]
                 if rep else [], binding == "1")


def _from_columns(c: tuple, shown: list[str], built: dict[int, Entry]) -> list[Entry]:
    """Every entry; those already built by `Glossary.row` are reused (same objects)."""
    records = c[1][:-1].split(_US) if c[0] else []
    # Building 50k entries allocates ~10 objects each; the cyclic GC would rescan the growing
    # heap many times over (none of these objects form cycles), so it waits until the end.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return [built.get(i) or _row_fields(record.split(_FS), shown)
                for i, record in enumerate(records)]
    finally:
        if enabled:
            gc.enable()


def _load_layers(files: list[Path], users: list[Path]) -> Glossary:
    """Read, check and layer the files (the slow path behind the layered cache)."""
    layers: list[list[tuple[_Raw, str]]] = [[]] if files else []
    for i, path in enumerate(files + users):
        raw, problems = _load_file(path)
        if problems:
            raise problems[0].error()
        if i >= len(files):
            layers.append([])
        origin = _display(path)
        layers[-1] += [(r, origin) for r in raw]
    problems: list[Problem] = []
    for layer in layers:
        _check_layer(layer, problems)
    layered = _layer(layers)
    if len(layers) > 1 and not problems:  # a user's variant may collide with an older entry
        _check_layer([(raw, origin) for raw, origin, _ in layered], problems)
    if problems:
        problems.sort(key=lambda p: (p.path, p.line, p.column))
        raise problems[0].error()
    return Glossary([entry for _, _, entry in layered], [_display(p) for p in files + users],
                    [raw.zh_keys for raw, _, _ in layered], [raw.en_keys for raw, _, _ in layered],
                    [raw.dep_keys for raw, _, _ in layered])


# --------------------------------------------------------------------------- add

def slugify(text: str) -> str:
    """An id from the English: 'the Belt and Road Initiative' → 'belt-and-road-initiative'."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    words = [w for w in words if w not in ("a", "an", "the")][:8]
    return "-".join(words)


def add_entry(path: str | os.PathLike, fields: dict, *, replace: bool = False,
              context: Glossary | None = None) -> tuple[str, list[str]]:
    """Append one entry to a glossary file, keeping its comments and layout; atomic write.

    `fields` has the YAML shape (see `Entry.to_dict`). `context` is the layered glossary the
    entry must not collide with (other files; entries of `path` itself are read from the file).
    A duplicate id or zh, or a zh variant another entry claims, is a `TifaError` unless
    `replace` is set; then entries of `path` with the same id or zh are replaced (entries of
    other files are layered over). Returns (entry id, list of replaced places).
    """
    import io

    from ruamel.yaml import YAML
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    target = Path(path)
    display = _display(target)
    new_raw, problems = parse_text(_dump_plain({"entries": [fields]}), "new entry")
    if problems or not new_raw:
        raise TifaError(problems[0].message if problems else "entry is not valid")
    new = new_raw[0]

    rt = YAML()  # round-trip: comments, key order, quoting and flow style survive
    rt.preserve_quotes = True
    rt.width = 4096
    rt.indent(mapping=2, sequence=4, offset=2)
    if target.exists():
        text = _read_yaml(target, display)
        own, problems = parse_text(text, display)
        if problems:
            raise problems[0].error()
        doc = rt.load(text) if text.strip() else None
    else:
        own, doc = [], None
    if doc is None:
        doc = CommentedMap()
        doc["glossary"] = CommentedMap(name=f"{target.stem} (user glossary)",
                                       source_lang="zh-CN", target_lang="en")
    if doc.get("entries") is None:
        doc["entries"] = CommentedSeq()

    def same(raw: _Raw) -> bool:
        return raw.id == new.id or raw.zh_keys[0] == new.zh_keys[0]

    replaced: list[str] = []
    drop = {i for i, raw in enumerate(own) if same(raw)}
    for i in sorted(drop):
        if not replace:
            raise TifaError(f"entry '{own[i].id}' ({own[i].zh}) already exists at "
                            f"{display}:{own[i].line}: use --replace to replace it")
        replaced.append(f"{display}:{own[i].line}")
    others = [(raw, origin) for raw, origin in _context_raws(context, target)]
    for raw, origin in others:
        if same(raw):
            if not replace:
                raise TifaError(f"entry '{raw.id}' ({raw.zh}) already exists at "
                                f"{origin}:{raw.line}: use --replace to layer yours over it")
            replaced.append(f"{origin}:{raw.line}")
    kept = [(raw, display) for i, raw in enumerate(own) if i not in drop]
    rest = [(raw, origin) for raw, origin in others if not same(raw)]
    problems = []
    _check_layer(rest + kept + [(new, "new entry")], problems)
    if problems:
        first = min(problems, key=lambda p: p.path != "new entry")
        if first.path == "new entry":
            raise TifaError(f"{first.message}; not added", display)
        raise first.error()
    entries = doc["entries"]
    for i in sorted(drop, reverse=True):
        del entries[i]
    entries.append(_commented(fields))
    out = io.StringIO()
    rt.dump(doc, out)
    text = out.getvalue()
    _, problems = parse_text(text, display)  # never write a file we could not read back
    if problems:
        raise problems[0].error()
    with atomic_write(target) as fh:
        fh.write(text)
    return new.id, replaced


def _context_raws(context: Glossary | None, target: Path) -> list[tuple[_Raw, str]]:
    """The context glossary as raw tuples, without the entries that live in `target` itself."""
    if context is None:
        return []
    skip = _display(target)
    out = []
    for i, entry in enumerate(context.entries):
        if entry.origin == skip:
            continue
        keys = context.zh_keys[i] if i < len(context.zh_keys) else \
            [zh_key(z) for z in entry.zh_forms]
        raw = _Raw(entry.id, entry.zh, entry.zh_variants, entry.en,
                   [(v.text, v.note) for v in entry.en_variants],
                   [(d.text, d.reason) for d in entry.en_deprecated], entry.category,
                   entry.domain, entry.note, entry.source, entry.status, entry.line,
                   (entry.line, 1), (entry.line, 1), [(entry.line, 1)] * len(entry.zh_variants),
                   [(d.text, entry.line, 1) for d in entry.en_deprecated], keys,
                   [en_key(t) for t in entry.accepted],
                   [en_key(d.text) for d in entry.en_deprecated], entry.binding)
        out.append((raw, entry.origin))
    return out


def _dump_plain(data: dict) -> str:
    import yaml

    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def _commented(fields: dict):
    """The new entry as ruamel nodes, short lists of Chinese forms in flow style."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    entry = CommentedMap()
    for key in ENTRY_FIELDS:
        value = fields.get(key)
        if value in (None, "", []):
            continue
        if key == "zh_variants":
            seq = CommentedSeq(value)
            seq.fa.set_flow_style()
            entry[key] = seq
        elif isinstance(value, list):
            entry[key] = CommentedSeq([CommentedMap(v) for v in value])
        else:
            entry[key] = value
    return entry
