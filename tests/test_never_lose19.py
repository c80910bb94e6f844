"""Never lose a character, never touch an input: the nineteenth round (docs/safety.md).

Each test here but the last two failed on main before this round: an output written through
a folder linked into the corpus was allowed (and read as a page next time), a file that
shrank while read was read cut, a zero-width space or a bidirectional override in a glossary
term was accepted (a term no text matches), `tm build` turned a translator's non-breaking
space into a plain one (OmegaT then inserted that), Chinese printed to an ASCII standard
output gave a line that did not say why, a full standard output named no file, an
undecodable file name was shown as `\\udcb9`, and `tifa --help | head` ended with exit 1.
What held: translate-toolkit's round trip of `tm build`'s TMX, and two `glossary add` of
different entries at once.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, run_tifa
from tests.test_bad_input import GLOSSARY, refused, tifa, work  # noqa: F401

TIFA = [sys.executable, "-c", "from tifa.cli.app import main; main()"]


def _shell(command: str, cwd: Path, **env: str) -> subprocess.CompletedProcess:
    """`tifa …` inside a bash line (pipes and redirections), in `cwd`, with a private cache."""
    tifa_line = " ".join(f"'{part}'" for part in TIFA)
    return subprocess.run(["bash", "-c", command.replace("tifa", tifa_line, 1)], cwd=cwd,
                          capture_output=True, text=True, timeout=300,
                          env={**os.environ, "NO_COLOR": "1", **env})


@pytest.mark.usefixtures("work")
def test_an_output_through_a_folder_linked_into_the_corpus_is_refused(capfd):
    """`corpus/june -> ../month`: the corpus walk reads month/ (seventeenth round), so
    `segment corpus -o month/x.txt` (or `-o corpus/june/x.txt`, whose real path is month/x.txt)
    wrote a page the next run read; `build corpus -o month/out` put its outputs there too.
    Last round's leftover: `check_output` compared real paths only."""
    here = Path.cwd()
    (here / "month").mkdir()
    (here / "corpus" / "june").symlink_to("../month")
    for out in ("month/x.txt", "corpus/june/x.txt", "month/new/X.DOCX"):
        line = refused(capfd, here, "segment", "corpus", "-o", out,
                       words=(out, "input directory corpus", "corpus/june"))
        assert "linked folder" in line, line
    refused(capfd, here, "build", "corpus", "-o", "month/out",
            words=("month/out", "corpus/june"))
    # not a page, or in a hidden folder: not read next time, written
    (here / "month" / ".drafts").mkdir()
    for out in ("month/segments.jsonl", "month/.drafts/x.txt"):
        code, _, err = tifa(capfd, "segment", "corpus", "-o", out)
        assert code == 0 and (here / out).exists(), err


def _entry(zh: str, en: str) -> str:
    return GLOSSARY.replace("测试用的提法", zh).replace("standing by each other", en)


@pytest.mark.usefixtures("work")
def test_an_invisible_character_in_a_glossary_term_is_refused_with_its_place(capfd):
    """A zero-width space pasted with a term (守望\\u200b相助) or a right-to-left override
    (U+202E) was accepted by `validate`, used by `lookup` (a fuzzy 80 % match at best) and
    exported: no text ever matched the term, in tifa or OmegaT, and the override showed the
    words after it reversed. Each is now a problem at its place, in the quick reader's files
    (plain style) and in quoted escapes alike, and in a term list."""
    here = Path.cwd()
    cases = {"zw.yaml": _entry("守望\u200b相助的提法", "standing by each other"),
             "rlo.yaml": _entry("测试用的提法", "standing by \u202eeach other"),
             "esc.yaml": _entry('"守望\\u200b相助的提法"', "standing by each other"),
             "shy.yaml": _entry("测试用的提法", "stand\u00ading by each other")}
    found = {"zw.yaml": ("7:9", "U+200B (ZERO WIDTH SPACE)"),
             "rlo.yaml": ("8:9", "U+202E (RIGHT-TO-LEFT OVERRIDE)"),
             "esc.yaml": ("7:9", "U+200B (ZERO WIDTH SPACE)"),
             "shy.yaml": ("8:9", "U+00AD (SOFT HYPHEN)")}
    for name, text in cases.items():
        (here / name).write_text(text, encoding="utf-8")
        where, char = found[name]
        for args in (["glossary", "validate", name],
                     ["glossary", "lookup", "-g", name, "守望相助"]):
            code, _, err = tifa(capfd, *args)
            assert code == 2, err
            assert f"{name}:{where}: " in err and "invisible character " + char in err, err
    (here / "terms.csv").write_text("zh,en\n守望\u200b相助,mutual assistance\n", encoding="utf-8")
    code, _, err = tifa(capfd, "glossary", "validate", "terms.csv")
    assert code == 2 and "terms.csv:2:" in err and "U+200B" in err, err
    # the shipped glossary holds none of them
    code, out, err = tifa(capfd, "glossary", "validate")
    assert code == 0, err


# Four sentences each side, in my own words; the English holds the characters a TM target must
# carry to OmegaT as they are: non-breaking spaces, markup characters, quotes, a character
# outside the BMP, a backslash, a per cent sign and braces.
PAIR_ZH = ["中方愿同各方加强研发合作，规模达到1\u00a0000亿元。",
           "双方同意在“一带一路”框架下深化务实合作，推动<科技>创新。",
           "吉林省的𠮷野家项目顺利推进，各方表示欢迎。",
           "会议强调，要坚持第1号原则，维护共同利益。"]
PAIR_EN = ["China is ready to strengthen R&D cooperation with all parties, on a scale of "
           "100\u00a0billion yuan.",
           "The two sides agreed to deepen practical cooperation under the "
           "\u201cBelt and Road\u201d framework and promote <science and technology> innovation.",
           "The 𠮷野家 project in Jilin Province is progressing smoothly, and all parties "
           "welcomed it \\ 100% {0}.",
           "The meeting stressed the need to uphold principle No.\u00a01 and safeguard common "
           "interests."]


@pytest.mark.usefixtures("work")
def test_a_non_breaking_space_of_the_translation_reaches_the_tm_and_omegat(capfd):
    """`split_english` collapsed all white space (`" ".join(split())`), so `tm build` and
    `align` wrote "100 billion" for the translator's "100\\u00a0billion", and OmegaT, filling a
    project from the TMX, inserted the plain space. Hard wraps and double spaces still become
    one space; the other characters held on main: OmegaT fills every segment with the
    English exactly as written."""
    from tifa.tm.base.tmx import read_tmx

    from tests.test_omegat_fill import filled_from

    here = Path.cwd()
    (here / "zh.txt").write_text("\n\n".join(PAIR_ZH) + "\n", encoding="utf-8")
    wrapped = [PAIR_EN[0].replace("with all", "with\nall"), *PAIR_EN[1:]]  # a hard wrap
    (here / "en.txt").write_text("\n\n".join(wrapped) + "\n", encoding="utf-8")
    code, _, err = tifa(capfd, "tm", "build", "--zh", "zh.txt", "--en", "en.txt", "-o", "tm.tmx",
                        "--review", "review.tsv")
    assert code == 0, err
    assert [(u.source, u.target) for u in read_tmx(here / "tm.tmx")] == list(
        zip(PAIR_ZH, PAIR_EN, strict=True))
    code, out, err = tifa(capfd, "align", "--zh", "zh.txt", "--en", "en.txt")
    assert code == 0 and "100\u00a0billion" in out and "No.\u00a01" in out, err
    assert filled_from(here / "tm.tmx", PAIR_ZH) == ((4, 0), PAIR_EN)


def test_chinese_printed_to_an_ascii_standard_output_says_why_and_what_to_do(tmp_path):
    """PYTHONIOENCODING=ascii (or a legacy locale): `glossary lookup` ended with `cannot
    write '\\u4eba…': ordinal not in range(128)`, naming neither standard output nor the
    cause. (`segment`, `lint`, `export -o -` write UTF-8 whatever it says, as files do.)"""
    done = run_tifa("glossary", "lookup", "人类命运共同体", cwd=tmp_path,
                    env={"PYTHONIOENCODING": "ascii", "XDG_CACHE_HOME": str(tmp_path / "c")})
    lines = done.stderr.strip().splitlines()
    assert done.returncode == 2 and len(lines) == 1, done.stderr
    assert lines[0].startswith("tifa: error: standard output: cannot write '"), lines[0]
    assert "ascii" in lines[0] and "PYTHONIOENCODING=utf-8" in lines[0], lines[0]


def test_a_full_standard_output_is_named_and_a_closed_pipe_after_help_is_quiet(tmp_path):
    """`tifa … > /dev/full` said `tifa: error: No space left on device` (which file?), and
    `tm merge -o - > /dev/full` failed in the TMX writer's `__enter__`, which `with` never
    exits: atomic_write's handling never saw the error. `tifa --help | head -1` exited 1
    (rich's own broken-pipe handler) where every other output exits 0."""
    env = {"XDG_CACHE_HOME": str(tmp_path / "c")}
    tmx = REPO / "tests" / "data" / "lint" / "memory.tmx"
    for command in ("tifa glossary lookup 人类命运共同体", f"tifa tm merge {tmx} -o -",
                    f"tifa segment {REPO / 'seeds' / '000_ff653c6785898c9e.txt'}",
                    "tifa --version"):
        done = _shell(command + " > /dev/full", tmp_path, **env)
        assert done.returncode == 2, (command, done.stderr)
        assert done.stderr.strip().splitlines()[-1] == (
            "tifa: error: standard output: cannot write: No space left on device"), done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c"]
    for command in ("tifa --help", "tifa tm --help"):
        done = _shell(command + " | head -1 > /dev/null; exit ${PIPESTATUS[0]}", tmp_path, **env)
        assert done.returncode == 0 and done.stderr == "", (command, done.stderr)


def test_an_undecodable_file_name_in_an_error_line_shows_its_bytes(tmp_path):
    """A name that is not UTF-8 (GBK bytes b'\\xb9\\xfa') was shown as `\\udcb9\\udcfa`
    (Python's surrogates, printed with backslashreplace): not what `ls -b` shows, and unlike
    the `\\xb9\\xfa` of the seventeenth round's message for such a name in an output."""
    done = subprocess.run([*TIFA, "segment", os.fsdecode(b"missing\xb9\xfa.txt")], cwd=tmp_path,
                          capture_output=True, timeout=300,
                          env={**os.environ, "XDG_CACHE_HOME": str(tmp_path / "c")})
    assert done.returncode == 2
    assert done.stderr.decode("utf-8") == (
        "tifa: error: missing\\xb9\\xfa.txt: no such file or directory\n")


@pytest.mark.usefixtures("work")
def test_translate_toolkit_round_trip_of_tm_build_keeps_every_unit(capfd):
    """Held: `tm build`'s TMX read by translate-toolkit into a PO, written back as TMX by its
    `po2tmx`, merged with the first: every unit a duplicate of one of the first's."""
    from translate.storage import po, tmx

    here = Path.cwd()
    (here / "zh.txt").write_text("\n\n".join(PAIR_ZH) + "\n", encoding="utf-8")
    (here / "en.txt").write_text("\n\n".join(PAIR_EN) + "\n", encoding="utf-8")
    code, _, err = tifa(capfd, "tm", "build", "--zh", "zh.txt", "--en", "en.txt", "-o", "tm.tmx",
                        "--review", "review.tsv")
    assert code == 0, err
    store = po.pofile()
    for unit in tmx.tmxfile.parsefile(str(here / "tm.tmx")).units:
        store.addsourceunit(unit.source).target = unit.target
    (here / "tm.po").write_bytes(bytes(store))
    done = subprocess.run([sys.executable, "-m", "translate.convert.po2tmx", "-l", "en",
                           "--source-language", "zh_CN", "tm.po", "back.tmx"], cwd=here,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    code, out, err = tifa(capfd, "tm", "merge", "tm.tmx", "back.tmx", "-o", "m.tmx", "--json")
    assert code == 0, err
    assert '"units": 8' in out and '"duplicates": 4' in out and '"conflicts": []' in out, out


def test_two_glossary_adds_of_different_entries_at_once_keep_both(tmp_path):
    """Held: four `glossary add` of four entries started together on one glossary, two of
    them through a symbolic link (with --follow-symlinks): the lock serialises them, every
    entry is in the file."""
    (tmp_path / "my.yaml").write_text(GLOSSARY, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "link.yaml").symlink_to("../my.yaml")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "c"), "TIFA_GLOSSARY": ""}
    procs = [subprocess.Popen([*TIFA, "glossary", "add", "--zh", f"第{n}项测试提法",
                               "--en", f"test formulation {n}", "--category", "principle",
                               "--domain", "diplomatic", "-f",
                               "my.yaml" if n % 2 else "sub/link.yaml", "--follow-symlinks"],
                              cwd=tmp_path, env=env, stderr=subprocess.PIPE, text=True)
             for n in range(4)]
    for proc in procs:
        assert proc.wait(timeout=300) == 0, proc.stderr.read()
        proc.stderr.close()
    text = (tmp_path / "my.yaml").read_text(encoding="utf-8")
    assert all(f"第{n}项测试提法" in text for n in range(4)), text
    assert (tmp_path / "sub" / "link.yaml").is_symlink()


@pytest.mark.usefixtures("work")
def test_an_output_spelled_as_a_folder_is_refused_not_written_as_a_file(capfd):
    """`segment corpus -o out/` (a folder meant, or a slip): click turned it into
    `Path("out")`, and tifa wrote, or replaced, a file named `out`. `build -o out/` names a
    folder and is still taken."""
    here = Path.cwd()
    (here / "out").write_text("last week's segments\n", encoding="utf-8")
    for args in (["segment", "corpus", "-o", "out/"], ["segment", "corpus", "-o", "new/"],
                 ["glossary", "export", "-F", "tsv", "-o", "out/"],
                 ["tm", "build", "--zh", "news.zh.txt", "--en", "news.en.txt", "-o", "t.tmx",
                  "--review", "out/"]):
        refused(capfd, here, *args, words=(f"{args[-1]}: ends with a slash", "names a folder"))
