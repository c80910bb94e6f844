"""Never lose a character, never touch an input: the twentieth round (docs/safety.md).

Each test here failed on main before this round, unless its docstring says it checks what
held: an ideographic space inside a Chinese sentence became a plain space in the segments and
the TMX (OmegaT then found a 99 % match, not 100 %), a term list's problem named a column of
the YAML tifa made of it, and `tm stats` / `tm merge` kept the text of every source's first
unit in memory (most of a TMX's size).
"""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from tests.test_bad_input import tifa, work  # noqa: F401

# An ideographic space inside a sentence (a form's two cells, an article's number and its
# text): the translator's segment in OmegaT holds it, so the TM's source must too.
SPACED_ZH = ["双方同意　深化在农业和水利领域的务实合作。",
             "第一条　缔约双方承诺加强人员往来和地方交流。"]
SPACED_EN = ["The two sides agreed to deepen practical cooperation in agriculture and water "
             "conservancy.",
             "Article 1: The contracting parties undertake to strengthen people-to-people and "
             "local exchanges."]


@pytest.mark.usefixtures("work")
def test_an_ideographic_space_inside_a_sentence_reaches_the_segments_the_tm_and_omegat(capfd):
    """The corpus reader turned every ideographic space inside a line into a plain one, so the
    segments and `tm build`'s TMX carried `双方同意 深化…`, and OmegaT, whose segment holds
    U+3000, left it untranslated (a 99 % match). Now the text is kept as it was; match keys
    still fold it, so copies with either space merge, and a form's line of two cells is still
    a line of its own."""
    from tifa.tm.base.tmx import read_tmx
    from tifa.tm.corpus.clean import split_articles

    from tests.test_omegat_fill import filled_from

    here = Path.cwd()
    (here / "zh.txt").write_text("\n\n".join(SPACED_ZH) + "\n", encoding="utf-8")
    (here / "en.txt").write_text("\n\n".join(SPACED_EN) + "\n", encoding="utf-8")
    code, out, err = tifa(capfd, "segment", "zh.txt", "-f", "txt")
    assert code == 0 and out.split("\n")[:2] == SPACED_ZH, err
    articles, _ = split_articles("form.txt", "报名须知\n\n姓名　陈小雨\n电话　0771-5678123\n")
    assert [p.text for a in articles for p in a.paragraphs][-2:] == \
        ["姓名　陈小雨", "电话　0771-5678123"]
    code, _, err = tifa(capfd, "tm", "build", "--zh", "zh.txt", "--en", "en.txt", "-o", "tm.tmx",
                        "--review", "review.tsv")
    assert code == 0, err
    assert [(u.source, u.target) for u in read_tmx(here / "tm.tmx")] == list(
        zip(SPACED_ZH, SPACED_EN, strict=True))
    assert filled_from(here / "tm.tmx", SPACED_ZH) == ((2, 0), SPACED_EN)


@pytest.mark.parametrize(("name", "text", "line"), [
    ("terms.csv", "zh,en\n守望\u200b相助,standing by each other\n", 2),
    ("terms.tsv", "中国\tChina\n\n和平共处\tpeaceful\x01coexistence\n", 3),
    ("terms.tsv", "人工智能\tAI\n--\tcarbon neutrality\n", 2),  # no Chinese term
    ("terms.csv", "zh,en\n碳中和,\"carbon neutrality\n", 2),  # a quote never closed
])
def test_a_term_lists_problem_names_its_line_and_no_column_of_the_yaml(tmp_path, capfd, name,
                                                                        text, line):
    """A term list is read as the YAML tifa makes of it, an entry on the line it came from:
    `terms.csv:2:34` named the column of that YAML, not of the user's file (and a line the
    list's reader refused, column 1 whatever the place). Now the line only, in the text and in
    `--json` (column 0, as for a problem of the whole file)."""
    import json
    import re

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    code, out, err = tifa(capfd, "glossary", "validate", str(path))
    assert code == 2 and re.match(rf"{re.escape(str(path))}:{line}: \D", out + err), out + err
    code, out, _ = tifa(capfd, "glossary", "validate", str(path), "--json")
    assert [(p["line"], p["column"]) for p in json.loads(out)["problems"]] == [(line, 0)]
    code, _, err = tifa(capfd, "glossary", "lookup", "中国", "-g", str(path))
    assert code == 2 and re.search(rf"{re.escape(str(path))}:{line}: \D", err), err


def _long_tmx(path: Path, units: int, conflicts: int) -> int:
    """A TMX of distinct sources with long targets, the first `conflicts` sources translated
    again at the end; returns the characters of text it holds."""
    body, size = [], 0
    rows = [(f"第{i}段讲话的内容涉及合作。", f"Paragraph {i} of the speech: " + "x" * 1000)
            for i in range(units)]
    rows += [(zh, f"Another rendering of paragraph {i}.") for i, (zh, _) in
             enumerate(rows[:conflicts])]
    for i, (zh, en) in enumerate(rows):
        body.append(f'<tu tuid="t{i}"><tuv xml:lang="zh-CN"><seg>{zh}</seg></tuv>'
                    f'<tuv xml:lang="en"><seg>{en}</seg></tuv></tu>')
        size += len(zh) + len(en)
    path.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header '
                    'srclang="zh-CN" segtype="sentence" o-tmf="x" adminlang="en" '
                    'datatype="plaintext" creationtool="t" creationtoolversion="1"/><body>\n'
                    + "\n".join(body) + "\n</body></tmx>\n", encoding="utf-8")
    return size


def test_tm_stats_and_merge_keep_digests_not_the_text_of_every_unit(tmp_path):
    """`tm stats` and `tm merge` kept each source's first unit (its source, target and place)
    to report conflicts: 400 MB at the peak on a 200 MB TMX. Now 16-byte digests and a number
    each, and the first units of the sources in conflict are read again at the end. The report
    is unchanged: each conflict led by the first unit, with its place."""
    from tifa.tm.memory import merge_tmx, tm_stats

    path = tmp_path / "long.tmx"
    size = _long_tmx(path, 3000, 2)
    for run in (lambda: tm_stats([path]), lambda: merge_tmx([path], tmp_path / "out.tmx")):
        tracemalloc.start()
        try:
            stats = run()
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert peak < size, (peak, size)  # the text alone is `size` characters
        assert stats.units == 3002 and stats.sources == 3000 and stats.duplicates == 0
        assert [(c["source"], [(t["target"][:30], t["where"]) for t in c["targets"]])
                for c in stats.conflicts] == [
            (f"第{i}段讲话的内容涉及合作。",
             [(f"Paragraph {i} of the speech: xxx", f"{path}#t{i}"),
              (f"Another rendering of paragraph {i}."[:30], f"{path}#t{3000 + i}")])
            for i in range(2)]


def test_a_tmx_that_changes_between_the_two_readings_is_an_error(tmp_path):
    """The first units of sources in conflict are read again: a file that no longer holds
    them there is one line, not a report with a wrong or empty first target."""
    from tifa.tm.base.files import TifaError
    from tifa.tm.base.tmx import read_tmx
    from tifa.tm.memory import _Tally

    path = tmp_path / "a.tmx"
    _long_tmx(path, 5, 1)
    tally = _Tally()
    for n, unit in enumerate(read_tmx(path), 1):
        tally.add(unit, f"{path}#{n}")
    _long_tmx(path, 0, 0)
    path.write_text(path.read_text(encoding="utf-8").replace(
        "<body>", '<body><tu><tuv xml:lang="zh-CN"><seg>另一句话。</seg></tuv>'
        '<tuv xml:lang="en"><seg>Another.</seg></tuv></tu>'), encoding="utf-8")
    with pytest.raises(TifaError, match="changed while tifa read them"):
        tally.finish([path])


def test_a_big5_page_is_named_big5_and_the_advice_converts_it_right(tmp_path, capfd):
    """A traditional Chinese page saved as Big5 was `unknown encoding …; iconv -f GB18030 -t
    UTF-8`: following the advice turned 中國同中亞國家 into い瓣いㄈ瓣…, which tifa then read as
    a page of debris. Now the line names Big5 and the conversion that keeps every character;
    the converted page reads as written."""
    import codecs

    page = ("中國同中亞國家的合作不斷深化，雙方同意加強經貿往來。\n\n"
            "會議強調，要堅持和平共處原則。\n")
    (tmp_path / "big5.txt").write_bytes(page.encode("cp950"))
    code, out, err = tifa(capfd, "segment", str(tmp_path / "big5.txt"), "-f", "txt")
    assert code == 2 and out == "" and err.count("\n") == 1, err
    assert "big5.txt:1: wrong encoding: Big5 (traditional Chinese)" in err
    assert "'中國同中亞國家的合作" in err and "iconv -f CP950 -t UTF-8" in err
    converted = codecs.decode(page.encode("cp950"), "cp950")  # what `iconv -f CP950` gives
    (tmp_path / "utf8.txt").write_text(converted, encoding="utf-8")
    code, out, err = tifa(capfd, "segment", str(tmp_path / "utf8.txt"), "-f", "txt")
    assert code == 0 and out.split("\n")[:2] == [line for line in page.split("\n") if line], err


@pytest.mark.usefixtures("work")
def test_an_xml_file_through_a_pipe_is_not_called_malformed():
    """Every XML reader reads the file's head first (for what its DOCTYPE declares), then the
    parser opens it again: a pipe (`<(…)`) had given its bytes away, and a good XLIFF or TMX
    was `malformed XLIFF/XML: no element found`. Now one line that says what to do; a file
    given as /dev/stdin by a redirection is read as before."""
    from tests.test_never_lose19 import _shell

    here = Path.cwd()
    for command in ("tifa lint --input-format xliff <(cat speech.xlf)",
                    "tifa tm stats <(cat memory.tmx)", "tifa lint --input-format tmx <(cat "
                    "speech.tmx)", "tifa tm merge <(cat memory.tmx) -o merged.tmx"):
        run = _shell(command, here)
        assert run.returncode == 2 and run.stderr.count("\n") == 1, (command, run.stderr)
        assert "not a regular file: tifa reads an XML file twice" in run.stderr, run.stderr
        assert "malformed" not in run.stderr and not (here / "merged.tmx").exists()
    run = _shell("tifa tm stats /dev/stdin < memory.tmx", here)
    assert run.returncode == 0 and "units:            11" in run.stdout, run.stderr


@pytest.mark.usefixtures("work")
def test_tm_build_reads_a_chinese_file_edited_in_the_same_process_again(capfd):
    """`tm build` kept a file's articles by its name alone: a second build in one process (the
    suite's, or a script's) after the file was edited got the first text's articles and
    refused the English as "not a translation"."""
    from tifa.tm.base.tmx import read_tmx

    here = Path.cwd()
    (here / "en.txt").write_text("\n\n".join(SPACED_EN) + "\n", encoding="utf-8")
    (here / "zh.txt").write_text("今天天气很好，我们去公园散步。\n", encoding="utf-8")
    tifa(capfd, "tm", "build", "--zh", "zh.txt", "--en", "en.txt", "-o", "first.tmx")
    (here / "zh.txt").write_text("\n\n".join(SPACED_ZH) + "\n", encoding="utf-8")
    code, _, err = tifa(capfd, "tm", "build", "--zh", "zh.txt", "--en", "en.txt", "-o", "tm.tmx")
    assert code == 0, err
    assert [u.source for u in read_tmx(here / "tm.tmx")] == SPACED_ZH
