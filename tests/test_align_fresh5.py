"""The seventeenth round's alignment set (tests/data/align/fresh5/, README there) and the fix
it led to (docs/align.md, "Seventeenth round")."""

from __future__ import annotations

import pytest
from tifa.tm.align import align_texts, split_paragraphs, text_sentences
from tifa.tm.base.files import read_text
from tifa.tm.memory import _articles

from tests.test_align import BENCH, assert_set_built, assert_set_figures

# Gold beads found by `tifa align` and wrong units `tifa tm build` writes (not marked doubtful),
# as measured at the end of the round (essay: `tm build` refuses the pair as too free, so no
# units).
FRESH5_FOUND = {"essay": 13, "turns": 9, "byline": 10, "explain": 12, "prosepoem": 5,
                "repeat": 15, "articles": 13, "srt": 21}
FRESH5_WRONG_UNITS = {"essay": 0, "turns": 1, "byline": 0, "explain": 1, "prosepoem": 0,
                      "repeat": 0, "articles": 0, "srt": 0}


def test_fresh5_sets_are_built_from_their_sources():
    assert_set_built(BENCH.FRESH5)


@pytest.mark.parametrize("name", sorted(FRESH5_FOUND))
def test_fresh5_sets_keep_their_figures(name):
    assert_set_figures(BENCH.FRESH5, "fresh5", name, FRESH5_FOUND, FRESH5_WRONG_UNITS)


def _texts(name: str) -> tuple[str, str]:
    return read_text(BENCH.FRESH5 / f"{name}.zh.txt"), read_text(BENCH.FRESH5 / f"{name}.en.txt")


def test_a_subtitle_cues_number_and_times_are_lines_of_their_own():
    """An SRT file: each cue a number line, a time line, its text. The time line's comma
    ("00:00:04,200") read as running text, so the cleaner joined it to the cue's text
    ("00:00:04,200 --> 00:00:07,500有一种茶树…") and the English joined number, times and text
    into one sentence (main: 3 of 21 gold beads, 7 wrong at or above 0.8). Now every number,
    time line and text is a unit, in `tifa align` and in `tifa tm build` alike, and nothing is
    lost."""
    zh_text, en_text = _texts("srt")
    zh, _, en, _ = text_sentences(zh_text, en_text)
    assert zh[:3] == ["1", "00:00:01,200 --> 00:00:04,000", "在云南的高山上"]
    assert en[3:6] == ["2", "00:00:04,200 --> 00:00:07,500",
                       "there are tea trees that have been growing for more than a thousand "
                       "years."]
    assert "".join(zh).replace(" ", "") == "".join(zh_text.split())
    assert " ".join(en).split() == en_text.split()
    segments = [s.text for a in _articles(str(BENCH.FRESH5 / "srt.zh.txt")) for s in a.segments]
    assert segments == zh
    result = align_texts(zh_text, en_text)
    pairs = [("".join(result.zh[i] for i in b.zh), " ".join(result.en[j] for j in b.en))
             for b in result.beads]
    assert ("00:00:11,000 --> 00:00:14,600", "00:00:11,000 --> 00:00:14,600") in pairs
    assert ("一芽一叶地采摘新茶", "to pick the new tea, one bud and one leaf at a time.") in pairs
    # `tifa tm build` took the time lines' digits for English words that translate nothing,
    # and refused the pair as too free (37 % of words correspond): now it writes every cue
    units, review = BENCH.tm_units("srt", None, BENCH.FRESH5)
    assert ("布朗族的采茶人都会爬上这些古树",
            "the tea pickers of the Blang people climb these ancient trees") in units
    assert len(units) == 21 and review == 0
    # WebVTT times (a full stop before the milliseconds, no cue number) are cues too; a line
    # that only mentions an arrow, or a number over running text, is not
    assert split_paragraphs("WEBVTT\n\n00:01.000 --> 00:04.000\nHello there,\nmy friend.\n") \
        == ["WEBVTT", "00:01.000 --> 00:04.000", "Hello there, my friend."]
    assert split_paragraphs("The ratio went from 2:1 to 3:1 --> a change\nof course.\n") \
        == ["The ratio went from 2:1 to 3:1 --> a change of course."]
