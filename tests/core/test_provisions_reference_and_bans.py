"""Three readings on texts written for these tests: a bar on enforcement named by reference ("such
enforcement"), a purpose clause of a two-word order title, and a ban on adopting limits whose list
of banned adopters runs past one clause (the banned policy's definition is not a limit the text sets).
"""

from __future__ import annotations

import pytest

from entanglement.core.extract.provisions import find_provisions, is_policy_text

INQ, STAT, RES = "status_inquiry_limits", "status_sharing_limits", "resource_limits"
COOP = "cooperation_mandate"


def codes_of(text: str) -> set[str]:
    return {c for p in find_provisions(text, assume_policy=True) for c in p.category_codes}


@pytest.mark.parametrize(
    "text",
    [
        "Enforcement of civil immigration law is a federal duty and this office should not engage in such enforcement.",
        "Enforcement of federal immigration laws rests with Congress, and deputies shall not participate in that enforcement.",
        "The enforcement of immigration law belongs to federal agents, so the Bureau will not be involved in such enforcement.",
    ],
)
def test_bar_on_enforcement_named_by_reference(text: str) -> None:
    assert RES in codes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Enforcement of civil immigration law is a federal duty and this office shall engage in such enforcement.",
        "Enforcement of civil immigration law is a federal duty, and deputies train for such enforcement.",
    ],
)
def test_reference_without_a_bar_codes_no_limit(text: str) -> None:
    assert RES not in codes_of(text)


@pytest.mark.parametrize(
    "title",
    ["General Order", "Executive Order", "Special Directive"],
)
def test_purpose_of_a_two_word_order_establishes_nothing(title: str) -> None:
    text = (
        f"PURPOSE\nThe purpose of this {title} is to set department procedures concerning immigration "
        "status and the disclosure of confidential information.\n\n"
        "Residents are encouraged to call the police regardless of their immigration status."
    )
    assert codes_of(text) == set()


def test_operative_confidentiality_rule_after_purpose_still_codes() -> None:
    text = (
        "The purpose of this General Order is to set procedures on immigration status.\n\n"
        "1. Information about a person's immigration status shall be kept confidential."
    )
    assert STAT in codes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "(1) No board of this state; city, town or other political subdivision; or any officer thereof "
        "shall adopt or maintain a rule, policy or practice that (a) limits the enforcement of federal "
        "immigration laws; (b) prohibits any person from communicating with federal officials to verify "
        "the immigration status of any person; or",
        "(2) No department * * * of the state; county or township; school district * * *; or employee "
        "thereof may enact a policy or practice that restricts employees from asking about or sharing "
        "any person's immigration status with immigration authorities.",
    ],
)
def test_defined_object_of_a_sanctuary_ban_is_not_a_limit(text: str) -> None:
    codes = codes_of(text)
    assert COOP in codes
    assert not codes & {INQ, STAT, RES}


def test_a_limit_under_a_no_subject_without_adoption_is_still_a_limit() -> None:
    text = "No officer of the county shall ask any person about his or her immigration status."
    assert codes_of(text) == {INQ}


@pytest.mark.parametrize(
    "text",
    [
        "Resolved: That it is the sense of the Town Board that no funds or staff of the Town should be "
        "used to assist federal agents with civil immigration enforcement.",
        "RESOLVED, that no personnel of the Village should be used to assist with the enforcement of "
        "federal civil immigration law.",
    ],
)
def test_resolving_clause_with_should_reads_as_policy_and_limits_resources(text: str) -> None:
    assert is_policy_text(text)
    codes = {c for p in find_provisions(text) for c in p.category_codes}
    assert RES in codes


def test_should_in_a_whereas_recital_codes_nothing() -> None:
    text = (
        "WHEREAS, residents believe no local funds should be used to assist with civil immigration "
        "enforcement; and\n\nRESOLVED, that the Council will hold a public hearing on the matter."
    )
    assert RES not in codes_of(text)


def test_a_story_mentioning_a_resolution_is_not_a_policy_text() -> None:
    text = (
        'The council voted 7-2 on Tuesday, a spokesperson said. "We are proud of this vote," Mayor Dana '
        "Ortiz told reporters after the meeting, adding that the resolution says city staff should not "
        "assist ICE."
    )
    assert not is_policy_text(text)
