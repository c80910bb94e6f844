"""The mining archive on disk (`tifa mine PAGES --store FILE`): months added one by one rank
like all pages at once; re-adding is a no-op; foreign files and killed updates leave it be."""

from __future__ import annotations

import io
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from tifa.glossary.mine import _CHUNK, rank, write_candidates
from tifa.glossary.mine_counts import count_ngrams
from tifa.glossary.mine_store import MineStore
from tifa.tm.corpus.clean import collect_files

from tests.conftest import REPO, SEED_FILES, run_tifa

MONTHS = (SEED_FILES[:3], SEED_FILES[3:])  # the pages share OCR copies across the cut


def _pages(files: list[Path]) -> list[tuple[str, str]]:
    return collect_files([str(p.relative_to(REPO)) for p in files])[0]


def _table(ev) -> str:
    out = io.StringIO()
    write_candidates(rank(ev, top=300), "tsv", out)
    return out.getvalue()


def _dump(path: Path) -> list[str]:
    db = sqlite3.connect(path)
    try:
        return list(db.iterdump())
    finally:
        db.close()


@pytest.fixture(scope="module")
def two_months(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds added as two months; the store as it was after the first is kept beside it
    (`FIRST_MONTH`)."""
    path = tmp_path_factory.mktemp("store") / "archive.sqlite"
    for month in MONTHS:
        with MineStore.open(path, create=True) as store:
            added = store.add(_pages(month))
            assert added.documents == len(month) and not added.known
        if month is MONTHS[0]:
            shutil.copyfile(path, path.with_name(FIRST_MONTH))
    return path


FIRST_MONTH = "first-month.sqlite"


@pytest.fixture(scope="module")
def seed_table(seed_evidence) -> str:
    """The seeds' top 300 as `tifa mine` writes it, all pages gathered at once: ranked once for
    the module, what every store holding the seeds must rank to."""
    return _table(seed_evidence)


def test_two_months_rank_exactly_like_all_pages_at_once(two_months: Path, seed_evidence,
                                                        seed_table: str) -> None:
    all_at_once = seed_evidence  # gather(build_segments(SEED_FILES).segments), once a session
    with MineStore.open(two_months) as store:
        assert store.summary().whole and store.summary().documents == len(SEED_FILES)
        from_store = store.evidence()
    assert from_store.zh == all_at_once.zh
    assert from_store.freq == all_at_once.freq
    assert _table(from_store) == seed_table


def test_adding_a_stored_page_again_changes_nothing(two_months: Path, tmp_path: Path) -> None:
    before = _dump(two_months)
    renamed = tmp_path / "same-page-other-name.txt"
    renamed.write_bytes(SEED_FILES[4].read_bytes())
    with MineStore.open(two_months) as store:
        added = store.add(_pages([SEED_FILES[0]]) + collect_files([str(renamed)])[0])
    assert added.documents == 0 and added.segments == 0
    assert [first for _, first in added.known] == [
        str(SEED_FILES[0].relative_to(REPO)), str(SEED_FILES[4].relative_to(REPO))]
    assert _dump(two_months) == before


def test_large_archive_counts_are_lower_bounds_within_the_stated_bound(big_store: Path) -> None:
    """Past the small regime (forced here with tiny windows) each page is segmented on its own
    and counted into the store in windows: every stored count is short by at most the bound,
    and every n-gram occurring more often than the bound is kept."""
    path = big_store  # the first four pages, added one by one
    for page in SEED_FILES[4:]:
        with MineStore.open(path, create=True, window_chars=3000, exact_chars=0) as store:
            store.add(_pages([page]))
    with MineStore.open(path) as store:
        summary = store.summary()
        keys = [k for (k,) in store.db.execute("SELECT key FROM segments ORDER BY id")]
        got = store.counts()
    assert not summary.whole and summary.bound >= 3  # several windows were counted
    exact = count_ngrams([c for k in keys for c in _CHUNK.findall(k)], 1)
    assert got.total == exact.total == summary.chars
    short = 0
    for lv, ex in zip(got.levels, exact.levels, strict=False):
        true = dict(zip(ex.keys.tolist(), ex.counts.tolist(), strict=True))
        for key, n in zip(lv.keys.tolist(), lv.counts.tolist(), strict=True):
            assert 0 <= true[key] - n <= summary.bound, lv.n
            short = max(short, true[key] - n)
        kept = set(lv.keys.tolist())
        assert all(key in kept for key, n in true.items() if n > summary.bound), lv.n
    assert short > 0  # the bound is not vacuous: some counts did miss occurrences


@pytest.fixture(scope="module")
def large_regime(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Four seed pages in the large regime with a tiny window (the fifth closes it), added
    once for the module: each test gets a copy (`big_store`)."""
    path = tmp_path_factory.mktemp("large") / "big.sqlite"
    for page in SEED_FILES[:4]:
        with MineStore.open(path, create=True, window_chars=3000, exact_chars=0) as store:
            store.add(_pages([page]))
    return path


@pytest.fixture
def big_store(large_regime: Path, tmp_path: Path) -> Path:
    """A copy of the large-regime store of four pages, the test's own to change."""
    path = tmp_path / "big.sqlite"
    shutil.copyfile(large_regime, path)
    return path


@pytest.fixture(scope="module")
def updated_alone(large_regime: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The large-regime store with the fifth page added by `tifa mine PAGE --store`, left
    alone: what a stopped update must have stored, once the stop is honoured after it."""
    alone = tmp_path_factory.mktemp("alone") / "alone.sqlite"
    shutil.copyfile(large_regime, alone)
    page = str(SEED_FILES[4].relative_to(REPO))
    assert run_tifa("mine", page, "--store", str(alone)).returncode == 0
    return alone


def _foreign(tmp_path: Path) -> dict[str, Path]:
    text = tmp_path / "notes.sqlite"
    text.write_text("这不是数据库\n", encoding="utf-8")
    other = tmp_path / "other.sqlite"
    db = sqlite3.connect(other)
    db.execute("CREATE TABLE meta (key TEXT, value TEXT)")
    db.execute("INSERT INTO meta VALUES ('format', 'something-else')")
    db.commit()
    db.close()
    return {"not a database": text, "another program's database": other}


def test_foreign_or_damaged_store_is_one_error_line_and_untouched(
        two_months: Path, tmp_path: Path) -> None:
    cases = _foreign(tmp_path)
    damaged = tmp_path / "damaged.sqlite"
    data = two_months.read_bytes()
    damaged.write_bytes(data[:4096] + b"\x00" * 4096 + data[8192:])  # a page overwritten
    cases["damaged store"] = damaged
    for what, path in cases.items():
        before = path.read_bytes()
        run = run_tifa("mine", "seeds/003_6c1e93888320af83.txt", "--store", str(path))
        assert run.returncode == 2, what
        lines = run.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"tifa: error: {path}: "), (what, lines)
        assert "Traceback" not in run.stderr and run.stdout == ""
        assert path.read_bytes() == before, what
        assert not list(tmp_path.glob(f"{path.name}-journal")), what


@pytest.mark.parametrize("signal_name", ["SIGTERM", "SIGKILL"])
def test_killed_update_leaves_the_previous_store(two_months: Path, tmp_path: Path,
                                                 signal_name: str) -> None:
    """The update is killed in the middle of its writes (the segments replaced, the documents
    not yet written): the store is the previous one, and works."""
    path = tmp_path / "archive.sqlite"
    path.write_bytes(two_months.read_bytes())
    before = _dump(path)
    new_page = tmp_path / "new-month.txt"
    new_page.write_text(SEED_FILES[1].read_text(encoding="utf-8").replace("中亚", "中东"),
                        encoding="utf-8")
    code = (
        "import os, signal, sys\n"
        "from tifa.glossary import mine_store\n"
        "real = mine_store.MineStore._insert\n"
        "def insert_then_die(self, *args):\n"
        "    n = real(self, *args)\n"
        f"    os.kill(os.getpid(), signal.{signal_name})\n"
        "    return n\n"
        "mine_store.MineStore._insert = insert_then_die\n"
        "from tifa.cli.app import main\n"
        f"sys.argv = ['tifa', 'mine', {str(new_page)!r}, '--store', {str(path)!r}]\n"
        "main()\n"
    )
    run = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                         text=True, timeout=300, env={**os.environ, "NO_COLOR": "1"})
    assert run.returncode in (143, -15, -9), run.stderr  # killed, not finished
    assert "Traceback" not in run.stderr
    assert _dump(path) == before
    with MineStore.open(path) as store:
        assert store.summary().documents == len(SEED_FILES)


def test_ranking_again_reads_the_evidence_it_stored(two_months: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch,
                                                     seed_table: str) -> None:
    import tifa.glossary.mine_store as mine_store

    path = tmp_path / "archive.sqlite"
    shutil.copyfile(two_months.with_name(FIRST_MONTH), path)
    with MineStore.open(path) as store:
        first_month = store.evidence()
    with MineStore.open(path) as store:  # a month added: the stored evidence is stale
        store.add(_pages(MONTHS[1]))
        both = store.evidence()
    assert both.zh != first_month.zh
    # as all pages at once rank (the two months computed whole rank so: the test above)
    assert _table(both) == seed_table

    def not_again(*args, **kwargs):
        raise AssertionError("computed again")

    with monkeypatch.context() as m:
        m.setattr(mine_store, "gather_counted", not_again)
        with MineStore.open(path) as store:
            again = store.evidence()
    assert again == both  # the same evidence: `rank` of it is the same table
    db = sqlite3.connect(path)
    db.execute("UPDATE evidence SET data = x'00ff'")  # damaged: only costs the time
    db.commit()
    db.close()
    with MineStore.open(path) as store:
        assert store.evidence() == both


@pytest.fixture(scope="module")
def added_then_ranked(large_regime: Path, tmp_path_factory: pytest.TempPathFactory):
    """The large-regime store with the last pages added by `add` and then ranked by
    `evidence` (one step after the other): the store's dump and that evidence, once a module."""
    path = tmp_path_factory.mktemp("plain") / "plain.sqlite"
    shutil.copyfile(large_regime, path)
    with MineStore.open(path) as store:
        added = store.add(_pages(SEED_FILES[4:]))
        assert added.counted and store._ahead is None
        plain = store.evidence()
    return _dump(path), plain


@pytest.mark.parametrize("jobs", ["0", "2"])
def test_an_update_that_ranks_next_gives_the_same_evidence(
        big_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: str,
        added_then_ranked) -> None:
    """`add(..., ranking=True)` (what `tifa mine MONTH --store` does) computes the new
    sample's own evidence while the closing window is counted, and the n-grams' shape test
    on both cores: the evidence is the one `add` and then `evidence` give."""
    import tifa.glossary.mine_gather as mine_gather

    monkeypatch.setenv("TIFA_JOBS", jobs)
    plain_dump, plain = added_then_ranked
    shutil.copyfile(big_store, tmp_path / "ahead.sqlite")
    calls = tmp_path / "calls"  # a line per call, from whichever process makes it
    real = mine_gather.sample_side

    def counted_side(sample: list[str]):
        with calls.open("a") as fh:
            fh.write(f"{len(sample)}\n")
        return real(sample)

    monkeypatch.setattr(mine_gather, "sample_side", counted_side)
    import tifa.glossary.mine_store as mine_store

    monkeypatch.setattr(mine_store, "sample_side", counted_side)
    with MineStore.open(tmp_path / "ahead.sqlite") as store:
        assert store.add(_pages(SEED_FILES[4:]), ranking=True).counted
        assert store._ahead is not None
        spans, known = store._ahead[3][1], store._ahead[4]  # the spans' shapes came along
        assert spans and set(spans) == set(known)
        ahead = store.evidence()
    # computed once, during the update, and used by the ranking
    assert len(calls.read_text().splitlines()) == 1
    assert ahead == plain  # the same evidence: `rank` of it is the same table
    assert plain_dump == _dump(tmp_path / "ahead.sqlite")  # the same archive, cache included


def test_shapes_tested_ahead_are_the_shape_tests_and_travel_whole(seed_segments) -> None:
    """`shapes` (the spans' shape test, made by the update's worker) gives for each string
    `acceptable`, the laxer test where the sample marks it, and the head word, packed and
    unpacked without loss; a string holding a NUL is left to be tested where it is needed."""
    from tifa.glossary.mine_gather import sample_side, shapes, unpack_shapes
    from tifa.glossary.mine_words import acceptable, head_word

    structure, spans, _ = sample_side([s.text for s in seed_segments])
    strings = [*spans, *structure, "一带一路", "建设中国—中亚命运共同体", "的", "合作\0机制"]
    known = unpack_shapes(shapes(strings, structure))
    assert "合作\0机制" not in known and len(known) == len(set(strings)) - 1
    codes = set()
    for s, code in known.items():
        marked = s in structure and acceptable(s, True)
        expected = acceptable(s) | marked << 1
        expected |= 4 if expected and head_word(s) else 0
        assert code == expected, s
        codes.add(code)
    assert {0, 1, 3, 5, 7} <= codes  # every kind met on the seeds
    assert unpack_shapes(shapes([], structure)) == {}


def test_the_titles_come_whole_from_one_string_or_row_by_row(two_months: Path) -> None:
    """The store reads its titles joined by SQLite into one string; where that string would
    be longer than SQLite allows, row by row: the same titles either way."""
    with MineStore.open(two_months) as store:
        stored = [t for (t,) in store.db.execute("SELECT title FROM articles")]
        assert len(stored) > 10 and all("\n" not in t for t in stored)
        joined = store._titles()
        assert joined == sorted(stored)
        store.db.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, 100)  # shorter than the titles joined
        assert store._titles() == joined


def test_candidates_in_titles_are_found_batch_by_batch(monkeypatch: pytest.MonkeyPatch,
                                                      seed_segments, seed_evidence) -> None:
    """`_in_titles` searches the titles in growing batches, leaving out what it found: the
    same set as searching every title for every candidate."""
    import tifa.glossary.mine_gather as mine_gather

    titles = {mine_gather.fold(s.article) for s in seed_segments if s.article}
    cands = seed_evidence.zh + ["不在标题里的词", "丝绸之路经济带建设"]
    plain = {s for s in cands if any(s in t for t in titles)}
    assert 20 < len(plain) < len(cands) // 2
    for first in (1, 3, 1000):
        monkeypatch.setattr(mine_gather, "TITLES_FIRST", first)
        assert mine_gather._in_titles(cands, titles) == plain
    assert mine_gather._in_titles(cands, set()) == set()
    assert mine_gather._in_titles([], titles) == set()


def test_the_best_candidates_are_the_first_of_the_full_sort() -> None:
    """`_best` sorts only what can be among the first k (ties at the k-th value included):
    the same list as sorting the whole pool."""
    import random

    from tifa.glossary.mine_gather import _best

    rng = random.Random(15)
    for _ in range(300):
        pool = {f"候选{i}" for i in range(rng.randint(0, 200))}
        order = {s: rng.choice([0.0, -0.0, 1.0, 2.5, rng.random()]) for s in pool}
        k = rng.randint(1, 250)
        assert _best(pool, order, k) == sorted(pool, key=lambda s: (-order[s], s))[:k]


def test_the_kept_evidence_is_written_when_the_store_closes_not_on_an_error(
        two_months: Path, tmp_path: Path, seed_table: str) -> None:
    """The evidence kept for the next ranking is serialised beside the caller's ranking and
    written when the store closes; leaving by an error stops the worker and writes nothing."""
    path = tmp_path / "archive.sqlite"
    shutil.copyfile(two_months, path)
    db = sqlite3.connect(path)
    db.execute("DROP TABLE IF EXISTS evidence")  # kept by an earlier test
    db.commit()
    db.close()
    before = _dump(path)
    with pytest.raises(KeyboardInterrupt), MineStore.open(path) as store:
        store.evidence()
        assert store._pending is not None
        raise KeyboardInterrupt
    assert _dump(path) == before
    with MineStore.open(path) as store:
        ev = store.evidence()
        table = _table(ev)  # ranked while the evidence is being serialised
    assert _dump(path) != before
    db = sqlite3.connect(path)
    assert db.execute("SELECT count(*) FROM evidence").fetchone()[0] == 1
    db.close()
    with MineStore.open(path) as store:
        again = store.evidence()
        assert store._pending is None  # read back, not computed
    assert again == ev and table == seed_table  # the same evidence ranks to the same table




def _without_evidence(path: Path) -> list[str]:
    """The dump less the evidence cache, sorted (a title set's order is per process)."""
    return sorted(line for line in _dump(path) if "evidence" not in line)


_COMMITTING = (  # the committing thread runs `act` once its deferred writes are made
    "import os, signal, sys, threading\n"
    "from tifa.glossary import mine_store\n"
    "real = mine_store.MineStore._commit\n"
    "def commit(self, cache_kib):\n"
    "    assert threading.current_thread().name == 'tifa-store-commit'\n"
    "    for write in self._deferred:\n"
    "        write()\n"
    "    self._deferred = []\n"
    "    {act}\n"
    "    real(self, cache_kib)\n"
    "mine_store.MineStore._commit = commit\n"
    "from tifa.cli.app import main\n"
    "sys.argv = ['tifa', 'mine', {page!r}, '--store', {path!r}]\n"
    "main()\n"
)


def test_an_update_killed_while_it_commits_leaves_the_previous_store(
        big_store: Path) -> None:
    """`tifa mine MONTH --store` writes the month's counts and commits in a thread while it
    ranks: killed there (SIGKILL, the last writes made, no COMMIT yet), the store is the
    previous one, and works."""
    before = _dump(big_store)
    code = _COMMITTING.format(act="os.kill(os.getpid(), signal.SIGKILL)",
                              page=str(SEED_FILES[4].relative_to(REPO)), path=str(big_store))
    run = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                         text=True, timeout=300, env={**os.environ, "NO_COLOR": "1"})
    assert run.returncode == -9, run.stderr
    assert _dump(big_store) == before
    with MineStore.open(big_store) as store:
        assert store.summary().documents == 4 and store.evidence().zh


def test_an_update_stopped_while_it_commits_is_stored_whole(big_store: Path,
                                                            updated_alone: Path) -> None:
    """SIGTERM while the update commits in its thread: the command stops (exit 143, one line)
    once the commit is over, with the update stored whole, as an update that was left alone
    stores it (the evidence kept for the next ranking aside: it is not written)."""
    alone = updated_alone
    page = str(SEED_FILES[4].relative_to(REPO))
    code = _COMMITTING.format(act="os.kill(os.getpid(), signal.SIGTERM)", page=page,
                              path=str(big_store))
    run = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                         text=True, timeout=300, env={**os.environ, "NO_COLOR": "1"})
    assert run.returncode == 143, run.stderr
    assert "Traceback" not in run.stderr and run.stderr.strip().endswith("SIGTERM")
    assert _without_evidence(big_store) == _without_evidence(alone)
    with MineStore.open(big_store) as store:
        assert store.summary().documents == 5


_ASTRAY = (  # SIGTERM handled inside a finalizer while the archive is ranked: Python prints
    # the handler's exception as ignored and the command runs on (as after a fork's hook)
    "import os, signal, sys\n"
    "from tifa.glossary import mine\n"
    "real = mine.rank\n"
    "class Astray:\n"
    "    def __del__(self):\n"
    "        os.kill(os.getpid(), signal.SIGTERM)\n"
    "        for _ in range(10000):\n"
    "            pass\n"
    "def rank(*args, **kwargs):\n"
    "    Astray()\n"
    "    return real(*args, **kwargs)\n"
    "mine.rank = rank\n"
    "from tifa.cli.app import main\n"
    "sys.argv = ['tifa', 'mine', {page!r}, '--store', {path!r}, '-o', {out!r}]\n"
    "main()\n"
)


def test_a_stop_that_went_astray_still_stops_before_anything_is_written(
        big_store: Path, updated_alone: Path, tmp_path: Path) -> None:
    """A signal whose exception Python swallowed (it ran inside a finalizer or an at-fork
    hook) still stops the command before its next write: exit 143 and one line, no traceback,
    no candidates file, no evidence cached; the update it had committed is stored whole."""
    alone = updated_alone
    page = str(SEED_FILES[4].relative_to(REPO))
    evidence_before = [line for line in _dump(big_store) if "evidence" in line]
    out = tmp_path / "candidates.tsv"
    code = _ASTRAY.format(page=page, path=str(big_store), out=str(out))
    run = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                         text=True, timeout=300, env={**os.environ, "NO_COLOR": "1"})
    assert run.returncode == 143, run.stderr
    assert "Traceback" not in run.stderr and "ignored" not in run.stderr, run.stderr
    assert run.stderr.strip().endswith("tifa: stopped by SIGTERM")
    assert not out.exists() and list(tmp_path.glob(".candidates*")) == []
    assert _without_evidence(big_store) == _without_evidence(alone)
    assert [line for line in _dump(big_store) if "evidence" in line] == evidence_before


def test_an_update_whose_commit_fails_leaves_the_previous_store(
        big_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A write of the committing thread fails (a full disk): the ranking is not handed out,
    the error is the store's one line, and the store is the previous one."""
    from tifa.glossary import mine_store
    from tifa.tm.base.files import TifaError

    real = mine_store.MineStore._close_window

    def close_then_fail(self, *args, **kwargs):
        real(self, *args, **kwargs)

        def full() -> None:
            raise sqlite3.OperationalError("database or disk is full")

        self._deferred.append(full)

    monkeypatch.setattr(mine_store.MineStore, "_close_window", close_then_fail)
    before = _dump(big_store)
    with pytest.raises(TifaError, match="disk is full"), MineStore.open(big_store) as store:
        assert store.add(_pages(SEED_FILES[4:]), ranking=True).counted
        assert store._committing is not None  # committing beside the ranking
        store.evidence()
    assert _dump(big_store) == before


def test_the_characters_of_many_segments_are_counted_as_of_each() -> None:
    """`_chars_many` (one pass over all code points) counts each key's chunk characters as
    `_chars` (the chunks found one key at a time) does: dashes only between CJK characters,
    the edges of the CJK blocks, separators and empty keys."""
    import random

    from tifa.glossary.mine_store import _chars, _chars_many

    keys = ["", "—", "中—", "—中", "中—国", "中——国", "中—国—家", "a中b", "中\x00国",
            "㐀䶿一鿿豈﫿", "\u4dc0中", "中—\n国", "x—中—国—", "中 — 国"]
    assert _chars_many(keys) == [_chars(k) for k in keys]
    rng = random.Random(15)
    alphabet = "中国—a 0\x00㐀\u4dc0豈-"
    for _ in range(500):
        keys = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
                for _ in range(rng.randint(0, 5))]
        assert _chars_many(keys) == [_chars(k) for k in keys], keys


def test_an_update_interrupted_while_it_reads_ahead_leaves_the_previous_store(
        big_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The stored counts are read in a thread while the month is segmented: Ctrl-C during
    the segmenting waits for that thread, rolls back, and leaves the previous store."""
    import tifa.tm.corpus.merge as merge
    from tifa.glossary import mine_store

    started: list[bool] = []
    real = mine_store.MineStore._read_levels_aside

    def reading(self) -> None:
        started.append(True)
        real(self)

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(mine_store.MineStore, "_read_levels_aside", reading)
    monkeypatch.setattr(merge, "segment_pages", interrupted)
    before = _dump(big_store)
    with pytest.raises(KeyboardInterrupt), MineStore.open(big_store) as store:
        store.add(_pages(SEED_FILES[4:]), ranking=True)
    assert started and _dump(big_store) == before
    monkeypatch.undo()
    with MineStore.open(big_store) as store:
        assert store.add(_pages(SEED_FILES[4:]), ranking=True).counted
        assert store.evidence().zh
