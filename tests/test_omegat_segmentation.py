"""Our sentence segments must be OmegaT's, or TMX matches never fire: test against OmegaT 3.6.

One OmegaT run (module fixture): the cleaned seed articles go into a temporary project, one
paragraph per line (OmegaT's text filter makes every line a paragraph), and OmegaT's
pseudo-translation TMX lists every source segment it produced.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from lxml import etree
from tifa.tm.corpus.clean import read_corpus
from tifa.tm.corpus.segment import split_sentences

from tests.conftest import SEED_FILES, make_omegat_project, omegat_command

# Edge cases the seeds do not have: quotes after 。, runs of ？！, ASCII marks, 《》, ……, ；.
SYNTHETIC = [
    "他说：“深化合作。”随后离开。真的吗？！是的！！好。",
    "《携手建设。中国》是题目。再见……下次见；明天。",
    "Hello world. This is fine? Yes! 1.5亿元。",
    "（完）“好！”‘对。’「是。」『行。』结束—— 下一句。",
]


def _run_omegat(tmp: Path, paragraphs_by_file: dict[str, list[str]]) -> set[str]:
    command = omegat_command()
    project = make_omegat_project(tmp, paragraphs_by_file)
    tmx = tmp / "pseudo.tmx"
    subprocess.run(
        [*command, str(project), "--mode=console-createpseudotranslatetmx",
         f"--pseudotranslatetmx={tmx}", "--pseudotranslatetype=equal"],
        capture_output=True, timeout=300, check=False,
    )
    assert tmx.exists(), "OmegaT wrote no TMX"
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False)
    root = etree.parse(str(tmx), parser).getroot()
    return {
        "".join(seg.itertext())
        for tuv in root.iter("tuv")
        if tuv.get("lang") == "zh-CN"
        for seg in tuv.iter("seg")
    }


@pytest.fixture(scope="module")
def segments(tmp_path_factory) -> tuple[set[str], set[str]]:
    """(our segments, OmegaT's segments) for the cleaned seed articles plus edge cases."""
    corpus = read_corpus(SEED_FILES)
    files = {f"a{i:03d}.txt": [p.text for p in art.paragraphs]
             for i, art in enumerate(corpus.articles)}
    files["synthetic.txt"] = SYNTHETIC
    theirs = _run_omegat(tmp_path_factory.mktemp("omegat"), files)
    ours = {s for paragraphs in files.values() for p in paragraphs for s in split_sentences(p)}
    return ours, theirs


def test_agreement_with_omegat_is_total(segments):
    ours, theirs = segments
    agreement = len(ours & theirs) / len(ours | theirs)
    print(f"OmegaT agreement: {len(ours & theirs)}/{len(ours | theirs)} = {agreement:.2%}")
    assert sorted(ours - theirs) == [] and sorted(theirs - ours) == []
    assert len(ours) > 350  # the seeds really were segmented (385 distinct)


def test_edge_cases_agree(segments):
    ours, theirs = segments
    for paragraph in SYNTHETIC:
        for sentence in split_sentences(paragraph):
            assert sentence in theirs, sentence
    assert "他说：“深化合作。”随后离开。" in theirs  # no break before a closing quote
