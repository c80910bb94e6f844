"""Planted slips of kinds no earlier set had, or that lint did not find (docs/lint.md,
"Twenty-fourth round: planted24 (planted24)"): sentence pairs written for the test
(tests/data/lint/planted24), each correct translation and a second one in another hand
(`en2`) with a twin carrying one slip: A支持B turned round, a former office made current, a
closed-door meeting made public, a refusal added before the source's verb, a deputy's title
in lower case without "vice", two countries made one, women made men, the last made the
first, a success made a failure, a profit made a loss (and back), a dated plan told as done.
Every sentence is linted once, in one run (`linted`), and each test looks its rows up."""

from __future__ import annotations

import pytest

from tests.conftest import REPO
from tests.lintsets import noisy_and_missed, planted, planted_errors, set_codes, shape_errors

ROWS = planted(REPO / "tests/data/lint/planted24")

# the held-out row measured once and missed (docs/lint.md): 决赛最后一轮 → "The first round of
# the final" — "final" is 决赛's here, but 最后 glosses it too; found since the twenty-fifth
# round (a one-word gloss two words of the source share, said once, is the other word's)
ONCE_LEFT = {("held.tsv", "opposite")}

# correct wordings around the new rules, written apart from the set: each must be silent
SILENT = [
    # support: right way, passive, noun "support of"
    ("中方坚定支持巴基斯坦维护国家主权。",
     "Pakistan has China's firm support in safeguarding its sovereignty."),
    ("中方坚定支持巴基斯坦维护国家主权。",
     "Pakistan enjoys the firm support of China in upholding its sovereignty."),
    ("中方坚定支持巴基斯坦维护国家主权。",
     "Pakistan is firmly supported by China in upholding its national sovereignty."),
    ("巴方感谢中方长期以来的支持。", "Pakistan thanked China for its long-standing support."),
    ("俄方支持中方举办峰会，中方对此表示感谢。",
     "Russia supports China in hosting the summit, and China expressed its thanks."),
    ("中方支持俄方，俄方也支持中方。", "China supports Russia, and Russia supports China."),
    ("越南支持老挝举办东盟峰会。", "Vietnam backs Laos as host of the ASEAN summit."),
    # former
    ("前总统卡里姆今天在首都病逝。", "Ex-President Karim died of an illness in the capital today."),
    ("前总统卡里姆今天在首都病逝。", "The late former president Karim died in the capital today."),
    ("会前总统发表了讲话。", "Before the meeting, the President gave a speech."),
    ("三天前总统签署了该法案。", "Three days ago the President signed the bill."),
    ("此前总统曾多次表示反对。", "The President had repeatedly voiced opposition before."),
    ("该国前总统的儿子当选议员。",
     "The son of the country's former president was elected to parliament."),
    ("前任总统留下了大量债务。", "The previous president left behind heavy debts."),
    ("现任总统会见了前总统。", "The incumbent president met his predecessor."),
    ("总统会见了前总理。", "The President met the former Prime Minister."),
    ("他在生前总统府工作多年。", "He worked at the presidential palace for many years."),
    ("峰会前总理接受了采访。", "Ahead of the summit, the Prime Minister gave an interview."),
    # closed
    ("双方举行了闭门会谈。", "The two sides held talks in private."),
    ("会议闭门进行，会后双方举行了联合记者会。",
     "The meeting was held behind closed doors, followed by a joint press conference open to the "
     "media."),
    ("安理会先举行公开会，随后闭门磋商。",
     "The Security Council held an open meeting and then closed consultations."),
    ("他吃了闭门羹。", "He was turned away."),
    ("我们不能闭门造车。", "We cannot work in isolation from the outside world."),
    # refused
    ("议会批准了该条约。", "The treaty was ratified by parliament after a long debate."),
    ("他拒绝签署该协议。", "He refused to sign the agreement."),
    ("该国未能出席会议。", "The country failed to attend the meeting."),
    ("谈判破裂。", "The talks broke down."),
    ("该公司因未能按时交付而被罚款。", "The company was fined for failing to deliver on time."),
    ("法院驳回了他的上诉。", "The court refused to hear his appeal."),
    ("他婉拒了邀请。", "He declined to accept the invitation."),
    ("两国签署了合作协议。",
     "The two countries signed a cooperation deal; neither side declined to comment."),
    # deputy
    ("该国副总统将访华，总统将于下月出访欧洲。",
     "The vice president will visit China, and the president will tour Europe next month."),
    ("副市长主持了会议。", "The meeting was chaired by the deputy mayor."),
    ("副总统会见了代表团。", "The Vice-President met the delegation."),
    ("副主席表示，主席无法出席。", "The vice-chair said the chair could not attend."),
    # plural
    ("两国贸易额增长10%。", "China-Pakistan trade grew 10%."),
    ("两国领导人举行会谈。", "President Xi and President Lula held talks."),
    ("两国关系发展良好。", "Relations are going well."),
    ("两国同意加强合作，该国外长表示欢迎。",
     "The two countries agreed to step up cooperation, which the country's foreign minister "
     "welcomed."),
    ("两国边境地区局势平稳。", "The situation along the border is calm."),
    ("一国两制", "one country, two systems"),
    ("中巴两国是全天候战略合作伙伴。",
     "China and Pakistan are all-weather strategic cooperative partners."),
    ("两国在该国首都签署了协议。",
     "The agreement was signed in the country's capital by both governments."),
    # opposite
    ("女性占代表总数的三分之一。", "One in three delegates is a woman."),
    ("男女平等是基本国策。", "Equality between men and women is a basic state policy."),
    ("女性和男性享有同等权利。", "Men and women enjoy equal rights."),
    ("这是他最后一次以总统身份出访。", "This is his final foreign trip as president."),
    ("他最后一个发言。", "He was the last to speak."),
    ("最后，他感谢了东道主。", "He concluded by thanking the hosts."),
    ("最后，他感谢了东道主的首次邀请。",
     "Finally, he thanked the hosts for their first invitation."),
    ("发射取得圆满成功。", "The launch went off without a hitch."),
    ("这次成功来之不易，此前曾两次失败。", "This success was hard-won after two earlier failures."),
    ("会议取得成功。", "The meeting was a success."),
    ("该公司去年实现盈利，扭转了前年的亏损。",
     "The company returned to profit last year, reversing the loss of the year before."),
    ("该公司亏损收窄。", "The company narrowed its losses."),
    ("去年亏损两亿元。", "It lost 200 million yuan last year."),
    ("女子100米决赛", "women's 100 metres final"),
    ("男子组冠军", "the men's title"),
    # tense
    ("双方将于月底恢复谈判。", "Talks are to resume at the end of the month."),
    ("新机场将于年底投入运营。", "The new airport is expected to open at year's end."),
    ("总统将于下周出访欧洲三国。",
     "The president is scheduled to visit three European countries next week."),
    ("修订后的条例将于3月1日起施行。", "The revised regulations take effect on March 1."),
    ("已签署的协议将于明年生效。", "The signed agreement comes into force next year."),
    ("展会将于周五开幕。", "The expo opens on Friday."),
    ("联合声明将于会后发布。", "A joint statement will be issued after the meeting."),
    ("会议将于下午三点举行。", "The meeting is at 3 p.m."),
    ("新规将于下月起施行，旧规同时废止。",
     "New rules take effect next month, replacing the old ones."),
    ("该国将于明年举行大选。", "The country goes to the polls next year."),
    ("发达国家将于年底前兑现承诺。",
     "Developed countries are expected to honour their pledges by year's end."),
    ("将于明年举行的峰会备受关注。", "Next year's summit is drawing wide attention."),
    # (a second batch, in other hands: closed-door meetings, profits and losses, refusals the
    # source has, 两国 said by names or "our", the last and a success said freely, former
    # offices, plans in the present tense, women and men both in the source)
    ("七国集团财长举行闭门会议，讨论全球经济形势。",
     "G7 finance ministers met behind closed doors to discuss the global economy."),
    ("闭门会议结束后，双方发表了联合新闻公报。",
     "After the closed-door meeting, the two sides issued a joint press communique."),
    ("论坛设有公开论坛和闭门研讨会两种形式。",
     "The forum has two formats: open sessions and closed-door seminars."),
    ("安理会闭门讨论了朝鲜半岛局势。",
     "The Security Council discussed the situation on the Korean Peninsula in a private meeting."),
    ("代表们闭门讨论了一整天。",
     "Delegates talked for a whole day in a session closed to the public."),
    ("会议闭门举行，记者未获准进入。",
     "The meeting took place in camera; journalists were not allowed in."),
    ("该公司上半年扭亏为盈。", "The company swung to a profit in the first half."),
    ("该公司连续三年亏损。", "The company has been in the red for three straight years."),
    ("国有企业利润总额增长，亏损企业数量减少。",
     "Profits of state-owned enterprises rose and the number of loss-making firms fell."),
    ("该航空公司去年盈利五亿元。", "The airline earned 500 million yuan last year."),
    ("该行业整体实现盈利，但仍有三成企业亏损。",
     "The industry as a whole turned a profit, but three in ten firms still lost money."),
    ("这家初创公司尚未盈利。", "The start-up is not yet profitable."),
    ("他未能出席会议，委托副手代为发言。",
     "Unable to attend, he asked his deputy to speak on his behalf."),
    ("该国拒绝承认选举结果。", "The country refused to recognise the election result."),
    ("法案在参议院未获通过。", "The bill failed to pass the Senate."),
    ("反对党拒绝参加投票。", "The opposition declined to take part in the vote."),
    ("双方签署了协议，结束了长达十年的争端。",
     "The two sides signed an agreement, ending a decade-long dispute."),
    ("他承认，此前的努力未能奏效。", "He admitted that earlier efforts had failed to work."),
    ("发言人对此不予置评。", "The spokesperson declined to comment."),
    # ("declined to" of a fall is no refusal; its slipped twin below, "refused to lower")
    ("价格跌至低位。", "Prices declined to low levels."),
    ("两国外长在会谈后共同会见记者。",
     "The foreign ministers met the press together after their talks."),
    ("两国建交五十年来，关系经受住了国际风云变幻的考验。",
     "In the fifty years since diplomatic ties were established, the relationship has stood the "
     "test of changing times."),
    ("两国是好邻居、好朋友、好伙伴。",
     "China and Kazakhstan are good neighbours, good friends and good partners."),
    ("两国经贸合作潜力巨大。",
     "There is huge potential for economic cooperation between Beijing and Hanoi."),
    ("他访问该国期间，两国签署了多项合作文件。",
     "During his visit to the country, a number of cooperation documents were signed."),
    ("两国友好源远流长。", "Our friendship goes back a long way."),
    ("中方愿同巴方一道，推动两国关系不断向前发展。",
     "China is ready to work with the country to keep relations moving forward."),
    ("这是总统在任内的最后一次国情咨文。",
     "It was the president's final State of the Union address in office."),
    ("最后，我祝大会圆满成功！", "In closing, I wish the conference every success!"),
    ("预祝本届论坛取得圆满成功。", "I wish this year's forum a full success."),
    ("这次访问取得了成功。", "The visit went very well."),
    ("试验成功后，团队开始准备下一阶段。",
     "After the test succeeded, the team began preparing for the next stage."),
    ("前国务卿出席了纪念仪式。", "A former secretary of state attended the memorial ceremony."),
    ("前联合国秘书长出席了论坛。", "A former UN secretary-general attended the forum."),
    ("前总统的遗孀出席了葬礼。", "The widow of the late president attended the funeral."),
    ("该国前总理、现任议长出席了会议。",
     "The former prime minister, now speaker of parliament, attended the meeting."),
    ("该国将于明年举办亚运会。", "The country hosts the Asian Games next year."),
    ("第三届峰会将于10月召开。", "The third summit is due in October."),
    ("两国将于明年庆祝建交六十周年。",
     "Next year the two countries celebrate sixty years of diplomatic relations."),
    ("大会将于本月底闭幕。", "The congress closes at the end of this month."),
    ("新政策将于明年一月起实施，去年公布的草案已征求意见。",
     "The new policy, whose draft was published last year, takes effect in January."),
    ("该国副外长表示，外长将于下周访华。",
     "The deputy foreign minister said the foreign minister would visit China next week."),
    ("副总统哈里斯当天会见了总理。", "Vice President Harris met the prime minister that day."),
    ("妇女儿童权益保障法",
     "Law on the Protection of the Rights and Interests of Women and Children"),
    ("该国女性议员比例居世界前列。",
     "The share of female lawmakers in the country's parliament is among the highest in the "
     "world."),
    ("男性吸烟率远高于女性。", "Men smoke at far higher rates than women."),
    # (a third batch: a plan in the present or reported speech, a past the source has before
    # 将于, support said from the other side or by both, 前 of a palace, a deputy beside the
    # head, 两国 by the leaders' names, 男子 "the man")
    ("双方达成的协议将于明年生效。", "The agreement the two sides reached takes effect next year."),
    ("他表示，双方将于月底恢复谈判。",
     "He said the two sides would resume talks at the end of the month."),
    ("据悉，会议将于下周在日内瓦举行。",
     "The meeting is understood to be taking place in Geneva next week."),
    ("该法案将于签署后生效。", "The bill takes effect once signed."),
    ("新馆将于国庆节前对外开放。", "The new hall opens to the public before National Day."),
    ("新版护照将于7月1日起启用。", "New-look passports come into use on July 1."),
    ("航班将于今晚恢复。", "Flights resume tonight."),
    ("中方支持巴方为维护国家稳定所作努力。",
     "China supports the efforts made by Pakistan to maintain stability."),
    ("中方支持巴方为维护国家稳定所作努力。",
     "Pakistan's efforts to maintain national stability have China's support."),
    ("中国支持俄罗斯和乌克兰通过谈判解决争端。",
     "China supports Russia and Ukraine in settling their dispute through negotiation."),
    ("巴方感谢中方支持，表示巴方也将一如既往支持中方。",
     "Pakistan thanked China for its support and said it would continue to support China."),
    ("前总统府改建为博物馆。", "The former presidential palace has been turned into a museum."),
    ("总统在会前会见了前外长。", "Before the meeting the President met a former foreign minister."),
    ("他曾任该国前总理的顾问。", "He was an adviser to a former prime minister of the country."),
    ("前议长以个人身份出席。", "The ex-speaker attended in a personal capacity."),
    ("两国元首通电话。", "Xi and Putin spoke by phone."),
    ("两国总理共同出席论坛。", "The premiers attended the forum together."),
    ("两国关系正处于历史最好时期。", "Relations are at their best in history."),
    ("该国与邻国的两国关系持续改善。",
     "The country's relations with its neighbour continue to improve."),
    ("副总统当天抵达，总统次日抵达。",
     "The vice-president arrived that day and the president the next."),
    ("副市长表示，市长正在外地出差。", "The deputy mayor said the mayor was away on business."),
    ("该行副行长出席了发布会。", "The bank's deputy governor attended the launch."),
    ("会议取得了圆满成功，最后通过了宣言。",
     "The meeting was a complete success and ended by adopting a declaration."),
    ("女性创业者数量增加。", "The number of women entrepreneurs has grown."),
    ("男子被判刑三年。", "The man was sentenced to three years in prison."),
    ("那名男子已被警方控制。", "Police have detained the man."),
]

# slips outside the set, each found once by its check (among them the slipped twins of the
# false findings cured: genres5's condolence, 前总统 dropped from the English, now "President
# Mwamba"; the Bible's 女子 "daughters of men", 女性 made "men")
FOUND = [
    ("中方支持埃及为维护地区和平所作努力。",
     "Egypt supports China's efforts to safeguard regional peace.",
     "name-mismatch"),
    ("俄方坚定支持中方立场。", "China firmly backs Russia's position.", "name-mismatch"),
    ("前总理阿卜杜拉出席了开幕式。",
     "Prime Minister Abdullah attended the opening ceremony.",
     "name-mismatch"),
    ("国务院总理李强致电赞比亚政府，对姆万巴前总统逝世表示哀悼。",
     "Premier Li Qiang sent a message to the Zambian government on the death of President Mwamba.",
     "name-mismatch"),
    ("该国前驻华大使撰文回忆两国友谊。",
     "The country's ambassador to China wrote an article recalling the friendship between the "
     "two countries.",
     "name-mismatch"),
    ("委员会闭门审议了该法案。", "The committee debated the bill in public.", "reversal"),
    ("两国外长闭门会谈。", "The two foreign ministers held an open meeting.", "reversal"),
    ("总统签署了该法案。", "The president refused to sign the bill.", "reversal"),
    ("会议决定降低关税。", "The meeting refused to lower tariffs.", "reversal"),
    ("该国接受了联合国的调查。",
     "The country declined to accept the UN investigation.",
     "reversal"),
    ("两国元首出席了开幕式。",
     "The two heads of state failed to attend the opening ceremony.",
     "reversal"),
    ("该国副总理将率团出席论坛。",
     "The country's prime minister will lead a delegation to the forum.",
     "name-mismatch"),
    ("两国贸易额增长了一倍。", "The country's trade doubled.", "reversal"),
    ("两国领导人通了电话。", "The leader of the country made a phone call.", "reversal"),
    ("女性就业率有所提高。", "The employment rate of men has risen.", "reversal"),
    ("神的儿子们看见人间的女性美貌。", "The sons of God saw that the men were fair.", "reversal"),
    ("男性平均寿命为七十五岁。", "Women's average life expectancy is 75.", "reversal"),
    ("这是本届政府最后一次预算。", "This is the government's first budget.", "reversal"),
    ("试验取得成功。", "The test ended in failure.", "reversal"),
    ("该银行第一季度亏损。", "The bank was profitable in the first quarter.", "reversal"),
    ("该企业今年有望实现盈利。", "The company is expected to post a loss this year.", "reversal"),
    ("双方将于明年启动自贸谈判。",
     "The two sides launched free trade talks next year.",
     "reversal"),
    ("代表团将于下周访问三个国家。",
     "The delegation visited three countries next week.",
     "reversal"),
    ("该国将于十月举行全民公投。", "The country held a referendum in October.", "reversal"),
]


@pytest.fixture(scope="module")
def linted(terms) -> dict[tuple[str, str], list[str]]:
    """The codes of every sentence pair of the module, each its own one-unit document."""
    return set_codes(terms, ROWS, SILENT, FOUND)


def test_the_set_has_every_kind_of_slip() -> None:
    assert not shape_errors(ROWS, {"support", "former", "closed", "refused", "deputy", "plural",
                                   "opposite", "tense"}, 41)


def test_correct_and_second_wordings_are_silent_and_each_slip_found_once(linted) -> None:
    wrong = planted_errors(ROWS, linted)
    assert not wrong, "\n".join(wrong)


def test_the_slip_once_left_is_found(linted) -> None:
    """The held-out miss of this round, found since planted25 by its check."""
    left = [row for row in ROWS if (row["part"], row["kind"]) in ONCE_LEFT]
    assert left and all(linted[row["zh"], row["slipped"]] == ["reversal"] for row in left)


def test_correct_wordings_apart_silent_and_slips_apart_found(linted) -> None:
    noisy, missed = noisy_and_missed(linted, SILENT, FOUND)
    assert not noisy and not missed, "\n".join(noisy + missed)
