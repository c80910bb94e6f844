"""Write the texts, CAT-tool forms and slipped copies of the signed article, the interview, the
white paper excerpt and the messages and toast (README.md here).

Run from the repository root after editing a text or a slip:
    python tests/data/lint/genres2/build.py            (--check: only say whether files differ)

The source of each text is `NAME.beads.txt` (our own writing): paragraphs separated by blank
lines, a bead a line, its Chinese and its English joined by " || ". From it:
* `NAME.zh.txt` / `NAME.en.txt`: the plain texts, a paragraph a block (the Chinese sentences
  joined without a space, the English with one), and `NAME.gold.tsv`, the gold alignment;
* `interview.tsv`: the interview as a CAT tool's TSV, a bead a row;
* `whitepaper.xlf`: the white paper as an XLIFF 1.2, a trans-unit a bead;
* `toast.xlf`: the toast as a segmented XLIFF 1.2, a trans-unit a paragraph and a
  `<mrk mtype="seg">` a bead;
and, with the slips of `SLIPS` planted (each a replacement in one bead), the `.slips` copies and
`gold.tsv`: the finding a reviser must get for each slip, at its unit (the Chinese line of the
paragraph for plain text, the row id or the trans-unit id, `ID/MID` for a segment).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from forms import cat_forms, gold_file, plant, write  # noqa: E402

TEXTS = ["oped", "interview", "whitepaper", "messages", "toast"]
PLAIN = ["oped", "messages"]
FORMS = {"interview": "tsv", "whitepaper": "xlf", "toast": "xlf-seg"}

# (text, English as written, English slipped ("" drops a bead; None leaves a segment without a
# target), expected code ("-": a slip lint is known to miss), what the slip is)
SLIPS: list[tuple[str, str, str | None, str, str]] = [
    ("oped", "This year marks the 34th anniversary", "This year marks the 35th anniversary",
     "number-mismatch", "建交34周年 as the 35th"),
    ("oped", "on January 3, 1992", "on January 13, 1992", "number-mismatch",
     "1992年1月3日: the day changed"),
    ("oped", "came to 43.8 billion US dollars", "came to 4.38 billion US dollars",
     "number-mismatch", "438亿 as “4.38 billion” (÷10)"),
    ("oped", "the three forces of terrorism, separatism and extremism", "the three evil forces",
     "term-deprecated", "三股势力 as “three evil forces”"),
    ("oped", "By Han Chunlin,", "By Han Chunling,", "name-mismatch",
     "韩春林 misspelled as another name"),
    ("oped", "they have already met twice this year", "they have already met three times this "
     "year", "number-mismatch", "两次会晤 as “three times”"),
    ("oped", "the Global Governance Initiative", "the Global Development Initiative",
     "term-missing", "全球治理倡议 as another initiative"),
    ("oped", "Not long ago, at a secondary school, I met a girl who could recite Tang poems in "
     "fluent Chinese.", "", "omission", "a sentence dropped"),
    ("oped", "China has never interfered in", "China has interfered in", "negation",
     "从不干涉 with the negation dropped (“nor” is left in the sentence): one of two negative "
     "clauses"),
    ("interview", "On December 8, 2026", "On December 18, 2026", "number-mismatch",
     "12月8日 as December 18"),
    ("interview", "Central Committee and Foreign Minister,", "Central Committee and Vice Foreign "
     "Minister,", "name-mismatch", "外交部长 as “Vice Foreign Minister” (a wrong rank)"),
    ("interview", "grew by nearly a quarter", "grew by nearly a third", "number-mismatch",
     "近四分之一 as “nearly a third”"),
    ("interview", "More than 5,000 Uzbek students", "More than 500 Uzbek students",
     "number-mismatch", "5000名 as 500"),
    ("interview", "it is a big stage for win-win cooperation", "it is a big stage for mutually "
     "beneficial cooperation", "term-missing", "合作共赢 rendered loosely"),
    ("interview", "Central Asia is not a chessboard for major-power rivalry; it is",
     "Central Asia is a chessboard for major-power rivalry and", "negation",
     "不是……而是 with the negation dropped"),
    ("interview", "Wang Yi: My pleasure.", "Wang Wenbin: My pleasure.", "name-mismatch",
     "王毅 as another official"),
    ("interview", "What's your take on that?", "您怎么看？", "untranslated",
     "a question left in Chinese"),
    ("interview", "Once it is completed, Uzbekistan will", "Once it is completed, Kyrgyzstan will",
     "term-missing", "乌兹别克斯坦 as Kyrgyzstan (a wrong country)"),
    ("whitepaper", "11 times", "12 times", "number-mismatch", "11次 as 12"),
    ("whitepaper", "in May 2023", "in May 2024", "number-mismatch", "2023年5月 as 2024"),
    ("whitepaper", "reached 106.3 billion US dollars", "reached 10.63 billion US dollars",
     "number-mismatch", "1063亿 as “10.63 billion” (÷10)"),
    ("whitepaper", "an average annual increase of 6.6 percent", "an average annual increase of "
     "6.6 percentage points", "number-mismatch", "6.6% as percentage points"),
    ("whitepaper", "2. Investment Cooperation Is Expanding", "（二）投资合作不断拓展",
     "untranslated", "a heading left in Chinese"),
    ("whitepaper", "China has never set up a military base in a Central Asian country, nor will "
     "it ever do so.", "China has set up a military base in a Central Asian country and will do "
     "so again.", "negation", "从未 with the negation dropped"),
    ("whitepaper", "and a permanent comprehensive strategic partnership with Kazakhstan",
     "and a permanent comprehensive strategic partnership with Uzbekistan", "term-missing",
     "哈萨克斯坦 as Uzbekistan (a wrong country)"),
    ("whitepaper", "more than 500 billion cubic meters", "more than 50 billion cubic meters",
     "number-mismatch", "5000亿 as “50 billion” (÷10)"),
    ("whitepaper", "the Global Civilization Initiative", "the Global Civilisation Initiative",
     "term-deprecated", "全球文明倡议 in the deprecated spelling of the name"),
    ("messages", "the 35th anniversary of his country's independence", "the 30th anniversary of "
     "his country's independence", "number-mismatch", "独立35周年 as the 30th"),
    ("messages", "to President Sadyr Japarov of Kyrgyzstan", "to Prime Minister Sadyr Japarov "
     "of Kyrgyzstan", "name-mismatch", "总统 as “Prime Minister” (a wrong title)"),
    ("messages", "Premier Li Qiang of the State Council", "Premier Li Keqiang of the State Council",
     "name-mismatch", "李强 as his predecessor"),
    ("messages", "The Chinese people will always remember him.", "", "omission",
     "the last sentence of a condolence message dropped"),
    ("messages", "November 20, 2026", "November 2, 2026", "number-mismatch",
     "the date of the letter changed"),
    ("messages", "Next year marks the 35th", "This year marks the 35th", "number-mismatch",
     "明年 as “this year”"),
    ("messages", "comprehensive strategic partnership for a new era", "all-round strategic "
     "partnership for a new era", "term-missing", "全面战略伙伴关系 as “all-round”"),
    ("messages", "I wish you every success in your studies and a bright future.",
     "祝你们学业进步、前程似锦！", "untranslated", "the closing wish left in Chinese"),
    ("toast", "Your Excellency Deputy Prime Minister Aliyev,", "Your Excellency Prime Minister "
     "Aliyev,", "name-mismatch", "副总理 as “Prime Minister” (a wrong rank)"),
    ("toast", "Thirty-five years ago today", "Thirty years ago today", "number-mismatch",
     "35年前 as thirty"),
    ("toast", "more than 200 times what it was", "more than 20 times what it was",
     "number-mismatch", "200多倍 as 20"),
    # "have always respected each other" is the verbal form MFA readouts use (twelfth round);
    # the slip is "respect" without its reciprocity
    ("toast", "have stayed true to mutual respect, equality", "have always shown respect, "
     "treated each other as equals", "term-missing", "相互尊重 without its reciprocity"),
]


def paragraphs(name: str) -> list[list[tuple[str, str]]]:
    """NAME.beads.txt as paragraphs of (Chinese, English) beads."""
    out: list[list[tuple[str, str]]] = []
    for block in (HERE / f"{name}.beads.txt").read_text(encoding="utf-8").split("\n\n"):
        lines = [line for line in block.splitlines() if line.strip()]
        if lines:
            out.append([tuple(part.strip() for part in line.split(" || ")) for line in lines])
            assert all(len(b) == 2 for b in out[-1]), (name, lines)
    return out


def _plain(paras: list[list[str | None]], sep: str) -> str:
    blocks = [sep.join(u for u in para if u) for para in paras]
    return "\n\n".join(b for b in blocks if b) + "\n"


def build() -> dict[Path, str]:
    files: dict[Path, str] = {}
    gold: list[list[str]] = []
    for name in TEXTS:
        paras = paragraphs(name)
        files[HERE / f"{name}.zh.txt"] = _plain([[zh for zh, _ in p] for p in paras], "")
        files[HERE / f"{name}.en.txt"] = _plain([[en for _, en in p] for p in paras], " ")
        files[HERE / f"{name}.gold.tsv"] = "zh\ten\n" + "".join(
            f"{zh}\t{en}\n" for p in paras for zh, en in p)
        if name in PLAIN:
            units: list[list[str | None]] = [[en for _, en in p] for p in paras]
            line, ids = 1, []
            for p in paras:
                ids.append([str(line)] * len(p))
                line += 2
            gold += [[f"{name}.slips.en.txt", *row] for row in plant(SLIPS, name, units, ids)]
            files[HERE / f"{name}.slips.en.txt"] = _plain(units, " ")
    for name, form in FORMS.items():
        written, rows = cat_forms(HERE, name, form, paragraphs(name), SLIPS, name[:2],
                                  "en-US")
        files.update(written)
        gold += rows
    files[HERE / "gold.tsv"] = gold_file(gold)
    return files


def main() -> int:
    return write(build())


if __name__ == "__main__":
    sys.exit(main())
