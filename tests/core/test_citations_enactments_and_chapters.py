"""find_citations on a District of Columbia law or act number (an enactment, not a code section), the
civil-rights statute cited bare after "under" ("a lawsuit under § 1983"), and an Iowa Code chapter
written as a section ("Iowa Code section 27A": Iowa numbers sections after a point), and a section left
bare where the text names its code at another mention. Texts written for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.citations import find_citations

CASES: list[tuple[str, str, list[str]]] = [
    ("dc-law-number", "The Council's amendment (D.C. Law 24-115) took effect in the spring.", []),
    ("dc-act-number", "The mayor signed the emergency measure, D.C. Act 24-301, on Friday.", []),
    ("dc-code-section", "The jail must follow D.C. Code § 24-211.07 when it receives a hold.", ["D.C. Code § 24-211.07"]),
    ("dc-code-beside-law-number", "D.C. Law 24-115 amended D.C. Code § 24-211.07.", ["D.C. Code § 24-211.07"]),
    ("state-named-law-stays", "The board relied on N.Y. Correct. Law § 500-c.", ["N.Y. Correct. Law § 500-c"]),
    ("suit-under-1983", "The farmworker filed a lawsuit under § 1983 against the sheriff.", ["42 U.S.C. § 1983"]),
    ("claims-under-section-1983", "Her claims were brought under Section 1983, the court said.", ["42 U.S.C. § 1983"]),
    ("1983-action-after", "It was a Section 1983 action for damages.", ["42 U.S.C. § 1983"]),
    ("1983-of-a-local-code", "Fees are set under section 1983 of the county fee schedule.", []),
    ("iowa-chapter-called-section", "The jail follows Iowa Code section 27A on detainers.", []),
    ("iowa-chapter-sign", "The county complies with Iowa Code § 825.", []),
    ("iowa-section-with-point", "The county complies with Iowa Code § 825.2 on detainers.", ["Iowa Code § 825.2"]),
    ("iowa-section-word-with-point", "Iowa Code section 27A.4 bars such policies.", ["Iowa Code § 27A.4"]),
    # a printed bill's line numbers part a list of sections from its code: the bare mention is that code's
    (
        "bare-section-of-named-code",
        "To repeal sections 41.120, 204.009, 281.530, and 571.675, RSMo, and to enact four new sections.\n"
        "1 Section A. Sections 41.120, 204.009, 281.530, and\n2 571.675, RSMo, are repealed and four new "
        "sections enacted in\n3 lieu thereof, to be known as sections 41.120, 204.009, 281.530,\n4 and 571.675.",
        ["Mo. Rev. Stat. § 41.120", "Mo. Rev. Stat. § 204.009", "Mo. Rev. Stat. § 281.530", "Mo. Rev. Stat. § 571.675"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_citations(text: str, expected: list[str]) -> None:
    assert sorted({c.normalized for c in find_citations(text)}) == sorted(expected)
