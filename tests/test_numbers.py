"""tifa.tm.numbers: Chinese and English quantities, and pairing them, on seed sentences."""

from __future__ import annotations

import pytest
from tifa.tm.numbers import (
    bound_en,
    bound_zh,
    direction_en,
    direction_zh,
    extract_en,
    extract_zh,
    is_soft,
    match_quantities,
)

from tests.conftest import SEED_FILES

# (Chinese from the seeds, a correct English rendering written for this test)
CORRECT = [
    ("2023年我们的贸易额达到创纪录的948亿美元。",
     "In 2023 our trade reached a record $94.8 billion."),
    ("贸易额达到948亿美元", "trade reached 94.8 billion US dollars"),
    ("2100多年前，中国汉代使者张骞自长安出发",
     "More than 2,100 years ago, Zhang Qian set out from Chang'an"),
    ("使3300多公里共同边界成为友谊纽带", "turning our common border of over 3,300 km into a bond"),
    ("中国同中亚五国建交30周年视频峰会",
     "the virtual summit on the 30th anniversary of diplomatic ties"),
    ("提供总额260亿元人民币的融资支持", "provide financing support totalling 26 billion yuan"),
    ("第二届中国—中亚峰会", "the second China–Central Asia Summit"),
    ("(2023年5月19日)", "(May 19, 2023)"),
    ("新华社西安5月19日电", "XI'AN, 19 May (Xinhua)"),
    ("两年前，首届中国—中亚峰会在西安举行",
     "Two years ago, the first China–Central Asia Summit was held in Xi'an"),
    ("增速为百分之七", "growth of 7 percent"),
    ("增长率分别为9.6%、7.0%", "growth rates of 9.6 percent and 7%"),
    ("习近平将于6月16日至18日赴哈萨克斯坦", "Xi will visit Kazakhstan from June 16 to 18"),
    ("太极拳馆1500余家", "more than 1,500 Taiji schools"),
    ("习练人数达6亿人", "some 600 million people practise it"),
    ("修复总面积39848公顷，总投资24.5亿元",
     "39,848 hectares restored with 2.45 billion yuan invested"),
    ("全角１５００余家", "more than 1,500"),
    ("第二十一届徐霞客开游节", "the 21st Xu Xiake Tourism Festival"),
    ("两千多年前", "over two thousand years ago"),
    ("拳师3000余人", "more than 3,000 masters"),
    ("一是加强战略互信，二是深化合作",
     "First, strengthen mutual trust; second, deepen cooperation"),
    ("共建“一带一路”，形成一道风景", "Belt and Road cooperation became a sight"),
    # list numbers, as an LLM numbers 一要…二要… (seed 003) and as a Chinese list has them
    ("一要以高水平战略互信引领双边关系发展", "1. Use high-level strategic mutual trust to lead "
     "bilateral relations"),
    ("四要以多元化人文交流夯实中哈友好根基", "- 4) Consolidate the foundation of friendship"),
    ("三要以全方位安全合作维护两国和平安宁", "**3. Safeguard peace and tranquility"),
    ("1.加强机制建设，成立6个会晤机制", "First, strengthen mechanism building with 6 mechanisms"),
    ("（2）拓展经贸关系", "2. Expand economic and trade relations"),
    # a joint statement's articles and points in Chinese numerals (tests/data/lint/genres)
    ("十二、双方支持以联合国为核心的国际体系", "XII. The two sides support the UN-centered system"),
    ("（三）能源。双方将深化合作", "(3) Energy. The two sides will deepen cooperation"),
    ("今年1至10月，贸易额增长", "trade grew from January to October"),
    ("二〇二六年十一月十八日于北京", "Beijing, November 18, 2026"),
    ("要做到四个坚持", "we must uphold the following"),
    ("中亚五国元首", "the heads of state of the five Central Asian countries"),
    ("千百年来，一系列成果，不是一阵风，百年变局",
     "For centuries, a series of results, not a gust, changes of a century"),
    ("10年来，中国同中亚国家携手推动",
     "Over the past decade, China and Central Asian countries have worked"),
    ("第32届阿拉伯国家联盟首脑理事会会议", "the 32nd Arab League Summit"),
    ("中国是中亚国家第一大贸易伙伴",
     "China is the largest trading partner of Central Asian countries"),
    ("外交部发言人汪文斌19日宣布", "Foreign Ministry spokesperson Wang Wenbin announced on May 19"),
    ("徐晓兰19日在政策吹风会上表示", "Xu Xiaolan told a policy briefing on the 19th"),
    ("3月，中小企业采购指数回升。", "The purchasing index of SMEs rose in March."),
    ("愿两国友谊地久天长。", "May the friendship between our two countries last forever."),
    ("三月的西安，春意盎然。", "Xi'an in early spring is full of life."),
    ("抗击新冠疫情", "fighting COVID-19"),
    ("数十万人参加", "hundreds of thousands of people took part"),
    ("十四届全国人大一次会议", "the first session of the 14th National People's Congress"),
    ("十周年", "tenth anniversary"),
    ("岸堤修复98.8千米", "98.8 km of riverbank restored"),
    ("共有2000余人参加", "over 2,000 people took part"),
    ("二十国集团", "the G20"),
    ("77国集团和中国发表声明", "the G77 and China issued a statement"),
    ("二十一世纪", "the twenty-first century"),
    ("副市长王照生出席活动，40余家市直单位、金融机构参加活动。",
     "Vice Mayor Wang Zhaosheng attended, with more than 40 municipal departments and banks."),
    # units: written out, abbreviated, glued, hyphenated, or converted
    ("河道岸堤修复98.8千米", "98.8 kilometres of riverbank repaired"),
    ("河道岸堤修复98.8千米", "a 98.8-kilometer riverbank"),
    ("河道岸堤修复98.8千米", "98.8km of riverbank"),
    ("河道岸堤修复98.8千米", "98,800 metres of riverbank"),
    ("一期年产4万吨无水氯化铝", "40,000 tonnes of anhydrous aluminium chloride a year"),
    ("新增耕地47.1公顷", "47.1 ha of new farmland"),
    ("面积50平方公里", "an area of 50 square kilometres"),
    ("在6分钟内背诵全文", "recite the whole text within six minutes"),
    ("访问3天", "a 72-hour visit"),
    # relative dates: rendered, made absolute, or dropped, all fine
    ("今年以来，中小企业生产经营持续恢复", "Since the start of this year, SMEs have recovered"),
    ("今年3月，河南黄河湿地", "In March 2025, the Yellow River wetland in Henan"),
    ("去年12月，首届中国—阿拉伯国家峰会", "Last December, the first China–Arab States Summit"),
    ("共创更加美好的明天", "build a brighter future together"),
    ("今天的会议", "the meeting on May 19"),
    ("2025年3月以来", "since March this year"),
    ("如今年轻人更爱旅游", "young people now like travel more than they did last year"),
    ("过去年均增长5%", "average annual growth of 5% last year"),
    # bare magnitudes and "多/余" before 万/亿 (seed 004's e-commerce report, and its kind)
    ("带动电商销售额增长近百万元", "lifting online sales by nearly 1 million yuan"),
    ("吸引超万人次观看", "drawing more than 10,000 views"),
    ("近十万平方米的展馆", "a hall of nearly 100,000 square metres"),
    ("成千上万人参加", "thousands upon thousands took part"),
    ("一百万元", "one million yuan"),
    ("一百多万元", "more than a million yuan"),
    ("100多万元", "over 1 million yuan"),
    ("3000余万元", "more than 30 million yuan"),
    ("300多亿美元", "over $30 billion"),
    ("全市GDP突破万亿元大关", "the city's GDP passed the one-trillion-yuan mark"),
    ("2100多年前", "more than 2,000 years ago"),
    ("贸易额达3652.1亿元", "trade reached about 365 billion yuan"),
    ("双边贸易额比建交之初增长100多倍", "bilateral trade has grown more than a hundredfold"),
    ("产量增长了10倍", "output grew tenfold"),
    # the press's short scales and glued metric units
    ("总投资24.5亿元", "a total investment of 2.45bn yuan"),
    ("带动销售额53万元", "bringing in sales of 530k yuan"),
    ("带动电商销售额增长近百万元", "lifting online sales by almost 1m yuan"),
    ("贸易额达到948亿美元", "trade reached $94.8bn"),
    ("100米赛跑", "the 100m sprint"),
    ("面积2000平方米", "an area of 2,000m2"),
    ("中国现代考古学诞生100周年", "the centenary of modern Chinese archaeology"),
    ("建党100周年", "the centennial of the CPC"),
    ("一百多年来", "for more than a century"),
    ("去年十二月，首届峰会举行", "Last December, the first summit was held"),
    ("以共建“一带一路”合作十周年为新起点",
     "Taking the tenth anniversary of Belt and Road cooperation as a new starting point"),
    ("合作十周年", "a decade of cooperation"),
    ("市一高、陕州中学", "the city's No. 1 Senior High School and Shanzhou Middle School"),
    ("县二中", "the county's No. 2 Middle School"),
    ("全市一中心两基地", "one center and two bases for the whole city"),
    # 首届/首次 is "first" or "inaugural", or no word at all; an idiomatic "first" is no ordinal
    ("首届中国—中亚峰会", "the inaugural China-Central Asia Summit"),
    ("这是他首次访问中亚", "It is his maiden visit to Central Asia"),
    ("第十三个中国旅游日", "the 13th China Tourism Day, the first since the rules changed"),
    ("首批学员抵达", "The first group of trainees arrived"),
    # 前三季度 is the first three quarters, January to September, the first nine months
    ("前三季度，国内生产总值同比增长5.2%", "In the first three quarters, GDP grew 5.2 percent"),
    ("前三季度，国内生产总值同比增长5.2%", "GDP grew 5.2 percent in January-September"),
    ("前三季度，国内生产总值同比增长5.2%", "GDP grew 5.2 percent in the first nine months"),
    ("上半年增长5%", "growth of 5 percent in the first two quarters"),
    ("前两季度增长5%", "growth of 5 percent in H1"),
    ("三十多年前，中哈两国建立外交关系", "More than three decades ago, the two countries"),
    ("二十年来", "over the past two decades"),
    # a wire's "m" is a million before the thing counted, described or not; metres elsewhere
    ("城镇新增就业1256万人", "12.56m new urban jobs"),
    ("入境游客120万人次", "1.2m foreign visitors"),
    ("建成一座500米长的桥梁", "a 500m bridge for vehicles"),
    # figures of work reports and statistical communiqués (tests/data/lint/figures)
    ("比上年提高0.4个百分点", "0.4 percentage points higher than last year"),
    ("比上月下降0.1个百分点", "down 0.1 points from September"),
    ("每年提高1个百分点左右", "rise by about one percentage point a year"),
    ("提高一个百分点", "up by a percentage point"),
    ("比上年增长三成以上", "up more than 30 percent on the previous year"),
    ("化肥使用量下降两成", "fertilizer use falls by a fifth"),
    ("贡献率保持在六成以上", "accounting for more than 60 percent of growth"),
    ("一成不变的做法", "an approach that never changes"),
    ("是五年前的2.5倍", "two and a half times as many as five years earlier"),
    ("婴儿死亡率降至千分之四点五", "infant mortality fell to 4.5 per thousand"),
    ("实施新一轮千亿斤粮食产能提升行动", "raise grain capacity by 100 billion jin"),
    ("打造万亿元级产业集群", "build trillion-yuan industrial clusters"),
    ("1—10月份，全国规模以上工业增加值同比增长5.8%",
     "In January–October, industrial value added grew 5.8 percent year on year"),
    ("1至10月，社会消费品零售总额增长3.5%", "Retail sales grew 3.5% in the first ten months"),
    ("第二产业增加值增长5.4%，第三产业增加值增长5.0%",
     "the secondary industry grew 5.4 percent and the tertiary industry 5.0 percent"),
    ("出生率为6.77‰", "a birth rate of 6.77 per thousand"),
    ("赤字率比上年提高0.4个百分点", "a deficit ratio up 0.4 of a percentage point"),
    # jin converted to tonnes, kilowatts to gigawatts; large amounts rounded without a hedge;
    # 比上年 made absolute
    ("粮食产量1.3万亿斤以上", "grain output above 650 million tonnes"),
    ("粮食产量1.3万亿斤以上", "grain output above 1.3 trillion jin"),
    ("年末全国发电装机容量33.5亿千瓦", "installed capacity of 3,350 GW at the end of the year"),
    ("全社会用电量98521亿千瓦时", "power consumption of 9.85 trillion kWh"),
    ("年末全国人口140828万人", "a population of 1.41 billion at the end of the year"),
    ("年末全国人口140828万人", "a population of 1.4 billion at the end of the year"),
    ("今年高校毕业生预计达1179万人", "a projected 11.8 million college graduates this year"),
    ("电站装机100千瓦", "a 100-kilowatt power station"),
    ("比上年增长5.2%", "5.2 percent more than in 2023"),
    ("全年粮食产量比上年增加1110万吨",
     "This year grain output rose by 11.1 million tonnes over the previous year"),
    # quarters, ratios, shares, rates per thousand
    ("三季度国内生产总值环比增长0.9%", "Q3 GDP grew 0.9% q/q"),
    ("分季度看，一季度增长5.3%，二季度增长4.7%，三季度增长4.6%",
     "By quarter, growth was 5.3% in the first, 4.7% in the second and 4.6% in the third"),
    ("前三季度国内生产总值增长4.8%", "GDP grew 4.8% in the first three quarters"),
    ("第三季度", "Q3"),
    ("上半年，利润增长3.5%", "In the first half, profits rose 3.5%"),
    ("上半年，利润增长3.5%", "In H1, profits rose 3.5%"),
    ("下半年", "the second half of the year"),
    ("到2035年人均国内生产总值比2020年翻一番", "double per capita GDP by 2035 from 2020"),
    ("报废汽车回收量增加约一倍", "the recycling of scrapped vehicles should roughly double"),
    ("力争十年内减半", "strive to halve it within ten years"),
    ("加倍努力，避免双重标准", "redouble our efforts and avoid double standards"),
    ("占世界高铁总里程的三分之二以上", "more than two thirds of the world's high-speed rail"),
    ("外商投资企业占近三分之一", "foreign-invested firms nearly a third"),
    ("化肥使用量下降两成", "fertilizer use falls by a fifth."),
    ("比上年增长三成", "up nearly a third on the previous year"),
    ("他寻求第三个任期", "he seeks a third term"),
    ("中乌贸易额同比增长了近四分之一", "trade grew by nearly a quarter year on year"),
    ("两国元首今年以来已两次会晤", "the two heads of state have met twice this year"),
    # a newspaper's short forms: a year range, glued power units, "half a billion"
    ("2026年至2028年提供3000个奖学金名额", "3,000 scholarships over 2026-28"),
    ("总装机容量超过600万千瓦", "a total capacity of over 6GW"),
    ("发电量98521亿千瓦时", "power output of 9,852.1TWh"),
    ("惠及5亿多人口", "benefiting more than half a billion people"),
    ("十四届全国人大二次会议", "the second session of the 14th NPC"),
    ("先后11次访问中亚国家", "has visited Central Asian countries 11 times"),
    ("先后11次访问中亚国家", "has visited Central Asian countries on 11 occasions"),
    ("贸易额增长了四分之一", "trade grew by a quarter over the period"),
    ("每千人口执业医师3.4人", "3.4 doctors per thousand people"),
    ("死亡率为7.76‰", "a death rate of 7.76 per mille"),
    # a wire service's abbreviations and hyphens; "the first ten months"
    ("比上月下降0.1个百分点", "down 0.1 ppt from September"),
    ("比上月下降0.1个百分点", "down 0.1 pct point from September"),
    ("比上年增长5.2%", "up 5.2 pct on the previous year"),
    ("下降0.2个百分点", "a 0.2-percentage-point drop"),
    ("增长5.2%", "a 5.2-percent increase"),
    ("全年粮食产量70650万吨", "grain output of 706.5m tonnes"),
    ("1—10月份，社会消费品零售总额增长3.5%", "Retail sales rose 3.5% in the first 10 months"),
    ("前10个月，快递业务量增长两成", "Parcels grew by a fifth in the first ten months"),
    ("前10个月，快递业务量增长两成", "Parcels grew by a fifth from January to October"),
]

WRONG = [  # (zh, en, value expected among the unmatched on either side)
    ("贸易额达到948亿美元", "trade reached $94.8 million", 9.48e10),
    ("2100多年前", "more than 1,200 years ago", 2100),
    ("6月16日至18日", "from June 16 to 19", (6, 18)),
    ("第二届中国—中亚峰会", "the third China–Central Asia Summit", 2),
    ("30周年", "the 40th anniversary", 30),
    ("增速为9.6%", "growth of 6.9 percent", 9.6),
    ("百分之七", "17 percent", 7),
    ("5月19日", "May 9", (5, 19)),
    ("3月，中小企业采购指数回升。", "In May, the purchasing index of SMEs rose.", (3,)),
    ("徐晓兰19日表示", "Xu Xiaolan said on the 18th", 18),  # the day is soft: the 18th is reported
    ("260亿元人民币", "26 billion US dollars", 2.6e10),
    ("2013年", "in 2016", 2013),
    ("6亿人", "60 million people", 6e8),
    ("24.5亿元", "24.5 million yuan", 2.45e9),
    ("第32届", "the 23rd", 32),
    ("两千多年前", "over three thousand years ago", 2000),
    ("县二中", "the county's No. 3 Middle School", 3),
    # a figure right after a Chinese comma (folded to ",") is a figure, not 1,234's tail
    ("副市长王照生出席活动，40余家市直单位、金融机构参加活动。",
     "Vice Mayor Wang Zhaosheng attended, with more than 14 municipal departments.", 40),
    ("其中，30%来自中亚", "of which 13% came from Central Asia", 30),
    ("河道岸堤修复98.8千米", "98.8 meters of riverbank", 98.8),
    ("河道岸堤修复98.8千米", "98.8 miles of riverbank", 98.8),
    ("新增耕地47.1公顷", "47.1 square kilometres of new farmland", 47.1),
    ("在6分钟内背诵全文", "recite the whole text within 6 hours", 6),
    ("今年3月，河南黄河湿地", "In March last year, the Henan wetland", ("year", 0)),
    ("去年12月，首届峰会", "In December this year, the first summit", ("year", -1)),
    ("习近平今天表示", "Xi said yesterday", ("day", 0)),
    ("带动电商销售额增长近百万元", "lifting online sales by nearly 10 million yuan", 1e6),
    ("吸引超万人次观看", "drawing more than 1,000 views", 1e4),
    ("全市GDP突破万亿元大关", "the city's GDP passed the one-billion-yuan mark", 1e12),
    # an approximate figure no finer than the source's: a slipped digit under "more than"
    ("2100多年前，张骞出使西域", "more than 2,103 years ago, Zhang Qian", 2100),
    ("吸引超万人次观看", "drawing more than 10,003 views", 1e4),
    ("全球已有150多个国家", "more than 153 countries", 150),
    ("双边贸易额比建交之初增长100多倍", "bilateral trade has grown more than tenfold", 100),
    ("一百万元", "a hundred yuan", 1e6),
    ("一百多万元", "more than a hundred yuan", 1e6),
    ("3000余万元", "more than 3,000 yuan", 3e7),
    ("总投资24.5亿元", "a total investment of 24.5bn yuan", 2.45e9),
    ("带动销售额53万元", "bringing in sales of 53k yuan", 5.3e5),
    ("100米赛跑", "the 100km race", 100),
    # "a third" after a hedge or "by", or before "year on year", is a share, not an ordinal
    ("中乌贸易额同比增长了近四分之一", "trade grew by nearly a third year on year", 25),
    # a frequency in words against another (small counts in words are soft otherwise)
    ("两国元首今年以来已两次会晤", "the two heads of state have met three times this year", 2),
    ("两国元首三次会晤", "the two heads of state met twice", 3),
    ("2026年至2028年提供3000个奖学金名额", "3,000 scholarships over 2026-27", 2028),
    ("总装机容量超过600万千瓦", "a total capacity of over 60GW", 6e6),
    ("惠及5亿多人口", "benefiting more than half a million people", 5e8),
    ("贸易额增长了四分之一", "trade grew by a third over the period", 25),
    ("建党100周年", "the bicentenary of the CPC", 100),
    ("合作十周年", "the fifth anniversary of cooperation", 10),
    # a list number is no figure, but the figures after it still are
    ("1.加强机制建设，成立6个会晤机制", "1. Strengthen mechanism building with 8 mechanisms", 6),
    ("2023年，贸易额增长", "2. In 2024, trade grew", 2023),
    ("1至10月贸易额增长", "trade grew from February to October", (1,)),
    ("二〇二六年十一月十八日于北京", "Beijing, November 17, 2026", (11, 18)),
    ("增长了1.5倍", "grew 2. 5 times", 2.5),  # grown by 1.5 times itself: 2.5 times as large
    # a "first" in the source left over against another ordinal in the target
    ("首届中国—中亚峰会在西安举行", "The second China-Central Asia Summit was held in Xi'an", 1),
    ("这是他首次访问中亚", "It is his third visit to Central Asia", 3),
    ("三十多年前", "More than two decades ago", 30),
    # the first three quarters are not the first half, nor the third quarter alone
    ("前三季度，国内生产总值同比增长5.2%", "In the first half, GDP grew 5.2 percent",
     ("quarters", 3)),
    ("前三季度，国内生产总值同比增长5.2%", "In the third quarter, GDP grew 5.2 percent",
     ("quarter", 3)),
    # percent for percentage points and the other way round; a wrong month range or sector
    ("比上年提高0.4个百分点", "0.4 percent higher than last year", 0.4),
    ("比上年增长0.4%", "0.4 percentage points higher than last year", 0.4),
    ("比上年增长三成以上", "up more than 40 percent on the previous year", 40),
    ("1—10月份，工业增加值同比增长5.8%", "In January–September, industry grew 5.8 percent",
     (10,)),
    ("第二产业增加值增长5.4%", "the tertiary industry grew 5.4 percent", 2),
    ("实施新一轮千亿斤粮食产能提升行动", "raise grain capacity by 10 billion jin", 1e11),
    ("粮食产量1.3万亿斤以上", "grain output above 1.3 trillion tonnes", 1.3e12),
    ("全社会用电量98521亿千瓦时", "power consumption of 9,852.1 billion kW", 9.8521e12),
    ("电站装机100千瓦", "a 100,000-kilowatt power station", 100),
    ("全年国内生产总值1349084亿元", "GDP of 130 trillion yuan", 1.349084e14),
    ("全年国内生产总值1349084亿元", "GDP of 134.8 trillion yuan", 1.349084e14),
    ("增长5.23%", "up 5.2%", 5.23),
    ("三季度国内生产总值环比增长0.9%", "Q2 GDP grew 0.9% q/q", ("quarter", 2)),
    ("三季度国内生产总值环比增长0.9%", "In the second quarter GDP grew 0.9%", ("quarter", 3)),
    ("分季度看，一季度增长5.3%，二季度增长4.7%，三季度增长4.6%",
     "By quarter, growth was 5.3% in the first, 4.7% in the second and 4.6% in the fourth", 4.0),
    ("上半年，利润增长3.5%", "In the first quarter, profits rose 3.5%", ("half", 1)),
    ("上半年，利润增长3.5%", "In H2, profits rose 3.5%", ("half", 2)),
    ("报废汽车回收量增加约一倍", "the recycling of scrapped vehicles should roughly triple", 3.0),
    ("人均国内生产总值翻一番", "halve per capita GDP", 2.0),
    ("占世界高铁总里程的三分之二以上", "more than one third of the world's rail", 100 / 3),
    ("化肥使用量下降两成", "fertilizer use falls by a quarter.", 25.0),
    ("死亡率为7.76‰", "a death rate of 7.76 percent", 7.76),
    ("比上月下降0.1个百分点", "down 0.1 pct from September", 0.1),
    ("1—10月份，社会消费品零售总额增长3.5%", "Retail sales rose 3.5% in the first nine months",
     (10,)),
    ("前10个月，快递业务量增长两成", "Parcels grew by a fifth in the first 11 months", (10,)),
    # a decade is not a duration: 90年代 is no "90 years", and the century, when given, counts
    ("上世纪90年代以来，两国关系持续发展", "Since the 1980s, relations have grown", 1990.0),
    ("八十年代初，他来到北京", "In the early nineties he came to Beijing", 80.0),
    ("他在北京生活了90年", "He lived in Beijing in the 1990s", 90.0),
    # a plan's years glossed wrongly are the translator's error
    ("“十四五”时期", "the 14th Five-Year Plan period (2016-2020)", 2016.0),
    ("九一八事变", "the September 19 Incident", (9, 19)),
    ("“九二共识”", "the 1993 Consensus", 1992.0),
    ("嫦娥六号探测器", "the Chang'e-5 probe", 5.0),
    ("第三十次缔约方大会", "COP29", 30.0),
    ("中央一号文件", "the No. 2 central document", 2.0),
    ("中国对外贸易额达到41.8万亿元", "China's Foreign Trade Reaches 41.8 Billion Yuan", 4.18e13),
]


DECADES = [  # (zh, en): a decade as official English writes it
    ("上世纪90年代以来，双边关系持续发展", "Since the 1990s, bilateral relations have grown"),
    ("二十世纪八十年代，改革开放起步", "Reform and opening up began in the 1980s"),
    ("八十年代初，他来到北京", "He came to Beijing in the early eighties"),
    ("九十年代末", "the late '90s"),
    ("21世纪20年代", "the 2020s"),
    ("2010年代", "in the 2010s"),
    ("90年代中期", "by the mid-90s"),
]
GLOSSES = [  # (zh, en): what news English adds or keeps that is no new figure
    ("“十四五”时期，中国将继续扩大开放", "During the 14th Five-Year Plan period (2021-2025), "
     "China will continue to open wider"),
    ("“十五五”规划", "the 15th Five-Year Plan (2026–30)"),
    ("他在G20峰会上发表讲话", "He spoke at the G20 Summit"),
    ("G7峰会", "the G7 summit"),
    # days known by their date, and the 1992 Consensus
    ("在“九二共识”基础上", "on the basis of the 1992 Consensus"),
    ("九一八事变", "the September 18th Incident"),
    ("五四运动以来", "since the May Fourth Movement"),
    ("十一黄金周期间", "during the National Day Golden Week"),
    ("十一黄金周期间", "during the October 1 holiday week"),
    ("八一建军节", "Army Day on August 1"),
    # a spacecraft's or a line's number, and COP30 (the staples helper's false alarms)
    ("嫦娥六号探测器", "the Chang'e-6 probe"),
    ("神舟十八号载人飞船", "the Shenzhou-18 crewed spaceship"),
    ("地铁三号线", "Metro Line 3"),
    ("《联合国气候变化框架公约》第三十次缔约方大会", "COP30"),
    # a first of a series: the year's first central document, a city's number one project
    ("中央一号文件", "the No. 1 central document"),
    ("今年的一号工程", "this year's number one project"),
    ("1号线", "Line 1"),
    # a headline in title case
    ("累计发送旅客超过一亿人次", "Railway Has Carried Over 100 Million Passengers"),
    ("中国对外贸易额达到41.8万亿元", "China's Foreign Trade Reaches 41.8 Trillion Yuan"),
    ("吸引投资5亿美元", "Attracts US$500M in Investment"),
]


@pytest.mark.parametrize(("zh", "en"), GLOSSES)
def test_glosses_and_latin_names_with_figures(zh: str, en: str) -> None:
    """A plan glossed with its years, G20 in both languages: false `number-mismatch` errors
    before (the years had no source, the English G20 no Chinese counterpart)."""
    assert match_quantities(extract_zh(zh), extract_en(en)) == ([], [])


@pytest.mark.parametrize(("zh", "en"), DECADES)
def test_decades_match(zh: str, en: str) -> None:
    """A decade, not a duration of 80 or 90 years: a false `number-mismatch` before."""
    uz, ue = match_quantities(extract_zh(zh), extract_en(en))
    assert (uz, ue) == ([], []) and [q.kind for q in extract_zh(zh)] == ["decade"], (uz, ue)


def test_an_age_in_tens_is_no_decade() -> None:
    assert extract_en("people in their 40s") == [] and extract_en("4s and 5s") == []


@pytest.mark.parametrize(("zh", "en"), CORRECT)
def test_correct_translations_match(zh: str, en: str) -> None:
    uz, ue = match_quantities(extract_zh(zh), extract_en(en))
    assert (uz, ue) == ([], []), (zh, en)


@pytest.mark.parametrize(("zh", "en", "value"), WRONG)
def test_wrong_numbers_are_reported(zh: str, en: str, value) -> None:
    uz, ue = match_quantities(extract_zh(zh), extract_en(en))
    assert value in [q.value for q in uz + ue], (uz, ue)


DIRECTION = [  # (zh, en, direction of the Chinese figure, of the English one)
    ("单位国内生产总值能耗下降2.1%", "energy use per unit of GDP fell by 2.1 percent", -1, -1),
    ("单位国内生产总值能耗下降2.1%", "energy use per unit of GDP rose by 2.1 percent", -1, 1),
    ("比上年末减少139万人", "1.39 million fewer than a year earlier", -1, -1),
    ("比上年多12万人", "120,000 more than the year before", 1, 1),
    ("较常年偏高0.8摄氏度", "0.8°C below normal", 1, -1),
    ("环比下降0.3%", "and rose 0.3 percent month on month", -1, 1),
    ("比上年增长三成以上", "up more than 30 percent", 1, 1),
    ("降低2.5%左右", "a drop of around 2.5 percent", -1, -1),
    # a direction word not next to the figure says nothing
    ("二季度增长4.7%", "growth of 4.6 percent, down from 4.7 percent", 1, 0),
    ("进出口总额41.7万亿元", "Imports and exports totaled RMB 41.7 trillion, up", 0, 0),
    ("比例为85.5%", "made up 85.5 percent", 0, 0),
    ("服务业比重下降到54%", "services made up 54 percent of GDP", -1, 0),
    ("比上月上升0.5个百分点", "picked up 0.5 percentage points", 1, 1),
    ("减少500万人以上", "a decrease of 5 million or more", -1, -1),
]


@pytest.mark.parametrize(("zh", "en", "way_zh", "way_en"), DIRECTION)
def test_direction_of_a_change(zh: str, en: str, way_zh: int, way_en: int) -> None:
    z, e = extract_zh(zh)[-1], extract_en(en)[-1]
    assert (direction_zh(zh, z), direction_en(en, e)) == (way_zh, way_en)


BOUNDS = [  # (zh, en, bound of the Chinese figure, of the English one): +1 floor, -1 ceiling
    ("城镇新增就业1200万人以上", "over 12 million new urban jobs", 1, 1),
    ("城镇新增就业1200万人以上", "12 million or more new urban jobs", 1, 1),
    ("城镇新增就业1200万人以上", "under 12 million new urban jobs", 1, -1),
    ("2100多年前", "more than 2,100 years ago", 1, 1),
    ("控制在3%以内", "kept below 3 percent", -1, -1),
    ("控制在3%以内", "kept at over 3 percent", -1, 1),
    ("不超过3%", "not over 3%", -1, -1),
    ("不到1000人", "fewer than 1,000 people", -1, -1),
    # 近 is a ceiling ("nearly", "almost", "just under" 20; never "over"), thirteenth round;
    # before a period that ends now it is "the past", no bound
    ("近20场", "just under 20 shows", -1, -1),
    ("近3000人", "more than 3,000 people", -1, 1),
    ("近10年来", "over the past 10 years", 0, 0),
    ("最近20场", "the last 20 shows", 0, 0),
    ("该项目至少需要5年", "at most five years", 1, -1),
    ("实施了20场", "over the 20 shows", 0, 1),
]


@pytest.mark.parametrize(("zh", "en", "zh_bound", "en_bound"), BOUNDS)
def test_bound_of_a_figure(zh: str, en: str, zh_bound: int, en_bound: int) -> None:
    z, e = extract_zh(zh)[-1], extract_en(en)[-1]
    assert (bound_zh(zh, z), bound_en(en, e)) == (zh_bound, en_bound)


def test_values_and_spans() -> None:
    text = "贸易额达到948亿美元，同比增长百分之七"
    qs = extract_zh(text)
    money = next(q for q in qs if q.kind == "money")
    assert money.value == pytest.approx(9.48e10) and money.unit == "USD"
    assert text[money.span[0]:money.span[1]] == money.text == "948亿"
    assert any(q.kind == "percent" and q.value == 7 for q in qs)
    en = extract_en("It rose to $94.8 billion on May 19, 2023, up 7%.")
    assert [(q.kind, q.value) for q in en] == [
        ("money", pytest.approx(9.48e10)), ("date", (5, 19)), ("year", 2023), ("percent", 7)]
    assert extract_en("The 30th anniversary.")[0].kind == "ordinal"


def test_chinese_numerals() -> None:
    vals = {q.text: q.value for q in extract_zh("二十一国、两千人、三千余家、十三亿人、二〇二三年")}
    assert vals["二十一"] == 21 and vals["两千"] == 2000 and vals["三千"] == 3000
    assert vals["十三亿"] == 1.3e9 and vals["二〇二三"] == 2023
    assert extract_zh("三千余家")[0].approx


def test_chinese_numerals_before_the_counters_of_things() -> None:
    """十万列 "100,000 trips" (trains), 三艘 ships, 五颗 satellites: counted things (a false
    number-mismatch on the lead's freight-train probe). 四处 "everywhere", 五台山 "Mount Wutai"
    and 两张皮 hold no count; a changed count is still reported."""
    trains = extract_en("China-Europe freight trains pass 100,000 trips")
    assert match_quantities(extract_zh("中欧班列开行突破十万列"), trains) == ([], [])
    uz, ue = match_quantities(extract_zh("发射十八颗卫星"), extract_en("launched 16 satellites"))
    assert [q.value for q in uz] == [18] and [q.value for q in ue] == [16]
    assert [q.text for q in extract_zh("三艘货轮、两户人家")] == ["三", "两"]
    assert extract_zh("四处奔走，登上五台山，避免两张皮") == []


def test_small_counts_are_soft() -> None:
    # "五国" may be rendered without "five"; "two" in English may stand for 双方
    assert all(is_soft(q) for q in extract_zh("中亚五国"))
    assert match_quantities(extract_zh("两国元首"), extract_en("the presidents")) == ([], [])
    assert match_quantities([], extract_en("both sides, two partners")) == ([], [])


def test_a_period_in_words_against_another_count_is_reported() -> None:
    """建交五年来 "in the six years since" is a wrong figure, though both are small words (the
    lead's probe of a foreign minister's talks); "five years", "half a decade", "the years
    since" and a restructured sentence with two counts stay silent."""
    since = extract_zh("中所建交五年来，双方合作取得丰硕成果。")
    uz, ue = match_quantities(since, extract_en("In the six years since ties were established"))
    assert [q.text for q in uz] == ["五"] and [q.text for q in ue] == ["six"]
    for en in ("In the five years since ties were established", "over half a decade",
               "in the years since ties were established",
               "in the two or three years since"):
        assert match_quantities(since, extract_en(en)) == ([], []), en


def test_titles_in_a_row_are_ordinals() -> None:
    """六连冠 "a sixth straight title" (the lead's table-tennis probe: "fifth straight" was
    missed, 六 before 连冠 read as no figure); "six titles in a row" is right too."""
    six = extract_zh("第七次实现女团六连冠")
    assert [(q.kind, q.text) for q in six] == [("ordinal", "第七"), ("ordinal", "六")]
    won = "won their sixth straight women's team title for the seventh time"
    assert match_quantities(six, extract_en(won)) == ([], [])
    assert match_quantities(six[1:], extract_en("won six titles in a row")) == ([], [])
    uz, ue = match_quantities(six, extract_en(won.replace("sixth", "fifth")))
    assert [q.text for q in uz] == ["六"] and [q.text for q in ue] == ["fifth"]


def test_seed_sentences_do_not_crash_and_find_known_figures() -> None:
    found = set()
    for path in SEED_FILES:
        for q in extract_zh(path.read_text(encoding="utf-8")):
            found.add((q.kind, q.value))
    assert ("money", 9.48e10) in found  # 948亿美元
    assert ("date", (5, 19)) in found
    assert ("number", 39848.0) in found  # 39848公顷
    assert ("percent", 98.21) in found


def test_a_chinese_percentage_keeps_its_decimals() -> None:
    assert [(q.kind, q.value) for q in extract_zh("增长了百分之六点三")] == [("percent", 6.3)]
    assert [(q.kind, q.value) for q in extract_zh("收入翻了一番")] == [("ratio", 2.0)]


def test_parts_of_a_century_are_years() -> None:
    """成立25年来 "in the quarter of a century since", 半个世纪 "half a century": years, not a
    share of something and a century (the lead's SCO probe, a British hand)."""
    since = extract_zh("上海合作组织成立25年来")
    for en in ("In the quarter of a century since", "over a quarter-century",
               "in the 25 years since"):
        assert match_quantities(since, extract_en(en)) == ([], []), en
    uz, ue = match_quantities(since, extract_en("In the half century since"))
    assert [q.text for q in uz] == ["25"] and [q.text for q in ue] == ["the half century"]
    half = extract_zh("半个世纪以来")
    assert [(q.kind, q.value) for q in half] == [("duration", 50.0)]
    assert match_quantities(half, extract_en("for half a century")) == ([], [])
    assert match_quantities(half, extract_en("over the past half-century")) == ([], [])


def test_shang_as_a_complement_is_no_previous() -> None:
    """卖不上一千块 "could not fetch 1,000 yuan": 上 after 不/得 is "reach", and 一千 a figure;
    上一届 (the previous session) stays no figure."""
    assert [q.value for q in extract_zh("一头猪卖不上一千块")] == [1000.0]
    assert [q.value for q in extract_zh("比得上两千元")] == [2000.0]
    assert extract_zh("上一届会议") == [] and extract_zh("上一年") == []


def test_an_hour_after_a_part_of_the_day() -> None:
    """下午3时 "3 p.m.", 晚上八点 "8 pm", 上午十时 "10 a.m.": the hour as English gives it (an
    afternoon's "p.m." reads as 15 there); "4 p.m." for 下午3时 is still another hour."""
    for zh, en in (("会议于下午3时开始", "began at 3 p.m."), ("晚上八点举行", "held at 8 pm"),
                   ("上午十时举行", "held at 10 a.m."), ("下午3点30分", "at 3:30 p.m."),
                   ("凌晨两点", "at 2 a.m.")):
        assert match_quantities(extract_zh(zh), extract_en(en)) == ([], []), zh
    uz, ue = match_quantities(extract_zh("会议于下午3时开始"), extract_en("began at 4 p.m."))
    assert [q.value for q in uz] == [15.0] and [q.value for q in ue] == [16.0]


def test_a_hard_ordinal_against_an_ordinal_word_left_over() -> None:
    """第五份施政报告 → "the fourth policy address": an ordinal word beyond "first" is soft on
    its own (idiomatic "second"), but against a hard ordinal left over it is the place changed;
    a "first" and a figure's ordinal stay as they were."""
    uz, ue = match_quantities(extract_zh("发表任内第五份施政报告"),
                              extract_en("delivered the fourth policy address of his term"))
    assert [q.text for q in uz] == ["第五"] and [q.text for q in ue] == ["fourth"]
    fifth = extract_en("delivered the fifth policy address of his term")
    assert match_quantities(extract_zh("发表任内第五份施政报告"), fifth) == ([], [])
    uz, ue = match_quantities(extract_zh("第五份报告"), extract_en("his first report"))
    assert [q.text for q in uz] == ["第五"] and ue == []


def test_a_hard_count_against_a_count_word_left_over() -> None:
    """将7家美国企业列入 → "add six U.S. companies": a count word is soft on its own, but against
    a hard count of a few left over it is the count changed; "seven" pairs."""
    zh = extract_zh("决定将7家美国企业列入不可靠实体清单")
    uz, ue = match_quantities(zh, extract_en("decided to add six U.S. companies to the list"))
    assert [q.text for q in uz] == ["7"] and [q.text for q in ue] == ["six"]
    assert match_quantities(zh, extract_en("decided to add seven U.S. companies")) == ([], [])


def test_the_press_short_scales_and_glued_hours() -> None:
    """"RMB141.2trn" (a British paper), the wires' "trln", "bln", "mln"; "10am", "3pm"."""
    for zh, en in (("国内生产总值达到141.2万亿元", "GDP reached RMB141.2trn"),
                   ("进出口3.82万亿元", "trade of 3.82 trln yuan"),
                   ("投资57亿美元", "investment of $5.7 bln"), ("1200万人", "12 mln people"),
                   ("上午10时开始", "opened at 10am"), ("下午3时", "at 3pm")):
        assert match_quantities(extract_zh(zh), extract_en(en)) == ([], []), en
    uz, ue = match_quantities(extract_zh("国内生产总值达到141.2万亿元"),
                              extract_en("GDP reached RMB14.12trn"))
    assert uz and ue


def test_an_llm_numbered_list_run_on_is_no_figure() -> None:
    """"We should: 1. stay …; 2. advance …" (an LLM's markdown list, its lines joined): item
    numbers 1, 2, … are places; a lone "3." after a colon, or a series not from 1, stays."""
    run_on = "We should: 1. stay committed to openness; 2. advance the FTAAP; 3. uphold the rules."
    assert extract_en(run_on) == []
    assert [q.text for q in extract_en("We should: 2. stay open; 3. advance trade.")] == \
        ["2", "3"]


def test_every_unit_of_measure_has_a_name_for_the_report() -> None:
    """A unit `extract_en`/`extract_zh` may give a figure (the imperial ones of the
    twenty-second round) is named in a finding's expected figure, never a KeyError."""
    from tifa.tm.numbers import MEASURE_NAMES, MEASURES

    assert set(MEASURES) <= set(MEASURE_NAMES)
