"""Write the CAT-tool forms and the slipped copies of the press conferences and joint statements.

Run from the repository root after editing a text, the gold alignment or a slip:
    python tests/data/lint/genres/build.py            (--check: only say whether the files differ)

The sources are `NAME.zh.txt` / `NAME.en.txt` (our own writing) and `NAME.gold.tsv`, the gold
alignment (a bead a row: its Chinese and its English sentences, joined). From them:
* `pc2.tsv`: the press conference as a CAT tool's TSV, a bead a row;
* `js2.xlf`: the joint statement as an XLIFF 1.2, a trans-unit a bead;
* `js3.xlf`: the communiqué as a segmented XLIFF 1.2, a trans-unit a paragraph and a
  `<mrk mtype="seg">` a bead;
and, with the slips of `SLIPS` planted (each a replacement in one bead or paragraph), the
`.slips` copies and `gold.tsv`: the finding a reviser must get for each slip, at its unit (the
Chinese line of the paragraph for plain text, the row id or the trans-unit id, `ID/MID` for a
segment).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from forms import cat_forms, gold_file, plant, write  # noqa: E402

PLAIN = ["pc1", "pc3", "js1"]
FORMS = {"pc2": "tsv", "js2": "xlf", "js3": "xlf-seg"}

# (text, English as written, English slipped ("" drops a paragraph or segment; None leaves a
# segment without a target), expected code, what the slip is)
SLIPS = [
    ("pc1", "from December 2 to 4", "from December 3 to 4", "number-mismatch",
     "12月2日至4日: the first day changed"),
    ("pc1", "Premier Li Qiang of the State Council", "Premier Li Keqiang of the State Council",
     "name-mismatch", "国务院总理李强 as his predecessor"),
    ("pc1", "reached 78.63 billion US dollars", "reached 786.3 billion US dollars",
     "number-mismatch", "786.3亿 as “786.3 billion” (×10)"),
    ("pc1", "violates the one-China principle", "violates the One China policy", "term-missing",
     "一个中国原则 as “One China policy” (the rendering for 一个中国政策)"),
    ("pc1", "A: China's position on the Ukraine crisis is consistent and clear. We always stand "
     "on the side of peace and support all efforts conducive to a peaceful settlement of the "
     "crisis. As for the meeting you mentioned, I have no information to release at the "
     "moment.", "", "omission", "an answer dropped"),
    ("pc1", "practice true multilateralism", "practice real multilateralism", "term-deprecated",
     "真正的多边主义 as “real multilateralism”"),
    ("pc2", "from December 4 to 6", "from December 4 to 16", "number-mismatch",
     "12月4日至6日: the last day changed"),
    ("pc2", "In the 34 years since", "In the 24 years since", "number-mismatch",
     "建交34年 as 24 years"),
    ("pc2", "Lin Jian: We will release information in due course.", "林剑：有消息我们会及时发布。",
     "untranslated", "a short answer left in Chinese"),
    ("pc2", "Lin Jian: Uzbekistan is an important partner", "Lin Jian: Kazakhstan is an "
     "important partner", "term-missing", "乌兹别克斯坦 as Kazakhstan (a swapped country name)"),
    ("pc2", "abandon the Cold War mentality", "abandon the Cold War way of thinking",
     "term-missing", "冷战思维 paraphrased"),
    ("pc2", "Shenzhen TV: The European Parliament recently adopted a China-related resolution "
     "criticizing China's human rights situation.", "", "untranslated",
     "a question's first sentence left out (an empty segment)"),
    ("pc3", "will be held in Ashgabat on November 25", "will be held in Ashgabat on November 15",
     "number-mismatch", "11月25日 as November 15"),
    ("pc3", "Spokesperson Mao Ning: As agreed", "Spokesperson Wang Wenbin: As agreed",
     "name-mismatch", "毛宁 as another spokesperson"),
    ("pc3", "exceeded 2.2 billion kilowatts", "exceeded 220 million kilowatts", "number-mismatch",
     "22亿 as “220 million” (÷10)"),
    ("pc3", "building a \"small yard, high fence\"", "building \"high walls around a small yard\"",
     "term-missing", "小院高墙 paraphrased"),
    ("pc3", "had helped 1,286 Chinese citizens", "had helped 1,268 Chinese citizens",
     "number-mismatch", "two digits swapped"),
    ("pc3", "The China Coast Guard took necessary control measures in accordance with the law, "
     "and its operation was professional, standard, legitimate and lawful.",
     "中国海警依法采取必要管控措施，操作专业规范、正当合法。", "untranslated",
     "a sentence left in Chinese"),
    ("js1", "VII. The two sides will strengthen cooperation in energy, minerals and electricity, "
     "and support cooperation between their companies on hydropower, photovoltaic, wind power "
     "and other clean energy projects.", "", "omission", "an article dropped"),
    ("js1", "a trade volume of 30 billion US dollars", "a trade volume of 3 billion US dollars",
     "number-mismatch", "300亿 as “3 billion” (÷10)"),
    ("js1", "combat the three forces of terrorism, separatism and extremism",
     "combat the three evil forces", "term-deprecated", "三股势力 as “three evil forces”"),
    ("js1", "Beijing, November 18, 2026", "Beijing, November 17, 2026", "number-mismatch",
     "the date of signing changed"),
    ("js2", "raise bilateral trade to 20 billion US dollars", "raise bilateral trade to 200 "
     "billion US dollars", "number-mismatch", "200亿 as “200 billion” (×10)"),
    ("js2", "(3) Energy.", None, "untranslated", "a heading segment left without a target"),
    ("js2", "the instigation of \"color revolutions\"", "the instigation of \"colored "
     "revolutions\"", "term-missing", "颜色革命 as “colored revolutions”"),
    ("js2", "designate 2027 as the China-Uzbekistan Year of Tourism",
     "designate 2028 as the China-Uzbekistan Year of Tourism", "number-mismatch",
     "2027年 as 2028"),
    ("js3", "more than 450 billion cubic meters", "more than 45 billion cubic meters",
     "number-mismatch", "4500亿 as “45 billion” (÷10)"),
    ("js3", "the 35th anniversary of diplomatic relations", "the 30th anniversary of diplomatic "
     "relations", "number-mismatch", "35周年 as 30th"),
    ("js3", "signed six cooperation documents", "signed seven cooperation documents",
     "number-mismatch", "6份 as seven"),
    ("js3", "11. The two sides advocate the peaceful settlement of international disputes "
     "through dialogue and consultation, oppose unilateralism and hegemonism, and uphold the "
     "UN-centered international system.", "11.双方主张通过对话协商和平解决国际争端，反对单边主义和"
     "霸权主义，维护以联合国为核心的国际体系。", "untranslated", "an article left in Chinese"),
]


def beads(name: str) -> list[tuple[str, str]]:
    with open(HERE / f"{name}.gold.tsv", encoding="utf-8", newline="") as fh:
        return [(row["zh"], row["en"]) for row in csv.DictReader(fh, delimiter="\t")]


def paragraphs(name: str) -> list[list[tuple[str, str]]]:
    """The gold beads grouped by Chinese paragraph (a bead lies within one paragraph)."""
    paras = [p.strip() for p in (HERE / f"{name}.zh.txt").read_text(encoding="utf-8")
             .split("\n\n") if p.strip()]
    out: list[list[tuple[str, str]]] = []
    todo = beads(name)
    for para in paras:
        group, rest = [], para
        while rest:
            zh, en = todo.pop(0)
            assert rest.startswith(zh), (name, rest[:20], zh[:20])
            group.append((zh, en))
            rest = rest[len(zh):].lstrip()
        out.append(group)
    assert not todo, name
    return out


def zh_lines(name: str) -> list[int]:
    """The line of each paragraph of NAME.zh.txt."""
    lines = (HERE / f"{name}.zh.txt").read_text(encoding="utf-8").splitlines()
    return [n for n, text in enumerate(lines, 1) if text.strip() and (n == 1 or not lines[n - 2]
                                                                      .strip())]


def build() -> dict[Path, str]:
    files: dict[Path, str] = {}
    gold: list[list[str]] = []
    for name in PLAIN:
        en = [p.strip() for p in (HERE / f"{name}.en.txt").read_text(encoding="utf-8")
              .split("\n\n") if p.strip()]
        units: list[list[str | None]] = [[p] for p in en]
        lines = zh_lines(name)
        assert len(lines) == len(en), name
        rows = plant(SLIPS, name, units, [[str(n)] for n in lines])
        gold += [[f"{name}.slips.en.txt", *row] for row in rows]
        files[HERE / f"{name}.slips.en.txt"] = "\n\n".join(
            u[0] for u in units if u[0]) + "\n"
    for name, form in FORMS.items():
        written, rows = cat_forms(HERE, name, form, paragraphs(name), SLIPS, name,
                                  "en-GB")
        files.update(written)
        gold += rows
    files[HERE / "gold.tsv"] = gold_file(gold)
    return files


def main() -> int:
    return write(build())


if __name__ == "__main__":
    sys.exit(main())
