"""Glossary model: the shipped YAML validates, problems carry file:line:column, layering, cache."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from tifa.glossary import store
from tifa.glossary.edit import add_entry
from tifa.glossary.store import load_glossary, validate
from tifa.tm.base import cache
from tifa.tm.base.files import TifaError

HEADER = "glossary:\n  name: test\n  source_lang: zh-CN\n  target_lang: en\nentries:\n"


def entry_yaml(eid: str, zh: str, en: str = "", extra: str = "", status: str = "official",
               category: str = "principle") -> str:
    lines = [f"  - id: {eid}", f"    zh: {zh}"]
    if en:
        lines.append(f"    en: {en}")
    lines += [f"    category: {category}", "    domain: diplomatic", f"    status: {status}"]
    return "\n".join(lines) + "\n" + extra


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    """Every test gets its own cache directory and no user glossary from the environment."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("TIFA_GLOSSARY", raising=False)
    monkeypatch.delenv("TIFA_NO_CACHE", raising=False)


def messages(problems) -> list[str]:
    return [f"{p.line}:{p.column}: {p.message}" for p in problems]


# --------------------------------------------------------------------------- shipped glossary

def test_shipped_glossary_is_valid_and_covers_the_seeds():
    problems, entries, files = validate()
    assert problems == [], "\n".join(map(str, problems[:10]))
    assert files >= 1 and entries >= 120
    g = load_glossary()
    by_zh = {e.zh: e for e in g}
    # formulations of the Xi'an keynote that every user will look up
    for zh in ("守望相助", "三股势力", "中国—中亚命运共同体", "人类命运共同体", "一带一路"):
        assert zh in by_zh, zh
    assert by_zh["人类命运共同体"].en
    assert len({e.id for e in g}) == len(g)


def test_entries_remember_their_file_and_line():
    g = load_glossary()
    for entry in list(g)[:50]:
        path = Path(store.DATA_DIR) / Path(entry.origin).name
        line = path.read_text(encoding="utf-8").split("\n")[entry.line - 1]
        # the line of the entry's mapping holds its first key (normally "- id: ...")
        assert line.lstrip().startswith("- "), (entry.where, line)
        assert entry.id in line or entry.zh in line or ":" in line


# --------------------------------------------------------------------------- problems

def test_broken_yaml_is_one_problem_with_line_and_column(tmp_path):
    path = write(tmp_path, "broken.yaml", HEADER + "  - id: x\n    zh: [unclosed\n    en: y\n")
    problems, _, _ = validate([path])
    assert len(problems) == 1
    assert problems[0].path.endswith("broken.yaml")
    assert problems[0].line >= 7 and problems[0].column >= 1
    assert "broken YAML" in problems[0].message
    with pytest.raises(TifaError) as err:
        load_glossary([path], shipped=False)
    assert "broken YAML" in str(err.value) and "broken.yaml:" in str(err.value)


def test_schema_errors_point_at_the_offending_key_or_value(tmp_path):
    text = HEADER + (
        "  - id: Bad_ID\n"                 # line 6: bad slug
        "    zh: 守望相助\n"
        "    en: 42\n"                     # line 8: wrong type
        "    colour: red\n"                # line 9: unknown field
        "    category: thing\n"            # line 10: bad enum
        "    domain: diplomatic\n"
        "    status: official\n"
        "  - zh: 三股势力\n"               # line 13: missing id, status...
        "    category: principle\n"
        "    domain: diplomatic\n"
        "  - id: no-english\n"             # line 16
        "    zh: 世代友好\n"
        "    category: principle\n"
        "    domain: diplomatic\n"
        "    status: official\n"           # line 20: official without en
        "    zh_variants: 世代友好关系\n"  # line 21: a text instead of a list
    )
    problems, _, _ = validate([write(tmp_path, "bad.yaml", text)])
    got = messages(problems)
    assert any(m.startswith("6:9: bad id 'Bad_ID'") for m in got), got
    assert any(m.startswith("8:9: 'en' must be text (a number found)") for m in got), got
    assert any(m.startswith("9:5: unknown field 'colour'") for m in got), got
    assert any(m.startswith("10:15: bad category 'thing'") for m in got), got
    assert any(m.startswith("13:5:") and "missing required field 'id'" in m for m in got), got
    assert any(m.startswith("13:5:") and "missing required field 'status'" in m for m in got)
    assert any(m.startswith("20:13:") and "official but it has no 'en'" in m for m in got), got
    assert any(m.startswith("21:18: 'zh_variants' must be a list") for m in got), got


def test_duplicates_across_files_and_claimed_variants(tmp_path):
    a = write(tmp_path, "a.yaml", HEADER
              + entry_yaml("mutual-assistance", "守望相助", "mutual assistance")
              + entry_yaml("china-central-asia", "中国—中亚", "China-Central Asia"))
    b = write(tmp_path, "b.yaml", HEADER
              + entry_yaml("mutual-assistance", "相互帮助", "mutual help")       # same id
              + entry_yaml("other", "守望相助", "watching")                      # same zh
              + entry_yaml("third", "三股势力", "three forces",
                           "    zh_variants: [中国-中亚]\n"))                     # dash variant
    problems, entries, files = validate([a, b])
    got = [str(p) for p in problems]
    assert entries == 5 and files == 2
    assert any("b.yaml:6:9: duplicate id 'mutual-assistance' (first defined at" in g
               for g in got), got
    assert any("b.yaml:13:9: zh '守望相助' of entry 'other' is already claimed by entry "
               "'mutual-assistance'" in g for g in got), got
    assert any("zh variant '中国-中亚' of entry 'third' is already claimed by entry "
               "'china-central-asia'" in g for g in got), got
    # each file alone is clean: duplicates are a property of the set given
    assert validate([a])[0] == []


def test_deprecated_equal_to_accepted_case_and_space_insensitive(tmp_path):
    text = HEADER + entry_yaml(
        "bri", "一带一路", "Belt and Road Initiative",
        "    en_variants:\n      - text: BRI\n        note: abbreviation\n"
        "    en_deprecated:\n      - text: \"belt and  road initiative\"\n        reason: oops\n"
        "      - text: OBOR\n        reason: old\n")
    text += entry_yaml("other", "其他", "obor", status="recommended")
    problems, _, _ = validate([write(tmp_path, "d.yaml", text)])
    got = messages(problems)
    assert any("deprecated rendering 'belt and  road initiative' is an accepted rendering of "
               "this entry" in m for m in got), got
    assert any("deprecated rendering 'OBOR' is an accepted rendering of entry 'other'" in m
               for m in got), got


def test_duplicate_keys_and_deprecated_without_reason(tmp_path):
    text = HEADER + entry_yaml("x", "守望相助", "mutual assistance",
                               "    en_deprecated: [keeping watch]\n")
    text += "    note: a\n    note: b\n"
    got = messages(validate([write(tmp_path, "k.yaml", text)])[0])
    assert any("duplicate key 'note'" in m for m in got), got
    assert any("needs a reason" in m for m in got), got


def test_missing_file_and_empty_file(tmp_path):
    problems, _, _ = validate([tmp_path / "nope.yaml"])
    assert "no such glossary file" in problems[0].message
    empty = write(tmp_path, "empty.yaml", "# nothing yet\n")
    problems, entries, files = validate([empty])
    assert (entries, files) == (0, 1)
    assert [(p.severity, p.message) for p in problems] == \
        [("warning", "empty glossary file (no entries)")]
    assert str(problems[0]).endswith("empty.yaml:1:1: warning: empty glossary file (no entries)")
    no_entries = write(tmp_path, "header.yaml", HEADER)
    assert [(p.line, p.severity, p.message) for p in validate([no_entries])[0]] == \
        [(5, "warning", "no entries")]
    assert len(load_glossary([empty, no_entries], shipped=False)) == 0  # loading is fine


def test_huge_file_is_refused_quickly(tmp_path):
    path = tmp_path / "huge.yaml"
    block = entry_yaml("x", "守望相助", "mutual assistance").encode()
    with open(path, "wb") as fh:
        fh.write(HEADER.encode())
        fh.write(block * (50 * 2**20 // len(block) + 1))
    assert path.stat().st_size > 50 * 2**20
    start = time.perf_counter()
    with pytest.raises(TifaError) as err:
        load_glossary([path], shipped=False)
    assert time.perf_counter() - start < 5
    assert "too large" in str(err.value) and "huge.yaml" in str(err.value)


# --------------------------------------------------------------------------- layering

def test_user_file_replaces_shipped_entry_with_same_zh(tmp_path, monkeypatch):
    shipped = {e.zh: e for e in load_glossary()}
    old = shipped["守望相助"]
    user = write(tmp_path, "mine.yaml", HEADER + entry_yaml(
        "my-mutual-assistance", "守望相助", "mutual help and support", status="recommended"))
    g = load_glossary([user])
    mine = [e for e in g if e.zh == "守望相助"]
    assert len(mine) == 1 and mine[0].en == "mutual help and support"
    assert mine[0].origin.endswith("mine.yaml") and mine[0].line == 6
    assert mine[0].replaces == [old.where]
    assert g.get(old.id) is None
    assert len(g) == len(shipped)
    # the same through TIFA_GLOSSARY (os.pathsep-separated)
    monkeypatch.setenv("TIFA_GLOSSARY", os.pathsep.join([str(tmp_path / "none.yaml"), ""]))
    with pytest.raises(TifaError):
        load_glossary()
    monkeypatch.setenv("TIFA_GLOSSARY", str(user))
    assert {e.zh: e for e in load_glossary()}["守望相助"].origin.endswith("mine.yaml")


def test_user_variant_colliding_with_other_entry_is_an_error(tmp_path):
    user = write(tmp_path, "mine.yaml", HEADER + entry_yaml(
        "new-term", "新术语", "new term", "    zh_variants: [三股势力]\n"))
    with pytest.raises(TifaError) as err:
        load_glossary([user])
    assert "mine.yaml:" in str(err.value) and "already claimed" in str(err.value)


# --------------------------------------------------------------------------- cache

def test_cache_is_used_refreshed_and_survives_corruption(tmp_path, monkeypatch):
    path = write(tmp_path, "c.yaml", HEADER + entry_yaml("x", "守望相助", "mutual assistance"))
    first = load_glossary([path], shipped=False)
    entries = [f.path for f in cache.entries()]
    assert [f.name.split("-")[0] for f in entries] == ["layered"]

    def no_yaml(*_args):
        raise AssertionError("YAML read although the cache holds this content")

    with monkeypatch.context() as m:
        m.setattr(store, "quick_parse", no_yaml)
        m.setattr(store, "parse_text", no_yaml)
        assert [e.en for e in load_glossary([path], shipped=False)] == [e.en for e in first]
    entries[0].write_bytes(b"\x00garbage")
    assert load_glossary([path], shipped=False).entries[0].en == "mutual assistance"
    # an edited file is re-read even when size and mtime look alike
    text = path.read_text(encoding="utf-8").replace("mutual assistance", "mutual assistanZ")
    stat = path.stat()
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert load_glossary([path], shipped=False).entries[0].en == "mutual assistanZ"


# --------------------------------------------------------------------------- add

def test_add_keeps_comments_and_refuses_duplicates(tmp_path):
    path = write(tmp_path, "mine.yaml", "# my own terms\n" + HEADER
                 + "  # the first one\n" + entry_yaml("x-term", "新术语", "new term"))
    context = load_glossary()
    eid, replaced = add_entry(path, {"id": "small-yard", "zh": "小院高墙x", "en": "small yard",
                                     "category": "slogan", "domain": "diplomatic",
                                     "status": "provisional", "zh_variants": ["“小院高墙x”"],
                                     "en_deprecated": [{"text": "small courtyard",
                                                        "reason": "literal"}]},
                              context=context)
    assert eid == "small-yard" and replaced == []
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# my own terms\n") and "  # the first one\n" in text
    g = load_glossary([path], shipped=False)
    added = g.get("small-yard")
    assert added.zh_variants == ["“小院高墙x”"] and added.en_deprecated[0].reason == "literal"
    with pytest.raises(TifaError, match="already exists"):
        add_entry(path, {"id": "x-term", "zh": "别的", "en": "b", "category": "slogan",
                         "domain": "diplomatic", "status": "provisional"}, context=context)
    with pytest.raises(TifaError, match="already claimed"):
        add_entry(path, {"id": "y", "zh": "别的", "en": "b", "category": "slogan",
                         "domain": "diplomatic", "status": "provisional",
                         "zh_variants": ["守望相助"]}, context=context)
    with pytest.raises(TifaError, match="bad category"):
        add_entry(path, {"id": "z", "zh": "别的", "en": "b", "category": "word",
                         "domain": "diplomatic", "status": "provisional"}, context=context)
    assert path.read_text(encoding="utf-8") == text  # refused additions leave the file alone
    eid, replaced = add_entry(path, {"id": "x-term", "zh": "新术语", "en": "newer term",
                                     "category": "slogan", "domain": "diplomatic",
                                     "status": "provisional"}, replace=True, context=context)
    assert replaced and replaced[0].endswith("mine.yaml:8")
    assert load_glossary([path], shipped=False).get("x-term").en == "newer term"


def test_layered_cache_gives_exactly_the_fresh_result(tmp_path, monkeypatch):
    user = write(tmp_path, "mine.yaml", HEADER + entry_yaml(
        "my-mutual-assistance", "守望相助", "mutual help", "    en_variants:\n"
        "      - text: helping each other\n        note: verbal\n"
        "    en_deprecated:\n      - {text: keeping watch, reason: calque}\n"))
    fresh = load_glossary([user])
    assert list(cache.cache_dir().glob("layered-*.marshal"))
    cached = load_glossary([user])

    def full(g):
        return [(e.to_dict(), e.origin, e.line, e.replaces) for e in g]

    assert full(cached) == full(fresh)
    assert (cached.zh_keys, cached.en_keys, cached.dep_keys) == \
        (fresh.zh_keys, fresh.en_keys, fresh.dep_keys)
    monkeypatch.setenv("TIFA_NO_CACHE", "1")
    assert full(load_glossary([user])) == full(fresh)
