"""Policy texts the genre test must see and rules the coder must read: official summaries of a
measure's rules, bare duties listed under a lead-in, a negation carried over by "nor shall", a bar
stated as "no one is authorized to", an abbreviated agency name inside a rule, and a person's right
to decline an interview. Texts written for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.provisions import find_provisions, is_policy_text


def _categories(text: str, *, assume_policy: bool | None = None) -> set[str]:
    return {c.category for p in find_provisions(text, assume_policy=assume_policy) for c in p.categories}


BILL_SUMMARY = (
    "Limits on Jail Holds\n\n2023 Regular Session\n\nBill Summary\n\n"
    "The act prohibits a county jail from keeping a person in custody solely on the basis of a civil "
    "immigration detainer.\n\n"
    "The act prohibits a parole officer from giving a person's home address to federal immigration "
    "authorities.\n\n"
    "The act takes effect on passage.\n"
)

BARE_DUTIES = (
    "What the new rules mean\n\n"
    "Under the statewide guidelines, officers of the Harbor Police:\n\n"
    "Cannot ask a victim or a witness about immigration status.\n"
    "Cannot arrest anyone solely because of suspected immigration status.\n"
    "Cannot give federal immigration agents access to department databases or office space.\n"
)

NEWS_STORY = (
    "RIVERTON — The city council voted 5-2 on Tuesday to keep its current jail rules.\n\n"
    "The ordinance prohibits jail staff from honoring detainers without a warrant, said council member "
    "Dana Quill, who sponsored it.\n\n"
    "The ordinance also bars officers from asking about status, Quill said in an interview.\n\n"
    '"We listened to residents," Quill said.\n'
)


def test_an_official_summary_of_a_measure_reads_as_policy_and_codes_its_rules() -> None:
    assert is_policy_text(BILL_SUMMARY)
    found = _categories(BILL_SUMMARY)
    assert {"detainer_limits", "personal_info_sharing_limits"} <= found


def test_bare_duties_listed_under_a_lead_in_read_as_policy() -> None:
    assert is_policy_text(BARE_DUTIES)
    found = _categories(BARE_DUTIES)
    assert {"status_inquiry_limits", "resource_limits", "ice_access_limits"} <= found


def test_a_story_reporting_rules_with_attributions_stays_a_story() -> None:
    assert not is_policy_text(NEWS_STORY)


@pytest.mark.parametrize(
    "text,expected,absent",
    [
        # "nor shall" carries the negation to the second rule; neither reads as a duty to cooperate.
        (
            "Section 1. No inmate who would otherwise be released shall be held on a civil immigration "
            "detainer request, nor shall notice of his or her scheduled release be given to federal "
            "immigration authorities.",
            {"detainer_limits", "notification_limits"},
            {"cooperation_mandate"},
        ),
        (
            "Section 1. No inmate shall be held on an immigration detainer, nor may notice of an inmate's "
            "release be provided.",
            {"detainer_limits", "notification_limits"},
            {"cooperation_mandate"},
        ),
        # A bar stated as "no one is authorized to".
        (
            "Section 2. No federal, state or local agency is authorized to use any county-owned parking "
            "lot or garage as a staging area for the enforcement of civil immigration law.",
            {"resource_limits"},
            set(),
        ),
        # "U.S." inside a rule ends no sentence.
        (
            "Section 3. All county employees shall:\n\n(a) Decline to answer requests from U.S. "
            "Immigration and Customs Enforcement (ICE) or U.S. Customs and Border Protection (CBP) for "
            "non-public information about a resident unless a judicial warrant accompanies the request;",
            {"personal_info_sharing_limits"},
            {"cooperation_mandate"},
        ),
        # An advisement of rights before an immigration interview.
        (
            "Section 4. If a deputy arranges a video interview between federal immigration authorities and "
            "a person held in the county jail, the person must be told that:\n\nThe interview is requested "
            "by federal immigration authorities;\nA detainee has a right to decline any such interview;\n"
            "A lawyer may be present.",
            {"ice_access_limits"},
            set(),
        ),
    ],
)
def test_rules_read_through_inversions_abbreviations_and_advisements(
    text: str, expected: set[str], absent: set[str]
) -> None:
    found = _categories(text, assume_policy=True)
    assert expected <= found, found
    assert not (absent & found), found


def test_an_authorization_to_use_county_buildings_is_no_limit() -> None:
    text = "Section 5. The Sheriff is authorized to use county buildings for immigration enforcement training."
    assert "resource_limits" not in _categories(text, assume_policy=True)
