"""Corpus cleaning on the real seeds: wraps rejoined, debris removed, pages split into articles."""

from __future__ import annotations

import pytest
from tifa.tm.base.files import TifaError
from tifa.tm.base.text import match_key
from tifa.tm.corpus.clean import collect_files, read_corpus, split_articles

from tests.conftest import SEED_FILES, SEEDS


@pytest.fixture(scope="module")
def corpus():
    return read_corpus(SEED_FILES)


def _seed(corpus, prefix: str):
    return [a for a in corpus.articles if a.file.split("/")[-1].startswith(prefix)]


def _paragraphs(articles):
    return [p for a in articles for p in a.paragraphs]


# --- match keys -------------------------------------------------------------------------------

def test_match_key_folds_dashes_width_quotes_and_spaces():
    assert match_key("中国—中亚") == match_key("中国－中亚") == match_key("中国-中亚") \
        == match_key("中国–中亚") == match_key("中国―中亚") == match_key("中国‑中亚")
    assert match_key("２０２３年５月") == "2023年5月"
    assert match_key("ＡＰＥＣ（亚太经合组织）") == "APEC(亚太经合组织)"
    assert match_key("将于 6 月 16 日至18日") == "将于6月16日至18日"
    assert match_key("新华社记者 董 越") == match_key("新华社记者董越")
    assert match_key("“一带一路”") == match_key('"一带一路"')
    assert match_key("  Belt  and\tRoad ") == "Belt and Road"


def test_match_key_keeps_what_differs():
    assert match_key("2023年") != match_key("2025年")
    assert match_key("中亚五国") != match_key("中亚国家")
    assert match_key("土哈原油管道") != match_key("中哈原油管道")


# --- wraps --------------------------------------------------------------------------------------

def test_no_line_break_or_continuation_marker_survives(corpus):
    for para in _paragraphs(corpus.articles):
        assert "\n" not in para.text
        assert "上接" not in para.text


def test_seed_002_pdf_wraps_with_blank_lines_are_joined(corpus):
    texts = [p.text for p in _paragraphs(_seed(corpus, "002"))]
    whole = ("哈萨克斯坦总统托卡耶夫、吉尔吉斯斯坦总统扎帕罗夫、塔吉克斯坦总统拉赫蒙、"
             "土库曼斯坦总统别尔德穆哈梅多夫、乌兹别克斯坦总统米尔济约耶夫出席。")
    para = next(p for p in _paragraphs(_seed(corpus, "002")) if p.text.startswith(whole))
    assert para.line == 14 and para.line_at(len(whole) - 3) == 20
    assert any(t.startswith("习近平发表题为《携手建设守望相助、共同发展、普遍安全、世代友好的"
                            "中国—中亚命运共同体》的主旨讲话。") for t in texts)


def test_seed_003_wraps_without_blank_lines_and_blank_inside_sentence(corpus):
    texts = [p.text for p in _paragraphs(_seed(corpus, "003"))]
    assert texts[1] == ("应哈萨克斯坦共和国总统托卡耶夫邀请，国家主席习近平将于 6 月 16日至18日赴"
                        "哈萨克斯坦阿斯塔纳出席第二届中国—中亚峰会。")
    assert any("展现新发展、新突破、新气象。" in t for t in texts)
    assert any(t.startswith("一要以高水平战略互信引领双边关系发展") for t in texts)


def test_seed_000_break_inside_a_word_is_joined_but_paragraphs_stay_apart(corpus):
    texts = [p.text for p in _paragraphs(_seed(corpus, "000"))]
    assert any("寻觅商机的企业家，抗击新冠疫情的医护人员" in t for t in texts)
    assert any(t.startswith("中国同中亚国家关系有着深厚的历史渊源") for t in texts)
    assert any(t.endswith("就是当代的友好使者。") and t.startswith("横跨天山") for t in texts)


# --- debris ----------------------------------------------------------------------------------

def test_debris_is_removed_and_reported(corpus):
    found = {(d.kind, d.text) for d in corpus.debris}
    assert sum(1 for d in corpus.debris if d.kind == "continuation marker") == 8
    assert ("continuation marker", "（上接A01版①）") in found
    assert ("continuation marker", "(上接第一版)") in found
    assert ("section label", "要闻") in found and ("section label", "要闻快览") in found
    assert ("section label", "政务要闻") in found
    assert ("photo credit", "本报记者 王建栋 摄") in found
    assert ("headline fragment", "建设中国—中亚命") in found
    fragments = [d for d in corpus.debris if d.kind == "headline fragment"]
    assert any(d.line == 512 and d.text.startswith("习近平主持首届中国—中亚峰会")
               for d in fragments)
    texts = {p.text for p in _paragraphs(corpus.articles)}
    assert "要闻" not in texts and "本报记者 王建栋 摄" not in texts


def test_datelines_and_bylines_become_metadata(corpus):
    for para in _paragraphs(corpus.articles):
        assert not para.text.startswith(("本报讯", "新华社", "据新华社", "(新华社", "（新华社"))
        assert match_key(para.text) != match_key("新华社记者 董越")
    by_title = {a.title: a for a in corpus.articles}
    report = by_title["工信部调查监测显示 中小企业生产经营保持恢复态势"]
    assert report.meta["dateline"] == "新华社北京5月19日电（记者张辛欣）"
    assert report.paragraphs[1].text.startswith("工信部副部长徐晓兰19日在")
    commentary = [a for a in corpus.articles if a.title == "携手构建更加紧密的中国—中亚命运共同体"]
    assert {a.meta.get("byline") for a in commentary} == {"新华社记者 董越", "新华社记者 董 越"}


# --- articles ----------------------------------------------------------------------------------

def test_pages_split_into_titled_articles(corpus):
    titles = [a.title for a in corpus.articles]
    for title in (
        "携手建设守望相助、共同发展、普遍安全、世代友好的中国—中亚命运共同体",  # the speech
        "习近平向第32届阿拉伯国家联盟首脑理事会会议致贺信 续写中阿友谊新篇章",   # Xinhua
        "俄罗斯总理米舒斯京将访华",                                            # Xinhua
        "携手构建更加紧密的中国—中亚命运共同体",                               # Xinhua commentary
        "市领导检查防汛备汛并开展巡河工作",                                     # 焦作
        "第十一期“焦作人大学堂”开讲",                                          # 焦作
        "我市加快推进秦岭东段洛河流域生态保护修复",                              # 三门峡
        "数字引擎激活产业新动能 电商特派员赋能乡村振兴",                          # 三门峡
    ):
        assert title in titles
    assert all(a.title for a in corpus.articles)
    # 002 has no headline line left: its two Xinhua reports get titles from their first sentence
    assert [a.title for a in _seed(corpus, "002")] == [
        "5月19日上午，国家主席习近平在陕西省西安市主持…",
        "5月19日，中国—中亚峰会在西安国际会议中心成功…",
    ]


def test_title_printed_after_the_body_belongs_to_that_article(corpus):
    first = _seed(corpus, "003")[0]
    assert first.title == "携手构建更加紧密的中国—中亚命运共同体"
    assert first.paragraphs[1].text.startswith("应哈萨克斯坦共和国总统托卡耶夫邀请")
    assert [a.title for a in _seed(corpus, "003")][1:] == [
        "习近平同哈萨克斯坦总统托卡耶夫会谈", "省十四届人大四次会议在太原召开"]


def test_continuation_fragment_is_not_glued_onto_the_local_news_before_it(corpus):
    local = next(a for a in corpus.articles if a.title == "第十一期“焦作人大学堂”开讲")
    assert not any("核心利益问题" in p.text for p in local.paragraphs)
    fragment = next(a for a in _seed(corpus, "000") if a.meta.get("continued") == "（上接A01版①）")
    assert fragment.paragraphs[0].text.startswith("在涉及主权、独立、民族尊严")
    assert fragment.title.startswith("（上接A01版①）")
    # the page-jump fragment ④ is not glued to the paragraph that continues fragment ① (…会晤和)
    assert not any("以学对话机制" in p.text for p in _paragraphs(corpus.articles))


# --- synthetic edge cases ---------------------------------------------------------------------

def test_headings_section_labels_and_subtitles():
    text = ("## 国际新闻\n\n### 第一条消息\n\n本报讯（记者 张三）今天天气很好。大家出门了。\n\n"
            "# 第二条消息\n\n## ——副标题在这里\n\n正文第一句，\n\n接着写完。\n")
    articles, debris = split_articles("x.txt", text)
    assert [a.title for a in articles] == ["第一条消息", "第二条消息"]
    # the dateline is article metadata, and listed as removed from the sentence
    assert [(d.kind, d.text) for d in debris] == [
        ("section label", "国际新闻"), ("dateline", "本报讯（记者 张三）")]
    assert articles[0].meta["dateline"] == "本报讯（记者 张三）"
    assert [p.text for p in articles[1].paragraphs] == [
        "第二条消息", "——副标题在这里", "正文第一句，接着写完。"]
    assert articles[1].paragraphs[2].line_at(6) == 13


def test_the_signing_line_of_a_statement_stays_at_its_end():
    """二〇二六年十一月十八日于北京 closes a joint statement whose title is too long to look like
    one: it is the last paragraph, not a title printed after the body — as an author's text,
    and printed on a page (under a section label)."""
    title = "中华人民共和国和吉尔吉斯共和国关于进一步深化新时代全面战略伙伴关系的联合声明"
    for signed in ("二〇二六年十一月十八日于北京", "2026年12月5日于北京",
                   "2026年12月5日于哈萨克斯坦阿斯塔纳"):
        body = "一、双方高度评价两国关系。"
        for label in ("", "要闻\n\n"):
            articles, _ = split_articles("x.txt", f"{label}{title}\n\n{body}\n\n{signed}\n")
            assert [[p.text for p in a.paragraphs] for a in articles] == [[title, body, signed]]


def test_english_words_split_by_a_wrap_keep_a_space():
    articles, _ = split_articles("x.txt", "# 标题\n\n他说，Belt and\nRoad 很好，\n大家同意。\n")
    assert articles[0].paragraphs[1].text == "他说，Belt and Road 很好，大家同意。"


def test_walked_english_files_are_skipped_named_ones_refused(tmp_path):
    (tmp_path / "zh.txt").write_text((SEEDS / SEED_FILES[0].name).read_text(encoding="utf-8"),
                                     encoding="utf-8")
    (tmp_path / "en.txt").write_text("An English reference translation. " * 20, encoding="utf-8")
    files, notes = collect_files([tmp_path])
    assert [name.split("/")[-1] for name, _ in files] == ["zh.txt"]
    assert len(notes) == 1 and "en.txt" in notes[0] and "not Chinese" in notes[0]
    with pytest.raises(TifaError, match="not Chinese"):
        collect_files([tmp_path / "en.txt"])


# --- small inputs, other encodings, long lines (issues #9 and #12) -----------------------------

SHORT = "中国—中亚命运共同体。\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be",
                                      "gb18030"])
def test_a_one_line_chinese_file_in_any_usual_encoding_is_read(tmp_path, encoding):
    page = tmp_path / "short.txt"
    page.write_bytes(SHORT.encode(encoding))
    [(name, text)], _ = collect_files([page])
    assert text == SHORT  # 9 Han characters: Chinese by proportion, not by a count
    [article] = read_corpus([page]).articles
    assert [p.text for p in article.paragraphs] == ["中国—中亚命运共同体。"]


def test_an_english_file_is_still_not_chinese(tmp_path):
    page = tmp_path / "en.txt"
    page.write_text("The China-Central Asia Summit (中国—中亚峰会) was held in Xi'an.\n",
                    encoding="utf-16")
    with pytest.raises(TifaError, match="not Chinese text"):
        collect_files([page])


def test_binary_with_nul_bytes_is_still_refused(tmp_path):
    page = tmp_path / "x.txt"
    page.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(TifaError, match="binary file"):
        collect_files([page])


def test_a_paragraph_over_the_limit_is_refused_with_its_line(tmp_path):
    from tifa.tm.corpus.clean import MAX_PARAGRAPH

    line = "中国同中亚国家携手推动丝绸之路全面复兴。" * (MAX_PARAGRAPH // 20 + 1)
    with pytest.raises(TifaError, match=r"a paragraph of 100,\d{3} characters \(limit 100,000\)")\
            as err:
        split_articles("x.txt", f"# 标题\n\n{line}\n")
    assert err.value.line == 3
    # wrapped lines joined into one paragraph count too; the paragraph's first line is named
    running = line.replace("。", "，")
    wrapped = "\n".join(running[i:i + 20] for i in range(0, len(running), 20))
    with pytest.raises(TifaError, match="limit 100,000") as err:
        split_articles("x.txt", f"# 标题\n\n{wrapped}\n")
    assert err.value.line == 3


def test_a_long_line_without_punctuation_is_text_not_debris():
    # a long unpunctuated paragraph is not a headline deck (those are 65-400 characters)
    body = "中国同中亚国家携手推动丝绸之路全面复兴" * 30
    articles, debris = split_articles("x.txt", f"# 标题\n\n第一句。\n\n{body}\n")
    assert body in [p.text for a in articles for p in a.paragraphs]
    assert not [d for d in debris if d.kind == "headline fragment"]


def test_cli_refuses_a_huge_single_line_page_in_one_line(tmp_path, tifa):
    page = tmp_path / "issue.txt"
    page.write_text("中国同中亚国家携手推动丝绸之路全面复兴，" * 250_000 + "\n", encoding="utf-8")
    run = tifa("segment", str(page), "-o", str(tmp_path / "out.jsonl"))
    assert run.returncode == 2 and run.stdout == ""
    assert run.stderr.startswith(f"tifa: error: {page}:1: a paragraph of 5,000,000 characters")
    assert len(run.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "out.jsonl").exists()
