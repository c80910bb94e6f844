"""Office documents read as text: Word (.docx) what the body says, tracked changes accepted;
Excel (.xlsx) the first sheet as CSV, rows and columns in place.

Two kinds of file: ones written here, part by part, to pin each rule (tracked changes, text
boxes, fields, tables; shared, inline and rich strings, gaps), with conservation laws over
generated paragraphs and cells; and ones written by LibreOffice from flat ODF
(tests/data/office/, made by `make_fixtures.py` there), the way a translator's office suite
writes them.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tifa.tm.base.files import TifaError, read_text
from tifa.tm.corpus.segment import split_sentences

from tests.conftest import REPO, run_tifa

DATA = REPO / "tests" / "data" / "office"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def docx(body: str, extra: dict[str, str] | None = None) -> bytes:
    """A minimal .docx whose body is `body` (WordprocessingML)."""
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           f'<w:document xmlns:w="{W}" xmlns:mc="{MC}"><w:body>{body}<w:sectPr/></w:body>'
           f'</w:document>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", xml)
        for name, text in (extra or {}).items():
            archive.writestr(name, text)
    return out.getvalue()


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(*parts: str, mark_deleted: bool = False) -> str:
    ppr = '<w:pPr><w:rPr><w:del w:id="9" w:author="R"/></w:rPr></w:pPr>' if mark_deleted else ""
    return f"<w:p>{ppr}{''.join(parts)}</w:p>"


def read(tmp_path: Path, data: bytes, name: str = "a.docx") -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return read_text(path)


def test_tracked_changes_are_accepted(tmp_path) -> None:
    body = (para(run("中方愿同各方一道，"),
                 '<w:ins w:id="1" w:author="R"><w:r><w:t>推动构建</w:t></w:r></w:ins>',
                 run("人类命运共同体。"),
                 '<w:del w:id="2" w:author="R"><w:r><w:delText>删去的话</w:delText></w:r></w:del>',
                 '<w:moveFrom w:id="3" w:author="R"><w:r><w:t>移走的话</w:t></w:r></w:moveFrom>')
            + para(run("第一段的后半句"), mark_deleted=True)
            + para(run("与下一段连成一段。"))
            + para('<w:moveTo w:id="4" w:author="R"><w:r><w:t>移来的话。</w:t></w:r></w:moveTo>'))
    assert read(tmp_path, docx(body)) == (
        "中方愿同各方一道，推动构建人类命运共同体。\n\n第一段的后半句与下一段连成一段。\n\n移来的话。\n")


def test_tables_text_boxes_fields_and_special_characters(tmp_path) -> None:
    textbox = (f'<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>'
               f'{para(run("文本框里的话。"))}</w:txbxContent></w:drawing></mc:Choice>'
               f'<mc:Fallback><w:pict><w:txbxContent>{para(run("文本框里的话。"))}'
               f'</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    field = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
             '<w:r><w:instrText> DATE \\@ "yyyy" </w:instrText></w:r>'
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
             '<w:r><w:t>2026</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')
    body = (para(run("A"), "<w:r><w:tab/></w:r>", run("B"), "<w:r><w:br/></w:r>", run("C"))
            + para(run("anti"), "<w:r><w:softHyphen/></w:r>", run("hegemony, two"),
                   "<w:r><w:noBreakHyphen/></w:r>", run("way"))
            + para(run("正文，"), textbox, run("接着说。"))
            + para(run("Year "), field, run("."),
                   '<w:r><w:footnoteReference w:id="1"/></w:r>')
            + para('<w:hyperlink r:id="x" xmlns:r="urn:r">' + run("a link") + "</w:hyperlink>",
                   '<w:sdt><w:sdtContent>' + run(" in a control") + "</w:sdtContent></w:sdt>")
            + "<w:tbl><w:tr><w:tc>" + para(run("表格一")) + "</w:tc><w:tc>"
            + para(run("表格二")) + "</w:tc></w:tr></w:tbl>"
            + para())
    assert read(tmp_path, docx(body, {"word/footnotes.xml": "<x>not body text</x>"})) == (
        "A\tB\nC\n\nantihegemony, two-way\n\n正文，接着说。\n\n文本框里的话。\n\nYear 2026.\n\n"
        "a link in a control\n\n表格一\n\n表格二\n\n\n")


# Paragraph text as Word keeps it: any character XML 1.0 allows, runs of any length.
_CHARS = st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n\t\x0b\x0c",
                       min_codepoint=0x20)
_RUNS = st.lists(st.text(_CHARS, min_size=0, max_size=12), min_size=0, max_size=5)


@settings(max_examples=150, deadline=None)
@given(st.lists(_RUNS, min_size=1, max_size=8))
def test_no_character_of_the_body_is_lost_or_added(tmp_path_factory, paragraphs) -> None:
    """Conservation: the text is the paragraphs' runs, joined, a blank line between them."""
    body = "".join(para(*(run(text) for text in runs)) for runs in paragraphs)
    got = read(tmp_path_factory.mktemp("d"), docx(body))
    assert got == "\n\n".join("".join(runs) for runs in paragraphs) + "\n"


def test_refused_cleanly(tmp_path) -> None:
    """Other archives, broken ones, entity tricks and other document formats: one line each."""
    cases = {
        "letter.odt": _zip({"content.xml": "<office:document-content/>"}),
        "sheet.xlsx": _zip({"xl/workbook.xml": "<workbook/>"}),
        "cut.docx": docx(para(run("半截")))[:60],
        "bomb.docx": _zip({"word/document.xml":
                           '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
                           '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
                           f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&b;</w:t></w:r>'
                           '</w:p></w:body></w:document>'}),
        "old.doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600),
        "scan.pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
        "memo.rtf": b"{\\rtf1\\ansi hello}",
    }
    for name, data in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(TifaError) as caught:
            text = read_text(path)
            assert "aaaaaaaaaa" not in text, "an entity was expanded"
            raise AssertionError(f"{name} was read: {text!r}")
        message = str(caught.value)
        assert name in message and "\n" not in message, message


def _zip(parts: dict[str, str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return out.getvalue()


# ---------------------------------------------------------------- written by LibreOffice


def test_libreoffice_documents_read_as_their_text() -> None:
    """A Word file from a real word processor: the table, the frame, the accepted insertion and
    the footnote handled as above; the deleted words gone."""
    zh = read_text(DATA / "speech.zh.docx")
    assert zh.split("\n") == (DATA / "speech.zh.expected.txt").read_text(
        encoding="utf-8").split("\n")
    en = read_text(DATA / "speech.en.docx")
    assert en.split("\n") == (DATA / "speech.en.expected.txt").read_text(
        encoding="utf-8").split("\n")


def test_lint_align_tm_and_score_take_word_files(tmp_path) -> None:
    """A Word file's paragraphs are the author's: the title, the salutation ending in a comma
    and the table's cells each pair with their English (a plain-text reading ran them
    together, and took the cells for a page's headline), and the correct translation lints
    silent."""
    zh, en = str(DATA / "speech.zh.docx"), str(DATA / "speech.en.docx")
    beads = run_tifa("align", "--zh", zh, "--en", en)
    assert beads.returncode == 0, beads.stderr
    rows = [line.split("\t") for line in beads.stdout.splitlines()[1:]]
    assert [row[2] for row in rows] == ["1-1"] * 14  # 14 sentences in 11 paragraphs
    assert rows[1][4].startswith("尊敬的") and rows[1][5].startswith("Distinguished guests")
    assert rows[7][4:6] == ["已在3国设立分中心", "branch centres set up in three countries"]
    lint = run_tifa("lint", zh, en)
    assert lint.returncode == 0 and lint.stdout.startswith("0 error(s), 0 warning(s)"), lint.stdout
    tm = run_tifa("tm", "build", "--zh", zh, "--en", en, "-o", str(tmp_path / "speech.tmx"))
    assert tm.returncode == 0 and "wrote 14 units" in tm.stderr + tm.stdout, tm.stderr
    score = run_tifa("score", "--src", zh, en, "--json")
    assert score.returncode == 0, score.stderr

def test_bad_word_file_is_one_line_and_exit_2(tmp_path) -> None:
    bad = tmp_path / "draft.docx"
    bad.write_bytes(_zip({"word/other.xml": "<x/>"}))
    result = run_tifa("lint", str(DATA / "speech.zh.docx"), str(bad))
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert result.stderr.startswith("tifa: error: ") and "draft.docx" in result.stderr
    assert "neither a Word (.docx) nor an Excel (.xlsx) document" in result.stderr


def test_a_corpus_directory_offers_word_pages_but_not_word_lock_files(tmp_path) -> None:
    """`tifa segment DIR` walks .docx pages beside .txt ones; Word's ~$ lock file (binary, left
    beside an open document) is no page."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "speech.docx").write_bytes((DATA / "speech.zh.docx").read_bytes())
    (corpus / "~$eech.docx").write_bytes(b"\x05Reviser" + bytes(150))
    result = run_tifa("segment", str(corpus), "-f", "txt")
    assert result.returncode == 0, result.stderr
    assert "践行真正的多边主义" in result.stdout and "守望相助，共同发展。" in result.stdout
    # a Word file's short paragraphs are text (a newspaper page's would be a headline's pieces)
    lines = result.stdout.splitlines()
    assert lines[:2] == ["在中国—中亚农业合作论坛开幕式上的致辞",
                         "尊敬的各位来宾，女士们，先生们，朋友们："]
    assert "旱区农业联合实验室" in lines and "覆盖面积超过2万公顷" in lines


# ---------------------------------------------------------------- Excel

S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def xlsx(sheets: list[str], shared: list[str] | None = None) -> bytes:
    """A minimal .xlsx: each sheet's sheetData rows, and the shared strings (raw <si> XML)."""
    listed = "".join(f'<sheet name="S{i}" sheetId="{i}" r:id="rId{i}"/>'
                     for i in range(1, len(sheets) + 1))
    rels = "".join(f'<Relationship Id="rId{i}" Type="worksheet" '
                   f'Target="worksheets/sheet{i}.xml"/>' for i in range(1, len(sheets) + 1))
    parts = {
        "[Content_Types].xml": "<Types/>",
        "xl/workbook.xml": f'<workbook xmlns="{S}" xmlns:r="{R}"><sheets>{listed}</sheets>'
                           "</workbook>",
        "xl/_rels/workbook.xml.rels": '<Relationships xmlns="http://schemas.openxmlformats.org'
                                      f'/package/2006/relationships">{rels}</Relationships>',
    }
    for i, rows in enumerate(sheets, 1):
        parts[f"xl/worksheets/sheet{i}.xml"] = (f'<worksheet xmlns="{S}"><sheetData>{rows}'
                                                "</sheetData></worksheet>")
    if shared is not None:
        parts["xl/sharedStrings.xml"] = f'<sst xmlns="{S}">{"".join(shared)}</sst>'
    return _zip(parts)


def test_excel_cells_read_as_their_values(tmp_path) -> None:
    shared = ["<si><t>中文</t></si>", "<si><t>English</t></si>",
              "<si><r><t>守望</t></r><r><rPr><b/></rPr><t>相助</t></r>"
              "<rPh><t>しゅぼう</t></rPh></si>",
              '<si><t xml:space="preserve">mutual assistance_x000D_\n(binding)</t></si>']
    rows = ('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
            '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c></row>'
            '<row r="4"><c r="A4" t="inlineStr"><is><t>百分之十二</t></is></c>'
            '<c r="C4"><v>12</v></c><c r="D4"><v>12.5</v></c><c r="E4"><v>0.1</v></c>'
            '<c r="F4" t="b"><v>1</v></c><c r="G4" t="str"><f>A1&amp;B1</f><v>中文English</v></c>'
            '<c r="H4" t="e"><v>#N/A</v></c><c r="I4" s="3"/></row>')
    text = read(tmp_path, xlsx([rows, '<row r="1"><c r="A1" t="inlineStr"><is><t>第二页'
                                '</t></is></c></row>'], shared), "terms.xlsx")
    assert text == ('中文,English\n守望相助,"mutual assistance\r\n(binding)"\n\n'
                    '百分之十二,,12,12.5,0.1,TRUE,中文English,#N/A,\n')


_CELL = st.text(st.characters(blacklist_categories=("Cs", "Cc"), min_codepoint=0x20),
                max_size=10)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(_CELL, max_size=5), min_size=1, max_size=8))
def test_no_cell_is_lost_moved_or_added(tmp_path_factory, grid) -> None:
    """Conservation: the CSV read back is the grid, every cell in its row and column (empty
    cells are not written to the sheet, as Excel does not write them)."""
    import csv

    shared: list[str] = []
    rows = []
    for r, cells in enumerate(grid, 1):
        xml = []
        for c, value in enumerate(cells):
            if value:
                kept = re.sub(r"_(?=x[0-9A-Fa-f]{4}_)", "_x005F_", value)  # as Excel does
                shared.append(f'<si><t xml:space="preserve">{escape(kept)}</t></si>')
                xml.append(f'<c r="{chr(65 + c)}{r}" t="s"><v>{len(shared) - 1}</v></c>')
        if xml:
            rows.append(f'<row r="{r}">{"".join(xml)}</row>')
    text = read(tmp_path_factory.mktemp("x"), xlsx(["".join(rows)], shared), "g.xlsx")
    back = list(csv.reader(io.StringIO(text, newline="")))
    trimmed = [cells[:max((i + 1 for i, v in enumerate(cells) if v), default=0)]
               for cells in grid]
    while trimmed and not trimmed[-1]:
        trimmed.pop()
    assert back == trimmed


def _rows(text: str) -> list[list[str]]:
    """CSV rows without trailing empty cells (a spreadsheet does not store those)."""
    import csv

    rows = list(csv.reader(io.StringIO(text, newline="")))
    return [row[:max((i + 1 for i, v in enumerate(row) if v), default=0)] for row in rows]


def test_libreoffice_sheets_read_as_their_values() -> None:
    for name in ("terms", "draft"):
        assert _rows(read_text(DATA / f"{name}.xlsx")) == _rows(
            (DATA / f"{name}.expected.csv").read_text(encoding="utf-8"))


def test_lint_and_lookup_take_an_excel_draft_and_term_list() -> None:
    """A bilingual table and a client's term list, both from a spreadsheet: the three slips are
    found on their rows, the terms are looked up with the file's row."""
    result = run_tifa("lint", str(DATA / "draft.xlsx"), "-g", str(DATA / "terms.xlsx"),
                      "--glossary-only")
    assert result.returncode == 1, result.stderr
    findings = [line.split(": ", 1)[0].rsplit("/", 1)[-1] + " " + line.split()[2]
                for line in result.stdout.splitlines()[:-1]]
    findings = [f.rstrip(":") for f in findings]
    # row 5 comes after a cell of two lines: still row 5
    assert findings == ["draft.xlsx:3 number-mismatch", "draft.xlsx:4 term-missing",
                        "draft.xlsx:5 number-mismatch"]
    lookup = run_tifa("glossary", "lookup", "数字丝绸之路", "-g", str(DATA / "terms.xlsx"))
    assert "Digital Silk Road" in lookup.stdout and "terms.xlsx:3" in lookup.stdout


def test_the_speech_saved_a_paragraph_a_line_puts_no_wrong_unit_in_the_tm(tmp_path) -> None:
    """Word's own "save as plain text": a paragraph a line, no blank lines. The English title,
    the salutation ending in a comma and the table's cells end no sentence, which once read as
    hard wraps: the cells were glued to the next sentence and that unit went into the TMX as
    sure. A line of 150+ characters is no printed column: every line is a paragraph. The
    Chinese cells are the author's lines, not a page's repeated headline: each is a unit with
    its English (they were dropped, and the English cells sent to review alone), and the title
    is not glued to the salutation."""
    for lang in ("zh", "en"):
        text = read_text(DATA / f"speech.{lang}.docx").replace("\n\n", "\n")
        (tmp_path / f"speech.{lang}.txt").write_text(text, encoding="utf-8")
    tmx, review = tmp_path / "speech.tmx", tmp_path / "speech.review.tsv"
    built = run_tifa("tm", "build", "--zh", str(tmp_path / "speech.zh.txt"),
                     "--en", str(tmp_path / "speech.en.txt"), "-o", str(tmx))
    assert built.returncode == 0, built.stderr
    units = re.findall(r'<tuv xml:lang="zh-CN"><seg>([^<]*)</seg></tuv>\s*'
                       r'<tuv xml:lang="en"><seg>([^<]*)</seg></tuv>',
                       tmx.read_text(encoding="utf-8"))
    assert "Looking ahead" in str(units) and "hectares Looking ahead" not in str(units)
    assert ("旱区农业联合实验室", "Joint laboratory on dryland agriculture") in units
    assert ("覆盖面积超过2万公顷", "covering more than 20,000 hectares") in units
    assert [zh for zh, _ in units] == [
        s for line in (DATA / "speech.zh.expected.txt").read_text(encoding="utf-8").split("\n")
        for s in split_sentences(line.strip())]  # every character, in order
    assert review.read_text(encoding="utf-8").count("\n") == 1  # the header: nothing doubtful
