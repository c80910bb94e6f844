"""An author's text is not a printed page: its headings, bylines, address lines, signatures and
table cells are text (docs/corpus.md, "Twelfth round").

The law, on generated texts (hypothesis) and on the real ones of tests/data: every Chinese
character of an author's text reaches a sentence of its one article, in order — nothing is
debris, nothing is moved to another place or article. Through `tifa tm build` every character
reaches a TM unit or the review file. A printed page (continuation markers, section labels,
datelines, a hard-wrapped column) is still cleaned of its debris, each piece named and counted.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tifa.tm.align import text_sentences
from tifa.tm.base.files import read_text
from tifa.tm.base.text import is_han
from tifa.tm.corpus.clean import split_articles

from tests.conftest import REPO, SEED_FILES, run_tifa

GENRES = REPO / "tests" / "data" / "lint" / "genres2"
OFFICE = REPO / "tests" / "data" / "office"

# Prose of our own, a sentence each: the body between the short lines.
PROSE = [
    "今年以来，两国在能源、交通和农业领域的合作取得了新进展。",
    "双方同意继续加强人员往来，扩大留学生交流规模。",
    "我们愿同各方一道，推动区域经济一体化进程，共同应对气候变化带来的挑战！",
    "边境口岸的货运量比去年同期增长了百分之十五。",
    "这座城市自古就是商旅往来的要道，见证了东西方文明的交流互鉴。",
    "会议期间，代表们围绕数字经济、绿色发展等议题深入交换了意见。",
    "我们为什么要坚持开放合作？因为只有开放，才能带来共同繁荣。",
    "合作中心已培训当地技术人员三千余人次；",
]
HAN = "中国亚洲合作发展友谊人民和平共同未来建设经济文化交流农业水利能源科技城市大使馆论坛会议"


def _han(min_size: int, max_size: int) -> st.SearchStrategy[str]:
    return st.text(alphabet=HAN, min_size=min_size, max_size=max_size)


@st.composite
def _short_line(draw) -> str:
    """A line an author writes that ends no sentence."""
    kind = draw(st.sampled_from(["title", "byline", "date", "salutation", "address",
                                 "heading", "cell", "signature"]))
    word = draw(_han(2, 14))
    if kind == "byline":
        return f"中华人民共和国驻{draw(_han(2, 6))}大使 {draw(_han(2, 3))}"
    if kind == "date":
        place = draw(st.sampled_from(["", "，北京", "，塔什干"]))
        return f"{draw(st.integers(2020, 2030))}年{draw(st.integers(1, 12))}月" \
               f"{draw(st.integers(1, 28))}日{place}"
    if kind == "salutation":
        return f"尊敬的{word}，"
    if kind == "address":
        return f"{word}们：" if draw(st.booleans()) else "女士们，先生们，朋友们："
    if kind == "heading":
        number = draw(st.sampled_from(["一、", "（二）", "3．", "四、", "（5）"]))
        return number + word
    if kind == "cell":
        return draw(st.sampled_from(["", "已在", "覆盖"])) + word + \
            draw(st.sampled_from(["", "3国", "2万公顷", "12%"]))
    if kind == "signature":
        return f"中华人民共和国主席 {draw(_han(2, 3))}"
    return word  # a title


@st.composite
def _author_text(draw) -> tuple[list[str], str]:
    """(lines as the author wrote them, the file): short lines mixed with prose paragraphs,
    a blank line between paragraphs or none (as a word processor saves plain text)."""
    lines = draw(st.lists(st.one_of(
        _short_line(),
        st.lists(st.sampled_from(PROSE), min_size=1, max_size=6).map("".join)),
        min_size=1, max_size=14))
    if not any(line in "".join(PROSE) or line[-1] in "。！？" for line in lines):
        lines.append(PROSE[0])  # a text has a sentence somewhere
    if not any(len(line) >= len("".join(PROSE[:3])) for line in lines):
        # an author's paragraphs run longer than any printed column (`_column`): with only
        # short ones, salutations ending in ， over one-sentence paragraphs, all about one
        # width and a blank line after each, are a printed page's wrapped column, and read so
        lines.append("".join(PROSE[:3]))
    separator = draw(st.sampled_from(["\n\n", "\n", "\r\n\r\n"]))
    return lines, separator.join(lines) + "\n"


def _visible(text: str) -> str:
    return re.sub(r"\s", "", text)


SETTINGS = settings(max_examples=400, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(_author_text())
def test_nothing_of_an_authors_text_is_dropped_or_moved(case) -> None:
    lines, text = case
    articles, debris = split_articles("text.txt", text.replace("\r\n", "\n"))
    assert debris == []
    assert len(articles) == 1
    paragraphs = [p.text for p in articles[0].paragraphs]
    # in order, every character; a paragraph joins lines only where a line runs on (a hard
    # wrap: no sentence end, running-text punctuation) and no blank line follows it
    assert _visible("".join(paragraphs)) == _visible("".join(lines))
    at = 0
    for paragraph in paragraphs:
        joined = lines[at]
        at += 1
        while _visible(joined) != _visible(paragraph):
            assert "\n\n" not in text and joined[-1] not in "。！？：；" \
                and re.search("[，、；：。！？]", joined), (joined, paragraph)
            joined += lines[at]
            at += 1
    assert at == len(lines)
    # and the aligner's Chinese side is the same text, in order
    zh, _, _, _ = text_sentences(text, "An English text.")
    assert _visible("".join(zh)) == _visible("".join(lines))


@SETTINGS
@given(_author_text())
def test_a_blank_line_always_ends_an_authors_paragraph(case) -> None:
    lines, _ = case
    articles, debris = split_articles("text.txt", "\n\n".join(lines) + "\n")
    assert debris == [] and [p.text for p in articles[0].paragraphs] == lines


def test_the_same_short_lines_in_a_printed_page_are_still_its_debris() -> None:
    """A page's marks (a section label, an agency's dateline) keep the page rules: the two
    lines of a repeated headline deck over a report are debris, named and counted."""
    page = ("要闻\n\n中亚合作论坛开幕\n\n各方共商发展大计\n\n"
            "新华社北京5月19日电 今年以来，两国在能源、交通和农业领域的合作取得了新进展。\n")
    articles, debris = split_articles("page.txt", page)
    assert [(d.kind, d.text) for d in debris] == [
        ("section label", "要闻"), ("headline fragment", "中亚合作论坛开幕"),
        ("headline fragment", "各方共商发展大计"), ("dateline", "新华社北京5月19日电")]
    author = page.replace("要闻\n\n", "").replace("新华社北京5月19日电 ", "")
    articles, debris = split_articles("text.txt", author)
    assert debris == [] and [p.text for p in articles[0].paragraphs] == [
        "中亚合作论坛开幕", "各方共商发展大计", PROSE[0]]


def test_the_seed_pages_are_pages() -> None:
    """Every seed shows a page's marks: its debris is found as before (40 pieces)."""
    kinds = Counter(d.kind for path in SEED_FILES
                    for d in split_articles(path.name, path.read_text(encoding="utf-8"))[1])
    assert kinds == Counter({"dateline": 20, "continuation marker": 8, "headline fragment": 5,
                             "section label": 4, "byline": 2, "photo credit": 1})


def _layouts(text: str) -> list[str]:
    """The text with blank lines between paragraphs, and a paragraph a line."""
    return [text, "\n".join(p for p in text.split("\n\n") if p.strip()) + "\n"]


def _han_count(text: str) -> Counter:
    return Counter(ch for ch in text if is_han(ch))


REAL = [(GENRES / f"{name}.zh.txt", GENRES / f"{name}.en.txt")
        for name in ("oped", "interview", "whitepaper", "messages", "toast")]


@pytest.mark.parametrize(("zh", "en"), REAL, ids=lambda p: p.name)
def test_every_chinese_character_reaches_the_tm_or_its_review(zh, en, tmp_path) -> None:
    """`tifa tm build` on the real texts of four genres, in both layouts: every Chinese
    character of the input is in a unit of the TMX or a row of the review file. (The toast
    lost its title and byline, the messages a signature and a date.)"""
    for k, (zh_text, en_text) in enumerate(zip(_layouts(zh.read_text(encoding="utf-8")),
                                               _layouts(en.read_text(encoding="utf-8")),
                                               strict=True)):
        (tmp_path / f"{k}.zh.txt").write_text(zh_text, encoding="utf-8")
        (tmp_path / f"{k}.en.txt").write_text(en_text, encoding="utf-8")
        tmx = tmp_path / f"{k}.tmx"
        run = run_tifa("tm", "build", "--zh", str(tmp_path / f"{k}.zh.txt"),
                       "--en", str(tmp_path / f"{k}.en.txt"), "-o", str(tmx))
        assert run.returncode == 0, run.stderr
        units = re.findall(r'<tuv xml:lang="zh-CN"><seg>([^<]*)</seg>',
                           tmx.read_text(encoding="utf-8"))
        review = [row.split("\t")[2] for row in tmx.with_suffix(".review.tsv").read_text(
            encoding="utf-8").splitlines()[1:]]
        assert _han_count("".join(units + review)) == _han_count(zh_text), k


def test_a_word_speech_saved_as_plain_text_keeps_its_table_cells(tmp_path) -> None:
    """The office speech a paragraph a line (Word's "save as plain text"): its four table
    cells were dropped as a headline deck and its title glued to the salutation."""
    text = read_text(OFFICE / "speech.zh.docx").replace("\n\n", "\n")
    articles, debris = split_articles("speech.zh.txt", text)
    assert debris == []
    assert [p.text for a in articles for p in a.paragraphs] == [
        line for line in text.split("\n") if line.strip()]


def test_a_pages_numbered_headings_and_date_lines_are_not_a_headline_deck() -> None:
    """On a printed page too, a section heading with its number and a date line are the
    author's: two numbered headings in a row, or a signature over its date, were taken for a
    repeated deck and dropped; a signature after the body was moved to the top as a title
    printed after its article."""
    page = ("要闻\n\n新华社北京11月20日电 "
            "今年以来，两国在能源、交通和农业领域的合作取得了新进展。\n\n"
            "一、政治互信不断深化\n\n（一）元首外交发挥引领作用\n\n"
            "双方同意继续加强人员往来，扩大留学生交流规模。\n\n"
            "中华人民共和国主席 习近平\n\n2026年11月20日\n")
    articles, debris = split_articles("page.txt", page)
    assert [(d.kind, d.text) for d in debris] == [
        ("section label", "要闻"), ("dateline", "新华社北京11月20日电")]
    texts = [p.text for a in articles for p in a.paragraphs]
    assert texts[1:4] == ["一、政治互信不断深化", "（一）元首外交发挥引领作用", PROSE[1]]
    assert texts[-2:] == ["中华人民共和国主席 习近平", "2026年11月20日"]
    assert _visible("".join(texts)) == _visible(page.replace("要闻", "")
                                               .replace("新华社北京11月20日电", ""))


def test_a_heading_over_a_long_paragraph_is_no_wrap_even_on_a_page() -> None:
    """The white paper printed under a section label is a page, and its many short headings
    make the median line short enough for a wrapped column: a heading was glued to the
    paragraph under it as a wrap. A wrap needs the next line in the column too."""
    text = "要闻\n\n" + (GENRES / "whitepaper.zh.txt").read_text(encoding="utf-8")
    articles, debris = split_articles("page.txt", text)
    assert [(d.kind, d.text) for d in debris] == [("section label", "要闻")]
    paragraphs = {p.text for a in articles for p in a.paragraphs}
    headings = [line for line in text.split("\n") if re.match(r"[一二三四五]、|（[一二三]）", line)]
    assert len(headings) == 10 and all(h in paragraphs for h in headings)


def test_a_salutation_and_a_date_line_end_at_a_blank_line_on_a_page() -> None:
    """The toast printed under a section label is a page: its date line (2027年1月2日，塔什干)
    and salutation (尊敬的…副总理，) end in ， and ran on across the blank line into the next
    paragraph. On a page without a printed column a blank line ends them."""
    text = "要闻\n\n" + (GENRES / "toast.zh.txt").read_text(encoding="utf-8")
    articles, _ = split_articles("page.txt", text)
    paragraphs = [p.text for a in articles for p in a.paragraphs]
    assert {"尊敬的阿利耶夫副总理，", "各位使节，女士们，先生们，朋友们："} <= set(paragraphs)
    assert paragraphs[0].endswith("2027年1月2日，塔什干")  # a page's header block, as before
    # a page's own break after a comma, inside running text, still joins across a blank line
    page = "要闻\n\n他说，中方愿同各方一道，\n\n推动合作不断取得新成果。\n"
    assert [p.text for a in split_articles("page.txt", page)[0] for p in a.paragraphs] == [
        "他说，中方愿同各方一道，推动合作不断取得新成果。"]
