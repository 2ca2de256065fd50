"""Metric facts: every quantity of a report or news item, attributed and measured.

For each sentence: find the quantities (quantity.py), then for each one
 - subject: what it measures, as written: the clause text before it, less leading framing
   (其中, 全年, 力争) and trailing verbs (增长, 达到, 控制在); a distributive clause
   (A、B分别增长x、y) pairs subjects and numbers in order; a list (中小学15所、幼儿园9所)
   starts each subject after the previous number; an empty subject inherits the previous one
 - measure: growth (a change, with a growth verb), share (a rate or proportion), level (an
   amount), count (things or people), rank
 - stance: target in a report's plan part or with target words (力争, 确保, 目标, 预期, 将),
   actual otherwise; in news, actual unless the sentence speaks of the future
 - period: a year written in the sentence, else the reviewed year (actual) or the plan
   year (target)
 - indicator: the catalog entry whose synonym stands in the subject with the same measure
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import NamedTuple

from ..model import Identity, Segments
from ..near import finditer_near, spans_touched
from .catalog import Catalog
from .context import Layout
from .quantity import Quantity, find_quantities, units, within
from .timeframe import STRONG_ACTUAL, STRONG_TARGET, Time, Timeline, stance_cue

_CLAUSE_MARKS = "，；：。！？,;:"
_CLAUSE_END = re.compile(f"[{_CLAUSE_MARKS}]")
_LIST_JOIN = re.compile(r"^[、和及与,，]+$")
# a number right after one of these verbs closes its statement (增长6.5%); the words after it
# start the next subject even where the comma is missing
_CLOSING_VERB = re.compile(r"(增长|下降|提高|提升|达到|实现|完成|增加|减少)$")
_MODIFIER_TAIL = re.compile(r"^(?:(?:及以上|及以下|以上|以下|以内|左右)[、，,]|[、，,])?")
_QUALIFIES = re.compile(r"(及以上|及以下|以上|以下|以内)(?![、，,])")  # 10千伏及以下行政村: the number describes what follows
_GROWTH_VERB = re.compile(r"(增长|增加|提高|提升|下降|减少|上涨|上升|回落|降低|下滑|增速|涨幅|增幅|降幅|同比|增|降|减|压缩|压减|缩短)")
_SHARE_WORD = re.compile(r"(率|比重|占比|比例|强度|覆盖|占|满意度|达标|优良|份额|贡献)")
_STRIVE = re.compile(r"(力争|争取|努力)")
_YEAR_WORD = r"(?:(?:19|20)\d{2}|一九[〇○零一二三四五六七八九]{2}|二[〇○零][〇○零一二三四五六七八九]{2})年"
_LEAD = re.compile(
    r"^(?:到(?:19|20)\d{2}年(?:底|末)?|过去五年|五年来|今后五年|扣除(?:物价|价格)(?:上涨)?因素|按可比(?:价格|口径)计算|"
    rf"{_YEAR_WORD}(?:比{_YEAR_WORD})?|连续[两三四五六七八九十]年|这[两三四五]年|[两三四五]年|在|拟安排|前三季度|上半年|一季度|前\d{1,2}个月|其中|全年|初步核算|据初步核算|经初步核算|预计|力争|确保|争取|努力|实现|完成|主要预期目标是|主要预期目标|预期目标是|目标是|"
    r"同比|比上年|较上年|比去年|较去年|较上年同期|去年|上年|全区|全市|全县|全省|全国|全州|全镇|全乡|我区|我市|我县|一年来|过去一年|今年|明年|其中|并|和|及|与|、|同时|"
    r"\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?|前\d{1,2}个月)+"
)
_TRAIL = re.compile(
    rf"(?:[从由](?:去年|上年)|比上年同期|较上年同期|比上年|较上年|比去年|较去年|[比较同]{_YEAR_WORD}(?:预计)?|同比|分别|首次|累计|预计|共计|共|总计|总量|"
    r"平均每年|每年平均|年均|平均|递增|递减|实际|名义|扣除(?:物价|价格)(?:上涨)?因素|均|提前|超额|全面|可以|能够|将|要|计划|由|从|定为|定|今年|去年|上年|明年|"
    r"增长|增加|提高|提升|下降|减少|达到|达|完成|实现|突破|超过|为|是|控制在|保持在|稳定在|稳定|约|近|超|逾|居|位居|跻身|排名|排|位列|列|占|增|降|回落|上涨|以上|的|拟按|按|拟)+$"
)
# between two figures of one subject: 从2.1%提高到2.3%
_CHANGED_TO = re.compile(r"^(?:提高|提升|上升|增加|调整|降低|下降|下调|上调|压减|减少)(?:到|至|为)$")
_COUNTED = re.compile(r"(?!及以上|及以下|以上|以下|以内|左右|增加|提高|增长|下降|降低|减少|达到|上升|比|较|同比|相当于|占)[\u4e00-\u9fff“”]{1,12}?(?=[，。；、]|争取|获得|实现|完成|参与|开展|深入|$)")
_VERB_END = re.compile(r"(?:办好|办成|新建|建成|建设|实施|推进|打造|引进|培育|开工|完成|改造|新增|落实|举办|开展|创建)$")
_CHANGE_BEFORE = re.compile(r"(增长|下降|降低|减少)$")
# a rate of change named as such, or a target set for one (经济增长速度的调控目标定为8%)
_RATE_OF_CHANGE = re.compile(r"(涨幅|增幅|增速|降幅|增长速度|发展速度|速度|增长率|经济增长)(?:的)?(?:宏观)?(?:调控|预期|计划)?(?:目标)?$")
_LEVEL_RATE = re.compile(r"自然增长率$")  # a population's natural growth rate is a rate's level
_TO_LEVEL = re.compile(r"(?:到|至|为|在)$")
_RATIO_BEFORE = re.compile(r"相当于|的$|高出|是[^，。]{0,12}的$")
_OUTPUT_CHANGE = re.compile(r"增产|减产|追加|增收|减收")
_AMOUNT_CHANGE = re.compile(r"(?<!新)(增加|增长|减少|下降|降低|提高|增收|减收)了?(?:近|约|超过|逾)?$")
_MONTHS = re.compile(r"前(\d{1,2}|[一二三四五六七八九十]{1,2})个?月|1-(\d{1,2})月|一季度|上半年|前三季度")


class MetricMatch(NamedTuple):
    """A figure, its sentence and its fields (a named tuple: made for each of thousands of
    figures, in half the time of a frozen dataclass)."""

    quantity: Quantity
    sentence: tuple[int, int]
    fields: dict


def match_metrics(text: str, segments: Segments, identity: Identity, layout: Layout, catalog: Catalog, everything: list[Quantity] | None = None) -> list[MetricMatch]:
    out: list[MetricMatch] = []
    timeline = Timeline(text, identity.report_year, identity.reviewed_year, identity.plan_year)
    header_end = _header_end(text)
    if everything is None:
        everything = find_quantities(text)  # one pass over the text; grouped by sentence below
    at = 0
    for sentence in segments.sentences:
        start, end = sentence.start, sentence.end
        while at < len(everything) and everything[at].start < start:
            at += 1
        quantities = []
        while at < len(everything) and everything[at].end <= end:
            quantities.append(everything[at])
            at += 1
        if not quantities or start < header_end or layout.in_glossary(start) or layout.in_appendix(start):
            continue
        # clause boundaries (the ends of their marks) once per sentence, up to its last figure
        boundaries = [m.end() for m in _CLAUSE_END.finditer(text, start, quantities[-1].start)]
        subjects = _subjects(text, start, quantities, catalog, boundaries)
        frame = _frame(text, start, quantities[0].start, timeline)
        previous_end = start
        for quantity, subject in zip(quantities, subjects):
            if not _rating(quantity):
                out.append(MetricMatch(quantity, (start, end), _fields(text, start, quantity, subject, identity, layout, catalog, frame, previous_end, timeline, boundaries)))
            previous_end = quantity.end
    return out


_TARGET_SENTENCE = re.compile(r"主要预期目标|预期目标是|主要目标是")
# every target sentence's words hold 目标, with at most four characters before it and one
# after it: re finds the literal with its fast scan, and tries the alternation at every character
_GOAL = re.compile("目标")
_CLAUSE = re.compile(r"[^，；。：]+")


def match_qualitative(text: str, segments: Segments, identity: Identity, layout: Layout, catalog: Catalog, quantities: list[Quantity] | None = None) -> list[MetricMatch]:
    """Targets a report sets in words, not numbers (居民收入增长与经济增长同步): value null."""
    out: list[MetricMatch] = []
    if quantities is None:
        quantities = find_quantities(text)
    sentences = segments.sentences
    # (one scan of the text finds the sentences that may set targets, each then searched in place)
    for sentence in (sentences[i] for i in spans_touched(finditer_near(_TARGET_SENTENCE, _GOAL, text, before=4, after=1), sentences)):
        start, end = sentence.start, sentence.end
        if not _TARGET_SENTENCE.search(text, start, end) or not layout.in_plan(start):
            continue  # (searched in place: the sentence is cut out only where it sets targets)
        body = text[start:end]
        colon = max(body.find("："), body.find(":"))
        for clause in _CLAUSE.finditer(body, colon + 1):
            if len(clause.group(0)) < 4 or within(quantities, start + clause.start(), start + clause.end()):
                continue
            for measure in ("growth", "share", "level", "count"):
                indicator = catalog.match(clause.group(0), measure)
                if indicator:
                    synonym = min((s for s in indicator.synonyms if s in clause.group(0)), key=clause.group(0).find)
                    at = start + clause.start() + clause.group(0).index(synonym)
                    quantity = Quantity(at, at + len(synonym), 0.0, None, None, "qualitative", "point")
                    fields = {
                        "stance": "target", "period": identity.plan_year, "period_label": None, "subject": clause.group(0),
                        "indicator": indicator.id, "measure": indicator.measure, "value": None, "value_high": None, "unit": None,
                        "base_value": None, "base_unit": None, "modifier": None, "strive": False, "qualitative": True,
                    }
                    out.append(MetricMatch(quantity, (start, end), fields))
                    break
    return out


# how far back from a number its sentence is read for stance, period and clause; a real
# sentence is shorter, and a runaway "sentence" (a text without full stops) stays linear
_REACH = 400


def _rating(q: Quantity) -> bool:
    ratings = _rating_units()
    return (q.unit or "") in ratings or (q.base_unit or "") in ratings


@lru_cache(maxsize=1)
def _rating_units() -> frozenset[str]:
    """The units that rate equipment (千伏), not measure an amount: read once from the table."""
    return frozenset(name for name, info in units().items() if info.get("kind") == "rating")


def _header_end(text: str) -> int:
    """The header (title, meeting line, speaker) ends where 各位代表 opens the speech."""
    found = text.find("各位代表", 0, 1500)
    return found if found >= 0 else 0


def _subjects(text: str, sentence_start: int, quantities: list[Quantity], catalog: Catalog, boundaries: list[int]) -> list[str]:
    """The subject of each figure; ``boundaries``, the ends of the sentence's clause marks up
    to its last figure, are where each figure finds its clause (by bisection)."""
    subjects: list[str] = []
    previous_end = sentence_start
    previous_subject = ""
    distributive: list[str] = []
    position = 0
    # a sentence that opens with its topic (工农业总产值的增长速度，1981年计划为3.7%，实际…):
    # the topic is the subject of a first figure that has no words of its own
    first_break = boundaries[0] if boundaries else None
    topic = _tidy(text[sentence_start : first_break - 1]) if first_break and first_break <= quantities[0].start and first_break - sentence_start <= 24 else ""
    for n, quantity in enumerate(quantities):
        item_end = quantity.end
        at = bisect.bisect_right(boundaries, quantity.start) - 1
        clause_start = boundaries[at] if at >= 0 else sentence_start
        # after a number, a new subject starts where a list joiner (、和及) follows it; else
        # the number belongs to this subject's phrase (50亿元以上项目2个), which starts at
        # the list item holding that number
        gap = text[previous_end : quantity.start] if previous_end > clause_start else ""
        qualifies = bool(gap) and bool(_QUALIFIES.search(text, quantities[n - 1].start, min(previous_end + 4, quantity.start)))
        if _CHANGED_TO.match(gap):
            left = quantity.start  # no words of its own: the subject of the figure before
        elif gap[:1] in ("、", "和", "及", "与") and not qualifies:
            left = previous_end
        elif gap and not qualifies and (
            _CLOSING_VERB.search(text[max(clause_start, quantities[n - 1].start - 4) : quantities[n - 1].start])
            or (previous_subject and text.endswith(previous_subject, 0, quantities[n - 1].start) and catalog.names_indicator(previous_subject))
        ):
            # the previous number closed its statement (比例达到35%以上、保生率达到90%; in a text
            # that lost its commas, 投资增长8%城镇新增就业1.2万人地区生产总值…)
            left = previous_end + _MODIFIER_TAIL.match(gap).end()
        elif gap:
            item_start = text.rfind("、", clause_start, quantities[n - 1].start)
            left = item_start + 1 if item_start >= 0 else clause_start
        else:
            left = clause_start
        raw = text[max(left, quantity.start - _REACH) : quantity.start]
        if "分别" in raw:
            position = 0  # the first figure after 分别 goes to the first name
            names = re.split(r"[、和及与]", raw.split("分别")[0])
            distributive = [_tidy(name) for name in names if _tidy(name)]
            if not distributive:
                # 城镇居民人均可支配收入9422元，农民人均纯收入2936元，扣除价格因素，分别增长7.7%和6.8%:
                # the names are the subjects of the figures before, as many as the figures that follow
                run = 1
                while n + run < len(quantities) and _LIST_JOIN.match(text[quantities[n + run - 1].end : quantities[n + run].start] or "x"):
                    run += 1
                earlier = subjects[-run:]
                distributive = earlier if run > 1 and len(earlier) == run and all(earlier) else []
        if distributive and (_LIST_JOIN.match(raw.strip()) or "分别" in raw):
            subject = distributive[min(position, len(distributive) - 1)]
            position += 1
        else:
            own = _tidy(raw)
            subject = own or (previous_subject if _LIST_JOIN.match(raw.strip() or "、") else "")
            if not subject and n:
                subject = previous_subject  # 国内生产总值超过126万亿元，增长5.2%: the same subject
            if not subject and not n and topic:
                subject = topic
            distributive = [] if "分别" not in raw else distributive
            if quantity.kind == "amount":
                # the thing counted follows the number: 派出300名干部; 办好12件重点民生实事;
                # in a list it is the item's own (减贫50万人、1000个贫困村出列)
                tail = _COUNTED.match(text, quantity.end, quantity.end + 14)
                if tail and own == "" and n:
                    subject = tail.group(0)  # no words of its own before the number: not the last subject's
                elif tail and (len(subject) <= 2 or _VERB_END.search(subject)):
                    subject = subject + tail.group(0)
                if tail and n + 1 < len(quantities) and quantities[n + 1].start == tail.end() + 1 and text[tail.end()] in "、和及与":
                    item_end = tail.end()  # the next item is the next number: 减贫50万人、1000个贫困村出列、20个…
        subjects.append(subject)
        # the next item starts after this one's words (after its counted noun, where it has one)
        previous_subject, previous_end = subject, item_end
    return _spread_elliptical(text, quantities, subjects)


def _spread_elliptical(text: str, quantities: list[Quantity], subjects: list[str]) -> list[str]:
    """城镇、农村居民人均可支配收入达到26756元、10046元: a run of figures that share one
    elliptical subject takes its expanded names one by one."""
    out = list(subjects)
    n = 0
    while n < len(quantities):
        end = n + 1
        while end < len(quantities) and subjects[end] == subjects[n] and _LIST_JOIN.match(text[quantities[end - 1].end : quantities[end].start] or "x"):
            end += 1
        names = _expand(subjects[n]) if end - n > 1 else []
        if len(names) == end - n:
            out[n:end] = names
        n = end
    return out


def _expand(subject: str) -> list[str]:
    """城镇、农村居民人均可支配收入 -> 城镇居民人均可支配收入, 农村居民人均可支配收入 (and
    城乡居民… the same: 城乡 is 城镇 and 农村); [] when the subject is no such ellipsis."""
    if subject.startswith("城乡") and "、" not in subject and len(subject) > 3:
        return ["城镇" + subject[2:], "农村" + subject[2:]]
    *heads, last = subject.split("、")
    if not heads or len({len(h) for h in heads}) != 1:
        return []
    size = len(heads[0])
    if not 1 <= size <= 4 or len(last) <= size + 1:
        return []
    tail = last[size:]
    return [head + tail for head in heads] + [last]


@lru_cache(maxsize=4096)
def _tidy(raw: str) -> str:
    subject = re.sub(r"（[^）]*）|\([^)]*\)", "", raw).strip(" 、，,")
    for _ in range(3):
        subject = _LEAD.sub("", subject)
        subject = _TRAIL.sub("", subject)
    return subject.strip(" 、，,“”")


_QUOTES_REPORT = re.compile(r"政府工作报告|报告(?:提出|指出|显示|明确|强调|中提出)|主要预期目标")
_OPENS_FRAME = re.compile(r"(?:[，：:]|以来|期间|中|里|内|的)")
_FROM_WORD = re.compile(r"由|从")


def _from_word_at(text: str, sentence_from: int, own_from: int) -> int:
    """Where the start of a span (由…, 从…) opens, before the end figure's own words."""
    found = [m.start() for m in _FROM_WORD.finditer(text, sentence_from, own_from)]
    return found[-1] if found else own_from


class Frame(NamedTuple):
    """What a sentence says of time before its first figure (2023年，…; 六五期间，…) and what
    the opening of its paragraph says; shared by its figures (a named tuple: one is made for
    each figure)."""

    times: list[Time]
    paragraph: list[Time]


def _frame(text: str, start: int, first_figure: int, timeline: Timeline) -> Frame:
    times = [t for t in timeline.within(max(start, first_figure - _REACH), first_figure) if not t.base]
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    opening = [t for t in timeline.within(line_start, min(start, line_start + 16)) if not t.base]
    # only a paragraph that opens with its time (六五期间，…; 1981年，…) frames its sentences
    framed = [t for t in opening if _OPENS_FRAME.match(text, t.end)]
    short = (line_end if line_end >= 0 else len(text)) - line_start <= 3000
    return Frame(times, framed if line_start < start and short else [])


def _fields(text: str, start: int, q: Quantity, subject: str, identity: Identity, layout: Layout, catalog: Catalog, frame: Frame, previous_end: int, timeline: Timeline, boundaries: list[int]) -> dict:
    sentence_from = max(start, q.start - _REACH)
    # the clause: after the last mark before the figure (within reach), found among the
    # sentence's boundaries by bisection, not by looking back for each mark
    at = bisect.bisect_right(boundaries, q.start) - 1
    clause = text[max(sentence_from, boundaries[at]) if at >= 0 else sentence_from : q.start]
    measure = _measure(q, subject, clause)
    own_from = max(start, previous_end, q.start - _REACH)
    own = timeline.within(own_from, q.start)
    part = layout.part_at(q.start)
    spread = bool(_SPREAD.search(text, own_from, q.start))
    role = _role(text, own_from, q)
    # the words before the figure in its sentence; for the end of a span (由3%提高到4%) less
    # the words that belong to its start
    before_from = _from_word_at(text, sentence_from, own_from) if role == "to" else own_from
    earlier = timeline.within(sentence_from, before_from)
    sentence_bases = [t for t in earlier if t.base] if spread else []
    # the latest earlier mention of the sentence dates a figure that names no time of its own
    sentence_frame = Frame([t for t in earlier if not t.base] or frame.times, frame.paragraph)
    period, period_start, period_label = _period(own, sentence_frame, part, identity, spread, role, sentence_bases)
    stance = _stance(text, sentence_from, own_from, q, identity, part, period, before_from)
    if period is None:
        period = _default_period(stance, identity, part)
    if period_start is not None and measure != "growth" and not _CUMULATIVE.search(text, own_from, q.start):
        period_start = None  # a level at the end of a span is that year's; a change or a sum spans it
    indicator = catalog.match(subject, measure) if subject else None
    if indicator and measure == "growth" and q.kind == "amount":
        indicator = None  # 财政收入增加4640亿元: an increment, not the growth rate the catalog means
    months = _MONTHS.search(text, own_from, q.start) or _MONTHS.search(text, sentence_from, q.start)
    attributed = identity.doc_type == "news" and bool(_QUOTES_REPORT.search(text, max(0, start - 200), q.start))
    return {
        # a news item that quotes a work report: the figure is the report's, not the news'
        "attributed_to": "government_work_report" if attributed else None,
        "stance": stance,
        "period": period,
        "period_start": period_start,
        "period_label": months.group(0) if months else period_label,
        "subject": subject or None,
        "indicator": indicator.id if indicator else None,
        "measure": measure,
        "value": q.value,
        "value_high": q.value_high,
        "unit": q.unit,
        "base_value": q.base_value,
        "base_unit": q.base_unit,
        "modifier": q.modifier,
        "strive": _strives(text, start, own_from, q.start, sentence_frame),
    }


_SPREAD = re.compile(r"年均|平均每年|每年平均|平均增长|累计|总计|共计|五年|递增|翻[一两]番")
_CUMULATIVE = re.compile(r"累计|合计|总计|共计|共|五年|两年|三年|年均|平均每年")
# 由2046万吨增加到3178万吨: the first figure is where a span started, the second where it ended
_FROM = re.compile(r"(?:由|从)(?!原定|原计划|原来)[^，。；：\d]{0,14}$")
_FROM_BEFORE = re.compile(r"(?:由|从)(?!原定|原计划|原来)[^，。；：]{0,24}$")  # ending with the start figure itself
_TO = re.compile(r"[^，。；：\d]{0,4}?(?:增加|提高|上升|下降|降低|减少|扩大|缩小|增长|发展|调整)?(?:到|至)")


def _strives(text: str, start: int, own_from: int, at: int, frame: Frame) -> bool:
    """力争 in the figure's own words, or before the sentence's first time (力争到2025年…),
    reaching a few characters back past the sentence's start."""
    if _STRIVE.search(text, own_from, at):
        return True
    if not frame.times:
        return False
    first = frame.times[0].start
    return bool(_STRIVE.search(text, min(start, max(0, first - 6)), first))


def _role(text: str, own_from: int, q: Quantity) -> str | None:
    if _FROM.search(text, own_from, q.start) and _TO.match(text, q.end, q.end + 12):
        return "from"
    if _TO.match(text, own_from, q.start) and own_from > 0 and _FROM_BEFORE.search(text, max(0, own_from - 40), own_from):
        return "to"
    return None


def _period(own: list[Time], frame: Frame, part, identity: Identity, spread: bool, role: str | None = None, sentence_bases: list[Time] | None = None) -> tuple[int | None, int | None, str | None]:
    """The year (and first year of a span) a figure is about: its own words first, then the
    sentence's opening, the paragraph's opening, the part's years (a span only for a figure
    that says it spreads over years: 年均, 累计)."""
    bases = [t for t in own if t.base]
    points = [t for t in own if not t.base]
    if role in ("from", "to") and not any(t.first == t.last for t in points):
        scopes = (points, frame.times) if any(t.first == t.last for t in frame.times) else (points, frame.times, frame.paragraph)
        span = next((t for times in scopes for t in reversed(times) if t.first != t.last and t.last), None)
        if span is None and part is not None and part.first and part.last and part.first != part.last:
            span = Time(0, 0, part.first, part.last, part.title, departs_from_first=False)
        if span is not None and span.first is not None:
            if role == "to":
                return span.last, None, None
            return (span.first if span.departs_from_first else span.first - 1), None, None
    sentence_bases = sentence_bases or []
    for times in (points, frame.times, frame.paragraph):
        if times:
            t = times[-1]
            if t.last is None:
                continue
            start = t.first if t.first != t.last else None
            if start is None and spread and not bases and sentence_bases and sentence_bases[-1].last is not None and sentence_bases[-1].last < t.last - 1:
                start = sentence_bases[-1].last  # 一九八二年…比一九七八年增长32.6%，平均每年增长7.3%
            elif start is None and spread and part is not None and part.first and part.last == t.last and part.first != part.last:
                start = part.first  # 1997年…平均每年增长11%, in a review of five years
            if start is None and bases and bases[-1].last is not None and bases[-1].last < t.last - 1:
                start = bases[-1].last  # 比1980年增长1.3倍: a change over several years from its base
            return t.last, start, t.label if start is not None else None
    if part is not None and part.kind in ("five_year", "review") and part.first and part.last and part.first != part.last:
        return part.last, part.first if spread or part.kind == "five_year" else None, part.title[:20] or None
    if spread and sentence_bases:
        # 比1978年增长32.6%，平均每年增长7.3%: an average over the years since the base
        return None, sentence_bases[-1].last, None
    if bases and bases[-1].last is not None and identity.plan_year and bases[-1].last < identity.plan_year - 2:
        # 比1980年翻两番 with no year of its own: a span from the base year to the horizon
        return None, bases[-1].last, None
    return None, None, None


def _default_period(stance: str, identity: Identity, part) -> int | None:
    if part is not None and part.last and part.kind in ("plan", "review") and part.first == part.last:
        return part.last
    # without a reviewed or plan year, the document's own year: a report reviews the year
    # before it, any other document speaks of the year it was given or published in
    report, published = identity.report_year, _published_year(identity)
    if stance == "actual":
        if identity.reviewed_year:
            return identity.reviewed_year
        if identity.doc_type == "government_work_report":
            return report - 1 if report else None
        return report or published
    return identity.plan_year or report or published


def _stance(text: str, sentence_from: int, own_from: int, q: Quantity, identity: Identity, part, period: int | None, before_from: int | None = None) -> str:
    """Target or outcome: the nearest cue, weighed against the part the figure stands in
    (for the end of a span, the cues of its start do not count)."""
    cue = stance_cue(text, own_from, q.start)
    if cue is None:
        cue = stance_cue(text, sentence_from, before_from if before_from is not None else own_from)
    plan = identity.plan_year
    if identity.doc_type != "government_work_report" or part is None or part.kind in ("other",):
        if cue:
            return cue[0]
        if plan and period and period < plan:
            return "actual"
        return "target" if part is not None and part.kind in ("plan", "five_year") else "actual"
    if part.kind == "review":
        return "target" if cue and cue[0] == "target" and STRONG_TARGET.search(cue[1]) else "actual"
    # a plan, a five-year plan, the government's own conduct
    if cue and cue[0] == "actual" and STRONG_ACTUAL.search(cue[1]):
        return "actual"
    if period and plan and period < plan and not (cue and cue[0] == "target" and STRONG_TARGET.search(cue[1])):
        return "actual"
    return "target"


def _measure(q: Quantity, subject: str, clause: str) -> str:
    if q.kind == "rank":
        return "rank"
    if q.kind == "points":
        return "growth"  # a change in percentage points, even of a share
    if q.kind == "multiple" and _RATIO_BEFORE.search(clause):
        return "share"  # 相当于前九年总和的1.6倍: a ratio of two amounts, not a change
    if q.kind in ("percent", "multiple"):
        if q.kind == "percent" and _CHANGE_BEFORE.search(clause):
            return "growth"  # 能耗强度下降3.1%: a change of a ratio, not the ratio
        if _RATE_OF_CHANGE.search(subject) and not _LEVEL_RATE.search(subject):
            return "growth"  # 工农业总产值的增长速度…实际达到4.6%: a rate of change
        if _SHARE_WORD.search(subject) or (q.kind == "percent" and _TO_LEVEL.search(clause)):
            return "share"  # 人口自然增长率下降到1.17%: the level a rate reached
        if _GROWTH_VERB.search(clause) or q.kind != "percent":
            return "growth"
        return "share"
    if _AMOUNT_CHANGE.search(clause) or _OUTPUT_CHANGE.search(clause):
        return "growth"  # 增加4640亿元, 增产原煤3000万吨: a change in an amount, not the amount
    kind = units().get((q.unit or "").lstrip("万亿千"), {}).get("kind")
    if kind is None and subject.endswith("人口"):
        return "count"  # 人口控制在12亿以内
    return "count" if kind in ("count", "people") else "level"


def _published_year(identity: Identity) -> int | None:
    return int(identity.published[:4]) if identity.published and identity.published[:4].isdigit() else None
