"""A printed page as the original of a lint (docs/lint.md, "Sixteenth round: the lead's
probes"): wraps joined across the blank lines some pages print after every wrap, page
furniture and continuation markers left out, a sentence cut by a page jump joined again — as
the corpus reads a page (`tm.corpus.clean.page_paragraphs`)."""

from __future__ import annotations

from tifa.glossary.store import load_glossary
from tifa.tm.corpus.clean import page_paragraphs

from tests.conftest import REPO
from tests.lintsets import findings, unit_of

SEED = REPO / "seeds" / "002_6b220abc01d5b796.txt"
ENGLISH = REPO / "tests" / "data" / "lint" / "pages" / "seed002.en.txt"


def _findings(zh_path, en_path) -> list[tuple[str, str]]:
    terms = load_glossary(env=False)
    return [(f.code, unit_of(f, True)) for f in findings(REPO, zh_path, en_path, terms)]


def _top_of_the_page(tmp_path):
    zh = tmp_path / "page.zh.txt"
    zh.write_text("\n".join(SEED.read_text(encoding="utf-8").split("\n")[:74]), encoding="utf-8")
    return zh


def test_a_double_spaced_page_is_read_in_whole_paragraphs(tmp_path) -> None:
    paras = page_paragraphs("page", _top_of_the_page(tmp_path).read_text(encoding="utf-8"))
    texts = ["".join(piece for _, piece in lines) for _, lines in paras]
    # the decks' lines stay lines (the corpus cannot tell a wrapped headline from a headline
    # and its subtitle); the aligner pairs them with one English line each
    assert texts[:4] == ["建设中国—中亚命", "运共同体“四个坚持”", "发展中国同中亚国家",
                         "合作“八点建议”"]
    assert texts[-1].startswith("习近平发表题为《携手建设守望相助")
    assert texts[-1].endswith("主旨讲话。")
    # every character of the page's text is in one paragraph, once, in order; only the
    # furniture (要闻) is left out
    page = "".join(line.strip() for line in SEED.read_text(encoding="utf-8").split("\n")[:74])
    assert "".join(texts) == page.replace("要闻", "", 1)
    assert [first for first, _ in paras][4:7] == [8, 14, 30]


def test_a_correct_translation_of_a_seed_page_lints_silent(tmp_path) -> None:
    """Twenty findings before, eight of them errors (omissions of wrapped lines)."""
    assert _findings(_top_of_the_page(tmp_path), ENGLISH) == []


def test_slips_in_a_translation_of_a_seed_page_are_found_at_their_lines(tmp_path) -> None:
    english = ENGLISH.read_text(encoding="utf-8")
    slipped = tmp_path / "slipped.en.txt"
    slipped.write_text(english.replace("At around 10 a.m.", "At around 11 a.m.").replace(
        "The leaders of the five Central Asian countries arrived one after another. ", ""),
        encoding="utf-8")
    found = _findings(_top_of_the_page(tmp_path), slipped)
    assert ("number-mismatch", "42") in found, found
    assert any(code in ("omission", "partial-omission") and line == "38"
               for code, line in found), found


def test_a_sentence_cut_by_a_page_jump_is_one_sentence() -> None:
    """hard/page: 绿色金融、（下转第三版）…（上接第一版）流域治理: one paragraph, and 第三
    of the marker is no figure (a false number-mismatch error before)."""
    text = (REPO / "tests/data/align/hard/page.zh.txt").read_text(encoding="utf-8")
    joined = ["".join(piece for _, piece in lines) for _, lines in page_paragraphs("p", text)]
    assert any("绿色金融、流域治理等议题举行六场分论坛。" in p for p in joined)
    assert not any("下转" in p or "上接" in p for p in joined)
    data = REPO / "tests/data/align/hard"
    assert [c for c, _ in _findings(data / "page.zh.txt", data / "page.en.txt")
            if c in ("number-mismatch", "omission")] == []
