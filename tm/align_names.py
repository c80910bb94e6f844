"""Names spelt in pinyin as alignment evidence: 福贵 ↔ Fugui, 孔乙己 ↔ Kong Yiji.

Novels and reports are full of people and places CC-CEDICT does not know, and their English is
their pinyin. A capitalised English word (or two adjacent ones) that reads as two or more pinyin
syllables is a candidate; a run of two to four Chinese characters one of whose readings spells it
is its match; a word the English also writes in lowercase is no name, and names CC-CEDICT knows
(李白 → Li Bai) are left to its glosses. Only names found on both
sides of the document become evidence, so a word that merely looks like pinyin adds nothing and
no item goes unmatched for it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import product

from tifa.tm.base import dictionary
from tifa.tm.base.text import has_han

MAX_CHARS = 4                      # longest Chinese run tried (姓 + 名 of up to three)
_CAPITALISED = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?")
_LOWERCASE = re.compile(r"\b[a-z]+\b")


@lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    # Syllables with a vowel: not the r of 儿化 nor the m / n / ng of interjections (Hur ≠ hu-r).
    return frozenset(s for readings in dictionary.readings().values() for s in readings
                     if re.search("[aeiou]", s))


def _is_pinyin(word: str) -> bool:
    """Whether `word` (lowercase letters) splits into two or more pinyin syllables."""
    syllables = _syllables()
    n = len(word)
    most = [0] + [-1] * n            # most syllables in a split of word[:k] (−1: none)
    for k in range(1, n + 1):
        for size in range(1, min(6, k) + 1):
            if most[k - size] >= 0 and word[k - size:k] in syllables:
                most[k] = max(most[k], most[k - size] + 1)
    return most[n] >= 2


def _english_names(sentence: str, lowercase: set[str], known: set[str]) -> set[str]:
    """Pinyin-like names of an English sentence; a word the text also writes in lowercase
    ("Take", "Male", "Duke" at the start of a sentence) is an English word, not a name, and a
    name whose words the dictionary already links (Li Bai, from 李白's gloss) needs no key."""
    out = set()
    for m in _CAPITALISED.finditer(sentence):
        words = re.split(r"[ -]", m.group().lower())
        if any(w in lowercase for w in words) or \
                all(w in known or dictionary.stem(w) in known for w in words):
            continue
        for word in words:
            if _is_pinyin(word):
                out.add(word)
        if len(words) == 2 and _is_pinyin(words[0] + words[1]):
            out.add(words[0] + words[1])
    return out


def _chinese_names(sentence: str, wanted: set[str], prefixes: set[str]) -> set[str]:
    readings = dictionary.readings()
    out = set()
    n = len(sentence)
    for i in range(n):
        spelt = {""}
        for k in range(i, min(n, i + MAX_CHARS)):
            ch = sentence[k]
            if not has_han(ch) or ch not in readings:
                break
            spelt = {s + r for s, r in product(spelt, readings[ch]) if s + r in prefixes}
            if not spelt:
                break
            if k > i:
                out.update(s for s in spelt if s in wanted)
    return out


def name_keys(zh: list[str], en: list[str], known: set[str] | None = None
              ) -> tuple[list[list[str]], list[list[str]]]:
    """Per sentence, the keys ("n:" + pinyin) of the names found on both sides; `known` are
    the English keys the dictionary gives the Chinese text's words (names it knows)."""
    lowercase = {w for s in en for w in _LOWERCASE.findall(s)}
    en_names = [_english_names(s, lowercase, known or set()) for s in en]
    wanted = set().union(*en_names) if en_names else set()
    if not wanted:
        return [[] for _ in zh], [[] for _ in en]
    prefixes = {w[:k] for w in wanted for k in range(1, len(w) + 1)}
    zh_names = [_chinese_names(s, wanted, prefixes) for s in zh]
    found = set().union(*zh_names) if zh_names else set()
    return ([["n:" + x for x in sorted(names)] for names in zh_names],
            [["n:" + x for x in sorted(names & found)] for names in en_names])
