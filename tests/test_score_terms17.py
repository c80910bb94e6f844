"""Term accuracy on forms the sixteenth round's set did not hold (docs/score.md, "Seventeenth
round"): each rule with the form a grader accepts counted matched and its slipped twin
counted missed; the hand-labelled set tests/data/score/terms17 scored through the command
line; its annotations in the formats terminology test sets ship give the same figures; and a
broken annotation file is one line naming its line."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests import scoresets
from tests.conftest import run_tifa
from tests.scoresets import matched_rows

SET = Path(__file__).parent / "data" / "score" / "terms17"
SYSTEMS = ("mt", "llm", "markup", "wrong")


matched = scoresets.outcomes  # the outcome of each occurrence of one annotated term


@pytest.mark.parametrize(("zh", "ens", "accepted", "slipped"), [
    # a compound closed, hyphenated or open otherwise than annotated
    ("防扩散", ["non-proliferation"], "They talked about nonproliferation.",
     "They talked about proliferation."),
    ("合作", ["cooperation"], "They will deepen co-operation.", "They will deepen operation."),
    ("维和人员", ["peacekeepers"], "China sends the most peace keepers.",
     "China sends the most peace envoys."),
    ("七国集团", ["G7"], "The G-7 summit ended.", "The G-8 summit ended."),
    ("上海合作组织", ["Shanghai Cooperation Organization"],
     "The Shanghai Co-operation Organisation met.", "The Shanghai Co-operation Council met."),
    # a name said by its initials, an acronym spelled out
    ("上海合作组织", ["Shanghai Cooperation Organization"], "The SCO's members met.",
     "The SCC's members met."),
    ("区域全面经济伙伴关系协定", ["RCEP"],
     "More may join the Regional Comprehensive Economic Partnership Agreement.",
     "More may join the regional economic partnership."),
    # a nominalised term said as its verb and object
    ("减贫", ["poverty reduction"], "They will work to reduce rural poverty.",
     "They will work on poverty."),
    ("能力建设", ["capacity building"], "They will build their capacity.",
     "They will build their houses."),
    # a verbal annotation inflected
    ("干涉中国内政", ["interfere in China's internal affairs"],
     "The statement interfered in China's internal affairs.",
     "The statement commented on China's internal affairs."),
    # an ampersand for "and"
    ("共建“一带一路”", ["Belt and Road cooperation"], "They back Belt & Road cooperation.",
     "They back Belt cooperation."),
])
def test_a_form_a_grader_accepts_and_its_slipped_twin(zh, ens, accepted, slipped) -> None:
    source = f"各方谈到{zh}。"
    assert matched(zh, ens, source, accepted) == [1], accepted
    assert matched(zh, ens, source, slipped) == [0], slipped


def test_a_near_name_with_the_acronyms_initials_is_not_the_name() -> None:
    """Spelling an acronym out is accepted only where no accepted rendering is the name it
    stands for: then that one is the name, and "Global Developing Initiative" is a slip."""
    ens = ["Global Development Initiative", "GDI"]
    source = "各方支持全球发展倡议。"
    assert matched("全球发展倡议", ens, source, "They back the GDI.") == [1]
    assert matched("全球发展倡议", ens, source, "They back the Global Developing Initiative."
                   ) == [0]


def test_a_word_hyphened_to_a_names_word_makes_another_name() -> None:
    ens = ["Chinese modernization"]
    source = "中国式现代化。"
    assert matched("中国式现代化", ens, source, "Chinese people-centred modernization") == [1]
    assert matched("中国式现代化", ens, source, "Chinese-style modernisation") == [0]


def test_change_said_as_a_verb_is_no_nominalised_term() -> None:
    """"climate change" ends in no nominalising suffix: "change the climate" is not it."""
    assert matched("气候变化", ["climate change"], "应对气候变化。",
                   "Humans change the climate.") == [0]
    assert matched("发展中国家", ["developing countries"], "发展中国家。",
                   "Developed countries pledged more.") == [0]


# What tifa still counts otherwise than the labels (docs/score.md), per (part, system,
# segment, Chinese term): labelled matched, counted matched. (Six more were fixed in the
# eighteenth round, tests/test_score_terms18.py, and one in the nineteenth, _terms19.py.)
LEFT = {
    ("dev", "llm", 6, "中国—东盟自由贸易区3.0版"): (1, 0),  # "China-Asean FTA 3.0"
    ("dev", "llm", 11, "城乡融合发展"): (1, 0),       # "integrate urban and rural development"
    ("dev", "llm", 12, "高水平对外开放"): (1, 0),     # "opening up at a high standard"
    ("dev", "llm", 26, "以和平方式解决争端"): (1, 0),  # "disputes settled peacefully"
    ("dev", "llm", 26, "使用武力或以武力相威胁"): (1, 0),  # "force or the threat of it"
    ("dev", "llm", 35, "产业链供应链"): (1, 0),       # "industry and supply chains"
    ("dev", "llm", 37, "外资准入负面清单"): (1, 0),   # "foreign-investment negative list"
    # held out (written after the fixes, measured once)
    ("held-out", "llm", 3, "单方面免签政策"): (1, 0),  # "visa-free on a unilateral basis"
    ("held-out", "llm", 17, "政治途径"): (1, 0),       # "politically"
    ("held-out", "llm", 18, "新型国际关系"): (1, 0),   # "… international relationship"
    ("held-out", "wrong", 10, "绿色伙伴关系"): (0, 1),  # "green cooperation and digital …"
}


def score_args(root: Path, src: Path | None = None) -> list[str]:
    return scoresets.score_args(root, SYSTEMS, src)


@pytest.mark.parametrize("part", ["dev", "held-out"])
def test_the_labelled_set_scores_as_labelled(part) -> None:
    """Each segment's matched terms equal the labels', the documented leftovers aside. The
    per-term measure is bench/score_term_labels.py."""
    scoresets.assert_scores_as_labelled(SET / part, part, SYSTEMS, LEFT)


def annotations(root: Path) -> dict[int, list[list[str]]]:
    """Segment → [zh, en, en…] per annotation, from terms.seg.tsv (`|` cells split)."""
    out: dict[int, list[list[str]]] = {}
    for line in (root / "terms.seg.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        seg, zh, *cells = line.split("\t")
        ens = [e.strip() for c in cells for e in c.split("|")]
        out.setdefault(int(seg), []).append([zh, *ens])
    return out


def tagged_source(root: Path) -> list[str]:
    """The source with each annotation written inside it as WMT 2021 did: <term src= tgt=>
    around the term's words (the next occurrence, as the annotations are in order)."""
    lines = (root / "src.zh").read_text(encoding="utf-8").splitlines()
    by_seg = annotations(root)
    out = []
    for n, line in enumerate(lines, 1):
        pos, done = 0, ""
        for zh, *ens in by_seg.get(n, []):
            pattern = re.escape(zh).replace("“", "[“\"]").replace("”", "[”\"]")
            m = re.compile(pattern).search(line, pos)
            assert m is not None, (n, zh)
            tgt = "|".join(ens).replace("&", "&amp;").replace('"', "&quot;")
            done += line[pos:m.start()] + (f'<term id="{n}" type="src_original_and_tgt_original"'
                                           f' src="{zh}" tgt="{tgt}">{m.group()}</term>')
            pos = m.end()
        out.append(done + line[pos:])
    return out


def test_the_annotations_in_other_formats_give_the_same_figures(tmp_path) -> None:
    """terms.seg.tsv as JSON Lines whose lines are the term lists ([[zh, en, …]]), as
    {"terms": {zh: [en, …]}} objects, and as WMT 2021's inline tags — in a source with one
    segment a line (then also given as --src: the tags are left out of the source) and in
    SGML <seg id=…> lines: the same per-segment counts."""
    root = SET / "dev"
    by_seg = annotations(root)
    n = len((root / "src.zh").read_text(encoding="utf-8").splitlines())
    lists = tmp_path / "lists.jsonl"
    lists.write_text("".join(json.dumps(by_seg.get(k, []), ensure_ascii=False) + "\n"
                             for k in range(1, n + 1)), encoding="utf-8")
    tagged = tmp_path / "tagged.zh"
    tagged.write_text("".join(line + "\n" for line in tagged_source(root)), encoding="utf-8")
    sgml = tmp_path / "tagged.sgm"
    sgml.write_text('<srcset setid="terms17" srclang="zh">\n<doc docid="dev">\n' + "".join(
        f'<seg id="{k}">{line}</seg>\n' for k, line in enumerate(tagged_source(root), 1)
        if k % 3) + "</doc>\n</srcset>\n", encoding="utf-8")
    want = matched_rows(run_tifa(*score_args(root), "--terms", str(root / "terms.seg.tsv")))
    assert matched_rows(run_tifa(*score_args(root), "--terms", str(lists))) == want
    assert matched_rows(run_tifa(*score_args(root), "--terms", str(tagged))) == want
    done = run_tifa(*score_args(root, tagged), "--terms", str(tagged))
    assert matched_rows(done) == want
    assert "term annotations (<term> tags) left out on 41 line(s)" in done.stdout
    # one object per line with a {zh: [en, …]} map: a term twice in a segment is one key,
    # so only segments without a repeated term are compared
    single = {k for k, v in by_seg.items() if len({p[0] for p in v}) == len(v)}
    maps = tmp_path / "maps.jsonl"
    maps.write_text("".join(json.dumps({"terms": {p[0]: p[1:] for p in by_seg.get(k, [])}
                                        if k in single else {}}, ensure_ascii=False) + "\n"
                            for k in range(1, n + 1)), encoding="utf-8")
    got = matched_rows(run_tifa(*score_args(root), "--terms", str(maps)))
    for mine, theirs in zip(got, want, strict=True):
        assert [r for k, r in enumerate(mine, 1) if k in single] == \
            [r for k, r in enumerate(theirs, 1) if k in single]
    # SGML: the segments in <seg id=…> lines only (every third left out)
    got = matched_rows(run_tifa(*score_args(root), "--terms", str(sgml)))
    for mine, theirs in zip(got, want, strict=True):
        assert [r for k, r in enumerate(mine, 1) if k % 3] == \
            [r for k, r in enumerate(theirs, 1) if k % 3]
        assert all(r == (0, 0) for k, r in enumerate(mine, 1) if not k % 3)


@pytest.mark.parametrize(("name", "text", "line", "problem"), [
    ("t.tsv", "1\t防扩散\n", 1, "expected SEGMENT<TAB>Chinese term<TAB>English term"),
    ("t.tsv", "1\t防扩散\t | \n", 1, "a Chinese term and at least one English translation"),
    ("t.tsv", "1\t防扩散\tnon-proliferation\n99\t防扩散\tx\n", 2, "no segment 99"),
    ("t.tsv", "2\t防扩散\tnon-proliferation\n", 1, "防扩散 is not in segment 2's source"),
    ("t.tsv", "seg\tzh\ten\nx1\t防扩散\tnon-proliferation\n", 2, "expected SEGMENT"),
    ("t.jsonl", '{"terms": [["防扩散", "non-proliferation"]]}\n{"terms": 5}\n', 2,
     "the term list must be a list of pairs"),
    ("t.jsonl", '[["防扩散", "non-proliferation"]]\n[1, 2]\n', 2, "a term pair needs"),
    ("t.jsonl", '{"terms": {"防扩散": [1]}}\n', 1, "a term pair needs"),
    ("t.jsonl", '"防扩散"\n', 1, "not a JSON object or list of term pairs"),
    ("t.jsonl", '{"terms": [["防扩散", "x"]]\n', 1, "not a JSON object"),
    ("t.zh", '双方同意在<term src="防扩散" tgt="non-proliferation">防扩散\n', 1,
     "a <term> tag without its </term>"),
    ("t.zh", '双方<term id="1" src="防扩散">防扩散</term>\n', 1, "a <term> tag without tgt="),
    ("t.zh", '1\n<term src="防扩散" tgt="non-proliferation">防扩散</term>\n', 2,
     "防扩散 is not in segment 2's source"),
    ("t.sgm", '<doc>\n<term src="防扩散" tgt="x">防扩散</term>\n', 2,
     "a <term> tag outside a <seg id=…> line"),
])
def test_a_broken_annotation_file_is_one_line_naming_its_line(tmp_path, name, text, line,
                                                              problem) -> None:
    root = SET / "dev"
    bad = tmp_path / name
    bad.write_text(text if name != "t.sgm" else '<seg id="1">x</seg>\n' + text,
                   encoding="utf-8")
    if name == "t.sgm":
        line += 1
    done = run_tifa(*score_args(root), "--terms", str(bad))
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert done.stderr.startswith(f"tifa: error: {bad}:{line}: {problem}"), done.stderr


# The round's leftovers fixed (docs/score.md, "Seventeenth round: the leftovers (score17b)").

@pytest.mark.parametrize(("zh", "ens", "accepted", "slipped"), [
    # an acronym alone among lower-case words keeps its S: BRICS is not BRIC
    ("金砖国家", ["BRICS"], "The BRICS mechanism has grown.", "The BRIC mechanism has grown."),
    ("金砖国家", ["BRICS"], "They met at the SCO, BRICS and CICA.",   # a list is no heading
     "They met at the SCO, BRIC and CICA."),
    ("人民币跨境支付系统", ["CIPS"], "Banks joined CIPS last year.", "Banks joined CIP last year."),
    # a name written in capitals: its plural word is a plural, not an acronym
    ("全国运动会", ["National Games"], "China will host the 15th NATIONAL GAMES.",
     "China will host the 15th NATIONAL GAME."),
])
def test_capitals_an_acronym_and_a_word_and_their_slipped_twins(zh, ens, accepted, slipped
                                                                 ) -> None:
    source = f"各方谈到{zh}。"
    assert matched(zh, ens, source, accepted) == [1], accepted
    assert matched(zh, ens, source, slipped) == [0], slipped


def test_an_annotated_acronym_spelled_out_as_the_glossary_names_it(tmp_path) -> None:
    """An annotation gives only "ASEAN" or "G20": the names the shipped glossary gives the
    same term beside that acronym render it too; a near name does not."""
    src = tmp_path / "src.zh"
    src.write_text("东盟是中国的伙伴。\n中方在二十国集团中发挥作用。\n", encoding="utf-8")
    terms = tmp_path / "terms.tsv"
    terms.write_text("1\t东盟\tASEAN\n2\t二十国集团\tG20\n", encoding="utf-8")
    good = tmp_path / "good.en"
    good.write_text("The Association of Southeast Asian Nations is China's partner.\n"
                    "China plays its part in the Group of Twenty.\n", encoding="utf-8")
    near = tmp_path / "near.en"
    near.write_text("The Association of South Asian Nations is China's partner.\n"
                    "China plays its part in the Group of Seven.\n", encoding="utf-8")
    done = run_tifa("score", "--src", str(src), str(good), str(near), "--presplit",
                    "--bootstrap", "0", "-f", "json", "--terms", str(terms))
    assert matched_rows(done) == [[(1, 1), (1, 1)], [(1, 0), (1, 0)]]
