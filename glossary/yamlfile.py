"""Glossary YAML → raw entries, and every problem in it as `file:line:column: message`.

Two readers give the same entries. `quick_parse` reads the plain block style glossary files are
written in (`glossary.yamlsubset`) and checks the schema on plain values: fast, but with no
positions. `parse_text` composes libyaml's node tree and checks it node by node, so that every
problem names the offending key or value; it is used by `validate`, for files outside that
style, and whenever a quick read finds a problem (to say where it is).
"""

from __future__ import annotations

import gc
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from tifa.glossary import yamlsubset
from tifa.glossary.entry import (
    CATEGORIES,
    DOMAINS,
    ENTRY_FIELDS,
    HEADER_FIELDS,
    REQUIRED_FIELDS,
    SLUG,
    STATUSES,
)
from tifa.glossary.termlist import is_term_list, tbx_yaml, term_list_yaml
from tifa.tm.base.files import TifaError, read_text
from tifa.tm.base.text import english_keys, match_keys

# YAML for 50k entries is ~12 MB; a file many times that is a mistake (or a log pasted in).
MAX_BYTES = 32 * 1024 * 1024


@dataclass
class Problem:
    """A validation finding, printed as `file:line:column: message` (warnings say so)."""

    path: str
    line: int
    column: int
    message: str
    severity: str = "error"   # error | warning

    def __post_init__(self) -> None:
        # A term list or TBX is read as the YAML made from it, an entry on the line it came
        # from: the line is the file's, a column would be the made YAML's (terms.csv:2:28)
        if is_term_list(self.path):
            self.column = 0

    def __str__(self) -> str:
        warning = "warning: " if self.severity == "warning" else ""
        return f"{self.error().prefix()}: {warning}{self.message}"

    def error(self) -> TifaError:
        """The problem as an error; line 0 is the whole file (named without ':0:0')."""
        return TifaError(self.message, self.path, self.line or None,
                         self.column or None if self.line else None)


class RawEntry(NamedTuple):
    """An entry as parsed (plain tuples, so the cache can be marshalled) with its positions.

    Read quickly (no positions), every position is the entry's line. `complete` is False for
    an entry with a missing or bad required field: it still takes part in the checks across
    entries (a duplicate id is reported too), but is never loaded."""

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
    binding: bool | None       # None: not written (the status decides)
    line: int
    id_pos: tuple
    zh_pos: tuple
    variant_pos: list          # [(line, col)] per zh variant
    dep_pos: list              # [(text, line, col)] per deprecated rendering
    zh_keys: list = []         # match keys of zh + zh_variants
    en_keys: list = []         # english_key of each accepted rendering
    dep_keys: list = []        # english_key of each deprecated rendering
    complete: bool = True


def read_yaml(path: Path, display: str) -> str:
    """The text of a glossary file, refusing sizes no glossary has (a clear error, not a hang)."""
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    if size > MAX_BYTES:
        raise TifaError(f"glossary file too large ({size / 2**20:.0f} MB; the limit is "
                        f"{MAX_BYTES // 2**20} MB): split it into several files", display)
    if path.suffix.lower() == ".tbx":  # a TBX term base, read as the YAML it stands for
        return tbx_yaml(path, display)
    if is_term_list(path.name):  # a TSV/CSV/XLSX term list, the same
        return term_list_yaml(read_text(path), display)
    return read_text(path)


def with_keys(raws: list[RawEntry]) -> list[RawEntry]:
    """The raw entries with their match keys, made in a few passes over all of them."""
    return [RawEntry(*r[:17], zh, en, dep, r.complete)
            for r, (zh, en, dep) in zip(raws, _keys(raws), strict=True)]


def _keys(values: list) -> list[tuple[list[str], list[str], list[str]]]:
    """(zh keys, accepted keys, deprecated keys) of entries given as RawEntry-ordered values."""
    zh = match_keys([z for r in values for z in (r[1], *r[2])])
    accepted = english_keys([t for r in values for t in (r[3], *(v for v, _ in r[4])) if t])
    deprecated = english_keys([t for r in values for t, _ in r[5]])
    out, a, b, c = [], 0, 0, 0
    for r in values:
        nz, ne, nd = 1 + len(r[2]), len(r[4]) + (1 if r[3] else 0), len(r[5])
        out.append((zh[a:a + nz], accepted[b:b + ne], deprecated[c:c + nd]))
        a, b, c = a + nz, b + ne, c + nd
    return out


# --------------------------------------------------------------------------- the quick reader

def quick_parse(text: str) -> list[RawEntry] | None:
    """Raw entries (with keys, positions = entry lines) of a clean file in the plain style;
    None when the file is in another style or has any problem (then `parse_text` tells)."""
    enabled = gc.isenabled()
    gc.disable()  # many small acyclic objects: see Glossary._all_rows
    try:
        got = quick_read(text)
        return None if got is None else quick_entries(*got)
    finally:
        if enabled:
            gc.enable()


def quick_read(text: str) -> tuple[object, dict[int, list[int]]] | None:
    """`yamlsubset.read`, each entry checked and turned into RawEntry values as it is read."""
    return yamlsubset.read(text, _quick_item)


def _quick_item(item: object, line: int) -> tuple:
    values = _quick_entry(item, line)
    if values is None:
        raise yamlsubset.Unsupported  # a problem: the reader with positions will say which
    return values


def quick_entries(data: object, lines: dict[int, list[int]]) -> list[RawEntry] | None:
    """The rest of `quick_parse` after `quick_read`: the file's shape, and the entries' keys."""
    if data is None:
        return []
    if not _shape_ok(data):
        return None
    values = data["entries"]  # type: ignore[index]
    if not values:
        return [] if values is None or values == [] else None
    if type(values) is not list or id(values) not in lines:
        return None  # not a list, or a flow list: no line numbers (and not converted)
    return [RawEntry(*v, *keys) for v, keys in zip(values, _keys(values), strict=True)]


def _shape_ok(data: object) -> bool:
    """A mapping of `glossary` (a header of known text fields) and `entries`."""
    if type(data) is not dict or not set(data) <= {"glossary", "entries"} \
            or "entries" not in data:
        return False
    header = data.get("glossary", {})
    return type(header) is dict and set(header) <= set(HEADER_FIELDS) \
        and all(v is None or type(v) is str for v in header.values())


def header_ok(got: tuple[object, dict] | None) -> bool:
    """`got` (`yamlsubset.read` of a file's text down to its `entries:` line) is a well-formed
    start of a glossary file whose entries follow as a block list."""
    if got is None:
        return False
    data = got[0]
    return _shape_ok(data) and list(data)[-1] == "entries" \
        and data["entries"] is None  # type: ignore[index, call-overload]


def item_values(item: object, line: int) -> RawEntry | None:
    """One entry read quickly (its match keys made), or None at its first problem."""
    values = _quick_entry(item, line)
    return None if values is None else RawEntry(*values, *_keys([values])[0])


# What XML 1.0 cannot hold (and so no TBX or TMX export): C0 controls but tab and line ends,
# and the two non-characters. libyaml refuses them raw, but a quoted escape ("\v", "\x01")
# makes them; the quick reader never sees escapes (`yamlsubset` leaves them to libyaml).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# Pasted from a web page or a PDF with the text: a zero-width space in 命运\u200b共同体 makes a
# term that no text matches (tifa's lint and lookup, OmegaT), and a bidirectional override
# shows the words after it reversed, in `lookup` and in every export, while nobody sees why.
_INVISIBLE = re.compile(f"[{yamlsubset.INVISIBLE}]")
_FIELDS = frozenset(ENTRY_FIELDS)
_CATEGORIES, _DOMAINS, _STATUSES = frozenset(CATEGORIES), frozenset(DOMAINS), frozenset(STATUSES)


def _text(value, allow_empty: bool) -> str | None:
    if value is None:
        return "" if allow_empty else None
    if type(value) is not str:
        return None
    value = value.strip()
    return value if value or allow_empty else None


def _quick_entry(item, line: int) -> tuple | None:
    """The same checks as `_FileParse.entry`, on plain values: the first 17 values of a
    RawEntry, or None at the first problem."""
    if type(item) is not dict or not item.keys() <= _FIELDS:
        return None
    get = item.get
    eid, zh, category, domain, status = (get("id"), get("zh"), get("category"),
                                         get("domain"), get("status"))
    if type(eid) is not str or type(zh) is not str or type(category) is not str \
            or type(domain) is not str or type(status) is not str:
        return None
    eid, zh, category, domain, status = (eid.strip(), zh.strip(), category.strip(),
                                         domain.strip(), status.strip())
    if not eid or not zh or category not in _CATEGORIES or domain not in _DOMAINS \
            or status not in _STATUSES or not SLUG.match(eid):
        return None
    en, note, source = get("en"), get("note"), get("source")
    en = "" if en is None else en.strip() if type(en) is str else None
    note = "" if note is None else note.strip() if type(note) is str else None
    source = "" if source is None else source.strip() if type(source) is str else None
    if en is None or note is None or source is None or (status == "official" and not en):
        return None
    binding = get("binding")
    if binding is not None and type(binding) is not bool or "binding" in item and binding is None:
        return None
    variants = get("zh_variants")
    if variants is None:
        variants = []
    elif type(variants) is not list:
        return None
    else:
        variants = [_text(v, False) for v in variants]
        if None in variants:
            return None
    en_variants = _quick_pairs(get("en_variants"), "note")
    en_deprecated = _quick_pairs(get("en_deprecated"), "reason")
    if en_variants is None or en_deprecated is None:
        return None
    pos = (line, 1)
    return (eid, zh, variants, en, en_variants, en_deprecated, category, domain, note, source,
            status, binding, line, pos, pos, [pos] * len(variants),
            [(t, line, 1) for t, _ in en_deprecated])


def _quick_pairs(value, second: str) -> list[tuple[str, str]] | None:
    if value is None:
        return []
    if type(value) is not list:
        return None
    out = []
    for item in value:
        if type(item) is str and second == "note":
            text = _text(item, False)
            if text is None:
                return None
            out.append((text, ""))
            continue
        if type(item) is not dict or "text" not in item or not item.keys() <= {"text", second} \
                or (second == "reason" and second not in item):
            return None
        text, extra = _text(item["text"], False), _text(item.get(second), True)
        if text is None or extra is None:
            return None
        out.append((text, extra))
    return out


# --------------------------------------------------------------------------- libyaml's nodes
# pyyaml is imported inside the functions below: a lookup from the cache or after a quick read
# never composes nodes, and importing pyyaml costs ~15 ms of its start.

def _mark(node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


class _FileParse:
    """Turns one YAML node tree into entries, collecting every problem instead of stopping."""

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
        control = _CONTROL.search(value)
        if control is not None:
            self.problem(node, f"'{name}' holds the control character U+{ord(control[0]):04X} "
                               "that TBX and TMX cannot carry: an export would drop it and glue "
                               "the words around it; write a space or a line break instead")
            return None
        invisible = _INVISIBLE.search(value)
        if invisible is not None:
            char = invisible[0]
            self.problem(node, f"'{name}' holds the invisible character U+{ord(char):04X} "
                               f"({unicodedata.name(char, 'format character')}): a term "
                               "holding it matches no text without it, and nobody sees it "
                               "(bidirectional controls reorder the words around them); "
                               "delete it")
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

    def entry(self, node) -> RawEntry | None:
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
        binding = None
        if "binding" in fields:
            vnode = fields["binding"][1]
            if vnode.tag == "tag:yaml.org,2002:bool":
                binding = vnode.value.lower() in ("yes", "true", "on")
            else:
                self.problem(vnode, f"'binding' must be true or false ({_kind(vnode)} found)")
        zh_variants = self.text_list(fields["zh_variants"][1], "zh_variants") \
            if "zh_variants" in fields else []
        en_variants = self.pairs(fields["en_variants"][1], "en_variants", "note") \
            if "en_variants" in fields else []
        en_deprecated = self.pairs(fields["en_deprecated"][1], "en_deprecated", "reason") \
            if "en_deprecated" in fields else []
        if values.get("status") == "official" and ("en" not in fields or values["en"] == ""):
            where = fields["en"][1] if "en" in fields else fields["status"][1]
            what = "its 'en' is empty" if "en" in fields else "it has no 'en' rendering"
            self.problem(where, f"entry {label}: status is official but {what}")
        complete = not any(values.get(name) is None for name in REQUIRED_FIELDS)
        id_node = fields["id"][1] if "id" in fields else node
        zh_node = fields["zh"][1] if "zh" in fields else node
        return RawEntry(
            values.get("id") or "", values.get("zh") or "", zh_variants, values.get("en") or "",
            [(t, n) for t, n, _, _ in en_variants], [(t, r) for t, r, _, _ in en_deprecated],
            values.get("category") or "", values.get("domain") or "", values.get("note") or "",
            values.get("source") or "", values.get("status") or "", binding, line,
            _mark(id_node), _mark(zh_node),
            _positions(fields.get("zh_variants"), zh_variants),
            [(t, ln, c) for t, _, ln, c in en_deprecated], complete=complete)


def _positions(pair, values: list[str]) -> list[tuple[int, int]]:
    if pair is None:
        return []
    items = [n for n in getattr(pair[1], "value", []) if _is_str(n) and n.value.strip()]
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
            "timestamp": "a date", "str": "text"}.get(tag, tag)


def _compose(text: str, display: str):
    """YAML text → node tree; broken YAML is one Problem with the parser's line and column."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    enabled = gc.isenabled()
    gc.disable()  # a node tree is many acyclic objects: see Glossary._all_rows
    try:
        return yaml.compose(text, Loader=loader), []
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        msg = f"broken YAML: {err.problem or err.context}"
        if err.context and err.problem:
            msg += f" ({err.context})"
        return None, [Problem(display, line, col, msg)]
    except yaml.reader.ReaderError as err:  # a raw control character: place it (not 1:1)
        at = err.position  # libyaml counts bytes of UTF-8, pyyaml characters
        if loader is not yaml.SafeLoader:
            at = len(text.encode("utf-8")[:at].decode("utf-8", "ignore"))
        line, col = text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at)
        return None, [Problem(display, line, col, f"broken YAML: control character "
                                                  f"U+{err.character:04X} ({err.reason})")]
    except yaml.YAMLError as err:
        return None, [Problem(display, 1, 1, f"broken YAML: {err}")]
    finally:
        if enabled:
            gc.enable()


def parse_text(text: str, display: str) -> tuple[list[RawEntry], list[Problem]]:
    """Glossary YAML text → raw entries (with match keys) and every problem found inside it.

    Entries with a problem in a required field come back with `complete=False`; an empty
    file (or an empty `entries:` list) is a warning."""
    root, problems = _compose(text, display)
    if problems:
        return [], problems
    parse = _FileParse(display)
    if root is None or _is_null(root):
        return [], [Problem(display, 1, 1, "empty glossary file (no entries)", "warning")]
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
    raw: list[RawEntry] = []
    if "entries" not in top:
        parse.problem(root, "no 'entries' list")
    else:
        from yaml import SequenceNode

        knode, node = top["entries"]
        if _is_null(node) or isinstance(node, SequenceNode) and not node.value:
            parse.problems.append(Problem(display, *_mark(knode), "no entries", "warning"))
        elif not isinstance(node, SequenceNode):
            parse.problem(node, f"'entries' must be a list ({_kind(node)} found)")
        else:
            for item in node.value:
                got = parse.entry(item)
                if got is not None:
                    raw.append(got)
    return with_keys(raw), parse.problems


# --------------------------------------------------------------------------- across entries

def check_together(raws: list[tuple[RawEntry, str]], problems: list[Problem]) -> None:
    """Unique ids and zh keys, zh variants claimed once, deprecated ≠ accepted."""
    if _clean_together(raws):
        return
    ids: dict[str, str] = {}
    forms: dict[str, tuple[str, str]] = {}   # zh key → (entry id, where)
    accepted: dict[str, tuple[str, str]] = {}  # en key → (entry id, where)
    for raw, origin in raws:
        label = raw.id or raw.zh or "(no id)"
        if raw.id in ids:
            problems.append(Problem(origin, *raw.id_pos,
                                    f"duplicate id '{raw.id}' (first defined at {ids[raw.id]})"))
        elif raw.id:
            ids[raw.id] = f"{origin}:{raw.line}"
        positions = [raw.zh_pos, *raw.variant_pos]
        texts = [raw.zh, *raw.zh_variants]
        seen_here: set[str] = set()
        for i, key in enumerate(raw.zh_keys):
            if not key:
                continue
            pos = positions[i] if i < len(positions) else (raw.line, 1)
            if key in seen_here:
                problems.append(Problem(origin, *pos,
                                        f"entry '{label}': zh variant '{texts[i]}' repeats a "
                                        "form of the same entry (dash, width and space variants "
                                        "are matched automatically)"))
                continue
            seen_here.add(key)
            if key in forms:
                other, where = forms[key]
                what = "zh" if i == 0 else "zh variant"
                problems.append(Problem(origin, *pos,
                                        f"{what} '{texts[i]}' of entry '{label}' is already "
                                        f"claimed by entry '{other}' ({where})"))
            else:
                forms[key] = (label, f"{origin}:{raw.line}")
        for key in raw.en_keys:
            accepted.setdefault(key, (label, f"{origin}:{raw.line}"))
    for raw, origin in raws:
        for key, (text, dline, dcol) in zip(raw.dep_keys, raw.dep_pos, strict=False):
            owner = accepted.get(key)
            if owner is not None:
                whose = "this entry" if owner[1] == f"{origin}:{raw.line}" \
                    else f"entry '{owner[0]}' ({owner[1]})"
                problems.append(Problem(origin, dline, dcol,
                                        f"entry '{raw.id or raw.zh}': deprecated rendering "
                                        f"'{text}' is an accepted rendering of {whose}"))


def _clean_together(raws: list[tuple[RawEntry, str]]) -> bool:
    """True when `check_together` would find nothing: a few set operations in C, so that
    50,000 clean entries cost milliseconds (the detailed pass only runs to name problems)."""
    ids = [r.id for r, _ in raws]
    if "" in ids or len(set(ids)) != len(ids):
        return False
    zh = [k for r, _ in raws for k in r.zh_keys]
    if "" in zh or len(set(zh)) != len(zh):
        return False
    deprecated = {k for r, _ in raws for k in r.dep_keys}
    return not deprecated or deprecated.isdisjoint(k for r, _ in raws for k in r.en_keys)
