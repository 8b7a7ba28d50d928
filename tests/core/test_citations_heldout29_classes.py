"""A Bluebook range whose end keeps only its last part ("§§ 811.102–.103"), West Virginia's code by its
formal name ("the Code of West Virginia, 1931, as amended ... §15-15-1"), and a statute page headed
with its code's full name whose bare cross-references ("§15-16-1 of this code") are that code's."""

import pytest

from entanglement.core.extract.citations import find_citations

S = "\u00a7"


def _cites(text: str) -> list[str]:
    return [c.normalized for c in find_citations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an en-dashed range whose end shares the start's chapter
        (
            f"Ms. Varnell was charged under Fla. Stat. {S}{S} 811.102\u2013.103 last spring.",
            [f"Fla. Stat. {S} 811.102", f"Fla. Stat. {S} 811.103"],
        ),
        # the same with a hyphen, and with "through"
        (f"See Fla. Stat. {S}{S} 908.104-.106.", [f"Fla. Stat. {S} 908.104", f"Fla. Stat. {S} 908.106"]),
        (
            f"Fla. Stat. {S}{S} 908.101 through .109 govern the program.",
            [f"Fla. Stat. {S} 908.101", f"Fla. Stat. {S} 908.109"],
        ),
        # the full end stays as written
        (
            f"See Fla. Stat. {S}{S} 811.102\u2013811.103.",
            [f"Fla. Stat. {S} 811.102", f"Fla. Stat. {S} 811.103"],
        ),
        # negative: a sentence's closing period and a decimal after it are no range
        (f"The fee is set by Fla. Stat. {S} 28.24. .5 percent goes to the clerk.", [f"Fla. Stat. {S} 28.24"]),
    ],
)
def test_abbreviated_range_end(text: str, expected: list[str]) -> None:
    assert _cites(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bill adding an article, its sections listed after the code's formal name and edition year
        (
            "A BILL to amend the Code of West Virginia, 1931, as amended, by adding thereto a new article, "
            f"designated {S}15-15-1, {S}15-15-2, and {S}15-15-11, all relating to ferry permits.",
            [f"W. Va. Code {S} 15-15-1", f"W. Va. Code {S} 15-15-2", f"W. Va. Code {S} 15-15-11"],
        ),
        # the section amended named before the code
        (
            f"A BILL to amend and reenact {S}17-4-9 of the Code of West Virginia, 1931, as amended, "
            "relating to road signs.",
            [f"W. Va. Code {S} 17-4-9"],
        ),
        (f"Under Code of West Virginia {S} 15-16-3 the jail must comply.", [f"W. Va. Code {S} 15-16-3"]),
        # Virginia's code keeps its own name
        (f"Under the Code of Virginia, {S} 15.2-1609, the sheriff acts.", [f"Va. Code {S} 15.2-1609"]),
    ],
)
def test_code_of_west_virginia(text: str, expected: list[str]) -> None:
    assert _cites(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the heading labels the page; its cross-reference "of this code" is a section of the heading's code
        (
            f"West Virginia Code {S} 15-16-3\n\n(a) The jail shall comply.\n"
            f"(1) A detainer is sufficient as defined by {S}15-16-1 of this code.",
            [f"W. Va. Code {S} 15-16-1"],
        ),
        (
            f"Code of West Virginia {S} 15-16-3\n\n(a) The jail shall comply with section 15-16-2 of this code.",
            [f"W. Va. Code {S} 15-16-2"],
        ),
        (
            f"Colorado Revised Statutes {S} 24-76.6-101 (2024)\n24-76.6-101. Definitions\n"
            "As used in this part, see section 24-76.6-102.",
            [f"Colo. Rev. Stat. {S} 24-76.6-102"],
        ),
        # a bare heading names no code: its cross-references stay as cited
        (
            f"{S} 15-16-3. Detainers.\n\n(a) The jail shall comply, see {S}15-16-1 of this code.",
            [f"{S} 15-16-1"],
        ),
        # negatives: "of this code" with no section shape or no page around it
        ("The sheriff read section 5 of this code aloud.", []),
        ("Under section 4 of this chapter the clerk files it.", []),
    ],
)
def test_page_heading_code_for_this_code(text: str, expected: list[str]) -> None:
    assert _cites(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Utah Code page names no state; its history notes are Utah's
        (
            '12-3-101 Definitions.\nAs used in this part:\n(1) "Officer" has the same meaning as in '
            "Section 53-13-103.\n\nEnacted by Chapter 9, 2014 General Session",
            [f"Utah Code {S} 53-13-103"],
        ),
        (
            '12-3-101 Definitions.\n(1) "Officer" has the meaning in Section 53-13-103.\n'
            "Amended by Chapter 44, 2020 General Session",
            [f"Utah Code {S} 53-13-103"],
        ),
        # negatives: a session named without the note's form; a page naming another state
        (
            "The council met. See Section 53-13-103 of the plan.\nIt was approved at the 2020 General Session.",
            [],
        ),
        (
            '12-3-101 Definitions.\n(1) "Officer" has the meaning in Section 53-13-103.\n'
            "Amended by Chapter 44, 2020 General Session of the Arizona Legislature",
            [f"{S} 53-13-103"],
        ),
    ],
)
def test_utah_history_note(text: str, expected: list[str]) -> None:
    assert _cites(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare chapter.section beside one state code's named sections is that code's
        (
            f"An alien is defined in Fla. Stat. {S} 811.101(2) (referring to section 908.111).",
            [f"Fla. Stat. {S} 811.101", f"Fla. Stat. {S} 908.111"],
        ),
        (
            f"Deputy Hollins cited Fla. Stat. {S} 908.104; the county answered under section 790.33.",
            [f"Fla. Stat. {S} 908.104", f"Fla. Stat. {S} 790.33"],
        ),
        # negatives: two codes with such sections; none named at all
        (
            f"Tex. Gov't Code {S} 752.053 and Cal. Gov. Code {S} 7284.6 differ from section 908.111.",
            [f"Tex. Gov't Code {S} 752.053", f"Cal. Gov. Code {S} 7284.6", f"{S} 908.111"],
        ),
        ("Section 908.111 was enacted.", [f"{S} 908.111"]),
    ],
)
def test_bare_dotted_section_of_sole_code(text: str, expected: list[str]) -> None:
    assert _cites(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a code's name with its edition year after a comma, then the section
        (f"Under the Code of West Virginia, 1931, {S} 15-16-3 the jail must comply.", [f"W. Va. Code {S} 15-16-3"]),
        (f"Under the Code of Virginia, 1950, {S} 53.1-220.2 the jail must comply.", [f"Va. Code {S} 53.1-220.2"]),
        (f"Under West Virginia Code, 1931, {S} 15-16-3 the jail must comply.", [f"W. Va. Code {S} 15-16-3"]),
        # negative: a bare "Code" with a year names no code
        (f"In the Code, 1999, {S} 12 the town said so.", []),
    ],
)
def test_code_name_with_edition_year(text: str, expected: list[str]) -> None:
    assert _cites(text) == expected
