"""/search/ over the real curated seed data, loaded once through the seed loader and indexed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import Client

from entanglement.tracker.models import FederalAction, Jurisdiction, Policy, Statement
from entanglement.tracker.search.api import SearchFilters, search
from entanglement.tracker.search.models import SearchEntry
from entanglement.tracker.seed_loader import load_seed

WORD = re.compile(r"[^\W_]+")


@pytest.fixture(scope="module", autouse=True)
def curated(django_db_setup: Any, django_db_blocker: Any) -> Iterator[None]:
    with django_db_blocker.unblock(), transaction.atomic():
        load_seed()
        call_command("rebuild_search_index", stdout=open("/dev/null", "w"))  # noqa: SIM115
        yield
        transaction.set_rollback(True)


@pytest.fixture(autouse=True)
def _db(db: None) -> None:
    """Each test runs in a savepoint inside the module's transaction."""


def words(text: str) -> str:
    return " ".join(WORD.findall(text))


def test_every_curated_record_is_found_by_its_title() -> None:
    checked = 0
    for kind, records in (
        ("federal_action", [(a.slug, a.title) for a in FederalAction.objects.all()]),
        ("policy", [(p.slug, p.name) for p in Policy.objects.all()]),
        ("statement", [(s.slug, s.title) for s in Statement.objects.all()]),
    ):
        for slug, title in records:
            # The title as a reader would paste it (quotes inside would open phrases).
            results = search(title.replace('"', " "), facets=SearchFilters(kinds=(kind,)), limit=100)
            assert slug in {h.slug for h in results.hits}, (kind, slug, title)
            checked += 1
    assert checked >= 10
    assert SearchEntry.objects.filter(kind="jurisdiction").count() == Jurisdiction.objects.count()


def test_jurisdictions_by_name() -> None:
    j = Jurisdiction.objects.filter(level="county").exclude(policies=None).first() or Jurisdiction.objects.first()
    assert j is not None
    results = search(words(j.name), facets=SearchFilters(kinds=("jurisdiction",)), limit=100)
    assert j.geoid in {h.slug for h in results.hits}


def page_of(client: Client, url: str, status: int = 200) -> str:
    response = client.get(url)
    assert response.status_code == status, url
    page = response.content.decode()
    assert page.count("<h1") == 1 and '<main id="main"' in page
    for field_id in re.findall(r'<(?:input|select)[^>]*\bid="([^"]+)"', page):
        assert f'for="{field_id}"' in page, field_id
    return page


def test_page_shows_highlighted_hits_facets_and_pages(client: Client) -> None:
    action = FederalAction.objects.order_by("date").first()
    assert action is not None
    word = max(WORD.findall(action.title), key=len)
    page = page_of(client, f"/search/?q={word}")
    assert "<mark>" in page.lower() or f"<mark>{word.lower()}" in page.lower()
    assert f'href="/actions/{action.slug}/"' in page
    assert "kind=federal_action" in page  # the kind facet links
    # A common word has more than a page of hits: the next page is linked and differs.
    many = search("county")
    assert many.total > 20
    first = page_of(client, "/search/?q=county")
    assert 'rel="next"' in first and "page=2" in first
    second = page_of(client, "/search/?q=county&page=2")
    assert 'rel="prev"' in second and second != first


def test_page_filters_by_kind_and_date(client: Client) -> None:
    listed = page_of(client, "/search/?q=county&kind=jurisdiction")
    results = listed.split('<ol class="search-results"', 1)[1]
    assert 'href="/j/' in results and 'href="/actions/' not in results
    # Jurisdictions have no date: a date range leaves none.
    assert '<ol class="search-results"' not in page_of(client, "/search/?q=county&kind=jurisdiction&from=2000-01-01")
    policy = Policy.objects.exclude(adopted=None).first()
    assert policy is not None and policy.adopted is not None
    day = policy.adopted.isoformat()
    assert f'"/j/{policy.jurisdiction.geoid}/"' in page_of(
        client, f"/search/?q={words(policy.name)}&kind=policy&from={day}&to={day}"
    )
    before = policy.adopted.replace(year=policy.adopted.year - 1).isoformat()
    assert '<ol class="search-results"' not in page_of(
        client, f"/search/?q={words(policy.name)}&kind=policy&jurisdiction={policy.jurisdiction.geoid}&to={before}"
    )


@pytest.mark.parametrize(
    "query, message",
    [
        ("q=jail&from=2020-02-30", "from"),
        ("q=jail&kind=spaceship", "unknown kind"),
        ("q=jail&category=nope", "unknown category"),
        ("q=jail&jurisdiction=abc", "GEOID"),
        ("q=jail&jurisdiction=98", "no jurisdiction"),
        ("q=jail&page=0", "page"),
        ("q=jail&page=x", "page"),
    ],
)
def test_invalid_parameters_are_a_400_with_a_message(client: Client, query: str, message: str) -> None:
    page = page_of(client, f"/search/?{query}", status=400)
    assert message in page


def test_hostile_query_on_the_page(client: Client) -> None:
    page = page_of(client, '/search/?q=%22NEAR(%20title:%20*%20%5E%20%3Cscript%3E')
    assert "<script>" not in page.split("<main", 1)[1]
