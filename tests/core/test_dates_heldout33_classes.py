"""Document dates: a blog theme's post line, a bracketed dateline, a document library's entry line and a note
over a reproduced measure."""

from __future__ import annotations

import pytest

from entanglement.core.extract.dates import find_document_date

_BODY = "The council met again to weigh the proposal and heard from residents who spoke for and against it.\n"

CASES: list[tuple[str, str, str | None]] = [
    # a blog theme's post line: date, section and author
    (
        "post line: date, in section, by site",
        "Town weighs new rules\n\nOn March 4, 2019, in Local News, by The Pine Valley Ledger\n\n" + _BODY,
        "2019-03-04",
    ),
    (
        "post line: by author, in section",
        "Town weighs new rules\n\nOn March 4, 2019 by Jo Hartley in News\n\n" + _BODY,
        "2019-03-04",
    ),
    (
        "post line: slashes between the parts",
        "Town weighs new rules\n\nOn Monday, March 4, 2019 / by Jo Hartley / in Local\n\n" + _BODY,
        "2019-03-04",
    ),
    (
        "post line: by author alone",
        "Town weighs new rules\n\nOn Mar. 4, 2019, By Jo Hartley\n\n" + _BODY,
        "2019-03-04",
    ),
    (
        "a sentence opening with the date and a vote is no post line",
        "Town weighs new rules\n\nOn March 4, 2019, by a vote of 5-2, the board adopted the measure.\n\n"
        + _BODY,
        None,
    ),
    (
        "a sentence naming a place and then a speaker is no post line",
        "Town weighs new rules\n\nOn March 4, 2019, in Boston, Mayor Lee Carver said the rules would pass.\n\n"
        + _BODY,
        None,
    ),
    (
        "a date and section without an author is no post line",
        "Town weighs new rules\n\nOn March 4, 2019 in Local News\n\n" + _BODY,
        None,
    ),
    # a release's dateline with its date in brackets or dotted
    (
        "bracketed dotted dateline with a state",
        "FOR IMMEDIATE RELEASE\n\nGROUP DECRIES SUIT\n\nNewark, NJ [05.23.25] - The coalition said today "
        "that the suit was without merit.\n" + _BODY,
        "2025-05-23",
    ),
    (
        "bracketed slashed dateline in capitals",
        "GROUP DECRIES SUIT\n\nTRENTON [5/23/25] \u2013 The coalition said today that the suit was without merit.\n"
        + _BODY,
        "2025-05-23",
    ),
    (
        "parenthesized dotted dateline with a four-digit year",
        "GROUP DECRIES SUIT\n\nCamden, N.J. (05.23.2025) \u2014 The coalition said today that the suit failed.\n"
        + _BODY,
        "2025-05-23",
    ),
    (
        "bracketed numbers after a lower-case word are no dateline",
        "GROUP DECRIES SUIT\n\nsee [05.23.25] - The coalition said today that the suit was without merit.\n"
        + _BODY,
        None,
    ),
    (
        "bracketed section number without a dash is no dateline",
        "GROUP DECRIES SUIT\n\nNewark [05.23.25] of the code governs the matter.\n" + _BODY,
        None,
    ),
    (
        "mismatched brackets are no dateline",
        "GROUP DECRIES SUIT\n\nNewark, NJ [05.23.25) - The coalition said today that the suit was void.\n"
        + _BODY,
        None,
    ),
    # a document library's entry line
    (
        "library entry: short date and the library's document number",
        "Agency Memos\n\nCounty Jails Sign New Agreements\n\n1/17/18 Pine Bar Doc. No. 18011930.\n\n" + _BODY,
        "2018-01-17",
    ),
    (
        "library entry: four-digit year and a release number",
        "County Jails Sign New Agreements\n\n01/17/2018 Release No. 18-004\n\n" + _BODY,
        "2018-01-17",
    ),
    (
        "library entry: a document number",
        "County Jails Sign New Agreements\n\n1/17/18 Document Number 2018-0042\n\n" + _BODY,
        "2018-01-17",
    ),
    (
        "a short date before a sentence is no entry line",
        "County Jails Sign New Agreements\n\n1/17/18 The Pine Bar filed Doc. No. 42 in the case.\n\n" + _BODY,
        None,
    ),
    # a note over a reproduced measure
    (
        "note: body passed the following ordinance on a weekday and date",
        "Elmwood's Welcoming Ordinance\n\nElmwood City Council passed the following ordinance on Monday, "
        "Feb. 10, 2020.\n\nORDINANCE NO. 2020-3\n\n" + _BODY,
        "2020-02-10",
    ),
    (
        "note: on a date the body adopted the following resolution",
        "On March 4, 2019, the Board of Selectmen adopted the following resolution:\n\nRESOLUTION\n\n"
        + _BODY,
        "2019-03-04",
    ),
    (
        "note: the following resolution was approved on a date",
        "The following resolution was approved by the Town Meeting on March 4, 2019.\n\nRESOLUTION\n\n"
        + _BODY,
        "2019-03-04",
    ),
    (
        "the following without a passage verb gives no date",
        "The following ordinance will be heard by the council on March 4, 2019.\n\nORDINANCE\n\n" + _BODY,
        None,
    ),
    (
        "a passage of the following inside a longer paragraph gives no date",
        "Ordinance news\n\nThe council, after a long debate that ran late into the night, passed the following "
        "ordinance on March 4, 2019. Residents then spoke about parking and other matters.\n\n" + _BODY,
        None,
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_document_date(name: str, text: str, expected: str | None) -> None:
    found = find_document_date(text)
    assert (found.date if found else None) == expected, name
