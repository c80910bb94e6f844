"""Write the lint test drafts (planted errors + clean twins) and their gold list.

Run from the repository root after editing a case:  python tests/data/lint/build_drafts.py
The Chinese comes from the seed articles (some sentences shortened); the English is our own.
Each case is (unit id, Chinese, clean English, planted English, code); planted English None
means the unit is the same in both twins. `test_lint_quality.py` checks the files against this.
"""

from __future__ import annotations

import csv
import html
from pathlib import Path

HERE = Path(__file__).resolve().parent

TERM_MISSING = [
    ("tm01", "携手建设守望相助、共同发展、普遍安全、世代友好的中国—中亚命运共同体",
     "Working Together to Build a China-Central Asia Community with a Shared Future Featuring "
     "Mutual Assistance, Common Development, Universal Security and Everlasting Friendship",
     "Working Together to Build a China-Central Asia Community with a Shared Future Featuring "
     "Mutual Help, Common Development, Universal Security and Everlasting Friendship"),
    ("tm02", "2013年，我担任中国国家主席后首次出访中亚，提出共建“丝绸之路经济带”倡议。",
     "In 2013, on my first visit to Central Asia after becoming President of China, I put "
     "forward the initiative of jointly building the Silk Road Economic Belt.",
     "In 2013, on my first visit to Central Asia after becoming President of China, I put "
     "forward the initiative of jointly building a Silk Road economic zone."),
    ("tm03", "中亚是亚欧大陆的中心，处在联通东西、贯穿南北的十字路口。",
     "Central Asia lies at the heart of the Eurasian continent, at a crossroads that connects "
     "East and West and links North and South.",
     "Central Asia lies at the heart of the Asian-European landmass, at a crossroads that "
     "connects East and West and links North and South."),
    ("tm04", "中方愿同中亚国家加强战略互信，"
     "在涉及主权、独立、民族尊严等核心利益问题上始终给予彼此支持。",
     "China is ready to strengthen strategic mutual trust with the Central Asian countries and "
     "always to support them on issues of core interests such as sovereignty, independence and "
     "national dignity.",
     "China is ready to build closer mutual confidence with the Central Asian countries and "
     "always to support them on issues of core interests such as sovereignty, independence and "
     "national dignity."),
    ("tm05", "我们要坚决打击“三股势力”。",
     "We must resolutely combat the three forces of terrorism, separatism and extremism.",
     "We must resolutely combat the three destructive elements."),
    ("tm06", "日夜兼程的中欧班列连接起亚欧两端。",
     "China-Europe Railway Express trains running day and night link the two ends of Eurasia.",
     "Cargo trains running day and night link the two ends of Eurasia."),
    ("tm07", "中方愿在中亚设立更多鲁班工坊、传统医学中心，帮助各国培养高素质人才。",
     "China is ready to set up more Luban Workshops and traditional medicine centers in Central "
     "Asia to help the countries train high-caliber talent.",
     "China is ready to set up more vocational training workshops and traditional medicine "
     "centers in Central Asia to help the countries train high-caliber talent."),
    ("tm08", "六国积极践行全球发展倡议，深化战略对接。",
     "The six countries have actively implemented the Global Development Initiative and "
     "deepened the alignment of their strategies.",
     "The six countries have actively implemented the global growth plan and deepened the "
     "alignment of their strategies."),
    ("tm09", "中亚有能力成为亚欧大陆重要的互联互通枢纽。",
     "Central Asia has the capacity to become an important connectivity hub of the Eurasian "
     "continent.",
     "Central Asia has the capacity to become an important transit hub of the Eurasian "
     "continent."),
    ("tm10", "我们将在上海合作组织框架内加强协作。",
     "We will strengthen coordination within the framework of the Shanghai Cooperation "
     "Organization.",
     "We will strengthen coordination within the framework of the Shanghai grouping."),
    ("tm11", "中国愿同各国一道推动构建人类命运共同体。",
     "China is ready to work with all countries to build a community with a shared future for "
     "mankind.",
     "China is ready to work with all countries to build a shared home for mankind."),
    ("tm12", "欢迎大家来到西安，出席中国—中亚峰会。",
     "Welcome to Xi'an for the China-Central Asia Summit.",
     "Welcome to this ancient capital for the China-Central Asia Summit."),
    ("tm13", "双方同意扩大务实合作规模。",
     "The two sides agreed to expand the scale of practical cooperation.",
     "The two sides agreed to expand the scale of concrete cooperation."),
]

TM_MISMATCH = [  # (id, zh, approved TM translation, draft translation)
    ("tx01", "中国同中亚国家关系有着深厚的历史渊源。",
     "Relations between China and the Central Asian countries have deep historical roots.",
     "The relations between China and Central Asian countries are deeply rooted in history."),
    ("tx02", "世界需要一个稳定的中亚。", "The world needs a stable Central Asia.",
     "The world needs Central Asia to be stable."),
    ("tx03", "中亚是亚欧大陆的中心。", "Central Asia is the center of the Eurasian continent.",
     "Central Asia is at the heart of the Eurasian continent."),
    ("tx04", "谢谢大家。", "Thank you.", "Thank you all."),
    ("tx05", "我们要坚持相互尊重。", "We must uphold mutual respect.",
     "We should adhere to mutual respect."),
    ("tx06", "中方愿同中亚国家一道努力。",
     "China is ready to work together with the Central Asian countries.",
     "China is willing to make joint efforts with the Central Asian countries."),
    ("tx07", "各位同事！", "Colleagues!", "Dear colleagues!"),
    ("tx08", "西安古称长安。", "Xi'an was known in ancient times as Chang'an.",
     "In ancient times Xi'an was called Chang'an."),
    ("tx09", "中吉乌铁路项目正式启动。",
     "The China-Kyrgyzstan-Uzbekistan railway project was officially launched.",
     "The China-Kyrgyzstan-Uzbekistan railway project has been formally launched."),
    ("tx10", "双方务实合作不断深化。",
     "Practical cooperation between the two sides keeps deepening.",
     "Practical cooperation between the two sides continues to deepen."),
    ("tx11", "我们将推进生态文明建设。", "We will advance ecological civilization.",
     "We will promote the building of an ecological civilization."),
]

TERM_DEPRECATED = [
    ("td01", "推动构建人类命运共同体。",
     "We will work to build a community with a shared future for mankind.",
     "We will work to build a community of common destiny for mankind."),
    ("td02", "今年是共建“一带一路”倡议提出十周年。",
     "This year marks the tenth anniversary of the Belt and Road Initiative.",
     "This year marks the tenth anniversary of the One Belt One Road initiative."),
    ("td03", "西安古称长安，是古丝绸之路的东方起点。",
     "Xi'an, known in ancient times as Chang'an, was the eastern starting point of the ancient "
     "Silk Road.",
     "Xian, known in ancient times as Chang'an, was the eastern starting point of the ancient "
     "Silk Road."),
    ("td04", "各方将联合打击“三股势力”、毒品走私和跨国有组织犯罪。",
     "All parties will jointly fight the three forces of terrorism, separatism and extremism, "
     "drug trafficking and transnational organized crime.",
     "All parties will jointly fight the three evil forces, drug trafficking and transnational "
     "organized crime."),
    ("td05", "两国务实合作成果丰硕。",
     "Practical cooperation between the two countries has borne rich fruit.",
     "Pragmatic cooperation between the two countries has borne rich fruit."),
    ("td06", "国家主席习近平出席会议并发表讲话。",
     "President Xi Jinping attended the meeting and delivered a speech.",
     "Chairman Xi Jinping attended the meeting and delivered a speech."),
    ("td07", "我们将以中国式现代化全面推进中华民族伟大复兴。",
     "We will advance the great rejuvenation of the Chinese nation on all fronts through "
     "Chinese modernization.",
     "We will advance the great rejuvenation of the Chinese nation on all fronts through "
     "Chinese-style modernization."),
    ("td08", "中方已在塔吉克斯坦建成鲁班工坊。",
     "China has built a Luban Workshop in Tajikistan.",
     "China has built a Lu Ban Workshop in Tajikistan."),
    ("td09", "深入学习贯彻习近平总书记重要讲话精神。",
     "We will thoroughly study and apply the guiding principles of the important speeches of "
     "General Secretary Xi Jinping.",
     "We will thoroughly study and apply the guiding principles of the important speeches of "
     "Secretary-General Xi Jinping."),
    ("td10", "中国共产党始终把人民放在心中最高位置。",
     "The Communist Party of China always keeps the people uppermost in its mind.",
     "The Chinese Communist Party always keeps the people uppermost in its mind."),
    ("td11", "我们要大力推进生态文明建设。",
     "We must make great efforts to advance ecological civilization.",
     "We must make great efforts to advance eco-civilization."),
    ("td12", "完整、准确、全面贯彻新发展理念。",
     "We will apply the new development philosophy fully, faithfully and comprehensively.",
     "We will apply the new development concept fully, faithfully and comprehensively."),
    ("td13", "双方将加强在各领域的合作。",
     "The two sides will strengthen cooperation in all fields.",
     "The two sides will strengthen cooperation in all fields under One Belt, One Road."),
]

NUMBER_MISMATCH = [
    ("nm01", "2100多年前，中国汉代使者张骞自长安出发，出使西域。",
     "More than 2,100 years ago, Zhang Qian, an envoy of China's Han Dynasty, set out from "
     "Chang'an on a mission to the Western Regions.",
     "More than 1,200 years ago, Zhang Qian, an envoy of China's Han Dynasty, set out from "
     "Chang'an on a mission to the Western Regions."),
    ("nm02", "2024年，中国与中亚国家贸易额达到创纪录的948亿美元。",
     "In 2024, trade between China and the Central Asian countries reached a record 94.8 "
     "billion US dollars.",
     "In 2024, trade between China and the Central Asian countries reached a record 94.8 "
     "million US dollars."),
    ("nm03", "习近平将于6月16日至18日赴哈萨克斯坦阿斯塔纳出席第二届中国—中亚峰会。",
     "Xi Jinping will travel to Astana, Kazakhstan, from June 16 to 18 to attend the second "
     "China-Central Asia Summit.",
     "Xi Jinping will travel to Astana, Kazakhstan, from June 16 to 19 to attend the second "
     "China-Central Asia Summit."),
    ("nm04", "3300多公里的共同边界成为友好纽带。",
     "Our common border of more than 3,300 km has become a bond of friendship.",
     "Our common border of more than 3,000 km has become a bond of friendship."),
    ("nm05", "中方将向中亚国家提供总额260亿元人民币的融资支持和无偿援助。",
     "China will provide the Central Asian countries with a total of 26 billion yuan in "
     "financing support and grants.",
     "China will provide the Central Asian countries with a total of 26 billion US dollars in "
     "financing support and grants."),
    ("nm06", "2022年1月，习近平主席同中亚五国元首举行建交30周年视频峰会。",
     "In January 2022, President Xi Jinping held a virtual summit with the heads of state of "
     "the five Central Asian countries to mark the 30th anniversary of diplomatic ties.",
     "In January 2022, President Xi Jinping held a virtual summit with the heads of state of "
     "the five Central Asian countries to mark the 20th anniversary of diplomatic ties."),
    ("nm07", "“专精特新”中小企业和“小巨人”企业工业生产指数增长率分别为9.6%、7.0%。",
     "The industrial production index of specialized, refined, distinctive and innovative "
     "small and medium-sized enterprises and of little giant enterprises grew by 9.6 percent "
     "and 7.0 percent respectively.",
     "The industrial production index of specialized, refined, distinctive and innovative "
     "small and medium-sized enterprises and of little giant enterprises grew by 6.9 percent "
     "and 7.0 percent respectively."),
    ("nm08", "工程共安排2个修复单元9个子项目27个单位工程。",
     "The project comprises 2 restoration units with 9 subprojects and 27 unit works.",
     "The project comprises 2 restoration units with 9 subprojects and 72 unit works."),
    ("nm09", "项目修复总面积39848公顷，总投资24.5亿元。",
     "The project restores a total area of 39,848 hectares with a total investment of 2.45 "
     "billion yuan.",
     "The project restores a total area of 39,848 hectares with a total investment of 24.5 "
     "billion yuan."),
    ("nm10", "5月19日上午，国家主席习近平在西安主持首届中国—中亚峰会。",
     "On the morning of May 19, President Xi Jinping chaired the first China-Central Asia "
     "Summit in Xi'an.",
     "On the morning of May 18, President Xi Jinping chaired the first China-Central Asia "
     "Summit in Xi'an."),
    ("nm11", "全球已开设太极拳馆1500余家，习练人数达6亿人。",
     "More than 1,500 taijiquan schools have opened around the world, and the number of "
     "practitioners has reached 600 million.",
     "More than 1,500 taijiquan schools have opened around the world, and the number of "
     "practitioners has reached 60 million."),
    ("nm12", "2013年，我提出共建“丝绸之路经济带”倡议。",
     "In 2013, I put forward the initiative of jointly building the Silk Road Economic Belt.",
     "In 2015, I put forward the initiative of jointly building the Silk Road Economic Belt."),
    ("nm13", "一季度全市地区生产总值同比增长百分之七。",
     "The city's GDP grew by 7 percent year on year in the first quarter.",
     "The city's GDP grew by 17 percent year on year in the first quarter."),
]

UNTRANSLATED = [
    ("ut01", "中国同中亚国家有着深厚的传统友谊。",
     "China and the Central Asian countries share a profound traditional friendship.", ""),
    ("ut02", "世界需要一个稳定的中亚。", "The world needs a stable Central Asia.",
     "The world needs a 稳定的 Central Asia."),
    ("ut03", "世界需要一个繁荣的中亚。", "The world needs a prosperous Central Asia.", ""),
    ("ut04", "世界需要一个和谐的中亚。", "The world needs a harmonious Central Asia.",
     "The world needs a 和谐 Central Asia."),
    ("ut05", "世界需要一个联通的中亚。", "The world needs a connected Central Asia.",
     "世界需要一个联通的中亚。"),
    ("ut06", "我们要加强人文交流。", "We must strengthen people-to-people exchanges.",
     "We must strengthen 人文交流."),
    ("ut07", "谢谢大家。", "Thank you.", ""),
    ("ut08", "中亚拥有得天独厚的地理优势。", "Central Asia enjoys unique geographical advantages.",
     "Central Asia enjoys 得天独厚 geographical advantages."),
    ("ut09", "千百年来，中国同中亚各族人民一道推动了丝绸之路的兴起和繁荣。",
     "Over the centuries, the peoples of China and Central Asia together brought about the rise "
     "and prosperity of the Silk Road.", ""),
    ("ut10", "会议由市委书记主持。",
     "The meeting was chaired by the secretary of the municipal Party committee.",
     "The meeting was chaired by 市委书记."),
    ("ut11", "各方支持全球文明倡议。", "All parties support the Global Civilization Initiative.",
     ""),
    ("ut12", "活动吸引了众多游客参与。", "The event attracted large numbers of tourists.",
     "The event attracted 众多 tourists."),
]

PUNCTUATION = [
    ("pu01", "中亚是亚欧大陆的中心。", "Central Asia is the center of the Eurasian continent.",
     "Central Asia is the center of the Eurasian continent。"),
    ("pu02", "我们愿同中亚国家携手合作。",
     "We are ready to work hand in hand with the Central Asian countries.",
     "We are ready to work hand in hand，with the Central Asian countries."),
    ("pu03", "唐代诗人李白曾有过“长安复携手，再顾重千金”的诗句。",
     "Li Bai, a poet of the Tang Dynasty, once wrote: \"Hand in hand once more in Chang'an, "
     "a glance back is worth a thousand pieces of gold.\"",
     "Li Bai, a poet of the Tang Dynasty, once wrote: \"Hand in hand once more in Chang'an, "
     "a glance back is worth a thousand pieces of gold."),
    ("pu04", "习近平在陕西省西安市主持首届中国—中亚峰会。",
     "Xi Jinping chaired the first China-Central Asia Summit in Xi'an, Shaanxi Province.",
     "Xi Jinping chaired the first China-Central Asia Summit in Xi'an (Shaanxi Province."),
    ("pu05", "各方同意加强能源合作。", "All parties agreed to strengthen energy cooperation.",
     "All parties agreed to strengthen energy cooperation；"),
    ("pu06", "我们将扩大人员往来。", "We will expand exchanges of people.",
     "We will expand  exchanges of people."),
    ("pu07", "中吉乌铁路项目已经启动。",
     "The China-Kyrgyzstan-Uzbekistan railway project has been launched.",
     "The China-Kyrgyzstan-Uzbekistan railway（CKU）project has been launched."),
    ("pu08", "中国同中亚国家共同实施“文化丝路”计划。",
     "China and the Central Asian countries are jointly implementing the Cultural Silk Road "
     "program.",
     "China and the Central Asian countries are jointly implementing the “Cultural Silk Road "
     "program."),
    ("pu09", "两国元首在阿斯塔纳举行会谈。", "The two heads of state held talks in Astana.",
     "The two heads of state held talks  in Astana."),
    ("pu10", "会议总结了2022年以来的工作。", "The meeting reviewed the work done since 2022.",
     "The meeting reviewed the work done，since 2022."),
    ("pu11", "我们将加强黄河流域生态保护。",
     "We will strengthen ecological protection in the Yellow River basin.",
     "We will strengthen ecological protection in the Yellow River basin (and its "
     "tributaries."),
    ("pu12", "中方愿同各方一道努力。", "China is ready to work with all parties.",
     "China is ready to work with all parties。"),
    ("pu13", "我们将深化农业合作。", "We will deepen agricultural cooperation.",
     "We will deepen  agricultural cooperation."),
]

# Consistency: the first unit of each pair is fine, the second (planted) one is flagged.
SEGMENT_INCONSISTENT = [
    ("si01a", "世界需要一个和谐的中亚。", "The world needs a harmonious Central Asia.", None),
    ("si01b", "世界需要一个和谐的中亚。", "The world needs a harmonious Central Asia.",
     "The world needs Central Asia to be harmonious."),
    ("si02a", "各位同事！", "Colleagues!", None),
    ("si02b", "各位同事！", "Colleagues!", "Dear colleagues!"),
    ("si03a", "中国同中亚国家关系有着深厚的历史渊源。",
     "Relations between China and the Central Asian countries have deep historical roots.",
     None),
    ("si03b", "中国同中亚国家关系有着深厚的历史渊源。",
     "Relations between China and the Central Asian countries have deep historical roots.",
     "China's ties with the Central Asian countries have deep historical roots."),
    ("si04a", "我们要坚持相互尊重。", "We must uphold mutual respect.", None),
    ("si04b", "我们要坚持相互尊重。", "We must uphold mutual respect.",
     "We should stick to mutual respect."),
    ("si05a", "谢谢大家。", "Thank you.", None),
    ("si05b", "谢谢大家。", "Thank you.", "Thank you all."),
    ("si06a", "中方愿同中亚国家一道努力。",
     "China is ready to work together with the Central Asian countries.", None),
    ("si06b", "中方愿同中亚国家一道努力。",
     "China is ready to work together with the Central Asian countries.",
     "China stands ready to make joint efforts with the Central Asian countries."),
    ("si07a", "世界需要一个稳定的中亚。", "The world needs a stable Central Asia.", None),
    ("si07b", "世界需要一个繁荣的中亚。", "The world needs a prosperous Central Asia.",
     "The world needs a stable Central Asia."),
    ("si08a", "我们要深化经贸合作。", "We will deepen economic and trade cooperation.", None),
    ("si08b", "我们要深化能源合作。", "We will deepen energy cooperation.",
     "We will deepen economic and trade cooperation."),
    ("si09a", "中亚人民的发展道路必须得到尊重。",
     "The development paths of the Central Asian peoples must be respected.", None),
    ("si09b", "中亚国家的主权必须得到维护。",
     "The sovereignty of the Central Asian countries must be upheld.",
     "The development paths of the Central Asian peoples must be respected."),
    ("si10a", "双方同意加强教育合作。", "The two sides agreed to strengthen cooperation in "
     "education.", None),
    ("si10b", "双方同意加强卫生合作。", "The two sides agreed to strengthen cooperation in "
     "health.", "The two sides agreed to strengthen cooperation in education."),
    ("si11a", "会议听取了工作汇报。", "The meeting heard a work report.", None),
    ("si11b", "会议审议了工作报告。", "The meeting reviewed the work report.",
     "The meeting heard a work report."),
]

TERM_INCONSISTENT = [
    ("ti01a", "中方愿同各方携手构建人类命运共同体。",
     "China is ready to join hands with all parties to build a community with a shared future "
     "for mankind.", None),
    ("ti01b", "人类命运共同体理念深入人心。",
     "The vision of a community with a shared future for mankind has struck a chord.",
     "The vision of a community with a shared future for humanity has struck a chord."),
    ("ti02a", "中国—中亚天然气管道运行平稳。",
     "The China-Central Asia gas pipeline runs smoothly.", None),
    ("ti02b", "中国—中亚天然气管道累计输气量持续增长。",
     "The China-Central Asia gas pipeline keeps carrying more gas.",
     "The China-Central Asia natural gas pipeline keeps carrying more gas."),
    ("ti03a", "中欧班列开行数量持续增长。",
     "The number of China-Europe Railway Express trips keeps growing.", None),
    ("ti03b", "中欧班列途经中亚多国。",
     "China-Europe Railway Express trains pass through several Central Asian countries.",
     "China-Europe freight trains pass through several Central Asian countries."),
    ("ti04a", "双方战略互信不断加深。", "Strategic mutual trust between the two sides keeps "
     "deepening.", None),
    ("ti04b", "我们要进一步增进战略互信。", "We must further enhance strategic mutual trust.",
     "We must further enhance mutual strategic trust."),
    ("ti05a", "双方愿深化政治互信。", "The two sides are willing to deepen political mutual "
     "trust.", None),
    ("ti05b", "政治互信是两国关系的基础。",
     "Political mutual trust is the foundation of relations between the two countries.",
     "Mutual political trust is the foundation of relations between the two countries."),
    ("ti06a", "上海合作组织成员国加强安全合作。",
     "Member states of the Shanghai Cooperation Organization strengthen security cooperation.",
     None),
    ("ti06b", "中方支持哈方担任上海合作组织轮值主席国。",
     "China supports Kazakhstan in holding the rotating presidency of the Shanghai Cooperation "
     "Organization.",
     "China supports Kazakhstan in holding the rotating presidency of the Shanghai Cooperation "
     "Organisation."),
    ("ti07a", "太极拳已传播到150多个国家和地区。",
     "Taijiquan has spread to more than 150 countries and regions.", None),
    ("ti07b", "太极拳是中华文化的瑰宝。", "Taijiquan is a treasure of Chinese culture.",
     "Tai chi is a treasure of Chinese culture."),
    ("ti08a", "两国传承睦邻友好。", "The two countries carry forward good-neighborliness and "
     "friendship.", None),
    ("ti08b", "我们要巩固睦邻友好。", "We must consolidate good-neighborliness and friendship.",
     "We must consolidate good-neighborly friendship."),
    ("ti09a", "我们要世代友好。", "We must maintain everlasting friendship.", None),
    ("ti09b", "中哈两国人民世代友好。",
     "The peoples of China and Kazakhstan enjoy everlasting friendship.",
     "The peoples of China and Kazakhstan enjoy friendship from generation to generation."),
    # abbreviations after the full form: house practice, the same in both twins, never a finding
    ("ti11a", "各方赞赏全球发展倡议。", "All parties appreciate the Global Development Initiative.",
     None),
    ("ti11b", "中亚国家支持全球发展倡议。", "The Central Asian countries support the GDI.", None),
    ("ti12a", "中小企业生产经营保持恢复态势。",
     "Production and operations of small and medium-sized enterprises continue to recover.",
     None),
    ("ti12b", "中小企业发展指数连续2个月回升。",
     "The development index of SMEs has risen for 2 months in a row.", None),
    ("ti10a", "两国要实现共同繁荣。", "The two countries should achieve common prosperity.",
     None),
    ("ti10b", "共同繁荣是各国人民的期盼。",
     "Common prosperity is what the peoples of all countries hope for.",
     "Shared prosperity is what the peoples of all countries hope for."),
]

NAME_MISMATCH = [  # a Chinese person named wrongly: another official, a slipped syllable
    ("nm01", "外交部发言人毛宁主持了例行记者会。",
     "Foreign Ministry Spokesperson Mao Ning hosted the regular press conference.",
     "Foreign Ministry Spokesperson Lin Jian hosted the regular press conference."),
    ("nm02", "李强总理会见了来访的外国客人。", "Premier Li Qiang met the visiting foreign guests.",
     "Premier Li Keqiang met the visiting foreign guests."),
    ("nm03", "王毅部长当天同对方通了电话。",
     "Minister Wang Yi spoke with his counterpart on the phone that day.",
     "Minister Wang Yu spoke with his counterpart on the phone that day."),
    ("nm04", "发言人林剑在回答提问时作上述表示。",
     "Spokesperson Lin Jian made the remarks in answer to a question.",
     "Spokesperson Mao Ning made the remarks in answer to a question."),
    ("nm05", "赵乐际委员长出席了开幕式。", "Chairman Zhao Leji attended the opening ceremony.",
     "Chairman Zhao Lijian attended the opening ceremony."),
    ("nm06", "副市长王照生出席活动并致辞。",
     "Vice Mayor Wang Zhaosheng attended the event and spoke.",
     "Vice Mayor Wang Zhaoxing attended the event and spoke."),
    ("nm07", "记者曾文华从现场发回报道。", "Reporter Zeng Wenhua filed a report from the scene.",
     "Reporter Zheng Wenhua filed a report from the scene."),
    ("nm08", "单雪梅是该村的党支部书记。", "Shan Xuemei is the village's Party branch secretary.",
     "Shen Xuemei is the village's Party branch secretary."),
    ("nm09", "丁薛祥副总理出席了论坛。", "Vice Premier Ding Xuexiang attended the forum.",
     "Vice Premier Ding Xuexin attended the forum."),
    ("nm10", "韩正副主席会见了代表团。", "Vice President Han Zheng met the delegation.",
     "Vice President Wang Zheng met the delegation."),
    ("nm11", "郭嘉昆主持了记者会。", "Guo Jiakun hosted the press conference.",
     "Guo Jiakang hosted the press conference."),
    ("nm12", "蔡奇出席并讲话。", "Cai Qi attended and spoke.", None),
    ("nm13", "他表示，合作成果丰硕。", "He said the cooperation had borne rich fruit.", None),
    ("nm14", "习近平主席同托卡耶夫总统举行会谈。",
     "President Xi Jinping held talks with President Tokayev.", None),
]

# Plain-text twin: a short news item, one sentence per paragraph (line numbers are the ids).
PLAIN = [
    ("5月19日，中国—中亚峰会在西安国际会议中心成功举行。",
     "On May 19, the China-Central Asia Summit was successfully held at the Xi'an International "
     "Conference Center.",
     "On May 9, the China-Central Asia Summit was successfully held at the Xi'an International "
     "Conference Center.", "number-mismatch"),
    ("六国元首共同签署《中国—中亚峰会西安宣言》。",
     "The six heads of state signed the Xi'an Declaration of the China-Central Asia Summit.",
     "The six heads of state signed the summit's joint statement.", "term-missing"),
    ("各方愿共同推动构建人类命运共同体。",
     "All parties are willing to work together to build a community with a shared future for "
     "mankind.",
     "All parties are willing to work together to build a community of shared destiny for "
     "mankind.", "term-deprecated"),
    ("中方将向中亚国家提供总额260亿元人民币的融资支持。",
     "China will provide the Central Asian countries with financing support totaling 26 "
     "billion yuan.",
     "China will provide the Central Asian countries with financing support totaling 2.6 "
     "billion yuan.", "number-mismatch"),
    ("各方同意加强在中欧班列等领域的合作。",
     "All parties agreed to strengthen cooperation on the China-Europe Railway Express and in "
     "other areas.",
     "All parties agreed to strengthen cooperation on Eurasian rail freight and in other "
     "areas.", "term-missing"),
    ("下次峰会将于2025年在哈萨克斯坦举行。",
     "The next summit will be held in Kazakhstan in 2025.",
     "The next summit will be held in Kazakhstan in 2025.", None),
    ("峰会期间，各方签署了多项合作文件。",
     "During the summit, the parties signed a number of cooperation documents.",
     "During the summit, the parties signed a number of 合作文件.", "untranslated"),
]


# ---------------------------------------------------------------- writers

def _x(text: str) -> str:
    return html.escape(text, quote=True)


def _units(cases, planted: bool):
    out = []
    for case in cases:
        if len(case) == 4 and case[0].startswith("tx"):
            uid, zh, approved, draft = case
            out.append((uid, zh, draft if planted else approved))
        else:
            uid, zh, clean, bad = case
            out.append((uid, zh, bad if planted and bad is not None else clean))
    return out


def write_tmx(path: Path, units, notes: dict | None = None) -> None:
    rows = []
    for uid, zh, en in units:
        note = f"<note>{_x(notes[uid])}</note>" if notes and uid in notes else ""
        rows.append(f'  <tu tuid="{uid}">{note}\n   <tuv xml:lang="zh-CN"><seg>{_x(zh)}</seg></tuv>'
                    f'\n   <tuv xml:lang="en"><seg>{_x(en)}</seg></tuv>\n  </tu>')
    _xml(path, '<tmx version="1.4">\n <header creationtool="tifa-tests" creationtoolversion="1" '
         'segtype="sentence" o-tmf="tifa" adminlang="en" srclang="zh-CN" datatype="plaintext"/>'
         "\n <body>", rows, " </body>\n</tmx>")


def _xml(path: Path, head: str, rows: list[str], tail: str) -> None:
    path.write_text('<?xml version="1.0" encoding="UTF-8"?>\n' + head + "\n" + "\n".join(rows)
                    + "\n" + tail + "\n", encoding="utf-8")


def write_xliff12(path: Path, units) -> None:
    rows = [f'   <trans-unit id="{uid}"><source>{_x(zh)}</source><target>{_x(en)}</target>'
            "</trans-unit>" for uid, zh, en in units]
    _xml(path, '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n <file '
         'original="speech.txt" source-language="zh-CN" target-language="en" '
         'datatype="plaintext">\n  <body>', rows, "  </body>\n </file>\n</xliff>")


def write_xliff20(path: Path, units) -> None:
    rows = [f'  <unit id="{uid}"><segment><source>{_x(zh)}</source><target>{_x(en)}</target>'
            "</segment></unit>" for uid, zh, en in units]
    _xml(path, '<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" '
         'srcLang="zh-CN" trgLang="en">\n <file id="f1">', rows, " </file>\n</xliff>")


def _po(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_po(path: Path, units) -> None:
    parts = ['msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
             '"Language: en\\n"\n']
    for uid, zh, en in units:
        parts.append(f"msgctxt {_po(uid)}\nmsgid {_po(zh)}\nmsgstr {_po(en)}\n")
    path.write_text("\n".join(parts), encoding="utf-8")


def write_csv(path: Path, units, delimiter: str = ",") -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=delimiter, lineterminator="\n")
        w.writerow(["id", "zh", "en", "note"])
        for uid, zh, en in units:
            w.writerow([uid, zh, en, ""])


def main() -> None:
    gold = []
    for planted, folder in ((True, HERE / "planted"), (False, HERE / "clean")):
        folder.mkdir(exist_ok=True)
        write_tmx(folder / "speech.tmx", _units(TERM_MISSING + TM_MISMATCH, planted))
        write_xliff12(folder / "speech.xlf", _units(TERM_DEPRECATED, planted))
        write_xliff20(folder / "figures.xlf", _units(NUMBER_MISMATCH, planted))
        write_po(folder / "draft.po", _units(UNTRANSLATED, planted))
        write_xliff12(folder / "names.xlf", _units(NAME_MISMATCH, planted))
        write_csv(folder / "punctuation.csv", _units(PUNCTUATION, planted))
        write_csv(folder / "consistency.tsv",
                  _units(SEGMENT_INCONSISTENT + TERM_INCONSISTENT, planted), "\t")
        zh_lines = "\n\n".join(zh for zh, _, _, _ in PLAIN) + "\n"
        en_lines = "\n\n".join(bad if planted else clean for _, clean, bad, _ in PLAIN) + "\n"
        (folder / "news.zh.txt").write_text(zh_lines, encoding="utf-8")
        (folder / "news.en.txt").write_text(en_lines, encoding="utf-8")
    for name, cases, code in (
            ("speech.tmx", TERM_MISSING, "term-missing"),
            ("speech.tmx", TM_MISMATCH, "tm-mismatch"),
            ("speech.xlf", TERM_DEPRECATED, "term-deprecated"),
            ("figures.xlf", NUMBER_MISMATCH, "number-mismatch"),
            ("draft.po", UNTRANSLATED, "untranslated"),
            ("names.xlf", NAME_MISMATCH, "name-mismatch"),
            ("punctuation.csv", PUNCTUATION, "punctuation"),
            ("consistency.tsv", SEGMENT_INCONSISTENT, "segment-inconsistent"),
            ("consistency.tsv", TERM_INCONSISTENT, "term-inconsistent")):
        for case in cases:
            if case[3] is not None and (code == "tm-mismatch" or case[3] != case[2]):
                gold.append((name, case[0], code))
    for n, (_, _, _, code) in enumerate(PLAIN):
        if code:
            gold.append(("news.zh.txt", str(2 * n + 1), code))
    write_tmx(HERE / "memory.tmx", [(uid, zh, approved) for uid, zh, approved, _ in TM_MISMATCH])
    with open(HERE / "gold.tsv", "w", encoding="utf-8", newline="") as fh:
        fh.write("file\tid\tcode\n")
        for row in gold:
            fh.write("\t".join(row) + "\n")


if __name__ == "__main__":
    main()
