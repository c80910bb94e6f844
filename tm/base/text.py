"""Match keys: one spelling per string for comparing, never for storing.

Newspaper copies of the same text differ in width (２０２３ / 2023, （ / (), in the dash between
中国 and 中亚 (— － - ‐ ‑ – ―), in curly vs straight quotes and in stray spaces from PDF
extraction (6 月 16 日). Every module that compares Chinese strings (merging, glossary matching,
TM lookup, lint) compares `match_key(a) == match_key(b)` so that these differences never hide a
match. The stored text is never changed.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

# Every dash a newspaper uses between 中国 and 中亚, and in ——subtitles, folds to "-".
DASHES = "\u002d\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d"
_FOLD = str.maketrans(
    {**{d: "-" for d in DASHES}, "\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'",
     "\u3000": " "}
)

# CJK ideographs plus CJK/full-width punctuation: spaces next to these are PDF artefacts.
_CJK = r"\u2e80-\u2fff\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
# (a run taken from its first space: tried at each of a long run's spaces, it cost its length
# squared, `tifa segment` 21 s of CPU for a line of 60,000 spaces)
_SPACE_NEXT_TO_CJK = re.compile(rf"(?<!\s)\s+(?=[{_CJK}])|(?<=[{_CJK}])\s+")
_SPACES = re.compile(r"\s+")


def is_han(ch: str) -> bool:
    """True for a Chinese character (CJK unified ideographs, extension A, compatibility)."""
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"


# Runs of Han characters, and letters of any script (Han included): `han_share` is one over
# the other. HAN_RUN is the one pattern for "Chinese characters here" (lint's untranslated
# spans, score's language check).
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # the character class `is_han` accepts
HAN_RUN = re.compile(f"[{HAN}]+")
_LETTER = re.compile(r"[^\W\d_]+")
LANGUAGE_SAMPLE = 20_000   # characters looked at to decide a file's language
CHINESE_SHARE = 0.3        # Han share of letters from which a text counts as Chinese


# Where an inline code stands between two characters, the text joins with a space when it
# would otherwise glue a digit to the word, figure or punctuation before it (a footnote
# reference: year<sup>1</sup>, 5.3%<sup>1</sup>), or a word to the punctuation before it (a
# tab after a list number: 1.<tab/>Chinese; a footnote between sentences)
_BEFORE_DIGIT = re.compile(r"[a-z0-9%.,;:)\]'\"\u2019\u201d]\Z")
_BEFORE_WORD = re.compile(r"[.,;:)\]]\Z")


def join_codes(pieces: list[str]) -> str:
    """The text of pieces an inline code separated (a `<g>`, `<bpt>`, `<x/>`, a CAT tool's
    tag): joined as they are, except where the code was the only thing between a digit and
    what precedes it ("year on year1" would read as another number, "partnership2" hides the
    term) or between a punctuation mark and a word ("1.Chinese" is no list item): there a space.
    A code inside a word or a Chinese term (`<g>鲁班</g>工坊`, `20<sup>th</sup>`) joins with
    nothing."""
    out: list[str] = []
    last = ""
    for piece in pieces:
        if not piece:
            continue
        first = piece[0]
        if last and first.isascii() and (
                first.isdigit() and _BEFORE_DIGIT.search(last)
                or first.isalpha() and _BEFORE_WORD.search(last)):
            out.append(" ")
        out.append(piece)
        last = piece[-1]
    return "".join(out)


def han_share(text: str) -> float:
    """Share of Chinese characters among the letters of `text` (0.0 when it has no letters).

    ~0.9+ for Chinese (Latin names and acronyms are the rest), ~0 for English. This is the
    one answer to "is this Chinese?" in tifa: deciding by proportion, not by a count, makes a
    one-line file (中国—中亚命运共同体。) as Chinese as a whole page.
    """
    han = sum(map(len, HAN_RUN.findall(text)))  # runs, not characters: fewer match objects
    letters = sum(map(len, _LETTER.findall(text)))
    return han / letters if letters else 0.0


def has_han(text: str) -> bool:
    """True if the text holds at least one Chinese character (a query typed in Chinese)."""
    return HAN_RUN.search(text) is not None


def is_chinese(text: str) -> bool:
    """True for Chinese text: Han characters are at least 30 % of the letters (sampled)."""
    return han_share(text[:LANGUAGE_SAMPLE]) >= CHINESE_SHARE


_FOLDS = re.compile("[" + "".join(re.escape(chr(c)) for c in _FOLD) + "]")
# The characters Chinese text needs folded, each to what NFKC then _FOLD make of it on its own:
# full-width ASCII (，。（） are in most sentences), the dashes, quotes and the ideographic space.
# None of them decomposes into or composes with a neighbour, so folding them one by one first
# changes nothing NFKC does to the rest of the text (tests/test_text.py checks all of them).
_QUICK = {chr(c): chr(c - 0xFEE0).translate(_FOLD) for c in range(0xFF01, 0xFF5F)}
_QUICK.update({chr(c): v for c, v in _FOLD.items()})
_QUICK_CHARS = re.compile("[" + "".join(re.escape(c) for c in _QUICK) + "]")


def _quick(match: re.Match[str]) -> str:
    return _QUICK[match.group()]


def match_key(text: str) -> str:
    """Fold width, dashes, quotes and spacing so that copies of one string compare equal.

    NFKC folds full-width digits, letters and punctuation (２０２３ → 2023, （ → (, ！ → !);
    all dashes become "-"; curly quotes become straight; whitespace next to a CJK character or
    CJK punctuation is removed, other runs of whitespace collapse to one space.
    """
    # The usual full-width punctuation, dashes and quotes are folded by one regular expression
    # (NFKC and str.translate with a dict cost ~0.4 µs a character, most of the corpus step's
    # reading); NFKC then runs only on what its quick check does not pass (①, ㈠, ﬁ, …).
    return _after_quick(_QUICK_CHARS.sub(_quick, text))


def _after_quick(folded: str) -> str:
    """`match_key` after its quick fold: NFKC and the space rules, each only if needed."""
    if not unicodedata.is_normalized("NFKC", folded):
        folded = unicodedata.normalize("NFKC", folded)
        if _FOLDS.search(folded):
            folded = folded.translate(_FOLD)
    if " " not in folded and folded.isprintable():
        # Most Chinese sentences have no whitespace (NFKC leaves " " or a non-printable
        # character for every kind), and the two whitespace passes are most of the cost.
        return folded
    folded = _SPACE_NEXT_TO_CJK.sub("", folded)
    return _SPACES.sub(" ", folded).strip()


def match_keys(texts: list[str]) -> list[str]:
    """`[match_key(t) for t in texts]`, the character-wise part in C over all of them at once
    (a 50,000-entry glossary has ~70,000 forms; a 100 MB corpus ~600,000 sentences).

    \x01 separates them: no rule crosses it (NFKC neither composes nor reorders across a
    control character, and it is no space and no CJK character), and no text holds it
    (control characters are refused on input). The quick fold runs on the joined text (one
    table look-up per character, numpy); NFKC and the space rules, which cost most when run
    over everything, only on the texts that need them, as `match_key` decides for each.
    """
    if not texts or any("\x01" in t for t in texts):
        return [match_key(t) for t in texts]
    return [_after_quick(key) for key in quick_fold("\x01".join(texts)).split("\x01")]


_NUMPY_FROM = 50_000  # below this many characters the regular expression is cheaper


def quick_fold(text: str) -> str:
    """`match_key`'s first pass (`_QUICK`: one character for one), on a long text as a numpy
    table look-up over its code points (~30× the regular expression's rate)."""
    if len(text) < _NUMPY_FROM:
        return _QUICK_CHARS.sub(_quick, text)
    import numpy as np

    code = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    folded = np.where(code < 0x10000, _quick_table()[np.minimum(code, 0xFFFF)], code)
    return folded.astype("<u4").tobytes().decode("utf-32-le")


@lru_cache(maxsize=1)
def _quick_table() -> Any:
    import numpy as np

    table = np.arange(0x10000, dtype=np.uint32)
    for ch, to in _QUICK.items():
        table[ord(ch)] = ord(to)
    return table


# Unicode's format characters (Cf) of the BMP that text carries: a soft hyphen (Word's optional
# hyphen), zero-width spaces and joiners, the bidirectional marks, embeddings, overrides and
# isolates, the word joiner, a BOM. Invisible to the reader, so never a difference between two
# texts (`english_key`, the glossary matcher's keys); a glossary refuses them in its fields.
INVISIBLE = ("\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f"
             "\ufeff\ufff9-\ufffb")
_INVISIBLE = re.compile(f"[{INVISIBLE}]+")


def visible_text(text: str) -> str:
    """`text` without its invisible format characters ("sepa\u00adratism" is "separatism")."""
    return _INVISIBLE.sub("", text)


_EN_FOLD = str.maketrans({**{d: "-" for d in DASHES}, "\u201c": '"', "\u201d": '"',
                          "\u2018": "'", "\u2019": "'"})


def english_key(text: str) -> str:
    """The key English renderings and target sentences are compared on: case, runs of
    whitespace, curly/straight quotes and the kind of dash do not count ("Belt and  Road" =
    "belt and road"; "China–Central Asia" = "China-Central Asia"). Word forms do count: the
    glossary matcher's token keys (`glossary.matcher`) are the tolerant kind. Nor do the
    invisible characters (`INVISIBLE`), nor a letter's composition (NFC): Word's soft hyphen
    in one copy, or an accent written as a combining mark, is the same text."""
    text = visible_text(text)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return " ".join(text.translate(_EN_FOLD).casefold().split())


def english_keys(texts: list[str]) -> list[str]:
    """`[english_key(t) for t in texts]` in a few C passes (see `match_keys`)."""
    if not texts or any("\x01" in t for t in texts):
        return [english_key(t) for t in texts]
    folded = visible_text("\x01".join(texts))
    if not folded.isascii():
        folded = unicodedata.normalize("NFC", folded)
    folded = folded.translate(_EN_FOLD).casefold()
    return [" ".join(k.split()) for k in folded.split("\x01")]
