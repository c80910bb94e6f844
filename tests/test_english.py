"""English sentence splitting: the project's reference translations first, then edge cases."""

from __future__ import annotations

import re

from tifa.tm.base.english import split_english, strip_markdown

from tests.conftest import SEEDS

KEYNOTE = SEEDS / "en" / "xian-keynote-2023.en.txt"


def _paragraph(path, start: str) -> str:
    text = path.read_text(encoding="utf-8")
    return next(p for p in re.split(r"\n\s*\n", text) if p.startswith(start))


def test_keynote_paragraph_with_a_quoted_poem_line():
    para = _paragraph(KEYNOTE, "Xi'an, known in ancient times")
    got = split_english(para)
    assert len(got) == 5
    assert got[3].startswith("Li Bai, a poet") and got[3].endswith('thousand pieces of gold."')
    assert got[4].startswith("Our gathering in Xi'an today")


def test_quoted_proverb_is_its_own_sentence_and_no_one_is_not_cut():
    para = _paragraph(KEYNOTE, "The world needs a harmonious Central Asia.")
    got = split_english(para)
    assert got[:2] == ["The world needs a harmonious Central Asia.",
                       '"Brotherhood is worth more than any wealth."']
    assert got[-1].startswith("No one has the right")
    assert len(got) == 4


TERMINAL = re.compile(r"(\.|!|\?|…)[\"'”’)\]]*$")


def test_whole_keynote_nothing_lost_and_every_cut_at_a_sentence_end():
    """Conservation: the sentences, in order, are the paragraphs' words; a cut follows a stop."""
    text = KEYNOTE.read_text(encoding="utf-8")
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]
    sentences = split_english(text)
    assert " ".join(sentences) == " ".join(paragraphs)
    assert len(sentences) > 60
    rest = iter(sentences)
    for para in paragraphs:
        parts = [next(rest)]
        while " ".join(parts) != para:
            parts.append(next(rest))
            assert len(" ".join(parts)) <= len(para), (para, parts)
        for before, after in zip(parts, parts[1:], strict=False):
            assert TERMINAL.search(before), (before, after)  # cut only after a stop …
            assert not re.search(r"\b(Mr|Mrs|Dr|No|St|U\.S|e\.g|i\.e)\.$", before), before
            assert after[0].isupper() or after[0].isdigit() or after[0] in "\"“‘(", after
        if not TERMINAL.search(parts[-1]):  # … and a line without one is a whole heading
            assert len(parts) == 1 and len(para.split()) < 25, para


def test_abbreviations_titles_and_numbers():
    text = ("Mr. Smith met Dr. Li at No. 5 Chang'an Avenue on Jan. 1. Trade grew 94.8 percent, "
            "e.g. in grain. Talks with the U.S. side ended.")
    assert split_english(text) == [
        "Mr. Smith met Dr. Li at No. 5 Chang'an Avenue on Jan. 1.",
        "Trade grew 94.8 percent, e.g. in grain.",
        "Talks with the U.S. side ended.",
    ]


def test_a_sentence_left_in_chinese_after_an_english_one_is_a_sentence():
    """A draft that leaves its last sentence in Chinese: the English splitter cut only before a
    capital, so the Chinese joined the English sentence before it and the aligner could not
    pair it with the Chinese it copies."""
    assert split_english("Make more Chinese friends. 祝你们学业进步、前程似锦！") == [
        "Make more Chinese friends.", "祝你们学业进步、前程似锦！"]
    assert split_english("The tifa (提法) list. it goes on.") == [
        "The tifa (提法) list. it goes on."]


def test_initials_are_not_sentence_ends():
    assert split_english("J. K. Rowling spoke. She left.") == ["J. K. Rowling spoke.", "She left."]


def test_the_number_of_an_article_or_point_is_not_a_sentence():
    """Joint statements number their articles "1.", "XII."; the number opens the sentence."""
    assert split_english("XII. The two sides agreed. They signed.") == [
        "XII. The two sides agreed.", "They signed."]
    assert split_english("2. Uzbekistan reaffirmed it.\n\nb. Both sides. In 1992. Then.") == [
        "2. Uzbekistan reaffirmed it.", "b. Both sides.", "In 1992.", "Then."]


def test_abbreviation_at_sentence_end_before_an_opener():
    assert split_english("He lives in the U.S. The talks resume today.") == [
        "He lives in the U.S.", "The talks resume today."]
    assert split_english("Seeds, tools, etc. They arrived.") == [
        "Seeds, tools, etc.", "They arrived."]


def test_quotes_after_the_full_stop_stay_with_their_sentence():
    text = '"We will go," he said. "It is settled." Then they left. "Why?" she asked.'
    assert split_english(text) == [
        '"We will go," he said.', '"It is settled."', "Then they left.", '"Why?" she asked.']
    curly = "He said: “We are ready.” The meeting began."
    assert split_english(curly) == ["He said: “We are ready.”", "The meeting began."]


def test_ellipses_and_question_marks():
    assert split_english("Wait... The door opened. Who is there? Nobody… Silence.") == [
        "Wait...", "The door opened.", "Who is there?", "Nobody…", "Silence."]


def test_paragraphs_always_end_sentences_and_wraps_are_joined():
    text = "Headline without stop\n\nThe first line\nwraps here. Second one.\n"
    assert split_english(text) == ["Headline without stop", "The first line wraps here.",
                                   "Second one."]


def test_empty_and_blank_text():
    assert split_english("") == []
    assert split_english(" \n\n \n") == []


def test_markdown_emphasis_closes_and_opens_sentences():
    """An LLM's answer bolds each sentence: "**A.** **B.**" is two sentences, as '"A." "B."'
    is; a bold word inside a sentence does not cut it."""
    assert split_english("**China supports it.** **We agree.** It is *really* so.") == [
        "**China supports it.**", "**We agree.**", "It is *really* so."]
    assert split_english("She said: *no.* *then* it went on.") == [
        "She said: *no.* *then* it went on."]


def test_strip_markdown_keeps_the_words_and_the_lines():
    text = ("# The speech\n\n**China supports it.** __We agree.__\n- first *point*\n"
            "* second point\n1. Both sides agreed.\n2*3*4 and snake_case_name stay.\n")
    out, changed = strip_markdown(text)
    assert out == ("The speech\n\nChina supports it. We agree.\nfirst point\nsecond point\n"
                   "1. Both sides agreed.\n2*3*4 and snake_case_name stay.\n")
    assert changed == 4 and out.count("\n") == text.count("\n")
