"""Write Word and Excel files with LibreOffice, and the text each should read as.

Run from this directory: `python make_fixtures.py` (needs `soffice`, Debian's
libreoffice-writer-nogui and libreoffice-calc-nogui). Each document is a flat ODF file written
here and converted by LibreOffice, so the .docx and .xlsx are a real office suite's:

* speech.{zh,en}.docx: a tracked insertion and deletion, a footnote, a table, a text frame;
* terms.xlsx (a client's term list) and draft.xlsx (a bilingual table with two slips): a
  header, rich text, a cell with two lines, a number, an empty row.

The expected text is written from the same parts by the rules of tm/base/office.py
(insertions kept, deletions and footnotes dropped, a blank line between paragraphs, a frame's
text in the paragraph after the one that holds it; a sheet's rows as CSV), not by tifa's
reader.
"""

from __future__ import annotations

import csv
import io
import subprocess
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent

# A paragraph is a list of parts: text, ("ins", text), ("del", text), ("note", text),
# ("frame", text). A table is ("table", [[cell, cell], …]).
SPEECHES = {
    "zh": [
        ["在中国—中亚农业合作论坛开幕式上的致辞"],
        ["尊敬的各位来宾，女士们，先生们，朋友们："],
        ["金秋时节，很高兴同大家相聚西安，共商农业合作大计。", ("ins", "我谨代表中国政府，"),
         "对论坛开幕表示热烈祝贺", ("del", "，并致以良好的祝愿"), "。"],
        ["中国同中亚国家山水相连，人民世代友好。", ("note", "本文根据现场录音整理。"),
         "过去十年，双方农产品贸易额年均增长12%，2025年达到48亿美元。"],
        ("table", [["旱区农业联合实验室", "已在3国设立分中心"],
                   ["节水灌溉示范项目", "覆盖面积超过2万公顷"]]),
        ["面向未来，我们愿同中亚各国一道，践行真正的多边主义，推动构建更加紧密的中国—中亚命运共同体。",
         ("frame", "守望相助，共同发展。")],
        ["预祝论坛取得圆满成功！谢谢大家。"],
    ],
    "en": [
        ["Remarks at the Opening Ceremony of the China-Central Asia Forum on Agricultural "
         "Cooperation"],
        ["Distinguished guests, ladies and gentlemen, friends,"],
        ["In this golden autumn, it gives me great pleasure to join you in Xi'an to discuss "
         "plans for our agricultural cooperation. ", ("ins", "On behalf of the Chinese "
         "government, "), "I warmly congratulate the forum on its opening",
         ("del", " and extend my best wishes"), "."],
        ["China and the Central Asian countries are linked by mountains and rivers, and our "
         "peoples have enjoyed everlasting friendship.", ("note", "Transcribed from the "
         "recording."), " Over the past decade, trade in farm products between the two sides "
         "grew by 12 percent a year on average, reaching 4.8 billion US dollars in 2025."],
        ("table", [["Joint laboratory on dryland agriculture",
                    "branch centres set up in three countries"],
                   ["Water-saving irrigation demonstration projects",
                    "covering more than 20,000 hectares"]]),
        ["Looking ahead, we are ready to work with the Central Asian countries to practise "
         "true multilateralism and build a closer China-Central Asia community with a shared "
         "future.", ("frame", "Mutual assistance and common development.")],
        ["I wish the forum every success. Thank you."],
    ],
}

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:body><office:text>
"""


def fodt(paragraphs: list) -> tuple[str, str]:
    """The flat ODT of a speech, and the text it should read as."""
    changes: list[str] = []
    body: list[str] = []
    lines: list[str] = []
    for para in paragraphs:
        if isinstance(para, tuple):
            rows = "".join("<table:table-row>" + "".join(
                f'<table:table-cell office:value-type="string"><text:p>{escape(c)}</text:p>'
                "</table:table-cell>" for c in row) + "</table:table-row>" for row in para[1])
            body.append('<table:table table:name="T1"><table:table-column '
                        f'table:number-columns-repeated="2"/>{rows}</table:table>')
            lines += [cell for row in para[1] for cell in row]
            continue
        xml, text, after = [], [], []
        for part in para:
            kind, value = ("text", part) if isinstance(part, str) else part
            if kind == "text":
                xml.append(escape(value))
                text.append(value)
            elif kind in ("ins", "del"):
                cid = f"ct{len(changes) + 1}"
                info = ("<office:change-info><dc:creator>Reviser</dc:creator>"
                        "<dc:date>2026-11-29T10:00:00</dc:date></office:change-info>")
                if kind == "ins":
                    changes.append(f'<text:changed-region text:id="{cid}"><text:insertion>'
                                   f"{info}</text:insertion></text:changed-region>")
                    xml.append(f'<text:change-start text:change-id="{cid}"/>{escape(value)}'
                               f'<text:change-end text:change-id="{cid}"/>')
                    text.append(value)
                else:
                    changes.append(f'<text:changed-region text:id="{cid}"><text:deletion>'
                                   f"{info}<text:p>{escape(value)}</text:p></text:deletion>"
                                   "</text:changed-region>")
                    xml.append(f'<text:change text:change-id="{cid}"/>')
            elif kind == "note":
                xml.append('<text:note text:id="n1" text:note-class="footnote">'
                           "<text:note-citation>1</text:note-citation><text:note-body>"
                           f"<text:p>{escape(value)}</text:p></text:note-body></text:note>")
            elif kind == "frame":
                xml.append('<draw:frame draw:name="Frame1" text:anchor-type="paragraph" '
                           'svg:width="6cm" svg:height="1.5cm"><draw:text-box>'
                           f"<text:p>{escape(value)}</text:p></draw:text-box></draw:frame>")
                after.append(value)
        body.append(f"<text:p>{''.join(xml)}</text:p>")
        lines += ["".join(text), *after]
    tracked = f"<text:tracked-changes>{''.join(changes)}</text:tracked-changes>"
    return (HEAD + tracked + "".join(body) + "</office:text></office:body></office:document>\n",
            "\n\n".join(lines) + "\n")


# A cell is text, a number, a list of text parts (rich text: the second part bold) or a tuple
# of lines (paragraphs of one cell); None is an empty cell.
SHEETS = {
    "terms": [
        ["中文", "English", "备注"],
        ["绿色丝绸之路", "Green Silk Road", None],
        [["数字", "丝绸之路"], "Digital Silk Road", ("客户指定译法", "2026年版")],
        None,
        ["健康丝绸之路", "Health Silk Road", "来自客户术语表第3版"],
        ["小而美项目", "small and beautiful projects", 12],
    ],
    "draft": [
        ["原文", "译文"],
        ["双方同意共建绿色丝绸之路和数字丝绸之路。",
         "The two sides agreed to build a Green Silk Road and a Digital Silk Road."],
        ["中方已在沿线国家实施了36个小而美项目。",
         "China has carried out 63 small and beautiful projects in countries along the route."],
        ["双方将推进健康丝绸之路建设。", ("The two sides will advance the building of a",
                                         "Silk Road of health.")],
        ["绿色丝绸之路建设已取得12项成果。", "Twenty outcomes have been achieved in building "
         "the Green Silk Road."],
    ],
}

HEAD_ODS = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles><style:style style:name="T1" style:family="text">
<style:text-properties fo:font-weight="bold"/></style:style></office:automatic-styles>
<office:body><office:spreadsheet><table:table table:name="Sheet1">
"""


def fods(rows: list) -> tuple[str, str]:
    """The flat ODS of a sheet, and the CSV it should read as."""
    xml: list[str] = []
    values: list[list[str]] = []
    for row in rows:
        cells, texts = [], []
        for cell in row or []:
            if cell is None:
                cells.append("<table:table-cell/>")
                texts.append("")
            elif isinstance(cell, int):
                cells.append(f'<table:table-cell office:value-type="float" '
                             f'office:value="{cell}"><text:p>{cell}</text:p></table:table-cell>')
                texts.append(str(cell))
            else:
                if isinstance(cell, list):
                    paras = [f'{escape(cell[0])}<text:span text:style-name="T1">'
                             f"{escape(cell[1])}</text:span>"]
                    text = "".join(cell)
                else:
                    lines = cell if isinstance(cell, tuple) else (cell,)
                    paras = [escape(line) for line in lines]
                    text = "\n".join(lines)
                cells.append('<table:table-cell office:value-type="string">'
                             + "".join(f"<text:p>{p}</text:p>" for p in paras)
                             + "</table:table-cell>")
                texts.append(text)
        xml.append(f"<table:table-row>{''.join(cells) or '<table:table-cell/>'}"
                   "</table:table-row>")
        values.append(texts)
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(values)
    return (HEAD_ODS + "".join(xml) + "</table:table></office:spreadsheet></office:body>"
            "</office:document>\n", out.getvalue())


def convert(source: Path, target: str) -> None:
    subprocess.run(["soffice", "--headless", "--convert-to", target, "--outdir", str(HERE),
                    str(source)], check=True, capture_output=True)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for lang, paragraphs in SPEECHES.items():
            xml, expected = fodt(paragraphs)
            source = Path(tmp, f"speech.{lang}.fodt")
            source.write_text(xml, encoding="utf-8")
            convert(source, "docx:MS Word 2007 XML")
            (HERE / f"speech.{lang}.expected.txt").write_text(expected, encoding="utf-8")
        for name, rows in SHEETS.items():
            xml, expected = fods(rows)
            source = Path(tmp, f"{name}.fods")
            source.write_text(xml, encoding="utf-8")
            convert(source, "xlsx:Calc MS Excel 2007 XML")
            (HERE / f"{name}.expected.csv").write_text(expected, encoding="utf-8")


if __name__ == "__main__":
    main()
