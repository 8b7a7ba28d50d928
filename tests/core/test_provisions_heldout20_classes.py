"""Provision readings for classes a blind set showed: a statute page numbered title-chapter-section
with lettered clauses, a disclosure bar whose lead-in lists the items far from its verb, a hearing's
date and time (no staff time), and 287(g) agreements reserved to one officer. Texts written for these
tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.provisions import find_provisions, is_policy_text

STATUTE_PAGE = (
    "Code - Pine State - Title 12 - Chapter 12-04\n\n"
    "12-04-31. Sanctuary policies prohibited.\n\n"
    "1. A county or city may not adopt a sanctuary policy, including a policy that:\n\n"
    "a. Limits an officer from sharing the immigration status of a person with federal officials;\n\n"
    "b. Restricts the transfer of an inmate to federal immigration custody; or\n\n"
    "c. Prevents an officer from asking a person in custody about citizenship.\n"
)

STORY = (
    "County leaders met Tuesday.\n\nThe board heard from residents about three topics:\n\n"
    "a. Roads in the north end.\n\nb. The library budget.\n\nc. Parks.\n\nThe meeting ended at nine."
)


def codes(text: str) -> set[str]:
    return {c for p in find_provisions(text) for c in p.category_codes}


def test_statute_page_numbered_by_title_chapter_section_is_policy() -> None:
    assert is_policy_text(STATUTE_PAGE)
    assert codes(STATUTE_PAGE) == {"cooperation_mandate"}


def test_lettered_list_in_a_story_is_no_policy() -> None:
    assert not is_policy_text(STORY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sec. 4. (1) Except as federal law requires, an agency may not disclose, for the purpose of the "
            "enforcement of federal immigration laws, the following information about any person, past or present:\n\n"
            "(a) The person's address;\n\n(b) The date, time or place of the person's court hearings; or\n\n"
            "(c) The person's telephone number.\n",
            {"personal_info_sharing_limits"},
        ),
        (
            "Sec. 2. Only the Governor is authorized to enter into an agreement with federal officials pursuant to "
            "8 U.S.C. 1357(g).\n",
            {"no_287g"},
        ),
        (
            "Sec. 2. The Sheriff is authorized to enter into an agreement pursuant to 8 U.S.C. 1357(g).\n",
            set(),
        ),
    ],
)
def test_reading(text: str, expected: set[str]) -> None:
    assert {c for p in find_provisions(text, assume_policy=True) for c in p.category_codes} == expected
