"""Public pages on small built data: what each page shows, search, 404s, escaping, headers."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.test import Client

from entanglement.tracker.dates import MONTH, YEAR
from entanglement.tracker.models import Jurisdiction

from .factories import (
    CaseFactory,
    CountyFactory,
    FederalActionFactory,
    PartyFactory,
    PlaceFactory,
    PolicyFactory,
    QuoteFactory,
    RulingFactory,
    SourceFactory,
    StateFactory,
    StatementFactory,
    TargetFactory,
)

pytestmark = pytest.mark.django_db


def html(client: Client, url: str, status: int = 200) -> str:
    response = client.get(url)
    assert response.status_code == status, f"{url}: {response.status_code}"
    return response.content.decode()


def consolidated_pair() -> tuple[Jurisdiction, Jurisdiction]:
    city = PlaceFactory(geoid="1799999", name="Unity City")
    county = CountyFactory(geoid="17999", name="Unity County")
    city.consolidated_with = county
    county.consolidated_with = city
    city.save()
    county.save()
    return city, county


def test_action_page_lists_targets_in_order_with_links_deadline_outcome_and_sources(client: Client) -> None:
    source = SourceFactory(url="https://example.org/doj-letter", title="The letter")
    action = FederalActionFactory(
        slug="doj-letters",
        title="Letters to three jurisdictions",
        deadline=dt.date(2018, 2, 23),
        status="closed",
        outcome="All three answered.",
        sources=[source],
    )
    a = TargetFactory(action=action, jurisdiction=CountyFactory(name="Alpha County"), position=0,
                      name_in_source="County of Alpha")
    b = TargetFactory(action=action, jurisdiction=StateFactory(), position=1, name_in_source="State of Illinois")
    c = TargetFactory(action=action, jurisdiction=PlaceFactory(name="Citytown"), position=2)

    page = html(client, "/actions/doj-letters/")

    assert "Letters to three jurisdictions" in page
    assert "3 targets" in page
    hrefs = re.findall(r'href="/j/(\d+)/"', page)
    assert hrefs[:3] == [a.jurisdiction.geoid, b.jurisdiction.geoid, c.jurisdiction.geoid]
    assert "County of Alpha" in page and "State of Illinois" in page
    assert "23 February 2018" in page and "24 January 2018" in page
    assert "All three answered." in page and "closed" in page
    assert 'href="https://example.org/doj-letter"' in page and "The letter" in page
    assert "unverified" not in page.split("<main", 1)[1].split("</main>", 1)[0]


def test_unverified_records_carry_a_badge_and_the_note(client: Client) -> None:
    FederalActionFactory(slug="doubtful", unverified=True, unverified_note="Only one report names the date.")
    page = html(client, "/actions/doubtful/")
    assert "badge-unverified" in page
    assert "Only one report names the date." in page
    assert "badge-unverified" in html(client, "/actions/")


def test_partial_dates_show_only_what_is_known(client: Client) -> None:
    FederalActionFactory(slug="month-only", date=dt.date(2017, 4, 1), date_precision=MONTH)
    FederalActionFactory(slug="year-only", date=dt.date(2025, 1, 1), date_precision=YEAR)
    month_page = html(client, "/actions/month-only/")
    assert "April 2017" in month_page and "1 April 2017" not in month_page
    year_page = html(client, "/actions/year-only/")
    assert "2025" in year_page and "January 2025" not in year_page


def test_consolidated_city_county_is_flagged_on_its_pages_and_counted_once(client: Client) -> None:
    city, county = consolidated_pair()
    action = FederalActionFactory(slug="list-with-both")
    TargetFactory(action=action, jurisdiction=city, position=0)
    TargetFactory(action=action, jurisdiction=county, position=1)
    TargetFactory(action=action, jurisdiction=CountyFactory(), position=2)

    action_page = html(client, "/actions/list-with-both/")
    assert "3 targets" in action_page and "2 governments" in action_page
    assert "one consolidated city-county government, named twice" in action_page

    city_page = html(client, f"/j/{city.geoid}/")
    assert "1799999" in city_page and "17999" in city_page
    assert f'href="/j/{county.geoid}/"' in city_page
    # What names the county shows on the city's page too: it is the same government.
    assert city_page.count('href="/actions/list-with-both/"') == 2


def test_jurisdiction_page_shows_actions_cases_policies_statements_each_with_sources(client: Client) -> None:
    county = CountyFactory(name="Cook Test County", geoid="17031")
    action = FederalActionFactory(
        slug="grant-letter", title="Grant letter", date=dt.date(2017, 4, 21), deadline=dt.date(2017, 6, 30),
        sources=[SourceFactory(url="https://example.org/action-src")],
    )
    TargetFactory(action=action, jurisdiction=county, demand="Prove compliance with section 1373.")
    case = CaseFactory(slug="cook-v-us", name="Cook Test County v. United States",
                       sources=[SourceFactory(url="https://example.org/case-src")])
    PartyFactory(case=case, jurisdiction=county)
    RulingFactory(case=case, date=dt.date(2018, 3, 1), outcome="Injunction granted.",
                  sources=[SourceFactory(url="https://example.org/ruling-src")])
    PolicyFactory(jurisdiction=county, name="Detainer ordinance", adopted=dt.date(2011, 9, 7),
                  adopted_precision="day", categories=["detainer_limits"],
                  sources=[SourceFactory(url="https://example.org/policy-src")])
    statement = StatementFactory(slug="st", title="We stand with the county",
                                 sources=[SourceFactory(url="https://example.org/statement-src")])
    statement.jurisdictions.add(county)

    page = html(client, "/j/17031/")

    assert "Cook Test County" in page and "Illinois" in page
    for text in ("Grant letter", "30 June 2017", "Prove compliance with section 1373.",
                 "Cook Test County v. United States", "Injunction granted.", "Detainer ordinance",
                 "7 September 2011", "We stand with the county"):
        assert text in page, text
    for url in ("action-src", "case-src", "ruling-src", "policy-src", "statement-src"):
        assert f'href="https://example.org/{url}"' in page, url
    assert 'href="/actions/grant-letter/"' in page
    assert 'href="/cases/cook-v-us/"' in page
    assert 'href="/statements/st/"' in page


def test_case_page_lists_rulings_in_date_order(client: Client) -> None:
    case = CaseFactory(slug="ordered", name="Ordered v. Sessions", docket="1:17-cv-1")
    RulingFactory(case=case, position=0, date=dt.date(2018, 9, 1), outcome="Second ruling.")
    RulingFactory(case=case, position=1, date=dt.date(2017, 9, 15), outcome="First ruling.",
                  citation="264 F. Supp. 3d 933")
    RulingFactory(case=case, position=2, date=dt.date(2020, 4, 30), outcome="Third ruling.", unverified=True)
    page = html(client, "/cases/ordered/")
    assert page.index("First ruling.") < page.index("Second ruling.") < page.index("Third ruling.")
    assert "264 F. Supp. 3d 933" in page and "1:17-cv-1" in page
    assert "badge-unverified" in page


def test_statement_page_shows_quotes_speaker_and_media_contact(client: Client) -> None:
    statement = StatementFactory(slug="press", title="Press release", media_contact="Press office, 555-0100")
    QuoteFactory(statement=statement, text="Cities have the right to decide.",
                 person__name="Pat Example", speaker_title="Director")
    named = CountyFactory(name="Named County")
    statement.jurisdictions.add(named)
    page = html(client, "/statements/press/")
    assert "Cities have the right to decide." in page
    assert "Pat Example" in page and "Director" in page
    assert "Press office, 555-0100" in page
    assert f'href="/j/{named.geoid}/"' in page


def test_home_shows_latest_actions_and_rulings_newest_first(client: Client) -> None:
    FederalActionFactory(slug="old", title="An old letter", date=dt.date(2017, 4, 21))
    FederalActionFactory(slug="new", title="A new order", date=dt.date(2025, 1, 20))
    RulingFactory(case=CaseFactory(name="Middle v. Sessions"), date=dt.date(2018, 7, 27))
    page = html(client, "/")
    assert page.index("A new order") < page.index("Middle v. Sessions") < page.index("An old letter")
    assert 'href="/actions/new/"' in page


@pytest.mark.parametrize(
    "url",
    ["/j/99999/", "/j/not-a-geoid/", "/actions/no-such-action/", "/cases/no-such-case/",
     "/statements/no-such-statement/", "/no/such/page/"],
)
def test_unknown_addresses_are_404_with_our_page(client: Client, url: str) -> None:
    page = html(client, url, status=404)
    assert "Not found" in page and "Search the jurisdictions" in page


class TestJurisdictionSearch:
    @pytest.fixture(autouse=True)
    def places(self) -> None:
        StateFactory()
        StateFactory(geoid="06", name="California", usps="CA")
        CountyFactory(geoid="17031", name="Cook County")
        CountyFactory(geoid="06075", name="San Francisco County", usps="CA", state=StateFactory(geoid="06"))
        PlaceFactory(geoid="1714000", name="Chicago")

    def names(self, client: Client, query: str) -> list[str]:
        page = html(client, f"/j/?{query}")
        return re.findall(r'<td><a href="/j/\d+/">([^<]+)</a></td>', page)

    def test_by_name_any_case(self, client: Client) -> None:
        assert self.names(client, "q=cook") == ["Cook County"]

    def test_by_geoid_prefix_lists_states_before_counties_and_places(self, client: Client) -> None:
        assert self.names(client, "q=17") == ["Illinois", "Cook County", "Chicago"]

    def test_filter_by_level_and_state(self, client: Client) -> None:
        assert self.names(client, "level=county&state=06") == ["San Francisco County"]
        assert self.names(client, "level=place") == ["Chicago"]

    def test_rows_count_the_actions_and_policies_of_each_jurisdiction(self, client: Client) -> None:
        cook = Jurisdiction.objects.get(geoid="17031")
        TargetFactory(jurisdiction=cook)
        TargetFactory(jurisdiction=cook)
        PolicyFactory(jurisdiction=cook)
        page = html(client, "/j/?q=17031")
        row = page.split('<td><a href="/j/17031/">Cook County</a></td>', 1)[1].split("</tr>", 1)[0]
        assert re.findall(r'<td class="num">(\d+)</td>', row) == ["2", "1"]

    def test_bad_filter_value_is_a_form_error_not_a_crash(self, client: Client) -> None:
        page = html(client, "/j/?level=planet")
        assert "errors" in page and "0 jurisdictions" in page


def test_stored_text_is_escaped_and_only_http_links_are_clickable(client: Client) -> None:
    FederalActionFactory(
        slug="hostile",
        title="<script>alert(1)</script>",
        sources=[SourceFactory(url="javascript:alert(1)"), SourceFactory(url="https://example.org/ok")],
    )
    page = html(client, "/actions/hostile/")
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;" in page
    assert 'href="javascript:' not in page
    assert 'href="https://example.org/ok"' in page


def test_pages_forbid_other_origins_and_load_only_our_stylesheet(client: Client) -> None:
    response = client.get("/")
    assert "default-src 'self'" in response["Content-Security-Policy"]
    page = response.content.decode()
    assert re.findall(r'(?:src|href)="(https?:)?//', page) == []
    assert '<link rel="stylesheet" href="/static/web/site.css">' in page
    assert '<html lang="en">' in page


def test_state_page_counts_and_links_what_lies_within_it(client: Client) -> None:
    StateFactory()
    CountyFactory(geoid="17031")
    CountyFactory(geoid="17043")
    PlaceFactory(geoid="1714000")
    CountyFactory(geoid="06075", state=StateFactory(geoid="06", name="California", usps="CA"))
    page = html(client, "/j/17/")
    assert 'href="/j/?state=17&amp;level=county">county or equivalent: 2</a>' in page
    assert 'href="/j/?state=17&amp;level=place">place: 1</a>' in page
