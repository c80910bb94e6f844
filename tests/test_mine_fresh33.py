"""`tifa mine` on fresh33, a ninth corpus the mining rules were not written on (thirty-third
round): 18 short articles in our own words (12 dev, 6 held out), 136 formulations placed in
them, most once (`tests/data/mining/fresh33/gold.tsv`), and the round's fixes found on the dev
parts of fresh25–32. Its floors are in `ROUND_FLOORS` of test_mine_fresh.py (docs/mining.md)."""

from __future__ import annotations

from tifa.glossary.mine_background import background
from tifa.glossary.mine_lexicon import lexicon
from tifa.glossary.mine_structure import (
    _headed,
    _joined_objects,
    _modified_objects,
    patterned_series,
)
from tifa.glossary.mine_words import acceptable

BG = background()


def test_policy_verbs_lead_the_policy_they_carry_out():
    """推行|湖长制, 奉行|一个中国政策, 打赢|净土保卫战: verbs, never the start of a name."""
    for phrase in ("推行湖长制", "奉行一个中国政策", "打赢净土保卫战", "打好污染防治攻坚战"):
        assert not acceptable(phrase) and not acceptable(phrase, True), phrase
    assert _headed("坚决打赢净土保卫战", BG) == ["净土保卫战"]


def test_a_regular_or_joint_meeting_of_office_holders_is_no_person():
    """中俄总理定期会晤 and 市长联席会议 name mechanisms; the title in them makes no person."""
    for name in ("中俄总理定期会晤", "市长联席会议"):
        assert acceptable(name) and acceptable(name, True), name
    assert not acceptable("俄罗斯总理米舒斯京")



def test_a_name_joined_by_a_dash_starts_at_its_first_word_where_no_cut_is_seen():
    """愿以 is one word of general Chinese, so no cut falls before the name; a name joined by a
    dash starts at X's word all the same (fresh33's 中国—中亚能源发展伙伴关系)."""
    assert _headed("愿以中国—中亚能源发展伙伴关系为依托", BG) == ["中国—中亚能源发展伙伴关系"]
    assert _headed("愿以共建机制为依托", BG) == []


def test_a_date_or_a_word_of_the_sentence_in_front_is_no_part_of_the_name():
    """2024年|中非合作论坛北京峰会, 去年|…, 中方愿继续借助|阿富汗邻国协调机制; a holder inside a
    name stays (中俄两国总理定期会晤)."""
    for text in ("2024年中非合作论坛北京峰会提出", "去年中非合作论坛北京峰会提出"):
        assert _headed(text, BG) == ["中非合作论坛", "中非合作论坛北京峰会"], text
    assert _headed("中方愿继续借助阿富汗邻国协调机制等多边平台", BG) == ["阿富汗邻国协调机制"]
    assert _headed("推动中俄两国总理定期会晤机制", BG)[-1] == "中俄两国总理定期会晤机制"


def test_a_modified_name_that_runs_on_ends_at_its_head_word():
    """更加紧密的中国—中亚命运共同体|擘画: the run goes on past the name, but the head word
    共同体 ends it (test_mine: a run without a head word still gives nothing)."""
    assert _modified_objects("为建设更加紧密的中国—中亚命运共同体擘画了新的蓝图", BG) == [
        "更加紧密的中国—中亚命运共同体"]


def test_a_negated_series_reads_verbs_that_end_in_a_function_character():
    """不接受、不参与、不承认、不执行|的立场: 参与 is a word (与 ends it, cuts nothing), and the
    last item stops at 的."""
    assert patterned_series("中方对所谓仲裁裁决坚持不接受、不参与、不承认、不执行的立场", BG) == [
        "不接受", "不参与", "不承认", "不执行"]
    assert patterned_series("讲解了反间谍法、数据安全法", BG) == []


def test_an_object_ends_before_the_word_that_leads_the_next_phrase():
    """把推动|黄河流域生态保护和高质量发展|作为头等大事: 为 is the end of 作为, not the cut."""
    assert _joined_objects("宁夏把推动黄河流域生态保护和高质量发展作为头等大事", BG) == [
        "黄河流域生态保护和高质量发展"]


def test_an_abbreviation_that_ends_in_a_noun_that_can_be_a_verb_leads_no_name():
    """上合|组织|命运共同体: 组织 is a verb of the dictionary, but 上合 is no piece, adverb or
    verb, so the row is the name (fresh33's glossary form); 日|发布|… still leads one."""
    from tifa.glossary.mine_signals import verb_led

    lex = lexicon(["上合组织命运共同体", "日发布中华文明探源工程"])
    cands = {"命运共同体", "中华文明探源工程"}
    name = "上合组织命运共同体"
    assert verb_led(name, BG.split(name), lex, cands) == 0
    led = "日发布中华文明探源工程"
    assert verb_led(led, BG.split(led), lex, cands) == 3


def test_a_verb_that_ends_in_a_function_character_cuts_where_it_stands():
    """为纽带参与|健康丝绸之路 (fresh31's 纽带参与健康丝绸之路): 与 ends 参与, a cut of its own,
    not a function character inside a word to step back from."""
    assert _headed("江西愿以中医药为纽带参与健康丝绸之路建设", BG) == ["健康丝绸之路"]


def test_a_preposition_that_opens_the_clause_is_no_part_of_the_name():
    """经|中俄东线天然气管道 (fresh31's fragment), where the split leaves 经 alone; 经济走廊 and
    自由贸易协定 keep their first characters."""
    assert _headed("经中俄东线天然气管道向中国输送", BG) == ["中俄东线天然气管道"]
    assert _headed("经济走廊建设", BG) == ["经济走廊"]
    assert _headed("自由贸易协定", BG) == ["自由贸易协定"]


def test_a_piece_that_starts_inside_a_name_of_its_own_gives_way_to_the_longer_name():
    """合作论坛北京峰会 starts inside 中非合作论坛 (fresh26's fragment): it gives way to
    中非合作论坛北京峰会; 北京峰会, the event after the forum's name, and the forum stay."""
    from tifa.glossary.mine import Candidate, give_way_inside

    rows = [Candidate("中非合作论坛北京峰会", 0.9, 1, 1, {"left_clean": 1.0}),
            Candidate("中非合作论坛", 0.85, 2, 1, {}),
            Candidate("合作论坛北京峰会", 0.8, 1, 1, {}),
            Candidate("北京峰会", 0.7, 1, 1, {})]
    out = give_way_inside(rows)
    assert [c.zh for c in out] == ["中非合作论坛北京峰会", "中非合作论坛", "北京峰会"]
    assert out[0].contains == ["合作论坛北京峰会"]


def test_a_verb_that_takes_who_acts_has_a_short_object_before_the_next_verb():
    """帮助|企业|推进内外贸一体化 (fresh31's fragment 企业推进内外贸一体化): the object of 帮助
    is 企业; a name after 支持 is read whole."""
    from tifa.glossary.mine_structure import _objects

    assert "企业推进内外贸一体化" not in _objects("帮助企业推进内外贸一体化", BG, 24)
    assert "内外贸一体化" in _objects("帮助企业推进内外贸一体化", BG, 24)
    assert "中国—东盟数字人才培养计划" in _objects("支持中国—东盟数字人才培养计划", BG, 24)
