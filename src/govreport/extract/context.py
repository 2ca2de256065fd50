"""Where a sentence stands: review or plan part of a report, glossary, appendix table.

A report reviews its reviewed year first and sets its plan year's targets after; the plan
part starts at the first level-1 section whose title names the plan year or planning words
(工作安排, 工作重点, 做好…工作), or failing sections at the first sentence that does
(主要预期目标, 2024年是…). Glossary and appendix sections are told apart for the extractors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Identity, Section, Segments

_PLAN_TITLE = re.compile(r"安排|重点|任务|目标|展望|做好|抓好|主要工作|总体要求|今后|奋力|扎实推进")
_REVIEW_TITLE = re.compile(r"回顾|过去|成绩|来之不易|成效|总结")
_GLOSSARY = re.compile(r"名\s*词\s*解\s*释")
_APPENDIX = re.compile(r"^附\s*件")


@dataclass(frozen=True)
class Layout:
    plan_start: int | None  # offset where the plan part begins (None: no plan part)
    glossaries: tuple[tuple[int, int], ...]
    appendices: tuple[tuple[int, int], ...]

    def in_glossary(self, offset: int) -> bool:
        return any(s <= offset < e for s, e in self.glossaries)

    def in_appendix(self, offset: int) -> bool:
        return any(s <= offset < e for s, e in self.appendices)

    def in_plan(self, offset: int) -> bool:
        return self.plan_start is not None and offset >= self.plan_start and not self.in_appendix(offset)


def layout(text: str, segments: Segments, identity: Identity) -> Layout:
    top = [s for s in segments.sections if s.level == 1]
    glossaries = tuple((s.start, s.end) for s in top if _GLOSSARY.search(s.title))
    appendices = tuple((s.start, s.end) for s in top if _APPENDIX.match(s.title) and not _GLOSSARY.search(s.title))
    # a glossary that is a plain line (no numbered heading) runs to the end of the text
    if not glossaries:
        match = re.search(r"^名\s*词\s*解\s*释\s*$", text, re.M)
        if match:
            glossaries = ((match.start(), len(text)),)
    return Layout(_plan_start(text, top, identity), glossaries, appendices)


def _plan_start(text: str, top: list[Section], identity: Identity) -> int | None:
    plan = identity.plan_year
    for section in top:
        if _GLOSSARY.search(section.title) or _APPENDIX.match(section.title):
            continue
        named_year = re.search(r"(19|20)\d{2}", section.title)
        if plan and named_year and int(named_year.group(0)) == plan and not _REVIEW_TITLE.search(section.title):
            return section.start
        if _PLAN_TITLE.search(section.title) and not _REVIEW_TITLE.search(section.title) and section.start > 0:
            if not named_year or plan is None or int(named_year.group(0)) >= plan:
                return section.start
    markers = [r"主要预期目标", r"预期目标是"]
    if plan:
        markers += [rf"{plan}年是", rf"{plan}年(?:政府)?工作的总体要求", rf"做好{plan}年", rf"{plan}年工作"]
    found = [m.start() for pattern in markers for m in [re.search(pattern, text)] if m]
    if not found:
        return None
    start = min(found)
    line_start = text.rfind("\n", 0, start) + 1
    return line_start
