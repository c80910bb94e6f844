"""The lead's probes (tests/data/lint/probes16/, probes17/, each with a README): correct
translations written apart from the rules lint as documented, and each planted slip is found by
its check (a slip in a second, wire version beside that version's documented findings)."""

from __future__ import annotations

import re

import pytest

from tests.conftest import REPO
from tests.lintsets import coded, findings, slip_codes

LINT = REPO / "tests" / "data" / "lint"
# CORRECT: (Chinese, English, the findings a reviser would agree with); SLIPS: (document,
# correct words, slipped words, the codes found)

# ---------------------------------------------------------------- sixteenth round
CORRECT16 = [
    ("pacific", "pacific", []),
    ("pacific", "pacific.wire", [("term-missing", "3")]),  # the Party title left out
    ("gdp", "gdp", []),
    ("museum", "museum", []),
    ("rural", "rural", []),
    ("focac", "focac", []),
    ("hk", "hk", []),  # a headline's short name is no inconsistency (genres6)
    ("speech", "speech", []),
    ("travel", "travel", []),
    ("sport", "sport", []),
]
SLIPS16 = [
    ("museum", "286 pieces", "268 pieces", "number-mismatch"),
    ("gdp", "up 3.6 percent", "up 6.3 percent", "number-mismatch"),
    ("gdp", "0.2 percentage points lower", "0.2 percentage points higher", "number-mismatch"),
    ("pacific", "the one-China principle", "the one China policy", "term-missing"),
    ("pacific", "in the five years since", "in the six years since", "number-mismatch"),
    ("rural", "to 25,600 yuan", "to 26,500 yuan", "number-mismatch"),
    ("speech", "Thirty-five years ago", "Twenty-five years ago", "number-mismatch"),
    ("speech", "from less than 8 billion", "from more than 8 billion", "number-mismatch"),
    ("speech", "Free Trade Area 3.0", "Free Trade Area 2.0", "number-mismatch"),
    ("speech", "expand people-to-people exchanges", "restrict people-to-people exchanges",
     "reversal"),
    ("sport", "their sixth straight", "their fifth straight", "number-mismatch"),
    ("sport", "beat Japan 3-1", "beat Japan 3-2", "number-mismatch"),
    ("travel", "and the Ming Tombs in Beijing", "and the tombs in Beijing",
     "term-missing number-mismatch"),
    ("focac", "the one-China principle", "the one China policy", "term-missing"),
]

# ---------------------------------------------------------------- seventeenth round
# ("Politburo" itself is a variant since the twenty-second round: a short form of news copy)
WIRE_POLITBURO = [("number-mismatch", "3"), ("term-missing", "5"), ("term-missing", "5"),
                  ("term-missing", "9")]
CORRECT17 = [
    ("politburo", "politburo", []),
    ("politburo", "politburo.wire", WIRE_POLITBURO),  # "Politburo", "24-member" …
    ("macao", "macao", []),
    ("railway", "railway", []),
    ("railway", "railway.wire", []),
    ("letter", "letter", []),
    ("climate", "climate", []),
    ("climate", "climate.wire", []),
    ("asean", "asean", []),
    ("asean", "asean.wire", []),  # "the relationship" for 中国东盟关系, the bloc named before
    ("shiyan", "shiyan", []),
    ("shiyan", "shiyan.wire", []),
    ("ciie", "ciie", []),
    ("council", "council", []),
    ("call", "call", []),
    ("forum", "forum", []),
    ("toast", "toast", []),
    ("unsc", "unsc", []),
    ("unsc", "unsc.wire", []),
    ("taiwan", "taiwan", []),
    # "Taiwanese" for 台湾同胞 (twice); the headline's 国台办 and 一个中国原则, said short,
    # are settled by the lead's two sentences ("foreign interference" for 外部势力干涉, an info
    # until the twenty-first round gave 外部势力 the variants its note names)
    ("taiwan", "taiwan.wire", [("term-missing", "5"), ("term-missing", "5")]),
    ("games", "games", []),
    # "more than 450 … debutants" for 超过一半 (a figure the source does not give), "a sports
    # ministry official" for 国家体育总局
    ("games", "games.wire", [("number-mismatch", "5"), ("term-missing", "7")]),
    # "Macau's government" and a headline "Macau" with no SAR; "before 1999", a year the
    # wire adds ("Macau" itself folds to Macao, a spelling)
    ("macao", "macao.wire", [("term-missing", "1"), ("term-missing", "3"),
                             ("number-mismatch", "5")]),
    ("letter", "letter.llm", []),
    ("council", "council.nn", []),  # a non-native hand: "presided", "shall be cleaned up"
    # "Infrastructure: …" for 一是设施联通; the headline's 第五 given in the lead's English
    ("forum", "forum.gb", []),
]
SLIPS17 = [
    ("ciie", "next 12 months", "next 18 months", "number-mismatch"),
    ("macao", "51.9 billion patacas", "519 billion patacas", "number-mismatch"),
    ("macao", "27th anniversary of Macao", "25th anniversary of Macao", "number-mismatch"),
    ("railway", "run 12,000 Lancang", "run 1,200 Lancang", "number-mismatch"),
    ("climate", "3,600 gigawatts", "360 gigawatts", "number-mismatch"),
    ("climate", "cooperative and win-win", "cooperative", "term-missing"),
    ("asean", "five consecutive years", "six consecutive years", "number-mismatch"),
    ("politburo", "the 15th Five-Year Plan", "the 14th Five-Year Plan", "number-mismatch"),
    # the verb's object no glossary term, found by its glosses beside "more" of 更加积极
    ("politburo", "expand domestic demand", "restrict domestic demand", "reversal"),
    ("council", "to expand the supply", "to reduce the supply", "reversal"),
    ("politburo", "appropriately accommodative monetary policy", "prudent monetary policy",
     "term-missing"),
    ("shiyan", "first three quarters", "first half", "number-mismatch"),
    ("letter", "more than 600 years ago", "less than 600 years ago", "number-mismatch"),
    ("council", "more than 310 million people", "more than 31 million people",
     "number-mismatch"),
    ("council", "fourth quarter", "third quarter", "number-mismatch"),
    ("call", "jointly oppose unilateralism", "jointly support unilateralism", "reversal"),
    ("forum", "80 billion yuan", "80 billion US dollars", "number-mismatch"),
    ("forum", "next five years, invite", "next three years, invite", "number-mismatch"),
    ("toast", "Sixty-two years ago", "Sixty years ago", "number-mismatch"),
]
WIRE_SLIPS = [
    ("asean", "the relationship has made", "China-EU relations have made", "term-missing"),
    # the lead no longer gives the headline's formulation: the headline's finding stands
    ("taiwan", "only on the basis of the one-China principle and",
     "only on the basis of", "term-missing term-missing"),
]
# the same in another hand's English: (document, English file, correct words, slipped words,
# codes)
OTHER_SLIPS = [
    # the lead gives another forum's number: the headline's 第五 stays lost
    ("forum", "forum.gb.en.txt", "the fifth Belt and Road", "the fourth Belt and Road",
     "number-mismatch"),
    ("macao", "macao.wire.en.txt", "403.5 billion patacas", "40.35 billion patacas",
     "number-mismatch"),
]

# ---------------------------------------------------------------- eighteenth round
CORRECT18 = [
    ("sco", "sco", []),
    ("sco", "sco.gb", []),  # "SCO Heads of State Council", "the quarter of a century since"
    ("davos", "davos", []),
    # "Politburo"; the 2026 of "2026 Summer Davos", which the paper leaves out, twice (its
    # June 24 is given by "Wednesday", the date's weekday in the year the document gives)
    ("davos", "davos.gb", [("number-mismatch", "1"), ("number-mismatch", "3")]),
    ("quake", "quake", []),
    ("quake", "quake.llm", []),  # markdown headings, bold and a bullet list
    ("rural", "rural", []),  # the byline's spaced name (王　洁); 卖不上一千块 "less than 1,000"
    ("rural", "rural.nn", []),
    ("hk", "hk", []),
    # "Hong Kong's Chief Executive" with no SAR (as "Macau's government" in probes17); the
    # headline's 189,000 is the body's; "Lee" for 行政长官 after "Chief Executive John Lee"
    ("hk", "hk.wire", [("term-missing", "3")]),
    ("npc", "npc", []),
    ("npc", "npc.llm", []),  # "the China-US relationship" beside "China-US relations"
    ("gci", "gci", []),  # 以文明互鉴超越文明冲突 "mutual learning transcend clashes"
    # "a Politburo member who heads the Communist Party's foreign affairs office"; two of the
    # initiative's points said in the wire's words ("the passing on and renewal of
    # civilizations", "closer people-to-people exchanges and cooperation between nations")
    ("gci", "gci.wire", [("term-missing", "5")] * 3),  # ("Politburo": a variant now)
    ("cewc", "cewc", []),
    ("cewc", "cewc.llm", []),
    ("scs", "scs", []),  # 1艘海警船和1艘补给船 "a coast guard vessel and a supply ship"
    ("scs", "scs.wire", [("term-missing", "1")]),  # a headline with no spokesperson
    # written after the fixes above, linted once: "forged ahead with enterprise and
    # fortitude" (a phrasal verb's rendering inflected) was the one false finding
    ("newyear", "newyear", []),
    # the paper's free "pressed on with determination and courage" for 踔厉奋发、勇毅前行 and
    # "our space station" for 中国空间站: the official formulations not used
    ("newyear", "newyear.gb", [("term-missing", "5"), ("term-missing", "5"),
                               ("term-missing", "5")]),
    ("visit", "visit", []),
    ("visit", "visit.wire", [("term-missing", "5")]),  # "development plans" for 发展战略
    # two second hands alone, written at the round's end, measured once: the paper's headline
    # says "freight trains", its body the railway's name (infos), and "the network" for a
    # repeated 中欧班列 (a warning); the wire's headline has no spokesperson (as scs.wire)
    ("train", "train.gb", [("term-inconsistent", "3"), ("term-missing", "5"),
                           ("term-inconsistent", "7"), ("term-inconsistent", "7")]),
    ("japan", "japan.wire", [("term-missing", "1")]),
]
SLIPS18 = [
    ("sco", "above 800 billion US dollars", "above 80 billion US dollars", "number-mismatch"),
    ("sco", "train 3,000 professionals", "train 300 professionals", "number-mismatch"),
    ("sco", "the 26th Meeting", "the 25th Meeting", "number-mismatch"),
    ("davos", "rose 9.3 percent", "rose 3.9 percent", "number-mismatch"),
    ("davos", "oppose \"decoupling", "support \"decoupling", "reversal"),
    ("quake", "at a depth of 12 km", "at a depth of 21 km", "number-mismatch"),
    ("quake", "Level-IV national emergency", "Level-III national emergency", "number-mismatch"),
    ("quake", "put the people and their lives first", "put the economy first", "term-missing"),
    ("rural", "less than 1,000 yuan", "less than 10,000 yuan", "number-mismatch"),
    ("rural", "By Wang Jie", "By Wang Jing", "name-mismatch"),
    ("rural", "sold 420,000 pigs", "sold 4.2 million pigs", "number-mismatch"),
    ("hk", "about 189,000 public housing units", "about 1.89 million public housing units",
     "number-mismatch"),
    # under a headline that says "fifth": an ordinal word against the lead's 第五 left over
    ("hk", "the fifth policy address of his term at", "the fourth policy address of his term at",
     "number-mismatch"),
    ("npc", "the first red line", "the second red line", "number-mismatch term-missing"),
    ("npc", "true multilateralism", "unilateralism", "term-missing"),
    ("gci", "from more than 140 countries", "from more than 104 countries", "number-mismatch"),
    ("gci", "The second Ministerial Meeting of Global Civilizations Dialogue",
     "The second Ministerial Meeting of Global Governance Dialogue", "term-missing"),
    ("cewc", "nine key tasks", "eight key tasks", "number-mismatch"),
    ("cewc", "a moderately loose monetary policy", "a prudent monetary policy", "term-missing"),
    ("newyear", "exceeded 140 trillion yuan", "exceeded 14 trillion yuan", "number-mismatch"),
    ("newyear", "Chang'e-7 landed", "Chang'e-6 landed", "number-mismatch"),
    ("newyear", "forged ahead with enterprise and fortitude", "forged ahead",
     "term-missing term-missing"),
    ("visit", "the signing of 37 bilateral", "the signing of 27 bilateral", "number-mismatch"),
    ("visit", "the more than 50 years since", "the more than 40 years since",
     "number-mismatch"),
    ("visit", "the one-China policy", "the one China principle", "term-missing"),
    # "two" is a count of its own left over: neither 1 is said by "a" then
    ("scs", "a supply ship intruded", "two supply ships intruded",
     "number-mismatch number-mismatch"),
]
# each fixed false finding's twin: the same document in the other hand, slipped
OTHER_SLIPS18 = [
    ("sco", "sco.gb.en.txt", "In the quarter of a century since", "In the half century since",
     "number-mismatch"),
    ("sco", "sco.gb.en.txt", "SCO Heads of State Council", "SCO Heads of Government Council",
     "term-missing"),
    # a weekday that is not the date's: the source's June 24 is lost (its dateline's, the day
    # of writing, not: the English has no dateline, since the twenty-sixth round)
    ("davos", "davos.gb.en.txt", "on Wednesday morning", "on Thursday morning",
     "number-mismatch"),
    ("rural", "rural.nn.en.txt", "more than 30 fragrant pigs", "more than 13 fragrant pigs",
     "number-mismatch"),
    # a headline's figure that the body does not give
    ("hk", "hk.wire.en.txt", "pledges 189,000 public flats", "pledges 198,000 public flats",
     "number-mismatch"),
    # the clause left out: a wire's free English of its own is no longer mistaken for it
    ("hk", "hk.wire.en.txt", "said the address showed the resolve of Lee and his government "
     "to pursue reform and deliver practical results.", "welcomed the address.",
     "partial-omission"),
    ("npc", "npc.llm.en.txt", "The China-US relationship is", "The Sino-US relationship is",
     "term-missing"),
    ("train", "train.gb.en.txt", "carrying 1.72 million TEUs", "carrying 17.2 million TEUs",
     "number-mismatch"),
    ("japan", "japan.wire.en.txt", "the 81st anniversary", "the 80th anniversary",
     "number-mismatch"),
]

# ---------------------------------------------------------------- nineteenth round
CORRECT19 = [
    # a 1-2 bead whose first English sentence translates words of its own (代表国务院 …
    # 报告政府工作): no addition; 各位代表！ as "Fellow Deputies, let us …"; 团结奋斗 "work as one"
    ("gwr", "gwr", []),
    ("gwr", "gwr.gb", []),  # "RMB141.2trn", "12.67m", "710m tonnes"
    ("trade", "trade", []),
    # the wire puts the exports first and the total after it (figures crossed, one unit);
    # "customs" for 海关总署, twice, and the exports' and imports' values left out: kept
    ("trade", "trade.wire", [("term-missing", "1"), ("term-missing", "3"),
                             ("number-mismatch", "3"), ("number-mismatch", "3")]),
    ("space", "space", []),
    # a lead built from the last paragraph: the date by its weekday, the crew named in the
    # paragraph on the docking
    ("space", "space.us", []),
    ("fiji", "fiji", []),
    # 致慰问电 "conveyed his condolences" and "message of sympathy" (an info)
    ("fiji", "fiji.in", [("term-inconsistent", "7")]),
    ("consular", "consular", []),
    # the LLM's own sentence that the MFA and the Embassy issued the reminder: an addition
    ("consular", "consular.llm", [("addition", "3")]),
    ("tao", "tao", []),
    # "the island's ruling Democratic Progressive Party" for 民进党当局 and "Taiwanese
    # compatriots" for 台湾同胞: not the official formulations (the date by "Thursday")
    ("tao", "tao.hk", [("term-missing", "5"), ("term-missing", "7")]),
    ("lmc", "lmc", []),
    ("lmc", "lmc.ip", []),  # "the joint press communiqué of the meeting" after "the 11th"
    # held out, written after the fixes above and linted once: six false findings in the
    # second hands, fixed after (README)
    ("entity", "entity", []),
    # "the list" for 不可靠实体清单 at its second mention (as genres4's "the election"; settled
    # since the twenty-fourth round); its 不可 is the term's, no negation the sentence lost
    ("entity", "entity.wire", []),
    ("medal", "medal", []),
    ("medal", "medal.gb", []),  # "at 10am"; 9月29日 as "on Tuesday morning" (no year given)
    ("apec", "apec", []),
    # its numbered list "We should: 1. stay …; 2. advance …"; a heading of the LLM's own
    # ("## Standing against headwinds") is form, no addition, since the twentieth round
    ("apec", "apec.llm", []),
    ("statement", "statement", []),
    ("statement", "statement.nn", []),
    # three more documents in two hands, written at the round's end and linted once: two
    # infos on the official versions ("expand"/"expanding domestic demand", "benefiting
    # themselves") and a paper's lead with the anniversary of a later sentence, fixed after
    ("council", "council", []),
    # "China's cabinet" in the headline (kept until the twenty-third round, when the names a
    # nearby unit gives in full settle it and two of the lead's); the wire builds its lead from
    # the second paragraph and the monotonic aligner pairs it with the first: the terms and
    # figures of the two paragraphs reported against each other, left (docs/lint.md); and the
    # closing 会议还研究了其他事项 left out (kept)
    # (the lead's "300 billion yuan", which the doubted second paragraph gives, settled in the
    # twenty-sixth round: a figure a doubted unit's source gives and its English leaves unsaid)
    ("council", "council.wire", [("number-mismatch", "3"),
                                 ("omission", "5"),
                                 ("alignment-doubtful", "5"), ("partial-omission", "7")]),
    ("meets", "meets", []),
    ("meets", "meets.us", [("term-missing", "3")]),  # the Politburo title left out
    ("comment", "comment", []),
    # "a policy that harms others, does its authors no good …" for 损人不利己 (an info)
    ("comment", "comment.gb", [("term-missing", "3")]),
]
SLIPS19 = [
    ("gwr", "Fellow Deputies, let us rally", "Let us rally", "partial-omission"),
    ("gwr", "reached 141.2 trillion yuan", "reached 14.12 trillion yuan", "number-mismatch"),
    ("gwr", "and work as one to build", "and to build", "term-missing"),
    ("gwr", "On behalf of the State Council, I will now report to you on the work of the "
     "government.", "The text that follows is the abridged version that was handed to journalists "
     "in the press centre early in the morning.", "addition"),
    ("trade", "reached 41.05 trillion yuan", "reached 41.5 trillion yuan", "number-mismatch"),
    ("space", "the 39th launch mission", "the 38th launch mission", "number-mismatch"),
    ("consular", "at least 12 people dead", "at least 21 people dead", "number-mismatch"),
    ("tao", "the one-China principle", "the one-China policy", "term-missing"),
    ("lmc", "230 million people", "23 million people", "number-mismatch"),
    ("entity", "seven U.S. companies", "six U.S. companies", "number-mismatch"),
    ("medal", "more than 120,000 rural households", "more than 12,000 rural households",
     "number-mismatch"),
    ("apec", "over 60 percent of the world economy", "over 16 percent of the world economy",
     "number-mismatch"),
    ("statement", "32 cooperation documents", "23 cooperation documents", "number-mismatch"),
    ("statement", "the one-China principle", "the one China policy", "term-missing"),
    # another accepted rendering, no verb form of the first: an inconsistency (an info after
    # a headline's wording)
    ("council", "Expanding domestic demand is", "Boosting domestic demand is",
     "term-inconsistent"),
    ("comment", "hurt others without benefiting themselves", "hurt others and benefit themselves",
     "term-missing"),
    ("meets", "the 36th anniversary", "the 35th anniversary", "number-mismatch"),
]
OTHER_SLIPS19 = [
    ("gwr", "gwr.gb.en.txt", "GDP reached RMB141.2trn", "GDP reached RMB14.12trn",
     "number-mismatch"),
    ("gwr", "gwr.gb.en.txt", "Fellow deputies, let us rally", "Let us rally",
     "partial-omission"),
    # a name the document never spells; no weekday anywhere for the date
    ("space", "space.us.en.txt", "Commander Liu Qihang", "Commander Liu Qiheng",
     "name-mismatch"),
    ("space", "space.us.en.txt", "from northwest China on Saturday", "from northwest China",
     "number-mismatch"),  # (the dateline's date, the day of writing, not lost: no dateline)
    ("tao", "tao.hk.en.txt", "Beijing on Thursday condemned", "Beijing condemned",
     "number-mismatch"),
    ("trade", "trade.wire.en.txt", "came to 41.05 trillion yuan", "came to 40.15 trillion yuan",
     "number-mismatch"),
    ("trade", "trade.wire.en.txt", "(Reporting by the Beijing newsroom; Editing by the Asia "
     "desk)", "(Analysts had expected a stronger rebound.)", "addition"),
    ("lmc", "lmc.ip.en.txt", "communiqué of the meeting", "communiqué of the 12th meeting",
     "number-mismatch"),
    ("entity", "entity.wire.en.txt", "had nothing to worry about", "had plenty to worry about",
     "negation"),
    ("medal", "medal.gb.en.txt", "opened at 10am", "opened at 11am", "number-mismatch"),
    ("apec", "apec.llm.en.txt", "top **$15 trillion**", "top **$1.5 trillion**",
     "number-mismatch"),
    # the anniversary the lead took from a sentence it then left out: a changed figure is no
    # move, and the sentence stays lost
    ("meets", "meets.us.en.txt", "mark 36 years", "mark 35 years", "number-mismatch omission"),
]

# ---------------------------------------------------------------- twentieth round
CORRECT20 = [
    ("mfa", "mfa", []),
    # "Lin Hai:" for each 答：, the spokesperson the title names; "MFA Spokesperson"
    ("mfa", "mfa.tt", []),
    ("plenum", "plenum", []),
    # an academic's English: "the Politburo" for 中央政治局 (the glossary's note: official
    # English writes "Political Bureau"), "the Third Plenum of the 20th Central Committee"
    # without "CPC" and "the Party Centre with Comrade Xi Jinping as the core": a reviser
    # asks for the official names (kept); "Four Confidences" and "in an all-round way" are
    # accepted variants
    # ("Politburo", lines 9 and 11, a variant since the twenty-second round)
    ("plenum", "plenum.ac", [("term-missing", "11"), ("term-missing", "15")]),
    ("visit", "visit", []),
    ("visit", "visit.br", []),
    ("village", "village", []),
    # a provincial website's headline "Green Mountains Are Gold Mountains" for the slogan,
    # and "its collective economic income" for 村集体经济收入 (kept: a reviser's call)
    ("village", "village.gov", [("term-missing", "1"), ("term-missing", "5")]),
    ("letter", "letter", []),
    ("letter", "letter.jp", []),
    ("quake", "quake", []),
    ("quake", "quake.tv", []),  # subtitles: a sentence broken over short lines
    ("forum", "forum", []),
    ("forum", "forum.mt", []),  # a post-edited machine translation: "Artificial Intelligence Plus"
    # held out, written after the fixes above and linted once: 8 findings on the second hands
    # (7 false), fixed after (README)
    ("ambassador", "ambassador", []),
    # a Kenyan paper: "By GUO HONG", the title in "The writer is …" at the end, "the Standard
    # Gauge Railway (SGR) between Mombasa and Nairobi"; its headline "… make BRI a model of
    # quality cooperation" for 高质量共建“一带一路” (kept: a reviser's call)
    ("ambassador", "ambassador.ke", [("term-missing", "1")]),
    ("nbs", "nbs", []),
    ("nbs", "nbs.wire", []),  # "accelerating from 5.2%" for 比上月加快0.4个百分点
    ("hkmacao", "hkmacao", []),
    ("hkmacao", "hkmacao.hk", []),  # a headline of short forms: "HKMAO", "LegCo"
    ("premier", "premier", []),
    ("premier", "premier.sg", []),
    # two more, written after those fixes and linted once: 3 findings on the second hands
    ("lowalt", "lowalt", []),
    # a think tank's: its bracketed "[Translator's note: …]" (an addition, as documented);
    # '"black flights" (黑飞, i.e., unauthorized flights)', false at the measure, fixed after
    ("lowalt", "lowalt.tt", [("addition", "3")]),
    ("founding", "founding", []),
    # an LLM's "forge ahead with determination and courage" for 踔厉奋发 (kept, a warning)
    ("founding", "founding.llm", [("term-missing", "7")]),
    # two more, linted once: a joint statement in the partner's own English (silent) and a
    # New Year address in a literary hand: its "rode the wind and cleaved the waves",
    # "pressing bravely forward" and "diplomatic gatherings at home" (warnings, kept); "1.4
    # trillion jin — some 700 million tonnes", false at the measure, fixed after
    ("pakistan", "pakistan", []),
    ("pakistan", "pakistan.pk", []),
    ("newyear", "newyear", []),
    ("newyear", "newyear.lit", [("term-missing", "5"), ("term-missing", "5"),
                                ("term-missing", "7")]),
    # one more, linted once: a Security Council statement; the lead's "UN statistics" before
    # "the United Nations" (an info, kept: house style spells a name out first) and the UN
    # record's "resolution 2334 (2016)" (false: the UN cites a resolution with its year),
    # fixed after; its title "Statement by the representative of China" for 常驻联合国代表 (kept)
    ("unsc", "unsc", [("term-inconsistent", "9")]),
    ("unsc", "unsc.un", [("term-missing", "1")]),
]
SLIPS20 = [
    ("mfa", "two Philippine vessels, without", "three Philippine vessels, without",
     "number-mismatch"),
    ("mfa", "sanctions on 12 Chinese companies", "sanctions on 21 Chinese companies",
     "number-mismatch"),
    ("plenum", "by 198 members", "by 189 members", "number-mismatch"),
    ("plenum", "through Chinese modernization", "through Chinese-style modernization",
     "term-deprecated"),
    ("visit", "for 18 consecutive years", "for 17 consecutive years", "number-mismatch"),
    ("visit", "188 billion U.S. dollars", "18.8 billion U.S. dollars", "number-mismatch"),
    ("village", "reached 48,600 yuan", "reached 46,800 yuan", "number-mismatch"),
    ("village", "1.2 million tourist visits", "12 million tourist visits", "number-mismatch"),
    ("letter", "the Global Security Initiative and the Global Civilization Initiative",
     "and the Global Security Initiative", "term-missing"),
    ("quake", "three people dead and 27 injured", "three people dead and 72 injured",
     "number-mismatch"),
    ("forum", "surpassed 230 million", "surpassed 23 million", "number-mismatch"),
    ("ambassador", "more than 13 million passenger trips", "more than 31 million passenger trips",
     "number-mismatch"),
    ("nbs", "0.4 percentage points faster", "0.4 percent faster", "number-mismatch"),
    ("hkmacao", "161 candidates", "116 candidates", "number-mismatch"),
    ("premier", "the 37th anniversary", "the 35th anniversary", "number-mismatch"),
]
OTHER_SLIPS20 = [
    # a speaker the document never names is still a wrong name
    ("mfa", "mfa.tt.en.txt", "Lin Hai: On 10 March", "Wang Wei: On 10 March", "name-mismatch"),
    ("mfa", "mfa.tt.en.txt", "against 12 Chinese firms", "against 2 Chinese firms",
     "number-mismatch"),
    ("plenum", "plenum.ac.en.txt", "Four Confidences", "Four Convictions", "term-missing"),
    ("plenum", "plenum.ac.en.txt", "deepening reform in an all-round way", "deepening reform",
     "term-missing"),
    ("forum", "forum.mt.en.txt", "Artificial Intelligence Plus", "Artificial Intelligence",
     "term-missing"),
    ("village", "village.gov.en.txt", "green mountains and clear waters keep",
     "green mountains keep", "term-missing"),
    ("quake", "quake.tv.en.txt", "and injured 27,", "and injured 72,", "number-mismatch"),
    ("visit", "visit.br.en.txt", "US$188 billion", "US$18.8 billion", "number-mismatch"),
    ("letter", "letter.jp.en.txt", "Nov. 8, 2027", "Nov. 9, 2027", "number-mismatch"),
    # the other end of a change worked out wrong; a railway between other places
    ("nbs", "nbs.wire.en.txt", "accelerating from 5.2%", "accelerating from 5.0%",
     "number-mismatch"),
    ("ambassador", "ambassador.ke.en.txt", "between Mombasa and Nairobi", "between Mombasa and "
     "Kisumu", "term-missing"),
    ("ambassador", "ambassador.ke.en.txt", "The writer is China's Ambassador to Kenya.",
     "Kenya's trade with China grew fastest of all in East Africa.", "addition"),
    ("hkmacao", "hkmacao.hk.en.txt", "HKMAO spokesman on Eighth LegCo General Election",
     "HKMAO on election", "partial-omission"),
    ("premier", "premier.sg.en.txt", "37th anniversary", "27th anniversary", "number-mismatch"),
    ("lowalt", "lowalt.tt.en.txt",
     'crack down on "black flights" (黑飞, i.e., unauthorized flights)', "crack down on 黑飞",
     "untranslated"),
    ("lowalt", "lowalt.tt.en.txt", "allocate RMB 500 million", "allocate RMB 50 million",
     "number-mismatch"),
    ("founding", "founding.llm.en.txt", "106 years ago", "105 years ago", "number-mismatch"),
    ("newyear", "newyear.lit.en.txt", "some 700 million tonnes", "some 900 million tonnes",
     "number-mismatch"),
    ("pakistan", "pakistan.pk.en.txt", "from 3-7 June 2027", "from 3-9 June 2027",
     "number-mismatch"),
    ("pakistan", "pakistan.pk.en.txt", "One-China Principle", "One-China Policy",
     "term-missing"),
    ("unsc", "unsc.en.txt", "more than 46,000 people", "more than 64,000 people",
     "number-mismatch"),
    ("unsc", "unsc.un.en.txt", "resolution 2334 (2016)", "resolution 2343 (2016)",
     "number-mismatch"),
    # an added resolution is still an added figure, its year aside
    ("unsc", "unsc.un.en.txt", "resolution 2334 (2016)", "resolutions 2334 (2016) and 242 "
     "(1967)", "number-mismatch"),
]

# ---------------------------------------------------------------- twenty-first round
CORRECT21 = [
    # seven, linted once together: 3 findings on the lead's own, 16 on the second hands
    ("trade", "trade", []),
    # a wire: "picking up from 4.4% growth in August" for 增速比8月加快1.1个百分点, "half of the
    # total" for 50%, "countries in China's Belt and Road Initiative" (false, fixed after)
    ("trade", "trade.wire", []),
    ("condolence", "condolence", []),
    # TASS: "sent a similar message" for 致慰问电, its message of condolences given before
    ("condolence", "condolence.tass", []),
    ("sco", "sco", []),
    ("sco", "sco.in", []),
    ("space", "space", []),
    # space news: "09:17 UTC (5:17 p.m. Beijing time)"; "Shenzhou-23 is set to dock" where
    # the next sentence's 神舟二十三号乘组 is "Its crew"
    ("space", "space.sn", []),
    ("court", "court", []),
    ("court", "court.law", []),
    # a headline's "official contact" beside the body's "official interaction" (info, kept:
    # a headline's wording is the context's choice, as earlier rounds decided)
    ("taiwan", "taiwan", []),
    ("taiwan", "taiwan.hk", [("term-inconsistent", "3")]),
    # the lead's own: a headline short by convention, "Grade I to Grade III" for Ⅰ—Ⅲ类,
    # "clean land" (false, fixed after)
    ("ecology", "ecology", []),
    # an NGO's brief: its lead opens with a sentence of its own ("China's urban air quality
    # improved further …"), and the aligner doubts the paragraph's 1-3 bead (kept: left to the
    # aligner); the headline's 3.2% is now settled by the doubtful lead's own 3.2% (the doubt
    # itself since the twenty-sixth round: the whole paragraph, one Chinese sentence cut by ；
    # said a sentence a clause, checked as one unit, and clean)
    ("ecology", "ecology.ngo", []),
    # held out, four more, linted once: the lead's own silent; 4 findings on the second hands
    ("flood", "flood", []),
    ("flood", "flood.ocha", []),  # the dateline's date said once, in the next sentence
    ("budget", "budget", []),
    ("budget", "budget.bb", []),  # a headline's 16.3万亿 rounds the lead's 16.31 trillion
    ("award", "award", []),
    ("award", "award.uni", []),
    ("meeting", "meeting", []),
    # the partner's own release: Wang Yi's Politburo title left out, "mutual benefit" for
    # 互利共赢 (kept: a reviser's call on a translation)
    ("meeting", "meeting.nz", [("term-missing", "3"), ("term-missing", "5")]),
    # held out, two more, linted once: the lead's own silent; 4 findings on the second hands
    ("congrats", "congrats", []),
    ("congrats", "congrats.gh", []),  # "President, H.E. Xi Jinping" (false, fixed after)
    ("expo", "expo", []),
    # an organiser's press release: "2.1% higher than at the 8th CIIE" for 比上届增长2.1% and
    # "This year's event" for 本届进博会 (false, fixed after); its headline "CIIE 2026" for
    # 第九届进博会 (kept: that the ninth is this year's is a reviser's knowledge)
    ("expo", "expo.pr", [("number-mismatch", "1")]),
    # held out, two more, linted once: 1 finding on the lead's own, 3 on the second hands
    ("report", "report", []),
    # a chamber of commerce's summary: the targets as a bulleted list the aligner glues to
    # the paragraph's first sentence (kept: left to the aligner; since the twenty-third round
    # the doubted beads make up the whole paragraph on each side and it is checked as one unit)
    ("report", "report.eu", []),
    ("museum", "museum", []),  # "Louis XIV" for 路易十四 (false at the measure, fixed after)
    # a magazine's "from the two palaces' collections" for 故宫博物院与法国凡尔赛宫收藏 (a
    # warning, kept: the museum is named before, but only as one of two)
    ("museum", "museum.mag", [("term-missing", "5")]),
    # held out, two more, linted once: the lead's own silent; 3 findings on the second hands
    ("pension", "pension", []),
    # a Korean agency's rebuilt lead: its first sentence sums up the notice (an addition: "the
    # 22nd consecutive annual increase" is the agency's) and the notice's issuers and date go
    # with it (the clause's figures in that lead: no clause lost since the twenty-fourth round)
    # (its lead, "BEIJING, July 8 (Yonhap) -- … by 2 percent this year", paired with the body
    # once 本报北京7月8日讯 read as a dateline, in the twenty-sixth round: the 2 percent said
    # again in the body, no addition)
    ("pension", "pension.kr", []),
    ("envoy", "envoy", []),
    # an Arab outlet's "the Palestinian cause" for 巴勒斯坦问题 (kept: "cause" says more)
    ("envoy", "envoy.ar", [("term-missing", "3")]),
]
SLIPS21 = [
    ("trade", "reached 32.8 trillion yuan", "reached 23.8 trillion yuan", "number-mismatch"),
    ("trade", "1.1 percentage points faster", "1.1 percent faster", "number-mismatch"),
    ("condolence", "a 6.8-magnitude earthquake", "a 6.6-magnitude earthquake",
     "number-mismatch"),
    ("sco", "the three forces of terrorism, separatism and extremism",
     "the three evil forces of terrorism, separatism and extremism", "term-deprecated"),
    ("space", "the 38th flight mission", "the 39th flight mission", "number-mismatch"),
    ("court", "612 civil and commercial judgments", "621 civil and commercial judgments",
     "number-mismatch"),
    ("taiwan", "the one-China principle", "the one-China policy", "term-missing"),
    ("ecology", "rated Grade I to Grade III", "rated Grade I to Grade IV", "number-mismatch"),
    ("ecology", "PM2.5 density down 3.2 pct", "PM2.5 density down 2.3 pct", "number-mismatch"),
    ("flood", "150 to 250 mm", "150 to 350 mm", "number-mismatch"),
    ("budget", "16.31 trillion yuan", "16.13 trillion yuan", "number-mismatch"),
    ("award", "to eight foreign experts", "to nine foreign experts", "number-mismatch"),
    ("meeting", "the 55th anniversary", "the 50th anniversary", "number-mismatch"),
    ("congrats", "Over the 65 years", "Over the 56 years", "number-mismatch"),
    ("expo", "4,312 exhibitors", "4,132 exhibitors", "number-mismatch"),
    ("report", "around 5.5 percent this year", "around 5 percent this year", "number-mismatch"),
    ("museum", "French King Louis XIV", "French King Louis XV", "number-mismatch"),
    ("pension", "the 22nd consecutive year", "the 21st consecutive year", "number-mismatch"),
    ("envoy", "the two-state solution", "the one-state solution", "term-missing"),
]
OTHER_SLIPS21 = [
    ("trade", "trade.wire.en.txt", "picking up from 4.4% growth", "picking up from 4.3% growth",
     "number-mismatch"),
    ("trade", "trade.wire.en.txt", "half of the total", "a third of the total",
     "number-mismatch"),
    ("trade", "trade.wire.en.txt", "Trade with countries in China's Belt and Road Initiative",
     "Trade with countries in Asia", "term-missing"),
    ("condolence", "condolence.tass.en.txt", "sent a similar message", "sent a similar letter",
     "term-missing"),
    ("space", "space.sn.en.txt", "09:17 UTC (5:17 p.m. Beijing time)",
     "09:17 UTC (6:17 p.m. Beijing time)", "number-mismatch"),
    ("space", "space.sn.en.txt", "Shenzhou-23 is set to dock", "Shenzhou-24 is set to dock",
     "number-mismatch"),
    ("ecology", "ecology.ngo.en.txt", "met Grade I–III standards", "met Grade I–II standards",
     "number-mismatch"),
    ("ecology", "ecology.ngo.en.txt", "waters clear and land clean", "waters clear and air fresh",
     "term-missing"),
    ("flood", "flood.ocha.en.txt", "local time on 18 June", "local time on 19 June",
     "number-mismatch"),
    ("budget", "budget.bb.en.txt", "Falls 2.2% in Nine Months", "Falls 3.2% in Nine Months",
     "number-mismatch"),
    ("taiwan", "taiwan.hk.en.txt", "no interference by any outside forces",
     "no interference by anyone", "term-missing"),
    ("congrats", "congrats.gh.en.txt", "President, H.E. Xi Jinping",
     "Chairman, H.E. Xi Jinping", "term-deprecated"),
    # the session before is the eighth; the expo's name and ordinal left out of its lead
    ("expo", "expo.pr.en.txt", "higher than at the 8th CIIE", "higher than at the 7th CIIE",
     "number-mismatch"),
    # (and the headline's 第九, which the lead no longer gives: its "2026" is no partner of
    # an ordinal since the twenty-second round)
    ("expo", "expo.pr.en.txt", "The 9th China International Import Expo (CIIE) concluded "
     "today.", "The expo concluded today.", "partial-omission number-mismatch"),
]

CORRECT22 = [
    # six, linted once together: 3 findings on the lead's own, 20 on the second hands
    # per-hectare yields (公斤/公顷 "kg per hectare")
    ("grain", "grain", []),
    # a grain trade letter: "147.3 mln t" in a headline the body gives as 14730.4万吨, "5.52
    # t/ha", the mu and jin the source gives in brackets left out
    ("grain", "grain.trade", []),
    # "Experts believe a stronger quake is unlikely to follow": one link of its own
    ("quake", "quake", []),
    # "A M5.4 earthquake", "03:26 local time on 14 November (19:26 UTC, 13 November)"
    ("quake", "quake.ngo", []),
    ("visit", "visit", []),
    # a Kazakh agency: the headline's 外交部发言人 said in the lead's English, "The two
    # leaders will hold talks"
    ("visit", "visit.kz", []),
    ("rail", "rail", []),
    # a logistics magazine: "Xi'an's China-Europe service", "the station" after "Xi'an
    # International Port Station"
    ("rail", "rail.mag", []),
    ("politburo", "politburo", []),
    # the FT's "Politburo" (now a variant, news copy)
    ("politburo", "politburo.ft", []),
    ("panda", "panda", []),
    ("panda", "panda.es", []),
    # held out, two, linted once: the lead's 0, the second hands 3 (Fahrenheit in brackets
    # twice, "enter duty-free" for 零关税), fixed after
    ("heat", "heat", []),
    ("heat", "heat.us", []),
    ("tariff", "tariff", []),
    ("tariff", "tariff.law", []),
    # held out, two more, linted once: the lead's 0, the second hands 1 ("94 mm (3.7
    # inches)"), fixed after
    ("bond", "bond", []),
    ("bond", "bond.ifr", []),
    ("ocean", "ocean", []),
    ("ocean", "ocean.sci", []),
    # held out, a third pair, linted once: the lead's 0, the second hands 4 (a wire's
    # headline of the news over the official title, unpaired: an addition and a lost heading;
    # "to 2.9% from 3.0%", the start of a 10-basis-point cut, twice), fixed after
    ("presser", "presser", []),
    ("presser", "presser.uk", []),
    ("lpr", "lpr", []),
    ("lpr", "lpr.wire", []),
    # held out, a fourth pair, linted once: the lead's 0, the second hands 2 (a title's 2025年
    # taken as the headline's "18 million" changed: fixed after; "The city's urbanization
    # rate" for 常住人口城镇化率, kept: the resident/registered distinction is the term's point)
    ("apec", "apec", []),
    ("apec", "apec.sg", []),
    ("census", "census", []),
    ("census", "census.blog", [("term-missing", "7")]),
    # held out, a fifth pair, linted once: the lead's 0, the second hands 2 (the UTC time
    # before a date and the Beijing time in brackets: "02:12 UTC on Dec. 3, 2026 (10:12 a.m.
    # Beijing time)"), fixed after
    ("wto", "wto", []),
    ("wto", "wto.gva", []),
    ("launch", "launch", []),
    ("launch", "launch.sf", []),
    # held out, a sixth pair, linted once: all four clean
    ("embassy", "embassy", []),
    ("embassy", "embassy.uk", []),
    ("festival", "festival", []),
    ("festival", "festival.hk", []),
    # held out, a seventh pair, linted once: the lead's 0, the second hands 5 (a currency
    # desk: the 1 of 1美元对人民币…, twice; "56 pips" for 56个基点; "than the previous trading
    # day's 7.1061", the fixing before a 56-basis-point move), fixed after
    ("fx", "fx", []),
    ("fx", "fx.desk", []),
    ("drought", "drought", []),
    ("drought", "drought.ag", []),
]
SLIPS22 = [
    ("grain", "5,522.6 kg per hectare", "5,252.6 kg per hectare", "number-mismatch"),
    ("grain", "up 1.946 million tonnes", "up 1.496 million tonnes", "number-mismatch"),
    ("quake", "at a depth of 12 km", "at a depth of 21 km", "number-mismatch"),
    ("visit", "from December 3 to 6", "from December 3 to 8", "number-mismatch"),
    ("rail", "up 9.7 percent year on year", "up 7.9 percent year on year", "number-mismatch"),
    ("politburo", "new quality productive forces", "new productive forces", "term-missing"),
    ("panda", "a 10-year cooperative research program", "a 15-year cooperative research program",
     "number-mismatch"),
    ("heat", "reaching above 40°C", "reaching above 45°C", "number-mismatch"),
    ("tariff", "remain at 7.3 percent", "remain at 7.5 percent", "number-mismatch"),
    ("bond", "3.6 times subscribed", "6.3 times subscribed", "number-mismatch"),
    ("ocean", "94 millimeters higher", "49 millimeters higher", "number-mismatch"),
]
OTHER_SLIPS22 = [
    # a headline figure the body does not give, rounded or not
    ("grain", "grain.trade.en.txt", "harvest at 147.3 mln t", "harvest at 174.3 mln t",
     "number-mismatch"),
    # (the clause whose figure is now no rendering is reported as left out, figures and all)
    ("grain", "grain.trade.en.txt", "to 5.52 t/ha", "to 5.25 t/ha",
     "partial-omission number-mismatch"),
    # the figure in brackets that is no conversion of the one before
    ("grain", "grain.trade.en.txt", "26.67 million hectares", "26.67 million hectares "
     "(500 million mu)", "number-mismatch"),
    ("quake", "quake.ngo.en.txt", "A M5.4 earthquake", "A M4.5 earthquake", "number-mismatch"),
    ("quake", "quake.ngo.en.txt", "(19:26 UTC, 13 November)", "(19:26 UTC, 13 November) on 15 "
     "November", "number-mismatch"),
    # a clause dropped whole is still found
    ("quake", "quake.ngo.en.txt", "Experts assess that a larger earthquake is unlikely.",
     "Experts assess.", "partial-omission"),
    ("visit", "visit.kz.en.txt", "the spokesperson of the Chinese Foreign Ministry announced",
     "the Chinese government announced", "term-missing"),
    ("visit", "visit.kz.en.txt", "The two leaders will hold talks", "The two sides will hold "
     "talks", "term-missing"),
    ("heat", "heat.us.en.txt", "above 35 C (95 F)", "above 35 C (59 F)", "number-mismatch"),
    ("tariff", "tariff.law.en.txt", "will enter duty-free", "will enter at reduced rates",
     "term-missing"),
    ("ocean", "ocean.sci.en.txt", "94 mm (3.7 inches)", "94 mm (4.7 inches)",
     "number-mismatch"),
    ("ocean", "ocean.sci.en.txt", "94 mm (3.7 inches)", "94 cm (3.7 inches)",
     "number-mismatch"),
    ("bond", "bond.ifr.en.txt", "the 30-year at 2.31%", "the 30-year at 2.13%",
     "number-mismatch"),
    ("census", "census.blog.en.txt", "nears 18 million", "nears 19 million",
     "number-mismatch"),
    ("census", "census.blog.en.txt", "(16.15%)", "(15.16%)", "number-mismatch"),
    ("apec", "apec.sg.en.txt", "an Asia-Pacific community with a shared future",
     "an Asia-Pacific community of common destiny", "term-deprecated"),
    ("launch", "launch.sf.en.txt", "(10:12 a.m. Beijing time)", "(11:12 a.m. Beijing time)",
     "number-mismatch"),
    # (its conversion in brackets, no longer after a figure of the source, is reported too)
    ("festival", "festival.hk.en.txt", "rose 10.2 per cent to 632.69 billion yuan",
     "rose 10.2 per cent to 623.69 billion yuan", "number-mismatch number-mismatch"),
    ("embassy", "embassy.uk.en.txt", "drop their ideological prejudice",
     "drop their prejudice", "term-missing"),
    ("fx", "fx.desk.en.txt", "previous trading day's 7.1061", "previous trading day's 7.1161",
     "number-mismatch"),
    ("fx", "fx.desk.en.txt", "The euro was fixed at 7.6543 yuan", "The euro was fixed at 7.6453 "
     "yuan", "number-mismatch"),
    ("drought", "drought.ag.en.txt", "820,000 hectares (12.3 million mu)",
     "820,000 hectares (13.2 million mu)", "number-mismatch"),
    ("wto", "wto.gva.en.txt", "circulated on 2 December", "circulated on 3 December",
     "number-mismatch"),
    ("lpr", "lpr.wire.en.txt", "to 2.9% from 3.0%", "to 2.9% from 3.2%", "number-mismatch"),
    ("lpr", "lpr.wire.en.txt", "lending rates by 10 bps", "lending rates by 20 bps",
     "number-mismatch"),
    ("presser", "presser.uk.en.txt", "the China–Central Asia Spirit",
     "the Central Asian spirit", "term-missing"),
]

CORRECT23 = [
    # six, linted once together: 1 finding on the lead's own ("No. 4 Civil Division" for 民四庭),
    # 18 on the second hands (17 false; the broadcaster's first version opened with a summary
    # lead of its own, rightly an addition, and was rewritten as a translation)
    ("summit", "summit", []),
    # "Mr Wang, who also sits on the Communist Party's Politburo" two paragraphs after the
    # lead whose Chinese names the Politburo; "all countries, large or small, as equals"
    ("summit", "summit.abc", []),
    ("pension", "pension", []),
    # a headline of the news over a lead that stands for the notice's title, its 2% the body's
    ("pension", "pension.fin", []),
    ("flood", "flood", []),
    # "BEIJING, June 18 (Wire) -" over "at midday on June 18"; kept: "About 18,000 people" for
    # 1.8万人, an exact figure hedged (planted17's rule: "around 120,000" for 12万 is a slip)
    ("flood", "flood.wire", [("number-mismatch", "5")]),
    ("chip", "chip", []),
    # "on Nov. 7. By volume, …" (no list number); "Imports, still far larger, came to …",
    # "October exports alone" (集成电路进口, 出口 said again); "chip exports" in the headline.
    # Kept: "customs data showed" for 海关总署…发布数据显示, headline and lead (as probes19's
    # wire: a variant "customs data" would, by the matcher's split relaxation, also pass the
    # staples' slip "China's customs authority released foreign trade data")
    ("chip", "chip.tech", [("term-missing", "1"), ("term-missing", "3")]),
    ("tourism", "tourism", []),
    # "891m domestic trips" in the headline over 8.9亿 (8.91亿 in the body); "Mid-Autumn holiday"
    ("tourism", "tourism.trade", []),
    ("court", "court", []),
    ("court", "court.blog", []),
    # held out, two, linted once: the lead's 0, the second hands 2 ("more than double" for
    # 增长1.1倍; 第四届 taken as changed to a headline's "$103.6 bn"), fixed after
    ("evs", "evs", []),
    ("evs", "evs.auto", []),
    ("belt", "belt", []),
    ("belt", "belt.in", []),
    # held out, two more: the lead's 0, the second hands 1 (a paragraph doubted whole for the
    # boundary inside it: the bracket （不含…） said as a sentence of its own), fixed after
    ("rates", "rates", []),
    ("rates", "rates.note", []),
    ("snow", "snow", []),
    ("snow", "snow.ca", []),
    # held out, a third pair: the lead's 0, the second hands 5; kept: the briefing that re-cuts
    # the release into bullets and moves its source line to the end (doubted, and the line an
    # addition: a reviser's look is what the warning asks for)
    ("fdi", "fdi", []),
    ("fdi", "fdi.brief", [("alignment-doubtful", "3"), ("addition", "7")]),
    ("marathon", "marathon", []),
    # the edition year left to "on Sunday, Nov. 1"; the field of 30,000 moved to the last
    # paragraph, which the headline's 3万 does not take from the body's
    ("marathon", "marathon.run", []),
    # held out, a fourth pair: the lead's 1 ("Customs:" for a headline's 海关总署：), fixed; the
    # second hands 7, kept: the wire makes its lead of the third paragraph's November figures,
    # and the aligner paired that lead with the first paragraph (an aligner's leftover, fixed
    # in the twenty-fourth round: docs/align.md, fresh12); and, with "customs data" no
    # variant, its "customs data showed" for the headline's 海关总署
    ("vaccine", "vaccine", []),
    ("vaccine", "vaccine.med", []),
    ("trade", "trade", []),
    ("trade", "trade.wire", [("term-missing", "1")]),
    # held out, a fifth pair: the lead's 1 (海上丝绸之路 was a form of the 21st Century Maritime
    # Silk Road: now an entry of its own), the second hands 4 ("(CHINARE 43)", "(960–1368)"
    # twice, the same entry), fixed after
    ("antarctic", "antarctic", []),
    ("antarctic", "antarctic.polar", []),
    ("heritage", "heritage", []),
    ("heritage", "heritage.mag", []),
    # held out, a sixth pair: the lead's 1 and the second hands 1, the same (3个半月 read as 3)
    ("condolence", "condolence", []),
    ("condolence", "condolence.ph", []),
    ("fishing", "fishing", []),
    ("fishing", "fishing.trade", []),
    # held out, a seventh pair: the lead's 0, the second hands 2 ("its 50 millionth passenger",
    # "joining three other Chinese airports" for 第4个), fixed after
    ("airport", "airport", []),
    ("airport", "airport.avia", []),
    ("loan", "loan", []),
    ("loan", "loan.ke", []),
    # held out, three diplomatic pairs written after the seven above were measured:
    # the lead's 0 in each; the second hands 6 (kept: the wire's story built from a press
    # conference's transcript, the questions in reported speech and the answer's first
    # sentences moved into its lead, which a reviser of a translation of the transcript
    # should see), 3 ("Vice Premier" for a name the unit's Chinese gives bare, twice: fixed;
    # kept: the delegation as the subject of "met … with", a reviser's question for a readout
    # whose host the Chinese puts first, planted21's slip kind) and 2 (晚上好！ said in the next
    # sentence's "Good evening, and welcome …"; "Over two millennia ago"; fixed)
    ("presser", "presser", []),
    ("presser", "presser.wire", [("number-mismatch", "1"), ("alignment-doubtful", "3"),
                                 ("omission", "3"), ("negation", "5"), ("term-missing", "5"),
                                 ("omission", "9")]),
    ("call", "call", []),
    ("call", "call.eu", []),
    ("joint", "joint", []),
    ("joint", "joint.uz", []),
    ("vice", "vice", []),
    ("vice", "vice.biz", [("name-mismatch", "3")]),
    ("toast", "toast", []),
    ("toast", "toast.tt", []),
    ("paper", "paper", []),
    ("paper", "paper.ac", []),
]
SLIPS23 = [
    ("court", "No. 4 Civil Division", "No. 3 Civil Division", "number-mismatch number-mismatch"),
    ("heritage", "via the Maritime Silk Road", "via the Silk Road", "term-missing"),
    ("trade", "Customs: China's foreign trade", "Commerce: China's foreign trade", "term-missing"),
    ("fdi", "down 9.3 percent year on year", "down 3.9 percent year on year", "number-mismatch"),
]
OTHER_SLIPS23 = [
    ("chip", "chip.tech.en.txt", "customs data showed on Nov. 7.", "customs data showed on Nov. 8.",
     "number-mismatch"),
    # another thing's imports: 集成电路 lost here, and in the next paragraph that said it short
    ("chip", "chip.tech.en.txt", "Imports, still far larger,", "Steel imports, still far larger,",
     "term-missing term-missing"),
    ("summit", "summit.abc.en.txt", "sits on the Communist Party's Politburo",
     "sits on the Communist Party's Central Committee", "term-missing"),
    ("summit", "summit.abc.en.txt", "all countries, large or small, as equals",
     "all countries as equals", "term-missing"),
    ("flood", "flood.wire.en.txt", "at midday on June 18", "at midday on June 19",
     "number-mismatch"),
    ("flood", "flood.wire.en.txt", "at midday on June 18", "at 2 p.m. on June 18",
     "number-mismatch number-mismatch"),
    ("pension", "pension.fin.en.txt", "go up 2% starting", "go up 3% starting",
     "addition number-mismatch"),
    ("tourism", "tourism.trade.en.txt", "Golden Week: 891m domestic trips",
     "Golden Week: 819m domestic trips", "number-mismatch"),
    ("tourism", "tourism.trade.en.txt", "Mid-Autumn holiday generated",
     "Lantern Festival holiday generated", "term-missing"),
    ("rates", "rates.note.en.txt", "falls to c.5.7%", "falls to c.7.5%", "number-mismatch"),
    ("evs", "evs.auto.en.txt", "more than double the figure", "nearly double the figure",
     "number-mismatch"),
    ("belt", "belt.in.en.txt", "deals worth $103.6 bn signed", "deals worth $130.6 bn signed",
     "number-mismatch"),
    ("marathon", "marathon.run.en.txt", "on Sunday, Nov. 1", "on Saturday, Nov. 1",
     "number-mismatch number-mismatch"),
    ("marathon", "marathon.run.en.txt", "A field of 30,000 runners", "A field of 40,000 runners",
     "number-mismatch number-mismatch number-mismatch"),
    ("antarctic", "antarctic.polar.en.txt", "(CHINARE 43)", "(CHINARE 44)", "number-mismatch"),
    ("heritage", "heritage.mag.en.txt", "(960–1368)", "(1960–2368)",
     "number-mismatch number-mismatch"),
    ("fishing", "fishing.trade.en.txt", "three and a half months", "three months",
     "number-mismatch"),
    ("airport", "airport.avia.en.txt", "its 50 millionth passenger", "its 40 millionth passenger",
     "number-mismatch"),
    ("airport", "airport.avia.en.txt", "joining three other Chinese airports",
     "joining two other Chinese airports", "number-mismatch"),
    ("vaccine", "vaccine.med.en.txt", "around 150 000 new cases", "around 105 000 new cases",
     "number-mismatch"),
    ("loan", "loan.ke.en.txt", "The 15-year facility", "The 12-year facility", "number-mismatch"),
    ("snow", "snow.ca.en.txt", "10 to 18 cm of new snow", "10 to 28 cm of new snow",
     "number-mismatch"),
    # a deputy's title the document gives for no one
    ("vice", "vice.biz.en.txt", "Clark said Chamber", "Vice President Clark said Chamber",
     "name-mismatch"),
    ("toast", "toast.tt.en.txt", "Over two millennia ago", "Over three millennia ago",
     "number-mismatch"),
    # the greeting said, the welcome left out
    ("toast", "toast.tt.en.txt", "Good evening, and welcome to beautiful Xi'an.",
     "Good evening.", "omission"),
    ("joint", "joint.uz.en.txt", "to USD 20 billion by 2030", "to USD 30 billion by 2030",
     "number-mismatch"),
    ("call", "call.eu.en.txt", "62 years of diplomatic relations", "65 years of diplomatic "
     "relations", "number-mismatch"),
    ("paper", "paper.ac.en.txt", "some 400,000 participants", "some 40,000 participants",
     "number-mismatch"),
]

CORRECT24 = [
    # six, linted once together: two on the lead's own, both false ("6:30 a.m." for 6时30分前后,
    # "The 1,035-km railway" for 中老铁路 after the name), 26 on the second hands
    ("grain", "grain", []),
    # "Record 715.6 MMT" in a headline whose Chinese has no figure; kept: "roughly 5.97 metric
    # tons per hectare", a yield the hand worked out from 398.2公斤/亩 (an addition to query)
    ("grain", "grain.ag", [("number-mismatch", "7")]),
    ("visa", "visa", []),
    ("visa", "visa.blog", []),
    ("forum", "forum", []),
    # a wire's lead built from the second paragraph's clause, the last paragraph's sentence
    # joined to the first (the aligner's doubt on that rebuilt paragraph, kept until genres16:
    # a paragraph of two sentences or more each side is checked as one unit)
    ("forum", "forum.za", []),
    ("rail", "rail", []),
    # "Laos-China Railway", "from four to eight a day" for 由每日2对增至4对; kept: the line's
    # name left out where news English drops a repeated subject (a warning by design)
    ("rail", "rail.la", [("term-missing", "5")]),
    ("patent", "patent", []),
    ("patent", "patent.law", []),
    ("typhoon", "typhoon", []),
    # the force's speed without China's scale; kept: "from the lowest level, IV, to the
    # highest, I" (Roman numerals read only after Level, Grade, Class …) and "the flood, wind
    # and drought command" for 防汛防风防旱总指挥部 (a warning)
    ("typhoon", "typhoon.hk", [("term-missing", "7"), ("number-mismatch", "7"),
                               ("number-mismatch", "7")]),
    # held out, linted once a batch: carbon/meeting/panda/gaza, space/bond, envoy/youth,
    # expo/library, peace/treaty; the lead's own all clean
    ("carbon", "carbon", []),
    # "702Mt", "some 8Gt of CO2"; kept: the market's name dropped as a repeated subject
    ("carbon", "carbon.note", [("term-missing", "5")]),
    ("meeting", "meeting", []),
    # the partner's readout: "Minister Wang noted" for 王毅表示, 外长 in the lead
    ("meeting", "meeting.nz", []),
    ("panda", "panda", []),
    # kept: two paragraphs a local TV site rebuilt, which the aligner doubts
    ("panda", "panda.tv", [("alignment-doubtful", "5"), ("alignment-doubtful", "7")]),
    ("gaza", "gaza", []),
    # kept: a headline of the news ("China backs UN Gaza resolution") that names no spokesperson
    # anywhere for 外交部发言人就加沙局势答记者问 (who said it is a fair question)
    ("gaza", "gaza.me", [("term-missing", "1")]),
    ("space", "space", []),
    ("space", "space.fan", [("alignment-doubtful", "3")]),
    ("bond", "bond", []),
    # "2y: 1.65%" and the tenors as a list; kept: "in Hong Kong" for 在香港特别行政区
    ("bond", "bond.fin", [("term-missing", "3")]),
    ("envoy", "envoy", []),
    # "Pacific island nations"
    ("envoy", "envoy.un", []),
    ("youth", "youth", []),
    ("youth", "youth.sg", []),
    ("expo", "expo", []),
    # kept: "CIIE 2026" (the edition's year, which the source leaves to the next edition's
    # 2027) and the expo's name dropped as a repeated subject twice (warnings)
    ("expo", "expo.de", [("number-mismatch", "1"), ("term-missing", "5"),
                         ("term-missing", "7")]),
    ("library", "library", []),
    # "every day of the year" for 365天
    ("library", "library.mag", []),
    # held out, diplomatic, linted once
    ("peace", "peace", []),
    # kept: UN meetings coverage's "China's representative, Fu Cong" for 中国常驻联合国代表, and
    # "more than 20 United Nations missions" for 20多项联合国维和行动 (the title and the word
    # "peacekeeping" a reviser of a translation asks for)
    ("peace", "peace.un", [("term-missing", "3"), ("term-missing", "5")]),
    ("treaty", "treaty", []),
    # the partner's justice ministry: its country first in the treaties' titles
    ("treaty", "treaty.br", []),
    # held out, linted once: the lead's own clean, 2 on the second hands, both false
    ("consul", "consul", []),
    # an Australian community paper: the consulate named in full in a body paragraph whose
    # Chinese lacks it (the headline's), then "Its advice:" and "the consulate's own line"
    ("consul", "consul.au", []),
    ("forum2", "forum2", []),
    # a Singapore paper: "Asean", "NANNING (China) •", "as he opened the … Summit"
    ("forum2", "forum2.sea", []),
    # held out, linted once: 2 on the lead's own and 14 on the second hand, all false
    ("pmi", "pmi", []),
    # a bank's flash note: the index's readings without percent signs, "from 49.8 in October";
    # kept: "its 10th straight month above 50" for 连续10个月位于扩张区间 (the line of expansion
    # said as its figure, an addition a reviser may query)
    ("pmi", "pmi.bank", [("number-mismatch", "7")]),
    ("sco", "sco", []),
    # a Russian agency: "BISHKEK, December 9.", China's minister as "China was represented by"
    ("sco", "sco.ru", []),
    # held out, linted once, the last batch: 1 on the lead's own and 5 on the second hands, all
    # false; fixed after the measure (the lead's "the reserves" two paragraphs on; the US paper's
    # speech title said in the next paragraph; "SAFE put the rise down to"; "in November" for
    # 截至2026年11月末 by genres14's year a one-year report leaves understood), kept: the market
    # wrap's "the rise" for 外汇储备规模上升 (a term left out, not said short)
    ("fx", "fx", []),
    ("fx", "fx.fxwrap", [("term-missing", "5")]),
    ("apec", "apec", []),
    ("apec", "apec.us", []),
]
SLIPS24 = [
    # (since the twenty-seventh round a railway once named may be "the line": the twin is
    # another noun)
    ("rail", "The 1,035-km railway", "The 1,035-km project", "term-missing"),
    ("fx", "led to the increase in the reserves", "led to the increase in the gold holdings",
     "term-missing"),
    ("typhoon", "at around 6:30 a.m.", "at around 6:45 a.m.", "number-mismatch"),
]
OTHER_SLIPS24 = [
    ("grain", "grain.ag.en.txt", "at Record 715.6 MMT", "at Record 751.6 MMT", "number-mismatch"),
    # (since genres16 the rebuilt lead is checked as one unit: the figure changed is named
    # too)
    ("forum", "forum.za.en.txt", "Delegates from 53 African", "Delegates from 35 African",
     "number-mismatch omission"),
    ("forum", "forum.za.en.txt", "more than 60% of the 360", "more than 40% of the 360",
     "addition"),
    ("meeting", "meeting.nz.en.txt", "Minister Wang noted", "Ambassador Wang noted",
     "name-mismatch"),
    ("rail", "rail.la.en.txt", "from four to eight a day", "from four to six a day",
     "number-mismatch"),
    ("typhoon", "typhoon.hk.en.txt", "42 metres per second (about 151km/h)",
     "24 metres per second (about 86km/h)", "number-mismatch number-mismatch number-mismatch"),
    ("bond", "bond.fin.en.txt", "30y: 2.30%", "20y: 2.30%", "number-mismatch partial-omission"),
    ("library", "library.mag.en.txt", "every day of the year", "every day of the week",
     "number-mismatch"),
    ("carbon", "carbon.note.en.txt", "702Mt of allowances", "720Mt of allowances",
     "number-mismatch"),
    ("carbon", "carbon.note.en.txt", "some 8Gt of CO2", "some 6Gt of CO2", "number-mismatch"),
    ("envoy", "envoy.un.en.txt", "helping Pacific island nations", "helping Pacific nations",
     "term-missing"),
    ("consul", "consul.au.en.txt", "or the consulate's own consular assistance line",
     "or the embassy's own consular assistance line", "term-missing"),
    ("apec", "apec.us.en.txt", "an Open and Inclusive Asia-Pacific Community with a Shared "
     "Future", "an Open Asia-Pacific", "term-missing term-missing"),
]
CORRECT25 = [
    # four, linted once together: one on the lead's own, false ("must not fall below 18
    # degrees Celsius" for 不得低于18℃ read as a ceiling), 11 on the second hands
    ("quake", "quake", []),
    # a seismology feed's stamp in UTC, a day before the local date it gives in brackets
    ("quake", "quake.usgs", []),
    ("ev", "ev", []),
    ("ev", "ev.auto", []),  # "243k (+8.9% m/m)"
    ("visit", "visit", []),
    # the announcement moved down and said as "the spokesperson of the Chinese Ministry of
    # Foreign Affairs"; "Presidents Lula and Xi Jinping" for 两国元首; kept: Wang Yi's Party
    # title and the regular press conference left out (a reviser of an official text asks)
    ("visit", "visit.br", [("term-missing", "3"), ("term-missing", "5")]),
    ("heat", "heat", []),
    # "Minimum indoor temperature: 18°C" for 不得低于18℃ (no negator needed); "Room too
    # cold? Call … Your heating company …", one sentence as three after a question (the
    # aligner's doubt, kept until genres16); kept: the portal's credit line "Source: …" at
    # the foot
    ("heat", "heat.portal", [("addition", "7")]),
    # held out: gdp, summit2 — none on the lead's own, 13 on the second hands
    ("gdp", "gdp", []),
    # "Q1-Q3", "1-3Q"; "services" for 第三产业; a table's "(RMB bn): primary 293.5" in the
    # paragraph after 2935.1亿元; kept: "(1H: 5.1%)" for 比上半年加快0.2个百分点 (a figure the
    # hand worked out), and two terms said in the bullets of the paragraph before ("FAI")
    # (one of the two terms settled in the twenty-sixth round: every rendering of 规模以上工业
    # 增加值 is several words, said in the bullets of the paragraph before)
    ("gdp", "gdp.note", [("number-mismatch", "3"), ("term-missing", "7")]),
    ("summit2", "summit2", []),
    # "Lao Cai - Ha Noi - Hai Phong" (Lao Cai is Vietnam's); found after the measure and now
    # reported: "the East Sea" for 南海, as Viet Nam's own texts name it
    ("summit2", "summit2.vn", [("term-deprecated", "9")]),
    # held out: court, snow — none on the lead's own, 6 on the second hands
    ("court", "court", []),
    # (the aligner's doubt on a paragraph under a run-in head, "Caseload. According to the
    # SPC, …", one Chinese sentence as three, kept here; since genres17 checked as one unit)
    ("court", "court.legal", []),
    ("snow", "snow", []),
    # the rest of a Chinese sentence the wire moved into the next paragraph, beside the unit
    # the aligner doubts for it; "gusts up to force 8" for 阵风7～8级; kept: the doubt, and the
    # winds' force 4～6 left out
    ("snow", "snow.wire", [("alignment-doubtful", "3"), ("number-mismatch", "5"),
                           ("number-mismatch", "5")]),
    # held out: unga, loan — none on the lead's own, 7 on the second hands
    ("unga", "unga", []),
    # the date said by its weekday where the only year is the 2030 Agenda's; the lead built
    # from the third paragraph, every figure of its clause said there
    ("unga", "unga.in", []),
    ("loan", "loan", []),
    # "No change this month" for 均与上月持平; kept: the source of the figures (中国人民银行授权
    # 全国银行间同业拆借中心公布) and the analysts left out, the blog's closing "We'll keep you
    # posted." and the aligner's doubt on the question before it
    ("loan", "loan.blog", [("partial-omission", "3"), ("partial-omission", "5"),
                           ("alignment-doubtful", "7"), ("addition", "7")]),
    # held out: museum, aid — none on the lead's own, 8 on the second hands
    ("museum", "museum", []),
    # "Shang and Zhou China", "never been exhibited before" for 首次展出, "a millennium"; kept:
    # the page's line of dates under its title, and the millennium said a paragraph before
    # the sentence the aligner pairs with 约1000年 (the page rebuilt around its date line)
    ("museum", "museum.site", [("addition", "3"), ("number-mismatch", "5")]),
    ("aid", "aid", []),
    # kept: "the Chinese Foreign Ministry" for 外交部发言人 (genres14 judged it a query), the
    # situation update's bullets the aligner doubts, and 中缅是胞波亲戚 left out
    ("aid", "aid.ngo", [("term-missing", "3"), ("alignment-doubtful", "5"), ("omission", "7"),
                        ("alignment-doubtful", "7")]),
    # the last, after every fix: marathon, rice — one on the lead's own (10.8 of 每公顷10.8吨
    # read as tonnes, "10.8 tonnes per hectare" a yield), four on the second hands
    ("marathon", "marathon", []),
    # kept: a headline rebuilt around the race's result, whose time (2:10:12) takes the place
    # of the Chinese title's 2026 and 3万 (the lead gives the 30,000, no English the edition's
    # year); "The organisers put on …" for 据组委会介绍 (organisers no gloss of 组委会 knows)
    ("marathon", "marathon.run", [("number-mismatch", "1"), ("number-mismatch", "1"),
                                  ("partial-omission", "7")]),
    ("rice", "rice", []),
    ("rice", "rice.mg", []),  # "10.8 t/ha"
    # the second set, held out: talks, tariff — none on the lead's own, 8 on the second hands
    ("talks", "talks", []),
    # "Presidents Abdel Fattah El-Sisi and Xi Jinping"; the Egyptian minister's paragraph put
    # first, its terms all there; kept: the readout's own lead ("CAIRO, Dec 11 — …", its
    # "seventy years") beside the paragraph the aligner doubts (a swap it cannot pair)
    ("talks", "talks.eg", [("addition", "3"), ("alignment-doubtful", "3"),
                           ("number-mismatch", "5")]),
    ("tariff", "tariff", []),
    # "down from 949 in 2026" for 比2026年减少14项; kept: "…: 0%" for 零关税 in a bullet
    ("tariff", "tariff.trade", [("term-missing", "5"), ("number-mismatch", "5")]),
    # held out: pension, flood — none on the lead's own, 5 on the second hands
    ("pension", "pension", []),
    ("pension", "pension.hr", []),  # "by 31 December 2026" for 2026年底前; "The 2% is …" again
    ("flood", "flood", []),
    # "14–15 December" in a headline (截至15日6时 in the body); kept: "around 18,000" for 1.8万
    # (planted17 plants such a hedge as a slip; probes23 kept the same finding); the brief's
    # "Hazard." paragraph, doubted here, is checked as one unit since genres17 ("Peak 12-hour
    # rainfall (08:00–20:00)": the hours 8时至20时 span)
    ("flood", "flood.cat", [("number-mismatch", "7")]),
    # the last of the second set: port — one on the lead's own ("twenty-foot equivalent
    # units" read as a twenty), none on the shipping paper's "40m TEU"
    ("port", "port", []),
    ("port", "port.ship", []),
]
SLIPS25 = [
    ("heat", "must not fall below 18 degrees", "must not rise above 18 degrees",
     "number-mismatch"),
]
OTHER_SLIPS25 = [
    ("ev", "ev.auto.en.txt", "were 243k (+8.9% m/m)", "were 234k (+8.9% m/m)",
     "number-mismatch"),
    ("quake", "quake.usgs.en.txt", "05:12 local time, December 3", "05:12 local time, "
     "December 4", "number-mismatch"),
    ("heat", "heat.portal.en.txt", "Minimum indoor temperature", "Maximum indoor temperature",
     "number-mismatch"),
    ("visit", "visit.br.en.txt", "announced today in Beijing by the spokesperson of the Chinese "
     "Ministry of Foreign Affairs, Mao Ning", "announced today in Beijing by Mao Ning",
     "omission term-missing"),
    ("visit", "visit.br.en.txt", "Presidents Lula and Xi Jinping", "Presidents Lula and Li Qiang",
     "name-mismatch"),
    ("gdp", "gdp.note.en.txt", "Q1-Q3 GDP", "Q1-Q2 GDP", "number-mismatch"),
    ("gdp", "gdp.note.en.txt", "primary 293.5; secondary", "primary 239.5; secondary",
     "number-mismatch number-mismatch"),
    ("gdp", "gdp.note.en.txt", "services +5.0%", "agriculture +5.0%", "number-mismatch"),
    ("summit2", "summit2.vn.en.txt", "the Lao Cai - Ha Noi", "the Laos - Ha Noi",
     "name-mismatch"),
    ("snow", "snow.wire.en.txt", "Up to 28 mm of snow", "Up to 82 mm of snow",
     "addition number-mismatch number-mismatch number-mismatch"),
    ("snow", "snow.wire.en.txt", "gusts up to force 8", "gusts of force 8", "number-mismatch"),
    ("unga", "unga.in.en.txt", "Second Committee on Wednesday", "Second Committee",
     "number-mismatch"),
    ("unga", "unga.in.en.txt", "meet the 2030 deadline", "meet the 2035 deadline",
     "number-mismatch partial-omission"),
    ("loan", "loan.blog.en.txt", "No change this month.", "Down this month.",
     "number-mismatch"),
    ("rice", "rice.en.txt", "yield of 10.8 tonnes per hectare", "yield of 18.0 tonnes per "
     "hectare", "number-mismatch"),
    ("rice", "rice.mg.en.txt", "10.8 t/ha on average", "10.8 kg/ha on average",
     "number-mismatch"),
    ("tariff", "tariff.trade.en.txt", "down from 949 in 2026", "down from 959 in 2026",
     "number-mismatch"),
    ("talks", "talks.eg.en.txt", "Presidents Abdel Fattah El-Sisi and Xi Jinping",
     "Presidents Abdel Fattah El-Sisi and Li Qiang", "name-mismatch"),
    ("talks", "talks.eg.en.txt", "at the United Nations, BRICS", "at the United Nations",
     "number-mismatch omission term-missing"),
    ("pension", "pension.hr.en.txt", "by 31 December 2026", "by 30 December 2026",
     "number-mismatch"),
    ("pension", "pension.hr.en.txt", "The 2% is measured", "The 3% is measured",
     "number-mismatch"),
    ("flood", "flood.cat.en.txt", "flooding, 14–15 December", "flooding, 14–16 December",
     "number-mismatch"),
]
CORRECT26 = [
    # four, linted once together: none on the lead's own, 13 on the second hands
    ("trade", "trade", []),
    # kept: "customs data showed" for 海关总署…发布数据 (as probes19's and probes23's wires)
    ("trade", "trade.wire", [("term-missing", "3")]),
    ("visit", "visit", []),
    # no dateline: its date is the day of writing; kept: the talks' own date (当地时间11月24日)
    # left out, and "linking the two countries' development strategies" for 发展战略对接
    ("visit", "visit.kz", [("number-mismatch", "3"), ("term-missing", "9")]),
    ("school", "school", []),
    # "Dear parents," alone; 本报北京12月3日讯 a dateline; "(Grades 1-9)" for 义务教育阶段;
    # "almost 12 points" for 近12个百分点; kept: the school's own closing paragraph
    ("school", "school.intl", [("addition", "9")]),
    ("drone", "drone", []),
    # the dateline's date left with the dateline; "the sector" for the low-altitude economy
    ("drone", "drone.tech", []),
    # held out: rates, forum — none on the lead's own, 15 on the second hands
    ("rates", "rates", []),
    # "both tenors" for 1年期和5年期以上 said in the bullet before; "An RRR cut" in the next
    # paragraph's sentence; kept: the attribution to the interbank funding center and 专家表示
    # left out, the masthead read as the headline (a doubt), "'appropriately accommodative'
    # stance" for 适度宽松的货币政策
    ("rates", "rates.fx", [("partial-omission", "3"), ("alignment-doubtful", "3"),
                           ("partial-omission", "7"), ("term-missing", "9")]),
    ("forum", "forum", []),
    # the attendance of the last paragraph put first ("more than 200 participants from over
    # 30 countries"), the 14th in the headline; "an international system centred on the UN";
    # kept: the Party title, three initiatives said as "four global initiatives (on
    # development, security, civilization …)", the doubt on the comment put last
    ("forum", "forum.tank", [("term-missing", "3"), ("term-missing", "7"),
                             ("term-missing", "7"), ("term-missing", "7"),
                             ("alignment-doubtful", "9")]),
    # held out: panda, vaccine — none on the lead's own, 4 on the second hands
    ("panda", "panda", []),
    ("panda", "panda.local", []),
    ("vaccine", "vaccine", []),
    # the schedule and the count swapped between the first two paragraphs; "As of 31 August"
    # for 截至8月底 said in the paragraph before; left (false): "from their 13th birthday",
    # the age said again as an ordinal in a gloss
    ("vaccine", "vaccine.med", [("number-mismatch", "5")]),
    # held out: briefing, grain — 5 on the lead's own (one true: the lead's Chinese gave 4.8万亩
    # for 32千公顷, corrected to 48万亩), 6 on the second hands
    # the title the first sentence repeats word for word, said once in the English title
    ("briefing", "briefing", []),
    # kept: the question folded into the story (a doubt), "through equal dialogue" (对话协商)
    ("briefing", "briefing.jp", [("alignment-doubtful", "5"), ("term-missing", "9")]),
    # "The yield per hectare was 5,626.2 kg, up 29.9 kg"; the mu in brackets left out
    ("grain", "grain", []),
    # "26.61 Mha (-32 kha)"; the two sentences said as one (an omission and a doubt until the
    # twenty-seventh round, fresh15: the aligner now reads 26613千公顷 as "26.61 Mha" and pairs
    # them whole, and lint's length rule keeps a sentence whose figures the English gives);
    # kept: "Officials" for the bureau's chief statistician, the added market view
    ("grain", "grain.agri", [("term-missing", "9"), ("addition", "9")]),
    # held out: rail, climate — 1 on the lead's own (false: "(COP31)" after "the 31st
    # Conference of the Parties"), 9 on the second hands
    ("rail", "rail", []),
    # "linking Qinghai, Gansu and Sichuan" for 青海、甘肃、四川三省, beside "the two provincial
    # capitals"
    ("rail", "rail.mag", []),
    ("climate", "climate", []),
    # "2.15 TW"; "He pressed developed countries"; kept: the briefing's "Day 9" in its title,
    # the convention never named, a doubt on run-in heads ("Positioning.", "Targets."),
    # "peaking CO2 emissions … and carbon neutrality" for 碳达峰碳中和, the NGO's own take
    ("climate", "climate.ngo", [("number-mismatch", "1"), ("term-missing", "3"),
                                ("alignment-doubtful", "5"), ("term-missing", "5"),
                                ("addition", "9")]),
    # held out: film, tax — 2 on the lead's own (false: 位居第二 as "followed by", 春节档期间
    # "During the holiday" two paragraphs after the festival's name), 8 on the second hands
    ("film", "film", []),
    # the headline's "$1.3 Billion" beside the lead's "RMB9.51 billion ($1.32 billion)"; kept:
    # the year left out (headline and lead), "Lunar New Year" beside "Spring Festival" (an
    # info), the screens' sentence with no holiday, the industry's comment left out
    ("film", "film.var", [("number-mismatch", "1"), ("term-inconsistent", "3"),
                          ("number-mismatch", "3"), ("term-missing", "7"), ("omission", "9")]),
    ("tax", "tax", []),
    # kept: the table's "Deduction" for 专项附加扣除, the adviser's added advice
    ("tax", "tax.alert", [("term-missing", "5"), ("addition", "9")]),
    # held out, the last: belt, ice — none on the lead's own, 4 on the second hands
    ("belt", "belt", []),
    # kept: "high-quality development of the initiative" for 共建"一带一路"高质量发展 and
    # "greater mutual benefit" for 互利共赢 (win-win left out)
    ("belt", "belt.ke", [("term-missing", "5"), ("term-missing", "5")]),
    ("ice", "ice", []),
    # a paragraph said in another order after its label ("Don't miss: the 50-metre main
    # tower … There are more than 40 things to do"; the aligner's doubt, kept until genres16:
    # checked as one unit); kept: the magazine's added tip
    ("ice", "ice.travel", [("addition", "9")]),
]
SLIPS26: list = []
OTHER_SLIPS26 = [
    # the twin of the crop report's two sentences said as one (fresh15): the yields left out,
    # the second sentence is an omission again
    ("grain", "grain.agri.en.txt", ", while average yields improved 0.5% to 5.63 t/ha "
     "(+29.9 kg/ha)", "", "omission"),
    ("school", "school.intl.en.txt", "almost 12 points better", "almost 13 points better",
     "number-mismatch number-mismatch"),
    ("school", "school.intl.en.txt", "(Grades 1-9)", "(Grades 1-8)", "number-mismatch"),
    ("school", "school.intl.en.txt", "Dear parents,", "Dear parents, PE is now compulsory.",
     "addition"),
    ("drone", "drone.tech.en.txt", "Shenzhen expects its", "SHENZHEN, Nov. 29 - Shenzhen "
     "expects its", "number-mismatch"),
    ("drone", "drone.tech.en.txt", "Some 1,800 companies work in the sector",
     "Some 1,800 companies work in the city", "term-missing"),
    ("rates", "rates.fx.en.txt", "YTD both tenors are down", "YTD the 1Y tenor is down",
     "number-mismatch"),
    ("rates", "rates.fx.en.txt", "An RRR cut and a rate cut", "A rate cut", "term-missing"),
    ("forum", "forum.tank.en.txt", "more than 200 participants", "more than 300 participants",
     "number-mismatch number-mismatch"),
    ("forum", "forum.tank.en.txt", "centred on the UN", "centred on the US", "term-missing"),
    ("vaccine", "vaccine.med.en.txt", "As of 31 August", "As of 30 August", "number-mismatch"),
    ("grain", "grain.en.txt", "was 5,626.2 kg, up 29.9 kg", "was 5,662.2 kg, up 29.9 kg",
     "number-mismatch number-mismatch"),
    ("film", "film.en.txt", "followed by the sci-fi film", "and the sci-fi film",
     "number-mismatch"),
    ("film", "film.en.txt", "During the holiday, 91,000", "During the season, 91,000",
     "term-missing"),
    ("film", "film.var.en.txt", "Smashes Record at $1.3 Billion", "Smashes Record at $1.5 Billion",
     "number-mismatch"),
    ("rail", "rail.mag.en.txt", "linking Qinghai, Gansu and Sichuan", "linking Qinghai and "
     "Sichuan", "number-mismatch number-mismatch"),
    ("climate", "climate.ngo.en.txt", "He cited 2.15 TW", "He cited 2.15 GW", "number-mismatch"),
    ("climate", "climate.ngo.en.txt", "Finance. He pressed developed", "Finance. Developed",
     "partial-omission"),
    ("climate", "climate.en.txt", "(COP31)", "(COP30)", "number-mismatch"),
    ("briefing", "briefing.en.txt", "Mao Ning's Regular Press Conference on November 5",
     "Mao Ning's Regular Press Conference on November 6", "number-mismatch omission"),
    # (two more, "31" and "86.3%" of the next bead of the paragraph reported added, went in
    # genres17: each finding now takes its own bead's place, so the neighbour that lost them
    # settles them)
    ("vaccine", "vaccine.med.en.txt", "first doses to 11.37 million girls",
     "first doses to 11.73 million girls", " ".join(["number-mismatch"] * 3)),
]
CORRECT27 = [
    # four, linted once together: one on the lead's own (the line's number said "the section",
    # fixed), 9 on the second hands (4 false, fixed)
    ("apec", "apec", []),
    # kept: "mutual benefit" alone for 互利共赢, the visa-free policy said in words
    ("apec", "apec.nz", [("term-missing", "5"), ("term-missing", "7")]),
    ("pmi", "pmi", []),
    # kept: the source line left out, the broker's own view added
    ("pmi", "pmi.broker", [("partial-omission", "3"), ("addition", "11")]),
    ("metro", "metro", []),
    ("metro", "metro.expat", []),
    ("court", "court", []),
    # kept: the firm's comment added
    ("court", "court.law", [("addition", "9")]),
    # held out, linted once after the fixes above: one on the lead's own (a headline's "rural
    # incomes", the body's term in full: fixed), 5 on the second hands (1 false: fixed)
    ("fmcall", "fmcall", []),
    # kept: the Politburo title left out, "EU-China relations", "the war in Ukraine"
    ("fmcall", "fmcall.eu", [("term-missing", "3"), ("term-missing", "7"),
                             ("term-missing", "11")]),
    ("harvest", "harvest", []),
    # a yield's tonnes per hectare in brackets (fixed); kept: the headline drops its second
    # half, the incomes
    ("harvest", "harvest.agri", [("term-missing", "1")]),
    # held out, linted once: none on the lead's own; 10 on the second hands (1 false fixed: a
    # question folded into "Asked about …"; 3 false left: the climate passage the wire moved
    # three paragraphs down (its omission and its addition), the listing's practical lines
    # "When: … closed Mondays", "Booking: …" over the text)
    ("spokes", "spokes", []),
    # kept: the transcript's title not given (the wire's own headline), 台湾地区 "Taiwan", the
    # resolve to defend sovereignty and territorial integrity cut to "resolute … measures"
    ("spokes", "spokes.wire", [("number-mismatch", "1"), ("term-missing", "1"),
                               ("term-missing", "1"), ("omission", "3"), ("omission", "5"),
                               ("term-missing", "7"), ("partial-omission", "9"),
                               ("addition", "11")]),
    ("museum", "museum", []),
    ("museum", "museum.mag", [("omission", "7")]),
    # held out, linted once: none on the lead's own; 6 on the second hands (1 false fixed: a
    # newsletter's "Jan-Oct 2026"; 3 false left: a situation report's title the aligner
    # doubts, the key-figures block whose rounded "6.13m", "2.36m" the aligner does not link
    # to 612.8万辆, 236.4万辆 — its paragraph read as lost — and so its "Source: CAAM, 16
    # November." line left an addition)
    ("aid", "aid", []),
    # kept: the sentence of heavy casualties and losses dropped, the partnership sentence
    ("aid", "aid.sitrep", [("alignment-doubtful", "1"), ("omission", "3"),
                           ("term-missing", "5")]),
    ("ev", "ev", []),
    ("ev", "ev.auto", [("partial-omission", "3"), ("addition", "9")]),
    # held out, the second series, linted once: none on the lead's own; 2 on the second hands,
    # both kept: the magazine's added "since it opened in December 2021", and a repeated
    # subject dropped ("Cross-border volumes … reached", 中老铁路 given before: a question, by
    # design); its "the line" in the next sentence is now read as the railway's mention
    ("condol", "condol", []),
    ("condol", "condol.vn", []),
    ("rail", "rail", []),
    ("rail", "rail.log", [("number-mismatch", "3"), ("term-missing", "5")]),
    # held out, the second series' last batch, linted once: none on the lead's own; 5 on the
    # second hands: 2 false left (the aligner doubts a paragraph under a run-in head, "Why the
    # controls?", "Relations."), 3 kept (the clause that restates the question dropped, its two
    # terms with it; "the China-Central Asia format" for 中国—中亚机制)
    ("mofcom", "mofcom", []),
    ("mofcom", "mofcom.law", [("alignment-doubtful", "5"), ("term-missing", "5"),
                              ("term-missing", "5")]),
    ("kz", "kz", []),
    ("kz", "kz.kaz", [("alignment-doubtful", "3"), ("term-missing", "9")]),
    # held out, the last, linted once: one on the lead's own (a headline built from the lead's
    # news, "Over 30,000 young Americans …" over the initiative's 5万: fixed); none on the
    # second hands
    ("youth", "youth", []),
    ("youth", "youth.univ", []),
    ("snow", "snow", []),
    ("snow", "snow.tv", []),
]
CORRECT28 = [
    # four, linted once together: one on the lead's own ("Panama and two other countries" for
    # 巴拿马等三国, fixed), 8 on the second hands (5 false, fixed: "about a month's supply" for
    # 约30天, a paper's lead taking the spokesman's first clause whole, the body described
    # before it is named, "throughout this period" for 二十五年来 after "25 years"; 3 kept)
    ("sco", "sco", []),
    # kept: the Politburo title left out, "political trust" for 政治互信
    ("sco", "sco.tass", [("term-missing", "3"), ("term-missing", "5")]),
    ("cpi", "cpi", []),
    # kept: "NBS" never spelled out (its headline and its body)
    ("cpi", "cpi.bank", [("term-missing", "1"), ("term-missing", "3")]),
    ("gas", "gas", []),
    ("gas", "gas.uk", []),
    ("visa", "visa", []),
    # kept: "China's foreign ministry announced" for 外交部发言人…宣布
    ("visa", "visa.blog", [("term-missing", "3")]),
    # held out, first batch, linted once: none on the lead's own; one on the second hands, kept
    # ("Standard Gauge Railway" for 蒙内铁路, the glossary's name never given)
    ("call", "call", []),
    ("call", "call.ke", [("term-missing", "5")]),
    ("port", "port", []),
    ("port", "port.ship", []),
    # second batch: one on the lead's own ("once a week" for 每周至少陪餐1次, fixed); 11 on the
    # second hands: 4 false fixed ("at least 125g" read whole; the wire that tells the press
    # conference as a story and never translates its questions, ×2; its "once"), 1 false left
    # (the wire's unit 3 doubtful: its answer opens on what the question asked), 6 kept (the
    # wire's headline without 2026 or "regular press conference", the meeting's name said
    # short; the parent's letter naming no regulator)
    ("briefing", "briefing", []),
    ("briefing", "briefing.wire", [("number-mismatch", "1"), ("term-missing", "1"),
                                   ("alignment-doubtful", "3"), ("term-missing", "7")]),
    ("meals", "meals", []),
    ("meals", "meals.parent", [("term-missing", "3")] * 3),
    # third batch: none on the lead's own; 3 on the second hands: 1 kept (the NGO's summary
    # drops the issuing office), 2 false left (the law firm moves a sentence into the paragraph
    # before: an addition there, an omission here)
    ("treaty", "treaty", []),
    ("treaty", "treaty.law", [("addition", "5"), ("omission", "5")]),
    ("fire", "fire", []),
    ("fire", "fire.ngo", [("term-missing", "3")]),
    # fourth batch and the second series, linted once together (the batches run into one): 6
    # on the lead's own (stocks: an index's "3,912.47 points" read as percentage points, ×3
    # each side: fixed); on the second hands, 7 false fixed (the broadcaster's "that community"
    # for 新时代命运共同体建设, 新时代 with it; the guest's own paper, "Wong met Premier Li …
    # during his official visit to China"; the medical site that spreads a sentence of three
    # figures over its headline, its lead and its next paragraph, ×3), 4 kept (the
    # broadcaster's "Xi" for 习近平主席, a warning since the full name came first; the UN
    # record's "The representative of China" for 中国常驻联合国代表傅聪, ×2, and its "Council
    # sanctions" where the UN is never named)
    ("visit", "visit", []),
    ("visit", "visit.rs", [("term-missing", "7")]),
    ("stocks", "stocks", []),
    ("stocks", "stocks.desk", []),
    ("unsc", "unsc", []),
    ("unsc", "unsc.un", [("term-missing", "3"), ("term-missing", "3"), ("term-missing", "5")]),
    ("tea", "tea", []),
    ("tea", "tea.trade", []),
    ("premier", "premier", []),
    ("premier", "premier.sg", []),
    ("hospital", "hospital", []),
    ("hospital", "hospital.med", []),
]
CORRECT29 = [
    # held out, first batch, linted once: none on the lead's own; 22 on the second hands — the
    # podcast (12): 6 false fixed (its "That's a little over a trillion US dollars." after the
    # yuan; its sign-off; its episode line's date for the headline's 2026; the question's "中方
    # 对此有何评论？" told as a story; the talks sentence moved up into the question's paragraph,
    # "… his Chinese counterpart Wang Yi"; "China's missions abroad", a variant now), 4 false
    # left (its episode line and opening, the two answers the aligner doubts), 2 kept ("spokes-
    # person Mao Ning" at "China's Foreign Ministry" for 外交部发言人, "political trust"); the
    # association's brief (10): 6 false fixed (its appliances first: two paragraphs' figures
    # crossed, the displaced paragraph an addition, the headline's 2.86万亿 said in the body,
    # "trade-in" in the next bullet, ×2), 1 false left ("(Grade 1)" for 一级能效), 3 kept
    # ("the national trade-in programme" for 消费品以旧换新, ×2, never given in full; "We will
    # update members …", its own line)
    ("presser", "presser", []),
    ("presser", "presser.pod", [("addition", "1"), ("addition", "1"), ("term-missing", "1"),
                                ("alignment-doubtful", "3"), ("term-missing", "5"),
                                ("alignment-doubtful", "9")]),
    ("tradein", "tradein", []),
    ("tradein", "tradein.assoc", [("term-missing", "1"), ("number-mismatch", "3"),
                                  ("term-missing", "3"), ("addition", "9")]),
    # second batch: one on the lead's own (首班车6:30、末班车22:30, the 30 of 6:30 read as a list
    # number: fixed); 8 on the second hands — the explainer (3): 1 false left (its trade
    # paragraph, which the aligner doubts), 2 kept (its "2026 is the tenth anniversary …"
    # before "Wang said", and "political trust"); the tourism board's notice (5): 3 false
    # fixed (its 6:30; "CNY 2 to CNY 7 depending on distance (roughly US$0.30 to US$1)", ×2),
    # 2 false left (its "At a glance" bullets gather three paragraphs of the notice, and the
    # fares' 7 pairs there with 7号线's: the fares paragraph loses its 7 and its heading)
    ("call", "call", []),
    ("call", "call.qa", [("partial-omission", "5"), ("term-missing", "5"),
                         ("alignment-doubtful", "5")]),
    ("line7", "line7", []),
    ("line7", "line7.tour", [("number-mismatch", "9"), ("partial-omission", "9")]),
    # third batch: one on the lead's own ("the Five-hundred-meter Aperture Spherical radio
    # Telescope", a rendering of 中国天眼 whose figure was the name's alone, for 500米口径… beside
    # it: fixed); 3 on the second hands, none on the think tank's brief — the children's site:
    # 1 kept (its sentence on what a pulsar is, an addition, though the aligner reports the
    # paragraph beside it), 2 false left (the centre head's claims said as facts, "said the
    # head of the center" a paragraph on; that paragraph, which the aligner doubts)
    ("forum", "forum", []),
    ("forum", "forum.tank", []),
    ("telescope", "telescope", []),
    ("telescope", "telescope.kids", [("addition", "5"), ("partial-omission", "7"),
                                     ("alignment-doubtful", "7")]),
    # fourth batch: none on the lead's own; 5 on the second hands, none on the student paper —
    # the Hong Kong paper, which leads with the flights and the joint statement: 2 false fixed
    # (the lead's "from seven to 14 a week" for the last paragraph's 7班; "The statement"
    # after the lead's "a joint statement"), 2 false left (the Macau sentence it moves up,
    # an addition there, and the paragraph it left, which the aligner doubts), 1 kept ("with
    # the partnership as a guide" two paragraphs after "comprehensive strategic partnership")
    ("talks", "talks", []),
    ("talks", "talks.hk", [("addition", "5"), ("term-missing", "5"),
                           ("alignment-doubtful", "5")]),
    ("exam", "exam", []),
    ("exam", "exam.campus", []),
]
OTHER_SLIPS29 = [
    ("presser", "presser.pod.en.txt", ", and he'll hold talks with his Chinese counterpart Wang "
     "Yi, who also sits on the Communist Party's Political Bureau", "", "number-mismatch omission"),
    ("presser", "presser.pod.en.txt", "That's a little over a trillion US dollars.",
     "Exports made up a trillion US dollars.", "number-mismatch"),
    ("presser", "presser.pod.en.txt", "That's it for today. We're back tomorrow.",
     "That's it for today. Five died.", "addition"),
    ("presser", "presser.pod.en.txt", "China Desk Daily, Wednesday, December 2, 2026: episode "
     "transcript", "China Desk Daily: episode transcript", "addition number-mismatch"),
    ("tradein", "tradein.assoc.en.txt", "trade-ins drove RMB 2.86 trillion",
     "trade-ins drove RMB 2.68 trillion", "addition number-mismatch number-mismatch"),
    ("tradein", "tradein.assoc.en.txt", ", benefiting consumers more than 160 million times", "",
     "alignment-doubtful number-mismatch number-mismatch"),
    ("tradein", "tradein.assoc.en.txt", "reached 137m units", "reached 173m units",
     "number-mismatch number-mismatch"),
    ("line7", "line7.en.txt", "departs at 6:30 and", "departs at 6:45 and", "number-mismatch"),
    ("line7", "line7.tour.en.txt", "06:30 / 22:30", "06:30 / 23:30", "number-mismatch"),
    ("line7", "line7.tour.en.txt", "CNY 2 to CNY 7 depending", "CNY 3 to CNY 7 depending",
     "number-mismatch number-mismatch"),
    ("telescope", "telescope.en.txt", "the Five-hundred-meter Aperture",
     "the Three-hundred-meter Aperture", "number-mismatch"),
    ("telescope", "telescope.kids.en.txt", "its dish is 500 meters (about 1,640 feet) across",
     "its dish is 300 meters (about 1,640 feet) across", "number-mismatch"),
    ("talks", "talks.hk.en.txt", "from seven to 14 a week", "from five to 14 a week",
     "number-mismatch"),
    ("talks", "talks.hk.en.txt", "from seven to 14 a week, under a joint statement issued",
     "from seven to 14 a week, under an agreement issued", "term-missing"),
]
CORRECT30 = [
    # held out, first batch, linted once: none on the lead's own; 4 on the second hands, none
    # on the Singapore daily — the Latin American service: 2 false fixed (its own dateline,
    # "Montevideo, December 18th 2026 (MP) –", over a communiqué with none; Wang's Politburo
    # seat in a sentence of its own), 1 false left ("free trade agreement" given in its lead,
    # which the communiqué's second point then lacks), 1 kept (its "which Uruguay joined in
    # 2018", background of its own)
    ("uruguay", "uruguay", []),
    ("uruguay", "uruguay.latam", [("term-missing", "7"), ("number-mismatch", "7")]),
    ("customs", "customs", []),
    ("customs", "customs.sg", []),
    # second batch: none on the lead's own; 21 on the second hands — the energy report (17):
    # 12 false fixed (its key-figures box restating the body, ×11, and the body's "released on
    # 15 January" under its dateline line "Beijing, 15 January"), 4 false left (the peak load
    # sentence it moves up, an addition there, and the last paragraph it left, where the box
    # now stands: its 15.8亿 "changed", 国家能源局 missing; its lead's first sentence), 1 kept
    # ("just over 62pc", a share of its own working); the embassy's release (4): 3 false left
    # (it gives its own president's message first: two paragraphs doubted, one a partial
    # omission), 1 kept (its closing line on the embassy's commitment)
    ("peru", "peru", []),
    ("peru", "peru.embassy", [("alignment-doubtful", "7"), ("partial-omission", "9"),
                              ("alignment-doubtful", "9"), ("addition", "9")]),
    ("power", "power", []),
    ("power", "power.energy", [("partial-omission", "3"), ("number-mismatch", "5"),
                               ("addition", "7"), ("term-missing", "9"),
                               ("number-mismatch", "9")]),
    # third batch: none on the lead's own; 8 on the second hands — the Gulf paper (6), which
    # builds its lead from the last paragraph: 2 false fixed (the dateline's day, and 当地时间
    # 12月9日 said in that lead, nine paragraphs from it), 3 false left (the free trade pact
    # said in the lead and the paragraph after it, the clause and the term missing where the
    # source has them; "Chinese Vice Premier He Lifeng" in the lead, whose source has no 副),
    # 1 kept (its own "such as Saudi Vision 2030"); the city's site (2): 1 false fixed ("The
    # 240-hour (10-day) visa-free transit policy"), 1 kept (its pointer to its events page)
    ("gcc", "gcc", []),
    ("gcc", "gcc.gulf", [("term-missing", "7"), ("partial-omission", "7"),
                         ("number-mismatch", "7"), ("name-mismatch", "9")]),
    ("chongqing", "chongqing", []),
    ("chongqing", "chongqing.city", [("addition", "9")]),
    # fourth batch: none on the lead's own; 17 on the second hands — the cycling federation
    # (13): 4 false fixed (a race's times, 27h52'07" and +12", read as quotation marks), 8
    # false left (the aligner gives its second paragraph's times to the first, whose teams and
    # riders it moves below the classification: five figures "changed" there, the sentence an
    # addition, the paragraph doubted and short), 1 kept (its headline without the race's 2026);
    # the news agency (4), which tells the ambassador's article in reported speech, a
    # sentence a paragraph: 4 false left (one paragraph doubted, two of its sentences
    # additions, and "the digital economy", which its lead gives, missing there)
    ("nigeria", "nigeria", []),
    ("nigeria", "nigeria.nan", [("alignment-doubtful", "7"), ("term-missing", "7"),
                                ("addition", "7"), ("addition", "7")]),
    ("cycling", "cycling", []),
    ("cycling", "cycling.fed", [("number-mismatch", "1")] + [("number-mismatch", "3")] * 5 + [
        ("alignment-doubtful", "5"), ("partial-omission", "5"), ("addition", "7")]),
]
OTHER_SLIPS30 = [
    ("uruguay", "uruguay.latam.en.txt", " Wang, besides heading the foreign ministry, sits on "
     "the Political Bureau of the Communist Party's Central Committee.", "", "term-missing"),
    ("uruguay", "uruguay.latam.en.txt", "Wang, besides heading the foreign ministry, sits on "
     "the Political Bureau of the Communist Party's Central Committee.", "Wang, besides heading "
     "the foreign ministry, is a veteran diplomat.", "addition term-missing"),
    ("uruguay", "uruguay.latam.en.txt", "two-way trade reached US$ 6.53 billion",
     "two-way trade reached US$ 6.35 billion", "number-mismatch"),
    # a box's figure the body does not say reports the box
    ("power", "power.energy.en.txt", "- Primary industry: 148.6, +9.1pc",
     "- Primary industry: 148.6, +9.4pc", "number-mismatch " * 11),
    ("power", "power.energy.en.txt", "NEA) data released on 15 January show",
     "NEA) data released on 16 January show", "number-mismatch"),
    ("gcc", "gcc.gulf.en.txt", "on Wednesday, Dec. 9,", "on Tuesday, Dec. 8,",
     "number-mismatch number-mismatch"),
    ("gcc", "gcc.gulf.en.txt", " in Riyadh on Wednesday, Dec. 9,", "", "number-mismatch"),
    ("chongqing", "chongqing.city.en.txt", "The 240-hour (10-day)", "The 240-hour (12-day)",
     "number-mismatch"),
    ("cycling", "cycling.fed.en.txt", "2. Andrés Mora (COL) +12\"", "2. Andrés Mora (COL) +21\"",
     "number-mismatch"),
]
SLIPS28: list = []
OTHER_SLIPS28 = [
    ("gas", "gas.uk.en.txt", "about a month's supply", "about a week's supply",
     "number-mismatch number-mismatch"),
    ("gas", "gas.uk.en.txt", "China's economic planning agency said", "China said",
     "term-missing term-missing"),
    ("gas", "gas.uk.en.txt", "more than 210m tonnes", "more than 120m tonnes",
     "number-mismatch partial-omission"),
    ("visa", "visa.en.txt", "Panama and two other countries", "Panama and four other countries",
     "number-mismatch"),
    ("sco", "sco.tass.en.txt", "throughout this period", "since 2001",
     "number-mismatch number-mismatch"),
    ("meals", "meals.parent.en.txt", "at least 125g", "at least 152g",
     "number-mismatch number-mismatch"),
    ("meals", "meals.en.txt", "at least once a week", "every week", "number-mismatch"),
    ("meals", "meals.en.txt", "at least once a week", "at least twice a week",
     "number-mismatch"),
    # a transcript that keeps "Q:" and "A:" must give every question
    ("briefing", "briefing.en.txt", "Q: It is reported that Philippine vessels once again "
     "intruded into the waters adjacent to Huangyan Dao on the 24th. What is China's "
     "response?\n\n", "", "omission"),
    ("stocks", "stocks.en.txt", "to close at 3,912.47 points", "to close at 3,921.47 points",
     "number-mismatch"),
    ("visit", "visit.rs.en.txt", "a Serbia-China community with a shared future in the new era",
     "a Serbia-China community with a shared future", "term-missing term-missing"),
    ("premier", "premier.sg.en.txt", ", during his official visit to China", "",
     "name-mismatch"),
    ("hospital", "hospital.med.en.txt", "taking the campus to 1,400 beds",
     "taking the campus to 1,200 beds", "number-mismatch number-mismatch omission"),
    ("hospital", "hospital.med.en.txt", "The 145,000 m² expansion", "The expansion",
     "number-mismatch omission"),
    ("hospital", "hospital.med.en.txt", "adding 800 beds", "adding 600 beds",
     "number-mismatch number-mismatch number-mismatch omission"),
]
SLIPS27: list = []
OTHER_SLIPS27 = [
    ("pmi", "pmi.broker.en.txt", "(Oct: 49.8)", "(Oct: 50.8)", "number-mismatch"),
    ("pmi", "pmi.broker.en.txt", "(Oct: 49.8)", "(Oct: 49.3)", "number-mismatch"),
    ("metro", "metro.expat.en.txt", "by way of the Hi-Tech Zone", "by way of the Hi-Tech Park",
     "term-missing"),
    ("apec", "apec.nz.en.txt", "talk trade and tourism in Shenzhen",
     "talk trade and tourism in Shanghai", "name-mismatch"),
    ("harvest", "harvest.en.txt", "as rural incomes grow", "as rural spending grows",
     "term-missing"),
    ("harvest", "harvest.agri.en.txt", "(8.5 t/ha)", "(8.9 t/ha)", "number-mismatch"),
    ("youth", "youth.en.txt", "Over 30,000 young", "Over 40,000 young", "number-mismatch"),
    ("youth", "youth.en.txt", "Over 30,000 young", "30,000 young", "number-mismatch"),
    ("ev", "ev.auto.en.txt", "Jan-Oct 2026", "Jan-Sep 2026", "number-mismatch number-mismatch"),
]

# (probe set, Chinese, English, findings) and (probe set, English file, document, correct
# words, slipped words, codes)
CORRECT = [("probes16", *c) for c in CORRECT16] + [("probes17", *c) for c in CORRECT17] + \
    [("probes18", *c) for c in CORRECT18] + [("probes19", *c) for c in CORRECT19] + \
    [("probes20", *c) for c in CORRECT20] + [("probes21", *c) for c in CORRECT21] + \
    [("probes22", *c) for c in CORRECT22] + [("probes23", *c) for c in CORRECT23] + \
    [("probes24", *c) for c in CORRECT24] + [("probes25", *c) for c in CORRECT25] + \
    [("probes26", *c) for c in CORRECT26] + [("probes27", *c) for c in CORRECT27] + \
    [("probes28", *c) for c in CORRECT28] + [("probes29", *c) for c in CORRECT29] + \
    [("probes30", *c) for c in CORRECT30]
SLIPS = [("probes16", f"{s[0]}.en.txt", *s) for s in SLIPS16] + \
    [("probes17", f"{s[0]}.en.txt", *s) for s in SLIPS17] + \
    [("probes17", f"{s[0]}.wire.en.txt", *s) for s in WIRE_SLIPS] + \
    [("probes17", s[1], s[0], *s[2:]) for s in OTHER_SLIPS] + \
    [("probes18", f"{s[0]}.en.txt", *s) for s in SLIPS18] + \
    [("probes18", s[1], s[0], *s[2:]) for s in OTHER_SLIPS18] + \
    [("probes19", f"{s[0]}.en.txt", *s) for s in SLIPS19] + \
    [("probes19", s[1], s[0], *s[2:]) for s in OTHER_SLIPS19] + \
    [("probes20", f"{s[0]}.en.txt", *s) for s in SLIPS20] + \
    [("probes20", s[1], s[0], *s[2:]) for s in OTHER_SLIPS20] + \
    [("probes21", f"{s[0]}.en.txt", *s) for s in SLIPS21] + \
    [("probes21", s[1], s[0], *s[2:]) for s in OTHER_SLIPS21] + \
    [("probes22", f"{s[0]}.en.txt", *s) for s in SLIPS22] + \
    [("probes22", s[1], s[0], *s[2:]) for s in OTHER_SLIPS22] + \
    [("probes23", f"{s[0]}.en.txt", *s) for s in SLIPS23] + \
    [("probes23", s[1], s[0], *s[2:]) for s in OTHER_SLIPS23] + \
    [("probes24", f"{s[0]}.en.txt", *s) for s in SLIPS24] + \
    [("probes24", s[1], s[0], *s[2:]) for s in OTHER_SLIPS24] + \
    [("probes25", f"{s[0]}.en.txt", *s) for s in SLIPS25] + \
    [("probes25", s[1], s[0], *s[2:]) for s in OTHER_SLIPS25] + \
    [("probes26", f"{s[0]}.en.txt", *s) for s in SLIPS26] + \
    [("probes26", s[1], s[0], *s[2:]) for s in OTHER_SLIPS26] + \
    [("probes27", f"{s[0]}.en.txt", *s) for s in SLIPS27] + \
    [("probes27", s[1], s[0], *s[2:]) for s in OTHER_SLIPS27] + \
    [("probes28", f"{s[0]}.en.txt", *s) for s in SLIPS28] + \
    [("probes28", s[1], s[0], *s[2:]) for s in OTHER_SLIPS28] + \
    [("probes29", s[1], s[0], *s[2:]) for s in OTHER_SLIPS29] + \
    [("probes30", s[1], s[0], *s[2:]) for s in OTHER_SLIPS30]


@pytest.mark.parametrize(("probes", "zh", "en", "expected"), CORRECT,
                         ids=[f"{c[0]}:{c[2]}" for c in CORRECT])
def test_correct_translation_lints_as_documented(probes, zh, en, expected, terms) -> None:
    assert coded(LINT / probes, f"{zh}.zh.txt", f"{en}.en.txt", terms) == expected


@pytest.mark.parametrize(("probes", "english", "name", "good", "bad", "codes"), SLIPS,
                         ids=[f"{s[0]}:{s[1]}-{s[4]}" for s in SLIPS])
def test_each_planted_slip_is_found(probes, english, name, good, bad, codes, terms,
                                    tmp_path) -> None:
    found = slip_codes(LINT / probes, english, name, good, bad, terms, tmp_path)
    documented = {f"{en}.en.txt": expected for p, _, en, expected in CORRECT if p == probes}
    found.subtract(code for code, _ in documented[english])
    assert sorted(found.elements()) == sorted(codes.split()), found


# Single sentences the aligner's correct sets showed false (fresh10) and their slipped twins:
# (Chinese, English, codes)
SENTENCES22 = [
    # 人大 across two words (年轻人 | 大多); the congress itself still checked
    ("村里的年轻人大多外出打工。", "Most young people in the village have left to work elsewhere.",
     []),
    ("全国人大代表出席会议。", "Deputies attended the meeting.", ["term-missing"]),
    # 第二年 after a year the story gave: "The following year"
    ("2016年，村里修通了第一条水泥路。第二年，林晓办起了合作社。",
     "In 2016 the village got its first concrete road. The following year, Lin Xiao set up a "
     "cooperative.", []),
    ("2016年，村里修通了第一条水泥路。第二年，林晓办起了合作社。",
     "In 2016 the village got its first concrete road. In 2019, Lin Xiao set up a cooperative.",
     ["number-mismatch", "number-mismatch"]),
    # 一级 as "Grade 1"
    ("空调等八类家电（注：须为一级能效产品）可以享受补贴。",
     "Eight kinds of appliances qualify. (They must carry a Grade 1 energy-efficiency label.)",
     []),
    ("空调等八类家电（注：须为一级能效产品）可以享受补贴。",
     "Eight kinds of appliances qualify. (They must carry a Grade 2 energy-efficiency label.)",
     ["number-mismatch"]),
    # China dropped from 中德, 中英 (read only before a word of the pair's relations)
    ("中德关系稳定发展。", "China-Germany relations are developing steadily.", []),
    ("中德关系稳定发展。", "German relations are developing steadily.", ["name-mismatch"]),
    ("中英双方签署了协议。", "The two sides signed the agreement.", []),
    ("中英双方签署了协议。", "The British side signed the agreement.", ["name-mismatch"]),
    ("协议以中英文写成。", "The agreement is written in Chinese and English.", []),
]


# The twenty-third round's probes, one sentence each: what was fixed and its slipped twin
SENTENCES23 = [
    # the hour said as "midday" or "noon" (soft: 中午 is "noon" too)
    ("国家防总于6月18日12时启动应急响应。", "The headquarters activated it at midday on June 18.",
     []),
    ("国家防总于6月18日12时启动应急响应。", "The headquarters activated it on June 18.",
     ["number-mismatch"]),
    ("6月18日中午，会议召开。", "At noon on June 18 the meeting opened.", []),
    # a count and a half of a span
    ("休渔历时3个半月。", "The ban lasted three and a half months.", []),
    ("休渔历时3个半月。", "The ban lasted three months.", ["number-mismatch"]),
    # a court's numbered division
    ("最高人民法院民四庭负责人介绍，案件增长。", "The head of the SPC's No. 4 Civil Division said "
     "cases grew.", []),
    ("最高人民法院民四庭负责人介绍，案件增长。", "The head of the SPC's No. 3 Civil Division said "
     "cases grew.", ["number-mismatch"]),
    # "more than doubled" for 增长1.1倍; "nearly doubled" is less
    ("出口同比增长1.1倍。", "Exports more than doubled year on year.", []),
    ("出口同比增长1.1倍。", "Exports nearly doubled year on year.", ["number-mismatch"]),
    ("出口同比增长2.5倍。", "Exports more than doubled year on year.", ["number-mismatch"]),
    # a research note's circa glued on
    ("加权平均存款准备金率约为5.7%。", "The weighted average RRR falls to c.5.7%.", []),
    ("加权平均存款准备金率约为5.7%。", "The weighted average RRR falls to c.7.5%.",
     ["number-mismatch"]),
    # a dynasty's years glossed in brackets; years no dynasty named has are added
    ("现存宋元时期窑址42处。", "42 kiln sites survive from the Song and Yuan dynasties "
     "(960–1368).", []),
    ("这座寺庙建于唐代。", "The temple was built in the Tang Dynasty (1618-1907).",
     ["number-mismatch", "number-mismatch"]),
    ("汉代的陶器。", "Pottery of the Han Dynasty (206 BC-AD 220).", []),
    # a short name's number in brackets after the full one
    ("中国第43次南极考察队从上海出发。", "The 43rd Chinese National Antarctic Research "
     "Expedition (CHINARE 43) departed Shanghai.", []),
    ("中国第43次南极考察队从上海出发。", "The 43rd Chinese National Antarctic Research "
     "Expedition (CHINARE 44) departed Shanghai.", ["number-mismatch"]),
    # an ordinal said as the count of the others it joins
    ("成为我国第4个年旅客吞吐量超过5000万人次的机场。", "It joins three other Chinese airports "
     "above the 50 million mark.", []),
    ("成为我国第4个年旅客吞吐量超过5000万人次的机场。", "It becomes the third Chinese airport "
     "above the 50 million mark.", ["number-mismatch"]),
    # the edition year left to a date and its weekday (Nov. 1, 2026 is a Sunday)
    ("2026北京马拉松11月1日鸣枪起跑。", "The Beijing Marathon started on Sunday, Nov. 1.", []),
    ("2026北京马拉松11月1日鸣枪起跑。", "The Beijing Marathon started on Saturday, Nov. 1.",
     ["number-mismatch"]),
    # a headline's organisation said as its label by a word of its name
    ("海关总署：前11个月我国货物贸易进出口总值40.2万亿元", "Customs: China's foreign trade reaches "
     "40.2 trillion yuan in first 11 months", []),
    ("海关总署：前11个月我国货物贸易进出口总值40.2万亿元", "Commerce: China's foreign trade "
     "reaches 40.2 trillion yuan in first 11 months", ["term-missing"]),
    # a span of centuries or millennia
    ("两千多年前，我们的先辈从这里出发。", "Over two millennia ago, our ancestors set out "
     "from here.", []),
    ("两百多年前，这座城市建成。", "The city was built over two centuries ago.", []),
    ("两千多年前，我们的先辈从这里出发。", "Over three millennia ago, our ancestors set out from "
     "here.", ["number-mismatch"]),
    # planted23's noticed false alarms: a promise for 将; a bare hour of the clock (十点结束:
    # "10 a.m." or "10 p.m."; not 十点建议); a score (三比一 "3-1")
    ("王刚表示，明年将继续扩大开放。", "Wang Gang pledged to keep opening up next year.", []),
    ("新政策将于明年实施。", "The new policy was implemented next year.", ["reversal"]),
    ("演出于晚上八点开始，十点结束。", "The show starts at 8 p.m. and ends at 10 p.m.", []),
    ("演出于晚上八点开始，十点结束。", "The show starts at 8 p.m. and ends at 11 p.m.",
     ["number-mismatch"]),
    ("活动将于十点开始。", "The event will start at 10 a.m.", []),
    ("双方提出十点建议。", "The two sides put forward a ten-point proposal.", []),
    ("中国队以三比一战胜日本队。", "China beat Japan 3-1.", []),
    ("中国队以三比一战胜日本队。", "China beat Japan 3-2.", ["number-mismatch"]),
    ("今年出口比去年增长5%。", "Exports grew 5% from last year.", []),
    # the sea route of history is no initiative
    ("陶瓷通过海上丝绸之路传向世界。", "Ceramics reached the world via the Maritime Silk Road.",
     []),
]


# The twenty-fourth round's probes, one sentence each: what was fixed and its slipped twin
SENTENCES24 = [
    # a commodity report's million metric tons, a carbon market's megatonnes and gigatonnes
    ("全年粮食总产量14312亿斤。", "The grain crop came in at 715.6 MMT.", []),
    ("全年粮食总产量14312亿斤。", "The grain crop came in at 751.6 MMT.", ["number-mismatch"]),
    ("累计成交7.02亿吨，覆盖排放量约80亿吨。", "Volume: 702Mt in all, covering some 8Gt of "
     "emissions.", []),
    ("累计成交7.02亿吨，覆盖排放量约80亿吨。", "Volume: 702Mt in all, covering some 8Mt of "
     "emissions.", ["number-mismatch"]),
    # an hour of the clock hedged after its minutes (6时30分前后)
    ("台风于14日6时30分前后登陆。", "The typhoon made landfall at around 6:30 a.m. on the 14th.",
     []),
    ("台风于14日6时30分登陆。", "The typhoon made landfall at around 6:30 a.m. on the 14th.",
     ["number-mismatch"]),
    # a wind force given by its speed in brackets (a speed not the force's still counts)
    ("中心附近最大风力14级（42米/秒）。", "Winds near the centre reached 42 metres per second "
     "(about 151km/h).", []),
    ("中心附近最大风力10级（42米/秒）。", "Winds near the centre reached 42 metres per second.",
     ["number-mismatch"]),
    # a bond's tenors, "2y" …; every figure given as a list is no sentence half lost
    ("本次国债分为2年期、3年期、5年期、10年期和30年期五个品种，中标利率分别为1.65%、1.70%、"
     "1.78%、1.95%和2.30%。", "Five tenors: 2y: 1.65% 3y: 1.70% 5y: 1.78% 10y: 1.95% 30y: 2.30%",
     []),
    ("本次国债分为2年期、3年期、5年期、10年期和30年期五个品种，中标利率分别为1.65%、1.70%、"
     "1.78%、1.95%和2.30%。", "Five tenors: 2y: 1.65% 3y: 1.70% 5y: 1.78% 10y: 1.95% 20y: 2.30%",
     ["number-mismatch"]),
    # the days of a year said whole
    ("实行365天免费开放。", "It is open free of charge every day of the year.", []),
    ("实行365天免费开放。", "It is open free of charge every day of the week.",
     ["number-mismatch"]),
    # trains both ways in pairs: "four pairs" or "eight trains"
    ("国际旅客列车由每日2对增至4对。", "International services rose from four to eight a day.", []),
    ("国际旅客列车由每日2对增至4对。", "International trains rose from two pairs to four a day.",
     []),
    ("国际旅客列车由每日2对增至4对。", "International services rose from four to six a day.",
     ["number-mismatch"]),
    # the partner's order of a joint railway's name; another country is still another railway
    ("中老铁路开通运营。", "The Laos-China Railway opened.", []),
    ("中老铁路开通运营。", "The Laos-Vietnam Railway opened.", ["term-missing"]),
    ("中方支持太平洋岛国应对气候变化。", "China supports Pacific island nations in tackling "
     "climate change.", []),
    # an index's level without its percent sign, and its other end; two changes "respectively"
    ("生产指数为51.6%，比上月上升0.9个百分点。", "Output was 51.6, up 0.9pt.", []),
    ("生产指数为51.6%，比上月上升0.9个百分点。", "Output was 51.9, up 0.9pt.",
     ["number-mismatch", "number-mismatch"]),
    ("出口增长50.3%。", "Exports grew 50.3.", ["number-mismatch", "number-mismatch"]),
    ("11月份，制造业PMI为50.3%，比上月上升0.5个百分点。", "The manufacturing PMI rose to 50.3 in "
     "November from 49.8 in October.", []),
    ("11月份，制造业PMI为50.3%，比上月上升0.5个百分点。", "The manufacturing PMI rose to 50.3 in "
     "November from 49.5 in October.", ["number-mismatch", "number-mismatch"]),
    ("生产指数为51.6%，新订单指数为50.8%，分别比上月上升0.9和0.7个百分点。", "The production index "
     "was 51.6 percent and new orders 50.8 percent, up 0.9 and 0.7 percentage points "
     "respectively.", []),
    ("生产指数为51.6%，新订单指数为50.8%，分别比上月上升0.9和0.7个百分点。", "The production index "
     "was 51.6 percent and new orders 50.8 percent, up 0.9 and 0.6 percentage points "
     "respectively.", ["number-mismatch"]),
    # a date as a source line writes it (fresh11's dateline: read apart, 06 and 12 were lost)
    ("来源：新华网 2026-06-12 08:15", "Source: Xinhuanet 2026-06-12 08:15", []),
    ("来源：新华网 2026-06-12 08:15", "Source: Xinhuanet 2026-06-13 08:15", ["number-mismatch"]),
    # a claim put down to its speaker
    ("王刚表示，美元指数下跌，外汇储备规模上升。", "Wang Gang put the increase in the foreign "
     "exchange reserves down to a weaker dollar index.", []),
    ("王刚表示，美元指数下跌，外汇储备规模上升。", "The foreign exchange reserves rose on a weaker "
     "dollar index.", ["partial-omission"]),
]

SENTENCES25 = [
    # a bound said as a rule or a label (不得低于, 不超过) and no negator needed for it
    ("室内温度不得低于18℃。", "Indoor temperatures must be no lower than 18 degrees Celsius.", []),
    ("室内温度不得低于18℃。", "Indoor temperatures must be no higher than 18 degrees Celsius.",
     ["number-mismatch"]),
    ("单次停车不得超过2小时。", "Maximum stay: 2 hours.", []),
    ("单次停车不得超过2小时。", "Minimum stay: 2 hours.", ["number-mismatch"]),
    ("室内温度不得低于18℃。", "Indoor temperatures must fall below 18 degrees Celsius.",
     ["number-mismatch"]),
    # a forecast's range said by its top
    ("伴有4～6级偏北风，阵风7～8级。", "Northerly winds of force 4-6 will gust up to force 8.", []),
    ("伴有4～6级偏北风，阵风7～8级。", "Northerly winds of force 4-6 will gust up to force 9.",
     ["number-mismatch", "number-mismatch"]),
    # a sector named by its trade, not where an ordinal sector word is left over
    ("第二产业增加值490267亿元，第三产业增加值767461亿元。", "Industry added 49,026.7 billion "
     "yuan and services 76,746.1 billion yuan.", []),
    ("第二产业增加值490267亿元，第三产业增加值767461亿元。", "The tertiary industry added "
     "49,026.7 billion yuan and services 76,746.1 billion yuan.", ["number-mismatch"]),
    # a first time said as never before; a dynasty's China; a millennium
    ("展品中近半数为首次展出。", "Almost half have never been exhibited before.", []),
    ("展品中近半数曾经展出。", "Almost half have never been exhibited before.", ["reversal"]),
    ("商周青铜器特展开幕。", "Ritual, Feast and War in Shang and Zhou China opens.", []),
    ("商周青铜器特展开幕。", "Ritual, Feast and War opens, says Zhou Ming.", ["name-mismatch"]),
    ("展览时间跨度约1000年。", "The objects trace a millennium of bronze casting.", []),
    ("展览时间跨度约1000年。", "The objects trace a century of bronze casting.",
     ["number-mismatch"]),
    # the container's unit is a name
    ("吞吐量突破4000万标准箱。", "Throughput topped 40 million twenty-foot equivalent units.", []),
    ("吞吐量突破4000万标准箱。", "Throughput topped twenty million twenty-foot equivalent units.",
     ["number-mismatch"]),
]

SENTENCES26 = [
    # an economy, once named, said as "the sector"; not where it was never named
    ("深圳低空经济快速发展。低空经济相关企业超过1800家。", "Shenzhen's low-altitude economy is "
     "growing fast. More than 1,800 companies work in the sector.", []),
    ("深圳低空经济相关企业超过1800家。", "More than 1,800 companies work in the sector.",
     ["term-missing"]),
    # percentage points said short, never for a percent
    ("比2020年提高了近12个百分点。", "That is almost 12 points better than in 2020.", []),
    ("比2020年提高了近12个百分点。", "That is almost 12 percent better than in 2020.",
     ["number-mismatch"]),
    # a school stage's grades
    ("初中学生每周体育课不少于3节。", "Pupils in Grades 7-9 have at least three PE lessons a "
     "week.", []),
    ("初中学生每周体育课不少于3节。", "Pupils in Grades 7-10 have at least three PE lessons a "
     "week.", ["number-mismatch", "number-mismatch"]),
    # a wire's lead gives the figure its body gives again; not a figure the source gives twice
    ("总体调整水平为月人均基本养老金的2%。", "BEIJING, July 8 -- China will raise pensions by 2 "
     "percent. The overall rise is set at 2 percent of the average monthly pension.", []),
    ("总体调整水平为月人均基本养老金的2%。", "BEIJING, July 8 -- China will raise pensions by 2 "
     "percent. The overall rise is set at 3 percent of the average monthly pension.",
     ["number-mismatch"]),
]

SENTENCES26 += [
    # a crop report's thousand and million hectares
    ("全国夏粮播种面积26613千公顷（39920万亩），比上年减少32千公顷（48万亩），下降0.1%。",
     "Area harvested slipped 0.1% to 26.61 Mha (-32 kha).", []),
    ("全国夏粮播种面积26613千公顷（39920万亩），比上年减少32千公顷（48万亩），下降0.1%。",
     "Area harvested slipped 0.1% to 26.61 kha (-32 kha).", ["number-mismatch"] * 2),
]


def test_a_headline_the_first_sentence_repeats_is_said_once(terms, tmp_path) -> None:
    """briefing: 外交部发言人毛宁主持例行记者会 over a first sentence that repeats it whole, and
    one English title for both; a headline the sentence does not repeat is still left out."""
    data = LINT / "probes26"
    assert coded(data, "briefing.zh.txt", "briefing.en.txt", terms) == []
    other = (data / "briefing.zh.txt").read_text(encoding="utf-8").replace(
        "外交部发言人毛宁主持例行记者会\n", "外交部：敦促日方在军事安全领域谨言慎行\n", 1)
    (tmp_path / "briefing.zh.txt").write_text(other, encoding="utf-8")
    codes = [code for code, _ in coded(tmp_path, "briefing.zh.txt", data / "briefing.en.txt",
                                       terms)]
    assert "omission" in codes, codes


SENTENCES27 = [
    # a research note's previous reading, worked out from the level and the change; not one
    # the change does not give, nor one on the wrong side of a rise or a fall
    ("11月份，制造业采购经理指数为50.3%，比上月上升0.5个百分点。",
     "The manufacturing PMI rose 0.5pt to 50.3 in November (Oct: 49.8).", []),
    ("11月份，制造业采购经理指数为50.3%，比上月上升0.5个百分点。",
     "The manufacturing PMI rose 0.5pt to 50.3 in November from 49.8.", []),
    ("11月份，制造业采购经理指数为50.3%，比上月上升0.5个百分点。",
     "The manufacturing PMI rose 0.5pt to 50.3 in November from 49.6.", ["number-mismatch"]),
    ("11月份，制造业采购经理指数为50.3%，比上月上升0.5个百分点。",
     "The manufacturing PMI rose 0.5 points to 50.3 percent in November from 50.8 percent.",
     ["number-mismatch"]),
    ("增长5.2%，比上月回落0.3个百分点。", "Output grew 5.2% (Sep: 5.5%).", []),
    ("增长5.2%，比上月回落0.3个百分点。", "Output grew 5.2%, slowing from 4.9% in September.",
     ["number-mismatch"]),
    # a zone's own spelling; not another kind of place
    ("沿线经过高新区。", "It passes through the Hi-Tech Zone.", []),
    ("沿线经过高新区。", "It passes through the Hi-Tech Park.", ["term-missing"]),
    # the year of a month or a quarter the source gives without one; not another year
    ("前10个月出口增长52.1%。", "Exports rose 52.1% in Jan-Oct 2026.", []),
    ("前10个月出口增长52.1%。", "Exports rose 52.1% in the first ten months of 2026.", []),
    ("前10个月出口增长52.1%。", "Exports rose 52.1% in 2026.", ["number-mismatch"]),
    ("2025年前10个月出口增长52.1%。", "Exports rose 52.1% in Jan-Oct 2026.",
     ["number-mismatch"]),
    # a yield in bare kilograms (亩产) converted in brackets
    ("玉米亩产达到568公斤。", "Maize yields averaged 568 kg/mu (8.5 t/ha).", []),
    ("玉米亩产达到568公斤。", "Maize yields averaged 568 kg per mu (8,520 kg per hectare).", []),
    ("玉米亩产达到568公斤。", "Maize yields averaged 568 kg per mu (8,250 kg per hectare).",
     ["number-mismatch"]),
]

SENTENCES28 = [
    # a hedged span said with an article; not another span
    ("存煤可用天数约30天。", "Coal stocks are enough for about a month.", []),
    ("存煤可用天数约7天。", "Coal stocks are enough for roughly a week.", []),
    ("存煤可用天数约30天。", "Coal stocks are enough for about a week.", ["number-mismatch"]),
    # the named one and the others of 等三国; not one more or one fewer
    ("对巴拿马等三国试行免签政策。", "A visa-free policy is piloted for Panama and two other "
     "countries.", []),
    ("对巴拿马等三国试行免签政策。", "A visa-free policy is piloted for Panama and four other "
     "countries.", ["number-mismatch"]),
    ("对巴拿马等三国试行免签政策。", "A visa-free policy is piloted for the two countries.",
     ["reversal"]),
    # a span of years said back after its figure ("throughout this period"); not without it
    ("今年是该组织成立二十五周年。二十五年来，成员国互信不断增强。", "This year marks 25 years "
     "since the organization was founded; throughout this period trust among members has "
     "grown.", []),
    ("今年是该组织成立二十五周年。二十五年来，成员国互信不断增强。", "This year marks 25 years "
     "since the organization was founded; trust among members has grown.", ["number-mismatch"]),
    # one time said "once"; not twice, nor left out
    ("校领导每周至少陪餐1次。", "School heads eat with pupils at least once a week.", []),
    ("校领导每周至少陪餐1次。", "School heads eat with pupils at least twice a week.",
     ["number-mismatch"]),
    ("校领导每周至少陪餐1次。", "School heads eat with pupils every week.", ["number-mismatch"]),
    # tonnes and grams glued to their figure, as a trade journal and a notice write them
    ("留样不少于125克。", "Samples of at least 125g are kept.", []),
    ("留样不少于125克。", "Samples of at least 152g are kept.", ["number-mismatch"]),
    ("出口茶叶28600吨。", "Tea exports reached 28,600t.", []),
    ("出口茶叶28600吨。", "Tea exports reached 26,800t.", ["number-mismatch"]),
    # an index's points, a level or a change; not another figure, and a rate's points stay a
    # rate's
    ("上证指数报3912.47点。", "The Shanghai Composite closed at 3,912.47 points.", []),
    ("上证指数报3912.47点。", "The Shanghai Composite closed at 3,921.47 points.",
     ["number-mismatch"]),
    ("上证指数上涨35.62点。", "The Shanghai Composite rose 35.62 points.", []),
    ("上证指数上涨35.62点。", "The Shanghai Composite rose 36.52 points.",
     ["number-mismatch", "number-mismatch"]),
    ("失业率下降0.3个百分点。", "The jobless rate fell 0.3 points.", []),
    ("失业率下降0.3个百分点。", "The jobless rate fell 0.3 percent.", ["number-mismatch"]),
    # the guest's side of 会见, "met" with its visit said; not without it, nor "received"
    ("国务院总理李强在人民大会堂会见来华进行正式访问的新加坡总理黄循财。", "Prime Minister "
     "Lawrence Wong met Chinese Premier Li Qiang in Beijing during his official visit to China.",
     []),
    ("国务院总理李强在人民大会堂会见来华进行正式访问的新加坡总理黄循财。", "Prime Minister "
     "Lawrence Wong met Chinese Premier Li Qiang in Beijing.", ["name-mismatch"]),
    ("国务院总理李强在人民大会堂会见来华进行正式访问的新加坡总理黄循财。", "Prime Minister "
     "Lawrence Wong received Chinese Premier Li Qiang during his official visit to China.",
     ["name-mismatch"]),
]

SENTENCES29 = [
    # a script's conversion in the next sentence, said to listeners; not a sum of its own
    ("2025年中国与东盟贸易额达7.6万亿元人民币。", "China-ASEAN trade hit 7.6 trillion yuan last "
     "year. That's a little over a trillion US dollars.", []),
    ("2025年中国与东盟贸易额达7.6万亿元人民币。", "China-ASEAN trade hit 7.6 trillion yuan in "
     "2025. That's a little over a trillion US dollars.", []),
    ("2025年中国与东盟贸易额达7.6万亿元人民币。", "China-ASEAN trade hit 7.6 trillion yuan in "
     "2025. Exports made up a trillion US dollars.", ["number-mismatch"]),
    # the minutes of a clock time before 、 are no list number
    ("首班车6:30、末班车22:30。", "The first train leaves at 6:30 and the last at 22:30.", []),
    ("首班车6:30、末班车22:30。", "The first train leaves at 6:45 and the last at 22:30.",
     ["number-mismatch"]),
    # a range converted in brackets after a few words; not a figure of its own
    ("实行按里程分段计价，起步价2元，最高票价7元。", "Fares: CNY 2 to CNY 7 depending on "
     "distance (roughly US$0.30 to US$1)", []),
    ("实行按里程分段计价，起步价2元，最高票价7元。", "Fares: CNY 2 to CNY 7 depending on "
     "distance (roughly US$0.30 to US$1), and 5 free rides", ["number-mismatch"]),
    ("实行按里程分段计价，起步价2元，最高票价7元。", "Fares: CNY 2 to CNY 9 depending on "
     "distance (roughly US$0.30 to US$1)", ["number-mismatch"] * 3),
    # a term's rendering that spells a figure its Chinese lacks and the sentence gives; a name
    # said without it leaves the figure lost
    ("被誉为“中国天眼”的500米口径球面射电望远镜（FAST）已发现脉冲星1236颗。", "The Five-"
     "hundred-meter Aperture Spherical radio Telescope (FAST) had discovered 1,236 pulsars.", []),
    ("被誉为“中国天眼”的500米口径球面射电望远镜（FAST）已发现脉冲星1236颗。", "The Five-"
     "hundred-meter Aperture Spherical radio Telescope (FAST), 500 meters (about 1,640 feet) "
     "across, had discovered 1,236 pulsars.", []),
    ("被誉为“中国天眼”的500米口径球面射电望远镜（FAST）已发现脉冲星1236颗。", "The China Sky "
     "Eye had discovered 1,236 pulsars.", ["number-mismatch"]),
]
SENTENCES30 = [
    # the English's own dateline over a source with none (a communiqué); with a dateline of
    # its own the source's date is checked
    ("乌拉圭外交部长费雷拉于2026年12月14日至17日对中国进行正式访问。", "Montevideo, December "
     "18th 2026 (MP) – Foreign Minister Ferreira paid an official visit to China from December "
     "14 to 17.", []),
    ("乌拉圭外交部长费雷拉于2026年12月14日至17日对中国进行正式访问。", "Foreign Minister "
     "Ferreira paid an official visit to China from December 14 to 18.", ["number-mismatch"]),
    ("新华社北京12月15日电 乌拉圭外交部长费雷拉于2026年12月14日至17日对中国进行正式访问。",
     "BEIJING, December 16th (Xinhua) -- Foreign Minister Ferreira paid an official visit to "
     "China from December 14 to 17.", ["number-mismatch"]),
    # a hyphened measure converted in brackets; not another
    ("240小时过境免签政策带动效应明显。", "The 240-hour (10-day) visa-free transit policy is "
     "clearly helping.", []),
    ("240小时过境免签政策带动效应明显。", "The 240-hour (12-day) visa-free transit policy is "
     "clearly helping.", ["number-mismatch"]),
    # a race's time in hours, minutes and seconds, its marks no quotation marks; a minute
    # changed is a figure changed
    ("贝内代蒂以27小时52分07秒的总成绩夺冠。", "Benedetti won in 27h52'07\".", []),
    ("贝内代蒂以27小时52分07秒的总成绩夺冠。", "Benedetti won in 27h25'07\".",
     ["number-mismatch"]),
    ("莫拉落后贝内代蒂12秒。", "Mora finished +12\" behind Benedetti.", []),
    ("莫拉落后贝内代蒂12秒。", "Mora finished 12 seconds behind \"Benedetti.", ["punctuation"]),
]

SENTENCES = SENTENCES22 + SENTENCES23 + SENTENCES24 + SENTENCES25 + SENTENCES26 + SENTENCES27 + \
    SENTENCES28 + SENTENCES29 + SENTENCES30


def test_a_question_folded_into_the_answer_is_said() -> None:
    """spokes: a press conference's question the wire folds into the answer ("Asked about
    reports …, Mao said …") is no omission; before an answer that does not fold it, it is."""
    from tifa.tm.lint.checks import settle_moved
    from tifa.tm.lint.units import Finding

    question = "问：有报道称，中国和东盟国家外长将于下月举行会议。"
    lost = Finding("omission", "error", "7", "x:11", question, "", "no translation",
                   moved=("omitted",))
    answer = "你能否证实？答：关于你提到的会议，目前我没有可以发布的信息。"
    for english, kept in (("Asked about reports of a meeting between Chinese and ASEAN foreign "
                           "ministers next month, Mao said she had no information.", []),
                          ("BEIJING, Nov 23 - When asked about the meeting, Mao said she had "
                           "no information.", []),
                          ("Mao said she had no information on the meeting.", [lost])):
        texts = {7: (question, ""), 8: (answer, english)}
        assert [f for _, f in settle_moved([(7, lost)], texts)] == kept, english


def test_a_railway_once_named_is_the_line(terms) -> None:
    """A railway given in full is "the line" in a later paragraph; "the company" is not it."""
    from tifa.tm.lint import iter_findings
    from tifa.tm.lint.units import LintUnit

    def codes(english: str) -> list[str]:
        units = [LintUnit("1", "s:1", "中老铁路累计发送货物6012万吨。", "The China-Laos Railway "
                          "has moved 60.12 million tonnes of freight.", [], "d", para="1"),
                 LintUnit("2", "s:3", "中老铁路运输货物品类增加到3000多种。", english, [], "d",
                          para="2")]
        return [f.code for f in iter_findings(units, terms)]

    assert codes("The line now carries more than 3,000 categories of goods.") == []
    assert codes("The company now carries more than 3,000 categories of goods.") == \
        ["term-missing"]


def test_a_lines_number_once_given_is_said_by_the_section(terms, tmp_path) -> None:
    """metro: 12号线南段 in the second paragraph said "the section" after the lead's "Metro Line
    12"; where no English names the line by its number, each paragraph's loss is reported."""
    data = LINT / "probes27"
    assert coded(data, "metro.zh.txt", "metro.en.txt", terms) == []
    english = (data / "metro.en.txt").read_text(encoding="utf-8").replace("Line 12", "line")
    (tmp_path / "metro.en.txt").write_text(english, encoding="utf-8")
    found = coded(data, "metro.zh.txt", tmp_path / "metro.en.txt", terms)
    assert ("number-mismatch", "5") in found and ("number-mismatch", "1") in found, found


@pytest.mark.parametrize(("zh", "en", "codes"), SENTENCES,
                         ids=[f"{i}" for i in range(len(SENTENCES))])
def test_single_sentences_lint_as_documented(terms, zh, en, codes) -> None:
    from tifa.tm.lint import iter_findings
    from tifa.tm.lint.units import LintUnit

    unit = LintUnit("1", "s:1", zh, en, [], "d")
    assert sorted(f.code for f in iter_findings([unit], terms)) == codes, (zh, en)


def test_a_rendering_inside_a_longer_name_is_no_inconsistency(terms) -> None:
    """"the Laos-China Railway Company" (老中铁路公司) beside "the China-Laos Railway" is
    another's name; the railway itself said both ways is still reported."""
    from tifa.tm.lint import iter_findings
    from tifa.tm.lint.units import LintUnit

    def codes(second: tuple[str, str]) -> list[str]:
        units = [LintUnit("1", "s:1", "中老铁路开通四周年。", "The China-Laos Railway turns four.",
                          [], "d"), LintUnit("2", "s:2", *second, [], "d")]
        return [f.code for f in iter_findings(units, terms)]

    assert codes(("老中铁路公司表示，中老铁路运营良好。",
                  "The Laos-China Railway Company said the railway runs well.")) == []
    assert codes(("中老铁路运营良好。", "The Laos-China Railway runs well.")) == \
        ["term-inconsistent"]


def test_a_speakers_line_said_as_the_english_turns_label(terms, tmp_path) -> None:
    """记者 / 周敏 on lines of their own, "Q:" / "Zhou Min:" opening the English turns (fresh11's
    interview): no heading lost; the same lines over English without labels are still lost."""
    data = REPO / "tests" / "data" / "align" / "fresh11"
    assert not [f for f in findings(data, "speakers.zh.txt", "speakers.en.txt", terms)
                if "heading" in f.message]
    bare = tmp_path / "speakers.en.txt"
    bare.write_text(re.sub(r"(?m)^(?:Q|Zhou Min): ", "", (data / "speakers.en.txt").read_text(
        encoding="utf-8")), encoding="utf-8")
    (tmp_path / "speakers.zh.txt").write_text((data / "speakers.zh.txt").read_text(
        encoding="utf-8"), encoding="utf-8")
    assert [f for f in findings(tmp_path, "speakers.zh.txt", "speakers.en.txt", terms)
            if "heading" in f.message]
