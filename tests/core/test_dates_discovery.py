"""find_document_date on header forms found in a sweep of fresh public pages: a title naming the period a
report covers ("... Feb 11 - Feb 17, 2017"), a byline block's place-and-date line closed by the hour, a
records portal's "Creation date" stamp, a blog's date glued to its categories by a slash, a document-sharing
site's wrapper over a transcribed document, and the Federal Register's own header. Each form has negatives
the rule must leave alone. Texts written for these tests; names are invented."""

from __future__ import annotations

import pytest

from entanglement.core.extract.dates import find_document_date

BODY = (
    "\n\nThe county board voted to end its agreement with federal immigration authorities, a spokesperson "
    "said. Members debated the measure for three hours before the vote.\n"
)

CASES: list[tuple[str, str, str | None]] = [
    # --- a title naming a reporting period: the range's last day is no issue date
    (
        "period-range-in-title",
        "Weekly Jail Transfer Summary For Recorded Transfers Mar 4 Mar 10, 2019 Summary The office lists "
        "each transfer it recorded during the week." + BODY,
        None,
    ),
    (
        "period-range-with-through",
        "Quarterly Detainer Review For Requests Received January 1 through March 31, 2019 Overview The "
        "review counts each request." + BODY,
        None,
    ),
    (
        "title-date-still-read",
        "A Report to the Council Concerning Jail Staffing March 4, 2019 Part One Summary" + BODY,
        "2019-03-04",
    ),
    (
        "title-date-after-number-still-read",
        "Sheriff Policy Review No 12 March 4, 2019 Summary" + BODY,
        "2019-03-04",
    ),
    # --- a byline block's place-and-date line closed by the hour
    (
        "place-date-hour-abbrev-state",
        "Judge to Hear Jail Contract Case\n\nBy Dana Whitfield (KXYZ)\nSalem, Ore. Jan. 10, 2019 3:01 p.m.\n"
        "A judge will hear arguments Thursday." + BODY,
        "2019-01-10",
    ),
    (
        "place-date-hour-full-state",
        "County Ends Detainer Holds\n\nBy Marco Belden\nBoise, Idaho March 4, 2019 10:15 AM\n" + BODY,
        "2019-03-04",
    ),
    (
        "place-date-hour-zone",
        "Council Votes on Welcoming Ordinance\nSpokane, Wash. March 4, 2019 6:40 p.m. PST\n" + BODY,
        "2019-03-04",
    ),
    (
        "place-date-hour-in-sentence-not-read",
        "Council Votes on Welcoming Ordinance\n\nThe vote was set. Spokane, Wash. March 4, 2019 6:40 p.m. was "
        "the hour the clerk named for it." + BODY,
        None,
    ),
    # --- a records portal's "Creation date" is the file's storage, not the text's date
    (
        "portal-creation-date-only",
        "My WebLink\nOrdinance Relating to Sensitive Information\nEntry Properties\nLast modified\n"
        "2/6/2018 10:12:44 AM\nCreation date\n2/6/2018 9:58:01 AM\nCity Clerk\nDoc Type\n" + BODY,
        None,
    ),
    (
        "portal-upload-date-only",
        "Document Library\nResolution on Jail Access\nUpload date\nMarch 9, 2018\n" + BODY,
        None,
    ),
    (
        "portal-meeting-folder-date-read",
        "My WebLink\nAgenda Packets\n>\n2018\n>\n02/06/2018\n>\n12B - RESO - WELCOMING CITY\nEntry Properties\n"
        "Last modified\n3/1/2018 5:40:08 PM\nCreation date\n2/1/2018 5:38:27 PM\n" + BODY,
        "2018-02-06",
    ),
    # --- a blog's meta line: the date glued to its categories by a slash
    (
        "date-slash-categories",
        "March 4, 2019/News, Press Releases\n\nCounty Ends Detainer Holds" + BODY,
        "2019-03-04",
    ),
    (
        "date-slash-categories-comments",
        "County Ends Detainer Holds\n\nTuesday, March 4, 2019/Statements/0 Comments\n" + BODY,
        "2019-03-04",
    ),
    (
        "date-slash-fiscal-year-not-read",
        "March 4, 2019/2020 budget talks begin\n\nThe council will take up the jail budget." + BODY,
        None,
    ),
    (
        "date-slash-updated-not-read",
        "March 4, 2019/Updated by the web team\n" + BODY,
        None,
    ),
    (
        "date-slash-lower-case-not-read",
        "March 4, 2019/and the council met again to weigh the jail contract." + BODY,
        None,
    ),
    # --- a document-sharing site's wrapper over a transcribed document
    (
        "transcribed-letter-under-wrapper",
        'Re: Jail Holds for Immigration Requests\n\nSize: px\nStart display at page:\n\nDownload "Re: Jail '
        "Holds for Immigration Requests\"\n\nTranscription\n\n1 March 4, 2019 Pine County Sheriff's Office 12 Main "
        "St Riverton, WY Re: Jail Holds for Immigration Requests Dear Sheriff: We write on behalf of our members "
        "to ask that your office review its practice.",
        "2019-03-04",
    ),
    (
        "transcribed-appeals-brief-numbers-dropped",
        "NO UNITED STATES COURT OF APPEALS FOR THE NINTH CIRCUIT\n\nSize: px\nStart display at page:\n\n"
        "Transcription\n\n1 Case: , 03/04/2019, ID: , DktEntry: 21, Page 1 of 30 NO UNITED STATES COURT OF "
        "APPEALS FOR THE NINTH CIRCUIT ANA ROE, Plaintiff-Appellee, v. PINE COUNTY, Defendant-Appellant.",
        "2019-03-04",
    ),
    (
        "transcribed-sentence-date-not-read",
        "County Report\n\nSize: px\nStart display at page:\n\nTranscription\n\n1 On March 4, 2019 the board "
        "met and voted to end the jail contract, a spokesperson said. Members debated for hours.",
        None,
    ),
    (
        "transcription-heading-without-page-number",
        "Town Hall Video\n\nTranscription\n\nThe mayor said on March 4, 2019 that the city would not help.",
        None,
    ),
    # --- the Federal Register's own header
    (
        "federal-register-volume-header",
        "[Federal Register Volume 82, Number 41 (Friday, March 3, 2017)]\n[Notices]\n[Pages 12345-12347]\n"
        "[FR Doc No: 2017-04123]\n\nDEPARTMENT OF HOMELAND SECURITY\n" + BODY,
        "2017-03-03",
    ),
    (
        "federal-register-colon-header",
        "Agency Notices\n\n[Federal Register: March 3, 2017 (Volume 82, Number 41)]\n[Notices]\n" + BODY,
        "2017-03-03",
    ),
    (
        "federal-register-slash-line",
        "Notices\n\nFederal Register / Vol. 82, No. 41 / Friday, March 3, 2017 / Notices\n" + BODY,
        "2017-03-03",
    ),
    (
        "federal-register-in-sentence-not-read",
        "The agency said its rule, printed in the Federal Register: March 3, 2017 edition, takes effect soon, "
        "and the county board voted to end its agreement with federal immigration authorities.",
        None,
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_discovered_header_forms(name: str, text: str, expected: str | None) -> None:
    found = find_document_date(text)
    assert (found.date if found else None) == expected, name
