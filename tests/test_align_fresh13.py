"""The twenty-fifth round's alignment set (tests/data/align/fresh13/, README there) and the fixes
it led to (docs/align.md, "Twenty-fifth round")."""

from __future__ import annotations

import functools

from tifa.tm.align import align
from tifa.tm.align_core import _en_tokens, _furnished, table_row

from tests.test_align import BENCH, assert_built_in_process, assert_rows_keep, bead_texts
from tests.test_align_fresh11 import _aligned

# Gold beads found by `tifa align` and wrong units `tifa tm build` writes (not marked doubtful),
# as measured at the end of the round; delegation, notice, contract and subdual were written and
# committed before any change and measured once after the dev fixes (docs/align.md).
FRESH13_FOUND = {"forum": 18, "fiction": 12, "amend": 11, "schedule": 13, "hashtag": 12,
                 "explain": 7, "headline": 8, "delegation": 7, "notice": 13, "contract": 13,
                 "subdual": 22}
FRESH13_WRONG_UNITS = {"forum": 1, "fiction": 0, "amend": 0, "schedule": 0, "hashtag": 0,
                       "explain": 2, "headline": 1, "delegation": 0, "notice": 0, "contract": 0,
                       "subdual": 0}


@functools.cache
def _figures() -> dict[str, tuple]:
    """Every text aligned and built into a TM once, as the bench does (its rows by name)."""
    return BENCH.run_hard(BENCH.FRESH13_SETS, BENCH.FRESH13, "fresh13")


def test_fresh13_sets_are_built_from_their_sources():
    """Each text and its gold are what `hard/build.py` makes of its source (checked in process:
    the gold was not edited by hand)."""
    assert_built_in_process(BENCH.FRESH13, BENCH.FRESH13_SETS)


def test_fresh13_sets_keep_their_figures():
    assert_rows_keep(_figures(), FRESH13_FOUND, FRESH13_WRONG_UNITS)


def test_a_camelcase_hashtag_is_read_as_its_words():
    words, _ = _en_tokens("#HappyChineseNewYear #SafeTravels")
    assert {"happy", "chines", "new", "year", "travel"} <= set(words)


def test_a_tag_line_pairs_with_its_hashtag_and_an_emoji_line_stands_alone():
    """hashtag: #欢乐春节# #中达友好# linked nothing of "#HappyChineseNewYear" (one token), so the
    English tag line went to the line of emoji 👏👏👏 before it (1-1 at 0.96) and the Chinese tag
    line was glued to the next post's first sentence (2-1 at 0.84). The hashtag now links as
    its words, and a line of symbols alone is furniture: left out where the English has none."""
    pairs = bead_texts(_aligned(BENCH.FRESH13, "hashtag"))
    assert ("#欢乐春节# #中达友好#", "#HappyChineseNewYear") in pairs
    assert ("👏👏👏", "") in pairs


def test_an_emoji_line_both_texts_keep_pairs():
    """The slipped twin: where the English keeps the emoji line, the two pair; where it has
    none, the line stands alone."""
    zh = ["今天我们在达莫举办庙会。", "👏👏👏", "欢迎大家明年再来。"]
    kept = ["Today we held a temple fair in Damo.", "👏👏👏", "Come again next year, everyone."]
    shape = [(b.zh, b.en) for b in align(zh, kept)]
    assert shape == [([0], [0]), ([1], [1]), ([2], [2])]
    shape = [(b.zh, b.en) for b in align(zh, kept[:1] + kept[2:])]
    assert shape == [([0], [0]), ([1], []), ([2], [1])]


def test_symbols_alone_are_furniture_and_words_are_not():
    marks, furniture = _furnished(["👏👏👏", "* * *", "好！👏", "Yes 🙂", "2026"])
    assert furniture == [True, True, False, False, False]
    assert marks[:2] == [1, 1]


def test_a_row_the_english_table_adds_is_not_glued_to_the_row_before():
    """schedule: the English programme adds a row of its own ("9:40-10:00 a.m.\tCoffee break"),
    which shares 9:40 with the row before and was glued to it (1-2 at 0.98, a wrong TM unit).
    A table's row is a line: a sentence of another line is no part of it."""
    pairs = bead_texts(_aligned(BENCH.FRESH13, "schedule"))
    assert ("", "9:40-10:00 a.m. Coffee break") in pairs
    assert ("09:00—09:40\t开幕式及主旨演讲\t一号会议厅",
            "9:00-9:40 a.m. Opening ceremony and keynote speeches (Hall 1)") in pairs


def test_a_row_rendered_as_two_sentences_on_its_line_is_one_bead():
    """The slipped twin: the English that cuts a row's content in two sentences on the row's
    own line keeps both with the row (1-2)."""
    result = _aligned(BENCH.FRESH13, "schedule",
                      (("(Hall 1) \n9:40-10:00 a.m.\tCoffee break", "(Hall 1). Speakers to be "
                        "announced."),))
    assert ("09:00—09:40\t开幕式及主旨演讲\t一号会议厅", "9:00-9:40 a.m. Opening ceremony and "
            "keynote speeches (Hall 1). Speakers to be announced.") in bead_texts(result)


def test_a_table_row_is_cells_between_tabs():
    assert table_row("08:30—09:00\t嘉宾签到\t一楼大厅")
    assert table_row("Time\tEvent")
    assert not table_row("论坛于10月18日举行。\t")
    assert not table_row("The forum opens at 9:00.")


def test_a_sentence_added_to_explain_a_word_is_not_glued_to_the_sentence_it_explains():
    """A dictionary's gloss of a word is a definition, so an English sentence added to explain
    that word links many of its words to it: "Tangyuan are small balls of glutinous rice flour
    … eaten at the Lantern Festival …" to 汤圆 ("glutinous rice flour balls eaten at the Lantern
    Festival"), and was glued to 招待会上，来宾们品尝了汤圆。 (1-2 at 0.90, a wrong TM unit);
    fresh12/addexpl's solar term likewise (1-2). A Chinese word now counts for at most
    `GLOSS_LINKS` English words of a merged sentence: both stand alone."""
    pairs = bead_texts(_aligned(BENCH.FRESH13, "explain"))
    assert ("招待会上，来宾们品尝了汤圆。", "Guests at the reception tasted tangyuan.") in pairs
    assert [p for p in pairs if p[1].startswith("Tangyuan are")][0][0] == ""
    pairs = bead_texts(_aligned(BENCH.FRESH12, "addexpl"))
    assert [p for p in pairs if p[1].startswith("Grain Rain, the sixth")][0][0] == ""


def test_a_sentence_that_translates_the_explanation_the_chinese_gives_stays_with_it():
    """The slipped twin: where the Chinese sentence itself says what tangyuan are, the English
    sentence that says it is part of its translation (1-2)."""
    result = _aligned(BENCH.FRESH13, "explain", (
        ("招待会上，来宾们品尝了汤圆。",
         "招待会上，来宾们品尝了汤圆，这种用糯米粉做成、包着甜馅的小圆球在元宵节食用，"
         "圆圆的形状象征团圆。"),))
    expected = [p for p in bead_texts(result) if p[0].startswith("招待会上")]
    assert expected and expected[0][1].startswith("Guests at the reception tasted tangyuan. "
                                                  "Tangyuan are small balls")
