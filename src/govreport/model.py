"""Named result types passed between pipeline stages.

Every stage takes and returns one of these; no tuples travel between stages. Offsets are
character offsets into a document's clean text, which never changes once cleaning is done.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from .edits import Alignment, Repair


@dataclass(frozen=True)
class Warning:
    """Something a stage changed or doubted, reported with the document."""

    code: str
    message: str
    # the figures the message was made from (n=3, year=2021), so a page can say it in its own
    # language; not part of the extract contract, which gives code and message
    params: tuple[tuple[str, Any], ...] = field(default=(), compare=False)

    @classmethod
    def of(cls, code: str, message: str, **params: Any) -> "Warning":
        return cls(code, message, tuple(params.items()))

    def to_json(self) -> dict:
        return {"code": self.code, "message": self.message}


@dataclass(frozen=True)
class RawItem:
    """One document's worth of text as read from a file, before cleaning."""

    source: str
    item: int
    text: str
    format: str
    encoding: str | None = None
    title: str | None = None
    published: str | None = None
    meta: dict[str, str] = field(default_factory=dict)
    warnings: tuple[Warning, ...] = ()


@dataclass(frozen=True)
class Cleaned:
    """Clean text plus what cleaning learned (metadata lines it removed) and changed: the
    original it came from, each repair, and the alignment between the two."""

    text: str
    title: str | None
    meta: dict[str, str]
    warnings: tuple[Warning, ...]
    original: str = ""
    repairs: tuple[Repair, ...] = ()
    alignment: Alignment | None = None


@dataclass(frozen=True)
class Region:
    name: str
    level: str  # national | province | city | county | town
    province: str | None = None
    city: str | None = None
    county: str | None = None
    town: str | None = None
    code: str | None = None  # GB/T 2260 code valid for the document's year
    place_id: str | None = None  # stable id across renames (the newest code of the place)


@dataclass(frozen=True)
class Identity:
    doc_type: str  # see doctype.DOC_TYPES
    region: Region | None
    report_year: int | None
    reviewed_year: int | None
    plan_year: int | None
    meeting: str | None
    speaker: str | None
    meeting_date: str | None
    published: str | None
    warnings: tuple[Warning, ...] = ()
    inferred: tuple[str, ...] = ()  # fields worked out rather than read (a year from an anniversary)


@dataclass(frozen=True, slots=True)
class Section:
    title: str
    level: int
    start: int
    end: int
    number: int | None = None  # the ordinal the heading carries (一 -> 1), if any


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int

    def __init__(self, start: int, end: int):
        # (a frozen record's fields set through its slots: the dataclass's own __init__ goes
        # through object.__setattr__ at three times the cost, and a text has thousands)
        _SET_START(self, start)
        _SET_END(self, end)


_SET_START, _SET_END = Sentence.start.__set__, Sentence.end.__set__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Segments:
    sections: tuple[Section, ...]
    sentences: tuple[Sentence, ...]


class SpanError(ValueError):
    """A fact's offsets do not lie inside its text or its evidence."""


@dataclass(frozen=True, slots=True)
class Span:
    """A checked character range over a document's clean text.

    Built only through :meth:`Span.make`, which refuses offsets outside the text and a
    span outside its evidence sentence, so every stored fact can be shown on its sentence.
    """

    start: int
    end: int
    evidence_start: int
    evidence_end: int

    @classmethod
    def make(cls, text: str, start: int, end: int, evidence_start: int, evidence_end: int) -> Span:
        if not (0 <= evidence_start <= start < end <= evidence_end <= len(text)):
            raise SpanError(
                f"span {start}:{end} with evidence {evidence_start}:{evidence_end} "
                f"does not fit a text of {len(text)} characters"
            )
        return cls(start, end, evidence_start, evidence_end)


@dataclass(frozen=True, slots=True)
class Match:
    """What a rule extractor found: offsets of the fact and its evidence, and its fields.
    Facts are built from matches, through :meth:`Span.make`."""

    start: int
    end: int
    evidence_start: int
    evidence_end: int
    fields: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Fact:
    """A fact: its kind, its span and the kind's own fields (see SPEC.md)."""

    kind: str  # metric | term | livelihood | project
    span: Span
    fields: dict[str, Any]

    def to_json(self, text: str) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": self.kind,
            "start": self.span.start,
            "end": self.span.end,
            "evidence": text[self.span.evidence_start : self.span.evidence_end],
            "evidence_start": self.span.evidence_start,
            "evidence_end": self.span.evidence_end,
        }
        out.update(self.fields)
        return out


@dataclass(frozen=True)
class Document:
    id: str
    source: str
    item: int
    title: str | None
    format: str
    encoding: str | None
    identity: Identity
    text: str
    segments: Segments
    facts: tuple[Fact, ...]
    warnings: tuple[Warning, ...]
    meta: dict[str, str]
    original: str = ""
    repairs: tuple[Repair, ...] = ()
    alignment: Alignment | None = None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original (the text as read) that a clean span comes from."""
        return self.alignment.to_original(start, end) if self.alignment else (start, end)

    def to_json(self) -> dict[str, Any]:
        ident = self.identity
        return {
            "id": self.id,
            "source": self.source,
            "item": self.item,
            "title": self.title,
            "format": self.format,
            "encoding": self.encoding,
            "doc_type": ident.doc_type,
            "region": asdict(ident.region) if ident.region else None,
            "report_year": ident.report_year,
            "reviewed_year": ident.reviewed_year,
            "plan_year": ident.plan_year,
            "meeting": ident.meeting,
            "speaker": ident.speaker,
            "meeting_date": ident.meeting_date,
            "published": ident.published,
            "inferred": list(ident.inferred),
            "text": self.text,
            "sections": [
                {"title": s.title, "level": s.level, "start": s.start, "end": s.end}
                for s in self.segments.sections
            ],
            "sentences": [[s.start, s.end] for s in self.segments.sentences],
            "facts": [{**f.to_json(self.text), **self._original_span(f)} for f in self.facts],
            "warnings": [w.to_json() for w in self.warnings],
            "meta": self.meta,
            "original": self.original,
            "repairs": [r.to_json(self.original) for r in self.repairs],
            "alignment": self.alignment.to_json() if self.alignment else [],
        }

    def _original_span(self, fact: Fact) -> dict[str, int]:
        start, end = self.to_original(fact.span.start, fact.span.end)
        return {"original_start": start, "original_end": end}
