"""The twenty-sixth round's alignment set (tests/data/align/fresh14/, README there) and the fixes
it led to (docs/align.md, "Twenty-sixth round")."""

from __future__ import annotations

import functools

from tifa.tm.align import _zh_clauses, tabled, text_sentences
from tifa.tm.align_core import CAPTION, CREDIT, caption_role

from tests.test_align import BENCH, assert_built_in_process, assert_rows_keep, bead_texts
from tests.test_align_fresh11 import _aligned

FRESH14 = BENCH.FRESH14

# Gold beads found by `tifa align` and wrong units `tifa tm build` writes (not marked doubtful),
# as measured at the end of the round; presser, novel, subs and tablelist were written and
# committed before any change and measured once after the dev fixes (docs/align.md).
FRESH14_FOUND = {"measures": 7, "signing": 9, "gallery": 10, "readout": 7, "speech": 23,
                 "ngolead": 9, "lawmerge": 8, "presser": 17, "novel": 10, "subs": 12,
                 "tablelist": 12}
FRESH14_WRONG_UNITS = {"measures": 0, "signing": 0, "gallery": 0, "readout": 0, "speech": 0,
                       "ngolead": 0, "lawmerge": 0, "presser": 0, "novel": 0, "subs": 0,
                       "tablelist": 0}


@functools.cache
def _figures() -> dict[str, tuple]:
    """Every text aligned and built into a TM once, as the bench does (its rows by name)."""
    return BENCH.run_hard(BENCH.FRESH14_SETS, FRESH14, "fresh14")


@functools.cache
def _pairs(name: str, swap: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str]]:
    """The beads of a text (with `swap`'s replacements made) as texts, aligned once."""
    return bead_texts(_aligned(FRESH14, name, swap))


def test_fresh14_sets_are_built_from_their_sources():
    """Each text and its gold are what `hard/build.py` makes of its source (checked in process:
    the gold was not edited by hand)."""
    assert_built_in_process(FRESH14, BENCH.FRESH14_SETS)


def test_fresh14_sets_keep_their_figures():
    assert_rows_keep(_figures(), FRESH14_FOUND, FRESH14_WRONG_UNITS)


MEASURES = "措施提出，加大出口信用保险支持力度"


def test_a_sentence_of_clauses_between_semicolons_takes_a_sentence_per_clause():
    """measures: five measures between ；, one English sentence each. No bead type holds five
    sentences: the DP made a 1-4 (0.80) and left the fifth one-sided (0-1 at 0.99, an addition
    to lint and a wrong bead). An English sentence beside a 1-n bead joins it while the Chinese
    sentence has a clause left for it."""
    bead = [p for p in _pairs("measures") if p[0].startswith(MEASURES)]
    assert len(bead) == 1 and bead[0][1].startswith("Export credit insurance will be expanded")
    assert bead[0][1].endswith("overall clearance time for imports under 30 hours.")


def test_a_sentence_beyond_the_clauses_stays_one_sided():
    """The slipped twin: with the Chinese's fifth measure gone (four clauses), the English's
    fifth sentence is an addition and stands alone."""
    pairs = _pairs("measures", (("；优化通关流程，将进口整体通关时间压缩至30小时以内。", "。"),))
    assert ("", "Customs procedures will be streamlined to bring overall clearance time for "
            "imports under 30 hours.") in pairs
    assert _zh_clauses("加大…；扩大…；支持…；加快…；优化…。") == 5
    assert _zh_clauses("双方同意加强合作，扩大贸易。") == 1


ROWS = ("中华人民共和国代表\t瓦伦共和国代表", "王海\t恩达耶")


def test_a_signature_row_unfolded_into_lines_takes_a_line_per_cell():
    """signing: the two-column signature block (titles, then names, two cells between a tab)
    against an English that writes a line per cell. Each line is a paragraph of its own, so
    the second line of each row was left one-sided (1-1 and 0-1 at 0.95-0.98: 4 wrong beads, 2
    wrong TM units). The one-sided lines after a row's bead join it, a line a cell."""
    pairs = _pairs("signing")
    assert (ROWS[0], "For the People's Republic of China For the Republic of Valen") in pairs
    assert (ROWS[1], "Wang Hai Ndaye") in pairs


def test_a_line_beyond_the_cells_or_after_a_kept_table_stays_one_sided():
    """The slipped twins: a line the English adds after the names (beyond the row's two cells)
    stands alone; so does a line after a row where the English keeps the table (tabs: a row is
    a line, fresh13/schedule's added coffee break)."""
    unfolded = "For the Republic of Valen \nWang Hai\nNdaye"
    pairs = _pairs("signing", ((unfolded, unfolded + "\nWitnessed by Li Ming"),))
    assert ("", "Witnessed by Li Ming") in pairs and (ROWS[1], "Wang Hai Ndaye") in pairs
    kept = "For the People's Republic of China\tFor the Republic of Valen\nWang Hai\tNdaye"
    pairs = _pairs("signing", (("For the People's Republic of China\n" + unfolded,
                                kept + "\nWitnessed by Li Ming"),))
    assert ("", "Witnessed by Li Ming") in pairs
    assert tabled(kept) and not tabled(unfolded)


def test_captions_gathered_after_the_text_pair_in_order_with_their_credits():
    """gallery: the Chinese page gathers its captions after the text (图①：… 图②：… 图③：…),
    the English puts each under its paragraph with a credit "(Photo by Li Wen)". All were
    one-sided on both sides (7 wrong beads at 0.95-1.00) and `tm build` refused the text (44 %
    of words corresponding). One-sided captions as many on each side pair in order, each with
    its credit; the page's one credit line 本版摄影：李文 stays one-sided."""
    pairs = _pairs("gallery")
    assert ("图②：主灯“江城鲤跃”。", 'Photo: The centrepiece lantern, "Carp Leaping on the '
            'River". (Photo by Li Wen)') in pairs
    assert ("图③：一名手艺人在制作糖画。",
            "Photo: A craftsman makes a sugar painting. (Photo by Li Wen)") in pairs
    assert ("本版摄影：李文", "") in pairs


def test_captions_left_out_of_the_english_are_not_paired_by_order():
    """The slipped twin: where the English leaves out a caption, the captions are not as many
    on each side and none is paired by its place (图② stays an omission)."""
    pairs = _pairs("gallery", (('Photo: The centrepiece lantern, "Carp Leaping on the River". '
                                '(Photo by Li Wen)\n\n', ""),))
    assert ("图②：主灯“江城鲤跃”。", "") in pairs
    assert not [p for p in pairs if p[0] and "Carp" in p[1] and p[0].startswith("图")]


def test_caption_marks_and_credits():
    zh = ("图①：游客观赏彩灯。", "图为合龙现场。", "新华社记者 方明 摄", "本版摄影：李文",
          "地图显示了路线。")
    assert [caption_role(s, True) for s in zh] == [CAPTION, CAPTION, CREDIT, CREDIT, 0]
    en = ("Photo: Visitors by the river.", "(Xinhua/Fang Ming)", "(Photo by Li Wen)",
          "Photographers gathered at the gate.", "(Applause)")
    assert [caption_role(s, False) for s in en] == [CAPTION, CREDIT, CREDIT, 0, 0]


def test_a_source_line_over_the_salutation_is_a_line_of_its_own():
    """A speech page's source line (来源：外交部网站　2026-11-25) with the salutation on the next
    line, no blank line between: the cleaner took the line for a wrap and made one sentence of
    the two. A page's source line is a field line of its own whatever follows. Twin: a line
    opening 来源： that runs on as text (a comma in it) is still joined to its wrap."""
    zh = ("讲话全文\n\n来源：外交部网站　2026-11-25\n尊敬的各位来宾：\n\n"
          "来源：据统计，今年全市接待游客\n120万人次。\n")
    sentences = text_sentences(zh, "Full text. Thanks.")[0]
    assert sentences == ["讲话全文", "来源：外交部网站\u30002026-11-25", "尊敬的各位来宾：",
                         "来源：据统计，今年全市接待游客120万人次。"]
