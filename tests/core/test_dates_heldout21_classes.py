"""find_document_date on a policy page titled by its code whose template fields ("Policy Owner:", "Responsible
Office:") make its "Effective:" line the header's date; a directive header's revision field with a two-digit
year ("REVISION DATE: 04-16-08"); and a header field's date whose comma OCR read as a period inside a
run-together header line ("... DATE: June 19. 2017 ACTION: ..."). Texts written for these tests."""

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
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_document_date(text: str, expected: str | None) -> None:
    found = find_document_date(text)
    assert (found.date if found else None) == expected
