"""Drafting forms a twelfth blind table showed. Texts written for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.provisions import find_provisions


def codes(text: str) -> set[str]:
    return {c for p in find_provisions(f"Section 3. {text}\n", assume_policy=True) for c in p.category_codes}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # taking part in a 287(g) program, or refusing to
        ("The Sheriff's Office will take part in the 287(g) jail enforcement program.", {"cooperation_mandate"}),
        ("The Sheriff's Office will not take part in any 287(g) program.", {"no_287g"}),
        # a buffer around a protected place
        (
            "No immigration arrest shall be made by town officers within 500 feet of a school or a hospital.",
            {"sensitive_locations"},
        ),
        # "; however, no ... may" opens its own clause
        (
            "ICE agents may use the public lobby; however, no ICE agent may question a detainee without the detainee's "
            "written consent.",
            {"ice_access_limits"},
        ),
        # a passive "shall be told" is a rule, not a report of what someone told a board
        (
            "No ICE agent may interview a person in custody without consent, and the person's lawyer shall be "
            "told of every request.",
            {"ice_access_limits"},
        ),
        ("The county bars detainer holds, the sheriff told commissioners on Monday.", set()),
        # a duty to see that no one does it
        (
            "The Chief shall ensure that no officer arrests anyone for a civil violation of federal immigration law.",
            {"resource_limits"},
        ),
        ("The Warden shall ensure that jail staff honor every immigration detainer.", {"cooperation_mandate"}),
        # the status referred back to as "such information"
        (
            "No clerk shall ask about a person's citizenship or immigration status, and no clerk shall disclose "
            "any such information to another agency.",
            {"status_inquiry_limits", "status_sharing_limits"},
        ),
        (
            "Officers shall record each arrestee's immigration status and shall send such information to ICE.",
            {"cooperation_mandate"},
        ),
        # the 287(g) agreement named before its ending
        (
            "The Board directs the Sheriff to send the notice required by the 287(g) agreement to terminate the "
            "agreement at the end of the year.",
            {"no_287g"},
        ),
        ("Under the 287(g) agreement, either party is free to terminate the agreement at any time.", set()),
        # the release date as the subject
        (
            "Release dates and addresses of people in the jail may not be disclosed to federal immigration "
            "authorities without a judicial warrant.",
            {"notification_limits", "personal_info_sharing_limits"},
        ),
        # an "only ... unless" condition belongs to its own clause, not to the duty before it
        (
            "The Clerk shall keep a public record of every visit by an immigration officer to a town building, "
            "and no immigration officer shall be admitted to a non-public area unless a judicial warrant is shown.",
            {"transparency", "ice_access_limits"},
        ),
    ],
)
def test_codes(text: str, expected: set[str]) -> None:
    assert codes(text) == expected


def test_labeled_purpose_paragraph_sets_nothing_of_its_own() -> None:
    """A paragraph labeled "Purpose:" says why the instrument exists ("... a state law, which requires
    colleges to adopt procedures for giving access to non-public areas"): it mandates nothing; the
    operative paragraphs after it do."""
    text = (
        "Policy on Requests From Immigration Authorities\n\n"
        "Purpose: Pine Valley College adopts this policy under a state law, which requires public colleges to "
        "adopt procedures for releasing information and for giving federal immigration officers access to "
        "non-public areas of campus.\n\n"
        "1. No college employee shall disclose a student's immigration status to federal immigration officers.\n"
    )
    found = {c for p in find_provisions(text, assume_policy=True) for c in p.category_codes}
    assert found == {"status_sharing_limits"}
