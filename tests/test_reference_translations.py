"""The English reference translations in seeds/en must mirror the canonical Chinese articles.

The TM is built by aligning these files with the segments of the corpus pipeline, paragraph by
paragraph; one paragraph too many or a deprecated rendering would poison every TU after it. So
the Chinese side here is what `tm.merge.build_segments` makes of the real seeds, and the glossary
check is the one `tifa lint` runs (`glossary.matcher.TermMatcher`, inflection-tolerant).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from tifa.glossary.matcher import TermMatcher
from tifa.glossary.store import load_glossary
from tifa.tm.base.english import split_english
from tifa.tm.corpus.segment import split_sentences

from tests.conftest import SEED_FILES, SEEDS

EN_DIR = SEEDS / "en"
# English file → title of the Chinese article it translates (as the pipeline names it).
TRANSLATIONS = {
    "xian-keynote-2023.en.txt":
        "携手建设守望相助、共同发展、普遍安全、世代友好的中国—中亚命运共同体",
    "xinhua-commentary-2025-06.en.txt": "携手构建更加紧密的中国—中亚命运共同体",
}
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")


def english_paragraphs(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return re.split(r"\n[ \t]*\n", text.strip())


@pytest.fixture(scope="module")
def chinese() -> dict[str, list[str]]:
    """Canonical Chinese paragraphs of each translated article, from the real corpus pipeline."""
    from tifa.tm.corpus.merge import build_segments

    segment_set = build_segments([str(p) for p in SEED_FILES])
    text_of = {seg.id: seg.text for seg in segment_set.segments}
    out: dict[str, list[str]] = {}
    for name, title in TRANSLATIONS.items():
        found = [a for a in segment_set.articles if a.title == title]
        assert len(found) == 1, f"{title}: expected one merged article, got {len(found)}"
        out[name] = ["".join(text_of[i] for i in para) for para in found[0].paragraphs]
    return out


@pytest.fixture(scope="module")
def matcher() -> TermMatcher:
    return TermMatcher(load_glossary())


def paragraph_pairs(name: str, chinese: dict[str, list[str]]) -> list[tuple[str, str]]:
    """(Chinese, English) paragraph pairs; fails naming the first paragraph that differs."""
    zh, en = chinese[name], english_paragraphs(EN_DIR / name)
    if len(zh) != len(en):
        n_zh = [len(split_sentences(p)) for p in zh]
        n_en = [len(split_english(p)) for p in en]
        pairs = enumerate(zip(n_zh, n_en, strict=False))
        first = next((i for i, (a, b) in pairs if not a <= b <= 2 * a), min(len(zh), len(en)))
        pytest.fail(f"{name}: {len(en)} English paragraphs, {len(zh)} Chinese; they part at "
                    f"paragraph {first}: zh {zh[first][:30] if first < len(zh) else '-'!r} / "
                    f"en {en[first][:50] if first < len(en) else '-'!r}")
    return list(zip(zh, en, strict=True))


@pytest.mark.parametrize("name", sorted(TRANSLATIONS))
def test_paragraphs_correspond_one_to_one(name, chinese):
    assert len(paragraph_pairs(name, chinese)) == len(chinese[name]) > 10


@pytest.mark.parametrize("name", sorted(TRANSLATIONS))
def test_sentences_pair_up_within_each_paragraph(name, chinese):
    """Each Chinese sentence becomes one English sentence, at most two; never merged."""
    for i, (zh, en) in enumerate(paragraph_pairs(name, chinese)):
        n_zh, n_en = len(split_sentences(zh)), len(split_english(en))
        assert n_zh <= n_en <= 2 * n_zh, f"{name} paragraph {i}: {n_zh} zh vs {n_en} en: {en[:60]}"


@pytest.mark.parametrize("name", sorted(TRANSLATIONS))
def test_no_chinese_left_in_english(name):
    text = (EN_DIR / name).read_text(encoding="utf-8")
    for lineno, line in enumerate(text.splitlines(), 1):
        assert not CJK.search(line), f"{name}:{lineno}: Chinese or full-width text: {line[:60]}"


@pytest.mark.parametrize("name", sorted(TRANSLATIONS))
def test_every_glossary_term_has_an_accepted_rendering(name, chinese, matcher):
    missing = []
    for i, (zh, en) in enumerate(paragraph_pairs(name, chinese)):
        for hit in matcher.find_zh(zh):
            for entry in (hit.entry, *hit.nested):
                status = matcher.en_status(en, entry)
                if status not in ("official", "variant", "unrendered"):
                    missing.append(f"paragraph {i}: {hit.text} → {entry.en!r} ({status})")
    assert not missing, f"{name}:\n" + "\n".join(missing)


@pytest.mark.parametrize("name", sorted(TRANSLATIONS))
def test_no_deprecated_rendering(name, matcher):
    text = (EN_DIR / name).read_text(encoding="utf-8")
    found = [f"{h.text!r} (deprecated {h.rendering!r} of {h.entry.id})"
             for h in matcher.find_deprecated(text)]
    assert not found, f"{name}: deprecated renderings: {found}"


def test_glossary_check_catches_a_wrong_rendering(chinese, matcher):
    """The check above is not vacuous: the speech has glossary terms, and a swap is caught."""
    zh = chinese["xian-keynote-2023.en.txt"]
    en = english_paragraphs(EN_DIR / "xian-keynote-2023.en.txt")
    i = next(i for i, p in enumerate(zh) if "三股势力" in p)
    entry = next(h.entry for h in matcher.find_zh(zh[i]) if h.entry.zh == "三股势力")
    assert matcher.en_status(en[i], entry) in ("official", "variant")
    broken = en[i].replace("three forces of terrorism, separatism and extremism",
                           "three evil forces")
    assert matcher.en_status(broken, entry) == "deprecated"
    assert matcher.find_deprecated(broken)
