"""Bills that name the sections they change by their own layouts: a Maryland bill's article blocks
("Article - X / Section N / Annotated Code of Maryland") and an Iowa bill's "Section N, Code YYYY, is
amended" lines (an added section's own heading is none)."""

import pytest

from entanglement.core.extract.citations import find_citations


def _cites(text: str) -> list[str]:
    return [c.normalized for c in find_citations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the block, one line each, with en dashes as printed
        (
            "BY adding to\nArticle \u2013 Public Safety\nSection 3\u2013207.2\nAnnotated Code of Maryland\n"
            "(2024 Replacement Volume)\n",
            ["Md. Code, Pub. Safety § 3-207.2"],
        ),
        # several sections, run on one line with commas
        (
            "BY repealing and reenacting, with amendments, Article - Correctional Services, "
            "Sections 9-101 and 9-104, Annotated Code of Maryland (2019 Replacement Volume)",
            ["Md. Code, Corr. Servs. § 9-101", "Md. Code, Corr. Servs. § 9-104"],
        ),
        # an article missing from the table keeps its printed name
        (
            "BY adding to\nArticle \u2013 Tax \u2013 Property\nSection 7\u2013311\nAnnotated Code of Maryland\n",
            ["Md. Code, Tax - Property § 7-311"],
        ),
        # prose
        (
            "Delegate Orla Fenwick cited Section 2-104 of the Local Government Article of the "
            "Annotated Code of Maryland.",
            ["Md. Code, Local Gov't § 2-104"],
        ),
        # negatives: an article with no section; a bill number beside the code's name
        ("BY adding to\nArticle \u2013 Criminal Law\nAnnotated Code of Maryland\n", []),
        ("Cross-filed with SB 312 and the Annotated Code of Maryland generally.", []),
    ],
)
def test_maryland_bill_blocks(text: str, expected: list[str]) -> None:
    assert _cites(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An Iowa bill.\nSec. 2. Section 356.12, Code 2019, is amended to read as follows:",
            ["Iowa Code § 356.12"],
        ),
        (
            "An Iowa bill.\nSec. 7. Section 28E.6, subsection 2, Code Supplement 2018, is amended.",
            ["Iowa Code § 28E.6"],
        ),
        (
            "An Iowa bill.\nSec. 9. Sections 356.14 and 356.15, Code 2019, are repealed.",
            ["Iowa Code § 356.14", "Iowa Code § 356.15"],
        ),
        # negatives: a new section's own heading; a chapter, not a section
        (
            "BE IT ENACTED BY THE GENERAL ASSEMBLY OF THE STATE OF IOWA:\n"
            "Section 1. NEW SECTION . 901.3 Definitions.\n1. Words.",
            [],
        ),
        # outside Iowa the bare section stays as cited
        ("A Vermont bill.\nSec. 3. Section 356.12, Code 2019, is amended.", ["§ 356.12"]),
        ("An Iowa bill.\nA moving violation under chapter 321, Code 2019, is excluded.", []),
        ("An Iowa bill, version 2.1, was read on May 3.", []),
    ],
)
def test_iowa_bill_sections(text: str, expected: list[str]) -> None:
    assert _cites(text) == expected
