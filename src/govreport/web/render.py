"""A document's clean text as HTML with every fact marked on its span, escaped throughout.

Facts that share a span (a project amount that is also a metric) become one mark holding
all of them; a fact overlapping an earlier mark is listed beside the text but not marked
again, so marks never nest. Fact fields travel in a data attribute as JSON (escaped); the
page's script reads them with textContent, never innerHTML.
"""

from __future__ import annotations

import html
import json


def highlighted(text: str, facts: list[dict]) -> str:
    spans: dict[tuple[int, int], list[dict]] = {}
    for fact in sorted(facts, key=lambda f: (f["start"], -f["end"])):
        spans.setdefault((fact["start"], fact["end"]), []).append(fact)
    out, at = [], 0
    for (start, end), group in sorted(spans.items()):
        if start < at:
            continue
        out.append(html.escape(text[at:start]))
        kinds = " ".join(sorted({f["kind"] for f in group}))
        data = html.escape(json.dumps([_public(f) for f in group], ensure_ascii=False), quote=True)
        label = html.escape(_label(group[0]), quote=True)
        out.append(f'<mark class="fact {kinds}" tabindex="0" title="{label}" data-facts="{data}">{html.escape(text[start:end])}</mark>')
        at = end
    out.append(html.escape(text[at:]))
    return "".join(out)


def _public(fact: dict) -> dict:
    return {k: v for k, v in fact.items() if k not in ("evidence", "search_text", "title", "doc_type") and v not in (None, [], "")}


def _label(fact: dict) -> str:
    if fact["kind"] == "metric":
        value = "—" if fact.get("value") is None else f"{fact['value']:g}{fact.get('unit') or ''}"
        return f"{fact.get('indicator') or fact.get('subject') or ''} {fact.get('stance') or ''} {fact.get('period') or ''} {value}"
    if fact["kind"] == "term":
        return f"{fact.get('term')}: {fact.get('definition')}"
    if fact["kind"] == "project":
        return f"{fact.get('name') or ''} {fact.get('amount')}{fact.get('amount_unit') or ''} {fact.get('stage') or ''}"
    return f"{fact.get('task') or ''}"


# repairs that change words or their order, shown in the diff; the others (spaces, width,
# punctuation, line breaks) are counted but not marked one by one
SHOWN_REPAIRS = ("boilerplate", "script", "spam_token", "page_marker", "duplicate_section", "caption_removed", "fragment_reordered")


def repairs_diff(text: str, repairs: list[dict]) -> str:
    """The clean text with each repair that changed words marked where it stands: what was
    removed or replaced struck through (<del>), what the cleaner put there inserted (<ins>),
    a moved block framed; escaped throughout."""
    marks = sorted((r for r in repairs if r["kind"] in SHOWN_REPAIRS), key=lambda r: (r["clean_start"], -r["clean_end"]))
    out, at = [], 0
    for r in marks:
        start, end = r["clean_start"], r["clean_end"]
        if start < at:
            continue
        out.append(html.escape(text[at:start]))
        title = html.escape(f"{r['kind']}: {r['reason']}", quote=True)
        if r["kind"] == "fragment_reordered" and r["reason"].startswith("moved"):
            out.append(f'<span class="moved" title="{title}">{html.escape(text[start:end])}</span>')
        else:
            removed = f'<del title="{title}">{html.escape(r["original"])}</del>' if r["original"] else ""
            added = f'<ins title="{title}">{html.escape(text[start:end])}</ins>' if end > start else ""
            out.append(removed + added)
        at = max(at, end)
    out.append(html.escape(text[at:]))
    return "".join(out)


def original_view(original: str, facts: list[dict]) -> str:
    """The original text with each fact marked on the span it came from."""
    moved = [{**f, "start": f["original_start"], "end": f["original_end"]} for f in facts if f.get("original_end") is not None and f["original_end"] > f["original_start"]]
    return highlighted(original, moved)
