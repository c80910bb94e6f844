"""`tifa segment` and `tifa build` as a user runs them: real seeds, then every kind of bad input."""

from __future__ import annotations

import json
import re
import shutil

import pytest

from tests.conftest import SEED_FILES, SEEDS, run_tifa

SPEECH = SEED_FILES[0]


def _one_line_error(result, *words: str) -> None:
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("tifa: error: ")
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in lines[0]


def test_segment_jsonl_on_stdout():
    result = run_tifa("segment", str(SPEECH))
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records[0]["text"].startswith("携手建设守望相助")
    assert set(records[0]) == {"id", "text", "doc", "article", "para", "sources", "variants"}
    assert records[0]["sources"][0]["file"].endswith(SPEECH.name)


def test_segment_directory_skips_english_with_a_note_and_writes_tsv(tmp_path):
    out = tmp_path / "seg.tsv"
    result = run_tifa("segment", "seeds", "--format", "tsv", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert (SEEDS / "en").is_dir()  # the reference translations ship with the seeds
    assert "skipped, not Chinese text" in result.stderr
    rows = out.read_text(encoding="utf-8").splitlines()
    assert rows[0].split("\t") == ["id", "doc", "article", "para", "text", "sources", "variants"]
    assert all(len(r.split("\t")) == 7 for r in rows)
    assert result.stdout == ""


@pytest.fixture(scope="module")
def speech_txt() -> str:
    result = run_tifa("segment", str(SPEECH), "-f", "txt")
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_segment_txt_one_sentence_per_line(speech_txt):
    lines = speech_txt.splitlines()
    assert "欢迎大家来到西安，出席中国—中亚峰会，共商中国同中亚五国合作大计。" in lines
    assert "" in lines  # a blank line between articles


def test_build_defaults_to_seeds_and_prints_summary(tmp_path):
    shutil.copytree(SEEDS, tmp_path / "seeds")
    result = run_tifa("build", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = tmp_path / "out" / "segments.jsonl"
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    summary = dict(re.split(r"\s{2,}", line, maxsplit=1) for line in result.stdout.splitlines())
    assert summary["files"] == "5"
    assert summary["segments"].split()[0] == str(len(records))
    assert "continuation marker" in summary["removed debris"]
    assert int(summary["merged variants"]) > 20
    assert not list((tmp_path / "out").glob(".*tmp"))
    # The whole job: glossary exports, mined candidates, the TM from seeds/en/, a quiet lint.
    produced = {p.name for p in (tmp_path / "out").iterdir()}
    assert {"glossary.tbx", "glossary-omegat.tbx", "glossary-omegat.txt", "glossary.csv",
            "glossary-terms.tmx", "candidates.tsv", "tm.tmx", "lint.html"} <= produced
    assert int(summary["glossary"].split()[0]) >= 120
    assert summary["candidates"].startswith("100 ")
    tm_units = int(summary["translation memory"].split()[0])
    assert tm_units > 90 and (tmp_path / "out" / "tm.tmx").read_text().count("<tu ") == tm_units
    assert summary["lint report"].startswith("clean"), summary["lint report"]


def test_build_without_seeds_says_so(tmp_path):
    result = run_tifa("build", cwd=tmp_path)
    _one_line_error(result, "seeds")
    assert not (tmp_path / "out").exists()


def test_gb18030_file_is_read(tmp_path, speech_txt):
    page = tmp_path / "gbk.txt"
    page.write_bytes(SPEECH.read_text(encoding="utf-8").encode("gb18030"))
    result = run_tifa("segment", str(page), "-f", "txt")
    assert result.returncode == 0, result.stderr
    assert result.stdout == speech_txt


def test_crlf_and_bom_are_read(tmp_path, speech_txt):
    page = tmp_path / "crlf.txt"
    text = SPEECH.read_text(encoding="utf-8").replace("\n", "\r\n")
    page.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert run_tifa("segment", str(page), "-f", "txt").stdout == speech_txt


@pytest.mark.parametrize("name, content, words", [
    ("empty.txt", b"", ("empty.txt", "empty file")),
    ("blank.txt", b"\n  \n\n", ("blank.txt", "empty file")),
    ("binary.txt", bytes(range(256)) * 8, ("binary.txt", "binary")),
    ("debris.txt", "（上接A01版①）\n\n要闻\n\n本报记者 王建栋 摄\n\n新华社北京6月15日电\n"
     "\n要闻快览\n\n新华社记者 董越\n\n政务要闻\n\n（上接第1版）\n".encode(),
     ("debris.txt", "no sentences")),
    ("latin1.txt", "Café crème, déjà vu, naïve façade. ".encode("latin-1") * 30,
     ("latin1.txt",)),
    ("english.txt", b"An English page, not Chinese at all. " * 30, ("english.txt", "not Chinese")),
])
def test_bad_input_one_line_exit_2_nothing_written(tmp_path, name, content, words):
    bad = tmp_path / name
    bad.write_bytes(content)
    out = tmp_path / "out.jsonl"
    result = run_tifa("segment", str(bad), "-o", str(out))
    _one_line_error(result, *words)
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [bad]


def test_missing_path_and_directory_without_text(tmp_path):
    out = tmp_path / "out.jsonl"
    _one_line_error(run_tifa("segment", str(tmp_path / "nope.txt"), "-o", str(out)),
                    "nope.txt", "no such file")
    empty_dir = tmp_path / "pages"
    empty_dir.mkdir()
    (empty_dir / "notes.md").write_text("中文笔记，不是 txt。", encoding="utf-8")
    _one_line_error(run_tifa("segment", str(empty_dir), "-o", str(out)), "pages", "no Chinese")
    _one_line_error(run_tifa("build", str(empty_dir), "-o", str(tmp_path / "o")), "pages")
    assert not out.exists() and not (tmp_path / "o").exists()


def test_a_bad_file_among_good_ones_leaves_no_output(tmp_path):
    corpus = tmp_path / "corpus"  # not the parent of -o: build refuses to write into a corpus
    corpus.mkdir()
    shutil.copy(SPEECH, corpus / "a.txt")
    (corpus / "b.txt").write_bytes(b"\x00\x01binary" * 100)
    out = tmp_path / "o"
    _one_line_error(run_tifa("build", str(corpus), "-o", str(out)), "b.txt", "binary")
    assert not out.exists()


def test_unwritable_output_is_one_line_error(tmp_path):
    blocker = tmp_path / "afile"
    blocker.write_text("x", encoding="utf-8")
    _one_line_error(run_tifa("build", str(SPEECH), "-o", str(blocker)), "afile", "not a directory")
    _one_line_error(run_tifa("segment", str(SPEECH), "-o", str(blocker / "x.jsonl")),
                    "afile", "cannot write")
    assert blocker.read_text(encoding="utf-8") == "x"


def test_build_by_absolute_path_notes_only_what_is_news(tmp_path):
    """seeds/en/ holds the translations the TM step reads: no note for them, however the
    corpus is named; an English page elsewhere in the corpus is still noted."""
    shutil.copytree(SEEDS, tmp_path / "seeds")
    english = sorted((SEEDS / "en").glob("*.txt"))[0]
    shutil.copy(english, tmp_path / "seeds" / "stray.txt")
    result = run_tifa("build", str(tmp_path / "seeds"), "-o", str(tmp_path / "out"),
                      cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    notes = [line for line in result.stderr.splitlines() if line.startswith("tifa: note:")]
    assert notes == ["tifa: note: seeds/stray.txt: skipped, not Chinese text"], result.stderr
