"""Bad input, by command: every case is one line `tifa: error: …`, exit 2, no traceback, no file
left behind and every input byte-identical afterwards.

The cases run `tifa` in this process (the CLI's own `_run`, without its signal handlers): most
are refused before any work starts, so a subprocess per case would cost more than the check.
What needs a real process (signals, pipes, completion) is in test_signals.py.
"""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest

from tests.conftest import REPO, SEED_FILES

LINT = REPO / "tests" / "data" / "lint"
GLOSSARY = ("glossary:\n  name: mine\n  source_lang: zh-CN\n  target_lang: en\nentries:\n"
            "  - id: my-term\n    zh: 测试用的提法\n    en: standing by each other\n"
            "    category: principle\n    domain: diplomatic\n    status: official\n")


@pytest.fixture
def work(tmp_path, monkeypatch) -> Path:
    """A private folder with one input of each kind, and a private cache."""
    (tmp_path / "corpus").mkdir()
    shutil.copy(SEED_FILES[0], tmp_path / "corpus" / "page.txt")
    for name in ("news.zh.txt", "news.en.txt", "speech.tmx", "speech.xlf"):
        shutil.copy(LINT / "planted" / name, tmp_path / name)
    shutil.copy(LINT / "memory.tmx", tmp_path / "memory.tmx")
    (tmp_path / "my.yaml").write_text(GLOSSARY, encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path.parent / f"{tmp_path.name}-cache"))
    monkeypatch.setenv("TIFA_GLOSSARY", "")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def snapshot(root: Path) -> dict[str, object]:
    """Every entry under `root`: file bytes, link targets, FIFOs and directories."""
    found: dict[str, object] = {}
    for path in sorted(root.rglob("*")):
        info = path.lstat()
        key = str(path.relative_to(root))
        if stat.S_ISLNK(info.st_mode):
            found[key] = ("link", os.readlink(path))
        elif stat.S_ISFIFO(info.st_mode):
            found[key] = "fifo"
        elif stat.S_ISDIR(info.st_mode):
            found[key] = "dir"
        else:
            found[key] = path.read_bytes()
    return found


def tifa(capfd, *args: str) -> tuple[int, str, str]:
    from tifa.cli.app import _run

    code = _run([str(a) for a in args])
    out, err = capfd.readouterr()
    return code, out, err


def refused(capfd, root: Path, *args, words: tuple[str, ...] = ()) -> str:
    """Run, and demand: exit 2, one `tifa: error:` line, no traceback, nothing changed."""
    before = snapshot(root)
    code, _, err = tifa(capfd, *args)
    lines = err.strip().splitlines()
    assert code == 2, err
    assert len(lines) == 1 and lines[0].startswith("tifa: error: "), err
    assert "Traceback" not in err
    for word in words:
        assert word in lines[0], lines[0]
    assert snapshot(root) == before, "an input changed or a file was left behind"
    return lines[0]


# Each writer: its arguments with OUT for the output, and the inputs -o must never replace.
WRITERS = {
    "segment": (["segment", "corpus/page.txt", "-o", "OUT"], ["corpus/page.txt"]),
    "mine": (["mine", "corpus/page.txt", "-g", "my.yaml", "-o", "OUT"],
             ["corpus/page.txt", "my.yaml"]),
    "mine --store": (["mine", "corpus/page.txt", "--store", "OUT"], ["corpus/page.txt"]),
    "mine --learn": (["mine", "corpus/page.txt", "-g", "my.yaml", "--learn", "OUT"],
                     ["corpus/page.txt", "my.yaml"]),
    "align": (["align", "--zh", "news.zh.txt", "--en", "news.en.txt", "-g", "my.yaml", "-o",
               "OUT"], ["news.zh.txt", "news.en.txt", "my.yaml"]),
    "tm build": (["tm", "build", "--zh", "news.zh.txt", "--en", "news.en.txt", "-g", "my.yaml",
                  "-o", "OUT", "--review", "review.tsv"],
                 ["news.zh.txt", "news.en.txt", "my.yaml"]),
    "tm build --review": (["tm", "build", "--zh", "news.zh.txt", "--en", "news.en.txt",
                           "-o", "tm.tmx", "--review", "OUT"], ["news.zh.txt", "news.en.txt"]),
    "tm merge": (["tm", "merge", "speech.tmx", "memory.tmx", "-o", "OUT"],
                 ["speech.tmx", "memory.tmx"]),
    "glossary export": (["glossary", "export", "-F", "csv", "-g", "my.yaml", "-o", "OUT"],
                        ["my.yaml"]),
    "lint": (["lint", "speech.xlf", "--tm", "memory.tmx", "-g", "my.yaml", "-o", "OUT"],
             ["speech.xlf", "memory.tmx", "my.yaml"]),
    "lint --en": (["lint", "news.zh.txt", "--en", "news.en.txt", "-o", "OUT"],
                  ["news.zh.txt", "news.en.txt"]),
    "lint --src": (["lint", "--src", "news.zh.txt", "news.en.txt", "-o", "OUT"],
                   ["news.zh.txt", "news.en.txt"]),
}


def _with(args: list[str], out: str) -> list[str]:
    return [out if a == "OUT" else a for a in args]


@pytest.mark.parametrize("command", WRITERS)
def test_an_output_never_replaces_an_input(work, capfd, command):
    args, inputs = WRITERS[command]
    for name in inputs:
        refused(capfd, work, *_with(args, name), words=(name, "input"))
    # the same file under another name: a hard link to the first input
    os.link(inputs[0], "same-file")
    refused(capfd, work, *_with(args, "same-file"), words=("same-file", inputs[0]))
    # the shipped glossary is an input of every command that loads a glossary
    shipped = sorted((REPO / "glossary" / "data").glob("*.yaml"))[0]
    if command not in ("segment", "tm merge", "lint --en", "lint --src", "tm build --review",
                       "mine --store"):
        refused(capfd, work, *_with(args, str(shipped)), words=(shipped.name,))


@pytest.mark.parametrize("command", WRITERS)
def test_links_fifos_directories_and_unwritable_places_are_refused(work, capfd, command):
    args, _ = WRITERS[command]
    (work / "elsewhere.txt").write_text("keep me\n", encoding="utf-8")
    os.symlink("elsewhere.txt", "link")
    os.mkfifo("fifo")
    (work / "adir").mkdir()
    refused(capfd, work, *_with(args, "link"), words=("link", "symbolic link",
                                                       "--follow-symlinks"))
    refused(capfd, work, *_with(args, "fifo"), words=("fifo", "not a regular file"))
    refused(capfd, work, *_with(args, "adir"), words=("adir", "directory"))
    refused(capfd, work, *_with(args, "elsewhere.txt/x"), words=("elsewhere.txt/x",
                                                                 "cannot write"))
    refused(capfd, work, *_with(args, "/proc/tifa-test/out"), words=("/proc/tifa-test/out",))


def test_lint_never_replaces_its_settings_file(work, capfd):
    (work / "tifa.yaml").write_text("fail_on: warning\n", encoding="utf-8")
    refused(capfd, work, "lint", "speech.xlf", "-o", "tifa.yaml", words=("tifa.yaml", "input"))


def test_dev_null_is_written_into_not_replaced(work, capfd):
    code, out, err = tifa(capfd, "segment", "corpus/page.txt", "-o", os.devnull)
    assert code == 0 and out == "", err
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_follow_symlinks_writes_through_the_link(work, capfd):
    (work / "real.jsonl").write_text("old\n", encoding="utf-8")
    os.symlink("real.jsonl", "link.jsonl")
    code, _, err = tifa(capfd, "segment", "corpus/page.txt", "-o", "link.jsonl",
                        "--follow-symlinks")
    assert code == 0, err
    assert os.readlink("link.jsonl") == "real.jsonl"
    assert (work / "real.jsonl").read_text(encoding="utf-8").startswith('{"id": "s-')
    # ... but never through a link onto an input
    os.symlink("corpus/page.txt", "page-link")
    refused(capfd, work, "segment", "corpus/page.txt", "-o", "page-link", "--follow-symlinks",
            words=("page-link", "input"))


def test_glossary_add_edits_a_linked_glossary_only_when_asked(work, capfd):
    os.symlink("my.yaml", "linked.yaml")
    add = ["glossary", "add", "--file", "linked.yaml", "--zh", "某某测试机制", "--en",
           "test mechanism", "--category", "mechanism"]
    refused(capfd, work, *add, words=("linked.yaml", "--follow-symlinks"))
    code, _, err = tifa(capfd, *add, "--follow-symlinks")
    assert code == 0, err
    assert os.path.islink("linked.yaml") and "某某测试机制" in (work / "my.yaml").read_text("utf-8")


def test_build_never_writes_into_its_corpus(work, capfd):
    refused(capfd, work, "build", "corpus", "-o", "corpus", words=("input directory",))
    refused(capfd, work, "build", "corpus", "-o", "corpus/out", words=("corpus/out",))
    refused(capfd, work, "build", "corpus", "-o", ".", words=("holds the input",))
    refused(capfd, work, "build", "corpus", "-o", "-", words=("directory",))


def test_outputs_go_to_standard_output_with_dash(work, capfd):
    code, out, err = tifa(capfd, "glossary", "export", "-F", "csv", "-g", "my.yaml", "-o", "-")
    assert code == 0 and out.startswith("\ufeffid,") and "standing by each other" in out
    assert err.startswith("wrote ") and "standard output" in err  # status: stderr only
    assert not (work / "-").exists()
    code, out, err = tifa(capfd, "tm", "merge", "speech.tmx", "memory.tmx", "-o", "-")
    assert code == 0 and out.startswith("<?xml") and out.rstrip().endswith("</tmx>")
    assert "wrote" in err and not (work / "-").exists()
    refused(capfd, work, "tm", "build", "--zh", "news.zh.txt", "--en", "news.en.txt", "-o", "-",
            words=("--review",))


# ------------------------------------------------------------- bad contents, reader by reader

BINARY = b"\x00\x01\x02binary\xff\xfe" * 200
LATIN1 = "Déjà vu, señor: café crème brûlée. ".encode("latin-1") * 40
TRUNCATED = "我们要继续在共建“一带一路”合作方面走在前列。\n".encode() * 20 + "合作".encode()[:-1]

TEXT_CASES = {
    "empty": (b"", "empty"),
    "binary": (BINARY, "binary"),
    "wrong encoding": (LATIN1, "encoding"),
    "truncated": (TRUNCATED, "truncated"),
}
TEXT_READERS = {
    "segment": ["segment", "BAD", "-o", "out.jsonl"],
    "mine": ["mine", "BAD", "-o", "out.tsv"],
    "mine --store": ["mine", "BAD", "--store", "archive.sqlite"],
    "align --zh": ["align", "--zh", "BAD", "--en", "news.en.txt", "-o", "out.tsv"],
    "align --en": ["align", "--zh", "news.zh.txt", "--en", "BAD", "-o", "out.tsv"],
    "tm build": ["tm", "build", "--zh", "BAD", "--en", "news.en.txt", "-o", "out.tmx"],
    "lint --en": ["lint", "news.zh.txt", "--en", "BAD", "-o", "out.txt"],
    "build": ["build", "bad", "-o", "out"],
}


@pytest.mark.parametrize("case", TEXT_CASES)
@pytest.mark.parametrize("command", TEXT_READERS)
def test_bad_text_is_one_line(work, capfd, command, case):
    data, word = TEXT_CASES[case]
    if command == "build":
        (work / "bad").mkdir()
        bad = work / "bad" / "page.txt"
    else:
        bad = work / "bad.txt"
    bad.write_bytes(data)
    args = [str(bad) if a == "BAD" else a for a in TEXT_READERS[command]]
    refused(capfd, work, *args, words=(bad.name, word) if command != "build" else (word,))


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE tmx [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<tmx version="1.4"><header srclang="zh-CN"/><body><tu><tuv xml:lang="zh-CN"><seg>&lol3;</seg>
</tuv></tu></body></tmx>
"""
XXE = """<?xml version="1.0"?>
<!DOCTYPE tmx [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<tmx version="1.4"><header srclang="zh-CN"/><body><tu><tuv xml:lang="zh-CN"><seg>守望相助</seg>
</tuv><tuv xml:lang="en"><seg>&secret;</seg></tuv></tu></body></tmx>
"""
EXTERNAL_DTD = """<?xml version="1.0"?>
<!DOCTYPE tmx SYSTEM "file:///nonexistent/tifa-test.dtd">
<tmx version="1.4"><header srclang="zh-CN"/><body>
<tu tuid="1"><tuv xml:lang="zh-CN"><seg>守望相助</seg></tuv>
<tuv xml:lang="en"><seg>&mutual; assistance</seg></tuv></tu></body></tmx>
"""
XML_CASES = {
    "empty": (b"", ""),
    "binary": (BINARY, ""),
    "truncated": (EXTERNAL_DTD.replace("&mutual;", "mutual").encode()[:-40], ""),
    "billion laughs": (BILLION_LAUGHS.encode(), "entities"),
    "external entity": (XXE.encode(), "entities"),
    "entity of an external DTD": (EXTERNAL_DTD.encode(), "&mutual;"),
}
TMX_READERS = {
    "tm merge": ["tm", "merge", "memory.tmx", "BAD", "-o", "out.tmx"],
    "tm stats": ["tm", "stats", "BAD"],
    "tm lookup": ["tm", "lookup", "守望相助", "--tm", "BAD"],
    "lint": ["lint", "BAD", "-o", "out.txt"],
    "lint --tm": ["lint", "speech.xlf", "--tm", "BAD", "-o", "out.txt"],
}


@pytest.mark.parametrize("case", XML_CASES)
@pytest.mark.parametrize("command", TMX_READERS)
def test_bad_tmx_is_one_line(work, capfd, command, case):
    data, word = XML_CASES[case]
    (work / "bad.tmx").write_bytes(data)
    args = ["bad.tmx" if a == "BAD" else a for a in TMX_READERS[command]]
    line = refused(capfd, work, *args, words=("bad.tmx", word))
    if case == "entity of an external DTD":
        assert "bad.tmx:5:" in line  # the line of the entity


@pytest.mark.parametrize("case", ["billion laughs", "external entity",
                                  "entity of an external DTD", "truncated"])
def test_bad_xliff_is_one_line(work, capfd, case):
    text = (work / "speech.xlf").read_text(encoding="utf-8")
    head, _, rest = text.partition("<xliff")
    doctype = {
        "billion laughs": '<!DOCTYPE xliff [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>',
        "external entity": '<!DOCTYPE xliff [<!ENTITY s SYSTEM "file:///etc/passwd">]>',
        "entity of an external DTD": '<!DOCTYPE xliff SYSTEM "file:///nonexistent/x.dtd">',
        "truncated": "",
    }[case]
    body = "<xliff" + rest
    if case == "entity of an external DTD":
        body = body.replace("</target>", " &undefined;</target>", 1)
    data = (head + doctype + "\n" + body).encode()
    if case == "truncated":
        data = data[: len(data) // 2]
    (work / "bad.xlf").write_bytes(data)
    word = {"billion laughs": "entities", "external entity": "entities",
            "entity of an external DTD": "&undefined;", "truncated": "XML"}[case]
    refused(capfd, work, "lint", "bad.xlf", "-o", "out.txt", words=("bad.xlf", word))


def test_a_huge_line_in_a_draft_is_refused(work, capfd):
    (work / "huge.tsv").write_text("source\ttarget\n" + "守望相助" * 40_000 + "\tx\n",
                                   encoding="utf-8")
    refused(capfd, work, "lint", "huge.tsv", "-o", "out.txt", words=("huge.tsv",))


@pytest.mark.parametrize("case", ["binary", "wrong encoding", "truncated"])
def test_a_bad_glossary_is_one_line(work, capfd, case):
    data = {"binary": BINARY, "wrong encoding": LATIN1,
            "truncated": GLOSSARY.encode()[:-7] + "守".encode()[:2]}[case]
    (work / "bad.yaml").write_bytes(data)
    refused(capfd, work, "glossary", "export", "-F", "csv", "-g", "bad.yaml", "-o", "g.csv",
            words=("bad.yaml",))


def test_an_unwritable_cache_only_costs_speed(tmp_path):
    from tests.conftest import run_tifa

    done = run_tifa("glossary", "lookup", "守望相助", env={"XDG_CACHE_HOME": "/proc/tifa-cache"})
    assert done.returncode == 0 and "mutual assistance" in done.stdout.lower(), done.stderr
    assert done.stderr == ""


def test_a_bilingual_file_is_not_read_as_plain_text(work, capfd):
    """An XLIFF or TMX given where plain text goes (the English of a pair, or the Chinese)
    would be linted as its markup: refused, naming the file."""
    for args in (["news.zh.txt", "speech.xlf"], ["--src", "news.zh.txt", "speech.tmx"],
                 ["speech.xlf", "--en", "news.en.txt"]):
        bilingual = next(a for a in args if a.startswith("speech"))
        refused(capfd, work, "lint", *args, words=(bilingual, "bilingual"))
