"""find_document_date on a passed measure's record export that dates its enactment after the vote ("Final
action: 3/4/2019 ... Enactment date: 3/8/2019"), a bill's first-reading stamp ("Introduced and read first
time: January 9, 2019"), and a government directive form whose fields name it one ("Document Code No.:",
"Issuing Agency:", "Type of Action:") over its "Effective Date:", and a directive's row of date labels without
colons over its values, glued or spaced ("Effective Date RevisionDate" over "03-04-201105-06-2019"). Texts
written for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.dates import find_document_date

RECORD_BODY = (
    "\nTitle: A Resolution Affirming the City's Policy on Federal Immigration Requests\n\n"
    "Sponsors: Ana Ruiz, Tom Ng\n\nDate Ver. Action By Action Result\n\n"
    "3/4/2019 1 CITY COUNCIL Adopt Pass\n"
)
BILL_BODY = (
    "\nAssigned to: Judiciary\n\nA BILL ENTITLED\n\nAN ACT concerning\n\nPublic Safety \u2013 Detainers\n\n"
    "FOR the purpose of prohibiting a county jail from holding a person on a federal detainer alone.\n"
)
ORDER_BODY = (
    "\nWHEREAS, Pine County serves residents from many nations; and\n\n"
    "NOW, THEREFORE, I, Ana Ruiz, Pine County Executive, do hereby order and direct:\n\n"
    "1. No county employee shall ask a person's immigration status unless the law requires it.\n"
)
SPONSORS = "By: Delegates " + ", ".join(f"Member{i} Roe" for i in range(90)) + ", and Vela\n\n"

CASES: list[tuple[str, str, str | None]] = [
    (
        "record-enactment-after-final-action",
        "Riverton, WY\n\nFile #: 1234 Version: 1\n\nType: Resolution Status: Passed\n\n"
        "File created: 2/20/2019 In control: City Attorney\n\nOn agenda: 3/4/2019 Final action: 3/4/2019\n\n"
        "Enactment date: 3/8/2019 Enactment #: RES-19-00012\n" + RECORD_BODY,
        "2019-03-08",
    ),
    (
        "record-enactment-on-own-line",
        "File #: 1234\nType: Ordinance\nStatus: Adopted\nFile created: 2/20/2019\nOn agenda: 3/4/2019\n"
        "Final action: 3/4/2019\nEnactment date: 3/11/2019\nEnactment #: ORD-19-3\n" + RECORD_BODY,
        "2019-03-11",
    ),
    (
        "record-enactment-blank-keeps-final-action",
        "File #: 1234 Version: 1\nType: Resolution Status: Passed\nOn agenda: 3/4/2019 Final action: 3/4/2019\n"
        "Enactment date: Enactment #:\n" + RECORD_BODY,
        "2019-03-04",
    ),
    (
        "bill-introduced-and-read-first-time",
        "HOUSE BILL 812\n\nE4 9lr1234\n\nBy: Delegates Roe, Vela, and Ng\n\n"
        "Introduced and read first time: January 9, 2019\n" + BILL_BODY,
        "2019-01-09",
    ),
    (
        "bill-prefiled-and-read-first-time",
        "SENATE BILL 77\n\nBy: Senator Ana Ruiz\n\nPrefiled and read first time: December 3, 2018\n"
        + BILL_BODY,
        "2018-12-03",
    ),
    (
        "bill-first-reading-under-long-sponsor-list",
        "HOUSE BILL 812\n\n" + SPONSORS + "Introduced and Read First Time: January 9, 2019\n" + BILL_BODY,
        "2019-01-09",
    ),
    (
        "story-first-reading-in-sentence",
        "Lawmakers weigh jail bill\n\nThe bill, introduced and read first time: January 9, 2019 in the House, "
        "would bar detainer holds.\n",
        None,
    ),
    (
        "directive-form-effective-date",
        "Document Code No.: ABC 7-1 (EO)\n\nDepartment/Issuing Agency: Executive Office\n\n"
        "Effective Date: March 4, 2019\n\nApproved: /s/ Ana Ruiz\n\nType of Action: New\n" + ORDER_BODY,
        "2019-03-04",
    ),
    (
        "directive-form-issuing-office",
        "Document Control Number: HR-12\nIssuing Office: County Administrator\nEffective Date: 04/15/2020\n"
        "Type of Action: Revised\n" + ORDER_BODY,
        "2020-04-15",
    ),
    (
        "directive-form-issuing-department-only",
        "Subject: Immigration status inquiries\nIssuing Department: Human Services\n"
        "Effective Date: June 1, 2021\n" + ORDER_BODY,
        "2021-06-01",
    ),
    (
        "memo-effective-without-form-fields",
        "To: All staff\nFrom: Ana Ruiz\nSubject: New leave rules\nEffective Date: July 1, 2021\n\n"
        "Please read the rules below before the summer.\n",
        None,
    ),
]

POLICY_BODY = (
    "\nI. PURPOSE\n\nThis policy guides officers who meet people whose immigration status is in question.\n\n"
    "II. POLICY\n\nOfficers act in keeping with federal and state law.\n"
)
POLICY_TITLE = "PINE CITY POLICE DEPARTMENT\n\nFIELD CONTACTS\n\nOPS-3.02\n\n"

CASES += [
    (
        "label-row-glued-revision-latest",
        POLICY_TITLE
        + "Effective Date RevisionDateLast ReviewDate\nPage 1of 9\n03-04-201105-06-201905-2019\n"
        + POLICY_BODY,
        "2019-05-06",
    ),
    (
        "label-row-spaced-slashes",
        POLICY_TITLE
        + "Effective Date Revision Date Review Date\n03/04/2011 05/06/2019 05/2020\n"
        + POLICY_BODY,
        "2019-05-06",
    ),
    (
        "label-row-issue-and-effective",
        POLICY_TITLE + "Issue Date Effective Date\n03-01-2019 03-15-2019\n" + POLICY_BODY,
        "2019-03-01",
    ),
    (
        "label-row-values-miscount-is-none",
        POLICY_TITLE + "Effective Date Revision Date Last Review Date\n03-04-2011 06-2020\n" + POLICY_BODY,
        None,
    ),
    (
        "label-row-in-prose-is-none",
        "Council notes\n\nThe effective date and revision date of the policy were both set by the chief in "
        "03-04-2011 05-06-2019 filings.\n",
        None,
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_heldout27_classes(name: str, text: str, expected: str | None) -> None:
    found = find_document_date(text)
    assert (found.date if found else None) == expected, name
