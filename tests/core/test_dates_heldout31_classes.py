"""Document dates: docket headers and entries, bill status pages, story foot notes and date-first titles."""

from __future__ import annotations

import pytest

from entanglement.core.extract.dates import find_document_date

_FILLER = "The parties dispute the meaning of the agreement and the court considers each argument in turn.\n"

CASES: list[tuple[str, str, str | None]] = [
    # a court of appeals' older header stamp, without commas, its page field moved away by the text layer
    (
        "appeals header without commas",
        "Roe v. Town of Elmwood\n\nFiling\n\nFILED OPINION. [1234567]\n\n"
        "Case: 15-10234 06/14/2016 ID: 1234567 DktEntry: 41-1 FOR PUBLICATION UNITED STATES COURT OF APPEALS\n"
        + _FILLER,
        "2016-06-14",
    ),
    (
        "appeals header without commas, page field kept",
        "Case: 15-10234 06/14/2016 ID: 1234567 DktEntry: 41 Page: 1 of 12\n" + _FILLER,
        "2016-06-14",
    ),
    (
        "appeals header mid-line on a later page is not the first page's",
        "In re Example\n" + _FILLER * 8 + "as noted. Case: 15-10234 06/14/2016 ID: 1234567 DktEntry: 41 Page: 7 of 12\n",
        None,
    ),
    # a court of appeals' clerk stamp on a scanned order
    (
        "appeals clerk stamp with an OCR-split day",
        "IN THE UNITED STATES COURT OF APPEALS\n\nFOR THE TENTH CIRCUIT FILED\n"
        "No. 18-1234  MAR 0 7 2019\nJANE ROE\nD.C. Docket No. 1:18-cv-0042 CLERK\nPAT DOE,\nPlaintiff,\n"
        + _FILLER,
        "2019-03-07",
    ),
    (
        "appeals clerk stamp on one line",
        "FILED U.S. COURT OF APPEALS TENTH CIRCUIT MAR 7, 2019 JANE ROE CLERK\n\nORDER\n" + _FILLER,
        "2019-03-07",
    ),
    (
        "a split stamp outside an appeals court's text",
        "IN THE SUPERIOR COURT\n\nNo. 18-1234  MAR 0 7 2019\nJANE ROE\nCLERK\n" + _FILLER,
        None,
    ),
    # a docket page's entry line signs the filing anywhere in it
    (
        "docket description with the signature mid-line and a two-digit year",
        "Roe v. Doe, No. 1:2012cv01234 - Document 88 (N.D. Ill. 2013)\n\n"
        "Court Description: MEMORANDUM Opinion and Order Signed by the Honorable Ann Pike on 3/5/13Mailed notice.\n\n"
        + _FILLER,
        "2013-03-05",
    ),
    (
        "docket text line with the signature mid-line",
        "Docket Text: ORDER granting motion Signed by Judge Carl Brandt on 11/2/2018 (kt)\n\n" + _FILLER,
        "2018-11-02",
    ),
    (
        "signature with the date before the judge",
        "Court Description: OPINION & ORDER: The Court GRANTS the motion. Signed on 7/9/2021 by Judge Lena Ortiz.\n\n"
        + _FILLER,
        "2021-07-09",
    ),
    (
        "a story's lower-case signing is an event it reports",
        "The judge ruled on Tuesday.\nThe order was signed by Judge Lena Ortiz on 7/9/2021 after a hearing.\n",
        None,
    ),
    # a bill page's status list or version table names its enactment
    (
        "bulleted status list signed by governor",
        "HB 21-1234\n\n  \u2022 Colorado House Bill\n  \u2022 Introduced in House Jan 12, 2021\n"
        "  \u2022 Passed House Mar 02, 2021\n  \u2022 Signed by Governor May 20, 2021\n\nAbstract\n\n" + _FILLER,
        "2021-05-20",
    ),
    (
        "status line governor signed with a colon",
        "Senate Bill 77\n\nIntroduced: 01/10/2020\nPassed Senate: 02/11/2020\nGovernor signed: March 3, 2020\n",
        "2020-03-03",
    ),
    (
        "version table row signed act",
        "SB20-055\n\nType Bill\nSession 2020 Regular Session\n\nDate Version Documents\n"
        "06/30/2020 Signed Act PDF\n06/12/2020 Final Act PDF\n05/01/2020 Revised PDF\n01/15/2020\n",
        "2020-06-30",
    ),
    (
        "a story's sentence about a signing is no status line",
        "Lawmakers met again.\nThe bill was signed by Governor Roe on May 20, 2021, after a long fight.\n",
        None,
    ),
    (
        "a signing line on a page that is no bill's",
        "March 1, 2021\n\nCommunity calendar\n\nSigned by Governor May 20, 2021\n\nThe library opens late today.\n",
        "2021-03-01",
    ),
    # a bill page's history of actions: its first action is the day its text was filed
    (
        "history row introduced under a status line",
        "General Assembly\n\nH. 4321\n\nSTATUS INFORMATION\nGeneral Bill\n"
        "Introduced in the House on February 6, 2024\nJudiciary\n\nHISTORY OF LEGISLATIVE ACTIONS\n"
        "2/6/2024 House Introduced and read first time (House Journal-page 4)\n"
        "2/6/2024 House Referred to Committee on Judiciary\n\nA bill\n\nTO AMEND THE CODE.\n",
        "2024-02-06",
    ),
    (
        "prefiled row before the introduction",
        "General Assembly\n\nS. 812\n\nGeneral Bill\nIntroduced in the Senate on January 10, 2017\n\n"
        "   Date      Body   Action Description\n"
        "   12/7/2016  Senate  Prefiled\n   1/10/2017  Senate  Introduced and read first time\n\nA BILL\n",
        "2016-12-07",
    ),
    (
        "history listed newest first",
        "Assembly Bill 90\n\nHistory\n"
        "Mar 3, 2021 Assembly Referred to Committee on Public Safety\nFeb 1, 2021 Assembly Introduced\n",
        "2021-02-01",
    ),
    (
        "a story's sentence about an introduction is no row",
        "Lawmakers return\n\nThe House bill was introduced on January 9, 2023, and the Senate followed.\n",
        None,
    ),
    # a story's foot note on where it first ran
    (
        "story first appeared online",
        "Council votes on plan\n\nThe council approved the plan on Monday evening.\n\n"
        "This story first appeared online on Dec. 4, 2017. Contact Jane Roe at 555-0100.\n",
        "2017-12-04",
    ),
    (
        "article originally published in a named paper",
        "Board backs budget\n\nThe board approved the budget.\n\n"
        "This article was originally published in The Valley Ledger on March 4, 2019.\n",
        "2019-03-04",
    ),
    (
        "report first appeared on a site",
        "Jail numbers rise\n\nThe sheriff released new figures.\n\n"
        "This report first appeared on Prairie Voice on 3/14/2022.\n",
        "2022-03-14",
    ),
    (
        "a foot note without a day gives none",
        "Jail numbers rise\n\nThe sheriff released new figures.\n\n"
        "This article originally appeared on Prairie Voice, which covers the region.\n",
        None,
    ),
    # a first line of date then title
    (
        "date colon title",
        "April 2, 2018: Lakeshore Is A Welcoming City\n\nWHEREAS, the city welcomes newcomers; and,\n",
        "2018-04-02",
    ),
    (
        "abbreviated date bar title",
        "Mar. 4, 2019 | Statement On The County Budget\n\nThe county released its budget today.\n",
        "2019-03-04",
    ),
    (
        "a sentence after the date is an entry",
        "March 4, 2019: the council voted to delay the ordinance and the residents objected loudly\n\n" + _FILLER,
        None,
    ),
    (
        "a timeline's first entry",
        "March 4, 2019: Council Meeting Held\nApril 9, 2019: Second Reading Held\n\n" + _FILLER,
        None,
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_heldout31_classes(name: str, text: str, expected: str | None) -> None:
    found = find_document_date(text)
    assert (found.date if found else None) == expected, name
