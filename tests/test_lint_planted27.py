"""Planted slips of kinds no earlier set had, or that planted26 left (docs/lint.md,
"Twenty-seventh round: lint recall on slips no set had (planted27)"): sentence pairs written
for the test (tests/data/lint/planted27), each correct translation and a second one in
another hand (`en2`) with a twin carrying one slip: an envoy between China and a country the
tables do not know sent the wrong way, 中俄双方 made "One side", a government's invitation
given to another country, a table header's 单位：亿元 read without its power of ten, a rate
cut made a hike, a swing to profit made one to loss, the opening ceremony made the closing
one, the previous made the next, regret made welcome, a court's ruling turned, a lunar year's
animal swapped. Every sentence is linted once, in one run (`linted`), and each test looks its
rows up."""

from __future__ import annotations

import pytest

from tests.conftest import REPO
from tests.lintsets import noisy_and_missed, planted, planted_errors, set_codes, shape_errors

DATA = REPO / "tests/data/lint/planted27"
ROWS = planted(DATA)

# correct wordings around the new rules, written apart from the set in several hands (wire,
# paper, official, LLM): each must be silent — among them a rate cut beside a cut of the
# reserve ratio, 扭亏 beside a loss the source names, both ceremonies in one sentence, "the
# defending champions" for 上届冠军, "not guilty" for 无罪, 驳回上诉，维持原判, 恐龙年代, an
# envoy "in Nairobi", the Government "of the People's Republic of China", and a table
# header's "RMB 100 million" (main's false finding: a figure added); and the first version's
# false findings, cured: "reduce inflation rates" for 加息's aim (no central bank's rate),
# "A presumption of guilt … may be acquitted" for 有罪推定, "over the next 12 months" beside
# 上届 (probes21's press release, caught by its test), and a notice's addressees before
# 千万 ("All units: under no circumstances …" for 各单位：千万不要…, no table's unit)
SILENT = [
    ("美联储宣布维持利率不变，此前已连续三次降息。",
     "The Federal Reserve left rates unchanged after three consecutive cuts."),
    ("央行降息后，房贷利率随之下调。",
     "After the central bank's rate cut, mortgage rates were lowered accordingly."),
    ("降息预期升温，推动股市上涨。",
     "Growing expectations of a rate cut pushed stocks higher."),
    ("央行此次降息幅度小于市场预期。",
     "The rate cut was smaller than markets had expected."),
    ("加息周期可能接近尾声。",
     "The cycle of rate hikes may be nearing its end."),
    ("欧洲央行连续第十次加息。",
     "The ECB raised rates for the tenth meeting in a row."),
    ("加息推高了企业的融资成本，不少企业考虑削减投资。",
     "Higher interest rates have pushed up companies' financing costs, and many are considering "
     "cutting investment."),
    ("该行在加息后又下调了存款准备金率。",
     "After raising interest rates, the bank cut the reserve requirement ratio."),
    ("公司去年扭亏为盈，但第四季度仍出现亏损。",
     "The company returned to profit last year, although it still made a loss in the fourth "
     "quarter."),
    ("扭亏为盈后，该公司计划扩大生产。",
     "Having turned a loss into a profit, the company plans to expand production."),
    ("该公司已连续两年亏损，今年有望扭亏。",
     "After two years of losses, the company hopes to break even this year."),
    ("受疫情影响，该酒店集团由盈转亏，净亏损2亿元。",
     "The pandemic pushed the hotel group from profit into loss, with a net loss of 200 million "
     "yuan."),
    ("闭幕式结束后，运动员们陆续离开奥运村。",
     "After the closing ceremony, athletes began leaving the Olympic Village."),
    ("开幕式和闭幕式都将在国家体育场举行。",
     "Both the opening and closing ceremonies will take place at the National Stadium."),
    ("他出席了论坛开幕式，但没有参加闭幕式。",
     "He attended the forum's opening ceremony but not the closing one."),
    ("开幕式上，主办方宣布了下届博览会的举办地。",
     "At the opening ceremony, the organisers announced where the next expo would be held."),
    ("展会闭幕式于周五下午举行。",
     "The fair wrapped up with a ceremony on Friday afternoon."),
    ("下届世界杯将由三个国家联合举办。",
     "The next World Cup will be co-hosted by three countries."),
    ("与上届相比，本届参展企业增加了两成。",
     "Twenty percent more companies are taking part than in the previous edition."),
    ("上届冠军在首轮即遭淘汰。",
     "The defending champions went out in the first round."),
    ("他是上届政府的外交部长，如今在大学任教。",
     "He was foreign minister in the last government and now teaches at a university."),
    ("下次会议将在明年春天举行，具体日期待定。",
     "The next meeting will be held next spring, on a date to be decided."),
    ("这是他接替前任后的首次出访。",
     "It is his first trip abroad since taking over from his predecessor."),
    ("新任部长表示将延续前任的政策。",
     "The new minister said she would continue her predecessor's policies."),
    ("他的继任者尚未确定。",
     "It is not yet known who will succeed him."),
    ("中方对此表示遗憾，希望有关方面慎重行事。",
     "China regrets this and hopes the parties concerned will act with prudence."),
    ("我们对未能如期举行会议感到遗憾。",
     "It is a pity that the meeting could not be held as planned."),
    ("中方对事故造成人员伤亡深感惋惜。",
     "China is deeply saddened by the deaths and injuries caused by the accident."),
    ("中方欢迎并赞赏各方的努力，但对个别国家的做法表示遗憾。",
     "China welcomes and appreciates the efforts of all parties, but regrets the approach of "
     "certain countries."),
    ("中方欢迎各国企业来华投资。",
     "China welcomes businesses from all countries to invest in China."),
    ("法院判决被告无罪当庭释放。",
     "The court acquitted the defendant and released him in the courtroom."),
    ("陪审团认定他无罪。",
     "The jury found him not guilty."),
    ("法院以证据不足为由判决其无罪。",
     "The court cleared him on the grounds of insufficient evidence."),
    ("法院认定被告有罪，判处有期徒刑三年。",
     "The court found the defendant guilty and sentenced him to three years in prison."),
    ("一审认定其罪名成立。",
     "At first instance he was convicted."),
    ("法院驳回了该公司的申请。",
     "The court turned down the company's application."),
    ("法院驳回上诉，维持原判。",
     "The court dismissed the appeal and upheld the original verdict."),
    ("最高法院驳回了政府的上诉，支持了下级法院的裁决。",
     "The Supreme Court threw out the government's appeal and upheld the lower court's ruling."),
    ("二审法院驳回上诉，维持一审判决。",
     "The appeal court rejected the appeal and affirmed the first-instance judgment."),
    ("上诉法院维持原判，驳回了被告的上诉。",
     "The appeals court upheld the conviction, rejecting the defendant's appeal."),
    ("2024年是农历龙年。",
     "2024 is the Year of the Dragon in the lunar calendar."),
    ("马年将至，各地举办迎春活动。",
     "As the Year of the Horse approaches, events to welcome spring are being held across the "
     "country."),
    ("在恐龙年代，这片地区是一片海洋。",
     "In the age of the dinosaurs, this area was a sea."),
    ("今年是蛇年，明年是马年。",
     "This is the Year of the Snake, and next year will be the Year of the Horse."),
    ("中俄双方同意加强协调。",
     "Both sides, China and Russia, agreed to step up coordination."),
    ("中美双方同意保持沟通。",
     "China and the US agreed to stay in touch."),
    ("中俄双方同意，一方遇到困难时另一方将提供支持。",
     "China and Russia agreed that if one side ran into difficulty, the other would offer "
     "support."),
    ("中美双方一致认为，对话比对抗好。",
     "Beijing and Washington both feel dialogue is better than confrontation."),
    ("中国驻肯尼亚使馆提醒在肯中国公民注意安全。",
     "The Chinese Embassy in Nairobi reminded Chinese citizens in Kenya to stay safe."),
    ("中国驻肯尼亚大使会见了肯尼亚外长。",
     "The Chinese Ambassador to Kenya met the Kenyan Foreign Minister."),
    ("肯尼亚驻华大使表示，肯中友谊源远流长。",
     "The Kenyan Ambassador to China said Kenya-China friendship went back a long way."),
    ("肯尼亚驻华使馆和中国驻肯尼亚使馆共同举办活动。",
     "The Kenyan Embassy in China and the Chinese Embassy in Kenya held a joint event."),
    ("埃塞俄比亚驻华大使会见了中国外长。",
     "The Ethiopian Ambassador met the Chinese Foreign Minister."),
    ("中国驻埃塞俄比亚使馆官员出席活动。",
     "Officials of the Chinese Embassy in Addis Ababa attended the event."),
    ("应中国政府邀请，埃及总统将对中国进行国事访问。",
     "At the invitation of the Government of the People's Republic of China, President Sisi of "
     "Egypt will pay a state visit to China."),
    ("应埃及政府邀请，国务院总理将访问埃及。",
     "At the invitation of the Egyptian Government, the Chinese Premier will visit Egypt."),
    ("应俄罗斯联邦政府邀请，国务院总理将访问俄罗斯。",
     "At the invitation of the Government of the Russian Federation, the Premier will visit "
     "Russia."),
    ("应中国政府邀请，日本外相将访华。",
     "The Japanese Foreign Minister will visit China at the invitation of the Chinese government."),
    ("单位：亿元",
     "Unit: RMB 100 million"),
    ("单位：万人",
     "Unit: ten thousand persons"),
    ("单位：千元",
     "Unit: thousand yuan"),
    ("单位：元",
     "Unit: yuan"),
    ("单位：亿美元",
     "Unit: US$100 million"),
    ("应中国政府邀请，约旦首相将于4月访华。",
     "At the invitation of the Central Government, Jordan's Prime Minister will visit China in "
     "April."),
    ("外交部发言人驳回了有关指控，称其毫无根据。",
     "The foreign ministry spokesperson rebutted the allegations, calling them groundless, and "
     "said China had always accepted international scrutiny."),
    ("人生不留遗憾。",
     "Live a life with no regrets, and be glad of every day."),
    ("遗憾的是，双方未能达成协议。",
     "Unfortunately, the two sides failed to reach an agreement, though both said they were "
     "pleased with the tone of the talks."),
    ("无罪推定是现代刑法的基本原则。",
     "The presumption of innocence is a basic principle of modern criminal law; no one may be "
     "convicted without proof."),
    ("有罪推定违背法治精神。",
     "A presumption of guilt runs counter to the rule of law, under which the accused may be "
     "acquitted."),
    ("降息有助于提高就业率。",
     "Cutting interest rates helps to raise employment rates."),
    ("降息有助于提高就业率。",
     "Lower borrowing costs help to raise employment rates."),
    ("加息旨在降低通胀率。",
     "The rate rise is meant to bring down the inflation rate."),
    ("加息旨在降低通胀率。",
     "Tighter monetary policy aims to reduce inflation rates."),
    ("中俄双方同意，一方遭受攻击时另一方将予以协助。",
     "China and Russia agreed that if one side came under attack, the other would assist."),
    ("欧盟驻华使团团长出席了活动。",
     "The head of the EU Delegation to China attended the event."),
    ("世界卫生组织驻华代表表示，疫苗接种率持续上升。",
     "The WHO Representative in China said vaccination rates continued to rise."),
    ("各国驻华使馆代表应邀出席。",
     "Representatives of foreign embassies in China were invited to attend."),
    ("我驻外使领馆将为海外同胞提供协助。",
     "Chinese embassies and consulates abroad will help compatriots overseas."),
    ("这是他上任后首次出访。",
     "It is his first trip abroad since taking office; his next stop is Paris."),
    ("下届政府将面临严峻的财政挑战。",
     "The incoming government will face severe fiscal challenges, as did the last one."),
    ("上届奥运会因疫情推迟一年举行。",
     "The last Olympic Games were postponed by a year because of the pandemic; the next are in "
     "Los Angeles."),
    ("开幕式上，中国代表团第一个入场。",
     "At the opening ceremony, the Chinese delegation was the first to enter; it will also lead "
     "the closing parade."),
    ("闭幕式上，组委会主席致辞。",
     "The chairman of the organising committee spoke at the closing ceremony."),
    ("扭亏为盈的企业数量同比增加。",
     "The number of companies that swung back into profit rose year on year."),
    ("该行业去年整体扭亏。",
     "The industry as a whole moved out of the red last year."),
    ("受疫情影响，该公司由盈转亏。",
     "Hit by the pandemic, the company swung to a loss after years of profits."),
    ("他是我的前任，我们一起共事多年。",
     "He was my predecessor, and we worked together for years."),
    ("马年出生的人据说精力充沛。",
     "People born in the Year of the Horse are said to be full of energy."),
    ("单位：亿元、%",
     "Unit: 100 million yuan, %"),
    ("单位：万",
     "Unit: 10,000"),
    ("单位：万美元",
     "Unit: US$10,000"),
    ("本届博览会按一年计意向成交额比上届增长2.1%。",
     "Intended deals over the next 12 months were up 2.1% on the fair before this one."),
    ("各有关单位：千万注意防火安全。",
     "To all units concerned: please take great care to prevent fires."),
    ("各单位：千万不要擅自行动。",
     "All units: under no circumstances act without authorisation."),
]

# slips outside the set, each found once by its check (among them the slipped twins of the
# correct wordings above: "the Year of the Rabbit" for 龙年, "Unit: billion US dollars" for
# 单位：亿美元, "The Chinese Ambassador to Ethiopia" for 埃塞俄比亚驻华大使; and 中俄双方 said by
# "The Russian side", which stays name-mismatch's; the twins of the cures, "The rate cut is
# meant to bring down the inflation rate", "A presumption of innocence")
FOUND = [
    ("英国央行宣布降息。",
     "The Bank of England announced a rate rise.",
     "reversal"),
    ("该国央行意外加息。",
     "The country's central bank unexpectedly cut rates.",
     "reversal"),
    ("扭亏为盈后，该公司计划扩大生产。",
     "Having slipped into the red, the company plans to expand production.",
     "reversal"),
    ("该集团由盈转亏。",
     "The group returned to profit.",
     "reversal"),
    ("他出席了论坛开幕式。",
     "He attended the forum's closing ceremony.",
     "reversal"),
    ("闭幕式上宣读了大会宣言。",
     "The declaration of the congress was read out at the opening ceremony.",
     "reversal"),
    ("下届奥运会将在洛杉矶举行。",
     "The previous Olympic Games will be held in Los Angeles.",
     "reversal"),
    ("上届冠军在首轮即遭淘汰。",
     "The next champions went out in the first round.",
     "reversal"),
    ("他的继任者尚未确定。",
     "His predecessor has not yet been decided.",
     "reversal"),
    ("新任部长表示将延续前任的政策。",
     "The new minister said she would continue her successor's policies.",
     "reversal"),
    ("我们对未能如期举行会议感到遗憾。",
     "We welcome the fact that the meeting could not be held as planned.",
     "reversal"),
    ("中方欢迎各国企业来华投资。",
     "China regrets businesses from all countries investing in China.",
     "reversal"),
    ("陪审团认定他无罪。",
     "The jury found him guilty.",
     "reversal"),
    ("法院认定被告有罪。",
     "The court acquitted the defendant.",
     "reversal"),
    ("法院驳回了该公司的申请。",
     "The court granted the company's application.",
     "reversal"),
    ("上诉法院维持原判。",
     "The appeals court quashed the original verdict.",
     "reversal"),
    ("2024年是农历龙年。",
     "2024 is the Year of the Rabbit in the lunar calendar.",
     "name-mismatch"),
    ("中俄双方同意加强协调。",
     "One side agreed to step up coordination.",
     "reversal"),
    ("中俄双方一致认为，应加强协调。",
     "The Russian side agreed that coordination should be strengthened.",
     "name-mismatch"),
    ("中国驻肯尼亚大使会见了肯尼亚外长。",
     "The Kenyan Ambassador to China met the Kenyan Foreign Minister.",
     "name-mismatch"),
    ("埃塞俄比亚驻华大使会见了中国外长。",
     "The Chinese Ambassador to Ethiopia met the Chinese Foreign Minister.",
     "name-mismatch"),
    ("应埃及政府邀请，国务院总理将访问埃及。",
     "At the invitation of the Chinese Government, the Premier will visit Egypt.",
     "name-mismatch"),
    ("单位：亿元",
     "Unit: million yuan",
     "number-mismatch"),
    ("单位：万人",
     "Unit: persons",
     "number-mismatch"),
    ("单位：亿美元",
     "Unit: billion US dollars",
     "number-mismatch"),
    ("应中国政府邀请，约旦首相将于4月访华。",
     "At the invitation of the Government of Jordan, Jordan's Prime Minister will visit China in "
     "April.",
     "name-mismatch"),
    ("加息旨在降低通胀率。",
     "The rate cut is meant to bring down the inflation rate.",
     "reversal"),
    ("有罪推定违背法治精神。",
     "A presumption of innocence runs counter to the rule of law.",
     "reversal"),
    ("单位：万美元",
     "Unit: US dollars",
     "number-mismatch"),
    ("本届博览会按一年计意向成交额比上届增长2.1%。",
     "Intended deals over the next 12 months were up 2.1% on the next fair.",
     "reversal"),
]


@pytest.fixture(scope="module")
def linted(terms) -> dict[tuple[str, str], list[str]]:
    """The codes of every sentence pair of the module, each its own one-unit document."""
    return set_codes(terms, ROWS, [tuple(p) for p in SILENT], FOUND)


def test_the_set_has_every_kind_of_slip() -> None:
    assert not shape_errors(ROWS, {"envoy", "both", "invite", "unit", "rate", "swing",
                                   "ceremony", "prevnext", "stance", "court", "zodiac"}, 41)
    assert {row["part"] for row in ROWS} == {"dev.tsv", "held.tsv", "held2.tsv"}


def test_correct_and_second_wordings_are_silent_and_each_slip_found_once(linted) -> None:
    wrong = planted_errors(ROWS, linted)
    assert not wrong, "\n".join(wrong)


def test_correct_wordings_apart_silent_and_slips_apart_found(linted) -> None:
    noisy, missed = noisy_and_missed(linted, [tuple(p) for p in SILENT], FOUND)
    assert not noisy and not missed, "\n".join(noisy + missed)
