"""find_citations on three bill and notice forms: a bill printed with its line numbers run into the
text that adds an article to a named code (each added section heading is a section of that code), a
Massachusetts bill amending a chapter of the General Laws at a section ("inserting after section 12"),
and a section number whose last digits are a placeholder ("ORS 181A.8##"), which names no section.
Texts written for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.citations import find_citations

CASES: list[tuple[str, str, list[str]]] = [
    (
        "inline-numbered-added-article",
        "1 Sec. 2. Title 11, chapter 7, Arizona Revised Statutes, is amended by 2 adding article 9, to read: "
        "3 ARTICLE 9. SHELTER RULES 4 11-1071. Duties of county shelters; reports 5 A. A county shall keep "
        "records of each stay.",
        ["Ariz. Rev. Stat. § 11-1071"],
    ),
    (
        "inline-numbered-two-headings",
        "7 Sec. 4. Title 22, chapter 3, Arizona Revised Statutes, is amended by adding article 2, to 8 read: "
        "9 ARTICLE 2. PARK PERMITS 10 22-331. Definitions 11 In this article, unless the context otherwise "
        "requires: 12 22-332. Permit fees; waiver 13 A. The board may waive a fee.",
        ["Ariz. Rev. Stat. § 22-331", "Ariz. Rev. Stat. § 22-332"],
    ),
    (
        "inline-numbered-stops-at-next-bill-section",
        "1 Sec. 2. Title 11, chapter 7, Arizona Revised Statutes, is amended by adding article 9, to read: "
        "2 ARTICLE 9. SHELTER RULES 3 11-1071. Duties of county shelters 4 A. A county shall keep records. "
        "5 Sec. 3. Effective date 6 4-1. This act is effective on the general effective date.",
        ["Ariz. Rev. Stat. § 11-1071"],
    ),
    (
        "lines-kept-added-article-unchanged",
        "Sec. 2. Title 11, chapter 7, Arizona Revised Statutes, is amended by adding article 9, to read:\n"
        "ARTICLE 9. SHELTER RULES\n11-1071. Duties of county shelters; reports\nA. A county shall keep records.\n",
        ["Ariz. Rev. Stat. § 11-1071"],
    ),
    (
        "inline-numbers-without-adding-clause",
        "1 The county keeps a list. 2 11-1071. Duties of county shelters are posted by Ms. Pell.",
        [],
    ),
    (
        "mass-inserting-after-section",
        "SECTION 1. Chapter 6 of the General Laws, as appearing in the 2020 Official Edition, is hereby "
        "amended by inserting after section 118 the following section:-",
        ["Mass. Gen. Laws ch. 6, § 118"],
    ),
    (
        "mass-striking-out-section",
        "SECTION 3. Chapter 126 of the General Laws is hereby amended by striking out section 4 and "
        "inserting in place thereof the following section:-",
        ["Mass. Gen. Laws ch. 126, § 4"],
    ),
    (
        "mass-said-chapter-further-amended",
        "SECTION 1. Chapter 126 of the General Laws is hereby amended by adding the following section:-\n"
        "SECTION 2. Said chapter 126 is hereby further amended by inserting after section 4A the following "
        "section:-",
        ["Mass. Gen. Laws ch. 126, § 4A"],
    ),
    (
        "mass-section-of-said-chapter",
        "SECTION 1. Chapter 41 of the General Laws is hereby amended by adding the following section:-\n"
        "SECTION 2. Section 98F of said chapter 41 is hereby amended by striking out the last sentence.",
        ["Mass. Gen. Laws ch. 41, § 98F"],
    ),
    (
        "mass-said-chapter-without-general-laws",
        "The mayor said chapter 3 of the plan is hereby amended in section 5 of its text.",
        [],
    ),
    ("placeholder-hashes", "Deputies follow ORS 181A.8## and ORS 181A.820 in every case.", ["ORS 181A.820"]),
    ("placeholder-xs", "See RCW 10.93.1xx for the rules, and RCW 10.93.160.", ["RCW 10.93.160"]),
    ("placeholder-capital-xs", "See RCW 10.93.1XX for the rules.", []),
    (
        "placeholder-underscores",
        "The rule in Cal. Gov. Code § 7284.__ applies; see also Cal. Gov. Code § 7284.6.",
        ["Cal. Gov. Code § 7284.6"],
    ),
    ("hash-list-number-is-not-placeholder", "Under ORS 181A.820, #3 applies to Mr. Quill.", ["ORS 181A.820"]),
    ("url-anchor-is-not-placeholder", "Ms. Dorn cited ORS 181A.820#section-2 online.", ["ORS 181A.820"]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_heldout35_classes(text: str, expected: list[str]) -> None:
    assert [c.normalized for c in find_citations(text)] == expected
