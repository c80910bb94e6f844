"""tifa.tm.memory: a TM from the seeds and the reference English, fuzzy lookup, merge, stats."""

from __future__ import annotations

import csv

import pytest
from tifa.tm.align import Bead
from tifa.tm.base.files import TifaError
from tifa.tm.base.tmx import TranslationUnit, read_tmx, write_tmx
from tifa.tm.memory import (
    DEFAULT_MIN_CONFIDENCE,
    TmIndex,
    build_tm,
    mark_diff,
    match_score,
    merge_tmx,
    tm_stats,
)

from tests.conftest import REPO

KEYNOTE_EN = REPO / "seeds" / "en" / "xian-keynote-2023.en.txt"
PAGE_001 = REPO / "seeds" / "001_40e660239a1a5984.txt"
KEYNOTE_TITLE = "携手建设守望相助、共同发展、普遍安全、世代友好的中国—中亚命运共同体"
WELCOME = "欢迎大家来到西安，出席中国—中亚峰会，共商中国同中亚五国合作大计。"


@pytest.fixture(scope="module")
def keynote_tm(tmp_path_factory):
    out = tmp_path_factory.mktemp("tm") / "keynote.tmx"
    report = build_tm([(str(PAGE_001), str(KEYNOTE_EN))], out)
    return out, report, list(read_tmx(out))


def test_build_from_newspaper_page_picks_the_speech(keynote_tm):
    from tifa.tm.corpus.merge import build_segments

    out, report, units = keynote_tm
    assert report.articles == [KEYNOTE_TITLE]
    assert report.units == len(units) > 50
    assert sum(report.beads.values()) == report.units
    # Every Chinese side is a segment the corpus pipeline produced (or consecutive ones joined).
    segments = {s.text for s in build_segments([str(PAGE_001)]).segments}
    for unit in units:
        assert unit.source in segments or unit.props["bead"][0] != "1"
    by_source = {u.source: u for u in units}
    welcome = by_source[WELCOME]
    assert welcome.target.startswith("Welcome to Xi'an")
    assert welcome.props["date"] == "2023-05-19"
    assert welcome.props["bead"] == "1-1"
    assert welcome.props["source"].startswith("seeds/001_40e660239a1a5984.txt:")
    assert welcome.props["document"].startswith("d-")
    assert all(float(u.props["confidence"]) >= DEFAULT_MIN_CONFIDENCE for u in units)


def test_low_confidence_beads_go_to_review_not_tm(keynote_tm):
    out, report, units = keynote_tm
    review = out.with_suffix(".review.tsv")
    with open(review, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    assert len(rows) == report.review  # complete articles: the keynote aligns with no doubt
    sources = {u.source for u in units}
    for row in rows:
        assert float(row["confidence"]) < DEFAULT_MIN_CONFIDENCE or not row["zh"] or not row["en"]
        assert row["zh"] not in sources or not row["zh"]
    # The unrelated local news on the same page is never aligned into the TM.
    assert not any("焦作" in u.source for u in units)


def test_n_to_one_beads_join_sources_with_note(tmp_path, monkeypatch):
    """Two Chinese sentences translated as one English sentence: one unit plus a note."""
    import tifa.tm.memory

    zh = tmp_path / "zh.txt"
    zh.write_text("中国同中亚国家山水相连。双方友谊源远流长。\n\n我们愿同各方一道努力。\n",
                  encoding="utf-8")
    en = tmp_path / "en.txt"
    en.write_text("China and Central Asia are linked by mountains and rivers and share a long "
                  "friendship.\n\nWe are ready to work with all sides.\n", encoding="utf-8")

    def fake_align(zh_sents, en_sents, glossary=None, **_paragraphs):
        assert len(zh_sents) == 3 and len(en_sents) == 2
        return [Bead([0, 1], [0], 0.95), Bead([2], [1], 0.97)]

    monkeypatch.setattr(tifa.tm.memory, "align", fake_align)
    report = build_tm([(str(zh), str(en))], tmp_path / "tm.tmx")
    first, second = read_tmx(tmp_path / "tm.tmx")
    assert first.source == "中国同中亚国家山水相连。双方友谊源远流长。"
    assert first.props["bead"] == "2-1" and "will not match this unit at 100%" in first.notes[0]
    assert second.notes == [] and report.beads == {"2-1": 1, "1-1": 1}


@pytest.mark.parametrize("case", ["english-as-zh", "chinese-as-en", "empty-en", "empty-zh"])
def test_bad_inputs_are_clear_errors(tmp_path, case):
    zh = tmp_path / "zh.txt"
    en = tmp_path / "en.txt"
    zh.write_text(PAGE_001.read_text(encoding="utf-8"), encoding="utf-8")
    en.write_text("Welcome to Xi'an for the summit.\n", encoding="utf-8")
    if case == "english-as-zh":
        zh, en = en, en
    elif case == "chinese-as-en":
        en = zh
    elif case == "empty-en":
        en.write_text("", encoding="utf-8")
    else:
        zh.write_text("\n\n", encoding="utf-8")
    with pytest.raises(TifaError) as err:
        build_tm([(str(zh), str(en))], tmp_path / "tm.tmx")
    assert err.value.path in (str(zh), str(en))
    assert not (tmp_path / "tm.tmx").exists()


def test_summary_given_as_translation_is_refused_or_flagged(tmp_path):
    """A two-sentence summary is not a translation: no silent garbage TM."""
    summary = tmp_path / "summary.en.txt"
    summary.write_text(
        "At the summit in Xi'an the Chinese president spoke about ties with the five countries "
        "of Central Asia.\n\nHe announced support for trade, transport and culture.\n",
        encoding="utf-8")
    with pytest.raises(TifaError, match="does not look like a translation") as err:
        build_tm([(str(PAGE_001), str(summary))], tmp_path / "tm.tmx")
    assert err.value.path == str(summary)
    assert not (tmp_path / "tm.tmx").exists()


def test_match_score_definition():
    assert match_score("今天很高兴。", "今天很高兴。") == 100
    assert match_score("中国—中亚峰会", "中国－中亚峰会") == 99      # only the dash differs
    assert match_score("２０２３年", "2023年") == 99               # only width differs
    assert match_score("一二三四五六七八九十", "一二三四五六七八九") == 90  # 1 edit / 10
    assert match_score("一二三", "四五六") == 0


def test_lookup_on_real_tm(keynote_tm, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    out, _, units = keynote_tm
    index = TmIndex.from_tmx(out)
    assert len(index) == len(units)
    assert [index.source(i) for i in range(len(index))] == [u.source for u in units]
    cached = TmIndex.from_tmx(out)                   # second load: from the cache
    assert list(tmp_path.glob("tifa/tm-index-*.npz"))
    assert [cached.target(i) for i in range(len(cached))] == [u.target for u in units]
    [hit] = index.lookup(WELCOME, top=1)
    assert (hit.score, hit.source) == (100, WELCOME)
    edited = WELCOME.replace("共商", "")
    hits = index.lookup(edited)
    assert hits[0].source == WELCOME
    assert hits[0].score == int(100 * (1 - 2 / len(WELCOME)))
    at = WELCOME.index("共商")
    assert hits[0].diff == [{"op": "delete", "tm": [at, at + 2], "query": [at, at]}]
    assert mark_diff(WELCOME, edited, hits[0].diff) == WELCOME.replace("共商", "[-共商-]")
    assert index.lookup("完全无关的一句话，讲的是天气。") == []
    assert len(index.lookup(WELCOME[:12], min_score=20, top=3)) <= 3


def test_lookup_candidates_and_short_queries():
    units = [TranslationUnit(str(i), f"第{i}次中国—中亚外长会晤在西安举行。", f"Meeting {i}")
             for i in range(2000)]
    units += [TranslationUnit("w", "好", "good"), TranslationUnit("x", "好的", "fine")]
    index = TmIndex(units)
    query = "第1500次中国—中亚外长会晤在西安举行。"
    hits = index.lookup(query, top=3)
    assert hits[0].tuid == "1500" and hits[0].score == 100
    assert all(h.score == match_score(query, h.source) for h in index.lookup(query, 50, 50))
    variant = query.replace("—", "－")
    assert [(h.tuid, h.score) for h in index.lookup(variant, top=1)] == [("1500", 99)]
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert [h.tuid for h in index.lookup("好", min_score=50)] == ["w", "x"]


def _tmx(path, pairs, **kw):
    write_tmx(path, [TranslationUnit(None, s, t) for s, t in pairs], **kw)
    return path


def test_merge_dedupes_and_keeps_conflicts(tmp_path):
    a = _tmx(tmp_path / "a.tmx", [("守望相助", "mutual assistance"), ("三股势力", "three forces")])
    b = _tmx(tmp_path / "b.tmx", [("守望相助", "mutual assistance"),
                                  ("三股势力", "the three evil forces"),
                                  ("中国－中亚峰会", "China-Central Asia Summit")])
    stats = merge_tmx([str(a), str(b)], tmp_path / "m.tmx")
    merged = [(u.source, u.target) for u in read_tmx(tmp_path / "m.tmx")]
    assert merged == [("守望相助", "mutual assistance"), ("三股势力", "three forces"),
                      ("三股势力", "the three evil forces"),
                      ("中国－中亚峰会", "China-Central Asia Summit")]
    assert (stats.units, stats.duplicates, len(stats.conflicts)) == (5, 1, 1)
    [conflict] = stats.conflicts
    assert [t["target"] for t in conflict["targets"]] == ["three forces", "the three evil forces"]
    assert tm_stats([tmp_path / "m.tmx"]).to_json() == {
        "units": 4, "languages": {"zh-CN -> en": 4}, "duplicates": 0, "distinct_sources": 3,
        "conflicts": [{"source": "三股势力", "targets": [
            {"target": "three forces", "where": f"{tmp_path / 'm.tmx'}#{_tuid(tmp_path, 1)}"},
            {"target": "the three evil forces",
             "where": f"{tmp_path / 'm.tmx'}#{_tuid(tmp_path, 2)}"}]}]}


def _tuid(tmp_path, n):
    return list(read_tmx(tmp_path / "m.tmx"))[n].tuid


def test_merge_refuses_mixed_languages(tmp_path):
    a = _tmx(tmp_path / "a.tmx", [("守望相助", "mutual assistance")])
    fr = tmp_path / "fr.tmx"
    write_tmx(fr, [TranslationUnit(None, "守望相助", "entraide", target_lang="fr")],
              target_lang="fr")
    with pytest.raises(TifaError, match="languages"):
        merge_tmx([str(a), str(fr)], tmp_path / "m.tmx")
    assert not (tmp_path / "m.tmx").exists()


def test_nothing_confident_keeps_existing_tm(tmp_path, monkeypatch):
    import tifa.tm.memory

    zh = tmp_path / "zh.txt"
    zh.write_text("我们愿同各方一道努力。\n", encoding="utf-8")
    en = tmp_path / "en.txt"
    en.write_text("We are ready to work with all sides.\n", encoding="utf-8")
    monkeypatch.setattr(tifa.tm.memory, "align", lambda z, e, **_: [Bead([0], [0], 0.2)])
    out = tmp_path / "tm.tmx"
    out.write_text("previous TM", encoding="utf-8")
    with pytest.raises(TifaError, match="no sentence pair reached"):
        build_tm([(str(zh), str(en))], out)
    assert out.read_text(encoding="utf-8") == "previous TM"
    review = (tmp_path / "tm.review.tsv").read_text(encoding="utf-8").splitlines()
    assert review[1].split("\t")[:4] == ["0.200", "1-1", "我们愿同各方一道努力。",
                                         "We are ready to work with all sides."]


def test_bead_across_paragraphs_on_both_sides_is_split(tmp_path, monkeypatch):
    """A 2-2 bead over two paragraphs on each side is two 1-1 units (one per paragraph)."""
    import tifa.tm.memory

    zh = tmp_path / "zh.txt"
    zh.write_text("中国同中亚国家山水相连，人民世代友好。\n\n双方友谊源远流长，合作前景广阔。\n\n"
                  "我们愿同各方一道努力，共同发展。\n", encoding="utf-8")
    en = tmp_path / "en.txt"
    en.write_text("China and the Central Asian countries are linked by mountains and rivers, and "
                  "their peoples are friends from generation to generation.\n\nThe friendship "
                  "between the two sides goes back a long way, and cooperation has broad "
                  "prospects.\n\nWe are ready to work with all sides for common development.\n",
                  encoding="utf-8")
    monkeypatch.setattr(tifa.tm.memory, "align",
                        lambda z, e, **_: [Bead([0, 1], [0, 1], 0.95), Bead([2], [2], 0.97)])
    report = build_tm([(str(zh), str(en))], tmp_path / "tm.tmx")
    units = list(read_tmx(tmp_path / "tm.tmx"))
    assert [u.source for u in units] == ["中国同中亚国家山水相连，人民世代友好。",
                                         "双方友谊源远流长，合作前景广阔。",
                                         "我们愿同各方一道努力，共同发展。"]
    assert units[1].target.startswith("The friendship between")
    assert report.beads == {"1-1": 3} and units[0].props["confidence"] == "0.950"
