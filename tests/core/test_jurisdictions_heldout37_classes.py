"""A state court's abbreviated name, a capitals dateline whose name carries an Ñ, and a state's party
members ("top Iowa Republicans").

Passages written for this file; each class has negatives.
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


CASES: list[tuple[str, str, set[str]]] = [
    # --- a state court's abbreviated name
    ("court-ct-app-heading", "Colo. Ct. App. Rules on Jail Holds: Ortiz v. Banner", {"08"}),
    ("court-ct-app-prose", "Last week the Cal. Ct. App. agreed with the sheriff.", {"06"}),
    ("court-app-ct", "See Alder v. Pine, 12 N.E.3d 40 (Mass. App. Ct. 2016).", {"25"}),
    ("court-app-div", "See Alder v. Pine, 12 N.Y.S.3d 40 (N.Y. App. Div. 2016).", {"36"}),
    ("court-crim-app", "See Alder v. Pine, 12 S.W.3d 40 (Tex. Crim. App. 2016).", {"48"}),
    ("court-super-ct", "See Alder v. Pine, 12 A.3d 40 (Pa. Super. Ct. 2016).", {"42"}),
    ("court-dist-ct-app", "See Alder v. Pine, 12 So. 3d 40 (Fla. Dist. Ct. App. 2016).", {"12"}),
    ("court-spec-app", "See Alder v. Pine, 12 A.3d 40 (Md. Ct. Spec. App. 2016).", {"24"}),
    ("court-bare-app-year", "See Alder v. Pine, 12 P.3d 40 (Colo. App. 2016).", {"08"}),
    ("court-bare-app-date", "See Alder v. Pine, 12 P.3d 40 (Colo. App. Mar. 3, 2016).", {"08"}),
    # negatives: a reporter, federal and veterans' courts, a street
    ("reporter-not-court", "See Alder v. Pine, 123 Cal. App. 4th 45 (2004).", set()),
    ("federal-circuit", "See Alder v. Pine, 12 F. App'x 40 (Fed. Cir. 2016).", set()),
    ("federal-lexis", "See Alder v. Pine, 2016 U.S. App. LEXIS 404 (2016).", set()),
    ("veterans-court", "See Alder v. Pine, 12 Vet. App. 40 (Vet. App. 2016).", set()),
    ("street-court", "The clinic at 4 Maple Ct. App. 3 is closed on Sundays.", set()),
    # --- a capitals dateline whose name carries an Ñ
    (
        "dateline-n-tilde",
        "CAÑON CITY, Colo. — The warden said Tuesday that the prison would comply.",
        {"0811810"},
    ),
    (
        "dateline-n-tilde-wire",
        "ESPAÑOLA, N.M. (AP) — The sheriff said Tuesday that the jail would comply.",
        {"3525170"},
    ),
    (
        "dateline-n-tilde-three-words",
        "LA CAÑADA FLINTRIDGE, Calif. — The council voted Tuesday to act.",
        {"0639003"},
    ),
    # negative: a salutation in capitals is no dateline
    ("salutation-not-dateline", "SEÑOR PADILLA — We write to you today about the jail.", set()),
]


@pytest.mark.parametrize(("label", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_heldout37_jurisdiction_classes(census: Gazetteer, label: str, text: str, expected: set[str]) -> None:
    assert {j.geoid for j in find_jurisdictions(text, census)} == expected, label


PARTY_CASES: list[tuple[str, str, set[str]]] = [
    # --- a state's party members: the state named
    (
        "party-plural",
        "The plan is sure to anger top Iowa Republicans, who want a stricter jail policy.",
        {"19"},
    ),
    ("party-plural-democrats", "Nevada Democrats said the bill went too far.", {"32"}),
    ("party-singular", "A Montana Democrat said the bill went too far.", {"30"}),
    # negatives: a party office holder's given name, a party named without a state
    ("given-name-then-party", "Virginia Ostrow, a Republican, said the bill went too far.", set()),
    ("party-no-state", "Republicans said the bill went too far.", set()),
]


@pytest.mark.parametrize(("label", "text", "expected"), PARTY_CASES, ids=[c[0] for c in PARTY_CASES])
def test_heldout37_party_members(census: Gazetteer, label: str, text: str, expected: set[str]) -> None:
    assert {j.geoid for j in find_jurisdictions(text, census)} == expected, label


QUALIFIER_CASES: list[tuple[str, str, set[str]]] = [
    # --- a caption's "State of"/"Commonwealth of" after a local government qualifies it
    (
        "commonwealth-qualifies-county",
        "An ordinance of the County of Allegheny, Commonwealth of Pennsylvania, on fees.",
        {"42003"},
    ),
    (
        "state-qualifies-city",
        "A resolution of the City of Dayton, State of Ohio, on jail holds.",
        {"3921000"},
    ),
    (
        "the-state-qualifies-town",
        "A resolution of the Town of Greece, the State of New York, on holds.",
        {"3605530290"},
    ),
    # negatives: the state as a party of its own, or named again on its own
    ("state-own-party", "The County of Elmwood worked with the State of Ohio on the plan.", {"39"}),
    (
        "state-named-again",
        "An ordinance of the County of Allegheny, Commonwealth of Pennsylvania. The Commonwealth of"
        " Pennsylvania objected.",
        {"42003", "42"},
    ),
]


@pytest.mark.parametrize(("label", "text", "expected"), QUALIFIER_CASES, ids=[c[0] for c in QUALIFIER_CASES])
def test_heldout37_caption_state_qualifier(
    census: Gazetteer, label: str, text: str, expected: set[str]
) -> None:
    assert {j.geoid for j in find_jurisdictions(text, census)} == expected, label
