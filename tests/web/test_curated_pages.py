"""Every page type rendered with the real curated data, loaded once through the seed loader."""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from django.db import transaction
from django.test import Client

import entanglement
from entanglement.tracker.models import Case, FederalAction, Jurisdiction, Policy, Statement
from entanglement.tracker.seed_loader import load_seed

SEED_DIR = Path(entanglement.__file__).parent / "seed"
LETTERS_OF_24_JANUARY_2018 = "doj-2018-01-24-letters-23"


@pytest.fixture(scope="module", autouse=True)
def curated(django_db_setup: Any, django_db_blocker: Any) -> Iterator[None]:
    """The registry and the curated seed, loaded once for this module and rolled back after it."""
    with django_db_blocker.unblock(), transaction.atomic():
        load_seed()
        yield
        transaction.set_rollback(True)


@pytest.fixture(autouse=True)
def _db(db: None) -> None:
    """Each test runs in a savepoint inside the module's transaction."""


def get(client: Client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, f"{url}: {response.status_code}"
    page = response.content.decode()
    # Every page has one top heading, a skip link to its main region, and labels on its form fields.
    assert page.count("<h1") == 1, url
    assert 'href="#main"' in page and '<main id="main"' in page, url
    for field_id in re.findall(r'<(?:input|select)[^>]*\bid="([^"]+)"', page):
        assert f'for="{field_id}"' in page, (url, field_id)
    return html_lib.unescape(page)


def seed_records(file_name: str) -> list[dict[str, Any]]:
    path = SEED_DIR / file_name
    if not path.exists():
        return []
    return list(yaml.safe_load(path.read_text(encoding="utf-8")) or [])


def assert_sources_linked(page: str, urls: list[str], where: str) -> None:
    for url in urls:
        assert f'href="{url}"' in page, f"{where}: source {url} is not linked"


def test_the_curated_data_is_there() -> None:
    assert FederalAction.objects.count() == len(seed_records("federal_actions.yaml")) > 0
    assert Case.objects.count() == len(seed_records("cases.yaml")) > 0
    assert Statement.objects.count() == len(seed_records("statements.yaml"))
    assert Jurisdiction.objects.filter(level="county").count() > 3000


def test_the_24_january_2018_letters_show_all_23_targets_in_seed_order_and_the_deadline(client: Client) -> None:
    record = next(r for r in seed_records("federal_actions.yaml") if r["id"] == LETTERS_OF_24_JANUARY_2018)
    page = get(client, f"/actions/{LETTERS_OF_24_JANUARY_2018}/")
    targets_table = page.split('<table class="targets">', 1)[1].split("</table>", 1)[0]
    linked = re.findall(r'href="/j/(\d+)/"', targets_table)
    assert linked == [t["geoid"] for t in record["targets"]]
    assert len(linked) == 23
    assert "23 targets" in page
    assert "24 January 2018" in page and "23 February 2018" in page
    assert_sources_linked(page, record["sources"], LETTERS_OF_24_JANUARY_2018)


def test_every_federal_action_page(client: Client, django_assert_max_num_queries: Any) -> None:
    for record in seed_records("federal_actions.yaml"):
        with django_assert_max_num_queries(15):
            page = get(client, f"/actions/{record['id']}/")
        assert record["title"].strip() in page, record["id"]
        for target in record.get("targets") or []:
            assert f'href="/j/{target["geoid"]}/"' in page, (record["id"], target["geoid"])
        assert_sources_linked(page, record["sources"], record["id"])
        action = FederalAction.objects.get(slug=record["id"])
        if action.deadline:
            assert action.deadline_display in page
        assert ("badge-unverified" in page) == bool(record.get("unverified")), record["id"]


def test_every_case_page_lists_its_rulings_in_date_order(client: Client) -> None:
    for case in Case.objects.prefetch_related("rulings", "sources"):
        page = get(client, f"/cases/{case.slug}/")
        assert case.name in page
        rulings = sorted(case.rulings.all(), key=lambda r: (r.date, r.position))
        positions = [page.index(f'datetime="{r.date.isoformat()}"') for r in rulings]
        assert positions == sorted(positions), case.slug
        assert_sources_linked(page, [s.url for s in case.sources.all()], case.slug)
        for ruling in rulings:
            if ruling.citation:
                assert ruling.citation in page


def test_every_statement_page_shows_its_quotes_and_media_contact(client: Client) -> None:
    for statement in Statement.objects.prefetch_related("quotes__person", "sources"):
        page = get(client, f"/statements/{statement.slug}/")
        for quote in statement.quotes.all():
            assert quote.text in page and quote.person.name in page
        if statement.media_contact:
            assert statement.media_contact.splitlines()[0] in page
        assert_sources_linked(page, [s.url for s in statement.sources.all()], statement.slug)


def test_the_statement_answering_the_letters_shows_quote_speaker_media_contact_and_links(client: Client) -> None:
    answering = [r for r in seed_records("statements.yaml") if LETTERS_OF_24_JANUARY_2018 in r.get("actions", [])]
    assert answering, "the curated data has the statement that started the project"
    action_page = get(client, f"/actions/{LETTERS_OF_24_JANUARY_2018}/")
    for record in answering:
        page = get(client, f"/statements/{record['id']}/")
        assert record["title"].strip() in page
        for quote in record["quotes"]:
            assert " ".join(quote["text"].split()) in " ".join(page.split())
            assert quote["speaker"] in page
        if record.get("media_contact"):
            assert " ".join(record["media_contact"].split()) in " ".join(page.split())
        assert f'href="/actions/{LETTERS_OF_24_JANUARY_2018}/"' in page
        for geoid in record.get("jurisdictions", []):
            assert f'href="/j/{geoid}/"' in page
        assert_sources_linked(page, record["sources"], record["id"])
        assert f'href="/statements/{record["id"]}/"' in action_page


def test_every_jurisdiction_with_curated_facts_links_back_to_them(
    client: Client, django_assert_max_num_queries: Any
) -> None:
    involved = Jurisdiction.objects.filter(
        pk__in=set(Jurisdiction.objects.filter(targeted_by__isnull=False).values_list("pk", flat=True))
        | set(Jurisdiction.objects.filter(case_roles__isnull=False).values_list("pk", flat=True))
        | set(Jurisdiction.objects.filter(policies__isnull=False).values_list("pk", flat=True))
        | set(Jurisdiction.objects.filter(statements__isnull=False).values_list("pk", flat=True))
    ).prefetch_related("targeted_by__action", "case_roles__case", "policies", "statements")
    assert involved.exists()
    for j in involved:
        with django_assert_max_num_queries(20):
            page = get(client, f"/j/{j.geoid}/")
        for link in j.targeted_by.all():
            assert f'href="/actions/{link.action.slug}/"' in page, (j.geoid, link.action.slug)
        for role in j.case_roles.all():
            assert f'href="/cases/{role.case.slug}/"' in page, (j.geoid, role.case.slug)
        for policy in j.policies.all():
            assert policy.name in page
        for statement in j.statements.all():
            assert f'href="/statements/{statement.slug}/"' in page


def test_consolidated_city_counties_show_both_codes_and_link_their_twin(client: Client) -> None:
    pairs = Jurisdiction.objects.filter(level="place", consolidated_with__isnull=False).select_related(
        "consolidated_with"
    )
    assert pairs.exists()
    for place in pairs:
        county = place.consolidated_with
        assert county is not None
        for here, twin in ((place, county), (county, place)):
            page = get(client, f"/j/{here.geoid}/")
            assert "consolidated city-county" in page
            assert f'href="/j/{twin.geoid}/"' in page and twin.geoid in page and here.geoid in page


def test_home_lists_the_latest_events_and_lists_render(client: Client) -> None:
    newest = FederalAction.objects.order_by("-date").first()
    assert newest is not None
    home = get(client, "/")
    assert "Latest events" in home
    for url in ("/actions/", "/cases/", "/statements/", "/policies/", "/j/", "/j/?q=cook", "/j/?level=state", "/j/?state=17"):
        get(client, url)
    actions_page = get(client, "/actions/")
    for action in FederalAction.objects.all():
        assert f'href="/actions/{action.slug}/"' in actions_page
    policies_page = get(client, "/policies/")
    for policy in Policy.objects.select_related("jurisdiction"):
        assert policy.name in policies_page and f'href="/j/{policy.jurisdiction.geoid}/"' in policies_page


def test_search_finds_a_seeded_place_by_name_and_by_geoid(client: Client) -> None:
    target = FederalAction.objects.get(slug=LETTERS_OF_24_JANUARY_2018).target_links.select_related(
        "jurisdiction"
    )[0].jurisdiction
    by_name = get(client, f"/j/?q={target.name}")
    assert f'href="/j/{target.geoid}/"' in by_name
    by_geoid = get(client, f"/j/?q={target.geoid}")
    assert f'href="/j/{target.geoid}/"' in by_geoid


@pytest.mark.parametrize("url", ["/j/99/", "/j/99999/", "/j/9999999/", "/actions/doj-2018-01-24-letters-24/"])
def test_unknown_codes_and_slugs_are_404_with_the_data_loaded(client: Client, url: str) -> None:
    assert client.get(url).status_code == 404
