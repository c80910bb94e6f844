"""Never lose a character, never touch an input: the eighteenth round (docs/safety.md).

Each test here failed on main before this round but two: an endless input (a pipe,
/dev/zero) was read until memory ran out, a file growing while read was read as far as it
had got, an XML file declaring a legacy encoding over UTF-8 bytes was read as mojibake and
merged on, a control character escaped in a glossary was dropped by the TBX and TMX exports,
`glossary add` on a hard-linked glossary left the other name behind, a UTF-32 text was called
binary, a raw control character in a glossary was placed at 1:1, `mine -o F --learn F` wrote
both outputs to one file, the OmegaT TSV turned a non-breaking space into a plain one, and
an output written into the corpus through a bind mount of it was allowed.
What held: a stop at any moment of `mine --store`, and translate-toolkit's reading of the
exports of entries that hold each format's special characters.
"""

from __future__ import annotations

import codecs
import os
import signal
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import omegat_jar
from tests.test_bad_input import GLOSSARY, refused, tifa, work  # noqa: F401

CHINESE_LINE = "中亚国家领导人出席会议并发表讲话，各方愿共同推动构建人类命运共同体。\n"


def _feed(fifo: Path, total: int) -> threading.Thread:
    """A writer that puts `total` bytes of Chinese text into `fifo`, or stops when the reader
    has gone (what an endless stream looks like to tifa, without being endless for main)."""
    line = CHINESE_LINE.encode("utf-8")

    def write() -> None:
        try:
            with open(fifo, "wb") as fh:
                for _ in range(total // len(line)):
                    fh.write(line)
        except BrokenPipeError:
            pass

    thread = threading.Thread(target=write, daemon=True)
    thread.start()
    return thread


@pytest.mark.usefixtures("work")
def test_an_endless_input_is_refused_not_read_until_memory_runs_out(capfd, monkeypatch):
    """`segment /dev/zero` (or a pipe that never ends) read until a MemoryError traceback, or
    until the OOM killer came: `read_text` read to the end. A stream is now read up to
    `MAX_STREAM_BYTES`; here 1 MB, and a pipe of 4 MB stands for the endless one."""
    from tifa.tm.base import files

    monkeypatch.setattr(files, "MAX_STREAM_BYTES", 1 << 20, raising=False)
    here = Path.cwd()
    os.mkfifo(here / "stream.txt")
    writer = _feed(here / "stream.txt", 4 << 20)
    refused(capfd, here, "segment", "stream.txt", "-o", "out.jsonl",
            words=("stream.txt", "pipe or device", "not finished"))
    writer.join(30)
    assert not writer.is_alive()


@pytest.mark.usefixtures("work")
@pytest.mark.parametrize(("change", "said"), [(-100, "grew while tifa read it"),
                                              (100, "shrank while tifa read it")])
def test_a_file_that_changes_size_while_read_is_refused(capfd, monkeypatch, change, said):
    """A page another program is still writing (a log, a download) was read to whatever end
    it had reached, perhaps in the middle of a line: the file said it was shorter when opened
    than what could be read. A page saved by truncating it first, then writing (`cat >
    page.txt`, many editors' "save"), read at the wrong moment gave fewer bytes than the file
    had when opened (the nineteenth round). Both are refused. (The change is simulated by an
    `fstat` that reports the size the file had a moment before.)"""
    from tifa.tm.base import files

    real_fstat = os.fstat

    def earlier(fd):
        info = real_fstat(fd)
        if info.st_size < 1000:
            return info
        return os.stat_result((*info[:6], info.st_size + change, *info[7:]))

    monkeypatch.setattr(files.os, "fstat", earlier)
    here = Path.cwd()
    refused(capfd, here, "segment", "corpus/page.txt", "-o", "out.jsonl",
            words=("corpus/page.txt", said))


@pytest.mark.usefixtures("work")
@pytest.mark.parametrize("declared", ["ISO-8859-1", "windows-1252", "GBK"])
def test_xml_that_declares_a_legacy_encoding_over_utf8_is_refused(capfd, declared):
    """A TMX or XLIFF saved as UTF-8 whose declaration says ISO-8859-1 (a hand-written
    header, a tool's default) was parsed as the declaration says: 携手 became 'æºæ' in
    `tm stats`, `lint` and `tm merge`'s new TMX, exit 0. A file that really is in the
    declared encoding is still read."""
    here = Path.cwd()
    for name in ("speech.tmx", "speech.xlf"):
        data = (here / name).read_bytes()
        assert data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>')
        (here / name).write_bytes(data.replace(b'encoding="UTF-8"', f'encoding="{declared}"'
                                              .encode(), 1))
    for args in (["tm", "merge", "speech.tmx", "memory.tmx", "-o", "merged.tmx"],
                 ["tm", "stats", "speech.tmx"], ["lint", "speech.xlf", "-o", "report.txt"],
                 ["lint", "speech.tmx", "-o", "report.txt"]):
        line = refused(capfd, here, *args, words=(f'declares encoding="{declared}"', "UTF-8"))
        assert line.startswith(f"tifa: error: {args[2 if args[0] == 'tm' else 1]}:"), line
    if declared == "GBK":  # the same file really in GBK is read as before
        (here / "speech.tmx").write_bytes((here / "speech.tmx").read_bytes()
                                          .decode("utf-8").encode("gbk"))
        code, out, err = tifa(capfd, "tm", "stats", "speech.tmx")
        assert code == 0, err


@pytest.mark.usefixtures("work")
def test_a_control_character_in_a_glossary_is_refused_not_dropped_on_export(capfd):
    """An escape in a quoted YAML value ("standing\\vby", Word's line break) or a control
    character in a term list's cell was accepted by `validate` and shown by `lookup`, and
    the TBX, TBX v2, OmegaT TBX and term TMX exports dropped it: OmegaT offered
    "standingby each other". It is now a problem with its place, like any other."""
    here = Path.cwd()
    (here / "vt.yaml").write_text(GLOSSARY.replace("en: standing by each other",
                                                   'en: "standing\\vby each other"'),
                                  encoding="utf-8")
    (here / "vt.tsv").write_text("zh\ten\n测试用的提法\tstanding\x01by each other\n",
                                 encoding="utf-8")
    for name, line in (("vt.yaml", 8), ("vt.tsv", 2)):
        for fmt in ("tbx", "tbx2", "tbx-omegat", "tmx", "tsv"):
            got = refused(capfd, here, "glossary", "export", "-F", fmt, "-g", name, "-o",
                          "out.tbx", words=("'en' holds the control character", "U+00"))
            assert got.startswith(f"tifa: error: {name}:{line}:"), got
    code, out, err = tifa(capfd, "glossary", "validate", "vt.yaml")
    assert code == 2 and "vt.yaml:8:9: 'en' holds the control character U+000B" in out + err


@pytest.mark.usefixtures("work")
def test_a_raw_control_character_in_a_glossary_is_placed(capfd):
    """libyaml refuses a raw control character with a byte offset, and tifa reported it at
    1:1 ("vt.yaml:1:1: broken YAML: unacceptable character #x000b … position 160")."""
    here = Path.cwd()
    (here / "raw.yaml").write_text(GLOSSARY.replace("standing by", "standing\x0bby"),
                                   encoding="utf-8")
    line = refused(capfd, here, "glossary", "lookup", "测试用的提法", "-g", "raw.yaml",
                   words=("control character U+000B",))
    assert line.startswith("tifa: error: raw.yaml:8:17: "), line


@pytest.mark.usefixtures("work")
def test_glossary_add_never_splits_a_hard_linked_glossary(capfd):
    """`glossary add` writes aside and renames onto the name it was given: with the team's
    glossary hard-linked into a project, the project's name got the entry and the team's file
    kept the old text, in silence (a symbolic link is refused for the same reason unless
    --follow-symlinks)."""
    here = Path.cwd()
    os.link(here / "my.yaml", here / "team.yaml")
    refused(capfd, here, "glossary", "add", "-g", "my.yaml", "--zh", "新的测试提法", "--en",
            "a new formulation", "--category", "principle",
            words=("my.yaml", "hard links", "keep the old glossary"))
    os.symlink("my.yaml", here / "shared.yaml")
    os.unlink(here / "team.yaml")
    code, _, err = tifa(capfd, "glossary", "add", "-g", "shared.yaml", "--follow-symlinks",
                        "--zh", "新的测试提法", "--en", "a new formulation", "--category",
                        "principle")
    assert code == 0, err
    assert "新的测试提法" in (here / "my.yaml").read_text(encoding="utf-8")


@pytest.mark.usefixtures("work")
@pytest.mark.parametrize("bom,codec", [(codecs.BOM_UTF32_LE, "utf-32-le"),
                                       (codecs.BOM_UTF32_BE, "utf-32-be")])
def test_a_utf32_text_with_its_bom_is_read_and_kept(capfd, bom, codec):
    """UTF-32 with a BOM (Notepad++ and iconv write it) was "binary file, not text": its
    little-endian BOM starts like UTF-16's, and the text came out with a NUL after every
    character. It is read like UTF-16, and `glossary add` writes the file back in it."""
    here = Path.cwd()
    text = (here / "news.zh.txt").read_text(encoding="utf-8")
    (here / "page32.txt").write_bytes(bom + text.encode(codec))
    code, out, err = tifa(capfd, "segment", "page32.txt", "-f", "txt")
    assert code == 0, err
    _, expected, _ = tifa(capfd, "segment", "news.zh.txt", "-f", "txt")
    assert out == expected and out.strip()
    (here / "g32.yaml").write_bytes(bom + GLOSSARY.encode(codec))
    code, _, err = tifa(capfd, "glossary", "add", "-g", "g32.yaml", "--zh", "新的测试提法",
                        "--en", "a new formulation", "--category", "principle")
    assert code == 0, err
    data = (here / "g32.yaml").read_bytes()
    assert data.startswith(bom + GLOSSARY.encode(codec))
    assert "新的测试提法" in data[len(bom):].decode(codec)


@pytest.mark.usefixtures("work")
def test_two_outputs_of_one_command_never_share_a_file(capfd):
    """`mine -o w.json --learn w.json` wrote the candidates and then the weights to one
    file, exit 0: the candidates were lost. The outputs a command checked before are now
    passed to the check of the next (as `tm build`'s --review already was, as an input)."""
    here = Path.cwd()
    refused(capfd, here, "mine", "corpus/page.txt", "-g", "my.yaml", "-o", "w.json",
            "--learn", "w.json", words=("w.json", "another output"))
    refused(capfd, here, "tm", "build", "--zh", "news.zh.txt", "--en", "news.en.txt", "-o",
            "tm.tmx", "--review", "./tm.tmx", words=("tm.tmx", "another output"))


def test_an_output_in_a_corpus_through_a_bind_mount_is_refused(tmp_path):
    """The corpus folder mounted a second time (`mount --bind`, as a container or an NFS
    export shows it): `segment corpus -o /mnt/corpus/x.txt` and `build corpus -o
    /mnt/corpus/out` compared real paths only, wrote into the corpus, and the next run read
    the outputs as pages. Folders are now compared by identity too (device and inode)."""
    import shutil
    import subprocess
    import sys

    from tests.conftest import SEED_FILES

    if shutil.which("unshare") is None or subprocess.run(
            ["unshare", "-m", "mount", "--bind", str(tmp_path), str(tmp_path)],
            capture_output=True).returncode != 0:
        pytest.skip("no private mount namespace here (unshare -m needs CAP_SYS_ADMIN)")
    (tmp_path / "corpus").mkdir()
    shutil.copy(SEED_FILES[0], tmp_path / "corpus" / "page.txt")
    (tmp_path / "mnt").mkdir()
    tifa_cmd = f"{sys.executable} -c 'from tifa.cli.app import main; main()'"
    script = (f"mount --bind {tmp_path} {tmp_path / 'mnt'} && "
              f"{tifa_cmd} segment corpus -o mnt/corpus/x.txt; echo $?; "
              f"{tifa_cmd} build corpus -o mnt/corpus/out; echo $?")
    proc = subprocess.run(["unshare", "-m", "sh", "-c", script], cwd=tmp_path,
                          capture_output=True, text=True, timeout=600,
                          env={**os.environ, "XDG_CACHE_HOME": str(tmp_path / ".cache")})
    assert proc.stdout.split() == ["2", "2"], proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert [line.split(":")[2].strip() for line in lines] == ["mnt/corpus/x.txt",
                                                              "mnt/corpus/out"], lines
    assert all("inside the input directory corpus" in line for line in lines), lines
    assert sorted(p.name for p in (tmp_path / "corpus").iterdir()) == ["page.txt"]


# ------------------------------------------------ a stop at any moment of `mine --store`

def _archive_pages() -> tuple[list[Path], list[Path]]:
    """The store's page and the pages added to it: the three shortest seed pages (a stop at
    any moment needs every step of an update, not the whole corpus)."""
    from tests.conftest import SEED_FILES

    shortest = sorted(SEED_FILES, key=lambda p: p.stat().st_size)[:3]
    return shortest[:1], shortest[1:]


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> tuple[Path, float]:
    """A store of one seed page, and the wall time of adding two others to it alone."""
    import shutil
    import subprocess
    import sys
    import time

    from tifa.glossary.mine_store import MineStore
    from tifa.tm.corpus.clean import collect_files

    from tests.test_signals import CACHE

    old, new = _archive_pages()
    root = tmp_path_factory.mktemp("archive")
    CACHE.setdefault("XDG_CACHE_HOME", str(root / "cache"))
    # the old store made in this process: what is tested is the update, not the creation
    with MineStore.open(root / "old.sqlite", create=True) as store:
        store.add(collect_files(list(map(str, old)))[0])
    tifa_cmd = [sys.executable, "-c", "from tifa.cli.app import main; main()", "mine"]
    env = {**os.environ, **CACHE}
    shutil.copy(root / "old.sqlite", root / "timed.sqlite")
    began = time.monotonic()
    subprocess.run([*tifa_cmd, *map(str, new), "--store", "timed.sqlite"],
                   cwd=root, env=env, check=True, capture_output=True)
    return root, time.monotonic() - began


def _pages(store: Path) -> set[str]:
    import sqlite3

    con = sqlite3.connect(store)
    try:
        assert con.execute("pragma integrity_check").fetchone()[0] == "ok"
        return {r[0] for r in con.execute("select name from documents")}
    finally:
        con.close()


@settings(max_examples=3, deadline=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
@given(share=st.floats(0.05, 1.0), signum=st.sampled_from(
    [signal.SIGTERM, signal.SIGINT, signal.SIGHUP]))
def test_a_stop_at_any_moment_of_mine_store_leaves_the_store_whole(archive, capfd, share,
                                                                   signum):
    """SIGTERM, Ctrl-C or SIGHUP at a drawn share of the time `mine --store` takes to add
    two pages to an archive: the store is whole (SQLite's integrity check), holds the old
    pages and each new page either wholly or not at all, reads back, and nothing is left
    beside it (no temporary file, no journal). Held on main (16 runs by hand). The stop is
    sent to a real process; the reading back runs in this one."""
    import shutil
    import time

    from tifa.cli.app import _run

    from tests.test_signals import alive, children, start

    root, lone = archive
    work_dir = root / f"run-{len(list(root.glob('run-*')))}"
    work_dir.mkdir()
    shutil.copy(root / "old.sqlite", work_dir / "store.sqlite")
    old = _pages(work_dir / "store.sqlite")
    new = _archive_pages()[1]
    proc, err = start(["mine", *map(str, new), "--store", "store.sqlite"], work_dir)
    time.sleep(share * lone)
    workers = children(proc.pid)
    proc.send_signal(signum)
    code = proc.wait(timeout=240)
    text = err.read_text(encoding="utf-8")
    # -signum: the signal came while Python shut down, after the store was written
    # (docs/safety.md, "Signals once the output is written")
    assert code in (0, 128 + signum, -signum), text
    assert "Traceback" not in text
    deadline = time.monotonic() + 10
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert sorted(p.name for p in work_dir.iterdir()) == ["stderr.txt", "store.sqlite"]
    pages = _pages(work_dir / "store.sqlite")
    assert old <= pages and len(pages) <= len(old) + len(new)
    capfd.readouterr()
    here = Path.cwd()
    os.chdir(work_dir)
    try:
        code = _run(["mine", "--store", "store.sqlite", "--top", "3"])
    finally:
        os.chdir(here)
    said = capfd.readouterr().err
    assert code == 0, said
    assert f"{len(pages)} page(s)" in said


# ------------------------------------------------ the real consumers of the exports

# Entries whose text holds what each format treats specially: separators (tab, semicolon,
# comma), quotes, markup (<, &), a formula's first character, a backslash, a non-breaking
# space, a character outside the BMP, a very long note; one deprecated rendering each.
TRICKY = """\
glossary:
  name: tricky
  source_lang: zh-CN
  target_lang: en
entries:
  - id: semi
    zh: 测试分号
    en: "peace; stability"
    en_variants:
      - {text: "peace, stability", note: "a; b"}
    en_deprecated:
      - {text: "quiet; calm", reason: "old; unused"}
    category: principle
    domain: diplomatic
    note: "x; y; z"
    status: official
  - id: formula
    zh: 测试等号
    en: "=SUM(A1) route"
    en_variants:
      - {text: "+1 route", note: "@mention -minus"}
    en_deprecated:
      - {text: "-old route", reason: "=bad"}
    category: principle
    domain: diplomatic
    status: official
  - id: quote
    zh: 测试引号
    en: '"Four Nos" policy'
    en_deprecated:
      - {text: "'Four No' policy", reason: 'a "singular"'}
    category: principle
    domain: diplomatic
    note: '"quoted" note'
    status: official
  - id: markup
    zh: 测试尖括号
    en: "R&D <hub> & co"
    en_deprecated:
      - {text: "R and D hub", reason: "<b>old</b> &amp;"}
    category: project
    domain: diplomatic
    status: official
  - id: long-note
    zh: 测试长注
    en: "long\\\\note \\\\t term"
    en_deprecated:
      - {text: "long note words", reason: "wrong"}
    category: principle
    domain: diplomatic
    note: "LONG"
    status: official
  - id: space-astral
    zh: 测试𠮷字
    en: "non\\u00a0breaking 𝐀"
    en_deprecated:
      - {text: "breaking A", reason: "lost"}
    category: principle
    domain: diplomatic
    status: official
""".replace("LONG", "word " * 3000 + "end")


@pytest.fixture
def tricky(tmp_path) -> tuple[Path, list]:
    from tifa.glossary.store import load_glossary

    path = tmp_path / "tricky.yaml"
    path.write_text(TRICKY, encoding="utf-8")
    return path, list(load_glossary([path], shipped=False, env=False))


def test_omegat_reads_every_tricky_pair_as_written_and_no_deprecated_one(tricky, tmp_path,
                                                                          capfd):
    """OmegaT 3.6's own TBX and TSV readers (the Glossary pane's) offer each accepted pair of
    the tricky entries with its text unchanged, the official pair's comment naming what to
    avoid, and never a deprecated rendering. On main the TSV collapsed all white space, so
    OmegaT inserted "non breaking" for "non\u00a0breaking"; only line and field breaks are
    spaces now."""
    from tests.test_export import omegat_pairs

    path, entries = tricky
    assert len(entries) == 6
    files = []
    for fmt, name in (("tbx-omegat", "g-omegat.tbx"), ("tsv", "g.txt")):
        files.append(tmp_path / name)
        code, _, err = tifa(capfd, "glossary", "export", "-F", fmt, "-g", path, "-o",
                            files[-1])
        assert code == 0, err
    omegat_jar()
    by_file = omegat_pairs(tmp_path, files)
    mine = {e.zh: e for e in entries}
    for pairs in by_file:
        got = {(s, t) for s, t, _ in pairs if s in mine}
        assert got == {(e.zh, t) for e in entries for t in e.accepted}
        deprecated = {d.text for e in entries for d in e.en_deprecated}
        assert not deprecated & {t for _, t, _ in pairs}
        comments = {(s, t): c for s, t, c in pairs}
        for e in entries:
            assert e.note in comments[e.zh, e.en]  # the 3,000-word note whole
            for d in e.en_deprecated:
                assert d.text in comments[e.zh, e.en]
        assert len(mine["测试长注"].note) > 15000


def test_translate_toolkit_reads_every_tricky_field_as_written(tricky, tmp_path, capfd):
    """translate-toolkit's CSV, TBX and TMX readers and its csv2po/tbx2po converters get the
    tricky entries' text unchanged: the CSV's quoting keeps separators, quotes and line-less
    cells; the formula characters are written as they are (see docs/safety.md: what a
    spreadsheet makes of them is left alone). Held on main."""
    from translate.storage import csvl10n, factory

    from tests.test_export import _tt

    path, entries = tricky
    mine = {e.zh for e in entries}  # the export holds the shipped glossary too
    out = {}
    for fmt, name in (("csv", "g.csv"), ("tbx2", "g2.tbx"), ("tbx-omegat", "g-omegat.tbx"),
                      ("tmx", "g.tmx")):
        out[fmt] = tmp_path / name
        code, _, err = tifa(capfd, "glossary", "export", "-F", fmt, "-g", path, "-o", out[fmt])
        assert code == 0, err
    with open(out["csv"], "rb") as fh:
        units = [u for u in csvl10n.csvfile(fh).units if u.source in mine]
    assert [(u.source, u.target, u.getnotes()) for u in units] == \
        [(e.zh, e.en, e.note) for e in entries]
    concept = factory.getobject(str(out["tbx2"]))
    for unit, e in zip([u for u in concept.units if u.source in mine], entries, strict=True):
        terms = unit.get_target_terms()
        assert [t.text for t in terms if not t.deprecated] == e.accepted
        assert [t.text for t in terms if t.deprecated] == [d.text for d in e.en_deprecated]
    for fmt in ("tbx-omegat", "tmx"):
        pairs = [(u.source, u.target) for u in factory.getobject(str(out[fmt])).units
                 if u.source in mine]
        assert pairs == [(e.zh, t) for e in entries for t in e.accepted], fmt
    po = tmp_path / "g.po"
    _tt("csv2po", str(out["csv"]), str(po))
    assert [(u.source, u.target) for u in factory.getobject(str(po)).units
            if u.source in mine] == \
        [(e.zh, e.en) for e in entries]
    assert path.read_text(encoding="utf-8") == TRICKY
