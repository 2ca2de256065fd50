"""Chinese full-text search that finds two-character words, on SQLite and PostgreSQL.

Chinese has no spaces, and a trigram index cannot find a two-character query (就业, 招商).
Every text is therefore also stored in a search form with one token per Chinese character
(``就 业 优 先``; Latin words and numbers stay whole), and a query becomes a phrase of
adjacent tokens: FTS5 ``"就 业"`` on SQLite, ``phraseto_tsquery('simple', '就 业')`` on
PostgreSQL. Both rank (bm25, ts_rank) and both can filter with ordinary columns. Snippets
are cut from the original text around the first match, escaped, with <mark> around each
match.
"""

from __future__ import annotations

import html
import re

_CJK_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_SEPARATORS = re.compile(r"[^\w\u3400-\u9fff]+")


def search_form(text: str) -> str:
    """One token per Chinese character; other words lower-cased; punctuation dropped."""
    # a run of characters at a time: one call per run, not per character
    spaced = _CJK_RUN.sub(lambda m: " " + " ".join(m.group(0)) + " ", text.lower())
    return " ".join(_SEPARATORS.sub(" ", spaced).split())


def query_terms(query: str) -> list[str]:
    """The phrases of a query (split at spaces), each in search form; empty ones dropped."""
    return [form for part in query.split() if (form := search_form(part))]


def fts5_query(terms: list[str]) -> str:
    return " AND ".join('"' + term.replace('"', "") + '"' for term in terms)


def snippet(text: str, query: str, width: int = 40) -> str:
    """An escaped window of ``text`` around the first match, every match in <mark>."""
    parts = [p for p in query.split() if p]
    if not parts:
        return html.escape(text[: 2 * width])
    pattern = re.compile("|".join(re.escape(p) for p in sorted(parts, key=len, reverse=True)), re.IGNORECASE)
    first = pattern.search(text)
    centre = first.start() if first else 0
    start, end = max(0, centre - width), min(len(text), centre + width)
    window = text[start:end].replace("\n", " ")
    out, last = [], 0
    for match in pattern.finditer(window):
        out.append(html.escape(window[last : match.start()]))
        out.append("<mark>" + html.escape(match.group(0)) + "</mark>")
        last = match.end()
    out.append(html.escape(window[last:]))
    return ("…" if start else "") + "".join(out) + ("…" if end < len(text) else "")
