"""The seventh round of glossary staples (docs/glossary-content.md, "Sixteenth round"): the data
the checks every round shares run on (tests/test_glossary_staples.py, on STAPLES and FREE),
and what is this round's own."""

from __future__ import annotations

import pytest
from tifa.glossary.store import load_glossary

from tests.lintsets import DEP, MISS, assert_silent, sentence_findings

# (Chinese, correct English, slipped English, code of the slip, the term it is about)
# The UN system, development, human rights and health
STAPLES_UN = [
    ("联合国开发计划署发布了新一期人类发展报告。",
     "The United Nations Development Programme released its latest Human Development Report.",
     "The UN Development Office released its latest Human Development Report.",
     MISS, "联合国开发计划署"),
    ("联合国儿童基金会向灾区运送了物资。",
     "The United Nations Children's Fund delivered supplies to the disaster area.",
     "The UN children's charity delivered supplies to the disaster area.",
     MISS, "联合国儿童基金会"),
    ("中方向联合国难民署提供捐款。",
     "China made a donation to the Office of the United Nations High Commissioner for Refugees.",
     "China made a donation to the UN refugee office.", MISS, "联合国难民署"),
    ("世界粮食计划署在当地开展紧急粮食援助。",
     "The World Food Programme is providing emergency food aid in the area.",
     "The World Grain Program is providing emergency food aid in the area.",
     MISS, "世界粮食计划署"),
    ("国际劳工组织发布就业趋势报告。",
     "The International Labour Organization released a report on employment trends.",
     "The International Workers' Organization released a report on employment trends.",
     MISS, "国际劳工组织"),
    ("世界知识产权组织发布全球创新指数。",
     "The World Intellectual Property Organization released the Global Innovation Index.",
     "The world patent body released the Global Innovation Index.", MISS, "世界知识产权组织"),
    ("国际电信联盟负责分配无线电频谱。",
     "The International Telecommunication Union allocates the radio spectrum.",
     "The International Telecom Alliance allocates the radio spectrum.", MISS, "国际电信联盟"),
    ("国际民航组织理事会召开会议。",
     "The Council of the International Civil Aviation Organization held a meeting.",
     "The Council of the world aviation authority held a meeting.", MISS, "国际民航组织"),
    ("联合国工业发展组织总干事访华。",
     "The Director General of the United Nations Industrial Development Organization visited "
     "China.",
     "The Director General of the UN Industry Organization visited China.",
     MISS, "联合国工业发展组织"),
    ("联合国贸易和发展会议发布世界投资报告。",
     "The United Nations Conference on Trade and Development released the World Investment "
     "Report.",
     "The UN trade agency released the World Investment Report.",
     MISS, "联合国贸易和发展会议"),
    ("中方支持联合国近东巴勒斯坦难民救济和工程处的工作。",
     "China supports the work of the United Nations Relief and Works Agency for Palestine "
     "Refugees in the Near East.",
     "China supports the work of the UN agency that helps refugees in the Middle East.",
     MISS, "联合国近东巴勒斯坦难民救济和工程处"),
    ("中国当选联合国经济及社会理事会成员。",
     "China was elected a member of the United Nations Economic and Social Council.",
     "China was elected a member of the UN Economic and Social Committee.",
     MISS, "联合国经济及社会理事会"),
    ("世界气象组织发布全球气候状况报告。",
     "The World Meteorological Organization released its report on the state of the global "
     "climate.",
     "The World Weather Organization released its report on the state of the global climate.",
     MISS, "世界气象组织"),
    ("禁止化学武器组织执行理事会举行会议。",
     "The Executive Council of the Organisation for the Prohibition of Chemical Weapons held a "
     "session.",
     "The Executive Council of the chemical weapons watchdog held a session.",
     MISS, "禁止化学武器组织"),
    ("中国不是国际刑事法院的缔约国。",
     "China is not a party to the International Criminal Court.",
     "China is not a party to the International Court of Justice.", MISS, "国际刑事法院"),
    ("国际移民组织在边境设立了接待点。",
     "The International Organization for Migration set up reception points at the border.",
     "The International Migration Agency set up reception points at the border.",
     MISS, "国际移民组织"),
    ("联合国妇女署执行主任出席论坛。",
     "The Executive Director of UN Women attended the forum.",
     "The Executive Director of the UN gender agency attended the forum.",
     MISS, "联合国妇女署"),
    ("第七十八届世界卫生大会在日内瓦开幕。",
     "The 78th World Health Assembly opened in Geneva.",
     "The 78th World Health Conference opened in Geneva.", MISS, "世界卫生大会"),
    ("联合国亚洲及太平洋经济社会委员会在曼谷举行年会。",
     "The United Nations Economic and Social Commission for Asia and the Pacific held its "
     "annual session in Bangkok.",
     "The UN Asia-Pacific Economic and Social Committee held its annual session in Bangkok.",
     MISS, "联合国亚洲及太平洋经济社会委员会"),
    ("联合国和平利用外层空间委员会审议了空间碎片问题。",
     "The Committee on the Peaceful Uses of Outer Space discussed space debris.",
     "The UN outer space committee discussed space debris.",
     MISS, "联合国和平利用外层空间委员会"),
    ("联合国人权事务高级专员办事处发表报告。",
     "The Office of the United Nations High Commissioner for Human Rights issued a report.",
     "The UN human rights agency issued a report.", MISS, "联合国人权事务高级专员办事处"),
    ("国际海事组织通过了航运减排框架。",
     "The International Maritime Organization adopted a framework for cutting shipping "
     "emissions.",
     "The International Shipping Organization adopted a framework for cutting shipping "
     "emissions.", MISS, "国际海事组织"),
    ("国际海底管理局正在制定深海采矿规章。",
     "The International Seabed Authority is drafting rules on deep-sea mining.",
     "The international ocean floor regulator is drafting rules on deep-sea mining.",
     MISS, "国际海底管理局"),
    ("中国坚持以发展促人权。",
     "China promotes human rights through development.",
     "China protects human rights as it develops.", MISS, "以发展促人权"),
    ("我们坚决反对人权问题政治化。",
     "We firmly oppose the politicization of human rights.",
     "We firmly oppose using human rights as a political tool.", MISS, "人权问题政治化"),
    ("中国历史性地消除绝对贫困。",
     "China has eliminated absolute poverty, a historic achievement.",
     "China has wiped out poverty, a historic achievement.", MISS, "消除绝对贫困"),
    ("发达国家应履行发展筹资承诺。",
     "Developed countries should honor their commitments on financing for development.",
     "Developed countries should honor their commitments on aid money.", MISS, "发展筹资"),
    ("第四次发展筹资问题国际会议在塞维利亚举行。",
     "The Fourth International Conference on Financing for Development was held in Seville.",
     "The fourth UN development funding conference was held in Seville.",
     MISS, "第四次发展筹资问题国际会议"),
    ("小岛屿发展中国家受气候变化影响最大。",
     "Small island developing states are hit hardest by climate change.",
     "Small island nations are hit hardest by climate change.", MISS, "小岛屿发展中国家"),
    ("中方重视内陆发展中国家的特殊困难。",
     "China attaches importance to the special difficulties of landlocked developing "
     "countries.",
     "China attaches importance to the special difficulties of developing countries without "
     "a coastline.", MISS, "内陆发展中国家"),
    ("发达国家应兑现官方发展援助承诺。",
     "Developed countries should deliver on their official development assistance "
     "commitments.",
     "Developed countries should deliver on their foreign aid commitments.",
     MISS, "官方发展援助"),
    ("各方应全面落实《国际卫生条例》。",
     "All parties should fully implement the International Health Regulations.",
     "All parties should fully implement the global health rules.", MISS, "《国际卫生条例》"),
    ("世界卫生大会通过了大流行病协定。",
     "The World Health Assembly adopted the Pandemic Agreement.",
     "The World Health Assembly adopted the pandemic response plan.", MISS, "大流行病协定"),
    ("中国援外医疗队在当地义诊。",
     "The Chinese medical team gave free consultations in the area.",
     "Chinese doctors gave free consultations in the area.", MISS, "中国援外医疗队"),
    ("中方援建的非洲疾控中心总部已经竣工。",
     "The headquarters of the Africa Centers for Disease Control and Prevention, built with "
     "Chinese assistance, has been completed.",
     "The headquarters of the African disease agency, built with Chinese assistance, has been "
     "completed.", MISS, "非洲疾控中心"),
]

# The spokesperson's wording, envoys, treaties and security
STAPLES_SPOKESPERSON = [
    ("所谓“基于规则的国际秩序”究竟是谁的规则？",
     "Whose rules are behind the so-called \"rules-based international order\"?",
     "Whose rules are behind the so-called \"order based on rules\"?",
     MISS, "基于规则的国际秩序"),
    ("新疆事务纯属中国内政。",
     "Xinjiang affairs are purely China's internal affairs.",
     "Xinjiang affairs are a matter for China alone.", MISS, "纯属中国内政"),
    ("中方提出的“双暂停”倡议仍然有效。",
     "The suspension-for-suspension proposal that China made still stands.",
     "The mutual freeze proposal that China made still stands.", MISS, "“双暂停”"),
    ("中方坚持“双轨并进”思路。",
     "China stays committed to the dual-track approach.",
     "China stays committed to the two-way plan.", MISS, "“双轨并进”"),
    ("台湾问题是中美关系第一条不可逾越的红线。",
     "The Taiwan question is the first red line that must not be crossed in China-US "
     "relations.",
     "The Taiwan question is the foremost red line that must not be crossed in China-US "
     "relations.",
     MISS, "第一条不可逾越的红线"),
    ("中国政府欧亚事务特别代表将再次开展穿梭外交。",
     "The Special Representative of the Chinese Government on Eurasian Affairs will conduct "
     "another round of shuttle diplomacy.",
     "China's envoy for Europe and Asia will conduct another round of shuttle diplomacy.",
     MISS, "中国政府欧亚事务特别代表"),
    ("中国政府中东问题特使访问了地区国家。",
     "The Special Envoy of the Chinese Government on the Middle East Issue visited countries "
     "in the region.",
     "The Chinese Government's Middle East mediator visited countries in the region.",
     MISS, "中国政府中东问题特使"),
    ("中国政府非洲事务特别代表出席了会议。",
     "The Special Representative of the Chinese Government on African Affairs attended the "
     "meeting.",
     "The Chinese Government's Africa commissioner attended the meeting.",
     MISS, "中国政府非洲事务特别代表"),
    ("中国常驻联合国代表在安理会发言。",
     "China's Permanent Representative to the United Nations spoke at the Security Council.",
     "China's chief delegate spoke at the Security Council.", MISS, "常驻联合国代表"),
    ("中国常驻联合国代表团发表声明。",
     "The Permanent Mission of China to the United Nations issued a statement.",
     "The Chinese delegation in New York issued a statement.", MISS, "中国常驻联合国代表团"),
    ("各方应遵守《维也纳外交关系公约》。",
     "All parties should abide by the Vienna Convention on Diplomatic Relations.",
     "All parties should abide by the Vienna treaty on diplomats.",
     MISS, "《维也纳外交关系公约》"),
    ("该国违反了《维也纳领事关系公约》。",
     "The country violated the Vienna Convention on Consular Relations.",
     "The country violated the Vienna rules on consulates.", MISS, "《维也纳领事关系公约》"),
    ("五个核武器国家发表联合声明。",
     "The five nuclear-weapon states issued a joint statement.",
     "The five atomic powers issued a joint statement.",
     MISS, "核武器国家"),
    ("日本遗弃在华化学武器销毁工作必须加快。",
     "The destruction of chemical weapons abandoned by Japan in China must be sped up.",
     "The destruction of old Japanese bombs in China must be sped up.",
     MISS, "日本遗弃在华化学武器"),
]

# The sea, the poles, cyberspace and outer space
STAPLES_SEA_SPACE = [
    ("中国是近北极国家。",
     "China is a Near-Arctic State.",
     "China is a country close to the North Pole.", MISS, "近北极国家"),
    ("中国是北极理事会观察员。",
     "China is an observer to the Arctic Council.",
     "China is an observer to the Arctic Forum.", MISS, "北极理事会"),
    ("中国于一九八三年加入《南极条约》。",
     "China acceded to the Antarctic Treaty in 1983.",
     "China acceded to the treaty on the South Pole in 1983.", MISS, "《南极条约》"),
    ("第四十七届南极条约协商会议在广岛举行。",
     "The 47th Antarctic Treaty Consultative Meeting was held in Hiroshima.",
     "The 47th Antarctic Treaty conference was held in Hiroshima.",
     MISS, "南极条约协商会议"),
    ("秦岭站是中国第五个南极科考站。",
     "Qinling Station is China's fifth research station in the Antarctic.",
     "The new Ross Sea base is China's fifth research station in the Antarctic.",
     MISS, "秦岭站"),
    ("“雪龙2”号完成了北极科考任务。",
     "The Xuelong 2 completed its Arctic expedition.",
     "Icebreaker No. 2 completed its Arctic expedition.", MISS, "“雪龙2”号"),
    ("中方已签署国家管辖范围以外区域海洋生物多样性协定。",
     "China has signed the Agreement on Marine Biological Diversity of Areas beyond National "
     "Jurisdiction.",
     "China has signed the agreement on ocean life in international waters.",
     MISS, "国家管辖范围以外区域海洋生物多样性协定"),
    ("中方愿与各国建立蓝色伙伴关系。",
     "China is ready to build blue partnerships with all countries.",
     "China is ready to build maritime cooperation with all countries.",
     MISS, "蓝色伙伴关系"),
    ("《海警法》符合国际法和国际惯例。",
     "The Coast Guard Law is in line with international law and practice.",
     "The maritime police law is in line with international law and practice.",
     MISS, "《海警法》"),
    ("中国政府公布了黄岩岛领海基线。",
     "The Chinese government announced the baselines of the territorial sea around Huangyan "
     "Dao.",
     "The Chinese government announced the sea borders around Huangyan Dao.",
     MISS, "领海基线"),
    ("国家互联网信息办公室发布了新规。",
     "The Cyberspace Administration of China issued new rules.",
     "The State Internet Information Office issued new rules.",
     MISS, "国家互联网信息办公室"),
    ("《人工智能安全治理框架》提出了风险分类。",
     "The AI Safety Governance Framework classifies the risks.",
     "The AI safety guidelines classify the risks.", MISS, "《人工智能安全治理框架》"),
    ("中方签署了《联合国打击网络犯罪公约》。",
     "China has signed the United Nations Convention against Cybercrime.",
     "China has signed the UN treaty on online crime.", MISS, "《联合国打击网络犯罪公约》"),
    ("《外层空间条约》是外空国际法的基石。",
     "The Outer Space Treaty is the cornerstone of international space law.",
     "The UN space treaty is the cornerstone of international space law.",
     MISS, "《外层空间条约》"),
]

# Regional mechanisms, Hong Kong, Macao and Taiwan, exchanges
STAPLES_REGIONAL = [
    ("澜沧江—湄公河合作已成为次区域合作的典范。",
     "Lancang-Mekong Cooperation has become a model of subregional cooperation.",
     "Mekong River cooperation has become a model of subregional cooperation.",
     MISS, "澜沧江—湄公河合作"),
    ("推进孟中印缅经济走廊建设。",
     "We will advance the Bangladesh-China-India-Myanmar Economic Corridor.",
     "We will advance the South Asian economic corridor.", MISS, "孟中印缅经济走廊"),
    ("中非合作论坛部长级会议每三年举行一次。",
     "The Ministerial Conference of the Forum on China-Africa Cooperation is held every three "
     "years.",
     "The China-Africa ministers' talks of the forum are held every three years.",
     MISS, "中非合作论坛部长级会议"),
    ("中国—拉共体论坛部长级会议在北京举行。",
     "The Ministerial Meeting of the China-CELAC Forum was held in Beijing.",
     "The China-Latin America foreign ministers' gathering was held in Beijing.",
     MISS, "中国—拉共体论坛部长级会议"),
    ("中阿合作论坛部长级会议通过了行动执行计划。",
     "The Ministerial Conference of the China-Arab States Cooperation Forum adopted an action "
     "plan.",
     "The China-Arab ministers' gathering adopted an action plan.",
     MISS, "中阿合作论坛部长级会议"),
    ("中国—太平洋岛国外长会在厦门举行。",
     "The China-Pacific Island Countries Foreign Ministers' Meeting was held in Xiamen.",
     "The talks between China and Pacific island foreign ministers were held in Xiamen.",
     MISS, "中国—太平洋岛国外长会"),
    ("李强出席第二十八次中国—东盟领导人会议。",
     "Li Qiang attended the 28th China-ASEAN Summit.",
     "Li Qiang attended the 28th China-ASEAN gathering.", MISS, "中国—东盟领导人会议"),
    ("中日韩领导人会议时隔四年再次举行。",
     "The China-Japan-ROK Trilateral Summit was held again after a gap of four years.",
     "The leaders of China, Japan and the ROK met again after a gap of four years.",
     MISS, "中日韩领导人会议"),
    ("行政长官赴京述职。",
     "The Chief Executive is on a duty visit to Beijing.",
     "The Chief Executive is on a working trip to Beijing.", MISS, "赴京述职"),
    ("西九龙站实行“一地两检”。",
     "West Kowloon Station operates under the co-location arrangement.",
     "West Kowloon Station has joint border checks.", MISS, "“一地两检”"),
    ("内地与香港关于建立更紧密经贸关系的安排实施以来成效显著。",
     "The Mainland and Hong Kong Closer Economic Partnership Arrangement has achieved notable "
     "results since it took effect.",
     "The free trade deal between the mainland and Hong Kong has achieved notable results "
     "since it took effect.", MISS, "内地与香港关于建立更紧密经贸关系的安排"),
    ("海协会与海基会恢复商谈。",
     "ARATS and the Straits Exchange Foundation resumed talks.",
     "The mainland's Taiwan Strait association and the Straits Exchange Foundation resumed "
     "talks.", MISS, "海协会"),
    ("港澳居民来往内地通行证可在网上申请。",
     "The Mainland Travel Permit for Hong Kong and Macao Residents can be applied for online.",
     "The mainland entry pass for Hong Kong and Macao people can be applied for online.",
     MISS, "港澳居民来往内地通行证"),
    ("尼山世界文明论坛在曲阜举行。",
     "The Nishan Forum on World Civilizations was held in Qufu.",
     "The Confucius world forum was held in Qufu.", MISS, "尼山世界文明论坛"),
    ("良渚论坛聚焦文明交流互鉴。",
     "The Liangzhu Forum focuses on exchanges and mutual learning among civilizations.",
     "The Hangzhou civilization forum focuses on exchanges and mutual learning among "
     "civilizations.", MISS, "良渚论坛"),
    ("世界中国学大会在上海开幕。",
     "The World Conference on China Studies opened in Shanghai.",
     "The international sinology congress opened in Shanghai.", MISS, "世界中国学大会"),
]

# Parties, people's organizations and state agencies
STAPLES_BODIES = [
    ("中国国民党革命委员会中央委员会召开全会。",
     "The Central Committee of the Revolutionary Committee of the Chinese Kuomintang held a "
     "plenary session.",
     "The Central Committee of the Kuomintang Revolutionary Party held a plenary session.",
     MISS, "中国国民党革命委员会"),
    ("中国民主同盟成立于一九四一年。",
     "The China Democratic League was founded in 1941.",
     "The Chinese Democratic Alliance was founded in 1941.", MISS, "中国民主同盟"),
    ("中国民主建国会的成员多来自经济界。",
     "Most members of the China National Democratic Construction Association come from the "
     "business community.",
     "Most members of the Democratic National Construction Society come from the business "
     "community.", MISS, "中国民主建国会"),
    ("中国民主促进会的成员多来自教育界。",
     "Most members of the China Association for Promoting Democracy work in education.",
     "Most members of the Chinese Democracy Promotion Society work in education.",
     MISS, "中国民主促进会"),
    ("中国农工民主党的成员多来自医药卫生界。",
     "Most members of the Chinese Peasants and Workers Democratic Party work in medicine and "
     "health.",
     "Most members of the Chinese Farmers and Workers Party work in medicine and health.",
     MISS, "中国农工民主党"),
    ("中国致公党的成员多为归侨侨眷。",
     "Most members of the China Zhi Gong Party are returned overseas Chinese and their "
     "relatives.",
     "Most members of the China Public Interest Party are returned overseas Chinese and their "
     "relatives.", MISS, "中国致公党"),
    ("九三学社的成员多来自科技界。",
     "Most members of the Jiusan Society work in science and technology.",
     "Most members of the September Third Society work in science and technology.",
     DEP, "九三学社"),
    ("台湾民主自治同盟的成员多为台湾省籍人士。",
     "Most members of the Taiwan Democratic Self-Government League have family roots in "
     "Taiwan.",
     "Most members of the Taiwan Democratic Autonomy Alliance have family roots in Taiwan.",
     MISS, "台湾民主自治同盟"),
    ("全国工商联发布民营企业五百强榜单。",
     "The All-China Federation of Industry and Commerce released its list of the top 500 "
     "private enterprises.",
     "The national business chamber released its list of the top 500 private enterprises.",
     MISS, "全国工商联"),
    ("共青团号召青年投身乡村振兴。",
     "The Communist Youth League of China called on young people to join in rural "
     "revitalization.",
     "The Chinese Communist Youth League called on young people to join in rural "
     "revitalization.", DEP, "共青团"),
    ("全国妇联举办了表彰大会。",
     "The All-China Women's Federation held a commendation meeting.",
     "The national women's association held a commendation meeting.", MISS, "全国妇联"),
    ("全国总工会发布了维权报告。",
     "The All-China Federation of Trade Unions released a report on protecting workers' "
     "rights.",
     "The national labor union released a report on protecting workers' rights.",
     MISS, "全国总工会"),
    ("中国科协举办了全国科技工作者日活动。",
     "The China Association for Science and Technology held events for the National Science "
     "and Technology Workers' Day.",
     "The Chinese Science Society held events for the National Science and Technology "
     "Workers' Day.", MISS, "中国科协"),
    ("中国红十字会向灾区派出救援队。",
     "The Red Cross Society of China sent a rescue team to the disaster area.",
     "The Chinese Red Crescent sent a rescue team to the disaster area.",
     MISS, "中国红十字会"),
    ("中国侨联召开全国代表大会。",
     "The All-China Federation of Returned Overseas Chinese held its national congress.",
     "The Chinese diaspora association held its national congress.", MISS, "中国侨联"),
    ("全国台联举办夏令营。",
     "The All-China Federation of Taiwan Compatriots held a summer camp.",
     "The national Taiwan friendship society held a summer camp.",
     MISS, "全国台联"),
    ("国家市场监督管理总局对该公司立案调查。",
     "The State Administration for Market Regulation opened an investigation into the "
     "company.",
     "The State Administration of Market Supervision opened an investigation into the company.",
     DEP, "国家市场监督管理总局"),
    ("国家知识产权局发布了专利统计数据。",
     "The China National Intellectual Property Administration released patent statistics.",
     "The State Patent Office released patent statistics.", MISS, "国家知识产权局"),
    ("国家能源局发布了光伏装机数据。",
     "The National Energy Administration released figures on installed solar capacity.",
     "The National Power Bureau released figures on installed solar capacity.",
     MISS, "国家能源局"),
    ("国家林业和草原局部署了森林防火工作。",
     "The National Forestry and Grassland Administration set out its forest fire prevention "
     "work.",
     "The State Forestry Bureau set out its forest fire prevention work.",
     MISS, "国家林业和草原局"),
    ("国家体育总局发布了全民健身计划。",
     "The General Administration of Sport of China released a national fitness plan.",
     "The State Sports Bureau released a national fitness plan.", MISS, "国家体育总局"),
    ("国家广播电视总局加强了网络视听节目管理。",
     "The National Radio and Television Administration tightened its oversight of online "
     "audiovisual programs.",
     "The State Broadcasting Bureau tightened its oversight of online audiovisual programs.",
     MISS, "国家广播电视总局"),
    ("国家宗教事务局发布了宗教活动场所管理办法。",
     "The National Religious Affairs Administration issued measures on the management of "
     "venues for religious activities.",
     "The State Religion Bureau issued measures on the management of venues for religious "
     "activities.", MISS, "国家宗教事务局"),
    ("国家民族事务委员会召开了座谈会。",
     "The National Ethnic Affairs Commission held a symposium.",
     "The State Nationalities Committee held a symposium.", MISS, "国家民族事务委员会"),
    ("审计署发布了年度审计工作报告。",
     "The National Audit Office released its annual audit report.",
     "The State Auditing Bureau released its annual audit report.", MISS, "审计署"),
    ("国家移民管理局宣布了新的便利措施。",
     "The National Immigration Administration announced new facilitation measures.",
     "The State Immigration Bureau announced new facilitation measures.",
     MISS, "国家移民管理局"),
]

# Party bodies and Party building; the Cyberspace Affairs Commission
STAPLES_PARTY = [
    ("他当选为中央候补委员。",
     "He was elected an alternate member of the CPC Central Committee.",
     "He was elected a reserve member of the CPC Central Committee.", MISS, "中央候补委员"),
    ("中央书记处负责处理中央日常工作。",
     "The Secretariat of the CPC Central Committee handles the Central Committee's daily "
     "work.",
     "The CPC Central Committee's general office handles the Central Committee's daily work.",
     MISS, "中央书记处"),
    ("中央科技委员会统筹推进科技体制改革。",
     "The Central Science and Technology Commission coordinates the reform of the science and "
     "technology system.",
     "The Central Technology Steering Group coordinates the reform of the science and "
     "technology system.", MISS, "中央科技委员会"),
    ("中央金融委员会加强对金融工作的集中统一领导。",
     "The Central Financial Commission strengthens centralized leadership over financial "
     "work.",
     "The Central Finance Committee strengthens centralized leadership over financial work.",
     MISS, "中央金融委员会"),
    ("中央金融工作委员会负责金融系统党的建设。",
     "The Central Financial Work Commission is in charge of Party building in the financial "
     "sector.",
     "The Central Finance Work Committee is in charge of Party building in the financial "
     "sector.", MISS, "中央金融工作委员会"),
    ("中央网络安全和信息化委员会召开会议。",
     "The Central Cyberspace Affairs Commission held a meeting.",
     "The Central Internet Security and Informatization Committee held a meeting.",
     MISS, "中央网络安全和信息化委员会"),
    ("村党支部带领村民发展特色产业。",
     "The village Party branch led villagers in developing local specialty industries.",
     "The village Party group led villagers in developing local specialty industries.",
     MISS, "党支部"),
    ("发挥基层党组织的作用。",
     "We will give play to the role of primary-level Party organizations.",
     "We will give play to the role of local Party units.", MISS, "基层党组织"),
    ("党史学习教育在全党开展。",
     "Party history learning and education was carried out across the whole Party.",
     "A campaign on the Party's past was carried out across the whole Party.",
     MISS, "党史学习教育"),
]

# Macroeconomic policy, public services and the Long March rockets
STAPLES_ECONOMY = [
    ("继续实施稳健的货币政策。",
     "We will continue to implement a prudent monetary policy.",
     "We will continue to implement a stable monetary policy.", MISS, "稳健的货币政策"),
    ("积极的财政政策要加力提效。",
     "The proactive fiscal policy should be intensified and made more effective.",
     "The expansionary fiscal policy should be intensified and made more effective.",
     MISS, "积极的财政政策"),
    ("今年赤字率拟按百分之四左右安排。",
     "This year's deficit-to-GDP ratio is projected at around 4 percent.",
     "This year's shortfall is projected at around 4 percent.", MISS, "赤字率"),
    ("发行特别国债支持国有大型商业银行补充资本。",
     "Special treasury bonds will be issued to replenish the capital of large state-owned "
     "commercial banks.",
     "Extra government debt will be issued to replenish the capital of large state-owned "
     "commercial banks.", MISS, "特别国债"),
    ("推进基本公共服务均等化。",
     "We will promote equal access to basic public services.",
     "We will promote fair basic public services.", MISS, "基本公共服务均等化"),
    ("加快构建房地产发展新模式。",
     "We will move faster to build a new model for real estate development.",
     "We will move faster to reform the housing market.", MISS, "房地产发展新模式"),
    ("适度超前建设新型基础设施。",
     "We will build new infrastructure ahead of demand where appropriate.",
     "We will build digital facilities ahead of demand where appropriate.",
     MISS, "新型基础设施"),
    ("完善生育支持政策。",
     "We will improve childbirth support policies.",
     "We will improve family planning policies.", MISS, "生育支持政策"),
    ("落实基本养老保险全国统筹。",
     "We will implement national pooling of basic old-age insurance funds.",
     "We will implement a unified national pension scheme.", MISS, "基本养老保险全国统筹"),
    ("长征系列运载火箭完成第六百次发射。",
     "The Long March series of carrier rockets made its 600th launch.",
     "China's main rocket family made its 600th launch.", MISS, "长征系列运载火箭"),
]

STAPLES = (STAPLES_UN + STAPLES_SPOKESPERSON + STAPLES_SEA_SPACE + STAPLES_REGIONAL +
           STAPLES_BODIES + STAPLES_PARTY + STAPLES_ECONOMY)

# More correct translations in other hands' wording: accepted variants, short forms after the
# full one, abbreviations, verbs for nouns, British spelling.
FREE = [
    ("开发计划署驻华代表处发布报告。", "The UNDP office in China released a report."),
    ("联合国难民署呼吁国际社会提供支持。",
     "The UN Refugee Agency appealed to the international community for support."),
    ("联合国贸发会议下调全球增长预期。", "UNCTAD lowered its forecast for global growth."),
    ("近东救济工程处资金短缺。", "UNRWA is short of funds."),
    ("禁化武组织核查了销毁进度。", "The OPCW verified progress in the destruction."),
    ("人权高专办发表声明。", "The UN Human Rights Office issued a statement."),
    ("中方反对将人权问题政治化。", "China opposes politicising human rights."),
    ("中国提前十年消除绝对贫困。",
     "China eradicated absolute poverty ten years ahead of schedule."),
    ("中方支持小岛屿发展中国家应对气候变化。",
     "China supports small island developing nations in tackling climate change."),
    ("中国医疗队已在非洲工作六十年。",
     "China's medical aid team has worked in Africa for 60 years."),
    ("非洲疾控中心发布疫情通报。", "Africa CDC issued an outbreak update."),
    ("台湾问题纯属中国内政。", "The Taiwan question is purely an internal affair of China."),
    ("中方的“双暂停”倡议得到各方重视。",
     "China's freeze-for-freeze proposal has drawn the attention of all parties."),
    ("中国政府中东问题特使表示，停火是当务之急。",
     "China's special envoy for the Middle East said a ceasefire was the top priority."),
    ("中国常驻联合国代表表示，安理会应发挥作用。",
     "China's UN ambassador said the Security Council should play its role."),
    ("核武器国家应率先裁军。", "Nuclear powers should take the lead in disarmament."),
    ("日遗化武严重威胁当地民众安全。",
     "Japanese chemical weapons abandoned in China gravely threaten local people's safety."),
    ("“雪龙2”号破冰前行。", "Xue Long 2 broke through the ice."),
    ("国家网信办约谈了相关平台。", "The CAC summoned the platforms concerned."),
    ("中国—太平洋岛国外长会发表联合声明。",
     "The China-Pacific Islands foreign ministers' meeting issued a joint statement."),
    ("东盟与中日韩领导人会议在吉隆坡举行。",
     "The ASEAN Plus Three Summit was held in Kuala Lumpur."),
    ("行政长官来京述职。", "The Chief Executive came to Beijing for an annual duty visit."),
    ("他持回乡证入境。", "He entered on his Home Return Permit."),
    ("海峡两岸关系协会会长会见台湾参访团。",
     "The president of the Association for Relations Across the Taiwan Straits met a "
     "visiting group from Taiwan."),
    ("致公党中央举办侨务论坛。",
     "The Central Committee of the Zhi Gong Party held a forum on overseas Chinese affairs."),
    ("共青团中央发布通知。",
     "The Central Committee of the Communist Youth League issued a notice."),
    ("市场监管总局发布召回公告。", "China's market regulator announced a recall."),
    ("中国红十字会总会启动应急响应。", "The Chinese Red Cross launched an emergency response."),
    ("中央书记处书记出席会议。",
     "A member of the CPC Central Committee Secretariat attended the meeting."),
    ("加强基层党组织建设。", "We will strengthen grassroots Party organisations."),
    ("村党支部书记带领村民致富。", "The village Party chief led villagers to prosperity."),
    ("香港审计署发表报告。", "Hong Kong's Audit Commission released a report."),
    ("实施更加积极的财政政策和适度宽松的货币政策，保持积极的财政政策连续性。",
     "We will pursue a more proactive fiscal policy and an appropriately accommodative "
     "monetary policy, and keep proactive fiscal policies consistent."),
    ("提高赤字率。", "The deficit ratio will be raised."),
    ("该国央行将继续实施稳健的货币政策。",
     "The country's central bank is to keep its monetary policy prudent."),
    ("推进基本公共服务均等化。", "We will work towards equalising basic public services."),
    ("推动房地产发展新模式。",
     "We will promote a new development model for the real estate sector."),
    ("长征系列火箭再次成功发射。", "Long March rockets made another successful launch."),
]


@pytest.fixture(scope="module")
def terms():
    return load_glossary(env=False)


def test_a_short_form_is_no_form_inside_another_word(terms) -> None:
    """The short forms left out (docs: 民革 is inside 人民革命, 民建 inside 村民建房, 民进 inside
    民进党, 商务部 inside 商务部门, 海警法 without its marks inside 海警法规): a sentence that holds
    them asks for none of this round's renderings."""
    assert_silent(terms, "人民革命纪念馆旁边，村民建房要经商务部门审批，民进党当局却另有说法。",
                  "Next to the museum of the people's revolution, villagers who build houses "
                  "need the approval of the commerce departments, while the DPP authorities "
                  "say otherwise.")


def test_the_asean_plus_three_summit_is_no_china_japan_rok_summit(terms) -> None:
    """中日韩领导人会议 sits inside 东盟与中日韩领导人会议, the ASEAN Plus Three Summit: the
    longer name's own entry takes it, and the China-Japan-ROK summit is not asked for."""
    found = sentence_findings(terms, "东盟与中日韩领导人会议在吉隆坡举行。",
                              "The ASEAN Plus Three Summit was held in Kuala Lumpur.")
    assert found == []
    slip = sentence_findings(terms, "中日韩领导人会议在东京举行。",
                             "The three leaders met in Tokyo.")
    assert [(f.code, f.term) for f in slip] == [(MISS, "中日韩领导人会议")]


def test_the_international_criminal_court_is_not_the_icj(terms) -> None:
    """国际刑事法院 and 国际法院 are two courts: each asks for its own name."""
    assert_silent(terms, "国际法院作出了咨询意见。",
                  "The International Court of Justice delivered an advisory opinion.")
    slip = sentence_findings(terms, "国际刑事法院发出了逮捕令。",
                             "The International Court of Justice issued an arrest warrant.")
    assert [(f.code, f.term) for f in slip] == [(MISS, "国际刑事法院")]
