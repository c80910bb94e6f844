"""A fast reader for the plain block-style YAML that glossary files are written in.

libyaml through pyyaml needs ~2.5 s of CPU just to compose the node tree of a 50,000-entry
glossary (11 MB) and ~6 s to construct Python values from it: most of it is Python objects made
per token (events, marks, nodes). A first lookup after the glossary changed must take ≤ 2 s.
Glossary files (ours, and what `tifa glossary add` writes) use a small part of YAML: block
mappings and sequences, one-line plain, quoted and flow scalars, comments. This module reads
exactly that part, one line at a time, and gives up (`read` returns None) on anything else —
block scalars, anchors, tags, multi-line scalars, escapes, tabs, documents markers, odd
indentation — so that the caller falls back to libyaml, which then also reports any error with
its position. Plain scalars are resolved with pyyaml's own YAML 1.1 rules (`yes` is a boolean,
`2023` a number): where the result is not text, true/false or null, it gives up too.

What it returns is what `yaml.load(text, Loader=yaml.CSafeLoader)` returns, plus the line
of every item of every block sequence (tests compare the two on real and generated files).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from tifa.tm.base.text import INVISIBLE

_KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_]*):(?: +|$)")
# What libyaml refuses or treats specially anywhere in a stream: control characters (but LF),
# tabs (indentation), C1 controls, surrogates, non-characters, BOMs inside the text.
# and the other line breaks of YAML 1.1 (NEL, LS, PS); and the invisible format characters a
# glossary refuses (`INVISIBLE`), so that libyaml's path, which knows where they are, says so.
_REFUSE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff"
                     + INVISIBLE + "]")
_INDICATORS = frozenset("&*!|>%@`?:,[]{}#-\"'")
_FLOW_PLAIN_END = re.compile(r"[,\]}]")
_STR, _BOOL, _NULL = ("tag:yaml.org,2002:" + t for t in ("str", "bool", "null"))


@lru_cache(maxsize=1)
def _yaml_rules() -> tuple[dict, dict]:
    """pyyaml's implicit resolvers (first character → [(tag, regexp)]) and boolean words.
    Imported here, not at the top: pyyaml costs ~15 ms of every warm lookup, which reads no
    YAML at all."""
    from yaml.constructor import SafeConstructor
    from yaml.resolver import Resolver

    return Resolver.yaml_implicit_resolvers, SafeConstructor.bool_values


class Unsupported(Exception):
    """Not in the subset this reader knows: let libyaml read the file."""


# Every line: indentation, "- " of a sequence item, "key: " of a mapping entry, the rest.
_LINE = re.compile(r"^( *)(-(?: +|$))?(?:([A-Za-z_][A-Za-z0-9_]*):(?: +|$))?(.*)$", re.M)
_MARKERS = re.compile(r"^(?:---|\.\.\.|%)", re.M)
# A value needs a closer look (`inline`) if it starts with one of these: an indicator, or a
# character some YAML 1.1 type (number, date, null, merge) can start with.
_CLOSER = frozenset(_INDICATORS | set("0123456789+.~<="))
# Plain words starting with a letter that YAML 1.1 does not read as text.
_WORDS = frozenset(w for w in ("yes Yes YES no No NO true True TRUE false False FALSE on On ON "
                               "off Off OFF null Null NULL").split())
_CHUNK = 1 << 20  # characters scanned at a time: the lines of a 20 MB file never all exist


def read(text: str, convert: Callable[[object, int], object] | None = None
         ) -> tuple[object, dict[int, list[int]]] | None:
    """(data, lines) for text in the subset, None otherwise. `lines[id(seq)]` holds the line
    (1-based) of each item of the block sequence `seq`.

    `convert(item, line)`, if given, is applied to each item of the block list under the
    top-level `entries` key as soon as it is read, and its result is kept instead (it may
    raise Unsupported): 50,000 entries then never exist twice."""
    if _REFUSE.search(text) or _MARKERS.search(text):
        return None
    reader = _Reader(_lines(text), convert)
    if reader.line is None:
        return None, {}
    try:
        data = reader.node(reader.line[0])
    except Unsupported:
        return None
    return (data, reader.item_lines) if reader.line is None else None


def _lines(text: str):
    """(indentation, dash, key, rest, line number) of every line that is not blank or a
    comment, scanned a chunk at a time. Indentations stay strings of spaces: comparing them
    compares their lengths."""
    number, pos, size = 1, 0, len(text)
    while pos < size:
        end = text.find("\n", min(pos + _CHUNK, size))
        end = size if end < 0 else end
        found = _LINE.findall(text, pos, end)
        yield from [(indent, dash, key, rest, n) for n, (indent, dash, key, rest)
                    in enumerate(found, number) if key or dash or rest and rest[0] != "#"]
        number += len(found)
        pos = end + 1


class _Reader:
    """Recursive descent over the lines, one line of lookahead (`self.line`)."""

    def __init__(self, lines, convert: Callable[[object, int], object] | None) -> None:
        self.lines = lines
        self.line = next(lines, None)
        self.item_lines: dict[int, list[int]] = {}
        self.root = self.line[0] if self.line is not None else ""
        self.convert = convert
        self.hook: Callable[[object, int], object] | None = None  # for the next sequence

    def node(self, indent: str) -> object:
        _, dash, key, _, _ = self.line  # type: ignore[misc]
        if dash:
            return self.sequence(indent)
        if key:
            return self.mapping(indent)
        raise Unsupported  # a scalar on lines of its own

    def mapping(self, indent: str) -> dict:
        lines, line, out = self.lines, self.line, {}
        while line is not None:
            ind, dash, key, rest, _ = line
            if ind != indent or dash:
                break
            key = _KEYS.get(key) or _key(key)  # one key object per name, not one per line
            if key in out:
                raise Unsupported  # duplicate key: libyaml's path reports it
            line = next(lines, None)
            if not rest or rest[0] == "#":
                if line is not None and (line[0] > indent or line[0] == indent and line[1]):
                    self.line = line
                    if key == "entries" and indent == self.root:
                        self.hook = self.convert
                    out[key] = self.node(line[0])
                    self.hook = None
                    line = self.line
                else:
                    out[key] = None
            elif rest[0] in _CLOSER or ": " in rest or " #" in rest or rest[-1] in ": " \
                    or rest in _WORDS:
                out[key] = inline(rest)
            else:
                out[key] = rest  # the common case, decided here for speed: plain text
        self.line = line
        if line is not None and line[0] > indent:
            raise Unsupported
        return out

    def sequence(self, indent: str) -> list:
        lines, line, items, where = self.lines, self.line, [], []
        hook, self.hook = self.hook, None
        while line is not None:
            ind, dash, key, rest, number = line
            if ind != indent or not dash:
                break
            where.append(number)
            if key:  # "- key: value" starts a mapping at the key's column
                column = ind + " " * len(dash)
                self.line = (column, "", key, rest, number)
                value = self.mapping(column)
                line = self.line
            elif not rest or rest[0] in "#-":
                raise Unsupported  # nested or empty items
            else:
                value = inline(rest)
                line = next(lines, None)
            items.append(value if hook is None else hook(value, number))
        self.line = line
        if line is not None and line[0] > indent:
            raise Unsupported
        self.item_lines[id(items)] = where
        return items


_KEYS: dict[str, str] = {}


def inline(rest: str) -> object:
    """The value written after `key: ` or `- ` (the rest of the line, comment allowed)."""
    rest = rest.rstrip(" ")
    first = rest[0]
    if first in "\"'[{":
        value, end = _flow(rest, 0)
        tail = rest[end:]
        if tail and not (tail[0] == " " and tail.lstrip(" ")[:1] in ("", "#")):
            raise Unsupported
        return value
    cut = rest.find(" #")
    return plain(rest if cut < 0 else rest[:cut].rstrip(" "), flow=False)


def _key(name: str) -> str:
    """A key as text, kept once; `on:`, `no:` or `null:` would be YAML 1.1 booleans or null."""
    if name not in _KEYS:
        if not name or plain(name, flow=False) != name:
            raise Unsupported
        _KEYS[name] = name
    return _KEYS[name]


def plain(value: str, flow: bool) -> object:
    """The value of a plain scalar, resolved as YAML 1.1 does (Unsupported if not text,
    true/false or null, or if YAML would not read it as one plain scalar)."""
    if not value or value[0] in _INDICATORS or ": " in value or value.endswith(":") \
            or (flow and ":" in value):
        raise Unsupported
    resolvers, bools = _yaml_rules()
    if value[0] in resolvers:
        for tag, regexp in resolvers[value[0]]:
            if regexp.match(value):
                if tag == _NULL:
                    return None
                if tag == _BOOL:
                    return bools[value.lower()]
                raise Unsupported  # a number, a date, a merge key: libyaml's path
    return value


def _flow(text: str, pos: int) -> tuple[object, int]:
    """A quoted scalar or a one-line flow sequence/mapping starting at `pos`; (value, end)."""
    first = text[pos]
    if first == '"':
        end = text.find('"', pos + 1)
        if end < 0 or "\\" in text[pos + 1:end]:
            raise Unsupported  # escapes, or a scalar over several lines
        return text[pos + 1:end], end + 1
    if first == "'":
        end = pos + 1
        while True:
            end = text.find("'", end)
            if end < 0:
                raise Unsupported
            if text[end + 1:end + 2] != "'":
                break
            end += 2
        return text[pos + 1:end].replace("''", "'"), end + 1
    if first not in "[{":
        raise Unsupported
    close = "]" if first == "[" else "}"
    items: list = []
    mapping: dict = {}
    pos += 1
    while True:
        while text[pos:pos + 1] == " ":
            pos += 1
        if text[pos:pos + 1] == close and not items and not mapping:
            return ([] if first == "[" else {}), pos + 1
        key = None
        if first == "{":
            m = _KEY.match(text, pos)
            if m is None or m.group(1) in mapping:
                raise Unsupported
            key, pos = _key(m.group(1)), m.end()
        if text[pos:pos + 1] in ("'", '"'):
            value, pos = _flow(text, pos)
        else:
            m = _FLOW_PLAIN_END.search(text, pos)
            if m is None:
                raise Unsupported
            raw = text[pos:m.start()].rstrip(" ")
            if " #" in raw:
                raise Unsupported
            value, pos = plain(raw, flow=True), m.start()
        if key is None:
            items.append(value)
        else:
            mapping[key] = value
        while text[pos:pos + 1] == " ":
            pos += 1
        sep = text[pos:pos + 1]
        pos += 1
        if sep == close:
            return (items if first == "[" else mapping), pos
        if sep != ",":
            raise Unsupported
