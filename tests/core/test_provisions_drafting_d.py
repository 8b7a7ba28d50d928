"""Readings added from the fourth paraphrase table, each with texts that must not take them."""

from __future__ import annotations

import pytest

from entanglement.core.extract.provisions import find_provisions


def codes(text: str) -> set[str]:
    return {c for p in find_provisions(f"Section 2. {text}\n", assume_policy=True) for c in p.category_codes}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Each warden shall report the number of hold requests received each year.", {"transparency"}),
        (
            "The Treasurer shall withhold state aid from any city found to have adopted a policy that restricts "
            "cooperation with federal immigration officials.",
            {"cooperation_mandate"},
        ),
        ("The Treasurer shall withhold state aid from any city that fails to file its audit.", set()),
        ("Jail staff will not delay the release of any inmate to allow ICE agents to arrive.", {"detainer_limits"}),
        ("Jail staff will not delay the release of any inmate who has posted bail.", set()),
        (
            "Staff shall not let immigration agents into the sleeping areas of any family shelter.",
            {"sensitive_locations"},
        ),
        (
            "Public libraries shall not permit immigration enforcement on their grounds.",
            {"sensitive_locations"},
        ),
        (
            "The Sheriff shall not give ICE notice of an inmate's discharge from a hospital ward.",
            {"notification_limits"},
        ),
        (
            "Employees shall not ask about, or create any record of, a person's immigration status.",
            {"status_sharing_limits", "status_inquiry_limits"},
        ),
        (
            "The Board of Supervisors directs the County Sheriff not to seek any agreement under Section 287(g).",
            {"no_287g"},
        ),
        (
            "Information about a client's immigration status will be disclosed to no one without written consent.",
            {"status_sharing_limits"},
        ),
        (
            "The County will not rent or otherwise make available jail beds for the civil detention of immigrants.",
            {"resource_limits"},
        ),
        ("The County will rent jail beds to the State for its own inmates.", set()),
        ("The County shall not participate in the 287(g) program.", {"no_287g"}),
        (
            "The Office shall issue a yearly report to the Council describing each instance in which staff gave "
            "assistance to ICE.",
            {"transparency"},
        ),
        (
            "Driver license records shall not be disclosed to ICE for civil immigration enforcement.",
            {"personal_info_sharing_limits"},
        ),
    ],
)
def test_reading(text: str, expected: set[str]) -> None:
    assert codes(text) == expected
