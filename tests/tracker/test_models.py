"""Model constraints: the database itself refuses records that break the rules."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.db import DataError, IntegrityError, transaction

from entanglement.tracker import models as m
from entanglement.tracker.dates import format_partial_date, parse_partial_date

from .factories import (
    CountyFactory,
    FederalActionFactory,
    FederalActionTargetFactory,
    PassageFactory,
    PlaceFactory,
    PolicyFactory,
    QuoteFactory,
    SourceFactory,
    StateFactory,
)

pytestmark = pytest.mark.django_db


def refused(make: object) -> bool:
    try:
        with transaction.atomic():
            make()  # type: ignore[operator]
    except (IntegrityError, DataError):  # PostgreSQL refuses an over-long value before any constraint
        return True
    return False


@pytest.mark.parametrize(
    ("geoid", "level"),
    [
        ("5", "state"),
        ("055", "state"),
        ("5500A", "county"),
        ("55", "county"),
        ("55079", "place"),
        ("12345678901", "cousub"),
    ],
)
def test_geoid_must_have_the_digits_of_its_level(geoid: str, level: str) -> None:
    assert refused(lambda: m.Jurisdiction.objects.create(geoid=geoid, level=level, name="X"))


def test_valid_geoids_of_every_level_are_accepted() -> None:
    for geoid, level in [
        ("55", "state"),
        ("55079", "county"),
        ("5553000", "place"),
        ("5507953000", "cousub"),
    ]:
        m.Jurisdiction.objects.create(geoid=geoid, level=level, name=geoid)
    assert m.Jurisdiction.objects.count() == 4


def test_geoid_is_unique() -> None:
    CountyFactory(geoid="55079")
    assert refused(lambda: CountyFactory(geoid="55079"))


def test_consolidated_city_county_points_both_ways_and_counts_once() -> None:
    county = CountyFactory(geoid="55079", name="Sample County")
    place = PlaceFactory(geoid="5553000", name="Sampleton")
    place.consolidated_with = county
    county.consolidated_with = place
    place.save()
    county.save()
    place.refresh_from_db()
    county.refresh_from_db()
    assert place.government_geoids == county.government_geoids == ("55079", "5553000")
    assert place.government_key == county.government_key
    assert len({j.government_key for j in (place, county)}) == 1


def test_a_record_can_be_consolidated_with_only_one_other() -> None:
    county = CountyFactory(geoid="55079")
    place = PlaceFactory(geoid="5553000", consolidated_with=county)
    other = PlaceFactory(geoid="5553001")
    assert refused(lambda: m.Jurisdiction.objects.filter(pk=other.pk).update(consolidated_with=county))
    assert place.consolidated_with_id == county.pk


def test_a_record_cannot_be_consolidated_with_itself() -> None:
    county = CountyFactory(geoid="55079")
    assert refused(lambda: m.Jurisdiction.objects.filter(pk=county.pk).update(consolidated_with=county))
    county.consolidated_with = county
    with pytest.raises(ValidationError):
        county.full_clean()


def test_clean_refuses_a_partner_linked_elsewhere() -> None:
    county = CountyFactory(geoid="55079")
    PlaceFactory(geoid="5553000", consolidated_with=county)
    county.consolidated_with = PlaceFactory(geoid="5553001")
    county.consolidated_with.consolidated_with = CountyFactory(geoid="55081")
    with pytest.raises(ValidationError, match="already linked"):
        county.full_clean()


def test_deadline_before_the_date_is_refused_when_both_are_exact() -> None:
    assert refused(
        lambda: FederalActionFactory(
            date=dt.date(2018, 1, 24), deadline=dt.date(2018, 1, 1), deadline_precision="day"
        )
    )


def test_deadline_known_only_to_the_month_is_not_compared_to_the_day() -> None:
    action = FederalActionFactory(
        date=dt.date(2018, 1, 24), deadline=dt.date(2018, 1, 1), deadline_precision="month"
    )
    assert action.deadline_display == "January 2018"


def test_a_deadline_needs_a_precision() -> None:
    assert refused(lambda: FederalActionFactory(deadline=dt.date(2018, 2, 23), deadline_precision=""))


def test_a_jurisdiction_is_a_target_of_an_action_once() -> None:
    target = FederalActionTargetFactory()
    assert refused(lambda: FederalActionTargetFactory(action=target.action, jurisdiction=target.jurisdiction))


def test_policy_cannot_be_repealed_before_adoption() -> None:
    assert refused(
        lambda: PolicyFactory(
            adopted=dt.date(2017, 10, 5),
            adopted_precision="day",
            repealed=dt.date(2017, 1, 1),
            repealed_precision="day",
        )
    )


def test_passage_span_must_be_ordered() -> None:
    assert refused(lambda: PassageFactory(start=10, end=5))


def test_passage_text_must_match_the_source_text() -> None:
    source = SourceFactory(text="The county will not hold people on detainers.")
    ok = m.Passage(source=source, start=4, end=10, text="county")
    ok.full_clean()
    wrong = m.Passage(source=source, start=4, end=10, text="cities")
    with pytest.raises(ValidationError):
        wrong.full_clean()


def test_source_sha256_is_hex_and_unique() -> None:
    digest = "a" * 64
    SourceFactory(kind="document", sha256=digest)
    assert refused(lambda: SourceFactory(kind="document", sha256=digest))
    assert refused(lambda: SourceFactory(kind="document", sha256="not-a-digest"))


def test_a_curated_citation_url_is_stored_once() -> None:
    SourceFactory(url="https://example.org/a")
    assert refused(lambda: SourceFactory(url="https://example.org/a"))


def test_a_source_needs_a_url_or_content() -> None:
    assert refused(lambda: m.Source.objects.create(kind="document", url="", sha256=""))


def test_quote_positions_are_unique_within_a_statement() -> None:
    quote = QuoteFactory(position=0)
    assert refused(lambda: QuoteFactory(statement=quote.statement, position=0))


def test_every_change_is_kept_with_its_reason() -> None:
    state = StateFactory()
    state.name = "State of Wisconsin"
    state._change_reason = "editor fixed the name"  # type: ignore[attr-defined]
    state.save()
    latest = state.history.first()
    assert state.history.count() == 2
    assert latest is not None and latest.history_change_reason == "editor fixed the name"
    assert latest.prev_record is not None and latest.prev_record.name == "Wisconsin"


def test_changing_sources_is_history_too() -> None:
    action = FederalActionFactory()
    before = action.history.count()
    action.sources.add(SourceFactory())
    assert action.history.count() == before + 1


def test_fact_records_require_a_source_in_forms() -> None:
    from django.forms import modelform_factory

    form_class = modelform_factory(
        m.FederalAction, fields=["slug", "kind", "date", "date_precision", "actor", "title", "sources"]
    )
    form = form_class(
        data={
            "slug": "x",
            "kind": "letter",
            "date": "2018-01-24",
            "date_precision": "day",
            "actor": "DOJ",
            "title": "T",
        }
    )
    assert not form.is_valid()
    assert "sources" in form.errors


@pytest.mark.parametrize(
    ("raw", "value", "precision", "shown"),
    [
        ("2018-01-24", dt.date(2018, 1, 24), "day", "24 January 2018"),
        ("2018-04", dt.date(2018, 4, 1), "month", "April 2018"),
        ("2017", dt.date(2017, 1, 1), "year", "2017"),
        (dt.date(2019, 7, 15), dt.date(2019, 7, 15), "day", "15 July 2019"),
    ],
)
def test_partial_dates_keep_their_precision(raw: object, value: dt.date, precision: str, shown: str) -> None:
    parsed = parse_partial_date(raw)
    assert (parsed.value, parsed.precision) == (value, precision)
    assert format_partial_date(parsed.value, parsed.precision) == shown


@pytest.mark.parametrize("raw", ["2018-13", "2018-02-30", "18-01-24", "January 2018", 2018, None, "2018-1-5"])
def test_bad_dates_are_refused(raw: object) -> None:
    with pytest.raises(ValueError):
        parse_partial_date(raw)


def test_policy_and_provision_categories_must_be_taxonomy_codes() -> None:
    from entanglement.core.taxonomy import CATEGORIES

    code = next(iter(CATEGORIES))
    policy = PolicyFactory(categories=[code])
    policy.full_clean()
    policy.categories = [code, "no_such_category"]
    with pytest.raises(ValidationError, match="no_such_category"):
        policy.full_clean()
    provision = m.Provision(
        policy=policy, position=0, text="Sec. 1. No detainers.", categories=["also_not_a_code"]
    )
    with pytest.raises(ValidationError, match="also_not_a_code"):
        provision.full_clean()
