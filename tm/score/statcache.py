"""Sentence statistics of each system kept in tifa's cache: scoring again only computes what
changed.

A translation department scores the same test set again and again — one more engine, one more
prompt, another glossary. What costs time is each hypothesis segment's statistics (sacrebleu's
counts, TER's search, the term analysis); the bootstrap and the reports take seconds. So each
system's statistics are stored in tifa's cache (`tm.base.cache`), one entry per system, named
by what they were computed from: the system's own segments (source, reference and hypothesis
of each, in order), the glossary (every field the matcher reads), the options, sacrebleu's
version and the code that computes them. Adding a system to a run recomputes only the new one;
editing the glossary or one line of a hypothesis recomputes what it touches (that system, or
every system). With plain texts a new system can move the segment boundaries the aligner
agrees on; then the systems whose segments changed are recomputed too. `TIFA_NO_CACHE=1`
switches it off.
"""

from __future__ import annotations

import pickle
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from tifa.tm.base import cache
from tifa.tm.score.terms import HypTerms

CACHE_VERSION = "1"
_KIND = "scorestats"


@dataclass
class SystemStats:
    """One system's statistics, one row per segment: what `score` computes and the cache keeps."""

    sacre: dict[str, np.ndarray]        # metric key → (N × k) sacrebleu sufficient statistics
    sentences: dict[str, np.ndarray]    # metric key → (N,) sentence scores (`sacrebleu -sl`)
    terms: list[HypTerms]               # the term and number counts


def _code() -> str:
    from tifa.glossary import matcher
    from tifa.tm import numbers
    from tifa.tm.score import kernels, sacre, terms

    return cache.code_stamp(__file__, kernels.__file__, sacre.__file__, terms.__file__,
                            matcher.__file__, numbers.__file__)


def run_key(entries, options: str) -> str:
    """What every system's statistics depend on besides its own segments."""
    import sacrebleu

    # binding and a variant's note steer the relaxed search for a missed term ("of"
    # inversion, verbal variants: `TermMatcher.en_relaxed`)
    glossary = repr([(e.zh_forms, e.en, [(v.text, v.note) for v in e.en_variants],
                      [d.text for d in e.en_deprecated], e.binding) for e in entries])
    return cache.key(CACHE_VERSION, _code(), sacrebleu.__version__, sys.version, options,
                     glossary)


def entry(run: str, triples) -> Path | None:
    """Where the statistics of a system with these (source, reference, hypothesis) segments
    live; None when the cache is off."""
    if not cache.enabled():
        return None
    text = "\x1e".join(f"{s}\x1f{'' if r is None else r}\x1f{h}\x1f{r is None}"
                       for s, r, h in triples)
    return cache.entry_path(_KIND, cache.key(run, text), ".pickle")


# What an entry may name: its own classes and numpy's arrays (numpy 1 and 2 spell them
# differently); a damaged entry naming anything else is read as none stored.
_CLASSES = frozenset({(__name__, "SystemStats"), ("tifa.tm.score.terms", "HypTerms"),
                      ("numpy", "dtype"), ("numpy", "ndarray"),
                      ("numpy._core.numeric", "_frombuffer"), ("numpy.core.numeric", "_frombuffer"),
                      ("numpy._core.multiarray", "_reconstruct"),
                      ("numpy.core.multiarray", "_reconstruct")})


def load(path: Path | None, n: int) -> SystemStats | None:
    """The stored statistics of a system of `n` segments, or None (none stored, or damaged:
    a corrupt length was a MemoryError traceback)."""
    stored = cache.unpickled(path, _CLASSES) if path is not None else None
    try:
        return stored if isinstance(stored, SystemStats) and len(stored.terms) == n else None
    except TypeError:  # damage that unpickled into a SystemStats of other fields
        return None


def store(path: Path | None, stats: SystemStats) -> None:
    if path is None:
        return
    with cache.writing(path) as fh:
        if fh is not None:
            pickle.dump(stats, fh, pickle.HIGHEST_PROTOCOL)
