"""The twenty-third round's alignment set (tests/data/align/fresh11/, README there) and the fixes
it led to (docs/align.md, "Twenty-third round")."""

from __future__ import annotations

import functools

from tifa.tm.align import align_texts
from tifa.tm.align_core import lone_cues, translator_note

from tests.test_align import BENCH, assert_built_in_process, assert_rows_keep, bead_texts, set_texts

# Gold beads found by `tifa align` and wrong units `tifa tm build` writes (not marked doubtful),
# as measured at the end of the round; couplet, lawsub, dateline and omitpara were written and
# committed before any change and measured once after the dev fixes (docs/align.md).
# (tableprose, lawsub and dateline raised in the twenty-fourth round: fresh12's fixes)
FRESH11_FOUND = {"mergeshort": 9, "tlnote": 9, "longsent": 5, "tableprose": 6, "speakers": 10,
                 "endnotes": 4, "listorder": 8, "srtprose": 18, "couplet": 5, "lawsub": 10,
                 "dateline": 7, "omitpara": 12}
FRESH11_WRONG_UNITS = {"mergeshort": 0, "tlnote": 0, "longsent": 0, "tableprose": 0,
                       "speakers": 0, "endnotes": 4, "listorder": 0, "srtprose": 0,
                       "couplet": 1, "lawsub": 0, "dateline": 1, "omitpara": 0}


@functools.cache
def _figures() -> dict[str, tuple]:
    """Every text aligned and built into a TM once, as the bench does (its rows by name)."""
    return BENCH.run_hard(BENCH.FRESH11_SETS, BENCH.FRESH11, "fresh11")


@functools.cache
def _aligned(folder, name: str, swap: tuple[tuple[str, str], ...] = ()):
    zh, en = set_texts(folder, name)
    for old, new in swap:
        assert old in zh + en, old
        zh, en = zh.replace(old, new), en.replace(old, new)
    return align_texts(zh, en)


def test_fresh11_sets_are_built_from_their_sources():
    """Each text and its gold are what `hard/build.py` makes of its source (checked in process:
    the gold was not edited by hand)."""
    assert_built_in_process(BENCH.FRESH11, BENCH.FRESH11_SETS)


def test_fresh11_sets_keep_their_figures():
    assert_rows_keep(_figures(), FRESH11_FOUND, FRESH11_WRONG_UNITS)


NOTE = "[Chaoshan is the region around Shantou in the east of Guangdong Province. – Tr.]"


def test_a_note_the_translator_signs_leaves_the_bead_it_was_glued_to():
    """"[Chaoshan is … – Tr.]" after the sentence that names Chaoshan shared its name and was
    glued to it (1-2 at 0.99, a TM unit with the note in it). Signed at its end as the
    translator's, it is a bead of its own (0-1)."""
    assert translator_note(NOTE) and translator_note("（此处指农历新年。——译者）")
    assert not translator_note("(Guan Gong was a general.)")
    pairs = bead_texts(_aligned(BENCH.FRESH11, "tlnote"))
    assert pairs[:2] == [("在潮汕，工夫茶不只是一种饮品，更是一种待客之道。",
                          "In Chaoshan, gongfu tea is not just a drink but a way of receiving "
                          "guests."), ("", NOTE)]


def test_an_unsigned_bracketed_sentence_is_no_signed_note():
    """The slipped twin: the same sentence in brackets but not signed is no note by its mark;
    the aligner judges it as before (here it stays with the sentence whose name it shares)."""
    result = _aligned(BENCH.FRESH11, "tlnote", ((" – Tr.]", "]"),))
    assert bead_texts(result)[0][1].endswith("Guangdong Province.]")


def test_a_subtitle_files_cue_lines_beside_a_prose_transcript_are_one_sided():
    """A Chinese SRT file and its English transcript in prose: the time lines were glued to the
    cues' text (2-1) and made the English look far too short for a translation (every
    confidence halved: 0.4-0.6, `tm build` wrote nothing). The cue numbers and times are now
    one-sided beads, left out of the TM, and every cue's text is a confident 1-1."""
    result = _aligned(BENCH.FRESH11, "srtprose")
    cues = [b for b in result.beads if not b.en]
    assert len(cues) == 12 and all(len(b.zh) == 1 for b in cues)
    text = [b for b in result.beads if b.en]
    assert [(len(b.zh), len(b.en)) for b in text] == [(1, 1)] * 6
    assert min(b.confidence for b in text) >= 0.8
    assert _figures()["srtprose"][4] == 6          # tm build: the six cue texts are units


def test_cue_lines_are_lone_only_where_the_other_text_has_no_cue():
    """The twin: two subtitle files still pair their cue lines with each other (`tm build`
    leaves those pairs out, as before)."""
    srt = ["1", "00:00:01,000 --> 00:00:03,800", "每年四月"]
    assert lone_cues(srt, ["Every April."]) == [True, True, False]
    assert lone_cues(srt, ["1", "00:00:01,000 --> 00:00:03,800", "Every April"]) == \
        [False, False, False]
    # a time line glued to its cue's text (lint's reader joins a cue's lines) is text
    assert lone_cues(["00:00.500 --> 00:03.000 This is the first bridge.", "Before it."],
                     ["这是我们村的第一座桥"]) == [False, False]
    assert lone_cues(["00:00.500 --> 00:03.000 align:start", "Text."], ["正文"]) == [True, False]


def test_a_speakers_name_on_its_own_line_joins_the_turn_the_english_labels():
    """记者 / 周敏 on lines of their own over each turn, "Q: …" / "Zhou Min: …" inline in the
    English: two of the name lines were left one-sided (1-0 at 0.69-0.78, omissions to lint).
    A repeated name line joins the bead after it when that bead's English opens with a label."""
    pairs = bead_texts(_aligned(BENCH.FRESH11, "speakers"))
    assert ("记者这些年竹编行业有什么变化？", "Q: What has changed in the craft over the years?") \
        in pairs
    assert ("记者有年轻人愿意学吗？", "Q: Are young people willing to learn?") in pairs
    assert not [p for p in pairs if not p[0] or not p[1]]


def test_a_name_line_whose_turn_the_english_does_not_label_stays_apart():
    """The slipped twin: where the English drops the labels ("Q: " taken out), the name lines
    are no part of any English, and are not joined to the turn."""
    result = _aligned(BENCH.FRESH11, "speakers", (("Q: What has changed", "What has changed"),))
    pairs = bead_texts(result)
    assert ("这些年竹编行业有什么变化？", "What has changed in the craft over the years?") in pairs
    assert ("记者", "") in pairs


def test_a_cycle_of_weak_beads_and_one_sided_sentences_is_paired_again():
    """`fresh8/wirelead` (a leftover of two rounds): the English lead rebuilt from two later
    Chinese sentences left a cycle, two 1-1 beads that hardly link (0.50, 0.33) and a sentence
    one-sided on each side. Paired again by their anchored links (the line's figures, the
    minister's name), every bead is right."""
    result = _aligned(BENCH.FRESH8, "wirelead")
    assert [(b.zh, b.en) for b in result.beads] == [
        ([0], [2]), ([1], [3]), ([2], [4]), ([3], [0]), ([4], [5]), ([5], [6]), ([6], [7]),
        ([7], [1])]
    assert min(b.confidence for b in result.beads) >= 0.8


def test_a_sentence_of_the_lead_with_no_chinese_stays_one_sided():
    """The slipped twin: with the minister's sentence replaced by one on another matter, the
    English lead's quotation has no Chinese; it is not paired with the new sentence."""
    result = _aligned(BENCH.FRESH8, "wirelead", (
        ("交通运输部部长刘建明在开通仪式上表示，这条铁路将把沿海城市群连成“一小时交通圈”。",
         "当天，沿线多地还举行了形式多样的庆祝活动。"),))
    quote = [b for b in result.beads if 1 in b.en]
    assert quote and (not quote[0].zh or quote[0].confidence < 0.8)


def test_a_footnote_the_english_moves_to_the_end_is_paired_by_its_number():
    """① 关于…，学界尚有争议。 printed under its paragraph, "1. Scholars still disagree…" among
    the English endnotes: both were left one-sided at 0.99 (an omission and an addition, a
    figure or a name of its own the note lacks). Paragraphs of their own opening with the same
    number no other such paragraph has, they anchor the pair, out of order."""
    pairs = bead_texts(_aligned(BENCH.FRESH11, "endnotes"))
    assert ("① 关于咖啡传入瓦伦的确切年代，学界尚有争议。",
            "1. Scholars still disagree about exactly when coffee reached Valen.") in pairs


def test_a_note_whose_english_says_something_else_stays_apart():
    """The slipped twin: with the English note 1 replaced by one on another matter, the number
    alone pairs nothing; the Chinese note stays one-sided (an omission for lint)."""
    other = "1. The prices are for green beans, before roasting."
    result = _aligned(BENCH.FRESH11, "endnotes", (
        ("1. Scholars still disagree about exactly when coffee reached Valen.", other),))
    pairs = bead_texts(result)
    assert ("① 关于咖啡传入瓦伦的确切年代，学界尚有争议。", "") in pairs
    assert ("", other) in pairs
