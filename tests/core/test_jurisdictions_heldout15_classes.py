"""find_jurisdictions: a title word before a sentence's end names no person after it; an address after
an office title; a county's sheriff; a dateline whose run opens with a longer place name; a place
before a state's demonym (a newspaper); a possessive state before its own county; what comes "from
Washington" after "<noun> of <noun>". Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from entanglement.core.extract.jurisdictions import find_jurisdictions
from entanglement.core.gazetteer import Gazetteer

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def census(shared_dir: Path) -> Gazetteer:
    return Gazetteer.with_places_file(shared_dir / "reference" / "gazetteer" / "us_census_places.csv")


CASES: list[tuple[str, str, set[str]]] = [
    # --- a title ends its sentence: the next sentence's first name is no surname
    (
        "title-then-exclamation-then-city",
        "The Seattle City Council voted. 'We stand with you, Mr. Miller!\n\n'Seattle, stand up!'",
        {"5363000"},
    ),
    ("title-then-period-then-city", "She thanked Dr. Olsen. Seattle police agreed.", {"5363000"}),
    ("title-still-makes-surname", "Sen. Boise Harlan spoke at length.", set()),
    ("title-initial-surname", "Gov. T. Boise spoke at length.", set()),
    # --- an office title before a city with its state and ZIP: a letterhead's address
    ("letterhead-address-after-title", "Lt. Governor TRENTON, NJ 08625-0085 TELEPHONE", {"3474000"}),
    ("address-after-director", "Division Director ALBANY, NY 12224", {"3601000"}),
    # --- "<name> Sheriff" is the county when the text names that county
    (
        "sheriff-of-county-named-before",
        "Boulder and Mesa counties stopped. Boulder Sheriff Ann Fox agreed, Colorado officials said.",
        {"08013", "08077", "08"},
    ),
    (
        "sheriff-without-county-stays-city",
        "Boulder Sheriff Ann Fox agreed, Colorado officials said.",
        {"0807850", "08"},
    ),
    (
        "police-after-county-stays-city",
        "Boulder County stopped. The Boulder police chief agreed.",
        {"08013", "0807850"},
    ),
    # --- a dateline run opening with a place's name is a longer name, not a header then a city
    (
        "dateline-longer-unknown-name",
        "CAPE MAY COURT HOUSE — The New Jersey officials said so today.",
        {"34"},
    ),
    (
        "dateline-after-release-header",
        "FOR IMMEDIATE RELEASE SEATTLE — The mayor said so today in the city.",
        {"5363000"},
    ),
    # --- a place before a state's demonym is a newspaper
    ("newspaper-new-mexican", "According to the Santa Fe New Mexican, the law changed.", set()),
    ("newspaper-californian", "The Bakersfield Californian reported the vote.", set()),
    ("place-then-state-stays", "Santa Fe police said so.", {"3570500"}),
    # --- a possessive state before its own county only qualifies it
    ("possessive-state-own-county", "Officials in Pennsylvania's Franklin County objected.", {"42055"}),
    ("possessive-state-foreign-county", "Pennsylvania's Orange County is not real.", {"42"}),
    ("possessive-state-law", "Ohio's law binds Franklin County.", {"39", "39049"}),
    # --- a two-word name only one town bears, after "in", in the state the text names
    (
        "unique-two-word-town-after-in",
        "Tennessee agents raided a plant in Bean Station last week.",
        {"47", "4703760"},
    ),
    ("unique-two-word-town-no-state", "Agents raided a plant in Bean Station last week.", set()),
    ("unique-two-word-town-not-after-in", "Tennessee agents met Bean Station officials.", {"47"}),
    # --- "<state> County <officials> Association": the state's county officials, a private body
    (
        "state-county-attorneys-association",
        "The Iowa attorney general and the Iowa County Attorneys Association oppose it.",
        {"19"},
    ),
    ("state-county-commissioners-association", "The Ohio County Commissioners Association met.", set()),
    # --- "the <noun> of <noun> coming from Washington" is the federal government
    (
        "politics-of-fear-from-washington",
        "The politics of fear coming from Washington do not help Tucson.",
        {"0477000"},
    ),
]


@pytest.mark.parametrize(("label", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_heldout15_jurisdiction_classes(census: Gazetteer, label: str, text: str, expected: set[str]) -> None:
    assert {j.geoid for j in find_jurisdictions(text, census)} == expected, label
