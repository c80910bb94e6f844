"""`tifa mine` on fresh24, a corpus the mining rules were not written on (twenty-fourth round):
27 short articles in our own words (18 dev, 9 held out), 76 formulations placed in them, most
once, half of them new to the glossary (`tests/data/mining/fresh24/gold.tsv`). The floors are
the figures measured at the end of the round less a margin (docs/mining.md, mine24)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from tifa.glossary.mine import (
    Candidate,
    Context,
    _key,
    drop_saying_lines,
    gather,
    glossary_labels,
    rank,
)
from tifa.glossary.mine_background import background
from tifa.glossary.mine_eval import Fragments, fragments, quality, term_ranks
from tifa.glossary.mine_signals import edges
from tifa.glossary.mine_structure import _split_joined
from tifa.glossary.mine_words import SENTENCE_LEADS, TIME_WORDS, lead_merged
from tifa.glossary.store import load_glossary
from tifa.tm.corpus.merge import build_segments

FRESH = Path(__file__).parent / "data" / "mining" / "fresh24"
FRESH25 = FRESH.parent / "fresh25"  # the twenty-fifth round's (tests/test_mine_fresh25.py)
FRESH26 = FRESH.parent / "fresh26"  # the twenty-sixth round's (tests/test_mine_fresh26.py)
FRESH27 = FRESH.parent / "fresh27"  # the twenty-seventh round's (tests/test_mine_fresh27.py)


def fresh_gold(part: str, corpus: Path = FRESH) -> list[tuple[str, str]]:
    """(formulation, `glossary` or `new`) of one part of a fresh corpus."""
    out = []
    for line in (corpus / "gold.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            term, kind, where, _ = line.split("\t")
            if where == part:
                out.append((term, kind))
    return out


def mined(part: str, corpus: Path = FRESH) -> tuple[list[Candidate], list[Candidate]]:
    """One part mined: (ranking, --new-only ranking), with the shipped glossary."""
    segs = build_segments(sorted(str(p) for p in (corpus / part).glob("*.txt"))).segments
    ev = gather(segs)
    glossary = load_glossary(env=False)
    return rank(ev, None, glossary, False, None), rank(ev, None, glossary, True, None)


def recalls(ranked: list[Candidate], new_only: list[Candidate], gold: list[tuple[str, str]],
            k: int = 200) -> tuple[float, float, float]:
    """Recall@k of a part's gold: all terms, the glossary's, the new ones in `--new-only`."""
    return (term_ranks(ranked, [t for t, _ in gold]).recall_at(k),
            term_ranks(ranked, [t for t, kind in gold if kind == "glossary"]).recall_at(k),
            term_ranks(new_only, [t for t, kind in gold if kind == "new"]).recall_at(k))


@dataclass
class PartFigures:
    """One part of a fresh corpus mined, with the figures of `bench/mine_fresh.py`."""

    ranked: list[Candidate]
    new_only: list[Candidate]
    gold: list[tuple[str, str]]
    every: float    # recall@200 of the part's gold
    listed: float   # of its glossary forms
    new: float      # of its new ones, in `--new-only`
    frags: Fragments  # in the top 100, the other part's gold and the glossary known

    def at(self) -> dict[str, int]:
        return ranks(self.ranked)


def part_figures(part: str, corpus: Path) -> PartFigures:
    ranked, new_only = mined(part, corpus)
    gold = fresh_gold(part, corpus)
    other = fresh_gold("heldout" if part == "dev" else "dev", corpus)
    frags = fragments(ranked, [t for t, _ in gold], [t for t, _ in other], load_glossary(env=False))
    return PartFigures(ranked, new_only, gold, *recalls(ranked, new_only, gold), frags)


@dataclass(frozen=True)
class Floors:
    """A round's floors on its fresh corpus: the figures measured at the round's end less a
    margin (docs/mining.md). Dev part: recall@200 of all its gold, of its glossary forms and of
    its new ones (`--new-only`), fragments in the top 100 (strict, real), `names` in the top
    200; held-out part: recall@200, measured once at the round's end and a floor from then on."""

    every: float
    listed: float
    new: float
    strict: int
    real: int
    names: tuple[str, ...]
    held_out: float


ROUND_FLOORS = {
    # base → end of the round: 0.51 → 0.62, glossary 0.53 → 0.60, new 0.47 → 0.65,
    # fragments 37 → 28 strict, 29 → 21 real; held out 0.56 → 0.61
    "fresh30": Floors(0.58, 0.55, 0.60, 30, 23, (
        "21世纪海上丝绸之路", "“南南光伏惠民”计划", "亚太供应链互联互通行动计划",
        "以人为核心的新型城镇化", "藏粮于地、藏粮于技", "文明多样性",
        "GEP进规划、进考核、进决策", "亚太经合组织贸易部长会议"), 0.55),
    # 0.42 → 0.57, glossary 0.43 → 0.57, new 0.40 → 0.57, fragments 36 → 24 strict, 28 → 20
    # real; held out 0.56 → 0.64
    "fresh31": Floors(0.53, 0.52, 0.52, 27, 23, (
        "全球南方数字能力建设伙伴计划", "新时代全面战略协作伙伴关系",
        "不结盟、不对抗、不针对第三方", "二十国集团发展筹资高级别原则"), 0.60),
    # 0.42 → 0.54, glossary 0.35 → 0.52, new 0.49 → 0.56, fragments 34 → 31 strict, 24 → 21
    # real; held out 0.66 → 0.66
    "fresh32": Floors(0.50, 0.48, 0.52, 34, 24, (
        "中巴高层协调与合作委员会", "河长制", "以草定畜、草畜平衡",
        "山水林田湖草沙一体化保护和修复", "中国—联合国和平与发展基金"), 0.62),
}


@pytest.mark.parametrize("name", sorted(ROUND_FLOORS))
def test_formulations_met_once_are_found_on_a_rounds_dev_part(name):
    floors = ROUND_FLOORS[name]
    dev = part_figures("dev", FRESH.parent / name)
    assert dev.every >= floors.every and dev.listed >= floors.listed and dev.new >= floors.new
    assert len(dev.frags.strict) <= floors.strict and len(dev.frags.real) <= floors.real
    at = dev.at()
    for term in floors.names:
        assert at[_key(term)] <= 200, term


@pytest.mark.parametrize("name", sorted(ROUND_FLOORS))
def test_formulations_met_once_are_found_on_a_rounds_held_out_part(name):
    ranked, _ = mined("heldout", FRESH.parent / name)
    terms = [t for t, _ in fresh_gold("heldout", FRESH.parent / name)]
    assert term_ranks(ranked, terms).recall_at(200) >= ROUND_FLOORS[name].held_out


@pytest.fixture(scope="module")
def dev():
    return mined("dev")


def ranks(ranked: list[Candidate]) -> dict[str, int]:
    at: dict[str, int] = {}
    for i, c in enumerate(ranked):
        at.setdefault(_key(c.zh), i + 1)
    return at


def recall(ranked: list[Candidate], terms: list[str], k: int) -> float:
    return term_ranks(ranked, terms).recall_at(k)


@pytest.mark.parametrize("corpus", [FRESH, FRESH25, FRESH26, FRESH27, FRESH27.parent / "fresh28",
                                    FRESH27.parent / "fresh30", FRESH27.parent / "fresh31",
                                    FRESH27.parent / "fresh32"],
                         ids=["fresh24", "fresh25", "fresh26", "fresh27", "fresh28", "fresh30",
                              "fresh31", "fresh32"])
def test_the_gold_list_is_placed_in_its_part_of_the_corpus(corpus):
    for part in ("dev", "heldout"):
        text = "".join(p.read_text(encoding="utf-8") for p in (corpus / part).glob("*.txt"))
        gold = fresh_gold(part, corpus)
        assert gold and all(term in text for term, _ in gold)
        assert {kind for _, kind in gold} == {"glossary", "new"}


def test_formulations_met_once_are_found_on_the_dev_part(dev):
    """Measured at the end of the round: recall@200 0.79 (all), 0.77 (new); --new-only @200
    0.80; P@50 0.48 against the gold alone (most of the rest are set phrases the list does not
    hold: 稳中有进, 授人以渔, 板上发电)."""
    ranked, new_only = dev
    gold = fresh_gold("dev")
    terms = [t for t, _ in gold]
    new = [t for t, kind in gold if kind == "new"]
    assert recall(ranked, terms, 200) >= 0.72
    assert recall(ranked, new, 200) >= 0.70
    assert recall(new_only, new, 200) >= 0.72
    assert quality(ranked, terms).p50 >= 0.40


def test_formulations_met_once_are_found_on_the_held_out_part():
    """Measured once, after the round's fixes: recall@200 0.71 (all, 17 of 24), 0.90 (new, 9 of
    10), --new-only @200 0.90; the round's start had 0.67, 0.80, 0.80 (女排精神 in direct
    speech was left out as a saying's line). Asserted as a floor from here on."""
    ranked, new_only = mined("heldout")
    gold = fresh_gold("heldout")
    new = [t for t, kind in gold if kind == "new"]
    assert recall(ranked, [t for t, _ in gold], 200) >= 0.62
    assert recall(ranked, new, 200) >= 0.80
    assert recall(new_only, new, 200) >= 0.80


def test_a_name_with_a_clause_lead_in_front_gives_way_to_the_name(dev):
    """作为|三北工程 and 探索出|光伏治沙 were in the top 70 of the round's start, their names
    at 43 (inside them) and 242; now the names stand in their place."""
    at = ranks(dev[0])
    for piece, name in (("作为三北工程", "三北工程"), ("出光伏治沙", "光伏治沙")):
        assert piece not in at and at[name] <= 100, (piece, at.get(name))
    assert "一是推行" not in at or dev[0][at["一是推行"] - 1].score == 0


def test_clause_leads_are_pieces_and_names_that_start_alike_stay():
    bg = background()

    def attached(s: str, cands: set[str]) -> float:
        return edges(s, bg.split(s), cands)["attached"]

    assert attached("作为三北工程", set()) == 1.0          # no name left: a piece, vetoed
    assert attached("一是推行", set()) == 1.0              # 一|是 read as one marker
    assert attached("愿加强农业", set()) == 1.0
    assert attached("杭锦旗今年完成沙化", set()) == 1.0    # a word of time inside: a clause
    # slipped twins: names that start with words a clause may start with stay
    assert attached("基于规则的国际秩序", set()) == 0.0
    assert attached("最后一公里", set()) == 0.0
    assert attached("出口管制", set()) == 0.0              # 出口 is a word: no complement


def test_no_form_of_the_glossary_starts_with_a_clause_lead_or_holds_a_word_of_time():
    """The lists are of words no formulation starts with (or holds): checked on every form."""
    bg = background()
    forms = glossary_labels([e for e in load_glossary(env=False) if e.category != "term"])
    for form in forms:
        words = lead_merged(bg.split(form))
        assert words[0] not in SENTENCE_LEADS or len(words) == 1, form
        assert not any(w in TIME_WORDS for w in words[1:]), form


def test_a_quote_with_a_long_line_is_someones_words_not_a_saying(dev):
    speech = "他说：“一路上市民们热情加油，也看到了工匠精神打造的精品赛事。”"
    said = Candidate("工匠精神", 0.9, 1, 1, {}, [Context(speech, "a.txt", 1)])
    verse = Candidate("再顾重千金", 0.8, 1, 1, {}, [Context("有“长安复携手，再顾重千金”的诗句。",
                                                             "a.txt", 2)])
    assert drop_saying_lines([said, verse]) == [said]      # the verse's line still leaves
    assert "工匠精神" in ranks(dev[0])


def test_a_joiner_between_single_characters_is_no_list():
    bg = background()
    assert _split_joined("宜居宜业和美乡村", bg) == ["宜居宜业和美乡村"]
    assert _split_joined("顶层设计和统筹规划", bg) == ["顶层设计", "统筹规划"]  # slipped twin


def test_what_a_name_has_in_use_gives_way_to_the_name(dev):
    at = ranks(dev[0])
    assert "新型举国体制优势" not in at and at["新型举国体制"] <= 200

