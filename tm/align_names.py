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
from collections import Counter
from functools import lru_cache
from itertools import product

from tifa.tm.base import dictionary
from tifa.tm.base.text import HAN_RUN, has_han

MAX_CHARS = 4                      # longest Chinese run tried (姓 + 名 of up to three)
# a capitalised word and the one after it, tried from every capitalised word ("By Guo Hong"
# holds "Guo Hong"); a byline's name in capitals ("By GUO HONG") read as the same
_CAPITALISED = re.compile(r"\b(?=([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?|[A-Z]{2,}[ -][A-Z]{2,}\b))")
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
        words = re.split(r"[ -]", m.group(1).lower())
        if any(w in lowercase for w in words) or \
                all(w in known or dictionary.stem(w) in known for w in words):
            continue
        capitals = m.group(1).isupper()  # a byline's name: read whole, not word by word
        for word in () if capitals else words:
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


def spells(text: str, key: str) -> bool:
    """Whether a run of `text`'s Chinese characters reads as `key` (lowercase pinyin without
    spaces: 毛宁 spells "maoning")."""
    prefixes = {key[:k] for k in range(1, len(key) + 1)}
    return bool(_chinese_names(text, {key}, prefixes))


# The commonest Chinese surnames, as their characters
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜"
            "叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶"
            "黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷"
            "詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛"
            "靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费"
            "卜冷晏席卫杭")


def names_person(text: str, key: str) -> bool:
    """Whether `text` names a person whose name reads as `key`: a common surname's character
    and the one or two after it (刘启航 "liuqihang"), not any run that happens to read so
    (文物精品 holds "wujing")."""
    return any(ch in SURNAMES and (reads_as(text[i:i + 2], key) or reads_as(text[i:i + 3], key))
               for i, ch in enumerate(text))


def reads_as(run: str, key: str) -> bool:
    """Whether the whole of `run` (Chinese characters) reads as `key`: 河南 as "henan", and not
    郑州河南 (`spells` takes any run inside a text)."""
    readings = dictionary.readings()
    spelt = {""}
    for ch in run:
        spelt = {s + r for s in spelt for r in readings.get(ch, ()) if key.startswith(s + r)}
        if not spelt:
            return False
    return key in spelt


def syllables(word: str) -> int:
    """The fewest pinyin syllables `word` (lowercase letters) splits into; 0 if none."""
    vocab = _syllables()
    n = len(word)
    fewest = [0] + [n + 1] * n
    for k in range(1, n + 1):
        for size in range(1, min(6, k) + 1):
            if word[k - size:k] in vocab:
                fewest[k] = min(fewest[k], fewest[k - size] + 1)
    return fewest[n] if fewest[n] <= n else 0


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


# ---------------------------------------------------------------- names learned from the pair

# Transliterated names that are no pinyin (以拿 ↔ Irad, 米户雅利 ↔ Mehujael, 便雅悯 ↔ Benjamin):
# CC-CEDICT lacks them and cuts them into characters with unrelated glosses (生米 "uncooked
# rice", 户, 雅, 利), which the English cannot match. A run of Chinese characters that occurs in
# the same confident beads as a capitalised English word, and hardly anywhere else, is that
# word's name, as a dictionary entry would say.
NAME_CHARS = (1, 5)        # lengths of the Chinese runs tried
NAME_MIN_TOGETHER = 2      # beads holding both, at least
NAME_MIN_DICE = 0.5        # 2 × together / (beads with the run + beads with the word)
NAME_NEAR = 0.8            # a name whose best run is taken may take a run this close to it
_FUNCTION = frozenset("的了在和是与及就也都又把被给到从向为对说这那")
_CAP_WORD = re.compile(r"\b[A-Z][a-z]+\b")


def _runs(text: str) -> set[str]:
    """Every run of NAME_CHARS Chinese characters in `text`."""
    lo, hi = NAME_CHARS
    out = set()
    for m in HAN_RUN.finditer(text):
        s = m.group()
        for n in range(lo, min(hi, len(s)) + 1):
            out.update(s[k:k + n] for k in range(len(s) - n + 1))
    return out


def english_names(en: list[str], known: set[str]) -> list[set[str]]:
    """Per English sentence, the keys (`dictionary.en_keys`) of its capitalised words that the
    text never writes in lowercase ("And", "Take" at a sentence start are English words) and
    that no dictionary word of the Chinese text gives (Egypt: 埃及)."""
    lowercase = {w for s in en for w in _LOWERCASE.findall(s)}
    out = []
    for s in en:
        keys = set()
        for word in _CAP_WORD.findall(s):
            if word.lower() in lowercase:
                continue
            key = dictionary.en_keys(word)
            if key and key[0] not in known:
                keys.add(key[0])
        out.append(keys)
    return out


def learn_names(beads: list[tuple[str, set[str], set[str]]]) -> dict[str, frozenset[str]]:
    """Chinese name → English key, from beads given as (their Chinese text, their English
    name keys, all their English keys).

    Per English name, the Chinese runs found with it in at least NAME_MIN_TOGETHER beads are
    ranked by Dice over the beads (ties: the longer, 亚伯兰 rather than 伯兰), and the first
    that reaches NAME_MIN_DICE and looks like a name is taken: it neither starts nor ends with
    a function character (书亚的女儿 is 书亚 and context), none of its dictionary words
    translates a word the English of most of its beads has (儿子以弗仑: 儿子 is "son"), and it
    holds no name taken before (names with more beads go first, so 以弗仑 → Ephron is taken
    before 儿子以弗仑 could become Zohar)."""
    by_name: dict[str, list[int]] = {}
    for k, (_, names, _) in enumerate(beads):
        for e in names:
            by_name.setdefault(e, []).append(k)
    by_name = {e: ks for e, ks in by_name.items() if len(ks) >= NAME_MIN_TOGETHER}
    if not by_name:
        return {}
    runs = [_runs(text) for text, _, _ in beads]
    together = {e: Counter(r for k in ks for r in runs[k]) for e, ks in by_name.items()}
    candidates = {r for c in together.values() for r, t in c.items() if t >= NAME_MIN_TOGETHER}
    df = Counter(r for rs in runs for r in rs & candidates)
    lex = dictionary.lexicon()

    english: dict[str, Counter] = {}

    def looks_like_a_name(r: str, e: str) -> bool:
        if r[0] in _FUNCTION or r[-1] in _FUNCTION:
            return False
        if e not in english:
            english[e] = Counter(key for k in by_name[e] for key in beads[k][2])
        half = len(by_name[e]) / 2
        return not any(english[e][key] > half for word in dictionary.segment(r, lex)
                       for key in lex.get(word, ()))

    pairs = []                                 # (Dice, beads together, length, run, name)
    for e, counts in together.items():
        ranked = sorted(((round(2 * t / (df[r] + len(by_name[e])), 3), t, len(r), r, e)
                         for r, t in counts.items() if t >= NAME_MIN_TOGETHER), reverse=True)
        best = next((p for p in ranked if looks_like_a_name(p[3], e)), None)
        if best is None or best[0] < NAME_MIN_DICE:
            continue
        near = [p for p in ranked if p[0] >= max(NAME_MIN_DICE, NAME_NEAR * best[0])
                and looks_like_a_name(p[3], e)]
        if _one_place(beads[by_name[e][0]][0], [p[3] for p in near]):
            pairs += near
    taken: dict[str, str] = {}
    done: set[str] = set()
    for _, _, _, r, e in sorted(pairs, reverse=True):
        if e in done or any(name in r or r in name for name in taken):
            continue
        taken[r] = e
        done.add(e)
    # A one-character name (闪 ↔ Shem) is too ambiguous to become a word, but it keeps its
    # neighbours' runs (雅弗) from going to the wrong name.
    return {r: frozenset((e,)) for r, e in taken.items() if len(r) >= 2}


def _one_place(text: str, runs: list[str]) -> bool:
    """Whether the `runs` overlap in `text` as one stretch of it: runs in different places that
    go with a name equally well (要与他坚定 and 以撒 in the only two beads with Isaac) leave
    it unknown which is the name."""
    spans = sorted((text.find(r), text.find(r) + len(r)) for r in runs)
    end = spans[0][1]
    for start, stop in spans[1:]:
        if start > end:
            return False
        end = max(end, stop)
    return True
