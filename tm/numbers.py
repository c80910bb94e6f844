"""Numbers, amounts, dates and ordinals in Chinese and English, made comparable.

The linter uses this to check that a draft keeps every figure of the source: 948亿美元 must come
out as 94.8 billion (dollars), 5月19日 as May 19 or 19 May, 2100多年 as over 2,100 years.

Precision matters more than recall here: a false "number mismatch" on a correct translation
costs a reviser more than a missed one. So small counts written in words (五国 / "five
countries", 两年前 / "two years ago", "first", months without a day) are *soft*: they are used to
pair quantities up but are never reported on their own, and idioms (千百年来, 一系列, 一带一路,
百年变局) are not quantities at all.
"""

from __future__ import annotations

import datetime
import itertools
import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, replace
from decimal import Decimal

from tifa.tm.base.english import NUMBER_WORDS as _UNITS_EN
from tifa.tm.base.english import ORDINAL_WORDS as _ORD_EN
from tifa.tm.base.script import to_simplified

__all__ = ["Quantity", "MEASURES", "extract_zh", "extract_en", "match_quantities", "is_soft",
           "restates",
           "unit_clash", "pair_quantities", "direction_zh", "direction_en", "bound_zh",
           "bound_en", "hedged_en", "hedged_zh", "numeral_spelling", "spells_name", "WEEKDAYS",
           "PARTS_OF_MONTH", "BASES", "HALVES", "PARTS_OF_YEAR", "FREQUENCIES"]


@dataclass(frozen=True)
class Quantity:
    kind: str  # number | percent | money | date | year | ordinal | duration | month | day
    #            | relative (今年 "this year": value ("year", 0); 去年 ("year", -1))
    value: float | tuple  # comparable value: 9.48e10; (5, 19) for May 19; (5,) for May
    approx: bool  # 多/余/约/over/more than
    unit: str | None  # "USD", "CNY", "km", "m2", "t", "years", ... (None when unknown)
    span: tuple[int, int]  # character offsets in the text
    text: str


# ---------------------------------------------------------------- Chinese

_FW = str.maketrans("０１２３４５６７８９．，％", "0123456789.,%")
# Where folding changes what the patterns see: full-width digits, ．and ％, a ，between digits.
_FULL_WIDTH = re.compile(r"[０-９．％]|\d，\d")
# a text's full-width digits folded, and a full-width comma only as a thousands separator
# (1，234): "8:30—12:00，14:30—17:30" is two ranges, not a figure 00,14
_FW_TEXT = str.maketrans("０１２３４５６７８９．％", "0123456789.%")
_FW_THOUSANDS = re.compile(r"(?<=\d)，(?=\d{3}(?!\d))")
_CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
             "七": 7, "八": 8, "九": 9}
_CN_SMALL_UNIT = {"十": 10, "百": 100, "千": 1000}
_CN_BIG_UNIT = {"万": 10_000, "亿": 100_000_000}

# after a numeral, a session of a body of a given term (届): 三次会议, 二次全体会议; and a
# plenum of a central committee, 四中全会 "the fourth plenary session" (twenty-sixth round:
# the glossary names only the current committee's, and a plenum of another party or term,
# 越共十三届十中全会, was no figure at all: "10th plenum" was one added, "ninth" unseen)
_SESSION = ("次会议", "次全体会议")
_TERM_BEFORE = re.compile(r"届[^，。；：！？、,;\d〇零一二两三四五六七八九十]{0,14}$")
# Words that make a preceding Chinese numeral a countable quantity worth checking.
_ZH_CLASSIFIERS = (
    "周年|世纪|年代|年|个|国|届|次|项|家|人|名|位|天|日|月|公里|千米|米|吨|倍|条|座|所|批|份|"
    "岁|大|方面|种|类|支|架|辆|部|本|篇|场|轮|周|小时|分钟|亩|公顷|万|亿|多|余|路|省|市|县|村|"
    "级|"  # 三级应急响应 "a level-3 emergency response", 十级大风
    "号|"  # 嫦娥六号 "Chang'e-6", 神舟十八号 "Shenzhou-18", 三号线 "Line 3"
    # trains, ships, satellites, households, deals, cases, TEUs… (not 台 of 五台山, 处 of 四处
    # "everywhere", 头 of 两头 "both ends", 只 "only", 首 "first", 张 of 两张皮 "disconnected")
    "列|趟|艘|件|套|枚|颗|户|笔|标箱|例|块|株|棵|"
    # 三点建议 "three proposals" (not 三点半, a time; not 三点五, a decimal)
    "点(?=建议|主张|意见|倡议|看法|要求|共识|希望|原则|考虑|体会|启示|措施|举措)|"
    "连冠|连胜|连霸|连败"  # 六连冠 "a sixth straight title"
)
_ZH_CURRENCY = (("美元", "USD"), ("欧元", "EUR"), ("卢布", "RUB"), ("肯尼亚先令", "KES"),
                ("元人民币", "CNY"),
                ("人民币", "CNY"), ("元", "CNY"))
_ZH_UNITS = {"公斤/亩": "kg/mu", "公斤/公顷": "kg/ha", "千克/公顷": "kg/ha", "吨/公顷": "t/ha",
             "米/秒": "m/s", "米每秒": "m/s", "公里/小时": "km/h",
             "千米/小时": "km/h", "平方公里": "km2", "平方千米": "km2", "平方米": "m2",
             "立方米": "m3", "公里": "km",
             "千米": "km", "英里": "mi", "毫米": "mm", "厘米": "cm", "米": "m", "公顷": "ha",
             "亩": "mu", "吨": "t",
             "斤": "jin", "千瓦时": "kWh", "千瓦": "kW", "兆瓦": "MW", "吉瓦": "GW",
             # a line's voltage, as a power company's outage notice names it (10千伏翠湖线
             # "the 10 kV Cuihu line")
             "千伏": "kV",
             "公斤": "kg", "千克": "kg", "毫克": "mg", "克": "g", "分钟": "min", "小时": "h",
             "天": "d",
             # a unit in Latin letters glued to the figure, as a label or a lab report writes
             # it (0.32mg/kg, 100m, 0.5g)
             "mg": "mg", "kg": "kg", "km": "km", "g": "g", "t": "t", "m": "m",
             "年": "years", "周年": "years",
             "次": "times",  # a frequency: 两次会晤 "met twice" (no measure: never converted)
             # trains or flights both ways: 每日4对 is "four pairs" or "eight trains a day"
             "对": "pairs"}
# Units of measure: code → (dimension, size in the dimension's base unit). A figure in another
# unit of the same dimension is compared after conversion (98.8 km = 98,800 metres); one in the
# same dimension but a different value is a changed unit (98.8千米 → "98.8 metres").
MEASURES = {"km": ("length", 1e3), "m": ("length", 1.0), "mi": ("length", 1609.344),
            # the imperial units an American or British paper converts to in brackets
            "in": ("length", 0.0254), "ft": ("length", 0.3048), "acre": ("area", 4046.8564224),
            "mi2": ("area", 2589988.110336), "mm": ("length", 1e-3), "cm": ("length", 1e-2),
            # a speed: 45米/秒 "45 metres per second (about 162 km/h)"
            "m/s": ("speed", 1.0), "km/h": ("speed", 1 / 3.6),
            "km2": ("area", 1e6), "m2": ("area", 1.0), "ha": ("area", 1e4),
            # a crop report's thousand and million hectares ("26.61 Mha (-32 kha)")
            "kha": ("area", 1e7), "Mha": ("area", 1e10),
            "mu": ("area", 1e4 / 15), "m3": ("volume", 1.0), "t": ("mass", 1e3),
            # an ESG report's kilotonnes and megatonnes ("486 ktCO2e" for 48.6万吨二氧化碳当量),
            # a carbon market's gigatonnes ("some 8Gt of CO2" for 约80亿吨)
            "kt": ("mass", 1e6), "Mt": ("mass", 1e9), "Gt": ("mass", 1e12),
            "jin": ("mass", 0.5), "kW": ("power", 1.0), "MW": ("power", 1e3),
            "GW": ("power", 1e6), "TW": ("power", 1e9), "kWh": ("energy", 1.0),
            "GWh": ("energy", 1e6),
            "TWh": ("energy", 1e9), "kV": ("voltage", 1.0),
            "kg": ("mass", 1.0), "g": ("mass", 1e-3), "mg": ("mass", 1e-6),
            # a yield per unit of area: 397.6公斤/亩 is "5,964 kg per hectare"
            "kg/mu": ("yield", 15.0), "kg/ha": ("yield", 1.0), "t/ha": ("yield", 1e3),
            "min": ("time", 60.0), "h": ("time", 3600.0),
            "d": ("time", 86400.0)}

_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
# a figure in scientific notation, as a lab report writes a count: 2.4×10⁴ (24,000), 3 x 10^5
_SCI = (r"(?P<n>\d(?<![\d.]\d)\d*(?:\.\d+)?)\s*[×xX]\s*10"
        r"(?:\^\s*(?P<e>-?\d{1,2})|(?P<s>[⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}))(?![\d⁰¹²³⁴⁵⁶⁷⁸⁹])")
_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")


def _sci(g: dict) -> float:
    """The value of a figure `_SCI` matched."""
    return float(g["n"]) * 10.0 ** int(g["e"] or g["s"].translate(_SUPERSCRIPT))

_CN_NUM = "[零〇一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿]*"

# Patterns start with a character class, the "not preceded by" test coming after the first
# character (`\d(?<![A-Za-z\d.,]\d)` rather than `(?<![A-Za-z\d.,])\d`): the same matches,
# but the regex engine can skip ahead to candidate characters instead of trying every position.
_NOT_BULK = r"[\d零〇一二两三四五六七八九十百千万亿几数成上]"
# (after a label in 【】, as a package insert opens a section: 【注意事项】1. 用于……)
_LIST_NO = re.compile(r"^\s*(?:【[^】]{1,10}】\s*)?(?:[(（]\d{1,2}[)）]|\d{1,2}[.、)）](?!\d))")
_LIST_CN = re.compile(r"^\s*(?:[(（][一二三四五六七八九十]{1,3}[)）]"
                      r"|[一二三四五六七八九十]{1,3}[、．](?![零〇一二两三四五六七八九十百千万亿]))")
# The names monarchs and popes reign under, as Chinese transliterates them and English writes
# them: 路易十四 "Louis XIV", 查尔斯三世 "Charles III", 利奥十四世 "Leo XIV"
_REGNAL_ZH = ("路易|亨利|乔治|爱德华|伊丽莎白|查尔斯|查理|威廉|腓特烈|彼得|亚历山大|尼古拉|本笃|"
              "利奥|庇护|保禄|卡洛斯|费利佩|胡安|拉玛|古斯塔夫|哈拉尔|玛格丽特|克里斯蒂安|"
              "路德维希|腓力|菲利普|拿破仑|理查|詹姆斯|叶卡捷琳娜|格列高利")
_REGNAL_EN = frozenset(
    "louis henry george edward elizabeth charles william frederick peter alexander nicholas "
    "benedict leo pius paul carlos felipe juan rama gustaf harald margrethe christian ludwig "
    "philip napoleon richard james catherine gregory".split())
_ZH_PATTERNS = [
    # a monarch's or a pope's number: part of the name, as English writes it in Roman
    ("regnal", re.compile(rf"(?:{_REGNAL_ZH})(?P<n>[一二三四五六七八九十]{{1,3}})"
                          r"(?:世|(?![\d\u4e00-\u9fff]?[岁年个多人号次]))")),
    # a list number opening a sentence (1.加强…, （2）拓展…, 3、深化…): the item's place, read
    # as English list numbers are ("2. Expand…"), not as a figure
    ("listno", _LIST_NO),
    # (and run on after a colon or a full stop, as an app's or a leaflet's list is joined into
    # one paragraph: 主要功能：1.扫码乘车：…。2.实时到站：…; a digit, a point and a character is
    # never a decimal; and a social-media thread's post number out of their count, "2/6 第一件…",
    # as the English side reads it; with a space after the point or with 、, as a job
    # advertisement's duties are numbered line by line, 岗位职责：1. 负责…；2、分析…, which the
    # English may give as bullets; genres17; not the minutes of a clock time, 首班车6:30、末班车)
    ("listno", re.compile(r"(?<=[：:；;。])(?<!\d:)\d{1,2}(?:[.．]\s?|、)(?=[\u4e00-\u9fff])"
                          r"|^\s*\d{1,2}/\d{1,2}(?=\s)")),
    # the same in Chinese numerals, as joint statements number their articles and points
    # (十二、双方支持…, （三）能源。): never before another numeral (三、四月间 is a count)
    ("listcn", _LIST_CN),
    # days known by their date: 九一八事变 "the September 18th Incident", 十一黄金周 "the National
    # Day Golden Week", 五四运动 "the May Fourth Movement"; 九二共识 is "the 1992 Consensus"
    ("named", re.compile(r"九二(?=共识)|九一八|七七(?=事变|卢沟桥)|双十一"
                         r"|(?:五四|五卅|一二[·•・]?九)(?=运动|青年节|精神|以来)"
                         r"|五一(?=劳动节|国际劳动节|假期|长假|黄金周|小长假)|六一(?=儿童节|国际儿童节)"
                         r"|七一(?=讲话|重要讲话|建党|前夕|勋章)|八一(?=建军节|南昌起义|勋章)"
                         r"|三八(?=妇女节|国际妇女节|国际劳动妇女节|红旗)|九三(?=阅兵|胜利日)"
                         r"|十一(?=黄金周|长假|假期|小长假|国庆|期间)"
                         # any month·day so written: “八·一七”公报 "the August 17 Communiqué",
                         # “五·一二”地震, “九·一一”事件 (the day digit by digit)
                         r"|(?:十[一二]?|[一二三四五六七八九]{1,2})[·•・]"
                         r"[〇一二三四五六七八九]{1,2}(?![〇零一二三四五六七八九十百千万亿])")),
    # 每万人口 "per 10,000 people", 每千人 "per 1,000", 每十万人 "per 100,000": the base of a
    # rate, a figure the English writes (not 每千克 "per kilogram", 每百分点 …)
    # (and without 每, as a pest survey counts per hundred plants: 百株虫量达到5头 "5 larvae
    # per 100 plants", 百穴, 千粒重 "thousand-grain weight"; never after a numeral, 五百株)
    ("per", re.compile(r"(?:每|(?<![\d〇零一二两三四五六七八九十百千万亿])"
                       r"(?=[百千](?:株|穴|丛|蔸|粒)))(?P<n>十万|百万|万|千|百)(?![克米瓦焦帕伏兆分比亿元])")),
    # 上世纪90年代 "the 1990s", 九十年代 "the nineties", 2010年代, 21世纪20年代 "the 2020s": a
    # decade, not 90 years (the century when the text gives it)
    ("decade", re.compile(r"(?:(?P<c>上|本|\d{2}|[二十一九]{2,3})世纪)?"
                          r"(?P<d>(?:1[89]|20)?\d0|[一二三四五六七八九]十)年代")),
    # 上世纪末 "the late 1990s", 十九世纪末 "the late 1800s", 二十世纪初 "the early 1900s": the
    # part of a century as the decade English may give it (twenty-second round), soft: "the
    # end of the last century" gives no figure
    ("centurypart", re.compile(r"(?P<c>上|本|\d{2}|[二十一九]{2,3})世纪"
                               r"(?P<p>末|初|中叶|中期|之交)")),
    # a date as a source line or a web page writes it: 来源：新华网 2026-06-12 08:15, 2026/6/12
    # (read as English reads "2026-06-12": the year and the date, not three counts)
    ("isodate", re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d\d)(?P<s>[-/.])(?P<m>[01]?\d)(?P=s)"
                           r"(?P<d>[0-3]?\d)(?![\d.])")),
    # 2023年5月19日, 6月16日至18日, 5月19日
    ("date", re.compile(
        r"(?:(?P<y>\d{4})\s*年\s*)?(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]"
        r"(?:\s*(?:至|到|—|－|-|~|～)\s*(?:(?P<m2>\d{1,2})\s*月\s*)?(?P<d2>\d{1,2})\s*[日号])?")),
    ("yearmonth", re.compile(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月")),
    # 10月, and a range of months 1至10月 (January to October), read as two months
    ("month", re.compile(r"(?<!\d)(?:(?P<m0>\d{1,2})\s*(?:至|到|—|－|-|~|～)\s*)?"
                         r"(?P<m>\d{1,2})\s*月(?!\d)")),
    # 25日 (and 25日18时, the 25th at 18:00), not 25日本 nor a figure glued on
    ("day", re.compile(r"(?P<d>\d(?<![\d月]\d)\d?)日(?!本)(?!\d(?!\d?[时点:：]))")),
    # (a year before its months' range, 2026年1—10月份, and a year's 年度, 2027年度 "for
    # 2027", are the year too; genres15)
    ("year", re.compile(r"(?P<y>(?:1[89]|20)(?<![\d.]..)\d\d)年"
                        r"(?!代|\d(?!\d?[—–\-~～至]\d{1,2}月))")),
    # 二〇二六年十一月十八日, 十一月十八日: a date in Chinese numerals, as a statement is signed
    ("cndate", re.compile(r"(?:(?P<y>[〇零一二三四五六七八九]{4})年)?"
                          r"(?P<m>十[一二]?|[一二三四五六七八九])月(?P<d>[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]")),
    # 前10个月 "the first ten months": January to October
    ("firstmonths", re.compile(r"前(?P<n>\d{1,2}|[两三四五六七八九十]|十一)个月")),
    # 百分之六点三 "6.3 percent" (the decimal part read too, as 千分之四点五's)
    ("percent_cn", re.compile(r"百分之(?P<n>" + _NUM + "|" + _CN_NUM
                              + "(?:点[零〇一二三四五六七八九]+)?)")),
    # 千分之四点五 "4.5 per thousand", a rate like 4.5‰
    ("permille", re.compile(r"千分之(?P<n>" + _NUM + "|" + _CN_NUM
                            + "(?:点[零〇一二三四五六七八九]+)?)")),
    # 三成 "30 percent", 两成 "a fifth": tenths, soft (a translator may write a fraction)
    # 三分之二 "two thirds", 近三分之一 "nearly a third": a share, soft like tenths
    ("partcentury", re.compile(r"(?P<f>半|四分之一)个?世纪")),  # 50 or 25 years
    ("fraction", re.compile(r"(?P<d>[二三四五六七八九十])分之(?P<n>[一二三四五六七八九])")),
    # (matched from 成, the numeral before it looked behind for: 成 is common, 三成 rare)
    ("tenths", re.compile(r"成(?<=(?:[一二两三四五六七八九](?<![数几上成一].)"
                          r"|(?<![一二三四五六七八九])十)成)"
                          r"(?![为立功就熟本绩长交效果品型语年员不千套批片真])")),
    # 三季度, 第三季度 "the third quarter", "Q3" (not 前三季度, "the first three quarters");
    # 上半年 "the first half", "H1": a period of the year, soft
    # 前三季度 "the first three quarters" (January to September), 前两季度 = 上半年
    ("period", re.compile(r"(?:第(?P<n1>[一二三四])|(?P<n>[一二三四])(?<!前.)"
                          r"|前(?P<k>[两二三])个?)季度|(?P<h>[上下])半年")),
    # (第三方 "a third party" is no figure)
    # (a rule's numbered article: 《反兴奋剂规则》第10.2条 "Article 10.2")
    ("ordinal", re.compile(r"第(?!三方)(?P<n>\d+\.\d+(?=条)|\d+|" + _CN_NUM + ")")),
    # 半年 as a term among terms (三个月、半年、一年期 "3 months, 6 months, 1 year"), or 半年期
    ("halfyear", re.compile(r"(?<=[、月])半年(?=期|、)")),
    # a programme's or a document's labelled part: 分论坛二：… "Session 2:", 附件三 "Annex 3",
    # 案例一： "Case 1:" (a court's typical cases)
    ("label", re.compile(r"(?<=论坛|议题|单元|专题|环节|板块|附件|附录|方案|阶段|分组|会场|展区"
                         r"|案例|问题)"
                         r"(?P<n>[一二三四五六七八九十]{1,3})(?=[：:\s]|$)"
                         # 范围一和范围二排放 "Scope 1 and 2 emissions", as an ESG report
                         # counts greenhouse gases
                         r"|(?<=范围)(?P<s>[一二三])(?=[和、及与]|排放|温室气体)")),
    ("plan", re.compile(r"(?P<n>十[一二三四五六七八九])五(?:规划)?(?=[”\"」』]|规划)")),
    ("first", re.compile(r"首(?:届|次|个|批)")),
    # a central committee's plenum, 四中全会 "the fourth plenary session", "fourth plenum"
    # (twenty-sixth round: the glossary names only the current committee's; a plenum of
    # another term or party, 越共十三届十中全会, was no figure, so "10th plenum" was one added
    # and "ninth plenum" for it unseen)
    ("plenum", re.compile(r"(?P<n>[一二三四五六七八九十]{1,3})(?=中全会)")),
    # 增长了两倍 "tripled" (grown by twice itself: three times as large), 增长到两倍 and 是……的两倍
    # "doubled": a ratio, soft in words, its form kept as unit "by" or "to" (`_multiple_fits`)
    ("multiple", re.compile(r"(?:(?P<verb>增长|增加|提高|上升|上涨|扩大|增)"
                            r"(?:了|(?P<to>到了?|至|为|达))?|的)"
                            r"(?P<q>(?P<about>约|近)?(?P<n>" + _NUM + "|" + _CN_NUM +
                            r")倍(?P<more>多)?)")),
    # 翻一番 "doubled", 翻两番 "quadrupled", 增加一倍 "doubled", 减半 "halved": a ratio, soft
    # (翻了一番, 减少了一半 with the aspect particle too)
    ("ratio", re.compile(r"翻了?(?P<n>[一两三])番|(?<=[增加长高大])(?:约|了)?一倍|减半|"
                         r"(?:减少|下降|降低)了?一半")),
    # 一半, 半数 "half (of)": a share, soft like 三成 (after the ratio: 减少了一半 is halved)
    ("half_cn", re.compile(r"一半|半数")),
    # a level or a class in Roman numerals, as emergency responses and water quality are graded
    # (防汛Ⅲ级应急响应 "a Level III response", III类水): English reads "Level III" as 3
    # (and the first end of a range of them, Ⅰ—Ⅲ类 "Grade I–III")
    ("level", re.compile(r"(?P<r>(?<![A-Za-z])[IVX]{1,4}|[Ⅰ-Ⅻ])"
                         r"(?=(?:[—–－～~至到-](?:[IVX]{1,4}|[Ⅰ-Ⅻ]))?[级类])")),
    # G20峰会 as English writes it ("the G20 Summit"), the same figure as 二十国集团
    ("group", re.compile(r"(?<![A-Za-z\d])G(?P<n>20|77|7|8)(?![A-Za-z\d])")),
    # an hour of the clock after a part of the day: 下午3时, 晚上八点, 上午十时 — the hour as
    # English gives it, "3 p.m." (read 15 there) is 15, "10 a.m." 10
    # (and after a day: 1月10日零时 "from 00:00 on Jan 10", 25日十八时)
    # (or bare, where what follows says it is the clock: 十点结束, 八点开始, 9时许, 十点半 — an
    # hour of either half of the day, "10 a.m." or "10 p.m.", unit "h12"; not 十点建议)
    ("clockcn", re.compile(r"(?:(?P<p>上午|下午|晚上|傍晚|凌晨|早上|早晨|清晨|中午|午后|晚间|夜间"
                           r"|夜里)|(?<=\d日))"
                           r"(?P<n>\d{1,2}|[零〇一二两三四五六七八九十]{1,3})(?=[时点])"
                           r"|(?<![\d零〇一二两三四五六七八九十百千万亿第])"
                           r"(?P<b>\d{1,2}|[〇二三四五六七八九十]|十[一二]|[零〇]?[一二三四五六七八九])"
                           r"(?=[时点](?:钟|整|半|\d{1,2}分|[零〇一二三四五六七八九十]{1,3}分|左右|前后?|"
                           r"开始|结束|起|止|至|到|—|－|~|～|许))")),
    # a whole hour in digits, as a programme writes it (09:00), read as English reads "09:00":
    # the hour, the minutes ":00" no figure of their own
    ("hour", re.compile(r"(?<![\d:.])(?P<h>[01]?\d|2[0-4]):00(?![\d:])")),
    # a score or a vote, 三比一, 3比1 ("3-1", "3 to 1"): its two figures (not 比去年, 比上月)
    ("score", re.compile(r"(?<![\d零〇一二两三四五六七八九十百千万亿])"
                         r"(?P<a>\d{1,3}|[零〇一二两三四五六七八九十]{1,3})"
                         r"比(?P<c>\d{1,3}|[零〇一二两三四五六七八九十]{1,3})"
                         r"(?![\d零〇一二两三四五六七八九十百千万亿倍例重率])")),
    ("sci", re.compile(_SCI)),
    # money as it is spoken: 4块5 "4.50 yuan", 两块钱 "2 yuan", 5毛钱 "50 fen" (0.5 yuan); not a
    # count of pieces (3块金牌, 一块土地: 块 before a noun)
    ("kuai", re.compile(r"(?P<y>\d+|[一两二三四五六七八九十]+)块"
                        r"(?:(?P<j>\d|[一二三四五六七八九])毛?"
                        r"(?![\d.,%万千百亿块个元])|钱)"
                        r"|(?<![\d一二两三四五六七八九十百千万.])(?P<j2>\d|[一二两三四五六七八九])毛钱")),
    ("arabic", re.compile(
        # not inside 1,234 / 1.5 / v2; a comma before the figure is only a thousands
        # separator after a digit (，30% follows a Chinese comma, folded to ",")
        # (the decimals possessive: 0.32mg is never the figure 0)
        r"(?P<n>\d(?<![A-Za-z\d.]\d)(?<!\d,\d)\d*(?:,\d{3})*(?:\.\d+)?+)"
        r"(?P<mult>万亿|亿|万|千(?![米瓦克伏]))?(?P<approx>多|余)?(?P<mult2>(?<![万亿千].)(?:万亿|亿|万))?"
        # a unit in Latin letters may be glued on (0.32mg/kg, 100m), no other letter (5G)
        # (a percent may run into letters: 95%CI, a confidence interval)
        # (data and power too: 21.86GB, 500MW; and any unit after a magnitude: 2,630亿GB,
        # 9852亿kWh, 3.2万TEU)
        r"(?:(?P<pct>%)|(?<=[万亿])|(?!(?!(?:mg|kg|km|g|t|m|[KMGTP]B|[kMGT]Wh|[kMG]W|kV)"
        r"(?![A-Za-z]))[A-Za-z\d]))")),
    # a numbered school or hospital of a city or county: 市一高 "No. 1 Senior High School",
    # 县二中, 市一院; a numbered bridge over a river, 长江二桥, 临江一桥 "Linjiang No. 1 Bridge"
    # (an ordinal, written with a figure in English); a numbered division of a court, 民四庭
    # "the No. 4 Civil Division" or "the Fourth Civil Division", 刑一庭
    ("school", re.compile(r"(?<=[市县区省州])(?<!全[市县区省州])(?P<n>[一二三四五六七八九])"
                          r"(?=[中高小院])|(?<=[江河])(?P<b>[一二三四五六七八九])(?=桥)"
                          r"|(?<=[民刑])(?P<c>[一二三四五六七八九])(?=庭)")),
    # (not 唯一 "only": 唯一两次获奖 says "twice", no 一两)
    ("cn", re.compile(r"(?P<n>[零〇一二两三四五六七八九十](?<![数几成唯].)(?<!(?<![不得])上.)"
                      r"[零〇一二两三四五六七八九十百千万亿]*+)(?=" + _ZH_CLASSIFIERS + ")")),
    # a count opening a short quoted slogan: “四让” "the four lets", “五星”支部 "five-star
    # branches", “三农” (soft: "agriculture, rural areas and farmers" says no figure); not 一
    # (“一带一路” is no count), and read after the classifiers (“十四个坚持”, “四个意识” are theirs)
    ("slogan", re.compile(r"(?<=[“\"「])(?P<n>[两二三四五六七八九十][一二三四五六七八九]?)"
                          r"(?=[\u4e00-\u9fff]{1,5}[”\"」])")),
    # a bare magnitude after "nearly / over": 近百万元, 超万人次, 逾千万吨, 突破万亿元 (a million
    # yuan, 10,000 visits, a trillion yuan), 近百名 "close to 100", 上千家 "over 1,000", 不足百名
    # "fewer than 100" (soft,
    # as "nearly a hundred" is). Only before a counted thing, and never inside 成千上万 or
    # 成百上千 ("thousands upon thousands", "hundreds and thousands").
    ("magnitude", re.compile(r"(?P<n>(?:[十百千](?<=[近超逾约过破上].)(?:万亿|[万亿])"
                             r"|万(?<=[近超逾约过破上].)亿|[万亿](?<=[近超逾约过破上].)"
                             r"|[百千](?:(?<=[近超逾约过上].)|(?<=不[足到].))(?![万亿]))"
                             r"(?<!千上万)(?<!千上亿)(?<!百上千))"
                             r"(?=(?:" + _ZH_CLASSIFIERS + "|人次|元|美元|欧元|吨|平方))")),
    # a bare magnitude before a measure or a currency: 千亿斤 (100 billion jin), 万亿元, 百万吨
    # (not 千亿级, "a 100-billion-class …", nor a magnitude after a numeral: 三千亿元)
    ("bulk", re.compile(r"(?P<n>[十百千](?<!" + _NOT_BULK + r".)(?:万亿|亿|万)|万(?<!" + _NOT_BULK +
                        r".)亿)(?=(?:斤|公斤|吨|元|美元|欧元|千瓦|立方米|平方|公里|亩)(?!级))")),
    # bare compounds such as 二十一, 两千三百: unambiguous once they hold a unit character
    ("cnbare", re.compile(r"(?P<n>[一二两三四五六七八九](?<![数几成].)(?<!(?<![不得])上.)"
                          r"[十百千万亿]"
                          r"[零〇一二两三四五六七八九十百千万亿]*"
                          r"|十(?<![数几上成].)[一二三四五六七八九])")),
]


_NAMED_DAYS = {"九一八": (9, 18), "七七": (7, 7), "双十一": (11, 11), "五四": (5, 4),
               "五卅": (5, 30), "一二九": (12, 9), "五一": (5, 1), "六一": (6, 1),
               "七一": (7, 1), "八一": (8, 1), "三八": (3, 8), "九三": (9, 3), "十一": (10, 1)}
_DIGIT = re.compile(r"\d")
_ROMAN_GRADE = re.compile("[Ⅰ-Ⅻ]|[IVXLC]{1,7}")  # a grade's or a division's Roman numeral
_ROMAN_LEVEL = re.compile("[Ⅰ-Ⅻ]|[IVX][级类]")  # a grade in Roman numerals (no digit)
# A note's reference mark glued to the word or the stop before it: "… peacefully.[1]", 安详[1]。
# (a footnote's number, in either language: no figure of the text)
_FOOTNOTE = re.compile(r"(?<=[^\s\d\[(（【])\[\d{1,2}\](?!\d)")
# a position as navigational warnings and bulletins give it, the same in both languages:
# 18-12.50N, 108-45.20E (degrees-minutes), 18°12.5′N: one figure, compared whole
_COORD = re.compile(r"(?<![\d.-])(?P<d>\d{1,3})(?:-|°\s?)(?P<m>\d{2}(?:\.\d+)?)['′]?\s?"
                    r"(?P<h>[NSEW])(?![A-Za-z])")


_COORD_GATE = re.compile(r"\d['′]?\s?[NSEW](?![A-Za-z])")


def _coordinates(text: str, taken: bytearray, add) -> None:
    """Read each position of `text` as one "coord" figure (degrees, minutes, hemisphere)."""
    if _COORD_GATE.search(text) is None:
        return
    for m in _COORD.finditer(text):
        add("coord", (int(m.group("d")), float(m.group("m")), m.group("h")), *m.span())
        taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())


_CN_CHAR = re.compile("[零〇一二两三四五六七八九十百千万亿首第半]")
_ZH_DIGIT_PATTERNS = {"listno", "isodate", "date", "yearmonth", "month", "day", "year", "group",
                      "hour", "arabic", "level", "sci"}
# Characters one of which each pattern cannot match without.
_ZH_MARKERS = {"sci": "×xX", "kuai": "块毛", "regnal": "一二三四五六七八九十",
               "per": "每株穴丛蔸粒",
               "decade": "代", "centurypart": "纪",
               "group": "G", "hour": ":",
               "named": "一二三五六七八九",
               "isodate": "-/.", "date": "月", "cndate": "月", "yearmonth": "月", "month": "月",
               "day": "日",
               "year": "年", "percent_cn": "之", "permille": "之", "fraction": "之", "tenths": "成",
               "ordinal": "第", "plan": "五", "period": "季半", "halfyear": "半", "first": "首",
               "bulk": "万亿", "firstmonths": "前", "slogan": "“\"「", "level": "级类",
               "ratio": "番倍半", "half_cn": "半", "multiple": "倍", "partcentury": "纪",
               "clockcn": "时点", "score": "比",
               "label": "坛题元节块件录案段组场区例围"}


_AFTERNOON_ZH = frozenset({"下午", "晚上", "傍晚", "午后", "晚间", "夜间", "夜里"})


# a part of the afternoon or evening before a clock time, or before the time a range of
# times starts from (下午2:00, 下午2:00至 before 4:00)
_AFTERNOON_HOUR = re.compile("(?:" + "|".join(_AFTERNOON_ZH) + r")(?:\d{1,2}:\d\d\s*"
                             r"(?:至|到|—|－|-|~|～)\s*)?$")


def _cn_to_number(s: str) -> float | None:
    """Value of a Chinese numeral: 二十一, 两千, 三千五百, 十三亿; 二〇二三 digit by digit."""
    if not s:
        return None
    if all(ch in _CN_DIGIT for ch in s):  # 二〇二三 read digit by digit
        if len(s) == 1:
            return float(_CN_DIGIT[s])
        return float("".join(str(_CN_DIGIT[ch]) for ch in s))
    total, section, digit = 0.0, 0.0, None
    for ch in s:
        if ch in _CN_DIGIT:
            digit = _CN_DIGIT[ch]
        elif ch in _CN_SMALL_UNIT:
            section += (1 if digit is None else digit) * _CN_SMALL_UNIT[ch]
            digit = None
        elif ch in _CN_BIG_UNIT:
            section += digit or 0
            mult = _CN_BIG_UNIT[ch]
            total = (total + section) * mult if mult > 10_000 else total + section * mult
            section, digit = 0.0, None
        else:
            return None
    return total + section + (digit or 0)


def _digitwise(s: str) -> int:
    """A month or day of a dotted date, digit by digit (一七 = 17, 一二 = 12) or 十一 = 11."""
    if s.startswith("十"):
        return int(_cn_to_number(s) or 0)
    return int("".join(str(_CN_DIGIT[ch]) for ch in s))


def _arabic(s: str) -> float:
    return float((s if s.isascii() else s.translate(_FW)).replace(",", ""))


def _zh_num(s: str) -> float | None:
    s = s.translate(_FW)
    return _arabic(s) if s[0].isdigit() else _cn_to_number(s)


_POINTS = ("个百分点", "百分点")
_BASIS_POINTS = ("个基点", "基点")
_MULT = {"万": 1e4, "亿": 1e8, "万亿": 1e12, "千": 1e3}


def _kind_of(tail: str) -> tuple[str, str | None]:
    """What the words after a figure make it: money in a currency, a measure, a duration."""
    for zh, code in _ZH_CURRENCY:
        if tail.startswith(zh):
            return "money", code
    for zh, code in _ZH_UNITS.items():
        if tail.startswith(zh):
            return ("duration" if code == "years" else "number"), code
    return "number", None


_WITHIN = re.compile(r"(?:以|之)?内")
# a limit or a span before N日 makes it a count of days, as treaties and notices write them:
# 停留不超过30日 "stays not exceeding 30 days", 每180日 "in any 180 days", 启用前至少30日
_DAYS_BEFORE = re.compile(r"(?:超过|不少于|不足|不到|满|累计|至少|逾|每|停留|提前|延长)(?:了|约)?$")


def _days_counted(norm: str, a: int, b: int) -> bool:
    """Is the N日 at norm[a:b] a count of days, as laws and notices write them: 30日内
    "within 30 days", 自签订之日起三十日 "30 days from the date of signing", 不超过30日?"""
    return _WITHIN.match(norm, b) is not None or norm.endswith("之日起", 0, a) or \
        _DAYS_BEFORE.search(norm, max(0, a - 4), a) is not None


# a series of months counted from 0 (0、6月, 0、1、6月), as a vaccination schedule gives them
# How far back a pattern that ends where a figure starts (`$` at the figure) is looked for:
# searched from the text's start, each figure cost the whole text before it (a line of
# 100,000 characters of two-digit figures, as a flattened table gives, took 35 s of CPU).
# Each pattern is shorter (a year and its dash, "between" and its spaces, 是 and 15 more).
_LOOKBACK = 80


def _ends_at(rx: re.Pattern, text: str, at: int) -> re.Match | None:
    """`rx`, a pattern anchored at its end (`$`), found ending at `at`."""
    return rx.search(text, max(0, at - _LOOKBACK), at)


_FROM_ZERO = re.compile(r"(?<![\d.])0(?:、\d{1,2})*、$")


def _iso_date(m: re.Match, add) -> bool:
    """Add the year and the date of "2026-06-12" (2026/6/12 in a Chinese source line), in
    either language; False for a month or a day out of range, no date."""
    month, day = int(m.group("m")), int(m.group("d"))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    add("year", float(m.group("y")), m.start("y"), m.end("y"))
    add("date", (month, day), m.start("m"), m.end())
    return True


def extract_zh(text: str) -> list[Quantity]:
    """Quantities in a Chinese sentence (full-width digits understood, spans into `text`)."""
    norm = _FW_THOUSANDS.sub(",", text.translate(_FW_TEXT)) if _FULL_WIDTH.search(text) \
        else text  # same length
    norm = to_simplified(norm)  # 948億 reads as 948亿; one for one, so spans stay in `text`
    taken = bytearray(len(norm))
    out: list[Quantity] = []

    def add(kind: str, value, a: int, b: int, approx: bool = False, unit: str | None = None):
        out.append(Quantity(kind, value, approx, unit, (a, b), text[a:b]))

    for m in _ZH_RELATIVE.finditer(norm):
        word = m.group()
        add("relative", _RELATIVE_ZH[word[0] + word[-1]], *m.span())
    if "上年" in norm:  # 比上年, 较上年 (a pattern of its own: the common case pays nothing)
        for m in _ZH_PRIOR_YEAR.finditer(norm):
            add("relative", ("year", -1), *m.span())
    for m in _FOOTNOTE.finditer(norm):  # a note's reference mark: no figure
        taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    if "-" in norm or "°" in norm:
        _coordinates(norm, taken, add)
    has_digit = _DIGIT.search(norm) is not None or _ROMAN_LEVEL.search(norm) is not None
    has_cn = _CN_CHAR.search(norm) is not None
    if not has_digit and not has_cn:
        return out
    for name, rx in _ZH_PATTERNS:
        if not (has_digit if name in _ZH_DIGIT_PATTERNS else has_digit or has_cn
                if name in ("firstmonths", "decade", "centurypart", "multiple", "clockcn", "score")
                else has_cn):
            continue
        marker = _ZH_MARKERS.get(name)
        if marker is not None and (marker not in norm if len(marker) == 1
                                   else not any(ch in norm for ch in marker)):
            continue  # cheap test before a regex pass
        for m in rx.finditer(norm):
            a, b = m.span()
            if taken.find(1, a, b) >= 0:  # inside a quantity found already
                continue
            g = m.groupdict()
            if name in ("listno", "listcn"):
                pass  # not a quantity
            elif name == "regnal":
                add("number", _cn_to_number(g["n"]), m.start("n"), b)
            elif name == "label":
                add("number", _cn_to_number(g["n"] or g["s"]), a, b)
            elif name == "kuai":
                yuan, jiao = (float(n) if n.isdigit() else _cn_to_number(n) or 0.0
                              for n in (g["y"] or "0", g["j"] or g["j2"] or "0"))
                add("money", yuan + jiao / 10, a, b, unit="CNY")
            elif name == "per":
                add("number", {"十万": 1e5, "百万": 1e6, "万": 1e4, "千": 1e3, "百": 100.0}[g["n"]],
                    m.start("n"), b)
            elif name == "named":
                word = re.sub("[·•・]", "", m.group())
                if word == "九二":
                    add("year", 1992.0, a, b)
                elif word in _NAMED_DAYS:
                    add("named", _NAMED_DAYS[word], a, b)
                else:  # a dotted month·day
                    mo, d = (_digitwise(part) for part in re.split("[·•・]", m.group()))
                    if 1 <= mo <= 12 and 1 <= d <= 31:
                        add("named", (mo, d), a, b)
            elif name == "decade":
                d = _zh_num(g["d"])
                century = {"上": 20, "本": 21}.get(g["c"] or "") or (
                    _zh_num(g["c"]) if g["c"] else None)
                if d is None:
                    continue
                add("decade", d + 100 * (century - 1) if century and d < 100 else d, a, b)
            elif name == "centurypart":
                century = {"上": 20, "本": 21}.get(g["c"]) or _zh_num(g["c"])
                if century:
                    part = {"末": 90, "初": 0, "之交": 90}.get(g["p"], 50)
                    add("decade", 100 * (century - 1) + part, a, b, True)
            elif name == "isodate":
                if not _iso_date(m, add):
                    continue
            elif name == "date":
                if g["y"]:
                    add("year", float(g["y"]), m.start("y"), m.end("y"))
                mo, d = int(g["m"]), int(g["d"])
                if not (1 <= mo <= 12 and 1 <= d <= 31):
                    continue
                add("date", (mo, d), m.start("m"), m.end("d"))
                if g["d2"]:
                    add("date", (int(g["m2"] or mo), int(g["d2"])), m.start("d2"), b)
            elif name == "cndate":
                mo, d = _cn_to_number(g["m"]), _cn_to_number(g["d"])
                if not (mo and d and d <= 31):
                    continue
                if g["y"]:
                    add("year", _cn_to_number(g["y"]), m.start("y"), m.end("y"))
                add("date", (int(mo), int(d)), m.start("m"), b)
            elif name == "yearmonth":
                add("year", float(g["y"]), a, m.end("y"))
                add("month", (int(g["m"]),), m.start("m"), b)
            elif name == "month":
                if not 1 <= int(g["m"]) <= 12 or not 1 <= int(g["m0"] or 1) <= 12:
                    continue
                if norm.endswith("、", 0, a) and _ends_at(_FROM_ZERO, norm, a):
                    # 按0、6月程序接种 "a 0- and 6-month schedule"
                    add("number", float(g["m"]), m.start("m"), b - 1)
                    taken[a:b] = b"\x01" * (b - a)
                    continue
                if g["m0"]:
                    add("month", (int(g["m0"]),), a, m.end("m0"))
                add("month", (int(g["m"]),), m.start("m"), b)
            elif name == "day":
                if norm.endswith("第", 0, a):  # 之日起第30日生效 "on the 30th day"
                    add("ordinal", float(g["d"]), a - 1, b)
                elif _days_counted(norm, a, b):
                    add("number", float(g["d"]), a, b - 1, unit="d")
                else:
                    add("day", (None, int(g["d"])), a, b)
            elif name == "year":
                add("year", float(g["y"]), a, b)
            elif name == "firstmonths":
                month = int(_zh_num(g["n"]))
                if 2 <= month <= 12:
                    add("month", (1,), a, m.start("n"))
                    add("month", (month,), m.start("n"), b)
            elif name in ("percent_cn", "permille"):
                whole, _, frac = g["n"].partition("点")
                v = _zh_num(whole)
                if v is None:
                    continue
                if frac:
                    v = float(f"{int(v)}." + "".join(str(_CN_DIGIT[ch]) for ch in frac))
                add("percent", v, a, b, unit="%" if name == "percent_cn" else "‰")
            elif name == "partcentury":
                add("duration", 50.0 if g["f"] == "半" else 25.0, a, b, True, "years")
            elif name == "fraction":
                d, n = _cn_to_number(g["d"]), _cn_to_number(g["n"])
                if n < d:
                    add("percent", 100 * n / d, a, b, unit="%")
            elif name == "half_cn":
                add("percent", 50.0, a, b, unit="%")
            elif name == "tenths":
                a -= 1  # the numeral
                if taken[a]:
                    continue
                add("percent", _cn_to_number(norm[a]) * 10, a, b, unit="%")
            elif name == "ordinal":
                v = _zh_num(g["n"])
                if v is None or not v:
                    continue
                if norm.startswith("第一时间", a):  # "at once", not an ordinal
                    continue
                add("ordinal", v, a, b)
            elif name == "group":
                add("number", float(g["n"]), a, b)
            elif name == "level":
                r = g["r"]
                add("number", float(roman(r) if r.isascii() else unicodedata.numeric(r)), a, b)
            elif name == "clockcn":
                n = g["n"] or g["b"]
                h = _cn_to_number(n.lstrip("零〇") or n) if not n.isdigit() else float(n)
                if n in ("零", "〇"):
                    h = 0.0
                if h is None or h > 24:
                    continue
                if h < 12 and g["p"] in _AFTERNOON_ZH:
                    h += 12
                add("number", float(h), m.start("n" if g["n"] else "b"), b,
                    unit="h12" if g["b"] and h <= 12 else None)
            elif name == "score":
                for part in ("a", "c"):
                    n = g[part]
                    v = float(n) if n.isdigit() else _cn_to_number(n)
                    if v is not None:
                        add("number", float(v), m.start(part), m.end(part))
            elif name == "hour":
                h = float(g["h"])
                if h < 12 and _AFTERNOON_HOUR.search(norm, max(0, a - 14), a):
                    h += 12  # 下午2:00至4:00 "between 2:00 and 4:00 p.m.": 14 and 16
                add("number", h, a, m.end("h"))
            elif name == "sci":
                add("number", _sci(g), a, b)
            elif name == "plan":  # 十四五 → the 14th Five-Year Plan
                add("ordinal", _cn_to_number(g["n"]), a, m.end("n"))
            elif name == "first":
                add("ordinal", 1.0, a, b)
            elif name == "plenum":
                add("ordinal", _cn_to_number(g["n"]), a, b)
            elif name == "halfyear":
                add("number", 6.0, a, b)
            elif name == "period":
                if g["h"]:
                    add("period", ("half", 1 if g["h"] == "上" else 2), a, b)
                elif g["k"]:
                    add("period", _first_quarters(int(_cn_to_number(g["k"]))), a, b)
                else:
                    add("period", ("quarter", int(_cn_to_number(g["n"] or g["n1"]))), a, b)
            elif name == "multiple":
                n = _arabic(g["n"]) if g["n"][0].isdigit() else _cn_to_number(g["n"])
                if not n or not g["verb"] and not _ends_at(_MULTIPLE_OF, norm, a):
                    continue  # 的两倍 after no 是 or 为: a count the classifier pattern reads
                by = g["verb"] and not g["to"]
                a = m.start("q")
                add("ratio", n + 1 if by else n, a, b, bool(g["more"] or g["about"]),
                    "by" if by else "to")
            elif name == "ratio":
                word = m.group()
                v = 0.5 if "半" in word else 2.0 ** _cn_to_number(g["n"]) if g["n"] else 2.0
                add("ratio", v, a, b)
            elif name == "slogan":
                add("number", _cn_to_number(g["n"]), a, b)
            elif name == "school":
                add("ordinal", _cn_to_number(g["n"] or g["b"] or g["c"]), a, b)
            elif name == "arabic":
                v = _arabic(g["n"]) * _MULT.get(g["mult"] or g["mult2"] or "", 1)  # 100多万
                rest = norm[b:b + 5]
                approx = bool(g["approx"]) or rest.startswith(("多", "余"))
                if g["pct"]:
                    add("percent", v, a, b, approx, "%")
                    continue
                if rest.startswith("‰"):  # 6.77‰: a rate per thousand
                    add("percent", v, a, b + 1, approx, "‰")
                    taken[a:b + 1] = b"\x01" * (b + 1 - a)
                    continue
                if rest.startswith(_POINTS):  # 0.6个百分点: percentage points, not percent
                    b = norm.index("百分点", b) + 3
                    add("percent", v, a, b, approx, "pp")
                    taken[a:b] = b"\x01" * (b - a)
                    continue
                if rest.startswith(_BASIS_POINTS):  # 10个基点 "10 bps": 0.1 percentage point
                    b = norm.index("基点", b) + 2
                    add("percent", v / 100, a, b, approx, "pp")
                    taken[a:b] = b"\x01" * (b - a)
                    continue
                kind, unit = _kind_of(rest[1:] if rest.startswith(("多", "余")) else rest)
                add(kind, v + 0.5 if _HALF_AFTER.match(norm, b) else v, a, b, approx, unit)
            elif name == "bulk":
                kind, unit = _kind_of(norm[b:b + 5])
                add(kind, _cn_to_number("一" + g["n"]), a, b, unit=unit)
            elif name == "magnitude":
                kind, unit = _kind_of(norm[b:b + 5])
                add(kind, _cn_to_number("一" + g["n"]), a, b, True, unit)
            elif name == "cnbare":
                v = _cn_to_number(g["n"])
                if v is None or v < 11:
                    continue
                kind, unit = _kind_of(norm[b:b + 5])
                add(kind, v, a, b, unit=unit)
            elif name == "cn":
                s = g["n"]
                v = _cn_to_number(s)
                after = norm[b:b + 2]
                if v and norm.startswith(_POINTS, b):  # 一个百分点: a percentage point
                    b = norm.index("百分点", b) + 3
                    add("percent", v, a, b, unit="pp")
                    taken[a:b] = b"\x01" * (b - a)
                    continue
                if v and norm.startswith(_BASIS_POINTS, b):  # 十个基点: 0.1 percentage point
                    b = norm.index("基点", b) + 2
                    add("percent", v / 100, a, b, unit="pp")
                    taken[a:b] = b"\x01" * (b - a)
                    continue
                # 一个, 一道, 一系列: the article "a", not a count; but 一号文件 is "No. 1"
                # (一周年 is "the first anniversary", read as 十周年 is)
                if v is None or v == 1 and after[:1] != "号" and not \
                        norm.startswith(("周年", "年期"), b) or (v == 0):
                    continue
                if s.startswith("十") and after[:1] in "分字足" and len(s) == 1:
                    continue
                # 十二月, 二十日, 十周年 (the tenth anniversary, never soft) are read whole, so
                # that 十二 is not read again as a bare number
                whole = None
                if after.startswith("月"):
                    if not (1 <= v <= 12 and len(s) <= 2):
                        continue
                    whole = ("month", (int(v),), b + 1)
                elif after.startswith("日") and _days_counted(norm, a, b + 1):
                    add("number", v, a, b, unit="d")
                    taken[a:b + 1] = b"\x01" * (b + 1 - a)
                    continue
                elif after.startswith("日") and v <= 31:
                    whole = ("day", (None, int(v)), b + 1)
                elif norm.startswith("周年", b):
                    whole = ("ordinal", v, b + 2)
                elif norm.startswith(("连冠", "连胜", "连霸", "连败"), b):
                    whole = ("ordinal", v, b)  # 六连冠: the sixth title in a row
                elif norm.startswith(_SESSION, b) and \
                        _TERM_BEFORE.search(norm, max(0, a - 16), a):
                    # 十四届全国人大三次会议: a body's session, its place (the third
                    # session), not three meetings
                    whole = ("ordinal", v, b)
                if whole is not None:
                    add(whole[0], whole[1], a, whole[2])
                    taken[a:whole[2]] = b"\x01" * (whole[2] - a)
                    continue
                approx = after[:1] in ("多", "余")
                if approx and after[1:] in ("万", "亿"):  # 一百多万元: over a million yuan
                    kind, unit = _kind_of(norm[b + 2:b + 7])
                    add(kind, v * _MULT[after[1]], a, b, approx, unit)
                else:
                    years = _CENTURIES.match(norm, b)
                    approx = approx or years is not None and bool({"多", "余"} & set(years[0]))
                    kind = "duration" if years or after.lstrip("多余").startswith("年") \
                        else "number"
                    v = v + 0.5 if _HALF_AFTER.match(norm, b) else v
                    # 两次 "twice"; 长征二号 "Long March-2", a serial, no count of things
                    add(kind, v * 100 if years else v, a, b, approx,
                        "times" if after.startswith("次") else
                        "serial" if after.startswith("号") else None)
            taken[a:b] = b"\x01" * (b - a)
    out.sort(key=lambda q: q.span)
    return ranged(norm, out, _ZH_RANGE, _RESPECTIVELY)


_SPANS_OF_YEARS = {"decades": 10.0, "centuries": 100.0, "millennia": 1000.0}


# 两个多世纪 "more than two centuries", 一个半世纪: years, as the English reads "centuries"
# (`_SPANS_OF_YEARS`; read as the count 2, "two centuries" was a figure lost and one added)
_CENTURIES = re.compile(r"[多余]?个[多余半]?世纪")


# a count and a half of a span: 3个半月 "three and a half months", 两年半, 一个半小时
_HALF_AFTER = re.compile(r"个半(?:月|小时|钟头|世纪)|[年天]半")


# 是去年的两倍, 相当于……的两倍, 增长到原来的两倍: the clause before 的N倍 says "as large as"
_MULTIPLE_OF = re.compile(r"(?:是|为|相当于|达到|增长到|增加到|提高到|扩大到)"
                          r"[^，。；：！？]{0,15}$")
_ZH_RANGE = re.compile(r"\s*(?:至|到|—|－|-|~|～|(?P<and>和|与|、))\s*")
_EN_RANGE = re.compile(r"\s*(?:to|-|–|—|(?P<and>and))\s*")
_BETWEEN = re.compile(r"\bbetween\s+$", re.I)
# (two figures of one unit said "respectively": 分别比上月上升0.9和0.7个百分点)
_RESPECTIVELY = re.compile(r"分别[^，。；：！？\d]{0,8}$")


def ranged(text: str, found: list[Quantity], joint: re.Pattern,
           listed: re.Pattern = _BETWEEN) -> list[Quantity]:
    """The first figure of a range takes the percent of the second: 7%至10% is "7 to 10
    percent" and "7–10%", 0.3至0.7个百分点 "between 0.3 and 0.7 percentage points"; and of two
    joined by "and" after `listed` ("between"; 分别…0.9和0.7个百分点, "up 0.9 and 0.7 percentage
    points respectively")."""
    out = list(found)
    for k in range(len(out) - 1):
        q, nxt = out[k], out[k + 1]
        if q.kind == "number" and q.unit is None and nxt.kind == "percent" and \
                (m := joint.fullmatch(text, q.span[1], nxt.span[0])) and \
                (not m.groupdict().get("and") or _ends_at(listed, text, q.span[0])):
            out[k] = replace(q, kind="percent", unit=nxt.unit)
    return out


# 今年 / 去年 / 明年, 今天, 上个月, 下周: where the text is, relative to its date. The guards keep
# out words that merely contain the pair (如今年轻人, 过去年均, 日本周边, 以上月份, 此后年均).
_ZH_RELATIVE = re.compile(
    r"(?<![如现当古迄])(?:(?<=截至)|(?<!至))今(?:年|天)(?![轻纪龄])|(?<![过失除离来回])去年(?![均度])|明年(?![度])"
    r"|(?<![之以])上个?月(?![份])|(?<![之以])下个?月(?![份])|昨(?:天|日)|明天"
    r"|(?<![日以])本周(?![边期围年])|(?<![以])上周(?![边期围年])|(?<![以天])下周(?![边期围年])")
_ZH_PRIOR_YEAR = re.compile(r"(?<=[比较于与同])上年(?![度纪龄])")
_RELATIVE_ZH = {"今年": ("year", 0), "去年": ("year", -1),
                "明年": ("year", 1),
                "今天": ("day", 0), "昨天": ("day", -1), "昨日": ("day", -1), "明天": ("day", 1),
                "上月": ("month", -1), "下月": ("month", 1), "本周": ("week", 0),
                "上周": ("week", -1), "下周": ("week", 1)}


# ---------------------------------------------------------------- English

_MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december"
    .split())}
_MONTHS.update({"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
                "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12})
_MONTH_RX = (r"(?:January|February|March|April|May|June|July|August|September|October|"
             r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")
# the same beside a day, as notices to mariners and cables write them: "08 TO 10 DEC", "05 DEC
# 2026" (not alone: "CHINA MAY …" is no month)
_MONTH_DAY_RX = (r"(?:" + _MONTH_RX[3:-4] + r"|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|"
                 r"SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|"
                 r"NOV|DEC)\.?")

_SCALES_EN = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
# The press's short scales: "2.45bn yuan", "$1.5tn", "Rmb141.2trn", "1m yuan", "$530k"; the
# wires' "3.82 trln yuan", "$5.7 bln", "12 mln"; a broker's "26.5mn", "474k"
_SCALES_SHORT = {"bn": 1e9, "tn": 1e12, "trn": 1e12, "m": 1e6, "k": 1e3, "trln": 1e12,
                 "bln": 1e9, "mln": 1e6, "mn": 1e6}
# Indian English counts in lakhs and crores: "4.26 lakh people" (42.6万人), "32 crore yuan"
# (3.2亿元)
_SCALES_INDIAN = {"lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7}
_FRACTIONS = {"third": 3, "fourth": 4, "quarter": 4, "fifth": 5, "tenth": 10}
_FRACTION_WORDS = frozenset(_FRACTIONS) | {w + "s" for w in _FRACTIONS}
# a fraction of a scale word: "a quarter of a million", "two thirds of a billion"
_SHARE_OF = re.compile(r"\b(?P<n>an?|one|two|three|four)\s+(?P<d>thirds?|quarters?|fifths?|"
                       r"tenths?)\s+of\s+$", re.I)
_RATIOS = {"doubl": 2.0, "tripl": 3.0, "quadrupl": 4.0, "halv": 0.5}
_RATIO_WORDS = frozenset(stem + end for stem in _RATIOS for end in ("e", "es", "ed", "ing"))
_SECTORS = {"primary": 1.0, "secondary": 2.0, "tertiary": 3.0}
_CENTENARIES = {"centenary": 100, "centennial": 100, "bicentenary": 200, "bicentennial": 200,
                "tercentenary": 300, "tercentennial": 300}
_FOLDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "twenty": 20, "fifty": 50, "hundred": 100, "thousand": 1000}
_FOLD_WORDS = frozenset(f"{w}fold" for w in _FOLDS)  # "hundredfold", "tenfold"
_WORD = "|".join(sorted(_UNITS_EN, key=len, reverse=True))
_SCALE = "|".join(_SCALES_EN)
_ORDW = "|".join(sorted(_ORD_EN, key=len, reverse=True))
# ("and" only after a scale: "one hundred and seven" is one figure, "between one and seven" two)
_AFTER_SCALE = "(?:" + "|".join(f"(?<={w})" for w in _SCALES_EN) + ")"
_WORDNUM = (rf"(?:(?:{_WORD}|{_SCALE})(?:(?:-|\s+|{_AFTER_SCALE}\s+and\s+)(?:{_WORD}|{_SCALE}))*)")
_DIGIT_WORD = "(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
_HHMM = re.compile(r"(?<![\d,.:])(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)(?=(?:\s*(?:-|–|to|TO)\s*"
                   r"(?:[01]\d|2[0-3])[0-5]\d)?\s*(?:LT|UTC|GMT|BJT|Z|local time|"
                   r"Beijing time)\b)")
# the same clock after a word of time, with the hour's leading zero and no mark, as a
# maritime or military report writes it: "arrived at 0440", "landed at 0605" (4时40分, 6时05分);
# a leading zero is no count's ("at 1440" may be one, and is not read)
# (and the range's other end after it: "from 0800 to 1800 hours", 8时至18时; "1800 hours"
# alone may be a duration, and stays a figure)
_HHMM0 = re.compile(r"(?P<h>0(?:" + "|".join(
    rf"(?<=\b[{w[0].upper()}{w[0]}]{w[1:]}\s0)"  # ("At 0440, …" opening a sentence too)
    for w in ("at", "by", "until", "till", "from", "before", "after", "to"))
    + r")\d|[012](?:(?<=0\d[0-5]\d\sto\s[012])|(?<=0\d[0-5]\d[-–][012]))\d(?<![2][4-9])"
    # (any hour after a word of time before "hrs", as a shipping notice writes it: "from 1800
    # hrs on October 14", 18时; genres15)
    + r"|[012](?:" + "|".join(rf"(?<=\b[{w[0].upper()}{w[0]}]{w[1:]}\s[012])"
                              for w in ("at", "by", "until", "till", "from", "before"))
    + r")\d(?<![2][4-9])(?=[0-5]\d\s?hrs\b))"
    r"(?P<mi>[0-5]\d)(?![\w%])(?![.,:]\d)")
_APPROX_EN = re.compile(
    r"(?:more\s+than|over|nearly|almost|about|around|approximately|some|roughly|close\s+to|"
    r"upwards\s+of|in\s+excess\s+of|at\s+least|well\s+over|just\s+over|some)\s+(?:the\s+)?"
    r"(?:US\s*)?\$?$|(?<![\w.])c\s$", re.I)
_CUR_AFTER = re.compile(
    r"\s*(?:(?:US|U\.S\.|American)\s+dollars?|dollars?|yuan|renminbi|RMB|euros?|"
    r"rubles?|roubles?|(?:Kenyan\s+)?shillings?)\b", re.I)
_CUR_SIGN = {"US$": "USD", "$": "USD", "USD": "USD", "RMB": "CNY", "Rmb": "CNY", "CNY": "CNY",
             "€": "EUR", "EUR": "EUR", "¥": "CNY", "S$": "SGD", "HK$": "HKD", "A$": "AUD",
             "C$": "CAD", "NT$": "TWD", "NZ$": "NZD", "£": "GBP",
             # a Kenyan paper's shillings: "Sh13 billion", "KSh 2.4 million" (肯尼亚先令)
             "Sh": "KES", "KSh": "KES", "Ksh": "KES", "KES": "KES"}
_CUR_CODE = {"dollar": "USD", "dollars": "USD", "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY",
             "euro": "EUR", "euros": "EUR", "ruble": "RUB", "rubles": "RUB", "rouble": "RUB",
             "roubles": "RUB", "shilling": "KES", "shillings": "KES"}

_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s*)[\"'“‘(]?\s*$")

# the year each National Congress of the CPC opened
_CPC_CONGRESSES = {1: 1921, 2: 1922, 3: 1923, 4: 1925, 5: 1927, 6: 1928, 7: 1945, 8: 1956,
                   9: 1969, 10: 1973, 11: 1977, 12: 1982, 13: 1987, 14: 1992, 15: 1997,
                   16: 2002, 17: 2007, 18: 2012, 19: 2017, 20: 2022}
_DECADE_WORDS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
                 "seventies": 70, "eighties": 80, "nineties": 90}
_HHMM_MARKS = ("LT", "UTC", "GMT", "BJT", "Z", " time")
_ORD_OF = re.compile(r"\d(?:st|nd|rd|th)\s+of\s")
# an item number inside a sentence, after the colon or the semicolon before it: "(1)" (also
# after a heading's full stop or opening the sentence, where the series starts: "III. Main
# reasons. (1) …; (2) …"), or "1." as an LLM's markdown list whose lines the reader joined
# ("We should: 1. stay …; 2. advance …"; not the item's own "1. Topics: (1) …")
_LIST_RUN = re.compile(r"(?:(?<=[.:;]\s)|^\s*)\((?P<n>\d{1,2})\)(?=\s+\S)"
                       r"|(?<=[:;]\s)(?P<d>\d{1,2})\.(?=\s+\S)")


def _run_on_list(text: str) -> bool:
    """Whether the run-on item numbers of `text` are a series 1, 2, … (two items at least):
    "(1) …; (2) …; (3) …" is a list, "the ratio: (3) …" alone a figure in brackets."""
    ns = [int(m.group("n") or m.group("d")) for m in _LIST_RUN.finditer(text)]
    return len(ns) >= 2 and ns == list(range(1, len(ns) + 1))


_EN_PATTERNS = [
    # names with digits; and a clock time converted in brackets, as wire stories give the
    # time of the place in GMT ("at 09:41 Beijing time (01:41 GMT)"): the same moment again;
    # or the other way round, as space news writes it, the local time in brackets ("at 09:17
    # UTC (5:17 p.m. Beijing time)")
    ("skip", re.compile(r"\b(?:COVID|Covid|covid|SARS-CoV|MERS-CoV|H\dN)-?\d+\b"
                        # a podcast's or a series' own number heading its notes: "Episode 48:"
                        r"|^\s*(?:Episode|Ep\.?)\s+\d{1,4}(?=\s*[:|–—-])"
                        # an alert's own stamp opening it, when the page was last updated:
                        # "Updated 11:00 local time", "Last updated: 14:30 BJT" (the page's,
                        # not a figure of the text; genres16)
                        r"|^\s*(?:Last\s+)?[Uu]pdated:?\s+(?:at\s+)?\d{1,2}[:.]\d\d"
                        r"(?:\s*[ap]\.?m\.?)?(?:\s+(?:local\s+time|[A-Z]{2,4}))?(?=\s|$)"
                        # (… the day before in GMT: "03:26 local time on 14 November
                        # (19:26 UTC, 13 November)")
                        rf"|\(\s*\d{{1,2}}:?\d\d\s*(?:GMT|UTC)(?:\s*(?:,|on)\s*(?:\d{{1,2}}\s+"
                        rf"{_MONTH_RX}|{_MONTH_RX}\s+\d{{1,2}}))?\s*\)"
                        # (the date may stand between: "02:12 UTC on Dec. 3, 2026 (10:12 a.m.
                        # Beijing time)"; a seismology feed's stamp before it: "2026-12-02
                        # 21:12 UTC (05:12 local time, December 3)")
                        r"|(?<![\d:.-])(?:\d{4}-\d\d-\d\d[\sT]+)?\d{1,2}:?\d\d\s*(?:GMT|UTC)"
                        r"(?=(?:,?\s*(?:on\s+)?"
                        rf"(?:{_MONTH_RX}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH_RX})(?:,?\s*\d{{4}})?)?"
                        r"\s*\(\s*\d{1,2}[:.]?\d\d\s*(?:[ap]\.?m\.?\s*)?(?:local|Beijing)\b)")),
    # an earthquake's magnitude as seismology writes it: "M5.4", "Mw 6.1" (5.4级)
    ("quake", re.compile(r"\bM[wsL]?\s?(?P<n>\d\.\d)\b")),
    # a monarch's or a pope's number (路易十四 "Louis XIV", 查尔斯三世 "Charles III")
    ("regnal", re.compile(r"\b(?P<name>[A-Z][a-z]+)\s+(?P<r>[IVX]{1,6})\b")),
    # COP30 = 第三十次缔约方大会 (the 30th Conference of the Parties)
    ("cop", re.compile(r"\bCOP[\s-]?(?P<n>\d{1,2})\b")),
    # an excavated tomb or pit as archaeologists number it: "Tomb M2" for 2号墓, "Pit K1"
    ("tomb", re.compile(r"\b(?:[Tt]omb|[Pp]it|[Gg]rave)s?\s+(?:No\.\s*)?[MK](?P<n>\d{1,4})\b")),
    # a duration in hours and minutes run together, as a timetable writes it: "7h18m"
    ("hmin", re.compile(r"\b(?P<h>\d{1,3})\s?h\s?(?P<mi>[0-5]?\d)(?:\s?m(?:in)?\b|"
                        r"""(?=['’][0-5]\d"))""")),  # (a race's time, 27h52'07": seconds read on)
    # midnight, the hour 0 (零时) or 24 (24时) of the clock
    ("midnight", re.compile(r"\bmidnight\b", re.I)),
    # noon as an end of a range of hours ("8 am–noon", "noon to 2 pm"), 12:00 of a timetable
    # (and the hour alone, "at midday on June 18" for 6月18日12时: soft, `is_soft`)
    ("noon", re.compile(r"(?:(?<=[–—-])|(?<=[–—-] )|(?<=\bto ))noon\b"
                        r"|\b(?<!12 )(?:noon|midday)\b", re.I)),
    # "24/7": round the clock, 24小时 (the days of the week are no figure of the source)
    ("allhours", re.compile(r"(?<![\d/])(?P<n>24)/(?:7|365)(?![\d/])")),
    # a tariff line or commodity code with the Harmonized System's dots, as a customs bulletin
    # writes it: "0303.13.00" is the 税则号列 03031300, "2846.90.19.20" the 海关商品编号
    # 2846901920 (two dots at least: "2846.90" alone is a decimal)
    ("hscode", re.compile(r"(?<![\d.])(?P<n>\d{4}\.\d{2}(?:\.\d{2}){1,2})(?![\d]|\.\d)")),
    # fen and jiao, hundredths and tenths of a yuan, as spoken money is given: "50 fen" (5毛钱)
    ("fen", re.compile(r"\b(?P<n>\d{1,3})\s?(?P<u>fen|jiao)\b")),
    # "the 14th Five-Year Plan (2021-2025)": news English glosses a plan with its years
    ("plan_years", re.compile(r"\b(?P<n>\d{1,2})(?:st|nd|rd|th)\s+Five-Year\s+Plan"
                              r"(?:\s+period)?\s*\(\s*(?P<a>(?:19|20)\d\d)\s*(?:[-–—]|to)\s*"
                              r"(?P<b>(?:19|20)?\d\d)\s*\)", re.I)),
    # "the Party's 18th national congress in 2012": news English gives a CPC congress its year
    ("congress_year", re.compile(
        r"\b(?P<n>\d{1,2})(?:st|nd|rd|th)\s+(?:(?:CPC|Party)\s+)?[Nn]ational\s+[Cc]ongress"
        r"(?P<of>\s+of\s+the\s+(?:CPC|Communist\s+Party\s+of\s+China))?"
        r"(?:\s+in\s+|\s*\(\s*|,\s+)(?P<y>(?:19|20)\d\d)\b")),
    # a decade: "the 1990s", "the early '80s", "the nineties" (上世纪90年代, 八十年代初)
    ("decade_n", re.compile(r"(?:\b(?P<y>1\d\d0|20\d0)|(?:\b(?:the|early|late|mid)[\s-]+['’]?"
                            r"|(?<![\w'’])['’])(?P<d>[1-9]0))['’]?s\b", re.I)),
    ("decade_w", re.compile(r"\b(?:the|early|late|mid)[\s-]+(?P<w>" + "|".join(_DECADE_WORDS)
                            + r")\b", re.I)),
    # a list number opening a sentence, as an LLM numbers 一要…二要… ("1. We should…",
    # "(2) Deepen…", "- 3) …"): the item's place, not a figure of the text
    # (after a label in square brackets too: "[Precautions] 1. Do not use …" for 【注意事项】1.)
    # (not the day after a month's abbreviation: "on Nov. 7. By volume, …")
    ("listno", re.compile(r"(?:^|(?<=[.!?:;\]]\s)"
                          r"(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.\s)"
                          r"(?<!\bSept\.\s))\s*(?:[-*•]\s+|#{1,6}\s+|\*\*)?"
                          # ("1/ From …", "2/4 Year to date …": a social-media thread
                          # numbers its posts so, alone or out of their count)
                          r"(?:\(\d{1,2}\)|\d{1,2}[.)、/]|\d{1,2}/\d{1,2})"
                          r"(?=\s+(?:\*\*)?[A-Z\"“‘'(])"
                          # an item of a law's or a list's enumeration opening its unit runs
                          # on in lower case: "(1) joint basic research;" for （一）共同开展…
                          r"|^\s*\(\d{1,2}\)(?=\s+[a-z])"
                          # (or "3. the provincial team …", a decision's item 三、 of its own)
                          r"|^\s*\d{1,2}\.(?=\s+(?:the|a|an|his|her|its|their)\s)")),
    # the items of a list run on in one sentence after a colon, as a call for papers lists its
    # topics: "Topics: (1) artificial intelligence …; (2) terminology …" for （一）…；（二）…, or
    # after a heading's full stop ("III. Main reasons. (1) Orders grew …; (2) the margin …")
    # (`_run_on_list` keeps only a series numbered from 1 on: a lone "(3)" stays a figure)
    ("listrun", _LIST_RUN),
    # an article's paragraph number right after its heading, as treaties run them on:
    # "Article 3 1. Persons …", "ARTICLE 3 (1) During …" (第三条 一、…): the paragraph's place
    ("article", re.compile(r"^\s*(?:Article|ARTICLE)\s+(?P<n>\d{1,3})\s+"
                           r"(?:\(\d{1,2}\)|\d{1,2}\.)(?=\s+[A-Z])")),
    # the Roman number of a law's or a report's division: "Chapter II" for 第二章, "Part IV"
    # (and a level's or a grade's, "a Level IV emergency response" for 四级应急响应)
    ("division", re.compile(r"\b(?:(?:Chapter|Part|Section|Volume|Book|Title|Annex)\s+"
                            r"(?P<r>[IVXLC]{1,6})|(?:Levels?|Grades?|Class(?:es)?|Categor(?:y|ies))[\s-]+(?P<lv>[IVX]{1,4})"
                            r"(?:\s*(?:[–—-]|to)\s*(?P<lv2>[IVX]{1,4}))?)\b")),
    # a clock time with a dot, as British papers write it: "9.12am" (9时12分), "6.30pm" (18时30分)
    ("clock", re.compile(r"\b(?P<h>\d{1,2})\.(?P<mi>[0-5]\d)\s*(?P<ap>[ap])\.?m\b\.?", re.I)),
    # a share as "N in M", as plain English writes a percentage: "more than 9 in 10 girls"
    # (90%以上), "one in five" (20%); not a time ("2 in 10 days")
    # an hour in digits said with its part of the day, as a reviser may write it: "leaves at
    # 9 in the evening" (晚上9点), "At 11 that night" (当晚23时): `spokenclock`'s, read before
    # the bare figure takes it (twenty-sixth round)
    ("spokenclock", re.compile(r"(?<![\d.,:$])\b(?P<f>)?(?P<h>1[01]|[1-9])(?:\s+o['’]clock)?\s+"
                               r"(?P<p>in\s+the\s+(?:morning|afternoon|evening)|at\s+night|"
                               r"tonight|that\s+(?:night|evening|morning|afternoon))\b", re.I)),
    ("sharein", re.compile(r"\b(?P<n>[1-9]|one|two|three|four|five|six|seven|eight|nine)\s+"
                           r"(?:in|out\s+of)\s+(?P<d>10|ten|[345]|three|four|five|100|a\s+hundred)"
                           r"\b(?![\s-]*(?:%|per|days?|weeks?|months?|years?|hours?|minutes?"
                           r"|seconds?|games?|matches)\b)", re.I)),
    # a whole hour on the 24-hour clock, as bulletins write it: "at 06:00" for 06时, "08:00 on
    # the 14th" (14日08时); the minutes ":00" are no figure of their own ("06:30" are)
    ("hour", re.compile(r"(?<![\d:.])(?P<h>[01]?\d|2[0-4]):00(?![\d:])")),
    # a time on the 24-hour clock without a colon, as notices to mariners and military
    # bulletins write it: "0800 TO 1800 LT" (08时至18时), "1430 UTC": the hour, and the minutes
    # unless "00"
    ("hhmm", _HHMM),
    ("hhmm0", _HHMM0),
    # an age group: "the over-60s" (60岁以上), "the under-5s"
    ("ages", re.compile(r"\b(?:over|under)-(?P<n>\d{1,3})s\b", re.I)),
    # half a percentage point (0.5个百分点), a quarter of one (0.25个百分点)
    # half a century, a quarter of a century, a half-century: years (半个世纪, 成立25年来),
    # not a share of something and a century of its own
    ("partcentury", re.compile(r"\b(?:(?P<f>half|(?:a\s+)?quarter)(?:\s+of)?\s+a|(?:a\s+|the\s+)?"
                               r"(?P<g>half|quarter)[\s-])\s*century\b", re.I)),
    ("halfpoint", re.compile(r"\b(?P<f>half|a\s+quarter\s+of)\s+a\s+percentage[\s-]point\b",
                             re.I)),
    # an ISO date, as programmes and tables write them: 2026-12-24
    ("isodate", re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    # a treaty's date: "Done … this eighteenth day of November 2026", "the 1st day of May"
    ("dayof", re.compile(
        rf"\b(?:(?P<tens>twenty|thirty)-)?(?P<w>{_ORDW}|\d{{1,2}}(?:st|nd|rd|th))\s+day\s+of\s+"
        rf"(?P<mon>{_MONTH_RX})(?:,?\s+(?P<y>\d{{4}})\b)?", re.I)),
    # a date in words without "day", as a hand that spells its numbers writes it: "on the
    # second of December" (12月2日), "the fifth and sixth of December" (12月5日至6日); after
    # "the" only ("second of December" alone stays an ordinal and a month)
    ("theof", re.compile(
        rf"\bthe\s+(?:(?P<first>(?:(?:twenty|thirty)-)?(?:{_ORDW}))\s+(?:and|to|through)\s+)?"
        rf"(?:(?P<tens>twenty|thirty)-)?(?P<w>{_ORDW}|\d{{1,2}}(?:st|nd|rd|th))\s+of\s+"
        rf"(?P<mon>{_MONTH_RX})(?:,?\s+(?P<y>\d{{4}})\b)?", re.I)),
    ("mdate", re.compile(
        rf"\b(?P<mon>{_MONTH_DAY_RX})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b"
        rf"(?:\s*(?:-|–|—|to|through|and)\s*(?:(?P<mon2>{_MONTH_DAY_RX})\s+)?(?P<d2>\d{{1,2}})"
        # (not a clock: "between 8 a.m. on December 14 and 8 a.m. on December 15")
        rf"(?:st|nd|rd|th)?\b(?!\s*(?:[ap]\.?m\b|:\d|o['’]clock)))?(?:,?\s+(?P<y>\d{{4}})\b)?")),
    ("ddate", re.compile(
        rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*(?:-|–|—|to|TO|and)\s*(?P<d2>\d{{1,2}})"
        rf"(?:st|nd|rd|th)?)?\s+(?:of\s+)?(?P<mon>{_MONTH_DAY_RX})(?:,?\s+(?P<y>\d{{4}})\b)?")),
    ("monyear", re.compile(rf"\b(?P<mon>{_MONTH_RX})(?:\s+(?:of\s+)?(?P<y>\d{{4}})\b)?")),
    # "the first ten months" of a year is January to October (1—10月, 前10个月); and "over the
    # 11 months", "in the ten months" (a business paper's back-reference to them; not "the 11
    # months since/to …", a span of its own)
    ("firstmonths", re.compile(r"(?:\bfirst|(?:(?<=\bover\s)|(?<=\bin\s)|(?<=\bduring\s)|"
                               r"(?<=\bfor\s))the(?=\s+\S+\s+months\b(?!\s+(?:since|after|before|"
                               r"to|until|ending|ended|ago|from|through|of)\b)))"
                               r"\s+(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|"
                               r"eleven)\s+months\b", re.I)),
    ("money_pre", re.compile(
        # (the Financial Times writes "Rmb50bn")
        # (S$, HK$, A$, C$, NT$, NZ$: Singapore's, Hong Kong's … dollars, not the US one)
        r"(?:(?P<cur>US\$|(?<![A-Za-z])(?:S|HK|A|C|NT|NZ)\$|\$|USD|RMB|Rmb|CNY|€|EUR|¥|£"
        r"|(?<![A-Za-z])(?:K[Ss]h|Sh|KES))\s?)"
        r"(?P<n>" + _NUM + r")"
        r"(?:\s*(?P<scale>(?i:thousand|million|billion|trillion|bn|tn|trn|trln|bln|mln|mn)|[mkMK])\b)?")),
    # "three decades" = 30 years (三十多年), "two decades" = 二十年; "two centuries" = 两百年,
    # "over two millennia ago" = 两千多年前
    ("decades", re.compile(r"\b(?P<w>\d{1,2}|two|three|four|five|six|seven|eight|nine)"
                           r"\s+(?P<u>decades|centuries|millennia)\b", re.I)),
    # "Q1-Q3", "1-3Q", "1Q-3Q": a research note's first three quarters (前三季度) (and its
    # year glued on, "1-3Q26", as "9M26" is)
    ("firstquarters", re.compile(r"\b(?:Q1\s*[-–]\s*Q(?P<n>[23])|1Q?\s*[-–]\s*(?P<n2>[23])Q"
                                 r"(?P<fy>[0-9]{2})?)\b")),
    ("sci", re.compile(_SCI)),
    ("num", re.compile(
        # ("4x100m": a relay's legs and their distance, each a figure)
        r"(?P<n>\d(?:(?<![A-Za-z\d.,]\d)|(?<=\dx\d)(?=\d{1,3}\s?m\b))\d*(?:,\d{3})*(?:\.\d+)?)"
        r"(?P<ord>st|nd|rd|th)?"
        # "5.2%", "5.2 pct", "a 5.2-percent rise", "0.4 percentage points", "0.1 ppt", "4.5‰",
        # "6.41 per 1,000 (people)"
        r"(?:[\s-]*(?P<pct>(?P<pp>(?:of\s+a\s+)?(?:percentage|pct)[\s-]+points?|ppts?|pp|pts?|points?)\b"
        # "50 basis points", "50bp", "25 bps": hundredths of a percentage point (and a currency
        # desk's "56 pips", the 56个基点 of an exchange rate's fixing)
        r"|(?P<bp>basis[\s-]+points?|bps?|pips?)\b"
        r"|(?P<pm>‰|per\s+(?:thousand|mille|1,?000(?!,?\d|\.\d))\b)|%|(?:percent|pct)\b|(?<=\d)pc\b"
        r"|per[\s-]cent\b))?"
        # (a headline in title case: "100 Million Passengers")
        # ("its 50 millionth passenger": the count reached)
        r"(?:\s*(?P<scale>(?i:thousand|million|billion|trillion|bn|tn|trn|trln|bln|mln|mn|lakhs?"
        r"|crores?))(?:th)?\b"
        # "1m yuan", "530k dollars", "706.5m tonnes": m and k only glued and before a currency
        # or a counted thing ("5m", "the 100m race" are metres)
        # ("12.56m new urban jobs": up to two words may describe the thing counted)
        # ("474k", "12.5k": k glued to three digits or a decimal is thousands, whatever
        # follows; not a race's "10k", "a 100k ultra")
        r"|(?P<short>(?:(?<=\d{3})|(?<=\d\.\d))k(?![A-Za-z\d])"
        r"(?!\s*(?:races?|runs?|ultras?|trails?)\b)"
        r"|[mk](?=\s+(?:(?!(?:for|of|to|in|on|with|by|from|and|or|at)\b)"
        r"[a-z-]+\s+){0,2}"
        r"(?:yuan|renminbi|dollars?|euros?|roubles?|rubles?|tonnes?|"
        r"tons?|people|persons|jobs|households|hectares|mu|jin|kWh|kilowatts?|passengers|"
        r"trips|visitors|vehicles|units|cases|users|residents|workers|students|tourists|homes|"
        r"cars|barrels|subscribers|farmers)\b"
        # ("the 50m-a-year mark": a yearly count, no length)
        r"|-a-year\b)"
        # ("24k (+8.9% m/m)", "up to 61k.": and after fewer digits, before a bracket or a stop)
        r"|k(?=\s*[(),;:]|\.(?!\d)|$)))?"
        r"(?:[\s-]*(?P<pct2>%|(?:percent|pct)\b|per[\s-]cent\b))?"
        # not inside a word or a longer figure; "98.8km", "5kg", "12ha", "100m", "2,000m2",
        # "702Mt", "21.86GB" are read whole, and a bond's tenor in years ("2y: 1.65%", "10yr")
        # ("10am", "3pm": a British paper's hour, glued)
        r"(?:(?![A-Za-z\d])|(?=(?:km[2²]?|kg|ha|[mc]m|m[2²3³]?|[kMGT]Wh|[kMGT]W|kV|[ap]m|[AP]M"
        r"|[kMG]t|t|m?g"  # (a trade journal's "28,600t", a notice's "125g": tonnes, grams)
        r"|[KMGTP]B"
        r"|[yY](?:rs?)?)(?![A-Za-z\d]))|(?<=\d)(?=x\d{2,4}\s?m\b))")),
    # "the third quarter", "Q3" = 三季度; "the first half", "H1" = 上半年
    ("period", re.compile(r"\b(?i:first)\s+(?P<k>(?i:two|three))\s+(?i:quarters)\b"
                          r"|\bQ(?P<q>[1-4])\b|\bH(?P<h>[12])\b|\b(?P<w>(?i:first|second|third|"
                          r"fourth))[\s-](?P<u>(?i:quarter|half))\b"
                          # a broker's period and its year run together: "3Q26" (2026年三季度),
                          # "1H26" (上半年), "9M26" (前三季度, the first nine months)
                          r"|(?<![-–])\b(?:(?P<bq>[1-4])Q|(?P<bh>[12])H|(?P<bm>[369])M)"
                          r"(?P<by>[0-9]{2})\b")),
    # "two thirds", "one fifth", "a quarter of", "by a fifth": a share (never "a third term");
    # after a hedge or "by" ("nearly a third", "grew by a quarter") or before "year on year",
    # "a third" is a share whatever follows
    ("fraction", re.compile(r"\b(?:(?P<n>one|two|three|four)[\s-]|(?:" + "|".join(
        rf"(?<=\b{w}\s)" for w in ("by", "nearly", "almost", "about", "around", "roughly",
                                     "over", "than", "some", "only", "just", "under"))
        + r")(?P<h>a)\s|(?P<a>a)\s)(?P<d>third|fourth|quarter|fifth|tenth)"
        r"(?(a)(?=\s+of\b|\s+(?:year[\s-]on[\s-]year|y/y|yoy)\b|\s*[,.;:)]|\s*$)|s?)\b"
        r"(?![\s-]+part(?:y|ies)\b)",  # ("by a third party" is no share)
        re.I)),
    # "half of the total", "half the votes" (一半, 50%): a share, soft like "a third"
    ("halfshare", re.compile(r"(?<![\w-])(?:one[\s-])?half(?=\s+(?:of|the|its|their|all)\b)",
                             re.I)),
    ("ordw", re.compile(rf"\b(?:(?P<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                        rf"-)?(?P<w>{_ORDW})\b(?!(?<=third)[\s-]+part(?:y|ies)\b)", re.I)),
    # a decimal in words, as a hand that spells its numbers writes it: "three point four one
    # six million" (341.6万), "two point five percent"
    ("wordpoint", re.compile(rf"\b(?P<i>{_WORDNUM})\s+point\s+(?P<f>{_DIGIT_WORD}"
                             rf"(?:\s+{_DIGIT_WORD})*)(?:\s+(?P<s>{_SCALE}))?\b", re.I)),
    # an hour of the clock in words, as a radio script says it: "at ten in the morning" (10时),
    # "half past ten at night" (22时30分), "six o'clock in the evening" (18时)
    ("spokenclock", re.compile(r"\b(?:(?P<f>half|(?:a\s+)?quarter)\s+past\s+)?(?P<h>one|two|"
                               r"three|four|five|six|seven|eight|nine|ten|eleven)"
                               r"(?:\s+o['’]clock)?\s+(?P<p>in\s+the\s+(?:morning|afternoon|"
                               r"evening)|at\s+night|tonight)\b", re.I)),
    # the container's unit, a name: "twenty-foot equivalent units (TEUs)"
    ("teu", re.compile(r"\b(?:twenty|forty)-foot\s+equivalent\b", re.I)),
    ("words", re.compile(rf"\b(?P<a>an?\s+)?(?P<w>{_WORDNUM})\b(?P<half>\s+and\s+a\s+half\b)?"
                         rf"(?:\s*(?P<pct>percent\b|per\s+cent\b|%"
                         rf"|(?P<pp>percentage\s+points?)\b))?", re.I)),
    ("dozen", re.compile(r"\ba\s+dozen\b", re.I)),
    # "a single opening" (仅招录1人): one, in words
    ("single", re.compile(r"\ba\s+single\b", re.I)),
    ("twice", re.compile(r"\b(?:twice|thrice)\b", re.I)),  # 两次会晤 "met twice"
    # 第二产业 "the secondary industry", 第三产业 "the tertiary sector"
    ("sector", re.compile(r"\b(?P<w>primary|secondary|tertiary)(?=\s+(?:industr|sector))", re.I)),
    # 增长100多倍 "grew more than a hundredfold", 翻两番 aside (that is fourfold by meaning)
    ("fold", re.compile(r"\b(?P<w>" + "|".join(_FOLDS) + r")fold\b", re.I)),
    ("group", re.compile(r"\bG(?P<n>20|77|7|8)\b")),  # G20 = 二十国集团, G77 = 77国集团
    # doubled = 翻一番 / 增加一倍, quadrupled = 翻两番, halved = 减半
    ("ratio", re.compile(r"\b(?P<w>doubl|tripl|quadrupl|halv)(?:e|es|ed|ing)\b", re.I)),
    ("decade", re.compile(r"\b(?:a|the|one|past|last|first|next)\s+decade\b", re.I)),
    # the days of a year said whole: 365天免费开放 "free, every day of the year"
    ("yeardays", re.compile(r"\b(?:every|each)\s+day\s+of\s+the\s+year\b", re.I)),
    # a hedged span said with an article: 可用天数约30天 "about a month's supply", 约7天 "roughly
    # a week" (soft: a month in words is no figure of its own, it only answers the days)
    ("spandays", re.compile(r"\b(?:about|around|roughly|nearly|almost|some|approximately|close\s+"
                            r"to)\s+a\s+(?P<w>month|week|fortnight)\b", re.I)),
    ("centenary", re.compile(r"\b(?P<w>(?:bi|ter)?centen(?:ary|nial))\b", re.I)),  # 100周年
    ("century", re.compile(r"\b(?:a|the|one|past|last|next)\s+(?P<w>century|millennium)\b",
                           re.I)),
    ("relative", re.compile(r"\b(?:(?P<rel>this|last|next)\s+(?P<unit>year|month|week)|"
                            r"(?P<day>today|yesterday|tomorrow))\b", re.I)),
]
# each unit as a finding names the figure it expects ("94.8 km", "5,964 kg per hectare")
MEASURE_NAMES = {"km": "km", "m": "metres", "mi": "miles", "km2": "square km",
                 "m2": "square metres", "ha": "hectares", "mu": "mu", "m3": "cubic metres",
                 "kha": "thousand hectares", "Mha": "million hectares",
                 "t": "tonnes", "kt": "kilotonnes", "Mt": "megatonnes", "Gt": "gigatonnes",
                 "kg": "kg", "min": "minutes", "h": "hours", "d": "days",
                 "jin": "jin", "kW": "kW", "MW": "MW", "GW": "GW", "TW": "TW", "kWh": "kWh",
                 "GWh": "GWh",
                 "TWh": "TWh", "kV": "kV", "g": "g", "mg": "mg", "kg/mu": "kg per mu",
                 "kg/ha": "kg per hectare", "t/ha": "tonnes per hectare", "mm": "mm",
                 "cm": "cm", "in": "inches", "ft": "feet", "acre": "acres",
                 "mi2": "square miles", "m/s": "metres per second", "km/h": "km/h"}

# A unit of measure after a figure: "98.8 km", "a 98.8-kilometre road", "2.5 million tonnes".
_MEASURE_AFTER = re.compile(
    r"[\s-]?(?:(?P<km2>square[\s-]kilomet(?:re|er)s?|sq\.?\s?km|km2|km²)"
    r"|(?P<m2>square[\s-]met(?:re|er)s?|sq\.?\s?m|m2|m²)|(?P<m3>cubic[\s-]met(?:re|er)s?|m3|m³)"
    r"|(?P<mi2>square[\s-]miles?|sq\.?\s?mi(?:les?)?)|(?P<acre>acres?)"
    r"|(?P<in>inch(?:es)?)|(?P<ft>feet|foot|ft)"
    r"|(?P<kmh>kilomet(?:re|er)s?\s+(?:per|an)\s+hour|km/h|kph)|(?P<ms>met(?:re|er)s?\s+"
    r"(?:per|a)\s+second|m/s)"
    r"|(?P<km>kilomet(?:re|er)s?|km)|(?P<mm>millimet(?:re|er)s?|mm)"
    r"|(?P<cm>centimet(?:re|er)s?|cm)|(?P<m>met(?:re|er)s?|m)|(?P<mi>miles?|mph)"
    r"|(?P<kha>(?-i:kha))|(?P<Mha>(?-i:Mha))|(?P<ha>hectares?|ha)"
    # a yield: "5,964 kg per hectare", "397.6 kg/mu" (before kilograms alone)
    r"|(?P<kgha>(?:kilo(?:gram)?s?|kg)\s*(?:per|/|a)\s*(?:hectare|ha)\b)"
    r"|(?P<kgmu>(?:kilo(?:gram)?s?|kg)\s*(?:per|/|a)\s*mu\b)"
    r"|(?P<tha>(?:(?:metric[\s-])?(?:tonnes?|tons?)|t)\s*(?:per|/|a)\s*(?:hectare|ha)\b)"
    # (of carbon dioxide equivalent as emissions are counted: "486 ktCO2e", "0.21 tCO2e"; a
    # commodity report's million metric tons, "715.6 MMT", are megatonnes)
    r"|(?P<kt>(?:kilotonnes?|(?-i:kt))(?-i:CO2e?)?)|(?P<Mt>(?:megatonnes?|(?-i:Mt|MMT))(?-i:CO2e?)?)"
    r"|(?P<Gt>(?:gigatonnes?|(?-i:Gt))(?-i:CO2e?)?)"
    r"|(?P<mu>mu)|(?P<t>(?:metric[\s-])?(?:tonnes?|tons?)|(?-i:tCO2e?))"
    r"|(?P<kg>kilo(?:gram)?s?|kg)"
    r"|(?P<mg>milligrams?|(?-i:mg))|(?P<g>grams?|(?-i:g))"
    r"|(?P<jin>jin|catty|catties)|(?P<kWh>kilowatt[\s-]hours?|kWh)|(?P<kW>kilowatts?|kW)"
    r"|(?P<MW>megawatts?|MW)|(?P<GW>gigawatts?|GW)|(?P<TW>terawatts?|(?-i:TW))"
    r"|(?P<GWh>gigawatt[\s-]hours?|GWh)"
    r"|(?P<TWh>terawatt[\s-]hours?|TWh)|(?P<kV>kilovolts?|(?-i:kV))"
    r"|(?P<min>minutes?|mins?)|(?P<h>hours?|hrs?)|(?P<d>days?)|(?P<times>times))"
    r"(?![A-Za-z\d])", re.I)
_RELATIVE_EN = {"this": 0, "last": -1, "next": 1, "today": 0, "yesterday": -1, "tomorrow": 1}


_RATE_CODE = {"kgha": "kg/ha", "kgmu": "kg/mu", "tha": "t/ha", "kmh": "km/h", "ms": "m/s"}
# a speed against a distance: 每小时20公里 is "20 km/h", 每秒45米 "45 m/s" (the distance in the
# hour or the second the source names apart)
_PER_TIME = {"km/h": "km", "m/s": "m"}


def _measure_after(text: str, end: int) -> str | None:
    m = _MEASURE_AFTER.match(text, end)
    return _RATE_CODE.get(m.lastgroup, m.lastgroup) if m else None


_EN_WORD = re.compile(r"[a-z]+")
_MONTH_WORDS = set(_MONTHS) | {"sept"}
_ORD_WORDS = set(_ORD_EN)
_SPAN_DAYS = {"month": 30.0, "week": 7.0, "fortnight": 14.0}
_NUM_WORDS = set(_UNITS_EN) | set(_SCALES_EN)


_DIVISIONS = frozenset({"chapter", "part", "section", "volume", "book", "title", "annex",
                        "level", "grade", "class", "category", "levels", "grades", "classes",
                        "categories"})
_TENS = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
_GATED = {"ordw": _ORD_WORDS | _TENS, "words": _NUM_WORDS, "theof": {"the"}}
# The English patterns worth running on a sentence with digits and no trigger word.
# the part of the day that makes an hour in words a time ("ten in the morning")
_DAYPART = re.compile(r"\b(?:morning|afternoon|evening|night|tonight)\b", re.I)
_DIGITS_ONLY = {False: {"listno": True, "listrun": True, "num": True},
                True: {"listno": True, "listrun": True, "money_pre": True, "num": True}}
# what money_pre starts with
_CURRENCY_SIGNS = ("$", "€", "¥", "£", "USD", "RMB", "Rmb", "CNY", "EUR", "Sh", "KES")
# Every word that makes some English pattern worth running (see `wanted` in `extract_en`).
_TRIGGERS = frozenset(_MONTH_WORDS | _ORD_WORDS | _NUM_WORDS | {
    "covid", "sars", "cov", "mers", "gmt", "utc", "h", "g", "q", "s", "plan", "cop", "dozen",
    "episode", "ep", "updated",
    "m", "mw", "ms", "ml",
    *_REGNAL_EN,
    "article", "day", "congress", "point", "single", "midnight", "noon", "midday",
    "tomb", "tombs", "pit", "pits", "grave", "graves", "fen", "jiao",
    "decade", *_SPAN_DAYS,
    "decades", "centuries", "millennia",
    "century", "millennium",
    *_DECADE_WORDS,
    "twice", "thrice",
    *_CENTENARIES, *_SECTORS, *_RATIO_WORDS, *_FRACTION_WORDS, "months", "half", "quarters",
    *_FOLD_WORDS, *_DIVISIONS}
    | _RELATIVE_EN.keys())
_TOKEN_SPAN = re.compile(r"[A-Za-z]+")
# thousands grouped by a space, as WHO, the UN and SI style write them ("486 213", "1 927 000",
# with a no-break or thin space too): one figure. Not a phone number's groups (8127 6630).
_SPACE_DIGITS = re.compile(r"\d[ \u00a0\u202f\u2009]\d{3}")
_CIRCA = re.compile(r"(?<![\w.])c\.(?=\d)")
_GROUP_SPACE = re.compile(r"[ \u00a0\u202f\u2009]")
_SPACED = re.compile(r"(?<![\d,.:/\u2013-])\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})++"
                     r"(?![\d,]|[ \u00a0\u202f\u2009]\d)")
# what a share "N in M" must hold ("9 in 10", "one in five", "3 out of 4"): read only then
_SHARE_IN = (" in 10", " in ten", " in 3", " in 4", " in 5", " in three", " in four", " in five",
             " in 100", " in a hundred", " out of ", " IN 10", " In 10")
_YEAR_EN = re.compile(r"1[89]\d\d|20\d\d")
_YEAR_RANGE = re.compile(r"\b(1[89]\d\d|20\d\d)[-–]$")
_ARTICLE_BEFORE = re.compile(r"\ban?\s+$", re.I)
# an item lettered as British and UN documents letter them, "(b) …" or "b) …", opening its
# unit (a–h: (i), (v), (x) are Roman)
_LETTER_ITEM = re.compile(r"\s*\(?(?P<l>[a-h])\)\s+(?=[A-Z\"“‘'])")


def _gated(rx: re.Pattern, text: str, vocab: set[str]):
    """Matches of a big word-alternation pattern, tried only where a vocabulary word starts
    (scanning every position with it costs ten times more)."""
    for tok in _TOKEN_SPAN.finditer(text):
        if tok.group().lower() not in vocab:
            continue
        pos = tok.start()
        art = _ARTICLE_BEFORE.search(text, max(0, pos - 4), pos)
        m = (rx.match(text, art.start()) if art else None) or rx.match(text, pos)
        if m:
            yield m


def _words_to_number(s: str) -> float | None:
    total, current, seen = 0.0, 0.0, False
    for tok in re.split(r"[\s\-]+", s.lower()):
        if tok in ("and", ""):
            continue
        if tok in _UNITS_EN:
            if 10 <= current < 100 and _UNITS_EN[tok] >= 10 and not total:
                current *= 100  # a year read in pairs: "nineteen eighty-four", "twenty twenty"
            current += _UNITS_EN[tok]
            seen = True
        elif tok == "hundred":
            current = (current or 1) * 100
            seen = True
        elif tok in _SCALES_EN:
            total += (current or 1) * _SCALES_EN[tok]
            current = 0.0
            seen = True
        else:
            return None
    return total + current if seen else None


def _scale_of(word: str | None) -> float:
    """What "million", "bn" or "k" after a figure multiplies it by (1 without one)."""
    if not word:
        return 1.0
    word = word.lower()
    return _SCALES_EN.get(word) or _SCALES_INDIAN.get(word) or _SCALES_SHORT[word]


_MORE_THAN = re.compile(r"\b(?:more\s+than|over)\s+$", re.I)


def _approx_before(text: str, start: int) -> bool:
    return bool(_APPROX_EN.search(text[max(0, start - 30):start]))


# "the two sides", "the two countries": 双方, 两国 (a pair, no count of things a slip changes)
_PAIR_AFTER = re.compile(r"\s+(?:sides|parties|countries|nations|leaders|heads|presidents|"
                         r"governments|peoples|ministers|militaries|economies|neighbou?rs)\b",
                         re.I)


_HS_GATE = re.compile(r"\d{4}\.\d{2}\.\d{2}")


def extract_en(text: str) -> list[Quantity]:
    """Quantities in an English sentence: digits, number words, money, percent, dates."""
    taken = bytearray(len(text))
    out: list[Quantity] = []
    shown = text  # what a finding quotes: the text as written

    def add(kind, value, a, b, approx=False, unit=None):
        out.append(Quantity(kind, value, approx, unit, (a, b), shown[a:b]))

    if _SPACE_DIGITS.search(text):  # "486 213 cases" read as "486,213" (same length)
        text = _SPACED.sub(lambda m: _GROUP_SPACE.sub(",", m.group()), text)
    if "c." in text:  # a research note's circa glued on, "falls to c.5.7%" (same length)
        text = _CIRCA.sub("c ", text)

    for m in _FOOTNOTE.finditer(text):  # a note's reference mark: no figure
        taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    if "-" in text or "°" in text:
        _coordinates(text, taken, add)
    item = _LETTER_ITEM.match(text)
    if item:  # "(b) Some economies …" for 第二，…: the item's place, an ordinal in words
        add("ordinal", float(ord(item.group("l")) - ord("a") + 1), *item.span("l"))
        taken[slice(*item.span())] = b"\x01" * (item.end() - item.start())
    # Most sentences hold no figure at all: run only the patterns that can match.
    has_digit = _DIGIT.search(text) is not None
    words = _TRIGGERS.intersection(_EN_WORD.findall(text.lower()))
    if not has_digit and not words:
        return out
    money = has_digit and any(sign in text for sign in _CURRENCY_SIGNS)
    clock = has_digit and "." in text and ("am" in text or "pm" in text or "AM" in text or
                                           "PM" in text or ".m" in text or ".M" in text)
    hour = has_digit and ":00" in text
    sharein = any(share in text for share in _SHARE_IN)
    hhmm = has_digit and any(mark in text for mark in _HHMM_MARKS) and \
        _HHMM.search(text) is not None
    hhmm0 = has_digit and (" 0" in text or "hrs" in text) and _HHMM0.search(text) is not None
    wanted = _DIGITS_ONLY[money] if not words else {
        "skip": has_digit and bool(words & {"covid", "sars", "cov", "mers", "h", "gmt", "utc",
                                            "episode", "ep", "updated"}),
        "teu": "-foot" in text,
        "decade_n": has_digit and "s" in words,
        "plan_years": has_digit and "plan" in words, "cop": has_digit and "cop" in words,
        "regnal": bool(words & _REGNAL_EN),
        "congress_year": has_digit and "congress" in words,
        "decade_w": bool(words & _DECADE_WORDS.keys()),
        "listno": has_digit, "listrun": has_digit, "article": has_digit and "article" in words,
        "sharein": sharein,
        "isodate": has_digit and "-" in text, "clock": clock, "hour": hour,
        "ages": has_digit and "s" in words and "-" in text,
        "hhmm": hhmm, "hhmm0": hhmm0, "wordpoint": "point" in words and bool(words & _NUM_WORDS),
        "halfpoint": bool(words & {"half", "quarter"}) and "percentage" in text,
        "partcentury": bool(words & {"half", "quarter"}) and "century" in words,
        "dayof": bool(words & _MONTH_WORDS) and "day" in words,
        "theof": bool(words & _MONTH_WORDS) and " of " in text and "the" in text.lower() and (
            bool(words & _ORD_WORDS) or _ORD_OF.search(text) is not None),
        "division": bool(words & _DIVISIONS),
        "money_pre": money, "num": has_digit, "group": has_digit and "g" in words,
        "period": has_digit and bool(words & {"q", "h", "m"})
        or bool(words & {"quarter", "quarters", "half"}),
        "ratio": bool(words & _RATIO_WORDS),
        "firstmonths": "months" in words, "firstquarters": has_digit and "Q" in text,
        "mdate": bool(words & _MONTH_WORDS), "ddate": has_digit and bool(words & _MONTH_WORDS),
        "monyear": bool(words & _MONTH_WORDS), "ordw": bool(words & _ORD_WORDS),
        "fraction": bool(words & _FRACTION_WORDS), "halfshare": "half" in words,
        "words": bool(words & _NUM_WORDS), "dozen": "dozen" in words, "single": "single" in words,
        "twice": bool(words & {"twice", "thrice"}),
        "decade": "decade" in words, "decades": bool(words & _SPANS_OF_YEARS.keys()),
        "yeardays": "day" in words and "of the year" in text.lower(),
        "spandays": bool(words & {"month", "week", "fortnight"}),
        "sector": bool(words & _SECTORS.keys()),
        "relative": bool(words & _RELATIVE_EN.keys()),
        "fold": bool(words & _FOLD_WORDS),
        "centenary": bool(words & _CENTENARIES.keys()),
        "century": bool(words & {"century", "millennium"}),
        "tomb": has_digit and bool(words & {"tomb", "tombs", "pit", "pits", "grave", "graves"}),
        "hmin": has_digit and "h" in words, "midnight": "midnight" in words,
        "quake": has_digit and bool(words & {"m", "mw", "ms", "ml"}),
        "noon": bool(words & {"noon", "midday"}),
        "spokenclock": (has_digit or bool(words & _NUM_WORDS)) and
        _DAYPART.search(text) is not None,
        "fen": has_digit and bool(words & {"fen", "jiao"}),
    }
    if not words and has_digit and ("-" in text or clock or hour or hhmm or hhmm0 or sharein):
        wanted = {**wanted, "isodate": "-" in text, "clock": clock, "hour": hour, "hhmm": hhmm,
                  "hhmm0": hhmm0, "sharein": sharein}
    if not words and has_digit and _DAYPART.search(text) is not None:
        wanted = {**wanted, "spokenclock": True}  # "shuts at 9 in the evening"
    if has_digit and ("×" in text or "^" in text):
        wanted = {**wanted, "sci": True}
    if has_digit and text.count(".") > 1 and _HS_GATE.search(text) is not None:
        wanted = {**wanted, "hscode": True}
    if has_digit and "24/" in text:
        wanted = {**wanted, "allhours": True}
    if not any(wanted.values()):
        return out
    run_on = has_digit and ("(" in text or ". " in text) and _run_on_list(text)
    wanted["listrun"] = run_on
    for name, rx in _EN_PATTERNS:
        if not wanted.get(name):
            continue
        vocab = _GATED.get(name)
        for m in rx.finditer(text) if vocab is None else _gated(rx, text, vocab):
            a, b = m.span()
            if a == b or taken.find(1, a, b) >= 0:
                continue
            g = m.groupdict()
            if name == "listrun" and not run_on:
                continue
            if name in ("skip", "listno", "listrun", "teu"):
                pass  # names with digits (COVID-19), list numbers: not quantities
            elif name == "regnal":
                if g["name"].lower() in _REGNAL_EN:
                    add("number", float(roman(g["r"])), m.start("r"), b)
            elif name == "clock":
                h = int(g["h"])
                if not 1 <= h <= 12:
                    continue
                pm = g["ap"].lower() == "p" and h < 12
                add("number", float(h + 12 if pm else h), a, m.end("h"))
                add("number", float(g["mi"]), m.start("mi"), m.end("mi"))
            elif name == "sci":
                add("number", _sci(g), a, b)
            elif name == "spokenclock":
                h = int(g["h"]) if g["h"].isdigit() else _UNITS_EN[g["h"].lower()]
                later = g["p"].lower().split()[-1] in ("afternoon", "evening", "night", "tonight")
                add("number", float(h + 12 if later else h), m.start("h"), m.end("h"))
                if g["f"]:  # "half past": 30 minutes, "(a) quarter past" 15
                    add("number", 30.0 if g["f"].lower() == "half" else 15.0, a, m.end("f"))
            elif name == "hscode":
                add("number", float(g["n"].replace(".", "")), a, b)
            elif name == "fen":
                add("money", float(g["n"]) / (100 if g["u"] == "fen" else 10), a, b,
                    unit="CNY")
            elif name in ("tomb", "quake"):
                add("number", float(g["n"]), m.start("n"), b)
            elif name == "hmin":
                add("number", float(g["h"]), a, m.start("h") + len(g["h"]) + 1, unit="h")
                add("number", float(g["mi"]), m.start("mi"), b, unit="min")
            elif name == "midnight":
                add("number", 0.0, a, b)
            elif name == "noon":
                add("number", 12.0, a, b)
            elif name == "allhours":
                add("number", 24.0, a, m.end("n"))
            elif name == "sharein":
                n, d = (int(w) if w.isdigit() else _UNITS_EN.get(w.lower().split()[-1], 100)
                        for w in (g["n"], g["d"]))  # ("a hundred": 100)
                if n < d:
                    add("percent", 100.0 * n / d, a, b, _approx_before(text, a), "%")
            elif name == "hour":
                h = int(g["h"])
                add("number", float(h + 12 if h < 12 and _pm(text, a, m.end()) else h), a,
                    m.end("h"))
            elif name in ("hhmm", "hhmm0"):
                add("number", float(g["h"]), a, m.end("h"))
                if g["mi"] != "00":
                    add("number", float(g["mi"]), m.start("mi"), b)
            elif name == "wordpoint":
                whole = _words_to_number(g["i"])
                if whole is None:
                    continue
                digits = "".join(str(_UNITS_EN.get(w.lower(), 0)) for w in g["f"].split())
                add("number", (whole + float("0." + digits)) * _scale_of(g["s"]), a, b)
            elif name == "ages":
                add("number", float(g["n"]), m.start("n"), m.end("n"))
            elif name == "partcentury":
                part = (g["f"] or g["g"]).lower().split()[-1]
                add("duration", 50.0 if part == "half" else 25.0, a, b, True)
            elif name == "halfpoint":
                add("percent", 0.5 if g["f"].lower() == "half" else 0.25, a, b, unit="pp")
            elif name == "isodate":
                if not _iso_date(m, add):
                    continue
            elif name == "article":
                add("number", float(g["n"]), m.start("n"), m.end("n"))
            elif name in ("dayof", "theof"):
                w = g["w"].lower()
                d = int(w[:-2]) if w[0].isdigit() else _ORD_EN[w] + (
                    _UNITS_EN[g["tens"].lower()] if g["tens"] else 0)
                if not 1 <= d <= 31:
                    continue
                if g.get("first"):  # "the fifth and sixth of December" (12月5日至6日)
                    *tens, w1 = g["first"].lower().split("-")
                    d1 = _ORD_EN[w1] + (_UNITS_EN[tens[0]] if tens else 0)
                    if 1 <= d1 <= 31:
                        add("date", (_MONTHS[g["mon"].rstrip(".").lower()], d1),
                            m.start("first"), m.end("first"))
                add("date", (_MONTHS[g["mon"].rstrip(".").lower()], d),
                    (m.start("tens") if g["tens"] else m.start("w")) if g.get("first") else a,
                    m.end("mon"))
                if g["y"]:
                    add("year", float(g["y"]), m.start("y"), m.end("y"))
            elif name == "division":
                r = "r" if g["r"] else "lv"
                add("ordinal", float(roman(g[r])), m.start(r), m.end(r))
                if g["lv2"]:  # a range of grades, "Grade I–III" (Ⅰ—Ⅲ类)
                    add("ordinal", float(roman(g["lv2"])), m.start("lv2"), b)
            elif name == "cop":
                add("ordinal", float(g["n"]), a, b)
            elif name == "plan_years":
                n = int(g["n"])
                add("ordinal", float(n), m.start("n"), m.end("n") + 2)
                first = 1953 + 5 * (n - 1) if n < 3 else 1966 + 5 * (n - 3)
                last = int(g["b"]) if len(g["b"]) == 4 else int(g["a"][:2] + g["b"])
                if (int(g["a"]), last) != (first, first + 4):  # a wrong gloss is the text's
                    add("year", float(g["a"]), m.start("a"), m.end("a"))
                    add("year", float(last), m.start("b"), m.end("b"))
            elif name == "congress_year":
                n, year = int(g["n"]), int(g["y"])
                party = g["of"] or re.search(r"\b(?:CPC|Party|Communist)\b",
                                             text[max(0, a - 25):m.start("y")])
                add("ordinal", float(n), m.start("n"), m.end("n") + 2)
                if not (party and _CPC_CONGRESSES.get(n) == year):  # a wrong year is the text's
                    add("year", float(year), m.start("y"), m.end("y"))
            elif name == "decade_n":
                add("decade", float(g["y"] or g["d"]), a, b)
            elif name == "decade_w":
                add("decade", float(_DECADE_WORDS[g["w"].lower()]), a, b)
            elif name in ("mdate", "ddate"):
                mon = _MONTHS[g["mon"].rstrip(".").lower()]
                d = int(g["d"])
                if not 1 <= d <= 31:
                    continue
                add("date", (mon, d), a, m.end("d"))
                if g.get("d2"):
                    mon2 = _MONTHS[g["mon2"].rstrip(".").lower()] if g.get("mon2") else mon
                    add("date", (mon2, int(g["d2"])), m.start("d2"), m.end("d2"))
                if g["y"]:
                    add("year", float(g["y"]), m.start("y"), m.end("y"))
            elif name == "monyear":
                word = g["mon"]
                if word.rstrip(".") in ("May", "March") and not g["y"] and \
                        _ends_at(_SENTENCE_START, text, a):
                    continue  # "May the friendship last", "March on": mid-sentence, a month
                if word == "March" and text.endswith("Long ", 0, a):
                    continue  # the Long March (长征): the Red Army's, a rocket's name
                if len(word.rstrip(".")) <= 4 and not word.endswith(".") and not g["y"] \
                        and word not in ("June", "July", "May"):
                    continue
                add("month", (_MONTHS[word.rstrip(".").lower()],), a, m.end("mon"))
                if g["y"]:
                    add("year", float(g["y"]), m.start("y"), m.end("y"))
            elif name == "money_pre":
                v = _arabic(g["n"]) * _scale_of(g["scale"])
                cur = _CUR_SIGN[g["cur"]]
                add("money", v, a, b, _approx_before(text, a), cur)
            elif name == "num":
                v = _arabic(g["n"]) * _scale_of(g["scale"] or g["short"])
                approx = _approx_before(text, a)
                if g["bp"]:  # 0.5个百分点 "50 basis points"
                    add("percent", v / 100, a, b, approx, "pp")
                elif g["pp"] and g["pp"].lower().startswith(("point", "pt")) and \
                        ("." not in g["n"] or v > 100):
                    # "3 points" of a plan, "3,912.47 points" of an index; "0.3 points" of a rate
                    b = m.start("pct")
                    while text[b - 1].isspace():
                        b -= 1
                    add("number", v, a, b, approx, "pt")  # (or of percentages: `_compatible`)
                elif g["pct"] or g["pct2"]:
                    add("percent", v, a, b, approx,
                        "pp" if g["pp"] else "‰" if g["pm"] else "%")
                elif g["ord"]:
                    add("ordinal", v, a, b)
                else:
                    cm = _CUR_AFTER.match(text, b)
                    if cm:
                        word = cm.group(0).split()[-1].lower().rstrip(".")
                        add("money", v, a, b, approx, _CUR_CODE.get(word, "USD"))
                    elif _YEAR_EN.fullmatch(g["n"]) and not g["scale"] and \
                            not _measure_after(text, b):
                        add("year", v, a, b)
                    elif len(g["n"]) == 2 and not g["scale"] and \
                            (yr := _ends_at(_YEAR_RANGE, text, a)) and yr.end() == a:
                        # "2026-28", "2021–25": the second year of a range, in its century
                        add("year", float(int(yr.group(1)[:2]) * 100 + v), a, b)
                    elif v < 12 and _pm(text, a, b):
                        # "6 p.m." is 18时, "6:30 pm" 18时30分, "2:30 to 5:30 p.m." 14时30分
                        add("number", v + 12, a, b)
                    else:
                        add("number", v, a, b, approx, _measure_after(text, b))
            elif name == "halfshare":
                add("percent", 50.0, a, b, _approx_before(text, a), "%")
            elif name == "fraction":
                n = _UNITS_EN[g["n"].lower()] if g["n"] else 1
                d = _FRACTIONS[g["d"].lower()]
                if n < d:
                    add("percent", 100 * n / d, a, b, _approx_before(text, a), "%")
            elif name == "ordw":
                v = _ORD_EN[g["w"].lower()] + (_UNITS_EN[g["tens"].lower()] if g["tens"] else 0)
                rank = _RANK_AFTER.match(text, b)  # "second-largest": a rank, always said
                if rank is None and _IN_A_ROW.match(text, b):
                    add("number", float(v), a, b)  # "the second year in a row": two years
                else:
                    add("ordinal", float(v), a, rank.end() if rank else b)
            elif name == "words":
                w = g["w"]
                if w.lower() in _SCALES_EN and not g["a"]:
                    # a bare "thousand-year" / "hundreds": no count to check, keep it soft
                    add("number", float(_SCALES_EN[w.lower()]), m.start("w"), b, True)
                    continue
                v = _words_to_number(w)
                if v is None:
                    continue
                if g["half"]:  # "two and a half times"
                    v += 0.5
                if text[m.end("w"):m.end("w") + 2].lower() == "s " or \
                        re.match(r"s\b", text[m.end("w"):]):
                    continue  # "hundreds of", "thousands of", "tens of"
                if g["a"] and w.lower() in _SCALES_EN and text.endswith("half ", 0, a):
                    v /= 2  # "half a billion people" (5亿)
                share = _ends_at(_SHARE_OF, text, a) if g["a"] and w.lower() in _SCALES_EN \
                    else None
                if share:  # "a quarter of a million jobs" (约26万个): 250,000, not 25 % and 1m
                    n, d = share.group("n").lower(), share.group("d").lower().rstrip("s")
                    v *= (1 if n in ("a", "one") else _UNITS_EN[n]) / _FRACTIONS[d]
                    out[:] = [q for q in out if not (q.kind == "percent" and
                                                     share.start() <= q.span[0] < share.end())]
                start = share.start() if share else m.start("w")
                approx = _approx_before(text, a) or bool(g["a"] and w.lower() in _SCALES_EN)
                if g["pct"]:
                    add("percent", v, start, b, approx, "pp" if g["pp"] else "%")
                else:
                    cm = _CUR_AFTER.match(text, b)
                    if cm:
                        word = cm.group(0).split()[-1].lower()
                        add("money", v, start, b, approx, _CUR_CODE.get(word, "USD"))
                    else:
                        add("number", v, start, b, approx, _measure_after(text, b) or (
                            "pair" if v == 2 and _PAIR_AFTER.match(text, b) else None))
            elif name == "group":
                add("number", float(g["n"]), a, b)
            elif name == "level":
                r = g["r"]
                add("number", float(roman(r) if r.isascii() else unicodedata.numeric(r)), a, b)
            elif name == "period":
                if g["by"]:
                    add("period", ("quarter", int(g["bq"])) if g["bq"] else
                        ("half", int(g["bh"])) if g["bh"] else
                        ("quarter", 1) if g["bm"] == "3" else _first_quarters(int(g["bm"]) // 3),
                        a, m.start("by"))
                    add("year", 2000.0 + int(g["by"]), m.start("by"), b)
                elif g["k"]:
                    add("period", _first_quarters(_UNITS_EN[g["k"].lower()]), a, b)
                elif g["q"] or g["h"]:
                    add("period", ("quarter" if g["q"] else "half", int(g["q"] or g["h"])), a, b)
                else:
                    unit = g["u"].lower()
                    n = int(_ORD_EN[g["w"].lower()])
                    if unit == "quarter" or n <= 2:
                        add("period", (unit, n), a, b)
            elif name == "firstquarters":
                add("period", _first_quarters(int(g["n"] or g["n2"])), a,
                    m.start("fy") if g["fy"] else b)
                if g["fy"]:
                    add("year", 2000.0 + int(g["fy"]), m.start("fy"), b)
            elif name == "firstmonths":
                n = g["n"]
                month = int(n) if n.isdigit() else _UNITS_EN[n.lower()]
                if 2 <= month <= 12:  # January to the nth month, as 1—10月 is read
                    add("month", (1,), a, m.start("n"))
                    add("month", (month,), m.start("n"), b)
            elif name == "ratio":  # ("more than doubled": a bound, `_compatible`)
                add("ratio", _RATIOS[g["w"].lower()], a, b,
                    _MORE_THAN.search(text, max(0, a - 12), a) is not None)
            elif name == "dozen":
                add("number", 12.0, a, b)
            elif name == "single":
                add("number", 1.0, a, b)
            elif name == "twice":
                add("number", 2.0 if text[a:b].lower() == "twice" else 3.0, a, b, unit="times")
            elif name == "sector":
                add("ordinal", _SECTORS[g["w"].lower()], a, b)
            elif name == "fold":
                add("number", float(_FOLDS[g["w"].lower()]), a, b, _approx_before(text, a))
            elif name == "decade":
                add("duration", 10.0, a, b, True)
            elif name == "yeardays":
                add("number", 365.0, a, b, False, "d")
            elif name == "spandays":
                add("number", _SPAN_DAYS[g["w"].lower()], a, b, True, "d")
            elif name == "decades":
                n = g["w"]
                add("duration", _SPANS_OF_YEARS[g["u"].lower()] *
                    (int(n) if n.isdigit() else _UNITS_EN[n.lower()]), a, b, True)
            elif name == "centenary":
                add("ordinal", float(_CENTENARIES[g["w"].lower()]), a, b)
            elif name == "century":  # (and "a millennium", 1000年)
                add("duration", 1000.0 if g["w"].lower() == "millennium" else 100.0, a, b, True)
            elif name == "relative":
                word = (g["day"] or g["rel"]).lower()
                add("relative", ("day" if g["day"] else g["unit"].lower(), _RELATIVE_EN[word]),
                    a, b)
            taken[a:b] = b"\x01" * (b - a)
    out.sort(key=lambda q: q.span)
    found = _scaled_ranges(text, ranged(text, _without_restated(text, out), _EN_RANGE))
    if "(" in text and _CAPTION.search(text):
        found = _captioned(text, found)
    return _shared_percent(text, found)


# A table's or a list's caption that gives the unit of the bare figures after it: "Sector
# detail (RMB bn): primary 293.5; secondary 1,742.1", "(US$ m)", "(bn yuan)"
_CAPTION = re.compile(r"\((?:(?P<cur>RMB|Rmb|CNY|US\$|USD|\$|€|EUR)\s*(?P<s>bn|billion|mn|mln|m|"
                      r"million|trn|tn|trillion|k|thousand)|(?P<s2>bn|billion|million|trillion)\s+"
                      r"(?P<cur2>yuan|US dollars|dollars|euros))\)\s*:?")
_CAPTION_SCALE = {"bn": 1e9, "billion": 1e9, "mn": 1e6, "mln": 1e6, "m": 1e6, "million": 1e6,
                  "trn": 1e12, "tn": 1e12, "trillion": 1e12, "k": 1e3, "thousand": 1e3}


_CAPTION_STOP = re.compile(r"\.(?:\s|$)|\n")


def _captioned(text: str, found: list[Quantity]) -> list[Quantity]:
    """The bare figures after a caption of their unit, to the end of its sentence or line,
    read as that money: "(RMB bn): primary 293.5" is 293.5 billion yuan (2935.1亿元); the
    first caption of a sentence says it for all its figures.
    (Each caption's stop and figures are found by bisection, and a figure an earlier caption
    has read is not looked at again: searched and walked from each caption, a line of 8,000
    captions and figures, a flattened table, cost 6.5 s of CPU.)"""
    out = list(found)
    stops = [m.start() for m in _CAPTION_STOP.finditer(text)]
    order = sorted(range(len(out)), key=lambda k: out[k].span[0])
    starts = [out[k].span[0] for k in order]
    covered = 0       # the figures before this were read under an earlier caption
    for m in _CAPTION.finditer(text):
        at = bisect_left(stops, m.end())
        end = stops[at] if at < len(stops) else len(text)
        if end <= covered:
            continue
        cur = m.group("cur") or m.group("cur2")
        unit = _CUR_SIGN.get(cur) or _CUR_CODE[cur.split()[-1].lower()]
        scale = _CAPTION_SCALE[m.group("s") or m.group("s2")]
        for k in order[bisect_left(starts, max(m.end(), covered)):bisect_left(starts, end)]:
            q = out[k]
            if q.kind == "number" and q.unit is None and isinstance(q.value, float) and \
                    q.text[-1].isdigit():
                out[k] = replace(q, kind="money", unit=unit, value=q.value * scale)
        covered = end
    return out


_PERCENT_JOINT = re.compile(r"\s*(?:,\s*(?:and|or)?|and|or|to|-|–)\s*")


def _shared_percent(text: str, found: list[Quantity]) -> list[Quantity]:
    """Figures before a percent, joined to it by "and", "or", "to" or commas, share its unit,
    as English says it once: "fell by 5.6 and 6.3 per cent" (5.6%和6.3%), "3, 4 and 5 per
    cent". Only a bare figure under 1,000 (no scale, no year)."""
    out = list(found)
    for k in range(len(out) - 2, -1, -1):
        q, nxt = out[k], out[k + 1]
        if q.kind == "number" and nxt.kind == "percent" and q.unit is None and \
                isinstance(q.value, float) and q.value < 1000 and q.text[-1].isdigit() and \
                _PERCENT_JOINT.fullmatch(text, q.span[1], nxt.span[0]):
            out[k] = replace(q, kind="percent", unit=nxt.unit)
    return out


_SCALE_END = re.compile(r"(?i)(?<![a-z])(?P<s>thousand|million|billion|trillion|bn|tn|trn|trln"
                        r"|bln|mln|mn|lakhs?|crores?)$")


def _scaled_ranges(text: str, found: list[Quantity]) -> list[Quantity]:
    """The first figure of a range takes the magnitude of the second, as tables and business
    English write ranges: "RMB 285–315 million" (2.85亿元至3.15亿元), "between 3 and 5 billion".
    Only a bare head under 1,000 ("from 1,200 to 1.5 million" keeps its 1,200)."""
    out = list(found)
    for k in range(len(out) - 1):
        q, nxt = out[k], out[k + 1]
        if q.kind not in ("number", "money") or nxt.kind not in ("number", "money") or \
                not isinstance(q.value, float) or q.value >= 1000:
            continue
        scale = _SCALE_END.search(nxt.text)
        m = _EN_RANGE.fullmatch(text, q.span[1], nxt.span[0]) if scale else None
        if m and not _SCALE_END.search(q.text) and \
                (not m.group("and") or _ends_at(_BETWEEN, text, q.span[0])):
            out[k] = replace(q, value=q.value * _scale_of(scale.group("s")))
    return out


_PM = re.compile(r"(?::\d\d)?\s*(?:p\.m\.|pm\b|PM\b|P\.M\.)")
# the first time of a range whose second time says "p.m." for both: "2:30 to 5:30 p.m."
_PM_RANGE = re.compile(r"(?::\d\d)?\s*(?:to|-|–|(?P<and>and))\s*(?:[1-9]|1[01])(?::\d\d)?\s*"
                       r"(?:p\.m\.|pm\b|PM\b|P\.M\.)")


def _pm(text: str, a: int, b: int) -> bool:
    """Whether "p.m." follows the time at a:b, or follows the end of the range it starts
    ("2:30 to 5:30 p.m.", "between 2:00 and 4:00 p.m.")."""
    if _PM.match(text, b):
        return True
    m = _PM_RANGE.match(text, b)
    return m is not None and (not m.group("and") or _ends_at(_BETWEEN, text, a) is not None)
_RESTATED = re.compile(r"\s*\(\s*$")


def _without_restated(text: str, found: list[Quantity]) -> list[Quantity]:
    """A figure in brackets right after the same figure in words is the words again, as
    treaties and contracts write them: "thirty (30) days", "one hundred and eighty (180)"."""
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        if prev is not None and prev.value == q.value and prev.kind == q.kind == "number" \
                and not any(ch.isdigit() for ch in prev.text) and q.text.isdigit() \
                and _RESTATED.fullmatch(text, prev.span[1], q.span[0]) \
                and text.startswith(")", q.span[1]):
            continue
        out.append(q)
    return out


# ---------------------------------------------------------------- list items

# An enumeration item that opens a sentence (一是…, 第二，…, 其三，…) and the English ordinal that
# renders it (Second, …; secondly; "2." or "(2)" at the start): lint's evidence of a lost heading.
_ONE_TO_TEN = "[一二三四五六七八九十]"
_LIST_ITEM = re.compile(rf"\s*(?:({_ONE_TO_TEN})是|[第其]({_ONE_TO_TEN})[，、：,:])")
_EN_ORDINAL_OF = {n: word for word, n in _ORD_EN.items()}


def list_item(sentence: str) -> int | None:
    """2 for 二是拓展经贸关系。, None for a sentence that is no enumeration item."""
    m = _LIST_ITEM.match(sentence)
    return int(_cn_to_number(m.group(1) or m.group(2))) if m else None


# A section's or an article's own number opening it: 三、 （三） 3. in Chinese (a list number,
# as `extract_zh` reads it), "III." "3." "(3)" "(iii)" in English (a roman numeral, or a
# figure, before its stop or in brackets)
_HEADING_EN = re.compile(r"\s*(?:\((?P<a>\d{1,2}|[ivxlc]{1,6})\)|(?P<b>\d{1,2})[.)](?!\d)"
                         r"|(?P<c>[IVXLC]{1,6})\.(?=\s))")
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
_ROMAN_TEXT = re.compile("[IVXLC]+")


def heading_number(sentence: str, chinese: bool) -> int | None:
    """3 for 三、新时代中国国际发展合作的未来方向 and for "III. The way forward": the number a
    heading or an article opens with, the same in both languages however written."""
    if chinese:
        text = sentence.translate(_FW)
        m = _LIST_NO.match(text) or _LIST_CN.match(text)
        if m is None:
            return None
        n = m.group().strip().strip("(（)）.、．")
        return int(n) if n.isdigit() else int(_cn_to_number(n) or 0) or None
    m = _HEADING_EN.match(sentence)
    if m is None:
        return None
    n = next(g for g in m.groups() if g)
    if n.isdigit():
        return int(n)
    return roman(n)


def roman(numeral: str) -> int:
    """The value of a Roman numeral (either case): 4 for "IV", 14 for "xiv"."""
    values = [_ROMAN[ch] for ch in numeral.lower()]
    return sum(-v if k + 1 < len(values) and v < values[k + 1] else v
               for k, v in enumerate(values))


def ordinal_en(number: int) -> str:
    """The English ordinal word of `number` ("second" for 2)."""
    return _EN_ORDINAL_OF[number]


def has_ordinal(text: str, number: int) -> bool:
    """Whether `text` renders list item `number`: its ordinal word (-ly too), or "2."/"(2)"
    at the start."""
    return re.search(rf"\b{ordinal_en(number)}(?:ly)?\b|^\s*\(?{number}[.)]", text,
                     re.I) is not None


# ---------------------------------------------------------------- numerals of a name

_PINYIN_OF_NUMERAL = {"零": "ling", "〇": "ling", "一": "yi", "二": "er", "两": "liang",
                      "三": "san", "四": "si", "五": "wu", "六": "liu", "七": "qi", "八": "ba",
                      "九": "jiu", "十": "shi", "百": "bai", "千": "qian", "万": "wan"}


def numeral_spelling(q: Quantity) -> str | None:
    """The pinyin of a Chinese figure in words (十八 "shiba"), which a place's name may carry
    (十八洞村 "Shibadong village", 三门峡 "Sanmenxia"); None for digits, for other characters
    and for two-letter spellings alone (二 "er", 八 "ba"), too common inside English words."""
    if any(ch not in _PINYIN_OF_NUMERAL for ch in q.text):
        return None
    spelt = "".join(_PINYIN_OF_NUMERAL[ch] for ch in q.text)
    return spelt if len(spelt) >= 3 else None


def spells_name(spelling: str, target: str) -> bool:
    """Whether `target` has a capitalised word that opens with `spelling` and goes on."""
    return re.search(rf"\b{spelling.capitalize()}[a-z]", target) is not None


# ---------------------------------------------------------------- comparison


# A rank in English, an ordinal before a superlative: "second-largest", "third most
# populous"; the Chinese says it (第二大, 第三), and 最大 is never "second-largest".
# the place of a time in a run is the run's length: "for the second year in a row" counts
# two years, as 连续两年 does (an ordinal word is soft, a count in characters of another sort)
_IN_A_ROW = re.compile(r"\s+(?:(?:consecutive|straight|successive)\s+(?:year|month|week|"
                       r"quarter|season)s?\b|(?:year|month|week|quarter|season)s?\s+(?:in a "
                       r"row|running)\b)", re.I)
_RANK_AFTER = re.compile(r"[- ](?:largest|biggest|greatest|highest|busiest|most(?= [a-z])|"
                         r"longest|oldest|richest|fastest|strongest|smallest|lowest|leading)\b",
                         re.I)


def is_soft(q: Quantity) -> bool:
    """True for quantities never reported on their own (small counts in words, bare months)."""
    if q.kind == "ratio" and q.unit and any(ch.isdigit() for ch in q.text.translate(_FW)):
        return False  # 增长了1.5倍 is always rendered, as 1.5% is
    if q.kind in ("month", "day", "relative", "ratio", "period", "named"):
        return True  # 三月 may be "early spring", 今年 "in 2023": reported only when contradicted
    if q.text.lower() in ("noon", "midday"):
        return True  # 中午 is "noon" too: the hour 12 only where the source gives it (12时)
    if q.kind == "decade" and q.approx:
        return True  # 上世纪末 "at the end of the last century" or "the late 1990s"
    if q.kind in ("number", "ordinal") and _ROMAN_GRADE.fullmatch(q.text):
        return False  # Ⅱ级, "Level I", "Chapter I": a grade or a division is always said
    if q.kind == "ordinal" and q.value == 1:
        return True  # 第一大 → "largest", 首次 → "first": too idiomatic to demand
    if q.kind == "ordinal" and _RANK_AFTER.search(q.text):
        return False
    if q.kind == "percent" and _is_share(q) or q.unit == "pp" and q.value <= 10 and \
            not any(ch.isdigit() for ch in q.text):
        return True  # 两成 may be "a fifth", 一个百分点 "a percentage point"
    if q.kind == "ordinal" and (q.text.startswith("第") or _ROMAN_TEXT.fullmatch(q.text)) or \
            q.text.endswith("周年"):
        return False  # 第二届, 十周年, "Chapter II", "Level IV" are always rendered or said
    if q.kind in ("number", "duration", "ordinal") and isinstance(q.value, float):
        has_digit = any(ch.isdigit() for ch in q.text.translate(_FW))
        if not has_digit and q.value <= 10:
            return True
        if not has_digit and q.approx and q.value in (100.0, 1e3, 1e6, 1e9, 1e12):
            return True  # "a thousand years", bare "hundred"
    if q.unit == "d" and q.approx and q.text.lower().endswith(tuple(_SPAN_DAYS)):
        return True  # "about a month" answers 约30天 but is never demanded on its own
    if q.text.lower() in _CENTENARIES:
        return True  # "the Second Centenary Goal" is 第二个百年奋斗目标, with no figure
    return q.kind == "duration" and q.approx and q.text.lower().endswith("decade")


_NUMERIC = {"number", "money", "year", "ordinal", "duration"}


def rounds_to(fine: float, coarse: float) -> bool:
    """Whether `fine` rounded at `coarse`'s last significant digit is `coarse`: a headline
    rounds its figure (前三季度全国一般公共预算收入16.3万亿元) where the lead gives it whole
    (163095亿元, "16.31 trillion yuan")."""
    if coarse == 0 or fine == 0:
        return False
    step = 10.0 ** Decimal(f"{coarse:.12g}").normalize().as_tuple().exponent
    return abs(fine - coarse) <= step / 2 * (1 + 1e-9) and fine != coarse


def _close(a: float, b: float, loose: bool) -> bool:
    if a == b:
        return True
    tol = 0.05 if loose else 1e-9
    return abs(a - b) <= tol * max(abs(a), abs(b))


def _near(zh: float, en: float, loose: bool) -> bool:
    """`_close`, and an approximate English figure never finer than the Chinese one: 2100多年
    may be "more than 2,100 years" or "over 2,000 years", not "more than 2,103 years" (a
    slipped digit the 5 % tolerance would let through)."""
    return _close(zh, en, loose) and (zh == en or _digits(en) <= _digits(zh))


def _rounded(z: Quantity, e: Quantity) -> bool:
    """A large amount rounded in English without a hedge, as statistics are reported:
    98521亿千瓦时 → "9.85 trillion kWh", 140828万人 → "1.41 billion". The English keeps at least
    two significant digits, is the Chinese rounded to them, and is within 1 % of it (so 134.9
    trillion may be "135 trillion" but not "130 trillion")."""
    if z.kind not in ("number", "money") or e.kind not in ("number", "money"):
        return False
    zv, ev = float(z.value), float(e.value)
    n = _digits(ev)
    if abs(zv) < 1e4 or n < 2 or n >= _digits(zv):
        return False
    return _close(float(f"{zv:.{n}g}"), ev, False) and abs(zv - ev) <= 0.01 * abs(zv)


def transposed(expected: float, written: float) -> bool:
    """Whether `written` is `expected`, rounded to as many decimals as `written` has, with two
    neighbouring digits swapped: "5,694 kg per hectare" for 397.6公斤/亩 (5,964), a slip the
    5 % a conversion is allowed lets through (twenty-first round)."""
    text = f"{abs(written):.6f}".rstrip("0").rstrip(".")
    places = len(text.partition(".")[2])
    want = f"{abs(expected):.{places}f}".replace(".", "")
    got = text.replace(".", "")
    if len(want) != len(got) or want == got:
        return False
    diff = [i for i in range(len(got)) if want[i] != got[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and \
        want[diff[0]] == got[diff[1]] and want[diff[1]] == got[diff[0]]


def _digits(x: float) -> int:
    """Significant digits of a figure as written: 2100 → 2, 2103 → 4, 365.21 → 5."""
    # to 15 significant digits: "8.642 trillion" is 8641999999999.999 as a float, 4 digits
    text = f"{abs(x):.15g}"
    if "e" in text:
        text = f"{abs(x):.6f}".rstrip("0").rstrip(".")
    whole, _, frac = text.partition(".")
    digits = (whole + frac).lstrip("0")
    return len(digits if frac else digits.rstrip("0"))


def _compatible(z: Quantity, e: Quantity, loose: bool) -> bool:
    if z.unit == "pairs":  # 由每日2对增至4对: "from two pairs to four", "from four to eight"
        return e.kind == "number" and e.unit in (None, "pair") and \
            float(e.value) in (float(z.value), 2 * float(z.value))
    if z.unit == "h12":  # a bare hour (十点结束): "10 a.m." or "10 p.m."
        return e.kind == "number" and e.unit is None and \
            float(e.value) in (float(z.value), float(z.value) + 12)
    if "midnight" in (z.text.lower(), e.text.lower()):  # 零时 or 24时: the hour 0 or 24
        return {float(z.value), float(e.value)} <= {0.0, 24.0}
    if z.kind in _NUMERIC and e.kind in _NUMERIC:
        if e.unit == "m" and z.unit is None and abs(float(z.value)) >= 1e5:
            # "Passengers: 62.1m" for 6214.5万人次: the press's million glued to a count, no
            # metres (a length is never a count in 万 or 亿)
            e = replace(e, value=float(e.value) * 1e6, unit=None)
        zm, em = MEASURES.get(z.unit or ""), MEASURES.get(e.unit or "")
        if zm and em and z.unit != e.unit:  # 98.8 km = 98,800 metres; never km = m
            if {zm[0], em[0]} == {"length", "speed"}:
                zm = MEASURES[_PER_TIME.get(z.unit or "", z.unit or "")]
                em = MEASURES[_PER_TIME.get(e.unit or "", e.unit or "")]
            if {z.unit, e.unit} & {"kg/mu", "kg/ha"} and "kg" in (z.unit, e.unit) or \
                    (z.unit, e.unit) == ("kg", "t/ha"):
                # kilograms where the clause says per mu once (每亩产量增加3.1公斤): a yield;
                # English kilograms of the source's yield ("The yield per hectare was 5,626.2
                # kg" for 5626.2公斤/公顷) in its unit of area
                zm = MEASURES["kg/mu"] if z.unit == "kg" else MEASURES[z.unit]
                em = MEASURES[e.unit] if e.unit != "kg" else \
                    zm if z.unit in ("kg/mu", "kg/ha") else MEASURES["kg/mu"]
            elif {z.unit, e.unit} == {"t", "t/ha"}:
                # tonnes where the clause says per hectare before the figure (每公顷10.8吨)
                zm = em = MEASURES["t/ha"]
            # a conversion rounded at the English figure's last digit ("5.52 t/ha" for
            # 5522.6公斤/公顷, "62 miles" for 100千米), or within 5 % where the English hedges
            # ("some 700 million tonnes"): "5.25 t/ha" is a slip, not a rounding
            converted = float(z.value) * zm[1] / em[1]
            return zm[0] == em[0] and (
                _close(converted, float(e.value), False) or rounds_to(converted, float(e.value))
                or e.approx and _close(converted, float(e.value), True)) and \
                not transposed(converted, float(e.value))
        return not unit_clash(z, e) and (
            _near(float(z.value), float(e.value), loose and e.approx)
            or _rounded(z, e))
    if {z.kind, e.kind} == {"percent", "number"} and "‰" in (z.unit, e.unit) and \
            None in (z.unit, e.unit):  # 3.4‰ = "3.4 per thousand people"
        return _near(float(z.value), float(e.value), loose and e.approx)
    if z.kind == "period" and e.kind in ("period", "ordinal"):  # 三季度 = "Q3" = "the third"
        return z.value == e.value if e.kind == "period" else z.value[1] == e.value
    if z.kind == "ratio" and z.unit and e.kind != "ratio":
        return _multiple_fits(z, e)
    if z.kind == "ratio" or e.kind == "ratio":  # "more than doubled" for 增长1.1倍 (2.1 times)
        return z.kind == e.kind and (z.value == e.value or
                                     e.approx and e.value < z.value < e.value + 1)
    if z.kind == e.kind == "percent" and (_is_share(z) or _is_share(e)):
        # 三成 may be "nearly a third", 两成 "a fifth" or "20 percent", not "a quarter"
        return abs(z.value - e.value) <= 0.12 * max(z.value, e.value)
    if {z.unit, e.unit} == {"%", "‰"}:  # 1‰ of the principal is "0.1% of the principal"
        return _near(z.value / (10 if z.unit == "‰" else 1),
                     e.value / (10 if e.unit == "‰" else 1), loose and e.approx)
    if z.kind == "percent" and z.unit == "pp" and e.unit == "pt":
        # 近12个百分点 "almost 12 points": percentage points said short, as 0.3个百分点 is
        # "0.3 points" (never 12% "12 points")
        return _near(z.value, e.value, loose and e.approx)
    if z.kind == "number" and z.unit is None and e.unit == "pp" and not e.approx:
        # 上涨35.62点 "rose 35.62 points": an index's points, which the English reads as a
        # rate's (a bare decimal in the Chinese is never a percentage)
        return z.value == e.value
    if z.kind == "percent" or e.kind == "percent":  # 0.6个百分点 is never "0.6 percent"
        return z.kind == e.kind == "percent" and z.unit == e.unit and \
            _near(z.value, e.value, loose and e.approx)
    if z.kind == "date" and e.kind == "date" or z.kind == e.kind == "coord":
        return z.value == e.value
    if z.kind == e.kind == "decade":  # 90年代: "the 1990s" (or 2090s); 上世纪90年代: 1990s only
        low, high = sorted((z.value, e.value))
        # (a century's part, 十九世纪末, may be said of the century: "the late 1800s")
        return low == high or (low < 100 and high % 100 == low) or \
            z.approx and e.value % 100 == 0 and e.value == z.value // 100 * 100
    if z.kind == "decade" and z.approx and e.kind == "ordinal":  # 十九世纪末: "nineteenth"
        return z.value // 100 + 1 == e.value
    if z.kind == "named":  # 九一八 = "September 18", 五四 = "May Fourth" (an ordinal 4)
        return e.value == z.value if e.kind == "date" else \
            e.kind == "ordinal" and e.value == z.value[1]
    if z.kind == "day" and e.kind == "date":
        return z.value[1] == e.value[1]
    if z.kind == "day" and e.kind == "ordinal":  # 19日 = "on the 19th"
        return z.value[1] == e.value
    if z.kind == "date" and e.kind == "ordinal" and len(z.value) == 2 and \
            e.text[:1].isdigit():  # 12月28日 = "on Monday the 28th", the month left understood
        return z.value[1] == e.value
    if z.kind == "month" and e.kind in ("month", "date"):
        return z.value[0] == e.value[0]
    if z.kind == "relative" and e.kind == "relative":
        return z.value == e.value
    if loose and "relative" in (z.kind, e.kind):  # 今年 = "in 2025", 今天 = "on May 19"
        rel, other = (z, e) if z.kind == "relative" else (e, z)
        return other.kind in _ABSOLUTE.get(rel.value[0], ())
    return False


_ABSOLUTE = {"year": ("year",), "month": ("month",), "day": ("date", "day")}


def _multiple_fits(z: Quantity, e: Quantity) -> bool:
    """Whether `e` gives the multiple `z` (增长了两倍, three times as large; 是……的两倍, twice):
    "three times", "threefold", "200 percent" (the growth) for the first. "Grew two times" and
    "twofold" for 增长了两倍 are left alone: English reads them either way."""
    if e.kind == "number" and e.unit in (None, "times"):
        return _close(float(e.value), z.value, False) or \
            z.unit == "by" and _close(float(e.value), z.value - 1, False)
    return z.unit == "by" and e.kind == "percent" and e.unit == "%" and \
        _close(e.value, (z.value - 1) * 100, False)


def same_amount(z: Quantity, e: Quantity) -> bool:
    """Whether `e` gives the amount `z` exactly, in another unit of its measure, or rounded as
    statistics are (`_compatible` without a hedge's tolerance): what the aligner counts as one
    figure across (26613千公顷 and "26.61 Mha", 186540万元 and "1.87 billion yuan")."""
    return _compatible(z, e, False)


def converts(z: Quantity, e: Quantity) -> bool:
    """Whether `e` gives `z` in another unit of its measure: the tonnes a translator adds in
    brackets after 1.43万亿斤 "1.43 trillion jin" must be 715 million."""
    zm, em = MEASURES.get(z.unit or ""), MEASURES.get(e.unit or "")
    if z.unit == "kg" and em and em[0] == "yield":  # 亩产568公斤, a yield: "(8.5 t/ha)"
        zm = em
    return bool(zm and em) and zm[0] == em[0] and z.unit != e.unit and _compatible(z, e, True)


def restates(z: Quantity, e: Quantity) -> bool:
    """Whether `e` gives `z` in its own unit of measure again, as a translator who converts
    keeps the source's figure in brackets: "119.47 million hectares (1.792 billion mu)" (and
    亩产397.6公斤, bare kilograms a yield, as "(397.6 kg per mu)")."""
    return (z.unit == e.unit or (z.unit, e.unit) == ("kg", "kg/mu")) and \
        z.unit in MEASURES and _compatible(z, e, False)


def unit_clash(z: Quantity, e: Quantity) -> bool:
    """True when both figures carry a unit of the same sort and the units differ: a currency
    for another, metres for kilometres, percent for percentage points."""
    if not (z.unit and e.unit) or z.unit == e.unit:
        return False
    if z.kind == e.kind and z.kind in ("money", "percent"):
        return True
    zm, em = MEASURES.get(z.unit), MEASURES.get(e.unit)
    return bool(zm and em and zm[0] == em[0])


def _is_share(q: Quantity) -> bool:
    """A percent written as a share: 三成, 三分之二, "two thirds", "a fifth"."""
    return q.kind == "percent" and (q.text.endswith("成") or "分之" in q.text and
                                    not q.text.startswith(("百分之", "千分之"))
                                    or q.text.lower().rstrip("s").endswith(tuple(_FRACTIONS))
                                    or q.text.lower().endswith("half")
                                    or q.text in ("一半", "半数"))


def _first_quarters(n: int) -> tuple[str, int]:
    """The period the first `n` quarters of a year make: two are the first half (H1)."""
    return ("half", 1) if n == 2 else ("quarters", n)


def _contradicted(q: Quantity) -> str | None:
    """The sort of a soft quantity that is reported when the other side has one of the same
    sort left over: a bare month against another month, 今年 against "last year", 首届 against
    "the second"."""
    if q.kind in ("month", "ordinal", "ratio"):
        return q.kind
    if q.unit == "times" or q.text.lower().endswith("fold"):  # 两次 against "three times"
        return "times"
    if q.kind == "number" and q.unit is None and 2 <= q.value <= 10 and \
            not any(ch.isdigit() for ch in q.text.translate(_FW)):
        return "count"  # 三点建议 against "two proposals" (a lone 一, "a", is never one)
    if q.kind == "duration" and q.unit is None and 2 <= q.value <= 10 and \
            all(ch in _CN_DIGIT or ch in _CN_SMALL_UNIT for ch in q.text):
        return "count"  # 建交五年来 against "in the six years since" (not "half a decade")
    if q.kind == "period":  # 三季度 against "the fourth quarter" or a bare "the fourth"
        return "ordinal"
    if _is_share(q):  # 三分之二 against "one third"
        return "share"
    if q.kind == "relative" and q.text != "上年":  # 比上年: the year before the one reported
        return "relative " + q.value[0]               # on, not before the writing ("last year")
    return None


def _partner_of(z: Quantity, en: list[Quantity], used: list[bool], soft: list, loose: bool,
                same: bool) -> int | None:
    """The first free English figure compatible with `z` (with its value and unit if `same`),
    a hard one before a soft one, and of the same value one of its own kind first (两国 is
    the "two" of "the two countries", not the "second" of "the second anniversary")."""
    best, rank = None, (2, 2)
    for j, e in enumerate(en):
        # ("the two countries" is a pair's two, 两国's own unit: no unit against none)
        # (nor "350 km/h" against 时速350公里: the speed said by its distance)
        if used[j] or same and (e.value != z.value or e.unit != z.unit and
                                {e.unit, z.unit} != {None, "pair"} and
                                _PER_TIME.get(e.unit or "", e.unit) !=
                                _PER_TIME.get(z.unit or "", z.unit)) or \
                not _compatible(z, e, loose):
            continue
        if soft[j] is None:
            soft[j] = is_soft(e)
        r = (int(soft[j]), int(e.kind != z.kind))
        if r == (0, 0):
            return j
        if r < rank:
            best, rank = j, r
    return best


def match_quantities(
    zh: list[Quantity], en: list[Quantity]
) -> tuple[list[Quantity], list[Quantity]]:
    """Pair source and target quantities; return (unmatched_zh, unmatched_en), soft ones dropped
    (see `pair_quantities`)."""
    _, unmatched_zh, unmatched_en = pair_quantities(zh, en)
    return unmatched_zh, unmatched_en


def pair_quantities(
    zh: list[Quantity], en: list[Quantity]
) -> tuple[list[tuple[Quantity, Quantity]], list[Quantity], list[Quantity]]:
    """Pair source and target quantities; return (pairs, unmatched_zh, unmatched_en), soft ones
    dropped from the unmatched.

    Pairing is by value (exact; within 5% when the English hedges with "about", "nearly", ...),
    across forms: 948亿美元 = $94.8 billion, 30周年 = 30th, 2023年 = 2023, 19日 ≈ May 19
    or "the 19th".
    Hedges themselves (多/余 vs "over") are not compared.
    """
    used = [False] * len(en)
    soft = [None] * len(en)  # is_soft of each English figure, computed when first needed
    pairs: list[tuple[Quantity, Quantity]] = []
    # Hard, specific quantities choose first so that soft ones cannot steal their partners.
    order = sorted(range(len(zh)), key=lambda i: (is_soft(zh[i]), zh[i].kind in ("day", "month")))
    # the same figure in the same unit first, for every figure before any takes a partner
    # of another form: 1.4万亿斤 is "1.4 trillion jin", not the "(715 million tonnes)" that
    # converts 1.43万亿斤 beside it, within 5 %; and 368.2公斤/亩 is "(368.2 kg per mu)", which
    # must not go to the 5522.6公斤/公顷 before it when its English is a slip ("5,252.6 kg")
    # (and a hard partner before a soft one, which may go unpaired: 第一条 is the "Article 1"
    # beside "one Party", not the "one")
    for loose, same in ((False, True), (False, False), (True, True), (True, False)):
        pending = []
        for i in order:
            z = zh[i]
            j = _partner_of(z, en, used, soft, loose, same)
            if j is None:
                pending.append(i)
                continue
            used[j] = True
            pairs.append((z, en[j]))
        order = pending
    # A bare month is soft (三月 may well be "early spring"), but a month left over on both
    # sides is a wrong month: 3月 against "May"; so is 今年 left over against "last year", and
    # 首届 against "the second".
    left_en = [e for j, e in enumerate(en) if not used[j]]
    # Only soft quantities make a clash: a hard 第十三 left over is reported on its own and must
    # not drag in an idiomatic "first" of the same sentence.
    sorts_zh = [_contradicted(zh[i]) for i in order if is_soft(zh[i])]
    sorts_en = [_contradicted(e) for e in left_en if is_soft(e)]
    clash = (set(sorts_zh) & set(sorts_en)) - {None}
    if "ratio" in sorts_zh and "times" in sorts_en:  # 是去年的两倍 against "three times"
        clash |= {"ratio", "times"}
    if sorts_zh.count("count") > 1 or sorts_en.count("count") > 1:
        clash.discard("count")  # 八省区 "five regions and three provinces": restructured
    unmatched_zh = [zh[i] for i in sorted(order)
                    if not is_soft(zh[i]) or _contradicted(zh[i]) in clash]
    # a hard ordinal left over (第五份) against an ordinal word beyond "first" left over
    # ("fourth"): the same place changed, as 首届 against "the second" is
    if any(z.kind == "ordinal" and not is_soft(z) for z in unmatched_zh):
        clash.add("ordinal word")
    # and a hard count of a few left over (7家) against a count word left over ("six
    # companies"): the count changed
    if any(z.kind == "number" and not is_soft(z) and z.value in FEW for z in unmatched_zh):
        clash.add("count word")
    unmatched_en = [e for e in left_en if not is_soft(e) or _contradicted(e) in clash
                    or not any(ch.isdigit() for ch in e.text) and (
                        "ordinal word" in clash and e.kind == "ordinal" and e.value != 1
                        or "count word" in clash and e.kind == "number" and e.value in FEW
                        and e.unit != "pair")]  # (not "the two sides": 双方)
    if any(e.unit == "h" for e in unmatched_en):
        unmatched_en = [e for e in unmatched_en if not _hours_spanned(e, zh)]
    return pairs, unmatched_zh, unmatched_en


def _hours_spanned(e: Quantity, zh: list[Quantity]) -> bool:
    """Whether `e`, a number of hours, is the span of a range of clock hours the source gives
    (14日8时至20时 as "Peak 12-hour rainfall (08:00–20:00)": the hours between them; probes25's
    event brief, checked since genres17). Any other number of hours is still added."""
    hours = [z for z in zh if z.kind == "number" and z.unit is None and
             isinstance(z.value, float) and 0 <= z.value <= 24]
    return e.unit == "h" and any(0 < b.span[0] - a.span[1] <= 2 and b.value - a.value == e.value
                                 for a, b in itertools.pairwise(hours))


FEW = frozenset(float(n) for n in range(2, 11))  # the counts English spells ("two" … "ten")


# ---------------------------------------------------------------- direction of a change

# The verb right before a figure says which way it went: 下降2.1% / "fell by 2.1 percent",
# 多12万人 / "120,000 more". A figure paired across the languages whose directions are both
# known and opposite is a changed figure (+2.1 % for −2.1 %). Only the words next to the figure
# count: fillers (了/约/到; "by", "about", "to") may come between, anything else ("down from",
# a comma, a noun) leaves the direction unknown, and an unknown side is never reported.
_ZH_DIRECTION = re.compile(
    r"(?:(?P<up>增长|上涨|提高|增加|上升|回升|增产|扩大|偏高|偏多|高于|多于|加快|[增涨升多高])"
    r"|(?P<down>下降|下跌|降低|减少|回落|下滑|减产|缩小|偏低|偏少|低于|少于|放缓|[减降跌少低]))"
    r"(?:了|约|近|达|到|至)*$")
_EN_UP = frozenset("rose rise rises rising risen grew grow grows growing grown up increase "
                   "increased increases increasing gain gained gains climbed jumped raised raise "
                   "higher growth".split())
_EN_DOWN = frozenset("fell fall falls falling fallen down decline declined declines declining "
                     "decrease decreased decreases decreasing drop dropped drops dropping cut cuts "
                     "reduce reduced reduces reducing lowered lower shrank shrunk contracted "
                     "dipped lost".split())
_EN_FILLERS = frozenset("by to of about around nearly almost some roughly approximately a an "
                        "further another just over more than".split())
_PHRASAL = frozenset("made make makes making set sets setting take takes took taken taking "
                     "sum sums summed end ends ended add adds added broken broke break breaks "
                     "breaking written laid lay narrowed".split())
_EN_AFTER = re.compile(r"[^\w,;.]*(?:(?!(?:or|and|to|than)\b)[A-Za-z]+\s+)?"
                       r"(?P<w>higher|lower|more|less|fewer|above|below|faster|"
                       r"slower)\b")
_EN_BEFORE = re.compile(r"(?<![A-Za-z])([A-Za-z]+)\s*$")


# the size of a fall before the verb: 降幅扩大0.1个百分点 is a fall grown deeper, which English
# says either way ("a decline 0.1 percentage point steeper", "the drop widened by 0.1 point")
_FALL_SIZE = re.compile(r"(?:降|跌|减)幅[^，。；,;]{0,4}$")


def direction_zh(text: str, q: Quantity) -> int:
    """+1 when the figure at `q` rose in the Chinese (增长5%), -1 when it fell (下降), else 0
    (also for the size of a fall that grew or shrank: 降幅扩大)."""
    start = max(0, q.span[0] - 6)
    m = _ZH_DIRECTION.search(text[start:q.span[0]])
    if m is None or _FALL_SIZE.search(text, max(0, start + m.start() - 8),
                                      start + m.start()) is not None:
        return 0
    return 1 if m.group("up") else -1


def direction_en(text: str, q: Quantity) -> int:
    """+1 for "rose 5 percent", "5 percent higher"; -1 for "down 5 percent", "1.39 million
    fewer"; 0 when no direction word stands next to the figure."""
    m = _EN_AFTER.match(text, q.span[1])
    if m:
        return 1 if m.group("w").lower() in ("higher", "more", "above", "faster") else -1
    end = q.span[0]
    for _ in range(4):
        m = _EN_BEFORE.search(text, max(0, end - 20), end)
        if m is None:
            return 0
        word = m.group(1).lower()
        if word in ("up", "down"):  # "made up 54 percent", "broken down": no change at all
            prev = _EN_BEFORE.search(text, max(0, m.start() - 20), m.start())
            if prev and prev.group(1).lower() in _PHRASAL:
                return 0
        if word in _EN_UP:
            return 1
        if word in _EN_DOWN:
            return -1
        if word not in _EN_FILLERS:
            return 0
        end = m.start()
    return 0


# ---------------------------------------------------------------- bounds (以上 / "under")

# Hedges are not compared (多 may be "over", "some" or nothing), with one exception that no
# correct rendering makes: a bound turned round. X以上 / 超过X / 不低于X is never "under X" nor
# "nearly X", X以内 / 不超过X / 不到X / 近X never "over X" ("nearly", "almost", "just under"
# agree with 近; 约, "about", is no bound).
_ZH_AT_LEAST_AFTER = re.compile(r"[^\d，。、；：,;:（）()]{0,3}?以上")
_ZH_AT_MOST_AFTER = re.compile(r"[^\d，。、；：,;:（）()]{0,3}?(?:以下|以内)")
_ZH_BOUND_BEFORE = re.compile(
    # (不得超过, 不能超过, 不宜超过: a limit, as 不超过 is)
    # (不得低于, 不应少于: a floor, as 不低于 is)
    r"(?:(?P<most>不[得能宜应可准要]超过)|(?P<least>不[得能宜应可准要]?(?:低于|少于)|至少|超过|高于|多于|"
    r"逾|超)"
    r"|(?P<most2>不超过|不高于|不多于|不到|不足|"
    r"低于|少于|至多|最多|将近|接近|(?<![最附将接])近))(?:了|约|达|到|需要|要|需|有|为|是)*$")
# 近 before a period that ends now is "the past", no bound: 近10年来 "over the past decade"
_ZH_RECENT = re.compile(r"(?:个)?(?:年|月|天|日|周|季度)(?:以)?来")
_EN_BOUND_BEFORE = re.compile(
    r"(?:(?P<most>no\s+more\s+than|not\s+more\s+than|not\s+over|not\s+above|no\s+higher\s+than|"
    r"not\s+exceeding|not\s+beyond|no[t]?\s+(?:longer|greater)\s+than|under|below|less\s+than|fewer\s+than|at\s+most|up\s+to|"
    # "nearly" stops short of the figure: never 超过, 以上 or 多 (近 agrees, 约 says no bound)
    r"nearly|almost|close\s+to|just\s+short\s+of|approaching|"
    # a label's bound ("Maximum indoor temperature: 18°C", "a minimum of 18")
    r"max(?:imum)?\.?(?:\s+[a-z]+){0,3}?(?:\s+(?:of|is)|:))"
    r"|(?P<least>no\s+less\s+than|no\s+fewer\s+than|not\s+less\s+than|no[t]?\s+lower\s+than|"
    # a floor said as a rule ("must not fall below 18 degrees": 不得低于18℃)
    r"(?:must|should|shall|may|can|will|do|does)\s*(?:not|n't)\s+(?:fall|drop|dip|go|sink|be)\s+"
    r"(?:below|under|lower\s+than|less\s+than)|min(?:imum)?\.?(?:\s+[a-z]+){0,3}?(?:\s+(?:of|is)|:)|"
    r"more\s+than|over|above|"
    r"at\s+least|upwards\s+of|in\s+excess\s+of|"
    # a bound said by a comparative or "beyond" (以内 → "beyond 30 days", "longer than")
    r"beyond|exceeding|greater\s+than|longer\s+than))\s+(?:the\s+)?(?:US\s*)?"
    # (a scale's word before its figure: "gusts up to force 8", "at least level 3")
    r"(?:(?:force|level|grade|magnitude)\s+)?\$?$", re.I)
_EN_BOUND_AFTER = re.compile(r"[^\w,;.]*(?:[A-Za-z]+\s+){0,3}?(?:or|and)\s+(?:(?P<least>more|"
                             r"above|over)|(?P<most>less|fewer|below|under))\b"
                             # not the bound of another figure: "under 14 or over the age of 70"
                             # ("1,000 yuan or more are": "are" is no "a")
                             r"(?!\s+(?:(?:the|an?|than|US)\b|\$|\d))", re.I)


def bound_zh(text: str, q: Quantity) -> int:
    """+1 when the Chinese makes the figure a floor (1200万人以上, 超过, 不低于), -1 a ceiling
    (以内, 以下, 不超过, 不到), else 0."""
    m = _ZH_BOUND_BEFORE.search(text, max(0, q.span[0] - 4), q.span[0])
    if m:
        if m.group("most2") and m.group("most2").endswith("近") and \
                _ZH_RECENT.match(text, q.span[1]):
            return 0
        return 1 if m.group("least") else -1
    if q.text.endswith(("多", "余")) or _ZH_AT_LEAST_AFTER.match(text, q.span[1]) or \
            text.startswith(("多", "余"), q.span[1]):  # 2100多年, 1500余家: more than
        return 1
    return -1 if _ZH_AT_MOST_AFTER.match(text, q.span[1]) else 0


# a prohibition earlier in the clause turns "more than" into a limit, as a label or a rule
# words it: "Do not use for more than 3 days" (不超过3天), "must not take more than 4 doses"
_EN_FORBIDS = re.compile(r"\b(?:do\s+not|don't|must\s+not|mustn't|should\s+not|shouldn't|"
                         r"shall\s+not|may\s+not|cannot|can't|never)\b[^.;:!?•\n]*$", re.I)


def bound_en(text: str, q: Quantity) -> int:
    """+1 for "over 12 million", "at least", "12 million or more"; -1 for "under", "below",
    "no more than", "or less", "do not use for more than"; else 0."""
    m = _EN_BOUND_BEFORE.search(text, max(0, q.span[0] - 30), q.span[0]) or \
        _EN_BOUND_AFTER.match(text, q.span[1])
    if m is None:
        return 0
    if m.group("least") and _EN_FORBIDS.search(text, max(0, m.start() - 80), m.start()):
        return -1
    return 1 if m.group("least") else -1


# An exact figure made approximate (共有300人 → "about 300"): the English hedges a figure of
# the same value whose Chinese clause hedges nothing (约, 近, 左右, 多, 预计, 估计 …; 以上,
# 不到 are bounds, `bound_zh`'s). A rounded figure ("about 1.4 trillion" for 1.43万亿) differs
# in value and is no such pair. "some" is left out: another hand writes "Some 12.63 million
# urban jobs were added" for 1263万 (genres3), a total, not a guess.
_EN_HEDGE_BEFORE = re.compile(r"\b(?:about|around|approximately|roughly|circa|an\s+estimated|"
                              r"approx\.?|nearly|almost|close\s+to)\s+(?:the\s+)?(?:US\s*)?"
                              r"\$?$|(?<![\w.])c\.$", re.I)
_EN_HEDGE_AFTER = re.compile(r"[^\w,;.]*(?:[A-Za-z]+\s+)?or\s+so\b", re.I)
_ZH_HEDGE = re.compile(r"约|概|估|预计|预期|预测|近|逾|超|差不多|可能|有望|或|初步|粗略|至少|多达|"
                       r"数|几")
# (an hour of the clock hedged after its minutes too: 6时30分前后 "at around 6:30 a.m.")
_ZH_HEDGE_AFTER = re.compile(r"[^，。；：！？\d]{0,3}?(?:左右|上下|前后|多|余|来|许|以上|以下|以内)"
                             r"|[时点](?:\d{1,2}分|半)(?:左右|前后)")


# A temperature's sign (twenty-first round): 零下12摄氏度, -8℃ is below zero, and its English
# says so ("minus 12 degrees", "-8°C", "12 degrees below zero"); the end of a range (零下5至10度)
# may carry the sign of its start, and is left alone.
_ZH_DEGREES_AFTER = re.compile(r"\s*(?:摄氏|华氏)?(?:度|℃|°)")
_ZH_BELOW_ZERO = re.compile(r"(?:零下|负)\s*$|(?<![\d.０-９])[-−－]\s*$")
_ZH_RANGE_END = re.compile(r"[至到~～—–\-−－]\s*$")
_EN_DEGREES_AFTER = re.compile(r"\s*(?:°|º|℃|degrees?\b)", re.I)
_EN_BELOW_ZERO = re.compile(r"\b(?:minus|negative)\s*$|(?<![\d.])[-−–]\s*$", re.I)
_EN_BELOW_AFTER = re.compile(r"\s*(?:°|º|℃)?\s*(?:degrees?\s*)?(?:Celsius\s*|C\b\s*|"
                             r"centigrade\s*|Fahrenheit\s*|F\b\s*)?(?:below|under)\s+"
                             r"(?:zero|freezing)", re.I)
_EN_SUBZERO = re.compile(r"\b(?:minus|negative|sub-?zero|below (?:zero|freezing))\b|[−]", re.I)


def sign_zh(text: str, q: Quantity) -> int:
    """-1 for a temperature below zero (零下12摄氏度, -8℃), +1 for one above it (12摄氏度),
    0 for a figure of no degrees or a range's end (零下5至10度)."""
    if not _ZH_DEGREES_AFTER.match(text, q.span[1]):
        return 0
    before = text[max(0, q.span[0] - 3):q.span[0]]
    if _ZH_BELOW_ZERO.search(before):
        return -1
    return 0 if _ZH_RANGE_END.search(before) else 1


def sign_en(text: str, q: Quantity) -> int:
    """-1 for "minus 12 degrees", "-8°C", "12 degrees below zero"; +1 for a temperature said
    with no sign in a sentence that says nothing below zero; else 0."""
    if not _EN_DEGREES_AFTER.match(text, q.span[1]):
        return 0
    if _EN_BELOW_ZERO.search(text, max(0, q.span[0] - 10), q.span[0]) or \
            _EN_BELOW_AFTER.match(text, q.span[1]):
        return -1
    return 0 if _EN_SUBZERO.search(text) else 1


def hedged_en(text: str, q: Quantity) -> bool:
    """Does the English hedge the figure at `q` ("about 300", "some 48 billion", "15 or so")?
    A year after "the" names an event, whatever precedes it ("a ban around the 2026 Heling
    Half Marathon": "around" is where, not how many)."""
    before = _EN_HEDGE_BEFORE.search(text, max(0, q.span[0] - 30), q.span[0])
    if before and q.kind == "year" and re.search(r"\bthe\s+$", before.group(), re.I):
        before = None
    return bool(before or _EN_HEDGE_AFTER.match(text, q.span[1]))


def hedged_zh(text: str, q: Quantity) -> bool:
    """Does the Chinese clause of the figure at `q` hedge it (约, 近, 左右, 多, 预计 …)?"""
    clause = re.search(r"[^，。；：！？]*$", text[:q.span[0]]).group()
    return q.approx or bool(_ZH_HEDGE.search(clause) or _ZH_HEDGE_AFTER.match(text, q.span[1])
                            or q.text.endswith(("多", "余")))


# ------------------------------------------------------- words naming a day or a basis

# Words of a closed set a slip swaps for another of the set: a weekday (周三 → "Thursday"),
# and the basis of a change (同比 "year on year" → "month on month"). Each: (name, the
# Chinese that says it, the English that says it). `swapped` in the linter compares them.
WEEKDAYS = tuple(
    (en, re.compile(f"(?:星期|礼拜)[{zh}]|(?<![每一两几数三四五六七八九十])周{zh[0]}"
                    "(?![次遍回年个岁天度])"), re.compile(rf"\b{en}s?\b"))
    for zh, en in (("一", "Monday"), ("二", "Tuesday"), ("三", "Wednesday"),
                   ("四", "Thursday"), ("五", "Friday"), ("六", "Saturday"),
                   ("日天", "Sunday")))
# The months from the start of the year a span counts (twenty-first round): 前三季度 is nine
# ("the first three quarters", "the first nine months"), 一季度 three ("the first quarter",
# "the first three months"), 前两个月 two; a span said as another count of months is another
# span ("the first three months" for 前三季度)
_ZH_FEW = "一二两三四五六七八九十"
_ZH_SPANS = re.compile(rf"[前头]([{_ZH_FEW}]{{1,2}}|\d{{1,2}})个?(季度|月)|(?<![前头{_ZH_FEW}\d])"
                       rf"第?一季度")
_EN_SPANS = re.compile(r"\bfirst (?:(\w+) )?(quarter|month)s?\b|\b(Q1)\b|\bfirst (half)\b",
                       re.I)


def _months(count: str, unit: str) -> int | None:
    """The months of `count` (a figure, in Chinese or English words) `unit`s (季度/quarter,
    月/month, half)."""
    if not count:
        n = 1
    elif count.isdigit():
        n = int(count)
    elif count.lower() in _UNITS_EN:
        n = _UNITS_EN[count.lower()]
    elif all(ch in _ZH_FEW for ch in count):
        n = cn_small(count)
    else:
        return None
    return n * {"季度": 3, "quarter": 3, "half": 6}.get(unit.lower(), 1)


def cn_small(text: str) -> int:
    """一 … 九十九 as an integer (两 is 二)."""
    digits = {ch: i for i, ch in enumerate("零一二三四五六七八九")} | {"两": 2}
    if "十" not in text:
        return digits[text]
    tens, _, ones = text.partition("十")
    return (digits[tens] if tens else 1) * 10 + (digits[ones] if ones else 0)


def span_of_year(source: str, target: str) -> tuple[re.Match, re.Match] | None:
    """(the source's span, the target's) where the English counts the months from the start
    of the year otherwise than the Chinese, says none of the Chinese's counts, and counts in
    months where the Chinese counts in quarters or the other way round; or None."""
    zh = {}
    for m in _ZH_SPANS.finditer(source):
        months = _months(m.group(1) or "", m.group(2) or "季度")
        if months:
            zh.setdefault(months, m)
    if not zh:
        return None
    en = {}
    for m in _EN_SPANS.finditer(target):
        months = 3 if m.group(3) else 6 if m.group(4) else _months(m.group(1) or "", m.group(2))
        if months:
            en.setdefault(months, m)
    if not en or set(en) & set(zh):
        return None
    # quarters against quarters or halves, months against months: the periods `pair_quantities`
    # compares already (前三季度 "the first half")
    zh_m, en_m = next(iter(zh.values())), next(iter(en.values()))
    if (zh_m.group(2) == "月") == ((en_m.group(2) or "").lower() == "month"):
        return None
    return zh_m, en_m


def weekday_against_date(target: str) -> re.Match | None:
    """A weekday the English names beside a date with its year ("Friday, December 3, 2026",
    "Saturday, 9 October 2026") that is not that date's day of the week, or None."""
    for m in _WEEKDAY_DATE.finditer(target):
        month = m.group("m1") or m.group("m2")
        day = int(m.group("d1") or m.group("d2"))
        year = int(m.group("y1") or m.group("y2"))
        try:
            date = datetime.date(year, _MONTH_NAMES.split("|").index(month.capitalize()) + 1,
                                 day)
        except ValueError:
            continue
        if WEEKDAYS[date.weekday()][0] != m.group("w").capitalize():
            return m
    return None


# 上旬/月初 "early June", 中旬 "mid-June", 下旬/月底 "late June" (a month's name after it)
_MONTH_NAMES = ("January|February|March|April|May|June|July|August|September|October|"
                "November|December")
PARTS_OF_MONTH = tuple(
    (name, re.compile(zh), re.compile(rf"\b(?:{en})[- ](?:of )?(?:{_MONTH_NAMES}|(?:the|this|"
                                      rf"that|next|last) month)\b", re.I),
     re.compile(also) if also else None)
    for name, zh, en, also in (
        ("early", "月上旬|月初", "early|the beginning of|the start of", ""),
        ("middle", "月中旬|月中(?![国下])", "(?<!to-)(?<!to )mid|the middle of", ""),
        # (月内, "within the month", is often "by the end of the month")
        ("late", "月下旬|月底|月末", "(?<!to-)(?<!to )late|the end of", "月内"),
        # two parts run together, a forecast's span: 5月中下旬 "mid-to-late May", 上中旬
        # "early to mid-May" (neither part alone)
        ("middle to late", "月中下旬", r"mid[- ]*to[- ]*late", ""),
        ("early to middle", "月上中旬", r"early[- ]*to[- ]*mid", "")))
# 年初 "early 2026", "the start of the year"; 年底/年末 "late 2026", "the end of the year",
# "year-end" (年中 is left out: 2025年中国…, 一年中 "in a year"); the fourth member says the
# part another way (年内 "by the end of the year", 1月 "the start of the year")
_YEAR = r"(?:(?:the|this|that|next|last|the following|the previous) year|\d{4})\b"
PARTS_OF_YEAR = tuple(
    (name, re.compile(zh), re.compile(en, re.I), re.compile(also))
    for name, zh, en, also in (
        ("early", "年初(?![步次心衷级赛选稿审])",
         rf"\b(?:early|(?:the )?(?:beginning|start|opening)(?: months?)? of) {_YEAR}",
         "年1月|年一月|元旦|开年|伊始|开春|年头"),
        ("late", "年底|年末|岁末",
         rf"\b(?:late|(?:the )?(?:end|close|closing)(?: months?)? of) {_YEAR}|"
         r"\byear[- ]?end\b|\b(?:the )?year's end\b|\bend[- ]of[- ](?:the[- ])?year\b",
         "年内|年终|年12月|年十二月|岁尾")))


def _every(period: str) -> str:
    """English that says once a `period`: "every year", "twice a year", "5 tonnes a year" (not
    "a year ago", "for a year")."""
    return (rf"(?:every|each|per|once a|twice a|times a) {period}|(?<=[\d%s] )a {period}"
            r"(?! (?:ago|earlier|later|before|after|on|since|or|of|and)\b)")


# a count of periods of two or more, in English (every two/three/… years, every other year)
_SOME = r"two|three|four|five|six|seven|eight|nine|ten|\d+|other|few|couple of|several"
# A frequency's period: 每年 "every year", "annually", 每月 "monthly" … (the fourth member:
# other Chinese that says the period, 年度 "annual", 日常 "daily")
FREQUENCIES = tuple(
    (name, re.compile(zh), re.compile(en, re.I), re.compile(also)) for name, zh, en, also in (
        ("every year", "每年|每一年|年年|一年一度",
         rf"\b(?:{_every('year')}|annual\w*|yearly|per annum|year after year|year by year)\b",
         "年度|年均|年会|全年|年报|年化|周年|逐年"),
        ("every month", "每月|每个月|每一个月|月月|按月",
         rf"\b(?:{_every('month')}|monthly|month after month|month by month)\b",
         "月度|月均|月报|月刊|月薪|月租|逐月"),
        ("every week", "每周|每星期|每个星期|每礼拜|周周",
         rf"\b(?:{_every('week')}|weekly|week after week|week by week)\b",
         "周度|周均|周报|周刊|周末|逐周"),
        ("every day", "每天|每日|天天|日日|每一天",
         rf"\b(?:{_every('day')}|daily|day after day|day by day|around the clock|"
         r"round the clock|24 hours)\b",
         "日常|日均|日报|日用|日益|日趋|逐日|日夜|昼夜|日新"))) + tuple(
    # once in so many periods (twenty-third round, planted23): 每两年 "every two years",
    # "biennial", not "every year"; 每月 not "every two months" (any count of two or more)
    (f"every N {period}s", re.compile(f"(?:每|每隔)[两二三四五六七八九十](?={zh})"),
     re.compile(rf"\b(?:(?:every|each|once every|once in) (?:{_SOME}) {period}s|{also})\b",
                re.I), re.compile("(?!)"))
    for period, zh, also in (
        ("year", "个?年", r"biennial\w*|triennial\w*|quadrennial\w*|quinquennial\w*"),
        ("month", "个?月", r"quarterly|bimonthly"),
        ("week", "个?(?:周|星期|礼拜)", r"fortnightly|biweekly|bi-weekly"),
        ("day", "(?:天|日)", r"every other day")))
# 一半 bounded: 超过一半 "more than half", 不到一半 "fewer than half" (一半 is no figure of its own:
# "half" is too often 上半年 or 半个世纪 to pair)
HALVES = tuple(
    (name, re.compile("|".join(f"{b}{h}" for b in bounds.split() for h in ("一半", "半数")) +
                      f"|一半{after}|半数{after}"), re.compile(en, re.I))
    for name, bounds, after, en in (
        ("more than half", "超过 多于 高于 逾 过", "以上",
         r"\b(?:more than|over|above|upwards of) half\b|\bmajority\b"),
        ("less than half", "不到 不足 少于 低于 未过 未到", "以下",
         r"\b(?:(?:less|fewer) than|under|below|not even) half\b|\bminority\b")))
_WEEKDAY_DATE = re.compile(
    r"\b(?P<w>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day),?\s+(?:(?P<m1>" + _MONTH_NAMES +
    r")\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{4})|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+"
    r"(?:of\s+)?(?P<m2>" + _MONTH_NAMES + r"),?\s+(?P<y2>\d{4}))\b")
# 同比: against the same period a year before; 环比: against the period just before
BASES = (
    ("year on year", re.compile("同比|同期|上年|去年|前一年|上一年"),
     re.compile(r"\b(?:year[- ]on[- ]year|y-o-y|yoy|year[- ]over[- ]year|a year (?:earlier|"
                r"ago|before)|(?:from|over|on) (?:the same (?:period|month|quarter) (?:of )?"
                r"(?:last|the previous|a) year|last year|the previous year))\b", re.I)),
    ("against the previous period", re.compile("环比|上月|上个月|上季度|上一季度|前一季度|上周|"
                                               "前一个月|上一个月|上旬"),
     re.compile(r"\b(?:(?:month|quarter|week)[- ]on[- ](?:month|quarter|week)|sequential(?:ly)?|"
                r"(?:month|quarter|week)[- ]over[- ](?:month|quarter|week)|(?:from|over|on) "
                r"(?:the previous|the preceding|last|a) (?:month|quarter|week)|a (?:month|"
                r"quarter|week) (?:earlier|before))\b", re.I)),
)
