"""What a real process must get right: signals mid-run, a closed pipe, --version, completion.

SIGTERM (what `timeout`, schedulers and CI send) and SIGHUP stop tifa like Ctrl-C: workers
killed, temporary files removed, one line on stderr, exit 128 + the signal number. Each test
waits for a sign that the command is really mid-run (workers forked, a temporary output open,
the corpus read) before it sends the signal.
"""

from __future__ import annotations

import itertools
import os
import shlex
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import REPO, SEED_FILES, SEEDS

LINT = REPO / "tests" / "data" / "lint"


CACHE: dict[str, str] = {}  # one cache for the module: the lexicon is built once, not per test


@pytest.fixture(scope="module", autouse=True)
def _shared_cache(tmp_path_factory) -> None:
    CACHE["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache"))


def start(args: list[str], cwd: Path, env: dict | None = None,
          hangup=signal.SIG_DFL) -> tuple[subprocess.Popen, Path]:
    """`tifa ARGS` in the background, stderr to a file the test can watch; SIGHUP as from a
    terminal (a suite run under nohup would otherwise hand tifa an ignored SIGHUP)."""
    err = cwd / "stderr.txt"
    proc = subprocess.Popen(
        [sys.executable, "-c", "from tifa.cli.app import main; main()", *args],
        cwd=cwd, stdout=subprocess.DEVNULL, stderr=err.open("wb"),
        env={**os.environ, "NO_COLOR": "1", **CACHE, **(env or {})},
        preexec_fn=lambda: signal.signal(signal.SIGHUP, hangup))
    return proc, err


def wait_for(condition, proc: subprocess.Popen, what: str, timeout: float = 240,
             pause: bool = False) -> None:
    """Wait until `condition()`; with `pause`, SIGSTOP tifa at once, so that a signal sent
    next is handled mid-run even when the rest of the run is short (SIGCONT it after)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if proc.poll() is not None:
            pytest.fail(f"tifa ended (exit {proc.returncode}) before {what}")
        if time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"no sign of {what} after {timeout} s")
        time.sleep(0.01)
    if pause:
        proc.send_signal(signal.SIGSTOP)


def children(pid: int) -> set[int]:
    """Every descendant of `pid` (Linux /proc)."""
    found: set[int] = set()
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except FileNotFoundError:
        return found
    for task in tasks:
        try:
            text = Path(f"/proc/{pid}/task/{task}/children").read_text()
        except OSError:
            continue
        for child in map(int, text.split()):
            found |= {child} | children(child)
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")  # a zombie has finished: nothing of it runs


def temp_files(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob(".*.tmp"))


def stopped_cleanly(proc: subprocess.Popen, err: Path, workers: set[int], root: Path,
                    signum: int = signal.SIGTERM) -> None:
    assert proc.wait(timeout=120) == 128 + signum
    lines = err.read_text(encoding="utf-8").strip().splitlines()
    assert lines[-1] == f"tifa: stopped by {signal.Signals(signum).name}", lines
    assert not any("Traceback" in line for line in lines)
    deadline = time.monotonic() + 10
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not [pid for pid in workers if alive(pid)], "a worker outlived tifa"
    assert temp_files(root) == []


@pytest.fixture(scope="module")
def big_tmx(tmp_path_factory) -> Path:
    """100,000 units (about 33 MB) made from the planted speech: seconds of work to stop."""
    from tifa.tm.base.tmx import TranslationUnit, read_tmx, write_tmx

    units = list(read_tmx(LINT / "planted" / "speech.tmx"))
    path = tmp_path_factory.mktemp("big") / "big.tmx"
    write_tmx(path, (TranslationUnit(f"u{i}", units[i % len(units)].source,
                                     units[i % len(units)].target,
                                     props={"document": f"d{i // 50}"})
                     for i in range(100_000)))
    return path


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """One page and its en/ folder: the walk notes the English file once the corpus is read."""
    root = tmp_path_factory.mktemp("corpus")
    (root / "en").mkdir()
    (root / "page.txt").write_bytes(SEED_FILES[0].read_bytes())
    (root / "en" / "keynote.en.txt").write_bytes(
        (SEEDS / "en" / "xian-keynote-2023.en.txt").read_bytes())
    return root


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_lint_stops_its_workers_and_leaves_no_temp_file(tmp_path, big_tmx, signum):
    proc, err = start(["lint", str(big_tmx), "-f", "json", "-o", "report.json"], tmp_path,
                      {"TIFA_JOBS": "2"})
    wait_for(lambda: len(children(proc.pid)) >= 2 and temp_files(tmp_path), proc,
             "two lint workers and a temporary report")
    workers = children(proc.pid)
    proc.send_signal(signum)
    stopped_cleanly(proc, err, workers, tmp_path, signum)
    assert not (tmp_path / "report.json").exists()


@pytest.fixture(scope="module")
def mid_tmx(big_tmx, tmp_path_factory) -> Path:
    """The first 5,000 units of `big_tmx`: long enough to be caught running (tifa is paused
    as soon as it is: the hangup comes mid-run however fast the rest would go), short enough
    to be run to its end (20,000 before: 4 s more of CPU for the same proof)."""
    from tifa.tm.base.tmx import read_tmx, write_tmx

    path = tmp_path_factory.mktemp("mid") / "mid.tmx"
    write_tmx(path, itertools.islice(read_tmx(big_tmx), 5_000))
    return path


def test_an_ignored_hangup_stays_ignored(tmp_path, mid_tmx):
    """Started under nohup (SIGHUP ignored), tifa keeps ignoring it and finishes the job.
    (Sent while tifa is stopped: an ignored signal is discarded, a caught one would be handled
    at SIGCONT and stop the run.)"""
    proc, err = start(["lint", str(mid_tmx), "-f", "json", "-o", "report.json"], tmp_path,
                      {"TIFA_JOBS": "2"}, hangup=signal.SIG_IGN)
    wait_for(lambda: len(children(proc.pid)) >= 2 and temp_files(tmp_path), proc,
             "two lint workers and a temporary report", pause=True)
    proc.send_signal(signal.SIGHUP)
    proc.send_signal(signal.SIGCONT)
    assert proc.wait(timeout=240) == 1  # findings: the run went to its end
    assert "stopped" not in err.read_text(encoding="utf-8")
    assert (tmp_path / "report.json").stat().st_size > 0 and temp_files(tmp_path) == []


def test_workers_die_with_a_killed_parent(tmp_path, big_tmx):
    proc, _ = start(["lint", str(big_tmx), "-o", "report.txt"], tmp_path, {"TIFA_JOBS": "2"})
    wait_for(lambda: len(children(proc.pid)) >= 2, proc, "two lint workers")
    workers = children(proc.pid)
    proc.kill()  # SIGKILL: no handler runs; the workers must notice by themselves
    proc.wait(timeout=60)
    deadline = time.monotonic() + 10
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not [pid for pid in workers if alive(pid)], "a worker outlived its killed parent"


def test_tm_merge_leaves_no_temp_file(tmp_path, big_tmx):
    proc, err = start(["tm", "merge", str(big_tmx), str(big_tmx), "-o", "merged.tmx"], tmp_path)
    wait_for(lambda: temp_files(tmp_path), proc, "a temporary merged TMX")
    proc.terminate()
    stopped_cleanly(proc, err, set(), tmp_path)
    assert not (tmp_path / "merged.tmx").exists()


def test_build_leaves_no_temp_file(tmp_path, corpus):
    out = tmp_path / "out"
    proc, err = start(["build", str(corpus), "-o", str(out)], tmp_path)
    # paused at once: the rest of the build on one page may take less than a signal's trip
    wait_for(lambda: (out / "segments.jsonl").exists(), proc, "the first build step",
             pause=True)
    workers = children(proc.pid)
    proc.terminate()
    proc.send_signal(signal.SIGCONT)
    stopped_cleanly(proc, err, workers, tmp_path)


def test_mine_leaves_no_temp_file(tmp_path, corpus):
    proc, err = start(["mine", str(corpus), "-o", "candidates.tsv"], tmp_path)
    # the notes come once the corpus is read: the mining itself (about a second) is under way
    wait_for(lambda: err.exists() and "tifa: note:" in err.read_text(encoding="utf-8"), proc,
             "the corpus read", pause=True)
    proc.terminate()
    proc.send_signal(signal.SIGCONT)
    stopped_cleanly(proc, err, children(proc.pid), tmp_path)
    assert not (tmp_path / "candidates.tsv").exists()


def test_a_closed_pipe_exits_0_quietly(tmp_path):
    tifa = f"{sys.executable} -c 'from tifa.cli.app import main; main()'"
    for command in (f"mine {SEED_FILES[0]}", "glossary export -F csv -o -"):
        shell = f"{tifa} {command} | head -1 > /dev/null; echo ${{PIPESTATUS[0]}}"
        done = subprocess.run(["bash", "-c", shell], capture_output=True, text=True, cwd=tmp_path,
                              env={**os.environ, **CACHE},
                              timeout=300)
        assert done.stdout.strip() == "0", (command, done.stderr)
        assert "Error" not in done.stderr and "Traceback" not in done.stderr, done.stderr


def test_version_and_completion():
    from importlib.metadata import version

    run = [sys.executable, "-c", "from tifa.cli.app import main; main()"]
    done = subprocess.run([*run, "--version"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout == f"tifa {version('tifa-terms')}\n"
    # typer finds the shell by walking up to the parent process: make it bash, whatever runs
    # the tests (a CI runner, a detached job) — "bash" as an argument is not read
    script = subprocess.run(["bash", "-c", f"{shlex.join(run)} --show-completion; exit $?"],
                            capture_output=True, text=True, timeout=60)
    assert script.returncode == 0 and "_TIFA_COMPLETE" in script.stdout, script.stderr
    # what the installed script asks: the commands that complete "seg"
    asked = subprocess.run(run, capture_output=True, text=True, timeout=60, env={
        **os.environ, "_TIFA_COMPLETE": "complete_bash", "COMP_WORDS": "tifa seg",
        "COMP_CWORD": "1"})
    assert asked.returncode == 0 and asked.stdout.split() == ["segment"]


def test_a_stop_as_the_temporary_file_is_made_leaves_nothing(tmp_path, monkeypatch):
    """A SIGTERM that lands right after the temporary file is created, before `atomic_write`
    could note it (seen once under load: a `.merged.tmx.*.tmp` left behind): the name is noted
    before the file is made, so the stop's clean-up removes it."""
    from tifa.tm.base import files

    class Stopped(BaseException):
        pass

    def handler(signum, frame):
        raise Stopped

    made = os.open

    def open_then_stop(path, *args, **kwargs):
        fd = made(path, *args, **kwargs)
        if str(path).endswith(".tmp"):
            os.kill(os.getpid(), signal.SIGTERM)  # handled at the next bytecode
        return fd

    monkeypatch.setattr(files.os, "open", open_then_stop)
    previous = signal.signal(signal.SIGTERM, handler)
    try:
        with pytest.raises(Stopped), files.atomic_write(tmp_path / "merged.tmx") as fh:
            fh.write("<tmx/>")
    finally:
        signal.signal(signal.SIGTERM, previous)
    files.remove_temp_files()  # what the command line does on its way out
    assert list(tmp_path.iterdir()) == []
