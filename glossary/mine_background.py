"""General Chinese as background: how ordinary is a candidate outside the corpus?

A new formulation is unusual in general Chinese even the first time it appears: 文明互鉴 is
made of two words of which one (互鉴) general Chinese hardly knows, 元首外交 joins two common
words that general Chinese does not join, while 医疗卫生 or 社会主义 are everyday words of
general Chinese. The background is `wordfreq`'s large Chinese list (334 k words with their
frequencies in Wikipedia, news, subtitles, books and the web; it ships inside the wheel, so
nothing is downloaded at run time). Only the list is used: segmentation is ours (a
maximum-probability split into listed words), so jieba is not needed.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np
from tifa.glossary.mine_counts import _HASH_P, WordTable
from wordfreq import get_frequency_dict

MAX_WORD = 8            # longest background word tried by the segmenter
_UNKNOWN_ZIPF = -1.0    # a character general Chinese does not list as a word (cost of a split)
_COMMON_ZIPF = 3.0      # ≥ one in a million words: an everyday word of general Chinese


class _Collision(Exception):
    """Two background words of one length with the same 64-bit hash (never seen)."""


@dataclass(frozen=True)
class Background:
    """Zipf values (log10 of frequency per billion words) of general Chinese words."""

    zipf: dict[str, float]
    # splits already made: the same candidates and their pieces are split several times per
    # ranking (signals, vocabulary, keyness), and the split is a pure function of the string
    _splits: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, repr=False)
    _tables: dict[int, Any] = field(default_factory=dict, compare=False, repr=False)

    def word_zipf(self, s: str) -> float:
        """Zipf of `s` as one word of general Chinese, 0 if it is not one."""
        return self.zipf.get(s.replace("—", ""), 0.0)

    def split(self, s: str) -> list[str]:
        """Most probable split of `s` into background words (unknown characters alone)."""
        known = self._splits.get(s)
        if known is None:
            known = self._splits[s] = tuple(self._split(s))
        return list(known)

    def prepared(self) -> Background:
        """This background with its word tables built (before a fork, so that both processes
        share them instead of each building its own)."""
        self._table(1)
        return self

    def splits(self) -> dict[str, tuple[str, ...]]:
        """The splits made so far (a forked worker sends them back: `adopt`)."""
        return dict(self._splits)

    def adopt(self, splits: dict[str, tuple[str, ...]]) -> None:
        """Take splits made elsewhere (by `splits`: the same pure function of the string)."""
        self._splits.update(splits)

    def split_many(self, strings: Iterable[str]) -> None:
        """Make the splits of many strings at once, so that `split` finds them made: the same
        dynamic programme as `_split`, run over all the strings together with numpy (one
        step per character position, every string at that position in one go; the same
        float operations in the same order, so the same splits)."""
        todo = list(dict.fromkeys(s for s in strings if s not in self._splits))
        try:
            if len(todo) >= 64:  # else not worth the arrays
                self._split_all(todo)
                return
        except _Collision:
            pass
        for s in todo:
            self.split(s)

    def _split_all(self, todo: list[str]) -> None:
        clean = [s.replace("—", "") for s in todo]
        order = sorted(range(len(todo)), key=lambda k: -len(clean[k]))
        lengths = np.asarray([len(clean[k]) for k in order], dtype=np.int64)
        starts = np.zeros(len(order), dtype=np.int64)
        np.cumsum(lengths[:-1] + 1, out=starts[1:])
        text = "\x00".join(clean[k] for k in order)
        cp = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
        size = len(cp)
        # zipf[d][p]: Zipf of the word of d characters ending before p, NaN if none
        zipf = [np.full(size + 1, np.nan)]
        window = cp.astype(np.uint64)
        for d in range(1, MAX_WORD + 1):
            if d > 1:
                window = window[:-1] * _HASH_P + cp[d - 1:]
            z = np.full(size + 1, _UNKNOWN_ZIPF if d == 1 else np.nan)
            found = self._table(d)
            if found is not None and len(window):
                table, values = found
                pos, word = table.find(window, cp)
                z[pos + d] = values[word]
            zipf.append(z)
        best = np.full(size + 1, -np.inf)
        best[starts] = 0.0
        back = np.zeros(size + 1, dtype=np.int64)
        for j in range(1, int(lengths[0]) + 1 if len(lengths) else 1):
            p = starts[:int(np.searchsorted(-lengths, -j, side="right"))] + j
            for d in range(min(j, MAX_WORD), 0, -1):  # i = j − d ascending, as `_split`
                z = zipf[d][p]
                score = best[p - d] + z - 9.0
                better = score > best[p]  # NaN (no word) is never better
                best[p[better]] = score[better]
                back[p[better]] = p[better] - d
        back_list = back.tolist()
        for k, a, n in zip(order, starts.tolist(), lengths.tolist(), strict=True):
            words: list[str] = []
            j = a + n
            while j > a:
                i = back_list[j]
                words.append(text[i:j])
                j = i
            self._splits[todo[k]] = tuple(words[::-1])

    def _table(self, d: int) -> tuple[WordTable, np.ndarray] | None:
        """The background words of d characters, with their Zipf values (in the table's
        order of words)."""
        if not self._tables:
            by_len: dict[int, list[str]] = {}
            for w in self.zipf:
                by_len.setdefault(len(w), []).append(w)
            for n in range(1, MAX_WORD + 1):
                words = by_len.get(n)
                if not words:
                    self._tables[n] = None
                    continue
                table = WordTable.of(words, n)
                if table is None:
                    raise _Collision  # two words, one hash: `split_many` splits one by one
                values = np.asarray([self.zipf[w] for w in words], dtype=np.float64)
                self._tables[n] = (table, values)
        return self._tables[d]

    def _split(self, s: str) -> list[str]:
        s = s.replace("—", "")
        n = len(s)
        best = [0.0] + [-math.inf] * n
        back = [0] * (n + 1)
        for j in range(1, n + 1):
            for i in range(max(0, j - MAX_WORD), j):
                w = s[i:j]
                z = self.zipf.get(w)
                if z is None:
                    if j - i > 1:
                        continue
                    z = _UNKNOWN_ZIPF
                # Each word costs its log-probability: fewer, more frequent words win.
                score = best[i] + z - 9.0
                if score > best[j]:
                    best[j], back[j] = score, i
        words: list[str] = []
        j = n
        while j > 0:
            words.append(s[back[j]:j])
            j = back[j]
        return words[::-1]

    def signals(self, s: str, corpus_rate: float) -> dict[str, float]:
        """Background evidence for candidate `s` occurring `corpus_rate` times per character.

        * `bg_common`: its Zipf value as a word of general Chinese / 7 (我们 0.93, 社会主义 0.70,
          医疗卫生 0.36, 文明互鉴 0);
        * `bg_novel`: how rare its rarest part is in general Chinese (互鉴, unknown: 1);
        * `bg_parts`: how many background words it is made of (a one-word candidate is a
          word of the language, a formulation is usually a phrase), / 4, at most 1;
        * `bg_keyness`: log10 of how much more often the corpus uses it than general Chinese
          (a whole-word estimate where it is a word, else the product of its parts), / 8.
        * `compound4`: a four-character compound of two two-character words that general
          Chinese does not use as one word (务实合作, 顶层设计, 元首外交, 全球南方).
        """
        whole = self.word_zipf(s)
        parts = self.split(s)
        part_z = [self.zipf.get(p, _UNKNOWN_ZIPF) for p in parts]
        if whole > 0:
            expected = whole
        else:  # independent parts, each a word among ~1.7 words per character
            expected = sum(part_z) - 9.0 * (len(parts) - 1)
        observed = math.log10(max(corpus_rate, 1e-12)) + 9.0 - math.log10(1.7)
        return {
            "bg_common": whole / 7.0,
            "bg_novel": min(1.0, max(0.0, 1.0 - min(part_z) / 7.0)),
            "bg_parts": min(1.0, len(parts) / 4.0),
            "bg_keyness": max(0.0, min(1.0, (observed - expected) / 8.0)),
            "compound4": 1.0 if (len(s) == 4 and [len(p) for p in parts] == [2, 2]
                                 and whole < _COMMON_ZIPF and min(part_z) > 0) else 0.0,
        }


# every character in U+3400..U+9FFF (the empty string too, as `all` of nothing)
_HAN_ONLY = re.compile("[\u3400-\u9fff]*").fullmatch


@lru_cache(maxsize=1)
def background() -> Background:
    """The background list, read once per process (~1 s)."""
    freqs = get_frequency_dict("zh", "large")
    zipf = {w: math.log10(f * 1e9) for w, f in freqs.items()
            if len(w) <= MAX_WORD and _HAN_ONLY(w)}
    return Background(zipf)
