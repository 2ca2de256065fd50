"""Stage 6: facts from a segmented document.

Each extractor finds its matches first (metrics, terms, livelihood, projects); facts are
built second, here, through the checked :meth:`Span.make`, so that every fact lies inside
its evidence sentence and every evidence sentence inside the text.
"""

from __future__ import annotations

from ..clean import as_read
from ..model import Fact, Identity, Segments, Span
from .catalog import Catalog, default_catalog
from .context import layout as read_layout
from .livelihood import match_livelihood
from .metrics import match_metrics, match_qualitative
from .projects import match_projects
from .quantity import find_quantities
from .terms import match_terms


def extract(text: str, segments: Segments, identity: Identity, catalog: Catalog | None = None) -> tuple[Fact, ...]:
    """The facts of a cleaned text. The extractors read it with a space that parts two Chinese
    words read as a comma (:func:`as_read`); each fact's offsets are the text's own."""
    catalog = catalog or default_catalog()
    real, text = text, as_read(text)  # (facts are grounded in the text itself)
    where = read_layout(text, segments, identity)
    quantities = find_quantities(text)  # one pass over the text, shared by the extractors
    facts: list[Fact] = []
    livelihood = match_livelihood(text, segments, identity, where)
    # a livelihood table's cells are its rows' fields, not metrics of their own
    tables = [(m.evidence_start, m.evidence_end) for m in livelihood if m.fields.get("table")]
    for m in match_metrics(text, segments, identity, where, catalog, quantities) + match_qualitative(text, segments, identity, where, catalog, quantities):
        if any(s <= m.quantity.start < e for s, e in tables):
            continue
        facts.append(Fact("metric", Span.make(real, m.quantity.start, m.quantity.end, *m.sentence), m.fields))
    for kind, matches in (
        ("term", match_terms(text, where)),
        ("livelihood", livelihood),
        ("project", match_projects(text, segments, identity, quantities, where)),
    ):
        for m in matches:
            facts.append(Fact(kind, Span.make(real, m.start, m.end, m.evidence_start, m.evidence_end), m.fields))
    facts.sort(key=lambda f: (f.span.start, f.kind))
    return tuple(facts)
