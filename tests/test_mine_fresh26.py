"""`tifa mine` on fresh26, a third corpus the mining rules were not written on (twenty-sixth
round): 18 short articles in our own words (12 dev, 6 held out), 100 formulations placed in
them, most once (`tests/data/mining/fresh26/gold.tsv`), and the round's fixes — a piece of a
name that ranks below it and occurs nowhere else gives way to it, 碳达峰碳中和 (a name ending
in 和), two long parts joined by 和 read whole, a function character inside a word is no cut
before a head word. The floors are the figures measured at the end of the round less a margin
(docs/mining.md, mine26)."""

from __future__ import annotations

import pytest
from tifa.glossary.mine import Candidate, _key, give_way_inside, link_nesting
from tifa.glossary.mine_background import background
from tifa.glossary.mine_eval import fragments as fragment_rows
from tifa.glossary.mine_eval import term_ranks
from tifa.glossary.mine_spans import word_spans
from tifa.glossary.mine_structure import _headed, _joined_objects
from tifa.glossary.mine_words import acceptable

from tests.test_mine_fresh import FRESH26, fresh_gold, mined, ranks, recalls


@pytest.fixture(scope="module")
def dev():
    return mined("dev", FRESH26)


def fragments(ranked: list[Candidate], terms: list[str]) -> int:
    """Rows of the top 100 that are a proper piece of a gold term or hold one (mine25's count,
    `mine_eval.fragments`' strict count)."""
    return len(fragment_rows(ranked, terms, words=()).strict)


def test_formulations_met_once_are_found_on_the_dev_part(dev):
    """Measured at the end of the round: recall@200 0.54 → 0.61 (all), 0.71 → 0.81 (glossary
    terms), fragments in the top 100 45 → 41. The misses are mostly series and names with
    signs (人工智能+, 数据要素×, 9.0版), which no candidate holds."""
    ranked, new_only = dev
    gold = fresh_gold("dev", FRESH26)
    every, listed, new = recalls(ranked, new_only, gold)
    assert every >= 0.57 and listed >= 0.76 and new >= 0.45
    assert fragments(ranked, [t for t, _ in gold]) <= 43
    # a patterned series is one row since mine27 (`mine.show_series`), its items nested
    assert term_ranks(ranked, ["供得出、流得动、用得好"]).recall_at(200) == 1.0


def test_formulations_met_once_are_found_on_the_held_out_part():
    """Measured once after the dev fixes: recall@200 0.69 → 0.67, fragments 41 → 37 (中印尼
    命运共同体 gave way to 愿以共建中印尼命运共同体, a name the new cut read); after the fix
    it showed (no cut left gives nothing) 0.69 and 36. Asserted as a floor from here on."""
    ranked, _ = mined("heldout", FRESH26)
    terms = [t for t, _ in fresh_gold("heldout", FRESH26)]
    assert term_ranks(ranked, terms).recall_at(200) >= 0.64
    assert fragments(ranked, terms) <= 39


def test_names_and_their_pieces_on_the_dev_part(dev):
    """碳达峰碳中和 (no candidate: 和 ended nothing), 黄河流域生态保护和高质量发展 (split at 和)
    and 黄河流域横向生态保护补偿机制 (cut at 横|向) are candidates; the pieces 碳达峰碳中,
    非农业合作论坛 and 探源工程, only ever inside their names, are gone. Slipped twins: a
    piece that occurs alone too stays (中非合作论坛 beside 中非合作论坛北京峰会), and so does a
    term after a name (北京峰会)."""
    ranked = dev[0]
    at = ranks(ranked)
    scores = {_key(c.zh): c.score for c in ranked}
    for name in ("碳达峰碳中和", "黄河流域生态保护和高质量发展", "黄河流域横向生态保护补偿机制",
                 "山水林田湖草沙一体化保护和系统治理"):
        assert scores.get(_key(name), 0) > 0, name
    assert at[_key("碳达峰碳中和")] <= 200
    for piece in ("碳达峰碳中", "非农业合作论坛", "探源工程", "科技创新联盟"):
        assert _key(piece) not in at, piece
    for term in ("中非合作论坛", "中非合作论坛北京峰会", "北京峰会", "中华文明探源工程"):
        assert at[_key(term)] <= 200, term


def test_a_piece_gives_way_below_its_name_and_a_term_after_a_kind_or_a_joiner_stays():
    def cand(zh: str, score: float, freq: int = 1, clean: float = 1.0) -> Candidate:
        return Candidate(zh, score, freq, 1, {"left_clean": clean})

    name, piece = cand("中华文明探源工程", 0.9), cand("探源工程", 0.5)
    assert give_way_inside([name, piece]) == [name] and name.contains == ["探源工程"]
    link_nesting([name], [name])
    assert name.contains == ["探源工程"]  # shown nested under the name
    # slipped twins: seen apart, above the name, after a kind word, a name, a joiner, or a
    # name that starts inside a clause
    assert give_way_inside([name, cand("探源工程", 0.5, freq=2)])[1:] != []
    assert len(give_way_inside([piece, name])) == 2
    for whole, tail in (("全方位互利合作", "互利合作"), ("中国—中亚机制常设秘书处", "常设秘书处"),
                        ("领域会晤和对话机制", "对话机制"), ("亲诚惠容理念", "亲诚惠容")):
        assert len(give_way_inside([cand(whole, 0.9), cand(tail, 0.5)])) == 2, tail
    assert len(give_way_inside([cand("日发布中华文明探源工程", 0.9, clean=0.0),
                                cand("中华文明探源工程", 0.5)])) == 2


def test_boundaries_a_noun_ending_in_a_joiner_two_joined_parts_and_a_word_holding_a_cut():
    bg = background()
    assert acceptable("碳达峰碳中和") and not acceptable("生态保护和")   # twin: a joiner
    assert "碳达峰碳中和" in word_spans(["实现碳达峰碳中和"], bg)
    assert _joined_objects("扎实推进黄河流域生态保护和高质量发展", bg) == [
        "黄河流域生态保护和高质量发展"]
    assert _joined_objects("反对单边主义和保护主义", bg) == []          # two of a kind: a list
    assert _joined_objects("维护世界和平与发展", bg) == []              # a short part
    assert _headed("将建立黄河流域横向生态保护补偿机制", bg) == ["黄河流域横向生态保护补偿机制"]
    assert _headed("愿以共建中印尼命运共同体为引领", bg) == []        # no cut left: nothing
    assert _headed("继续发挥阿富汗邻国协调机制作用", bg) == ["阿富汗邻国协调机制"]
