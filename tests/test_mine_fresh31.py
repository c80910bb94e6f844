"""`tifa mine` on fresh31, a seventh corpus the mining rules were not written on (thirty-first
round): 18 short articles in our own words (12 dev, 6 held out), 133 formulations placed in
them, most once (`tests/data/mining/fresh31/gold.tsv`), and the round's fixes. The floors are
the figures measured at the end of the round less a margin (docs/mining.md, mine31)."""

from __future__ import annotations

from tifa.glossary.mine import Candidate, Context, show_series
from tifa.glossary.mine_background import background
from tifa.glossary.mine_eval import row_keys
from tifa.glossary.mine_structure import listed_series

from tests.test_mine_fresh import FRESH

FRESH31 = FRESH.parent / "fresh31"


def test_a_list_of_compounds_is_read_where_its_items_start_and_end_as_words():
    """Items of one width that share nothing: the middle ones set the width, two items are
    four characters each and the second ends its clause or comes before a function character."""
    bg = background()
    for clause, items in (("坚持平等相待、真诚互助、亲如一家", "平等相待 真诚互助 亲如一家"),
                          ("做到无事不扰、有求必应", "无事不扰 有求必应"),
                          ("彰显绍兴“以文塑旅、以旅彰文”", "以文塑旅 以旅彰文"),
                          ("孔子学院、鲁班工坊在中亚国家", "孔子学院 鲁班工坊"),
                          ("推动山货进城、游客进村", "山货进城 游客进村")):
        assert listed_series(clause, bg) == items.split(), clause
    # twins: an item cut inside a word (世|界多极化); two items whose width is a guess
    # (深化战略|对接); items of two characters (names: 中国、美国); widths that differ
    assert listed_series("推动世界多极化、普惠包容", bg) == []
    assert listed_series("发挥互补优势、深化战略对接", bg) == []
    assert listed_series("中国、美国、俄罗斯", bg) == []
    assert listed_series("出口蓝莓、牛油果、车厘子", bg) == []


def test_a_list_of_compounds_met_only_there_is_one_row_with_its_items_nested():
    text = "双方坚持平等相待、真诚互助、亲如一家，合作成果丰硕。"
    rows = [Candidate("真诚互助", 0.9, 1, 1, {}, [Context(text, "a.txt", 1)]),
            Candidate("中华文明探源工程", 0.8, 1, 1, {}),
            Candidate("平等相待", 0.7, 1, 1, {}, [Context(text, "a.txt", 1)]),
            Candidate("亲如一家", 0.6, 2, 1, {}, [Context(text, "a.txt", 1)])]
    shown = show_series(rows)
    assert [c.zh for c in shown] == ["平等相待、真诚互助、亲如一家", "中华文明探源工程", "亲如一家"]
    assert shown[0].contains == ["真诚互助", "平等相待"]
    # every gold convention finds it: the whole list, or its items one by one
    assert set(row_keys(shown[0])) >= {"平等相待", "真诚互助", "亲如一家"}
