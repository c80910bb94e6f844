"""The weekly staples of a Foreign Ministry translator (docs/glossary-content.md, "Tenth
round"): sentences written for this test, each translated freely and correctly (articles,
plurals, possessives, reordering), must lint silent; the same translation with the official
rendering replaced by a deprecated or a wrong one must give exactly that one finding."""

from __future__ import annotations

import pytest
from tifa.glossary.store import DATA_DIR
from tifa.tm.lint import LintUnit, iter_findings

from tests import test_glossary_staples_eighteenth as EIGHTEENTH
from tests import test_glossary_staples_eleventh as ELEVENTH
from tests import test_glossary_staples_fifteenth as FIFTEENTH
from tests import test_glossary_staples_fourteenth as FOURTEENTH
from tests import test_glossary_staples_nineteenth as NINETEENTH
from tests import test_glossary_staples_seventeenth as SEVENTEENTH
from tests import test_glossary_staples_sixteenth as SIXTEENTH
from tests import test_glossary_staples_thirteenth as THIRTEENTH
from tests import test_glossary_staples_twelfth as TWELFTH
from tests import test_glossary_staples_twentieth as TWENTIETH
from tests import test_glossary_staples_twentyfifth as TWENTYFIFTH
from tests import test_glossary_staples_twentyfirst as TWENTYFIRST
from tests import test_glossary_staples_twentyfourth as TWENTYFOURTH
from tests import test_glossary_staples_twentysecond as TWENTYSECOND
from tests import test_glossary_staples_twentyseventh as TWENTYSEVENTH
from tests import test_glossary_staples_twentysixth as TWENTYSIXTH
from tests import test_glossary_staples_twentythird as TWENTYTHIRD
from tests.lintsets import (
    DEP,
    MISS,
    assert_one_finding,
    assert_silent,
    lint_ahead,
    sentence_findings,
)

# (Chinese, correct English, slipped English, code of the slip, the term it is about)
STAPLES = [
    ("台湾当局近来不断挑衅，破坏台海和平稳定。",
     "The Taiwan authorities have kept up their provocations of late, undermining peace and "
     "stability across the Strait.",
     "The Taiwan government has kept up its provocations of late, undermining peace and "
     "stability across the Strait.", DEP, "台湾当局"),
    ("两岸关系和平发展符合两岸同胞的共同利益。",
     "The peaceful development of cross-Strait relations serves the common interests of "
     "compatriots on both sides of the Taiwan Strait.",
     "The peaceful development of China-Taiwan relations serves the common interests of "
     "compatriots on both sides of the Taiwan Strait.", DEP, "两岸关系"),
    ("我们愿同台湾同胞携手合作。",
     "We are ready to work hand in hand with our compatriots in Taiwan.",
     "We are ready to work hand in hand with the people of Taiwan.", MISS, "台湾同胞"),
    ("美方应恪守一个中国政策。",
     "The US should abide by its one-China policy.",
     "The US should abide by the one-China principle.", MISS, "一个中国政策"),
    ("民进党当局谋“独”挑衅，注定失败。",
     "The DPP authorities' provocations in pursuit of \"independence\" are doomed to fail.",
     "The DPP government's provocations in pursuit of \"independence\" are doomed to fail.",
     DEP, "民进党当局"),
    ("我们坚决反对“台独”分裂势力及其分裂活动。",
     "We firmly oppose \"Taiwan independence\" separatist forces and their activities.",
     "We firmly oppose the pro-independence camp on the island and its activities.",
     MISS, "“台独”分裂势力"),
    ("澳门特别行政区成立二十五年来，“一国两制”实践取得巨大成功。",
     "In the 25 years since the Macao SAR was established, the practice of One Country, Two "
     "Systems has been a great success.",
     "In the 25 years since the Macao Special Region was established, the practice of One "
     "Country, Two Systems has been a great success.", MISS, "澳门特别行政区"),
    ("香港特别行政区依法享有高度自治权。",
     "The Hong Kong Special Administrative Region enjoys a high degree of autonomy in "
     "accordance with the law.",
     "The Hong Kong Special Administrative Region enjoys a large measure of self-rule in "
     "accordance with the law.", MISS, "高度自治"),
    ("外交部发言人毛宁在例行记者会上回答了提问。",
     "Foreign Ministry Spokesperson Mao Ning answered questions at the regular press "
     "conference.",
     "Foreign Ministry Spokesperson Mao Ning answered questions at the routine press "
     "conference.", DEP, "例行记者会"),
    ("应国务院总理李强邀请，新加坡总理将访华。",
     "At the invitation of Premier Li Qiang of the State Council, the Prime Minister of "
     "Singapore will visit China.",
     "At the invitation of Chinese Prime Minister Li Qiang, the Prime Minister of Singapore "
     "will visit China.", DEP, "国务院总理"),
    ("国务委员出席了开幕式。",
     "A State Councilor attended the opening ceremony.",
     "A State Council member attended the opening ceremony.", DEP, "国务委员"),
    ("中方已就此向有关方面提出严正交涉。",
     "China has lodged solemn representations with the parties concerned over this.",
     "China has lodged solemn negotiations with the parties concerned over this.",
     DEP, "严正交涉"),
    ("在人权问题上搞双重标准，只会损害其自身信誉。",
     "Applying double standards on human rights will only damage its own credibility.",
     "Applying dual standards on human rights will only damage its own credibility.",
     DEP, "双重标准"),
    ("我们反对任何形式的集团对抗。",
     "We oppose bloc confrontation in any form.",
     "We oppose group confrontation in any form.", DEP, "集团对抗"),
    ("中方坚决反对非法单边制裁和“长臂管辖”。",
     "China firmly opposes illegal unilateral sanctions and long-arm jurisdiction.",
     "China firmly opposes illegal unilateral sanctions and extraterritorial overreach.",
     MISS, "长臂管辖"),
    ("真正搞经济胁迫的恰恰是美方自己。",
     "It is the US itself that actually engages in economic coercion.",
     "It is the US itself that actually engages in economic blackmail.", MISS, "经济胁迫"),
    ("美方泛化国家安全概念，滥用出口管制措施。",
     "The US has overstretched the concept of national security and abused export control "
     "measures.",
     "The US is generalizing the concept of national security and abusing export control "
     "measures.", DEP, "泛化国家安全概念"),
    ("这完全是出于政治操弄的需要。",
     "This is driven entirely by political manipulation.",
     "This is driven entirely by political calculation.", MISS, "政治操弄"),
    ("个别反华势力企图借此抹黑中国。",
     "A handful of anti-China forces are trying to use this to smear China.",
     "A handful of anti-Chinese forces are trying to use this to smear China.",
     DEP, "反华势力"),
    ("中方始终致力于推动热点问题的政治解决。",
     "China has always worked for the political settlement of hotspot issues.",
     "China has always worked for the political settlement of hot issues.", MISS, "热点问题"),
    ("落实“两国方案”是解决巴勒斯坦问题的根本出路。",
     "Implementing the two-state solution is the fundamental way to settle the Palestinian "
     "question.",
     "Implementing the two-nation plan is the fundamental way to settle the Palestinian "
     "question.", MISS, "两国方案"),
    ("中方提出的全球数据安全倡议得到广泛支持。",
     "The Global Initiative on Data Security that China put forward has won broad support.",
     "The Global Data Security Initiative that China put forward has won broad support.",
     DEP, "全球数据安全倡议"),
    ("各国应携手构建网络空间命运共同体。",
     "All countries should work together to build a community with a shared future in "
     "cyberspace.",
     "All countries should work together to build a community of common destiny in "
     "cyberspace.", DEP, "网络空间命运共同体"),
    ("各国应落实各自的国家自主贡献。",
     "Every country should deliver on its nationally determined contributions.",
     "Every country should deliver on its national independent contributions.",
     DEP, "国家自主贡献"),
    ("发达国家应正视共同但有区别的责任原则。",
     "Developed countries should face up to the principle of common but differentiated "
     "responsibilities.",
     "Developed countries should face up to the principle of shared but different "
     "responsibilities.", MISS, "共同但有区别的责任"),
    ("中非合作论坛峰会将于九月在北京举行。",
     "The summit of the Forum on China-Africa Cooperation will be held in Beijing in "
     "September.",
     "The China-Africa Cooperation Forum summit will be held in Beijing in September.",
     DEP, "中非合作论坛"),
    ("博鳌亚洲论坛年会在海南开幕。",
     "The Boao Forum for Asia opened its annual conference in Hainan.",
     "The Boao Asia Forum opened its annual conference in Hainan.", DEP, "博鳌亚洲论坛"),
    ("亚投行的朋友圈越来越大。",
     "The Asian Infrastructure Investment Bank's circle of friends keeps growing.",
     "The Asia Infrastructure Investment Bank's circle of friends keeps growing.",
     DEP, "亚投行"),
    ("中国—东盟自贸区3.0版谈判已经完成。",
     "Negotiations on version 3.0 of the China-ASEAN Free Trade Area have been concluded.",
     "Negotiations on version 3.0 of the China-ASEAN Free Trade Zone have been concluded.",
     DEP, "中国—东盟自贸区"),
    ("国务院新闻办公室今天发表白皮书。",
     "The State Council Information Office released a white paper today.",
     "The State Council News Office released a white paper today.", DEP, "国务院新闻办公室"),
    ("进博会吸引了众多外国企业参展。",
     "The China International Import Expo has drawn many foreign exhibitors.",
     "The China International Import Fair has drawn many foreign exhibitors.",
     MISS, "进博会"),
    ("中方坚定维护以世贸组织为核心的多边贸易体制。",
     "China firmly upholds the multilateral trading system centered on the World Trade "
     "Organization.",
     "China firmly upholds the multilateral trade order centered on the World Trade "
     "Organization.", MISS, "多边贸易体制"),
    ("中方从不搞阵营对抗，也不要求别国选边站队。",
     "China never engages in camp-based confrontation, nor does it ask other countries to "
     "take sides.",
     "China never engages in camp-based confrontation, nor does it ask other countries to "
     "line up behind it.", MISS, "选边站队"),
    ("一些政客企图把疫情污名化，借机甩锅。",
     "Some politicians have tried to stigmatize the epidemic and shift the blame.",
     "Some politicians have tried to label the epidemic and shift the blame.",
     MISS, "污名化"),
    ("双方同意保持高层交往，加强战略沟通。",
     "The two sides agreed to maintain high-level exchanges and step up strategic "
     "communication.",
     "The two sides agreed to maintain summit meetings and step up strategic communication.",
     MISS, "高层交往"),
    ("这种做法损人不利己。",
     "Such a practice harms others without benefiting itself.",
     "Such a practice is bad for everyone.", MISS, "损人不利己"),
]

# More correct translations, worded the way other hands word them: the accepted variants, short
# forms, verbs for nouns, a name between title words.
FREE = [
    ("李强总理表示，欢迎更多外国企业参加进博会。",
     "Premier Li Qiang said more foreign companies were welcome at the CIIE."),
    ("台湾问题是中美关系中最重要、最敏感的问题。",
     "The Taiwan issue is the most important and most sensitive issue in China-US relations."),
    ("两岸关系保持和平稳定，符合台湾同胞的利益。",
     "Peace and stability in cross-Strait ties serve the interests of Taiwan compatriots."),
    ("香港特区政府依法处理有关案件。",
     "The Hong Kong SAR government handled the cases in accordance with the law."),
    ("中方对此表示强烈不满，已提出严正交涉。",
     "China is strongly dissatisfied with this and has made stern representations."),
    ("有关国家泛化国家安全概念，对中国企业进行打压。",
     "The country concerned overstretches the concept of national security to suppress "
     "Chinese companies."),
    ("世卫组织和世贸组织的改革都离不开中国的参与。",
     "Neither the reform of the WHO nor that of the WTO can do without China."),
    ("中方对有关决议强烈不满，已向对方提出严正交涉。",
     "China strongly deplores the resolution and has lodged serious protests with the other "
     "side."),
    ("中国永不称霸，永不搞扩张。",
     "China will never seek hegemony or expansion."),
    ("各国应通过对话协商化解分歧，反对阵营对抗。",
     "Countries should resolve their differences through dialogue and consultation and "
     "reject confrontation between camps."),
    ("弥合数字鸿沟是全球发展倡议的重要内容。",
     "Bridging the digital divide is an important part of the Global Development Initiative."),
    ("核不扩散体系的基石是《不扩散核武器条约》。",
     "The Nuclear Non-Proliferation Treaty is the cornerstone of the nuclear non-proliferation "
     "regime."),
    ("中巴是全天候战略合作伙伴。",
     "China and Pakistan are all-weather strategic cooperative partners."),
]


# Every round's sentences, each test written once: this round's, the eleventh's, the twelfth's,
# the thirteenth's, the fourteenth's, the fifteenth's, the sixteenth's, the seventeenth's, the
# eighteenth's, the nineteenth's and the twentieth's (their modules keep their data and their
# own checks). The twenty-first round's module lints its pairs in one batch and checks them
# there (one case per pair here would cost the suite's time); only its entry count is below.
ALL_STAPLES = (STAPLES + ELEVENTH.STAPLES + TWELFTH.STAPLES + THIRTEENTH.STAPLES +
               FOURTEENTH.STAPLES + FIFTEENTH.STAPLES + SIXTEENTH.STAPLES + SEVENTEENTH.STAPLES +
               EIGHTEENTH.STAPLES + NINETEENTH.STAPLES + TWENTIETH.STAPLES)
ALL_FREE = (FREE + ELEVENTH.FREE + TWELFTH.FREE + THIRTEENTH.FREE + FOURTEENTH.FREE +
            FIFTEENTH.FREE + SIXTEENTH.FREE + SEVENTEENTH.FREE + EIGHTEENTH.FREE +
            NINETEENTH.FREE + TWENTIETH.FREE)


SILENT = [(s[0], s[1]) for s in ALL_STAPLES] + ALL_FREE
SLIPPED = [(s[0], s[2]) for s in ALL_STAPLES]


@pytest.fixture(scope="module", autouse=True)
def _linted_ahead(terms) -> None:
    """Every pair of the module linted in one pass: each case below then looks its findings up
    (3,000 one-unit lints took ~4x the CPU)."""
    lint_ahead(terms, SILENT + SLIPPED)


def test_a_pair_linted_ahead_has_the_findings_of_its_own_lint(terms) -> None:
    """What the cases below read (`lint_ahead`) is what one lint of the pair alone gives: the
    same findings, every field (the slipped pairs have theirs, the correct ones none)."""
    for zh, en in SILENT[::150] + SLIPPED[::40]:
        alone = list(iter_findings([LintUnit("1", "staples:1", zh, en, doc="d")], terms))
        assert sentence_findings(terms, zh, en) == alone
        assert (zh, en) not in SLIPPED or alone


@pytest.mark.parametrize("zh, en", SILENT)
def test_free_correct_translation_is_silent(terms, zh, en) -> None:
    assert_silent(terms, zh, en)


@pytest.mark.parametrize("zh, slipped, code, term",
                         [(s[0], s[2], s[3], s[4]) for s in ALL_STAPLES])
def test_slipped_rendering_is_the_one_finding(terms, zh, slipped, code, term) -> None:
    assert_one_finding(terms, zh, slipped, code, term)


def _round_ids(terms, heading: str, until: str | None) -> set[str]:
    """Ids of the entries between each file's first `heading` section heading and its first
    `until` one (to the end without one)."""
    spans = {}
    for name in ("diplomatic.yaml", "domestic.yaml"):
        lines = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
        start = next(n for n, line in enumerate(lines, 1) if f"# --- {heading}" in line)
        end = next((n for n, line in enumerate(lines, 1) if until and f"# --- {until}" in line),
                   len(lines) + 1)
        spans[name] = (start, end)
    return {e.id for e in terms for name, (start, end) in spans.items()
            if e.origin.endswith(name) and start < e.line < end}


@pytest.mark.parametrize(("module", "heading", "until", "floor"), [
    (ELEVENTH, "Eleventh round", "Twelfth round", 80),
    (TWELFTH, "Twelfth round", "Thirteenth round", 80),
    (THIRTEENTH, "Thirteenth round", "Fourteenth round", 100),
    (FOURTEENTH, "Fourteenth round", "Fifteenth round", 100),
    (FIFTEENTH, "Fifteenth round", "Sixteenth round", 100),
    (SIXTEENTH, "Sixteenth round", "Seventeenth round", 100),
    (SEVENTEENTH, "Seventeenth round", "Eighteenth round", 100),
    (EIGHTEENTH, "Eighteenth round", "Nineteenth round", 100),
    (NINETEENTH, "Nineteenth round", "Twentieth round", 100),
    (TWENTIETH, "Twentieth round", "Twenty-first round", 100),
    (TWENTYFIRST, "Twenty-first round", "Twenty-second round", 100),
    (TWENTYSECOND, "Twenty-second round", "Twenty-third round", 80),
    (TWENTYTHIRD, "Twenty-third round", "Twenty-fourth round", 100),
    (TWENTYFOURTH, "Twenty-fourth round", "Twenty-fifth round", 100),
    (TWENTYFIFTH, "Twenty-fifth round", "Twenty-sixth round", 100),
    (TWENTYSIXTH, "Twenty-sixth round", "Twenty-seventh round", 100),
    (TWENTYSEVENTH, "Twenty-seventh round", None, 95)],
    ids=["eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
         "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second",
         "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh"])
def test_every_round_entry_has_its_sentences(terms, module, heading, until, floor) -> None:
    """Each entry of a round is measured by its module's sentences, and each sentence
    measures an entry of that round, not an older one."""
    forms = {f: e for e in terms for f in (e.zh, *e.zh_variants)}
    new = _round_ids(terms, heading, until)
    tested = {forms[s[4]].id for s in module.STAPLES}
    assert len(new) >= floor and tested == new, sorted(new ^ tested)


def test_every_staple_term_is_a_tenth_round_entry(terms) -> None:
    """The sentences test the new entries, not older ones that happen to occur in them."""
    forms = {f: e for e in terms for f in (e.zh, *e.zh_variants)}
    first = _first_tenth_round_line()  # (read once: it was read again for every entry)
    new = {e.id for e in terms if e.origin.endswith("diplomatic.yaml") and e.line > first}
    assert len(STAPLES) >= 30 and all(forms[s[4]].id in new for s in STAPLES)


def _first_tenth_round_line() -> int:
    path = DATA_DIR / "diplomatic.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if "(tenth round)" in line)


def test_an_important_part_is_only_wrong_for_an_inalienable_one(terms) -> None:
    """"important part" was deprecated for 不可分割的一部分 and so flagged in every text, where
    it is right for 重要组成部分 and 重要内容; it is now a missing rendering of that term only."""
    assert_silent(terms, "弥合数字鸿沟是全球发展倡议的重要内容。", "Bridging the digital divide "
                  "is an important part of the Global Development Initiative.")
    slip = sentence_findings(terms, "台湾是中国领土不可分割的一部分。",
                             "Taiwan is an important part of China's territory.")
    assert [(f.code, f.term) for f in slip] == [(MISS, "不可分割的一部分")]
