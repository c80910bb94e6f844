"""Lookup on the shipped glossary: exact, variant, substring, fuzzy, English and deprecated."""

from __future__ import annotations

import pytest
from tifa.glossary.entry import Deprecated, Entry, Glossary, Variant
from tifa.glossary.lookup import lookup, suggestions
from tifa.glossary.store import load_glossary


@pytest.fixture(scope="module")
def glossary():
    return load_glossary(env=False)


def first(glossary, query):
    matches = lookup(glossary, query)
    assert matches, query
    return matches[0]


def test_exact_chinese(glossary):
    m = first(glossary, "守望相助")
    assert (m.kind, m.field, m.entry.zh) == ("exact", "zh", "守望相助")
    assert m.entry.en


@pytest.mark.parametrize("query", ["中国-中亚命运共同体", "中国－中亚命运共同体",
                                   " 中国 — 中亚命运共同体 "])
def test_dash_and_width_variants_find_the_canonical_form(glossary, query):
    m = first(glossary, query)
    assert m.kind == "variant" and m.entry.zh == "中国—中亚命运共同体"


def test_listed_zh_variant(glossary):
    bri = next(e for e in glossary if e.zh == "一带一路")
    variant = bri.zh_variants[0]
    m = first(glossary, variant)
    assert m.entry is bri and m.kind == "variant" and m.field == "zh_variants"


def test_substring_both_ways(glossary):
    # a fragment finds the longer formulations; a pasted phrase finds the terms inside it
    found = [m.entry.zh for m in lookup(glossary, "命运共同")]
    assert "人类命运共同体" in found and "中国—中亚命运共同体" in found
    inside = lookup(glossary, "坚决反对外部势力策动颜色革命")
    assert any(m.entry.zh == "颜色革命" and m.kind == "substring" for m in inside)


def test_exact_comes_before_substring(glossary):
    kinds = [m.kind for m in lookup(glossary, "命运共同体")]
    assert kinds[0] == "exact" and set(kinds[1:]) == {"substring"}


def test_mistyped_query_gets_fuzzy_suggestions(glossary):
    m = first(glossary, "守忘相助")
    assert m.kind == "fuzzy" and m.entry.zh == "守望相助" and 60 <= m.score < 100
    en = first(glossary, "comunity with a shared futur for mankind")
    assert en.kind == "fuzzy" and en.entry.zh == "人类命运共同体"


def test_english_queries(glossary):
    entry = next(e for e in glossary if e.zh == "人类命运共同体")
    m = first(glossary, entry.en.upper())
    assert m.kind == "exact" and m.field == "en" and m.entry is entry
    assert first(glossary, entry.id).field == "id"


@pytest.mark.parametrize(("query", "zh", "kind"), [
    ("neighbourliness", "睦邻友好", "substring"),        # found in American spelling
    ("rural revitalisation", "乡村振兴", "exact"),
    ("Shanghai Cooperation Organisation", "上海合作组织", "variant"),  # the variant as typed
])
def test_british_spelling_queries(glossary, query, zh, kind):
    m = first(glossary, query)
    assert (m.entry.zh, m.kind) == (zh, kind)


def test_deprecated_english_query_says_what_to_use(glossary):
    m = first(glossary, "One Belt One Road")
    assert m.field == "en_deprecated" and m.deprecated is not None
    data = m.to_dict()
    assert data["deprecated_query"]["use"] == m.entry.en
    assert data["match"] == "variant" and data["origin"].endswith(f":{m.entry.line}")


def test_nothing_found_and_suggestions(glossary):
    assert lookup(glossary, "完全无关的词语序列") == []
    assert lookup(glossary, "   ") == []
    assert suggestions(glossary, "守望相望") != []


def test_short_english_query_matches_whole_words_only():
    e = Entry("belt-road", "一带一路", [], "Belt and Road Initiative", [Variant("BRI", "")],
              [Deprecated("OBOR", "old")], "initiative", "diplomatic", "", "", "official")
    g = Glossary([e], [])
    assert [m.kind for m in lookup(g, "road")] == ["substring"]
    assert lookup(g, "roa") == [] or lookup(g, "roa")[0].kind == "fuzzy"
    assert lookup(g, "bri")[0].kind == "variant"


def test_cached_glossary_answers_like_the_fresh_one_and_builds_only_what_it_returns(
        tmp_path, monkeypatch):
    """The warm cache searches columns; every answer must equal the one from real entries."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    user = tmp_path / "mine.yaml"
    user.write_text("entries:\n"
                    "  - id: my-mutual-assistance\n    zh: 守望相助\n    en: mutual help\n"
                    "    category: principle\n    domain: diplomatic\n    status: recommended\n"
                    "  - id: no-official-yet\n    zh: 测试用语甲\n    en_variants: [trial phrase]\n"
                    "    en_deprecated: [{text: test wording, reason: calque}]\n"
                    "    category: slogan\n    domain: domestic\n    status: provisional\n",
                    encoding="utf-8")
    fresh = load_glossary([user], env=False)
    cached = load_glossary([user], env=False)
    assert cached._entries is None  # columns, not entries
    queries = ["守望相助", "守忘相助", "测试用语甲", "测试用语", "trial phrase", "test wording",
               "test", "no-official-yet", "road", "BRI", "mutual", "一带一路",
               "中国-中亚命运共同体", "我们要共建“一带一路”，守望相助，互利共赢。",
               "we build the Belt and Road Initiative together", "nothing like this at all"]
    for e in list(fresh)[::7]:
        queries += [e.zh, *e.zh_variants, e.en, e.id, *(d.text for d in e.en_deprecated),
                    e.zh[1:], e.zh[:-1] + "丿"]
    for query in queries:
        got = [m.to_dict() for m in lookup(cached, query)]
        assert got == [m.to_dict() for m in lookup(fresh, query)], query
        assert suggestions(cached, query) == suggestions(fresh, query), query
    assert cached._entries is None
    one = load_glossary([user], env=False)
    assert len(lookup(one, "守望相助")) == len(one._rows) == 1  # only the answer was built
    built = dict(cached._rows)
    assert all(cached.entries[i] is e for i, e in built.items())  # one object per entry
    assert cached.get("no-official-yet").en_variants == [Variant("trial phrase", "")]
    assert lookup(cached, "trial phrase")[0].field == "en_variants"
    assert cached.get("absent") is None and fresh.get("absent") is None
