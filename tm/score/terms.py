"""Terminology and number statistics of one hypothesis segment, with tifa's term matcher.

The definitions (written down in docs/score.md) follow the WMT 2021 terminology task (Alam et
al. 2021): exact-match term accuracy, window overlap and 1-TERm, plus the deprecated-rendering
rate, term consistency and number accuracy a reviser also asks for. Everything here is a count
per segment, so that corpus scores are ratios of sums and the bootstrap can resample segments.

* A source term is a top-level glossary hit (`TermMatcher.find_zh`: leftmost-longest, a nested
  term counts once) of an entry with at least one accepted English rendering.
* A rendering is found by the matcher's inflection-tolerant English search (case, plural,
  possessive, British spelling, hyphen/dash/space, articles). Renderings inside a longer
  rendering found in the same text count only as that longer one ("community with a shared
  future" inside "China-Central Asia community with a shared future").
* The k-th occurrence of an entry in the source is matched when the hypothesis holds at least k
  accepted renderings of it; it is deprecated when not matched but a deprecated rendering is
  left for it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

import numpy as np
from tifa.glossary.matcher import (
    common_noun,
    en_key,
    en_tokens,
    ism_moves,
    letter_a,
    looks_verbal,
    meeting_met,
    near_acronyms,
    nouns_as_adjectives,
    owner_dropped,
    reworded,
    term_matcher,
    written_plural,
)
from tifa.tm.numbers import extract_en, extract_zh, is_soft, match_quantities
from tifa.tm.score import kernels

WINDOWS = (2, 3)
# Function words left out of the windows: the overlap should measure the content around a
# term, not whether both sentences say "of the".
STOPWORDS = frozenset("""
a an the and or but nor so yet of to in on at by for with from as into onto upon about above
below over under between among through during before after since until than that this these
those it its it's they them their theirs we us our ours you your he him his she her i me my
is are was were be been being am has have had do does did will would shall should can could
may might must not no also all any each both such which who whom whose what when where why
how there here then very more most other some only own same just
""".split())
_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")


@dataclass
class Place:
    """A rendering of an entry found in an English text, on the matcher's key positions."""

    entry: int
    accepted: bool
    rendering: str
    start: int          # position in en_key(text) of the space before the first token
    end: int            # position after the last token
    key: str
    token: int = 0      # index of its first token in en_key(text).split()
    length: int = 0     # its number of tokens


@dataclass
class SourceTerms:
    """What the source (and the reference) of a segment says, computed once for all systems."""

    counts: dict[int, int] = field(default_factory=dict)   # entry index → occurrences
    quantities: list = field(default_factory=list)        # every zh quantity
    hard: int = 0                                         # quantities that must be rendered
    ref_accepted: dict[int, list[Place]] = field(default_factory=dict)
    # per entry, per accepted rendering in the reference: its window (a set) per WINDOWS
    ref_windows: dict[int, list[tuple[set[str], ...]]] = field(default_factory=dict)
    ref_words: Words | None = None      # TER tokens of the reference, term words flagged


@dataclass
class HypTerms:
    """The term and number counts of one hypothesis segment."""

    occurrences: list[tuple[int, int, str | None]]   # (entry, 0 missing/1 accepted/2 dep, used)
    deprecated: int            # deprecated renderings anywhere in the hypothesis
    words: int
    numbers_found: int
    numbers: int
    windows: tuple[tuple[float, int], ...]          # per WINDOWS: (sum of overlaps, terms)
    ter: tuple[float, float] | None = None          # TER's (edits, reference length)
    term_ter: tuple[float, float] | None = None     # TERm's weighted (edits, reference length)

    def __reduce__(self):   # pickled as its fields: the cache loads 100,000 of them at once
        return (HypTerms, (self.occurrences, self.deprecated, self.words, self.numbers_found,
                           self.numbers, self.windows, self.ter, self.term_ter))


class TermScorer:
    """Built once per run from the glossary. Per segment, `source` analyses the source and
    the reference (once, for all systems); per hypothesis, `analyse` counts against it. Both
    run in worker processes, which inherit this object."""

    def __init__(self, entries) -> None:
        self.matcher = term_matcher(entries)
        self.entries = self.matcher.entries
        self._index = {id(e): i for i, e in enumerate(self.entries)}
        # the entries as a grader of engines reads a missed term (docs/score.md, "Twenty-fifth
        # round"): an official rendering of common words may be inverted, put in the passive
        # or said by its verb ("subsidies for childcare", "urban villages will be renovated");
        # a fixed word order is lint's demand on a translator's draft. A name keeps it ("the
        # question of Taiwan" is no "Taiwan question")
        self._graded = self.matcher.bound_to(
            [replace(e, binding=False) if e.binding and common_noun(e.en) else e
             for e in self.entries])
        self.vocab: dict[str, int] = {}     # TER token → id, shared by references and hypotheses
        # whitespace-separated word → `_word_info`'s (TER id, matcher tokens, words)
        self._words: dict[str, tuple[int, int, int]] = {}
        self._plurals: dict[str, tuple[int, ...]] = {}   # rendering → `_plural_words`

    # ------------------------------------------------------------ source and reference

    def source(self, source: str, reference: str | None,
               annotated: list[int] | None = None) -> SourceTerms:
        """`annotated`: the segment's terms as a test set annotates them (entry indices),
        instead of the glossary terms the matcher finds in `source`."""
        counts: Counter[int] = Counter()
        if annotated is not None:
            counts.update(e for e in annotated if self.entries[e].accepted)
        for hit in self.matcher.find_zh(source) if annotated is None else ():
            if hit.entry.accepted:   # an entry without English cannot be checked
                counts[self._index[id(hit.entry)]] += 1
        quantities = extract_zh(source)
        info = SourceTerms(dict(counts), quantities, sum(not is_soft(q) for q in quantities))
        if reference is None:
            return info
        accepted = []
        if counts:
            for p in self.places(reference, counts):
                if p.accepted:
                    info.ref_accepted.setdefault(p.entry, []).append(p)
                    accepted.append(p)
            tokens = en_key(reference).split()
            info.ref_windows = {e: [tuple(set(window(tokens, p, w)) for w in WINDOWS)
                                    for p in found] for e, found in info.ref_accepted.items()}
        info.ref_words = self._ter_words(self._word_info(reference), accepted)
        return info

    def places(self, text: str, entries, nested: set[int] | None = None) -> list[Place]:
        """Renderings of `entries` in `text`, those inside a longer one dropped, in order;
        `nested` receives the entries that had one dropped."""
        found: dict[tuple[int, int, int], Place] = {}
        doc = en_key(text)
        for e in entries:
            for kind, rendering, pos, key in self.matcher.en_places(text, self.entries[e]):
                place = Place(e, kind != "deprecated", rendering, pos, pos + len(key) - 1, key,
                              doc.count(" ", 0, pos + 1) - 1, key.count(" ") - 1)
                old = found.get((e, place.start, place.end))
                if old is None or (place.accepted and not old.accepted):
                    found[(e, place.start, place.end)] = place
        every = list(found.values())
        kept = [p for p in every if not any(
            q.start <= p.start and p.end <= q.end and q.end - q.start > p.end - p.start
            for q in every)]
        if nested is not None and len(kept) < len(every):
            nested.update(p.entry for p in every if p not in kept)
        kept.sort(key=lambda p: (p.start, p.entry))
        return kept

    # ------------------------------------------------------------ one hypothesis

    def analyse(self, src: SourceTerms, hypothesis: str) -> HypTerms:
        """Counts for `hypothesis` as the translation of the segment `src` was made from;
        with a reference also TER and TERm, from one shift search (`edit_stats`)."""
        occurrences: list[tuple[int, int, str | None]] = []
        accepted: dict[int, list[Place]] = {}
        places: list[Place] = []
        if src.counts:
            nested: set[int] = set()
            places = self.places(hypothesis, src.counts, nested)
            deprecated: dict[int, list[Place]] = {}
            for p in places:
                (accepted if p.accepted else deprecated).setdefault(p.entry, []).append(p)
            for e, k in src.counts.items():
                occurrences += self._outcomes(hypothesis, e, k, accepted, deprecated.get(e, []),
                                              places, e in nested)
        found = 0
        if src.hard:
            lost, _ = match_quantities(src.quantities, extract_en(hypothesis))
            found = src.hard - sum(not is_soft(q) for q in lost)  # a wrong month is no figure
        windows = self._windows(src, hypothesis, accepted)
        info = self._word_info(hypothesis)
        ter = term_ter = None
        if src.ref_words is not None:
            ter, term_ter = edit_stats(self._ter_words(info, places), src.ref_words)
        return HypTerms(occurrences, self.deprecated_count(hypothesis),
                        sum([i[2] for i in info]), found, src.hard, windows, ter, term_ter)

    def _outcomes(self, text: str, e: int, k: int, accepted: dict[int, list[Place]],
                  dep: list[Place], places: list[Place], nested: bool
                  ) -> list[tuple[int, int, str | None]]:
        """The outcome of each of the `k` source occurrences of entry `e` (docs/score.md,
        "Term accuracy"). An accepted rendering with a plural word of a name written singular
        ("Five Principle of Peaceful Coexistence") is no rendering; an entry with no accepted
        rendering found, and no deprecated or slipped one, may be rendered as translators
        write it (`TermMatcher.en_relaxed`: "practical and fruitful cooperation", "the Global
        Development, Security and Civilization Initiatives") — not inside or across another
        term's rendering, as with exact renderings (`places`; `nested`: a rendering of it was
        found inside another term's). Once the term is rendered, an
        occurrence beyond the renderings found is matched too, unless a deprecated rendering
        is left for it: English says a repeated noun once, or "the initiative", "it"."""
        acc = accepted.get(e, [])
        slipped = [p for p in acc if self._number_slip(text, p) or self._rank_slip(text, p)]
        if slipped:
            acc = accepted[e] = [p for p in acc if p not in slipped]
        used = [p.rendering for p in acc]
        if not used and not dep and not slipped and not nested:
            # the relaxed search first; a split form it refuses ("Premier Li Qiang of the
            # State Council" reads as another name) leaves the grader's other forms to try
            for find in (self._graded.en_relaxed, ism_moves, owner_dropped, meeting_met,
                         nouns_as_adjectives, reworded):
                hit = find(text, self._graded.entries[e])
                if hit is not None and not _split_slip(hit) and \
                        not _adjective_left(text, hit) and not any(
                        hit.start < b and a < hit.end and not (hit.start <= a and b <= hit.end)
                        for a, b in (self.matcher.en_span(text, p.start, p.key)
                                     for p in places)):
                    used.append(hit.rendering)
                    break
        m = min(k, len(used))
        d = min(k - m, len(dep))
        again = k - m - d if used else 0
        if again:   # "the GSI" at a later mention of the GDI: another initiative; not a word
            # of a rendering found, its own ("the CPC" in "Party School of the CPC Central
            # Committee", one off CPS) or another term's
            said = [self.matcher.en_span(text, p.start, p.key) for p in places]
            again -= min(again, sum(not any(a <= s and t <= b for a, b in said)
                                    for s, t in near_acronyms(text, self.entries[e])))
        return [(e, 1, r) for r in used[:m]] + [(e, 2, p.rendering) for p in dep[:d]] + \
            [(e, 1, None)] * again + [(e, 0, None)] * (k - m - d - again)

    def _number_slip(self, text: str, place: Place) -> bool:
        """Whether an accepted rendering that is a name writes in the singular a capitalised
        word the name has in the plural (the key folds plurals): "United Nation", "Five
        Principle of Peaceful Coexistence" are not the names. A figure after the word makes
        it one of a numbered set ("Sustainable Development Goal 4"). The other way round
        ("Confucius Institutes", "Luban Workshops") is the plural of a name, and stays."""
        plural = self._plurals.get(place.rendering)
        if plural is None:
            plural = self._plurals[place.rendering] = _plural_words(place.rendering)
        if not plural or place.key != en_key(place.rendering):
            return False   # (a twin key, "National Congress of the CPC", has other words)
        tokens = en_tokens(text)[place.token:place.token + place.length]
        for i in plural:
            start, end = tokens[i][1], tokens[i][2]
            if not written_plural(text[start:end], tokens[i][0]) and \
                    not _FIGURE_NEXT.match(text, end):
                return True
        return False

    def _rank_slip(self, text: str, place: Place) -> bool:
        """Whether a rank word the rendering does not have is written just before it: a
        "Deputy Secretary-General", an "Under-Secretary-General", a "Vice Premier" holds
        another office than the Secretary-General or the Premier ("the SCO Secretary-General"
        is the Secretary-General)."""
        start, _ = self.matcher.en_span(text, place.start, place.key)
        return bool(_RANK_BEFORE.search(text, 0, start))

    def deprecated_count(self, text: str) -> int:
        """Deprecated renderings of any entry in `text`; one inside another counts once."""
        count, end = 0, -1
        for start, stop in self.matcher.deprecated_places(text):
            if start < end:
                continue
            end = stop
            count += 1
        return count

    def _windows(self, src: SourceTerms, hypothesis: str,
                 accepted: dict[int, list[Place]]) -> tuple[tuple[float, int], ...]:
        """Window overlap of every term the reference renders, per WINDOWS: (sum of overlaps,
        terms)."""
        if not src.ref_accepted:
            return ((0.0, 0),) * len(WINDOWS)
        hyp_tokens = en_key(hypothesis).split() if accepted else []
        totals, terms = [0.0] * len(WINDOWS), [0] * len(WINDOWS)
        for e, k in src.counts.items():
            refs = src.ref_windows.get(e, [])
            hyps = accepted.get(e, [])
            for j in range(min(k, len(refs))):
                for at, w in enumerate(WINDOWS):
                    ref_window = refs[j][at]
                    if not ref_window:
                        continue  # nothing around the term in the reference to compare with
                    terms[at] += 1
                    if j < len(hyps):
                        hyp_window = set(window(hyp_tokens, hyps[j], w))
                        totals[at] += len(hyp_window & ref_window) / len(ref_window)
        return tuple(zip(totals, terms, strict=True))

    def _word_info(self, text: str) -> list[tuple[int, int, int]]:
        """Per whitespace-separated word of `text` (`str.split`): the TER id of the word in
        lower case, the matcher tokens in it and the words (`_WORD`) in it. None of the three
        tokenisations crosses white space, so a text's are its words' one after the other;
        each distinct word is worked out once."""
        known = self._words
        words = text.split()
        info = list(map(known.get, words))
        if None in info:
            vocab = self.vocab
            for at, word in enumerate(words):
                if info[at] is None:
                    info[at] = known[word] = (vocab.setdefault(word.lower(), len(vocab)),
                                              len(en_key(word).split()),
                                              len(_WORD.findall(word)))
        marked = letter_a(text)
        if marked != text:
            # a letter A ("hepatitis A") is a matcher token, which the word alone cannot tell
            for at, (word, mark) in enumerate(zip(words, marked.split(), strict=True)):
                if mark != word:
                    info[at] = (info[at][0], len(en_key(mark).split()), info[at][2])
        return info   # type: ignore[return-value]

    @staticmethod
    def _ter_words(info: list[tuple[int, int, int]], places: list[Place]) -> Words:
        """TER's tokens of a text (sacrebleu's tercom tokenizer: lower case, split on white
        space) as ids, from its `_word_info`, with the words that hold a matcher token of a
        rendering flagged. A matcher token lies inside one whitespace word, so a rendering
        from its first to its last token covers those words and every word between them (a
        dash, an article)."""
        ids = np.array([i[0] for i in info], dtype=np.int64)
        flags = np.zeros(len(info), dtype=np.int64)
        if places:
            owner: list[int] = []   # per matcher token (articles dropped): its word
            for at, i in enumerate(info):
                if i[1]:
                    owner += [at] * i[1]
            for p in places:
                flags[owner[p.token]:owner[p.token + p.length - 1] + 1] = 1
        return Words(ids, flags)


_FIGURE_NEXT = re.compile(r"\s*\d")
# a rank that makes an office another one, written before it with a space or a hyphen
_RANK_BEFORE = re.compile(r"(?<![^\W_])(?:deputy|vice|assistant|under|associate)"
                          r"[\s\-\u2010\u2011]+$", re.I)


def _plural_words(rendering: str) -> tuple[int, ...]:
    """Token indices of the capitalised words a name writes in the plural ("Five Principles of
    Peaceful Coexistence": 1); none for a rendering of common words, whose number follows the
    sentence ("people-to-people exchange programs")."""
    if common_noun(rendering):
        return ()
    return tuple(i for i, (_, start, end) in enumerate(en_tokens(rendering))
                 if rendering[start].isupper() and written_plural(rendering[start:end]))


def _split_slip(hit) -> bool:
    """Whether a rendering found split by inserted words (`en_relaxed`'s "split": its words
    in order, the first and the last in place) is not the term after all: its first word is
    written in the plural where the rendering has it singular — a modifier or a name does
    not take the plural, a noun that ends a phrase does ("antibacterial drugs worsen
    bacterial resistance" is no "drug resistance", "entities added to the list" no Entity
    List) —, a noun is put before the common head of a name-led term ("the Syrian refugee
    issue" is no "Syrian issue"), or, for a name, its last word is written in another number.
    "Win-win economic cooperation", "the Paris climate agreement", "heavy-duty trucks"
    stay."""
    if hit.kind not in ("split", "elided"):
        return False
    mine, theirs = en_tokens(hit.text), en_tokens(hit.rendering)
    own = {t for t, _, _ in theirs}
    # the head said as an infinitive in another clause is that clause's verb, with its own
    # object: "prepared for floods and do more to control soil erosion" is no "flood control"
    # (found split, or elided as if "flood [control] and … control")
    if len(mine) > 3 and mine[-2][0] == "to" and "to" not in own and \
            {"and", "or"} & {t for t, _, _ in mine[1:-2]} and common_noun(hit.rendering):
        return True
    if hit.kind != "split":
        return False

    def plural(text: str, token) -> bool:
        return written_plural(text[token[1]:token[2]])
    if plural(hit.text, mine[0]) and not plural(hit.rendering, theirs[0]) and \
            not looks_verbal(hit.rendering):   # "interferes in" is a verb's -s
        return True
    # a word of a name with another word hyphened to it is another word: "Chinese-style
    # modernization" is no "Chinese modernization" ("heavy-duty trucks" are heavy trucks)
    # and so is a capitalised word written after it: the "Taiwan Strait question" is no
    # "Taiwan question", the "China International Supply Chain Promotion Expo" another expo
    # a coordination said without its "and" is another concept: "law enforcement security
    # cooperation" is no "law enforcement and security cooperation" (a comma or another
    # conjunction in its place lists it: "peace, development and cooperation")
    if "and" in own and "and" not in {t for t, _, _ in mine} and \
            not _LISTED.search(hit.text) and \
            not (_stacked(hit.rendering) and len(mine) == len(theirs) - 1):
        return True
    # an -ing head said by its base as a noun is the thing, not the activity: "medical
    # images", "a medical image diagnosis system" are no "medical imaging" (the base right
    # after the modifiers, or in the plural); as a verb after other words it stays ("once
    # carbon emissions peak" for "carbon peaking"), and so do verbs for a rendering of
    # gerunds ("forestall and defuse" for "forestalling and defusing")
    head, said = theirs[-1][0], mine[-1][0]
    if head.endswith("ing") and said != head and not said.endswith(("ing", "ed")) and \
            (len(mine) == len(theirs) or plural(hit.text, mine[-1])) and \
            not theirs[0][0].endswith("ing") and not own & {"and", "or"}:
        return True
    # a noun and "of" inserted before a common-noun rendering's head make that noun the head:
    # "a new, people-centred model of urbanization" is no "new urbanization" ("a new type of
    # urbanization" is: a word of kind says the head's class) — the rendering's other words
    # all written before it ("revitalization of the countryside" says "revitalize the
    # countryside" by its noun)
    if len(mine) > 2 and mine[-2][0] == "of" and "of" not in own and \
            mine[-3][0] not in own and mine[-3][0] not in _KIND and \
            common_noun(hit.rendering) and \
            {t for t, _, _ in theirs[:-1]} <= {t for t, _, _ in mine[:-3]}:
        return True
    for (tok, _, end), (nxt, start, _) in zip(mine, mine[1:], strict=False):
        if tok in own and nxt not in own and not common_noun(hit.rendering) and \
                (hit.text[end:end + 1] in "-\u2010\u2011" or
                 hit.text[start:start + 1].isupper() and hit.text[end:start].isspace() and
                 hit.text[end - 1:end].isalpha() and hit.text[:end].split()[-1][:1].isupper()):
            return True
    # a noun put before the common head of a name-led term makes another thing: the
    # "Syrian refugee issue" is no "Syrian issue"; an adjective ("Chinese people-centred
    # modernization", a compound with a hyphen) or a function word ("the Chinese path to
    # modernization") leaves it
    if len(mine) > 2 and mine[-2][0] not in own and theirs[-1][0] == mine[-1][0] and \
            hit.rendering[theirs[-1][1]:][:1].islower() and \
            hit.rendering[theirs[-2][1]:][:1].isupper() and \
            hit.text[mine[-2][1]:][:1].islower() and mine[-2][0] not in STOPWORDS and \
            not mine[-2][0].endswith(_ADJECTIVE) and \
            hit.text[mine[-2][1] - 1:mine[-2][1]] not in "-\u2010\u2011":
        return True
    # a noun put between the two nouns of a rendering of common words makes a compound with
    # one of them, another thing: "silver hair economy", "county area economy", "carbon tax
    # market" are no "silver / county economy", "carbon market"; an adjective ("win-win
    # economic cooperation", "hidden local debt"), a participle ("carbon trading market"),
    # a plural noun that the first word modifies ("carbon emissions market") or a hyphened
    # word leaves the rendering
    if len(theirs) == 2 and len(mine) == 3 and common_noun(hit.rendering) and \
            _noun_like(theirs[0][0]) and _noun_like(mine[1][0]) and \
            not plural(hit.text, mine[1]) and \
            hit.text[mine[1][1]:][:1].islower() and \
            hit.text[mine[0][2]:mine[1][1]].isspace() and \
            hit.text[mine[1][2]:mine[2][1]].isspace():
        return True
    return not common_noun(hit.rendering) and \
        plural(hit.text, mine[-1]) != plural(hit.rendering, theirs[-1])


def _adjective_left(text: str, hit) -> bool:
    """Whether a rendering found inverted (`en_relaxed`'s "inverted": head, "of"/"in",
    modifiers) ends on an adjective that a noun after it takes: "core technologies in key
    areas" is no "key core technologies" — "key" is the areas'. A noun modifier may take one
    ("cooperation on health care issues" is still health care cooperation), and after "of"
    the noun says what kind ("urbanization of a new type", "bonds of ultra-long maturity")."""
    if hit.kind != "inverted":
        return False
    mine = [t for t, _, _ in en_tokens(hit.text)]
    if "of" in mine:
        return False
    last = mine[-1]
    after = en_tokens(text[hit.end:])[:1]
    return bool(after) and last.isalpha() and last not in STOPWORDS and \
        not _noun_like(last) and _noun_like(after[0][0]) and \
        text[hit.end:hit.end + after[0][1] + 1].strip()[:1].islower()


def _noun_like(word: str) -> bool:
    """Whether a key token reads as a noun, as far as its letters say: not a function word,
    no adjective, participle or adverb ending, not one of the plain adjectives."""
    return word.isalpha() and word not in STOPWORDS and word not in _PLAIN_ADJECTIVES and \
        not word.endswith(_ADJECTIVE + ("en", "ing", "ly", "ish", "ward"))


_PLAIN_ADJECTIVES = frozenset("""
new old big small high low large great good bad long short young green red blue black white
clean open free fair full key main major minor prime real smart strong weak safe sound broad
deep fast firm hard soft rich poor true whole wide
""".split())


_LISTED = re.compile(r"[,;/&]|\b(?:or|plus|as well as)\b")
_PARTICLES = ("up", "out", "off", "in")
_KIND = frozenset({"type", "kind", "sort", "form"})


def _stacked(rendering: str) -> bool:
    """Whether a rendering is two modifiers and nothing after them, "A and B" with B an
    adjective or a hyphened compound ("clean and low-carbon", "open and inclusive"): said
    without its "and", nothing in its place ("clean low carbon energy", "open inclusive
    world economy"), the two still both modify the noun that follows. A coordination before
    a head ("law enforcement and security cooperation") or of nouns or verbs ("peace and
    stability", "reform and opening-up") keeps its "and"."""
    words = rendering.split()
    if len(words) != 3 or words[1] != "and" or not words[0].isalpha():
        return False
    last = words[2]
    parts = re.split("[-\u2010\u2011]", last)
    if len(parts) > 1:
        return parts[-1].lower() not in _PARTICLES and all(x.isalpha() for x in parts)
    return last.isalpha() and last.lower().endswith(_ADJECTIVE) and \
        not last.lower().endswith(("ed", "ment", "dent"))   # development, president
_ADJECTIVE = ("al", "ic", "ive", "ous", "ful", "ary", "ant", "ent", "ible", "able", "less",
              "ian", "ese", "ed")


def window(tokens: list[str], place: Place, w: int) -> list[str]:
    """Up to `w` content words left and `w` right of a rendering (matcher tokens: lower case,
    plural and possessive folded, articles dropped)."""
    left = [t for t in tokens[:place.token] if t not in STOPWORDS][-w:]
    right = [t for t in tokens[place.token + place.length:] if t not in STOPWORDS][:w]
    return left + right



@dataclass
class Words:
    """TER tokens of a text as ids of one vocabulary (equal ids: equal tokens), term words
    flagged (1) for TERm."""

    ids: np.ndarray
    terms: np.ndarray

    @classmethod
    def of(cls, tokens: list[str], terms: list[bool] | None, vocab: dict[str, int]) -> Words:
        ids = np.array([vocab.setdefault(t, len(vocab)) for t in tokens], dtype=np.int64)
        flags = np.zeros(len(tokens), dtype=np.int64) if terms is None \
            else np.array(terms, dtype=np.int64)
        return cls(ids, flags)


def edit_stats(hyp: Words, ref: Words) -> tuple[tuple[float, float], tuple[float, float]]:
    """TER's (edits, reference length) and TERm's weighted (edits, reference length).

    The search is sacrebleu's `lib_ter.translation_edit_rate` (compiled: `kernels.ter`):
    greedy shifts while they lower the edit distance, then the edit path on the shifted
    hypothesis. TER counts shifts and edits; TERm (Alam et al. 2021) counts every edit that
    touches a term word twice, over a reference length in which term words count twice. A
    shift costs 1 in both. Without term words the two are equal.
    """
    edits, weighted, weighted_ref = kernels.ter(hyp.ids, ref.ids, hyp.terms, ref.terms)
    return (float(edits), float(ref.ids.size)), (float(weighted), float(weighted_ref))
