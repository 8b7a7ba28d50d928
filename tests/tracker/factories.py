"""Builders for tracker records (factory_boy): each makes a valid, sourced record with minimal fields."""

from __future__ import annotations

import datetime as dt
from typing import Any

import factory

from entanglement.tracker import models as m


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.Source

    kind = m.Source.Kind.CURATED_CITATION
    url = factory.Sequence(lambda n: f"https://records.example.org/doc/{n}")


class StateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.Jurisdiction
        django_get_or_create = ("geoid",)

    geoid = "55"
    level = m.Jurisdiction.Level.STATE
    name = "Wisconsin"
    usps = "WI"


class CountyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.Jurisdiction

    geoid = factory.Sequence(lambda n: f"55{n % 1000:03d}")
    level = m.Jurisdiction.Level.COUNTY
    name = factory.Sequence(lambda n: f"Sample County {n}")
    usps = "WI"
    state = factory.SubFactory(StateFactory)


class PlaceFactory(CountyFactory):
    geoid = factory.Sequence(lambda n: f"55{n % 100000:05d}")
    level = m.Jurisdiction.Level.PLACE
    name = factory.Sequence(lambda n: f"Sampleton {n}")


class _Sourced(factory.django.DjangoModelFactory):
    """A fact record: gets one source unless the test passes `sources=[...]`."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @factory.post_generation
    def sources(self, create: bool, extracted: Any, **kwargs: Any) -> None:
        if not create:
            return
        self.sources.set(extracted if extracted is not None else [SourceFactory()])


class FederalActionFactory(_Sourced):
    class Meta:
        model = m.FederalAction

    slug = factory.Sequence(lambda n: f"action-{n}")
    kind = m.FederalAction.Kind.LETTER
    date = dt.date(2018, 1, 24)
    date_precision = "day"
    actor = "U.S. Department of Justice"
    title = factory.Sequence(lambda n: f"Letter {n}")


class FederalActionTargetFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.FederalActionTarget

    action = factory.SubFactory(FederalActionFactory)
    jurisdiction = factory.SubFactory(CountyFactory)
    name_in_source = "Sample County"


class CaseFactory(_Sourced):
    class Meta:
        model = m.Case

    slug = factory.Sequence(lambda n: f"case-{n}")
    name = factory.Sequence(lambda n: f"Sampleton v. Agency {n}")
    court_id = "wied"


class RulingFactory(_Sourced):
    class Meta:
        model = m.Ruling

    case = factory.SubFactory(CaseFactory)
    position = factory.Sequence(lambda n: n)
    date = dt.date(2018, 6, 1)
    kind = m.Ruling.Kind.ORDER


class OrganizationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.Organization

    slug = factory.Sequence(lambda n: f"org-{n}")
    name = factory.Sequence(lambda n: f"Sample Organization {n}")


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.Person

    slug = factory.Sequence(lambda n: f"person-{n}")
    name = factory.Sequence(lambda n: f"Pat Sample {n}")


class StatementFactory(_Sourced):
    class Meta:
        model = m.Statement

    slug = factory.Sequence(lambda n: f"statement-{n}")
    organization = factory.SubFactory(OrganizationFactory)
    date = dt.date(2018, 1, 24)
    title = factory.Sequence(lambda n: f"Statement {n}")


class QuoteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.Quote

    statement = factory.SubFactory(StatementFactory)
    position = factory.Sequence(lambda n: n)
    person = factory.SubFactory(PersonFactory)
    text = "We will keep our community safe."


class PolicyFactory(_Sourced):
    class Meta:
        model = m.Policy

    slug = factory.Sequence(lambda n: f"policy-{n}")
    jurisdiction = factory.SubFactory(CountyFactory)
    name = factory.Sequence(lambda n: f"Sample Ordinance {n}")
    kind = m.Policy.Kind.ORDINANCE
    stance = m.Policy.Stance.LIMITS


class PassageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.Passage

    source = factory.SubFactory(SourceFactory)
    start = 0
    end = 5
    text = "Hello"
