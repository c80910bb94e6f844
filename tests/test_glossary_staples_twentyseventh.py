"""The eighteenth round of glossary staples (docs/glossary-content.md, "Twenty-seventh round"):
this module holds its tables only; `tests/staples_round.py` says what each is and checks them."""

from __future__ import annotations

from tests.lintsets import DEP, MISS

# Held out: written and committed before any entry of the round, measured once after the
# entries and their sentences were frozen (docs/glossary-content.md gives the result).
# Correct pairs in other hands and genres (wire, feature, spokesperson, report, legal, welfare).
HELD_CORRECT = [
    ("科考队员抵达长城站后开始卸运物资。",
     "After reaching the Great Wall Station, expedition members began unloading supplies."),
    ("中国北极黄河站今年夏季接待了十余个国内外科研团队。",
     "China's Arctic Yellow River Station hosted more than ten research teams from home and "
     "abroad this summer."),
    ("中国第四十二次南极考察队圆满完成各项任务返回上海。",
     "Having completed all its tasks, China's 42nd Antarctic research expedition has returned "
     "to Shanghai."),
    ("许多美国友人的后代重返鼓岭，寻访祖辈的足迹。",
     "Many descendants of American friends have returned to Kuliang to retrace the footsteps "
     "of their forebears."),
    ("本届乌镇峰会聚焦人工智能与数字治理。",
     "This year's Wuzhen Summit focuses on artificial intelligence and digital governance."),
    ("外交部在蓝厅论坛上介绍了中国对外政策。",
     "At the Lanting Forum, the Ministry of Foreign Affairs outlined China's foreign policy."),
    ("办理附加证明书后，该文书即可在缔约国使用。",
     "Once it bears an apostille, the document can be used in any contracting state."),
    ("该案已提交国际投资争端解决中心仲裁。",
     "The case has been submitted to ICSID for arbitration."),
    ("澜湄合作专项基金今年支持了一批减贫项目。",
     "This year the LMC Special Fund backed a number of poverty reduction projects."),
    ("在中非人文交流年框架下，双方将互办文化周。",
     "Under the China-Africa Year of People-to-People Exchanges, the two sides will host "
     "cultural weeks in each other's countries."),
    ("中俄文化年期间共举办了数百场活动。",
     "Several hundred events were held during the China-Russia Years of Culture."),
    ("中外语言交流合作中心发布了新版国际中文教育标准。",
     "The Center for Language Education and Cooperation has issued a new edition of its "
     "standards for international Chinese language education."),
    ("住建部要求各地全面开展城市体检。",
     "The housing ministry has asked localities to carry out urban health checkups across the "
     "board."),
    ("今年将改造老化的城市地下管网。",
     "This year, aging underground pipe networks in cities will be upgraded."),
    ("深化要素市场化配置改革。",
     "We will deepen reforms for the market-based allocation of factors of production."),
    ("坚决整治低价无序竞争。",
     "We will take resolute action against disorderly competition at rock-bottom prices."),
    ("多地发放餐饮消费券。", "Many cities handed out dining vouchers."),
    ("海南离岛免税购物金额再创新高。", "Offshore duty-free sales in Hainan hit another record."),
    ("推进健康老龄化。", "We will promote healthy ageing."),
    ("民政部门加强对养老机构的安全检查。",
     "Civil affairs departments are stepping up safety inspections of care homes for the "
     "elderly."),
    ("本案由法官和人民陪审员组成合议庭审理。",
     "The case was heard by a collegial panel of judges and people's assessors."),
    ("生物安全法对病原微生物实验室管理作出规定。",
     "The Biosecurity Law sets rules for the management of laboratories handling pathogenic "
     "microorganisms."),
    ("持续精文减会，让基层干部把更多精力用在抓落实上。",
     "We will keep cutting back on documents and meetings so that officials at the primary "
     "level can spend more of their energy on getting things done."),
    ("中美应互为机遇而非挑战。",
     "China and the United States should see each other as opportunities, not challenges."),
    ("王毅出席中国—东盟外长会。",
     "Wang Yi attended the ASEAN-China Foreign Ministers' Meeting."),
    ("新修订的反洗钱法明年起施行。",
     "The revised Anti-Money Laundering Law takes effect next year."),
]

# Held-out slips: (Chinese, slipped English, code, term): six deprecated renderings the draft
# was to carry, ten missing renderings.
HELD_SLIPS = [
    ("长城站迎来建站四十周年。",
     "Changcheng Station marks the 40th anniversary of its founding.", DEP, "长城站"),
    ("鼓岭是福州的避暑胜地。", "Guling is a summer resort outside Fuzhou.", DEP, "鼓岭"),
    ("发言人在蓝厅论坛上致辞。", "The spokesperson spoke at the Blue Hall Forum.", DEP,
     "蓝厅论坛"),
    ("申请人可向外事办申请附加证明书。",
     "Applicants may apply to the foreign affairs office for an additional certificate.", DEP,
     "附加证明书"),
    ("加强关键信息基础设施保护。", "We will better protect key information infrastructure.",
     DEP, "关键信息基础设施"),
    ("养老机构床位数持续增加。",
     "The number of beds in pension institutions keeps growing.", DEP, "养老机构"),
    ("中法文化旅游年开幕式在巴黎举行。",
     "The opening ceremony of the bilateral tourism year was held in Paris.", MISS,
     "中法文化旅游年"),
    ("亚太经合组织工商咨询理事会向领导人提交建议。",
     "The APEC business council submitted its recommendations to leaders.", MISS,
     "亚太经合组织工商咨询理事会"),
    ("各级领导干部要落实一岗双责。", "Leading officials at all levels must fulfil their duties.",
     MISS, "一岗双责"),
    ("深化三医协同发展和治理。", "We will deepen reform of the health system.", MISS,
     "三医协同"),
    ("推动老年人权益保障法修订。", "We will push for revisions to the law on senior citizens.",
     MISS, "老年人权益保障法"),
    ("完善驻村工作队管理制度。", "We will improve the management of officials sent to villages.",
     MISS, "驻村工作队"),
    ("市内免税店新政落地。", "New rules for duty-free stores took effect.", MISS, "市内免税店"),
    ("全球海洋治理面临新挑战。", "Managing the world's seas faces new challenges.", MISS,
     "全球海洋治理"),
    ("中国共产党与世界政党高层对话会在北京举行。",
     "A meeting between the CPC and foreign parties was held in Beijing.", MISS,
     "中国共产党与世界政党高层对话会"),
    ("中国—东盟人文交流年活动丰富多彩。",
     "The China-ASEAN cultural year featured a rich array of events.", MISS,
     "中国—东盟人文交流年"),
]
