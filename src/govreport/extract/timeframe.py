"""When a figure is about, and whether it is a target or an outcome.

Read from the words before the figure in its sentence, nearest first, then from the part of
the report it stands in (context.py), then from the document's years:

period
 - a year named before the figure (2023年, 一九八一年, 1 9 9 3 年 once joined), but not a year
   it is compared with (比1980年增长, 同1987年相比: a base year, kept as ``period_start``);
 - a span (1981年到1985年, 1981—1985年, 第六个五年计划, 六五期间, 十四五, 过去五年, 今后五年,
   到2000年, 到本世纪末): its last year, and ``period_start`` its first;
 - a word relative to the session (今年 the report's year, 去年/上年 the year before, 明年 the
   year after); 比上年 and 上年同期 are comparisons, not periods;
 - the span or year that opens the sentence's paragraph (六五期间，…；…), or the part's own
   years (a five-year plan part, a review of five years);
 - else the reviewed year for an outcome and the plan year for a target (news: the year of
   publication).
stance
 - the cue nearest before the figure in its clause: target words (计划, 要求, 力争, 争取, 确保,
   预期, 目标, 拟, 将, 要, 控制在) against outcome words (实际, 已, 了, 实现了, 预计 as an
   estimate of the year under review, 初步统计);
 - a year named before it: earlier than the plan year is an outcome;
 - the part it stands in (review: outcome; plan or five-year plan: target);
 - else an outcome.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from itertools import islice

from ..numbers_cn import cn_ordinal
from ..near import AnyOf, finditer_ending, finditer_near

_CN_DIGIT = "〇○零一二三四五六七八九"
_YEAR_DIGITS = str.maketrans({"〇": "0", "○": "0", "零": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"})
YEAR = rf"((?:19|20)\d{{2}}|一九[{_CN_DIGIT}]{{2}}|二[〇○零][{_CN_DIGIT}]{{2}})"
_YEAR = re.compile(YEAR + r"年(?!代)")
# a year the figure is compared with, not the year it is about
_BASE_BEFORE = re.compile(r"(?:比|较|同|与|和|跟|相对于|对比)$")
_BASE_AFTER = re.compile(r"^(?:的?(?:水平)?(?:相比|比较|相较|对比)|的?(?:基础上|基数))")
_SPAN_YEARS = re.compile(YEAR + r"年?(?:到|至|—|－|-|～|~)" + YEAR + r"年")
_PLAN_ORDINAL = re.compile(r"第([一二三四五六七八九十]+)个五年(?:计划|规划)|“?([一二三四五六七八九十]{1,3})五”?(?:计划|规划|时期|期间|末|以来)")
_RELATIVE = re.compile(r"过去五年|五年来|五年间|本届政府|过去一年|一年来|(?:这|近|最近)?[两二三四五六七八九十]年(?:来|中|间|里)|这[两二三四五几]年|(?<![\d一二三四五六七八九十〇○零])[两二三四五六七八九十]年(?=年均|平均|累计|共|合计|增加|增长|提高|下降)|今后五年|未来五年|(?:今后|以后)的?[一二三四五]年|到本世纪末|本世纪末|(?<!比)(?<!较)今年|本年|(?<!比)(?<!较)去年|(?<![比较同])上年(?!同期)|明年|后年")
_BY_YEAR = re.compile(r"(?:到|至|在)" + YEAR + r"年")
# every relative mention holds a 年 at most four characters after its start (以后的五年) and
# ends, with what its lookaheads read, within three characters after it (十年年均); or it is 本届政府 or
# (到)本世纪末. _RELATIVE opens with lookbehinds and optional words, which re tries at every
# position: scanning only around these anchors finds the same mentions in a tenth of the time.
# That 年 follows a count or a word of time (五年, 今年, 上年), never a year's last digit, and
# after a year in Chinese numerals (一九八五年: two numerals before it, the first not 两) only
# as 五年来, 十年间, the one way a mention there can hold it: the other 年 of such years, most of
# an older report's hits, are passed over (three scans, their hits merged: a 年 alone is found
# by re's fast scan for a literal, which an alternation opening with 年, 本世纪末 or 本届政府 is not)
_RELATIVE_ANCHOR = AnyOf(
    re.compile(r"年(?<=[一两二三四五六七八九十几今本去上明后]年)(?:(?<![〇○零一二三四五六七八九十][一两二三四五六七八九十几]年)|(?=[来中间里]))"),
    re.compile("本世纪末"),
    re.compile("本届政府"),
)
# a year ends in its 年 (1985年, 一九八五年, four characters before it) and a span of years
# (1981年到1985年) in its second, ten characters at most after its start. Only a 年 after a
# digit closes a year, only one after a dash and a year closes a span (the 年 is found fast,
# what stands behind it read then): windows around 今年 and 每年 are not tried
_YEAR_END = re.compile(rf"年(?<=[\d{_CN_DIGIT}]年)")
_SPAN_END = re.compile(r"年(?<=[到至—－\-～~]....年)")
# a plan's name holds a 五 with only its ordinal before it (第六个五年计划, “十四五”规划) and at
# most three characters after it; _PLAN_ORDINAL opens with an optional quote and is tried at
# every character, so it is tried only over the ordinals before each 五 that a plan's word
# follows (五年计划, 五”规划, 五时期: not the 五 of 五年来, 一九八五年, 五个)
_WU = re.compile("五(?=年[计规]划|”?(?:计划|规划|时期|期间|末|以来))")
_ORDINAL_CHAR = re.compile("[第一二三四五六七八九十个“]")


@dataclass(frozen=True, slots=True)
class Time:
    """A temporal mention: the years it covers, where it stands, and how it was written."""

    start: int
    end: int
    first: int | None
    last: int | None
    label: str
    base: bool = False  # a year the figure is compared with
    # a span written as two years (1980年至1985年) starts from its first year's level; a
    # period (六五期间, 这两年, 过去五年) starts from the year before its first
    departs_from_first: bool = False


def year_value(raw: str) -> int:
    return int(raw.translate(_YEAR_DIGITS))


def plan_span(number: int) -> tuple[int, int] | None:
    """The years of the nth five-year plan: the first two from 1953, the third from 1966."""
    if number < 1:
        return None
    start = 1953 + 5 * (number - 1) if number <= 2 else 1966 + 5 * (number - 3)
    return start, start + 4


def mentions(text: str, start: int, end: int, report_year: int | None, reviewed_year: int | None, plan_year: int | None) -> list[Time]:
    """Every temporal mention in ``text[start:end]``, in order; overlapping ones keep the
    longest (1981年到1985年 over its two years)."""
    found: list[Time] = []
    for m in finditer_near(_SPAN_YEARS, _SPAN_END, text, before=10, after=1, start=start, end=end):
        found.append(Time(m.start(), m.end(), year_value(m.group(1)), year_value(m.group(2)), m.group(0), departs_from_first=True))
    for m in finditer_ending(_PLAN_ORDINAL, _WU, _ORDINAL_CHAR, text, after=3, start=start, end=end):
        number = cn_ordinal(m.group(1) or m.group(2))
        span = plan_span(number) if number else None
        if span:
            found.append(Time(m.start(), m.end(), span[0], span[1], m.group(0)))
    for m in finditer_near(_RELATIVE, _RELATIVE_ANCHOR, text, before=4, after=3, start=start, end=end):
        found.append(_relative(m, report_year, reviewed_year, plan_year))
    for m in finditer_near(_YEAR, _YEAR_END, text, before=4, after=1, start=start, end=end):
        year = year_value(m.group(1))
        before = text[max(start, m.start() - 4) : m.start()]
        after = text[m.end() : m.end() + 6]
        base = bool(_BASE_BEFORE.search(before) or _BASE_AFTER.match(after))
        horizon = _BY_YEAR.match(text, max(start, m.start() - 1))
        if horizon and not base and plan_year and year > plan_year:
            found.append(Time(m.start() - 1, m.end(), plan_year, year, "到" + m.group(0)))  # 到2000年: a target's horizon
        else:
            found.append(Time(m.start(), m.end(), year, year, m.group(0), base))
    found.sort(key=lambda t: (t.start, -(t.end - t.start)))
    out: list[Time] = []
    for t in found:
        if out and t.start < out[-1].end:
            continue
        # 2021年是“十四五”规划开局之年: a span that only describes a year is no period
        if t.first != t.last and _DESCRIBES_A_YEAR.match(text, t.end):
            continue
        out.append(t)
    return out


_DESCRIBES_A_YEAR = re.compile(r"[”\"]?(?:规划|计划|时期)?的?[^，。；]{0,4}?(?:之年|一年|的开局|的收官)")


_COUNTED_YEARS = re.compile(r"([两二三四五六七八九十几])年")  # 这两年, 三年来: how many years


def _relative(m: re.Match[str], report_year: int | None, reviewed_year: int | None, plan_year: int | None) -> Time:
    word = m.group(0)
    last_reviewed = reviewed_year or (report_year - 1 if report_year else None)
    if word in ("过去五年", "五年来", "五年间", "本届政府"):
        return Time(m.start(), m.end(), last_reviewed - 4 if last_reviewed else None, last_reviewed, word)
    if word in ("今后五年", "未来五年"):
        return Time(m.start(), m.end(), plan_year, plan_year + 4 if plan_year else None, word)
    if word.startswith(("今后", "以后")):
        n = cn_ordinal(word[-2]) or 3
        return Time(m.start(), m.end(), plan_year, plan_year + n - 1 if plan_year else None, word)
    if "本世纪末" in word:
        return Time(m.start(), m.end(), plan_year if plan_year and plan_year < 2000 else None, 2000 if not plan_year or plan_year < 2000 else None, word)
    if word in ("过去一年", "一年来"):
        return Time(m.start(), m.end(), last_reviewed, last_reviewed, word)
    counted = _COUNTED_YEARS.search(word)
    if counted and not word.startswith(("今后", "以后")):
        n = {"两": 2, "几": 3}.get(counted.group(1)) or cn_ordinal(counted.group(1)) or 2
        return Time(m.start(), m.end(), last_reviewed - n + 1 if last_reviewed else None, last_reviewed, word)
    if word in ("今年", "本年"):
        return Time(m.start(), m.end(), report_year, report_year, word)
    if word in ("去年", "上年"):
        year = report_year - 1 if report_year else None
        return Time(m.start(), m.end(), year, year, word)
    step = 1 if word == "明年" else 2
    year = report_year + step if report_year else None
    return Time(m.start(), m.end(), year, year, word)


# -- stance -------------------------------------------------------------------------------
# a cue's lookbehind stands after its first character (要 not after 需只不主重: 要(?<![需只不主重]要)),
# so that every branch opens with a character and re scans for those alone, not trying the
# lookbehind at every position of the clause
_TARGET_CUE = re.compile(
    r"计划(?!生育|单列|经济)|要求|力争|争取(?!到)|确保|预期|目标|拟|将要|将(?!近)|要(?<![需只不主重]要)(?![求素点])|控制在|安排|设想|必须"
)
# the cues strong enough to turn a figure against the part it stands in
# (争取 in a review is what was won: 争取转移支付242亿元, 争取到贷款)
STRONG_TARGET = re.compile(r"计划|预期|目标|力争|要求|拟")
STRONG_ACTUAL = re.compile(r"实际|已经|已|了|预计|统计预测|过去|初步|据统计|执行结果|结果为|曾")
_ACTUAL_CUE = re.compile(r"实际|已经|已(?!有)|了(?<![为除]了)|预计(?!将|要)|统计预测|初步统计|初步核算|据统计|执行结果|结果为|过去|曾(?<![不未]曾)")
# 比1980年预计增长: the estimate is the base the target is set against, not an outcome cue
_ESTIMATE_BASE = re.compile(r"比[^，。；]{0,12}预计$")


def stance_cue(text: str, clause_start: int, at: int) -> tuple[str, str] | None:
    """The stance the nearest cue before ``at`` (from ``clause_start``) gives, with the cue
    (a target cue where the two end together)."""
    # the nearest cue of each kind is its last match (matches come in order and do not overlap)
    target = _last(_TARGET_CUE, text, clause_start, at)
    actual = _last(_ACTUAL_CUE, text, clause_start, at)
    while actual is not None and actual.group(0).startswith("预计") and _ESTIMATE_BASE.search(text, clause_start, actual.end()):
        # (rare: an estimate that is a base is no cue; the nearest before it counts)
        actual = _last(_ACTUAL_CUE, text, clause_start, at, before=actual.start())
    if target is not None and (actual is None or target.end() >= actual.end()):
        return "target", target.group(0)
    return ("actual", actual.group(0)) if actual is not None else None


def _last(pattern: re.Pattern[str], text: str, start: int, end: int, before: int | None = None) -> re.Match[str] | None:
    """The last match of ``pattern.finditer(text, start, end)`` (that starts before ``before``):
    found by searching on from each match's end, as finditer does, without the scanner
    object finditer makes (most clauses hold one cue or none, and the calls are many)."""
    last = None
    found = pattern.search(text, start, end)
    while found is not None and (before is None or found.start() < before):
        last = found
        found = pattern.search(text, found.end(), end)
    return last


class Timeline:
    """Every temporal mention of a text, found once, and those inside any stretch of it."""

    def __init__(self, text: str, report_year: int | None, reviewed_year: int | None, plan_year: int | None):
        self.all = mentions(text, 0, len(text), report_year, reviewed_year, plan_year)
        self._starts = [t.start for t in self.all]

    def within(self, start: int, end: int) -> list[Time]:
        out = []
        for t in islice(self.all, bisect.bisect_left(self._starts, start), None):  # no copy of the rest of the list
            if t.start >= end:
                break
            if t.end <= end:
                out.append(t)
        return out
