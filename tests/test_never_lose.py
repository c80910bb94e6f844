"""Never lose a character, never touch an input: the sixteenth round (docs/safety.md).

Each test here failed on main before this round: one page without a sentence stopped a whole
corpus run; `glossary add` wrote a GBK, UTF-16 or CRLF glossary back as UTF-8 with LF; an empty
`-g` glossary was taken without a word; a rendering holding " — " came back from the CSV cut
there; and the derandomized hypothesis tests generated other examples depending on which
modules the tests before them had imported.
"""

from __future__ import annotations

import codecs
import shutil
from pathlib import Path

import pytest

from tests.conftest import SEED_FILES
from tests.test_bad_input import GLOSSARY, refused, snapshot, tifa, work  # noqa: F401

# A section front: a continuation marker, labels, a photo credit, a headline, a dateline.
HEADINGS_ONLY = ("（上接A01版①）\n\n要闻\n\n本报记者 王建栋 摄\n\n# 中国同中亚国家加强合作\n\n"
                 "新华社北京6月15日电\n")


@pytest.mark.usefixtures("work")
@pytest.mark.parametrize("command", [["segment", "corpus", "-o", "out.jsonl"],
                                     ["mine", "corpus", "--top", "5", "-o", "out.tsv"],
                                     ["build", "corpus", "-o", "out"]])
def test_a_page_without_a_sentence_is_named_and_the_run_goes_on(capfd, command):
    """A thousand-page run stopped at its one section front: now the page is read (its
    headline a segment, its debris listed as removed), named in a warning, and the run ends
    well; only a corpus with no sentence anywhere is an error."""
    here = Path.cwd()
    (here / "corpus" / "front.txt").write_text(HEADINGS_ONLY, encoding="utf-8")
    code, _, err = tifa(capfd, *command)
    assert code == 0, err
    assert "tifa: warning: corpus/front.txt: no sentences" in err, err
    if command[0] == "segment":
        out = (here / "out.jsonl").read_text(encoding="utf-8")
        assert "中国同中亚国家加强合作" in out and '"corpus/page.txt"' in out
    (here / "corpus" / "page.txt").write_text(HEADINGS_ONLY.replace("加强", "深化"),
                                               encoding="utf-8")
    refused(capfd, here, *command, words=("no sentences: none of the 2 files",))


def test_a_page_without_a_sentence_loses_nothing():
    """The conservation law holds with the page in the corpus (tests/conservation.py)."""
    from tifa.tm.corpus.merge import segment_pages

    from tests.conservation import check_law

    pages = {"front.txt": HEADINGS_ONLY,
             "page.txt": SEED_FILES[0].read_text(encoding="utf-8").replace("\r\n", "\n")}
    result = segment_pages(list(pages.items()))
    check_law(result, pages)
    assert result.report.warnings == [
        "front.txt: no sentences, only headings or layout debris (read all the same: its "
        "headings are segments, its debris is listed as removed)"]


FORMS = {  # how a reviewed glossary may be stored: (encoding, BOM, line end)
    "gbk-crlf": ("gb18030", b"", "\r\n"),
    "utf16-bom": ("utf-16-le", codecs.BOM_UTF16_LE, "\n"),
    "utf16be-no-bom-crlf": ("utf-16-be", b"", "\r\n"),
    "utf8-bom-cr": ("utf-8", codecs.BOM_UTF8, "\r"),
    "utf8-lf": ("utf-8", b"", "\n"),
}


@pytest.mark.usefixtures("work")
@pytest.mark.parametrize("form", FORMS)
def test_glossary_add_keeps_the_files_encoding_bom_and_line_ends(capfd, form):
    """A GBK glossary with CRLF came back UTF-8 with LF: in review every line had changed. Now
    the file is its old bytes followed by the new entry, in the file's own encoding."""
    from tifa.tm.base.files import decode

    encoding, bom, end = FORMS[form]
    here = Path.cwd()
    old = bom + GLOSSARY.replace("\n", end).encode(encoding)
    (here / "my.yaml").write_bytes(old)
    code, _, err = tifa(capfd, "glossary", "add", "--file", "my.yaml", "--zh", "和合共生理念",
                        "--en", "concept of harmony and coexistence", "--category", "principle")
    assert code == 0, err
    new = (here / "my.yaml").read_bytes()
    assert new.startswith(old)
    added = new[len(old):]
    assert added.decode(encoding).replace(end, "\n").endswith("status: provisional\n")
    assert "和合共生理念" in added.decode(encoding)
    if end != "\n":
        assert "\n" not in added.decode(encoding).replace(end, "")
    assert "和合共生理念" in decode(new)
    code, out, err = tifa(capfd, "glossary", "lookup", "和合共生理念", "-g", "my.yaml")
    assert code == 0 and "concept of harmony and coexistence" in out, err


@pytest.mark.usefixtures("work")
def test_glossary_add_refuses_mixed_line_ends(capfd):
    """With CRLF and LF lines there is no one way to write the new lines: refused, the file
    left as it is (before: every line end became LF)."""
    here = Path.cwd()
    (here / "my.yaml").write_bytes(GLOSSARY.replace("\n", "\r\n", 3).encode("utf-8"))
    shutil.copy(here / "my.yaml", here / "before.yaml")
    code, _, err = tifa(capfd, "glossary", "add", "--file", "my.yaml", "--zh", "和合共生理念",
                        "--en", "concept of harmony and coexistence", "--category", "principle")
    assert code == 2 and err.startswith("tifa: error: my.yaml: mixed line ends (3 CRLF, "), err
    assert len(err.strip().splitlines()) == 1
    assert (here / "my.yaml").read_bytes() == (here / "before.yaml").read_bytes()


@pytest.mark.usefixtures("work")
@pytest.mark.parametrize("text", ["", "\n\n", "# terms to come\n",
                                  "glossary:\n  name: mine\nentries: []\n"])
def test_an_empty_glossary_is_never_taken_in_silence(capfd, text):
    """`lint -g terms.yaml` with an empty file checked nothing of the user's terms and said
    nothing. Now a warning names the file, cold and warm (from the cache) alike."""
    here = Path.cwd()
    (here / "empty.yaml").write_text(text, encoding="utf-8")
    for _ in range(2):  # the second run reads the layered glossary from the cache
        code, _, err = tifa(capfd, "lint", "news.zh.txt", "news.en.txt", "-g", "empty.yaml",
                            "-o", "report.txt")
        assert code in (0, 1), err
        assert err.startswith("tifa: warning: empty.yaml: no entries: the glossary file is "
                              "empty"), err
    # a glossary with entries, or one whose entries all replace shipped ones, says nothing
    for name in ("my.yaml",):
        code, _, err = tifa(capfd, "lint", "news.zh.txt", "news.en.txt", "-g", name, "-o",
                            "report.txt")
        assert "warning" not in err, err


def test_the_csv_export_reads_back_any_rendering(tmp_path):
    """A rendering holding " — " (the CSV's note separator before) came back cut there,
    its second half taken for the note; notes now have columns of their own."""
    from tifa.glossary.entry import Deprecated, Entry, Variant
    from tifa.glossary.export import export, read_csv

    entries = [Entry("t-1", "和平发展", [], "peaceful development",
                     [Variant("peace — and development", ""),
                      Variant("development — in peace", "a note — with a dash")],
                     [Deprecated("peace — development", "old — style")], "principle",
                     "diplomatic", "", "", "official")]
    export(entries, "csv", tmp_path / "g.csv")
    back = read_csv(tmp_path / "g.csv")[0]
    assert [(v.text, v.note) for v in back.en_variants] == [
        ("peace — and development", ""), ("development — in peace", "a note — with a dash")]
    assert [(d.text, d.reason) for d in back.en_deprecated] == [
        ("peace — development", "old — style")]
    # a CSV written before this round (a note after " — " in the item) still reads
    (tmp_path / "old.csv").write_text(
        "id,source,target,zh_variants,en_variants,en_deprecated,category,domain,status,notes,"
        'attested_in\nt-1,和平发展,peaceful development,,"peace and development — short",'
        "peace development — old,principle,diplomatic,official,,\n", encoding="utf-8")
    old = read_csv(tmp_path / "old.csv")[0]
    assert [(v.text, v.note) for v in old.en_variants] == [("peace and development", "short")]
    assert [(d.text, d.reason) for d in old.en_deprecated] == [("peace development", "old")]


def test_generated_examples_do_not_depend_on_the_modules_imported():
    """Hypothesis draws some values from the literals of the modules loaded so far: after
    test_align*/test_tmx the conservation test generated other pages (and failed on one of
    them) than alone. tests/conftest.py keeps that pool empty."""
    import tifa.cli.app  # noqa: F401  (dozens of tifa's modules, full of literals)
    import tifa.tm.align  # noqa: F401
    from hypothesis.internal.conjecture import providers

    pool = providers._get_local_constants()
    assert not pool.integers and not pool.strings


@pytest.mark.usefixtures("work")
def test_mine_learn_never_replaces_an_input(capfd):
    """`tifa mine page.txt --learn page.txt` wrote the weights over the corpus page: --learn
    is an output like -o, and --weights an input."""
    here = Path.cwd()
    (here / "weights.json").write_text("{}\n", encoding="utf-8")
    for args, name in ((["--learn", "corpus/page.txt"], "corpus/page.txt"),
                       (["--learn", "my.yaml"], "my.yaml"),
                       (["--learn", "corpus/weights.TXT"], "corpus/weights.TXT"),
                       (["--weights", "weights.json", "-o", "weights.json"], "weights.json")):
        refused(capfd, here, "mine", "corpus", "-g", "my.yaml", *args, words=(name,))


@pytest.mark.usefixtures("work")
@pytest.mark.parametrize("name", ["corpus/OUT.TXT", "corpus/segments.docx", "corpus/x.Docx"])
def test_an_output_the_corpus_walk_would_read_is_refused(capfd, name):
    """The walk reads .txt and .docx pages in any case; only `*.txt` was refused, so
    `segment corpus -o corpus/OUT.TXT` was read back as a page by the next run."""
    refused(capfd, Path.cwd(), "segment", "corpus", "-o", name,
            words=(name, "read as input next time"))


def test_a_pickled_cache_entry_that_is_not_plain_data_is_rebuilt(tmp_path, monkeypatch):
    """A cache entry naming a class (a newer tifa's format, or damage) was an AttributeError or
    ModuleNotFoundError traceback, a corrupt length a MemoryError, and one naming os.system
    ran it; a valid pickle of other values was used as the lexicon (align then paired
    sentences without it, or a TypeError traceback). Each is now rebuilt, nothing in it run."""
    import pickle

    from tifa.tm.base import cache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    marker = tmp_path / "ran"
    entry = tmp_path / "entry.pickle"
    built = {"built": frozenset({"again"})}
    for data in (b"ctifa.tm.base.dictionary\nFutureLexicon\n(tR.",
                 b"ctifa.future_module\nThing\n(tR.",
                 b"\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00\x8d\xff\xff\xff\xff\xff\xff\x00\x00.",
                 f"cos\nsystem\n(S'touch {marker}'\ntR.".encode(),
                 pickle.dumps(["a", "list"]), pickle.dumps({"word": 1}), pickle.dumps({}),
                 b"", b"\x80\x05"):
        entry.write_bytes(data)
        assert cache.pickled(entry, built.copy, (str, frozenset)) == built
        assert cache.pickled(entry, dict, (str, frozenset)) == built  # stored, read back
    assert not marker.exists()


@pytest.mark.usefixtures("work")
def test_a_cut_tm_index_cache_is_rebuilt(capfd):
    """A TM index entry cut short (a full disk, a copy stopped) was a zipfile.BadZipFile
    traceback for every command that looks the TM up."""
    import os

    args = ("tm", "lookup", "--tm", "memory.tmx", "各方要守望相助")
    code, expected, err = tifa(capfd, *args)
    entries = list((Path(os.environ["XDG_CACHE_HOME"]) / "tifa").glob("tm-index-*.npz"))
    assert entries, err
    for entry in entries:
        entry.write_bytes(entry.read_bytes()[:100])
    assert tifa(capfd, *args) == (code, expected, err)


@pytest.mark.usefixtures("work")
def test_a_layered_glossary_cache_of_another_shape_is_rebuilt(capfd):
    """A layered-glossary entry that unmarshals to a mapping was a KeyError traceback."""
    import marshal
    import os

    code, expected, err = tifa(capfd, "glossary", "lookup", "守望相助", "-g", "my.yaml")
    assert code == 0, err
    entries = list((Path(os.environ["XDG_CACHE_HOME"]) / "tifa").glob("layered-*.marshal"))
    assert entries
    for data in (marshal.dumps({"x": 1}), marshal.dumps([1, 2]), marshal.dumps(None)):
        for entry in entries:
            entry.write_bytes(data)
        code, out, err = tifa(capfd, "glossary", "lookup", "守望相助", "-g", "my.yaml")
        assert (code, out, err) == (0, expected, ""), err


def test_a_store_created_twice_at_once_loses_no_page(tmp_path):
    """Two `mine --store` runs creating one archive at once: the second's rename replaced the
    first's store, its pages gone while both said "+1 page". The second is now refused, the
    store that got there first untouched, nothing left beside it."""
    from tifa.glossary.mine_store import MineStore
    from tifa.tm.base.files import TifaError

    target = tmp_path / "archive.sqlite"
    page = SEED_FILES[0].read_text(encoding="utf-8")
    with MineStore.open(target, create=True) as first:
        first.add([("a.txt", page)])
    kept = target.read_bytes()
    target.unlink()
    with pytest.raises(TifaError, match="another tifa created this store"):
        with MineStore.open(target, create=True) as second:
            second.add([("b.txt", SEED_FILES[1].read_text(encoding="utf-8"))])
            target.write_bytes(kept)  # the other run publishes its store meanwhile
    assert target.read_bytes() == kept
    assert sorted(p.name for p in tmp_path.iterdir()) == ["archive.sqlite"]
    with MineStore.open(target) as store:
        assert store.summary().documents == 1


@pytest.mark.parametrize("signum", [15, 2])
def test_a_stop_while_the_command_line_is_built_is_one_line(capfd, monkeypatch, signum):
    """Building the command line takes a second on a loaded machine; a SIGTERM then (the sweep
    sent one to `glossary export` 1.6 s after its start) was a `Terminated: 15` traceback,
    the stop being outside `_run`'s handlers."""
    from tifa.cli import app
    from tifa.tm.base import files

    monkeypatch.setattr(files, "_stop_signal", None)  # restored after the test

    def stopped_here(command) -> None:
        files.stop(signum)

    monkeypatch.setattr(app, "_paths_checked_by_tifa", stopped_here)
    code = app._run(["glossary", "export", "-F", "tbx", "-o", "out.tbx"])
    err = capfd.readouterr().err
    assert code == 128 + signum
    assert err == ("tifa: interrupted\n" if signum == 2 else "tifa: stopped by SIGTERM\n")
