"""Glossary terms (名词解释): each entry's term, definition and page reference.

Entries are lines of a glossary section, numbered (1. / 1、) or not, the term before the
first colon; a page reference such as （P2） may follow the term or end the definition.
Entries wrapped over several lines were joined by cleaning.
"""

from __future__ import annotations

import re

from ..model import Match
from .context import Layout

_ENTRY = re.compile(r"^(?:\d{1,3}\s*[.．、]\s*)?(?P<term>[^：\n]{1,40}?)\s*(?:（(?P<p1>P\s*\d+)）)?\s*：(?P<definition>[^\n]+)$", re.M)
_TRAILING_PAGE = re.compile(r"\s*（(P\s*\d+)）\s*$")


def match_terms(text: str, layout: Layout) -> list[Match]:
    out = []
    for start, end in layout.glossaries:
        for match in _ENTRY.finditer(text, start, end):
            term = match.group("term").strip()
            if not term or term.startswith(("附件", "名词解释")) or len(term) > 40:
                continue
            definition = match.group("definition").strip()
            page = match.group("p1")
            trailing = _TRAILING_PAGE.search(definition)
            if trailing:
                page = page or trailing.group(1)
                definition = definition[: trailing.start()].rstrip()
            out.append(
                Match(
                    match.start("term"),
                    match.start("term") + len(match.group("term").rstrip()),
                    match.start(),
                    match.end(),
                    {"term": term, "definition": definition, "page": page.replace(" ", "") if page else None},
                )
            )
    return out
