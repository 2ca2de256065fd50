"""Newspaper layouts: put a report printed over several pages back together.

Works on paragraphs (one a line), as edits on a :class:`Draft`. The evidence of a newspaper
page is a page-continuation marker; without one, a text is read in the order it is written.
In order:
 1. markers    page-continuation lines (上接3版, 下转第4版, 转第2版) are dropped; a paragraph
               after an 上接 marker opened its page, so it opens the reading order too
 2. repeats    on a newspaper page, a paragraph printed twice (a section repeated across
               pages) is kept once; elsewhere only a run of paragraphs repeated in order is
 3. captions   after the last paragraph, a trailing block of short lines that holds a slogan
               or a by-line (data/slogans.txt), on a newspaper page or beside the core values
 4. order      on a newspaper page only: a paragraph that stops mid-sentence is continued by
               the paragraph whose next heading is the one the numbering expects (after "2."
               comes "3.", after "(七)" comes "(八)"); the fragments so chained are then put
               in the order of their section numbers, the glossary last. Numbering that
               restarts under each chapter is structure, not shuffling, and is never enough.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from .edits import Draft, Edit
from .model import Warning
from .numbers_cn import cn_ordinal

# the words a continuation marker holds (上接|接上|下转|转下|转第|接第|续接|紧接), as two patterns
# that open with the 接 or the 转 each word holds: re finds a literal first character with its
# fast scan, and tries an alternation of words (their first characters a class) at every
# character, five times slower on a report
_MARKER_WORDS = (re.compile(r"接(?:(?<=[上续紧]接)|[上第])"), re.compile(r"转(?:(?<=下转)|[下第])"))
_MARKER = re.compile(r"^[（(【]?\s*(上接|接上|下转|转下|转第|接第|续接|紧接)\s*第?\s*[\d一二三四五六七八九十]+\s*[版页]\s*[）)】]?$")
_TERMINAL = "。！？；”」』…!?;"
_HEADING = (
    ("A", re.compile(r"^([一二三四五六七八九十]+)、")),
    ("B", re.compile(r"^[（(]([一二三四五六七八九十]+)[)）]")),
    ("C", re.compile(r"^(\d{1,2})[.．、](?!\d)")),
    ("D", re.compile(r"^[（(](\d{1,2})[)）]")),
)
_LEVELS = "ABCD"
_OPENS = ("上接", "接上", "续接", "接第", "紧接")
_GLOSSARY = re.compile(r"^(附件\s*\d*\s*)?名词解释")


@dataclass(frozen=True)
class _Line:
    text: str
    kind: str | None  # heading type A-D or None
    number: int | None
    after_marker: bool


def repair_layout(draft: Draft, skip: frozenset[str] | set[str] = frozenset()) -> list[Warning]:
    """Repair a newspaper layout in ``draft``; every step needs evidence of pages (a
    continuation marker) except a long run of paragraphs printed twice and the core-values
    caption block, which are evidence of themselves."""
    warnings: list[Warning] = []
    lines = _read_lines(draft.text)
    marker_lines = [line for line in lines if _MARKER.match(line.text)] if any(p.search(draft.text) for p in _MARKER_WORDS) else []
    newspaper = bool(marker_lines)
    # a paragraph after an 上接 marker opened its page, so it opens the reading order too
    opens_page = {
        lines[n + 1].text for n, line in enumerate(lines[:-1])
        if _MARKER.match(line.text) and line.text.lstrip("（(【 ").startswith(_OPENS) and not _MARKER.match(lines[n + 1].text)
    } if newspaper else set()  # no marker line, none to open a page
    steps = (
        ("page_marker", lambda lines: marker_lines, "a page-continuation marker", "dropped {n} page-continuation marker(s)"),
        ("duplicate_section", lambda lines: _repeats(lines, newspaper), "a paragraph printed a second time", "dropped {n} paragraph(s) printed twice"),
        ("caption_removed", lambda lines: _captions(lines, newspaper), "a caption, credit or slogan after the end of the text", "dropped {n} caption or slogan line(s) after the end"),
    )
    for kind, find, reason, message in steps:
        dropped = find(lines) if kind not in skip else []
        if dropped:
            draft.apply(kind, [Edit(line.start, line.end, "", reason) for line in dropped])
            warnings.append(Warning.of(kind, message.format(n=len(dropped)), n=len(dropped)))
            lines = _read_lines(draft.text)
    if newspaper and "fragment_reordered" not in skip:
        moved = _reorder_draft(draft, opens_page)
        if moved:
            warnings.append(Warning.of("fragment_reordered", f"put {moved} fragment(s) back in reading order", n=moved))
    return warnings


def repair_layout_text(text: str) -> tuple[str, tuple[Warning, ...]]:
    """:func:`repair_layout` on a bare text (for tests and one-off use)."""
    draft = Draft(text)
    warnings = repair_layout(draft)
    return draft.text, tuple(warnings)


class _Span(NamedTuple):
    """A line with words: its stripped text and its offsets (a named tuple, made in half the
    time of a frozen dataclass: a report has thousands of lines, read at each step)."""

    text: str
    start: int
    end: int  # past the line break


def _read_lines(text: str) -> list[_Span]:
    out, at = [], 0
    for raw in text.split("\n"):
        end = min(len(text), at + len(raw) + 1)
        stripped = raw.strip()
        if stripped:
            out.append(_Span(stripped, at, end))
        at += len(raw) + 1
    return out


def _repeats(lines: list[_Span], newspaper: bool) -> list[_Span]:
    """Paragraphs met a second time. On a newspaper page any long paragraph or heading
    repeated is a section printed twice; elsewhere only a run of two or more paragraphs,
    200 characters or more, repeated in the same order is."""
    seen: dict[str, int] = {}
    repeated: list[tuple[int, int]] = []  # (line index, index of its first print)
    for n, line in enumerate(lines):
        key = line.text.replace(" ", "")
        if len(key) >= 15 or (len(key) >= 6 and _heading(line.text)[0]):
            if key in seen:
                repeated.append((n, seen[key]))
            else:
                seen[key] = n
    if newspaper:
        return [lines[n] for n, _ in repeated]
    out: list[_Span] = []
    run: list[tuple[int, int]] = []
    for item in repeated + [(-10, -10)]:
        if run and (item[0] != run[-1][0] + 1 or item[1] != run[-1][1] + 1):
            if len(run) >= 2 and sum(len(lines[n].text) for n, _ in run) >= 200:
                out.extend(lines[n] for n, _ in run)
            run = []
        run.append(item)
    return out


_VALUES = re.compile(r"^(富强|民主|文明|和谐|自由|平等|公正|法治|爱国|敬业|诚信|友善)(\s*(富强|民主|文明|和谐|自由|平等|公正|法治|爱国|敬业|诚信|友善))+$")


def _captions(lines: list[_Span], newspaper: bool) -> list[_Span]:
    """After the last paragraph, a trailing block of short lines that holds a slogan or a
    credit line, on a newspaper page or next to the core values printed as a caption."""
    end = len(lines)
    while end > 0 and len(lines[end - 1].text) <= 20 and not lines[end - 1].text.endswith(tuple(_TERMINAL)):
        end -= 1
    tail = lines[end:]
    if not tail or end == 0:
        return []
    if not (newspaper or any(_VALUES.match(line.text) for line in tail)):
        return []
    if any(p.search(line.text) for line in tail for p in _slogans()):
        return tail
    return []


def _reorder_draft(draft: Draft, opens_page: set[str]) -> int:
    """Chain fragments cut by the page to their continuations and sort them (``_reorder``),
    then move the draft's lines accordingly and join each cut paragraph to its tail."""
    spans = _read_lines(draft.text)
    if not spans or len(spans) > 5000:  # no newspaper page has thousands of paragraphs
        return 0
    lines = []
    for span in spans:
        kind, number = _heading(span.text)
        lines.append(_Line(span.text, kind, number, span.text in opens_page))
    sequence, joined = _reorder(lines)
    if sequence == list(range(len(lines))) and not joined:
        return 0
    if not draft.text.endswith("\n"):
        draft.apply("fragment_reordered", [Edit(len(draft.text), len(draft.text), "\n", "a line break so the last paragraph can move")])
    spans = _read_lines(draft.text)
    bounds = [0] + [s.start for s in spans[1:]] + [len(draft.text)]
    slices = [(bounds[i], bounds[i + 1]) for i in range(len(spans))]
    order = [slices[i] for i in sequence]
    moved = draft.rearrange("fragment_reordered", order, {})
    # the cut paragraph and its continuation become one paragraph again
    at, joins = 0, []
    for i in sequence:
        s, e = slices[i]
        if i in joined and at > 0:
            gap = at
            while gap > 0 and draft.text[gap - 1] in "\n ":
                gap -= 1
            joins.append(Edit(gap, at, "", "a paragraph cut by the page joined to its continuation"))
        at += e - s
    draft.apply("fragment_reordered", joins)
    return max(moved, len(joins))


def _heading(text: str) -> tuple[str | None, int | None]:
    for kind, pattern in _HEADING:
        match = pattern.match(text)
        if match:
            raw = match.group(1)
            return kind, int(raw) if raw.isdigit() else cn_ordinal(raw)
    return None, None


@lru_cache(maxsize=1)
def _slogans() -> tuple[re.Pattern[str], ...]:
    rows = resources.files("govreport").joinpath("data/slogans.txt").read_text("utf-8").splitlines()
    return tuple(re.compile(row) for row in rows if row.strip() and not row.startswith("#"))


def _dangling(line: _Line) -> bool:
    return len(line.text) >= 15 and not line.text.endswith(tuple(_TERMINAL)) and not _pure_heading(line)


def _pure_heading(line: _Line) -> bool:
    return line.kind is not None and "。" not in line.text


def _reorder(lines: list[_Line]) -> tuple[list[int], set[int]]:
    """Chain fragments that stop mid-sentence to their continuations, then sort the chains:
    the reading order of the lines, and the lines that continue the paragraph before them."""
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
        return list(range(len(lines))), set()
    kind = "B" if any(line.kind == "B" for line in lines) else "A"
    chains = _chains(lines, links, taken, kind)
    order = sorted(range(len(chains)), key=lambda c: (_chain_key(lines, chains[c], kind), c))
    sequence = [i for c in order for i in chains[c]]
    # a line whose cut predecessor (by the links) stands right before it joins that paragraph
    joined = {b for a, b in zip(sequence, sequence[1:]) if links.get(a) == b}
    return sequence, joined


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
