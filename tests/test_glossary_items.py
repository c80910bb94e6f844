"""The per-item cache of large glossary files (`glossary.entrycache`): after an edit only the
edited items are read again, and the result — entries, lines, every error with its
file:line:column — is exactly what a read without any cache gives."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from tifa.glossary import entrycache
from tifa.glossary.edit import add_entry
from tifa.glossary.store import load_glossary
from tifa.tm.base import cache
from tifa.tm.base.files import TifaError

MIN_CHARS = entrycache.MIN_CHARS  # the real threshold (the tests below lower it)
HEADER = ("# terms of the regional desk\nglossary:\n  name: desk\n  source_lang: zh-CN\n"
          "  target_lang: en\nentries:\n")
PLACES = [("中哈", "China-Kazakhstan"), ("中吉", "China-Kyrgyzstan"),
          ("中塔", "China-Tajikistan"), ("中土", "China-Turkmenistan"),
          ("中乌", "China-Uzbekistan"), ("中蒙", "China-Mongolia")]
FIELDS = [("能源", "energy"), ("农业", "agricultural"), ("海关", "customs"),
          ("减贫", "poverty reduction"), ("教育", "education"), ("旅游", "tourism"),
          ("媒体", "media"), ("青年", "youth")]
HEADS = [("合作委员会", "cooperation committee", "organisation/place"),
         ("合作论坛", "cooperation forum", "mechanism"), ("行动计划", "action plan", "initiative"),
         ("联合实验室", "joint laboratory", "project"), ("工作组", "working group", "mechanism")]


def desk_glossary(limit: int | None = None) -> str:
    """Every place × field × head as an entry, in the shipped files' layout, with comments,
    flow lists, variants with notes and deprecated renderings with reasons."""
    out = [HEADER]
    n = 0
    for pzh, pen in PLACES:
        out.append(f"\n  # --- {pen} ---\n")
        for fzh, fen in FIELDS:
            for hzh, hen, category in HEADS:
                zh, en = f"{pzh}{fzh}{hzh}", f"{pen} {fen} {hen}"
                eid = "-".join(en.lower().replace("-", " ").split())
                text = f"\n  - id: {eid}\n    zh: {zh}\n"
                if n % 3 == 0:
                    text += f"    zh_variants: [“{zh}”]\n"
                text += f"    en: {en}\n"
                if n % 4 == 0:
                    text += (f"    en_variants:\n      - text: {fen} {hen} with {pen[6:]}\n"
                             "        note: descriptive form\n")
                if n % 5 == 0:
                    text += (f"    en_deprecated:\n      - text: {pen} {fen} {hen} of cooperation\n"
                             "        reason: calque\n")
                text += (f"    category: {category}\n    domain: diplomatic\n"
                         f"    status: {('official', 'recommended', 'provisional')[n % 3]}\n")
                out.append(text)
                n += 1
                if n == limit:
                    return "".join(out)
    return "".join(out)


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("TIFA_GLOSSARY", raising=False)
    monkeypatch.delenv("TIFA_NO_CACHE", raising=False)
    monkeypatch.setattr(entrycache, "MIN_CHARS", 0)  # the small test files count as large


@pytest.fixture
def items_read(monkeypatch):
    """The texts of the items read alone (not taken from the cache)."""
    read: list[str] = []
    original = entrycache._read_item

    def spy(chunk: str, line: int):
        read.append(chunk)
        return original(chunk, line)

    monkeypatch.setattr(entrycache, "_read_item", spy)
    return read


def outcome(path: Path, monkeypatch, cached: bool) -> object:
    """Every entry with its place, or the error, of `path` loaded alone."""
    with monkeypatch.context() as m:
        if not cached:
            m.setenv("TIFA_NO_CACHE", "1")
        try:
            g = load_glossary([path], shipped=False, env=False)
        except TifaError as err:
            return str(err)
        return [(e.to_dict(), e.origin, e.line) for e in g]


def test_an_edit_reads_only_the_edited_items(tmp_path, monkeypatch, items_read):
    path = tmp_path / "desk.yaml"
    text = desk_glossary()
    path.write_text(text, encoding="utf-8")
    first = outcome(path, monkeypatch, cached=True)
    assert len(first) == 240 and items_read == []   # read whole, the first time
    assert list(cache.cache_dir().glob("glossary-items-*.marshal"))
    # one rendering corrected in the middle, and a comment line added above everything
    edited = text.replace("en: China-Tajikistan customs action plan\n",
                          "en: China-Tajikistan customs cooperation action plan\n")
    edited = "# reviewed 2026-11\n" + edited
    path.write_text(edited, encoding="utf-8")
    got = outcome(path, monkeypatch, cached=True)
    assert items_read == [c for c in items_read if "China-Tajikistan customs" in c]
    assert len(items_read) == 1
    assert got == outcome(path, monkeypatch, cached=False)
    entry = next(e for e, _, _ in got if e["zh"] == "中塔海关行动计划")
    assert entry["en"] == "China-Tajikistan customs cooperation action plan"
    assert [line for _, _, line in got] == [line + 1 for _, _, line in first]  # all moved down


# Edits after which the result (entries or the one error) must be the fresh read's.
EDITS = {
    "appended": lambda t: t + "\n  - id: new-one\n    zh: 中哈新机制\n    en: a new mechanism\n"
                              "    category: mechanism\n    domain: diplomatic\n"
                              "    status: provisional\n",
    "entry removed": lambda t: t.replace(t[t.index("  - id: china-kyrgyzstan-media"):
                                          t.index("  - id: china-kyrgyzstan-youth")], ""),
    "bad category": lambda t: t.replace("category: project", "category: projects", 1),
    "duplicate id": lambda t: t.replace("id: china-mongolia-youth-working-group",
                                        "id: china-kazakhstan-energy-cooperation-forum"),
    "claimed variant": lambda t: "zh_variants: [中哈能源合作委员会]".join(
        t.rsplit("zh_variants: [“中蒙", 1)),
    "broken yaml": lambda t: t.replace("    en: China-Uzbekistan tourism action plan",
                                       "    en: [China-Uzbekistan tourism action plan"),
    "misindented key": lambda t: t.replace("    domain: diplomatic\n    status: official",
                                           "    domain: diplomatic\n   status: official", 1),
    "key at the items' column": lambda t: t.replace(
        "  - id: china-turkmenistan-energy-action-plan\n",
        "  - id: china-turkmenistan-energy-action-plan\n  note: out of place\n"),
    "top-level key after the list": lambda t: t + "glossary2:\n  name: x\n",
    "header after the list": lambda t: t.replace(HEADER, "entries:\n") + "glossary:\n  name: x\n",
    "block scalar": lambda t: t.replace("        reason: calque\n",
                                        "        reason: |\n          calque\n", 1),
    "yes as a rendering": lambda t: t.replace("    en: China-Mongolia media action plan",
                                              "    en: yes"),
    "list indented at the key": lambda t: HEADER + re.sub("(?m)^  ", "", t[len(HEADER):]),
}


@pytest.mark.parametrize("name", sorted(EDITS))
def test_after_any_edit_the_result_is_the_fresh_read(tmp_path, monkeypatch, name):
    path = tmp_path / "desk.yaml"
    text = desk_glossary()
    path.write_text(text, encoding="utf-8")
    outcome(path, monkeypatch, cached=True)  # fills the item cache with the old version
    edited = EDITS[name](text)
    assert edited != text
    path.write_text(edited, encoding="utf-8")
    fresh = outcome(path, monkeypatch, cached=False)
    assert outcome(path, monkeypatch, cached=True) == fresh
    if name in ("bad category", "duplicate id", "claimed variant", "broken yaml",
                "misindented key", "yes as a rendering", "key at the items' column",
                "top-level key after the list"):
        assert isinstance(fresh, str) and "desk.yaml:" in fresh, fresh
    else:
        assert isinstance(fresh, list) and fresh, fresh
        path.write_text(text, encoding="utf-8")  # and back again
        assert outcome(path, monkeypatch, cached=True) == outcome(path, monkeypatch, False)


def test_add_to_a_large_file_takes_its_items_from_the_cache(tmp_path, monkeypatch, items_read):
    text = desk_glossary()
    fields = {"id": "china-kazakhstan-youth-exchange-year", "zh": "中哈青年交流年",
              "en": "China-Kazakhstan Youth Exchange Year", "category": "slogan",
              "domain": "diplomatic", "status": "provisional"}
    plain = tmp_path / "plain.yaml"
    plain.write_text(text, encoding="utf-8")
    monkeypatch.setenv("TIFA_NO_CACHE", "1")
    add_entry(plain, fields)
    monkeypatch.delenv("TIFA_NO_CACHE")
    path = tmp_path / "desk.yaml"
    path.write_text(text, encoding="utf-8")
    load_glossary([path], shipped=False, env=False)

    def whole(_text):
        raise AssertionError("the whole file was read although its items are cached")

    with monkeypatch.context() as m:
        m.setattr(entrycache, "quick_read", whole)
        add_entry(path, fields)
    assert items_read == []
    assert path.read_text(encoding="utf-8") == plain.read_text(encoding="utf-8")
    assert path.read_text(encoding="utf-8").startswith(text)
    with pytest.raises(TifaError, match=r"already exists at .*desk.yaml:\d+: use --replace"):
        add_entry(path, dict(fields, en="another rendering"))


def test_broken_edit_of_a_large_file_is_one_line_with_its_position(tmp_path):
    """Through the CLI, on a file above the real threshold, with the item cache warm: the
    same one line, exit 2, as without any cache."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), "TIFA_GLOSSARY": ""}
    env.pop("TIFA_NO_CACHE", None)
    body = desk_glossary().removeprefix(HEADER)
    copies = -(-MIN_CHARS // len(body)) + 1
    text = HEADER + "".join(body.replace("id: china", f"id: c{k}-china")
                            .replace("    zh: 中", f"    zh: {'中' * (k + 1)}")
                            .replace("[“中", f"[“{'中' * (k + 1)}") for k in range(copies))
    assert len(text) >= MIN_CHARS
    path = tmp_path / "desk.yaml"
    path.write_text(text, encoding="utf-8")
    cmd = [sys.executable, "-c", "from tifa.cli.app import main; main()", "glossary", "lookup",
           "中塔海关行动计划", "-g", str(path)]
    ok = subprocess.run(cmd, env=env, capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    assert "China-Tajikistan customs action plan" in ok.stdout
    assert list((tmp_path / "cache" / "tifa").glob("glossary-items-*.marshal"))
    for broken in (text.replace("    en: China-Uzbekistan tourism action plan",
                                "    en: 'China-Uzbekistan tourism action plan", 1),
                   text.replace("category: project", "category: projects", 1)):
        path.write_text(broken, encoding="utf-8")
        bad = subprocess.run(cmd, env=env, capture_output=True, text=True)
        fresh = subprocess.run(cmd, env={**env, "TIFA_NO_CACHE": "1"}, capture_output=True,
                               text=True)
        assert bad.returncode == fresh.returncode == 2 and bad.stdout == ""
        assert bad.stderr == fresh.stderr and bad.stderr.count("\n") == 1
        assert re.match(r"tifa: error: \S*desk\.yaml:\d+:\d+: \S", bad.stderr), bad.stderr


@pytest.mark.parametrize("damage", ["truncated", "garbage", "other shape"])
def test_a_damaged_item_cache_costs_a_full_read_never_a_wrong_entry(tmp_path, monkeypatch,
                                                                    damage):
    path = tmp_path / "desk.yaml"
    text = desk_glossary()
    path.write_text(text, encoding="utf-8")
    outcome(path, monkeypatch, cached=True)
    (stored,) = cache.cache_dir().glob("glossary-items-*.marshal")
    data = stored.read_bytes()
    stored.write_bytes({"truncated": data[:len(data) * 2 // 3], "garbage": b"\x00garbage",
                        "other shape": marshal.dumps(("1", 3))}[damage])
    path.write_text(text.replace("en: China-Mongolia media action plan",
                                 "en: China-Mongolia media cooperation action plan"),
                    encoding="utf-8")
    assert outcome(path, monkeypatch, cached=True) == outcome(path, monkeypatch, cached=False)
