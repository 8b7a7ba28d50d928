"""Builders for the records the public pages show (factory_boy, not fixtures files)."""

from __future__ import annotations

import datetime as dt

import factory

from entanglement.tracker.models import (
    Case,
    CaseParty,
    FederalAction,
    FederalActionTarget,
    Jurisdiction,
    Organization,
    Person,
    Policy,
    Quote,
    Ruling,
    Source,
    Statement,
)


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source

    url = factory.Sequence(lambda n: f"https://example.org/source/{n}")


class StateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Jurisdiction
        django_get_or_create = ("geoid",)

    geoid = "17"
    level = Jurisdiction.Level.STATE
    name = "Illinois"
    usps = "IL"


class CountyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Jurisdiction
        django_get_or_create = ("geoid",)

    geoid = factory.Sequence(lambda n: f"17{n + 1:03d}")
    level = Jurisdiction.Level.COUNTY
    name = factory.Sequence(lambda n: f"Test County {n}")
    usps = "IL"
    state = factory.SubFactory(StateFactory)


class PlaceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Jurisdiction
        django_get_or_create = ("geoid",)

    geoid = factory.Sequence(lambda n: f"17{n + 10000:05d}")
    level = Jurisdiction.Level.PLACE
    name = factory.Sequence(lambda n: f"Testville {n}")
    usps = "IL"
    state = factory.SubFactory(StateFactory)


class SourcedFactory(factory.django.DjangoModelFactory):
    """Every fact-bearing record gets one source unless the test passes its own."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @factory.post_generation
    def sources(self, create: bool, extracted: list[Source] | None, **kwargs: object) -> None:
        if create:
            self.sources.set(extracted if extracted is not None else [SourceFactory()])


class FederalActionFactory(SourcedFactory):
    class Meta:
        model = FederalAction

    slug = factory.Sequence(lambda n: f"action-{n}")
    kind = FederalAction.Kind.LETTER
    date = dt.date(2018, 1, 24)
    actor = "U.S. Department of Justice"
    title = factory.Sequence(lambda n: f"Letter number {n}")
    deadline = None
    deadline_precision = factory.LazyAttribute(lambda o: "day" if o.deadline else "")


class TargetFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FederalActionTarget

    action = factory.SubFactory(FederalActionFactory)
    jurisdiction = factory.SubFactory(CountyFactory)
    position = factory.Sequence(lambda n: n)


class CaseFactory(SourcedFactory):
    class Meta:
        model = Case

    slug = factory.Sequence(lambda n: f"case-{n}")
    name = factory.Sequence(lambda n: f"Town {n} v. United States")
    court_name = "N.D. Ill."
    court_id = "ilnd"


class PartyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CaseParty

    case = factory.SubFactory(CaseFactory)
    jurisdiction = factory.SubFactory(PlaceFactory)
    role = CaseParty.Role.PLAINTIFF


class RulingFactory(SourcedFactory):
    class Meta:
        model = Ruling

    case = factory.SubFactory(CaseFactory)
    position = factory.Sequence(lambda n: n)
    date = dt.date(2018, 6, 1)
    kind = Ruling.Kind.ORDER


class PolicyFactory(SourcedFactory):
    class Meta:
        model = Policy

    slug = factory.Sequence(lambda n: f"policy-{n}")
    jurisdiction = factory.SubFactory(CountyFactory)
    name = factory.Sequence(lambda n: f"Trust Ordinance {n}")
    adopted = None
    adopted_precision = factory.LazyAttribute(lambda o: "day" if o.adopted else "")
    kind = Policy.Kind.ORDINANCE
    stance = Policy.Stance.LIMITS


class OrganizationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organization
        django_get_or_create = ("slug",)

    slug = "civil-rights-group"
    name = "Civil Rights Group"


class StatementFactory(SourcedFactory):
    class Meta:
        model = Statement

    slug = factory.Sequence(lambda n: f"statement-{n}")
    organization = factory.SubFactory(OrganizationFactory)
    date = dt.date(2018, 1, 24)
    title = factory.Sequence(lambda n: f"Statement {n} on the letters")


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    slug = factory.Sequence(lambda n: f"person-{n}")
    name = factory.Sequence(lambda n: f"Speaker {n}")


class QuoteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Quote

    statement = factory.SubFactory(StatementFactory)
    person = factory.SubFactory(PersonFactory)
    position = factory.Sequence(lambda n: n)
    text = "We will not be intimidated."
