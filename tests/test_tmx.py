"""TMX 1.4b writer and reader: DTD validity, round trips with translate-toolkit, hostile XML."""

from __future__ import annotations

import time
import zipfile

import pytest
from lxml import etree
from tifa.tm.base.files import TifaError, read_text
from tifa.tm.base.tmx import TmxWriter, TranslationUnit, read_tmx, write_tmx

from tests.conftest import SEED_FILES, make_omegat_project, omegat_command, omegat_jar


def tmx_dtd() -> etree.DTD:
    """The TMX 1.4 DTD shipped inside OmegaT's jar (not copied into the repo)."""
    with zipfile.ZipFile(omegat_jar()) as jar, jar.open("schemas/tmx14.dtd") as fh:
        return etree.DTD(fh)


def seed_units() -> list[TranslationUnit]:
    """Real Chinese lines from the seed pages, with a synthetic English side and provenance."""
    units = []
    for path in SEED_FILES[:2]:
        for number, line in enumerate(read_text(path).split("\n"), 1):
            if line.strip():
                units.append(TranslationUnit(
                    f"{path.stem}-{number}", line, f"English for line {number} of {path.name}",
                    props={"document": path.stem, "article": line[:12], "line": str(number)},
                    notes=[f"from {path.name}"],
                ))
    return units


def test_seed_units_validate_against_dtd_and_round_trip(tmp_path):
    units = seed_units()
    assert len(units) > 100
    out = tmp_path / "seeds.tmx"
    writer = write_tmx(out, units, creationdate="20230519T080000Z")
    assert writer.count == len(units) and writer.removed_chars == 0
    dtd = tmx_dtd()
    assert dtd.validate(etree.parse(str(out))), dtd.error_log.filter_from_errors()
    header = etree.parse(str(out)).find("header")
    for attr, value in [("creationtool", "tifa"), ("segtype", "sentence"), ("srclang", "zh-CN"),
                        ("datatype", "plaintext"), ("creationdate", "20230519T080000Z")]:
        assert header.get(attr) == value
    for attr in ("creationtoolversion", "o-tmf", "adminlang"):
        assert header.get(attr)
    back = list(read_tmx(out))
    assert [(u.tuid, u.source, u.target, u.props, u.notes) for u in back] == \
        [(u.tuid, u.source, u.target, u.props, u.notes) for u in units]
    assert {u.creationdate for u in back} == {"20230519T080000Z"}
    # user-defined prop types carry the x- prefix the TMX spec asks for
    types = {prop.get("type") for prop in etree.parse(str(out)).iter("prop")}
    assert types == {"x-document", "x-article", "x-line"}


def test_translate_toolkit_reads_ours_unchanged(tmp_path):
    from translate.storage.tmx import tmxfile

    units = seed_units()
    out = tmp_path / "ours.tmx"
    write_tmx(out, units)
    theirs = tmxfile.parsefile(str(out))
    assert [(u.source, u.target) for u in theirs.units] == [(u.source, u.target) for u in units]


def test_we_read_translate_toolkit_output(tmp_path):
    from translate.storage.tmx import tmxfile

    lines = [u.source for u in seed_units()[:50]]
    store = tmxfile(sourcelanguage="zh-CN", targetlanguage="en")
    for i, line in enumerate(lines):
        store.addtranslation(line, "zh-CN", f"translation {i}", "en", comment=f"note {i}")
    path = tmp_path / "tt.tmx"
    path.write_bytes(bytes(store))
    back = list(read_tmx(path))
    assert [(u.source, u.target, u.notes) for u in back] == \
        [(line, f"translation {i}", [f"note {i}"]) for i, line in enumerate(lines)]


def test_forbidden_characters_removed_and_counted(tmp_path):
    out = tmp_path / "ctl.tmx"
    with TmxWriter(out) as writer:
        writer.write(TranslationUnit("a\x01", "守望\x00相助\ufffe", "mutual\x0b help\ud800",
                                     props={"article": "x\x1fy"}, notes=["bad\x08"]))
        writer.write(TranslationUnit(None, "第二\t行\n", "tab\tand\r\nnewline"))
    assert writer.removed_chars == 7
    etree.parse(str(out))  # well-formed
    first, second = read_tmx(out)
    assert (first.tuid, first.source, first.target) == ("a", "守望相助", "mutual help")
    assert first.props == {"article": "xy"} and first.notes == ["bad"]
    assert second.source == "第二\t行\n"  # tab/LF are legal and kept
    assert second.target == "tab\tand\r\nnewline"  # CR written as &#13; survives parsing


def test_interrupted_writer_leaves_no_file_and_keeps_old_one(tmp_path):
    out = tmp_path / "tm.tmx"
    out.write_text("old content", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt), TmxWriter(out) as writer:
        writer.write(TranslationUnit(None, "一", "one"))
        raise KeyboardInterrupt
    assert out.read_text(encoding="utf-8") == "old content"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tm.tmx"]


def test_languages_configurable_and_target_optional(tmp_path):
    out = tmp_path / "fr.tmx"
    write_tmx(out, [TranslationUnit("1", "守望相助", "", "zh-TW", "fr")],
              source_lang="zh-TW", target_lang="fr")
    assert tmx_dtd().validate(etree.parse(str(out)))
    [unit] = read_tmx(out)
    assert (unit.source, unit.target, unit.source_lang) == ("守望相助", "", "zh-TW")


def test_reader_tolerates_other_tools(tmp_path):
    """lang= (TMX 1.1), case/region differences, inline codes, multiple targets, no srclang."""
    path = tmp_path / "other.tmx"
    path.write_text("""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx11.dtd">
<tmx version="1.1">
<header creationtool="X" creationtoolversion="1" segtype="sentence" o-tmf="x"
        adminlang="EN-US" srclang="*all*" datatype="html"/>
<body>
<tu tuid="7" changedate="20200101T000000Z">
  <prop type="x-file">a.html</prop>
  <tuv lang="EN-GB"><seg>Build a <bpt i="1">&lt;b&gt;</bpt>community<ept i="1">&lt;/b&gt;</ept>\
</seg></tuv>
  <tuv lang="ZH-CN"><seg>构建<hi type="term">命运共同体</hi><ph x="1">&lt;br/&gt;</ph>！</seg></tuv>
  <tuv lang="en-us"><seg>Build a community<it pos="begin">&lt;i&gt;</it></seg></tuv>
</tu>
<tu><tuv xml:lang="zh"><seg>只有中文</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>English only: skipped</seg></tuv></tu>
</body></tmx>
""", encoding="utf-8")
    units = list(read_tmx(path, source_lang="zh-CN"))
    assert [(u.tuid, u.source, u.target, u.target_lang) for u in units] == [
        ("7", "构建命运共同体！", "Build a community", "EN-GB"),
        ("7", "构建命运共同体！", "Build a community", "en-us"),
        (None, "只有中文", "", "EN-GB"),
    ]
    assert units[0].props == {"file": "a.html"}  # x- prefix read as the plain name
    assert units[0].creationdate == "20200101T000000Z"


@pytest.mark.parametrize("payload", [
    # billion laughs
    '<!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">'
    '<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">'
    '<!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]>',
    # XXE
    '<!DOCTYPE tmx [\n<!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>',
    # parameter entity fetching an external DTD
    '<!DOCTYPE tmx [<!ENTITY % remote SYSTEM "http://example.invalid/x.dtd"> %remote;]>',
])
def test_entity_attacks_are_refused_fast(tmp_path, payload):
    path = tmp_path / "evil.tmx"
    body = ('<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence"'
            ' o-tmf="x" adminlang="en" srclang="zh-CN" datatype="plaintext"/><body><tu>'
            '<tuv xml:lang="zh-CN"><seg>&h;&xxe;</seg></tuv></tu></body></tmx>')
    path.write_text(f'<?xml version="1.0"?>\n{payload}\n{body}', encoding="utf-8")
    start = time.perf_counter()
    with pytest.raises(TifaError, match="entities") as err:
        list(read_tmx(path))
    assert time.perf_counter() - start < 1.0
    assert err.value.path == str(path) and err.value.line is not None


def test_undeclared_entity_and_malformed_xml_name_file_and_line(tmp_path):
    path = tmp_path / "broken.tmx"
    path.write_text('<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="zh-CN"/>\n<body>\n'
                    '<tu><tuv xml:lang="zh-CN"><seg>一</seg></tuv></tu>\n'
                    '<tu><tuv xml:lang="zh-CN"><seg>二</tuv></tu>\n</body></tmx>\n',
                    encoding="utf-8")
    with pytest.raises(TifaError, match="malformed") as err:
        list(read_tmx(path))
    assert err.value.line == 5 and "\n" not in str(err.value)
    path.write_text('<tmx><body><tu><tuv xml:lang="zh"><seg>&nbsp;</seg></tuv></tu></body></tmx>',
                    encoding="utf-8")
    with pytest.raises(TifaError, match="nbsp"):
        list(read_tmx(path))


def test_a_tuv_without_its_language_is_refused_by_file_and_line(tmp_path):
    """TMX requires xml:lang (lang in 1.1) on every <tuv>: without it the translation was read
    as an empty target (lint: "empty target"; tm merge: a conflict with empty text). The
    language given either way is read."""
    path = tmp_path / "nolang.tmx"
    body = '<tu><tuv xml:lang="zh-CN"><seg>你好</seg></tuv>\n<tuv{}><seg>Hello</seg></tuv></tu>'
    for attr in ("", ' xml:lang=""', ' xml:lang=" "'):
        path.write_text('<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="zh-CN"/>'
                        f"<body>\n{body.format(attr)}\n</body></tmx>\n", encoding="utf-8")
        with pytest.raises(TifaError, match="without its language") as err:
            list(read_tmx(path))
        assert err.value.line == 4 and err.value.path == str(path)
    for attr in (' xml:lang="en"', ' lang="EN"'):
        path.write_text('<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="zh-CN"/>'
                        f"<body>\n{body.format(attr)}\n</body></tmx>\n", encoding="utf-8")
        assert [u.target for u in read_tmx(path)] == ["Hello"]


def test_not_a_tmx(tmp_path):
    path = tmp_path / "x.xml"
    for text in ("<xliff><file/></xliff>",
                 '<xliff><header srclang="zh"/><body><tu><tuv xml:lang="zh"><seg>x</seg></tuv>'
                 "</tu></body></xliff>"):
        path.write_text(text, encoding="utf-8")
        with pytest.raises(TifaError, match="root element is <xliff>"):
            list(read_tmx(path))
    with pytest.raises(TifaError, match="no such file"):
        list(read_tmx(tmp_path / "missing.tmx"))


def test_doctype_text_inside_a_segment_is_not_an_attack(tmp_path):
    path = tmp_path / "cdata.tmx"
    path.write_text('<?xml version="1.0"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4">'
                    '<header srclang="zh-CN"/><body><tu><tuv xml:lang="zh-CN"><seg>'
                    '<![CDATA[<!DOCTYPE x [<!ENTITY a "b">]>]]></seg></tuv>'
                    '<tuv xml:lang="en"><seg>markup as text</seg></tuv></tu></body></tmx>',
                    encoding="utf-8")
    [unit] = read_tmx(path)
    assert unit.source == '<!DOCTYPE x [<!ENTITY a "b">]>' and unit.target == "markup as text"


# ----------------------------------------------------------------- TMX written by other tools

PAIRS = [("世界需要一个稳定的中亚。", "The world needs a stable Central Asia."),
         ("谢谢大家。", "Thank you all."),
         ("中亚有能力成为亚欧大陆重要的互联互通枢纽。",
          "Central Asia can become an important connectivity hub of the Eurasian continent.")]


def _po(path, pairs) -> None:
    entries = "".join(f'\nmsgid "{zh}"\nmsgstr "{en}"\n' for zh, en in pairs)
    path.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
                    + entries, encoding="utf-8")


def test_reads_po2tmx_output_with_per_tu_srclang(tmp_path):
    """translate-toolkit's po2tmx: header srclang="en" (its default), each <tu> srclang zh_CN."""
    import subprocess
    import sys

    po, out = tmp_path / "speech.po", tmp_path / "speech.tmx"
    _po(po, PAIRS)
    proc = subprocess.run([sys.executable, "-m", "translate.convert.po2tmx", "-l", "en",
                           "--source-language", "zh_CN", str(po), str(out)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    root = etree.parse(str(out)).getroot()
    assert root.find("header").get("srclang") == "en"          # what made the old reader refuse
    assert {tu.get("srclang") for tu in root.iter("tu")} == {"zh_CN"}
    units = list(read_tmx(out))
    assert [(u.source, u.target, u.source_lang, u.target_lang) for u in units] == \
        [(zh, en, "zh_CN", "en") for zh, en in PAIRS]


def test_reads_omegat_project_tmx_written_by_omegat(tmp_path):
    """OmegaT 3.6 itself writes project-omegat.tmx (TMX 1.1, lang=, the project_save.tmx
    format) and project-level2.tmx (1.4, xml:lang) after a headless translation."""
    import subprocess

    command = omegat_command()
    project = make_omegat_project(tmp_path / "p", {"speech.txt": [zh for zh, _ in PAIRS]})
    write_tmx(project / "tm" / "auto" / "ours.tmx",
              [TranslationUnit(None, zh, en) for zh, en in PAIRS])
    config = tmp_path / "config"
    config.mkdir()
    proc = subprocess.run([*command, str(project), "--mode=console-translate",
                           f"--config-dir={config}"], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    level1 = project / "p-omegat.tmx"
    assert etree.parse(str(level1)).getroot().get("version") == "1.1"
    warnings: list[str] = []
    for name in ("p-omegat.tmx", "p-level1.tmx", "p-level2.tmx"):
        units = list(read_tmx(project / name, warn=warnings.append, strict=True))
        assert sorted((u.source, u.target) for u in units) == sorted(PAIRS), name
        assert {u.source_lang.lower() for u in units} == {"zh-cn"}
    assert warnings == []


OKAPI = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="okapi" creationtoolversion="1.45.0" segtype="paragraph"
o-tmf="unknown" adminlang="en" srclang="zh-cn" datatype="x-undefined"></header><body>
<tu tuid="speech_1"><prop type="Txt::FileName">speech.docx</prop>\
<prop type="Txt::GroupName">P1</prop>
<tuv xml:lang="zh-cn"><seg>世界需要一个<bpt i="1" x="1">&lt;b&gt;</bpt>稳定的\
<ept i="1">&lt;/b&gt;</ept>中亚。</seg></tuv>
<tuv xml:lang="en"><seg>The world needs a <bpt i="1" x="1">&lt;b&gt;</bpt>stable\
<ept i="1">&lt;/b&gt;</ept> Central Asia.</seg></tuv></tu>
<tu tuid="speech_2" srclang="*all*"><tuv xml:lang="EN"><seg>Thank you all.</seg></tuv>
<tuv xml:lang="ZH-CN"><seg>谢谢大家。</seg></tuv></tu>
</body></tmx>
"""


def test_reads_okapi_style_tmx(tmp_path):
    """Okapi (Rainbow, Tikal): lower-case codes, Txt:: props, inline codes, a *all* <tu>."""
    path = tmp_path / "okapi.tmx"
    path.write_text(OKAPI, encoding="utf-8")
    units = list(read_tmx(path, strict=True))
    assert [(u.tuid, u.source, u.target) for u in units] == [
        ("speech_1", *PAIRS[0]), ("speech_2", *PAIRS[1])]
    assert units[0].props == {"Txt::FileName": "speech.docx", "Txt::GroupName": "P1"}


@pytest.mark.parametrize("header_src", ["*all*", "ZH_cn", "zh-Hans-CN", "zh"])
def test_language_codes_in_any_case_and_separator(tmp_path, header_src):
    path = tmp_path / "codes.tmx"
    path.write_text(f'<tmx version="1.4"><header srclang="{header_src}"/><body>'
                    '<tu><tuv xml:lang="EN_us"><seg>Thank you all.</seg></tuv>'
                    '<tuv xml:lang="zh_CN"><seg>谢谢大家。</seg></tuv></tu></body></tmx>',
                    encoding="utf-8")
    [unit] = read_tmx(path, strict=True)
    assert (unit.source, unit.target, unit.target_lang) == ("谢谢大家。", "Thank you all.", "EN_us")


def test_unknown_version_and_missing_header_warn_or_fail_when_strict(tmp_path):
    body = '<tu><tuv xml:lang="zh"><seg>谢谢大家。</seg></tuv><tuv xml:lang="en"><seg>Thanks.'
    cases = {"v2.tmx": f'<tmx version="2.0"><header srclang="zh"/><body>{body}</seg></tuv>'
                       "</tu></body></tmx>",
             "nohead.tmx": f'<tmx version="1.4"><body>{body}</seg></tuv></tu></body></tmx>'}
    for name, text in cases.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        warnings: list[str] = []
        [unit] = read_tmx(path, warn=warnings.append)
        assert (unit.source, unit.target) == ("谢谢大家。", "Thanks.")
        assert len(warnings) == 1 and warnings[0].startswith(f"{path}:1: ")
        assert ("version '2.0'" if name == "v2.tmx" else "no <header>") in warnings[0]
        with pytest.raises(TifaError, match="--strict") as err:
            list(read_tmx(path, strict=True))
        assert err.value.path == str(path)


def test_strict_on_the_command_line(tmp_path, capsys):
    from tifa.cli.app import main

    path = tmp_path / "v2.tmx"
    path.write_text('<tmx version="2.0"><header srclang="zh"/><body><tu><tuv xml:lang="zh">'
                    '<seg>谢谢大家。</seg></tuv><tuv xml:lang="en"><seg>Thanks.</seg></tuv></tu>'
                    "</body></tmx>", encoding="utf-8")
    for args, code in ((["tm", "stats", str(path)], 0), (["tm", "stats", str(path), "--strict"], 2),
                       (["lint", str(path), "--strict"], 2)):
        with pytest.raises(SystemExit) as info:
            main(args)
        out, err = capsys.readouterr()
        assert info.value.code == code, (args, err)
        assert err.count("\n") == 1 and "version '2.0'" in err
        assert err.startswith("tifa: warning:" if code == 0 else "tifa: error:")
