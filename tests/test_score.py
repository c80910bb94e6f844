"""`tifa score` end to end: sacrebleu parity, hand-counted term metrics, inputs, reports.

The fixture `tests/data/score/` holds thirteen sentences of the Xi'an keynote (seeds/001, one
per line), tifa's reference translation of them (seeds/en) and two hypotheses written for
these tests: engine A, careful, uses accepted variants and misses one term; engine B, literal
MT style, with deprecated renderings, missed terms and two wrong figures.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from sacrebleu.metrics import BLEU, CHRF, TER
from sacrebleu.significance import PairedTest
from tifa.cli.app import main
from tifa.glossary.store import load_glossary
from tifa.tm.score import score
from tifa.tm.score.inputs import read_plain
from tifa.tm.score.terms import Words, edit_stats

from tests.conftest import REPO, png_colours, run_tifa, screenshot

DATA = REPO / "tests" / "data" / "score"
ZH = DATA / "keynote.zh.txt"
REF = DATA / "keynote.ref.en.txt"
A = DATA / "engine-a.en.txt"
B = DATA / "engine-b.en.txt"
LINT = REPO / "tests" / "data" / "lint"


def _tifa(capsys, *args: str) -> subprocess.CompletedProcess:
    """`tifa ARGS` in this process (a subprocess costs a second of start-up per call)."""
    with pytest.raises(SystemExit) as info:
        main(list(args))
    out, err = capsys.readouterr()
    return subprocess.CompletedProcess(args, info.value.code, out, err)


def _score_json(capsys, *args: str) -> dict:
    result = _tifa(capsys, "score", *args, "-f", "json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def keynote() -> dict:
    """The fixture scored by the real command line, in a subprocess."""
    result = run_tifa("score", "--src", str(ZH), "--ref", str(REF), str(A), str(B),
                      "--presplit", "-f", "json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _scores(report: dict, system: int) -> dict:
    return {k: v["score"] for k, v in report["systems"][system]["scores"].items()}


# ---------------------------------------------------------------- sacrebleu parity


def test_bleu_chrf_ter_equal_the_sacrebleu_command_line(keynote: dict) -> None:
    for system, hyp in enumerate((A, B)):
        out = subprocess.run(
            [sys.executable, "-m", "sacrebleu", str(REF), "-i", str(hyp), "-m", "bleu", "chrf",
             "ter", "-w", "4", "-f", "json"], capture_output=True, text=True, check=True)
        theirs = {d["name"]: d for d in json.loads(out.stdout)}
        ours = _scores(keynote, system)
        assert ours["bleu"] == theirs["BLEU"]["score"]
        assert ours["chrf"] == theirs["chrF2"]["score"]
        assert ours["ter"] == theirs["TER"]["score"]
        sigs = keynote["sacrebleu"]["signatures"]
        # ours adds the bootstrap's seed and resamples, as sacrebleu's paired mode does
        for name in ("BLEU", "chrF2", "TER"):
            plain = sigs[name].replace("|bs:1000|seed:12345", "")
            assert plain == theirs[name]["signature"]


def test_chrf_plus_plus_and_sentence_bleu_equal_sacrebleu(capsys) -> None:
    report = _score_json(capsys, "--src", str(ZH), "--ref", str(REF), str(B), "--presplit",
                         "--chrf++", "--bootstrap", "0")
    out = subprocess.run(
        [sys.executable, "-m", "sacrebleu", str(REF), "-i", str(B), "-m", "chrf",
         "--chrf-word-order", "2", "-w", "4", "-f", "json"],
        capture_output=True, text=True, check=True)
    assert _scores(report, 0)["chrf"] == json.loads(out.stdout)["score"]
    assert "chrF2++" in report["sacrebleu"]["signatures"]
    sentences = subprocess.run(
        [sys.executable, "-m", "sacrebleu", str(REF), "-i", str(B), "-m", "bleu", "-sl", "-b",
         "-w", "4"], capture_output=True, text=True, check=True).stdout.split()
    ours = [row["bleu"] for row in report["systems"][0]["segments"]]
    assert ours == [float(s) for s in sentences]


def test_paired_bootstrap_equals_sacrebleu_paired_test() -> None:
    """Same resamples, same p-values, means and intervals as sacrebleu.significance."""
    glossary = load_glossary()
    report = score(read_plain(ZH, [A, B, REF], REF, presplit=True), glossary, jobs=0)
    refs = [REF.read_text(encoding="utf-8").splitlines()]
    systems = [(str(p), p.read_text(encoding="utf-8").splitlines()) for p in (A, B, REF)]
    metrics = {"BLEU": BLEU(references=refs), "chrF2": CHRF(references=refs),
               "TER": TER(references=refs)}
    _, theirs = PairedTest(systems, metrics, None, test_type="bs", n_samples=1000)()
    for key, name in (("bleu", "BLEU"), ("chrf", "chrF2"), ("ter", "TER")):
        for n, system in enumerate(report.systems):
            result = theirs[name][n]
            assert system.scores[key] == pytest.approx(result.score, abs=1e-9)
            assert system.estimates[key].mean == pytest.approx(result.mean, abs=1e-9)
            assert system.estimates[key].ci == pytest.approx(result.ci, abs=1e-9)
            if n:
                assert system.estimates[key].p == pytest.approx(result.p_value, abs=1e-12)
    assert report.systems[2].estimates["bleu"].p < 0.05  # the reference beats engine A


# ---------------------------------------------------------------- hand-counted term metrics


def test_term_metrics_equal_the_hand_count(keynote: dict) -> None:
    """Counted by hand from the fixture (see the module docstring and docs/score.md)."""
    a, b = keynote["systems"]
    # 28 term occurrences in 12 of the 13 source sentences (无偿援助 "grants", an entry of the
    # twenty-fourth round's staples, in the last)
    assert a["counts"]["term_occurrences"] == b["counts"]["term_occurrences"] == 28
    # A misses 新增长点 ("new sources of growth"); variants (five Central Asian states,
    # Eurasia, four principles, mutual strategic trust, colour revolution, three forces) count
    assert a["counts"]["terms_matched"] == 27
    # B: Xian, community of common destiny, keeping watch and helping each other (twice) and
    # three evil forces are deprecated; 亚欧大陆 ×2, 互联互通 ×2, 四个坚持, 团结互信, 相互成就,
    # 远离冲突、永沐和平 and 无偿援助 ("free assistance") are missing
    assert b["counts"]["terms_matched"] == 14
    assert [r["terms_matched"] for r in b["segments"]] == [2, 0, 0, 0, 0, 1, 1, 0, 2, 4, 4, 0, 0]
    assert [r["terms_deprecated"] for r in b["segments"]] == [1, 0, 0, 0, 0, 1, 0, 1, 1, 0, 1,
                                                             0, 0]
    sa, sb = _scores(keynote, 0), _scores(keynote, 1)
    assert sa["term_acc"] == round(100 * 27 / 28, 4)
    assert sb["term_acc"] == round(100 * 14 / 28, 4)
    assert sa["dep_term"] == 0 and sb["dep_term"] == round(100 * 5 / 28, 4)
    # "China-Central Asia community of common destiny" holds the generic deprecated rendering:
    # it counts once, so B has 5 deprecated renderings in its 363 words
    assert b["counts"]["deprecated_renderings"] == 5 and b["counts"]["words"] == 363
    assert sb["dep_1k"] == round(1000 * 5 / 363, 4)
    # consistency: A uses two renderings of 中亚五国 and of 亚欧大陆 (8 of 10 repeated
    # occurrences follow the document's choice); B mixes 中国—中亚命运共同体's (5 of 6)
    assert sa["consistency"] == 80.0 and sb["consistency"] == round(100 * 5 / 6, 4)
    # numbers: 30周年 and 260亿元人民币; B writes 13th and 2.6 billion
    assert (sa["numbers"], sb["numbers"]) == (100.0, 0.0)
    # 外部势力 is official (binding: false) since the glossary review of issue 11
    assert a["terms_by_status"]["recommended"] == {"matched": 4, "terms": 5}
    assert b["terms_by_category"]["slogan"] == {"matched": 0, "terms": 3}


def test_significance_marks_in_the_text_table(capsys) -> None:
    result = _tifa(capsys, "score", "--src", str(ZH), "--ref", str(REF), str(A), str(B),
                      "--presplit")
    assert result.returncode == 0, result.stderr
    row = next(line for line in result.stdout.splitlines() if line.startswith(str(B)))
    assert "50.0*" in row                              # term accuracy, p < 0.05
    assert "13 segment(s) scored, 0 source sentence(s)" in result.stdout
    assert "BLEU|nrefs:1|bs:1000|seed:12345|case:mixed|eff:no|tok:13a" in result.stdout


def test_equal_scores_are_never_marked_significant(capsys, tmp_path: Path) -> None:
    """A copy of the baseline ties it on every metric: sacrebleu's p for a tie with no
    differing resample is 1/(n+1), reported as is, but a tie is no significant difference."""
    copy = tmp_path / "engine-a-again.en.txt"
    copy.write_bytes(A.read_bytes())
    report = _score_json(capsys, "--src", str(ZH), "--ref", str(REF), str(A), str(copy),
                         "--presplit")
    tied = report["systems"][1]["scores"]
    assert tied["bleu"]["p_value"] < 0.05      # 1/1001, as sacrebleu says
    assert not any(m["significant"] for m in tied.values()), tied
    text = _tifa(capsys, "score", "--src", str(ZH), "--ref", str(REF), str(A), str(copy),
                 "--presplit").stdout
    assert "*" not in next(line for line in text.splitlines() if line.startswith(str(copy)))


def test_term_edit_rate_without_terms_is_ter_and_weighs_term_edits() -> None:
    vocab: dict[str, int] = {}

    def toks(text: str, term: set[int] = frozenset()) -> Words:
        return Words.of(text.split(), [i in term for i in range(len(text.split()))], vocab)
    ref = "we build a community with a shared future"
    hyp = "we build a community of common destiny"
    assert edit_stats(toks(hyp), toks(ref)) == ((4.0, 8.0), (4.0, 8.0))   # no terms: TER
    terms_ref, terms_hyp = {3, 4, 5, 6, 7}, {3, 4, 5, 6}
    # 3 substitutions and 1 insertion, all on term words: 8 over 8 + 5 reference words
    assert edit_stats(toks(hyp, terms_hyp), toks(ref, terms_ref)) == ((4.0, 8.0), (8.0, 13.0))


def _generated_pairs(n: int) -> tuple[list[str], list[str]]:
    """`n` (hypothesis, reference) pairs from the fixture's words: edits, block moves (TER's
    shifts), short and long sentences (past TER's beam), very unequal lengths, empty sides,
    punctuation glued to words (13a and tercom split it differently), curly quotes, dashes,
    figures, case changes and accented letters."""
    import random

    rng = random.Random(7)
    words = " ".join(p.read_text(encoding="utf-8") for p in (REF, A, B)).split()
    words += ["“China’s", "—", "Côte", "d’Ivoire", "1.5%", "US$3,000", "(BRI)", "self-reliance,",
              "ÉTAT", "Xi’an.", "naïve", "'quoted'", "e.g.", "...", "&", "<tag>"]
    refs, hyps = [], []
    for k in range(n):
        ref = [rng.choice(words) for _ in range(rng.choice((1, 3, 8, 12, 20, 30, 60)))]
        hyp = list(ref)
        for _ in range(rng.randint(0, len(hyp) // 3 + 1)):
            i = rng.randrange(len(hyp))
            action = rng.random()
            if action < 0.3:
                hyp[i] = rng.choice(words)
            elif action < 0.4:
                hyp[i] = hyp[i].upper()
            elif action < 0.55 and len(hyp) > 1:
                del hyp[i]
            elif action < 0.8:
                j = rng.randrange(len(hyp))
                hyp[i:i + 3], hyp[j:j] = [], hyp[i:i + 3]
            else:
                hyp.insert(i, rng.choice(words))
        if k % 30 == 0:
            hyp = hyp[: max(1, len(hyp) // 8)]          # far shorter than the reference
        elif k % 30 == 1:
            hyp = hyp * 3                               # far longer
        elif k % 97 == 2:
            hyp = []                                    # an empty hypothesis
        elif k % 97 == 3:
            ref = []                                    # an empty reference
        refs.append(" ".join(ref))
        hyps.append(" ".join(hyp))
    # more distinct characters than the compiled chrF keys hold: sacrebleu counts this pair
    many = "".join(chr(0x4E00 + i) for i in range(1100))
    hyps.append(many[::2] + " and " + many[:300])
    refs.append(many[1::2] + " and " + many[:300])
    return hyps, refs


def test_bleu_chrf_ter_statistics_and_sentence_scores_equal_sacrebleu() -> None:
    """The compiled statistics (`tm.score.kernels`) against sacrebleu's pure-Python ones on
    300 generated pairs: every segment statistic, every sentence score (as `sacrebleu -sl`)
    and the corpus scores, for BLEU, chrF and TER. (300, 600 before: every kind of pair the
    generator makes comes 3 times or more, each length 40 times; sacrebleu's pure-Python TER
    on the other 300 cost 2-3 s of the suite.)"""
    from tifa.tm.score import kernels
    from tifa.tm.score.sacre import make_metrics

    hyps, refs = _generated_pairs(300)
    assert len(hyps) >= 300 and "" in hyps and "" in refs
    ours = {m.key: m for m in make_metrics()}
    for m in ours.values():
        m.prepare(refs)
    theirs = {"bleu": BLEU(references=[refs]), "chrf": CHRF(references=[refs]),
              "ter": TER(references=[refs])}
    sentence = {"bleu": BLEU(effective_order=True), "chrf": CHRF(), "ter": TER()}
    vocab: dict[str, int] = {}
    ter = theirs["ter"]
    for key in ("bleu", "chrf", "ter"):
        expected = theirs[key]._extract_corpus_statistics(hyps, None)
        if key == "ter":
            got = [list(edit_stats(Words.of(ter._preprocess_segment(h).split(), None, vocab),
                                   Words.of(ter._preprocess_segment(r).split(), None, vocab))[0])
                   for h, r in zip(hyps, refs, strict=True)]
            expected = [[float(a), float(b)] for a, b in expected]
        else:
            got = [ours[key].segment_stats(h, i) for i, h in enumerate(hyps)]
        assert got == expected, key
        assert ours[key].corpus_score(np.array(got)) == theirs[key]._aggregate_and_compute(
            expected).score
        if key == "ter":   # sacrebleu's sentence_score is this, after the statistics again
            theirs_sentences = [sentence[key]._aggregate_and_compute([row]).score
                                for row in expected]
        else:
            theirs_sentences = [sentence[key].sentence_score(h, [r]).score
                                for h, r in zip(hyps, refs, strict=True)]
        assert [ours[key].sentence_score(np.array(row)) for row in got] == theirs_sentences
    # the last pair went to sacrebleu: the compiled keys cannot hold its characters
    cp = kernels.codepoints
    assert kernels.ngram_matches(cp("".join(hyps[-1].split())), cp("".join(refs[-1].split())),
                                 6) is None


def test_13a_word_by_word_equals_sacrebleu_on_random_text() -> None:
    """tifa tokenises 13a one whitespace-separated word at a time (each word once per run);
    sacrebleu's tokenizer on the whole line must give the same tokens, whatever the white
    space, punctuation, digits and entities between and inside the words."""
    import random

    from sacrebleu.tokenizers.tokenizer_13a import Tokenizer13a
    from tifa.tm.score.sacre import tokenize_13a

    theirs = Tokenizer13a()
    rng = random.Random(13)
    alphabet = list("ab1.,-'\"&;:()/$%") + [" ", " ", "  ", "\t", "\n", "\xa0", "\u3000",
                                              "&quot;", "&amp;", "<skipped>", "-\n", "9,5",
                                              "é", "—", "\u2019", "\x1c"]
    for _ in range(20_000):
        line = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        assert tokenize_13a(line) == theirs(line), repr(line)


def test_deprecated_count_on_key_positions_equals_the_offsets() -> None:
    """`TermScorer.deprecated_count` counts on the matcher's key positions; counted on the
    character offsets of `find_deprecated` (the first of overlapping hits) it is the same,
    on every deprecated and accepted rendering of the glossary in a sentence, alone, twice,
    nested and overlapping."""
    from tifa.tm.score.terms import TermScorer

    entries = list(load_glossary())
    scorer = TermScorer(entries)
    deprecated = [r.text for e in entries for r in e.en_deprecated]
    accepted = [r for e in entries for r in e.accepted]
    assert len(deprecated) > 30 and len(accepted) > 100
    import random

    rng = random.Random(5)
    checked = found = 0
    for _ in range(3000):
        # each part drawn from either list alike, however the glossary's proportions change
        parts = [rng.choice(rng.choice((deprecated, accepted)))
                 for _ in range(rng.randint(1, 3))]
        glue = rng.choice([" and ", " ", "-", " the ", ", "])
        text = "We spoke of " + glue.join(parts) + rng.choice([".", "s.", "'s work."])
        by_offsets, end = 0, -1
        for hit in scorer.matcher.find_deprecated(text):
            if hit.start >= end:
                end = hit.end
                by_offsets += 1
        assert scorer.deprecated_count(text) == by_offsets, text
        checked += 1
        found += by_offsets > 0
    assert found > 500   # the renderings were found, not only absent


def test_kernels_use_sacrebleus_ter_limits() -> None:
    from sacrebleu.metrics import lib_ter
    from tifa.tm.score import kernels

    assert (kernels.MAX_SHIFT_SIZE, kernels.MAX_SHIFT_DIST, kernels.BEAM_WIDTH,
            kernels.MAX_SHIFT_CANDIDATES, kernels.INF) == \
        (lib_ter._MAX_SHIFT_SIZE, lib_ter._MAX_SHIFT_DIST, lib_ter._BEAM_WIDTH,
         lib_ter._MAX_SHIFT_CANDIDATES, lib_ter._INT_INFINITY)


# ---------------------------------------------------------------- inputs


def test_no_reference_gives_term_and_number_metrics_only(capsys) -> None:
    report = _score_json(capsys, "--src", str(ZH), str(B), "--presplit")
    assert report["reference"] is False and report["sacrebleu"]["signatures"] == {}
    assert set(_scores(report, 0)) == {"term_acc", "dep_1k", "dep_term", "consistency",
                                       "numbers"}
    assert report["systems"][0]["counts"]["terms_matched"] == 14


def test_plain_texts_with_different_sentence_counts_are_aligned(capsys, tmp_path: Path) -> None:
    """Engine C merges sentences 7 and 8 and splits the last (same sentence count as the
    source!); the reference drops sentence 5: 11 segments scored, 1 source sentence left
    unaligned."""
    lines = A.read_text(encoding="utf-8").splitlines()
    merged = lines[:6] + [lines[6][:-1] + ", the first being mutual assistance."] + lines[8:12]
    merged.append("To support cooperation between China and Central Asian countries and their "
                  "own development, China will provide Central Asian countries with financing "
                  "support and grants. They will total 26 billion yuan.")
    hyp = tmp_path / "engine-c.en.txt"
    hyp.write_text("\n".join(merged) + "\n", encoding="utf-8")
    ref_lines = REF.read_text(encoding="utf-8").splitlines()
    ref = tmp_path / "ref.en.txt"
    ref.write_text("\n".join(ref_lines[:4] + ref_lines[5:]) + "\n", encoding="utf-8")
    report = _score_json(capsys, "--src", str(ZH), "--ref", str(ref), str(hyp), "--bootstrap", "0")
    assert report["segments"]["scored"] == 11 and report["segments"]["unaligned"] == 1
    assert report["segments"]["aligned_with_tifa_align"] is True
    ids = [r["id"] for r in report["systems"][0]["segments"]]
    assert "7-8" in ids and "5" not in ids and ids[-1] == "13"
    # the merged sentence keeps both of its terms; every figure is still found
    row = ids.index("7-8")
    assert report["systems"][0]["segments"][row]["terms_matched"] == 3
    assert _scores(report, 0)["numbers"] == 100.0
    assert report["systems"][0]["counts"]["term_occurrences"] == 28 - 2   # 5 had two


def test_an_llm_answer_in_markdown_scores_as_its_words(capsys, tmp_path: Path) -> None:
    """An LLM wraps engine A in a chat answer: a preamble, every sentence in **bold**, a
    closing offer. Scored as the same words without the markup: the sentences are split and
    aligned (before, the bold run was one 'sentence' and 12 of 13 source sentences went
    unaligned or glued), and only the chatter is an addition."""
    lines = A.read_text(encoding="utf-8").splitlines()
    chatter = ["Here is the English translation of the speech:", ""]
    closing = ["", "I hope this helps. Let me know if you would like any changes."]
    bold = tmp_path / "llm.en.txt"
    bold.write_text("\n".join(chatter + [f"**{x}**" for x in lines] + closing) + "\n",
                    encoding="utf-8")
    plain = tmp_path / "plain.en.txt"
    plain.write_text("\n".join(chatter + lines + closing) + "\n", encoding="utf-8")
    report = _score_json(capsys, "--src", str(ZH), "--ref", str(REF), str(plain), str(bold),
                         "--bootstrap", "0")
    assert report["segments"]["scored"] == 13
    assert _scores(report, 1) == _scores(report, 0)
    notes = report["segments"]["notes"]
    assert notes[0].startswith(f"{bold}: Markdown formatting") and notes[0].endswith(
        "on 13 line(s); the words are scored")
    # what the aligner says of each (the chatter is the only addition) is the same
    assert notes[2] == notes[1].replace(str(plain), str(bold))
    assert f"{bold}: 0 source sentence(s) without a translation" in notes[2]


@pytest.mark.parametrize("name", ["speech.tmx", "speech.xlf", "draft.po", "punctuation.csv"])
def test_bilingual_files_carry_source_and_hypothesis(capsys, name: str) -> None:
    clean, planted = LINT / "clean" / name, LINT / "planted" / name
    report = _score_json(capsys, str(clean), str(planted), "--ref", str(clean), "--bootstrap", "0")
    assert _scores(report, 0)["bleu"] == 100.0 and _scores(report, 0)["ter"] == 0.0
    assert _scores(report, 1)["bleu"] < 100.0
    assert report["segments"]["unaligned"] == 0


def test_bilingual_term_accuracy_sees_the_planted_errors(capsys) -> None:
    report = _score_json(capsys, str(LINT / "planted" / "speech.xlf"), "--bootstrap", "0")
    scores = _scores(report, 0)
    assert scores["term_acc"] < 50 and scores["dep_term"] > 50


# ---------------------------------------------------------------- bad input


def _one_line_error(result: subprocess.CompletedProcess, *fragments: str) -> None:
    assert result.returncode == 2, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("tifa: error: "), result.stderr
    for fragment in fragments:
        assert fragment in lines[0]


def test_presplit_files_of_different_lengths(capsys, tmp_path: Path) -> None:
    short = tmp_path / "short.en.txt"
    short.write_text("\n".join(A.read_text(encoding="utf-8").splitlines()[:12]) + "\n",
                     encoding="utf-8")
    result = _tifa(capsys, "score", "--src", str(ZH), "--ref", str(REF), str(short), "--presplit")
    _one_line_error(result, f"{short}:13:", "12 lines", "13")


def test_empty_files(capsys, tmp_path: Path) -> None:
    empty = tmp_path / "empty.en.txt"
    empty.write_text("\n\n", encoding="utf-8")
    _one_line_error(_tifa(capsys, "score", "--src", str(ZH), str(empty)), str(empty), "empty")
    _one_line_error(_tifa(capsys, "score", "--src", str(empty), str(A)), "empty")


def test_hypothesis_in_the_wrong_language(capsys, tmp_path: Path) -> None:
    _one_line_error(_tifa(capsys, "score", "--src", str(ZH), "--ref", str(REF), str(ZH),
                             "--presplit"), f"{ZH}:1:", "Chinese", "English translation")
    _one_line_error(_tifa(capsys, "score", "--src", str(A), str(B)), "not Chinese")
    chinese_targets = tmp_path / "zh.csv"
    chinese_targets.write_text("source,target\n中亚五国,中亚五国\n互联互通,互联互通\n",
                               encoding="utf-8")
    _one_line_error(_tifa(capsys, "score", str(chinese_targets)), "Chinese")


def test_json_flag_and_the_output_never_replaces_an_input(capsys, tmp_path: Path) -> None:
    copy = tmp_path / "b.en.txt"
    copy.write_bytes(B.read_bytes())
    result = _tifa(capsys, "score", "--src", str(ZH), str(copy), "--presplit", "--json",
                   "--bootstrap", "0", "-o", str(copy))
    _one_line_error(result, str(copy))
    assert copy.read_bytes() == B.read_bytes()
    result = _tifa(capsys, "score", "--src", str(ZH), str(copy), "--presplit", "--json",
                   "--bootstrap", "0", "-o", "-")
    assert result.returncode == 0 and next(iter(json.loads(result.stdout))) == "version"


def test_usage_errors(capsys) -> None:
    _one_line_error(_tifa(capsys, "score", str(A)), "--src")
    _one_line_error(_tifa(capsys, "score", "--src", str(ZH), str(A), "-f", "xml"), "--format")
    _one_line_error(_tifa(capsys, "score", "--src", str(ZH), str(A), "--bootstrap", "-1"),
                    "--bootstrap")


# ---------------------------------------------------------------- reports


def test_csv_has_corpus_rows_then_one_row_per_segment(capsys, tmp_path: Path) -> None:
    out = tmp_path / "scores.csv"
    result = _tifa(capsys, "score", "--src", str(ZH), "--ref", str(REF), str(A), str(B),
                      "--presplit", "-f", "csv", "-o", str(out))
    assert result.returncode == 0 and result.stdout == ""
    import csv
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [r["segment"] for r in rows[:2]] == ["corpus", "corpus"]
    assert len(rows) == 2 + 2 * 13
    assert float(rows[1]["term_acc"]) == pytest.approx(100 * 14 / 28, abs=1e-3)
    assert float(rows[1]["term_acc_p"]) < 0.05
    seg = rows[2 + 13 + 7]   # engine B, line 8: "keeping watch and helping each other"
    assert seg["terms_deprecated"] == "1" and "keeping watch" in seg["hypothesis"]


def test_json_carries_version_and_signatures(keynote: dict) -> None:
    from tifa.tm.base import VERSION

    assert keynote["version"] == VERSION
    assert keynote["sacrebleu"]["version"] == __import__("sacrebleu").__version__
    assert keynote["bootstrap"] == {"resamples": 1000, "seed": 12345,
                                    "baseline": str(A), "alpha": 0.05}
    assert len(keynote["systems"][0]["segments"]) == 13


def test_html_report_renders_in_chromium(capsys, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = _tifa(capsys, "score", "--src", str(ZH), "--ref", str(REF), str(A), str(B),
                      "--presplit", "-f", "html", "-o", str(out))
    assert result.returncode == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    assert "<script" not in page and "http" not in page.replace("http://www.w3.org/2000/svg", "")
    assert page.count("<svg") == 11                       # one chart per metric
    assert page.count("class='bar'") == 2 * 11            # two systems, every metric defined
    assert "<mark class='bad'>keeping watch and helping each other</mark>" in page
    assert "<mark class='bad'>Xian</mark>" in page
    assert "<mark class='ok'>community with a shared future for mankind</mark>" not in page
    assert "engine-b.en.txt: 11 segment(s) with a missed term" in page
    shot = screenshot(out, tmp_path, "1100,1900")
    colours = png_colours(shot.read_bytes())
    # the bars of the two systems and the three highlight colours are on the page
    for rgb in ("1565c0", "ef6c00", "a5d6a7", "ff8a80", "ffe082"):
        assert bytes.fromhex(rgb) in colours, rgb
