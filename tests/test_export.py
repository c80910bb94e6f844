"""Exports of the shipped glossary: schema-valid, and read back into the same entries."""

from __future__ import annotations

import csv
import io
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from tifa.glossary.entry import Deprecated, Entry, Variant
from tifa.glossary.export import (
    ADMITTED,
    DEPRECATED,
    PREFERRED,
    TBX_NS,
    export,
    read_csv,
    read_tbx,
    read_tmx_terms,
    read_tsv,
)
from tifa.glossary.store import load_glossary
from tifa.tm.base.files import TifaError

from tests.conftest import REPO, omegat_jar, require_program

SCHEMAS = REPO.parent / "shared" / "schemas" / "tbx"
T = f"{{{TBX_NS}}}"


@pytest.fixture(scope="module")
def glossary():
    g = load_glossary(env=False)
    # one synthetic entry for the edge cases the shipped data may not have: an id starting
    # with a digit, markup characters, a provisional entry without English
    g.entries.append(Entry("2nd-test-term", "第二<测试>&术语", ["第二测试"], "", [], [],
                           "slogan", "domestic", 'a "quoted" & <tagged> note', "", "provisional"))
    return g


def same(entry: Entry) -> dict:
    return entry.to_dict()


def same_csv(entry: Entry) -> dict:
    """The CSV has no column for `binding` (lint's strictness): everything else round-trips."""
    out = entry.to_dict()
    out.pop("binding", None)
    return out


def test_tbx3_validates_against_the_core_rng(glossary, tmp_path):
    if not SCHEMAS.is_dir():
        pytest.skip("shared TBX schemas not present")
    from lxml import etree

    out = tmp_path / "g.tbx"
    assert export(glossary, "tbx", out) == len(glossary)
    rng = etree.RelaxNG(etree.parse(str(SCHEMAS / "TBXcoreStructV03.rng")))
    doc = etree.parse(str(out))
    assert rng.validate(doc), rng.error_log.last_error


def test_tbx3_keeps_the_tbx_basic_dca_rules(glossary, tmp_path):
    """The schematron's key rules (TBX-Basic_DCA.sch), checked in code: lxml cannot run XSLT 2."""
    from lxml import etree

    out = tmp_path / "g.tbx"
    export(glossary, "tbx", out)
    root = etree.parse(str(out)).getroot()
    assert root.tag == T + "tbx" and root.get("type") == "TBX-Basic" and root.get("style") == "dca"
    allowed = {"admin": {"customerSubset", "projectSubset", "source"},
               "descrip": {"subjectField", "context", "definition"},
               "termNote": {"administrativeStatus", "partOfSpeech", "geographicalUsage",
                            "grammaticalGender", "termLocation", "termType"}}
    for node in root.iter():
        assert node.tag.startswith(T), f"DCT/foreign element {node.tag}"
        name = node.tag[len(T):]
        if node.get("type") is not None:
            assert node.get("type") != ""
        if name in allowed:
            assert node.get("type") in allowed[name], (name, node.get("type"))
        parent = node.getparent().tag[len(T):] if node.getparent() is not None else ""
        if name == "termNote":
            assert parent == "termSec"
        if name == "descrip" and node.get("type") == "subjectField":
            assert parent == "conceptEntry"
        if name == "admin" and node.get("type") == "projectSubset":
            assert parent in ("conceptEntry", "termSec")
        if name == "admin" and node.get("type") == "source":
            assert parent in ("conceptEntry", "langSec", "termSec")
        if name == "termNote" and node.get("type") == "administrativeStatus":
            assert node.text in (PREFERRED, ADMITTED, DEPRECATED, "supersededTerm-admn-sts")
        if name == "termNote" and node.get("type") == "partOfSpeech":
            assert node.text in ("adjective", "noun", "other", "verb", "adverb")
        if name == "termSec":  # TBX-Basic: every term carries its part of speech
            assert any(c.get("type") == "partOfSpeech" for c in node)
        if node.get("target") is not None:
            assert node.get("target").startswith("http")
    assert len(root.findall(f".//{T}conceptEntry")) == len(glossary)


def test_tbx3_round_trip(glossary, tmp_path):
    out = tmp_path / "g.tbx"
    export(glossary, "tbx", out)
    back = read_tbx(out)
    assert [same(e) for e in back] == [same(e) for e in glossary]
    deprecated = [e for e in back if e.en_deprecated]
    assert deprecated and deprecated[0].en_deprecated[0].reason


def _omegat_tbx_schema(tmp_path: Path):
    from lxml import etree

    with zipfile.ZipFile(omegat_jar()) as jar:
        for name in ("tbx.xsd", "xml.xsd"):  # tbx.xsd imports xml.xsd from its own directory
            (tmp_path / name).write_bytes(jar.read(f"schemas/{name}"))
    return etree.XMLSchema(etree.parse(str(tmp_path / "tbx.xsd")))


def test_tbx2_validates_against_omegat_schema_and_reads_back(glossary, tmp_path):
    from lxml import etree
    from translate.storage import tbx

    schema = _omegat_tbx_schema(tmp_path)
    out = tmp_path / "g2.tbx"
    export(glossary, "tbx2", out)
    assert schema.validate(etree.parse(str(out))), schema.error_log.last_error
    omegat = tmp_path / "g-omegat.tbx"
    export(glossary, "tbx-omegat", omegat)
    assert schema.validate(etree.parse(str(omegat))), schema.error_log.last_error
    assert [same(e) for e in read_tbx(out)] == [same(e) for e in glossary]
    # translate-toolkit's own TBX store sees every concept with its zh and official en
    store = tbx.tbxfile.parsefile(open(out, "rb"))
    units = {u.getid(): u for u in store.units}
    for entry in glossary:
        unit = units[entry.id if entry.id[0].isalpha() else f"_{entry.id}"]
        assert unit.source == entry.zh
        if entry.en:
            assert unit.target == entry.en


def test_tsv_one_line_per_accepted_target(glossary, tmp_path):
    out = tmp_path / "g.txt"
    export(glossary, "tsv", out)
    raw = out.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf") and b"\r" not in raw
    rows = read_tsv(out)
    assert all(len(line.split("\t")) == 3 for line in raw.decode().splitlines())
    for entry in glossary:
        targets = [t for s, t, c in rows if s == entry.zh and not c.startswith("Chinese variant")]
        assert targets == entry.accepted, entry.id
        for variant in entry.zh_variants if entry.en else []:
            assert (variant, entry.en, f"Chinese variant of {entry.zh}") in rows
        deprecated = {d.text for d in entry.en_deprecated}
        assert not any(t in deprecated for s, t, c in rows if s == entry.zh)


def test_csv_for_excel_and_round_trip(glossary, tmp_path):
    out = tmp_path / "g.csv"
    export(glossary, "csv", out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")                 # Excel detects UTF-8 by the BOM
    assert raw.split(b"\r\n", 1)[0] == b"\xef\xbb\xbfid,source,target,zh_variants,en_variants," \
        b"en_deprecated,category,domain,status,notes,attested_in,en_variant_notes," \
        b"en_deprecated_reasons"
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert len(rows) == len(glossary)
    assert [same_csv(e) for e in read_csv(out)] == [same_csv(e) for e in glossary]


def test_tmx_round_trip_with_translate_toolkit(glossary, tmp_path):
    from translate.storage import tmx

    out = tmp_path / "g.tmx"
    export(glossary, "tmx", out)
    store = tmx.tmxfile.parsefile(open(out, "rb"))
    pairs = [(u.source, u.target) for u in store.units]
    expected = [(e.zh, t) for e in glossary for t in e.accepted]
    assert pairs == expected
    from lxml import etree

    assert etree.parse(str(out)).find("header").get("segtype") == "phrase"
    back = {e.id: e for e in read_tmx_terms(out)}
    for entry in glossary:
        if entry.accepted:
            got = back[entry.id]
            assert (got.zh, got.en, got.en_variants, got.category, got.status) == \
                (entry.zh, entry.en, entry.en_variants, entry.category, entry.status)


def test_unknown_format_and_bad_tbx_input(glossary, tmp_path):
    with pytest.raises(TifaError, match="unknown export format"):
        export(glossary, "xlsx", tmp_path / "g.xlsx")
    assert not (tmp_path / "g.xlsx").exists()
    bomb = tmp_path / "bomb.tbx"
    bomb.write_text('<?xml version="1.0"?><!DOCTYPE martif [<!ENTITY a "aaaa">]>'
                    "<martif><text><body><termEntry id='x'>&a;</termEntry></body></text>"
                    "</martif>", encoding="utf-8")
    with pytest.raises(TifaError, match="DOCTYPE"):
        read_tbx(bomb)


def test_entries_with_markup_characters_survive(tmp_path):
    e = Entry("amp-test", "中&国<亚>", [], 'R&D "hub" <x>', [Variant("a\tb", "tab")],
              [Deprecated("old & bad", "why")], "project", "diplomatic", "n", "s", "official")
    for fmt, reader in (("tbx", read_tbx), ("tbx2", read_tbx), ("csv", read_csv)):
        out = tmp_path / f"m.{fmt}"
        export([e], fmt, out)
        assert [same(x) for x in reader(out)] == [same(e)], fmt


def test_old_csv_column_names_still_read(glossary, tmp_path):
    out = tmp_path / "old.csv"
    export(glossary, "csv", out)
    text = out.read_bytes().decode("utf-8-sig").split("\r\n", 1)
    out.write_text("id,zh,en,zh_variants,en_variants,en_deprecated,category,domain,status,"
                   "note,source,en_variant_notes,en_deprecated_reasons\r\n" + text[1],
                   encoding="utf-8-sig")
    assert [same_csv(e) for e in read_csv(out)] == [same_csv(e) for e in glossary]


# ------------------------------------------------ what OmegaT's own glossary readers see

HARNESS = REPO / "tests" / "data" / "omegat" / "GlossaryDump.java"


def _unescape(field: str) -> str:
    return re.sub(r"\\(.)", lambda m: {"t": "\t", "n": "\n", "r": "\r"}.get(m[1], m[1]), field)


def omegat_pairs(tmp_path: Path, files: list[Path]) -> list[list[tuple[str, str, str]]]:
    """(source, target, comment) of every pair OmegaT 3.6's TBX/TSV glossary readers offer,
    per file: a small Java harness compiled against OmegaT's jar calls the readers directly."""
    jar = omegat_jar()
    javac, java = require_program("javac"), require_program("java")
    classes = tmp_path / "classes"
    classes.mkdir()
    proc = subprocess.run([javac, "-cp", str(jar), "-d", str(classes), str(HARNESS)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    (tmp_path / "home").mkdir()
    proc = subprocess.run(
        [java, f"-Duser.home={tmp_path / 'home'}", "-Djava.awt.headless=true",
         "-cp", f"{jar}{os.pathsep}{classes}", "GlossaryDump", str(tmp_path), "zh-CN", "en",
         *map(str, files)], capture_output=True, timeout=300)
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")[-2000:]
    out: list[list[tuple[str, str, str]]] = [[] for _ in files]
    for line in proc.stdout.decode("utf-8").splitlines():
        n, src, tgt, comment = line.split("\t")
        out[int(n)].append((_unescape(src), _unescape(tgt), _unescape(comment)))
    return out


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def misplaced(glossary, pairs: list[tuple[str, str, str]]) -> tuple[list, list]:
    """(pairs whose target is not an accepted rendering of their source's entry,
    pairs whose comment carries a note of another pair)."""
    by_form = {z: e for e in glossary for z in e.zh_forms}
    wrong, foreign = [], []
    for src, tgt, comment in pairs:
        entry = by_form.get(src)
        if entry is None or tgt not in entry.accepted:
            wrong.append((src, tgt))
            continue
        own = next((v.note for v in entry.en_variants if v.text == tgt), "")
        others = [v.note for v in entry.en_variants if v.text != tgt and v.note
                  and v.note not in own and v.note not in entry.note]
        if tgt != entry.en:   # what to avoid belongs to the official pair only
            others += [d.reason for d in entry.en_deprecated if d.reason]
            others += [d.text for d in entry.en_deprecated if _key(d.text) not in _key(tgt)]
        if any(o in comment for o in others):
            foreign.append((src, tgt, comment))
    return wrong, foreign


def test_omegat_readers_offer_no_deprecated_rendering(glossary, tmp_path):
    """Target: OmegaT inserts only accepted renderings (81 deprecated ones in tifa 0.2's
    glossary-omegat.tbx), and each pair's comment is its own."""
    files = []
    for fmt, name in (("tbx-omegat", "g-omegat.tbx"), ("tsv", "g.txt"), ("tbx2", "g2.tbx")):
        files.append(tmp_path / name)
        export(glossary, fmt, files[-1])
    tbx_pairs, tsv_pairs, concept_pairs = omegat_pairs(tmp_path, files)
    deprecated = {_key(d.text) for e in glossary for d in e.en_deprecated}
    expected = {(z, t) for e in glossary for t in e.accepted for z in e.zh_forms}
    for pairs in (tbx_pairs, tsv_pairs):
        assert [t for _, t, _ in pairs if _key(t) in deprecated] == []
        assert misplaced(glossary, pairs) == ([], [])
    assert {(s, t) for s, t, _ in tbx_pairs} == expected
    assert {(s, t) for s, t, _ in tsv_pairs} <= expected
    # every accepted rendering of every canonical form is offered by both
    assert {(e.zh, t) for e in glossary for t in e.accepted} <= {(s, t) for s, t, _ in tsv_pairs}
    # the official pair says what to avoid; a variant pair does not
    bri = next(e for e in glossary if e.en_deprecated and e.en_variants)
    comments = {t: c for s, t, c in tbx_pairs if s == bri.zh}
    assert bri.en_deprecated[0].text in comments[bri.en]
    assert bri.en_deprecated[0].text not in comments[bri.en_variants[0].text]
    # Why tbx-omegat exists: OmegaT ignores administrativeStatus, so the concept-oriented TBX v2
    # (right for translate-toolkit, memoQ, MultiTerm) would put deprecated renderings forward.
    assert any(_key(t) in deprecated for _, t, _ in concept_pairs)


# ------------------------------------------------ what translate-toolkit reads

def _tt(tool: str, *args: str) -> None:
    proc = subprocess.run([sys.executable, "-m", f"translate.convert.{tool}", *args],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr


def test_translate_toolkit_reads_the_csv_with_chinese_source(glossary, tmp_path):
    from translate.storage import csvl10n
    from translate.storage.tbx import tbxfile

    out = tmp_path / "g.csv"
    export(glossary, "csv", out)
    with open(out, "rb") as fh:
        units = [u for u in csvl10n.csvfile(fh).units if u.source]
    assert [(u.getid(), u.source, u.target) for u in units] == \
        [(e.id, e.zh, e.en) for e in glossary]
    assert all(u.getnotes() == e.note for u, e in zip(units, glossary, strict=True))
    tbx = tmp_path / "from-csv.tbx"
    _tt("csv2tbx", str(out), str(tbx))
    with open(tbx, "rb") as fh:
        store = tbxfile.parsefile(fh)
    assert [(u.source, u.target) for u in store.units] == [(e.zh, e.en) for e in glossary]
    po = tmp_path / "from-csv.po"
    _tt("csv2po", str(out), str(po))
    from translate.storage import factory

    assert [(u.source, u.target) for u in factory.getobject(str(po)).units if u.source] == \
        [(e.zh, e.en) for e in glossary]


def test_translate_toolkit_reads_both_tbx2_flavours(glossary, tmp_path):
    from translate.storage import factory

    concept, omegat = tmp_path / "g2.tbx", tmp_path / "g-omegat.tbx"
    export(glossary, "tbx2", concept)
    export(glossary, "tbx-omegat", omegat)
    store = factory.getobject(str(concept))
    units = [u for u in store.units]
    assert [(u.source, u.target or "") for u in units] == [(e.zh, e.en) for e in glossary]
    for unit, entry in zip(units, glossary, strict=True):
        terms = unit.get_target_terms()
        assert [t.text for t in terms if not t.deprecated] == entry.accepted
        assert [t.text for t in terms if t.deprecated] == [d.text for d in entry.en_deprecated]
    store = factory.getobject(str(omegat))
    assert [(u.source, u.target) for u in store.units] == \
        [(e.zh, t) for e in glossary for t in e.accepted]
    po = tmp_path / "g2.po"
    _tt("tbx2po", str(concept), str(po))
    pairs = {(u.source, u.target) for u in factory.getobject(str(po)).units if u.source}
    assert pairs == {(e.zh, e.en) for e in glossary}


def test_tmx_export_reads_through_translate_toolkit_factory(glossary, tmp_path):
    from translate.storage import factory

    out = tmp_path / "g.tmx"
    export(glossary, "tmx", out)
    store = factory.getobject(str(out))
    deprecated = {_key(d.text) for e in glossary for d in e.en_deprecated}
    assert [(u.source, u.target) for u in store.units] == \
        [(e.zh, t) for e in glossary for t in e.accepted]
    assert not any(_key(u.target) in deprecated for u in store.units)
