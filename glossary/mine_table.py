"""`tifa mine` at a terminal: a short table a terminologist reads, not the TSV a script reads.

One line per candidate, fitting the terminal (about 100 columns): rank, the candidate, whether
the glossary has it (and which entry), frequency, documents, its two or three strongest
signals in words, and one context cut around the candidate. Widths are counted as a terminal
draws them: a CJK character takes two columns (`unicodedata.east_asian_width`).

"Strongest" is read from the model that ranked the candidate: each signal's share of the
logit, `weight × signal` plus half of every product it takes part in (with products of two
signals and a zero baseline, that is each signal's exact Shapley share of the logit).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import IO

from tifa.glossary.entry import Glossary
from tifa.glossary.mine import Candidate, _key
from tifa.glossary.mine_model import Model, value
from tifa.glossary.mine_words import unmarked

# The signals a reader can be told about, in a few words each; signals that say what a
# candidate is not (veto, length, everyday words) are never given as a reason, nor those the
# table shows already (spread over documents) or that only sum others up (`rule`, the previous
# score). Signals that say the same thing share a phrase and add up.
REASONS = {
    "quote": "quoted", "quoted_affix": "quoted", "title": "《title》", "heading": "headline",
    "enum": "enumerated", "parallel": "in a series", "repeat": "A-B-A-C", "paired": "A-B-A-C",
    "head": "head word", "nested_head": "head word", "headed": "head word",
    "object": "verb object", "object_block": "verb object", "modified": "X的+name",
    "coordinated": "beside known", "glossary_words": "known words",
    "family_head": "family", "family_modifier": "family", "compound4": "new compound",
    "bg_novel": "rare words", "bg_keyness": "key here", "part_key_min": "key here",
    "part_key_mean": "key here", "cohesion": "cohesive", "freedom": "free edges",
    "left_clean": "clean edges", "right_clean": "clean edges", "numbered": "numbered",
    "dict_idiom": "idiom",
}
_MIN_SHARE = 0.1  # a reason must add at least this much to the logit to be named


def width(text: str) -> int:
    """Columns a terminal gives `text`: two for wide and full-width characters."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else
               0 if unicodedata.combining(ch) else 1 for ch in text)


def clip(text: str, columns: int) -> str:
    """`text` cut to at most `columns` (an ellipsis marks the cut) and padded to exactly that."""
    if width(text) > columns:
        out, used = [], 0
        for ch in text:
            w = width(ch)
            if used + w > columns - 1:
                break
            out.append(ch)
            used += w
        text = "".join(out) + "…"
    return text + " " * (columns - width(text))


def middle(text: str, columns: int) -> str:
    """`text` in at most `columns` with its middle cut, for ids that differ at the end
    (china-central-asia-summit, china-central-asia-community: china-cen…-summit)."""
    if width(text) <= columns:
        return text
    end = clip(text[::-1], (columns - 1) // 2).rstrip()[:-1][::-1]
    return clip(text, columns - width(end)).rstrip() + end


def reasons(signals: dict[str, float], model: Model, most: int = 3) -> list[str]:
    """The candidate's strongest evidence in words, strongest first (see the module note)."""
    share: dict[str, float] = {}
    for name, w in model.weights.items():
        v = value(signals, name)
        if not v or not w:
            continue
        parts = name.split("*")
        for part in parts:
            phrase = REASONS.get(part)
            if phrase:
                share[phrase] = share.get(phrase, 0.0) + w * v / len(parts)
    best = sorted((s, p) for p, s in share.items() if s >= _MIN_SHARE)
    return [p for _, p in reversed(best[-most:])]


def entry_ids(glossary: Glossary | None) -> dict[str, str]:
    """Match key of every glossary form → its entry's id (the first entry that has it)."""
    if glossary is None:
        return {}
    ids: dict[str, str] = {}
    for i, keys in enumerate(glossary.zh_keys):
        for k in keys:
            ids.setdefault(unmarked(k), glossary.row(i).id)
    return ids


def snippet(c: Candidate, columns: int) -> str:
    """The first context in at most `columns`, the candidate written ～ as a dictionary
    writes its headword (so the room goes to what surrounds it), a third of it before."""
    if not c.contexts:
        return ""
    text = " ".join(c.contexts[0].text.split())
    at = text.find(c.zh)
    if at < 0:
        return clip(text, columns).rstrip()
    before, after = text[:at], text[at + len(c.zh):]
    keep = ""
    for ch in reversed(before):  # a third of the room, or all of it, before the candidate
        if width(keep) + width(ch) > (columns - 3) // 3:
            keep = "…" + keep[1:] if keep else keep
            break
        keep = ch + keep
    return clip(keep + "～" + after, columns).rstrip()


def write_table(candidates: Sequence[Candidate], fh: IO[str], model: Model,
                glossary: Glossary | None = None, columns: int = 100) -> None:
    """The candidates as an aligned table of at most `columns` columns (see the module note)."""
    ids = entry_ids(glossary)
    caps = [5, 20, 16, 5, 4, 24]  # the widest each column may be: the rest is the context
    rows = []
    for n, c in enumerate(candidates, 1):
        known = middle(ids.get(_key(c.zh), "known"), caps[2]) if c.in_glossary else "new"
        why = ""
        for phrase in reasons(c.signals, model):  # two or three, as many as fit
            longer = f"{why}, {phrase}" if why else phrase
            if why and width(longer) > caps[5]:
                break
            why = longer
        rows.append([str(n), c.zh, known, str(c.freq), str(c.docs), why, c])
    head = ["#", "candidate", "glossary entry", "freq", "docs", "why"]
    widths = [min(cap, max([width(h)] + [width(r[k]) for r in rows]))
              for k, (h, cap) in enumerate(zip(head, caps, strict=True))]
    room = max(20, columns - sum(widths) - len(widths))  # what the context may take
    right = {0, 3, 4}  # numbers are right-aligned

    def line(cells: list[str], context: str) -> str:
        out = [(" " * (w - width(clip(x, w).rstrip())) + clip(x, w).rstrip()) if k in right
               else clip(x, w) for k, (x, w) in enumerate(zip(cells, widths, strict=True))]
        return (" ".join(out) + " " + context).rstrip() + "\n"

    fh.write(line(head, "context"))
    for r in rows:
        fh.write(line(r[:6], snippet(r[6], room)))
