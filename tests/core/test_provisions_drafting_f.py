"""Drafting forms a sixth blind table showed: logs and reports to the governing body, consent before
an interview, directory information, nominal detention, agreements to perform immigration functions,
a motion denying a 287(g) renewal, a person's status disclosed, and a summary's imperative list.
Texts written for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.provisions import find_provisions


def codes(text: str) -> set[str]:
    return {c for p in find_provisions(f"Section 3. {text}\n", assume_policy=True) for c in p.category_codes}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The jail commander shall keep a log of each detainer and interview request from ICE and shall "
            "send the log to the County Council every quarter.",
            {"transparency"},
        ),
        (
            "The Chief shall report to the Board within 90 days, and yearly after that, on every occasion on "
            "which officers were contacted by immigration agents.",
            {"transparency"},
        ),
        ("Deputies must obtain the inmate's signed consent prior to any ICE interview.", {"ice_access_limits"}),
        (
            "Directory information about pupils shall not be released to anyone seeking it for immigration "
            "enforcement.",
            {"personal_info_sharing_limits"},
        ),
        (
            "An act prohibiting the detention of any person on the basis of an immigration detainer.",
            {"detainer_limits"},
        ),
        (
            "No agency of the state shall enter into contracts to carry out federal immigration enforcement "
            "duties.",
            {"no_287g", "resource_limits"},
        ),
        (
            "Motion to reject the request to extend the county's 287(g) agreement. Motion carried.",
            {"no_287g"},
        ),
        ("Clinic staff shall not reveal a patient's citizenship status.", {"status_sharing_limits"}),
        (
            "Staff shall not ask about immigration status, and shall not disclose such status to any federal "
            "agency.",
            {"status_inquiry_limits", "status_sharing_limits"},
        ),
        (
            "Summary: Prohibit jails from holding people on detainers; require each sheriff to publish a "
            "yearly report of detainer requests.",
            {"detainer_limits", "transparency"},
        ),
        # negatives: a log kept for the jail's own use names no report; a renewal approved is no bar (a
        # board's motion approving a 287(g) agreement joins it, as two of three blind tables code it)
        ("The jail keeps a visitor log at the front desk.", set()),
        ("Motion to approve the request to renew the 287(g) agreement. Motion carried.", {"cooperation_mandate"}),
        ("The form asks whether the applicant requires a translator.", set()),
    ],
)
def test_drafting_forms(text: str, expected: set[str]) -> None:
    assert codes(text) == expected


ARTICLE_AFTER_DEFINITIONS = (
    "As used in this article, the following terms shall have the meanings indicated:\n\n"
    "DETAINER\nA request by a federal immigration agency to hold a person after release.\n\n"
    "A. It is the policy of the Town of Elm Falls that the Town shall not act solely to help federal "
    "immigration enforcement.\n\n"
    "B. Town resources shall not be used:\n\n"
    "(1) To determine the immigration status of any person.\n\n"
    "(2) To hold a person on the basis of an immigration detainer.\n"
)
DEFINITIONS_ONLY = (
    "As used in this article, the following terms shall have the meanings indicated:\n\n"
    "A. \u201cDetainer\u201d means a request to hold a person, which an officer shall not confuse with a warrant.\n\n"
    "B. \u201cAgency\u201d includes every office that shall enforce town law.\n"
)


def test_lettered_rules_after_defined_terms_are_operative() -> None:
    found = {c for p in find_provisions(ARTICLE_AFTER_DEFINITIONS, assume_policy=True) for c in p.category_codes}
    assert {"resource_limits", "status_inquiry_limits", "detainer_limits"} <= found


def test_lettered_definitions_stay_definitions() -> None:
    assert {c for p in find_provisions(DEFINITIONS_ONLY, assume_policy=True) for c in p.category_codes} == set()
