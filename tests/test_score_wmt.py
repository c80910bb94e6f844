"""Term accuracy against an independent reimplementation of the WMT 2021 definitions.

A generator writes 1,200 Chinese sentences from the shipped glossary's own forms, each with its
annotation (which entries it holds, as the WMT 2021 test sets annotate terms), and a hypothesis
whose renderings are drawn per occurrence: official, an accepted variant, a deprecated one or a
paraphrase, in upper or lower case, sometimes plural, sometimes with an en dash for a hyphen.
The reimplementation below knows nothing of tifa's matcher: it reads the annotations and finds
renderings with regular expressions of its own.
"""

from __future__ import annotations

import random
import re

import pytest
from tifa.glossary.store import load_glossary
from tifa.tm.score import score
from tifa.tm.score.inputs import read_plain
from tifa.tm.score.metrics import TermAccuracy
from tifa.tm.score.terms import STOPWORDS, Place, window

SENTENCES = 1200
_WORDS = re.compile(r"[A-Za-z0-9]+(?:'[A-Za-z0-9]+)*")
_ZH_FILLERS = ("各方表示", "会议指出", "双方同意")
_EN_FRAMES = ("Both sides stressed {}.", "The meeting discussed {}.", "{} was on the agenda.")
_PARAPHRASE = "the matters concerned"


def _pattern(rendering: str) -> re.Pattern:
    """A rendering as a regular expression: its words in order, any punctuation, space or
    dash between them (a plural possessive's apostrophe too: Leaders' Meeting), case ignored,
    the last word optionally plural."""
    words = _WORDS.findall(rendering)
    body = r"'?[^A-Za-z0-9']+".join(re.escape(w) for w in words)
    return re.compile(rf"(?<![A-Za-z0-9']){body}s?(?![A-Za-z0-9'])", re.IGNORECASE)


def _spans(text: str, forms: list[tuple[int, bool, str]]) -> list[tuple[int, int, int, bool]]:
    """(start, end, entry, accepted) of every form in text, those inside a longer one dropped."""
    found = {(m.start(), m.end(), e, ok) for e, ok, f in forms
             for m in _pattern(f).finditer(text)}
    return [s for s in found if not any(o[0] <= s[0] and s[1] <= o[1] and
                                        o[1] - o[0] > s[1] - s[0] for o in found)]


def wmt_counts(annotations: list[int], hypothesis: str, entries) -> tuple[int, int, int]:
    """(terms, matched, deprecated) of one sentence, WMT 2021 exact match per occurrence.

    Every annotated occurrence of an entry with an accepted rendering is a term; the k-th is
    matched if the hypothesis holds k accepted renderings of the entry, deprecated if it is
    not matched and a deprecated rendering is left for it; once the entry is rendered, an
    occurrence for which neither is left is matched too (English says a repeated term once;
    docs/score.md, "Sixteenth round")."""
    checkable = [e for e in annotations if entries[e].accepted]
    forms = [(e, True, f) for e in set(checkable) for f in entries[e].accepted] + \
        [(e, False, d.text) for e in set(checkable) for d in entries[e].en_deprecated]
    spans = _spans(hypothesis, forms)
    matched = deprecated = 0
    for e in set(checkable):
        k = checkable.count(e)
        ok = sum(1 for s in spans if s[2] == e and s[3])
        bad = sum(1 for s in spans if s[2] == e and not s[3])
        dep = min(k - min(k, ok), bad)
        matched += (k - dep) if ok else 0
        deprecated += dep
    return len(checkable), matched, deprecated


def _usable(entries) -> list[int]:
    """Entries whose canonical Chinese form holds no other entry's form and is held by none
    (so the annotation is unambiguous), and no separator the generator uses."""
    forms = [(i, f) for i, e in enumerate(entries) for f in e.zh_forms]
    out = []
    for i, e in enumerate(entries):
        if "；" in e.zh or "，" in e.zh:
            continue
        if any(j != i and (f in e.zh or e.zh in f) for j, f in forms):
            continue
        out.append(i)
    return out


def _rendering(entry, rng: random.Random) -> tuple[str, str]:
    """(kind, text) for one occurrence in the hypothesis."""
    kinds = ["official"] * 4 + ["missing"] * 3
    if entry.en_variants:
        kinds += ["variant"] * 2
    if entry.en_deprecated:
        kinds += ["deprecated"] * 2
    kind = rng.choice(kinds) if entry.accepted else "missing"
    if kind == "official":
        text = entry.en or entry.accepted[0]
    elif kind == "variant":
        text = rng.choice(entry.en_variants).text
    elif kind == "deprecated":
        text = rng.choice(entry.en_deprecated).text
    else:
        return kind, _PARAPHRASE
    last = _WORDS.findall(text)[-1] if _WORDS.findall(text) else ""
    if rng.random() < 0.2 and text.endswith(last) and len(last) >= 3 and \
            last[-1].lower() not in "siu" and last.isalpha():
        text += "s"
    if rng.random() < 0.3:
        text = text.replace("-", "\u2013")
    if rng.random() < 0.3:
        text = text[:1].upper() + text[1:]
    return kind, text


def generate(entries, n: int, seed: int = 2021) -> tuple[list[str], list[str], list[list[int]]]:
    rng = random.Random(seed)
    usable = _usable(entries)
    sources, hypotheses, annotations = [], [], []
    for _ in range(n):
        picked = rng.sample(usable, rng.choice((1, 1, 2, 3)))
        if rng.random() < 0.1:
            picked.append(picked[0])              # a term used twice in one sentence
        zh = rng.choice(_ZH_FILLERS) + "：" + "；".join(entries[e].zh for e in picked) + "。"
        parts = [_rendering(entries[e], rng)[1] for e in picked]
        en = rng.choice(_EN_FRAMES).format("; ".join(parts))
        sources.append(zh)
        hypotheses.append(en[:1].upper() + en[1:])
        annotations.append(picked)
    return sources, hypotheses, annotations


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> tuple:
    glossary = load_glossary()
    entries = list(glossary)
    sources, hypotheses, annotations = generate(entries, SENTENCES)
    folder = tmp_path_factory.mktemp("wmt")
    zh, hyp = folder / "gen.zh.txt", folder / "gen.en.txt"
    zh.write_text("\n".join(sources) + "\n", encoding="utf-8")
    hyp.write_text("\n".join(hypotheses) + "\n", encoding="utf-8")
    report = score(read_plain(zh, [hyp], presplit=True), glossary, n_bootstrap=0, jobs=0)
    return entries, hypotheses, annotations, report


def test_generated_set_is_large_and_varied(generated) -> None:
    entries, hypotheses, annotations, report = generated
    assert len(report.input.segments) == SENTENCES >= 1000
    kinds = {e for a in annotations for e in a}
    assert len(kinds) > 150                        # most of the glossary is exercised
    assert sum(len(a) != len(set(a)) for a in annotations) > 50
    assert sum("\u2013" in h for h in hypotheses) > 50


def test_term_accuracy_equals_the_reimplementation(generated) -> None:
    entries, hypotheses, annotations, report = generated
    system = report.systems[0]
    theirs = [wmt_counts(a, h, entries) for a, h in zip(annotations, hypotheses, strict=True)]
    ours = [(len(t.occurrences), sum(o[1] == 1 for o in t.occurrences),
             sum(o[1] == 2 for o in t.occurrences)) for t in system.segment_terms]
    assert ours == theirs
    terms = sum(t[0] for t in theirs)
    matched = sum(t[1] for t in theirs)
    assert 0.3 < matched / terms < 0.9            # neither trivially right nor wrong
    assert system.scores["term_acc"] == pytest.approx(100 * matched / terms, abs=1e-9)
    assert system.scores["dep_term"] == pytest.approx(
        100 * sum(t[2] for t in theirs) / terms, abs=1e-9)
    assert TermAccuracy().score([matched, terms]) == system.scores["term_acc"]


def test_window_follows_the_definition() -> None:
    """Content words within w of the rendering; articles and stopwords do not count."""
    tokens = "we will firmly support the global development initiative and the joint " \
             "statement of the summit".split()
    place = Place(0, True, "Global Development Initiative", 0, 0, "", 5, 3)
    assert window(tokens, place, 2) == ["firmly", "support", "joint", "statement"]
    assert window(tokens, place, 3) == ["firmly", "support", "joint", "statement", "summit"]
    assert {"the", "we", "will", "of"} <= STOPWORDS
