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
        # the same mark without a section sign, after the Act's own section, after a state code
        (
            "Under section 287(g) of the INA, 8 U.S.C. 1357(g),6 the agency may act.",
            ["8 U.S.C. § 1357", "8 U.S.C. § 1357"],
        ),
        ("Under INA § 287(g),14 the agency may act.", ["8 U.S.C. § 1357"]),
        ("See Tex. Gov. Code § 752.053(a),9 which Omar Keene read.", ["Tex. Gov. Code § 752.053"]),
        # negatives: a list written with spaces, and short sections glued to one another
        ("See 8 U.S.C. §§ 1373, 6 of the title.", ["8 U.S.C. § 1373", "8 U.S.C. § 6"]),
        ("See 8 U.S.C. §§ 1373,1644 in the brief.", ["8 U.S.C. § 1373", "8 U.S.C. § 1644"]),
        ("See 8 U.S.C. §§ 12,13 in the brief.", ["8 U.S.C. § 12", "8 U.S.C. § 13"]),
    ],
)
def test_glued_comma_footnote_mark(text: str, expected: list[str]) -> None:
    assert _cited(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a mark after the sentence's period, closing a paragraph; the footnote cites the section
        (
            "The suit is brought under IC 5-2-18.2-9.4\n\nMore words here.\n\n4 The text of IC 5-2-18.2-9 reads in part.",
            ["IC 5-2-18.2-9", "IC 5-2-18.2-9"],
        ),
        # a mark glued to the last digit before the next sentence
        (
            "Cal. Gov. Code § 7284.64 The county acted. Cal. Gov. Code § 7284.6 bars it.\n\n4 See the record.",
            ["Cal. Gov. Code § 7284.6", "Cal. Gov. Code § 7284.6"],
        ),
        # a two-digit mark; a bracketed footnote number
        (
            "Cal. Gov. Code § 7284.6.12\n\n12 Cal. Gov. Code § 7284.6 is the core.",
            ["Cal. Gov. Code § 7284.6", "Cal. Gov. Code § 7284.6"],
        ),
        (
            "Cal. Gov. Code § 7284.64 The county acted. Cal. Gov. Code § 7284.6 bars it.\n\n[4] See the record.",
            ["Cal. Gov. Code § 7284.6", "Cal. Gov. Code § 7284.6"],
        ),
        # negatives: a numbered paragraph is no footnote; a period or a lower-case word after the
        # section; the shorter section cited nowhere; the footnote line before the citation
        (
            "Va. Code § 19.2-81.6\n\nVa. Code § 19.2-81 is another.\n\n6. The list item.",
            ["Va. Code § 19.2-81.6", "Va. Code § 19.2-81"],
        ),
        (
            "Va. Code § 19.2-81.6.\n\nVa. Code § 19.2-81 is another.\n\n6 A footnote.",
            ["Va. Code § 19.2-81.6", "Va. Code § 19.2-81"],
        ),
        (
            "Va. Code § 19.2-81.6 requires it. Va. Code § 19.2-81 too.\n\n6 A footnote.",
            ["Va. Code § 19.2-81.6", "Va. Code § 19.2-81"],
        ),
        ("Cal. Gov. Code § 7284.64 The county acted.\n\n4 See the record.", ["Cal. Gov. Code § 7284.64"]),
        (
            "4 See the record. Cal. Gov. Code § 7284.64 The county acted. Cal. Gov. Code § 7284.6 bars it.",
            ["Cal. Gov. Code § 7284.64", "Cal. Gov. Code § 7284.6"],
        ),
    ],
)
def test_flattened_footnote_mark_at_sentence_end(text: str, expected: list[str]) -> None:
    assert _cited(text) == expected
