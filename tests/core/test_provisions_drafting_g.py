"""Drafting forms a seventh blind table showed. Texts written for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.provisions import find_provisions


def codes(text: str) -> set[str]:
    return {c for p in find_provisions(f"Section 3. {text}\n", assume_policy=True) for c in p.category_codes}


# An active limiting verb is the limit the text sets; a ban on limits needs a ban ("No ... shall",
# "shall not", "are prohibited"), a penalty, or a limit on limits.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The measure would prohibit county clinics from asking patients about their immigration status.",
            {"status_inquiry_limits"},
        ),
        (
            "The Bureau prohibits its officers from starting any inquiry into a person's immigration status "
            "only to learn whether the person is removable.",
            {"status_inquiry_limits"},
        ),
        (
            "This ordinance prohibits town employees from asking residents about their immigration status.",
            {"status_inquiry_limits"},
        ),
        (
            "Member agencies should restrict the release of booking photographs and home addresses so that "
            "they are not available to federal immigration agents for civil enforcement.",
            {"personal_info_sharing_limits"},
        ),
        # --- bans on limits stay mandates
        (
            "No city or county shall prohibit its employees from sending information about a person's "
            "immigration status to federal officials.",
            {"cooperation_mandate"},
        ),
        (
            "Local rules that limit communication with ICE are prohibited in this state.",
            {"cooperation_mandate"},
        ),
        (
            "Counties are prohibited from adopting policies that restrict cooperation with federal immigration "
            "authorities.",
            {"cooperation_mandate"},
        ),
        (
            "A mayor who knowingly adopts a policy that prohibits cooperation with federal immigration "
            "authorities shall be removed from office.",
            {"cooperation_mandate"},
        ),
        (
            "The Department of Public Safety prohibits counties from placing limits on sending or receiving information "
            "about the immigration status of any person.",
            {"cooperation_mandate"},
        ),
    ],
)
def test_active_limit_verbs_are_limits(text: str, expected: set[str]) -> None:
    assert codes(text) == expected


def test_a_definition_item_opening_on_its_verb_keeps_its_lead() -> None:
    text = (
        "Section 1. \"Sanctuary policy\" means any rule of a county that:\n"
        "(a) Limits or prohibits any official from communicating with federal agencies to verify the "
        "immigration status of any person.\n\n"
        "Section 2. No county shall adopt a sanctuary policy.\n"
    )
    found = {c for p in find_provisions(text, assume_policy=True) for c in p.category_codes}
    assert "status_inquiry_limits" not in found
    assert "cooperation_mandate" in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "After this Act takes effect, no county or city may enter into an immigration collaboration "
            "agreement with any federal agency.",
            {"no_287g"},
        ),
        ("No sheriff shall renew an existing immigration cooperation agreement.", {"no_287g"}),
        # a jail's bed contract is its resources, not a 287(g) agreement
        (
            "No county may enter into an immigration detention agreement to house people held for civil "
            "immigration detention.",
            {"resource_limits"},
        ),
    ],
)
def test_defined_names_of_287g_agreements(text: str, expected: set[str]) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hold for ICE to take the person over, without the word "detainer"
        (
            "When ICE asks for a hold, the jail shall keep the inmate for no more than 48 hours so that ICE "
            "can assume custody.",
            {"cooperation_mandate"},
        ),
        (
            "The Sheriff agrees to hold removable aliens for up to 48 hours pending ICE assumption of custody.",
            {"cooperation_mandate"},
        ),
        (
            "No person shall be kept in the county jail past release so that ICE may take custody.",
            {"detainer_limits"},
        ),
        ("The clerk may keep the seized property until its owner takes custody of it.", set()),
        # a board's motion to approve a 287(g) agreement, and one that failed
        (
            "Commissioner Vale moved, seconded by Commissioner Orr, to approve the Memorandum of Agreement with "
            "ICE under Section 287(g) and to authorize the Sheriff to sign it. Motion carried 3-2.",
            {"cooperation_mandate"},
        ),
        ("Commissioner Vale moved to approve the 287(g) agreement with ICE; motion failed 2-3.", set()),
        # the status named once, then referred back to
        (
            "No clinic shall ask about a patient's immigration status or keep or share information regarding "
            "such status.",
            {"status_inquiry_limits", "status_sharing_limits"},
        ),
        (
            "The measure would prohibit disclosure of status information so gathered to immigration authorities.",
            {"status_sharing_limits"},
        ),
        ("Staff shall not share information about such status with other patients.", set()),
        # an FAQ: the question asks, the answer rules
        (
            "Q: Will the library give my card application to ICE? A: No. The library will not give "
            "application information to immigration authorities unless a judge orders it.",
            {"personal_info_sharing_limits"},
        ),
        # stopping someone to learn their status is street enforcement, not a jail hold
        (
            "Deputies do not detain anyone for the sole purpose of determining immigration status.",
            {"resource_limits"},
        ),
    ],
)
def test_holds_motions_referred_status_and_faqs(text: str, expected: set[str]) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # letting agents into a place, and lists of the places
        ("Clinic staff will not allow immigration agents into exam rooms without a judicial warrant.", {"sensitive_locations"}),
        (
            "Jail staff shall not let ICE officers into the housing units unless a judge has signed a warrant.",
            {"ice_access_limits"},
        ),
        (
            "Federal immigration officers shall not be admitted to non-public areas of the county jail unless "
            "they present a judicial warrant.",
            {"ice_access_limits"},
        ),
        (
            "The principal will not permit immigration agents into classrooms or other non-public areas of a "
            "school without a judicial warrant.",
            {"ice_access_limits", "sensitive_locations"},
        ),
        (
            "Staff should not give immigration officers access to patient rooms, treatment areas, or other "
            "non-public areas of the hospital absent a judicial warrant.",
            {"ice_access_limits", "sensitive_locations"},
        ),
        # records are no place: a jail's records and booking photographs stay information
        (
            "The Sheriff shall not sign any agreement that gives ICE access to the office's records management "
            "system, booking photographs, or jail visitation logs.",
            {"personal_info_sharing_limits"},
        ),
    ],
)
def test_letting_agents_into_places(text: str, expected: set[str]) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the federal statute restated is no rule of the text's own
        (
            "Under 8 U.S.C. § 1373, a state may not prohibit its officers from sending citizenship information "
            "to federal immigration authorities.",
            set(),
        ),
        ("Under 8 U.S.C. 1357(g), the County shall not enter into any agreement with ICE.", {"no_287g"}),
        # a lettered clause of its own that names no place is a general bar too
        (
            "(a) Town employees will not help federal immigration agents enforce civil immigration law at any "
            "library or shelter, and (b) no Town employee shall arrest anyone for a civil immigration violation.",
            {"resource_limits", "sensitive_locations"},
        ),
        (
            "Town employees will not help federal immigration agents enforce civil immigration law at any library "
            "or shelter.",
            {"sensitive_locations"},
        ),
    ],
)
def test_restated_federal_law_and_placeless_clauses(text: str, expected: set[str]) -> None:
    assert codes(text) == expected
