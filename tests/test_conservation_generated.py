"""Nothing lost, on generated pages with the damage real pages show (issue #9, hypothesis).

Pages are built from the seeds' own sentences and titles, then damaged the way the seeds are:
continuation markers (（上接A01版①）) that cut a sentence across two pages, hard wraps every few
characters (inside words, with or without blank lines), OCR substitutions and doubled
characters, a report on another page quoting a sentence with a small edit, repeated sentences,
datelines and layout debris. The corpus step runs on each generated corpus (several pages at
once, as `tifa build` sees them), and the conservation law (tests/conservation.py) must hold.

Size: every example is a corpus of PAGES_PER_EXAMPLE (4) pages; the law runs on 600 examples
(2,400 pages), the two costlier properties (each page alone; reversed page order) on 250 each
(1,000 pages each, and the law on each of their corpora, alone, page by page and reversed):
4,400 generated pages in all. It ran 2,000 law examples, then 1,500; the suite went over its
10-minute budget (twenty-second round), and the law's own examples draw from the same space
as the 500 of the other two properties, which check it too. TIFA_EXAMPLES=4 for a deep run.
`derandomize=True`: the same pages on every run, so CI never flakes. TIFA_EXAMPLES scales the
counts down (or up) for a quick local run.
"""

from __future__ import annotations

import os
from functools import lru_cache

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from tifa.tm.base.text import is_han
from tifa.tm.corpus.clean import read_corpus
from tifa.tm.corpus.merge import _contains, _letters, segment_pages
from tifa.tm.corpus.segment import split_sentences

from tests.conftest import SEED_FILES
from tests.conservation import check_law

PAGES_PER_EXAMPLE = 4
SCALE = float(os.environ.get("TIFA_EXAMPLES", 1.0))
LAW_EXAMPLES = round(600 * SCALE)  # TIFA_EXAMPLES=4 for a deeper run
OTHER_EXAMPLES = round(250 * SCALE)


def _settings(examples: int) -> settings:
    return settings(max_examples=examples, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

MARKERS = ["（上接A01版①）", "（上接A01版②）", "(上接第一版)", "（上接第1版）"]
LABELS = ["要闻", "综合新闻", "本报记者 王建栋 摄"]
# The shapes the twenty-second round's readers take (twenty-third round, docs/safety.md): a
# social-media topic tag opening a line (two back to back), a programme's rows, a bulleted
# list after a colon, spoken money and a conversion in brackets.
SHAPES = ["#国际博物馆日# 今天，南川博物馆免费开放，参观人数达1.2万人次。",
          "#两会##代表委员说# 要把发展的目光更多投向乡村。", "#我在博物馆修文物#",
          "论坛日程如下：\n9:00—9:30　开幕式\n9:30 主旨演讲：共建开放型世界经济\n14:30 分组讨论",
          "会议提出今年主要目标是：\n● 地区生产总值增长5.5%左右；\n● 城镇新增就业30万人。",
          "早餐一份4块5，公交票价两块钱，降水量120毫米（4.7英寸）。",
          # …and the twenty-third round's (twenty-fourth round): subtitle cues, a speaker's name
          # on a line of its own, a translator's note, a footnote under its paragraph, the new
          # figures (3个半月, 中午12时, 民四庭, 三比一, 十点结束, 两个多世纪)
          "1\n00:00:01,000 --> 00:00:03,500\n各位观众，晚上好！\n2\n00:00:03,600 --> 00:00:07,000"
          "\n欢迎收看今天的节目。",
          "记者\n今年客流为什么增长这么快？\n周敏\n新航线开通后，每年5000万人次已成常态。",
          "（译者注：南川是虚构的城市。）", "① 民四庭主要审理涉外商事案件。",
          "工期3个半月的码头改造工程中午12时完工，南川队以三比一获胜，十点结束。",
          "这座港口已有两个多世纪的历史。"]


@lru_cache(maxsize=1)
def _material() -> tuple[list[str], list[str], str]:
    """(sentences, titles, Han alphabet) of the seeds, as the cleaner reads them."""
    corpus = read_corpus(SEED_FILES)
    sentences = sorted({s for a in corpus.articles for p in a.paragraphs
                        for s in split_sentences(p.text)
                        if 10 <= len(s) <= 80 and s.rstrip("”’")[-1] in "。！？"})
    titles = sorted({a.title for a in corpus.articles if not a.title_derived})
    alphabet = "".join(sorted({ch for s in sentences for ch in s if is_han(ch)}))
    return sentences, titles, alphabet


def _ocr(draw, sentence: str, alphabet: str) -> str:
    """Substitute or double one Chinese character (or leave the sentence as it is)."""
    kind = draw(st.sampled_from(["none", "none", "substitute", "double"]))
    spots = [i for i, ch in enumerate(sentence) if is_han(ch)]
    if kind == "none" or not spots:
        return sentence
    at = draw(st.sampled_from(spots))
    if kind == "double":
        return sentence[:at + 1] + sentence[at] + sentence[at + 1:]
    return sentence[:at] + draw(st.sampled_from(alphabet)) + sentence[at + 1:]


def _wrap(paragraphs: list[str], width: int, blank: bool) -> str:
    """Hard-wrap the body every `width` characters (inside words too), like PDF extraction."""
    if width == 0:
        return "\n\n".join(paragraphs)
    lines: list[str] = []
    for para in paragraphs:
        if para.startswith("#"):
            lines.append(para)
        else:
            lines.extend(para[i:i + width] for i in range(0, len(para), width))
    return ("\n\n" if blank else "\n").join(lines)


@st.composite
def corpora(draw) -> dict[str, str]:
    """PAGES_PER_EXAMPLE damaged pages: (display name → text)."""
    sentences, titles, alphabet = _material()
    pick = st.sampled_from(sentences)
    article = [[draw(pick) for _ in range(draw(st.integers(1, 3)))]
               for _ in range(draw(st.integers(2, 4)))]
    if draw(st.booleans()):  # a sentence repeated in the article
        article[-1].append(article[0][0])
    pages: list[list[str]] = [[] for _ in range(PAGES_PER_EXAMPLE)]
    title = "# " + draw(st.sampled_from(titles))
    # page 0 prints the article, continued on page 1 after a marker that cuts a sentence
    flat = [s for para in article for s in para]
    cut = draw(st.integers(1, len(flat) - 1))  # the page prints at least one sentence first
    cut_at = draw(st.integers(4, len(flat[cut]) - 4))
    head: list[str] = []
    tail: list[str] = []
    n = 0
    for para in article:
        if n + len(para) <= cut:
            head.append("".join(para))
        elif n > cut:
            tail.append("".join(para))
        else:
            k = cut - n
            head.append("".join(para[:k]) + para[k][:cut_at])
            tail.append(draw(st.sampled_from(MARKERS)) + para[k][cut_at:]
                        + "".join(para[k + 1:]))
        n += len(para)
    dateline = draw(st.sampled_from(["", "本报讯（记者韦冰）", "新华社西安5月19日电 "]))
    pages[0] += [title, dateline + head[0], *head[1:]]
    pages[1] += tail
    # page 2 prints an OCR copy of the whole article; page 3 a report quoting one sentence
    pages[2] += [title, *("".join(_ocr(draw, s, alphabet) for s in para) for para in article)]
    quoted = draw(pick)
    edit = draw(st.sampled_from(["他说，", "", "要"]))
    quote = edit + (quoted[2:] if edit and len(quoted) > 8 else quoted)
    pages[3] += ["# " + draw(st.sampled_from(titles)),
                 "".join(draw(pick) for _ in range(draw(st.integers(1, 3)))) + quote]
    for page in pages:  # layout debris between paragraphs, and another article
        if draw(st.booleans()):
            page.insert(draw(st.integers(0, len(page))), draw(st.sampled_from(LABELS + SHAPES)))
        if draw(st.booleans()):
            page += ["# " + draw(st.sampled_from(titles)), draw(pick) + draw(pick)]
    order = draw(st.permutations(range(PAGES_PER_EXAMPLE)))
    return {f"p{n}.txt": _wrap(pages[i], draw(st.sampled_from([0, 0, 9, 17, 23])),
                               draw(st.booleans())) + "\n"
            for n, i in enumerate(order)}


def _run(pages: dict[str, str]):
    result = segment_pages(list(pages.items()))
    check_law(result, pages)
    return result


@_settings(LAW_EXAMPLES)
@given(corpora())
def test_law_holds_on_generated_corpora(pages):
    _run(pages)


# A page printing a sentence twice and an OCR misreading of it once (同利亚 for 同中亚): alone,
# the misreading won, its 同利 being inside a dictionary word (共同利益) and the correct form's
# 同中 across two words, used by "no other file" of a one-file corpus (sixteenth round; found
# only after test_align*/test_tmx, whose imports changed hypothesis's examples).
_TWICE = "10 多年来，共建“一带一路”把中国同中亚国家的发展更紧密地联系在一起。"
_TITLE = "# 2023年土壤、地下水和农业农村环境保护工作现场推进会召开\n\n"


@_settings(OTHER_EXAMPLES)
@example({"p0.txt": _TITLE + _TWICE + "\n\n10 多\n",
          "p1.txt": "（上接A01版①）" + _TWICE[4:] + "\n\n" + _TWICE + "\n",
          "p2.txt": _TITLE + _TWICE + "\n\n" + _TWICE + "\n\n" + _TWICE.replace("中亚", "利亚")
          + "\n",
          "p3.txt": _TITLE + _TWICE + "他说， " + _TWICE[4:] + "\n"})
@given(corpora())
def test_each_page_alone_keeps_its_full_sentences(pages):
    """A page alone gives the canonical text the corpus gives, for what the page prints."""
    together = _run(pages)
    canonical = {s.text for s in together.segments}
    for name, text in pages.items():
        alone = _run({name: text})
        mine = {s.text for s in alone.segments}
        printed = {t for c in alone.copies for para in c.paragraphs for _, t in para}
        assert printed & canonical <= mine, name


@_settings(OTHER_EXAMPLES)
@given(corpora())
def test_canonical_form_is_never_a_piece_of_another_form(pages):
    """Cut pieces and shorter forms lose, whatever the order of the pages.

    (Which articles count as copies of one another may depend on the order they are read in, so
    a cut piece may join its whole sentence in one order and stay apart in the other; nothing
    is lost either way.)
    """
    for order in (pages, dict(reversed(pages.items()))):
        result = _run(order)  # the law, and no canonical form is a piece of its variants
        for seg in result.segments:
            text = _letters(seg.text)
            for variant in seg.variants:  # nor of a variant longer by an OCR double
                assert not _contains(_letters(variant), text) or len(variant) == len(seg.text)
        forms = {t for s in result.segments for t in (s.text, *s.variants)}
        if order is pages:
            first = forms
        else:
            assert forms == first  # every form read is kept, in either order
