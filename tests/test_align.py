"""The zh–en sentence aligner: accuracy on a gold slice of the Bible dev set, and hand-made news
pairs (the English written for these tests) with 1-2, 2-1, 1-0 and 0-1 beads."""

from __future__ import annotations

import importlib.util
import os

import pytest
from tifa.tm.align import Bead, align, check_pair, split_chinese
from tifa.tm.base.files import TifaError

from tests.conftest import REPO

BIBLE = REPO.parent / "shared" / "align-dev" / "bible"


def _bench():
    spec = importlib.util.spec_from_file_location("bench_align", REPO / "bench" / "bench_align.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bible_slice():
    if not (BIBLE / "gold.align").exists():
        if os.environ.get("CI"):
            pytest.fail(f"the alignment dev set is missing: {BIBLE}")
        pytest.skip("alignment dev set not present")
    bench = _bench()
    zh, en, gold, zv, ev = bench.load_set(BIBLE, limit=500)
    return bench, zh, en, gold, zv, ev, align(zh, en)


def _covers_in_order(beads: list[Bead], n: int, m: int) -> bool:
    zs = [i for b in beads for i in b.zh]
    es = [j for b in beads for j in b.en]
    return zs == list(range(n)) and es == list(range(m))


def test_bible_first_500_gold_beads_strict_f1(bible_slice):
    bench, zh, en, gold, zv, ev, beads = bible_slice
    test = bench.merge_verses([(tuple(b.en), tuple(b.zh)) for b in beads], ev, zv)
    s = bench.score(gold, test)
    # measured 0.90 strict / 0.99 lax; Hunalign's published strict F1 on the whole set is 0.895
    assert s["strict_f1"] >= 0.87, s
    assert s["lax_f1"] >= 0.97, s


def test_bible_beads_are_well_formed(bible_slice):
    _, zh, en, _, _, _, beads = bible_slice
    assert _covers_in_order(beads, len(zh), len(en))
    for b in beads:
        assert (len(b.zh), len(b.en)) in {(1, 1), (1, 2), (2, 1), (2, 2), (1, 0), (0, 1),
                                          (1, 3), (3, 1)}
        assert 0.0 <= b.confidence <= 1.0


# Chinese from the seed corpus (the Xi'an keynote and its report); English written for this test.
ZH = [
    "中国同中亚国家关系有着深厚的历史渊源、广泛的现实需求、坚实的民意基础，在新时代焕发出勃勃生机。",
    "2022年，中国同中亚五国贸易额达到702亿美元。",
    "世界需要一个稳定的中亚。",
    "世界需要一个繁荣的中亚。",
    "横跨天山的中吉乌公路，征服帕米尔高原的中塔公路，穿越茫茫大漠的中哈原油管道、"
    "中国—中亚天然气管道，就是当代的“丝路”。",
    "蔡奇、王毅、秦刚等出席。",
    "下次峰会将于2025年在哈萨克斯坦举行。",
]
EN = [
    "The ties between China and the Central Asian countries rest on deep historical roots, "
    "broad practical needs and solid public support.",
    "In the new era they are full of vitality.",
    "In 2022, trade between China and the five Central Asian countries reached 70.2 billion "
    "US dollars.",
    "The world needs a Central Asia that is both stable and prosperous.",
    "The highway from China through Kyrgyzstan to Uzbekistan across the Tianshan Mountains, the "
    "China-Tajikistan highway over the Pamir Plateau and the oil and gas pipelines through the "
    "vast desert are the Silk Road of today.",
    "The next summit will take place in Kazakhstan in 2025.",
]


def _pairs(beads: list[Bead]) -> list[tuple[list[int], list[int]]]:
    return [(b.zh, b.en) for b in beads]


def test_news_pair_split_merge_and_omission():
    beads = align(ZH, EN)
    assert _pairs(beads) == [([0], [0, 1]), ([1], [2]), ([2, 3], [3]), ([4], [4]), ([5], []),
                             ([6], [5])]
    by_type = {(len(b.zh), len(b.en)): b.confidence for b in beads}
    assert by_type[(1, 0)] < 0.5 < min(by_type[(1, 2)], by_type[(2, 1)], by_type[(1, 1)])


def test_news_pair_with_an_added_english_sentence():
    en = ["Editor's note: what follows is an abridged text.", *EN]
    beads = align(ZH, en)
    assert _pairs(beads)[:2] == [([], [0]), ([0], [1, 2])]
    assert _covers_in_order(beads, len(ZH), len(en))


def test_numbers_and_dates_link_sentences_without_shared_words():
    # 948亿 ↔ 94.8 billion, 5月19日 ↔ May 19, 12% ↔ 12 percent carry most of the evidence.
    zh = ["5月19日，双方贸易额为948亿元。", "6月1日，增长了12%。"]
    en = ["On May 19 the figure stood at 94.8 billion yuan.",
          "On 1 June the growth was 12 percent."]
    beads = align(zh, en)
    assert _pairs(beads) == [([0], [0]), ([1], [1])]
    assert min(b.confidence for b in beads) > 0.5


def test_deterministic_and_empty_sides():
    assert _pairs(align(ZH, EN)) == _pairs(align(ZH, EN))
    assert _pairs(align(["一句话。"], [])) == [([0], [])]
    assert _pairs(align([], ["One sentence."])) == [([], [0])]
    assert align([], []) == []


def test_split_chinese_rejoins_wraps_and_drops_page_markers():
    text = ("习近平主持峰会并发表主旨讲话。他强调，中方愿同中亚国\n"
            "家一道，共建“一带一路”。\n（上接A01版①）\n")
    assert split_chinese(text) == ["习近平主持峰会并发表主旨讲话。",
                                   "他强调，中方愿同中亚国家一道，共建“一带一路”。"]


def test_check_pair_refuses_swapped_and_mismatched_texts():
    with pytest.raises(TifaError, match="swap"):
        check_pair(EN, ZH, "a.en", "a.zh")
    with pytest.raises(TifaError, match="Chinese text, expected the English"):
        check_pair(ZH, ZH)
    with pytest.raises(TifaError, match="cannot be a translation"):
        check_pair(ZH * 20, ["Summit held."])
    assert check_pair(ZH, EN) == []
    warnings = check_pair(ZH, SUMMARY)
    assert warnings and "shorter" in warnings[0]


SUMMARY = ["China and Central Asia have old ties and trade is growing.",
           "A new summit follows in 2025."]


def test_summary_as_translation_gets_low_confidence():
    beads = align(ZH, SUMMARY)
    assert max(b.confidence for b in beads) < 0.5
