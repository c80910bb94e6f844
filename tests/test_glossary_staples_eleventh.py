"""The second round of glossary staples (docs/glossary-content.md, "Eleventh round"): for every
entry of the round, a sentence written for this test and translated freely and correctly must
lint silent, and the same translation with the rendering slipped (a deprecated one, or wording
that misses the term) must give exactly that one finding."""

from __future__ import annotations

import pytest
from tifa.glossary.store import DATA_DIR, load_glossary

from tests.lintsets import assert_one_finding, assert_silent

DEP, MISS = "term-deprecated", "term-missing"

# (Chinese, correct English, slipped English, code of the slip, the term it is about)
STAPLES_DOMESTIC = [
    ("我们要坚持总体国家安全观，统筹传统安全和非传统安全。",
     "We must stay committed to a holistic approach to national security and handle traditional "
     "and non-traditional threats together.",
     "We must stay committed to the overall national security outlook and handle traditional "
     "and non-traditional threats together.", DEP, "总体国家安全观"),
    ("以新安全格局保障新发展格局。",
     "The new development pattern is to be safeguarded by a new security architecture.",
     "The new development pattern is to be safeguarded by a new set of safety arrangements.",
     MISS, "新安全格局"),
    ("中国将坚定不移推进高水平对外开放。",
     "China will unswervingly pursue high-standard opening up.",
     "China will unswervingly pursue openness of a superior kind.", MISS, "高水平对外开放"),
    ("自贸协定谈判的重点正转向制度型开放。",
     "The focus of free trade negotiations is shifting towards institutional opening up.",
     "The focus of free trade negotiations is shifting towards opening up by rules.",
     MISS, "制度型开放"),
    ("地方保护主义阻碍全国统一大市场建设。",
     "Local protectionism stands in the way of building a unified national market.",
     "Local protectionism stands in the way of building one big market for the whole country.",
     MISS, "全国统一大市场"),
    ("关键核心技术必须立足科技自立自强。",
     "Key core technologies have to rest on self-reliance and strength in science and "
     "technology.",
     "Key core technologies have to rest on our own scientific capacity.", MISS, "科技自立自强"),
    ("“两个结合”是我们取得成功的最大法宝。",
     "The \"two integrations\" are the greatest key to our success.",
     "The \"two combinations\" are the greatest key to our success.", MISS, "两个结合"),
    ("孩子们在课堂上学习中华优秀传统文化。",
     "In class the children learn about fine traditional Chinese culture.",
     "In class the children learn about excellent Chinese traditions.",
     MISS, "中华优秀传统文化"),
    ("伟大建党精神是党的精神之源。",
     "The great founding spirit of the Party is the source of its ideals.",
     "The great Party-building spirit is the source of its ideals.", MISS, "伟大建党精神"),
    ("全面从严治党永远在路上，党的自我革命永远在路上。",
     "Full and rigorous Party self-governance is a never-ending journey, and so is the "
     "Party's self-reform.",
     "Full and rigorous Party self-governance is a never-ending journey, and so is the "
     "Party's self-renewal.", MISS, "自我革命"),
    ("全会对进一步全面深化改革作出系统部署。",
     "The plenary session made systematic arrangements for further deepening reform "
     "comprehensively.",
     "The plenary session made systematic arrangements for further all-round reforms.",
     MISS, "全面深化改革"),
    ("要完善共建共治共享的社会治理制度。",
     "The system of social governance based on collaboration, participation and common "
     "interests must be improved.",
     "The system of social governance that everyone builds, runs and enjoys must be improved.",
     MISS, "共建共治共享"),
    ("到2035年建成教育强国。",
     "China is to become a leading country in education by 2035.",
     "China is to become an educated nation by 2035.", MISS, "教育强国"),
    ("加快建设科技强国是一项战略任务。",
     "Faster progress towards becoming a leading country in science and technology is a "
     "strategic task.",
     "Faster progress towards becoming a technology superpower is a strategic task.",
     MISS, "科技强国"),
    ("博物馆热折射出文化强国建设的成效。",
     "The crowds in museums reflect progress in building China into a cultural powerhouse.",
     "The crowds in museums reflect progress in building China into a great culture.",
     MISS, "文化强国"),
    ("发展海洋经济，建设海洋强国。",
     "China will develop its marine economy and build itself into a maritime power.",
     "China will develop its marine economy and build itself into an ocean giant.",
     MISS, "海洋强国"),
    ("美丽中国建设迈出重大步伐。",
     "Major strides have been made in building a Beautiful China.",
     "Major strides have been made in building a lovely China.", MISS, "美丽中国"),
    ("“双碳”目标倒逼产业转型升级。",
     "The dual carbon goals are pushing industries to transform and upgrade.",
     "The double carbon targets are pushing industries to transform and upgrade.",
     MISS, "双碳"),
    ("今年的一号文件聚焦推进乡村全面振兴。",
     "The first central policy document of the year focuses on all-round rural "
     "revitalization.",
     "The first central policy document of the year focuses on reviving the countryside in "
     "every way.",
     MISS, "乡村全面振兴"),
    ("政府出台了一系列扩大内需的政策。",
     "The government introduced a series of policies to expand domestic demand.",
     "The government introduced a series of policies to stimulate consumption at home.",
     MISS, "扩大内需"),
    ("要推进新型工业化，加快建设制造强国。",
     "New industrialization must be advanced and China's strength in manufacturing built up "
     "faster.",
     "Industrial upgrading of a novel kind must be advanced and China's strength in "
     "manufacturing built up faster.", MISS, "新型工业化"),
    ("推进以人为核心的新型城镇化。",
     "People-centered new urbanization will be advanced.",
     "People-centered urban growth of a new type will be advanced.", MISS, "新型城镇化"),
    ("建设现代化产业体系离不开实体经济。",
     "A modernized industrial system cannot be built without the real economy.",
     "An up-to-date industrial structure cannot be built without the real economy.",
     MISS, "现代化产业体系"),
    ("要健全新型举国体制，集中力量攻关。",
     "The new system for mobilizing resources nationwide must be improved so that efforts can "
     "be pooled on key problems.",
     "The new national mobilization model must be improved so that efforts can be pooled on "
     "key problems.", MISS, "新型举国体制"),
    ("数字中国建设峰会在福州举行。",
     "The Digital China Summit was held in Fuzhou.",
     "The Digitized China Summit was held in Fuzhou.", MISS, "数字中国"),
    ("全面依法治国是国家治理的一场深刻革命。",
     "Advancing law-based governance on all fronts is a profound revolution in how the country "
     "is governed.",
     "Governing the country fully by law is a profound revolution in how the country is "
     "governed.", MISS, "全面依法治国"),
    ("我们始终坚持科教兴国战略。",
     "We have always pursued the strategy of invigorating China through science and education.",
     "We have always pursued the strategy of building the nation on schools and research.",
     MISS, "科教兴国"),
    ("深入实施创新驱动发展战略。",
     "The innovation-driven development strategy will be implemented in depth.",
     "The strategy of development led by innovation will be implemented in depth.",
     MISS, "创新驱动发展"),
    ("坚持以供给侧结构性改革为主线。",
     "Supply-side structural reform remains the main task.",
     "Structural reform on the supply end remains the main task.", MISS, "供给侧结构性改革"),
    ("要铸牢中华民族共同体意识。",
     "A strong sense of community for the Chinese nation must be forged.",
     "A strong sense of Chinese national unity must be forged.", MISS, "中华民族共同体意识"),
    ("努力建设中华民族现代文明。",
     "Efforts will be made to build a modern Chinese civilization.",
     "Efforts will be made to build a contemporary civilization of the Chinese people.",
     MISS, "中华民族现代文明"),
    ("推进国家治理体系和治理能力现代化。",
     "China will keep modernizing its system and capacity for governance.",
     "China will keep upgrading the way the state is run.", MISS, "国家治理体系和治理能力现代化"),
    ("社会主义核心价值观要融入法治建设。",
     "Core socialist values should be integrated into the building of the rule of law.",
     "Key socialist ideals should be integrated into the building of the rule of law.",
     MISS, "社会主义核心价值观"),
    ("改革开放是决定当代中国命运的关键一招。",
     "Reform and opening up has been the crucial move in shaping the destiny of contemporary "
     "China.",
     "Reform and openness has been the crucial move in shaping the destiny of contemporary "
     "China.", MISS, "改革开放"),
    ("要构建高水平社会主义市场经济体制。",
     "A high-standard socialist market economy must be put in place.",
     "A high-standard market economy with socialist features must be put in place.",
     MISS, "社会主义市场经济"),
    ("必须更好统筹发展和安全。",
     "We must better balance development and security.",
     "We must better weigh growth against safety.", MISS, "统筹发展和安全"),
    ("要有效防范化解重大风险。",
     "Major risks must be effectively forestalled and defused.",
     "Major risks must be effectively headed off.", MISS, "防范化解重大风险"),
    ("我们要增强忧患意识，坚持底线思维。",
     "We must be more mindful of potential dangers and apply bottom-line thinking.",
     "We must be more mindful of potential dangers and plan for the worst case.",
     MISS, "底线思维"),
    ("要发扬斗争精神，增强斗争本领。",
     "We must carry forward our fighting spirit and become better at meeting challenges.",
     "We must carry forward our combative spirit and become better at meeting challenges.",
     MISS, "斗争精神"),
    ("民营经济是推进中国式现代化的生力军。",
     "The private sector is a vital force in advancing Chinese modernization.",
     "Non-state firms are a vital force in advancing Chinese modernization.",
     MISS, "民营经济"),
    ("粤港澳大湾区的科技创新走廊初具规模。",
     "The Guangdong-Hong Kong-Macao Greater Bay Area's innovation corridor has begun to take "
     "shape.",
     "The Pearl River Delta's innovation corridor has begun to take shape.",
     MISS, "粤港澳大湾区"),
    ("京津冀协同发展取得新的进展。",
     "Coordinated development of the Beijing-Tianjin-Hebei region has made new progress.",
     "Integration of the capital region has made new progress.", MISS, "京津冀协同发展"),
    ("长江经济带要坚持共抓大保护、不搞大开发。",
     "In the Yangtze River Economic Belt, the priority is joint conservation, not "
     "large-scale development.",
     "In the Yangtze River economic zone, the priority is joint conservation, not "
     "large-scale development.", MISS, "长江经济带"),
    ("海南自由贸易港启动全岛封关运作。",
     "The Hainan Free Trade Port has launched island-wide special customs operations.",
     "The Hainan Free Port has launched island-wide special customs operations.",
     MISS, "海南自由贸易港"),
    ("上海自贸试验区成立十周年。",
     "The Shanghai pilot free trade zone marks its tenth anniversary.",
     "The Shanghai free trade experiment marks its tenth anniversary.", MISS, "自贸试验区"),
    ("中央经济工作会议12月在北京举行。",
     "The Central Economic Work Conference was held in Beijing in December.",
     "The Central Economic Planning Meeting was held in Beijing in December.",
     MISS, "中央经济工作会议"),
    ("中央外事工作会议确立了习近平外交思想的指导地位。",
     "The Central Conference on Work Relating to Foreign Affairs affirmed the guiding role of "
     "Xi Jinping Thought on Diplomacy.",
     "The Central Foreign Affairs Meeting affirmed the guiding role of Xi Jinping Thought on "
     "Diplomacy.", MISS, "中央外事工作会议"),
    ("政府工作报告提出今年经济增长预期目标为5%左右。",
     "The Government Work Report sets this year's growth target at around 5%.",
     "The Government Report sets this year's growth target at around 5%.",
     MISS, "政府工作报告"),
    ("二十届三中全会在北京召开。",
     "The third plenary session of the 20th CPC Central Committee was held in Beijing.",
     "The 20th CPC Central Committee's third full meeting was held in Beijing.",
     MISS, "二十届三中全会"),
]

STAPLES_SECURITY = [
    ("任何人都不得从事危害国家安全的活动。",
     "No one may engage in activities that endanger national security.",
     "No one may engage in activities that endanger the safety of the state.",
     MISS, "国家安全"),
    ("国家安全部发布了一起间谍案的细节。",
     "The Ministry of State Security released details of an espionage case.",
     "The Ministry of National Security released details of an espionage case.",
     MISS, "国家安全部"),
    ("国家安全机关依法对其采取刑事强制措施。",
     "The state security authorities have taken criminal coercive measures against him in "
     "accordance with the law.",
     "The intelligence services have taken criminal coercive measures against him in "
     "accordance with the law.", MISS, "国家安全机关"),
    ("必须把维护政治安全放在首位。",
     "Safeguarding political security must come first.",
     "Safeguarding the regime must come first.", MISS, "政治安全"),
    ("各国应共同应对网络安全挑战。",
     "Countries should respond together to cybersecurity challenges.",
     "Countries should respond together to online safety challenges.", MISS, "网络安全"),
    ("数据安全关系到每个人的切身利益。",
     "Data security bears on everyone's vital interests.",
     "Information safety bears on everyone's vital interests.", MISS, "数据安全"),
    ("中亚的油气对中国能源安全十分重要。",
     "Central Asian oil and gas matter greatly to China's energy security.",
     "Central Asian oil and gas matter greatly to China's fuel supply.", MISS, "能源安全"),
    ("生物安全法自2021年起施行。",
     "The Biosecurity Law has been in force since 2021.",
     "The Bio-Safety Law has been in force since 2021.", MISS, "生物安全"),
]

STAPLES_BELT_AND_ROAD = [
    ("第三届“一带一路”国际合作高峰论坛在北京举行。",
     "The third Belt and Road Forum for International Cooperation took place in Beijing.",
     "The third Belt and Road Summit for International Cooperation took place in Beijing.",
     MISS, "“一带一路”国际合作高峰论坛"),
    ("西部陆海新通道货运量再创新高。",
     "Freight on the New International Land-Sea Trade Corridor hit another record.",
     "Freight on the western land-and-sea route hit another record.", MISS, "西部陆海新通道"),
    ("双方同意共建数字丝绸之路。",
     "The two sides agreed to build a Digital Silk Road together.",
     "The two sides agreed to build an online Silk Road together.", MISS, "数字丝绸之路"),
    ("绿色丝绸之路建设惠及沿线民众。",
     "Building the Green Silk Road benefits people along the route.",
     "Building the environmental Silk Road benefits people along the route.",
     MISS, "绿色丝绸之路"),
    ("疫情期间，健康丝绸之路彰显了合作的价值。",
     "During the pandemic the Health Silk Road showed the value of cooperation.",
     "During the pandemic the Medical Silk Road showed the value of cooperation.",
     MISS, "健康丝绸之路"),
    ("中方愿同各方共建创新丝绸之路。",
     "China is ready to build an Innovation Silk Road with all parties.",
     "China is ready to build a Silk Road of technology with all parties.",
     MISS, "创新丝绸之路"),
    ("北极航道为冰上丝绸之路带来机遇。",
     "Arctic shipping lanes open up opportunities for the Polar Silk Road.",
     "Arctic shipping lanes open up opportunities for the Arctic Silk Road.",
     MISS, "冰上丝绸之路"),
    ("郑州至卢森堡的货运航线被称为空中丝绸之路。",
     "The cargo air route from Zhengzhou to Luxembourg is known as the Air Silk Road.",
     "The cargo air route from Zhengzhou to Luxembourg is known as the Sky Silk Road.",
     MISS, "空中丝绸之路"),
    ("丝路电商合作先行区落户上海。",
     "The pilot zone for Silk Road e-commerce cooperation is located in Shanghai.",
     "The pilot zone for cross-border online trade cooperation is located in Shanghai.",
     MISS, "丝路电商"),
    ("中方将实施更多小而美的民生项目。",
     "China will carry out more small yet smart projects that improve people's lives.",
     "China will carry out more modest but attractive projects that improve people's lives.",
     MISS, "小而美"),
    ("基础设施硬联通是合作的重要方向。",
     "Hard connectivity of infrastructure is an important area of cooperation.",
     "Tangible links of infrastructure are an important area of cooperation.",
     MISS, "硬联通"),
    ("规则标准软联通日益深化。",
     "Soft connectivity of rules and standards keeps deepening.",
     "Alignment of rules and standards keeps deepening.", MISS, "软联通"),
    ("同共建国家人民的心联通不断加强。",
     "Heart-to-heart connectivity with the peoples of partner countries keeps growing "
     "stronger.",
     "Emotional ties with the peoples of partner countries keep growing stronger.",
     MISS, "心联通"),
    ("“六廊六路多国多港”的互联互通架构基本形成。",
     "The connectivity framework of six corridors, six routes, and multiple countries and "
     "ports has basically taken shape.",
     "The connectivity framework of six corridors and six routes linking many countries and "
     "harbors has basically taken shape.", MISS, "六廊六路多国多港"),
    ("中巴经济走廊是“一带一路”的旗舰项目。",
     "The China-Pakistan Economic Corridor is a flagship project of the Belt and Road "
     "Initiative.",
     "The Sino-Pakistani corridor is a flagship project of the Belt and Road Initiative.",
     MISS, "中巴经济走廊"),
    ("三方同意推进中蒙俄经济走廊建设。",
     "The three parties agreed to advance the China-Mongolia-Russia Economic Corridor.",
     "The three parties agreed to advance the economic corridor linking the three countries.",
     MISS, "中蒙俄经济走廊"),
    ("新亚欧大陆桥连接中国东部沿海和欧洲。",
     "The New Eurasian Land Bridge links China's east coast with Europe.",
     "The new Eurasian overland link joins China's east coast with Europe.",
     MISS, "新亚欧大陆桥"),
    ("中老铁路开通以来客货两旺。",
     "Since it opened, the China-Laos Railway has been busy with both passengers and freight.",
     "Since it opened, the Kunming-Vientiane line has been busy with both passengers and "
     "freight.", MISS, "中老铁路"),
    ("雅万高铁是东南亚第一条高速铁路。",
     "The Jakarta-Bandung High-Speed Railway is the first high-speed line in Southeast Asia.",
     "The Jakarta high-speed line is the first high-speed line in Southeast Asia.",
     MISS, "雅万高铁"),
    ("蒙内铁路极大缩短了港口到首都的时间。",
     "The Mombasa-Nairobi Railway has greatly shortened the journey from the port to the "
     "capital.",
     "The Kenyan railway has greatly shortened the journey from the port to the capital.",
     MISS, "蒙内铁路"),
    ("亚吉铁路是东非第一条电气化铁路。",
     "The Addis Ababa-Djibouti Railway is the first electrified railway in East Africa.",
     "The Ethiopia-Djibouti line is the first electrified railway in East Africa.",
     MISS, "亚吉铁路"),
    ("匈塞铁路塞尔维亚段已经通车。",
     "The Serbian section of the Hungary-Serbia Railway is open to traffic.",
     "The Serbian section of the Hungarian-Serbian line is open to traffic.",
     MISS, "匈塞铁路"),
    ("比雷埃夫斯港已成为地中海最大的港口之一。",
     "The Port of Piraeus has become one of the largest in the Mediterranean.",
     "The Greek port of Athens has become one of the largest in the Mediterranean.",
     MISS, "比雷埃夫斯港"),
    ("瓜达尔港新机场投入使用。",
     "The new airport of Gwadar Port has gone into service.",
     "The new airport of the Gwadar harbor has gone into service.", MISS, "瓜达尔港"),
    ("钱凯港开港后，货物运到亚洲的时间大大缩短。",
     "Since Chancay Port opened, shipping goods to Asia takes far less time.",
     "Since the Peruvian megaport opened, shipping goods to Asia takes far less time.",
     MISS, "钱凯港"),
]

STAPLES_REGIONAL = [
    ("上合组织始终秉持“上海精神”。",
     "The SCO has always upheld the Shanghai Spirit.",
     "The SCO has always upheld the spirit of Shanghai.", MISS, "上海精神"),
    ("双方一致同意构建更为紧密的中国—东盟命运共同体。",
     "Both sides agreed to build a closer China-ASEAN community with a shared future.",
     "Both sides agreed to build a closer China-ASEAN community of common destiny.",
     DEP, "中国—东盟命运共同体"),
    ("亚太经合组织成员应携手构建亚太命运共同体。",
     "APEC members should work together for an Asia-Pacific community with a shared future.",
     "APEC members should work together for an Asia-Pacific community of common destiny.",
     DEP, "亚太命运共同体"),
    ("中非命运共同体建设不断走深走实。",
     "Building a China-Africa community with a shared future keeps gaining depth and "
     "substance.",
     "Building a China-Africa community of common destiny keeps gaining depth and substance.",
     DEP, "中非命运共同体"),
    ("峰会宣布推动构建新时代全天候中非命运共同体。",
     "The summit announced the building of an all-weather China-Africa community with a "
     "shared future for the new era.",
     "The summit announced the building of a China-Africa community with a shared future "
     "for all seasons.", MISS, "新时代全天候中非命运共同体"),
    ("双方将携手构建中拉命运共同体。",
     "The two sides will work together on a China-LAC community with a shared future.",
     "The two sides will work together on a China-Latin American common home.",
     MISS, "中拉命运共同体"),
    ("双方愿共建更加紧密的中国—太平洋岛国命运共同体。",
     "Both sides are ready to build a closer China-Pacific Island Countries community with a "
     "shared future.",
     "Both sides are ready to build closer ties between China and the island states of the "
     "Pacific.", MISS, "中国—太平洋岛国命运共同体"),
    ("中方致力于构建周边命运共同体。",
     "China is committed to a community with a shared future with neighboring countries.",
     "China is committed to a common future with the countries around it.",
     MISS, "周边命运共同体"),
    ("中国同太平洋岛国的合作不附加任何政治条件。",
     "China's cooperation with Pacific Island countries comes with no political strings "
     "attached.",
     "China's cooperation with the island nations of the South Pacific comes with no "
     "political strings attached.", MISS, "太平洋岛国"),
    ("中方是太平洋岛国论坛的对话伙伴。",
     "China is a dialogue partner of the Pacific Islands Forum.",
     "China is a dialogue partner of the South Pacific Forum.",
     MISS, "太平洋岛国论坛"),
    ("大金砖合作为全球南方注入新动力。",
     "Greater BRICS cooperation gives new momentum to the Global South.",
     "Wider cooperation within the bloc gives new momentum to the Global South.",
     MISS, "大金砖合作"),
    ("“金砖+”模式受到越来越多国家欢迎。",
     "The BRICS Plus model is welcomed by more and more countries.",
     "The expanded-group model is welcomed by more and more countries.", MISS, "金砖+"),
    ("喀山峰会确定了首批金砖伙伴国。",
     "The Kazan summit named the first BRICS partner countries.",
     "The Kazan summit named the first associate members of the group.", MISS, "金砖伙伴国"),
    ("中拉论坛第四届部长级会议在北京举行。",
     "The Fourth Ministerial Meeting of the China-CELAC Forum was held in Beijing.",
     "The Fourth Ministerial Meeting of the China-Latin America Forum was held in Beijing.",
     MISS, "中拉论坛"),
    ("拉美和加勒比国家共同体是地区重要的一体化组织。",
     "The Community of Latin American and Caribbean States is a major body for regional "
     "integration.",
     "The Latin American and Caribbean Union is a major body for regional integration.",
     MISS, "拉美和加勒比国家共同体"),
    ("中国—中东欧国家合作成立于2012年。",
     "China-CEEC cooperation began in 2012.",
     "Cooperation between China and Eastern Europe began in 2012.", MISS, "中国—中东欧国家合作"),
    ("总理将出席东亚峰会。",
     "The Premier will attend the East Asia Summit.",
     "The Premier will attend the East Asian leaders' summit.", MISS, "东亚峰会"),
    ("东盟与中日韩合作是东亚合作的主渠道。",
     "ASEAN Plus Three cooperation is the main channel of East Asian cooperation.",
     "ASEAN-China-Japan-Korea cooperation is the main channel of East Asian cooperation.",
     MISS, "东盟与中日韩"),
    ("中国同海合会的自贸区谈判取得积极进展。",
     "China's free trade negotiations with the Gulf Cooperation Council have made good "
     "progress.",
     "China's free trade negotiations with the Gulf states' council have made good progress.",
     MISS, "海合会"),
    ("各方应推进亚太自由贸易区进程。",
     "All parties should move the Free Trade Area of the Asia-Pacific forward.",
     "All parties should move the Asia-Pacific free trade zone forward.",
     MISS, "亚太自由贸易区"),
    ("中方已正式申请加入《全面与进步跨太平洋伙伴关系协定》。",
     "China has formally applied to join the Comprehensive and Progressive Agreement for "
     "Trans-Pacific Partnership.",
     "China has formally applied to join the revised Trans-Pacific Partnership.",
     MISS, "全面与进步跨太平洋伙伴关系协定"),
    ("中方正积极推进加入《数字经济伙伴关系协定》。",
     "China is actively pursuing accession to the Digital Economy Partnership Agreement.",
     "China is actively pursuing accession to the digital trade pact.",
     MISS, "数字经济伙伴关系协定"),
    ("全球发展倡议之友小组已有80多个国家参加。",
     "More than 80 countries have joined the Group of Friends of the Global Development "
     "Initiative.",
     "More than 80 countries have joined the circle of friends of the Global Development "
     "Initiative.", MISS, "全球发展倡议之友小组"),
    ("全球发展促进中心在北京揭牌。",
     "The Global Development Promotion Center was inaugurated in Beijing.",
     "The Center for Promoting Global Development was inaugurated in Beijing.",
     MISS, "全球发展促进中心"),
]

STAPLES_SECURITY_ABROAD = [
    ("中方发布了《全球安全倡议概念文件》。",
     "China released the Global Security Initiative Concept Paper.",
     "China released the Global Security Initiative Concept Note.", MISS, "全球安全倡议概念文件"),
    ("只有实现共同安全，才能实现持久和平。",
     "Lasting peace requires common security.",
     "Lasting peace requires shared safety.", MISS, "共同安全"),
    ("应对传统和非传统安全威胁需要综合安全思维。",
     "Traditional and non-traditional threats call for thinking in terms of comprehensive "
     "security.",
     "Traditional and non-traditional threats call for thinking in terms of all-round "
     "safety.", MISS, "综合安全"),
    ("发展是实现可持续安全的基础。",
     "Development is the foundation of sustainable security.",
     "Development is the foundation of lasting safety.", MISS, "可持续安全"),
    ("安全不可分割原则应当得到尊重。",
     "The principle of indivisible security should be respected.",
     "The principle of inseparable security should be respected.", MISS, "安全不可分割"),
    ("中国坚持结伴不结盟。",
     "China seeks partnership rather than alliance.",
     "China makes friends but not military pacts.", MISS, "结伴不结盟"),
    ("各国应走对话而不对抗的新路。",
     "Countries should take a new path of dialogue rather than confrontation.",
     "Countries should take a new path of talking instead of fighting.",
     MISS, "对话而不对抗"),
    ("中国作为负责任大国，始终践行多边主义。",
     "As a responsible major country, China has always practiced multilateralism.",
     "As a responsible big power, China has always practiced multilateralism.",
     MISS, "负责任大国"),
    ("世界多极化是不可阻挡的历史潮流。",
     "Multipolarity is an unstoppable trend of history.",
     "A world of many centers is an unstoppable trend of history.", MISS, "世界多极化"),
    ("联合国大会第2758号决议彻底解决了台湾在联合国的代表权问题。",
     "UN General Assembly Resolution 2758 settled once and for all the question of Taiwan's "
     "representation in the UN.",
     "The General Assembly's Decision 2758 settled once and for all the question of Taiwan's "
     "representation in the UN.", MISS, "联合国大会第2758号决议"),
    ("美方应恪守中美三个联合公报。",
     "The US should abide by the three China-US joint communiques.",
     "The US should abide by the three Sino-American statements.", MISS, "中美三个联合公报"),
    ("《开罗宣言》规定日本窃取的台湾归还中国。",
     "The Cairo Declaration stated that Taiwan, stolen by Japan, was to be restored to China.",
     "The Cairo Statement stated that Taiwan, stolen by Japan, was to be restored to China.",
     MISS, "开罗宣言"),
    ("《波茨坦公告》重申《开罗宣言》的条件必将实施。",
     "The Potsdam Proclamation reaffirmed that the terms of the Cairo Declaration would be "
     "carried out.",
     "The Potsdam Communique reaffirmed that the terms of the Cairo Declaration would be "
     "carried out.", MISS, "波茨坦公告"),
    ("中方一贯恪守《联合国海洋法公约》。",
     "China has consistently observed UNCLOS, the United Nations Convention on the Law of "
     "the Sea.",
     "China has consistently observed the UN maritime treaty.", MISS, "联合国海洋法公约"),
    ("所谓南海仲裁案裁决是非法无效的。",
     "The award in the so-called South China Sea arbitration is illegal, null and void.",
     "The award in the so-called maritime case brought by Manila is illegal, null and void.",
     MISS, "南海仲裁案"),
    ("中国和东盟国家正加快“南海行为准则”磋商。",
     "China and the ASEAN countries are speeding up consultations on a Code of Conduct in the "
     "South China Sea.",
     "China and the ASEAN countries are speeding up consultations on rules for the South "
     "China Sea.", MISS, "南海行为准则"),
    ("各方应全面有效落实《南海各方行为宣言》。",
     "All parties should fully and effectively implement the Declaration on the Conduct of "
     "Parties in the South China Sea.",
     "All parties should fully and effectively implement the South China Sea Code of Conduct.",
     MISS, "南海各方行为宣言"),
    ("钓鱼岛及其附属岛屿是中国固有领土。",
     "Diaoyu Dao and its affiliated islands are China's inherent territory.",
     "The Senkaku Islands are China's inherent territory.", MISS, "钓鱼岛"),
    ("黄岩岛是中国的固有领土。",
     "Huangyan Dao is China's inherent territory.",
     "Scarborough Shoal is China's inherent territory.", MISS, "黄岩岛"),
    ("菲方船只擅自闯入仁爱礁邻近海域。",
     "Philippine vessels intruded into the waters near Ren'ai Jiao without permission.",
     "Philippine vessels intruded into the waters near Second Thomas Shoal without "
     "permission.", MISS, "仁爱礁"),
    ("国际法院是联合国的主要司法机关。",
     "The International Court of Justice is the principal judicial organ of the UN.",
     "The International Court is the principal judicial organ of the UN.",
     MISS, "国际法院"),
    ("北大西洋公约组织不应把手伸向亚太。",
     "NATO should not reach into the Asia-Pacific.",
     "The Atlantic alliance should not reach into the Asia-Pacific.",
     MISS, "北大西洋公约组织"),
]

STAPLES = (STAPLES_DOMESTIC + STAPLES_SECURITY + STAPLES_BELT_AND_ROAD + STAPLES_REGIONAL
           + STAPLES_SECURITY_ABROAD)

# More correct translations in other hands' wording: accepted variants, the short form after the
# full one, the term inside a longer formulation, a verb for a noun.
FREE = [
    ("坚持总体国家安全观。", "We uphold a holistic view of national security."),
    ("我们将推进高水平对外开放。", "We will pursue high-level opening-up."),
    ("加快建设全国统一大市场。", "Work on a national unified market will be accelerated."),
    ("实现高水平科技自立自强。",
     "Greater self-reliance and strength in science and technology will be achieved."),
    ("推动中华优秀传统文化创造性转化。",
     "We will give creative new life to China's fine traditional culture."),
    ("党的自我革命永远在路上。", "The Party's self-revolution is never finished."),
    ("全面深化改革开放。", "We will deepen reform and opening up comprehensively."),
    ("教育强国建设规划纲要发布。",
     "A master plan on building China into an education powerhouse was released."),
    ("建设社会主义文化强国。",
     "We will build China into a country with a strong socialist culture."),
    ("实现碳达峰碳中和是一场广泛而深刻的变革。",
     "Peaking carbon emissions and achieving carbon neutrality is a broad and profound "
     "transformation."),
    ("扩大内需是战略基点。", "Expanding domestic demand is the strategic basis."),
    ("我们要统筹发展和安全。", "We must ensure both development and security."),
    ("大湾区建设稳步推进。", "Development of the Greater Bay Area is advancing steadily."),
    ("海南自贸港建设取得明显成效。", "The Hainan Free Trade Port has made clear progress."),
    ("中央外事工作会议在北京举行。",
     "The Central Foreign Affairs Work Conference was held in Beijing."),
    ("国家安全机关破获一起间谍案。",
     "National security authorities have cracked an espionage case."),
    ("加强网络安全和数据安全保护。",
     "Protection of cyber security and data security will be stepped up."),
    ("陆海新通道连接中国西部和东盟。",
     "The New Western Land-Sea Corridor links western China with ASEAN."),
    ("中方将继续推进小而美项目。", "China will keep carrying out small and beautiful projects."),
    ("推动硬联通、软联通、心联通。",
     "We will promote hard connectivity, soft connectivity and people-to-people connectivity."),
    ("蒙内铁路运营良好。", "The Mombasa-Nairobi SGR runs well."),
    ("比雷埃夫斯港吞吐量稳步增长。", "Piraeus Port keeps handling more cargo."),
    ("金砖+合作不断扩大。", "BRICS+ cooperation keeps expanding."),
    ("中国是东盟与中日韩合作的积极参与者。",
     "China takes an active part in ASEAN Plus Three cooperation."),
    ("中国和东盟将推进“南海行为准则”磋商，落实《南海各方行为宣言》。",
     "China and ASEAN will advance consultations on the COC while implementing the Declaration "
     "on the Conduct of Parties in the South China Sea."),
    ("美方应恪守中美三个联合公报。",
     "The US should abide by the three China-US joint communiqués."),
    ("中方在钓鱼岛问题上的立场是明确的。",
     "China's position on the Diaoyu Islands is clear."),
    ("安全不可分割。", "Security is indivisible."),
    ("双方将维护两国的共同安全利益。",
     "The two sides will safeguard the shared security interests of their countries."),
    ("世界多极化加速发展。", "The world is becoming multipolar faster."),
]


@pytest.fixture(scope="module")
def terms():
    return load_glossary(env=False)


@pytest.mark.parametrize("zh, en", [(s[0], s[1]) for s in STAPLES] + FREE)
def test_free_correct_translation_is_silent(terms, zh, en) -> None:
    assert_silent(terms, zh, en)


@pytest.mark.parametrize("zh, slipped, code, term", [(s[0], s[2], s[3], s[4]) for s in STAPLES])
def test_slipped_rendering_is_the_one_finding(terms, zh, slipped, code, term) -> None:
    assert_one_finding(terms, zh, slipped, code, term)


def _eleventh_round_ids(terms) -> set[str]:
    """Ids of the entries between each file's first "Eleventh round" section heading and its
    first "Twelfth round" one (tests/test_glossary_staples_twelfth.py measures those)."""
    spans = {}
    for name in ("diplomatic.yaml", "domestic.yaml"):
        lines = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
        start = next(n for n, line in enumerate(lines, 1) if "# --- Eleventh round" in line)
        end = next((n for n, line in enumerate(lines, 1) if "# --- Twelfth round" in line),
                   len(lines) + 1)
        spans[name] = (start, end)
    return {e.id for e in terms for name, (start, end) in spans.items()
            if e.origin.endswith(name) and start < e.line < end}


def test_every_eleventh_round_entry_has_its_sentences(terms) -> None:
    """Each new entry is measured, and each sentence measures a new entry, not an older one."""
    forms = {f: e for e in terms for f in (e.zh, *e.zh_variants)}
    new = _eleventh_round_ids(terms)
    tested = {forms[s[4]].id for s in STAPLES}
    assert len(new) >= 80 and tested == new, sorted(new ^ tested)
