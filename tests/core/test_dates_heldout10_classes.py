"""find_document_date on headers whose date stands in forms the earlier rules missed: a court's
"County. argued. - decided." range, a byline with no mark between name and date, a statement's date
before its place in parentheses, a report cover run together with its date, a directive's run-together
title after "Rev. MM/DD/YY", a short hyphenated date under a title. Texts written for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.dates import find_document_date

BODY = "\n\nThe county jail will no longer hold people on federal requests alone, officials said."

CASES: list[tuple[str, str, str | None]] = [
    # a court opinion's heading: county, argued date, decided date
    (
        "court-county-range",
        "SJC-10001\n\nMARA QUILL vs. COMMONWEALTH.\n\nHampden. March 6, 2019. - August 2, 2019.\n\n"
        "Present: Ortega, C.J., Lind, & Fay, JJ." + BODY,
        "2019-08-02",
    ),
    (
        "court-county-range-two-words",
        "No. 99\n\nDEV ROLAND vs. TOWN OF ALDER.\n\nSouth Plains. Jan. 3, 2020 - May 9, 2020.\n\nPresent: Ruiz, J."
        + BODY,
        "2020-05-09",
    ),
    # negatives: a range in a sentence, or a range with no court around it
    (
        "range-in-sentence",
        "Notes\n\nThe program ran in Hampden. March 6, 2019 - August 2, 2019 was its first term." + BODY,
        None,
    ),
    ("range-without-court", "Season notes\n\nHampden. March 6, 2019. - August 2, 2019.\n" + BODY, None),
    # a news byline with the date right after the name, then a time
    (
        "byline-name-date-time",
        "Governor signs jail bill\n\nBy The Daily Pine March 4, 2019 3:34 pm 03/04/2019 03:34pm" + BODY,
        "2019-03-04",
    ),
    (
        "byline-name-date-alone",
        "Governor signs jail bill\n\nBy Jane Roe March 4, 2019\n" + BODY,
        "2019-03-04",
    ),
    (
        "byline-over-update-stamp",
        "10:05 am, March 5, 2019\n\nGovernor signs jail bill\n\nBy Jane Roe March 4, 2019 1:35 pm" + BODY,
        "2019-03-04",
    ),
    ("byline-slashes", "Jail holds ruling\n\nBy: Jane Roe//May 4, 2020//\n" + BODY, "2020-05-04"),
    # negatives: "By" opening a sentence about a date
    ("by-date-sentence", "Jail holds\n\nBy March 4, 2019, the county had ended its holds." + BODY, None),
    (
        "by-name-date-sentence",
        "Jail holds\n\nBy Council Vote March 4, 2019 the county ended its holds." + BODY,
        None,
    ),
    # a statement's date, then its place in parentheses, then a dash
    (
        "date-paren-place",
        "May 4, 2020 (Boston, MA) \u2013 The Pine Coalition issued the following statement today." + BODY,
        "2020-05-04",
    ),
    (
        "date-paren-place-in-text",
        "Statement\n\nThe group met on May 4, 2020 (Boston, MA) \u2013 and then left." + BODY,
        None,
    ),
    # a report's cover run together with its date
    (
        "report-cover-run-together",
        "ANNUAL REPORT OF THE PINE CITY REVIEW BOARD\n\n1 ANNUAL REPORT OF THE PINE CITY REVIEW BOARD A Report "
        "to the City Council Concerning Patrol Order 12 March 4, 2019 PATROL ORDER 12 Introduction\n\n"
        "2 Before 1990 the department asked every person about status." + BODY,
        "2019-03-04",
    ),
    (
        "report-date-in-sentence",
        "ANNUAL REPORT OF THE PINE CITY REVIEW BOARD\n\nThe Board met with the Council on March 4, 2019 to "
        "discuss staffing." + BODY,
        None,
    ),
    (
        "report-date-after-preposition",
        "Pine City Review Board Report Covering Staffing Since March 4, 2019 Introduction" + BODY,
        None,
    ),
    (
        "title-date-then-sentence",
        "Pine City Review Board Report Of The Staffing Plan March 4, 2019 was the day it began." + BODY,
        None,
    ),
    # a directive's title run onto the line after its revision date
    (
        "general-order-rev-run-together",
        "4.02 Pine City Police Department GENERAL ORDER Rev. 03/04/19 USE OF FORCE The purpose of this order "
        "is to set policy." + BODY,
        "2019-03-04",
    ),
    (
        "general-order-rev-then-sentence",
        "4.02 Pine City Police Department GENERAL ORDER Rev. 03/04/19 to add a section on holds." + BODY,
        None,
    ),
    # a short hyphenated date under a title
    (
        "hyphen-date-under-title",
        "PINE CITY WELCOMING RESOLUTION\n\n3-6-18\n\nWHEREAS, the city values all residents; and" + BODY,
        "2018-03-06",
    ),
    (
        "hyphen-number-low-in-text",
        "PINE CITY RESOLUTION\n\nWHEREAS, the city values all residents; and\n\nWHEREAS, the council met; and\n\n"
        "3-6-18\n\nWHEREAS, more." + BODY,
        None,
    ),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _n, t, e in CASES], ids=[n for n, _t, _e in CASES])
def test_heldout10_date_classes(text: str, expected: str | None) -> None:
    found = find_document_date(text)
    assert (found.date if found else None) == expected
