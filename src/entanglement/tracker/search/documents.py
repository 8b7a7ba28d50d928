"""What each tracker record looks like in the index, and keeping the index in step with the records."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from django.db import models, transaction
from django.urls import NoReverseMatch, reverse

from entanglement.tracker import models as t

from .facets import entry_tokens
from .models import SearchEntry

# Characters the backends use to mark highlights; removed from indexed text so a document cannot forge one.
MARK_START = "\ue000"
MARK_END = "\ue001"
BATCH = 1000

KINDS = (
    "document",
    "federal_action",
    "case",
    "ruling",
    "policy",
    "provision",
    "statement",
    "quote",
    "jurisdiction",
)


def _clean(text: str | None) -> str:
    return (text or "").replace(MARK_START, "").replace(MARK_END, "").replace("\x00", "")


def _join(*parts: str | None) -> str:
    return "\n".join(_clean(p) for p in parts if p)


def _codes(values: Iterable[str]) -> str:
    codes = sorted({v for v in values if v})
    return f" {' '.join(codes)} " if codes else ""


def _url(name: str, *args: str) -> str:
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return ""


def _entry(kind: str, obj: models.Model, **fields: Any) -> SearchEntry:
    fields["title"] = _clean(fields.get("title"))[:2000] or f"{kind} {obj.pk}"
    fields["facets"] = entry_tokens(kind, fields.get("geoids", ""), fields.get("categories", ""), fields.get("date"))
    return SearchEntry(kind=kind, object_id=obj.pk, **fields)


def source_entry(s: t.Source) -> SearchEntry | None:
    if not s.text:
        return None
    return _entry(
        "document", s, title=s.title or s.url, body=_join(s.publisher, s.text), url=s.url,
        geoids=_codes(j.geoid for j in s.jurisdictions.all()),
    )


def action_entry(a: t.FederalAction) -> SearchEntry:
    return _entry(
        "federal_action", a, slug=a.slug, title=a.title,
        body=_join(a.actor, a.signed_by, a.summary, a.status, a.outcome, a.targets_note),
        url=_url("web:action", a.slug), date=a.date,
        geoids=_codes(j.geoid for j in a.targets.all()),
    )


def case_entry(c: t.Case) -> SearchEntry:
    return _entry(
        "case", c, slug=c.slug, title=c.name,
        body=_join(c.court_name, c.docket, c.judge, c.subject, c.status),
        url=_url("web:case", c.slug), date=c.filed,
        geoids=_codes(j.geoid for j in c.parties.all()),
    )


def ruling_entry(r: t.Ruling) -> SearchEntry:
    case = r.case
    return _entry(
        "ruling", r, slug=case.slug, title=f"{case.name}: {r.get_kind_display()}",
        body=_join(r.kind_detail, r.court_name, r.outcome, r.citation, r.appeal_no),
        url=_url("web:case", case.slug), date=r.date,
        geoids=_codes(j.geoid for j in case.parties.all()),
    )


def policy_entry(p: t.Policy) -> SearchEntry:
    return _entry(
        "policy", p, slug=p.slug, title=p.name,
        body=_join(p.citation, p.adopted_by, p.summary, p.related),
        url=_url("web:jurisdiction", p.jurisdiction.geoid), date=p.adopted,
        geoids=_codes([p.jurisdiction.geoid]), categories=_codes(p.categories or []),
    )


def provision_entry(v: t.Provision) -> SearchEntry:
    p = v.policy
    return _entry(
        "provision", v, slug=p.slug, title=f"{p.name} {v.number}".strip(), body=_clean(v.text),
        url=_url("web:jurisdiction", p.jurisdiction.geoid), date=p.adopted,
        geoids=_codes([p.jurisdiction.geoid]), categories=_codes(v.categories or []),
    )


def statement_entry(s: t.Statement) -> SearchEntry:
    return _entry(
        "statement", s, slug=s.slug, title=s.title, body=_join(s.organization.name, s.summary),
        url=_url("web:statement", s.slug), date=s.date,
        geoids=_codes(j.geoid for j in s.jurisdictions.all()),
    )


def quote_entry(q: t.Quote) -> SearchEntry:
    s = q.statement
    speaker = ", ".join(x for x in (q.person.name, q.speaker_title) if x)
    return _entry(
        "quote", q, slug=s.slug, title=f"{speaker}: {s.title}", body=_clean(q.text),
        url=_url("web:statement", s.slug), date=s.date,
        geoids=_codes(j.geoid for j in s.jurisdictions.all()),
    )


def jurisdiction_entry(j: t.Jurisdiction) -> SearchEntry:
    return _entry(
        "jurisdiction", j, slug=j.geoid, title=str(j), body=_join(j.census_name, j.notes),
        url=_url("web:jurisdiction", j.geoid), geoids=_codes([j.geoid]),
    )


def _all_entries() -> Iterator[SearchEntry | None]:
    yield from (source_entry(s) for s in t.Source.objects.exclude(text="").prefetch_related("jurisdictions"))
    yield from (action_entry(a) for a in t.FederalAction.objects.prefetch_related("targets"))
    yield from (case_entry(c) for c in t.Case.objects.prefetch_related("parties"))
    yield from (ruling_entry(r) for r in t.Ruling.objects.select_related("case").prefetch_related("case__parties"))
    yield from (policy_entry(p) for p in t.Policy.objects.select_related("jurisdiction"))
    yield from (provision_entry(v) for v in t.Provision.objects.select_related("policy__jurisdiction"))
    statements = t.Statement.objects.select_related("organization").prefetch_related("jurisdictions")
    yield from (statement_entry(s) for s in statements)
    quotes = t.Quote.objects.select_related("person", "statement").prefetch_related("statement__jurisdictions")
    yield from (quote_entry(q) for q in quotes)
    yield from (jurisdiction_entry(j) for j in t.Jurisdiction.objects.all())


def rebuild_index() -> int:
    """Replace the whole index with entries built from the records; returns how many there are."""
    count = 0
    with transaction.atomic():
        SearchEntry.objects.all().delete()
        batch: list[SearchEntry] = []
        for entry in _all_entries():
            if entry is None:
                continue
            batch.append(entry)
            if len(batch) >= BATCH:
                SearchEntry.objects.bulk_create(batch)
                count += len(batch)
                batch = []
        SearchEntry.objects.bulk_create(batch)
        count += len(batch)
    return count


ENTRY_BUILDERS: dict[type[models.Model], tuple[str, Any]] = {
    t.Source: ("document", source_entry),
    t.FederalAction: ("federal_action", action_entry),
    t.Case: ("case", case_entry),
    t.Ruling: ("ruling", ruling_entry),
    t.Policy: ("policy", policy_entry),
    t.Provision: ("provision", provision_entry),
    t.Statement: ("statement", statement_entry),
    t.Quote: ("quote", quote_entry),
    t.Jurisdiction: ("jurisdiction", jurisdiction_entry),
}


def reindex(obj: models.Model) -> None:
    """Write (or remove) the entry of one record, after it was saved."""
    kind, build = ENTRY_BUILDERS[type(obj)]
    entry = build(obj)
    if entry is None:
        unindex(type(obj), obj.pk)
        return
    values = {f.attname: getattr(entry, f.attname) for f in SearchEntry._meta.concrete_fields if not f.primary_key}
    SearchEntry.objects.update_or_create(kind=kind, object_id=obj.pk, defaults=values)


def unindex(model: type[models.Model], pk: Any) -> None:
    kind, _ = ENTRY_BUILDERS[model]
    SearchEntry.objects.filter(kind=kind, object_id=pk).delete()
