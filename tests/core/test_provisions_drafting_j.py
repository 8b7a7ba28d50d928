"""Drafting forms a tenth blind table showed. Texts written for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.provisions import find_provisions


def codes(text: str) -> set[str]:
    return {c for p in find_provisions(f"Section 3. {text}\n", assume_policy=True) for c in p.category_codes}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plain-language manual's contractions, as a rule and not as a heading
        ("Don't ask anyone about their immigration status.", {"status_inquiry_limits"}),
        ("Deputies don\u2019t ask about immigration status.", {"status_inquiry_limits"}),
        # entering a treatment area; "ICE access" as a defined term
        (
            "No immigration agent may enter a treatment area without a judicial warrant.",
            {"sensitive_locations"},
        ),
        ("The Sheriff shall not provide ICE access absent the inmate's written consent.", {"ice_access_limits"}),
        # opening the jail's systems to ICE is cooperation the text requires
        (
            "The Department shall grant ICE read-only access to the jail management system.",
            {"cooperation_mandate"},
        ),
        # supervision schedules and plate-reader data are personal information
        (
            "Probation staff shall not disclose a client's supervision schedule to immigration authorities.",
            {"personal_info_sharing_limits"},
        ),
        (
            "License plate reader data shall not be shared with any federal agency for immigration enforcement.",
            {"personal_info_sharing_limits"},
        ),
        # a list ending in the status; a field for status not added
        (
            "The City will not share your address, phone number or immigration status with ICE.",
            {"personal_info_sharing_limits", "status_sharing_limits"},
        ),
        (
            "No field for citizenship or country of birth shall be added to the records system.",
            {"status_sharing_limits"},
        ),
        # negatives
        ("Officers don't use sirens in school zones.", set()),
        ("The clerk shall add a field for the filing date.", set()),
    ],
)
def test_tenth_table_forms(text: str, expected: set[str]) -> None:
    assert codes(text) == expected


def test_an_official_who_adopts_a_policy_in_violation_is_penalized() -> None:
    text = (
        "Section 6. No local entity shall adopt a sanctuary policy that limits cooperation with federal "
        "immigration authorities.\n\n"
        "Section 11. Any official of a local entity who knowingly votes for or enforces a policy in violation of "
        "section 6 shall be subject to removal from office.\n"
    )
    penalties = [p for p in find_provisions(text, assume_policy=True) if p.text.startswith("Section 11")]
    assert penalties and "cooperation_mandate" in penalties[0].category_codes
