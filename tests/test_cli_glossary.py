"""`tifa glossary ...` as a user runs it: exit codes, one-line errors, no tracebacks."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from tifa.glossary.entrycache import MIN_CHARS
from tifa.glossary.store import shipped_files

from tests.conftest import run_tifa

HEADER = "glossary:\n  name: mine\n  source_lang: zh-CN\n  target_lang: en\nentries:\n"
ENTRY = ("  - id: {id}\n    zh: {zh}\n    en: {en}\n    category: principle\n"
         "    domain: diplomatic\n    status: official\n")


@pytest.fixture(scope="module")
def env(tmp_path_factory) -> dict:
    # one private cache for the module: the shipped glossary is parsed once, not per command
    return {"XDG_CACHE_HOME": str(tmp_path_factory.mktemp("cache")), "TIFA_GLOSSARY": ""}


def tifa(env, *args, cwd=None):
    result = run_tifa(*args, env=env, cwd=cwd)
    assert "Traceback" not in result.stderr, result.stderr
    return result


def test_validate_shipped_glossary(env):
    r = tifa(env, "glossary", "validate")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip().endswith("file(s) OK") and "entries in" in r.stdout


def test_validate_reports_file_line_column_and_exits_2(env, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(HEADER + ENTRY.format(id="x", zh="守望相助", en="mutual assistance")
                   + "    colour: red\n" + ENTRY.format(id="x", zh="三股势力", en="three forces"),
                   encoding="utf-8")
    broken = tmp_path / "broken.yaml"
    broken.write_text("entries:\n  - id: x\n    zh: [oops\n", encoding="utf-8")
    r = tifa(env, "glossary", "validate", "bad.yaml", "broken.yaml", cwd=tmp_path)
    assert r.returncode == 2
    lines = r.stderr.strip().split("\n")
    assert "bad.yaml:12:5: unknown field 'colour'" in lines[0]
    assert any(line.startswith("bad.yaml:13:9: duplicate id 'x'") for line in lines)
    assert any(line.startswith("broken.yaml:4:1: broken YAML") for line in lines)
    assert lines[-1] == "tifa: 3 problem(s) in 2 file(s)"


def test_lookup_text_json_and_exit_codes(env):
    r = tifa(env, "glossary", "lookup", "中国-中亚命运共同体")
    assert r.returncode == 0
    assert r.stdout.startswith("中国—中亚命运共同体  →  ") and "[variant match on zh" in r.stdout
    assert "glossary/data/" in r.stdout  # origin file:line
    r = tifa(env, "glossary", "lookup", "One Belt One Road")
    assert r.returncode == 0 and "deprecated: use “" in r.stdout
    r = tifa(env, "glossary", "lookup", "三股势力", "--json")
    data = json.loads(r.stdout)
    first = data["entries"][0]
    assert first["zh"] == "三股势力" and first["match"] == "exact" and first["en"]
    assert {"id", "zh", "en", "category", "domain", "status", "origin", "match"} <= set(first)
    r = tifa(env, "glossary", "lookup", "完全无关的词语序列")
    assert r.returncode == 1 and r.stderr.startswith("tifa: no glossary entry for")
    r = tifa(env, "glossary", "lookup", "守忘相助")
    assert r.returncode == 0 and "fuzzy match" in r.stdout


def test_lookup_reports_user_entry_origin(env, tmp_path):
    mine = tmp_path / "mine.yaml"
    mine.write_text(HEADER + ENTRY.format(id="my-term", zh="守望相助", en="standing together"),
                    encoding="utf-8")
    r = tifa({**env, "TIFA_GLOSSARY": str(mine)}, "glossary", "lookup", "守望相助")
    assert "standing together" in r.stdout and "mine.yaml:6" in r.stdout
    assert "replaces" in r.stdout


def test_add_appends_and_keeps_comments(env, tmp_path):
    mine = tmp_path / "mine.yaml"
    mine.write_text("# my terms, reviewed weekly\n" + HEADER, encoding="utf-8")
    r = tifa(env, "glossary", "add", "-g", str(mine), "--zh", "全球治理新倡议", "--en",
             "new global governance initiative", "--category", "initiative", "--status",
             "provisional", "--deprecated", "global rule initiative=calque",
             "--en-variant", "GGNI=abbreviation")
    assert r.returncode == 0, r.stderr
    text = mine.read_text(encoding="utf-8")
    assert text.startswith("# my terms, reviewed weekly\n")
    assert "id: new-global-governance-initiative" in text
    r = tifa(env, "glossary", "lookup", "GGNI", "-g", str(mine))
    assert r.returncode == 0 and "全球治理新倡议" in r.stdout
    again = tifa(env, "glossary", "add", "-g", str(mine), "--zh", "全球治理新倡议", "--en",
                 "something else", "--category", "initiative")
    assert again.returncode == 2
    assert "already exists" in again.stderr and "--replace" in again.stderr
    assert mine.read_text(encoding="utf-8") == text
    bad = tifa(env, "glossary", "add", "-g", str(mine), "--zh", "新词", "--en", "x",
               "--category", "word")
    assert bad.returncode == 2 and "bad category" in bad.stderr
    r = tifa(env, "glossary", "add", "-g", str(mine), "--zh", "全球治理新倡议", "--en",
             "something else", "--category", "initiative", "--replace")
    assert r.returncode == 0 and "replaces" in r.stderr  # a status line: stderr
    assert "something else" in mine.read_text(encoding="utf-8")


def test_add_needs_a_target_and_refuses_the_installed_package(env, tmp_path):
    r = tifa(env, "glossary", "add", "--zh", "新词", "--en", "x", "--category", "slogan")
    assert r.returncode == 2 and "no file to add to" in r.stderr
    shipped = sorted((Path(__file__).parent.parent / "glossary" / "data").glob("*.yaml"))[0]
    before = shipped.read_bytes()
    r = tifa(env, "glossary", "add", "-g", str(shipped), "--zh", "新词", "--en", "x",
             "--category", "slogan")
    assert r.returncode == 2 and "refusing to write into the installed package" in r.stderr
    assert shipped.read_bytes() == before


@pytest.mark.parametrize("fmt", ["tbx", "tbx2", "tbx-omegat", "tsv", "csv", "tmx"])
def test_export_every_format(env, tmp_path, fmt):
    out = tmp_path / f"g.{fmt}"
    r = tifa(env, "glossary", "export", "--format", fmt, "-o", str(out))
    assert r.returncode == 0 and out.stat().st_size > 1000 and f"({fmt})" in r.stderr


def test_bad_inputs_are_one_line_errors(env, tmp_path):
    r = tifa(env, "glossary", "export", "--format", "xlsx", "-o", str(tmp_path / "x"))
    assert r.returncode == 2 and "unknown format" in r.stderr
    assert not (tmp_path / "x").exists()
    dup = tmp_path / "dup.yaml"
    dup.write_text(HEADER + ENTRY.format(id="a", zh="新词", en="x")
                   + ENTRY.format(id="b", zh="新词", en="y"), encoding="utf-8")
    r = tifa(env, "glossary", "lookup", "新词", "-g", str(dup))
    assert r.returncode == 2 and r.stderr.count("\n") == 1
    assert "dup.yaml:13:9:" in r.stderr and "already claimed" in r.stderr
    huge = tmp_path / "huge.yaml"
    with open(huge, "wb") as fh:
        fh.write(HEADER.encode())
        fh.seek(50 * 2**20)
        fh.write(b"\n")
    r = tifa(env, "glossary", "export", "--format", "csv", "-o", str(tmp_path / "h.csv"),
             "-g", str(huge))
    assert r.returncode == 2 and "too large" in r.stderr and "huge.yaml" in r.stderr
    assert not (tmp_path / "h.csv").exists()
    r = tifa(env, "glossary", "validate", str(tmp_path / "missing.yaml"))
    assert r.returncode == 2 and "no such glossary file" in r.stderr
    binary = tmp_path / "bin.yaml"
    binary.write_bytes(os.urandom(2048).replace(b"\x00", b"\x01") + b"\x00")
    r = tifa(env, "glossary", "validate", str(binary))
    assert r.returncode == 2 and "bin.yaml" in r.stderr


def test_twenty_concurrent_adds_all_land(env, tmp_path):
    import subprocess
    import sys

    mine = tmp_path / "team.yaml"
    mine.write_text("# the team's terms\n" + HEADER, encoding="utf-8")
    procs = [subprocess.Popen(
        [sys.executable, "-c", "from tifa.cli.app import main; main()", "glossary", "add",
         "--file", str(mine), "--zh", f"并发测试术语{i}", "--en", f"concurrency test term {i}",
         "--category", "slogan"], env={**os.environ, **env}, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True) for i in range(20)]
    results = [(p.wait(timeout=300), p.stderr.read()) for p in procs]
    assert all(code == 0 for code, _ in results), results
    text = mine.read_text(encoding="utf-8")
    assert text.startswith("# the team's terms\n") and text.count("  - id: ") == 20
    r = tifa(env, "glossary", "validate", str(mine))
    assert r.returncode == 0 and r.stdout.startswith("20 entries in 1 file(s) OK")


def test_add_says_what_is_missing_and_validate_warns_on_empty(env, tmp_path):
    mine = tmp_path / "mine.yaml"
    r = tifa(env, "glossary", "add", "--file", str(mine), "--zh", "新词", "--category",
             "slogan", "--status", "official")
    assert r.returncode == 2 and "official entry needs its official English rendering" \
        in r.stderr and "--en" in r.stderr
    r = tifa(env, "glossary", "add", "--file", str(mine), "--zh", "新词", "--category", "slogan")
    assert r.returncode == 2 and "give --id" in r.stderr and "cannot make an id" not in r.stderr
    r = tifa(env, "glossary", "add", "--file", str(mine), "--zh", "新词", "--category", "slogan",
             "--id", "new-word")
    assert r.returncode == 0, r.stderr
    empty = tmp_path / "empty.yaml"
    empty.write_text("", encoding="utf-8")
    r = tifa(env, "glossary", "validate", str(empty))
    assert r.returncode == 0 and "warning: empty glossary file" in r.stderr
    assert r.stdout.strip() == "0 entries in 1 file(s) OK (1 warning(s))"


def test_cache_info_and_clear(env, tmp_path):
    own = {**env, "XDG_CACHE_HOME": str(tmp_path / "c")}
    assert tifa(own, "glossary", "lookup", "守望相助").returncode == 0
    r = tifa(own, "cache", "info", "--json")
    data = json.loads(r.stdout)
    # The layered glossary, and the item cache of each shipped file of MIN_CHARS or more
    # (diplomatic.yaml since the fifteenth round: docs/glossary.md, "After an edit").
    big = sum(len(p.read_text(encoding="utf-8")) >= MIN_CHARS for p in shipped_files())
    assert data["kinds"]["layered"]["files"] == 1
    assert data["kinds"].get("glossary", {"files": 0})["files"] == big
    assert data["files"] == 1 + big
    r = tifa(own, "cache", "clear")
    assert r.returncode == 0 and r.stdout.startswith(f"removed {1 + big} file(s)")
    assert json.loads(tifa(own, "cache", "info", "--json").stdout)["files"] == 0


@pytest.mark.parametrize(("command", "words"), [
    (("glossary", "lookup"), "Chinese or English text, or an entry id"),
    (("lint",), "or the Chinese original as"),
])
def test_help_explains_each_argument(command, words) -> None:
    """An argument's own help shows in --help (click 8.5 under typer 0.25 dropped it)."""
    result = run_tifa(*command, "--help", env={**os.environ, "COLUMNS": "300"})
    assert result.returncode == 0 and words in result.stdout, result.stdout
