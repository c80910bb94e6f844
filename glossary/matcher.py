"""Find glossary terms in Chinese text and their renderings in English text.

Chinese: one Aho-Corasick pass over the match key of the text (dash, width and space variants
fold together), longest match first, so 中国—中亚命运共同体 is one hit that also covers the nested
命运共同体. English: the text becomes a string of normalised tokens (lower case, plural and
possessive endings stripped, articles dropped, hyphens/dashes/quotes ignored), and a rendering is
found when its own token string occurs in it; so "China–Central Asia communities" contains
"a China-Central Asia community". Both sides are built once per glossary, so linting 100,000
segment pairs against thousands of terms costs seconds, not minutes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import ahocorasick

from glossary.model import Entry
from tm.normalize import match_key

ARTICLES = frozenset({"a", "an", "the"})
_TOKEN = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*|[&+%$@#]")


@dataclass
class ZhHit:
    """A glossary term found in Chinese text; `start`/`end` are offsets in the original text."""

    entry: Entry
    start: int
    end: int
    text: str                 # the text as written in the input
    form: str                 # the glossary form that matched (zh or one of zh_variants)
    nested: list[Entry] = field(default_factory=list)  # shorter terms inside this hit


@dataclass
class EnHit:
    """A rendering of an entry found in English text."""

    entry: Entry
    kind: str                 # "official" | "variant" | "deprecated"
    rendering: str            # the glossary rendering that matched
    start: int
    end: int
    text: str                 # the English as written in the input


_CHAR_KEYS: dict[str, str] = {}


def _char_key(ch: str) -> str:
    """Match key of one character; whitespace disappears (Chinese terms never need it)."""
    key = _CHAR_KEYS.get(ch)
    if key is None:
        key = "".join(match_key(ch).split())
        _CHAR_KEYS[ch] = key
    return key


def zh_key_map(text: str) -> tuple[str, list[int]]:
    """The whitespace-free match key of `text` and, per key character, its offset in `text`."""
    parts: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        key = _CHAR_KEYS.get(ch)
        if key is None:
            key = _char_key(ch)
        if len(key) == 1:
            parts.append(key)
            offsets.append(i)
        elif key:
            parts.append(key)
            offsets.extend([i] * len(key))
    return "".join(parts), offsets


def zh_form_key(form: str) -> str:
    """The key a glossary form is stored under (same folding as `zh_key_map`)."""
    return zh_key_map(form)[0]


_STEMS: dict[str, str] = {}


def _stem(word: str) -> str:
    """Fold case, possessive and plural so that 'initiatives' / "China's" meet their base form."""
    stem = _STEMS.get(word)
    if stem is not None:
        return stem
    w = word.lower().replace("\u2019", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) > 3:
        if w.endswith("ies") and len(w) > 4:
            w = w[:-3] + "y"
        elif w.endswith(("sses", "shes", "ches", "xes", "zes")):
            w = w[:-2]
        elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
            w = w[:-1]
    _STEMS[word] = w
    return w


@dataclass
class _EnText:
    key: str                          # " tok tok tok " (articles dropped)
    at: dict[int, int]                # key position of a token → token index
    spans: list[tuple[int, int]]      # token index → (start, end) in the original text


def en_tokens(text: str) -> list[tuple[str, int, int]]:
    """Normalised tokens with their original offsets (articles dropped)."""
    out = []
    for m in _TOKEN.finditer(text):
        tok = _stem(m.group())
        if tok not in ARTICLES:
            out.append((tok, m.start(), m.end()))
    return out


def en_key(text: str) -> str:
    """The token string a rendering is compared on: ' tok tok ' (with the surrounding spaces)."""
    toks = [t for t, _, _ in en_tokens(text)]
    return f" {' '.join(toks)} " if toks else ""


@lru_cache(maxsize=512)
def _en_text(text: str) -> _EnText:
    # Lint asks about the same target sentence once per term: tokenise it once.
    parts = [" "]
    at: dict[int, int] = {}
    spans = []
    pos = 1
    for i, (tok, start, end) in enumerate(en_tokens(text)):
        at[pos] = i
        spans.append((start, end))
        parts.append(tok)
        parts.append(" ")
        pos += len(tok) + 1
    return _EnText("".join(parts), at, spans)


class TermMatcher:
    """Built once from a glossary; then `find_zh`, `find_en`, `en_status`, `find_deprecated`."""

    def __init__(self, glossary: Iterable[Entry]) -> None:
        self.entries: list[Entry] = list(glossary)
        self._zh = ahocorasick.Automaton()
        for index, entry in enumerate(self.entries):
            for form in entry.zh_forms:
                key = zh_form_key(form)
                if key and not self._zh.exists(key):  # validate() forbids a form in two entries
                    self._zh.add_word(key, (len(key), index, form))
        if len(self._zh):
            self._zh.make_automaton()
        # English renderings of each entry, as token strings, in the order they are reported.
        self._en: list[list[tuple[str, str, str]]] = []
        self._dep = ahocorasick.Automaton()
        for index, entry in enumerate(self.entries):
            forms = []
            for kind, text in ([("official", entry.en)] if entry.en else []) + \
                    [("variant", v.text) for v in entry.en_variants] + \
                    [("deprecated", d.text) for d in entry.en_deprecated]:
                key = en_key(text)
                if key:
                    forms.append((kind, text, key))
                    if kind == "deprecated":
                        found = self._dep.get(key, None)
                        self._dep.add_word(key, (found or []) + [(index, text)])
            self._en.append(forms)
        if len(self._dep):
            self._dep.make_automaton()
        self._index = {id(e): i for i, e in enumerate(self.entries)}

    # ------------------------------------------------------------------ Chinese

    def find_zh(self, text: str) -> list[ZhHit]:
        """Every glossary term in `text`, leftmost-longest, non-overlapping, in text order."""
        if not len(self._zh) or not text:
            return []
        key, offsets = zh_key_map(text)
        found = []
        for end, (length, index, form) in self._zh.iter(key):
            found.append((end - length + 1, end + 1, index, form))
        if not found:
            return []
        found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
        hits: list[ZhHit] = []
        cover_end = -1
        for start, end, index, form in found:
            if start >= cover_end:
                s, e = offsets[start], offsets[end - 1] + 1
                hits.append(ZhHit(self.entries[index], s, e, text[s:e], form))
                cover_end = end
                last_start = start
            elif end <= cover_end and start >= last_start:
                hit = hits[-1]
                nested = self.entries[index]
                if nested is not hit.entry and all(n is not nested for n in hit.nested):
                    hit.nested.append(nested)
        return hits

    # ------------------------------------------------------------------ English

    def find_en(self, text: str, entry: Entry) -> list[EnHit]:
        """Every official, variant or deprecated rendering of `entry` in `text`, in that order."""
        index = self._index.get(id(entry))
        forms = self._en[index] if index is not None else _forms_of(entry)
        doc = _en_text(text)
        hits = []
        for kind, rendering, key in forms:
            pos = doc.key.find(key)
            while pos >= 0:
                hits.append(self._en_hit(doc, text, entry, kind, rendering, pos, key))
                pos = doc.key.find(key, pos + 1)
        return hits

    def en_status(self, text: str, entry: Entry) -> str:
        """How `text` renders `entry`: "official", "variant", "deprecated" or "missing".

        An accepted rendering wins over a deprecated one in the same text (use
        `find_deprecated` to flag the latter anyway). "unrendered" means the entry has no
        English rendering at all (a provisional entry without `en`), so nothing can be checked.
        """
        index = self._index.get(id(entry))
        forms = self._en[index] if index is not None else _forms_of(entry)
        doc = _en_text(text).key
        best = "missing"
        for kind, _, key in forms:
            if key in doc:
                if kind != "deprecated":
                    return kind
                best = "deprecated"
        if best == "missing" and not any(kind != "deprecated" for kind, _, _ in forms):
            return "unrendered"
        return best

    def find_deprecated(self, text: str) -> list[EnHit]:
        """Every deprecated rendering of any entry in `text`, in text order."""
        if not len(self._dep) or not text:
            return []
        doc = _en_text(text)
        hits = []
        for end, owners in self._dep.iter(doc.key):
            for index, rendering in owners:
                key = self._key_of(index, rendering)
                hits.append(self._en_hit(doc, text, self.entries[index], "deprecated",
                                         rendering, end - len(key) + 1, key))
        hits.sort(key=lambda h: (h.start, -h.end))
        return hits

    def _key_of(self, index: int, rendering: str) -> str:
        for kind, text, key in self._en[index]:
            if kind == "deprecated" and text == rendering:
                return key
        raise KeyError(rendering)

    @staticmethod
    def _en_hit(doc: _EnText, text: str, entry: Entry, kind: str, rendering: str, pos: int,
                key: str) -> EnHit:
        first = doc.at[pos + 1]
        last = first + key.count(" ") - 2
        start, end = doc.spans[first][0], doc.spans[last][1]
        return EnHit(entry, kind, rendering, start, end, text[start:end])


def _forms_of(entry: Entry) -> list[tuple[str, str, str]]:
    """Renderings of an entry the matcher was not built with (e.g. a user's ad-hoc entry)."""
    pairs = ([("official", entry.en)] if entry.en else []) + \
        [("variant", v.text) for v in entry.en_variants] + \
        [("deprecated", d.text) for d in entry.en_deprecated]
    return [(kind, text, en_key(text)) for kind, text in pairs if en_key(text)]
