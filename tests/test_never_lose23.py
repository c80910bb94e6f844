"""Never lose a character, never touch an input: the twenty-third round (docs/safety.md).

Each test here failed on main before this round: score's tag stripping (new in the
twenty-second round) crashed on a tag across a line break and took cubic time on a run of
spaces after `<i`; a draft refused in its middle left the report's first part on standard
output; `tm merge` dropped an en-GB unit as a duplicate of an en one and lost its tag; and
Weibo's topic tags written back to back (#两会##代表委员说#) were read as a heading, the
first mark lost. (The conservation law's generated pages take the new shapes too:
tests/test_conservation_generated.py.)
"""

from __future__ import annotations

import json
import os

import pytest
from tifa.tm.base.english import strip_tags
from tifa.tm.corpus.merge import segment_pages

from tests.conftest import cpu_of
from tests.test_bad_input import tifa


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    return tmp_path_factory.mktemp("cache23")   # one parsed glossary for the module's lints


@pytest.fixture
def here(tmp_path, monkeypatch, cache):
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    monkeypatch.setenv("TIFA_GLOSSARY", "")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_a_tag_across_a_line_break_is_no_tag_and_keeps_the_lines() -> None:
    text = 'China<b\nclass="x">s economy grew.\nNanchuan <i>opened</i>.'
    out, changed = strip_tags(text)
    assert out.split("\n")[:2] == text.split("\n")[:2]   # (main: ValueError, zip of lines)
    assert out.count("\n") == text.count("\n")
    assert (out.split("\n")[2], changed) == ("Nanchuan opened.", 1)  # a tag in its line goes


def test_a_run_of_spaces_after_a_tag_name_is_read_in_linear_time() -> None:
    (out, changed), cpu = cpu_of(strip_tags, "the <i " + " " * 1500 + "medical imaging")
    assert cpu < 0.5   # main: ~6 s
    assert (out, changed) == ("the <i " + " " * 1500 + "medical imaging", 0)
    assert strip_tags('the <i  class="t" >medical</i> imaging') == ("the medical imaging", 1)


def _draft(bad_row: int) -> str:
    rows = ["zh,en"]
    for i in range(bad_row - 2):   # each with a finding: the term 三股势力 left out
        rows.append(f"我们反对三股势力{i}。,We oppose terrorism {i}.")
    rows.append("中方反对三股势力。")   # one field: refused (row `bad_row`, past _guard's 50)
    return "\n".join(rows) + "\n"


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_a_draft_refused_in_its_middle_leaves_standard_output_empty(here, capfd, fmt) -> None:
    (here / "d.csv").write_text(_draft(60), encoding="utf-8")
    code, out, err = tifa(capfd, "lint", "d.csv", "-f", fmt)
    assert (code, out) == (2, "")   # main: the report's first part ('{"version": …, [')
    assert err.strip() == "tifa: error: d.csv:60: 1 field(s), expected at least 2 (zh, en)"
    code, out, _ = tifa(capfd, "lint", "d.csv", "-f", fmt, "-o", "r.out")
    assert (code, out, (here / "r.out").exists()) == (2, "", False)


@pytest.mark.parametrize("bad_row", [60, None])
def test_a_draft_from_a_pipe_is_read_once(here, capfd, bad_row) -> None:
    text = _draft(60) if bad_row else _draft(60).rsplit("中方", 1)[0]
    read, write = os.pipe()   # as `lint <(…)` gives a draft: /dev/fd/N
    try:
        os.write(write, text.encode())   # (under the pipe's 64 KB: no writer thread)
        os.close(write)
        code, out, err = tifa(capfd, "lint", f"/dev/fd/{read}", "--input-format", "csv",
                              "-f", "json")
    finally:
        os.close(read)
    if bad_row:   # refused: nothing on standard output (a pipe's units kept in memory)
        assert (code, out) == (2, ""), err
        assert err.strip().endswith(":60: 1 field(s), expected at least 2 (zh, en)"), err
    else:         # main: "no header line" (its head read twice, to choose a decoder)
        assert (code, json.loads(out)["summary"]["units"]) == (1, 58), err


def test_a_whole_draft_is_still_reported_on_standard_output(here, capfd) -> None:
    (here / "d.csv").write_text(_draft(60).rsplit("中方", 1)[0], encoding="utf-8")
    code, out, _ = tifa(capfd, "lint", "d.csv", "-f", "json")
    report = json.loads(out)
    assert (code, report["summary"]["units"]) == (1, 58)
    assert {f["code"] for f in report["findings"]} >= {"term-missing"}


def test_a_draft_read_through_first_warns_once(here, capfd) -> None:
    (here / "v.tmx").write_text(TMX.replace("{tag}", "en").replace('"1.4"', '"9.9"'),
                                encoding="utf-8")
    code, out, err = tifa(capfd, "lint", "v.tmx", "-f", "json")
    assert (code, json.loads(out)["summary"]["units"]) == (0, 1)
    assert err.count("tifa: warning: v.tmx:2: TMX version '9.9'") == 1, err


TMX = ('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="t" '
       'creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="zh-CN" '
       'datatype="plaintext"/><body>\n<tu tuid="a"><tuv xml:lang="zh-CN"><seg>双方同意加强合作。'
       '</seg></tuv><tuv xml:lang="{tag}"><seg>The two sides agreed to strengthen cooperation.'
       '</seg></tuv></tu>\n</body></tmx>\n')


def test_merge_keeps_a_unit_of_each_locale(here, capfd) -> None:
    for name, tag in (("gb", "en-GB"), ("any", "en"), ("gb2", "EN-gb"), ("any2", "en")):
        (here / f"{name}.tmx").write_text(TMX.replace("{tag}", tag), encoding="utf-8")
    code, _, err = tifa(capfd, "tm", "merge", "gb.tmx", "any.tmx", "gb2.tmx", "any2.tmx",
                        "-o", "m.tmx")
    merged = (here / "m.tmx").read_text(encoding="utf-8")
    # en-GB and en kept (main: the en unit dropped as a duplicate of the en-GB one); the
    # same locale written in another case, or twice, is the duplicate it was
    assert code == 0 and merged.count("<tu ") == 2, err
    assert ('xml:lang="en-GB"' in merged, 'xml:lang="en"' in merged) == (True, True)
    code, out, _ = tifa(capfd, "tm", "stats", "gb.tmx", "any.tmx", "gb2.tmx", "--json")
    stats = json.loads(out)
    assert (stats["duplicates"], stats["conflicts"], stats["distinct_sources"]) == (1, [], 1)


def test_topic_tags_back_to_back_keep_their_marks() -> None:
    page = ("#两会##代表委员说# 要把发展的目光更多投向乡村。\n##标题二\n\n正文第一句。\n")
    result = segment_pages([("p.txt", page)])
    texts = [s.text for s in result.segments]
    assert "#两会##代表委员说# 要把发展的目光更多投向乡村。" in texts  # main: '两会##代表…'
    assert "标题二" in texts and "正文第一句。" in texts   # a heading's marks still go


def test_tm_stats_keeps_a_source_with_one_translation_in_one_int() -> None:
    import tracemalloc

    from tifa.tm.base.tmx import TranslationUnit
    from tifa.tm.memory import _Tally

    units = [TranslationUnit(None, f"中文句子第{i}号。", f"English sentence {i}.")
             for i in range(5_000)]
    units += [TranslationUnit(None, f"中文句子第{i}号。", f"Other sentence {i}.")
              for i in range(0, 5_000, 50)]
    tally = _Tally()
    tracemalloc.start()
    try:
        for n, unit in enumerate(units + units[:100]):
            tally.add(unit, f"f#{n}")
        held = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    stats = tally.stats
    assert (stats.sources, stats.duplicates, len(stats.conflicts)) == (5_000, 100, 100)
    assert held / len(units) < 190   # main: 232 bytes a distinct unit (two digests)
