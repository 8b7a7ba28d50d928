"""Lists a citation finder must read to their end: several subsections in one pair of parentheses
("13-1509(F, H)"), "et seq." after a listed section, and a short form "id. \u00a7 N" naming a section of
the code cited just before it."""

import pytest

from entanglement.core.extract.citations import find_citations

S = "\u00a7"
D = "\u2013"


def _cites(text: str) -> list[str]:
    return [c.normalized for c in find_citations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # several subsections in one pair of parentheses, the list going on after them
        (
            f"The panel read A.R.S. {S}{S} 13-1509(F, H), 13-2928(C) together.",
            ["A.R.S. 13-1509", "A.R.S. 13-2928"],
        ),
        # the same with en dashes, as a reporter prints Arizona's sections
        (
            f"See A.R.S. {S}{S} 11{D}1051(B), 13{D}1509(F, H), 13{D}3883(A)(5).",
            ["A.R.S. 11-1051", "A.R.S. 13-1509", "A.R.S. 13-3883"],
        ),
        # no space after the comma, "and" before the last
        (
            f"Neb. Rev. Stat. {S}{S} 29-401(1,2) and 29-402 govern the stop.",
            [f"Neb. Rev. Stat. {S} 29-401", f"Neb. Rev. Stat. {S} 29-402"],
        ),
        # federal sections, a digit pair in the parentheses
        (
            f"Officers act under 8 U.S.C. {S}{S} 1357(a, g) and 1373.",
            [f"8 U.S.C. {S} 1357", f"8 U.S.C. {S} 1373"],
        ),
        # "et seq." after each section of a list
        (
            f"The duties are codified at C.R.S. {S}{S} 24-74-101, et seq., and 24-76.6-101, et seq. The Act took effect.",
            ["C.R.S. 24-74-101", "C.R.S. 24-76.6-101"],
        ),
        # without commas
        (
            f"Gov. Code {S}{S} 7282 et seq. and 7284 et seq. apply to the county.",
            [f"Cal. Gov. Code {S} 7282", f"Cal. Gov. Code {S} 7284"],
        ),
        # a single section with "et seq." ending its sentence
        (f"The rule is A.R.S. {S} 13-1509 et seq. The court agreed.", ["A.R.S. 13-1509"]),
        # negative: a capitalized word after "et seq." starts no section
        (f"See 8 U.S.C. {S} 1101 et seq. Section 4 of the ordinance follows.", [f"8 U.S.C. {S} 1101"]),
    ],
)
def test_list_forms(text: str, expected: list[str]) -> None:
    assert _cites(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "id." after a federal list: the same title
        (
            f"Congress penalizes unlawful entry, see 8 U.S.C. {S}{S} 1325, 1326, and removal, see id. {S} 1229a.",
            [f"8 U.S.C. {S} 1325", f"8 U.S.C. {S} 1326", f"8 U.S.C. {S} 1229a"],
        ),
        # capitalized, a list after it, a state code named before it
        (
            f"The county follows Cal. Gov. Code {S} 7284.6(a). Id. {S}{S} 7282.5, 7283 apply too.",
            [f"Cal. Gov. Code {S} 7284.6", f"Cal. Gov. Code {S} 7282.5", f"Cal. Gov. Code {S} 7283"],
        ),
        # a code cited as its own abbreviation, a subsection after the short form
        (
            f"See A.R.S. {S} 13-1509. See also id. {S} 13-2928(C).",
            ["A.R.S. 13-1509", "A.R.S. 13-2928"],
        ),
        # negative: after a case, "Id." names the case, no code
        (
            f"Arizona v. United States, 567 U.S. 387 (2012). Id. {S} 5 is quoted by Judge Vale.",
            ["567 U.S. 387"],
        ),
        # negative: no citation before it
        (f"Id. {S} 12 was never adopted by the board.", []),
    ],
)
def test_id_short_form(text: str, expected: list[str]) -> None:
    assert _cites(text) == expected


_ORS_PAGE = "ORS 181A.820 Enforcement of federal immigration laws\n(1) No agency shall spend moneys on it.\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an editor's note on a statute page points to a section of the page's code by bare number
        (_ORS_PAGE + "Note: See note under 181A.810.", ["ORS 181A.820", "ORS 181A.810"]),
        (_ORS_PAGE + "See note following 181A.830.", ["ORS 181A.820", "ORS 181A.830"]),
        # negative: a number of another shape is no section of the page's code
        (_ORS_PAGE + "See note under 5-7.", ["ORS 181A.820"]),
        # negative: no statute page, no code to give the number
        ("The report has a note under 181.2 of the memo.", []),
    ],
)
def test_editors_note(text: str, expected: list[str]) -> None:
    assert _cites(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "287 g" without parentheses, before a word naming the program, in an immigration text
        ("Sheriff Pell will apply for 287 g authority with ICE over immigration.", [f"8 U.S.C. {S} 1357"]),
        ("Getting 287 g into more counties is the immigration goal.", [f"8 U.S.C. {S} 1357"]),
        ("The jail applied for 287-g status with ICE on immigration.", [f"8 U.S.C. {S} 1357"]),
        # negatives: a weight
        ("The bag held 287 g of flour for immigration day.", []),
        ("The sample weighed 287 g.", []),
    ],
)
def test_287_g_without_parentheses(text: str, expected: list[str]) -> None:
    assert _cites(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a space a text layer set inside a section's number before its decimal part
        (
            "Holds requested under Section 287 .7 of Title 8 of the Code of Federal Regulations are refused.",
            [f"8 C.F.R. {S} 287.7"],
        ),
        ("Notices under Section 236 .6 of Title 8 of the Code of Federal Regulations.", [f"8 C.F.R. {S} 236.6"]),
        # negative: a year and a fraction, no title number after them
        ("In 2019 .5 percent of Title holders moved away.", []),
    ],
)
def test_split_decimal(text: str, expected: list[str]) -> None:
    assert _cites(text) == expected
