"""Sections a bill adds to its code, in the adding clauses South Carolina's and Virginia's bills use
("... of the S.C. Code is amended by adding:", "by adding in Chapter 5 of Title 19.2 a section numbered
19.2-60.4 as follows:"), headed "Section 23-9-210." or "§ 19.2-60.4."."""

import pytest

from entanglement.core.extract.citations import find_citations

S = "\u00a7"


def _cites(text: str) -> list[str]:
    return [c.normalized for c in find_citations(text)]


_SC_HEAD = "Be it enacted by the General Assembly of the State of South Carolina:\n\n"
_VA_HEAD = "Be it enacted by the General Assembly of Virginia:\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # South Carolina: an article's sections after a bare colon, one headed by its definitions' lead-in
        (
            _SC_HEAD + "SECTION 1. Chapter 9, Title 23 of the S.C. Code is amended by adding:\n\nArticle 3\nHay Bales\n\n"
            "Section 23-9-210. As used in this article:\n(1) \"Bale\" means a bundle of hay.\n\n"
            "Section 23-9-220. (A) A person who steals a bale commits an offense.\n\n"
            "SECTION 2. This act takes effect upon approval by the Governor.\n",
            [f"S.C. Code {S} 23-9-210", f"S.C. Code {S} 23-9-220"],
        ),
        # the same with the code's full name
        (
            _SC_HEAD + "SECTION 1. Article 3, Chapter 9, Title 23 of the South Carolina Code of Laws is amended by adding:\n\n"
            "Section 23-9-230. Penalties.\nA person who violates this article must be fined.\n",
            [f"S.C. Code {S} 23-9-230"],
        ),
        # Virginia: the adding clause numbers the section, its heading follows
        (
            _VA_HEAD + "1. That the Code of Virginia is amended by adding in Chapter 5 of Title 19.2 a section numbered "
            "19.2-60.4 as follows:\n\n"
            f"{S} 19.2-60.4. Officer to record name; bail.\n\nA. Whenever a person is arrested, the officer shall "
            f"record the name. The magistrate may refuse bail in accordance with {S} 19.2-120.\n",
            [f"Va. Code {S} 19.2-60.4", f"Va. Code {S} 19.2-120"],
        ),
        # two sections numbered in one clause, one of them with Virginia's colon
        (
            _VA_HEAD + "1. That the Code of Virginia is amended by adding sections numbered 15.2-1726.1 and "
            "15.2-1726:2 as follows:\n\n"
            f"{S} 15.2-1726.1. Joint patrols.\nA. Localities may agree to patrol jointly.\n\n"
            f"{S} 15.2-1726:2. Reports.\nB. Each locality shall report yearly.\n",
            [f"Va. Code {S} 15.2-1726.1", f"Va. Code {S} 15.2-1726:2"],
        ),
        # a new section added "to read as follows"
        (
            "SECTION 1. Title 40, Chapter 7, Part 1, Tennessee Code Annotated, is amended by adding the following "
            "as a new section to read as follows:\n\n40-7-131. Identification of arrestees.\n(a) An officer shall "
            "record the name.\n",
            [f"Tenn. Code Ann. {S} 40-7-131"],
        ),
        # negative: numbered lines after a bare colon with no code being amended
        (
            "The committee is amended by adding:\n\n2.5. Members from each ward.\n3.1. A chair chosen yearly.\n",
            [],
        ),
        # negative: a heading after the next bill section belongs to no adding clause
        (
            _SC_HEAD + "SECTION 1. Chapter 9, Title 23 of the S.C. Code is amended by adding:\n\n"
            "Section 23-9-210. As used in this article:\n(1) \"Bale\" means a bundle of hay.\n\n"
            "SECTION 2. This act takes effect upon approval.\n\n4.2. Schedule of fees follows.\n",
            [f"S.C. Code {S} 23-9-210"],
        ),
    ],
)
def test_sections_a_bill_adds(text: str, expected: list[str]) -> None:
    assert _cites(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a statute page's bare cross-reference to a section Virginia inserted with a colon
        (
            "Virginia Code 19.2-40.5\nA. No officer shall inquire into the status of a crime victim.\n"
            f"B. Nothing in this section shall affect {S} 18.2-59 or subdivision C 2 of {S} 18.2-308.2:2.\n",
            [f"Va. Code {S} 19.2-40.5", f"Va. Code {S} 18.2-59", f"Va. Code {S} 18.2-308.2:2"],
        ),
        # the same shape beside a section cited with its code's name
        (
            f"The state codes {S}19.2-83.2:1 and {S}53.1-218 apply beside Code of Virginia {S}53.1-220.2 in every county.",
            [f"Va. Code {S} 19.2-83.2:1", f"Va. Code {S} 53.1-218", f"Va. Code {S} 53.1-220.2"],
        ),
        # negative: a number with two colons is no inserted section
        (
            f"Virginia Code 19.2-40.5\nA. No officer shall inquire into the status of a victim. "
            f"Nothing here affects {S} 18.2-308.2:2:1.\n",
            [f"Va. Code {S} 19.2-40.5"],
        ),
        # negative: a page of a dotted code does not claim a Virginia-shaped number
        (
            "ORS 181A.820\n(1) A law enforcement agency may not use public moneys to detect persons.\n"
            f"(2) Nothing here affects {S} 18.2-308.2:2.\n",
            ["ORS 181A.820"],
        ),
    ],
)
def test_colon_inserted_sections_share_their_neighbours_code(text: str, expected: list[str]) -> None:
    assert _cites(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title number printed before a titled code's spelled abbreviation is part of the citation
        ("The levy is codified at 25 Okla. Stat. § 1313 since spring.", [f"25 Okla. Stat. {S} 1313"]),
        # a publisher's bracketed locator after it changes nothing
        (f"It is codified at 25 Okla. Stat. Ann. {S} 1313[ 25-1313] now.", [f"25 Okla. Stat. Ann. {S} 1313"]),
        ("Mr. Quorle was charged under 11 Del. Code § 2101 in May.", [f"11 Del. Code {S} 2101"]),
        ("See 20 Vt. Stat. Ann. § 2366 on the model policy.", [f"20 Vt. Stat. Ann. {S} 2366"]),
        ("See 17 Me. Rev. Stat. § 1001 on the duty.", [f"17 Me. Rev. Stat. {S} 1001"]),
        # negative: a year before the name is no title
        ("In 2019 Okla. Stat. § 1313 took effect.", [f"Okla. Stat. {S} 1313"]),
        # negative: the Bluebook form keeps its own title
        ("See Okla. Stat. tit. 74, § 20j.", [f"Okla. Stat. tit. 74, {S} 20j"]),
    ],
)
def test_title_number_before_a_titled_code(text: str, expected: list[str]) -> None:
    assert _cites(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a label glued to the last number of a Westlaw, Lexis or reporter cite
        ("Citations: 2012 WL 4417305Docket: Civil Action No. 2:12-cv-90", ["2012 WL 4417305"]),
        ("Cited as 2012 U.S. Dist. LEXIS 58811Docket: No. 5", ["2012 U.S. Dist. LEXIS 58811"]),
        ("Reported at 801 F. Supp. 2d 1288Summary of the ruling follows.", ["801 F. Supp. 2d 1288"]),
        # with a space, as before
        ("Citations: 2012 WL 4417305 Docket: Civil Action", ["2012 WL 4417305"]),
        # negative: a section's lower-case letter suffix stays part of its number
        ("The court read 8 U.S.C. § 1229a closely.", [f"8 U.S.C. {S} 1229a"]),
        # negative: a glued word after a number that is no citation
        ("Suite 45 at 12 Harbor Road 12Main Street opened.", []),
    ],
)
def test_word_glued_to_a_case_cite(text: str, expected: list[str]) -> None:
    assert _cites(text) == expected
