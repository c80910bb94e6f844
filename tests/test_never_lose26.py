"""Never lose a character, never touch an input: the twenty-sixth round (docs/safety.md).

Each test here failed at the round's start (main at a1e1702) unless it is marked a slipped
twin: a research note's caption of units ("(RMB bn):") cost time quadratic in a line of
captions and figures; `tifa align`'s note of what the cleaning left out named a dateline's
whole lead, a sentence it aligned, when the cleaner put a subheading in front of it; `tm
merge` wrote TMX 1.1's `lang` under TMX 1.4 when a `<tuv>` had `xml:lang` too, and an empty
`xml:lang` beside it, a TMX no reader gives a language; lint's check of 唯一 kept ("the only
one") cost time quadratic in a run of hyphened words of the English.
"""

from __future__ import annotations

from tifa.tm.align import left_out, text_sentences
from tifa.tm.lint import lint_units
from tifa.tm.lint.units import LintUnit
from tifa.tm.numbers import extract_en

from tests.conftest import cpu_of
from tests.test_never_lose25 import merged


def test_a_line_of_captions_is_read_in_linear_time() -> None:
    line = "".join(f"(RMB bn): {i}.5; " for i in range(4_000))   # a table flattened
    found, cpu = cpu_of(extract_en, line)
    assert cpu < 0.6   # a1e1702: 1.7 s (each caption searched to the line's end, all figures)
    money = [q.value for q in found if q.kind == "money"]
    assert len(money) == 4_000 and money[:2] == [0.5e9, 1.5e9]
    # the caption's reading is as before: its sentence's bare figures, the first caption's
    # (slipped twins: a figure before the caption, or after the sentence's stop, stays bare)
    text = "Output 12 (RMB bn): primary 293.5; (US$ m): 7.25. Growth 4.5 in all."
    read = {q.text: (q.kind, q.value) for q in extract_en(text)}
    assert read["293.5"] == ("money", 293.5e9) and read["7.25"] == ("money", 7.25e9)
    assert read["12"] == ("number", 12.0) and read["4.5"] == ("number", 4.5)


# a wire's page: the dateline over its lead, a subheading the cleaner puts before the lead
# (as a headline), a page jump's marker, an end mark
LEAD = ("南川港前三季度集装箱吞吐量达3.2万吨，同比增长5.7%，其中外贸集装箱增长较快，"
        "内贸航线稳步恢复，港区运营总体平稳。")
PAGE = (f"新华社北京12月1日电  {LEAD}\n\n港口建设稳步推进\n\n"
        "二号码头改造工程中午12时完工，新增泊位两个。\n（下转第二版）\n\n三号码头明年开工。\n###\n")


def test_a_lead_under_a_subheading_put_first_is_not_left_out() -> None:
    zh = text_sentences(PAGE, "x.")[0]
    assert zh[:2] == ["港口建设稳步推进", LEAD]
    # a1e1702: (1, 新华社北京12月1日电南川港…平稳。), the lead aligned in bead 1 said left out
    # (the slipped twins: the dateline, the marker and the end mark still named)
    assert left_out(PAGE, zh) == [(1, "新华社北京12月1日电"), (6, "（下转第二版）"), (9, "###")]


def test_tm_merge_writes_no_tmx_1_1_language_beside_xml_lang(tmp_path, monkeypatch,
                                                              capfd) -> None:
    from translate.storage import tmx

    written = merged(tmp_path, monkeypatch, capfd, "1.4",
                     '<tu><tuv xml:lang="zh-CN" lang="ZH-CN"><seg>再见</seg></tuv>'
                     '<tuv lang="EN" xml:lang="en"><seg>Goodbye</seg></tuv></tu>\n'
                     '<tu><tuv xml:lang="zh-CN"><seg>谢谢</seg></tuv>'
                     '<tuv xml:lang="" lang="EN"><seg>Thank you</seg></tuv></tu>\n')
    # a1e1702: lang="ZH-CN" and lang="EN" written as read, and xml:lang="" kept beside the
    # language that was read (`tm stats` of the output named no language)
    assert " lang=" not in written and 'xml:lang=""' not in written
    assert '<tuv xml:lang="en"><seg>Goodbye</seg></tuv>' in written
    assert '<tuv xml:lang="EN"><seg>Thank you</seg></tuv>' in written
    units = tmx.tmxfile.parsefile(str(tmp_path / "new.tmx")).units
    assert [(u.source, u.target) for u in units] == [("再见", "Goodbye"), ("谢谢", "Thank you")]


def test_the_only_one_is_looked_for_in_linear_time() -> None:
    source = "这是实现发展的唯一出路。"
    run = "well-" * 8_000 + "known"     # a run of hyphened words: each a word's start
    found, cpu = cpu_of(lint_units, [LintUnit("1", "x:1", source, f"This is a way, {run}.")])
    assert cpu < 0.6   # a1e1702: 1.8 s (an owner's "…'s one" tried at each word of the run)
    # (the slipped twin: 唯一 dropped is still reported; an owner's "one" still keeps it)
    assert [f.code for f in found] == ["reversal"]
    kept = [LintUnit("2", "x:2", source, "This is China's one path to development."),
            LintUnit("3", "x:3", source, "This is -China's one path to development.")]
    assert [f.code for f in lint_units(kept) if f.code == "reversal"] == []
