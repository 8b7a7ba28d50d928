"""Drafting forms a ninth blind table showed. Texts written for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.provisions import find_provisions


def codes(text: str) -> set[str]:
    return {c for p in find_provisions(f"Section 3. {text}\n", assume_policy=True) for c in p.category_codes}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "unlawful" bans the limit it names
        (
            "It shall be unlawful for any county official to limit or restrict the sharing of information about "
            "a person's immigration status with the United States Department of Homeland Security.",
            {"cooperation_mandate"},
        ),
        # a motion approving a 287(g) agreement, however the minutes write it
        (
            "MOTION by Commissioner Vale, seconded by Commissioner Orr, to approve the Memorandum of Agreement "
            "with ICE under Section 287(g) and to authorize the Chair to sign it. Motion carried 3-2.",
            {"cooperation_mandate"},
        ),
        # agreements named after a second verb
        (
            "The Department shall not enter into, and shall end, any agreement under which its officers perform "
            "immigration enforcement functions.",
            {"no_287g"},
        ),
        # private areas of a clinic: the place rule and the access limit
        (
            "Clinic staff will not let immigration agents into exam rooms or other private areas without a "
            "judge's warrant.",
            {"ice_access_limits", "sensitive_locations"},
        ),
        # a log of every request, a patient's name and room, places barred as staging areas
        (
            "The jail commander shall send the Sheriff each month a log listing every ICE detainer and request "
            "received and the action taken.",
            {"transparency"},
        ),
        (
            "Staff shall not give immigration agents a patient's name or room number without a judicial warrant.",
            {"personal_info_sharing_limits"},
        ),
        (
            "Town parks and libraries shall not be made available to federal immigration agents as staging areas.",
            {"sensitive_locations"},
        ),
        # released on the usual terms; a duty to answer DHS's requests
        (
            "When a detainer arrives, the inmate shall be released at the time he or she would otherwise be released.",
            {"detainer_limits"},
        ),
        (
            "An ordinance requiring all county departments to comply with any lawful request from the Department "
            "of Homeland Security for information about a person in county custody.",
            {"cooperation_mandate"},
        ),
        # negatives
        ("Staff shall comply with any lawful request from the fire marshal.", set()),
        ("The inmate shall be released when the fine is paid.", set()),
    ],
)
def test_ninth_table_forms(text: str, expected: set[str]) -> None:
    assert codes(text) == expected


def test_a_story_of_a_lawsuit_listing_a_laws_sections_is_no_policy_text() -> None:
    from entanglement.core.extract.provisions import is_policy_text

    story = (
        "Ardena v. United States\n\n"
        "The administration brought this lawsuit to challenge several sections of the state's new law. The "
        "district court let most of it take effect, and the government appealed to the Eleventh Circuit.\n\n"
        "Section 4, which requires local police to check immigration status during a lawful stop.\n\n"
        "Section 9, which requires jails to verify the status of anyone arrested.\n"
    )
    assert not is_policy_text(story)
    statute = (
        "Section 4. Local police shall check immigration status during a lawful stop.\n\n"
        "Section 9. Jails shall verify the status of anyone arrested. An appeal lies to the circuit court.\n"
    )
    assert is_policy_text(statute)
