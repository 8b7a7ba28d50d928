"""find_document_date on web bylines whose label takes a colon ("Posted by: Jane Roe on Apr 10, 2018"), and
on a header date whose comma was typed or read as a period behind a release's label or a weekday ("For
Immediate Release: March 4. 2019"), and on a statement's body opening with its weekday and date run into its
first sentence ("Wednesday, March 4, 2019 in response to ..."). Texts written for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.dates import find_document_date

TITLE = "County Board Takes Up Detainer Policy\n\n"
BODY = (
    "\n\nThe county board voted to end the practice of holding people for federal officers without a "
    "judicial warrant. The sheriff said the office would follow the new rule.\n"
)

CASES: list[tuple[str, str, str | None]] = [
    # a byline's label with a colon before the writer's name
    ("posted-by-colon-on", TITLE + "Posted by: Ana Ruiz on Apr 10, 2018" + BODY, "2018-04-10"),
    ("posted-by-capital-colon-dash", TITLE + "Posted By: Ana Ruiz - Apr. 10, 2018" + BODY, "2018-04-10"),
    ("written-by-colon-bar", TITLE + "Written By: Ana Ruiz | April 10, 2018" + BODY, "2018-04-10"),
    ("by-colon-comma", TITLE + "By: Ana Ruiz, April 10, 2018" + BODY, "2018-04-10"),
    (
        "reported-by-colon-weekday",
        TITLE + "Reported by: Ana Ruiz on Tuesday, April 10, 2018" + BODY,
        "2018-04-10",
    ),
    # negatives: a byline without a date, and a date the story reports
    (
        "posted-by-colon-no-date",
        TITLE
        + "Posted by: Ana Ruiz\n\nThe board voted on April 10, 2018 to end the practice in the county jail.\n",
        None,
    ),
    (
        "by-colon-deadline-sentence",
        TITLE + "By: April 10, 2018, the county must answer the letter." + BODY,
        None,
    ),
    # a period for the comma in a labeled header date
    ("release-colon-period", TITLE + "For Immediate Release: November 18. 2020" + BODY, "2020-11-18"),
    ("release-caps-dash-period", TITLE + "FOR IMMEDIATE RELEASE \u2013 Nov. 18. 2020" + BODY, "2020-11-18"),
    ("date-label-weekday-period", TITLE + "Date: Wednesday, November 18. 2020" + BODY, "2020-11-18"),
    ("weekday-line-period", TITLE + "Wednesday, November 18. 2020" + BODY, "2020-11-18"),
    ("released-bar-period", TITLE + "Released | November 18. 2020" + BODY, "2020-11-18"),
    # negatives: another day's label, and a period date inside a sentence
    ("updated-label-period", TITLE + "Updated: November 18. 2020" + BODY, None),
    ("effective-date-label-period", TITLE + "Effective Date: November 18. 2020" + BODY, None),
    (
        "period-date-in-sentence",
        TITLE + "The board met on November 18. 2020 was the year the county changed its rule.\n",
        None,
    ),
    # a body opening with its weekday and date, run into the sentence
    (
        "weekday-lead-lowercase",
        "Joint Statement\n\nBoard and Sheriff on County Business\n\nWednesday, February 1, 2017 in response to "
        "questions from residents, the Board of Commissioners and Sheriff Ana Ruiz discussed the county's role.\n",
        "2017-02-01",
    ),
    (
        "weekday-lead-comma",
        "Statement of the Council\n\nMonday, March 6, 2017, the City Council of Riverton affirmed that its "
        "officers will not ask about immigration status.\n",
        "2017-03-06",
    ),
    (
        "weekday-lead-capitals-abbrev",
        "STATEMENT\n\nTUES., MARCH 7, 2017 The Board of Supervisors met and adopted a resolution on county "
        "jail holds.\n",
        "2017-03-07",
    ),
    # negatives: the date told in a sentence, a time or range after the date, a list of such lines, and a
    # date with no weekday opening a declaration's paragraph
    (
        "weekday-lead-on",
        "Statement\n\nOn Wednesday, February 1, 2017 the board discussed the county's role.\n",
        None,
    ),
    (
        "weekday-lead-at-time",
        "Public Notice\n\nWednesday, February 1, 2017 at 6 p.m. the board will hear public comment.\n",
        None,
    ),
    (
        "weekday-lead-range",
        "Notice\n\nMonday, March 6, 2017 through Friday the clinic will be closed to the public.\n",
        None,
    ),
    (
        "weekday-lead-schedule",
        "Schedule\n\nMonday, March 6, 2017 the committee hears the bill.\n\n"
        "Tuesday, March 7, 2017 the full house votes on the bill.\n",
        None,
    ),
    (
        "no-weekday-declaration",
        "Declaration of Ana Ruiz\n\nFebruary 17, 2017, I was stopped by two officers near my home in Riverton.\n",
        None,
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_document_date(text: str, expected: str | None) -> None:
    found = find_document_date(text)
    assert (found.date if found else None) == expected
