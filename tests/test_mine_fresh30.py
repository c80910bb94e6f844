"""`tifa mine` on fresh30, a sixth corpus the mining rules were not written on (thirtieth
round): 18 short articles in our own words (12 dev, 6 held out), 121 formulations placed in
them, most once (`tests/data/mining/fresh30/gold.tsv`), and the round's fixes — quoted names
with their kind after them, a known formulation in place of its phrase, codes glued in front
of names, spans not cut inside a word the split lacks, and more. Its floors are in
`ROUND_FLOORS` of test_mine_fresh.py (docs/mining.md, mine30)."""

from __future__ import annotations

import pytest
from tifa.glossary.mine import Candidate, _keys_by_category, known_in_phrases
from tifa.glossary.mine_background import background
from tifa.glossary.mine_gather import sample_side
from tifa.glossary.mine_spans import quoted_affixes, word_spans
from tifa.glossary.mine_words import acceptable
from tifa.glossary.store import load_glossary


def test_no_span_starts_or_ends_beside_a_joiner_between_single_characters():
    """宜居|宜 业 和 美|乡村: the run of single characters around 和 holds a word the
    background list lacks (和美), so no span is cut inside it (美乡村, 业和美乡村, 宜居宜); the
    run's own edges still are cuts, and a joiner beside a whole word is one (诗|和|远方)."""
    bg = background()
    spans = word_spans(["建设宜居宜业和美乡村"], bg)
    assert set(spans) == {"建设宜居", "宜业和美"}
    spans = word_spans(["走向诗和远方的旅途"], bg)
    assert {"诗和远方", "和远方", "走向诗"} <= set(spans)


def _row(zh: str, score: float, freq: int = 1, **signals: float) -> Candidate:
    return Candidate(zh, score, freq, 1, dict(signals))


@pytest.fixture(scope="module")
def glossary():
    return load_glossary(env=False)


def test_a_known_formulation_with_a_word_of_its_sentence_gives_way_to_it(glossary):
    """数字中国 (an initiative of the glossary) takes 数字中国建设's place; a name ending in a
    family's head word (中央八项规定精神), a zone (民族团结进步示范区), what the text quotes,
    and a field term's phrase (粮食安全合作: 粮食安全 is a `term`) stay."""
    keys = {k.replace('"', "") for ks in glossary.zh_keys for k in ks}
    formulations = _keys_by_category(glossary)[1]
    for form in ("数字中国", "中央八项规定", "民族团结进步", "粮食安全"):
        assert form in keys, form
    ranked = [_row("数字中国建设", 0.9), _row("中央八项规定精神", 0.85),
              _row("民族团结进步示范区", 0.8), _row("粮食安全合作", 0.75),
              _row("数字中国行", 0.7, quote=1.0), _row("中央八项规定", 0.4),
              _row("数字中国", 0.3, 2), _row("民族团结进步", 0.2), _row("粮食安全", 0.1)]
    out = known_in_phrases(ranked, formulations, keys)
    assert [c.zh for c in out] == ["数字中国", "中央八项规定精神", "民族团结进步示范区",
                                   "粮食安全合作", "数字中国行", "中央八项规定",
                                   "民族团结进步", "粮食安全"]
    assert "数字中国建设" in out[0].contains
    # where the formulation ranks above, the longer one is left out and nested under it
    ranked = [_row("数字中国", 0.9, 2), _row("数字中国建设", 0.5)]
    out = known_in_phrases(ranked, formulations, keys)
    assert [c.zh for c in out] == ["数字中国"] and out[0].contains == ["数字中国建设"]
    # a rest longer than three characters is a name of its own
    ranked = [_row("数字中国建设新成果", 0.9), _row("数字中国", 0.3)]
    assert len(known_in_phrases(ranked, formulations, keys)) == 2


def test_a_quoted_name_with_its_kind_after_it_is_a_candidate():
    """"南南光伏惠民"计划 and "文物活化"三年行动 (fresh30): the words after a quote up to a
    family's head word. They were dropped before the thirtieth round: the part in front of
    the quote, empty here, was tested as 共同, a stop word. What follows a quote without
    naming its kind stays out ("星箭链"产业, "三医"协同发展), and a policy verb in front still
    makes a verb phrase (实施"…"), not a name."""
    text = ('中方发起"南南光伏惠民"计划,去年启动"文物活化"三年行动。发展"星箭链"产业,'
            '推动"三医"协同发展,实施"强基"工程。')
    found = quoted_affixes(text, background())
    for name in ('"南南光伏惠民"计划', '"文物活化"三年行动', '"强基"工程'):
        assert name in found, name
    for other in ('"星箭链"产业', '"三医"协同发展', '"文物活化"三年'):
        assert other not in found, other
    _, _, affixed = sample_side([text])
    assert {'"南南光伏惠民"计划', '"文物活化"三年行动', '"强基"工程'} <= affixed
    assert not {'实施"强基"', '推动"三医"', '启动"文物活化"'} & affixed


def test_a_title_that_starts_a_meeting_is_no_person():
    """例行记者会 (fresh28) and 亚太经合组织贸易部长会议 (fresh30) are candidates; a title
    still makes a person (县委书记, 习近平主席) and 常委会 a body of people."""
    for name in ("例行记者会", "亚太经合组织贸易部长会议", "中拉论坛部长级会议"):
        assert acceptable(name), name
    for person in ("县委书记", "外交部长王毅", "习近平主席", "全国人大常委会"):
        assert not acceptable(person) and not acceptable(person, True), person


def test_the_items_of_a_quoted_theme_are_terms_of_their_own():
    """文明多样性 of “文明多样性与现代化道路” (the theme of a dialogue, no head word) stays a
    row of its own; the parts of a quoted name still give way (中国—中亚文化 of
    “中国—中亚文化和旅游之都”), and so does a piece cut elsewhere than at the joiner."""
    from tifa.glossary.mine import _listed_in_theme

    theme = "文明多样性与现代化道路"
    assert _listed_in_theme(theme, 0, 5) and _listed_in_theme(theme, 6, len(theme))
    assert not _listed_in_theme(theme, 0, 4) and not _listed_in_theme(theme, 2, 5)
    assert not _listed_in_theme(theme, 0, len(theme))  # the theme itself is no item
    name = "中国—中亚文化和旅游之都"
    assert not _listed_in_theme(name, 0, name.index("和"))


def test_a_verb_before_head_words_alone_makes_no_verb_phrase():
    """亚太供应链互联互通行动计划 (fresh30) was vetoed as 互通 + 行动计划: a name's kind, head
    words alone, is no object, and 互通行动计划 starts inside the verb's own word (互联互通).
    A verb before a term still makes a verb phrase (打赢|净土保卫战, 推进|区域合作机制: 合作 is
    no head word; 以举办|这次峰会, where the piece 次峰会 starts in the next word)."""
    from tifa.glossary.mine_lexicon import lexicon

    name = "亚太供应链互联互通行动计划"
    clauses = ["打赢净土保卫战", "推进区域合作机制", "以举办这次峰会"]
    cands = {"行动计划", "互通行动计划", "净土保卫战", "区域合作机制", "次峰会"}
    lex = lexicon([name, *clauses, *sorted(cands)])
    bg = background()
    assert not lex.verb_phrase(name, cands, bg.split(name))
    for clause in clauses:
        assert lex.verb_phrase(clause, cands, bg.split(clause)), clause


def test_four_character_items_sharing_three_places_are_a_patterned_series():
    """藏粮于地、藏粮于技 (a glossary form, fresh30) is one series; items sharing a word of two
    characters stay two formulations (共同富裕、共同繁荣; 问题导向、结果导向)."""
    from tifa.glossary.mine_structure import patterned_series

    assert patterned_series("坚持藏粮于地、藏粮于技", background()) == ["藏粮于地", "藏粮于技"]
    assert patterned_series("推动共同富裕、共同繁荣", background()) == []
    assert patterned_series("坚持问题导向、结果导向", background()) == []


def test_a_modifier_of_one_character_between_yi_and_wei_and_a_name_that_a_lead_ends():
    """以人为核心的新型城镇化 (fresh30): 以 + one character + 为 + two is a modifier as
    以联合国为核心 is, and the name ends before a word that leads a phrase of the sentence
    (把推进…|作为重要抓手); without an end the name is none, but its head word is one
    (…命运共同体|开启新篇章: thirty-third round)."""
    from tifa.glossary.mine_structure import _modified_objects

    bg = background()
    assert _modified_objects("成都把推进以人为核心的新型城镇化作为重要抓手", bg) == [
        "以人为核心的新型城镇化"]
    assert _modified_objects("维护以联合国为核心的国际体系和以国际法为基础的国际秩序", bg) == [
        "以联合国为核心的国际体系", "以国际法为基础的国际秩序"]
    assert _modified_objects("构建更加紧密的中国—中亚命运共同体开启新篇章", bg) == [
        "更加紧密的中国—中亚命运共同体"]


def test_a_conjunction_starts_no_candidate():
    """但有区别 of 共同但有区别的责任 (fresh30) was a row: 但, 却 and 虽 start no formulation
    (none of the glossary's forms or the gold lists), as 而 and 并 do not."""
    for piece in ("但有区别", "却更加紧密", "虽有差异"):
        assert not acceptable(piece) and not acceptable(piece, True), piece
    assert acceptable("共同但有区别", True)


def test_the_start_of_a_long_object_stays_where_a_term_follows_it():
    """中华优秀传统文化|创造性转化 (推动…, fresh25 and fresh26): two terms side by side, so the
    start is a term of its own and stays a row; the start of a long name still gives way to
    it where what follows is short, head words alone, or the name ends in its kind
    (习近平新时代中国特色社会主义|思想, …|培养计划)."""
    from tifa.glossary.mine import give_way_inside

    def rows(*names: str) -> list[Candidate]:
        return [_row(n, 0.9 - 0.1 * k) for k, n in enumerate(names)]

    out = give_way_inside(rows("中华优秀传统文化创造性转化", "中华优秀传统文化", "创造性转化"))
    assert [c.zh for c in out] == ["中华优秀传统文化创造性转化", "中华优秀传统文化", "创造性转化"]
    out = give_way_inside(
        rows("习近平新时代中国特色社会主义思想", "习近平新时代中国特色社会主义", "思想"))
    assert "习近平新时代中国特色社会主义" not in [c.zh for c in out]
    # a name with its kind at the end is one name (计划), and so is a start before head words
    for name, start, rest in (("中国—东盟数字人才培养计划", "中国—东盟数字人才", "培养计划"),
                              ("亚太供应链互联互通行动计划", "亚太供应链互联互通", "行动计划")):
        out = give_way_inside(rows(name, start, rest))
        assert start not in [c.zh for c in out], name


def test_letters_or_digits_glued_in_front_of_a_row_are_shown_with_it():
    """世纪海上丝绸之路 → 21世纪海上丝绸之路 and a series → GEP进规划、进考核、进决策 (fresh30),
    where every occurrence has the code; not a count (2024|年度报告, 12|场分论坛), not where
    one occurrence lacks it, and not a code glued to more letters (ABCDEFG|…)."""
    from tifa.glossary.mine import Context, glue_codes

    def row(zh: str, *texts: str) -> Candidate:
        return Candidate(zh, 0.5, len(texts), 1, {}, [Context(t, "a.txt", 1) for t in texts])

    rows = glue_codes([
        row("世纪海上丝绸之路", "共建21世纪海上丝绸之路。", "21世纪海上丝绸之路倡议"),
        row("进规划、进考核、进决策", "推动GEP进规划、进考核、进决策。"),
        row("年度报告", "发布2024年度报告。"),
        row("场分论坛", "举办12场分论坛。"),
        row("海上丝绸之路", "21世纪海上丝绸之路", "古代海上丝绸之路"),
        row("数字经济", "ABCDEFGH数字经济"),
        # an occurrence its context does not show as written (traditional script): not read
        row("世纪海上丝绸之路", "共建21世纪海上丝绸之路。", "共建世紀海上絲綢之路。"),
    ])
    assert [c.zh for c in rows] == ["21世纪海上丝绸之路", "GEP进规划、进考核、进决策",
                                    "年度报告", "场分论坛", "海上丝绸之路", "数字经济",
                                    "世纪海上丝绸之路"]


def test_a_name_with_a_code_and_its_kind_is_a_candidate():
    """推进|中国—中亚天然气管道D线|建设 (a glossary form of the seeds that no candidate held):
    the object of a policy verb with a code and one character of its kind after the name; a
    code in running text or after no verb is none, and the Chinese part must be a name."""
    from tifa.glossary.mine_structure import _coded_objects

    assert _coded_objects("加快推进中国—中亚天然气管道D线建设") == ["中国—中亚天然气管道D线"]
    assert _coded_objects("天然气管道D线今年建成") == []
    assert acceptable("中国—中亚天然气管道D线", True) and acceptable("营商环境改革8.0版", True)
    assert not acceptable("中国—中亚天然气管道D线")  # an n-gram is Chinese only
    assert not acceptable("的管道D线", True)
