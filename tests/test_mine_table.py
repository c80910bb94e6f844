"""`tifa mine` at a terminal: the short table (widths counted as a terminal draws them), and
the TSV kept byte for byte wherever the output is not a terminal."""

from __future__ import annotations

import io
import os
import pty
import subprocess
import sys

import pytest
from tifa.glossary.mine import rank
from tifa.glossary.mine_model import load_model
from tifa.glossary.mine_table import REASONS, clip, middle, reasons, width, write_table
from tifa.glossary.store import load_glossary

from tests.conftest import REPO, SEED_FILES, run_tifa


def test_width_counts_wide_characters_twice():
    assert width("三股势力") == 8
    assert width("a三b") == 4
    assert width("（一）") == 6  # full-width brackets
    assert width("e\u0301") == 1  # a combining accent takes no column
    # a cut never splits a wide character over the limit, and pads to the exact width
    assert clip("三股势力", 5) == "三股…"
    assert clip("三股势力", 6) == "三股… " and width(clip("三股势力", 6)) == 6
    assert clip("三股", 6) == "三股  "
    assert middle("china-central-asia-summit", 16) == "china-cen…summit"
    assert middle("silk-road", 16) == "silk-road"


@pytest.fixture(scope="module")
def shown(seed_evidence):
    terms = load_glossary(env=False)
    model = load_model()
    found = rank(seed_evidence, model, terms, top=120)
    out = io.StringIO()
    write_table(found, out, model, terms, 100)
    return found, out.getvalue().splitlines()


def test_table_fits_100_columns_with_every_candidate(shown):
    found, lines = shown
    assert lines[0].split() == ["#", "candidate", "glossary", "entry", "freq", "docs", "why",
                                "context"]
    assert len(lines) == len(found) + 1
    assert max(map(width, lines)) <= 100
    assert max(map(width, lines)) >= 95  # the context takes the room that is left
    for n, (line, c) in enumerate(zip(lines[1:], found, strict=True), 1):
        assert line.split()[0] == str(n)
        cells = line.split()
        assert cells[1] == c.zh or cells[1].endswith("…")  # cut, never wrapped
        assert ("new" in cells) != c.in_glossary
        assert f" {c.freq} " in line and f" {c.docs} " in line


def test_table_names_the_entry_the_reasons_and_a_context(shown, seed_evidence):
    found, lines = shown
    row = {c.zh: line for c, line in zip(found, lines[1:], strict=True)}
    # a known term names its entry; a new one says so
    assert "three-forces" in row["三股势力"]
    new = next(c for c in found if not c.in_glossary)
    assert " new " in row[new.zh]
    # the quote marks of “三股势力” are among its strongest evidence, in words, and the row
    # shows the strongest first (as many as fit)
    three = next(c for c in found if c.zh == "三股势力")
    said = reasons(three.signals, load_model())
    assert "quoted" in said and f" {said[0]}, {said[1]}" in row["三股势力"]
    assert "“～”零容忍" in row["三股势力"]  # the context, the candidate written ～
    phrases = set(REASONS.values())
    for c in found:
        said = reasons(c.signals, load_model())
        assert set(said) <= phrases and len(said) <= 3
    # every row but a handful gives a reason (the model's strongest positive shares)
    assert sum(bool(reasons(c.signals, load_model())) for c in found) >= 0.9 * len(found)


PAGE = f"seeds/{SEED_FILES[3].name}"  # the shortest page: the command, not the miner


def test_a_terminal_gets_the_table_and_a_pipe_the_tsv(tmp_path, capsys, monkeypatch):
    """The real command line: under a pseudo-terminal the table, through a pipe (and with an
    explicit --format tsv, or -o) exactly the TSV it wrote before the table existed. The
    terminal and the pipe are real processes; the explicit format and -o run in this one
    (what they test is the choice of format, which reads no terminal there)."""
    from tifa.cli.app import _run

    main, tty = pty.openpty()
    env = {**os.environ, "COLUMNS": "100", "NO_COLOR": "1"}
    with subprocess.Popen([sys.executable, "-c", "from tifa.cli.app import main; main()",
                           "mine", PAGE, "--top", "20"], cwd=REPO, env=env, stdout=tty,
                          stderr=subprocess.DEVNULL) as proc:
        os.close(tty)
        chunks = []
        while True:
            try:
                data = os.read(main, 65536)
            except OSError:  # the terminal closed with the process
                break
            if not data:
                break
            chunks.append(data)
        proc.wait(timeout=300)
    os.close(main)
    seen = b"".join(chunks).decode("utf-8").replace("\r\n", "\n").splitlines()
    assert proc.returncode == 0
    assert seen[0].split()[:3] == ["#", "candidate", "glossary"] and len(seen) == 21
    assert max(map(width, seen)) <= 100 and "\t" not in "".join(seen)

    piped = run_tifa("mine", PAGE, "--top", "20")
    assert piped.returncode == 0
    monkeypatch.chdir(REPO)
    capsys.readouterr()
    assert _run(["mine", PAGE, "--top", "20", "--format", "tsv"]) == 0
    explicit = capsys.readouterr().out
    written = tmp_path / "c.tsv"
    assert _run(["mine", PAGE, "--top", "20", "-o", str(written)]) == 0
    assert piped.stdout == explicit == written.read_text(encoding="utf-8")
    assert piped.stdout.splitlines()[0].startswith("rank\tzh\tscore\tfreq\tdocs\tin_glossary\t")
    assert len(piped.stdout.splitlines()) == 21
    assert _run(["mine", PAGE, "--top", "20", "-f", "table", "-o", str(tmp_path / "t.txt")]) == 0
    assert (tmp_path / "t.txt").read_text(encoding="utf-8").splitlines()[0].split()[:2] == [
        "#", "candidate"]

