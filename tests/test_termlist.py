"""Term lists (TSV, CSV) as glossaries: a client's term base, OmegaT's glossary, tifa's own
exports read back, and the term pairs of an MT terminology test set for `tifa score`."""

from __future__ import annotations

import json

import pytest
from tifa.glossary.store import load_glossary
from tifa.glossary.termlist import term_list_yaml

from tests.conftest import run_tifa


def _load(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return {e.zh: e for e in load_glossary([path], shipped=False, env=False)}


def test_tsv_pairs_become_binding_entries_and_a_repeated_term_its_variants(tmp_path) -> None:
    terms = _load(tmp_path, "wmt.tsv", "人工智能\tartificial intelligence\n\n碳中和\tcarbon "
                  "neutrality\tclimate\n人工智能\tAI\n人工智能\tartificial intelligence\n")
    assert set(terms) == {"人工智能", "碳中和"}
    ai = terms["人工智能"]
    assert (ai.en, [v.text for v in ai.en_variants], ai.status) == \
        ("artificial intelligence", ["AI"], "official")
    assert ai.binding and terms["碳中和"].note == "climate"
    assert terms["碳中和"].line == 3  # the list's own line


def test_csv_with_a_header_bom_quotes_and_line_breaks_in_cells(tmp_path) -> None:
    terms = _load(tmp_path, "client.csv", "\ufeffNotes,Target,Source\n"
                  'a note,"carbon neutrality, net zero",碳中和\n"two\nlines",AI,人工智能\n'
                  ",green development,绿色发展\n")
    assert terms["碳中和"].en == "carbon neutrality, net zero"
    assert terms["人工智能"].note == "two\nlines"
    assert terms["绿色发展"].line == 5  # after the cell that took two lines


def test_a_header_in_chinese_is_a_header_not_a_term(tmp_path) -> None:
    """术语表 as a Chinese office writes it: 中文/英文/备注 name the columns (they were taken for
    a term 中文 rendered "英文"); a first row of two real terms is still a term."""
    terms = _load(tmp_path, "client.tsv",
                  "备注\t英文\t中文\n客户指定\tDigital Silk Road\t数字丝绸之路\n")
    assert set(terms) == {"数字丝绸之路"} and terms["数字丝绸之路"].note == "客户指定"
    assert set(_load(tmp_path, "plain.tsv", "中文\tChinese\n英文\tEnglish\n")) == {"中文", "英文"}


def test_english_first_and_straight_quotes_in_tsv(tmp_path) -> None:
    terms = _load(tmp_path, "en-first.tsv", '"three evil forces"\t三股势力\n')
    assert terms["三股势力"].en == '"three evil forces"'


@pytest.mark.parametrize(("text", "line", "problem"), [
    ("人工智能\tAI\n碳中和\n", 2, "no 'en' rendering"),
    ("人工智能\tAI\n--\tcarbon neutrality\n", 2, "no Chinese term"),
    ("人工智能\tAI\n碳中和\tcarbon neutrality\nAI\t人工智能\n", 3, "no Chinese term"),
    ("zh,en\n人工智能,AI\n碳中和,\"carbon neutrality\n", 3, "not a valid CSV"),
])
def test_a_bad_line_is_named(tmp_path, text, line, problem) -> None:
    name = "bad.csv" if "," in text else "bad.tsv"
    (tmp_path / name).write_text(text, encoding="utf-8")
    done = run_tifa("glossary", "validate", str(tmp_path / name))
    assert done.returncode == 2
    assert f"{name}:{line}:" in done.stdout + done.stderr and problem in done.stdout + done.stderr
    assert "Traceback" not in done.stderr


def test_a_test_sets_latin_terms_and_several_translations_on_one_line(tmp_path) -> None:
    """Chinese text writes 5G, COVID-19, GDP, PM2.5 as they are: a test set's list holds
    them in its source column. "a | b" on one line is two accepted renderings."""
    terms = _load(tmp_path, "set.tsv", "5G\t5G\nCOVID-19\tCOVID-19\nPM2.5\tPM2.5\n"
                  "iPhone 15\tiPhone 15\n习近平思想\tXi Jinping Thought (习近平思想)\n"
                  "人工智能\tartificial intelligence | AI\n人工智能\tAI|machine intelligence\n")
    assert set(terms) == {"5G", "COVID-19", "PM2.5", "iPhone 15", "习近平思想", "人工智能"}
    ai = terms["人工智能"]
    assert ai.accepted == ["artificial intelligence", "AI", "machine intelligence"]
    # one term in two widths or dashes is one entry, not a zh claimed twice
    terms = _load(tmp_path, "widths.tsv", "AI\tAI\nＡＩ\tartificial intelligence\n"
                  "COVID-19\tCOVID-19\nCOVID\u201319\tCovid\n")
    assert {zh: e.accepted for zh, e in terms.items()} == {
        "AI": ["AI", "artificial intelligence"], "COVID-19": ["COVID-19", "Covid"]}


def test_the_yaml_keeps_the_lists_lines() -> None:
    yaml = term_list_yaml("zh\ten\n人工智能\tAI\n\n碳中和\tcarbon neutrality\n人工智能\tA.I.\n",
                          "t.tsv")
    lines = yaml.splitlines()
    assert len(lines) == 5 and "人工智能" in lines[1] and "碳中和" in lines[3]


@pytest.mark.parametrize("fmt", ["tsv", "csv"])
def test_tifas_own_exports_read_back_as_the_same_renderings(tmp_path, fmt) -> None:
    """OmegaT's glossary (tsv) and the spreadsheet (csv) written by `tifa glossary export`
    load as glossaries: every official rendering as shipped, nothing deprecated accepted."""
    out = tmp_path / f"terms.{fmt}"
    assert run_tifa("glossary", "export", "-F", fmt, "-o", str(out)).returncode == 0
    shipped = {e.zh: e for e in load_glossary(env=False)}
    read = load_glossary([out], shipped=False, env=False)
    assert len(read) >= len(shipped)
    for entry in read:
        if entry.zh in shipped:
            assert entry.en == shipped[entry.zh].en
            assert set(entry.accepted) <= set(shipped[entry.zh].accepted)
    if fmt == "csv":  # tifa's columns: ids, categories and statuses come back
        assert {e.id for e in read} == {e.id for e in shipped.values()}
        assert {e.status for e in read} == {"official", "recommended", "provisional"}


def test_score_with_a_test_sets_term_list_only(tmp_path) -> None:
    """An MT terminology test set: its term pairs, and only those, are scored."""
    (tmp_path / "zh.txt").write_text("人工智能推动碳中和。\n我们讨论人工智能和“一带一路”。\n",
                                     encoding="utf-8")
    (tmp_path / "hyp.txt").write_text("Artificial intelligence helps carbon neutrality.\n"
                                      "We discussed AI and the Belt and Road.\n", encoding="utf-8")
    (tmp_path / "terms.tsv").write_text("人工智能\tartificial intelligence\n碳中和\tcarbon "
                                        "neutrality\n", encoding="utf-8")
    args = ["score", "--src", str(tmp_path / "zh.txt"), str(tmp_path / "hyp.txt"),
            "--presplit", "-g", str(tmp_path / "terms.tsv"), "--json"]
    only = run_tifa(*args, "--glossary-only")
    assert only.returncode == 0, only.stderr
    system = json.loads(only.stdout)["systems"][0]
    assert system["scores"]["term_acc"]["score"] == pytest.approx(100 * 2 / 3, abs=1e-3)
    layered = json.loads(run_tifa(*args).stdout)["systems"][0]
    # with the shipped glossary, 一带一路 counts too
    assert layered["scores"]["term_acc"]["score"] != system["scores"]["term_acc"]["score"]
    alone = run_tifa("score", "--src", str(tmp_path / "zh.txt"), str(tmp_path / "hyp.txt"),
                     "--presplit", "--glossary-only")
    assert alone.returncode == 2 and "--glossary-only needs" in alone.stderr


def test_lint_with_a_clients_term_list_only(tmp_path) -> None:
    (tmp_path / "zh.txt").write_text("我们讨论人工智能和“一带一路”。\n", encoding="utf-8")
    (tmp_path / "en.txt").write_text("We discussed AI and One Belt One Road.\n", encoding="utf-8")
    (tmp_path / "terms.csv").write_text("source,target\n人工智能,artificial intelligence\n",
                                        encoding="utf-8")
    args = ["lint", str(tmp_path / "zh.txt"), str(tmp_path / "en.txt"), "-g",
            str(tmp_path / "terms.csv"), "--json"]
    only = json.loads(run_tifa(*args, "--glossary-only").stdout)["findings"]
    assert [(f["code"], f["term"]) for f in only] == [("term-missing", "人工智能")]
    layered = {f["code"] for f in json.loads(run_tifa(*args).stdout)["findings"]}
    assert "term-deprecated" in layered  # the shipped glossary knows One Belt One Road


def test_glossary_add_refuses_a_term_list_and_leaves_it_as_it_was(tmp_path) -> None:
    terms = tmp_path / "terms.tsv"
    terms.write_text("人工智能\tartificial intelligence\n", encoding="utf-8")
    done = run_tifa("glossary", "add", "-g", str(terms), "--zh", "碳中和", "--en",
                    "carbon neutrality", "--category", "principle")
    assert done.returncode == 2 and "term list" in done.stderr
    assert terms.read_text(encoding="utf-8") == "人工智能\tartificial intelligence\n"


# ---------------------------------------------------------------- TBX term bases

CLIENT_TBX = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
<martif type="TBX" xml:lang="en-US">
<martifHeader><fileDesc><sourceDesc><p>client term base</p></sourceDesc></fileDesc></martifHeader>
<text><body>
<termEntry id="c1">
  <descrip type="subjectField">Politics</descrip>
  <langSet xml:lang="zh-CN"><ntig><termGrp><term>三股势力</term></termGrp></ntig></langSet>
  <langSet xml:lang="en-GB">
    <ntig><termGrp><term>three forces of terrorism, separatism and extremism</term>
      <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termGrp></ntig>
    <ntig><termGrp><term>three evil forces</term></termGrp>
      <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
      <descrip type="context">a press rendering the client does not use</descrip></ntig>
    <ntig><termGrp><term>three forces</term>
      <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termGrp></ntig>
  </langSet>
</termEntry>
<termEntry id="c2">
  <langSet xml:lang="zh-CN"><tig><term>睦邻友好</term></tig></langSet>
</termEntry>
<termEntry id="c3"><langSet xml:lang="zh"><tig><term>守望相助</term></tig></langSet>\
<langSet xml:lang="en"><tig><term>mutual assistance</term>\
<termNote type="normativeAuthorization">preferredTerm</termNote></tig></langSet></termEntry>
</body></text></martif>
"""


def test_a_clients_tbx_term_base_is_a_glossary(tmp_path) -> None:
    """A TBX v2 term base as CAT tools write it (an external DTD named, never fetched; ntig,
    statuses beside the termGrp, a concept without English, a one-line concept): preferred,
    admitted and deprecated terms become rendering, variant and deprecated rendering, each
    entry at its concept's line."""
    terms = _load(tmp_path, "client.tbx", CLIENT_TBX)
    assert set(terms) == {"三股势力", "守望相助"}  # 睦邻友好 has no English
    three = terms["三股势力"]
    assert three.en == "three forces of terrorism, separatism and extremism"
    assert [v.text for v in three.en_variants] == ["three forces"]
    assert [(d.text, d.reason) for d in three.en_deprecated] == [
        ("three evil forces", "a press rendering the client does not use")]
    assert (three.status, three.category, three.binding, three.line) == \
        ("official", "term", True, 6)
    assert terms["守望相助"].line == 22
    (tmp_path / "zh.txt").write_text("我们要打击“三股势力”。\n双方守望相助。\n", encoding="utf-8")
    (tmp_path / "en.txt").write_text("We must combat the three evil forces.\n"
                                     "The two sides offer each other help.\n", encoding="utf-8")
    done = run_tifa("lint", str(tmp_path / "zh.txt"), str(tmp_path / "en.txt"), "-g",
                    str(tmp_path / "client.tbx"), "--glossary-only", "--json")
    found = sorted((f["code"], f["term"]) for f in json.loads(done.stdout)["findings"])
    assert found == [("term-deprecated", "三股势力"), ("term-missing", "守望相助")]


@pytest.mark.parametrize("fmt", ["tbx", "tbx2"])
def test_tifas_own_tbx_is_the_glossary_again(tmp_path, fmt) -> None:
    """`-g glossary.tbx` (tifa's export, TBX v3 or v2) gives the shipped entries back whole:
    the same ids, renderings, variants, deprecated renderings, statuses and categories."""
    out = tmp_path / f"g.{fmt}.tbx"
    assert run_tifa("glossary", "export", "-F", fmt, "-o", str(out)).returncode == 0
    shipped = load_glossary(env=False)
    read = load_glossary([out], shipped=False, env=False)

    def entry(e) -> dict:
        d = e.to_dict()
        d.pop("binding", None)  # written only where the YAML wrote it
        return d
    assert [entry(e) for e in read] == [entry(e) for e in shipped]


def test_translate_toolkits_csv2tbx_output_is_read(tmp_path) -> None:
    """csv2tbx (translate-toolkit) labels its columns `en` and `xx`: the Chinese side is
    the one whose terms are Chinese."""
    import subprocess
    import sys

    (tmp_path / "t.csv").write_text('source,target\n三股势力,"three forces of terrorism, '
                                    'separatism and extremism"\n', encoding="utf-8")
    subprocess.run([sys.executable, "-m", "translate.convert.csv2tbx", str(tmp_path / "t.csv"),
                    str(tmp_path / "t.tbx")], check=True, capture_output=True)
    (entry,) = load_glossary([tmp_path / "t.tbx"], shipped=False, env=False)
    assert (entry.zh, entry.en) == ("三股势力",
                                    "three forces of terrorism, separatism and extremism")


@pytest.mark.parametrize(("text", "line", "problem"), [
    ('<?xml version="1.0"?>\n<!DOCTYPE martif [<!ENTITY a "aaaa">]>\n<martif/>', 2,
     "declares entities"),
    ("<martif><text><body>\n<termEntry id='x'>\n</body></text></martif>\n", 3, "malformed TBX"),
])
def test_a_bad_tbx_is_named(tmp_path, text, line, problem) -> None:
    (tmp_path / "bad.tbx").write_text(text, encoding="utf-8")
    (tmp_path / "d.tsv").write_text("source\ttarget\n和平\tpeace\n", encoding="utf-8")
    done = run_tifa("lint", str(tmp_path / "d.tsv"), "-g", str(tmp_path / "bad.tbx"))
    assert done.returncode == 2 and f"bad.tbx:{line}:" in done.stderr, done.stderr
    assert problem in done.stderr and "Traceback" not in done.stderr
