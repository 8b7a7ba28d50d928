"""An `Extraction` of an ingested document, turned into proposals an editor can accept or reject.

Each proposal has a key naming what it proposes (a GEOID, a quote's span, a federal action's slug);
(source, kind, key) is unique, so importing the same document again proposes nothing new. Proposals
are also diffed against the records: a link the records already hold is not proposed, and once a
document's statement or policy exists only its missing quotes or provisions are.

Candidate links to federal actions and cases are scored from independent signals (a docket number
or case name printed in the text, the court, the citations the action rests on, the targets named,
the date); one weak signal alone is never enough.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from entanglement.core.models import Extraction, Span
from entanglement.core.taxonomy import CATEGORIES

from . import models as m

# How far a passage reaches either side of a short finding to show it in its sentence.
_CONTEXT = 240
# A candidate link needs at least this score (sum of signal weights, see _action_signals/_case_signals).
LINK_THRESHOLD = 0.5
_POLICY_KINDS = (
    ("executive order", m.Policy.Kind.EXECUTIVE_ORDER),
    ("ordinance", m.Policy.Kind.ORDINANCE),
    ("resolution", m.Policy.Kind.RESOLUTION),
    ("directive", m.Policy.Kind.DIRECTIVE),
    ("agreement", m.Policy.Kind.AGREEMENT),
    ("act", m.Policy.Kind.STATUTE),
    ("bill", m.Policy.Kind.STATUTE),
)


@dataclass
class ImportReport:
    created: Counter[str] = field(default_factory=Counter)
    skipped_existing: int = 0

    @property
    def total(self) -> int:
        return sum(self.created.values())


def import_extraction(
    source: m.Source, extraction: Extraction, *, kinds: set[str] | None = None
) -> ImportReport:
    """Create the proposals `extraction` supports for `source` (whose text its spans index).

    `kinds` limits them to some proposal kinds (None: every kind)."""
    importer = _Importer(source, extraction, kinds)
    importer.run()
    return importer.report


def sentence_span(text: str, span: Span) -> Span:
    """The sentence (or line) around `span`, at most _CONTEXT characters either side."""
    lo = max(0, span.start - _CONTEXT)
    hi = min(len(text), span.end + _CONTEXT)
    before = text[lo : span.start]
    cut = max(before.rfind(". "), before.rfind("\n"), before.rfind("? "), before.rfind("! "))
    start = lo + cut + 1 if cut >= 0 else lo
    after = text[span.end : hi]
    ends = [i for i in (after.find(". "), after.find("\n"), after.find("? "), after.find("! ")) if i >= 0]
    end = span.end + min(ends) + 1 if ends else hi
    while start < span.start and text[start].isspace():
        start += 1
    return Span(start, max(end, span.end))


def _normalize(value: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", value.lower())


class _Importer:
    def __init__(self, source: m.Source, extraction: Extraction, kinds: set[str] | None) -> None:
        self.source = source
        self.kinds = kinds
        self.extraction = extraction
        self.text = source.text
        self.report = ImportReport()
        self.existing = set(m.Proposal.objects.filter(source=source).values_list("kind", "key"))
        refs = {r.geoid: r for r in extraction.jurisdictions}
        self.jurisdictions = {j.geoid: j for j in m.Jurisdiction.objects.filter(geoid__in=list(refs))}
        # The jurisdiction the document is most about: most often named, then first named.
        ranked = sorted(extraction.jurisdictions, key=lambda r: -len(r.spans))
        self.main_geoid = next((r.geoid for r in ranked if r.geoid in self.jurisdictions), None)

    def run(self) -> None:
        self._jurisdiction_links()
        self._statement()
        self._policy()
        self._action_links()
        self._case_links()

    # --- writing -----------------------------------------------------------------------------------

    def _passage(self, span: Span | None) -> m.Passage | None:
        if span is None or span.end > len(self.text) or span.end <= span.start:
            return None
        passage, _ = m.Passage.objects.get_or_create(
            source=self.source, start=span.start, end=span.end, defaults={"text": span.slice(self.text)}
        )
        return passage

    def _propose(
        self,
        kind: str,
        key: str,
        payload: dict[str, Any],
        confidence: float,
        evidence: Span | None,
        geoid: str | None = None,
    ) -> None:
        if self.kinds is not None and kind not in self.kinds:
            return
        if (kind, key) in self.existing:
            self.report.skipped_existing += 1
            return
        m.Proposal.objects.create(
            source=self.source,
            kind=kind,
            key=key[:200],
            payload=payload,
            confidence=round(min(1.0, max(0.0, confidence)), 3),
            evidence=self._passage(evidence),
            jurisdiction=self.jurisdictions.get(geoid) if geoid else None,
        )
        self.existing.add((kind, key))
        self.report.created[kind] += 1

    # --- the kinds ---------------------------------------------------------------------------------

    def _jurisdiction_links(self) -> None:
        linked = set(self.source.jurisdictions.values_list("geoid", flat=True))
        for ref in self.extraction.jurisdictions:
            if ref.geoid not in self.jurisdictions or not ref.spans:
                continue  # a GEOID the registry does not hold cannot be linked
            if ref.geoid in linked:
                self.report.skipped_existing += 1
                continue
            mentions = len(ref.spans)
            self._propose(
                m.Proposal.Kind.JURISDICTION_LINK,
                ref.geoid,
                {"geoid": ref.geoid, "name": ref.name, "level": ref.level, "mention": ref.mention,
                 "mentions": mentions, "label": f"{ref.name} ({ref.geoid})"},
                0.6 + 0.1 * min(mentions - 1, 3),
                sentence_span(self.text, ref.spans[0]),
                ref.geoid,
            )  # fmt: skip

    def _quote_payload(self, quote: Any) -> dict[str, Any]:
        return {
            "speaker": quote.speaker,
            "speaker_title": quote.speaker_title or "",
            "text": quote.text,
            "start": quote.span.start,
            "end": quote.span.end,
        }

    def _statement(self) -> None:
        quotes = self.extraction.quotes
        if not quotes:
            return
        existing = m.Statement.objects.filter(sources=self.source).first()
        if existing is not None:
            held = {_normalize(t) for t in existing.quotes.values_list("text", flat=True)}
            for quote in quotes:
                if _normalize(quote.text) in held:
                    self.report.skipped_existing += 1
                    continue
                payload = self._quote_payload(quote)
                payload.update(statement=existing.slug, label=f"{quote.speaker}: {quote.text[:80]}")
                self._propose(
                    m.Proposal.Kind.QUOTE, f"{quote.span.start}-{quote.span.end}", payload, 0.7, quote.span
                )
            return
        date = self.extraction.document_date.date if self.extraction.document_date else ""
        title = self.extraction.title or self.source.title or f"Statement of {quotes[0].speaker}"
        payload = {
            "title": title,
            "date": date,
            "organization": self.source.publisher,
            "quotes": [self._quote_payload(q) for q in quotes],
            "jurisdictions": [
                g for g in (r.geoid for r in self.extraction.jurisdictions) if g in self.jurisdictions
            ],
            "label": title,
        }
        # A statement needs a date and a publisher to be accepted as is; without them an editor edits.
        confidence = (
            0.5 + (0.2 if date else 0) + (0.1 if self.source.publisher else 0) + 0.05 * min(len(quotes), 3)
        )
        self._propose(
            m.Proposal.Kind.STATEMENT, "statement", payload, confidence, quotes[0].span, self.main_geoid
        )

    def _policy(self) -> None:
        extraction = self.extraction
        provisions = [p for p in extraction.provisions if p.categories]
        if not extraction.is_policy or not provisions:
            return
        existing = m.Policy.objects.filter(sources=self.source).first()
        if existing is not None:
            held = set(existing.provisions.values_list("passage__start", "passage__end"))
            for p in provisions:
                if (p.span.start, p.span.end) in held:
                    self.report.skipped_existing += 1
                    continue
                self._propose(
                    m.Proposal.Kind.PROVISION,
                    f"{p.span.start}-{p.span.end}",
                    {"policy": existing.slug, "number": p.number or "", "start": p.span.start, "end": p.span.end,
                     "categories": list(p.category_codes), "label": f"{existing.name} {p.number or ''}".strip()},
                    0.6,
                    p.span,
                    existing.jurisdiction.geoid,
                )  # fmt: skip
            return
        directions = Counter(
            CATEGORIES[c].direction for p in provisions for c in p.category_codes if c in CATEGORIES
        )
        stance = (
            m.Policy.Stance.MANDATES
            if directions["mandates"] > directions["limits"]
            else m.Policy.Stance.LIMITS
        )
        name = extraction.title or self.source.title or "Untitled policy"
        lowered = f"{name}\n{self.text[:2000]}".lower()
        kind = next(
            (k for word, k in _POLICY_KINDS if re.search(rf"\b{word}\b", lowered)), m.Policy.Kind.ORDINANCE
        )
        payload = {
            "name": name,
            "jurisdiction": self.main_geoid or "",
            "kind": str(kind),
            "stance": str(stance),
            "adopted": extraction.document_date.date if extraction.document_date else "",
            "categories": list(extraction.categories),
            "provisions": [
                {
                    "number": p.number or "",
                    "start": p.span.start,
                    "end": p.span.end,
                    "categories": list(p.category_codes),
                }
                for p in provisions
            ],
            "label": name,
        }
        confidence = 0.5 + (0.2 if self.main_geoid else 0) + 0.05 * min(len(provisions), 4)
        self._propose(
            m.Proposal.Kind.POLICY, "policy", payload, confidence, provisions[0].span, self.main_geoid
        )

    def _action_links(self) -> None:
        linked = set(self.source.federal_actions.values_list("id", flat=True))
        citations = {_normalize(c.normalized) for c in self.extraction.citations}
        geoids = {g for r in self.extraction.jurisdictions for g in r.geoids}
        date = self.extraction.document_date.date if self.extraction.document_date else None
        actions = m.FederalAction.objects.prefetch_related("laws", "targets")
        for action in actions:
            signals = _action_signals(action, citations, geoids, date, self.text)
            score = sum(weight for weight, _ in signals)
            if len(signals) < 2 or score < LINK_THRESHOLD:
                continue
            if action.id in linked:
                self.report.skipped_existing += 1
                continue
            self._propose(
                m.Proposal.Kind.ACTION_LINK,
                f"action:{action.slug}",
                {"action": action.slug, "title": action.title, "signals": [s for _, s in signals],
                 "label": action.title},
                min(0.95, score),
                self._first_span(signals),
            )  # fmt: skip

    def _case_links(self) -> None:
        linked = set(self.source.cases.values_list("id", flat=True))
        courts = {c.court_id for c in self.extraction.courts if c.court_id}
        citations = {_normalize(c.normalized) for c in self.extraction.citations if c.kind == "case"}
        geoids = {g for r in self.extraction.jurisdictions for g in r.geoids}
        date = self.extraction.document_date.date if self.extraction.document_date else None
        for case in m.Case.objects.prefetch_related("rulings", "parties"):
            signals = _case_signals(case, courts, citations, geoids, date, self.text)
            score = sum(weight for weight, _ in signals)
            if len(signals) < 2 or score < LINK_THRESHOLD:
                continue
            if case.id in linked:
                self.report.skipped_existing += 1
                continue
            self._propose(
                m.Proposal.Kind.CASE_LINK,
                f"case:{case.slug}",
                {
                    "case": case.slug,
                    "name": case.name,
                    "signals": [s for _, s in signals],
                    "label": case.name,
                },
                min(0.95, score),
                self._first_span(signals),
            )

    def _first_span(self, signals: Iterable[tuple[float, str]]) -> Span | None:
        """Evidence for a link: the sentence holding the first signal that is printed in the text."""
        lowered = self.text.lower()
        for _, signal in signals:
            _, _, printed = signal.partition(": ")
            at = lowered.find(printed.lower()) if printed else -1
            if at >= 0:
                return sentence_span(self.text, Span(at, at + len(printed)))
        return None


def _action_signals(
    action: m.FederalAction, citations: set[str], geoids: set[str], date: str | None, text: str
) -> list[tuple[float, str]]:
    signals: list[tuple[float, str]] = []
    for law in action.laws.all():
        if _normalize(law.citation) in citations:
            signals.append((0.3, f"cites: {law.citation}"))
            break
    targets = {t.geoid for t in action.targets.all()}
    named = targets & geoids
    if named:
        share = len(named) / len(targets)
        signals.append((0.2 + 0.3 * share, f"names {len(named)} of its {len(targets)} targets"))
    if date and action.date.isoformat() == date:
        signals.append((0.2, f"same date: {date}"))
    if len(action.title) >= 12 and action.title.lower() in text.lower():
        signals.append((0.5, f"title: {action.title}"))
    return signals


def _case_signals(
    case: m.Case, courts: set[str], citations: set[str], geoids: set[str], date: str | None, text: str
) -> list[tuple[float, str]]:
    signals: list[tuple[float, str]] = []
    if case.docket and len(_normalize(case.docket)) >= 5 and case.docket.lower() in text.lower():
        signals.append((0.5, f"docket: {case.docket}"))
    if case.name and case.name.lower() in text.lower():
        signals.append((0.4, f"name: {case.name}"))
    if case.court_id and case.court_id in courts:
        signals.append((0.15, f"court {case.court_id}"))
    for ruling in case.rulings.all():
        if ruling.citation and _normalize(ruling.citation) in citations:
            signals.append((0.4, f"cites: {ruling.citation}"))
            break
    parties = {p.geoid for p in case.parties.all()}
    if parties & geoids:
        signals.append((0.15, f"names {len(parties & geoids)} of its parties"))
    if date and case.filed and case.filed.isoformat() == date:
        signals.append((0.1, f"same date: {date}"))
    return signals
