"""Typed values the extraction core produces.

Every finding carries the span of text it was read from, so that any fact the system publishes can
point back to its exact passage. All classes are frozen: findings are values, never mutated after
a finder returns them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, order=True)
class Span:
    """Half-open character range [start, end) into the extracted document text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid span {self.start}..{self.end}")

    def slice(self, text: str) -> str:
        return text[self.start : self.end]

    def to_dict(self) -> dict[str, int]:
        return {"start": self.start, "end": self.end}


@dataclass(frozen=True)
class JurisdictionRef:
    """One jurisdiction named in a text.

    `geoid` is the primary Census code (2 digits state, 5 county, 7 place, 10 county subdivision);
    `geoids` lists every code that identifies the same government (a consolidated city-county
    carries its place and its county code). `mentions` are the spans of every naming of it.
    """

    geoid: str
    geoids: tuple[str, ...]
    name: str
    level: str  # "state" | "county" | "place" | "cousub"
    mention: str  # text of the first mention
    spans: tuple[Span, ...]
    ocd_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "geoid": self.geoid,
            "geoids": list(self.geoids),
            "name": self.name,
            "level": self.level,
            "mention": self.mention,
            "spans": [s.to_dict() for s in self.spans],
            "ocd_id": self.ocd_id,
        }


@dataclass(frozen=True)
class Citation:
    """A statute, regulation or case citation, normalized as eval/SPEC.md says.

    kind: "statute" | "regulation" | "state_code" | "local_code" | "case".
    """

    normalized: str
    kind: str
    mention: str
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return {"normalized": self.normalized, "kind": self.kind, "mention": self.mention, "span": self.span.to_dict()}


@dataclass(frozen=True)
class CourtRef:
    """A court named in a text, resolved to a courts-db id when one matches."""

    court_id: str | None
    name: str
    mention: str
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return {"court_id": self.court_id, "name": self.name, "mention": self.mention, "span": self.span.to_dict()}


@dataclass(frozen=True)
class Quote:
    """A direct quotation attributed to a named person."""

    speaker: str
    text: str
    span: Span  # the quoted words, without the quotation marks
    speaker_span: Span | None = None
    speaker_title: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker,
            "text": self.text,
            "span": self.span.to_dict(),
            "speaker_span": self.speaker_span.to_dict() if self.speaker_span else None,
            "speaker_title": self.speaker_title,
        }


@dataclass(frozen=True)
class DocumentDate:
    """The date a document states for itself, with the words it was read from."""

    date: str  # ISO YYYY-MM-DD
    mention: str
    span: Span
    basis: str  # "dateline" | "byline" | "dated" | "adopted" | "header" | ...

    def to_dict(self) -> dict[str, Any]:
        return {"date": self.date, "mention": self.mention, "span": self.span.to_dict(), "basis": self.basis}


@dataclass(frozen=True)
class CategoryEvidence:
    """Why a provision is coded with a category: the passage that establishes it."""

    category: str
    span: Span
    passage: str

    def to_dict(self) -> dict[str, Any]:
        return {"category": self.category, "span": self.span.to_dict(), "passage": self.passage}


@dataclass(frozen=True)
class Provision:
    """One provision of a policy text (a section, subsection, clause, or rule-bearing sentence)."""

    number: str | None
    heading: str | None
    span: Span
    text: str
    categories: tuple[CategoryEvidence, ...] = ()
    role: str = "operative"  # "operative" | "findings" | "definitions" | "purpose" | "title"

    @property
    def category_codes(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.category for c in self.categories))

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "heading": self.heading,
            "span": self.span.to_dict(),
            "role": self.role,
            "categories": [c.to_dict() for c in self.categories],
        }


@dataclass(frozen=True)
class Extraction:
    """Everything the core found in one document."""

    source: str
    text_length: int
    document_date: DocumentDate | None = None
    jurisdictions: tuple[JurisdictionRef, ...] = ()
    citations: tuple[Citation, ...] = ()
    courts: tuple[CourtRef, ...] = ()
    quotes: tuple[Quote, ...] = ()
    provisions: tuple[Provision, ...] = ()
    is_policy: bool = False
    title: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)

    @property
    def categories(self) -> tuple[str, ...]:
        if not self.is_policy:
            return ()
        seen: dict[str, None] = {}
        for p in self.provisions:
            for c in p.category_codes:
                seen[c] = None
        return tuple(seen)

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "title": self.title,
            "text_length": self.text_length,
            "document_date": self.document_date.date if self.document_date else None,
            "document_date_detail": self.document_date.to_dict() if self.document_date else None,
            "jurisdictions": [j.to_dict() for j in self.jurisdictions],
            "citations": list(dict.fromkeys(c.normalized for c in self.citations)),
            "citation_details": [c.to_dict() for c in self.citations],
            "courts": [c.to_dict() for c in self.courts],
            "quotes": [q.to_dict() for q in self.quotes],
            "is_policy": self.is_policy,
            "categories": list(self.categories),
            "provisions": [p.to_dict() for p in self.provisions],
            "metadata": self.metadata,
        }
