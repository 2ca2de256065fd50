"""Stage 5: the section tree and the sentences of a clean text, as character offsets.

Heading levels, outermost first: 一、 (level 1, also 附件N and 名词解释), （一） (level 2),
1. (level 3), （1） (level 4). A section runs from its heading to the next heading of the same
or an outer level. Its title is the heading up to the first full stop. Sentences end at 。！？
(with a closing quote kept) or at a line break.
"""

from __future__ import annotations

import re

from .model import Section, Segments, Sentence
from .numbers_cn import cn_ordinal

_HEADINGS = (
    (1, re.compile(r"^([一二三四五六七八九十]+)、")),
    (1, re.compile(r"^(?:附件\s*(\d+)|名\s*词\s*解\s*释|附\s*件)")),
    (2, re.compile(r"^[（(]([一二三四五六七八九十]+)[)）]")),
    (3, re.compile(r"^(\d{1,2})[.．、](?!\d)")),
    (4, re.compile(r"^[（(](\d{1,2})[)）]")),
)
# the characters a heading of _HEADINGS opens with (\d as theirs: any decimal digit)
_HEADING_FIRST = re.compile(r"[一二三四五六七八九十附名（(\d]")
_SENTENCE = re.compile(r"[^。！？!?\n]*(?:[。！？!?]+[”’」』）)]*|\n|$)")
_TITLE_END = re.compile(r"[。！？；]")


def segment(text: str) -> Segments:
    return Segments(tuple(_sections(text)), tuple(_sentences(text)))


def _sections(text: str) -> list[Section]:
    heads: list[tuple[int, int, str, int | None]] = []  # start, level, title, number
    offset = 0
    for line in text.split("\n"):
        if not _HEADING_FIRST.match(line):  # (most lines: five patterns not tried one by one)
            offset += len(line) + 1
            continue
        for level, pattern in _HEADINGS:
            match = pattern.match(line)
            if match:
                end = _TITLE_END.search(line)
                title = line[: end.start()] if end else line
                raw = match.group(1) if match.groups() else None
                number = (int(raw) if raw.isdigit() else cn_ordinal(raw)) if raw else None
                heads.append((offset, level, title[:80], number))
                break
        offset += len(line) + 1
    sections = []
    for i, (start, level, title, number) in enumerate(heads):
        end = len(text)
        for later_start, later_level, _, _ in heads[i + 1 :]:
            if later_level <= level:
                end = later_start - 1
                break
        sections.append(Section(title, level, start, max(start, end), number))
    return sections


def _sentences(text: str) -> list[Sentence]:
    # the matches tile the text, so each one's offsets follow from the lengths of those before
    # it: findall's strings, with no match object and no calls for its offsets, cost less
    out = []
    end = 0
    for piece in _SENTENCE.findall(text):
        start = end
        end += len(piece)
        body = piece.strip("\n ")
        if not body:
            continue
        if len(body) == len(piece):  # (most sentences: nothing to strip)
            out.append(Sentence(start, end))
        else:
            start += len(piece) - len(piece.lstrip("\n "))
            out.append(Sentence(start, start + len(body)))
    return out
