"""The third round of glossary staples (docs/glossary-content.md, "Twelfth round"): for every
entry of the round, a sentence written for this test and translated freely and correctly must
lint silent, and the same translation with the rendering slipped (a deprecated one, or wording
that misses the term) must give exactly that one finding.

The two checks every round shares run in tests/test_glossary_staples.py on this module's
STAPLES and FREE; here are the data and what is this round's own."""

from __future__ import annotations

import pytest
from tifa.glossary.store import DATA_DIR, load_glossary

from tests.lintsets import sentence_findings

DEP, MISS = "term-deprecated", "term-missing"

# (Chinese, correct English, slipped English, code of the slip, the term it is about)
STAPLES_HK_TW = [
    ("澳人治澳的成功实践证明“一国两制”具有强大生命力。",
     "The success of Macao people administering Macao shows the strong vitality of One Country, "
     "Two Systems.",
     "The success of self-rule in Macao shows the strong vitality of One Country, Two Systems.",
     MISS, "澳人治澳"),
    ("必须始终坚持爱国者治澳原则。",
     "The principle of patriots administering Macao must always be upheld.",
     "The principle of loyalists running Macao must always be upheld.", MISS, "爱国者治澳"),
    ("中央对特别行政区拥有全面管治权。",
     "The central authorities exercise overall jurisdiction over the special administrative "
     "regions.",
     "The central authorities exercise full governing power over the special administrative "
     "regions.", MISS, "全面管治权"),
    ("香港基本法明确规定了特区的法律地位。",
     "The Hong Kong Basic Law clearly defines the legal status of the region.",
     "Hong Kong's mini-constitution clearly defines the legal status of the region.",
     MISS, "香港基本法"),
    ("《澳门特别行政区基本法》于1999年12月20日起实施。",
     "The Basic Law of the Macao Special Administrative Region came into force on December 20, "
     "1999.",
     "The Macao charter came into force on December 20, 1999.", MISS, "澳门特别行政区基本法"),
    ("香港国安法实施以来，社会恢复了安宁。",
     "Since the national security law in Hong Kong took effect, calm has returned to society.",
     "Since the Hong Kong security statute took effect, calm has returned to society.",
     MISS, "香港国安法"),
    ("行政长官在立法会发表施政报告。",
     "The Chief Executive delivered the policy address in the Legislative Council.",
     "The city's leader delivered the policy address in the Legislative Council.",
     MISS, "行政长官"),
    ("国台办发言人就此回答了记者提问。",
     "A spokesperson for the Taiwan Affairs Office of the State Council answered reporters' "
     "questions on this.",
     "A spokesperson for the State Council's Taiwan office answered reporters' questions on "
     "this.", MISS, "国台办"),
    ("反分裂国家法是维护国家主权的重要法律。",
     "The Anti-Secession Law is an important law for safeguarding national sovereignty.",
     "The Law Against Splitting the Country is an important law for safeguarding national "
     "sovereignty.", MISS, "反分裂国家法"),
    ("外国军舰过航台湾海峡是在制造紧张。",
     "Foreign warships sailing through the Taiwan Strait are creating tension.",
     "Foreign warships sailing between the mainland and the island are creating tension.",
     MISS, "台湾海峡"),
    ("海基会负责人率团访问大陆。",
     "The head of the Straits Exchange Foundation led a delegation to the mainland.",
     "The head of the Strait Exchange Fund led a delegation to the mainland.",
     MISS, "海基会"),
]

STAPLES_HISTORY_RIGHTS = [
    ("发展权是一项基本人权。",
     "The right to development is a basic human right.",
     "Growth is a basic human right.", MISS, "发展权"),
    ("对一个贫穷的国家来说，生存权是首要人权。",
     "For a poor country the right to subsistence is the first human right.",
     "For a poor country the right to live is the first human right.", MISS, "生存权"),
    ("联合国人权事务高级专员访问了新疆。",
     "The UN High Commissioner for Human Rights visited Xinjiang.",
     "The UN human rights chief visited Xinjiang.", MISS, "联合国人权事务高级专员"),
    ("中国人民抗日战争是世界反法西斯战争的重要组成部分。",
     "The Chinese People's War of Resistance Against Japanese Aggression was an important part "
     "of the World Anti-Fascist War.",
     "China's war against Japan was an important part of the World Anti-Fascist War.",
     MISS, "中国人民抗日战争"),
    ("中国是世界反法西斯战争的东方主战场。",
     "China was the main Eastern theater of the World Anti-Fascist War.",
     "China was the main Eastern theater of the Second World War.", MISS, "世界反法西斯战争"),
    ("南京大屠杀铁证如山，不容否认。",
     "The evidence of the Nanjing Massacre is conclusive and cannot be denied.",
     "The evidence of the Nanking Massacre is conclusive and cannot be denied.",
     MISS, "南京大屠杀"),
    ("12月13日是南京大屠杀死难者国家公祭日。",
     "December 13 is the National Memorial Day for Nanjing Massacre Victims.",
     "December 13 is the national day of mourning for those killed in Nanjing.",
     MISS, "南京大屠杀死难者国家公祭日"),
    ("九一八事变是日本侵华的开端。",
     "The September 18th Incident was the beginning of Japan's invasion of China.",
     "The Shenyang attack was the beginning of Japan's invasion of China.",
     MISS, "九一八事变"),
    ("卢沟桥事变后，中国开始了全民族抗战。",
     "After the Lugou Bridge Incident, China began its nationwide war of resistance.",
     "After the bridge clash near Beijing, China began its nationwide war of resistance.",
     MISS, "卢沟桥事变"),
    ("日本政要参拜靖国神社严重伤害了亚洲人民的感情。",
     "Japanese politicians' visits to the Yasukuni Shrine have gravely hurt the feelings of "
     "Asian peoples.",
     "Japanese politicians' visits to the war shrine in Tokyo have gravely hurt the feelings "
     "of Asian peoples.", MISS, "靖国神社"),
    ("今年是中国人民志愿军抗美援朝出国作战75周年。",
     "This year marks the 75th anniversary of the Chinese People's Volunteers entering the War "
     "to Resist US Aggression and Aid Korea.",
     "This year marks the 75th anniversary of the Chinese People's Volunteers entering the "
     "Korean War.", MISS, "抗美援朝"),
]

STAPLES_CLIMATE = [
    ("中国是最早签署《生物多样性公约》的国家之一。",
     "China was among the first countries to sign the Convention on Biological Diversity.",
     "China was among the first countries to sign the Biodiversity Convention.",
     MISS, "生物多样性公约"),
    ("“昆明—蒙特利尔全球生物多样性框架”为全球生物多样性治理指明了方向。",
     "The Kunming-Montreal Global Biodiversity Framework charts the course for global "
     "biodiversity governance.",
     "The Kunming-Montreal biodiversity deal charts the course for global biodiversity "
     "governance.", MISS, "昆明—蒙特利尔全球生物多样性框架"),
    ("中方出资设立昆明生物多样性基金。",
     "China has provided the money to set up the Kunming Biodiversity Fund.",
     "China has provided the money to set up the Kunming nature fund.",
     MISS, "昆明生物多样性基金"),
    ("联合国环境规划署总部设在内罗毕。",
     "The United Nations Environment Programme is headquartered in Nairobi.",
     "The UN environment agency is headquartered in Nairobi.", MISS, "联合国环境规划署"),
    ("政府间气候变化专门委员会发布第六次评估报告。",
     "The Intergovernmental Panel on Climate Change released its sixth assessment report.",
     "The Intergovernmental Committee on Climate Change released its sixth assessment report.",
     MISS, "政府间气候变化专门委员会"),
    ("《京都议定书》为发达国家规定了量化减排指标。",
     "The Kyoto Protocol set quantified emission reduction targets for developed countries.",
     "The Kyoto accord set quantified emission reduction targets for developed countries.",
     MISS, "京都议定书"),
    ("日方强行启动核污染水排海。",
     "Japan pushed ahead with discharging nuclear-contaminated water into the sea.",
     "Japan pushed ahead with discharging radioactive water into the sea.",
     MISS, "核污染水"),
]

STAPLES_TRADE = [
    ("服贸会今年吸引了众多跨国公司参展。",
     "This year the China International Fair for Trade in Services drew many multinational "
     "exhibitors.",
     "This year the China International Services Trade Fair drew many multinational "
     "exhibitors.", MISS, "服贸会"),
    ("第138届广交会在广州开幕。",
     "The 138th China Import and Export Fair opened in Guangzhou.",
     "The 138th China Import and Export Commodities Fair opened in Guangzhou.",
     DEP, "广交会"),
    ("第三届链博会吸引了来自75个国家和地区的参展商。",
     "The third China International Supply Chain Expo drew exhibitors from 75 countries and "
     "regions.",
     "The third supply chain fair drew exhibitors from 75 countries and regions.",
     MISS, "链博会"),
    ("中国—东盟博览会每年在南宁举办。",
     "The China-ASEAN Expo is held in Nanning every year.",
     "The China-ASEAN Fair is held in Nanning every year.", MISS, "中国—东盟博览会"),
    ("总理出席世界经济论坛年会并致辞。",
     "The Premier attended and addressed the World Economic Forum Annual Meeting.",
     "The Premier attended and addressed the Davos gathering.", MISS, "世界经济论坛"),
    ("夏季达沃斯论坛在天津开幕。",
     "The Summer Davos opened in Tianjin.",
     "The summer forum opened in Tianjin.", MISS, "夏季达沃斯论坛"),
    ("中国发展高层论坛年会在北京钓鱼台国宾馆举行。",
     "The China Development Forum held its annual session at the Diaoyutai State Guesthouse in "
     "Beijing.",
     "The China Development High-Level Forum held its annual session at the Diaoyutai State "
     "Guesthouse in Beijing.", DEP, "中国发展高层论坛"),
    ("新版外商投资准入负面清单进一步缩减。",
     "The new negative list for foreign investment access has been shortened further.",
     "The new list of closed sectors for foreign investment has been shortened further.",
     MISS, "负面清单"),
    ("外资企业在政府采购中享受国民待遇。",
     "Foreign-invested firms enjoy national treatment in government procurement.",
     "Foreign-invested firms are treated like domestic ones in government procurement.",
     MISS, "国民待遇"),
    ("中国全面实行准入前国民待遇加负面清单管理制度。",
     "China has fully adopted the system of pre-establishment national treatment plus a "
     "negative list.",
     "China has fully adopted the system of national treatment before entry plus a negative "
     "list.", MISS, "准入前国民待遇"),
    ("世贸组织成员相互给予最惠国待遇。",
     "WTO members grant each other most-favored-nation treatment.",
     "WTO members grant each other preferential treatment.", MISS, "最惠国待遇"),
    ("外商投资法为外资提供了更加有力的法治保障。",
     "The Foreign Investment Law gives foreign investors stronger legal protection.",
     "The Foreign Capital Law gives foreign investors stronger legal protection.",
     MISS, "外商投资法"),
    ("中国将过境免签外国人停留时间延长至240小时。",
     "China has extended the stay allowed under visa-free transit for foreigners to 240 hours.",
     "China has extended the stay allowed for foreigners passing through without visas to 240 "
     "hours.", MISS, "过境免签"),
    ("上诉机构停摆严重影响多边贸易体制。",
     "The paralysis of the Appellate Body gravely affects the multilateral trading system.",
     "The paralysis of the appeals court gravely affects the multilateral trading system.",
     MISS, "上诉机构"),
    ("中欧投资协定谈判于2020年底如期完成。",
     "Negotiations on the China-EU Comprehensive Agreement on Investment were concluded as "
     "planned at the end of 2020.",
     "Negotiations on the China-EU investment treaty were concluded as planned at the end of "
     "2020.", MISS, "中欧投资协定"),
    ("商务部将两家美国企业列入不可靠实体清单。",
     "The Ministry of Commerce put two US firms on the unreliable entity list.",
     "The Ministry of Commerce put two US firms on the untrustworthy entities list.",
     MISS, "不可靠实体清单"),
    ("美方将多家中国企业列入实体清单。",
     "The US has added several Chinese companies to the Entity List.",
     "The US has added several Chinese companies to its trade blacklist.",
     MISS, "实体清单"),
    ("中方依据反外国制裁法采取反制措施。",
     "China has taken countermeasures under the Anti-Foreign Sanctions Law.",
     "China has taken countermeasures under the law on countering foreign sanctions.",
     MISS, "反外国制裁法"),
    ("出口管制法于2020年12月1日起施行。",
     "The Export Control Law took effect on December 1, 2020.",
     "The export controls act took effect on December 1, 2020.", MISS, "出口管制法"),
    ("中方决定对相关两用物项实施出口管制。",
     "China has decided to impose export controls on the dual-use items concerned.",
     "China has decided to impose export controls on the sensitive goods concerned.",
     MISS, "两用物项"),
    ("对外关系法是中国对外工作领域的基础性法律。",
     "The Law on Foreign Relations is a foundational law for China's external work.",
     "The Foreign Affairs Law is a foundational law for China's external work.",
     MISS, "对外关系法"),
]

STAPLES_BODIES = [
    ("联合国教科文组织将良渚古城遗址列入《世界遗产名录》。",
     "UNESCO inscribed the Archaeological Ruins of Liangzhu City on the World Heritage List.",
     "The UN cultural agency inscribed the Archaeological Ruins of Liangzhu City on the World "
     "Heritage List.", MISS, "联合国教科文组织"),
    ("联合国粮农组织发布了全球粮食安全报告。",
     "The Food and Agriculture Organization released a report on global food security.",
     "The UN food agency released a report on global food security.", MISS, "联合国粮农组织"),
    ("联合国秘书长呼吁各方立即停火。",
     "The UN Secretary-General called on all parties to cease fire at once.",
     "The UN chief called on all parties to cease fire at once.", MISS, "联合国秘书长"),
    ("中国是联合国维和行动的第二大出资国。",
     "China is the second-largest funder of UN peacekeeping operations.",
     "China is the second-largest funder of UN peace missions.", MISS, "联合国维和行动"),
    ("中国是安理会常任理事国中派遣维和人员最多的国家。",
     "Among the permanent members of the Security Council, China sends the most peacekeepers.",
     "Among the standing members of the Security Council, China sends the most peacekeepers.",
     MISS, "常任理事国"),
    ("中方代表以77国集团和中国的名义发言。",
     "The Chinese representative spoke on behalf of the Group of 77 and China.",
     "The Chinese representative spoke on behalf of the 77 developing countries and China.",
     MISS, "77国集团"),
    ("中国是不结盟运动的观察员国。",
     "China is an observer state of the Non-Aligned Movement.",
     "China is an observer state of the Non-Alignment Movement.", DEP, "不结盟运动"),
    ("外长出席东盟地区论坛外长会。",
     "The Foreign Minister attended the ASEAN Regional Forum foreign ministers' meeting.",
     "The Foreign Minister attended the ASEAN Area Forum foreign ministers' meeting.",
     MISS, "东盟地区论坛"),
    ("亚太经合组织领导人非正式会议在庆州举行。",
     "The APEC Economic Leaders' Meeting was held in Gyeongju.",
     "The APEC informal leaders' gathering was held in Gyeongju.",
     MISS, "亚太经合组织领导人非正式会议"),
    ("亚洲文明对话大会在北京开幕。",
     "The Conference on Dialogue of Asian Civilizations opened in Beijing.",
     "The Asian Civilizations Dialogue Conference opened in Beijing.",
     MISS, "亚洲文明对话大会"),
    ("世界互联网大会乌镇峰会每年在浙江举行。",
     "The World Internet Conference Wuzhen Summit is held in Zhejiang every year.",
     "The Wuzhen internet summit is held in Zhejiang every year.", MISS, "世界互联网大会"),
    ("外长在慕尼黑安全会议上发表主旨讲话。",
     "The Foreign Minister gave a keynote speech at the Munich Security Conference.",
     "The Foreign Minister gave a keynote speech at the Munich security forum.",
     MISS, "慕尼黑安全会议"),
    ("北京香山论坛吸引了100多个国家的代表。",
     "The Beijing Xiangshan Forum drew delegates from more than 100 countries.",
     "The Beijing Fragrant Hills Forum drew delegates from more than 100 countries.",
     MISS, "香山论坛"),
    ("防长出席香格里拉对话会。",
     "The Defense Minister attended the Shangri-La Dialogue.",
     "The Defense Minister attended the Singapore security dialogue.", MISS, "香格里拉对话会"),
    ("两国建立全面战略合作伙伴关系。",
     "The two countries established a comprehensive strategic cooperative partnership.",
     "The two countries established a comprehensive strategic partnership.",
     MISS, "全面战略合作伙伴关系"),
    ("中韩战略合作伙伴关系不断发展。",
     "The China-ROK strategic cooperative partnership keeps developing.",
     "The China-ROK strategic partnership keeps developing.", MISS, "战略合作伙伴关系"),
    ("两国宣布建立全面合作伙伴关系。",
     "The two countries announced a comprehensive cooperative partnership.",
     "The two countries announced a broad partnership.", MISS, "全面合作伙伴关系"),
    ("民间外交为国家关系发展奠定民意基础。",
     "People-to-people diplomacy builds public support for relations between states.",
     "Grassroots diplomacy builds public support for relations between states.",
     MISS, "民间外交"),
]

STAPLES_SECURITY = [
    ("核武器国家应率先推进核裁军。",
     "Nuclear-weapon states should take the lead in advancing nuclear disarmament.",
     "Nuclear-weapon states should take the lead in reducing their atomic arsenals.",
     MISS, "核裁军"),
    ("中国支持《全面禁止核试验条约》早日生效。",
     "China supports the early entry into force of the Comprehensive Nuclear-Test-Ban Treaty.",
     "China supports the early entry into force of the treaty banning all nuclear tests.",
     MISS, "全面禁止核试验条约"),
    ("日本遗弃在华化学武器违反《禁止化学武器公约》。",
     "The chemical weapons Japan abandoned in China violate the Chemical Weapons Convention.",
     "The chemical weapons Japan abandoned in China violate the chemical arms treaty.",
     MISS, "禁止化学武器公约"),
    ("各方应加强《禁止生物武器公约》的有效性。",
     "All parties should make the Biological Weapons Convention more effective.",
     "All parties should make the germ weapons treaty more effective.",
     MISS, "禁止生物武器公约"),
    ("中国始终奉行不首先使用核武器的政策。",
     "China has always followed a policy of no first use of nuclear weapons.",
     "China has always followed a policy of restraint on nuclear weapons.",
     MISS, "不首先使用核武器"),
    ("奥库斯核潜艇合作带来严重的核扩散风险。",
     "AUKUS nuclear submarine cooperation carries grave risks of nuclear proliferation.",
     "The trilateral nuclear submarine deal carries grave risks of nuclear proliferation.",
     MISS, "奥库斯"),
    ("所谓“印太战略”是制造分裂的战略。",
     "The so-called Indo-Pacific Strategy is a strategy that creates division.",
     "The so-called Asia-Pacific Strategy is a strategy that creates division.",
     MISS, "印太战略"),
    ("修订后的反间谍法于2023年7月1日起施行。",
     "The revised Counter-espionage Law took effect on July 1, 2023.",
     "The revised spying law took effect on July 1, 2023.", MISS, "反间谍法"),
    ("中国海警舰艇编队在钓鱼岛领海内巡航。",
     "A China Coast Guard formation patrolled in the territorial sea of Diaoyu Dao.",
     "A Chinese maritime police formation patrolled in the territorial sea of Diaoyu Dao.",
     MISS, "中国海警"),
    ("东部战区在台岛周边组织联合演习。",
     "The Eastern Theater Command organized joint exercises around Taiwan Island.",
     "The Eastern War Zone organized joint exercises around Taiwan Island.",
     DEP, "东部战区"),
    ("中国人民解放军是维护世界和平的坚定力量。",
     "The Chinese People's Liberation Army is a staunch force for world peace.",
     "The Chinese army is a staunch force for world peace.", MISS, "中国人民解放军"),
]

STAPLES_INSTITUTIONS = [
    ("中央军委主席签署命令。",
     "The Chairman of the Central Military Commission signed the order.",
     "The Chairman of the Central Military Committee signed the order.",
     DEP, "中央军委"),
    ("中共中央政治局召开会议，分析研究当前经济形势。",
     "The Political Bureau of the CPC Central Committee held a meeting to analyze the current "
     "economic situation.",
     "The Party's top leadership held a meeting to analyze the current economic situation.",
     MISS, "中共中央政治局"),
    ("中共中央政治局常务委员会召开会议。",
     "The Standing Committee of the Political Bureau of the CPC Central Committee held a "
     "meeting.",
     "The CPC's top decision-making body held a meeting.", MISS, "中共中央政治局常务委员会"),
    ("中央纪委公布了一批违反纪律的典型案例。",
     "The Central Commission for Discipline Inspection published a batch of typical cases of "
     "discipline violations.",
     "The Central Discipline Inspection Commission published a batch of typical cases of "
     "discipline violations.", DEP, "中央纪委"),
    ("国家监委对其立案调查。",
     "The National Commission of Supervision has opened an investigation into him.",
     "The state anti-graft agency has opened an investigation into him.", MISS, "国家监委"),
    ("人民政协是社会主义协商民主的重要渠道。",
     "The Chinese People's Political Consultative Conference is an important channel for "
     "socialist consultative democracy.",
     "The political advisory body is an important channel for socialist consultative "
     "democracy.", MISS, "人民政协"),
    ("全国政协委员围绕民生问题建言献策。",
     "Members of the CPPCC National Committee offered advice on issues of people's wellbeing.",
     "Members of China's top advisory council offered advice on issues of people's "
     "wellbeing.", MISS, "全国政协"),
    ("全国两会是观察中国发展的重要窗口。",
     "The two sessions are an important window on China's development.",
     "The annual parliamentary meetings are an important window on China's development.",
     MISS, "全国两会"),
    ("全国人大常委会表决通过了这部法律。",
     "The Standing Committee of the National People's Congress voted to adopt the law.",
     "China's top legislature voted to adopt the law.", MISS, "全国人大常委会"),
    ("中央全面深化改革委员会召开第五次会议。",
     "The Central Commission for Comprehensively Deepening Reform held its fifth meeting.",
     "The central reform commission held its fifth meeting.",
     MISS, "中央全面深化改革委员会"),
    ("中央财经委员会第五次会议研究推动高质量发展问题。",
     "The fifth meeting of the Central Financial and Economic Affairs Commission studied how to "
     "promote high-quality development.",
     "The fifth meeting of the Central Finance and Economy Commission studied how to promote "
     "high-quality development.", MISS, "中央财经委员会"),
    ("中央外事工作委员会加强对外工作的集中统一领导。",
     "The Central Foreign Affairs Commission strengthens centralized, unified leadership over "
     "external work.",
     "The Central Foreign Affairs Committee strengthens centralized, unified leadership over "
     "external work.", MISS, "中央外事工作委员会"),
    ("中央国家安全委员会成立于2014年。",
     "The Central National Security Commission was set up in 2014.",
     "The Central Security Commission was set up in 2014.", MISS, "中央国家安全委员会"),
    ("国务院常务会议部署稳就业举措。",
     "A State Council executive meeting set out measures to stabilize employment.",
     "A State Council standing meeting set out measures to stabilize employment.",
     DEP, "国务院常务会议"),
    ("最高人民法院发布典型案例。",
     "The Supreme People's Court released typical cases.",
     "China's top court released typical cases.", MISS, "最高人民法院"),
    ("最高人民检察院依法决定逮捕。",
     "The Supreme People's Procuratorate decided to arrest him in accordance with the law.",
     "China's top prosecutor decided to arrest him in accordance with the law.",
     MISS, "最高人民检察院"),
    ("国家发展改革委表示将加快项目审批。",
     "The National Development and Reform Commission said it would speed up project approvals.",
     "The state planning agency said it would speed up project approvals.",
     MISS, "国家发展改革委"),
    ("中国人民银行宣布下调存款准备金率。",
     "The People's Bank of China announced a cut in the reserve requirement ratio.",
     "The Chinese central bank announced a cut in the reserve requirement ratio.",
     MISS, "中国人民银行"),
    ("海关总署发布前10个月外贸数据。",
     "The General Administration of Customs released foreign trade data for the first 10 "
     "months.",
     "China's customs authority released foreign trade data for the first 10 months.",
     MISS, "海关总署"),
    ("国家统计局公布了第三季度经济数据。",
     "The National Bureau of Statistics published economic data for the third quarter.",
     "The statistics office published economic data for the third quarter.",
     MISS, "国家统计局"),
    ("中联部部长会见越南客人。",
     "The head of the International Department of the CPC Central Committee met guests from "
     "Viet Nam.",
     "The head of the CPC's foreign liaison office met guests from Viet Nam.",
     MISS, "中联部"),
    ("中央城市工作会议时隔十年再次召开。",
     "The Central Urban Work Conference was held again after ten years.",
     "The central conference on cities was held again after ten years.",
     MISS, "中央城市工作会议"),
    ("中央农村工作会议部署明年“三农”工作。",
     "The Central Rural Work Conference set out next year's work on agriculture, rural areas "
     "and rural people.",
     "The central rural affairs meeting set out next year's work on agriculture, rural areas "
     "and rural people.", MISS, "中央农村工作会议"),
    ("二十届四中全会审议通过了“十五五”规划建议。",
     "The fourth plenary session of the 20th CPC Central Committee adopted the recommendations "
     "for the 15th Five-Year Plan.",
     "The 20th CPC Central Committee's fourth full meeting adopted the recommendations for the "
     "15th Five-Year Plan.", MISS, "二十届四中全会"),
]

STAPLES_POLICY = [
    ("“十五五”时期是基本实现社会主义现代化夯实基础的关键时期。",
     "The period of the 15th Five-Year Plan is crucial for laying the foundations for basically "
     "achieving socialist modernization.",
     "The 15th five-year period is crucial for laying the foundations for basically achieving "
     "socialist modernization.", MISS, "“十五五”时期"),
    ("“十四五”规划目标任务即将圆满完成。",
     "The goals and tasks of the 14th Five-Year Plan are about to be fully accomplished.",
     "The goals and tasks of the 14th five-year programme are about to be fully "
     "accomplished.", MISS, "“十四五”规划"),
    ("2021年，我们实现了第一个百年奋斗目标。",
     "In 2021 we achieved the First Centenary Goal.",
     "In 2021 we achieved the first hundred-year goal.", MISS, "第一个百年奋斗目标"),
    ("全面建设社会主义现代化国家开局良好。",
     "A good start has been made in building a modern socialist country in all respects.",
     "A good start has been made in building a fully modern socialist state.",
     MISS, "全面建设社会主义现代化国家"),
    ("人民民主专政是中国的国体。",
     "The people's democratic dictatorship is China's form of state.",
     "Democratic rule by the people is China's form of state.", MISS, "人民民主专政"),
    ("民族区域自治制度是中国的基本政治制度之一。",
     "The system of regional ethnic autonomy is one of China's basic political systems.",
     "Self-government of ethnic minority areas is one of China's basic political systems.",
     MISS, "民族区域自治制度"),
    ("要巩固和发展最广泛的爱国统一战线。",
     "The broadest possible patriotic united front must be consolidated and developed.",
     "The broadest possible patriotic alliance must be consolidated and developed.",
     MISS, "统一战线"),
    ("各级党组织要严格落实中央八项规定精神。",
     "Party organizations at all levels must strictly observe the eight-point rules.",
     "Party organizations at all levels must strictly observe the eight-article code.",
     MISS, "中央八项规定"),
    ("要坚决整治形式主义，为基层减负。",
     "Formalism must be resolutely tackled to ease the burden on those working at the primary "
     "level.",
     "Box-ticking must be resolutely tackled to ease the burden on those working at the "
     "primary level.", MISS, "形式主义"),
    ("官僚主义严重损害党群关系。",
     "Bureaucratism does serious harm to the relations between the Party and the people.",
     "Red tape does serious harm to the relations between the Party and the people.",
     MISS, "官僚主义"),
    ("要畅通国内国际双循环。",
     "Domestic and international dual circulation must flow smoothly.",
     "Both domestic and international flows must run smoothly.", MISS, "双循环"),
    ("今年要实施更加积极的财政政策。",
     "A more proactive fiscal policy will be pursued this year.",
     "A more expansionary fiscal policy will be pursued this year.",
     MISS, "更加积极的财政政策"),
    ("实施适度宽松的货币政策。",
     "A moderately loose monetary policy will be implemented.",
     "A somewhat easier monetary policy will be implemented.",
     MISS, "适度宽松的货币政策"),
    ("今年拟发行超长期特别国债1.3万亿元。",
     "This year we plan to issue 1.3 trillion yuan of ultra-long special treasury bonds.",
     "This year we plan to issue 1.3 trillion yuan of long-dated government bonds.",
     MISS, "超长期特别国债"),
    ("坚持稳中求进工作总基调。",
     "We will keep to the general principle of pursuing progress while ensuring stability.",
     "We will keep to the general principle of moving ahead steadily.", MISS, "稳中求进"),
    ("发展银发经济，增进老年人福祉。",
     "We will develop the silver economy and improve the wellbeing of older people.",
     "We will develop the elderly care industry and improve the wellbeing of older people.",
     MISS, "银发经济"),
    ("低空经济正成为新的增长引擎。",
     "The low-altitude economy is becoming a new engine of growth.",
     "The drone economy is becoming a new engine of growth.", MISS, "低空经济"),
    ("深入推进“人工智能+”行动。",
     "We will further advance the AI Plus initiative.",
     "We will further advance the artificial intelligence campaign.",
     MISS, "“人工智能+”行动"),
    ("要发展壮大耐心资本。",
     "Patient capital must be developed and expanded.",
     "Long-term investment funds must be developed and expanded.", MISS, "耐心资本"),
    ("培育壮大战略性新兴产业。",
     "Strategic emerging industries will be fostered and strengthened.",
     "Strategic new industries will be fostered and strengthened.",
     MISS, "战略性新兴产业"),
    ("今年新能源汽车产量突破1000万辆。",
     "Output of new energy vehicles topped 10 million this year.",
     "Output of electric cars topped 10 million this year.", MISS, "新能源汽车"),
    ("中国空间站已全面建成。",
     "The China Space Station has been fully completed.",
     "The Chinese orbital lab has been fully completed.", MISS, "中国空间站"),
    ("神舟二十号航天员乘组顺利进驻空间站。",
     "The Shenzhou-20 crew entered the space station smoothly.",
     "The crew of the twentieth crewed mission entered the space station smoothly.",
     MISS, "神舟"),
    ("嫦娥探测器首次实现月球背面采样返回。",
     "A Chang'e probe achieved the first ever sample return from the far side of the Moon.",
     "A lunar probe achieved the first ever sample return from the far side of the Moon.",
     MISS, "嫦娥"),
    ("北斗卫星导航系统已向全球提供服务。",
     "The BeiDou Navigation Satellite System now provides services worldwide.",
     "The Compass Navigation Satellite System now provides services worldwide.",
     DEP, "北斗卫星导航系统"),
    ("多国已加入国际月球科研站合作。",
     "Several countries have joined the International Lunar Research Station cooperation.",
     "Several countries have joined the joint moon base cooperation.",
     MISS, "国际月球科研站"),
    ("国家航天局发布了火星探测新图像。",
     "The China National Space Administration released new images from Mars exploration.",
     "China's space agency released new images from Mars exploration.", MISS, "国家航天局"),
]

STAPLES = (STAPLES_HK_TW + STAPLES_HISTORY_RIGHTS + STAPLES_CLIMATE + STAPLES_TRADE + STAPLES_BODIES
           + STAPLES_SECURITY + STAPLES_INSTITUTIONS + STAPLES_POLICY)

def test_a_term_left_in_chinese_is_reported_once(terms) -> None:
    """A sentence left in Chinese inside an English unit is one `untranslated` finding, not a
    missing rendering of each term in it as well (tests/data/lint/genres/pc3, unit 31)."""
    zh = "黄岩岛是中国固有领土。中国海警依法采取必要管控措施。"
    en = "Huangyan Dao is China's inherent territory. 中国海警依法采取必要管控措施。"
    assert [f.code for f in sentence_findings(terms, zh, en)] == ["untranslated"]
    glossed = "Huangyan Dao is China's inherent territory. The maritime police (中国海警) acted."
    assert [f.code for f in sentence_findings(terms, zh, glossed)] == ["term-missing"]


# More correct translations in other hands' wording: accepted variants, the short form after the
# full one, the term inside a longer formulation, pronoun references, a verb for a noun.
FREE = [
    ("港人治港、澳人治澳、高度自治。",
     "The people of Hong Kong administering Hong Kong, the people of Macao administering "
     "Macao, with a high degree of autonomy."),
    ("落实“爱国者治港”“爱国者治澳”原则。",
     "Hong Kong and Macao are to be administered by patriots."),
    ("中央对香港拥有全面管治权。",
     "The central government has comprehensive jurisdiction over Hong Kong."),
    ("《香港特别行政区基本法》是一部宪制性法律。",
     "The Hong Kong Basic Law is a constitutional law."),
    ("《香港特别行政区维护国家安全法》实施五周年。",
     "The national security law for Hong Kong has been in force for five years."),
    ("国台办发言人表示，两岸同胞是一家人。",
     "A State Council Taiwan Affairs Office spokesperson said that compatriots on both sides of "
     "the Taiwan Strait are one family."),
    ("台湾海峡两岸同属一个中国。",
     "Both sides of the Taiwan Strait belong to one and the same China."),
    ("生存权和发展权是首要的基本人权。",
     "The rights to subsistence and development are the primary basic human rights."),
    ("要维护发展中国家的发展权益。",
     "The development rights and interests of developing countries must be safeguarded."),
    ("纪念中国人民抗日战争暨世界反法西斯战争胜利80周年。",
     "We commemorate the 80th anniversary of the victory of the War of Resistance Against "
     "Japanese Aggression and the World Anti-Fascist War."),
    ("七七事变爆发于1937年。", "The Marco Polo Bridge Incident broke out in 1937."),
    ("“九一八”事变后，东北沦陷。",
     "After the September 18 Incident, Northeast China fell to the invaders."),
    ("国家公祭日当天，南京拉响防空警报。",
     "On the National Memorial Day for Nanjing Massacre Victims, air-raid sirens sounded in "
     "Nanjing."),
    ("福岛核污染水排海是全球性问题。",
     "Dumping the Fukushima nuclear-contaminated wastewater into the sea is a global issue."),
    ("联合国环境规划署执行主任访华。",
     "The executive director of the UN Environment Program visited China."),
    ("东部战区组织演习，检验部队联合作战能力。",
     "The Eastern Theatre Command organised drills to test its troops' joint operations "
     "capability."),
    ("成员相互给予最惠国待遇。", "Members grant one another most-favoured-nation treatment."),
    ("第138届广交会闭幕，广交会累计出口成交额创新高。",
     "The 138th China Import and Export Fair has closed; export deals signed at the fair over "
     "its history reached a record."),
    ("广交会是中国外贸的晴雨表。",
     "The Canton Fair is a barometer of China's foreign trade."),
    ("中方已同多国互免签证，并扩大过境免签。",
     "China has mutual visa exemption with many countries and has expanded visa-free transit."),
    ("联合国秘书长古特雷斯出席会议。",
     "Secretary-General of the United Nations Guterres attended the meeting."),
    ("中国是不结盟运动的观察员国，不是成员国。",
     "China is an observer, not a member, of the Non-Aligned Movement."),
    ("外长出席东盟地区论坛。他在会上阐述了中方立场。",
     "The Foreign Minister attended the ARF regional security forum of ASEAN, the ASEAN "
     "Regional Forum, where he set out China's position."),
    ("中国奉行不首先使用核武器政策，承诺不对无核武器国家使用核武器。",
     "China has pledged never to be the first to use nuclear weapons and not to use them "
     "against non-nuclear-weapon states."),
    ("美英澳三边安全伙伴关系破坏地区和平稳定。",
     "AUKUS undermines regional peace and stability."),
    ("解放军东部战区新闻发言人发表谈话。",
     "A spokesperson for the PLA Eastern Theater Command made a statement."),
    ("《解放军报》发表评论员文章。", "The PLA Daily ran a commentary."),
    ("中巴是全天候战略合作伙伴关系。",
     "China and Pakistan have an all-weather strategic cooperative partnership."),
    ("中央政治局常委会会议听取汇报。",
     "A meeting of the Political Bureau Standing Committee heard a report."),
    ("中央纪委国家监委网站发布消息。",
     "The website of the CCDI and the National Supervisory Commission published the news."),
    ("两会期间，代表委员积极建言。",
     "During the \"two sessions\", lawmakers and political advisors offered many suggestions."),
    ("全国人民代表大会常务委员会第十八次会议闭幕。",
     "The 18th session of the NPC Standing Committee closed."),
    ("国常会部署新一轮稳外贸政策。",
     "The State Council's executive meeting set out a new round of policies to stabilize "
     "foreign trade."),
    ("中国人民银行行长出席发布会。",
     "The governor of the People's Bank of China attended the press conference."),
    ("以国内大循环为主体、国内国际双循环相互促进。",
     "Domestic circulation is the mainstay, and domestic and international circulations "
     "reinforce each other."),
    ("中央经济工作会议强调坚持稳中求进。",
     "The Central Economic Work Conference stressed seeking progress while maintaining "
     "stability."),
    ("人工智能+赋能千行百业。",
     "AI+ is empowering all industries."),
    ("天宫空间站迎来新的乘组。中国空间站进入应用与发展阶段。",
     "The Tiangong space station welcomed a new crew; China's space station has entered its "
     "application and development stage."),
]


@pytest.fixture(scope="module")
def terms():
    return load_glossary(env=False)


def _twelfth_round_ids(terms) -> set[str]:
    """Ids of the entries between each file's first "Twelfth round" section heading and its
    first "Thirteenth round" one (tests/test_glossary_staples_thirteenth.py measures those)."""
    bounds = {}
    for name in ("diplomatic.yaml", "domestic.yaml"):
        lines = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
        start = next(n for n, line in enumerate(lines, 1) if "# --- Twelfth round" in line)
        end = next((n for n, line in enumerate(lines, 1) if "# --- Thirteenth round" in line),
                   len(lines) + 1)
        bounds[name] = (start, end)
    return {e.id for e in terms for name, (start, end) in bounds.items()
            if e.origin.endswith(name) and start < e.line < end}


def test_every_twelfth_round_entry_has_its_sentences(terms) -> None:
    """Each new entry is measured, and each sentence measures a new entry, not an older one."""
    forms = {f: e for e in terms for f in (e.zh, *e.zh_variants)}
    new = _twelfth_round_ids(terms)
    tested = {forms[s[4]].id for s in STAPLES}
    assert len(new) >= 80 and tested == new, sorted(new ^ tested)
