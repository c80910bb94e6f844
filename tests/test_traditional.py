"""Traditional-script queries and texts: matched as simplified, shown as the user wrote them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tifa.cli.app import main
from tifa.glossary.lookup import lookup
from tifa.glossary.mine import mine
from tifa.glossary.store import load_glossary
from tifa.tm.base.script import is_traditional, table, to_simplified
from tifa.tm.corpus.merge import build_segments

from tests.conftest import REPO, SEED_FILES

# Glossary forms written in traditional script by hand (as a Hong Kong or Taiwan text prints them).
TRADITIONAL = {
    "命運共同體": "命运共同体",
    "構建人類命運共同體": "构建人类命运共同体",
    "中國—中亞命運共同體": "中国—中亚命运共同体",
    "絲綢之路經濟帶": "丝绸之路经济带",
    "睦鄰友好": "睦邻友好",
    "共建「一帶一路」": "共建「一带一路」",
    "關於": "关于",
}


@pytest.fixture(scope="module")
def glossary():
    return load_glossary(env=False)


def test_conversion_is_one_for_one_and_never_alters_simplified_text(glossary):
    for trad, simp in TRADITIONAL.items():
        assert to_simplified(trad) == simp and is_traditional(trad)
    # correct simplified text is left exactly as it is: the glossary and the seed pages
    forms = [z for e in glossary for z in e.zh_forms]
    assert [z for z in forms if to_simplified(z) != z] == []
    for path in SEED_FILES:
        text = path.read_text(encoding="utf-8")
        assert to_simplified(text) == text, path.name
    assert to_simplified("显著 乾隆 著名") == "显著 乾隆 著名"   # also simplified characters
    assert to_simplified("Belt and Road") == "Belt and Road"
    assert len(table()) > 2500


def test_lookup_finds_the_exact_entry_for_a_traditional_query(glossary, capsys):
    """Before: 命運共同體 found only a 60% fuzzy match."""
    [first, *_] = lookup(glossary, "命運共同體")
    assert (first.entry.zh, first.kind) == ("命运共同体", "exact")
    assert lookup(glossary, "構建人類命運共同體")[0].entry.zh == "人类命运共同体"
    with pytest.raises(SystemExit) as info:
        main(["glossary", "lookup", "中國—中亞命運共同體", "--json"])
    doc = json.loads(capsys.readouterr().out)
    assert info.value.code == 0
    assert doc["query"] == "中國—中亞命運共同體"                 # the user's own text
    assert doc["simplified_query"] == "中国—中亚命运共同体"
    assert doc["entries"][0]["zh"] == "中国—中亚命运共同体"
    with pytest.raises(SystemExit):
        main(["glossary", "lookup", "守望相助", "--json"])
    assert "simplified_query" not in json.loads(capsys.readouterr().out)


def test_lint_matches_terms_in_a_traditional_source(tmp_path: Path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    draft = tmp_path / "draft.csv"
    draft.write_text(
        "source,target\n"
        "中國同中亞國家攜手構建命運共同體。,China and the Central Asian countries work together "
        "to build a community with a shared future.\n"
        "我們同中亞國家睦鄰友好。,We and the Central Asian countries are good neighbours.\n"
        "中國同中亞國家攜手前行。,China and the Central Asian countries move forward together.\n"
        "貿易額達到948億美元。,Trade reached 94.8 billion US dollars.\n",
        encoding="utf-8")
    with pytest.raises(SystemExit) as info:
        main(["lint", str(draft), "--json", "--select",
              "term-missing,term-deprecated,number-mismatch"])
    doc = json.loads(capsys.readouterr().out)
    assert info.value.code == 1
    # the correct translations pass (948億 = 94.8 billion); the one that drops 睦鄰友好 is
    # caught, quoted as written
    [finding] = doc["findings"]
    assert finding["code"] == "term-missing" and finding["location"].endswith(":3")
    assert finding["span"]["text"] == "睦鄰友好"
    assert finding["source"] == "我們同中亞國家睦鄰友好。"
    assert finding["source"][finding["span"]["start"]:finding["span"]["end"]] == "睦鄰友好"


def test_mining_a_traditional_corpus_finds_what_the_simplified_one_does():
    """The same segments in both scripts give the same candidates, shown in the corpus's script.

    (The segments are converted after cleaning, so that only mining is compared: the page
    cleaner's debris patterns are written for simplified pages.)"""
    import dataclasses

    back = {}
    for trad, simp in sorted(table().items()):
        back.setdefault(simp, trad)          # one traditional spelling per simplified character
    segments = build_segments([str(REPO / "seeds" / "001_40e660239a1a5984.txt")]).segments
    traditional = [dataclasses.replace(seg, text="".join(back.get(ch, ch) for ch in seg.text))
                   for seg in segments]
    assert sum(t.text != s.text for t, s in zip(traditional, segments, strict=True)) > 50
    simp = mine(segments, top=40)
    trad = mine(traditional, top=40)
    assert [to_simplified(c.zh) for c in trad] == [c.zh for c in simp]
    assert [(c.freq, c.docs, c.in_glossary) for c in trad] == \
        [(c.freq, c.docs, c.in_glossary) for c in simp]
    texts = {seg.text for seg in traditional}
    assert any(c.zh != to_simplified(c.zh) for c in trad)     # shown in the user's own script
    assert all(any(c.zh in t for t in texts) for c in trad)
    assert all(x.text in texts for c in trad for x in c.contexts)


def test_numbers_in_traditional_script():
    from tifa.tm.numbers import extract_zh

    [q] = extract_zh("貿易額達到948億美元。")
    assert (q.value, q.unit, q.text) == (94_800_000_000, "USD", "948億")   # the user's text
    assert [(x.value, x.span) for x in extract_zh("贸易额达到948亿美元。")] == [(q.value, q.span)]
