"""The editors' admin: search, filters, inlines for the parts of a record, and its history."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db import models
from django.db.models import QuerySet
from django.http import HttpRequest
from simple_history.admin import SimpleHistoryAdmin

from . import models as m


class HistoryAdmin(SimpleHistoryAdmin):  # type: ignore[misc]  # simple_history ships no type hints
    """Every record's admin: its change list plus the history of each record (who, when, why)."""

    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


@admin.register(m.Source)
class SourceAdmin(HistoryAdmin):
    list_display = ("__str__", "kind", "publisher", "media_type", "retrieved_at")
    list_filter = ("kind", "media_type")
    search_fields = ("url", "title", "publisher", "sha256")


@admin.register(m.Passage)
class PassageAdmin(HistoryAdmin):
    list_display = ("source", "start", "end", "text")
    search_fields = ("text", "source__url", "source__title")
    raw_id_fields = ("source",)


@admin.register(m.Jurisdiction)
class JurisdictionAdmin(HistoryAdmin):
    list_display = ("geoid", "name", "census_name", "level", "usps", "consolidated_with", "origin")
    list_filter = ("level", "origin", "is_territory", "usps")
    search_fields = ("geoid", "name", "census_name", "ocd_id")
    raw_id_fields = ("state", "consolidated_with", "registry_source")
    filter_horizontal = ("sources",)


@admin.register(m.Organization)
class OrganizationAdmin(HistoryAdmin):
    list_display = ("name", "slug", "url")
    search_fields = ("name", "slug")
    prepopulated_fields = {"slug": ("name",)}


@admin.register(m.Person)
class PersonAdmin(HistoryAdmin):
    list_display = ("name", "slug", "organization")
    search_fields = ("name", "slug")
    list_filter = ("organization",)
    prepopulated_fields = {"slug": ("name",)}


@admin.register(m.Law)
class LawAdmin(HistoryAdmin):
    list_display = ("citation", "name", "slug", "unverified")
    list_filter = ("unverified",)
    search_fields = ("citation", "name", "summary", "slug")
    filter_horizontal = ("sources",)


class ProvisionInline(admin.StackedInline):  # type: ignore[type-arg]
    model = m.Provision
    extra = 0
    raw_id_fields = ("passage",)


@admin.register(m.Policy)
class PolicyAdmin(HistoryAdmin):
    list_display = ("name", "jurisdiction", "kind", "stance", "adopted_display", "unverified")
    list_filter = ("kind", "stance", "unverified", "jurisdiction__level")
    search_fields = ("name", "slug", "citation", "summary", "jurisdiction__name", "jurisdiction__geoid")
    raw_id_fields = ("jurisdiction",)
    filter_horizontal = ("sources",)
    inlines = [ProvisionInline]


class FederalActionTargetInline(admin.TabularInline):  # type: ignore[type-arg]
    model = m.FederalActionTarget
    extra = 0
    raw_id_fields = ("jurisdiction",)


@admin.register(m.FederalAction)
class FederalActionAdmin(HistoryAdmin):
    list_display = ("title", "kind", "date_display", "deadline_display", "actor", "status", "unverified")
    list_filter = ("kind", "status", "unverified")
    search_fields = ("title", "slug", "actor", "signed_by", "summary", "outcome")
    date_hierarchy = "date"
    filter_horizontal = ("sources", "related_actions", "laws")
    inlines = [FederalActionTargetInline]


class CasePartyInline(admin.TabularInline):  # type: ignore[type-arg]
    model = m.CaseParty
    extra = 0
    raw_id_fields = ("jurisdiction",)


class RulingInline(admin.StackedInline):  # type: ignore[type-arg]
    model = m.Ruling
    extra = 0
    filter_horizontal = ("sources",)


@admin.register(m.Case)
class CaseAdmin(HistoryAdmin):
    list_display = ("name", "court_name", "docket", "filed_display", "status", "unverified")
    list_filter = ("court_id", "unverified")
    search_fields = ("name", "slug", "docket", "judge", "subject")
    filter_horizontal = ("sources", "actions")
    inlines = [CasePartyInline, RulingInline]


@admin.register(m.Ruling)
class RulingAdmin(HistoryAdmin):
    list_display = ("case", "date_display", "kind", "court_name", "citation", "unverified")
    list_filter = ("kind", "court_id", "unverified")
    search_fields = ("case__name", "citation", "appeal_no", "outcome")
    raw_id_fields = ("case",)
    filter_horizontal = ("sources",)


class QuoteInline(admin.StackedInline):  # type: ignore[type-arg]
    model = m.Quote
    extra = 0
    raw_id_fields = ("person", "passage")


@admin.register(m.Statement)
class StatementAdmin(HistoryAdmin):
    list_display = ("title", "organization", "date_display", "unverified")
    list_filter = ("organization", "unverified")
    search_fields = ("title", "slug", "summary", "media_contact", "quotes__text")
    date_hierarchy = "date"
    filter_horizontal = ("sources", "actions")
    raw_id_fields = ("jurisdictions",)
    inlines = [QuoteInline]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Any]:
        queryset: QuerySet[Any] = super().get_queryset(request)
        return queryset.select_related("organization")


@admin.register(m.Quote)
class QuoteAdmin(HistoryAdmin):
    list_display = ("person", "statement", "text")
    search_fields = ("text", "person__name", "statement__title")
    raw_id_fields = ("statement", "person", "passage")


@admin.register(m.Proposal)
class ProposalAdmin(HistoryAdmin):
    """Proposals are decided in the review queue (/review/), which records the decision and its reason;
    the admin lists them for inspection."""

    list_display = ("__str__", "kind", "status", "confidence", "jurisdiction", "source")
    list_filter = ("kind", "status")
    search_fields = ("key", "source__url", "source__title")
    raw_id_fields = ("source", "evidence", "jurisdiction")
