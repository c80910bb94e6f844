"""The conservation law of the corpus step, checked against an independent re-reading.

Shared by tests/test_conservation.py (the seeds, each alone and all together) and
tests/test_conservation_generated.py (pages generated with real damage). The law
(docs/corpus.md, "Nothing lost"):

1. every sentence read is the text of its segment or one of that segment's variants,
   character for character;
2. every article as printed is rebuilt, in order, from `SegmentSet.copies`, and the sentences
   read are exactly those an independent cleaning + OmegaT split of the file gives (a sentence
   rejoined across a page jump counts as its two pieces);
3. nothing else is removed: every character of the input that is not white space or a Markdown
   heading's `#` is in a sentence read or in a piece of `removed` (its kind says why); a
   topic tag's marks (#国际博物馆日#) are the text's.
"""

from __future__ import annotations

from collections import Counter

from tifa.tm.corpus.clean import _TOPIC_TAG, split_articles
from tifa.tm.corpus.merge import SegmentSet, _letters
from tifa.tm.corpus.segment import split_sentences


def _visible(text: str, page: bool = False) -> Counter:
    """The characters of `text` but white space; on a `page`, but a Markdown heading's `#`s
    too (a line opening with # that is no social-media topic tag: #国际博物馆日# 今天… keeps
    its marks, and so does a # inside a line)."""
    if page:
        text = "\n".join(line.replace("#", "") if line.lstrip().startswith("#")
                         and not _TOPIC_TAG.match(line.strip()) else line
                         for line in text.split("\n"))
    return Counter(ch for ch in text if not ch.isspace())


def check_law(segset: SegmentSet, pages: dict[str, str]) -> None:
    """Assert the law for a result built from `pages` (display name → file text)."""
    by_id = {s.id: s for s in segset.segments}
    assert len(by_id) == len(segset.segments)
    read: dict[str, list[str]] = {name: [] for name in pages}
    for copy in segset.copies:
        for para in copy.paragraphs:
            for seg_id, text in para:
                seg = by_id[seg_id]
                assert text == seg.text or text in seg.variants, (text, seg.text)
                read[copy.file].append(text)
    rejoins: dict[str, list[tuple[str, str]]] = {}
    for file, left, right in segset.report.rejoins:
        rejoins.setdefault(file, []).append((left, right))
    removed: dict[str, list[str]] = {}
    for item in segset.report.removed:
        removed.setdefault(item.file, []).append(item.text)

    for name, text in pages.items():
        articles, _ = split_articles(name, text)
        expected = [s for a in articles for p in a.paragraphs for s in split_sentences(p.text)]
        punctuation = [s for s in expected if not _letters(s)]
        expected = [s for s in expected if _letters(s)]
        for left, right in rejoins.get(name, []):
            at = expected.index(left)
            expected[at] = left + right
            del expected[expected.index(right, at + 1)]  # the piece after the page jump
        assert read[name] == expected, name
        assert Counter(punctuation) <= Counter(removed.get(name, []))
        kept = _visible("".join(expected) + "".join(removed.get(name, [])))
        assert _visible(text, page=True) - kept == Counter(), \
            (name, _visible(text, page=True) - kept)

    for seg in segset.segments:  # the canonical form is never a truncation of a variant
        letters = _letters(seg.text)
        for variant in seg.variants:
            other = _letters(variant)
            assert not (len(other) > len(letters) + 1 and letters in other), (seg.text, variant)
