"""A real user's damaged files, command by command (docs/safety.md, "Fifteenth round").

Each case here failed on main before the fifteenth round: an unreadable file was click's
three-line usage error, an unreadable folder of a corpus was skipped in silence, a BOM-less
UTF-16 Chinese page with 一 in it was "binary", and `tm merge` dropped what it did not model
(a third language, inline codes, a <tu> without a source). The cases main already handled are
in test_bad_input.py; the conservation laws under generated damage in
test_conservation_damage.py.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

from tests.conftest import REPO, SEED_FILES
from tests.test_bad_input import refused, tifa, work  # noqa: F401 (work: a fixture)

LINT = REPO / "tests" / "data" / "lint"


def _without_root_powers() -> list[str] | None:
    """A command prefix under which file permissions hold (root reads a mode-000 file)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    return [setpriv, "--bounding-set", "-dac_override,-dac_read_search"]


def _run_unprivileged(tmp: Path, *args: str) -> subprocess.CompletedProcess:
    prefix = _without_root_powers()
    if prefix is None:
        pytest.skip("running as root without setpriv: permissions cannot be tested")
    env = {**os.environ, "NO_COLOR": "1", "TIFA_GLOSSARY": "",
           "XDG_CACHE_HOME": str(tmp / "cache")}
    return subprocess.run([*prefix, sys.executable, "-c",
                           "from tifa.cli.app import main; main()", *args],
                          cwd=tmp, env=env, capture_output=True, text=True, timeout=120)


def test_an_unreadable_file_or_folder_is_one_line(tmp_path):
    shutil.copy(LINT / "planted" / "news.zh.txt", tmp_path / "zh.txt")
    shutil.copy(LINT / "planted" / "news.en.txt", tmp_path / "en.txt")
    (tmp_path / "corpus" / "locked").mkdir(parents=True)
    shutil.copy(SEED_FILES[0], tmp_path / "corpus" / "page.txt")
    shutil.copy(SEED_FILES[1], tmp_path / "corpus" / "locked" / "page.txt")
    os.chmod(tmp_path / "zh.txt", 0)
    os.chmod(tmp_path / "corpus" / "locked", 0)
    try:
        for args, name in ((["segment", "zh.txt"], "zh.txt"),
                           (["lint", "zh.txt", "--en", "en.txt"], "zh.txt"),
                           (["tm", "stats", "zh.txt"], "zh.txt"),
                           # a folder of the corpus it cannot read: never skipped in silence
                           (["segment", "corpus"], "corpus/locked"),
                           (["mine", "corpus"], "corpus/locked")):
            done = _run_unprivileged(tmp_path, *args)
            assert done.returncode == 2, (args, done.stderr)
            assert done.stderr == f"tifa: error: {name}: cannot read: Permission denied\n", args
    finally:
        os.chmod(tmp_path / "corpus" / "locked", 0o755)


@pytest.mark.usefixtures("work")
def test_bomless_utf16_chinese_with_characters_ending_in_a_nul_byte_is_read(capfd):
    """一 is U+4E00: in UTF-16 its NUL byte sits where an ASCII character's does in the other
    byte order, so NULs on both sides of the bytes said nothing about the order."""
    here = Path.cwd()
    from tifa.tm.base.files import decode

    text = SEED_FILES[0].read_text(encoding="utf-8").replace("\r\n", "\n")
    assert "一" in text
    for order in ("utf-16-le", "utf-16-be"):
        assert decode(text.encode(order)) == text
        (here / "page16.txt").write_bytes(text.encode(order))
        code, out, err = tifa(capfd, "segment", "page16.txt", "-f", "txt")
        assert code == 0 and err == "", err
        code, expected, _ = tifa(capfd, "segment", "corpus/page.txt", "-f", "txt")
        assert out.replace("page16.txt", "page.txt") == expected
    # binary data with NULs is still binary, in either order
    refused(capfd, here, "segment", str(_write(here / "bin.txt", bytes(range(256)) * 40)),
            words=("binary",))


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


MIXED = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="zh-CN" datatype="plaintext" segtype="sentence"
 adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/><body>
<tu tuid="1" changedate="20200101T000000Z"><prop type="x-client">A</prop><note>checked</note>
<tuv xml:lang="zh-CN"><seg>各方要守望相助。</seg></tuv>
<tuv xml:lang="en"><seg>All sides should <bpt i="1">&lt;b&gt;</bpt>stand by<ept i="1">
&lt;/b&gt;</ept> each other.</seg></tuv>
<tuv xml:lang="ru"><seg>Стороны должны помогать друг другу.</seg></tuv></tu>
<tu tuid="2"><tuv xml:lang="en"><seg>A unit with English only.</seg></tuv></tu>
<tu tuid="3"><tuv xml:lang="zh-CN"><seg>尚未翻译的句子。</seg></tuv></tu>
</body></tmx>
"""


def _tus(path: Path) -> list[bytes]:
    return [etree.tostring(tu, with_tail=False)
            for tu in etree.parse(str(path)).getroot().iter("tu")]


@pytest.mark.usefixtures("work")
def test_tm_merge_keeps_every_tu_as_it_was(capfd):
    """A third language's tuv, inline codes, props, notes and dates, and a <tu> without a
    Chinese tuv: all in the merged TMX, unchanged, once."""
    here = Path.cwd()
    (here / "mixed.tmx").write_text(MIXED, encoding="utf-8")
    code, out, err = tifa(capfd, "tm", "merge", "mixed.tmx", "mixed.tmx", "memory.tmx",
                          "-o", "merged.tmx", "--json")
    assert code == 0, err
    merged = _tus(here / "merged.tmx")
    for tu in _tus(here / "mixed.tmx") + _tus(here / "memory.tmx"):
        assert merged.count(tu) == 1, tu
    assert len(merged) == len(_tus(here / "mixed.tmx")) + len(_tus(here / "memory.tmx"))
    assert '"without_source": 1' in out
    code, _, err = tifa(capfd, "tm", "merge", "mixed.tmx", "-o", "again.tmx")
    assert code == 0 and "1 <tu>(s) without a source-language text kept" in err


@pytest.mark.usefixtures("work")
def test_a_western_windows_file_is_refused_with_how_to_convert_it(capfd):
    """An English draft saved as "ANSI" on Western Windows (Windows-1252): GB18030 read its
    ’ and the letter after it as one Chinese character ("Xi’an" as "Xi抋n") and the draft was
    linted as that. Refused with the encoding, the place and the command that converts it."""
    from tifa.tm.base.files import TifaError, decode

    here = Path.cwd()
    english = (here / "news.en.txt").read_text(encoding="utf-8").replace("'", "\u2019")
    (here / "ansi.en.txt").write_bytes(english.encode("cp1252", "replace"))
    line = refused(capfd, here, "lint", "news.zh.txt", "--en", "ansi.en.txt",
                   words=("ansi.en.txt:1:", "Windows-1252", "Xi\u2019an", "iconv -f WINDOWS-1252"))
    assert "wrong encoding" in line
    # Chinese in GBK is still read, also a spreadsheet mostly in English, and a short page
    # whose only rare character is a circled number (1 % of its characters)
    table = "name,zh,note\n" + "Belt and Road,一带一路,official\n" * 20
    page = "（上接A01版①）共建“一带一路”把中国同中亚国家的发展更紧密地联系在一起。\n"
    for text in (table, page):
        assert decode(text.encode("gbk")) == text
        assert decode(text.encode("utf-16-le")) == text
    # a GBK file cut in the middle of a character is not taken for Western text
    with pytest.raises(TifaError, match="unknown encoding.*GB18030"):
        decode(page.rstrip().encode("gbk")[:-1])


@pytest.mark.usefixtures("work")
def test_a_tsv_that_does_not_quote_keeps_its_quotes(capfd):
    """OmegaT's TSV does not quote cells: an English target opening with a quotation mark
    lost both its quotes (read as CSV quoting), and one never closed joined the rows after it
    into one cell."""
    from tifa.tm.lint.readers import read_units

    here = Path.cwd()
    (here / "raw.tsv").write_text(
        "source\ttarget\n我们必须团结起来。\t\"We must stand together,\" he said.\n"
        "和平是共同的愿望。\t\"Peace is a shared wish.\n各方要守望相助。\tAll should help.\n",
        encoding="utf-8")
    targets = [u.target for u in read_units(here / "raw.tsv")]
    assert targets == ['"We must stand together," he said.', '"Peace is a shared wish.',
                       "All should help."]
    # a spreadsheet's TSV does quote: its quoting is read as such
    (here / "excel.tsv").write_text('source\ttarget\n我们必须团结起来。\t"""We must,"" he said."\n',
                                    encoding="utf-8")
    assert [u.target for u in read_units(here / "excel.tsv")] == ['"We must," he said.']


@pytest.mark.usefixtures("work")
@pytest.mark.parametrize("name, text, words", [
    ("header.csv", 'id,"source,target\n1,我们,we\n', ("header.csv:1:", "never closed")),
    ("open.csv", 'source,target\n我们,"we\n他们,they\n', ("open.csv:2:", "never closed")),
    ("after.csv", 'source,target\n我们,"we" said\n', ("after.csv:2:", 'write a quote as ""')),
    ("huge.csv", "source,target\n" + "守" * 1_000_001 + ",x\n", ("huge.csv:2:", "1,000,000")),
    ("huge.tsv", "source\ttarget\n" + "守" * 1_000_001 + "\tx\n", ("huge.tsv:2:", "longer")),
    ("headhuge.csv", "source,target" + "x" * 1_000_001 + "\n", ("headhuge.csv:1:", "longer")),
])
def test_a_broken_spreadsheet_is_one_line_naming_its_line(capfd, name, text, words):
    """A cell longer than a million characters was a traceback (csv's field limit, in the
    header), a quote never closed swallowed the rest of the file, and a header cell's line
    break split the error message over two lines."""
    here = Path.cwd()
    (here / name).write_text(text, encoding="utf-8")
    refused(capfd, here, "lint", name, "-o", "out.txt", words=(name, *words))


@pytest.mark.usefixtures("work")
def test_a_parsers_message_is_one_line(capfd):
    here = Path.cwd()
    for good, bad in (("speech.xlf", "nul.xlf"), ("memory.tmx", "nul.tmx")):
        lines = (here / good).read_text(encoding="utf-8").split("\n")
        (here / bad).write_text("\n".join([*lines[:2], "\x00", *lines[2:]]), encoding="utf-8")
        line = refused(capfd, here, "lint", bad, "-o", "out.txt", words=(f"{bad}:3:1:",))
        assert line.endswith("Char 0x0 out of allowed range"), line


@pytest.mark.usefixtures("work")
def test_bilingual_files_in_the_encodings_of_windows_are_read(capfd):
    """Excel's "Unicode Text" (UTF-16, tab-separated) was refused as binary; a PO in GBK
    (charset=GBK), in UTF-16 or with CR line ends was "malformed PO" (the parser saw the
    bytes): each is decoded like every text file and reads as the UTF-8 original does."""
    from tifa.tm.lint.readers import read_units

    here = Path.cwd()
    for name in ("consistency.tsv", "draft.po"):
        shutil.copy(LINT / "planted" / name, here / name)
        text = (here / name).read_text(encoding="utf-8")
        expected = [(u.source, u.target) for u in read_units(here / name)]
        copies = {"utf-16": text.encode("utf-16"), "cr": text.replace("\n", "\r").encode()}
        if name.endswith(".po"):
            copies["gbk"] = text.replace("charset=UTF-8", "charset=GBK").encode("gbk")
        for kind, data in copies.items():
            copy = here / f"{kind}-{name}"
            copy.write_bytes(data)
            assert [(u.source, u.target) for u in read_units(copy)] == expected, copy


@pytest.mark.usefixtures("work")
def test_a_glossary_or_tm_that_is_no_file_says_what_it_is(capfd):
    here = Path.cwd()
    os.mkfifo("pipe")
    (here / "folder").mkdir()
    refused(capfd, here, "lint", "speech.xlf", "-g", "pipe", "-o", "out.txt",
            words=("pipe: not a regular file",))
    refused(capfd, here, "glossary", "lookup", "守望相助", "-g", "folder",
            words=("tifa: error: folder: is a directory",))  # not 'folder:0:0:'
    refused(capfd, here, "lint", "speech.xlf", "--tm", "folder", "-o", "out.txt",
            words=("folder: is a directory, expected a TMX file",))
    code, _, err = tifa(capfd, "glossary", "validate", "folder", "missing.yaml")
    assert code == 2 and "folder: is a directory" in err and "missing.yaml: no such" in err
    assert ":0:0" not in err


@pytest.mark.usefixtures("work")
@pytest.mark.parametrize("side", ["--src", "--ref", "hyp", "--presplit"])
def test_score_refuses_a_page_pasted_as_one_line(capfd, side):
    """A 50 MB one-line source ran `tifa score` for minutes (the aligner on one paragraph of
    16 million characters); segment, align and lint refused it at once, and now score does."""
    here = Path.cwd()
    (here / "line.zh.txt").write_text("中国" * 50_001 + "。\n", encoding="utf-8")
    (here / "line.en.txt").write_text("China and its friends. " * 5_000 + "\n", encoding="utf-8")
    src, ref, hyp = "news.zh.txt", "news.en.txt", "news.en.txt"
    if side in ("--src", "--presplit"):
        src = "line.zh.txt"
    elif side == "--ref":
        ref = "line.en.txt"
    else:
        hyp = "line.en.txt"
    extra = ["--presplit"] if side == "--presplit" else []
    bad = "line.zh.txt" if side in ("--src", "--presplit") else "line.en.txt"
    refused(capfd, here, "score", "--src", src, "--ref", ref, hyp, "--bootstrap", "0",
            *extra, "-o", "out.txt", words=(f"{bad}:1:", "limit 100,000"))


@pytest.mark.usefixtures("work")
def test_a_term_list_of_the_wrong_type_is_one_line(capfd):
    """`{"terms": 5}` in a --terms file was a TypeError traceback."""
    here = Path.cwd()
    for side in ("zh", "en"):
        lines = (here / f"news.{side}.txt").read_text(encoding="utf-8").split("\n")
        (here / f"pre.{side}.txt").write_text("\n".join(x for x in lines if x.strip()) + "\n",
                                             encoding="utf-8")
    count = len((here / "pre.zh.txt").read_text(encoding="utf-8").split("\n")) - 1
    rows = ['{"terms": []}'] * count
    rows[2] = '{"terms": 5}'
    (here / "terms.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    refused(capfd, here, "score", "--src", "pre.zh.txt", "pre.en.txt", "--presplit", "--terms",
            "terms.jsonl", "--bootstrap", "0", "-o", "out.txt",
            words=("terms.jsonl:3:", "must be a list"))


@pytest.mark.usefixtures("work")
def test_an_input_named_dash_says_how_to_read_standard_input(capfd):
    """`-` is standard output for -o; as an input it was 'no such file or directory'."""
    here = Path.cwd()
    for args in (["segment", "-"], ["lint", "-", "--en", "news.en.txt"], ["tm", "stats", "-"]):
        refused(capfd, here, *args, words=("-: no such file", "/dev/stdin"))
