"""`tifa lint` as a user runs it: exit codes, report formats, configuration, suppression."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from tifa.cli.app import main
from tifa.tm.lint import Finding, Span, iter_findings
from tifa.tm.lint.config import load_config
from tifa.tm.lint.readers import read_units
from tifa.tm.lint.report import TextReporter

from tests.conftest import REPO, png_colours, run_tifa, screenshot

DATA = REPO / "tests" / "data" / "lint"
PLANTED, CLEAN = DATA / "planted", DATA / "clean"


def _run(capsys, *args: str) -> tuple[int, str, str]:
    """`tifa ARGS` in this process (a subprocess per call would cost a second each)."""
    with pytest.raises(SystemExit) as info:
        main(list(args))
    out, err = capsys.readouterr()
    return info.value.code, out, err


def test_exit_codes_follow_fail_on(capsys, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)  # no project configuration in the way
    assert _run(capsys, "lint", str(CLEAN / "speech.xlf"))[0] == 0
    code, out, _ = _run(capsys, "lint", str(PLANTED / "speech.xlf"))
    assert code == 1
    assert f"{PLANTED / 'speech.xlf'}:5: error term-deprecated: " in out
    assert "\033[" not in out  # not a terminal: no colour
    assert _run(capsys, "lint", str(PLANTED / "speech.xlf"), "--fail-on", "never")[0] == 0
    # punctuation findings are warnings: only --fail-on warning turns them into a failure
    assert _run(capsys, "lint", str(PLANTED / "punctuation.csv"))[0] == 0
    assert _run(capsys, "lint", str(PLANTED / "punctuation.csv"), "--fail-on", "warning")[0] == 1
    code, _, err = _run(capsys, "lint", str(PLANTED / "speech.xlf"), "--select", "no-such")
    assert code == 2 and err.startswith("tifa: error: unknown check code no-such")
    code, _, err = _run(capsys, "lint", str(PLANTED / "speech.xlf"), "--format", "pdf")
    assert code == 2 and "--format must be one of" in err


def test_json_report_schema(tmp_path: Path) -> None:
    out = tmp_path / "r.json"
    result = run_tifa("lint", str(PLANTED / "figures.xlf"), "--format", "json", "-o", str(out))
    assert result.returncode == 1 and result.stdout == ""
    report = json.loads(out.read_text(encoding="utf-8"))
    from tifa.tm.base import VERSION

    assert report["version"] == VERSION
    assert report["summary"]["errors"] == len(report["findings"]) == 13
    assert report["summary"]["by_code"] == {"number-mismatch": 13}
    first = report["findings"][0]
    assert set(first) >= {"id", "location", "code", "severity", "source", "target", "span",
                          "term", "expected", "message"}
    assert first["id"] == "nm01" and first["span"]["text"] == "1,200"
    assert first["target"][first["span"]["start"]:first["span"]["end"]] == "1,200"


def test_csv_report(tmp_path: Path) -> None:
    out = tmp_path / "r.csv"
    run_tifa("lint", str(PLANTED / "draft.po"), "--format", "csv", "-o", str(out))
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == 12 and {r["code"] for r in rows} == {"untranslated"}
    assert rows[1]["span_text"] == "稳定的"


def test_plain_text_pair_and_select(tmp_path: Path) -> None:
    result = run_tifa("lint", str(PLANTED / "news.zh.txt"), "--en", str(PLANTED / "news.en.txt"),
                      "--ignore", "term-missing,term-deprecated")
    lines = result.stdout.splitlines()
    assert lines[0] == (f"{PLANTED / 'news.zh.txt'}:1: error number-mismatch: 5月19 in the "
                        f"source is “May 9” in the target [{PLANTED / 'news.en.txt'}:1]")
    assert "term-" not in result.stdout and result.returncode == 1


def test_plain_text_pair_as_two_arguments() -> None:
    """`tifa lint zh.txt en.txt` is what a translator types first: the same as --en."""
    zh, en = str(PLANTED / "news.zh.txt"), str(PLANTED / "news.en.txt")
    both = run_tifa("lint", zh, en)
    assert both.stdout == run_tifa("lint", zh, "--en", en).stdout and both.returncode == 1
    # `--src` as in tifa score: the Chinese original named, the draft the argument
    assert both.stdout == run_tifa("lint", "--src", zh, en).stdout
    for extra in ((zh, en, en), (zh, en, "--en", en), ("--src", zh, en, en)):
        result = run_tifa("lint", *extra)
        assert result.returncode == 2 and result.stdout == ""
        assert result.stderr.strip() == ("tifa: error: give one draft, or the Chinese original "
                                         "and the English draft (got 3 files)")


def _tsv(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    path.write_text("id\tzh\ten\tnote\n" + "".join(f"{i}\t{z}\t{e}\t{n}\n" for i, (z, e, n) in
                                                 enumerate(rows, 1)), encoding="utf-8")
    return path


def test_inline_suppression_in_notes(tmp_path: Path) -> None:
    draft = _tsv(tmp_path / "d.tsv", [
        ("推动构建人类命运共同体。", "We will build a community of common destiny for mankind.",
         "tifa: ignore term-deprecated"),
        ("推动构建人类命运共同体。", "We will build a community of common destiny for mankind.",
         ""),
        ("2013年，我提出倡议。", "In 2015, I put forward  an initiative.", "tifa: ignore"),
    ])
    found = [(f.unit_id, f.code) for f in iter_findings(read_units(draft), _glossary())]
    assert ("1", "term-deprecated") not in found and ("2", "term-deprecated") in found
    assert not [f for f in found if f[0] == "3"]


def _glossary():
    from tifa.glossary.store import load_glossary

    return load_glossary([DATA / "glossary.yaml"], shipped=False, env=False)


def test_suppression_in_tmx_note_po_comment_and_xliff_note(tmp_path: Path) -> None:
    tmx = tmp_path / "s.tmx"
    tmx.write_text(
        '<?xml version="1.0"?><tmx version="1.4"><header srclang="zh-CN"/><body>'
        '<tu tuid="a"><note>tifa: ignore number-mismatch</note><tuv xml:lang="zh-CN"><seg>'
        '2013年</seg></tuv><tuv xml:lang="en"><seg>In 2015</seg></tuv></tu></body></tmx>',
        encoding="utf-8")
    po = tmp_path / "s.po"
    po.write_text('# tifa: ignore number-mismatch\nmsgid "2013年"\nmsgstr "In 2015"\n',
                  encoding="utf-8")
    xlf = tmp_path / "s.xlf"
    xlf.write_text(
        '<?xml version="1.0"?><xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" '
        'srcLang="zh-CN" trgLang="en"><file id="f"><unit id="u"><notes><note>tifa: ignore '
        'number-mismatch</note></notes><segment><source>2013年</source><target>In 2015</target>'
        '</segment></unit></file></xliff>', encoding="utf-8")
    for path in (tmx, po, xlf):
        assert list(iter_findings(read_units(path))) == [], path
        units = list(read_units(path))
        units[0].notes = []
        assert [f.code for f in iter_findings(units)] == ["number-mismatch"], path


def test_config_from_tifa_yaml_and_pyproject(capsys, monkeypatch, tmp_path: Path) -> None:
    project = tmp_path / "project"
    sub = project / "drafts"
    sub.mkdir(parents=True)
    monkeypatch.chdir(sub)  # the configuration is looked up from here upwards
    (project / "tifa.yaml").write_text(
        "ignore: [punctuation]\nfail-on: warning\nseverity:\n  term-deprecated: warning\n",
        encoding="utf-8")
    code, out, _ = _run(capsys, "lint", str(PLANTED / "punctuation.csv"))
    assert code == 0 and out.startswith("0 error(s), 0 warning(s)")
    code, out, _ = _run(capsys, "lint", str(PLANTED / "speech.xlf"))
    assert "warning term-deprecated" in out and code == 1
    (project / "tifa.yaml").unlink()
    (project / "pyproject.toml").write_text(
        '[tool.tifa]\nselect = ["number-mismatch"]\n[tool.tifa.severity]\n'
        'number-mismatch = "warning"\n', encoding="utf-8")
    config = load_config(project / "pyproject.toml")
    assert config.select == {"number-mismatch"} and config.severity["number-mismatch"] == "warning"
    code, out, _ = _run(capsys, "lint", str(PLANTED / "figures.xlf"))
    assert code == 0 and "warning number-mismatch" in out
    (project / "pyproject.toml").write_text('[tool.tifa]\nselec = ["x"]\n', encoding="utf-8")
    code, _, err = _run(capsys, "lint", str(PLANTED / "figures.xlf"))
    assert code == 2 and "unknown setting selec" in err


def test_text_report_colours_only_when_asked() -> None:
    f = Finding("untranslated", "error", "1", "a.csv:2", "谢谢。", "", "empty target",
                Span("target", 0, 0, ""))
    plain, coloured = io.StringIO(), io.StringIO()
    TextReporter(plain, color=False).add(f)
    TextReporter(coloured, color=True).add(f)
    assert plain.getvalue() == "a.csv:2: error untranslated: empty target\n"
    assert "\033[1;31merror\033[0m" in coloured.getvalue()


def test_html_report_renders_in_chromium(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    run_tifa("lint", str(PLANTED / "figures.xlf"), "--format", "html", "-o", str(out))
    page = out.read_text(encoding="utf-8")
    assert page.count("<mark>") == 13 and "number-mismatch: 13" in page
    assert "<mark>94.8 million</mark>" in page
    shot = screenshot(out, tmp_path, "1200,900")
    assert len(png_colours(shot.read_bytes())) > 20  # text, highlights, chips: not a blank page
