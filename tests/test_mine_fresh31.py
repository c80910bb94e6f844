"""`tifa mine` on fresh31, a seventh corpus the mining rules were not written on (thirty-first
round): 18 short articles in our own words (12 dev, 6 held out), 133 formulations placed in
them, most once (`tests/data/mining/fresh31/gold.tsv`), and the round's fixes. Its floors
are in `ROUND_FLOORS` of test_mine_fresh.py (docs/mining.md, mine31)."""

from __future__ import annotations

from tifa.glossary.mine import (
    Candidate,
    Context,
    _key,
    _keys_by_category,
    drop_attached,
    gather,
    give_way_inside,
    known_in_phrases,
    rank,
    show_series,
)
from tifa.glossary.mine_background import background
from tifa.glossary.mine_eval import row_keys
from tifa.glossary.mine_lexicon import lexicon
from tifa.glossary.mine_structure import (
    _modified_objects,
    _objects,
    listed_series,
    patterned_series,
    structure_evidence,
)
from tifa.glossary.store import load_glossary
from tifa.tm.corpus.merge import build_segments

BG = background()


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


def test_a_verb_after_a_thing_inside_a_headed_name_is_no_verb_phrase():
    """能力|建设|伙伴计划, 发展|筹资|高级别原则: the object before the verb, a name (fresh31's
    全球南方数字能力建设伙伴计划 was vetoed); a verb after a count or a body that acts, or at
    the start, still makes a phrase of the sentence."""
    names = ("全球南方数字能力建设伙伴计划", "二十国集团发展筹资高级别原则",
             # a verb with 型/性/式 after it is a quality (开放型)
             "开放型世界经济")
    phrases = ("监委通报三起违反中央八项规定精神", "打赢净土保卫战")
    tails = {s[k:] for s in names + phrases for k in range(1, len(s))}
    lex = lexicon(list(names + phrases) + sorted(tails))
    bg = background()
    for s in names:
        assert not lex.verb_phrase(s, tails, bg.split(s)), s
    for s in phrases:
        assert lex.verb_phrase(s, tails, bg.split(s)), s


def test_a_title_and_its_marks_are_one_key_and_a_guideline_is_a_policy_document():
    """《南极条约》 in the glossary is the title mined as 南极条约 (shown as known, not new);
    《…原则》 names a document a translator looks up, as 《…宣言》 does."""
    assert _key("《南极条约》") == _key("南极条约") and _key("“一带一路”") == _key("一带一路")
    found = structure_evidence(["会议通过《二十国集团发展筹资高级别原则》。",
                                "他读了《兰亭集序》。"])
    assert found["二十国集团发展筹资高级别原则"]["title"] == 1
    assert found["兰亭集序"]["work"] == 1


def test_a_verb_that_launches_a_plan_leads_to_its_name():
    """宣布|发起|全球南方…伙伴计划: 发起 is a policy verb, so the object is the name, not
    发起… (fresh24's …倡议 too); 融入|长三角G60科创走廊建设 likewise."""
    objs = _objects("中方宣布发起全球南方数字能力建设伙伴计划", background(), longest=24)
    assert "全球南方数字能力建设伙伴计划" in objs
    assert not any(o.startswith("发起") for o in objs)


def test_a_long_names_kind_gives_way_to_it():
    """伙伴计划 occurs only inside 全球南方数字能力建设伙伴计划 (a name longer than the counted
    n-grams): the name's kind, a short word and its head, is shown nested under it; a term
    inside such a name stays (中国特色社会主义 in …思想)."""
    name = Candidate("全球南方数字能力建设伙伴计划", 0.9, 1, 1, {})
    kind = Candidate("伙伴计划", 0.8, 1, 1, {})
    assert give_way_inside([name, kind]) == [name] and name.contains == ["伙伴计划"]
    thought = Candidate("习近平新时代中国特色社会主义思想", 0.9, 3, 1, {})
    term = Candidate("中国特色社会主义", 0.8, 3, 1, {})
    assert len(give_way_inside([thought, term])) == 2


def test_a_modified_name_ends_before_the_verb_of_its_clause():
    """为建设更高水平的平安中国|贡献力量: 贡献 ends the clause of purpose, also where the split
    makes one word of 贡献力量."""
    bg = background()
    assert _modified_objects("为建设更高水平的平安中国贡献力量", bg) == ["更高水平的平安中国"]
    assert _modified_objects("构建更加紧密的中国—中亚命运共同体", bg) == [
        "更加紧密的中国—中亚命运共同体"]


def test_items_that_start_alike_end_where_their_clause_does():
    """不结盟、不对抗、不针对第三方 (a glossary form): items sharing only their first character
    may end longer, at the end of the clause or the quote; an interleaved pattern keeps its
    width (一村一品、一乡一业|发展), and so does a last item running on (不想腐|一体推进)."""
    assert patterned_series("中俄关系坚持不结盟、不对抗、不针对第三方", BG) == [
        "不结盟", "不对抗", "不针对第三方"]
    assert patterned_series("“不听、不信、不转账”的口诀", BG) == ["不听", "不信", "不转账"]
    assert patterned_series("推进一村一品、一乡一业发展", BG) == ["一村一品", "一乡一业"]
    assert patterned_series("不敢腐、不能腐、不想腐一体推进", BG) == ["不敢腐", "不能腐", "不想腐"]
    # nouns sharing a first character do not run on (良法|配套); items that all start with
    # a function character are the pattern, not a cut (让X、让Y)
    assert patterned_series("县里推动良田、良种、良机、良法配套", BG) == [
        "良田", "良种", "良机", "良法"]
    assert patterned_series("推动让文物说话、让历史发声", BG) == ["让文物说话", "让历史发声"]
    assert patterned_series("他还讲解了反间谍法、数据安全法等法律知识", BG) == []


def test_a_quantifier_cut_in_two_is_no_part_of_the_name():
    """设立更|多鲁班工坊: 多, left alone by the split, gives way to the name after it."""
    name = Candidate("鲁班工坊", 0.9, 4, 1, {})
    piece = Candidate("多鲁班工坊", 0.8, 3, 1, {"lead_char": 1.0, "tail_known": 1.0})
    assert drop_attached([name, piece]) == [name]


def test_a_quoted_series_is_read_apart_from_the_list_before_it():
    text = "上海青浦、江苏吴江、浙江嘉善三地坚持“不破行政隶属、打破行政边界”，共建示范区。"
    rows = [Candidate("打破行政边界", 0.9, 1, 1, {}, [Context(text, "a.txt", 1)]),
            Candidate("不破行政隶属", 0.8, 1, 1, {}, [Context(text, "a.txt", 1)])]
    assert [c.zh for c in show_series(rows)] == ["不破行政隶属、打破行政边界"]


def test_a_relationship_the_glossary_names_is_shown_without_the_pair_of_countries():
    """中俄|新时代全面战略协作伙伴关系 (fresh31) and 哈中|永久全面战略伙伴关系 (the seeds' gold
    lists the level): the level takes the row, the scoped name nested; a shorter relationship
    is named with its pair (中阿战略伙伴关系, on the seeds' gold list), and the rule needs the
    glossary's form."""

    glossary = load_glossary(env=False)
    keys = {k.replace('"', "") for ks in glossary.zh_keys for k in ks}
    formulations = _keys_by_category(glossary)[1]
    assert {"新时代全面战略协作伙伴关系", "永久全面战略伙伴关系", "战略伙伴关系"} <= keys
    rows = [Candidate("中俄新时代全面战略协作伙伴关系", 0.9, 1, 1, {}),
            Candidate("中阿战略伙伴关系", 0.8, 1, 1, {}),
            Candidate("哈中永久全面战略伙伴关系", 0.7, 1, 1, {}),
            Candidate("中塔睦邻友好合作伙伴关系", 0.6, 1, 1, {}),
            Candidate("永久全面战略伙伴关系", 0.5, 1, 1, {})]
    out = known_in_phrases(rows, formulations, keys)
    assert [c.zh for c in out] == ["新时代全面战略协作伙伴关系", "中阿战略伙伴关系",
                                   "永久全面战略伙伴关系", "中塔睦邻友好合作伙伴关系"]
    assert out[0].contains == ["中俄新时代全面战略协作伙伴关系"]
    assert out[2].contains == ["哈中永久全面战略伙伴关系"]


def test_since_in_front_of_a_name_is_no_part_of_it():
    """自|茂物目标提出以来 (fresh30): 自 is the sentence's; names that start with 自 keep it
    (自由贸易试验区: the rest is no run of whole words)."""
    name = Candidate("茂物目标", 0.9, 1, 1, {})
    piece = Candidate("自茂物目标", 0.8, 1, 1, {"lead_char": 1.0, "tail_known": 1.0})
    assert drop_attached([name, piece]) == [name]
    zone = [Candidate("自由贸易试验区", 0.9, 1, 1, {}), Candidate("由贸易试验区", 0.5, 1, 1, {})]
    assert len(drop_attached(zone)) == 2


def test_a_known_formulation_with_its_goal_after_it_gives_way_to_it():
    """碳达峰碳中和|目标 and 亚太共同体|目标: the goal a formulation sets is no name of its own;
    中央八项规定|精神 (another head word) stays a name."""

    glossary = load_glossary(env=False)
    keys = {k.replace('"', "") for ks in glossary.zh_keys for k in ks}
    formulations = _keys_by_category(glossary)[1]
    rows = [Candidate("碳达峰碳中和目标", 0.9, 1, 1, {}),
            Candidate("中央八项规定精神", 0.8, 1, 1, {}),
            Candidate("碳达峰碳中和", 0.5, 1, 1, {}), Candidate("中央八项规定", 0.4, 1, 1, {})]
    out = known_in_phrases(rows, formulations, keys)
    assert [c.zh for c in out] == ["碳达峰碳中和", "中央八项规定精神", "中央八项规定"]
    assert out[0].contains == ["碳达峰碳中和目标"]


def test_the_kind_at_the_end_of_a_name_gives_way_unless_other_names_end_with_it():
    """全球|发展倡议 and 中华|体育精神 (fragments of fresh25/26): a short word and the head,
    only inside the name, give way to it; 命运共同体, the end of many names, stays."""
    name = Candidate("中华体育精神", 0.9, 2, 1, {"left_clean": 1.0})
    kind = Candidate("体育精神", 0.5, 2, 1, {})
    assert give_way_inside([name, kind]) == [name] and name.contains == ["体育精神"]
    name = Candidate("中国—中亚命运共同体", 0.9, 5, 1, {"left_clean": 1.0})
    term = Candidate("命运共同体", 0.5, 5, 1, {"nested_head": 1.0})
    assert give_way_inside([name, term]) == [name, term]


def test_a_series_of_known_formulations_is_known_and_left_out_of_new_only(tmp_path):
    """相互尊重、睦邻友好、同舟共济、互利共赢 (one row of the seeds since `listed_series`): each
    item is a glossary form, so the row is known (`in_glossary`) and `--new-only` leaves it out,
    as it left out the items shown one by one; a series with a new item stays new."""
    glossary = load_glossary(env=False)
    keys = {k.replace('"', "") for ks in glossary.zh_keys for k in ks}
    assert {"相互尊重", "睦邻友好", "同舟共济", "互利共赢"} <= keys
    assert not {"踔厉奋发", "开拓创新"} <= keys
    page = tmp_path / "page.txt"
    page.write_text("双方走在相互尊重、睦邻友好、同舟共济、互利共赢的大道上。\n\n"
                    "我们要踔厉奋发、开拓创新，共同发展。\n", encoding="utf-8")
    ev = gather(build_segments([str(page)]).segments)
    full = {c.zh: c for c in rank(ev, glossary=glossary, top=None)}
    new = {c.zh for c in rank(ev, glossary=glossary, top=None, new_only=True)}
    known = "相互尊重、睦邻友好、同舟共济、互利共赢"
    assert full[known].in_glossary and known not in new
    assert "踔厉奋发、开拓创新" in new
