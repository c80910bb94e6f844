"""Nothing lost, on the real seeds: each page alone and all five together (issue #9).

Each seed is segmented alone (the most common real input) and with the others; the
conservation law (tests/conservation.py) holds on every run, and a page alone gives the same
canonical text as the corpus for every sentence whose corpus canonical form the page prints.
"""

from __future__ import annotations

import pytest
from tifa.tm.corpus.merge import build_segments

from tests.conftest import SEED_FILES
from tests.conservation import check_law

KEYNOTE = ("我们要深化战略互信，在涉及主权、独立、民族尊严、长远发展等核心利益问题上，始终给予彼此"
           "明确、有力支持，携手建设一个守望相助、团结互信的共同体。")
TRADE = ("中方将出台更多贸易便利化举措，升级双边投资协定，实现双方边境口岸农副产品快速通关"
         "“绿色通道”全覆盖，举办“聚合中亚云品”主题活动，打造大宗商品交易中心，推动贸易规模迈上新台阶。")


@pytest.fixture(scope="module")
def together():
    return build_segments([str(p) for p in SEED_FILES])


@pytest.fixture(scope="module")
def alone():
    return {p.name: build_segments([str(p)]) for p in SEED_FILES}


def _pages(paths) -> dict[str, str]:
    from tifa.tm.base.files import read_text
    from tifa.tm.corpus.clean import display_path

    return {display_path(p): read_text(p) for p in paths}


def test_law_holds_on_all_seeds_together(together):
    check_law(together, _pages(SEED_FILES))


def test_law_holds_on_each_seed_alone(alone):
    for path in SEED_FILES:
        check_law(alone[path.name], _pages([path]))


def test_a_single_page_keeps_its_full_sentences(alone):
    texts = {s.text for s in alone["000_ff653c6785898c9e.txt"].segments}
    assert KEYNOTE in texts and TRADE in texts
    # the report's shortened wording and the piece after （上接A01版①） stay the report's own
    assert TRADE.split("，推动")[0] + "。" in texts
    assert KEYNOTE.split("，", 1)[1] in texts


def test_same_canonical_text_alone_and_together(alone, together):
    """A canonical form of the corpus that a page prints is that page's canonical form alone."""
    canonical = {s.text: s for s in together.segments}
    for path in SEED_FILES:
        single = alone[path.name]
        mine = {s.text for s in single.segments}
        printed = {text for c in single.copies for para in c.paragraphs for _, text in para}
        for text in printed & canonical.keys():
            assert text in mine, (path.name, text)
        # and a canonical form of the page alone that the corpus demotes to a variant is only
        # demoted by evidence the page does not have (a better copy printed elsewhere)
        pieces = {piece for _, left, right in together.report.rejoins for piece in (left, right)}
        for seg in single.segments:
            if seg.text not in canonical and seg.text not in pieces:
                [home] = [s for s in together.segments if seg.text in s.variants]
                assert home.text not in printed, (path.name, seg.text, home.text)


def test_quotation_keeps_its_own_sentence(together):
    [speech] = [s for s in together.segments if s.text == KEYNOTE]
    [report] = [s for s in together.segments if s.text == "要" + KEYNOTE.split("我们要", 1)[1]]
    assert speech.doc != report.doc
    assert KEYNOTE.split("，", 1)[1] in report.variants  # 000's piece after the page jump
    assert {src.file.split("/")[-1][:3] for src in speech.sources} == {"000", "001"}
