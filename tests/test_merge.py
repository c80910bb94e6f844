"""Variant merging on the real seeds: each sentence once, canonical form chosen by evidence."""

from __future__ import annotations

import shutil

import pytest
from tifa.tm.base.text import match_key
from tifa.tm.corpus.merge import build_segments

from tests.conftest import SEED_FILES


@pytest.fixture(scope="module")
def segset():
    return build_segments([str(p) for p in SEED_FILES])


def _with(segset, fragment: str):
    return [s for s in segset.segments
            if fragment in s.text or any(fragment in v for v in s.variants)]


def _files(seg) -> set[str]:
    return {src.file.split("/")[-1][:3] for src in seg.sources}


def test_each_speech_sentence_appears_once_with_all_its_sources(segset):
    [welcome] = _with(segset, "欢迎大家来到西安")
    assert welcome.text == "欢迎大家来到西安，出席中国—中亚峰会，共商中国同中亚五国合作大计。"
    assert [(s.file.split("/")[-1][:3], s.line) for s in welcome.sources] == [
        ("000", 13), ("001", 9)]
    [stable] = _with(segset, "世界需要一个稳定的中亚。")
    assert _files(stable) == {"000", "001", "002"} and len(stable.sources) == 3
    speech = "携手建设守望相助、共同发展、普遍安全、世代友好的中国—中亚命运共同体"
    assert welcome.article == speech and stable.article == speech


def test_no_segment_counts_twice(segset):
    keys = [match_key(s.text) for s in segset.segments]
    assert len(keys) == len(set(keys))
    ids = [s.id for s in segset.segments]
    assert len(ids) == len(set(ids))
    for seg in segset.segments:
        assert "\n" not in seg.text and "上接" not in seg.text
    report = segset.report
    assert report.segments == len(segset.segments)
    assert report.sentences - report.exact_duplicates - report.merged_variants == report.segments
    assert report.exact_duplicates > 100 and report.merged_variants > 20
    assert sum(len(s.sources) for s in segset.segments) == report.sentences


def test_ocr_variants_grouped_with_the_right_canonical_form(segset):
    [pipeline] = _with(segset, "原油管道")
    assert "中哈原油管道" in pipeline.text
    assert any("土哈原油管道" in v for v in pipeline.variants)
    assert _files(pipeline) == {"000", "001"}
    growth = _with(segset, "新增增长点")
    assert len(growth) == 2  # the speech and the Xinhua report each have one
    for seg in growth:
        assert "新增长点" in seg.text and "新增增长点" not in seg.text
        assert any("新增增长点" in v for v in seg.variants)
    [central_asia] = _with(segset, "对中阿友好合作政策")
    assert "对中亚友好合作政策" in central_asia.text
    [roads] = _with(segset, "发展道路道路")
    assert "发展道路必须得到尊重" in roads.text


def test_real_content_differences_are_not_merged(segset):
    both = _with(segset, "等参加上述活动")
    texts = {s.text for s in both}
    assert "蔡奇、王毅、秦刚等参加上述活动。" in texts and "蔡奇、王毅等参加上述活动。" in texts


def test_synthetic_numbers_and_counts_never_merge(tmp_path):
    base = "各方商定由哈萨克斯坦于{}年主办第二届中国—中亚峰会，同意在中国设立常设秘书处。"
    five = "中国同{}实现全面战略伙伴关系全覆盖和双边层面践行人类命运共同体全覆盖。"
    (tmp_path / "a.txt").write_text(f"# 甲\n\n{base.format(2023)}{five.format('中亚五国')}\n",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"# 乙\n\n{base.format(2025)}{five.format('中亚国家')}\n",
                                    encoding="utf-8")
    result = build_segments([str(tmp_path)])
    assert len(result.segments) == 6  # 2 titles + 4 sentences, nothing merged
    assert all(not s.variants for s in result.segments)


def test_canonical_form_is_chosen_by_evidence_not_file_order(tmp_path):
    good = "穿越茫茫大漠的中哈原油管道就是当代的丝路。中哈两国友好。"
    bad = "穿越茫茫大漠的土哈原油管道就是当代的丝路。"
    (tmp_path / "1.txt").write_text(f"# 丝路\n\n{bad}\n", encoding="utf-8")
    (tmp_path / "2.txt").write_text(f"# 丝路\n\n{good}\n", encoding="utf-8")
    result = build_segments([str(tmp_path)])
    [seg] = [s for s in result.segments if "原油管道" in s.text]
    assert seg.text == "穿越茫茫大漠的中哈原油管道就是当代的丝路。"
    assert seg.variants == [bad]
    assert [src.file.split("/")[-1] for src in seg.sources] == ["1.txt", "2.txt"]


def test_majority_wins_when_evidence_is_equal(tmp_path):
    forms = ["中国同中亚国家关系不断迈上新台阶。", "中国同中亚国家关系不断迈上新台阶。",
             "中国同中亚国家关系不断迈向新台阶。"]
    for i, form in enumerate(reversed(forms)):
        (tmp_path / f"{i}.txt").write_text(f"# 标题\n\n{form}\n", encoding="utf-8")
    [seg] = [s for s in build_segments([str(tmp_path)]).segments if "台阶" in s.text]
    assert seg.text == forms[0] and seg.variants == [forms[2]] and len(seg.sources) == 3


def test_page_jump_sentence_is_rejoined_on_evidence(segset):
    # the Xinhua report's wording (中方倡议…) is rejoined across 000's page jump on the evidence
    # of 002; the speech's own wording (中方还倡议…) stays the speech's segment
    speech, report = sorted(_with(segset, "会晤和对话机制，为各国开展全方位互利合作搭建广泛平台。"),
                            key=lambda s: "还倡议" not in s.text)
    assert speech.text.startswith("中方还倡议") and report.text.startswith("中方倡议")
    assert ("000", 91) in {(s.file.split("/")[-1][:3], s.line) for s in report.sources}
    assert speech.doc != report.doc
    assert segset.report.rejoined == 1
    [(_, left, right)] = segset.report.rejoins
    assert left.endswith("会晤和") and right.startswith("对话机制")
    assert not _with(segset, "以学对话机制")


def test_a_piece_of_another_article_printed_again_joins_its_whole_sentence(segset):
    # 004 prints two paragraphs of the 文明实践大集 report again inside the 市政协 report, the
    # second cut off mid-word (…感受传): a piece of that sentence, not a sentence of its own
    [seg] = _with(segset, "居民们体验木版画制作，感受传")
    assert seg.text.endswith("感受传统文化的魅力。")
    assert seg.variants == [seg.text[:seg.text.index("感受传") + 3]]
    assert [(s.file.split("/")[-1][:3], s.line) for s in seg.sources] == [("004", 79),
                                                                          ("004", 117)]
    # a quotation ends its sentence: the report's own wording stays its own segment
    assert len(_with(segset, "深化战略互信，在涉及主权")) == 2


def test_speech_pages_merge_into_one_document(segset):
    speech = [a for a in segset.articles
              if a.title.startswith("携手建设守望相助") and "continued" not in a.meta]
    assert len(speech) == 1
    assert [f.split("/")[-1][:3] for f in speech[0].files] == ["000", "001"]
    # 001's second page prints the Xinhua report under the speech's headline, 000 prints two
    # pieces of it (上接A01版①, ④): copies of the report 002 prints whole, so one document
    [report] = [a for a in segset.articles if a.title.startswith("5月19日上午，国家主席习近平")]
    assert report.doc != speech[0].doc
    assert [f.split("/")[-1][:3] for f in report.files] == ["000", "001", "002"]
    assert not [a for a in segset.articles if a.title.startswith("（上接A01版①")]
    titles = {a.title for a in segset.articles}
    assert "俄罗斯总理米舒斯京将访华" in titles and "抓项目 促发展" in titles
    docs = {a.doc for a in segset.articles}
    assert {s.doc for s in segset.segments} == docs


def test_ids_are_stable_across_runs_paths_and_order(segset, tmp_path):
    again = build_segments([str(p) for p in SEED_FILES])
    assert [(s.id, s.text, s.doc) for s in again.segments] == \
        [(s.id, s.text, s.doc) for s in segset.segments]
    moved = tmp_path / "elsewhere"
    moved.mkdir()
    for i, path in enumerate(reversed(SEED_FILES)):
        shutil.copy(path, moved / f"{i}_{path.name}")
    elsewhere = build_segments([str(moved)])
    assert {s.id: s.text for s in elsewhere.segments} == {s.id: s.text for s in segset.segments}



def test_article_paragraphs_rebuild_the_text(segset):
    # every segment is placed in its own document where `doc`/`para` say; a document also lists
    # the sentences it shares verbatim with another one (the report quoting the speech)
    ids = {s.id for s in segset.segments}
    for seg in segset.segments:
        [info] = [a for a in segset.articles if a.doc == seg.doc]
        assert seg.id in info.paragraphs[seg.para]
    assert {i for info in segset.articles for para in info.paragraphs for i in para} == ids
    texts = {s.id: s.text for s in segset.segments}
    [speech] = [a for a in segset.articles
                if a.title.startswith("携手建设守望相助") and "continued" not in a.meta]
    harmony = next(p for p in speech.paragraphs if texts[p[0]] == "世界需要一个和谐的中亚。")
    assert [texts[i] for i in harmony][1:] == [
        "“兄弟情谊胜过一切财富”。",
        "民族冲突、宗教纷争、文化隔阂不是中亚的主调，团结、包容、和睦才是中亚人民的追求。",
        "任何人都无权在中亚制造不和、对立，更不应该从中谋取政治私利。",
    ]
