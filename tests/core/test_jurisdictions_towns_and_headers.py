"""State names used as adjectives, town governments, and people in header and signature lines.

Passages written for this file. They exercise three rules: a state's name before a noun for its
people or institutions names the state; in a text about a town's government a bare name is a town
(a Census county subdivision) of the text's state; two capitalized words in a cell of a header or
signature line are a person's name even when the second is a city's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from entanglement.core.extract.jurisdictions import find_jurisdictions
from entanglement.core.gazetteer import Gazetteer

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def census(shared_dir: Path) -> Gazetteer:
    return Gazetteer.with_places_file(shared_dir / "reference" / "gazetteer" / "us_census_places.csv")


STATE_ADJECTIVES: list[tuple[str, str, set[str]]] = [
    ("Washington residents", "Many Washington residents oppose the detention center.", {"53"}),
    ("Washington possessive", "Washington's sheriffs stopped renting beds in 2019.", {"53"}),
    ("Washington farmers", "Washington farmers said the raids emptied the orchards.", {"53"}),
    ("Vermont farmers", "Vermont farmers rely on workers from abroad.", {"50"}),
    ("Texas agencies", "Texas law enforcement agencies must honor every detainer.", {"48"}),
    ("Oregon possessive", "Oregon's sheriffs refused the request.", {"41"}),
    ("federal Washington", "Washington has pressured cities for years to hand people over.", set()),
    ("federal officials", "Washington officials declined to comment.", set()),
    ("newspaper", "The Washington Post and the Texas Tribune reported the story.", set()),
    ("D.C. residents", "D.C. leaders said Washington residents pay federal taxes.", {"11"}),
    ("legal code title", "North Carolina Legal Code\nChapter 162. Sheriff.", {"37"}),
    ("statutes title", "Texas Statutes\nGovernment Code, Title 7", {"48"}),
    ("code title", "Iowa Code\nChapter 27A", {"19"}),
    ("state's revised code", "Washington Revised Code, as amended in 2019", {"53"}),
]

TOWNS: list[tuple[str, str, set[str]]] = [
    (
        "select board",
        "The Chester Select Board met Tuesday, the first such vote in Vermont.",
        {"5002713675", "50"},
    ),
    (
        "residents of a town",
        "Vermont Gov. Phil Scott said residents of Ludlow were afraid. The Town Manager agreed.",
        {"50", "5041200"},
    ),
    (
        "a farm in a town",
        "In Vermont, agents raided a farm in Berkshire, the town manager said.",
        {"50", "5001105425"},
    ),
    (
        "town meeting",
        "At town meeting in Massachusetts, residents of Ludlow voted to limit cooperation.",
        {"25", "2501337175"},
    ),
    (
        "a New York town",
        "The town board of Canton in New York met; Canton residents spoke against the contract.",
        {"36", "3612331"},
    ),
    (
        "a township of Pennsylvania",
        "In Pennsylvania, the township supervisors of Tinicum voted no.",
        {"42", "4201776784"},
    ),
    ("borough with a state", "Lansdowne Borough, Pa., police said they would not ask.", {"4241440"}),
    ("borough council", "The Ambler Borough Council in Pennsylvania voted.", {"4202264", "42"}),
    ("county-level borough", "The Matanuska-Susitna Borough assembly voted.", {"02170"}),
    (
        "township placed by a county",
        "Bloomfield Township in Oakland County, Michigan, kept its policy.",
        {"2612509110", "26125"},  # the charter township of Oakland County, not Huron County's
    ),
    # many states have a Bloomfield Township: none is guessed
    ("township without a state", "Bloomfield Township officials said no.", set()),
    ("possessive town", "In Vermont, Ludlow's Select Board met.", {"50", "5041200"}),
    ("selectmen in a Maine town", "In Maine, selectmen in Bristol voted.", {"23", "2301507485"}),
    ("select board of", "In New Hampshire, the Select Board of Durham met.", {"33", "3301719700"}),
    # a list introduced as towns of a state the text names: that state's towns, however small
    (
        "New York towns",
        "In New York, the towns of Greece and Irondequoit signed on.",
        {"36", "3605530290", "3605537726"},
    ),
    (
        "Vermont towns",
        "The Vermont towns of Ludlow, Chester and Weston objected.",
        {"50", "5041200", "5002713675", "5002782000"},
    ),
    ("towns such as", "Wisconsin towns such as Westport declined.", {"55", "5502586125"}),
    # "town of X" is the town, not a village of the same name inside it
    ("town of, New York", "The town of Greece, N.Y., ended the contract.", {"3605530290"}),
    ("town of, Vermont", "The Town of Ludlow, Vermont, adopted the policy.", {"5002741275"}),
    ("town of, a place", "The town of Cary, North Carolina, said no.", {"3710740"}),
    # a far larger namesake elsewhere still wins over a small town of the text's state
    (
        "overshadowed town",
        "In Texas, the town manager said residents of Cleveland were worried.",
        {"48", "3916000"},
    ),
    # a town hall meeting is any politician's: not a sign of a town government
    ("town hall", "At a town hall in Vermont, residents of Ludlow asked questions.", {"50"}),
    # datelines of towns that are only county subdivisions
    ("New York town dateline", "GREECE, N.Y. (AP) — The board voted 4-1.", {"3605530290"}),
    ("Pennsylvania township dateline", "LOWER MERION, Pa. — Police said Monday.", {"4209144976"}),
    ("Vermont town dateline", "CHESTER, Vt. (AP) — A dairy farm was raided.", {"5002713675"}),
    # a town that is only a county subdivision, named with its state
    ("qualified New York town", "Police in Irondequoit, New York, said no.", {"3605537726"}),
    ("qualified abbreviated", "Officials in Clarkstown, N.Y., agreed.", {"3608715968"}),
    ("Greece, N.Y.", "A meeting in Greece, N.Y., on Monday.", {"3605530290"}),
    # a city's name in a list before a state's is not that state's town
    (
        "list of cities",
        "The mayors of Boston, New York and Los Angeles wrote.",
        {"2507000", "3651000", "0644000"},
    ),
    # two townships of one name in the state: no guess
    ("two namesakes in the state", "Deputies in Tinicum, Pa., said no.", set()),
    # no town-government words: a small namesake is not guessed
    ("no cue", "Residents of Ludlow said the policy was new, lawmakers in Vermont said.", {"50"}),
    # a town of another state is not read into a text about this one
    (
        "only the text's state",
        "The Select Board in Vermont met; people came from as far as Tinicum.",
        {"50"},
    ),
]

HEADERS: list[tuple[str, str, set[str]]] = [
    ("cell after a colon", "Approved by: Nathaniel Allen\nEffective: May 1", set()),
    ("cell after spaces", "CALEA Reference: N/A  Nathaniel Allen", set()),
    ("cell after a tab", "Reviewed by:\tMark Irving\tPage 2", set()),
    ("capital cell", "Prepared By: NATHANIEL ALLEN, CHIEF OF POLICE", set()),
    ("capital place cell", "LOCATION: IRVING, TEXAS", {"4837000"}),
    ("signature line", "Sincerely,\n\nNathaniel Allen\nChief of Police", set()),
    ("title before a city name", "Sheriff Tom Jackson said the jail would comply.", set()),
    ("abbreviated title", "Lt. Mark Irving signed the order.", set()),
    ("headline is not a cell", "Trump Targets Chicago Sanctuary Policy", {"1714000"}),
    ("letterhead", "Decatur, Alabama\nThe police department announced a new policy.", {"0120104"}),
    ("qualified city in a header", "Location:  Allen, Texas", {"4801924"}),
]


@pytest.mark.parametrize(
    ("label", "text", "expected"),
    STATE_ADJECTIVES + TOWNS + HEADERS,
    ids=[c[0] for c in STATE_ADJECTIVES + TOWNS + HEADERS],
)
def test_passage(census: Gazetteer, label: str, text: str, expected: set[str]) -> None:
    assert {j.geoid for j in find_jurisdictions(text, census)} == expected, label
