"""A document's clean text as HTML with every fact marked on its span, escaped throughout.

Facts that share a span (a project amount that is also a metric) become one mark holding
all of them; a fact overlapping an earlier mark is listed beside the text but not marked
again, so marks never nest. Fact fields travel in a data attribute as JSON (escaped); the
page's script reads them with textContent, never innerHTML.
"""

from __future__ import annotations

import html
import json


# what the fact panel shows of a fact, in this order; offsets and ids are the machine's, not the reader's
PANEL_FIELDS = (
    "kind", "indicator", "subject", "stance", "period", "value", "value_high", "unit", "modifier", "measure", "strive", "attributed_to",
    "name", "amount", "amount_unit", "amount_kind", "amount_phase", "stage", "stage_date", "investors", "location", "industries", "count",
    "members", "annual_output", "annual_tax", "jobs", "term", "definition", "page", "no", "task", "targets", "actuals", "completion",
)


def panel_fields(fact: dict, t=lambda key: key) -> list[list[str]]:
    """A fact as labelled rows for the fact panel, in the page's language (t translates)."""
    rows = []
    for key in PANEL_FIELDS:
        value = fact.get(key)
        if value in (None, [], "", False) or (key == "modifier" and value == "point"):
            continue
        rows.append([t("field_" + key) if t("field_" + key) != "field_" + key else key, _shown(key, value, t)])
    return rows


def _shown(key: str, value, t) -> str:
    from ..export import flat_row

    if key == "indicator":
        from ..extract.catalog import default_catalog

        found = default_catalog().get(value)
        return found.name if found else str(value)
    if key in ("kind", "stance", "stage", "modifier", "amount_kind", "measure"):
        return t(f"modifier_{value}") if key == "modifier" and t(f"modifier_{value}") else t(value)
    if key == "completion":
        return "; ".join(f"{c * 100:g}%" for c in value)
    if isinstance(value, bool):
        return "✓"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, dict) and value.get("value") is not None:
        # a quantity (annual output, tax, jobs) as a reader writes it: 30亿元, 800人
        return _number(value["value"]) + (value.get("unit") or "")
    if isinstance(value, (list, dict)):
        return str(flat_row({key: value})[key]) if isinstance(value, list) else "; ".join(f"{v}" for v in flat_row(value).values() if v is not None)
    return str(value)


def _number(value) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def highlighted(text: str, facts: list[dict], t=lambda key: key) -> str:
    spans: dict[tuple[int, int], list[dict]] = {}
    for fact in sorted(facts, key=lambda f: (f["start"], -f["end"])):
        spans.setdefault((fact["start"], fact["end"]), []).append(fact)
    out, at = [], 0
    for (start, end), group in sorted(spans.items()):
        if start < at:
            # a fact inside an earlier mark: its anchor (#f<id>, the project and batch pages
            # link to it) stands right after that mark, where the reader finds it
            out.append("".join(_anchor(f, "inside") for f in group))
            continue
        out.append(html.escape(text[at:start]))
        kinds = " ".join(sorted({f["kind"] for f in group}))
        data = html.escape(json.dumps([panel_fields(f, t) for f in group], ensure_ascii=False), quote=True)
        label = html.escape(_label(group[0]), quote=True)
        # the mark is the first fact's anchor; the others sharing its span have one just before it
        out.append("".join(_anchor(f, "before") for f in group[1:]))
        out.append(f'<mark class="fact {kinds}"{_id(group[0])} tabindex="0" title="{label}" data-facts="{data}">{html.escape(text[start:end])}</mark>')
        at = end
    out.append(html.escape(text[at:]))
    return "".join(out)


def _id(fact: dict) -> str:
    return f' id="f{int(fact["id"])}"' if fact.get("id") is not None else ""


def _anchor(fact: dict, where: str) -> str:
    """An empty anchor of a fact with no mark of its own: "before" the mark of its span, or
    right after the mark it is "inside"."""
    return f'<span class="anchor {where}"{_id(fact)}></span>' if fact.get("id") is not None else ""


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


def original_view(original: str, facts: list[dict], t=lambda key: key) -> str:
    """The original text with each fact marked on the span it came from."""
    moved = [{**f, "start": f["original_start"], "end": f["original_end"]} for f in facts if f.get("original_end") is not None and f["original_end"] > f["original_start"]]
    return highlighted(original, moved, t)
