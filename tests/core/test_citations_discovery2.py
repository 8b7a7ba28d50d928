"""Table: citation forms met on a second sweep of fresh statute pages, bills and opinions from many
states. Sentences written for these tests (invented people; real place names); negatives are texts the
rules must not fire on."""

from __future__ import annotations

import pytest

from entanglement.core.extract.citations import find_citations

S = "\u00a7"

_LONG = [f"12-{n}" for n in range(3401, 3461)]

CASES: list[tuple[str, str, list[str]]] = [
    # a bill's title may amend sixty sections in one list: the list is read to its end, past the
    # reach of the window its first word opened
    (
        "long-section-list",
        f"An Act amending sections {', '.join(_LONG[:-1])} and {_LONG[-1]}, Arizona Revised Statutes; "
        "relating to public benefits.",
        [f"Ariz. Rev. Stat. {S} {n}" for n in _LONG],
    ),
    # Florida writes the section sign as "s." and "ss." after a federal code's name too
    (
        "usc-florida-ss",
        "A detainer issued under 8 U.S.C. ss. 1226 and 1357 binds the Orange County jail.",
        [f"8 U.S.C. {S} 1226", f"8 U.S.C. {S} 1357"],
    ),
    (
        "usc-florida-s",
        "The sheriff must join the program under 8 U.S.C. s. 1357 by April.",
        [f"8 U.S.C. {S} 1357"],
    ),
    ("cfr-florida-s", "The form is described in 8 C.F.R. s. 287.7 and nowhere else.", [f"8 C.F.R. {S} 287.7"]),
    # a section named after a bill's number is the bill's own section, not the code's
    (
        "bill-number-section",
        "The act amends section 13-2319, Arizona Revised Statutes, as added by senate bill 1203, "
        "section 4, fifty-first legislature.",
        [f"Ariz. Rev. Stat. {S} 13-2319"],
    ),
    (
        "bill-abbreviation-section",
        "Nothing in Government Code Section 7282.5 or in S.B. 31, Section 2, of the 2019 session applies in Fresno.",
        [f"Cal. Gov. Code {S} 7282.5"],
    ),
    # Kansas numbers a section within its article after a comma ("12-16,140")
    ("kansas-comma-abbr", "Under K.S.A. 12-16,140, no city in Kansas may limit such talks.", ["K.S.A. 12-16,140"]),
    (
        "kansas-comma-named",
        "The term is defined in Kansas Statutes 12-16,133 and used in 12-1677d.",
        [f"Kan. Stat. {S} 12-16,133"],
    ),
    (
        "kansas-comma-list",
        "K.S.A. 12-16,140 and 12-16,141 bind Wichita.",
        ["K.S.A. 12-16,140", "K.S.A. 12-16,141"],
    ),
    # Wisconsin's bills cite their statutes "of the statutes", with no state's name
    (
        "wisconsin-of-the-statutes",
        "AN ACT to create 59.29 (4) and 79.041 (1m) of the statutes; relating to: county jails.",
        [f"Wis. Stat. {S} 59.29", f"Wis. Stat. {S} 79.041"],
    ),
    (
        "wisconsin-created-section",
        "The people of the state of Wisconsin do enact as follows: Section 1. 165.91 of the statutes is created.",
        [f"Wis. Stat. {S} 165.91"],
    ),
    (
        "wisconsin-assembly-bill-number",
        "2025 AB 310. Section 2. 66.0115 (2) of the statutes is amended to read:",
        [f"Wis. Stat. {S} 66.0115"],
    ),
    # a printed bill's line numbers at the ends of its lines do not split a citation from its code
    (
        "line-numbers-split-code-name",
        "A BILL\nTo amend sections 2.41, 315.08, and 343.12 of the 1\nRevised Code to let a board of 2\n"
        "county commissioners in Ohio direct its sheriff to hold 3\npersons for federal officers. 4\n",
        [f"Ohio Rev. Code {S} 2.41", f"Ohio Rev. Code {S} 315.08", f"Ohio Rev. Code {S} 343.12"],
    ),
    (
        "line-numbers-glued",
        "To enact section 9.655 of the 7\nRevised Code to require Ohio sheriffs to report.8\n"
        "BE IT ENACTED BY THE GENERAL ASSEMBLY OF THE STATE OF OHIO:\nSection 1. That section 9.655 of the 9\n"
        "Revised Code be enacted to read as follows:10\n",
        [f"Ohio Rev. Code {S} 9.655"],
    ),
    # numbers that do not count up line by line are no line numbers
    (
        "line-end-sections-not-a-run",
        "The sheriff in Toledo, Ohio, relies on section 9.63 of the Revised Code, rule 2\n"
        "of the board, chapter 7\nof the manual, page 12\nof the report and line 3\nof the form.\n",
        [f"Ohio Rev. Code {S} 9.63"],
    ),
    # a bare title-chapter-section number in a text naming one state that cites its code so
    (
        "utah-bare-section",
        "New Utah law: an officer may arrest a person who fails to disclose identity under Section 76-8-301.5.",
        [f"Utah Code {S} 76-8-301.5"],
    ),
    (
        "south-carolina-bare-section",
        "In South Carolina, Section 16-9-460 makes it a felony to harbor a person, said Dana Ruiz.",
        [f"S.C. Code {S} 16-9-460"],
    ),
    (
        "utah-bare-section-annotated",
        "State of Utah. This bill enacts provisions of the Utah Code Annotated 1953. An officer shall act as provided "
        "in Section 53-19-102.",
        [f"Utah Code Ann. {S} 53-19-102"],
    ),
    # a Utah bill's list of the sections it changes, one a line under its verb, line numbers before them
    (
        "utah-sections-affected",
        "STATE OF UTAH\n30 Utah Code Sections Affected:\n31 AMENDS:\n"
        "32      17-22-2, as last amended by Laws of Utah 2019, Chapter\n33 41\n"
        "34      63G-4-105 (Contingently Repealed), as enacted by Laws of Utah 2021, Chapter 12\n"
        "35 ENACTS:\n36      17-22-2.5, Utah Code Annotated 1953\n37 \n"
        "38 Be it enacted by the Legislature of the state of Utah:\n39 Section 1. Section 17-22-2 is amended to read:\n",
        [f"Utah Code Ann. {S} 17-22-2", f"Utah Code Ann. {S} 63G-4-105", f"Utah Code Ann. {S} 17-22-2.5"],
    ),
    # consecutive sections one a line are no line numbers
    (
        "sections-one-a-line",
        "Florida law:\nFla. Stat. \u00a7 908.101\nFla. Stat. \u00a7 908.102\nFla. Stat. \u00a7 908.103\n"
        "Fla. Stat. \u00a7 908.104\nUtah Code \u00a7 76-9-1001\nUtah Code \u00a7 76-9-1002\n"
        "Utah Code \u00a7 76-9-1003\nUtah Code \u00a7 76-9-1004\n",
        [f"Fla. Stat. {S} 908.10{n}" for n in range(1, 5)] + [f"Utah Code {S} 76-9-100{n}" for n in range(1, 5)],
    ),
]

NEGATIVES: list[tuple[str, str]] = [
    # the same numbers in a list with no named code above them
    ("sections-affected-no-code", "Sections Affected:\nAMENDS:\n 17-22-2, as last amended in 2019\n"),
    ("numbers-in-lines-no-header", "Ballot counts by precinct:\n17-22-2, recounted\n63-4-105 (late)\n"),
    # two states named: whose code a bare section belongs to cannot be told
    ("two-states-bare-section", "Utah and Idaho officers compared Section 76-8-301.5 notes in Boise."),
    # a policy manual's own numbered parts
    (
        "manual-own-parts",
        "Mobile County Sheriff's Office Policy Manual\n\nDeputies in Alabama follow Section 3-1-2 on transport.",
    ),
    # a state named only inside a code's name
    ("state-only-in-code-name", "The Code of Alabama was cited at the meeting. See section 41-9-1 too."),
    # a state that does not cite its code by a bare title-chapter-section
    ("other-state-bare-section", "In Oregon, Section 12-3-45 of the county rules was read aloud in Salem."),
    # another state's text, or a number that is no dotted section
    ("statutes-of-a-year", "Section 2 of Chapter 495 of the Statutes of 2017 applies in Fresno, California."),
    ("of-the-statutes-other-state", "Rule 1.05 of the statutes of Texas was cited by the Austin clerk."),
    # a comma and a space after an article's number start the next thing, not a section
    ("kansas-comma-space", "The tally in Topeka was 12-16, 140 votes to 9."),
    ("long-number-list-no-code", f"The Mesa tally sheets were {', '.join(_LONG)} in that order."),
    # "s." after the code's name only with a number right after it
    ("usc-s-word", "Under 8 U.S.C. s. The clerk in Tampa, Dana Ruiz, left."),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _i, t, e in CASES], ids=[i for i, _t, _e in CASES])
def test_discovery2_citations(text: str, expected: list[str]) -> None:
    assert sorted({c.normalized for c in find_citations(text)}) == sorted(expected)


@pytest.mark.parametrize("text", [t for _i, t in NEGATIVES], ids=[i for i, _t in NEGATIVES])
def test_discovery2_negatives(text: str) -> None:
    assert find_citations(text) == []
