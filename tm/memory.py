"""Translation memory: build a TMX from a Chinese text and its translation, look segments up
fuzzily, merge TMX files and count what is in them.

The Chinese side of every unit is exactly a segment OmegaT produces for that text (corpus
cleaning from `tifa.tm.corpus.merge`, sentence rules from `tifa.tm.corpus.segment`), so that a
CAT tool gets 100% matches.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import math
import os
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein
from tifa.glossary.entry import Glossary
from tifa.tm.align import (
    DOUBT_THRESHOLD,
    Bead,
    align,
    out_of_order,
    split_paragraphs,
    tabled,
    verse_lines,
)
from tifa.tm.align_core import lone_cues
from tifa.tm.base import cache as disk_cache
from tifa.tm.base import dictionary
from tifa.tm.base.english import split_english
from tifa.tm.base.files import TifaError, atomic_write, read_text, tsv_row, walk_folders
from tifa.tm.base.progress import Progress, counted
from tifa.tm.base.text import han_share, match_key
from tifa.tm.base.tmx import (
    TmxWriter,
    TranslationUnit,
    _primary,
    locale_key,
    read_tmx,
    write_tmx,
)
from tifa.tm.corpus.clean import cue_line, display_path
from tifa.tm.corpus.merge import build_segments, segment_pages

DEFAULT_MIN_CONFIDENCE = DOUBT_THRESHOLD   # beads below it go to the review file
MIN_SUPPORT = 0.5    # dictionary support below which English is not a translation of the text …
FREE_SUPPORT = 0.3   # … unless, down to this, it is a free translation the alignment vouches for:
FREE_COVERAGE = 0.8  # this share of the sentences of both texts in confident two-sided beads
# (not verse: more than half of the lines short and unpunctuated, `tm.align.verse_lines`)
# A short line with a figure or a Latin letter is a label's, not a poem's line (高38厘米,
# 1976年云岭县出土, 藏品编号：YL-0213): a museum's object labels are short lines without
# punctuation too, and their text was refused as "verse translated this freely".
_LABEL_LINE = re.compile(r"[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]")
_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


# ---------------------------------------------------------------- build

@dataclass
class BuildReport:
    """What `build_tm` did, for the command's summary and for tests."""

    units: int = 0                  # TUs written
    review: int = 0                 # beads sent to the review file instead
    beads: Counter = field(default_factory=Counter)     # bead type -> count ("1-1", "2-1", ...)
    articles: list[str] = field(default_factory=list)   # chosen article per zh/en pair
    removed_chars: int = 0
    warnings: list[str] = field(default_factory=list)
    cue_lines: int = 0              # beads of cue numbers and times left out (`_cue_lines`)


@dataclass
class _Article:
    doc: str
    title: str
    segments: list  # tm.segment.Segment, in reading order
    paras: list[int] = field(default_factory=list)  # each segment's paragraph in this article
    dated: bool = False   # a dateline was cleaned out of it (`tm.align.align`'s `zh_dated`)
    _words: list[frozenset[str]] | None = None

    def words(self) -> list[frozenset[str]]:
        """English glosses (CC-CEDICT keys) of each dictionary word of the article, cached."""
        if self._words is None:

            lex = dictionary.lexicon()
            self._words = []
            for seg in self.segments:
                self._words.extend(frozenset([w]) if w.isdigit() else lex[w]
                                   for w in dictionary.segment(seg.text, lex)
                                   if len(w) >= 2 and (w.isdigit() or lex.get(w)))
        return self._words


def _check_language(path: str, text: str, want_chinese: bool) -> None:
    if not text.strip():
        raise TifaError("empty file: nothing to align", path, 1)
    share = han_share(text)
    if want_chinese and share < 0.3:
        raise TifaError(f"given as --zh but does not look like Chinese text "
                        f"({share:.0%} Chinese characters); did you swap --zh and --en?", path, 1)
    if not want_chinese and share > 0.1:
        raise TifaError(f"given as --en but looks like Chinese text ({share:.0%} Chinese "
                        "characters); did you swap --zh and --en?", path, 1)


def _articles(zh_path: str) -> list[_Article]:
    """The articles of a file or corpus directory as OmegaT-compatible segments: wraps
    rejoined, layout debris dropped, variant copies merged into one canonical text. Kept for
    the same files unchanged only: a cache by the name alone gave one process's second
    `zh.txt` (another folder's, or the same file edited) the first one's articles."""
    path = Path(zh_path)
    files = sorted(Path(root, name) for root, names in walk_folders(path) for name in names) \
        if path.is_dir() else [path]  # the files the corpus reader reads, links followed
    stamp = tuple((str(f), st.st_mtime_ns, st.st_size)
                  for f, st in ((f, f.stat()) for f in files))
    return _articles_of(zh_path, stamp)


@functools.lru_cache(maxsize=8)
def _articles_of(zh_path: str, stamp: tuple) -> list[_Article]:
    return _articles_in(build_segments([zh_path]))


def _articles_in(segset) -> list[_Article]:
    """The articles of a corpus step's segments (`_articles`)."""
    by_id = {seg.id: seg for seg in segset.segments}
    articles = []
    for info in segset.articles:  # every sentence of the document, shared segments included
        art = _Article(info.doc, info.title, [], dated="dateline" in info.meta)
        for p, ids in enumerate(info.paragraphs):
            art.segments.extend(by_id[i] for i in ids)
            art.paras.extend(p for _ in ids)
        articles.append(art)
    return articles


def _coverage(beads, n_en: int, zh_side: bool = False) -> float:
    """Share of English sentences (Chinese ones if `zh_side`) that sit in confident two-sided
    beads."""
    good = sum(len(b.zh if zh_side else b.en) * b.confidence for b in beads if b.zh and b.en)
    return good / n_en if n_en else 0.0


def _refused(support: float, zh_path: str, en_path: str,
             why: str = "; is it a summary or another text?") -> TifaError:
    return TifaError(f"does not look like a translation of any article in {zh_path}: at best "
                     f"{support:.0%} of the words correspond (a translation has ~80%){why}",
                     en_path, 1)


def _free_translation(support: float, beads: list[Bead], n_zh: int, n_en: int,
                      zh_path: str, en_path: str) -> str:
    """The warning for a pair whose words correspond less than a translation's
    (`MIN_SUPPORT`) but whose alignment vouches for it: a free translation (a story's dialogue,
    an essay, a wire story rebuilt) is still sentence for sentence, so `FREE_COVERAGE` of the
    sentences of both texts sit in confident two-sided beads, where a summary leaves most of
    the Chinese one-sided and another text aligns with little confidence. Raises the refusal
    when it does not."""
    both = min(_coverage(beads, n_en), _coverage(beads, n_zh, zh_side=True))
    if both < FREE_COVERAGE:
        raise _refused(support, zh_path, en_path, f" and {both:.0%} of the sentences align "
                       "with confidence both ways; is it a summary or another text?")
    return (f"{en_path}: only {support:.0%} of the words correspond by dictionary (a "
            f"translation has ~80%), but {both:.0%} of the sentences of both texts align with "
            "confidence: taken as a free translation; check its units")


def _support(art: _Article, en: list[str]) -> float:
    """How much the two texts say the same thing, both ways, by dictionary (0..1).

    The harmonic mean of: the share of English content words that translate some Chinese word
    of the article, and the share of the article's Chinese words whose translation is in the
    English. A translation scores ~0.8-0.9; a related article ~0.8; a summary ~0.3.
    """

    # a subtitle cue's number and time lines are the same on both sides and no words
    text = [s for k, s in enumerate(en) if not cue_line(s, en[k + 1] if k + 1 < len(en) else "")]
    keys = [k for sentence in text for k in dictionary.en_keys(sentence)]
    if not keys:
        return 0.0
    words = art.words()
    glosses = frozenset().union(*words) if words else frozenset()
    key_set = set(keys)
    en_side = sum(k in glosses for k in keys) / len(keys)
    zh_side = sum(not g.isdisjoint(key_set) for g in words) / max(1, len(words))
    return 2 * en_side * zh_side / (en_side + zh_side) if en_side + zh_side else 0.0


def _cue_lines(texts: list[str]) -> list[bool]:
    """Which of a text's segments are a subtitle cue's number or time line (`cue_line`): no
    text a translator translates. A CAT tool's subtitle filter never shows them as segments,
    and one segmenting plain text copies them, so as units they would only crowd the TM (two
    of every three units of an SRT file) and its fuzzy matches (a time line is 90 % like the
    next); `tm build` leaves a bead of them on both sides out of TM and review file alike, and
    counts it; so too a one-sided bead of them where the other text is a transcript in prose
    without cues (`tm.align_core.lone_cues`)."""
    return [cue_line(t, texts[k + 1] if k + 1 < len(texts) else "") for k, t in enumerate(texts)]


def _file_of(art: _Article) -> str | None:
    src = art.segments[0].sources if art.segments else None
    return src[0].file if src else None


def _runs(articles: list[_Article], most: int = 4) -> list[_Article]:
    """Each article, then each run of two to `most` consecutive articles of one file as one
    article: the cleaner cuts an article where a page jump (（下转第三版）…（上接第一版）) or a
    headline block starts a new piece, and the English translates the whole."""
    out = list(articles)
    for i in range(len(articles)):
        for k in range(i + 2, min(i + most, len(articles)) + 1):
            run = articles[i:k]
            if _file_of(run[-1]) is None or _file_of(run[-1]) != _file_of(run[0]):
                break
            merged = _Article(run[0].doc, run[0].title, [], dated=any(a.dated for a in run),
                              _words=[w for art in run for w in art.words()])
            for art in run:
                base = merged.paras[-1] + 1 if merged.paras else 0
                merged.segments.extend(art.segments)
                merged.paras.extend(base + p for p in art.paras)
            out.append(merged)
    return out


def _choose_article(articles: list[_Article], en: list[str]) -> tuple[float, _Article]:
    """The article the English translates: the best dictionary support both ways, among the
    articles and the runs of consecutive articles of one file (a single article on a tie)."""
    return max(((_support(art, en), art) for art in _runs(articles)), key=lambda sa: sa[0])


def _article_date(art: _Article) -> str | None:
    """ISO date of the article, from a dateline such as (2023年5月19日) near its top."""
    for seg in art.segments[:8]:
        m = _DATE.search(seg.text)
        if m:
            y, mo, d = (int(g) for g in m.groups())
            if 1 <= mo <= 12 and 1 <= d <= 31:
                return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


def _split_at_paragraphs(bead, zh_para: list[int], en_para: list[int]) -> list:
    """An n-m bead whose both sides cross the same number of paragraph breaks is that many
    beads: paragraphs correspond one to one, and a CAT tool never joins across them."""

    def groups(indices: list[int], para: list[int]) -> list[list[int]]:
        out: list[list[int]] = []
        for i in indices:
            if out and para[out[-1][-1]] == para[i]:
                out[-1].append(i)
            else:
                out.append([i])
        return out

    zg, eg = groups(bead.zh, zh_para), groups(bead.en, en_para)
    if len(zg) > 1 and len(zg) == len(eg):
        return [Bead(z, e, bead.confidence) for z, e in zip(zg, eg, strict=True)]
    return [bead]


def _clean_cell(text: str) -> str:
    return " ".join(text.split())


def build_tm(
    pairs: list[tuple[str, str]], out: str | os.PathLike, review: str | os.PathLike | None = None,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
    warn: Callable[[str], None] | None = None, glossary: Glossary | None = None,
    progress: Progress | None = None, langs: tuple[str, str] = ("zh-CN", "en"),
) -> BuildReport:
    """Align each (Chinese file, English file) pair and write the confident beads as TMX.

    `langs` are the TMX language codes of the source and the target (a Trados or memoQ TM of
    en-US or en-GB wants its own locale; "en" is any English).

    `glossary` (a `glossary.entry.Glossary`), when given, lends its terms to the aligner as
    links between sentences.
    Beads below `min_confidence`, and sentences left without a counterpart, go to the `review`
    TSV (default: OUT with .review.tsv) rather than into the TM. n-1 beads become one unit whose
    source joins the Chinese segments (with a note: a CAT tool will not match it at 100%).
    Raises TifaError when a file is empty, in the wrong language, or no article translates it.
    """

    report = BuildReport()
    warn = warn or (lambda msg: print(f"tifa: warning: {msg}", file=sys.stderr))
    out = Path(out)
    review_path = Path(review) if review else out.with_suffix(".review.tsv")
    plans = []
    for zh_path, en_path in counted(pairs, "TM: aligning translations", progress, len(pairs), 1):
        zh_text = None
        if not Path(zh_path).is_dir():  # a directory is a corpus: checked file by file
            zh_text = read_text(zh_path)
            _check_language(zh_path, zh_text, want_chinese=True)
        en_text = read_text(en_path)
        _check_language(en_path, en_text, want_chinese=False)
        # English sentences with their paragraph numbers (paragraphs as `tifa align` reads them).
        en, en_para = [], []
        for k, paragraph in enumerate(split_paragraphs(en_text)):
            sentences = split_english(paragraph)
            en += sentences
            en_para += [k] * len(sentences)
        # (a pipe, `--zh <(…)`, is read once: read again, it was an "empty file")
        articles = _articles(zh_path) if zh_text is None or Path(zh_path).is_file() else \
            _articles_in(segment_pages([(display_path(Path(zh_path)), zh_text)]))
        if not articles:
            raise TifaError("no Chinese sentences found after cleaning the page", zh_path)
        support, art = _choose_article(articles, en)
        zh = [s.text for s in art.segments]
        if support < FREE_SUPPORT:
            raise _refused(support, zh_path, en_path)
        if support < MIN_SUPPORT and sum(v and not _LABEL_LINE.search(s) for s, v in
                                         zip(zh, verse_lines(zh), strict=True)) * 2 > len(zh):
            # the translator groups a poem's lines freely: such pairs gave wrong units at
            # 0.94-1.00 (docs/align.md, "Eighteenth round")
            raise _refused(support, zh_path, en_path, "; verse translated this freely is left "
                           "to `tifa align` (the translator groups its lines)")

        zh_para = art.paras
        beads = align(zh, en, glossary=glossary, zh_paras=zh_para, en_paras=en_para,
                      zh_dated=art.dated, en_tables=tabled(en_text))
        if support < MIN_SUPPORT:
            report.warnings.append(_free_translation(support, beads, len(zh), len(en),
                                                     zh_path, en_path))
        score = _coverage(beads, len(en))
        zh_chars = sum(len(s.text) for s in art.segments)
        en_chars = sum(map(len, en))
        ratio = en_chars / max(1, zh_chars)
        if not 1.0 <= ratio <= 6.0:
            report.warnings.append(
                f"{en_path}: English is {ratio:.1f}x the Chinese article's length (usual: 2-4x); "
                "expect low confidences and check the review file")
        if score < 0.2:
            raise TifaError(
                f"only {score:.0%} of its sentences align with confidence to '{art.title}'; "
                "is it a translation of that text?", en_path, 1)
        if score < 0.6:
            report.warnings.append(
                f"{en_path}: only {score:.0%} of the English aligns confidently with "
                f"'{art.title}'; check the review file")
        report.articles.append(art.title)
        beads = [part for bead in beads for part in _split_at_paragraphs(bead, zh_para, en_para)]
        plans.append((zh_path, en_path, art, en, beads))
    for msg in report.warnings:
        warn(msg)

    units: list[TranslationUnit] = []
    review_rows: list[str] = []
    written: set[tuple[str, str]] = set()  # a pair a speech repeats (各位同事！) is one unit
    tuids: Counter = Counter()
    for _zh_path, en_path, art, en, beads in plans:
        date = _article_date(art)
        zh_texts = [s.text for s in art.segments]
        zh_cue, en_cue = _cue_lines(zh_texts), _cue_lines(en)
        zh_lone, en_lone = lone_cues(zh_texts, en), lone_cues(en, zh_texts)
        for bead, moved in zip(beads, out_of_order(beads), strict=True):
            if (bead.zh and bead.en and all(zh_cue[i] for i in bead.zh)
                    and all(en_cue[j] for j in bead.en)) \
                    or (not bead.en and all(zh_lone[i] for i in bead.zh)) \
                    or (not bead.zh and all(en_lone[j] for j in bead.en)):
                report.cue_lines += 1
                continue
            # (a cue inside a bead, an English sentence said over two cues, is no text of it)
            zh_ids = [i for i in bead.zh if not zh_lone[i]]
            en_ids = [j for j in bead.en if not en_lone[j]]
            report.cue_lines += len(bead.zh) - len(zh_ids) + len(bead.en) - len(en_ids)
            segs = [art.segments[i] for i in zh_ids]
            kind = f"{len(zh_ids)}-{len(en_ids)}"
            zh_text = "".join(s.text for s in segs)
            en_text = " ".join(en[j] for j in en_ids)
            where = f"{segs[0].sources[0].file}:{segs[0].sources[0].line}" \
                if segs and segs[0].sources else ""
            if not segs or not en_ids or bead.confidence < min_confidence:
                review_rows.append(tsv_row([f"{bead.confidence:.3f}",
                                            f"{kind} moved" if moved else kind,
                                            _clean_cell(zh_text),
                                            _clean_cell(en_text), where, str(en_path)]))
                continue
            props = {"document": art.doc, "article": art.title}
            if date:
                props["date"] = date
            props.update({"bead": kind, "confidence": f"{bead.confidence:.3f}",
                          "source": where, "translation": str(en_path)})
            notes = []
            if len(segs) > 1:
                notes.append(f"joins {len(segs)} Chinese segments translated as one; a CAT "
                             "tool segmenting by sentence will not match this unit at 100%")
            if moved:
                props["order"] = "moved"
                notes.append("out of order: the English text has this sentence elsewhere "
                             "(the translator moved it)")
            if (zh_text, en_text) in written:
                continue
            written.add((zh_text, en_text))
            tuid = segs[0].id if len(segs) == 1 else \
                hashlib.sha1("+".join(s.id for s in segs).encode()).hexdigest()[:16]
            tuids[tuid] += 1
            if tuids[tuid] > 1:  # the same segment translated another way elsewhere
                tuid = f"{tuid}-{tuids[tuid]}"
            units.append(TranslationUnit(tuid, zh_text, en_text, *langs, props=props,
                                         notes=notes))
            report.beads[kind] += 1
    with atomic_write(review_path) as rev:
        rev.write("confidence\tbead\tzh\ten\tzh_source\ten_file\n")
        rev.writelines(review_rows)
    report.review = len(review_rows)
    if not units:  # checked before the TMX is opened: an existing TM is left as it was
        raise TifaError("no sentence pair reached the confidence threshold "
                        f"{min_confidence}; nothing written (see {review_path})", pairs[0][1])
    tmx = write_tmx(out, units, source_lang=langs[0], target_lang=langs[1])
    report.units, report.removed_chars = tmx.count, tmx.removed_chars
    return report


# ---------------------------------------------------------------- lookup

@dataclass
class Match:
    """One TM hit for a query: CAT-style percentage and the differences to show."""

    score: int                  # 0..100; 100 only when the stored source is identical
    source: str
    target: str
    tuid: str | None
    diff: list[dict]            # opcodes: {"op", "tm": [a, b], "query": [c, d]} on stored texts


def match_score(query: str, candidate: str) -> int:
    """CAT match percentage: Levenshtein similarity of the match keys, by characters.

    100 * (1 - edits / longer length), rounded down; 100 only for identical text, 99 when only
    width, dashes, quotes or spacing differ.
    """

    if query == candidate:
        return 100
    a, b = match_key(query), match_key(candidate)
    if a == b:
        return 99
    return min(99, math.floor(Levenshtein.normalized_similarity(a, b) * 100 + 1e-9))


def diff_ops(tm_text: str, query: str) -> list[dict]:
    """Character differences between a TM source and the query, as spans into both."""

    return [{"op": op, "tm": [a1, a2], "query": [b1, b2]}
            for op, a1, a2, b1, b2 in Levenshtein.opcodes(tm_text, query).as_list()
            if op != "equal"]


def mark_diff(tm_text: str, query: str, ops: list[dict]) -> str:
    """TM source with what the query lacks as [-x-] and what it adds as {+y+}."""
    out, pos = [], 0
    for op in ops:
        a1, a2 = op["tm"]
        b1, b2 = op["query"]
        out.append(tm_text[pos:a1])
        if a2 > a1:
            out.append(f"[-{tm_text[a1:a2]}-]")
        if b2 > b1:
            out.append(f"{{+{query[b1:b2]}+}}")
        pos = a2
    out.append(tm_text[pos:])
    return "".join(out)


class TmIndex:
    """Fuzzy lookup over a TM: a character-bigram inverted index picks candidates, rapidfuzz
    scores them.

    Everything lives in a few numpy arrays (texts as UTF-8 blobs with offsets, postings in CSR
    layout), so 1M units take a few hundred MB, and `from_tmx` caches the arrays on disk: the
    next lookup in the same, unchanged TMX loads in about a second.
    """

    CANDIDATES = 1000    # best-overlapping units rescored per query
    RARE_KEEP = 6        # bigrams always counted, rarest first, even if common
    CHUNK = 20_000       # units per batch while building the postings (bounds the transients)
    CACHE_VERSION = 2

    def __init__(self, units: Iterable[TranslationUnit] = ()) -> None:

        texts = {"src": bytearray(), "tgt": bytearray(), "tuid": bytearray(), "key": bytearray()}
        offsets = {name: [0] for name in texts}
        lengths: list[int] = []
        combined, keys = [], []
        for unit in units:
            key = match_key(unit.source)
            for name, value in (("src", unit.source), ("tgt", unit.target),
                                ("tuid", unit.tuid or ""), ("key", key)):
                blob = texts[name]
                blob += value.encode()
                offsets[name].append(len(blob))
            keys.append(key)
            lengths.append(len(key))
            if len(keys) == self.CHUNK:
                combined.append(_postings(keys, len(lengths) - len(keys)))
                keys = []
        if keys:
            combined.append(_postings(keys, len(lengths) - len(keys)))
        self.arrays = {}
        for name in list(texts):   # one blob at a time, so that two copies never coexist
            self.arrays[name] = np.frombuffer(bytes(texts.pop(name)), dtype=np.uint8)
            self.arrays[f"{name}_off"] = np.array(offsets.pop(name), dtype=np.int64)
        self.arrays["lengths"] = np.array(lengths, dtype=np.int32)
        del lengths
        # Sort (bigram, unit) pairs, drop repeats: postings grouped by bigram, CSR layout.
        pairs = np.concatenate(combined) if combined else np.zeros(0, np.uint64)
        del combined
        pairs.sort()
        if len(pairs):
            pairs = pairs[np.concatenate(([True], pairs[1:] != pairs[:-1]))]
        grams = (pairs >> np.uint64(32)).astype(np.uint32)
        self.arrays["postings"] = (pairs & np.uint64(0xFFFFFFFF)).astype(np.uint32)
        del pairs
        starts = np.flatnonzero(np.concatenate(([True], grams[1:] != grams[:-1]))) \
            if len(grams) else np.zeros(0, np.int64)
        self.arrays["gram_keys"] = grams[starts]
        self.arrays["gram_starts"] = np.append(starts, len(grams)).astype(np.int64)

    # -- persistence -------------------------------------------------------------------

    @classmethod
    def from_tmx(cls, path: str | os.PathLike, cache: bool = True) -> TmIndex:
        """Index a TMX file, reusing (and refreshing) the on-disk cache when possible."""

        path = Path(path)
        fingerprint = _fingerprint(path) if cache else None
        cache_file = disk_cache.entry_path("tm-index", fingerprint, ".npz") if fingerprint else None
        fh = disk_cache.opened(cache_file) if cache_file else None
        if fh is not None:
            try:
                with fh, np.load(fh, allow_pickle=False) as data:
                    if str(data["fingerprint"]) == fingerprint:
                        index = cls.__new__(cls)
                        index.arrays = {k: data[k] for k in data.files if k != "fingerprint"}
                        return index
            except Exception:
                # a damaged entry is rebuilt, never trusted (a cut one was a
                # zipfile.BadZipFile traceback; a stop is a BaseException, not caught)
                pass
        index = cls(read_tmx(path))
        if cache_file is not None:
            with disk_cache.writing(cache_file) as out:
                if out is not None:
                    np.savez(out, fingerprint=np.array(fingerprint), **index.arrays)
        return index

    # -- access ------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.arrays["lengths"])

    def _text(self, name: str, i: int) -> str:
        off = self.arrays[f"{name}_off"]
        return self.arrays[name][off[i]:off[i + 1]].tobytes().decode()

    def source(self, i: int) -> str:
        return self._text("src", i)

    def target(self, i: int) -> str:
        return self._text("tgt", i)

    def tuid(self, i: int) -> str | None:
        return self._text("tuid", i) or None

    # -- lookup ------------------------------------------------------------------------

    def _candidates(self, key: str, min_score: int):
        """Units sharing most bigrams with the key and long/short enough to reach min_score."""

        a = self.arrays
        lengths, qlen = a["lengths"], len(key)
        if qlen == 1:  # no bigram: only very short units can score; scan them all
            return np.flatnonzero(lengths <= max(1, 100 // max(min_score, 1)))
        grams = np.unique(_grams_of(key))
        pos = np.searchsorted(a["gram_keys"], grams)
        pos = pos[pos < len(a["gram_keys"])]
        pos = pos[np.isin(a["gram_keys"][pos], grams)]
        starts, ends = a["gram_starts"][pos], a["gram_starts"][pos + 1]
        if not len(pos):
            return np.zeros(0, dtype=np.int64)
        # Bigrams found in over 10% of the units (，中 国家 发展) say little about which unit is
        # closest and cost the most to count: keep the rarest RARE_KEEP, drop the rest.
        common = (ends - starts) > len(lengths) // 10
        if common.any() and (~common).sum() < self.RARE_KEEP:
            keep = np.argsort(ends - starts)[:self.RARE_KEEP]
            common = np.ones(len(pos), dtype=bool)
            common[keep] = False
        starts, ends = starts[~common], ends[~common]
        hits = np.concatenate([a["postings"][s:e] for s, e in zip(starts, ends, strict=True)])
        counts = np.bincount(hits, minlength=len(lengths))   # shared bigrams per unit
        del hits
        units = np.flatnonzero(counts)
        # Levenshtein similarity is at most shorter/longer: drop units that cannot reach it.
        lo_len = math.ceil(qlen * min_score / 100)
        hi_len = math.floor(qlen * 100 / max(min_score, 1))
        units = units[(lengths[units] >= lo_len) & (lengths[units] <= hi_len)]
        if len(units) > self.CANDIDATES:
            best = np.argpartition(counts[units], -self.CANDIDATES)[-self.CANDIDATES:]
            units = units[best]
        return units

    def lookup(self, text: str, min_score: int = 70, top: int = 5) -> list[Match]:
        """The best `top` units scoring at least `min_score`, best first."""

        key = match_key(text)
        if not key or not len(self):
            return []
        candidates = self._candidates(key, min_score).tolist()
        keys = [self._text("key", i) for i in candidates]
        scored = []
        for _key, sim, j in process.extract(key, keys, scorer=Levenshtein.normalized_similarity,
                                            score_cutoff=min_score / 100, limit=None):
            i = candidates[j]
            if sim >= 1.0:   # same match key: 100 only for the identical text (as match_score)
                score = 100 if self.source(i) == text else 99
            else:
                score = min(99, math.floor(sim * 100 + 1e-9))
            if score >= min_score:
                scored.append((score, i))
        scored.sort(key=lambda t: (-t[0], t[1]))
        matches = []
        for score, i in scored[:top]:
            source = self.source(i)
            matches.append(Match(score, source, self.target(i), self.tuid(i),
                                 diff_ops(source, text)))
        return matches


def _fold_code(codes):
    """Code points folded into 16 bits (BMP as is); collisions only add candidates."""

    return np.where(codes < 0xFFFF, codes, codes % 0xFFF1).astype(np.uint64)


def _grams_of(key: str):

    codes = _fold_code(np.frombuffer(key.encode("utf-32-le"), dtype=np.uint32))
    return (codes[:-1] << np.uint64(16)) | codes[1:]


def _postings(keys: list[str], first: int):
    """(bigram << 32 | unit) for every bigram of every key; unit numbers start at `first`."""

    lengths = np.fromiter(map(len, keys), dtype=np.int64, count=len(keys))
    codes = np.frombuffer("\0".join(keys).encode("utf-32-le"), dtype=np.uint32)
    owner = np.repeat(np.arange(first, first + len(keys), dtype=np.uint64), lengths + 1)
    owner = owner[:len(codes)]
    valid = (codes[:-1] != 0) & (codes[1:] != 0)   # no bigram spans two keys
    folded = _fold_code(codes)
    grams = (folded[:-1] << np.uint64(16)) | folded[1:]
    return (grams[valid] << np.uint64(32)) | owner[:-1][valid]


def _fingerprint(path: Path) -> str | None:
    """Cache key of a TMX's index: the file's content and the code that builds the index."""
    content = disk_cache.fingerprint(path)
    if content is None:
        return None
    code = disk_cache.code_stamp(__file__, sys.modules[match_key.__module__].__file__ or "")
    return disk_cache.key(str(TmIndex.CACHE_VERSION), content, code)


# ---------------------------------------------------------------- merge and stats

@dataclass
class TmStats:
    """Counts over one or more TMX files."""

    units: int = 0
    languages: Counter = field(default_factory=Counter)   # "zh-CN -> en" -> units
    duplicates: int = 0          # units identical (source and target) to an earlier one
    conflicts: list[dict] = field(default_factory=list)   # same source, different targets
    sources: int = 0             # distinct sources (by match key)
    sourceless: int = 0          # merge: <tu>s without a source tuv, kept as they were

    def to_json(self) -> dict:
        found = {"units": self.units, "languages": dict(self.languages),
                 "duplicates": self.duplicates, "distinct_sources": self.sources,
                 "conflicts": self.conflicts}
        if self.sourceless:
            found["without_source"] = self.sourceless
        return found


def _digest(*parts: str) -> bytes:
    return hashlib.blake2b("\x00".join(parts).encode(), digest_size=16).digest()


_PAIR = (1 << 128) - 1  # the low 128 bits of a `_Tally._first` value: its pair's digest


class _Tally:
    """Streams units, remembering only 16-byte digests and numbers: which pairs and sources
    were seen, and where each source was first.

    The text of a source's first unit is not kept (it was most of a TMX's size in memory):
    a conflict is found without it, and `finish` reads the files again, up to the last first
    unit a conflict needs, when there are any. A source's first pair is kept with its number,
    in one int (`_first`); only the pairs after it take a digest of their own (`_pairs`): most
    sources have one translation (232 → 150 bytes a distinct unit, tracemalloc)."""

    def __init__(self) -> None:
        self.stats = TmStats()
        self._pairs: set[bytes] = set()            # pairs after their source's first
        self._first: dict[bytes, int] = {}         # source -> its first unit's number << 128
        #                                            | the digest of its pair
        self._conflicted: dict[int, dict] = {}     # that number -> the source's conflict
        self._tags: tuple[str, str] | None = None  # the first unit's language tags
        self._retagged: set[bytes] = set()         # texts seen under other tags

    def _seen(self, first: int | None, pair: bytes) -> bool:
        return first is not None and (first & _PAIR == int.from_bytes(pair)
                                      or pair in self._pairs)

    def add(self, unit: TranslationUnit, where: str) -> bool:
        """Count a unit; False when it duplicates an earlier one: the same source and target,
        and the same language tags (case and `_` aside: `locale_key`). An en-GB unit beside
        an en (or en-US) one of the same texts is kept, neither a duplicate nor a conflict: a
        CAT tool keeps a locale's units apart (Trados and memoQ import a TMX's units by
        locale), and keeping only the first lost the other tag."""
        st = self.stats
        st.units += 1
        st.languages[f"{unit.source_lang} -> {unit.target_lang}"] += 1
        key = match_key(unit.source)
        text = _digest(key, unit.target.strip())
        tags = (locale_key(unit.source_lang), locale_key(unit.target_lang))
        if self._tags is None:
            self._tags = tags
        common = tags == self._tags  # (the other tags' digests kept apart: most TMs have one)
        pkey = text if common else _digest(key, unit.target.strip(), *tags)
        source = _digest(key)
        first = self._first.get(source)
        if self._seen(first, pkey):
            st.duplicates += 1
            return False
        if first is None:
            self._first[source] = st.units << 128 | int.from_bytes(pkey)
            st.sources += 1
            if not common:
                self._retagged.add(text)
            return True
        self._pairs.add(pkey)
        twin = text in self._retagged or (not common and self._seen(first, text))
        if not common:
            self._retagged.add(text)
        if twin:
            return True  # the same texts under another tag: not another translation
        first >>= 128
        conflict = self._conflicted.get(first)
        if conflict is None:
            conflict = {"source": "", "targets": []}  # the first unit's: `finish`
            self._conflicted[first] = conflict
            st.conflicts.append(conflict)
        conflict["targets"].append({"target": unit.target, "where": where})
        return True

    def finish(self, paths: list[str | os.PathLike]) -> TmStats:
        """The stats, each conflict led by its source's first unit, read again from `paths`
        (the files `add` was given, in the same order)."""
        wanted = dict(self._conflicted)
        units = ((path, n, unit) for path in (paths if wanted else ())
                 for n, unit in enumerate(read_tmx(path, warn=lambda _: None), 1))
        for number, (path, n, unit) in enumerate(units, 1):
            conflict = wanted.get(number)
            if conflict is not None and self._first.get(
                    _digest(match_key(unit.source)), 0) >> 128 == number:
                del wanted[number]
                conflict["source"] = unit.source
                conflict["targets"].insert(
                    0, {"target": unit.target, "where": f"{path}#{unit.tuid or n}"})
                if not wanted:
                    break
            elif conflict is not None:
                break
        if wanted:
            raise TifaError("the TMX files changed while tifa read them: another program is "
                            "writing one; run again once they are complete")
        return self.stats


def tm_stats(paths: Iterable[str | os.PathLike]) -> TmStats:
    """Units, language pairs, duplicates and conflicting translations in TMX files."""
    paths = list(paths)
    tally = _Tally()
    for path in paths:
        for n, unit in enumerate(read_tmx(path), 1):
            tally.add(unit, f"{path}#{unit.tuid or n}")
    return tally.finish(paths)


def merge_tmx(paths: list[str | os.PathLike], out: str | os.PathLike) -> TmStats:
    """Merge TMX files into one: identical units once, conflicting translations all kept.

    Units are identical when their sources have the same match key and their targets the same
    text. Every input must have the same source and target language (primary subtag).
    Nothing of a <tu> kept is lost: it is written as it was read (tuvs of a third language,
    inline codes, props, notes, dates), and a <tu> without a source tuv is kept too, in its
    place (once if it is in several files, character for character), and counted
    (`sourceless`).
    """
    pending: list[str] = []  # <tu>s without a source, met before the next unit

    def units():
        for path in paths:
            for n, unit in enumerate(read_tmx(path, keep_xml=True,
                                              sourceless=pending.append), 1):
                yield path, n, unit

    stream = units()
    first = next(stream, None)
    if first is None:
        raise TifaError("no translation units in the input files", paths[0] if paths else None)
    head = first[2]
    langs = (_primary(head.source_lang), _primary(head.target_lang))
    tally = _Tally()
    written: str | None = None  # the <tu> written last: its other targets' units share it

    seen_sourceless: set[bytes] = set()

    def flush() -> None:
        for tu in pending:
            key = _digest(tu)
            if key not in seen_sourceless:  # the same <tu> in two files: once
                seen_sourceless.add(key)
                writer.write_xml(tu)
                tally.stats.sourceless += 1
        pending.clear()

    with TmxWriter(out, source_lang=head.source_lang, target_lang=head.target_lang) as writer:
        for path, n, unit in itertools.chain([first], stream):
            flush()
            if (_primary(unit.source_lang), _primary(unit.target_lang)) != langs:
                raise TifaError(f"languages {unit.source_lang} -> {unit.target_lang} differ "
                                f"from the first file's {head.source_lang} -> "
                                f"{head.target_lang}", path)
            if tally.add(unit, f"{path}#{unit.tuid or n}") and unit.xml is not written:
                writer.write(unit)
                written = unit.xml
        flush()
        return tally.finish(paths)  # before the output is published: it may fail
