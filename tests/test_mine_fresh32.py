"""`tifa mine` on fresh32, an eighth corpus the mining rules were not written on (thirty-second
round): 18 short articles in our own words (12 dev, 6 held out), 135 formulations placed in
them, most once (`tests/data/mining/fresh32/gold.tsv`), and the round's fixes. Its floors
are in `ROUND_FLOORS` of test_mine_fresh.py (docs/mining.md, mine32)."""

from __future__ import annotations

from tifa.glossary.mine import Candidate, give_way_inside, known_in_phrases
from tifa.glossary.mine_background import background
from tifa.glossary.mine_lexicon import lexicon
from tifa.glossary.mine_spans import quoted_affixes
from tifa.glossary.mine_structure import (
    _cuts_at,
    _headed,
    _joined_objects,
    listed_series,
    patterned_series,
)
from tifa.glossary.mine_words import acceptable, head_word

BG = background()


def test_a_name_joined_by_a_dash_runs_long_and_ends_in_its_own_noun():
    """X—Y names a joint body, store, fund or year whatever its last noun, from X's word on
    (not 各方欢迎|…, 第三次|…), and may be longer than a name without a dash; elsewhere
    中心 ends no name."""
    for text, name in (
            ("同意建立中国—太平洋岛国海洋防灾减灾合作机制", "中国—太平洋岛国海洋防灾减灾合作机制"),
            ("各方欢迎中国—中亚减贫合作中心投入运行", "中国—中亚减贫合作中心"),
            ("中方将继续发挥中国—太平洋岛国应急物资储备库作用", "中国—太平洋岛国应急物资储备库"),
            ("第三次中国—太平洋岛国外长会日前在厦门举行", "中国—太平洋岛国外长会"),
            ("依托中国—联合国和平与发展基金", "中国—联合国和平与发展基金")):
        assert _headed(text, BG) == [name], text
    assert _headed("加快建设科技创新中心", BG) == []
    assert head_word("中国—中亚减贫合作中心") == "中心" and head_word("科技创新中心") == ""


def test_a_verb_inside_a_dash_name_or_after_a_quoted_name_makes_no_verb_phrase():
    """中国—阿拉伯国家技术转移|协作网络 and "和平守护者"联合|培训|计划 were vetoed as verb
    phrases; a verb before the name still makes one."""
    names = ("中国—阿拉伯国家技术转移协作网络", '"和平守护者"联合培训计划')
    phrases = ("建立中国—阿拉伯国家技术转移协作网络",)
    tails = {s[k:] for s in names + phrases for k in range(1, len(s))}
    lex = lexicon(list(names + phrases) + sorted(tails))
    for s in names:
        assert not lex.verb_phrase(s, tails, BG.split(s.replace('"', ""))), s
    for s in phrases:
        assert lex.verb_phrase(s, tails, BG.split(s)), s


def test_meetings_editions_and_first_batches_cut_or_end_a_name():
    """领导人会议 and 之友小组 end names; 本届 is an edition (首届 names the first of a series and
    stays); 首批 is a quantifier; 铸牢 is a policy verb."""
    assert head_word("东亚合作领导人系列会议") == "系列会议"
    assert head_word("全球发展倡议之友小组") == "之友小组"
    assert _headed("是本届东亚合作领导人系列会议", BG) == ["东亚合作领导人系列会议"]
    assert not acceptable("本届东亚合作领导人系列会议", True)
    assert acceptable("首届中国—中亚峰会", True)
    assert _headed("城关镇是全省首批生态产品价值实现机制试点县之一", BG) == ["生态产品价值实现机制"]
    assert not acceptable("铸牢中华民族共同体意识")


def test_a_joiner_between_two_short_modifiers_of_one_head_is_no_list():
    """减贫与发展, 协调与合作: two words of two characters right before the head; 国际秩序和
    全球治理体系 and 国际法和国际关系 are lists."""
    assert _headed("将同拉方共同建立中拉减贫与发展伙伴关系", BG) == ["中拉减贫与发展伙伴关系"]
    assert _headed("中巴高层协调与合作委员会第八次全体会议", BG) == ["中巴高层协调与合作委员会"]
    assert _headed("推动国际秩序和全球治理体系", BG) == ["全球治理体系"]
    assert "国际法和国际关系" not in _headed("遵守国际法和国际关系基本准则", BG)


def test_a_word_boundary_is_found_after_a_dash():
    """The background split leaves the dash out: the offsets after it are the text's. Inside a
    name joined by a dash, a function character that starts a word (对话) is no cut, as one
    that ends a word (横向) is nowhere (fresh25's 中国—印尼高级别对话合作机制)."""
    assert _headed("双方共同主持中国—印尼高级别对话合作机制第五次会议", BG) == [
        "中国—印尼高级别对话合作机制"]
    text = "依托中国—联合国和平与发展基金"
    assert _cuts_at(BG, text, text.index("联合国"))
    assert _cuts_at(BG, text, text.index("和平"))
    assert not _cuts_at(BG, text, text.index("合国"))


def test_a_long_object_joined_to_a_short_one_is_read_whole():
    assert "山水林田湖草沙一体化保护和修复" in _joined_objects(
        "下一步将统筹推进山水林田湖草沙一体化保护和修复", BG)
    assert "联合国宪章宗旨和原则" in _joined_objects("我们将恪守联合国宪章宗旨和原则", BG)
    assert _joined_objects("维护世界和平与发展", BG) == []


def test_a_list_of_compounds_may_hold_compounds_of_means():
    """以草定畜、草畜平衡: 以X定Y starts an item; a two-item patterned series ends its last item
    at a word (not 草定畜、草畜平|衡)."""
    assert patterned_series("当地坚持以草定畜、草畜平衡", BG) == []
    assert listed_series("当地坚持以草定畜、草畜平衡", BG) == ["以草定畜", "草畜平衡"]
    assert listed_series("做到以及时、以准确", BG) == []


def test_a_name_with_a_quote_inside_is_a_candidate():
    """网络空间"清源"联合行动, 共建"一带一路"倡议: words before the quote and words after it
    that end in a head word; "和平守护者"联合培训计划: three words after it."""
    found = quoted_affixes('开展网络空间"清源"联合行动。去年启动的"和平守护者"联合培训计划，'
                           '高质量共建"一带一路"倡议', BG)
    for name in ('网络空间"清源"联合行动', '"和平守护者"联合培训计划', '共建"一带一路"倡议'):
        assert found[name] == 1, name


def test_a_joint_names_cooperation_is_a_name_and_its_start_gives_way_to_a_longer_one():
    """澜沧江—湄公河合作, 中国—中东欧国家合作: X—Y合作 names a mechanism (fresh30 and fresh32
    had them below 800); 中国—中亚减贫合作, only inside 中国—中亚减贫合作中心, is shown under
    it (also where the name's left is unclean), while the scope 中国—中亚 stays."""
    assert head_word("澜沧江—湄公河合作") == "合作" and head_word("全方位务实合作") == ""
    assert _headed("各方欢迎中国—中亚减贫合作中心投入运行", BG) == ["中国—中亚减贫合作中心"]
    name = Candidate("中国—中亚减贫合作中心", 0.9, 1, 1, {"left_clean": 0.0})
    start = Candidate("中国—中亚减贫合作", 0.8, 1, 1, {})
    scope = Candidate("中国—中亚", 0.7, 1, 1, {})
    assert give_way_inside([name, start, scope]) == [name, scope]
    assert name.contains == ["中国—中亚减贫合作"]


def test_a_formulation_of_the_glossary_with_principle_after_it_gives_way_to_it():
    """巴人治巴|原则 (fresh31's fragment): the entry is 巴人治巴; a form that holds 原则 itself
    (一个中国原则) is the glossary's and stays."""
    formulations = {"巴人治巴", "一个中国原则", "一个中国"}
    rows = [Candidate("巴人治巴原则", 0.9, 1, 1, {}), Candidate("一个中国原则", 0.8, 1, 1, {}),
            Candidate("巴人治巴", 0.5, 1, 1, {})]
    out = known_in_phrases(rows, formulations, formulations)
    assert [c.zh for c in out] == ["巴人治巴", "一个中国原则"]
    assert out[0].contains == ["巴人治巴原则"]
