"""Find glossary terms in Chinese text and their renderings in English text.

Chinese: one Aho-Corasick pass over the match key of the text (dash, width and space variants
fold together), longest match first, so 中国—中亚命运共同体 is one hit that also covers the nested
命运共同体. English: the text becomes a string of normalised tokens (lower case, plural and
possessive endings stripped, British spelling folded, articles dropped, hyphens/dashes/quotes
ignored), and a rendering is found when its own token string occurs in it; so "China–Central
Asia communities" contains "a China-Central Asia community". Both sides are built once per
glossary, so linting 100,000 segment pairs against thousands of terms costs seconds, not minutes.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter

import ahocorasick
from tifa.glossary.entry import Entry
from tifa.tm.base.english import NUMBER_WORDS, ORDINAL_WORDS, us_spelling
from tifa.tm.base.script import to_simplified
from tifa.tm.base.text import INVISIBLE, has_han, match_key, visible_text

ARTICLES = frozenset({"a", "an", "the"})
# "U.S.", "U.K.", "U.N." are one token, the initials without their dots ("US"), as the
# glossary writes them: "China-U.S. relations" is "China-US relations"
# An invisible character inside a word (Word's soft hyphen, "Initi\u00adative"; a zero-width
# space or joiner) is part of the word, and the key drops it (`_stem`). So is a combining mark:
# "communique\u0301s" (NFD, as macOS and some PDFs give text) is "communiqués", whose key is
# the word in NFC.
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_WORD = rf"[^\W_]+(?:[{_MARKS}]+[^\W_]*)*"
_TOKEN = re.compile(
    rf"(?<![^\W_])(?:[A-Z]\.){{2,}}|{_WORD}(?:['\u2019{INVISIBLE}]{_WORD})*|[&+%$@#]")


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
    """Match key of one character; whitespace disappears (Chinese terms never need it), and so
    do the invisible format characters (Cf: a soft hyphen, a zero-width space or joiner, a
    direction mark) a web page, Word or a PDF leaves inside a word: 三股\u200b势力 is 三股势力
    to the reader, and the glossary refuses them in its own forms."""
    key = _CHAR_KEYS.get(ch)
    if key is None:
        key = "" if unicodedata.category(ch) == "Cf" else "".join(match_key(ch).split())
        _CHAR_KEYS[ch] = key
    return key


_FOLDABLE = frozenset({"Pd", "Pi", "Pf", "Ps", "Pe", "Po", "Sm", "Zs", "Zl", "Zp", "Cc", "Cf"})


@lru_cache(maxsize=1)
def _fold_table() -> tuple[dict[str, str], re.Pattern, re.Pattern]:
    """Every BMP character whose key differs from itself, and a pattern that finds them.

    Built once per process (~0.1 s): it turns the per-character work of `zh_key_map` into one
    C-speed pass. The pattern finds characters whose key is not exactly one character
    (whitespace, expansions) or lie outside the BMP; only texts containing one of those need
    the slow per-character offset map.
    """

    table: dict[str, str] = {}
    irregular = []
    for code in range(0x10000):
        ch = chr(code)
        if 0xD800 <= code < 0xE000:
            continue
        # only compatibility characters, dashes, quotes, spaces and controls can fold
        if unicodedata.normalize("NFKC", ch) == ch and \
                unicodedata.category(ch) not in _FOLDABLE and not ch.isspace():
            continue
        key = _char_key(ch)
        if key != ch:
            table[ch] = key
            if len(key) != 1:
                irregular.append(ch)
    chars = "".join(re.escape(c) for c in irregular)
    # a regex over the few characters that fold is ~2x faster than str.translate with a dict
    folding = re.compile("[" + "".join(re.escape(c) for c in table) + "]")
    return table, folding, re.compile(f"[{chars}\U00010000-\U0010ffff]")


def zh_key_map(text: str) -> tuple[str, list[int] | None]:
    """The whitespace-free match key of `text` and, per key character, its offset in `text`.

    The offsets are None when they are the identity (the usual case: no spaces, no
    expansions), which saves building a list per segment.
    """
    table, folding, irregular = _fold_table()
    if irregular.search(text) is None:
        return folding.sub(lambda m: table[m.group()], text), None
    parts: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        key = _char_key(ch)
        if len(key) == 1:
            parts.append(key)
            offsets.append(i)
        elif key:
            parts.append(key)
            offsets.extend([i] * len(key))
    return "".join(parts), offsets


def _letter(ch: str) -> bool:
    """A letter or digit of a word written in Latin (or another spaced) script."""
    return ch.isalnum() and not has_han(ch)


def _glued(text: str, key: str, offsets: list[int] | None, start: int, end: int) -> bool:
    """Whether a hit at key positions [start, end) that begins or ends with a Latin letter or
    digit runs on into one in `text`: "AI" in OpenAI, "5G" in 15GB, "CO2" in CO2e are not the
    terms AI, 5G and CO2 (a Chinese character either side is a boundary, as in AI芯片)."""
    first, last = key[start], key[end - 1]
    if not (_letter(first) or _letter(last)):
        return False
    s, e = (start, end) if offsets is None else (offsets[start], offsets[end - 1] + 1)
    return (_letter(first) and s > 0 and _letter(text[s - 1])) or \
        (_letter(last) and e < len(text) and _letter(text[e]))


def _bytes_str(key: str) -> str:
    """The UTF-8 bytes of `key` as a str of code points < 256.

    pyahocorasick keeps each trie node's children in a list it scans; with thousands of Chinese
    characters under the root that scan dominates (3.5 µs per character here). Over UTF-8
    bytes a node has few children, and matching is ~5× faster. UTF-8 is self-synchronising, so
    a match always starts and ends on character boundaries.
    """
    return key.encode("utf-8").decode("latin-1")


def zh_form_key(form: str) -> str:
    """The key a glossary form is stored under (same folding as `zh_key_map`)."""
    return zh_key_map(form)[0]


# word as written → its key token; an ampersand is the word "and" ("Belt & Road", "R&D")
_STEMS: dict[str, str] = {"&": "and"}
# Singulars in -s whose plural adds -es, and singulars in -ie or -che whose plural adds -s:
# the endings alone would fold "viruses" to "viruse" and "cookies" to "cooky", apart from
# "virus" and "cookie" (a term list of a technical test set has such words).
_S_SINGULAR = frozenset("""
virus bus bonus campus census status consensus focus surplus corpus prospectus apparatus
syllabus stimulus gas bias atlas canvas alias lens iris
""".split())
_E_SINGULAR = frozenset("""
cookie calorie movie selfie rookie zombie goalie brownie prairie birdie smoothie
cache niche headache avalanche cliche moustache psyche démarche demarche
""".split())


# Plurals that no ending folds: a Greek -is noun's -es ("crises"), a Latin or Greek -um/-on
# noun's -a ("criteria"), and -en ("children", "women", "craftsmen"). Words with another
# common reading are left to the endings: "bases" (base), "axes" (axe), "analyses" and
# "diagnoses" (the verbs analyse, diagnose).
_IRREGULAR_PLURALS = {
    **{w[:-2] + "es": w for w in """crisis thesis hypothesis synthesis prognosis emphasis
       oasis parenthesis synopsis antithesis metastasis""".split()},
    "criteria": "criterion", "phenomena": "phenomenon", "curricula": "curriculum",
    "memoranda": "memorandum", "children": "child", "men": "man", "women": "woman",
    **{w + "men": w + "man" for w in """chair spokes business sales fisher herds states
       crafts service congress police fire country kins sports""".split()},
}


def _stem(word: str) -> str:
    """Fold case, possessive, British spelling and plural so that 'initiatives' / "China's" /
    'centres' meet their base form."""
    stem = _STEMS.get(word)
    if stem is not None:
        return stem
    w = word.lower().replace("\u2019", "'")
    if not w.isascii():
        w = unicodedata.normalize("NFC", visible_text(w))
    if w.endswith("."):
        w = w.replace(".", "")  # U.S. → us
    if w.endswith("'s"):
        w = w[:-2]
    if w in _IRREGULAR_PLURALS:
        w = _IRREGULAR_PLURALS[w]   # crises, criteria, children, women's
    elif len(word) > 2 and word[-1] == "s" and word[:-1].isupper() and \
            "'" not in word and "\u2019" not in word:  # "UN’s" is UN's, not "u"
        w = w[:-1]  # an acronym's plural: "CIIEs" is CIIE (not "ciiy"), "NDCs" is NDC
    elif word.isupper() and len(word) > 2 and word[-1] == "S":
        pass  # an acronym: BRICS is not "BRIC", CIPS not "CIP" (among capitals: `_caps_key`)
    elif w in _S_SINGULAR:
        pass  # gas, bias, lens: a singular, not "ga", "bia", "len"
    elif len(w) > 3:
        if w[:-2] in _S_SINGULAR and w.endswith("es"):
            w = w[:-2]  # viruses, gases, biases, buses
        elif w[:-1] in _E_SINGULAR:
            w = w[:-1]  # cookies, calories, caches, niches: the singular ends in -ie, -che
        elif w.endswith("ies") and len(w) > 4:
            w = w[:-3] + "y"
        elif w.endswith(("sses", "shes", "ches", "xes", "zzes")):  # not prizes → priz
            w = w[:-2]
        elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
            w = _IRREGULAR_PLURALS.get(w[:-1], w[:-1])   # "Womens" as "Women's"
    w = us_spelling(w)  # on the singular: centres → centre → center, raisings → raizing
    _STEMS[word] = w
    return w


def written_plural(word: str, key: str | None = None) -> bool:
    """Whether `word` as written is a plural that its key folds to the singular ("Principles",
    "Organisations", "Cities"), not a singular ("Principle", "News"), an acronym's plural
    aside ("NDCs", "BRICS" are written so either way). `key`, the word's key token in its
    text where known: a word in capitals that the text's key folds among other capitals
    (`_caps_run`) is judged as the word ("NATIONAL GAMES" is plural, "NATIONAL GAME" not)."""
    if key is not None and word.isupper() and key != _stem(word):
        word = word.lower()
    bare = word.lower().replace("\u2019", "'")
    if bare in _IRREGULAR_PLURALS:
        return True   # "crises", "children"
    tok = _stem(word)
    if word[:-1].isupper() or not bare.endswith("s") or bare.endswith(("ss", "'s")) or \
            bare == tok:
        return False
    return _stem(bare[:-1]) == tok or (bare.endswith("es") and _stem(bare[:-2]) == tok) or \
        (bare.endswith("ies") and _stem(bare[:-3] + "y") == tok)


_LONE_A = re.compile(r"(?<![^\W_])A(?![^\W_]|['\u2019])")
_DASHES = "-\u2010\u2011\u2012\u2013\u2014"
LETTER_A = "\uff21"   # stands for a capital A that is a letter, not an article


def letter_a(text: str) -> str:
    """`text` with every capital A that is a letter, not the article, written as LETTER_A
    (one character for one: offsets stay). Dropping articles would turn "A-share" into
    "share" and "hepatitis A" into "hepatitis", met by any share and by hepatitis B. An A
    is a letter when a hyphen or dash joins it to a word (A-share, type-A), when it follows
    a lower-case word ("hepatitis A") or a capitalised one without a capitalised word after
    it ("Series A financing", "Hepatitis A and B"); an article A starts a sentence or sits
    in a Title Case phrase ("Building A Community"). Not told apart: a letter A between two
    capitalised words ("Vitamin A Deficiency"), taken as the article."""
    if "A" not in text:
        return text
    return _LONE_A.sub(lambda m: LETTER_A if _is_letter(text, m.start()) else "A", text)


def _is_letter(text: str, at: int) -> bool:
    after, before = text[at + 1:at + 3], text[max(0, at - 2):at]
    if after[:1] and after[0] in _DASHES and after[1:2].isalnum():
        return True
    if before[-1:] and before[-1] in _DASHES and before[:1].isalnum():
        return True
    if before[-1:] != " " or not before[:1].isalnum():
        return False
    if text[:at - 1].rsplit(None, 1)[-1][:1].islower():
        return True
    # after a capitalised word: a letter unless a capitalised word follows (Title Case)
    rest = text[at + 1:at + 3]
    return not (rest[:1] == " " and rest[1:2].isupper())


def en_tokens(text: str) -> list[tuple[str, int, int]]:
    """Normalised tokens with their original offsets (articles dropped)."""
    return list(_en_tokens(text))


@lru_cache(maxsize=64)
def _en_tokens(text: str) -> tuple[tuple[str, int, int], ...]:
    # Cached: each hit reported in one target needs them, and lint reports hits one by one.
    out = []
    found = list(_TOKEN.finditer(letter_a(text)))
    caps = _caps_run(text, found) if _CAPS_S.search(text) else ()
    for i, m in enumerate(found):
        tok = _caps_key(m.group()) if i in caps else _STEMS.get(m.group()) or _stem(m.group())
        if tok not in ARTICLES:
            out.append((tok, m.start(), m.end()))
    return tuple(out)


_CAPS_S = re.compile(r"(?<![^\W_])[A-Z]{2,}S(?![^\W_])")


_SPACE = re.compile(r"\s+")
_SPACED_FIGURE = re.compile(r"\s+\d+\s+")


def _caps_run(text: str, found: list[re.Match]) -> set[int]:
    """The words in capitals ending in S that a space alone parts from another word in
    capitals: a heading or a stretch written in capitals ("15th NATIONAL GAMES"), whose S is
    a plural's. Alone among lower-case words, or in a list of acronyms ("the SCO, BRICS"),
    such a word is an acronym (BRICS, CIPS: `_stem`). A figure between is part of the run
    ("TYPE 2 DIABETES")."""
    def caps(i: int, j: int) -> bool:
        if not 0 <= j < len(found):
            return False
        between = _SPACE
        if found[j].group().isdigit() and 0 <= 2 * j - i < len(found):
            j, between = 2 * j - i, _SPACED_FIGURE   # the word past the figure
        word, (a, b) = found[j].group(), sorted((i, j))
        return len(word) > 1 and word.isupper() and \
            between.fullmatch(text, found[a].end(), found[b].start()) is not None
    return {i for i, m in enumerate(found)
            if _CAPS_S.fullmatch(m.group()) and (caps(i, i - 1) or caps(i, i + 1))}


def _caps_key(word: str) -> str:
    """The key token of a word in capitals within a run of capitals: as a common word."""
    return _stem(word.lower())


@lru_cache(maxsize=16384)
def _key_words(rendering: str) -> tuple[str, ...]:
    """A rendering's key tokens: `_en_tokens` keeps only the last targets, and a run asks
    about each of a glossary's renderings again and again."""
    return tuple(t for t, _, _ in _en_tokens(rendering))


def en_key(text: str) -> str:
    """The token string a rendering is compared on: ' tok tok ' (with the surrounding spaces)."""
    return _en_key(text)


_KEY_TOKENS: dict[str, str] = {}  # word as written → its key token ("" for an article)


# a reflexive pronoun follows the sentence's subject: 损人不利己 "harm others without
# benefiting oneself", "… themselves", "… itself" are one rendering
_REFLEXIVES = frozenset("oneself itself themselves themself himself herself ourselves ourself "
                        "yourself yourselves myself".split())


def _key_token(word: str) -> str:
    tok = "oneself" if word.lower() in _REFLEXIVES else _stem(word)
    # "H.E." (His or Her Excellency) between an office and its holder's name, as the
    # diplomatic style writes it ("President, H.E. Xi Jinping"): no word of the rendering
    tok = "" if tok in ARTICLES or word == "H.E." else tok
    _KEY_TOKENS[word] = tok
    return tok


@lru_cache(maxsize=1024)
def _en_key(text: str) -> str:
    # Lint asks about the same target sentence once per term: normalise it once. Only the
    # key is built here; offsets are worked out (`_spans`) when a hit must be reported.
    # map/filter keep the per-word loop in C; a word seen for the first time takes the
    # slow path once.
    words = _TOKEN.findall(letter_a(text))
    if _CAPS_S.search(text):
        caps = _caps_run(text, list(_TOKEN.finditer(letter_a(text))))
        if caps:
            toks = " ".join(filter(None, [
                _caps_key(w) if i in caps else _KEY_TOKENS[w] if w in _KEY_TOKENS
                else _key_token(w) for i, w in enumerate(words)]))
            return f" {toks} " if toks else ""
    try:
        toks = " ".join(filter(None, map(_KEY_TOKENS.__getitem__, words)))
    except KeyError:
        toks = " ".join(filter(None, [_KEY_TOKENS[w] if w in _KEY_TOKENS else _key_token(w)
                                      for w in words]))
    return f" {toks} " if toks else ""


def _span(text: str, pos: int, key: str) -> tuple[int, int]:
    """Original offsets of the tokens at key position `pos` (the space before the first)."""
    first = _en_key(text)[:pos + 1].count(" ") - 1   # tokens before the hit
    count = key.count(" ") - 1
    tokens = _en_tokens(text)
    return tokens[first][1], tokens[first + count - 1][2]


class TermMatcher:
    """Built once from a glossary; then `find_zh`, `find_en`, `en_status`, `find_deprecated`."""

    def __init__(self, glossary: Iterable[Entry]) -> None:
        self.entries: list[Entry] = list(glossary)
        self._zh = ahocorasick.Automaton()
        for index, entry in enumerate(self.entries):
            for form in entry.zh_forms:
                key = zh_form_key(form)
                bkey = _bytes_str(key)
                if key and not self._zh.exists(bkey):  # validate() forbids a form in two entries
                    self._zh.add_word(bkey, (len(bkey), index, form))
        if len(self._zh):
            self._zh.make_automaton()
        # English renderings of each entry, as token strings, in the order they are reported.
        self._en: list[list[tuple[str, str, str]]] = [_forms_of(e) for e in self.entries]
        acronyms = _acronyms(self.entries)
        _add_twins(self._en, _spelled_out_twins(acronyms))
        _add_twins(self._en, _abbreviated_twins(acronyms))
        # A deprecated rendering whose match key is also an accepted one ("Xi Jinping's
        # Thought" against the accepted short form "Xi Jinping Thought") is only reported
        # where the text spells it as deprecated: the key alone cannot tell them apart.
        accepted = {key for forms in self._en for kind, _, key in forms if kind != "deprecated"}
        self._dep = ahocorasick.Automaton()
        for index, forms in enumerate(self._en):
            for kind, text, key in forms:
                if kind == "deprecated":
                    found = self._dep.get(key, None)
                    self._dep.add_word(key, (found or []) + [(index, text, key in accepted)])
        if len(self._dep):
            self._dep.make_automaton()
        self._index = {id(e): i for i, e in enumerate(self.entries)}

    def bound_to(self, entries: list[Entry]) -> TermMatcher:
        """This matcher for `entries`, whose fields it is built from (`_BUILT_FROM`) equal
        those of its own entries in order: its tables shared (they hold entry indices and
        the fields' text only), its hits carrying these entries."""
        bound = copy.copy(self)
        bound.entries = list(entries)
        bound._index = {id(e): i for i, e in enumerate(bound.entries)}
        return bound

    # ------------------------------------------------------------------ Chinese

    def find_zh(self, text: str) -> list[ZhHit]:
        """Every glossary term in `text`, leftmost-longest, non-overlapping, in text order."""
        if not len(self._zh) or not text:
            return []
        # Traditional characters are matched as simplified ones; one for one, so every offset
        # (and the hit's text, taken from `text`) stays the user's own.
        key, offsets = zh_key_map(to_simplified(text))
        bkey = _bytes_str(key)
        found = []
        for end, (length, index, form) in self._zh.iter(bkey):
            found.append((end - length + 1, end + 1, index, form))
        if not found:
            return []
        if len(bkey) != len(key):  # byte positions → character positions of the key
            data = bkey.encode("latin-1")
            found = [(len(data[:s].decode()), len(data[:e].decode()), i, f)
                     for s, e, i, f in found]
        found = [f for f in found if not _glued(text, key, offsets, f[0], f[1])]
        found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
        hits: list[ZhHit] = []
        cover_end = -1
        for start, end, index, form in found:
            if start >= cover_end:
                s, e = (start, end) if offsets is None else (offsets[start], offsets[end - 1] + 1)
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
        return [_en_hit(text, entry, kind, rendering, pos, key)
                for kind, rendering, pos, key in self.en_places(text, entry)]

    def en_places(self, text: str, entry: Entry) -> list[tuple[str, str, int, str]]:
        """`find_en` without the character offsets: (kind, rendering, key position, key).

        Offsets cost a second pass over the text; lint needs them only for the rare hit it
        reports, and gets them then from `en_span`. Containment and length compare the same
        on key positions as on offsets (both count whole tokens).
        """
        index = self._index.get(id(entry))
        forms = self._en[index] if index is not None else _forms_of(entry)
        doc = _en_key(text)
        places = []
        for kind, rendering, key in forms:
            pos = doc.find(key)
            while pos >= 0:
                places.append((kind, rendering, pos, key))
                pos = doc.find(key, pos + 1)
        return _as_spelled(text, places) if len(places) > 1 else places

    @staticmethod
    def en_span(text: str, pos: int, key: str) -> tuple[int, int]:
        """Character offsets in `text` of the place `en_places` reported at `pos`."""
        return _span(text, pos, key)

    def accepted_spans(self, text: str, entry: Entry) -> list[tuple[int, int]]:
        """Character offsets in `text` of every accepted (not deprecated) rendering of
        `entry`: where the words of a term the text renders stand."""
        return [_span(text, pos, key) for kind, _, pos, key in self.en_places(text, entry)
                if kind != "deprecated"]

    def en_status(self, text: str, entry: Entry) -> str:
        """How `text` renders `entry`: "official", "variant", "deprecated" or "missing".

        An accepted rendering wins over a deprecated one in the same text (use
        `find_deprecated` to flag the latter anyway). "unrendered" means the entry has no
        English rendering at all (a provisional entry without `en`), so nothing can be checked.
        """
        index = self._index.get(id(entry))
        forms = self._en[index] if index is not None else _forms_of(entry)
        doc = _en_key(text)
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
        hits = [hit or _en_hit(text, self.entries[index], "deprecated", rendering, start, key)
                for index, rendering, start, key, hit in self._deprecated_in(text)]
        hits.sort(key=lambda h: (h.start, -h.end))
        return hits

    def deprecated_places(self, text: str) -> list[tuple[int, int]]:
        """`find_deprecated` on key positions, for counting: (start, end) of each hit in
        `en_key(text)` (the space before its first token, the space after its last), in the
        same order. Two hits share a token exactly when one starts before the other ends, as
        with offsets; only a rendering that counts where spelled as deprecated needs them."""
        found = [(start, start + len(key) - 1) for _, _, start, key, _ in self._deprecated_in(text)]
        found.sort(key=lambda p: (p[0], -p[1]))
        return found

    def _deprecated_in(self, text: str) -> Iterator[tuple[int, str, int, str, EnHit | None]]:
        """(entry index, rendering, start and key in `en_key(text)`, hit or None) of each
        deprecated rendering in `text`. A rendering that counts only where it is spelled as
        deprecated is checked here, on its hit (which is then given; None otherwise)."""
        if not len(self._dep) or not text:
            return
        for end, owners in self._dep.iter(_en_key(text)):
            for index, rendering, literal in owners:
                key = self._key_of(index, rendering)
                start = end - len(key) + 1
                hit = None
                if literal:
                    hit = _en_hit(text, self.entries[index], "deprecated", rendering, start, key)
                    if not _plural_of(_spelled(hit.text), _spelled(rendering)):
                        continue
                yield index, rendering, start, key, hit

    def _key_of(self, index: int, rendering: str) -> str:
        for kind, text, key in self._en[index]:
            if kind == "deprecated" and text == rendering:
                return key
        raise KeyError(rendering)


    # ------------------------------------------------------------------ relaxed English

    def en_relaxed(self, text: str, entry: Entry) -> EnHit | None:
        """An accepted rendering of `entry` that `en_status` misses, worded as translators do.

        Two documented relaxations (docs/lint.md, "What counts as a rendering"), tried only
        after the exact match failed, so they cost nothing on the usual sentence:

        * coordination: a rendering shares its first or last words with a neighbour and the
          text says them once — "the Global Development, Security and Civilization
          Initiatives" renders each initiative, "Chinese civilization and nation" renders
          "Chinese nation";
        * split and derived forms: the words of the rendering in order with at most
          `MAX_INSERTED` words inserted ("friendship between our peoples from generation to
          generation"), no negation among them; for a common-noun rendering (no capital
          letter: not a proper name) words of the same stem also count and function words
          may come and go, so "align our development strategies" renders "alignment of
          development strategies", and "good-neighborliness, friendship and win-win
          cooperation" renders "good-neighborliness and friendship"; a rendering the glossary
          calls verbal may be inflected ("have watched out for each other").

        * "of" inversion, for entries that do not bind (a recommended, descriptive rendering;
          an official formulation keeps its word order): a common-noun rendering written as
          its head, "of" ("on", "in") and its modifier — "the collective economy of villages"
          renders "village collective economy", "cooperation on health care" "health care
          cooperation"; and the other way round, "head of X" as the compound "X head"
          ("permanent Security Council members", `_compounded`).

        * reciprocal and adverbial forms of a common-noun rendering, whatever the entry: "mutual
          N" written as the verb of N and "each other" or "one another" ("respect each other",
          "learn from one another", "respect for each other" for "mutual respect"), "A N" as the
          verb of N with A's adverb ("coexist peacefully", "peacefully coexist", "coexist in
          peace", "reunification by peaceful means" for "peaceful coexistence/reunification");
        * a possessive for "of": "X of Y" written "Y's X" ("humanity's common values", "the UN
          Charter's purposes and principles"), X being lower-case words of the rendering.

        * a pronoun for "of Y" once Y is named: "its Group of Friends" after "the Initiative"
          (`_pronoun_owner`);
        * a predicative form of a modifiers-head rendering: "fiscal policy will be more
          proactive" for "more proactive fiscal policy" (`_predicative`).

        * a noun and its nominalised verb said as the verb and its object: "reduce poverty"
          for "poverty reduction", "build capacity" for "capacity building" (`_verb_object`);
        * a compound written closed, hyphenated or open otherwise than the rendering:
          "co-operation", "nonproliferation", "peace keepers", "G-7" (`_joined`);
        * a name said by its initials ("SCO" for "Shanghai Cooperation Organization"), or an
          acronym spelled out ("Regional Comprehensive Economic Partnership" for "RCEP")
          (`_acronym`).

        * a name respelled: a number or ordinal in words or figures ("the twentieth CPC
          National Congress", "3rd", "Group of 20" for G20), an acronym ending in S in a
          heading in capitals ("BRICS SUMMIT"), a country's adjective for its name before a
          common noun or the other way round ("Ukrainian crisis", "Palestine question")
          (`_respelled`);

        Returns the hit with kind "respelled", "elided", "split", "inverted", "reworded",
        "predicative", "possessive", "joined" or "acronym"
        (rendering = the accepted form it stands for), or None.
        """
        tokens = _en_tokens(text)
        if not tokens:
            return None
        words = [t for t, _, _ in tokens]
        index = self._index.get(id(entry))
        for kind, rendering, key in self._en[index] if index is not None else _forms_of(entry):
            found = None if kind == "deprecated" else _respelled(text, tokens, key, rendering)
            if found is not None:
                start, end = tokens[found[0]][1], tokens[found[1] - 1][2]
                return EnHit(entry, "respelled", rendering, start, end, text[start:end])
        present = set(words)
        verbal = {v.text for v in entry.en_variants if _VERBAL.search(v.note or "")}
        for rendering in entry.accepted:
            rtoks = list(_key_words(rendering))
            if not rtoks:
                continue
            common = common_noun(rendering)
            is_verbal = rendering in verbal or looks_verbal(rendering)
            same = (_same_verb if is_verbal else _same_stem) if common else str.__eq__
            if is_verbal and not common:  # "jointly build the Belt and Road"
                same = _verb_of(rendering)
            found, kind = None, "elided"
            # Elision and splitting keep every word of the rendering; only a derived form
            # (common nouns) may change one. Most targets fail this test at once.
            if present.issuperset(rtoks):
                found = _coordinated(text, tokens, words, rtoks)
                if found is None:
                    kind, found = "split", _spread(words, rtoks, common, same, is_verbal)
            elif common or is_verbal:
                kind, found = "split", _spread(words, rtoks, common, same, is_verbal)
            if found is None and common and not is_verbal and not entry.binding and \
                    present & _INVERTING:
                kind, found = "inverted", _inverted(words, rtoks, same)
            link = next((w for w in rtoks if w in _NAME_AFTER), None)
            if found is None and not entry.binding and link and (
                    rendering.split(f" {link} ", 1)[0].islower() or
                    not common and f" {link} the " in rendering):
                # a name too: "NPC Standing Committee", "United Nations Secretary-General"
                # ("Bank of China", without "the", is no "China Bank")
                kind, found = "inverted", _compounded(words, rtoks, same, link)
            if found is None and not entry.binding and not common and present & _NAME_AFTER:
                kind, found = "inverted", _name_inverted(text, tokens, words, rendering)
            if found is None and present & _LINKING:  # every word kept: binding terms too
                kind, found = "inverted", _linked_apart(text, tokens, words, rendering)
            if found is None and common:
                kind, found = "reworded", _reworded(words, present, rtoks, same, is_verbal)
            if found is None and common and present & _COPULAS:
                kind, found = "predicative", _predicative(words, present, rtoks, same)
            if found is None and "of" in rtoks and ("'" in text or "\u2019" in text):
                kind, found = "possessive", _possessive(text, tokens, words, rendering, same)
            if found is None and "of" in rtoks and present & _OWNER_PRONOUNS:
                kind, found = "possessive", _pronoun_owner(words, rtoks, same)
            if found is None and common and not is_verbal:
                kind, found = "reworded", _verb_object(words, rtoks)
            if found is None:
                kind, found = "joined", _joined(words, rtoks)
            if found is None:
                kind, found = "acronym", _acronym(text, tokens, rendering, entry.accepted)
            if found is not None:
                a, b = found
                start, end = tokens[a][1], tokens[b - 1][2]
                if kind == "split" and not common and _listed_apart(text[start:end], rendering):
                    continue  # "the Global Security, the Global Development Initiative"
                if kind == "inverted" and text[end:end + 1] in _DASHES and \
                        text[end + 1:end + 2].isalnum():
                    continue  # "the centrality of ASEAN-led trade": the modifier is another's
                return EnHit(entry, kind, rendering, start, end, text[start:end])
        return None


_TENS = frozenset(w for w, n in NUMBER_WORDS.items() if n >= 20)
_FIGURE_ORDINAL = re.compile(r"(\d+)(?:st|nd|rd|th)")


def _number_folded(words: list[str]) -> list[tuple[str, int, int]]:
    """Key tokens with the numbers in them written one way: (token, first, end index). A
    cardinal is its figure ("twenty" → "20"), an ordinal "#" and its figure ("twentieth",
    "20th" → "#20"; "twenty-first" → "#21"), and "Group of N" the group's acronym ("g20")."""
    out: list[tuple[str, int, int]] = []
    i, n = 0, len(words)
    while i < n:
        w, j = words[i], i + 1
        if w in ORDINAL_WORDS:
            w = f"#{ORDINAL_WORDS[w]}"
        elif w in NUMBER_WORDS:
            value = NUMBER_WORDS[w]
            if w in _TENS and j < n and (NUMBER_WORDS.get(words[j], 10) < 10 or
                                         ORDINAL_WORDS.get(words[j], 10) < 10):
                unit = words[j]
                w, j = (f"#{value + ORDINAL_WORDS[unit]}" if unit in ORDINAL_WORDS
                        else str(value + NUMBER_WORDS[unit])), j + 1
            else:
                w = str(value)
        elif _FIGURE_ORDINAL.fullmatch(w):
            w = f"#{int(w[:-2])}"
        out.append((w, i, j))
        i = j
    k = 0
    while k + 2 < len(out):   # "Group of 20" is the G20
        if out[k][0] == "group" and out[k + 1][0] == "of" and out[k + 2][0].isdigit():
            out[k:k + 3] = [(f"g{out[k + 2][0]}", out[k][1], out[k + 2][2])]
        k += 1
    return out


_NUMBERISH = re.compile(r"\d|\b(?:" + "|".join(sorted({*NUMBER_WORDS, *ORDINAL_WORDS}, key=len,
                                                        reverse=True)) + r")\b", re.I)
# "Chinese modernization" is no "China's modernization"; official English says "Taiwan"
# for the region, never "Taiwanese", in a name ("Taiwanese independence" is a slip)
_NOT_DEMONYM = frozenset({"china", "chinese", "taiwan", "taiwanese"})


def _demonyms(word: str) -> frozenset[str]:
    """The key tokens a place name's adjective or the adjective's name may be: "ukraine" →
    ukrainian, "palestinian" → palestine, "korea" → korean, "japanese" → japan."""
    out = {word}
    if word.endswith("ian"):
        out |= {word[:-3] + "e", word[:-3] + "a", word[:-3]}
    if word.endswith("an"):
        out.add(word[:-1])
    if word.endswith("ese"):
        out.add(word[:-3])
    if word.endswith("i"):
        out.add(word[:-1])
    if word.endswith("a"):
        out.add(word + "n")
    if word.endswith("e"):
        out.add(word[:-1] + "ian")
    out |= {word + "ian", word + "ese", word + "i"}
    return frozenset(out)


@lru_cache(maxsize=16384)
def _respellings(key: str, rendering: str) -> tuple[tuple[frozenset[str], ...], bool] | None:
    """For a rendering's key: the key tokens each of its places may take once the numbers of
    both texts are folded (`_number_folded`) and a place name may be its adjective; and
    whether numbers are to be folded. None when nothing of it can be respelled (most keys)."""
    toks = key.split()
    numbers = bool(_NUMBERISH.search(key))
    folded = [t for t, _, _ in _number_folded(toks)] if numbers else toks
    places = [frozenset({t}) for t in folded]
    demonym = False
    if key == en_key(rendering) and not numbers:
        written = [m.group() for m in _TOKEN.finditer(rendering) if _stem(m.group()) not in
                   ARTICLES]
        if len(written) == len(toks):
            for i, (w, nxt) in enumerate(zip(written, written[1:], strict=False)):
                if w[:1].isupper() and not w.isupper() and nxt[:1].islower() and \
                        toks[i] not in _NOT_DEMONYM and toks[i].isalpha():
                    places[i], demonym = _demonyms(toks[i]), True
    caps = any(w.isupper() and w.endswith("S") for w in rendering.split())
    if not (numbers or demonym or caps):
        return None
    return tuple(places), numbers


# a number written in Roman numerals in capitals, two letters at least ("type II diabetes",
# "Phase III trials"): a figure; not XI, a name (Xi Jinping in a heading in capitals)
_ROMAN = {r: str(n) for n, r in enumerate(
    "- I II III IV V VI VII VIII IX X - XII XIII XIV XV XVI XVII XVIII XIX XX".split())
    if len(r) > 1}


def _respelled(text: str, tokens, key: str, rendering: str) -> tuple[int, int] | None:
    """Token span of `key` written with its numbers (Roman numerals too), its acronyms or its
    place name spelled otherwise (`_respellings`); an acronym ending in S in a heading in
    capitals keeps its S here ("BRICS SUMMIT OPENS": the key folds a heading's words as
    common words)."""
    shape = _respellings(key, rendering)
    if shape is None:
        return None
    places, numbers = shape
    # (only where the rendering has such an acronym: "TYPE 2 DIABETES" is a plural's S)
    acronym = any(w.isupper() and w.endswith("S") for w in rendering.split())
    words = [_ROMAN[text[a:b]] if numbers and text[a:b] in _ROMAN else
             _stem(text[a:b]) if acronym and text[a:b].isupper() and text[a:b].endswith("S")
             else t for t, a, b in tokens]
    folded = _number_folded(words) if numbers else [(w, i, i + 1) for i, w in enumerate(words)]
    r, plain = len(places), key.strip()
    for i in range(len(folded) - r + 1):
        if all(folded[i + k][0] in places[k] for k in range(r)):
            a, b = folded[i][1], folded[i + r - 1][2]
            if " ".join(t for t, _, _ in tokens[a:b]) != plain:
                return a, b   # (the key as it stands is the exact match's, not this one's)
    return None


# nouns for the acts an "-ism" is made of: "unilateral moves", "protectionist measures"
_ISM_HEADS = frozenset({"move", "measure", "practice", "act", "action", "policy", "approach",
                        "tendency", "behavior", "step"})


def ism_moves(text: str, entry: Entry) -> EnHit | None:
    """An "-ism" rendering said as its adjective (-al, -ic as written; -ist, -istic) with a
    noun of its acts after it, other such adjectives between: "unilateral and protectionist
    moves" for unilateralism and for protectionism. Not "unilateral sanctions",
    "multilateral trade": the adjective says what the thing is like, not that it is the -ism.
    Score's grading only: lint asks for the formulation itself ("unilateral moves" for
    单边主义 is a slip a reviser corrects)."""
    tokens = _en_tokens(text)
    words = [t for t, _, _ in tokens]
    for rendering in entry.accepted:
        rtoks = _key_words(rendering)
        if len(rtoks) == 1 and rtoks[0].endswith("ism"):
            found = _ism_span(words, rtoks[0])
            if found is not None:
                start, end = tokens[found[0]][1], tokens[found[1] - 1][2]
                return EnHit(entry, "reworded", rendering, start, end, text[start:end])
    return None


# a name's owner said before it: "UN Security Council", "CPC Central Committee"
_OWNER = re.compile(r"(?:[A-Z]{2,}|United Nations)\s+(?=[A-Z])")
_BEFORE_NAME = re.compile(r"([^\W_]+(?:['\u2019][^\W_]+)*)(\W*)$")


def owner_dropped(text: str, entry: Entry) -> EnHit | None:
    """A name led by its owner ("UN Security Council", "CPC Central Committee") written
    without it, the rest a name of two capitalised words or more: "the Security Council" in
    a sentence whose source names the UN's. Not after another capitalised word, acronym or
    possessive ("the National Security Council", "the SCO Security Council", "Israel's
    Security Council"), nor in lower case. Score's grading only: a reviser asks for the name
    in full."""
    doc = None
    for rendering in entry.accepted:
        title = _TITLE_OF.match(rendering)
        if title is not None:
            found = _title_alone(text, title.group(1), rendering[title.end():])
            if found is not None:
                return EnHit(entry, "reworded", rendering, *found, text[found[0]:found[1]])
        owner = _OWNER.match(rendering)
        rest = rendering[owner.end():] if owner else ""
        words = rest.split()
        if len(words) < 2 or not all(w[:1].isupper() or w in _FUNCTION_WORDS for w in words):
            continue
        doc = doc if doc is not None else _en_key(text)
        key = _en_key(rest)
        at = doc.find(key)
        while at >= 0:
            start, end = _span(text, at, key)
            before = _BEFORE_NAME.search(text, 0, start)
            if text[start].isupper() and (
                    before is None or any(c in before.group(2) for c in ".!?:;,(") or
                    before.group(1).lower() in ARTICLES or
                    not before.group(1)[:1].isupper() and
                    not any(c in before.group(2) for c in _DASHES)):
                return EnHit(entry, "reworded", rendering, start, end, text[start:end])
            at = doc.find(key, at + 1)
    return None


# an office of one word owned by an institution: "Premier of the State Council",
# "Secretary-General of the United Nations" ("Minister of Foreign Affairs" names no owner);
# a person's office, not a body or a text ("Council of the EU", "Charter of the United
# Nations", "Summit of the Future": "the Council", "the Charter" name no one thing)
_TITLE_OF = re.compile(r"(Premier|President|Chairman|Chairwoman|Chairperson|Chair|Director|"
                       r"Director-General|Secretary-General|Secretary|Governor|Speaker|"
                       r"Commissioner|Chancellor) of the (?=[A-Z])")
_RANKS = frozenset({"deputy", "vice", "assistant", "under", "associate", "former", "acting"})
# before a title, the article or the country of a Chinese source: "Chinese Premier Li Qiang"
_TITLE_COUNTRY = frozenset({"the", "chinese", "china's", "china\u2019s"})


def _title_alone(text: str, title: str, owner: str) -> tuple[int, int] | None:
    """The span of `title` written as the office itself, its owner after "of the" left out:
    "the Premier", "Premier Li Qiang" for the Premier of the State Council (there is one).
    Capitalised as a title, not after a rank ("Vice Premier") or another name or possessive
    ("Canadian Premier", "Ontario's Premier"; the owner's own words, "State Council
    Premier", are the owner, and so is China, a Chinese source's country: "Chinese
    Premier"), nor followed by "of" (another owner: "the Premier of Ontario")."""
    own = set(_key_words(owner))
    for m in re.finditer(r"(?<![^\W_])" + re.escape(title) + r"(?![^\W_]|['\u2019-])",
                         text, re.I):
        if not m.group()[:1].isupper() or re.match(r"\s+of\b", text[m.end():], re.I):
            continue
        before = _BEFORE_NAME.search(text, 0, m.start())
        if before is not None and not any(c in before.group(2) for c in ".!?:;,("):
            word = before.group(1)
            if word.lower() in _RANKS or any(c in before.group(2) for c in _DASHES) or \
                    word[:1].isupper() and word.lower() not in _TITLE_COUNTRY and \
                    _stem(word) not in own:
                continue
        return m.start(), m.end()
    return None


# a meeting named after who meets: "BRICS Foreign Ministers' Meeting"
_MEETING = re.compile(r"(.+?s)['\u2019] Meetings?$")
_MEETS = re.compile(r"\s+(?:(?:will|would|shall|are|were|have|had|to|again|also|then|"
                    r"recently|formally)\s+)*(?:meet|meets|met|meeting)(?![^\W_])", re.I)


def meeting_met(text: str, entry: Entry) -> EnHit | None:
    """A meeting named after its participants said as what they do: "BRICS foreign
    ministers met in New York" for the BRICS Foreign Ministers' Meeting — the same
    participants, then a form of "meet". Not "BRICS leaders met" (other participants), nor
    "BRICS foreign ministers said". Score's grading only: a reviser asks for the name."""
    doc = None
    for rendering in entry.accepted:
        meeting = _MEETING.match(rendering)
        if meeting is None:
            continue
        doc = doc if doc is not None else _en_key(text)
        # a heading in capitals folds its words as common words ("BRICS" as "bric")
        for key in {_en_key(meeting.group(1)), _en_key(meeting.group(1).upper())} - {""}:
            at = doc.find(key)
            while at >= 0:
                start, end = _span(text, at, key)
                verb = _MEETS.match(text, end)
                if verb is not None:
                    return EnHit(entry, "reworded", rendering, start, verb.end(),
                                 text[start:verb.end()])
                at = doc.find(key, at + 1)
    return None


def _adjective_of(noun: str, word: str) -> bool:
    """Whether `word` is the adjective of the abstract noun `noun` (key tokens): peace/
    peaceful, stability/stable, prosperity/prosperous, security/secure, harmony/harmonious,
    openness/open, independence/independent, tolerance/tolerant, safety/safe; what a noun
    makes a thing: internationalization/international, facilitation/easier."""
    if len(noun) < 4 or len(word) < 4:
        return False
    if noun.endswith("ety"):   # safety/safe (not anxiety/anxious: a stem, not an -e)
        return word == noun[:-2] and word.endswith("fe")
    if noun.endswith("ility"):
        return word == noun[:-5] + "le"
    if noun.endswith("ity"):
        return word in (noun[:-3] + "e", noun[:-3] + "ous", noun[:-3])
    if noun.endswith("ness"):
        return word == noun[:-4]
    if noun.endswith(("ence", "ance")):
        return word == noun[:-2] + "t"
    if noun.endswith("ization") and len(noun) >= 13:
        # internationalization/international, modernization/modern (not civilization/civil:
        # a stem of six letters at least)
        return word == noun[:-7]
    if noun == "facilitation":
        return word in ("easier", "easy")   # facilitate: make easier ("make trade easier")
    return word in (noun + "ful", noun[:-1] + "ious" if noun.endswith("y") else "")


def nouns_as_adjectives(text: str, entry: Entry) -> EnHit | None:
    """A coordination of two abstract nouns said as their adjectives, in either order: "keep
    the South China Sea peaceful and stable", "a stable and prosperous region" for "peace and
    stability", "prosperity and stability". Both nouns must be said so: "peaceful and
    prosperous" is not "peace and stability". And "… of N" said with N's adjective in
    front: "a peaceful and independent foreign policy" for "independent foreign policy of
    peace" (every other word in place). Score's grading only: a reviser asks for the nouns
    of the formulation."""
    tokens = _en_tokens(text)
    words = [t for t, _, _ in tokens]
    for rendering in entry.accepted:
        rtoks = _key_words(rendering)
        if len(rtoks) >= 3 and rtoks[-2] == "of" and common_noun(rendering):
            head = list(rtoks[:-2])
            for i, word in enumerate(words):
                if not _adjective_of(rtoks[-1], word):
                    continue
                j = i + 1 + (words[i + 1:i + 2] == ["and"])
                if words[j:j + len(head)] == head:
                    start, end = tokens[i][1], tokens[j + len(head) - 1][2]
                    return EnHit(entry, "reworded", rendering, start, end, text[start:end])
        if len(rtoks) != 3 or rtoks[1] not in ("and", "or") or \
                not common_noun(rendering):
            continue
        for i in range(len(tokens) - 2):
            a, link, b = (t for t, _, _ in tokens[i:i + 3])
            if link == rtoks[1] and (
                    _adjective_of(rtoks[0], a) and _adjective_of(rtoks[2], b) or
                    _adjective_of(rtoks[0], b) and _adjective_of(rtoks[2], a)):
                start, end = tokens[i][1], tokens[i + 2][2]
                return EnHit(entry, "reworded", rendering, start, end, text[start:end])
    return None


def reworded(text: str, entry: Entry) -> EnHit | None:
    """A common-noun rendering of an entry that does not bind, in forms a grader of engines
    accepts and the relaxed search (shared with lint) does not try: its head inverted after
    other conjuncts ("cooperation on counter-terrorism and on law enforcement and security"
    for "law enforcement and security cooperation") or after "for (doing)" ("the environment
    for doing business"); "cross-X Y" as "Y across X" ("payments across borders"); two
    modifiers before the head swapped ("national legitimate rights"); "N-ion of X" as the
    gerund of its verb ("protecting personal information"); a word said by its derivative —
    an -ility noun by its adjective ("liable for breach of contract"), an -ic/-al/-istic
    modifier by its noun ("monopoly practices"). Score's grading only, as `ism_moves`: a
    reviser asks for the formulation itself."""
    if entry.binding:
        return None
    tokens = _en_tokens(text)
    words = [t for t, _, _ in tokens]
    for rendering in entry.accepted:
        rtoks = list(_key_words(rendering))
        if len(rtoks) < 2 or not common_noun(rendering):
            continue
        found = _inverted_conjunct(words, rtoks) or _for_inverted(words, rtoks) or \
            _contiguous(words, _rewordings(tuple(rtoks))) or _passive(words, rtoks) or \
            _verb_object(words, rtoks, MAX_OBJECT, gerund=True) or \
            _adverbs_apart(words, rtoks) or _head_passive(words, rtoks) or \
            _initialled(text, tokens, rtoks) or _verbs_object(words, rtoks) or \
            _head_predicative(words, rtoks) or _nominalised(words, rtoks) or \
            _freely(words, rtoks)
        if found is not None:
            start, end = tokens[found[0]][1], tokens[found[1] - 1][2]
            return EnHit(entry, "reworded", rendering, start, end, text[start:end])
    for rendering in entry.accepted:   # one word said as its adjective before a noun
        rtoks = list(_key_words(rendering))
        forms = _noun_adjectives(rtoks[0]) if len(rtoks) == 1 and \
            rendering.islower() else frozenset()
        for i, word in enumerate(words[:-1]):
            after = words[i + 1]
            if word in forms and after.isalpha() and after not in _NOT_A_NOUN:
                start, end = tokens[i][1], tokens[i + 1][2]
                return EnHit(entry, "reworded", rendering, start, end, text[start:end])
    for rendering in entry.accepted:   # a one-word term clipped, or its prefix suspended
        rtoks = list(_key_words(rendering))
        if len(rtoks) != 1 or not common_noun(rendering):
            continue
        found = _contiguous(words, ((_clippings(rtoks[0]),),)) or \
            _suspended(text, tokens, rtoks[0]) or _as_verb(words, rtoks[0])
        if found is not None:
            start, end = tokens[found[0]][1], tokens[found[1] - 1][2]
            return EnHit(entry, "reworded", rendering, start, end, text[start:end])
    return None


_KEEP = frozenset({"keep", "kept", "keeping", "make", "made", "making"})


def _head_predicative(words: list[str], rtoks: list[str]) -> tuple[int, int] | None:
    """Token span of a modifier + abstract noun rendering said as the modifier and the noun's
    adjective after a copula or "keep"/"make": "make sure food is safe", "keep food safe" for
    "food safety", "make the renminbi more international" for "internationalization of the
    renminbi" (the "of" form too); "data and energy will be kept secure" for "data security"
    and "energy security" (the modifier one conjunct of the subject). Only the noun's own adjective
    (`_adjective_of`: "data will be kept safe" is no "data security"), and nothing but a
    modal, "kept"/"made" and an adverb of degree between (no negation: "food is not safe")."""
    if len(rtoks) == 3 and rtoks[1] == "of":
        rtoks = [rtoks[2], rtoks[0]]   # "internationalization of the renminbi"
    if len(rtoks) != 2 or not rtoks[0].isalpha() or rtoks[0] in _NOT_A_NOUN:
        return None
    mod, head = rtoks
    n = len(words)
    for i, w in enumerate(words):
        if w != mod:
            continue
        start, j = i, i + 1
        if i >= 2 and words[i - 1] == "and" and words[i - 2] not in _NOT_A_NOUN:
            start = i - 2                                   # "energy and data"
        elif j + 1 < n and words[j] == "and" and words[j + 1] not in _NOT_A_NOUN:
            j += 2                                          # "data and energy"
        if start > 0 and words[start - 1] in _KEEP:
            start -= 1                                      # "keep food safe"
        else:
            while j < n and j - i < 4 and words[j] in _BEFORE_COPULA:
                j += 1
            if j >= n or words[j] not in _COPULAS | _BE:
                continue
            j += 1
            j += j < n and words[j] in _KEEP
        j += j < n and (words[j] in _DEGREE or words[j] == "more")
        if j < n and _adjective_of(head, words[j]):
            return start, j + 1
    return None


def _freely(words: list[str], rtoks: list[str]) -> tuple[int, int] | None:
    """Token span of "freedom of N" (N a nominalised verb) said as the verb with "freely" or
    after "free to": "navigate freely", "free to navigate" for "freedom of navigation",
    "move freely" for "freedom of movement" (not "navigate safely", nor after a negation)."""
    if len(rtoks) != 3 or rtoks[:2] != ["freedom", "of"]:
        return None
    verbs = _verb_bases(rtoks[2])

    def verb(w: str) -> bool:
        return _verb_base(w) in verbs or w.endswith("e") and w[:-1] in verbs

    for i, w in enumerate(words[:-1]):
        if any(b in _NEGATION or b.endswith("n't") for b in words[max(0, i - 2):i]):
            continue   # "may not move freely", "not free to navigate"
        if words[i + 1] == "freely" and verb(w):
            return i, i + 2
        if w == "free" and words[i + 1] == "to" and i + 2 < len(words) and verb(words[i + 2]):
            return i, i + 3
    return None


def _nominalised(words: list[str], rtoks: list[str]) -> tuple[int, int] | None:
    """Token span of a verb + object rendering said as the verb's noun with its object in
    front or after "of": "domestic-demand expansion", "the expansion of domestic demand" for
    "expand domestic demand" (`_verb_object` the other way round). The noun is a
    nominalisation of that verb (not its gerund: "domestic demand expanding" is a clause),
    the object's words as written. Score's grading only."""
    if len(rtoks) < 2 or _FUNCTION & set(rtoks) or not rtoks[0].isalpha():
        return None
    verb, obj = _verb_base(rtoks[0]), rtoks[1:]
    if len(verb) < 4:
        return None
    k = len(obj)
    for i, w in enumerate(words):
        if w == rtoks[0] or w[:2] != verb[:2] or w.endswith("ing") or \
                verb not in _verb_bases(w) and w != verb[:-1] + "sion":
            continue   # (expand/expansion, extend/extension: d for s)
        if i >= k and words[i - k:i] == obj:
            return i - k, i + 1
        if words[i + 1:i + 2] == ["of"] and words[i + 2:i + 2 + k] == obj:
            return i, i + 2 + k
    return None


def _as_verb(words: list[str], noun: str) -> tuple[int, int] | None:
    """Token span of a one-word nominalisation of ten letters or more (-ation, -tion, -ion,
    -ment) said as its verb in a participle: "get vaccinated" for "vaccination",
    "vaccinating children" (not the verb's noun of another kind: "vaccine"); an -ization
    noun's -ize verb in any form: "deradicalize" for "deradicalization"."""
    if len(noun) < 10 or not noun.endswith(("ion", "ment")):
        return None
    verbs = _verb_bases(noun)
    ize = noun.endswith("ization")   # an -ize verb is that noun's alone, in any form
    for i, w in enumerate(words):
        if w[:2] != noun[:2]:
            continue
        if w.endswith(("ed", "ing")) and _verb_base(w) in verbs or \
                ize and w.endswith(("ize", "izes")) and _verb_base(w).rstrip("e") in verbs:
            return i, i + 1
    return None


# a word's ending and its standard clipping: "biotechnology" / "biotech", "nanotechnology" /
# "nanotech", "telecommunications" / "telecoms"; the clipped word keeps three letters before
# the ending at least ("technology" alone is no "tech")
_CLIPPINGS = (("technology", "tech"), ("telecommunication", "telecom"))


# a word and its standard abbreviation, as headlines and wires write it
_ABBREVIATIONS = {"government": "govt", "metropolitan": "metro"}   # "metro areas"


def _clippings(word: str) -> frozenset[str]:
    """The standard clippings of a key token (`_CLIPPINGS`, `_ABBREVIATIONS`)."""
    return frozenset([word[:-len(end)] + clip for end, clip in _CLIPPINGS
                      if word.endswith(end) and len(word) - len(end) >= 3] +
                     [a for w, a in _ABBREVIATIONS.items() if w == word])


# (a word taken from its first letter: tried at each letter of a run without a hyphen, a
# long one cost its length squared)
_SUSPENDED = re.compile(r"(?<![^\W\d_])([^\W\d_]{2,})[-\u2010\u2011]\s+(?:and|or)\s+")


def _suspended(text: str, tokens, word: str) -> tuple[int, int] | None:
    """Token span of a one-word term's prefix written with a suspended hyphen before a
    coordinated word that has its ending: "bio- and nanotechnology" for "biotechnology"
    (the shared ending four letters at least)."""
    for m in _SUSPENDED.finditer(text):
        prefix = m.group(1).lower()
        if not word.startswith(prefix) or len(word) - len(prefix) < 4:
            continue
        after = next((i for i, t in enumerate(tokens) if t[1] >= m.end()), None)
        if after is not None and tokens[after][1] == m.end() and \
                tokens[after][0].endswith(word[len(prefix):]) and tokens[after][0] != word:
            first = next(i for i, t in enumerate(tokens) if t[1] >= m.start())
            return first, after + 1
    return None


# words between "be" and the past participle of a head said in the passive: "will be better
# protected", "is being fully implemented"
_PASSIVE_ADVERBS = frozenset({"better", "further", "well", "fully", "more", "being", "also",
                              "still"})


def _head_passive(words: list[str], rtoks: list[str]) -> tuple[int, int] | None:
    """A modifiers + nominalised head rendering said with the modifiers as the subject of
    the head's verb in the passive: "intellectual property will be better protected" for
    "intellectual property protection", "the global economy is governed" for "global economy
    governance" — the modifiers in their order, a modal or "to" at most, a form of "be", at
    most two adverbs, the past participle of the head's verb. A negation or any other word
    between them is no passive of the rendering."""
    *mods, head = rtoks
    if not mods or _FUNCTION & set(rtoks) or _COORD & set(rtoks):
        return None
    verbs = _verb_bases(head)
    if not verbs or len(head) < 6:
        return None
    n, m = len(words), len(mods)
    said = [{t} | _modifier_nouns(t) for t in mods]
    for i in range(n - m):
        if not all(w in f for w, f in zip(words[i:i + m], said, strict=True)):
            continue
        j = i + m
        j += j < n and words[j] in _BEFORE_COPULA
        if j >= n or words[j] not in _BE:
            continue
        j += 1
        for _ in range(2):
            if j < n and (words[j] in _PASSIVE_ADVERBS or
                          len(words[j]) > 4 and words[j].endswith("ly")):
                j += 1
        if j < n and (words[j].endswith("ed") or words[j] in _IRREGULAR) and \
                _verb_base(words[j]) in verbs:
            return i, j + 1
    return None


def _verbs_object(words: list[str], rtoks: list[str]) -> tuple[int, int] | None:
    """Token span of a noun + two coordinated nominalised verbs said as the two verbs and
    their object: "prevent and mitigate disasters" for "disaster prevention and
    mitigation" (the verbs in the rendering's order, in any inflection, "and" between
    them; the object after them, a determiner or one modifier between)."""
    if "and" not in rtoks:
        return None
    a = rtoks.index("and")
    obj = rtoks[:a - 1]
    if a < 2 or a != len(rtoks) - 2 or _FUNCTION & set(obj):
        return None
    first, second = _verb_bases(rtoks[a - 1]), _verb_bases(rtoks[a + 1])
    if not first or not second:
        return None
    n = len(words)
    for i in range(n - 3):
        if words[i + 1] != "and" or _verb_base(words[i]) not in first or \
                _verb_base(words[i + 2]) not in second or words[i] in rtoks:
            continue
        end = _object_after(words, i + 3, i + 5, obj)
        if end is not None:
            return i, end
    return None


def _initialled(text: str, tokens, rtoks: list[str]) -> tuple[int, int] | None:
    """Token span of a common-noun rendering of three words or more with its first words
    said by their initials in capitals, the rest as they are: "IP protection" for
    "intellectual property protection", "UHV transmission" for "ultra-high voltage
    transmission" (two initials at least; the rendering's own words, no function word)."""
    r = len(rtoks)
    if r < 3 or _FUNCTION & set(rtoks) or _COORD & set(rtoks):
        return None
    for i, (word, start, end) in enumerate(tokens):
        written = text[start:end]
        if len(written) < 2 or not written.isupper() or not written.isalpha():
            continue
        k = len(written)
        if k < r and "".join(t[0] for t in rtoks[:k]) == word and \
                [t for t, _, _ in tokens[i + 1:i + 1 + r - k]] == rtoks[k:]:
            return i, i + 1 + r - k
    return None


MAX_OBJECT = 3   # modifiers said as the object of a nominalised head's verb


def _noun_adjectives(noun: str) -> frozenset[str]:
    """The adjectives a one-word term of eight letters or more is said by before a noun:
    -ine as -al ("biomedicine", "biomedical cooperation"), -logy as -logical
    ("biotechnological"). Shorter words say too little by a stem ("medical" is no
    "medicine"), and an -ism is not its adjective: "unilateral sanctions" are no
    unilateralism, "multilateral trade" no multilateralism (terms17, terms18)."""
    if len(noun) < 8:
        return frozenset()
    if noun.endswith("ine"):
        return frozenset({noun[:-3] + "al"})
    if noun.endswith("logy"):
        return frozenset({noun[:-1] + "ical"})
    return frozenset()


_BE = frozenset({"be", "is", "are", "was", "were", "been", "being"})


def _passive(words: list[str], rtoks: list[str]) -> tuple[int, int] | None:
    """A verb + object rendering said in the passive: "disputes should be settled
    peacefully", "disputes to be settled peacefully", "disputes were peacefully settled"
    for "settle disputes peacefully" — the object, a modal or "to" at most, a form of "be",
    the verb's past participle, and the rest of the rendering (an adverb) before or after
    it. A negation or any other word between them is no passive of the rendering."""
    r = len(rtoks)
    if r < 2 or not rtoks[0].isalpha() or rtoks[0] in _FUNCTION:
        return None
    verb = _verb_base(rtoks[0])
    n = len(words)
    for k in range(2, r + 1):
        obj, rest = rtoks[1:k], rtoks[k:]
        if len(rest) > 1 or _FUNCTION & set(obj):
            continue
        for i in range(n - len(obj)):
            if words[i:i + len(obj)] != obj:
                continue
            j = i + len(obj)
            j += j < n and words[j] in _BEFORE_COPULA
            if j >= n or words[j] not in _BE:
                continue
            j += 1
            before = rest and words[j:j + 1] == rest
            j += bool(before)
            if j >= n or not (words[j].endswith("ed") or words[j] in _IRREGULAR) or \
                    _verb_base(words[j]) != verb:
                continue
            j += 1
            if rest and not before:
                if words[j:j + 1] != rest:
                    continue
                j += 1
            return i, j
    return None


# adverbs between a head said as its verb and the preposition of its inversion
_ADVERB_RUN = frozenset({"more", "further", "better", "together", "also", "still"})


def _adverbs_apart(words: list[str], rtoks: list[str]) -> tuple[int, int] | None:
    """`_inverted` with adverbs after the head: "cooperate more closely on law enforcement"
    for "law enforcement cooperation" (the words themselves in order, adverbs left out)."""
    keep = [i for i, w in enumerate(words) if not (
        w in _ADVERB_RUN or len(w) > 4 and w.endswith("ly") and w not in _NOT_A_NOUN)]
    if len(keep) == len(words):
        return None
    found = _inverted([words[i] for i in keep], rtoks, _same_stem)
    if found is None:
        return None
    a, b = keep[found[0]], keep[found[1] - 1] + 1
    return (a, b) if b - a > found[1] - found[0] else None


def _inverted_conjunct(words: list[str], rtoks: list[str]) -> tuple[int, int] | None:
    """`_inverted` with other conjuncts between "of"/"on"/"in" and the modifiers, the
    preposition said again or not: "cooperation on trade, investment and health"."""
    n = len(words)
    for q, link in enumerate(words):
        if link not in _INVERTING:
            continue
        for c in range(q + 2, min(n - 1, q + 2 + MAX_CONJUNCTS)):
            if words[c - 1] in _FINITE or words[c - 1] in _NEGATION:
                break
            if words[c] not in ("and", "or"):
                continue
            d = c + 1 + (words[c + 1] == link)
            found = _inverted(words[:q + 1] + words[d:], rtoks, _same_stem)
            if found is not None and found[0] <= q < found[1] - 1:
                return found[0], found[1] + d - q - 1
    return None


def _for_inverted(words: list[str], rtoks: list[str]) -> tuple[int, int] | None:
    """`_inverted` with "for" or "for doing" as the link: "the environment for doing
    business" for "business environment"."""
    if "for" not in words:
        return None
    sub, index, i = [], [], 0
    while i < len(words):
        sub.append("of" if words[i] == "for" else words[i])
        index.append(i)
        i += 1 + (words[i] == "for" and words[i + 1:i + 2] == ["doing"])
    found = _inverted(sub, rtoks, _same_stem)
    if found is None or "of" not in sub[found[0]:found[1]]:
        return None
    a, b = index[found[0]], index[found[1] - 1] + 1
    return (a, b) if "for" in words[a:b] else None


# a modifier's ending and what its noun ends in instead: "monopolistic" / "monopoly",
# "economic" / "economy", "cultural" / "culture", "national" / "nation"
_MODIFIER_NOUNS = (("istic", ("y", "")), ("ical", ("y", "")), ("ic", ("y", "")),
                   ("ial", ("y", "e", "")), ("al", ("e", "")))


def _noun_modifiers(word: str) -> frozenset[str]:
    """The -ic/-ical/-ial/-al adjectives a noun of six letters or more is said by before
    another noun (`_MODIFIER_NOUNS` the other way round): "economy" / "economic",
    "culture" / "cultural", "industry" / "industrial", "region" / "regional"."""
    if len(word) <= 5:
        return frozenset()
    if word.endswith("y"):
        return frozenset({word[:-1] + "ic", word[:-1] + "ical", word[:-1] + "ial"})
    return frozenset({word[:-1] + "al" if word.endswith("e") else word + "al"})


class _AnyNoun:
    """A place of a `_rewordings` shape that takes any word but a function word, a
    conjunction, a verb form of "be" or a negation."""

    def __contains__(self, word: str) -> bool:
        return word.isalpha() and word not in _NOT_A_NOUN


_ANY_NOUN = _AnyNoun()


def _modifier_nouns(word: str) -> set[str]:
    """The nouns a modifier of six letters or more may be said by (`_MODIFIER_NOUNS`)."""
    if len(word) <= 5:
        return set()
    for ending, nouns in _MODIFIER_NOUNS:
        if word.endswith(ending):
            return {word[:-len(ending)] + e for e in nouns}
    return set()


@lru_cache(maxsize=4096)
def _rewordings(rtoks: tuple[str, ...]) -> tuple[tuple[frozenset[str], ...], ...]:
    """The shapes a rendering's key tokens may take in `reworded` (each place: the words it
    accepts), the rendering itself left out."""
    r, out = len(rtoks), []
    same = [frozenset({t}) for t in rtoks]
    if r >= 3 and rtoks[0] == "cross":   # "cross-border payment": "payment across border"
        out.append(tuple(same[2:]) + (frozenset({"across"}), same[1]))
    plain = not (set(rtoks) & (_FUNCTION | _COORD))
    if r == 3 and rtoks[1] in ("and", "or"):   # "inclusive and open" for "open and inclusive"
        out.append((same[2], same[1], same[0]))
    for p in range(r - 2 if plain else 0):   # two modifiers before the head swapped
        out.append(tuple(same[:p]) + (same[p + 1], same[p]) + tuple(same[p + 2:]))
    if r >= 5 and rtoks[-2] == "and" and rtoks[-4] in ("of", "between") and \
            not (set(rtoks[:-4]) | {rtoks[-3], rtoks[-1]}) & (_FUNCTION | _COORD):
        # "integration of industry and education": "integration between education and
        # industry" — a relation's two one-word conjuncts in either order, "between" for "of"
        link = frozenset({"of", "between"})
        head, a, b = tuple(same[:-4]), same[-3], same[-1]
        out += [head + (link, b, same[-2], a), head + (frozenset({"between"}), a, same[-2], b)]
    if r == 2 and plain and rtoks[0].endswith(("al", "ial", "ary", "able", "ible")):
        # "concessional loans": "loans on concessional terms" (an adjective of terms)
        out.append((same[1], frozenset({"on"}), same[0], frozenset({"term"})))
    if r == 2 and plain and _modifier_nouns(rtoks[0]):
        # "industrial cluster": "clusters of industries" (the modifier's noun after "of")
        out.append((same[1], frozenset({"of"}), frozenset(_modifier_nouns(rtoks[0]))))
    if r >= 2 and plain and _noun_modifiers(rtoks[-1]):
        # "socialist market economy": "socialist market economic system" (the head said as
        # its adjective before another noun: `reworded` checks the noun)
        out.append(tuple(same[:-1]) + (_noun_modifiers(rtoks[-1]), _ANY_NOUN))
    if r >= 2 and rtoks[0] in _PLACE_PHRASES and plain:
        # a place adjective said after the head: "wind power at sea" for "offshore wind power"
        out += [tuple(same[1:]) + tuple(frozenset({w}) for w in phrase)
                for phrase in _PLACE_PHRASES[rtoks[0]]]
    if r >= 3 and rtoks[1] == "for" and not (set(rtoks[2:]) | {rtoks[0]}) & (_FUNCTION | _COORD):
        # "financing for development": "development financing" (the purpose as a compound)
        out.append(tuple(same[2:]) + (same[0],))
    if r >= 3 and rtoks[-2] == "free" and plain:
        # "waste-free city": "cities free of waste" (what it is free of after "of")
        out.append((same[-1], same[-2], frozenset({"of"})) + tuple(same[:-2]))
    if r >= 3 and rtoks[1] == "of" and rtoks[0].endswith(("ion", "ment")):
        # "protection of personal information": "protecting personal information"
        verb = rtoks[0][:-4] if rtoks[0].endswith("ment") else \
            rtoks[0][:-5] if rtoks[0].endswith("ation") else rtoks[0][:-3]
        forms = frozenset({verb + "ing", verb.rstrip("e") + "ing"})
        out.append((forms,) + tuple(same[2:]))
    for p, t in enumerate(rtoks):
        forms = set()
        if t.endswith("ility"):
            forms.add(t[:-5] + "le")   # liability / liable, responsibility / responsible
        elif p < r - 1 and plain and len(t) > 5:
            forms |= _modifier_nouns(t)
        if p < r - 1 and plain and t in _LATIN_ADJECTIVES:
            forms.add(_LATIN_ADJECTIVES[t])   # "deep venous thrombosis"
        if p < r - 1 and plain and t.endswith("logical") and len(t) >= 10:
            forms.add(t[:-7])   # a -logical modifier by its combining form: "eco-conservation"
        if p == r - 1 and p and plain:
            forms |= _head_bases(t)
        forms |= _clippings(t)   # "biotech industry"
        if t == "tech":
            forms.add("technology")   # "high-technology zones": a clipping's full word
        if t == "high" and rtoks[p + 1:p + 2] == ("tech",):
            forms.add("hi")           # "hi-tech"
        if forms:
            out.append(tuple(same[:p]) + (frozenset(forms),) + tuple(same[p + 1:]))
    return tuple(out)


# a place adjective and the phrases (key tokens: no article, plural folded) that say it after
# the head: "plastic waste in the ocean(s)" for "marine plastic waste"
_PLACE_PHRASES = {"offshore": (("at", "sea"),),
                  "marine": (("in", "ocean"), ("in", "sea"), ("at", "sea")),
                  "ocean": (("in", "ocean"),),
                  "maritime": (("at", "sea"),),
                  "rural": (("in", "rural", "area"), ("in", "countryside")),
                  "urban": (("in", "city"), ("in", "urban", "area")),
                  "oversea": (("oversea",), ("abroad",))}   # key of "overseas": "interests abroad"

# a noun and the adjective of its Latin root English says before another noun in its place
_LATIN_ADJECTIVES = {"vein": "venous", "artery": "arterial", "muscle": "muscular",
                     "cell": "cellular", "spine": "spinal", "nucleus": "nuclear",
                     "lymph": "lymphatic", "molecule": "molecular", "gene": "genetic"}


def _head_bases(head: str) -> set[str]:
    """The head of a rendering said by the word its -age or -ation noun is made from, as a
    noun or a verb in any inflection: "data leak(s)", "its data leaked" for "data leakage",
    "double tax" for "double taxation". The base keeps three letters at least."""
    for ending in ("age", "ation"):
        base = head[:-len(ending)]
        if head.endswith(ending) and len(base) >= 3:
            stems = {base, base + "e"}
            return {s + e for s in stems for e in ("", "s", "d", "ed", "ing", "es")} - {head}
    return set()


def _contiguous(words: list[str], shapes) -> tuple[int, int] | None:
    """Token span of the first of `shapes` written word for word."""
    for shape in shapes:
        r = len(shape)
        for i in range(len(words) - r + 1):
            if all(words[i + k] in shape[k] for k in range(r)):
                return i, i + r
    return None


def near_acronyms(text: str, entry: Entry) -> list[tuple[int, int]]:
    """Spans of words in capitals one letter off the initials (three at least) of one of
    `entry`'s names: "the GSI" where the Global Development Initiative's GDI was due — at a
    later mention such a word names another thing, not the term again."""
    wanted = {i for r in entry.accepted if (i := _initials(r)) and len(i) >= 3}
    if not wanted:
        return []
    return [(start, end) for word, start, end in _en_tokens(text)
            if (w := text[start:end]).isupper() and w.isalpha() and any(
                len(w) == len(i) and sum(x != y for x, y in zip(w, i, strict=True)) == 1
                for i in wanted)]


def _ism_span(words: list[str], ism: str) -> tuple[int, int] | None:
    base = ism[:-3]
    forms = {base + "ist", base + "istic", base + "ic"} | \
        ({base} if base.endswith(("al", "ic")) else set())
    for i, w in enumerate(words):
        if w not in forms:
            continue
        for j in range(i + 1, min(i + 5, len(words))):
            if words[j] in _ISM_HEADS:
                return i, j + 1
            if words[j] not in ("and", "or") and not words[j].endswith(("ist", "al", "ic")):
                break
    return None


# words that follow a verb, not a noun's modifier: "interfere in", "respond to"
_AFTER_VERB = frozenset({"in", "to", "on", "with", "into", "against", "from", "the", "a", "an",
                         "its", "their", "our",
                         "ahead", "forward", "up", "out"})  # a phrasal verb's particle
# endings of nouns and adjectives, not of a verb's base form
_NOT_VERB = ("tion", "sion", "ment", "ness", "ity", "ance", "ence", "ing", "ed", "ism", "ist",
             "ship", "al", "ive", "ous", "ful", "ic", "ary", "ory", "ure", "er", "or", "s", "y")


@lru_cache(maxsize=16384)
def looks_verbal(rendering: str) -> bool:
    """Whether a rendering reads as a verb phrase, so that its verb may be inflected
    ("interfered in China's internal affairs" for "interfere in …"): a lower-case first word
    in a base form, then a preposition, an article or a possessive. A test set's annotations
    say no more than the words (a glossary marks its verbal variants in their note)."""
    words = rendering.split()
    return len(words) >= 3 and words[0].isalpha() and words[0].islower() and \
        words[1] in _AFTER_VERB and not words[0].endswith(_NOT_VERB)


def common_noun(rendering: str) -> bool:
    """A rendering of common words, not a name: no capitalised word, an acronym aside
    ("governance of AI" is said "govern AI"; "Global AI Governance Initiative" is a name)."""
    return not any(w[0].isupper() and not w.isupper() for w in rendering.split())


_RECIPROCALS = (("each", "other"), ("one", "another"))
# a preposition a reciprocal verb or noun takes before "each other": "learn from", "respect for"
_RECIPROCAL_LINKS = frozenset({"from", "with", "to", "for", "of", "on", "by", "in", "towards"})
# nouns of the adjectives whose adverb "in N" also says: "coexist in peace", "live in harmony"
_ADVERB_NOUNS = {"peaceful": "peace", "harmonious": "harmony"}
MAX_ADVERB_GAP = 3  # words between a verb and its adverb: "reunify the country peacefully"


# Per glossary (the identities of its entries, in order): a copy of the fields its matcher
# was built from, and the matcher.
_MATCHERS: OrderedDict[tuple[int, ...], tuple[list[tuple], TermMatcher]] = OrderedDict()
_MATCHERS_KEPT = 4  # glossaries whose matcher is kept (a run uses one; tests a few)
_BUILT_FROM = attrgetter("zh", "zh_variants", "en", "en_variants", "en_deprecated")


def _built_from(entries: list[Entry]) -> list[tuple]:
    """The fields the matcher is built from, each list copied (a change in place shows)."""
    return [(e.zh, list(e.zh_variants), e.en, list(e.en_variants), list(e.en_deprecated))
            for e in entries]


def term_matcher(glossary: Iterable[Entry]) -> TermMatcher:
    """The matcher of these entries, built once: one plain-text lint asks for it in the
    aligner, the reader, its clause checks and the checks (~15 times, ~20 ms each for the
    shipped glossary). The key is each entry's identity (hits carry the caller's own entry
    objects; the cached matcher keeps them alive, so an id is not reused); the fields the
    matcher is built from are compared with the copy taken when it was built, so an entry
    changed in place gets a new matcher. (The comparison runs in C, ~0.3 ms for the shipped
    glossary: a key of fresh tuples, hashed on every call, took ~2 ms, more than the lint of
    a sentence.) Other entry objects with the same fields in the same order (the glossary
    loaded again, as a forked run of the tests' fork server does) get a kept matcher's tables
    bound to them (`TermMatcher.bound_to`): ~2 ms, where a build of the shipped glossary costs
    ~0.1–0.25 s; a glossary changed in any of those fields is built anew."""
    entries = list(glossary)
    key = tuple(map(id, entries))
    cached = _MATCHERS.get(key)
    fields = list(map(_BUILT_FROM, entries))
    if cached is not None and fields == cached[0]:
        _MATCHERS.move_to_end(key)
        return cached[1]
    # the same fields in other entry objects (the glossary loaded again: a forked `tifa` run
    # of the tests' fork server, which built the shipped glossary's matcher before forking):
    # that matcher's tables, bound to these entries (and its copy of the fields, equal)
    same = next(((kept, m) for kept, m in _MATCHERS.values() if kept == fields), None)
    if same is None:
        _MATCHERS[key] = (_built_from(entries), matcher := TermMatcher(entries))
    else:
        _MATCHERS[key] = (same[0], matcher := same[1].bound_to(entries))
    _MATCHERS.move_to_end(key)
    if len(_MATCHERS) > _MATCHERS_KEPT:
        _MATCHERS.popitem(last=False)
    return matcher


@lru_cache(maxsize=65536)  # pure, and asked of the same words again and again
def _derived(word: str, noun: str) -> bool:
    """A word of `noun`'s family as a verb in any inflection, or the noun itself: "respected",
    "respecting" for "respect"; "coexist", "coexisting" for "coexistence"; "assisted" for
    "assistance"; "reunified", "reunify" for "reunification"."""
    if word == noun or _same_stem(word, noun):
        return True
    base = _verb_base(word)
    if base.endswith("i"):
        base = base[:-1] + "y"  # reunified → reunify
    return _same_stem(base, noun) or _same_stem(base + "e", noun) or base == _verb_base(noun)


def _adverbs(adjective: str) -> list[tuple[str, ...]]:
    """Token strings that say adjective A of a noun as an adverb of its verb: A-ly ("peacefully",
    "sustainably", "steadily", "strategically"), "in (a) A way/manner", "by/through A means",
    and for "peaceful"/"harmonious" "in peace"/"in harmony"."""
    a = adjective
    ly = a[:-1] + "y" if a.endswith("le") else a[:-1] + "ily" if a.endswith("y") else \
        a + "ally" if a.endswith("ic") else a + "ly"
    forms = [(ly,), ("in", a, "way"), ("in", a, "manner"), ("by", a, "mean"),
             ("through", a, "mean")]
    if a in _ADVERB_NOUNS:
        forms.append(("in", _ADVERB_NOUNS[a]))
    return forms


def _reworded(words: list[str], present: set[str], rtoks: list[str], same, verbal: bool
              ) -> tuple[int, int] | None:
    """Token span of a common-noun rendering with "mutual N" said reciprocally or "A N" said
    adverbially (see `en_relaxed`): the text's words are folded back into the rendering's
    ("respect each other" → "mutual respect", "coexist peacefully" → "peaceful coexistence")
    and the rendering is then looked for as a split one. Most texts have neither a reciprocal
    nor a word of the rendering's family, and fail at once."""
    folds = []  # (rendering's pair, start, end) in `words`
    for k in range(len(rtoks) - 1):
        first, noun = rtoks[k], rtoks[k + 1]
        if first == "mutual":
            if "other" in present or "another" in present:
                folds.extend(((first, noun), a, b) for a, b in _reciprocal_spans(words, noun))
        elif first not in _FUNCTION and first not in _COORD:
            forms = [f for f in _adverbs(first) if present.issuperset(f)]  # all its words
            if forms:
                folds.extend(((first, noun), a, b)
                             for a, b in _adverbial_spans(words, forms, noun))
    if not folds:
        return None
    folds.sort(key=lambda f: f[1])
    folded: list[str] = []
    origin: list[tuple[int, int]] = []  # each folded word's first and last token
    pos = 0
    for pair, a, b in folds:
        if a < pos:
            continue  # overlapping folds: the first one stands
        folded.extend(words[pos:a])
        origin.extend((i, i) for i in range(pos, a))
        folded.extend(pair)
        origin.extend([(a, b - 1)] * 2)
        pos = b
    folded.extend(words[pos:])
    origin.extend((i, i) for i in range(pos, len(words)))
    found = _spread(folded, rtoks, True, same, verbal)
    if found is None:
        return None
    return origin[found[0]][0], origin[found[1] - 1][1] + 1


def _reciprocal_spans(words: list[str], noun: str) -> Iterator[tuple[int, int]]:
    """Spans of a verb or noun of `noun`'s family, a preposition perhaps, and "each other" or
    "one another": "respect each other", "learn from one another", "respect for each other"."""
    n = len(words)
    for j in range(n - 2):
        if not _derived(words[j], noun):
            continue
        k = j + 1
        if words[k] == "and" and k + 1 < n and _shared_reciprocal(words, j, k + 1):
            k += 2  # "respected and trusted each other", "should respect and support each other"
        if k < n and words[k] in _RECIPROCAL_LINKS:
            k += 1
        if tuple(words[k:k + 2]) in _RECIPROCALS:
            yield j, k + 2


# words before a bare verb that make it one ("should respect and support each other"), where
# a noun would follow "show" or "with" ("show respect and treat each other as equals")
_BEFORE_VERB = frozenset({"to", "should", "must", "will", "would", "can", "could", "shall",
                          "may", "might", "alway", "both", "all", "we", "they"})  # alway: always


def _shared_reciprocal(words: list[str], first: int, second: int) -> bool:
    """Whether two words joined by "and" are two verbs sharing the reciprocal that follows:
    the same ending -ed or -ing ("respected and trusted"), or bare forms after a modal, "to",
    a subject pronoun or "always"."""
    a, b = words[first], words[second]
    for ending in ("ed", "ing"):
        if a.endswith(ending) and b.endswith(ending):
            return True
    return first > 0 and words[first - 1] in _BEFORE_VERB and _verb_base(a) == a.rstrip("e") \
        and _verb_base(b) == b.rstrip("e")


def _adverbial_spans(words: list[str], forms: list[tuple[str, ...]], noun: str
                     ) -> Iterator[tuple[int, int]]:
    """Spans of a verb (or the noun) of `noun`'s family with one of `forms` (the adjective's
    `_adverbs` that the text has) right before it or after it, at most MAX_ADVERB_GAP words on,
    no "and", "or" or negation between: "peacefully coexist", "coexist peacefully", "coexist
    with one another in peace", "reunification by peaceful means"."""
    n = len(words)
    for j in range(n):
        if not _derived(words[j], noun):
            continue
        for form in forms:
            m = len(form)
            if j >= m and tuple(words[j - m:j]) == form:
                yield j - m, j + 1
                break
            hit = next((g for g in range(MAX_ADVERB_GAP + 1)
                        if tuple(words[j + 1 + g:j + 1 + g + m]) == form), None)
            if hit is not None and not (set(words[j + 1:j + 1 + hit]) & (_NEGATION | _COORD)):
                yield j, j + 1 + hit + m
                break


def _possessive(text: str, tokens, words: list[str], rendering: str, same
                ) -> tuple[int, int] | None:
    """Token span of "Y's X" where the rendering is "X of (the) Y" and X is lower-case words:
    "humanity's common values" for "common values of humanity"."""
    parts = rendering.split(" of ")
    if len(parts) != 2:
        return None
    head, owner = ([t for t, _, _ in _en_tokens(p)] for p in parts)
    if not head or not owner or not all(w.islower() for w in parts[0].split()):
        return None
    h, o, n = len(head), len(owner), len(words)
    for i in range(n - o - h + 1):
        if not all(same(w, t) for w, t in zip(words[i:i + o], owner, strict=True)):
            continue
        last = tokens[i + o - 1]
        written = text[last[1]:last[2]].replace("\u2019", "'")
        if not (written.endswith("'s") or text[last[2]:last[2] + 1] in ("'", "\u2019")):
            continue
        if all(same(w, t) for w, t in zip(words[i + o:i + o + h], head, strict=True)):
            return i, i + o + h
    return None


_OWNER_PRONOUNS = frozenset({"its", "their"})


def _pronoun_owner(words: list[str], rtoks: list[str], same) -> tuple[int, int] | None:
    """Token span of "its X" (or "their X") where the rendering is "X of (the) Y" and the text
    has named Y, or its head noun, before: "… support for the Initiative, and … had joined its
    Group of Friends" for "Group of Friends of the Global Development Initiative"."""
    n = len(words)
    for cut in (k for k, t in enumerate(rtoks) if t == "of" and 0 < k < len(rtoks) - 1):
        head, owner = rtoks[:cut], rtoks[cut + 1:]
        noun = owner[owner.index("of") - 1] if "of" in owner else owner[-1]  # Y's head noun
        h = len(head)
        for i in range(1, n - h + 1):
            if words[i - 1] in _OWNER_PRONOUNS and noun in words[:i - 1] and \
                    all(same(w, t) for w, t in zip(words[i:i + h], head, strict=True)):
                return i - 1, i + h
    return None


# endings of a noun made from a verb: "reduction", "building", "alleviation", "management"
_NOMINAL = ("ation", "tion", "ion", "sion", "ment", "ing", "ance", "ence", "al")


@lru_cache(maxsize=4096)
def _verb_bases(noun: str) -> frozenset[str]:
    """The verb a nominalisation may be made from, as `_verb_base` writes it: "reduc" for
    "reduction", "build" for "building", "protect" for "protection"; none for others."""
    return frozenset(_verb_base(noun[:-len(end)]) for end in _NOMINAL
                     if noun.endswith(end) and len(noun) - len(end) >= 3)


def _verb_object(words: list[str], rtoks: list[str], most: int = 1, gerund: bool = False
                 ) -> tuple[int, int] | None:
    """Token span of a noun + nominalised verb rendering said as the verb and its object,
    perhaps with a determiner or one modifier between: "reduce poverty", "reducing rural
    poverty", "build their capacity" for "poverty reduction", "capacity building". The noun
    must be a nominalisation (not "climate change": "change the climate" is no term), and
    the text's word its verb in any inflection — not the noun itself ("reduction of poverty"
    is `_inverted`'s), nor an adjective of its family ("urban growth of a new type" is no
    "new urbanization"). Up to `most` words before the noun are its object, said together in
    their order ("governing the global climate" for "global climate governance"). With
    `gerund`, an -ing noun is its verb too: "laundering money" for "money laundering"."""
    content = [t for t in rtoks if t not in _FUNCTION]
    if not 2 <= len(content) <= most + 1 or content != rtoks:
        return None
    *obj, noun = content
    verbs = _verb_bases(noun)
    if not verbs or len(noun) < 6:
        return None
    n = len(words)
    for i in range(n - 1):
        w = words[i]
        if w == noun and not (gerund and noun.endswith("ing")) or w[:1] != noun[:1] or \
                _verb_base(w) not in verbs:
            continue
        end = _object_after(words, i + 1, i + 4, obj)
        if end is not None:
            return i, end
    return None


def _object_after(words: list[str], start: int, stop: int, obj: list[str]) -> int | None:
    """The end of a verb's object `obj` (its words in order, each of the same stem) said at
    one of the places `start` … `stop` - 1 after the verb (a determiner or a modifier
    between), no negation before it; None when it is not."""
    for j in range(start, min(len(words), stop)):
        if j + len(obj) <= len(words) and all(
                _same_stem(w, t) for w, t in zip(words[j:j + len(obj)], obj, strict=True)):
            return j + len(obj)
        if words[j] in _NEGATION:
            break
    return None


def _joined(words: list[str], rtoks: list[str]) -> tuple[int, int] | None:
    """Token span of the rendering's words with the text's compounds written otherwise: closed
    where the rendering hyphenates or spaces them, or the other way round ("co-operation",
    "nonproliferation", "peace keepers", "healthcare", "G-7"). Compared on the tokens with
    the spaces between them left out; the match begins and ends at a token boundary."""
    target = "".join(rtoks)
    joined = "".join(words)
    at = joined.find(target)
    if at < 0:
        return None
    starts, pos = {}, 0
    for i, w in enumerate(words):
        starts[pos] = i
        pos += len(w)
    ends = {}
    pos = 0
    for i, w in enumerate(words):
        pos += len(w)
        ends[pos] = i + 1
    while at >= 0:
        a, b = starts.get(at), ends.get(at + len(target))
        if a is not None and b is not None and words[a:b] != rtoks:
            return a, b
        at = joined.find(target, at + 1)
    return None


_INITIAL_WORD = re.compile(r"[^\W\d_]+")


def _initials(rendering: str) -> str | None:
    """The initials of a name whose words but function words are all capitalised, two at
    least ("Shanghai Cooperation Organization": SCO); None for other renderings."""
    names = [w for w in _INITIAL_WORD.findall(rendering) if w.lower() not in _FUNCTION_WORDS]
    if len(names) < 2 or not all(w[0].isupper() for w in names):
        return None
    return "".join(w[0] for w in names)


def _acronym(text: str, tokens, rendering: str, accepted) -> tuple[int, int] | None:
    """Token span of a name said by its initials ("SCO", "SCO's" for "Shanghai Cooperation
    Organization"), or of an acronym rendering spelled out in capitalised words ("Regional
    Comprehensive Economic Partnership" for "RCEP"; an "Agreement" after them may follow) —
    only where no accepted rendering is a name in full: then that one is the name, and other
    words with the initials ("Global Developing Initiative" for GDI, "Comprehensive Agreement
    in Investment" for CAI) are not."""
    if _ACRONYM_FORM.fullmatch(rendering):
        if any(_initials(other) is not None for other in accepted):
            return None
        letters = rendering
        words = [(m.group(), m.start(), m.end()) for m in _INITIAL_WORD.finditer(text)]
        for k, (w, start, _) in enumerate(words):
            if w[0] != letters[0] or not w[0].isupper() or w.isupper():
                continue
            got, j, end = 0, k, start
            while j < len(words) and got < len(letters):
                word = words[j][0]
                if word.lower() in _FUNCTION_WORDS and got:
                    j += 1
                    continue
                if word[0] != letters[got] or word.isupper():
                    break
                got, end, j = got + 1, words[j][2], j + 1
            if got == len(letters):
                return _token_span(tokens, start, end)
        return None
    initials = _initials(rendering)
    for i, (_, start, end) in enumerate(tokens) if initials is not None else ():
        written = text[start:end].replace("\u2019", "'")
        if written.endswith("'s"):
            written = written[:-2]
        elif written.endswith("s") and written[:-1].isupper():
            written = written[:-1]
        if written == initials:
            return i, i + 1
    if not _CAPITALS.search(text):
        return None
    doc = _en_key(text)
    for key in _abbreviated(rendering):
        at = doc.find(key)
        if at >= 0:
            return _token_span(tokens, *_span(text, at, key))
    return None


_CAPITALS = re.compile(r"[A-Z]{3}")


@lru_cache(maxsize=16384)
def _abbreviated(rendering: str) -> tuple[str, ...]:
    """The keys of `rendering` with a run of capitalised words in it said by its initials, a
    word in capitals by its letters, function words between them left out: "the 14th NPC"
    for "the 14th National People's Congress", "the UNSC" for "the UN Security Council".
    Three letters at least: two say too little."""
    words = rendering.split()
    keys = []
    i = 0
    while i < len(words):
        if not words[i][:1].isupper():
            i += 1
            continue
        j, letters, names = i, "", 0
        while j < len(words):
            word = words[j]
            if word[:1].isupper():
                letters += word if word.isupper() and word.isalpha() else word[0]
                names, j = names + 1, j + 1
            elif word.lower() in _FUNCTION_WORDS and j + 1 < len(words) and \
                    words[j + 1][:1].isupper():
                j += 1
            else:
                break
        if names >= 2 and len(letters) >= 3 and letters.isalpha():
            keys.append(_en_key(" ".join([*words[:i], letters, *words[j:]])))
        i = j
    return tuple(keys)


def _token_span(tokens, start: int, end: int) -> tuple[int, int] | None:
    """The tokens from the one at character `start` to the one ending at `end`."""
    first = next((i for i, t in enumerate(tokens) if t[1] == start), None)
    last = next((i for i, t in enumerate(tokens) if t[2] == end), None)
    return None if first is None or last is None else (first, last + 1)


def _listed_apart(stretch: str, rendering: str) -> bool:
    """A proper name's words with a list's comma or semicolon between them that the name
    itself does not have: two items of a list, not the name split by an inserted word."""
    return any(stretch.count(mark) > rendering.count(mark) for mark in ",;")


# "fiscal policy will be more proactive", "globalization that is universally beneficial and
# inclusive": the head, perhaps a relative pronoun or modal, a copula, perhaps an adverb of
# degree, then the modifiers (token keys: "remains" is "remain")
_COPULAS = frozenset({"is", "are", "was", "were", "be", "been", "remain", "become", "stay"})
_BEFORE_COPULA = frozenset({"that", "which", "will", "would", "shall", "should", "must", "can",
                            "could", "may", "might", "to", "alway"})  # alway: always
_DEGREE = frozenset({"even", "still", "also", "further", "now", "ever", "increasingly"})


def _predicative(words: list[str], present: set[str], rtoks: list[str], same
                 ) -> tuple[int, int] | None:
    """Token span of a modifiers-head rendering said with its modifiers after a copula: "fiscal
    policy will be more proactive" for "more proactive fiscal policy", "economic globalization
    that is universally beneficial and inclusive". Every word of the rendering is there as
    written, in its order on either side of the copula; nothing but a relative pronoun, a
    modal and an adverb of degree comes between (no negation: "is not proactive")."""
    r = len(rtoks)
    if r < 2 or not present.issuperset(rtoks) or _FUNCTION & set(rtoks):
        return None
    n = len(words)
    for k in range(1, r):
        mods, head = rtoks[:k], rtoks[k:]
        if mods[-1] in _COORD or head[0] in _COORD:
            continue
        h = len(head)
        for i in range(n - h):
            if not all(same(w, t) for w, t in zip(words[i:i + h], head, strict=True)):
                continue
            j = i + h
            while j < n and j - (i + h) < 2 and words[j] in _BEFORE_COPULA:
                j += 1
            if j >= n or words[j] not in _COPULAS:
                continue
            j += 1
            j += j < n and words[j] in _DEGREE
            if j + k <= n and all(same(w, t) for w, t in zip(words[j:j + k], mods, strict=True)):
                return i, j + k
    return None


_POSSESSIVES = frozenset({"its", "their", "our", "his", "her", "your", "this", "these", "that",
                          "those", "each", "all"})


# prepositions that put a noun's modifier after it: "economy of villages", "cooperation on
# health care", "cooperation in agriculture"
_INVERTING = frozenset({"of", "on", "in"})


def _inverted(words: list[str], rtoks: list[str], same) -> tuple[int, int] | None:
    """Token span of head + "of", "on" or "in" (+ a possessive or demonstrative) +
    modifiers, where the rendering is modifiers + head: "collective economy of (the)
    villages" for "village collective economy", "cooperation on health care"; the first
    modifiers may stay in front ("people-centered philosophy of development" for
    "people-centered development philosophy"); modifiers that are a coordination go after
    the head whole ("the goals of carbon peaking and carbon neutrality"). A rendering with a
    function word of its own is not inverted."""
    r = len(rtoks)
    if r < 2 or _FUNCTION & set(rtoks):
        return None
    n = len(words)
    # where each token of the rendering is written: the head's first word is looked for there
    # only (one pass over the text per token, not one per split of the rendering)
    at = {t: [i for i, w in enumerate(words) if same(w, t)] for t in set(rtoks)}
    for p in range(r - 1):
        front, rest = rtoks[:p], rtoks[p:]
        if _COORD & set(front):
            break
        for k in range(1, r - p):
            mods, head = rest[:k], rest[k:]
            if _COORD & set(head) or mods[0] in _COORD or mods[-1] in _COORD:
                continue   # a coordination inside the modifiers only, said whole after "of"
            h = len(head)
            for i in at[head[0]]:
                if not p <= i < n - h:
                    continue
                if not all(same(w, t) for w, t in zip(words[i:i + h], head, strict=True)):
                    continue
                j = i + h
                if words[j] not in _INVERTING or not all(
                        same(w, t) for w, t in zip(words[i - p:i], front, strict=True)):
                    continue
                j += 1 + (j + 1 < n and words[j + 1] in _POSSESSIVES)
                if j + k <= n and all(same(w, t)
                                      for w, t in zip(words[j:j + k], mods, strict=True)):
                    return i - p, j + k
    return None


def _name_inverted(text: str, tokens, words: list[str], rendering: str
                   ) -> tuple[int, int] | None:
    """Token span of a rendering (modifiers) + a name + its head written (modifiers) + head +
    "of"/"in" + the name: "the summit of BRICS" for "BRICS Summit", "the 16th summit of
    BRICS", "the question of Taiwan", "the issue of Syria" for "Syrian issue" (a place's
    name for its adjective and back, `_demonyms`; not China or Taiwan). The name must end
    its phrase there — punctuation, the text's end or a word that cannot go on with a noun
    phrase follows (`_PHRASE_END`) —, else it is part of another name or noun: "the question
    of Taiwan Strait", "the issue of Syria's refugees", "the crisis of Ukrainian refugees"."""
    written = [m.group() for m in _TOKEN.finditer(rendering) if _stem(m.group()) not in ARTICLES]
    rtoks = _key_words(rendering)
    if len(rtoks) < 2 or len(written) != len(rtoks) or \
            set(rtoks) & (_FUNCTION | _COORD | _FUNCTION_WORDS) or not written[-2][:1].isupper():
        return None
    first = len(rtoks) - 1
    while first and written[first - 1][:1].isupper():
        first -= 1
    front, name, head = rtoks[:first], rtoks[first:-1], rtoks[-1]
    forms = [_demonyms(t) if len(name) == 1 and t not in _NOT_DEMONYM else frozenset({t})
             for t in name]
    n, f, m = len(words), len(front), len(name)
    for i in range(f, n - m - 1):
        if words[i] != head or words[i + 1] not in _NAME_AFTER or \
                words[i - f:i] != list(front) or \
                not all(w in ok for w, ok in zip(words[i + 2:i + 2 + m], forms, strict=True)):
            continue
        end = i + 2 + m
        last = text[tokens[end - 1][1]:tokens[end - 1][2]].replace("\u2019", "'")
        after = text[tokens[end - 1][2]:tokens[end][1]] if end < n else "."
        if last.endswith("'s") or after and after[0] in _DASHES:
            continue
        if after.strip() or words[end] in _PHRASE_END or words[end].endswith("ed"):
            return i - f, end
    return None


# "the railway between Mombasa and Nairobi", "the pipeline linking A with B", "from A to B"
_LINKING = frozenset({"between", "linking", "connecting", "joining", "from"})
_PAIRED_NAMES = re.compile(r"(?:the\s+)?([A-Z][\w'’]*)[-‐-—]([A-Z][\w'’]*)\s+(\S.*)")


def _linked_apart(text: str, tokens, words: list[str], rendering: str
                  ) -> tuple[int, int] | None:
    """Token span of a name led by two places joined by a dash ("Mombasa-Nairobi Standard
    Gauge Railway", "China-Laos Railway"; a capitalised head) written with its head first and
    the places after it: "the Standard Gauge Railway (SGR) between Mombasa and Nairobi", "the
    railway linking China and Laos", "from Mombasa to Nairobi"; the places in either order, an
    acronym in brackets allowed after the head."""
    m = _PAIRED_NAMES.fullmatch(rendering)
    if m is None or not m.group(3)[:1].isupper():
        return None  # a name's head only: "China-EU ties" is no name ("diplomatic ties
        # between China and the EU" renders 建交, not 中欧关系)
    places = {*_key_words(m.group(1)), *_key_words(m.group(2))}
    head = list(_key_words(m.group(3)))
    h, n = len(head), len(words)
    for i in range(n - h):
        if words[i:i + h] != head:
            continue
        j = i + h
        if j < n and text[tokens[j][1] - 1:tokens[j][1]] == "(" and \
                text[tokens[j][1]:tokens[j][2]].isupper():
            j += 1  # "(SGR)"
        if j + 3 < n and words[j] in _LINKING and \
                words[j + 2] in (("to",) if words[j] == "from" else ("and", "with", "to")) and \
                {words[j + 1], words[j + 3]} == places:
            return i, j + 4
    return None


def _compounded(words: list[str], rtoks: list[str], same, link: str = "of"
                ) -> tuple[int, int] | None:
    """Token span of a rendering "(modifiers) head of X" (or "in X") written "(modifiers) X
    head", its "of" folded into a compound: "permanent Security Council members" for
    "permanent member of the Security Council", "South China Sea peace and stability" for
    "peace and stability in the South China Sea". The head is the last word, or words,
    before "of"."""
    at = rtoks.index(link)
    if at == 0 or at == len(rtoks) - 1:
        return None
    for h in range(1, at + 1):
        want = rtoks[:at - h] + rtoks[at + 1:] + rtoks[at - h:at]
        r = len(want)
        for i in range(len(words) - r + 1):
            if all(same(w, t) for w, t in zip(words[i:i + r], want, strict=True)):
                return i, i + r
    return None


MAX_INSERTED = 4  # words a translator may insert inside a rendering ("friendship … between")
MAX_CONJUNCTS = 8  # words between the shared parts of a coordination
_COORD = frozenset({"and", "or", "as", "well", "nor"})
_NEGATION = frozenset({"not", "no", "never", "non", "without", "nor", "neither", "n't"})
# A finite verb inside a split rendering ends the phrase its first words belong to: "political
# stability is the foundation of national security" does not render "political security".
_FINITE = frozenset({"is", "are", "was", "were", "am", "will", "would", "shall", "should", "can",
                     "could", "may", "might", "must", "has", "have", "had", "doe", "do", "did"})
# ("doe": "does" as the token key folds it)
_FUNCTION = frozenset({"of", "for", "to", "our", "their", "its", "his", "her", "your", "this",
                       "these", "that", "those", "each", "other", "between", "among", "with",
                       "in", "on", "by"})
# what cannot be the noun after an adjective: "the cooperation is biomedical and …"
_NOT_A_NOUN = _FUNCTION | _COORD | _FINITE | _COPULAS | _NEGATION


def _coordinated(text: str, tokens, words: list[str], rtoks: list[str]) -> tuple[int, int] | None:
    """Token span of P + conjuncts + S where rendering = P + M + S and M is one conjunct."""
    n, r = len(words), len(rtoks)
    for p in range(r):
        for s in range(r - p):
            if p + s == 0 or p + s >= r:
                continue
            prefix, middle, suffix = rtoks[:p], rtoks[p:r - s], rtoks[r - s:]
            m = len(middle)
            for i in range(n - p + 1):
                if words[i:i + p] != prefix:
                    continue
                lo = i + p  # the conjuncts start here
                for k in range(lo, min(n - m, lo + MAX_CONJUNCTS) + 1):
                    if words[k:k + m] != middle:
                        continue
                    stretch_end = _conjunct_stretch(text, tokens, words, lo, k, m, suffix)
                    if stretch_end is not None:
                        return (i if p else lo), stretch_end
    return None


def _separated(text: str, tokens, words: list[str], a: int) -> bool:
    """Is there a conjunct boundary just before token `a` (a comma, "and", "or")?"""
    if a <= 0:
        return False
    if words[a - 1] in _COORD:
        return True
    return "," in text[tokens[a - 1][2]:tokens[a][1]] or ";" in text[tokens[a - 1][2]:tokens[a][1]]


def _conjunct_stretch(text, tokens, words, lo, k, m, suffix) -> int | None:
    """End of the coordination if the middle at `k` is a whole conjunct of one that starts at
    `lo` and is followed by `suffix` (or ends the coordination when there is no suffix)."""
    end = k + m
    has_coord = any(w in _COORD for w in words[lo:end])
    if suffix:
        # M is a conjunct: its start is the coordination start or a boundary; the shared
        # suffix follows at most MAX_CONJUNCTS words later, with another conjunct before it.
        if k != lo and not _separated(text, tokens, words, k):
            return None
        for j in range(end, min(len(words) - len(suffix), lo + MAX_CONJUNCTS) + 1):
            if words[j:j + len(suffix)] != suffix:
                continue
            stretch = words[lo:j]
            if j != end and not (_separated(text, tokens, words, end) or words[end] in _COORD):
                return None  # the middle ends at a comma, or at the "and" that follows it
            if (has_coord or any(w in _COORD for w in stretch)) and len(stretch) > m \
                    and not _NEGATION & set(stretch):
                return j + len(suffix)
            return None
        return None
    # No shared suffix: M is the last conjunct, "Chinese civilization and nation".
    if k == lo or words[k - 1] not in _COORD or _NEGATION & set(words[lo:end]):
        return None
    return end


_DERIVATIONS = ("ment", "ation", "tion", "ion", "ing", "ance", "ence", "ity", "ivity", "al",
                "ization", "isation")


@lru_cache(maxsize=65536)  # pure, and asked of the same words again and again
def _same_stem(a: str, b: str) -> bool:
    """A verb and its noun: 'align'/'alignment', 'dovetail'/'dovetailing', 'cooperate'/
    'cooperation', 'connect'/'connectivity'. Not 'color'/'colored' (an adjective is another
    word): only the derivational endings above count, and -ify/-ification (reunify),
    -olve/-olution (resolve/resolution), and
    'partner'/'partnership' (two countries "are strategic partners": not -ship in general,
    since a "Party leader" is not the Party's leadership)."""
    if a == b:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if long == "partnership" and short == "partner":
        return True  # "are all-weather strategic cooperative partners": the partnership
    if len(short) < 4:
        return False
    for stem in (short, short[:-1] if short.endswith("e") else None):
        if stem and long.startswith(stem) and long[len(stem):] in _DERIVATIONS:
            return True
    if short.endswith("olve"):  # resolve/resolution, solve/solution, evolve/evolution
        return long == short[:-2] + "ution"
    return short.endswith("fy") and long == short[:-1] + "ication"


_VERBAL = re.compile(r"\bverbal\b", re.I)  # a variant's note: "verbal paraphrase", "verbal form"


def _same_verb(a: str, b: str) -> bool:
    """`_same_stem`, and the inflections of a verb: 'watch'/'watched', 'helping'/'helped',
    'share'/'shared', 'stop'/'stopped'."""
    return _same_stem(a, b) or _verb_base(a) == _verb_base(b)


def _verb_of(rendering: str):
    """`_same_verb` for the lower-case words of a verbal rendering with a name in it
    ("jointly building the Belt and Road"); the name's words stay as they are."""
    lower = {tok for tok, start, end in _en_tokens(rendering) if rendering[start:end].islower()}

    def same(word: str, want: str) -> bool:
        return word == want or (want in lower and _same_verb(word, want))
    return same


# Irregular past forms of the verbs verbal renderings use ("have stood by each other").
_IRREGULAR = {"stood": "stand", "built": "build", "held": "hold", "upheld": "uphold",
              "kept": "keep", "made": "make", "brought": "bring", "sought": "seek",
              "took": "take", "taken": "take", "gave": "give", "given": "give", "drew": "draw",
              "drawn": "draw", "led": "lead", "met": "meet", "shown": "show", "grew": "grow",
              "grown": "grow", "won": "win", "went": "go", "gone": "go", "fought": "fight",
              "stuck": "stick", "wrote": "write", "written": "write", "spoke": "speak",
              "spoken": "speak", "shed": "shed", "set": "set", "put": "put"}

# a name put after its head: "the question of Taiwan", "the crisis in Ukraine"
_NAME_AFTER = frozenset({"of", "in"})
# words that end a noun phrase when they follow it: a function word, a conjunction, a finite
# verb or a past form ("the summit of BRICS saw …", "… of Syria through dialogue")
_PHRASE_END = _FUNCTION | _FINITE | _COPULAS | _COORD | frozenset(_IRREGULAR) | frozenset(
    {"at", "from", "through", "as", "since", "after", "before", "during", "but", "which",
     "who", "whose", "where", "when", "while", "saw", "began", "became", "came", "remain"})


@lru_cache(maxsize=65536)  # pure, and asked of the same words again and again
def _verb_base(word: str) -> str:
    word = _IRREGULAR.get(word, word)
    for ending in ("ing", "ed", "es", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[:-len(ending)]
            if ending in ("ing", "ed") and len(word) > 3 and word[-1] == word[-2]:
                word = word[:-1]  # stopped, planning
            break
    return word[:-1] if word.endswith("e") else word


def _spread(words: list[str], rtoks: list[str], common: bool,
            same=None, verbal: bool = False) -> tuple[int, int] | None:
    """Token span where `rtoks` occur in order with ≤ MAX_INSERTED words inserted."""
    # the rendering's own "and" may give way to a comma ("X, Y and Z" lists "X and Y"); an
    # "and" of the text between its words still counts as an inserted word
    # "each other" says who does what to whom: "look out" is not "look out for each other"
    mutual = {"each", "other"} if "each other" in " ".join(rtoks) else set()
    if mutual:  # "one another" says it as well
        words = f" {' '.join(words)} ".replace(" one another ", " each other ").split() \
            if "another" in words else words
    wanted = [t for t in rtoks
              if t in mutual or not (common and (t in _FUNCTION or t == "and"))]
    if verbal and len(wanted) < 2 <= len(rtoks):
        wanted = rtoks  # a phrasal verb's particles are its words: "stand by each other"
    if len(wanted) < 2:
        return None  # one word: a stem match alone says too little
    same = same or (_same_stem if common else str.__eq__)
    # a rendering with a verb in it ("Hong Kong administered by patriots") may take an
    # auxiliary inside ("Hong Kong must be administered by patriots"); a noun phrase may not
    clause = verbal or any(t.endswith(("ed", "ing")) for t in rtoks)
    stops = _NEGATION if clause else _NEGATION | _FINITE
    n = len(words)
    for start in range(n):
        if not same(words[start], wanted[0]):
            continue
        after = {start + 1}
        if common and len(words[start]) < len(wanted[0]):
            after.add(_object_of(words, start + 1))  # "align A with B's development strategy"
        for pos in sorted(after):
            end = _rest_of(words, wanted, pos, common, same, stops)
            if end is not None:
                return start, end
    return None


def _rest_of(words: list[str], wanted: list[str], pos: int, common: bool, same,
             stops: frozenset[str] = _NEGATION) -> int | None:
    """End of `wanted[1:]` in order from `pos` with ≤ MAX_INSERTED words inserted, none of
    them in `stops` (a negation; a finite verb inside a noun phrase), or None."""
    n, inserted = len(words), 0
    for want in wanted[1:]:
        while pos < n and not same(words[pos], want):
            word = words[pos]
            if word in stops or word.endswith("n't"):
                return None
            if not (common and word in _FUNCTION):
                inserted += 1
                if inserted > MAX_INSERTED:
                    return None
            pos += 1
        if pos >= n:
            return None
        pos += 1
    return pos


def _object_of(words: list[str], pos: int) -> int:
    """Where the rest of a rendering may go on after a verb that stands for its noun: past
    the verb's object and "with", when they follow ("align the Belt and Road Initiative with
    Kyrgyzstan's national development strategy" for "alignment of development strategies",
    as a Chinese A同B发展战略对接 is translated); else `pos` itself."""
    for k in range(pos, min(len(words), pos + MAX_CONJUNCTS)):
        if words[k] in _NEGATION:
            break
        if words[k] == "with":
            return k + 1
    return pos


def _as_spelled(text: str, places: list[tuple[str, str, int, str]]
                ) -> list[tuple[str, str, int, str]]:
    """Of renderings found at one place with one key, the one spelled as the text spells it.

    Keys fold British spelling, so the glossary's "Shanghai Cooperation Organisation" (a
    variant) and "Global Civilisation Initiative" (deprecated) meet their official forms; the
    text's own spelling tells which one it used, a plural ending aside ("Global Civilisation
    Initiatives" is the deprecated one). None spelled so: the first.
    """
    seen: dict[tuple[int, str], list[tuple[str, str, int, str]]] = {}
    for place in places:
        seen.setdefault((place[2], place[3]), []).append(place)
    if len(seen) == len(places):
        return places
    keep = []
    for (pos, key), twins in seen.items():
        if len(twins) > 1:
            start, end = _span(text, pos, key)
            written = _spelled(text[start:end])
            twins = [next((t for t in twins if _spelled(t[1]) == written), None)
                     or next((t for t in twins if _plural_of(written, _spelled(t[1]))),
                             twins[0])]
        keep.extend(twins)
    return keep


def _plural_of(written: str, rendering: str) -> bool:
    """Whether `written` is `rendering` word for word, a word in the plural allowed (equal
    strings included)."""
    a, b = written.split(), rendering.split()
    return len(a) == len(b) and all(w == r or w in (r + "s", r + "es", r[:-1] + "ies")
                                    for w, r in zip(a, b, strict=True))


def _spelled(text: str) -> str:
    """A rendering as written, up to case, spacing and the apostrophe's shape."""
    return " ".join(text.replace("\u2019", "'").casefold().split())


def _en_hit(text: str, entry: Entry, kind: str, rendering: str, pos: int, key: str) -> EnHit:
    start, end = _span(text, pos, key)
    return EnHit(entry, kind, rendering, start, end, text[start:end])


_FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "at", "to"})
_ACRONYM_FORM = re.compile(r"[A-Z]{2,}")


def _acronyms(entries: Iterable[Entry]) -> dict[str, str]:
    """Acronym → full name, where an entry lists an all-capitals variant made of the initials
    of its official rendering: CPC = Communist Party of China, SCO = Shanghai Cooperation
    Organization, NPC = National People's Congress (function words have no initial)."""
    found: dict[str, str] = {}
    for entry in entries:
        if not entry.en:
            continue
        initials = "".join(w[0] for w in re.findall(r"[\w'-]+", entry.en)
                           if w.lower() not in _FUNCTION_WORDS)
        for variant in entry.en_variants:
            if _ACRONYM_FORM.fullmatch(variant.text) and variant.text == initials.upper() \
                    and initials.isupper():
                found.setdefault(variant.text, entry.en)
    return found


def _acronym_names(acronyms: dict[str, str]) -> re.Pattern | None:
    """One pattern for a name that begins with any of the acronyms: the acronym, then the run of
    capitalised words after it ("CPC Central Committee", "SCO Tianjin Summit")."""
    if not acronyms:
        return None
    alternatives = "|".join(map(re.escape, sorted(acronyms, key=len, reverse=True)))
    return re.compile(rf"\b({alternatives}) ((?:[A-Z][\w'-]*)(?: [A-Z][\w'-]*)*)")


def _spelled_out(rendering: str, acronyms: dict[str, str],
                 names: re.Pattern | None = None) -> list[str]:
    """`rendering` with a name that begins with an acronym ("CPC Central Committee", "20th CPC
    National Congress", "SCO Tianjin Summit") turned round as news English and MT write it,
    the acronym spelled out or kept: "Central Committee of the Communist Party of China", "20th
    National Congress of the CPC". Nothing if the rendering has no such name."""
    names = names or _acronym_names(acronyms)
    m = names.search(rendering) if names else None
    if m is None:
        return []
    acronym, head, tail = m.group(1), rendering[:m.start()], rendering[m.end():]
    return [f"{head}{m.group(2)} of the {name}{tail}" for name in (acronyms[acronym], acronym)]


TwinsOf = Callable[[str, str], list[str]]  # (rendering, match key) → the keys of its twins


def _add_twins(forms: list[list[tuple[str, str, str]]], twins_of: TwinsOf | None) -> None:
    """Give each accepted rendering the twins `twins_of` finds for it, right after it (same
    precedence) and reported as the rendering they stand for, so that they are one rendering
    to the consistency check."""
    if twins_of is None:
        return
    for entry_forms in forms:
        twins = [twins_of(text, key) if kind != "deprecated" else []
                 for kind, text, key in entry_forms]
        if not any(twins):
            continue  # most renderings have none
        keys = {key for _, _, key in entry_forms}
        out = []
        for (kind, text, key), found in zip(entry_forms, twins, strict=True):
            out.append((kind, text, key))
            for twin in found:
                if twin not in keys:
                    keys.add(twin)
                    out.append((kind, text, twin))
        entry_forms[:] = out


def _spelled_out_twins(acronyms: dict[str, str]) -> TwinsOf | None:
    """A rendering with an acronym-led name, turned round (`_spelled_out`)."""
    names = _acronym_names(acronyms)
    if names is None:
        return None
    return lambda text, key: [en_key(t) for t in _spelled_out(text, acronyms, names)]


def _abbreviated_twins(acronyms: dict[str, str]) -> TwinsOf | None:
    """A rendering that names a body in full inside it, with the glossary's acronym instead, as
    the press writes it: "the international system with the UN at its core" for "… with the
    United Nations at its core"."""
    by_full = {en_key(full).strip(): _stem(acronym) for acronym, full in acronyms.items()}
    if not by_full:
        return None
    fulls = re.compile(" (" + "|".join(map(re.escape, sorted(by_full, key=len, reverse=True)))
                       + ") ")

    def twins(text: str, key: str) -> list[str]:
        m = fulls.search(key)
        if m is None or len(m.group()) == len(key):
            return []
        return [f"{key[:m.start()]} {by_full[m.group(1)]} {key[m.end():]}"]
    return twins


def _forms_of(entry: Entry) -> list[tuple[str, str, str]]:
    """Renderings of an entry the matcher was not built with (e.g. a user's ad-hoc entry)."""
    pairs = ([("official", entry.en)] if entry.en else []) + \
        [("variant", v.text) for v in entry.en_variants] + \
        [("deprecated", d.text) for d in entry.en_deprecated]
    return [(kind, text, en_key(text)) for kind, text in pairs if en_key(text)]
