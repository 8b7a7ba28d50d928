"""Rules the coder must read: a ban on disclosing status "except as required by ... 8 U.S.C. 1373"
both limits sharing and saves the federal exchange; a bar on arrests "based on the belief that the
person is not present legally"; enforcement that "shall never be initiated based solely on" status;
and a policy saying its officers have no authority to enforce civil immigration law. Texts written
for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.provisions import blank_line_numbers, find_provisions

SAVE = "compliance_savings_clause"
SHARE = "status_sharing_limits"
RESOURCE = "resource_limits"


def _categories(text: str) -> set[str]:
    return {c.category for p in find_provisions(text, assume_policy=True) for c in p.categories}


CASES = [
    (
        "exception-names-1373-after-a-list",
        "Sec. 4. No city employee shall disclose information about the immigration or citizenship status of "
        "any person except to the extent required by a federal, state or city law or rule, including for "
        "example 8 U.S.C. §1373 and 8 U.S.C. §1644.",
        {SHARE, SAVE},
    ),
    (
        "exception-close-to-1373",
        "Sec. 4. Employees shall not share a person's immigration status with any federal agency, unless "
        "8 U.S.C. 1373 requires it.",
        {SHARE, SAVE},
    ),
    (
        # a construction rule saves the exchange and limits nothing
        "construction-rule-only",
        "Sec. 9. Nothing in this chapter prohibits any employee from sending information about a person's "
        "immigration status to federal authorities, as 8 U.S.C. 1373 allows.",
        {SAVE},
    ),
    (
        # an exception that names no federal statute saves nothing
        "exception-without-1373",
        "Sec. 4. No city employee shall disclose the immigration status of any person except as a court "
        "order requires.",
        {SHARE},
    ),
    (
        "arrest-on-belief-not-present-legally",
        "1. No county officer shall stop, question, arrest or detain a person solely based on the belief "
        "that the person is not present legally in the United States.",
        {RESOURCE},
    ),
    (
        "arrest-on-belief-not-lawfully-present",
        "1. Deputies may not arrest anyone only because they suspect the person is not lawfully present.",
        {RESOURCE},
    ),
    (
        "enforcement-never-initiated-on-status",
        "2. Criminal investigations shall never be initiated based solely upon a person's citizenship or "
        "immigration status.",
        {RESOURCE},
    ),
    (
        # allowed, not barred: no category
        "investigation-may-be-initiated",
        "2. An investigation may be initiated when a crime is suspected, whatever the suspect's "
        "immigration status.",
        set(),
    ),
    (
        "no-statutory-authority",
        "1. Harbor officers have no statutory authority to enforce civil violations of federal immigration "
        "laws.",
        {RESOURCE},
    ),
    (
        "lack-authority",
        "1. Deputies lack the authority to enforce civil immigration law.",
        {RESOURCE},
    ),
    (
        # criminal enforcement is not the civil bar
        "authority-criminal-only",
        "1. Officers have the authority to enforce the criminal laws of this state against any person.",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_exceptions_and_bars(text: str, expected: set[str]) -> None:
    assert _categories(text) == expected


# A printed amendment as a text taken from it keeps it: line numbers between the words.
NUMBERED_AMENDMENT = (
    "House File 77 H-1204 Amend House File 77 as follows: 1 1. By striking everything after the enacting "
    "clause and 2 inserting: 3 < Section 1. NEW SECTION . 901.1 Definitions. 4 As used in this chapter, "
    "unless the context 5 otherwise requires: 6 1. \"Detainer request\" means a federal request to a 7 county "
    "jail to keep a person in custody after the person would 8 otherwise be released. 9 2. \"Local entity\" "
    "means the governing body of a city 10 or county and its officers and employees. 11 Sec. 2. NEW SECTION . "
    "901.2 Jail duties. 12 A county jail that holds a person who is the subject of a 13 detainer request from "
    "federal immigration authorities shall fully 14 comply with any instruction made in the detainer request."
)


def test_a_line_number_inside_a_rule_does_not_hide_it() -> None:
    # "shall 13 ask" reads as "shall ask" only once the number is gone
    head = NUMBERED_AMENDMENT.split("11 Sec. 2.")[0]
    text = head + (
        "11 Sec. 2. NEW SECTION . 901.2 Status. 12 No employee of a local entity shall 13 ask any person "
        "about the person's immigration 14 status."
    )
    assert {c.category for p in find_provisions(text) for c in p.categories} == {"status_inquiry_limits"}


def test_line_numbers_of_a_printed_bill_are_read_past() -> None:
    provisions = find_provisions(NUMBERED_AMENDMENT)
    found = [c for p in provisions for c in p.categories]
    assert {c.category for c in found} == {"cooperation_mandate"}
    # the passage is quoted from the text as given, numbers and all
    passage = next(c for c in found if c.category == "cooperation_mandate")
    assert passage.passage == passage.span.slice(NUMBERED_AMENDMENT)
    assert "shall fully 14 comply" in passage.passage


def test_blank_line_numbers_keeps_length_and_only_blanks_the_run() -> None:
    blanked = blank_line_numbers(NUMBERED_AMENDMENT)
    assert len(blanked) == len(NUMBERED_AMENDMENT)
    assert "shall fully    comply" in blanked
    changed = [a for a, b in zip(NUMBERED_AMENDMENT, blanked, strict=True) if a != b]
    assert changed and all(ch.isdigit() for ch in changed)
    # list numbers that belong to the text stay ("1. \"Detainer request\"", "Sec. 2.")
    assert '1. "Detainer request"' in blanked and "Sec. 2." in blanked


@pytest.mark.parametrize(
    "text",
    [
        "The council met on 3 May and voted 7 to 2. Members 4 and 5 abstained on item 6 of 8 items.",
        "Section 1. Jails shall not hold a person on a detainer. Section 2. This act takes effect July 1.\n",
        "Steps: 1 read the request 2 check for a judge's signature 3 call the supervisor",
    ],
)
def test_blank_line_numbers_leaves_ordinary_numbers(text: str) -> None:
    assert blank_line_numbers(text) == text
