"""Correct work by other hands in genres and house styles no set had before the seventeenth round
(tests/data/lint/genres7/README.md): a newspaper commentator's article, a university's news
item, a literary essay, a reserve-requirement cut, a flood relief report, an archaeology
release, a railway opening, ambassadors' credentials, a Political Bureau meeting and a tax
announcement, each with a second English in another hand (a restructurer, post-edited MT, an
academic with pinyin and notes, a financial wire, a UN situation report, an academic
archaeologist, a US trade paper, a terse agency, pinyin after each formulation, an accounting
firm's alert); and four documents held out (a Security Council statement, a medical team
abroad, box office figures, a pension Q&A). Lint must give exactly the documented findings on
each pair, and each fix of the round must still catch its slipped twin."""

from __future__ import annotations

import shutil
from collections import Counter

import pytest
from tifa.tm.base.english import split_english
from tifa.tm.numbers import extract_en, extract_zh

from tests.conftest import REPO
from tests.lintsets import assert_documented, draft_codes, found, sentence_codes

DATA = REPO / "tests" / "data" / "lint" / "genres7"
DEV = ["commentator", "exchange", "essay", "rrr", "floodrelief", "dig", "railway",
       "credentials", "politburo", "taxnotice"]
HELD = ["unsc", "medteam", "boxoffice", "pensionqa"]
STYLES = {"commentator": "re", "exchange": "pemt", "essay": "fn", "rrr": "bb",
          "floodrelief": "sitrep", "dig": "ac", "railway": "us", "credentials": "wire",
          "politburo": "pg", "taxnotice": "alert", "unsc": "pv", "medteam": "llm",
          "boxoffice": "var", "pensionqa": "re"}
# (Chinese, English): every translation of the set, the first hand's and the other's
PAIRS = [(doc, en) for doc in DEV + HELD for en in (doc, f"{doc}.{STYLES[doc]}")]
# Findings left on correct work (docs/lint.md, "Seventeenth round"). The academic's note on the
# essay is English with no Chinese (`addition`: the check reports translator's notes by design,
# for the client to keep or drop). The tax alert's headline gives the end year 2029 that only
# the third article gives (since the eighteenth round a figure a headline adds may be given
# anywhere in the body: no longer reported), and its first article adds the effective rate 5%
# (25% of the income taxed at 20%: a figure worked out by the translator). Held out: the UN
# record replaces the statement's title by its speaker line (常驻联合国代表, 安理会 not said
# there); (the LLM's "the team" for 中国医疗队, the headline's "Chinese Medical Team" its full
# form, settles since the twenty-fourth round: a name said short whose full form an earlier
# unit's English gives); the trade paper drops the year 2027 from its
# headline and its lead (its "the holiday" for 春节档 after "Lunar New Year holiday frame" a
# paragraph before settles since the twenty-fourth round); the explainer runs each question
# into its answer (the first answer doubtful; the second question's paragraph, an omission
# until the twenty-eighth round, is settled since: an English with no "Q:" or "A:" line tells
# the press conference, and a question folded into the next paragraph is not missing) and says
# "the money", "up to 12,000 yuan a year" where 个人养老金 recurs.
LEFT: dict[str, Counter] = {
    "essay.fn.en.txt": Counter({("11", "addition"): 1}),
    "taxnotice.alert.en.txt": Counter({("7", "number-mismatch"): 1}),
    "unsc.pv.en.txt": Counter({("1", "term-missing"): 2}),
    # (line 7's "over the holiday" for 春节档 settled in the twenty-sixth round: a kind word
    # after the term, "the holiday", points back at any distance, as "a similar message" does)
    "boxoffice.var.en.txt": Counter({("1", "number-mismatch"): 1, ("3", "number-mismatch"): 1}),
    "pensionqa.re.en.txt": Counter({("3", "alignment-doubtful"): 1,
                                    ("9", "term-missing"): 1, ("11", "term-missing"): 1,
                                    ("13", "term-missing"): 1}),
}


@pytest.mark.parametrize("doc,en", PAIRS)
def test_the_documented_findings(terms, doc: str, en: str) -> None:
    assert_documented(DATA, doc, en, terms, LEFT)


# Each fix: a sentence of the set (or its like) that was a false finding on main, and its twin
# with a real slip, still reported.
FIXES = [
    # a grade in Roman numerals (防汛Ⅲ级应急响应), in Chinese as in English
    ("将防汛Ⅲ级应急响应提升至Ⅱ级。",
     "It raised its emergency response for flood control from Level III to Level II.",
     "It raised its emergency response for flood control from Level III to Level I.",
     "number-mismatch"),
    # basis points are hundredths of a percentage point
    ("央行决定下调存款准备金率0.5个百分点。",
     "The central bank will cut the reserve requirement ratio by 50 basis points.",
     "The central bank will cut the reserve requirement ratio by 25 basis points.",
     "number-mismatch"),
    # the size of a change the source gives by its two ends
    ("央行将7天期逆回购操作利率由1.40%下调至1.30%。",
     "The central bank lowered its seven-day reverse repo rate by 10 basis points to 1.30% "
     "from 1.40%.",
     "The central bank lowered its seven-day reverse repo rate by 15 basis points to 1.30% "
     "from 1.40%.", "number-mismatch"),
    # a speed converted in brackets, as a length is
    ("宜昆段设计时速350公里。", "The section is built for 350 km/h (217 mph).",
     "The section is built for 350 km/h (187 mph).", "number-mismatch"),
    # a note's reference mark is no figure
    ("外婆九十三岁那年冬天走了，走得很安详。",
     "Waipo died in the winter when she was ninety-three, peacefully.[1]",
     "Waipo died in the winter when she was ninety-one, peacefully.[1]", "number-mismatch"),
    # glossary: the predicate forms of a policy and of a principle
    ("要坚持实施适度宽松的货币政策。", "It will keep monetary policy moderately loose.",
     "It will keep monetary policy prudent.", "term-missing"),
    ("会议要求，要统筹发展和安全。",
     "The meeting required that development and security be coordinated.",
     "The meeting required that development be coordinated.", "term-missing"),
]


@pytest.mark.parametrize("zh,right,slipped,code", FIXES)
def test_each_fix_and_its_slipped_twin(terms, zh: str, right: str, slipped: str,
                                       code: str) -> None:
    assert sentence_codes(terms, zh, right) == []
    assert sentence_codes(terms, zh, slipped) == [code]


def test_the_figures_read() -> None:
    assert [(q.value, q.unit) for q in extract_en("by 50 basis points, or 25bp")] == \
        [(0.5, "pp"), (0.25, "pp")]
    assert [q.value for q in extract_zh("防汛Ⅲ级应急响应、III类水")] == [3.0, 3.0]
    # (a speed since the twenty-second round, paired with 时速350公里 by its distance)
    assert [(q.value, q.unit) for q in extract_en("350 km/h (217 mph)")] == \
        [(350.0, "km/h"), (217.0, "mi")]
    # a note's mark glued to the word or the stop; a bracketed figure after a space is read
    assert extract_en("peacefully.[1]") == [] and extract_zh("安详[1]。") == []
    assert [q.value for q in extract_en("Announcement No. 18 [2026]")] == [18.0, 2026.0]


def test_circa_ends_no_sentence() -> None:
    """"c. 5100–4300 BP" is one sentence: cut after "c.", the English of one Chinese sentence
    was three, the bead doubtful and its figures unchecked."""
    assert split_english("Longwan is dated to c. 5100–4300 BP. Its walls are long.") == \
        ["Longwan is dated to c. 5100–4300 BP.", "Its walls are long."]


def test_circa_keeps_the_figures_checked(terms, tmp_path) -> None:
    shutil.copy(DATA / "dig.zh.txt", tmp_path / "dig.zh.txt")
    text = (DATA / "dig.ac.en.txt").read_text(encoding="utf-8")
    (tmp_path / "dig.ac.en.txt").write_text(text.replace("c. 5100–4300 BP", "c. 5100–4200 BP"),
                                            encoding="utf-8")
    assert found(tmp_path, "dig.zh.txt", "dig.ac.en.txt", terms) == \
        Counter({("5", "number-mismatch"): 1})


def test_the_cut_after_the_ratio(terms) -> None:
    """降准 said "the cut" in the sentence after the one that names the reserve requirement
    ratio; after one that does not, both are missing."""
    first = ("1", "本次下调后，金融机构加权平均存款准备金率约为5.7%。",
             "After the cut, the weighted average reserve requirement ratio will be about "
             "5.7 percent.")
    then = ("1", "此次降准共计释放长期流动性约1万亿元。",
            "The cut will release about 1 trillion yuan of long-term liquidity.")
    assert draft_codes(terms, [first, then]) == []
    bare = ("1", first[1], "After the cut, the weighted average ratio will be about 5.7 percent.")
    assert draft_codes(terms, [bare, then]) == [("1", "term-missing"), ("2", "term-missing")]


def test_a_dateline_left_out(terms, tmp_path) -> None:
    """A situation report that leaves out the agency's dateline has lost no clause (the sitrep
    pair is silent above); leaving out the clause after the dateline is still a partial
    omission."""
    shutil.copy(DATA / "floodrelief.zh.txt", tmp_path / "floodrelief.zh.txt")
    text = (DATA / "floodrelief.sitrep.en.txt").read_text(encoding="utf-8")
    cut = text.replace("Persistent heavy rain since 1 July has driven up the Liujiang River. ",
                       "").replace("gauging station read", "gauging station on the Liujiang read")
    (tmp_path / "floodrelief.sitrep.en.txt").write_text(cut, encoding="utf-8")
    assert ("3", "partial-omission") in found(tmp_path, "floodrelief.zh.txt",
                                              "floodrelief.sitrep.en.txt", terms)
