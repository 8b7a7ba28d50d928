"""Public pages: home, jurisdictions, federal actions, cases, statements. Read-only, server-rendered."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, TypeVar

from django.core.paginator import Paginator
from django.db.models import Case as SqlCase
from django.db.models import Count, IntegerField, Prefetch, Q, QuerySet, Value, When
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _

from entanglement.tracker.models import (
    Case,
    CaseParty,
    FederalAction,
    FederalActionTarget,
    Jurisdiction,
    Policy,
    Provision,
    Ruling,
    Source,
    Statement,
)

from .forms import JurisdictionSearchForm
from .vocabulary import choice_label, format_partial_date, translated_choices

_Results = TypeVar("_Results", bound="QuerySet[Any, Any]")

LATEST_EVENTS = 12
JURISDICTIONS_PER_PAGE = 50

# States first, then counties, places and county subdivisions: the order people look for them in.
LEVEL_ORDER = SqlCase(
    *(When(level=level, then=Value(rank)) for rank, level in enumerate(Jurisdiction.Level.values)),
    default=Value(len(Jurisdiction.Level.values)),
    output_field=IntegerField(),
)


@dataclass(frozen=True)
class Event:
    """One line of the home page's timeline: a federal action or a ruling."""

    date: dt.date
    date_text: str
    kind: str
    title: str
    detail: str
    url: str
    unverified: bool


def home(request: HttpRequest) -> HttpResponse:
    actions = FederalAction.objects.order_by("-date", "slug")[:LATEST_EVENTS]
    rulings = Ruling.objects.select_related("case").order_by("-date", "-position")[:LATEST_EVENTS]
    events = [
        Event(
            a.date,
            format_partial_date(a.date, a.date_precision),
            choice_label(a, "kind"),
            a.title,
            "",
            reverse("web:action", args=[a.slug]),
            a.unverified,
        )
        for a in actions
    ] + [
        Event(
            r.date,
            format_partial_date(r.date, r.date_precision),
            _("ruling: %(kind)s") % {"kind": choice_label(r, "kind")},
            r.case.name,
            r.outcome,
            reverse("web:case", args=[r.case.slug]),
            r.unverified or r.case.unverified,
        )
        for r in rulings
    ]
    events.sort(key=lambda e: e.date, reverse=True)
    counts = {
        "actions": FederalAction.objects.count(),
        "cases": Case.objects.count(),
        "policies": Policy.objects.count(),
        "statements": Statement.objects.count(),
        "jurisdictions": Jurisdiction.objects.count(),
    }
    return render(request, "web/home.html", {"events": events[:LATEST_EVENTS], "counts": counts})


def jurisdiction_list(request: HttpRequest) -> HttpResponse:
    states = Jurisdiction.objects.filter(level=Jurisdiction.Level.STATE).order_by("name")
    form = JurisdictionSearchForm(request.GET, states=states)
    results = Jurisdiction.objects.select_related("state").annotate(level_rank=LEVEL_ORDER)
    results = filter_jurisdictions(results, **form.cleaned_data) if form.is_valid() else results.none()
    page = Paginator(results.order_by("level_rank", "name", "geoid"), JURISDICTIONS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    # Counting per row only for the rows shown keeps the list fast with tens of thousands of places.
    shown = list(page.object_list)
    ids = [j.pk for j in shown]
    action_counts = _counts_by_jurisdiction(FederalActionTarget.objects.filter(jurisdiction_id__in=ids))
    policy_counts = _counts_by_jurisdiction(Policy.objects.filter(jurisdiction_id__in=ids))
    rows = [(j, action_counts.get(j.pk, 0), policy_counts.get(j.pk, 0)) for j in shown]
    query_without_page = request.GET.copy()
    query_without_page.pop("page", None)
    return render(
        request,
        "web/jurisdiction_list.html",
        {"form": form, "page": page, "rows": rows, "query": query_without_page.urlencode()},
    )


def _counts_by_jurisdiction(records: QuerySet[Any, Any]) -> dict[int, int]:
    return {
        int(row["jurisdiction_id"]): int(row["n"])
        for row in records.values("jurisdiction_id").annotate(n=Count("id")).order_by()
    }


def filter_jurisdictions(results: _Results, *, q: str = "", level: str = "", state: str = "") -> _Results:
    """A GEOID (or its leading digits) or part of a name; optionally one level and one state."""
    q = q.strip()
    if q.isdigit():
        results = results.filter(geoid__startswith=q)
    elif q:
        results = results.filter(Q(name__icontains=q) | Q(census_name__icontains=q))
    if level:
        results = results.filter(level=level)
    if state:
        # Every county, place and subdivision GEOID begins with its state's two digits.
        results = results.filter(geoid__startswith=state)
    return results


def jurisdiction_detail(request: HttpRequest, geoid: str) -> HttpResponse:
    jurisdiction = get_object_or_404(
        Jurisdiction.objects.select_related("state", "consolidated_with", "registry_source").prefetch_related(
            "sources"
        ),
        geoid=geoid,
    )
    # A consolidated city-county is one government with two codes: its page shows what names either.
    government = [jurisdiction]
    if jurisdiction.consolidated_with is not None:
        government.append(jurisdiction.consolidated_with)

    targeted = (
        FederalActionTarget.objects.filter(jurisdiction__in=government)
        .select_related("action", "jurisdiction")
        .prefetch_related(Prefetch("action__sources", queryset=Source.objects.order_by("url")))
        .order_by("-action__date", "action__slug")
    )
    parties = list(
        CaseParty.objects.filter(jurisdiction__in=government)
        .select_related("case", "jurisdiction")
        .prefetch_related(
            "case__sources",
            Prefetch(
                "case__rulings",
                queryset=Ruling.objects.order_by("date", "position").prefetch_related("sources"),
                to_attr="ordered_rulings",
            ),
        )
        .order_by("case__filed", "case__slug")
    )
    policies = (
        Policy.objects.filter(jurisdiction__in=government)
        .select_related("jurisdiction")
        .prefetch_related(
            "sources",
            Prefetch(
                "provisions",
                queryset=Provision.objects.order_by("position").select_related("passage__source"),
                to_attr="ordered_provisions",
            ),
        )
        .order_by("adopted", "slug")
    )
    statements = (
        Statement.objects.filter(jurisdictions__in=government)
        .distinct()
        .select_related("organization")
        .prefetch_related("sources", "quotes__person")
        .order_by("-date", "slug")
    )
    within: list[tuple[str, str, int]] = []
    if jurisdiction.level == Jurisdiction.Level.STATE:
        counts = dict(
            Jurisdiction.objects.filter(geoid__startswith=jurisdiction.geoid)
            .exclude(pk=jurisdiction.pk)
            .values_list("level")
            .annotate(n=Count("id"))
            .values_list("level", "n")
        )
        within = [
            (level, label, counts[level])
            for level, label in translated_choices(Jurisdiction, "level")
            if level in counts
        ]
    return render(
        request,
        "web/jurisdiction_detail.html",
        {
            "jurisdiction": jurisdiction,
            "twin": jurisdiction.consolidated_with,
            "identifier_sources": [
                *([jurisdiction.registry_source] if jurisdiction.registry_source else []),
                *jurisdiction.sources.all(),
            ],
            "targeted": targeted,
            "parties": parties,
            "policies": policies,
            "statements": statements,
            "within": within,
        },
    )


def action_list(request: HttpRequest) -> HttpResponse:
    actions = FederalAction.objects.annotate(target_count=Count("target_links")).order_by("-date", "slug")
    return render(request, "web/action_list.html", {"actions": actions})


def action_detail(request: HttpRequest, slug: str) -> HttpResponse:
    action = get_object_or_404(FederalAction, slug=slug)
    targets = list(
        action.target_links.select_related("jurisdiction", "jurisdiction__consolidated_with").order_by(
            "position", "jurisdiction__geoid"
        )
    )
    return render(
        request,
        "web/action_detail.html",
        {
            "action": action,
            "targets": targets,
            "governments": count_governments(t.jurisdiction for t in targets),
            "shared_governments": shared_governments(t.jurisdiction for t in targets),
            "earlier": action.related_actions.order_by("date"),
            "later": action.followed_by.order_by("date"),
            "laws": action.laws.order_by("citation"),
            "cases": action.cases.order_by("filed", "slug"),
            "statements": action.statements.select_related("organization").order_by("date"),
            "sources": action.sources.order_by("url"),
        },
    )


def count_governments(jurisdictions: Any) -> int:
    """Distinct governments: a consolidated city-county named by both its codes counts once."""
    return len({j.government_key for j in jurisdictions})


def shared_governments(jurisdictions: Any) -> list[tuple[Jurisdiction, Jurisdiction]]:
    """Pairs of targets that are the two records of one consolidated city-county."""
    by_key: dict[str, list[Jurisdiction]] = {}
    for j in jurisdictions:
        by_key.setdefault(j.government_key, []).append(j)
    return [(group[0], group[1]) for group in by_key.values() if len(group) > 1]


def case_list(request: HttpRequest) -> HttpResponse:
    cases = Case.objects.annotate(ruling_count=Count("rulings")).order_by("filed", "slug")
    return render(request, "web/case_list.html", {"cases": cases})


def case_detail(request: HttpRequest, slug: str) -> HttpResponse:
    case = get_object_or_404(Case, slug=slug)
    return render(
        request,
        "web/case_detail.html",
        {
            "case": case,
            "parties": case.party_links.select_related("jurisdiction").order_by("role", "jurisdiction__name"),
            "rulings": case.rulings.prefetch_related("sources").order_by("date", "position"),
            "actions": case.actions.order_by("date"),
            "sources": case.sources.order_by("url"),
        },
    )


def policy_list(request: HttpRequest) -> HttpResponse:
    policies = Policy.objects.select_related("jurisdiction").order_by("jurisdiction__name", "adopted", "slug")
    return render(request, "web/policy_list.html", {"policies": policies})


def statement_list(request: HttpRequest) -> HttpResponse:
    statements = Statement.objects.select_related("organization").order_by("-date", "slug")
    return render(request, "web/statement_list.html", {"statements": statements})


def statement_detail(request: HttpRequest, slug: str) -> HttpResponse:
    statement = get_object_or_404(Statement.objects.select_related("organization"), slug=slug)
    return render(
        request,
        "web/statement_detail.html",
        {
            "statement": statement,
            "quotes": statement.quotes.select_related("person").order_by("position"),
            "jurisdictions": statement.jurisdictions.order_by("name"),
            "actions": statement.actions.order_by("date"),
            "sources": statement.sources.order_by("url"),
        },
    )
