"""`tifa mine`: candidate formulations from the real seeds, measured against a gold list."""

from __future__ import annotations

import io
import json
import re
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

import pytest
import yaml
from tifa.glossary.mine import (
    Candidate,
    Context,
    Evidence,
    _key,
    acceptable,
    fold,
    generic,
    glossary_labels,
    mine,
    rank,
    write_candidates,
)
from tifa.glossary.mine_background import background
from tifa.glossary.mine_eval import quality, row_keys
from tifa.glossary.mine_words import (
    ASPECT,
    CLAUSE_ADVERBS,
    FIELD_WORDS,
    LOCATIVES,
    PREDICATE,
)
from tifa.tm.base.files import TifaError

from tests.conftest import REPO, SEED_FILES, run_tifa

GOLD_FILE = Path(__file__).parent / "data" / "mining_gold.txt"
NAMED = ["守望相助", "三股势力", "命运共同体", "一带一路", "全球安全倡议", "鲁班工坊"]
# Pieces of real formulations and everyday words: none may rank in the top 100.
FRAGMENTS = ["运共同体", "带一路", "命运共同", "亚命运共同体", "中亚命运共同体", "守望相", "望相助",
             "股势力", "三股势", "球安全倡议", "全球安全倡", "班工坊", "鲁班工", "绸之路",
             "丝绸之", "中国—中", "路经济带", "我们", "中方", "记者", "今年", "目前", "表示",
             "习近平指出", "新华社", "斯坦总统", "萨克斯坦",
             # verb + term, fragments of names, everyday phrases, names, titles of plays
             "深化战略", "做大做强中国—中亚峰会机制", "代表大会", "二十大精神", "领域合作",
             "中国同中亚", "中国同中亚国家", "五国元首", "关系发展", "双方关系", "人民群众",
             "中亚国家", "中亚五国", "第二届中国—中亚峰会", "习近平", "托卡耶夫", "哈萨克斯坦",
             "三门峡", "魏都遗恨", "兰亭集序", "现代化", "共同体", "阿拉伯国家"]


def gold() -> set[str]:
    lines = GOLD_FILE.read_text(encoding="utf-8").splitlines()
    return {_key(x.strip()) for x in lines if x.strip() and not x.startswith("#")}


@pytest.fixture(scope="module")
def segments(seed_segments):
    return seed_segments


@pytest.fixture(scope="module")
def evidence(seed_evidence):
    return seed_evidence


@pytest.fixture(scope="module")
def ranked(evidence) -> list[Candidate]:
    return rank(evidence, top=None)


@pytest.fixture(scope="module")
def thinned(evidence, terms) -> Evidence:
    """The seeds' evidence with every glossary form and every other candidate besides: a
    trial fits (1 + controls) × folds models, and what its test shows (a signal against its
    shuffled control) needs the labels and a crowd, not every row (half the fitting time)."""
    labels = glossary_labels(terms)
    keep = [i for i, z in enumerate(evidence.zh) if _key(z) in labels or i % 2 == 0]
    return replace(evidence, **{f.name: [getattr(evidence, f.name)[i] for i in keep]
                                for f in fields(evidence)})


def test_gold_list_is_a_real_list():
    terms = gold()
    assert 230 <= len(terms) <= 300  # 274 before the everyday terms of a field went (241)
    # The shape filter must never throw away what a terminologist wants.
    first_list = GOLD_FILE.read_text(encoding="utf-8").split("# added on review against")[0]
    raw = [fold(x.strip()) for x in first_list.splitlines() if x.strip() and not x.startswith("#")]
    assert [t for t in raw if '"' not in t and not acceptable(t, True)] == []


def test_precision_and_recall_on_the_seeds(ranked):
    terms = gold()
    # Measured (docs/mining.md); the thresholds leave a small margin. Rows are read as
    # mine_eval reads them: a series row shows its items too (thirty-first round).
    q = quality(ranked, terms)
    assert q.p50 >= 0.92 and q.p100 >= 0.82 and q.recall >= 0.90


def test_held_out_entries_are_never_fitted(evidence, ranked):
    """Cross-fitting: each glossary form is ranked by a model fitted without its entry, and
    that model's vocabulary lacks the words only that entry uses."""
    from tifa.glossary.mine_eval import (
        cross_fitted,
        entry_folds,
        fold_models,
        kept_from,
        quality,
    )
    from tifa.glossary.store import load_glossary

    terms = load_glossary(env=False)
    folds = entry_folds(terms, 5)
    held = folds[0]
    models = fold_models(evidence, terms, 5)
    model = models[0]
    bg = background()

    def words(ids: set[str], inside: bool) -> set[str]:
        return {w for e in terms.entries if (e.id in ids) == inside
                for form in [e.zh, *(e.zh_variants or [])]
                for item in re.split(r"[、，,；;]", _key(form))
                for w in bg.split(item) if len(w) >= 2}

    only_held = words(held, True) - words(held, False)
    assert only_held and not only_held & set(model.vocabulary)
    # nor does the fold model know the held-out forms for `coordinated`
    assert model.forms and not held & set(model.forms.values())
    crossed = cross_fitted(evidence, terms, folds=5, models=models)
    q = quality(crossed, gold())
    assert q.p50 >= 0.92 and q.p100 >= 0.84 and q.recall >= 0.92  # measured 0.98 / 0.84 / 0.94
    # what the frequency-driven ranking (the signal `rule`) had in its top 200, still there
    by_rule = [c.zh for c in sorted(ranked, key=lambda c: -c.signals["rule"])]
    kept = kept_from(crossed, by_rule, gold())
    assert len(kept.kept) >= 0.78 * (len(kept.kept) + len(kept.lost))  # measured 96 of 115


def test_named_formulations_rank_in_the_top_100(ranked):
    top100 = [c.zh for c in ranked[:100]]
    for term in NAMED:
        assert term in top100, (term, top100)


def test_few_fragments_or_generic_words_in_the_top_100(ranked):
    # Issue #15: at most 3 fragments of real terms in the top 100.
    top100 = {c.zh for c in ranked[:100]}
    assert len(top100 & set(FRAGMENTS)) <= 3, top100 & set(FRAGMENTS)
    assert all(not c.zh.endswith(("的", "了", "和")) for c in ranked[:100])


def test_candidates_carry_evidence(ranked):
    first = ranked[0]
    assert first.score >= ranked[1].score >= ranked[-1].score
    for c in ranked[:100]:
        assert 1 <= len(c.contexts) <= 3
        for ctx in c.contexts:
            assert _key(c.zh) in _key(ctx.text)
            assert ctx.file.startswith("seeds/") and ctx.line >= 1
        assert c.freq >= 1 and c.docs >= 1
        assert {"cohesion", "freedom", "independence", "quote", "head"} <= set(c.signals)
    quoted = next(c for c in ranked if c.zh == "三股势力")
    assert quoted.signals["quote"] > 0


def test_glossary_marks_known_and_new_only_hides_them(evidence):
    from tifa.glossary.store import load_glossary

    terms = load_glossary(env=False)
    marked = rank(evidence, glossary=terms, top=60)
    assert any(c.in_glossary for c in marked) and any(not c.in_glossary for c in marked)
    known = {c.zh for c in marked if c.in_glossary}
    new = rank(evidence, glossary=terms, top=60, new_only=True)
    assert new and not any(c.in_glossary for c in new)
    assert not known & {c.zh for c in new}


def test_new_only_is_the_full_ranking_less_what_the_glossary_covers(evidence):
    """A piece gives way to its name also where the glossary has the name: `--new-only`
    hides the name after the pieces have given way, so they do not come back in its place
    (对|丝路精神, 今年|天津峰会, 一个|合作共赢, 习近平新时代中国特色社会主义 without 思想); and
    the start of a glossary form that occurs only there is covered by the entry (全球发展 of
    全球发展倡议), while a term at the end of one stays (对话机制 of 会晤和对话机制)."""
    from tifa.glossary.store import load_glossary

    terms = load_glossary(env=False)
    full = rank(evidence, glossary=terms, top=None)
    new = rank(evidence, glossary=terms, top=None, new_only=True)
    order = {c.zh: i for i, c in enumerate(full)}
    assert new and not any(c.in_glossary for c in new)
    assert [order[c.zh] for c in new] == sorted(order[c.zh] for c in new)  # the same order
    shown = {c.zh for c in new}
    for piece in ("对丝路精神", "今年天津峰会", "一个合作共赢", "习近平新时代中国特色社会主义",
                  "全球发展", "全球文明", "贸易自由化", "普惠包容", "社会主义现代化"):
        assert piece not in shown, piece
    assert {"对话机制", "元首会晤机制", "全球安全"} <= shown  # 全球安全 also occurs alone
    assert gold() & {_key(c.zh) for c in full if not c.in_glossary} <= {_key(z) for z in shown}


def test_fragments_of_glossary_forms_leave_the_list(evidence):
    """With the glossary, the start of one of its forms that occurs only there is a fragment
    of a known term (全球发展 of 全球发展倡议, 普惠包容 of 普惠包容的经济全球化): left out of
    the full list too; no gold term goes, and a term at the end of a form stays."""
    from tifa.glossary.mine import _keys_by_category, field_terms_last, known_in_phrases
    from tifa.glossary.store import load_glossary

    glossary = load_glossary(env=False)
    plain = rank(evidence, top=None)
    full = rank(evidence, glossary=glossary, top=None)
    shown = {c.zh for c in full}
    for piece in ("全球发展", "全球文明", "普惠包容", "社会主义现代化", "贸易自由化",
                  # the end after the dash of 中国—中亚: the scope cut in two
                  "中亚峰会", "中亚交通走廊"):
        assert piece in {c.zh for c in plain} and piece not in shown, piece
    assert {"对话机制", "元首会晤机制", "全球安全倡议"} <= shown
    assert {_key(c.zh) for c in plain} & gold() <= {_key(z) for z in shown}
    # order kept, a known formulation in the place of its phrase (`known_in_phrases`), the
    # glossary's everyday terms of a field last (`field_terms_last`)
    keys = {k.replace('"', "") for ks in glossary.zh_keys for k in ks}
    terms, formulations = _keys_by_category(glossary)
    moved = known_in_phrases(plain, formulations, keys)
    assert len(moved) < len(plain)
    kept = field_terms_last([c for c in moved if c.zh in shown], terms)
    assert [c.zh for c in kept] == [c.zh for c in full]


def test_glossary_view_covers_the_start_of_a_known_form():
    from tifa.glossary.mine import glossary_view

    def cand(zh: str, freq: int, quote: float = 0.0) -> Candidate:
        return Candidate(zh, 1.0, freq, 1, {"quote": quote, "title": 0.0})

    ranked = [cand("全球发展倡议", 5), cand("全球发展", 5), cand("全球安全", 7),
              cand("全球安全倡议", 6), cand("中国—中亚元首会晤机制", 2), cand("元首会晤机制", 2),
              cand("人类命运", 3, quote=1.0), cand("人类命运共同体理念", 3), cand("互学", 12),
              cand("互学互鉴", 8), cand("中亚元首会晤机制", 2)]
    known = {_key(z) for z in ("全球发展倡议", "全球安全倡议", "中国—中亚元首会晤机制",
                               "人类命运共同体理念", "互学互鉴")}
    shown = [c.zh for c in glossary_view(ranked, known.__contains__, new_only=True)]
    # 全球发展 only ever in 全球发展倡议: covered; 全球安全 also alone; an end stays; a quoted
    # start is marked by the text; from ten on, two times in three holds (8 of 12); the
    # end after the dash of 中国—中亚 cuts the scope in two
    assert shown == ["全球安全", "元首会晤机制", "人类命运"]
    # the full list keeps the known forms and leaves out the same fragments
    assert [c.zh for c in glossary_view(ranked, known.__contains__)] == [
        "全球发展倡议", "全球安全", "全球安全倡议", "中国—中亚元首会晤机制", "元首会晤机制",
        "人类命运", "人类命运共同体理念", "互学互鉴"]


@dataclass
class _Seg:
    text: str
    doc: str
    sources: list = field(default_factory=list)


def test_finds_formulations_in_text_it_has_never_seen():
    # Invented expressions: nothing in the code or the gold list knows them.
    sentences = [
        "我们要坚持“蓝湾共治”，推动落实海陆联通倡议，携手建设一个兴海利民、同舟同行的家园。",
        "各方支持海陆联通倡议，愿同中方一道推进“蓝湾共治”。",
        "记者表示，海陆联通倡议得到普遍欢迎。",
        "目前，“蓝湾共治”理念深入人心，兴海利民、同舟同行成为共识。",
        "今年，我们将继续践行海陆联通倡议，实施“蓝湾共治”行动计划。",
    ]
    segs = [_Seg(t, f"d{i % 3}", []) for i, t in enumerate(sentences)]
    names = [c.zh for c in mine(segs, top=10)]
    assert "海陆联通倡议" in names[:5]
    assert "蓝湾共治" in names[:5]
    assert not {"我们", "记者", "目前", "今年"} & set(names)


def test_boundaries_quoted_parts_one_china_and_nested_names(evidence, ranked):
    by = {c.zh: c for c in ranked}
    # 共建“一带一路”: the quoted part and the whole, each a candidate, the nesting shown.
    whole = by["共建“一带一路”"]
    assert "一带一路" in whole.contains and "共建“一带一路”" in by["一带一路"].inside
    assert "一个中国原则" in by  # 一个 is not cut off before 中国原则
    # a term inside a longer name is a candidate of its own; where the longer one is the term
    # + a generic noun (先学先行|活动) the list shows the term, its contexts the longer one
    assert "先学先行" in evidence.zh and "先学先行活动" in evidence.zh
    assert all("先学先行活动" in x.text for x in by["先学先行"].contexts)


def test_context_pieces_give_way_to_the_name(ranked):
    """对|丝路精神 and 一个|远离冲突 are the names with a piece of their sentence attached: the
    name is listed, the longer string is not; a name that starts so keeps its start."""
    shown = [c.zh for c in ranked]
    for piece, name in (("对丝路精神", "丝路精神"), ("一个远离冲突", "远离冲突"),
                        ("以西安峰会", "西安峰会"), ("好主题教育", "主题教育"),
                        # a chain of pieces: 以|今年|天津峰会
                        ("今年天津峰会", "天津峰会"), ("以今年天津峰会", "天津峰会"),
                        # names with the dash of 中国—中亚 (the match key writes it "-")
                        ("立中国—中亚机制", "中国—中亚机制"), ("对中国—中亚关系", "中国—中亚关系")):
        assert piece not in shown and name in shown, (piece, name)
    keys = {k for c in ranked for k in row_keys(c)}  # 以文塑旅 is nested in its series
    for name in ("一个中国原则", "以文塑旅", "以人民为中心", "古丝绸之路", "跨里海国际运输走廊"):
        assert _key(name) in keys, name


def test_everyday_words_and_sector_items_leave_the_top_100(ranked):
    by = {c.zh: c for c in ranked}
    top100 = [c.zh for c in ranked[:100]]
    # an everyday word of general Chinese (Zipf ≥ 4) is vetoed unless quoted or a title
    assert by["社会主义"].signals["everyday"] == 1.0 and by["社会主义"].score == 0.0
    # 体育、考古、旅游、医疗卫生等领域: the list closed by 等 ends its last item there
    assert by["医疗卫生"].signals["sector"] > 0
    for word in ("社会主义", "医疗卫生", "农业农村", "优秀剧目", "获奖剧目", "驼队"):
        assert word not in top100, word


def test_list_closed_by_deng_ends_its_last_item():
    from tifa.glossary.mine_structure import _list_items

    items, _, after = _list_items("积极开展体育、考古、旅游、医疗卫生等领域合作")
    assert "医疗卫生" in items and after.startswith("等领域")


def test_modified_objects_of_policy_verbs_are_candidates(ranked):
    """践行|真正的多边主义, 维护|以联合国为核心的国际体系和以国际法为基础的国际秩序: the
    object of a policy verb with its modifier and 的 is a candidate (an attribute before 的 is
    no verb phrase), and so is each item joined to it; a name running on into the verb after
    it is none (…乡村生活持续改善提升品质效益), unless a head word ends it (…命运共同体|开启
    新篇章: thirty-third round)."""
    from tifa.glossary.mine_structure import _modified_objects

    bg = background()
    assert _modified_objects("坚定维护以联合国为核心的国际体系和以国际法为基础的国际秩序", bg) == [
        "以联合国为核心的国际体系", "以国际法为基础的国际秩序"]
    assert _modified_objects("致力于推动平等有序的世界多极化、普惠包容的经济全球化", bg) == [
        "平等有序的世界多极化", "普惠包容的经济全球化"]
    assert _modified_objects("坚持以人民为中心的工作导向", bg) == ["以人民为中心的工作导向"]
    assert _modified_objects("为构建更加紧密的中国—中亚命运共同体开启新篇章", bg) == [
        "更加紧密的中国—中亚命运共同体"]
    assert _modified_objects("要推动更加美好的乡村生活持续改善提升品质效益", bg) == []
    # …unless the verb ends a clause of purpose (为…|注入新动能: thirty-first round)
    assert _modified_objects("为构建更加紧密的中国—中亚命运共同体注入新动能", bg) == [
        "更加紧密的中国—中亚命运共同体"]
    # a 面向… frame (twenty-eighth round; the seeds' own 面向新时代的阿阿命运共同体, an OCR copy);
    # slipped twin: a 向 inside a plain modifier still stops it
    assert _modified_objects("努力构建面向新时代的中阿命运共同体", bg) == [
        "面向新时代的中阿命运共同体"]
    assert _modified_objects("推动走向深入的务实合作", bg) == []
    # 和/与/及 join objects only where each is a word: 和平 is not 和 + 平
    from tifa.glossary.mine_structure import _objects

    assert _objects("维护世界和平与发展", bg) == ["世界和平", "发展"]
    # a list's first item is not cut inside a word: 维护世界和|平与发展 is no item
    from tifa.glossary.mine_structure import _list_items

    assert _list_items("认为这对维护世界和平与发展、促进人类文明进步具有重要意义", bg)[0] == []
    assert _list_items("携手建设一个合作共赢、相互成就的共同体", bg)[0] == ["合作共赢", "相互成就"]
    assert _objects("加强顶层设计和统筹规划", bg) == ["顶层设计", "统筹规划"]
    by = {c.zh: c for c in ranked}
    for term in ("真正的多边主义", "普惠包容的经济全球化", "更加紧密的中国—中亚命运共同体"):
        assert by[term].signals["modified"] > 0 and by[term].signals["verbal"] == 0, term
    assert "真正的多边主义" in [c.zh for c in ranked[:200]]


def test_term_ranks_report_where_held_out_terms_stand():
    from tifa.glossary.mine_eval import kept_from, term_ranks

    ranked = [Candidate(z, 1.0 - i / 10, 1, 1) for i, z in enumerate(["甲乙", "共建“一带一路”"])]
    ranks = term_ranks(ranked, ["共建\"一带一路\"", "丙丁"])
    assert ranks.ranks == [2, None] and ranks.recall_at(200) == 0.5
    # the reference's top 2 holds one term (丙丁; 甲乙 is none), which the ranking has at 3
    kept = kept_from(ranked + [Candidate("丙丁", 0.1, 1, 1)],
                     ["丙丁", "甲乙", "共建“一带一路”"], ["共建\"一带一路\"", "丙丁"], k=2)
    assert kept.kept == [] and kept.lost == [("丙丁", 3)]
    kept = kept_from(ranked, ["共建“一带一路”", "丙丁"], ["共建\"一带一路\"", "丙丁"], k=2)
    assert kept.kept == ["共建“一带一路”"] and kept.lost == [("丙丁", None)]
    assert kept.line().startswith("1/2 = 0.50; lost: 丙丁 None")


def test_entry_ranks_count_a_series_once_at_its_best_item():
    from tifa.glossary.mine_eval import entry_ranks

    ranked = [Candidate(z, 1.0 - i / 10, 1, 1)
              for i, z in enumerate(["时代之变", "甲乙", "世界之变"])]
    labels = {"世界之变": "changes", "时代之变": "changes", "历史之变": "changes"}
    ranks = entry_ranks(ranked, ["世界之变", "时代之变", "历史之变", "丙丁", "甲乙"], labels)
    # one series (best item 1st), and two terms of no entry, each for itself
    assert ranks.ranks == [1, None, 2]
    assert entry_ranks(ranked, ["历史之变"], labels).ranks == [None]


def test_listed_estimate_weighs_the_two_sides_of_the_reference_top():
    from tifa.glossary.mine_eval import listed_estimate

    # the reference's top 2 holds 甲乙 and 丙丁; the ranking keeps 甲乙 in its own top 2
    # (kept 1/2) and finds one of the two other terms, 戊己 (rest 1/2)
    ranked = [Candidate(z, 1.0 - i / 10, 1, 1) for i, z in enumerate(["甲乙", "戊己", "丙丁"])]
    est = listed_estimate(ranked, ["甲乙", "丙丁", "戊己"], ["甲乙", "丙丁", "戊己", "庚辛"],
                          found=3, listed=4, k=2)
    assert (est.kept, est.rest) == (0.5, 0.5)
    assert est.recall == 0.5 and est.line().endswith("recall 0.50")
    est = listed_estimate(ranked, ["甲乙", "丙丁", "戊己"], ["甲乙", "丙丁", "戊己", "庚辛"],
                          found=4, listed=4, k=2)
    assert est.recall == 0.5  # all 4 in the reference's top: the kept rate alone
    est = listed_estimate(ranked, ["甲乙", "庚辛"], ["甲乙", "戊己"], found=1, listed=2, k=2)
    assert (est.kept, est.rest, est.recall) == (1.0, 1.0, 1.0)


def test_new_only_recall_hides_the_other_folds_entries():
    """A held-out term competes only with what --new-only would show: candidates that no entry
    of another fold covers."""
    from tifa.glossary.entry import Entry, Glossary
    from tifa.glossary.mine_eval import entry_folds, new_only_recall

    names = ["守望相助", "共同发展", "普遍安全", "世代友好",
             "团结互信", "合作共赢", "相互成就", "同心同德"]
    glossary = Glossary([Entry(id=f"e{i}", zh=z, en="x", category="principle")
                         for i, z in enumerate(names)], [])
    folds = entry_folds(glossary, 2)
    assert folds[0] and folds[1]
    term = next(e.zh for e in glossary.entries if e.id in folds[0])
    others = [e.zh for e in glossary.entries if e.id in folds[1]]
    ranked = [Candidate(z, 1.0, 1, 1) for z in [*others, "甲乙", term]]
    # the other fold's entries are hidden, so the term is second, not last
    assert new_only_recall(ranked, glossary, [term], folds=2, k=2) == 1.0
    assert new_only_recall(ranked, glossary, [term], folds=2, k=1) == 0.0


def test_background_knows_everyday_words_from_new_compounds():
    from tifa.glossary.mine_background import background

    bg = background()
    assert bg.signals("医疗卫生", 1e-5)["bg_common"] > 0.3  # a word of general Chinese
    assert bg.signals("元首外交", 1e-5)["bg_common"] == 0.0
    assert bg.signals("元首外交", 1e-5)["compound4"] == 1.0
    assert bg.signals("文明互鉴", 1e-5)["bg_novel"] > bg.signals("元首外交", 1e-5)["bg_novel"]
    assert bg.split("全球南方团结协作") == ["全球", "南方", "团结", "协作"]


def test_model_fits_and_reads_back(tmp_path):
    from tifa.glossary.mine_model import fit, load_model

    rows = [{"quote": 1.0, "len2": 0.0}] * 30 + [{"quote": 0.0, "len2": 1.0}] * 60
    model = fit(rows, [True] * 30 + [False] * 60, features=("quote", "len2"),
                forms={"守望相助": "good-neighbours"})
    assert model.weights["quote"] > 0 > model.weights["len2"]
    path = tmp_path / "w.json"
    path.write_text(model.to_json(), encoding="utf-8")
    again = load_model(path)
    assert again.weights == pytest.approx(model.weights, abs=1e-5)
    assert again.forms == {"守望相助": "good-neighbours"}
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    with pytest.raises(TifaError):
        load_model(bad)


def test_a_phrase_joined_to_a_known_formulation_is_marked():
    """`coordinated`: joined by 、/和/与/及 directly to a form of another entry, in the
    candidate's contexts, whatever their script; its own entry's forms do not count."""
    from tifa.glossary.mine_model import coordinated

    forms = {"共同发展": "shared", "远离冲突": "peace", "永沐和平": "peace", "守望相助": "help"}
    assert coordinated("绿色转型", ["各方应当坚持绿色转型和共同发展。"], forms) == 1.0
    assert coordinated("互学互鉴", ["我们珍视守望相助、互学互鉴的传统。"], forms) == 1.0
    assert coordinated("绿色转型", ["堅持綠色轉型與共同發展。"], forms) == 1.0  # traditional
    # not joined to it, or joined to something that is no form
    assert coordinated("绿色转型", ["共同发展的成果惠及绿色转型。"], forms) == 0.0
    assert coordinated("共同发展", ["坚持共同发展和绿色转型。"], forms, "shared") == 0.0
    # the items of its own entry are not evidence (远离冲突、永沐和平 is one entry)
    assert coordinated("永沐和平", ["愿中亚远离冲突、永沐和平。"], forms, "peace") == 0.0
    assert coordinated("永沐和平", ["愿中亚远离冲突、永沐和平。"], forms) == 1.0
    # a share of the occurrences shown; none without a glossary
    assert coordinated("绿色转型", ["推进绿色转型与共同发展。", "绿色转型正在提速。"],
                       forms) == 0.5
    assert coordinated("绿色转型", ["推进绿色转型与共同发展。"], {}) == 0.0


def test_names_everyday_phrases_and_verb_phrases_are_demoted(ranked):
    by = {c.zh: c for c in ranked}
    # CC-CEDICT knows these only as a place or a person; organisations stay.
    for name in ("哈萨克斯坦", "三门峡", "习近平"):
        assert by[name].signals["name"] == 1.0 and by[name].score == 0.0, name
    assert by["上海合作组织"].signals["name"] == 0.0
    # Never in a dictionary, but always next to 总统: a person.
    assert by["托卡耶夫"].signals["name"] >= 0.5
    for phrase in ("中亚国家", "双方关系", "阿拉伯国家"):  # everyday words and a place name
        assert by[phrase].signals["generic"] == 1.0, phrase
    # Everyday words that the text lists in a parallel series keep their rank: near the
    # top (106th with the fifth round's weights, 94th before), not with the unlisted
    # everyday phrases (中亚国家 184th, 双方关系 461st).
    assert by["共同发展"].signals["generic"] == 1.0
    names = [c.zh for c in ranked]
    assert names.index("共同发展") < 130 and names.index("共同发展") < names.index("中亚国家")
    assert by["魏都遗恨"].signals["work"] == 1.0 and by["魏都遗恨"].score == 0.0
    assert by["中国—中亚峰会西安宣言"].signals["title"] == 1.0
    # The verb in front is stripped: the term is the candidate, the verb phrase is not.
    assert "中国—中亚峰会机制" in by and "做大做强中国—中亚峰会机制" not in by


def test_evidence_helpers_on_invented_text():
    assert generic("中国同中亚国家") and generic("双方关系") and not generic("相互成就")
    assert not acceptable("深化战略", True) and acceptable("做大做强", True)
    assert not acceptable("第二届中国—中亚峰会") and acceptable("首届中国—中亚峰会")
    # news drops the 第 of an edition: 十四届全国人民代表大会 is one meeting of the series
    assert not acceptable("十四届全国人民代表大会") and acceptable("全国人民代表大会")


def test_dictionary_evidence_on_invented_expressions():
    from tifa.glossary.mine_lexicon import lexicon

    words = ["打赢蓝天保卫战", "蓝天保卫战", "中华文化", "贸易便利化", "伊犁", "海陆联通倡议"]
    lex = lexicon(words)
    assert lex.verb_phrase("打赢蓝天保卫战", set(words))  # 打赢 "to win" + a candidate
    assert not lex.verb_phrase("海陆联通倡议", set(words))
    assert lex.head("中华文化") == "" and lex.head("贸易便利化") == "化"
    assert "伊犁" in lex.names and "海陆联通倡议" not in lex.names


def test_empty_and_tiny_inputs():
    assert mine([], top=10) == []
    assert mine([_Seg("，。", "d")], top=10) == []


def test_sentencepiece_signal_is_measured_not_scored_by_default(ranked):
    from tifa.tm.corpus.merge import build_segments

    one_page = build_segments([str(SEED_FILES[0])]).segments  # training it is the cost
    with_sp = mine(one_page, top=20, use_sentencepiece=True)
    assert all(0.0 <= c.signals["sentencepiece"] <= 1.0 for c in with_sp)
    assert any(c.signals["sentencepiece"] > 0 for c in with_sp)
    without = ranked[:20]
    assert all(c.signals["sentencepiece"] == 0.0 for c in without)


def _sample() -> list[Candidate]:
    return [Candidate("三股势力", 2.5, 3, 2, {"quote": 1.0, "cohesion": 0.6},
                      [Context("保持对“三股势力”零容忍", "seeds/a.txt", 4)], True)]


def test_write_formats_carry_the_same_fields():
    for fmt in ("json", "yaml"):
        out = io.StringIO()
        write_candidates(_sample(), fmt, out)
        data = (json.loads if fmt == "json" else yaml.safe_load)(out.getvalue())
        rec = data["candidates"][0]
        assert set(rec) == {"zh", "score", "freq", "docs", "signals", "contexts", "in_glossary",
                            "inside", "contains"}
        assert rec["contexts"][0] == {"text": "保持对“三股势力”零容忍", "file": "seeds/a.txt",
                                      "line": 4}
    out = io.StringIO()
    write_candidates(_sample(), "tsv", out)
    header, row = out.getvalue().splitlines()
    assert header.split("\t")[:6] == ["rank", "zh", "score", "freq", "docs", "in_glossary"]
    assert row.split("\t")[1] == "三股势力"
    assert row.endswith("seeds/a.txt:4: 保持对“三股势力”零容忍")
    with pytest.raises(TifaError):
        write_candidates(_sample(), "xml", io.StringIO())


def test_cli_new_only_json(tmp_path, monkeypatch):
    from tifa.cli.app import _run

    out = tmp_path / "c.json"
    page = f"seeds/{SEED_FILES[3].name}"  # one (the shortest) page: the command, not the miner
    monkeypatch.chdir(REPO)  # in this process: the real command is run by the test below
    assert _run(["mine", page, "--top", "40", "--new-only", "-f", "json", "-o", str(out)]) == 0
    cands = json.loads(out.read_text(encoding="utf-8"))["candidates"]
    assert len(cands) == 40 and not any(c["in_glossary"] for c in cands)
    assert all(c["contexts"] and c["contexts"][0]["file"] == page for c in cands)


def test_cli_bad_input_is_one_line_and_writes_nothing(tmp_path, capsys):
    from tifa.cli.app import main

    out = tmp_path / "c.tsv"
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01binary")
    broken = tmp_path / "broken.yaml"
    broken.write_text("entries: [\n", encoding="utf-8")
    cases = (["mine", str(tmp_path / "missing.txt")], ["mine", str(bad)],
             ["mine", "seeds/", "-f", "xml"], ["mine", "seeds/", "--top", "0"],
             ["mine", "seeds/", "-g", str(broken)])
    for args in cases:
        with pytest.raises(SystemExit) as exit_:
            main([*args, "-o", str(out)])
        err = capsys.readouterr().err
        assert exit_.value.code == 2, (args, err)
        assert err.startswith("tifa: error: ") and len(err.strip().splitlines()) == 1
        assert not out.exists()
    assert "broken.yaml" in err
    # The real command line, once: same one line, exit 2.
    result = run_tifa("mine", str(tmp_path / "missing.txt"))
    assert result.returncode == 2 and result.stderr.startswith("tifa: error: ")
    assert "Traceback" not in result.stderr


def test_pieces_of_sentences_are_vetoed_and_no_gold_term_is(evidence, ranked):
    """`attached`: 等 closing a list inside (海关|等|会晤机制), a word of time or the end of the
    word before in front of whole words where the rest is no candidate (全市|新华书店 …).
    Checked against what it could wrongly remove: no term of the gold list is vetoed so."""
    from tifa.glossary.mine_signals import attached

    by = {c.zh: c for c in ranked}
    # … 推进会|会议精神 (a doubled character), 千百年来 (a word of time alone), 中方|倡议成立…
    for piece in ("海关等会晤机制", "亚信等多边机制", "会会议精神", "千百年来", "中方倡议"):
        assert by[piece].signals["attached"] == 1.0 and by[piece].score == 0.0, piece
    assert attached(["今年", "天津", "峰会"], "天津峰会", known=False)
    assert attached(["市", "新华书店"], "新华书店", known=False)
    assert attached(["双方", "战略", "伙伴关系"], "战略伙伴关系", known=False)
    # 以 starts set phrases; a content character starts names; a known rest gives way instead
    assert not attached(["以", "文", "塑", "旅"], "文塑旅", known=False)
    assert not attached(["中", "吉", "乌", "铁路"], "吉乌铁路", known=False)
    assert not attached(["对", "丝路", "精神"], "丝路精神", known=True)
    terms = gold()
    vetoed = [s for s, g in zip(evidence.zh, evidence.signals, strict=True)
              if g["attached"] and _key(s) in terms]
    assert vetoed == []


def test_a_clause_inside_a_candidate_makes_it_a_piece_and_no_form_or_gold_term_is_one(ranked):
    """Twenty-eighth round: an aspect particle (开在|了|社区), an adverb after the subject with
    a short predicate (双方|还|同意), an adverb before a preposition (历史之变|正以前所未有的
    方式展开, a real seed sentence), a place word closing a phrase (共富工坊|里) and a field
    word first (…政党等|领域会晤和对话机制, seeds) make a piece of a clause: vetoed. Slipped
    twins, names that hold such a character in a word or a saying, stay; and no form of the
    shipped glossary and no gold term of the seeds or the fresh corpora is vetoed so."""
    from tifa.glossary.mine_signals import attached
    from tifa.glossary.mine_words import lead_merged
    from tifa.glossary.store import load_glossary

    from tests.test_mine_fresh import FRESH, FRESH25, FRESH26, FRESH27, fresh_gold

    bg = background()

    def piece(s: str) -> bool:
        words = lead_merged(bg.split(s))
        return attached(words, s[len(words[0]):], known=False)

    for s in ("开在了社区", "展会展示了铁路", "双方还同意", "海南将实行", "全国已建成社区",
              "历史之变正以前所未有", "浙江还与四川", "共富工坊里", "诗和远方中", "三年内",
              "领域会晤和对话机制", "领域务实合作"):
        assert piece(s), s
    for s in ("打铁还需自身硬", "科技创新和技术改造再贷款", "高才通", "跟着演出去旅行",
              "最后一公里", "行业大模型", "会晤和对话机制", "世界之变", "人类命运共同体"):
        assert not piece(s), s
    by = {c.zh: c for c in ranked}
    for s in ("历史之变正以前所未有", "领域会晤和对话机制"):
        assert by[s].signals["attached"] == 1.0 and by[s].score == 0.0, s
    forms = {f for e in load_glossary(env=False).entries for f in (e.zh, *e.zh_variants)}
    terms = set(gold()) | {t for c in (FRESH, FRESH25, FRESH26, FRESH27)
                           for part in ("dev", "heldout") for t, _ in fresh_gold(part, c)}
    for s in sorted({_key(f) for f in forms | terms if "、" not in f}):
        if len(s) > 1 and len(lead_merged(bg.split(s))) > 1 and piece(s):
            words = lead_merged(bg.split(s))
            # vetoed for an older reason (a word of time, a holder, 等 inside) is not ours
            assert not (ASPECT.intersection(words) or words[-1] in LOCATIVES
                        or words[0] in FIELD_WORDS or PREDICATE.search(s)
                        or CLAUSE_ADVERBS.intersection(words[max(1, len(words) - 3):-1])), s


def test_the_glossarys_everyday_terms_of_a_field_go_last_and_formulations_keep_their_order(
        evidence, ranked):
    """Twenty-eighth round: a form the glossary files only as an everyday term of a field
    (category `term`: 中小企业, 无偿援助, 生物安全 of the seeds) goes after every other
    candidate, which keep their order; without a glossary nothing moves; a form that is also
    a formulation entry's stays where it ranks (slipped twin: the entry given both
    categories)."""
    from tifa.glossary.entry import Glossary
    from tifa.glossary.mine import _keys_by_category, field_terms_last

    def field_terms(g: Glossary) -> set[str]:
        return _keys_by_category(g)[0]
    from tifa.glossary.store import load_glossary

    glossary = load_glossary(env=False)
    shown = rank(evidence, glossary=glossary, top=None)
    keys = [_key(c.zh) for c in shown]
    for term in ("中小企业", "无偿援助", "生物安全"):
        assert any(_key(c.zh) == term for c in ranked[:200]), term  # high without the glossary
        assert keys.index(term) > len(shown) - 200, term
    first = set(keys[:200])
    assert not first & {"中小企业", "无偿援助", "生物安全"}
    assert field_terms_last(ranked, field_terms(Glossary([], []))) == ranked
    entry = next(e for e in glossary if e.category == "term" and _key(e.zh) == "中小企业")
    twin = replace(entry, id=entry.id + "-twin", category="principle")
    alone = [c.zh for c in field_terms_last(ranked, field_terms(Glossary([entry], [])))]
    assert alone[-1] == "中小企业" and alone[:-1] == [c.zh for c in ranked if c.zh != "中小企业"]
    moved = field_terms_last(ranked, field_terms(Glossary([entry, twin], [])))
    assert [c.zh for c in moved] == [c.zh for c in ranked]


def test_pieces_cut_inside_a_phrase_and_clause_leads_are_vetoed(evidence):
    """Real seed contexts: 以旅彰文、以文塑旅 and 以学铸魂 leave the pieces 旅|彰|文, 文|塑|旅
    and 学|铸|魂, always preceded by 以; 中阿战略伙伴关系 leaves 阿|战略|伙伴关系 (`cut_pieces`:
    the split starts with one character, and the same character always precedes it), and
    新时代中国特色社会主义 and 可持续发展 leave 时代… and 持续发展 (新时代, 可持续: the edge
    cuts a word of three characters). 落实好首届中阿峰会成果 and
    守护好三门峡的绿水青山 put the end of a verb in front of a phrase that starts with a whole
    word, and 给予彼此明确、有力支持 a pronoun in front of one word."""
    from tifa.glossary.mine_signals import cut_pieces

    by = dict(zip(evidence.zh, evidence.signals, strict=True))
    for piece in ("旅彰文", "文塑旅", "学铸魂", "阿战略伙伴关系", "好首届中阿峰会",
                  "好三门峡的绿水青山", "彼此明确", "持续发展", "时代中国特色社会主义"):
        assert by[piece]["attached"] == 1.0, piece
    # the names they are pieces of, and a name after 以 that starts with a whole word (以|西安
    # 峰会: there the longer one gives way), and a modifier that starts with 更, stay
    for name in ("以旅彰文", "以文塑旅", "以学铸魂", "中阿战略伙伴关系", "西安峰会",
                 "更高水平的中阿战略伙伴关系", "中吉乌铁路", "永沐和平"):
        assert by[name]["attached"] == 0.0, name
    # the rule on its own: the same first character always in front, read from the counts
    zh = ["以文塑旅", "文塑旅", "中吉乌铁路", "吉乌铁路", "永沐和平", "沐和平"]
    words = [["以", "文", "塑", "旅"], ["文", "塑", "旅"], ["中", "吉", "乌", "铁路"],
             ["吉", "乌", "铁路"], ["永", "沐", "和平"], ["沐", "和平"]]
    clean = [1.0] * 6
    assert cut_pieces(zh, words, [1, 1, 2, 3, 5, 5], clean) == [1, 5]  # 吉乌铁路 stands alone
    # the longer one must start where names start: on a big corpus 坚持|学思想 counts 持学思想
    # as often as 学思想, but 持学思想 starts inside 坚持 (after no punctuation, particle or
    # policy verb), so 学思想 stays
    assert cut_pieces(["持学思想", "学思想"], [["持", "学", "思想"], ["学", "思想"]], [65, 75],
                      [0.11, 1.0]) == []
    assert cut_pieces(["以学思想", "学思想"], [["以", "学", "思想"], ["学", "思想"]], [65, 75],
                      [1.0, 1.0]) == [1]  # two times in three, from ten occurrences on


def test_pieces_give_way_to_a_long_or_marked_name_that_always_holds_them(evidence, ranked):
    """习近平新时代中国特色社会主义思想 (16 characters, beyond the counted n-grams) holds every
    occurrence of 习近平新时代中国特色社会主义 in the seeds, and the quoted 中国—中亚文化和旅游
    之都 every 旅游之都: the pieces leave the list, the names stay. Terms inside such names that
    are names of their own stay: the quoted part itself, a family member after its scope
    (中国—中亚|能源发展伙伴关系), a name after a modifier's 的 (更高水平的|中阿战略伙伴关系),
    and inside a long name a piece whose edges cut no word (中国特色社会主义; but 新|时代…)."""
    from tifa.glossary.mine import _cuts_a_word, give_way_inside

    keys = [_key(c.zh) for c in ranked]
    for piece in ("习近平新时代中国特色社会主义", "旅游之都", "中国-中亚文化"):
        assert _key(piece) in set(_key(s) for s in evidence.zh) and _key(piece) not in keys, piece
    for name in ("习近平新时代中国特色社会主义思想", "中国—中亚文化和旅游之都",
                 "能源发展伙伴关系", "中国—中亚能源发展伙伴关系", "中阿战略伙伴关系",
                 "更高水平的中阿战略伙伴关系", "丝绸之路经济带", "共建“丝绸之路经济带”",
                 "新时代中国特色社会主义", "中国特色社会主义"):
        assert _key(name) in keys, name
    assert keys.index(_key("习近平新时代中国特色社会主义思想")) < 20
    long = "习近平新时代中国特色社会主义思想"
    assert _cuts_a_word(long, 4, 14) and not _cuts_a_word(long, 6, 14)
    # the name takes the piece's place where it ranked below, and a piece seen apart stays
    name = Candidate("一二三四五六七八九十一二三", 0.5, 3, 1, {})
    piece = Candidate("三四五六", 0.9, 3, 1, {})
    alone = Candidate("五六七八", 0.8, 4, 1, {})
    assert [c.zh for c in give_way_inside([piece, alone, name])] == [name.zh, alone.zh]


def test_common_words_the_text_does_not_mark_are_vetoed_and_no_gold_term_is(evidence, ranked):
    """金融机构, 电子商务, 生态环境 and 十字路口 are words of general Chinese (Zipf ≥ 3) that
    the seeds use in running text only: vetoed. The formulations that are such words are
    marked (丝绸之路 listed and an object, 网络安全 and 食品安全 list items, 霸权主义 …) and
    stay, and no word of the gold list or form of the glossary is vetoed so."""
    from tifa.glossary.mine_signals import plain_word, veto
    from tifa.glossary.store import load_glossary

    by = {_key(c.zh): c for c in ranked}
    for word in ("金融机构", "电子商务", "生态环境", "十字路口"):
        assert plain_word(by[word].signals) and by[word].score == 0.0, word
    for term in ("丝绸之路", "网络安全", "食品安全", "中小企业", "霸权主义", "保护主义", "防汛"):
        assert by[_key(term)].signals["bg_common"] * 7 >= 3 and by[_key(term)].score > 0, term
    forms = set(glossary_labels(load_glossary(env=False)))
    plain = [_key(s) for s, g in zip(evidence.zh, evidence.signals, strict=True)
             if veto(g) == 0 < veto(g, plain=False)]
    assert len(plain) > 100 and not set(plain) & (gold() | forms)


def test_lines_of_a_quoted_saying_are_left_out(ranked):
    """The keynote quotes Li Bai (“长安复携手，再顾重千金”) and a Shaanxi saying (“只要功夫深，
    土里出黄金”): their lines are pieces of a sentence. The glossary holds each saying whole,
    as an entry with its rendering; a quoted name without a break of its own stays."""
    from tifa.glossary.mine import drop_saying_lines

    keys = {_key(c.zh) for c in ranked}
    for line in ("长安复携手", "再顾重千金", "只要功夫深", "土里出黄金"):
        assert line not in keys, line
    assert "三股势力" in keys
    ctx = [Context("李白有“长安复携手，再顾重千金”的诗句。", "a.txt", 1)]
    line = Candidate("再顾重千金", 0.9, 1, 1, {}, ctx)
    named = Candidate("三股势力", 0.8, 1, 1, {}, [Context("对“三股势力”零容忍。", "a.txt", 2)])
    seen_apart = Candidate("长安复携手", 0.7, 2, 2, {}, ctx + [Context("长安复携手。", "b.txt", 1)])
    unseen = Candidate("再顾重千金", 0.6, 4, 1, {}, ctx)  # more occurrences than contexts
    assert drop_saying_lines([line, named, seen_apart, unseen]) == [named, seen_apart, unseen]


def test_a_persons_name_with_its_predicate_is_left_out_and_no_gold_term_is(evidence, ranked,
                                                                          monkeypatch):
    """路红卫 (a county official, beside a title in the seeds) starts 路红卫详细了解…:
    路红卫详细 is a clause's start, not a name. A name with a head word stays a name
    (习近平文化思想: 习近平 is a CC-CEDICT name, never a "person" of this rule), and so do
    words beside titles that general Chinese knows (人大, 政府: 人大代表, 政府奖学金)."""
    from tifa.glossary import mine as mining
    from tifa.glossary.mine import drop_person_clauses
    from tifa.glossary.store import load_glossary

    keys = {_key(c.zh) for c in ranked}
    assert "路红卫详细" not in keys and "路红卫详细了解" not in keys
    by = {_key(c.zh): c for c in ranked}
    assert 0 < by["路红卫"].signals["name"] < 1
    for name in ("习近平文化思想", "人大代表", "政府奖学金", "焦作人大学堂"):
        assert _key(name) in keys, name
    # the rule alone, on what it could wrongly remove: the gold list and the glossary's forms
    monkeypatch.setattr(mining, "drop_person_clauses", lambda out: out)
    before = [c for c in rank(evidence, top=None) if c.score > 0]
    after = {_key(c.zh) for c in drop_person_clauses(before)}
    gone = {_key(c.zh) for c in before} - after
    forms = set(glossary_labels(load_glossary(env=False)))
    assert gone and not gone & (gold() | forms)
    person = Candidate("王照生", 0.0, 2, 1, {"name": 0.5})
    clause = Candidate("王照生依次", 0.9, 1, 1, {"name": 0.0})
    headed = Candidate("王照生精神", 0.8, 1, 1, {"name": 0.0})
    assert [c.zh for c in drop_person_clauses([clause, headed, person])] == [headed.zh,
                                                                              person.zh]


def test_a_long_name_counted_in_a_sample_is_scaled_to_the_corpus(seed_segments):
    """On a big corpus the per-candidate pass reads a sample, and a name beyond the counted
    n-grams has only the sample's count: it is scaled by the share of the corpus the sample
    is, so that its pieces (counted in the whole corpus) can be compared with it."""
    from tifa.glossary.mine_counts import count_ngrams
    from tifa.glossary.mine_gather import CHUNK, distinct, gather_counted

    texts, first = distinct(seed_segments)
    chunks = [c for t in texts for c in CHUNK.findall(t)]
    sample = list(range(0, len(texts), 3))
    ev = gather_counted(count_ngrams(chunks, 2), [texts[i] for i in sample],
                        [first[i] for i in sample], set())
    name = "习近平新时代中国特色社会主义思想"
    seen = sum(texts[i].count(name) for i in sample)
    share = sum(len(c) for i in sample for c in CHUNK.findall(texts[i])) / sum(map(len, chunks))
    assert seen and ev.freq[ev.zh.index(name)] == round(seen / share) > seen


def test_verb_phrases_at_the_edges_are_vetoed_and_no_gold_term_is(evidence, ranked):
    """有力支持, 高位推动 and 质量提升 end in a policy verb, 积极践行全球 and 扎实做好 start
    with an adverb of manner: phrases of running text. …建设 (生态文明建设) and …引领 (党建引领)
    name formulations and stay out of the rule; a quoted or numbered one stays (两个维护). The
    veto acts when ranking only (the fit is the same), and none of the gold list or of the
    glossary's forms is vetoed so."""
    from tifa.glossary.mine_signals import veto
    from tifa.glossary.store import load_glossary

    by = {_key(c.zh): c for c in ranked}
    for phrase in ("有力支持", "高位推动", "质量提升", "积极践行全球", "扎实做好"):
        assert by[phrase].signals["verb_edge"] == 1.0 and by[phrase].score == 0.0, phrase
    for name in ("品牌建设", "机制建设", "共同发展", "全面战略伙伴关系"):
        assert by[_key(name)].signals["verb_edge"] == 0.0, name
    quoted = dict(by["有力支持"].signals, quote=1.0)
    numbered = dict(by["有力支持"].signals, numbered=1.0)
    assert veto(quoted) > 0 and veto(numbered) > 0
    assert veto(by["有力支持"].signals, plain=False) > 0  # still a negative of the fit
    forms = set(glossary_labels(load_glossary(env=False)))
    gone = [_key(s) for s, g in zip(evidence.zh, evidence.signals, strict=True)
            if veto(g) == 0 < veto(dict(g, verb_edge=0.0))]
    assert len(gone) > 200 and not set(gone) & (gold() | forms)


def test_a_name_followed_by_a_generic_noun_gives_way_to_the_name(evidence, ranked,
                                                                monkeypatch):
    """先学先行 occurs only in 先学先行活动 (以先学先行活动为牵引): the row is the name, at the
    longer one's place; 中吉乌铁路项目 leaves for 中吉乌铁路, which ranks above it. Head words
    are no such nouns (人类命运共同体理念 stays), and no term of the gold list or form of the
    glossary leaves."""
    from tifa.glossary import mine as mining
    from tifa.glossary.mine import drop_generic_tail
    from tifa.glossary.store import load_glossary

    keys = [_key(c.zh) for c in ranked]
    assert "先学先行" in keys and "先学先行活动" not in keys
    assert "中吉乌铁路" in keys and "中吉乌铁路项目" not in keys
    assert "人类命运共同体理念" in keys
    monkeypatch.setattr(mining, "drop_generic_tail", lambda out: out)
    before = [c for c in rank(evidence, top=None) if c.score > 0]
    at = {_key(c.zh): i for i, c in enumerate(before)}
    assert at["先学先行"] > at["先学先行活动"]
    after = [_key(c.zh) for c in drop_generic_tail(before)]
    assert after.index("先学先行") <= at["先学先行活动"]  # the longer one's place, not its own
    forms = set(glossary_labels(load_glossary(env=False)))
    gone = {_key(c.zh) for c in before} - set(after)
    assert len(gone) > 10 and not gone & (gold() | forms)
    # the rule alone: a quoted name keeps what it holds; a name that occurs more often
    # elsewhere keeps its own place
    name = Candidate("文旅", 0.5, 5, 2, {})
    longer = Candidate("文旅活动", 0.9, 2, 1, {})
    quoted = Candidate("“文旅活动”", 0.9, 2, 1, {"quote": 1.0})
    assert drop_generic_tail([longer, name]) == [name]
    assert drop_generic_tail([quoted, name]) == [quoted, name]
    once = Candidate("文旅", 0.5, 2, 1, {})
    assert drop_generic_tail([longer, once]) == [once]


def test_trial_reads_a_signal_against_its_shuffled_controls(thinned, terms):
    """`mine_eval.trial`: a signal that is the label itself lifts the held-out terms far above
    its shuffled control; the same known only for the other folds' forms (what a signal learnt
    from the glossary honestly knows of a held-out entry) lifts them no more than its control
    does (it sank them below it until the thirty-second round, now within two terms of 203):
    the training rows carry it and the held-out ones cannot."""
    from tifa.glossary.mine_eval import trial

    evidence = thinned
    labels = glossary_labels(terms)
    keys = [_key(z) for z in evidence.zh]
    before = [dict(s) for s in evidence.signals]
    leak = trial(evidence, terms, sorted(gold()),
                 {"known": [float(k in labels) for k in keys]}, seeds=(1,), folds=3)
    assert evidence.signals == before  # the evidence is left as it was
    assert [t.name for t in leak] == ["+known", "  control, seed 1"]
    assert leak[0].standin > leak[1].standin + 0.2 and leak[0].mean_rank < leak[1].mean_rank

    def others(held: set[str]) -> dict[str, list[float]]:
        return {"known": [float(labels.get(k) not in held and k in labels) for k in keys]}

    honest = trial(evidence, terms, sorted(gold()), others, seeds=(1,), folds=3)
    assert honest[0].standin < honest[1].standin + 0.02 and honest[1].standin < leak[0].standin
    assert honest[0].standin < leak[0].standin - 0.2
    assert "stand-in@200=" in honest[0].line()


def test_reordered_divides_each_rank_by_its_factor():
    """`mine_eval.reordered`: a second pass over a ranking moves rows by a factor of their
    rank (1 keeps the place, 0.5 doubles the rank, 0 leaves the row out)."""
    from tifa.glossary.mine_eval import reordered

    rows = [Candidate(z, 1.0 - i / 10, 1, 1) for i, z in enumerate("甲乙丙丁戊己")]
    assert reordered(rows, [1.0] * 6) == rows
    assert [c.zh for c in reordered(rows, [0.4, 1, 1, 1, 1, 1])] == list("乙甲丙丁戊己")
    assert [c.zh for c in reordered(rows, [1, 1, 1, 1, 1, 4.0])] == list("甲己乙丙丁戊")
    assert [c.zh for c in reordered(rows, [1, 0, 1, 0, 1, 1])] == list("甲丙戊己")


def test_rule_trial_reads_a_list_rule_against_its_shuffled_controls(evidence, ranked):
    """`mine_eval.rule_trial` (eighteenth round): a second pass that lifts exactly the
    glossary's forms lifts the stand-in above its control, which moves as many rows as far
    but at random; one that sends them down sinks it below; every line carries the estimate
    for the issue's 56 when given the reference order of the signal `rule`."""
    from tifa.glossary.mine_eval import figures, rule_reference, rule_trial
    from tifa.glossary.store import load_glossary

    terms = load_glossary(env=False)
    labels = glossary_labels(terms)
    ref = rule_reference(evidence, ranked)  # the `ranked` fixture is `rank(evidence, top=None)`
    # every candidate kept, in `rule`'s order; the items of a series row (`show_series`) as
    # themselves, not the row the mining made of them
    assert len(ref) == len(set(ref)) and set(ref) == {
        c.zh for c in ranked if not c.signals.get("series")} | {
        x for c in ranked if "、" in c.zh for x in c.contains}
    base = figures("shipped", ranked, terms, sorted(gold()), ref)
    assert 0.0 < base.standin < 1.0 and 0.0 < base.estimate < 1.0
    known = [_key(c.zh) in labels for c in ranked]
    up = rule_trial("up", ranked, terms, sorted(gold()), [20.0 if k else 1.0 for k in known],
                    seeds=(1,), top=len(ranked), reference=ref)
    assert [t.name for t in up] == ["up", "  control, seed 1"]
    assert up[0].standin > base.standin + 0.1 > up[1].standin + 0.1
    assert up[0].estimate >= base.estimate and "estimate(56)=" in up[0].line()
    down = rule_trial("down", ranked, terms, sorted(gold()), [0.05 if k else 1.0 for k in known],
                      seeds=(1,), top=len(ranked), reference=ref)
    assert down[0].standin < down[1].standin and down[0].mean_rank > down[1].mean_rank
    # the banded control (nineteenth round) lifts as many rows from the same depths, at random
    near = rule_trial("up", ranked, terms, sorted(gold()), [20.0 if k else 1.0 for k in known],
                      seeds=(1,), reference=ref, band=1.25)
    assert near[0] == up[0] and near[0].standin > near[1].standin + 0.1


def test_banded_controls_move_as_many_rows_from_the_same_depths():
    """`mine_eval.banded` (nineteenth round): the control of a rule that lifts rows from far
    below the top gives each moved row's factor to another row of about its rank, so it lifts
    as many rows from the same depths by as much, and leaves the moved rows in place."""
    from tifa.glossary.mine_eval import banded

    factors = [1.0] * 1000
    factors[299], factors[799], factors[809] = 3.0, 8.0, 0.5
    for seed in (1, 2, 3):
        mixed = banded(factors, seed, band=1.25)
        assert len(mixed) == 1000
        assert sorted(f for f in mixed if f != 1) == [0.5, 3.0, 8.0]
        assert mixed[299] == mixed[799] == mixed[809] == 1.0  # the rule's own rows stay put
        at = {f: i for i, f in enumerate(mixed) if f != 1}
        assert 300 / 1.25 - 1 <= at[3.0] + 1 <= 300 * 1.25
        assert 800 / 1.25 - 1 <= at[8.0] + 1 <= 800 * 1.25
    assert banded(factors, 1) == banded(factors, 1) != banded(factors, 2)
    assert banded([2.0, 1.0], 1, band=1.0) == [2.0, 1.0]  # no free row in its band: kept


def test_trial_features_pair_a_new_signal_with_the_paired_ones():
    """`mine_eval.trial(…, paired=True)` tries a new signal in the products as well, named as
    the shipped products are (`a*b`, read by `mine_model.matrix`)."""
    from tifa.glossary.mine_eval import trial_features
    from tifa.glossary.mine_model import ALL_FEATURES, PAIRED, matrix

    assert trial_features(["new"]) == (*ALL_FEATURES, "new")
    both = trial_features(["new", "rule"], paired=True)  # a known signal is not added again
    assert both[:len(ALL_FEATURES) + 1] == (*ALL_FEATURES, "new")
    assert both[len(ALL_FEATURES) + 1:] == tuple(f"{p}*new" for p in PAIRED)
    row = {f: 0.5 for f in PAIRED} | {"new": 2.0}
    x = matrix([row], [f"{PAIRED[0]}*new", "new"])
    assert x.tolist() == [[1.0, 2.0]]


def test_a_quoted_verb_phrase_is_a_name_not_running_text(ranked):
    """`veto` (nineteenth round): a verb phrase the text quotes is the name of a campaign or a
    saying (“聚合中亚云品”, a gold term the veto hid at the bottom of the list), so `verbal`
    gives way to the quote as `everyday` and `attached` do; unquoted, a verb phrase is still
    running text, and a quoted name of a place still a name."""
    from tifa.glossary.mine_signals import veto

    g = {"quote": 0.0, "title": 0.0, "name": 0.0, "work": 0.0, "verbal": 1.0}
    assert veto(g) == 0.0
    assert veto(dict(g, quote=1.0)) == 1.0 and veto(dict(g, title=1.0)) == 1.0
    assert veto(dict(g, quote=0.5)) == 0.5  # quoted in half of its occurrences
    assert veto(dict(g, quote=1.0, name=1.0)) == 0.0
    at = {_key(c.zh): i + 1 for i, c in enumerate(ranked)}
    assert at[_key("聚合中亚云品")] <= 100  # shipped weights: 19th (was vetoed)
    shown = [c for c in ranked if c.signals["verbal"] and c.score > 0]
    assert shown and all(max(c.signals["quote"], c.signals["title"]) > 0 for c in shown)
    assert len(shown) <= 10  # on the seeds: 4 quoted verb phrases among ~880 vetoed


def test_where_lost_says_where_each_term_stands_or_was_lost(ranked, evidence, segments):
    """`mine_eval.where_lost` (nineteenth round): each term of a list is in the top 200,
    ranked below it, vetoed, given way to another row, or no candidate at all (only inside a
    longer one, held by none, or not in the merged text) — read on the seeds' gold list."""
    from tifa.glossary.mine_eval import LOSSES, where_lost

    terms = sorted(gold())
    lost = where_lost(ranked, evidence, terms, segments)
    assert set(lost) == set(terms) and set(lost.values()) <= set(LOSSES)
    assert lost[_key("聚合中亚云品")] == "top 200"        # quoted: no longer vetoed
    assert lost[_key("中华民族")] == "vetoed"             # an everyday word, unquoted
    assert lost[_key("守住钱袋子")] == "given way"        # to the quoted slogan that holds it
    assert lost[_key("三农")] == "inside a longer candidate"  # only inside “新河南三农”
    assert lost[_key("五星支部")] == "no candidate"       # “五星”支部: quote marks inside
    assert lost[_key("八点建议")] == "not in the text"    # a headline broken over lines
    in_top = sum(kind == "top 200" for kind in lost.values())
    assert in_top == len(gold() & {k for c in ranked[:200] for k in row_keys(c)})


def test_fused_merges_two_lists_by_a_quota():
    """`mine_eval.fused` (twentieth round): the flagged rows (seen once) and the others, each in
    its own order, merged so that a share of any top k is flagged; vetoed rows stay last and
    no row is lost."""
    from tifa.glossary.mine_eval import fused

    rows = [Candidate(f"候{i:02d}", 1.0 - i / 40, 1, 1) for i in range(20)]
    rows.append(Candidate("否决", 0.0, 1, 1))
    flags = [i % 4 == 0 for i in range(20)] + [True]   # 5 flagged among the first 20
    out = fused(rows, flags, 0.5)
    assert sorted(c.zh for c in out) == sorted(c.zh for c in rows) and out[-1].zh == "否决"
    assert sum(f for c, f in zip(rows, flags, strict=True) if c in out[:10]) == 5
    flagged = [c.zh for c in out if flags[rows.index(c)] and c.score > 0]
    assert flagged == [c.zh for c, f in zip(rows, flags, strict=True) if f and c.score > 0]
    assert sum(flags[rows.index(c)] for c in fused(rows, flags, 0.1)[:10]) == 1
    assert sum(flags[rows.index(c)] for c in fused(rows, flags, 0.25)[:20]) == 5


def test_banded_flags_flag_as_many_rows_at_the_same_depths():
    """`mine_eval.banded_flags` (twentieth round): the control of a quota flags as many rows,
    each within the band of a flagged row's rank, at random."""
    from tifa.glossary.mine_eval import banded_flags

    flags = [False] * 1000
    for i in (9, 299, 799):
        flags[i] = True
    for seed in (1, 2, 3):
        mixed = banded_flags(flags, seed)
        at = sorted(i + 1 for i, f in enumerate(mixed) if f)
        assert len(at) == 3
        for r, want in zip(at, (10, 300, 800), strict=True):
            assert want / 1.25 - 1 <= r <= want * 1.25 + 1
    assert banded_flags(flags, 1) == banded_flags(flags, 1) != banded_flags(flags, 2)


def test_chosen_by_folds_never_tunes_a_setting_on_the_terms_it_is_scored_on(ranked, terms):
    """`mine_eval.chosen_by_folds` (twentieth round): each fold of entries is read from the
    setting that is best on the other folds' terms, so a setting that lifts exactly one
    fold's terms (and sinks the rest) is never the one that fold is read from."""
    from tifa.glossary.mine_eval import chosen_by_folds, entry_folds, reordered, term_ranks

    labels = glossary_labels(terms)
    listed = [t for t in sorted(gold()) if _key(t) in labels]
    known = [labels.get(_key(c.zh)) for c in ranked]
    good = reordered(ranked, [20.0 if e else 1.0 for e in known])
    bad = reordered(ranked, [0.05 if e else 1.0 for e in known])
    recall, chosen = chosen_by_folds({"bad": bad, "good": good}, terms, listed)
    assert chosen == ["good"] * 5
    assert recall == term_ranks(good, listed).recall_at(200) > 0.8
    first = entry_folds(terms, 5)[0]
    tuned = reordered(ranked, [20.0 if e in first else 0.05 if e else 1.0 for e in known])
    recall, chosen = chosen_by_folds({"tuned": tuned, "shipped": ranked}, terms, listed)
    assert chosen[0] == "shipped"
    assert recall < term_ranks(ranked, listed).recall_at(200) + 0.1


def test_depth_rates_count_the_terms_of_each_kind_band_by_band(ranked):
    """`mine_eval.depth_rates` (twentieth round): every row counted once, in its band and kind."""
    from tifa.glossary.mine_eval import depth_rates

    kinds = {"once": lambda c: c.freq == 1, "more": lambda c: c.freq > 1}
    rates = depth_rates(ranked, gold(), kinds)
    assert [r[0] for r in rates[:2]] == ["1-100", "1-100"] and rates[-1][0].startswith("2001-")
    assert sum(r[2] for r in rates) == len(ranked)
    assert sum(r[3] for r in rates) == sum(not gold().isdisjoint(row_keys(c)) for c in ranked)
    top = {k: (n, t) for band, k, n, t in rates if band == "1-100"}
    assert top["once"][0] + top["more"][0] == 100 and top["more"][1] > 0
