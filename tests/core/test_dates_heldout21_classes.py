"""find_document_date on a policy page titled by its code whose template fields ("Policy Owner:", "Responsible
Office:") make its "Effective:" line the header's date; a directive header's revision field with a two-digit
year ("REVISION DATE: 04-16-08"); a header field's date whose comma OCR read as a period inside a run-together
header line ("... DATE: June 19. 2017 ACTION: ..."); an agenda's header line naming its meeting ("COUNCIL
AGENDA | APRIL 14, 2025 REGULAR MEETING"); a title line closed by its numeric date behind a dash ("Briefs
(2) - 4/5/21"); and a resolution's line under its title ("Resolution passed by the Board on April 27, 2010.").
Texts written for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.dates import find_document_date

POLICY_BODY = (
    "\n\nPolicy Statement:\n\nThe university limits its part in federal immigration enforcement to what the law "
    "requires, so that its campuses stay open to every student.\n"
)
DIRECTIVE_BODY = (
    "\n\nSUBJECT: DETAINERS\n\nI. PURPOSE:\n\nA. To set the rules for holds requested by federal officers.\n"
)
BODY = (
    "\n\nThe board considered whether county staff should help federal officers with civil immigration "
    "matters, and heard from residents.\n"
)

CASES: list[tuple[str, str, str | None]] = [
    # --- a policy page titled by its code, its template's own fields under the title
    (
        "policy-code-effective-owner",
        "PRU 410-12: Campus Access for Federal Agents\n\nEffective: March 3, 2024\n\nPolicy Owner: Provost\n\n"
        "Responsible Office: General Counsel" + POLICY_BODY,
        "2024-03-03",
    ),
    (
        "policy-subject-effective-date-responsible-official",
        "Campus Access for Federal Agents\n\nEffective Date: March 3, 2024\n\nResponsible Official: Vice "
        "President for Student Life" + POLICY_BODY,
        "2024-03-03",
    ),
    (
        "policy-steward-first",
        "Student Records and Federal Requests\n\nPolicy Steward: Registrar\n\nEffective: Sept. 9, 2023"
        + POLICY_BODY,
        "2023-09-09",
    ),
    # negatives: a statute page's or memo's "Effective:" stamp without a policy's fields
    (
        "statute-effective-stamp",
        "Title 8. Aliens\n\nEffective: March 3, 2024\n\nSec. 12: The state shall not restrict cooperation.\n",
        None,
    ),
    (
        "memo-effective-without-fields",
        "Campus Access for Federal Agents\n\nEffective: March 3, 2024\n\nLast Revised: YEAR" + BODY,
        None,
    ),
    # --- a directive header's revision field with a two-digit year
    (
        "procedural-order-revision-hyphens",
        "PINE COUNTY JAIL DIVISION\n\nSECTION: BK 3.01 PAGES: 1 Of 5\n\nISSUE DATE: 06-97 REVISION DATE: 04-16-08"
        "\n\nPROCEDURAL ORDER" + DIRECTIVE_BODY,
        "2008-04-16",
    ),
    (
        "general-order-revised-then-page",
        "GENERAL ORDER 7.2\n\nISSUED: 01-05-2010 REVISED: 11/02/15 PAGE: 1" + DIRECTIVE_BODY,
        "2015-11-02",
    ),
    (
        "directive-revision-alone-on-line",
        "Directive 5.4 Holds\n\nRevision Date: 3-9-19" + DIRECTIVE_BODY,
        "2019-03-09",
    ),
    # negatives: a list of revisions, a date without a directive's title, a mixed separator
    (
        "revision-list",
        "GENERAL ORDER 7.2\n\nREVISED: 03-20-18, 09-09-21" + DIRECTIVE_BODY,
        None,
    ),
    ("revision-no-directive", "Jail Notes\n\nREVISION DATE: 04-16-08" + DIRECTIVE_BODY, None),
    ("revision-mixed-separators", "GENERAL ORDER 7.2\n\nREVISION DATE: 04-16/08" + DIRECTIVE_BODY, None),
    # --- a header field's date with an OCR period for its comma, inside a run-together header line
    (
        "ocr-date-field-mid-line",
        "RIVERTON POLICE DEPARTMENT STANDARD OPERATING PROCEDURE 210 HOLDS EFFECTIVE: July 8. 2017 Captain Ana "
        "Ruiz DATE: June 19. 2017 ACTION: Amends General Order 2016-4" + DIRECTIVE_BODY,
        "2017-06-19",
    ),
    (
        "ocr-date-issued-field",
        "Memo to all staff from Chief Ben Ortiz DATE ISSUED: Aug. 2. 2019 RE: Detainers" + BODY,
        "2019-08-02",
    ),
    # negatives: only another day's field, and a period ending a sentence
    (
        "ocr-effective-date-only",
        "Memo to all staff EFFECTIVE DATE: July 8. 2017 RE: Detainers" + BODY,
        None,
    ),
    (
        "ocr-period-in-prose",
        "Council Notes\n\nThe vote came on June 19. 2017 was a year of change for the county jail." + BODY,
        None,
    ),
    # --- an agenda's header line naming its meeting
    (
        "agenda-bar-regular-meeting",
        "CONSENT AGENDA ITEM 12\n\nCITY COUNCIL AGENDA | APRIL 14, 2025 REGULAR MEETING\n\nTITLE\n\n"
        "Approval of an agreement." + BODY,
        "2025-04-14",
    ),
    (
        "agenda-for-weekday",
        "Board of Supervisors Agenda for Tuesday, May 6, 2025\n\nItem 4. Approval of an agreement." + BODY,
        "2025-05-06",
    ),
    (
        "agenda-dash-special-session",
        "Planning Commission Agenda - June 2, 2025 Special Session\n\nItem 4. Approval." + BODY,
        "2025-06-02",
    ),
    # negatives: an agenda named in a sentence, and the agenda line below the text's first lines
    (
        "agenda-in-sentence",
        "Council Notes\n\nThe item was added to the agenda on April 2, 2025 by the clerk at the mayor's request."
        + BODY,
        None,
    ),
    # --- a title line closed by its numeric date behind a spaced dash or bar
    (
        "title-dash-short-year",
        "The Valley Post \u201cNotes from Around Town\u201d (2) \u2013 4/5/21\n\nOn March 31, the mayor signed "
        "a bill.\n",
        "2021-04-05",
    ),
    (
        "title-bar-short-year",
        "Weekly Roundup | 04/05/21\n\nOn March 31, the mayor signed a bill.\n",
        "2021-04-05",
    ),
    (
        "title-dash-full-year-numbered",
        "Valley Briefs (3) - 4/5/2021\n\nOn March 31, the mayor signed a bill.\n",
        "2021-04-05",
    ),
    # negatives: a range, a date further down, a date with no separator
    ("title-range", "Valley Briefs 3/1/21 - 4/5/21\n\nOn March 31, the mayor signed a bill.\n", None),
    (
        "dash-date-third-line",
        "Valley Briefs\n\nSchedule\n\nHearing on holds - 4/5/21\n\nOn March 31, the mayor signed a bill.\n",
        None,
    ),
    ("title-no-separator", "Valley Briefs 4/5/21\n\nOn March 31, the mayor signed a bill.\n", None),
    # --- a resolution's line under its title
    (
        "resolution-passed-by-on",
        "Resolution on County Resources\n\nResolution passed by the Commission on Civil Rights on April 27, 2010."
        + BODY,
        "2010-04-27",
    ),
    (
        "ordinance-number-adopted-by",
        "Welcoming City Ordinance\n\nOrdinance No. 2019-14 adopted by the City Council on March 5, 2019."
        + BODY,
        "2019-03-05",
    ),
    (
        "joint-resolution-approved",
        "Joint Resolution on Detainers\n\nJoint Resolution approved by the Board on June 1, 2018." + BODY,
        "2018-06-01",
    ),
    # negatives: a story's sentence about a resolution, a resolution's line naming a hearing
    (
        "story-resolution-passed",
        "Board Votes on Holds\n\nThe resolution passed by the board on April 27, 2010 was rescinded a year later."
        + BODY,
        None,
    ),
    (
        "resolution-introduced",
        "Resolution on County Resources\n\nResolution introduced by Supervisor Ana Ruiz on April 27, 2010."
        + BODY,
        None,
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_document_date(text: str, expected: str | None) -> None:
    found = find_document_date(text)
    assert (found.date if found else None) == expected
