"""The fourteenth round's alignment set (tests/data/align/fresh2/, README there) and the fixes
it led to (docs/align.md, "Fourteenth round")."""

from __future__ import annotations

import subprocess
import sys

import pytest
from tifa.glossary.store import load_glossary
from tifa.tm.align import align_texts
from tifa.tm.base.english import split_english

from tests.test_align import BENCH

# Gold beads found by `tifa align` and wrong units `tifa tm build` writes (not marked doubtful),
# as measured at the end of the round (lecture and reorder were held out while the aligner was
# changed).
FRESH2_FOUND = {"ocr": 11, "notes": 16, "release": 10, "statement": 18, "dialogue": 15}
FRESH2_WRONG_UNITS = {"ocr": 1, "notes": 0, "release": 2, "statement": 0, "dialogue": 0}


def test_fresh2_sets_are_built_from_their_sources():
    run = subprocess.run([sys.executable, str(BENCH.HARD / "build.py"), str(BENCH.FRESH2),
                          "--check"], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


@pytest.mark.parametrize("name", sorted(FRESH2_FOUND))
def test_fresh2_sets_keep_their_figures(name):
    row = BENCH.run_hard([name], BENCH.FRESH2, "fresh2")[name]
    _gold, found, _, _, _, wrong_units, _ = row
    assert found >= FRESH2_FOUND[name], row
    assert wrong_units <= FRESH2_WRONG_UNITS[name], row


def test_a_quoted_question_and_i_asked_are_one_sentence():
    """'"…?" I asked him.' is one English sentence, as 我问他：“……？” is one Chinese one; a
    new sentence after the quotation ("He smiled.") still starts one."""
    assert split_english('"What are you sitting here for?" I asked him. He smiled. "What if '
                         'someone comes?"') == [
        '"What are you sitting here for?" I asked him.', "He smiled.", '"What if someone comes?"']
    assert split_english('"Hurt?" He rubbed the awl.') == ['"Hurt?"', "He rubbed the awl."]
    assert split_english("He said no! I asked him again.") == ["He said no!",
                                                               "I asked him again."]


def test_a_note_mark_after_the_stop_ends_the_sentence_it_annotates():
    assert split_english("It is a fulcrum for rural revitalization.¹ Over the past decade "
                         "counties grew.") == ["It is a fulcrum for rural revitalization.¹",
                                               "Over the past decade counties grew."]
    assert split_english("These are invaluable assets.[2] Today Anji is rich.") == [
        "These are invaluable assets.[2]", "Today Anji is rich."]


def test_a_question_and_i_asked_her_across_paragraphs():
    """The Chinese gives the question its own paragraph and 我问她。 the next; the English
    writes them as one sentence in one paragraph. The paragraph pass paired the question with
    the paragraph before it, which lost its last English sentence (a shout) to the question:
    two wrong units in the TM. The sentence pass over both groups decides."""
    folder = BENCH.FRESH
    result = align_texts((folder / "memoir.zh.txt").read_text(encoding="utf-8"),
                         (folder / "memoir.en.txt").read_text(encoding="utf-8"),
                         glossary=load_glossary(env=False))
    beads = {("".join(result.zh[i] for i in b.zh), " ".join(result.en[j] for j in b.en))
             for b in result.beads}
    assert ("“外婆，你不累吗？”我问她。", '"Don\'t you get tired, Grandma?" I asked her.') in beads
    shout = next(b for b in result.beads if result.en[b.en[-1]].startswith("All you could"))
    assert len(shout.zh) == 1 and result.zh[shout.zh[0]].endswith("等一等！”")
