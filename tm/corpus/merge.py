"""Group the copies of one sentence across pages into one canonical segment.

The seeds carry three or four copies of the same speech with OCR and editing differences
(土哈/中哈原油管道, 新增增长点/新增长点, a dropped 的, abridged sentences). Counting, mining and
TM building must see each sentence once, with every place it was read. Method, near-linear:

1. exact copies share a match key (`tm.normalize.match_key`);
2. distinct keys are clustered leader-first (most frequent first): a bottom-k sketch of each
   key's character trigrams picks candidate clusters, rapidfuzz's edit ratio decides, and keys
   whose numbers (2023年/2025年, 中亚五国/中亚国家) or list lengths (蔡奇、王毅、秦刚 /
   蔡奇、王毅) differ never merge;
3. the canonical form of a cluster is chosen by evidence: truncated forms lose, forms with a
   character bigram unknown to CC-CEDICT and to the other files (增增, 阿阿, 土哈) lose, then
   the majority wins.

A segment belongs to the document where most of its copies are; documents are articles merged
across files by title, and their paragraphs are rebuilt from all the copies (`_layout`).
A sentence cut at a page jump is rejoined when another copy has it whole (`_rejoin_page_jumps`).
"""

from __future__ import annotations

import bisect
import hashlib
import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz.distance import Indel
from tifa.tm.base import pool
from tifa.tm.base.files import TifaError
from tifa.tm.base.text import match_key
from tifa.tm.corpus.clean import Article, Debris, collect_files, split_articles
from tifa.tm.corpus.segment import Segment, Source, split_spans

Progress = Callable[[str, int, int], None]

SIMILARITY = 0.88      # normalised Indel similarity of two keys to count as one sentence
MIN_FUZZY_LEN = 8      # shorter keys merge only when identical
SKETCH = 6             # trigram hashes per key used to find candidate clusters
_TITLE_SIMILARITY = 0.9

# Numbers that change the content: Arabic digits, and Chinese numerals before a counter word.
_NUMBERS = re.compile(
    r"\d+(?:\.\d+)?|[零〇一二三四五六七八九十百千万亿两]+(?=[年月日国个次届期点项位名家条倍周])"
)
_WORD_CHARS = re.compile(r"[\W_]+")


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
    suspects: list[tuple[str, str]] = field(default_factory=list)  # (segment id, 阿阿)
    removed: list[Debris] = field(default_factory=list)            # every piece of debris
    debris: dict[str, int] = field(default_factory=dict)
    debris_examples: dict[str, list[str]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


@dataclass
class SegmentSet:
    segments: list[Segment]
    articles: list[ArticleInfo]
    report: Report


@dataclass
class _Occurrences:
    """Every sentence copy read, as parallel lists (one entry per copy, corpus order)."""

    text: list[str] = field(default_factory=list)
    key: list[str] = field(default_factory=list)
    article: list[int] = field(default_factory=list)
    para: list[int] = field(default_factory=list)
    file: list[int] = field(default_factory=list)
    line: list[int] = field(default_factory=list)


def _rejoin_page_jumps(occ: _Occurrences, reach: int = 12) -> tuple[_Occurrences, int]:
    """Rejoin a sentence cut off at a page jump with its continuation further down the page.

    000 prints （上接A01版②…④） fragments between "…领域会晤和" and its continuation "对话机制，
    为各国…"; the corpus reader cannot know which cut-off paragraph a later paragraph continues,
    so it keeps them apart. Here the other copies decide: the two are joined only when the joined
    sentence is read, as such, in another file.
    """
    n = len(occ.key)
    files_of_key: dict[str, set[int]] = defaultdict(set)
    for i in range(n):
        files_of_key[occ.key[i]].add(occ.file[i])
    para_first = [i for i in range(n) if i == 0 or (occ.article[i], occ.para[i])
                  != (occ.article[i - 1], occ.para[i - 1])]
    para_last = {i - 1 for i in para_first if i > 0} | ({n - 1} if n else set())
    firsts_by_file: dict[int, list[int]] = defaultdict(list)
    for i in para_first:
        firsts_by_file[occ.file[i]].append(i)
    dropped: set[int] = set()
    joins = 0
    for a in sorted(para_last):
        if _complete(occ.text[a]):
            continue
        firsts = firsts_by_file[occ.file[a]]
        start = bisect.bisect_right(firsts, a)
        for b in firsts[start:start + reach]:
            if b in dropped:
                continue
            key = occ.key[a] + occ.key[b]  # = match_key(a + b): keys are stripped
            if files_of_key.get(key, set()) - {occ.file[a]}:
                occ.text[a] += occ.text[b]
                occ.key[a] = key
                dropped.add(b)
                joins += 1
                break
    if not dropped:
        return occ, 0
    kept = _Occurrences()
    for name in ("text", "key", "article", "para", "file", "line"):
        values = getattr(occ, name)
        setattr(kept, name, [v for i, v in enumerate(values) if i not in dropped])
    return kept, joins


def _bigram_files(candidates: set[str], occ: _Occurrences, nfiles: int) -> dict[str, int]:
    """In how many files (capped at 2) each candidate bigram occurs: one C-speed scan."""
    if not candidates:
        return {}
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for gram in candidates:
        automaton.add_word(gram, gram)
    automaton.make_automaton()
    keys_by_file: list[set[str]] = [set() for _ in range(nfiles)]
    for key, fi in zip(occ.key, occ.file, strict=True):
        keys_by_file[fi].add(key)
    count: dict[str, int] = {}
    for keys in keys_by_file:
        for gram in {g for _, g in automaton.iter("\n".join(keys))}:
            count[gram] = min(2, count.get(gram, 0) + 1)
    return count


def _layout(copy_segment: list[Segment], occ: _Occurrences,
            doc_of_article: list[str]) -> dict[str, list[list[Segment]]]:
    """Rebuild each document's paragraphs from the copies merged into it.

    Source paragraphs are taken in reading order (first file first). A paragraph that shares a
    distinctive segment (8+ characters; not 各位同事！) with a paragraph already built is the same
    paragraph in another copy: its sentences no copy had yet join it, next to their neighbours.
    Any other paragraph is new and goes after the paragraph that preceded it in its own copy.
    Only copies inside the segment's own document count: a sentence of the speech quoted by a
    news report is placed where the speech has it.
    """
    in_para: dict[tuple[int, int], list[Segment]] = defaultdict(list)
    for i, seg in enumerate(copy_segment):
        if doc_of_article[occ.article[i]] == seg.doc:
            in_para[(occ.article[i], occ.para[i])].append(seg)
    paragraphs: dict[int, tuple[str, tuple[int, ...], list[Segment]]] = {}  # id → doc, order
    home: dict[int, list[Segment]] = {}        # id(segment) → the paragraph holding it
    last: dict[int, list[Segment]] = {}        # article → its latest paragraph
    children = Counter()                       # id(paragraph) → paragraphs put after it
    distinctive: dict[int, bool] = {}
    for (article, _), segs in in_para.items():
        doc = segs[0].doc
        shared = Counter()
        for seg in segs:
            if id(seg) not in distinctive:
                distinctive[id(seg)] = len(match_key(seg.text)) >= MIN_FUZZY_LEN
            if id(seg) in home and distinctive[id(seg)]:
                shared[id(home[id(seg)])] += 1
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
        else:
            target = []
            previous = last.get(article)
            if previous is None:
                order: tuple[int, ...] = (len(paragraphs),)
            else:
                children[id(previous)] += 1
                order = (*paragraphs[id(previous)][1], children[id(previous)])
            paragraphs[id(target)] = (doc, order, target)
        for n, seg in enumerate(segs):
            if id(seg) in home:
                continue
            before = next((s for s in reversed(segs[:n]) if home.get(id(s)) is target), None)
            at = len(target) if before is None else next(
                k for k, s in enumerate(target) if s is before) + 1
            target.insert(at, seg)
            home[id(seg)] = target
        last[article] = target
    layout: dict[str, list[list[Segment]]] = defaultdict(list)
    for doc, _, para in sorted(paragraphs.values(), key=lambda item: item[1]):
        if para:
            layout[doc].append(para)
    return dict(layout)


def _hash(text: str, size: int = 12) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:size]


def _content(key: str) -> tuple:
    """What must be equal for two keys to be one sentence: numbers and list length."""
    return (*_NUMBERS.findall(key), key.count("、"))


def _sketch(key: str) -> list[int]:
    """The SKETCH smallest CRC32s of the key's character trigrams (deterministic, unlike hash)."""
    raw = key.encode("utf-32-le")
    crc = zlib.crc32
    return sorted({crc(raw[i:i + 12]) for i in range(0, len(raw) - 8, 4)})[:SKETCH]


def _cluster(keys: list[str]) -> list[int]:
    """Leader-first near-duplicate clustering; returns the cluster index of each key.

    `keys` must come in priority order (most copies first): the first key of a cluster is its
    leader, later keys join the most similar leader they are sketch-neighbours of.
    """
    buckets: dict[int, list[int]] = defaultdict(list)   # trigram hash → cluster ids
    leaders: list[str] = []
    leader_numbers: list[tuple] = []
    assignment: list[int] = []
    for key in keys:
        best, best_score = -1, SIMILARITY
        sketch: list[int] = []
        numbers = _content(key)
        if len(key) >= MIN_FUZZY_LEN:
            sketch = _sketch(key)
            seen: set[int] = set()
            for h in sketch:
                for cid in buckets.get(h, ()):
                    if cid in seen:
                        continue
                    seen.add(cid)
                    leader = leaders[cid]
                    if abs(len(leader) - len(key)) > (1 - SIMILARITY) * (len(leader) + len(key)):
                        continue
                    score = Indel.normalized_similarity(key, leader, score_cutoff=best_score)
                    if score >= best_score and (score > best_score or best < 0) \
                            and leader_numbers[cid] == numbers:
                        best, best_score = cid, score
        if best < 0:
            best = len(leaders)
            leaders.append(key)
            leader_numbers.append(numbers)
        assignment.append(best)
        for h in sketch:
            bucket = buckets[h]
            if best not in bucket:
                bucket.append(best)
    return assignment


_DOUBLED = re.compile(r"([\u4e00-\u9fff])\1")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]{2,}")


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


def _canonical(forms: list[str], own: dict[str, list[str]], counts: Counter,
               files_of: Callable[[str], int], texts: dict[str, str]) -> str:
    """Pick the form the evidence supports.

    A complete sentence beats one cut off by the page; then a form loses when it has a
    character bigram none of the other forms has, that no dictionary word contains and that no
    other file of the corpus uses (增增, 阿阿, 土哈); then the majority wins, and a tie goes to
    the form closest to all the others (the consensus reading).
    """
    def odd(form: str) -> int:
        rare = [g for g in own[form] if files_of(g) <= 1]
        return sum(1 for g in rare if g not in _dictionary_bigrams()) if rare else 0

    def rank(form: str) -> tuple:
        return (not _complete(texts[form]), odd(form), -counts[form])

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


def _doc_ids(articles: list[Article]) -> list[str]:
    """Stable document id of each article; articles with the same title are one document.

    A continuation fragment (（上接第一版）…) keeps its own id even under a known title: 001
    prints the Xinhua summit report under the speech's headline on its second page.
    """
    leaders: list[str] = []
    ids: list[str] = []
    for art in articles:
        if art.title_derived or "continued" in art.meta:
            ids.append("d-" + art.key)
            continue
        key = _title_key(art.title)
        match = next((lead for lead in leaders if lead == key), None)
        if match is None:
            match = next((lead for lead in leaders if min(len(lead), len(key)) >= 8
                          and Indel.normalized_similarity(lead, key) >= _TITLE_SIMILARITY), None)
        if match is None:
            leaders.append(key)
            match = key
        ids.append("d-" + _hash(match, 8))
    return ids


def _sentences(paragraph: str) -> list[tuple[int, str, str]]:
    """(offset, sentence, match key) of each sentence with a letter or digit in it."""
    found = []
    for start, end in split_spans(paragraph):
        sentence = paragraph[start:end]
        key = match_key(sentence)
        if any(ch.isalnum() for ch in key):
            found.append((start, sentence, key))
    return found


# Below this much text, starting worker processes costs more than it saves.
PARALLEL_MIN_CHARS = 8_000_000
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
    """Clean, split and key one file: (articles, debris, sentence rows).

    `cache` maps a paragraph to its sentences (offset, text, match key) across files: most
    paragraphs of a corpus of copies are exact copies.
    """
    found, removed = split_articles(name, text)
    if not any(a.body for a in found):
        raise TifaError("no sentences: the file holds only headings or layout debris", name)
    rows: list[tuple[str, str, int, int, int]] = []
    for ai, art in enumerate(found):
        for pi, para in enumerate(art.paragraphs):
            sentences = cache.get(para.text)
            if sentences is None:
                sentences = cache[para.text] = _sentences(para.text)
            for start, sentence, key in sentences:
                rows.append((sentence, key, ai, pi, para.line_at(start)))
    return found, removed, rows


def build_segments(
    paths: Iterable[str], progress: Progress | None = None, examples: int = 3,
) -> SegmentSet:
    """Read, clean, split and merge a corpus into canonical segments with all their sources."""
    files, notes = collect_files(paths)
    report = Report(files=len(files), notes=notes)
    articles: list[Article] = []
    debris: list[Debris] = []
    occ = _Occurrences()
    for fi, (found, removed, rows) in enumerate(_read_files(files)):
        base = len(articles)
        articles.extend(found)
        debris.extend(removed)
        for sentence, key, ai, pi, line in rows:
            occ.text.append(sentence)
            occ.key.append(key)
            occ.article.append(base + ai)
            occ.para.append(pi)
            occ.file.append(fi)
            occ.line.append(line)
        if progress:
            progress("read", fi + 1, len(files))
    report.removed = debris
    for item in debris:
        report.debris[item.kind] = report.debris.get(item.kind, 0) + 1
        shown = report.debris_examples.setdefault(item.kind, [])
        if len(shown) < examples and item.text not in shown:
            shown.append(item.text)
    file_index = {name: i for i, (name, _) in enumerate(files)}

    occ, report.rejoined = _rejoin_page_jumps(occ)
    report.sentences = len(occ.key)

    # 1. exact copies, 2. near copies
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, key in enumerate(occ.key):
        by_key[key].append(i)
    report.exact_duplicates = len(occ.key) - len(by_key)
    ordered = sorted(by_key, key=lambda k: (-len(by_key[k]), k))
    if progress:
        progress("merge", 0, len(ordered))
    assignment = _cluster(ordered)
    clusters: dict[int, list[str]] = defaultdict(list)
    for key, cid in zip(ordered, assignment, strict=True):
        clusters[cid].append(key)
    report.merged_variants = len(ordered) - len(clusters)
    if progress:
        progress("merge", len(ordered), len(ordered))

    # 3. canonical forms need, for each bigram only one form of its cluster has, the number
    #    of files that use it (0, 1, or 2 = many)
    candidates: set[str] = set()
    own: dict[int, dict[str, list[str]]] = {}
    for cid, forms in clusters.items():
        if len(forms) > 1:
            own[cid] = _own_bigrams(forms)
            for grams in own[cid].values():
                candidates.update(grams)
    doubled = {k: _DOUBLED.findall(k) for k in ordered if _DOUBLED.search(k)}
    for found in doubled.values():
        candidates.update(ch * 2 for ch in found)
    bigram_files = _bigram_files(candidates, occ, len(files))

    def files_of(gram: str) -> int:
        return bigram_files.get(gram, 0)

    counts = Counter({k: len(v) for k, v in by_key.items()})

    doc_of_article = _doc_ids(articles)
    derived = {doc_of_article[i] for i, a in enumerate(articles) if a.title_derived}
    doc_size = Counter(doc_of_article[occ.article[i]] for i in range(len(occ.key)))
    doc_first: dict[str, int] = {}
    for ai, doc in enumerate(doc_of_article):
        doc_first.setdefault(doc, ai)

    built: list[tuple[tuple[int, int], Segment]] = []
    segment_of: dict[int, Segment] = {}
    for cid, forms in clusters.items():
        canon = forms[0] if len(forms) == 1 else _canonical(
            forms, own[cid], counts, files_of, {f: occ.text[by_key[f][0]] for f in forms})
        members = sorted(i for f in forms for i in by_key[f])
        docs = Counter(doc_of_article[occ.article[i]] for i in members)
        doc = min(docs, key=lambda d: (-docs[d], d in derived, -doc_size[d], d))
        rep = next(i for i in members if doc_of_article[occ.article[i]] == doc)
        texts = Counter(occ.text[i] for i in members)
        canon_texts = Counter(occ.text[i] for i in by_key[canon])
        canon_text = min(canon_texts, key=lambda t: (-canon_texts[t], t.count(" "), t))
        variants = sorted((t for t in texts if t != canon_text), key=lambda t: (-texts[t], t))
        sources = sorted({(occ.file[i], occ.line[i]) for i in members})
        segment = Segment(
            id="s-" + _hash(doc + "\x1f" + canon),
            text=canon_text, doc=doc, article="", para=0,
            sources=[Source(files[f][0], line) for f, line in sources],
            variants=variants,
        )
        built.append(((doc_first[doc], rep), segment))
        segment_of[cid] = segment
    built.sort(key=lambda item: item[0])
    cluster_of = {key: cid for cid, forms in clusters.items() for key in forms}
    layout = _layout([segment_of[cluster_of[k]] for k in occ.key], occ, doc_of_article)

    # A document's title: its first real (printed) title, else the first derived one.
    titles: dict[str, str] = {}
    real_title: set[str] = set()
    doc_files: dict[str, set[str]] = defaultdict(set)
    for ai, art in enumerate(articles):
        doc = doc_of_article[ai]
        doc_files[doc].add(art.file)
        if doc not in titles or (articles[doc_first[doc]].title_derived
                                 and not art.title_derived and doc not in real_title):
            titles[doc] = art.title
            if not art.title_derived:
                real_title.add(doc)
    infos: dict[str, ArticleInfo] = {}
    segments: list[Segment] = []
    for doc in sorted(layout, key=doc_first.__getitem__):
        paragraphs = layout[doc]
        first = articles[doc_first[doc]]
        info = infos[doc] = ArticleInfo(
            doc, titles[doc], sorted(doc_files[doc], key=file_index.get), [], dict(first.meta))
        for n, para in enumerate(paragraphs):
            for seg in para:
                seg.article, seg.para = info.title, n
                segments.append(seg)
            info.paragraphs.append([seg.id for seg in para])
    report.articles = len(infos)
    report.segments = len(segments)
    report.suspects = _suspects(segments, doubled, files_of)
    return SegmentSet(segments, list(infos.values()), report)


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
