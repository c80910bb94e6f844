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
        m.setattr(store.yamlsubset, "read", no_yaml)
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


# --------------------------------------------------------------------------- the quick reader

def test_quick_reader_gives_what_libyaml_gives_on_the_shipped_files():
    import yaml
    from tifa.glossary import yamlsubset
    from tifa.glossary.yamlfile import parse_text, quick_parse

    for path in store.shipped_files():
        text = path.read_text(encoding="utf-8")
        got = yamlsubset.read(text)
        assert got is not None, path
        assert got[0] == yaml.load(text, Loader=yaml.CSafeLoader)
        quick = quick_parse(text)
        slow, problems = parse_text(text, "x")
        assert problems == []
        # the same entries and lines; only the column positions differ
        assert [r[:13] + r[17:] for r in quick] == [r[:13] + r[17:] for r in slow]


@pytest.mark.parametrize("text", [
    "entries:\n- id: a\n  zh: 中\n",                       # items at the key's indentation
    "entries:\n  -   id: a\n      zh: 中  # comment\n",     # wide dash, trailing comment
    "a: yes\nb: No\nc: ~\nd: null\ne: 'yes'\nf: \"x y\"\ng: it''s\nh: 'it''s'\n",
    "a: [x, 'y, z', \"w\"]\nb: {text: t, note: n}\nc: []\nd: {}\ne:\nf: #c\n",
    "a: x:y\nb: http://example.org/a#b\nc: 1 + 1 is two\nd: “引号”\ne: 中国—中亚\n",
    "# only a comment\n",
    "",
    "a:\n  - x\n  - y\nb:\n- z\n",
])
def test_quick_reader_agrees_with_libyaml(text):
    import yaml
    from tifa.glossary import yamlsubset

    got = yamlsubset.read(text)
    assert got is not None
    assert got[0] == yaml.load(text, Loader=yaml.CSafeLoader)


@pytest.mark.parametrize("text", [
    "a: |\n  block\n",                  # block scalar
    "a: &x 1\nb: *x\n",                 # anchors and aliases
    "a: !!str 2023\n",                  # tags
    "a: 2023\n",                        # a number
    "a: 2023-05-19\n",                  # a date
    "a: multi\n  line\n",               # a plain scalar over two lines
    "a: \"esc\\n\"\n",                  # escapes
    "a:\tx\n",                          # tabs
    "a: x\na: y\n",                     # duplicate key (libyaml's path reports it)
    "---\na: x\n",                      # document marker
    "a: 'open\n  quote'\n",             # quoted over two lines
    "a: x: y\n",                        # broken YAML
    "on: x\n",                          # a key YAML 1.1 reads as true
    "a: [x, [y]]\n",                    # nested flow
    "- - x\n",                          # nested block sequence on one line
])
def test_quick_reader_leaves_everything_else_to_libyaml(text):
    from tifa.glossary import yamlsubset

    assert yamlsubset.read(text) is None


def test_a_file_outside_the_quick_style_loads_the_same(tmp_path):
    plain = write(tmp_path, "plain.yaml", HEADER + entry_yaml("x", "守望相助", "mutual help"))
    fancy = write(tmp_path, "fancy.yaml", HEADER + entry_yaml(
        "x", "守望相助", "mutual help", "    note: |\n      a note\n      on two lines\n"))
    a = load_glossary([plain], shipped=False).get("x")
    b = load_glossary([fancy], shipped=False).get("x")
    assert (a.zh, a.en, a.line) == (b.zh, b.en, b.line) and b.note == "a note\non two lines\n" \
        .strip()


# --------------------------------------------------------------------------- one pass, binding

def test_validate_reports_everything_in_one_pass(tmp_path):
    text = HEADER + entry_yaml("dup", "守望相助", "mutual assistance")
    text += "  - id: dup\n    zh: 三股势力\n    category: principle\n    domain: diplomatic\n"
    text += entry_yaml("empty-en", "世代友好", "", "    en: ''\n")
    got = messages(validate([write(tmp_path, "one.yaml", text)])[0])
    assert any("missing required field 'status'" in m for m in got), got
    assert any(m.startswith("12:9: duplicate id 'dup'") for m in got), got
    assert any("status is official but its 'en' is empty" in m for m in got), got


def test_binding_field(tmp_path):
    text = HEADER + entry_yaml("official-default", "守望相助", "mutual assistance")
    text += entry_yaml("advisory", "三股势力", "three forces", "    binding: false\n")
    text += entry_yaml("rec-default", "世代友好", "lasting friendship", status="recommended")
    text += entry_yaml("rec-binding", "中亚", "Central Asia", "    binding: yes\n",
                       status="recommended")
    path = write(tmp_path, "b.yaml", text)
    assert validate([path])[0] == []
    for g in (load_glossary([path], shipped=False), load_glossary([path], shipped=False)):
        got = {e.id: (e.binding, e.binding_explicit, "binding" in e.to_dict()) for e in g}
        assert got == {"official-default": (True, False, False), "advisory": (False, True, True),
                       "rec-default": (False, False, False), "rec-binding": (True, True, True)}
    bad = write(tmp_path, "bad.yaml", HEADER + entry_yaml(
        "x", "守望相助", "mutual assistance", "    binding: maybe\n"))
    assert messages(validate([bad])[0]) == ["12:14: 'binding' must be true or false (text found)"]


# --------------------------------------------------------------------------- add as text

def test_add_writes_text_in_the_files_layout_and_reads_back_tricky_values(tmp_path):
    path = write(tmp_path, "mine.yaml", "# top comment\nentries:\n\n"
                 "- id: first\n  zh: 新术语\n  en: new term   # a comment kept\n"
                 "  category: slogan\n  domain: diplomatic\n  status: provisional\n"
                 "# trailing comment of the list\n"
                 "glossary:\n  name: header after the entries\n")
    before = path.read_text(encoding="utf-8")
    tricky = {"id": "tricky", "zh": "另一个词", "en": "yes", "note": "a: b # not a comment",
              "source": "'quoted' at the start", "category": "slogan", "domain": "diplomatic",
              "status": "provisional", "zh_variants": ["“另一个词”", "x, y"], "binding": True,
              "en_variants": [{"text": "no", "note": "[bracketed]"}]}
    add_entry(path, tricky)
    after = path.read_text(encoding="utf-8")
    head, _, tail = after.partition("- id: tricky\n")
    # a blank line before it, as before the file's own entries; the rest untouched
    assert head == before[:before.index("# trailing")] + "\n" and tail.endswith(
        "# trailing comment of the list\nglossary:\n  name: header after the entries\n")
    e = load_glossary([path], shipped=False).get("tricky")
    assert (e.en, e.note, e.source, e.zh_variants, e.binding, e.en_variants[0].text) == \
        ("yes", "a: b # not a comment", "'quoted' at the start", ["“另一个词”", "x, y"], True,
         "no")
    assert e.line == head.count("\n") + 1


def test_add_to_an_empty_list_and_to_a_new_file(tmp_path):
    flow = write(tmp_path, "flow.yaml", "glossary:\n  name: x\nentries: []  # none yet\n")
    fields = {"id": "a", "zh": "新词", "en": "new word", "category": "slogan",
              "domain": "diplomatic", "status": "provisional"}
    add_entry(flow, fields)
    assert [e.id for e in load_glossary([flow], shipped=False)] == ["a"]
    new = tmp_path / "sub" / "new.yaml"
    add_entry(new, fields)
    assert new.read_text(encoding="utf-8").startswith("glossary:\n  name: new (user glossary)\n")
    assert [e.id for e in load_glossary([new], shipped=False)] == ["a"]


def test_replace_cuts_the_old_entry_and_keeps_the_next_ones_comment(tmp_path):
    text = HEADER + entry_yaml("a", "甲", "first") + "\n  # about b\n" + \
        entry_yaml("b", "乙", "second")
    path = write(tmp_path, "r.yaml", text)
    add_entry(path, {"id": "a", "zh": "甲", "en": "first, corrected", "category": "principle",
                     "domain": "diplomatic", "status": "official"}, replace=True)
    after = path.read_text(encoding="utf-8")
    assert "  # about b\n  - id: b\n" in after and "en: first\n" not in after
    assert [(e.id, e.en) for e in load_glossary([path], shipped=False)] == \
        [("b", "second"), ("a", "first, corrected")]


def test_add_gives_up_on_a_held_lock_with_one_line(tmp_path, monkeypatch):
    import fcntl

    path = write(tmp_path, "locked.yaml", HEADER)
    monkeypatch.setenv("TIFA_LOCK_TIMEOUT", "0.3")
    with open(tmp_path / ".locked.yaml.lock", "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        with pytest.raises(TifaError) as err:
            add_entry(path, {"id": "a", "zh": "新词", "en": "x", "category": "slogan",
                             "domain": "diplomatic", "status": "provisional"})
    assert "another tifa is editing this file" in str(err.value)
    assert "\n" not in str(err.value) and path.read_text(encoding="utf-8") == HEADER


# --------------------------------------------------------------------------- the cache helper

def test_cache_is_keyed_by_content_and_pruned(tmp_path):
    a = write(tmp_path, "a.yaml", HEADER + entry_yaml("x", "守望相助", "mutual assistance"))
    b = write(tmp_path, "b.yaml", a.read_text(encoding="utf-8"))
    assert cache.fingerprint(a) == cache.fingerprint(b)
    load_glossary([a], shipped=False)
    load_glossary([b], shipped=False)   # a copy: the same entry
    assert len(cache.entries()) == 1
    old = cache.cache_dir() / f"tm-index-{'0a' * 12}.npz"
    old.write_bytes(b"x" * 1000)
    os.utime(old, (time.time() - 90 * 86400,) * 2)
    big = cache.cache_dir() / f"cedict-{'1b' * 12}.pickle"
    big.write_bytes(b"x" * 5000)
    os.utime(big, (time.time() - 3600,) * 2)
    # a file tifa did not write, old and big: never tifa's to remove
    mine = cache.cache_dir() / "thesis.txt"
    mine.write_bytes(b"x" * 9000)
    os.utime(mine, (time.time() - 90 * 86400,) * 2)
    removed = {f.path.name for f in cache.prune(limit=4000)}
    assert removed == {old.name, big.name}
    assert [f.kind for f in cache.entries()] == ["layered"]
    assert len(cache.clear()) == 1 and cache.entries() == []
    assert mine.read_bytes() == b"x" * 9000


def test_add_to_a_file_that_layers_over_the_shipped_glossary(tmp_path):
    # the user's file replaces a shipped entry (same zh): legitimate layering, not a duplicate
    path = write(tmp_path, "over.yaml", HEADER + entry_yaml(
        "my-mutual-assistance", "守望相助", "mutual help and support", status="recommended"))
    context = load_glossary()
    add_entry(path, {"id": "new-one", "zh": "新提法", "en": "new formulation",
                     "category": "slogan", "domain": "diplomatic", "status": "provisional"},
              context=context)
    assert [e.id for e in load_glossary([path], shipped=False)] == \
        ["my-mutual-assistance", "new-one"]
    with pytest.raises(TifaError, match="already claimed"):   # a shipped entry's form
        add_entry(path, {"id": "other", "zh": "另一提法", "zh_variants": ["三股势力"],
                         "category": "slogan", "domain": "diplomatic", "status": "provisional"},
                  context=context)


def test_a_glossary_changed_while_read_is_not_cached(tmp_path, monkeypatch) -> None:
    """A file swapped while tifa reads it (a checkout, an editor's save) must not be cached
    under the fingerprints taken before the read: the file put back would load the other's
    entries from then on."""
    from tifa.glossary import store

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    path = tmp_path / "g.yaml"
    before = HEADER + entry_yaml("first", "守望相助", "mutual assistance")
    swapped = HEADER + entry_yaml("second", "和平共处", "peaceful coexistence")
    path.write_text(before, encoding="utf-8")
    read = store._load_layers

    def swapped_then_read(*args):
        path.write_text(swapped, encoding="utf-8")
        return read(*args)

    monkeypatch.setattr(store, "_load_layers", swapped_then_read)
    assert [e.id for e in store.load_glossary([path], shipped=False, env=False)] == ["second"]
    monkeypatch.setattr(store, "_load_layers", read)
    path.write_text(before, encoding="utf-8")
    assert [e.id for e in store.load_glossary([path], shipped=False, env=False)] == ["first"]
