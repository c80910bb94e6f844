"""Candidates that need no repetition: word-aligned phrases, quoted parts, numbered families.

Statistics over n-grams see an expression only when it repeats. A new formulation appears once
(元首外交, 顶层设计, 全球南方), so these generators propose candidates from a single
occurrence and leave the judgement to the signals and the model:

* word spans: every run of 2–4 words of general Chinese (or one word of four characters or
  more) (split with the background list,
  `mine_background`) inside a clause, 2–12 characters long; a term inside a longer name is
  one of them (先学先行 in 先学先行活动, 元首会晤机制 in 中国—中亚元首会晤机制);
* quoted parts with what is attached to them: 共建"一带一路", "一带一路"倡议, "小巨人"企业
  (the quoted part alone comes from the quote itself);
* numbered families: 四个坚持, 八点建议, 三股势力 (a small number, a measure word, a word).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from tifa.glossary.mine_background import Background
from tifa.glossary.mine_words import CHUNK, CJK, JOINERS, NOUN_ENDS, head_word

MAX_SPAN_WORDS = 4
MAX_SPAN_CHARS = 12
# A single word of general Chinese is a span of its own from this length on: four-character
# words are mostly set phrases and idioms (休戚与共, 同舟共济, 粮食安全), shorter ones are the
# everyday vocabulary that formulations are built from.
MIN_WORD_SPAN = 4
_CJK = CJK
# Attached words that make a quoted formulation a longer one of its own (共建"一带一路"倡议).
_AFFIX_BEFORE = re.compile(f"([{_CJK}]{{2,5}})\"([{_CJK}—]{{2,16}})\"")
_AFFIX_AFTER = re.compile(f"\"([{_CJK}—]{{2,16}})\"([{_CJK}]{{2,8}})")
_AFFIX_AROUND = re.compile(f"([{_CJK}]{{2,5}})\"([{_CJK}—]{{2,16}})\"([{_CJK}]{{2,8}})")
_NUMBERED = re.compile(
    f"(?<![{_CJK}\\d])((?:[二三四五六七八九十]|[一二三四五六七八九十]{{2}})[个点项大种条股])"
    f"([{_CJK}]{{2}})(?![{_CJK}])"
)
_NUMBERED_SOFT_END = re.compile(f"(?<![{_CJK}\\d])((?:[二三四五六七八九十])[个点项大种条股])"
                                f"([{_CJK}]{{2}})(?=[的和与])")


def words(run: str, bg: Background) -> list[str]:
    """Background words of a run of Chinese; the dash of 中国—中亚 is a token of its own."""
    out: list[str] = []
    for i, part in enumerate(run.split("—")):
        if i:
            out.append("—")
        if part:
            out.extend(bg.split(part))
    return out


def _noun_ends(toks: list[str]) -> list[str]:
    """The split with the nouns that end in a function character rejoined: 碳|中|和 → 碳中和
    (the background list lacks them; as three words 碳达峰碳中和 is a span of five)."""
    if not any(t == w[-1] for t in toks for w in NOUN_ENDS):
        return toks
    out = list(toks)
    for w in NOUN_ENDS:
        n = len(w)
        i = 0
        while i + n <= len(out):
            if all(len(t) == 1 for t in out[i:i + n]) and "".join(out[i:i + n]) == w:
                out[i:i + n] = [w]
            i += 1
    return out


def _joined_singles(toks: list[str]) -> set[int]:
    """The cuts (before toks[at]) inside a run of single characters around a joiner
    (宜居|宜 业 和 美|乡村): the split did not know the word there (和美), as
    `mine_structure._split_joined` reads it, so no span starts or ends inside the run
    (美乡村, 业和美乡村, 宜居宜)."""
    inside: set[int] = set()
    for j, tok in enumerate(toks):
        if tok in JOINERS and 0 < j < len(toks) - 1 \
                and len(toks[j - 1]) == len(toks[j + 1]) == 1 \
                and "—" not in (toks[j - 1], toks[j + 1]):
            a, b = j - 1, j + 1
            while a > 0 and len(toks[a - 1]) == 1 and toks[a - 1] != "—":
                a -= 1
            while b < len(toks) - 1 and len(toks[b + 1]) == 1 and toks[b + 1] != "—":
                b += 1
            inside.update(range(a + 1, b + 1))
    return inside


def word_spans(texts: Iterable[str], bg: Background) -> Counter:
    """Every span of 2–4 words (2–12 characters) of every run of Chinese, counted."""
    runs = [run for text in texts for run in CHUNK.findall(text)]
    bg.split_many(part for run in runs for part in run.split("—") if part)  # all at once
    found: list[str] = []  # counted at the end, in the order found
    for run in runs:
        toks = _noun_ends(words(run, bg))
        joined = _joined_singles(toks)
        for i, first in enumerate(toks):
            if first == "—" or i in joined:
                continue
            span, n_words = first, 1
            if len(first) >= MIN_WORD_SPAN:
                found.append(first)  # 休戚与共, 粮食安全, 乘风破浪: one word, a set phrase
            for j in range(i + 1, len(toks)):
                tok = toks[j]
                span += tok
                if len(span) > MAX_SPAN_CHARS:
                    break
                if tok == "—":
                    continue
                n_words += 1
                if n_words > MAX_SPAN_WORDS:
                    break
                if j + 1 not in joined:
                    found.append(span)
    return Counter(found)


def quoted_affixes(whole: str, bg: Background) -> Counter:
    """共建"一带一路" and "一带一路"倡议: the nearest word (or two) before a quote, or after
    it up to a family's head word ("文物活化"三年行动, "三支一扶"计划; not "星箭链"产业: a
    quoted name is the formulation, what follows it a word of the sentence unless it names
    the kind, as 计划, 行动, 理念 do).

    The words come from the background split, so only whole words attach: 高质量共建"一带一路"
    gives 共建"一带一路" and 高质量共建"一带一路", never 建"一带一路".
    """
    found: Counter = Counter()
    for m in _AFFIX_BEFORE.finditer(whole):
        for lead in _words_before(m.group(1), bg):
            found[lead + f'"{m.group(2)}"'] += 1
    for m in _AFFIX_AFTER.finditer(whole):
        for name in _kinds_after(f'"{m.group(1)}"', m.group(2), bg):
            found[name] += 1
    # both: a name with a quote inside (中俄青年"友谊接力"交流计划, 网络空间"清源"联合行动:
    # thirty-second round)
    for m in _AFFIX_AROUND.finditer(whole):
        for lead in _words_before(m.group(1), bg):
            for name in _kinds_after(lead + f'"{m.group(2)}"', m.group(3), bg):
                found[name] += 1
    return found


def _words_before(before: str, bg: Background) -> list[str]:
    """The last one and two whole words of `before` (of two characters or more each)."""
    toks = words(before, bg)
    return ["".join(toks[-k:]) for k in (1, 2)
            if len(toks) >= k and all(len(t) >= 2 for t in toks[-k:])]


def _kinds_after(quoted: str, after: str, bg: Background) -> list[str]:
    """`quoted` with one to three whole words of `after` that end in a family's head word
    ("文物活化"三年行动, "和平守护者"联合培训计划)."""
    toks = words(after, bg)
    return [quoted + "".join(toks[:k]) for k in (1, 2, 3)
            if len(toks) >= k and all(len(t) >= 2 for t in toks[:k])
            and head_word(quoted + "".join(toks[:k]))]


def numbered(whole: str, bg: Background) -> Counter:
    """四个坚持, 八点建议, 三股势力: number + measure word + one word, standing alone."""
    found: Counter = Counter()
    for pattern in (_NUMBERED, _NUMBERED_SOFT_END):
        for m in pattern.finditer(whole):
            if bg.word_zipf(m.group(2)) > 0:
                found[m.group(1) + m.group(2)] += 1
    return found
