"""Planted slips of the sixteenth round (docs/lint.md, "Sixteenth round"): sentence pairs
written for the test (tests/data/lint/planted16), each correct translation — for some, a second
one in another translator's words (`en2`) — with a twin carrying one slip of a kind no earlier
set had: a multiple misread (增长了两倍 → "doubled"), a military rank a grade off (大校 →
"Colonel"), a member made a member of the Standing Committee, most made all (大多数 → "all"),
a few made most (少数 → "most"), a future made a past (将 → "have signed"), before made after
(此前 → "later"), a floor made a ceiling by "nearly" (超过3000 → "nearly 3,000"). The shared
checks (each correct translation silent, each slip found once) run in
tests/test_lint_planted.py; here are the set's shape and each rule's edges, correct sentences
that must stay silent beside slips that must be found."""

from __future__ import annotations

import pytest
from tifa.tm.numbers import extract_zh

from tests.conftest import REPO
from tests.lintsets import assert_silent, planted, sentence_codes, sentence_findings

ROWS = planted(REPO / "tests/data/lint/planted16")


def test_the_set_has_every_kind_of_slip() -> None:
    kinds = {row["kind"] for row in ROWS}
    assert {"mult", "rank", "most", "few", "will", "before", "bound"} <= kinds, kinds
    assert len(ROWS) >= 70 and all(row["en"] != row["slipped"] for row in ROWS)
    assert sum(bool(row["en2"]) for row in ROWS) >= 25  # a second translator's wording


@pytest.mark.parametrize("row", [r for r in ROWS if r["en2"]], ids=lambda r: r["en2"][:40])
def test_a_second_translators_wording_is_silent(row, terms) -> None:
    assert_silent(terms, row["zh"], row["en2"])


@pytest.mark.parametrize("zh, value, form", [
    ("出口额增长了两倍", 3.0, "by"),        # grown by twice itself: three times as large
    ("出口额增长两倍", 3.0, "by"),
    ("出口额增长了1.5倍", 2.5, "by"),
    ("出口额增加到原来的两倍", 2.0, "to"),
    ("今年的货运量是去年的三倍", 3.0, "to"),
    ("增长了一倍", 2.0, "by"),
])
def test_a_multiple_is_read_with_its_form(zh, value, form) -> None:
    [q] = [q for q in extract_zh(zh) if q.kind == "ratio"]
    assert (q.value, q.unit) == (value, form)


@pytest.mark.parametrize("zh, en", [
    ("出口额比五年前增长了两倍。", "Exports have tripled from five years ago."),
    ("出口额比五年前增长了两倍。", "Exports are three times what they were five years ago."),
    ("出口额比五年前增长了两倍。", "Exports rose 200 percent from five years ago."),
    ("出口额比五年前增长了两倍。", "Exports grew threefold from five years ago."),
    # English reads "twofold" either way: left alone
    ("出口额比五年前增长了两倍。", "Exports increased twofold from five years ago."),
    ("出口额增加到原来的两倍。", "Exports doubled."),
    ("今年的货运量是去年的三倍。", "Freight this year was triple last year's."),
    ("数字经济规模增长了1.5倍。", "The digital economy grew to 2.5 times its former size."),
    ("数字经济规模增长了1.5倍。", "The digital economy grew by 150 percent."),
    ("耕地面积增长了一倍。", "Arable land doubled."),
    ("人口增长了两倍多。", "The population more than tripled."),
])
def test_a_multiple_rendered_right_is_silent(zh, en, terms) -> None:
    assert "number-mismatch" not in sentence_codes(terms, zh, en)


@pytest.mark.parametrize("zh, slipped", [
    ("出口额比五年前增长了两倍。", "Exports have doubled from five years ago."),
    ("今年的货运量是去年的两倍。", "Freight this year was three times last year's."),
    ("出口额增加到原来的三倍。", "Exports quadrupled."),
    ("数字经济规模增长了1.5倍。", "The digital economy doubled."),
])
def test_a_multiple_misread_is_a_number_mismatch(zh, slipped, terms) -> None:
    assert sentence_codes(terms, zh, slipped) == ["number-mismatch"]


@pytest.mark.parametrize("zh, en, slipped, word", [
    ("大校王林出席了仪式。", "Senior Colonel Wang Lin attended the ceremony.",
     "Colonel Wang Lin attended the ceremony.", "Colonel"),
    ("陆军中将刘强出席了联合国大会的边会。",
     "Lieutenant General Liu Qiang attended a side event of the UN General Assembly.",
     "General Liu Qiang attended a side event of the UN General Assembly.", "General"),
    ("少将周平致辞。", "Major General Zhou Ping spoke.", "Major Zhou Ping spoke.", "Major"),
    ("海军中将李明出席了会议。", "Vice Admiral Li Ming attended the meeting.",
     "Rear Admiral Li Ming attended the meeting.", "Rear Admiral"),
    ("他当选为中央政治局委员。",
     "He was elected a member of the Political Bureau of the CPC Central Committee.",
     "He was elected a member of the Standing Committee of the Political Bureau of the CPC "
     "Central Committee.", "Standing Committee"),
])
def test_a_rank_a_grade_off_is_a_name_mismatch(zh, en, slipped, word, terms) -> None:
    assert_silent(terms, zh, en)
    [finding] = sentence_findings(terms, zh, slipped)
    assert (finding.code, finding.span.text) == ("name-mismatch", word)


@pytest.mark.parametrize("zh, en", [
    ("上校赵刚和中校马林出席了仪式。",
     "Colonel Zhao Gang and Lieutenant Colonel Ma Lin attended the ceremony."),
    ("海军少将吴凯在联合国大会期间发言。",
     "Rear Admiral Wu Kai spoke during the UN General Assembly."),
    ("中将李明会见了秘书长。", "Lieutenant General Li Ming met the Secretary-General."),
    ("全国人大常委会审议了草案。", "The NPC Standing Committee deliberated the draft."),
    ("他是政治局常委。", "He is a member of the Standing Committee of the Political Bureau."),
])
def test_a_rank_or_a_committee_given_right_is_silent(zh, en, terms) -> None:
    assert "name-mismatch" not in sentence_codes(terms, zh, en)


def test_a_glossary_title_given_another_is_one_finding(terms) -> None:
    # 国务院副总理 and 全国政协 are the glossary's: term-missing reports them, alone
    assert sentence_codes(terms, "国务院副总理李明会见了代表团。",
                          "Premier Li Ming met the delegation.") == ["term-missing"]
    assert sentence_codes(terms, "全国政协主席会见了外宾。",
                          "The Chairman of the NPC Standing Committee met the foreign "
                          "guests.") == ["term-missing"]


@pytest.mark.parametrize("zh, en, slipped, word", [
    ("大多数成员国支持该决议。", "Most member states support the resolution.",
     "All member states support the resolution.", "All"),
    ("少数国家仍在设置贸易壁垒。", "A few countries are still erecting trade barriers.",
     "Most countries are still erecting trade barriers.", "Most"),
    ("极少数人员出现不适症状。", "Very few people felt unwell.",
     "The majority of people felt unwell.", "majority"),
    ("双方将签署合作协议。", "The two sides will sign a cooperation agreement.",
     "The two sides have signed a cooperation agreement.", "have signed"),
    ("此前，机场曾因大雾关闭。", "The airport had earlier been closed by fog.",
     "The airport was later closed by fog.", "later"),
])
def test_a_quantifier_an_aspect_or_a_time_turned_round_is_a_reversal(zh, en, slipped, word,
                                                                     terms) -> None:
    assert_silent(terms, zh, en)
    [finding] = sentence_findings(terms, zh, slipped)
    assert (finding.code, finding.span.text) == ("reversal", word)


@pytest.mark.parametrize("zh, en", [
    ("大多数国家都支持这一倡议。", "Most countries support the initiative."),
    ("大多数国家希望的首先是稳定。", "What most countries want above all is stability."),
    ("大多数成员国投了赞成票。", "Nine out of ten member states voted in favour."),
    ("大多数代表认为，所有国家都应参与。", "All countries should take part, most delegates said."),
    ("少数民族代表出席了会议。", "Representatives of ethnic minorities attended the meeting."),
    ("少数服从多数。", "The minority defers to the majority."),
    ("会议将该问题列入了议程。", "The meeting put the issue on the agenda."),  # 将 as 把
    ("上将于1990年退役。", "The general retired in 1990."),
    ("该国外长将出席会议。", "The country's foreign minister is set to attend the meeting."),
    ("此前，他曾任驻法大使。", "He previously served as ambassador to France."),
    ("此前双方已举行两轮会谈，此后还将继续。",
     "The two sides have held two rounds of talks and will hold more later."),
])
def test_a_word_rendered_or_its_opposite_said_in_the_source_is_silent(zh, en, terms) -> None:
    assert "reversal" not in sentence_codes(terms, zh, en)


@pytest.mark.parametrize("zh, en", [
    ("近3000人参加了活动。", "Nearly 3,000 people took part."),
    ("约3000人参加了活动。", "Nearly 3,000 people took part."),  # 约 is no bound
    ("超过3000人参加了活动。", "More than 3,000 people took part."),
    ("展会吸引了50多个国家的企业。", "The fair drew companies from over 50 countries."),
])
def test_a_bound_kept_is_silent(zh, en, terms) -> None:
    assert sentence_codes(terms, zh, en) == []


@pytest.mark.parametrize("zh, slipped", [
    ("超过3000人参加了活动。", "Nearly 3,000 people took part."),
    ("展会吸引了50多个国家的企业。", "The fair drew companies from almost 50 countries."),
    ("投资额在10亿元以上。", "The investment is close to 1 billion yuan."),
])
def test_a_floor_made_nearly_is_a_number_mismatch(zh, slipped, terms) -> None:
    assert sentence_codes(terms, zh, slipped) == ["number-mismatch"]


@pytest.mark.parametrize("zh, en, slipped, word", [
    ("该地区失业率为全国最低。", "The region's unemployment rate is the lowest in the country.",
     "The region's unemployment rate is the highest in the country.", "highest"),
    ("许多国家表示支持。", "Many countries expressed support.",
     "Few countries expressed support.", "Few"),
    ("双方再次重申了立场。", "The two sides once again stated their positions.",
     "The two sides stated their positions for the first time.", "for the first time"),
])
def test_a_lowest_many_or_again_turned_round_is_a_reversal(zh, en, slipped, word,
                                                           terms) -> None:
    assert_silent(terms, zh, en)
    [finding] = sentence_findings(terms, zh, slipped)
    assert (finding.code, finding.span.text) == ("reversal", word)


@pytest.mark.parametrize("zh, en", [
    ("两国元首时隔五年再次会晤。", "The two heads of state met for the first time in five years."),
    ("最高人民法院发布了典型案例。", "The Supreme People's Court released a set of model cases."),
    ("该市将最低工资标准提高到每月2500元。",
     "The city raised its minimum wage to 2,500 yuan a month."),
    ("许多人是第一次来中国。", "Quite a few of them were visiting China for the first time."),
    ("该国通胀率降至三年来最低。", "The country's inflation fell to a three-year low."),
    # 不同意见 is "different views" (不同 + 意见), no 不同意 "disagree"
    ("会议听取了各方的不同意见。", "The meeting heard the differing views of all parties."),
])
def test_an_idiom_around_those_words_is_silent(zh, en, terms) -> None:
    assert sentence_codes(terms, zh, en) == []
