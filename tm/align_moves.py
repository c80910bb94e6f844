"""Paragraphs the English moves: a pass after the monotonic alignment of `tm.align`.

News English often moves a paragraph (the year's figures up under the lead, a quote down to
close the story). A monotonic aligner can then only pair the moved paragraph's sentences with
whatever stands at their place in the other text — a chain of wrong beads — or leave them
one-sided on both sides (an omission and an addition that are neither). This pass looks for a
Chinese paragraph and an English paragraph that the monotonic result keeps apart although they
share clearly more evidence (dictionary links, numbers, names, glossary renderings) than either
shares with what it was paired with; it takes the pair out, aligns the rest again without it,
aligns the pair's sentences with each other, and keeps the move only when the whole costs
clearly less (`MOVE_MARGIN`). The moved beads are ordinary beads (one TMX unit each), placed in
the bead list where the Chinese has them; every sentence of both texts is still in exactly one
bead.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from itertools import combinations

from tifa.tm.align_core import CAPTION, CREDIT, PARA_PRIORS, Scorer, Side, paragraph_sides

Group = tuple[range, range, bool]        # as `tm.align`: Chinese, English, paragraph gap?

# The pipeline of `tm.align` over a scorer: (scorer, Chinese paragraph bounds, English ones,
# guide path, first-pass beads) → (beads, their confidence features).
Pipeline = Callable[[Scorer, list[int] | None, list[int] | None, list[tuple[int, int]],
                     list[Group]], tuple[list[Group], list[list[float]]]]

LIFT = 0.2         # a pair's linked share must beat what each paragraph has linked where it is
MIN_SHARE = 0.25   # … and be at least this on both sides
MOVE_MARGIN = 8.0  # nats the alignment with the move must cost less than without
RARE_PARAS = 2     # a key in at most this many paragraphs of either text is specific …
RARE_KEYS = 2      # … and a pair must share at least this many specific keys
RARE_UNITS = 3     # (for sentences: a key in at most this many sentences of either text)
MAX_MOVES = 3      # moves looked for in one text
TRIES = 3          # candidate pairs tried per move


@dataclass
class Solution:
    beads: list[Group]               # in original sentence indices
    features: list[list[float]]
    cost: float


def with_moves(scorer: Scorer, zb: list[int] | None, eb: list[int] | None,
               guide: list[tuple[int, int]], first: list[Group], pipeline: Pipeline
               ) -> tuple[list[Group], list[list[float]]]:
    """The monotonic alignment (`pipeline`), with the paragraphs the English moved paired
    where they are (see the module's docstring)."""
    beads, features = pipeline(scorer, zb, eb, guide, first)
    beads, features = _paired_captions(scorer, beads, features, guide, first, pipeline)
    if zb is None or eb is None:
        return beads, features
    base = Solution(beads, features, _cost(scorer, beads))
    zpara = _para_of(zb)
    epara = _para_of(eb)
    keys = ([set().union(*scorer.zs.index[zb[p]:zb[p + 1]]) for p in range(len(zb) - 1)],
            [set().union(*scorer.es.index[eb[q]:eb[q + 1]]) for q in range(len(eb) - 1)])
    paragraphs: list[Scorer] = []      # the paragraphs' scorer, made when a pair is weighed

    def pscorer() -> Scorer:
        if not paragraphs:
            paragraphs.append(Scorer(paragraph_sides(scorer.zs, zb),
                                     paragraph_sides(scorer.es, eb), scorer.model, PARA_PRIORS))
        return paragraphs[0]
    moved: list[tuple[Solution, int, int]] = []       # (the pair's beads, zh para, en para)
    pairs: dict[tuple[int, int], Solution | None] = {}   # each pair's own alignment, once

    def pair_of(p: int, q: int) -> Solution | None:
        if (p, q) not in pairs:
            pairs[p, q] = _solve(scorer, None, None, guide, first, pipeline,
                                 list(range(zb[p], zb[p + 1])), list(range(eb[q], eb[q + 1])))
        return pairs[p, q]

    while len(moved) < MAX_MOVES:
        gone_z = {p for _, p, _ in moved}
        gone_e = {q for _, _, q in moved}
        found = _candidates(scorer, keys, pscorer, base.beads, zpara, epara, gone_z, gone_e)
        # one pair at a time; failing that, two at once (two paragraphs that changed places:
        # either alone leaves the other as far out of order as before)
        best = None
        for trial in ([[c] for c in found],
                      [[a, b] for a, b in combinations(found, 2) if a[0] != b[0] and
                       a[1] != b[1]]):
            for taken in trial:
                tz = gone_z | {p for p, _ in taken}
                te = gone_e | {q for _, q in taken}
                rest = _solve(scorer, zb, eb, guide, first, pipeline,
                              [i for i in range(zb[-1]) if zpara[i] not in tz],
                              [j for j in range(eb[-1]) if epara[j] not in te])
                solved = [pair_of(p, q) for p, q in taken]
                if rest is None or any(pair is None for pair in solved):
                    continue
                saved = base.cost - rest.cost - sum(pair.cost for pair in solved)
                if saved > MOVE_MARGIN and (best is None or saved > best[0]):
                    best = (saved, rest, [(pair, p, q) for pair, (p, q) in
                                          zip(solved, taken, strict=True)])
            if best is not None:
                break
        if best is None:
            break
        _, base, taken_pairs = best
        moved.extend(taken_pairs)
    if moved:
        beads, features = _placed(base, [solution for solution, _, _ in moved])
    beads, features = _uncrossed(scorer, beads, features, guide, first, pipeline)
    # (again: a move solves the rest anew)
    beads, features = _paired_captions(scorer, beads, features, guide, first, pipeline)
    beads, features = _paired_orphans(scorer, beads, features, zpara, epara, guide, first,
                                      pipeline)
    beads, features = _repaired(scorer, beads, features, guide, first, pipeline)
    return _moved_sentence(scorer, zb, eb, beads, features, guide, first, pipeline)


ORPHAN_PAIR_GAIN = 0.5    # a one-sided sentence and one across must link at least this (1-1 gain)
ORPHAN_PAIR_MARGIN = 4.0  # … and cost this many nats less as a bead than as two one-sided ones
FAR_PAIR_MARGIN = 6.0     # a pair in paragraphs apart must save this many nats as a bead …
FAR_ANCHORS = 1           # … and share this many figures or names specific to them
#                           (`_anchored_units`)


def _near(p: int, q: int, joined: set[tuple[int, int]], lines: bool) -> bool:
    """Whether Chinese paragraph p and English paragraph q are paired, or, when both are
    `lines` (a sentence each), changed places with the lines beside them: the line before p
    pairs with the line after q, or the line after p with the line before q (a signature's
    title and name, 会长 / 王林 against "Wang Lin" / "President, …"). Paragraphs of several
    sentences are not: two sayings that close two paragraphs and open the English ones would
    pair crosswise."""
    return (p, q) in joined or lines and ((p - 1, q + 1) in joined or (p + 1, q - 1) in joined)


def _postings(scorer: Scorer) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    """Per key, the Chinese and the English units that hold it."""
    postings: tuple[dict[str, list[int]], dict[str, list[int]]] = ({}, {})
    for side, index in ((0, scorer.zs.index), (1, scorer.es.index)):
        for x, keys in enumerate(index):
            for key in keys:
                postings[side].setdefault(key, []).append(x)
    return postings


def _anchored_units(scorer: Scorer, i: int,
                    postings: tuple[dict[str, list[int]], dict[str, list[int]]]) -> Counter:
    """The English units that share a figure (`align_core._figures`) or a name with Chinese
    unit `i` which no other unit of either text holds but a neighbour of its own, and how many
    such keys each shares: a wire's lead rebuilt from a sentence three paragraphs down shares
    its record figure or its speaker's name with it and with nothing else, where a sentence
    left out and another added share at most a common word."""
    out: Counter = Counter()
    for key, mask in scorer.zs.index[i].items():
        if not (key.startswith("n:") or mask & scorer.zfig[i]):
            continue
        zh, en = postings[0].get(key, ()), postings[1].get(key, ())
        if en and max(zh) - min(zh) <= 1 and max(en) - min(en) <= 1:
            out.update(set(en))
    return out


def _paired_captions(scorer: Scorer, beads: list[Group], features: list[list[float]],
                     guide: list[tuple[int, int]], first: list[Group], pipeline: Pipeline
                     ) -> tuple[list[Group], list[list[float]]]:
    """Photo captions one text gathers after the text and the other prints under the
    paragraphs they illustrate (图①：… 图②：… at the page's end, "Photo: …" under each paragraph;
    or the other way): the monotonic search leaves every caption one-sided on both sides, and
    a caption's words are too few (or, as an aside, none) to pair it across the text. Where
    the one-sided captions (`caption_role`) are as many on each side, they pair in order, each
    with the photographer's credit after it when every caption of its side has one (a credit
    for the whole page stays one-sided); each pair is solved as the aligner solves it, and
    kept only when every sentence of it ends up in a two-sided bead."""
    zs, es = scorer.zs, scorer.es
    if not zs.caption or not es.caption:
        return beads, features
    zlone = {z.start: k for k, (z, e, _) in enumerate(beads) if len(z) == 1 and not e}
    elone = {e.start: k for k, (z, e, _) in enumerate(beads) if len(e) == 1 and not z}
    zc = sorted(i for i in zlone if zs.caption[i] == CAPTION)
    ec = sorted(j for j in elone if es.caption[j] == CAPTION)
    if not zc or len(zc) != len(ec):
        return beads, features

    def credited(caps: list[int], roles: list[int], one_sided: set[int]) -> int:
        return 2 if all(k + 1 < len(roles) and roles[k + 1] == CREDIT and k + 1 in one_sided
                        for k in caps) else 1
    zn, en = credited(zc, zs.caption, set(zlone)), credited(ec, es.caption, set(elone))
    solved: dict[int, Solution] = {}
    for i, j in zip(zc, ec, strict=True):
        part = _solve(scorer, None, None, guide, first, pipeline, list(range(i, i + zn)),
                      list(range(j, j + en)))
        if part is None or any(not (z and e) for z, e, _ in part.beads
                               if i in z or j in e):
            return beads, features
        solved[i] = part
    gone = {zlone[k] for i in zc for k in range(i, i + zn)} | \
        {elone[k] for j in ec for k in range(j, j + en)}
    out, feats = [], []
    for k, ((z, e, gap), x) in enumerate(zip(beads, features, strict=True)):
        if k not in gone:
            out.append((z, e, gap))
            feats.append(x)
        elif z and z.start in solved:
            out.extend(solved[z.start].beads)
            feats.extend(solved[z.start].features)
    return out, feats


def _paired_orphans(scorer: Scorer, beads: list[Group], features: list[list[float]],
                    zpara: list[int], epara: list[int], guide: list[tuple[int, int]],
                    first: list[Group], pipeline: Pipeline
                    ) -> tuple[list[Group], list[list[float]]]:
    """A sentence the English moves inside a paragraph (the paragraph's last sentence put
    first, a quote put last) leaves a Chinese sentence without counterpart and an English one
    without counterpart in the same pair of paragraphs, each at high confidence. When the two
    translate each other (`ORPHAN_PAIR_GAIN`, `ORPHAN_PAIR_MARGIN`), they are one bead, out of
    order, placed where the Chinese has it; a sentence left out and another added beside it in
    paragraphs that are not paired (nor swapped with their neighbours: `_near`) stay apart,
    unless they share a figure or a name nothing else holds (`_anchored_units`) and save
    `FAR_PAIR_MARGIN` as a bead: a wire's lead rebuilt from a sentence further down (the year's
    record figure, the minister's words), which may be two English sentences (a quotation cut
    in two)."""
    joined = {(zpara[i], epara[j]) for z, e, _ in beads for i in z for j in e}
    zh_only = [z.start for z, e, _ in beads if len(z) == 1 and not e]
    en_only = [e.start for z, e, _ in beads if len(e) == 1 and not z]
    numbered = _own_numbers(scorer, zh_only, en_only, zpara, epara)
    lone = set(en_only)
    postings = None
    pairs: dict[int, range] = {}
    taken: set[int] = set()
    for i in zh_only:
        best, at = ORPHAN_PAIR_MARGIN, None
        anchored: Counter | None = None    # (for a pair apart: looked up once, when needed)
        for j in en_only:
            if j in taken:
                continue
            if _near(zpara[i], epara[j], joined,
                     zpara.count(zpara[i]) == epara.count(epara[j]) == 1):
                spans, need = [range(j, j + 1)], best
                if scorer.pair(i, j)[2] < ORPHAN_PAIR_GAIN:
                    continue
            else:
                if anchored is None:
                    postings = postings or _postings(scorer)
                    anchored = _anchored_units(scorer, i, postings)
                    if i in numbered:
                        anchored[numbered[i]] += 1
                spans, need = [range(j, j + 1)], max(best, FAR_PAIR_MARGIN)
                if j + 1 in lone and j + 1 not in taken and epara[j + 1] == epara[j]:
                    spans.append(range(j, j + 2))
                spans = [span for span in spans
                         if sum(anchored[k] for k in span) >= FAR_ANCHORS]
            for span in spans:
                saved = scorer.cost(i, i + 1, j, j) - scorer.cost(i, i + 1, j, span.stop) + \
                    sum(scorer.cost(i, i, k, k + 1) for k in span)
                if saved > need:
                    best, at, need = saved, span, saved
        if at is not None:
            pairs[i] = at
            taken.update(at)
    # each pair solved as one bead first: one the solver will not make one bead (two English
    # sentences it splits 1-1 and 0-1) leaves all its sentences as they were
    solved = {i: one for i, span in pairs.items()
              if (one := _one_bead(scorer, guide, first, pipeline, i, span)) is not None}
    if not solved:
        return beads, features
    taken = {j for i in solved for j in pairs[i]}
    out, feats = [], []
    for (z, e, gap), x in zip(beads, features, strict=True):
        if not z and len(e) == 1 and e.start in taken:
            continue
        if len(z) == 1 and not e and z.start in solved:
            out.append(solved[z.start][0])
            feats.append(solved[z.start][1])
            continue
        out.append((z, e, gap))
        feats.append(x)
    return out, feats


CYCLE_MARGIN = 1.0   # the new pairs must link this much more (1-1 gains) than the beads they undo


def _repaired(scorer: Scorer, beads: list[Group], features: list[list[float]],
              guide: list[tuple[int, int]], first: list[Group], pipeline: Pipeline
              ) -> tuple[list[Group], list[list[float]]]:
    """A wire's lead rebuilt from two later sentences leaves a cycle the passes above do not
    undo: the monotonic search pairs each moved English sentence with whatever Chinese stands at
    its place (1-1 beads that hardly link) and leaves a sentence one-sided on each side. The
    sentences of the weak 1-1 beads (a 1-1 gain under `ORPHAN_PAIR_GAIN`) and of the one-sided
    beads are paired again by their links alone, the best pair first; each new pair must link
    (`ORPHAN_PAIR_GAIN`) and share a figure or a name nothing else holds (`_anchored_units`),
    every sentence of a weak bead undone must find a new pair, and the new pairs must link
    `CYCLE_MARGIN` more than the beads they undo. The new beads stand where the Chinese has
    them, out of order."""
    def gain(i: int, j: int) -> float:
        return scorer.pair(i, j)[2]

    weak = {k for k, (z, e, _) in enumerate(beads)
            if len(z) == len(e) == 1 and gain(z.start, e.start) < ORPHAN_PAIR_GAIN}
    if not weak:
        return beads, features
    lone = {k for k, (z, e, _) in enumerate(beads) if len(z) + len(e) == 1}
    zh = [beads[k][0].start for k in sorted(weak | lone) if beads[k][0]]
    en = [beads[k][1].start for k in sorted(weak | lone) if beads[k][1]]
    postings = _postings(scorer)
    found = sorted(((gain(i, j), i, j) for i in zh
                    for j, n in _anchored_units(scorer, i, postings).items()
                    if j in en and n >= FAR_ANCHORS and gain(i, j) >= ORPHAN_PAIR_GAIN),
                   reverse=True)
    pairs: dict[int, int] = {}
    for _, i, j in found:
        if i not in pairs and j not in pairs.values():
            pairs[i] = j
    undone = [k for k in weak if pairs.get(beads[k][0].start) != beads[k][1].start]
    if not undone:
        return beads, features
    back = {j: i for i, j in pairs.items()}
    if any(beads[k][0].start not in pairs or beads[k][1].start not in back for k in undone):
        return beads, features
    touched = {beads[k][0].start for k in undone} | {beads[k][1].start for k in undone}
    new = {i: j for i, j in pairs.items() if i in touched or j in touched}
    if sum(gain(i, j) for i, j in new.items()) < CYCLE_MARGIN + sum(
            gain(beads[k][0].start, beads[k][1].start) for k in undone):
        return beads, features
    made = {i: _one_bead(scorer, guide, first, pipeline, i, range(j, j + 1))
            for i, j in new.items()}
    if any(part is None for part in made.values()):
        return beads, features
    gone = set(undone) | {k for k in lone if (beads[k][0] and beads[k][0].start in new)
                          or (beads[k][1] and beads[k][1].start in back
                              and back[beads[k][1].start] in new)}
    out = [b for k, b in enumerate(beads) if k not in gone]
    feats = [x for k, x in enumerate(features) if k not in gone]
    for i in sorted(new):
        at = next((k for k, (z, _, _) in enumerate(out) if z and z.start > i), len(out))
        out.insert(at, made[i][0])
        feats.insert(at, made[i][1])
    return out, feats


MOVED_ANCHORS = 2   # figures or names a moved sentence shares with its English and nothing else


def _moved_sentence(scorer: Scorer, zb: list[int], eb: list[int], beads: list[Group],
                    features: list[list[float]], guide: list[tuple[int, int]],
                    first: list[Group], pipeline: Pipeline
                    ) -> tuple[list[Group], list[list[float]]]:
    """A wire's lead made of one sentence from a paragraph further down (the month's figures,
    其中，11月份出口3256.4亿美元，增长5.8%… as "China's exports rose 5.8% in November … to $325.6
    billion"): the monotonic search pairs the lead with the first paragraph, shifts every
    sentence after it by one, and leaves the moved Chinese sentence one-sided; the passes above
    find no paragraph to move and no English sentence left over. A one-sided Chinese sentence
    that shares `MOVED_ANCHORS` figures or names with an English sentence of a two-sided bead
    and with nothing else (`_anchored_units`) is taken out with it, the rest aligned again
    without them; the move is kept when the whole costs `MOVE_MARGIN` less. The pair stands
    where the Chinese has it, out of order."""
    postings = None
    best: tuple[float, Solution, Solution] | None = None
    base = _cost(scorer, beads)
    tries = 0
    paired = {j for z, e, _ in beads if z for j in e}
    for z, e, _ in beads:
        if len(z) != 1 or e:
            continue
        postings = postings or _postings(scorer)
        for j, n in _anchored_units(scorer, z.start, postings).most_common():
            if n < MOVED_ANCHORS or tries >= TRIES:
                break
            if j not in paired:
                continue
            tries += 1
            rest = _solve(scorer, zb, eb, guide, first, pipeline,
                          [k for k in range(zb[-1]) if k != z.start],
                          [k for k in range(eb[-1]) if k != j])
            pair = _solve(scorer, None, None, guide, first, pipeline, [z.start], [j])
            if rest is None or pair is None or len(pair.beads) != 1:
                continue
            saved = base - rest.cost - pair.cost
            if saved > MOVE_MARGIN and (best is None or saved > best[0]):
                best = (saved, rest, pair)
    if best is None:
        return beads, features
    return _placed(best[1], [best[2]])


def _own_numbers(scorer: Scorer, zh_only: list[int], en_only: list[int], zpara: list[int],
                 epara: list[int]) -> dict[int, int]:
    """One-sided Chinese sentence → one-sided English sentence, each a paragraph of its own,
    that open with the same number (`align_core.own_number`: ① …, "1. …") no other such
    sentence of either side opens with: a note printed under its paragraph that the English
    gathers at the end (a figure or a name of the note's own is rare: "Scholars still
    disagree about exactly when coffee reached Valen."), an anchor of the pair."""
    if not scorer.zs.number or not scorer.es.number:
        return {}

    def own(units: list[int], para: list[int], numbers: list[int | None]) -> dict[int, int]:
        alone = [k for k in units if numbers[k] is not None and para.count(para[k]) == 1]
        count = Counter(numbers[k] for k in alone)
        return {numbers[k]: k for k in alone if count[numbers[k]] == 1}

    zh, en = own(zh_only, zpara, scorer.zs.number), own(en_only, epara, scorer.es.number)
    return {i: en[n] for n, i in zh.items() if n in en}


def _one_bead(scorer: Scorer, guide: list[tuple[int, int]], first: list[Group],
              pipeline: Pipeline, i: int, span: range) -> tuple[Group, list[float]] | None:
    """Chinese sentence `i` and English sentences `span` solved as one bead, with its
    features (None if the solver will not make them one)."""
    part = _solve(scorer, None, None, guide, first, pipeline, [i], list(span))
    return (part.beads[0], part.features[0]) if part is not None and len(part.beads) == 1 \
        else None


CROSS_GAIN = 0.5   # a pair of a crossed 2-2 bead must link at least this (its 1-1 gain) …
CROSS_LIFT = 0.5   # … and the two crossed pairs this much more than the two straight ones


def _uncrossed(scorer: Scorer, beads: list[Group], features: list[list[float]],
               guide: list[tuple[int, int]], first: list[Group], pipeline: Pipeline
               ) -> tuple[list[Group], list[list[float]]]:
    """A 2-2 bead whose sentences translate each other crosswise (the English put a paragraph's
    last sentence first: a figure before the remark it follows in the Chinese) is two 1-1
    beads, out of order, when the crossed pairs link clearly better than the straight ones
    and cost less than the 2-2 bead (whose tiny prior the monotonic search pays instead)."""
    out, feats = [], []
    for (z, e, gap), x in zip(beads, features, strict=True):
        if (len(z), len(e)) == (2, 2):
            a, b, c, d = z.start, z.start + 1, e.start, e.start + 1
            crossed = scorer.pair(a, d)[2], scorer.pair(b, c)[2]
            straight = scorer.pair(a, c)[2] + scorer.pair(b, d)[2]
            if min(crossed) >= CROSS_GAIN and sum(crossed) >= straight + CROSS_LIFT and \
                    scorer.cost(a, a + 1, d, d + 1) + scorer.cost(b, b + 1, c, c + 1) < \
                    scorer.cost(a, a + 2, c, c + 2):
                parts = [_one_bead(scorer, guide, first, pipeline, i, range(j, j + 1))
                         for i, j in ((a, d), (b, c))]
                if all(part is not None for part in parts):
                    for bead, feat in parts:
                        out.append(bead)
                        feats.append(feat)
                    continue
        out.append((z, e, gap))
        feats.append(x)
    return out, feats


def _para_of(bounds: list[int]) -> list[int]:
    """The paragraph number of each unit, from paragraph start indices (plus the end)."""
    out = []
    for p in range(len(bounds) - 1):
        out.extend([p] * (bounds[p + 1] - bounds[p]))
    return out


def _cost(scorer: Scorer, beads: list[Group]) -> float:
    return sum(scorer.cost(z.start, z.stop, e.start, e.stop) for z, e, _ in beads)


def _served(scorer: Scorer, beads: list[Group], para: list[int], parts: int, zh_side: bool
            ) -> list[float]:
    """Per paragraph, the share of its sentences' items linked inside their own beads."""
    linked, items = [0.0] * parts, [0] * parts
    side = scorer.zs if zh_side else scorer.es
    for z, e, _ in beads:
        own = z if zh_side else e
        if not (z and e):
            shares = [0.0] * len(own)
        else:
            zshare, eshare = scorer.shares(z.start, z.stop, e.start, e.stop)
            shares = zshare if zh_side else eshare
        for k, share in zip(own, shares, strict=True):
            linked[para[k]] += max(share, 0.0) * side.items[k]
            items[para[k]] += side.items[k]
    return [linked[p] / items[p] if items[p] else 1.0 for p in range(parts)]


def _candidates(scorer: Scorer, keys: tuple[list[set[str]], list[set[str]]],
                paragraphs: Callable[[], Scorer], beads: list[Group], zpara: list[int],
                epara: list[int], gone_z: set[int], gone_e: set[int]) -> list[tuple[int, int]]:
    """(Chinese paragraph, English paragraph) pairs that no bead joins and whose items link
    clearly better with each other (`LIFT`, `MIN_SHARE`) than with what each was aligned to,
    by keys specific to them (`RARE_KEYS` keys found in at most `RARE_PARAS` paragraphs of
    each text: a figure, a name, a rare word; a paragraph left out and another added that
    share the speech's common words, "China", "cooperation", are no move), the most lifted
    first (at most `TRIES`). `keys`: each paragraph's keys; `paragraphs`: their scorer."""
    zkeys, ekeys = keys
    nz, ne = len(zkeys), len(ekeys)
    zdf = Counter(k for found in zkeys for k in found)
    edf = Counter(k for found in ekeys for k in found)
    rare: dict[str, list[int]] = {}    # specific key → the English paragraphs that hold it
    for q, found in enumerate(ekeys):
        for k in found:
            if edf[k] <= RARE_PARAS and zdf.get(k, 0) <= RARE_PARAS:
                rare.setdefault(k, []).append(q)
    pairs = Counter((p, q) for p in range(nz) if p not in gone_z
                    for k in zkeys[p] if k in rare for q in rare[k] if q not in gone_e)
    joined = {(zpara[i], epara[j]) for z, e, _ in beads for i in z for j in e}
    pairs = Counter({pair: count for pair, count in pairs.items()
                     if count >= RARE_KEYS and pair not in joined})
    if not pairs:
        return []
    zserved = _served(scorer, beads, zpara, nz, True)
    eserved = _served(scorer, beads, epara, ne, False)
    out = []
    for p, q in pairs:
        if max(zserved[p], eserved[q]) > 1 - LIFT:
            continue
        pscorer = paragraphs()
        mz, me, _ = pscorer.pair(p, q)
        zshare, eshare = mz.bit_count() * pscorer.zinv[p], me.bit_count() * pscorer.einv[q]
        lift = min(zshare - zserved[p], eshare - eserved[q])
        if min(zshare, eshare) >= MIN_SHARE and lift >= LIFT:
            out.append((lift, p, q))
    out.sort(reverse=True)
    return [(p, q) for _, p, q in out[:TRIES]]


def _solve(scorer: Scorer, zb: list[int] | None, eb: list[int] | None,
           guide: list[tuple[int, int]], first: list[Group], pipeline: Pipeline,
           keep_z: list[int], keep_e: list[int]) -> Solution | None:
    """The pipeline over the kept sentences only, mapped back to the original indices; None
    when a bead would not be contiguous there (it would span a paragraph taken out)."""
    if not keep_z or not keep_e:
        return None
    sub = Scorer(_subset(scorer.zs, keep_z), _subset(scorer.es, keep_e), scorer.model,
                 {t: 1.0 for t in scorer.prior_cost})
    sub.prior_cost = scorer.prior_cost
    sub.w_lex = scorer.w_lex
    sub.loose_units = scorer.loose_units
    if scorer.zpara is not None and scorer.epara is not None:
        sub.with_paragraphs([scorer.zpara[k] for k in keep_z], [scorer.epara[k] for k in keep_e])
    zset, eset = set(keep_z), set(keep_e)

    def rank(keep: list[int], k: int) -> int:
        return bisect_left(keep, k)

    def bounds(b: list[int] | None, keep: list[int]) -> list[int] | None:
        if b is None:
            return None
        out = sorted({rank(keep, k) for k in b})
        return out if len(out) >= 3 else None

    sub_zb, sub_eb = bounds(zb, keep_z), bounds(eb, keep_e)
    if sub_zb is None or sub_eb is None:
        sub_zb = sub_eb = None
    sub_guide = [(rank(keep_z, i), rank(keep_e, j)) for i, j in guide]
    sub_first = [(range(rank(keep_z, z.start), rank(keep_z, z.start) + len(z)),
                  range(rank(keep_e, e.start), rank(keep_e, e.start) + len(e)), gap)
                 for z, e, gap in first
                 if all(i in zset for i in z) and all(j in eset for j in e)]
    beads, features = pipeline(sub, sub_zb, sub_eb, sub_guide, sub_first)
    out: list[Group] = []
    for z, e, gap in beads:
        zi, ej = [keep_z[i] for i in z], [keep_e[j] for j in e]
        if (zi and zi[-1] - zi[0] != len(zi) - 1) or (ej and ej[-1] - ej[0] != len(ej) - 1):
            return None
        # a one-sided bead keeps its position on the other side (as the pipeline gives it)
        zr = range(zi[0], zi[-1] + 1) if zi else range(_at(keep_z, z.start), _at(keep_z,
                                                                                   z.start))
        er = range(ej[0], ej[-1] + 1) if ej else range(_at(keep_e, e.start), _at(keep_e,
                                                                                  e.start))
        out.append((zr, er, gap))
    return Solution(out, features, _cost(sub, beads))


def _at(keep: list[int], k: int) -> int:
    """The original index of sub-index `k` (the end of the kept units when past them)."""
    return keep[k] if k < len(keep) else keep[-1] + 1


def _subset(side: Side, keep: list[int]) -> Side:
    def pick(values: list) -> list:
        return [values[k] for k in keep] if values else []

    return Side(pick(side.length), pick(side.index), pick(side.items), pick(side.ordered),
                pick(side.brackets), pick(side.lead), pick(side.anaphor), pick(side.turns),
                marks=pick(side.marks), furniture=pick(side.furniture), title=pick(side.title),
                cells=pick(side.cells), clauses=pick(side.clauses),
                caption=pick(side.caption))


def _placed(rest: Solution, pairs: list[Solution]) -> tuple[list[Group], list[list[float]]]:
    """The beads of the rest, with each moved pair's beads put where the Chinese has them
    (before the first bead of the rest with a later Chinese sentence)."""
    beads, features = list(rest.beads), list(rest.features)
    for pair in pairs:
        start = min(z.start for z, _, _ in pair.beads if z)
        at = next((k for k, (z, _, _) in enumerate(beads) if z and z.start > start),
                  len(beads))
        beads[at:at] = pair.beads
        features[at:at] = pair.features
    return beads, features


# A sentence whose items are found in one sentence outside its bead, and that sentence's in it
# (one way at least `ELSEWHERE_SHARE`, the other `ELSEWHERE_BACK`), by `ELSEWHERE_LIFT` more of
# its items than inside its bead, belongs elsewhere: its bead is capped at `ELSEWHERE_CAP`.
ELSEWHERE_SHARE = 0.5
ELSEWHERE_BACK = 0.35
ELSEWHERE_LIFT = 0.35
ELSEWHERE_CAP = 0.5
ELSEWHERE_ITEMS = 3   # … and at least this many of its items (it has twice as many or more)


def linked_elsewhere(scorer: Scorer, beads: list[Group]) -> list[bool]:
    """For each bead, whether one of its sentences links clearly better to a sentence outside
    it, anywhere in the text.

    The confidence model judges a bead against the monotonic paths near it (posterior,
    margins): where the English moved a paragraph and no move was found, every path near a
    wrong bead is as wrong, so the bead looked sure (a quote paired with the year's figures at
    0.99; the moved figures an "omission" at 0.99). Its words say otherwise: they are found in
    a sentence far away, and that sentence's in it."""
    postings = _postings(scorer)
    # keys in few sentences of either text: a figure, a name, a rare word
    specific = {key for key, units in postings[0].items() if len(units) <= RARE_UNITS and
                len(postings[1].get(key, ())) <= RARE_UNITS}
    out = []
    for k, (z, e, _) in enumerate(beads):
        zshare, eshare = scorer.shares(z.start, z.stop, e.start, e.stop) if z and e else \
            ([0.0] * len(z), [0.0] * len(e))
        # the neighbours' sentences are the near alternatives the posterior weighs already
        near = beads[max(0, k - 1):k + 2]
        zs_near = {i for bz, _, _ in near for i in bz}
        es_near = {j for _, be, _ in near for j in be}
        out.append(any(0 <= own <= 1 - ELSEWHERE_LIFT and not _anchored(scorer, i, e, True)
                       and _away(scorer, i, es_near, True, own, postings[1], specific)
                       for i, own in zip(z, zshare, strict=True)) or
                   any(0 <= own <= 1 - ELSEWHERE_LIFT and not _anchored(scorer, j, z, False)
                       and _away(scorer, j, zs_near, False, own, postings[0], specific)
                       for j, own in zip(e, eshare, strict=True)))
    return out


def _anchored(scorer: Scorer, k: int, other: range, zh_side: bool) -> bool:
    """Whether unit `k` (Chinese if `zh_side`) shares a figure or a heading's number with the
    other side of its bead: the most specific evidence there is, which words found far away
    do not outweigh (三、新时代中国国际发展合作的未来方向 as "III. The way forward", whose
    新时代 "new era" the next paragraph's English has)."""
    own = (scorer.zs if zh_side else scorer.es).index[k]
    figures = scorer.zfig[k] if zh_side else scorer.efig[k]
    for x in other:
        mz, me, _ = scorer.pair(k, x) if zh_side else scorer.pair(x, k)
        if (mz if zh_side else me) & figures:
            return True
        across = (scorer.es if zh_side else scorer.zs).index[x]
        if any(key.startswith("h:") and key in across for key in own):
            return True
    return False


def _away(scorer: Scorer, k: int, mine: set[int], zh_side: bool, own: float,
          across: dict[str, list[int]], specific: set[str]) -> bool:
    """Whether unit `k` (Chinese if `zh_side`) links to one unit across, or two adjacent ones
    (a sentence written as two), outside `mine` (its own and its neighbouring beads' other
    side) clearly better than inside its bead, by `ELSEWHERE_ITEMS` items at least and
    `RARE_KEYS` of the `specific` keys (a paragraph left out and another added that share a
    speech's common words are no move either). (`across`: the units across holding each key.)"""
    items = (scorer.es if zh_side else scorer.zs).items
    inv = scorer.zinv[k] if zh_side else scorer.einv[k]
    if not inv or 1 / inv < 2 * ELSEWHERE_ITEMS:
        return False
    found: dict[int, int] = {}         # unit across → k's items it links (as `Scorer.pair`)
    rare: dict[int, int] = {}          # unit across → the specific keys it shares with k
    for key, mask in (scorer.zs if zh_side else scorer.es).index[k].items():
        for x in across.get(key, ()):
            found[x] = found.get(x, 0) | mask
            rare[x] = rare.get(x, 0) + (key in specific)
    need = max(ELSEWHERE_ITEMS, (own + ELSEWHERE_LIFT) / inv, ELSEWHERE_BACK / inv)
    for x in sorted(found):
        if x in mine:
            continue
        spans = [(x,)]
        if x - 1 in found and x - 1 not in mine:
            spans.append((x - 1, x))
        for span in spans:
            mask = 0
            for y in span:
                mask |= found[y]
            if mask.bit_count() < need or sum(rare[y] for y in span) < RARE_KEYS:
                continue
            linked = sum((scorer.pair(k, y)[1] if zh_side else scorer.pair(y, k)[0]).bit_count()
                         for y in span)
            total = sum(items[y] for y in span)
            share, back = mask.bit_count() * inv, linked / total if total else 0.0
            if max(share, back) >= ELSEWHERE_SHARE and min(share, back) >= ELSEWHERE_BACK:
                return True
    return False
