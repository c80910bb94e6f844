"""`tifa score` on a WMT-style zh→en terminology test set (tests/data/score/wmt-like/).

164 sentences written for these tests (medicine, IT/AI, finance, energy, sports, law,
science), each with 1–3 annotated terms (`terms.seg.tsv`), a reference and three systems: A
uses the terms, B paraphrases many of them, C writes the right terms inflected, capitalised,
hyphenated or spaced. `terms.tsv` is the set's term pairs as one global list, the way a test
set's terms are usually handed to a scorer. Term accuracy is checked against `wmt_exact`, a
reimplementation of the task's exact match that shares no code with tifa.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tifa.glossary.store import load_glossary
from tifa.tm.score import score
from tifa.tm.score.inputs import read_annotations, read_plain

from tests.conftest import run_tifa
from tests.wmt_exact import accuracy, segment_counts
from tests.wmt_exact import read_annotations as wmt_annotations

SET = Path(__file__).parent / "data" / "score" / "wmt-like"
FILES = ("ref.en", "sysA.en", "sysB.en", "sysC.en")


@pytest.fixture(scope="module")
def scored():
    """tifa's per-segment (terms, matched) per file, with the annotations and with the
    global list; the reimplementation's; the hypotheses."""
    inp = read_plain(SET / "src.zh", [SET / f for f in FILES], presplit=True)
    by_list = score(inp, load_glossary([SET / "terms.tsv"], shipped=False, env=False),
                    n_bootstrap=0, jobs=0)
    annotated = read_plain(SET / "src.zh", [SET / f for f in FILES], presplit=True)
    by_terms = score(annotated, read_annotations(SET / "terms.seg.tsv", annotated),
                     n_bootstrap=0, jobs=0)
    wmt = wmt_annotations(SET / "terms.seg.tsv", len(inp.segments))
    hyps = {f: [seg.hypotheses[i] for seg in inp.segments] for i, f in enumerate(FILES)}

    def counts(report):
        return {f: [(len(t.occurrences), sum(o[1] == 1 for o in t.occurrences))
                    for t in s.segment_terms] for f, s in zip(FILES, report.systems,
                                                              strict=True)}
    return counts(by_terms), counts(by_list), wmt, hyps


def test_the_set_is_what_it_says() -> None:
    lines = {f: (SET / f).read_text(encoding="utf-8").splitlines() for f in
             ("src.zh", *FILES)}
    assert {len(v) for v in lines.values()} == {164}
    wmt = wmt_annotations(SET / "terms.seg.tsv", 164)
    assert all(1 <= len(a) <= 3 for a in wmt)
    pairs = [line.split("\t") for line in (SET / "terms.tsv").read_text(
        encoding="utf-8").splitlines()]
    zh = [p[0] for p in pairs]
    assert len(pairs) == len(set(map(tuple, pairs))) > 250
    assert {"5G", "GDP", "CO2", "AI", "PM2.5", "AI芯片"} <= set(zh)        # Latin letters, digits
    assert len(set(zh)) < len(zh)                  # one Chinese term, several translations
    assert {("病毒", "virus"), ("病毒", "malware")} <= set(map(tuple, pairs))


# Where tifa counts one term more than exact match: a form a grader accepts, found by the
# matcher's relaxed search (docs/score.md, "Sixteenth round"; a compound closed or
# hyphenated otherwise than annotated, "Seventeenth round")
RELAXED = {("sysA.en", 22): "PCR testing", ("sysA.en", 93): "carbon emissions peak",
           ("sysA.en", 96): "heavy-duty trucks", ("sysC.en", 70): "nonperforming loan",
           ("sysC.en", 109): "shoot-out", ("sysC.en", 114): "off-side",
           ("sysC.en", 149): "Nano-materials"}


def test_term_accuracy_with_the_annotations_equals_the_reimplementation(scored) -> None:
    by_terms, _, wmt, hyps = scored
    for f in FILES:
        exact = [segment_counts(a, h) for a, h in zip(wmt, hyps[f], strict=True)]
        for n, (tifa, wmt_n) in enumerate(zip(by_terms[f], exact, strict=True)):
            relaxed = RELAXED.get((f, n + 1))
            assert tifa == (wmt_n[0], wmt_n[1] + (relaxed is not None)), (f, n + 1)
            assert relaxed is None or relaxed in hyps[f][n]
    # what the systems were written to do, as the reimplementation counts it
    acc = {f: accuracy(wmt, hyps[f]) for f in FILES}
    assert acc["ref.en"] == (235, 235)
    assert acc["sysA.en"] == (235, 230) and acc["sysC.en"] == (235, 231)
    assert acc["sysB.en"] == (235, 14)
    assert accuracy(wmt, hyps["sysB.en"], per_occurrence=True) == (235, 13)


def test_the_plain_task_rule_differs_only_where_documented(scored) -> None:
    """tifa counts a rendering inside a longer annotated term's rendering as that term's
    only; the plain rule of the task papers counts it for both. On the set that changes one
    of system B's segments. (Until the sixteenth round tifa also counted a term annotated
    twice only if it was rendered twice: system B's segment 24, "the safety and efficacy of a
    vaccine" for 疫苗的安全性和疫苗的有效性, renders both.)"""
    _, _, wmt, hyps = scored
    differ = {(f, n + 1) for f in FILES for n, (a, h) in enumerate(zip(wmt, hyps[f],
                                                                        strict=True))
              if segment_counts(a, h) != segment_counts(a, h, per_occurrence=False,
                                                         nested=False)}
    assert differ == {("sysB.en", 11)}
    assert "mRNA vaccines" in hyps["sysB.en"][10] and "vaccines" not in \
        hyps["sysB.en"][10].replace("mRNA vaccines", "")
    assert hyps["sysB.en"][23].count("vaccine") == 1


# What a global term list cannot know and per-segment annotations do: every segment where
# tifa with --glossary terms.tsv counts otherwise than the annotations, and why.
EXTRA_TERM = {   # a list term the annotator did not annotate in that sentence
    6: "疫苗 (in 甲肝疫苗)", 11: "研发 (in 研发周期)", 43: "模型 (机器学习模型)",
    51: "模型 (模型参数量)", 119: "运动员 (篮球运动员)", 159: "数据",
    14: "病毒 inside the word 病毒学家", 62: "基金 inside 基金会", 124: "碳 inside 碳水化合物",
    127: "合同 inside 合同法"}
HIDDEN = {31: "人工智能芯片 (a list term from sentence 32) covers the annotated 人工智能, 芯片"}
OTHER_SENSE = {16: "新冠病毒: SARS-CoV-2 here, novel coronavirus elsewhere in the list",
               39: "病毒: malware here, virus elsewhere in the list"}


def test_a_global_term_list_differs_only_where_it_cannot_know(scored) -> None:
    by_terms, by_list, _, _ = scored
    source_side = set(EXTRA_TERM) | set(HIDDEN)
    for f in FILES:
        differ = {n + 1 for n, (a, b) in enumerate(zip(by_terms[f], by_list[f], strict=True))
                  if a != b}
        assert differ == source_side | (set(OTHER_SENSE) if f == "sysB.en" else set()), f
    # the English side agrees: where the source terms are the same, so are the matches
    for n in set(range(1, 165)) - source_side:
        assert all(by_terms[f][n - 1][0] == by_list[f][n - 1][0] for f in FILES)


def test_cli_with_terms_and_with_the_list(tmp_path) -> None:
    args = ["score", "--src", str(SET / "src.zh"), "--ref", str(SET / "ref.en"),
            *[str(SET / f) for f in FILES[1:]], "--presplit", "--bootstrap", "0", "-f", "json"]
    done = run_tifa(*args, "--terms", str(SET / "terms.seg.tsv"))
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    acc = [s["scores"]["term_acc"]["score"] for s in report["systems"]]
    assert acc == pytest.approx([100 * 233 / 235, 100 * 14 / 235, 100 * 235 / 235], abs=1e-4)
    page = run_tifa(*args[:-2], "-f", "html", "--terms", str(SET / "terms.seg.tsv")).stdout
    assert "<mark class='term'>氢能</mark>被视为" in page   # Hydrogen … for heavy-duty trucks
    done = run_tifa(*args, "--glossary", str(SET / "terms.tsv"), "--glossary-only")
    assert done.returncode == 0, done.stderr    # 5G, GDP, CO2 … in the source column
    assert [s["counts"]["term_occurrences"] for s in json.loads(done.stdout)["systems"]] == \
        [245] * 3


def test_the_annotations_as_json_lines_give_the_same_figures(tmp_path) -> None:
    """The same annotations as a shared task ships them: one JSON object per source line,
    with the keys WMT-style sets use ("hints" of [zh, en] pairs, "terms" of {src, tgt})."""
    by_segment: dict[int, list[list[str]]] = {}
    for line in (SET / "terms.seg.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        seg, zh, *ens = line.split("\t")
        by_segment.setdefault(int(seg), []).append([zh, *ens])
    n = len((SET / "src.zh").read_text(encoding="utf-8").splitlines())
    hints = tmp_path / "terms.jsonl"
    hints.write_text("".join(json.dumps({"src": "…", "hints": by_segment.get(k, [])},
                                        ensure_ascii=False) + "\n" for k in range(1, n + 1)),
                     encoding="utf-8")
    terms = tmp_path / "terms.json"
    terms.write_text("".join(json.dumps({"id": str(k), "terms": [
        {"src": p[0], "tgt": p[1:] if len(p) > 2 else p[1]} for p in pairs]},
        ensure_ascii=False) + "\n" for k, pairs in sorted(by_segment.items())),
        encoding="utf-8")
    args = ["score", "--src", str(SET / "src.zh"), "--ref", str(SET / "ref.en"),
            *[str(SET / f) for f in FILES[1:]], "--presplit", "--bootstrap", "0", "-f", "json"]
    figures = []
    for path in (SET / "terms.seg.tsv", hints, terms):
        done = run_tifa(*args, "--terms", str(path))
        assert done.returncode == 0, done.stderr
        figures.append([s["scores"]["term_acc"]["score"]
                        for s in json.loads(done.stdout)["systems"]])
    assert figures[0] == figures[1] == figures[2]
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"hints": [["病毒", "virus"]]}\n{"text": "x"}\n', encoding="utf-8")
    done = run_tifa(*args, "--terms", str(bad))
    assert done.returncode == 2 and "bad.jsonl:2:" in done.stderr and "no term list" in \
        done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize(("text", "line", "problem"), [
    ("1\t病毒\n", 1, "expected SEGMENT<TAB>"),
    ("# c\nx\t病毒\tvirus\n", 2, "expected SEGMENT<TAB>"),
    ("segment\tzh\ten\n3\t病毒\tvirus\n", 2, "no segment 3"),
    ("1\t疫苗\tvaccine\n", 1, "疫苗 is not in segment 1's source"),
    ("2\t病毒\t | \n", 1, "at least one English"),
])
def test_bad_annotations_are_named(tmp_path, text, line, problem) -> None:
    (tmp_path / "s.zh").write_text("研究人员发现了一种新的病毒。\n这种病毒传播很快。\n",
                                   encoding="utf-8")
    (tmp_path / "h.en").write_text("They found a new virus.\nThis virus spreads fast.\n",
                                   encoding="utf-8")
    (tmp_path / "t.tsv").write_text(text, encoding="utf-8")
    done = run_tifa("score", "--src", str(tmp_path / "s.zh"), str(tmp_path / "h.en"),
                    "--presplit", "--terms", str(tmp_path / "t.tsv"))
    assert done.returncode == 2
    assert f"t.tsv:{line}:" in done.stderr and problem in done.stderr, done.stderr
    assert "Traceback" not in done.stderr


def test_annotations_need_presplit_and_no_glossary(tmp_path) -> None:
    (tmp_path / "s.zh").write_text("这种病毒传播很快。\n", encoding="utf-8")
    (tmp_path / "h.en").write_text("This virus spreads fast.\n", encoding="utf-8")
    (tmp_path / "t.tsv").write_text("1\t病毒\tvirus\n", encoding="utf-8")
    base = ["score", "--src", str(tmp_path / "s.zh"), str(tmp_path / "h.en"), "--terms",
            str(tmp_path / "t.tsv")]
    assert "needs --presplit" in run_tifa(*base).stderr
    assert "not both" in run_tifa(*base, "--presplit", "-g", str(tmp_path / "t.tsv")).stderr
    done = run_tifa(*base, "--presplit", "-f", "json", "--bootstrap", "0")
    assert json.loads(done.stdout)["systems"][0]["counts"]["terms_matched"] == 1


def test_the_same_chinese_annotated_two_ways_is_two_terms(tmp_path) -> None:
    (tmp_path / "s.zh").write_text("这种病毒传播很快。\n黑客植入了病毒。\n", encoding="utf-8")
    (tmp_path / "h.en").write_text("This malware spreads fast.\nHackers planted malware.\n",
                                   encoding="utf-8")
    (tmp_path / "t.tsv").write_text("1\t病毒\tvirus\n2\t病毒\tmalware|malicious code\n",
                                    encoding="utf-8")
    inp = read_plain(tmp_path / "s.zh", [tmp_path / "h.en"], presplit=True)
    entries = read_annotations(tmp_path / "t.tsv", inp)
    assert [(e.zh, e.accepted) for e in entries] == [
        ("病毒", ["virus"]), ("病毒", ["malware", "malicious code"])]
    report = score(inp, entries, n_bootstrap=0, jobs=0)
    assert [[o[1] for o in t.occurrences] for t in report.systems[0].segment_terms] == \
        [[0], [1]]


def test_term_words_of_a_rendering_with_a_letter_a_are_flagged_for_term(tmp_path) -> None:
    """A letter A is a matcher token that the word alone does not show ("A" alone is an
    article): the word flags of 1-TERm must still line up with the rendering."""
    (tmp_path / "s.zh").write_text("甲肝疫苗很有效。\n", encoding="utf-8")
    (tmp_path / "r.en").write_text("The hepatitis A vaccine works well .\n", encoding="utf-8")
    (tmp_path / "h.en").write_text("A hepatitis A vaccine works .\n", encoding="utf-8")
    (tmp_path / "t.tsv").write_text("1\t甲肝\thepatitis A\n", encoding="utf-8")
    inp = read_plain(tmp_path / "s.zh", [tmp_path / "h.en"], tmp_path / "r.en", presplit=True)
    terms = score(inp, read_annotations(tmp_path / "t.tsv", inp), n_bootstrap=0,
                  jobs=0).systems[0].segment_terms[0]
    assert [o[1] for o in terms.occurrences] == [1]
    assert terms.term_ter[1] == 7 + 2     # 7 reference words, "hepatitis" and "A" twice


def test_the_html_page_marks_the_annotated_terms_of_a_segment(tmp_path) -> None:
    from tifa.tm.score.report import _source_spans

    (tmp_path / "s.zh").write_text("病毒学家研究流感病毒。\n这种病毒传播很快。\n", encoding="utf-8")
    (tmp_path / "h.en").write_text("Virologists study flu.\nIt spreads.\n", encoding="utf-8")
    (tmp_path / "t.tsv").write_text("1\t流感病毒\tinfluenza virus\n2\t病毒\tvirus\n",
                                    encoding="utf-8")
    inp = read_plain(tmp_path / "s.zh", [tmp_path / "h.en"], presplit=True)
    report = score(inp, read_annotations(tmp_path / "t.tsv", inp), n_bootstrap=0, jobs=0)
    # the glossary matcher would mark 病毒 in 病毒学家 too: it is not annotated there
    assert _source_spans(report.scorer, inp.segments[0]) == [(6, 10, "term")]
