"""Livelihood projects (民生实事): completion tables and lists of the year's tasks.

Tables come in two shapes after reading: one cell a line (a web page or a PDF: 序号, the
task, what was done, the completion rate, the next 序号 ...), or one row a line with cells
between bars (an HTML table read by trafilatura). A row gives the task, its targets (the
quantities in the task), its actuals (the quantities in the "done" cells) and completion
ratios (107% -> 1.07). The year is the table title's (2020年民生实事完成情况 in a 2021 report
is 2020), and the table's cells are the rows' fields, never metrics of their own.

Lists: a sentence that announces 民生实事 and goes on with numbered items (1.新建…；2.…)
gives one target item each, for the plan year.
"""

from __future__ import annotations

import re

from ..model import Identity, Match, Segments
from .context import Layout
from .quantity import Quantity, find_quantities

_HEADER_CELL = re.compile(r"^(序号|编号)$")
_DONE_HEADER = re.compile(r"完成情况|完成率|进展|进度|完成数")
_PERCENT_ONLY = re.compile(r"^[\d.%、，,\s]+$")
_NOTE = re.compile(r"^[（(]?注")
_LIST_ITEM = re.compile(r"(\d{1,2})[.．、]\s*([^；;。\d][^；;。]*?)(?=[；;。]|\s*\d{1,2}[.．、][^\d]|$)")


def match_livelihood(text: str, segments: Segments, identity: Identity, layout: Layout) -> list[Match]:
    return _tables(text, identity) + _lists(text, segments, identity, layout)


def _lines(text: str) -> list[tuple[int, str]]:
    out, offset = [], 0
    for line in text.split("\n"):
        out.append((offset, line))
        offset += len(line) + 1
    return out


def _tables(text: str, identity: Identity) -> list[Match]:
    lines = _lines(text)
    out: list[Match] = []
    for i, (offset, line) in enumerate(lines):
        if line.startswith("|") and "序号" in line and _DONE_HEADER.search(line):
            out.extend(_pipe_table(lines, i, _table_year(lines, i, identity)))
        elif _HEADER_CELL.match(line.strip()) and any(_DONE_HEADER.search(l) for _, l in lines[i + 1 : i + 5]):
            out.extend(_cell_table(lines, i, _table_year(lines, i, identity)))
    return out


def _table_year(lines: list[tuple[int, str]], header: int, identity: Identity) -> int | None:
    for _, line in reversed(lines[max(0, header - 3) : header]):
        match = re.search(r"((?:19|20)\d{2})年", line)
        if match:
            return int(match.group(1))
    return identity.reviewed_year


def _row(text_task: str, task_start: int, actual_cells: list[str], completion_cells: list[str], number: int, year, ev: tuple[int, int]) -> Match:
    task_quantities = find_quantities(text_task)
    actual_quantities = [q for cell in actual_cells for q in find_quantities(cell)]
    completion = [round(float(v) / 100, 4) for cell in completion_cells for v in re.findall(r"(\d+(?:\.\d+)?)\s*%", cell)]
    fields = {
        "no": number,
        "task": text_task.strip(),
        "targets": [_value(q) for q in task_quantities],
        "actuals": [_value(q) for q in actual_quantities],
        "completion": completion,
        "stance": "actual" if actual_cells or completion else "target",
        "period": year,
        "table": True,
    }
    return Match(task_start, task_start + len(text_task.rstrip()), ev[0], ev[1], fields)


def _value(q: Quantity) -> dict:
    return {"value": q.value, "unit": q.unit, "modifier": q.modifier}


def _cell_table(lines: list[tuple[int, str]], header: int, year: int | None) -> list[Match]:
    out = []
    i = header + 1
    while i < len(lines) and not re.fullmatch(r"\d{1,2}", lines[i][1].strip()):
        i += 1  # the other header cells
    expected = 1
    while i < len(lines) and lines[i][1].strip() == str(expected):
        row_start = lines[i][0]
        j = i + 1
        cells: list[tuple[int, str]] = []
        while j < len(lines) and lines[j][1].strip() != str(expected + 1) and not _NOTE.match(lines[j][1].strip()):
            if re.match(r"^(附件|名词解释|[一二三四五六七八九十]+、)", lines[j][1].strip()):
                break
            cells.append(lines[j])
            j += 1
        if cells:
            task_offset, task = cells[0]
            rest = [c for _, c in cells[1:]]
            completion = [c for c in rest if "%" in c and _PERCENT_ONLY.match(c)]
            actual = [c for c in rest if c not in completion]
            end = cells[-1][0] + len(cells[-1][1])
            out.append(_row(task, task_offset, actual, completion, expected, year, (row_start, end)))
        expected += 1
        i = j
    return out


def _pipe_table(lines: list[tuple[int, str]], header: int, year: int | None) -> list[Match]:
    names = [c.strip() for c in lines[header][1].strip("|").split("|")]
    out = []
    for offset, line in lines[header + 1 :]:
        if not line.startswith("|"):
            break
        cells = line.strip("|").split("|")
        if len(cells) != len(names) or not cells[0].strip().isdigit():
            continue
        row = dict(zip(names, cells))
        task_name = next((n for n in names if re.search(r"项目|实事|任务|内容", n)), names[1] if len(names) > 1 else names[0])
        done = [row[n] for n in names if re.search(r"完成情况|进展|完成数", n)]
        rate = [row[n] for n in names if re.search(r"完成率|进度", n)]
        task = row[task_name]
        task_offset = offset + line.index(task)
        out.append(_row(task, task_offset, done, rate, int(cells[0].strip()), year, (offset, offset + len(line))))
    return out


def _lists(text: str, segments: Segments, identity: Identity, layout: Layout) -> list[Match]:
    out = []
    for sentence in segments.sentences:
        # a list names 民生实事 before its colon: a sentence that does not name it is passed over
        # in place, not cut out
        if text.find("民生实事", sentence.start, sentence.end) < 0:
            continue
        body = text[sentence.start : sentence.end]
        colon = body.find("：")
        if colon < 0 or "民生实事" not in body[:colon] or not re.search(r"\d{1,2}[.．、]", body[colon:]):
            continue
        if layout.in_appendix(sentence.start):
            continue
        stance = "target" if layout.in_plan(sentence.start) else "actual"
        period = identity.plan_year if stance == "target" else identity.reviewed_year
        # the list may run over several sentences split at 。; read to the paragraph end
        paragraph_end = text.find("\n", sentence.start)
        paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
        region = text[sentence.start + colon + 1 : paragraph_end]
        base = sentence.start + colon + 1
        for match in _LIST_ITEM.finditer(region):
            task = match.group(2).strip()
            if not task:
                continue
            start = base + match.start(2)
            item_end = base + match.end(2)
            quantities = find_quantities(task)
            out.append(
                Match(
                    start,
                    item_end,
                    sentence.start,
                    max(item_end, paragraph_end if item_end > sentence.end else sentence.end),
                    {"no": int(match.group(1)), "task": task, "targets": [_value(q) for q in quantities], "actuals": [], "completion": [], "stance": stance, "period": period, "table": False},
                )
            )
    return out
