"""Provision readings for classes two blind sets showed (school, library and sheriff policies, a
resolution whose exceptions come first). Texts written for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.provisions import find_provisions


def codes(text: str, *, policy: bool = True) -> set[str]:
    return {c for p in find_provisions(text, assume_policy=policy) for c in p.category_codes}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "nor" carries a prohibition on; only after a limiting verb is it a construction's second verb
        (
            "Sec. 2. Deputies shall not ask people about their immigration status, nor call ICE from the field "
            "to check it.\n",
            {"status_inquiry_limits"},
        ),
        (
            "Sec. 2. Nothing in this section prohibits nor restricts any officer from sending information "
            "regarding immigration status to ICE, as 8 U.S.C. 1373 allows.\n",
            {"compliance_savings_clause"},
        ),
        # students', patients' and users' records
        (
            "Sec. 3. Student information shall not be disclosed to immigration authorities without a court order.\n",
            {"personal_info_sharing_limits"},
        ),
        (
            "Sec. 3. The library does not permit access to patron records by immigration agents without a judicial "
            "warrant.\n",
            {"personal_info_sharing_limits"},
        ),
        # a registry by a list of traits, and the resources used to build it
        (
            "Sec. 4. District data shall not be used to compile a list of pupils based on religion, national "
            "origin, or immigration status.\n",
            {"status_sharing_limits"},
        ),
        # notice to students and families, and each request documented
        (
            "Sec. 5. When an immigration officer asks for a student's records, staff shall provide the student "
            "and family with written notice of the request.\n",
            {"transparency"},
        ),
        ("Sec. 5. Staff shall document each request from ICE agents.\n", {"transparency"}),
        ("Sec. 5. Staff shall document each visit by a parent.\n", set()),
    ],
)
def test_reading(text: str, expected: set[str]) -> None:
    assert codes(text) == expected


def test_an_unnumbered_rule_after_its_list_of_exceptions_is_read() -> None:
    text = (
        "RESOLVED that the Commission makes the following recommendation:\n\n"
        "Except when:\n\n"
        "  1. Required by state or federal law, or\n"
        "  2. Assisting with the removal of persons convicted of violent felonies;\n\n"
        "County funds and staff shall not be used to assist the enforcement of federal immigration law.\n"
    )
    assert codes(text) == {"resource_limits"}


def test_numbered_exceptions_themselves_set_nothing() -> None:
    text = (
        "Sec. 1. County staff shall not assist ICE, except when:\n\n"
        "(a) Staff shall assist immigration agents when a judge orders it;\n\n"
        "(b) A federal law requires it.\n"
    )
    assert codes(text) == {"resource_limits"}


def test_a_printed_bill_with_numbered_lines_and_an_enacting_clause_is_policy() -> None:
    from entanglement.core.extract.provisions import is_policy_text

    text = (
        "H.B. 77\nGENERAL ASSEMBLY OF PINE STATE\n"
        "1 A BILL TO BE ENTITLED\n2 AN ACT TO REQUIRE SHERIFFS TO HONOR IMMIGRATION DETAINERS.\n"
        "3 The General Assembly of North Carolina enacts:\n"
        "4 SECTION 1. Each sheriff shall comply with any detainer issued by federal immigration officers.\n"
    )
    assert is_policy_text(text)
    assert codes(text, policy=False) == set()
    assert {c for p in find_provisions(text) for c in p.category_codes} == {"cooperation_mandate"}


def test_a_story_about_what_a_legislature_enacts_is_no_policy() -> None:
    from entanglement.core.extract.provisions import is_policy_text

    text = (
        "RALEIGH - Lawmakers said Tuesday that the General Assembly enacts few bills in short sessions, "
        "according to the clerk. \"We will see,\" said Rep. Ana Ruiz.\n"
    )
    assert not is_policy_text(text)
