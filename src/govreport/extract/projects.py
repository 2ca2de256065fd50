"""Investment projects and batch events, in investment news and in work reports.

A sentence that holds project amounts is cut into *groups*, one per project: a new group
starts where a second investment amount, or a second project's name, begins. Each amount is
of a kind read from the words just before it (总投资 → total investment, 完成投资 → investment
completed, 合同引资 → contract capital, 到位资金 → paid-in capital, 年产值 → annual output,
年税收 → annual tax); only investment amounts are a project's amount, the others are fields
of their own, and money for something else (贷款, 补贴, 奖励) is no project's at all.

A group that counts projects (11个项目, 项目11个) and states a total is a **batch event**: one
fact with the count and the total, never a nameless project of its own. The projects that the
same sentence names after it (其中…) are its members.

A project's stage is the latest stage the text says happened (签约 → signed, 开工 → started,
竣工/建成 → completed, 投产 → in production), each with the date written before it; a stage
the text only expects (预计2025年建成投产, 建成后) is kept apart, as expected, and never taken
for the stage or its year. In a work report's plan for the coming year every stage is
planned.

Industries come from data/industries.toml (GB/T 4754-2017 codes), every one the project's
group names; investors are the organisations the group names, each with its role.
"""

from __future__ import annotations

import bisect
import re
from typing import Any
import tomllib
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import combinations
from importlib import resources

from ..model import Identity, Match, Region, Segments, Sentence
from ..near import spans_touched
from ..numbers_cn import cn_to_number
from ..regions import Division, gazetteer, stem_of
from .context import Layout
from .quantity import Quantity, find_quantities, within


class _Inline:
    """re's functions over patterns compiled once for the process. This module writes several
    hundred patterns inline, more than the 512 re's own cache keeps, so re compiled most of them
    again on every document (about a tenth of the module's time); here each is compiled once."""

    compile = staticmethod(lru_cache(maxsize=None)(re.compile))

    def search(self, pattern, string, flags=0):
        return self.compile(pattern, flags).search(string)

    def match(self, pattern, string, flags=0):
        return self.compile(pattern, flags).match(string)

    def fullmatch(self, pattern, string, flags=0):
        return self.compile(pattern, flags).fullmatch(string)

    def sub(self, pattern, repl, string, count=0, flags=0):
        return self.compile(pattern, flags).sub(repl, string, count)

    def split(self, pattern, string, maxsplit=0, flags=0):
        return self.compile(pattern, flags).split(string, maxsplit)

    def finditer(self, pattern, string, flags=0):
        return self.compile(pattern, flags).finditer(string)

    def findall(self, pattern, string, flags=0):
        return self.compile(pattern, flags).findall(string)


_rx = _Inline()

# --- amounts --------------------------------------------------------------------------

INVESTMENT_KINDS = ("total_investment", "completed_investment", "contract_capital", "paid_in_capital")
_CUES = (
    ("annual_plan", r"(?:年度|(?:19|20)\d{2}年|今年|当年|本年|年内|年)计划(?:完成)?投资|(?:年度|年内|今年|当年|本年)(?:投资|投入)"),  # a year's share: no project's amount
    # (完成工业投资70亿元, 完成技改投资, 累计完成项目投资48亿元, 重大项目实现投资516亿元: money put in, of a kind or told with 实现)
    # (but 累计投资 with no 已 before it is the sum the project will take, 计划在某县累计投资55亿元: a total)
    # (已完成6个在建项目投资17.9亿元: what a count of projects has invested, the count between 完成 and 投资)
    ("completed_investment", r"(?<=完成)\d+个[\u4e00-\u9fff]{0,8}?(?:项目|工程)投资(?:额)?|实际投资(?:额)?|(?:累计|已|实际)?完成(?:年度|当年|全年|今年|年)?(?:计划)?(?:固定资产|建设|工业|技改|项目|产业)?投资(?:额)?|实现(?:固定资产)?投资(?:额)?|累计(?:完成|投入)|(?<=已)累计投资|(?<=已经)累计投资|已(?:投资|投入|完成投资)|(?:完成|实际)投入|完成"),
    # (but 协议总投资 is the total the deal names: total investment, as 总投资 is)
    ("contract_capital", r"合同(?:投资总?金?额|引资额|引资|总?金额|资金|外资|投资|额)|签约(?:总金额|总额|金额|资金|额)|协议(?:投资总额|投资额|投资规模|引资总?额|引资|金额|投资|资金)|引进(?:省外|市外|县外|境外|域外|外来)?资金|引资总?额|引资"),
    ("paid_in_capital", r"(?:实际)?到位(?:资金|内资|外资|省外资金|市外资金|境外资金|投资)?|到资|实缴"),  # (实际到位投资总计1.85亿)
    # (利税总额0.72亿元, 年纳税总额3000万元: the tax's total, no investment's)
    # (not a figure per mu, 亩均产值1200万元, 亩均年产值1.3万元, 亩均利税161万元: no project's output or tax)
    ("annual_output", r"(?<!亩均)(?<!亩均年)(?:年|年均|每年)?(?:工业)?(?:总产值|产值|开票销售(?:收入|额)?|销售收入|营业收入|营收|销售额|主营业务收入|产出|工业产值|开票|销售)(?:总额)?"),
    ("annual_tax", r"(?<!亩均)(?<!亩均年)(?:年|年均|每年)?(?:(?:纳|创)?税收|纳税|利税|创税|上缴税金|税金)(?:总额)?"),  # (年缴纳税收约8亿元, 年创税收2000万元: 税收, not 纳税 and what is left; 利税总额0.72亿元: not 总额, a total invested)
    ("total_investment", r"(?:总)?投资额度|(?:项目)?投资总规模|总规模|总投资|计划投资|拟投资|预计投资|估算投资|耗资|斥资|投资总额|项目投资|投资额|总额|投资|投入|总金额|金额"),
    # (funds a government obtains or pays out, 争取政策性项目资金15亿元, 争取到位专债资金10亿元, 兑现惠企资金1.6亿元: no sum invested)
    ("other", r"(?:争取|兑现|下达|拨付|筹集)[^，。；、,;\d]{0,12}?资金|专项?债(?:券)?资金|预算内资金|(?:年)?(?:进出口|出口|外贸)(?:总额|额)|增加值|生产总值|投资强度|亩均投资|亩均|拉动|带动(?!就业)|撬动|贷款|融资|授信|补贴|补助|奖励|资金支持|债券|债|基金|注册资本|资产|市值|资本金|营业额|税|工资|收入|费|利润|额度|规模"),
)
_CUE = re.compile("|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _CUES))
# how many projects a text counts: 16个, 十余项
_COUNT_WORD = r"(?:\d+|[一二三四五六七八九十两百]+)(?:余|多)?(?:个|项)"
# words that may stand between a cue and its amount: 总投资约, 年产值可达, 累计完成投资超, 年产值不低于, 年产值可突破
_FILLER = re.compile(r"(?:[：:][ \t　]*)?(?:[可将预计能有望实现达到超过逾约近为共计合累总新增增加了是分别以上左右亦也已]|人民币|高达|不低于|不少于|突破){0,6}$")  # (注册资本为人民币6亿元, 引进资金也高达10亿元; 总投资：37.48亿元, a colon before the sum; 总产值将突破9亿元)
_JOBS = re.compile(r"(?:带动|新增|解决|提供|吸纳|创造|增加|安置)[^，。；\d]{0,6}?(?:就业|岗位)[^，。；\d]{0,5}?(?=\d)|(?=\d)(?=[\d.]+万?(?:余|多)?(?:个就业岗位|个岗位|人就业))")  # (可解决2000余人就业)


# --- names, investors, places -----------------------------------------------------------

# the numbers of a works' units, parts or sections joined by 、 and told with the word for them:
# (六、)七、八、九厂区, (1、)2号线; such a 、 joins one name, no list
_UNITS_TAIL = r"[\d一二三四五六七八九十]{1,2}(?:、[\d一二三四五六七八九十]{1,2})*(?:厂区|号厂房|号线|标段)"
# (no end where the word is one of a thing's: 工程机械, 工程师, 工程疫苗 and 工程塑料, things a plant makes)
# (a route's branch or ring told after it is its name's: 渝广高速支线, 甲乙高速公路东环线)
_NAME_END = (
    r"(?:项目|基地|工厂|标准厂房|厂房|储备库|冷库|生产线|产线|智算中心|算力中心|计算中心|研究中心|文化中心|体育中心|会展中心|文化园|公园|"
    r"(?:万千瓦|兆瓦|MW|GW)(?:平价|集中式|分布式|[农渔林牧]光互补)?(?:风电|光伏|水电|火电|储能)(?:复合|互补|并网)?(?:发电)?|[一二三四五六七八九十\d]厂区|高铁站|火车站|客运站|处理厂|净化厂|焚烧厂|连接线|水闸|船闸|泵站|中学|小学|幼儿园|体育馆|图书馆|博物馆|煤矿|矿井|养殖场|种猪场|牧场|新厂|分厂|风电场|产业园(?!区)|(?:产业|商贸|科技|物流|配件|汽配|建材|家居|电影|影视|生态|众创|教育|总部|博览|不夜|健康|康养|未来|名品)城(?![际市])|研发中心|运营中心|物流中心|数据中心|总部(?!经济)|综合体|工程(?!(?:与|和)?技术(?:研究)?中心|研究(?:中心|院))|电站|电厂|水厂|医院|学校|大桥|酒店|宾馆|大道|"
    r"(?:示范园|(?<=[\u4e00-\u9fff]{3})(?<!工业)园|中心|广场|厂区|[一二三四五六七八九十]期)(?=(?:已经?|预计|计划|共|累计)?(?:完成)?(?:固定资产|固定)?(?:总)?投资(?:额|金额)?(?:也)?(?:约|近|超|逾|达到|达|约为|为)?\d)|"
    r"(?:旅游度假区|度假区|度假村|养生园|旅游村)(?=[，,]?(?:签约|合同)(?:总)?(?:金额|额)|(?:总)?投资(?:额|金额)?(?:约|近|超|逾|达到|达|约为|为)?\d)|"  # 甲国际旅游度假区，签约金额40亿; 乙养生园总投资10亿元: a resort told with its sum is the works (where no sum follows, 在甲度假区建设乙: where they are)
    r"(?<=[\u4e00-\u9fffA-Za-z]{4})[二三四五六七八九十]期(?=(?:项目|工程)?(?:已经?|顺利|正式|全面|成功)?(?:建成投产|竣工投产|建成|投产|竣工|开工建设|开工))|"  # 甲光伏四期建成投产: a brand's works told by their phase and stage  # 甲示范园总投资5亿元, 乙电声一期已投资1亿元, 甲生物医药园总投资达到100亿元, 乙供应链智慧园总投资也为100亿元, 丙文化艺术中心总投资10亿元: works told with their sum (a 工业园 so told is where others build)
    r"高铁|铁路|客运专线|(?<=[\u4e00-\u9fff]{2})客专|高速公路|高速(?!发展|增长|运转|推进|前进|崛起|成长|扩张|迭代)|机场|码头|港区|水库|枢纽|城际|研究院|校区|(?<!互联|交流|联通|沟通|融合)互通|立交桥|综合管廊|地铁\d+号线(?:支线|延长线|延伸线)?|轨道交通\d+号线(?:支线|延长线|延伸线)?|\d+号线(?:支线|延长线|延伸线)?|[A-Z]\d+线)(?:(?<=高速|公路|铁路|高铁|城际)(?:[东西南北]环线|环线|支线|联络线|延长线|延伸线))?(?:[一二三四五六七八九十\d]期(?:、[一二三四五六七八九十\d]期)*)?(?:工程)?(?![机师库册量友]|车(?!间)|疫苗|塑料|数量|校友|师生|学生|教师|有限|股份|公司|(?:管理|咨询|建设|开发|投资|运营|服务|代建|策划)(?:有限|股份|公司|集团)|清单|负责人|经理|部(?!署|分(?!别))|办|方(?!面)|区?(?:格局|布局|体系)|地位|作用|优势|[\u4e00-\u9fff]{0,4}?(?:部长|处长|局长|科长|总裁|董事长|总经理|主任|书记))"
)
# (工程 before 技术中心, 与技术中心 or 研究中心 is the field of an institution, no end: 甲工程与技术中心项目, 乙工程技术研究中心)
# (项目部 is a project's office, no end of a name; but 项目部分 is part of the project, told with the stage that part
# reached: 甲项目|部分投运, 乙工程|部分完工; 项目部分别 is the offices again)
# (互通 is a road's interchange, 甲南互通, but not the links that 互联互通 and 交流互通 tell of)
# (总部 is a firm's headquarters, 甲华中总部, but 洋湖总部经济区 is a zone, where projects are: no project's name)
# a name that is only words for a kind of works (高速公路, 产业园项目)
_NAME_END_ONLY = re.compile("(?:" + _NAME_END + ")+")
# the first characters of _NAME_END's words: a lookahead for them before the words costs less
# than trying the seventy words, where none opens (after each character of a name's opening run)
_NAME_END_FIRST = r"[度旅处净焚连船泵项基工标厂储冷生产智算计研运文体会公万兆高火客中小幼图博煤矿养种牧新分风物数总综电水医学大铁机码港枢城校互立地轨商科配汽建家影众教不健康未名酒宾示园广一二三四五六七八九十A-Z\d]"
# (a slash between a power and an energy is part of a name: 甲100兆瓦/400兆瓦时储能电站项目, 乙200MW/400MWh储能项目)
# (a single dash between words is part of a name: 甲未来世界—文化旅游中心项目, 川渝合作（广安—合川）乙产业园; a double one,
# ——, sets a title apart)
# (a ± before a direct-current line's voltage is part of its name: 甲—乙±800千伏特高压直流工程, 丙-丁±800kV直流输电工程)
# what a bracket after a name tells of the project, no part of its name (聚焦无人机研发, 年处理24万吨废轮胎)
_TOLD_OF_IT = r"聚焦|涵盖|主要|包括|年处理|年产|占地|用于|位于|总投资|投资|计划|预计|拟"
_NAME = re.compile(
    r"(?:[\u4e00-\u9fffA-Za-z0-9“”『』「」（）()·.×\-&＆+＋]|(?<=[\u4e00-\u9fff）)])[—－](?=[\u4e00-\u9fff（(])|/(?:年|[a-zA-Z]{1,2}\d?(?![a-zA-Z]))|(?<=[\u4e00-\u9fff])/(?:天|日|小时)|(?<=瓦|[WwHh])/(?=[\d.]+\s?(?:兆瓦|千瓦|万千瓦|吉瓦|[MGk][Ww]))|(?<=\d)、(?=\d{1,2}\s?(?:号|#|＃))|(?<=[\d一二三四五六七八九十])、(?=" + _UNITS_TAIL + r")|(?<=[\u4e00-\u9fff])±(?=\d)){2,40}?(?=" + _NAME_END_FIRST + ")(?:" + _NAME_END + r")+"
    r"(?:(?<=机场)(?:[A-Z]\d[A-Z]?|新)?航站(?:楼|区))?"  # 甲机场T1航站楼, 乙机场T3B航站楼: the airport's terminal
    r"(?:(?<=医院)(?:(?:[东西南北中新]|[\u4e00-\u9fff]{2,4}?)(?<!住)院区)|(?<=港区)[\u4e00-\u9fff]{2,4}?作业区(?:[一二三四五六七八九十]期)?)?"  # 甲医院东城院区, 甲医院西院区, 乙港区丙作业区二期: a campus or a port's work area, named after the whole
    r"(?:(?<=工程|电站|电厂)(?:[\u4e00-\u9fff]{2,4}?核电)?[\d一二三四五六七八九十]{1,2}(?:、[\d一二三四五六七八九十]{1,2})*号(?:机组|机|主变))?"  # 甲变电站2号主变, 乙示范工程丙核电5号机: a unit of the works, told after it
    r"(?:(?<=公路|高速|铁路|高铁|城际|国道|省道|干线|号线)(?:[\u4e00-\u9fff]{2,6}至)?[\u4e00-\u9fff]{2,6}?段(?:(?:[\u4e00-\u9fff]{0,6}?(?:工程|项目))(?![\u4e00-\u9fff]{0,2}(?:公司|有限)))?)?"  # 京昆高速公路蒲城至涝峪段改建扩容工程, 南珠高铁南玉段
    r"(?:(?<=大道|公园|工程|机场|水库|码头)[\u4e00-\u9fff]{1,3}?(?<![阶手地时片])段(?![\u4e00-\u9fff]{0,2}(?:公司|有限)))?"  # 东江公园下游段, 甲公路改建工程蓝田段, 乐山机场试验段: a section of other works
    r"(?:(?:(?![和及与、的在是将个])[\u4e00-\u9fff]){0,6}?项目|(?:加高)?(?:迁建|扩建|改扩建|改建|新建|续建|扩容|提升改造|扩能改造|提质改造|升级改造|提标改造|改造|除险加固)工程|(?:改扩建|扩建|迁建)(?=[、，。；,;]|$|顺利|正式|全面|加快|已|开工|建成|竣工|投产|完成))?"  # 甲机场改扩建、乙机场二期扩建顺利实施
    r"(?:[（(](?![^）)]*(?:简称|下同|亿|万元|%))(?!" + _TOLD_OF_IT + r")[^（）()，。]{2,20}[）)](?:项目|工程)?)?"  # 张吉怀高铁(州内段), 甲基地(二期)项目
    # (not what a bracket after the name tells of it: 甲基地项目（聚焦无人机研发、生产）)
    r"(?:及配套[\u4e00-\u9fff]{0,8}?(?:项目|工程|设施)(?:项目|工程)?)?"  # 甲产业园及配套基础设施项目
)
# every name ends in one of these words: a clause without one (most clauses) holds no name,
# and one scan for the words alone is about ten times cheaper than a scan for names. (The
# lookahead, the first characters of _NAME_END's words, the same matches: re tries the class
# at each character at a third of the cost of trying the alternation there)
_NAME_ENDS = re.compile(f"(?={_NAME_END_FIRST})(?:{_NAME_END})")
# a name that ends in a word for works (甲生产线, 乙基地): a name by itself, with no 项目 after it
_NAME_ENDS_NAME = re.compile(f"(?:{_NAME_END})$")
# works told by how many of them are built (两条浮法玻璃生产线, 一处新材料项目, 一座厂房): what a project builds, or
# one project told of as one of a kind, no name (but 一条龙 is a word of its own)
_UNITS_COUNTED = re.compile(r"[一两二三四五六七八九十](?:条(?!龙)|座|处|栋)")
# marks that no name's words before its end hold (they are outside _NAME's opening class and
# its / units, 万吨/年, 750吨/天, 500吨/日): a name starts after the last of them before its end
_NOT_IN_NAME_MARKS = "，。；：、,;:"


def _name_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of _NAME in ``text``, as ``_NAME.finditer`` gives them: each searched for
    from the clause of the next name end only (_NAME opens with a run of 2 to 40 characters
    or / units, tried at every character, each time over the seventy words of _NAME_END: the
    words of a text's last clauses, with no name end after them, cost most)."""
    at = 0
    while (end := _NAME_ENDS.search(text, at)) is not None:
        word = end.start()
        # every name from ``at`` on has its first end word here or further on, with its opening
        # run of at most 40 units right before it (/t1 the longest, four characters): it starts
        # at most 160 characters before this word, and after the marks before it
        since = max(at, word - 160, *(text.rfind(mark, at, word) + 1 for mark in _NOT_IN_NAME_MARKS))
        while since > 1 and text[since - 1] == "、" and _UNITS_JOINED_AT.match(text, since - 2):
            # 核电5、6号机组: the 、 joins the numbers of one works' units, and the name runs on before it
            since = max(at, word - 160, *(text.rfind(mark, at, since - 1) + 1 for mark in _NOT_IN_NAME_MARKS))
        found = _NAME.search(text, since)
        if found is None:
            return
        told = found.group()
        if ("（" in told or "(" in told) and told.count("（") + told.count("(") > told.count("）") + told.count(")") \
                and (closed := _BRACKET_CLOSED_THEN_END.match(text, found.end())) and (whole := _NAME.fullmatch(text, found.start(), closed.end())):
            found = whole  # 甲装置（二期工程|产品结构优化）项目: a name end inside a bracket the name closes after it, no end of the name
        told = found.group()
        if (close := text[found.end() : found.end() + 1]) in _QUOTE_OPENED and text.startswith(("项目", "工程"), found.end() + 1) \
                and told.count(_QUOTE_OPENED[close]) > told.count(close) and (whole := _NAME_QUOTED.fullmatch(text, found.start(), found.end() + 3)):
            found = whole  # 甲“乙产业孵化基地”项目: works named in quotes, then the word for the project, one name
        if (more := _RUNS_ON_TO_WORKS.match(text, found.end())) and (whole := _NAME_RUN_ON.fullmatch(text, found.start(), more.end())):
            found = whole  # 甲大道跨乙河桥通车, 丙铁路出海通道建成: the works the stage is told of, named after another's
        yield found
        at = found.end()


# a quote that closes after a name's end word, and the one that opens it; then the quoted works and
# the word for the project after the quote: 甲“乙平台和丙基地”项目, 丙「丁一体化综合能源基地」项目
_QUOTE_OPENED = {"”": "“", "」": "「", "』": "『"}
_NAME_QUOTED = re.compile("(?:" + _NAME.pattern + ")[”」』](?:项目|工程)")
# works named on from another works' name, with no mark between, right before the stage they reached: a bridge
# named by the road it carries over a river (甲大道|跨乙河桥通车), a passage or a scenic area (丙铁路|出海通道建成,
# 丁文化旅游综合体|戊部落景区建成); the name runs to them (but not to a part, 甲电站|首批机组投产, 乙高铁|全线首座隧道贯通,
# nor to the works' own access, 甲公路改建工程|施工通道建成)
_RUNS_ON_TO_WORKS = re.compile(r"(?:跨[\u4e00-\u9fff]{1,8}?桥|[\u4e00-\u9fffA-Za-z0-9]{1,8}?(?<!施工|临时|消防|应急)(?:通道|景区))"
                               r"(?=(?:已经?|如期|顺利|正式|全面|提前|全线|基本)?(?:建成|竣工|完工|通车|贯通|开工|动工|开通|投用|投运|运营|试运营|开放))")
_NAME_RUN_ON = re.compile("(?:" + _NAME.pattern + r")(?:跨[\u4e00-\u9fff]{1,8}?桥|[\u4e00-\u9fffA-Za-z0-9]{1,8}?(?<!施工|临时|消防|应急)(?:通道|景区))")
# the rest of a bracket a name's end word stands in, then the name's end after it: 甲装置（二期工程|产品结构优化）项目
_BRACKET_CLOSED_THEN_END = re.compile(r"[^（）()，。；：、,;:]{0,20}[）)](?=" + _NAME_END_FIRST + ")(?:" + _NAME_END + ")+")


# projects held in reserve, to be started some day (储备项目), not a reserve of grain, oil or
# goods or a reserve centre (储备粮, 应急储备中心)
_HELD_IN_RESERVE = r"储备(?![粮油库林]|中心|基地|站|一体化|能力|设施|仓|体系)"  # (not a store: 粮食储备库, 电质储备一体化工厂, 储备能力)

# a digit, then a 、 that joins it to the number of another unit of the same works: 5、6号机组
_UNITS_JOINED_AT = re.compile(r"\d、\d{1,2}\s?(?:号|#|＃)|[\d一二三四五六七八九十]、" + _UNITS_TAIL)

# 建 right after a sum (投资1000万元建甲公路): the verb 建设 said short, no head of the name (but 建德, 建湖, 建瓯…
# are counties, and 建工, 建材, 建投 firms' words)
_BUILT_SHORT = r"建(?=[\u4e00-\u9fff]{3})(?![设成筑造材工行投发安瓯德湖水始平阳宁昌华邺三])"

# (安排 opens a year's list like 实施 and 推进: 安排甲公园、乙路等2个重大项目 → 甲公园, 乙路; but 安排这样一些项目 is
# read whole as the indefinite it is, and 安排部署 is no list)
# where a name begins: after a word that says what was done with it (and after 除 that opens a
# clause, 除在建项目外: what the clause sets aside, not a word of a name; but 水库除险加固工程)
# (保障性 is an adjective, 保障性租赁住房, 保障房: no verb 保障 cut before 性)
# (笔者 is a reporter as 记者 is: 笔者在|甲游客服务中心项目建设现场看到)
# (服务 before 中心/站/区/平台/园/基地/楼 is a noun, 游客服务中心项目, 管理服务中心二期: no verb 服务 cut, as 全力服务|甲项目 is)
# (共推 is 共推出 said short, 共推甲、乙项目; but 共推动|甲工厂, 共推进|乙项目: 共, then the verb 推动 or 推进, whose
# 动 or 进 is no head of the name)
_NAME_CUT = re.compile(
    r"项目(?<=[的大多]项目)(?:为|是|有)(?=[^，。；]{4})|(?:记者|笔者)(?:在|来到|走进)?|一个个|一座座|一处处|一栋栋|一条条|一家家|一批批|随[着著]|伴随[着著]?|借助|依托|来到|走进|前往|(?:先后|相继|陆续|分别|又|再)到(?=[^，。；]{4})|基础上|设置在|设立在|设在|设于|设立(?=[^，。；]{4})|共设(?=[^，。；]{4})|(?:先后|分别|相继)在|(?<=[省市县区镇])在|入驻|进驻|不乏|定位(?:发展|为|于)?|通车|通水|并网(?!光伏|风电|发电)|分别是|分别为|依次为|实现|有望|继(?!续)(?=[^，。；]{2,40}?(?:之后|以后|后[，,]))|争取到|宣布|投用|投运|启用|兴建|我县|我区|我镇|签约|签订|签署|引进了?|引入了?|招引了?|(?:开工|签约|竣工|投产|开复工|开竣工)暨|招引|跟进|紧盯|盯紧|就(?!业)|助力|吸引|新建成|新建|扩建|投资建设|投建|建设(?!试点|示范)|开复工|复工|开工|动工|竣工|投产|落户|落地|推进|推动|加快|抓紧|实施|安排(?!部署|这|一些)|启动|完成|成功|正式|集中(?!式|处置|处理|供[热暖水气]|安置|居住|连片|收集|治理|隔离|养殖|办公|区)|其中|包括|(?<=项目|工程)含|特别是|尤其是|以及|"
    r"确保|促进|保障(?!性|房)|服务(?!业|器|中心|站|区(?!域)|平台|园|基地|楼|综合体|大厅)|支持|包含|做好|抓好|抓住|着力|大力|积极|全力|持续|深化|围绕|聚焦|落实好?|开展|加大|加强|统筹|谋划|争取|对接|(?:(?<=策划|谋划|精心|积极|加大|重点|着力|加快|深化|做好|抓好|注重|推进|谋划)|(?<![\u4e00-\u9fffA-Za-z0-9]))包装(?!机|材料|印刷|容器|袋|箱|盒|纸|生产|产业|制品)|包装(?=一批|储备|推介|策划)|" + _HELD_IN_RESERVE + r"|跟踪|带动|督促|协调|"
    r"呈现出?|根据|依据|全方位(?!为)|拉满|调度|评估|例如|比如|如|作为|及其|及|新建成|建成|建立了?|获批|加速(?!器)|举行|举办|召开|开展|还有|此外|另外|同时|以及|(?<![\d一二三四五六七八九十])、|、(?!\d{1,2}\s?(?:号|#|＃)|" + _UNITS_TAIL + r")|等(?:(?<![高中初]等)|(?<=[高中初]等)(?=\d+(?:个|项)))|均(?=[已为在是将于有超达由属系按])|全面|重点|重大|主要|一批|一个|该(?:县|市|区|镇|乡|州|省|旗)|该|此次|本次|这个|这一|这些|其他|上述|总投资|投资|概况|"
    r"(?:仪式|活动|大会|会议|典礼)暨|(?:仪式|活动|大会|会议|动员会|推介会|现场会)(?:日前|近日|今天|今日|当天|当日|昨天|昨日|上午|下午)?(?:在|于|并为|并|设)|共推出|推出|共推(?![动进])|(?<!精)细化(?!工)|聚力|突出|破解|夯实|凝聚|全方位为|介绍|分别占|占比|申报|入选|主会场|分会场|拥有|仪式|"
    r"预计|(?:19|20)\d{2}年(?:底|初|末)?|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}|明年|今年|\d{1,2}月份?(?:底|初)?|(?:市|县|区|州|省|镇)有(?!限)|取得|计划|拟|促使|助推|届时|希望|期待|欢迎|强化|优化|成为|并把|把|针对|对于|对|力争|力保|力求|(?<![\u4e00-\u9fff])除了?(?!险)|了|标志着|目前|现在|纳入|打造成?|(?<=元)(?:布局|新上|上马|" + _BUILT_SHORT + r")|全(?:国|省|市|州|区|县|球)?(?:首个|首家|首座|首条|最大|第一)的?|首个|首家|首座|首条|[一二三四五六七八九十]+、(?!" + _UNITS_TAIL + r")|[一二三四五六七八九十]+是|也是|属于|[（(][一二三四五六七八九十\d]+[）)]|位于|将在|正在|已经|已|年?产值|税收|收入|亿元|万元"
)
# the verb 建 said short after 拟 or 计划 (拟建甲项目, 计划建乙工程) and after a sum (投资1000万元建丙公路): no head of the name;
# 建设, 建成 and a name's own 建 (建筑材料项目, 建材产业园) stay
_BUILD_VERB = re.compile(r"^建(?![设成筑材造工])(?=[\u4e00-\u9fffA-Za-z0-9·“]{4})")
# the words that may begin a name as well as end a clause: 年产5000吨电池材料生产线建设项目
_NAME_WORD_CUTS = {"建设", "新建", "扩建", "技改", "改造", "投资建设", "包装"}
# 和, 个 and 项 that begin a place's name (和静, 和田, 个旧, 项城), not a word that joins
_AND_NOT_PLACE = r"和(?!县|安|布克|平|康|政|林格尔|田|硕|静|顺|龙)"
# what no name begins with: a word that joins or points, an amount, or a bracket closed right
# before it after a cut inside the bracket (活动（甲分会场）|暨乙项目)
_NAME_LEAD = re.compile(r"^(?:[）)]|\d{1,2}日(?=[\u4e00-\u9fff])|[\d.]+(?:万亿|亿|万|千)?(?:美元|元)|元(?=的)|到(?=[^，。；]{4})|之一(?=[^，。；]{4})|的|个(?!旧)|项(?!城)|条(?=[\dA-Za-z])|是|为|家(?!具|纺|电|居|用|装|禽|庭|政|园|乐福|属|畜)|暨|有(?![色机限线轨氧声效])|" + _AND_NOT_PLACE + r"|及|与|以及|以(?:上|下)?|在(?!建)|(?:该|本|其)?公司(?=[^，。；]{4}))+")
_GENERIC_WORDS = (
    r"(?:共|共计|累计|集中|现场|成功|本次|此次|这批|该批|此批|上述|以上|全部|所有|各类|各|新|续建|新建|新开工|在建|储备|拟|招商引资|招商|签约|落地|开工|竣工|投产|引进|产业化|产业|重点|重大|工业|省级|市级|"
    r"民生|基础设施|社会事业|政府投资|协议|合同|代表|引资|签约类|开工类|产业类|工业类|服务业|农业|文旅|亿元以上|千万元以上|5000万元以上|十亿元以上|百亿元以上|[\d.]+亿元以上|十亿元?级?|百亿元?级?|千亿元?级?|亿元级?|内外资|外资|内资|港澳台资|[台港澳侨日韩美欧]资|内联|外联|省外|市外|央企|民营|优质|大|好|新兴|实体|合作|示范|的|个|等|"
    r"[\u4e00-\u9fff]{0,4}类|主体|配套|复工|建筑|整个|两期|助力|外网|内网|附属|众多|解决|一同|扩规|扩能|首期|部门|新增|大抓|我省|"
    r"现代化|智能化|数字化|一体化|智能|智慧|国家|大型|(?:19|20)\d{2}年|第?[一二三四]季度|首季|奋战|一次|一场|一轮|护航|外迁|承接|包装|[上下]半年|年度|今年|去年|线上|线下|云上|近年来?|新签|全[省市县区州]|[我本该][省市县区州]|(?:全|我|本)?自治区|更多|重要|督办|技改|扩建|迁建|改造|这一|该|本|其|此|每个|单个|单体|社会|高新技术|创新创业|基金|产业集群|战略性新兴产业|新兴产业|抓|力促|促|一边|上|回归|[浙粤闽晋徽湘鲁苏豫川渝赣鄂]商|"
    r"土建|场平|生产|标准|入库|已入库|未入库|首批|第[一二三四五六七八九十\d]+批|延链|补链|强链|建链|强基|固链|紧盯|盯紧|直到|提高|注重|跟进|达产|投达产|开复工|区县|园区|战新|升级|优化升级|"
    r"剩余|其余|余下|后续|部分|其他|其它|特别是|尤其是|新型|城市功能|创新创业和?|土地增减挂|增减挂|保障性安居|安居|转型(?!升级)|让|按下|相关|又一|惠民|制定|交通|轻工业?|重工业?|装备|系统完善|[省市县区]{2,3}三级|现代服务业|"
    # kinds by sector, by how far they have come, and the aims they serve (二产项目, 收尾项目, 锻长板项目)
    r"[一二三]产|前期(?:工作)?|收尾|预备|生态环保|大干|干大|强攻|攻坚|制造业|类型|老工业|事业|工程|(?:补链|强链|延链|建链|龙头|科技|创新|带动|引领|税源|外向|劳动密集)型|越来越多|更多的|科技人才|人才|功能型|民生发展和?|锻长板|补短板|水利|高端|施工|高标准|牵引性|带动性|引领性|支撑性|实地|海外|境外|国外|国际|提升|扩产|"
    # kinds told by their aim or field alone (现代基础设施项目, 城市建设项目, 农文旅融合项目, 国际化创新创业项目, 标志性项目)
    r"现代|城市建设|融合|农文旅|国际化|标志性|"
    # how many projects, what is next or looked at (推动大批项目签约, 为下一步项目精准招引, 对接、考察项目)
    r"(?:一|一大|大)批|下一步|考察|"
    # a batch, a plan or a way of running told of projects (本批次项目开工, 首批市场化项目奠基, 把产业规划项目投入市场)
    r"批次|规划|市场化|"
    # projects still being talked over, and projects a region takes over from another or a partnership brings
    # (招商引资在谈项目、签约项目台账, 深化战略合作和承接产业转移项目签约仪式): where they stand or come from, naming none
    r"在谈|洽谈|产业转移|战略合作|"
    # projects about to be signed, the deals a page boasts of, a contest's entries (储备准签项目, 总投资580亿元的“大单”落地,
    # 月开工竞赛项目合计65个): where they stand or what they are entered in, naming none
    r"准签|拟签|待签|大单|竞赛|"
    # projects praised for their standing (引进了…等一批总投资超亿元的高水平项目, 一批高质量项目签约): naming none
    r"高水平|高质量|"
    # projects praised as the ones that lead a chain (引进一批延链、补链、强链的龙头项目): naming none (龙头型 above)
    r"龙头|"
    # how many projects, told as a vague amount, and projects told by the aim of securing supply (收获了不少项目, 保供项目占比大)
    r"不少|许多|很多|诸多|大量|一些|若干|保供)"
)
# 重点项目, 湘西州重点项目, 经开区签约项目, 首期项目: words about projects, naming none
_GENERIC = re.compile(
    # (projects by where their money comes from, 台资项目, 侨资项目, 北京方向实体项目: naming none)
    r"^[\d.]*(?:[\u4e00-\u9fff]{0,4}方向的?)?(?:(?:" + _GENERIC_WORDS + r"|建设|进行|首先|今天|当天|当日)(?:和|及|与)?)*(?:项目|工程|基地|工厂|厂房)$|"
    r"^[\u4e00-\u9fff]{0,10}?(?:经济技术开发区|经开区|高新区|开发区|产业园|工业园|园区|新区)" + _GENERIC_WORDS + r"+(?:项目|工程|基地|工厂)$|"
    r"^(?:首期|[一二三四五六七八九十]期(?:、[一二三四五六七八九十]期)*)(?:扩建|改扩建|新建|续建|技改)?(?:项目|工程|厂房|车间)$|"
    r"^(?:新建|续建|扩建)?(?:项目|工程)(?:首期|[一二三四五六七八九十]期)$|"  # 新建项目一期: a phase of a project told before
    r"^(?:先进)?制造(?:业|类)?(?:项目|工程)$"  # 瞄准重点产业的制造项目: projects of a sector (but 智能制造项目 stays a name)
)
_ORG = re.compile(r"[\u4e00-\u9fffA-Za-z0-9（）()&·]{2,40}?(?:(?:集团)?(?:股份有限公司|有限责任公司|有限公司)|集团(?:公司)?|公司|银行|研究院|研究所|大学|协会|(?<!招)商会)(?![\u4e00-\u9fff]{0,2}(?:有限|公司))(?![）)][\u4e00-\u9fff]{0,4}(?:有限|股份|公司))")  # (甲（集团）有限公司: one firm)
# the words every match of _ORG ends in
_ORG_WORDS = re.compile(r"公司|集团|银行|研究院|研究所|大学|协会|商会")
# words that may stand before a company's name and are no part of it (与, 由, 签约, 政府…); see _org_start
_ORG_CUT_ANY = re.compile(
    r"(?:签约|签订|签署|引进|招引|携手|联合|与|和|同|及|由|其中|包括|等|、|向|对|是|为|在|将|已|的|了|总投资|投资建设|成立|组建|牵头|合资|合作|会同|政府|"
    r"举行|举办|签约仪式|仪式上|现场|例如|比如|如|宣布|所属|旗下|企业(?!管理|发展|集团|服务|[\u4e00-\u9fff]{0,8}协会)|继|被|完成|时间|就|(?:大会|仪式|活动|会议|典礼|项目)暨|"
    # a project's word and a verb of dealing that may stand before a firm (竣工项目|甲公司, 项目之一|乙公司,
    # 洽谈|丙集团, 促成|丁集团); but 甲项目管理有限公司 is a firm's own
    r"项目(?:之一|有)?(?!管理|投资|建设|咨询|开发|服务|有限)|洽谈|促成|"
    # a reporter told before the firm the news came from (（记者甲乙）记者从|国家能源集团获悉)
    r"记者(?:从|自)|"
    # a park told before a firm says where it is (赣州经开区|甲汽车有限公司, 淄博高新区|乙集成电路有限责任公司);
    # but a park's own firm keeps it (甲产业园区运营管理有限公司, 乙工业园开发有限公司)
    r"(?:经济技术开发区|高新技术产业开发区|经济开发区|开发区|高新区|经开区|工业园区|产业园区|工业园|产业园)"
    r"(?!区|开发|建设|投资|管理|运营|发展|服务|有限|股份|集团|公司|科技|实业|资产|控股|置业))"
)
_ORG_BAD = re.compile(r"^(?:全资|控股)?(?:公司|集团|该公司|本公司|这家公司|此公司|子公司|母公司|分公司|城投公司|平台公司|投资公司|国有公司|企业|(?:股份)?有限(?:责任)?公司)$|^(?:[省市县区是]|建设|建立|打造|新建|筹建|开工|签约|竣工|投产|落户|引进)|一家|的|设立|成立|注册|[一二三四五六七八九十两几多]家")
_PARK = re.compile(
    r"(?:[\u4e00-\u9fff]{2,4}[—－-](?=[\u4e00-\u9fff]))?"  # (two names a park joins, told with a dash: 广西—|东盟经济技术开发区, 磨憨—|磨丁经济合作区)
    r"[\u4e00-\u9fffA-Za-z]{2,20}?(?:经济技术开发区|高新技术产业开发区|经济开发区|高新技术开发区|高新区|经开区|开发区|工业园区|产业园区|产业开发区|"
    r"工业集中区|产业集中区|集聚区|综合保税区|保税区|产业园|工业园|科技园|物流园|园区|新区|风景名胜区|风景区|示范区|合作区|投资区|"
    r"(?:临空|空港|临港|总部)(?:[\u4e00-\u9fff]{2,4}?)?经济区|"  # (a zone of an airport, a port or headquarters: 临空经济区, 南宁空港扶绥经济区,
    # 洋湖总部经济区; not 北部湾经济区, 太忻一体化经济区: a region of cities, no park)
    r"(?<![\d一二三四五六七八九十两个老])(?:工业区|加工区))"  # (甲镇乙丙工业区|年产5万吨…项目, 丁戊加工区|陶瓷项目: parks told as such;
    # not 3个加工区, nor 丙市老工业区|搬迁改造工程, an old zone that is itself the works)
)
_PLACE = re.compile(r"(?:在|落户|落地|位于|选址|入驻|布局|建在|来到|扎根)((?:(?![的了和与及])[\u4e00-\u9fff]){2,12}?(?:自治县|县|(?<!园)区|市(?!场)|镇|乡|街道))")  # not 在刚刚闭幕的市, 在经济发展和园区, 在中国市场
# words no park's name holds: the park's name begins after the last (仪式在|甲工业园区; 进一步完善|高新区,
# 举行了|经开区, 含|三明高端装备产业园, 位于县城|西城新区: a verb or the county seat told before it)
# (a verb of serving or strengthening told before a park's or a city's word, 满足|产业园货物储运需要, 汇聚|新区
# 发展新动能, 在增强|城市功能上, 带动|园区发展: what is done for it, no name of its own; 支持|滨海新区 keeps its name)
# (a year told as the clause's time, 今年|经开区谋划实施…, 全年|高新区…, and a share's 占, …等8个项目，占|西宁开发区固定
# 资产投资83.4%: the clause's words, then the park)
_PLACE_CUT = re.compile(r"今年|去年|全年|明年|占|满足|汇聚|带动|促进|支持|支撑|围绕|聚焦|助推|赋能|融入|对接|做强|做大|优化|亿元|万元|美元|包括|其中|暨|企业|启动|向(?![阳塘])|继(?!续|光)|壮大|特别是|尤其是|等|及|(?<=[\d一二三四五六七八九十两])个|开工|完成|出席|在|以(?!色列)|落户|落地|位于|选址|入驻|布局|于|的|与|和|、|将|是|为|总投资|投资|建设|项目|签约|举行|增强|加大|着力|抓住|加快|例如|如|作为|推进|打造|引进|依托|全市|全县|全区|全省|推动|加速(?!器)|借助|助力|完善|提升|了|赴|含(?!山)|县城|(?<!自)由|此次|本次|这次|暨|该[县市区]|贷款|(?:迁|移|转)至|来自|走进|确保|记者|从(?!化)|昨天|今天|昨日|今日|近日|日前|活动|仪式")

# --- stages -----------------------------------------------------------------------------

STAGES = ("planned", "signed", "started", "completed", "in_production")  # in order of progress
# (a plant or line making goods, told as it runs: 第一条生产线已正常生产, 全部竣工并实现批量生产, 10个项目部分
# 设备投入生产, 完成重组并恢复生产: in production; so are works power is let into, 甲工程已送电, 乙项目送电试车)
# (works built and put into operation, 甲、乙等43个项目建成投运, are running: in production, not only built)
_STAGE_WORDS = (
    ("in_production", r"实现投产|建成投产|建成投运|竣工投产|投产达效|正式投产|投产运营|全面投产|试投产|试生产|试产|试运行|试运营|投产|量产|达产|投入运营|投入运行|投入使用|投用|投运|建成运营|正式运营|开业运营|开业|正式上线|开通运营|开通客运|"
                      r"正式通水|实现通水|建成通水|并网发电|机组发电|台机组发电|首台机组|并网运行|成功并网|全容量并网|正常生产|恢复生产|投入生产|批量生产|送电"),
    # (建成投用, 建成使用, 建成开放: works built and put to use, told as done; most labellers read them so;
    # so too 甲等12个项目竣工投用, 乙、丙等13个项目已基本建成并投入使用: one word, not 竣工|建成 then 投用|投入使用)
    ("completed", r"竣工投用|竣工并投用|竣工并投入使用|建成并投入使用|建成并投用|实现竣工|竣工|建成投用|建成使用|建成开放|建成|完工|交付|交工|通车"),
    # (a building topped out, its shell or groundworks done, its pit or footings dug (甲中心、乙广场基坑开挖, 丙项目基础施工), its plant being fitted: under way, not done)
    # (a project brought in or landed and carried out, 甲项目落地实施, 引进实施亿元以上项目26个: under way, not only signed)
    # (works being pressed on now, 正抓紧施工, 正在抓紧建设: under way; not a hope to press on, 将…抓紧建设)
    # (projects started together at one event, 集中启动100个亿元以上的项目, 此次集中启动的重点工程包括甲、乙: started)
    ("started", r"落地实施|引进实施|引入实施|落户实施|实现开复工|实现开工|开工建设|启动建设|启动实施|集中启动|开复工|复工|开工|开建|动工|奠基|破土|进场施工|开始建设|正在建设|正在抓紧建设|正抓紧建设|正在抓紧施工|正抓紧施工|加紧建设|正在施工|在建|续建|施工建设|加快建设|全面建设|土建施工|"
                r"封顶|主体完工|主体完成|主体施工|主体工程施工|基坑开挖|基础施工|桩基施工|施工高峰|全面施工|加快施工|加紧施工|紧张施工|土建完工|土建已完工|土建基本完工|设备安装|安装了设备|安装设备|安装调试|顺利实施"),
    ("signed", r"集中签约|签约|签订|签署|签下|落户|落地|引进|招引|达成合作|达成协议"),
)
# (the lookahead for the words' first characters, the same matches: re tries the named groups
# at every character, the class first costs a fraction of that where no word opens)
_STAGE_FIRST = "[" + "".join(sorted({word[0] for _, pattern in _STAGE_WORDS for word in pattern.split("|")})) + "]"
# (甲水库建设完成, 乙项目一期完成建设: works whose building is done, completed; but not a sum or a share
# of the year's work done, 项目建设完成投资5亿元, 完成建设任务的80%, nor a date it is due, 2026年完成建设: read by
# _STAGE alone, past the word lists)
# (a works' building told as going on, 甲铁路乙段建设如火如荼, 丙产业园项目建设正在有序推进: under way; not a hope,
# 确保项目建设顺利推进, nor a field's or a place's projects', 交通建设如火如荼, 重点项目建设如火如荼: only after what names a works)
# (works told as in their last or their testing stage, 甲项目建设进入到了收尾阶段, 乙项目第八条生产线已进入生产调试阶段:
# under way, not yet done; not trial output, 投料试产阶段, nor a stage to come, 预计年底进入收尾阶段)
_STAGE_GUARDED = {"started": r"|(?:(?<=[程段线园区地厂桥路站馆场心城期])|(?<=[^点大批县市区省镇乡等个]项目))(?:建设如火如荼|建设正在有序推进|建设有序推进|建设稳步推进|建设加快推进|建设快速推进|建设顺利推进|建设正在加快推进|建设正加快推进)"
                             r"|进入(?:到了|到|了)?(?:最后的?)?[\u4e00-\u9fff]{0,4}?(?:收尾|调试)阶段",
                  "completed": r"|建设(?:全部|全面|基本|已经?)?完成(?![^，。；,;]{0,4}(?:投资|任务|计划|目标|工作量|工程量|\d))|(?<![年底内前将])完成(?:了)?建设(?![^，。；,;]{0,2}(?:投资|任务|计划|目标|工作量|\d))"}
_STAGE = re.compile(f"(?={_STAGE_FIRST})(?:" + "|".join(f"(?P<{stage}>{pattern}{_STAGE_GUARDED.get(stage, '')})" for stage, pattern in _STAGE_WORDS) + ")")
# a sentence no project fact can come from names no stage and none of these words; one flat
# alternation of words is scanned many times faster than _STAGE with its named groups
# every stage word as one flat alternation, and the stage each word tells
_STAGE_ALTERNATIVES = "|".join(pattern for _, pattern in _STAGE_WORDS)
_STAGE_NAMES = {word: stage for stage, pattern in _STAGE_WORDS for word in pattern.split("|")}


def _by_first_character(words: list[str]) -> str:
    """An alternation of plain words regrouped under their first characters (建成投产|竣工|建成
    -> 建(?:成投产|成)|竣(?:工)), with the same match at every position: words that open
    differently never match at the same place, and each group keeps its words' order. re
    tries the alternatives one by one wherever a first character stands; grouped, it passes
    over a group that opens with another character in one step, not over each of its words
    (a scan of a report in about half the time)."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


# the words a sentence that gives a project fact holds: a stage's, or one of these
# (甲、乙等8家企业相继进园发展: firms moved into the park, as 入驻 tells)
_PROJECT_WORD_LIST = (_STAGE_ALTERNATIVES + "|项目|投资|工程|基地|工厂|签约|引进|引入|招引|入驻|进驻|进园|入园").split("|")
_PROJECT_WORDS = re.compile(_by_first_character(_PROJECT_WORD_LIST))
# a stage only expected: 预计2025年建成投产, 力争年内开工, 建成后, 投产后
# (较原计划提前开工, 比计划提前20天建成: the plan is what the stage beat, and the stage is reached)
_EXPECT_BEFORE = re.compile(r"(?:未(?!来)|预计|(?<![原比较])计划|计划(?![^，。；\d]{0,2}提前)|拟|(?<!即)将|力争|力保|力求|争取|确保|有望|计划于|预计于|预计在|计划在|即将|准备|筹备(?=[^，。；的]{0,2}$)|待|加快|(?<![已共计])(?:推进|推动)|全力|尽快|尽早|早日|力促|预期|工期)(?!、)[^，。；]{0,14}$")  # (but 已推动|共推动|累计推动N个项目开工: done; 正筹备动工: being made ready to start)
# a clause a hope opens, however long the list it holds before its stage (确保甲、乙、丙…等89个项目3月份开工建设;
# but 计划新开工的41个项目已全部开工 tells what a plan's list has done)
# a plan's projects that reached their stage ahead of it: 11个计划后续季度开工项目|提前至一季度|开工建设, 两个计划
# 建成投产项目均|提前|完工 (计划 names the projects, 提前 tells the stage reached; not a hope to be early, 力争提前竣工)
_AHEAD_OF_PLAN = re.compile(r"计划[^，,。；;]{0,12}?(?:项目|工程)(?:(?:均|已|已经|全部|都){0,2}提前(?:至|到|于|在)?[^，,。；;\d]{0,8}?"
                            # (甲、乙等12个计划新开工项目已全部开工: the plan's list all of which reached its stage; but
                            # 甲、乙等5个计划新开工项目已开工4个 tells no item's)
                            r"|(?:均已全部|已全部|全部已|均已|已经全部|均已经|都已|全部))(?:实现)?(?=" + "|".join(p for _, p in _STAGE_WORDS) + ")")
# (but a hope to be early is none: 力争甲、乙等计划开工项目提前至一季度开工)
_AHEAD_HOPED = re.compile(r"力争|争取|确保|力促|(?<!即)将|即将|拟|预计|有望|推动|推进")
# a sum of investment set as a target, its clause opened by a word of striving (力争全年完成投资115亿元,
# 力保523个一季度开工项目完成投资100亿元, 确保年内完成投资50亿元): hoped for, not done
_TARGET_SUM = re.compile(r"^\s*(?:全力|努力)?(?:力争|力保|确保|争取)[^，,；;。已]*完成[^，,；;。已]{0,6}投资[^，,；;。已]{0,4}$")
_CLAUSE_HOPED = re.compile(r"(?:^|[，,；;。：:])\s*(?:力争|争取|确保|力促|预计|拟)[^，,；;。：:已]*$")
# (but a word that ends a list's item, 屋顶分布式光伏整县推进、甲等25个项目开工建设, is the item's name)
_EXPECT_AFTER = re.compile(r"^(?:(?:达产|达效|达标|投产|运营)*(?:后|以后|之后)|时|前(?!期)|(?:投产)?将"  # 建成达产后, 达产达标后: what it will do once built; 开工前手续: not yet begun; 项目建成将为…: what it will do (not 已建成，将于…投用)
                           r"|(?:达产|达效|达标|投产)*(?:即可|可|能)(?:实现|达|形成|新增|带动|年|提供|增加|创造)|(?:达产|达效)*达标(?=年))")  # 全部建成达产可实现产值40亿元, 达产达标年产值10亿元: what it can do once built
_DATE = re.compile(
    r"(?:(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日|份|底|初|中旬|上旬|下旬)?|[上下]半年|底|初|末|年底|年初)?|今年(?:\d{1,2}月(?:\d{1,2}日|份|底|初)?|[上下]半年|底|初)?|"
    r"去年(?:\d{1,2}月(?:份|底|初)?|[上下]半年|年底|年初|底|初|末)?|明年(?:\d{1,2}月)?|年内|年底|\d{1,2}月\d{1,2}日|\d{1,2}月(?:份|底|初|中旬|上旬|下旬)?)"
)
_DATE_LINK = re.compile(r"^(?:[于在已经将并正式顺利成功全面当天上午下午晚上日前近日目前现已，]){0,6}")
_PLANNED = re.compile(r"计划|拟|将于|将在|预计|力争|争取|谋划|储备|洽谈|推进|加快")

# --- counts of projects (batches) ---------------------------------------------------------

# the places a count may count, told before what they did or hold (11个市|市级重点工程, 八大镇区|的项目,
# 9个县市|有项目开工, 8个区县|举行…集中开工活动): counts of places, not of projects (but 130个省、市重点项目,
# 437个省市重点项目, 12个市级重点项目 count projects by their list)
_PLACES_COUNTED = r"(?:(?P<pl>[市县区])(?P=pl)级|(?:[市县区镇乡州地]{1,3}|镇区|园区|片区|街道|乡镇)(?:[（(][市县区、]{1,5}[）)])?(?:的|有|共|均|都|各|分别|也|同步|同时|举行|联动))"
_COUNT = re.compile(
    # (every match opens with a numeral or with the 项 or 工 of 项目 and 工程 or the 协 of 协议 or 合 of 合同: re tries the branches,
    # most of which open with a lookbehind, only where the lookahead for these holds)
    r"(?=[\d一二三四五六七八九十两百项工协合企])(?:"
    # (130个省列、市列重点项目, 843个5000万元以上项目: the counted told by their lists or their size)
    # (这一项目是甲工程: the one project told of, 一项目 no count; 一项 counts only where 目 does not follow)
    # (8个总投资达20.5亿元的项目, 24个“老乡项目”: the counted told with their total, or by a quoted word; but 一个总投资10亿元的项目 is one project)
    # (21个具有一定影响力、带动效应明显的重点项目, 16个具有代表性的重点项目: the counted told by what they have)
    # (but 省百大项目, 市百大项目: a province's or city's programme of key projects by name, its count told apart
    # (省百大项目开复工36个), not 100; 五大项目 is five)
    # (but 11个市|市级重点工程, 八大镇区|的项目, 9个县市|有项目开工, 14个市州|同步举行: a count of places, not of projects)
    r"(?<![第\d.])(?P<n>\d+|[一二三四五六七八九十两百]+)\s?(?:余|多)?(?:个(?!月|批)|项(?!目)|宗|(?<![^一二三四五六七八九十两\d]百)大)(?!" + _PLACES_COUNTED + r")(?:[\d.]+(?:万|亿)元(?:及)?以上的?|(?<!一个)(?<!(?<!\d)1个)(?:总|计划总)投资(?:额)?[约近超逾达为共]{0,2}[\d.]+(?:万亿|亿|万)?元(?!以上|及以上)的?|(?:[\u4e00-\u9fff]{1,8}、){1,3}|(?:具有|具备)[^，,。；;\d“”]{1,24}?的)?"
    # (25个生态建设及环境保护项目, 342个现代服务业质量提升工程: a class told in up to ten characters, two kinds joined by 及)
    r"(?:(?:[\u4e00-\u9fff]{0,10}?|“[^”]{1,24}”[\u4e00-\u9fff]{0,8}?)(?:项目|工程)|“[^”]{0,24}?(?:项目|工程)”)|"
    r"(?<![第\d.])(?P<k>\d+)(?:余|多)?个(?=[、，,]\s*(?:计划)?(?:总投资|投资))|"
    r"(?<=等)(?P<j>\d+|[一二三四五六七八九十两百]+)(?:余|多)?(?:个|项)(?=[，,；;。]?$)|"
    r"(?:项目|工程)(?:共|共计|总计|合计|新增|落实|(?:签约)?成果)?(?P<m>\d+|[一二三四五六七八九十两百]+)(?:余|多)?(?:个|项|宗)(?!泊位|车道|标段|站点|机位|车间|厂房|仓库|子项)|"  # (甲工程5个泊位: berths)
    r"(?:项目|工程)(?:(?:总)?数(?:量)?(?:为|是)|(?:总)?数(?:量)?(?=达)|共有|有)?(?:(?:已经|已)?达到?)?(?<!项目)(?<!工程)(?P<h>\d+|[一二三四五六七八九十两百]+)(?:余|多)?(?:个|项|宗)(?:左右)?(?=[，,；;。]|$)|"
    # 新开工39项，竣工23项; 开工31个: a stage, then how many reached it, no word for what (目前已开工建设43个 too)
    r"(?:(?<=开工)|(?<=竣工)|(?<=投产)|(?<=复工)|(?<=建成)|(?<=签约)|(?<=开工建设)|(?<=动工建设))(?P<s>\d+|[一二三四五六七八九十两百]+)(?:余|多)?(?:个|项)(?=[，,；;。、]|$)|"
    # 甲、乙3家企业代表进行了签约: the firms that signed, one project each (ruling 5)
    # (30多家制造业企业签约入驻, 9家电子信息企业投产: the firms told with their trade, or counted roughly)
    # (4家龙头养殖企业在徐投资项目签约: where they invest told before the signing; not 62家中央企业在甘累计签约项目546个)
    r"(?P<f>\d+|[一二三四五六七八九十两]+)(?:余|多)?家(?:[\u4e00-\u9fff]{1,6}?(?<!代表))?企业(?=(?:在[\u4e00-\u9fff]{1,4}?投资(?:项目)?)?(?:代表)?(?:进行了?|集中|现场|分别|陆续|相继|已)?(?:集中|现场)?(?:签约|签订|签署|投产|开工|落地|落户))|"
    # 入驻企业40家, 已落地企业5家: the firms that came, one project each (共签约企业45家: that signed)
    r"(?<=入驻|落地|引进|落户|签约)(?:实体|新)?企业(?P<g>\d+|[一二三四五六七八九十两百]+)(?:余|多)?家(?=[，,；;。、]|$)|"
    r"(?<=等)(?P<p>\d+)(?=项目|工程)|"  # 甲、乙等21项目集中开工: a count with its 个 left out
    # 签署了55个合作协议, 签订投资协议12个: the agreements signed, one project each (not 14项产融合作协议
    # or 银企合作协议: loans)
    r"(?:(?<=签署)|(?<=签订)|(?<=签署了)|(?<=签订了)|(?<=达成))(?P<a>\d+|[一二三四五六七八九十两百]+)(?:余|多)?(?:个|项)(?:(?!融|银|贷|授信)[\u4e00-\u9fff]){0,6}?协议|"
    # (签订正式合同109个: the contracts signed, one project each, as agreements are)
    r"(?:协议|(?<=签订正式|签订投资|签订项目)合同|(?<=签订|签署)合同)(?:共|共计|总计|合计)?(?P<b>\d+|[一二三四五六七八九十两百]+)(?:余|多)?(?:个|项)(?=[，,；;。、]|$)"
    r")"
)
# what every match of _COUNT holds: a numeral, then 个, 项, 宗, 批 or 大 (or 家企业, or a number
# right before 项目/工程). _COUNT opens with a lookbehind, which re tries at every character; a
# scan for this is fast, and most clauses fail it. (The numeral is read once, before the three
# ways on, the lookbehinds narrowing it for the last two: an alternation of branches that open
# with a class is tried at every character, a pattern that opens with the class is not)
_COUNT_HINT = re.compile(r"[\d一二三四五六七八九十两百](?:\s?[余多]?[个项宗批大]|(?<=[\d一二三四五六七八九十两])[余多]?家(?:[\u4e00-\u9fff]{1,6}?)?企业|(?<=\d)(?:项目|工程)|[余多]?家(?=[，,；;。、]|$))")


@lru_cache(maxsize=1)
def _industries_data() -> dict:
    """data/industries.toml, read once: the taxonomy and the word lists beside it."""
    return tomllib.loads(resources.files("govreport").joinpath("data/industries.toml").read_text("utf-8"))


@lru_cache(maxsize=1)
def industries() -> tuple[dict, ...]:
    """The taxonomy: each industry's code, name and keywords."""
    return tuple(_industries_data()["industry"])


@lru_cache(maxsize=1)
def _unfiled() -> tuple[str, ...]:
    """Words that tell a project's industry but file it under no one code (环保: 环保设备 is
    made, 环保纸制品 too): industry words to read a name by, no code to give."""
    data = _industries_data()
    return tuple(data.get("unfiled", []))


@lru_cache(maxsize=1)
def _maker_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """Makers known by their short names and their trades (宁德时代 C38): read only to file a
    project whose name or firm tells no trade, never as industry words."""
    data = _industries_data()
    makers: dict[str, str] = data.get("makers", {})
    # a maker's short name, not the same characters across two words of another's name
    # (北京东方雨虹, 恩惠科技, 庆华电子, 中华电力, 国华能源) nor a place (洛阳市吉利区)
    guard = {"京东方": "京东方(?<!北京东方)", "惠科": "惠科(?!技)", "华电": "华电(?<!中华电)(?![子气器缆线池机脑视梯商])",
             "华能": "华能(?!源)", "吉利": "吉利(?!区)"}
    words = sorted(makers, key=len, reverse=True)
    return re.compile("|".join(guard.get(w, re.escape(w)) for w in words)), makers


def _makers_trade(text: str) -> list[str]:
    """The trade of the first maker a text names by its short name (宁德时代洛阳基地: C38)."""
    pattern, makers = _maker_pattern()
    found = pattern.search(text)
    return [makers[found.group()]] if found else []


@lru_cache(maxsize=1)
def _firm_trade_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """data/industries.toml's firm_trades: a trade word closing a firm's name, before its company
    words (甲乙机械有限公司, 丙丁电力有限公司东北分公司) or at the end of a short name (丙丁机械)."""
    trades: dict[str, str] = _industries_data().get("firm_trades", {})
    words = "|".join(re.escape(w) for w in sorted(trades, key=len, reverse=True))
    # (at least two characters of the firm's own before it; not 电力机车, 电力技术装备: another trade after it)
    return re.compile(rf"(?<=[\u4e00-\u9fff）)]{{2}})(?P<trade>{words})(?=(?:集团)?(?:股份)?(?:有限责任公司|有限公司|公司|集团)|$)"), trades


def _firms_trade(investors: list[dict]) -> list[str]:
    """The trade the first of a project's firms tells by the word that closes its name (恒昌机械,
    甲乙牧业有限公司: _firm_trade_pattern), for a project whose name and clause tell none."""
    pattern, trades = _firm_trade_pattern()
    for firm in investors:
        found = pattern.search(_rx.sub(r"[（(][^（）()]*[）)]", "", firm["name"]))
        if found:
            return [trades[found.group("trade")]]
    return []


@lru_cache(maxsize=1)
def _farm_processing() -> str:
    """加工 where a farm good, its trade or its goods come right before it (花生加工, 核桃深加工,
    鸭产业深加工, 肉牛精深加工, 大豆全产业链加工): the lookbehinds, one for each width (a lookbehind
    is of one width)."""
    data = _industries_data()
    heads = {good + told + how for good in data.get("farm_goods", []) for told in ("", "产业", "产品", "全产业链") for how in ("", "精深", "深")}
    widths: dict[int, list[str]] = {}
    for head in sorted(heads):
        widths.setdefault(len(head), []).append(re.escape(head))
    return "加工(?:" + "|".join(f"(?<=(?:{'|'.join(heads)})加工)" for _width, heads in sorted(widths.items())) + ")"


@lru_cache(maxsize=1)
def _keyword_pattern() -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    # a word under two industries names both (航电枢纽: a navigation and power works)
    codes: dict[str, tuple[str, ...]] = {kw: () for kw in _unfiled()}
    for row in industries():
        for kw in row["keywords"]:
            codes[kw] = codes.get(kw, ()) + (row["code"],)
    # a farm good's processing is farm produce processing (花生加工, 鸭产业深加工: C13), read only
    # right after the good (_farm_processing), not 机械加工, 带柄叶轮加工 nor 人参精深加工
    codes["加工"] = ("C13",)
    words = sorted(codes, key=len, reverse=True)  # longer first: 新能源汽车 before 汽车
    # 化工 is no chemical works inside 一体化工程, 绿化工程, 现代化工业: a word ending in 化 before 工程/工业,
    # nor inside 智能化工厂, 智慧化工厂, 数字化工厂, 自动化工厂, 数智化工厂
    # 5G is no network inside a capacity in gigawatts (5GW光伏组件, 年产15GWh动力电池)
    # 航电 (a navigation and power works) is no 航 before 电子 (普航电子, a firm's name)
    guard = {"化工": "化工(?<![能慧字动智]化工)(?!程|业)", "5G": "5G(?![Ww])", "航电": "航电(?!子)",
             # 高速, an expressway, is no high speed of goods (高速动车组, 高速电机, 高速合金钻头, 高频、高速)
             "高速": "高速(?!列车|动车|电机|装备|合金|棒材|包装|、|发展|增长|度)",
             # a street by its name, where a name ends or tells the works on it (平溪北路, 港城路北延,
             # 天然桥路东段改造工程, 立人路、华吴路), not 电路, 线路, 丝路, 一带一路 nor 雅宝路商城
             "路": r"路(?<![电线丝一之走铁公道网门思]路)(?=$|[东西南北][段延]|[、，,（(及和与]|改|提|拓|扩|延|新建|建设|项目|工程|城市化)",
             # a port area before its works (城西港区疏港通道, 忠县港区新生作业区), not a district (泉港区);
             # an inland port, not a hospital or a school in its district (陆港医院)
             "港区": r"港区(?=[\u4e00-\u9fff\d#]{0,8}?(?:作业区|码头|泊位|疏港|通道|航道))",
             "陆港": r"陆港(?!医院|学校|区)",
             # a computer (笔记本电脑, 电脑配件: C39), not the packaging made for it (笔记本电脑包装材料: the packaging's)
             "电脑": r"电脑(?!包装)",
             # servers made (服务器及PC机生产基地, 算力服务器智造项目), not servers run in a cloud's
             # cluster or a data centre (云计算服务器集群项目: information services, I)
             "服务器": r"服务器(?=[\u4e00-\u9fffA-Za-z及和、]{0,8}?(?:生产|制造|智造|研发))",
             # a bridge by its number (长江二桥, 洞口三桥, 纬二桥)
             "桥": r"桥(?<=[二三四五六七八九十]桥)(?=$|[、，,（(]|项目|工程|建设)",
             # a school by its number (襄阳四中迁建项目, 漳平一中改扩建项目), not 其中, 一中心
             "中": r"中(?<=[一二三四五六七八九十]中)(?=$|[、，,（(]|迁|改|扩|新校|校区|建设|项目|工程)",
             # electrical goods, not a railway's electrification (集通铁路电气化改造, 电气化铁路)
             "电气": "电气(?!化)",
             # a park for small firms (中小企业产业园, 航空航天中小企业基地), not a place they are
             # moved to (中小企业安置区) nor the firms themselves
             "中小企业": "中小企业(?=产业园|园|基地|城)",
             # trade, not processing trade, a customs regime that tells no trade of its own
             # (进口木材加工贸易产业园 is wood processing)
             "贸易": "贸易(?<!加工贸易)(?!洽谈|试验|港|区)",
             # PVC resin is a chemical (年产30万吨VCM及PVC, PVC烧碱), not the plastic goods made of it
             # (PVC环保壁纸, PVC管材: C29, told by their own words)
             # a park built for firms where it closes a name (浙商工业园项目, 启迪科技城（二期）), not a
             # clause's place (在甲工业园区投资建设…, 科技城管委会)
             **{w: w + r"(?=$|项目|[一二三四五六七八九十]期|[（(])" for w in ("工业园", "工业园区", "工业城", "工业小镇", "科技城")},
             "PVC": "PVC(?![\u4e00-\u9fff]{0,4}?(?:壁纸|地板|管材|管道|型材|薄膜|片材))",
             # aluminium made or worked (合金铝, 西南铝, 电工圆铝杆), not goods of it named after it
             # (铝塑膜, 铝边框, 铝箱体, 铝天花, 铝蜂窝, 铝方通), its ore (铝矾土) nor a chemical (聚氯化铝)
             "铝": "铝(?<!氯化铝)(?!塑|矾土|边框|箱体|天花|蜂窝|方通)",
             # a chemical made by synthesis (合成尼古丁, 合成金红石), not 综合成效, a material told by
             # what it is made of (石墨烯合成新材料) nor synthetic biology (合成生物, research)
             "合成": "合成(?<!综合成)(?!新材料|材料|生物|的)",
             # an electronic module (光学模组, 显示模组), not a battery's or a solar panel's (电池模组, 光伏发电模组)
             "模组": "模组(?<!电池模组)(?<!储能模组)(?<!光伏模组)(?<!发电模组)",
             # a car's shock absorber (减震器, 川南减震), not a rubber pad (减震垫)
             "减震": "减震(?!垫)",
             # words of another sense a trade's word is part of: 国家电网, 国家电投 and 9家电子企业 are no
             # home appliances, 丝绸之路 no silk, 当地产业 no real estate, 数据显示 no display, 社会消费品
             # 零售总额 no retail, 交易会 and 交易额 no market, 研究决定 and 可行性研究报告 no research,
             # 郑州航空港 (a zone) no aircraft, 风光电 (wind and solar power) no optoelectronics, 一批发展
             # no wholesale (and 高速发展 is no expressway, 发展思路 no street, 投资贸易洽谈会 and 自由贸易
             # 试验区 no trade: above)
             "家电": "家电(?<!国家电)(?<![0-9一二三四五六七八九十几多数两]家电)(?!子|网|投|力)",
             "丝绸": "丝绸(?!之路)", "地产": "地产(?<![当各本外该异属基]地产)",
             "显示": "显示(?<!据显示)(?<!调查显示)(?<!统计显示)(?![，,。了出])", "零售": "零售(?!总额|额)",
             "交易": "交易(?!会|所|额|团)", "研究": "研究(?!报告|决定|部署|员|制定)(?<!性研究)",
             "航空": "航空(?!港)", "光电": "光电(?<!风光电)", "批发": "批发(?<![一两几这该首大]批发)",
             "加工": _farm_processing(),
             # a car's wheel, not a train's (火车车轮, 机车车轮: C37)
             "车轮": "车轮(?<!火车车轮)(?<!机车车轮)(?<!列车车轮)",
             # a forklift, not its counterweight (叉车平衡重, 叉车配重: iron cast for it, C33)
             "叉车": "叉车(?!平衡重|配重)",
             # the work a machine does, before the machine (起重机, 起重机械, 选矿机, 选矿设备, 桩工机械,
             # 环卫机械), not the work itself (选矿厂, 环卫工人, 环卫一体化: mining, sanitation)
             "起重": "起重(?=机)", "选矿": "选矿(?=机|设备)", "桩工": "桩工(?=机)", "环卫": "环卫(?=机械)"}
    # (speed: every branch opens with its word, its lookbehind after it, so the scan looks only at
    # the characters a word begins with)
    return re.compile("|".join(guard.get(w, re.escape(w)) for w in words)), codes


def industry_name(code: str) -> str | None:
    return next((row["name"] for row in industries() if row["code"] == code), None)


@dataclass
class _Amount:
    q: Quantity
    kind: str
    phase: bool = False  # 首期投资2.8亿元: one phase's money


@dataclass
class _Item:
    """One project of an enumeration (甲、乙等N个项目开工): where its name is, and its amount."""
    at: int
    name: str
    amount: _Amount | None = None
    investors: list[dict] = field(default_factory=list)  # the company its text names before the name
    park: str | None = None  # the industrial park its text names before the name
    shared: bool = False  # the amount is a size class the list was introduced by, not the item's own
    firm: bool = False  # the list calls its items firms (甲、乙等一批龙头企业投产): a company's project, unnamed
    brought: bool = False  # the firm was brought in (引进甲、乙等企业): signed, whatever else the sentence tells
    stage: str | None = None  # the stage the item is told with, of its own (甲项目全面封顶、乙中心投入运营)
    exemplar: bool = False  # the item is named for a class counted after it (甲等基础设施项目429个)


@dataclass
class _Enumeration:
    start: int
    end: int
    items: list[_Item]


@dataclass
class _Group:
    start: int
    end: int
    amounts: list[_Amount] = field(default_factory=list)
    count: int | None = None
    names: list[tuple[int, str]] = field(default_factory=list)

    @property
    def investment(self) -> _Amount | None:
        """The project's investment: its total before a phase's (首期投资2.8亿元，计划总投资8亿元)."""
        money = [a for a in self.amounts if a.kind in INVESTMENT_KINDS]
        return next((a for a in money if not a.phase), money[0] if money else None)


_DIGIT_COUNT = re.compile(r"\d[个项]")


def _digit_counts(text: str) -> Iterator[re.Match[str]]:
    """The matches of _DIGIT_COUNT in ``text``, in order, as ``finditer`` gives them (they
    cannot overlap). Speed: a scan for 个 and 项 with str.find, and a digit before (a digit
    of the pattern is one str.isdecimal accepts), is several times faster than a scan with
    the pattern at every character."""
    ats = []
    for word in "个项":
        at = text.find(word, 1)
        while at >= 0:
            ats.append(at)
            at = text.find(word, at + 1)
    for at in sorted(ats):
        if text[at - 1].isdecimal():
            yield _DIGIT_COUNT.match(text, at - 1)


# a comma between figures that separates no thousands (1,4丁二醇, 2,6-二氯苯酚) is part of a
# chemical's or a model's name; the rules read every comma as a clause's end, so they read a view
# of the text with each such comma told by a letter, which names take in as they take a model's
# letters, and names read from the view are read again from the text at the same place
_LOCANT_COMMA = re.compile(r"(?<=\d),(?=\d{1,2}(?!\d)|\d{4})")


def match_projects(text: str, segments: Segments, identity: Identity, quantities: list[Quantity] | None = None, where: Layout | None = None) -> list[Match]:
    """Project and batch facts, one match per project group of each sentence."""
    if "," not in text or not _LOCANT_COMMA.search(text):
        return _match_projects(text, segments, identity, quantities, where)
    commas = [m.start() for m in _LOCANT_COMMA.finditer(text)]
    view = _LOCANT_COMMA.sub("Z", text)
    matches = _match_projects(view, segments, identity, quantities if quantities is not None else find_quantities(text), where)
    for match in matches:
        around = (max(0, match.evidence_start - 200), match.evidence_end + 200)
        match.fields.update((key, _as_in_text(value, text, view, commas, around)) for key, value in match.fields.items())
    return matches


def _as_in_text(value: Any, text: str, view: str, commas: list[int], around: tuple[int, int]) -> Any:
    """A field read from the view, as the text writes it where the view holds it."""
    if isinstance(value, str) and "Z" in value:
        at = view.find(value, *around)
        return text[at : at + len(value)] if at >= 0 and any(at <= c < at + len(value) for c in commas) else value
    if isinstance(value, list):
        return [_as_in_text(v, text, view, commas, around) for v in value]
    if isinstance(value, dict):
        return {k: _as_in_text(v, text, view, commas, around) for k, v in value.items()}
    return value


# the lead of an item early in a year that tells what was done in the year before
_LEAD_REVIEWS = re.compile(r"(?<!\d)((?:19|20)\d{2})年(?:以来|全年|[，,]|共|[^，。；]{0,12}(?:聚焦|完成|实现|累计|新签|签约|开工|竣工|投产))")


# a paragraph that opens on a year before the item's own, as what it goes on to review: 2023年，辽宁省…;
# 截至2015年底，…; 截至去年11月底，…; 去年，…; 据了解，2018年福建…; 在刚刚过去的2018年，…
# (not 2022年以来，: a span that runs to the present is dated by the present, 累计签约3434个项目)
_PARAGRAPH_YEAR = re.compile(r"[\s　]*(?:据[^，,。；]{0,12}?(?:了解|介绍|悉)[，,]+|数据显示[，,]|(?:在)?刚刚过去的)?(?:截至|截止|到)?(?:(?P<year>(?:19|20)\d{2})年|(?P<last>去年))(?:\d{1,2}月(?:份|底|末)?|全年)?(?:底|末)?[，,]")
# a sentence that opens on a year before the item's own as the time of what it tells, with no comma
# after it: 2018年列入市重点工程建设的项目共223个…; 数据显示，2016年甲分区完成固定资产投资…，招商引资项目13个
# (not a span, 2016年以来, 2022年一季度以来, 2016年至今, 2016年底前, nor a year's count or heading, 2016年第一批,
# 2016年度, 2016年工作回顾; it dates its own sentence, not the paragraph's sentences after it)
_YEAR_SUBJECT = re.compile(r"[\s　]*(?:据[^，,。；]{0,12}?(?:了解|介绍|悉)[，,]+|数据显示[，,])?(?P<year>(?:19|20)\d{2})年"
                           r"(?![以至到底末初前后上下起开来全第度是工一二三四])(?![^，,。；]{0,8}?(?:以来|至今|以后|之后|开始))(?=[\u4e00-\u9fff])")
# a paragraph that opens on a span from the year before, told in a year's first quarter, as what it goes
# on to review: 去年以来，…; 从去年开始，…; 记者从市招商中心获悉，去年以来，… (an item dated February 2023)
# (in an item dated later in the year, 自去年11月以来, the span is mostly the item's own year; a year
# written out, 2018年以来, is a span run to the present, as before)
_SINCE_LAST_YEAR = re.compile(r"[\s　]*(?:据[^，,。；]{0,12}?(?:了解|介绍|悉)[，,]+|记者[^，,。；]{0,20}?(?:获悉|了解到|得知)[，,]+)?(?:从|自)?"
                              r"去年(?:\d{1,2}月(?:份)?)?(?:以来|开始|起)[，,]")
# a paragraph that opens on going on with the one before (同时，…; 与此同时，…; 此外，…): it tells of the
# time the paragraph before opened on (2023年，辽宁省…。¶同时，…甲、乙等一批项目开工建设, dated 2024)
_GOES_ON = re.compile(r"[\s　]*(?:与此同时|同时|此外|另外)[，,]")
# what dates a sentence in the present, whatever year its paragraph opened on
_NOW = re.compile(r"今年|本年|目前|当前|日前|近日|本次|此次|这次|当天|今天|昨天|年内|明年")
# a year's plan met or passed, or the whole year's investment done: 占年计划的125.6%, 年度投资完成率133.7%,
# 超额完成年度目标任务, 全面完成年度目标, 全年累计完成投资 (told in a year's first quarter, of the year before)
_YEAR_MET = re.compile(r"(?:年计划|年度计划|年度投资计划|年度目标|年度任务|年度目标任务)(?:投资)?(?:的)?(?:约)?[1-9]\d\d(?:\.\d+)?%|完成率(?:达到?|为)?[1-9]\d\d(?:\.\d+)?%|"
                       r"(?:超额|全面)完成(?:全年|年度)|全年(?:累计)?完成(?:固定资产)?投资")

# the whole year's projects told as done (全年新开工项目7274个; 全年新落地招商引资项目38个; 全年引进亿元以上项目
# 1403个): in an item of a year's first half, and a paragraph that names no year of its own nor the
# present, a year that is over, the year before the item's (not 全年计划新开工, 全年可完成新开工: still to come)
_WHOLE_YEAR_DONE = re.compile(r"全年(?:累计)?(?:共)?(?:新)?(?:落地|签约|签订|引进|开工|竣工|投产|建成)")



def _whole_year_done(text: str, paragraph: int, end: int) -> bool:
    """Whether the paragraph up to end tells the whole year's projects done (_WHOLE_YEAR_DONE) with no
    year of its own nor the present around it: from its opening, or from the bullet the telling is in
    (●全年新开工项目7274个，计划总投资1.24万亿元●…, a list of bullets told as one paragraph)."""
    told = None
    for told in _WHOLE_YEAR_DONE.finditer(text, paragraph, end):
        pass
    if told is None:
        return False
    since = max([paragraph] + [text.rfind(b, paragraph, told.start()) + 1 for b in "●•◆■"])
    until = min([end] + [at for b in "●•◆■" if (at := text.find(b, told.end(), end)) >= 0])
    return not _rx.search(r"今年|本年|明年|当年", text[since:until]) and not _YEAR_TOLD.search(text, since, until)


# a sentence that opens on a tally to date (截至目前，…; 截止目前…)
_TO_DATE = re.compile(r"[\s“\"]*(?:截至|截止|到)(?:目前|当前|现在)为?止?")


def _paragraph_year(text: str, start: int, whole: str, identity: Identity, report: bool) -> Identity:
    """The identity a sentence's stages are dated by: in a paragraph that opens on a year before
    the item's own (2023年，辽宁省亿元以上在建项目超6000个…。总投资超百亿元的甲、乙等一批重大项目建成运营,
    dated 2024), a stage with no date of its own is of that year, unless the sentence speaks of
    the present (今年, 目前, 此次)."""
    if report or not identity.published or not identity.published[:4].isdigit() or identity.reviewed_year:
        return identity
    if identity.published[4:8] == "-01-" and (_TO_DATE.match(whole) or _TO_DATE.match(text, text.rfind("。", 0, start) + 1, start)) \
            and not _rx.search(r"今年|本年|明年|新年|元月|(?<!\d)1月|开年|年初", whole):
        # 截至目前，确定的亿元以上项目开复工280项，完成投资1163.6亿元 (dated January): a tally to date
        # made in a year's first month is the year just ended's (but 截至目前，今年已签约…: the new year's)
        return replace(identity, reviewed_year=int(identity.published[:4]) - 1)
    if _early_in_year(identity.published) and _YEAR_MET.search(whole) and not _rx.search(r"今年|本年|明年", whole):
        # 在建重点项目完成投资4737.12亿元，完成年度计划的110.0% (dated January): a year whose plan is met
        # is over, the year before the item's
        return replace(identity, reviewed_year=int(identity.published[:4]) - 1)
    paragraph = text.rfind("\n", 0, start) + 1
    if identity.published[4:5] == "-" and "01" <= identity.published[5:7] <= "06" and not _NOW.search(whole) \
            and _whole_year_done(text, paragraph, start + len(whole)):
        # 该县…全年新落地招商引资项目38个，合同投资额409.4亿元。甲乙2×100万千瓦燃煤发电项目已签署战略合作框架协议
        # (dated April 2015): the whole year's done, and what the paragraph goes on to tell, of the year before
        # (but a sentence of the present, 目前甲项目已投产, of the item's)
        return replace(identity, reviewed_year=int(identity.published[:4]) - 1)
    # (the paragraph's opening, or that of a sentence of it before this one: 本报讯…。截至2015年底，…)
    starts = [paragraph] + [paragraph + m.end() for m in _rx.finditer(r"[。！？]", text[paragraph:start])]
    early = _early_in_year(identity.published)
    openings = [o for at in starts if (o := _PARAGRAPH_YEAR.match(text, at) or early and _SINCE_LAST_YEAR.match(text, at))]
    if not openings and _GOES_ON.match(text, paragraph):
        # (同时，… going on with the paragraph before: the openings of that one's sentences)
        before = text[: paragraph].rstrip()
        previous = before.rfind("\n") + 1
        starts = [previous] + [previous + m.end() for m in _rx.finditer(r"[。！？]", before[previous:])]
        openings = [o for at in starts if (o := _PARAGRAPH_YEAR.match(text, at) or early and _SINCE_LAST_YEAR.match(text, at))]
    if (subject := _YEAR_SUBJECT.match(text, start)) is not None:
        openings.append(subject)  # (of its own sentence only: the sentences after may tell the present, 已完成投资22亿余元)
    opening = openings[-1] if openings else None
    if opening is None or _NOW.search(whole):
        return identity
    published = int(identity.published[:4])
    if opening.re is _SINCE_LAST_YEAR and _rx.search(r"累计|迄今|至今", whole):
        return identity  # (累计签约3434个项目: a total run to the present, dated by the present)
    year = int(opening.group("year")) if opening.re is not _SINCE_LAST_YEAR and opening.group("year") else published - 1
    return replace(identity, reviewed_year=year) if year < published else identity


# the day an item's lead opens on, told without its year (本报讯…：12月30日，…; 文章简介:27日，…; 8月14日上午，…)
_LEAD_DAY = re.compile(r"(?:^|(?<=[\n：:）)\s，,]))(?:(?P<month>\d{1,2})月)?(?P<day>\d{1,2})日(?:上午|下午|晚上?|凌晨)?[，,](?P<told>[^。！？\n]*)")


def _lead_day_year(text: str, published: str) -> int | None:
    """The year of the day an item's lead opens on (_LEAD_DAY), from the item's date: a day over a month
    after it (12月30日, dated 2020-01-24), or a day of the month with no month told after the item's own
    day in January (27日, dated 2018-01-25), is of the year before. Not a day the lead tells is to come
    (27日，将举行…), nor one its sentence gives another year (12月30日，…2021年…, dated 2020-01-24)."""
    if not _rx.fullmatch(r"(?:19|20)\d{2}-\d{2}-\d{2}", published):
        return None
    year, month, day = int(published[:4]), int(published[5:7]), int(published[8:10])
    title = max(text.find("\n"), 0)
    told = _LEAD_DAY.search(text, title, title + 400)
    if told is None or _rx.search(r"将|拟|即将|计划|预计", told.group("told")[:30]):
        return None
    if told.group("month"):
        before = 1 <= int(told.group("month")) <= 12 and (int(told.group("month")) - month) * 31 + int(told.group("day")) - day > 31
    else:
        before = month == 1 and day < int(told.group("day")) <= 31
    found = year - 1 if before else year
    named = {int(y) for y in _YEAR_TOLD.findall(told.group("told"))}
    return found if not named or named == {found} else None


# a sentence that opens on the year and says what will be done in it: 2022年，榆中县将…; 今年，新区将再铺排项目401个;
# 据悉，今年该市将实施省市重点项目120项 (not 即将, what is about to happen)
_YEAR_AHEAD_OPENING = re.compile(r"[\s　]*(?:据[^，,。；]{0,12}?(?:了解|介绍|悉)[，,]?)?(?:(?P<year>(?:19|20)\d{2})年|今年)[，,]?[^，,。；\d]{1,12}?(?:还|再|也|更)?(?<!即)将")


def _year_ahead(whole: str, identity: Identity) -> bool:
    """Whether a news sentence tells a plan for the item's year or a year to come (2022年，榆中县将…谋划
    集中开工重点项目135个): all it tells is planned (not a year before the item's: 2015年，新区将…)."""
    opening = _YEAR_AHEAD_OPENING.match(whole)
    if opening is None:
        return False
    return not (opening.group("year") and identity.published and identity.published[:4].isdigit() and int(opening.group("year")) < int(identity.published[:4]))


# a sentence that breaks down a plan's list told just before into its classes, or names the
# members of one (今年计划实施重点项目110个。|其中，新开工项目71个…；续建项目39个…; 共铺排项目324个。|
# 基础设施项目包括甲高铁、乙水库等; 计划新开工项目10个。|主要包括甲、乙等项目; 100个重点项目中，…): of the plan, all it tells planned, where it tells
# nothing done (其中已开工38个, 完成投资75亿元, 投资均完成年度计划的20%, 目前, 累计: the plan's progress, reached;
# nor a place's share, 其中，甲市一季度开工项目70个, told as its own)
_PLAN_CLASS_OPENING = re.compile(r"[\s　，,]*(?:据了解|据介绍|据悉)?[，,]?(?:其中[，,：:]?|(?:\d+|[一二三四五六七八九十两百]+)(?:个|项)[^，,。；;\d]{0,12}?(?:项目|工程)中[，,]|(?:[\u4e00-\u9fff]{0,8}?(?:项目|工程)(?:\d+个)?[，,]?)?(?:主要)?包括)")
# the stage words a plan's classes are named by (新开工项目, 计划竣工项目, 续建项目, 前期项目): no stage reached
_PLAN_CLASS_WORD = re.compile(r"(?:计划|拟)?(?:新开工|新建|续建|在建|开工|竣工|投产)(?=(?:的)?[^，,；;。\d、]{0,6}?(?:项目|工程))")
_PLAN_REACHED = re.compile(r"已|(?<!计划)(?<!预计)完成|累计|目前|截至|去年|集中|仪式|实现|顺利|成功|正式")


def _breaks_down_plan(whole: str, at: int, context: dict) -> bool:
    """Whether a news sentence breaks down the planned batch told just before it into classes, or
    names its members, and tells nothing reached: the plan's, planned (ruling 6: 计划新开工项目N个)."""
    told = context.get("batch")
    opening = _PLAN_CLASS_OPENING.match(whole)
    if told is None or told.fields.get("stage") != "planned" or not 0 <= at - told.evidence_end < 300 or opening is None:
        return False
    if _PLAN_REACHED.search(whole) or "其中" in opening.group() and _share_place(whole[opening.end() :]):
        return False  # (其中，南昌市一季度开工重大项目70个: a place's share, told as its own)
    return _STAGE.search(_PLAN_CLASS_WORD.sub("", whole)) is None


def _early_in_year(published: str) -> bool:
    """A date in a year's first quarter, when items review the year before."""
    return published[4:5] == "-" and published[5:7] in ("01", "02", "03")


# a year as an item writes it (2013年), and what makes it no year of the item's own: a year to
# come (预计2019年, 力争2025年, 到2025年), or one a span runs from or to (自2021年7月, 2020年至今年5月, 2021年以来)
_YEAR_TOLD = re.compile(r"(?<!\d)((?:19|20)\d{2})年")
_YEAR_AHEAD = re.compile(r"(?:预计|计划|力争|争取|确保|有望|到|至|自|从)(?:于|在|到)?$")
_YEAR_SPAN = re.compile(r"(?:\d{1,2}月(?:\d{1,2}日)?|[上下]半年|底|初|末)?(?:份)?(?:至|到|以来|来|起|开始|前|之前|以前|后|之后|以后)")


# a year written bare before the name of an event, a campaign or a report that it is the year of
# (2025绍兴市招商引资大会, 2023(中国)亚欧商品贸易博览会, 2017中国企业500强高峰论坛, 2025项目提效年):
# its year is the item's (not a figure, 2018亿元, 2000多家, 2019项, nor a span, 2005至2007年)
_EVENT_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d{2})(?![\d年万萬亿億多余个個元吨噸亩畝千百米平家户戶人名座台臺条條辆輛至到\-/.:：]|[项項](?!目))"
                         r"(?:[（(][\u4e00-\u9fff]{1,4}[）)])?[\u4e00-\u9fff“”·—\-\d]{0,24}?(?:会|會|论坛|論壇|节|節|周|週|月|大典|活动|活動|报告|報告|(?<!\d)年)")
# the heading a report's review opens on, naming the year it reviews (一、2023年工作回顾, an indented
# 2022年工作回顾), or a heading of the year past and a paragraph that opens on the year as the one it
# was (一、…，过去一年政府工作成效显著\n2019年，是我县…的一年)
_REVIEW_OPENING = re.compile(r"^[ \t　]*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)?[ \t　]*((?:19|20)\d{2})年[^\n。]{0,12}?(?:回顾|成绩|总结)[^\n。]{0,20}$"
                             r"|(?:过去一年|过去的一年)[^\n。]{0,30}\n[ \t　]*((?:19|20)\d{2})年[，,]?是", re.M)
# a page's dateline that gives its month and no day (发布时间：2016-08): its year is the item's
_MONTH_DATELINE = re.compile(r"(?:发布时间|发布日期|发表时间|发表日期|时间|日期)\s*[:：]\s*((?:19|20)\d{2})\s*[-/.年]\s*\d{1,2}(?![\d/.-])\s*月?")


def _match_projects(text: str, segments: Segments, identity: Identity, quantities: list[Quantity] | None, where: Layout | None) -> list[Match]:
    report = identity.doc_type in ("government_work_report", "resolution", "cppcc_report")
    if quantities is None:
        quantities = find_quantities(text)
    out: list[Match] = []
    if report and identity.report_year is None and identity.reviewed_year is None and identity.plan_year is None:
        # a work report whose year its identity could not read: the one year its title writes bare
        # before the report's name (2018政府工作报告), else its page's date (发布日期：2022-02-15; not
        # a page of November or December, when a report may review the year it is given in): the
        # year it plans, after the one it reviews
        title = text[: max(text.find("\n"), 0) or 80][:80]
        years = set(_EVENT_YEAR.findall(title)) | set(_YEAR_TOLD.findall(title))
        if len(years) == 1:
            year = int(years.pop())
        elif not years and identity.published and _rx.fullmatch(r"(?:19|20)\d{2}-(?:0\d|10)-\d{2}", identity.published):
            year = int(identity.published[:4])
        else:
            year = None
        if year:
            identity = replace(identity, report_year=year, plan_year=year)
    if report and (reviews := _REVIEW_OPENING.search(text)):
        # a report whose review opens on the year it reviews (一、2023年工作回顾; 过去一年…\n2019年，是…的一年)
        # where its identity has that year as the one it plans or an earlier one: it reviews that year
        # and plans the next (郏县政府工作报告 … 一、2023年工作回顾, given in 2024)
        reviewed = int(reviews.group(1) or reviews.group(2))
        if identity.reviewed_year != reviewed and (identity.plan_year is None or identity.plan_year <= reviewed):
            identity = replace(identity, reviewed_year=reviewed, plan_year=reviewed + 1)
    if not report and not identity.published and identity.report_year is None:
        # an item that prints no date: the one year its title and lead name is when it happened
        # (贵阳市2018年第1次工业项目集中开工); two years there, or none, decide nothing
        years = set(_rx.findall(r"(?<!\d)((?:19|20)\d{2})年", text[:150])) | set(_MONTH_DATELINE.findall(text[:300])) | set(_EVENT_YEAR.findall(text[:150]))
        if not years:
            # none there: the one year the item names anywhere as when a thing was done (凤阳县2013年城市
            # 建设重点项目首季集中开工, 项目于2023年9月开工建设), not one to come or one a span runs from
            # (预计2019年5月完成, 自2021年7月, 2020年至今年5月, 2021年以来)
            years = {m.group(1) for m in _YEAR_TOLD.finditer(text) if not _YEAR_AHEAD.search(text, max(0, m.start() - 4), m.start())
                     and not _YEAR_SPAN.match(text, m.end())}
        if len(years) == 1:
            identity = replace(identity, report_year=int(years.pop()))
    if not report and identity.published and identity.published[:4].isdigit():
        # a title that names the year before the item's date: the item reviews that year
        title = text[: max(text.find("\n"), 0) or 80][:80]
        years = {int(y) for y in _rx.findall(r"(?<!\d)((?:19|20)\d{2})年", title)}
        year = years.pop() if len(years) == 1 else None
        published = int(identity.published[:4])
        # (the lead's review: 2017年全省…; 全年; 过去一年，…; or the year's results told, 2023年重庆市级重点项目完成投资超4800亿元)
        if year == published - 1 and _rx.search(rf"{year}年(?:全|以来|[，,]|共)|{year}年[^，,。；\n]{{0,20}}?完成(?:固定资产)?投资|全年|过去(?:的)?一年|刚刚过去|一年来", text[:400]):
            identity = replace(identity, reviewed_year=year)  # (a title's year with 近日 news is only its subject)
        elif not years and (_rx.search(r"去年(?!同期)", title) or _early_in_year(identity.published) and _LEAD_REVIEWS.search(text, len(title), len(title) + 120)
                            and int(_LEAD_REVIEWS.search(text, len(title), len(title) + 120).group(1)) == published - 1):
            # 去年河南省重点项目超额完成投资目标 (dated January); 2014年聚焦项目引进… in the lead of an
            # item dated January 2015: a review of the year before
            identity = replace(identity, reviewed_year=published - 1)
        elif not identity.reviewed_year and (day_year := _lead_day_year(text, identity.published)) and day_year < published:
            # 12月30日，弋阳县举行2019年第四次工业项目集中开工活动 (dated 2020-01-24); 27日，我县举行…签约仪式
            # (dated 2018-01-25): the item tells of its lead's day, of the year before
            identity = replace(identity, reviewed_year=day_year)
    lead = None if report else _lead_stage(text, identity)
    # an item that announces a plan's list (我省发布2018年重点建设项目计划, 省政府确定重大建设项目780个):
    # the projects it tells are planned, but for what it says was done already
    announced = not report and _PLAN_TITLE.search(text[: max(text.find("\n"), 0) or 80][:80]) is not None
    # an item whose title tells a joint event still to come (甲市计划集中开工21个重点项目, 乙州：200个项目将集体开工):
    # the event's batch and members are planned, but for what it says was done already (第一批…集中开工活动成功举行,
    # 已开复工项目395个); not a quarter's or a year's plan count (计划一季度开工重大项目2051个), told of a day's starts
    previewed = not report and _EVENT_AHEAD_TITLE.search(text[: max(text.find("\n"), 0) or 80][:80]) is not None
    context: dict = {"found": out}  # the projects of the sentences before
    sentences = _list_lines_joined(text, segments.sentences)
    # (speed: one scan of the text finds the sentences that may hold a project word, and one those
    # that may tell places' shares of a batch, with figures in 个 or 项 and no project word)
    touched = set(spans_touched(_PROJECT_WORDS.finditer(text), sentences)) | set(spans_touched(_digit_counts(text), sentences))
    # (and those that open with 包括 and list: the members of the batch told before, which may name no project word)
    touched |= set(spans_touched(_MEMBERS_OPENING.finditer(text), sentences))
    for i in sorted(touched):
        sentence = sentences[i]
        whole = text[sentence.start : sentence.end]
        if not _PROJECT_WORDS.search(whole) and not (context.get("batch") and (len(_rx.findall(r"\d[个项]", whole)) >= 3 or _MEMBERS_OPENING.match(whole))):
            continue  # (其中，甲市200个、乙市186个、丙市90个: places' shares of the batch told before name no project word)
            # (包括甲中心二期、乙有轨电车S1线、丙装备制造等。: its members, after the batch)
        if not report and i > 0 and i - 1 not in touched and _THIS_PROJECT.match(whole.lstrip("“\"据了解，, ")):
            # 笔者来到甲村光伏扶贫电站，…。该项目总投资约1.5亿元: the works the sentence before named,
            # with no project word of its own
            if named := _names(text[sentences[i - 1].start : sentences[i - 1].end], sentences[i - 1].start):
                context["last"] = named[-1][1]
                context["last_at"] = (sentences[i - 1].start, sentences[i - 1].end)
        if not report and _is_caption(text, sentence.end, whole):
            continue  # 甲项目建设现场。某某供图: a photo's caption, which tells nothing the item does not
        # (news: an item that announces a plan's list, or a sentence that opens on the year and tells what
        # will be done in it, 今年该市将实施省市重点项目120项…预计完成投资70亿元; not what is done already)
        plan = bool(where and where.in_plan(sentence.start)) if report else (announced and not _rx.search(r"已|完成投资|累计|目前|截至|去年", whole)
                                                                              or _year_ahead(whole, identity) and not _rx.search(r"已|(?<!预计)(?<!计划)完成投资|累计|目前|截至|去年", whole))
        if previewed and not plan and not _EVENT_DONE.search(whole):
            plan = True  # (北京计划集中开工21个重点项目 … 安排甲、乙等4个重大项目: members of the event to come, planned)
        if not report and not plan and _breaks_down_plan(whole, sentence.start, context):
            plan = True  # (其中，新开工项目71个，年度计划投资41亿元 after a year's plan of 110: the plan's classes, planned)
        money = [_as_money(text, q) for q in within(quantities, sentence.start, sentence.end)]
        money = [q for q in money if q is not None]
        if report and not money and _idle_in_report(whole, context.get("batch") is not None):
            continue  # (speed: most of a report's sentences that name projects tell nothing of one)
        found = _sentence_matches(text, sentence.start, sentence.end, money, _paragraph_year(text, sentence.start, whole, identity, report), report, plan, lead, context)
        _class_of_sentence(whole, found)
        found = _pair_told_as_two(text, sentence.start, sentence.end, found)
        if not report and money and not any(m.fields.get("batch") for m in found) and (progress := _list_progress(text, sentences, i, money, _paragraph_year(text, sentence.start, whole, identity, report), plan, lead, out)):
            found.append(progress)
        if not report and not found and i > 0 and (staged := _staged_after_its_telling(text, sentences, i, money, identity, plan, lead, context, out)):
            found.append(staged)
        out.extend(found)
        if not report:
            named = _names(whole, sentence.start)
            if named and not money:
                told = _told_of(text, sentence.start, named)
                if any(m.fields.get("name") for m in found) and told not in [m.fields.get("name") for m in found] \
                        or len(named) > 1 and sum(1 for m in found if m.fields.get("name") and m.fields.get("stage")) > 1:
                    # (继甲项目落地之后，乙项目开工: the project the sentence told, not its background; 甲项目已
                    # 竣工投产，乙项目正式开工: each reached a stage of its own, and the last told is in view)
                    told = named[-1][1]
                context["last"] = told  # 某某项目签约。该项目总投资…
                context["last_at"] = (sentence.start, sentence.end)
            context.setdefault("names", []).extend(n for _, n in named)
    if not report:
        _yields_once_built(text, sentences, quantities, out)
    if "会场" in text:
        out.extend(_venue_projects(text, sentences, identity, lead, out))
    if "简称" in text:
        _by_their_full_names(text, out)
    out = _without_repeats(text, out)
    out = _without_parts_of_a_total(text, out)
    out = _without_classes_of_a_whole_told_before(text, out)
    out = _without_rows_of_a_whole_told_before(text, out)
    out = _without_kinds_of_a_stage_told_before(text, out)
    out = _without_classes_by_kind(text, out)
    if "工程" in text:
        out = _without_works_a_body_carries_out(text, out)
    if "主要建设" in text:
        out = _without_parts_a_project_is_built_of(text, out)
    if not report and ("一览" in text or "名单" in text or "清单" in text):
        # (after the repeats are dropped: a name's line holds no full stop, as a headline's does not)
        out.extend(_projects_under_heading(text, identity, lead, out))
    if not report:
        out = _named_after(text, out)
    # a project whose sentence names no place is where its item or report is: the park or
    # place the item's lead names, or the report's own county or city
    default = None
    if report:
        region = identity.region
        if region and region.level in ("city", "county", "town"):
            default = region.town or region.county or region.city or region.name  # 庐江县, not 合肥市庐江县
    else:
        # the place the item's headline names, else its lead's (洞口县加快推进项目建设⏎…总投资2.2亿元的
        # 洞口慧创工业园20栋厂房竣工: the county, not the park one project built; 防城港市…项目集中开竣工周⏎
        # …项目在防城港市高新技术产业开发区开工: the city the item is of, not one project's park)
        title = text[: max(text.find("\n"), 0) or 80][:80]
        default = _location(title) or _headline_opens_on(title, identity.region) or _location(text[:300])
        region = identity.region
        if region and region.level in ("city", "county") and default and (default.endswith(("省", "自治区")) or default in (region.province or "")):
            default = region.county or region.city or default  # 山东省 in the lead, 历城区 the item's place: the finer one
        # a town the headline or the lead's first sentence opens a clause on, as its subject (五烈镇招商引资扎实推进,
        # 今年以来，连城镇不断创新…, （通讯员 甲）长泰县陈巷镇狠抓重点项目建设): the item is of the town, finer than
        # its county (told as the item's place or none)
        lead = text[len(title) :].lstrip()
        town = _town_opening(title) or _town_opening(lead[: min([i for i in (lead.find("。"), 200) if i >= 0])])
        if town and (not default or town.startswith(stem_of(default)) or region and default in (region.county, region.city)):
            default = town
    for match in out:
        _run_on_out_of_name(match)
        _deed_out_of_name(match)
        _place_out_of_name(text, match, identity.region, default)
        _firm_out_of_name(match)
        _place_in_brackets(match, identity.region)
        _place_inside_name(match, identity.region, default)
        if match.fields.get("name") and _no_name(match.fields["name"]):
            match.fields["name"] = None  # (仙桃天门|两地项目: what is left once the places are out)
        if match.fields.get("name") and match.fields.get("amount") is None and _COUNTED_SLOGAN.fullmatch(match.fields["name"]) \
                and (quoted := text.find(f"“{match.fields['name']}”", match.evidence_start, match.evidence_end)) >= 0 \
                and _SLOGANS_AIM.match(text, quoted + len(match.fields["name"]) + 2):
            match.fields["name"] = None  # 聚焦“两城三基地”建设: a plan's slogan that counts its aims, no project
        if (name := match.fields.get("name")) and not match.fields.get("batch") and not _NAME_ENDS_NAME.search(name) and not _LINE_WORKS_END.search(name) \
                and len(name) >= 4 and not _industry_only(name) and any(not text.startswith(tuple("部组办群库区"), at + len(name) + 2) for at in _starts(name + "项目", text)):
            # 甲乙轮胎项目…。甲乙轮胎总投资100亿元: a product or trade told bare where the text names the
            # project with its 项目 elsewhere takes that full name (ruling 3; but works named by their own
            # word, 甲康养中心, 乙产业园, 丙生产线, keep the form told here; and a trade alone, 锂电池, is no project's)
            match.fields["name"] = name + "项目"
        if (name := match.fields.get("name")) and not match.fields.get("batch") and (boast := _SCOPE_SUPERLATIVE.match(name)):
            # 力争建成中国西部最大甲化工基地, 刷新了国内乃至全球乙整车项目落地的最快纪录: a name opened by where it
            # would be the greatest is a goal or a boast, no project, told with no sum; with its own sum, the
            # project is what follows (总投资10亿元的全国首个丙产业园项目)
            rest = name[boast.end() :]
            match.fields["name"] = rest if match.fields.get("amount") is not None and len(rest) >= 4 and not _generic(rest) else None
        if (name := match.fields.get("name")) and not match.fields.get("batch") and _UNITS_COUNTED.match(name):
            match.fields["name"] = None  # 建设两条甲生产线, 一处乙项目: what is built told by how many, no project's name
    out = _without_plant_parts(text, out)
    out = [match for match in out if not _told_nothing(match) and not _counted_kind(text, match) and not _indefinite(match) and not _head_of_a_quote(text, match) and not _other_kinds(text, match) and not _support_kinds(text, match)
           and not _honour_title(text, match) and not _told_as_companion(text, match)]
    sections = _place_headings(text) if "\n" in text else []
    names = {match.fields["name"] for match in out if match.fields.get("name")}
    registered: list[str] | None = None  # (speed: the registered firms the text names, read once when asked)
    firms: list[tuple[str, int]] | None = None  # (speed: the firms the text names and where, read once when asked)
    for match in out:
        if _told_by_firm(match) and not _FIRM_TRADE.search(match.fields["name"]):
            # 蓝宝石晶体、集成电路封装、甲乙饲料等项目开工: an item told by the product or works it makes is
            # the project's name, not also its investor, with a brand before it or not (ruling 2); and so is
            # one told by no known product or trade (甲乙气缸套、丙丁文档、戊己等一批项目开工: what was built,
            # a name is never its own investor); an item that ends in a firm's trade (甲乙锂电, 丙丁科技)
            # is the firm it was read as
            name = match.fields["name"]
            match.fields["investors"] = [i for i in match.fields["investors"] if i["name"] != name]
            match.fields["investor"] = match.fields["investors"][0]["name"] if match.fields["investors"] else None
        if any(_INVESTOR_VERB.search(i["name"]) or _INVESTOR_REFERENCE.search(i["name"]) or _INVESTOR_DESCRIPTOR.match(i["name"]) or _told_in_full(i, match.fields["investors"]) for i in match.fields.get("investors") or []):
            match.fields["investors"] = _investors_words_cut(match.fields["investors"])
            match.fields["investor"] = match.fields["investors"][0]["name"] if match.fields["investors"] else None
        if (name := match.fields.get("name")) and "合作" not in name and any(_INSTITUTION.search(i["name"]) and i["name"] in name for i in match.fields.get("investors") or []):
            # 甲医科大学肿瘤医院二期扩建工程, 乙大学丙研究院建设项目: a university's or an institute's own works, named
            # by it, are the place's own (ruling 1), not its investment (but 甲县人民政府乙大学专项合作: a partner)
            match.fields["investors"] = [i for i in match.fields["investors"] if not (_INSTITUTION.search(i["name"]) and i["name"] in name)]
            match.fields["investor"] = match.fields["investors"][0]["name"] if match.fields["investors"] else None
        if not match.fields.get("investors") and not match.fields.get("batch") and (firm := _firm_by_role(text, match, out)):
            match.fields["investors"], match.fields["investor"] = [{"name": firm, "role": "investor"}], firm
        if not match.fields.get("investors") and not match.fields.get("batch") and match.fields.get("name"):
            # 甲乙汽车制造有限公司负责人…介绍了甲乙轻型改装车项目; 竣工项目代表、丙丁能源科技有限公司总经理 (丙丁压缩机):
            # the registered firm the text names whose short name opens the project's name is its investor (a group
            # told by its brand alone, 一汽集团…一汽红旗定制中心, is a brand fused in the name, left as the gold leaves it)
            firms = firms if firms is not None else [(i["name"], text.find(i["name"])) for i in _investors(text) if i["role"] == "investor" and _REGISTERED_NAME.search(i["name"])]
            if firm := _firm_by_brand(match, firms):
                match.fields["investors"], match.fields["investor"] = [{"name": firm, "role": "investor"}], firm
        if not match.fields.get("investors") and not match.fields.get("batch") and (firm := _scene_firm(text, match.evidence_start)):
            # 在甲乙汽车工业有限公司生产车间内，工人正在忙碌作业。…丙项目总投资1.2亿元: the firm whose plant the story
            # opens in is the investor of the project it tells next
            match.fields["investors"], match.fields["investor"] = [{"name": firm, "role": "investor"}], firm
        if not match.fields.get("investors") and not match.fields.get("batch") and (firm := _firm_referred(text, match)):
            # 甲乙专用车辆股份有限公司总经理…说。…该企业二期丙项目签约，总投资5亿元; 由丁集团投资建设的戊产业园开工，
            # 标志着该集团总投资100亿元的己项目…: the firm 该企业/该公司/该集团 refers to, the nearest named before it
            match.fields["investors"], match.fields["investor"] = [{"name": firm, "role": "investor"}], firm
        if match.fields.get("investors") and not match.fields.get("batch") and (partners := _joint_partners(text, match)):
            # 甲铜业有限公司与乙铜业共同建设丙项目; 丁集团有限公司将与戊锂业、己投资集团有限公司一起，投资50亿元: a firm
            # told by its short name as the one a named investor builds with is an investor too
            match.fields["investors"] = match.fields["investors"] + [{"name": p, "role": "investor"} for p in partners]
            match.fields["investor"] = match.fields["investors"][0]["name"]
        if not match.fields.get("investors") and not match.fields.get("batch") and (firm := _announcing_firm(text, match.evidence_end)):
            # 甲乙股份(600438)晚间公告，公司拟在丙市新增投资140亿元建设…项目: a listed firm's announcement tells its own projects
            match.fields["investors"], match.fields["investor"] = [{"name": firm, "role": "investor"}], firm
        if match.fields.get("investors"):
            # 茌平甲乙建材有限公司…。甲乙建材有限公司乙项目总投资20亿元; 郑州丙丁仓储服务有限公司…丙丁仓储公司;
            # 广西戊己木业集团股份有限公司…戊己集团: a firm told short where the text names it in full
            # elsewhere, registered, is that firm (as the full name tells it)
            registered = registered if registered is not None else [i["name"] for i in _investors(text) if _REGISTERED_NAME.search(i["name"])]
            told = [_registered_in_full(i, registered) for i in match.fields["investors"]]
            if told != match.fields["investors"]:
                match.fields["investors"] = [i for k, i in enumerate(told) if not any(o["name"] == i["name"] for o in told[:k])]
                match.fields["investor"] = match.fields["investors"][0]["name"]
        if _firms_own_place(match):
            match.fields["location"] = None
        if _own_trade_park(match):
            # 华中家具产业园2期, 小角楼白酒产业园扩能项目, 瑞声科技南宁产业园光学模组项目: a park named for a trade or a
            # firm that the project's own name keeps is what it builds or whose works it is, no place it is in;
            # where is its paragraph's or its item's place
            match.fields["location"] = None
        if not match.fields.get("location"):
            # (a project told with no place of its own is where its paragraph's subject, else its section's heading, else its item is)
            match.fields["location"] = _paragraph_place(text, match.evidence_start, names) or _section_place(sections, match.evidence_start) or default
        match.fields["location"] = _finer_than_province(_without_province_char(match.fields.get("location")), identity.region)
        if not match.fields.get("industries") and not match.fields.get("batch") and (match.fields.get("investors") or match.fields.get("name")):
            # a project whose name and clause tell no trade, its firm's, told by the word closing the firm's name
            # (甲乙机械有限公司等企业投产: C34; _firms_trade), read once its firms are all known; with no firm, a
            # firm's short name read as the name (丙丁牧业等项目: A)
            match.fields["industries"] = _firms_trade(match.fields.get("investors") or [{"name": match.fields["name"]}])
    for match in out:
        # 湘潭市共有32个项目集中开工，总投资160亿元。其中，总投资12亿元的甲乙项目…: a member still told with no place
        # (its item's headline a province's) is where its batch is; but not at a place the batch read from
        # one member's own name (甲项目、湘潭市乙产业园项目等12个项目建成投产: 湘潭市 is 乙's, not the whole's)
        if not match.fields.get("location") and match.fields.get("in_batch") is not None and (batch := next((m for m in out if m.fields.get("batch") and m.start == match.fields["in_batch"]), None)) is not None \
                and (place := batch.fields.get("location")) and not any(place in name for name in batch.fields.get("members") or []):
            match.fields["location"] = place
    return [match for match in out if not _kinds_listed(text, match)]


# the kinds of plant a batch holds, listed with no project's own name (集中开工了一批海上风电、沙漠光伏等发电项目;
# 包括大型风电光伏基地、海上光伏、先进燃机和清洁高效煤电项目; 包括陆上新能源基地、海上风电、大型水电…等): each item a
# kind of power plant alone, no project (but 甲项目、分散式风电项目等14个项目 names members among named ones)
_ENERGY_KIND = re.compile(r"(?:大型|陆上|海上|沙漠|沙戈荒|分散式|分布式|集中式|屋顶|先进|清洁高效)?(?:风电|光伏|风电光伏|风光|水电|新能源|燃机|煤电|气电|天然气发电|储能|抽水蓄能)"
                          r"(?:扩容升级)?(?:基地|电站)?(?:项目)?")
_KINDS_LIST = re.compile(r"(?:包括|涵盖|一批)(?P<items>[^，,。；;：:“”\"]{2,80}?)(?=等|[，,。；;]|$)")


def _kinds_listed(text: str, match: Match) -> bool:
    """Whether a project's name is an item of a list of plant kinds alone (_ENERGY_KIND): a kind, no project."""
    name = match.fields.get("name")
    if match.fields.get("batch") or not name or not all(_ENERGY_KIND.fullmatch(part) for part in _rx.split(r"和|及", name)):
        return False
    for listed in _KINDS_LIST.finditer(text, match.evidence_start, match.evidence_end):
        items = [item for item in _rx.split(r"、|和|及", listed.group("items")) if item]
        if len(items) >= 2 and all(_ENERGY_KIND.fullmatch(item) for item in items) and _rx.sub(r"项目$", "", name.split("和")[0]) in listed.group("items"):
            return True
    return False


# a scope and a superlative that open a name (中国西部最大, 国内乃至全球, 全国首个): where it would be the greatest
_SCOPE_WORDS = r"(?:中国|全国|国内|国内外|全球|世界|亚洲|国际|全省|全市|全区|全县|我国|省内|区域)"
_SUPERLATIVE = r"(?:最大|首个|首家|第一|领先|一流|规模最大|单体最大|最先进|唯一)"
_SCOPE_SUPERLATIVE = re.compile(r"^(?:" + _SCOPE_WORDS + r"?(?:[东西南北中]部|东北|西南|西北|华东|华南|华北|华中|东南)(?:地区)?|" + _SCOPE_WORDS + r")"
                                r"(?:乃至" + _SCOPE_WORDS + _SUPERLATIVE + r"?|" + _SUPERLATIVE + r")(?:的)?")


# a line that is a place's full name alone, heading a section of the item (⏎科尔沁区⏎…项目投产; ⏎【万州区】⏎…)
_PLACE_HEADING = re.compile(r"^[ \t\u3000]*【?(?P<place>[\u4e00-\u9fff]{2,12}?)】?[ \t\u3000]*$", re.M)


def _place_headings(text: str) -> list[tuple[int, str]]:
    """Where each line that heads a section with a place's name alone is, and the place: an item that
    tells its counties one by one under their names (通辽各旗县市区…⏎科尔沁区⏎…⏎霍林郭勒市⏎…)."""
    places = gazetteer()
    return [(m.start(), m.group("place")) for m in _PLACE_HEADING.finditer(text, max(text.find("\n"), 0))
            if any(d.level in ("city", "county", "town") for d in places.by_name.get(m.group("place"), ()))]


def _section_place(sections: list[tuple[int, str]], at: int) -> str | None:
    """The place the last section heading before ``at`` names: where a project its section tells with no
    place of its own is, rather than the item's own (the city its headline names)."""
    before = [place for start, place in sections if start < at]
    return before[-1] if before else None


# a paragraph that opens on a place as its subject, after the time it tells of: ⏎2024年，甲经开区紧盯…; ⏎乙县坚持…
_PARAGRAPH_SUBJECT = re.compile(r"(?:^|\n)[ \t\u3000]*(?:(?:\d{4}年|今年|去年)(?:以来|上半年|前三季度)?[，,])?(?P<place>[\u4e00-\u9fff]{2,10}?(?:县|区|市|旗|镇|乡))(?![的和与及])")


def _paragraph_place(text: str, at: int, names: set[str]) -> str | None:
    """The county, town or park a paragraph after the headline opens on as its subject (2024年，甲经开区紧盯
    重点任务，…乙、丙等项目签约落户): where the projects it tells with no place of their own are, rather than
    the place the item's headline names first. A province (江苏省坚持…) or a park told by its kind is none, nor
    a place that opens a project's name (⏎甲市乙水厂建成投产: the name's place, told by the project's own reading)."""
    line = text.rfind("\n", 0, at)
    if line < 0:
        return None
    m = _PARAGRAPH_SUBJECT.match(text, line)
    if m is None or not (any(d.level in ("city", "county", "town") for d in gazetteer().by_name.get(m.group("place"), ()))
                         or _PARK.fullmatch(m.group("place")) and not _last_place_cut(m.group("place")) and not _GENERIC_PARK.fullmatch(m.group("place"))
                         and not _PARK_CLASS.fullmatch(m.group("place"))):
        return None
    if any(text.startswith(name, m.start("place")) or text.startswith(name, m.end()) for name in names):
        return None
    return m.group("place")


# a year's list of projects by its kind, the kind's progress told after it with no count of its own:
# 2022年我省安排省重点建设项目1570个，年度计划投资9000亿元。|1-6月，省重点项目完成投资5084亿元
_LIST_KIND = r"(?:全省|全市|全区|全县|我省|我市|我区|我县)?(?:省|市|县|区|自治区)?(?:级)?(?:在建)?重[点大](?:建设)?(?:项目|工程)"
_LIST_COUNTED = re.compile(r"(?P<kind>" + _LIST_KIND + r")(?:共|有)?(?P<n>\d+)(?:个|项)")
_LIST_DONE = re.compile(r"(?P<kind>" + _LIST_KIND + r")[^，,。；;\d]{0,12}?(?:[，,][^，,。；;\d]{0,6}?)?(?:累计|共|已)?完成(?:年度)?投资")
_YEAR_LIST = re.compile(r"年度计划投资|年计划投资|年度投资计划")


def _list_kind(kind: str) -> str:
    """A list's kind without where it is or how it is written (全省重点建设项目 = 省重点项目)."""
    return _rx.sub(r"^(?:全|我)", "", _rx.sub(r"建设|级", "", kind)).replace("工程", "项目")


def _list_progress(text: str, sentences: Sequence[Sentence], i: int, money: list[Quantity], identity: Identity, plan: bool, lead: dict | None, out: list[Match]) -> Match | None:
    """2022年我省安排省重点建设项目1570个，年度计划投资9000亿元。1-6月，省重点项目完成投资5084亿元: the
    year's list told with its count (and its year's plan), then what its projects have invested so
    far, with no count of their own: the list is the batch, its count the one told before and its
    money the investment done (a month's alone, 7月当月, is a part of it, none)."""
    start, end = sentences[i].start, sentences[i].end
    done = _LIST_DONE.search(text, start, end)
    if done is None or _rx.search(r"\d(?:个|项)", text[start : done.end()]) or _rx.search(r"当月|单月|当季|其中", text[start : done.start()]):
        return None
    if _rx.search(r"[业类域面]$|方面|领域", _rx.split(r"[，,：:]", text[start : done.start()])[-1]):
        return None  # (一季度，制造业重点项目完成投资201亿元: a kind of the list, not the list)
    listed = None
    for j in range(i - 1, max(-1, i - 4), -1):
        told = text[sentences[j].start : sentences[j].end]
        if _YEAR_LIST.search(told):
            listed = next((m for m in _LIST_COUNTED.finditer(told) if _list_kind(m.group("kind")) == _list_kind(done.group("kind"))), None)
            if listed is not None:
                break
    if listed is None:
        return None
    group = next((g for g in _groups(text, start, end, money) if g.start <= done.end() <= g.end or g.start >= done.end()), None)
    amount = next((a for a in group.amounts if a.kind == "completed_investment" and a.q.start >= done.end()), None) if group else None
    if amount is None or amount.q.start - done.end() > 6:
        return None
    count = int(listed.group("n"))
    for k in range(len(out) - 1, -1, -1):
        if out[k].fields.get("batch") and out[k].fields.get("count") == count and out[k].fields.get("amount") is None and out[k].evidence_start == sentences[j].start:
            del out[k]  # (the list as planned, told before: the same batch, now with its progress)
    fields = _common(text, start, end, group, amount, identity, False, plan, None, lead)
    fields.update(batch=True, count=count, name=None, members=[])
    years = set(_YEAR_TOLD.findall(told[: listed.start()]))
    if len(years) == 1 and fields["stage"] == "started":
        fields["period"] = int(years.pop())  # (2018年福建全省重点项目1562个…: the list's year is its progress's)
    return Match(amount.q.start, amount.q.end, start, end, fields)


# a sentence that opens on the project by the word for it (据介绍，该项目于2021年6月18日开工; 该项目自开工建设以来…，
# 项目于2020年5月投产)
_THIS_PROJECT_OPENS = re.compile(r"(?:该|此|这个|这一|本)(?:项目|工程)(?![部组办群库])")


def _staged_after_its_telling(
    text: str, sentences: Sequence[Sentence], i: int, money: list[Quantity], identity: Identity, plan: bool, lead: dict | None, context: dict, out: list[Match]
) -> Match | None:
    """The project the sentence before named with nothing of its own (在甲垃圾焚烧发电项目工程现场，工人正在调试机组;
    甲公司年产15GW硅片项目车间，…), when this one opens on it and tells the stage it reached on a day (据介绍，该项目
    于2021年6月18日开工，…，年产值约4500万元): that project, with the stage and yield told here."""
    sentence, before = sentences[i], sentences[i - 1]
    whole = text[sentence.start : sentence.end]
    opening = _DISCOURSE.sub("", whole.lstrip(" \t　“\"")).lstrip("“\"，, ")
    if context.get("last_at") != (before.start, before.end) or "\n" in text[before.end : sentence.start].strip(" \t　") or not _THIS_PROJECT_OPENS.match(opening):
        return None
    if not _STAGE.search(whole) or not _rx.search(r"\d{4}年|\d{1,2}月", whole):
        return None
    kinds = [_kind(text, sentence.start, q) for q in money]
    if any(k in INVESTMENT_KINDS or k == "total_investment_weak" for k in kinds):
        return None  # (a sum invested: read above, with the project it refers to)
    named = _names(text[before.start : before.end], before.start)
    if len(named) != 1 or named[0][1] != context.get("last") or any(before.start <= m.evidence_start < before.end or m.fields.get("name") == named[0][1] for m in out):
        return None  # (one project named before, and nothing told of it there nor since)
    name = _rx.sub(r"(?<=项目)工程$", "", named[0][1])  # (甲项目工程现场: the project's site)
    fields = _common(text, sentence.start, sentence.end, _Group(sentence.start, sentence.end), None, identity, False, plan, name, lead)
    told = _common(text, before.start, before.end, _Group(before.start, before.end), None, identity, False, plan, name, lead)
    for key in ("investors", "investor", "location"):
        fields[key] = told.get(key) or fields.get(key)  # (who builds it and where: the sentence that named it tells)
    fields.update(batch=False, count=None, name=name, jobs=_jobs(whole))
    for kind in ("annual_output", "annual_tax"):
        q = next((q for q, k in zip(money, kinds) if k == kind), None)
        fields[kind] = {"value": q.value, "unit": q.unit, "base": q.base_value} if q is not None else None
    at = sentence.start + whole.find(opening[:4])
    return Match(at, at + 4, sentence.start, sentence.end, fields)


def _told_of(text: str, start: int, named: list[tuple[int, str]]) -> str:
    """The project a sentence with no amount tells of, which 该项目 or 项目总投资 in the next one
    refers to: the one whose name opens the sentence as what it is about, not what it tells of
    that project after (甲项目占地…，汇集乙基地、丙总部三大载体。项目总投资…: 甲; 甲项目计划投资建设集酒店、
    商务办公等一体的总部。项目总投资约3亿元: 甲, not 酒店; after a heading's number too, 01、甲项目…); else the last one named (笔者来到甲电站，…。该项目…)."""
    at, name = named[0]
    if _rx.fullmatch(r"[\s　“\"]*(?:[\d一二三四五六七八九十]{1,2}[、.．][\s　]*)?", _DISCOURSE.sub("", text[start:at].lstrip())) and not _rx.match(r"[、和及与]|以及|等", text[at + len(name) : at + len(name) + 2]):
        return name
    return named[-1][1]


# what a project will yield once built, told in a sentence after the one that tells the project:
# 甲项目总投资56亿元…。项目建成投产后，实现年产值约104亿元，年缴纳税收约8亿元; 建成后，年可实现销售收入59.9亿元
_ONCE_BUILT = re.compile(r"(?:建成|投产|达产|达效|达标|完工|竣工|运营|满产|运行)[^，。；,;]{0,4}?后|届时")
# what it is said of: the project (项目, 该项目, 一期, 项目全部), not many (这些项目, 上述项目, 全部项目) nor a park or place (园区全部建成后)
_ONCE_BUILT_SUBJECT = re.compile(r"(?:预计|待|等|在|当|将)?(?:该|此|这个|这一|整个|本)?(?:项目|工程)?(?:[一二三四五六七八九十]期|首期)?(?:项目|工程)?(?:全部|全面|整体|总体|完全|正式|顺利|建成)?(?:预计|将)?")


# a sentence that opens on the project by the word for it (项目达产后, 该项目建成投产后), in a paragraph after
# the one that told the project
_NEXT_PARAGRAPH_OF_IT = re.compile(r"(?:该|此|这个|这一|整个|本)?(?:项目|工程)(?:[一二三四五六七八九十]期|首期)?(?:全部|全面|整体|总体|完全|正式|顺利)?(?:建成|投产|达产|达效|竣工|完工|运营)")


def _yields_once_built(text: str, sentences: Sequence[Sentence], quantities: list[Quantity], out: list[Match]) -> None:
    """The output, tax and jobs a sentence tells the project before it will yield once built, with
    no project of its own (甲项目总投资10亿元，…。项目全部建成后年产值可达30亿元，上缴税收5000万元，带动就业
    人员600余人): the project's, when the sentence before it in the paragraph told that one project alone."""
    filled: dict[str, set[int]] = {}  # the projects each figure was given here, from a sentence after theirs
    for sentence in sentences:
        whole = text[sentence.start : sentence.end]
        told = _DISCOURSE.sub("", whole.lstrip(" \t　“\"")).lstrip("“\"，, ")
        built = _ONCE_BUILT.search(told)
        if built is None or not _ONCE_BUILT_SUBJECT.fullmatch(told[: built.start()]):
            continue
        money = [q for q in (_as_money(text, q) for q in within(quantities, sentence.start, sentence.end)) if q is not None]
        kinds = [_kind(text, sentence.start, q) for q in money]
        if any(k in INVESTMENT_KINDS or k == "total_investment_weak" for k in kinds):
            continue  # (a sum invested: another project, or a part of it)
        yields = {k: q for k, q in reversed(list(zip(kinds, money))) if k in ("annual_output", "annual_tax")}
        jobs = _jobs(whole)
        if not yields and not jobs:
            continue
        if any(sentence.start <= m.evidence_start < sentence.end for m in out):
            continue
        before = [m for m in out if m.evidence_end <= sentence.start]
        if not before:
            continue
        last = max(before, key=lambda m: m.evidence_end)
        # (another paragraph's project, but for a sentence that opens on 项目: 甲项目总投资7亿元。⏎项目采用…。项目达产后，
        # 年销售收入4亿元; not the whole's yield after a phase's telling, 三期、四期项目总投资180亿元。⏎项目全部建成后…)
        if last.fields.get("batch") or "\n" in text[last.evidence_end : sentence.start] and not (
                _NEXT_PARAGRAPH_OF_IT.match(told) and not (_rx.search(r"全部|全面|整体|总体", told[: built.end()]) and _PHASES_NAMED.search(last.fields.get("name") or ""))) \
                or sum(1 for m in out if m.evidence_start == last.evidence_start) > 1:
            continue  # (another paragraph's, or one of the projects a sentence told together)
        if last.fields.get("amount") is None and _ABOUT.match(_DISCOURSE.sub("", text[last.evidence_start : last.evidence_end].lstrip())):
            continue  # (项目采用…，建设花园式工厂: what the project told before builds, no project of its own)
        # (建成后，年可实现销售收入59.9亿元…。全部建成投产后，年可实现销售收入110亿元: the whole's, after its first phase's)
        whole_built = _rx.search(r"全部|全面|整体|总体", told[: built.end()]) is not None
        for kind, q in yields.items():
            if last.fields.get(kind) is None or whole_built and id(last) in filled.get(kind, ()):
                last.fields[kind] = {"value": q.value, "unit": q.unit, "base": q.base_value}
                filled.setdefault(kind, set()).add(id(last))
        if jobs and (last.fields.get("jobs") is None or whole_built and id(last) in filled.get("jobs", ())):
            last.fields["jobs"] = jobs
            filled.setdefault("jobs", set()).add(id(last))


# a sentence that opens with 包括 and a list: the members of what the sentence before told
_MEMBERS_OPENING = re.compile(r"(?:^|(?<=[。；;\n]))[ \t　]*包括(?=[^，,。；;\n]{2,40}、)")


# who took a photo or gave it, after its caption on the same line: 李君光 摄, 甘州区委宣传部供图
_PHOTO_CREDIT = re.compile(r"[ \t　]*[(（]?[^。\n]{0,24}?(?:[ \t　]摄|记者[^。\n]{0,12}摄|供图)[)）]?[ \t　]*(?:\n|$)")


def _is_caption(text: str, end: int, sentence: str) -> bool:
    """A sentence that only captions a photo of a site (甲项目建设现场。某某供图, or a line of its own
    in brackets: （甲项目开工仪式现场）), with no figure."""
    if _rx.search(r"[\d.]+(?:万亿|亿|万)?元", sentence):
        return False
    if _BRACKETED_CAPTION.fullmatch(sentence.strip()) and (text.startswith("\n", end) or end == len(text)):
        return True
    return _rx.search(r"现场。?$", sentence.rstrip()) is not None and _PHOTO_CREDIT.match(text, end) is not None


# a photo's caption on a line of its own, in brackets: （甲项目开工仪式现场）, （签约仪式现场）
_BRACKETED_CAPTION = re.compile(r"[（(][^（）()\n]{2,40}(?:现场|仪式|场景|一角|效果图|鸟瞰图)[）)]")


# a line that only opens a list of projects, the list on the line after it (这些项目分别是：,
# 纳入集中开工的项目还有：, 本次开工的重点项目中，具有代表性的还有：); not a heading that opens
# a section (项目进展：) nor a sentence that ends in a colon (…主要呈现三个特点：)
_LIST_OPENING_LINE = re.compile(r"(?:项目|工程)(?:中[，,])?[^。；！？\n]{0,12}?(?:分别是|分别为|依次为|主要有|包括|还有|有|如下)[：:]$")


def _line_ends_after_colons(text: str) -> Iterator[int]:
    """Where each line that ends in a colon ends, before its line break (the cleaned text's
    colon after Chinese words is the full-width one; speed: str.find's scan for the literal,
    where a pattern's class is tried at every character)."""
    at = text.find("：\n")
    while at >= 0:
        yield at + 1
        at = text.find("：\n", at + 2)


def _list_lines_joined(text: str, sentences: Sequence[Sentence]) -> Sequence[Sentence]:
    """The sentences, with a line that opens a list and the list on the next line read as one
    sentence: the list's items are projects because of the words that open it."""
    out: list[Sentence | None] | None = None
    # (speed: only the lines that end in a colon are looked at, each found by a scan for it and
    # its sentence by a binary search; most texts have none, a report has a few in thousands)
    for end in _line_ends_after_colons(text):
        begin = max(0, end - 41)
        if text.find("项目", begin, end) < 0 and text.find("工程", begin, end) < 0 or not _LIST_OPENING_LINE.search(text, begin, end):
            continue  # (most such lines open no list: told before the sentence is looked for)
        at = bisect.bisect_left(sentences, end, key=lambda s: s.end)
        if at + 1 >= len(sentences) or sentences[at].end != end or sentences[at + 1].start != end + 1:
            continue
        opening = sentences[at]
        if opening.end - opening.start <= 40 and _LIST_OPENING_LINE.search(text, opening.start, opening.end):
            out = out if out is not None else list(sentences)
            out[at] = Sentence(opening.start, sentences[at + 1].end)
            out[at + 1] = None  # (taken into the line before it)
    return sentences if out is None else [s for s in out if s is not None]


# the sites an event's venues were set at (分会场设在甲项目和乙项目现场, 甲项目现场设分会场): each
# a project that took part in it
_VENUES_AT = re.compile(r"(?:主|分)?会场(?:分别)?(?:设在|设于|设立在|设置在|位于)(?P<sites>[^，,。；！？]{4,160}?)(?:(?:建设|施工)?(?:现场|工地)|(?=[，,。；]|$))")
_VENUE_AT = re.compile(r"(?P<sites>[^，。；！？、]{4,40}?)(?:建设|施工)?现场(?:设|为)(?:主|分)会场")
# the projects an event set up as its venues, named as such (共设甲项目、乙项目和丙项目3个主会场; “甲项目”、“乙项目”作为
# 市主会场参加了…集中开工活动): each a project that took part in it, at the stage the sentence's event tells
_VENUES_COUNTED = re.compile(r"(?:共设|设有|设立|设置|(?<![建开假增预])设)(?P<sites>[^，,。；！？]{4,160}?)(?:[\d一二三四五六七八九十两]+个)(?:主|分)会场")
_VENUES_AS = re.compile(r"(?:^|(?<=[，,：:]))(?P<sites>[^，,。；！？]{4,160}?)(?:分别|共同|一起)?作为(?:[省市县区]级?)?(?:主|分)会场")
# the projects that were an event's venues, named at a clause's head and counted as its venues with no word
# for setting them up (甲项目、乙项目、丙项目三个分会场负责人汇报开工启动): each took part in the event
_VENUES_NAMED = re.compile(r"(?:^|(?<=[，,：:]))(?P<sites>[^，,。；！？]{4,160}?(?:项目|工程))(?:[\d一二三四五六七八九十两]+个)(?:主|分)会场")


def _venue_projects(text: str, sentences: Sequence[Sentence], identity: Identity, lead: dict | None, found: list[Match]) -> list[Match]:
    """The projects whose sites an item's event was held at, not told otherwise: each reached
    the stage the item's lead tells (8个项目集中开工…分会场设在甲项目和乙项目现场), or the
    stage of the event its sentence tells where it names them as the venues."""
    told = {m.fields.get("name") for m in found}
    batch = next((m for m in found if m.fields.get("batch") and m.fields.get("stage") == lead["stage"]), None) if lead else None
    out: list[Match] = []
    for sentence in sentences:
        whole = text[sentence.start : sentence.end]
        if "会场" not in whole:
            continue
        for venue in (*_VENUES_AT.finditer(whole), *_VENUE_AT.finditer(whole)) if lead else ():
            at = sentence.start + venue.start("sites")
            for piece in _rx.split(r"、|和|与", venue.group("sites")):  # (甲中心及乙基地项目: one project, its parts)
                name = _tidy_name(piece.strip())
                if not name or name in told or not _ends_as_project(name) or not name.endswith(("项目", "工程")):
                    at += len(piece) + 1
                    continue
                begin = text.find(name, at)
                at += len(piece) + 1
                told.add(name)
                out.append(_staged_member(text, begin, sentence.start, sentence.end, name, None, identity, lead, batch))
        for venue in (*_VENUES_COUNTED.finditer(whole), *_VENUES_AS.finditer(whole), *(v for v in _VENUES_NAMED.finditer(whole) if not _rx.search(r"设|作为", v.group("sites")))):
            # (the stage of the event the sentence tells, 集中开工现场，共设…主会场: the venues', whatever the item's lead tells first)
            own = [s for s in _stages(text, sentence.start, sentence.end, identity, False, False, sentence.start) if not s["expected"] and not s["word"].endswith("现场")]
            stage = own[0] if own else lead
            if stage is None:
                continue
            at = sentence.start + venue.start("sites")
            for piece in _rx.split(r"、|和|与", venue.group("sites")):
                name = _tidy_name(piece.strip().strip("“”"))
                begin = text.find(name, at) if name else -1
                own_words = (at, at + len(piece))
                at += len(piece) + 1
                if not name or begin < 0 or name in told or not name.endswith(("项目", "工程")) or not _item_ok(name):
                    continue
                told.add(name)
                out.append(_staged_member(text, begin, sentence.start, sentence.end, name, None, identity, stage, batch if stage is lead else None, own_words))
    return out


def _staged_member(text: str, begin: int, start: int, end: int, name: str, amount: _Amount | None, identity: Identity, stage: dict, batch: Match | None,
                   own: tuple[int, int] | None = None) -> Match:
    """A project an item names outside any sentence of its own (a venue's site, a heading's
    line), at the stage the item tells, and a member of the batch of that stage if any; its
    place, firm and trade read from ``own`` (its words in a list of several) if given."""
    a, b = own or (start, end)
    fields = _common(text, a, b, _Group(a, b), amount, identity, False, False, name, stage, False)
    fields.update(batch=False, count=None, name=name, annual_output=None, annual_tax=None, jobs=None,
                  stage=stage["stage"], stage_date=stage.get("date"), period=stage.get("year"))
    if batch is not None:
        fields["in_batch"] = batch.start
        batch.fields["members"].append(name)
    return Match(begin, begin + len(name), start, end, fields)


# a line that heads a list of projects, one name to a line (部分重大开工项目一览, 开工项目名单,
# >>市州大项目一览)
_LIST_HEADING = re.compile(r"^[>》\s　]*[^。，；,;：:！？\n]{0,16}?(?:项目|工程)(?:一览表?|名单|清单)[：:]?[ \t　]*$", re.M)
# a line that is one project's name: no mark of a sentence, after any number that orders it
_NAME_LINE = re.compile(r"^[ \t　]*(?:[\d一二三四五六七八九十]{1,3}[、.．）)]|[（(][\d一二三四五六七八九十]{1,3}[）)])?[ \t　]*(?P<name>[^。，；,;：:！？\n]{4,60}?)[ \t　]*$", re.M)


# what a name a heading lists ends with, besides a project's word: a centre, a park, a town, a hall…
# (甲国际大数据发展中心, 乙滨江路旅游集散中心)
_LINE_WORKS_END = re.compile(r"(?:中心|园|城|馆|场|站|厂|街|路|桥|港|库|楼|院|校|村|镇)(?:[（(][^（）()]{1,10}[）)])?$")


def _projects_under_heading(text: str, identity: Identity, lead: dict | None, found: list[Match]) -> list[Match]:
    """The projects a heading lists one name to a line (部分重大开工项目一览 / 甲中心 / 乙高速公路…),
    each at the stage the heading tells (开工项目名单), else the item's lead's. A line of
    sentences between two names (what the project before builds) is passed over; two end the list."""
    told = {m.fields.get("name") for m in found}
    out: list[Match] = []
    for heading in _LIST_HEADING.finditer(text):
        staged = _STAGE.search(heading.group())
        stage = {"stage": staged.lastgroup, "date": None, "year": _default_year(identity, False)} if staged else lead
        if stage is None:
            continue  # (a list of what was done or planned, no stage told: nothing to say of each)
        batches = [m for m in found if m.fields.get("batch") and m.fields.get("stage") == stage["stage"]]
        batch = batches[0] if batches else None
        # (8个亿元以上项目, told in the headline or the body: each member at least 1亿元, ruling 4)
        bound = next((b for m in batches if m.fields.get("count") == batch.fields.get("count") and (b := _batch_bound(text, m))), None)
        at, misses = heading.end() + 1, 0
        while at < len(text) and misses < 2:
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            begin_line, at = at, end + 1
            if not text[begin_line:end].strip():
                continue  # (blank lines between the names)
            line = _NAME_LINE.match(text, begin_line, end)
            name = _tidy_name(line.group("name")) if line else None
            if not name or not (_ends_as_project(name) or _WORKS_END.search(name) or _LINE_WORKS_END.search(name)) or _generic(name):
                misses += 1
                continue
            misses = 0
            if name in told:
                continue
            told.add(name)
            out.append(_staged_member(text, text.find(name, line.start("name")), line.start(), line.end(), name, bound, identity, stage, batch))
    return out


# a registered firm's legal form at the end of its name
_REGISTERED_NAME = re.compile(r"(?:有限公司|有限责任公司|股份公司)$")


def _registered_in_full(investor: dict, registered: list[str]) -> dict:
    """An investor told short (甲乙建材有限公司, 丙丁仓储公司, 戊己集团) as the one registered firm the text
    names in full that it shortens: the full name with a place before it (茌平|甲乙建材有限公司), the full
    name of which it keeps the trade name and its trade's start (郑州|丙丁仓储|服务有限公司), or the group
    it names (广西|戊己|木业集团股份有限公司); else the investor as told. (A group's subsidiary, 甲集团乙
    有限公司, is no telling of 甲集团: its group name is followed by a name of its own.)"""
    short = investor["name"]
    core = _rx.sub(r"(?:有限公司|有限责任公司|股份公司|集团|公司)$", "", short)
    if len(core) < 2 or core == short:
        return investor
    fulls = set()
    for full in registered:
        at = full.find(core)
        if at < 0 or len(full) <= len(short):
            continue
        head, rest = full[:at], full[at + len(core) :]
        if head and _place_lead(full) != len(head):
            continue  # (甲乙丙丁有限公司 is no telling of 丙丁公司: a trade name of its own before it)
        if _REGISTERED_NAME.search(short) and full.endswith(short):
            fulls.add(full)  # 茌平|甲乙建材有限公司
        elif short.endswith("集团") and _rx.fullmatch(r"[\u4e00-\u9fff]{0,4}集团(?:股份有限公司|有限公司|有限责任公司)", rest):
            fulls.add(full)  # 戊己集团: 广西|戊己|木业集团股份有限公司
        elif short.endswith("公司") and not _REGISTERED_NAME.search(short) and _rx.fullmatch(r"[\u4e00-\u9fff]{0,4}(?:有限公司|有限责任公司|股份有限公司)", rest) and len(core) >= 3:
            fulls.add(full)  # 丙丁仓储公司: 郑州|丙丁仓储|服务有限公司
    return {**investor, "name": fulls.pop()} if len(fulls) == 1 else investor


# a park named for a trade or a firm (甲家具产业园, 乙科技南宁产业园, 丙东南信息园区): no zone of a place (甲新区,
# 乙经济开发区, 丙产业集中区), whose own works (甲新区城市更新项目) are still in it
_TRADE_PARK_END = re.compile(r"(?:产业园|工业园|物流园|科技园|园区)$")  # (产业园区, 工业园区 end in 园区)
_ZONE_WORD = re.compile(r"新区|开发区|经开区|高新区|集中区|集聚区|合作区|经济区|保税区|示范区|投资区")


def _own_trade_park(match: Match, location: str | None = None) -> bool:
    """Whether the location is a park named for a trade or a firm that the project's own name keeps
    (华中家具产业园2期, 小角楼白酒产业园扩能项目): the project builds it or is its works, no place it is in."""
    location = location or match.fields.get("location")
    name = match.fields.get("name")
    if not location or not name or match.fields.get("batch") or location not in name:
        return False
    kind = _TRADE_PARK_END.search(location)
    if not kind or _ZONE_WORD.search(location) or _PARK.fullmatch(location) is None:
        return False
    stem = _rx.sub(r"(?:产业|工业)$", "", location[: kind.start()])
    lead = _place_lead(stem)
    if len(stem) < 2 or lead and len(stem) - lead <= 2:
        return False  # (not 宁德三屿工业园区: a place's park, whose own works are in it)
    # the park itself is built: its phase, its expansion or upgrade, or it and another works (甲家具产业园|2期,
    # 乙白酒产业园|扩能项目, 丙产业园区|改造提升, 丁物流园|及生产基地); not 戊产业园|造纸项目, 己产业园|基础设施项目:
    # a project built in it, or its own works, which are in it
    rest = name[name.find(location) + len(location) :]
    return _PARK_ITSELF_BUILT.match(rest) is not None


_PARK_ITSELF_BUILT = re.compile(r"[（(]?[一二三四五六七八九十\d]+期|扩能|扩建|改造|提升|续建|建设$|建设项目|[及和与、]")


def _firms_own_place(match: Match) -> bool:
    """Whether a firm told as the project (ruling 5) got its location from the place its own name
    opens with (东莞普航电子、信阳轩鸿电子…共6个重点企业项目签约, in a 罗山县 item): that says where
    the firm is from, not where it builds; the item's place is where."""
    fields = match.fields
    location = fields.get("location")
    if not location or fields.get("name") or fields.get("batch"):
        return False
    stem = stem_of(location)
    return len(stem) >= 2 and any(i["name"].startswith(stem) for i in fields.get("investors") or [])


# a town that opens a clause as its subject, after the county it is in if told (连城镇|不断创新, 长泰县陈巷镇|狠抓):
# not a town told with its village, its officials or its government, nor one of a list (甲镇、乙镇)
_TOWN_SUBJECT = re.compile(r"(?:^|[，,：:）)】\]\s])(?P<town>(?:(?:(?![在于是将从向对把和与及的了])[\u4e00-\u9fff]){2,5}?[县市区])?(?:(?![在于是将从向对把和与及的了])[\u4e00-\u9fff]){2,3}?(?<![古小乡水老侨返])(?:镇|乡))(?![村镇乡长党委人政府的、和与及化])")


def _town_opening(words: str) -> str | None:
    """The town a headline or a lead's sentence opens a clause on (中册镇招商引资工作取得新突破), as
    written; a city named so (景德镇) is none."""
    found = _TOWN_SUBJECT.search(words)
    if found is None:
        return None
    town = found.group("town")
    if town.endswith("城镇") and len(town) != 3:
        return None  # (推进新型城镇建设, 全县城镇居民: towns in general, no town; but 连城镇 is one)
    lead = _place_lead(town + "甲乙")
    bare = town[lead:] if lead and lead < len(town) and _rx.search(r"[县市区]$", town[:lead]) else town
    return None if bare in gazetteer().short or gazetteer().by_name.get(bare) else town  # (景德镇: a city's name, no town)


def _headline_opens_on(title: str, region: Region | None) -> str | None:
    """The city or county a headline opens on by its short name, when it is the place the item is
    found to be of (福州一季度新开工326个重大项目, 龙游招商引资迎来开门红, 【仙桃新闻】), as written: it
    says where the item's projects are before any place its lead names (广州…项目开工 with 黄埔区 in
    the lead: 广州, as labellers read it). A brand that opens on a place's name in an item of another
    place (宁德时代洛阳基地 in a 洛阳 item) names no place."""
    if not region or region.level not in ("city", "county", "town"):
        return None
    head = title.lstrip(" \u3000【[")
    county, city = (stem_of(place) if place else "" for place in (region.county, region.city))
    if len(city) >= 2 and head.startswith(city):
        # (沈阳法库秋季项目集中开工, 南通崇川36个重大项目开工: the city, then its county)
        place = county if len(county) >= 2 and head.startswith(county, len(city)) else city
    else:
        place = county if len(county) >= 2 and head.startswith(county) else None
    if place and (whole := _WHOLE_DISTRICT_AFTER.match(head, head.find(place) + len(place))):
        place = head[head.find(place) : whole.end()]  # (大通|湖区, 潍坊|滨海区: the district told whole)
    return place


# a district told whole by a name that holds the short name a headline opens on and a word or two more
# before 区 (大通湖区对接大湾区…, 潍坊滨海区12个重大项目集中开工): the item is of that district, not of the
# county or city the short name is of (but 成都市区, 甲城区, 乙片区, 丙区域 tell no district of a name, nor 重庆主城区,
# the city's core of several districts)
_WHOLE_DISTRICT_AFTER = re.compile(r"(?![市城地片园景校社厂街辖全]|主城)[\u4e00-\u9fff]{1,2}?[区區](?![域划位内外块])")


def _finer_than_province(location: str | None, region: Region | None) -> str | None:
    """A province says no more of where a project is than a document of that province does
    (湖南 of 湖南庚辛项目 in a 长沙县 item): the item's own county or city where it has one, else
    none. A province other than the document's, or in a national item, is where it is."""
    if not location or not region or not region.province or not location.startswith(region.province[:2]) or not _province_only(location):
        return location
    return region.town or region.county or region.city if region.level in ("city", "county", "town") else None


_SCALE = {"亿": 1e8, "万亿": 1e12, "万": 1e4, "千万": 1e7, "百万": 1e6}

# In a report, a sentence with no money gives a project fact only (see _sentence_matches)
# through a count of projects (_COUNT, or after a batch a place's share of it), a size class
# without a figure (亿元以上, _BARE_CLASS, _BARE_CLASS_INTRO), a list whose items reached a
# stage, are carried out or pushed along (实施, 推进, 加快, 建设, 引进, 引入, 招引), are firms that
# settled or invested (入驻, 进驻, 投资: brought), whose progress is told (完成…的, _PROGRESS) or
# that belong to a batch told before, or a name (_NAME_ENDS) with a stage word. A new way for
# such a sentence to give a fact must be added here too.
_BARE_CLASS_WORDS = re.compile(r"亿元|千万元")
_REPORT_DONE = re.compile(r"实施|推进|加快|建设|引进|引入|招引|入驻|进驻|投资|完成")
_STAGE_WORD = re.compile(_by_first_character(_STAGE_ALTERNATIVES.split("|")))  # (scanned faster than _STAGE)
# what _enumerations needs to find a list in a sentence without money: one of the marks it
# looks for first (、, 以及, 等, 分别, a pair counted, 项目为：), and then the telltale of one of
# its ways to close a list: 等 (a list's end, a list of firms), a count of projects after the
# items, the words that introduce items (分别为, 包括, 项目有, 具体为…), or, with 、, the stage
# a list reached (建成, 竣工, 通车…); a list of names with a stage word is read in any case. A
# new way to close a list must be added here too.
_LIST_MARK = re.compile(r"、|以及|等|分别|[两二2][个项]|项目为[：:]")
_LIST_INTRO = re.compile(r"分别|依次为|具体|包括|还有|(?:项目|工程)(?:还|也|主要)?有|个(?:项目|工程)为")
_LIST_CLOSED_BY_STAGE = re.compile(r"建成|完工|竣工|通车|投运|启用|投入使用|开工|动工|投产|试生产|发电|通水")
_PROJECTS_OR_WORKS = re.compile(r"项目|工程")


def _may_list(sentence: str) -> bool:
    """Whether _enumerations may find a list in a report's sentence without money."""
    if not _LIST_MARK.search(sentence):
        return False
    return ("等" in sentence or _LIST_INTRO.search(sentence) is not None
            or ("、" in sentence and _LIST_CLOSED_BY_STAGE.search(sentence) is not None)
            or (_NUMERAL_COUNT.search(sentence) is not None and _PROJECTS_OR_WORKS.search(sentence) is not None))


def _idle_in_report(sentence: str, after_batch: bool) -> bool:
    """Whether a report's sentence without money can give no project fact."""
    if _BARE_CLASS_WORDS.search(sentence):
        return False
    # a batch's count (every count a clause gives is one the whole sentence holds), or a place's
    # share of the batch told before (沈阳市项目294个，大连242个: a numeral, then 个)
    if _COUNT_HINT.search(sentence) and (after_batch or _COUNT.search(sentence)):
        return False
    staged = _STAGE_WORD.search(sentence) is not None
    if (after_batch or staged or _REPORT_DONE.search(sentence)) and _may_list(sentence):
        return False
    # (城南新区启动建设: works named by a word of their own that reach a stage, see _WORKS_STAGED)
    return not (staged and (_NAME_ENDS.search(sentence) or _WORKS_STAGED_IN.search(sentence)))


def _as_money(text: str, q: Quantity) -> Quantity | None:
    """A money amount: one in 元 or 美元, or a bare 100亿 right after an investment word
    (该项目总投资100亿, 签约额15亿), which is read as 100亿元."""
    if q.base_unit in ("元", "美元", "欧元", "港元", "日元", "英镑"):
        # a few 元 is no project's money, and 三元正极材料 (ternary) is no money at all
        return q if q.base_value is None or q.base_value >= 10_000 else None
    if q.kind == "amount" and q.base_unit is None and q.unit in _SCALE and _rx.search(r"(?:总投资|投资额?|投资总额|耗资|斥资|签约额|签约金额|合同金额|协议金额|合同引资|协议引资|引进资金)(?:总计|合计|共计)?[约近超逾达到为了高]{0,3}$", text[max(0, q.start - 10) : q.start]):
        return replace(q, unit=q.unit + "元", base_unit="元", multiplier=_SCALE[q.unit])
    return None


# a line of an item's body, not its title, a headline, a dateline or a source's line: one that tells a
# sentence (1月29日，安溪县举行重点项目集中开工活动。) or runs long
_BODY_LINE = re.compile(r"[^\n]*[。？?][^\n]*|[^\n]{60,}")
# a clause that tells of many projects (57项重点项目陆续开复工, 14个施工现场集中开工, 一批项目开工)
_MANY_TOLD = re.compile(r"\d+\s*(?:个|项|家|批)|[一二两三四五六七八九十百千几数]+(?:个|项|家|批)|集中|多个|诸多|一批")


def _opening_end(text: str) -> int:
    """Where an item's opening ends: its title line, the headlines, datelines and sources' lines
    after it (河北巨鹿：5个重点项目集中开工⏎发布时间：2021-03-02⏎来源：…), and the first paragraph
    of its body (1月29日，安溪县举行重点项目集中开工活动。…), or the title line that is that
    paragraph itself."""
    title = text.find("\n")
    if title < 0:
        return len(text)
    if _rx.search(r"[。？?]", text[:title]):
        return title  # (6月11日上午，…100个亿元以上项目在长春高新区举行。…出席开工仪式。⏎…)
    body = _BODY_LINE.search(text, title)
    return body.end() if body else len(text)


def _many_told_stages(text: str, lo: int, hi: int, identity: Identity) -> list[dict]:
    """The stages text[lo:hi] tells in clauses of many projects (57项重点项目陆续开复工; 集中开工项目18个),
    not in one project's (甲啤酒工厂项目目前在投料试产)."""
    marks = [lo - 1] + [lo + m.start() for m in _rx.finditer(r"[，,；;：:。！？!?\n]", text[lo:hi])] + [hi]
    single = [(a + 1, b) for a, b in zip(marks, marks[1:]) if b > a + 1 and not _MANY_TOLD.search(text, a + 1, b)]
    return _stages(_masked(text, single), lo, hi, identity, False, False, lo)


def _lead_stage(text: str, identity: Identity) -> dict | None:
    """What an item's lead says happened (5个项目签约落户): the stage of a project the item
    goes on to describe with nothing but what is expected of it. The lead is the item's opening
    (_opening_end, at most its first 300 characters), and after it, within them, what a clause
    tells of many projects (近年来，…。⏎3月中旬，中卫市14个施工现场集中开工), not one project's stage
    (…。⏎其中，甲啤酒工厂项目目前在投料试产)."""
    end = min(len(text), 300)
    opening = min(_opening_end(text), end)
    found = _stages(text, 0, opening, identity, False, False, 0) + (_many_told_stages(text, opening, end, identity) if end > opening else [])
    found = [s for s in found if not s["expected"] and not s["word"].endswith("现场")]
    return found[0] if found else None


# a visit of many projects' works (观摩了8个重点项目建设情况, 集中观摩了甲、乙等4个项目, 调研观摩了7个重点项目): the
# projects it names are being built, under way; not a film of them (观摩片) nor a visit to an event (观摩了…"竣工投产一批"活动,
# whose stage word is read first)
_OBSERVED = re.compile(r"观摩了?(?!片)[^，,；;。！？!?\n]{0,60}?(?:\d+|[一二两三四五六七八九十]+)(?:个|项)[^，,；;。！？!?\n]{0,8}?项目|观摩了(?!片)[^。；;！？!?\n]{2,80}?等\d+个项目")


def _paragraph_event(text: str, start: int, identity: Identity) -> dict | None:
    """The stage of the event a sentence before ``start``'s in its paragraph tells of many projects, the
    last one that tells one (…集中签约。⏎当天，集中开工项目8个，总投资30亿元。其中，总投资6亿元的甲项目…;
    集中开工的项目涉及…领域。甲项目，总投资35亿元), else the heading the paragraph is under (竣工项目5个：⏎
    甲项目，总投资1亿元…⏎乙项目…): the paragraph's own event, whatever the item's lead tells. A heading is a
    short line with no full stop after the item's opening; one that tells no stage of many projects ends the search."""
    paragraph = text.rfind("\n", 0, start) + 1
    before = max(text.rfind(mark, paragraph, start) for mark in "。！？!?") + 1
    found = [s for s in _many_told_stages(text, paragraph, before, identity) if not s["expected"] and not s["word"].endswith("现场")] if before > paragraph else []
    seen = [m for m in _OBSERVED.finditer(text, paragraph, before)] if before > paragraph else []
    if seen and not _STAGE.search(text, seen[-1].end(), before) and not _STAGE.search(seen[-1].group()):
        # (集中签约项目19个；集中开工6个项目；集中观摩了甲、乙等4个项目。其中，总投资30亿元的甲项目…: the visit, told last, is
        # the paragraph's event for the projects it names, under way)
        return {"stage": "started", "word": seen[-1].group(), "date": None, "year": _default_year(identity, False), "expected": False}
    if found:
        return found[-1]
    # (the heading the paragraph's lines are under, after the item's opening: 竣工项目5个，其中…：⏎甲项目，总投资1亿元…)
    opening = _opening_end(text)
    end = paragraph - 1
    while end > opening:
        line = text.rfind("\n", 0, end) + 1
        if line < opening:
            break
        heading = text[line:end].strip()
        if heading and not _rx.search(r"[。！？!?]", heading) and len(heading) <= 40:
            found = [s for s in _many_told_stages(text, line, end, identity) if not s["expected"] and not s["word"].endswith("现场")]
            return found[-1] if found else None
        end = line - 1
    return None


def _referent_stage(text: str, told: tuple[int, int], name: str, identity: Identity) -> dict | None:
    """The latest stage the sentence that named a project (told) tells, for a sentence after it that refers
    to the project (该项目总投资…) and tells none of its own."""
    found = [s for s in _stages(text, told[0], told[1], identity, False, False, told[0], name) if not s["expected"]]
    return max(found, key=lambda s: STAGES.index(s["stage"])) if found else None


# a sentence that opens on a project's first phase (其中，一期已于2024年12月投产; 项目一期于2019年12月开工;
# 一期30万吨2006年建成投产), its first clause
_FIRST_PHASE = re.compile(r"[。！？!?]?[\s　]*(?:其中[，,]?)?(?:该|这一|此)?(?:项目)?(?:一期|首期)[^，,；;。！？!?\n]*")


# a sentence that opens on the project the one before told, named again by a word for it: 该项目为…,
# 项目于…, 小镇于… (its sentence, to its end)
_TOLD_AGAIN = re.compile(r"[。！？!?]?[\s　]*(?:(?:该|这一|此)(?:项目|工程)|(?:项目|工程|小镇|园区|基地|产业园|电站|工厂)(?=已?于|已经?))[^。！？!?\n]*")


def _first_phase_after(text: str, end: int, identity: Identity) -> dict | None:
    """The stage the sentence after a project's tells its first phase reached (甲项目总投资320亿元，共分四期建设。
    其中，一期已于2024年12月投产，二期将于2025年6月投产): the project's, with the phase's date, for a project
    that tells no stage of its own, before the item's lead."""
    phase = _FIRST_PHASE.match(text, end)
    if phase is None:
        # (该项目为甲公司…，去年底开工建设; 小镇于2018年3月开工: the sentence after, opening on the project
        # told again, tells the date it reached a stage: the project's, when the date is written)
        # (not a year after the item's own, told with no word for what is to come: 2024年投产 in an item of
        # 2021; in an item that prints no date, none can be told done)
        told = _TOLD_AGAIN.match(text, end)
        if told is None or not identity.published or not identity.published[:4].isdigit():
            return None
        found = [s for s in _stages(text, told.start(), told.end(), identity, False, False, told.start())
                 if not s["expected"] and s["date"] and s["year"] and s["year"] <= int(identity.published[:4])]
        return max(found, key=lambda s: STAGES.index(s["stage"])) if found else None
    found = [s for s in _stages(text, phase.start(), phase.end(), identity, False, False, phase.start()) if not s["expected"]]
    return max(found, key=lambda s: STAGES.index(s["stage"])) if found else None


# a clause that opens on where an event is held (分会场分别设立在乙项目施工现场): the project
# whose site it is is the clause's own
_SITE_OPENING = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:设立在|设置在|设在|设于|位于)")
# a clause's opening that tells what was done to the project named right after it: 成功签约了, 开工建设
_STAGE_OPENING = re.compile(r"\s*(?:已经?|均|还|成功|正式|顺利|先后|相继|集中|新)*(?:签约|签下|引进|引入|招引|开工建设|开工|建成|竣工)了?")

# a project's building site (甲项目建设现场): that one project is under way (not a list the
# sentence tells beside it, nor every project the item tells of); 现场会 is a meeting
_SITE = re.compile(r"(?<=项目|工程)(?:建设|施工)现场(?!会)")


# patterns built from a text's own words (a count, a brand, a place): compiled here, for
# re's own cache holds 512 patterns and drops the oldest, and hundreds of these a news file
# would push out the fixed patterns, which are then compiled again and again (speed)
_compiled = lru_cache(maxsize=4096)(re.compile)


def _counted(pattern: re.Pattern[str], count: int | str, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
    """The leftmost match of ``pattern`` whose group ``c`` (a run of digits the pattern bounds on both
    sides) is ``count``: what the pattern written with that count in place of the group finds, from
    one pattern for every count instead of one compiled for each."""
    wanted, endpos = str(count), len(text) if endpos is None else endpos
    found = pattern.search(text, pos, endpos)
    while found is not None and found.group("c") != wanted:
        found = pattern.search(text, found.start() + 1, endpos)
    return found


# a count in digits (20个, 20项; not the 20 of 120个 or 1.20个)
_COUNT_TOLD = re.compile(r"(?<![\d.])(?P<c>\d+)(?:个|项)")
# how many are not yet at a stage: 3个项目尚未开工, 尚未开工的项目有3个
_COUNT_NOT_YET = re.compile(r"(?<![\d.])(?P<c>\d+)(?:个|项)[^，,。；;]{0,6}?(?:项目|工程)?(?:尚|均|还|仍)?未(?:" + _STAGE_ALTERNATIVES + ")")
_NOT_YET_COUNT = re.compile(r"(?:尚|还|仍)?未(?:" + _STAGE_ALTERNATIVES + r")(?:的)?(?:项目|工程)?(?:有|共)?(?P<c>\d+)(?:个|项)")
# a count told again before (300项 of 300项项目中，…)
_COUNT_AGAIN = re.compile(r"(?<!\d)(?P<c>\d+)(?:个|项)")
# how many of the counted reached a stage, told right after: 190个重点项目开复工164项
_COUNT_STAGE_COUNT = re.compile(r"(?<![\d.])(?P<c>\d+)个[^，,。；;]{0,12}?(?:项目|工程)(?:已|均|已经|累计)?(?:" + _STAGE_ALTERNATIVES + r")(?P<n>\d+)(?:个|项)")
# the same told with 有: 982个项目，目前已经有257个建成投产
_COUNT_HAS_STAGE = re.compile(r"(?<![\d.])(?P<c>\d+)个[^，,。；;]{0,12}?(?:项目|工程)[，,]?(?:目前|截至[^，,。；;]{1,8}[，,]?)?(?:已经|已)?有(?P<n>\d+)个(?:项目)?(?:已经|已|顺利|成功|正式){0,2}(?:"
                              + _STAGE_ALTERNATIVES + ")")
# a count of one kind of projects: 11个工业能源类项目, 旅游商贸类项目24个
_COUNT_OF_KIND = re.compile(r"(?<![\d.])(?P<c>\d+)(?:个|项)(?:(?!类)[^，,。；;、\d]){0,10}?(?<!各)类(?:项目|工程)")
_KIND_THEN_COUNT = re.compile(r"(?<!各)类(?:项目|工程)(?:共|有|达)?(?P<c>\d+)(?:个|项)")
# a sum of counts: 共计12个
_COUNT_SUMMED = re.compile(r"(?:共计|合计|总计|共有|共)(?P<c>\d+)(?:个|项)")
# what a sentence that tells how many of a batch reached a stage (32个项目开复工28个) holds,
# scanned before a pattern is built for the batch's count (speed)
_STAGE_THEN_COUNT = re.compile(r"(?:" + _STAGE_ALTERNATIVES + r")\d+(?:个|项)")


# what a list is told with when it is only how much of its year's plan its projects have invested:
# 等5个项目，年度计划投资完成率超100%; 5个项目年度计划投资完成率超100%; or that they have gone
# beyond the plan or its pace (等48个项目已超额完成年度投资任务, 等项目投资均超过年度计划,
# 等91个产业项目完成投资超时序进度), with no sum of their own
_RATE_ONLY = re.compile(r"等?(?:" + _COUNT_WORD + r")?[^，。；,;\d]{0,12}?(?:项目|工程)?[，,]?(?:(?:年度|全年)?(?:计划)?(?:投资)?完成率"
                        r"|(?:投资)?(?:均|都|已|全部){0,2}(?:超额完成|超过|超)(?:了)?(?:年度|全年)(?:计划)?(?:投资)?(?:计划|任务|目标)"
                        r"|(?:完成)?投资(?:均|都)?超(?:过)?(?:时序|序时)进度)")
_RATE_WORDS = re.compile(r"完成率|(?:年度|全年)(?:计划)?(?:投资)?(?:计划|任务|目标)|(?:时序|序时)进度")


# the clause of a total that closes a list of parts' counts and is none part's own: 项目总投资约1083亿元 (项目, all of
# them), or a clause on all of them before it (均为重大产业项目，总投资37.7亿元)
_WHOLE_TOTAL_AFTER = re.compile(r"(?:个|项)[^，,。；;\d]{0,12}?(?:[，,]均[^，,。；;\d]{2,16}?[，,]|[，,]项目)(?:计划|预计)?(?:总投资|投资总额)(?:额)?[约近超逾达为]{0,2}$")


def _whole_total_after_parts(text: str, groups: list[_Group], context: dict) -> None:
    """5个项目集中开竣工，其中开工3个、竣工2个，均为重大产业项目，总投资37.7亿元; 21个重点项目。集中开工项目包括基础设施项目7个，
    民生改善项目5个，高精尖产业项目9个，项目总投资约1083亿元: parts whose counts add up to the batch's, none
    priced, then one total told of them all: the batch's total, not the last part's."""
    counted = [g for g in groups if g.count]
    closing = next((i for i, g in enumerate(counted) if i and g.investment is not None and g.investment.kind == "total_investment" and len(g.amounts) == 1
                    and _WHOLE_TOTAL_AFTER.search(text, g.start, g.investment.q.start)), None)
    if closing is None or any(g.amounts for g in counted[:closing]):
        return
    last, total = counted[closing], counted[closing].investment
    if closing >= 2 and counted[0].count == sum(g.count for g in counted[1 : closing + 1]):
        counted[0].amounts, last.amounts = [total], []  # (the batch told in this sentence)
        return
    whole = context.get("batch")
    if whole is not None and whole.fields.get("amount") is None and whole.fields.get("count") == sum(g.count for g in counted[: closing + 1]):
        whole.fields.update(_money_fields(text, last, total))  # (the batch the sentence before told)
        last.amounts = []


def _sentence_matches(
    text: str, start: int, end: int, money: list[Quantity], identity: Identity, report: bool, plan: bool, lead: dict | None, context: dict
) -> list[Match]:
    enumerations = _enumerations(text, start, end, money, report)
    # (a list read in one clause leaves a run of priced items in another, after a ；, to be cut: 甲、乙等
    # 企业纷纷落户；总投资26亿元的丙项目、总投资25亿元的丁项目等已开工建设)
    listed = [(m.start(), m.end()) for m in _rx.finditer(r"[^；;]+[；;]?", text[start:end]) if any(start + m.start() < e.end and e.start < start + m.end() for e in enumerations)]
    groups = _groups(text, start, end, money, split_priced=True, whole=listed)
    _whole_total_after_parts(text, groups, context)
    if _RATE_WORDS.search(text, start, end):
        # 甲、乙等368个产业项目年度计划投资完成率超过80%: a list told only with the share of its year's
        # plan invested so far; a rate tells no stage reached, names no project done and counts no batch (ruling 6)
        # (but 等99个项目完成或超额完成年度计划投资，累计完成投资554亿元: their sum invested is a batch's)
        priced = lambda at: any(at <= q.start < end and _kind(text, at, q) in (*INVESTMENT_KINDS, "total_investment_weak") for q in money)  # noqa: E731
        rated = [e for e in enumerations if _RATE_ONLY.match(text, e.end, end) and not priced(e.end)]
        enumerations = [e for e in enumerations if e not in rated]
        for group in groups:
            group.names = [(at, n) for at, n in group.names if not any(e.start <= at < e.end for e in rated)]
            if group.names and group.count and _RATE_ONLY.match(text, last := max(at + len(n) for at, n in group.names), group.end) and not priced(last):
                group.names = []  # (a list read as the group's names: 甲项目（一期）、乙有限公司新建项目一期等237个产业项目年度计划投资完成率超过80%)
    out: list[Match] = []
    batch_at: int | None = None
    # 其中，甲项目…: the projects of the batch the sentence before reported
    carried = context.get("batch") if _rx.match(
        r"^[\s　]*(?:其中|包括|包含|具体(?:包括|为|有)|签约项目中|这批项目中|此次签约的项目中|这其中|(?:这|上述|这些)?(?:\d+|[一二三四五六七八九十两百]+)?个?[\u4e00-\u9fff]{0,8}?(?:项目|工程)(?:主要)?(?:包括|有|分别为|分别是)"
        r"|[\u4e00-\u9fff]{0,12}?的(?:\d+|[一二三四五六七八九十两百]+)个(?:项目|工程)(?:中|[，,]包括))",
        _DISCOURSE.sub("", text[start:end].lstrip())) else None  # 我市集中开工的13个项目中，; 据了解，此次开工的7个项目，包括
    # 本次集中开工的项目中，…: a sentence that breaks the batch told before into its classes (news)
    breakdown = None if report else _BREAKDOWN.match(_DISCOURSE.sub("", text[start:end].lstrip()))
    # 全部项目中，100亿元以上项目8个…；省重大产业项目21个，总投资742亿元: a sentence opened as a
    # breakdown of a batch told before is classes all through, each with its total (ruling 6)
    classes = bool(context.get("batch")) and not report and _rx.match(r"[\s　]*(?:全部|所有|上述)(?:的)?(?:\d+个)?(?:重点|重大)?(?:项目|工程)中[，,]", text[start:end]) is not None
    for group in groups:
        body = text[group.start : group.end]
        mine = [e for e in enumerations if group.start <= e.start < group.end]
        # 分别为：甲项目；乙项目，总投资20.9亿元: a list that runs on into this group names its items, not the group
        group.names = [(at, n) for at, n in group.names if not any(e.start <= at < e.end for e in enumerations if e not in mine)]
        # 建设包括甲中心、乙基地在内的丙总部: the parts the works named after 在内的 holds, no projects of their own
        group.names = [(at, n) for at, n in group.names if not any(m.start("parts") <= at < m.end("parts") for m in _PARTS_INSIDE.finditer(text, group.start, group.end))]
        listed_total: list[_Amount] = []
        if mine:
            # the names and amounts of an enumeration are its items', not the group's
            inside = lambda at: any(e.start <= at < e.end for e in mine)  # noqa: E731
            group.names = [(at, n) for at, n in group.names if not inside(at)]
            # (but 总投资86亿元的甲、乙等12个项目开工: a total before the list that no item claims is the
            # batch's the list's count and stage make, not a class's of a breakdown: 等三个基础配套项目。)
            first = min(mine, key=lambda e: e.start).items[0]
            if first.amount is None and group.count and any(x.kind in ("total_investment", "contract_capital") and x.q.start >= max(e.end for e in mine) for x in group.amounts):
                # 总投资10亿美元的甲等24个项目签约，签约金额达32.6亿美元: with the count's own sum told after the
                # list, the sum told right before its first item is that item's (but 总投资86亿元的甲、乙等12个项目开工，
                # 累计完成投资20亿元: the first sum the whole's, the one after what it has done)
                own = next((x for x in group.amounts if x.kind in INVESTMENT_KINDS and _rx.fullmatch(r"(?:人民币)?的", text[x.q.end : first.at])), None)
                if own is not None:
                    first.amount = own
                    group.amounts = [x for x in group.amounts if x is not own]
            claimed = {item.amount.q.start for e in mine for item in e.items if item.amount}
            staged = group.count and _STAGE.search(text, max(e.end for e in mine), group.end)
            listed_total = [x for x in group.amounts if inside(x.q.start) and staged and x.q.start not in claimed
                            and x.q.end <= min(e.items[0].at for e in mine) and x.kind in INVESTMENT_KINDS]
            group.amounts = [x for x in group.amounts if not inside(x.q.start) or x in listed_total]
        investment = group.investment
        name = None if listed_total else _name(text, group)  # (总投资230亿元的甲、乙等7个项目: the batch's, no one's name)
        if name and (at := text.find(name, group.start, group.end)) >= 0 and (parks := _rx.match(r"(?:、[^、，,。；;]{2,24}?)+(?=等)", text[at + len(name) : group.end])) \
                and _PARKS_CLOSE.match(text, at + len(name) + parks.end()):
            name = None  # 加快建设甲化工产业园、乙产业园等园区: the first of parks, no project
        if name and (at := text.find(name, group.start, group.end)) >= 0 and text.startswith("、", at + len(name)) \
                and (whole := _PARTS_BEFORE.search(text, max(group.start, at - 50), at)) \
                and (not whole.group("whole") or not _generic(whole.group("whole")) and not _WHOLE_NOT.search(whole.group("whole"))):
            name = None  # 该项目包括建设甲冷库、乙冷库等: the first part of the project told of, no project
        if name and (at := text.find(name, group.start, group.end)) >= 0 and _TOGETHER_AFTER.match(text, at + len(name)) and not text.endswith("、", 0, at):
            name = None  # 甲县招商引资突破年百日冲刺行动项目集中签约仪式: the projects of an event, signed together, no one project
            # (but 举行甲项目、乙项目集中开工仪式: the last of the projects listed, which start together)
        if name and mine and _rx.search(r"等(?:\d+|[一二三四五六七八九十两百]+)(?:个|项)[\u4e00-\u9fff]{0,10}$", text[max(e.end for e in mine) : max(group.start, text.find(name, group.start, group.end))]):
            name = None  # 甲、乙等15个新能源汽车及零部件项目: the kind of the list's projects, no project of its own
        heading = _heading_name(text, start) if investment and not mine and not group.count else None
        if heading and next(g for g in groups if g.investment) is group:
            name = heading  # 半导体器件模组产业化项目⏎甲公司投资9亿元，建设乙生产线: the subheading names the project
        if name and not group.count and not mine and investment is not None and investment.kind == "completed_investment" and _KIND_SHARE_NAME.fullmatch(name):
            continue  # 乡村振兴项目完成投资161.6亿元，投资进度110.6%; 棚户区改造项目完成投资5.3亿元: a kind's share of what was invested, no project (but 甲县棚户区改造项目, a place's own)
        if name and (not group.count or group.count == 1 and _rx.match(r"1(?:个|项)", text[text.find(name, group.start, group.end) + len(name) :])) and not mine \
                and investment is not None and investment.kind == "completed_investment" and _KIND_SHARE_QUALIFIED.fullmatch(name) and not _place_lead(name) \
                and _RATE_WORDS.search(text, group.start, clause.start() if (clause := re.compile(r"[；;。]").search(text, investment.q.end)) else len(text)):
            continue  # 通信基础设施项目完成投资28亿元，占全年计划70%; 产业及创新平台项目完成投资509.8亿元，投资完成率28.3%; 民生实事项目1个，年度计划投资6亿元:
            # a kind told with a word of its own before or after it, reported by its share of the year's plan, no project
        if name and group.count and group.count > 1 and (_counted_name(text, group, name) or _PARK.fullmatch(name) or _places_only(_rx.sub(r"(?:项目|工程)$", "", name))) \
                and not _priced_park(text, group, name, investment):
            name = None  # 社会民生项目4个, 8个总部类项目: a class of projects counted, a batch
            # (but 这8个项目分别为投资6000万元的甲工业园，…: a park priced by its own sum is the first of them)
        late = None
        if name and group.count and group.count > 1 and (investment and _later_clause(text, group, name, investment) or not investment and _after_the_count(text, group, name)):
            # 总投资122亿元的27个项目集中开工，…领导为甲项目开工奠基: the batch, and one of its
            # projects told in a clause of its own (a field the projects are in, 制造业领域项目, is none)
            late, name = None if _rx.search(r"领域|行业|方面|板块", name) else name, None
        # 甲、乙等一批重点项目加快推进, 甲、乙等项目推进有力: projects only pushed along, nothing has
        # happened to them, in news and in a report's review alike (no stage verb: the gold labels none
        # such on five reports, 加快推进, 加快建设, 推进有力, 全面实施, 稳步前行)
        # (甲、乙等489个续建项目加快建设: projects under way, pushed along, have started, a count of them a batch
        # (ruling 6); but 甲、乙等在建项目加速建设, 等续建项目顺利推进, with no count, tell only how the works go: the gold
        # labels none such on three pages, and such members on one; and so have started those told with what they
        # have invested since: 甲、乙等重大项目加快推进，全年完成投资56亿元)
        # (甲、乙等5个百亿级制造业项目加快推进: members of a size class have its bound, an amount, and
        # a project priced is one whatever is done to it: ruling 4)
        # (甲、乙等项目进展良好, 推进顺利, 加速建设: how the works go, no more, though a clause before tells
        # another list's year plan met, 丙等项目均超额完成年度投资计划; but 甲、乙等6个项目进展较快，均已完成
        # 年度投资目标 tells what the list has invested since, as a sum would)
        _class_amounts(text, group, mine, start, [a for g in groups if g.end <= group.start for a in g.amounts])
        pushed_along = [e for e in mine if not any(item.stage for item in e.items) and (pushed := _ONLY_PUSHED.match(text, e.end, group.end) or _GOING_WELL.match(text, e.end, group.end) or _pushed_open(text, e, group))
                        and not _rx.search(r"前期工作", pushed.group()) and not (_rx.search(r"续建|在建", pushed.group()) and _rx.search(_COUNT_WORD, pushed.group()))
                        and not _AIMED_START.search(text, e.end, group.end)
                        and not any(a.kind in INVESTMENT_KINDS and a.q.start >= e.end for a in group.amounts) and not _YEAR_PLAN_MET.search(text, e.end, group.end)]
        mine = [e for e in mine if e not in pushed_along or any(item.amount for item in e.items)]
        # 洽谈达成甲、乙等10余个意向项目, 考察对接项目40余个，包括甲、乙等: projects only talked of, no
        # sum told: nothing done to them, no projects and no batch (but 总投资100亿元的甲、乙等在谈项目 are planned)
        mine = [e for e in mine if not _talked_of(text, e, group, start)]
        # (but their count tells no stage reached: no batch, ruling 6)
        class_pushed = bool(mine) and all(e in pushed_along and all(item.shared for item in e.items) for e in mine)
        items = [item for e in mine for item in e.items]
        if items and not report and not any(item.amount for item in items) and _rx.search(r"前期工作|前期手续|申报|招标|谋划|" + _HELD_IN_RESERVE + r"(?![^，。；]{0,6}?(?:开工|竣工|投产|建成))|策划包装|包装储备", body):
            if _AIMED_START.search(body) or _rx.search(r"前期(?:工作|手续)", body):
                # 推进甲、乙等项目前期工作，力争开工建设: planned, to start this year; 甲、乙等一批项目正在抓紧
                # 开展前期工作: being prepared, planned (labellers count them so)
                for item in items:
                    item.stage = "planned"
            else:
                items = []  # 推进甲、乙等大项目的前期工作, 申报甲、乙等项目: prepared or applied for, not begun
        # (央企项目1个，为甲技术改造项目: a class of one names its member after 为, not by the class's words)
        member = _one_named(text, group, groups, name) if group.count == 1 and not items else None
        name = member or name
        if group.count == 1 and not items and (batch_at is not None or carried is not None or context.get("batch")) and (_class_of_batch(body) or classes and _class_clause(body)):
            classes = True
            if member and (told := text.find(member, group.start, group.end)) >= 0:
                # 央企项目1个，为甲技术改造项目; 20亿元以上项目1个，为总投资22.1亿元的乙项目: the class's one
                # member, named after 为, is a project of the batch, as the members of a class of more are
                own = investment if investment is not None and investment.kind in INVESTMENT_KINDS else None
                out.extend(_item_matches(text, start, end, group, [_Item(told, member, own)], identity, report, plan, lead,
                                         out[batch_at] if batch_at is not None else carried or context.get("batch")))
            continue  # 从建设项目类别上看，乡村振兴项目1个，总投资15亿元: a class of one, no project of its own (ruling 6)
        # (a place's share of one project, in a breakdown by place, is a batch like the others: ruling 6)
        one_share = group.count == 1 and not name and not items and (batch_at is not None or context.get("batch") is not None) \
            and _SHARE_OF_ONE.match(body) is not None
        if group.count and (group.count > 1 or one_share) and not name:
            amount = investment  # a batch's total is money invested; its output, tax or year's plan are not
            together = _rx.search(r"集中(?:签约|开工|竣工|投产)|(?:签约|开工|竣工|投产)仪式", body)
            staged = (_STAGE.search(body) or _rx.search(_COUNT_WORD, body)) if items and not class_pushed else None
            # (131个计划新开工项目有112个实现开工: the plan is the counted's, the stage the part's)
            part = _part_reached(body, group.count)
            if part is not None and amount is not None and amount.q.start < group.start + part.end():
                part = None  # (90个重点建设项目总投资300亿元，已有72个开工建设: the money told first is the whole's)
            staged = staged or part
            if not staged and not report:
                staged = _staged_count(body) or _PLANNED_COUNT.search(body) or _YEAR_ARRANGED.search(body) or _plan_met(body, group.count) \
                    or _CARRIED_OUT_COUNT.search(body)
            if not staged and report and not plan:
                # 实施工业项目169个, 引进亿元以上项目38个: a report counts what it did
                staged = next((s for s in _STAGE.finditer(body) if not _EXPECT_BEFORE.search(body[: s.start()][-16:])), None) or _rx.search(r"实施|安排|引进|招引|签约|开复工|新开工", body)
            whole = out[batch_at] if batch_at is not None else None
            if whole is not None and amount is not None and whole.fields.get("amount") is None and _rx.match(r"[\s，,]*(?:其中|包括)", body) \
                    and _counts_make(body[: amount.q.start - group.start], whole.fields.get("count")):
                # 共签约18个项目，其中现场签约项目15个、云签约项目3个，总投资额115.13亿元; 共开工145项，包括76个
                # 产业项目、43个基础设施项目、26个民生项目，总投资达698.17亿元: the parts' counts make the
                # whole's, and the total told after them is the whole's
                out[batch_at] = replace(whole, start=amount.q.start, end=amount.q.end, fields={**whole.fields, **_money_fields(text, group, amount)})
                out.extend(_item_matches(text, start, end, group, items, identity, report, plan, lead, out[batch_at]))
                continue
            if _PREPARED_COUNT.search(body) and not _STAGE.search(body):
                continue  # 谋划储备重大项目111个，总投资169.51亿元: projects prepared, no stage reached (ruling 6)
            if _IN_PREPARATION.search(body) and not _STAGE.search(body):
                out.extend(_item_matches(text, start, end, group, items, identity, report, plan, lead, None))
                continue  # 安排前期项目102项，总投资1266亿元: projects in preparation, no batch (ruling 6); those named are projects
            if batch_at is None and carried is None and _level_share(text, group.start, body, group.count):
                out.extend(_item_matches(text, start, end, group, items, identity, report, plan, lead, None))
                continue  # 954个市级重点项目…。其中，220个省重点项目完成投资346亿元: the higher level's share of the key projects told before, no batch (ruling 6)
            if _split_by_capital(body, group.count, context, out):
                whole = out[batch_at] if batch_at is not None else carried or context.get("batch")
                out.extend(_item_matches(text, start, end, group, items, identity, report, plan, lead, whole))
                out.extend(_staged_names(text, start, end, group, items, identity, whole))
                continue  # 共开工537个，…民间投资项目402个，外商投资项目34个: a batch told before split by whose money, no batch (ruling 6)
            if any(int(m.group("n")) == group.count for m in _IN_STORE.finditer(body)):
                continue  # 在库亿元以上项目1750个，在建…; 储备库和建设库入库项目210个: projects held in a database, no stage reached (ruling 6)
            if _PROMOTED.search(body) or _OFFERED.search(body) and not _STAGE.search(body):
                continue  # 梳理出总投资867亿元的54个重大投资项目: projects offered to investors, nothing done yet
            if class_pushed and amount is None and not together:
                out.extend(_item_matches(text, start, end, group, items, identity, report, plan, lead, None))
                continue  # 甲、乙等5个百亿级项目加快推进: the class's members, and no batch
            if amount is None and not together and not staged:
                # a count alone is no event; with named members it is (其中，投资10亿元以上项目9个；
                # 二产项目23个…: a class of the batch told before, and so are the kinds after it)
                # (本次开工的190个项目中，新建项目70个，续建项目120个: the opening told in a group of its own)
                classes = classes or (batch_at is not None or carried is not None or context.get("batch") is not None) and (_class_of_batch(body)
                    or group is not groups[0] and not any(g.amounts for g in groups[: groups.index(group)]) and _class_of_batch(_DISCOURSE.sub("", text[start : group.end].lstrip())))
                continue
            if amount is None and "未" in body and _counted(_COUNT_NOT_YET, group.count, body):
                out.extend(_item_matches(text, start, end, group, items, identity, report, plan, lead, None))
                continue  # 甲、乙等4个项目未开工: projects named, no batch of a stage not reached
            if part is None and "未" in body and _counted(_NOT_YET_COUNT, group.count, body):
                continue  # 共开复工38项，未开复工2项: how many have not started, no event
            if not report and context.get("batch") and amount is None and not items and _SIZE_COUNT.search(body) \
                    and _count_stage(body, report) in (None, context["batch"].fields.get("stage")) and group.count < (context["batch"].fields.get("count") or group.count + 1) \
                    and not _place_brought(body):
                classes = True  # (and the kinds told after it in the sentence are classes too)
                continue  # 本次签约项目中，10亿元以上项目有55个，占比78.6%: a class of the batch told before
                # (but 全县新签约亿元以上项目73个 after a batch started: a batch of another stage; and
                # 引进省外亿元以上重大项目351个 after a batch of 38: more than the batch holds)
            if not report and batch_at is None and context.get("batch") is not None and not items and group.count <= (context["batch"].fields.get("count") or 0) \
                    and (amount is None or amount.kind == "completed_investment") and _KIND_PROGRESS.match(_DISCOURSE.sub("", body.lstrip()).lstrip("，, ")):
                continue  # 25个重大基础设施项目已开工20个, 现代产业项目已开工78个: a kind of the batch told before and how far it has come, no batch (ruling 6)
            if not report and batch_at is None and context.get("batch") and not items and not _STAGE.search(body) \
                    and (amount is None or amount.kind == "completed_investment") and _KIND_COUNT.match(_PROGRESS_LEAD.sub("", _DISCOURSE.sub("", body.lstrip()).lstrip("，, "))) \
                    and _whole_of_kinds(text, context, group.count):
                # (the kinds' counts together within the batch's: 90个基础设施项目、157个产业项目 after 114 started are no part of it)
                # (产业项目进展较快，238个产业项目完成投资…: the kind's count after a clause on how it goes)
                continue  # 安排市重点项目954个。…482个产业发展项目完成投资614亿元: a kind of the batch told before, and its progress (ruling 6)
            parent = out[batch_at] if batch_at is not None else carried or context.get("batch")
            near = batch_at is not None or carried is not None or _BREAKDOWN_OPENING.match(body) is not None \
                or _rx.match(r"[\s，,]*(?:据了解|据介绍|据悉)?[，,]?(?:本次|此次|这次|这批|当天|当日)", body) is not None \
                or parent is not None and _SIZE_OPENS.search(body) is not None and group.count < (parent.fields.get("count") or 0)  # (本次签约十亿元以上项目4个)
            bare_class = _BARE_CLASS_COUNT.match(_DISCOURSE.sub("", body.lstrip()))
            opens = group is groups[0] and text[start:group.start].strip() == "" and bare_class is not None \
                and not _rx.search(r"实施|计划|安排|推进|引进|招引|签约|谋划|储备|落地|落户|争取|完成|实现|新增|新签|" + _STAGE_ALTERNATIVES, bare_class.group())
            # (此次共集中开工1000万元以上项目88项，总投资133.92亿元 after a title's 88个项目集中开工:
            # as many as the title's batch, the same batch told again, no class of it)
            if parent is not None and part is None and not _period_share(body) and not (group.count == parent.fields.get("count") and _is_title(text, parent)) and (
                    _class_of_batch(body) or classes and _class_clause(body) or near and _SIZE_COUNT.search(body) and not _share_place(body.lstrip("，,；; ")) and not _place_brought(body)
                    and _count_stage(body, report) in (None, parent.fields.get("stage"))  # (开工…以上项目718个，竣工…以上项目617个: a stage of its own, a batch)
                    or opens and _class_clause(body) or _class_of_this_event(body, group.count, parent)
                    or _PART_OF_THE_EVENT.search(body) and not _share_place(body.lstrip("，,；; "))
                    and not _compiled(r"(?:" + _STAGE_ALTERNATIVES + r")了?" + _COUNT_WORD + r"(?:项目|工程)").search(body)  # (共签约了17个项目，…占总投资的66%: a share of its own)
                    and not _compiled(r"已(?:经)?(?:实际|全部|累计)?(?:" + _STAGE_ALTERNATIVES + r")").search(body)  # (其中已开工38个，占比76%: a split by a stage reached, a batch)
                    # (甲等基础设施项目429个, with no stage of its own: a class told by a project named for it)
                    or items and all(item.exemplar for item in items) and not _STAGE.search(body)
                    or group is not groups[0] and not _STAGE.search(body) and not any(g.amounts for g in groups[: groups.index(group)]) and _class_of_batch(_DISCOURSE.sub("", text[start : group.end].lstrip()))):
                # (从产业类别看，117个新签约项目中，工业项目100个: the openings told in a group of their own)
                # 其中，省市级重点项目40个，总投资191.2亿元；产业项目35个…: classes of the batch told
                # before, each with its total, no batches of their own (ruling 6); their named
                # projects are the batch's
                classes = True
                out.extend(_item_matches(text, start, end, group, items, identity, report, plan, lead, parent))
                out.extend(_staged_names(text, start, end, group, items, identity, parent))
                continue
            if parent is None and classes and _class_clause(body):
                continue  # (…；战略性新兴产业项目39项，总投资578亿元: the next class of the count told before)
            opened = body if group is groups[0] or any(g.amounts for g in groups[: groups.index(group)]) else _DISCOURSE.sub("", text[start : group.end].lstrip())
            opening = _BREAKDOWN_OPENING.match(opened) if parent is None else None
            counted_before = _rx.search(r"(\d+)(?:个|项)", opening.group()) if opening else None
            if counted_before and _counted(_COUNT_AGAIN, counted_before.group(1), text, 0, start) and _class_of_batch(opened):
                classes = True
                continue  # 推出300项重点招商项目。300项项目中，三大主导产业项目75项…: classes of a count told before, no batch of it (ruling 6)
            intro = breakdown
            told = body[body.find(intro.group()) + len(intro.group()) :] if intro and intro.group() in body else body
            # (签约项目中，制造业项目集中签约48个; 此次签约的项目中，…签约项目139个: the stage the opening
            # told, told again of a kind, is still the event's, no split by stage)
            opened_at = _STAGE.search(intro.group()) if intro else None
            # (but 23个新开工重点项目中，有19个项目新开工建设: how many of the counted reached it, a batch)
            same_stage = opened_at is not None and part is None and (_count_stage(told, False) or getattr(_staged_count(told), "lastgroup", None)) == opened_at.lastgroup \
                and not _COUNT_THEN_NEW_STAGE.search(told)
            if intro and (same_stage or not _rx.search(r"集中(?:签约|开工|竣工|投产)|(?:签约|开工|竣工|投产)仪式", told) and not _staged_count(told)) \
                    and not _PLANNED_COUNT.search(told) and not _share_place(told.lstrip("，, ")):
                # (福州市75个、总投资约499亿元: a place's share stays a batch; 建设项目中，全年计划新开工项目97项: a plan's batch)
                # 本次集中开工的项目中，先进制造业项目153个，总投资683亿元: a class of the batch, with its
                # total, no batch of its own (ruling 6); its named projects are the batch's
                out.extend(_item_matches(text, start, end, group, items, identity, report, plan, lead, context.get("batch")))
                continue
            if not report and amount is None and (carried is not None or batch_at is not None) and _rx.match(r"^[\s，,]*(?:其中|包括)", body) \
                    and not _rx.search(r"集中(?:签约|开工|竣工|投产)", body) and not _splits_by_stage(text, body, out[batch_at] if batch_at is not None else carried, stage_first=True) \
                    and not _rx.match(r"[\s，,；;]*(?:其中[，,：:]?)?(?:" + _STAGE_ALTERNATIVES + r")(?:的)?(?:项目|工程)(?:包括|有|为|是)", body):
                # (其中当天集中开工重大项目104个, 其中新开工39项, 其中开工项目包括甲、乙等18个: an event
                # of its own, a split by stage)
                # 集中开工的13个项目中，包括园区产业项目10个，分别是甲、乙; 此次开工的7个项目，包括6个产业
                # 项目和1个基础设施项目: a breakdown of the batch by count, its members the batch's
                out.extend(_item_matches(text, start, end, group, items, identity, report, plan, lead, out[batch_at] if batch_at is not None else carried))
                continue
            parent = out[batch_at] if batch_at is not None else None
            # (a 其中 told after the count opens a breakdown of this one, not of the batch before: 开工亿元项目11个、
            # 竣工亿元项目6个，其中10亿元电子信息项目落户…)
            counted_at = _counted(_COUNT_TOLD, group.count, body)
            if parent is not None and amount is None and "其中" in text[parent.end : min(group.start + 12, group.start + counted_at.start() if counted_at else group.end)] \
                    and not _splits_by_stage(text, body, parent) \
                    and not _next_whole(text, parent.end, group):
                # 项目共有6个，总投资63.6亿元，其中：省百大项目2个，分别是甲、乙；市重点项目4个…: classes of
                # the batch this sentence told, their projects its members
                out.extend(_item_matches(text, start, end, group, items, identity, report, plan, lead, parent))
                continue
            fields = _common(text, start, end, group, amount, identity, report, plan, None, lead)
            fields.update(batch=True, count=group.count, name=None, members=[])
            # (190个重点项目开复工164项，…完成投资391.5亿元: the money is the whole's, and so is the batch)
            reached = None if amount is not None or _rx.search(r"完成投资|总投资|计划投资", text[start:end]) or not _STAGE_THEN_COUNT.search(body) else _counted(_COUNT_STAGE_COUNT, group.count, body)
            if reached is None and "有" in body:
                # 涉及…新兴产业的982个项目，目前已经有257个建成投产: how many of the counted reached it, told after
                # (and the total told after them is theirs: 15个旅游招商项目，有5个顺利签约，总签约额321亿元)
                reached = _counted(_COUNT_HAS_STAGE, group.count, body)
                if reached and amount is not None and amount.q.start < group.start + reached.end():
                    reached = None
            whole_too = None
            if part is not None:
                # 80个重点建设项目中79个开工建设, 131个计划新开工项目有112个实现开工: how many of the
                # counted reached the stage, the batch (ruling 6), whatever the counted were planned to do
                reached = None
                fields["count"] = int(part.group("n1") or part.group("n2"))
                lead_in = body[: part.start()]
                lead_in = lead_in[max(lead_in.rfind(mark) for mark in "，,；;") + 1 :]
                if amount is not None and amount.kind == "completed_investment" and _LIST_UNDER_WAY.search(part.group("kind")) \
                        and not _LIST_TO_START.search(lead_in + part.group("kind")):
                    # 500个省重点项目已开工497个，…完成投资1856.1亿元: the money done is the whole list's,
                    # a batch of its own; those that reached the stage are a batch without it
                    whole_too = {**fields, "count": int(part.group("whole")), "stage": "started"}
                    fields.update(dict.fromkeys(("amount_phase", "amount", "amount_unit", "base_amount", "amount_kind", "modifier")))
            if reached:
                fields["count"] = int(reached.group("n"))  # 市本级32个项目开复工28个: how many of the counted reached the stage (ruling 6)
            if plan:
                own_stage = None
            elif part is not None:
                # (the stage the counted reached, the last of those told one after another: 实现竣工投产)
                told = _STAGE.match(body, part.start("w1") if part.group("w1") else part.start("w2"))
                while (then := _STAGE.match(body, told.end())) is not None:
                    told = then
                own_stage = told.lastgroup
            elif reached:
                told = _STAGE.search(reached.group(), reached.end("n") - reached.start())  # (the stage the counted reached)
                own_stage = told.lastgroup if told else None
            else:
                own_stage = _count_stage(body, report)
                if own_stage in ("planned", None) and not plan and (met := _plan_met(body, group.count)):
                    own_stage = met.lastgroup  # 计划新开工项目4个，目前均已全部开工: a plan's list all of which reached the stage
            if own_stage is None and not plan and staged is not None and staged.re is _CARRIED_OUT_COUNT:
                own_stage = "started"  # 重庆实施重点项目265个: a list carried out is under way, whatever a clause near it tells
            if own_stage and own_stage != fields["stage"]:
                fields.update(stage=own_stage, stage_date=None if own_stage == "planned" else fields["stage_date"])
            if fields["stage"] == "planned" and (planned_in := _year_planned(text, start, group)):
                fields["period"] = planned_in  # (绥芬河市2020年计划开复工项目63个: of the year its clause writes)
            # counts of two kinds told one after the other, with one verb (9个总部平台类项目、18个产业类项目签约落户;
            # 12项省级重点项目、100项市级重点项目全部开复工): with a sum told after them, one batch of them all
            # (全年6个盟级、42个旗级重点项目完成投资21亿元: 48 projects); with none, a batch each (ruling 6)
            # (not counts told after 分别, one to each place before: 甲市、乙区今年分别已有17个、12个重大项目集中签约;
            # nor those given a sum each: 7个生态环保项目、26个社会民生项目分别完成投资60.3亿元、524.7亿元)
            joined = _JOINED_COUNTS.search(body) if part is None and not reached else None
            if joined and ("分别" in body[: joined.start()] or _rx.search(r"[\d.]+\s*(?:万亿|亿|千万|万)?元\s*、\s*[\d.]", body[joined.end() :])):
                joined = None
            joined = [(group.start + joined.start() + m.start(), group.start + joined.start() + m.end(), int(m.group(1)))
                      for m in _rx.finditer(r"(\d+)(?:个|项)", joined.group())] if joined else []
            if group.count not in [n for _, _, n in joined]:
                joined = []
            elif amount is not None:
                fields["count"] = sum(n for _, _, n in joined)
            mark = together or staged
            at = (amount.q.start, amount.q.end) if amount else (group.start + mark.start(), group.start + mark.end())
            if whole_too is not None:
                out.append(Match(at[0], at[1], start, end, whole_too))
                at = (group.start + part.start(), group.start + part.end())
            batch = Match(at[0], at[1], start, end, fields)
            if joined and amount is None:
                # (the fewer first: no count of a kind is read below as a class of a larger one told before it)
                first = next(j for j in joined if j[2] == group.count)
                out.extend(sorted([batch, *(Match(a, b, start, end, {**fields, "count": n}) for a, b, n in joined if (a, b, n) != first)], key=lambda m: m.fields["count"]))
            else:
                out.append(batch)
            batch_at = out.index(batch)
            before = context.get("batch")
            context["batch"] = out[batch_at - 1] if whole_too is not None else before if part is not None and before is not None \
                and (before.fields.get("count") or 0) > int(part.group("whole")) else out[batch_at]  # (the list the part is of, or the batch it is of, stays in view)
            out.extend(_item_matches(text, start, end, group, items, identity, report, plan, lead, out[batch_at]))
            if late and not any(item.name == late for item in items):
                told = text.find(late, group.start, group.end)
                own = next((a for a in group.amounts if a.kind in INVESTMENT_KINDS and a.q.start > told), None)  # 为甲项目，计划总投资1.2亿元
                fields = _common(text, start, end, group, own, identity, report, plan, late, lead, False)
                fields.update(batch=False, count=None, name=late, annual_output=None, annual_tax=None, jobs=None, in_batch=out[batch_at].start)
                out[batch_at].fields["members"].append(late)
                at = (own.q.start, own.q.end) if own else (told, told + len(late))
                out.append(Match(at[0], at[1], start, end, fields))
            continue
        if items and name and _PARK.fullmatch(name) and not _priced_park(text, group, name, investment):
            name = None  # 彭场镇非织造布产业园，投资5亿元的甲、…等6个项目: the park is where they are
            # (but 甲产业园总投资39亿元，…已引入乙、丙等龙头企业: a park priced by its own sum is the project)
        if items and not any(item.amount or item.brought for item in items) and not _STAGE.search(text[start:end]) and not _PROGRESS.search(body) and lead is None and carried is None \
                and not (report and _rx.search(r"实施|推进|加快|建设|引进|引入|招引", body)):
            items = []  # 甲、乙等项目完成施工招标: named, but nothing has happened to them yet
        if items and not name and batch_at is None and not group.count and _shares_one_total(text, group, mine, investment):
            # 甲项目、乙项目、丙项目在某会场进行了集中签约，合同引资额15.3亿元; 分别与甲公司、乙公司签约，签约额总计9亿元:
            # a list closed with no 等 nor count, whose items reached a stage together, then one total told
            # for them all: a batch of as many as it names, its items its members (ruling 6), none of them the total's
            fields = _common(text, start, end, group, investment, identity, report, plan, None, lead)
            fields.update(batch=True, count=len(items), name=None, members=[])
            batch_match = Match(investment.q.start, investment.q.end, start, end, fields)
            out.append(batch_match)
            out.extend(_item_matches(text, start, end, group, items, identity, report, plan, lead, batch_match))
            continue
        if items:
            out.extend(_item_matches(text, start, end, group, items, identity, report, plan, lead, out[batch_at] if batch_at is not None else carried))
            told = out[batch_at] if batch_at is not None else None
            if told is not None and told.fields.get("amount") is None and investment is not None and not any(item.amount for item in items) \
                    and _rx.match(r"[\s，,]*(?:主要)?(?:包括|有|分别是|分别为)", text[group.start : min(e.start for e in mine) + 4]) \
                    and _rx.match(r"等[\s，,]*(?:计划|预计|拟)?(?:总投资|投资)", text[max(e.end for e in mine) : investment.q.start]):
                # 集中开工项目18个，包括甲、乙、丙等，总投资额80.65亿元: a total told after the list's 等, in
                # the clause after the count, is the batch's (not 其中甲、乙等，总投资…: a few of them)
                out[batch_at] = replace(told, start=investment.q.start, end=investment.q.end, fields={**told.fields, **_money_fields(text, group, investment)})
            # 甲有限公司乙分公司计划投资20亿元，丙与丁签约的戊项目、己项目等: the firm's own sum, in a clause
            # before the list that no item of it claims, is the firm's project (read below, with no name)
            # (but 甲公司将投资20亿元，在某县开工建设乙、丙项目: what the firm builds with it, the list's)
            own = not name and investment is not None and told is None and investment.kind in INVESTMENT_KINDS and not any(item.amount for item in items) \
                and not group.count and _rx.search(r"[，,；;]", text[investment.q.end : min(e.start for e in mine)]) is not None \
                and not _FIRM_BUILDS_LIST.match(text, investment.q.end) and _company_subject(text, group, investment) is not None
            if not name and not own:
                continue
        joined = _joined_projects(text, group) if investment else []
        if not joined and investment and not items and not group.count and batch_at is None:
            # 甲县乙项目（丙镇）、甲县丁生产、栽培及加工项目（戊镇）…在某会场进行了集中签约，合同引资额15.3亿元: a closed
            # list read only in part as names (a 、 inside one, works with no word for a project), its items
            # sharing the total told after their stage (as above, a batch of as many as it names)
            joined = _closed_list_names(text, group, investment)
        if joined:
            # 甲项目和乙项目，投资总额达30亿元: two projects and their total, a batch of two
            fields = _common(text, start, end, group, investment, identity, report, plan, None, lead)
            fields.update(batch=True, count=len(joined), name=None, members=[])
            batch_match = Match(investment.q.start, investment.q.end, start, end, fields)
            out.append(batch_match)
            members = [_Item(at, n, investors=_firm_before(text, at, joined[k - 1][0] + len(joined[k - 1][1]) if k else group.start)) for k, (at, n) in enumerate(joined)]
            for member in members:
                if (town := _TOWN_IN_BRACKETS.search(member.name)) is not None:
                    member.name, member.park = member.name[: town.start()], town.group("place")  # 甲项目（乙镇）: where it is, told after it
            out.extend(_item_matches(text, start, end, group, members, identity, report, plan, lead, batch_match))
            continue
        listed = _listed(text, group)
        if listed and not group.amounts:
            # 古丈、永顺、龙山芙蓉学校投入使用: one project a name, each with the group's stage (in
            # news, 甲、乙电站加快建设 tells of nothing done)
            if (_STAGE.search(body) or _SITE.search(body)) and (report or not _ONLY_PUSHED.match(text, listed[-1][0] + len(listed[-1][1]), group.end)):
                for at, each in listed:
                    fields = _common(text, start, end, group, None, identity, report, plan, each, lead)
                    fields.update(batch=False, count=None, name=each, annual_output=None, annual_tax=None, jobs=None)
                    if "分别" in body and len(fields["investors"]) == len(listed) and all(i["role"] == "investor" for i in fields["investors"]):
                        # 与甲公司、乙公司分别签订了丙项目、丁项目: the firms one to each project, in turn
                        fields["investors"] = [fields["investors"][listed.index((at, each))]]
                        fields["investor"] = fields["investors"][0]["name"]
                    out.append(Match(at, at + len(each), start, end, fields))
            continue
        others = [a for a in group.amounts if a.kind not in INVESTMENT_KINDS and a.kind != "other"]
        jobs = _jobs(body)
        stage_here = _STAGE.search(body) or ("现场" in body and _SITE.search(body))
        if investment and context.get("priced") and _rx.match(r"^[\s，,]*其中[，,]?(?:首期|[一二三四五六七八九十]期|研发中心|生产基地|厂区)", body):
            continue  # 总投资50亿元…其中一期投资36.17亿元: a part of the project just told
        if investment and context.get("priced") and name and _rx.match(r"^[\s　]*其中[，,]", text[start:end]) \
                and _rx.fullmatch("(?:" + _FACILITY_PART + r")[\u4e00-\u9fff]{0,4}?(?:中心|基地|厂区)(?:项目)?", name):
            continue  # …总投资112亿元。其中，研发中心项目…计划总投资10亿元；生产基地项目…: its parts
        if investment and investment.phase and context.get("priced_in") == start and (not name or _rx.fullmatch(r"(?:首期|[一二三四五六七八九十]期)(?:项目|工程)?", name or "")):
            continue  # 项目总投资10亿元，分两期建设，一期项目投资6亿元: the phases of the total this sentence told
        if investment and investment.phase and context.get("priced") and context.get("priced") == context.get("last") and context.get("whole_total") and _rx.match(r"^[\s，,；;]*(?:其中[，,]?)?(?:首期|[一二三四五六七八九十]期)(?:项目|工程)?(?:计划)?投资", body) \
                and (not name or body.find(name) > body.find("投资")):
            continue  # …一期项目投资6亿元，建设甲加工厂；二期项目投资4亿元，建设乙生产线: the told project's phases
        if investment and not group.count and context.get("whole_total") and context.get("priced_base") and (investment.q.base_value or 0) < context["priced_base"] \
                and (context.get("priced_in") == start and out and not out[-1].fields.get("batch") and _OPENS_ON_PART.match(body)
                     or context.get("priced") == context.get("last") and _OPENS_ON_PHASE.match(_DISCOURSE.sub("", body.lstrip()))):
            # 甲项目总投资5.2亿元，其中乙生产线项目总投资1.2亿元; 甲基地总投资20亿元，分两期建设，首期拟建设乙基地，
            # 投资金额6亿元; (甲项目总投资20亿元…。)二期和三期项目分别投资6亿元、8亿元: a part or a phase of
            # the project just priced whole, with a smaller sum of its own, no project of its own
            continue
        opened = _DISCOURSE.sub("", body.lstrip("其中，, "))
        priced = _REFER_PRICED.match(opened) if investment else None
        # (这个总投资39.79亿元的项目，分70万千瓦和30万千瓦两部分推进，目前70万千瓦项目…: the project named before,
        # priced whole, and a part of it named after; the name is the one before)
        refer = _REFER.match(opened) or (priced if priced and (not name or opened.find(name) >= priced.end()) else None)
        if not refer and investment and not name:
            # 甲公司在长春举行奠基仪式，该项目总投资26亿欧元: the clause of the amount refers back
            clause = max(text.rfind(mark, group.start, investment.q.start) for mark in "，,；;\n") + 1
            refer = _REFER.match(text[clause : investment.q.start]) if clause > group.start else None
            # (，项目总投资135亿元: a clause that opens with 项目 is about the one project in view)
            # (but not the total of a whole whose phase was told: 甲一期项目投产…，项目总投资62亿元)
            bare = bool(refer) and text[clause : refer.end() + clause].lstrip("，, ").startswith("项目")
            refer = refer if refer and (refer.group("this") or bare and not _rx.search(r"[一二三四五六七八九十]期", context.get("last") or "")) else None
        if not refer and investment and not name and context.get("last") and (kind := _REFER_BY_KIND.match(_DISCOURSE.sub("", body.lstrip("其中，, ")))) \
                and kind.group("kind") in context["last"]:
            refer = kind  # 甲交易中心项目建设启动。该中心…总投资6亿元: the works just named, told by their kind
        this = bool(refer and refer.group("this"))
        # 项目占地约230亩，…，投资总额约6亿元: a sentence about the project named before
        # (a quote opens it: “项目分二期建设，一期项目已完成投资8.3亿元; 作为今年省重点项目，总投资5.15亿元)
        about = not name and not group.count and investment is not None and investment.kind in ("total_investment", "completed_investment") and group is groups[-1] \
            and _ABOUT.match(_DISCOURSE.sub("", text[start:end].lstrip().lstrip("“\"「"))) is not None
        signed_anew = investment is not None and not name and _COMPANY_SIGNED.search(text, group.start, investment.q.start) is not None
        covers = investment is not None and not name and context.get("batch") is not None and _COVERS.match(_DISCOURSE.sub("", text[start : investment.q.start].lstrip())) is not None
        referred = None  # the sentence that named the project this one refers to (该项目总投资…)
        if investment and context.get("last") and (refer or about) and (not name or this) and not signed_anew and not covers:
            # (甲县与乙有限公司进行签约，项目总投资48亿元: a new signing, not the project named before)
            # 该项目总投资18亿元，…主要建设X生产线; 首期项目投资140亿元: the project named before, not its parts
            name = context["last"]
            referred = context.get("last_at")
            if not report and (told := context.get("last_at")) and told[0] < start:
                # 记者走进甲项目建设现场，…。该项目总投资6000万元: the stage the sentence that named the project told
                # of it, before the item's lead (a signing)
                lead = _referent_stage(text, told, name, identity) or lead
            if (this and refer.group().endswith("项目") or about) and name.endswith("工程"):
                # 该项目: the project last named as one, not a works (基础工程) named since
                part = _rx.fullmatch(r"(?P<whole>.{4,}?)(?:土建|主体|基础|附属|路基|桥梁|隧道)工程", name)
                # (甲至乙高速公路丙段土建工程即将完工，该项目…: the works of the route, which is the project;
                # and a route between two places named whole is the project: 甲至乙高速扩容工程，意义重大。该项目…)
                name = part.group("whole") if part and _NAME.fullmatch(part.group("whole")) else name if _rx.search(r"[\u4e00-\u9fff]至[\u4e00-\u9fff]", name) else \
                    next((n for n in reversed(context.get("names", [])) if n.endswith("项目") and "期" not in n or _rx.search(r"项目[一二三四五六七八九十]期$", n)), name)
            phases = _rx.search(r"[一二三四五六七八九十]期(?:、[一二三四五六七八九十]期)*", body[:12])
            if phases:
                name = next((n for n in reversed(context.get("names", [])) if phases.group() in n), name)
        if not name:
            last = out[-1] if out else None
            listed_to = max([e.end for e in enumerations if e.end <= (investment.q.start if investment else 0)] + [group.start])
            opens = investment is not None and _rx.match(r"^[\s，,]*(?:计划|预计|拟)?(?:总投资|投资)", text[max(group.start, listed_to) : investment.q.start]) is not None
            attached = opens and last is not None and not last.fields.get("batch") and last.fields.get("amount") is None
            prior = context["found"][-1] if opens and last is None and group is groups[0] and not group.count and context["found"] else None
            if prior is not None and not prior.fields.get("batch") and prior.fields.get("amount") is None and prior.fields.get("name") \
                    and 0 <= start - prior.evidence_end <= 2 and not text[start : investment.q.start].strip("，, ").startswith(("项目", "该")) \
                    and sum(1 for m in context["found"] if m.evidence_start == prior.evidence_start) == 1:
                # 甲中心已建成。总投资近20亿元，位于乙大道旁: the one project the sentence before named, priced
                context["found"][-1] = replace(prior, start=investment.q.start, end=investment.q.end, evidence_end=end, fields={**prior.fields, **_money_fields(text, group, investment)})
                continue
            if attached:
                if batch_at is not None and out[batch_at].fields["amount"] is None and last.fields.get("in_batch") is not None:
                    # 6个项目分别为：甲项目；乙项目，总投资20.9亿元: the batch's total, after its list
                    batch = out[batch_at]
                    out[batch_at] = replace(batch, start=investment.q.start, end=investment.q.end, fields={**batch.fields, **_money_fields(text, group, investment)})
                else:
                    # 为甲项目，计划总投资1.2亿元: the amount of the project the clause before named
                    out[-1] = replace(last, start=investment.q.start, end=investment.q.end, fields={**last.fields, **_money_fields(text, group, investment)})
            subject = _company_subject(text, group, investment) if investment and not group.count and not attached else None
            if not subject and investment and not group.count and not attached and (_PRICED_KIND.match(text, investment.q.end) or _brought_one(text, group, investment)) \
                    and not _rx.search(r"(?<![\d一二三四五六七八九十两百])(?!一个|1个)(?:\d+|[一二三四五六七八九十两百]+)(?:余|多)?(?:个|项|批)[^，。；]{0,4}$", text[max(start, investment.q.start - 8) : investment.q.start]):
                # (一个投资10亿元的项目 is one)
                # 10亿元电子信息项目落户东台市开发区: one project, told by its size and kind alone
                fields = _common(text, start, end, group, investment, identity, report, plan, None, lead)
                fields.update(batch=False, count=None, name=None, jobs=_jobs(body))
                out.append(Match(investment.q.start, investment.q.end, start, end, fields))
                continue
            party = _builds_there(text, group, investment) if investment and not subject and not attached and not group.count else None
            if party is not None:
                # 甲电投投资104亿元在乙区实施丙项目, 甲食品厂计划总投资约6000万元在乙区投资建厂, 一家…供应商，也投资近10亿元，在乙区建设:
                # one party's own sum, spent in a place on what it builds there, is one project, whoever the party is
                # (a registered firm's is read above); the party its investor where the clause names it
                fields = _common(text, start, end, group, investment, identity, report, plan, None, lead)
                fields.update(batch=False, count=None, name=None, jobs=_jobs(body))
                if party:
                    fields.update(investors=[{"name": party, "role": "investor"}], investor=party)
                for kind in ("annual_output", "annual_tax"):
                    found = next((a for a in group.amounts if a.kind == kind), None)
                    fields[kind] = {"value": found.q.value, "unit": found.q.unit, "base": found.q.base_value} if found else None
                out.append(Match(investment.q.start, investment.q.end, start, end, fields))
                continue
            told_before = context.get("batch")
            if investment and not subject and not attached and not group.count and investment.kind == "total_investment" and told_before is not None \
                    and told_before.fields["amount"] is None and 0 <= start - told_before.evidence_end <= 2 and group is groups[0] \
                    and (_THIS_BATCH.match(_DISCOURSE.sub("", text[start : investment.q.start].lstrip())) or covers):
                # 84个重点项目集中开工。此次集中开工的项目总投资489亿元: the batch the sentence before told, priced
                told_before.fields.update(_money_fields(text, group, investment))
                continue
            if subject:
                # 伊利集团追加投资30亿元: a company's own investment, a project it names by itself;
                # the project told before under that company's name, if one was
                known = next((m.fields["name"] for m in reversed(context["found"]) if m.fields.get("name") and not m.fields.get("batch") and m.fields.get("amount") is None
                              and any(subject in i["name"] or i["name"] in subject for i in m.fields.get("investors") or [])), None)
                known = known or _heading_name(text, start)
                fields = _common(text, start, end, group, investment, identity, report, plan, known, lead)
                fields.update(batch=False, count=None, name=known, investors=[{"name": subject, "role": "investor"}], investor=subject, jobs=_jobs(body))
                for kind in ("annual_output", "annual_tax"):
                    found = next((a for a in group.amounts if a.kind == kind), None)
                    fields[kind] = {"value": found.q.value, "unit": found.q.unit, "base": found.q.base_value} if found else None
                out.append(Match(investment.q.start, investment.q.end, start, end, fields))
            if investment and investment.kind in INVESTMENT_KINDS and group.count == 1 and not attached and not subject and batch_at is None and carried is None \
                    and context.get("batch") is None and _ONE_COUNTED.search(body):
                # 签约项目1个，总投资10.5亿元: one project counted and priced (its name may follow)
                fields = _common(text, start, end, group, investment, identity, report, plan, None, lead)
                fields.update(batch=False, count=None, name=None, jobs=_jobs(body))
                out.append(Match(investment.q.start, investment.q.end, start, end, fields))
            continue  # an amount with no name is a batch's part or a total, never a project of its own
        told = text.find(name, group.start, group.end)
        if not report and not (investment or others) and told >= 0 and (_ONLY_PUSHED.match(text, told + len(name), group.end) or _TALKS_AFTER.match(text, told + len(name), group.end)
                                                                    or (well := _GOING_WELL.match(text, told + len(name), group.end)) and not _STAGE.search(text, well.end(), group.end)
                                                                    or _LEADS_THE_WAY.match(text, told + len(name), group.end)
                                                                    or _PUSH_OPENS.search(text, max(group.start, told - 8), told) and not _STAGE.search(re.compile(r"[^，,。；;]*").match(text, told, group.end).group())):
            continue  # 甲电站加快建设: in news, a project only pushed along, whatever the clause before tells (or talked of: 就甲项目落地进行对接; or pushed: 全力推动甲高铁、乙大道等建设; or going well, nothing done told after it: 甲枢纽工程等在建项目推进顺利)
        if not (investment or others or jobs) and told >= 0 and _clause_only_pushed(text, group, told, name):
            continue  # 甲、乙、丙工程进展加快，丁等开工建设; (a report) 甲项目加快建设，乙项目恢复生产; 加快推进甲工程和乙工程，建成后…: only pushed along in its own clause
        if not (investment or others or jobs) and told >= 0 and _AFFILIATION.match(text, told + len(name), end) and _WITNESSED.search(text, told, end):
            continue  # 中国工程院院士甲，乙研究院主任丙…等出席签约仪式: where a guest comes from, no project
        if not (investment or others or jobs) and told >= 0 and _venue_of_stages(text, start, told, name):
            continue  # 集中签约开工仪式在甲项目现场举行: where an event of several stages was held, no stage of its own
        if not investment and (out or carried is None and not report and _refers_to_last(text, start, group, context)) and _part_of(text, group, name, report):
            whole = out[-1] if out else None
            if whole is not None and not whole.fields.get("batch") and whole.evidence_start == start and (others or jobs):
                # 甲项目，总投资17亿元，主要建设乙生产线，年产值50亿元: what the part will yield is the project's
                for kind in ("annual_output", "annual_tax"):
                    found = next((a for a in others if a.kind == kind), None)
                    if found and whole.fields.get(kind) is None:
                        whole.fields[kind] = {"value": found.q.value, "unit": found.q.unit, "base": found.q.base_value}
                if jobs and whole.fields.get("jobs") is None:
                    whole.fields["jobs"] = jobs
            continue  # 甲项目总投资260亿元，主要建设乙产业园: what the project told before is made of
        if not (investment or others or jobs or stage_here) and len(groups) > 1 and _PARK.fullmatch(name):
            continue  # 甲镇某某产业园热气腾腾，投资5亿元的乙…开工: the park is where the projects are
        if not (investment or others or jobs) and told >= 0 and _staged_in_anothers_clause(text, [n for g in groups for n in g.names], told, end, name):
            continue  # 甲高铁首座隧道贯通，乙航运工程完成年度计划60%，丙变电站开工建设: the stage is 丙's, told in its own clause
        elif not (investment or others or jobs or stage_here or (not report and _STAGE.search(text[start:end]) and (not out or _subject(text, group, name)))
                  or (not report and _rx.search(r"投资建设|投资兴建|投资新建|出资建设", body) and _subject(text, group, name))
                  or (not report and _built_by_firm(text, group, name))
                  or (member and _STAGE.search(text, start, end))  # (签约…；央企项目1个，为甲项目: the one member a count names)
                  or (not report and not out and group is groups[0] and context.get("batch") is not None
                      and (opening := _TOLD_OF.match(text, start, group.end)) is not None
                      and any(_name_opens(text, name, at, group.end, _COMMA_AFTER if _ROUND_OF_PROJECTS.match(name) else _COMMA_OR_DESCRIBED)
                              for at in (opening.end(), *(site.end() for site in [_SITE_OPENS.match(text, opening.end(), group.end)] if site))))
                  # (or the name alone, a numbered item of the batch told before, described in the sentences
                  # after: 其中：1、甲铁路建设项目。正在开展…; ⏎一⏎乙产业园基础设施项目⏎乙公司…)
                  or (not report and not out and group is groups[0] and context.get("batch") is not None
                      and ((heading := _NUMBERED_ITEM.match(text, start, end)) is not None
                           or _NUMBER_LINE_BEFORE.search(text, max(0, start - 12), start) is not None and (heading := _TOLD_OF.match(text, start, end)) is not None)
                      and _name_opens(text, name, heading.end(), end, _NOTE_TO_END))):
            continue  # a name with nothing of its own, beside a project the sentence tells: a part of it
        if report and not (investment or stage_here):
            continue
        if investment:
            at = (investment.q.start, investment.q.end)
        elif others:
            at = (others[0].q.start, others[0].q.end)
        else:
            offset = text.find(name, group.start, group.end) if name else -1
            at = (offset, offset + len(name)) if offset >= 0 else (group.start, group.end)
        if investment and len([a for a in group.amounts if a.kind in INVESTMENT_KINDS]) == 1:
            name = _widened(text, group, name)
            if investment.q.modifier == "at_least" and name and _kinds_only(name):
                continue  # 旅游业、会展业、地产业项目总投资20亿元以上: a class's threshold, no project
        fields = _common(text, start, end, group, investment, identity, report, plan, name, lead, len(groups) == 1)
        if mine and fields["investors"]:
            # 甲有限公司饮料生产线已建成投产，乙有限公司丙、丁有限公司戊等正在建设: the firms a list names
            # are its items', not the project told beside it
            bare = "".join("　" if any(e.start <= at < e.end for e in mine) else ch for at, ch in enumerate(text[group.start : group.end], group.start))
            fields["investors"] = _investors(bare)
            fields["investor"] = fields["investors"][0]["name"] if fields["investors"] else None
        fields.update(batch=False, count=None, name=name)
        if referred and referred[0] < start and not _location(text[start:end], name) and (where := _sited_before(text, referred, name)):
            fields["location"] = where  # 走进位于甲高新区的乙项目现场…。该项目总投资6亿元: where the sentence that named it sets it
        for kind in ("annual_output", "annual_tax"):
            found = next((a for a in others if a.kind == kind), None)
            fields[kind] = {"value": found.q.value, "unit": found.q.unit, "base": found.q.base_value} if found else None
        fields["jobs"] = jobs
        context["last"] = name
        context["last_at"] = (start, end)
        if investment and investment.kind == "total_investment":
            context["priced"] = name
            context["priced_in"] = start
            context["whole_total"] = not investment.phase
            context["priced_base"] = investment.q.base_value
        batch = out[batch_at] if batch_at is not None else carried
        if batch is not None:
            fields["in_batch"] = batch.start
            if name not in batch.fields["members"]:
                batch.fields["members"].append(name)
        out.append(Match(at[0], at[1], start, end, fields))
    told_batch = out[batch_at] if batch_at is not None else None
    if _VARIETY.search(text, start, end):
        # (and so are the items of its lists told only by the words of a trade and a kind of works, with no
        # word of their own nor a capacity: 又有抽水蓄能电站、共享储能电站等…的项目，还有现代农业产业园等; but
        # 也有…的甲湖公园、乙大道二期工程, 年产60亿只铁氧体磁芯 name the batch's members; a list's close read with its
        # last item, 分布式光伏发电等能源项目, is that item's kind)
        for kind in [m for m in out if not m.fields.get("batch") and m.fields.get("name") and m.fields.get("amount") is None
                     and (_told_as_kind(text, start, end, m.fields["name"]) or not _names_itself(head := _rx.split(r"(?<![高中初])等", m.fields["name"])[0]) and not _rx.search(r"\d", head))]:
            out.remove(kind)  # 既有…的外迁项目，也有…的生态项目: the kinds of projects a batch holds, none named
            for other in out:
                if kind.fields["name"] in (other.fields.get("members") or []):
                    other.fields["members"].remove(kind.fields["name"])
    parent = told_batch or carried or context.get("batch")
    if parent is not None:
        if "：" in text[start:end] or ":" in text[start:end]:
            out.extend(_listed_shares(text, start, end, parent, out, identity))
        out.extend(_place_shares(text, start, end, parent, out, identity))
    if "分别" in text[start:end]:
        _respective_counts(text, start, end, groups, out, parent, identity, report, plan, lead)
    return out


# a count for each of the places or stages listed before 分别: 新开工、新投产亿元产业项目|分别达20个、10个; 溧阳市、
# 金坛区…今年|分别已有17个、12个重大项目集中签约; 居前3位的为安庆、合肥、滁州市，开工数|分别为29个、27个、25个;
# or one count for each of them: 青岛、菏泽、聊城|分别开工63个项目
_RESPECTIVE_COUNTS = re.compile(r"分别(?:为|是|达到?|有|已有|已经?)?(?P<stage>(?:" + _STAGE_ALTERNATIVES + r")了?)?"
                                r"(?P<counts>(?:\d+|[一二三四五六七八九十两]+)(?:余|多)?(?:个|项)(?:、(?:\d+|[一二三四五六七八九十两]+)(?:余|多)?(?:个|项))*)")


def _respective_heads(text: str, lo: int, hi: int, n: int) -> list[tuple[str, str]]:
    """The ``n`` places or stages listed last before ``hi``, each as ("place", name) or ("stage",
    stage); [] where the last items listed are neither (传统产业升级改造、战略性新兴产业: kinds, whose
    counts are classes; 总投资5亿元、10亿元以上项目: sizes)."""
    stage_word = r"新?(?:" + _STAGE_ALTERNATIVES + ")"
    for run in reversed(list(_rx.finditer(r"[^，,。；;：:、]+(?:、[^，,。；;：:、]+)+", text[lo:hi]))):
        items = run.group().split("、")
        for i in range(len(items) - n, -1, -1):
            window = items[i : i + n]
            first = _rx.search(stage_word + "$", window[0])
            if first and all(_rx.match(stage_word, w) for w in window[1:]):
                return [("stage", _STAGE.search(w if k else first.group()).lastgroup) for k, w in enumerate(window)]
            # (the first place ends its item, the last opens its own: 为安庆、合肥、滁州市; 溧阳市、金坛区充分发挥…)
            head = next((window[0][k:] for k in range(len(window[0]) - 1) if _place_lead(window[0][k:] + "甲乙") == len(window[0]) - k), None)
            last = _place_lead(window[-1] + "甲乙")
            if head and last and all(_place_lead(w + "甲乙") == len(w) for w in window[1:-1]):
                return [("place", w) for w in [head, *window[1:-1], window[-1][:last]]]
    return []


def _respective_counts(text: str, start: int, end: int, groups: list[_Group], out: list[Match], parent: Match | None,
                       identity: Identity, report: bool, plan: bool, lead: dict | None) -> None:
    """Places or stages listed, then 分别 and a count for each (or one for all): a batch each, of
    its stage or at its place (ruling 6); kinds or sizes so counted are classes, left as read."""
    for told in _RESPECTIVE_COUNTS.finditer(text, start, end):
        counts = [int(n) if n.isdigit() else int(cn_to_number(n) or 0) for n in _rx.findall(r"(\d+|[一二三四五六七八九十两]+)(?:余|多)?(?:个|项)", told.group("counts"))]
        clause = max(text.rfind(mark, start, told.start()) for mark in "，,；;。") + 1
        if len(counts) > 1:
            # (the places may be told a clause or two before the one of the counts: 为安庆、合肥、滁州市，开工数分别为…;
            # 溧阳市、金坛区充分发挥…，吸引了…，今年分别已有…)
            heads = _respective_heads(text, max(start, told.start() - 60), told.start(), len(counts))
        else:
            # (one count for each: 青岛、菏泽、聊城分别开工63个项目; the whole run of places, right before 分别)
            heads = _respective_heads(text, clause, told.start(), text.count("、", clause, told.start()) + 1)
            heads = heads if len(heads) >= 2 and all(kind == "place" for kind, _ in heads) else []
            counts = counts * len(heads)
        if not heads:
            continue
        template = next((m for m in out if m.fields.get("batch") and m.evidence_start == start and m.fields.get("count") in counts
                         and clause <= m.start <= told.end() + 16), None)
        group = next((g for g in groups if g.start <= told.start() < g.end), None)
        if template is not None:
            # (合计总投资近300亿元: a total told once is theirs together, no one count's)
            base = {**template.fields, "members": [], **dict.fromkeys(("amount_phase", "amount", "amount_unit", "base_amount", "amount_kind", "modifier"))}
            out.remove(template)
        elif parent is not None and heads[0][0] == "place":
            base = _share_fields(parent, 0, None)
        elif group is not None:
            base = _common(text, start, end, group, None, identity, report, plan, None, lead)
            base.update(batch=True, name=None, members=[])
        else:
            continue
        own = _STAGE.match(told.group("stage") or "")
        spans = [(told.start("counts") + c.start(), told.start("counts") + c.end()) for c in _rx.finditer(r"[^、]+", told.group("counts"))]
        spans = spans if len(spans) == len(counts) else [spans[0]] * len(counts)
        for (kind, head), count, (a, b) in zip(heads, counts, spans):
            fields = {**base, "count": count}
            if kind == "stage":
                fields.update(stage=head)
            else:
                fields.update(location=head, **({"stage": own.lastgroup} if own else {}))
            out.append(Match(a, b, start, end, fields))


# a sentence that tells the kinds a batch holds, one after another: 既有…的外迁项目，也有…的生态项目;
# 有新兴产业链项目，有补链强链骨干项目，也有…
_VARIETY = re.compile(r"既(?:有|包括|涵盖|包含)[^。；;]*?[，,](?:[^。；;，,]*?[，,])*?(?:也|又|还)(?:有|包括|涵盖|包含)|(?:^|[，,：:])有[^，,。；;]{2,30}[，,](?:也|又|还)?有")
# one kind in such a sentence: what opens it (也有, 既有承接京津产业转型的), then words for projects, one or
# a few, short and with no 等 (既有产业项目，也有基础设施项目、生态民生项目，…)
_KIND_PART = re.compile(r"(?:既|也|又|还)?(?:有|包括|涵盖|包含)(?:[^，,；;。]{0,30}?的)?(?P<kinds>[^，,；;。、\d等]{1,6}(?:项目|工程)(?:、[^，,；;。、\d等]{1,6}(?:项目|工程))*)(?=[，,；;。]|$)")


# what a clause may tell of a works that is no stage of it: a part's milestone (首座隧道贯通, 特大桥合龙, 桥梁及
# 通道全部完成) or a step on paper (预可研已报待审, 可研通过评审)
_MILESTONE = re.compile(r"贯通|合龙|合拢|(?<!投资)完成(?!投资)|待审|评审|可研")


def _staged_in_anothers_clause(text: str, names: list[tuple[int, str]], told: int, end: int, name: str) -> bool:
    """Whether a name told with no amount has no stage of its own: its clause tells a milestone of a
    part or a step on paper, and the sentence's stage words stand in a later clause that opens on
    another works' name, which they are told of (甲高铁首座隧道顺利贯通，…，乙变电站主体工程开工建设:
    乙's start, not 甲's; but 甲项目进度已经过半，乙项目进入土建施工 tells 甲 under way, and 甲项目，乙工程等
    50个项目开竣工 is a list, one stage for all)."""
    after = told + len(name)
    opening = next((at for at, other in sorted(names) if at > after and other != name and text[at - 1 : at] in "，,；;"), None)
    clause_end = min([at for at in (text.find(mark, after) for mark in "，,；;。") if at >= 0] + [end])
    if opening is None or not _MILESTONE.search(text, after, clause_end):
        return False
    head = max(text.rfind(mark, 0, told) for mark in "。！？\n") + 1
    own = text[head:told] + "，" + text[after:opening]
    return not _STAGE.search(own) and not ("现场" in own and _SITE.search(own)) and _STAGE.search(text, opening, end) is not None


def _told_as_kind(text: str, start: int, end: int, name: str) -> bool:
    """Whether a name in a sentence of kinds (既有…也有…) is a kind of project the batch holds, no one
    project: 既有承接京津产业转型的外迁项目，也有…的生态项目 (but 也有城市建设方面的甲大道二期工程、乙商住项目
    等, and 既包括甲工业城三期、乙产业园等产业项目, name the batch's members)."""
    at = text.find(name, start, end)
    if at < 0:
        return False
    clause = max(start, max(text.rfind(mark, start, at) for mark in "，,；;：:") + 1)
    part = _KIND_PART.match(text, clause, end)
    return part is not None and part.start("kinds") <= at < part.end("kinds")


def _staged_names(text: str, start: int, end: int, group: _Group, items: list[_Item], identity: Identity, parent: Match) -> list[Match]:
    """The projects a class's clause names, each told with a stage of its own (161个工业类项目完成投资
    448亿元，甲项目投产试运营，乙项目厂房完工): members of the batch the class is of."""
    out = []
    listed = {item.name for item in items}
    for at, name in group.names:
        clause_end = _CLAUSE_END.search(text, at + len(name), group.end)
        own = _STAGE.search(text, at + len(name), clause_end.start() if clause_end else group.end)
        if name in listed or own is None or _generic(name) or _no_name(name) or not _rx.fullmatch(r"[\s，,；;]*", text[max(text.rfind(m, group.start, at) for m in "，,；;") + 1 : at]):
            continue  # (only a name that opens its clause, told with its own stage)
        stage = {"stage": own.lastgroup, "date": None, "year": parent.fields.get("period")}
        out.append(_staged_member(text, at, start, end, name, None, identity, stage, parent))
    return out


# 沈阳市项目294个，大连242个，鞍山72个: each place's count of a batch told before, one to a clause
# (and one told with the batch's stage before its count: 武穴市签约3个、团风县签约2个; 高新区签约19个)
_SHARE = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,10}?)(?:项目|共|有|(?:新)?(?:签约|开工|竣工|投产)(?:项目)?)?(?P<n>\d+)(?:个|项)(?:重点|重大)?(?:项目)?")


# the words that open a clause of a total: 总投资约, 计划投资, 投资总额达
_TOTAL_LEAD = r"(?:计划)?(?:总)?投资(?:额|总额)?(?:约|近|超|逾|达|为){0,2}"
# the money a place's share is told with, in a clause of its own after its count
# (or its contract's: 高新区签约19个、合同额193亿元; 协议投资额47.64亿元)
_SHARE_PRICE = re.compile(r"(?:年度)?(?:" + _TOTAL_LEAD + r"|(?:合同|协议投资|签约)(?:额|金额|总额)(?:约|近|超|逾|达|为){0,2})[\d.]+(?:万亿|亿|万)?元")


def _place_shares(text: str, start: int, end: int, parent: Match, found: list[Match], identity: Identity) -> list[Match]:
    """A place's share of a batch told before is a batch of its own (ruling 6), here where the
    shares are told with counts alone, three or more one to a clause, or places listed with the
    count each has (甲区、乙市和丙县，各4个)."""
    each = _each_place_shares(text, start, end, parent, found, identity) if "各" in text[start:end] else []
    if len(_rx.findall(r"\d[个项]", text[start:end])) < 3:
        return each  # (every share holds a figure and 个 or 项: most sentences hold fewer than three)
    shares, runs = [], []
    for clause in _rx.finditer(r"[^，,、；;。：:]+", text[start:end]):
        share = _SHARE.fullmatch(_rx.sub(r"^(?:其中|分别是|分别为)", "", clause.group().strip()))  # (其中高新区23个项目)
        place = share.group("place") if share else None
        if place and (_place_lead(place + "甲乙") == len(place) or _rx.fullmatch(r"[\u4e00-\u9fff]{1,8}(?:市|县|区|州|旗|示范区|新区)", place)) \
                and (_named_place(place, text, identity.region) or place.endswith(("市", "县", "区", "州", "旗"))):
            shares.append((start + clause.start() + clause.group().index(share.group()), share, place))
        elif shares and _SHARE_PRICE.fullmatch(clause.group().strip()):
            continue  # 甲县13个项目，年度计划投资87.7亿元；乙县15个项目…: each share's money, told after it
        elif shares and not _enough_shares(text, start, shares):
            shares = []
        elif shares:
            # 苏南地区…共719个，其中南京市107个、…；苏中地区…共374个，其中南通市147个、…: the next
            # region's places are shares too, of the region the next clause tells
            runs.append(shares)
            shares = []
    if shares and _enough_shares(text, start, shares):
        runs.append(shares)
    if not runs:
        return each
    shares = [share for run in runs for share in run]
    if _rx.search(r"\d[\d.]*(?:亿|万)元(?:及)?以上", text[start : shares[0][0]]):
        return []  # 固投5亿元及以上新签约项目88个，分别为：甲县14个…: places' shares of a size class, no batches (ruling 6)
    out = []
    for at, share, place in shares:
        count = int(share.group("n"))
        same = [m for m in found if m.fields.get("batch") and m.fields.get("count") == count and m.evidence_start == start]
        if same:
            if share.group().startswith(place) and _rx.search(r"(?:签约|开工|竣工|投产)(?:项目)?\d", share.group()) and len(same) == 1 \
                    and same[0].fields.get("location") != place and not same[0].fields.get("amount"):
                same[0].fields["location"] = place  # (麻城市签约5个 read as a count of the sentence: the share's place is its place)
            continue  # already read as a batch of this sentence
        out.append(Match(at, at + len(share.group()), start, end, _share_fields(parent, count, place)))
    return out


def _enough_shares(text: str, start: int, shares: list) -> bool:
    """Three places' counts or more; or two, opened by 其中 (其中，高新区签约19个、…，服务业发展区签约8个、…:
    ruling 6's 其中，滁州市100个、芜湖市61个), a split of the batch told before by place."""
    return len(shares) >= 3 or len(shares) == 2 and _rx.search(r"其中[，,：:]?\s*$", text[start : shares[0][0]]) is not None


# a place's share of a batch told with its members after a colon: 其中经开区本部6个：甲、乙…；临空经济区3个：丙、丁、戊
_LISTED_SHARE = re.compile(r"(?:(?<=[，,；;：:。])|^)(?:其中[，,]?)?(?P<place>[\u4e00-\u9fff]{2,12}?)(?:项目)?(?P<n>\d+)(?:个|项)(?:项目)?[：:](?P<items>[^；;。：:]+)")
_SHARE_PLACE_END = re.compile(r"(?:市|县|区|州|旗|园|镇|乡|本部)$")


def _listed_shares(text: str, start: int, end: int, parent: Match, found: list[Match], identity: Identity) -> list[Match]:
    """Places' shares of a batch, each told with its members after a colon, as many as its count
    says: each share a batch of its own (ruling 6), each member a project of it at the batch's stage."""
    out: list[Match] = []
    named = {m.fields.get("name") for m in found}
    stage = {"stage": parent.fields.get("stage"), "date": parent.fields.get("stage_date"), "year": parent.fields.get("period")}
    for share in _LISTED_SHARE.finditer(text[start:end]):
        place, count = share.group("place"), int(share.group("n"))
        items = share.group("items").rstrip("，, ").split("、")
        if count < 2 or len(items) != count or not all(2 <= len(item) <= 40 for item in items) \
                or not (_SHARE_PLACE_END.search(place) or _place_lead(place + "甲乙") == len(place)):
            continue  # (only a count its list answers item for item tells the place's own projects)
        batch = Match(start + share.start("place"), start + share.end("n") + 1, start, end, _share_fields(parent, count, place))
        out.append(batch)
        at = start + share.start("items")
        for item in items:
            at = text.find(item, at)
            if item not in named:
                member = _staged_member(text, at, start, end, item, None, identity, stage, batch)
                member.fields["location"] = place
                out.append(member)
            at += len(item)
    return out


def _share_fields(parent: Match, count: int, place: str) -> dict:
    """A place's share of a batch: the batch's stage and date, its own count and place, no total."""
    return {**parent.fields, **dict.fromkeys(("amount_phase", "amount", "amount_unit", "base_amount", "amount_kind", "modifier")),
            "count": count, "location": place, "members": [], "investors": [], "investor": None, "industries": []}


# places listed, then the count each has: 其次为甲区、乙市和丙县，各4个
_EACH_SHARE = re.compile(r"(?P<places>[\u4e00-\u9fff]{2,10}?(?:[、和及与][\u4e00-\u9fff]{2,10}?)+)[，,]?各(?P<n>\d+|[一二三四五六七八九十]+)(?:个|项)")
_SHARE_OPENING = re.compile(r"^(?:其次(?:为|是)|其余(?:为|是)?|分别(?:为|是)|依次(?:为|是)|还有|另有)")


def _each_place_shares(text: str, start: int, end: int, parent: Match, found: list[Match], identity: Identity) -> list[Match]:
    """甲区、乙市和丙县，各4个: each place listed has the count told after them, a share of the
    batch told before (ruling 6). Every name must be a place or a park."""
    out = []
    for told in _EACH_SHARE.finditer(text, start, end):
        clause_start = max(text.rfind(mark, start, told.start("places") + 1) for mark in "，,；;：:。") + 1
        names = text[max(clause_start, told.start("places")) : told.end("places")]
        names = _SHARE_OPENING.sub("", names)
        places = _rx.split(r"[、和及与]", names)
        at = told.end("places") - len(names)
        if len(places) < 2 or not all(
                (place.endswith(("市", "县", "区", "州", "旗")) and _named_place(place, text, identity.region)) or _PARK.fullmatch(place) for place in places):
            continue
        raw = told.group("n")
        count = int(raw) if raw.isdigit() else int(cn_to_number(raw) or 0)
        for place in places:
            out.append(Match(at, at + len(place), start, end, _share_fields(parent, count, place)))
            at += len(place) + 1
    return out


# a sentence about the project named before: 项目…, 该项目…, 作为今年省重点建设项目，…
_ABOUT = re.compile(r"^[\s　]*(?:(?:我们)?(?:这次|此次|本次|该|此|本)?(?:的)?项目(?![部组办群库])|作为[^，。；]{0,20}?(?:项目|工程)[，,])")


# a year's share of the plan invested, told as met (均已完成年度投资目标, 完成全年任务)
_YEAR_PLAN_MET = re.compile(r"完成(?:了)?(?:年度|全年)(?:投资)?(?:目标|任务|计划)")
_ONLY_PUSHED = re.compile(r"等?(?:(?!开工|动工|竣工|投产|建成|签约)[^，。；,;]){0,16}?(?:项目|工程)?[，,]?(?:也|均|都|还)?(?:将|正在)?"
                          r"(?:(?:加快|顺利|稳步|有序|扎实|全力|全速|持续|积极|快速|高效|强力|大力|全面)推进|推进有力|稳步前行|加快建设|加快实施|有序实施|稳步实施|全面实施|前期工作|(?:施工|建设)进度|"
                          r"(?:仍|还|正)?(?:在|处于)?(?:积极|加紧|持续)?(?:推动|推进|洽谈|对接|磋商|谈判)中)")  # (甲、乙等5个项目仍在积极推动中: nothing done yet)
# what a list or a project after it is told with when only told as going well (甲、乙等项目进展良好, 推进顺利,
# 加速建设): how the works go, no stage reached
_GOING_WELL = re.compile(r"等?(?:(?!开工|动工|竣工|投产|建成|签约)[^，。；,;]){0,16}?(?:项目|工程)?[，,]?(?:也|均|都|还)?(?:整体|总体|建设)?"
                         r"(?:进展(?:顺利|良好|加快|较快|迅速)|推进(?:顺利|较快)|加速(?:推进|建设))")


# the talks a list is told of: before it (该县洽谈达成了甲、乙; 考察对接项目40余个，包括甲、乙), or after
# it, as the kind of its projects (甲、乙等10余个意向项目, 等在谈项目)
_TALKED_BEFORE = re.compile(r"(?:洽谈|对接|考察|接洽|磋商|商谈|在谈)(?:达成|成功)?了?$|(?:洽谈|对接|考察|接洽|磋商|商谈|在谈)[^，,。；;]{0,12}?(?:项目|工程)"
                            + _COUNT_WORD + r"[，,](?:其中)?(?:包括|主要有|有)?$")
_TALKED_AFTER = re.compile(r"等?(?:" + _COUNT_WORD + r")?(?:意向|在谈|洽谈)(?:类)?(?:项目|工程)")


def _talked_of(text: str, e: "_Enumeration", group: "_Group", start: int) -> bool:
    """Whether a list names projects only talked of, with no sum of their own or after them and no
    stage told in the list's clause (3个在谈类项目，甲、乙等2个项目已成功签约: signed)."""
    if any(item.amount or item.stage for item in e.items) or any(a.kind in INVESTMENT_KINDS and a.q.start >= e.start for a in group.amounts):
        return False
    # (the talk may open the list's own clause, read as the list's start: 对接|甲项目、乙、丙等强链项目113个)
    first, at = min(e.start, e.items[0].at), e.items[0].at
    if not (_TALKED_BEFORE.search(text, max(start, first - 40), first) or _TALKED_BEFORE.search(text, max(start, at - 40), at) or _TALKED_AFTER.match(text, e.end, group.end)):
        return False
    clause_end = re.compile(r"[^，,。；;]*").match(text, e.end, group.end).end()
    return not _STAGE.search(text, max(start, max(text.rfind(mark, start, at) for mark in "，,。；;") + 1), at) and not _STAGE.search(text, e.end, clause_end)


# the words that tell a project only pushed along or going well, wherever they stand in its clause (加快推进甲工程和乙工程;
# 甲项目加快建设; 甲、乙、丙工程进展加快): how the works go, no stage reached (加快建设 is read as a start elsewhere)
_PUSHED_WORDS = re.compile(r"(?:加快|顺利|稳步|有序|扎实|全力|全速|持续|积极|快速|高效|强力|大力|全面|加速|重点)?推进|推进(?:有力|顺利|较快)|进展(?:顺利|良好|加快|较快|迅速)"
                           r"|加快建设|加速建设|加快实施|有序实施|稳步实施|全面实施")


def _clause_only_pushed(text: str, group: "_Group", told: int, name: str) -> bool:
    """Whether the clause that holds a project's name tells it only pushed along or going well (甲、乙、丙工程进展加快，
    丁、戊等开工建设; 甲项目加快建设，乙项目完成重组并恢复生产; 加快推进甲工程和乙工程，建成后…): no stage of its own, in
    news or a report, whatever another clause of the sentence tells (the gold labels none such)."""
    lo = max([text.rfind(mark, group.start, told) for mark in "，,。；;：:"] + [group.start - 1]) + 1
    hi = re.compile(r"[^，,。；;：:]*").match(text, told + len(name), group.end).end()
    rest = text[lo:told] + "|" + text[told + len(name) : hi]
    if _PUSHED_WORDS.search(rest) is None or _STAGE.search(_PUSHED_WORDS.sub("|", rest)):
        return False
    # (a stage told after it in a clause with no subject of its own is still its: 甲项目加快建设，主体工程已封顶;
    # not one only to come, 建成后将…, nor another works' of a clause its name opens, 乙项目恢复生产)
    for clause in _rx.finditer(r"[^，,。；;：:]+", text[hi : group.end]):
        at = hi + clause.start()
        told_there = _PUSHED_WORDS.sub(lambda w: "|" * len(w.group()), clause.group())  # (加快建设乙、丙等项目: pushed too, no stage)
        reached = [m for m in _STAGE.finditer(told_there) if not _EXPECT_AFTER.match(told_there[m.end() :]) and not _EXPECT_BEFORE.search(told_there[: m.start()][-16:])]
        if reached and not _OWN_SUBJECT.match(text, at):
            return False
    return True


# a start, a completion or production aimed at: 力争开工建设, 确保年内建成
# the pushing that opens a list (加快推进甲、乙等项目建设, 重点推进甲、乙等一批产业项目, 全力推动甲、乙等重大基础设施建设)
_PUSH_OPENS = re.compile(r"(?:加快|重点|全力|积极|大力|着力|持续|扎实|全面|强力|统筹)?(?:推进|推动)(?:实施)?$")


def _pushed_open(text: str, e: "_Enumeration", group: "_Group") -> re.Match[str] | None:
    """A list the words for pushing projects along open, its clause telling no stage after it: the
    projects are only pushed along, nothing has happened to them (the gold labels none such on four
    pages). The match is the rest of the list's clause."""
    if not _PUSH_OPENS.search(text, max(group.start, e.start - 8), e.items[0].at):
        return None
    clause = re.compile(r"[^，,。；;]*").match(text, e.end, group.end)
    return clause if not _STAGE.search(clause.group()) else None


_AIMED_START = re.compile(r"(?:力争|争取|确保)(?:年内|尽快|早日)?(?:开工|建成|投产)")


# an amount that sizes one project of a kind, and what happened to it: 10亿元电子信息项目落户…
_PRICED_KIND = re.compile(r"(?:的)?[\u4e00-\u9fff]{2,8}?项目(?:成功|正式|顺利)?(?:签约)?(?:落户|落地|签约|开工|投产|竣工)")


# 成功引进一个投资10亿元的工业项目: one project brought in or started, told by its size and kind
_BROUGHT_BEFORE = re.compile(r"(?:引进|引入|招引|签约|签下|新签|开工|新开工|新上|上马)(?:了)?(?:一个|一家|一|1个)?(?:总|计划总|计划)?投资(?:额)?(?:约|近|超|逾|达)?$")
_BROUGHT_AFTER = re.compile(r"(?:的)?[\u4e00-\u9fff]{0,8}?项目(?![\u4e00-\u9fff]{0,4}?(?:\d|[一二三四五六七八九十两百]+[个项]))")


def _priced_park(text: str, group: "_Group", name: str, investment: "_Amount | None") -> bool:
    """Whether a park the group names is priced by a sum of its own, told right before or after it
    (投资6000万元的甲工业园, 甲产业园总投资39亿元): the park is then the project (ruling 1), not
    where the projects the group counts or lists are."""
    if investment is None or investment.kind not in INVESTMENT_KINDS or (at := text.find(name, group.start, group.end)) < 0:
        return False
    if investment.q.end <= at and _rx.fullmatch(r"(?:元|美元)?(?:人民币)?的", text[investment.q.end : at]):
        return True  # 投资6000万元的甲工业园
    return at + len(name) <= investment.q.start and _rx.fullmatch(r"(?:计划|预计)?(?:总)?投资(?:额)?(?:约|近|超|逾|达到|达|为)?", text[at + len(name) : investment.q.start]) is not None


def _brought_one(text: str, group: "_Group", investment: "_Amount") -> bool:
    """成功引进一个投资10亿元的工业项目, 新开工一投资5亿元的项目: a project told by its size and
    kind after the verb that brought it in or started it. A count after it (引进投资10亿元的项目3个)
    or before it makes them several."""
    return _BROUGHT_BEFORE.search(text, max(group.start, investment.q.start - 14), investment.q.start) is not None \
        and _BROUGHT_AFTER.match(text, investment.q.end) is not None


# 伊利集团追加投资30亿元, 某某有限公司计划总投资1亿元: a company, then its own investment
# a registered company's name, from its first character to its legal form (甲科技股份有限公司)
_LEGAL_NAME = r"[\u4e00-\u9fffA-Za-z0-9（）()]{2,30}?(?:股份有限公司|有限责任公司|有限公司)"
# a registered firm or a group, by its whole name (甲科技有限公司, 乙集团, 丙集团公司)
_FIRM_NAME = r"[\u4e00-\u9fffA-Za-z0-9（）()]{2,30}?(?:股份有限公司|有限责任公司|有限公司|集团(?:公司)?)"
# (甲有限公司乙分公司计划投资20亿元: a branch a registered firm names invests as a firm; 子公司, 分公司 alone name none)
_COMPANY_SUBJECT = re.compile(
    r"(?P<org>" + _FIRM_NAME + r"(?:[\u4e00-\u9fff]{2,16}?分公司)?|[\u4e00-\u9fffA-Za-z0-9（）()]{2,30}?(?<![子分])公司)"
    r"(?:将|还|又|再|已|先后)?(?:计划|拟|追加|增加|累计|共)?(?:总)?投资(?:额|总额)?(?:约|近|超|逾|达|为|了){0,2}$")


def _heading_name(text: str, start: int) -> str | None:
    """The project a paragraph is about, when the line just before it is the project's name
    alone (a news item's subheading: 半导体器件模组产业化项目), the paragraph begun there or
    told of it from its first sentence on (项目位于甲科学城。总投资8亿元…)."""
    if start > 0 and text[start - 1] != "\n":
        opening = text.rfind("\n", 0, start) + 1
        if not _ABOUT.match(text[opening:start]):
            return None
        start = opening
    line = text[text.rfind("\n", 0, max(0, start - 1)) + 1 : max(0, start - 1)].strip()
    if _COUNTED_LINE.search(line):
        return None  # 商南集中开工15个重点项目⏎总投资近20亿元: a headline's count of projects, no one's name
    return line if 4 <= len(line) <= 40 and _NAME.fullmatch(line) and not _generic(line) else None


# a line that ends in a count of projects (集中开工15个重点项目): a batch's headline, no project's name
_COUNTED_LINE = re.compile(r"(?<![\d.])(?:\d+|[一二三四五六七八九十两百]+)(?:个|项)[\u4e00-\u9fff]{0,4}(?:项目|工程)$")


# a sentence about a firm, opened by its registered name: 甲有限公司是…, 乙有限公司于2019年落户…
_FIRM_OPENS = re.compile(r"(?P<org>" + _LEGAL_NAME + r")(?:是|于|位于|成立于|系|作为)(?![^，,；;。]{0,30}(?:投资|签约|签订))")
# 入驻企业是甲玻璃公司, 项目业主为乙有限公司: the firm a plant or a project is told to be
_FIRM_IS = re.compile(r"(?:入驻|落户|引进)?(?:企业|业主|投资方|投资主体)(?:是|为)(?P<org>[\u4e00-\u9fffA-Za-z0-9（）()]{2,30}?(?:股份有限公司|有限责任公司|有限公司|集团(?:公司)?|(?<![子分])公司))[，,]")
# a clause that ends with a company's registered name: 此次开工的甲能源科技有限公司
_COMPANY_CLAUSE = re.compile(r"(?:^|的)(?P<org>" + _LEGAL_NAME + r")$")
# 甲县人民政府与乙有限公司进行签约，项目总投资48亿元: the firm a signing names, the project's
_COMPANY_SIGNED = re.compile(r"(?:与|和|同)(?P<org>" + _FIRM_NAME + r")(?:进行|正式|成功)?(?:签约|签订|签署)")


# ，在某县开工建设|甲、乙项目: the clause after a firm's sum tells what it builds with it
_FIRM_BUILDS_LIST = re.compile(r"(?:元|美元)?(?:人民币)?(?:以上|左右)?[，,；;]\s*(?:并|将|拟|计划|主要|重点|先后|分别)?(?:在[^，,；;]{2,12}?)?(?:开工|动工|新建|建设|投资建设|兴建|实施|打造|建成|包括|用于|引进|签约|布局|上马)")


# 甲制药有限公司项目负责人介绍，|项目总投资6.8亿元; 乙新能源有限公司总经理丙告诉记者，|这一项目是…，|总投资105亿元:
# the firm whose officer tells of the project, and so the firm whose project it is
_FIRM_SPEAKS = re.compile(r"(?P<org>" + _FIRM_NAME + r")(?:的)?(?:项目)?(?:中方|外方)?"
                          r"(?:负责人|总经理|副总经理|董事长|总裁|副总裁|经理|厂长)[\u4e00-\u9fff]{0,4}?(?:介绍|表示|说|告诉记者|透露)(?:说)?")
# the clause between the officer's words and the sum, about the project as a whole (not 该项目一期…, a phase's)
_SPOKEN_OF = re.compile(r"(?:该|这一|这个|此)(?:项目|工程)(?![^，,；;。]*?(?:[一二三四五六七八九十]期|首期))[^，,；;。]*")


def _firm_speaking(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The firm whose officer speaks in the clause that ends at ``hi`` (or in the clause before it,
    when that one is about the project: 这一项目是中荷合作重点工程)."""
    for _ in range(2):
        clause = max(text.rfind(mark, lo, hi) for mark in "，,；;：:。") + 1
        words = text[max(lo, clause) : hi].lstrip("“”\"「」 　")
        spoken = _FIRM_SPEAKS.fullmatch(words)
        if spoken is not None or not _SPOKEN_OF.fullmatch(words) or clause - 1 <= lo:
            return spoken
        hi = clause - 1
    return None


def _company_subject(text: str, group: _Group, amount: _Amount) -> str | None:
    """The company whose own investment the amount is, when the clause opens with it."""
    if amount.kind not in ("total_investment", "contract_capital"):
        return None
    clause = max(text.rfind(mark, group.start, amount.q.start) for mark in "，,；;：:") + 1
    lead = _DISCOURSE.sub("", text[max(group.start, clause) : amount.q.start].lstrip("，,；; 　"))
    # 行业中唯一一家中央企业—甲集团公司将投资10亿元: the firm a dash names after what it is
    lead = _rx.split(r"[—－―]+", lead)[-1]
    found = _COMPANY_SUBJECT.fullmatch(lead)
    if found is None and _rx.fullmatch(r"(?:该)?项目" + _TOTAL_LEAD, lead) and clause - 1 > group.start:
        # 此次开工的甲能源科技有限公司，项目总投资30亿元: the firm the clause before names
        before = text[max(group.start, max(text.rfind(mark, group.start, clause - 1) for mark in "，,；;：:") + 1) : clause - 1]
        found = _COMPANY_CLAUSE.search(before) or _COMPANY_SIGNED.search(before)
    if found is None and _rx.fullmatch(r"(?:(?:该|这一|这个|此)?(?:项目|工程))?" + _TOTAL_LEAD, lead) and clause - 1 > group.start:
        found = _firm_speaking(text, group.start, clause - 1)
    if found is None and _rx.fullmatch(_TOTAL_LEAD, lead):
        # 1号厂房入驻企业是甲玻璃公司，主要生产钢化玻璃，总投资2000万元: the firm the segment says it is
        segment = max(group.start, max(text.rfind(mark, group.start, clause) for mark in "；;。") + 1)
        found = _FIRM_IS.search(text, segment, clause)
        if found is None:
            # 甲织造有限公司是乙集团旗下全资子公司，于今年5月部分投产，…，总投资5亿元: the firm the
            # sentence is about
            found = _FIRM_OPENS.match(_DISCOURSE.sub("", text[segment:clause].lstrip()))
    if found is None:
        return None
    org = found.group("org")
    org = org[_org_start(org) :]
    return None if _ORG_BAD.search(org) or len(org) < 4 else org


# where one party's sum goes, told right after it: 在乙区实施, 在乙区投资建厂, ，在乙新区建设
_SPENT_THERE = re.compile(r"[，,]?在[^，,。；;、]{2,12}?(?:实施|投资建设|建设|布局|打造|兴建|新建|投资建厂|建厂)")
# the party that opens the clause of its sum: 甲电投|投资, 甲食品厂|计划总投资约 (or none: 也投资近)
_PARTY_INVESTS = re.compile(r"(?P<party>[\u4e00-\u9fffA-Za-z（）()]{2,16}?)?(?:将|也|还|又|则|已)?(?:计划|拟|预计|追加)?(?:总)?投资(?:额)?(?:约|近|超|逾|达|为){0,2}")
# a party that is a place's whole, a government, a time or a sum's words: no one party (全县, 县财政, 今年, 累计)
_NO_PARTY = re.compile(r"^(?:全|我|各|本|该|这)|财政|政府|累计|共计|合计|共同|今年|去年|当年|年内|项目|工程|企业|单位|群众|村民|农户")
# what a clause before the sum names as the party that invests it: 一家来自德国…的汽车系统供应商，|也投资
_PARTY_BEFORE = re.compile(r"(?:企业|供应商|厂商|制造商|公司|集团|厂)$")


def _builds_there(text: str, group: _Group, investment: _Amount) -> str | None:
    """The party whose own sum the amount is, spent in a place on what it builds there (甲电投投资104亿元
    在乙区实施…): its name, "" where the clause before names it by its kind alone (一家…供应商，也投资近10亿元，
    在乙区建设…); None where the sum is no one party's so spent."""
    if investment.kind != "total_investment" or not _SPENT_THERE.match(text, investment.q.end):
        return None
    clause = max(group.start, *(text.rfind(mark, group.start, investment.q.start) + 1 for mark in "，,；;：:"))
    told = _PARTY_INVESTS.fullmatch(_DISCOURSE.sub("", text[clause : investment.q.start].lstrip()))
    if told is None:
        return None
    party = told.group("party")
    if party is None:
        opening = max(group.start, *(text.rfind(mark, group.start, clause - 1) + 1 for mark in "，,；;：:")) if clause > group.start else clause
        return "" if clause > group.start and _PARTY_BEFORE.search(text, opening, clause - 1) else None
    if _only_a_place(party) or _PARK.fullmatch(party) or _NO_PARTY.search(party) or _rx.search(r"[\d、]", party):
        return None
    return party


# a title that tells a joint event of projects still to come (北京计划集中开工21个重点项目, 海西：200个项目将集体开工,
# 甲县拟集中签约一批项目): a plan or a hope before the event's word for doing together (集中, 集体, 统一, 同时);
# not a plan for a period with no event (计划一季度开工重大项目2051个, 三季度计划新开工产业项目167个)
_EVENT_AHEAD_TITLE = re.compile(r"^[^。！？!?\n]{0,40}?(?:计划|拟|(?<!即)将|即将|准备|预计)(?:于[^，,。\n]{1,10}?)?(?:集中|集体|统一|同时)(?:开工|开建|动工|签约|竣工|投产|开竣工|开复工)")
# what a sentence of such an item tells was done already: the events before it (第一批…集中开复工活动成功举行), a tally
_EVENT_DONE = re.compile(r"已|(?<![计预][划计])(?<![计预][划计](?:年内|年度|全年))完成投资|累计|目前|截至|截止|去年|成功|顺利")  # (not 计划年内完成投资90亿元: a plan)
# a title that announces a plan's list of projects
_PLAN_TITLE = re.compile(r"(?:发布|印发|下达|公布|出台|确定)[^，。\n]{0,16}?(?:(?:项目|建设)(?:投资)?计划(?!执行|完成)|项目(?:清单|名单)|(?:重点|重大)[^，。\n]{0,4}项目\d+个)|"
                         # 忠县15个项目列入2019年重庆市级重点项目清单, 清远48个项目被列入省重点项目: a place's share of a plan's list
                         # (not 列入省重点项目的甲项目开工: one project's start, told with its rank)
                         r"\d+个(?:[\u4e00-\u9fff]{0,6}?(?:项目|工程))?被?(?:列入|纳入)[^，。\n]{0,12}?(?:重点|重大)[^，。\n]{0,6}?(?:项目|工程)")
# 此次集中开工的项目总投资, 这批项目计划总投资: the projects of the batch just told, and their total
# (此次集中开工的重大产业项目总投资1825亿元: the batch's projects told by their kind)
_THIS_BATCH = re.compile(r"(?:(?:此次|本次|这次|这批|该批|此批|上述|以上|这些|新一批|这一批)(?:[\u4e00-\u9fff]{0,6}?的)?(?:\d+个)?(?:重点|重大)?(?:产业|工业|外资|制造业|基础设施|民生|服务业|农业)?|^)(?:项目|工程)的?(?:共|合计|累计)?(?:计划)?(?:总投资|投资总额)(?:额)?(?:合计|共计)?(?:超过|[约近超逾达为]){0,2}$"  # (…42个项目成功签约。项目总投资504亿元)
                         # (甲、乙等11个外资项目。新一批项目的计划总投资合计超过150亿美元; 181个重大产业项目集中开工。此次集中开工的重大产业项目总投资1825亿元)
                         # (…等5个重点项目，分别为甲、乙。总投资超过10.3亿元，涵盖…: a total that opens the sentence bare, of the batch just told)
                         r"|^(?:计划|预计)?(?:总投资|投资总额)(?:额)?(?:超过|[约近超逾达为]){0,2}$")
# 项目涵盖生态环保、社会事业等领域，总投资达7.02亿元; 这些项目主要涉及主攻工业、新型城镇化等领域，总投资82.46亿元: the fields the projects told before cover, then their total
_COVERS = re.compile(r"(?:这些|上述|以上|此次|本次|这批)?(?:[\u4e00-\u9fff]{0,8}?的)?项目(?:主要)?(?:涵盖|涉及|覆盖|分布在|分布于|集中在)[^。；]{2,60}?[，,](?:计划)?(?:总投资|投资总额|投资额)(?:额)?[约近超逾达为]{0,2}$")
# 据了解，该项目…: words that tell where the news came from, before what it says
# (记者11日从市发改委了解到: the reporter's day before where he learned it)
_DISCOURSE = re.compile(r"^(?:据(?:[^，,。；]{1,12}?)?(?:了解|介绍|悉|统计|测算|报道)|(?:另|又)据(?:了解|介绍|悉)|记者(?:\d{1,2}日|昨天|昨日|今天|今日|近日|日前)?(?:从[^，,。]{1,20})?(?:了解|获悉)到?|目前|同时"
                        r"|[^，,。；;“”：:]{2,30}?(?:说|表示|介绍|告诉记者)[：:][“\"「]?)[，,]?")  # (甲公司总经理乙说：“这个项目…: a speaker's words)

# words that refer back to the works just named by their kind: 该中心, 该产业园 (the kind must be the name's)
_REFER_BY_KIND = re.compile(r"^[，,“]?(?P<this>该|这个|这一|这座|这家|此)(?P<kind>中心|基地|产业园|园区|工厂|医院|学校|电站|酒店|综合体)")
# the project just named, told by its sum: 这个计划投资44亿元的项目，建成后…
_REFER_PRICED = re.compile(r"^[，,“]?(?P<this>这个|这一|这项|该|此)(?:计划|预计|拟)?(?:总)?投资(?:额|总额)?[约近超逾达为]{0,2}[\d.]+(?:万亿|亿|万)?(?:美元|元)(?:人民币)?(?:以上|左右)?的[\u4e00-\u9fff]{0,4}?(?:项目|工程)")
# words that refer back to the project just named: 该项目, 这个项目, 首期项目, 项目总投资 (but 该批项目,
# 这批项目 refer to the projects of a list or batch, none of them one project: 甲、乙等多个项目集中开工。该批项目…总投资约6.6亿元)
# (after a bullet that opens a list's line: ● 本项目预计总投资金额约为3.9亿元)
_REFER = re.compile(r"^[，,“]?(?:[●•◆■▲★☆◎○][\s　]*)?(?:(?:此次|本次|这次|当天|当日)?(?:正式|顺利|集中|成功)?(?:开工|签约|投产|竣工)的)?(?:(?P<this>该|这个|这项|这一|此|本|我们的?)(?!批)[\u4e00-\u9fff]{0,4}?(?:项目|工程)|(?:首期|[一二三四五六七八九十]期(?:、[一二三四五六七八九十]期)*)?(?:项目|工程)(?=[^，。；]{0,6}?(?:投资|总投资))|(?:首期|[一二三四五六七八九十]期)(?=(?:总|计划)?投资))")


# firms told as a tally run to the present, with no event or year of their own: 目前已引进甲、乙等企业13户,
# 目前，某市已吸引甲、乙等一批战略投资者相继落户, 一期、二期累计签约甲、乙等领军企业近50家
_FIRMS_TALLIED = re.compile(r"(?:目前|至今|迄今)[^。；;！？]{0,30}?已经?(?:先后|相继|陆续|累计)?(?:引进|引入|招引|吸引|落地|落户|签约)|累计(?:引进|引入|招引|签约)")
# (but a tally of a year or an event is of that one: 今年以来已引进甲、乙; 本届博览会累计签约甲、乙)
_TALLY_DATED = re.compile(r"(?:19|20)\d{2}年|今年|本年|去年|当年|年内|以来|本届|此次|本次|这次|当天|期间|会上")


def _item_matches(
    text: str, start: int, end: int, group: _Group, items: list[_Item], identity: Identity, report: bool, plan: bool, lead: dict | None, batch: Match | None
) -> list[Match]:
    """One project per item of an enumeration, each with its own amount and the group's stage."""
    out = []
    closings, owns = {}, {}
    for run in _item_runs(text, items):
        # (each list of a group closes with its own stage: 甲、乙已建成投产，丙、丁等正在建设)
        closing = None if plan else _closing_stage(text, group, run, identity, report, any(item.stage for item in run)) or _intro_stage(text, group, run, identity, report) \
            or _among_stage(text, group, run, identity, report)
        # (a list whose own clause tells a stage after it, or before it, keeps what it tells: 甲、乙等项目建成投产)
        told_own = _list_clause_staged(text, group, run)
        for item in run:
            closings[id(item)], owns[id(item)] = closing, told_own
    # (the members a sentence after the batch's names: 集中开工的6个亿元以上重点项目。工业类项目分别是甲、乙)
    bound = _batch_bound(text, batch) if batch is not None and group.start >= batch.evidence_end else None
    for item in items:
        if item.amount is None and bound is not None:
            item.amount, item.shared = bound, True  # 6个亿元以上重点项目…分别是甲、乙: each at least the class's bound (ruling 4)
        fields = _common(text, start, end, group, item.amount, identity, report, plan, item.name, lead, False)
        closing, told_own = closings[id(item)], owns[id(item)]
        if closing is not None and closing["stage"] != fields["stage"]:
            fields.update(stage=closing["stage"], stage_date=closing["date"], period=closing["year"])
        elif closing is None and batch is not None and batch.evidence_start >= start and batch.fields.get("stage") and batch.fields["stage"] != fields["stage"] and not told_own:
            # 计划新开工项目41个，…，主要包括甲、乙等19个项目: the members of a batch this sentence told
            # reached its stage, whatever else the sentence tells
            fields.update(stage=batch.fields["stage"], stage_date=batch.fields.get("stage_date"), period=batch.fields.get("period"))
        # (吉利汽车: a firm's brand, no place; 北京南路, 甲至乙铁路: a street or a route named for a place, no place it is in)
        lead_place = _place_lead(item.name) if not item.firm and not _rx.search(r"(?:路|街|大道)$|至", item.name) else 0
        if lead_place and (_province_short(item.name[:lead_place]) or not _suffixed(item.name[:lead_place]) and _leading_company(item.name)):
            lead_place = 0  # (江苏甲乙…项目, 深圳甲乙集团丙项目: where the firm is from, not where it builds)
        if lead_place and not _item_place_says_where(item.name, lead_place, text, identity.region):
            lead_place = 0
        park = _PARK.search(item.name)
        if park and _PARK_FIRM.match(item.name, park.end()):
            park = None  # 甲工业园区开发有限公司: a firm named for the park it develops
        if park and _KIND_PARK.fullmatch(park.group()):
            park = None  # 工业园区基础设施建设项目, 教育园区基础设施项目: a park told by its kind, whose own works the item is, no place of a name
        # an item's own place (马鞍山中联重科…项目) before the list's (甲产业园，投资5亿元的乙、丙…)
        # an item's investor is its own: the company its text names, or the company it is named by
        told_by = _firm_told(item.name)
        named_by_company = _item_ok(item.name, True) and len(item.name) <= 8 and (told_by.endswith(("公司", "集团")) or told_by == item.name and not _product_line(item.name) and not any(_ends_as_project(told) or _rx.search(
            r"\d|年产|加工|生产|制造|开发|利用|建设|改造|扩建|储能|光伏|风电|水电|航电|焚烧发电|生物质发电|高速|铁路|公路|机场|枢纽|水库|项目|设施|道路|住宅|"
            r"(?:园|中心|基地|城|广场|市场|镇|港|村|谷|馆|区|路|桥|站|楼|厦|苑|府|院|校|场|库|厂|寓|店|段|线|道|[东南西北]延|[一二三四五六七八九十]中)$", told) for told in {item.name, told_by}))
        # (海利锂电, 捷力泰科技; not 甲乙光伏半导体, the goods a brand's plant makes; nor 甲镁业年产2万吨材料, 乙物流园, 丙城小区, 丁市政道路, 戊大道二期: a place
        # or a building is built, no firm; nor 甲乙高速扩容, 丙丁航电枢纽: a route's or a river's works; nor 甲乙三期,
        # 丙丁技改搬迁: a phase or what is done to a plant names a project of its own, told by no firm, but
        # 甲乙公司三期 is 甲乙公司's)
        fields["investors"] = item.investors or ([{"name": told_by, "role": "investor"}] if named_by_company or item.firm else []) or _leading_company(item.name)
        fields["investor"] = fields["investors"][0]["name"] if fields["investors"] else None
        # (六广镇广城村|存栏2000头生猪养殖基地, 高沙镇|旧城改造: a town, and a village in it, that the item's name opens with)
        town = None if lead_place or item.firm else _TOWN_LEAD.match(item.name)
        if town and (len(item.name) - town.end() < 4 or item.name.startswith("至", town.end())):
            town = None  # (甲镇至乙镇公路: a route's first end, not where it is)
        fields["location"] = item.park or (item.name[:lead_place] if lead_place else None) or (town.group() if town else None) or (park.group() if park and not _park_is_the_project(park.group(), item.name) else None) or (
            _item_own_place(text, group, items, item) if len(items) > 1 else None) or (
            fields["location"] if len(items) == 1 or not _PARK.search(text[group.start : group.end]) or _list_settled_in(text, group, items, fields["location"]) else None) or (
            _list_opened_by_park(text, group, items))
        if not _industries_of_name(item.name):
            # an item's industry is its own, or its firm's, or the one the words around the list
            # tell of all its items (甲、乙等新能源项目); never another item's (甲木业搬迁项目、乙深加工项目)
            # (the words around the item in its own clause: 甲、乙等工业项目, not another clause's 电商物流)
            clause = _clause_around(text, group, item.at, item.at + len(item.name))
            outside = _without_items(text, _Group(max(clause[0], group.start), min(clause[1], group.end)), items)
            firms = "".join(i["name"] for i in fields["investors"])
            fields["industries"] = _industries(firms) or _makers_trade(firms) or _industries(outside)[:1] \
                or (_made_after(text, group.end, end) if len(items) == 1 else [])  # (one item's own clause after it; a list's is all of theirs)
        fields.update(batch=False, count=None, name=None if item.firm else item.name, annual_output=None, annual_tax=None, jobs=None)
        if item.brought and fields["stage"] != "signed":
            fields.update(stage="signed", stage_date=None)
        elif item.stage and (item.stage == "planned" or not (plan or fields["stages"] and all(s["expected"] for s in fields["stages"]))):
            fields.update(stage=item.stage, stage_date=None)  # (but 力争建成甲、乙: a plan's, planned like the rest)
        if item.firm and _FIRMS_TALLIED.search(text, start, end) and not _TALLY_DATED.search(text, start, end):
            fields.update(stage_date=None, period=None)  # (目前已引进甲、乙等企业13户: brought in over years untold, of no one year)
        if batch is not None:
            fields["in_batch"] = batch.start
            if not item.firm and item.name not in batch.fields["members"]:
                batch.fields["members"].append(item.name)
        at = (item.amount.q.start, item.amount.q.end) if item.amount and not item.shared else (item.at, item.at + len(item.name))
        if item.amount and item.shared:
            fields["class_bound"] = True  # (the class's bound, no amount of its own: a telling with its own is the project's)
        out.append(Match(at[0], at[1], start, end, fields))
    return out


def _without_items(text: str, group: _Group, items: list[_Item]) -> str:
    """The group's words with its list items blotted out, each from the firm told before it
    (由甲木业有限公司投资的乙项目) to the end of its name."""
    body = text[group.start : group.end]
    for item in items:
        at = item.at - group.start
        if not (0 <= at and body.startswith(item.name, at)):
            continue
        firms = [body.rfind(i["name"], max(at - 40, 0), at) for i in item.investors]
        start = min([f for f in firms if f >= 0] + [at])
        body = body[:start] + "|" * (at + len(item.name) - start) + body[at + len(item.name) :]
    return body


# the clause after a list that opens with a word whose subject is the list's items (，都将…, ，均已…)
_LIST_PREDICATE = re.compile(r"(?:都|均|全部|也都|均已|都已|现均|目前均)[^，。；,;！？]{1,20}")


def _closing_stage(text: str, group: _Group, items: list[_Item], identity: Identity, report: bool, own: bool = False) -> dict | None:
    """The stage a list's own clause closes it with (甲产业园、乙项目成功签约): its items', though
    the group tells another project's stage before it (丙科技顺利投产，…), or though its other items
    tell stages of their own (``own``: 甲全面达产、乙项目开工建设)."""
    told = [(at, at + len(item.name)) if (at := text.find(item.name, group.start, group.end)) >= 0 else (item.at, item.at) for item in items]
    first, last = min(a for a, _ in told), max(b for _, b in told)
    clause_start, clause_end = _clause_around(text, group, first, last)
    if clause_end == last + 1 and text[last] in "，," and (then := _LIST_PREDICATE.match(text, clause_end, group.end)):
        clause_end = then.end()  # 甲项目、乙项目，都将在今年加快建设: the list is the subject of the clause after it
    found = _stages(text, last, clause_end, identity, report, False)
    if found and found[0]["expected"] and _AHEAD_OF_PLAN.search(text, last, clause_end) \
            and not _AHEAD_HOPED.search(text, max(max(text.rfind(mark, 0, first) for mark in "，,。；;\n") + 1, clause_start), clause_end):
        # 甲、乙等11个计划下半年开工项目提前至一季度开工建设: the plan's stage names the projects, the stage
        # they reached ahead of it closes the list
        found = [s for s in found if not s["expected"]] or found
    hoped = found and _LIST_HOPED.fullmatch(text, max(group.start, clause_start), first) is not None  # (not 计划新开工项目已有甲、乙等68个项目开工建设)
    if found and (found[0]["expected"] or hoped):
        # 甲、乙4个项目未开工, 甲、乙项目将于年内开工: only to come, whatever the sentence tells before
        # (力争甲、乙等32个项目竣工投产: the hope opens the list, its stage closes it)
        return {"stage": "planned", "word": found[0]["word"], "date": None, "year": _default_year(identity, report), "expected": True}
    if not found and (before := _stages(text, max(group.start, clause_start), first, identity, report, False)) and all(s["expected"] for s in before):
        # 今年将建成甲、乙等项目: only to come, told before the list, whatever the item's lead tells
        return {"stage": "planned", "word": before[-1]["word"], "date": None, "year": _default_year(identity, report), "expected": True}
    if not own and not _STAGE.search(text, group.start, first):
        return None  # (nothing told before the list: the group's stage is the list's)
    return found[0] if found else None


# the words that settle a list's projects, told after its last item, in the place after them:
# 甲、乙等3个项目签约落地|丙经开区, 甲项目、乙项目……多个项目相继落户|丁新区
_LIST_SETTLED = re.compile(r"(?:落户|落地|入驻|位于|选址)(?:在|于|到)?$")


def _list_settled_in(text: str, group: _Group, items: list[_Item], location: str | None) -> bool:
    """Whether a list's place is the one its closing words settle all its items in (甲、乙、丙等3大项目签约落地
    丁经开区): every item's, not a park one item is or is in. Not one of several places the items are
    shared out to (分别位于甲经开区、乙镇和丙区), nor a kind of park the text counts (3个沿边产业园)."""
    if not location or not items:
        return False
    last = max(item.at + len(item.name) for item in items)
    tail = text[last : group.end]
    at = tail.find(location)
    return at > 0 and not _rx.search(r"[。；;]|分别", tail[:at]) and _LIST_SETTLED.search(tail[:at]) is not None \
        and not _rx.match(r"[、和及与]", tail[at + len(location) :]) and not _rx.search(r"[\d一二三四五六七八九十两几多]个" + re.escape(location), text)


# the words a sentence may open with before the park it is about: a time, a source (当日，, 2024年以来，, 据了解，)
_PARK_SUBJECT_OPENER = re.compile(r"(?:\s*(?:[^，,。；;、]{0,10}?(?:日|月|年|以来|当天|同时|其中|目前|近年来)|据[^，,。；;、]{0,10}?|[^，,。；;、]{0,6}?(?:了解|介绍|获悉|悉))[，,])*\s*")


def _list_opened_by_park(text: str, group: _Group, items: list[_Item]) -> str | None:
    """The park a list's sentence (or its part between semicolons) opens on as the subject of a clause of its
    own, before every item (甲高新区充分发挥外资优势，乙、丙等一批项目相继落户; 当日，丁产业园热气腾腾，投资5亿元的
    戊、…等6个项目集中开工; 己工业园有效提升，庚、辛等13个项目竣工投产): where all the items it tells are. Not a
    park the sentence is only about in passing (以甲产业园为核心，…), nor one joined to others or told as a project
    (甲产业园、乙项目), nor one whose clause tells no verb of its own."""
    first = min(item.at for item in items)
    head = text[group.start : first]
    head = head[max(head.rfind(mark) for mark in "。；;\n") + 1 :]
    opener = _PARK_SUBJECT_OPENER.match(head)
    clause = _rx.match(r"[^，,。；;、：:]*", head[opener.end() :]).group()
    park = _PARK.match(clause)
    if park is None or _last_place_cut(park.group()) or _GENERIC_PARK.fullmatch(park.group()) or _PARK_CLASS.fullmatch(park.group()):
        return None
    then = clause[park.end() :]
    if len(then) < 2 or _rx.match(r"[的和与及同]|项目|工程|[（(]|[一二三四五六七八九十\d]+期|为|是", then) or _PARK.search(then) \
            or _PARK.search(head[opener.end() + len(clause) :]) or _rx.match(r"[一二三四五六七八九十两几\d]+(?:大|个|家)", park.group()):
        return None  # (甲产业园的乙项目, 甲产业园一期、: the park is told as a project or a part; 甲经开区与乙工业园…: two parks;
        # 八大产业园区: parks counted, none of a name)
    rest = head[opener.end() + len(clause) :]
    if not (_rx.fullmatch(r"[，,][^，,。；;]*", rest) or not rest and _LIST_BROUGHT.search(then)):
        return None  # the items told in the clause right after the park's, or brought in by its own (甲园区已招引落地乙、丙);
        # not 甲经开区乙公司丙项目、: a park at the head of the first item's name, nor a park told clauses before the list
    return park.group()


# the verb a park's clause brings a list in with: 甲园区先期已招引落地|乙、丙等11个项目, 甲高新区共签约|丙、丁
_LIST_BROUGHT = re.compile(r"(?:签约|引进|招引|落地|落户|吸引|入驻|开工|新建)(?:了)?$")


def _item_own_place(text: str, group: _Group, items: list[_Item], item: _Item) -> str | None:
    """The place a list item's own words name before it, after the item before it (甲公司和乙县政府签约
    丙项目，丁公司和戊县政府签约己项目; 甲市与乙集团签订的丙项目、丁市与戊集团签订的己项目; 甲区投资5亿元的
    乙项目、丙县投资3亿元的丁项目): where that one item is, not the list's first place. Only the words
    after the last mark that closes the item before count (甲项目落户乙县、丙项目…: 乙县 is 甲's)."""
    before = [other.at + len(other.name) for other in items if other.at + len(other.name) <= item.at]
    start = max(before, default=group.start)
    own = text[start : item.at]
    own = own[max(own.rfind(mark) for mark in "，,；;、：:") + 1 :]
    if not own or not _PLACE_WORDS.search(own):
        return None
    found = _location(own, item.name)
    if found is None and (short := _rx.match(r"([\u4e00-\u9fff]{2,3}?)(?:市|县|区)?(?:人民政府|政府|管委会)?(?:与|和|同)", own)) and _city_short(short.group(1)):
        found = short.group(1)  # 宜昌与乙集团签订的丙项目: a city told by its short name that signs
    return found


# what a place or a park's name ends in (a list item's own words name one only with one of these)
_PLACE_WORDS = re.compile(r"[省市县区旗州盟镇乡园]|与|和|同")


def _clause_around(text: str, group: _Group, first: int, last: int, opening: str = "，。；,;！？") -> tuple[int, int]:
    """Where the clause that holds a list from ``first`` to ``last`` begins (after one of the
    ``opening`` marks) and ends (after its closing mark)."""
    clause_start = max(text.rfind(mark, group.start, first) for mark in opening) + 1
    clause_end = _rx.search(r"[，。；,;！？]|$", text[last : group.end]).end() + last
    return clause_start, clause_end


def _item_runs(text: str, items: list[_Item]) -> list[list[_Item]]:
    """The items of a group in runs, one to a list: a new run where a clause told with a stage
    stands between two items (甲、乙已建成投产，丙、丁等正在建设: two runs)."""
    runs: list[list[_Item]] = []
    for item in sorted(items, key=lambda i: i.at):
        if runs:
            gap = text[runs[-1][-1].at + len(runs[-1][-1].name) : item.at]
            if not (_rx.search(r"[，,；;。]", gap) and _STAGE.search(gap)):
                runs[-1].append(item)
                continue
        runs.append([item])
    return runs


def _list_clause_staged(text: str, group: _Group, items: list[_Item]) -> bool:
    """Whether the clause that holds a list tells a stage of its own, before the list or after it."""
    first = min(item.at for item in items)
    last = max(item.at + len(item.name) for item in items)
    clause_start, clause_end = _clause_around(text, group, first, last, "，。；,;！？：:")
    return _STAGE.search(text, max(group.start, clause_start), first) is not None or _STAGE.search(text, last, clause_end) is not None


# a hope or a plan that opens a list whose stage closes it: 力争|甲、乙等32个项目竣工投产
_LIST_HOPED = re.compile(r"\s*(?:力争|争取|确保|预计|拟|将)(?:实现|推动|推进|完成|使)?")


def _intro_stage(text: str, group: _Group, items: list[_Item], identity: Identity, report: bool) -> dict | None:
    """The stage of the count that opens a list (提前竣工4项，为甲，乙; 未按期竣工2项，为丙，丁): its
    items', though the sentence tells other stages before it."""
    first = min(item.at for item in items)
    intro = _COUNT_INTRO.search(text, max(group.start, first - 40), first)
    if intro is None:
        return None
    found = _stages(text, max(group.start, max(text.rfind(mark, 0, intro.start()) for mark in "，,；;。") + 1), intro.end(), identity, report, False)
    if len(found) != 1:
        return None
    return dict(found[0], stage="planned", date=None, year=_default_year(identity, report)) if found[0]["expected"] else found[0]


# the projects of a stage a clause opens with, its list drawn from them (集中开工项目中，…包括甲、乙等项目；集中竣工项目中，…包括丙)
_AMONG_STAGED = re.compile(r"^\s*(?:此次|本次|当日|这次)?(?:集中|新)?(?P<w>开工|竣工|投产|签约|建成|开复工|竣工投产|建成投产)(?:的)?(?:重点|重大)?(?:项目|工程)中[，,]")


def _among_stage(text: str, group: _Group, items: list[_Item], identity: Identity, report: bool) -> dict | None:
    """The stage of the projects a clause opens with, that its list is drawn from (集中开工项目中，总投资5亿元以上的
    有21个，包括甲、乙等项目；集中竣工项目中，…包括丙、丁): its items', though the sentence tells another stage after."""
    first = min(item.at for item in items)
    lo = max(text.rfind(mark, 0, first) for mark in "；;。\n") + 1  # (the opening may be a group of its own)
    opening = _AMONG_STAGED.match(text[lo:first])
    if opening is None:
        return None
    found = _stages(text, lo, lo + opening.end(), identity, report, False)
    return found[0] if len(found) == 1 and not found[0]["expected"] else None


# 竣工4项，为 / 开工项目6个，分别是: a count that opens the list right after it
_COUNT_INTRO = re.compile(r"\d+(?:个|项)[，,]?(?:分别为|分别是|为)[：:]?$")


# 总投资10亿元以上的项目有：甲、乙, 亿元以上项目包括甲、乙: the size class that introduces a list
_CLASS_INTRO = re.compile(r"(?:人民币)?(?:及|或)?(?:以上|以下|以内)(?:的)?[\u4e00-\u9fff]{0,8}?(?:项目|工程)(?:主要|分别)?(?:有|包括|为|是)[：:]?")


# 甲、乙等总投资10亿元以上项目5个: the class the list belongs to, its bound right after 等
# (甲、乙等一批过50亿元的项目, 甲、乙等项目完成投资超20亿元: the bound told with no count, see _BOUND_AFTER_LIST)
_CLASS_NEXT = re.compile(r"等(?:一批|一大批)?(?:[\u4e00-\u9fff]{0,6}?(?:项目|工程)(?:的)?)?(?:总?投资|计划总?投资|完成投资)?(?:额)?(?:均)?(?:超过|超|逾|过|达|在)?")
# a class bound said before its amount (上百亿元, 超10亿元), then its count and members
_ABOVE_BEFORE = re.compile(r"(?:上|超过?|逾|过)$")
_CLASS_COUNTED = re.compile(r"(?:的)?[\u4e00-\u9fff]{0,8}?(?:项目|工程)(?:就|共)?(?:有|达)?(?:\d+|[一二三四五六七八九十两]+)(?:个|项)[，,：:]?(?:主要|分别)?(?:有|包括|为|是)[：:]?")
_CLASS_AFTER = re.compile(r"等?" + _COUNT_WORD + r"(?:总?投资|计划总?投资|(?:重点|重大)?(?:项目|工程)(?:的)?投资)?(?:额)?(?:均)?(?:超过|超|逾|过|达|在)?")  # (甲、乙等3个投资过百亿元项目, 甲、乙等14个项目投资额过10亿元)




# a sentence that breaks a batch told before into its classes: 本次集中开工的15个项目中，…
# (and 此次开工的20个重点项目共分为三大类，…等12个制造业项目…: the kinds it is split into; 集中开工项目包括
# 基础设施项目8个，民生项目5个: its kinds counted, told straight after 包括)
_BREAKDOWN = re.compile(r"(?!其中)[^，。；]{0,16}?(?:项目|工程)中[，,]|(?:在)?(?:本次|此次|这次|这批|当天|今天)?[^，。；]{0,10}?(?:签约|开工|竣工|投产|开复工)(?:建设)?(?:的)?(?:\d+个)?(?:重大|重点|产业|招商)?(?:项目|工程)(?:中[，,]|(?:主要)?(?:涉及|涵盖)(?=[^，。；]{2,20}(?:项目|工程)\d+个)|[，,](?:[^，。；]{0,30}[，,])?(?:包括|主要有)(?=[^，。；]{0,16}\d+个)"
                        r"|(?:共|主要)?(?:分为|分成)[^，。；\d]{0,4}类|(?:主要)?(?:包括|包含)(?=[^，。；\d]{0,16}\d+个))")


# a plan's count of projects to reach a stage (力争新建亿元项目100个, 计划新开工项目30个): a batch planned
_PLANNED_COUNT = re.compile(r"(?P<project>(?:项目|工程))?(?:计划|力争|争取|确保)(?:全年|今年|年内|明年|上半年|下半年|[一二三四]季度|\d{1,2}月(?:底|份)?前?)?(?:新建|新开工|开工|实施|引进|招引|新签约|签约|落地|竣工|投产)"
                            r"(?(project)|[^，,；;。、\d]{0,10}?(?:项目|工程))" + _COUNT_WORD)  # (重点项目计划新开工61个: the projects told first)


# a year a count's plan is for, written right before or after the plan word with no month (2020年计划开复工
# 项目63个, 计划在2024年新开工44个产业项目, in the count's own clause): not a deadline, 计划2025年6月前竣工
_PLAN_OF_YEAR = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})年[，,]?[^，,；;。\d]{0,8}?计划(?:新开工|开复工|开工|实施|建设|安排|签约|引进)"
                           r"|计划(?:在|于)?(?P<year2>(?:19|20)\d{2})年(?:全年|年内)?(?:新开工|开复工|开工|实施|建设|安排|签约|引进)")


def _year_planned(text: str, start: int, group: _Group) -> int | None:
    """The year a count's own clause writes its plan is for (2020年计划开复工项目63个; 计划在2024年新开工
    44个产业项目): the planned batch's year, whatever year the item is dated in or names elsewhere."""
    planned_in = _PLAN_OF_YEAR.search(text, max(text.rfind(m, start, group.start) for m in "，,；;。") + 1, group.end)
    return int(planned_in.group("year") or planned_in.group("year2")) if planned_in else None


# a year's list of projects arranged, with its count (2024年安排市重点项目476个, 今年，我区共安排重点建设项目
# 90个): a batch planned, with or without a total (ruling 6); not one of projects only prepared
# (安排前期项目52个, 储备项目: no stage, ruling 6)
_YEAR_ARRANGED = re.compile(r"(?:(?<!\d)\d{4}年|今年|全年|年内)[，,]?[^，,；;。\d]{0,8}?(?:共|计划|初步计划)?安排(?![^，,；;。\d]{0,12}?(?:前期|预备|储备|谋划))[^，,；;。\d]{0,14}?(?:项目|工程)" + _COUNT_WORD)


# a size class told between a stage and its count (引进省外亿元以上重大项目351个, 新开工亿元以上招商引资项目12项)
_SIZED_AFTER_STAGE = re.compile(r"(?:了)?[^，,；;。、\d]{0,4}?(?:[\d.]+)?(?:亿元|万元|千万元)(?:及)?以上[^，,；;。、\d]{0,8}?(?:项目|工程)" + _COUNT_WORD)


# a list carried out this year, told by its count with no total (重庆实施重点项目265个。, 滚动实施市级重大项目57个，
# 甲市执行招商引资项目122个): projects under way, a batch (ruling 6), as a report's 实施工业项目169个 is; not a plan's
# (计划实施, 拟实施, 将实施, 谋划实施) nor one of a list named after it (实施上年续建项目4个（甲、乙…）), nor land works
# counted by the plot (实施农村土地整治项目57个, 实施入库土地增减挂钩项目6个，面积73亩: no investment projects)
_CARRIED_OUT_COUNT = re.compile(r"(?<![拟将])(?<!计划)(?<!谋划)(?<!策划)(?<!力争)(?<!争取)(?:实施|执行)(?:了)?(?!计划)(?![^，,；;。\d]{0,8}?(?:土地|整治|复垦|增减挂钩))[^，,；;。\d（(]{0,14}?(?:项目|工程)(?:共|达)?\d+(?:个|项)(?![（(])")

# where the counted reached their stage, told between the count and the stage: 6个重点项目|在河南泌阳|成功签约
_WHERE_REACHED = r"(?:(?:在|于)[^，,；;。、\d在于]{2,10}?(?<![的中内])(?=[已均全部顺利成功相继陆续先后集中]|" + _STAGE_ALTERNATIVES + r"))?"


# the counted reached the stage whole or in part, told once before the stage (已有23个项目全面或部分投产, 5个项目
# 全部或部分建成): they reached it (as 部分投产 alone is read)
_WHOLE_OR_PART = r"(?:全面|全部|整体|基本)(?:或|或者|及|和)(?:部分|局部)"


def _staged_count(body: str) -> re.Match[str] | None:
    """新开工建设114个项目, 会上共签约32个项目, 7个项目已开工: how many projects reached a stage,
    told in one clause, a batch without a total. A clause of a breakdown (其中, 签约项目中，
    制造业项目19个) or a stage to come (将开工) is none."""
    previous = ""
    for clause in _rx.finditer(r"[^，,；;：:]+", body):
        piece, previous = clause.group(), previous
        if _rx.search(_COUNT_WORD, previous) and (whole := _rx.fullmatch(r"\s*(?:已|均|现已|目前已)?(?:全部|均已|已全部|全部已)(?P<w>" + _STAGE_ALTERNATIVES + r")(?:建设)?[。]?\s*", piece)):
            return _STAGE.match(body, clause.start() + whole.start("w"))  # 列入重点建设项目5个，已全部开复工: all the counted reached it
        previous = piece
        if (_rx.match(r"\s*(?:其中|此外|另外)(?!还有)", piece) or "项目中" in piece) and not _STAGE_SPLIT.search(piece) and not _COUNT_REACHED.search(piece):
            continue  # (其中新开工39项, 其中46个项目已建成投产: a split by stage, a batch; 其中制造业项目19个: a class, none)
        for stage in _STAGE.finditer(body, clause.start(), clause.end()):  # (offsets in the body)
            before, after = body[clause.start() : stage.start()], body[stage.end() : clause.end()]
            if _EXPECT_BEFORE.search(before[-17:]) or _EXPECT_AFTER.match(after):  # (a character more than the cue and its reach: 已|推动…)
                continue
            # (18个具有代表性、示范性的新建项目举办开复工仪式: the counted told by what they have, then the stage)
            if _rx.match(r"(?:了|建设|落地)?[^，,；;。、]{0,8}?" + _COUNT_WORD, after) or _SIZED_AFTER_STAGE.match(after) or _rx.search(_COUNT_WORD + r"(?:[^，,；;。、]{0,6}?|[\d.]*[亿万]元以上[^，,；;。、]{0,6}?|[^，,；;。、\d]{1,8}?的[^，,；;。、\d]{0,6}?(?:项目|工程)|(?:具有|具备)[^，,；;。\d“”]{1,24}?的[^，,；;。、\d]{0,8}?)" + _WHERE_REACHED + r"(?:也|都|已|已经|全部|均|顺利|成功|集中|同步|相继|陆续|先后|" + _WHOLE_OR_PART + r"){0,3}$", before):
                return stage
    return None


# the counted, then how many of them reached a stage: 500个省重点项目已开工497个, 80个重点建设项目中79个
# 开工建设, 131个计划新开工项目有112个实现开工, 120个续建项目已有3个项目竣工
_PART_REACHED = re.compile(
    r"(?<![\d.])(?P<whole>\d+)(?:个|项)(?P<kind>[^，,。；;\d]{0,16}?)(?:项目|工程)(?:中|里)?[，,]?(?:目前|截至[^，,。；;\d]{1,8}[，,]?)?"
    r"(?:(?:已经|已|累计|均)?(?P<w1>" + _STAGE_ALTERNATIVES + r")(?P<n1>\d+)(?:个|项)"
    r"|(?:已经|已)?有?(?P<n2>\d+)(?:个|项)(?:项目|工程)?(?:已经|已|顺利|成功|正式|全部|提前){0,2}(?P<w2>" + _STAGE_ALTERNATIVES + r"))")
# a list of projects under way all year (重点项目, 续建项目), whose money done is the list's own, not
# only that of those of it that reached a stage; a list of projects to start or signed (计划新开工,
# 前期, 签约的) has put money only into those that did
_LIST_UNDER_WAY = re.compile(r"重点|续建")
_LIST_TO_START = re.compile(r"计划|拟|前期|签约|新开工|新建|储备|谋划")


def _part_reached(body: str, count: int | None) -> re.Match[str] | None:
    """How many of the counted reached a stage (500个省重点项目已开工497个): a split by a stage
    reached, a batch (ruling 6), of fewer than the counted."""
    for part in _PART_REACHED.finditer(body):
        whole, reached = int(part.group("whole")), int(part.group("n1") or part.group("n2"))
        if reached < whole and count in (whole, reached):
            return part
    return None


# a count of projects told as in talks, matched or agreed in intent only (在谈项目27个, 成功对接项目52个,
# 洽谈对接项目114个, 准签约项目822个; 其中有18个项目达成合作意向): under negotiation, planned (no signing
# word read in 准签约 or 达成合作 makes them signed)
# (not a meeting of talks where projects were signed: 在洽谈会上签约项目42个, 对接活动中签约项目9个)
_TALKS_COUNTED = re.compile(r"(?:在谈|洽谈|对接|准签约?|意向)(?!会|活动|大会)(?:中|类)?的?(?:(?!" + _STAGE_ALTERNATIVES + r")[^，,；;。\d]){0,6}?(?:项目|工程)(?:共|有|达)?" + _COUNT_WORD
                            + "|" + _COUNT_WORD + r"[^，,；;。\d]{0,8}?(?:项目|工程)?(?:已|已经|均)?(?:达成|形成)了?(?:合作|投资|签约)?意向"
                            # (the count told after the talks, 对接洽谈了26个“湘商回归”项目; or the talks going on that open
                            # a list and its count, 正在洽谈甲、乙等重点项目20个: no stage word between, 洽谈签约12个项目)
                            + r"|(?:在谈|洽谈|磋商)(?!会|活动|大会)了?" + _COUNT_WORD + r"(?:(?!" + _STAGE_ALTERNATIVES + r")[^，,；;。\d]){0,8}?(?:项目|工程)"
                            + r"|^\s*(?:目前)?(?:正在|正|还在|仍在)(?:积极)?(?:洽谈|磋商)(?:(?!" + _STAGE_ALTERNATIVES + r")[^，,；;。\d]){2,60}?(?:项目|工程)" + _COUNT_WORD)


def _count_stage(body: str, report: bool) -> str | None:
    """The stage a batch's own count is told with, where the clause ties one to it (开工项目15个,
    竣工项目15个; 新开工39项; 19个项目成功签约), or planned where a plan opens it (计划实施项目126
    个, 安排重点项目630个); None where the clause ties none."""
    for clause in _rx.finditer(r"[^，,；;。]+", body):
        piece = clause.group()
        if not _rx.search(_COUNT_WORD, _rx.sub(r"“[^“”]*”", "", piece)):
            continue  # (a count inside a quoted slogan, 力争实现“四个走在全省前列”目标, counts no projects)
        if _TALKS_COUNTED.search(piece):
            return "planned"  # (促成在谈项目27个, 成功对接项目52个, 准签约项目822个, 其中有18个项目达成合作意向: only talked of)
        tied = _rx.search(r"(?P<w>" + _STAGE_ALTERNATIVES + r")的" + _COUNT_WORD, piece) \
            or _rx.search(r"(?P<w>" + _STAGE_ALTERNATIVES + r")(?:的)?[^，,；;。\d]{0,6}?(?:项目|工程)(?:共|有|达)?" + _COUNT_WORD, piece) \
            or _rx.search(r"(?P<w>" + _STAGE_ALTERNATIVES + r")了?" + _COUNT_WORD, piece) \
            or _rx.search(r"(?P<w>" + _STAGE_ALTERNATIVES + r")" + _SIZED_AFTER_STAGE.pattern, piece) \
            or _rx.search(_COUNT_WORD + r"[^，,；;。\d]{0,8}?(?:项目|工程)" + _WHERE_REACHED + r"[已均全部顺利成功相继陆续先后集中]{0,4}(?P<w>" + _STAGE_ALTERNATIVES + ")", piece) \
            or _rx.search(_COUNT_WORD + r"[^，,；;。\d]{0,8}?(?:项目|工程)(?:(?<!即)将|即将|拟)[^，,；;。\d]{0,6}?(?P<w>" + _STAGE_ALTERNATIVES + ")", piece)
        # (另有23个项目将在会后签约, 160个招商项目即将落户天津: the count tied to a stage still to come, planned below)
        if (joined := _rx.search(r"开竣工|开复竣工|(?:签约|开工|动工|竣工|投产)[和及、与或]?(?:签约|开工|动工|竣工|投产)", piece)):
            # 签约开工投产: stages told as one; 签约和开工项目23个, 集中开工、签约项目51个: a signing and a start
            # joined by a word between them, the stage told first; 集中开竣工项目69个: some started, some
            # finished, so every one of them started
            if joined.group() in ("开竣工", "开复竣工"):
                return "started"
            first = _STAGE_SIGNED_FIRST.match(joined.group())
            return first.lastgroup if first else None
        together = _rx.search(r"集中(?P<w>" + _STAGE_ALTERNATIVES + ")", piece)
        if together:
            return _STAGE_NAMES.get(together.group("w"))  # 近两年签约的309个项目集中开工: the event told
        reached = _rx.search(_COUNT_WORD + r"(?:项目|工程)(?:中|里)?[，,]?(?:已经?|共|累计|均已)(?P<w>" + _STAGE_ALTERNATIVES + r")了?" + _COUNT_WORD + r"$", piece) \
            or _rx.search(r"已经?(?P<w>签约|落地|落户|开工|建成)(?:待|未|尚未|暂未)", piece)
        if reached:
            # 签约的394个项目已开工380个: how many of those told reached a later stage, the count's own;
            # 已签约待开工项目2个: signed, the start still to come
            return _STAGE_NAMES.get(reached.group("w"))
        if tied:
            hoped = piece[: tied.start("w")][-17:]
            if _rx.search(r"推进|推动", hoped) and _rx.search(_COUNT_WORD, piece[tied.end("w") :]) and not _EXPECT_BEFORE.search(_rx.sub(r"推进|推动", "", hoped)):
                hoped = ""  # (推动签订重点产业项目560个, 积极推进“三个一批”活动：重点项目签约21个: work pushed on, told by the count that reached the stage, done)
            if _EXPECT_BEFORE.search(hoped) or _EXPECT_AFTER.match(piece[tied.end("w") :]):
                return "planned"  # (预计其余89个项目全部开复工)
            stage, at = _STAGE_NAMES.get(tied.group("w")), tied.end("w")
            while stage == "signed" and (then := _STAGE.match(piece, at)):
                # 落地开工, 落地投产: a stage told straight after the signing is how far the counted came
                stage, at = then.lastgroup, then.end()
            if stage == "completed" and piece.startswith("投运", at):
                # 等256个产业项目建成投运, 43个重点项目竣工投运: built and put into operation, in production
                # as one project told so is (but 建成投用, 竣工投用: works built and put to use, built)
                stage = "in_production"
            return stage
        before = piece[: _rx.search(_COUNT_WORD, piece).start()]
        if not report and _rx.search(r"(?:计划|安排|拟|谋划|力争|争取)(?:实施|建设|推进)?[^，,；;。]{0,14}$|(?:确定|筛选|梳理|遴选)(?:了|出)?[^，,；;。]{0,20}$", before) and not _investment_done(body):
            # (计划实施项目383个; 安排省市重点建设项目630个; a list chosen, 确定实施重点项目143个, 确定了总投资280亿元的
            # 重点项目50个, 梳理出年内实施的建设项目789项; but 今年安排的450个项目，已完成投资4908亿元 is under way)
            return "planned"
        return None
    return None


# all of a plan's list reached the stage it was planned for, told right after its count: 计划新开工项目4个，
# 目前均已全部开工; 120个计划新开工项目前三季度全部实现开工; 70项计划开工项目全部开工
_PLAN_MET = re.compile(r"(?P<gap>[^，,；;。]{0,16}?(?:[，,][^，,；;。]{0,8}?)?)(?:均已全部|已全部|全部已|均已|全部)(?:实现|完成)?(?P<w>" + _STAGE_ALTERNATIVES + ")")
# what makes it a hope, not a plan met: 三季度将全部开工, 力争全部开工, 确保年内全部竣工
_PLAN_HOPED = re.compile(r"(?<!即)将|即将|力争|争取|确保|有望|可望|预计|(?<![重主只])要|拟|计划$|年内$|年底前$")


def _plan_met(body: str, count: int | None) -> re.Match[str] | None:
    """The stage all of a planned count reached, told right after the count (计划新开工项目4个，目前均已
    全部开工): the plan's projects a batch of that stage, as the gold labels them; None where the
    clause only hopes for it (114个重点项目三季度将全部开工) or tells none."""
    told = _counted(_COUNT_TOLD, count, body) if count else None
    met = _PLAN_MET.match(body, told.end()) if told else None
    if met is None or _PLAN_HOPED.search(met.group("gap")):
        return None
    opening = body[max(body.rfind(mark, 0, told.start()) for mark in "，,；;。：:") + 1 : told.start()]
    if not _rx.search(r"计划", opening + met.group("gap")) or _PLAN_HOPED.search(opening.replace("计划", "")):
        return None  # (a plan's list, told as one: 预计其余89个项目全部开复工 only hopes)
    return _STAGE.match(body, met.start("w"))


def _counts_make(told: str, whole: int | None) -> bool:
    """Whether two or more counts a breakdown tells add up to the whole's (15个、3个 of 18)."""
    counts = [int(n) for n in _rx.findall(r"(?<![\d.])(\d+)(?:个|项)", told)]
    return whole is not None and len(counts) >= 2 and sum(counts) == whole


# a sentence that opens with a kind of projects and its count, no verb (产业项目486个，总投资1347亿元；
# 基础设施项目245个): the classes of the batch told before
_BARE_CLASS_COUNT = re.compile(r"[\u4e00-\u9fff、及和“”]{2,14}?(?:类)?(?:项目|工程)(?:有|共有|共)?" + _COUNT_WORD + r"[，,；;。、]")


def _class_of_batch(body: str) -> bool:
    """其中，省市级重点项目40个; 分行业看，39个工业项目…: a clause that opens a breakdown of a
    batch by kind, level or size. A split by stage (其中新开工39项) or a place's share (其中福州市
    75个) is a batch of its own (ruling 6)."""
    opening, at = _BREAKDOWN_OPENING.match(body), 0
    while opening and opening.end() > at:  # 从产业分析，本次外资签约项目中，二产项目8个: openings one after another
        at = opening.end()
        opening = _BREAKDOWN_OPENING.match(body, at)
    return at > 0 and _class_clause(body[at:])


def _class_of_this_event(body: str, count: int, parent: Match) -> bool:
    """此次集中开工的产业项目共8个, 本次签约的百亿元项目有3个: fewer projects of a kind, told of the
    event whose batch was told before, are a class of it (ruling 6), not an event of their own."""
    told = _THIS_EVENT_CLASS.search(_DISCOURSE.sub("", body))
    whole = parent.fields.get("count")
    if told is None or whole is None or count >= whole or _count_stage(told.group(), False) not in (None, parent.fields.get("stage")):
        return False  # (当天签约的项目有12个 after a batch started: another event)
    kind_at = body.find(told.group()) + told.group().rindex("的") + 1
    kind = _rx.match(r"[^，,；;。]*?(?=项目|工程)", body[kind_at:])
    return kind is not None and kind.group() != "" and _class_clause(body[kind_at:])  # (a kind, then its count)


# counts of kinds of projects told one after another, joined by 、, before their word for projects:
# 9个总部平台类项目、18个产业类项目, 12项省级重点项目、100项市级重点项目, 6个盟级、42个旗级重点项目
_JOINED_COUNTS = re.compile(r"(?<![\d.、])\d+(?:个|项)(?:[^，,；;。、\d]{1,12}?(?:项目|工程)|[^，,；;。、\d]{1,4}?)(?:、\d+(?:个|项)[^，,；;。、\d]{1,12}?(?:项目|工程))+(?![\d中])")


# a count told as its share of the event's projects: 工业项目达到49个，…，分别占到本次集中签约项目的70.0%
# (and one told as its share of the whole's count or money: 68个项目共投资419亿元，占投资总额的52%; 产业
# 项目67个，占全部总投资20.9%; not of a year's plan, 占年计划投资136.8%, which is progress, nor of all of a
# stage, 其中已开工38个，占全部新开工项目的24%, a split by stage)
_PART_OF_THE_EVENT = re.compile(r"占(?:到|比)?(?:(?:本次|此次|这次|当天)[^，,；;。]{0,12}?(?:项目|工程)|(?![^，,；;。]{0,16}?计划)[^，,；;。\d]{0,12}?"
                                r"(?:项目总数|项目数|总投资额?|投资总额|投资总量|总数|全部(?:总?投资|项目)))[^，,；;。\d]{0,4}?的?(?:比重)?(?:达到|达|为)?[\d.]+%"
                                # (and a clause that opens with the share, of a sum or of all projects: …，占签约总额的52%; …，占全市项目
                                # 比重60.7%; …，占比23%; …，分别占77.8%、82.9%; not 社会投资占比78.9%, a share of the money's source,
                                # nor 已开工680个，占97.4%, the rate of a plan)
                                r"|(?:(?<=[，,])|分别|均)占(?:比(?:达到|达|为)?[\d.]+%|(?![^，,；;。]{0,16}?计划)[^，,；;。\d]{0,12}?(?:总额|(?:项目|工程)(?:的)?比重)"
                                r"[^，,；;。\d]{0,4}?的?(?:比重)?(?:达到|达|为)?[\d.]+%)|分别占(?:到)?[\d.]+%")


# the event told before, then a kind of its projects and their count
_THIS_EVENT_CLASS = re.compile(r"(?:本次|此次|这次|当天|当日|今天)[^，,；;。\d]{0,12}?的[^，,；;。\d]{1,10}?(?:项目|工程)(?:共有|共|有|达)?" + _COUNT_WORD)


def _share_place(clause: str) -> int:
    """How many characters of a clause a place it opens with takes: a division (福州市), a zone
    named like one that the gazetteer does not hold (贵安新区, 平潭综合实验区) or a park counting its
    projects (甲产业园项目13个), whose share of a batch is a batch (ruling 6)."""
    zone = _rx.match(r"[\u4e00-\u9fff]{2,6}?(?:新区|综合实验区|示范区)(?=[\u4e00-\u9fff\d])", clause) \
        or _rx.match(r"[\u4e00-\u9fff]{2,8}?(?:产业园|工业园|园区|开发区|高新区|经开区)(?=(?:项目|工程)?(?:共|有)?\d+(?:个|项))", clause)  # (甲产业园项目13个)
    return _place_lead(clause) or (zone.end() if zone else 0)


# a place, its own level or a park opening the clause that counts what it brought in or reached:
# 雨城区引进1亿元及以上项目2个, 市本级引进…, 经开区(飞地园区)引进…
_PLACE_LEVEL = re.compile(r"(?:省|市|县|区|州)本级|[\u4e00-\u9fff]{0,8}?(?:经开区|高新区|开发区|产业园|工业园)(?:[（(][^（）()]{1,8}[）)])?(?=[\u4e00-\u9fff])")


def _place_brought(body: str) -> bool:
    """市本级引进1亿元及以上项目3个；雨城区引进1亿元及以上项目2个: a place's share of a batch told
    before, counted by the class the batch was (亿元以上 of 新引进亿元及以上项目43个), a batch of its
    own (ruling 6), not a size class of the batch: the place opens the clause, its own stage follows."""
    counted = _rx.search(_COUNT_WORD, body)
    if counted is None:
        return False
    clause = body[: counted.start()]
    clause = clause[max(clause.rfind(mark) for mark in "，,；;：:") + 1 :].lstrip()
    lead = _share_place(clause) or (m.end() if (m := _PLACE_LEVEL.match(clause)) else 0)
    return lead > 0 and _count_stage(body[lead:], False) is not None and _STAGE.match(clause, lead) is not None


def _next_whole(text: str, after: int, group: _Group) -> bool:
    """苏南地区集中开工项目共719个，其中南京市107个…；苏中地区集中开工项目共374个，其中…: after a
    semicolon, a clause that tells its own stage or place before its count is the next batch of
    the sentence, not a class of the one the 其中 broke down (…其中：省百大项目2个；市重点项目4个
    stays a class)."""
    semi = max(text.rfind("；", after, group.start + 1), text.rfind(";", after, group.start + 1))
    if semi < 0 or "其中" not in text[after : semi]:
        return False
    clause = text[semi + 1 : group.end].lstrip()
    return not clause.startswith("其中") and not _class_clause(clause)


def _period_share(body: str) -> bool:
    """其中，7月份，新开工亿元以上项目63个: a period's share of a batch, a batch of its own (ruling 6)."""
    return _rx.match(r"[\s，,]*(?:其中[，,：:]?)?\s*(?:\d{1,2}月份?|第?[一二三四]季度|[上下]半年)[，,]?", body) is not None


# the words that open a breakdown of a batch told before: 其中, 分行业看, 从产业来看, 从投资规模上
# 看, 按行业分, 本次外资签约项目中, 这批回归项目中, 当日集中开工项目包括, 32个重大项目中, and a
# heading's 分“四化”：, 分县区： (a place's share after it stays a batch: _class_clause)
_BREAKDOWN_OPENING = re.compile(
    r"[\s，,]*(?:据了解|据介绍|据统计|数据显示)?[，,]?(?:其中|主要有|主要包括|分(?:行业|类|领域|产业|类别|区域)(?:看|来看|中|上)|分[^，,。；;：:\d\s]{1,10}?[：:]|(?:从|按)[^，,。]{1,16}(?:看|分析|分)|根据[^，,。]{1,8}(?:划分|分类|来看)|"
    r"(?:在|从)?(?:本次|此次|这次|这批|这些|当日|当天|今天|全部|所有|上述|(?:\d+|[一二三四五六七八九十两百]+)(?:个|项))[^，,。；]{0,12}?(?:项目|工程)(?:中|包括|包含|有))[：:，,]?")


def _class_clause(body: str) -> bool:
    """A clause that counts a class of projects: no stage reached, no place's name first."""
    clause = _rx.match(r"[^，,；;。]*", body.lstrip("；;，, ")).group()
    if _rx.search(_COUNT_WORD, clause) is None or _rx.search(r"集中(?:签约|开工|竣工|投产|开竣工|开复工)|仪式", clause):
        return False  # (其中9个项目日前举行了集中签约仪式: an event of its own)
    if (_share_place(clause) or _PLACE_COUNT.match(clause)) and not _rx.search(r"来自|投资方", clause):  # (投资方来自长三角地区的项目27个: a class by where the money comes from)
        return False  # (其中福州市75个, 甲县12个, 位于乙街道的项目2个, 丙产业园项目13个: a place's share)
    # a split by stage: 已开工17个, 新开工39项, 6个项目已竣工投产 (but 39个工业项目全部开工建设 is
    # a kind of the batch, all of which started with it)
    return not (_STAGE_SPLIT.search(clause) or _COUNT_THEN_STAGE.search(clause)
                # (开工项目395个, 签约项目新增35个; but 续建项目71个, 计划开工项目207个 are kinds of a plan's
                # projects, going on from a year before or to start, no stage reached)
                or _rx.search(r"(?<!计划)(?<!计划新)(?<!拟)(?:" + _STAGE_ALTERNATIVES + r")(?<!续建)(?<!在建)[^，,；;。]{0,6}?(?:项目|工程)(?:共|有|达|新增)?" + _COUNT_WORD, clause)
                or _rx.search(_COUNT_WORD + r"[^，,；;。]{0,8}?(?:项目|工程)集中(?:" + _STAGE_ALTERNATIVES + ")", clause)  # (177个重大项目集中开工)
                or _rx.match(r"(?:" + _STAGE_ALTERNATIVES + r")(?:的)?(?:项目|工程)(?:包括|有|为|是)", clause))  # (开工项目包括甲、乙等18个)


# a batch of starts and resumptions (开复工) split into both parts, each with its count: 其中新建项目开工15个，
# 续建项目复工43个 | 续建项目复工25个、…，新建项目开工18个 (each a batch of its own by ruling 6, as a 开竣工
# event's parts are by ruling 7; one part alone, 其中新建项目开工12个，开工率42.9%, is left a class)
_START_RESUME_SPLIT = re.compile(r"(?<![开复])开工" + _COUNT_WORD + r"[^。]*?(?<!开)复工" + _COUNT_WORD + r"|(?<!开)复工" + _COUNT_WORD + r"[^。]*?(?<![开复])开工" + _COUNT_WORD)


def _sentence_end(text: str, at: int) -> int:
    """Where the sentence holding ``at`` ends (its 。 or the line's end)."""
    ends = [i for i in (text.find("。", at), text.find("\n", at)) if i >= 0]
    return min(ends) if ends else len(text)


def _splits_by_stage(text: str, body: str, parent: Match | None, stage_first: bool = False) -> bool:
    """Whether a clause of a breakdown tells how many of the batch reached a stage of their own
    (其中新开工39项, 其中46个项目已建成投产): a batch (ruling 6), not a class of the batch (其中现场
    签约10个 of a signing, 其中提前竣工4项 of a batch completed). With ``stage_first``, a count
    told after its stage (市本级32个项目开复工28个) is one whatever the batch's stage. A batch of
    starts and completions told as one (开竣工项目69个, started) splits by either (其中新开工41项)."""
    told = parent.fields.get("stage") if parent is not None else None
    if parent is not None and "开竣工" in text[parent.evidence_start : parent.evidence_end]:
        told = None
    if parent is not None and "开复工" in text[parent.evidence_start : parent.evidence_end] \
            and _START_RESUME_SPLIT.search(text[parent.end : _sentence_end(text, parent.end)]):
        told = None  # (开复工58个，其中新建项目开工15个，续建项目复工43个: starts and resumptions told as one, split into both)
    return any(stage_first and _STAGE_SPLIT.search(c) or (_STAGE_SPLIT.search(c) or _COUNT_REACHED.search(c)) and _count_stage(c, False) != told
               for c in _rx.split(r"[，,；;。]", body))


# 有19个项目新开工建设, 15个已签约: how many of the counted reached a stage, told count first (not
# 55个续建项目复工: a kind, projects going on from a year before)
_COUNT_THEN_NEW_STAGE = re.compile(_COUNT_WORD + r"(?:项目|工程)?(?:已经|已|新|均|全部|顺利|成功|相继|陆续|先后){0,3}(?!在建|续建|正在|加快|加紧)(?:" + _STAGE_ALTERNATIVES + ")")
# 6个项目已竣工投产, 79个续建项目: how many of the counted reached a stage or are in one
_COUNT_BEFORE_STAGE = _COUNT_WORD + r"(?:项目|工程)?(?:已经|[已均全部顺利相继陆续先后]){0,4}"
_COUNT_THEN_STAGE = re.compile(_COUNT_BEFORE_STAGE + r"(?:" + _STAGE_ALTERNATIVES + ")")
# how many reached a stage, not how many are under way (24个在建项目, 7个续建项目: a kind, a state)
_COUNT_REACHED = re.compile(_COUNT_BEFORE_STAGE + r"(?!在建|续建|正在|加快|加紧|全面建设|施工建设)(?:" + _STAGE_ALTERNATIVES + ")")
# 其中新开工39项, 竣工23项, 其中开工项目8个: how many of a batch reached each stage, a batch of its own
# (ruling 6); 续建项目6个 is a kind of project, going on from a year before
_STAGE_SPLIT = re.compile(r"(?:" + _STAGE_ALTERNATIVES + r")了?(?:一批[”\"]?)?(?:(?<!续建)(?<!在建)的?(?:项目|工程))?" + _COUNT_WORD + r"(?:项目|工程)?、?$")  # (“签约一批”项目20个; 开工项目37项、|竣工项目69项)


# a class's count, then the examples it gives of its members: 10亿元以上|的项目有54个，产业项目占43个，具有代表性的是|甲、乙
_CLASS_EXAMPLES = re.compile(r"(?:及)?(?:以上)?(?:的)?[\u4e00-\u9fff]{0,8}?(?:项目|工程)(?:就|共)?(?:有|达)?(?:\d+|[一二三四五六七八九十两百]+)(?:个|项)[，,](?:[^。；，,]{0,20}[，,])?(?:其中)?(?:(?:具有代表性的|代表性项目|较有代表性的|典型的)(?:项目)?(?:是|有|包括|如)|包括|主要有|主要包括|如)[：:]?")
# the words that tell a class or a sum by what was signed for (contract capital)
_CONTRACT_CUE = r"签约金额|签约额|合同金额|协议金额|合同引资"
# the figures of a list's items told after it, one each in its order: 投资额分别为|300亿元、700亿元
# two works' names joined by 和, 与 or 及 (甲项目和乙项目): a list of two, where figures are told 分别
_TWO_JOINED = re.compile(r"(?:项目|工程|基地|中心|产业园)[和与及](?=[\u4e00-\u9fff])")
_RESPECTIVE = re.compile(r"(?:总?投资(?:额|总额)?|计划投资|签约(?:金额|额)|合同(?:金额|引资)|协议(?:金额|投资)|完成投资)(?:分别|依次)(?:为|是|高达|达到|达|约为|约)?")
# the words between a list and the bound each of its members is over: 甲、乙|等均投资|10亿元以上
_EACH_AT_LEAST = re.compile(r"等?(?:一批)?(?:[\u4e00-\u9fff]{0,6}?(?:项目|工程))?(?:的)?(?:总?投资|计划总?投资)?(?:额)?(?:均|都|全部)(?:已)?(?:总?投资|计划总?投资)?(?:额)?(?:在|达|为|超过?|逾|过)?")


def _class_amounts(text: str, group: _Group, enumerations: list[_Enumeration], floor: int | None = None, earlier: list[_Amount] | None = None) -> None:
    """Items a size class introduces (总投资10亿元以上的项目有：甲、乙) each have at least that
    amount, of the kind its cue says; an item's own amount stays its own."""
    for enumeration in enumerations:
        for amount in [*(earlier or ()), *group.amounts]:  # (a class told in a clause before the list's)
            intro = _CLASS_INTRO.match(text, amount.q.end)
            if intro is not None and _rx.match(r"\d+|[一二三四五六七八九十两]+(?:个|项)", text[intro.end() : intro.end() + 4]):
                intro = None  # (10亿元以上的项目有|3个，分别是: the class's count, then its members, read below)
            above = _ABOVE_BEFORE.search(text, max(0, amount.q.start - 3), amount.q.start)
            if intro is None and above:
                intro = _CLASS_COUNTED.match(text, amount.q.end)  # 上百亿元的项目就有3个，分别是甲、乙
            if intro is None and text.startswith(("以上", "及以上"), amount.q.end):
                # 30亿元以上项目共6个，分别是甲、乙
                intro = _CLASS_COUNTED.match(text, amount.q.end + (2 if text.startswith("以上", amount.q.end) else 3))
            # 甲、乙等11个投资超10亿元工业项目: the class the count names after the list
            after = (_CLASS_AFTER.fullmatch(text, enumeration.end, amount.q.start) or _CLASS_NEXT.fullmatch(text, enumeration.end, amount.q.start)) and _size_class(text, amount.q)
            # (or its examples, told after its count: 10亿元以上的项目有54个，…，具有代表性的是甲、乙)
            examples = (told := _CLASS_EXAMPLES.match(text, amount.q.end)) is not None and enumeration.start <= told.end() <= enumeration.items[0].at + 1
            if amount.kind != "other" or not (after or examples or (intro is not None and intro.end() <= enumeration.start <= intro.end() + 2)):
                continue
            kind = _kind(text, group.start, amount.q)
            if _rx.search(r"(?:" + _CONTRACT_CUE + r")(?:达|为|在)?$", text[max(0, amount.q.start - 8) : amount.q.start]):
                kind = "contract_capital"  # 签约金额百亿元以上的项目: a class by what was signed for
            # 上百亿元: at least; 5亿元至10亿元项目: at least its lower bound
            ranged = amount.q.value_high is not None or text[amount.q.end : amount.q.end + 1] in ("至", "到", "-", "~", "—") \
                or _rx.match(r"、[\d.]+(?:万亿|亿|万)?元(?:以上|级)", text[amount.q.end : amount.q.end + 12]) is not None
            words = _IN_WORDS_COUNTED.search(text[max(0, amount.q.start - 6) : amount.q.start + 2]) is not None  # (2个百亿元项目: at least a hundred)
            bound = replace(amount.q, modifier="at_least") if ((above or words) and amount.q.modifier == "point") or ranged else amount.q
            shared = _Amount(bound, kind if kind in INVESTMENT_KINDS else "total_investment")
            for item in enumeration.items:
                if item.amount is None:
                    item.amount, item.shared = shared, True
        # (the class may be told in the clause before the list's: 百亿元以上的项目共9个，包括甲、乙)
        respective = _RESPECTIVE.search(text, enumeration.end, group.end)
        told: list[_Amount] = []
        for amount in (a for a in group.amounts if respective and a.q.start >= respective.end()):
            if _rx.fullmatch(r"(?:人民币)?" if not told else r"[、和及与](?:人民币)?", text[told[-1].q.end if told else respective.end() : amount.q.start]) is None:
                break  # (the figures run on only joined by 、 or 和)
            told.append(amount)
        if respective and len(told) == len(enumeration.items) > 1 and all(item.amount is None for item in enumeration.items):
            # 甲项目、乙项目签约，投资额分别为300亿元、700亿元: each item its own figure, in the order told
            kind = "contract_capital" if _rx.search(r"签约|合同|协议", respective.group()) else told[0].kind if told[0].kind in INVESTMENT_KINDS else "total_investment"
            for item, amount in zip(enumeration.items, told):
                item.amount = _Amount(amount.q, kind)
            continue
        each = next((a for a in group.amounts if a.q.start > enumeration.end and _EACH_AT_LEAST.fullmatch(text, enumeration.end, a.q.start)
                     and (a.q.modifier == "at_least" or text.startswith(("以上", "及以上"), a.q.end))), None)
        if each is not None and all(item.amount is None for item in enumeration.items):
            # 甲、乙、丙等均投资10亿元以上: each member at least the bound the list shares (ruling 4)
            shared = _Amount(replace(each.q, modifier="at_least"), each.kind if each.kind in INVESTMENT_KINDS else "total_investment")
            for item in enumeration.items:
                item.amount, item.shared = shared, True
            continue
        intro = _BARE_CLASS_INTRO.search(text, max(group.start if floor is None else floor, enumeration.start - 30), enumeration.start + 6)
        if intro and intro.end() >= enumeration.start - 1 and all(item.amount is None for item in enumeration.items):
            # 其中总投资亿元以上项目5个，分别是甲、乙…: the class introduces its members, as many as it counts
            value, unit, multiplier = _BARE_UNITS[intro.group("unit")]
            q = Quantity(intro.start("unit"), intro.end("unit"), value, None, unit, "amount", "at_least", multiplier, "元")
            counted = int(intro.group("n")) if intro.group("n").isdigit() else int(cn_to_number(intro.group("n")) or 0)
            for item in enumeration.items[: counted or None]:
                item.amount, item.shared = _Amount(q, "contract_capital" if intro.group("contract") else "total_investment"), True
            continue
        lead = _BARE_CLASS_LEAD.search(text, max(group.start if floor is None else floor, enumeration.items[0].at - 16), enumeration.items[0].at)
        if lead and all(item.amount is None for item in enumeration.items):
            # 完成投资亿元以上的甲、乙等8个项目, 投资超亿元的甲、乙项目: a class with no figure, told before the
            # members it leads, each at least its bound, of the kind its cue says (ruling 4)
            word = "unit" if lead.group("unit") else "above"
            value, unit, multiplier = _BARE_UNITS[lead.group(word)]
            q = Quantity(lead.start(word), lead.end(word), value, None, unit, "amount", "at_least", multiplier, "元")
            kind = "completed_investment" if lead.group("done") else "contract_capital" if lead.group("contract") else "total_investment"
            for item in enumeration.items:
                item.amount, item.shared = _Amount(q, kind), True
            continue
        bare = _BARE_CLASS.match(text, enumeration.end) or _COUNTED_CLASS.match(text, enumeration.end)
        if bare and all(item.amount is None for item in enumeration.items):
            # 甲、乙等亿元以上项目: a class with no figure, 亿元 meaning one
            word = "unit" if bare.group("unit") else "each"
            value, unit, multiplier = _BARE_UNITS[bare.group(word)]
            q = Quantity(bare.start(word), bare.end(word), value, None, unit, "amount", "at_least", multiplier, "元")
            for item in enumeration.items:
                item.amount, item.shared = _Amount(q, "total_investment"), True


# a sentence that opens with the size class its projects are of: 这些百亿项目中，甲项目将…；乙项目…
_SENTENCE_CLASS = re.compile(r"^(?:[^，。；]{0,24}?(?:表示|介绍|说|指出)[，,：:])?[^，。；]{0,10}?(?:这些|这批|其中)(?:上|超)?(?P<figure>[\d.]+|[一二三四五六七八九十百千]+)?(?P<unit>百亿|十亿|亿|千万)元?(?:以上|级)?(?:的)?(?:大|重大)?项目中[，,]")


def _class_of_sentence(sentence: str, matches: list[Match]) -> None:
    """The projects named without an amount in a sentence that opens with their size class
    (这些百亿项目中，…) have at least its bound (ruling 4 of gold/projects/LABELLING.md)."""
    opening = _SENTENCE_CLASS.match(sentence)
    if not opening:
        return
    value, unit, multiplier = _BARE_UNITS[opening.group("unit") + "元"]
    if opening.group("figure"):
        figure = cn_to_number(opening.group("figure"))
        if figure is None:
            return
        value *= figure
    for match in matches:
        if match.fields.get("batch") or not match.fields.get("name") or match.fields.get("amount") is not None:
            continue
        match.fields.update(amount=value, amount_unit=unit, base_amount=value * multiplier, amount_kind="total_investment", modifier="at_least", amount_phase=None)


# a pair of works joined by 和 or 与 that the sentence goes on to tell as two: 甲学校和乙工程均完成…
# (均 or 都 right after the pair), 投资96亿元的甲高速公路和乙公路改建工程进展顺利，两项目共线… (the
# pair counted after it)
_PAIR_JOIN = re.compile(r"(?<=[\u4e00-\u9fff）)])(?:和|与)(?=[\u4e00-\u9fffA-Za-z0-9])")
_BOTH_AFTER = re.compile(r"(?:均|都)(?![^，,；;。]*?\d[\d.]*(?:万亿|亿|千万|万)?(?:美元|元))")  # (not 均总投资10亿元: each its own sum)
_TWO_TOLD = re.compile(r"(?:这|该|上述)?(?:两|二)(?:个|大|项)?(?:项目|工程)(?!中)|两者|二者")
# the pair counted right after it: 甲工程和乙工程等两个计划建成项目
_TWO_COUNTED = re.compile(r"等(?:两|二|2)(?:个|项)[^，,。；;\d]{0,10}?(?:项目|工程)")
# two who invest, then 分别, before the pair: each builds one of the two, in turn (甲、乙分别投资50亿元建设丙生产线和丁生产线)
_TWO_RESPECTIVELY = re.compile(r"[\s　]*(?P<one>[^，,。；;：:、和与]{2,20}?)[、和与](?P<other>[^，,。；;：:、和与]{2,20}?)分别[^，,。；;]*$")
_AMOUNT_FIELDS = ("amount", "amount_unit", "base_amount", "amount_kind", "modifier", "amount_phase")


def _pair_told_as_two(text: str, start: int, end: int, matches: list[Match]) -> list[Match]:
    """Two works a sentence names joined by 和 and then tells as two (甲学校和乙工程均完成总工程量的95%，
    完成投资3亿元; 投资96亿元的甲高速公路和乙公路改建工程进展顺利，两项目共线…) are two projects, and
    the one sum told for the pair is neither's."""
    out = list(matches)
    for match in matches:
        name = match.fields.get("name")
        if match.fields.get("batch") or not name:
            continue
        at = text.find(name, start, end)
        if at < 0:
            continue
        halves = _PAIR_JOIN.split(name)
        if len(halves) == 2 and all(len(h) >= 4 and _ends_as_project(h) for h in halves):
            # 甲学校和乙工程均…: the pair read as one name
            first, second, second_at, after = halves[0], halves[1], at + len(halves[0]) + 1, at + len(name)
            clause = max(text.rfind(mark, start, at) for mark in "，,；;：:。") + 1
            respectively = _TWO_RESPECTIVELY.match(text, max(clause, start), at)
            if not text.startswith(("均", "都"), after) and not _TWO_TOLD.search(text, after, min(end, after + 30)) and not _TWO_COUNTED.match(text, after) \
                    and not respectively:
                continue
        elif len(halves) == 1 and text.startswith(("和", "与"), at + len(name)):
            # 投资96亿元的甲高速公路和乙工程…，两项目…: the first of the pair read alone, with the pair's sum
            clause = _rx.match(r"[^，,；;。]*", text[at + len(name) + 1 : end]).group()
            told = _names(clause, at + len(name) + 1)
            if not told or told[0][0] != at + len(name) + 1 or not _ends_as_project(told[0][1]) or not _TWO_TOLD.search(text, told[0][0] + len(told[0][1]), min(end, told[0][0] + len(told[0][1]) + 30)):
                continue
            first, (second_at, second) = name, told[0]
            after = second_at + len(second)
            if any(m.fields.get("name") == second for m in matches):
                continue
        else:
            continue
        fields = dict(match.fields, name=first)
        each = text.startswith(("均", "都"), after) and not _BOTH_AFTER.match(text, after)  # (均总投资10亿元: each its own sum)
        respectively = respectively if len(halves) == 2 and any(i["name"] in (respectively.group("one"), respectively.group("other")) or respectively.group("other").endswith(i["name"])
                                                                   for i in match.fields.get("investors") or []) \
            and not any(_place_lead(who) == len(who) for who in respectively.group("one", "other")) else None  # (甲县和乙县分别…: places, no firms that invest)
        if not each and not respectively:
            fields.update({k: None for k in _AMOUNT_FIELDS})
        other = dict(fields, name=second)
        if respectively:
            # 甲、乙分别投资50亿元建设丙生产线和丁生产线: the sum told once is each one's, and the first who
            # invests builds the first works, the other the second
            for one, who in ((fields, respectively.group("one")), (other, respectively.group("other"))):
                firm = next((i for i in fields.get("investors") or [] if i["name"] == who or who.endswith(i["name"])), None)
                one["investors"] = [firm or {"name": who, "role": "investor"}]
                one["investor"] = one["investors"][0]["name"]
        if fields.get("industries"):
            # (each its own trade: 职业技术学校 a school's, 城市环境综合整治工程 the town's works)
            fields["industries"] = _industries_of_name(first) or fields["industries"]
            other["industries"] = _industries_of_name(second) or other["industries"]
        out[out.index(match)] = Match(at, at + len(first), match.evidence_start, match.evidence_end, fields)
        out.append(Match(second_at, second_at + len(second), match.evidence_start, match.evidence_end, other))
    return out


# (以甲、乙为代表的17个亿元以上项目: the class its examples lead, closed as 等 closes it)
_BARE_CLASS = re.compile(r"(?:等|(?<=为代表的))(?:一批|" + _COUNT_WORD + r")?(?:总?投资)?(?P<unit>亿元|十亿元|百亿元|千亿元|千万元|[十百千]亿(?=级))(?:(?:以上|级)(?:的)?[\u4e00-\u9fff]{0,6}?|(?:重点|重大)?)(?:项目|工程)|"
                         # 甲、乙和丙等五个项目全部过亿元: the class the counted list's members are all of
                         r"等" + _COUNT_WORD + r"[\u4e00-\u9fff]{0,6}?(?:项目|工程)(?:投资)?(?:全部|均|都)(?:已)?(?:过|超过?|逾|在)(?P<each>亿元|十亿元|百亿元|千万元)")
# 甲、乙、丙“三个百亿”项目, 甲、乙三个百亿级项目: the class a list closed by its count is of, told in words
# with no 元 (no figure read), each member at least its bound (ruling 4; 三个亿元项目 names no bound of ten or more)
_COUNTED_CLASS = re.compile(r"“?" + _COUNT_WORD + r"(?P<unit>十亿|百亿|千亿)(?:元)?(?:以上|级)?”?(?:的)?[\u4e00-\u9fff]{0,6}?(?:项目|工程)")
# 总投资亿元以上项目5个，分别是: a class with no figure that introduces its members (20亿元以上 has one)
_BARE_CLASS_INTRO = re.compile(r"(?:总?投资|(?P<contract>" + _CONTRACT_CUE + r"))?(?<![\d.])(?P<unit>亿元|十亿元|百亿元|千万元)(?:以上|级)(?:的)?[\u4e00-\u9fff]{0,6}?(?:项目|工程)(?:共|有|达)?"
                               r"(?P<n>\d+|[一二三四五六七八九十两]+)(?:个|项)[，,：:]?(?:分别是|分别为|包括|主要有|有)[：:]?")
# 完成投资亿元以上的|甲、乙, 投资超亿元的|甲、乙: a class with no figure right before the members it leads
_BARE_CLASS_LEAD = re.compile(r"(?:(?P<done>(?:累计)?完成(?:年度)?投资)|(?:计划)?(?:总)?投资(?:额)?|(?P<contract>" + _CONTRACT_CUE + r"))?"
                              r"(?:(?:超过?|过|逾)(?P<unit>亿元|十亿元|百亿元|千万元)|(?<![\d.一二三四五六七八九十两百千万])(?P<above>亿元|十亿元|百亿元|千万元)(?:及)?以上)的$")
_BARE_UNITS = {"亿元": (1.0, "亿元", 1e8), "十亿元": (10.0, "亿元", 1e8), "百亿元": (100.0, "亿元", 1e8), "千亿元": (1000.0, "亿元", 1e8), "千万元": (1000.0, "万元", 1e4),
               "十亿": (10.0, "亿元", 1e8), "百亿": (100.0, "亿元", 1e8), "千亿": (1000.0, "亿元", 1e8)}  # (千亿级: a class told without 元)


def _batch_bound(text: str, batch: Match) -> _Amount | None:
    """The bound of the size class a batch's count is told with (集中开工的6个亿元以上重点项目), which
    each member named without an amount of its own has at least (ruling 4)."""
    told = _BATCH_BOUND.search(text, batch.evidence_start, batch.evidence_end)
    n = told.group("n") if told else ""
    if told is None or (int(n) if n.isdigit() else cn_to_number(n)) != batch.fields.get("count"):
        return None
    value, unit, multiplier = _BARE_UNITS[told.group("unit")]
    q = Quantity(told.start("unit"), told.end("unit"), value, None, unit, "amount", "at_least", multiplier, "元")
    return _Amount(q, "total_investment")


# a batch's count and the size class of its projects (6个亿元以上重点项目)
_BATCH_BOUND = re.compile(r"(?P<n>\d+|[一二三四五六七八九十两百]+)(?:个|项)(?:总?投资)?(?P<unit>亿元|十亿元|百亿元|千万元)(?:以上|级)[\u4e00-\u9fff]{0,6}?(?:项目|工程)")


# a year's share of a list's investment: 年度投资, 年度计划投资, 年计划投资, 2019年计划投资, 预计年度完成投资, 计划年内完成投资
# (not 全年完成投资, money done)
_YEARS_SHARE = re.compile(r"(?:年度|年|(?:19|20)\d{2}年度?|今年|当年|本年度?)(?:(?:计划|预计)(?:完成)?)?(?:建设)?投资|(?:计划|预计)(?:年内|年度|全年)完成(?:建设)?投资")
# what tells a list as a year's (2020年四川700个省重点项目, 今年将建设, 全年确定重点工程项目122个, 42个省重点建设项目)
_YEARS_LIST = re.compile(r"(?:19|20)\d{2}年|今年|全年|本年|安排|计划|拟|将|预计|确定|谋划|重点|重大|百大")
# the event an item tells, whose own batch a sentence counts: 此次集中开工项目71个, 参加开工活动的项目
_EVENT_ITSELF = re.compile(r"本次|此次|这次|这批|当天|当日|今天|集中|参加|参与|活动|仪式")


# how far a project's building has come: it is under way (进展顺利, 完成年度投资目标, 完成序时进度)
# (and works told by how much of them is built, 已经铺设管网1000米, 架线完成100千米, 桩基完成360根: under way, though
# their completion is still to come; not what a plan will lay, 计划铺设管网10公里)
_UNDER_WAY = re.compile(r"进展(?:较快|顺利|良好|迅速)|完成(?:了)?(?:年度|全年)(?:投资)?(?:目标|任务|计划)|序时进度|形象进度|正在(?:加紧|加快)?(?:建设|施工)|施工(?:建设)?中|"
                        r"(?:已经?|累计)(?:铺设|架设|浇筑|敷设|架线|完成)[^，,；;。\d]{0,8}?\d+(?:\.\d+)?(?:米|千米|公里|延米|根|榀)|(?:铺设|架设|浇筑|敷设|架线|桩基|基础)(?:已经?)?完成[^，,；;。\d]{0,4}?\d+(?:\.\d+)?(?:米|千米|公里|延米|根|榀)")
# investment told as done, with a word that marks it so (已完成投资4908亿元, 累计完成投资18亿元, 实际完成投资6.3亿元,
# 截至年底，完成投资142亿元; 计划实施的107项…工业项目完成投资490.6亿元): the projects are under way, though a plan's words tell their list or its
# year's share (今年安排的450个省重大项目，已完成投资…; 2025年计划投资4.2亿元，实际完成投资6.3亿元); but
# not one only hoped for (全年确保实际完成投资达到1000亿元, 预计年底累计完成投资…)
_INVESTMENT_DONE = re.compile(r"(?:已经?|累计|实际|共)完成(?:了)?[^，,；;。\d]{0,6}?投资(?:额)?[^，,；;。\d]{0,4}\d|(?:截至|截止)[^，,；;。]{0,10}[，,]完成(?:了)?投资\d|(?<=项目|工程)完成投资\d")


def _investment_done(text: str) -> bool:
    """Whether ``text`` tells investment done (_INVESTMENT_DONE), not only hoped for (a plan's word that
    tells which list, 计划实施的60个项目, 安排的, hopes nothing of it)."""
    return any(not _EXPECT_BEFORE.search(_rx.sub(r"(?:计划|安排)[^，,；;。的]{0,6}的", "", text[: m.start()][-16:])) and not _CLAUSE_HOPED.search(text[: m.start()])
               for m in _INVESTMENT_DONE.finditer(text))


# a clause that opens with a subject of its own and tells the stage it reached (县四小如期投入使用,
# 甲中心、乙平台建成投用, 丙、丁等项目建成投产): another's stage, not that of the project a clause
# beside it names. A clause that goes on about the same project opens otherwise: with a date or a
# time (今年5月投产, 当年建成), a link or a word of how (并于年底建成, 顺利投产), a word for the project
# (该项目, 项目) or one of its parts (一期, 主体, 厂房), or a count (6个项目开工)
_OWN_SUBJECT = re.compile(
    r"\s*(?!其中|该|其|此|这|本|并|且|又|再|随|同|当|今|去|明|次|年|目前|现|截至|项目|工程|[一二三四五六七八九十首]期|主体|厂房|车间|生产线|设备|"
    r"预计|计划|拟|将|已|于|在|正|即|均|都|全[面部力年市县省区]|顺利|正式|如期|提前|基本|成功|相继|陆续|先后|率先|也|实现|集中|完成|进入|启动|开始|加快|加紧|推动|推进|力争|确保|争取|"
    r"[\d一二三四五六七八九十“])"
    r"[\u4e00-\u9fffA-Za-z0-9（）()、·—]{2,40}?"
    r"(?:已经|已|均已|均|都|全部|顺利|正式|如期|提前|基本|全面|成功|相继|陆续|先后|率先|也|实现|集中){0,3}"
    r"(?=" + _STAGE_ALTERNATIVES + ")")


def _others_staged(text: str, lo: int, hi: int, name: str, identity: Identity, report: bool, plan: bool) -> list[tuple[int, int]]:
    """The clauses of text[lo:hi] that tell another subject's stage (_OWN_SUBJECT), where the clause
    that names ``name`` tells a stage of its own: 甲互通开工建设，县四小如期投入使用 (甲 started, not in
    production)."""
    at = text.find(name, lo, hi)
    if at < 0:
        return []
    clauses = _clauses(text, lo, hi)
    own = next((c for c in clauses if c[0] <= at < c[1]), None)
    if own is None or at + len(name) > own[1] or not any(not s["expected"] for s in _stages(text, own[0], own[1], identity, report, plan, None, name)):
        return []
    return [(a, b) for a, b in clauses if (a, b) != own and _OWN_SUBJECT.match(text[a:b]) and name not in text[a:b]]


# a clause that opens on another project by its name, then tells what it reached (乙高新区丙项目已通线, 丁中心项目试运行)
# or lists it with others (乙县丙项目（一期）、丁项目等237个项目…): its words, a park or a place among them, are those
# projects' (but 是乙高新区最大的项目, 位于…, 项目主体…: words of the same project)
_OTHER_NAMED = re.compile(r"\s*(?!其中|该|其|此|这|本|并|且|是|为|系|位于|作为|成为|属于|占地|总投资|投资|计划|预计|项目|工程|[一二三四五六七八九十首]期|[\d一二三四五六七八九十])"
                          r"[\u4e00-\u9fffA-Za-z0-9（）()·—]{2,40}?(?:项目|工程)(?:部分生产线|主体(?:工程|建筑)?|一期|二期)?(?:已经|已|均已|正在|全面|顺利|正式|基本|如期|提前)?"
                          r"(?=" + _STAGE_ALTERNATIVES + r"|通线|试运行|试生产|封顶|贯通|并网|(?:[（(][^（）()]{1,8}[）)])?、[^，,。；;]{2,40}?等\d+个)")


def _others_named(text: str, lo: int, hi: int, name: str | None) -> str:
    """``text`` with the clauses of text[lo:hi] that open on another project by its own name masked
    (_masked), so no place is read there for ``name`` (甲项目部分生产线投产，乙高新区丙项目已通线，: 乙高新区
    is 丙's, not 甲's)."""
    at = text.find(name, lo, hi) if name else -1
    if at < 0 or not _rx.search(r"[，,]", text[lo:hi]):
        return text
    spans = [(a, b) for a, b in _clauses(text, lo, hi) if not (a <= at < b) and name not in text[a:b] and _OTHER_NAMED.match(text, a, b)
             and not _rx.search(r"仪式|典礼|活动|大会", text[a:b])]  # (甲项目开工仪式在乙市举行: an event's venue, where the text is of)
    return _masked(text, spans) if spans else text


def _masked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each span's characters written as "|", so no stage word is read there and
    every offset stays where it was (the text is built once, not copied for each span)."""
    if not spans:
        return text
    pieces, at = [], 0
    for a, b in sorted(spans):
        a = max(a, at)
        if b > a:
            pieces += [text[at:a], "|" * (b - a)]
            at = b
    pieces.append(text[at:])
    return "".join(pieces)


def _clauses(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The clauses of text[lo:hi], cut at its commas, semicolons and colons."""
    marks = [-1] + [m.start() for m in _rx.finditer(r"[，,；;：:]", text[lo:hi])] + [hi - lo]
    return [(lo + a + 1, lo + b) for a, b in zip(marks, marks[1:]) if b > a + 1]


def _subject_clauses(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The clauses of text[lo:hi] that open with a subject of their own and tell its stage (_OWN_SUBJECT)."""
    return [(a, b) for a, b in _clauses(text, lo, hi) if _OWN_SUBJECT.match(text[a:b])]


# the firm a sentence tells of by 公司 or 企业 alone, as its subject (企业将投资10亿元…, 公司在某地新增投资,
# 公司一期工程建成投产), not a kind of firm (“500强”企业共投资33个项目, 企业投资类项目)
_FIRM_REFERRED = re.compile(r"(?<![^，,。；;：:！!\n])(?:该|本|这家)?(?:公司|企业)(?=将|拟|计划|预计|已|在|以|又|还|再|也|先后|累计|目前|正在|就|新增|追加|[一二三四五六七八九十]期)")


# a clause that opens on a firm told by its short name, which invests a sum to build a project: 甲乙投资110亿元在
# 丙区实施丁项目, 戊己企业投资35亿元建设庚项目 (a registered firm is read by _investors)
_SHORT_FIRM_INVESTS = re.compile(r"(?:^|[：:，,；;])[\s　]*(?:如|例如|比如|其中|另外|此外)?[，,]?(?P<firm>[\u4e00-\u9fffA-Za-z]{4,10}?)(?:将|拟|计划|已)?(?:追加|新增)?投资(?:约|近|超|逾|达)?"
                                 r"[\d.]+ ?(?:万亿|亿|万)?(?:元|美元)(?:人民币)?(?:在[^，,。；;]{2,12}?)?(?:实施|建设|布局|打造|兴建|新建)")
# what opens such a clause but is no firm: a place, a time, a whole, a reference, public money (全市, 今年, 累计,
# 该企业, 项目, 中央预算内, 县财政, 社会资本)
_NO_FIRM_OPENS = re.compile(r"^(?:全|我|今|去|明|本|该|此|各|这|累计|共|总|计划|项目|工程|企业|公司)|[省市县区镇乡村园]$|[年月\d]|季度|以来|期间|"
                            r"政府|管委会|财政|预算|资金|资本|债|中央|省级|市级|县级|国资|社会|群众|农户|村民|居民")


def _short_firm_investing(body: str) -> list[dict]:
    """The firm told by its short name that opens the clause of a project's sum, investing it to
    build the project (甲乙投资110亿元在丙区实施丁项目): its investor."""
    opening = _SHORT_FIRM_INVESTS.search(body)  # (分别是：甲乙企业投资35亿元建设丙项目: after the words before the list)
    if opening is None or _SHORT_FIRM_INVESTS.search(body, opening.end()):
        return []  # (a clause of two such firms tells each its own)
    firm = opening.group("firm")
    if _NO_FIRM_OPENS.search(firm) or _ORG_BAD.search(firm) or _industry_only(firm) or _place_lead(firm) == len(firm):
        return []
    return [{"name": firm, "role": "investor"}]


def _firm_referred_to(text: str, start: int, end: int) -> list[dict]:
    """A sentence whose subject is 公司 or 企业 alone (公司将在某地投资18亿元): its investor is the
    registered firm its paragraph named last before it (甲股份有限公司董事长告诉记者：…。公司将在某地投资18亿元)."""
    if not _FIRM_REFERRED.search(text, start, end):
        return []
    firms = [i for i in _investors(text[text.rfind("\n", 0, start) + 1 : start]) if _rx.search(r"(?:有限(?:责任)?公司|股份公司|集团公司)$", i["name"])]
    return [{"name": firms[-1]["name"], "role": "investor"}] if firms else []


def _common(
    text: str, start: int, end: int, group: _Group, amount: _Amount | None, identity: Identity, report: bool, plan: bool, name: str | None = None, lead: dict | None = None,
    single: bool = True,
) -> dict:
    body = text[group.start : group.end]
    whole = text[start:end]
    others = _others_staged(text, group.start, group.end, name, identity, report, plan) if name and not plan else []
    # (a project's stage is its own clause's, not the stage another subject's clause tells beside it)
    staged_text = _masked(text, others)
    stages = _stages(staged_text, group.start, group.end, identity, report, plan, start, name)
    if not report and not any(not s["expected"] for s in stages) and not (amount and amount.kind == "completed_investment"):
        # a group with no stage of its own shares the sentence's: 其中A项目投资5亿元 (but one that has
        # completed investment is under way, whatever another clause tells: 甲项目累计完成投资4亿元；乙落户)
        # (but not the stage another project's clause tells of it: 5个项目正在建设中，其中：甲项目二期已经完工；乙项目正在做桩基础;
        # a clause that tells it of several, 甲项目；乙项目相继开工建设, tells it of the group's too)
        apart = [(a, b) for a, b in _subject_clauses(text, start, end) if not (group.start <= a < group.end) and not (name and name in text[a:b])
                 and _NAME_ENDS.search(text, a, a + (told := _OWN_SUBJECT.match(text[a:b]).end())) and not _rx.search(r"相继|先后|陆续|均|都|分别|同时|一并", text[a + told - 4 : a + told])] if name else []
        shared = _masked(text, apart)
        stages += [s for s in _stages(shared, start, end, identity, report, plan, start, name) if not s["expected"] and s not in stages]
    done = [s for s in stages if not s["expected"]]
    if (not done or [s["stage"] for s in done] == ["signed"]) and not report and not group.count and not _rx.search(r"[二三四五六七八九十]期", name or "") \
            and (phase := _first_phase_after(text, end, identity)) and (not done or STAGES.index(phase["stage"]) > STAGES.index("signed")):
        # 甲项目总投资320亿元，共分四期建设。其中，一期已于2024年12月投产: the first phase's stage is the project's
        # (not a later phase's own: 甲项目二期总投资8亿元。一期已于2020年投产)
        # (成功引进一投资10亿元的工业项目。该项目…去年底开工建设: signed, then started, as the sentence after tells)
        done = [phase]
    target = bool(not done and amount and amount.kind == "completed_investment" and _TARGET_SUM.search(text[max(text.rfind(m, 0, amount.q.start) for m in "，,；;。") + 1 : amount.q.start]))
    if target and group.count and not name:
        # a count whose only sum is the year's target, 推进65个重点项目建设，力争全年完成投资115亿元, 力保523个
        # 一季度开工项目完成投资100亿元: striven for, the count only planned, whatever event the text told before
        done = [{"stage": "planned", "date": None, "year": _default_year(identity, report), "expected": False}]
    if not done and amount and amount.kind == "completed_investment" and not target:
        # investment completed in the year, no stage of its own: under construction, whatever
        # the item's lead tells of other projects (the lead's year stays: 2017年…全年完成投资)
        done = [{"stage": "started", "date": None, "year": lead["year"] if lead and not identity.reviewed_year else _default_year(identity, report), "expected": False}]
    if not done and not report and identity.meeting and not plan and _ONLY_PUSHED.search(body):
        # news retelling a report's review at the congress it names: 甲、乙等重大项目加快推进 are
        # under way, as they are in the report (whatever the item told before was signed)
        done = [{"stage": "started", "date": None, "year": _default_year(identity, report), "expected": False}]
    # 2020年四川700个省重点项目预计总投资4.4万亿元，年度投资6185亿元: a year's list of projects, told
    # by its share of the year's plan and with no stage of its own, is the year's plan, whatever stage
    # the item's lead tells (but 此次集中开工项目71个，年度计划投资516亿元 is the event's own)
    # (a list the year is carrying out, 今年共实施重点项目169个, or one of a year under review, is under way; a named project is no list;
    # 其中…项目38个 is a class of what was told before; the list is told by its year, its plan or its rank)
    years_list = not done and lead is not None and not report and not identity.reviewed_year and group.count is not None and not name and _YEARS_SHARE.search(whole) is not None \
        and not _EVENT_ITSELF.search(whole) and not _rx.match(r"\s*其中", whole) and not _rx.search(r"(?<!计划)(?<!拟)(?<!将)实施", whole) \
        and _YEARS_LIST.search(_YEARS_SHARE.sub("", whole)) is not None
    if not done and not years_list and not report:
        # (a sentence before in the paragraph that tells an event of many projects, 集中开工项目18个，…。其中，
        # 总投资5亿元的甲项目…, in an item whose lead tells a signing: the paragraph's event, not the lead's)
        lead = _paragraph_event(text, start, identity) or lead
    if not done and lead and not years_list:
        done = [lead]  # the stage the item's lead tells (6个项目集中签约), for a project with none of its own
        if identity.reviewed_year and lead["year"] != identity.reviewed_year:
            # (in a paragraph that reviews the year before, 在刚刚过去的2018年，…, of that year, not the lead's day)
            done = [dict(lead, date=None, year=identity.reviewed_year)]
    if not done and report and not plan and _rx.search(r"实施|推进|加快|建设", body):
        # a report's review: 实施投资5.5亿元的甲项目 is a project under way
        done = [{"stage": "started", "date": None, "year": _default_year(identity, report), "expected": False}]
    latest = max(done, key=lambda s: STAGES.index(s["stage"])) if done else None
    if latest and (joined := _rx.search(r"开竣工|开工[和及、或与]竣工|(?:动工|开工)[和或、与](?:签约|签订)|(?:签约|签订)[和或、与](?:开工|动工)", body if _STAGE.search(body) else whole)):
        # 集中开竣工: started and completed, told as one, so all of it started (开工和竣工 stays without one
        # stage); a signing and a start joined as one event (集中签约、开工项目共30个, 集中开工、签约项目51个)
        # are of the stage told first
        first = _STAGE_SIGNED_FIRST.match(joined.group())
        told = first.lastgroup if first else "started" if joined.group() == "开竣工" else None
        latest = {"stage": told, "date": latest["date"] if told else None, "year": latest["year"], "expected": False}
    elif latest and latest["stage"] == "in_production" and group.count and not name \
            and _rx.search(r"(?<!签约)(?<!签订)(?<![约订][、和])(?:开工|动工)(?:[和及、与]|并)?投产", body if _STAGE.search(body) else whole):
        # 此次开工投产的304个项目, 集中开工、投产的项目共17个: a batch told as started and producing
        # together has all of it started, not all of it producing (a campaign's 签约开工投产 left as it was)
        latest = dict(latest, stage="started")
    if plan:
        stage, date, year = "planned", None, identity.plan_year or _default_year(identity, report)  # (news of a plan: the year it came out)
    elif latest:
        stage, date, year = latest["stage"], latest["date"], latest["year"]
    else:
        # a project told with no stage of its own or its item's is only planned as far as the text says
        # (a batch with none was signed: a count of projects is told when they are brought in)
        # (甲、乙等6个项目进展较快，均已完成年度投资目标: projects told how far their building has come are under way)
        # (…，2025年计划投资4.2亿元，实际完成投资6.3亿元: the clause after it tells its investment done, under way)
        told_on = text[group.start : group.end + len(_rx.match(r"[^，,；;。]*", text[group.end : end]).group())]
        # (…重点项目观摩活动正式开始，与会人员先后观摩了8个重点项目建设情况, in the item's first 300 characters: the
        # projects it goes on to tell with no stage of their own were visited as they are built, under way)
        observed = not report and not plan and not group.count and _OBSERVED.search(text, 0, min(len(text), 300)) is not None
        stage = "started" if _UNDER_WAY.search(body) or _investment_done(told_on) or observed else "planned" if years_list or _PLANNED.search(body) or stages or not group.count else "signed"
        date, year = None, _default_year(identity, report)
    if stage == "planned" and group.count and not name and (planned_in := _year_planned(text, start, group)):
        year = planned_in  # (计划在2024年新开工44个产业项目: of the year its clause writes)
    investors = _investors(body) or ([] if report or not single else _investors(whole)) or ([] if report else _firm_referred_to(text, start, group.end)) \
        or ([] if group.count else _short_firm_investing(body))
    return {
        **_money_fields(text, group, amount),
        "investors": investors,
        "investor": investors[0]["name"] if investors else None,
        # (a clause beside it that opens on another project by its name tells that project's place, not this one's:
        # 甲项目投产，乙高新区丙项目已通线)
        "location": _park_settled_in(placed := (apart := _others_named(text, start, end, name))[group.start : group.end], name) or _park_before(placed, name)
        or _location(placed, name) or _place_opening(text, start, group.start, identity.region)
        or _location(_own_part(apart, start, end, group), name) or _leading_park(name),
        # the name's industries, all of them; else the one its clause names first (a sentence
        # names many industries, of many projects); a batch has every industry it names
        "industries": _made_told(_by_maker(_industries_of_name(name or ""), "".join(i["name"] for i in investors)), body.replace(name or "", "") if single and not group.count else "")
        or (_industries(body) if group.count and not name else [] if group.count else _industries(body)[:1])
        # (a firm's trade told by the word closing its name, where the name and the clause tell none: 恒昌机械)
        or ([] if group.count else _firms_trade(investors))
        or (_industries(whole)[:1] if not group.count and single else [])
        or ([] if group.count else _made_after(text, group.end, end)),
        "stage": stage,
        "stage_date": date,
        "period": year,
        "stages": stages,
    }


def _own_part(text: str, start: int, end: int, group: _Group) -> str:
    """The part of a sentence a group's clause is in, between the semicolons around it: 甲项目、乙项目
    等正在加紧建设；丙工业园区开工建设项目65项: a place a later part tells is that part's, not where
    the projects of an earlier part are. Semicolons after a colon part the items of the list the colon
    opens, whose lead is every item's (以甲县为例，签约的项目包括：乙项目；丙项目)."""
    lo = max(text.rfind("；", start, group.start), text.rfind(";", start, group.start))
    ends = [at for at in (text.find("；", max(group.end - 1, group.start), end), text.find(";", max(group.end - 1, group.start), end)) if at >= 0]
    own = text[lo + 1 if lo >= 0 else start : min(ends) if ends else end]
    colon = max(text.rfind("：", start, lo), text.rfind(":", start, lo)) if lo >= 0 else -1
    return text[start : colon + 1] + own if colon >= 0 else own


# --- cutting a sentence into project groups ------------------------------------------------


def _kind(text: str, floor: int, q: Quantity) -> str:
    """The kind of money ``q`` is, from the nearest cue before it (floor: the group's start)."""
    before = text[max(floor, q.start - 16) : q.start]
    if _RATE.search(before):
        return "other"  # 每天投资近14亿元: a rate, no project's or batch's sum
    if _PLACE_FIXED_ASSETS.search(text, max(0, q.start - 30), q.start):
        return "other"  # 实施项目20个，…，固定资产投资完成13亿元: the place's own figure, no batch's sum
    best = None
    for m in _CUE.finditer(before):
        if _FILLER.fullmatch(before[m.end() :]) or _FILLER.match(before[m.end() :]) and len(before) - m.end() <= 2:
            best = m
    if best is None:
        # 14亿元投资: a cue just after the amount
        after = _CUE.match(text, q.end, min(len(text), q.end + 6))
        if _rx.match(r"(?:的)?年?(?:进出口|出口|进口|外贸)", text[q.end : q.end + 6]):
            return "other"  # 100亿元年进出口额: a trade figure, no sum invested
        if after and after.lastgroup in ("annual_output", "annual_tax", "other"):
            return after.lastgroup  # 1000亿元产值: an output, not an investment (1.95亿元贷款: no investment either)
        return after.lastgroup if after and after.lastgroup in INVESTMENT_KINDS else "total_investment_weak"
    return best.lastgroup


# a sum told per day or per month (每天投资近14亿元, 日均完成投资2亿元), or an investment told per
# project, an average (单体项目平均总投资达到8.7亿元, 平均单个项目总投资35亿元, 项目平均投资额近5亿元)
# a clause that opens on a place's fixed-asset investment, the whole's figure among its economy's, not a
# sum its projects hold (二团共实施项目20个，预计实现生产总值21.96亿元，…，固定资产投资实现3.25亿元; 计划实施重点项目
# 20个以上，固定资产投资完成13亿元以上); a clause whose projects did it is left (11个项目…，上半年完成固定资产投资5.07亿元),
# and so is a part of one project's (其中：固定资产投资约3.27亿元) and a class's bound (固投5亿元及以上新签约项目)
_PLACE_FIXED_ASSETS = re.compile(r"(?:^|[，,；;。])(?:全社会|限额以上|\d+万元以上)?(?:固定资产投资|固投)(?:额|总额)?(?:完成|实现|达到|达|为|累计完成)(?:了)?(?:约|近|超过|超|逾)?$")
_RATE = re.compile(r"(?:每天|每日|日均|每月|月均|每周|周均)[\u4e00-\u9fff]{0,6}$|平均[\u4e00-\u9fff]{0,6}?(?:投资|投入)[\u4e00-\u9fff]{0,4}$")


# 10亿元以上项目55个, 投资额3000万元以上的项目: a size class of projects, nobody's amount
_THRESHOLD = re.compile(r"(?:人民币)?(?:及|或)?(?:以上|以下|以内|级)(?:的)?(?:、[\u4e00-\u9fff]{1,10}?(?:以上|以下|以内)(?:的)?)?[\u4e00-\u9fff]{0,8}?(?:项目|企业|工程|产业)|(?:的)?(?:项目|企业)(?:就|共)?(?:有|达)?\s?\d+个")


# 10亿元以上项目有55个, 100亿元级项目5个: a count of one size of projects
_SIZE_COUNT = re.compile(r"(?:(?:以上|以下|以内|之间|级)|(?<![总共计])(?:投资|投资额)?(?:超过|超|过|逾)[\d.]+(?:万亿|亿|千万|万)?元)(?:的)?[\u4e00-\u9fff]{0,6}?(?:项目|工程)(?:共有|共|有|达)?" + _COUNT_WORD)  # (投资额过100亿元项目40个)


# a clause that opens with a size bound and counts the projects above it, no verb before it (…规模较大，20亿元以上的项目有7个，
# 总投资552亿元; 10亿元以上项目76个，总投资2310亿元): a size class of the batch told before, fewer than it holds,
# even with its own total (ruling 6); not a count a verb tells (全市新开工5000万元以上项目28个)
_SIZE_OPENS = re.compile(r"(?:^|[，,；;：:])[\s　]*(?:其中[，,]?)?(?:投资|总投资|投资额)?(?:在)?[\d.]+(?:万亿|亿|千万|万)?元(?:[（(]含[)）])?(?:及)?以上的?[\u4e00-\u9fff]{0,6}?(?:项目|工程)(?:共有|共|有|达)?" + _COUNT_WORD)


# a count, then a bound told in words (2个百亿元, “三个十亿元”): the size of each counted, no sum
_IN_WORDS_COUNTED = re.compile(_COUNT_WORD + r"“?[十百千]亿$")
# a bound told right after a list's 等, with no count: 甲、乙等一批过50亿元的项目 (the class the members are of),
# 甲、乙等项目完成投资超20亿元 (each over it; but 等项目总投资超100亿元 may be their sum, and is left so)
# (甲、乙等项目投资达百亿元以上: 达 with 以上 after the bound is over it too, see _size_class)
_BOUND_AFTER_LIST = re.compile(r"等(?:一批|一大批)?(?:(?P<kind>[\u4e00-\u9fff]{0,6}?(?:项目|工程))(?:的)?)?(?P<cue>(?:总|计划总?)?投资|完成投资)?(?:额)?(?:均|都)?(?:超过|超|逾|过|(?P<reach>达到?))$")
_BOUND_CLASS_AFTER = re.compile(r"(?:以上)?的[\u4e00-\u9fff]{0,6}?(?:项目|工程)")


def _size_class(text: str, q: Quantity) -> bool:
    """10亿元以上项目55个, 100亿元级项目5个, 5亿至10亿元项目9个: a size class of projects."""
    if (bound := _BOUND_AFTER_LIST.search(text, max(0, q.start - 16), q.start)) is not None and "、" in text[max(0, bound.start() - 60) : bound.start()]:
        if _BOUND_CLASS_AFTER.match(text, q.end):
            return True  # 甲、乙等一批过50亿元的项目: the class the listed members are of
        if bound.group("kind") and not (bound.group("cue") or "").startswith(("总", "计划总")) and _rx.match(r"(?:以上)?(?:[，,。；;]|$)" if not bound.group("reach") else r"(?:及)?以上(?:[，,。；;]|$)", text[q.end : q.end + 4]):
            return True  # 甲、乙等项目完成投资超20亿元: the bound each is over (their sum would be 总投资)
    if q.value_high is not None and _rx.match(r"(?:的)?[\u4e00-\u9fff]{0,8}?项目", text[q.end : q.end + 12]):
        return True  # 50—100亿元国内合作项目比上届多6个: a range of sizes
    if _rx.search(_COUNT_WORD + r"(?:总?投资|计划总?投资)?(?:额)?(?:均)?(?:超过|超|逾|过)$", text[max(0, q.start - 14) : q.start]) \
            and _rx.match(r"(?:的)?[\u4e00-\u9fff]{0,6}?(?:项目|工程)", text[q.end : q.end + 10]):
        return True  # 等11个投资超10亿元工业项目, 等3个投资过百亿元项目: the size of each project counted
    if _rx.search(r"等" + _COUNT_WORD + r"(?:重点|重大)?(?:项目|工程)(?:的)?投资(?:额)?(?:均|都)?(?:超过?|过|逾)$", text[max(0, q.start - 16) : q.start]) \
            and _rx.match(r"(?:以上)?(?:[，,。；;]|$)", text[q.end : q.end + 3]):
        return True  # 甲、乙等14个项目投资额过10亿元: the size each project counted is over, no sum of theirs (but 14个项目总投资超100亿元 is one)
    if _rx.match(r"、[\d.]+(?:万亿|亿|万)?元(?:以上|级)", text[q.end : q.end + 12]):
        return True  # 投资50亿元、100亿元以上重大项目: two classes, the first its lower bound
    if _IN_WORDS_COUNTED.search(text[max(0, q.start - 6) : q.start + 2]) and _rx.match(r"(?:以上|级)?”?(?:的)?[\u4e00-\u9fff]{0,6}?(?:项目|工程)", text[q.end : q.end + 12]):
        return True  # 甲、乙2个百亿元项目: the size each counted project is of, told in words, not their sum
    # (5亿至10亿元: a range told by its ends; 总投资额达到49亿元 is no range)
    return bool(_THRESHOLD.match(text, q.end)) or _rx.search(r"[\d.]+(?:万亿|亿|万)?元?(?:至|到|-|~|—)$", text[max(0, q.start - 12) : q.start]) is not None or bool(
        _rx.match(r"(?:至|到|-|~|—)(?:[\d.]+(?:万亿|亿|万)?|万亿|亿)元?(?:的)?[\u4e00-\u9fff]{0,4}?(?:项目|企业)", text[q.end : q.end + 18]))  # (500万元—1亿元重点项目, 500万元-亿元项目)


_PHASE_MONEY = re.compile(r"(首期|[一二三四五六七八九十]期)(?:项目|工程)?(?:计划|预计|拟)?(?:总)?投资[约近超逾达为了高]{0,3}$")


def _phase_of(text: str, floor: int, q: Quantity) -> re.Match[str] | None:
    """首期投资140亿元: the phase whose money ``q`` is (group 1), if the words before say so."""
    return _PHASE_MONEY.search(text[max(floor, q.start - 14) : q.start])


# 继甲项目落地长春之后，: what came before the news, told as its background
_BEFORE_THIS = re.compile(r"^\s*继(?!续|承|而)[^，,；;。]{2,40}?(?:之后|以后|后)[，,]?$")


# (a bracket is one with the clause it stands in: 重大项目204项（市级40项；旗级55项），总投资…)
# (a colon between a sum's cue and its figure is no cut: 总投资：37.48亿元)
_PIECE = re.compile(r"(?:[（(][^（）()。]{0,80}?[）)]|(?<=[资额])[：:](?=[ \t　]*\d)|[^，；：,;:])+[，；：,;:]?")
# another priced item after a 、 (总投资130亿元的甲项目、总投资100亿元的乙项目), or after a project's name
# joined by 与 (…的甲项目与乙有限公司计划投资8.6亿元的丙项目); but a place's count and its total are
# one (福州115个、总投资802亿元)
_PRICED_NEXT = re.compile(
    r"(?<![个项])、(?=(?:计划|预计)?(?:总)?投资(?:额|总额)?[约近超逾达为]{0,2}\s?\d)"
    r"|(?<=[个项])、(?=(?:新)?(?:签约|开工|竣工|投产|建成|开复工|竣工投产|建成投产)(?:项目)?\d+[个项])"  # 签约项目217个、竣工投产97个
    r"|(?<=项目|工程)(?:与|和|以及|及)(?=[^，。；、]{2,30}?(?:计划|预计)?(?:总)?投资(?:额|总额)?[约近超逾达为]{0,2}\s?\d)"
    r"|(?<=项目|工程)(?:与|和|以及|及)(?=(?:计划|预计)?(?:总)?投资(?:额|总额)?[约近超逾达为]{0,2}\s?[\d.]+(?:万亿|亿|万)?元的)"  # 甲项目和总投资13.5亿元的乙项目
    # or a project told with its figure after it, then another (甲项目已累计完成投资21亿元、乙项目已累计完成投资7亿元)
    r"|(?<=[亿万]元)、(?=[^，。；、]{2,40}?(?:项目|工程)[^，。；、]{0,8}?(?:完成|实现)(?:年度)?投资[约近超逾达为]{0,2}\s?\d)"
)


# a count of projects, then another stage's count after 、 (签约233个项目、|开工225个项目), or the
# projects of that stage counted after their word (开工项目37项、|竣工项目69项, 开工亿元项目11个、|竣工亿元项目6个)
_STAGED_COUNT_NEXT = re.compile(r"(?<=[\d一二三四五六七八九十两百])(?:个|项)(?:项目|工程)?、(?=(?:新|集中)?(?:签约|开工|竣工|投产|开复工|建成|落地)(?:了)?"
                                r"(?:(?:的)?[^，,。；;、\d]{0,6}?(?:项目|工程))?(?:\d+|[一二三四五六七八九十两百]+)(?:个|项))")


def _pieces(sentence: str, split_priced: bool, whole: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """A sentence's clauses, cut at its commas and colons; where no list was read, a run of priced
    items is cut before each (总投资130亿元的甲项目、总投资100亿元的乙项目实现当年签约)."""
    spans = [(m.start(), m.end()) for m in _PIECE.finditer(sentence)]
    if sentence.rstrip()[-1:] not in "。！？；" and "投资" in sentence and (parted := [m.end() for m in _HEADLINE_PARTS.finditer(sentence)]):
        # 邢台市重点项目上半年完成投资228.5亿元 85个新开工项目开工建设: a headline's two parts (the space
        # between them may be cleaned away), the sum the first's projects' own, not the count's after it (but
        # 总投资87.5亿元 12个项目集中签约, a total with no projects of its own before it, is the count's)
        spans = [piece for a, b in spans for piece in zip([a, *(c for c in parted if a < c < b)], [*(c for c in parted if a < c < b), b])]
    if "、" in sentence and (staged := [m.end() for m in _STAGED_COUNT_NEXT.finditer(sentence)]):
        # 签约233个项目、开工225个项目、投产225个项目: a count for each stage, a batch each
        spans = [piece for a, b in spans for piece in zip([a, *(c for c in staged if a < c < b)], [*(c for c in staged if a < c < b), b])]
    if not split_priced or not ("、" in sentence or "与" in sentence or "和" in sentence or "及" in sentence):
        return spans
    cuts = [m.end() for m in _PRICED_NEXT.finditer(sentence) if not any(a < m.end() < b for a, b in whole or ())]
    out = []
    for a, b in spans:
        inner = [c for c in cuts if a < c < b]
        out.extend(zip([a, *inner], [*inner, b]))
    return out


# a headline's part that tells what its own projects have invested (海南重点项目今年累计投资180亿), then a
# space and a count of projects (新开工项目11个, 85个新开工项目开工建设)
_HEADLINE_PARTS = re.compile(r"(?:项目|工程)[^ 　，,；;。]{0,10}?(?:完成|累计)[^ 　，,；;。]{0,4}?投资[约近超逾达]{0,2}\d+(?:\.\d+)?(?:亿|万)元?[ 　]*(?!的)(?=[^ 　，,；;。的]{0,16}?\d+(?:个|项))")


# the kinds projects are counted by (基础设施, 社会民生, 文旅商贸及房地产)
# a count of a kind of projects that opens a clause, after its time: 1—6月，482个产业发展项目
_KIND_COUNT_LEAD = r"(?:(?:\d{1,2}[-—–至]\d{1,2}月|[一二三四]季度|上半年|今年|目前|截至目前|截至\d{1,2}月底?)[，,]?)?"
_CATEGORY = re.compile(r"(?:(?:基础设施|社会民生|民生|社会事业|公共服务|产业|工业|农业|服务业|现代服务业|制造业|文旅|文化旅游|旅游|商贸|房地产|城建|城市建设|交通|水利|能源|清洁能源|电网|"
                       r"生态环保|生态建设|环境保护|环保|教育|卫生|医疗卫生|科技|乡村振兴|新基建)(?:类)?(?:及|和|、)?)+")  # (生态建设及环境保护项目)
# a kind of projects told bare, the words a share of what a batch invested is told by (乡村振兴项目, 城市更新提升项目, 棚户区改造项目)
_KIND_SHARE_NAME = re.compile(r"(?:" + _CATEGORY.pattern + r"|城市更新|城市有机更新|棚户区改造|棚改|老旧小区改造)+(?:提升|改造|建设|发展)?(?:类)?(?:项目|工程)")
# a kind of projects with a word of its own before or after it (通信|基础设施项目, 产业及|创新平台项目, 民生|实事项目),
# the word no site, park, phase or works (not 农业|产业园项目, 文旅|小镇项目, 水利|枢纽工程: what one project builds;
# nor a brand before the kind's word, 甲乙|科技总部项目: a word before it only before 基础设施)
_KIND_SHARE_QUALIFIED = re.compile(r"(?:[\u4e00-\u9fff]{2}(?=基础设施))?(?:" + _CATEGORY.pattern + r")(?:[^\W\d_期园区城镇港站厂馆院线路桥谷湾岛场所楼库基地中心纽]{1,4})?(?:类)?(?:项目|工程)")
# a kind of projects, counted or not, and how far it has come: 25个重大基础设施项目已开工20个, 45个重大产业项目
# 中的31个工业项目已开工26个, 现代产业项目已开工78个, 5个服务业项目全部开工建设
_KIND_PROGRESS = re.compile(_KIND_COUNT_LEAD + r"(?:我[省市区县])?(?:" + _COUNT_WORD + r"[^，,。；;\d]{0,12}?(?:项目|工程)中的)?(?:" + _COUNT_WORD + r")?(?:市|省|县|区)?(?:重点|重大)?(?:现代)?(?:"
                            + _CATEGORY.pattern + r")(?:发展|建设|保障)?(?:类)?(?:项目|工程)(?:已经|已|全部|均){0,2}(?:" + _STAGE_ALTERNATIVES + r")(?:建设)?(?:" + _COUNT_WORD + r")?(?=[，,。；;]|$)")
_KIND_COUNT = re.compile(_KIND_COUNT_LEAD + _COUNT_WORD + r"(?:市|省|县|区)?(?:重点|重大)?(?:" + _CATEGORY.pattern + r")(?:发展|建设|保障)?(?:类)?(?:项目|工程)")
# a clause with no figure that opens on how a kind goes, before its count (产业项目进展相对较快，238个产业项目…)
_PROGRESS_LEAD = re.compile(r"^[^，,。；;\d]{0,12}?(?:进展|推进|建设)[^，,。；;\d]{0,8}[，,]")


def _whole_of_kinds(text: str, context: dict, count: int) -> bool:
    """Whether a batch told before holds a kind's count and all the kinds counted after it: the last
    batch, or the largest one the item told before it (700个省重点项目完成投资…；其中504个续建项目…；116个
    项目开工…。348个产业项目完成投资…: the kind is of the 700, not of the 116 split from it by stage)."""
    told = [m for m in context.get("found", []) if m.fields.get("batch") and m.fields.get("count")]
    for whole in [context["batch"], *sorted(told, key=lambda m: -m.fields["count"])[:1]]:
        if count < (whole.fields.get("count") or 0) \
                and sum(int(n) for k in _KIND_COUNT.finditer(text, whole.evidence_end) for n in _rx.findall(r"\d+", k.group())[-1:]) <= whole.fields["count"]:
            return True
    return False


# a place and its count of a batch (福州市75个, 位于甲街道的项目2个), and its share of one project
# (阳明洞街道项目1个, 小箐镇1个)
_PLACE_BEFORE_COUNT = r"(?:位于)?[\u4e00-\u9fff]{1,10}?(?:[省市县区州旗盟镇乡]|街道)(?:的)?(?:项目|工程)?(?:共|有)?"
_PLACE_COUNT = re.compile(_PLACE_BEFORE_COUNT + r"(?:\d|[一二三四五六七八九十两百])")
_SHARE_OF_ONE = re.compile(r"[\s，,；;]*" + _PLACE_BEFORE_COUNT + r"(?:1|一)个")
# a count of projects planned out or held in reserve (谋划储备重大项目111个)
_PREPARED_COUNT = re.compile(r"(?:(?:谋划|" + _HELD_IN_RESERVE + r"|策划|包装)(?!实施|推进|建设|开工)(?:[^，,；;。\d]{0,8}?|上报[^，,；;。\d]{0,14}?)"
                             # (储备500万元以上项目932个; 谋划上报列入市级清单500万元以上投资项目69个, 亿元以上项目: a size class between
                             # the word and the count, still projects held in reserve; 谋划上报列入市级清单的重点项目69个: planned out and put on a list)
                             r"(?:[\d.]*(?:亿|千万|万)元?(?:及)?以上[^，,；;。\d]{0,4}?)?"
                             # (谋划储备中央预算内投资、专项债券、国债等上级资金项目162个; 争取中央预算内投资项目18个:
                             # projects put up for funds, none begun by it)
                             r"|(?:谋划|储备|争取|申报)(?:到|获批)?[^，,；;。\d]{0,16}?(?:预算内|专项债|国债|上级资金|资金支持|补助资金)[^，,；;。\d]{0,8}?)"
                             r"(?:项目|工程)(?:共|有|达)?" + _COUNT_WORD
                             # (谋划部署48个省重点前期工作项目: projects counted before the words that tell them prepared)
                             + r"|(?:谋划|策划|" + _HELD_IN_RESERVE + r")[^，,；;。\d]{0,4}?" + _COUNT_WORD + r"[^，,；;。\d]{0,8}?(?:前期|储备)(?:工作)?(?:项目|工程)")
# a count of projects still in preparation (安排重大前期项目122个, 前期规划研究项目216个, 拟安排29个预备项目,
# 101个预备重点项目完成投资…): like those in reserve, no stage reached (ruling 6); not 3个预备开工项目, to start
_IN_PREPARATION = re.compile(r"(?:前期|预备)(?!开工)[^，,；;。\d]{0,8}?(?:项目|工程)(?:共|有|达)?" + _COUNT_WORD
                             + r"|" + _COUNT_WORD + r"[^，,；;。\d]{0,8}?(?:前期|预备)(?!开工)[^，,；;。\d]{0,6}?(?:项目|工程)"
                             # (114个项目进入前期，计划投资额475.9亿元: the works' preparation begun, no stage reached)
                             + r"|" + _COUNT_WORD + r"[^，,；;。\d]{0,8}?(?:项目|工程)(?:已|正在)?(?:进入|转入|开展|启动)前期(?!开工)")
# a count of key projects of a level (220个省重点项目, 省级重点项目25个) and a count of key projects told before it
# (954个市级重点项目, 安排市重点项目954个)
_LEVEL_COUNT = re.compile(r"(?<![\d.])(?P<c>\d+)(?:个|项)(?:省|市|县|区|国家)级?(?:、(?:省|市|县|区)级?)?(?:重点|重大)(?:建设)?(?:项目|工程)")
_LEVEL_THEN_COUNT = re.compile(r"(?:省|市|县|区)级?(?:重点|重大)(?:建设)?(?:项目|工程)(?:共|有)?(?P<c>\d+)(?:个|项)")
_KEY_COUNT = re.compile(r"(?<![\d.])(?P<c>\d+)(?:个|项)[^，,。；;\d]{0,10}?(?:重点|重大)(?:建设)?(?:项目|工程)|(?:重点|重大)(?:建设)?(?:项目|工程)(?:共|有)?(?P<d>\d+)(?:个|项)")


def _level_share(text: str, at: int, body: str, count: int) -> bool:
    """Whether a count of one level's key projects with no stage of its own (220个省重点项目完成投资346亿元) follows a
    larger count of key projects the item told before (954个市级重点项目完成年度计划投资的30.1%): the level's
    share of them, a breakdown by level, no batch (ruling 6); a count of another kind before it (3455个省大中型项目),
    one at a stage (12项省级重点项目全部开复工) or a place's (其中清远共有48个省重点项目) stays a batch."""
    if _STAGE.search(body) or not (_counted(_LEVEL_COUNT, count, body) or _counted(_LEVEL_THEN_COUNT, count, body)):
        return False
    if _share_place(_rx.sub(r"^[\s，,；;]*(?:其中[，,：:]?)?", "", body)):
        return False  # (广东省1530个重点项目…其中清远共有48个省重点项目: a place's share, a batch)
    # (the count before told close by, in the sentence or the one before: not a list told paragraphs earlier)
    # (and a count of key projects, not an event's: 1416个重大项目集中开工。…700个省重点项目 is the year's list, a batch)
    return any(int(m.group("c") or m.group("d")) > count and not _STAGE.search(_clause_at(text, m.start(), m.end()))
               for m in _KEY_COUNT.finditer(text, max(0, at - 100), at))


def _clause_at(text: str, start: int, end: int) -> str:
    """The clause (between commas, semicolons or full stops) that holds text[start:end]."""
    opens = max(text.rfind(mark, 0, start) for mark in "，,；;。\n") + 1
    closes = min([i for i in (text.find(mark, end) for mark in "，,；;。\n") if i >= 0] + [len(text)])
    return text[opens:closes]


# a count of projects by whose money they bring (民间投资项目402个, 外商投资项目19个, 国(境)外投资项目52个, 签订引进内资项目39项,
# 32个内资项目): after a larger batch told before, a breakdown of it by kind, no batch (ruling 6)
_CAPITAL_SOURCE = r"(?:内资|外资|内外资|民间投资|民资|民营企业|外商投资|外商独资|外资企业|(?:国内)?省外投资|市外投资|境内市外|国[（(]境[)）]外投资|境外投资|国外投资|对外投资)"
_BY_CAPITAL = re.compile(_CAPITAL_SOURCE + r"[^，,。；;\d]{0,4}?(?:项目|工程)(?:共|有|达)?(?P<c>\d+)(?:个|项)")
_COUNT_BY_CAPITAL = re.compile(r"(?<![\d.])(?P<c>\d+)(?:个|项)(?:利用|引进)?" + _CAPITAL_SOURCE + r"[^，,。；;\d]{0,4}?(?:项目|工程)")


def _split_by_capital(body: str, count: int, context: dict, out: list[Match]) -> bool:
    """Whether a count of projects by whose money they bring (外商投资项目34个) splits a larger batch the item told
    before it (共计537个…重大项目集中开工): a breakdown by kind, no batch (ruling 6); with no such batch before
    (上报境外投资项目1个…；境内市外项目3个) each is a batch of its own."""
    if not (_counted(_BY_CAPITAL, count, body) or _counted(_COUNT_BY_CAPITAL, count, body)):
        return False
    return any(m.fields.get("batch") and (m.fields.get("count") or 0) > count for m in [*context.get("found", []), *out])


# a count of projects held in a database, a stock with no stage reached (在库亿元以上项目1750个, 项目储备库和建设库
# 入库项目210个); not those newly entered in the statistics, 新增入库固投项目55个, which have started
_IN_STORE = re.compile(r"(?:在库|(?:储备库|项目库)[^，,；;。\d]{0,8}?入库)[^，,；;。\d]{0,12}?(?:项目|工程)(?:共|有|达)?(?P<n>\d+)(?:个|项)")
# projects listed to be offered to investors (编制推出《项目推介手册》，梳理出…54个项目)
# projects put out for investors to take up (全县共推出甲、乙等招商引资项目39个, 推出项目39个, 对外发布招商项目111个):
# offered, nothing done yet (but 推出的15个旅游招商项目，有5个顺利签约 tells what was signed)
# (and projects for investment put out, gathered or packaged for a fair: 共计发布招商引资项目100个，金额648.7亿元;
# 对接会共征集到省内旅游招商引资项目330个; 包装了招商项目90个; but 征集拟签约项目156个 are to be signed, planned)
_OFFERED = re.compile(r"(?:推出|对外发布)[^，,。；;]{0,120}?(?:项目|工程)|(?:发布|征集到?|包装了?)[^，,。；;\d]{0,20}?招商(?:引资)?项目")
_PROMOTED = re.compile(r"梳理出|推介手册|招商手册|项目手册|招商项目库|对外推介")
# a clause that opens with what has been invested so far, no subject of its own (已完成投资1705.3亿元)
_SO_FAR = re.compile(r"\s*(?:已|累计|共|共计|目前|截至目前[，,]?)*(?:完成|实现)(?:年度|当年)?(?:建设)?投资")  # (已完成建设投资1918亿元)
# a clause after a semicolon that is only the total of the count before it: 开工项目363个，同比增长24.7%；投资总额1921亿元;
# 甲县项目7个；总投资14.5亿元
_TOTAL_ALONE_AFTER = re.compile(r"\s*(?:项目)?(?:计划)?(?:总投资|投资总额)(?:额)?(?:约|达|为|近|超|逾){0,2}[\d.]")
# (51个新能源项目落地签约；合同总金额人民币962.3亿元: the sum the count's contracts name)
_CONTRACT_ALONE_AFTER = re.compile(r"\s*(?:项目)?(?:合同|签约)总?(?:金额|额)(?:约|达|为|近|超|逾|人民币){0,3}[\d.]")


# a clause that ends on a resort's name right before the sum signed for it (甲旅游度假区，签约金额40亿)
_RESORT_SIGNED_NEXT = re.compile(r"[^，,。；;]{2,40}?(?:度假区|度假村|养生园|旅游村)[，,]\s*(?:签约|合同)(?:总)?(?:金额|额)")
# a member told as one of a whole the sentence goes on to tell: 包括甲项目在内，
_AMONG_THEM = re.compile(r"\s*包括[^，,。；;]{2,40}?在内[，,]\s*")


def _groups(text: str, start: int, end: int, money: list[Quantity], split_priced: bool = False, whole: list[tuple[int, int]] | None = None) -> list[_Group]:
    """The sentence cut into one group per project (or batch); a run of priced items in a clause
    of ``whole`` (spans in the sentence, the clauses a list was read in) is left uncut."""
    pieces = _pieces(text[start:end], split_priced, whole)
    groups: list[_Group] = []
    current: _Group | None = None
    total_alone = False
    last = start
    for a, b in pieces:
        a, b = start + a, start + b
        piece = text[a:b]
        amounts = []
        for q in money:
            if a <= q.start < b:
                kind = "other" if _size_class(text, q) else _kind(text, a, q)
                if kind == "total_investment_weak":
                    kind = "total_investment" if _rx.search(r"项目|投资|工程|基地|工厂|建设", piece) else "other"
                phase = _phase_of(text, a, q)
                amounts.append(_Amount(q, kind, bool(phase)))
        count = _count(piece)
        if count is None and ("项目" in piece or _SHARE.fullmatch(piece.strip().rstrip("，,；;：:"))) and not _rx.search(r"增加|减少|增长", piece):
            # 巴州区8个，总投资8.2亿元; 集中开工的项目多达17个，总投资近75亿元: a count of projects, or a
            # place's, whose total opens the next clause (but 项目数量增加6个 is a change, no batch)
            count = _count(text[a : min(end, b + 8)], len(piece))
        names = [] if _BEFORE_THIS.match(piece) else _names(piece, a)
        if not names and _RESORT_SIGNED_NEXT.match(text, a, min(end, b + 12)):
            # 其中，甲国际旅游度假区，签约金额40亿: the resort the sum after it is signed for (a resort's name ends a
            # name only told with its sum: _NAME_END), read with the words of that sum
            names = [(at, n) for at, n in _names(text[a : min(end, b + 8)], a) if at + len(n) <= b]
        if not names and "作为" in text[max(start, a - 40) : a] and _AS_A_PROJECT.search(text, max(start, a - 40), a) and (named := _NAMED_AFTER_AS.match(piece)) \
                and _item_ok(named.group("name")) and not _place_lead(named.group("name")) == len(named.group("name")):
            names = [(a + named.start("name"), named.group("name"))]  # 作为省重大项目，库比森轮胎总投资100亿元: the works the clause before calls a project
        has_investment = any(x.kind in INVESTMENT_KINDS for x in amounts)
        # (a clause after a semicolon is another's, but for what a batch has invested so far: 已开工480个，
        # 开工率96%；已完成投资1705.3亿元)
        so_far = current is not None and current.count and not current.investment and not count and not names \
            and amounts and (all(x.kind == "completed_investment" for x in amounts) and _SO_FAR.match(piece) is not None
                             or all(x.kind == "total_investment" for x in amounts) and _TOTAL_ALONE_AFTER.match(piece) is not None
                             or all(x.kind == "contract_capital" for x in amounts) and _CONTRACT_ALONE_AFTER.match(piece) is not None
                             and not _rx.search(r"(?:超|过|逾)[\d.]+(?:亿|万)元?(?:以上)?的?项目", text[current.start : a]))  # (not a size class's: …，超10亿项目27个；合同总金额…)
        new = current is None or _rx.match(r"^(?:其中|另外|此外|同时|还有|包括)", piece) or (";" in text[a - 1 : a] or "；" in text[a - 1 : a]) and not so_far \
            or _AMONG_THEM.fullmatch(text, current.start, a) is not None  # 包括甲项目在内，此次开工的项目…总投资566亿元: the member, then the whole
        if current is not None and not new:
            phase_then_total = all(x.phase for x in current.amounts if x.kind in INVESTMENT_KINDS) and not names and any(
                x.kind == "total_investment" and not x.phase for x in amounts)
            if has_investment and current.investment and not (count and not current.count) and not phase_then_total and not _members_total(text, current, piece, amounts, names, count):
                new = True  # a second investment amount: a second project (a phase's, then the total, is one)
            elif names and current.names and (current.amounts or current.count):
                new = True  # a second project's name after the first's figures
            elif names and current.names and (names[0][0] - a <= 1 or _SITE_OPENING.fullmatch(text, a, names[0][0])) and (_STAGE.search(piece) or _SITE.search(piece)):
                new = True  # ，乙项目全面投产: a clause about another project, with its own stage
            elif names and not (current.names or current.amounts or current.count) and names[0][0] - a <= 1 and _STAGE.search(piece) \
                    and _STAGE.search(text, last, a):
                new = True  # 员工宿舍和食堂投入使用，|公租房一期主体竣工: works with no name reached their stage, then a project its own
            elif names and current.names and _STAGE_OPENING.fullmatch(text, a, names[0][0]):
                new = True  # ，成功签约了乙项目: a clause that opens with what was done to another project
            elif names and not current.names and current.amounts and names[0][0] - a <= 1 and _STAGE.search(piece) and _rx.search(r"\d+(?:家|户)(?:企业)?", text[current.start : a]):
                new = True  # 总投资达44亿元的5家企业…，乙项目正式投产: firms' total, then a project of its own
            elif has_investment and names and current.names and not current.amounts and not current.count and _STAGE.search(text[current.start : a]):
                new = True  # 甲一期项目顺利投产，引进总投资21亿元的乙项目: a project told done, then another priced
            elif names and current.count and not current.names and not current.amounts and _MEMBERS_AFTER.search(text, current.start, a) and not count:
                new = True  # 这45个项目主要在以下几个方面：甲公司投资建设的乙项目: the count's members, after its colon
            elif current.count and not current.names and not current.investment and not count and _PRICED_MEMBER.match(piece) \
                    and _PRICED_MEMBER.match(text, b, end):
                new = True  # 已竣工项目3个，投资1500万元的甲油脂厂，投资630万元的乙商城: the count, then its members each priced
            elif count and (current.names or current.investment or current.count) and not (total_alone and not current.names and not current.count):
                new = True  # a second count: another batch (25个项目开工，签下的项目29个)
                # (but 总投资243亿元，甲市65个项目集中开工: a total told alone, then what it totals)
        if new:
            current = _Group(a, b)
            groups.append(current)
        # a total told alone, and only a place after it (总投资9.6亿元，海口国家高新区，7个项目开工)
        total_alone = "总投资" in piece and _BARE_TOTAL.fullmatch(piece) is not None or total_alone and _only_a_place(piece)
        current.end = b
        last = a  # where the clause just read begins
        current.amounts.extend(amounts)
        current.names.extend(names)
        if count and not current.count:
            current.count = count
    return groups


# a clause that opens with a member's own sum, then its name (投资1500万元的甲油脂厂，)
_PRICED_MEMBER = re.compile(r"\s*(?:分别[为是][：:]?)?(?:计划|预计)?(?:总)?投资(?:额)?[约近超逾达为]{0,2}[\d.]+(?:万亿|亿|万)?元的[^，,；;。\d]{2,30}?[，,；;。]")


# a clause that is a sum and nothing else, invested or signed for (，总投资53.1亿元; ，签约金额达32.6亿美元)
_SUM_ALONE = re.compile(r"\s*(?:共|合计|累计)?(?:计划|预计)?(?:总投资|投资总额|(?:" + _CONTRACT_CUE + r"|签约总额|协议总投资)(?:总额)?)(?:额|规模)?(?:达|约|近|超|逾|超过|为)*[\d.]+(?:万亿|亿|万)?(?:美)?元?(?:以上)?[，,\s]*")


def _members_total(text: str, current: _Group, piece: str, amounts: list[_Amount], names: list, count: int | None) -> bool:
    """A clause that is only a total (，总投资53.1亿元), after a count whose members are each told with
    their own sum before their name (总投资15亿元的甲项目、总投资10亿元的乙项目等8个项目签约): the count's
    total, not another project's."""
    if names or count or not current.count or not amounts or _SUM_ALONE.fullmatch(piece.rstrip("。！!？?")) is None:
        return False
    own = [x for x in current.amounts if x.kind in INVESTMENT_KINDS]
    return bool(own) and all(_rx.match(r"(?:人民币)?的", text[x.q.end : x.q.end + 4]) for x in own) \
        and _rx.search(r"等" + _COUNT_WORD + r"[^，,；;。]{0,12}?(?:项目|工程)", text[current.start : current.end]) is not None


# a clause that calls what the next clause opens with a project (作为省重大项目，库比森轮胎总投资100亿元，于今年4月开工
# 建设): the words before its total or its stage name the project, though no project's word ends them
_AS_A_PROJECT = re.compile(r"作为[^，。；,;]{2,30}?(?:项目|工程)(?:之一)?[，,]$")
_NAMED_AFTER_AS = re.compile(r"\s*(?P<name>[\u4e00-\u9fffA-Za-z0-9（）()·]{2,20}?)(?=(?:项目)?(?:计划|预计)?总投资|(?:已经?|正式|顺利)?(?:于[^，。；,;]{2,12}?)?(?:开工|动工|竣工|投产|签约|落户))")


# a colon after a count that opens on its members, told one to a clause, not as a list: 这45个项目主要在以下
# 几个方面：(a list's own intro, 分别是：, 包括：, is read as a list)
_MEMBERS_AFTER = re.compile(r"(?<!分别是)(?<!分别为)(?<!依次为)(?<!包括)(?<!主要有)(?<!如下)(?<![是为有])[：:]")
# a clause that is a total and nothing else (总投资约9.6亿元，): the total of what the next clause counts
_BARE_TOTAL = re.compile(r"\s*(?:共|合计|累计)?(?:计划|预计)?总投资(?:额|规模)?(?:达|约|近|超|逾|超过|为)*[\d.]+(?:亿|万)?元?(?:以上)?[，,\s]*")


def _only_a_place(piece: str) -> bool:
    place = piece.strip().rstrip("，,")
    return bool(place) and (_place_lead(place + "甲乙") == len(place) or _leading_park(place + "甲乙丙丁") == place)


# a numeral, then 个 or 项: what a list closed by its count (甲、乙、丙三个亿元项目) holds
_NUMERAL_COUNT = re.compile(r"[\d一二三四五六七八九十两][个项]")
# where an enumeration of projects ends: 甲、乙等16个项目, 等一批…项目, 等新签约项目, 等，均在…项目之列, 等5大项目 (a count by 大)
# (甲、乙等共30个项目集中落户: the count told as a total, 共 before it)
# (甲项目、乙项目等已开工建设, 等已启动建设: the stage the list reached, told as done with 已 and no count)
_LIST_END = re.compile(r"等(?:(?<![高中初]等)|(?<=[高中初]等)(?=\d+(?:个|项)))(?:在内的)?(?=(?:(?:总?投资(?:额|总额)?)?[约近超逾达为]?[\d.]+(?:亿|万)?元(?:(?:及)?以上|至[\d.]+(?:亿|万)?元)?的?(?:[\u4e00-\u9fff]{0,6}?(?:项目|工程))?)?(?:共|合计|总计|一共)?" + _COUNT_WORD + r"(?:[^，。；的]{0,14}?(?:项目|工程)|[^，。；的]{1,10}?的(?:重大|重点)?(?:项目|工程)|[^，。；的]{0,12}?亿元(?:以上)?的[^，。；的]{0,4}?(?:项目|工程)|[，,；;。]|$|(?:陆续|集中|顺利|正式)?(?:破土动工|开工|动工|签约|投产|竣工)|(?:正在|已经|已|均|都|还)[^，。；]{0,10}?(?:[，,；;。]|$))|一批[^，。；]{0,20}?(?:项目|工程)|(?:[\u4e00-\u9fff]{2,8}、){0,3}[\u4e00-\u9fff“”]{0,16}?(?:项目|工程)|\d+(?:项目|工程)|(?:\d+|[一二三四五六七八九十两]+)大[^，。；的]{0,8}?(?:项目|工程)|[，,]均(?:在|为|是|属)[^。；]{0,12}项目|(?P<loose>[也均都亦]|[。；，,]|$|一批|正在(?:加紧|加快)?(?:建设|施工)|(?:已经?)?(?:陆续|相继|先后|顺利|正式|全面)?(?:开工|签约|投产|投运|投用|建成|竣工|落地|落户|启动建设)|"
                       r"(?:一批)?(?:重大|重点)?[\u4e00-\u9fff]{0,4}?基础设施(?:项目|工程)?(?:已|均|相继|陆续|顺利|全面)?(?:建成|竣工|通车|投用|开工)))")
# where a list of named works gives way to kinds of works: 甲、乙以及其他老旧小区改造、学校等项目
_AND_OTHER_KINDS = re.compile(r"(?:以及|及|和)(?:其他|其它|各类)")
# one project named, then what it includes: the parts of that project, not projects (甲医药健康产业园项目包括
# 乙智能装备制造、丙生物制药和丁配送中心等4个项目), unlike a batch's members (此次签约项目包括, 这8个项目包括,
# 已竣工的项目包括, 代表性项目包括, 政府投资项目包括)
_WHOLE_OF_PARTS = re.compile(r"(?P<whole>[^，,。；;、：:]{4,40}?(?:项目|工程|产业园|基地))(?:主要)?(?:包括|包含)")
_PARTS_BEFORE = re.compile(r"(?:(?:该|此|本|这个)(?:项目|工程)|(?<![^，,。；;：:\n])(?P<whole>[^，,。；;、：:\n]{4,40}?(?:项目|工程|产业园|基地)))(?:主要)?(?:包括|包含)(?:建设|新建)?$")
# the event at which several projects do something at once: 甲行动项目集中签约仪式, 一季度产业项目集中开工活动
# (a name right before it names the event's projects, never one project; but 甲项目集中开工。 tells one
# project that started with the others)
_TOGETHER_AFTER = re.compile(r"集中(?:签约|开工|开竣工|开复工|竣工|投产|签约开工)(?:暨[^，,。；;]{0,20}?)?(?:仪式|活动|大会)")
_WHOLE_NOT = re.compile(r"的|个|批|此次|本次|这|那|上述|代表|其中|开工|签约|竣工|投产|建成|落地|引进|新建|续建|在建|重点|重大|政府投资|中央|省级|市级")
# a list closed by 等园区: the parks named are places where projects go, none a project (加快建设甲产业园、
# 乙产业园等园区; 甲循环经济产业园、乙皮鞋工业园等乡镇园区新引进项目20个), but 等园区项目 may name works
_PARKS_CLOSE = re.compile(r"等[\u4e00-\u9fff]{0,6}?(?:园区|开发区)(?!项目|工程|基础设施|建设项目|[\u4e00-\u9fff]{0,4}?建设(?:项目|工程))")
# a list's projects named as the ones that lead others (甲、乙等龙头项目引领作用), not as what was done
_LEADS_THE_WAY = re.compile(r"[^，,。；;]{0,10}?(?:项目|企业)?(?:的)?(?:引领|带动|示范|辐射|牵引)(?:作用|效应)")
# what an enumeration of things that are not projects ends with: 等领域, 等产业项目, 等难题
_LIST_NOT = re.compile(r"领域|产业(?!化)|行业|类|方面|板块|难题|问题|企业家|荣誉|措施|举措|机制|政策|制度|办法")
# a list's share of what was counted (其中甲、乙等项目占比较大, 甲、乙等初加工项目居多): kinds of projects
_SHARE_OF_KINDS = re.compile(r"[^，。；、]{0,6}?(?:项目|工程)(?:占比|所占比重|比重|居多|为主)")
# where the first item begins, after what was done: 新签约甲, 集中开竣工甲, 南宁市有甲
_LIST_LEAD = re.compile(_NAME_CUT.pattern + r"|(?:(?:省|市|县|区)?(?:重大|重点)(?:产业|工业)?|预备|续建|新开工)项目(?=[\u4e00-\u9fffA-Za-z]{2})|在建(?=[^，。；、]{4})|(?:项目|工程)中(?!心)(?=[\u4e00-\u9fffA-Za-z]{2})|(?:市|县|区|州|省|镇)有(?!限)|开竣工|具备|拥有|配套|生产|主要|涵盖|(?<![稀国特固富])有(?![限色])|[是为](?!限)|(?:股份有限公司|有限责任公司|有限公司)")
# a registered firm's legal form, with nothing of its name before it: 有限公司, 股份有限公司, 集团有限公司
_LEGAL_FORM_ONLY = re.compile(r"(?:集团)?(?:股份)?有限(?:责任)?公司|(?:集团)?股份公司|集团(?:公司)?")
# the words that open a list of what one project or park is made of (其中一期项目包含甲、乙等, 规划建设甲、乙等)
_PARTS_LEAD = re.compile(r"(?:其中)?(?:(?P<own>(?:[一二三四五六七八九十]期|该|此|本|这个)(?:项目|工程)(?:主要)?(?:包含|包括|建设))|(?:拟|将|计划|规划|同时)(?:在[^、，,]{1,8})?(?:建设|新建))")
# a list that follows these words is what a project is made of (主要建设甲、乙、丙), not projects
_LIST_PARTS = {"建设", "新建", "投资建设", "具备", "拥有", "配套", "生产", "主要", "包括", "以及", "及"}
# a list opened by 包括 or 包含 in a sentence that has told one site's works (项目位于某镇，规划占地2500亩，包括新建
# 甲道路、乙管网; 主要建设标准厂房10万平方米，包含甲厂、乙站等): what that one project is made of, not projects
# (but 此次开工的12个项目总占地3000亩，包括甲、乙等 names a count's members)
# a list told as what is built (建设甲、乙等; 在某市建设丙、丁等项目) in a sentence that has priced one project
# before it (甲项目投资35亿元，…; 总投资30亿元的甲项目，…): the parts of that project, no projects of their own
_BUILT_PARTS = re.compile(r"(?:在[^、，,]{1,8}?)?(?:建设|新建|兴建)(?!项目|工程)")
_ONE_PRICED = re.compile(r"(?:项目|工程)(?:计划|拟)?总?投资(?:额|总额)?[约近超逾达为]?[\d.]+(?:亿|万)?元|投资[约近超逾达]?[\d.]+(?:亿|万)?元的[^，。；、]{2,30}?(?:项目|工程)(?=[，,])")
_PARTS_INTRO = re.compile(r"(?:主要)?(?:包括|包含)(?:新建|建设)?")
_ONE_SITE_TOLD = re.compile(r"位于|占地|用地面积|建筑面积|建设内容|(?:^|[，,])[\s　]*(?:项目)?主要建设")


def _parts_of_one_site(before: str) -> bool:
    """Whether the words before a list opened by 包括/包含 tell one site's works (_PARTS_INTRO)."""
    return _ONE_SITE_TOLD.search(before) is not None and _rx.search(_COUNT_WORD, before) is None
# projects counted as only talked of or followed (正在洽谈项目13个, 正在跟踪项目15个), whose names follow
_TALKED_OF = re.compile(r"(?:洽谈|跟踪|在谈|意向|谋划|储备)(?:中|类)?的?(?:项目|工程)(?:共|有)?\d+个")
# a list that follows these words is of projects only followed or watched (积极跟进甲、乙等项目,
# 紧盯丙、丁等项目建设进度): nothing has happened to them that the list tells
_LIST_TRACKED = {"跟进", "跟踪", "紧盯", "盯紧", "洽谈"}
# the words of them that are also words of names (管道生产制造项目)
_LIST_WORDS = {"生产", "具备", "拥有", "配套"}
# words no project's name holds: a clause's verbs and people (必将掀起项目, 一同为项目,
# 市领导张安民, 使我省新增高速铁路, 又有科创项目), a verb of a slogan told with 着 (一切围着项目转,
# 盯着项目干), and what a slogan wants every project to be (建成优质工程、样板工程)
_NOT_IN_NAME = re.compile(r"哪些|必将|将会|一同|使我|使全|又有|既有|也有|还有|解决|掀起|再掀|迈向|调研员|负责人|出席|见证|(?:一流|精品|优质|放心|廉洁)(?:工程|项目)$|领导|书记|主任|表示|认为|指出|强调|动员|放在|将为|主攻方向|发挥|主力军|[区市县]在|"
                          r"一把手|高质量|组织好|狠抓|抓好|树立|增强|充分利用|总经理|董事长|(?<!传)说|^影响(?!力)|签约合作|合作实施|人民政府|[县市区党]委(?!党校)|凸显|彰显|突显|计算后|计算得出|测算|历史上|最大单体|^(?:起点|终点)|[与和](?=[\u4e00-\u9fff]{2,8}(?:集团|公司))|[.．]$|[（(][^）)]*$|"
                          # a clause's words (将进一步完善区域铁路, 工作重心向项目, 抓招商引项目, 坚持以项目, 做到项目, 促产业转型升级项目), an
                          # event (推介暨招商引资项目), a round of a programme (第一批重大项目, 自由贸易港建设项目), an
                          # agreement (融资合作协议)
                          r"^(?:将|进一步|促|被|巩固|充分|考虑|突出|起于|止于|达成)|着(?:项目|工程)$|^(?:样板|标杆|民心|满意)(?:工程|项目)$|擂台|[主分]会场|按照|不乏|补齐|会战|^政企|^始终|保持项目$|确定[^，。；]{1,10}?为|[为个](?:项目|工程)$|[既又]抓|均有|提高(?:项目|工程)$|常委|候选人|^中?各项目$|委员会项目$|^先后在|专项债|金融工具项目$|"
                          r"^(?:将|进一步|促|被|巩固|充分|考虑|突出)|[本该此]项目|(?:抓实|抓牢|扭住|敲响|投身|拓展|落实|做实|[在是有])(?:招商引资)?新?(?:新年)?(?:项目|工程)$|^[两三四]地(?:项目|工程)$|抢抓|季度项目$|新增项目$|比例|比重|占比|所签|所引进|浮夸|虚假|虚增|(?:洽谈会|推介会|交易会|招商会|恳谈会)项目$|转化为|的(?:大|好|重大|重点)?项目$|做实|做大|做强|做优|工作重心|抓招商|推介|(?:进行|[向抓以靠谋跑盯促到将把])(?:项目|工程)$|坚持|第[一二三四五六七八九十\d]+批|(?:自由贸易试验区|自由贸易港|自贸区|自贸港)建设项目$|协议$")
# an event's or a clause's words in what reads as a name (重点项目集中开工暨招商引资项目, 投产仪式举行…宣布项目)
_EVENT_WORDS = re.compile(r"集中(?:签约|开工|开竣工|开复工|竣工|投产)|仪式|宣布|招商引资项目$")
# (总用地902亩、一期计划投资21.8亿元的甲项目, 建筑面积5万平方米、总投资…的乙项目: a clause of how much land it takes, no item)
# (甲高新区管委会、乙区人民政府与丙公司…签约: the bodies that sign for a place, no item)
_ITEM_NOT = re.compile(r"(?:领域|行业|方面|板块|等|企业|项目群|协议|社会事业|管委会|管理委员会|人民政府)$|^被列|^(?:总|计划)?投资|^(?:总|规划|项目)?(?:占地|用地|建筑|占地面积|用地面积)(?:面积)?(?:约|近|超|达)?[\d.]|\.$|必将|将会|一同|使我|使全|又有|既有|也有|还有|解决|掀起|迈向|领导|书记|主任|常委|候选人|副[县市区镇乡]长|介绍了|^(?:以及|" + _AND_NOT_PLACE + r"|及)|^(?:国内|全国|全球|全省|全市|世界|亚洲|国际)(?:最大|首个|首家|第一|领先|一流)")


# the project a sentence tells of, told before (该项目, 此项目)
_THIS_PROJECT = re.compile(r"(?:该|此|本|这个|这一)(?:项目|工程)")

# the words one of which every intro to a list of a count's members holds (分别为, 项目包括, 具体有, ，为)
_INTRO_WORDS = re.compile(r"分别|依次|包括|具体|还有|也有|主要有|(?:项目|工程)(?:为|有|是)|[，,]为")

# a firm's region or branch told in brackets after its name (甲集团（中国）)
_BRACKETED = re.compile(r"[（(][^（）()]{1,6}[）)]")

# the words that open the fields a batch covers (涉及高端纺织、机电装备等)
_FIELDS_COVERED = re.compile(r"(?:主要)?(?:涉及|涵盖|覆盖|围绕|聚焦|集中在|分布在|分布于)")


def _names_covered(raw: str, after: str) -> bool:
    """，涵盖甲机场、乙开发、丙庄园等10个签约项目 / ，涉及甲区域总部、乙生产基地等8个项目: what a batch
    covers told by the names of its projects, closed by their count, not by its fields (涉及新能源、
    新材料等项目; 涉及甲、乙等领域的59个项目): one item at least ends as a works' name, none is a word for
    a field or kind."""
    if not _rx.match(r"(?:\d+|[一二三四五六七八九十两]+)(?:个|项)[^，。；、的]{0,10}?(?:项目|工程)", after):
        return False
    items = _rx.split(r"、", _FIELDS_COVERED.sub("", raw, count=1))
    return len(items) >= 2 and any(_ends_as_project(item) for item in items) \
        and not any(_generic(item) or _LIST_NOT.search(_rx.sub(r"产业(?=园|基地|综合开发)", "", item)) for item in items)


# people listed, then where they went (甲、乙等市领导先后到, 丙、丁一行深入, 戊等负责同志来到): the list of
# sites that follows is the list of projects, the people before it none
_VISITORS = re.compile(r"(?:等|一行)[^、，,。；;：:]{0,12}?(?:领导|负责同志|同志|一行|人员|干部|代表|嘉宾|专家)?(?:先后|相继|陆续|分别|一同|一起|一道)?(?:到|来到|深入|走进|走访|前往|赴|莅临|实地察看|察看|查看|调研|观摩)(?=[^，。；]{4})")


def _enumerations(text: str, start: int, end: int, money: list[Quantity], report: bool = False) -> list[_Enumeration]:
    """Projects listed one after another and closed by 等 (甲、乙、丙等16个项目建成投产), or by
    a project's name (甲、乙项目开工建设): each item is a project, with the amount that
    opens it (投资14亿元甲、15亿元乙等32个项目) if any."""
    sentence = text[start:end]
    found: list[_Enumeration] = []
    for signed in _FIRMS_SIGN_WITH.finditer(sentence) if "公司" in sentence and "与" in sentence and not _rx.search(r"项目|工程", sentence) else ():
        # 甲有限公司、乙有限公司与某镇政府签订了合作协议: registered firms that signed with the place, told
        # before it, no project named in the sentence: each a project of its own (ruling 5)
        place = signed.group("place")
        if not (_rx.search(r"(?:人民政府|政府|管委会|[省市县区镇乡])$", place) or any(place + suffix in gazetteer().by_name for suffix in ("", "市", "县", "区"))):
            continue  # 甲集团与国家开发银行天津分行签署, 甲公司与乙集团签订: a bank or a firm, no place
        if _rx.search(r"建设|新建|兴建|打造|投资", sentence[signed.end() :]):
            continue  # 甲有限公司与某市人民政府签约，在某县建设乙产业园，合同额15亿元: the works it signed for are named
        a, b = start + signed.start("firms"), start + signed.end("firms")
        if any(e.start < b and a < e.end for e in found):
            continue
        # (one firm alone is no list: its item made here, before the lists below, which need a 、)
        enumeration = _enumeration(text, a, b, money, closed=True, firms=True) if "、" in signed.group("firms") else _Enumeration(a, b, [_Item(a, signed.group("firms"))])
        if enumeration:
            for item in enumeration.items:
                item.firm, item.brought = True, True
            found.append(enumeration)
    if "、" not in sentence and "以及" not in sentence and "等" not in sentence and "分别" not in sentence and "为代表" not in sentence and not _rx.search(r"[两二2][个项]|项目为[：:]|(?:企业|项目)代表", sentence) \
            and not ("企业" in sentence and _FIRM_ONE_ARRIVES.search(sentence)):
        return found  # no list without a 、, 以及, 等, 分别, 为代表, a pair counted or 项目为： (most sentences), or one firm that speaks for its project
        # (or one firm told after the word for its kind, 外资企业甲乙光学成功落户)
    exemplars = _class_exemplars(text, start, end)
    if exemplars:
        found.append(exemplars)
    for close in _LIST_END.finditer(sentence):
        if exemplars and exemplars.start <= start + close.start() <= exemplars.end:
            continue  # (read below as a batch told class by class)
        after = sentence[close.end() : close.end() + 14]
        not_projects = (bool(_LIST_NOT.search(_rx.split(r"项目|工程", after, maxsplit=1)[0])) or _SHARE_OF_KINDS.match(after) is not None) and close.group("loose") is None \
            and not _rx.match(r"(?:一批)?(?:[^，。；]{2,8}的)?(?:\d+个)?(?:省|市|县|区)?(?:重点|重大|亿元以上)?(?:(?!主导|优势|特色|支柱|新兴|战略)[\u4e00-\u9fff]){0,6}?产业(?:类)?(?:[和及、][\u4e00-\u9fff]{2,4}?类)?项目", after)  # 等重点产业项目试产, 等一批央企投资的产业项目, 等航空汽车产业项目9个: projects
        # (等59个产业类和基建类项目落地开工: projects of two kinds)
        if _rx.match(r"(?:等)?(?:一批|多家|\d+(?:家|户)|[一二三四五六七八九十两]+(?:余|多)?(?:家|户))?[\u4e00-\u9fff]{0,10}?(?:企业|上市公司)(?!(?:转型裂变|转型升级|转型|技改)?项目)", sentence[close.start() :]):
            continue  # 甲、乙等十余家知名企业与某县签约: firms, read as such below (ruling 5)
        if _PARKS_CLOSE.match(sentence, close.start()):
            continue  # 加快建设甲化工产业园、乙产业园等园区, 甲产业园、乙工业园等乡镇园区新引进项目20个: parks, where projects go
        clause_start = max(sentence.rfind(mark, 0, close.start()) for mark in "，,；;：:。") + 1
        if _TALKED_OF.search(sentence[max(0, clause_start - 16) : clause_start + 4]):
            continue  # 正在洽谈项目13个，分别为甲、乙等: projects only talked of or followed, none done
        if visitors := _VISITORS.search(sentence, clause_start, close.start()):
            clause_start = visitors.end()  # 甲、乙、丙等领导先后到|丁项目现场、戊项目现场等地调研: the visitors' names are no items
        raw = sentence[clause_start : close.start()]
        others = _AND_OTHER_KINDS.search(raw)
        list_end = clause_start + others.start() if others and "、" in raw[: others.start()] else close.start()  # (甲、乙以及其他学校、医院等项目: the named, then kinds)
        raw = sentence[clause_start:list_end]
        if (_FIELDS_COVERED.match(raw) and not _names_covered(raw, sentence[close.end() :])) or _rx.match(r"(?:这些项目)?(?:包括)?具有(?!代表性)", raw):
            continue  # 涉及高端纺织、机电装备等项目: the fields a batch covers, no projects
        if sentence[clause_start - 1 : clause_start] in "，," and clause_start > 0 and _ends_as_project(sentence[max(0, clause_start - 40) : clause_start - 1]) \
                and (chain := _comma_chain(text, start, start + close.start())) and sum(1 for item in chain.items if item.at < start + clause_start) >= 2:
            # 甲开发区乙项目，丙开发区丁项目，…，戊区己、庚项目等14个项目: whole names one to a clause,
            # the last of them a name with a 、 of its own (speed: only where the clause before ends as
            # a name does; reading the chain costs a tenth of a millisecond a list)
            found.append(chain)
            continue
        if "、" not in raw and "以及" not in raw:
            chain = _comma_chain(text, start, start + close.start())
            if chain:
                found.append(chain)
                continue
            single = _single_item(text, start + clause_start, start + close.start(), sentence[close.end() :])
            if single is None and (close.group("loose") is not None or not not_projects and _rx.match(r"[^，。；]{0,12}?(?:项目|工程)", sentence[close.end() :])):
                single = _one_member(text, start + clause_start, start + close.start(), sentence[:clause_start], close.group("loose") is None)
            if single is None:
                single = _one_of_kind(text, start + clause_start, start + close.start(), sentence, close.end())
            if single and not not_projects:
                found.append(single)
            continue
        if _rx.match(r"(?:" + _COUNT_WORD + r")?子(?:项目|工程)", sentence[close.end() :]):
            continue  # 主要建设年产45万吨硫酸、15万吨磷酸一铵等7个子项目: the parts of one project
        if (whole := _WHOLE_OF_PARTS.match(raw)) and not _generic(whole.group("whole")) and not _WHOLE_NOT.search(whole.group("whole")):
            continue  # 甲医药健康产业园项目包括乙智能装备制造、丙配送等4个项目: the parts of the one project named
        if _LEADS_THE_WAY.match(sentence, close.end()):
            continue  # 发挥甲、乙等龙头项目引领作用: projects named as examples that lead, nothing done to them
        if _rx.match(r"(?:" + _COUNT_WORD + r")?(?:[\u4e00-\u9fff]{0,6}项目)?(?:入选|获评|被评为|被推荐)", sentence[close.end() :]):
            continue  # 甲、乙等12个项目入选重点招商项目册: a catalogue's entries, nothing done to them yet
        counted = _rx.match(r"(\d+|[一二三四五六七八九十两百]+)(余|多)?(?:个|项)", sentence[close.end() :])
        if counted is None and _rx.match(r"(?:新)?(?:签约|签下|引进|引入|招引)", sentence[clause_start:].lstrip()):
            # 签约甲、乙等项目29个: what was signed, counted after the word for it (but 开发建设玉米淀粉、
            # 胚芽油等项目26个 counts kinds of works)
            counted = _rx.match(r"(?:重点|重大)?项目(\d+|[一二三四五六七八九十两百]+)(余|多)?(?:个|项)", sentence[close.end() :])
        exact = int(counted.group(1) if counted.group(1).isdigit() else cn_to_number(counted.group(1)) or 0) if counted and not counted.group(2) else None
        enumeration = _enumeration(text, start + clause_start, start + list_end, money, closed=True, counted=bool(counted), count=exact)
        members = _rx.match(r"(?:主要有|主要包括|主要是|包括)", raw) and _rx.search(r"(?:项目|工程)" + _COUNT_WORD + r"[^。；;]{0,60}$", sentence[:clause_start]) \
            or _rx.match(r"(?:如|例如|比如|诸如|(?:具有|较有)?代表性的(?:项目)?(?:是|有|包括))", raw) and _rx.search(r"(?:项目|工程)(?:中|" + _COUNT_WORD + r")", sentence[:clause_start]) \
            or raw.startswith("包括") and sentence.startswith("等在内", close.start())  # 项目501个，…，如甲、乙等: examples; 包括甲、乙等在内的项目: members
        # (a list its stage closes, 甲高铁、乙灌区、丙智能制造等开工建设, needs half its items to read as works; one
        # closed by a mark alone, two thirds)
        staged_close = close.group("loose") is not None and _STAGE.search(close.group("loose")) is not None
        if close.group("loose") is not None and not staged_close and (parts := _PARTS_LEAD.match(raw)) and not _rx.search(_COUNT_WORD + r"|集中|批", sentence[: close.start()]) \
                and (parts.group("own") or _rx.search(r"(?:项目|园区|基地|产业园)(?:是|为|由|位于|占地|总用地|总投资)", sentence[:clause_start])):
            continue  # 一期项目包含甲厂房、乙厂房等, 拟在某县建设甲基地、乙中心等: what one project is made of
        if not staged_close and _BUILT_PARTS.match(raw) and _ONE_PRICED.search(sentence, 0, clause_start) and not _rx.search(_COUNT_WORD + r"|集中|批", sentence[: close.start()]):
            continue  # 甲项目投资35亿元，由乙合作，在某市建设丙、丁、戊等项目: what the one project priced before is made of
        if close.group("loose") is not None and not staged_close and _PARTS_INTRO.match(raw) and _parts_of_one_site(sentence[:clause_start]):
            continue  # 主要建设标准厂房10万平方米，包含甲厂、乙站等: what the one site told is made of
        if enumeration and (close.group("loose") is not None or not_projects) and not members and \
                (2 if staged_close else 3) * sum(1 for item in enumeration.items if item.amount or _ends_as_project(item.name) or staged_close and _WORKS_END.search(item.name)
                                                  or text.startswith("建设", item.at + len(item.name)) or _PHASE_TOLD.search(item.name)) \
                < (1 if staged_close else 2) * len(enumeration.items):
            continue  # 甲、乙等。, 甲、乙等产业项目: projects only when most have an amount or a project word
            # (工业项目11个，…，主要有甲、乙等; 基础设施项目15个，…，包括甲、乙等: the members of a class of projects counted)
        kinds = not any(item.amount or _ends_as_project(item.name) for item in enumeration.items) if enumeration else False
        if kinds and (all(len(item.name) <= 4 for item in enumeration.items) and _rx.match(r"(?:一批)?[^，。；]{0,4}?(?:基础设施|民生|社会事业|公共服务)", sentence[close.end() :])
                      or _rx.match(r"(?:重点|重大)?(?:项目|工程)" + _COUNT_WORD, sentence[close.end() :])
                      and (_kinds_only("、".join(item.name for item in enumeration.items) + "项目") or all(_CATEGORY.fullmatch(_rx.sub(r"(?<=..)(?:保障|改善|提升|建设)$", "", item.name)) or _industry_only(item.name) for item in enumeration.items))
                      or raw.startswith("以") and _rx.match(r"为(?:重点|主|主导|核心|引领|支撑|方向)", sentence[close.end() :])):
            continue  # 一批交通治堵、义务教育等基础设施、民生项目; 以光电子信息、生命健康等为重点的产业项目: kinds of works, none named
        if enumeration and _THIS_PROJECT.search(sentence, 0, close.start()) and 2 * sum(1 for item in enumeration.items if item.amount or _ends_as_project(item.name)) < len(enumeration.items):
            continue  # 该项目磨粉造粒车间、原料转运站…，正在进行煅烧车间、筒仓桩基等工程施工: the parts of the project told of
        if enumeration:
            found.append(enumeration)
    for close in [*_FIRM_LIST.finditer(sentence), *_FIRMS_DONE.finditer(sentence)]:
        # 明阳、中天、天能等一批龙头企业投产达效, 引入甲、乙等上规模电子信息企业, 甲、乙等龙头企业纷纷
        # 落地, 甲智造、乙新材、丙机械等建成投产: firms told as what was brought in or done, each a
        # project with no name but the firm's (ruling 5 of gold/projects/LABELLING.md)
        bare = close.re is _FIRMS_DONE  # no 企业 said: every item must read as a firm's short name
        clause_start = max(sentence.rfind(mark, 0, close.start()) for mark in "，,；;：:。") + 1
        raw = sentence[clause_start : close.start()]
        apart = _FIRMS_APART.search(sentence, 0, close.start()) if "、" not in raw and not bare and raw.endswith(("公司", "集团")) else None
        if apart is None and raw.endswith(("公司", "集团")) and "、" not in raw and not bare and _rx.match(r"等(?:\d+|[一二三四五六七八九十两]+)(?:余|多)?(?:家|户)", close.group()) \
                and _FIRM_DONE.match(sentence, close.end()):
            # 某县与甲有限公司等12家企业签订了投资合作协议: one registered firm named for the firms that signed
            apart = _FIRMS_APART_ONE.search(sentence, 0, close.start())
        if apart:
            clause_start, raw = apart.start("firms"), apart.group("firms")  # 分别与甲集团有限公司，乙公司，丙集团等13家企业: firms one to a clause
        if "、" not in raw and not apart or any(e.start <= start + close.start() <= e.end for e in found):
            continue
        told = raw  # (the clause's words, what was done to the firms among them)
        brings = [m for m in _FIRMS_BROUGHT.finditer(raw) if "、" in raw[: m.start()] and "、" in raw[m.end() :]]
        if brings and not apart:
            # 机器人产业港一期、二期累计签约甲、乙等各类领军企业: the firms listed after the word for
            # bringing them in, not the words its clause tells before it
            clause_start, raw = clause_start + brings[-1].end(), raw[brings[-1].end() :]
        done = _FIRM_DONE.match(sentence, close.end())
        # (签署的110个项目中，既有甲、乙等500强企业，也有丙、丁等领军企业: the firms among the projects
        # signed, told after 有; 现代物流方面，有甲、乙等上市公司入驻: among those of a trade)
        among = _rx.match(r"(?:既|也|还|又)有|有(?=[^，,]{2})", raw) if _rx.match(r"(?:既|也|还|又)有", raw) or _rx.search(r"(?:方面|领域|行业|中)[，,]$", sentence[:clause_start]) else None
        among_brought = among is not None and _AMONG_BROUGHT.search(sentence, 0, clause_start) is not None
        if among:
            clause_start, raw = clause_start + among.end(), raw[among.end() :]
        if not (_rx.search(r"引进|引入|招引|(?<![将拟能可])吸引|签约|签下|(?<![将拟])(?:落地|落户|入驻|进驻)|投资主体|投资方", told) or done or among_brought):
            continue  # 华为、腾讯等企业参加: firms named, no investment of theirs (还将吸引甲、乙等企业: only hoped for)
        if _rx.match(r"等(?:一批)?[\u4e00-\u9fff]{0,4}?(?:上下游|配套|相关|关联)", sentence[close.start() :]):
            continue  # 电池材料、精密部件等上下游企业: kinds of firms, none named
        if _TALKS_AFTER.match(sentence, close.end()):
            continue  # 与甲、乙等企业就铝系项目落地进行对接: talks with firms, nothing brought in yet
        if _rx.match(r"[^，,。；;]{0,16}?(?:出席|见证|观摩|莅临|应邀|受邀)", sentence[close.end() :]):
            continue  # 甲、乙等企业负责人出席签约仪式: the firms' people attend, nothing of theirs signed
        if _rx.search(r"签约|签订|签署|协议", sentence[close.end() : close.end() + 12]) and _MOVED_OUT.search(sentence, max(0, clause_start - 16), min(len(sentence), close.end() + 12)):
            continue  # 化工企业搬迁…，已完成甲、乙等7家化工企业的签约工作: firms moved out, nothing invested
            # (but 企业向远郊搬迁，其中，甲、乙等11户企业已竣工投产: built anew where they moved to)
        if apart:
            pieces = [(clause_start + m.start(), m.group()) for m in _rx.finditer(r"[^，,]+", raw)]
            enumeration = _Enumeration(start + clause_start, start + close.start(), [_Item(start + at, name) for at, name in pieces])
        else:
            enumeration = _enumeration(text, start + clause_start, start + close.start(), money, closed=True, firms=True)
        counted = close.re is _FIRM_LIST and close.group("firms")
        if counted and enumeration and len(enumeration.items) != (int(counted) if counted.isdigit() else cn_to_number(counted)):
            continue  # (甲、乙、丙3家企业: the count names every firm, or the list is read wrong)
        # (签约的企业有甲、乙等17家企业, 签约项目有甲有限公司、乙有限公司等6家企业: the firms after the words for them)
        # (签约项目投资方主要来自于甲、乙等大型央企: the firms after where the investors come from)
        # (…产业基金，与甲、乙等4家企业同时签约: the firms the place signs with, its clause opening with 与)
        lead = _rx.match(r"(?:.*(?:引进|引入|招引|吸引|签约|签下|落地|落户|入驻|进驻)了?(?:(?:的(?:企业|客商)|项目)(?:主要)?(?:有|包括|是|为)[：:]?)?(?:包括)?|.*(?:政府|管委会|[省市县区])(?:分别)?(?:与|同|和)|.*来自于?"
                        r"|(?:并|还|又|也|另|分别|先后|同时)?与(?=[\u4e00-\u9fffA-Za-z]{2}))?(?:建设|新建)?",
                        enumeration.items[0].name) if enumeration else None
        if lead and lead.end():
            first = enumeration.items[0]  # 以企招企引入恒盛通: the firm after what was done
            first.at, first.name = first.at + lead.end(), first.name[lead.end() :]
        for item in enumeration.items if enumeration and not bare else ():
            if _rx.search(r"有限(?:责任)?公司项目$", item.name):
                item.name = item.name[:-2]  # (甲有限公司、乙有限公司项目等6家企业: the firm told with the word for what it signed)
        # (甲智能、乙国创、丙俱进等纷纷落户: any short name that is no project's, no trade's and no
        # place's is a firm's)
        arrive = bare and _FIRMS_ARRIVE.match(sentence, close.start()) is not None
        if enumeration and bare and not all(_firm_short_name(item.name) or arrive and _arriving_firm(item.name) for item in enumeration.items):
            continue
        if enumeration and all(2 <= len(_BRACKETED.sub("", item.name)) <= (24 if _rx.search(r"有限(?:责任)?公司$", item.name) or apart else 14 if counted or _rx.search(r"(?:集团|公司)$", _BRACKETED.sub("", item.name)) else 8)
                               and not _rx.search(r"\d|项目|工程|[型类式]$", item.name)
                               for item in enumeration.items):  # (总部型、龙头型: kinds; 安徽省外经建设集团: a group told whole)
            # (甲、乙等16家央企新签约项目全部开工: what the firms signed has started since)
            since = _rx.match(r"[^，,。；;]{0,10}?签约[^，,。；;]{0,8}?(?:已经?|均已?|全部|全面|陆续|相继|顺利)?(?:开工|投产|竣工|建成)", sentence[close.end() :]) is not None
            for item in enumeration.items:
                # (甲、乙等6家上市公司投资某市, 甲、乙等企业相继入驻: brought in, signed)
                item.firm, item.brought = True, not since and bool(_rx.search(r"引进|引入|招引|签约|签下|落地|落户|入驻|进驻", told) or among_brought or done and _rx.search(r"签约|签订|签署|落户|落地|入驻|进驻|进园|入园|投资", done.group()))
            if done and done.group().startswith("、"):
                enumeration.end = start + done.end()  # (等一批央企、国企二、三级总部签约: the other words for the firms are no list of projects)
            found.append(enumeration)
    for among in _FIRMS_AMONG.finditer(sentence) if _PROJECTS_COUNTED.search(sentence) else ():
        # 集中开工的15个项目，…，10个社会性投资项目既有甲食品、乙印务等传统产业, 服务业项目10个，既有丙、
        # 丁电子等一批外来引进的…: the firms among the projects counted, told by their short names after
        # 既有 (ruling 5; but 既有节能玻璃、铝型材加工等一批…重大产业项目: products, the projects named;
        # 还有技术改造、产业载体建设等方面: kinds of work)
        a, b = start + among.start("firms"), start + among.end("firms")
        if not _PROJECTS_COUNTED.search(sentence, 0, among.start()) or any(e.start < b and a < e.end for e in found):
            continue
        enumeration = _enumeration(text, a, b, money, closed=True, firms=True)
        if enumeration and all(_among_firm(item.name) for item in enumeration.items):
            for item in enumeration.items:
                item.firm = item.exemplar = True  # (named for the class counted before them, no batch of its own: ruling 6)
            found.append(enumeration)
    for intro in _FIRMS_INTRO.finditer(sentence) if "企业" in sentence else ():
        # 落户某省的500强企业有：甲、乙、丙等: firms brought in, told after the words for them (ruling 5)
        a, b = start + intro.start("firms"), start + intro.end("firms")
        if "、" not in intro.group("firms") or any(e.start < b and a < e.end for e in found):
            continue
        enumeration = _enumeration(text, a, b, money, closed=True, firms=True)
        if enumeration and all(2 <= len(_BRACKETED.sub("", item.name)) <= 8 and not _rx.search(r"\d|项目|工程|[型类式]$", item.name) for item in enumeration.items):
            for item in enumeration.items:
                item.firm, item.brought = True, True
            found.append(enumeration)
    for signed in _FIRMS_SIGNED.finditer(sentence) if "公司" in sentence else ():
        # 管委会与甲有限公司、乙有限公司签订项目协议: registered firms that signed with the place, no
        # project named, each a project of its own (ruling 5)
        a, b = start + signed.start("firms"), start + signed.end("firms")
        if any(e.start < b and a < e.end for e in found):
            continue
        enumeration = _enumeration(text, a, b, money, closed=True, firms=True)
        if enumeration:
            for item in enumeration.items:
                item.firm, item.brought = True, True
            found.append(enumeration)
    for speaker in _FIRM_SPEAKS_FOR.finditer(sentence) if "代表" in sentence else ():
        # 签约企业代表甲有限公司总经理乙作了发言, 投产项目代表、丙数码港总经理丁说: the firm told as the one
        # that signed (or started, or put into production) speaks for it, a project with no name but
        # the firm's (ruling 5); the firm's own project told elsewhere is the same one
        a, firm = start + speaker.start("firm"), speaker.group("firm")
        if any(e.start < a + len(firm) and a < e.end for e in found) or _works_or_kind(firm) or _place_lead(firm + "甲乙") >= len(firm) - 1:
            continue
        said = {"开工": "started", "投产": "in_production", "竣工": "completed"}.get(speaker.group("stage"))  # (投产项目代表: in production)
        found.append(_Enumeration(a, a + len(firm), [_Item(a, firm, firm=True, brought=said is None, stage=said)]))
    for arrives in _FIRM_ONE_ARRIVES.finditer(sentence) if "企业" in sentence else ():
        # 外资企业甲乙光学成功落户，总投资1.6亿元; 港资企业丙丁制衣顺利搬迁入园投产: one firm told as what was
        # brought in or put into production, a project with no name but the firm's (ruling 5)
        a, firm = start + arrives.start("firm"), arrives.group("firm")
        if any(e.start < a + len(firm) and a < e.end for e in found) or not _firm_short_name(firm):
            continue
        said = None if arrives.group("stage") == "落户" else "in_production"
        # (…成功落户，总投资1.6亿元, 落户某县，总投资…: its total, told in the clause right after)
        priced = _rx.match(r"[^，,。；;\d]{0,8}[，,](?:项目)?(?:计划|预计)?(?:总投资|投资总额)(?:额)?[约近超逾达为]{0,2}", sentence[arrives.end() :])
        total = next((q for q in money if priced and q.start == start + arrives.end() + priced.end()), None)
        found.append(_Enumeration(a, a + len(firm), [_Item(a, firm, _Amount(total, "total_investment") if total else None, firm=True, brought=said is None, stage=said)]))
    # (speed: the count that closes such a list is a numeral, then 个 or 项; the scan for a list's
    # end opens with lookbehinds and is tried at every character)
    counted_closes = _rx.finditer(r"(?<=[\u4e00-\u9fffA-Za-z）)])(?<!等)(?<!共)(?<!共计)(?<!合计)(?<!共有)(?=(?:(?<!的)“)?(?:共有|共计?|合计)?(?:\d+|[一二三四五六七八九十两]+)(?:个|项)(?:[^，。；的、]{0,10}?(?:项目|工程)|"
                                 r"(?<=项目\d个|项目\d项)(?:计划|拟|已|均|全部|将)?(?:参加)?(?:集中)?(?:签约|开工|竣工|投产|落户|落地)))", sentence) \
        if _NUMERAL_COUNT.search(sentence) else ()
    for close in counted_closes:
        # 甲智能装备、乙金属新材料、丙金属新材料三个亿元项目集中开工: a list closed by its count
        # (甲、乙、丙“三个百亿”项目: the count quoted; but 一批甲突出、乙强的“六个千亿”产业工程 tells what the works are like)
        # (甲项目、乙项目、丙项目3项计划参加集中签约: whole names, counted and told what they do)
        clause_start = max(sentence.rfind(mark, 0, close.start()) for mark in "，,；;：:。") + 1
        # (…百亿元项目，和甲、乙2个10亿元以上项目: the 和 that joins the list to the one told before is no part of it)
        clause_start += len(_rx.match(r"(?:以及|和|及)?", sentence[clause_start:]).group())
        priced = [q for q in money if start + clause_start <= q.start < start + close.start()]
        if priced and _rx.match(r"(?:两|二|2)(?:个|项)", sentence[close.start() :]):
            clause_start = priced[-1].end - start  # (投资28亿元建设甲和乙两个项目: the pair's total, told before the pair)
        two = _rx.match(r"(?:两|二|2)(?:个|项)", sentence[close.start() :]) and len(_rx.findall(r"(?<=[\u4e00-\u9fff])(?:和|及|与)(?=[\u4e00-\u9fff])", sentence[clause_start : close.start()])) == 1 \
            and not any(start + clause_start <= q.start < start + close.start() for q in money)
        if not ("、" in sentence[clause_start : close.start()] or two) or any(e.start <= start + close.start() <= e.end for e in found):
            continue  # (甲物流城和乙配件城两个物流项目: two, joined by 和)
        if _FIELDS_COVERED.match(sentence, clause_start) or _rx.search(r"等[^、，。；]{0,6}(?:领域|行业|产业|方面)的?$", sentence[clause_start : close.start()]) \
                or _rx.search(r"等(?:\d+|[一二三四五六七八九十]+)大[^、，。；]{0,4}?(?:领域|行业|产业(?!类?(?:项目|工程)|园|基地))", sentence[clause_start : close.start()]):
            continue  # 涉及新能源、新材料等领域的59个项目, 围绕甲、乙等六大优势产业…推介了20个项目: the fields a batch covers, no projects
        if _KINDS_COUNTED.match(sentence, close.start()):
            continue  # 名泉、温泉、古城古村和乡村生态4个类别15个项目: kinds counted, no projects
        told = _rx.match(r"“?(?:共计?|合计)?(\d+|[一二三四五六七八九十两]+)(?:个|项)", sentence[close.start() :])  # (甲、乙、丙“三个百亿”项目: a count quoted)
        n = (int(told.group(1)) if told.group(1).isdigit() else cn_to_number(told.group(1))) if told else None
        enumeration = _enumeration(text, start + clause_start, start + close.start(), money, closed=True, counted=True, count=2 if two else n)
        exact = enumeration is not None and n == len(enumeration.items) >= 3  # (the count names every item: 甲久和汽配城…5个项目)
        # (锂电铜箔、铜杆、铸造新材料3个重大项目: a count that names every item makes each a project, a
        # product told in two characters too)
        if enumeration and all(_ends_as_project(item.name) or (_rx.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9·“”()（）/×]{%d,30}" % (2 if exact else 4), item.name)
                                                              and not _rx.search(r"[在于将各与]|\d+日|签约|合作|实施|(?:集团|公司)$" if exact else r"[在于将各和与]|\d+日|签约|合作|实施|(?:集团|公司)$", item.name))
                               for item in enumeration.items):
            found.append(enumeration)
    for counted in _FIRMS_COUNTED.finditer(sentence) if "、" in sentence else ():
        # 华润、龙源、中电建3大风电项目陆续开工建设, …的金晖凯川、金晖瑞隆、汇丰新星3个技改煤矿的投产达效:
        # firms' short names, closed by a count that names each and the kind of works they build,
        # each a firm's project (ruling 5); places (青岛、菏泽、聊城分别开工63个项目) or trades are none
        names = counted.group("firms").split("、")
        told = counted.group("n")
        if (int(told) if told.isdigit() else cn_to_number(told)) != len(names) or not all(_firm_alone(name) for name in names) \
                or not _STAGE.search(sentence, counted.end(), min([i for i in (sentence.find(mark, counted.end()) for mark in "，,；;。") if i >= 0] or [len(sentence)])) \
                or any(e.start < start + counted.end("firms") and start + counted.start() < e.end for e in found):
            continue
        items, at = [], start + counted.start()
        for name in names:
            items.append(_Item(at, name, firm=True))
            at += len(name) + 1
        found.append(_Enumeration(start + counted.start(), start + counted.end("firms"), items))
    # (speed: every intro below holds one of _INTRO_WORDS, which a plain scan finds or rules out
    # many times faster than the intros' lookbehinds tried at every character)
    # (集中开工项目为甲、乙和丙, 开工建设的项目为甲和乙、丙，总投资7.6亿元: the projects a stage reached,
    # told after 项目为, whatever their names end with and whatever the clause tells after them)
    for intro in () if not _INTRO_WORDS.search(sentence) else _rx.finditer(r"(?:分别为|分别是|分别有|依次为|(?<=项目|工程)(?:还|也|主要)?(?:包括|有)|(?<=个项目|个工程|大项目|大工程)(?:为|是)(?=[：:])|(?<=个项目|个工程)为(?!王)(?=[^，。；：:]{4,40}、)|(?<=[\d一二三四五六七八九十两]个)[\u4e00-\u9fff]{1,6}?(?:项目|工程)为(?!王)(?=[^，。；：:]{4,40}、)|(?<=项目|工程)为(?!王)(?=[^，。；：:]{4,40}、[^，。；]{2,60}(?:项目|工程)[。；]?$)|(?:(?<=[工约产]项目)|(?<=[工约产设]的项目))为(?!王)(?=[^，。；：:]{4,40}、)|(?<=的)还有|(?:^|(?<=[。；，,]))具体(?:包括|为|有)|(?<=[，,])包括(?=[^，,。；]{2,40}、)|^\s*包括(?=[^，,。；]{2,40}、)|(?<=\d项|\d个)[，,]为(?=[^，,。；]{4,60}[，,]))(?:[：:]|(?<=分别是|分别为|依次为)[，,])?", sentence):
        if _rx.search(r"(?:该|此|本|这个|这一)(?:项目|工程)(?:主要)?(?:包括|有)[：:]?$", sentence[: intro.end()]):
            continue  # 该项目包括工具区、仓储物流区: the parts of one project
        if _rx.search(r"(?:^|[，,；;])\s*(?:项目|工程)(?:主要)?包括$", sentence[: intro.end()]) and _rx.match(r"(?:新建|建设|兴建|打造)", sentence[intro.end() :]):
            continue  # 甲度假项目投资2亿元，项目包括建设乙营地、丙酒店: what the project just told is made of, built (no count's members)
        if intro.group().startswith("包括") and _parts_of_one_site(sentence[: intro.start()]):
            continue  # 项目位于某镇，规划占地2500亩，包括新建甲道路、乙管网: the parts of the one site told
        if _TALKED_OF.search(sentence[max(0, intro.start() - 16) : intro.start()]):
            continue  # 正在洽谈项目13个，分别为甲、乙: projects only talked of or followed, none done
        # 6个项目分别为甲、乙、丙: the projects the count promised, to the end of the clause
        a = start + intro.end()
        b = start + min([i for i in (sentence.find(mark, intro.end()) for mark in "。；;，,") if i >= 0] or [len(sentence)])
        b -= text[b - 1] == "等"  # 项目包括甲、乙等。
        priced = [m for m in _PRICED_PAIR.finditer(text, a, b)]
        if "、" not in text[a:b] and len(priced) == 2 and not any(e.start < b and a < e.end for e in found):
            # 分别为总投资120亿元的甲项目和总投资107亿元的乙项目: two priced, joined by 和
            items = []
            for m in priced:
                q = next((q for q in money if q.start == m.start("money")), None)
                if q is not None and _item_ok(m.group("name")):
                    items.append(_Item(m.start("name"), m.group("name"), _Amount(q, _kind(text, a, q) if _kind(text, a, q) in INVESTMENT_KINDS else "total_investment")))
            if len(items) == 2:
                found.append(_Enumeration(a, b, items))
                continue
        pair = _rx.fullmatch(r"(?P<one>[^和及与]{4,30})(?:和|及|与)(?P<two>[^和及与]{4,30})", text[a:b]) \
            if not priced and "、" not in text[a:b] and _rx.search(r"(?:两|二|2)(?:个|项)(?:[\u4e00-\u9fff]{0,6}(?:项目|工程))?[，,]?$", sentence[: intro.start()]) else None
        if pair and _ends_as_project(pair.group("two")) and all(_item_ok(pair.group(half)) for half in ("one", "two")) and not any(e.start < b and a < e.end for e in found):
            # 启动两个项目，分别是甲大道南延和乙文体广场项目: the pair the count promised, joined by 和
            found.append(_Enumeration(a, b, [_Item(a + pair.start(half), pair.group(half)) for half in ("one", "two")]))
            continue
        if "、" not in text[a:b] and text.startswith(("；", ";"), b):
            # 6个项目分别为：甲项目；乙项目；丙项目，总投资20.9亿元: one to a clause
            stop = min([i for i in (sentence.find(mark, intro.end()) for mark in "。，,") if i >= 0] or [len(sentence)])
            parts = [(start + intro.end() + m.start(), m.group()) for m in _rx.finditer(r"[^；;]+", sentence[intro.end() : stop])]
            if len(parts) >= 2 and all(_ends_as_project(p) and _item_ok(p) for _, p in parts) and not any(e.start < start + stop and a < e.end for e in found) \
                    and not any(a <= q.start < start + stop for q in money):
                # (分别是：甲公司投资5亿元建设乙项目；丙公司投资3000万元建设丁项目: clauses that each
                # tell a firm's priced project are read one by one, as any priced clause is)
                found.append(_Enumeration(a, start + stop, [_Item(at, p) for at, p in parts]))
            continue
        told = _rx.search(r"(\d+)[项个]$", sentence[: intro.start()]) if intro.group()[0] in "，," else None
        if told and int(told.group(1)) != len(_rx.findall(r"[^，,]+", _rx.match(r"[^；;。]*", sentence[intro.end() :]).group())):
            continue  # 提前竣工4项，为甲，乙，丙，丁: only a count that every clause of the list answers opens it
        if text.startswith(("，", ","), b) and (told or _ends_as_project(text[a:b])) and not any(e.start < b and a < e.end for e in found):
            # 分别是甲项目，乙公司酒水、饮料制造项目，丙项目；: one to a clause, for as long as each
            # clause is a project's name (or, after a count that answers them all, whatever each ends with)
            parts = []
            for m in _rx.finditer(r"[^，,；;。]+", sentence[intro.end() :]):
                listed = _enumeration(text, a + m.start(), a + m.end(), money, closed=True, counted=True) if "、" in m.group() else None
                if listed and _ends_as_project(listed.items[0].name) and 3 * sum(1 for item in listed.items if _ends_as_project(item.name)) >= 2 * len(listed.items):
                    parts += listed.items  # 包括甲承建的乙、丙和丁项目，戊承建的己、庚项目: a list to a clause
                elif any(a + m.start() <= q.start < a + m.end() for q in money):
                    break  # 还有：计划总投资32亿元的甲项目，计划总投资45亿元的乙项目…等: a clause priced is a project told whole, read as such
                elif not (_ends_as_project(m.group()) and _item_ok(m.group()) or told and 4 <= len(m.group()) <= 60):
                    break
                else:
                    own = m.group().rsplit("的", 1)[1] if "的" in m.group() and len(m.group().rsplit("的", 1)[1]) >= 4 else m.group()
                    kind = _rx.fullmatch(r"(?P<own>.{4,40}?)等(?P<kind>[^等]{2,10}?)(?:项目|工程)", own)
                    if kind and _KIND_AFTER_DENG.search(kind.group("kind")):
                        parts.append(_Item(a + m.start() + m.group().rfind(own), kind.group("own")))  # (甲总部等总部经济项目: 甲, named for its kind)
                    else:
                        parts.append(_Item(a + m.end() - len(own), own))  # (乙集团承建的丙项目: the project)
                if sentence[intro.end() + m.end() : intro.end() + m.end() + 1] not in "，,":
                    break
            # (项目有涉及甲、乙等内容的“强链补链”项目，包括丙、丁等在内的产业链标志性项目: clauses that end on
            # words about projects tell kinds, naming none)
            parts = [item for item in parts if not _generic(item.name)]
            if len(parts) >= 2:
                for item in parts:
                    _tidy_item(item)
                found.append(_Enumeration(a, parts[-1].at + len(parts[-1].name), parts))
                continue
        if "、" not in text[a:b] or any(e.start < b and a < e.end for e in found):
            continue
        # (这次开工的6个重大项目为甲、乙…: the count told before the list names every item, as one after it does)
        before = _rx.search(r"(?<![\d.])(\d+|[一二三四五六七八九十两]+)(?:个|项)[\u4e00-\u9fff]{0,6}?(?:项目|工程)?[，,]?$", sentence[: intro.start()])
        n = (int(before.group(1)) if before.group(1).isdigit() else cn_to_number(before.group(1))) if before and not text.startswith(("；", ";", "，", ","), b) else None
        enumeration = _enumeration(text, a, b, money, closed=True, counted=True, count=n)
        if enumeration and intro.group().startswith("包括") and not text.startswith(("项目", "工程"), a - 4) and not _COUNTED_BEFORE.search(text, max(0, a - 20), start + intro.start()) and (
                _rx.search(r"\d(?:平方米|亩)|类别|领域|行业", text[a:b]) or 3 * sum(1 for item in enumeration.items if _ends_as_project(item.name)) < len(enumeration.items)):
            continue  # ，包括先进装备制造业、研发中心等类别; 包括甲车间约1万平方米: kinds and parts, no projects
            # (but 前期项目提前启动23项，包括甲小镇、乙搬迁: the projects the count counts)
        if enumeration and text.startswith(("，", ","), b) and (more := _run_on_items(text, b, start + len(sentence), money)):
            # 包括甲、乙，以及丙、丁，某县戊等。: the list runs on across its commas to the 等 that closes it
            enumeration = _Enumeration(enumeration.start, more[-1].at + len(more[-1].name), enumeration.items + more)
        if enumeration:
            found.append(enumeration)
    for respective in _RESPECTIVE.finditer(sentence) if "分别" in sentence or "依次" in sentence else ():
        # 甲项目、乙项目总投资分别高达281亿元、238亿元: the list the figures are told one to each item of
        # (甲项目和乙项目总投资分别为11亿元、6亿元: two joined by 和, as by 、)
        a = start + max(sentence.rfind(mark, 0, respective.start()) for mark in "，,；;：:。") + 1
        b = start + respective.start()
        if a > start and _rx.fullmatch(r"(?:项目|工程|两个项目|二者|两者)?", text[a:b]) and text[a - 1] in "，," and "、" not in text[a:b]:
            # 甲项目和乙项目相继开工，总投资分别为11亿元、6亿元: the two told in the clause before, up to their last name's end
            a = start + max(sentence.rfind(mark, 0, a - 1 - start) for mark in "，,；;：:。") + 1
            ends = [m.end() for m in _NAME_ENDS.finditer(text, a, b)]
            b = ends[-1] if ends else b
        if "、" not in text[a:b] and not _TWO_JOINED.search(text, a, b) or any(e.start < b and a < e.end for e in found):
            continue
        enumeration = _enumeration(text, a, b, money, closed=True)
        if enumeration and len(enumeration.items) >= 2 and all(_ends_as_project(item.name) and _item_ok(item.name) for item in enumeration.items):
            found.append(enumeration)
    if "、" not in sentence:
        return found  # (speed: each list read below holds a 、)
    for clause in _rx.finditer(r"[^，,；;：:。…]+", sentence):
        # 投资10亿元的甲项目、投资3亿元的乙项目: a list of priced projects needs no 等
        if "、" not in clause.group():
            continue
        a, b = start + clause.start(), start + clause.end()
        more = _rx.search(r"等(?=一大?批|多个|众多|一系列)", clause.group())
        b = a + more.start() if more else b  # …、投资80亿元的丁产业园等一大批企业落户
        if any(e.start < b and a < e.end for e in found):
            continue
        if not _priced(money, a, b):
            continue  # (speed: with no amount in the clause no item has one, and the list is not kept)
        enumeration = _enumeration(text, a, b, money, closed=True)
        if enumeration and len(enumeration.items) >= 2 and all(item.amount and (item.amount.q.start - text.rfind("、", a, item.amount.q.start) <= 6 or _FIRM_PRICES.fullmatch(
                text, text.rfind("、", a, item.amount.q.start) + 1, item.amount.q.start)) for item in enumeration.items[1:]) and enumeration.items[0].amount:
            # (甲公司在乙区投资1亿美元的丙项目、丁公司在戊区投资50亿元的己项目: each item told with its firm and place)
            found.append(enumeration)
    for clause in _rx.finditer(r"[^，,；;：:。]+", sentence):
        # 甲铁路泉州段总投资153亿元、乙生态园总投资80亿元: names each priced after it
        a = start + clause.start()
        if clause.group().count("、") < 1 or any(e.start < a + len(clause.group()) and a < e.end for e in found):
            continue
        items = []
        for piece in _rx.finditer(r"[^、]+", clause.group()):
            at = a + piece.start()
            priced = _PRICED_AFTER.fullmatch(piece.group())
            amount = next((q for q in money if at + (priced.start("money") if priced else 0) == q.start), None) if priced else None
            name = priced.group("name") if priced else ""
            if amount is None or not _item_ok(name, True) or not (_ends_as_project(name) or _WORKS_END.search(name) or len(name) >= 5):
                items = []
                break
            items.append(_Item(at, name, _Amount(amount, "total_investment")))
        if len(items) >= 2:
            found.append(_Enumeration(a, a + len(clause.group()), items))
    for clause in _rx.finditer(r"[^，,；;：:。]+", sentence):
        # 兰渝铁路、宝兰客运专线建成通车；甲工程、乙水库基本建成: a list the stage it reached closes
        if "、" not in clause.group():
            continue
        a = start + clause.start()
        closed = _STAGE_CLOSE.search(clause.group())
        if not closed or "、" not in clause.group()[: closed.start()] or any(e.start < a + closed.start() and a < e.end for e in found):
            continue
        enumeration = _enumeration(text, a, a + closed.start(), money, closed=True)
        if enumeration is None and _STREETS.fullmatch(clause.group(), 0, closed.start()):
            # 金园路、荣兴路和昌泰路建成: streets, each a works (not 全省铁路, 农村公路: kinds of road across a place)
            streets = [_Item(a + m.start(1), m.group(1)) for m in _rx.finditer("(" + _STREET + r")(?:、|和|及|$)", clause.group()[: closed.start()])]
            if not any(_generic(item.name) or _KIND_OF_ROAD.search(item.name) for item in streets):
                enumeration = _Enumeration(a, a + closed.start(), streets)
        if enumeration and 2 * sum(1 for item in enumeration.items if _ends_as_project(item.name) or _WORKS_END.search(item.name) or item.name.endswith(("中心", "大楼"))) >= len(enumeration.items) \
                and not any(_rx.search(r"[在于将由]|^[一二三四五六七八九十]期", item.name) for item in enumeration.items):
            found.append(enumeration)  # (甲基地三期、四期项目在某区开工: one project's phases, told where)
    for opened in _STAGE_OPEN.finditer(sentence) if _STAGE_OPEN_WORD.search(sentence) else ():
        # 建成投运甲产业园、乙主干道；新开工建设丙、丁: a list the stage it reached opens, every item
        # of it a works by its name (not 开工建设标准厂房、综合楼: the parts of one)
        closing = _CLAUSE_MARK.search(sentence, opened.end())
        clause_end = start + (closing.start() if closing else len(sentence))
        a = start + opened.start()
        if "、" not in text[a:clause_end]:
            continue
        enumeration = next((e for e in found if a <= e.start <= start + opened.end() and e.items[0].at == start + opened.end()), None)  # (包括建成投运甲、乙: read already, by its 包括)
        if enumeration is None and any(e.start < clause_end and a < e.end for e in found):
            continue
        enumeration = enumeration or _enumeration(text, start + opened.end(), clause_end, money, closed=True)
        if enumeration and len(enumeration.items) >= 2 and all(
                (_ends_as_project(item.name) or _WORKS_END.search(item.name) or item.name.endswith("园")) and _item_ok(item.name) and not _generic(item.name)
                and not _rx.search(r"[在于将由]|^[一二三四五六七八九十]期|\d(?:万|千)?(?:亩|公里|千米|米|平方米|户|套|座|处|条|所|个)", item.name)
                for item in enumeration.items):
            stages = [s.lastgroup for s in _STAGE.finditer(opened.group("w"))]
            for item in enumeration.items:
                item.stage = item.stage or max(stages, key=STAGES.index)
            if enumeration not in found:
                found.append(enumeration)
    for match in _name_matches(sentence):
        # 甲、乙项目开工建设: the last item is a name with a project word
        clause_start = max(sentence.rfind(mark, 0, match.start()) for mark in "，,；;：:。") + 1
        if sentence.startswith("以及", clause_start) and sentence[clause_start - 1 : clause_start] in "，,":
            clause_start = max(sentence.rfind(mark, 0, clause_start - 1) for mark in "，,；;：:。") + 1  # 甲、乙，以及丙项目顺利动工
        head = sentence[clause_start : match.end()]
        if "、" not in _rx.sub(_UNITS_JOINED, "", head) or any(e.start <= start + match.start() < e.end for e in found):
            continue
        if head.rsplit("、", 1)[-1].startswith("在"):
            continue  # 1313个重大项目“迎春而动”、在甲基地同步开工: where the batch starts, no item of a list
        after = sentence[match.end() : match.end() + 12]
        if after.startswith("在"):
            after = _EVENT_PLACE.sub("", sentence[match.end() : match.end() + 44])  # 甲项目、乙项目在某市招商推介大会上签约
        # (甲、乙项目也于当天开工, 同日开工: the list's stage, told with when, and that it came with another's)
        after = _rx.sub(r"^(?:也|亦|同日|当天|当日|(?:于|在)(?=当天|当日|同日))+", "", after)
        if not _STAGE.match(_rx.sub(r"^(?:[已均全部正式顺利成功相继陆续先后提前]|集中|同步|同时){1,4}", "", after)) and not (  # (甲、乙项目集中开工)
                _PROGRESS.match(after) and head.count("、") >= 2 and all(_ends_as_project(piece) or piece.endswith("中心") for piece in head.split("、")[1:])):
            continue  # 甲、乙项目开工建设: only a list of what happened (甲中心、乙工程、丙项目投资均完成年度计划的20%: its progress)
        if _TALKS_AFTER.match(sentence, match.end()):
            continue  # 与甲、乙等企业就丙项目落地进行对接: talks about a project, nothing done yet
        enumeration = _enumeration(text, start + clause_start, start + match.end(), money, closed=False)
        if enumeration:
            found.append(enumeration)
    if not text[end:].strip() and (cut := _CUT_LIST.search(sentence)) and not any(e.end > start + cut.start() for e in found):
        # …等7个项目集中开工；衡山县甲配套设施、乙产业园|, 麻城市签约的甲基地、乙联合体、丙雕刻|: a list the text breaks
        # off in (a page cut short), its items told as if 等 closed them, the last only when it ends as a works' name
        # (丙雕刻 may be cut short); only where it goes on from a list the sentence told before it, or after the word
        # for what was done (not 涵盖甲、乙, 开展甲、乙, 规划建设甲、乙, 添置甲、乙: fields, events, parts, machines)
        a = start + cut.start("items")
        items = cut.group("items").split("、")
        b = a + len(cut.group("items")) - (0 if _ends_as_project(items[-1]) or cut.group("deng") else len(items[-1]) + 1)
        enumeration = _enumeration(text, a, b, money, closed=True) if "、" in text[a:b] else None
        lead = text[a : enumeration.items[0].at] if enumeration else ""
        goes_on = any(start <= e.start for e in found) and (not lead or _place_lead(lead) == len(lead)) and not cut.group("lead")
        done = _rx.search(r"(?:签约|开工|竣工|投产|落地|落户)(?:的|了)$", lead) is not None
        if enumeration and (goes_on or done) and not any(item.amount or item.firm for item in enumeration.items) \
                and all(len(item.name) >= 4 and _item_ok(item.name) for item in enumeration.items):
            found.append(enumeration)
    return found


# a list that runs to the end of the text with no mark to close it: a page cut short in its sentence
# (甲、乙等一|: cut short in the words after its 等, the items whole)
_CUT_LIST = re.compile(r"(?:^|[，,；;：:])(?P<lead>(?:此外|另外|同时|其中)?[，,]?(?:还有|包括|主要有|有)?)(?P<items>[^，,；;：:。！？!?…、]{2,40}(?:、[^，,；;：:。！？!?…、]{1,40}?)+)(?P<deng>等[^，,；;：:。！？!?…、等]{0,3})?[ \t　]*$")


# a list that runs on after a comma with 以及, to the 等 that closes it at the sentence's end (包括甲、乙，以及
# 丙、丁，某县戊，某县己等。): the clauses between are more of its items
_RUNS_ON = re.compile(r"[，,]以及(?P<rest>[^。；;：:]+?)等(?:[\u4e00-\u9fff]{0,12}?(?:项目|工程))?[。；;]?\s*$")


def _run_on_items(text: str, b: int, end: int, money: list[Quantity]) -> list[_Item]:
    """The items of a list read to the comma at ``b`` that it goes on to name across its commas,
    after 以及 and up to the 等 that closes the sentence (none if any clause there is no item)."""
    runs = _RUNS_ON.match(text, b, end)
    if runs is None or any(runs.start() <= q.start < runs.end() for q in money):
        return []
    items: list[_Item] = []
    for clause in _rx.finditer(r"[^，,]+", runs.group("rest")):
        a = runs.start("rest") + clause.start()
        if "、" in clause.group():
            listed = _enumeration(text, a, a + len(clause.group()), money, closed=True, counted=True)
            if listed is None:
                return []
            items += listed.items
        elif _item_ok(clause.group()) and not _STAGE.search(clause.group()):
            items.append(_Item(a, clause.group()))
        else:
            return []
    for item in items:
        _tidy_item(item)
    return items


# one of two priced projects a list joins with 和: 总投资120亿元的甲项目
_PRICED_PAIR = re.compile(r"(?:计划)?(?:总)?投资(?:约|近|超过?|逾|达)?(?P<money>[\d.]+(?:万亿|亿|万)?元)的(?P<name>(?:(?![和及与](?:计划)?(?:总)?投资)[^，,。；;]){4,40}?(?:项目|工程))(?=和|及|与|$|[，,。；;])")


def _priced(money: list[Quantity], a: int, b: int) -> bool:
    """Whether an amount stands in [a, b): a list of priced projects holds one (a gate, for speed)."""
    return any(a <= q.start < b for q in money)


# a list item that names a project and then its total: 甲生态园总投资80亿元
# the firm and place an item of a priced list opens with, before its price: 丁公司在戊区投资
_FIRM_PRICES = re.compile(r"[^、，,。；;]{2,30}?(?:公司|集团)(?:在[^、，,。；;]{2,14}?)?(?:拟)?" + _TOTAL_LEAD)
_FIRM_PLACE_PRICES = re.compile(r"(?P<firm>[^、，,。；;]{2,30}?有限(?:责任)?公司)在(?P<place>[^、，,。；;]{2,14}?)(?:拟)?" + _TOTAL_LEAD + "$")
_PRICED_AFTER = re.compile(r"(?P<name>[^、，。；]{2,40}?)(?:计划|预计|拟)?(?:总投资|投资总额|总投资额)(?:约|近|超过?|逾|达|为)?(?P<money>[\d.]+(?:万亿|亿|万)?(?:美元|欧元|港元|元))(?:左右|以上)?")


# firms' short names a count closes, with the kind of works they build: 华润、龙源、中电建3大风电项目,
# 金晖凯川、金晖瑞隆、汇丰新星3个技改煤矿 (a clause's start, or 的 before them)
_FIRMS_COUNTED = re.compile(r"(?:^|(?<=[，,；;：:。的]))(?P<firms>(?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4})等?(?P<n>\d+|[一二三四五六七八九十两]+)(?:个|大)"
                            r"[\u4e00-\u9fff]{0,4}?(?:项目|工程|煤矿|矿井|电站|电厂)")


def _firm_alone(name: str) -> bool:
    """华润, 龙源, 中电建, 金晖凯川: a firm's short name of two to four characters that says
    nothing of a place, a kind, a trade or a project (not 青岛, 风电, 新材料, 乙产业园)."""
    pattern, _codes = _keyword_pattern()
    return 2 <= len(name) <= 4 and not _place_lead(name + "甲乙") and not pattern.search(name) and not _KIND_WORDS.search(name) \
        and not _FIRM_TRADE.search(name) and not _works_or_kind(name)


def _works_or_kind(name: str) -> bool:
    """Whether a short name is a project's (甲产业园), a trade's (新材料) or a kind's, no firm's."""
    return _ends_as_project(name) or _industry_only(name) or _CATEGORY.fullmatch(name) is not None


# what a site's or a place's name ends with, no firm's (甲名城, 乙未来城, 丙产业园, 丁中心)
_SITE_END = re.compile(r"[城园区站馆港镇村谷湾]$|中心$")


# firms a list closes (等一批龙头企业, 等3家企业, 等中国500强企业, 等大型央企; not 等一批央企投资的产业项目), and what they did after it (投产达效, 相继落户)
# (等世界500强、中国500强企业: two ranks the firms hold, a 、 between them)
# (等世界500强、中国500强、民营500强企业: three ranks; 等一批央企: state firms, a batch of them)
_FIRM_LIST = re.compile(r"等(?:一批|多家|\d+(?:家|户)|[一二三四五六七八九十两]+(?:余|多)?(?:家|户))?(?:[\u4e00-\u9fff]|\d+强|(?<=强)、){0,12}?(?:企业|上市公司|龙头(?!项目)|投资者|投资商|(?:(?<=家)|(?<=等)|(?<=大型)|(?<=一批))(?:央企|国企|外企|民企)(?!投资|的))|"
                        r"(?<=[\u4e00-\u9fffA-Za-z）)])(?P<firms>\d+|[一二三四五六七八九十两]+)家[\u4e00-\u9fff]{0,4}?企业")  # (甲、乙、丙3家企业)
# (等一批央企、国企二、三级总部签约, 等一批产业龙头、行业巨头纷纷落户: another word for the firms after 、, then what they did)
# (等8家规模企业相继进园发展, 等5家企业入园: moved into the park, brought in as 入驻 is)
_FIRM_DONE = re.compile(r"(?:、[^，,。；;]{2,10}?)?[^，,。；;]{0,6}?(?:投产|落户|落地|入驻|进驻|进园|入园|开工|竣工|签约|建成|投资(?![额总]))"
                        # 甲、乙等7家企业代表现场与某县政府进行项目签约, 等25家企业代表签订项目合作协议: the firms
                        # sign with the place (but 等5家企业签署战略合作协议: a partnership, no project)
                        r"|(?:代表)?(?:现场|分别)?(?:与|同|和)[^，,。；;]{1,12}?(?:进行了?|举行了?)?(?:集中|现场)?(?:项目)?签约"
                        r"|(?:代表)?(?:现场|分别)?(?:签订|签署)了?(?:项目|投资|入园|招商)[^，,。；;]{0,6}?(?:协议|合同)")
# registered firms told one to a clause, after the word for dealing with them: 分别与甲投资集团有限公司，
# 乙粮油股份有限公司，丙集团(等13家企业进行了集中签约)
_FIRM_WHOLE = r"[\u4e00-\u9fffA-Za-z（）()]{2,24}?(?:有限(?:责任)?公司|股份公司|集团公司|集团|公司)"
_FIRMS_APART = re.compile(r"(?:与|同|和)(?P<firms>(?:" + _FIRM_WHOLE + r"[，,]){1,20}" + _FIRM_WHOLE + r")$")
# one registered firm told for a counted many, after the word for dealing with them: 与甲有限公司(等12家企业签订了投资协议)
_FIRMS_APART_ONE = re.compile(r"(?:与|同|和)(?P<firms>" + _FIRM_WHOLE + r")$")
# firms that move out or close (搬迁, 关停): what they sign is no investment (but 搬迁入园 moves one in)
_MOVED_OUT = re.compile(r"(?:搬迁|关停|关闭|退出|腾退)(?!入园|入驻|落户|落地|至|到|进)")
# registered firms that sign with the place, one after another, and no project named:
# 与甲有限公司、乙有限公司签订项目协议, 与甲集团有限公司、乙有限公司进行集中签约 (not 签约丙项目)
# (领导一同见证了某县分别与甲有限公司、乙有限公司签约: the firms start after the last 与, never one that
# spans it from the 同 of 一同 or a 和 before it)
_FIRM_WHOLE_NOT_WITH = r"(?:(?!与)[\u4e00-\u9fffA-Za-z（）()]){2,24}?(?:有限(?:责任)?公司|股份公司|集团公司|集团|公司)"
_FIRMS_SIGNED = re.compile(r"(?:与|同|和)(?P<firms>" + _FIRM_WHOLE_NOT_WITH + r"(?:、" + _FIRM_WHOLE + r")+)(?=(?:代表)?(?:现场|分别)?(?:签订|签署)了?(?:项目|投资|入园|招商)[^，,。；;]{0,6}?(?:协议|合同)"
                           r"|(?:代表)?(?:现场|分别)?(?:进行了?|举行了?)?(?:集中|现场)?(?:项目)?签约(?![了的]?[^，,。；;]{2,30}?(?:项目|工程)))")
# registered firms that open their clause and sign with a place or its government, no project named:
# 甲有限公司、乙有限公司法人代表与某镇政府签订了合作协议, 甲有限公司2020年5月与某县签约 (each a project, ruling 5;
# not 与国家开发银行签署, with a bank or a firm, nor 签订战略合作协议, a partnership)
# (甲有限公司、乙有限公司分别与某区、丙区成功签约, 丁股份有限公司也与某区政府签订合作协议: each firm with its
# place, or one more firm, told by 分别 or 也 before 与, the places a list of their own)
_FIRMS_SIGN_WITH = re.compile(r"(?:^|(?<=[，,；;：:\s　]))(?P<firms>" + _FIRM_WHOLE + r"(?:、" + _FIRM_WHOLE + r")*)(?:法人代表|法定代表人|代表|负责人)?"
                              r"(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:分别|也)?(?:正式|成功|现场)?与各?(?P<place>[\u4e00-\u9fff]{2,16}?(?:、[\u4e00-\u9fff]{2,16}?)*)(?:正式|成功|现场)?"
                              r"(?:签约|(?:签订|签署)了?(?:项目|投资|入园|招商|合作)[^，,。；;]{0,4}?(?:协议|合同))")
# firms brought in, told after the words for them and a colon: 落户某省的500强企业有：甲、乙等
_FIRMS_INTRO = re.compile(r"(?:落户|落地|引进|引入|招引|签约|入驻)[^，,。；;：:]{0,16}?企业(?:主要)?(?:有|包括|是|为)[：:](?P<firms>[^，,。；;：:]{4,200}?)(?:等(?:一批)?(?:企业)?)?(?=[。；;]|$)")
# firms' short names among the projects a sentence counts, after 既有 (or 也有, 又有, 还有) and closed by 等 and a word for
# what they are, no project's nor field's: 既有甲食品、乙印务等传统产业, 既有丙、丁电子等一批外来引进的
_FIRMS_AMONG = re.compile(r"(?:既|也|又|还)有(?P<firms>[^，,。；;：:、]{2,6}(?:、[^，,。；;：:、]{2,6})+)等(?![^，,。；;]*?(?:项目|工程|方面|领域|环节))")
# a count of projects: 15个项目, 项目10个, 10个社会性投资项目
_PROJECTS_COUNTED = re.compile(r"(?:\d+|[一二三四五六七八九十两]+)(?:个|项)[\u4e00-\u9fff]{0,8}?(?:项目|工程)|(?:项目|工程)(?:\d+|[一二三四五六七八九十两]+)(?:个|项)")


def _among_firm(name: str) -> bool:
    """甲食品, 太平洋印务, 多美达: a firm's short name of two to six characters, not a trade, a kind, a
    product told by a trade word (智能家电, 智慧照明), a place or a site."""
    pattern, _codes = _keyword_pattern()
    return 2 <= len(name) <= 6 and not _rx.search(r"\d|项目|工程|企业|产业", name) and not _works_or_kind(name) and not _SITE_END.search(name) \
        and not pattern.search(name[:2]) and not _KIND_WORDS.search(name) and _place_lead(name + "甲乙") < len(name) - 1 \
        and (_firm_alone(name) or _firm_short_name(name) or _arriving_firm(name))


# a firm told as the one that signed, started or put into production, then its man's title: 签约企业代表甲有限公司总经理,
# 投产项目代表、乙数码港总经理 (not 企业代表 alone, nor 签约仪式代表)
_FIRM_SPEAKS_FOR = re.compile(r"(?P<stage>签约|开工|投产|竣工)(?:企业|项目)代表[、，,]?(?P<firm>[\u4e00-\u9fffA-Za-z（）()]{2,30}?)"
                              r"(?=(?:董事长|总经理|副总经理|总裁|副总裁|负责人|执行董事|总监|经理|党委书记|厂长)[\u4e00-\u9fff·]{0,4}(?:[，,]|表示|说|介绍|作|发言|致辞|讲话|告诉))")
# one firm told by its short name right after the word for the kind of firm it is, then what it did:
# 外资企业甲乙光学成功落户, 首家港资企业丙丁制衣顺利搬迁入园投产 (a project with no name but the firm's,
# ruling 5); not firms told with no name, 龙头企业纷纷落户, 配套企业接连跟进落户, nor a place they come to,
# 企业在某县落户
_FIRM_ONE_ARRIVES = re.compile(r"企业(?P<firm>[\u4e00-\u9fffA-Za-z（）()]{2,12}?)(?:已经?|成功|顺利|正式){0,2}(?:搬迁)?(?:入园)?"
                               r"(?P<stage>落户|建成投产|竣工投产|投产)(?![的后])")
# what talks about a list's firms or projects are told with: 等企业就铝系项目落地进行对接
_TALKS_AFTER = re.compile(r"[^，,。；;]{0,16}?(?:进行|开展|深入|展开)?(?:对接|洽谈|接洽|磋商|商谈|座谈)")
# the projects or firms brought in, told before the firms among them: 当日签署的110个项目中，(既有甲、乙等企业)
_AMONG_BROUGHT = re.compile(r"(?:签约|签署|签订|引进|引入|招引|落户|落地|入驻|进驻)[^。；;]{0,24}?(?:项目|企业)(?:中|里|当中)[，,]")
# the words for bringing firms in that a list of them follows: 累计签约甲、乙等企业, 新入驻甲、乙等企业
_FIRMS_BROUGHT = re.compile(r"(?:引进|引入|招引|签约|签下|(?<![将拟])(?:落户|入驻|进驻))了?")
# 甲、乙等建成投产: a list closed by 等 and the stage its members reached, with no word for them
_FIRMS_DONE = re.compile(r"等(?=(?:已|均|相继|陆续|先后|顺利|全部|已经|纷纷){0,2}(?:建成投产|竣工投产|投产|开工建设|签约落户|落户|落地|入驻|进驻))")
# 甲、乙等纷纷落户: firms arriving one after another, what 纷纷 tells of many who act, told with no word for them
_FIRMS_ARRIVE = re.compile(r"等纷纷(?:签约)?(?:落户|落地|入驻|进驻)")


def _arriving_firm(name: str) -> bool:
    """甲智能, 乙航天科工, 丙俱进: what arrives, told by a name of four to eight characters that
    no project's, trade's or place's word ends (not 甲产业园, 新材料, 乙镇)."""
    return 4 <= len(name) <= 8 and not _works_or_kind(name) and not _SITE_END.search(name) \
        and not _rx.search(r"\d|[省市县乡]$|项目|工程|企业|产业", name)


def _firm_short_name(name: str) -> bool:
    """甲智造, 乙新材, 丙机械: a firm's short name, a brand and its trade, not a project's name
    (甲名城, 乙未来城, 丙产业园) or a product's (锂电池)."""
    return 4 <= len(name) <= 6 and not _ends_as_project(name) and not _rx.search(r"\d", name) and not _SITE_END.search(name) \
        and bool(_FIRM_TRADE.search(name) or _rx.search(r"(?:智造|新材|新能|科技|机械|药业|制药|电子|食品|纺织|服饰|电器|电气)$", name))


# what a public works ends with, in a list its stage closes: 宝兰客运专线, 甲公路(武威段), 乙大学校区建设一期, a street
# by its name (金园路, 东外环路; not 道路, 思路, 之路, 线路)
# a phase told at the end of an item (高性能碳纤维二期): a project's phase, whatever its words
_PHASE_TOLD = re.compile(r"[^一二三四五六七八九十][一二三四五六七八九十]期$")
_WORKS_END = re.compile(r"(?:专线|公路|国道|省道|(?<=[\u4e00-\u9fff]{2})(?<![道思之出销门网电线套])路|大道|线|校区|学院|学校|大学|[一二三四五六七八九十]期|段|[（(][^（）()]{1,10}段[）)]"
                        r"|(?:机场|码头|港区|港|枢纽|水库|医院|学校|电厂|电站|[一二三四五六七八九十]期)(?:改扩建|扩建|迁建))$")  # (甲机场改扩建: works, and what is done to them)
# the stage a list of projects reached, closing its clause (…建成通车, …基本建成, …已启用)
# the stage a list of works reached, opening its clause (建成投运甲、乙, 新开工建设丙、丁)
# (speed: the stage words _STAGE_OPEN ends with, sought first; most sentences hold none)
_STAGE_OPEN_WORD = re.compile(r"建成|竣工|开工|投产")
_CLAUSE_MARK = re.compile(r"[，,；;：:。]")
# (it opens a clause: the sentence's start or a mark before it; scanned once over the sentence)
_STAGE_OPEN = re.compile(r"(?:^|(?<=[，,；;：:。]))(?:包括|今年|去年|全年)?(?:[\u4e00-\u9fff]{1,6}?(?:省|市|县|区|州|旗|镇|乡))?(?:已|先后|相继|陆续|顺利|全面|累计)?(?P<w>建成投运|建成投产|建成通车|建成投用|建成使用|建成|竣工投产|竣工|(?:新)?开工建设|新开工|开工|投产)")
# (甲学院、乙学院2019年建成招生, 丙路、丁路通车运行: the year it was reached told before the stage, and the use
# the works were put to right after it)
_STAGE_CLOSE = re.compile(
    r"(?:(?:(?<=项目)|(?<=工程)|(?<=[期园区城心地厂站路桥馆院校]))(?:当年|今年|年内|同年|年底前?|上半年|下半年|将(?:在|于)[^、，,；;。]{1,8}?|(?:19|20)\d{2}年(?:\d{1,2}月)?(?:底|初|末)?))?(?:已|均|全部|全面|相继|先后|正式|顺利|基本|主体工程|同时|同步|陆续|集中|提前)?(?:(?:建成通车|建成|竣工|通车)(?:运行|运营|招生|开学|营业)|建成通车|建成投运|建成投产|竣工投产|建成试生产|建成投用|建成使用|建成启用|建成|完工|竣工|通车|投运|启用|投入使用|"
    r"开工建设|开工|动工|投产|试生产|(?:[\d一二三四五六七八九十两]+台)?机组(?:并网)?发电|并网发电|正式通水|通水|正在(?:进行)?土建施工|基坑开挖|基础施工|桩基施工|实施)(?:等)?$")
# a list of streets by their names alone, joined by 、 or a last 和 (金园路、荣兴路和昌泰路): each a works,
# though most are told in three characters (not 道路、思路, nor a kind of road: 主干路、支路, 产业路、通村路)
_STREET = r"[\u4e00-\u9fff]{2,6}?(?<![道思之出销门网电线套干支])路"
_STREETS = re.compile(r"(?:" + _STREET + r"(?:、|和|及))+" + _STREET)
_KIND_OF_ROAD = re.compile(r"(?:农村|乡村|城乡|城市|城区|县乡|乡镇|村组|通村|通组|旅游|产业|资源|园区|景区|国省|干线|高速|市政|背街)(?:公路|道路|铁路|路)$|(?:公路|铁路)$")


# the firm a list opens with, that builds or invests in its projects: 甲集团承建的乙、丙
_BUILT_BY = re.compile(r"(?:^|包括|还有|其中|由)(?P<firm>[\u4e00-\u9fffA-Za-z]{2,12}?)(?P<verb>承建|投资建设|投资兴建|投建)的(?=[\u4e00-\u9fffA-Za-z0-9]{4})")


# how far a list of projects under way has come: 投资均完成年度计划的20%以上, 均完成年度投资的一半,
# 均已完成年度投资目标
_PROGRESS = re.compile(r"(?:投资|年度投资)?(?:均|都|分别)?(?:已)?完成(?:了)?(?:(?:年度|全年)?(?:投资)?(?:计划|任务)?的|(?:年度|全年)(?:投资)?(?:目标|任务|计划))")


_PRICE = re.compile(r"\d+(?:\.\d+)?(?:万亿|亿|万|千)?元")


# works named whole and told by their phase, with no project word (甲乙风光储输示范一期)
_PHASED_WORKS = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{4,30}?[一二三四五六七八九十]期")


def _comma_chain(text: str, start: int, close: int) -> _Enumeration | None:
    """甲项目，乙项目，丙项目等: whole project names one to a clause, closed by 等."""
    items: list[_Item] = []
    end = close
    while len(items) < 30:
        begin = max(text.rfind(mark, start, end) for mark in "，,；;：:。\n") + 1
        begin = max(begin, start)
        clause = text[begin:end].strip()
        listed = _enumeration(text, begin, end, [], closed=True, counted=True) if "、" in clause and not _rx.search(r"\d", clause) else None
        if listed and all(_ends_as_project(item.name) for item in listed.items):
            items += reversed(listed.items)  # 甲承建的乙、丙和丁项目，戊项目等: a list to a clause
        else:
            names = _names(clause, begin)
            if not names and _PHASED_WORKS.fullmatch(clause) and _item_ok(clause):
                # (国网公司张北风光储输示范一期: works told by their phase, whole in their clause)
                item = _Item(end - len(clause), clause)
                _tidy_item(item)
                items.append(item)
                if begin <= start:
                    break
                end = begin - 1
                continue
            if not (names and names[-1][0] + len(names[-1][1]) == begin + len(clause) and _ends_as_project(names[-1][1])):
                break
            if _PRICE.search(clause):
                break  # 甲公司投资4亿元建设的乙项目；…等: a clause priced is a project told whole, no item of a list
            items.append(_Item(*names[-1]))
        if begin <= start:
            break
        end = begin - 1
    if len(items) < 3:
        return None
    items.reverse()
    return _Enumeration(items[0].at, close, items)


# one class of a batch told class by class, by a project named for it: 甲1个农业产业项目 (a class of
# one: the project itself), 乙等3个工业产业项目 (a class by one of its members)
_EXEMPLAR = re.compile(
    r"(?P<name>[^、，,；;。：:]{4,40}?)(?:等" + _COUNT_WORD + r"|(?<![\d一二三四五六七八九十两百])(?:1|一)(?:个|项))"
    r"[\u4e00-\u9fff]{1,8}?(?:类)?(?:项目|工程)(?=[、，,；;。]|$)"
)
_LED_BY = re.compile(r"以(?:建设)?(?P<name>[^、，,；;。“”]{4,40}?)为代表的?(?:[\d一二三四五六七八九十两百]+个)?[\u4e00-\u9fff]{0,12}?(?:项目|工程)")
_EXEMPLAR_HEAD = re.compile(r"^[^—－]{2,16}[—－]+(?=[^—－]{4})")  # 凤县5A级县城建设—: the programme a project is part of


def _class_exemplars(text: str, start: int, end: int) -> _Enumeration | None:
    """这次开工的15个项目，包括甲1个农业产业项目、乙等3个工业产业项目、丙等3个文化旅游项目: a
    batch told class by class, each class by a project named for it. Each named project is one of
    the batch; two such classes in a row at least, so that 实施甲等3个项目 stays a list of its own."""
    sentence = text[start:end]
    if (sentence.count("、") < 1 or not _rx.search(r"等" + _COUNT_WORD + "|[1一][个项]", sentence)) and sentence.count("为代表") < 2:
        return None
    items: list[_Item] = []
    at = 0
    begun: int | None = None  # where the first item told by the project leading its class begins
    for piece in _rx.finditer(r"[^、；;]+", sentence):
        lead = max(piece.group().rfind(mark) for mark in "，,：:") + 1  # (包括，甲…: the list opens after its word)
        found = _EXEMPLAR.fullmatch(piece.group()[lead:].rstrip("。，,"))
        if found is None and (led := _LED_BY.search(piece.group())):
            # 以甲项目为代表的重大工业项目25个，总投资87.5亿元；以乙为代表的21个城建项目: a class told by
            # the project that leads it
            item = _Item(start + piece.start() + led.start("name"), led.group("name"))
            begun = item.at if not items else begun
            _tidy_item(item)  # (以甲有限公司乙项目为代表: the firm invests in it, ruling 2)
            items.append(item)
            at = start + piece.start() + led.end()
            continue
        if found is None:
            if len(items) >= 2:
                break
            items = []
            continue
        raw = found.group("name")
        head = _EXEMPLAR_HEAD.match(raw) or _rx.match(r"(?:其中|包括|主要有|主要包括|分别是|分别为|分别有)", raw)
        name_at = lead + (head.end() if head else 0)
        name = raw[head.end() if head else 0 :]
        if not _item_ok(name):
            items = []
            continue
        items.append(_Item(start + piece.start() + name_at, name))
        at = start + piece.end()
    if len(items) < 2:
        return None
    return _Enumeration(min(begun, items[0].at) if begun is not None else items[0].at, at, items)


def _list_words_leading(cuts: list[re.Match]) -> list[re.Match]:
    """The cuts a list's first item begins after, less the words that begin a list only where
    they open the clause or follow a verb (主要生产甲、乙; 配套甲、乙): inside a name they are its
    words (乙公司签署管道生产制造项目, 甲工厂及相关配套产业项目)."""
    return [m for n, m in enumerate(cuts) if not (m.group() in _LIST_WORDS and m.start() > 0 and (n == 0 or cuts[n - 1].end() != m.start() or cuts[n - 1].group() in ("及", "和")))]


def _in_brackets(name: str, at: int) -> bool:
    """Whether a word at ``at`` lies inside a bracket the name opens before it and closes at its
    end, or before its last few words (东风路（建设路—银岭路）, 甲装置（二期工程产品结构优化）项目,
    甲大道（建设路至长江路段）改造工程): the bracket's words are the name's, no cut. (A bracket that
    more words follow is a note before the name: 开竣工活动（甲分会场）暨乙产业园项目二期)"""
    opened = name.count("（", 0, at) + name.count("(", 0, at) - name.count("）", 0, at) - name.count(")", 0, at)
    closed = re.compile(r"[）)]").search(name, at)
    return opened > 0 and closed is not None and len(name) - closed.end() <= 6 and "暨" not in name[closed.end() :]


# projects counted at the end of a clause, by the stage they reached (重点项目提前启动23项，): what
# a list after it names (but not a size class's, 10亿元项目3个，包括甲集团、乙集团: firms)
_COUNTED_BEFORE = re.compile(r"(?:项目|工程)[^，,。；;]{0,6}?(?:开工|启动|竣工|投产|建成|签约|实施)[^，,。；;]{0,4}?(?:\d+|[一二三四五六七八九十两百]+)(?:个|项)[，,]$")


# the words that open a kind of public works, named by no place or brand (乡村道路, 老旧小区改造)
_KIND_OF_WORKS = re.compile(r"乡村|农村|城乡|城区|城镇|老旧|棚户区|高标准|污水|垃圾|道路|管网|饮水|供水|排水|农田|小区|背街|街巷|安置|保障性")


# a stage reached ahead of the plan, told between the count and its verb (等6个项目较原计划提前开工建设,
# 比计划提前20天建成)
_BEAT_PLAN = r"[较比](?:原定?)?计划(?:均|已)?提前(?:[\d一二三四五六七八九十两半]+(?:个月|天|日|周|年))?"


# (compiled once: what is told right after a list, its projects' stage reached, or a count's)
_LIST_DONE_AFTER = re.compile(r"(?:一批)?(?:重点|重大)?(?:产业|工业)?(?:项目|工程)(?:[已均全部正式顺利成功相继陆续先后提前]|实现|集中|" + _BEAT_PLAN + r"){0,4}(?:建成投产|竣工投产|开工建设|开工|竣工|投产|建成|签约落地|签约落户|落户|落地|签约|完工|建设完成(?![^，。；]{0,4}投资))")
_COUNT_DONE_AFTER = re.compile(_COUNT_WORD + r"[^，。；]{0,10}?(?:项目|工程)(?:[已均全部正式顺利成功相继陆续先后提前]|实现|集中|" + _BEAT_PLAN + r"){0,4}(?:开工|竣工|投产|签约|建成|落户|落地|完工|建设完成(?![^，。；]{0,4}投资))")


def _single_item(text: str, a: int, b: int, after: str) -> _Enumeration | None:
    """实施甲产业园等30个亿元以上重点技改项目, 甲年产30万吨乙等重点项目建成投产, 引进丙新材料等3个
    亿元以上项目: one project named for a batch, counted or told done, or brought in (甲三期等25个项目
    建设完成: 完工 and 建设完成 tell it done as 建成 does)."""
    done = _LIST_DONE_AFTER.match(after)
    counted_after = _rx.match(r"(?:一批)?(?:重点|重大)?(?:产业|工业)?(?:项目|工程)" + _COUNT_WORD, after)  # 甲产业园等重大项目149个
    # 甲等基础设施项目429个, 乙等特别重大项目10个, 丙等“双百”签约项目36项: the one project named for a
    # class of projects counted, told by its kind; it needs no project word of its own (甲电子信息材料)
    # (重点、重大 alone tell no class: 工业技改等重大项目149个 counts a kind's projects)
    classed = _rx.match(r"(?:一批)?(?!(?:重点|重大)(?:项目|工程))[\u4e00-\u9fff“”]{2,8}?(?:类)?(?:项目|工程)" + _COUNT_WORD, after)
    counted_after = counted_after or classed
    if not _rx.match(_COUNT_WORD, after) and not done and not counted_after:
        return None
    piece = text[a:b]
    # (及 between two things of one name joins them: 高标准农田及现代化灌区等14个项目)
    cuts = _list_words_leading([m for m in _LIST_LEAD.finditer(piece) if len(piece) - m.end() >= 4 and not (m.group() == "及" and m.start() >= 2) and not _in_brackets(piece, m.start())])
    name = _NAME_LEAD.sub("", piece[cuts[-1].end() :] if cuts else piece)
    head, of, tail = name.rpartition("的")
    if of and len(tail) >= 4 and _place_lead(head + "甲乙") == len(head):
        name = tail  # 位于甲市的乙医疗中心等116个项目: where the one named is, no part of its name
    brought = bool(cuts) and _rx.fullmatch(r"引进了?|引入|招引|签约", cuts[-1].group()) is not None and len(name) <= 12
    staged = done or brought or _COUNT_DONE_AFTER.match(after)
    # (开工甲乙等52个基础设施项目: the stage told right before the one item, then its count)
    staged = staged or bool(cuts) and _rx.fullmatch(r"(?:集中|新)?(?:开工|竣工|投产|签约|建成|开复工|复工)", cuts[-1].group()) is not None and (
        _rx.match(_COUNT_WORD + r"[^，。；]{0,10}?(?:项目|工程)", after) or counted_after)  # (开复工甲等项目66个)
    # (but 电子信息等重大产业项目 is a trade, and 乡村道路、老旧小区改造等民生项目 are kinds of works: a
    # project named for a class is told by a place, a phase or a word of its own)
    staged = staged or classed and not _sector(name) and not _CATEGORY.fullmatch(name) and not _KIND_OF_WORKS.match(name) and (
        _place_lead(name) > 0 or _rx.search(r"[一二三四五六七八九十]期", name) or _names_itself(name))
    if not _item_ok(name) or (not _ends_as_project(name) and not staged) or (_ends_as_project(name) and _tidy_name(name) != name):
        return None
    item = _Item(b - len(name), name, brought=bool(brought), exemplar=bool(classed))  # (总投资超45亿元的甲等22个项目: the total is the batch's)
    if _rx.search(r".{4}(?<!能力)建设$", name):
        item.name = name[:-2]  # 甲片区精品环线建设等5个项目: the works is 甲片区精品环线 (ruling 3), as in a list's items
    if cuts and cuts[-1].group().endswith("公司"):
        item.investors = _last_company(piece[: cuts[-1].end()])  # 甲有限公司乙项目等36个项目
    return _Enumeration(b - len(name), b, [item])


# a list's close by the kind of its projects (等生命健康项目, 等“互联网+”项目, 等总部经济项目)
_CLOSED_BY_KIND = re.compile(r"等(?P<kind>[^，,。；;、等]{2,10}?)(?:项目|工程)(?=[，,。；;]|$)")


def _one_of_kind(text: str, a: int, b: int, sentence: str, close_end: int) -> _Enumeration | None:
    """包括甲等生命健康项目，乙公司丙等“互联网+”项目，丁等新材料项目: projects told kind by kind, one
    named for each kind, in a sentence that closes two kinds at least so: each named one is a
    project (the kind after 等 is no name of its own)."""
    kinds = [m for m in _CLOSED_BY_KIND.finditer(sentence) if _KIND_AFTER_DENG.search(m.group("kind")) or _generic(m.group("kind") + "项目") or _sector(m.group("kind"))]
    if len(kinds) < 2 or not any(m.start() == close_end - 1 for m in kinds):
        return None
    item = _Item(a, text[a:b])
    lead = _rx.match(r"(?:其中)?(?:包括|包含|主要有|主要包括|还有|以及|及)[：:]?", item.name)
    if lead:
        item.at, item.name = item.at + lead.end(), item.name[lead.end() :]
    _tidy_item(item)
    if not _item_ok(item.name) or _sector(item.name) or (_ends_as_project(item.name) and _tidy_name(item.name) != item.name):
        return None
    return _Enumeration(item.at, b, [item])


def _one_member(text: str, a: int, b: int, before: str, told: bool = False) -> _Enumeration | None:
    """启动的7个项目总投资35.45亿元，包括甲有限公司乙项目等。: the one member a counted batch
    includes, told as a whole name and closed by 等 alone (or by the kind of projects it is,
    told: 项目114个，包含甲液晶显示模组等重大招商引资项目)."""
    intro = _rx.match(r"(?:其中)?(?:包括|包含|主要有|主要包括)[：:]?", text[a:b])
    if intro is None or not _rx.search(r"(?:" + _COUNT_WORD + r"[^。；;]{0,8}?(?:项目|工程)|(?:项目|工程)" + _COUNT_WORD + r")[^。；;]{0,30}$", before):
        return None
    item = _Item(a + intro.end(), text[a + intro.end() : b])
    _tidy_item(item)
    if not (told or _ends_as_project(item.name)) or not _item_ok(item.name) or _tidy_name(item.name) != item.name:
        return None
    return _Enumeration(a + intro.end(), b, [item])


# a capacity a plant is named by (年产3000吨乙), and one more figure of its output after it (2000吨丙)
_CAPACITY_LEAD = re.compile(r"年(?:产|加工|处理|出栏)[\d.]")
# (and a count in 亿 with an energy or charge unit: 20万辆纯电动汽车、|20亿AH动力锂电池)
_CAPACITY_NEXT = re.compile(r"[\d.]+[万亿]?(?:吨|头|只|台|套|件|辆|平方米|立方米|片|千瓦|兆瓦|吉瓦|安时|(?:AH|Ah|GWh|GWH|MWh|MWH|GW|MW)(?![A-Za-z]))")
# a plant told by a firm's short name and its power alone (浙新能30万千瓦, 华电200MW), and the last of a list
# of such, which names the kind after its power (运达10万千瓦风电项目: 风电项目)
_POWER_UNITS = r"[\d.]+(?:万千瓦|千瓦|兆瓦|MWp|MW|GW|万kW|kW)"
_POWER_ONLY = re.compile(r"[\u4e00-\u9fffA-Za-z]{1,8}" + _POWER_UNITS)
_POWER_TAIL = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z])" + _POWER_UNITS + r"(?P<tail>[\u4e00-\u9fff]{2,12})$")


# an item of a list: up to its 、 (or 以及), a bracket whole (甲产业园（铝模及爬架生产、租赁一体化）项目)
# a 、 that joins the numbers of units of one works (核电5、6号机组), no list's mark
_UNITS_JOINED = r"(?<=\d)、(?=\d{1,2}\s?(?:号|#|＃))|(?<=[\d一二三四五六七八九十])、(?=" + _UNITS_TAIL + r")"
# (甲、乙以及丙: 以及 joins the last item as 、 does, no part of its name)
_LIST_ITEM = re.compile(r"(?:以及)?(?P<item>(?:[（(][^（）()。，]{0,40}[）)]|“[^“”。，；]{0,30}”|" + _UNITS_JOINED + r"|(?!以及)[^、])+)")
# an item that opens with its own price (投资1.5亿元的乙花园)
_PRICED_ITEM = re.compile(r"(?:总投资|计划投资|投资)(?:额)?[约近超逾达]?[\d.]+(?:万亿|亿|万)?元的[\u4e00-\u9fff]")


# 甲公司亚太区总部及生产基地项目: the second half a kind of facility, one project's parts
_FACILITY_PART = r"(?:生产|研发|制造|配套|仓储|物流|销售|办公|生活|加工|检测|运营|营销|结算|试验|中试)"


# the words that open what one project is made of: 建设内容包括, 主要建设内容为
_CONTENTS_LEAD = re.compile(r"内容(?:主要)?(?:包括|包含|涵盖|为|有|是)[：:]?")


# the firm an item's money is told after, as who invests it: (包括)甲集团|投资20亿元的乙项目, 台州丙丁|投资14亿元的…
_FIRM_PRICES = re.compile(r"(?P<firm>[\u4e00-\u9fffA-Za-z0-9（）()]{2,30}?)(?:将|拟|共同)?" + _TOTAL_LEAD + "$")


def _firm_pricing(lead: str) -> str | None:
    """The firm a priced list item's words before its money name (包括甲集团|投资20亿元, 乙有限公司|总投资5亿元,
    绍兴丙丁企业|投资35亿元, 北京戊己|总投资100亿元), or None: a firm told by its organisation's word, or by
    where it is from and its short name; a place (灌云县, 徐圩新区), a project (该项目, 一期) or a word of
    the list (分别是, 计划) is none."""
    told = _FIRM_PRICES.search(lead)
    if told is None:
        return None
    firm = told.group("firm")
    firm = firm[_org_start(firm) :]
    if _rx.search(r"(?:公司|集团|企业)$", firm):
        return firm if len(firm) >= 4 and not _ORG_BAD.search(firm) and not _rx.search(r"[省市县区]企业$|\d", firm) else None
    head = _place_lead(firm)
    rest = firm[head:]
    if not 2 <= head <= 3 or not 2 <= len(rest) <= 4 or _place_lead(rest) or _PARK.fullmatch(firm) or _works_or_kind(rest) or _SITE_END.search(rest) \
            or _rx.search(r"[省市县区镇乡村州]$|\d|项目|工程|全|共|计划|累计|新增|今年|去年|年度", firm):
        return None
    return firm  # (北京建龙, 台州德仕乐: a firm told by its city or province and its short name)


def _enumeration(
    text: str, a: int, b: int, money: list[Quantity], closed: bool, counted: bool = False, count: int | None = None, firms: bool = False
) -> _Enumeration | None:
    raw = text[a:b]
    lead = raw[: max(raw.find("、"), 0)] or raw[:8]
    if _rx.search(r"(?:承建|参建)(?!的)|建设过|曾经?|荣获|获得", lead) or "先后建成" in lead and _rx.search(r"集团|公司|企业", text[max(0, a - 40) : a] + lead):
        return None  # 集团先后承建或参建了甲大桥、乙机场: a builder's past works, not this item's projects (a county's 先后建成 are its own)
    if _CONTENTS_LEAD.search(text[max(0, a - 16) : a] + lead):
        return None  # 甲工程主要建设内容包括乙隧道、丙隧道: what one project is made of
    pieces = []
    for m in _LIST_ITEM.finditer(raw):
        begin, whole = m.start("item"), m.group("item")
        if begin > m.start() and raw.count("“", 0, m.start()) > raw.count("”", 0, m.start()):
            begin, whole = m.start() + 1, m.group()[1:]  # (“甲、乙以及丙项目”: inside a quote 以及 joins the words of one name)
        halves = _rx.split(r"(?<=[\u4e00-\u9fff])(?:及|和)(?=[\u4e00-\u9fff])", whole)
        priced = len(halves) == 2 and _PRICED_ITEM.match(halves[0]) and _PRICED_ITEM.match(halves[1])  # 投资1323万元的甲工程和投资1.5亿元的乙花园: two, each priced
        # (甲高速公路乙至丙段和丁广汽乘用车发动机: a route's section, then a name a place begins, are two)
        section = len(halves) == 2 and _rx.search(r"段$", halves[0]) is not None and len(halves[1]) >= 6 and _place_lead(halves[1]) > 0
        # (甲一体化建设和湖北乙一体化, 丙戒毒产品和城步丁度假区: a list's last 和 before a name a place
        # begins joins two items, as 、 does; but 中电投平泉和丰宁太阳能光伏发电 joins two places of one,
        # and 甲小学项目及美兰区乙中心 may be one project's two works)
        placed = len(halves) == 2 and whole[len(halves[0])] == "和" and len(halves[0]) >= 4 and len(halves[1]) >= 6 and _place_lead(halves[1]) > 0 \
            and not any(_place_lead(halves[0][-k:] + "甲乙") == k for k in (2, 3, 4))
        # (甲集团总部及乙产业园项目: the 项目 told after 及 is both halves', one project)
        shared = len(halves) == 2 and whole[len(halves[0])] == "及" and _rx.search(r"(?:项目|工程)$", halves[1]) and not _rx.search(r"(?:项目|工程)$", halves[0])
        if priced or section or placed or len(halves) == 2 and not shared and all(len(h) >= 4 and _ends_as_project(h) for h in halves) and not _rx.match(_FACILITY_PART, halves[1]) \
                and not _rx.fullmatch("(?:" + _NAME_END + ")+(?:项目)?", halves[1]):  # 甲产业园和算力中心项目: one project with its centre
            pieces += [(begin, halves[0]), (m.end() - len(halves[1]), halves[1])]  # 甲物流中心及乙物流中心
        else:
            pieces.append((begin, whole.rstrip("，,")))
    shares = set()  # where the items that share one 项目 begin
    for n in range(len(pieces) - 1, 0, -1):
        # 5亿元冷链物流、食品加工项目和1亿元的乙项目, 合资建设的运输、旅游及商贸合作项目: trade words before the
        # one 项目 they share are one item with it (see _trades_before; the first item's words after its lead;
        # an item joined by 和 or 及 after that 项目 stays one of its own)
        (before_at, before), (offset, piece) = pieces[n - 1], pieces[n]
        head = _rx.match(r"[^、]{2,30}?项目(?:[一二三四五六七八九十]期)?(?=和|及|与|$)", piece)
        if head is None or n - 1 > 0 or len(pieces) == 2 and head.end() == len(piece) or any(offset + a <= q.start < offset + a + head.end() for q in money):
            continue
        # (only the first two items, the first told right after its amount or 的: a list's places, parks and
        # brands, 甲创业园一期、光伏扶贫项目, 中韩美谷、乙科创园投资运营项目, are each a project)
        tail = _rx.search(r"(?<=[的元])((?:(?!的)[\u4e00-\u9fff]){2,8})$", before)
        if tail and _trades_before(tail.group(1) + "、", head.group()):
            rest = piece[head.end() + 1 :]
            pieces[n - 1 : n + 1] = [(before_at, raw[before_at : offset + head.end()])] + ([(offset + head.end() + 1, rest)] if rest else [])
            shares = {at for at in shares if at not in (offset, before_at)} | {before_at}
    for n in range(len(pieces) - 1, -1, -1):
        # 甲项目、乙产业园和丙风电开发建设等3个项目: the count says the last 和 joins two (a count
        # larger still is of more projects than the list names: 甲及乙、丙等17个项目)
        if count != len(pieces) + 1:
            break
        offset, piece = pieces[n]
        halves = _rx.split(r"(?<=[\u4e00-\u9fff])(?:及|和)(?=[\u4e00-\u9fff])", piece)
        if len(halves) == 2 and offset not in shares and all(len(h) >= 4 for h in halves) and not _rx.match(_FACILITY_PART, halves[1]):
            pieces[n : n + 1] = [(offset, halves[0]), (offset + len(piece) - len(halves[1]), halves[1])]
    for n in range(len(pieces) - 1, 0, -1):
        # 甲公司年产3000吨乙、2000吨丙及5000吨丁项目: a capacity after a capacity is one more thing
        # the same plant makes, not another project
        (before_at, before), (offset, piece) = pieces[n - 1], pieces[n]
        if _CAPACITY_NEXT.match(piece) and _CAPACITY_LEAD.search(before) and not _ends_as_project(before) and not counted:
            # (甲15万吨碳纤维原丝、1.5万吨碳纤维等9个项目: a list its count closes is of projects, each its own)
            pieces[n - 1 : n + 1] = [(before_at, raw[before_at : offset + len(piece)])]
    if len(pieces) >= 2 and (led := _rx.search(r"为代表的?$", pieces[-1][1])) and "以" in pieces[0][1]:
        # 以甲、乙为代表的17个项目: the examples of the projects counted, without the words that frame them
        pieces[-1] = (pieces[-1][0], pieces[-1][1][: led.start()])
        lead = pieces[0][1].rfind("以") + 1
        pieces[0] = (pieces[0][0] + lead, pieces[0][1][lead:])
    if len(pieces) < 2:
        return None
    items: list[_Item] = []
    brought = False  # the list is of what was brought in (引进了甲、乙)
    for n, (offset, piece) in enumerate(pieces):
        at = a + offset
        amount = next((q for q in money if at <= q.start < at + len(piece)), None)
        if amount is not None:
            kind = _kind(text, at, amount)
            if kind in ("annual_output", "annual_tax", "other"):
                return None  # 开票销售200亿元以上、税收5亿元左右: figures of one project, no list
            name = text[amount.end : at + len(piece)]
            name = _rx.sub(r"^(?:人民币)?元?的?", "", name)
            name = _rx.sub(r"^(?:建设|新建|兴建|打造|实施)(?=[\u4e00-\u9fffA-Za-z\d]{4})", "", name)  # 投资100亿元建设甲项目: what the money builds
            name = _rx.sub(r"[已均全部正式顺利成功相继陆续先后提前]{0,4}(?:" + _STAGE.pattern + ").*$", "", name)  # 甲项目成功签约
            item = _Item(amount.end + (len(text[amount.end : at + len(piece)]) - len(name)), name,
                         _Amount(amount, kind if kind in INVESTMENT_KINDS else "total_investment"))
            if (told := _FIRM_PLACE_PRICES.search(text, at, amount.start)) is not None:
                # 丁公司在戊新区投资50亿元的己项目: the item's own firm and place
                item.investors = _last_company(told.group("firm"))
                item.park = (park := _PARK.search(told.group("place"))) and park.group()
            elif (firm := _firm_pricing(text[at : amount.start])) is not None:
                # 包括甲集团投资20亿元的乙项目、台州丙丁投资14亿元的戊项目: the firm that invests the item's money
                item.investors = [{"name": firm, "role": "investor"}]
            elif (firm := _signed_firm(text[at : amount.start])) is not None:
                # 与甲控股有限公司签订总投资15亿元的乙项目: the firm the place signs the item's money with
                item.investors = [{"name": firm, "role": "investor"}]
        else:
            name = piece
            if n == 0:
                # (先后引进了国电投, 签约润滑油: what is brought in or signed may be a firm or a product of
                # two or three characters)
                # (上海甲乙石油化工投资有限公司: a word inside a registered firm's name leaves it no name but
                # its legal form, 有限公司, and cuts nothing)
                cuts = [m for m in _LIST_LEAD.finditer(piece) if len(piece) - m.end() >= (2 if _rx.match(r"引进|引入|招引|签约|签下", m.group()) else 4)
                        and not _LEGAL_FORM_ONLY.fullmatch(piece[m.end() :])
                        and not _NAME_END_ONLY.fullmatch(piece[m.end() :]) and piece[m.end() : m.end() + 1] not in "区园站港城" and not _in_brackets(piece, m.start())]
                # (甲生产迁建及配套乙产业建设项目: what comes with the plant, told after 及, is part of its name)
                cuts = _list_words_leading(cuts)
                # (甲产品生产及乙、丙等项目: a first item that joins two things by 及 is named whole)
                # (and so is one that a company's name opens: 甲有限公司乙项目三期丙及丁项目, or 包括: 包括甲生产迁建及配套乙项目)
                cuts = [m for n_, m in enumerate(cuts) if not (m.group() in ("及", "及其") and (n_ == 0 and m.start() >= 4 or n_ > 0 and (cuts[n_ - 1].group().endswith("公司") or cuts[n_ - 1].group() in ("包括", "有")) and m.start() - cuts[n_ - 1].end() >= 4
                        or n_ > 0 and m.group() == "及" and _joins_parts(piece, cuts[:n_], m)))]  # (其中甲电芯及乙产业园、: after any cut, two things of one name)
                # (甲有限公司整体搬迁项目: what is done to the firm's plant is named by the firm, ruling 2)
                # (and so is its plant told by its kind alone: 甲有限公司新生产基地项目)
                cuts = [m for m in cuts if not (m.group().endswith("公司") and (_DONE_TO_IT.fullmatch(piece[m.end() :]) or _PLANT_ONLY.fullmatch(piece[m.end() :])))]
                if cuts:
                    if cuts[-1].group() in _LIST_PARTS and not closed or cuts[-1].group() in _LIST_TRACKED and not any(q.start >= a for q in money if q.start < b):
                        return None
                    name = piece[cuts[-1].end() :]
                    if cuts[-1].group() == "主要":
                        name = _rx.sub(r"^(?:包括|包含|有(?![色机限线轨氧声效]))(?=[^，。；]{4})", "", name)  # 主要包括甲、乙: the list after the words
                    if cuts[-1].group().endswith("公司"):
                        name = _FIRM_DOES.sub("", name)
                    brought = _rx.match(r"引进|引入|招引|签约|签下", cuts[-1].group()) is not None
            item = _Item(at + len(piece) - len(name), name)
            if n == 0 and cuts and cuts[-1].group().endswith("公司"):
                item.investors = _last_company(piece[: cuts[-1].end()])
            elif n == 0 and cuts and (by := _ITEM_BY.search(piece)) and 0 <= by.end() - (len(piece) - len(name)) <= 1 and not _ORG_BAD.search(by.group("firm")):
                # 分别是：由甲木业有限公司投资的乙项目: the firm the first item is told after
                item.investors = _firm_by(by)
        tail = _ITEM_TAIL.search(item.name)
        if tail:
            item.name = item.name[: tail.start()]
        deal = _DEAL_TAIL.search(item.name)
        if deal and deal.start() >= 4:
            item.name = item.name[: deal.start()]  # 甲化工产业基地战略投资协议、乙产业园2期等41个项目: what each deal is for
        own = _OWN_STAGE.search(item.name) if amount is None else None
        if own and n == len(pieces) - 1 and not _rx.search(r"(?:项目|工程)$", item.name[: own.start()]):
            own = None  # (the last item's stage closes the list, but for a project's own part: 丙项目一期生产线试产)
        if own and own.start() >= 4:
            # 甲项目全面封顶、乙一期A标段施工基本完成、丙中心投入运营: each item told with its own stage
            # (甲项目即将竣工: only to come)
            item.name, item.stage = item.name[: own.start()], "planned" if own.group("expected") or own.group("w") == "获批" else _STAGE_NAMES.get(own.group("w"), "started")
        closes = bool(tail) and tail.group().endswith(("项目", "工程"))
        if n == len(pieces) - 1 and not closed and not closes:
            signed_with = _signed_with(item.name)
            company = _LEGAL.match(item.name[signed_with:])
            item.name = _tidy_name(item.name) or ""
            item.at = text.find(item.name, at) if item.name else item.at
            if company and item.name and item.at >= at + signed_with + company.end():
                item.investors = [{"name": _HOST_SIGNED.sub("", company.group()), "role": "investor"}]  # 、丙有限公司丁项目签约: the firm told before the last name
        _tidy_item(item)
        if n > 0 and (built := _rx.match(r"新建(?=[\u4e00-\u9fffA-Za-z0-9]{4})(?![^，。；]*至)", item.name)):
            item.at, item.name = item.at + built.end(), item.name[built.end() :]  # 、新建甲县委党校项目: what is done to it (but 新建甲至乙铁路 is a route's name)
        bare = item.name.lstrip("-—–－")  # (甲有限公司--年产30万吨乙项目: dashes that set the firm off)
        item.at, item.name = item.at + len(item.name) - len(bare), bare
        told = item.name.rsplit("的", 1)[0] if "的" in item.name and len(item.name.rsplit("的", 1)[1]) >= 4 else ""
        if not item.investors and (firm := _signed_firm(text[min(at, item.at) : item.at] + told)):
            item.investors = [{"name": firm, "role": "investor"}]  # 宜昌与甲文旅集团签订的乙度假区项目: the firm the place signed it with
        if "的" in item.name and len(item.name.rsplit("的", 1)[1]) >= 4:
            tail = item.name.rsplit("的", 1)[1]  # 长沙市的甲电子信息项目
            item.at, item.name = item.at + len(item.name) - len(tail), tail
        item.name = _rx.sub("((?:" + _NAME_END + "))(?:项目)?建设$", r"\1", item.name)  # 甲产业园建设: the park is the project
        quoted = _rx.search(r"“([^”]{4,30})”", item.name)
        if quoted and (_ends_as_project(quoted.group(1)) or quoted.end() == len(item.name)):  # (not “一带一路”国家青少年训练基地)
            item.at, item.name = item.at + quoted.start(1), quoted.group(1)  # 新能源新材料“龙源渔光互补发电项目”
        item.name = _unquoted(item.name.strip("\"' "))
        if brought and not item.amount and not _ends_as_project(item.name) and (2 <= len(item.name) <= 4 or _FIRM_TRADE.search(item.name) and len(item.name) <= 9) \
                and not _industry_only(item.name) and not _rx.search(r"\d|项目|工程|新城|小镇|园|[城镇馆区]$|中心$", item.name):
            item.firm = item.brought = True  # 引进了甲、乙、丙等一批优质项目: the firms brought in (ruling 5)
        if item.amount is None and n + 1 < len(pieces) and (shared := _shared_works(item.name, pieces[n + 1][1])):
            item.name = item.name + shared  # 杭州、宁波城际铁路: the works the next place's name shares, 杭州城际铁路
        if item.amount is None and items and (unit := _rx.fullmatch(r"[一二三四五六七八九十\d]{1,2}(标段|号线)", item.name)) \
                and (head := _rx.match(r"(.{2,}?)[一二三四五六七八九十\d]{1,2}" + unit.group(1), items[-1].name)):
            # 甲配套二期一标段、二标段, 甲地铁3号线一期、4号线: a section or a line told by its number alone shares
            # the head of the one before, a works of its own (甲配套二期二标段, 甲地铁4号线)
            item.at, item.name = item.at - len(head.group(1)), head.group(1) + item.name  # (a span that ends where its number does)
        # (总投资3亿元的生物质发电、…: an item priced on its own may be named by its trade alone)
        own_price = item.amount is not None and text.startswith("的", item.amount.q.end) and 4 <= len(item.name) <= 8 and _industry_only(item.name)
        # (甲乙3GW光伏组件、新一中等25个项目: a counted list's school, hospital or hall told in three characters)
        short_works = counted and len(item.name) == 3 and _rx.search(r"[中院馆站园城厂桥校]$", item.name) is not None and _item_ok(item.name, True)
        # (金冠食品、桂和堂、华林食品等项目: a brand told in three characters among firms told by their trade)
        brand = len(item.name) == 3 and not firms and _item_ok(item.name, True) and not _industry_only(item.name) \
            and 2 * sum(1 for _, piece in pieces if _firm_short_name(piece)) >= len(pieces) - 1 >= 2
        if brand:
            item.firm = True
        # (锂电铜箔、铜杆、铸造新材料3个重大项目, 电线电缆、甲广场和文化产业3个项目: a count that names every
        # item makes each a project, a product or a trade told as one too)
        told_by_count = counted and count == len(pieces) >= 3 and _counted_item(item.name) and not _KINDS_COUNTED.match(text, b)
        if not own_price and not short_works and not brand and not told_by_count and not _item_ok(item.name, item.amount is not None or closes or firms or item.firm):  # 乙等项目: the list says 乙 is one (甲、乙等企业: a firm)
            if n == 0 and len(pieces) > 2:
                continue  # a lead that is no project: 开展甲、乙、丙等
            if n == len(pieces) - 1 and _rx.search(r"^(?:总|计划)?投资|\.$", item.name):
                continue  # …、投资1.5亿元的乙项目、投资1.: a text cut short in its last item
            if counted and len(pieces) > 3:
                continue  # 甲、乙、丙、丁等8个项目: the count says they are projects; one item read wrong is skipped
            return None
        items.append(item)
    if len(items) >= 2 and (last := _POWER_TAIL.search(items[-1].name)):
        # 甲30万千瓦、乙20万千瓦、丙10万千瓦风电项目, 华电200MW、中环100MW集中式光伏: plants told by a firm and
        # their power alone share what the last one names after its own power (甲30万千瓦风电项目)
        for item in items[:-1]:
            if item.amount is None and _POWER_ONLY.fullmatch(item.name):
                item.name += last.group("tail")
    if counted and len(items) >= 2 and items[0].investors and pieces[0][1].startswith("由") and not any(item.investors for item in items[1:]):
        for item in items[1:]:
            item.investors = items[0].investors  # 由甲集团投资128亿元的乙、丙、丁3个项目: the firm invests in every one of them
    builder = _BUILT_BY.search(pieces[0][1]) if pieces else None
    if builder and not _rx.match(r"[我该本全各]|.*(?:政府|管委会|[省市县区]$)", builder.group("firm")) and _place_lead(builder.group("firm") + "甲乙") != len(builder.group("firm")):
        # 甲集团承建的乙、丙和丁项目: the firm builds (or invests in) every one of them
        role = _firm_by(builder)[0]["role"]
        for item in items:
            item.investors = item.investors or [{"name": builder.group("firm"), "role": role}]
    if not closed and len(items) == 2 and _industry_only(items[0].name):
        return None  # 医药、保健品生产项目: one project making two things
    if all(_CATEGORY.fullmatch(item.name) for item in items):
        return None  # 基础设施、社会民生等政府投资项目18项: kinds of projects, none named
    if len(items) >= 3 and all(_sector(item.name) for item in items):
        return None  # 签约项目包括进出口家具制造、高端装备制造、现代服务业、生物技术等: the trades they are in
    if len(items) < 2:
        return None
    # (投资10亿元以上的甲、乙: the bound, then 的, as 投资超10亿元的甲、乙 tells it)
    of = _OF_THE_CLASS.match(text, items[0].amount.q.end) if items[0].amount is not None and items[0].amount.q.modifier == "at_least" else None
    if items[0].amount is not None and all(item.amount is None for item in items[1:]) and (text.startswith("的", items[0].amount.q.end) or of) and counted:
        # (总投资10多亿元的甲、乙等8个项目: a figure told roughly, 多 or 余 after it, is the projects' total, no bound)
        if items[0].amount.q.modifier == "at_least" and not _rx.search(r"[\d十百千万][多余]", text[items[0].amount.q.start : items[0].amount.q.end]):
            # 投资超30亿元的甲、乙、丙等4个项目: the bound of the class the counted projects are of, each
            # member's at least (ruling 4)
            for item in items[1:]:
                item.amount, item.shared = items[0].amount, True
            items[0].shared = True
        else:
            items[0].amount = None  # 投资30亿元的甲、乙、丙等4个项目: the projects' total, nobody's amount
    elif items[0].amount is not None and all(item.amount is None for item in items[1:]) and (text.startswith("的", items[0].amount.q.end) or of):
        if all(_rx.search(r"(?:项目|工程)$", item.name) for item in items) and _rx.match(r"\s*等(?:已经?|均已?)?(?:陆续|相继|先后|顺利|正式|全面)?(?:开工|动工|签约|投产|建成|竣工|启动建设)", text[b:]):
            # 总投资5亿元的甲项目、乙项目等已启动建设: each named as a project of its own, the list closed by
            # the stage it reached and no word for the projects together: the amount the first one's
            return _Enumeration(a, b, items)
        if all(len(item.name) >= 6 and _names_itself(item.name) for item in items):
            # 总投资52亿元的甲液体化工码头、乙港区矿石码头等项目: works named as their own, each a
            # project, and the amount theirs together, nobody's (a kind of works told in four or
            # five characters, 古城修缮 or 悬崖栈道, names none)
            if items[0].amount.q.modifier == "at_least" and items[0].at == (of.end() if of else items[0].amount.q.end + 1) and not _rx.match(r"(?:项目|工程)", items[0].name):
                # 总投资超百亿元的甲地铁4号线、乙海底隧道等一批重大项目: the bound of the class they
                # are of, each member's at least (ruling 4; but 投资超10亿元的项目有甲、乙 leaves the
                # members to be priced where the text prices them)
                for item in items[1:]:
                    item.amount, item.shared = items[0].amount, True
                items[0].shared = True
            else:
                items[0].amount = None
            return _Enumeration(a, b, items)
        # 投资5.5亿元的水生态治理、悬崖栈道等项目: kinds of works, one amount for the whole list, one project
        whole = _rx.match(r"[^，。；]*?(?:项目|工程)", text[items[0].at : b + 12])
        if whole:
            return _Enumeration(a, b, [_Item(items[0].at, whole.group(), items[0].amount)])
    return _Enumeration(a, b, items)


# a size class's bound told with 以上 before the members it leads: 投资10亿元|以上的|甲、乙
_OF_THE_CLASS = re.compile(r"(?:及)?以上的")


# a firm told before a list item as who invests in it or builds it: 由甲木业有限公司投资的乙项目,
# 丙集团承建的丁工程
_ITEM_BY = re.compile(r"由?(?P<firm>[\u4e00-\u9fffA-Za-z（）()]{2,30}?(?:有限公司|有限责任公司|公司|集团))(?P<verb>投资建设|投资兴建|投资|投建|承建)的(?=[\u4e00-\u9fffA-Za-z0-9]{4})")


# a firm a place (or its government, its park) signs a project with, told before the project:
# 宜昌与甲文旅集团签订的|乙项目, 丙县人民政府与丁有限公司签约的|, 与戊集团签订|总投资15亿元的己项目
_SIGNED_FIRM = re.compile(r"(?P<host>[^，,。；;、：:]{0,30}?)(?:与|和|同)(?P<firm>[\u4e00-\u9fffA-Za-z0-9（）()·]{2,30}?)(?:正式)?(?:签订|签约|签署)了?(?:的|" + _TOTAL_LEAD + ")?$")


def _signed_firm(words: str) -> str | None:
    """The firm the words before a list item's name (or its money) tell a place signed the item
    with (宜昌与甲文旅集团签订的, 丙县人民政府与丁有限公司签约的, 与戊集团签订总投资), or None: where
    the side before 与 is a firm too (甲城投与乙集团签订的) or the side after it a place or a
    government (甲公司与乙县政府签约的), the words name no single investor."""
    told = _SIGNED_FIRM.search(words)
    if told is None:
        return None
    host, firm = told.group("host"), told.group("firm")
    # (美的集团: a 的 right before the firm's organisation word is its trade name's own)
    if _rx.search(r"(?:公司|集团|城投|企业|大学|学院|银行)$", host) or _ORG_BAD.search(_rx.sub(r"的(?=集团|公司|股份)", "", firm)) or len(firm) < 4:
        return None
    if _rx.search(r"(?:政府|管委会|管理委员会|[省市县区镇乡村])$", firm) or _place_lead(firm + "甲乙") == len(firm) or _PARK.fullmatch(firm):
        return None
    return firm


def _firm_by(told: re.Match[str]) -> list[dict]:
    """The firm a match of _ITEM_BY or _BUILT_BY tells, as a list of one: the builder where it
    builds (承建), else the investor."""
    return [{"name": told.group("firm"), "role": "builder" if told.group("verb") == "承建" else "investor"}]


# what a firm told before a name does (甲有限公司|建设|乙工厂项目), no word of the name; but
# 建设项目 and 建设工程 as written stay (ruling 3)
_FIRM_DOES = re.compile(r"^(?:投资建设|投资新建|建设|新建|投建)(?=[\u4e00-\u9fffA-Za-z0-9]{4})(?!项目|工程)")


def _signed_with(name: str) -> int:
    """1 where a list item opens with the 与 of a firm a place signed with (、与北京甲有限公司乙项目),
    else 0."""
    return 1 if name.startswith("与") and _place_lead(name[1:]) else 0


# the host government that signs with a firm (甲县人民政府和乙有限公司就丙项目): the place, not an investor
_HOST_SIGNED = re.compile(r"^[\u4e00-\u9fff]{2,20}?(?:人民政府|管委会|管理委员会)(?:和|与|同)(?=[\u4e00-\u9fffA-Za-z]{4})")


def _tidy_item(item: _Item) -> None:
    """A list item's company is its investor and its park its place (甲有限公司年产10万吨乙项目,
    格尔木工业园甲光伏储能)."""
    if _signed_with(item.name):
        item.at, item.name = item.at + 1, item.name[1:]
    by = _ITEM_BY.match(item.name)
    if by and not _ORG_BAD.search(by.group("firm")):
        item.investors = _firm_by(by)
        item.at, item.name = item.at + by.end(), item.name[by.end() :]
    company = None if by else _LEGAL.match(item.name)
    if company is None and not by and (bare := _COMPANY.match(item.name)) and not _ORG_BAD.search(bare.group()):
        company = bare  # 呼伦贝尔阜丰公司50万吨氨基酸: a company told short
    if company and len(item.name) - company.end() >= 4:
        firm = _HOST_SIGNED.sub("", company.group())
        firm = firm[_org_start(firm) :]  # (竣工项目|甲公司乙电站, 项目有|丙公司丁生产: the list's words before the firm)
        item.investors = [{"name": firm, "role": "investor"}]
    if company and len(item.name) - company.end() >= 4 and not _DONE_TO_IT.fullmatch(item.name[company.end() :]) \
            and not _PLANT_ONLY.fullmatch(item.name[company.end() :]):
        # (甲有限公司整体搬迁项目, 乙有限公司新生产基地项目: what is done to the firm's plant, or the plant
        # told by its kind alone, is named by the firm, ruling 2)
        rest = _FIRM_DOES.sub("", _rx.sub(r"^(?:签署|签订|签约)了?的?|^就(?!业)|^[-—–－]+", "", item.name[company.end() :]))
        # (甲公司签署乙项目, 甲公司就乙项目: what was signed; 甲公司--乙项目)
        branch = _rx.match(r"[\u4e00-\u9fffA-Za-z（）()]{2,20}?分公司", rest)
        if branch and len(rest) - branch.end() >= 4:
            rest = rest[branch.end() :]  # 甲有限公司乙分公司丙项目: the company's branch builds it, the branch its investor
            if item.investors and item.investors[0]["name"].endswith(company.group()):
                item.investors[0]["name"] += branch.group()
        item.at, item.name = item.at + len(item.name) - len(rest), rest
    helped = _rx.match(r"[\u4e00-\u9fffA-Za-z]{2,8}?助力(?=[\u4e00-\u9fffA-Za-z]{4})", item.name)
    if helped:
        item.at, item.name = item.at + helped.end(), item.name[helped.end() :]  # 甲助力乙升级改造生产线: the project is 乙's
    park = _PARK_LEAD.match(item.name)
    if park and not _firms_park(park.group()):  # (双汇第二工业园: a firm's own park stays, ruling 2)
        item.park = _park_words(park.group())
        if not _owned(item.name[park.end() :], True):  # (甲工业园区|水循环综合利用: the park's own works keep it in the name)
            item.at, item.name = item.at + park.end(), item.name[park.end() :]
    inside = _PARK_INSIDE.match(item.name)
    if inside:
        # 环保涂料产业园内|年产5万吨新型涂覆材料项目: the park the works are in, told with 内, says where
        item.park = item.park or _park_words(inside.group("park"))
        item.at, item.name = item.at + inside.end(), item.name[inside.end() :]
    if _rx.search(r".{4}(?<!能力)建设$", item.name):
        item.name = item.name[:-2]  # 甲智慧云仓建设: the works is 甲智慧云仓 (ruling 3); 甲中心开发验证能力建设 is built capacity, a noun whole


# words after an item's name that close the list or name the venue: 乙等项目建成投产, 丙物流园分会场
# a stage told after an item's name, to the end of the item (甲项目|全面封顶, 乙一期|A标段施工基本完成)
_OWN_STAGE = re.compile(r"(?:(?<=项目|工程)(?:部分|(?:[一二三四五六七八九十]+期)?(?:首条)?生产线|[\d一二三四五六七八九十两]+条[^，。、；]{0,10}?生产线|主体工程))?"  # (甲项目部分建成投产, 乙项目2条6万锭生产线建成投产: the part of it that reached the stage)
                        r"(?P<expected>即将|预计|计划|拟|有望|将|尽快|争取)?(?:全面|基本|主体|整体|已经?|正在(?:进行)?|顺利|正式|成功|提前|[A-Za-z\d]+标段)*(?:施工)?"
                        r"(?P<w>" + _STAGE_ALTERNATIVES + r"|完成施工|基本完成|设备调试|调试|获批)$")
# the deal an item of a signed list is told as: 甲产业基地|战略投资协议, 乙项目|合作协议书
_DEAL_TAIL = re.compile(r"(?:战略|框架)?(?:投资|合作|入园|招商|项目)?(?:协议|合同)书?$")
_ITEM_TAIL = re.compile(r"(?<=[\u4e00-\u9fff）)])(?:等(?:一批)?(?:重点|重大)?(?:项目|工程)|(?:主|分)(?:会场|现场)|[\d一二三四五六七八九十两]+台(?:机组)?)$")


# what a place brings in, praised, naming none (集群式、链条式引进大项目, 着力招引一批好项目); compiled once (the
# words about projects are long)
_BROUGHT_PRAISED = re.compile(r"[^，。；]{0,20}?(?:引进|招引)(?:" + _GENERIC_WORDS + r")*(?:项目|工程)")


def _generic(name: str) -> bool:
    """Words about projects that name none: 重点项目, 湘西州重点项目, 四川督办项目, 经开区签约项目.
    A place that begins the words is read from the gazetteer, so 某某度假区核心服务区项目 stays a name."""
    if _rx.fullmatch(r"全[省市县区州国](?:" + _NAME_END + ")", name):
        return True  # 全省铁路: a kind of works across a place
    counted = _rx.fullmatch(r"(.{2,}?(?:项目|工程))[\d一二三四五六七八九十两]+[个项]", name)
    if counted and _generic(counted.group(1)):
        return True  # 6000万美元韩资项目1个: a size class's count, its kind naming none
    sized = _rx.fullmatch(r"(?:或|及|和|以及)?[\d.]+(?:万|亿)?(?:美元|元)(?:以上|及以上)(.{2,})", name)
    if sized and _generic(sized.group(1)):
        return True  # 50亿元或|5亿美元以上工业项目: a size class (a target's), naming none
    if _rx.search(r"代表性?的?(?:项目|工程)$", name):
        return True  # 甲产业园扩建项目作为乙区代表项目, 并向全市展示代表性项目开工场面: the projects picked to stand for an event, naming none
    if "（" in name or "）" in name or "(" in name or ")" in name:
        bare = _rx.sub(r"[（(）)]", "", _rx.sub(r"[（(][^（()）]*[）)]", "", name))
        if bare != name and bare and _generic(bare):
            return True  # 省重点(重大)项目, 重大）项目: words about projects with a bracket of more words
    campaign = _rx.fullmatch(r"(.*?)[“\"]([^”\"]{2,12})[”\"](.*)", name) if "“" in name or '"' in name else None
    if campaign and not _NAME_ENDS.search(campaign.group(2)) and _rx.fullmatch(r"(?:产业链?|基础设施)(?:项目|工程)", campaign.group(3)) \
            and (not campaign.group(1) or _generic(campaign.group(1) + "项目")):
        return True  # “开门红”产业链项目, “强链补链”项目, 广西“双百双新”产业项目: a campaign's projects, naming none
    if _rx.fullmatch(r"(?:重点|重大|强产业|补链条|(?:补|强|延|建|固)链)*(?:产业链(?:标志性|重点|重大|龙头)?|补链条)(?:项目|工程)", name):
        return True  # 瞄准重点产业链项目, 产业链标志性项目, 强产业补链条项目: a chain's projects, naming none (but 丙烷产业链项目, 农业产业链示范园区项目)
    if campaign and not _NAME_ENDS.search(campaign.group(2)) and _GENERIC.match(campaign.group(1) + campaign.group(2) + campaign.group(3)):
        return True  # “强链补链”项目, 重点“链主”项目: words about projects in quotes, naming none (but “菜鸟”项目)
    if campaign and not campaign.group(1) and not _NAME_ENDS.search(campaign.group(2)) and _rx.fullmatch(r"(?:大|重点|重大|优质)+(?:项目|工程)", campaign.group(3)):
        return True  # “百万级”大项目, “链主”重点项目: a tag on the words for big projects, naming none (but “甲乙”智慧园区项目)
    if _rx.fullmatch(r"[\u4e00-\u9fff]{0,4}?(?:推|抓|谋实|谋好|谋|催生|促)项目", name):
        return True  # 坚定不移抓招商，矢志不渝推项目; 不断催生项目建设新亮点; 把谋实项目落地作为重中之重: a verb whose object is 项目, in a call to work, naming none
    if _rx.fullmatch(r"(?:为|积极|全力|着力|主动|切实|正在|准备|着手|抓紧)?(?:营造|赢得|化解|保障|确保|推动|推进|加快|加速|助力|优化|协调|争取|对接|支持|扶持|破解|服务|办理|报批|申报)项目", name):
        return True  # 为营造项目建设良好氛围, 赢得项目业主的信赖, 化解项目建设中的困难: a two-character verb whose object is 项目, naming none (正在准备办理项目核准: the steps of approval)
    if _BROUGHT_PRAISED.fullmatch(name):
        return True  # 集群式、链条式、板块式引进大项目, 着力招引一批好项目: what is brought in, praised, naming none
    if _rx.fullmatch(r"[\u4e00-\u9fff]{0,8}?(?:打通|突破|办理)项目", name):
        return True  # 同向发力打通项目招引、落地…全链条, 进一步突破项目招引建设, 准备办理项目核准: a verb whose object is 项目, the head of a process told after it, naming none
    if _rx.search(r"(?<![肉禽鱼菌豆薯藻贝茶酒])类(?:项目|工程)(?:$|以及|及|和|、)", name):
        return True  # 绿色建材产业类项目, 基础设施类项目以及旅游开发项目: projects of a kind (类), however long the kind's words, naming none
    if _rx.search(r"(?:领域|板块)的?(?:重大|重点)?(?:项目|工程)$", name):
        return True  # “三长三短”领域项目, 大数据、大旅游“三块长板”领域项目: the projects of a field, naming none
    if _rx.fullmatch(r"(?:投资|招商|签约|合作)?(?:项目)?(?:大单|订单|大礼包)", name):
        return True  # 总投资46.2亿元的投资大单, 现场签下10亿元项目大单: the deals a batch signed, naming none
    if _rx.fullmatch(r"(?:[一二三四五\d]星级|高档|精品|主题|商务)?(?:大)?(?:酒店|宾馆)", name):
        return True  # 五星级酒店: a kind of hotel a project builds, naming none
    if _rx.fullmatch(r"(?:目前|现)?[\d一二三四五六七八九十]+号(?:厂房|车间|楼|仓库|标准厂房)?", name):
        return True  # 1号、2号厂房: a project's buildings by their numbers
    if _rx.fullmatch(r"(?:位于)?[\u4e00-\u9fff]{2,8}?(?:街道|(?<![小古新])(?<![\u4e00-\u9fff]{2}城)镇|(?<!城)乡)的?(?:项目|工程)", name):
        return True  # 阳明洞街道项目1个: a town's projects, naming none (but 四季九龙牧区城镇项目 builds a town: 城镇 ends
        # a name, as 连城镇 is a town)
    if _rx.fullmatch(r"[\u4e00-\u9fff]{2,10}?园区基础设施(?:建设)?(?:项目|工程)", name) and not name.startswith(("产业园区", "工业园区", "园区")):
        return False  # 教育园区基础设施项目: one park's works
    if (own := _rx.fullmatch(r"(?P<park>[\u4e00-\u9fff]{2,12}?(?:产业园|工业园|开发区|经开区|高新区|新区|保税区|片区|集中区))基础设施(?:建设)?(?:项目|工程)", name)) \
            and not _rx.match(r"(?:各|全|省级|市级|县级|国家级|重点|产业园|工业园|开发区|经开区|高新区|新区|保税区|片区|集中区)", own.group("park")):
        return False  # 甲县经济开发区基础设施项目, 乙化工新材料产业园基础设施项目: one park's own works (ruling 1), not words about projects
    if (own := _rx.fullmatch(r"(?P<park>[\u4e00-\u9fff]{2,12}?(?:产业园|工业园)区?)(?:改造提升|提升改造|扩能(?:改造)?)(?:项目|工程)", name)) \
            and not _rx.match(r"(?:各|全|省级|市级|县级|国家级|重点|产业园|工业园)", own.group("park")):
        return False  # 甲产业园区改造提升项目, 乙白酒产业园扩能项目: one park revamped or enlarged, its own works (ruling 1)
    rest = name
    while rest:
        # 湘西州重点项目, 上半年大庆市项目: places and words about projects, in any order
        lead = _place_lead(rest) or (len(words.group()) if (words := _LEADING_WORDS.match(rest)) and len(rest) > len(words.group()) + 1 else 0)
        if not lead:
            break
        rest = rest[lead:]
    if rest != name and _place_lead(name) and _rx.fullmatch(r"(?:(?:城市)?(?:基础设施|交通)|城市)(?:建设)?(?:项目|工程)", rest):
        return False  # 黄石市基础设施建设项目, 甲区交通建设项目, 乙县城市建设项目: a place's own works (ruling 1), not words about projects
    return bool(_GENERIC.match(rest or name))


# the words that tell a kind of trade, not a firm's (战略性新兴产业, 高端成长型产业, 优势特色产业)
_SECTOR_KIND = re.compile(r"新兴|成长型|先导型|战略性|主导|优势|特色|支柱|传统|现代|高端|高新|绿色|数字|未来|朝阳|富民|重点|新型")
# the words a trade is told with before it or after it (高端|装备|制造, 现代|服务业, 生物|技术)
_SECTOR_BEFORE = re.compile(r"^(?:进出口|高端|现代|先进|新兴|战略性|绿色|特色|数字)")
_SECTOR_AFTER = re.compile(r"(?:制造业?|技术|产业|服务业?)$")


def _sector(name: str) -> bool:
    """Whether a list item names a trade, not a project: 高端装备制造, 现代服务业, 生物技术 (but 甲乙智能
    制造 is a firm told by its trade, its brand not a word of trades)."""
    rest = _SECTOR_BEFORE.sub("", name)
    bare = _SECTOR_AFTER.sub("", rest)
    return _industry_only(rest) or _CATEGORY.fullmatch(rest) is not None or bare != rest and (
        _industry_only(bare) or bare in ("生物", "装备", "信息", "数字", "软件", "农业", "工业", "文化"))


def _joined_kinds(name: str) -> list[str]:
    """The words a name joins before its 项目 (旅游业、会展业、地产业项目 → 旅游业, 会展业, 地产业)."""
    return _rx.split(r"[、和及与]", _rx.sub(r"(?:类)?(?:项目|工程)$", "", name))


def _kinds_only(name: str) -> bool:
    """旅游业、会展业、地产业项目, 互联网、金融、物流、医院、教育项目: three kinds of industry or
    more, joined, name none (a class of projects, as a rule's threshold tells it)."""
    kinds = _joined_kinds(name)
    if len(kinds) < 3 or any(len(kind) > 7 for kind in kinds):
        return False
    told = sum(1 for kind in kinds if _industry_only(kind) or _CATEGORY.fullmatch(kind) or kind.endswith("业"))
    return told * 3 >= len(kinds) * 2


# (明年年底项目总产能达到3万吨, 2-3年在建项目全部达产后: a time before 项目, the projects then, naming none)
_LEADING_WORDS = re.compile(r"(?:(?:19|20)\d{2}年|\d{1,2}[-—~至]\d{1,2}年|第?[一二三四]季度|[上下]半年|[春夏秋冬]季|新一年|新的一年|今年|去年|明年|近年来?|全年|年内|年底|年末|占|占到)+")


@lru_cache(maxsize=1)
def _place_stems() -> frozenset[str]:
    """Every division's name without its 省/市/自治区 (广西, 长沙, 望城): the short names in use."""
    from ..regions import stem_of

    return frozenset(stem for name in gazetteer().by_name for stem in (stem_of(name),) if len(stem) >= 2)


@lru_cache(maxsize=1)
def _place_heads() -> frozenset[str]:
    """What a place at the start of a text can be: a short name, or a division's name with
    or without its 省, 市, 县 or 区 (one set lookup for each length tried, not six)."""
    names = gazetteer().by_name
    return _place_stems() | frozenset(names) | {name[:-1] for name in names if name.endswith(("省", "市", "县", "区"))}


@lru_cache(maxsize=65536)
def _place_lead(text: str) -> int:
    """How many characters of ``text`` a place name takes at its start (0 if none)."""
    best = 0
    heads = _place_heads()
    for k in range(2, min(len(text), 10) + 1):
        if text[:k] in heads:
            best = k
    found = _rx.match(r"[\u4e00-\u9fff]{1,3}?(?:自治州|州|盟|地区)", text)  # (巴州, 黔东南州; not 国能河北定州)
    if found and len(text) > found.end() and (found.group().endswith("地区") or gazetteer().lookup(found.group()) or found.group() in gazetteer().short):
        # (a 州 or 盟 only where a division goes by the name: 三亚崖州|湾 is a city and its bay, 东盟 a bloc)
        best = max(best, found.end())
    if best and text[best - 1] not in "省市县区旗州" and (suffix := _rx.match(r"自治[县旗州]|[县市区旗](?![场域块])", text[best:])):
        best += len(suffix.group())  # 天祝县, 威宁自治县: a short name and its suffix, where the full name is another (天祝藏族自治县)
    if best and text[best - 1 : best + 1] in ("西北", "东北", "西南", "东南") and not _place_lead(text[best:]):
        return 0  # 湘西北现代…商贸城: a quarter of a region (湘西北), no place 湘西 (but 江西|南昌)
    if best and text[best - 1] not in "省市县区旗州盟" and text[best : best + 1] == "口":
        return 0  # 三江口（甲城）茧丝绸产业园: a river mouth named by the place, another place
    if text[:best] == "新建":
        return 0  # 新建项目64个: new-built works, not the district's (新建区) short name
    if text[best : best + 1] == "·":
        return 0  # 雅安·蓝城十里桃源项目, 桂林·山水明月印项目: the place joined by a dot to the brand is part of the name
    return best if len(text) - best >= 2 else 0


def _ends_as_project(name: str) -> bool:
    return bool(_rx.search("(?:" + _NAME_END + r")(?:[（(][^（）()]{2,20}[）)])?$", name))


# a count of lines or machines that opens words: the parts a project builds (建60条光纤生产线), but
# the name of a project that makes with them (300台蓝宝石长晶炉晶体材料生产项目)
_PARTS_COUNTED = re.compile(r"(?:建设?|新建)?\d+(?:-\d+)?(?:条|台|套|座|栋)(?![^，。；、]{6,}项目$)")
# the count of a works' buildings or lines told after its name (甲工业园|20栋厂房), or counted
# together (甲车间共14条生产线): what was built or finished of it, not its name
_PARTS_AFTER = re.compile(r"(?P<together>共)?(?:\d+|[一两二三四五六七八九十]{1,3})(?:栋|幢|座|条)(?!\d)[^\d，。；、]{0,8}?(?:厂房|生产线|车间|楼)$")


def _shared_works(place: str, following: str) -> str | None:
    """杭州、宁波城际铁路: a bare place's name, then another place's works, is a work of each; the
    works told once, after the last (城际铁路), else None."""
    if not 2 <= len(place) <= 4 or not any(place + suffix in gazetteer().by_name for suffix in ("", "市", "县", "区")):
        return None
    lead = _place_lead(following)
    rest = following[lead:] if lead else ""
    if not lead or len(rest) < 2 or not (_ends_as_project(rest) or _WORKS_END.search(rest)) or _names_itself(rest):
        return None
    return rest


# a campaign told by its figures in quotes, opening what it names: “万、千、百、十”脱贫攻坚项目,
# “5020”项目 (a package of many projects, none named)
_CAMPAIGN = re.compile(r"^“[一二三四五六七八九十百千万亿双两\d、+]{1,12}”")


# projects of an industry's chain told by their place in it (产业链标志性项目, 智能终端产业链上下游项目),
# naming none (but 丙烷产业链项目, 中央空调产业链项目 name what the chain makes)
_CHAIN_CLASS = re.compile(r"产业链(?:上下游|标志性|关键|龙头|延伸|升级|配套|核心|重点|重大)(?:项目|工程)$")


def _item_ok(name: str, priced: bool = False) -> bool:
    """An item that may be a project: four characters at least (车身、油漆 are parts), or
    two with an amount of its own (投资6亿元的比亚迪)."""
    if not (2 if priced else 4) <= len(name) <= (40 if _ends_as_project(name) else 30) or _ITEM_NOT.search(name) or _COUNTED.search(name) or _generic(name) \
            or _EVENT_WORDS.search(name) or _CAMPAIGN.match(name):
        return False
    if _rx.search(r"[，。；：]|\d+(?:\.\d+)?%|^[\d.]+$", name) or _industry_only(name):
        return False
    if name.endswith("产业") and (len(name) < 6 or _industry_only(name[:-2]) or _sector(name[:-2]) or _SECTOR_KIND.search(name[:-2])):
        return False  # 新能源产业, 电子信息产业: a trade (but 千璞汇玉产业: a brand's works in its trade)
    if _PARTS_COUNTED.match(name):
        return False  # 建60条光纤生产线, 100-120条元器件生产线: the parts a project builds
    if _rx.search(r"(?:生态|地|分布|汇总|规划|路线|作战)图$|(?:企业|机构|项目|汇总|清单|任务|责任)表$|名录$|名单$|目录$|协会$|商会$|联盟$", name):
        return False  # 产业链招商生态图、重点目标企业表、行业协会: a campaign's charts, lists and bodies
    if _rx.fullmatch(r"[\u4e00-\u9fff]{1,6}?(?:回族|满族|蒙古族|苗族|瑶族|壮族|土家族|彝族|藏族)?(?:乡|(?<![小古新])镇|街道)", name):
        return False  # 三垛镇、菱塘回族乡: towns, where the projects are
    if _nested_places(name):
        return False  # 位于河北省张家口市、山西省大同市的三个项目: places told whole with their province, where the projects are
    return not any(name + suffix in gazetteer().by_name for suffix in ("", "市", "县", "区"))  # 古丈、永顺: places


def _nested_places(name: str) -> bool:
    """Whether ``name`` is places alone, one inside the next (河北省张家口市, 山西省大同市的)."""
    rest = name[:-1] if name.endswith("的") else name
    while rest and (k := max((k for k in range(2, min(len(rest), 10) + 1) if rest[:k] in gazetteer().by_name), default=0)):
        rest = rest[k:]
    return not rest and len(name) >= 4


# a count of kinds, not of projects (名泉、温泉、古城古村和乡村生态4个类别15个项目)
_KINDS_COUNTED = re.compile(r"(?:\d+|[一二三四五六七八九十两]+)(?:个|项)?(?:类|大类|种|方面|领域|板块|行业|产业)")


def _counted_item(name: str) -> bool:
    """An item a count that names every item of its list makes a project: two characters at least,
    no place, no kind of firms or fields, no figure."""
    return 2 <= len(name) <= 30 and not _ITEM_NOT.search(name) and not _COUNTED.search(name) and not _EVENT_WORDS.search(name) \
        and not _rx.search(r"[，。；：\d]|领域|行业|方面|板块|类$", name) and not any(name + suffix in gazetteer().by_name for suffix in ("", "市", "县", "区"))


def _industry_only(name: str) -> bool:
    pattern, _codes = _keyword_pattern()
    return bool(pattern.fullmatch(name))


def _count(piece: str, within: int | None = None) -> int | None:
    """How many projects a clause counts; with ``within``, only a count that begins in the
    clause's first ``within`` characters (what follows is read only to see what comes next)."""
    if not _COUNT_HINT.search(piece):
        return None  # (speed: none of the forms a count takes)
    matches = [m for m in _COUNT.finditer(piece) if within is None or m.start() < within]
    if not matches:
        return None
    # 十大千亿级产业重大项目: ten industries, whose projects are not counted (十大工程, 十大产业项目 count ten)
    matches = [m for m in matches if "大" not in m.group() or not _INDUSTRIES_COUNTED.match(m.group())]
    if not matches:
        return None
    # 追踪统计的131个项目中甲、乙等27个项目已完工: the pool a list is drawn from is not its count
    if len(matches) > 1:
        matches = [m for m in matches if not (piece.startswith("中", m.end()) and not piece.startswith(("中，", "中,"), m.end()))] or matches
    # 确定的304项亿元以上项目开复工280项: of the projects a plan counts, those that reached the stage
    reached = _REACHED_OF_PLANNED.search(piece[:within])
    if reached and int(reached.group("m")) < int(reached.group("n")):
        return int(reached.group("m"))
    # 六大攻坚战重点项目103个, 前两批开工动员项目150个: a count in 个 or 项 before one in 大 or 批
    match = next((m for m in matches if not _rx.match(r"(?:\d+|[一二三四五六七八九十两百]+)(?:大|批)", m.group())), None)
    if match is None:
        after = _rx.search(r"(?:项目|工程)(?:共|共计|总计|合计)?(\d+)(?:余|多)?(?:个|项)", piece[:within])
        if after:
            return int(after.group(1))
        match = matches[0]
    raw = match.group("n") or match.group("m") or match.group("k") or match.group("j") or match.group("h") or match.group("s") or match.group("f") or match.group("p") or match.group("a") or match.group("b") or match.group("g")
    value = int(raw) if raw.isdigit() else cn_to_number(raw)
    return int(value) if value else None


# a plan's count, then how many of them reached a stage: 304项亿元以上项目开复工280项
_REACHED_OF_PLANNED = re.compile(r"(?<![\d.])(?P<n>\d+)(?P<u>个|项)[^，,；;。、]{0,12}?(?:项目|工程)(?:已|已经|累计)?(?:开复工|开工|复工|竣工|投产|建成)(?:了)?(?P<m>\d+)(?P=u)")
# a count of industries (十大千亿级产业…项目), not of projects
_INDUSTRIES_COUNTED = re.compile(r"(?:\d+|[一二三四五六七八九十两百]+)大(?:[^，,。；;]*?(?:产业|行业|领域|板块)(?!项目|工程)|千亿级|万亿级)")


# --- fields --------------------------------------------------------------------------------


# The checks of _names, compiled once (it runs for each of thousands of names, and a call of
# re.search with a pattern's text looks the pattern up in re's cache each time); each is read
# where the name starts or ends instead of on a slice of the piece (the same matches: none opens
# with ^ or looks behind, and $ holds at the end given to search)
# what the project is, or is made of: 该项目是…, 建设内容为…; a clause that opens with 属于 says
# what the project told of is (项目总投资约3亿元，…，属于综合性总部)
_WHAT_IT_IS = re.compile(r"(?:该|此|这个|这一)(?:项目|工程)(?:是|为|属于|系|作为)|^(?:也|均|都|同样)?属于")
_MADE_OF = re.compile(r"内容(?:主要)?(?:为|包括|是|有)")
# before a name: what it will become (将成为…基地), the kinds of a batch (主要是…工程)
_BECOMES = re.compile(r"(?:成为|打造成为?|定位(?:发展|为|于)?|迈向|转向|转型为|(?:正在|正|逐步|加快|加速)向|向着|朝着)[^，,；;。]*$")
_KINDS_OF = re.compile(r"(?:主要是|主要为|主要涉及|涉及|涵盖)[^，,；;。]*$")
# right after a name, what it is, told with 是…的 (甲总部项目|是乙区重点打造的支撑性战略项目)
_WHAT_THE_NAMED_IS = re.compile(r"(?:也|就)?(?:是|系)[^，,；;。是]*的[^，,；;。的]*$")
# right after a name closed by 项目 or 工程, what it is told with 为 and a word that ranks or owns it, no 的
# (甲项目|为乙有限公司独资项目，总投资10亿元; 丙项目为本届博览会单笔最大金额项目): a kind said of the named
# one, no project (but 单体投资最大项目为|丁项目 names it after 为)
_WHAT_THE_NAMED_IS_FOR = re.compile(r"(?:也|均|则)?(?:为|系)[^，,；;。为的]*(?:独资|合资|外资|内资|最大|最高|首个|首家|唯一|重点|重大|单笔|龙头|标志性|超亿|亿元|百亿|千亿|省级|市级|国家级)[^，,；;。为的]*$")
# a name and what it is the first or only one of (…是甲在中国市场的首个…工厂)
_FIRST_OF_ITS_KIND = re.compile(r"是[^，,；;。是]{0,24}?(?:首个|首家|第一个|唯一|最大)的?[^，,；;。]*$")
# after a name: a ceremony held there, an event or a meeting named for projects, a place others
# gather around, a dash and what follows, a loan, a catalogue's entry
# a counted batch told right before 在, and what it does there (26个项目在|甲经济开发区|集中开工,
# 1313个重大项目“迎春而动”、在|五市及宁东基地|同步开工): the name between is where, no project
_COUNTED_AT = re.compile(r"(?:\d+|[一二三四五六七八九十两百千]+)(?:个|项)[\u4e00-\u9fff]{0,6}?(?:项目|工程)(?:“[^”]{1,12}”)?[、，,]?在$")
# (or at a spot of that place: 8个项目在甲公园|入口处|集中开工, 在乙湿地|东门|同步开工)
# what an event's venue is told as, right before its name (作为当天集中开工活动主会场的|甲产业园)
_VENUE_OF = re.compile(r"作为[^，,。；;]{0,24}?(?:主|分)?(?:会场|现场)的$")
_DONE_THERE = re.compile(r"(?:[东南西北]?(?:入口处?|出口处?|门口|大门|[东南西北]门|广场|现场|一侧|旁))?(?:同步|同时|集中|统一|一起|共同|顺利|正式)?(?:开工|动工|开建|签约|投产|竣工|落地)")
# (and the hall of the place a meeting is held in: 推介会议在甲宾馆|会议中心召开, 在乙酒店|多功能厅举行)
_HELD = re.compile(r"(?:国际)?(?:会议中心|会展中心|会议室|多功能厅|报告厅|大礼堂|礼堂|大会堂|宴会厅)?(?:隆重|盛大|成功|顺利)?(?:举行|召开|举办)")
# the ceremony of a stage a project holds (甲项目举行|开工仪式, 乙工程举行了|集中签约仪式)
_OWN_CEREMONY = re.compile(r"(?:了)?(?:隆重的|盛大的)?(?:集中)?(?:开工|奠基|签约|投产|竣工|开业|揭牌|点火)(?:仪式|典礼)")
# (专场推介会, 专题招商会: a meeting held for one theme)
_EVENT = re.compile(r"(?:集中|专场|专题)?(?:推介会|推介大会|洽谈会|招商会|签约会|签约大会|恳谈会|对接会|发布会|观摩会|现场会|推进会|调度会|动员会|座谈会)")
_HUB = re.compile(r"为(?:核心|主体|龙头|依托|重点|引领|载体|平台|支撑)")
_DASH_THEN_WORDS = re.compile(r"[—－-]{1,2}(?=[\u4e00-\u9fff])")
_LOAN = re.compile(r"(?:融资|贷款|授信|银团)")
_MEETING = re.compile(r"(?:合作)?(?:洽谈|签约|推介|对接|招商)+(?:会|大会|活动)")
_LISTED = re.compile(r"(?:成功|顺利)?(?:入选|获评|被评为|被列为|列入|纳入)")
# the words a name runs on with, to its 项目 or to a centre or a park
_ON_TO_PROJECT = re.compile(r"(?:(?![，。；、,;])[\u4e00-\u9fffA-Za-z0-9×.]){1,16}?(?:项目|(?<=建设|供水|供热|供电|供气|污水|管网|道路|排水|绿化|设施|配套|治理|整治)工程(?!项目))(?:[（(](?:首期|[一二三四五六七八九十]期)[）)])?")
_ON_TO_CENTRE = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:研究中心|研发中心|创新中心|技术中心|产业园|基地)(?![\u4e00-\u9fff])")
# right before a found name: where a project is (位于…), a kind of many (一批…)
_LOCATED_AT = re.compile(r"(?:位于|坐落于?|选址(?:于|在)?|入驻|地处)$")
_SETTLED_IN = re.compile(r"落户(?:于|在|到)?$|(?:落户|落地|分布)(?:于|在)[^，。；]{0,16}?(?:和|及|、)$")  # (项目落地在甲县和|乙产业园)
_MANY_OF = re.compile(r"(?:(?<!第)一批|一大批|一系列|多个|若干|众多|多项)[\u4e00-\u9fff]{0,3}?的?$")
# a kind of building with no name of its own, told with how much of it there is (已建成标准化厂房
# 22.75万平方米, 建成口袋公园49个, 拆除原有厂房2万平方米): a stock of works, no project (a park told
# with its buildings, 甲工业园20栋厂房, has a name of its own)
_BARE_WORKS = re.compile(r"(?:拆除|改造|新建|建成)?(?:原有|闲置|老旧|高标准|标准化?|多层|高层|通用|现代化|智能化|口袋|街头|社区)?(?:生产)?(?:厂房|车间|仓库|公园|停车场|宿舍)")
# a kind of projects told as the many or the most of them (二是高新项目多, 扶贫项目投资占比达到60%): no project
_MOST_OF_THEM = re.compile(r"(?:多|较多|居多|众多|偏多|为主|(?:投资)?(?:占比|所占比重|比重))(?=[，,；;。、达为超]|$)")
# what a project serves, told between 为 and what it gives (为宜昌加快建设世界级动力电池产业集群和核心基地
# 提供有力支撑, 将为花山工业园新材料产业基地增添关键“拼图”): a place's aim or cluster, no project
_SERVED_BEFORE = re.compile(r"(?<![成作认视称列定更])为[^，,。；;为]{0,30}$")
_SERVED_AFTER = re.compile(r"[^，,。；;]{0,4}?(?:提供|增添|注入|奠定|打下|贡献|赋能)")
_HOW_MUCH = re.compile(r"[\d.]+万?(?:平方米|平米|㎡|亩|个|座|栋|幢|间|处)")


# the opening of a works' name that, told right after another's, is no works at it: a join or
# a list's close (与乙中心, 等乙项目), a mark (.乙光伏), what the first has won (荣膺三甲医院)
_NOT_AT_IT = re.compile(r"[与和及、的等.．·\-]|荣膺|创建|创成|获评|被评为|晋升|(?:部分)?主体")
# a part of the works named right before it, told with its progress (主体工程, 厂房土建工程)
_PART_OF_IT = re.compile(r"(?:主体|土建|单项)工程$")


def _at_works(before: str, raw: str) -> bool:
    """A name told right after another's, with no mark between, that names works at the
    place or facility the other names, one name with it (开封火车站|站前综合交通枢纽工程,
    成都地铁18号线|节点工程, 茂名港博贺新港区|通用码头工程（二阶段）); not after a name closed by
    项目 (甲材料项目|规划安装乙生产线: what it builds), nor a part of the works (甲电站|主体工程),
    nor a second name after 与 or 和 (甲工程与乙中心项目: two)."""
    return not before.endswith(("项目", "項目")) and not _NOT_AT_IT.match(raw) and _rx.search("[和与]", raw) is None \
        and _PART_OF_IT.search(raw) is None


def _names(piece: str, offset: int) -> list[tuple[int, str]]:
    out = []
    joins = -1  # where the name last told ends: one told right after it may name works at it
    for match in _name_matches(piece):
        raw, begin = match.group(), match.start()
        if _WHAT_IT_IS.search(raw):
            continue  # 该项目是长三角规划中的市域铁路项目: what the project is, not another one
        if _MADE_OF.search(raw):
            continue  # 建设内容为年产30万立方米板材生产线: what the project is made of
        if _BECOMES.search(piece, 0, match.start()):
            continue  # 建成后将成为其在西南地区最重要的动力电池生产基地: what it will become
        if (held := _HELD.match(piece, match.end())) and not _OWN_CEREMONY.match(piece, held.end()):
            continue  # 开工仪式在双龙产业园举行: where a ceremony was held (but 甲项目举行开工仪式: the project's own)
        if _EVENT.match(piece, match.end()):
            continue  # 甲县脱贫攻坚项目推介会暨签约仪式: an event named for projects, no project
        if _FIRST_OF_ITS_KIND.search(piece, max(0, match.start() - 24), match.end()):
            continue  # 新生产基地是甲在中国市场的首个豪华纯电动工厂: what a project is, not another one
        if out and 0 <= (told := out[-1][0] - offset + len(out[-1][1])) <= begin and _WHAT_THE_NAMED_IS.match(piece[told : match.end()]):
            continue  # 甲洛阳基地是甲按照“灯塔工厂”标准打造的新能源电池生产基地: what the project just named is
        if out and out[-1][1].endswith(("项目", "工程", "項目")) and 0 <= (told := out[-1][0] - offset + len(out[-1][1])) <= begin \
                and _WHAT_THE_NAMED_IS_FOR.match(piece[told : match.end()]):
            continue  # 甲项目为乙有限公司独资项目: what the project just named is, told with 为
        if _KINDS_OF.search(piece, 0, match.end()):
            continue  # 集中开工重大项目488个，主要是基础民生工程、重大产业带动项目: the kinds of a batch
        if piece.startswith("之一", match.end()):
            continue  # 属于交通运输部重点扶持的综合运输物流体系项目之一: a class it belongs to
        if _HUB.match(piece, match.end()):
            continue  # 以三江新区汽车产业园为核心: the place others gather around
        if _DASH_THEN_WORDS.match(piece, match.end()) and _NAME_ENDS.search(piece, match.end()) and not raw.endswith(("项目", "工程", "項目")):
            continue  # 首条自主投资建设铁路——甲至乙铁路: what the project is, then its name (甲项目——乙项目和丙项目: its parts)
        if _LOAN.match(piece, match.end()):
            continue  # 甲项目融资合作协议: a bank lends to a project, no signing of the project
        if _MEETING.match(piece, match.end()):
            continue  # 甲国资国企乙行项目合作洽谈签约会: the meeting's name, no project
        if _LISTED.match(piece, match.end()):
            continue  # 甲项目入选国家EOD项目库: a catalogue's entry, nothing done to it yet
        if out and begin == joins and _at_works(before, raw) and (whole := _tidy_name(before + raw)) and out[-1][1] in whole:
            out[-1] = (offset + piece.find(whole, joins - len(before)), whole)  # 开封火车站站前综合交通枢纽工程: works at the facility, one name
            joins, before = match.end(), before + raw
            continue
        name = _tidy_name(raw)
        extended = _ON_TO_PROJECT.match(piece, match.end()) or (
            _ON_TO_CENTRE.match(piece, match.end()))
        if name and extended and not raw.endswith("项目") and not _rx.search(r"签约|签订|开工|投资|位于|是|为|在|将|由|等|的|与|个|第[一二三四五六七八九十\d]+批|\d{4}年|" + _STAGE.pattern, extended.group()):
            name += extended.group()  # 甲工厂置换及绿色智能升级建设项目: the name runs on to its 项目
        listed = _PRODUCTS_BEFORE.search(piece[: match.start()]) if name and raw.startswith(name) else None
        if listed:
            name = listed.group() + name  # 年产2万吨豆浆、乳制品、饮料生产线: the things one line makes
        trades = _trades_before(piece[: match.start() + len(raw) - len(name)], name) if name and not listed and raw.endswith(name) else ""
        if trades:
            name = trades + name  # 冷链物流、食品加工项目: the trades one 项目 is of
            if all(_SECTOR.fullmatch(part) for part in _joined_kinds(name)):
                continue  # 能源工业、能源以外工业项目总投资均超过300亿元: the sectors a batch is broken down by, naming no project
        if name:
            at = piece.find(name, begin if not listed else listed.start()) if not trades else match.start() + len(raw) - len(name)
            at = at if at >= 0 else begin
            if _LOCATED_AT.search(piece, 0, at):
                continue  # 项目位于甲县高端陶瓷产业园: where a project is, not another project
            if _VENUE_OF.search(piece, 0, at) and not name.endswith(("项目", "工程")):
                continue  # 作为当天项目集中开工活动主会场的|甲纺织新材料产业园: the event's venue, no project of its own
            if _COUNTED_AT.search(piece, 0, at) and _DONE_THERE.match(piece, at + len(name)):
                continue  # 1313个重大项目在五市及宁东基地同步开工: where a counted batch starts, no project of its own
            if _SETTLED_IN.search(piece, 0, at) and not name.endswith(("项目", "工程")):
                continue  # 甲基地等工业项目落户前沿科技城: where projects settle (but 落户甲乙项目 is one)
            if at > match.start() and _BECOMES.search(piece, match.start(), at):
                continue  # 甲项目定位发展新型智能制造产业园区: what it is meant to become
            if _MANY_OF.search(piece, 0, at):
                continue  # 引进了一批大的物流园区建设项目: a kind of project, many of them
            if _MOST_OF_THEM.match(piece, at + len(name)) and name.endswith(("项目", "工程")):
                continue  # 二是高新项目多: a kind of projects, many of them
            if _SERVED_BEFORE.search(piece, 0, at) and _SERVED_AFTER.match(piece, at + len(name)):
                continue  # 为宜昌加快建设世界级动力电池产业集群和核心基地提供有力支撑: what a project serves
            if _BARE_WORKS.fullmatch(name) and _HOW_MUCH.match(piece, at + len(name)):
                continue  # 已建成标准化厂房22.75万平方米: a kind of building and how much of it, no project
            if out and offset + at < out[-1][0] + len(out[-1][1]):
                continue  # the rest of a name the one before ran on into
            out.append((offset + at, name))
            joins, before = match.end(), raw
    if "“" in piece and out:
        out = _quoted_whole(piece, offset, out)
    phased = _PHASE_STAGED.match(piece) if _PHASE_WORD.search(piece) else None  # (speed: 期 alone is in 时期, 期间, 预期)
    if phased and not out:
        # 核电二期于2015年12月开工, 公租房一期主体竣工: a phase opens the clause and reaches a stage, so
        # it names a project, though no word of a project's ends it
        name = _tidy_name(phased.group("name"))
        if name and _item_ok(name) and name.endswith(phased.group("name")[-2:]) and not _rx.match(r"\d|[^，。；]*(?:\d日|季度|半年|[今明去]年)", name):
            out.append((offset + piece.find(name, phased.start("name")), name))
    staged = _WORKS_STAGED.match(piece) if not out and _STAGE_FIRST_WORDS.search(piece) else None
    if staged:
        # 虎门二桥(南沙大桥)4月2日全线建成通车, 海口国际免税城正式开业, 城南新区启动建设, 县四小如期投入使用:
        # works whose own word (桥, 城, 新区, 学院, 中心…) is no project's word open the clause and reach a
        # stage there, so they name a project
        name = _tidy_name(staged.group("name"))
        if name and _item_ok(name) and name.endswith(staged.group("name")[-1]) and not _generic(name):
            out.append((offset + piece.find(name, staged.start("name")), name))
    return out


# a project's title in quotes: “甲乙兆瓦风电平价上网风电场”
_QUOTED_TITLE = re.compile(r"“([^“”，。；、]{4,40})”")


def _quoted_whole(piece: str, offset: int, out: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A quoted title that ends as a project's name is one name, though words inside it end
    names too (“甲乙兆瓦风电平价上网风电场” holds 甲乙兆瓦风电 and 平价上网风电场)."""
    for quote in _QUOTED_TITLE.finditer(piece):
        inside = [(at, n) for at, n in out if quote.start(1) <= at - offset < quote.end(1)]
        if len(inside) < 2 or not _ends_as_project(quote.group(1)) or not (title := _tidy_name(quote.group(1))):
            continue
        out = sorted([x for x in out if x not in inside] + [(offset + piece.find(title, quote.start(1)), title)])
    return out


_PHASE_WORD = re.compile("[一二三四五六七八九十]期")
# a clause that opens with works named by a word of their own that ends no project's name (桥, 路, 城,
# 港, 新区, 学院, 中心, 广场, 家园, 县四小), when they reached a stage right after it (虎门二桥(南沙大桥)
# 4月2日全线建成通车, 海口国际免税城正式开业, 城南新区启动建设; not 全省铁路运营里程, nor 某新区开工项目12个,
# nor 特色文化小镇2019年9月建成, a month or year to come: only the day it happened may stand between)
_WORKS_STAGED = re.compile(
    r"\s*(?:如|其中[，,]?)?(?:(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?[，,]?)?"
    r"(?P<name>(?:(?!项目|工程|集中|全[省市县区州]|[在于的是将和及与个等])[\u4e00-\u9fffA-Za-z0-9“”—·]){2,24}?"
    r"(?:[一二三四五六七八九十]桥|(?<=[\u4e00-\u9fff]{2})(?<!公)路|广场|学院|中心|免税城|商城|(?<=[\u4e00-\u9fff]{2})港|小镇|景区|家园|新区|市场|体育场|[^展]馆|湿地|[一二三四五六七八九十][小中])"
    r"(?:(?<=桥)[\u4e00-\u9fff]{2,4}段)?"  # (虎门二桥广州段完工通车: a section of the bridge, told by where it runs)
    r"(?:[（(][^（）()，,]{1,12}[）)])?)"
    r"(?:\d{1,2}月\d{1,2}日)?(?:已经?|全线|正式|如期|顺利|全面|成功|提前|基本|相继){0,3}"
    r"(?:建成通车|建成|竣工|完工|开工建设|开工|动工|启动建设|投入运行|投入使用|投入运营|投用|投运|通车|开业|正式运营|运营|上线|落成)"
    r"(?![^，。；,;]{0,8}(?:项目|工程|里程|\d+个))")
_WORKS_STAGED_IN = re.compile(r"(?:^|(?<=[，。；,;：:\n]))" + _WORKS_STAGED.pattern)
_STAGE_FIRST_WORDS = re.compile(r"建成|竣工|完工|开工|动工|启动建设|投入|投用|投运|通车|开业|运营|上线|落成")
# a clause that opens with a phase (甲核电二期, 乙小镇一期) and tells it reached a stage
_PHASE_STAGED = re.compile(r"\s*(?P<name>[\u4e00-\u9fffA-Za-z0-9“”]{2,16}?[一二三四五六七八九十]期)(?:工程|项目)?"
                           r"(?:已经?|均|正式|顺利|如期|提前|主体|全面|基本|成功){0,3}(?:于[^，。；,;]{2,14}?)?"
                           r"(?:开工|动工|竣工|建成|完工|投产|投用|投入使用|投入运营|投运|运营|通车)")


# the things a capacity names, joined by 、 before a name: 年产2万吨豆浆、乳制品、(饮料生产线),
# 1万头母猪、(年出栏20万头生猪养殖场)
_PRODUCTS_BEFORE = re.compile(r"(?:年(?:产|加工|处理|出栏)[^，,。；;、和及与]{1,14}|[\d.]+万?(?:吨|头|只|台|套|件|辆)[^，,。；;、和及与]{1,8})、(?:[^，,。；;、和及与\d]{1,5}、)*$")


# trade words joined by 、 right before a name closed by the one 项目 they share, after the clause's
# opening, 的 or a verb (冷链物流、|食品加工项目, 合资建设的运输、|旅游及商贸合作项目, 新能源、大数据、|云计算用
# 电极箔项目一期): one project of all those trades (but items ending in a works' word are each a
# project, 华侨大道、天然桥路东段改造工程; and so are firms and brands, 甲电子科技、乙新型建材项目)
_TRADES_RUN = re.compile(r"(?:(?<=[，,。；;：:\n“”的])|^)((?:(?:(?!的)[\u4e00-\u9fff]){2,8}、){1,3})$")
_SHARED_PROJECT = re.compile(r"(?P<core>[^、]{2,30}?)项目(?:[一二三四五六七八九十]期)?")


def _trades_before(before: str, name: str) -> str:
    """The trade words joined by 、 that share the name's 项目 (see _TRADES_RUN), or ''."""
    shared = _SHARED_PROJECT.fullmatch(name)
    if shared is None or _NAME_ENDS.search(shared.group("core")) or _ends_as_project(shared.group("core")) or not before.endswith("、") \
            or _rx.search(r"(?:中心|园|城|馆|楼|站|场|院|校|镇|区|村|路|桥|库|厂)$", shared.group("core")):
        return ""  # (宝丽恒、宏祥医疗养老中心项目: works named by their own word, each a project)
        return ""
    head = before
    cut = [m for m in _NAME_CUT.finditer(before) if m.group() not in ("及", "、") and m.end() < len(before)]
    if cut:
        head = before[cut[-1].end() :]  # (签约|医药、; 建设|热成型、)
        head = ("，" + head) if not head.startswith("的") else head
    run = _TRADES_RUN.search(head)
    if run is None:
        return ""
    items = run.group(1).rstrip("、").split("、")
    if not all(_trade_word(item) for item in items):
        return ""
    return run.group(1)


def _trade_word(item: str) -> bool:
    """A trade or a product told alone (运输, 冷链物流, 高频变压器): no works' word, place, firm or brand."""
    return not _NAME_ENDS.search(item) and not _firm_short_name(item) and _place_lead(item + "甲乙") == 0 \
        and not gazetteer().lookup(item) and not _rx.search(r"公司|集团|有限|项目|工程|[和与及等的在将是为]", item) \
        and not _NAME_CUT.search(item)


# what is done at a plant, told after 及 as the second of two works of one project (研发及生产,
# 集中处置及综合利用, 数字分拣及深加工): generic alone, a name's end after what it is done to
_WORK_DONE = re.compile(r"(?:精?深?加工|生产|制造|综合利用|利用|回收利用|研发|销售|运营|仓储|应用|产业化)")


# a kind of projects told after 等 (等生命健康项目, 等“互联网+”项目, 等电商物流产业项目, 等科技创新平台项目): a
# trade, an economy or a platform, no thing a plant makes (but 等乳制品加工项目, 等零部件项目 are its products)
_KIND_AFTER_DENG = re.compile(r"(?:产业|经济|健康|平台|技术|新材料|新能源|”)$|^(?:一大批|一系列|龙头|标志性|上下游)")


def _joins_products(name: str, cuts: list, cut: re.Match, core_end: int) -> bool:
    """A 及 or 等 inside one name, between the things it makes: 液态羊奶及奶酪等乳制品加工项目,
    种养殖及精深加工及物流配送中心项目; not a list's close (甲、乙等重点项目) or a join of two
    whole names (甲项目及乙项目, which the name pattern reads apart)."""
    before = [c for c in cuts if c.end() <= cut.start()]
    left = name[before[-1].end() if before else 0 : cut.start()]
    right = name[cut.end() : core_end]
    if len(left) < 2 or len(right) < 2 or _rx.search(r"\d+(?:台|套|座|个|项|条|辆|家)|[）)]$|(?:地区|省份|城市|地方|国家|企业|行业)$", left):
        return False  # (振兴东北地区等老工业基地: places listed, no things a plant makes)
    if _rx.match(r"(?:\d|[一二三四五六七八九十两百]+个|一批|重点|重大|其他|多个|各类|相关|配套)", right) or _generic(right + "项目") and not (cut.group() == "及" and _WORK_DONE.fullmatch(right) and not _generic(left + "项目")):
        return False
    if cut.group() == "等" and _KIND_AFTER_DENG.search(right) and name.endswith(("项目", "工程")):
        return False  # 阿诺生物医药等生命健康项目, 趣丸科技全球总部等总部经济项目: one named for a kind of projects, no things made
    return bool(_rx.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9（）()]+", left + right))


def _joins_parts(name: str, cuts: list, cut: re.Match) -> bool:
    """A 及 inside one name, no word of a project's end before it, between two things the
    project makes or is made of: 黄河鲲鹏服务器及PC机生产基地, 甲集成墙面及相关产品智能化生产基地项目,
    乙区域总部及研究院项目二期; not after what is counted (新增主要设备1429台（套）及配套公用工程: what
    it buys), nor before projects in general (甲及其他项目, 乙及一批重点项目)."""
    left = name[max([c.end() for c in cuts if c.end() <= cut.start()] + [0]) : cut.start()]
    right = name[cut.end() :]
    return len(left) >= 2 and len(right) >= 2 and not _rx.search(r"\d+(?:台|套|座|个|项|条|辆|家)|[）)]$|(?:项目|工程)$", left) \
        and not _rx.match(r"(?:其他|其它|各类|一批|重点|重大|多个|[一二三四五六七八九十两百]+个)", right)


# what is left of a name after its last word of the kind: its end, then its phase in brackets
# the circled numbers a report marks its notes with (①, ⑳)
_NOTE_MARK = re.compile(r"[\u2460-\u2473]")
# the end of a bracket opened before a name's start (…县（市、|区）甲产业园)
_CLOSED_BEFORE = re.compile(r"^[^（()）]{0,6}[）)](?=[\u4e00-\u9fffA-Za-z0-9“.．]{4})")  # (记者甲乙）天马8.6代…: a figure's point is of the name)
_PHASED_END = re.compile(r"(?:" + _NAME_END + r")+[（(](?:首期|[一二三四五六七八九十]期)[）)]")


# a sector of the economy told by its kind (能源工业, 能源以外工业, 现代服务业, 制造业): what a batch is broken down by
_SECTOR = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:工业|产业|行业|服务业|制造业|农业)")


# a bracket after a name's end that splits its capacity by kind (（150万千瓦风电、150万千瓦光伏）, (风电100MW、光伏50MW))
_CAPACITY_SPLIT = re.compile(r"(?<=项目|工程|基地)[（(](?:(?:[\d.]+(?:万千瓦|千瓦|兆瓦|MW|GW|MWp)[\u4e00-\u9fff]{1,4}|[\u4e00-\u9fff]{1,4}[\d.]+(?:万千瓦|千瓦|兆瓦|MW|GW|MWp))[、，,和及]?){2,}[）)]$")


@lru_cache(maxsize=4096)  # (speed: a pure function of the raw name, which a sentence's pieces and the whole sentence both give)
def _tidy_name(raw: str) -> str | None:
    name = raw.lstrip("-—–－ ")  # (甲公司--年产30万吨乙项目: dashes that set the firm off)
    name = _NOTE_MARK.sub("", name)  # (“两区一闸”②: a report's note mark, no part of the name)
    name = _CLOSED_BEFORE.sub("", name)  # (深入7个县（市、区）中泰产业园: a bracket closed before the name began)
    suffix = _rx.search("(?:" + _NAME_END + ")+$", name)
    core_end = suffix.start() if suffix else len(name)
    cuts = [m for m in _NAME_CUT.finditer(name) if m.end() <= core_end and not _in_brackets(name, m.start())]  # (东风路（建设路—银岭路）: a bracket's words)
    for cut in reversed(cuts):
        if cut.group() in _NAME_WORD_CUTS and (_rx.fullmatch(r"(?:[（(][^（）()]{1,12}[）)])?", name[cut.end() : core_end])
                                               or _PHASED_END.fullmatch(name, cut.end())):
            continue  # 建设项目, 建设(PPP)项目, 建设项目（一期）: this word is part of the name
        if cut.group() == "投资" and name.startswith("合作", cut.end()) and cut.start() >= 4:
            continue  # 北京亦庄投资合作项目: 投资合作 is one word, the cooperation with the party told before it, no verb
        if cut.group() == "优化" and name.startswith("升级", cut.end()):
            continue  # 甲水泥优化升级项目: what is done to the plant, part of the name
        if cut.group() == "新建" and _rx.match(r"[^，。；]{0,16}?(?:铁路|城际|高速公路|高铁)", name[cut.end() :]) and "至" in name[cut.end() :]:
            continue  # 新建柳州至广州铁路: a new railway's name as the state approves it
        if cut.group() == "新建" and _LEGAL.fullmatch(name[: cut.start()]) and _PLANT_ONLY.fullmatch(name[cut.start() :]):
            continue  # 甲有限公司新建生产车间项目: the firm's new plant told by its kind alone, named with the firm (ruling 2)
        if cut.group() == "新建" and name.startswith("年产", cut.end()) and not [c for c in cuts if c.end() <= cut.start()] \
                and _rx.fullmatch(r"[\u4e00-\u9fffA-Za-z]{2,12}", brand := name[: cut.start()]) and len(brand) - _place_lead(brand + "年产") >= 2:
            continue  # 雪花啤酒新建年产能40万千升啤酒工厂项目, 利天万世新建年产20GWh锂离子电池项目: a brand's new plant, named with it
        if (core_end - cut.end() == 1 or name[cut.end() : cut.end() + 1] in "区园站港城" and not name.startswith("城市", cut.end())) and cut.group() not in ("将在", "正在", "已经", "已", "了", "在") \
                and not cut.group().endswith("是"):  # (一是|大项目多: a point's number, no compound with the word after it)
            continue  # 核心服务区项目, 启动区（一期）工程: the word is part of a compound
        if cut.start() >= 2 and not cut.group().endswith("暨") and _rx.match(r"[\u4e00-\u9fff]{0,6}?(?:职业技术学院|学院|大学|学校|集团|银行)", name[cut.end() :]):
            continue  # 浙江建设职业技术学院上虞校区项目: the word is part of an institution's name
        if cut.group() == "及" and name.startswith(("配套", "相关配套"), cut.end()) and cut.start() >= 2 and not _rx.search(r"\d+(?:台|套|座|个|条|辆)|[）)]$", name[: cut.start()]):
            continue  # 磷铵搬迁及配套装置升级改造项目, 甲工厂及相关配套产业项目: what it comes with is part of the name
        if cut.group() in ("、", "及", "和") and _CAPACITY_LEAD.search(name, 0, cut.start()) and _CAPACITY_NEXT.match(name, cut.end()):
            continue  # 年产3000吨乙、2000吨丙及5000吨丁项目: each figure one more thing the plant makes
        if cut.group() == "及" and _joins_parts(name, cuts, cut):
            continue  # 黄河鲲鹏服务器及PC机生产基地, 甲集团华中区域总部及研究院项目二期: what one project is made of
        if cut.group() in ("及", "等") and _joins_products(name, cuts, cut, core_end):
            continue  # 陇县液态羊奶及奶酪等乳制品加工项目: one project making several things
        if cut.group() == "等" and _KIND_AFTER_DENG.search(name[cut.end() : core_end]) and suffix and suffix.group() in ("项目", "工程"):
            return None  # 甲等生命健康项目: the kind the one before 等 is of, no name (the list reads 甲)
        if any(c.group() == "成为" for c in cuts):
            return None  # 建成后将成为西南地区最大的动力电池生产基地: what it will become
        if any(c.group().startswith("打造") and _rx.match(r"(?:成?为)?(?:全国|全球|全省|全市|世界|国内|国际|区域|一流|领先)", name[c.end() :]) for c in cuts):
            return None  # 打造全球最大汽车玻璃出口基地, 打造成为国内重要的甲基地: what a place means to become, no project
        name = name[cut.end() :]
        if cut.group() in ("拟", "计划") or cut.group().endswith("元"):
            name = _BUILD_VERB.sub("", name)  # 甲公司拟建|乙项目, 投资12亿元建|丙项目: the verb 建 of 拟建, no head of the name
        name = _CLOSED_BEFORE.sub("", name)  # (（记者|甲乙）丙项目: a byline's bracket the cut left open, closed before the name began)
        break
    quoted = name.count("“") > name.count("”") and len(name.rsplit("“", 1)[1]) >= 4
    if quoted:
        name = name.rsplit("“", 1)[1]  # …的“甲项目: the name the quote opens
    if name.count("”") > name.count("“"):
        name = name.split("”", 1)[1]  # “投资促进季”招商引资项目: the quote closed before the name
    if (works := _QUOTED_WORKS.search(name)) and _ends_as_project(works.group("works")) and _QUOTED_WORKS_OWNER.search(name, 0, works.start()):
        name = name[works.start() :]  # 甲交易中心“乙平台和丙基地”项目: the quoted works are the project, the centre whose it is no part of its name
    name = _rx.sub(r"^(?:本|该|母|子)?(?:公司|集团)(?=[\u4e00-\u9fff]{4})", "", name)  # 公司电芯项目
    name = name.lstrip(".")
    if _rx.search(r"(?<!美)的", name):  # (美的 is a firm's name: 芜湖美的厨热…)
        head, tail = _rx.split(r"(?<!美)的(?!.*(?<!美)的)", name, maxsplit=1)
        capacity = _rx.search(r"年(?:产|加工|处理|出栏|存栏)[\d.]+[万千百亿]?[^\d的，、]{0,5}$", head)
        if len(tail) >= 4:
            # (年产1000万平方米的新型防水材料项目: the capacity of a product named by its kind is
            # part of the name; 年产180颗卫星的甲乙卫星总部基地项目 names itself without it)
            name = head[capacity.start() :] + "的" + tail if capacity and not _names_itself(tail) else tail
    name = _balanced(_NAME_LEAD.sub("", name))
    name = _CAPACITY_SPLIT.sub("", name)  # 300万千瓦新能源项目（150万千瓦风电、150万千瓦光伏）: how its capacity splits, no part of its name
    if (k := _place_lead(name)) and name.startswith("一", k) and (kind := _keyword_pattern()[0].match(name, k + 1)) and len(kind.group()) >= 2:
        name = name[:k] + name[k + 1 :]  # 启东一渔光互补项目开工: a headline's "a" between the place and the kind (not 一汽, a brand; 漳平一中, a school)
    name = _rx.sub(r"^[（(][\u4e00-\u9fff]{1,6}[）)](?=[\u4e00-\u9fffA-Za-z0-9]{4})", "", name)  # (甲有限公司|（中国区）鞋业…: the firm's region)
    if _rx.fullmatch(r"(?:首期|[一二三四五六七八九十]期)?(?:项目|工程)+(?:[（(][^（）()]*[）)])?", name) or _rx.match(r"向(?:世界|国际|全国|全球|国内|一流)|等|唯一", name):
        return None  # 项目（二期）, 向世界级…基地迈进, 等落户…, 唯一社会事业类项目: no project's name
    if _rx.match(r"^配套", name):
        return None  # 及配套基础设施项目: the supporting works of the project named before
    if site := _rx.match(r"(?:开工|建设|施工)?现场(?!会)(?P<is>是|为)?", name):
        if not site.group("is"):
            return None  # 在甲项目|现场代表某市报告本地区项目开复工情况: what is done at the site of the project named before
        name = name[site.end() :]  # 分会场的开工现场是|甲公司乙项目: the site is the project named after it
    # 甲科技有限公司乙材料生产项目: the company is the investor, in a quoted title too where it is a
    # registered company (“甲科技（山东）有限公司乙项目”); a quoted title keeps a short one (“甲公司乙”)
    whole, name = name, _without_company(name, _LEGAL if quoted else _COMPANY)
    firm = name != whole
    if firm:
        name = _NAME_LEAD.sub("", _FIRM_DOES.sub("", name))  # 甲有限公司|建设|乙工厂项目, 甲有限公司|是|乙项目的施工单位: what the firm does
    if not quoted:
        pair = _COMPANY_PAIR.match(name)
        if pair and len(name) - pair.end() >= 4:
            name = name[pair.end() :]  # 甲纱业集团与乙实业集团首期10万锭色纺项目: the two are its investors
    park = _PARK_LEAD.match(name)
    if park and not _firms_park(park.group()):  # (双汇第二工业园: a firm's own park stays, ruling 2)
        name = name[park.end() :]  # 格尔木工业园宏储源光伏储能: the industrial park is where it is
    if suffix and suffix.group() in ("项目", "工程"):
        head = name[: -len(suffix.group())]
        if len(head) <= 4 and _industry_only(head) and not firm:
            return None  # 新能源项目, 生物医药项目: an industry's projects (a company's 动力电池项目 is its own)
        if _POWER_SECTOR.fullmatch(head) and not firm:
            return None  # 37个重点电力项目, 第一批重点电力项目, 重点能源项目共计73个: the power sector's projects, naming none
        if any(gazetteer().lookup(head + end) for end in ("", "市", "县", "区")):
            return None  # 天门项目: a place's projects
    if name.startswith("目"):
        return None  # 项目研发中心 cut after 项: a part of the project told before, no name
    parts = _PARTS_AFTER.search(name, 1)
    if parts and (parts.group("together") or _ends_as_project(name[: parts.start()]) or _rx.search(r"园区?$|小镇$", name[: parts.start()])):
        # 甲工业园20栋厂房顺利竣工: the park is the project (but 甲均化料两条生产线 names its lines by what they make)
        name = name[: parts.start()] if not parts.group("together") and parts.start() >= 4 else ""
    if len(name) < 4 or _generic(name) or (_rx.fullmatch(r"[\d.个项万亿元]+(?:" + _NAME_END + ")+", name) and not _rx.search(r"千瓦|兆瓦|MW|GW", name)):
        return None
    lead = _rx.match(r"[\u4e00-\u9fff]{0,8}?(?:项目|工程)(?![中里内])(?=[\u4e00-\u9fffA-Za-z0-9]{4})", name)
    if lead and _generic(lead.group()) and _rx.search(r"(?:项目|工程)$", name[lead.end() :]) and not _generic(name[lead.end() :]):
        name = name[lead.end() :]  # 制造业项目|甲新材料项目: the class a project is of, then its name
    if _NOT_IN_NAME.search(name) or _EVENT_WORDS.search(name) or _PARTS_COUNTED.match(name) or _rx.search(r"\d+(?:\.\d+)?(?:亿|万)?元|以上|项目.+项目$|从|闲置|盘活|书记|领导|局长|副[县市区镇乡]长|常委|候选人|介绍了|我们|我市|宣布|\d+月\d+日|^[一二三四五六七八九十\d]+号|^第[一二三四五六七八九十\d]+(?:次|批|届|条|座|台|栋)", name) or _COUNTED.search(name):
        return None  # an amount or a count inside: words about several projects, or a cut missed
    if name.count("“") != name.count("”"):
        return None  # 牢固树立“项目: a quote left open is a slogan, no name
    slogan = _rx.search(r"“([^“”]{1,10})”(?:项目|工程)$", name)
    if slogan and not _ends_as_project(slogan.group(1)):
        return None  # “5020”项目, 招商引资“开门红”项目: a campaign's projects, no name
    if _rx.fullmatch(r"[一二三四五六七八九十百千万亿双两]{2,6}(?:工程|项目)", name) or _CAMPAIGN.match(name):
        return None  # 百千万工程, 千万工程: a campaign told by its figures, no project
    if _CHAIN_CLASS.search(name):
        return None  # 产业链标志性项目, 智能终端产业链上下游项目: projects of a chain told by their place in it, none named (but 丙烷产业链项目 is one)
    if _rx.search(r"暨(?:项目|工程)$", name):
        return None  # 推介会暨项目: an event and its signing, no project
    if _rx.search(r"的(?:" + _NAME_END + ")$", name) or (_rx.match(r"^(?:" + _NAME_END + ")", name) and not _rx.match(r"(?:地铁|轨道交通)\d+号线|[A-Z]\d+线(?=[\u4e00-\u9fff]{2})", name)) or (
        suffix and suffix.group() in ("项目", "工程") and _ABSTRACT.search(name[: -len(suffix.group())]) and not _own_industry(name[: -len(suffix.group())])
        and not _with_its_supporting_works(name[: -len(suffix.group())])
        and not _named_partner(name[: -len(suffix.group())])
        and not _place_trade(name[: -len(suffix.group())])
        and not _rx.match(r"“[^“”]{2,}”(?![和及与、])", name)  # (“甲超算一号”卫星发射战略合作项目: a name of its own)
        and not ((works := _QUOTED_WORKS.search(name)) and _ends_as_project(works.group("works")))  # (甲“乙产业园”项目: works named in quotes)
    ):
        return None
    return name


# works named in quotes at a name's end, then the word for the project: 甲“乙产业孵化基地”项目, 「丙产业园」项目
_QUOTED_WORKS = re.compile(r"[“「『](?P<works>[^“”「」『』]{4,})[”」』](?:项目|工程)$")
# who a quoted project is of, before it: a centre, an exchange or an institute (甲交易中心“乙基地”项目)
_QUOTED_WORKS_OWNER = re.compile(r"(?:中心|交易所|研究所|研究院|管委会|委员会|政府|^国家)$")


# the power and energy sector told alone, with 重点 or 重大 (重点电力项目, 重大能源项目, 新能源项目): a sector's
# projects, naming none (but 德塔电力项目 and 甲乙新能源项目 are a firm's or a brand's own)
_POWER_SECTOR = re.compile(r"(?:重点|重大)?(?:电力|能源|新能源|清洁能源|综合能源|水电|火电)")


def _with_its_supporting_works(head: str) -> bool:
    """甲光伏发电及配套, 乙生产线及配套: a works named, with what supports it (not 产业配套,
    重点及配套: projects in general)."""
    return head.endswith("及配套") and len(head) >= 7 and not _generic(head[:-3] + "项目") and not _ABSTRACT.search(head[:-3])


def _place_trade(head: str) -> bool:
    """台州无人机产业, 泰山健康产业: a city's or a county's one trade, told with the place's name
    before it, the project of that place in that trade (the place says where, ruling 1), not an
    industry's projects in general (全市新能源产业, 重点产业, 山东新能源产业: a province's short name
    before a kind is ruling 8's where, and its industry no project)."""
    if not head.endswith("产业"):
        return False
    k = _place_lead(head)
    place, trade = head[:k], head[k:-2]
    if not k or len(trade) < 2 or _province_short(place) or place.endswith(("省", "自治区")) or _rx.match(r"全|我|本|该", place):
        return False
    return not _rx.search(r"重点|重大|主导|优势|特色|新兴|战略|支柱|传统|现代|未来|先导|首位|富民|[^\u4e00-\u9fff]|、|和|及|与|等", trade)


def _named_partner(head: str) -> bool:
    """北京亦庄投资合作, 吴忠新区医院合作: a cooperation with a party the name tells (a firm, a place's
    institution), the project of that cooperation, not cooperation projects in general (战略合作,
    校企合作, 产学研合作, 对外经贸合作)."""
    party = _rx.sub(r"(?:战略|投资|项目|全面|深度|务实|经贸|经济|技术|科技|产业|招商)*合作$", "", head)
    if party == head or len(party) < 4:
        return False
    return not _rx.search(r"(?:产学研|校企|政企|银企|院企|校地|院地|市校|央地|央企|军民|区域|对外|国际|双方|多方|友好|重点|重大|新一轮|[省市县区镇]级|国内|境外|省外|市外|东西部|对口)$|暨|会|仪式", party) \
        and not _ABSTRACT.search(party) and not _generic(party + "项目")


def _own_industry(head: str) -> bool:
    """甲五矿乙石墨产业, 丙新材料产业: an industry a company or brand names as its own, not an
    industry's projects in general (新能源产业, 全市重点产业, 战略性新兴产业)."""
    if not head.endswith("产业") or len(head) < 6:
        return False
    rest = _keyword_pattern()[0].sub("", head[:-2])
    while rest and _place_lead(rest):
        rest = rest[_place_lead(rest) :]
    rest = _rx.sub(_GENERIC_WORDS + r"|战略性|优势|特色|主导|支柱|传统|未来|先导|高端|绿色|低碳|数字|经济|乡村振兴|县域|健康|康养|文旅|旅游|现代|生物|医药|制造|服务|新能源|新材料|能源|材料|信息|装备|环保|农业", "", rest)
    if len(head) < 7 and not head.startswith(rest):
        return False  # (天福养老产业: a short one is a brand's where the brand opens it; not 环保再生产业)
    return len(rest) >= 2 and not gazetteer().lookup(rest) and not any(gazetteer().lookup(rest + end) for end in ("市", "县", "区"))


def _unquoted(name: str) -> str:
    """A name without the quotes around it or left open at its ends; a quote that closes
    inside it stays (“甲一号”卫星项目)."""
    if _rx.fullmatch(r"“[^“”]*”", name):
        name = name[1:-1]
    while name.startswith("“") and name.count("“") > name.count("”") or name.startswith("”"):
        name = name[1:]
    while name.endswith("”") and name.count("”") > name.count("“") or name.endswith("“"):
        name = name[:-1]
    return name


def _balanced(name: str) -> str:
    """A name without the quotes and brackets around it, keeping a closed (…) of its own."""
    # (投资6800万元(分二期)乙项目: a note on the amount before it, no part of the name)
    name = _unquoted(_rx.sub(r"^[（(][^（）()]{1,8}[）)](?=[^，。；]{4})", "", name.strip(" ")).lstrip("（("))
    while name and name[-1] in "）)" and name.count(name[-1]) > name.count("（" if name[-1] == "）" else "("):
        name = name[:-1]
    return name.rstrip("（( ")


# a name whose words before the suffix end in one of these is about projects in general (but a
# place's or park's supporting infrastructure is its works: 甲经开区城西化工片区基础设施配套项目)
_ABSTRACT = re.compile(r"(?:创新|潜力|发展|服务|招商|签约|产业|企业|合作|(?<!基础设施)配套|仪式|活动|”|及|与|和|等|国家级|省级|市级|优质|新型|特色)$")


_COUNTED = re.compile(r"(?:\d+|[一二三四五六七八九十两百]+)(?:余|多)?(?:个|项(?!目)|宗|批|家企业|户企业|家(?:子|分)?公司)|(?<![A-Za-z\d.])\d+项目|^(?:多个|若干|一些)|(?<!\d)(?:\d{1,2}|[一二三四五六七八九十两百]+)大|^[这那各其他她它我你]|各(?:项目|工程)$")


# a legal company a name begins with (it is the investor): 甲科技有限公司乙材料项目; and, in a
# name read alone, a short company too (甲公司乙项目, 甲集团子公司乙项目)
# (a region told after a firm's name is the firm's: 甲贸易有限公司（中国区）)
_LEGAL = re.compile(r"^.{2,30}?(?:股份有限公司|有限责任公司|有限公司)(?:[（(][\u4e00-\u9fff]{1,6}[）)])?")
_COMPANY = re.compile(r"^.{2,30}?(?:股份有限公司|有限责任公司|有限公司|集团子公司|分公司|(?<![子分])公司)(?:[（(][\u4e00-\u9fff]{1,6}[）)])?")


_COMPANY_PAIR = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9（）()]{2,30}?(?:集团|公司)(?:与|和|、)[\u4e00-\u9fffA-Za-z0-9（）()]{2,30}?(?:集团(?:公司)?|公司)")


def _without_company(name: str, pattern: re.Pattern = _LEGAL) -> str:
    """甲科技有限公司乙材料生产项目 -> 乙材料生产项目: the company is the investor. A rest that
    names nothing by itself (甲环保科技股份有限公司一期项目) keeps its company: the project
    is known by it."""
    company = pattern.match(name)
    if company and len(name) - company.end() >= 4 and _PLANT_ONLY.fullmatch(name[company.end() :]):
        return _rx.sub(r"^(?:全资|控股)?子公司(?=[\u4e00-\u9fff]{4})", "", name)  # 丙有限公司新生产基地项目: the plant with no product names nothing alone (全资子公司|丁有限公司生产基地项目: the firm, not how it is owned)
    if not company or len(name) - company.end() < 4 or _generic(name[company.end() :]) or _DONE_TO_IT.fullmatch(name[company.end() :]):
        return name  # (甲有限公司整体搬迁项目, 乙有限公司二期扩建项目: what is done to the firm's plant names nothing alone)
    return name[company.end() :]


# a firm's plant told by its kind alone, with no product or trade: (新)生产基地项目, 生产制造车间及设备基础项目,
# 生产车间扩建项目 (ruling 2: names nothing without the firm; but 电池生产基地项目 names what it makes)
_PLANT_ONLY = re.compile(r"(?:新建|扩建|新)?新?(?:生产|制造|成产){0,2}(?:基地|车间|厂房|工厂|厂区)(?:及(?:设备基础|配套设施|附属设施|配套工程))?(?:建设|扩建|改扩建|新建)?(?:项目|工程)")


# what is done to a firm's own plant, or which phase of it, told as a whole name: 整体搬迁项目,
# 二期扩建项目, 四期增资扩产项目, 技改扩能项目, 第三期项目 (ruling 2)
_DONE_TO_IT = re.compile(r"(?:整体|异地)?(?:第?[一二三四五六七八九十]期)?(?:增资)?(?:搬迁|迁建|扩建|改扩建|技改|改造|升级改造|新建|扩产|扩能){0,2}(?:第?[一二三四五六七八九十]期)?(?:项目|工程)")


# the words right after a sum, with the verb that may open them (投资1000万元|建|甲公路, 投资8000万元|实施|乙路改造)
_FOLLOWS_SUM = re.compile(r"(?:" + _BUILT_SHORT + r"|实施|建设|新建|兴建|修建)?([\u4e00-\u9fffA-Za-z0-9·]{4,20}?)(?=[，。；、,;：:]|$)")


def _name(text: str, group: _Group) -> str | None:
    """The group's project name: the one before its investment amount, else the first."""
    investment = group.investment
    if investment and text.startswith("的", investment.q.end):
        # 投资5亿元的湖北吾众、投资1.2亿元的湖北羽林: what follows 的 is the project
        after = _rx.match(r"的([\u4e00-\u9fffA-Za-z0-9·“”、]{2,40}?(?:项目|工程))(?=[，。；]|等|相继|陆续|开工|签约|落户|投产|建成|正式|顺利|已|现已|目前|正在|将|于|也|均|全面|预计|计划|占地|$)", text[investment.q.end : group.end + 30]) \
            or _rx.match(r"的([\u4e00-\u9fffA-Za-z0-9·“”]{2,30}?)(?:[，。；、]|等|相继|陆续|开工|签约|落户|落地|投产|建成|正式|顺利|$)", text[investment.q.end : group.end + 30])
        named = [n for at, n in group.names if at > investment.q.end]
        # (投资13.5亿元的甲筹建处合资的乙风力发电项目: who invests, told with its own 的, then the name)
        told_of = bool(after and named and after.group(1).endswith(named[0]) and "的" in after.group(1)[: -len(named[0])])
        if after and not (named and named[0].startswith(after.group(1)[:4])) and not told_of:
            candidate = after.group(1)
            ended = _rx.search(r"项目(?![一二三四五六七八九十\d]期|及|和|与|、)(?=[\u4e00-\u9fff])", candidate)
            if ended and _ends_as_project(candidate[: ended.end()]):
                candidate = candidate[: ended.end()]  # 的“甲乙”项目排名第二: the name ends at its 项目, what follows is said of it
            titled = _rx.fullmatch(r"[^“”]{0,12}?(?:项目|工程)“([^“”]{4,40}?)”?", candidate)
            if titled and _ends_as_project(titled.group(1)):
                candidate = titled.group(1)  # 的省百大项目“甲生物质发电项目”: the class, then the project's title
            if len(candidate) >= 4 and not _generic(candidate) and not _generic(candidate.strip("“”")) and not _COUNTED.search(candidate) and not _NOT_IN_NAME.search(candidate) \
                    and not _rx.search(r"性$|^(?:具有|具备|有|较|最|更|非常|重要|重大)|明显|提升$|增长$|提高$|\d+月\d+日|举行|(?:清单|名单|目录|计划)$", candidate):
                return _without_company(candidate, _COMPANY)  # 投资20亿元的甲文化传媒有限公司乙综合开发项目, 的甲印染公司乙项目
    if investment and not [n for at, n in group.names if at >= investment.q.end]:
        follows = _FOLLOWS_SUM.match(text[investment.q.end : group.end])  # (投资1000万元|建|甲公路, 投资8000万元|实施|乙路改造)
        if follows and not _NAME_CUT.search(follows.group(1)) and not _CUE.search(follows.group(1)) and not _STAGE.search(follows.group(1)) \
                and not _rx.match(r"[的用于以是为占比同较及和与、左右以上\d]|年产|年加工|年处理|年出栏", follows.group(1)) and not _generic(follows.group(1)) \
                and not _rx.search(r"发布|来源|时间|作者|记者|编辑|日期|浏览", follows.group(1)):
            return _BUILD_VERB.sub("", follows.group(1))  # (投资1000万元建|甲公路: the verb, no head of the name)
    if not group.names and investment and (built := _CENTRE_BUILT.match(text, investment.q.end)) and not _generic(built.group("name")) \
            and _ORG.search(text, group.start, investment.q.start):
        # 甲有限公司拟投资50亿元，在乙高新区建设丙研发制造中心: what the firm builds with its sum, a centre
        # named by a word of its own (中心 ends a name only before an amount, or as 研发中心, 数据中心…)
        return built.group("name")
    if not group.names:
        return None
    if investment:
        before = [n for at, n in group.names if at < investment.q.start]
        after = [(at, n) for at, n in group.names if at >= investment.q.end]
        # 投资10亿元的X项目 / 投资10亿元建设X项目: the name after the amount
        if after and _rx.match(r"^(?:的|建设|新建|建|用于|打造|兴建)", text[investment.q.end : after[0][0]]):
            return after[0][1]
        if len(before) >= 2 and _BESIDE_LEAD.match(before[-1]):
            return before[-2]  # 甲度假区项目毗邻乙遗址公园，…投资14亿元: what the project is next to, told of it, no name
        if before:
            return before[-1]
    if len(group.names) >= 2:
        # 甲集团拟在乙产业园建设丙基地: the park after 在 is where the works are built, the project what is built in it
        (at, park), (then, built) = sorted(group.names)[:2]
        if text.endswith("在", 0, at) and _PARK.fullmatch(park) and _BUILT_IN_PARK.fullmatch(text, at + len(park), then):
            return built
    return group.names[0][1]


# what a project is next to, or the standard it is built to, told right after its name (甲度假区项目|毗邻5A级乙遗址公园,
# 甲至乙高速公路…全线采用六车道高速公路标准建设): no name of its own
_BESIDE_LEAD = re.compile(r"(?:毗邻|紧邻|全线采用|采用)")


# a centre a firm builds with the sum it invests, named right after the verb (投资50亿元，在甲区建设乙研发制造中心)
_CENTRE_BUILT = re.compile(r"[，,]?(?:(?:在|于)[^，。；,;]{2,14}?)?(?:投资)?(?:建设|打造|兴建|新建|投建|筹建)(?P<name>[\u4e00-\u9fffA-Za-z0-9·]{4,24}?中心)(?=[，。；,;、…]|和|及|$)")
# what a firm does in the park it is told to be in, before the name of the works (在乙产业园投资建设丙)
_BUILT_IN_PARK = re.compile(r"(?:已经?|拟|将)?(?:投资)?(?:建设|兴建|新建|投建|打造)(?:了)?")


def _widened(text: str, group: _Group, name: str) -> str:
    """A name that one amount covers, with the parts joined to it by 及, 和 or 、: 甲中心及乙街项目,
    甲装置、乙装置项目, 医药、保健品生产项目."""
    at = next((at for at, n in group.names if n == name), None)
    if at is None:
        return name
    start = at
    while True:
        before = _rx.search(r"([^，。；：,;:、及和与]{2,30})(?:及|和|、)$", text[group.start : start])
        if not before:
            break
        part = before.group(1)
        cut = [m for m in _NAME_CUT.finditer(part) if m.group() not in ("及", "、")]
        if cut:
            part = part[cut[-1].end() :]
        part = _NAME_LEAD.sub("", part)
        if len(part) < 2 or _rx.search(r"\d+(?:\.\d+)?(?:亿|万)?元|投资|项目$|工程$", part) or gazetteer().lookup(part):
            break
        start = before.start(1) + group.start + (len(before.group(1)) - len(part))
        if cut:
            break
    # 甲机场和机场道路完成投资7.8亿元: a part joined after the name, before the amount's cue
    after = _rx.match(r"(?:和|及)([\u4e00-\u9fff]{2,10}?)(?=(?:计划|项目)?(?:完成|累计|总)?投资|[，,。；;]|$)", text[at + len(name) : group.end])
    if after and not _NAME_CUT.search(after.group(1)) and not gazetteer().lookup(after.group(1)):
        name += after.group()
    widened = text[start:at] + name
    # 甲工具有限责任公司乙钻头、丙等工具制造项目: the company is the investor
    return _without_company(widened) if at > start else widened


def _money_fields(text: str, group: _Group, amount: _Amount | None) -> dict:
    """A project's amount fields; amount_phase names the phase an amount is of (首期投资140亿元)."""
    if amount is None:
        return dict.fromkeys(("amount_phase", "amount", "amount_unit", "base_amount", "amount_kind", "modifier"))
    phase = _phase_of(text, group.start, amount.q)
    return {"amount_phase": phase.group(1) if phase else None, "amount": amount.q.value, "amount_unit": amount.q.unit,
            "base_amount": amount.q.base_value, "amount_kind": amount.kind, "modifier": amount.q.modifier}


def _places_only(name: str) -> bool:
    """甲产业园（乙高新区）, 各县（市、区）、甲产业园: places and parks, each perhaps told with its
    other name in brackets, no project (the place of the projects a group counts)."""
    parts = [_rx.sub(r"[（(][^（）()]*[）)]$", "", part) for part in _rx.split(r"、(?![^（(]*[）)])", name)]
    return all(_PARK.fullmatch(part) or _rx.fullmatch(r"各(?:县|市|区|镇|乡)", part) or gazetteer().lookup(part) for part in parts)


def _after_the_count(text: str, group: _Group, name: str) -> bool:
    """The name stands in a clause after the one that counts the group's projects (实施80个重点项目
    建设，甲高速、乙公路全线推进)."""
    at = text.find(name, group.start, group.end)
    counted = _counted(_COUNT_TOLD, group.count, text, group.start, group.end)
    return counted is not None and at > counted.end() and _rx.search(r"[，,；;]", text[counted.end() : at]) is not None \
        and not _rx.match(r"[^，,；;]{0,8}?(?:项目|工程)中", text[counted.end() : at])  # (已开工的23个项目中，…: the projects among them)


def _later_clause(text: str, group: _Group, name: str, amount: _Amount) -> bool:
    """The name stands in a clause after the one that holds the amount and the count."""
    at = text.find(name, group.start, group.end)
    return at > amount.q.end and _rx.search(r"[，,；;]", text[amount.q.end : at]) is not None


def _part_of(text: str, group: _Group, name: str, report: bool = False) -> bool:
    """甲项目总投资260亿元，主要建设乙产业园: a name the clause tells is built as part of the project
    told before (but not one after a clause a stage closes: 甲中心建成启用，乙项目建成投产; in a
    report, only where its own clause tells a stage, for the next clause often tells a plan: 甲、乙
    学校建成并投入使用，加大丙学校建设力度)."""
    at = text.find(name, group.start, group.end)
    if at < 0 or _built_by_firm(text, group, name):
        return False  # (；乙有限公司在某县投资建设的丙项目: a firm's project of its own, no part of the one before)
    clause = max(group.start, max(text.rfind(mark, group.start, at) for mark in "，,；;") + 1)
    own = True
    if report:
        closing = _CLAUSE_END.search(text, at + len(name), group.end)
        own = _STAGE.search(text, at + len(name), closing.start() if closing else group.end) is not None
    if own and clause > group.start and _STAGE_CLOSE.search(text, group.start, clause - 1) and not _part_of_words(text[clause:at]):
        return False
    return _part_of_words(text[group.start : at])


_CLAUSE_END = re.compile(r"[，,；;。]")


# what opens a sentence about the one project the sentences before told, its subject: 项目, 该项目, 本项目,
# 这个项目, or the kind of works it is (该基地, 基地, 该产业园; the kind must be the name's)
_OPENS_ON_LAST = re.compile(r"[\s　“]*(?:(?P<this>该|本|此|这个|这一)?(?:项目|工程)(?![部组办群库])|(?:该|本|此|这个|这一|这座)?(?P<kind>基地|产业园|园区|中心|工厂|电站))")


# what opens a clause about a part or a phase of the project just priced whole: 其中 (其中，乙生产线项目总投资1.2亿元;
# 其中整车产线改造投资14.5亿元), or its phases (首期拟建设…, 二期和三期项目分别投资…)
_OPENS_ON_PHASE = re.compile(r"[\s　，,；;]*(?:其中[，,]?)?(?:首期|[一二三四五六七八九十]期)(?:(?:和|、|及|与)(?:[一二三四五六七八九十]期))*(?:项目|工程)?")
_OPENS_ON_PART = re.compile(r"[\s　，,；;]*其中[，,：:]?|" + _OPENS_ON_PHASE.pattern)


# where a sentence sets the project it names, as 位于X的 right before its name (走进位于甲高新区的省重点项目乙项目现场, 在位于丙县丁镇的
# 戊项目现场, 位于己市的一处新材料项目): a park or a place, with the town and what leads to it as written (丙县丁镇)
_SITED_BEFORE = re.compile(r"位于(?P<place>[\u4e00-\u9fff（）()—]{2,24}?)(?:[东南西北]侧|[东南西北]部|境内|内)?的(?:[\u4e00-\u9fff]{0,8}?(?:项目|工程)|一处|一个)?$")


def _sited_before(text: str, told: tuple[int, int], name: str) -> str | None:
    """The place 位于…的 sets right before the name in the sentence that told the project (_SITED_BEFORE)."""
    at = text.find(name, told[0], told[1])
    if at < 0:
        at = next((m.start() for m in _rx.finditer(r"(?:一处|一个)[\u4e00-\u9fff]{0,12}?(?:项目|工程)", text[told[0] : told[1]])), -1)
        at = told[0] + at if at >= 0 else -1
    sited = _SITED_BEFORE.search(text, max(told[0], at - 40), at) if at >= 0 else None
    if sited is None:
        return None
    place = _rx.sub(r"^(?:该|本|我)[县市区]", "", sited.group("place"))
    town = _rx.match(r"[\u4e00-\u9fff]*?(?:镇|乡)(?=[\u4e00-\u9fff]{1,4}村|$)", place)
    if town and len(town.group()) >= 3:
        return town.group()  # (丙县丁镇戊村: the county and town, as written; the village is finer than a project's place)
    found = _location(place)
    return found if found and (found in place) else (place if _place_lead(place + "甲乙") == len(place) else None)


def _refers_to_last(text: str, start: int, group: _Group, context: dict) -> bool:
    """The group's clause is in a sentence that opens on the one project the sentences before told, as its
    subject (甲项目开工。项目落地某新区，拟建设乙产业园; 甲生产基地项目总投资11.8亿元。基地同时建设乙研发中心):
    what it builds is that project's part, as in the sentence that tells the project (_part_of)."""
    last = context.get("last")
    if not last or _rx.search(r"[；;]", text[start : group.start]):
        return False  # (a clause after a semicolon may be another's subject)
    opening = _OPENS_ON_LAST.match(_DISCOURSE.sub("", text[start:group.end].lstrip()))
    return opening is not None and (not opening.group("kind") or opening.group("kind") in last)


def _part_of_words(before: str) -> bool:
    return _rx.search(r"(?:主要|重点|拟|将|计划|规划|分期|分[一二三四两]期)?(?:建设|新建|建成|打造|包括|涵盖|配套|含|布局|设立|规划)|(?:计划|拟|将)(?:在|于)", before) is not None


# what opens a paragraph or sentence that tells of one of a batch told before, named first and
# described after its comma (●甲基地项目，该项目主要建设…; 乙纸业项目，项目终端产品为…): bullets,
# numbers, spaces; then the name (read by the caller), after the firm that invests in it if one is
# told (甲科技发展有限公司年产2万吨乙项目，可解决…), and its comma
# the words right after a name that opens its sentence and tell what the project is, with no comma between
# (甲产业园项目位于某区，用地面积约1000亩; 乙总部园项目将注重…研发): a description of one of the batch told
# before (but not a design figure alone, 丙港二期工程项目设计每年吞吐量…: no amount and no stage, left unread)
_DESCRIBED_AFTER = r"(?:位于|将(?!于|在|力争|争取|加快)|拟(?!于|在)|主要(?:建设|包括|生产|从事)|规划(?:建设|用地|占地)|总?占地|总?用地|聚焦|建成后|达产后|投产后)"
# what may follow a name that opens its sentence (see _name_opens): a comma; a comma or a description
# (_DESCRIBED_AFTER); a bracketed note and the sentence's end
_COMMA_AFTER = re.compile(r"[，,]")
_COMMA_OR_DESCRIBED = re.compile(r"(?:[，,]|" + _DESCRIBED_AFTER + r")")
_NOTE_TO_END = re.compile(r"(?:[（(][^（）()]{1,40}[）)])?[。]?[\s　]*$")
# a registered firm's name that may stand before a project's name (甲乙科技有限公司|丙项目)
_LEGAL_NAME_WHOLE = re.compile(_LEGAL_NAME)
_LEGAL_ENDS = re.compile(r"股份有限公司|有限责任公司|有限公司")


def _name_opens(text: str, name: str, pos: int, end: int, after: re.Pattern[str]) -> bool:
    """Whether ``name`` stands at ``pos`` (or right after a registered firm's name there) and ``after``
    matches what follows it, all before ``end``: what a pattern built from the name would find, with no
    pattern compiled for each name (speed)."""
    starts = [pos] + [pos + m.end() for m in _LEGAL_ENDS.finditer(text[pos : min(end, pos + 40)]) if _LEGAL_NAME_WHOLE.fullmatch(text, pos, pos + m.end())]
    return any(text.startswith(name, at) and at + len(name) <= end and after.match(text, at + len(name), end) for at in starts)


# a round of a programme's projects, no project (第四期项目聚焦…, 第二批项目将…)
_ROUND_OF_PROJECTS = re.compile(r"第[一二三四五六七八九十\d]+[期批]")
# where a batch's member is, told before its name with 的 (…6个农业项目签约。甲区的乙产业园项目，旨在…;
# 丙镇丁村的戊饲料厂项目，已完成征地): the name still opens the sentence
_SITE_OPENS = re.compile(r"(?:位于)?[\u4e00-\u9fff]{2,14}?(?:省|市|区|县|镇|乡|村|街道|开发区|园区)的")
_TOLD_OF = re.compile(r"[\s　]*(?:(?:此外|另外|同时|再如|又如|例如|比如)[，,])?[\s　]*(?:[●•◆■▲★☆◎○]|\d{1,2}[、.．]|[（(]\d{1,2}[）)])?[\s　]*")
# what opens a numbered item that is a batch's project's name alone, told of in the sentences after
# (其中：1、甲铁路建设项目。正在开展…; ⏎二⏎乙产业园基础设施项目（年产…）⏎乙公司…): its number, in the
# sentence or on a line of its own before it (but a name alone on a line with no number is a photo's
# caption or a list's line: ⏎甲新材料项目⏎; ⏎增补名单⏎甲引水工程⏎乙治理工程)
_NUMBERED_ITEM = re.compile(r"[\s　]*(?:其中[：:])?[\s　]*(?:\d{1,2}[、.．]|[一二三四五六七八九十]{1,3}、|[（(][\d一二三四五六七八九十]{1,2}[）)])[\s　]*")
_NUMBER_LINE_BEFORE = re.compile(r"(?:^|\n)[\s　]*(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．]?[\s　]*\n[\s　]*$")


def _subject(text: str, group: _Group, name: str) -> bool:
    """The name opens its clause: the clause is about it (；乙中心项目将建设…)."""
    at = text.find(name, group.start, group.end)
    return at >= 0 and _rx.fullmatch(r"[\s，,；;：:]*(?:其中|同时|另外|此外|还有)?[，,]?", text[group.start : at]) is not None


def _built_by_firm(text: str, group: _Group, name: str) -> bool:
    """A firm opens the clause and builds the project it names (甲集团拟在开发区建设乙项目,
    丙有限公司在某县投资兴建丁项目): a project of the firm's, with no amount told."""
    at = text.find(name, group.start, group.end)
    lead = text[max(group.start, max(text.rfind(mark, group.start, at) for mark in "，,；;：:。") + 1) : at] if at >= 0 else ""
    lead = _DISCOURSE.sub("", lead.lstrip())  # (目前甲有限公司在某园区…: the firm after the words that open the news)
    for firm in (_ORG.match(lead), _ORG_WHOLE.match(lead)):
        # (甲集团乙能源有限责任公司（某地）规划在某县建设: the firm told whole, with its branch in brackets)
        if firm is not None and _FIRM_BUILDS.fullmatch(_BRACKETED.sub("", lead[firm.end() :], count=1) if lead.startswith(("（", "("), firm.end()) else lead[firm.end() :]):
            return True
    return False


# a firm told whole, to the last word of its kind (甲集团乙能源有限责任公司, not 甲集团 alone)
_ORG_WHOLE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9（）()&·]{2,40}(?:股份有限公司|有限责任公司|有限公司|集团公司|集团|公司)")

# what a firm that opens a clause does to the project named after it: 拟在开发区投资建设, 投建 (甲有限公司投建
# 乙项目), told with 就, 也 or 已 (甲集团就在重庆投资建设乙基地), or 打造 where it is built (在成都打造丙项目);
# a plan (规划在某县建设) and a park's long name (在某镇新材料新能源产业园建设) too
# (or a deal with a party on it, 甲集团已与某县就建设乙项目达成合作协议)
_FIRM_BUILDS = re.compile(r"(?:就|也|还|又|已经?|均)?(?:拟|将|计划|规划|准备|正在)?(?:(?:在[^，,。；;、]{1,20}?)?(?:投资)?(?:建设|兴建|新建)|投建|在[^，,。；;、]{1,20}?打造)(?:了)?(?:的)?"
                          r"|(?:也|还|已经?)?(?:与|同|和)[^，,。；;、]{1,20}?就(?:在[^，,。；;、]{1,20}?)?(?:投资)?(?:合作)?(?:建设|兴建|新建|共建)?")


def _counted_name(text: str, group: _Group, name: str) -> bool:
    at = text.find(name, group.start, group.end)
    if at < 0:
        return False
    # (甲项目18个, 甲重建项目开工174项: the name is of a class the count is of)
    return bool(_rx.match(r"(?:(?:新|已|累计|集中)?(?:开工|竣工|签约|投产|开复工)(?:了)?)?(?:共|有|达|达到|为|计)?(?:\d+|[一二三四五六七八九十两百]+)(?:个|项)", text[at + len(name) : at + len(name) + 10])
                or _rx.search(r"(?:\d+|[一二三四五六七八九十两百]+)(?:个|项)“?$", text[max(group.start, at - 5) : at])  # (24个“老乡项目”)
                # (25个生态建设及环境保护项目, 12个道路改造和管网提升项目: one count before two kinds joined
                # by 及, 和 or 与 counts the class they make; the second kind is no project's name)
                or _rx.search(r"(?<![\d.])\d+(?:余|多)?个(?:(?!项目|工程)[\u4e00-\u9fff]){2,8}(?:及|和|与|以及)$", text[max(group.start, at - 14) : at]) is not None)


# what may stand between two joined names: 、, 和, 及, 与 or 以及, and the registered company of
# the next one (甲有限公司乙项目、丙有限公司丁项目，总投资12亿元: each firm's project)
_JOINED_GAP = re.compile(r"(?:[、和及与]|以及)(?:" + _LEGAL_NAME + r")?")


def _firm_before(text: str, at: int, since: int) -> list[dict]:
    """The registered company told right before a joined name, from ``since`` on (甲有限公司|乙项目)."""
    firm = _LEGAL_BEFORE.search(text, since, at)
    return _last_company(firm.group()) if firm else []


def _last_company(words: str) -> list[dict]:
    """The last company ``words`` name, as a list of one investor (or none): the firm a name
    follows (甲有限公司乙项目)."""
    return [i for i in _investors(words) if i["name"].endswith("公司")][-1:]


# a registered company that ends where a name begins
_LEGAL_BEFORE = re.compile(_LEGAL_NAME + "$")


# the words between a closed list and the total its items share: their stage, told together, then the
# total in a clause of its own (…|在某会场进行了集中签约，合同引资额|15.3亿元; …|签约，签约额总计|9亿元), with no 等
# nor count that would leave the list open (甲、乙等12个项目) and no word that makes the total one item's (项目总投资)
_TOGETHER_THEN_TOTAL = re.compile(r"(?P<stage>[^，,。；;、等]{0,24}?(?:" + _STAGE_ALTERNATIVES + r")[^，,。；;、等\d]{0,6}?)[，,]"
                                  r"(?:总投资|计划总投资|投资总额|总投资额|合同引资额?|签约(?:金)?额|合同(?:金)?额|协议(?:投资|引资)额?)(?:总计|合计|共计|共)?"
                                  r"(?:[约近超逾达为了共计合累]|高达|达到){0,3}$")


def _shares_one_total(text: str, group: _Group, mine: list[_Enumeration], investment: _Amount | None) -> bool:
    """Whether the one list of a group is closed (甲项目、乙项目、丙项目, 分别与甲公司、乙公司) and its
    items, none priced, reached a stage together, with one total of theirs told after it."""
    if investment is None or investment.kind not in ("total_investment", "contract_capital") or len(mine) != 1:
        return False
    items = mine[0].items
    if len(items) < 2 or any(item.amount or item.shared for item in items) or investment.q.start < mine[0].end:
        return False
    if len([a for a in group.amounts if a.kind in INVESTMENT_KINDS]) != 1:
        return False
    told = _TOGETHER_THEN_TOTAL.fullmatch(text, mine[0].end, investment.q.start)
    return told is not None and not _COUNT.search(told.group("stage"))


# where an item of a list ends as a name does, with a bracket after it (甲项目（乙镇）、, 甲产业园（一期）、, 丙国道丁段、):
# a 、 after it closes the item, one inside a name does not (甲菌种生产、栽培及加工项目)
_ITEM_CLOSED = re.compile(r"(?:" + _NAME_END + r"|段)(?:[（(][^（）()，。、]{1,10}[）)])?$")
# a town or a park told in a bracket after an item's name: where it is (甲项目（乙镇）)
_TOWN_IN_BRACKETS = re.compile(r"(?<=项目|工程)[（(](?P<place>[\u4e00-\u9fff]{1,8}?(?:镇|乡|街道|" + _PARK.pattern + r"))[）)]$")


def _closed_list_names(text: str, group: _Group, investment: _Amount) -> list[tuple[int, str]]:
    """The items of a closed list the group's names are read from only in part, each whole, where
    its items reached a stage together and one total of theirs is told after it; [] otherwise."""
    names = sorted(group.names)
    if len(names) < 2 or investment.kind not in ("total_investment", "contract_capital") or len([a for a in group.amounts if a.kind in INVESTMENT_KINDS]) != 1:
        return []
    last_at, last = names[-1]
    told = _TOGETHER_THEN_TOTAL.fullmatch(text, last_at + len(last), investment.q.start)
    if told is None or _COUNT.search(told.group("stage")):
        return []
    opening = max(group.start, *(text.rfind(mark, group.start, names[0][0]) + 1 for mark in "，,；;：:"))
    head = text[opening : names[0][0]]
    if head and not _only_a_place(head) and not _PARK.fullmatch(head):
        return []  # (the list opens the clause, after a place or a park at most: no verb before it)
    span = text[opening : last_at + len(last)]
    items, begin, depth = [], 0, 0
    for k, ch in enumerate(span):
        depth += 1 if ch in "（(" else -1 if ch in "）)" else 0
        if ch == "、" and depth == 0 and _ITEM_CLOSED.search(span, begin, k):
            items.append((opening + begin, span[begin:k]))
            begin = k + 1
    items.append((opening + begin, span[begin:]))
    if len(items) < 2 or any(len(item) < 4 for _, item in items) or not all(any(at <= n_at < at + len(item) for at, item in items) for n_at, _ in names):
        return []
    return items


def _joined_projects(text: str, group: _Group) -> list[tuple[int, str]]:
    """Two or more whole project names (each ending in 项目 or 工程) joined by 和, 及 or 、,
    with one amount after them all: the amount is their total."""
    names = []
    for at, n in sorted(group.names):
        wide = _widened(text, group, n)  # 林业药用植物种植及加工项目, not 加工项目
        names.append((at - (len(wide) - len(n)), wide) if wide.endswith(n) else (at, n))
    if len(names) < 2 or not all(n.endswith(("项目", "工程")) for _, n in names):
        return []
    for (a, first), (b, _second) in zip(names, names[1:]):
        if not _JOINED_GAP.fullmatch(text, a + len(first), b):
            return []
    investment = group.investment
    return names if investment and investment.q.start > names[-1][0] and len([x for x in group.amounts if x.kind in INVESTMENT_KINDS]) == 1 else []


# the event at which a list's projects reached their stage (在某市招商推介大会上签约)
_EVENT_PLACE = re.compile(r"^在[^，。；,;、]{2,30}?(?:会|仪式|活动|论坛|峰会|洽谈会|博览会)(?:上|中|期间|现场)?(?=(?:集中|成功|正式|顺利|同步|现场)?(?:签约|签订|签署|开工|竣工|投产))")


# the words that give what follows as examples (如, 例如, 包括)
_EXAMPLES_LISTED = re.compile(r"(?:如|例如|比如|诸如|包括|其中有|主要有)[：:]?$")


def _listed(text: str, group: _Group) -> list[tuple[int, str]]:
    """Names joined by 、 (or 和, 及) with nothing else between them: a list of projects."""
    if len(group.names) < 2:
        return []
    names = sorted(group.names)
    signed = all(n.endswith(("项目", "工程")) for _, n in names) and _SIGNED_BEFORE.search(text, max(group.start, names[0][0] - 8), names[0][0]) is not None
    for (a, first), (b, _second) in zip(names, names[1:]):
        if not _rx.fullmatch(r"(?:(?:建设|施工)现场)?(?:[、和及与]|以及)" + (r"(?:建设|新建)?" if signed else ""), text[a + len(first) : b]):
            return []  # (甲项目施工现场、乙项目施工现场: the sites of a list of projects; 签订了甲项目和建设乙项目: what is signed)
    if _rx.search(r"(?:建设|新建|建成|包括|配套)$", text[group.start : names[0][0]]):
        return []  # 拟建设甲工厂、乙工厂: what one project is made of
    last_at, last = names[-1]
    after = text[last_at + len(last) : last_at + len(last) + 24]
    after = _rx.sub(r"^(?:[两二三四五六七八九十\d]+个[\u4e00-\u9fff]{0,4}?项目)(?:将于|预计于|计划于|于)?[^，。；,;]{0,12}?(?=" + _STAGE.pattern + ")", "", after)  # 甲和乙两个项目将于4月1日开工
    if _STAGE.match(_rx.sub(r"^[已均全部正式顺利成功相继陆续先后提前]{1,4}", "", after[:8])) or _SITE.match(text, last_at + len(last)):
        return names
    if len(names) >= 3 and all(n.endswith(("项目", "工程")) for _, n in names) and _EXAMPLES_LISTED.search(text, max(group.start, names[0][0] - 12), names[0][0]):
        return names  # 如甲项目、乙项目、丙项目: three whole names or more, given as examples of what was done
    if signed:
        return names  # 与甲集团签订乙项目和丙项目: whole names the signing opens, each a project signed
    return []


# the signing told right before a list of whole names (与甲集团签订乙项目和丙项目, 分别签订了乙项目、丙项目)
_SIGNED_BEFORE = re.compile(r"(?:签订|签署)了?$")


def _fresh_copies(function):
    """(speed) ``function``, a pure one of a clause that gives a list of dicts, cached: a
    sentence's groups and items ask it again of one clause; each call gets dicts of its own."""
    cached = lru_cache(maxsize=256)(function)
    return lambda body: [dict(o) for o in cached(body)]


# a subsidiary's own name and legal form right after its group's (甲集团|乙新能源有限公司)
# and what a group does to another firm, which is then no subsidiary's name (甲集团|总体收购乙有限公司)
_GROUP_DEALS = re.compile(r"^(?:投资|出资|注资)|收购|并购|兼并|重组|入股|参股|托管|接管|整合|全资|控股(?!集团)")
_SUBSIDIARY = re.compile(r"(?P<own>[\u4e00-\u9fffA-Za-z]{2,16}?)(?:股份有限公司|有限责任公司|有限公司|公司)(?![\u4e00-\u9fff]{0,2}(?:有限|公司))")


@_fresh_copies
def _investors(body: str) -> list[dict]:
    out: list[dict] = []
    branch_end = -1
    # (speed: every match of _ORG ends in one of _ORG_WORDS, a scan many times faster)
    for match in (_ORG.finditer(body) if _ORG_WORDS.search(body) else ()):
        if match.start() < branch_end:
            continue  # (the branch of a company told before, taken in with it)
        name = match.group()
        # 甲有限公司乙分公司: a company's branch, one organisation (苏州协鑫新能源投资有限公司湖南湖北分公司)
        branch = _rx.match(r"[\u4e00-\u9fffA-Za-z（）()]{2,20}?分公司", body[match.end() :]) if name.endswith(("有限公司", "集团")) else None
        if branch:
            name, branch_end = name + branch.group(), match.end() + branch.end()
        # 甲集团乙有限公司: a group's subsidiary, told by the group's name and its own with nothing
        # between, one firm (国家能源集团商南新能源有限公司, 上海电影集团影视文化投资公司); but 甲集团与乙公司,
        # 甲集团的全资子公司乙有限公司, 甲集团旗下乙公司, 甲集团收购乙有限公司 are two
        elif name.endswith("集团") and (sub := _SUBSIDIARY.match(body, match.end())) and not _ORG_CUT_ANY.search(sub.group("own")) \
                and not _GROUP_DEALS.search(sub.group("own")):
            name, branch_end = name + sub.group(), sub.end()
        # the company begins after the last word that may not be in it, of those that leave a
        # name of four characters (长清区政府与澳门国为集团: after 与, not after 为)
        name = name[_org_start(name) :]
        name = name.lstrip("（(")
        if _ORG_BAD.search(name) or len(name) < 4 or any(o["name"] == name for o in out):
            continue
        if _rx.search(r"(?<!有限)(?<!集团)(?<!股份)(?<!责任)公司$", name) and _rx.search(r"\d|年|推动|提升|拟|由|并|将|已|作为", name[:-2]) or _industry_only(name[:-2]):
            continue  # 快速提升公司, 继2012年公司, 磷化工公司: words before a bare 公司, no company
        before = body[max(0, match.start() - 6) : match.start() + (len(match.group()) - len(name))]
        after = body[match.end() : match.end() + 6]
        role = "investor"
        if _rx.search(r"承建|施工|中标|总包", after) or _rx.search(r"由$", before) and _rx.match(r"^(?:承建|施工)", after):
            role = "builder"
        elif _rx.match(r"^(?:负责)?运营", after):
            role = "operator"
        elif _rx.search(r"(?:与|和|同|携手|联合)$", before) and _rx.match(r"^(?:合作|合资|共同|联合)", after):
            role = "partner"
        out.append({"name": name, "role": role})
    # 正邦集团 and 正邦集团有限公司: one company, told short and in full
    return [o for o in out if not any(p is not o and p["name"].startswith(o["name"]) for p in out)]


# what follows a firm's trade name (甲乙|技术有限公司, 丙丁|投资集团): a firm's name never begins with it
_FIRM_TRADE_WORD = re.compile(r"(?:技术|科技|股份|集团|实业|投资|控股|电子|电气|新能源|能源|新材料|材料|有限|责任|公司|贸易|工业|产业|制造|智能|信息|网络|软件|生物|医药|化工|环保|建设|置业|地产|物流|食品|机械|装备|汽车|电力|资源|发展)")


def _org_start(name: str) -> int:
    """Where the company a run of words ends with begins: after the last word that may not be
    in a company's name, of those that leave one of four characters or more (长清区政府与澳门国为集团:
    after 与, not after 为). A one-character word that would leave no trade name (与华为|技术有限公司)
    or that follows a city's short name and may open a trade name (与上海为烨投资集团有限公司) is the
    firm's own (but 位于荆门的甲乙动力有限公司: 的 opens none). So is a 联合, 和 or 同 that would leave a
    registered name whose trade name, before its trade, is shorter than two characters (天津市新天钢联合|
    特钢有限公司, 衡水大正和|源家具有限公司, 上海蔡同|德药业有限公司)."""
    for cut in sorted((m for m in _ORG_CUT_ANY.finditer(name) if len(name) - m.end() >= 4), key=lambda m: -m.end()):
        if len(cut.group()) == 1 and (_FIRM_TRADE_WORD.match(name, cut.end()) or cut.group() in "为和同如继" and _city_short(name[max(0, cut.start() - 2) : cut.start()])):
            continue
        if cut.group() in ("联合", "和", "同") and cut.start() > 0 and _trade_name_short(name[cut.end() :]):
            continue
        return cut.end()
    return 0


# a registered firm's name, what comes before its legal form (特钢|有限公司, 源家具|股份有限公司)
_REGISTERED = re.compile(r"(?P<core>[\u4e00-\u9fff]{1,6})(?:集团)?(?:股份有限公司|有限责任公司|有限公司)")


def _trade_name_short(rest: str) -> bool:
    """Whether a registered firm's name has a trade name of fewer than two characters before its
    trade (特钢有限公司, 源家具有限公司, 德药业有限公司): what is cut off before it is its own."""
    registered = _REGISTERED.fullmatch(rest)
    if registered is None:
        return False
    core = registered.group("core")
    return _industry_only(core) or len(core) >= 3 and _industry_only(core[1:])


def _firm_told(name: str) -> str:
    """The words a project's name holds before its phase or what is done to its plant, once or
    twice (甲乙公司三期: 甲乙公司; 丙丁集团技改搬迁: 丙丁集团): the firm, if they end as one."""
    firm = _rx.sub(r"(?:[一二三四五六七八九十\d]+期(?:项目|工程)?|优化升级|技改|技术改造|扩建|改扩建|升级改造|扩容|扩能|(?:整体|异地)?(?:搬迁|迁建))+$", "", name)
    return firm if len(firm) >= 2 else name


def _leading_company(name: str) -> list[dict]:
    """The group a list item's name begins with (旺旺集团中国区投资总部): its investor."""
    match = _rx.match(r"[\u4e00-\u9fffA-Za-z]{2,8}?(?:集团(?:公司)?|(?:股份)?有限(?:责任)?公司)", name)
    if not match or len(name) - match.end() < 4 or _ORG_BAD.search(match.group()):
        return []
    return [{"name": match.group(), "role": "investor"}]


def _park_built(body: str, start: int, end: int) -> bool:
    """Whether a park the text names is a project being built or listed, not a place where
    others are: 电力产业园二期项目, 打造玉米百亿产业园, 、昆仑国际商贸物流园、."""
    after, before = body[end : end + 6], body[max(0, start - 4) : start]
    return bool(_rx.match(r"(?:[一二三四五六七八九十\d]+期)?(?:建设)?(?:项目|工程)|[、等]", after) or _rx.search(r"(?:[、]|打造|建设|新建|建成|引进)$", before)
                or _rx.search(r"(?:建设|打造|建成|新建)[^，。；]{0,24}的$", body[max(0, start - 30) : start]))  # 建设集…于一体的综合性物流产业园


# a time that opens words after a park's name (甲产业园|一季度园区经济运行, 乙高新区|上半年园区…): no part of the park
_TIME_OPENS = re.compile(r"(?:第?[一二三四]季度|前[两三]季度|[上下]半年|今年|去年|全年|年内|(?:19|20)\d{2}年|\d{1,2}月|[一二三四五六七八九十]{1,2}月)")


# the one-character names of provinces a headline uses (津, 沪, 渝, 京…): before a district's full name (津滨海新区)
_PROVINCE_ONE_CHAR = frozenset("京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀贵黔云滇藏陕秦甘陇青宁新")


def _without_province_char(location: str | None) -> str | None:
    """津|滨海新区, 渝|两江新区: a headline's one-character name of a province, then a division's full name,
    is that division (津滨海新区 is no place; 苏州工业园区 and 新区 names of their own are left whole)."""
    if location and location[:1] in _PROVINCE_ONE_CHAR and location[1:] in gazetteer().by_name and location not in gazetteer().by_name:
        return location[1:]
    return location


def _location(body: str, name: str | None = None) -> str | None:
    """The park the project is in, else the most specific division the clause names."""
    for match in (_PARK.finditer(body) if "区" in body or "园" in body else ()):  # (speed: every park's word holds 区 or 园)
        park = match.group()
        cut = _last_place_cut(park)
        if cut is not None:
            if len(park) - cut.end() < 3:
                continue  # 经济发展和园区: a park in general after the words cut, no park
            park = park[cut.end() :]
        if _rx.match(r"个月?|年|家", park) and _rx.search(r"[\d一二三四五六七八九十两几多]$", body[: match.start()]):
            park = _rx.sub(r"^(?:个月?|年|家)", "", park)  # 100个|产业园区, 5个月|高新区, 2024年|国家级…: a count or a year, then the park
        if body.startswith("域", match.end()) or _PARK_CLASS.fullmatch(park):
            continue  # 集聚区域: a region, no park; 国家级经开区, 省级高新园区: a class of parks, no park of a name
        if name and _park_is_the_project(park, name):
            continue  # the park is the project: 东阳钼产业园项目
        if _PARK_FIRM.match(body, match.end()):
            continue  # 甲工业园区开发有限公司: the park's developer, a firm, is no place
        if _park_built(body, match.start() + (cut.end() if cut else 0), match.end()) and not (name and park in name):
            continue  # another project of the clause (电力产业园二期项目, 、白酒主题文化产业园、), no place
        if _VENUE_BEFORE.search(body, max(0, match.start() - 12), match.start() + (cut.end() if cut else 0)) and _VENUE_AFTER.match(body, match.end()):
            continue  # 开工仪式在甲经开区举行: where the ceremony was, not where each project is
        if _BECOMES.search(body, max(0, match.start() - 12), match.start() + (cut.end() if cut else 0)) or _rx.match(r"定位|成为|打造成", park):
            continue  # 定位发展新型智能制造产业园区, 打造成为甲产业园: what it is meant to become, not where it is
        if 3 <= len(park) <= 14 and not _rx.fullmatch(r"(?:该|本|此|各|全|新|这个|重点|省级|市级|县级|国家级|相关)?(?:园区|新区|产业园|开发区)", park) and not _GENERIC_PARK.fullmatch(park) \
                and not _rx.search(r"[把将是为作]", park):
            # (a park and the district it is one with, told in brackets after it, are one place as
            # written: 江门高新区（江海区）, 杭州高新区（滨江）)
            twin = _PARK_TWIN.match(body, match.end())
            if twin and (_rx.search(r"[区县市]$", twin.group("place")) or _head_divisions(twin.group("place"))):
                return park + twin.group()  # (not 甲产业园（一期）, 乙工业园区（上汽项目）: the park's phase or its project)
            # (a part of the park told right after it, a zone or a park within it, is where, as
            # written whole: 湖南湘江新区湘阴片区, 衢州绿色产业集聚区高新片区, 温州空港新区天城北园,
            # 位于公安经济开发区青吉工业园; not a park that is the project, 甲经开区乙产业园二期项目)
            inner = _INNER_PARK.match(body, match.end())
            if inner and not _park_built(body, match.end(), inner.end()) and not (name and inner.group() in name) \
                    and not _last_place_cut(inner.group()) and not body.startswith("域", inner.end()) \
                    and not _rx.match(r"[（(]?[一二三四五六七八九十\d]+期", body[inner.end() :]) \
                    and not _TIME_OPENS.match(inner.group()):  # (乙产业园（一期）、: a listed works; 丙产业园|一季度园区经济运行: a time, then the park's words)
                return park + inner.group()
            return park  # (把项目建设作为园区…: words about a park, no park)
    # an area of a kind no park's word names, told after the words that settle the project in it
    # (位于甲经济区, 位于乙乡丙工业区, 落户丁小镇, 位于戊县己经济发展区): where it is, finer than the
    # division the area's name may hold
    for match in _SETTLED_AREA.finditer(body) if "位于" in body or "落" in body or "坐落" in body or "选址" in body else ():
        area = match.group("area")
        if not (name and area in name) and not _last_place_cut(area) and not _AREA_KIND.search(area):
            return area
    # 深圳市甲投资有限公司 says where the investor is from (speed: only a clause with an
    # organisation's word is rewritten; _ORG opens with a lazy run tried at every character)
    found = [place for place in _places_named(body) if not (name and place in name)]
    if found:
        counties = [p for p in found if p.endswith(("县", "区", "旗", "镇", "乡"))]
        return (counties or found)[-1]
    for match in _PLACE.finditer(body):
        if _AREA_KIND.search(match.group(1)) and not gazetteer().mentions(match.group(1)):
            continue  # 在原中央苏区, 在各功能区: words of a kind of area, no place's name (but 在本溪市, 在全椒县)
        cut = _last_place_cut(match.group(1))
        if cut is not None and len(match.group(1)) - cut.end() < 3:
            continue  # 在增强|城市功能上, 在满足|市民需求: a verb, then a common word, no place
        return match.group(1)[cut.end() :] if cut is not None else match.group(1)  # 在加快推进|甲乙县: the place after the verb
    for short in _PLACE_SHORT.finditer(body) if "在" in body or "落" in body or "位于" in body else ():
        if _city_short(head := short.group(1) or short.group(2)) or short.group(2) and _county_short(head) \
                or short.group(1) and _county_short(head) and _BUILT_AFTER_SHORT.match(body, short.end()) and not _WORD_LIKE_SHORT.fullmatch(head):
            return head  # 投资50亿元在长沙建设…, 落户荆门: a city or province told by its short name
            # (落户华容。, 签约落户宁河，: a county's, where the clause ends on it)
            # (投资50亿元在谷城建设…, 拟在茶陵建设…: a county's, told as where the works are built or the money
            # goes; not 在甲签约/举行, where an event was held, nor a short name that is a common word, 在城东建设)
            # (but 在嘉兴，…；在长兴，…: a place that opens a clause of its own is that clause's)
    return None


# an area settled in whose kind no park's word names: 位于|甲经济区, 位于|乙乡丙工业区, 落户|丁小镇
# (not 落户戊小镇项目: the area is the project)
_SETTLED_AREA = re.compile(r"(?:位于|坐落于|坐落在|落户(?:在|于|到)?|落地(?:在|于)?|选址(?:在|于)?)"
                           r"(?P<area>[\u4e00-\u9fff]{2,14}?(?:经济发展区|经济区|工业区|小镇|片区))(?!项目|工程|[一二三四五六七八九十]期|建设)")


# a zone or park within a park, told right after it: 湘江新区|湘阴片区, 空港新区|天城北园, 经济开发区|青吉工业园
_INNER_PARK = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:片区|产业园|工业园|园区|工业区|[东南西北]园|起步区)")


# the district a park is one with, in brackets after it: 江门高新区（江海区）, 乌鲁木齐经济技术开发区（头屯河区）, 杭州高新区（滨江）
_PARK_TWIN = re.compile(r"[（(](?P<place>[\u4e00-\u9fff]{2,5})[）)]")


# areas told by their kind, no place of a name: 各功能区, 原中央苏区, 全县各乡镇, 革命老区
_AREA_KIND = re.compile(r"^(?:各|全|原|本|该|我|其|此)|(?:功能区|苏区|老区|辖区|社区)$")


# parks told by their class, no park of a name (国家级经开区, 省级以上开发区, 各产业园区, 我省园区)
_PARK_CLASS = re.compile(r"(?:国家级|省级|市级|县级|省级以上|各|全|重点|[我本全][省市县区州])(?:产业|工业|经济|科技|高新)?(?:经济技术开发区|高新技术产业开发区|经济开发区|"
                         r"开发区|经开区|高新区|园区|产业园|工业园|新区|集聚区)")


# what turns a park's name into its developer's: 甲工业园区|开发有限公司, 乙产业园|投资建设集团
_PARK_FIRM = re.compile(r"(?:开发|建设|投资|管理|运营|发展|服务){1,2}(?:股份)?(?:有限(?:责任)?公司|集团|公司)")


# a city's or a province's short name after a word of where, then what is done there; or one
# (a county's too) a clause ends on after 落户 (落户荆门，, 正式落户华容。 or 落户华容. as a page writes it)
_PLACE_SHORT = re.compile(r"(?:在|落户|落地|位于|选址|布局|建在|扎根)([\u4e00-\u9fff]{2,3}?)(?=建设|开工|投资|投建|落地|签约|新建|举行)|(?:落户|落地|扎根)([\u4e00-\u9fff]{2,3}?)(?=[，,。；;.](?!\d))")


# what is done at a county told by its short name after 在 (在谷城|建设, 在奉节|投资): the works are there
_BUILT_AFTER_SHORT = re.compile(r"(?:投资)?(?:建设|投建|新建|开工|兴建)")
# county short names that are common words of a town's parts or of nature (城关, 城东, 河西, 南山, 东湖, 新城)
_WORD_LIKE_SHORT = re.compile(r"城[关中东西南北厢]|[东西南北中新老古山江河龙][城区山湖海]|河[东西]|市[中南北]|[东西南北]郊")


def _city_short(head: str) -> bool:
    """Whether a head is a city's or a province's short name (长沙, 荆门, 四川)."""
    places = gazetteer()
    return any(d.level in ("province", "city") for full in places.short.get(head, ()) for d in places.by_name.get(full, ()))


def _county_short(head: str) -> bool:
    """Whether a head is a county's short name (华容, 宁河, 永川)."""
    places = gazetteer()
    return any(d.level == "county" for full in places.short.get(head, ()) for d in places.by_name.get(full, ()))


def _park_is_the_project(park: str, name: str) -> bool:
    """甲产业园项目, 乙物流园一期, 丙产业园第一期项目: the park named is what is built, no place it
    is in (but 丁产业园造纸项目 is built in it)."""
    return park in name and _rx.fullmatch(r"[”」』]?(?:" + _NAME_END + r"|建设|第?[一二三四五六七八九十]期|[（(][^（）()]{1,8}[）)])*", name.split(park, 1)[1]) is not None  # (甲“乙产业园”项目)


# an event told with more than one stage (集中签约开工仪式, 集中开工复工动员大会, “集中签约、开工及竣工”活动)
# that was held at a project's site (在甲项目现场举行, 在乙集团有限公司丙产业园项目现场举行): the project is
# where it was held, and which of the stages it reached the text does not say (the gold labels none such
# on four pages; the site of an event of one stage, 集中开工仪式在甲项目现场举行, is one of its projects)
_VENUE_EVENT = re.compile(r"(?P<event>[^，,。；;！？]*?(?:仪式|活动|大会|动员会|现场会))(?:[^，,。；;！？在]{0,12})在[^，,。；;！？]{0,30}$")
_VENUE_SITE = re.compile(r"(?:[（(][^（）()，,。]{0,20}[）)])?(?:建设|施工)?(?:现场|工地)(?:[（(][^（）()，,。]{0,20}[）)])?(?:隆重|盛大)?(?:举行|举办|召开)")
_EVENT_STAGE_KINDS = (("signed", r"签约|签订"), ("started", r"开工|动工|开复工|开竣工|开[（(]竣[）)]工"), ("resumed", r"复工|开复工"),
                      ("completed", r"竣工|开竣工|开[（(]竣[）)]工"), ("in_production", r"投产"))


# a guest's title told right after what reads as a name, in its own clause (中国工程|院院士, 甲研究院|高级人才培训中心主任乙),
# in a sentence that closes on the guests witnessing or attending an event (…等见证签约仪式, 出席开工仪式): the
# name is where the guest comes from (but 甲项目作为代表参加签约活动，管委会主任乙… tells the project)
_AFFILIATION = re.compile(r"[^，,、。；;！？\n]{0,24}?(?:院士|研究员|主任|行长|会长|书记|县长|市长|区长|州长|董事长|总经理|总裁|局长|处长|厅长|秘书长)")
_WITNESSED = re.compile(r"(?:见证|出席|参加|莅临|观摩)了?[^。；;！？，,\n]{0,16}(?:仪式|活动|大会)[^，,；;]{0,12}(?:[。；;！？\n]|$)")


def _venue_of_stages(text: str, start: int, at: int, name: str) -> bool:
    """Whether a name is told only as the site an event of several stages was held at."""
    if not _VENUE_SITE.match(text, at + len(name)):
        return False
    venue = _VENUE_EVENT.search(text, start, at)
    if venue is None:
        return False
    return len(_event_stage_kinds(venue.group("event"))) >= 2


def _event_stage_kinds(event: str) -> set[str]:
    """The stages an event's words tell (集中签约开工: signed and started; 竣工投产 is one project's end, one)."""
    kinds = {kind for kind, words in _EVENT_STAGE_KINDS if _rx.search(words, event)}
    if "completed" in kinds:
        kinds.discard("in_production")
    return kinds


# a ceremony's venue: 开工仪式在|甲经开区|举行
_VENUE_BEFORE = re.compile(r"(?:仪式|活动|大会|会议|动员会)(?:现场)?在$")
_VENUE_AFTER = re.compile(r"(?:隆重|盛大)?(?:举行|举办|召开)")


@lru_cache(maxsize=256)
def _places_named(body: str) -> tuple[str, ...]:
    """The divisions a clause names outside its organisations' names (speed: cached, for a
    sentence's groups and items ask again of one clause, each with its own name)."""
    bare = _ORG.sub(_blank_org, body) if _ORG_WORDS.search(body) else body
    return tuple(place for at, place in gazetteer().mentions(bare) if "至" not in bare or not _route_end(bare, at, place))


# what a route is, after the place it runs to (容县高速公路, 北海高速公路（凤山段）)
_ROUTE_WORK = re.compile(r"(?:[（(][^（）()]{1,8}[）)])?(?:高速|公路|铁路|高铁|城际|国道|省道|快速路|通道|航道|输电|管道|管线)")


def _route_end(body: str, at: int, place: str) -> bool:
    """Whether a place is an end of a route the clause names (苍梧至容县高速公路, 甲县至乙县公路):
    the route runs there, the project is not in it."""
    end = at + len(place)
    if body.startswith("至", end):
        return _ROUTE_WORK.search(body, end + 1, end + 14) is not None  # (the first end)
    return body[at - 1 : at] == "至" and _ROUTE_WORK.match(body, end) is not None


def _blank_org(match: re.Match) -> str:
    """An organisation's name blanked out, from where its name begins: the words _ORG's run took
    in before it stay (历城区政府与|乙投资有限公司, 肇东市引进|丙集团: the county that signs or brings
    in a firm is a place told)."""
    keep = _org_start(match.group())
    return match.group()[:keep] + "　" * (len(match.group()) - keep)


# an industrial park a project's name begins with, before a name of its own (a company's
# project): 格尔木工业园宏储源100MW光伏储能. A development zone stays (楚雄高新区海棠湖文旅小镇项目)
# a 兵团 regiment at the head of a name, with its division (一师|二团, 第八师|一四二团, 六十三团): a town-level place
_REGIMENT_LEAD = re.compile(r"(?:第?(?:[一二三四五六七八九十]{1,3}|\d{1,2})师)?(?:[一二三四五六七八九十百零〇]{1,4}|\d{1,3})团(?!结|队|体|购|委|员|长|组|伙|聚|拜|圆|建|场)(?=[\u4e00-\u9fffA-Za-z0-9]{4})")
# a park at the head of a name, told with 内 (甲环保涂料产业园内|年产5万吨新型涂覆材料项目): where the works are
_PARK_INSIDE = re.compile(r"(?P<park>[\u4e00-\u9fff]{2,12}?(?:产业园区|工业园区|产业园|工业园|科技园|物流园|园区|开发区|高新区|经开区|工业区|集中区|集聚区))内(?!蒙古)(?=[\u4e00-\u9fffA-Za-z0-9]{4})")
_PARK_LEAD = re.compile(r"^[\u4e00-\u9fff]{2,8}?(?:工业园区|工业园|工业集中区|集聚区)(?=[\u4e00-\u9fffA-Za-z0-9]{6})(?!.{0,6}(?:产业园|园区|片区|标准厂房|基础设施|孵化|道路|管网))")


# the words that settle a project told just before them in a place: 甲项目|落户|乙高新区, 丙产业园（一期）|位于|丁集聚区
_SETTLED = re.compile(r"(?:[（(][^（）()，,。]{1,10}[）)])?(?:正式|成功|顺利|已|将|拟)?(?:签约)?(?:落户|落地|位于|入驻|坐落于|选址)(?:在|于)?")


def _park_settled_in(body: str, name: str | None) -> str | None:
    """The park a name's own clause settles it in (甲项目落户乙高新区, 丙项目位于丁产业集聚区): where it is,
    whatever park the sentence told before it (与戊高新区共建…，甲项目落户乙工业园区) or place its name opens
    with (南京甲产业园项目落户江宁高新区). A place that is no park is left to the reading of places."""
    at = body.find(name) if name else -1
    settled = _SETTLED.match(body, at + len(name)) if at >= 0 else None
    if settled is None:
        return None
    clause = _rx.split(r"[，,。；;：:]", body[settled.end() :], maxsplit=1)[0]
    park = _location(clause)
    return park if park and clause.startswith(park) and _PARK.fullmatch(park) else None


# a clause of its own that says where what follows is: 在长兴，|总投资200亿元的甲项目也已动工
_PLACE_OPENING = re.compile(r"\s*在(?P<place>[\u4e00-\u9fff]{2,10})[，,]")
_PLACE_OPENING_BEFORE = re.compile(r"(?:^|[。；;，,！？\s])在(?P<place>[\u4e00-\u9fff]{2,10})[，,]\s*$")


def _place_opening(text: str, start: int, at: int, region: Region | None) -> str | None:
    """The place a clause of its own tells as a project's clause opens, or right before it (在嘉兴，甲项目…；在长兴，
    总投资200亿元的乙项目也已动工): where that clause's project is, though the sentence tells other places for
    others. Not words of a time, an event or a kind (在此基础上，, 在签约仪式上，, 在新能源领域，)."""
    opening = _PLACE_OPENING.match(text, at) or _PLACE_OPENING_BEFORE.search(text, max(start, at - 14), at)
    if opening is None:
        return None
    place = opening.group("place")
    if _PARK.fullmatch(place) and not _GENERIC_PARK.fullmatch(place) and not _PARK_CLASS.fullmatch(place):
        return place  # 在天津港保税区，甲项目…
    lead = _place_lead(place + "甲乙")
    if lead != len(place) or _province_only(place):
        return None
    return place if _suffixed(place) or _named_place(place, text, region) else None


def _park_before(body: str, name: str | None) -> str | None:
    """The park that stands just before a name (德令哈工业园青海西部镁业…): where it is."""
    at = body.find(name) if name else -1
    match = _rx.search(_PARK.pattern + "$", body[max(0, at - 24) : at]) if at > 0 else None
    return _park_words(match.group()) if match else None


def _park_words(park: str) -> str:
    """A park's name without the words a clause told before it (集中开工仪式在|甲县工业园区)."""
    cut = _last_place_cut(park)
    return park[cut.end() :] if cut is not None and len(park) - cut.end() >= 3 else park


def _last_place_cut(words: str) -> re.Match[str] | None:
    """The last word in ``words`` that no place's or park's name holds (在, 开工, 项目): the
    name begins after it."""
    cut = None
    for cut in _PLACE_CUT.finditer(words):
        pass
    return cut


def _leading_park(name: str | None) -> str | None:
    """The park a name begins with (湘潭经开区储能电池项目 is in 湘潭经开区)."""
    match = _PARK.match(name or "")
    if (zone := _CITY_ZONE.match(name or "")) and _place_lead(zone.group()) and (not match or zone.end() < match.end()):
        match = zone  # (长春国际汽车城|甲乙产业园项目: the zone, not the park it holds; named so only after the place it is in)
    if match and _GENERIC_PARK.fullmatch(match.group()):
        return None  # 产业园区基础工程建设项目: a park of no name is part of the project's
    if match and _park_is_the_project(match.group(), name):
        return None  # 甲乙物流园建设项目: the park is what is built, no place it is in
    return match.group() if match and len(name) - match.end() >= 4 else None


# a zone a city builds, named as a town of a trade (长春|国际汽车城, 文昌|国际航天城, 三亚|崖州湾科技城), at the head of a
# name after the place it is in: it says where the works it names are, as a park does (长春国际汽车城|创意汽车研发产业园项目)
# (told by 国际 after the place: 甲乙湾科技城 may be the project itself, or a zone whose own works keep it)
_CITY_ZONE = re.compile(r"[\u4e00-\u9fff]{2,4}?国际(?:汽车|航天|航空|科技|科学)城")


# a park told by a kind of its own alone, that a list item's name opens with (工业园区|基础设施建设项目, 教育园区|
# 基础设施项目, 出口加工区|北向交通改造): no place of a name (but 经开区|公立学校建设项目, 经济开发区|工业厂房: the
# county's zone, which labellers keep as where)
_KIND_PARK = re.compile(r"(?:产业|工业|教育|物流|科技)?园区|(?:出口)?加工区|工业区")


# a park told by its kind alone, no park of a name (产业园区, 工业园, 经济开发区)
_GENERIC_PARK = re.compile(r"(?:产业|工业|经济|科技|物流|高新)?(?:园区|新区|产业园|工业园|开发区|集聚区|集中区)|(?:出口)?加工区|工业区")


# what a place or park owns and is named by, as the last word of a name: its institutions,
# public works and routes (甘肃省体育馆, 南充至成都高速公路, 宜宾市长江生态综合治理项目); a firm's
# plant, a product's base, a themed town or a development at a site (甲物流基地, 乙产业园, 丙文旅小镇,
# 孤峰山红色文旅综合开发项目) is only there
_OWN_WORKS = re.compile(
    r"(?:人民医院|医院|卫生院|疾控中心|学校|学院|大学|中学|小学|幼儿园|职教园区|校区|体育馆|体育场|体育中心|图书馆|博物馆|文化馆|档案馆|科技馆|美术馆|纪念馆|"
    r"会展中心|展览馆|公园|广场|水库|水厂|水利|灌区|供水|排水|污水处理厂|污水处理|管网|水系|河道|治理|整治|修复|湿地|绿道|道路|大道|街|路网|公路|国道|省道|高速|"
    r"铁路|高铁|大桥|桥|隧道|轨道交通|地铁|有轨电车|互通|机场|港区?|码头|客运站|车站|枢纽|城镇化|棚户区改造|改造|安置房|安置区|保障性住房|新区|新城|片区|基础设施|市政|政务中心|党校|"
    r"养老院|福利院|殡仪馆|垃圾处理|环卫|停车场|供热|供气|燃气|电网|变电站|防洪|堤防?|海绵城市|城市更新|古城|老街|孵化器|孵化园|孵化中心|"
    r"配套|标准厂房|创新中心|服务中心|实验室|研究院|避难场所?|避难所|应急中心|水源地?|调蓄池|消防站|救援中心|[\d一二三四五六七八九十]+号线|"
    r"^[一二三四五六七八九十]{1,3}[中小](?:迁建|改建|扩建|改扩建)?)[“”]?$"  # (甲市十中, 乙县四小: the place's schools by their numbers)
)


# a place's public institution or works named anywhere in a name (上虞人民医院科技综合楼, 民勤县红崖山
# 水库加高扩建工程), unless the name ends as a firm's plant (黄山高普速铁路综合物流基地项目)
_PUBLIC_WORDS = re.compile(r"人民|医院|保健院|卫生|公安|法院|检察院|大学|学院|学校|中学|小学|幼儿园|教育|培训中心|科普|博物馆|图书馆|体育馆|水库|枢纽|机场|港区|新区|公路|铁路|大道|整治|治理|交通|基础设施|"
                           r"医疗|县城|城镇化|美丽乡村|人居环境|高标准农田|农田|市政|养老|敬老|福利院|社会福利|古坊|古镇|古村|古建筑|安置|"
                           # (a city's or county's own public works told by words of their kind: 甲市|生活垃圾焚烧发电项目,
                           # 乙县|医共体…项目, 丙市|多媒体馆及丁艺术馆建设项目, 戊市|己路南延长线)
                           r"垃圾焚烧|医共体|艺术馆|美术馆|文化馆|展览馆|延长线|延伸线")
# 垃圾焚烧 is the place's own only right after it or words any place's plant has (甲市|生活垃圾焚烧发电项目,
# 乙市|城区生活垃圾焚烧发电项目); a firm's short name between says whose plant it is, and the county before
# it only where (德清|旺能垃圾焚烧炉排炉技改工程项目, 甲县|光大垃圾焚烧发电项目)
_OWN_WASTE_BURNING = re.compile(r"(?:中心城区|城区|市区|城市|城乡|县域|全市|全县|生活|餐厨|农村)*垃圾焚烧")
# what a park builds for itself: 甲经开区孵化产业园项目, 乙产业园热电联产一期项目
_PARK_WORKS = re.compile(r"孵化|基础设施|标准厂房|热电联产|集中供|管网|道路|路网|创新中心|科创中心|服务中心|大门|污水|供水|供电|供热|变电站|水循环|铁路专用线|水环境|综合治理|环境整治")
# what a firm makes or trades, after a public word that is only its market (医疗器械, 铁路机车配件,
# 交通物流园): a firm's plant, not the place's own works
_MADE_GOODS = re.compile(r"生产|制造|加工|配件|用品|器械|设备|装备|材料|销售|物流园|产业园")
_PLANT_END = re.compile(r"(?:基地|产业园|工业园|厂|工厂|生产线|车间|生产|制造|加工)(?:项目|工程)?$")


def _stands_alone(rest: str, place: str, text: str) -> bool:
    """Whether the text names the firm or thing a name's rest begins with without the place
    before it (中联重科 told alone beside 马鞍山中联重科…): then the place only says where."""
    brand = rest[:4] if len(rest) >= 6 else rest[:3]
    # told alone: after no word, or after a word that ends where a name begins (的, 与, 引进…)
    # (but not after the place itself, whose last word may read as one: 政和|白茶…, 和 no conjunction)
    return any(at == 0 or not _rx.match(r"[\u4e00-\u9fff]", text[at - 1]) or _rx.match(_ALONE_AFTER, text[max(0, at - 2) : at])
               and not text.startswith(place, at - len(place))
               for at in _starts(brand, text))


def _starts(word: str, text: str) -> Iterator[int]:
    """Where ``_rx.finditer(re.escape(word), text)`` finds ``word``, found without a pattern
    (speed: a pattern for each word would crowd re's cache, see _compiled)."""
    if not word:
        yield from range(len(text) + 1)
        return
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + len(word))


_ALONE_AFTER = r"(?:.[的与和及是由在将对为把让被等从向同跟])|引进|引入|落户|签约|携手|联合|投资|建设|开工|支持|推动|推进|助力|加快"


@lru_cache(maxsize=4096)
def _head_divisions(head: str) -> tuple[Division, ...]:
    """The divisions a name's head may be: by its full name, its short name or with a suffix."""
    places = gazetteer()
    fulls = sorted({head, *places.short.get(head, ()), *(head + s for s in "省市县区")})
    return tuple(d for full in fulls for d in places.by_name.get(full, ()))


def _within(head: str, region: Region | None, depth: int) -> bool | None:
    """Whether a place shares the first ``depth`` digits of its code with the document's own
    region (2: its province, 4: its city); None where the document's region has no code."""
    if region is None or not region.code:
        return None
    return any(d.code[:depth] == region.code[:depth] for d in _head_divisions(head))


def _province_short(head: str) -> bool:
    """Whether a name's head is a province's short name (河南, 江苏), not a place told whole."""
    return not _suffixed(head) and any(d.code.endswith("0000") for d in _head_divisions(head))


def _suffixed(place: str) -> bool:
    """Whether a place is told by its full name, suffix and all (青田县, 湘西州), not by its
    short name: 中州 and 神州 are no 州s, and 苏州 is a city's short name."""
    return place.endswith(("省", "市", "县", "区")) or len(place) >= 3 and place.endswith(("州", "旗", "盟", "镇", "乡", "村"))


def _county_of(head: str, city: str) -> bool:
    """Whether ``head`` may be a county of the city ``city`` names (永定 of 龙岩)."""
    cities = {d.code[:4] for d in _head_divisions(city) if d.level == "city"}
    return any(d.level == "county" and d.code[:4] in cities for d in _head_divisions(head))


def _county_only(head: str) -> bool:
    """Whether a place is a county (or a district, or a city of county level: 邵东) and no city or province as well."""
    found = _head_divisions(head)
    return any(d.level == "county" for d in found) and not any(d.level in ("city", "province") for d in found)


def _province_only(head: str) -> bool:
    """Whether a place is a province and no city as well (湖北, not 吉林 the city too); a county
    of the same short name is read as the province (河南, not 河南蒙古族自治县)."""
    found = _head_divisions(head)
    return any(d.level == "province" for d in found) and not any(d.level == "city" for d in found)


def _named_place(head: str, text: str, region: Region | None = None) -> bool:
    """Whether a name's head is a place: a division's full name, a province's or city's
    short name (马鞍山, 青海), or a county's short name the text names with its suffix
    elsewhere (尤溪县) or that lies in the document's own city (东台 in a 盐城 item). 东方电气
    and 长安汽车 begin with counties' short names, no place."""
    if _suffixed(head) or _city_short(head):
        return True
    places = gazetteer()
    if region is not None and region.level in ("city", "county", "town") and _within(head, region, 4):
        return True
    if region is not None and head not in _REGION_ALIASES and _within(head, region, 2):
        return True  # (连城 in an item of 福建省, 平潭 in one of 龙岩市)
    # told with its suffix elsewhere, as a division of that name (龙江省 inside 黑龙江省 is none)
    return any(head + s in text for s in ("省", "市", "县", "区", "自治")) and any(m.group(1) == "自治" or head + m.group(1) in places.by_name for m in _compiled(re.escape(head) + "(省|市|县|区|自治)").finditer(text))


# names a region goes by besides its divisions' (龙江 for 黑龙江, 中原 for 河南): where one is
# a county's short name too (龙江县, 中原区), it is no sign of the county in a name (龙江学子创业园)
_REGION_ALIASES = frozenset(
    "龙江 中原 三秦 齐鲁 荆楚 八闽 燕赵 巴蜀 江淮 三晋 陇原 天府 八桂 关东 塞北 江南 岭南 湖湘 吴越 黔中 滇中 关中 辽南 胶东 苏北 苏南 皖北 皖南 赣南 闽南 粤西 粤东 桂北 豫北 冀中".split()
)

# the words of a name that say what kind of thing it is, not which one
_KIND_WORDS = re.compile(
    r"[\d.]+|[A-Za-z]+|年产|年加工|年处理|万|千|百|吨|套|件|台|只|平方米|立方米|千瓦|兆瓦|[一二三四五六七八九十]期|项目|工程|建设|新建|扩建|改扩建|技改|改造|升级|"
    r"生产|研发|制造|加工|综合|利用|中心|基地|产业|园|区|配套|设施|及|和|与|等|、|新型|高端|智能|绿色|高效|先进|精深|深|智慧|数字|现代|"
    r"开发|运营|招商|服务|转型|集群|总部|区域|商贸|物流|仓储|电站|电厂|发电|风电|光伏|储能|抽水|蓄能|水电|火电|热电|联产|一体化|厂|线|（|）|\(|\)"
)


def _names_itself(rest: str) -> bool:
    """Whether a name holds a word of its own besides words of its kind and industry:
    世邦智能制造项目 does (世邦), 抽水蓄能电站 and 乙烯炼化一体化项目 do not."""
    pattern, _codes = _keyword_pattern()
    left = _KIND_WORDS.sub("", pattern.sub("", rest))
    return len(left) >= 2


def _brand_leads(rest: str) -> bool:
    """Whether a name opens with a word of its own (中联重科智能装备…, 月河抽水蓄能电站), not
    with a word of its kind (智慧灯杆项目, 国际电影城, 旅游新镇): then the place before it
    only says where the one so named is."""
    pattern, _codes = _keyword_pattern()
    kind = _KIND_WORDS.match(rest)
    if kind and kind.group() in ("百", "千", "万", "和", "与", "及", "等"):
        kind = None  # (惠安|和邦网络…, 连城|百氏耘谷…: a character that opens a brand, no word of a kind)
    return not (kind or pattern.match(rest) or _GENERIC_LEAD.match(rest)) and _names_itself(rest)


# words that open a name of a kind, not of its own (国际电影城, 超级计算公共平台, 经济开发区)
_GENERIC_LEAD = re.compile(r"国际|國際|国家|國家|超级|经济|經濟|全球|全国|中国|中國|城市|文化|公共|大型|重大|重点|首座|首个|一批")


@lru_cache(maxsize=1)
def _place_firms() -> tuple[str, ...]:
    """Firms known by a place's short name and a word of their own (data/place_firms.txt)."""
    lines = resources.files("govreport").joinpath("data/place_firms.txt").read_text("utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))


# a town and a village in it at the head of a name (梓门桥镇, 六广镇广城村); 古镇 and 小镇 are names
# (凤家古镇, 智造小镇), and so are 乡村 and 农村
_TOWN_LEAD = re.compile(r"[\u4e00-\u9fff]{2,3}?(?<![古小城乡])(?:镇|乡)(?![村镇土愁贤亲])(?:[\u4e00-\u9fff]{2,3}?(?<![农乡新])村(?![级民庄落镇委]))?")
# (a village alone keeps its name: what it builds is its own, 甲村光伏产业振兴三期项目)


# the two characters a town's short name may be at the head of a name: no word of a kind or an industry
# (特色, 智慧, 新型), no number (the town told whole elsewhere in the text, 金井镇, is what makes it a town)
_TOWN_QUARTER = re.compile(r"(?:城|新区|片区|小镇|社区)(?:建设)?(?:项目|工程)?$")
_TOWN_SHORT = re.compile(r"(?!特色|智慧|智能|新型|现代|生态|数字|绿色|高端|国际|中心|城市|文化|旅游|乡村|农业|工业)[\u4e00-\u9fff]{2}(?![镇乡])")


def _short_place_says_where(place: str, rest: str, text: str, region: Region | None) -> bool:
    """Whether a place told by its short name (马鞍山, 平潭) before the rest of a name only says
    where the project is: the text tells the rest without it, or the rest opens with a word of
    its own (平潭|大练海上风电项目; but 青海|嘉诺钾资源… keeps the province, the firm's name, ruling 8) or
    with a capacity (田阳|年产1000万吨骨料项目). A
    rest all of words of a kind keeps the place: the thing has no name without it (武威热电联产,
    邯郸数字经济产业园, 新疆国家林木种植资源保存库)."""
    if (park := _CITY_TRADE_PARK.fullmatch(rest)) and not _names_itself(park.group("trade")) and not _county_only(place) and not _province_only(place):
        # 南京|机器人产业园项目, 沈阳|非金属新材料产业园: a park named by its trade alone after a city's short name is the
        # city's park, known by the city (as 邯郸数字经济产业园), though the text tells it again without the city (其中
        # 机器人产业园…): no brand the text names alone (but a county's, 平南|纺织服装产业园, is where it is: below)
        return False
    if _stands_alone(rest, place, text):
        return True
    if _within(place, region, 2) is False:
        return False
    if not _province_short(place) and not _province_only(place) and _LOCAL_PRODUCE.match(rest):
        return False  # 政和|白茶标准化产业园, 宁都|黄鸡深加工: a farm product known by the county it comes from is named with it
    if (park := _TRADE_PARK.fullmatch(rest)) and not _names_itself(park.group("trade")) and _county_only(place):
        # 平南|纺织服装产业园, 邵东|印刷产业园: a park named by its trade alone after a county is the county's park, the
        # county says where (ruling 1: a county before a park that is the project is its location); a city's
        # (邯郸数字经济产业园) is known by the city
        return True
    if _province_only(place) and _ZONE_END.search(rest):
        return False  # 广西|1828大健康产业园项目(一期), 广西|甲乙国际旅游度假区: a park that is itself the project keeps its name (ruling 1)
    if _province_short(place) and _brand_leads(rest) and not _SITE_WORKS.search(rest) and not _KIND_OPENING.match(rest):
        # 四川|琦丰竹基材料…项目, 福建|三达无纺布生产项目: a province's short name before a brand opens a firm's
        # name, no place the project is in (it often lies in another province); but works named by their
        # site (甘肃|黄龙抽水蓄能电站项目) open with a place's name, no brand
        return False
    if (_GOODS_MADE.search(rest) or not _province_only(place) and _made_goods_only(rest)) and not _ZONE_END.search(rest) and not _owned(rest):
        # 宁远|新型建材制造项目, 通渭|中药饮片生产线, 台州|无人机产业项目: a plant that makes goods is some firm's, no
        # place's own works (but a province's short name before a trade may be a firm's: 湖南航空)
        return True
    if _GOODS_MOVED.search(rest) and not _owned(rest):
        # 张掖|多式联运铁路物流园, 武邑|智慧物流港联运基地, 乌鲁木齐|国际纺织品服装商贸中心项目: a business that stores,
        # moves or trades goods is some firm's, as a plant is, no place's own works: the place says where
        return True
    return _brand_leads(rest) or _CAPACITY_LEAD.match(rest) is not None


# a farm product known by the place it comes from, told right after the place's short name (政和白茶, 宁都黄鸡,
# 白水苹果, 赣南脐橙): the place is a word of the product's name, not only where it is made
_LOCAL_PRODUCE = re.compile(r"(?:白茶|红茶|绿茶|黑茶|毛尖|岩茶|黄鸡|土鸡|麻鸭|黑猪|黄牛|肉牛|牦牛|滩羊|苹果|脐橙|蜜柚|猕猴桃|雪梨|香梨|红枣|核桃|板栗|"
                            r"人参|枸杞|山药|大米|香米|小米|花椒|辣椒|生姜|大蒜|茶油|油茶|莲子|香菇|木耳|百香果|沃柑|荔枝|龙眼|芒果|葡萄|小龙虾|大闸蟹)")
# works named by the site they are built at (黄龙抽水蓄能电站, 甲水电站, 乙风电场, 丙水库): the word before is a place's
_SITE_WORKS = re.compile(r"(?:抽水蓄能电站|水电站|风电场|光伏电站|水库|水利枢纽|航电枢纽|机场|港区|码头)(?:项目|工程)?(?:[（(]?[一二三四五六七八九十]期(?:工程)?[）)]?)?(?:项目|工程)?$")
# words that open a name by what kind of thing it is, no brand (青海|珍稀食用菌工厂化栽培项目, 湖南|新能源装备…项目,
# 甲|优质…, 乙|特色…): the province before them says where (国际, 国家, 文化…: _GENERIC_LEAD, which _brand_leads reads)
_KIND_OPENING = re.compile(r"珍稀|优质|特色|名优|高原|有机|绿色|生态(?!园)|天然|野生|道地|新能源|新材料|新型|新一代|新兴|高新|高端|先进|现代|"
                           r"智能|智慧|数字|循环|节能|低碳|零碳|清洁|可再生|精细|精密|综合|区域|跨境|农产品|农业|工业|旅游|文旅|康养|健康|医疗|生物|化工")


# what a business that stores, moves or trades goods is told by (物流园, 联运基地, 冷链仓储, 快件中心, 商贸中心)
_GOODS_MOVED = re.compile(r"物流|联运|仓储|快件|商贸中心|商贸城")


# what a plant that makes goods is told by, its product before it (新型建材制造, 中药饮片生产线, 硅砂新材料项目):
# made by a firm, never a place's own works, though no brand is written
_GOODS_MADE = re.compile(r"制造|生产线?|加工(?!区)|新材料")


def _made_goods_only(rest: str) -> bool:
    """Whether every industry a name's words tell is a manufacture (眉山|新能源8GW高效异质结电池片项目: C38)."""
    found = _industries(rest)
    return bool(found) and all(code.startswith("C") for code in found)


# a park named by a trade alone (纺织服装产业园, 精密零部件产业园（北区）项目, 食品产业园建设项目)
_TRADE_PARK = re.compile(r"(?P<trade>[\u4e00-\u9fff]{2,10}?)(?:产业园|工业园|产业基地)(?:[（(][东南西北中一二三四五六七八九十]{1,2}(?:区|期)[）)])?(?:建设)?(?:项目|工程)?")


# a park named by a trade alone, told as a park (机器人产业园项目, 非金属新材料产业园): not a base (产业基地), which a firm may build
_CITY_TRADE_PARK = re.compile(r"(?P<trade>[\u4e00-\u9fff]{2,10}?)(?:产业园区|工业园区|产业园|工业园)(?:建设)?(?:项目|工程)?")


# what may follow a park that is itself the project: 项目（一期）, 二期工程
_PHASE_ONLY = re.compile(r"(?:建设)?(?:项目|工程)?[（(]?(?:首期|[一二三四五六七八九十]期)(?:工程|项目)?[）)]?(?:项目|工程)?")

# what is done, and nothing it is done to, after a park named by its trade (甲茶业产业园|综合一体化项目, 乙电子产业园|
# 研发生产建设项目): the rest names nothing without the park, which is the project (ruling 1: a park that is itself the project)
_DOINGS_ONLY = re.compile(r"(?:研发|生产|制造|加工|建设|新建|扩建|改扩建|续建|技改|改造|升级|转型|提升|提质|综合|一体化|配套|整体|运营)+"
                          r"(?:项目|工程)?(?:[（(]?(?:首期|[一二三四五六七八九十]期)(?:工程|项目)?[）)]?)?")

# the words a park or a zone that is itself the project ends in, before its phase (产业园, 旅游度假区)
_ZONE_END = re.compile(r"(?:产业园|工业园|园区|度假区|旅游区|景区|新城|小镇|科技城)(?:项目)?(?:[（(]?[一二三四五六七八九十]期(?:工程)?[）)]?)?(?:项目)?$")


_CAPACITY_LEAD = re.compile(r"年(?:产|加工|处理|出栏|存栏|屠宰|吞吐)|(?:存栏|出栏)?[\d.]+万?(?:吨|头|只|羽|套|台|辆|千瓦|兆瓦|MW|GW)")


# what a clause says of a project, run on into its name: …项目同日竣工, …签署协议拟20亿元投建…
_RUN_ON = re.compile(r"(?:(?<=项目|工程)(?:同日|同时|当日|顺利|正式|全面|已经|已)?(?:竣工|投产|开工|签约|落户|落地)|正(?:在)?(?:积极)?洽谈|[（(]不含[^（）()]{1,12}[）)])[^，。；]*$")
# words after a name's 项目 that name no works of their own (nor its phase, 项目一期, nor another works joined by 及): what it
# makes or is made of, listed after it (甲产业园项目|乙全粉、丙生产线已投产), or a class it is one of (丁项目|等世界500强)
_WORDS_AFTER_PROJECT = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z0-9）)]{4})项目(?P<words>(?![一二三四五六七八九十\d]+期|首期|PPP|[及和与暨])[^，。；、（）()]+)$")
_NO_NAME = re.compile(r"签署|协议|[\d.]+(?:亿|万)元|^等")
# a clause's words read as a name: an adverb or verb that opens a clause (尽快将生产线, 作为陆港区,
# 确定项目落户, 跑出项目建设的速度), a venue (推进会齐河会场项目), a style (建设花园式工厂)
# (毗邻5A级乙遗址公园, 全线采用六车道高速公路: what a project is next to or built to, see _BESIDE_LEAD)
_CLAUSE_WORDS = re.compile(r"^(?:尽快|作为|确定|跑出|争取|力争|全力|加快|推动|推进|抓紧|积极|努力|确保|实现|完成|以便|为了|通过|由|对于|毗邻|紧邻|(?:全线)?采用)|会场|(?:帮助|支持|推动|带动|关心|指导)下|[头一]号(?:工程|项目)$|(?:活动|仪式|大会|会议|典礼)在|会暨|含量$|^[\u4e00-\u9fff]{2}式(?:工厂|厂房|园区)$")
# a person told by the post they hold (投资促进局局长赵平, 重大项目处调研员谭桂兰): an attendee, no project
_PERSON = re.compile(r"(?:局长|处长|科长|厅长|部长|院长|所长|主任|调研员|巡视员|秘书长|董事长|总经理|总裁|经理|书记|主席|常委)[\u4e00-\u9fff]{2,3}$")
# a date a name runs on into, its stage told after it: 甲航电枢纽|12月底提前开工
_DATE_AFTER = re.compile(r"(?<=[\u4e00-\u9fff）)A-Za-z])(?:(?:19|20)\d{2}年)?\d{1,2}月份?(?:\d{1,2}日)?(?:底|初|末|中旬|上旬|下旬)?$")
_PLACE_AFTER = re.compile(r"[（(](?P<place>[\u4e00-\u9fff]{2,8})[）)]$")
# a part of a park or works named by its side, told in brackets after it (甲产业园（南区）, 乙园（北区）): no place
_PART_BY_SIDE = re.compile(r"(?:东|南|西|北|中|东南|西南|东北|西北)(?:区|片|片区|园区?)")
# a foreign land told at the head of a name, before its firm's brand (美国甲乙（Costco）杭州商超项目, 德国丙丁亚太区总部);
# but a town or park themed on the land, or its own (德国风情小镇, 日本产业园), keeps it, and so does a firm's
# registered name it opens, as a province's short name does by ruling 8 (新加坡甲乙贸易|镁建材)
_FOREIGN_HEAD = re.compile(r"^(?:美国|法国|日本|德国|韩国|英国|意大利|新加坡|瑞士|荷兰|丹麦|瑞典|芬兰|挪威|以色列|奥地利|比利时|西班牙|澳大利亚|加拿大|泰国)(?=[\u4e00-\u9fffA-Za-z])")
_THEMED_AFTER_LAND = re.compile(r"(?:风情|特色|文化|主题|小镇|产业园|工业园|科技园|园区|城|街|馆|中心|商会|企业|项目|工程)")


# a slogan in quotes that counts the aims of a plan, a number before each (“两城三基地”, “两都五基地”,
# “一城两新区”), told as what a place builds or lays out (建设, 产业布局): the plan's words, no project's
# name (but “三馆一中心”项目 and “三馆一中心”建设项目 name works; “一带一路”临港产业园 runs on past its quote)
_COUNTED_SLOGAN = re.compile(r"(?:[一二两三四五六七八九十百千万\d]+[\u4e00-\u9fff]{1,3}?){2,4}")
_SLOGANS_AIM = re.compile(r"(?:建设|产业|发展|战略|布局|目标|定位|格局|体系)(?!项目|工程|[\u4e00-\u9fff]{0,2}(?:项目|工程))")


# a plant's buildings and site works told by their kind alone, with no name of their own: 成品仓库,
# 动力机房, 2000平方米厂房和研发中心, 检测中心和研发中心, 道路硬化, 冷却塔安装, 车间外墙装饰 (but 甲公司研发中心,
# 乙疫苗生产车间 and 丙县人民医院综合楼 have a name: a brand's, a product's, a place's)
_PART_WORDS = r"(?:生产|成品|原料|原材料|动力|超净|洁净|无尘|重型|联合|辅助|配套|附属|产品|技术|检测|研发|办公|生活|职工|员工|综合|标准化?|钢结构|主体?|新|(?:[\d.]+万?平方米|[\d一二两三四五六七八九十]+(?:栋|座|幢|个|号))的?)"
_PART_KINDS = r"(?:车间|厂房|仓库|库房|机房|锅炉房|办公楼|宿舍楼|公寓楼|综合楼|研发楼|实验楼|食堂|餐厅|大楼|研发中心|检测中心|实验室)"
_PLANT_PART = re.compile(r"(?:建设)?" + _PART_WORDS + r"*" + _PART_KINDS + r"+(?:(?:和|及|与)" + _PART_WORDS + r"*" + _PART_KINDS + r"+)*|"
                         r"(?:道路|厂区|园区|场区|场地|路面|地面|车间|外墙|内外墙|外立面|冷却塔|设备|管网|室外|围墙)+(?:硬化|绿化|亮化|美化|安装|装饰|装修|调试|平整|铺设)")


# what a plant brings in or buys, told right before a line (该项目将引进全球领先的甲技术和乙包装生产线, 计划引进
# 高端进口丙生产线10条): the project's equipment (but not 引进甲项目, 引进乙公司: what a place brings in)
_BOUGHT_BEFORE = re.compile(r"(?:引进|引入|购置|购进|购买)(?:[^，。；,;！？项公]){0,30}$")


def _without_plant_parts(text: str, matches: list[Match]) -> list[Match]:
    """A plant's building or site works told by its kind alone (成品仓库, 2000平方米厂房和研发中心,
    道路硬化), or a line it brings in or buys (该项目将引进甲包装生产线), with no amount or figure of
    its own and no batch it is counted in, after a project the same paragraph told: a part of that
    project, no project of its own (甲项目一期超净车间、动力机房、成品仓库已完工; 该项目总投资6000万元。
    目前已经建成2000平方米厂房和研发中心)."""
    out: list[Match] = []
    for match in matches:
        fields = match.fields
        told = fields.get("name") or (fields["investors"][0]["name"] if not fields.get("name") and len(fields.get("investors") or []) == 1 else None)
        whole = next((m for m in reversed(out) if not m.fields.get("batch")), None)
        bought = bool(told) and told.endswith("生产线") and (at := text.find(told, match.evidence_start, match.evidence_end)) >= 0 \
            and (buys := _BOUGHT_BEFORE.search(text, match.evidence_start, at)) is not None \
            and _rx.search(r"项目|基地|工厂|^[，,]?该", text[max(text.rfind(mark, 0, buys.start()) for mark in "。！？\n") + 1 : buys.start()]) is not None
        # (the project itself buys them, told in the sentence: 该项目将引进, 甲基地…，计划引进; but 某市引进了甲、乙生产线等项目 are projects a place brings in)
        if not fields.get("batch") and told and (_PLANT_PART.fullmatch(told) or bought) and fields.get("amount") is None and fields.get("in_batch") is None \
                and not any(fields.get(key) for key in ("annual_output", "annual_tax", "jobs")) \
                and whole is not None and whole.evidence_start <= match.evidence_start and "\n" not in text[whole.evidence_start : match.evidence_start]:
            continue
        out.append(match)
    return out


# a count of two or more before the words it counts (275个计划完工项目, 百项重点关注项目): a class of projects
_COUNT_BEFORE_KIND = re.compile(r"(?<![\d.])(?:[2-9]\d*|1\d+|[二三四五六七八九十百千两][一二三四五六七八九十百千]*|一[十百千][一二三四五六七八九十百千]*)(?:余|多)?[个项]"
                             r"(?:计划|重点|重大|省级|市级|县级|区级|新开工|续建|在建|新建)*$")


def _counted_kind(text: str, match: Match) -> bool:
    """A project named by the words a count stands before (275个计划完工项目完成投资175.8亿元, 百项重点
    关注项目共完成投资1246亿元): the class of projects the sentence counts and its figure, no project."""
    name = match.fields.get("name")
    if not name or match.fields.get("batch"):
        return False
    hits = [match.evidence_start + h for h in _starts(name, text[match.evidence_start : match.evidence_end])]
    return bool(hits) and all(_COUNT_BEFORE_KIND.search(text, max(0, h - 12), h) for h in hits)


# a list closed by 等其他 or 及其他 and a kind's count (水网安澜等其他项目2个; 节能减排、污水处理及其他生态环保等
# 项目210个): the kinds of a count by kind, of which "the others" is the last, each no project
_OTHER_KINDS_AFTER = re.compile(r"(?:、[^，,；;。、：:]{1,16}?)*(?:等|及)(?:其他|其它)[\u4e00-\u9fff]{0,8}?(?:项目|工程)" + _COUNT_WORD)


def _other_kinds(text: str, match: Match) -> bool:
    """A project named by a kind in a count by kind whose last kind is "the others" (其中交通项目9个，…，
    水网安澜等其他项目2个): the kinds the count splits into, no project (but 甲、乙及其他配套工程, with no
    count, leaves 甲 and 乙 the works they are)."""
    name = match.fields.get("name")
    if not name or match.fields.get("batch") or match.fields.get("amount") is not None:
        return False
    hits = [match.evidence_start + h for h in _starts(name, text[match.evidence_start : match.evidence_end])]
    return bool(hits) and all(_OTHER_KINDS_AFTER.match(text, h + len(name)) for h in hits)


# a list closed by 等 and a kind of supporting works (也包含了医院、新居工程、邻里中心等公服配套项目; 更有城市更新、
# 民生保障等基础配套项目; 道路修建、水电管网等配套设施的铺设工程): the kinds of works a batch holds, each no project
_SUPPORT_KINDS_AFTER = re.compile(r"(?:、[^，,；;。、：:]{1,12}?)*等[\u4e00-\u9fff]{0,6}?配套(?:项目|工程|设施)")


def _support_kinds(text: str, match: Match) -> bool:
    """A project named by a short kind in a list closed by 等…配套项目 (医院、新居工程、邻里中心等公服配套项目):
    the kinds of supporting works told of a batch, no project (but 甲、乙及其他配套工程, with no 等, and a named
    project with its own sum, are left)."""
    name = match.fields.get("name")
    if not name or len(name) > 6 or match.fields.get("batch") or match.fields.get("amount") is not None:
        return False
    hits = [match.evidence_start + h for h in _starts(name, text[match.evidence_start : match.evidence_end])]
    return bool(hits) and all(_SUPPORT_KINDS_AFTER.match(text, h + len(name)) for h in hits)


# a word that leaves the projects it counts unnamed: 诸多项目, 一些项目, 部分国省干线项目 (but 甲区部分项目
# is a place's part of one; 某, which may stand for a name held back, 某环光伏四期, is not read here)
_INDEFINITE = re.compile(r"诸多|众多|若干|一些|部分(?=[\u4e00-\u9fff]{2,}(?:项目|工程)$)")


def _indefinite(match: Match) -> bool:
    """A project named by a word that names none (诸多项目陆续落地, 二季度安排这样一些项目, 部分国省干线
    项目): the projects a sentence talks of, or their sum, no project of its own."""
    name = match.fields.get("name")
    return bool(name) and not match.fields.get("batch") and (found := _INDEFINITE.search(name)) is not None and not _rx.search(r"\d", name[found.end() :])


# what may close a quote after a name that the quote is: its phase, a bracket, 项目 or a bare 建设 (“甲大厦建设”)
_QUOTED_NAME_TAIL = re.compile(r"(?:建设|项目|工程|[（(][^（）()]*[）)]|[一二三四五六七八九十]期)*")


def _head_of_a_quote(text: str, match: Match) -> bool:
    """Whether a name with no amount is the head of a quoted phrase that runs on past it with more than
    a name's tail, in a quote that is no one's words (no clause in it): a slogan, a campaign or an
    event's title (“工作项目化、项目清单化”, “三企入桂项目落实、行企助力转型升级”专项行动, “甲节项目签约
    仪式”在乙举行), of which the name is no project (but “甲、乙项目” lists them, and “丙大厦建设” is one)."""
    name, told = match.fields.get("name"), text[match.evidence_start : match.evidence_end]
    if not name or match.fields.get("batch") or match.fields.get("amount") is not None:
        return False
    heads = []
    for at in _starts(name, told):
        opened, closed = told.rfind("“", 0, at), told.rfind("”", 0, at)
        end = told.find("”", at + len(name))
        rest = told[at + len(name) : end] if opened > closed and end >= 0 and not _rx.search(r"[，。,；;！？]", told[opened:end]) else ""
        heads.append(bool(rest) and not _rx.match(r"[、，,和及与]", rest) and not _QUOTED_NAME_TAIL.fullmatch(rest))
    return bool(heads) and all(heads)  # (told once more outside such a quote, it is named there)


# an honour or a title given to a place, a firm or a park, told in quotes: after the verb that gives it
# (获批全市首个“甲乙合作发展促进中心参访基地”, 被评为“丙示范基地”), or before the words that call it one
# (一批“最美乡贤”、“优质乡贤项目”受到表彰; 打造“丁始发地”“戊智造基地”五张名片): a title, no project
_TITLE_GIVEN = re.compile(r"(?:获批|获评|评为|荣获|授予|认定为)[^，,。；;“”「」]{0,12}$")
_TITLE_CALLED = re.compile(r"(?:[、和与及]?[“「][^“”「」，,。；;]{1,30}[”」])*等?[^，,。；;“”「」]{0,6}?(?:受到表彰|获得表彰|获表彰|受表彰|称号|荣誉|名片)")


def _honour_title(text: str, match: Match) -> bool:
    """Whether a name with no amount lies inside a quoted honour or title (_TITLE_GIVEN, _TITLE_CALLED)."""
    name = match.fields.get("name")
    if not name or match.fields.get("batch") or match.fields.get("amount") is not None:
        return False
    lo = max(match.evidence_start, match.start - 30)
    opened = max(text.rfind("“", lo, match.start + 1), text.rfind("「", lo, match.start + 1))
    if opened < 0 or _rx.search(r"[”」，,。；;]", text[opened + 1 : match.start]):
        return False
    closed = min((at for at in (text.find("”", match.start, match.end + 30), text.find("」", match.start, match.end + 30)) if at >= 0), default=-1)
    if closed < 0 or closed > match.evidence_end or _rx.search(r"[“「，,。；;]", text[match.start + 1 : closed]):
        return False
    before = text[max(match.evidence_start, opened - 40) : opened]
    # (the quotes told one after another before it: 一批“甲”、“乙项目”…; “甲”“乙基地”…)
    before = _rx.sub(r"(?:[“「][^“”「」，,。；;]{1,30}[”」][、和与及]?)+$", "", before)
    return _TITLE_GIVEN.search(before) is not None or _TITLE_CALLED.match(text, closed + 1) is not None


# a project named only as what the one told goes with, not told for itself: 作为|甲项目|配套教育设施，学校将…;
# 为|乙项目|配套学校; 该项目与丙公司建设的|丁项目|同步全面建设 (but 与戊项目同步开工: it started too, told as such)
_COMPANION_BEFORE = re.compile(r"(?:(?:作为|为|是)[\u4e00-\u9fff]{0,2}|与[^，,。；;！？]{0,20})$")
_COMPANION_AFTER = re.compile(r"的?配套(?!项目|工程)|(?:同步|同时|一起|一并)(?![^，,。；;！？]{0,4}?(?:开工|动工|开建|签约|投产|竣工|建成|完工|落地|落户))")


def _told_as_companion(text: str, match: Match) -> bool:
    """Whether a name with no amount is told, every time the text names it, only as the works the
    project of its clause goes with (_COMPANION_BEFORE, _COMPANION_AFTER): context, no project told."""
    name = match.fields.get("name")
    if not name or match.fields.get("batch") or match.fields.get("amount") is not None:
        return False
    ats = list(_starts(name, text))
    if not ats:
        return False
    for at in ats:
        clause = max(text.rfind(mark, 0, at) for mark in "，,。；;！？\n") + 1
        before = _COMPANION_BEFORE.search(text, clause, at)
        if before is None or before.end() != at or not _COMPANION_AFTER.match(text, at + len(name)):
            return False
        if before.group().startswith("与") and not _rx.search(r"该项目|项目|工程|[园厂校院]", text[clause : before.start()]):
            return False  # (与甲公司签约的乙项目同时…: the firm signed with, not the works gone with)
    return True


def _told_nothing(match: Match) -> bool:
    """A project whose name turned out to be none (an attendee, a clause's words) and that has no
    amount, count, firm or figure of its own: nothing is left to tell of it."""
    fields = match.fields
    return not fields.get("name") and fields.get("count") is None and fields.get("amount") is None and not fields.get("investors") \
        and not any(fields.get(key) for key in ("annual_output", "annual_tax", "jobs"))


# a project's building site told after its name (甲项目现场, 乙工程建设现场, 丙基地施工现场)
_SITE_AFTER = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z0-9）)]{4})(?:(?<=项目|工程|基地|园区|工厂|厂房|中心)|(?<=产业园))(?:建设|施工)?现场$")


def _run_on_out_of_name(match: Match) -> None:
    """A name that runs on into what its clause tells ends where the project's name does
    (…项目同日竣工, 甲综合体（合肥）正积极洽谈, 甲整治工程项目（不含示范段）); one that holds a
    signing's words or an amount is none; a place told after it in brackets (甲项目（淮北）) says
    where it is."""
    name = match.fields.get("name")
    if not name:
        return
    name = _NOTE_MARK.sub("", _RUN_ON.sub("", name))  # (“两区一闸”②: a report's note mark)
    name = _SITE_AFTER.sub("", name)  # (到甲项目现场、乙项目现场调研: the site where the project is built, no part of its name)
    if (words := _WORDS_AFTER_PROJECT.search(name)) and not _ends_as_project(words.group("words")) and not _LINE_WORKS_END.search(words.group("words")) \
            and not words.group("words").endswith("部分"):  # (甲基地铝项目电解铝部分: the part of it the text tells of, named as such)
        name = name[: words.start("words")]  # 甲产业园项目|乙全粉 (what it makes, listed), 丙风电项目|等世界500强 (a class it is one of)
    date = _DATE_AFTER.search(name)
    if date and date.start() >= 4:
        name = name[: date.start()]
    name = _rx.sub(r"^[（(][\u4e00-\u9fff]{1,6}[）)](?=[\u4e00-\u9fffA-Za-z0-9]{4})", "", name)  # (（中国区）鞋业…: the firm's region)
    if (land := _FOREIGN_HEAD.match(name)) and len(rest := name[land.end() :]) >= 4 and not _generic(rest) and not _THEMED_AFTER_LAND.match(rest) \
            and not _rx.match(r"[\u4e00-\u9fff]{2,4}(?:贸易|实业|控股|国际|集团|投资)", rest) \
            and name not in [firm["name"] for firm in match.fields.get("investors") or []]:  # (法国甲乙动保 told as a firm: its own name)
        name = rest  # 法国|甲乙汽车零部件产业园, 日本|丙丁江苏总部: the land a foreign firm comes from, no word of the name nor where it is built
    after = _PLACE_AFTER.search(name)
    if after and _PART_BY_SIDE.fullmatch(after.group("place")):
        after = None  # 甲乙产业园（南区）, 丙丁园（北区）项目: the part of it built, named by its side, no place it is in
    if after and len(name) - len(after.group()) >= 4 and _place_lead(after.group("place") + "甲乙") == len(after.group("place")):
        name = name[: after.start()]
        match.fields["location"] = match.fields.get("location") or after.group("place")
        if match.fields["location"] != after.group("place") and not _county_of(after.group("place"), match.fields["location"]):
            match.fields["location"] = after.group("place")
    match.fields["name"] = None if _no_name(name) else name


# a place in brackets inside a name, after the firm or brand and before what it builds: 深圳创示（自贡）电子信息…,
# 海尔（西安）虚实网服务园, 中国航天科技集团（资阳（微博））高新技术产业园 (a note in brackets may follow the place)
_BRACKET_PLACE = re.compile(r"[（(](?P<place>[\u4e00-\u9fff]{2,8})(?:[（(][^（）()]{1,6}[）)])?[）)](?=[\u4e00-\u9fffA-Za-z0-9]{2})")


def _place_inside_name(match: Match, region: Region | None, default: str | None) -> None:
    """A city or county a name holds after a brand or firm's short name (荣盛台州年产…新材料项目,
    腾龙武汉数据中心, 中国三峡瓜州光热储能项目, 甘肃电投张掖电厂扩建工程) is where a project its text
    places nowhere else is, unless the item's own place lies inside it. Not a route's end (甲至乙高速),
    a firm's or a school's place (甲邹城有限公司, 中山大学), a province's short name (中国海南国际…中心: a
    province says no more, but 北京协和医院天津医院 is in a city), nor a place of another province."""
    name = match.fields.get("name")
    if not name or match.fields.get("location") or match.fields.get("batch"):
        return
    places = gazetteer()
    found = [(at, place) for at, place in places.mentions(name) if at > 0]
    for at in range(2, len(name) - 2):
        for k in (3, 2):
            head = name[at : at + k]
            if len(head) == k and head in places.short and _city_short(head) and not found:
                found.append((at, head))
    # a county's short name after a firm's, then the plant's size or kind of power (中国三峡|瓜州|70万千瓦光热储能,
    # 中电投|宁晋|热电联产, 国电|康保|30万千瓦风电): the county of the item's province the plant is built in
    # (not 长安|汽车河北基地: a brand, followed by its trade)
    for at in range(2, len(name) - 3) if not found and region is not None and region.code else ():
        for k in (3, 2):
            head = name[at : at + k]
            if len(head) == k and head in places.short and _county_short(head) and _within(head, region, 2) and _COUNTY_POWER.match(name, at + k) and not found:
                found.append((at, head))
    for at, place in found:
        after, before = name[at + len(place) : at + len(place) + 6], name[:at]
        if _province_only(place) or _province_short(place) and not place.startswith(("北京", "天津", "上海", "重庆")) or _rx.match(r"[至—－\-~～、）)]|[\u4e00-\u9fff]{0,4}(?:有限|公司|集团|股份|大学|学院)", after) or _rx.search(r"[至—－\-~～（(]$", before) \
                or _within(place, region, 2) is False or not _place_says_more(place, default):
            return
        match.fields["location"] = place
        return


# what follows a county's short name inside an energy plant's name: its size or its kind of power
_COUNTY_POWER = re.compile(r"\d|风电|风光|光伏|光热|热电|抽水蓄能|水电|火电|核电|储能|电厂|电站|发电")


def _place_says_where_in_brackets(place: str, region: Region | None) -> bool:
    """Whether words in brackets inside a name are a place that says where the project is: places
    throughout, finer than a province, and not the item's own (蒙牛乳业（曲靖）… in a 曲靖 item, which
    its lead may tell more finely)."""
    at = 0
    while at < len(place) and (k := _place_lead(place[at:] + "甲乙")):
        at += min(k, len(place) - at)
    if at != len(place) or _province_only(place):
        return False
    return not (region is not None and region.code and any(d.code in (region.code, region.code[:4] + "00") for d in _head_divisions(place)))


def _place_in_brackets(match: Match, region: Region | None) -> None:
    """A place in brackets inside a name says where the project is (浙江吉利（南充）新能源汽车项目:
    南充, the firm from 浙江): the firm's plant or branch there. Not in a registered company's
    name (贝奇（福建）食品有限公司: where the firm is registered), nor after a place of the item's
    own province that opens the name (黄梅（吴江）智能织造产业园: 黄梅's park of 吴江's firms)."""
    name = match.fields.get("name")
    found = _BRACKET_PLACE.search(name or "")
    if not found or found.start() == 0:
        return
    place = found.group("place")
    if not _place_says_where_in_brackets(place, region) or _rx.search(r"(?:有限公司|公司|集团|股份)", name[found.end() : found.end() + 14]) \
            or _place_lead(name[found.end() :]):
        return  # (无穷食品（山东）…: a firm's regional company; 华电内蒙古（巴彦淖尔）磴口…: the place after it is finer)
    head = _place_lead(name[: found.start()] + "甲乙")
    if head and _within(name[:head], region, 2) is not False:
        return
    location = match.fields.get("location")
    if location and location != place and _county_of(location, place):
        return  # (双流区 of 成都: the more specific place)
    match.fields["location"] = place


# what is done with a project, told at the head of its name or right after the places where it is
# done (开发太阳能发电项目, 在尚义、赤城开发抽水蓄能电站, 在南川布局甲示范项目, 力促甲联运基地,
# 合作开展甲勘查项目): a verb, no word of the name (but 开发区, 开发建设, 开发利用 are words of one)
# a verb of what is done or where one goes, at a name's head (建设|甲工厂, 来到|乙基地): the clause's, not
# the name's (but 建设路 and 建设银行 are names, and 建设中 is a state)
_DOING_HEAD = re.compile(r"(?:建设|构建|打造|推进|推动|实施|履行|来到|走进|前往|加快)(?!路|大道|街|巷|银行|集团|公司|有限|中|[\u4e00-\u9fff]{0,6}?(?:学院|大学|学校))")
_DEED_HEAD = re.compile(r"(?:合作)?(?:开发|布局|开展|力促)(?!区|建设|利用|性|银行|商|公司|有限|投资)")


def _deed_out_of_name(match: Match) -> None:
    """A verb at the head of a name, or after the places at its head, is no part of it: the name
    starts after it, and the places before it say where the project is."""
    name = match.fields.get("name")
    if not name or match.fields.get("batch"):
        return
    at = 0
    while at < len(name) and (k := _place_lead(name[at:])):
        at += k
        at += name.startswith("、", at)  # (尚义、赤城开发甲: the places it is done in)
    doing = _DOING_HEAD.match(name)  # (at its very head: 浙江建设职业技术学院 is a place's institution)
    if doing is not None and not (len(name) - doing.end() >= 4 and _ends_as_project(name[doing.end() :]) and not _generic(name[doing.end() :])):
        # 来到多晶硅, 建设总部, 履行年产1000套风机叶片: a clause's verb and what it acts on, with no works
        # named after it: no project's name (nor the firm's a short name was read as)
        match.fields["name"] = None
        firms = [i for i in match.fields.get("investors") or [] if i["name"] != name]
        match.fields["investors"], match.fields["investor"] = firms, firms[0]["name"] if firms else None
        return
    deed = _DEED_HEAD.match(name, at) or doing
    at = at if deed is not doing else 0
    if deed is None or len(name) - deed.end() < 4 or _generic(name[deed.end() :]):
        return
    match.fields["name"] = name[deed.end() :]
    if at:
        match.fields["location"] = name[:at].rstrip("、")


def _no_name(name: str) -> bool:
    """Whether what reads as a name is none: a signing's words or an amount, a clause's words,
    an attendee, a list of whole names (甲厂房、乙厂房) or the bare word 项目."""
    listed = "、" in name and all(_ends_as_project(piece) and not _rx.match(r"[一二三四五六七八九十]+期", piece) for piece in name.split("、"))
    return bool(_NO_NAME.search(name) or _NOT_IN_NAME.search(name) or _PERSON.search(name) or _CLAUSE_WORDS.search(name)) or listed or name in ("项目", "工程")


# a firm's word soon after a place and two characters (甲县乙丙|科技集团): the place heads a firm's name
_FIRM_WORD_SOON = re.compile(r"[\u4e00-\u9fffA-Za-z]{0,8}?(?:集团|公司|股份)")


def _place_out_of_name(text: str, match: Match, region: Region | None = None, default: str | None = None) -> None:
    """青田县世邦智能制造项目, 宝鸡高新区航宇光电…研发生产项目, 铁投集团宜宾市长江生态综合治理项目:
    a group that invests, or a place or park that only says where a project is, leaves its
    name for its investors or its location. A place's own works keep it (甘肃省体育馆, 南充至
    成都高速公路, 甲经开区孵化产业园项目, 南宁抽水蓄能电站). A short place name (马鞍山, 海南)
    counts only where the text tells the firm after it without it: 宁德时代 and 抚顺石化 are firms."""
    name = match.fields.get("name")
    if not name or match.fields.get("batch"):
        return
    group = _GROUP_HEAD.match(name)
    at, place, in_park, town_at = group.end() if group else 0, None, False, False
    bare_park = _BARE_PARK_HEAD.match(name, at)
    if bare_park and len(rest := name[bare_park.end() :]) >= 4 and not _owned(rest, True) and not _owned(rest) and not _generic(rest) \
            and not _rx.match(r"[A-Za-z\d]*[区园（(]|[一二三四五六七八九十]期|[\u4e00-\u9fff]{0,4}厂房", rest):
        # 经开区|智能化无人工厂, 高新区|虹泰聚酰胺树脂: the text's own park, told by its kind alone, only
        # says where a firm's plant is (but 经开区公立学校, 高新区南区公共停车场, 开发区B区, 工业厂房 are the park's own works)
        match.fields["name"], match.fields["location"] = rest, bare_park.group()
        return
    regiment = _REGIMENT_LEAD.match(name, at)
    if regiment and not _generic(name[regiment.end() :]):
        # 二团|圣燕综合性大型商超及生态酒店, 一师二团|乙畜牧养殖: a 兵团 regiment (a town) only says where (ruling 1)
        match.fields["name"], match.fields["location"] = name[regiment.end() :], regiment.group()
        return
    inside = _PARK_INSIDE.match(name, at)
    if inside and not _generic(name[inside.end() :]):
        # 甲环保涂料产业园内|年产5万吨新型涂覆材料项目: the park the works are in, told with 内, says where
        # (even a park a brand names: 内 tells it as a place, not as part of the name)
        match.fields["name"], match.fields["location"] = name[inside.end() :], _park_words(inside.group("park"))
        return
    last_at = at  # where the last place begins (甲市|乙区人民医院: the county whose works they are)
    park_at, before_park = None, None  # where the last park begins, and the place told before it
    while at < len(name):
        if name.startswith(_place_firms(), at):
            break  # 宁德时代新型锂盐…: the place is the firm's name, not where the project is
        park = _leading_park(name[at:])
        if park and name.startswith("区", at + len(park)):
            park += "区"  # 甲物流园|区: the park's whole name
        if park and (zone := _rx.match(r"(?:起步区|启动区|核心区|先行区|先导区)", name[at + len(park) :])):
            park += zone.group()  # 甲新区|起步区乙公寓项目: the park's zone is where it is
        if park and (len(name) - at - len(park) < 4 or name.endswith("项目") and len(name) - at - len(park) < 5 or _generic(name[at + len(park) :]) or _PHASE_ONLY.fullmatch(name[at + len(park) :])
                     or _DOINGS_ONLY.fullmatch(name[at + len(park) :]) and _product_park(park[_place_lead(park) :])):
            park = None  # 蚌埠市龙子湖区丙丁电子产业园|建设项目, 甲产业园|集群项目: the park is the project; its places may lead
            # (甲茶业产业园|综合一体化项目: what is done in a park named by its trade, and no thing of its own, see _DOINGS_ONLY)
        if park and _firms_park(park):
            break  # 双汇第二工业园|高温火腿肠…改造, 楚江导体产业园|高端细线: a firm's own park, fused into the name (ruling 2)
        k = len(park) if park else _place_lead(name[at:])
        if k and not park and place and not in_park and _rx.search(r"[县市区旗]$", place) and name.startswith(("镇", "乡"), at + k) \
                and (town := _TOWN_LEAD.match(name, at)) and town.end() > at + k and not town.group().endswith("村"):
            k = 0  # 上林县|大丰镇戒毒康复中心: a town named like another place (大丰, 盐城's district) after its county is the town, read below
        if not k and (town := _TOWN_LEAD.match(name, at)) and len(name) - town.end() >= 4 and not name.startswith(("中心", "政府", "人民", "至"), town.end()):
            # (a county told whole right before a town is kept with it, as written: 尤溪县西滨镇|演溪矿区…项目; but
            # before a town and its village, the village says where: 甲镇乙村)
            joined = place if place and not in_park and at == town.start() and _rx.search(r"[县市区旗]$", place) and not town.group().endswith("村") else ""
            place, at, in_park, town_at = joined + town.group(), town.end(), False, True  # 六广镇广城村|存栏2000头生猪养殖基地: a town, a village
            continue
        if not k and at == 0 and _TOWN_SHORT.match(name) and name[:2] + "镇" in text and len(name) >= 6 and not _generic(name[2:]) \
                and not _TOWN_QUARTER.search(name):
            # 金井|风电装备制造产业园, 中堂|甲乙数控机床生产项目: a town the text tells whole elsewhere (金井镇), told here
            # by its short name at the head of a name, only says where (ruling 1); but a quarter of the town it
            # builds is its own (濮院数字时尚星城项目, 甲乙新区, 丙丁片区)
            place, at, in_park, town_at = name[:2] + "镇", 2, False, True
            continue
        head = name[at : at + k]
        if not k or not (park or _named_place(head, text, region) or place and _county_of(head, place)):
            break  # (龙岩永定: a county's short name after its own city's is a place)
        if place and not park and not _suffixed(head) and _head_divisions(head) and _head_divisions(place) and not any(
                d.code[:2] == p.code[:2] for d in _head_divisions(head) for p in _head_divisions(place)):
            break  # 南安市海西零碳…: a short name of another province's place after this one's is a word of the name
        if place and not park and _province_short(head):
            break  # 甲县|河南乙丙新材…项目: a province's short name after a place in it begins a firm's name
        if not park and _rx.match(r"[港站]|油田|气田|油气田|矿区|盐场|林场|农场", name[at + k : at + k + 3]):
            break  # 池州港江口港三期工程, 玉门油田光伏项目: the place's port or oilfield, named by it
        if not park and not _suffixed(head) and _rx.match(r"[山湖河江海岛岭峰峡湾溪口]", name[at + k : at + k + 1]) \
                and not ((j := _place_lead(name[at + k :])) and _county_of(name[at + k : at + k + j], head)):
            # (but 厦门|海沧…, 武汉|江夏区…: the city, then a county of it whose name opens so, read next)
            break  # 甲市|三江口新能源…产业园: a short name that begins a river mouth's, a mountain's or a lake's
        if place and name.startswith("至", at + k):
            break  # 甲县|乙至丙高速公路: a route's first end, not a place the name is in
        if park:
            park_at, before_park = at, place
        last_at = at
        place, at, in_park = head, at + k, bool(park)
        if (note := _rx.match(r"[（(]含[^（）()]{1,12}[）)]", name[at:])) and len(name) - at - note.end() >= 4:
            at += note.end()  # 甲区（含乙新区）|丙路: what the place takes in, told after it, says where with it
        elif (inner := _rx.match(r"[（(](?P<place>[\u4e00-\u9fff]{2,6})[）)]", name[at:])) and len(name) - at - inner.end() >= 4 \
                and _place_lead(inner.group("place") + "甲乙") == len(inner.group("place")) and not _place_lead(name[at + inner.end() :]) \
                and not _rx.match(r"[\u4e00-\u9fff]{0,4}(?:有限|公司|集团|股份)", name[at + inner.end() :]):
            at += inner.end()  # 甲市（乙县）|高端装备制造园: a county told in brackets after its city says where with it
    if _rx.match(r"[和及与、]", name[at:]) and (in_park or _place_lead(name[at + 1 :]) or not place):
        # 丙数字经济产业园和算力中心项目: the park is one of the things the project builds (but 惠安|和邦网络…);
        # a county told whole before it still says where (兴宁区|京东电商产业园及结算中心二期项目, ruling 1)
        lead = _place_lead(name) if in_park and park_at == (group.end() if group else 0) else 0
        if lead and _suffixed(name[:lead]) and at - lead >= 4 and not group:
            match.fields["name"] = name[lead:]
            location = match.fields.get("location")
            if not location or location in name[:lead] or _county_of(name[:lead], location):
                match.fields["location"] = name[:lead]
        return
    rest = _rx.sub(r"^[暨的]", "", name[at:])
    if in_park and _rx.match(r"内(?!蒙古)(?=[\u4e00-\u9fffA-Za-z0-9]{4})", rest):
        rest = rest[1:]  # 甲环保涂料产业园|内|年产5万吨新型涂覆材料项目: in the park, where the works are, no word of the name
    done_there = _rx.match(r"投资(?:建设|兴建|新建)(?=[\u4e00-\u9fffA-Za-z0-9]{4})", rest) if place else None
    if done_there:
        rest = rest[done_there.end() :]  # 上犹|投资建设|地面光伏电站项目: a place, what is done there, then the name (no place's own works)
    if in_park and park_at == (group.end() if group else 0) and _rx.match(r"[—－]", rest) and (lead := _place_lead(place)) \
            and _rx.search(r"[市县区旗]$", place[:lead]) and _rx.search(r"(?:产业园|工业园|科技园|物流园)$", place):
        # 文昌市|冯家湾现代化渔业产业园—科研中心: a part of a park told after a dash keeps the park, whose
        # own name it is, but the county or city told whole before the park only says where (ruling 1)
        match.fields["name"] = name[park_at + lead :]
        location = match.fields.get("location")
        if not location or location in (place, place[lead:]) or location in place[:lead] or place[:lead].startswith(location) or _county_of(place[:lead], location):
            match.fields["location"] = place[:lead]  # (the park the part is of is the project's own, no place it is in)
        return
    if _PLACE_SIDE.match(rest):
        return  # 甲北动车所, 乙北大门, 丙东西线: a side of the place, named by it
    if place and not _suffixed(place) and _rx.match(r"[山湖河江海岛岭峰峡湾溪]", rest):
        return  # 太白山世纪翡翠庄园: a place's short name that begins a mountain's or a lake's
    if place and not in_park and len(rest) >= 4 and _rx.match(r"城(?:区|市|乡|际|关|[东西南北])", rest) \
            and (not (location := match.fields.get("location")) or _place_says_more(place, location)) \
            and (_suffixed(place) or _city_short(place) or _within(place, region, 4)):
        # 孝义|城市创新综合体, 伊吾县|城乡冷链物流建设项目, 甲县|城区道路提升改造项目: the place's own town or
        # works, told with it, keep the name whole, but the place still says where (ruling 1), not a
        # place another clause or the item's city tells
        match.fields["location"] = place
        return
    if not at or len(rest) < 4 or _generic(rest) or _rx.match(r"[（(区园城港站域—－\-~～]|[一二三四五六七八九十]期", rest) or not _rx.search(r"[\u4e00-\u9fff]{2}", rest):
        return  # (库车—阿拉尔—巴楚输变电工程: a route from the place, told with dashes; 甲医药产业园|三期: the park's phase)
    # (浪潮集团|南充云计算中心项目, 中国第一重型机械股份公司|沧州冷轧板项目: a short place told right after the
    # firm that invests begins no firm's name, the firm being told already; it only says where, ruling 1)
    # (but 国机智骏汽车有限公司|赣州工厂项目（一期）: a rest that names nothing without the place keeps it)
    after_firm = (group is not None or any(text[max(0, at - 2) : at] in ("公司", "集团") for at in _starts(name, text))) \
        and not _generic(bare_rest := _rx.sub(r"(?:[（(][^（）()]*[）)])+$", "", rest)) and not _NAME_END_ONLY.fullmatch(bare_rest)
    # (the place's own works, or a thing that has no name without the place: kept in the name, the place still says where)
    city_zone = in_park and _CITY_ZONE.fullmatch(place) is not None  # (its own works are those of a place: 三亚崖州湾科技城|综合医院, 文昌国际航天城|科技创新公共平台)
    own = place and ((_owned(rest, in_park and not (place.endswith("新区") and not place.endswith("高新区")) and not city_zone) or city_zone and "公共" in rest) and not (not in_park and not _province_short(place) and _firm_works(rest))
                     or not _suffixed(place) and not in_park and not after_firm and not _TRADE_LEAD.match(rest) and not _short_place_says_where(place, rest, text, region))
    firms = place and (not _suffixed(place) and _TRADE_LEAD.match(rest) and not (_home_county(place, region) and _PLACE_TRADE.match(rest))
                       or not in_park and not town_at and (_within(place, region, 2) is False or _firms_home(place, rest, region))
                       or not (_suffixed(place) and not place.endswith("省")) and place + rest[:2] in text and any(_FIRM_WORD_SOON.match(text, at + len(place) + 2) for at in _starts(place + rest[:2], text)))
    if place and not done_there and (own or firms):
        # (a place of another province, 苏州 in a 定远县 item, says where the investor is from)
        # the place's own works, or a firm whose name it begins (四川路桥(集团), 宁德时代): only the group leaves
        # (a county's or city's full name opens a registered firm's name only to say where it is:
        # 甲县乙丙石材有限公司 is no reason to keep 甲县 in 甲县乙丙机械设备制造项目)
        if in_park and park_at is not None and _owned(rest, True) and _product_park(place):
            # 甲县乙产业园|转型升级项目: the park is what the project is about, but a place before it,
            # or at its head, still says where (ruling 1)
            lead = _place_lead(place)
            inner = lead if lead and _product_park(place[lead:]) and _named_place(place[:lead], text, region) else 0
            rest, place = name[park_at + inner :], place[:inner] if inner else before_park
            if not place and not group:
                return
        elif last_at > (group.end() if group else 0) and _rx.fullmatch(r"[\u4e00-\u9fff]{1,6}[县区市旗]", place) and place != "城区" and gazetteer().by_name.get(place) \
                and not in_park and _owned(rest):
            # 甲市|乙区人民医院综合住院楼项目: the county's own works keep the county, and the city before
            # it only says where
            rest = name[last_at:]
        elif not group and not in_park and last_at > 0 and _province_short(name[:last_at]) \
                and _SITE_ENERGY.match(rest):
            # 广东|陆丰核电5、6号机组, 福建|晋江储能电站…项目二期: a province's short name before one of its places whose
            # energy works are named by their site only says where (ruling 8); the site keeps its name, and says where
            rest = name[last_at:]
            location = match.fields.get("location")
            if not location or location in name[:last_at] or _place_says_more(place, location):
                match.fields["location"] = place
        elif not group:
            location = match.fields.get("location")
            if in_park and (location and place.startswith(location) and not _suffixed(location) or city_zone):
                # 武强|经济开发区科创中心, 黄山|风景区东大门综合服务中心: the park whose own works they are is where
                # they are, not the short place its name opens with (nor the item's own: 甲市国际航天城|科技创新公共平台)
                match.fields["location"] = place
            elif own and not firms and not _rx.match(r"[至镇乡村]", rest) and not _province_only(place) and _place_says_more(place, location or default) \
                    and (_suffixed(place) or _city_short(place) or last_at > (group.end() if group else 0) or _within(place, region, 4)
                         or _LOCAL_PRODUCE.match(rest) and _head_divisions(place)):
                # 合肥新桥机场S1线, 杭州市地铁3号线二期项目, 张掖电厂扩建工程: the place whose own works they are, kept in
                # their name, is where they are, not a place another clause tells, nor the item's own when that is
                # no part of it (but 南充至成都高速公路 runs from it; a county's short name says so only after its city's,
                # or in an item of its city: 金水产业孵化园 in a 温县 item is a park's own name; but a county whose farm
                # product the name keeps, 政和|白茶标准化产业园, is where the product and its plant are)
                match.fields["location"] = place
            return
        else:
            rest, place = name[group.end() :], None
    match.fields["name"] = rest
    if group and not any(i["name"] == group.group("firm") for i in match.fields.get("investors") or []):
        match.fields["investors"] = [*(match.fields.get("investors") or []), {"name": group.group("firm"), "role": "investor"}]
    noted = group and (group.group("note") or group.group("note_"))
    if noted and not place and _place_says_where_in_brackets(noted, region) and not _county_of(match.fields.get("location") or "", noted):
        # 中国电子科技集团（成都）|网络信息安全产业园项目, 甲集团（佳木斯）乙基地项目: the group's plant in the place told
        # in brackets after it, as 浙江吉利（南充）… is (_place_in_brackets; not 先正达集团（中国）, no place; a county
        # of the place told already is more specific)
        match.fields["location"] = noted
    location = match.fields.get("location")
    # (with none yet, the item's own park named by the place is kept: 乌鲁木齐|国际纺织品服装商贸中心项目 in an item of
    # 乌鲁木齐经济技术开发区 is there)
    if place and not (not location and default and default.startswith(place) and _PARK.search(default, len(place))) and (not location or location in name[:at] or name[:at].startswith(location)
                  or location.startswith(name[:at]) and not (_PARK.search(location) and len(location) > at + 2 and location not in name)
                  or _county_of(place, location) or _told_after(text, match, location, name)
                  or _suffixed(place) and not place.endswith("省") and not _PARK.search(location) and _head_divisions(place)):
        # (田阳 of 百色市: the more specific place; a place told only after the name is another's;
        # a division told whole at the head of the name says where it is, unless a park does;
        # but a park named by the place the name opens with is finer than it: 甲乙项目位于甲高端装备产业园内
        # keeps the park, not 甲; unless the park is the project, 甲县乙产业园建设项目)
        match.fields["location"] = place


# energy works named by their site, told right after the site's place (陆丰|核电5、6号机组, 晋江|储能电站…, 昌江|核电二期)
_SITE_ENERGY = re.compile(r"(?:核电|核電|储能电站|抽水蓄能电站|水电站|风电场|电厂)")


# trade words a county's works are told by as well as a firm (枣阳|汽车新材产业园, 武隆|能源装备…研究站),
# not the words that name a firm alone (延长石油, 甲城投, 乙路桥)
_PLACE_TRADE = re.compile(r"汽车|能源|化工|新能源|新材料|电子|生物|医药|光电")


def _home_county(head: str, region: Region | None) -> bool:
    """Whether a short name at the head of a name is a county of the item's own city (枣阳 in a 襄阳
    item, 武隆 in a 重庆 one): before a trade word it says where the works are (枣阳|汽车新材产业园,
    武隆|能源装备…研究站), not whose firm (延长石油, 抚顺石化, 吉林化纤: a firm of another city, or a
    city's name, keep it)."""
    found = _head_divisions(head)
    return bool(found) and all(d.level == "county" for d in found) and region is not None \
        and region.level in ("city", "county", "town") and _within(head, region, 4) is True


def _place_says_more(place: str, location: str | None) -> bool:
    """Whether a place a name holds says more of where a project is than the location it has: it
    has none, or one that is no part of the place (双流区 of 成都, 西华经开区 of 西华县 and 文城镇 say more)."""
    if not location:
        return True
    stem = stem_of(place)
    # (a park named by a county of the place, 江宁高新区 of 南京, says more too)
    return not (location.startswith(stem) or stem.startswith(stem_of(location)) or _county_of(location, place) or _rx.search(r"[镇乡村]$|街道$", location)
                or _PARK.fullmatch(location) and (k := _place_lead(location)) and _county_of(location[:k], place))


def _item_place_says_where(name: str, k: int, text: str, region: Region | None) -> bool:
    """Whether the place a list item's name opens with (its first ``k`` characters) says where
    the item is. A short name says so only as the head of a name says it (_place_out_of_name):
    where it is a place the item may be in, and not the first word of a firm's name (红星美凯龙,
    长安汽车, 宁德时代), of a mountain's, a river's or a lake's (太白山健康谷, 嘉陵江…学院, 铜鼓湖公园)."""
    head = name[:k]
    if _suffixed(head):
        return True
    if name.startswith(_place_firms()) or not _named_place(head, text, region):
        return False
    if _firms_home(head, name[k:], region):
        return False
    if _city_short(head):
        return True  # (海口汽车客运总站, 大连湾海底隧道: a city's works, in it)
    return not _TRADE_LEAD.match(name, k) and not _rx.match(r"[山湖河江岛岭峰峡湾溪口沟]", name[k : k + 1])


def _firms_home(head: str, rest: str, region: Region | None) -> bool:
    """Whether a short place name at the head of a name is where a firm whose brand follows is
    from, in a county's item of another city (武汉|嘉合模泰科技重组…项目, 大连|亿达智慧科技城 in a 洪湖市
    or 肥东县 item): the county is where it builds, and the name keeps the place. A city's own works
    (成都|地铁18号线) open with no brand; a place in the item's own city says where (东台 in a 盐城
    item); and a province's or a city's item names its cities' projects by them (孝感宜华木业 in a
    湖北 roundup, which may be read as one of its cities': no county's item)."""
    return not _suffixed(head) and region is not None and region.level in ("county", "town") and not _province_short(head) \
        and _within(head, region, 4) is False and _brand_leads(rest)


def _firms_park(park: str) -> bool:
    """Whether a park at the head of a name is a firm's own, named by its brand and no place
    (双汇第二工业园, 瑞声科技南宁产业园, 楚江导体产业园, 中国电信福州东南信息园区): fused into the name of
    what the firm builds in it, as a brand is (ruling 2), not where a project is. A park named by a
    place (吴忠奶产业园, 甲县工业园区), a zone (甲经开区, 乙新区) or two characters of its own (中泰产业园,
    定连园区) only says where (ruling 1)."""
    kind = _rx.search(r"(?:产业园区|工业园区|产业园|工业园|科技园|物流园|园区)$", park)
    if not kind or _place_lead(park) or _GENERIC_PARK.fullmatch(park):
        return False
    own = park[: kind.start()]
    if _rx.search(r"(?:现代|林业|农业|牧业|渔业|生态)$", own):
        return False  # 桂中林业产业园|甲乙加工基地项目, 丙丁现代产业园区|智能制造产业园项目: a park named by a region and a trade or 现代, no brand, only says where (ruling 1)
    return len(own) >= 4 and not _rx.search(r"开发区|高新区|经开区|新区|保税区|投资区|集聚区|集中区|示范区|合作区|[省市县]", own)


# what tells a firm's plant (车间, 生产线, 年产…): 改造 or 配套 at the end of a name with one is the firm's
_FIRM_PLANT = re.compile(r"车间|工厂|生产线|厂房|年产|技术改造|技改|扩能")


def _firm_works(rest: str) -> bool:
    """Whether a name that ends as a place's works (…改造, …配套) is a firm's plant's: its renovation
    or the works that go with it (海口|康宁光纤预制棒车间技术改造项目, 新乐市|联众日用品搬迁提升改造,
    芜湖|长信年产6600万片触摸屏模组及其配套, 武汉|宏泰远大PC工厂及配套工程). The place before it only
    says where (ruling 1), as it does before the firm's plant itself; a place's own works that end so
    name no firm's product (甲县城区道路提升改造, 乙市东安湖改造工程, 丙区棚户区改造). (A province's short
    name before a firm's name is left as it is: the labellers split on it.)"""
    bare = _rx.sub(r"(?:(?:建设)?(?:项目|工程)|[一二三四五六七八九十]期|[（(][^（）()]*[）)])+$", "", rest)
    if not _rx.search(r"(?:改造|配套)$", bare):
        return False
    return bool(_FIRM_PLANT.search(rest) or _MADE_GOODS.search(rest) or any(code.startswith("C") for code in _industries(rest)))


# a park told by its kind alone at the head of a name: the text's own (市开发区, 高新片区, 临空经济区)
_BARE_PARK_HEAD = re.compile(r"(?:市|县|区)?(?:经济技术开发区|经济开发区|高新技术产业开发区|高新区|经开区|开发区|高新片区|临空经济区|综合保税区|保税区|综保区)")


def _told_after(text: str, match: Match, location: str, name: str) -> bool:
    """Whether a project's location is told in its sentence only after its name (甲县A项目、乙区B
    项目: 乙区 is the next item's place, not A's)."""
    at = text.find(name, match.evidence_start, match.evidence_end)
    if at >= 0 and (settled := _SETTLED.match(text, at + len(name))) and text.startswith(location, settled.end()):
        return False  # 南京甲产业园项目落户|江宁高新区: the park the name's own clause settles it in
    return at >= 0 and location not in text[match.evidence_start : at] and location in text[at + len(name) : match.evidence_end]


# the trades a firm's short name ends in (甲新材料, 乙医药, 丙新能源汽车): a firm, where a
# product, a capacity or what is done to it (甲驼奶加工, 乙动力电池, 年产…) make a project
# (湖北甲乙铜业, 甲乙塑料: a firm the list of firms names, 与福建紫讯、佳通塑料…等42家企业签约)
_FIRM_TRADE = re.compile(
    r"(?:新材料|材料|医药|制药|药业|科技|新能源(?:汽车)?|能源|电子|环保|食品|锂业|锂电|线业|控股|机车|软件|精密|电机|机械(?:制造)?|智能制造|"
    r"汽车|石油|发电|实业|化工|钢铁|建材|纺织|服饰|鞋业|制衣|家居|纸业|塑业|光电|电气|电器|重工|重科|重装|门窗|本草|生物|医疗|装备|半导体|通信|光学|置业|索道|集团|股份|饮品|钢构|激光|铸业|乳业|酒业|矿业|铝业|铜业|管业|硅业|陶瓷|塑料)$"
)


# a trade right after a place's short name makes the two a firm's name (延长石油, 抚顺石化, 长安汽车)
# (and a trade with 科技 or 股份 after it: 宁德新能源科技, but 甲新材料科技园 is a park)
_TRADE_LEAD = re.compile(r"(?:石油|石化|化工|化纤|电气|汽车|钢铁|煤业|煤电|矿业|电力|能源|建工|建设集团|路桥|交投|城投|重工|药业|制药|铝业|铜业|水泥|啤酒|银行|港务|机场集团)"
                         r"|(?:新能源|新材料|电子|生物|医药|光电)(?:科技|股份|实业)(?!园|城|小镇|产业园|谷)")


def _firm_out_of_name(match: Match) -> None:
    """甲、乙新材料等企业投产, 投资5亿元的湖北丙丁: a firm's short name told as what came is the
    project's investor, not its name (ruling 5 of gold/projects/LABELLING.md)."""
    name = match.fields.get("name")
    told = _rx.fullmatch(r"(?P<firm>[\u4e00-\u9fffA-Za-z（）()]{2,20}?(?:集团|(?<![子分])公司))(?:(?:的)?(?:项目|工程))?", name or "")
    if told and not match.fields.get("batch") and not _ORG_BAD.search(told.group("firm")):
        # 深圳甲乙集团项目, 甲乙环境技术有限公司: a group's project, known by the group alone (ruling 5);
        # but a registered company's 项目 is named by it (甲乙纸业有限公司项目: ruling 2)
        if not (told.group("firm").endswith("有限公司") and name.endswith(("项目", "工程"))):
            match.fields["name"] = None
        if not any(i["name"] == told.group("firm") for i in match.fields.get("investors") or []):
            match.fields["investors"] = [*(match.fields.get("investors") or []), {"name": told.group("firm"), "role": "investor"}]
        return
    if not name or match.fields.get("batch") or _NAME_ENDS.search(name) or _rx.search(r"[\d年加工产]|生产|建设|改造|扩建|技改|一期|二期|新型|产业化$|(?:光伏|焚烧|生物质|互补|风力|水力)发电$", name) or _industry_only(name):
        return  # (生物质发电, 甲乙木塑产业化: a trade, or a trade made an industry, is no firm; 滩涂光伏发电: a power works built)
        # (甲乙新型建筑材料, 将军新型建材: 新型 tells a kind of product the plant makes, no firm's trade)
    if len(name) > 9 or not (_FIRM_TRADE.search(name) or _place_and_brand(name)) or _rx.search(r"期|及|和|与|、", name):
        return
    if match.fields.get("in_batch") is not None and any(_rx.search(r"(?:集团|公司)$", i["name"]) for i in match.fields.get("investors") or []):
        return  # 由甲集团投资的乙、铸造新材料3个项目: a batch's member whose group is told, named by what it makes
    if any(i["name"].endswith(("公司", "集团")) and name not in i["name"] for i in match.fields.get("investors") or []):
        return  # 与甲乙农机有限公司签订…的农业机械制造: a registered firm told as its investor, the name what it makes
    if _product_line(name):
        return  # 甲乙光伏半导体, 丙丁环保包装材料: a brand and the goods its plant makes, a project's name (ruling 2)
    match.fields["name"] = None
    if not any(name in i["name"] for i in match.fields.get("investors") or []):  # (信阳轩鸿电子 told already: not 轩鸿电子 again)
        match.fields["investors"] = [*(match.fields.get("investors") or []), {"name": name, "role": "investor"}]


# the trade words that end a firm's name whatever goes before them (甲乙节水科技, 丙丁环保实业)
_FIRM_ONLY_TRADE = re.compile(r"(?:科技|实业|控股|股份|集团|置业)$")


def _product_line(name: str) -> bool:
    """甲乙光伏新能源, 丙丁医检汽车, 戊己环保包装材料: a brand of two characters, then a kind of goods
    and the trade word that closes it, what a plant makes told with the brand it sells under (a
    project's name, ruling 2), not a firm's short name, which is a brand and its trade alone
    (甲乙新材料, 丙丁汽车) or a brand told with 科技 or 实业 (甲乙节水科技)."""
    trade = _FIRM_TRADE.search(name)
    if trade is None or _FIRM_ONLY_TRADE.search(name):
        return False
    pattern, _codes = _keyword_pattern()
    kind = pattern.search(name, 2, trade.start())
    return kind is not None and len(kind.group()) >= 2


def _place_and_brand(name: str) -> bool:
    """A place's short name and a word of two to four characters that says nothing of a
    kind or trade (湖北吾众, 仙桃卫洁): how news tells a firm, not a project."""
    lead = _place_lead(name)
    pattern, _codes = _keyword_pattern()
    brand = name[lead:]
    return bool(lead) and 2 <= len(brand) <= 4 and not _KIND_WORDS.search(brand) and not pattern.search(brand) and not _rx.search(r"[城园港区站馆场厦湾谷镇村宅苑府庭邸居墅路街道桥]", brand)


# a group that begins a project's name invests in it (铁投集团, 中国电子科技集团（成都）)
# (the bracket after the group, kept as note or note_, may tell the place its plant is in: 中国电子科技集团（成都）)
_GROUP_HEAD = re.compile(r"(?P<firm>[\u4e00-\u9fffA-Za-z]{2,12}?集团)(?:（(?P<note>[^（）]{1,8})）|\((?P<note_>[^()]{1,8})\))?(?=[\u4e00-\u9fffA-Za-z0-9]{4})(?!公司|有限|股份|子公司)")


def _owned(rest: str, park: bool = False) -> bool:
    """Whether a name without its place is the place's own: a route, a public institution or
    works, a power station with no name of its own, or a park's own works (孵化, 基础设施)."""
    if "至" in rest and _rx.search(r"(?:路|线|道|桥|铁|管道|管线|渠|通道)", rest):
        return _route_from(rest)  # a route is the place's own only where it begins there
    bare = _rx.sub(r"(?:(?:建设|新建|改扩建|扩建|迁建|改建)?(?:项目|工程)|[一二三四五六七八九十]期|[（(][^（）()]*[）)])+$", "", rest)  # (丙市一中|改扩建项目)
    if park:
        # a park's own works keep it (甲经开区孵化产业园项目, 乙工业园污水处理厂); a firm's plant, a school, a port or a
        # park of its own with a name of its own is only where it is (甲风景区月亮湖学校, 乙开发区丙港三期
        # 工程, 丁高新区科技创新中心产业园区基础设施项目)
        own_park = _PARK.search(bare)
        return _route_from(rest) or _WORKS_ON.fullmatch(bare) is not None or bool(_PARK_WORKS.search(rest)) and not (own_park and own_park.end() < len(bare))
    if (named := _NAMED_SITE.match(bare)) and not _KIND_WORDS.search(named.group("own")) and not _COMMON_SITE_WORD.match(named.group("own")):
        return False  # 甲县|吞巴景区升级改造项目, 乙县|安仁古镇提升改造: a site with a name of its own, which the place only locates
    public = next((m for m in _PUBLIC_WORDS.finditer(rest) if m.group() != "垃圾焚烧" or _OWN_WASTE_BURNING.match(rest)), None)
    return (_route_from(rest) or bool(_OWN_WORKS.search(bare)) or (public is not None and not _PLANT_END.search(rest) and not _MADE_GOODS.search(rest))
            or (not _names_itself(rest) and not _POWER_OPENS.match(bare) and _rx.search(r"(?:电站|电厂|水厂|变电站)$", bare) is not None))


# a plant told by its power first (民乐县|500MW/1000MWh共享储能电站, 甲市|50兆瓦光伏电站, 乙镇|2×66万千瓦电厂): any
# firm's plant of that size, no place's own station (南宁|抽水蓄能电站): the place only says where
_POWER_OPENS = re.compile(r"(?:\d+[×xX*])?[\d.]+(?:万千瓦|千瓦|兆瓦|MWp|MW|GW|万kW|kW)")


# a scenic area, a reservoir, an old town, a school, a hot spring or a sewage plant told by a name of its
# own (茶卡景区, 下天吉水利枢纽, 双石铺中学, 官塘温泉…, 唐家沱污水处理厂), not by words any place's could have
# (人民公园, 城西中学, 体育公园, 城南污水处理厂, 第二污水处理厂)
# (and a plaza a developer names, 新华区|华业商务广场, 城北|吾悦广场, 大田|龙腾盛世市民休闲广场; but 甲县市民广场,
# 乙文体广场 are the place's own, and so is the works done to one: 甲市天府广场改造工程)
_NAMED_SITE = re.compile(r"(?P<own>[\u4e00-\u9fff]{2,4}?)(?:风景区|景区|旅游区|水利枢纽|水库|古镇|古城|中学|小学|湿地公园|湿地|公园|温泉|污水处理厂|净水厂|(?:商务|商业|市民休闲|休闲)?广场$)")
_COMMON_SITE_WORD = re.compile(r"人民|市民|科创|外国语|县城|城[东南西北中]|[东南西北]城|第|实验|中心|体育|文体|文化|森林|生态|中医|传染|妇幼|儿童|老年|职业|高级|初级|民族|国家|省级|市级|县级|国际|滨江|滨河|滨湖|沿江|城市|新区|主题|综合")


def _product_park(park: str) -> bool:
    """Whether a park is named by what it makes (碳材料产业园, 大健康产业园), not a zone named by
    its place (甲经济技术开发区, 乙综合保税区, 丙新区), whose place is part of its name."""
    return 4 <= len(park) <= 10 and _rx.search(r"[\u4e00-\u9fff]{2}(?:产业园|工业园|产业园区|工业园区)$", park) is not None  # (工业园区 alone names no product)


# a side of a place, named by the place (甲北|动车所, 乙北大门, 丙东西线, 丁南站): the place is the name's
# own word (a brand that opens with a quarter, 东方 or 北方, is not one of these)
_PLACE_SIDE = re.compile(r"(?:[东南西北]|东西|南北)(?:站|客站|高铁站|火车站|动车所|大门|门|线|环线|片区|组团|城区|枢纽|互通|出入口|收费站)")


# what is done to the park itself (甲产业园|转型升级项目, 乙产业园|招商运营中心): the park is what the name is about
_WORKS_ON = re.compile(r"(?:转型升级|改造升级|升级改造|提质改造|提质升级|提档升级|改扩建|扩建|改造|整体开发|开发建设|招商运营中心|运营中心)")


def _route_from(rest: str) -> bool:
    """Whether a name without its place is a route that begins at the place (南充|至成都高速公路):
    a route between two places of its own (甲县工业园区|乙坑片区至丙岭片区供排水工程, 甲县|乙镇至丙镇
    公路, 甲县|乙至丙高速公路(甲段), 甲县|乙调压站至丙工业小区燃气管道工程) names both its ends, and the
    place before it only says where."""
    if "至" not in rest:
        return False
    start = rest[: rest.index("至")]
    return not (_rx.fullmatch(r"[\u4e00-\u9fff]{2,8}?(?:片区|园区|社区|镇|乡|村|街道|站)", start)
                or 2 <= len(start) <= 4 and _place_lead(rest) == len(start) and not _rx.search(r"[路线道桥铁]", start))


def _industries(body: str) -> list[str]:
    """The industries (GB/T 4754 codes) a text's words name, in the order first named."""
    return list(_industries_named(body))


def _by_maker(found: list[str], firms: str) -> list[str]:
    """A name's industries; where it tells no trade, the trade of a maker its words or its firms'
    name by their short names (宁德时代洛阳基地, 中州时代新能源生产基地项目 of 宁德时代新能源科技股份
    有限公司: C38), and where it tells only that something is made, the maker's goods
    (富士康工业互联智能制造项目 C39; not 华能新能源高速装备制造: a power firm's plant is still made)."""
    if found == ["C"]:
        return [c for c in _makers_trade(firms) if c.startswith("C")] or found
    return found or _makers_trade(firms)


# the clause right after a project's, with no subject of its own, telling what is built or made there
# (甲新材料项目开工，拟建设2条光伏玻璃生产线; 乙项目，主要建设磷基高端化学品…; 丙产业基地项目，建成后主要从事
# 电单车组装生产): read to the sentence's end
_MADE_AFTER = re.compile(r"\s*[，,]?\s*(?:项目)?(?:建成后|投产后|达产后)?(?:将|拟|计划|预计)?(?:主要)?(?:新建|建设|建成了?|从事|生产)(?:内容)?(?:包括|为)?(?P<what>[^。；;！!？?]+)")


def _made_after(text: str, at: int, end: int) -> list[str]:
    """The first industry the clause after a project's tells is built or made there (_MADE_AFTER), for a
    project whose name and own clause tell none (甲新材料项目开工，拟建设2条光伏玻璃生产线: C30)."""
    told = _MADE_AFTER.match(text, at, max(end, at))
    return _industries(told.group("what"))[:1] if told else []


def _made_told(found: list[str], body: str) -> list[str]:
    """A name's industries; where it tells only that something is made (甲生产基地, 乙智能制造项目:
    C), what its clause tells is made there, the first division of manufacturing it names (甲绿色
    新材料生产基地项目，主要建设墙体材料和涂料生产线: C30)."""
    if found == ["C"] and "、" not in body:
        # (not where its clause lists others, whose goods are theirs: 甲专用车生产项目、乙装备制造基地项目)
        return [c for c in _industries(body) if c.startswith("C") and len(c) > 1][:1] or found
    return found


def _industries_of_name(name: str) -> list[str]:
    """A name's industries: in each of its coordinated parts (甲及乙, 甲、乙, 甲和乙, 甲暨乙) the
    industry of its head, the last word that names one; the words before it tell what the thing
    is for or whose it is (汽车模具 are moulds, 锂电池电解液 an electrolyte, 旅游公路 a road,
    医科大学肿瘤医院 a hospital, 高铁技术研究中心 research). A word of a plant's kind (生产基地,
    智能制造, 总部, 研发基地) heads no part that names its goods before it (轴承生产基地 makes
    bearings, 机器人华北总部基地 robots), nor does waste's recovery the material recovered
    (金精矿综合回收 is gold refining). Words in brackets are read only when the rest names no
    industry (甲物流产业园（一期农产品交易市场）is the logistics park)."""
    pattern, codes = _keyword_pattern()
    bare = _rx.sub(r"[（(][^（）()]*[）)]", "", name)
    if bare != name and _industries(bare):
        name = bare
    found: list[str] = []
    parts = _COORDINATED.split(name)
    for k, part in enumerate(parts):
        named = _industries(part)
        rail = _RAIL_MAKER.match(part)
        if rail and _rail_maker(rail.group("lead"), parts[k + 1 :]):
            # rail transit a firm makes (中车轨道交通项目), or made with the equipment told after it
            # (轨道交通及工程机械研发): rail equipment (C37), not the transit works (G)
            if "C37" not in found:
                found.append("C37")
            continue
        words = [m.group() for m in pattern.finditer(part) if set(codes[m.group()]) & set(named)]
        heads = [w for w in words if w not in _PLANT_KINDS] or words
        use = _WASTE_USED.search(part)
        if use and (not heads or part.rfind(heads[-1]) < use.start("use")):
            # waste or a used good put to use again, told last (粉煤灰综合利用, 废旧锂电池综合利用, 动力电池回收):
            # the recovery of waste, whatever the material's own trade
            if "C42" not in found:
                found.append("C42")
            continue
        if heads and heads[-1] == "食品" and _MEAT_FOOD.search(part, 0, part.rfind("食品")):
            # meat or a farm animal's goods told as food (肉类食品精深加工, 甲鹅业食品产业园): meat processing (C13)
            if "C13" not in found:
                found.append("C13")
            continue
        if len(heads) > 1 and heads[-1] == "基础设施":
            # infrastructure of a trade's own works told right before it (港务区基础设施, 口岸基础设施, 物流园基础设施,
            # 教育园区基础设施): that trade's; not a place's or a park's public works (市政基础设施, 旅游基础设施,
            # 工业园区基础设施: N, read below)
            before = part[: part.rfind("基础设施")]
            own = [c for c in codes[heads[-2]] if c in ("G", "I", "P", "M")]
            # (the trade's word right before it, or its park: 教育园区; not a district or a park named after
            # it, 高铁新区基础设施, 科技创新中心产业园区基础设施: a place's works, N)
            if own and _rx.fullmatch(r"(?:园区|园)?", before[before.rfind(heads[-2]) + len(heads[-2]) :]):
                if own[0] not in found:
                    found.append(own[0])
                continue
        told = _HEAD_TOLD.get(heads[-1]) if heads else None
        if told and len(heads) > 1 and told[0].search(part):
            # a head whose trade the word before it tells (文化旅游景区 R, 道路整治 G: _HEAD_TOLD)
            if told[1] not in found:
                found.append(told[1])
            continue
        whose = _GOODS_OF.get(heads[-1]) if heads else None
        if whose:
            before = "".join(parts[:k]) + part[: part.rfind(heads[-1])]
            if whose[0].search(before) or _makers_trade(before) == [whose[1]]:
                # goods told as a part of the goods or a maker named before them, in their part or an earlier
                # one (乘用车发动机, 奇瑞甲工厂及发动机, 钠离子电池正极材料, 锂电池及正极材料: _GOODS_OF)
                if whose[1] not in found:
                    found.append(whose[1])
                continue
        at = part.rfind(heads[-1]) if heads else -1
        if at >= 0 and _EQUIPMENT_FOR.match(part, at + len(heads[-1])):
            # equipment made for the trade named before it (隧道治理设备生产, 风力发电装备制造): equipment
            code = "C34" if _rx.search(r"风(?:力发电|电)$", part[: at + len(heads[-1])]) else "C35" if "N" in codes[heads[-1]] else None
            if code:
                if code not in found:
                    found.append(code)
                continue
        for code in codes[heads[-1]] if heads else ():
            if code in named and code not in found:
                found.append(code)
    if any(c.startswith("C") and len(c) > 1 for c in found):
        found = [c for c in found if c != "C"]
    if not found and _RESIDENCE.search(name):
        found = ["K"]  # 甲乙豪庭, 丙丁嘉园项目: a housing estate told by its name's close (_RESIDENCE)
    return _by_maker(found, name)


# heads whose trade the word before them tells: a scenic area told as culture's (仓颉庙文化旅游景区,
# 长征文化体验景区: R; 5A旅游景区 without culture stays N), and works of repair on a road (道路整治工程,
# 公路油返砂整治项目: G; 公路沿线环境整治 stays N)
_HEAD_TOLD = {"景区": (re.compile(r"文化[\u4e00-\u9fff]{0,10}景区"), "R"),
              "整治": (re.compile(r"(?:公路|道路|大道|大街|街道|国道|省道)(?:(?!环境|沿线|两侧|周边|河|沟)[\u4e00-\u9fff]){0,4}整治"), "G"),
              "治理": (re.compile(r"(?:公路|道路|大道|大街|国道|省道)(?:(?!环境|沿线|两侧|周边|河|沟)[\u4e00-\u9fff]){0,4}治理"), "G")}
# goods filed under the trade of the goods they are made for where those, or a maker of them by its short
# name, are told before them: an engine told after a car's word or a carmaker (汽车发动机, 乘用车发动机, 上汽甲型
# 发动机, 奇瑞甲工厂及发动机: C36; an engine of no car told, 甲型发动机, 通用发动机, is C34), and a cathode's
# material told after the battery it is for (钠离子电池正极材料, 锂电池正极材料, 锂电池及正极材料: C38; a cathode's
# material told alone, 磷酸铁锂正极材料, 三元正极材料, stays a chemical, C26), and high-end equipment told after
# a craft's or a ship's word (船舶海洋高端装备制造, 航空航天高端装备制造: C37; 高端装备 told alone is C34)
_GOODS_OF = {"发动机": (re.compile(r"汽车|乘用车|商用车|整车|轿车|重卡|卡车|客车"), "C36"),
             "正极材料": (re.compile(r"电池"), "C38"),
             "高端装备": (re.compile(r"船舶|海工|航空|航天|轨道交通|机车"), "C37")}
# equipment made for a trade that is a works' (隧道治理设备生产项目, 污染治理装备制造: special equipment C35;
# 风力发电装备制造产业园, 风电母港装备制造: a wind turbine's, general equipment C34), where the name ends
# with the equipment and its making
_EQUIPMENT_FOR = re.compile(r"[\u4e00-\u9fff]{0,3}?(?:设备|装备)(?:生产线?|制造|研发|项目|基地|产业园|工厂|厂|$)")
# the close of a housing estate's name, where the name tells no trade (盛世豪庭, 书香华庭, 中源首府建设项目,
# 芙蓉嘉园项目, 宏图家园, 香枫苑, 文祥豪府1号院); not a court (法庭), a family (家庭), a government (政府)
# nor a prince's mansion (王府), and a name that tells a trade keeps it (文学馆诺奖家园: R)
_RESIDENCE = re.compile(r"(?:(?<![法家])庭|(?<![政王州])府|苑|嘉园|家园)(?:\d+号院)?(?:[（(][^（）()]*[）)])?(?:建设)?(?:项目|工程)?(?:[一二三四五六七八九十]期)?(?:工程|项目)?$")
# a name's part that closes on rail transit, the words before it its firm's or its place's (中车轨道交通项目,
# 甲乙轨道交通产业园, 淮北轨道交通); not a line, a station or an operation after it (轨道交通平谷线,
# 轨道交通1号线, 丙丁轨道交通运营中心), read as the works (G) by the keyword
_RAIL_MAKER = re.compile(r"(?P<lead>[\u4e00-\u9fffA-Za-z]{0,8}?)轨道交通(?:产业园|产业基地|基地|项目)?(?:[一二三四五六七八九十]期)?(?:项目|工程)?$")


def _rail_maker(lead: str, after: list[str]) -> bool:
    """Whether rail transit after ``lead`` is a maker's (_RAIL_MAKER): a firm's short name before it (中车,
    甲乙: no place, no city's or region's transit: 城市轨道交通, 市域轨道交通, 成都轨道交通项目), or, after
    no firm, equipment or machinery told in the part joined after it (轨道交通及工程机械研发)."""
    place = not lead or _place_lead(lead) == len(lead) or lead in gazetteer().short or bool(gazetteer().lookup(lead))
    if lead and not place and not _rx.search(r"[市城都域圈际县区省镇州乡村]|地铁|现代|智慧|绿色|综合", lead):
        return True
    return bool(after) and _rx.search(r"机械|装备|设备|机车|车辆", after[0]) is not None


# meat, or an animal raised for it with its trade, told before food (肉类食品, 禽肉食品, 鹅业食品, 生猪食品):
# food of slaughter and meat processing (C13), not food made (休闲食品, 速冻食品: C14)
_MEAT_FOOD = re.compile(r"肉|[猪牛羊鸡鸭鹅禽](?:业|类)|生猪|家禽")


# waste, a by-product or a used good (粉煤灰, 钢渣, 固废, 秸秆, 酒糟, 磷石膏, 再生铅, 废旧锂电池, 动力电池) put to
# use again (粉煤灰综合利用项目, 锂电池回收): recovery of waste (C42), where the use closes the name's part;
# not a good's or a power's own use (天然气综合利用, 发电综合利用, 甲醇碳四综合利用, 大蒜深加工及综合利用)
_WASTE_USED = re.compile(r"(?:废|渣|粉煤灰|秸秆|糟|磷石膏|尾矿|再生|电池)[\u4e00-\u9fff\d/]{0,10}?(?P<use>综合利用|回收利用|循环利用|回收)(?:[一二三四五六七八九十]期)?(?:扩能改造|技改)?(?:建设)?(?:项目|工程)?(?:[（(][^（）()]*[）)])?$")
# the words that join the coordinated parts of a name (电解液及双极板, 研发总部和装备制造基地)
_COORDINATED = re.compile(r"以及|及|和|与|、|暨")
# words of a plant's or a place's kind, not of its goods (轴承生产基地, 奥特莱斯城市综合体), and of
# waste recovered as the material named before them (金精矿综合回收, 钛铁矿资源综合利用)
_PLANT_KINDS = {"生产基地", "生产研发基地", "生产科研基地", "制造基地", "智能制造", "先进制造", "加工制造", "装备制造", "总部", "研发基地", "城市综合体", "特色小镇",
                "综合回收", "资源综合利用", "工业园", "工业园区", "工业城", "工业小镇", "科技城"}


@lru_cache(maxsize=4096)
def _industries_named(body: str) -> tuple[str, ...]:
    """(speed: cached, for a list item's name and its clause are read again for each item)"""
    pattern, codes = _keyword_pattern()
    found: list[str] = []
    told: dict[str, set[str]] = {}
    for match in pattern.finditer(body):
        for code in codes[match.group()]:
            if code not in found:
                found.append(code)
            told.setdefault(code, set()).add(match.group())
    if any(c.startswith("C") and len(c) > 1 for c in found):
        found = [c for c in found if c != "C"]
    if "D" in found and told.get("C38", {"C38"}) <= _MADE_OR_BUILT:
        # 光伏 and 储能 are made (光伏组件, 储能电池) or built as a power works: beside a power
        # works' words they are the works (光热储能, 光热+光伏多能互补示范, 上储能源共享储能电站)
        found.remove("C38")
    return tuple(found)


# words of electrical goods that are also power works
_MADE_OR_BUILT = {"光伏", "储能", "光储"}


def _jobs(body: str) -> dict | None:
    for match in _JOBS.finditer(body):
        rest = body[match.end() : match.end() + 14]
        number = _rx.match(r"(?:约|近|超过?|逾)?([\d.]+)(万)?(?:余|多)?(?:个|人|名)", rest)  # (提供就业岗位400多个, 50多个就业岗位)
        if number:
            value = float(number.group(1)) * (10000 if number.group(2) else 1)
            return {"value": value, "unit": "人"}
    return None


# a signing and a start joined as one event by a word between them (签约、开工, 签约和开工, 开工、签约), read
# for the stage told first; not fused (签约开工, 开工签约: as read before) nor told as either (签约或开工)
_STAGE_SIGNED_FIRST = re.compile(r"(?P<signed>签约|签订)(?=[和、与及](?:开工|动工))|(?P<started>开工|动工)(?=[和、与及](?:签约|签订))")
# a start told joined to a putting into production, as one event (开工投产, 开工、投产, 动工（投产）): the 投产
# is no stage of its own (not after a signing or a landing, 签约开工投产, 落地开工、投产见效: how far they came)
_JOINED_START = re.compile(r"(?<!签约)(?<!签订)(?<!落地)(?<!落户)(?<![约订地户][、和及与])(?:开工|动工)[、和及与（(]?$")


# two stages told as either of them (竣工或投产, 完工或部分完工投产, 竣工投用或部分竣工): the projects
# reached at least the one that comes first in the making, the earlier (竣工或投产: completed)
_EITHER_STAGE = re.compile(r"(?P<a>(?:" + _STAGE_ALTERNATIVES + r")+)或(?:部分|局部|[一二三四五六七八九十首]期)?(?P<b>(?:" + _STAGE_ALTERNATIVES + r")+)")


def _either_stages(body: str) -> list[tuple[int, int, int]]:
    """Where ``body`` tells two stages as either (_EITHER_STAGE): each span, and the earlier stage's rank."""
    out = []
    for either in _EITHER_STAGE.finditer(body):
        ranks = [max(STAGES.index(m.lastgroup) for m in _STAGE.finditer(either.group(side))) for side in ("a", "b")]
        out.append((either.start(), either.end(), min(ranks)))
    return out


# a date that opens a clause of the sentence, told before a stage word that has no date of its own: it dates
# that stage (作为重大项目，去年8月、9月，甲项目、乙工程相继开建; 持续开展招商活动，2022年签约项目60个，…，
# 甲、乙等一批项目签约落地; 数据显示，2016年某区完成投资15亿元，招商引资项目13个), not a span's end
# it runs from (2020年以来，…), nor a date with the present told after it (2019年，甲公司落户，目前项目已投产)
_CLAUSE_DATE = re.compile(r"(?:^|(?<=[，,；;]))\s*(?:据[^，,。；]{0,12}?(?:了解|介绍|悉|统计)[，,]|数据显示[，,])?"
                          r"(?P<date>(?=(?:19|20)\d{2}年|去年|今年|\d{1,2}月)(?:" + _DATE.pattern + r"))(?![\d月日]|(?:份|[一二三四]季度|首季度?|[上下]半年|初|底)?(?:以来|来|至|到|起|开始|前|之前|以前|后|之后|以后))")


def _clause_date(text: str, lo: int, at: int) -> str | None:
    """The date that opens the last clause of text[lo:at] to open on one (_CLAUSE_DATE), if nothing
    of the present (_NOW) is told after it."""
    told = text[lo:at]
    opened = list(_CLAUSE_DATE.finditer(told))
    if not opened or _NOW.search(told, opened[-1].end("date")):
        return None
    return opened[-1].group("date")


# what a finish spoken of as a thing (项目的建成, 这些项目的落户投产) is said to bring: 将推动…, 对于…具有重要意义,
# 为…注入动力, 有利于… (not 标志着, 填补了: what it marks, told as done)
_STAGE_AS_CAUSE = re.compile(r"[，,]?\s*(?:也将|必将|势必|将|对于|对|为|有利于|有助于|可|能|不仅|进一步)")


def _stages(text: str, start: int, end: int, identity: Identity, report: bool, plan: bool, sentence_start: int | None = None, name: str | None = None) -> list[dict]:
    body = text[start:end]
    out = []
    # (甲300兆瓦光伏并网发电项目开工建设: a stage's word inside the project's name is none of its stages)
    named = [(m.start(), m.end()) for m in _rx.finditer(re.escape(name), body)] if name and len(name) >= 4 and _STAGE.search(name) else []
    either = _either_stages(body) if "或" in body else []
    for match in _STAGE.finditer(body):
        if any(a <= match.start() < b for a, b in named):
            continue
        if any(a <= match.start() < b and STAGES.index(match.lastgroup) > rank for a, b, rank in either):
            continue  # (竣工或投产: the later of two stages told as either is not sure to be reached)
        before = body[: match.start()]
        if match.group() in ("开工", "动工", "复工") and body.startswith("作", match.end()) and _rx.search(r"[召展公放行推带启活劳联调互发驱拉主流变运移]$", before):
            continue  # 召开|工作会议, 三年行动|工作部署, 推动|工作落实: a word that ends in 开 or 动 before 工作, no stage
        if match.group() in ("落地实施", "引进实施", "引入实施", "落户实施") and _rx.search(r"的(?:签约)?$", before):
            continue  # 这些项目的签约落地实施，必将…: the carrying out spoken of as a thing, not told as begun
        if match.lastgroup in ("completed", "in_production") and _rx.search(r"的(?:落户|落地|签约|顺利|全面|早日|尽快)?$", before) \
                and _STAGE_AS_CAUSE.match(body, match.end()):
            continue  # 甲、乙项目的建成，将推动…; 这些项目的落户投产，对于…具有重要意义: the finish spoken of as a thing and what it will bring, not told as reached
        expected = bool(_EXPECT_BEFORE.search(before[-16:]) or _EXPECT_AFTER.match(body[match.end() :]) or _CLAUSE_HOPED.search(before))
        if expected and any(m.end() == len(before) for m in _AHEAD_OF_PLAN.finditer(before + match.group())) and not _AHEAD_HOPED.search(_rx.split(r"[，,。；;]", before)[-1]) \
                and not _EXPECT_AFTER.match(body[match.end() :]):
            expected = False  # (甲、乙等11个计划下半年开工项目提前至一季度开工建设: the plan's projects reached it early)
        # the date written just before the stage word: 2024年3月18日正式签约
        date = None
        head = before.rstrip()
        for d in _DATE.finditer(head[-18:]):
            gap = head[-18:][d.end() :]
            if _DATE_LINK.fullmatch(gap) or _rx.fullmatch(r"[于在已经将并正式顺利成功全面完成实现]{0,6}", gap):
                date = d.group()
        if date is None and not expected:
            lead = _DATE.match(body.lstrip("在于")) if start == sentence_start else None
            if lead and _rx.match(r"^[，,]?", body.lstrip("在于")[lead.end() :]):
                date = lead.group()
        if date is None and not expected and not report and sentence_start is not None and sentence_start < start + match.start():
            # (a date that opens an earlier clause of the sentence: 去年8月、9月，甲项目、乙工程相继开建)
            date = _clause_date(text, sentence_start, start + match.start())
        year = _year_of(date, identity, report) if date else None
        if year is None and not expected:
            year = _default_year(identity, report)
        if date and year and not report and identity.published and identity.published[:4].isdigit() and year > int(identity.published[:4]):
            expected = True  # 计划总投资17.7亿元、于2025年12月建成, 明年7月建成投用 (an item of 2024): a date to come, only expected
        told = match.lastgroup
        if told == "completed" and match.group() == "竣工" and _rx.search(r"开复?$", before):
            told = "started"  # 集中开竣工, 开复竣工: starts and completions told as one event, the start told first (not a 竣工 of its own)
        if _rx.search(r"具备了?$", before) and _rx.match(r"(?:验收)?条件", body[match.end() :]):
            if told == "started":
                continue  # 具备开工条件: ready to start, not started
            told = "started"  # 基本具备竣工条件, 具备投产条件: ready to be finished, so under way, not finished
        if match.group() == "投产" and _JOINED_START.search(before) and not body.startswith(("见效", "达效"), match.end()):
            continue  # 当天开工投产的甲、乙等12个项目, 集中动工（投产）活动: one event, the start told first (but 落地开工、投产见效 is how far they came)
        stage = {"stage": told, "word": match.group(), "date": date, "year": year, "expected": expected or plan}
        if stage not in out:
            out.append(stage)
        if expected and not plan and match.lastgroup in ("completed", "in_production") and _rx.search(r"即将(?:建成)?$", before):
            # 甲项目即将竣工: building nearly done, so under way (but 力争年内建成 is only a plan)
            under_way = {"stage": "started", "word": match.group(), "date": None, "year": _default_year(identity, report), "expected": False}
            if under_way not in out:
                out.append(under_way)
    if "现场" in body:
        for site in _SITE.finditer(body):
            stage = {"stage": "started", "word": site.group(), "date": None, "year": _default_year(identity, report), "expected": plan}
            if stage not in out:
                out.append(stage)
    return out


def _year_of(date: str, identity: Identity, report: bool) -> int | None:
    explicit = _rx.match(r"((?:19|20)\d{2})年", date)
    if explicit:
        return int(explicit.group(1))
    here = _default_year(identity, report)
    # 去年 and 明年 count from the year the text was written in: a report's year, an item's date
    spoken = identity.report_year if report else (int(identity.published[:4]) if identity.published and identity.published[:4].isdigit() else here)
    if date.startswith(("去年", "明年")) and spoken is not None:
        return spoken - 1 if date.startswith("去年") else spoken + 1
    told = _rx.match(r"(\d{1,2})月(?:(\d{1,2})日)?", date)
    if told and not report and here is not None and identity.published and _rx.fullmatch(r"\d{4}-\d{2}-\d{2}", identity.published) and here == int(identity.published[:4]):
        # a month and day over a month after the item's own date is of the year before (12月30日, in
        # an item dated 2020-01-24; 8月14日, dated 2021-07-02); a day or two after is still to come
        month, day = int(told.group(1)), int(told.group(2) or 1)
        if 1 <= month <= 12 and (month - int(identity.published[5:7])) * 31 + day - int(identity.published[8:10]) > 31:
            return here - 1
    return here


def _default_year(identity: Identity, report: bool) -> int | None:
    """The year a stage with no year of its own happened in: a report's year in review, or
    the year an item was published."""
    if report:
        return identity.reviewed_year or (identity.report_year - 1 if identity.report_year else None)
    if identity.reviewed_year:
        return identity.reviewed_year  # an item that reviews the year before (2017年省列重大项目完成投资…, dated 2018)
    if identity.published and identity.published[:4].isdigit():
        return int(identity.published[:4])
    return identity.report_year or identity.plan_year


def _named_after(text: str, matches: list[Match]) -> list[Match]:
    """乙有限公司…签约，项目总投资48亿元。…乙武宣新型建材产业园项目分三年建成: a project priced
    without a name, then named with nothing of its own in the sentence after, by its firm's
    short name: one project. So is one counted and priced (签约项目1个，总投资10.5亿元), then
    named in the sentence after."""
    out: list[Match] = []
    for match in matches:
        prior = out[-1] if out else None
        name = match.fields.get("name")
        if prior is not None and name and match.fields.get("base_amount") is None and not match.fields.get("batch") and not match.fields.get("in_batch") \
                and not prior.fields.get("batch") and prior.fields.get("name") is None and prior.fields.get("base_amount") is not None \
                and (any(len(i["name"]) >= 4 and name.startswith(i["name"][:2]) for i in prior.fields.get("investors") or [])
                     or _ONE_COUNTED.search(text, prior.evidence_start, prior.evidence_end) and 0 <= match.evidence_start - prior.evidence_end <= 2) \
                and 0 <= match.evidence_start - prior.evidence_end <= 80:
            prior.fields["name"] = name
            _figures_told_again(prior, match)
            if not prior.fields.get("investors") and match.fields.get("investors"):
                prior.fields["investors"], prior.fields["investor"] = match.fields["investors"], match.fields.get("investor")
            continue
        out.append(match)
    return out


# one project counted (签约项目1个, 1个项目签约)
# what one works holds, told before its name (建设包括甲中心、乙基地在内的丙总部); not a list closed by 等
# (包括甲、乙等在内的一批项目) or by a count (包括甲、乙在内的18个项目): the members of a batch
_PARTS_INSIDE = re.compile(r"包括(?P<parts>[^，,。；;]{2,60}?)(?<!等)在内的(?![^，,。；;]{0,12}?(?:\d+|[一二三四五六七八九十两百]+|一批|多个|众多)(?:个|项|批)?[^，,。；;]{0,12}?(?:项目|工程))(?=[\u4e00-\u9fffA-Za-z\d]{4})")

# a class of one that names its member: 央企项目1个，为甲项目
_ONE_NAMED = re.compile(r"(?:项目|工程)(?:1|一)(?:个|项)[，,：:]?(?:为|是)")


def _one_named(text: str, group: _Group, groups: list[_Group], name: str | None) -> str | None:
    """The one member a class of one names after 为 (央企项目1个，为甲项目), in its group or the
    next (the comma may close the count's), else None; the group's name if it is told after 为
    (为总投资22.1亿元的乙项目)."""
    one = _ONE_NAMED.search(text, group.start, min(group.end + 2, len(text)))
    if one is None:
        return None
    if name and text.find(name, one.end(), group.end) >= 0:
        return name
    return next((n for g in groups if g.end > one.end() for at, n in sorted(g.names) if one.end() <= at <= one.end() + 16
                 and not _rx.search(r"[，,；;。]", text[one.end() : at])), None)
_ONE_COUNTED = re.compile(r"(?:项目|工程)(?:共|仅)?(?:1|一)(?:个|项)(?![\d一二三四五六七八九十])|(?<![\d一二三四五六七八九十])(?:1|一)(?:个|项)(?:[\u4e00-\u9fff]{0,4})?(?:项目|工程)")


# 甲数控机床生产项目（以下简称“甲项目”）: the short name a text gives a project for the rest of it
_ALIAS = re.compile(r"(?P<full>[^，。；、（(）)—－\-：:“”]{4,40}?(?:" + _NAME_END + r"))[（(](?:以下|下文)?简称[“\"「]?(?P<short>[^”\"」）)，。]{2,16})[”\"」]?[）)]")


def _by_their_full_names(text: str, matches: list[Match]) -> None:
    """Projects told by the short name the text gave them (以下简称“甲项目”) take their full name,
    so that the two tellings are one project."""
    aliases = {}
    for found in _ALIAS.finditer(text):
        full = _tidy_name(found.group("full"))
        if full and found.group("short") != full:
            aliases[found.group("short")] = full
    for match in matches:
        if match.fields.get("name") in aliases and not match.fields.get("batch"):
            match.fields["name"] = aliases[match.fields["name"]]


def _without_repeats(text: str, matches: list[Match]) -> list[Match]:
    """A headline (a line without a full stop) that states the amount its body states again
    tells the same project twice: the body's telling, with its context, is kept; and one
    project stated twice in the body with the same amount and name is kept once."""
    out: list[Match] = []
    # the sentences that name two projects or more with no amount: lists, whose members are each
    # a project of its own (甲第二再生水厂、乙第二再生水厂)
    told = Counter(m.evidence_start for m in matches if m.fields.get("name") and m.fields.get("base_amount") is None and not m.fields.get("batch"))
    listed = {at for at, n in told.items() if n > 1}
    by_sentence: dict[int, list[Match]] = {}
    for match in matches:
        if match.fields.get("batch") and match.fields.get("count"):
            by_sentence.setdefault(match.evidence_start, []).append(match)
    for n, match in enumerate(matches):
        headline = _headline(text, match)
        later = matches[n + 1 :]
        amounted = match.fields.get("base_amount") is not None  # (speed: with no amount, none is the same as its)
        if headline and amounted and any(_same_amount(other, match) and other.evidence_start >= match.evidence_end for other in later):
            continue  # a title or lead (导读) that the body tells again
        if headline and amounted and not match.fields.get("batch") and _printed_again(text, match) \
                and any(_same_amount(prior, match) and not prior.fields.get("batch") and not _headline(text, prior) for prior in out):
            continue  # 甲县15亿元玉米深加工项目签约, the title printed again after the body told 乙项目，总投资15亿元: that project
        if amounted and any(_same_amount(prior, match) and _one_name(prior.fields.get("name"), match.fields.get("name")) and prior.fields.get("batch") == match.fields.get("batch")
                            and not _other_firms(prior, match) and not (match.fields.get("batch") and prior.fields.get("count") != match.fields.get("count")) for prior in out):
            # (two batches of one total and another count are two: 宁化县7个、总投资20亿元，…，大田县13个、总投资20亿元)
            kept = next(prior for prior in out if _same_amount(prior, match) and _one_name(prior.fields.get("name"), match.fields.get("name")) and prior.fields.get("batch") == match.fields.get("batch"))
            _investors_told_again(kept, match)
            _figures_told_again(kept, match)
            continue  # 总投资112亿元的甲动力电池基地项目, then 甲在某区建设的动力电池基地项目，总投资112亿元
        if amounted and not match.fields.get("batch") and (told := next((i for i, prior in enumerate(out) if not prior.fields.get("batch") and _same_amount(prior, match)
                                                                         and (_by_its_firm(prior, match) or _by_its_firm(match, prior))), None)) is not None:
            # 总投资108亿元的甲乙科技年产…项目, then 开工的甲乙科技公司总投资108亿元的项目…年产值可达100亿元: one project,
            # told again by its firm with its sum; the named telling is kept, with what the other told
            kept, dropped = (out[told], match) if out[told].fields.get("name") else (match, out[told])
            _investors_told_again(kept, dropped)
            _figures_told_again(kept, dropped)
            out[told] = kept
            continue
        if not match.fields.get("batch") and (told := next((i for i, prior in enumerate(out) if not prior.fields.get("batch")
                and (prior.fields.get("base_amount") is None and _by_its_firm(match, prior) or match.fields.get("base_amount") is None and _by_its_firm(prior, match))), None)) is not None:
            # 引进了甲乙科技、丙丁等一批企业；…引进了投资70亿元的甲乙科技生物发酵项目: a firm told in a list
            # (ruling 5), then its project by a name its short name opens; one investment, the named
            # telling kept, with the firm as investor
            kept, dropped = (out[told], match) if out[told].fields.get("name") else (match, out[told])
            if not kept.fields.get("investors"):
                kept.fields["investors"], kept.fields["investor"] = dropped.fields["investors"], dropped.fields["investors"][0]["name"]
            _figures_told_again(kept, dropped)
            out[told] = kept
            continue
        if match.fields.get("batch") and headline and _sum_of_stages(text, match, later):
            continue  # 湘阴65个项目集中签约开工 over 29个项目集中开工…36个项目集中签约: the body's batches, told together
        if match.fields.get("batch"):
            told = next((i for i, prior in enumerate(out) if prior.fields.get("batch") and prior.fields["count"] == match.fields["count"]
                         and (None in (prior.fields["base_amount"], match.fields["base_amount"]) or _near_amount(prior, match)
                              or not headline and prior.fields.get("stage") == match.fields.get("stage") and _headline(text, prior))
                         and not _shares_of_two(prior, match) and not _places_apart(prior, match, by_sentence) and not _two_stages_in_one(prior, match)
                         and not (headline is False and not _headline(text, prior) and _stages_apart(prior, match))), None)
            if told is not None:
                # the batch the headline reported, told again: the telling with the total, and
                # of two with a total the body's (签约项目46个总投资超197亿元, then …197.32亿元; a
                # headline's 投资近200亿元, then 总投资额172.55亿元: the body's, though the two differ)
                prior_headline = _headline(text, out[told])
                rounder = out[told].fields.get("modifier") not in (None, "point") and match.fields.get("modifier") == "point"
                if match.fields["base_amount"] is not None and (out[told].fields["base_amount"] is None or (prior_headline and not headline) or rounder) \
                        or out[told].fields["base_amount"] is None and prior_headline and not headline:
                    out[told] = match  # (neither with a total: the body's, which a later sentence may price)
                continue
        name = match.fields.get("name")
        same = [i for i, prior in enumerate(out) if name and not prior.fields.get("batch") and prior.fields.get("name") and _same_name(prior, match, listed)]
        if same:
            # one project told twice in an item: the telling with an amount, else the body's, else the first
            # (a size class's bound is no amount of its own: 投资过百亿元的甲、乙…；总投资260亿元的甲项目, ruling 4)
            priced = match.fields.get("base_amount") is not None and not match.fields.get("class_bound")
            unpriced = [i for i in same if out[i].fields.get("base_amount") is None or (out[i].fields.get("class_bound") or _bound_then_figure(out[i], match)) and priced]
            if priced and unpriced:
                if not match.fields.get("investors") and out[unpriced[0]].fields.get("investors"):
                    # (甲项目由乙公司建设，…，其中一期总投资2.4亿元: the firms the first telling named)
                    match.fields.update(investors=out[unpriced[0]].fields["investors"], investor=out[unpriced[0]].fields.get("investor"))
                for i in unpriced:
                    _figures_told_again(match, out[i])  # (甲项目开工，建成后年产值…；甲项目总投资…: what the first telling yields)
                out[unpriced[0]] = match
                out = [m for i, m in enumerate(out) if i not in unpriced[1:]]
            elif not priced and len(unpriced) == len(same) and all(_is_title(text, out[i]) for i in same):
                _figures_told_again(match, out[same[0]])
                out[same[0]] = match  # the title's project, told again in the body
            elif not priced and len(unpriced) == len(same) and all(_told_as_venue(text, out[i]) for i in same) and not _told_as_venue(text, match):
                # 开工仪式在甲项目现场举行。…包括甲、乙等项目: the site an event was held at, then the project
                # told among the others (the gold labels it there, once)
                _investors_told_again(match, out[same[0]])
                if not match.fields.get("location") and out[same[0]].fields.get("location"):
                    match.fields["location"] = out[same[0]].fields["location"]  # (the site is where it is)
                _figures_told_again(match, out[same[0]])
                out[same[0]] = match
            elif not priced and len(unpriced) == len(same) and all(_told_by_firm(out[i]) for i in same) and not _told_by_firm(match) \
                    and match.fields["name"].startswith(out[same[0]].fields["name"]) and len(match.fields["name"]) > len(out[same[0]].fields["name"]):
                # 引进甲锂能等项目19个；甲锂能项目一期建成投产: a firm told in a list, then its project by name
                match.fields["investors"] = match.fields.get("investors") or out[same[0]].fields["investors"]
                match.fields["investor"] = match.fields["investors"][0]["name"]
                _figures_told_again(match, out[same[0]])
                out[same[0]] = match
            elif not priced and len(unpriced) == len(same) and (_richness(match) > max(_richness(out[i]) for i in same) or (
                    _richness(match) == max(_richness(out[i]) for i in same) and text[match.evidence_start : match.evidence_end].lstrip().startswith(name))):
                # 甲项目是由乙公司投资建设…年产值…: the telling that says most about it, or as much
                # in a sentence of its own about the project
                _figures_told_again(match, out[same[0]])
                out[same[0]] = match
            else:
                _investors_told_again(out[same[0]], match, text)
                _figures_told_again(out[same[0]], match)
            continue
        firms = {i["name"] for i in match.fields.get("investors") or []}
        if not name and firms and not match.fields.get("batch") and match.fields.get("base_amount") is None \
                and any(not prior.fields.get("name") and not prior.fields.get("batch") and {i["name"] for i in prior.fields.get("investors") or []} == firms for prior in out):
            continue  # 某县与甲有限公司等12家企业签订了协议…；会上，某县分别与甲有限公司等12家企业签约: a firm told as a project (ruling 5), told again
        out.append(match)
    return out


# where a project is told only as the site something was held at or seen: 仪式在|甲项目|现场举行,
# 分会场设在|乙项目|施工现场, 在…、|丙公司丁项目|建设工地出席开工仪式
_VENUE_TOLD_BEFORE = re.compile(r"(?:在|设在|设于|设立在|设置在)[^，,。；;！？\n]{0,40}$")
_VENUE_TOLD_AFTER = re.compile(r"(?:[（(][^（）()，,。]{0,20}[）)])?(?:建设|施工)?(?:现场|工地)")


def _told_as_venue(text: str, match: Match) -> bool:
    """Whether a telling names its project only as the place at which an event was held or a
    visit made (在甲项目现场举行, 会场设在乙项目施工现场): a site, not the project's own telling."""
    name = match.fields.get("name")
    at = text.find(name, match.evidence_start, match.evidence_end) if name else -1
    if at < 0 or not _VENUE_TOLD_AFTER.match(text, at + len(name)):
        return False
    clause = max(text.rfind(mark, match.evidence_start, at) for mark in "，,。；;！？\n")
    return _VENUE_TOLD_BEFORE.search(text[max(clause + 1, match.evidence_start) : at]) is not None


def _firm_short(firm: str) -> str:
    """A firm's name without its bracket and legal words (甲乙控股（湖北）集团有限公司: 甲乙; 丙丁科技公司: 丙丁科技)."""
    short = _rx.sub(r"[（(][^（）()]*[）)]", "", firm)
    while (cut := _rx.sub(r"(?:股份有限公司|有限责任公司|有限公司|股份公司|集团公司|集团|公司|控股|股份)$", "", short)) != short:
        short = cut
    return short


def _by_its_firm(named: Match, told: Match) -> bool:
    """Whether a telling with no name of its own tells a project by its firm (甲乙科技公司…的项目) whose
    short name opens the other's name (甲乙科技年产…项目), or is the other's firm."""
    name = named.fields.get("name")
    if not name or told.fields.get("name") or not told.fields.get("investors"):
        return False
    shorts = [_firm_short(i["name"]) for i in told.fields["investors"]]
    # (a firm told whole, 广东甲乙玻璃股份有限公司, is the other's firm though a place opens it; only a short
    # name a place opens says nothing of the other's name)
    return any(len(short) >= 3 and (_place_lead(short) == 0 and name.startswith(short) or _place_lead(short) < len(short) - 1 and any(_firm_short(i["name"]) == short for i in named.fields.get("investors") or []))
               for short in shorts)


def _short_by_its_firm(whole: Match, short: Match) -> bool:
    """Whether a name opens with the short name of the firm of another telling and what follows
    is that telling's name said short (甲乙控股集团有限公司的丙丁高速装备制造产业园项目: 甲乙高速装备产业园)."""
    told = short.fields["name"]
    if short.fields.get("investors"):
        return False
    for firm in whole.fields.get("investors") or []:
        head = _firm_short(firm["name"])
        rest = _rx.sub(r"(?:项目|工程)$", "", told[len(head) :])
        if len(head) >= 3 and _place_lead(head) == 0 and told.startswith(head) and len(rest) >= 4 and _matched_size(rest, whole.fields["name"]) == len(rest):
            return True
    return False


def _figures_told_again(kept: Match, dropped: Match) -> None:
    """One project told twice, one telling dropped: what it yields (output, tax, jobs) told only in
    the dropped telling is the kept one's (甲项目开工，项目建成后年产值4亿元…。甲项目由乙公司投资，计划总投资3亿元)."""
    for key in ("annual_output", "annual_tax", "jobs"):
        if kept.fields.get(key) is None and dropped.fields.get(key) is not None:
            kept.fields[key] = dropped.fields[key]


def _investors_told_again(kept: Match, dropped: Match, text: str | None = None) -> None:
    """One project told twice, the second telling dropped: the firm only the second names is its
    investor (以总投资11亿元的甲风电场项目为代表…。与乙有限公司签约的甲风电场项目，总投资11亿元). Of a
    second telling with no amount (a title's project, then 乙有限公司甲项目开工建设) only the firm
    written right before its name: the sentence may tell another firm's project beside it (在乙有限
    公司甲项目不远处，丙有限公司项目建设如火如荼)."""
    if kept.fields.get("investors") or not dropped.fields.get("investors") or dropped.fields.get("batch"):
        return
    firms = dropped.fields["investors"]
    if text is not None:
        told = text[dropped.evidence_start : dropped.evidence_end]
        firms = [i for i in firms if i["name"] + (dropped.fields.get("name") or "\0") in told]
    if firms:
        kept.fields["investors"], kept.fields["investor"] = firms, firms[0]["name"]


def _printed_again(text: str, match: Match) -> bool:
    """Whether a match's line is a headline (no full stop) that the item prints twice (its title again in the body)."""
    line = text[text.rfind("\n", 0, match.evidence_start) + 1 : (text.find("\n", match.evidence_end) + 1 or len(text) + 1) - 1].strip()
    return len(line) >= 8 and line[-1:] not in "。！？；，,：:" and text.count(line) >= 2


def _sum_of_stages(text: str, match: Match, later: list[Match]) -> bool:
    """Whether a headline's batch of several stages, a line with no full stop (湘阴65个项目集中签约开工, 河南省2354个项目集中签约开工投产),
    counts the batches of those stages the body tells after it (29个项目集中开工…36个项目集中签约: 65), and
    the body never tells its count together: the body's batches told at once, no batch of its own (the gold
    labels none such; a body that tells the whole again, 本次集中签约、开工重点项目共68个, is that batch)."""
    count = match.fields.get("count")
    told = text[match.evidence_start : match.evidence_end].rstrip()
    if not count or told[-1:] in "。！？；" or len(_event_stage_kinds(told)) < 2:
        return False  # (a lead's sentence that tells them together is the batch the gold labels: 现场集中签约、开工、投产项目共计134个)
    parts = [m for m in later if m.fields.get("batch") and m.evidence_start >= match.evidence_end and m.fields.get("stage") and m.fields.get("count")]
    if any(m.fields["count"] == count and not _headline(text, m) for m in later if m.fields.get("batch")):
        return False
    for again in (m for m in _COUNT_TOLD.finditer(text, match.evidence_end) if m.group("c") == str(count)):
        line = text[text.rfind("\n", 0, again.start()) + 1 : (text.find("\n", again.end()) + 1 or len(text) + 1) - 1].rstrip()
        if line[-1:] in "。！？；":
            return False  # (the count told again in a sentence of the body, though not read as a batch there)
    return any(sum(m.fields["count"] for m in some) == count and len({m.fields["stage"] for m in some}) == size
               for size in (2, 3) for some in combinations(parts, size))


# a list of what a body carries out, closed by how many works it makes (以实施项目建设、基础设施建设、农村城市化和维护
# 稳定“四项工程”为重点; 一期工程…重点实施基础设施配套建设、康养民宿和文旅亲子研学体验区三项工程)
_WORKS_CARRIED_OUT = re.compile(r"实施(?P<items>[^，,。；;！？：:“”\"]{4,80}?)[“\"]?(?P<n>[一二三四五六七八九十两]|\d+)(?:项|大)工程[”\"]?")


def _without_works_a_body_carries_out(text: str, matches: list[Match]) -> list[Match]:
    """实施A、B、C和D“四项工程”: the fields of work a body takes up, or the parts one project is made
    of, counted as its works with no stage reached and no money told (实施 is no stage): neither a
    batch (ruling 6) nor projects (no stage, no amount); 甲、乙和丙三项工程全部建成 keeps them."""
    drop: set[int] = set()
    for told in _WORKS_CARRIED_OUT.finditer(text):
        items = told.group("items")
        parts = [p for p in _rx.split(r"、|以及|和|及|与", items) if p.strip()]
        n = told.group("n")
        count = int(n) if n.isdigit() else int(cn_to_number(n) or 0) or None
        closes = min([at for at in (text.find(mark, told.end()) for mark in "。；;\n") if at >= 0] + [len(text)])
        if count is None or len(parts) != count or _STAGE.search(text, told.start(), closes) or _rx.search(r"\d\s?(?:万|亿)?(?:美)?元", text[told.start() : closes]):
            continue  # (实施甲、乙和丙三项工程，总投资12亿元: a batch with its total; …三项工程，年内全部建成: reached)
        for i, match in enumerate(matches):
            if match.evidence_end <= told.start() or match.evidence_start >= told.end():
                continue
            if match.fields.get("batch") and match.fields.get("count") == count \
                    or not match.fields.get("batch") and not match.fields.get("amount") and match.fields.get("name") and match.fields["name"] in items:
                drop.add(i)
    return [m for i, m in enumerate(matches) if i not in drop] if drop else matches


# a project told, then what it mainly builds, a list of two or more: 甲产业基地项目，总投资100亿元，主要建设
# 乙产业项目、丙产业项目等; 上述项目主要建设丁生产线、戊生产线 (a place's or a zone's 主要建设 names its projects:
# 试验区…，目前主要建设甲、乙等项目, no project before it; nor is a count of projects one: 重点项目120个，主要建设…)
_PARTS_BUILT = re.compile(
    # (甲一体化项目的总投资约20亿元，主要建设乙、丙及丁等项目: its sum told right after it, with 的)
    r"(?<![点大等批类个])(?:项目|工程)(?:的(?:总)?投资[^，,。；;\n：:]{0,16})?(?:[，,](?:(?!\d+个)[^。；;\n：:]){0,30}?)?[，,]?(?:将|拟)?主要建设(?:内容)?(?:包括|为)?[：:]?"
    r"(?P<items>[^。；;\n，,、]{2,40}(?:、[^。；;\n，,、]{2,40})+)")


def _without_parts_a_project_is_built_of(text: str, matches: list[Match]) -> list[Match]:
    """甲产业基地项目，总投资100亿元，主要建设乙产业项目、丙产业项目等: the parts the project told is built
    of, no projects of their own (the whole is the project); a part told with its own money or a
    stage reached after the list (…等，均已开工) stays."""
    drop: set[int] = set()
    for told in _PARTS_BUILT.finditer(text):
        closes = min([at for at in (text.find(mark, told.end()) for mark in "。；;\n") if at >= 0] + [len(text)])
        # (…等项目，该项目的签约，将…: the whole's signing spoken of as a thing, after 的, is no stage the parts reached)
        if any(text[stage.start() - 1 : stage.start()] != "的" for stage in _STAGE.finditer(text, told.end(), closes)):
            continue
        items = told.group("items")
        for i, match in enumerate(matches):
            if match.fields.get("batch") or match.fields.get("amount") or not match.fields.get("name"):
                continue
            if match.evidence_start < told.end() and match.evidence_end > told.start() and match.fields["name"] in items:
                drop.add(i)
    return [m for i, m in enumerate(matches) if i not in drop] if drop else matches


def _without_classes_by_kind(text: str, matches: list[Match]) -> list[Match]:
    """A count of one kind of projects (甲、乙等11个工业能源类项目, 旅游商贸类项目24个) told after a
    larger batch at the same stage is that batch's breakdown, no batch of its own (ruling 6); its
    members are the larger batch's. 各类项目 counts every kind, and 产业类和基建类项目 two: a batch."""
    out: list[Match] = []
    batches: list[Match] = []
    for match in matches:
        count = match.fields.get("count") if match.fields.get("batch") else None
        whole = next((b for b in batches if count and b.fields["count"] > count and b.fields.get("stage") == match.fields.get("stage")), None)
        if whole is not None and (_counted(_COUNT_OF_KIND, count, text, match.evidence_start, match.evidence_end)
                                      or _counted(_KIND_THEN_COUNT, count, text, match.evidence_start, match.evidence_end)):
            whole.fields["members"].extend(m for m in match.fields.get("members") or [] if m not in whole.fields["members"])
            continue
        if count:
            batches.append(match)
        out.append(match)
    return out


def _without_parts_of_a_total(text: str, matches: list[Match]) -> list[Match]:
    """线上签约项目3个，线下签约项目9个，共计12个签约项目: counts a sentence adds up to the total it
    tells after them are its breakdown, no batches of their own (ruling 6); places' shares
    (甲县5个、乙县7个，共计12个) stay batches."""
    parts: set[int] = set()
    for n, total in enumerate(matches):
        count = total.fields.get("count") if total.fields.get("batch") else None
        if not count or "共" not in text[total.evidence_start : total.evidence_end] and "计" not in text[total.evidence_start : total.evidence_end] or not _counted(_COUNT_SUMMED, count, text, total.evidence_start, total.evidence_end):
            continue
        before = [i for i in range(n) if matches[i].fields.get("batch") and matches[i].evidence_start == total.evidence_start and matches[i].fields.get("count")]
        if len(before) >= 2 and sum(matches[i].fields["count"] for i in before) == count and not any(
                _share_place(text[max(text.rfind(mark, total.evidence_start, matches[i].start) for mark in "，,；;：:、") + 1 : matches[i].end]) for i in before):
            parts.update(before)
    return [m for i, m in enumerate(matches) if i not in parts] if parts else matches


# a level a breakdown names, no place's own name (省、市重点建设项目29宗, 县市区项目258个, 州直项目58个)
_LEVEL_OPENING = re.compile(r"^[省市县区州](?:[、和及]?[省市县区州])*(?:直|级|属)?(?=[^，,；;。]*?(?:项目|工程))")


# a count of projects told with its unit: 316个, 29宗, 12项
_COUNT_WITH_UNIT = re.compile(r"(?<![\d.])(\d+)\s?(?:个|项|宗)")


def _without_classes_of_a_whole_told_before(text: str, matches: list[Match]) -> list[Match]:
    """316个州重点建设项目…。■按项目类别统计：产业发展项目172个…；基础设施项目75个…; 安排重点项目72宗…
    （省、市重点建设项目29宗…；县重点建设项目43宗…）: counts of one sentence, each of a kind or a level
    of projects, that add up to a count told just before are its breakdown, no batches of their own
    (ruling 6); places' shares (福州市75个) and splits by a stage reached (已开工38个) stay batches."""
    sentences: dict[int, list[int]] = {}
    for i, match in enumerate(matches):
        if match.fields.get("batch") and match.fields.get("count"):
            sentences.setdefault(match.evidence_start, []).append(i)
    parts: set[int] = set()
    for start, told in sentences.items():
        whole = sum(matches[i].fields["count"] for i in told)
        if len(told) < 2 or not any(int(c.group(1)) == whole for c in _COUNT_WITH_UNIT.finditer(text, max(0, start - 400), start)):
            continue  # (speed: one pattern for every count, its digits compared, not a pattern compiled for each)
        clauses, after = [], start
        for i in told:
            counts = [c for c in _rx.finditer(r"(?<![\d.])(\d+)\s?(?:个|项|宗)", text[after : max(matches[i].end, after)]) if int(c.group(1)) == matches[i].fields["count"]]
            if not counts:
                break
            at = after + counts[-1].end()
            opening = max(text.rfind(mark, start, after + counts[-1].start()) for mark in "，,；;：:（(") + 1
            clauses.append(_rx.sub(r"(?<=\d)宗", "个", _LEVEL_OPENING.sub("", text[max(opening, start) : at].strip(), count=1)))
            after = at
        if len(clauses) == len(told) and all(_class_clause(clause) for clause in clauses):
            parts.update(told)
    return [m for i, m in enumerate(matches) if i not in parts] if parts else matches


# a row of a breakdown told line by line or sentence by sentence: its text, from after the
# previous row's mark to its own (一是基础设施领域，重点实施…项目641个，总投资9645亿元。)
_ROW_MARK = re.compile(r"[。；;\n]")


def _without_rows_of_a_whole_told_before(text: str, matches: list[Match]) -> list[Match]:
    """开工一批项目602个…：⏎产业转型发展领域452个、总投资3145.8亿元；⏎基础设施建设领域79个…; 3455个项目
    …。一是基础设施领域，重点实施…项目641个，总投资9645亿元。二是产业升级领域…: rows of one count
    each, one row a sentence or a line, each of a kind of projects (a field, a class), that add up to
    a batch told just before are its breakdown, no batches of their own (ruling 6), even where only
    some rows were read as batches; places' shares (凯里市项目14个) and splits by a stage reached
    (往年已开工在建项目1742个) are no rows of a kind."""
    wholes = [m for m in matches if m.fields.get("batch") and m.fields.get("count")]
    if len(wholes) < 2:
        return matches
    drop: set[int] = set()
    for whole in wholes:
        count = whole.fields["count"]
        # the rows after the whole's sentence, up to 1200 characters: each its first count, or None
        at = _ROW_MARK.search(text, whole.evidence_end)
        if at is None:
            continue
        rows: list[tuple[int, int, int | None]] = []
        start = at.end()
        for mark in _ROW_MARK.finditer(text, start, min(len(text), start + 1200)):
            row = text[start : mark.start()]
            # (speed: a row of a kind names its 领域 or 类; others are read as no row of a kind at once)
            told = _COUNT_WITH_UNIT.search(row) if "领域" in row or "类" in row or "類" in row else None
            if row.strip():
                clause = _rx.split(r"[，,：:]", row[: told.end()])[-1].lstrip("◆■●▲◇□○·•-—*（(）) \u3000") if told else ""
                # (a row of a field or a class, 基础设施领域…项目641个, 工业类项目4个; a row that names its
                # members, 甲、乙等8个项目, or tells a stage, 竣工甲等11个项目, is a batch of its own; 县、区 rows,
                # 开化县组织项目17个, are places' shares)
                kind = told is not None and _rx.search(r"领域|類|类", row[: told.start()]) is not None and _class_clause(clause) and len(_COUNT_WITH_UNIT.findall(row)) == 1 \
                    and not row[: told.start()].rstrip().endswith("等") and not _rx.search(_STAGE_ALTERNATIVES, row[: told.start()])
                rows.append((start, mark.start(), int(told.group(1)) if kind else None))
            start = mark.end()
        # a run of two or more rows of a kind, one after another, whose counts sum to the whole's
        for first in range(len(rows)):
            total, last = 0, first
            while last < len(rows) and rows[last][2] is not None and total < count:
                total += rows[last][2]
                last += 1
            if total == count and last - first >= 2:
                lo, hi = rows[first][0], rows[last - 1][1]
                drop.update(i for i, m in enumerate(matches) if m is not whole and m.fields.get("batch") and m.fields.get("count")
                            and lo <= m.evidence_start and m.evidence_end <= hi + 1 and m.fields["count"] < count)
                break
    return [m for i, m in enumerate(matches) if i not in drop] if drop else matches


# the words that open a breakdown of a batch by kind: 其中, 分行业看, 按类别分, 从产业类别看
_KIND_BREAKDOWN = re.compile(r"其中|分(?:行业|类别?|领域|产业)|(?:从|按)[^，,。；;]{1,10}?(?:看|分)")


def _without_kinds_of_a_stage_told_before(text: str, matches: list[Match]) -> list[Match]:
    """已有30个开工…。其中，制造业类项目开工13项，服务业类项目开工8项，基础设施类项目开工9项; 开复工项目64项。
    分行业看：⏎新型化工项目32个，…，开复工项目25个；⏎现代装备制造项目25个，…，开复工项目23个…: the
    kinds of a batch told just before, each telling again the batch's own stage, whose counts add up
    to the batch's, are its breakdown by kind, no batches of their own (ruling 6); places' shares
    (each at a place of its own: 其中甲县开工12个、乙县开工18个) and splits by another stage stay batches."""
    batches = sorted((m for m in matches if m.fields.get("batch") and m.fields.get("count")), key=lambda m: m.evidence_start)
    if len(batches) < 3:
        return matches
    drop: set[int] = set()
    for at, whole in enumerate(batches):
        count, stage, place = whole.fields["count"], whole.fields.get("stage"), whole.fields.get("location")
        rows, total = [], 0
        for row in batches[at + 1 :]:
            if row.evidence_start < whole.evidence_end or row.evidence_start - whole.evidence_end > 1200 or total >= count \
                    or row.fields.get("stage") != stage or row.fields.get("location") != place or row.fields["count"] >= count:
                break
            told = text.rfind(str(row.fields["count"]), row.evidence_start, row.end)
            clause = text[max(text.rfind(mark, 0, told) for mark in "，,；;。：:、\n") + 1 : told].lstrip("◆■●▲ \u3000") if told >= 0 else ""
            if _share_place(clause) or _PLACE_COUNT.match(clause + str(row.fields["count"])):
                break  # (其中，漳州22个、总投资107亿元；厦门24个…: places' shares, batches of their own)
            if _rx.search(r"(?<!开)复工|新开工|新建|续建", clause):
                break  # (其中新建项目开工15个，续建项目复工43个 of 开复工58个: a split by stage, see _START_RESUME_SPLIT)
            rows.append(row)
            total += row.fields["count"]
        if total == count and len(rows) >= 2 and _KIND_BREAKDOWN.search(text, whole.evidence_end, rows[0].evidence_start + 40):
            drop.update(id(row) for row in rows)
    return [m for m in matches if id(m) not in drop] if drop else matches


def _two_stages_in_one(one: Match, other: Match) -> bool:
    """Two counts of one sentence, each of its own stage (开工一批项目19个，投产一批项目19个): two
    batches, not one told twice."""
    stages = (one.fields.get("stage"), other.fields.get("stage"))
    return one.evidence_start == other.evidence_start and None not in stages and stages[0] != stages[1]


def _stages_apart(one: Match, other: Match) -> bool:
    """Two counts in the body, each of a stage of its own (引进项目8个，运行投产3个; later, 3个项目成功
    现场签约): two batches, not one told twice."""
    stages = (one.fields.get("stage"), other.fields.get("stage"))
    # (but a plan and what became of it, or two tellings of one total, are one: 计划开工项目60个，总投资85.9亿元)
    return None not in stages and stages[0] != stages[1] and "planned" not in stages and None in (one.fields["base_amount"], other.fields["base_amount"])


def _shares_of_two(one: Match, other: Match) -> bool:
    """Two places' shares told in one sentence with the same count (营口64个, …, 辽阳64个): two
    batches, not one told twice."""
    return one.evidence_start == other.evidence_start and one.fields.get("location") != other.fields.get("location")


def _places_apart(one: Match, other: Match, by_sentence: dict[int, list[Match]]) -> bool:
    """Two places' shares with the same count, each of a place the other is not (霍山县45个 in one
    list of shares, 霍邱县45个 in the next): two batches, not one told twice (ruling 6); and a
    headline's place with the count a share of the list after it has (泗洪县15个项目集中开工, then
    泗阳县15个项目…；泗洪县15个项目…): the headline is that share's, not this one's. A place told
    short and whole (宁化, 宁化县) is one place."""
    a, b = one.fields.get("location"), other.fields.get("location")
    if not a or not b or stem_of(a) in stem_of(b) or stem_of(b) in stem_of(a):
        return False
    if _a_share(one, by_sentence) and _a_share(other, by_sentence):
        return True
    return any(m is not other and m.fields["count"] == one.fields.get("count") and m.fields.get("location") and stem_of(m.fields["location"]) == stem_of(a)
               for m in by_sentence.get(other.evidence_start, []))


def _a_share(match: Match, by_sentence: dict[int, list[Match]]) -> bool:
    """Whether a batch is one place's share in a sentence that lists the shares of several (甲县45个、
    乙区43个、丙县39个): the sentence's other batches at other places count more than it does
    together (the whole they make up, 此次集中开工的731个项目中，甲市100个、乙市61个…, counts as much as they do)."""
    others = [m for m in by_sentence.get(match.evidence_start, []) if m is not match]
    places = {m.fields.get("location") for m in others if m.fields.get("location")} - {match.fields.get("location")}
    return len(places) >= 2 and match.fields["count"] < sum(m.fields["count"] for m in others)


_PLACE_LEAD = re.compile(r"^[\u4e00-\u9fff]{2,10}?(?:经济技术开发区|经济开发区|高新技术产业开发区|经开区|高新区|开发区|自治县|县|市|区)")


@lru_cache(maxsize=4096)  # (speed: a pure function of the name, asked for each pair of an item's names)
def _name_key(name: str) -> str:
    """A name without the place it starts with: 湘潭经开区X项目 and 湘潭经济技术开发区X项目 are one."""
    key = _rx.sub(r"(?:项目|工程)$", "", name.replace("首期", ""))
    while True:
        stripped = _PLACE_LEAD.sub("", key)
        if stripped == key or len(stripped) < 4:
            return key
        key = stripped


# a firm told by what it is to the project (the project's owner, its investor, the officer who speaks
# of it), in a sentence of the project's paragraph other than the one of its sum: 该项目由甲集团投资; 建设单位
# 系乙有限公司; 投资方丙有限公司负责人介绍; 丁有限公司项目负责人表示 (not 施工单位, a builder)
_FIRM_ROLE = re.compile(
    r"(?:(?:该|本|此|这一|这个)?(?:项目|工程)(?:是)?由(?P<by>[^，,。；;]{2,40}?)(?:共同|联合)?(?:投资|兴建|投建|出资)"
    r"|(?:建设单位|投资方|投资主体|项目业主|业主单位|实施主体|项目法人)(?:代表)?(?:为|是|系)?[：:]?(?P<owner>[^，,。；;“”]{2,40}?(?:公司|集团))"
    r"|(?P<speaker>[^，,。；;“”]{2,40}?(?:公司|集团))(?:的)?(?:项目)?(?:负责人|总经理|副总经理|董事长|总裁|副总裁|厂长)[\u4e00-\u9fff]{0,6}?(?:介绍|表示|说|告诉记者|透露))")


# a verb a firm's name was read with, from the clause it opens (项目将发挥|甲集团在…的优势, 正在洽谈|乙集团,
# 其中包括|丙集团…项目): no part of the firm's name
_INVESTOR_VERB = re.compile(r"^.*?(?:发挥|洽谈|包括|约定|标志着|依托|借助|吸引|携手)")
# a firm told by reference or by kind, no firm's name (该集团, 我公司, 甲、乙等公司, 公司总经理乙代表公司), or
# a firm bought (收购甲有限公司: what is bought, not who invests)
# the kinds a firm is told by (上市公司, 民营企业, 台属企业): no firm's own name (_FIRM_KIND below reads a
# firm told by its kind alone after 由, from a shorter list)
_FIRM_KIND_WORDS = r"上市|国有|民营|私营|外资|外商独资|台资|港资|侨资|台属|合资|中外合资|龙头|知名|大型|骨干"
_INVESTOR_REFERENCE = re.compile(r"^(?:本|其)?(?:公司|集团|企业)$|(?:该|我|这家|此|等)(?:公司|集团|企业)$|代表|收购|并购"
                                  # (or by its kind alone: 上市公司, 民营企业)
                                  r"|^(?:" + _FIRM_KIND_WORDS + r")(?:公司|企业|集团)$")
# what a clause says a firm is, or the word that gives it as an example, told before its name
# (台属民营企业|甲集团, 上市公司|乙集团, 像|丙有限公司): no part of the firm's name
_INVESTOR_DESCRIPTOR = re.compile(r"^(?:(?:像(?!素)|例如|比如|诸如)(?=[\u4e00-\u9fffA-Za-z]{4})|[\u4e00-\u9fff]{0,4}?(?:" + _FIRM_KIND_WORDS + r")(?:公司|企业)(?=[\u4e00-\u9fffA-Za-z]{2,}(?:集团|公司)))")


def _investors_words_cut(investors: list[dict]) -> list[dict]:
    """A project's investors without the verbs their names were read with (发挥甲集团: 甲集团), and
    without the firms told by reference or bought (该集团, 乙等公司, 收购丙有限公司)."""
    out = []
    for investor in investors:
        name = _INVESTOR_VERB.sub("", investor["name"])
        name = _INVESTOR_DESCRIPTOR.sub("", name)  # (台属民营企业甲集团: 甲集团; 像乙有限公司: 乙有限公司)
        if len(name) >= 2 and not _INVESTOR_REFERENCE.search(name) and not any(o["name"] == name for o in out):
            out.append({**investor, "name": name})
    return [o for o in out if not _told_in_full(o, out)]


def _told_in_full(investor: dict, investors: list[dict]) -> bool:
    """金石集团 beside 山东金石集团有限公司: one firm's group name, told short and in full."""
    return investor["name"].endswith("集团") and any(p is not investor and investor["name"] in p["name"] and p["name"].endswith("公司") for p in investors)


# a university, a college or an institute: a public institution, no firm (ruling 2 is of firms)
_INSTITUTION = re.compile(r"(?:大学|学院|研究院|研究所|科学院)$")
_FIRM_KIND = re.compile(r"(?:上市|国有|民营|外资|合资|中外合资|知名|大型|龙头|股份制)(?:公司|集团)")


def _firm_by_role(text: str, match: Match, out: list[Match]) -> str | None:
    """The firm whose project a paragraph tells, named in another of its sentences by what it is to
    the project (甲项目总投资20亿元。据了解，该项目由乙集团投资; 丙基地项目总投资3.5亿元。建设单位系丁有限
    公司): the project's investor, when the paragraph tells no other project and names one such firm
    alone. (A firm told so in the sentence of the sum is read there.)"""
    lo = text.rfind("\n", 0, match.evidence_start) + 1
    hi = text.find("\n", match.evidence_end)
    hi = len(text) if hi < 0 else hi
    if any(other is not match and not other.fields.get("batch") and other.evidence_start < hi and other.evidence_end > lo for other in out):
        return None
    firms = set()
    for role in _FIRM_ROLE.finditer(text, lo, hi):
        if match.evidence_start <= role.start() < match.evidence_end:
            continue
        # (由上市公司、国内龙头企业甲集团投资: what the firm is, told before its name, is no firm)
        told = [i["name"] for i in _investors(next(words for words in role.groups() if words)) if i["role"] == "investor" and not _FIRM_KIND.fullmatch(i["name"])]
        if len(told) != 1:
            return None
        firms.add(told[0])
    return firms.pop() if len(firms) == 1 else None


# a firm told by reference as the subject of a project's sentence (该企业二期甲项目签约, 该集团总投资100亿元的乙项目,
# 该公司将投资…): the firm named last before it, of the kind it says
_FIRM_REFERENCE = re.compile(r"该(?P<kind>企业|公司|集团)")


def _firm_referred(text: str, match: Match) -> str | None:
    """The firm a project's sentence refers to as 该企业, 该公司 or 该集团 before the project's sum or name
    (甲乙车辆股份有限公司…。该企业二期丙项目签约，总投资5亿元): the nearest firm of that kind named before the
    reference, in its paragraph or the one before."""
    ref = _FIRM_REFERENCE.search(text, match.evidence_start, max(match.end, match.evidence_start))
    if not ref:
        return None
    lo = text.rfind("\n", 0, text.rfind("\n", 0, ref.start()))
    window = text[lo + 1 : ref.start()]
    kind = ref.group("kind")
    best: tuple[int, str] | None = None
    for investor in _investors(window):
        name = investor["name"]
        if investor["role"] != "investor" or _INVESTOR_REFERENCE.search(name) or _FIRM_KIND.fullmatch(name) or kind != "企业" and kind not in name:
            continue
        at = window.rfind(name)
        if best is None or at > best[0]:
            best = (at, name)
    return best[1] if best else None


# the firms a named investor builds a project with, told after 与/和 up to 共同/一起/合资 (甲有限公司与乙铜业共同建设,
# 丙集团有限公司将与丁锂业、戊有限公司一起，投资…)
_JOINT = re.compile(r"(?:公司|集团)(?:将|拟)?(?:与|和|同)(?P<partners>[\u4e00-\u9fffA-Za-z（）()、]{2,40}?)[，,]?(?:共同|一起|合资)(?:[，,]?(?:投资|建设|打造|出资|兴建|组建|投建))")


def _joint_partners(text: str, match: Match) -> list[str]:
    """The partners told by short name, no 公司 or 集团 after them, with whom a project's named investor builds it in its
    sentence (甲铜业有限公司与乙铜业共同建设…项目: 乙铜业), not a government or a place's body."""
    told = [i["name"] for i in match.fields["investors"]]
    out = []
    for joint in _JOINT.finditer(text, match.evidence_start, match.evidence_end):
        for part in joint.group("partners").split("、"):
            if len(part) < 4 or any(part in name or name in part for name in told + out) or _rx.search(r"政府|[省市县区镇乡村]$|公司|集团|企业|单位|院所|团队|社会资本|国有资本", part):
                continue
            out.append(part)
    return out


# a story's scene in a registered firm's plant (在甲乙有限公司生产车间内, 走进位于丙区的丁有限公司，生产车间内, 戊己有限公司车间，)
_SCENE_FIRM = re.compile(r"(?:^|(?<=[\n，,。]))[\s　]*(?:\d{1,2}月\d{1,2}日[，,]?)?(?:在|走进)?(?:位于[^，,。；;的]{2,20}的)?(?P<firm>" + _LEGAL_NAME + r")"
                         r"(?:的)?[\u4e00-\u9fff]{0,10}?(?:生产)?(?:车间|厂区|厂房)(?:内|里)?[，,]")


def _scene_firm(text: str, at: int) -> str | None:
    """The registered firm in whose plant a story's paragraph opens its scene, that paragraph or the one
    before a project told at ``at`` (在甲乙汽车工业有限公司生产车间内，机器飞转…。“…”该公司副总经理介绍。丙项目总投资
    1.2亿元): the project's investor, where no other firm is named between the scene and the project."""
    lo = text.rfind("\n", 0, text.rfind("\n", 0, at))
    scenes = list(_SCENE_FIRM.finditer(text, lo + 1, at))
    if not scenes:
        return None
    scene = scenes[-1]
    firm = scene.group("firm")
    firm = firm[_org_start(firm) :]
    between = [i["name"] for i in _investors(text[scene.end() : at]) if not _INVESTOR_REFERENCE.search(i["name"])]
    if "\n" in text[scene.end() : at] and not _SCENE_FIRM_TOLD.search(text, text.rfind("\n", 0, at) + 1, at):
        # 在甲乙有限公司生产车间内，机器轰鸣。⏎今年以来，丙市城区污水处理厂提标改造项目总投资2亿元: the paragraph after
        # the scene turns to other works unless it tells of the firm again (“…”该公司负责人介绍。丁项目…)
        return None
    return firm if len(firm) >= 6 and not between else None


# the firm of a scene told of again in the paragraph after it (该公司负责人介绍, 企业负责人说, “我们…”)
_SCENE_FIRM_TOLD = re.compile(r"公司|企业|集团|我们")


# a listed firm told by its stock code, announcing (甲乙股份(600438)晚间公告, 丙丁 ( 301526.SZ ) 公告称, 戊己(002271)发布公告称)
_ANNOUNCING_FIRM = re.compile(r"(?:^|(?<=[\n，,。；;：:\s]))(?P<firm>[\u4e00-\u9fffA-Za-z]{2,8}?)\s*[（(]\s*(?:\d{6}(?:\.S[ZH])?|S[ZH]\d{6})\s*[）)][^。\n]{0,12}?公告")


def _announcing_firm(text: str, before: int) -> str | None:
    """The listed firm whose announcement a text reports, told with its stock code before a project
    (甲乙股份(600438)晚间公告，公司拟…投资…项目): the investor of the projects the announcement tells, where
    the text reports one firm's announcements alone (长白山(603099)资源禀赋, in a slogan, announces nothing)."""
    told = {firm for end, firm in _announcements(text) if end <= before}
    return told.pop() if len(told) == 1 else None


# a stock code in brackets, which every announcing firm is told with (a quick look before _ANNOUNCING_FIRM)
_STOCK_CODE = re.compile(r"[（(]\s*(?:\d{6}|S[ZH]\d{6})")


@lru_cache(maxsize=16)
def _announcements(text: str) -> tuple[tuple[int, str], ...]:
    """Where each listed firm's announcement a text reports ends, and the firm (read once a text, not once a project: speed)."""
    if not _STOCK_CODE.search(text):
        return ()
    return tuple((m.end(), m.group("firm")) for m in _ANNOUNCING_FIRM.finditer(text))


# the words a name may open with that are no brand (中国, 年产, 新型, 智能…): a common start, not a firm's
_NO_BRAND_HEAD = re.compile(r"(?:中国|国家|国际|全国|年产|新型|现代|智能|智慧|绿色|高端|生态|数字|科技|产业|文化|新能|新材|综合|一期|二期|重点|项目)")


def _firm_by_brand(match: Match, firms: list[tuple[str, int]]) -> str | None:
    """The registered firm (有限公司, 股份公司) the text names whose short name, a place before it or not, opens
    a project's name that tells no investor (湖北甲乙汽车制造有限公司…甲乙轻型改装车生产项目):
    the project's investor, the nearest such firm where the text names more than one."""
    name = match.fields["name"]
    own = name[_place_lead(name) :]
    if len(own) < 4 or _NO_BRAND_HEAD.match(own) or not _rx.match(r"[\u4e00-\u9fff]{2}", own):
        return None
    best: tuple[int, str] | None = None
    for firm, at in firms:
        short = _firm_short(firm)
        core = short[_place_lead(short) :]
        k = 0
        while k < min(len(core), len(own)) and core[k] == own[k]:
            k += 1
        if k < 2 or k >= len(own) - 1 or _NO_BRAND_HEAD.match(core):
            continue
        far = abs(at - match.evidence_start) if at >= 0 else len(firm) + 10**6
        if best is None or far < best[0]:
            best = (far, firm)
    return best[1] if best else None


def _told_by_firm(match: Match) -> bool:
    """A project told by its firm's short name alone (甲锂能, its investor too)."""
    return any(i["name"] == match.fields.get("name") for i in match.fields.get("investors") or [])


def _richness(match: Match) -> int:
    f = match.fields
    return sum(1 for key in ("annual_output", "annual_tax", "jobs", "investors", "location") if f.get(key))


def _headline(text: str, match: Match) -> bool:
    """A headline's telling: a line without a full stop, the item's title or lead, or a short
    line of its head that ends in ！ or ？ (总投资806亿，芜湖71个项目参加开工动员！)."""
    told = text[match.evidence_start : match.evidence_end].rstrip()
    if told[-1:] not in "。！？；" or _in_title_or_lead(text, match):
        return True
    return told[-1:] in "！？" and match.evidence_end < _HEAD and len(told) <= 40 and text[match.evidence_start - 1 : match.evidence_start] in ("", "\n") \
        and text[match.evidence_end : match.evidence_end + 1] in ("", "\n")


def _in_title_or_lead(text: str, match: Match) -> bool:
    """The match stands in the item's first sentence, its title (with what a page run on into
    it, where nothing parts them), or in its lead (导读, 摘要)."""
    if match.start >= _HEAD:
        return False
    first = match.evidence_start <= len(text) - len(text.lstrip())
    return first or _rx.search(r"导读|摘要|核心提示|提要", text[match.evidence_start : match.start]) is not None


def _is_title(text: str, match: Match) -> bool:
    first_line = text.find("\n")
    return match.evidence_start < _HEAD and (
        text[match.evidence_start : match.evidence_end].rstrip()[-1:] not in "。！？；" or 0 <= match.start < first_line
    )


_HEAD = 300  # characters of an item's title, dateline and lead


# (speed: an item's names are compared pairwise, each pair once, but each name with many; a
# name's letters and its runs of six are kept, and bound what SequenceMatcher can find: the
# characters matched in order are at most the letters the two share, and a common run of six
# is one of the runs of six of both)
def _matched_size(x: str, y: str) -> int:
    return sum(block.size for block in SequenceMatcher(None, x, y, autojunk=False).get_matching_blocks())


def _longest_common(x: str, y: str) -> int:
    """The length of the longest run two names share, unless the run is words of a kind that two
    names of their own open (尚志|抽水蓄能电站 and 荒沟|抽水蓄能电站: two; but 中润|高效光伏电池 and
    16GW大尺寸|高效光伏电池, a size told, may be one)."""
    match = SequenceMatcher(None, x, y, autojunk=False).find_longest_match(0, len(x), 0, len(y))
    heads = (_rx.sub(r"[\dA-Za-z.×/]+|大尺寸|年产|新建|扩建", "", x[: match.a]), _rx.sub(r"[\dA-Za-z.×/]+|大尺寸|年产|新建|扩建", "", y[: match.b]))
    if not _names_itself(x[match.a : match.a + match.size]) and all(len(h) >= 2 and h != "项目" for h in heads) and heads[0] != heads[1]:
        return 0
    return match.size


@lru_cache(maxsize=4096)
def _letters(key: str) -> Counter[str]:
    return Counter(key)


@lru_cache(maxsize=4096)
def _runs_of_six(key: str) -> frozenset[str]:
    return frozenset(key[i : i + 6] for i in range(len(key) - 5))


def _bound_then_figure(prior: Match, match: Match) -> bool:
    """A project told first with a bound (投资超百亿元的甲项目开工), then with its own figure of the same
    kind over it (该项目总投资122.6亿元): the figure is its amount, the bound only said it was over."""
    p, m = prior.fields, match.fields
    return p.get("modifier") == "at_least" and m.get("modifier") == "point" and p.get("amount_kind") == m.get("amount_kind") \
        and p.get("base_amount") is not None and m.get("base_amount") is not None and m["base_amount"] >= p["base_amount"]


def _same_name(a: Match, b: Match, listed: set[int] = frozenset()) -> bool:
    """One project named twice: the same name, or (where one telling has no amount) a name
    that holds the other (储能电芯项目 and 储能电芯项目一期)."""
    x, y = _name_key(a.fields["name"]), _name_key(b.fields["name"])
    firms_a, firms_b = ({i["name"] for i in m.fields.get("investors") or []} for m in (a, b))
    if firms_a and firms_b and not firms_a & firms_b and a.evidence_start == b.evidence_start:
        return False  # 甲公司水泥预制构件加工厂项目、乙公司水泥预制构件加工厂项目: two firms' works of one kind, told in one list
    if x == y:
        return True
    if _phases_apart(x, y):
        return False  # 甲产业园一期项目 and 甲产业园二期项目: two phases, two projects
    # (文昌市生活垃圾焚烧发电场扩建工程 and 陵水县生活垃圾焚烧发电项目: two places' works of one kind)
    pa, pb = _PLACE_LEAD.match(a.fields["name"]), _PLACE_LEAD.match(b.fields["name"])
    if pa and pb and pa.group() not in pb.group() and pb.group() not in pa.group():
        return False
    if a.fields.get("base_amount") is not None and b.fields.get("base_amount") is not None and not (a.fields.get("class_bound") or b.fields.get("class_bound")):
        return False  # (but a size class's bound is no amount of its own: 甲基地等3个投资过百亿元项目…甲集团乙基地项目总投资250亿元, one project)
    # 石墨及碳素制品制造项目 then 石墨及炭素制品制造项目，总投资13.4亿元; 16万吨再生铅及蓄电池制造项目 then
    # 16万吨再生铅和电池制造项目: one name told twice with a character or two written otherwise or left
    # out (a variant, a joining word), one telling priced, in sentences apart (though one is a batch's member); a figure told otherwise (10万吨 and 20万吨) is another
    if (a.fields.get("base_amount") is None) != (b.fields.get("base_amount") is None) and min(len(x), len(y)) >= 8 \
            and a.evidence_start != b.evidence_start \
            and abs(len(x) - len(y)) <= 2 and _matched_size(x, y) >= min(0.9 * min(len(x), len(y)), min(len(x), len(y)) - 1) and not _figure_differs(x, y):
        return True
    if min(len(x), len(y)) >= 4 and (x in y or y in x) and not _NAME_END_ONLY.fullmatch(min(x, y, key=len)):
        return True  # (but 高速公路 is no project's name: 甲至乙高速公路 and 丙至丁高速公路 are two)
    # 高效单晶组件项目 (隆基公司's) and 隆基公司高效单晶光伏组件项目: one firm's project, the shorter
    # name's characters all in the longer one's, in order
    firms = [i["name"] for m in (a, b) for i in m.fields.get("investors") or []]
    if any(f in a.fields["name"] or f in b.fields["name"] for f in firms) or (len(firms) > len(set(firms))):
        if min(len(x), len(y)) >= 4 and (_letters(x) & _letters(y)).total() >= 0.9 * min(len(x), len(y)) and _matched_size(x, y) >= 0.9 * min(len(x), len(y)):
            return True
    # 甲乙控股集团有限公司丙丁高速装备制造产业园项目, then 甲乙高速装备产业园: the project told again by its firm's
    # short name and its own name said short (its characters all in the other's, in order)
    if (a.fields.get("base_amount") is None or b.fields.get("base_amount") is None) and (_short_by_its_firm(a, b) or _short_by_its_firm(b, a)):
        return True
    # 琅琊区中润高效光伏电池项目 and 16GW大尺寸高效光伏电池项目: one project told twice
    # outside any list (two unpriced names in one sentence are a list), where most of the
    # shorter name is a run the two share
    unpriced = a.fields.get("base_amount") is None and b.fields.get("base_amount") is None
    if a.fields.get("in_batch") is not None or b.fields.get("in_batch") is not None or (unpriced and a.evidence_start == b.evidence_start):
        return False
    if unpriced and (a.evidence_start in listed or b.evidence_start in listed):
        return False  # 永兴河第二再生水厂项目 (where the ceremony was), then 永兴河第二再生水厂、西红门第二再生水厂 listed: two
    common = _longest_common(x, y) if min(len(x), len(y)) >= 6 and not _runs_of_six(x).isdisjoint(_runs_of_six(y)) else 0  # (speed: no run of 6 shared, none found)
    return common >= 6 and common >= 0.6 * min(len(x), len(y))


_PHASES_NAMED = re.compile(r"(?:第)?([一二三四五六七八九十\d]+|首)期")


def _phases_apart(x: str, y: str) -> bool:
    """Whether two names each tell a phase and none the same (甲园一期 and 甲园二期; not 甲园 and 甲园一期)."""
    a, b = set(_PHASES_NAMED.findall(x)), set(_PHASES_NAMED.findall(y))
    return bool(a) and bool(b) and not a & b


def _figure_differs(x: str, y: str) -> bool:
    """Whether two names differ in a figure or a letter (年产10万吨 and 年产20万吨, A区 and B区)."""
    blocks = SequenceMatcher(None, x, y, autojunk=False).get_matching_blocks()
    kept = [set(), set()]
    for block in blocks:
        kept[0].update(range(block.a, block.a + block.size))
        kept[1].update(range(block.b, block.b + block.size))
    return any(_rx.match(r"[\dA-Za-z.一二三四五六七八九十百千万亿]", name[i]) for name, seen in zip((x, y), kept) for i in range(len(name)) if i not in seen)


def _one_name(a: str | None, b: str | None) -> bool:
    """The same name, or one told whole and once without its first words (six characters at least)."""
    return a == b or (a is not None and b is not None and min(len(a), len(b)) >= 6 and (a.endswith(b) or b.endswith(a)))


def _other_firms(a: Match, b: Match) -> bool:
    """Two projects told by their firms alone, each by another firm (甲公司拟投资50亿元；乙集团拟投资50亿元)."""
    firms_a = {i["name"] for i in a.fields.get("investors") or []}
    firms_b = {i["name"] for i in b.fields.get("investors") or []}
    return not a.fields.get("name") and not b.fields.get("name") and bool(firms_a) and bool(firms_b) and not firms_a & firms_b


def _near_amount(a: Match, b: Match) -> bool:
    """One total told round and exact: 超197亿元 and 197.32亿元 (within 5%)."""
    x, y = a.fields.get("base_amount"), b.fields.get("base_amount")
    return x is not None and y is not None and abs(x - y) <= 0.05 * max(x, y)


def _same_amount(a: Match, b: Match) -> bool:
    return a.fields.get("base_amount") is not None and a.fields.get("base_amount") == b.fields.get("base_amount")
