"""A bill's title and digest read as its provisions when the text keeps nothing else that rules (a
bill page that breaks off before its sections), and the duty and ban forms of titles and digests:
"requiring X to", "would require X to", "requiring that X not prohibit", money kept from a local
government not certified as compliant. Texts written for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.provisions import find_provisions


def codes(text: str) -> set[str]:
    return {c for p in find_provisions(text, assume_policy=True) for c in p.category_codes}


TITLE_ONLY = (
    "STATE LEGISLATURE\n\n2031 REGULAR SESSION\n\nHouse Bill 901\n\n"
    "By Delegates Arden and Pike\n\n"
    "A BILL to amend the Code of the State by adding a new article, relating to requiring state agencies, "
    "county agencies and local police departments to cooperate with the enforcement of immigration laws; "
    "requiring that local entities not prohibit cooperation with federal agencies to enforce immigration "
    "laws; providing for definitions; and providing for severability.\n\n"
    "Be it enacted by the Legislature of the State:\n\n"
    "ARTICLE 9. IMMIGRATION ENFORCEMENT.\n\n"
    "§9-1-1. Definitions.\n"
)
TITLE_AND_SECTIONS = (
    "A BILL to amend the Code by adding a new article, relating to requiring local agencies to cooperate "
    "with the enforcement of immigration laws.\n\n"
    "Be it enacted by the Legislature of the State:\n\n"
    "Section 1. No county jail shall hold a person on an immigration detainer without a judicial warrant.\n"
)
LETTER_OPENING = (
    "Memorandum to the Governor\n\n"
    "At your request, I have listed changes to the state's immigration act that would require agencies to "
    "report to the Legislature each year.\n\n"
    "Section 1. Definitions are unchanged.\n"
)


def test_title_read_when_nothing_else_rules() -> None:
    assert codes(TITLE_ONLY) == {"cooperation_mandate"}


def test_title_not_read_beside_sections_that_rule() -> None:
    assert codes(TITLE_AND_SECTIONS) == {"detainer_limits"}


def test_no_title_in_a_letter_opening() -> None:
    assert codes(LETTER_OPENING) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "This bill would require county and city jails to honor immigration detainers issued by the "
            "Department of Homeland Security.\n",
            {"cooperation_mandate"},
        ),
        (
            "An act requiring that cities and counties not restrict the sharing of immigration status "
            "information with federal officials.\n",
            {"cooperation_mandate"},
        ),
        (
            "The State Treasurer shall not disburse state funds to a county that has not been certified as "
            "compliant with the immigration enforcement requirements of this chapter.\n",
            {"cooperation_mandate"},
        ),
        # a construction clause ("nothing requires") sets no duty
        (
            "Sec. 4. Nothing in this Act requires a local police department to detain a witness to a crime "
            "on an immigration detainer.\n",
            set(),
        ),
        # a bill that would bar honoring detainers limits them
        (
            "This bill would prohibit county jails from honoring immigration detainers.\n",
            {"detainer_limits"},
        ),
    ],
)
def test_digest_and_title_forms(text: str, expected: set[str]) -> None:
    assert codes(text) == expected


BILL_RECORD_PAGE = (
    "House Bill 77\n\nActions\nLast Action 03/02/31: to Committee on Judiciary (H)\n"
    "Title AN ACT relating to local immigration policies.\n"
    "Sponsors R. Vance, L. Ortiz\n"
    "Summary of Original Version Prohibit cities and counties from adopting sanctuary policies; require "
    "jails to honor immigration detainers.\n"
)
BILL_DIGEST_PAGE = (
    "Introduced Version\n\nSENATE BILL No. 12\n\nDIGEST OF INTRODUCED BILL\n\n"
    "Citations Affected: IC 5-2-99.\n\n"
    "Synopsis: Immigration. Provides that a county jail shall not hold a person on an immigration "
    "detainer without a judicial warrant.\n"
)
STORY_ABOUT_A_BILL = (
    "Lawmakers clash over jail bill\n\nThe sponsors said on Tuesday that the bill would make jails honor "
    "detainers. \"It is about safety,\" said Rep. Ana Vance. Critics told reporters it goes too far.\n\n"
    "Sponsors: the story was updated with comments from both parties.\n"
)


def test_bill_pages_read_as_policy() -> None:
    from entanglement.core.extract.provisions import is_policy_text

    assert is_policy_text(BILL_RECORD_PAGE)
    assert "cooperation_mandate" in {c for p in find_provisions(BILL_RECORD_PAGE) for c in p.category_codes}
    assert is_policy_text(BILL_DIGEST_PAGE)
    assert "detainer_limits" in {c for p in find_provisions(BILL_DIGEST_PAGE) for c in p.category_codes}


def test_story_about_a_bill_is_no_bill_page() -> None:
    from entanglement.core.extract.provisions import is_policy_text

    # one field-like line in a story is no bill page
    assert not is_policy_text(STORY_ABOUT_A_BILL)


CAMPUS_PROTOCOL = (
    "If federal immigration agents come to campus:\n\n"
    "1. Employees approached by agents should call Campus Safety.\n\n"
    "2. Neither Campus Safety officers nor staff shall:\n\n"
    "\u2022 Give home addresses or phone numbers of students to immigration agents without a judicial warrant.\n"
    "\u2022 Let immigration agents use college rooms for interviews.\n"
)
STORY_WITH_A_COLON = (
    "The college's president said on Monday that staff will not change course. Officials said the rules "
    "remain, and students told reporters what they expect the college will:\n- listen\n- explain\n"
)
RESOLUTION_AGAINST_THREATS = (
    "RESOLVED: That no matter the threats made against sanctuary cities, the City of Elm Falls will keep its "
    "values and will not turn its back on its immigrant residents.\n"
)


def test_modal_lead_in_over_a_list_reads_as_policy() -> None:
    from entanglement.core.extract.provisions import is_policy_text

    assert is_policy_text(CAMPUS_PROTOCOL)
    found = {c for p in find_provisions(CAMPUS_PROTOCOL) for c in p.category_codes}
    assert {"personal_info_sharing_limits", "ice_access_limits"} <= found
    assert not is_policy_text(STORY_WITH_A_COLON)


def test_threats_against_sanctuary_cities_are_no_ban() -> None:
    assert codes(RESOLUTION_AGAINST_THREATS) == set()


def test_policy_naming_itself_reads_as_policy() -> None:
    from entanglement.core.extract.provisions import is_policy_text

    text = (
        "Immigration Contact Policy\n\n"
        "This Immigration Authority Contact Policy is intended to comply with state law. Library employees "
        "may not disclose a patron's address to immigration agents without a judicial warrant.\n"
    )
    assert is_policy_text(text)
    # a story that mentions a policy by name is no policy text
    story = (
        "The library board met on Tuesday. This Contact Policy applies to staff, the director said, and "
        "patrons told reporters they were relieved.\n"
    )
    assert not is_policy_text(story)
