"""find_citations on a federal title named before its section and code ("Title 8, Section 1373 of the
U.S. Immigration Code"), bill titles printed in capitals, a statute page's "Cite as" note, and the
kind of a state code's citation. Texts written for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.citations import find_citations

CASES: list[tuple[str, str, list[str]]] = [
    ("title-section-immigration-code",
     "The sheriff will honor Title 8, Section 1373 of the U.S. Immigration Code in every case.",
     ["8 U.S.C. § 1373"]),
    ("title-sections-united-states-code",
     "Deputies may share status under Title 8, Sections 1373 and 1644 of the United States Code.",
     ["8 U.S.C. § 1373", "8 U.S.C. § 1644"]),
    ("title-section-federal-code-any-section",
     "The agreement rests on Title 8, Section 1357 of the federal code and nothing else.",
     ["8 U.S.C. § 1357"]),
    # a well-known Title 8 section named with the federal immigration code, no title
    ("section-of-immigration-code", "No officer may refuse to follow Section 1373 of the U.S. Immigration Code.",
     ["8 U.S.C. § 1373"]),
    # a title of some other code is no federal title
    ("title-of-city-code", "Title 8, Section 12 of the City Code governs parking meters.", ["City Code § 12"]),
    ("capitals-bill-title",
     "AN ACT TO BRING FORWARD SECTION 71-11-1, MISSISSIPPI CODE OF 1972, WHICH BARS SANCTUARY POLICIES; "
     "AND FOR RELATED PURPOSES.", ["Miss. Code § 71-11-1"]),
    ("capitals-code-after-of",
     "AN ACT TO AMEND SECTION 7284.6 OF THE GOVERNMENT CODE, RELATING TO LAW ENFORCEMENT.\n"
     "The people of the State of California do enact as follows.", ["Cal. Gov. Code § 7284.6"]),
    # capitals the matchers already read are not read twice
    ("capitals-usc", "THE COUNTY WILL COMPLY WITH 8 U.S.C. § 1373 AND THE STATE CODE.", ["8 U.S.C. § 1373"]),
    # capitals without a code's name and a section are left alone
    ("capitals-no-code", "SECTION 2. THE COUNCIL FINDS THAT PUBLIC SAFETY DEPENDS ON TRUST.", []),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_cases(name: str, text: str, expected: list[str]) -> None:
    assert [c.normalized for c in find_citations(text)] == expected


def test_capitals_keep_the_original_mention_and_span() -> None:
    text = "AN ACT TO AMEND SECTION 25-1-119, MISSISSIPPI CODE OF 1972, ON DETAINERS."
    (c,) = find_citations(text)
    assert c.mention == "SECTION 25-1-119"
    assert text[c.span.start : c.span.end] == c.mention


def test_cite_as_note_names_the_page_own_section() -> None:
    page = (
        "(Cite as: 20 V.S.A. § 4652)\n\n"
        "§ 4652. Local policies on immigration\n\n"
        "(a) No agency shall limit compliance with 8 U.S.C. § 1373.\n"
    )
    assert [c.normalized for c in find_citations(page)] == ["8 U.S.C. § 1373"]


def test_cite_as_far_into_a_story_is_a_citation() -> None:
    story = "A long opening sentence about the council vote and the crowd that came. " * 8
    story += "The memo says: cite as: 20 V.S.A. § 4652 when writing to the state."
    assert [c.normalized for c in find_citations(story)] == ["20 V.S.A. § 4652"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Under Miss. Code Ann. § 71-11-1 the city may not act.", "state_code"),
        ("Under Fla. Stat. § 908.104 the county must act.", "state_code"),
        ("Under 18 Pa.C.S. § 9121 the record is public.", "state_code"),
        ("Under Or. Rev. Stat. § 181A.820 no agency may act.", "state_code"),
        ("Under N.Y.C. Admin. Code § 9-131 the city declines detainers.", "local_code"),
    ],
)
def test_state_code_kind(text: str, kind: str) -> None:
    (c,) = find_citations(text)
    assert c.kind == kind
