"""Never lose a character, never touch an input: the seventeenth round (docs/safety.md).

Each test here failed on main before this round: `atomic_write` replaced a symbolic link (its
own check was dead code), every writer replaced a write-protected file, a page whose name is
not UTF-8 was a traceback, a tab or a line end in a page's name shifted the columns of `mine`'s
and `build`'s TSV, a full disk under `mine --store` was a traceback or called the archive
damaged, a new store was private (0600), and a damaged `score` cache entry was a MemoryError.
"""

from __future__ import annotations

import os
import pickle
import shutil
import sqlite3
import stat
import struct
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import SEED_FILES
from tests.test_bad_input import refused, snapshot, tifa, work  # noqa: F401


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def test_atomic_write_never_replaces_a_link_a_fifo_or_a_protected_file(tmp_path):
    """Library code (`tifa build`'s files, the caches) is guarded by `atomic_write` alone: its
    refusal of links and special files sat in `suppress(OSError)`, and the error it raised is
    an OSError, so a link was replaced by a regular file and a FIFO by a file."""
    from tifa.tm.base.files import WriteError, atomic_write

    (tmp_path / "master.tmx").write_text("keep\n", encoding="utf-8")
    os.symlink("master.tmx", tmp_path / "link")
    os.mkfifo(tmp_path / "fifo")
    (tmp_path / "locked.txt").write_text("keep\n", encoding="utf-8")
    os.chmod(tmp_path / "locked.txt", 0o444)
    before = snapshot(tmp_path)
    for name, words in (("link", "symbolic link"), ("fifo", "not a regular file"),
                        ("locked.txt", "write-protected")):
        with pytest.raises(WriteError, match=words):
            with atomic_write(tmp_path / name) as fh:
                fh.write("new\n")
    assert snapshot(tmp_path) == before


@pytest.mark.usefixtures("work")
def test_a_write_protected_output_or_glossary_is_never_replaced(capfd):
    """`chmod a-w` is how a translator protects a reviewed file: a rename replaced it all the
    same (and root ignores the mode), `glossary add` edited a locked glossary in place."""
    here = Path.cwd()
    (here / "old.jsonl").write_text("the reviewed output\n", encoding="utf-8")
    os.chmod(here / "old.jsonl", 0o444)
    refused(capfd, here, "segment", "corpus/page.txt", "-o", "old.jsonl",
            words=("old.jsonl", "write-protected"))
    os.chmod(here / "my.yaml", 0o444)
    refused(capfd, here, "glossary", "add", "-g", "my.yaml", "--zh", "新加的提法", "--en",
            "a new formulation", "--category", "principle", words=("my.yaml", "write-protected"))
    os.chmod(here / "my.yaml", 0o644)  # writable again: edited as before
    code, _, err = tifa(capfd, "glossary", "add", "-g", "my.yaml", "--zh", "新加的提法", "--en",
                        "a new formulation", "--category", "principle")
    assert code == 0, err


GBK_NAME = "国页.txt".encode("gbk")  # a page unpacked from a Chinese Windows archive


@pytest.mark.usefixtures("work")
@pytest.mark.parametrize("output", ["out.jsonl", "-"])
def test_a_page_name_that_is_not_utf8_is_one_line(capfd, output):
    """Python keeps such a name's bytes as surrogates; writing it into the segments' sources
    was a UnicodeEncodeError traceback, to a file or to standard output."""
    here = Path.cwd()
    shutil.copy(here / "corpus" / "page.txt", os.path.join(os.fsencode(here), GBK_NAME))
    name = os.fsdecode(GBK_NAME)
    line = refused(capfd, here, "segment", name, "-o", output, words=("not UTF-8", "convmv"))
    assert "\\xb9\\xfa" in line, line  # the name's bytes, as a user can find the file by them


@pytest.mark.usefixtures("work")
def test_a_tab_or_line_end_in_a_page_name_keeps_every_tsv_column(capfd):
    """`mine`'s contexts cell carried the file name as it was: a tab in it shifted every
    column after it; `build`'s removed.tsv kept line ends in names."""
    here = Path.cwd()
    shutil.copy(here / "corpus" / "page.txt", here / "a\tb\nc.txt")
    code, _, err = tifa(capfd, "mine", "a\tb\nc.txt", "--top", "20", "-o", "out.tsv")
    assert code == 0, err
    rows = (here / "out.tsv").read_text(encoding="utf-8").splitlines()
    assert len(rows) == 21
    assert {len(row.split("\t")) for row in rows} == {len(rows[0].split("\t"))}
    assert "a b c.txt:" in rows[1]


@settings(max_examples=200, deadline=None, derandomize=True, database=None)
@given(st.lists(st.text(alphabet=st.sampled_from("a国\t\n\r \x0b\u2028|\"'"), max_size=8),
                min_size=1, max_size=6))
def test_a_tsv_row_is_one_line_of_its_cells(cells):
    """Whatever a cell holds, a row splits back into its cells, and only tab, CR and LF (what
    a TSV reader splits on) are changed, each into one space."""
    from tifa.tm.base.files import tsv_row

    row = tsv_row(cells)
    assert row.endswith("\n") and "\n" not in row[:-1] and "\r" not in row
    back = row[:-1].split("\t")
    assert len(back) == len(cells)
    for cell, read in zip(cells, back, strict=True):
        assert len(read) == len(cell)
        assert all(a == b or (a in "\t\r\n" and b == " ") for a, b in zip(cell, read,
                                                                            strict=True))


def _full_after(monkeypatch, pages: int | None) -> None:
    """Make SQLite's database full (SQLITE_FULL, as on a full disk) after `pages` pages, or at
    once on the pages a store already has."""
    from tifa.glossary import mine_store

    configure = mine_store._configure

    def full(db: sqlite3.Connection) -> None:
        configure(db)
        limit = pages or db.execute("PRAGMA page_count").fetchone()[0]
        db.execute(f"PRAGMA max_page_count = {limit}")

    monkeypatch.setattr(mine_store, "_configure", full)


@pytest.mark.usefixtures("work")
def test_a_full_disk_never_damages_or_misnames_a_store(capfd, monkeypatch):
    """A new store on a full disk was a `sqlite3.OperationalError` traceback; adding pages to
    an archive on a full disk said "damaged or foreign store (database or disk is full)",
    inviting a user to delete a store that SQLite had kept whole."""
    here = Path.cwd()
    with monkeypatch.context() as patched:
        _full_after(patched, 2)
        refused(capfd, here, "mine", "corpus/page.txt", "--store", "new.sqlite",
                words=("new.sqlite", "No space left on device", "no store was created"))
    code, _, err = tifa(capfd, "mine", "corpus/page.txt", "--store", "archive.sqlite",
                        "--top", "3")
    assert code == 0, err
    shutil.copy(SEED_FILES[1], here / "more.txt")
    with monkeypatch.context() as patched:
        _full_after(patched, None)
        line = refused(capfd, here, "mine", "more.txt", "--store", "archive.sqlite",
                       words=("archive.sqlite", "No space left on device", "as it was"))
    assert "damaged" not in line
    code, out, err = tifa(capfd, "mine", "--store", "archive.sqlite", "--top", "3")
    assert code == 0 and len(out.splitlines()) == 4, err


def test_a_damaged_score_cache_entry_is_computed_again(tmp_path, monkeypatch):
    """`score`'s statistics cache pickles its own class, so it could not use the plain-data
    reader of the other caches: a corrupt length was a MemoryError traceback, and an entry
    naming another callable would have been called."""
    import numpy as np
    from tifa.tm.score import statcache
    from tifa.tm.score.terms import HypTerms

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = tmp_path / "scorestats-0123456789abcdef01234567.pickle"
    stats = statcache.SystemStats({"bleu": np.arange(6, dtype=np.int64).reshape(2, 3)},
                                  {"bleu": np.array([0.5, 0.25])},
                                  [HypTerms([], 0, 3, 0, 0, ())] * 2)
    statcache.store(path, stats)
    back = statcache.load(path, 2)
    assert back is not None and back.sacre["bleu"].tolist() == [[0, 1, 2], [3, 4, 5]]
    good = path.read_bytes()
    assert good[2] == pickle.FRAME[0]
    path.write_bytes(good[:3] + struct.pack("<Q", 1 << 60) + good[11:])  # a corrupt length
    assert statcache.load(path, 2) is None

    class Calls:
        def __reduce__(self):
            return (os.getcwd, ())

    path.write_bytes(pickle.dumps(Calls()))
    assert statcache.load(path, 2) is None


@pytest.mark.parametrize("pages", [SEED_FILES[0]])
def test_a_new_store_has_the_mode_of_any_other_output(tmp_path, pages):
    """`mkstemp` made a new `mine --store` archive 0600; every other output is 0666 less the
    umask, so a team sharing the archive could not read it."""
    from tifa.glossary.mine_store import MineStore

    target = tmp_path / "archive.sqlite"
    with MineStore.open(target, create=True) as store:
        store.add([("a.txt", pages.read_text(encoding="utf-8"))])
    assert stat.S_IMODE(os.stat(target).st_mode) == _default_mode()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["archive.sqlite"]


@pytest.mark.usefixtures("work")
def test_a_corpus_walk_leaves_no_linked_page_out_in_silence(capfd):
    """A folder linked into the corpus (a month kept elsewhere) was skipped without a word, as
    was a page that is a broken link; a link back up the tree must not loop."""
    here = Path.cwd()
    (here / "june").mkdir()
    shutil.copy(here / "news.zh.txt", here / "june" / "news.txt")
    os.symlink("../june", here / "corpus" / "june")
    os.symlink(".", here / "corpus" / "again")  # a loop: the corpus itself, walked once
    code, _, err = tifa(capfd, "segment", "corpus", "-o", "out.jsonl")
    assert code == 0, err
    out = (here / "out.jsonl").read_text(encoding="utf-8")
    assert '"corpus/june/news.txt"' in out and '"corpus/page.txt"' in out
    assert "corpus/again/" not in out
    os.symlink("gone.txt", here / "corpus" / "lost.txt")
    refused(capfd, here, "segment", "corpus", "-o", "out2.jsonl",
            words=("corpus/lost.txt", "broken symbolic link"))


@pytest.mark.usefixtures("work")
def test_dev_stdout_is_standard_output(capfd):
    """`-o /dev/stdout` was refused as a link, and with --follow-symlinks standard output
    redirected to a file (`>> log.txt`) had that file replaced, the log before it lost."""
    before = snapshot(Path.cwd())
    for extra in ([], ["--follow-symlinks"]):
        code, out, err = tifa(capfd, "glossary", "export", "-F", "csv", "-g", "my.yaml",
                              "-o", "/dev/stdout", *extra)
        assert code == 0, err
        assert out.lstrip("\ufeff").startswith("id,source,target,")
        assert "to standard output" in err
    assert snapshot(Path.cwd()) == before


@pytest.mark.usefixtures("work")
@pytest.mark.parametrize("codec", ["gbk", "cp1252"])
def test_a_file_of_two_encodings_is_named_as_such(capfd, codec):
    """A UTF-8 page with lines pasted from a GBK (or an English Windows) file was told to be
    converted as a whole from GB18030 (or Windows-1252): iconv would have garbled its UTF-8
    part. The line where the other encoding starts is named."""
    here = Path.cwd()
    page = (here / "corpus" / "page.txt").read_bytes()
    lines = page.count(b"\n")
    added = "中亚国家领导人出席会议并发表讲话。" if codec == "gbk" else "Xi’an, the summit’s host"
    (here / "mixed.txt").write_bytes(page + b"\n" + added.encode(codec) + b"\n")
    line = refused(capfd, here, "segment", "mixed.txt", "-o", "out.jsonl",
                   words=("mixed encodings", "convert only the lines from here on"))
    assert line.startswith(f"tifa: error: mixed.txt:{lines + 2}: "), line


def test_a_stop_at_any_line_of_atomic_write_leaves_nothing(tmp_path, monkeypatch):
    """A SIGTERM sent at each line `atomic_write` runs (its own and contextlib's) leaves no
    file once the stop's clean-up has run, with another thread alive (numba starts some).
    Holding the signals back (`pthread_sigmask`) held them in the main thread only: the
    signal went to the other thread, its handler ran in the main thread between making the
    temporary file and noting it (a `build` stopped by `test_signals.py` left a
    `.removed.tsv.*.tmp`), or right after blocking, leaving the signals blocked."""
    import contextlib
    import signal
    import sys
    import threading

    from tifa.tm.base import files

    watched = {files.__file__, contextlib.__file__}
    previous = signal.signal(signal.SIGTERM, lambda signum, _frame: files.stop(signum))
    done = threading.Event()
    other = threading.Thread(target=done.wait, daemon=True)  # takes signals the main holds
    other.start()
    try:
        for at in range(1, 1000):
            monkeypatch.setattr(files, "_stop_signal", None)
            lines = [0]

            def tracer(frame, event, _arg, at=at, lines=lines):
                if event == "line" and frame.f_code.co_filename in watched:
                    lines[0] += 1
                    if lines[0] == at:
                        os.kill(os.getpid(), signal.SIGTERM)
                return tracer

            sys.settrace(tracer)
            try:
                with files.atomic_write(tmp_path / "removed.tsv") as fh:
                    fh.write("kind\tfile\n")
            except files.Terminated:
                pass
            finally:
                sys.settrace(None)
            files.remove_temp_files()
            assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == [], at
            if lines[0] < at:
                break  # the write ran to its end before the signal's line: every line done
    finally:
        done.set()
        signal.signal(signal.SIGTERM, previous)
    assert at > 30
    assert signal.SIGTERM not in signal.pthread_sigmask(signal.SIG_BLOCK, [])
