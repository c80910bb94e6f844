"""`tifa mine` on fresh25, a second corpus the mining rules were not written on (twenty-fifth
round): 21 short articles in our own words (14 dev, 7 held out), 95 formulations placed in
them, most once (`tests/data/mining/fresh25/gold.tsv`), and the round's fixes — a verb inside
a name is no verb phrase, a numeral and a measure word in front give way, names built around a
verb or a joiner before their head word. The floors are the figures measured at the end of the
round less a margin (docs/mining.md, mine25)."""

from __future__ import annotations

import pytest
from tifa.glossary.mine import _key, glossary_labels
from tifa.glossary.mine_background import background
from tifa.glossary.mine_eval import term_ranks
from tifa.glossary.mine_lexicon import lexicon
from tifa.glossary.mine_structure import _headed, _split_joined
from tifa.glossary.mine_words import acceptable
from tifa.glossary.store import load_glossary

from tests.test_mine_fresh import FRESH25, fresh_gold, mined, ranks

# Names with a verb inside (four from mine24's corpus, two glossary forms) and clause pieces
# of the seeds (verb + its object): the veto must tell them apart.
NAMES = ("和平共处五项原则", "全国统一大市场", "载人航天精神", "联合国人权理事会", "上合组织秘书长",
         "消费品以旧换新")
CLAUSES = ("打赢净土保卫战", "中亚国家充分肯定中国式现代化", "感受传统文化", "悬挂横幅标语",
           "获得当日景区门票", "安排部署全市组织", "可持续发展不可或缺")


@pytest.fixture(scope="module")
def dev():
    return mined("dev", FRESH25)


def test_formulations_met_once_are_found_on_the_dev_part(dev):
    """Measured at the end of the round: recall@200 0.56 → 0.66 (all), 0.62 → 0.72
    (glossary terms); the new ones are mostly lost at boundaries the candidates cannot cross
    (人工智能+, 数据要素×, 8.0版) or in names longer than a head-word cut reads."""
    ranked, new_only = dev
    gold = fresh_gold("dev", FRESH25)
    terms = [t for t, _ in gold]
    glossary = [t for t, kind in gold if kind == "glossary"]
    new = [t for t, kind in gold if kind == "new"]
    assert term_ranks(ranked, terms).recall_at(200) >= 0.62
    assert term_ranks(ranked, glossary).recall_at(200) >= 0.68
    assert term_ranks(new_only, new).recall_at(200) >= 0.48


def test_formulations_met_once_are_found_on_the_held_out_part():
    """Measured once, after the round's fixes: recall@200 0.81 (25 of 31), glossary terms
    0.77, new ones 0.89, --new-only 0.89 — the same as the round's start: what it loses
    (碳达峰碳中和 ends in 和, 黄河流域生态保护和高质量发展 split at 和, 中国—印尼高级别对话合作机制
    no candidate) is what the round did not fix. Asserted as a floor from here on."""
    ranked, new_only = mined("heldout", FRESH25)
    gold = fresh_gold("heldout", FRESH25)
    new = [t for t, kind in gold if kind == "new"]
    assert term_ranks(ranked, [t for t, _ in gold]).recall_at(200) >= 0.74
    assert term_ranks(new_only, new).recall_at(200) >= 0.77


def test_names_with_a_verb_inside_are_no_verb_phrases_on_the_dev_part(dev):
    """消费品以旧换新 (a glossary form) was vetoed as 消费|品以旧换新; 中拉论坛 was a person's
    name beside 部长级会议 (a rank, not a title); 中国—东盟数字人才培养计划 was cut at 培养
    and 中拉减贫与发展伙伴关系 split at 与 (no candidate either)."""
    at = ranks(dev[0])
    scores = {_key(c.zh): c.score for c in dev[0]}
    for name in ("消费品以旧换新", "中拉论坛", "中国—东盟数字人才培养计划",
                 "中拉减贫与发展伙伴关系", "平等有序的世界多极化"):
        assert scores.get(_key(name), 0) > 0, name
    assert at[_key("中国—东盟数字人才培养计划")] <= 100
    # a numeral and a measure word in front give way to the name (一间|共富工坊)
    assert "一间共富工坊" not in at and at["共富工坊"] <= 100
    # slipped twin: a verb phrase of the same corpus stays vetoed
    assert scores[_key("防范化解重大风险")] == 0


@pytest.fixture(scope="module")
def lex_forms():
    """The glossary's formulation forms, every tail of them a candidate (as in a big corpus),
    with the lexicon of them all and the clause pieces."""
    forms = sorted(glossary_labels([e for e in load_glossary(env=False) if e.category != "term"]))
    forms = [f for f in forms if all("\u4e00" <= ch <= "\u9fff" or ch == "—" for ch in f)]
    tails = {f[k:] for f in forms for k in range(1, len(f))}
    tails |= {s[k:] for s in NAMES + CLAUSES for k in range(1, len(s))}
    return lexicon(forms + sorted(tails) + list(NAMES + CLAUSES)), forms, tails


def test_a_verb_inside_a_name_is_no_verb_phrase_and_a_clause_piece_still_is(lex_forms):
    """Over the glossary's formulation forms the veto flagged 319 of 1,950 at the round's
    start (和平共处五项原则, 联合国…, 上合组织…); now 127. The clause pieces of the seeds it
    was written for stay flagged (slipped twins)."""
    lex, forms, tails = lex_forms
    bg = background()
    for s in NAMES:
        assert not lex.verb_phrase(s, tails, bg.split(s)), s
    for s in CLAUSES:
        assert lex.verb_phrase(s, tails, bg.split(s)), s
    flagged = [f for f in forms if lex.verb_phrase(f, tails, bg.split(f))]
    # recounted by staples17 (130 of 2,038 forms at its start, 138 of 2,120 after): its
    # entries add 以经济建设为中心 (a verb phrase) and seven names the veto reads as one at
    # 应对, 控股, 生成, 服务 or 改造 (上合组织应对安全威胁和挑战综合中心 and its two forms,
    # 中国中化控股有限责任公司, 人工智能生成合成内容标识办法, 服务消费与养老再贷款,
    # 科技创新和技术改造再贷款); and by staples18 (138 of 2,120 at its start, 141 of 2,172
    # after): three names the veto reads as one at 建设 or 取消 (人工智能能力建设国际合作之友小组
    # and its short form, and 取消外国公文书认证要求的公约, a form of the Apostille Convention)
    # and by mine30 (141 → 123): a name's kind of head words alone is no object (…互联互通|
    # 行动计划), nor a piece that starts inside the verb's own word (互联|互通行动计划); and by
    # mine31 (123 → 113): a verb after a word that names a thing, inside a headed name, is the
    # thing done to it (一带一路廉洁|建设|高级原则, 三北防护林体系|建设|工程), and a verb with
    # 型/性/式 after it is a quality (开放型世界经济): 111 of 2,188 forms
    assert len(flagged) <= 111
    assert "防范化解重大风险" in flagged  # a verb phrase the glossary lists: still one


def test_boundaries_of_names_built_around_a_verb_a_joiner_or_an_adverb():
    bg = background()
    said = "明年是中国—东盟数字人才培养计划启动的第一年"
    assert _headed(said, bg) == ["中国—东盟数字人才培养计划"]
    assert _headed("要进一步完善机制", bg) == []       # an adverb before the verb: no name
    assert _split_joined("中拉减贫与发展伙伴关系", bg) == ["中拉减贫与发展伙伴关系"]
    assert _split_joined("国际秩序和全球治理体系", bg) == ["国际秩序", "全球治理体系"]  # a list
    assert acceptable("全面从严治党") and acceptable("全面依法治国")
    assert not acceptable("全面推进乡村振兴")               # adverb + policy verb + object


def test_a_clauses_lead_inside_is_a_clause_and_not_after_a_negation():
    """东盟|作为|周边外交 (43rd on the dev part) is a piece of its sentence; of the glossary's
    formulation forms only three hold such a word, each after 不 (不|针对|第三方)."""
    from tifa.glossary.mine_signals import edges

    bg = background()
    assert edges("东盟作为周边外交", bg.split("东盟作为周边外交"), set())["attached"] == 1.0
    assert edges("不针对第三方", bg.split("不针对第三方"), set())["attached"] == 0.0
    assert edges("不首先使用核武器", bg.split("不首先使用核武器"), set())["attached"] == 0.0
