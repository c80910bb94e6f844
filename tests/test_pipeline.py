"""tifa.tm.pipeline: the steps of `tifa build`, each run on its own on the real seeds."""

from __future__ import annotations

import shutil

from tifa.tm.base.tmx import read_tmx
from tifa.tm.corpus.merge import build_segments
from tifa.tm.pipeline import Build, run_build, step_candidates, step_tm

from tests.conftest import REPO, SEED_FILES

KEYNOTE_EN = REPO / "seeds" / "en" / "xian-keynote-2023.en.txt"
PAGE_001 = REPO / "seeds" / "001_40e660239a1a5984.txt"


def test_candidates_step_writes_the_top_100(tmp_path):
    build = Build([str(f) for f in SEED_FILES], tmp_path)
    build.segments = build_segments(build.inputs)
    rows = step_candidates(build)
    lines = (tmp_path / "candidates.tsv").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 101  # header + 100 candidates
    # ranked: the famous term among the first 20 (15th; 共建“一带一路” 9th, long names first)
    assert "一带一路" in {line.split("\t")[1] for line in lines[1:21]}
    assert rows[0].label == "candidates" and rows[0].path == str(tmp_path / "candidates.tsv")


def test_tm_step_pairs_a_corpus_with_its_en_directory(tmp_path):
    """CORPUS/en/*.en.txt are the translations of articles in CORPUS; none: the step says so."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(PAGE_001, corpus)
    rows = step_tm(Build([str(corpus)], tmp_path / "out"))
    assert [(r.label, str(r)) for r in rows] == [
        ("translation memory", "skipped: no CORPUS/en/*.en.txt translations")]
    (corpus / "en").mkdir()
    shutil.copy(KEYNOTE_EN, corpus / "en")
    rows = step_tm(Build([str(corpus)], tmp_path / "out"))
    units = list(read_tmx(tmp_path / "out" / "tm.tmx"))
    tmx = tmp_path / "out" / "tm.tmx"
    assert str(rows[0]) == f"{len(units)} units from 1 translation(s)  → {tmx}"
    assert len(units) > 50 and (tmp_path / "out" / "tm.review.tsv").exists()


def test_run_build_refuses_a_file_as_output_directory(tmp_path):
    import pytest
    from tifa.tm.base.files import TifaError

    target = tmp_path / "out"
    target.write_text("keep me", encoding="utf-8")
    with pytest.raises(TifaError, match="not a directory"):
        run_build([str(PAGE_001)], target)
    assert target.read_text(encoding="utf-8") == "keep me"
