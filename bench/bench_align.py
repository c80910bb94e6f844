"""Accuracy, calibration and speed of `tm.align` on the two development sets.

    python bench/bench_align.py [--bible DIR] [--limit N] [--scale] [--baseline] [--hard]
                                [--fresh [NAME ...]] [--fresh2 [NAME ...]] [--fresh3 [NAME ...]]
                                [--moves [NAME ...]] [--fresh4 [NAME ...]] [--fresh5 [NAME ...]]
                                [--fresh6 [NAME ...]] [--fresh7 [NAME ...]]
                                [--fresh8 [NAME ...]] [--fresh9 [NAME ...]]
                                [--fresh10 [NAME ...]] [--fresh11 [NAME ...]]
                                [--fresh12 [NAME ...]] [--fresh13 [NAME ...]]
                                [--fresh14 [NAME ...]] [--fresh15 [NAME ...]]

* **Bible** (zh–en, with gold beads; `../shared/align-dev/bible`): strict and lax precision /
  recall / F1 (Sennrich & Volk 2011, after merging predicted beads within one verse, as the
  set's README prescribes), wall and CPU time, peak RSS.
* **Keynote** (`tests/data/align/`, gold written for tifa from the 2023 Xi'an keynote and tifa's
  own translation): the complete text, the text with three English paragraphs and one Chinese
  paragraph deleted, and the text with one Chinese sentence rendered as four English sentences
  (plus a 2-1 and a 1-2), each aligned with paragraphs, without paragraph information (flat),
  and from raw text with one paragraph per line (`align_texts`, paragraph detection).
* **Literary** (`tests/data/align/literary*`, Lu Xun, Zhu Ziqing and a passage written for tifa,
  with tifa's own free English: long sentences cut in several, dialogue, one sentence left out,
  one added): the Chinese as tifa's splitter cuts it and cut after every 。！？, with and without
  paragraphs, and without number evidence.
* **Hard**, **fresh** and **moves** sets (`tests/data/align/hard/`, `tests/data/align/fresh/`,
  `tests/data/align/fresh2/`, `tests/data/align/fresh3/`, `tests/data/align/moves/`,
  `tests/data/align/fresh4/`, `tests/data/align/fresh5/`, `tests/data/align/fresh6/`,
  `tests/data/align/fresh7/`, `tests/data/align/fresh8/`, `tests/data/align/fresh9/`,
  `tests/data/align/fresh10/`, `tests/data/align/fresh11/`, `tests/data/align/fresh12/`,
  `tests/data/align/fresh13/`, `tests/data/align/fresh14/`, `tests/data/align/fresh15/`,
  READMEs there; `--hard`,
  `--fresh [NAME …]`, `--fresh2 [NAME …]`, `--fresh3 [NAME …]`, `--moves [NAME …]`,
  `--fresh4 [NAME …]`, `--fresh5 [NAME …]`, `--fresh6 [NAME …]`, `--fresh7 [NAME …]`,
  `--fresh8 [NAME …]`, `--fresh9 [NAME …]`, `--fresh10 [NAME …]`, `--fresh11 [NAME …]`,
  `--fresh12 [NAME …]`, `--fresh13 [NAME …]`, `--fresh14 [NAME …]`, `--fresh15 [NAME …]`
  run them alone; files are
  read as `tifa` reads them, so a byte-order mark, CRLF or GB18030 is decoded): gold beads
  found, wrong beads at or above the doubt threshold, and what `tifa tm build` writes.
* **Calibration**: for each set, how often beads at or above `DOUBT_THRESHOLD` are right, and
  how often beads below it are wrong.
* `--scale`: the Bible set and the keynote set concatenated 10 times, to show linear cost.
* `--baseline`: the same DP on sentence length only (Gale–Church), in the same run; published
  figures of other aligners on the Bible set are in its README.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tifa.tm.align import DOUBT_THRESHOLD, align, align_texts  # noqa: E402

KEYNOTE = REPO / "tests" / "data" / "align"
KEYNOTE_VARIANTS = {
    "complete": ("keynote.zh", "keynote.en", "keynote.gold"),
    "paragraphs deleted": ("keynote-omit.zh", "keynote-omit.en", "keynote-omit.gold"),
    "1-4 split": ("keynote.zh", "keynote-split.en", "keynote-split.gold"),
}
# Literary prose (Lu Xun, Zhu Ziqing and a passage written for tifa, with tifa's own free English;
# `bench/make_literary_set.py` writes them from `literary.src`): the Chinese as tifa's splitter
# cuts it, and cut after every 。！？ (minimal beads). Not used to fit the confidence model.
# Texts harder than the benches above, written for tifa (`tests/data/align/hard/`, README
# there): free literary prose with dialogue, a press release and a speech whose English leaves
# out or adds, a page with layout damage, classical quotations and enumerations.
HARD = REPO / "tests" / "data" / "align" / "hard"
HARD_SETS = ["story", "repair", "press", "readout", "speech", "page", "quotes", "report"]
# A second collection written the same way in the thirteenth round (`tests/data/align/fresh/`,
# README there): sayings rendered without quotation marks, an interview with speaker labels, a
# story with long sentences, dialogue and a poem, an LLM's English with a preamble, notes and a
# closing remark, a notice with lists and a table, a feature whose English moves a paragraph;
# `memoir` and `briefing` were held out while the aligner was changed, `toast` written after.
FRESH = REPO / "tests" / "data" / "align" / "fresh"
FRESH_SETS = ["sayings", "interview", "novel", "llm", "lists", "feature", "memoir", "briefing",
              "toast"]
# A third collection, the fourteenth round's (`tests/data/align/fresh2/`, README there): an OCR'd
# page with a blank line after every line, footnotes and endnotes, a press release with a
# boilerplate block, a joint statement numbered otherwise in English, dialogue across paragraphs,
# a documentary's subtitles; `lecture` and `reorder` were held out while the aligner was changed,
# `letter` and `talks` written after the changes.
FRESH2 = REPO / "tests" / "data" / "align" / "fresh2"
FRESH2_SETS = ["ocr", "notes", "release", "statement", "dialogue", "subtitles", "lecture",
               "reorder", "letter", "talks"]
# A fourth, the fifteenth round's (`tests/data/align/fresh3/`, README there): English OCR'd with
# hyphenated line ends, paragraphs regrouped, a reordered numbered list in BOM/CRLF files, a
# table of figures flattened, greetings left out, a translator's note, an agency's lede, a
# refrain; `interview`, `classical` and `treaty` (a GB18030 file) were held out while the
# aligner was changed.
FRESH3 = REPO / "tests" / "data" / "align" / "fresh3"
FRESH3_SETS = ["ocren", "regroup", "steps", "figures", "greetings", "gloss", "lede", "refrain",
               "interview", "classical", "treaty"]
# Another of the fifteenth round's (`tests/data/align/moves/`, README there): English that moves a
# paragraph or a sentence (figures up, a quote down, background to the end, the closing
# paragraph up), and controls without a move (paragraphs split and merged, a paragraph left
# out); `swap`, `twomoves` and `merged` held out while the aligner was changed, `satellite`
# written after the first changes.
MOVES = REPO / "tests" / "data" / "align" / "moves"
MOVES_SETS = ["figures", "quote", "background", "closing", "sentence", "split", "dropped",
              "swap", "twomoves", "merged", "satellite"]
# The sixteenth round's (`tests/data/align/fresh4/`, README there): a press conference whose
# English folds a question into its answer and drops the labels, an abridged translation, a
# sentence as three and four as one, a semicolon list as bullets, endnotes, a translator's
# preface, a song, a sentence moved inside a paragraph, a wire lede, a left-out paragraph
# beside its names; `qanda`, `digest` and `verse` held out while the aligner was changed.
FRESH4 = REPO / "tests" / "data" / "align" / "fresh4"
FRESH4_SETS = ["presser", "abridged", "splitjoin", "bullets", "endnotes", "preface", "lyrics",
               "inpara", "wirelede", "gapglue", "qanda", "digest", "verse"]
# The seventeenth round's (`tests/data/align/fresh5/`, README there): a classical-style essay of
# four-character runs, a novel chapter whose English gives each speech turn a paragraph, a
# byline and date line moved to the end, a speech with the translator's notes and explanations,
# a poem translated as prose, a repeated passage left out, articles numbered otherwise, subtitle
# files (SRT), a forum programme of short lines, dialogue broken by ellipses and dashes, a table
# with cells in full-width spaces; `vtt`,
# `verbale`, `chronicle` and `ferry` written after the round's fixes and measured once.
FRESH5 = REPO / "tests" / "data" / "align" / "fresh5"
FRESH5_SETS = ["essay", "turns", "byline", "explain", "prosepoem", "repeat", "articles", "srt",
               "agenda", "ellipsis", "table", "vtt", "verbale", "chronicle", "ferry"]
# The eighteenth round's (`tests/data/align/fresh6/`, README there): runs of speech turns in one
# Chinese sentence, added background before a sentence that says only "It", a joint statement
# merging two numbered paragraphs, a classical poem with a prose gloss, a press conference that
# drops outlets and self-introductions, five-clause sentences as three, notes on one side only,
# a background paragraph added, a very free essay, subtitle cues; `toc`, `letter`,
# `quotefront` and `digits` held out while the aligner was changed.
FRESH6 = REPO / "tests" / "data" / "align" / "fresh6"
FRESH6_SETS = ["speechrun", "itglue", "jointstmt", "poem", "mfaqa", "clauses", "cnotes", "addbg",
               "free", "srtunits", "toc", "letter", "quotefront", "digits"]
# The nineteenth round's (`tests/data/align/fresh7/`, README there): a bilingual FAQ, a civil
# judgment, a thread of posts, British and US spellings mixed, lists with other bullets, quotes
# inside quotes, local detail dropped and summed up, a Markdown README, English inside the
# Chinese, a message of condolence; `caption`, `email`, `recipe` and `minutes` held out while
# the aligner was changed.
FRESH7 = REPO / "tests" / "data" / "align" / "fresh7"
FRESH7_SETS = ["faq", "judgment", "thread", "spelling", "lists", "nested", "summary", "markdown",
               "mixed", "condolence", "caption", "email", "recipe", "minutes"]
# The twentieth round's (`tests/data/align/fresh8/`, README there): a letter whose greetings the
# English leaves out, speech put before its speaker, a run of turns in one sentence, a wire
# lead rebuilt from later sentences, run-on prose, classical quotations glossed, a poem, a note
# verbale, an agreement's articles, applause marks; `footnotes`, `presser`, `table` and
# `dropped` held out while the aligner was changed.
FRESH8 = REPO / "tests" / "data" / "align" / "fresh8"
FRESH8_SETS = ["greeting", "saidfront", "dialogue", "wirelead", "runon", "classical", "poetry",
               "note", "treaty", "applause", "footnotes", "presser", "table", "dropped"]
# The twenty-first round's (`tests/data/align/fresh9/`, README there): two wire leads rebuilt
# from a later sentence, parallel clauses split, measures as bullets, a chronology under year
# headings, a press release without its boilerplate, said-clauses moved inside the speech, an
# agreement's article headings; `leadmove`, `mergedq`, `obituary` and `selfask` held out while
# the aligner was changed.
FRESH9 = REPO / "tests" / "data" / "align" / "fresh9"
FRESH9_SETS = ["leadfig", "leadquote", "paibi", "measures", "timeline", "boilerplate", "saidmid",
               "treatyart", "leadmove", "mergedq", "obituary", "selfask"]
# The twenty-second round's (`tests/data/align/fresh10/`, README there): items of one Chinese
# sentence as bullets, an English opening with its own summary, posts with topic tags, a
# programme a line an item, a report's headings, bracketed notes taken out, paragraphs re-cut,
# sayings explained; `interp`, `dialogpara`, `mergedart` and `poemprose` held out while the
# aligner was changed.
FRESH10 = REPO / "tests" / "data" / "align" / "fresh10"
FRESH10_SETS = ["bullets", "ownlead", "weibo", "agenda", "headings", "aside", "splitpara",
                "proverb", "interp", "dialogpara", "mergedart", "poemprose"]
# The twenty-third round's (`tests/data/align/fresh11/`, README there): short Chinese paragraphs
# run together, translator's notes, long sentences cut in three, a table as prose, speakers'
# names on lines of their own, footnotes gathered as endnotes, a list reordered, subtitles as a
# prose transcript; `couplet`, `lawsub`, `dateline` and `omitpara` held out while the aligner
# was changed.
FRESH11 = REPO / "tests" / "data" / "align" / "fresh11"
FRESH11_SETS = ["mergeshort", "tlnote", "longsent", "tableprose", "speakers", "endnotes",
                "listorder", "srtprose", "couplet", "lawsub", "dateline", "omitpara"]
# The twenty-fourth round's (`tests/data/align/fresh12/`, README there): numbered questions,
# a press release with its contacts block, applause markers, a letter's closing and moved date,
# photo captions gathered at the end, sentences crossing inside a paragraph, short paragraphs
# merged; `refrain`, `minutes`, `addexpl` and `attrfront` held out while the aligner was changed.
FRESH12 = REPO / "tests" / "data" / "align" / "fresh12"
FRESH12_SETS = ["qanum", "pressrel", "applause", "letter", "captions", "swap", "mergepara",
                "refrain", "minutes", "addexpl", "attrfront"]
# The twenty-fifth round's (`tests/data/align/fresh13/`, README there): a long speech, a story's
# dialogue, an amendment decision, a programme table, social media tags, explaining sentences
# the English adds, a kicker over the headline; `delegation`, `notice`, `contract` and `subdual`
# held out while the aligner was changed.
FRESH13 = REPO / "tests" / "data" / "align" / "fresh13"
FRESH13_SETS = ["forum", "fiction", "amend", "schedule", "hashtag", "explain", "headline",
                "delegation", "notice", "contract", "subdual"]
# The twenty-sixth round's (`tests/data/align/fresh14/`, README there): a 1-5 list sentence, a
# two-column signature block, captions gathered after the text, a partner's readout crossing two
# paragraphs, a speech with applause notes and a source line, a summary lead, regulations'
# clauses merged; `presser`, `novel`, `subs` and `tablelist` held out while the aligner was
# changed.
FRESH14 = REPO / "tests" / "data" / "align" / "fresh14"
FRESH14_SETS = ["measures", "signing", "gallery", "readout", "speech", "ngolead", "lawmerge",
                "presser", "novel", "subs", "tablelist"]
# The twenty-seventh round's (`tests/data/align/fresh15/`, README there): figures in 万/亿 said
# rounded in millions, run-in heads, a title above the masthead, a treaty's articles, a joint
# statement's points, museum labels, a readout; `podcast`, `story`, `faq` and `budget` held out
# while the aligner was changed.
FRESH15 = REPO / "tests" / "data" / "align" / "fresh15"
FRESH15_SETS = ["annual", "runin", "alert", "treaty", "joint", "museum", "mfa",
                "podcast", "story", "faq", "budget"]
LITERARY_VARIANTS = {
    "literary": ("literary.zh", "literary.en", "literary.gold"),
    "literary, fine cut": ("literary-fine.zh", "literary.en", "literary-fine.gold"),
}

Beads = list[tuple[tuple[int, ...], tuple[int, ...]]]


def find_bible() -> Path:
    """The Bible set: $TIFA_ALIGN_DEV/bible, else shared/align-dev/bible next to the repository
    or next to its worktree folder."""
    env = os.environ.get("TIFA_ALIGN_DEV")
    candidates = [Path(env) / "bible"] if env else []
    candidates += [base / "shared" / "align-dev" / "bible"
                   for base in (REPO.parent, REPO.parent.parent)]
    return next((c for c in candidates if (c / "gold.align").exists()), candidates[0])


def parse_beads(text: str) -> Beads:
    """`[1,2]:[3]` lines → list of (left ids, right ids)."""
    beads = []
    for line in text.splitlines():
        if not line.strip():
            continue
        left, right = line.strip().split(":")
        ids = [tuple(int(x) for x in side.strip("[] ").split(",") if x.strip())
               for side in (left, right)]
        beads.append((ids[0], ids[1]))
    return beads


def load_set(folder: Path, limit: int | None = None):
    """(zh sentences, en sentences, gold as (en, zh) beads, zh verses, en verses)."""
    zh = (folder / "bible.zh").read_text(encoding="utf-8").splitlines()
    en = (folder / "bible.en").read_text(encoding="utf-8").splitlines()
    zv = (folder / "bible.zh.verse").read_text(encoding="utf-8").splitlines()
    ev = (folder / "bible.en.verse").read_text(encoding="utf-8").splitlines()
    gold = parse_beads((folder / "gold.align").read_text(encoding="utf-8"))
    if limit:
        gold = gold[:limit]
        ne = 1 + max(max(e, default=-1) for e, _ in gold)
        nz = 1 + max(max(z, default=-1) for _, z in gold)
        zh, en, zv, ev = zh[:nz], en[:ne], zv[:nz], ev[:ne]
    return zh, en, gold, zv, ev


def _paragraph_file(path: Path) -> tuple[list[str], list[int]]:
    """One sentence per line, a blank line between paragraphs → sentences, paragraph numbers."""
    sentences, paras = [], []
    blocks = path.read_text(encoding="utf-8").strip().split("\n\n")
    for k, block in enumerate(blocks):
        for line in block.split("\n"):
            sentences.append(line)
            paras.append(k)
    return sentences, paras


def load_keynote(variant: str):
    """(zh, zh paragraph numbers, en, en paragraph numbers, gold as (zh, en) beads) of a keynote
    or literary variant."""
    zf, ef, gf = (KEYNOTE_VARIANTS | LITERARY_VARIANTS)[variant]
    zh, zp = _paragraph_file(KEYNOTE / zf)
    en, ep = _paragraph_file(KEYNOTE / ef)
    gold = parse_beads((KEYNOTE / gf).read_text(encoding="utf-8"))
    return zh, zp, en, ep, gold


def keynote_raw_text(variant: str) -> tuple[str, str]:
    """The variant as plain text, one paragraph per line and no blank lines (as a translator
    pastes it from a word processor)."""
    zf, ef, _ = (KEYNOTE_VARIANTS | LITERARY_VARIANTS)[variant]
    zh = [b.replace("\n", "") for b in (KEYNOTE / zf).read_text(encoding="utf-8").strip()
          .split("\n\n")]
    en = [b.replace("\n", " ") for b in (KEYNOTE / ef).read_text(encoding="utf-8").strip()
          .split("\n\n")]
    return "\n".join(zh) + "\n", "\n".join(en) + "\n"


def merge_verses(beads, ev: list[str], zv: list[str]):
    """Merge consecutive (en, zh) beads whose sentences all lie in one and the same verse."""
    out: list[tuple[list[int], list[int]]] = []
    last_verse = None
    for e, z in beads:
        verses = {ev[i] for i in e} | {zv[i] for i in z}
        verse = next(iter(verses)) if len(verses) == 1 else None
        if verse is not None and verse == last_verse and out:
            out[-1][0].extend(e)
            out[-1][1].extend(z)
        else:
            out.append((list(e), list(z)))
        last_verse = verse
    return [(tuple(sorted(e)), tuple(sorted(z))) for e, z in out]


def _precision(gold, test) -> tuple[int, int, int, int]:
    gold_set = set(gold)
    tps = fps = tpl = fpl = 0
    for src, tgt in test:
        if not src and not tgt:
            continue
        if (src, tgt) in gold_set:
            tps += 1
            tpl += 1
            continue
        fps += 1
        s, t = set(src), set(tgt)
        if any(s & set(gs) and t & set(gt) for gs, gt in gold):
            tpl += 1
        else:
            fpl += 1
    return tps, fps, tpl, fpl


def score(gold, test) -> dict[str, float]:
    """Strict and lax P/R/F1; recall leaves out beads empty on one side (Sennrich & Volk)."""
    p = _precision(gold, test)
    r = _precision([b for b in test if b[0] and b[1]], [b for b in gold if b[0] and b[1]])
    out = {}
    for name, (tp, fp) in (("strict", (p[0], p[1])), ("lax", (p[2], p[3]))):
        prec = tp / (tp + fp) if tp + fp else 0.0
        rtp, rfp = (r[0], r[1]) if name == "strict" else (r[2], r[3])
        rec = rtp / (rtp + rfp) if rtp + rfp else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[f"{name}_p"], out[f"{name}_r"], out[f"{name}_f1"] = prec, rec, f1
    return out


def bible_judged(beads, gold, zv, ev) -> tuple[Beads, list[tuple[float, bool]]]:
    """Verse-merged test beads, and (confidence, right) for every predicted bead: a bead is
    right when the verse-merged bead it ends up in is a gold bead; its confidence is its own."""
    test = merge_verses([(tuple(b.en), tuple(b.zh)) for b in beads], ev, zv)
    gold_set = set(gold)
    where = {}
    for k, (e, z) in enumerate(test):
        where.update((("z", i), k) for i in z)
        where.update((("e", j), k) for j in e)
    judged = [(b.confidence,
               test[where[("z", b.zh[0])] if b.zh else where[("e", b.en[0])]] in gold_set)
              for b in beads]
    return test, judged


def half_a_books(zv: list[str]) -> set[str]:
    """The Bible books of half A (every other book in the set's order): the confidence model is
    fitted on half A and the keynote set, so half B is held out (`fit_align_confidence.py`)."""
    books: list[str] = []
    for verse in zv:
        book = verse.split(":")[0]
        if book not in books:
            books.append(book)
    return set(books[0::2])


def in_half_a(bead, zv: list[str], ev: list[str], half_a: set[str]) -> bool:
    verse = zv[bead.zh[0]] if bead.zh else ev[bead.en[0]]
    return verse.split(":")[0] in half_a


def evaluate(zh, en, gold, zv, ev):
    t0, c0 = time.perf_counter(), time.process_time()
    beads = align(zh, en)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    test, judged = bible_judged(beads, gold, zv, ev)
    half_a = half_a_books(zv)
    held_out = [j for b, j in zip(beads, judged, strict=True) if not in_half_a(b, zv, ev, half_a)]
    return score(gold, test), wall, cpu, judged, held_out


def calibration(judged: list[tuple[float, bool]], threshold: float = DOUBT_THRESHOLD) -> str:
    above = [right for conf, right in judged if conf >= threshold]
    below = [right for conf, right in judged if conf < threshold]
    half = [right for conf, right in judged if conf < 0.5]
    def share(rights: list[bool], wrong: bool) -> str:
        if not rights:
            return "–"
        right = sum(rights) / len(rights)
        return f"{1 - right if wrong else right:.1%}"

    return (f"calibration at {threshold}: {len(above)} beads above, {share(above, False)} right; "
            f"{len(below)} below, {share(below, True)} wrong"
            f" (below 0.5: {len(half)}, {share(half, True)} wrong)")


BINS = (0.0, 0.5, 0.8, 0.9, 0.95, 0.98, 0.99, 1.0001)


def reliability(judged: list[tuple[float, bool]]) -> str:
    """Confidence bins × share of beads right: a calibrated confidence matches its bin."""
    rows = []
    for lo, hi in zip(BINS, BINS[1:], strict=False):
        inside = [right for conf, right in judged if lo <= conf < hi]
        if inside:
            rows.append(f"{lo:.2f}-{min(hi, 1.0):.2f}: {len(inside)} beads, "
                        f"{sum(inside) / len(inside):.1%} right")
    return "; ".join(rows)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _fmt(s: dict[str, float]) -> str:
    return (f"strict P/R/F1 {s['strict_p']:.3f}/{s['strict_r']:.3f}/{s['strict_f1']:.3f}  "
            f"lax P/R/F1 {s['lax_p']:.3f}/{s['lax_r']:.3f}/{s['lax_f1']:.3f}")


# The gold sets after the hard one, each with its option: (names, folder, the round it came in).
SETS = {"fresh": (FRESH_SETS, FRESH, "thirteenth"), "fresh2": (FRESH2_SETS, FRESH2, "fourteenth"),
        "fresh3": (FRESH3_SETS, FRESH3, "fifteenth"), "moves": (MOVES_SETS, MOVES, "fifteenth"),
        "fresh4": (FRESH4_SETS, FRESH4, "sixteenth"),
        "fresh5": (FRESH5_SETS, FRESH5, "seventeenth"),
        "fresh6": (FRESH6_SETS, FRESH6, "eighteenth"),
        "fresh7": (FRESH7_SETS, FRESH7, "nineteenth"),
        "fresh8": (FRESH8_SETS, FRESH8, "twentieth"),
        "fresh9": (FRESH9_SETS, FRESH9, "twenty-first"),
        "fresh10": (FRESH10_SETS, FRESH10, "twenty-second"),
        "fresh11": (FRESH11_SETS, FRESH11, "twenty-third"),
        "fresh12": (FRESH12_SETS, FRESH12, "twenty-fourth"),
        "fresh13": (FRESH13_SETS, FRESH13, "twenty-fifth"),
        "fresh14": (FRESH14_SETS, FRESH14, "twenty-sixth"),
        "fresh15": (FRESH15_SETS, FRESH15, "twenty-seventh")}


def run_length_only(zh, en, gold, zv, ev) -> None:
    """Reference point in the same run: the same DP with the lexical weight set to zero, i.e. a
    Gale–Church length-only aligner (no external aligner is installable here: hunalign is not
    packaged for this Debian, Bleualign needs an MT system)."""
    import tifa.tm.align_core as core

    saved = core.W_LEX
    core.W_LEX = 0.0
    try:
        s, wall, cpu, _, _ = evaluate(zh, en, gold, zv, ev)
    finally:
        core.W_LEX = saved
    print(f"length only (Gale-Church) {_fmt(s)}  time {wall:.1f}s (CPU {cpu:.1f}s)")


def run_keynote(variants: dict = KEYNOTE_VARIANTS, label: str = "keynote"
                ) -> list[tuple[float, bool]]:
    judged: list[tuple[float, bool]] = []
    for variant in variants:
        zh, zp, en, ep, gold = load_keynote(variant)
        gold_set = set(gold)
        for mode in ("paragraphs", "flat", "raw text"):
            c0 = time.process_time()
            if mode == "raw text":
                if variant == "literary, fine cut":     # tifa's splitter does not cut so
                    continue
                result = align_texts(*keynote_raw_text(variant))
                ok = result.zh == zh and result.en == en
                beads = result.beads if ok else []
            else:
                beads = align(zh, en, zh_paras=zp, en_paras=ep) if mode == "paragraphs" \
                    else align(zh, en)
                ok = True
            cpu = time.process_time() - c0
            test = [(tuple(b.zh), tuple(b.en)) for b in beads]
            if mode == "paragraphs":
                judged += [(b.confidence, t in gold_set) for b, t in zip(beads, test, strict=True)]
            note = "" if ok else "  (sentence split differs from the gold's!)"
            print(f"{label} {variant:18} {mode:10} {_fmt(score(gold, test))}  CPU {cpu:.2f}s{note}")
    return judged


def gold_shapes(gold: Beads, zh_first: bool = True) -> str:
    """Share of each bead type in a gold set (zh-en), the commonest first."""
    counts: dict[str, int] = {}
    for a, b in gold:
        z, e = (a, b) if zh_first else (b, a)
        counts[f"{len(z)}-{len(e)}"] = counts.get(f"{len(z)}-{len(e)}", 0) + 1
    top = sorted(counts.items(), key=lambda kv: -kv[1])[:6]
    return ", ".join(f"{k} {v / len(gold):.0%}" for k, v in top)


def run_literary() -> None:
    """The literary set: accuracy, calibration (held out from the fit), and the same without
    number evidence (literary prose has few figures: the aligner must not need them)."""
    import tifa.tm.align_core as core

    for variant in LITERARY_VARIANTS:
        print(f"literary gold bead types ({variant}): {gold_shapes(load_keynote(variant)[4])}")
    judged = run_keynote(LITERARY_VARIANTS, "literary")
    print(f"literary (paragraphs, held out from the fit) {calibration(judged)}")
    saved = core.extract_zh, core.extract_en
    core.extract_zh = core.extract_en = lambda text: []
    try:
        for variant in LITERARY_VARIANTS:
            zh, zp, en, ep, gold = load_keynote(variant)
            beads = align(zh, en)
            test = [(tuple(b.zh), tuple(b.en)) for b in beads]
            print(f"literary {variant:18} flat, no numbers {_fmt(score(gold, test))}")
    finally:
        core.extract_zh, core.extract_en = saved


def gold_rows(name: str, folder: Path = HARD) -> list[tuple[str, str]]:
    """The gold beads of a hard set (`NAME.gold.tsv`) as texts: (Chinese sentences joined,
    English sentences joined by a space)."""
    import csv

    with open(folder / f"{name}.gold.tsv", encoding="utf-8", newline="") as fh:
        return [(r["zh"], r["en"]) for r in csv.DictReader(fh, delimiter="\t")]


def hard_gold(name: str, zh: list[str], en: list[str], folder: Path = HARD) -> Beads | None:
    """The gold rows of a hard set as sentence ids of tifa's own split of its texts; None when
    that split differs from the one the gold was written with (an older splitter)."""
    gold: Beads = []
    i = j = 0
    for z, e in gold_rows(name, folder):
        zi, ei = [], []
        while "".join(zh[k] for k in zi) != z:
            if i >= len(zh) or len("".join(zh[k] for k in zi)) > len(z):
                return None
            zi.append(i)
            i += 1
        while " ".join(en[k] for k in ei) != e:
            if j >= len(en) or len(" ".join(en[k] for k in ei)) > len(e):
                return None
            ei.append(j)
            j += 1
        gold.append((tuple(zi), tuple(ei)))
    return gold if i == len(zh) and j == len(en) else None


def tm_units(name: str, glossary, folder: Path = HARD) -> tuple[list[tuple[str, str]], int]:
    """What `tifa tm build` puts into the TMX for a hard set: (zh, en) of every unit, and the
    number of rows it sends to the review file."""
    import tempfile

    from tifa.tm.base.files import TifaError
    from tifa.tm.base.tmx import read_tmx
    from tifa.tm.memory import build_tm

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "tm.tmx"
        try:
            report = build_tm([(str(folder / f"{name}.zh.txt"),
                                str(folder / f"{name}.en.txt"))], out,
                              glossary=glossary, warn=lambda msg: None)
        except TifaError as err:  # refused: no units, nothing to review
            print(f"tm build {name}: refused: {err}")
            return [], 0
        units = [(u.source, u.target) for u in read_tmx(out)]
    return units, report.review


def run_hard(names: list[str] = HARD_SETS, folder: Path = HARD, label: str = "hard"
             ) -> dict[str, tuple]:
    """Each hard set aligned as `tifa align` does (raw texts, the shipped glossary): strict
    P/R/F1, and as `tifa tm build` writes it: wrong units in the TMX (the worst outcome: a wrong
    pair not marked doubtful), right beads sent to review, gold beads lost."""
    from tifa.glossary.store import load_glossary
    from tifa.tm.base.files import read_text

    terms = load_glossary(env=False)
    totals = [0] * 7
    out = {}
    for name in names:
        zh_text = read_text(folder / f"{name}.zh.txt")
        en_text = read_text(folder / f"{name}.en.txt")
        result = align_texts(zh_text, en_text, glossary=terms)
        rows = gold_rows(name, folder)
        gold = hard_gold(name, result.zh, result.en, folder)
        test = [(tuple(b.zh), tuple(b.en)) for b in result.beads]
        # Beads are judged by their text, so that a splitter that cuts otherwise than the
        # gold's is still measured (its glued sentences find no gold bead).
        gold_texts = Counter(rows)
        texts = [("".join(result.zh[i] for i in z), " ".join(result.en[j] for j in e))
                 for z, e in test]
        right = []
        for t in texts:
            right.append(gold_texts[t] > 0)
            gold_texts[t] -= 1
        sure_wrong = sum(1 for b, ok in zip(result.beads, right, strict=True)
                         if not ok and b.confidence >= DOUBT_THRESHOLD)
        doubt_right = sum(1 for b, ok in zip(result.beads, right, strict=True)
                          if ok and b.confidence < DOUBT_THRESHOLD)
        units, review = tm_units(name, terms, folder)
        two_sided = {(z, e) for z, e in rows if z and e}
        wrong_units = sum(1 for u in units if u not in two_sided)
        found = sum(right)
        scores = _fmt(score(gold, test)) if gold is not None else \
            "(tifa's sentences differ from the gold's: beads judged by text only)"
        row = (len(rows), found, sure_wrong, doubt_right, len(units), wrong_units, review)
        out[name] = row
        totals = [a + b for a, b in zip(totals, row, strict=True)]
        print(f"{label} {name:9} {scores}  gold {len(rows)}, found {found}; align: wrong at/above "
              f"{DOUBT_THRESHOLD} {sure_wrong}, right below {doubt_right}; tm build: "
              f"{len(units)} units, {wrong_units} wrong, {review} to review")
    print(f"{label}, all sets: gold {totals[0]}, found {totals[1]}; align: wrong at/above "
          f"{DOUBT_THRESHOLD} {totals[2]}, right below {totals[3]}; tm build: {totals[4]} units, "
          f"{totals[5]} wrong, {totals[6]} to review")
    return out


def run_scale(zh, en, k: int, label: str, zp=None, ep=None) -> None:
    zp_k = [p + c * (max(zp) + 1) for c in range(k) for p in zp] if zp else None
    ep_k = [p + c * (max(ep) + 1) for c in range(k) for p in ep] if ep else None
    for copies in (1, k):
        t0, c0 = time.perf_counter(), time.process_time()
        align(zh * copies, en * copies,
              zh_paras=zp_k[: len(zh) * copies] if zp_k else None,
              en_paras=ep_k[: len(en) * copies] if ep_k else None)
        t, c = time.perf_counter() - t0, time.process_time() - c0
        print(f"scale {label} {copies}x: {len(zh) * copies} x {len(en) * copies} sentences  "
              f"{t:.1f}s (CPU {c:.1f}s, {c / copies:.2f}s per copy)  "
              f"peak RSS {peak_rss_mb():.0f} MB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bible", default=str(find_bible()), help="the Bible set's folder")
    ap.add_argument("--scale", action="store_true", help="also time 1x and 10x concatenations")
    ap.add_argument("--baseline", action="store_true",
                    help="also run the length-only (Gale-Church) variant")
    ap.add_argument("--hard", action="store_true",
                    help="only the hard sets (tests/data/align/hard)")
    for option, (_, _, round_) in SETS.items():
        ap.add_argument(f"--{option}", nargs="*", metavar="NAME",
                        help=f"only the {round_} round's sets (tests/data/align/{option}; all, "
                             "or the NAMEs given)")
    ap.add_argument("--limit", type=int, default=None, help="first N Bible gold beads only")
    args = ap.parse_args()
    chosen = {option: getattr(args, option) for option in SETS
              if getattr(args, option) is not None}
    if args.hard or chosen:
        if args.hard:
            run_hard()
        for option, names in chosen.items():
            sets, folder, _ = SETS[option]
            run_hard(names or sets, folder, option)
        return
    folder = Path(args.bible)
    if not (folder / "gold.align").exists():
        sys.exit(f"bench_align: no gold.align in {folder}")
    print(f"command: {' '.join([os.path.basename(sys.executable), *sys.argv])}")
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs")
    zh, en, gold, zv, ev = load_set(folder, args.limit)
    print(f"Bible: {folder}  zh {len(zh)} sentences, en {len(en)} sentences, "
          f"gold {len(gold)} beads ({gold_shapes(gold, zh_first=False)})")
    s, wall, cpu, judged, held_out = evaluate(zh, en, gold, zv, ev)
    print(f"tifa align  {_fmt(s)}  time {wall:.1f}s (CPU {cpu:.1f}s; the two differ when other "
          f"jobs share the machine)  peak RSS {peak_rss_mb():.0f} MB")
    print(f"Bible {calibration(judged)}")
    print(f"Bible reliability  {reliability(judged)}")
    print(f"Bible half B (held out from the fit) {calibration(held_out)}")
    print(f"Bible half B reliability  {reliability(held_out)}")
    if args.baseline:
        run_length_only(zh, en, gold, zv, ev)
    key_judged = run_keynote()
    print(f"keynote (paragraphs, all variants) {calibration(key_judged)}")
    print(f"keynote reliability  {reliability(key_judged)}")
    run_literary()
    run_hard()
    for option, (sets, folder, _) in SETS.items():
        run_hard(sets, folder, option)
    if args.scale:
        kz, kzp, ke, kep, _ = load_keynote("paragraphs deleted")
        run_scale(kz, ke, 10, "keynote (paragraphs deleted)", kzp, kep)
        run_scale(zh, en, 10, "Bible")


if __name__ == "__main__":
    main()
