"""Lint readers: every format gives units with findable places; bad input is one line, exit 2."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from tifa.glossary.store import load_glossary
from tifa.tm.base.files import TifaError
from tifa.tm.lint import LintUnit, iter_findings
from tifa.tm.lint.readers import read_units

from tests.conftest import REPO, run_tifa

DATA = REPO / "tests" / "data" / "lint"


def _units(path: Path, en: Path | None = None):
    return list(read_units(path, en))


def test_tmx_units_carry_tuid_and_notes() -> None:
    units = _units(DATA / "planted" / "speech.tmx")
    assert units[0].id == "tm01" and units[0].location.endswith("speech.tmx:tuid=tm01")
    assert units[0].source.startswith("携手建设守望相助") and units[0].target.startswith("Working")


def test_xliff_12_and_20_units_carry_id_and_line() -> None:
    v1 = _units(DATA / "planted" / "speech.xlf")
    assert (v1[0].id, v1[0].location.rsplit(":", 1)[1]) == ("td01", "5")
    v2 = _units(DATA / "planted" / "figures.xlf")
    assert v2[1].id == "nm02" and "948亿美元" in v2[1].source and "94.8 million" in v2[1].target


def test_xliff_segmented_by_a_cat_tool_gives_a_unit_per_segment(tmp_path: Path) -> None:
    """<seg-source> with <mrk mtype="seg"> (Okapi, Trados, memoQ): each segment is a unit
    ("5/2"), so a segment MT left empty is an empty target (before: the unit was read whole
    and the lost segment's figures were three number-mismatch errors, the empty segment
    unreported). A target written whole, without segments, is read whole; an MT suggestion
    in <alt-trans> is not the target."""
    xlf = tmp_path / "seg.xlf"
    xlf.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:'
        'tc:xliff:document:1.2"><file original="a" source-language="zh-CN" target-language='
        '"en" datatype="plaintext"><body>\n'
        '<trans-unit id="5"><source>甲。乙。</source><seg-source><mrk mtype="seg" mid="1">'
        '<g id="1">甲</g>。</mrk><mrk mtype="seg" mid="2">乙。</mrk></seg-source><target>'
        '<mrk mtype="seg" mid="1"><g id="1">A</g>.</mrk> <mrk mtype="seg" mid="2"></mrk>'
        '</target></trans-unit>\n'
        '<trans-unit id="6"><source>丙。</source><seg-source><mrk mtype="seg" mid="1">丙。'
        '</mrk></seg-source><target>C.</target></trans-unit>\n'
        '<trans-unit id="7"><source>丁。</source><target state="new"/><alt-trans origin="mt">'
        '<target>D.</target></alt-trans></trans-unit>\n'
        '</body></file></xliff>\n', encoding="utf-8")
    got = [(u.id, u.source, u.target, u.location.rsplit(":", 1)[1]) for u in _units(xlf)]
    assert got == [("5/1", "甲。", "A.", "3"), ("5/2", "乙。", "", "3"), ("6", "丙。", "C.", "4"),
                   ("7", "丁。", "", "5")]
    data = DATA / "mt"
    assert [u.id for u in _units(data / "stage.xlf")] == ["1/1", "2/1", "3/1", "4/1", "4/2"]


def test_po_units_carry_context_and_line() -> None:
    units = _units(DATA / "planted" / "draft.po")
    assert units[0].id == "ut01" and units[0].location.endswith("draft.po:6")
    assert units[0].target == ""


def test_csv_without_id_uses_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text('source;target\n'
                    '世界需要一个稳定的中亚。;The world needs a stable Central Asia.\n'
                    '"中亚是亚欧大陆的中心。";'
                    '"Central Asia is the center of the\nEurasian continent."\n'
                    "谢谢大家。;Thank you.\n", encoding="utf-8")
    units = _units(path)
    assert [u.id for u in units] == ["2", "3", "5"]  # the quoted field spans lines 3-4


def test_a_two_column_export_without_header_is_read_from_its_first_line(tmp_path: Path) -> None:
    """A spreadsheet or CAT tool saves Chinese and English side by side without column names:
    the first line is a unit, not a header, and the line numbers stay the file's own."""
    path = tmp_path / "d.tsv"
    path.write_text("世界需要一个稳定的中亚。\tThe world needs a stable Central Asia.\n"
                    "\n谢谢大家。\tThank you all.\n", encoding="utf-8")
    units = _units(path)
    assert [(u.id, u.source, u.target) for u in units] == [
        ("1", "世界需要一个稳定的中亚。", "The world needs a stable Central Asia."),
        ("3", "谢谢大家。", "Thank you all.")]
    chinese_names = tmp_path / "names.csv"  # column names in Chinese, as Chinese teams write them
    chinese_names.write_text("原文,译文\n谢谢大家。,Thank you all.\n", encoding="utf-8")
    assert [(u.id, u.target) for u in _units(chinese_names)] == [("2", "Thank you all.")]


def test_plain_text_units_carry_lines_on_both_sides() -> None:
    units = _units(DATA / "planted" / "news.zh.txt", DATA / "planted" / "news.en.txt")
    assert [u.id for u in units][:3] == ["1/1", "3/3", "5/5"]
    assert units[1].target_location.endswith("news.en.txt:3")


def test_gb18030_csv(tmp_path: Path) -> None:
    path = tmp_path / "gbk.csv"
    path.write_bytes("zh,en\n世界需要一个稳定的中亚，世界需要一个繁荣的中亚。,"
                     "A stable Central Asia.\n".encode("gb18030"))
    assert _units(path)[0].source.startswith("世界需要一个稳定的中亚")


BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
"""


def _xxe(kind: str, secret: Path) -> str:
    head = f'<?xml version="1.0"?>\n<!DOCTYPE x [ <!ENTITY xxe SYSTEM "file://{secret}"> ]>\n'
    if kind == "tmx":
        return head + ('<tmx version="1.4"><header srclang="zh-CN"/><body><tu tuid="1">'
                       '<tuv xml:lang="zh-CN"><seg>世界需要一个稳定的中亚。</seg></tuv>'
                       '<tuv xml:lang="en"><seg>&xxe;</seg></tuv></tu></body></tmx>\n')
    return head + ('<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file '
                   'original="a" source-language="zh-CN" target-language="en" datatype="plaintext">'
                   '<body><trans-unit id="1"><source>世界需要一个稳定的中亚。</source>'
                   '<target>&xxe;</target></trans-unit></body></file></xliff>\n')


@pytest.mark.parametrize("kind", ["tmx", "xlf"])
def test_external_entity_is_refused_and_never_read(kind: str, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT-4711", encoding="utf-8")
    draft = tmp_path / f"evil.{kind}"
    draft.write_text(_xxe(kind, secret), encoding="utf-8")
    out = tmp_path / "report.json"
    result = run_tifa("lint", str(draft), "--format", "json", "-o", str(out))
    assert result.returncode == 2
    assert "TOP-SECRET" not in result.stdout + result.stderr
    assert not out.exists()
    assert result.stderr.count("\n") == 1 and "entit" in result.stderr
    with pytest.raises(TifaError):
        _units(draft)


@pytest.mark.parametrize("kind", ["tmx", "xlf"])
def test_xml_bomb_is_refused(kind: str, tmp_path: Path) -> None:
    draft = tmp_path / f"bomb.{kind}"
    body = _xxe(kind, tmp_path / "x").split("\n", 2)[2].replace("&xxe;", "&lol3;")
    draft.write_text(BOMB + body, encoding="utf-8")
    with pytest.raises(TifaError, match="entities"):
        _units(draft)


def _bad(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


BAD_INPUTS = [
    ("broken.tmx", '<?xml version="1.0"?>\n<tmx version="1.4"><header/><body><tu>\n<tuv>',
     "malformed"),
    ("broken.xlf", '<?xml version="1.0"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:'
     'document:1.2"><file><body><trans-unit id="1"><source>中</source>\n</xliff>', "malformed"),
    ("broken.po", 'msgid "中"\nmsgstr "x"\nmsgid\n', "PO"),
    ("columns.csv", "chinese text;english text\n世界;World\n", "no source column"),
    ("missing.csv", "zh\n世界需要一个稳定的中亚。\n", "no target column"),
    ("swapped.csv", "source,target\nThe world needs a stable Central Asia.,"
     "世界需要一个稳定的中亚。\nThank you.,谢谢大家。\n", "swapped"),
    ("empty.csv", "", "header"),
    ("empty.tmx", "", "malformed"),
    ("header-only.csv", "zh,en\n", "no translation units"),
    ("short-row.csv", "id,zh,en\n1,世界需要一个稳定的中亚。\n", "field"),
    ("binary.csv", b"zh,en\n\x00\x01\x02\x03" * 100, "binary"),
    ("draft.txt", "世界需要一个稳定的中亚。\n", "--en"),
    ("draft.odt", "x", "unknown draft format"),
    ("draft.docx", "x", "--en"),  # a Word file is one side of a plain-text pair
    ("closed.sdlxliff", '<?xml version="1.0"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:'
     'xliff:document:1.2"><file original="a" source-language="zh-CN" target-language="en" '
     'datatype="x-sdlfilterframework2"><body><group translate="no"><trans-unit id="1"><source>'
     '目录</source></trans-unit></group><trans-unit id="2"><source><x id="1"/></source>'
     '</trans-unit></body></file></xliff>\n',
     r"no text to check: 2 segment\(s\) skipped \(not for translation 1, tags only 1\)"),
]


@pytest.mark.parametrize(("name", "content", "message"), BAD_INPUTS)
def test_bad_input_is_one_clear_error(name, content, message, tmp_path: Path) -> None:
    path = _bad(tmp_path, name, content)
    with pytest.raises(TifaError, match=message) as info:
        _units(path)
    assert str(path) in str(info.value)


def test_bad_input_through_the_cli_exits_2_without_traceback(tmp_path: Path) -> None:
    path = _bad(tmp_path, "swapped.csv", BAD_INPUTS[5][1])
    result = run_tifa("lint", str(path))
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith(f"tifa: error: {path}") and "Traceback" not in result.stderr


def test_ten_megabyte_single_line(tmp_path: Path) -> None:
    big = "世界需要一个稳定的中亚。" * 900_000  # ~10 MB of UTF-8 on one line
    csv_path = _bad(tmp_path, "big.csv", f"zh,en\n{big},The world.\n")
    with pytest.raises(TifaError, match="characters"):
        _units(csv_path)
    zh = _bad(tmp_path, "big.zh.txt", big[:3_000_000])
    en = _bad(tmp_path, "big.en.txt", "The world needs a stable Central Asia. " * 10)
    result = run_tifa("lint", str(zh), "--en", str(en))
    assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr[-500:]
    assert "paragraph of 3,000,000 characters" in result.stderr


def test_english_only_file_is_refused(tmp_path: Path) -> None:
    path = _bad(tmp_path, "en.csv", "source,target\nHello there.,General Kenobi.\n")
    with pytest.raises(TifaError, match="no Chinese"):
        _units(path)


# ---------------------------------------------------------------- CAT tools' own XLIFF files

FLAVOURS = DATA / "flavours"
TWIN = FLAVOURS / "statement.xlf"  # the plain XLIFF twin: a trans-unit a sentence, no tags
KINDS = ("sdlxliff", "mqxliff", "mxliff")  # Trados Studio, memoQ, Phrase (Memsource)
# Where each flavour's seven segments are, as a reviser looks them up in the CAT tool:
# Trados by segment number (the mid), memoQ by row (the trans-unit id), Phrase by paragraph
SEGMENT_IDS = {
    "sdlxliff": ["a3e5b9d0-6f21-4c8e-b7a4-0d2c9e81f5b6/1",
                 "1f8c7a2e-95d4-4b0c-a3e6-7e2f1d0c9b48/2",
                 "1f8c7a2e-95d4-4b0c-a3e6-7e2f1d0c9b48/3",
                 "c42b6e1f-7d3a-4f95-8e0b-5a9d2c7f1e63/4",
                 "c42b6e1f-7d3a-4f95-8e0b-5a9d2c7f1e63/5",
                 "e9d03b7c-2a61-48f5-b1c4-6f8e0a3d5c27/6",
                 "5d7a1e3c-4b92-4f60-8c2d-9e1b7f0a6c35/7"],
    "mqxliff": ["2", "3", "4", "5", "6", "7", "8"],
    "mxliff": [f"kT3vR8wQy2LmN5pXa7Bc1d_{p}" for p in ("1:0", "2:0", "2:1", "3:0", "3:1", "4:0",
                                                        "5:0")],
}
SKIPPED = {"sdlxliff": {"not for translation": 2, "tags only": 1}, "mqxliff": {"tags only": 1},
           "mxliff": {"tags only": 1}}


def _lint(path: Path) -> tuple[list[LintUnit], list]:
    units = list(read_units(path))
    return units, list(iter_findings(units, load_glossary()))


@pytest.mark.parametrize("kind", KINDS)
def test_a_cat_tools_file_reads_as_its_plain_twin(kind: str) -> None:
    """Trados, memoQ and Phrase files give the twin's seven sentences, text for text: no
    inline code (memoQ's <bpt>&lt;w:sz w:val="28"/&gt;</bpt>, Phrase's {1>…<1}), no tracked
    deletion (Trados's x-sdl-deleted "widening"), nothing of the sdl:/mq:/m: namespaces or of
    the embedded original is text. Structure is counted as skipped, not linted."""
    skipped: Counter = Counter()
    units = list(read_units(FLAVOURS / f"statement.{kind}", skipped=skipped))
    twin = list(read_units(TWIN))
    assert [(u.source, u.target) for u in units] == [(u.source, u.target) for u in twin]
    assert [u.id for u in units] == SEGMENT_IDS[kind]
    assert dict(skipped) == SKIPPED[kind]


@pytest.mark.parametrize("kind", KINDS)
def test_correct_cat_tool_files_lint_silent(kind: str) -> None:
    """Precision: the correct translation is silent in every flavour, as its twin is (on main
    the memoQ file gave a number-mismatch for the footnote code's w:id="2", and the Phrase file
    was refused as XLIFF 2.0 for its m:version="2.0")."""
    assert _lint(TWIN)[1] == []
    assert _lint(FLAVOURS / f"statement.{kind}")[1] == []


def _found(units: list[LintUnit], findings: list) -> list[tuple]:
    """Findings with their unit's position in the file, comparable across flavours."""
    position = {u.id: k for k, u in enumerate(units)}
    return [(position[f.unit_id], f.code, f.term, f.expected, f.message,
             f.span and (f.span.side, f.span.text)) for f in findings]


@pytest.mark.parametrize("kind", KINDS)
def test_slipped_cat_tool_file_gives_its_twins_findings(kind: str) -> None:
    """Recall: five slips (a figure, a deprecated rendering, "Lu Ban" inside a bold tag, an
    empty target, a month inside an underline tag) give exactly the twin's five findings, each
    at its segment: the CAT tool's segment id in JSON, the trans-unit's line in the text
    report. An empty target is one `untranslated` finding, nothing else."""
    twin_units, twin = _lint(FLAVOURS / "statement.slips.xlf")
    path = FLAVOURS / f"statement.slips.{kind}"
    units, found = _lint(path)
    assert len(twin) == 5 and _found(units, found) == _found(twin_units, twin)
    ids = SEGMENT_IDS[kind]
    assert [(f.unit_id, f.code) for f in found] == [
        (ids[1], "number-mismatch"), (ids[2], "term-deprecated"), (ids[3], "term-deprecated"),
        (ids[4], "untranslated"), (ids[6], "number-mismatch")]
    lines = path.read_text(encoding="utf-8").splitlines()
    for f in found:
        file, line = f.location.rsplit(":", 1)
        assert file == str(path)
        unit_id = f.unit_id.split("/")[0]
        assert f'<trans-unit id="{unit_id}"' in lines[int(line) - 1]


def test_cat_tool_files_through_the_cli_name_what_was_skipped(tmp_path: Path) -> None:
    """Conservation in the report: the summary counts the segments linted and names the ones
    skipped (JSON "skipped", the text summary line)."""
    path = FLAVOURS / "statement.slips.sdlxliff"
    out = tmp_path / "r.json"
    result = run_tifa("lint", str(path), "--json", "-o", str(out))
    assert result.returncode == 1, result.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["summary"]["units"] == 7
    assert report["summary"]["skipped"] == {"not for translation": 2, "tags only": 1}
    assert report["findings"][0]["id"] == SEGMENT_IDS["sdlxliff"][1]
    text = run_tifa("lint", str(FLAVOURS / "statement.mxliff")).stdout
    assert text.endswith("in 7 unit(s); 1 segment(s) skipped (tags only 1)\n")
    plain = json.loads(run_tifa("lint", str(TWIN), "--json").stdout)
    assert plain["summary"]["skipped"] == {}


@pytest.mark.parametrize("kind", KINDS)
def test_translate_toolkit_reads_the_fixtures_as_xliff_12(kind: str) -> None:
    """An independent reader of XLIFF 1.2 (translate-toolkit's store) finds the same
    trans-units, and in each the text we read: the fixtures are XLIFF 1.2 as written."""
    from translate.storage import xliff

    path = FLAVOURS / f"statement.{kind}"
    store = xliff.xlifffile.parsefile(str(path))
    theirs = [u for u in store.unit_iter() if not u.isheader()]
    tree = etree.parse(str(path))
    ns = {"x": "urn:oasis:names:tc:xliff:document:1.2"}
    assert [u.xmlelement.get("id") for u in theirs] == tree.xpath("//x:trans-unit/@id",
                                                                    namespaces=ns)
    ours = list(read_units(path))
    by_unit: dict[str, list[str]] = {}
    for u in ours:
        by_unit.setdefault(u.id.split("/")[0], []).append(u.source)
    for unit in theirs:
        if unit.xmlelement.get("id") in by_unit:  # theirs keeps inline code in the text
            text = re.sub(r"<[^>]*>|\{\w+>|<\w+\}|\{\d+\}", "", str(unit.source))
            assert text == "".join(by_unit[unit.xmlelement.get("id")])


def test_trados_embedded_original_is_streamed_past(tmp_path: Path) -> None:
    """Trados keeps the whole original (base64) in <internal-file>: 12 MB of it (over
    libxml2's 10 MB text limit: main refused the file as malformed) is never parsed, the
    units are the same, and their lines stay the file's own when the base64 is wrapped."""
    fixture = (FLAVOURS / "statement.sdlxliff").read_text(encoding="utf-8")
    head, rest = fixture.split('<internal-file form="base64">', 1)
    blob, tail = rest.split("</internal-file>", 1)
    assert len(blob) > 60_000 and blob.startswith("UEsDB")  # a zip: the .docx
    wrapped = "\n".join(("QUJD" * 19)[:76] for _ in range(160_000))  # 12 MB, 76 a line
    big = tmp_path / "big.sdlxliff"
    big.write_text(f'{head}<internal-file form="base64">{wrapped}</internal-file>{tail}',
                   encoding="utf-8")
    units = list(read_units(big))
    small = list(read_units(FLAVOURS / "statement.sdlxliff"))
    assert [(u.id, u.source, u.target) for u in units] == [(u.id, u.source, u.target)
                                                            for u in small]
    lines = big.read_text(encoding="utf-8").splitlines()
    for u in units:
        line = int(u.location.rsplit(":", 1)[1])
        assert f'<trans-unit id="{u.id.split("/")[0]}"' in lines[line - 1]


def test_phrase_tags_are_removed_only_in_a_phrase_file(tmp_path: Path) -> None:
    """{1>…<1} is Phrase's tag only where the file declares Phrase's namespace; elsewhere
    it is text, kept as written."""
    body = ('<trans-unit id="1"><source>会议{1>第3次&lt;1}举行。</source>'
            '<target>The {1>third&lt;1} meeting was held.</target></trans-unit>')
    for ns, expected in (('xmlns:m="http://www.memsource.com/mxlf/2.0" ', "会议第3次举行。"),
                         ("", "会议{1>第3次<1}举行。")):
        path = tmp_path / "d.xlf"
        path.write_text(f'<?xml version="1.0"?>\n<xliff version="1.2" {ns}xmlns="urn:oasis:'
                        'names:tc:xliff:document:1.2"><file original="a" source-language="zh" '
                        f'target-language="en" datatype="plaintext"><body>{body}</body></file>'
                        '</xliff>\n', encoding="utf-8")
        assert _units(path)[0].source == expected


def test_malformed_sdlxliff_is_one_line_with_its_place(tmp_path: Path) -> None:
    """A Trados file cut short (a copy interrupted): one line FILE:LINE, exit 2, no report."""
    text = (FLAVOURS / "statement.sdlxliff").read_text(encoding="utf-8")
    cut = tmp_path / "cut.sdlxliff"
    cut.write_text(text[:text.index("<trans-unit id=\"e9d03b7c")] + "<trans-unit id=\"x\">"
                   "<source>双方</sourc></trans-unit>\n", encoding="utf-8")
    out = tmp_path / "r.txt"
    result = run_tifa("lint", str(cut), "-o", str(out))
    assert result.returncode == 2 and not out.exists()
    assert re.fullmatch(rf"tifa: error: {re.escape(str(cut))}:19:\d+: malformed XLIFF/XML: "
                        r".*\n", result.stderr), result.stderr


_HAN = "中国同亚国家务实合作稳步推进双方能源交通农业领域"


@st.composite
def _segment(draw) -> tuple[str, str, str, str]:
    """(source XML, source text, target XML, target text) of a segment whose inline tags
    (<g> around a stretch, <x/>, <bx/>/<ex/>, memoQ-style <ph> with native code holding
    digits) fall anywhere."""
    source = draw(st.text(_HAN + "0123456789", min_size=1, max_size=12)) + "。"
    source = draw(st.sampled_from(_HAN)) + source  # Chinese, whatever the digits
    target = draw(st.sampled_from(["A", "The", "Both"])) + " " + " ".join(draw(
        st.text("abcdefg 1234567", max_size=15)).split()) + "."  # XML space: one is one

    def tagged(text: str, k: int) -> tuple[str, str]:
        """(the text with a tag, the text read): a space where the tag parted a digit from
        a letter, digit or stop before it, or a letter from a stop (a footnote, a tab)."""
        cuts = sorted(draw(st.lists(st.integers(0, len(text)), min_size=2, max_size=2)))
        a, b = cuts
        kind = draw(st.sampled_from(["g", "x", "bx", "ph", "none"]))
        if kind == "g":
            xml = f'{text[:a]}<g id="{k}">{text[a:b]}</g>{text[b:]}'
        elif kind == "ph":
            xml, b = f'{text[:a]}<ph id="{k}">&lt;w:sz w:val="{k}8"/&gt;</ph>{text[a:]}', a
        elif kind in ("x", "bx"):
            xml, b = f'{text[:a]}<{kind} id="{k}"/>{text[a:]}', a
        else:
            return text, text
        read = text
        for cut in sorted({a, b}, reverse=True):
            before, after = text[cut - 1:cut], text[cut:cut + 1]
            if after.isdigit() and before and before in "abcdefg0123456789." \
                    or after.isalpha() and after.isascii() and before == ".":
                read = read[:cut] + " " + read[cut:]
        return xml, read

    (src_xml, src), (tgt_xml, tgt) = tagged(source, 1), tagged(target, 1)
    return src_xml, src, tgt_xml, tgt


@st.composite
def _trans_unit(draw, n: int) -> tuple[str, list[tuple[str, str | None, str]]]:
    """A trans-unit's XML and its segments: (expected reason or "", source, target)."""
    kind = draw(st.sampled_from(["segmented", "whole", "no", "tags", "empty"]))
    if kind == "no":
        return f'<trans-unit id="u{n}" translate="no"><source>目录</source></trans-unit>', [
            ("not for translation", None, "")]
    if kind == "tags":
        return f'<trans-unit id="u{n}"><source><x id="1"/><ph id="2">&lt;w:br/&gt;</ph>' \
               '</source></trans-unit>', [("tags only", None, "")]
    if kind == "empty":
        return f'<trans-unit id="u{n}"><source> </source><target/></trans-unit>', [
            ("empty source", None, "")]
    if kind == "whole":
        src_xml, src, tgt_xml, tgt = draw(_segment())
        return (f'<trans-unit id="u{n}"><source>{src_xml}</source><target>{tgt_xml}</target>'
                "</trans-unit>", [("", src, tgt)])
    segments = draw(st.lists(_segment(), min_size=1, max_size=4))
    empty = [draw(st.booleans()) for _ in segments]  # an untranslated segment
    source = "".join(s[0] for s in segments)
    seg_source = " ".join(f'<mrk mtype="seg" mid="{k}">{s[0]}</mrk>'
                          for k, s in enumerate(segments, 1))
    target = " ".join(f'<mrk mtype="seg" mid="{k}">{"" if e else s[2]}</mrk>'
                      for k, (s, e) in enumerate(zip(segments, empty, strict=True), 1))
    return (f'<trans-unit id="u{n}"><source>{source}</source><seg-source>{seg_source}'
            f'</seg-source><target>{target}</target><sdl:seg-defs/></trans-unit>',
            [("", s[1], "" if e else s[3]) for s, e in zip(segments, empty, strict=True)])


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_every_segment_is_linted_or_named_as_skipped(tmp_path: Path, data) -> None:
    """Conservation: over generated segmentations and tag placements, the units read plus
    the segments counted as skipped are the file's segments, one for one, and each unit's
    text is its segment's without the tags."""
    units = [data.draw(_trans_unit(n)) for n in range(data.draw(st.integers(1, 6)))]
    units.append(data.draw(_trans_unit(99).filter(lambda u: u[1][0][0] == "")))
    path = tmp_path / "gen.sdlxliff"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<xliff xmlns:sdl="http://sdl.com/FileTypes/'
        'SdlXliff/1.0" xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file '
        'original="a.docx" datatype="x-sdlfilterframework2" source-language="zh-CN" '
        'target-language="en-US"><header><reference><internal-file form="base64">UEsDBA=='
        '</internal-file></reference></header><body>\n'
        + "\n".join(f"<group>{xml}</group>" for xml, _ in units)
        + "\n</body></file></xliff>\n", encoding="utf-8")
    skipped: Counter = Counter()
    got = [(u.source, u.target) for u in read_units(path, skipped=skipped)]
    segments = [s for _, segs in units for s in segs]
    assert got == [(src, tgt) for why, src, tgt in segments if not why]
    assert skipped == Counter(why for why, _, _ in segments if why)
    assert len(got) + sum(skipped.values()) == len(segments)


@settings(max_examples=200, deadline=None)
@given(pieces=st.lists(st.one_of(
    st.text("ab<>/\n =\"", max_size=30),
    st.builds(lambda attrs, body: (f'<internal-file{attrs}>', body),
              st.sampled_from(["", ' form="base64"', ' form="text/xml" crc="7"']),
              st.text("QUJD+/=\n", max_size=60))), max_size=8),
    chunk=st.integers(1, 40))
def test_internal_files_are_cut_out_at_any_chunk_boundary(pieces, chunk, tmp_path_factory):
    """The filter that keeps Trados's embedded original from the parser: whatever the chunk
    size, its output is the input without each <internal-file>'s content, line breaks kept."""
    from tifa.tm.lint import readers

    raw, expected = "", ""
    for piece in pieces:
        if isinstance(piece, tuple):
            start, body = piece
            raw += f"{start}{body}</internal-file>"
            expected += f"{start}{chr(10) * body.count(chr(10))}</internal-file>"
        else:
            raw += piece
            expected += piece
    if "internal-file" in raw.replace("<internal-file", "").replace("</internal-file>", ""):
        return
    path = tmp_path_factory.mktemp("skip") / "f.xml"
    path.write_bytes(raw.encode())
    stream = readers._SkipInternalFiles(path)
    stream.CHUNK = chunk
    with stream:
        assert stream.read().decode() == expected


PROBES = DATA / "probes17"


def _bilingual(zh: str, en: str, glue: str) -> str:
    """One text of a Chinese document and its English, as `glue` lays them out."""
    zs = [p for p in (PROBES / zh).read_text(encoding="utf-8").split("\n\n") if p.strip()]
    es = [p for p in (PROBES / en).read_text(encoding="utf-8").split("\n\n") if p.strip()]
    if glue == "whole":  # the Chinese, then the English
        return "\n\n".join(zs) + "\n\n" + "\n\n".join(es) + "\n"
    sep = "\n\n" if glue == "paragraphs" else "\n"
    return sep.join(z.strip() + sep + e.strip() for z, e in zip(zs, es, strict=True)) + "\n"


@pytest.mark.parametrize("glue", ["paragraphs", "lines", "whole"])
def test_one_bilingual_text_is_linted_as_its_two_sides(glue, tmp_path: Path) -> None:
    """A 对照 text (each Chinese paragraph followed by its English, line by line, or the whole
    Chinese before the whole English) reads as the pair of texts would: the same units, its
    own line numbers on both sides, and a slip found at its line."""
    text = _bilingual("call.zh.txt", "call.en.txt", glue)
    path = tmp_path / "call.txt"
    path.write_text(text, encoding="utf-8")
    pair = _units(PROBES / "call.zh.txt", PROBES / "call.en.txt")
    units = _units(path)
    assert [(u.source, u.target) for u in units] == [(u.source, u.target) for u in pair]
    lines = text.split("\n")
    for u in units:
        zline = int(u.location.rsplit(":", 1)[1])
        eline = int(u.target_location.rsplit(":", 1)[1])
        assert u.source[:10] in lines[zline - 1] and u.target[:10] in lines[eline - 1]
    slipped = tmp_path / "slipped.txt"
    slipped.write_text(text.replace("52nd anniversary", "50th anniversary"), encoding="utf-8")
    found = list(iter_findings(_units(slipped), load_glossary(env=False)))
    assert [f.code for f in found] == ["number-mismatch"]
    assert "50th" in lines[int(found[0].target_location.rsplit(":", 1)[1]) - 1].replace(
        "52nd", "50th")


@pytest.mark.parametrize("text", [
    "世界需要一个稳定的中亚。\n世界需要一个繁荣的中亚。\n",
    "Central Asia news\n\n世界需要一个稳定的中亚。\n\n世界需要一个繁荣的中亚。\n\n"
    "中亚是亚欧大陆的中心。\n",  # an English title over a Chinese text
    "The world needs a stable Central Asia.\n",
])
def test_a_text_of_one_language_still_needs_the_other_side(text, tmp_path: Path) -> None:
    path = tmp_path / "draft.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(TifaError, match="--en"):
        _units(path)
