"""A pattern's matches found only near a cheap anchor, exactly as a full scan finds them.

Python's ``re`` scans fast for a pattern that opens with a literal or a character class; an
alternation whose branches open with a lookbehind or an optional word (the way a rule reads
best) is tried at every position, at a hundred nanoseconds or more each. When every match of
such a pattern holds a short anchor (a 年, say) near its start, the anchor is found with a
fast scan, and the pattern is tried only in windows around the anchor's hits.

The windows give exactly the matches of ``pattern.finditer(text, start, end)`` when every
match the pattern can make at a position (in the text, or in the text cut short anywhere),
with everything its lookaheads read, lies inside the reach ``[hit.start - before, hit.end +
after]`` of one of the anchor's hits in the text: a 年 a few characters into the match, say,
or a run of spaces the match is part of. Then every match lies whole inside one window
(windows that overlap are merged), and nothing a match depends on is cut off at a window's
end; lookbehinds read the text before a window as they read it in a full scan. The pattern
must not use ``$`` or ``\\Z`` (a window's end would pass for the text's). Each use has a test
that compares the two scans on generated text holding the pattern's longest reaches.

A pattern that opens with a number (``\\d+`` or a run of Chinese numerals) has no reach to
bound, but every match of it starts on one of a few characters: ``finditer_from`` finds the
next such character with a fast scan and tries the pattern there only, where ``re`` would try
it at every character on the way.
"""

from __future__ import annotations

import bisect
import heapq
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any


def finditer_near(pattern: re.Pattern[str], anchor: re.Pattern[str], text: str, before: int, after: int, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, start, end)``, scanned only around ``anchor``'s hits (see the module docstring for when the two agree)."""
    return _each(pattern, text, windows_near(anchor, text, before, after, start, end))


def windows_near(anchor: re.Pattern[str], text: str, before: int, after: int, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The windows finditer_near scans: for patterns that share an anchor and its reach, found
    once and given to ``finditer_in`` for each."""
    end = len(text) if end is None else end
    # reaches that overlap are merged as they come, and each window is held to [start, end)
    # once it is whole (the same windows as holding each reach first: hits lie inside it)
    windows: list[tuple[int, int]] = []
    low = high = None
    for hit in anchor.finditer(text, start, end):
        a, b = hit.span()
        if high is not None and a - before <= high:
            if b + after > high:
                high = b + after
        else:
            if high is not None:
                windows.append((max(start, low), min(end, high)))
            low, high = a - before, b + after
    if high is not None:
        windows.append((max(start, low), min(end, high)))
    return windows


def finditer_in(pattern: re.Pattern[str], text: str, windows: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` in the windows ``windows_near`` gave for an anchor every match holds."""
    return _each(pattern, text, windows)


def finditer_ending(
    pattern: re.Pattern[str], anchor: re.Pattern[str], allowed: re.Pattern[str], text: str, after: int = 0, start: int = 0, end: int | None = None
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, scanned only over each hit of ``anchor``, the run of
    characters ``allowed`` matches right before it, and ``after`` characters past it: for a
    pattern whose every match holds a hit with only such characters before it and ends, with
    all its lookaheads read, at most ``after`` characters past it (a number and its range
    before 百分点; 第六个五年计划 around its 五)."""
    end = len(text) if end is None else end
    return _scan(pattern, text, ((low, min(end, high + after)) for low, high in runs_ending(anchor, allowed, text, start, end)))


def runs_ending(anchor: re.Pattern[str], allowed: re.Pattern[str], text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """``(low, high)`` for each hit of ``anchor``: from the start of the run of characters
    ``allowed`` matches right before the hit (not before ``start``) to the hit's end."""
    end = len(text) if end is None else end
    for hit in anchor.finditer(text, start, end):
        low = hit.start()
        while low > start and allowed.match(text, low - 1):
            low -= 1
        yield low, hit.end()


class AnyOf:
    """Anchors several patterns give together: their hits in order of start, as one anchor.
    A literal is found by re's fast scan, an alternation of literals is tried at every
    character: three scans for three words can cost less than one for all three."""

    def __init__(self, *patterns: re.Pattern[str]):
        self.patterns = patterns

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
        end = len(text) if end is None else end
        return heapq.merge(*(p.finditer(text, start, end) for p in self.patterns), key=re.Match.start)


def _each(pattern: re.Pattern[str], text: str, windows: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    for low, high in windows:
        yield from pattern.finditer(text, low, high)


def finditer_from(pattern: re.Pattern[str], first: re.Pattern[str], text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, start, end)``, tried only where ``first`` (one character,
    a class) matches: for a pattern whose every match is non-empty and opens with such a
    character. Like finditer, the next try starts where a match ended."""
    end = len(text) if end is None else end
    search, match = first.search, pattern.match
    at = start
    while True:
        hit = search(text, at, end)
        if hit is None:
            return
        found = match(text, hit.start(), end)
        if found is None:
            at = hit.start() + 1
        else:
            yield found
            at = found.end()


def finditer_at(pattern: re.Pattern[str], first: re.Pattern[str], text: str, windows: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, tried only where ``first`` (one character, a class) matches
    inside one of ``windows`` (spans sorted by their start, which may overlap): for a pattern
    whose every match is non-empty and opens with such a character inside a window. A match
    is read over the whole text, past its window's end if it runs on. Like finditer, the next
    try starts where a match ended."""
    search, match = first.search, pattern.match
    at = 0
    for low, high in windows:
        at = max(at, low)
        while at < high:
            hit = search(text, at, high)
            if hit is None:
                break
            found = match(text, hit.start())
            if found is None:
                at = hit.start() + 1
            else:
                yield found
                at = found.end()


def _scan(pattern: re.Pattern[str], text: str, spans: Iterator[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """The pattern's matches in each window, windows that overlap merged (spans come in order)."""
    windows: list[list[int]] = []
    for low, high in spans:
        if windows and low <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], high)
        else:
            windows.append([low, high])
    for low, high in windows:
        yield from pattern.finditer(text, low, high)



def spans_touched(matches: Iterable[re.Match[str]], spans: Sequence[Any]) -> list[int]:
    """The indices, in order, of the ``spans`` (records with ``start`` and ``end``, sorted and
    not overlapping: sentences) that one of ``matches`` (a pattern's over the whole text, in
    order) overlaps.

    For a pattern of plain words (no lookaround, no anchors), every span in which
    ``pattern.search(text, span.start, span.end)`` finds a match is among them: that match is
    a match of the whole text too, which a scan of the whole text finds or passes over inside
    an earlier match that overlaps it. One scan of the text, where a search in each of
    thousands of sentences costs a call each; the caller searches the spans it gets back."""
    starts = [span.start for span in spans]
    touched: list[int] = []
    reached = -1  # the end of the last span touched: most matches lie inside it (a sentence holds several)
    for m in matches:
        if m.end() <= reached:
            continue
        # the span the match starts in (or the last before it), then those it runs into
        i = max(bisect.bisect_right(starts, m.start()) - 1, touched[-1] + 1 if touched else 0)
        while i < len(spans) and starts[i] < max(m.end(), m.start() + 1):
            if spans[i].end > m.start():
                touched.append(i)
                reached = spans[i].end
            i += 1
    return touched
