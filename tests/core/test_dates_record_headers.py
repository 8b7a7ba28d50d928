"""find_document_date on two legislative-record headers: a legislative-management system's record
export ("Status: PASSED ... Final action: 3/4/2019") and a records portal's title line opening the text
("57 - 3/4/2019 - AN ORDINANCE ..."). Texts written for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.dates import find_document_date

BODY = "\n\nWHEREAS, the town of Alder values the trust of all who live and work here; and\n"

CASES: list[tuple[str, str, str | None]] = [
    (
        "record-passed-final-action",
        "File #: 2019-0042 Version: 1 Name: A RESOLUTION ON LOCAL POLICING\n\n"
        "Type: RESOLUTION Status: PASSED\n\nFile created: 2/11/2019 In control: Town Council\n\n"
        "On agenda: 3/4/2019 Final action: 3/11/2019\n\nTitle: A RESOLUTION ON LOCAL POLICING" + BODY,
        "2019-03-11",
    ),
    (
        "record-adopted-lower-case-status",
        "Type: Ordinance  Status: Adopted\nFile created: 5/1/2020  In control: City Council\n"
        "On agenda: 5/12/2020  Final action: 5/19/2020\n" + BODY,
        "2020-05-19",
    ),
    (
        "record-file-created-alone",
        "File #: 20-17 Version: 1\n\nType: ORDINANCE\n\nFile created: 1/30/2020 In control: Council" + BODY,
        None,
    ),
    (
        "record-failed-final-action",
        "Type: RESOLUTION Status: FAILED\n\nFile created: 1/6/2021 In control: Board of Trustees\n\n"
        "On agenda: 2/1/2021 Final action: 2/1/2021" + BODY,
        None,
    ),
    (
        "record-withdrawn-final-action",
        "Type: Ordinance Status: Withdrawn\nFile created: 4/2/2018\nOn agenda: 4/9/2018 Final action: 4/16/2018"
        + BODY,
        None,
    ),
    (
        "record-passed-without-final-action-date",
        "Type: RESOLUTION Status: PASSED\n\nFile created: 1/30/2025 In control: Council\n\n"
        "On agenda: 2/3/2025 Final action:\n\nTitle: A RESOLUTION" + BODY,
        None,
    ),
    (
        "portal-title-line",
        "57 - 3/4/2019 - AN ORDINANCE ADDING A NEW ARTICLE ON CITY SERVICES ORDINANCE NO. 57, 2019\n\n"
        "OF THE COUNCIL OF THE CITY OF ALDER" + BODY,
        "2019-03-04",
    ),
    (
        "portal-title-line-resolution-number-with-year",
        "2021-08 - 11/15/2021 - A RESOLUTION AFFIRMING THE TOWN'S WELCOME TO ALL RESIDENTS" + BODY,
        "2021-11-15",
    ),
    ("portal-title-without-year", "12 - 3/4 - AN ORDINANCE ON CITY SERVICES" + BODY, None),
    (
        "portal-title-sentence-case",
        "57 - 3/4/2019 - Minutes of the council's work session on the budget and staffing" + BODY,
        None,
    ),
    (
        "portal-form-not-first-line",
        "Agenda items\n\n57 - 3/4/2019 - AN ORDINANCE ON CITY SERVICES" + BODY,
        None,
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_record_header_dates(text: str, expected: str | None) -> None:
    found = find_document_date(text)
    assert (found.date if found else None) == expected
