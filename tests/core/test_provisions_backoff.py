"""The backoff reading: a prohibition whose clause names a category's act and its object in an
order no rule spells out.

Each positive is drafted so that no specific rule reads it (verbs and objects apart, unusual
verbs); each negative has the same words without a rule: a description ("does not"), a status that
is the basis of an act rather than its object, a verb of another clause, a permission. All texts
are written for these tests.
"""

from __future__ import annotations

import pytest

from entanglement.core.extract.provisions import find_provisions


def codes_of(sentence: str) -> set[str]:
    return {c for p in find_provisions(f"Section 2. {sentence}\n", assume_policy=True) for c in p.category_codes}


@pytest.mark.parametrize(
    ("code", "sentence"),
    [
        ("status_inquiry_limits", "No deputy shall probe into whether a motorist holds lawful presence under federal immigration law."),
        ("status_sharing_limits", "Citizenship data of program participants shall not be catalogued by the Housing Authority for immigration purposes."),
        ("detainer_limits", "The Department of Corrections shall not prolong any inmate's stay in response to an immigration detainer."),
        ("notification_limits", "Jail staff may not alert federal immigration agents to the hour at which an inmate will be released."),
        ("ice_access_limits", "Immigration agents shall not roam the housing units of the county jail."),
        ("personal_info_sharing_limits", "No agency may hand over biometric records to immigration authorities for civil enforcement."),
        ("resource_limits", "Town vehicles and equipment may not be lent for immigration raids."),
    ],
)
def test_backoff_reads_unordered_prohibitions(code: str, sentence: str) -> None:
    assert code in codes_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # A description of practice, not a rule.
        "The city does not operate its programs for the purpose of enforcing federal immigration laws.",
        # Status as the basis of an act, not what is asked.
        "No officer shall interrogate, arrest, detain, cite, search or take any other law enforcement action against an individual based upon that individual's perceived race, national origin, religion, language or immigration status.",
        # The verb belongs to an exception far from the object.
        "Except as determined by the Chief to be necessary for public safety in an emergency affecting many residents at once, officers shall not act against undocumented persons.",
        # A permission.
        "Officers may ask about a person's citizenship when a federal statute requires it.",
    ],
)
def test_backoff_leaves_descriptions_and_bases(sentence: str) -> None:
    found = codes_of(sentence)
    assert "status_inquiry_limits" not in found
    assert "status_sharing_limits" not in found
    assert found <= {"resource_limits"} or "does not" in sentence and not found
