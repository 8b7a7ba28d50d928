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
