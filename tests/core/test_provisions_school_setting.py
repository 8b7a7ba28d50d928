"""A school system's or college's own policy that bars cooperation with immigration enforcement, or
access for its agents, limits enforcement at its schools: each such rule is also a sensitive-location
rule. Texts written for these tests."""

from __future__ import annotations

from entanglement.core.extract.provisions import find_provisions


def codes(text: str) -> set[str]:
    return {c for p in find_provisions(text, assume_policy=True) for c in p.category_codes}


SCHOOL_POLICY = (
    "Maple Valley School District\n\nBoard Policy 5150: Students and Immigration Enforcement\n\n"
    "The Board is committed to the safety of every student at every school.\n\n"
    "1. District staff shall not assist federal immigration agents in enforcing civil immigration law.\n\n"
    "2. Staff shall keep student records confidential as the law requires.\n\n"
    "3. Principals shall tell students and families about this policy at the start of each school year.\n"
)
SCHOOL_STATUS_ONLY = (
    "Cedar Unified School District\n\nAdministrative Regulation 5145\n\n"
    "Students, parents and schools: district employees shall not ask any student about his or her "
    "immigration status. Each school shall post this regulation. Students may ask the school "
    "counselor for help.\n"
)
CITY_ORDINANCE = (
    "ORDINANCE NO. 44\n\nAN ORDINANCE of the City of Lakeview on immigration enforcement.\n\n"
    "Section 1. No city funds or personnel shall be used to enforce federal civil immigration law.\n\n"
    "Section 2. This ordinance applies to every city department, including the recreation center that "
    "serves students.\n"
)


def test_school_policy_bar_is_a_sensitive_location_rule() -> None:
    assert codes(SCHOOL_POLICY) >= {"resource_limits", "sensitive_locations"}


def test_school_policy_without_a_bar_on_cooperation_adds_nothing() -> None:
    assert "sensitive_locations" not in codes(SCHOOL_STATUS_ONLY)


def test_city_ordinance_is_no_school_instrument() -> None:
    assert codes(CITY_ORDINANCE) == {"resource_limits"}


def test_school_policy_named_by_its_staff() -> None:
    text = (
        "Policy on Visits by Law Enforcement\n\nI. Purpose\n\n"
        "This policy guides school personnel when officers visit. It protects every student.\n\n"
        "II. Rules\n\n"
        "School personnel shall not help immigration agents enforce civil immigration law against students "
        "or their families. Students keep their right to attend school. Teachers shall refer questions to "
        "the principal.\n"
    )
    assert "sensitive_locations" in codes(text)
