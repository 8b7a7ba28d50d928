"""find_document_date on leads that open the body with the date and a dash, on month and weekday
names in capitals, and on directive forms whose header labels stand in capitals ("ISSUE DATE:",
"REVISION DATE:"). Texts written for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.dates import find_document_date

BODY = " The board voted to end the jail's contract with immigration authorities, officials said."

CASES: list[tuple[str, str, str | None]] = [
    # --- a lead: the body's first paragraph opens with the date and a dash
    ("lead-sept-hyphen", "Oct. 3, 2018 - The Pine County Executive today signed an order limiting holds.", "2018-10-03"),
    ("lead-sept-period", "Sept. 9, 2016 - Mayor Ana Ruiz today announced a new policy on detainers.", "2016-09-09"),
    ("lead-sept-no-period", "Sept 9, 2016 \u2013 Mayor Ana Ruiz today announced a new policy.", "2016-09-09"),
    ("lead-sep", "Sep. 9, 2016 \u2014 Mayor Ana Ruiz today announced a new policy.", "2016-09-09"),
    ("lead-under-title", "Pine County Ends ICE Contract\n\nFeb. 14, 2019 \u2013" + BODY, "2019-02-14"),
    ("lead-under-title-subtitle", "Pine County Ends ICE Contract\nThe vote was 4-1\n\nDec 2, 2020 --" + BODY,
     "2020-12-02"),
    ("lead-em-dash-quote", "Statement\n\nAugust 30, 2021 \u2014 \u201cWe will not hold people for ICE,\u201d said "
     "Sheriff Lee Park.", "2021-08-30"),
    ("lead-capitals", "NEWS RELEASE\n\nAPR. 2, 2015 \u2014 The city council adopted the ordinance.", "2015-04-02"),
    ("lead-weekday", "Thursday, Jan. 7, 2021 - The county attorney released a memo on holds.", "2021-01-07"),
    ("lead-numeric", "3/15/2022 \u2013 Officials of the sheriff's office met with the county board.", "2022-03-15"),
    ("lead-parenthesized", "(Nov. 8, 2016) – The sheriff ended the jail's agreement with ICE.", "2016-11-08"),
    ("lead-no-space-after-period", "Nov.8, 2016 - The sheriff ended the jail's agreement with ICE.", "2016-11-08"),
    # --- datelines in capitals, double hyphens
    ("dateline-double-hyphens", "RIVERTON, WY -- Aug. 2, 2018 -- The council voted.", "2018-08-02"),
    ("dateline-caps-month", "RIVERTON, Wyo., SEPT. 20, 2017 \u2014 The council voted.", "2017-09-20"),
    ("dateline-caps-weekday", "SALEM, Ore. (MONDAY, MARCH 4, 2019) - The board voted.", "2019-03-04"),
    # --- no lead: running text, chronologies, items under headings
    ("date-mid-paragraph", "The council met. On March 4, 2019 - a Monday - it voted to end the contract.", None),
    ("chronology", "What happened\n\nJan. 25, 2017 \u2013 The President signs an order.\n\nMarch 6, 2017 \u2013 A "
     "second order follows.", None),
    ("chronology-heading", "Key dates\n\nJan. 25, 2017 \u2013 The President signs an order.", None),
    ("history-heading", "History of the policy\n\nMay 2, 2014 \u2013 The sheriff stops honoring detainers.", None),
    ("item-under-heading", "What the county did\nMay 2, 2014 \u2013 The sheriff stops honoring detainers.", None),
    ("after-body-paragraph", "The county board has long debated its jail contract with federal authorities, and members "
     "said on Monday that they expect a vote soon on whether the contract ends, with the sheriff and the public "
     "defender both weighing in on it.\n\nMay 2, 2014 \u2013 The sheriff stops honoring detainers.", None),
    ("lead-without-year", "Sept. 20 - The County Executive today issued an order.", None),
    ("date-hyphen-word", "Sept. 20, 2017-The County Executive today issued an order.", None),
    ("lead-lowercase-after", "Sept. 20, 2017 - the county executive today issued an order.", None),
    ("unclosed-parenthesis", "(Nov. 8, 2016 – The sheriff ended the jail's agreement with ICE.", None),
    ("impossible-lead", "Sept. 31, 2017 - The County Executive today issued an order.", None),
    # --- directive forms: a revision's date is the version's issue date, labels in capitals as in title case
    ("caps-issue-revision", "PINE COUNTY SHERIFF\nGENERAL ORDER\n\nNUMBER: 3.10\nISSUE DATE: March 2, 2012\n"
     "REVISION DATE: May 9, 2016\n\nSUBJECT: Holds\n\nI. PURPOSE: text.", "2016-05-09"),
    ("caps-date-revised", "CITY POLICE DEPARTMENT\nDIRECTIVE 7.4\nDATE ISSUED: June 1, 2010\nDATE REVISED: July 8, 2015\n"
     "\nText.", "2015-07-08"),
    ("rev-date-label", "Directive 7.4\nIssued: June 1, 2010\nRev. Date: July 8, 2015\n\nText.", "2015-07-08"),
    ("last-revision-label", "General Order 5\nEffective Date: June 1, 2010\nLast Revision: July 8, 2015\n\nText.", "2015-07-08"),
    ("sop-revised", "STANDARD OPERATING PROCEDURE 12\nISSUED: June 1, 2010\nREVISED: July 8, 2015\n\nText.", "2015-07-08"),
    # a list of revisions: the latest is the version in hand; anything else in the list leaves the table's own date
    ("revision-list", "GENERAL ORDER 4\nEFFECTIVE DATE: January 1, 2018\nREVISED: March 20, 2018, July 18, 2019, and "
     "December 3, 2019\n\nText.", "2019-12-03"),
    ("revision-list-semicolons", "GENERAL ORDER 4\nEFFECTIVE DATE: January 1, 2018\nREVISED: March 20, 2018; July 18, "
     "2019.\n\nText.", "2019-07-18"),
    ("revision-list-with-notes", "GENERAL ORDER 4\nEFFECTIVE DATE: January 1, 2018\nREVISED: March 20, 2018 (minor), "
     "July 18, 2019\n\nText.", "2018-01-01"),
    ("caps-revision-before-issue", "GENERAL ORDER 8\nISSUE DATE: March 2, 2017\nREVISION DATE: May 9, 2016\n\nText.",
     "2017-03-02"),
    ("caps-revision-without-directive", "PINE COUNTY NOTES\nISSUE DATE: March 2, 2012\nREVISION DATE: May 9, 2016\n\nText.",
     "2012-03-02"),
    ("caps-review-is-no-revision", "GENERAL ORDER 8\nISSUE DATE: March 2, 2012\nREVIEW DATE: May 9, 2016\n\nText.",
     "2012-03-02"),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in CASES], ids=[n for n, _, _ in CASES])
def test_find_document_date(text: str, expected: str | None) -> None:
    found = find_document_date(text)
    assert (found.date if found else None) == expected
    if found:
        assert found.span.slice(text) == found.mention
