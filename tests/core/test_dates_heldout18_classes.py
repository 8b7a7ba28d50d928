"""find_document_date on header layouts: a bill's stage stamp under its number ("Introduced ...", "Offered
...", "Prefiled ...", "(Proposed by the ... Committee ... on <date>)"), a chamber's amended version stamped
with its date, a docket entry's "Signed by Judge ... on 10/21/13" or "(Ordered by Judge ... on 1/17/2017)", a
wire service's "STATE, Month D -" prefix before the release's dateline, and a browser script's "Thu Aug 12
2021 19:00:00 GMT+0000" timestamp. Texts written for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.dates import find_document_date

BODY = "\n\nThe county board voted on Tuesday to end its agreement with federal immigration officials.\n"
BILL_BODY = (
    "\n\nA BILL to amend the Code of Ruritania by adding a section relating to county jails.\n\n"
    "Be it enacted by the General Assembly:\n\n1. No county shall adopt a policy limiting detainers.\n"
)

CASES: list[tuple[str, str, str | None]] = [
    # a bill's stage stamp
    (
        "bill-introduced-bracket",
        "House Bill 4410\n\nBy Delegates Marlow and Penn\n\n[Introduced March 2, 2021; Referred\n"
        "to the Committee on Government Organization.]" + BILL_BODY,
        "2021-03-02",
    ),
    (
        "bill-offered",
        "2014 SESSION\n\nSENATE BILL NO. 212\n\nOffered January 8, 2014\n\nPrefiled January 6, 2014"
        + BILL_BODY,
        "2014-01-08",
    ),
    (
        "bill-prefiled-only",
        "SENATE BILL NO. 212\n\nPrefiled December 30, 2013" + BILL_BODY,
        "2013-12-30",
    ),
    (
        "bill-proposed-by-committee",
        "2009 SESSION\n\nHOUSE BILL NO. 77\n\nAMENDMENT IN THE NATURE OF A SUBSTITUTE\n\n"
        "(Proposed by the Senate Committee for General Laws\non February 11, 2009)" + BILL_BODY,
        "2009-02-11",
    ),
    (
        "bill-introduced-by-sponsor",
        "ASSEMBLY BILL 19\n\nIntroduced by Assemblymember Teal on April 5, 2022" + BILL_BODY,
        "2022-04-05",
    ),
    (
        "bill-introduced-caps",
        "HOUSE BILL 19\n\nINTRODUCED FEBRUARY 1, 2018" + BILL_BODY,
        "2018-02-01",
    ),
    # a chamber's amended version and its date (the draft's code may follow the date)
    (
        "bill-amended-next-line",
        "HB 45-FN - AS AMENDED BY THE HOUSE\n\n02/09/2022 0412h\n\n2022 SESSION\n\nHOUSE BILL 45-FN"
        + BILL_BODY,
        "2022-02-09",
    ),
    (
        "bill-amended-same-line",
        "SENATE BILL 8\n\nAs Amended by the Senate, May 17, 2020" + BILL_BODY,
        "2020-05-17",
    ),
    # a docket entry's closing signature
    (
        "docket-signed-two-digit-year",
        "ROE v. PINE COUNTY, No. 1:19cv00401 - Document 22 (D. Ore. 2019)\n\n"
        "Court Description: MEMORANDUM OPINION. Signed by Judge Tessa M. Quill on 6/14/19. (abc)" + BODY,
        "2019-06-14",
    ),
    (
        "docket-ordered-paren",
        "Roe et al v. Pine County et al\n\nFiling 12\n\nORDER granting 8 MOTION to Dismiss filed by Pine County."
        " (Ordered by Judge Tessa M Quill on 9/3/2018) (Judge Tessa M Quill)" + BODY,
        "2018-09-03",
    ),
    (
        "docket-entered-magistrate",
        "Roe v. Pine County\n\nORDER. Entered by Magistrate Judge Leo Hart on March 9, 2020." + BODY,
        "2020-03-09",
    ),
    # a wire service's prefix before the release's own dateline
    (
        "wire-prefix-paren-dateline",
        "Governor comments on jail vote\n\nOREGON, June 3 - SALEM – (June 3, 2021) – Governor Ana Ruiz said"
        + BODY,
        "2021-06-03",
    ),
    (
        "wire-prefix-plain-dateline",
        "Sheriff ends agreement\n\nNEW MEXICO, May 12 - SANTA FE, May 12, 2020 - The sheriff said" + BODY,
        "2020-05-12",
    ),
    # a browser script's timestamp opening the page
    (
        "script-timestamp-utc",
        "Wed Mar 03 2021 17:00:00 GMT+0000 (Coordinated Universal Time)\n\nCOUNTY officials said" + BODY,
        "2021-03-03",
    ),
    (
        "script-timestamp-offset",
        "Mon Nov 4 2019 09:30:00 GMT-0500 (Eastern Standard Time)\n\nCounty leaders said" + BODY,
        "2019-11-04",
    ),
    (
        "script-timestamp-bare",
        "Fri Jan 10 2020 08:00:00 GMT-0700\n\nCounty leaders said" + BODY,
        "2020-01-10",
    ),
]

NEGATIVES: list[tuple[str, str]] = [
    # a story's sentence opening with the stage word goes on past the date
    (
        "story-introduced-sentence",
        "Jail bill advances\n\nThe House Bill would bar sanctuary policies.\n\n"
        "Introduced January 9, 2019, the bill would bar sanctuary policies across the state.",
    ),
    # no bill on the page: the stamp is some other line
    (
        "no-bill-offered",
        "Town notes\n\nThe council met on Tuesday.\n\nOffered January 8, 2014\n\nThe council adjourned.",
    ),
    # running text: lower case, a reported signing
    (
        "story-signed-by-judge",
        "Ruling in jail case\n\nThe order was signed by Judge Ann Lee on 6/14/19 after a hearing, and the "
        "county said it would appeal.",
    ),
    # a wire prefix whose later date is another day's
    (
        "wire-prefix-other-day",
        "County statement\n\nOREGON, June 3 - The sheriff said a vote on May 2, 2021 - was close.",
    ),
    # a timestamp inside a sentence
    (
        "script-timestamp-in-sentence",
        "Log notes\n\nThe server logged Wed Mar 03 2021 17:00:00 GMT+0000 as the last change to the page.",
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_layout_dates(name: str, text: str, expected: str | None) -> None:
    found = find_document_date(text)
    assert (found.date if found else None) == expected


@pytest.mark.parametrize(("name", "text"), NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_negatives(name: str, text: str) -> None:
    assert find_document_date(text) is None
