"""Writes keynote-planted.en.txt, planted.tsv and keynote-cut.en.txt from keynote.en.txt.

Each planted error is a slip a real translator or reviser makes, put into one sentence of our
second translation of the Xi'an keynote; planted.tsv gives the Chinese line of the unit the
error is in and the finding code(s) a reviser should get there (any of them counts as a hit).
`keynote-cut.en.txt` is the translation with three paragraphs deleted (the 13th, 23rd and 28th:
世界需要一个繁荣的中亚, 二是拓展经贸关系, 七是加强文明对话) and a translator's note added after
the Li Bai couplet.

keynote.zh.txt is the first article of seeds/001_40e660239a1a5984.txt as the corpus reader gives
it (the speech as printed, OCR slips included: 道路道路, 蒸蒸日上中亚); keynote.en.txt is our own
second translation of it.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
# (Chinese line, codes, what the slip is, English as correct, English with the slip)
PLANTED = [
    (1, "term-deprecated", "deprecated rendering in the title",
     "China–Central Asia Community with a Shared Future:",
     "China–Central Asia Community of Common Destiny:"),
    (5, "number-mismatch", "wrong day in the date line", "(19 May 2023)", "(9 May 2023)"),
    (13, "number-mismatch", "wrong figure", "Over 2,100 years ago", "Over 1,200 years ago"),
    (15, "number-mismatch", "wrong year", "In 2013, on my first trip", "In 2015, on my first trip"),
    (17, "untranslated term-missing", "Chinese left in the English",
     "The China–Kyrgyzstan–Uzbekistan highway across", "The 中吉乌 highway across"),
    (21, "term-deprecated", "deprecated rendering",
     "the changes unseen in a century are now",
     "the great changes unseen in a hundred years are now"),
    (27, "negation", "negation lost",
     "cultural divides are not what defines", "cultural divides are what defines"),
    (31, "omission", "a sentence left out",
     "It was a historic choice, made in a new context and with the fundamental interests and "
     "bright future of our peoples in mind. ", ""),
    (33, "term-missing", "wrong official term (strategic mutual trust)",
     "We should deepen strategic mutual trust", "We should deepen strategic trust"),
    (35, "term-deprecated", "deprecated rendering with the context's suggestion",
     "keep leading the way in Belt and Road cooperation",
     "keep leading the way in One Belt, One Road cooperation"),
    (37, "term-missing", "wrong official term (color revolution)",
     'to instigate "color revolutions"', 'to instigate "colored revolutions"'),
    (39, "term-missing", "wrong official term (Global Civilization Initiative)",
     "act on the Global Civilization Initiative", "act on the Global Civilizational Initiative"),
    (51, "untranslated", "untranslated chunk",
     "on the treatment and use of saline-alkali land", "on 盐碱地治理开发"),
    (53, "number-mismatch", "wrong scale", "26 billion yuan", "26 million yuan"),
    (57, "term-missing", "recommended rendering replaced by a loose paraphrase",
     "the coordination mechanism among Afghanistan's neighboring countries",
     "the mechanism of countries around Afghanistan"),
    (59, "number-mismatch term-missing", "wrong congress number",
     "the 20th National Congress of the Communist Party of China",
     "the 19th National Congress of the Communist Party of China"),
    (61, "term-missing", "official term replaced (common prosperity)",
     "common development, common prosperity and shared prosperity",
     "common development, wealth for all and shared prosperity"),
]


def main() -> None:
    text = (HERE / "keynote.en.txt").read_text(encoding="utf-8")
    rows = ["zh_line\tcodes\tslip"]
    for line, codes, slip, good, bad in PLANTED:
        assert text.count(good) == 1, good
        text = text.replace(good, bad)
        rows.append(f"{line}\t{codes}\t{slip}")
    (HERE / "keynote-planted.en.txt").write_text(text, encoding="utf-8")
    (HERE / "planted.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    write_cut()


CUT = ("The world needs a prosperous", "Second, we will expand economic",
       "Seventh, we will strengthen dialogue")
NOTE = (" (Translator's note: Li Bai wrote the couplet as a farewell to a friend, hoping they "
        "would meet again in the capital.)")


def write_cut() -> None:
    paras = (HERE / "keynote.en.txt").read_text(encoding="utf-8").strip().split("\n\n")
    kept = [p for p in paras if not p.startswith(CUT)]
    assert len(kept) == len(paras) - 3
    couplet = 'a second look is worth a fortune."'
    kept = [p.replace(couplet, couplet + NOTE) for p in kept]
    assert sum(NOTE in p for p in kept) == 1
    (HERE / "keynote-cut.en.txt").write_text("\n\n".join(kept) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
