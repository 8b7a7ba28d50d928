"""Footnote marks that lost their superscript and sit glued to a citation."""

import pytest

from entanglement.core.extract.citations import find_citations


def _cited(text: str) -> list[str]:
    return [c.normalized for c in find_citations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a mark glued after the comma that follows a subsection
        ("Under 8 U.S.C. § 1357(g),6 the agency may sign such pacts.", ["8 U.S.C. § 1357"]),
        # a two-digit mark after a bare section
        ("Dana Pruitt relied on 8 U.S.C. § 1373,12 which bars such limits.", ["8 U.S.C. § 1373"]),
        # the mark after the last section of a list
        (
            "See 8 U.S.C. §§ 1373, 1644,7 and the rules under them.",
            ["8 U.S.C. § 1373", "8 U.S.C. § 1644"],
        ),
        # a state code's dotted section
        ("Cal. Gov. Code § 7284.6,3 the statute Lena Ortiz cited", ["Cal. Gov. Code § 7284.6"]),
        # negatives: a list written with spaces, and short sections glued to one another
        ("See 8 U.S.C. §§ 1373, 6 of the title.", ["8 U.S.C. § 1373", "8 U.S.C. § 6"]),
        ("See 8 U.S.C. §§ 1373,1644 in the brief.", ["8 U.S.C. § 1373", "8 U.S.C. § 1644"]),
        ("See 8 U.S.C. §§ 12,13 in the brief.", ["8 U.S.C. § 12", "8 U.S.C. § 13"]),
    ],
)
def test_glued_comma_footnote_mark(text: str, expected: list[str]) -> None:
    assert _cited(text) == expected
