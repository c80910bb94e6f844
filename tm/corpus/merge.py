"""Group the copies of one sentence into one canonical segment, losing nothing.

The seeds carry three or four copies of the same speech with OCR and editing differences
(土哈/中哈原油管道, 新增增长点/新增长点, a dropped 的), news reports that *quote* the speech in
their own words, and sentences cut in two by page jumps. Counting, mining and TM building must
see each sentence once, with every place it was read, and no article may lose its own sentence.
Method (docs/corpus.md), near-linear in the number of sentences read:

1. exact copies share a match key (`match_key`) and are one segment wherever they are read;
2. articles are grouped into *copies of one article* from their sequence of sentences: an
   article joins the group with which it shares most text verbatim, if that is at least
   `COPY_SHARE` of the smaller of the two (a report quoting a speech shares ~25 %, a copy 45 %+);
3. inside a group only, two different forms read between the same neighbours are one sentence
   when they are near-identical (OCR) or when one is a piece of the other cut by a page jump;
   a report's own wording of a quoted sentence stays its own segment;
4. the canonical form of a segment is never a truncation: a form contained in a longer form of
   its segment loses, a piece cut at a continuation marker loses, then OCR evidence (character
   bigrams no dictionary word and no other file has), then the majority, then the longer form.

Every sentence read is the text or a variant of its segment, and every article as printed is
rebuilt from `SegmentSet.copies` (the conservation law, tests/test_conservation.py).
"""

from __future__ import annotations

import bisect
import hashlib
import json
import operator
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress
from typing import TextIO

import numpy as np
from rapidfuzz.distance import Indel
from tifa.tm.base import pool
from tifa.tm.base.files import tsv_row
from tifa.tm.base.text import match_key
from tifa.tm.corpus.clean import Debris, collect_files, sentenceless, split_articles
from tifa.tm.corpus.segment import Segment, Source, split_spans

Progress = Callable[[str, int, int], None]

SIMILARITY = 0.88      # normalised Indel similarity of two keys to count as one sentence
MIN_FUZZY_LEN = 8      # shorter keys merge only when identical
COPY_SHARE = 0.4       # verbatim share that makes two articles copies of one (docs/corpus.md)
_COMMON = 8            # a sentence in more groups than this says nothing about copies
_CONTEXT = 8           # forms remembered per neighbour when looking for near copies
_TITLE_SIMILARITY = 0.9

# Numbers that change the content: Arabic digits, and Chinese numerals before a counter word.
_NUMBERS = re.compile(
    r"\d+(?:\.\d+)?|[零〇一二三四五六七八九十百千万亿两]+(?=[年月日国个次届期点项位名家条倍周])"
)
_WORD_CHARS = re.compile(r"[\W_]+")
_ALNUM = re.compile(r"[^\W_]")


@dataclass
class ArticleInfo:
    """A (merged) document: id, title, the files it was read from, its paragraphs."""

    doc: str
    title: str
    files: list[str]
    paragraphs: list[list[str]]   # segment ids of each paragraph, in reading order
    meta: dict[str, str] = field(default_factory=dict)


@dataclass
class Report:
    """What `build_segments` read, merged and removed (the `tifa build` summary)."""

    files: int = 0
    articles: int = 0
    sentences: int = 0            # sentence copies read
    segments: int = 0
    exact_duplicates: int = 0     # copies identical (by match key) to an earlier one
    merged_variants: int = 0      # distinct forms folded into another form's segment
    rejoined: int = 0             # sentences cut by a page jump, rejoined on evidence
    rejoins: list[tuple[str, str, str]] = field(default_factory=list)  # (file, piece, piece)
    copy_groups: int = 0          # groups of articles that are copies of one article
    suspects: list[tuple[str, str]] = field(default_factory=list)  # (segment id, 阿阿)
    removed: list[Debris] = field(default_factory=list)            # every piece of debris
    debris: dict[str, int] = field(default_factory=dict)
    debris_examples: dict[str, list[str]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # pages read without a sentence


@dataclass
class ArticleCopy:
    """One article as printed in one file, rebuilt from segments: (segment id, text read).

    The text read is the segment's text or one of its variants, character for character; for a
    sentence rejoined across a page jump it is the joined text (`Report.rejoins` has the pieces).
    """

    file: str
    line: int
    doc: str
    paragraphs: list[list[tuple[str, str]]]


@dataclass
class SegmentSet:
    segments: list[Segment]
    articles: list[ArticleInfo]
    report: Report
    copies: list[ArticleCopy] = field(default_factory=list)


@dataclass(slots=True)
class _Head:
    """What the merge needs of an article once its sentences are read (not its text)."""

    file: str
    line: int
    title: str
    title_derived: bool
    meta: dict[str, str]
    key: str          # content key for stable ids (`Article.key`)


@dataclass
class _Occurrences:
    """Every sentence copy read, as parallel lists (one entry per copy, corpus order)."""

    text: list[str] = field(default_factory=list)
    key: list[str] = field(default_factory=list)
    article: list[int] = field(default_factory=list)
    para: list[int] = field(default_factory=list)
    file: list[int] = field(default_factory=list)
    line: list[int] = field(default_factory=list)
    cut: list[bool] = field(default_factory=list)   # first sentence after a page-jump marker
    complete: list[bool] = field(default_factory=list)  # ends a sentence (`_complete`)


def _rejoin_page_jumps(occ: _Occurrences, reach: int = 12
                       ) -> tuple[_Occurrences, list[tuple[int, str, str]]]:
    """Rejoin a sentence cut off at a page jump with its continuation further down the page.

    000 prints （上接A01版②…④） fragments between "…领域会晤和" and its continuation "对话机制，
    为各国…"; the corpus reader cannot know which cut-off paragraph a later paragraph continues,
    so it keeps them apart. Here the other copies decide: the two are joined only when the joined
    sentence is read, as such, in another file.
    """
    n = len(occ.key)
    file_of_key: dict[str, int] = {}  # the one file that reads the key, -1 for several
    for key, fi in zip(occ.key, occ.file, strict=True):
        if file_of_key.setdefault(key, fi) != fi:
            file_of_key[key] = -1
    para_first = _paragraph_starts(occ)
    firsts_by_file: dict[int, list[int]] = defaultdict(list)
    for i in para_first:
        firsts_by_file[occ.file[i]].append(i)
    dropped: set[int] = set()
    joins: list[tuple[int, str, str]] = []  # (file, first piece, second piece)
    # the last sentence of each paragraph, when it does not end its sentence
    for a in [i - 1 for i in [*para_first[1:], n] if n and not occ.complete[i - 1]]:
        firsts = firsts_by_file[occ.file[a]]
        start = bisect.bisect_right(firsts, a)
        for b in firsts[start:start + reach]:
            if b in dropped:
                continue
            key = occ.key[a] + occ.key[b]  # = match_key(a + b): keys are stripped
            if file_of_key.get(key, occ.file[a]) != occ.file[a]:  # read in another file
                joins.append((occ.file[a], occ.text[a], occ.text[b]))
                occ.text[a] += occ.text[b]
                occ.key[a] = key
                occ.complete[a] = _complete(occ.text[a])
                dropped.add(b)
                break
    if not dropped:
        return occ, joins
    kept = _Occurrences()
    keep = bytearray(b"\x01") * n
    for i in dropped:
        keep[i] = 0
    for name in ("text", "key", "article", "para", "file", "line", "cut", "complete"):
        setattr(kept, name, list(compress(getattr(occ, name), keep)))
    return kept, joins


def _paragraph_starts(occ: _Occurrences) -> list[int]:
    """The index of the first sentence of each paragraph read (in one array pass)."""
    starts = np.diff(np.array(occ.article, dtype=np.int64), prepend=-1) != 0
    starts |= np.diff(np.array(occ.para, dtype=np.int64), prepend=-1) != 0
    return np.flatnonzero(starts).tolist()


def _bigram_files(candidates: set[str], occ: _Occurrences, nfiles: int) -> dict[str, int]:
    """In how many files (capped at 2) each candidate bigram occurs.

    Vectorised per file: the file's distinct keys as code points, each character renumbered
    among the characters of the candidates (0 for any other), each adjacent pair one index
    into a table of the candidate pairs (numpy). Linear in the text, and common bigrams cost
    nothing more than rare ones.
    """
    if not candidates:
        return {}
    alphabet = sorted({ch for gram in candidates for ch in gram})
    number = {ch: n for n, ch in enumerate(alphabet, start=1)}
    size = len(alphabet) + 1
    renumber = np.zeros(0x110000, dtype=np.int64)
    renumber[[ord(ch) for ch in alphabet]] = np.arange(1, size)
    wanted = {gram: number[gram[0]] * size + number[gram[1]] for gram in candidates}
    table = np.zeros(size * size, dtype=bool)  # ~ (distinct characters)² bytes
    table[list(wanted.values())] = True
    count: Counter = Counter()
    start = 0
    for fi in range(nfiles):  # sentences are in file order
        end = bisect.bisect_right(occ.file, fi, start)
        keys, start = set(occ.key[start:end]), end
        if not keys:
            continue
        chars = renumber[np.frombuffer("\n".join(keys).encode("utf-32-le"), dtype=np.uint32)]
        pairs = chars[:-1] * size + chars[1:]
        count.update(np.unique(pairs[table[pairs]]).tolist())
    return {gram: min(2, count[at]) for gram, at in wanted.items() if at in count}


def _layout(copy_segment: list[Segment], occ: _Occurrences, spans: list[tuple[int, int]],
            starts: list[int], doc_of_article: list[str], distinctive: set[int]
            ) -> dict[str, list[list[Segment]]]:
    """Rebuild each document's paragraphs from all its copies, every sentence included.

    Source paragraphs are taken in reading order (first file first). A paragraph that shares a
    distinctive segment (8+ characters; not 各位同事！) with a paragraph already built is the same
    paragraph in another copy: its sentences no copy had yet join it, next to their neighbours.
    Any other paragraph is new and goes after the paragraph that preceded it in its own copy,
    with all its sentences (a sentence the speech repeats, a sentence a report quotes verbatim
    and whose segment belongs to the speech). Linear in the sentences read.

    A document printed once whose segments are all different (most documents of a corpus) is
    its paragraphs as read: its layout is taken as it is.
    """
    layout: dict[str, list[list[Segment]]] = defaultdict(list)
    copies_of_doc = Counter(doc_of_article)
    simple = [copies_of_doc[doc_of_article[a]] == 1 and
              len(set(map(id, copy_segment[start:end]))) == end - start
              for a, (start, end) in enumerate(spans)]
    in_para: dict[tuple[int, int], list[Segment]] = {}
    articles, paras = occ.article, occ.para
    n = len(copy_segment)
    for start, end in zip(starts, [*starts[1:], n][:len(starts)], strict=True):  # paragraphs
        article = articles[start]
        if simple[article]:
            layout[doc_of_article[article]].append(copy_segment[start:end])
        else:
            in_para[(article, paras[start])] = copy_segment[start:end]
    paragraphs: dict[int, tuple[str, tuple[int, ...], list[Segment]]] = {}  # id → doc, order
    # per document: id(segment) → its paragraph, and → the article that placed it
    homes: dict[str, dict[int, list[Segment]]] = defaultdict(dict)
    placers: dict[str, dict[int, int]] = defaultdict(dict)
    last: dict[int, list[Segment]] = {}        # article → its latest paragraph
    children = Counter()                       # id(paragraph) → paragraphs put after it
    for (article, _), segs in in_para.items():
        doc = doc_of_article[article]
        home, placer = homes[doc], placers[doc]
        ids = list(map(id, segs))
        shared: dict[int, int] = {}  # id(paragraph) → distinctive segments it already holds
        if not home.keys().isdisjoint(ids):  # (in C) some are placed already
            for seg in segs:
                placed = home.get(id(seg))
                if placed is not None and id(seg) in distinctive:
                    shared[id(placed)] = shared.get(id(placed), 0) + 1
        if shared:
            # the copies disagree on a paragraph break (003 breaks wherever a wrapped line ends
            # in 。): the copy that holds the sentences together wins, the pieces join.
            spanned = sorted(shared, key=lambda pid: paragraphs[pid][1])
            target = paragraphs[spanned[0]][2]
            for pid in spanned[1:]:
                piece = paragraphs[pid][2]
                for seg in piece:
                    home[id(seg)] = target
                target.extend(piece)
                piece.clear()
            # sentences of this copy that the paragraph lacks go after their predecessor
            after: dict[int, list[Segment]] = defaultdict(list)  # id(predecessor) or 0 → new
            before = 0
            for seg in segs:
                if home.get(id(seg)) is target:
                    before = id(seg)
                    continue
                if id(seg) in home:
                    continue
                after[before].append(seg)
                home[id(seg)] = target
                placer[id(seg)] = article
            if after:  # each new sentence after its predecessor (itself perhaps new)
                merged: list[Segment] = []
                stack = [*reversed(target), *reversed(after.pop(0, ()))]
                while stack:
                    seg = stack.pop()
                    merged.append(seg)
                    stack.extend(reversed(after.pop(id(seg), ())))
                target[:] = merged
        else:
            target = []
            previous = last.get(article)
            if previous is None:
                order: tuple[int, ...] = (len(paragraphs),)
            else:
                children[id(previous)] += 1
                order = (*paragraphs[id(previous)][1], children[id(previous)])
            paragraphs[id(target)] = (doc, order, target)
            if placer.keys().isdisjoint(ids):  # (in C) none placed yet: all of them
                target.extend(segs)
                placer.update(dict.fromkeys(ids, article))
                home.update(dict.fromkeys(ids, target))
                last[article] = target
                continue
            for seg in segs:  # all but what another copy of the document already placed
                if placer.setdefault(id(seg), article) == article:
                    target.append(seg)
                    home.setdefault(id(seg), target)
        last[article] = target
    for doc, _, para in sorted(paragraphs.values(), key=lambda item: item[1]):
        if para:
            layout[doc].append(para)
    return dict(layout)


def _hash(text: str, size: int = 12) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:size]


@lru_cache(maxsize=65536)
def _content(key: str) -> tuple:
    """What must be equal for two keys to be one sentence: numbers and list length."""
    return (*_NUMBERS.findall(key), key.count("、"))


def _copy_groups(spans: list[tuple[int, int]], keys: list[str],
                 titles: list[str | None]) -> list[int]:
    """Group articles that are copies of one article; returns the group of each article.

    `spans[a]` is the range of article a's sentences in `keys`. Articles are taken in reading
    order; each one joins every existing group with which it shares text verbatim (by characters
    of distinct sentences) of at least `COPY_SHARE` of the smaller of the two and at least two
    sentences, so that two pages of one report join the whole report printed elsewhere;
    otherwise it starts a group. A sentence found in more than `_COMMON` groups (各位同事！) is no
    evidence. Articles printed under the same title (`titles`, None for none) are copies too.
    Linear: each key lists at most a few groups.
    """
    group_of_title: dict[str, int] = {}
    groups_of_key: dict[str, list[int]] = {}
    size: list[int] = []                  # characters of the distinct sentences of each group
    group_of: list[int] = []
    merged: dict[int, int] = {}           # group → the group it was merged into

    def final(g: int) -> int:
        while g in merged:
            g = merged[g]
        return g

    for (start, end), title in zip(spans, titles, strict=True):
        own = list(dict.fromkeys(keys[start:end]))
        total = sum(map(len, own))
        if groups_of_key.keys().isdisjoint(own):  # all new text (most articles), in C
            best = final(group_of_title[title]) if title in group_of_title else len(size)
            if best == len(size):
                size.append(0)
            group_of.append(best)
            if title is not None:
                group_of_title.setdefault(title, best)
            groups_of_key.update({key: [best] for key in own})
            size[best] += total
            continue
        shared: Counter = Counter()
        count: Counter = Counter()
        for key in own:
            groups = groups_of_key.get(key)
            if groups and len(groups) <= _COMMON:
                for g in {final(g) for g in groups}:
                    shared[g] += len(key)
                    count[g] += 1
        joined = sorted({g for g in shared
                         if count[g] >= 2 and shared[g] >= COPY_SHARE * min(total, size[g])}
                        | ({final(group_of_title[title])} if title in group_of_title else set()))
        if joined:
            best = joined[0]
            for g in joined[1:]:  # this article bridges them: pieces of one article
                merged[g] = best
                size[best] += size[g]
        else:
            best = len(size)
            size.append(0)
        group_of.append(best)
        if title is not None:
            group_of_title.setdefault(title, best)
        for key in own:
            groups = groups_of_key.setdefault(key, [])
            if best not in groups:
                groups.append(best)
                size[best] += len(key)
    return [final(g) for g in group_of]


@lru_cache(maxsize=1 << 16)
def _letters(key: str) -> str:
    """The key without punctuation and spaces: what truncation is judged on (cached: the
    forms compared in copies of one article come back again and again)."""
    return _WORD_CHARS.sub("", key)


def _contains(longer: str, shorter: str) -> bool:
    """`shorter` is a piece of `longer` (modulo punctuation), not an OCR-doubled character."""
    if len(shorter) >= len(longer) or shorter not in longer:
        return False
    if len(longer) - len(shorter) == 1:  # 共同体体 holds 共同体: a doubling, not a truncation
        at = longer.find(shorter)
        extra = longer[-1] if at == 0 else longer[0]
        neighbour = longer[-2] if at == 0 else longer[1]
        return extra != neighbour
    return True


def _same_sentence(a: str, b: str, cut: set[str]) -> bool:
    """Two forms read at the same place in copies of one article: one sentence?

    Near-identical (OCR: Indel similarity >= SIMILARITY, same numbers and list length), or one
    is the beginning/end of the other and was read cut by a page (after a continuation marker,
    or without a sentence end).
    """
    # cheapest test first: lengths, then the similarity (C), then the numbers (regex)
    if min(len(a), len(b)) >= MIN_FUZZY_LEN and \
            abs(len(a) - len(b)) <= (1 - SIMILARITY) * (len(a) + len(b)) and \
            Indel.normalized_similarity(a, b, score_cutoff=SIMILARITY) >= SIMILARITY and \
            _content(a) == _content(b):
        return True
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if short not in cut:
        return False
    ls, ll = _letters(short), _letters(long_)
    return len(ls) >= 4 and len(ll) > len(ls) and (ll.startswith(ls) or ll.endswith(ls))


def _cluster(occ: _Occurrences, spans: list[tuple[int, int]], group_of: list[int],
             cut: set[str]) -> dict[str, str]:
    """Union the distinct forms that are one sentence; returns the cluster root of each key
    merged with another (any other key is its own root: most keys of a corpus).

    Identical keys are one sentence everywhere. A different form is compared only with the
    forms read between the same neighbours (the same previous sentence, or the same next one,
    as far as they are already known to be one sentence with their own variants) in copies of
    the same article (`group_of`), at most `_CONTEXT` forms per neighbour: a few
    comparisons per sentence, never all pairs, and never with a quotation in another article.
    `spans[a]` is the range of article a's sentences.
    """
    parent: dict[str, str] = {}
    articles_in = Counter(group_of)

    def find(key: str) -> str:
        root = parent.get(key)
        if root is None:  # most keys: never merged
            return key
        while parent.get(root, root) != root:
            root = parent[root]
        while key != root:
            parent[key], key = root, parent.get(key, key)
        return root

    after: dict[tuple[int, str], list[str]] = {}    # (group, previous key) → forms read next
    before: dict[tuple[int, str], list[str]] = {}   # (group, next key) → forms read before it
    touched: set[str] = set()                       # every key in a cluster of two or more
    keys = occ.key
    for art, (start, end) in enumerate(spans):
        group = group_of[art]
        if articles_in[group] == 1:
            # An article that has no copy meets only itself: when no two of its sentences are
            # one cluster, no two forms ever share a neighbour, and there is nothing to compare.
            own = keys[start:end]
            if touched.isdisjoint(own) and len(set(own)) == end - start:
                continue  # (the common case, in C) all keys distinct and none merged yet
            roots = {find(key) for key in own}
            if len(roots) == end - start:
                continue
        for i in range(start, end):
            key = keys[i]
            # neighbours by cluster: a neighbour damaged by OCR but already merged is the same
            # (`find` only for a key in `parent`: any other key is its own root)
            prev = "\x02" if i == start else keys[i - 1]
            if prev in parent:
                prev = find(prev)
            nxt = "\x03" if i + 1 == end else keys[i + 1]
            if nxt in parent:
                nxt = find(nxt)
            for index, context in ((after, (group, prev)), (before, (group, nxt))):
                forms = index.get(context)
                if forms is None:
                    index[context] = [key]
                    continue
                if key in forms:
                    continue
                for other in forms:
                    if (key in parent or other in parent) and find(other) == find(key):
                        continue  # one cluster already
                    if _same_sentence(key, other, cut):
                        touched.update((key, other, find(key), find(other)))
                        parent[find(key)] = find(other)
                if len(forms) < _CONTEXT:
                    forms.append(key)
    del after, before
    _join_stray_pieces(occ, find, parent)
    return {key: find(key) for key in list(parent)}


def _join_stray_pieces(occ: _Occurrences, find: Callable[[str], str],
                       parent: dict[str, str]) -> None:
    """A sentence cut off at the end of a paragraph is the beginning of the form that another
    article reads after the same sentence: a piece of that article printed again.

    004 prints two paragraphs of the 文明实践大集 report a second time inside the 市政协
    report, the second cut off mid-word (…感受传 / 统文化的魅力。). Such a piece is no quotation
    (a quotation ends its sentence), so it joins the whole sentence wherever it is read; only
    when the same previous sentence leads to it and one longer form (by cluster) completes it.
    """
    keys, texts = occ.key, occ.text
    n = len(keys)
    articles = np.array(occ.article, dtype=np.int64)
    paras = np.array(occ.para, dtype=np.int64)
    # the last sentence of its paragraph, not the first of its article
    last = np.ones(n, dtype=bool)
    if n:
        last[:-1] = (articles[1:] != articles[:-1]) | (paras[1:] != paras[:-1])
        last[0] = False
        last[1:] &= articles[1:] == articles[:-1]
    pieces: list[tuple[str, str]] = []   # (previous sentence's root, key of the piece)
    for i in np.flatnonzero(last).tolist():
        if occ.complete[i] or len(_letters(keys[i])) < MIN_FUZZY_LEN or \
                not _RUNNING.search(texts[i]):
            continue  # a title or header line has no sentence end either, and no ，
        pieces.append((find(keys[i - 1]), keys[i]))
    if not pieces:
        return
    wanted = {prev for prev, _ in pieces}
    # the keys whose cluster root is wanted: the roots, and the keys merged into them
    leads = wanted | {key for key in list(parent) if find(key) in wanted}
    read_after: dict[str, set[str]] = defaultdict(set)
    same_article = np.flatnonzero(articles[1:] == articles[:-1]).tolist()  # i - 1 of each i
    for i in [j + 1 for j in same_article if keys[j] in leads]:
        read_after[find(keys[i - 1])].add(keys[i])
    # the forms read after each such sentence, sorted by their letters: the forms a piece
    # begins are one run of that list (a corpus of copies reads hundreds after one sentence)
    sorted_after = {prev: sorted((_letters(other), other) for other in after)
                    for prev, after in read_after.items()}
    for prev, key in pieces:
        letters = _letters(key)
        forms = sorted_after[prev]
        roots: set[str] = set()
        for at in range(bisect.bisect_right(forms, (letters, "\U0010ffff")), len(forms)):
            other_letters, other = forms[at]
            if not other_letters.startswith(letters):
                break
            if find(other) != find(key):
                roots.add(find(other))
        if len(roots) == 1:
            parent[find(key)] = roots.pop()


_RUNNING = re.compile(r"[，、；：,;:]")  # running text (clean.py's rule without 。！？)

_DOUBLED = re.compile(r"([\u4e00-\u9fff])\1")
_MAYBE_DOUBLED = re.compile(r"([\u4e00-\u9fff])\s*\1|[\uf900-\ufaff]")  # in the text, not the key
_HAN_RUN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]{2,}")


def _with_doubles(keys: list[str], chunk: int = 100_000) -> list[str]:
    """The keys that hold a Chinese character twice in a row (`_DOUBLED`), in order.

    One array pass per `chunk` keys (code points, each compared with the next) instead of one
    regular-expression search per key: a corpus has hundreds of thousands of keys and a few
    hundred doubles. The separator is no Chinese character, so no pair spans two keys.
    """
    found: list[str] = []
    for at in range(0, len(keys), chunk):
        part = keys[at:at + chunk]
        codes = np.frombuffer("\n".join(part).encode("utf-32-le"), dtype=np.uint32)
        pairs = np.flatnonzero((codes[:-1] == codes[1:]) & (codes[:-1] >= 0x4E00)
                               & (codes[:-1] <= 0x9FFF))
        if not len(pairs):
            continue
        ends = np.cumsum(np.fromiter(map(len, part), dtype=np.int64, count=len(part)) + 1)
        found.extend(part[i] for i in np.unique(np.searchsorted(ends, pairs, side="right")))
    return found


def _bigrams(key: str) -> set[str]:
    """Bigrams of Chinese characters (punctuation and Latin carry no OCR evidence)."""
    return {run[i:i + 2] for run in _HAN_RUN.findall(key) for i in range(len(run) - 1)}


@lru_cache(maxsize=1)
def _dictionary_bigrams() -> frozenset[str]:
    """Every character bigram inside a CC-CEDICT headword: attested Chinese."""
    from tifa.tm.base.dictionary import lexicon

    return frozenset(w[i:i + 2] for w in lexicon() for i in range(len(w) - 1))


def _complete(text: str) -> bool:
    return text.rstrip("”’」』）)\"'").endswith(("。", "！", "？", "!", "?", "；", "：", "…"))


def _own_bigrams(forms: list[str]) -> dict[str, list[str]]:
    """For each form, the Chinese bigrams no other form of its cluster has (where they differ)."""
    grams = {f: _bigrams(f) for f in forms}
    shared = Counter(g for f in forms for g in grams[f])
    return {f: [g for g in grams[f] if shared[g] == 1] for f in forms}


def _truncations(forms: list[str]) -> set[str]:
    """The forms contained (modulo punctuation and spaces) in a longer form of the cluster."""
    letters = sorted({f: _letters(f) for f in forms}.items(), key=lambda kv: -len(kv[1]))
    found: set[str] = set()
    joined = ""  # the longer forms so far, one per line: one search per form in C
    for i, (form, short) in enumerate(letters):
        if short and short in joined:
            if any(len(long_) > len(short) and _contains(long_, short)
                   for _, long_ in letters[:i]):
                found.add(form)
        joined += "\n" + short
    return found


def _canonical(forms: list[str], own: dict[str, list[str]], counts: dict[str, int],
               files_of: Callable[[str], int], texts: dict[str, str],
               only_cut: set[str], lone: bool = False) -> str:
    """Pick the form the evidence supports; never a truncation.

    A form contained in a longer form loses; a form only ever read right after a continuation
    marker loses (it may start mid-sentence); a complete sentence beats one cut off by the page;
    then a form loses when it has a character bigram none of the other forms has, that no
    dictionary word contains and that no other file of the corpus uses (增增, 阿阿, 土哈); then
    the majority wins; a tie goes to the longer form, then to the form closest to all the others.

    A page read alone (`lone`) has no other file: there every bigram is "used by no other
    file", and a form the page prints twice would lose to a one-off OCR misreading of it for a
    bigram across two words (同中亚 against 同利亚, whose 同利 is inside 共同利益). There a form
    printed more than once is its own evidence, as another file's copy would be.
    """
    truncated = _truncations(forms)

    def odd(form: str) -> int:
        if lone and counts[form] > 1:
            return 0
        rare = [g for g in own[form] if files_of(g) <= 1]
        return sum(1 for g in rare if g not in _dictionary_bigrams()) if rare else 0

    def rank(form: str) -> tuple:
        return (form in truncated, form in only_cut, not _complete(texts[form]), odd(form),
                -counts[form], -len(_letters(form)))

    ranks = {f: rank(f) for f in forms}
    best = min(ranks.values())
    tied = sorted(f for f in forms if ranks[f] == best)
    if len(tied) == 1:
        return tied[0]

    def consensus(form: str) -> float:
        return sum(counts[o] * Indel.normalized_similarity(form, o) for o in forms if o != form)

    return min(tied, key=lambda f: (-consensus(f), f))


def _title_key(title: str) -> str:
    return _WORD_CHARS.sub("", match_key(title))


def _doc_ids(articles: list[_Head], group_of: list[int]) -> list[str]:
    """Stable document id of each article; articles with the same title are one document.

    A continuation page (（上接第一版）…) that is a copy of part of a whole article (`group_of`,
    the copy groups) is that article's document: 000 and 001 print pieces of the Xinhua summit
    report that 002 prints whole (001 under the speech's headline). Otherwise it keeps its own
    id, even under a known title.
    """
    fragment = ["continued" in art.meta for art in articles]
    whole: dict[int, int] = {}  # copy group → its first article that is not a fragment
    for ai in range(len(articles)):
        if not fragment[ai]:
            whole.setdefault(group_of[ai], ai)
    leaders: dict[str, None] = {}         # title keys that name a document, in order
    blocks: dict[str, list[str]] = {}     # first or last four characters → those title keys
    ids: list[str] = [""] * len(articles)
    for ai, art in enumerate(articles):
        if fragment[ai]:
            continue
        if art.title_derived:  # untitled copies of one article are one document
            lead = whole[group_of[ai]]
            ids[ai] = ids[lead] if lead < ai else "d-" + art.key
            continue
        key = _title_key(art.title)
        match = key if key in leaders else None
        if match is None and len(key) >= 8:
            # an OCR copy of a title keeps its first or its last four characters
            near = dict.fromkeys([*blocks.get(key[:4], ()), *blocks.get(key[-4:], ())])
            match = next((lead for lead in near if len(lead) >= 8 and
                          Indel.normalized_similarity(lead, key) >= _TITLE_SIMILARITY), None)
        if match is None:
            leaders[key] = None
            blocks.setdefault(key[:4], []).append(key)
            blocks.setdefault(key[-4:], []).append(key)
            match = key
        ids[ai] = "d-" + _hash(match, 8)
    for ai, art in enumerate(articles):
        if fragment[ai]:
            lead = whole.get(group_of[ai])
            ids[ai] = ids[lead] if lead is not None else "d-" + art.key
    return ids


def _sentences(paragraph: str) -> list[tuple[int, str, str]]:
    """(offset, sentence, match key) of each sentence; key "" for punctuation only (——, ……)."""
    found = []
    for start, end in split_spans(paragraph):
        sentence = paragraph[start:end]
        key = match_key(sentence)
        found.append((start, sentence, key if _ALNUM.search(key) else ""))
    return found


# Below this much text, starting worker processes costs more than it saves.
PARALLEL_MIN_CHARS = 2_000_000
# Paragraphs remembered across files (most paragraphs of a corpus of copies are copies); a
# corpus of distinct text would otherwise keep every paragraph it read.
_CACHE_SIZE = 100_000
_worker_cache: dict[str, list[tuple[int, str, str]]] = {}


def _read_in_worker(item: tuple[str, str]) -> tuple:
    return _read_file(item[0], item[1], _worker_cache)


def _read_files(files: list[tuple[str, str]]) -> Iterator[tuple]:
    """`_read_file` over every file, in order; on a large corpus, on every core.

    Files are independent until the merge, so reading them is the part that parallelises.
    Each worker keeps its own paragraph cache; results are identical to a serial read.
    """
    jobs = pool.jobs(limit=len(files))
    if jobs < 2 or sum(len(text) for _, text in files) < PARALLEL_MIN_CHARS:
        cache: dict[str, list[tuple[int, str, str]]] = {}
        for name, text in files:
            yield _read_file(name, text, cache)
        return
    yield from pool.imap(_read_in_worker, files, jobs)


def _read_file(name: str, text: str, cache: dict[str, list[tuple[int, str, str]]]) -> tuple:
    """Clean, split and key one file: (article heads, debris, sentence columns).

    `cache` maps a paragraph to its sentences (offset, text, match key) across files: most
    paragraphs of a corpus of copies are exact copies. Only the heads of the articles leave:
    their text is in the sentences, and their paragraphs and line maps would double the
    memory. The sentences come as columns (texts, keys, article, paragraph, line, cut, sentence
    end), which the parent appends in C and which pickle smaller than one tuple per sentence.
    """
    found, removed = split_articles(name, text)
    if len(cache) > _CACHE_SIZE:
        cache.clear()
    texts: list[str] = []
    keys: list[str] = []
    ais: list[int] = []
    pis: list[int] = []
    lines: list[int] = []
    cuts: list[bool] = []
    completes: list[bool] = []
    for ai, art in enumerate(found):
        for pi, para in enumerate(art.paragraphs):
            sentences = cache.get(para.text)
            if sentences is None:
                sentences = cache[para.text] = _sentences(para.text)
            for n, (start, sentence, key) in enumerate(sentences):
                if key:
                    texts.append(sentence)
                    keys.append(key)
                    ais.append(ai)
                    pis.append(pi)
                    lines.append(para.line_at(start))
                    cuts.append(para.continued and n == 0)
                    completes.append(_complete(sentence))
                else:  # nothing to translate, but never dropped without a word
                    removed.append(Debris("punctuation only", name, para.line_at(start),
                                          sentence))
    heads = [_Head(a.file, a.line, a.title, a.title_derived, a.meta, a.key) for a in found]
    return (heads, removed, (texts, keys, ais, pis, lines, cuts, completes),
            any(a.body for a in found))


def build_segments(
    paths: Iterable[str], progress: Progress | None = None, examples: int = 3,
) -> SegmentSet:
    """Read, clean, split and merge a corpus into canonical segments with all their sources."""
    files, notes = collect_files(paths)
    return segment_pages(files, progress, examples, notes)


def segment_pages(
    files: list[tuple[str, str]], progress: Progress | None = None, examples: int = 3,
    notes: list[str] | None = None,
) -> SegmentSet:
    """The corpus step on pages already read: (display name, text) of each, in order."""
    with pool.no_gc():
        return _segment_pages(files, progress, examples, notes)


def _segment_pages(
    files: list[tuple[str, str]], progress: Progress | None, examples: int,
    notes: list[str] | None,
) -> SegmentSet:
    report = Report(files=len(files), notes=list(notes or []))
    articles: list[_Head] = []
    debris: list[Debris] = []
    occ = _Occurrences()
    strings: dict[str, str] = {}
    bodiless: list[str] = []
    for fi, (found, removed, columns, body) in enumerate(_read_files(files)):
        if not body:
            bodiless.append(files[fi][0])
        base = len(articles)
        articles.extend(found)
        debris.extend(removed)
        texts, keys, ais, pis, lines, cuts, completes = columns
        # one string object per distinct text: memory grows with the distinct sentences
        occ.text.extend(map(strings.setdefault, texts, texts))
        occ.key.extend(map(strings.setdefault, keys, keys))
        occ.article.extend([base + ai for ai in ais])
        occ.para.extend(pis)
        occ.file.extend([fi] * len(texts))
        occ.line.extend(lines)
        occ.cut.extend(cuts)
        occ.complete.extend(completes)
        if progress:
            progress("read", fi + 1, len(files))
    del strings
    report.warnings = sentenceless(bodiless, len(files))
    report.removed = debris
    for item in debris:
        report.debris[item.kind] = report.debris.get(item.kind, 0) + 1
        shown = report.debris_examples.setdefault(item.kind, [])
        if len(shown) < examples and item.text not in shown:
            shown.append(item.text)
    file_index = {name: i for i, (name, _) in enumerate(files)}

    occ, joins = _rejoin_page_jumps(occ)
    report.rejoined = len(joins)
    report.rejoins = [(files[f][0], left, right) for f, left, right in joins]
    report.sentences = len(occ.key)

    # 1. exact copies; 2. copies of one article; 3. near copies inside them
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, key in enumerate(occ.key):
        by_key[key].append(i)
    report.exact_duplicates = len(occ.key) - len(by_key)
    if progress:
        progress("merge", 0, len(by_key))
    spans: list[tuple[int, int]] = []  # each article's sentences (read in article order)
    start = 0
    for ai in range(len(articles)):
        end = bisect.bisect_right(occ.article, ai, start)
        spans.append((start, end))
        start = end
    group_of = _copy_groups(spans, occ.key, [
        None if art.title_derived or "continued" in art.meta else _title_key(art.title)
        for art in articles])
    report.copy_groups = len(set(group_of))
    cut = set(compress(occ.key, map(operator.or_, occ.cut, map(operator.not_, occ.complete))))
    only_cut = {k for k in cut if all(occ.cut[i] for i in by_key[k])}
    root_of = _cluster(occ, spans, group_of, cut)  # the keys merged into another
    # the forms of each cluster of two or more, by root, the most copies first; every other
    # key is a segment of its own
    clusters: dict[str, list[str]] = {}
    for key, root in root_of.items():
        clusters.setdefault(root, [root]).append(key)
    for forms in clusters.values():
        forms.sort(key=lambda k: (-len(by_key[k]), k))
    report.merged_variants = len(root_of)
    if progress:
        progress("merge", len(by_key), len(by_key))

    # 3. canonical forms need, for each bigram only one form of its cluster has, the number
    #    of files that use it (0, 1, or 2 = many)
    candidates: set[str] = set()
    own: dict[str, dict[str, list[str]]] = {}
    for root, forms in clusters.items():
        own[root] = _own_bigrams(forms)
        for grams in own[root].values():
            candidates.update(grams)
    doubled = {k: _DOUBLED.findall(k) for k in _with_doubles(list(by_key))}
    for found in doubled.values():
        candidates.update(ch * 2 for ch in found)
    # a bigram inside a dictionary word is evidence enough: only the others need counting
    if candidates:
        candidates -= _dictionary_bigrams()
    bigram_files = _bigram_files(candidates, occ, len(files))

    def files_of(gram: str) -> int:
        return bigram_files.get(gram, 0)

    doc_of_article = _doc_ids(articles, group_of)
    derived = {doc_of_article[i] for i, a in enumerate(articles) if a.title_derived}
    doc_size: Counter = Counter()
    for ai, (start, end) in enumerate(spans):
        doc_size[doc_of_article[ai]] += end - start
    doc_first: dict[str, int] = {}
    for ai, doc in enumerate(doc_of_article):
        doc_first.setdefault(doc, ai)

    segment_of: dict[str, Segment] = {}  # match key → its segment
    names = [name for name, _ in files]
    occ_text, occ_article, occ_file, occ_line = occ.text, occ.article, occ.file, occ.line
    for key, read in by_key.items():
        forms = clusters.get(key)
        if forms is None:
            if key in root_of:
                continue  # a variant: its root makes the segment
            if len(read) == 1:  # most sentences: read once (positional: id, text, doc, …)
                i = read[0]
                doc = doc_of_article[occ_article[i]]
                segment_of[key] = Segment(
                    "s-" + _hash(doc + "\x1f" + key), occ_text[i], doc, "", 0,
                    [Source(names[occ_file[i]], occ_line[i])], [])
                continue
            forms = [key]
        canon = forms[0] if len(forms) == 1 else _canonical(
            forms, own[key], {f: len(by_key[f]) for f in forms}, files_of,
            {f: occ.text[by_key[f][0]] for f in forms}, only_cut, len(files) == 1)
        members = by_key[canon] if len(forms) == 1 else \
            sorted(i for f in forms for i in by_key[f])
        doc_list = [doc_of_article[occ.article[i]] for i in members]
        doc = doc_list[0]
        if doc_list.count(doc) != len(doc_list):
            docs = Counter(doc_list)
            doc = min(docs, key=lambda d: (-docs[d], d in derived, -doc_size[d], d))
        text_list = [occ.text[i] for i in members]
        canon_text = text_list[0]
        if text_list.count(canon_text) == len(text_list):  # exact copies, no variant
            variants = []
        else:
            texts = Counter(text_list)
            canon_texts = Counter(occ.text[i] for i in by_key[canon])
            # stray spaces are PDF artefacts whatever their count; then the majority
            canon_text = min(canon_texts, key=lambda t: (t.count(" "), -canon_texts[t], t))
            variants = sorted((t for t in texts if t != canon_text),
                              key=lambda t: (-texts[t], t))
        sources = sorted({(occ.file[i], occ.line[i]) for i in members})
        segment = Segment(
            id="s-" + _hash(doc + "\x1f" + canon),
            text=canon_text, doc=doc, article="", para=0,
            sources=[Source(names[f], line) for f, line in sources],
            variants=variants,
        )
        for form in forms:
            segment_of[form] = segment
    copy_segment = list(map(segment_of.__getitem__, occ.key))
    distinctive = {id(seg) for k, seg in segment_of.items() if len(k) >= MIN_FUZZY_LEN}
    starts = _paragraph_starts(occ)  # the first sentence of each paragraph read
    layout = _layout(copy_segment, occ, spans, starts, doc_of_article, distinctive)

    # A document's title: that of its first whole article (not a continued page), a printed
    # title before a derived one (a printed title beats the first words).
    def title_rank(ai: int) -> tuple[bool, bool, int]:
        art = articles[ai]
        return ("continued" in art.meta, art.title_derived, ai)

    best_title: dict[str, int] = {}
    doc_files: dict[str, set[str]] = defaultdict(set)
    for ai, art in enumerate(articles):
        doc = doc_of_article[ai]
        doc_files[doc].add(art.file)
        if doc not in best_title or title_rank(ai) < title_rank(best_title[doc]):
            best_title[doc] = ai
    titles = {doc: articles[ai].title for doc, ai in best_title.items()}
    infos: dict[str, ArticleInfo] = {}
    segments: list[Segment] = []
    listed: set[int] = set()
    for doc in sorted(layout, key=doc_first.__getitem__):
        paragraphs = layout[doc]
        first = articles[doc_first[doc]]
        info = infos[doc] = ArticleInfo(
            doc, titles[doc], sorted(doc_files[doc], key=file_index.get), [], dict(first.meta))
        for n, para in enumerate(paragraphs):
            for seg in para:
                if seg.doc == doc and id(seg) not in listed:  # where it is first placed
                    listed.add(id(seg))
                    seg.article, seg.para = info.title, n
                    segments.append(seg)
            info.paragraphs.append([seg.id for seg in para])
    report.articles = len(infos)
    report.segments = len(segments)
    # only a segment with a doubled form in its cluster, or a text rejoined across a page
    # jump (its key was joined, not computed from the text), can hold a suspect double
    check = {id(segment_of[k]) for k in doubled}
    joined = {left + right for _, left, right in joins}
    report.suspects = _suspects(
        [seg for seg in segments if id(seg) in check or seg.text in joined], doubled, files_of)
    return SegmentSet(segments, list(infos.values()), report,
                      _copies(articles, occ, copy_segment, starts, doc_of_article))


def _copies(articles: list[_Head], occ: _Occurrences, copy_segment: list[Segment],
            starts: list[int], doc_of_article: list[str]) -> list[ArticleCopy]:
    """Each article as printed, as (segment id, text read) per paragraph (`starts`: the first
    sentence of each paragraph read)."""
    copies = [ArticleCopy(art.file, art.line, doc_of_article[ai], [])
              for ai, art in enumerate(articles)]
    ids = [seg.id for seg in copy_segment]
    n = len(ids)
    for start, end in zip(starts, [*starts[1:], n][:len(starts)], strict=True):
        copies[occ.article[start]].paragraphs.append(
            list(zip(ids[start:end], occ.text[start:end], strict=True)))
    return copies


def _suspects(segments: list[Segment], doubled: dict[str, list[str]],
              files_of: Callable[[str], int]) -> list[tuple[str, str]]:
    """Canonical texts with a doubled character that no word explains and no other file has.

    With a single copy there is nothing to vote against (001's 阿阿命运共同体), so the stored text
    stays as printed; the reviser gets the segment id and the suspect characters instead. A
    double is explained when the pair is inside a dictionary word (蒸蒸日上) or either half
    starts/ends a word with its neighbour (科科长 = 科 + 科长, 文广广电 = 文广 + 广电).
    """
    from tifa.tm.base.dictionary import lexicon

    words = lexicon()
    found: list[tuple[str, str]] = []
    for seg in segments:
        if not _MAYBE_DOUBLED.search(seg.text):
            continue
        key = match_key(seg.text)
        for ch in dict.fromkeys(doubled.get(key, ())):
            pair = ch * 2
            if files_of(pair) > 1 or pair in _dictionary_bigrams():
                continue
            at = key.find(pair)
            before, after = key[at - 1:at + 1] if at > 0 else "", key[at + 1:at + 3]
            if before not in words and after not in words:
                found.append((seg.id, pair))
    return found


def write_segments(segset: SegmentSet, fmt: str, fh: TextIO) -> None:
    """Segments as jsonl (one record each), tsv (a table) or txt (a blank line between articles)."""
    if fmt == "jsonl":
        for seg in segset.segments:
            fh.write(json.dumps(seg.to_json(), ensure_ascii=False) + "\n")
    elif fmt == "tsv":
        fh.write("id\tdoc\tarticle\tpara\ttext\tsources\tvariants\n")
        for seg in segset.segments:
            sources = ";".join(f"{s.file}:{s.line}" for s in seg.sources)
            cells = [seg.id, seg.doc, seg.article, str(seg.para), seg.text, sources,
                     " | ".join(seg.variants)]
            fh.write(tsv_row(cells))
    else:
        previous = None
        for seg in segset.segments:
            if previous is not None and seg.doc != previous:
                fh.write("\n")
            fh.write(seg.text + "\n")
            previous = seg.doc
