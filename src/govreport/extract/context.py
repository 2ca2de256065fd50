"""Where a sentence stands: the report's parts, its glossary and appendix tables.

A report's parts are read from its headings, the way a reader skims them:
  review     回顾, 过去, 成绩, 总结, 执行情况; or a heading naming a year before the plan year
  plan       安排, 任务, 目标, 总体要求, 做好…工作; or a heading naming the plan year
  five_year  a five-year plan or its years (第六个五年计划, 十四五规划, 今后五年, 2021年到2025年)
  conduct    the government's own conduct (政府自身建设)
  other      anything else (外交, 国防 in a national report)
Headings are the numbered top-level ones (一、…) or, in texts without them, short lines that
stand alone as titles (过去五年的回顾); in a text crawled onto one line, numbered headings
inside the line (…。一、2019年政府工作回顾…) count too. A part runs to the next heading of its
level. Without any heading, the plan starts where the text turns to the plan (主要预期目标,
2024年是…, 做好2024年工作). Glossary and appendix sections are told apart for the extractors.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property

from ..model import Identity, Segments
from .timeframe import mentions

_PLAN_TITLE = re.compile(r"安排|重点|任务|目标|展望|做好|抓好|主要工作|总体要求|今后|奋力|扎实推进|部署|建议|计划")
_REVIEW_TITLE = re.compile(r"回顾|过去|成绩|来之不易|成效|总结|执行情况|基本情况|取得的?成就|伟大成就|历史性转变|五年来|一年来")
_FIVE_YEAR = re.compile(r"五年计划|五年规划|[十一二三四五六七八九]五”?(?:规划|计划|时期)|今后五年|未来五年|(?:19|20)\d{2}年?(?:到|至|—|-)(?:19|20)\d{2}年|中长期|远景目标")
_CONDUCT = re.compile(r"政府自身建设|自身建设|加强政府|作风建设|建设人民满意")
_GLOSSARY = re.compile(r"名\s*词\s*解\s*释")
_APPENDIX = re.compile(r"^附\s*件")
# a numbered heading inside a line: 一、 to 九十九、 at the text's start or after a full stop,
# (?:^|(?<=[。！？；]))([一二三四五六七八九十]{1,3})、([^。！？；，\n]{2,40}), written to open with its
# first numeral (then: not after any other character) so that re looks for the numerals with
# its fast scan instead of trying the choice of places at every character
_INLINE_HEADING = re.compile(r"([一二三四五六七八九十](?<![^。！？；][一二三四五六七八九十])[一二三四五六七八九十]{0,2})、([^。！？；，\n]{2,40})")
_TITLE_LINE = re.compile(r"^[^。！？；，：:,]{3,24}$")
_NAMES_A_YEAR = re.compile(r"(?:19|20)\d{2}年|[一二][九〇○零][〇○零一二三四五六七八九]{2}年|今年|明年")
_NUMBERED = re.compile(r"^(?:\d|[一二三四五六七八九十]+、|[（(])")


@dataclass(frozen=True)
class Part:
    start: int
    end: int
    kind: str  # review | plan | five_year | conduct | other
    first: int | None = None  # the years the part is about, where its heading says
    last: int | None = None
    title: str = ""


@dataclass(frozen=True)
class Layout:
    parts: tuple[Part, ...]
    glossaries: tuple[tuple[int, int], ...]
    appendices: tuple[tuple[int, int], ...]

    @property
    def plan_start(self) -> int | None:
        """Where the first plan part begins (None: the text has no plan part)."""
        return next((p.start for p in self.parts if p.kind in ("plan", "five_year")), None)

    @cached_property
    def _part_starts(self) -> list[int]:
        return [p.start for p in self.parts]

    def part_at(self, offset: int) -> Part | None:
        i = bisect.bisect_right(self._part_starts, offset) - 1
        if i >= 0 and offset < self.parts[i].end:
            return self.parts[i]
        return None

    def in_glossary(self, offset: int) -> bool:
        return any(s <= offset < e for s, e in self.glossaries)

    def in_appendix(self, offset: int) -> bool:
        return any(s <= offset < e for s, e in self.appendices)

    def in_plan(self, offset: int) -> bool:
        part = self.part_at(offset)
        return part is not None and part.kind in ("plan", "five_year") and not self.in_appendix(offset)


def layout(text: str, segments: Segments, identity: Identity) -> Layout:
    top = _top_sections(segments)
    glossaries = tuple((s.start, s.end) for s in top if _GLOSSARY.search(s.title))
    appendices = tuple((s.start, s.end) for s in top if _APPENDIX.match(s.title) and not _GLOSSARY.search(s.title))
    # a glossary that is a plain line (no numbered heading) runs to the end of the text
    if not glossaries:
        at = _glossary_line(text)
        if at is not None:
            glossaries = ((at, len(text)),)
    parts = _parts(text, _headings(text, segments), identity)
    if not any(p.kind in ("plan", "five_year", "review") for p in parts):
        parts = _marked_parts(text, identity)
    if glossaries or appendices:
        cut = min(s for s, _ in glossaries + appendices)
        parts = tuple(Part(p.start, min(p.end, cut), p.kind, p.first, p.last, p.title) for p in parts if p.start < cut)
    return Layout(parts, glossaries, appendices)


_GLOSSARY_LINE = re.compile(r"^名\s*词\s*解\s*释\s*$", re.M)
# the same after the line break before it: re finds a pattern opening with a literal by its
# fast scan, and tries a multiline ^ at every character
_GLOSSARY_AFTER_BREAK = re.compile(r"\n名\s*词\s*解\s*释\s*$", re.M)


def _glossary_line(text: str) -> int | None:
    """Where the first line that reads 名词解释 alone starts (_GLOSSARY_LINE's first match)."""
    if _GLOSSARY_LINE.match(text):
        return 0
    found = _GLOSSARY_AFTER_BREAK.search(text)
    return found.start() + 1 if found else None


def _headings(text: str, segments: Segments) -> list[tuple[int, float, str]]:
    """(offset, level, title) of the headings that divide a report: title lines (level 0),
    numbered sections (一、 level 1, （一） level 2), and numbered headings inside a line of a
    one-line crawl. A numbered list that starts again from 一 under a chapter is a list
    inside that chapter (level 1.5), not a new chapter."""
    out: list[tuple[int, float, str]] = [(at, 0.0, title) for at, title in _title_lines(text)]
    last_number = 0
    for s in segments.sections:
        if s.level > 2 or _GLOSSARY.search(s.title) or _APPENDIX.match(s.title):
            continue
        level = float(s.level)
        if s.level == 1 and s.number is not None:
            if last_number and s.number != last_number + 1:
                level = 1.5
            else:
                last_number = s.number
        out.append((s.start, level, s.title))
    if not any(level >= 1 for _, level, _ in out):
        out += [(at, 1.0, title) for at, title in _inline_headings(text)]
    return sorted(out)


def _top_sections(segments: Segments):
    levels = sorted({s.level for s in segments.sections})
    if not levels:
        return []
    top = [s for s in segments.sections if s.level == levels[0]]
    if len(top) < 2 and len(levels) > 1:  # 一、 used once (名词解释 alone): the next level leads
        top = [s for s in segments.sections if s.level <= levels[1]]
    return top


def _title_lines(text: str) -> list[tuple[int, str]]:
    """Short lines that stand alone as titles (过去五年的回顾, 关于国内建设), in a text whose
    other lines are paragraphs."""
    out, at = [], 0
    lines = text.split("\n")
    for n, line in enumerate(lines):
        if 0 < n < len(lines) - 1 and _TITLE_LINE.match(line) and not _NUMBERED.match(line) and len(lines[n + 1]) > 40:
            out.append((at, line))
        at += len(line) + 1
    return out if len(out) >= 2 else []


def _inline_headings(text: str) -> list[tuple[int, str]]:
    """Numbered headings inside a line (a report crawled onto one line), in sequence."""
    out: list[tuple[int, str]] = []
    expected = 1
    from ..numbers_cn import cn_ordinal

    for m in _INLINE_HEADING.finditer(text):
        if cn_ordinal(m.group(1)) == expected:
            out.append((m.start(1), m.group(2)))
            expected += 1
    return out if len(out) >= 2 else []


def _parts(text: str, headings: list[tuple[int, float, str]], identity: Identity) -> tuple[Part, ...]:
    """Each heading opens a part. A heading that names no part (关于国内建设, 一、关于农业)
    takes the kind of the heading above it; a sibling chapter ends its predecessor's."""
    parts: list[Part] = []
    stack: list[tuple[float, str, int | None, int | None, str]] = []  # level, kind, first, last, title
    if headings and headings[0][0] > 0:
        parts.append(Part(0, headings[0][0], "other"))
    for n, (start, level, title) in enumerate(headings):
        end = headings[n + 1][0] if n + 1 < len(headings) else len(text)
        while stack and stack[-1][0] >= level:
            stack.pop()
        kind, first, last = _classify(title, identity)
        five_year = next((entry for entry in reversed(stack) if entry[1] == "five_year"), None)
        if kind == "plan" and five_year and not _NAMES_A_YEAR.search(title):
            kind, first, last = five_year[1], five_year[2], five_year[3]  # 关于基本建设的重点 inside 六五计划
        if kind != "other" or not stack:
            stack.append((level, kind, first, last, title))  # a chapter that names no part (外交) stands alone
        _, kind, first, last, owner = stack[-1]
        parts.append(Part(start, end, kind, first, last, owner))
    return tuple(parts)


def _classify(title: str, identity: Identity) -> tuple[str, int | None, int | None]:
    plan, reviewed = identity.plan_year, identity.reviewed_year
    times = [t for t in mentions(title, 0, len(title), identity.report_year, reviewed, plan) if not t.base]
    span = next((t for t in times if t.first != t.last), None)
    year = next((t.last for t in times if t.first == t.last and t.last), None)
    if _CONDUCT.search(title):
        return "conduct", plan, plan
    if _REVIEW_TITLE.search(title) and not (year and plan and year >= plan and _PLAN_TITLE.search(title) and not _REVIEW_TITLE.search(title)):
        if span:
            return "review", span.first, span.last
        return "review", year or reviewed, year or reviewed
    if span and (_FIVE_YEAR.search(title) or (plan and span.last and span.last > plan)):
        return "five_year", span.first, span.last
    if _FIVE_YEAR.search(title):
        return "five_year", None, None
    if year and plan:
        if year >= plan:
            return "plan", year, year
        return "review", year, year
    if _PLAN_TITLE.search(title):
        return "plan", plan, plan
    return "other", None, None


def _marked_parts(text: str, identity: Identity) -> tuple[Part, ...]:
    """Without headings: the plan starts where the text turns to it."""
    plan = identity.plan_year
    markers = [r"主要预期目标", r"预期目标是"]
    if plan:
        markers += [rf"{plan}年是", rf"{plan}年(?:政府)?工作的总体要求", rf"做好{plan}年", rf"{plan}年工作"]
    found = [m.start() for pattern in markers for m in [re.search(pattern, text)] if m]
    if not found:
        return ()
    start = min(found)
    line_start = text.rfind("\n", 0, start) + 1
    # in a text crawled onto one line, the plan starts at its sentence
    if line_start == 0 and start > 200:
        line_start = max(text.rfind(c, 0, start) for c in "。！？") + 1
    review = (Part(0, line_start, "review", identity.reviewed_year, identity.reviewed_year),) if line_start > 0 else ()
    return review + (Part(line_start, len(text), "plan", plan, plan),)
