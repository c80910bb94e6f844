"""Shared fixtures: the real seed corpus, and running `tifa` as a user would."""

from __future__ import annotations

import atexit
import json
import locale
import os
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

import pytest

# pytest imports this file as `conftest`, the test modules as `tests.conftest` (REPO,
# run_tifa, …): one module for both names, so that its module-level work runs once and the
# session has one `tifa` fork server (each copy started its own, with its own imports and warm
# matcher; twenty-sixth round).
if __name__ != "tests.conftest":
    sys.modules.setdefault("tests.conftest", sys.modules[__name__])


def _pin_hypothesis_constants() -> None:
    """Make derandomized hypothesis tests generate the same examples in any order.

    Hypothesis (6.1xx) draws some integers and strings from the literals of the "local"
    modules loaded so far (`providers._get_local_constants`), so which of tifa's modules the
    tests before had imported changed the examples: the conservation tests generated other
    pages after test_align*/test_tmx than alone (docs/safety.md, "Sixteenth round"). The
    pool is kept empty; with another hypothesis this does nothing."""
    try:
        from hypothesis.internal.conjecture import providers
    except ImportError:
        return
    if hasattr(providers, "_get_local_constants") and hasattr(providers, "_local_constants"):
        providers._get_local_constants = lambda: providers._local_constants


_pin_hypothesis_constants()
# One BLAS thread for numpy, in the tests and every `tifa` they run (set before anything imports
# numpy, and so in START_ENV below). On this 2-core machine shared by several sessions, OpenBLAS's
# second thread spins waiting for a core: the mining model's fit (test_mine's trials, the mine
# store, the terminal table) and the score's bootstrap spent ~10x the CPU and wall time of one
# thread for the same figures (docs/ARCHITECTURE.md, "Eighteenth round"). A run that sets the
# variable itself keeps its own value.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))
OMEGAT_JAR = Path("/usr/share/omegat/OmegaT.jar")

# An OmegaT 3.6 project: zh-CN → en, sentence segmentation on, default folders.
PROJECT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat>
  <project version="1.0">
    <source_dir>__DEFAULT__</source_dir>
    <target_dir>__DEFAULT__</target_dir>
    <tm_dir>__DEFAULT__</tm_dir>
    <glossary_dir>__DEFAULT__</glossary_dir>
    <glossary_file>__DEFAULT__</glossary_file>
    <dictionary_dir>__DEFAULT__</dictionary_dir>
    <source_lang>zh-CN</source_lang>
    <target_lang>en</target_lang>
    <source_tok>org.omegat.tokenizer.LuceneSmartChineseTokenizer</source_tok>
    <target_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</target_tok>
    <sentence_seg>true</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
"""


# numba's compiled-code cache, fixed for the session before anything else: importing
# tifa.tm.base.compiled sets NUMBA_CACHE_DIR (the user's cache, ~/.cache/tifa/numba) in this
# process, so every `tifa` the tests run, whatever XDG_CACHE_HOME they give it, inherits it
# and reuses the code compiled once (a test module importing the scorer or the miner did the
# same at collection; now a single module run does too).
import tifa.tm.base.compiled  # noqa: E402, F401


def _share_bytecode() -> None:
    """Bytecode kept for every fresh Python the tests start (`tifa` run for real for its
    signals, pipes and exit codes, OmegaT's and translate-toolkit's converters, the wheel's
    build): where the environment forbids it (PYTHONDONTWRITEBYTECODE, as on the shared test
    machine) each of those Pythons compiled tifa's modules again, ~0.2–0.3 s of CPU a process
    (docs/ARCHITECTURE.md, "Twenty-sixth round"). The first process that imports a module now
    writes its bytecode where Python keeps it (`__pycache__` beside the source, ignored by
    git; or the run's own PYTHONPYCACHEPREFIX) and the others read it. Python checks cached
    bytecode against its source's time and size, so every process still runs the code on
    disk. (A session directory as PYTHONPYCACHEPREFIX was tried: Python then ignores the
    libraries' own bytecode too, and the first fresh Python compiled numpy's and numba's
    ~8 s.) The test process itself is unchanged (the variable is read at start)."""
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)


_share_bytecode()

# The environment the test session started with: the `tifa` fork server (tests/cli_server.py)
# imports tifa's modules under it once (numba among them, with the NUMBA_CACHE_DIR above); a
# run whose environment differs from it only in what tifa reads when it runs (not at import)
# is forked from that server, any other in a fresh Python. TIFA_TEST_FRESH=1 runs every one in
# a fresh Python. (numba's variables are read at import: a run given other ones is a fresh
# Python.)
START_ENV = {**os.environ, "NO_COLOR": "1"}
RUNTIME_ENV = ("TIFA_", "XDG_CACHE_HOME", "SOURCE_DATE_EPOCH", "PYTEST_CURRENT_TEST")
_SERVER: list = []  # [(server process, socket path, its directory)] once started, [None] if not


def _cli_server() -> tuple | None:
    """The fork server of this test session, started on first use."""
    if not _SERVER:
        _SERVER.append(None)
        if os.environ.get("TIFA_TEST_FRESH") or not hasattr(os, "fork"):
            return None
        home = tempfile.mkdtemp(prefix="tifa-cli-")
        sock = os.path.join(home, "socket")
        script = Path(__file__).with_name("cli_server.py")
        proc = subprocess.Popen(
            [sys.executable, "-c", f"import runpy; runpy.run_path({str(script)!r}, "
             "run_name='__main__')", sock], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            cwd=REPO, env=START_ENV)
        if proc.stdout.readline() != b"ready\n":
            proc.kill()
            raise RuntimeError("the tifa fork server (tests/cli_server.py) did not start")
        _SERVER[0] = (proc, sock, home)

        def stop() -> None:
            proc.stdin.close()
            proc.wait(timeout=30)
            shutil.rmtree(home, ignore_errors=True)
        atexit.register(stop)
    return _SERVER[0]


def _forkable(env: dict) -> bool:
    """Whether a run with `env` may be forked from the server: the same environment but for
    the variables tifa reads only when it runs."""
    return all(START_ENV.get(k) == env.get(k) for k in {*START_ENV, *env}
               if not k.startswith(RUNTIME_ENV))


def run_tifa(*args: str, cwd: Path | None = None, input: str | None = None,
             env: dict | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    """Run the real `tifa` command line in a process of its own and capture its output."""
    full_env = {**os.environ, "NO_COLOR": "1", **(env or {})}
    command = [sys.executable, "-c", "from tifa.cli.app import main; main()", *args]
    server = _cli_server() if _forkable(full_env) else None
    if server is None:
        return subprocess.run(command, cwd=cwd or REPO, input=input, env=full_env,
                              capture_output=True, text=True, timeout=timeout)
    _, sock, home = server
    encoding = locale.getencoding()
    with tempfile.TemporaryDirectory(dir=home) as io:
        streams = {name: os.path.join(io, name) for name in ("stdin", "stdout", "stderr")}
        for name, text in (("stdin", input or ""), ("stdout", ""), ("stderr", "")):
            Path(streams[name]).write_bytes(text.encode(encoding))
        if input is None:
            streams["stdin"] = os.devnull
        request = {"args": list(args), "cwd": str(cwd or REPO), "env": full_env,
                   "timeout": timeout, **streams}
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
            conn.connect(sock)
            conn.sendall(json.dumps(request).encode() + b"\n")
            with conn.makefile("rb") as fh:
                reply = json.loads(fh.readline() or b'{"lost": true}')
        out, err = (Path(streams[name]).read_bytes().decode(encoding).replace("\r\n", "\n")
                    .replace("\r", "\n") for name in ("stdout", "stderr"))
    if reply.get("timeout"):
        raise subprocess.TimeoutExpired(command, timeout, out, err)
    if "returncode" not in reply:
        raise RuntimeError("the tifa fork server (tests/cli_server.py) lost a run")
    return subprocess.CompletedProcess(command, reply["returncode"], out, err)


def require_program(name: str) -> str:
    """Path of an external program (OmegaT, Chromium); skip locally, fail in CI if missing."""
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is not installed; .ci/run must install it")
        pytest.skip(f"{name} is not installed")
    return path


def omegat_jar() -> Path:
    """OmegaT's jar (the real CAT tool, and the TMX DTD / TBX XSD it carries); skip locally,
    fail in CI if missing."""
    if not OMEGAT_JAR.exists():
        if os.environ.get("CI"):
            pytest.fail("OmegaT is not installed; .ci/run must install it")
        pytest.skip("OmegaT is not installed")
    return OMEGAT_JAR


def omegat_command() -> list[str]:
    """The command line that runs OmegaT headless, up to the project argument."""
    java = require_program("java")
    return [java, "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-jar", str(omegat_jar())]


def make_omegat_project(root: Path, sources: dict[str, list[str]],
                        target_lang: str = "en") -> Path:
    """An OmegaT project in `root` whose source/ files hold the paragraphs, blank-line separated;
    its target language is `target_lang`."""
    for sub in ("source", "target", "tm/auto", "glossary", "dictionary", "omegat"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    (root / "omegat.project").write_text(
        PROJECT.replace("<target_lang>en<", f"<target_lang>{target_lang}<"), encoding="utf-8")
    for name, paragraphs in sources.items():
        (root / "source" / name).write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return root


@pytest.fixture
def seeds() -> Path:
    return SEEDS


@pytest.fixture
def tifa():
    return run_tifa


def png_colours(data: bytes) -> set[bytes]:
    """The distinct RGB colours of an 8-bit RGB/RGBA PNG (no Pillow needed)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width, height, bpp = 8, b"", 0, 0, 3
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", chunk[:10])
            assert depth == 8 and colour in (2, 6)
            bpp = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * bpp
    prev = bytearray(stride)
    colours: set[bytes] = set()
    for row in range(height):
        start = row * (stride + 1)
        ftype, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        if ftype == 2:
            line = bytearray((x + y) & 255 for x, y in zip(line, prev, strict=True))
        elif ftype:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b, c = prev[i], prev[i - bpp] if i >= bpp else 0
                if ftype == 1:
                    line[i] = (line[i] + a) & 255
                elif ftype == 3:
                    line[i] = (line[i] + (a + b) // 2) & 255
                else:
                    p = a + b - c
                    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                    line[i] = (line[i] + (a if pa <= pb and pa <= pc else
                                          b if pb <= pc else c)) & 255
        colours.update(bytes(line[i:i + 3]) for i in range(0, stride, bpp))
        prev = line
    return colours


@pytest.fixture(scope="session")
def seed_segments():
    """The seed pages merged once for the whole session (`tifa segment`'s segments)."""
    from tifa.tm.corpus.merge import build_segments

    return build_segments([str(p) for p in SEED_FILES]).segments


@pytest.fixture(scope="session")
def seed_evidence(seed_segments):
    """Every mining candidate of the seeds with its signals, gathered once per session: the
    costly part of `tifa mine` (counting, scanning, dictionary); tests rank it as they need."""
    from tifa.glossary.mine import gather

    return gather(seed_segments)


def screenshot(page: Path, tmp_path: Path, size: str) -> Path:
    """A headless Chromium screenshot of a local HTML page (the real browser a reviser uses)."""
    chromium = require_program("chromium")
    shot = tmp_path / "shot.png"
    subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={shot}",
         f"--window-size={size}", page.as_uri()],
        capture_output=True, timeout=120, check=False)
    assert shot.exists(), "chromium wrote no screenshot"
    return shot


@pytest.fixture(scope="module")
def terms():
    """The shipped glossary (no TIFA_GLOSSARY layered over it), loaded once per test module."""
    from tifa.glossary.store import load_glossary

    return load_glossary(env=False)


def cpu_of(f, *args, runs: int = 3):
    """`f(*args)` and the least CPU time of `runs` calls: the measure of the linear-time
    tests, whose bounds sit well below the quadratic cost they guard against. The least is
    the quiet cost; one cold call beside another worker (the suite runs one a core) ran to
    2-3 times it."""
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        result = f(*args)
        best = min(best, time.process_time() - start)
    return result, best
