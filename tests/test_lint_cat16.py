"""Lint on bilingual files as CAT tools and converters write them (docs/lint.md, "Sixteenth
round: files as CAT tools write them"): tests/data/lint/cat16 holds one briefing written by
OmegaT 3.6 (-omegat.tmx with its tags as text, -level2.tmx with <bpt>/<ept>) and by
translate-toolkit (html2po → PO, po2xliff, po2tmx, po2csv), and one talks file shaped as
Trados, Okapi and XLIFF 2.0 write it; each correct file lints silent, each slipped twin gives
its planted slips once each."""

from __future__ import annotations

import subprocess
from collections import Counter
from pathlib import Path

import pytest
from tifa.tm.base.text import join_codes
from tifa.tm.base.tmx import read_tmx
from tifa.tm.lint import iter_findings
from tifa.tm.lint.readers import read_units

from tests.conftest import make_omegat_project, omegat_command

DATA = Path(__file__).parent / "data/lint/cat16"
CORRECT = sorted(p.name for p in DATA.iterdir() if ".slips" not in p.name
                 and p.suffix in (".tmx", ".po", ".xlf", ".csv", ".sdlxliff"))
BRIEFING_SLIPS = [("untranslated", "中国式现代化将为世界提供新的机遇"),
                  ("term-deprecated", "community of shared destiny for mankind"),
                  ("number-mismatch", "789.6 billion"),
                  ("term-deprecated", "Lu Ban Workshop")]
TALKS_SLIPS = [("number-mismatch", "789.6 billion"), ("term-deprecated", "Lu Ban Workshop"),
               ("untranslated", "empty target"), ("term-deprecated", "pragmatic cooperation")]
SLIPPED = {
    "briefing.slips-omegat.tmx": BRIEFING_SLIPS,  # OmegaT keeps a copied source, not an empty one
    "briefing.slips-level2.tmx": BRIEFING_SLIPS,
    # po2tmx leaves the untranslated entry out: nothing to find
    "briefing.slips-po2tmx.tmx": [s for s in BRIEFING_SLIPS if s[0] != "untranslated"],
    **{f"briefing.slips.{ext}": [("term-deprecated", "community of shared destiny"),
                                 ("number-mismatch", "789.6 billion"),
                                 ("term-deprecated", "Lu Ban Workshop"),
                                 ("untranslated", "empty target")] for ext in ("po", "xlf", "csv")},
    "talks.slips.sdlxliff": TALKS_SLIPS,
    "talks.slips.okapi.xlf": TALKS_SLIPS,
    "talks.slips.xlf2.xlf": TALKS_SLIPS,
}


def _lint(path: Path, terms) -> list:
    return list(iter_findings(read_units(path), terms, jobs=0))


@pytest.mark.parametrize("name", CORRECT)
def test_correct_files_as_tools_write_them_lint_silent(name: str, terms) -> None:
    assert len(CORRECT) == 9
    assert [(f.location, f.code, f.message) for f in _lint(DATA / name, terms)] == []


@pytest.mark.parametrize("name", sorted(SLIPPED))
def test_each_planted_slip_is_found_once(name: str, terms) -> None:
    findings = _lint(DATA / name, terms)
    assert len(findings) == len(SLIPPED[name])
    for (code, said), finding in zip(SLIPPED[name], findings, strict=True):
        assert finding.code == code
        assert said in finding.message


def test_the_correct_files_read_as_the_same_text(terms) -> None:
    """Tags of every kind gone, the files of one tool read as the same pairs: OmegaT's
    sentences (tags as text or as <bpt>), translate-toolkit's paragraphs (HTML in the text)."""
    figure = ("今年前十个月，中国同东盟贸易额达到7986亿美元，同比增长5.3% 1。",
              "In the first ten months of this year, trade between China and ASEAN reached "
              "798.6 billion US dollars, up 5.3 percent year on year 1.")
    for group in (["briefing-level2.tmx", "briefing-omegat.tmx"],
                  ["briefing.po", "briefing.xlf", "briefing.csv", "briefing-po2tmx.tmx"]):
        texts = [sorted((u.source, u.target) for u in read_units(DATA / name))
                 for name in group]
        assert figure in texts[0]
        assert all(pairs == texts[0] for pairs in texts), group
    talks = {name: [(u.source, u.target) for u in read_units(DATA / name)]
             for name in CORRECT if name.startswith("talks")}
    assert len({tuple(v) for v in talks.values()}) == 1, talks
    assert ("1.中国式现代化将为世界提供新的机遇。",
            "1. Chinese modernization will offer new opportunities to the world.") \
        in talks["talks.sdlxliff"]


@pytest.mark.parametrize(("pieces", "text"), [
    (["up 5.3 percent year on year", "1", "."], "up 5.3 percent year on year 1."),
    (["增长5.3%", "1", "。"], "增长5.3% 1。"),
    (["comprehensive strategic partnership", "2"], "comprehensive strategic partnership 2"),
    (["1.", "Chinese modernization"], "1. Chinese modernization"),
    (["the 20", "th", " century"], "the 20th century"),  # a superscript ordinal
    (["", "鲁班", "工坊"], "鲁班工坊"),
    (["第", "3", "届"], "第3届"),
    (["US$", "86.5", " billion"], "US$86.5 billion"),
    (["CO", "2"], "CO2"),  # a subscript after a capital
    (["Lu", "ban"], "Luban"),
])
def test_join_codes(pieces: list[str], text: str) -> None:
    assert join_codes(pieces) == text


def test_a_footnote_code_after_a_figure_is_no_new_number(tmp_path: Path, terms) -> None:
    """In TMX (<bpt>…<ept>) and XLIFF (<g>, <x/>) alike."""
    tmx = tmp_path / "a.tmx"
    tmx.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="x" '
        'creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="zh-CN" '
        'datatype="plaintext"/><body><tu><tuv xml:lang="zh-CN"><seg>同比增长5.3%<bpt i="1">'
        '&lt;s1&gt;</bpt>1<ept i="1">&lt;/s1&gt;</ept>。</seg></tuv><tuv xml:lang="en"><seg>'
        'up 5.3 percent year on year<bpt i="1">&lt;s1&gt;</bpt>1<ept i="1">&lt;/s1&gt;</ept>.'
        '</seg></tuv></tu></body></tmx>', encoding="utf-8")
    assert [(u.source, u.target) for u in read_tmx(tmx)] == [
        ("同比增长5.3% 1。", "up 5.3 percent year on year 1.")]
    assert _lint(tmx, terms) == []
    xlf = tmp_path / "a.xlf"
    xlf.write_text(
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" '
        'source-language="zh-CN" target-language="en" datatype="plaintext"><body>'
        '<trans-unit id="1"><source>同比增长5.3%<g id="1">1</g>。</source><target>up 5.3 '
        'percent year on year<g id="1">1</g>.</target></trans-unit></body></file></xliff>',
        encoding="utf-8")
    assert _lint(xlf, terms) == []


def test_markup_written_into_the_text_is_not_text(tmp_path: Path, terms) -> None:
    """OmegaT's <b0> and html2po's <a href="…"> are taken out; "<5%" and an address in angle
    brackets are not tags."""
    po = tmp_path / "a.po"
    po.write_text(
        'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "第一届<i0>鲁班工坊</i0>论坛举行。"\nmsgstr "The first <i0>Lu Ban</i0> Workshop '
        'Forum was held."\n\n'
        'msgid "外交部发言人<a href=\\"https://www.mfa.gov.cn/\\">毛宁</a>主持例行记者会。"\n'
        'msgstr "Foreign Ministry Spokesperson <a href=\\"https://www.mfa.gov.cn/\\">Mao Ning</a>'
        ' hosted the regular press conference."\n\n'
        'msgid "增幅<5%，来信请寄<info@example.org>。"\n'
        'msgstr "Growth was <5%; write to <info@example.org>."\n', encoding="utf-8")
    units = list(read_units(po))
    assert [u.target for u in units] == [
        "The first Lu Ban Workshop Forum was held.",
        "Foreign Ministry Spokesperson Mao Ning hosted the regular press conference.",
        "Growth was <5%; write to <info@example.org>."]
    assert [f.code for f in _lint(po, terms)] == ["term-deprecated"]


def test_po2xliff_header_unit_is_not_a_segment() -> None:
    units = list(read_units(DATA / "briefing.xlf"))
    assert len(units) == 9
    assert not any("Project-Id-Version" in u.source for u in units)


def test_xliff2_translate_no_is_skipped_and_cp_is_a_character(tmp_path: Path) -> None:
    path = tmp_path / "a.xlf"
    path.write_text(
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh-CN" '
        'trgLang="en"><file id="f1"><unit id="u1" translate="no"><segment><source>目录'
        '</source></segment></unit><unit id="u2"><segment><source>1.<ph id="1"/>双方<cp '
        'hex="0009"/>同意。</source><target>1.<ph id="1"/>The two<cp hex="0009"/>sides agreed.'
        '</target></segment></unit></file></xliff>', encoding="utf-8")
    skipped: Counter = Counter()
    assert [(u.id, u.source, u.target) for u in read_units(path, skipped=skipped)] == [
        ("u2", "1.双方 同意。", "1. The two sides agreed.")]  # a tab, as any white space
    assert skipped == Counter({"not for translation": 1})


def test_omegat_writes_what_lints_silent(tmp_path: Path, terms) -> None:
    """OmegaT itself, headless, translates the briefing (an HTML page with <b>, <i>, <a>,
    <sup>) from a TM of the level-2 file's pairs; its -omegat.tmx (tags as text) and
    -level2.tmx (<bpt>/<ept>) lint silent and read as the committed files do."""
    command = omegat_command()
    project = make_omegat_project(tmp_path / "p", {})
    html = "".join(f"<p>{zh}</p>\n" for zh, _ in _omegat_pairs())
    (project / "source" / "briefing.html").write_text(
        f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"></head><body>\n'
        f"{html}</body></html>\n", encoding="utf-8")
    (project / "tm" / "auto" / "briefing.tmx").write_bytes(
        (DATA / "briefing-omegat.tmx").read_bytes())
    config = tmp_path / "config"
    config.mkdir()
    proc = subprocess.run([*command, str(project), "--mode=console-translate",
                           f"--config-dir={config}"], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    for name in ("p-omegat.tmx", "p-level2.tmx"):
        assert _lint(project / name, terms) == [], name
        got = {(u.source, u.target) for u in read_units(project / name)}
        assert got and got <= {(u.source, u.target)
                               for u in read_units(DATA / "briefing-level2.tmx")}, name


def _omegat_pairs() -> list[tuple[str, str]]:
    """The briefing's paragraphs as OmegaT tags them, the HTML tags put back for its source."""
    pairs = []
    for u in read_tmx(DATA / "briefing-omegat.tmx"):
        if u.source.startswith(("zh-CN", "外交部发言人例行")) or "<a0>" in u.source:
            continue  # the lang attribute, the title, the link (an href OmegaT would ask for)
        html = u.source
        for short, tag in (("b0", "b"), ("i0", "i"), ("s1", "sup")):
            html = html.replace(f"<{short}>", f"<{tag}>").replace(f"</{short}>", f"</{tag}>")
        pairs.append((html, u.target))
    return pairs
