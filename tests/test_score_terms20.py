"""Term accuracy on output no earlier set held (docs/score.md, "Twentieth round"): the
nineteenth round's leftovers and new forms, each with its twin that must not match; term
annotations in the shapes terminology shared tasks ship them, with a one-line error on a
malformed line; presplit files an LLM numbers or ends with blank lines, and a line too many
or too few located; the hand-labelled set tests/data/score/terms20 scored as labelled."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tifa.glossary.store import load_glossary
from tifa.tm.score.terms import TermScorer

from tests import scoresets
from tests.conftest import run_tifa

SET = Path(__file__).parent / "data" / "score" / "terms20"
SYSTEMS = ("glossed", "spelling", "second", "llmfmt")


def matched(zh: str, ens: list[str], hypothesis: str, times: int = 1) -> int:
    """How many of `times` occurrences of the term annotated `zh` → `ens` the hypothesis
    renders."""
    source = "，".join([f"各方谈到{zh}"] * times) + "。"
    return sum(scoresets.outcomes(zh, ens, source, hypothesis, False))


PREMIER = ["Premier of the State Council"]
MEETING = ["BRICS Foreign Ministers' Meeting"]


@pytest.mark.parametrize(("zh", "ens", "accepted", "twin"), [
    # an office owned by an institution said without its owner: the office itself
    ("国务院总理", PREMIER, "The Premier attended and spoke.", "The Vice Premier attended."),
    ("国务院总理", PREMIER, "Premier Li Qiang attended.", "The Premier of Ontario attended."),
    ("国务院总理", PREMIER, "Chinese Premier Li Qiang attended.",
     "Canadian Premier Smith attended."),
    ("国务院总理", PREMIER, "State Council Premier Li Qiang attended.",
     "Ontario's Premier attended."),
    ("国务院总理", PREMIER, "Premier Li Qiang of the State Council attended.",
     "The premier forum of the season opened."),
    ("联合国秘书长", ["Secretary-General of the United Nations"], "The Secretary-General spoke.",
     "The Deputy Secretary-General spoke."),
    # a body or a text is no office: its owner stays
    ("未来峰会", ["Summit of the Future"], "The Summit of the Future opened.",
     "The Summit opened."),
    ("欧盟理事会", ["Council of the European Union"], "The Council of the European Union met.",
     "The Council met."),
    # a meeting named after who meets, said as their meeting
    ("金砖国家外长会晤", MEETING, "BRICS foreign ministers met in New York.",
     "BRICS leaders met in New York."),
    ("金砖国家外长会晤", MEETING, "BRICS FOREIGN MINISTERS MEET IN RIO",
     "BRICS FOREIGN MINISTERS SPEAK IN RIO"),
    ("金砖国家外长会晤", MEETING, "BRICS foreign ministers will meet in Rio.",
     "SCO foreign ministers will meet in Rio."),
    # two abstract nouns said as their adjectives, both of them
    ("和平稳定", ["peace and stability"], "Keep the South China Sea peaceful and stable.",
     "Keep the South China Sea peaceful and prosperous."),
    ("繁荣稳定", ["prosperity and stability"], "a stable and prosperous Hong Kong",
     "a stable and open Hong Kong"),
    # "… of N" with N's adjective before the rest, every other word in place
    ("独立自主的和平外交政策", ["independent foreign policy of peace"],
     "China pursues a peaceful and independent foreign policy.",
     "China pursues a peaceful foreign policy."),
    # a name "X of the Y" compounded "Y X"; not without "the" ("Bank of China")
    ("全国人民代表大会常务委员会", ["Standing Committee of the National People's Congress"],
     "The National People's Congress Standing Committee met.",
     "The National People's Congress met."),
    ("联合国宪章", ["Charter of the United Nations"], "They uphold the United Nations Charter.",
     "They uphold the United Nations Convention."),
    ("中国银行", ["Bank of China"], "The Bank of China opened.", "The China Bank opened."),
])
def test_a_form_a_grader_accepts_and_its_twin(zh, ens, accepted, twin) -> None:
    assert matched(zh, ens, accepted) == 1, accepted
    assert matched(zh, ens, twin) == 0, twin


def test_an_acronym_one_letter_off_at_a_later_mention_is_another_name() -> None:
    """A repeated term said once and then by a pronoun or its acronym is rendered twice; a
    near acronym names another initiative — unless it renders another term of the source."""
    gdi = ["Global Development Initiative", "GDI"]
    first = "The Global Development Initiative grew, and many countries back "
    assert matched("全球发展倡议", gdi, first + "it.", 2) == 2
    assert matched("全球发展倡议", gdi, first + "the GDI.", 2) == 2
    assert matched("全球发展倡议", gdi, first + "the GSI.", 2) == 1
    assert matched("全球发展倡议", gdi, first + "it, the CEO said.", 2) == 2   # not 3 letters off
    scorer = TermScorer(list(load_glossary([])))
    source = "全球发展倡议、全球安全倡议和全球发展倡议。"
    both = "The Global Development Initiative, the GSI and the GDI's aims."
    occ = scorer.analyse(scorer.source(source, None), both).occurrences
    assert sorted(o for _, o, _ in occ) == [1, 1, 1]
    # a capital word inside the term's own rendering is no later mention: "CPC" is one letter
    # off the Central Party School's CPS (twenty-third round; tests/test_score_wmt.py found it)
    school = ["Party School of the CPC Central Committee", "Central Party School"]
    said = "The Party School of the CPC Central Committee opened, and officials attend "
    assert matched("中共中央党校", school, said + "it.", 2) == 2
    assert matched("中共中央党校", school, said + "it, the CPC said.", 2) == 1   # outside: another


def test_british_spelling_of_a_glossary_deprecated_form() -> None:
    """Decision: where the glossary deprecates a spelling ("Global Civilisation Initiative":
    official English writes Civilization), the shipped glossary's score counts it deprecated;
    an annotation that gives only the term accepts any spelling, as test sets are graded."""
    scorer = TermScorer(list(load_glossary([])))
    text = "China will advance the Global Civilisation Initiative."
    occ = scorer.analyse(scorer.source("中方将推进全球文明倡议。", None), text).occurrences
    assert [o for _, o, _ in occ] == [2]
    assert matched("全球文明倡议", ["Global Civilization Initiative"], text) == 1


def _score(tmp_path: Path, terms: str, name: str, hyp: str | None = None):
    root = SET / "dev"
    path = tmp_path / name
    path.write_text(terms, encoding="utf-8")
    return run_tifa("score", "--src", str(root / "src.zh"), "--ref", str(root / "ref.en"),
                    hyp or str(root / "glossed.en"), "--presplit", "--bootstrap", "0",
                    "-f", "json", "--terms", str(path))


def _matched(done) -> list[tuple[int, int]]:
    return scoresets.matched_rows(done)[0]


def _want(pairs: dict[int, int]) -> list[tuple[int, int]]:
    return [(pairs.get(n, 0), pairs.get(n, 0)) for n in range(1, 21)]


@pytest.mark.parametrize(("name", "text"), [
    # a term dictionary per line, as a shared task gives each segment's terms
    ("dict.jsonl", '{"一带一路": "Belt and Road", "人类命运共同体": ['
                   '"community with a shared future for mankind"]}\n{"全球发展倡议": "GDI"}\n'),
    # a list of one-entry dictionaries, and term lists under other names, merged
    ("list.jsonl", '[{"一带一路": "Belt and Road"}, {"人类命运共同体": '
                   '"community with a shared future for mankind"}]\n'
                   '{"proper_terms": {"全球发展倡议": "GDI"}, "random_terms": {}}\n'),
    # one JSON array over several lines, item k for source line k
    ("array.json", '[\n  {"terms": {"一带一路": "Belt and Road",\n'
                   '             "人类命运共同体": "community with a shared future for mankind"}},'
                   '\n  {"terms": [["全球发展倡议", "GDI"]]}\n]\n'),
    # a line of pairs per source line, in one cell or in two
    ("pairs.tsv", "一带一路 = Belt and Road\t人类命运共同体 → community with a shared future "
                  "for mankind\n全球发展倡议\tGlobal Development Initiative\tGDI\n"),
    ("cells.tsv", "1\t一带一路\tBelt and Road\t人类命运共同体\tcommunity with a shared future "
                  "for mankind\n2\t全球发展倡议 [GDI]\n"),
])
def test_annotations_in_a_shared_task_shape(tmp_path, name, text) -> None:
    assert _matched(_score(tmp_path, text, name)) == _want({1: 2, 2: 1})


def test_an_annotated_name_accepts_the_glossarys_acronym_for_it(tmp_path) -> None:
    """"Belt and Road" annotated: the shipped glossary's entry that accepts it gives BRI, a
    standard acronym; its deprecated OBOR stays wrong."""
    src = tmp_path / "src.zh"
    src.write_text("双方对接“一带一路”倡议。\n双方对接“一带一路”倡议。\n", encoding="utf-8")
    hyp = tmp_path / "hyp.en"
    hyp.write_text("The two sides align the BRI.\nThe two sides align the OBOR.\n",
                   encoding="utf-8")
    terms = tmp_path / "terms.tsv"
    terms.write_text("1\t一带一路\tBelt and Road\n2\t一带一路\tBelt and Road\n",
                     encoding="utf-8")
    done = run_tifa("score", "--src", str(src), str(hyp), "--presplit", "--bootstrap", "0",
                    "-f", "json", "--terms", str(terms))
    assert _matched(done) == [(1, 1), (1, 0)]


def test_an_empty_line_of_pairs_is_a_segment_without_terms(tmp_path) -> None:
    done = _score(tmp_path, "一带一路 = Belt and Road\n\n新质生产力 = new quality productive "
                  "forces\n", "gap.tsv")
    assert done.returncode == 2
    assert "gap.tsv:3: 新质生产力 is not in segment 3's source" in done.stderr
    done = _score(tmp_path, "一带一路 = Belt and Road\n\n\n\n\n\n\n新质生产力 = new quality "
                  "productive forces\n", "gap.tsv")
    assert _matched(done) == _want({1: 1, 8: 1})


@pytest.mark.parametrize(("name", "text", "error"), [
    ("a.jsonl", '{"一带一路": "Belt and Road"}\n{"全球发展倡议": "GDI"\n',
     "a.jsonl:2: not a JSON object"),
    ("b.json", '[\n {"一带一路": "Belt and Road"},\n {"全球发展倡议": "GDI",}\n]\n',
     "b.json:3: not a JSON array of segments"),
    ("c.json", '[\n {"一带一路": "Belt and Road"},\n {"全球发展倡议": 5}\n]\n',
     "c.json:3: a term pair needs a Chinese term and English"),
    ("d.tsv", "一带一路 = Belt and Road\n全球发展倡议\n", "d.tsv:2: expected SEGMENT"),
    ("e.jsonl", '{"lang": "zh"}\n', "e.jsonl:1: no term list"),
])
def test_a_malformed_annotation_line_is_one_error(tmp_path, name, text, error) -> None:
    done = _score(tmp_path, text, name)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("tifa: error: "), done.stderr
    assert error in lines[0]


def _presplit(tmp_path: Path, lines: list[str], src: Path | None = None):
    hyp = tmp_path / "hyp.en"
    hyp.write_text("".join(x + "\n" for x in lines), encoding="utf-8")
    root = SET / "dev"
    return run_tifa("score", "--src", str(src or root / "src.zh"), "--ref",
                    str(root / "ref.en"), str(hyp), "--presplit", "--bootstrap", "0",
                    "-f", "json")


def _notes(done) -> str:
    assert done.returncode == 0, done.stderr
    return "\n".join(json.loads(done.stdout)["segments"]["notes"])


def _lines() -> list[str]:
    return (SET / "dev" / "glossed.en").read_text(encoding="utf-8").splitlines()


def test_a_line_too_many_or_too_few_is_located(tmp_path) -> None:
    """An extra or dropped line shifts every line after it: the error names the line where
    the file parts from the source, not the end of the file."""
    lines = _lines()
    done = _presplit(tmp_path, lines[:7] + ["And one more sentence nobody asked for."] +
                     lines[7:])
    assert done.returncode == 2
    assert "hyp.en:8: 21 lines, but" in done.stderr and "extra line" in done.stderr
    done = _presplit(tmp_path, lines[:8] + lines[9:])
    assert done.returncode == 2
    assert "hyp.en:9: 19 lines" in done.stderr and "source line 9" in done.stderr


def test_blank_lines_after_the_last_segment_are_left_out(tmp_path) -> None:
    done = _presplit(tmp_path, _lines() + ["", "  "])
    assert "2 blank line(s) after line 20 left out" in _notes(done)
    assert _presplit(tmp_path, _lines() + ["", "An extra line."]).returncode == 2


def test_lines_an_llm_numbers_are_scored_as_their_words(tmp_path) -> None:
    """Every line numbered with its own number and the source not: the numbers are left out
    (BLEU as for the plain lines); a file numbered otherwise, or a source numbered too,
    keeps them."""
    plain = json.loads(_presplit(tmp_path, _lines()).stdout)["systems"][0]["scores"]
    numbered = [f"{i}. {x}" for i, x in enumerate(_lines(), 1)]
    numbered[13] = ""   # an empty answer keeps no number
    done = _presplit(tmp_path, numbered)
    assert "numbers left out on 19 line(s)" in _notes(done)
    scores = json.loads(done.stdout)["systems"][0]["scores"]
    blank = list(_lines())
    blank[13] = ""
    assert scores == json.loads(_presplit(tmp_path, blank).stdout)["systems"][0]["scores"]
    assert scores["bleu"] != plain["bleu"]
    numbered[13] = "2. " + _lines()[13]   # not its own number: the numbers are the text
    done = _presplit(tmp_path, numbered)
    assert "numbers left out" not in _notes(done)
    src = tmp_path / "numbered.zh"
    src.write_text("".join(f"{i}. {x}\n" for i, x in enumerate(
        (SET / "dev" / "src.zh").read_text(encoding="utf-8").splitlines(), 1)), encoding="utf-8")
    numbered[13] = "14. " + _lines()[13]
    assert "numbers left out" not in _notes(_presplit(tmp_path, numbered, src))


def test_chinese_terms_in_brackets_after_the_english_are_english_output(tmp_path) -> None:
    """An engine that writes the Chinese term after its English ("… (一带一路)") is scored,
    not refused as Chinese text."""
    lines = [f"{x} (一带一路倡议)" for x in _lines()]
    assert _presplit(tmp_path, lines).returncode == 0


# What tifa still counts otherwise than the labels (docs/score.md, "Twentieth round"), per
# (part, system, segment, Chinese term): labelled matched, counted matched.
LEFT: dict = {
    # held out: "the environment for doing business" was left, now graded (terms22's
    # "for" inversion)
}


@pytest.mark.parametrize("part", ["dev", "held-out"])
def test_the_labelled_set_scores_as_labelled(part) -> None:
    """Each segment's matched terms equal the labels', the documented leftovers aside. The
    per-term measure is bench/score_term_labels.py."""
    scoresets.assert_scores_as_labelled(SET / part, part, SYSTEMS, LEFT)
