"""match_key's quick fold gives exactly what NFKC + the dash/quote fold + the space rules give."""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

from tifa.tm.base.text import _FOLD, _QUICK, _SPACE_NEXT_TO_CJK, _SPACES, match_key

REPO = Path(__file__).resolve().parent.parent


def reference(text: str) -> str:
    """The definition: NFKC, then dashes/quotes folded, then the space rules."""
    folded = unicodedata.normalize("NFKC", text).translate(_FOLD)
    return _SPACES.sub(" ", _SPACE_NEXT_TO_CJK.sub("", folded)).strip()


def test_every_character_and_every_folded_character_before_every_combining_mark():
    for code in range(1, 0x30000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        text = f"中{chr(code)}国"
        assert match_key(text) == reference(text), hex(code)
    marks = [chr(c) for c in range(0x300, 0x10000) if unicodedata.combining(chr(c))]
    for ch in [*_QUICK, "e", "A", "か", "\u1100"]:
        for mark in marks:
            text = f"{ch}{mark}"
            assert match_key(text) == reference(text), (hex(ord(ch)), hex(ord(mark)))


def test_random_mixtures_and_the_seeds():
    rng = random.Random(9)
    pool = ("中国，。（）“”‘’—－-–‑﹘﹣︱︲　 \t①㈠ﬁＡａ１２３\u0300\u0301\u3099がカ"
            "ｶﾞ가각\uf900\u2126ÅA e")
    for _ in range(20_000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 12)))
        assert match_key(text) == reference(text), repr(text)
    for page in sorted((REPO / "seeds").glob("*.txt")):
        for line in page.read_text(encoding="utf-8").splitlines():
            assert match_key(line) == reference(line)


def test_match_keys_of_a_corpus_is_match_key_of_each_text():
    """The batch (a quick fold over everything at once, numpy beyond 50,000 characters; NFKC
    and the space rules only where a text needs them) gives each text's own key."""
    from tifa.glossary.mine_words import fold, fold_many
    from tifa.tm.base.text import match_keys

    rng = random.Random(11)
    pool = ("中国，。（）“”‘’—－-–‑﹘﹣︱︲　 \t①㈠ﬁＡａ１２３\u0300\u0301\u3099がカ"
            "ｶﾞ가각\uf900\u2126ÅA e國際關係")
    texts = ["".join(rng.choice(pool) for _ in range(rng.randint(0, 12))) for _ in range(8_000)]
    for page in sorted((REPO / "seeds").glob("*.txt")):
        texts.extend(page.read_text(encoding="utf-8").splitlines())
    assert sum(map(len, texts)) > 50_000  # the numpy path
    assert match_keys(texts) == [match_key(t) for t in texts]
    assert match_keys(texts[:40]) == [match_key(t) for t in texts[:40]]  # the regex path
    assert fold_many(texts) == [fold(t) for t in texts]
    assert fold_many([]) == [] and match_keys([]) == []
    assert fold_many(["中\x01国"]) == [fold("中\x01国")]
