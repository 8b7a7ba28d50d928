"""Readings added from the third paraphrase table, each with texts that must not take them."""

from __future__ import annotations

import pytest

from entanglement.core.extract.provisions import find_provisions


def codes(text: str) -> set[str]:
    return {c for p in find_provisions(f"Section 2. {text}\n", assume_policy=True) for c in p.category_codes}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a refusal stays a refusal under a condition
        ("Hold requests from ICE shall be refused unless a magistrate has signed a warrant.", {"detainer_limits"}),
        ("Detainers shall not be declined by any deputy.", {"cooperation_mandate"}),
        # notification requests refused, and the form that asks for them
        ("The Warden shall refuse all notification requests from immigration agents.", {"notification_limits"}),
        ("Requests for advance notification from ICE are declined.", {"notification_limits"}),
        ("Form I-247A requests shall be declined.", {"detainer_limits"}),
        # punished refusals are duties to honor
        (
            "A deputy who declines to honor an immigration detainer shall be subject to suspension.",
            {"cooperation_mandate"},
        ),
        ("No grant shall be paid to a county that refuses to comply with ICE detainers.", {"cooperation_mandate"}),
        ("The Sheriff shall refuse to comply with ICE detainers.", {"detainer_limits"}),
        # the agreement with ICE ended, by name only
        (
            "The memorandum of understanding between the Sheriff and Immigration and Customs Enforcement is hereby rescinded.",
            {"no_287g"},
        ),
        ("The jail services contract with the State is hereby terminated.", set()),
        # program models and delegated powers
        ("The Sheriff shall not join the Warrant Service Officer program.", {"no_287g"}),
        (
            "No town shall accept a delegation of the powers of immigration officers to its police.",
            {"no_287g"},
        ),
        ("No deputy shall be deputized to act as an immigration officer.", {"no_287g"}),
        ("No deputy shall act as an immigration officer.", {"resource_limits"}),
        # places as the subject, and an institution's own access rules
        ("Public schools and clinics shall remain free from immigration enforcement.", {"sensitive_locations"}),
        (
            "Every hospital shall adopt protocols limiting entry by immigration agents to patient care areas.",
            {"sensitive_locations"},
        ),
        ("Every hospital shall adopt protocols for the storage of medicine.", set()),
        # reports and copies
        (
            "The Sheriff shall decline every ICE detainer and shall report each request to the Board of Supervisors.",
            {"detainer_limits", "transparency"},
        ),
        (
            "Officers shall fill out a contact form whenever they are approached by ICE agents.",
            {"transparency"},
        ),
        # proof of presence demanded
        (
            "No officer shall demand of a driver he has stopped any papers showing lawful presence in the country.",
            {"status_inquiry_limits"},
        ),
        # another government's law, stated as background; this text's own duties stay read
        ("Under Arizona law, police must determine the immigration status of people they arrest.", set()),
        ("Under this Act, sheriffs shall honor immigration detainers.", {"cooperation_mandate"}),
        # databases are not the jail
        (
            "Federal immigration agents shall not be given access to the jail management system.",
            {"personal_info_sharing_limits"},
        ),
        ("No staff or equipment shall be made available for civil immigration enforcement.", {"resource_limits"}),
        ("No county funds shall pay for immigration enforcement.", {"resource_limits"}),
    ],
)
def test_reading(text: str, expected: set[str]) -> None:
    assert codes(text) == expected
