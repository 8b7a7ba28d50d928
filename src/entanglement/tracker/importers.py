"""An `Extraction` of an ingested document, turned into proposals an editor can accept or reject.

Two steps, so that the costly one can run beside the extraction in a worker process:
`plan_proposals` is pure — it reads the text, the Extraction, a snapshot of the records the
proposals are checked against (`References`) and what the records already hold for this source
(`Held`) — and `write_proposals` stores what it planned. `import_extraction` does both for one
source already in the database.

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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from simple_history.utils import bulk_create_with_history

from entanglement.core.models import Extraction, Quote, Span
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


@dataclass(frozen=True)
class ProposedFact:
    """One proposal as it will be written: key cut to the column, confidence clamped, evidence valid."""

    kind: str
    key: str
    payload: dict[str, Any]
    confidence: float
    evidence: Span | None
    jurisdiction_id: int | None = None


@dataclass
class Plan:
    facts: list[ProposedFact] = field(default_factory=list)
    skipped_existing: int = 0


@dataclass(frozen=True)
class ActionProfile:
    """What a federal action is matched on (laws in the records' order: the first cited one counts)."""

    id: int
    slug: str
    title: str
    date: str
    laws: tuple[str, ...]
    targets: frozenset[str]


@dataclass(frozen=True)
class CaseProfile:
    id: int
    slug: str
    name: str
    docket: str
    court_id: str
    filed: str | None
    ruling_citations: tuple[str, ...]
    parties: frozenset[str]


@dataclass(frozen=True)
class References:
    """The records proposals point at, read once for a whole batch of documents (workers get a copy)."""

    jurisdictions: dict[str, int]  # GEOID -> primary key of the registry entry
    actions: tuple[ActionProfile, ...]
    cases: tuple[CaseProfile, ...]

    @classmethod
    def load(cls, geoids: Iterable[str] | None = None) -> References:
        """Read them from the database; `geoids` limits the registry to those (None: all of it)."""
        registry = m.Jurisdiction.objects.all()
        if geoids is not None:
            registry = registry.filter(geoid__in=list(geoids))
        actions = tuple(
            ActionProfile(
                id=a.id,
                slug=a.slug,
                title=a.title,
                date=a.date.isoformat(),
                laws=tuple(law.citation for law in a.laws.all()),
                targets=frozenset(t.geoid for t in a.targets.all()),
            )
            for a in m.FederalAction.objects.prefetch_related("laws", "targets")
        )
        cases = tuple(
            CaseProfile(
                id=c.id,
                slug=c.slug,
                name=c.name,
                docket=c.docket,
                court_id=c.court_id,
                filed=c.filed.isoformat() if c.filed else None,
                ruling_citations=tuple(r.citation for r in c.rulings.all()),
                parties=frozenset(p.geoid for p in c.parties.all()),
            )
            for c in m.Case.objects.prefetch_related("rulings", "parties")
        )
        return cls(dict(registry.values_list("geoid", "pk")), actions, cases)


@dataclass(frozen=True)
class HeldStatement:
    slug: str
    quotes: frozenset[str]  # normalized quote texts


@dataclass(frozen=True)
class HeldPolicy:
    slug: str
    name: str
    geoid: str
    spans: frozenset[tuple[int, int]]  # provisions' passages


@dataclass(frozen=True)
class Held:
    """What the records already hold for one source; a source stored just now holds nothing."""

    proposals: frozenset[tuple[str, str]] = frozenset()
    geoids: frozenset[str] = frozenset()
    actions: frozenset[int] = frozenset()
    cases: frozenset[int] = frozenset()
    statement: HeldStatement | None = None
    policy: HeldPolicy | None = None

    @classmethod
    def of(cls, source: m.Source) -> Held:
        statement = m.Statement.objects.filter(sources=source).first()
        policy = m.Policy.objects.filter(sources=source).select_related("jurisdiction").first()
        return cls(
            proposals=frozenset(m.Proposal.objects.filter(source=source).values_list("kind", "key")),
            geoids=frozenset(source.jurisdictions.values_list("geoid", flat=True)),
            actions=frozenset(source.federal_actions.values_list("id", flat=True)),
            cases=frozenset(source.cases.values_list("id", flat=True)),
            statement=HeldStatement(
                statement.slug,
                frozenset(_normalize(t) for t in statement.quotes.values_list("text", flat=True)),
            )
            if statement is not None
            else None,
            policy=HeldPolicy(
                policy.slug,
                policy.name,
                policy.jurisdiction.geoid,
                frozenset(policy.provisions.values_list("passage__start", "passage__end")),
            )
            if policy is not None
            else None,
        )


def import_extraction(
    source: m.Source, extraction: Extraction, *, kinds: set[str] | None = None
) -> ImportReport:
    """Create the proposals `extraction` supports for `source` (whose text its spans index).

    `kinds` limits them to some proposal kinds (None: every kind)."""
    references = References.load(r.geoid for r in extraction.jurisdictions)
    plan = plan_proposals(
        source.text,
        extraction,
        title=source.title,
        publisher=source.publisher,
        references=references,
        held=Held.of(source),
        kinds=kinds,
    )
    return ImportReport(write_proposals(source, plan.facts), plan.skipped_existing)


def plan_proposals(
    text: str,
    extraction: Extraction,
    *,
    title: str,
    publisher: str,
    references: References,
    held: Held | None = None,
    kinds: set[str] | None = None,
) -> Plan:
    """The proposals `extraction` supports for a source with this text, title and publisher (pure)."""
    planner = _Planner(text, extraction, title, publisher, references, held or Held(), kinds)
    planner.run()
    return planner.plan


def write_proposals(source: m.Source, facts: Sequence[ProposedFact]) -> Counter[str]:
    """Store planned proposals and their evidence passages (each span once) with their history rows."""
    return write_proposal_sets([(source, facts)])[0]


def write_proposal_sets(
    sets: Sequence[tuple[m.Source, Sequence[ProposedFact]]], *, new_sources: bool = False
) -> list[Counter[str]]:
    """`write_proposals` for several sources at once: one insert of passages, one of proposals.

    `new_sources`: every source was created in the running transaction, so none holds passages yet
    (the lookup of existing ones is skipped)."""
    passages: dict[tuple[int, Span], m.Passage] = {}
    missing: list[m.Passage] = []
    for source, facts in sets:
        spans = list(dict.fromkeys(f.evidence for f in facts if f.evidence is not None))
        if spans and not new_sources:
            wanted = {(s.start, s.end) for s in spans}
            for passage in m.Passage.objects.filter(source=source, start__in={s for s, _ in wanted}):
                if (passage.start, passage.end) in wanted:
                    passages[source.pk, Span(passage.start, passage.end)] = passage
        for span in spans:
            if (source.pk, span) not in passages:
                passage = m.Passage(
                    source=source, start=span.start, end=span.end, text=span.slice(source.text)
                )
                passages[source.pk, span] = passage
                missing.append(passage)
    if missing:
        bulk_create_with_history(missing, m.Passage)  # sets each passage's primary key
    proposals = [
        m.Proposal(
            source=source,
            kind=f.kind,
            key=f.key,
            payload=f.payload,
            confidence=f.confidence,
            evidence=passages[source.pk, f.evidence] if f.evidence is not None else None,
            jurisdiction_id=f.jurisdiction_id,
        )
        for source, facts in sets
        for f in facts
    ]
    if proposals:
        bulk_create_with_history(proposals, m.Proposal)
    return [Counter(f.kind for f in facts) for _, facts in sets]


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


class _Planner:
    def __init__(
        self,
        text: str,
        extraction: Extraction,
        title: str,
        publisher: str,
        references: References,
        held: Held,
        kinds: set[str] | None,
    ) -> None:
        self.text = text
        self.lowered = text.lower()
        self.extraction = extraction
        self.title = title
        self.publisher = publisher
        self.references = references
        self.held = held
        self.kinds = kinds
        self.plan = Plan()
        self.proposed = set(held.proposals)
        registry = references.jurisdictions
        self.jurisdictions = {
            r.geoid: registry[r.geoid] for r in extraction.jurisdictions if r.geoid in registry
        }
        # The jurisdiction the document is most about: most often named, then first named.
        ranked = sorted(extraction.jurisdictions, key=lambda r: -len(r.spans))
        self.main_geoid = next((r.geoid for r in ranked if r.geoid in self.jurisdictions), None)

    def run(self) -> None:
        self._jurisdiction_links()
        self._statement()
        self._policy()
        self._action_links()
        self._case_links()

    def _skip(self) -> None:
        self.plan.skipped_existing += 1

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
        if (kind, key) in self.proposed:
            self._skip()
            return
        if evidence is not None and (evidence.end > len(self.text) or evidence.end <= evidence.start):
            evidence = None
        self.plan.facts.append(
            ProposedFact(
                kind=kind,
                key=key[:200],
                payload=payload,
                confidence=round(min(1.0, max(0.0, confidence)), 3),
                evidence=evidence,
                jurisdiction_id=self.jurisdictions.get(geoid) if geoid else None,
            )
        )
        self.proposed.add((kind, key))

    # --- the kinds ---------------------------------------------------------------------------------

    def _jurisdiction_links(self) -> None:
        for ref in self.extraction.jurisdictions:
            if ref.geoid not in self.jurisdictions or not ref.spans:
                continue  # a GEOID the registry does not hold cannot be linked
            if ref.geoid in self.held.geoids:
                self._skip()
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

    def _quote_payload(self, quote: Quote) -> dict[str, Any]:
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
        existing = self.held.statement
        if existing is not None:
            for quote in quotes:
                if _normalize(quote.text) in existing.quotes:
                    self._skip()
                    continue
                payload = self._quote_payload(quote)
                payload.update(statement=existing.slug, label=f"{quote.speaker}: {quote.text[:80]}")
                self._propose(
                    m.Proposal.Kind.QUOTE, f"{quote.span.start}-{quote.span.end}", payload, 0.7, quote.span
                )
            return
        date = self.extraction.document_date.date if self.extraction.document_date else ""
        title = self.extraction.title or self.title or f"Statement of {quotes[0].speaker}"
        payload = {
            "title": title,
            "date": date,
            "organization": self.publisher,
            "quotes": [self._quote_payload(q) for q in quotes],
            "jurisdictions": [
                g for g in (r.geoid for r in self.extraction.jurisdictions) if g in self.jurisdictions
            ],
            "label": title,
        }
        # A statement needs a date and a publisher to be accepted as is; without them an editor edits.
        confidence = 0.5 + (0.2 if date else 0) + (0.1 if self.publisher else 0) + 0.05 * min(len(quotes), 3)
        self._propose(
            m.Proposal.Kind.STATEMENT, "statement", payload, confidence, quotes[0].span, self.main_geoid
        )

    def _policy(self) -> None:
        extraction = self.extraction
        provisions = [p for p in extraction.provisions if p.categories]
        if not extraction.is_policy or not provisions:
            return
        existing = self.held.policy
        if existing is not None:
            for p in provisions:
                if (p.span.start, p.span.end) in existing.spans:
                    self._skip()
                    continue
                self._propose(
                    m.Proposal.Kind.PROVISION,
                    f"{p.span.start}-{p.span.end}",
                    {"policy": existing.slug, "number": p.number or "", "start": p.span.start, "end": p.span.end,
                     "categories": list(p.category_codes), "label": f"{existing.name} {p.number or ''}".strip()},
                    0.6,
                    p.span,
                    existing.geoid,
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
        name = extraction.title or self.title or "Untitled policy"
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
        citations = {_normalize(c.normalized) for c in self.extraction.citations}
        geoids = {g for r in self.extraction.jurisdictions for g in r.geoids}
        date = self.extraction.document_date.date if self.extraction.document_date else None
        for action in self.references.actions:
            signals = _action_signals(action, citations, geoids, date, self.lowered)
            score = sum(weight for weight, _ in signals)
            if len(signals) < 2 or score < LINK_THRESHOLD:
                continue
            if action.id in self.held.actions:
                self._skip()
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
        courts = {c.court_id for c in self.extraction.courts if c.court_id}
        citations = {_normalize(c.normalized) for c in self.extraction.citations if c.kind == "case"}
        geoids = {g for r in self.extraction.jurisdictions for g in r.geoids}
        date = self.extraction.document_date.date if self.extraction.document_date else None
        for case in self.references.cases:
            signals = _case_signals(case, courts, citations, geoids, date, self.lowered)
            score = sum(weight for weight, _ in signals)
            if len(signals) < 2 or score < LINK_THRESHOLD:
                continue
            if case.id in self.held.cases:
                self._skip()
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
        for _, signal in signals:
            _, _, printed = signal.partition(": ")
            at = self.lowered.find(printed.lower()) if printed else -1
            if at >= 0:
                return sentence_span(self.text, Span(at, at + len(printed)))
        return None


def _action_signals(
    action: ActionProfile, citations: set[str], geoids: set[str], date: str | None, lowered: str
) -> list[tuple[float, str]]:
    """`lowered` is the document's text in lower case."""
    signals: list[tuple[float, str]] = []
    for law in action.laws:
        if _normalize(law) in citations:
            signals.append((0.3, f"cites: {law}"))
            break
    named = action.targets & geoids
    if named:
        share = len(named) / len(action.targets)
        signals.append((0.2 + 0.3 * share, f"names {len(named)} of its {len(action.targets)} targets"))
    if date and action.date == date:
        signals.append((0.2, f"same date: {date}"))
    if len(action.title) >= 12 and action.title.lower() in lowered:
        signals.append((0.5, f"title: {action.title}"))
    return signals


def _case_signals(
    case: CaseProfile, courts: set[str], citations: set[str], geoids: set[str], date: str | None, lowered: str
) -> list[tuple[float, str]]:
    """`lowered` is the document's text in lower case."""
    signals: list[tuple[float, str]] = []
    if case.docket and len(_normalize(case.docket)) >= 5 and case.docket.lower() in lowered:
        signals.append((0.5, f"docket: {case.docket}"))
    if case.name and case.name.lower() in lowered:
        signals.append((0.4, f"name: {case.name}"))
    if case.court_id and case.court_id in courts:
        signals.append((0.15, f"court {case.court_id}"))
    for citation in case.ruling_citations:
        if citation and _normalize(citation) in citations:
            signals.append((0.4, f"cites: {citation}"))
            break
    if case.parties & geoids:
        signals.append((0.15, f"names {len(case.parties & geoids)} of its parties"))
    if date and case.filed and case.filed == date:
        signals.append((0.1, f"same date: {date}"))
    return signals
