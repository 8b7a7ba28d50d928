"""Deciding a proposal: accepting writes the record it describes; rejecting writes nothing public.

Each decision runs in one transaction: the proposal's status, who decided, when and why, and any
record accepting it creates, all saved together (with history rows carrying the same user and
reason) or not at all. A decided proposal cannot be decided again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.text import slugify

from entanglement.core.taxonomy import CATEGORIES
from entanglement.tracker import models as m
from entanglement.tracker.dates import parse_partial_date

EDITORS_GROUP = "editors"


class DecisionError(Exception):
    """The proposal (as edited) cannot be accepted; the message says what to fix. Nothing changed."""


def is_editor(user: Any) -> bool:
    """Superusers, holders of tracker.review_proposal, and members of the "editors" group."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser or user.has_perm("tracker.review_proposal"):
        return True
    return bool(user.groups.filter(name=EDITORS_GROUP).exists())


@dataclass(frozen=True)
class BulkResult:
    decided: int
    errors: tuple[str, ...]


def accept(proposal: m.Proposal, user: Any, reason: str = "", payload: dict[str, Any] | None = None) -> None:
    """Accept `proposal` (with `payload` as edited by the editor, if given) and write its record."""
    with transaction.atomic():
        locked = _pending(proposal)
        if payload is not None:
            locked.payload = payload
        why = reason.strip() or "accepted in review"
        try:
            with transaction.atomic():
                _APPLY[locked.kind](locked, user, why)
        except (KeyError, TypeError, ValueError) as e:
            raise DecisionError(f"the proposal cannot be accepted as it stands: {_describe(e)}") from e
        except IntegrityError as e:
            raise DecisionError(f"the records refused it: {e}") from e
        _decide(locked, m.Proposal.Status.ACCEPTED, user, why)
    proposal.refresh_from_db()


def reject(proposal: m.Proposal, user: Any, reason: str = "") -> None:
    with transaction.atomic():
        _decide(_pending(proposal), m.Proposal.Status.REJECTED, user, reason.strip() or "rejected in review")
    proposal.refresh_from_db()


def decide_many(ids: Iterable[int], action: str, user: Any, reason: str = "") -> BulkResult:
    """Accept or reject many as they are; each is its own decision, so one failure spares the others."""
    decided, errors = 0, []
    for proposal in m.Proposal.objects.filter(pk__in=list(ids)).order_by("pk"):
        try:
            if action == "accept":
                accept(proposal, user, reason)
            else:
                reject(proposal, user, reason)
            decided += 1
        except DecisionError as e:
            errors.append(f"#{proposal.pk} {proposal}: {e}")
    return BulkResult(decided, tuple(errors))


def _pending(proposal: m.Proposal) -> m.Proposal:
    locked = m.Proposal.objects.select_for_update().select_related("source").get(pk=proposal.pk)
    if locked.status != m.Proposal.Status.PENDING:
        raise DecisionError(f"this proposal was already {locked.status}")
    return locked


def _decide(proposal: m.Proposal, status: str, user: Any, reason: str) -> None:
    proposal.status = status
    proposal.decided_by = user if getattr(user, "pk", None) else None
    proposal.decided_at = timezone.now()
    proposal.reason = reason
    _mark(proposal, user, reason)
    proposal.save()


def _mark(obj: models.Model, user: Any, reason: str) -> None:
    """Who and why, for the history row the next save of `obj` writes."""
    obj._change_reason = reason  # type: ignore[attr-defined]
    if getattr(user, "pk", None):
        obj._history_user = user  # type: ignore[attr-defined]


def _save(obj: models.Model, user: Any, reason: str) -> None:
    _mark(obj, user, reason)
    obj.save()


def _describe(error: Exception) -> str:
    return f"missing {error}" if isinstance(error, KeyError) else str(error)


def _unique_slug(model: type[models.Model], text: str) -> str:
    base = slugify(text)[:100] or "record"
    slug, n = base, 2
    while model._default_manager.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def _passage(source: m.Source, start: Any, end: Any) -> m.Passage | None:
    start, end = int(start), int(end)
    if not 0 <= start < end <= len(source.text):
        raise ValueError(f"the span {start}-{end} is outside the document text")
    passage, _ = m.Passage.objects.get_or_create(
        source=source, start=start, end=end, defaults={"text": source.text[start:end]}
    )
    return passage


def _text(payload: dict[str, Any], key: str) -> str:
    value = str(payload.get(key) or "").strip()
    if not value:
        raise ValueError(f"'{key}' is empty: edit the proposal to give it")
    return value


def _link(records: Any, slug_field: str, value: str, source: m.Source, user: Any, why: str) -> None:
    record = records.filter(**{slug_field: value}).first()
    if record is None:
        raise ValueError(f"no record {value!r}")
    _mark(record, user, why)
    record.sources.add(source)


def _jurisdiction_link(p: m.Proposal, user: Any, why: str) -> None:
    _link(m.Jurisdiction.objects, "geoid", _text(p.payload, "geoid"), p.source, user, why)


def _action_link(p: m.Proposal, user: Any, why: str) -> None:
    _link(m.FederalAction.objects, "slug", _text(p.payload, "action"), p.source, user, why)


def _case_link(p: m.Proposal, user: Any, why: str) -> None:
    _link(m.Case.objects, "slug", _text(p.payload, "case"), p.source, user, why)


def _add_quote(
    statement: m.Statement, q: dict[str, Any], position: int, source: m.Source, user: Any, why: str
) -> None:
    speaker = _text(q, "speaker")
    person = m.Person.objects.filter(slug=slugify(speaker)[:120]).first()
    if person is None:
        person = m.Person(slug=_unique_slug(m.Person, speaker), name=speaker[:200])
        _save(person, user, why)
    passage = _passage(source, q["start"], q["end"]) if q.get("start") is not None else None
    quote = m.Quote(
        statement=statement,
        position=position,
        person=person,
        speaker_title=str(q.get("speaker_title") or "")[:300],
        text=_text(q, "text"),
        passage=passage,
    )
    _save(quote, user, why)


def _statement(p: m.Proposal, user: Any, why: str) -> None:
    payload = p.payload
    title = _text(payload, "title")
    date = parse_partial_date(_text(payload, "date"))
    org_name = _text(payload, "organization")[:300]
    organization = m.Organization.objects.filter(name=org_name).first()
    if organization is None:
        organization = m.Organization(slug=_unique_slug(m.Organization, org_name), name=org_name)
        _save(organization, user, why)
    statement = m.Statement(
        slug=_unique_slug(m.Statement, f"{date} {title}"[:100]),
        organization=organization,
        date=date.value,
        date_precision=date.precision,
        title=title[:500],
        summary=str(payload.get("summary") or ""),
    )
    _save(statement, user, why)
    statement.sources.add(p.source)
    geoids = [str(g) for g in payload.get("jurisdictions") or []]
    statement.jurisdictions.add(*m.Jurisdiction.objects.filter(geoid__in=geoids))
    for position, q in enumerate(payload.get("quotes") or []):
        _add_quote(statement, q, position, p.source, user, why)


def _quote(p: m.Proposal, user: Any, why: str) -> None:
    statement = m.Statement.objects.get(slug=_text(p.payload, "statement"))
    position = (statement.quotes.aggregate(n=models.Max("position"))["n"] or 0) + 1
    _add_quote(statement, p.payload, position, p.source, user, why)


def _categories(values: Any) -> list[str]:
    codes = [str(c) for c in values or []]
    unknown = [c for c in codes if c not in CATEGORIES]
    if unknown:
        raise ValueError(f"unknown taxonomy codes: {', '.join(unknown)}")
    return codes


def _add_provision(
    policy: m.Policy, q: dict[str, Any], position: int, source: m.Source, user: Any, why: str
) -> None:
    passage = _passage(source, q["start"], q["end"])
    assert passage is not None
    provision = m.Provision(
        policy=policy,
        position=position,
        number=str(q.get("number") or "")[:50],
        text=passage.text,
        categories=_categories(q.get("categories")),
        passage=passage,
    )
    _save(provision, user, why)


def _policy(p: m.Proposal, user: Any, why: str) -> None:
    payload = p.payload
    name = _text(payload, "name")
    geoid = _text(payload, "jurisdiction")
    jurisdiction = m.Jurisdiction.objects.filter(geoid=geoid).first()
    if jurisdiction is None:
        raise ValueError(f"no jurisdiction with GEOID {geoid}")
    kind, stance = _text(payload, "kind"), _text(payload, "stance")
    if kind not in m.Policy.Kind.values or stance not in m.Policy.Stance.values:
        raise ValueError(f"kind must be one of {', '.join(m.Policy.Kind.values)}; stance limits or mandates")
    adopted = parse_partial_date(payload["adopted"]) if payload.get("adopted") else None
    policy = m.Policy(
        slug=_unique_slug(m.Policy, f"{jurisdiction.name} {name}"[:100]),
        jurisdiction=jurisdiction,
        name=name[:500],
        kind=kind,
        stance=stance,
        adopted=adopted.value if adopted else None,
        adopted_precision=adopted.precision if adopted else "",
        categories=_categories(payload.get("categories")),
    )
    _save(policy, user, why)
    policy.sources.add(p.source)
    for position, q in enumerate(payload.get("provisions") or []):
        _add_provision(policy, q, position, p.source, user, why)


def _provision(p: m.Proposal, user: Any, why: str) -> None:
    policy = m.Policy.objects.get(slug=_text(p.payload, "policy"))
    position = (policy.provisions.aggregate(n=models.Max("position"))["n"] or 0) + 1
    _add_provision(policy, p.payload, position, p.source, user, why)


_APPLY: dict[str, Callable[[m.Proposal, Any, str], None]] = {
    m.Proposal.Kind.JURISDICTION_LINK: _jurisdiction_link,
    m.Proposal.Kind.STATEMENT: _statement,
    m.Proposal.Kind.QUOTE: _quote,
    m.Proposal.Kind.POLICY: _policy,
    m.Proposal.Kind.PROVISION: _provision,
    m.Proposal.Kind.ACTION_LINK: _action_link,
    m.Proposal.Kind.CASE_LINK: _case_link,
}
