"""Newspaper layouts: put a report printed over several pages back together.

Works on paragraphs (one a line). In order:
 1. markers    page-continuation lines (上接3版, 下转第4版, 转第2版) are dropped; a paragraph
               after an 上接 marker opened its page, so it opens the reading order too
 2. repeats    a paragraph printed twice (a section repeated across pages) is kept once
 3. captions   after the last paragraph of the report, a trailing block of short lines that
               holds a slogan or a by-line (data/slogans.txt) is dropped
 4. order      a paragraph that stops mid-sentence is continued by the paragraph whose next
               heading is the one the numbering expects (after "2." comes "3.", after
               "(七)" comes "(八)"); the fragments so chained are then put in the order of
               their section numbers, the glossary last
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .model import Warning
from .numbers_cn import cn_ordinal

_MARKER = re.compile(r"^[（(【]?\s*(上接|接上|下转|转下|转第|接第|续接|紧接)\s*第?\s*[\d一二三四五六七八九十]+\s*[版页]\s*[）)】]?$")
_TERMINAL = "。！？；”」』…!?;"
_HEADING = (
    ("A", re.compile(r"^([一二三四五六七八九十]+)、")),
    ("B", re.compile(r"^[（(]([一二三四五六七八九十]+)[)）]")),
    ("C", re.compile(r"^(\d{1,2})[.．、](?!\d)")),
    ("D", re.compile(r"^[（(](\d{1,2})[)）]")),
)
_LEVELS = "ABCD"
_GLOSSARY = re.compile(r"^(附件\s*\d*\s*)?名词解释")


@dataclass(frozen=True)
class _Line:
    text: str
    kind: str | None  # heading type A-D or None
    number: int | None
    after_marker: bool


def repair_layout(text: str) -> tuple[str, tuple[Warning, ...]]:
    warnings: list[Warning] = []
    lines, markers = _drop_markers([line.strip() for line in text.split("\n") if line.strip()])
    if markers:
        warnings.append(Warning("page_marker", f"dropped {markers} page-continuation marker(s)"))
    lines, repeats = _drop_repeats(lines)
    if repeats:
        warnings.append(Warning("duplicate_section", f"dropped {repeats} paragraph(s) printed twice"))
    lines, captions = _drop_captions(lines)
    if captions:
        warnings.append(Warning("caption_removed", f"dropped {captions} caption or slogan line(s) after the end"))
    numbers = [line.number for line in lines if line.kind == "B"] or [line.number for line in lines if line.kind == "A"]
    out_of_order = any(b is not None and a is not None and b < a for a, b in zip(numbers, numbers[1:]))
    moved = 0
    # only a layout that shows signs of pages is reordered; a text of many thousand lines is
    # no newspaper page, and matching its fragments would take quadratic time
    if (markers or repeats or out_of_order) and len(lines) <= 5000:
        lines, moved = _reorder(lines)
    if moved:
        warnings.append(Warning("fragment_reordered", f"put {moved} fragment(s) back in reading order"))
    return "\n".join(line.text for line in lines), tuple(warnings)


def _heading(text: str) -> tuple[str | None, int | None]:
    for kind, pattern in _HEADING:
        match = pattern.match(text)
        if match:
            raw = match.group(1)
            return kind, int(raw) if raw.isdigit() else cn_ordinal(raw)
    return None, None


def _drop_markers(raw: list[str]) -> tuple[list[_Line], int]:
    lines: list[_Line] = []
    markers, pending = 0, False
    for text in raw:
        if _MARKER.match(text):
            markers += 1
            pending = pending or text.lstrip("（(【 ").startswith(("上接", "接上", "续接", "接第", "紧接"))
            continue
        kind, number = _heading(text)
        lines.append(_Line(text, kind, number, pending))
        pending = False
    return lines, markers


def _drop_repeats(lines: list[_Line]) -> tuple[list[_Line], int]:
    seen: set[str] = set()
    kept: list[_Line] = []
    for line in lines:
        key = re.sub(r"\s", "", line.text)
        # a paragraph, or a heading, met a second time is the same section printed twice
        if (len(key) >= 15 or (line.kind and len(key) >= 6)) and key in seen:
            continue
        seen.add(key)
        kept.append(line)
    return kept, len(lines) - len(kept)


@lru_cache(maxsize=1)
def _slogans() -> tuple[re.Pattern[str], ...]:
    rows = resources.files("govreport").joinpath("data/slogans.txt").read_text("utf-8").splitlines()
    return tuple(re.compile(row) for row in rows if row.strip() and not row.startswith("#"))


def _drop_captions(lines: list[_Line]) -> tuple[list[_Line], int]:
    end = len(lines)
    while end > 0 and len(lines[end - 1].text) <= 20 and not lines[end - 1].text.endswith(tuple(_TERMINAL)):
        end -= 1
    tail = lines[end:]
    if tail and any(p.search(line.text) for line in tail for p in _slogans()):
        return lines[:end], len(tail)
    return lines, 0


def _dangling(line: _Line) -> bool:
    return len(line.text) >= 15 and not line.text.endswith(tuple(_TERMINAL)) and not _pure_heading(line)


def _pure_heading(line: _Line) -> bool:
    return line.kind is not None and "。" not in line.text


def _reorder(lines: list[_Line]) -> tuple[list[_Line], int]:
    """Chain fragments that stop mid-sentence to their continuations, then sort the chains."""
    contexts = _contexts(lines)
    next_heading: list[int | None] = [None] * len(lines)  # the first heading after each line
    upcoming = None
    for k in range(len(lines) - 1, -1, -1):
        next_heading[k] = upcoming
        if lines[k].kind:
            upcoming = k
    links: dict[int, int] = {}
    taken: set[int] = set()
    for i, line in enumerate(lines[:-1]):
        if not _dangling(line):
            continue
        expected = _expected_next(contexts[i])
        best: tuple[int, int] | None = None  # (gap to the expected heading, candidate)
        for j, candidate in enumerate(lines):
            if j in taken or j == i or j == 0 or candidate.kind is not None or _pure_heading(lines[j - 1]):
                continue
            following = next_heading[j]
            if following is not None and (lines[following].kind, lines[following].number) in expected:
                # the shortest continuation wins: a cut paragraph's tail runs up to the next heading
                if best is None or following - j < best[0]:
                    best = (following - j, j)
        if best is not None:
            links[i] = best[1]
            taken.add(best[1])
    if not links:
        return lines, 0
    kind = "B" if any(line.kind == "B" for line in lines) else "A"
    chains = _chains(lines, links, taken, kind)
    order = sorted(range(len(chains)), key=lambda c: (_chain_key(lines, chains[c], kind), c))
    result: list[_Line] = []
    for c in order:
        for i in chains[c]:
            previous = result[-1] if result else None
            if previous is not None and chains[c].index(i) > 0 and links.get(chains[c][chains[c].index(i) - 1]) == i:
                # the cut paragraph and its continuation become one paragraph again
                result[-1] = _Line(previous.text + lines[i].text, previous.kind, previous.number, previous.after_marker)
            else:
                result.append(lines[i])
    moved = sum(1 for a, b in zip(order, sorted(order)) if a != b)
    return result, max(moved, len(links))


def _contexts(lines: list[_Line]) -> list[dict[str, int]]:
    current: dict[str, int] = {}
    out = []
    for line in lines:
        if line.kind:
            level = _LEVELS.index(line.kind)
            current = {k: v for k, v in current.items() if _LEVELS.index(k) < level}
            current[line.kind] = line.number or 0
        out.append(dict(current))
    return out


def _expected_next(context: dict[str, int]) -> set[tuple[str, int]]:
    return {(kind, number + 1) for kind, number in context.items()}


def _chains(lines: list[_Line], links: dict[int, int], taken: set[int], kind: str) -> list[list[int]]:
    previous_number: dict[int, int] = {}  # line -> number of the last `kind` heading before it
    last = 0
    for i, line in enumerate(lines):
        previous_number[i] = last
        if line.kind == kind:
            last = line.number or 0
        elif line.kind and _LEVELS.index(line.kind) < _LEVELS.index(kind):
            last = 0

    def successor(i: int) -> int | None:
        if i in links:
            return links[i]
        nxt = i + 1
        if nxt >= len(lines) or nxt in taken or lines[nxt].after_marker or _GLOSSARY.match(lines[nxt].text):
            return None
        if lines[nxt].kind == kind and lines[nxt].number != previous_number[nxt] + 1:
            return None  # a heading out of sequence opens a fragment of its own
        return nxt

    successors = {i: successor(i) for i in range(len(lines))}
    has_predecessor = {j for j in successors.values() if j is not None}
    starts = [i for i in range(len(lines)) if i not in has_predecessor] + list(range(len(lines)))
    visited: set[int] = set()
    chains = []
    for start in starts:
        if start in visited:
            continue
        chain: list[int] = []
        i: int | None = start
        while i is not None and i not in visited:
            visited.add(i)
            chain.append(i)
            i = successors[i]
        chains.append(chain)
    return chains


def _chain_key(lines: list[_Line], chain: list[int], kind: str) -> float:
    first = lines[chain[0]]
    if chain[0] == 0:
        return float("-inf")
    if _GLOSSARY.match(first.text):
        return float("inf")
    numbers = [lines[i].number for i in chain if lines[i].kind == kind]
    if numbers and numbers[0] is not None:
        return float(numbers[0])
    if first.after_marker:
        return -1e9  # an 上接 paragraph opened its page
    return 1e9
