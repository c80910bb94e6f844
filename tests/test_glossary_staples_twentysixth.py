"""The seventeenth round of glossary staples (docs/glossary-content.md, "Twenty-sixth round"):
every new entry has a correct sentence pair that lints silent and a slipped twin that gives
exactly one finding about it; other hands' wordings, every accepted variant in the rendering's
place, the deprecated renderings and the held-out pairs are checked too, by the checks every
round shares (`tests/staples_round.py`), on this module's tables."""

from __future__ import annotations

from tests.lintsets import DEP, MISS

# Held out: pairs written before the round's entries (and before any of its other sentences),
# committed first and measured once after the entries were frozen (docs/glossary-content.md,
# "Twenty-sixth round").
HELD_CORRECT = [
    ("特区政府正全力推进香港国际创新科技中心建设。",
     "The SAR government is going all out to develop Hong Kong into an international "
     "innovation and technology centre."),
    ("香港故宫文化博物馆今年接待访客超过百万人次。",
     "The Hong Kong Palace Museum received more than a million visits this year."),
    ("启德体育园开幕后举办了多场大型演唱会。",
     "Kai Tak Sports Park has hosted several big concerts since it opened."),
    ("通过高才通计划来港的人才已逾十万。",
     "More than 100,000 people have come to Hong Kong under the Top Talent Pass Scheme."),
    ("持港澳台居民居住证可办理银行业务。",
     "Holders of a residence permit for Hong Kong, Macao and Taiwan residents can use banking "
     "services."),
    ("国台办发言人批驳了所谓“新两国论”。",
     "The Taiwan Affairs Office spokesperson rebutted the so-called \"new two-state theory\"."),
    ("中国战场是世界反法西斯战争的东方主战场。",
     "The China theater was the main Eastern theater of the World Anti-Fascist War."),
    ("他的祖父曾是中国远征军的一名士兵。",
     "His grandfather served as a soldier in the Chinese Expeditionary Force."),
    ("展览讲述了驼峰航线上中美飞行员的故事。",
     "The exhibition tells the story of the Chinese and American pilots who flew the Hump."),
    ("飞虎队老兵的后代应邀出席纪念活动。",
     "Descendants of Flying Tigers veterans were invited to the commemoration."),
    ("远东国际军事法庭对日本甲级战犯进行了审判。",
     "The International Military Tribunal for the Far East tried Japan's Class-A war "
     "criminals."),
    ("各国应树立正确二战史观，维护战后国际秩序。",
     "Countries should adopt a correct historical perspective on World War II and uphold the "
     "post-war international order."),
    ("中国国家版本馆中央总馆位于北京燕山脚下。",
     "The central hall of the China National Archives of Publications and Culture lies at the "
     "foot of the Yanshan Mountains in Beijing."),
    ("首届世界古典学大会在北京开幕。",
     "The first World Conference of Classics opened in Beijing."),
    ("央行设立股票回购增持再贷款，引导银行支持上市公司回购股票。",
     "The central bank set up a relending facility for share buybacks and shareholding "
     "increases to steer banks toward supporting listed companies' repurchases."),
    ("证券、基金、保险公司互换便利首次操作规模为500亿元。",
     "The first operation of the Securities, Funds and Insurance Companies Swap Facility came "
     "to 50 billion yuan."),
    ("谷子经济带动了商场客流。",
     "The guzi economy has brought more shoppers to the malls."),
    ("上海首店经济活力持续释放。",
     "Shanghai's first-store economy keeps gaining momentum."),
    ("即买即退服务让外国游客购物更加便利。",
     "The instant tax refund service makes shopping easier for foreign tourists."),
    ("外贸企业积极拓展内销渠道，推动出口转内销。",
     "Foreign trade firms are opening domestic sales channels to shift export products to the "
     "domestic market."),
    ("国家水网主骨架和大动脉加快构建。",
     "Work is speeding up on the main framework and arteries of the national water network."),
    ("这座智算中心将为大模型训练提供算力。",
     "The intelligent computing center will provide computing power for training large "
     "models."),
    ("全超导托卡马克核聚变实验装置创造新的世界纪录。",
     "The Experimental Advanced Superconducting Tokamak set a new world record."),
    ("世界人形机器人运动会在北京举行。",
     "The World Humanoid Robot Games were held in Beijing."),
    ("要大力弘扬劳模精神、劳动精神、工匠精神。",
     "We will vigorously promote the spirit of model workers, the spirit of labor and the "
     "spirit of craftsmanship."),
    ("加大对留守儿童和困境儿童的关爱保护力度。",
     "We will do more to care for and protect left-behind children and children in "
     "difficulty."),
]
# (Chinese, slipped English, code, term)
HELD_SLIPS = [
    ("谷子经济成为年轻人消费新热点。",
     "The millet economy has become a new consumer hotspot for young people.", DEP,
     "谷子经济"),
    ("当地培育了一批瞪羚企业。",
     "The area has fostered a number of antelope enterprises.", DEP, "瞪羚企业"),
    ("交椅洲人工岛项目进入规划阶段。",
     "The Jiaoyizhou artificial islands project has entered the planning stage.", DEP,
     "交椅洲人工岛"),
    ("西九文化区举办国际艺术节。",
     "The West Jiulong Cultural District is holding an international arts festival.", DEP,
     "西九文化区"),
    ("中国是世界反法西斯战争的东方主战场。",
     "China was the Oriental main battlefield of the World Anti-Fascist War.", DEP,
     "东方主战场"),
    ("我们需要更多的大国工匠。",
     "We need more great-power craftsmen.", DEP, "大国工匠"),
    ("香港故宫文化博物馆推出新展览。",
     "The Forbidden City museum in Kowloon has opened a new exhibition.", MISS,
     "香港故宫文化博物馆"),
    ("他通过优才计划移居香港。",
     "He moved to Hong Kong through a skills immigration programme.", MISS, "优才计划"),
    ("百团大战是八路军在华北发动的大规模进攻战役。",
     "The big 1940 offensive was a large-scale attack by the Eighth Route Army in north "
     "China.", MISS, "百团大战"),
    ("台儿庄战役歼灭日军一万余人。",
     "The battle in southern Shandong wiped out more than 10,000 Japanese troops.", MISS,
     "台儿庄战役"),
    ("伟大抗战精神永远是激励中国人民克服万难的强大精神动力。",
     "The wartime resolve will always inspire the Chinese people to overcome every "
     "difficulty.", MISS, "伟大抗战精神"),
    ("科技创新和技术改造再贷款额度增加。",
     "The quota of the central bank's cheap loans for tech upgrades has been raised.", MISS,
     "科技创新和技术改造再贷款"),
    ("要加快建设全国统一电力市场。",
     "We will speed up the building of a single power grid for the country.", MISS,
     "全国统一电力市场"),
    ("发挥企业家精神，推动企业创新发展。",
     "We will give play to business leaders' drive and push firms to innovate.", MISS,
     "企业家精神"),
    ("国家文化数字化战略深入实施。",
     "The plan to put culture online is being carried out in depth.", MISS,
     "国家文化数字化战略"),
    ("世界机器人大会在北京亦庄开幕。",
     "The robotics fair opened in Yizhuang, Beijing.", MISS, "世界机器人大会"),
]
