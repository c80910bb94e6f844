"""Never lose a character, never touch an input: the twenty-first round (docs/safety.md).

Each test here failed on main before this round: Excel's `sep=` first line made a good CSV
draft "no source column" and a term list an entry named "sep="; Word's soft hyphens, a zero-width
character inside a term and accents written as combining marks (NFD) hid terms or raised false
alarms; a refused draft left the opening of a JSON or CSV report on standard output; and a
killed run's temporary file stayed beside its output for good.
"""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import unicodedata
from functools import cache
from pathlib import Path

import pytest

from tests.test_bad_input import tifa, work  # noqa: F401

SHY, ZWSP, ZWJ = "\u00ad", "\u200b", "\u200d"


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


# Correct translations (this round's own English) as Word, a web page or a Mac leave them:
# soft hyphens, zero-width characters inside a term (either side), accents as combining marks,
# curly quotes. Each must lint clean.
CORRECT = [
    ("我们坚决反对三股势力。",
     f"We firmly oppose the three forces of terrorism, sepa{SHY}ratism and extremism."),
    ("中方愿同中亚国家守望相助。",
     f"China stands ready for mutual assis{SHY}tance with the Central Asian countries."),
    ("中方敦促美方恪守中美三个联合公报。",
     nfd("China urges the US side to abide by the three China-US joint communiqués.")),
    ("中方敦促美方恪守中美三个联合公报。",
     "China urges the US side to abide by the three China-US joint communiqués."),
    (f"各国应遵守和平共处{ZWSP}五项原则。",
     "All countries should observe the Five Principles of Peaceful Coexistence."),
    (f"全球发展{ZWJ}倡议惠及各国人民。",
     f"The Global Develop{ZWJ}ment Initiative benefits the people of all countries."),
    ("双方同意深化互利共赢的合作。",
     "The two sides agreed to deepen cooperation for mutual benefit and win-win results."),
    ("双方同意深化互利共赢的合作。",
     f"The two sides agreed to deepen co{SHY}operation for mutual benefit and win-win results."),
]
# Their slipped twins: the same habits, and a real slip each, which lint must still report.
SLIPPED = [
    ("我们坚决反对三股势力。",
     f"We firmly oppose the three forces of terror{SHY}ism and sepa{SHY}ratism.", "term-missing"),
    (f"中方愿同中亚国家守望{ZWSP}相助。",
     "China is ready to help the Central Asian countries.", "term-missing"),
    ("中方敦促美方恪守中美三个联合公报。",
     nfd("China urges the US side to abide by the three China-US communiqués."), "term-missing"),
    (f"各国应遵守和平共处{ZWJ}五项原则。",
     "All countries should observe the principles of living together in peace.", "term-missing"),
    (f"推动构建人类命运{SHY}共同体。",
     "We will build a community of common destiny for mankind.", "term-deprecated"),
    ("双方同意深化互利共赢的合作。",
     "The two sides agreed to deepen cooperation for mutual benefit and win-win results.", ""),
    ("双方同意深化互利共赢的合作。",
     f"The two sides agreed to deepen co{SHY}operation.", "segment-inconsistent"),
]


def _tsv(rows) -> str:
    return "zh\ten\n" + "".join(f"{zh}\t{en}\n" for zh, en, *_ in rows)


@cache
def _linted(name: str, text: str) -> dict[int, list[str]]:
    """Codes found per line of a TSV draft (one lint run per set)."""
    from tifa.glossary.store import load_glossary
    from tifa.tm.lint import iter_findings
    from tifa.tm.lint.config import LintConfig
    from tifa.tm.lint.readers import read_units

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_text(text, encoding="utf-8")
        terms = load_glossary([])
        found: dict[int, list[str]] = {}
        for f in iter_findings(read_units(path, None, None, terms, {}), terms, None,
                               LintConfig(), {}):
            found.setdefault(int(f.location.rsplit(":", 1)[1]), []).append(f.code)
        return found


def test_word_and_mac_habits_raise_no_alarm_and_hide_no_slip():
    """A soft hyphen in a list's item ("sepa\\u00adratism") made term-missing say the list
    leaves it out; two targets differing by a soft hyphen, or by an accent written as a
    combining mark (NFD), were "translated differently" (segment-inconsistent,
    term-inconsistent); a zero-width character inside a Chinese term (三股\\u200b势力) hid
    the term from every check. Now invisible characters and composition are no difference,
    in both languages; each slipped twin is still reported."""
    clean = _linted("correct.tsv", _tsv(CORRECT))
    assert clean == {}, [(CORRECT[line - 2][1], codes) for line, codes in clean.items()]
    slipped = _linted("slipped.tsv", _tsv(SLIPPED))
    missed = [(zh, en, code) for line, (zh, en, code) in enumerate(SLIPPED, 2)
              if code and code not in slipped.get(line, [])]
    assert not missed, missed


def _excel_csv(rows, delimiter: str) -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return f"sep={delimiter}\r\n" + out.getvalue()


@pytest.mark.usefixtures("work")
def test_excels_sep_line_names_the_delimiter(capfd):
    """Excel writes (and reads) a first line `sep=;` naming the delimiter, so that a CSV opens
    in columns in any locale. lint refused such a draft (`no source column in the header
    (found: sep=, )`), and a term list took the line for an entry named "sep=" ("official but
    no 'en' rendering"). Now the line names the delimiter, in UTF-8 or Excel's UTF-16, with
    multi-line quoted cells, and every finding keeps its line."""
    draft = [("zh", "en", "note"),
             ("推动构建人类命运共同体。", "We will build a community of common destiny for "
              "mankind.", "checked;\nby the reviser"),
             ("双方同意深化合作，\n加强交流。", "The two sides agreed to deepen cooperation\n"
              "and strengthen exchanges.", ""),
             ("我们反对三股势力。", "We oppose terrorism.", "")]
    Path("semi.csv").write_bytes(("\ufeff" + _excel_csv(draft, ";")).encode("utf-16-le"))
    Path("comma.csv").write_text(_excel_csv(draft, ","), encoding="utf-8-sig")
    for name in ("semi.csv", "comma.csv"):
        code, out, err = tifa(capfd, "lint", name, "--json")
        assert code == 1, err
        assert [(f["location"], f["code"]) for f in json.loads(out)["findings"]] == [
            (f"{name}:3", "term-deprecated"), (f"{name}:8", "term-missing")], out
    terms = [("中文", "英文", "备注"), ("守望相助", "standing by each other", "a\nnote")]
    Path("terms.csv").write_bytes(("\ufeff" + _excel_csv(terms, ";")).encode("utf-16-le"))
    code, out, err = tifa(capfd, "glossary", "lookup", "守望相助", "-g", "terms.csv")
    assert code == 0 and "standing by each other" in out and "(terms.csv:3)" in out, out + err
    Path("bad.csv").write_text("sep=,\nzh,en\n守望相助,\"never closed\n", encoding="utf-8")
    code, out, err = tifa(capfd, "glossary", "validate", "bad.csv")
    assert code == 2 and (out + err).startswith("bad.csv:3: "), out + err


@pytest.mark.usefixtures("work")
def test_a_refused_draft_leaves_standard_output_empty(capfd):
    """`tifa lint draft.csv --json | jq …` got `{"version": "0.2.0", "findings": [` and then
    the error: the report was begun before the reader looked at the file. Now the first unit
    is read first, so a refused draft writes nothing (to a file, `atomic_write` already
    dropped it)."""
    Path("wrong.csv").write_text("text,translation\n中国,China\n", encoding="utf-8")
    for fmt in ("json", "csv", "html"):
        code, out, err = tifa(capfd, "lint", "wrong.csv", "-f", fmt)
        assert (code, out) == (2, ""), (fmt, out)
        assert err.startswith("tifa: error: wrong.csv:1: no source column"), err


_HOLD = """
import sys, time
from tifa.tm.base.files import atomic_write
with atomic_write(sys.argv[1]) as fh:
    fh.write("half of it")
    fh.flush()
    print("ready", flush=True)
    time.sleep(60)
"""


def test_a_killed_runs_temporary_file_is_removed_by_the_next_write(tmp_path, capfd):
    """SIGKILL (the OOM killer, `kill -9`, a CI timeout) leaves no time to clean up: a new mine
    store's `.archive.sqlite.1f2e3d4c.tmp` and its `-journal`, or a `tm merge`'s half-written
    TMX, stayed hidden beside the output for good. Each temporary file is now locked by its
    writer while open; the next write of the same output removes those whose writer is dead
    (the lock free) and that are over a minute old, and never one a live writer holds."""
    from tifa.tm.base.files import atomic_write

    out = tmp_path / "out.txt"
    killed = subprocess.Popen([sys.executable, "-c", _HOLD, str(out)], stdout=subprocess.PIPE,
                              text=True)
    assert killed.stdout.readline().strip() == "ready"
    killed.send_signal(signal.SIGKILL)
    killed.wait()
    [dead] = [p for p in tmp_path.iterdir() if p.name.startswith(".out.txt.")]
    alive = subprocess.Popen([sys.executable, "-c", _HOLD, str(out)], stdout=subprocess.PIPE,
                             text=True)
    try:
        assert alive.stdout.readline().strip() == "ready"
        [held] = [p for p in tmp_path.iterdir() if p.name.startswith(".out.txt.") and
                  p != dead]
        journal = tmp_path / f"{dead.name}-journal"  # SQLite's, beside a store's
        journal.write_text("x")
        fresh = tmp_path / ".out.txt.0123abcd.tmp"  # dead too, but made a moment ago
        fresh.write_text("x")
        old = time.time() - 120
        for path in (dead, held, journal):
            os.utime(path, (old, old))
        with atomic_write(out) as fh:
            fh.write("whole")
        assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
            ["out.txt", held.name, fresh.name])
        assert out.read_text() == "whole"
    finally:
        alive.kill()
        alive.wait()


# Paragraphs of this round's own, saved as GBK: the first two begin with characters whose GBK
# bytes are valid UTF-8 as well (要 is D2 AA, 雪夜 D1 A9 D2 B9).
GBK_PAGES = ["要蹚过这条河，先得摸清水有多深。\n村里的老人说，去年夏天涨过一回大水。\n",
             "雪夜\n\n那年腊月，父亲冒着大雪赶回了家。\n",
             "双方同意深化在农业和水利领域的务实合作。\n"]
# An English draft saved as "ANSI" on Chinese Windows (GBK): curly quotes, a dash, an accent.
GBK_ENGLISH = ("The two sides agreed to deepen practical cooperation in agriculture \u2014 "
               "the \u201cgreen\u201d kind \u2014 and the minister\u2019s r\u00e9sum\u00e9 was "
               "read out.\n")


def test_gbk_files_are_read_and_short_big5_is_named():
    """Saved as GBK (Chinese Windows' "ANSI"), 7 of the test data's 336 Chinese files were
    refused as `mixed encodings` (their first characters are valid UTF-8 too), and 71 of its
    86 English and other files with a curly quote or a dash as `Big5 (traditional Chinese)`
    or `unknown encoding` (GB18030 read them right, but no Chinese was taken for no text).
    A short Big5 line could pass for GBK and be read as nonsense (要蹚過這條河 as 璶馎筁硂兵猠).
    Now the GBK files are read, the Big5 line is named, and a file of two encodings still is."""
    from tifa.tm.base.files import TifaError, decode

    for text in [*GBK_PAGES, GBK_ENGLISH]:
        assert decode(text.encode("gbk")) == text
    with pytest.raises(TifaError, match=r"Big5 \(traditional Chinese\).*'要蹚過這條河'"):
        decode("要蹚過這條河\n".encode("cp950"))
    with pytest.raises(TifaError, match="mixed encodings"):
        decode(GBK_PAGES[2].encode("utf-8") + GBK_PAGES[0].encode("gbk"))
