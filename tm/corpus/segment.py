"""Chinese sentence segmentation that gives the segments OmegaT gives.

A TMX entry only ever matches if our source segment is exactly the segment the translator's CAT
tool produces for the same paragraph. The rules below are OmegaT 3.6's default SRX rules
(`org/omegat/core/segmentation/defaultRules.srx` in the jar) for a `zh-CN` source, applied the
way its `Segmenter` applies them (first matching rule at a position decides):

1. Chinese, no break: after 。？！— when the next character is ’ ” " 」 ） 』 ？ or —
   (so “……。” keeps the closing quote, and the sentence goes on after it);
2. Chinese, no break: after 、 , . ． (whatever follows);
3. Chinese, break: after 。？！ before any character;
4. Default: break after a numbered header ("1.2 ") at paragraph start before a capital;
5. Default: break after ASCII . ? ! (runs) before whitespace (rule 2 means "." never does,
   which also makes Default's "..." exception moot).

Consequences, documented in docs/corpus.md: no break after ；, ：, …… or a closing quote; a
run like ？！ breaks once, after its last mark; segments are stripped of surrounding whitespace.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_ZH_BREAK = "。？！"
_ZH_NO_BREAK_AFTER = frozenset("’”\"」）』？—")
_NUMBERED_HEADER = re.compile(
    r"^[ \t]*\d+[\d.)\]]+[ \t\n\x0b\f\r]+(?=[A-Z\u00c0-\u00de\u0391-\u03a9\u0410-\u042f])")
# Java's \s (OmegaT's regexes) is ASCII whitespace only.
_CANDIDATES = re.compile(r"[。？！]|[.?!]+(?=[ \t\n\x0b\f\r])")


@dataclass(frozen=True, slots=True)
class Source:
    """Where a copy of a sentence was read: path as given/walked and 1-based line."""

    file: str
    line: int


@dataclass(slots=True)  # slots: a 100 MB corpus holds ~600k of these at once
class Segment:
    """One canonical Chinese sentence with every place it (or a variant of it) was read."""

    id: str
    text: str
    doc: str
    article: str
    para: int
    sources: list[Source] = field(default_factory=list)
    variants: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        """The JSONL record of `tifa segment` (field order fixed by the contract)."""
        return {
            "id": self.id, "text": self.text, "doc": self.doc, "article": self.article,
            "para": self.para,
            "sources": [{"file": s.file, "line": s.line} for s in self.sources],
            "variants": list(self.variants),
        }


def _break_positions(paragraph: str) -> list[int]:
    """Offsets after which OmegaT's default zh-CN rules break the paragraph."""
    breaks: list[int] = []
    header = _NUMBERED_HEADER.match(paragraph)
    if header:
        breaks.append(header.end())
    for m in _CANDIDATES.finditer(paragraph):
        end = m.end()
        if end >= len(paragraph):
            continue
        mark = m.group()
        if mark in _ZH_BREAK:
            if paragraph[end] not in _ZH_NO_BREAK_AFTER:
                breaks.append(end)
        elif mark[-1] != ".":  # Chinese rule 2 (no break after ".") precedes Default's
            breaks.append(end)
    return sorted(set(breaks))


def split_spans(paragraph: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each sentence in `paragraph`, stripped of surrounding spaces."""
    spans: list[tuple[int, int]] = []
    start = 0
    for end in [*_break_positions(paragraph), len(paragraph)]:
        chunk = paragraph[start:end]
        left = len(chunk) - len(chunk.lstrip())
        right = len(chunk.rstrip())
        if right > left:
            spans.append((start + left, start + right))
        start = end
    return spans


def split_sentences(paragraph: str) -> list[str]:
    """Split one paragraph (no line breaks) into the sentences OmegaT 3.6 would produce."""
    return [paragraph[a:b] for a, b in split_spans(paragraph)]
