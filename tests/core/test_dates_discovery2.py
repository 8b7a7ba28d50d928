"""find_document_date on header forms found in a second sweep of fresh public pages: an e-mail header whose
fields a scan parted with blank lines or ran into one line, a bill's stage stamp under a head that names
the bill by chamber and number only, a title in capitals ending with the document's date on the first line,
and a records portal's breadcrumb naming the document by its date. Each form has negatives the rule must
leave alone. Texts written for these tests; names are invented."""

from __future__ import annotations

import pytest

from entanglement.core.extract.dates import find_document_date

BODY = (
    "\n\nThe county board voted to end its agreement with federal immigration authorities, a spokesperson "
    "said. Members debated the measure for three hours before the vote.\n"
)

CASES: list[tuple[str, str, str | None]] = [
    # --- an e-mail header parted by blank lines
    (
        "email-fields-parted-by-blank-lines",
        "Page 1 of 4\n\nFrom: Dana Whitlow\n\nSent: Monday, March 4, 2019 9:12 AM\n\nTo: Ravi Okafor\n\n"
        "Subject: Jail transfer schedule" + BODY,
        "2019-03-04",
    ),
    (
        "email-redacted-sender-blank-lines-and-cc",
        "From: (b)(6)\n\nTo: (b)(6)\n\nCc: (b)(6)\n\nSent: Tuesday, June 11, 2013 4:05 PM\n\n"
        "Subject: RE: Deployment in Pine County" + BODY,
        "2013-06-11",
    ),
    # --- the header's fields run into one line
    (
        "email-from-sent-glued",
        "    From:Sent: Friday, October 2, 2015 1:20 PMTo: ; Alvarez, MarkCc:\n\n    Subject: RE: Lake County"
        + BODY,
        "2015-10-02",
    ),
    (
        "email-from-name-then-sent-one-line",
        "From: Lena Marsh Sent: Wednesday, April 6, 2016 10:02 AM To: Omar Fitch Subject: Detainer forms"
        + BODY,
        "2016-04-06",
    ),
    (
        # no e-mail header without a sender; the form's own dated line at the head is still its date
        # (read by the last-resort opening rule, tests/core/test_dates_opening.py)
        "email-sent-without-sender-is-a-form-field",
        "Request for records\n\nSent: March 4, 2019\n\nStatus: Pending" + BODY,
        "2019-03-04",
    ),
    (
        "email-quoted-under-a-sentence-is-older",
        "Thanks for the update. We will review the draft before the meeting.\n\nFrom: Lena Marsh\n\n"
        "Sent: Wednesday, April 6, 2016 10:02 AM" + BODY,
        None,
    ),
    # --- a bill's stage stamp under a head naming the bill by chamber and number
    (
        "bill-stamp-under-legislature-head",
        "SENATE, No. 812\n\nSTATE OF NEW JERSEY\n\n219th LEGISLATURE\n\nINTRODUCED FEBRUARY 4, 2020\n\n"
        "Sponsored by:\n\nSenator MARA QUINTERO" + BODY,
        "2020-02-04",
    ),
    (
        "bill-stamp-under-sponsored-by",
        "ASSEMBLY, No. 2231\n\nPRE-FILED FOR INTRODUCTION IN THE 2022 SESSION\n\nSponsored by:\n\n"
        "Assemblyman Theo Barrow\n\nIntroduced January 11, 2022" + BODY,
        "2022-01-11",
    ),
    (
        "story-sentence-with-introduced-not-stamp",
        "Lawmakers in the Legislature weigh jail rules\n\nIntroduced January 11, 2022, the measure would bar "
        "the county from holding people for federal agents." + BODY,
        None,
    ),
    # --- a title in capitals ending with the document's date on the first line
    (
        "title-caps-period-date",
        "TOWN BOARD ACTION SUMMARY. June 6, 2019\n\nThe board adopted three items." + BODY,
        "2019-06-06",
    ),
    (
        "title-caps-dash-numeric-date",
        "QUARTERLY JAIL POPULATION REPORT - 03/04/2019\n\nThe report counts each booking." + BODY,
        "2019-03-04",
    ),
    (
        "title-caps-hearing-date-is-an-event",
        "NOTICE OF PUBLIC HEARING - July 9, 2019\n\nThe council will hear comment on the ordinance." + BODY,
        None,
    ),
    (
        "title-caps-updated-date-is-no-issue",
        "RESOURCE GUIDE LAST UPDATED: July 9, 2019\n\nThe guide lists services.\n\nIssued: March 2, 2018\n"
        + BODY,
        "2018-03-02",
    ),
    (
        "title-caps-not-on-first-line",
        "The council met on Tuesday and heard from residents about the agreement.\n"
        "TOWN BOARD ACTION SUMMARY. June 6, 2019" + BODY,
        None,
    ),
    (
        "title-caps-date-runs-into-sentence",
        "COUNTY UPDATE: June 6, 2019 was the day the board voted to end the agreement." + BODY,
        None,
    ),
    # --- a records portal's breadcrumb naming the document by its date
    (
        "weblink-name-leads-with-date",
        "Loading...\nHomeMy WebLinkAbout2018-02-20 Minutes Page 1 Council Present: Ortega, Lind, Baker"
        + BODY,
        "2018-02-20",
    ),
    (
        "weblink-name-with-code-then-date",
        "HomeMy WebLinkAboutCC AG PKT 2015-09-08 #4 AGENDA STAFF REPORT TO: Honorable Mayor" + BODY,
        "2015-09-08",
    ),
    (
        "weblink-document-own-date-wins",
        "HomeMy WebLinkAboutCC AG PKT 2015-09-08 #4\nMEMORANDUM\nDATE: August 31, 2015\nTO: City Council"
        + BODY,
        "2015-08-31",
    ),
    (
        "weblink-name-without-date",
        "HomeMy WebLinkAboutCC RESO 2017-45 RESOLUTION OF THE CITY COUNCIL IN SUPPORT OF ALL RESIDENTS"
        + BODY,
        None,
    ),
    (
        "no-weblink-no-date-from-iso-in-body-name",
        "Loading...\nDocument 2018-02-20 Minutes was posted for review by the clerk's office." + BODY,
        None,
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_discovery2_forms(name: str, text: str, expected: str | None) -> None:
    found = find_document_date(text)
    assert (found.date if found else None) == expected, name
