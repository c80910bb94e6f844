"""Word documents (.docx) read as plain text: what the body says, tracked changes accepted.

Two kinds of file: ones written here, part by part, to pin each rule (tracked changes, text
boxes, fields, tables), with a conservation law over generated paragraphs; and ones written
by LibreOffice Writer from flat ODT (tests/data/docx/*.docx, made by `make_fixtures.sh` there),
the way a translator's word processor writes them.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tifa.tm.base.files import TifaError, read_text

from tests.conftest import REPO, run_tifa

DATA = REPO / "tests" / "data" / "docx"
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
        "中方愿同各方一道，推动构建人类命运共同体。\n第一段的后半句与下一段连成一段。\n移来的话。\n")


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
        "A\tB\nC\nantihegemony, two-way\n正文，接着说。\n文本框里的话。\nYear 2026.\n"
        "a link in a control\n表格一\n表格二\n\n")


# Paragraph text as Word keeps it: any character XML 1.0 allows, runs of any length.
_CHARS = st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n\t\x0b\x0c",
                       min_codepoint=0x20)
_RUNS = st.lists(st.text(_CHARS, min_size=0, max_size=12), min_size=0, max_size=5)


@settings(max_examples=150, deadline=None)
@given(st.lists(_RUNS, min_size=1, max_size=8))
def test_no_character_of_the_body_is_lost_or_added(tmp_path_factory, paragraphs) -> None:
    """Conservation: the text is the paragraphs' runs, joined, one paragraph a line."""
    body = "".join(para(*(run(text) for text in runs)) for runs in paragraphs)
    got = read(tmp_path_factory.mktemp("d"), docx(body))
    assert got == "".join("".join(runs) + "\n" for runs in paragraphs)


def test_refused_cleanly(tmp_path) -> None:
    """Other archives, broken ones, entity tricks and other document formats: one line each."""
    cases = {
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


def test_lint_align_and_score_take_word_files(tmp_path) -> None:
    """The commands that read plain text read the same speech as .docx and as .txt alike."""
    zh_txt, en_txt = tmp_path / "zh.txt", tmp_path / "en.txt"
    zh_txt.write_text(read_text(DATA / "speech.zh.docx"), encoding="utf-8")
    en_txt.write_text(read_text(DATA / "speech.en.docx"), encoding="utf-8")
    for args in (("lint", "{zh}", "{en}", "--json"), ("align", "--zh", "{zh}", "--en", "{en}"),
                 ("score", "--src", "{zh}", "{en}", "--json")):
        as_docx = run_tifa(*(a.format(zh=DATA / "speech.zh.docx", en=DATA / "speech.en.docx")
                             for a in args))
        as_txt = run_tifa(*(a.format(zh=zh_txt, en=en_txt) for a in args))
        assert as_docx.returncode == as_txt.returncode == 0, as_docx.stderr
        assert as_docx.stdout.replace(str(DATA / "speech.zh.docx"), "ZH").replace(
            str(DATA / "speech.en.docx"), "EN").replace("speech.zh.docx", "ZH").replace(
            "speech.en.docx", "EN") == as_txt.stdout.replace(str(zh_txt), "ZH").replace(
            str(en_txt), "EN").replace("zh.txt", "ZH").replace("en.txt", "EN")


def test_bad_word_file_is_one_line_and_exit_2(tmp_path) -> None:
    bad = tmp_path / "draft.docx"
    bad.write_bytes(_zip({"word/other.xml": "<x/>"}))
    result = run_tifa("lint", str(DATA / "speech.zh.docx"), str(bad))
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert result.stderr.startswith("tifa: error: ") and "draft.docx" in result.stderr
    assert "not a Word document" in result.stderr


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
