"""Lint readers: every format gives units with findable places; bad input is one line, exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest
from tifa.tm.base.files import TifaError
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
