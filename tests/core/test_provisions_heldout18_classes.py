"""Category classes first seen on a blind held-out set, as general rules with texts written here."""

from __future__ import annotations

from entanglement.core.extract.provisions import find_provisions


def codes_of(text: str) -> set[str]:
    return {c for p in find_provisions(text, assume_policy=True) for c in p.category_codes}


def test_definitions_run_into_the_enacting_clause_set_nothing() -> None:
    text = (
        "Section A. Section 12.345 is repealed and one new section enacted in lieu thereof, to read as follows: "
        '12.345. 1. As used in this section, the following terms mean: (1) "Sanctuary policy", any order that '
        "prohibits an officer from asking about a person's immigration status or from sharing that status with ICE.\n\n"
        "2. No municipality shall enact or adopt any sanctuary policy.\n"
    )
    assert codes_of(text) == {"cooperation_mandate"}


def test_a_bill_title_sets_nothing() -> None:
    text = (
        "TO AMEND CHAPTER 4 OF TITLE 9 BY ADDING A SECTION TO PROVIDE THAT IT IS UNLAWFUL FOR A PERSON UNLAWFULLY "
        "PRESENT TO SOLICIT WORK, AND TO PROVIDE PROCEDURES FOR VERIFYING IMMIGRATION STATUS.\n\n"
        "SECTION 1. A law enforcement officer who lawfully stops a person shall make a reasonable attempt to "
        "determine the immigration status of the person.\n"
    )
    assert codes_of(text) == {"cooperation_mandate"}


def test_verification_under_1373c_is_no_savings_clause() -> None:
    text = (
        "SECTION 2. (A) A law enforcement officer shall determine the immigration status of each person arrested. "
        "(B) The person's immigration status may be verified with U.S. Immigration and Customs Enforcement pursuant "
        "to 8 U.S.C. 1373(c).\n"
    )
    assert "compliance_savings_clause" not in codes_of(text)


def test_a_mandated_inquiry_into_birthplace() -> None:
    text = (
        "B. When an officer lawfully detains a person, the officer shall inquire, during the detention, as to whether "
        "the person was born in a country other than the United States.\n"
    )
    assert codes_of(text) == {"cooperation_mandate"}


def test_a_refusal_in_a_reporting_item_is_no_rule() -> None:
    text = (
        "(b) Each October 1, each county sheriff shall report to the attorney general on:\n\n"
        "(i) The status of any agreement entered into under 8 U.S.C. 1357(g);\n\n"
        "(ii) Whether the United States has declined to enter into an agreement with the county under 8 U.S.C. 1357(g).\n"
    )
    assert "no_287g" not in codes_of(text)


def test_a_refusal_that_rules_stays_a_limit() -> None:
    assert "detainer_limits" in codes_of("Section 4. The jail shall decline to hold any person on an immigration detainer.\n")
