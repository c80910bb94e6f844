"""Never lose a character, never touch an input: the twenty-fifth round (docs/safety.md).

Each test here failed at the round's start (main at adb989c) unless it is marked a slipped
twin: the aligner's page furniture (an editor line, an end mark) and score's suspended prefix
cost time quadratic in a long run of spaces, tabs, dashes or letters; `tifa align`'s note of
what the cleaning left out matched a dateline against the sentence after it (its date given
as the sentence's, the sentence's date as left out), named a heading the cleaner puts back in
front as left out, and matched a long line in time quadratic in its length.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from tifa.tm.align import left_out, text_sentences
from tifa.tm.align_core import furniture_marks, page_furniture

from tests import scoresets
from tests.conftest import cpu_of
from tests.test_bad_input import tifa


def test_page_furniture_is_linear_on_long_runs() -> None:
    spent = 0.0
    for run in ("-", "\t", " "):   # a ruled line, an empty table row, a padded line
        (marks, alone), cpu = cpu_of(lambda s: (furniture_marks(s), page_furniture(s)),
                                   "x" + run * 20_000 + "y")
        spent += cpu
        assert (marks, alone) == (0, False)
    assert spent < 0.6   # adb989c: 5.0 s (dashes 2.0, tabs 1.5, spaces 1.5)
    # the marks are read as before, with and without their brackets and spaces
    marks = ("【责任编辑：刘佳】", "  责任编辑：刘佳）", "--- ends ---", "-ends-", "###",
             "文字 【 责任编辑：刘佳】")
    assert [furniture_marks(s) for s in marks] == [1, 2, 1, 1, 1, 1]
    alone = ("--- ends ---", "x --- end ---", "文字 【 责任编辑：刘佳】", " 编辑：王五】")
    assert [page_furniture(s) for s in alone] == [True, False, False, True]


def test_a_suspended_prefix_after_a_long_word_is_found_in_linear_time() -> None:
    hyp = "x" * 16_000 + " Bio- and nanotechnology will grow."
    hits, cpu = cpu_of(scoresets.outcomes, "生物技术", ["biotechnology"], "各方谈到生物技术。",
                     hyp, False)
    assert sum(hits) == 1
    assert cpu < 1.0   # adb989c: 2.4 s (the prefix tried at each letter of the word)


# a page: a dateline over a lead that opens with its date, a page jump's marker, an end mark
PAGE = ("新华社北京6月12日电\n6月12日，国家主席习近平在北京会见法国总统。\n（下转第二版）\n"
        "双方就中法关系交换了意见。\n###\n")


def test_a_dateline_over_a_sentence_with_its_date_is_left_out_whole() -> None:
    zh = text_sentences(PAGE, "x.")[0]
    assert zh == ["6月12日，国家主席习近平在北京会见法国总统。", "双方就中法关系交换了意见。"]
    # adb989c: (1, 新华社北京), (1, 电), (2, 6月12日): the sentence's date said left out
    # (the slipped twins: the marker and the end mark still named)
    assert left_out(PAGE, zh) == [(1, "新华社北京6月12日电"), (3, "（下转第二版）"), (5, "###")]


def test_a_sentence_the_cleaner_puts_in_front_is_not_left_out() -> None:
    text = ("南川港11月出口增长5.8%\n\n新华社南川12月1日电（记者周敏）\n"
            "南川港今年客货运输稳中有升。\n\n问：今年客流为什么增长这么快？\n\n（掌声）\n\n答：新航线开通后，航班增至8对。\n\n###\n")
    zh = text_sentences(text, "x.")[0]
    assert "（掌声）" in zh   # (a sentence, put before the headline by the cleaner)
    assert left_out(text, zh) == [(12, "###")]   # adb989c: (8, （掌声）) too


def test_a_long_line_under_a_dateline_is_matched_in_linear_time() -> None:
    sentence = "南川港今年旅客吞吐量突破5000万人次，二号码头改造工程中午12时完工。"
    text = "新华社北京6月12日电  " + "".join(f"第{i}段：{sentence}" for i in range(700)) + "\n"
    zh = text_sentences(text, "x.")[0]
    found, cpu = cpu_of(left_out, text, zh)
    assert found == [(1, "新华社北京6月12日电")]
    assert cpu < 0.5   # adb989c: 2.2 s (a matcher of the whole line against its sentences)


LINES = ["南川港今年客货运输稳中有升。", "6月12日，国家主席习近平在北京会见法国总统。",
         "新华社北京6月12日电", "（下转第二版）", "###",
         "本报北京6月12日电  记者王五报道：双方交换了意见。",
         "（掌声）", "【责任编辑：刘佳】", "第三条　禁止下列行为：", "（一）在码头区域内燃放烟花；",
         "来源：南川日报 2026-06-12 08:15", "A02　要闻", ""]


@settings(max_examples=25, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(LINES), min_size=1, max_size=12))
def test_every_line_is_kept_or_named(lines) -> None:
    """Each character of a line either stands in a sentence or is in a piece named with the
    line's number; a piece is part of the line it names."""
    text = "\n".join(lines) + "\n"
    zh = text_sentences(text, "x.")[0]
    kept = "".join("".join(s.split()) for s in zh)
    named: dict[int, list[str]] = {}
    for number, piece in left_out(text, zh):
        named.setdefault(number, []).append(piece)
        assert piece in "".join(lines[number - 1].split())
    for number, line in enumerate(lines, 1):
        line = "".join(line.split())
        if line and line not in kept and (any(ch.isalnum() for ch in line) or len(line) >= 3):
            assert number in named, (number, line, zh)


def test_align_names_what_it_left_out_in_one_short_line(tmp_path, monkeypatch, capfd) -> None:
    monkeypatch.setenv("TIFA_GLOSSARY", "")
    monkeypatch.chdir(tmp_path)
    page = PAGE.replace("（下转第二版）", "#" * 3_000)   # a rule of 3,000 marks under the lead
    (tmp_path / "zh.txt").write_text(page, encoding="utf-8")
    (tmp_path / "en.txt").write_text(
        "On June 12, President Xi Jinping met the French President in Beijing.\n"
        "The two sides exchanged views on China-France relations.\n", encoding="utf-8")
    code, _, err = tifa(capfd, "align", "--zh", "zh.txt", "--en", "en.txt", "-o", "a.tsv")
    assert code == 0
    notes = [line for line in err.splitlines() if line.startswith("tifa: note:")]
    # adb989c: 新华社北京, 电 and the lead's 6月12日 named, the rule "and 1 more"
    assert len(notes) == 1 and len(notes[0]) < 200, notes
    assert "line 1 “新华社北京6月12日电”; line 3 “" + "#" * 40 + "…”" in notes[0]
    assert "line 2" not in notes[0] and (tmp_path / "a.tsv").exists()


def test_match_key_is_linear_on_a_long_run_of_spaces() -> None:
    from tifa.tm.base.text import match_key

    key, cpu = cpu_of(match_key, "x" + " " * 15_000 + "y")   # a padded line of a text export
    assert key == "x y"
    assert cpu < 0.3   # adb989c: 1.4 s (`tifa segment` of a line of 60,000 spaces: 21 s)
    assert [match_key(s) for s in ("中 文", "a  b", " 中，  ab ", "2023 年", "x\u3000中")] == \
        ["中文", "a b", "中, ab", "2023年", "x中"]


def test_a_short_line_taken_out_is_named_and_the_sentences_around_it_are_not() -> None:
    """A line of a few characters that the sentence before also holds ("1", 合作) is named
    alone; a sentence the cleaner put in front ("5%") does not make the line before it debris
    whole (the dateline's 本报讯 only)."""
    pages = {"新华社北京6月12日电 习近平12日会见了1位客人和2位朋友。\n1\n2\n双方交换了意见。\n":
             [(1, "新华社北京6月12日电"), (2, "1"), (3, "2")],
             "（上接第1版）各方表示，要加强合作。\n合作\n共赢\n":
             [(1, "（上接第1版）"), (2, "合作"), (3, "共赢")],
             "本报讯 南川港今年吞吐量增长了5%，其中集装箱增长5%。\n5%\n其中集装箱增长5%。\n":
             [(1, "本报讯")]}   # adb989c: line 3 too, a sentence
    for page, named in pages.items():
        assert left_out(page, text_sentences(page, "x. y.")[0]) == named, page


def merged(tmp_path, monkeypatch, capfd, version: str, units: str) -> str:
    """What `tifa tm merge` writes of a TMX of `version` holding `units` (exit 0 demanded)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "old.tmx").write_text(
        f'<?xml version="1.0"?>\n<tmx version="{version}"><header srclang="zh-CN"/><body>\n'
        f'{units}</body></tmx>\n', encoding="utf-8")
    code, _, err = tifa(capfd, "tm", "merge", "old.tmx", "-o", "new.tmx")
    assert code == 0, err
    return (tmp_path / "new.tmx").read_text(encoding="utf-8")


def test_tm_merge_writes_a_tmx_1_1_language_as_tmx_1_4_has_it(tmp_path, monkeypatch,
                                                              capfd) -> None:
    from translate.storage import tmx

    written = merged(tmp_path, monkeypatch, capfd, "1.1", '<tu><tuv lang="ZH-CN"><seg>再见</seg>'
                     '</tuv><tuv lang="EN"><seg>Goodbye</seg></tuv></tu>\n')
    # adb989c: <tuv lang="EN"> under <tmx version="1.4">, which has no such attribute
    assert 'version="1.4"' in written and " lang=" not in written
    assert '<tuv xml:lang="EN"><seg>Goodbye</seg></tuv>' in written
    assert [(u.source, u.target) for u in tmx.tmxfile.parsefile(str(tmp_path / "new.tmx")).units
            ] == [("再见", "Goodbye")]
