"""find_document_date on municipal code history notes and directive header tables. Texts written
for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.dates import find_document_date

SECTION = "Sec. 4-12. Cooperation with federal agencies.\n(a) No officer shall ask about status.\n"

CASES: list[tuple[str, str, str | None]] = [
    # --- history notes at the end of a code section: the latest passed/adopted date
    ("res-passed-hyphen", SECTION + "(Res. passed 6-18-2007)", "2007-06-18"),
    ("ord-passed", SECTION + "(Ord. 2019-14, passed 3-5-2019)", "2019-03-05"),
    ("added-by-adopted-slash", SECTION + "(Added by Ord. 123, adopted 4/2/2016)", "2016-04-02"),
    ("amended-latest-wins", SECTION + "(Ord. 12-3 \u00a7 1, passed 1-2-2012; Am. Ord. 15-7, passed 5-6-2015)", "2015-05-06"),
    ("latest-across-notes", SECTION + "(Ord. 99, passed 9-1-2020)\nSec. 4-13. Records.\n(Ord. 80, passed 2-2-2018)", "2020-09-01"),
    ("note-month-name", SECTION + "(Ord. 2017-2, adopted June 6, 2017)", "2017-06-06"),
    ("history-line", SECTION + "History: Ord. 45 \u00a7 2, adopted 7/9/2013.", "2013-07-09"),
    ("amended-by-line", SECTION + "Amended by Ordinance 2015-3, adopted June 1, 2015.", "2015-06-01"),
    ("year-only-note", SECTION + "(Prior code \u00a7 2-14; Ord. 12-3 \u00a7 1, 2012)", None),
    ("effective-in-note-is-no-enactment", SECTION + "(Ord. 2010-5, eff. 3-1-2010)", None),
    ("no-note-marker", SECTION + "(The board passed 3-5-2019 a budget.)", None),
    ("own-date-beats-note", "Ordinance 2020-1\nDated: May 4, 2020\n" + SECTION + "(Ord. 80, passed 2-2-2018)", "2020-05-04"),
    ("municode-style", SECTION + "(Code 1985, \u00a7 2-14; Ord. No. 12-3, \u00a7 1, 6-5-2012; Ord. No. 14-9, \u00a7 2, 8-1-2014)",
     "2014-08-01"),
    ("effective-word-skipped", SECTION + "(Ord. 2010-5, adopted 2-1-2010, effective 3-1-2010)", "2010-02-01"),
    ("operative-skipped", SECTION + "(Ord. 2010-5, operative 3-1-2010)", None),
    # --- numeric dates with hyphens
    ("hyphen-date-line", "Notice\n5-4-2020\nThe office will close.", "2020-05-04"),
    ("hyphen-impossible", "Notice\n13-40-2020\nThe office will close.", None),
    # --- directive header tables
    ("column-aligned-effective", "GENERAL ORDER\nNumber:\nEffective Date:\nSubject:\nGO 12-3\nMarch 3, 2019\nImmigration\n\nText.",
     "2019-03-03"),
    # a directive's revision date is the issue date of the version the text is (when not before its other dates)
    ("column-revised-is-this-version", "GENERAL ORDER\nNumber:\nRevised Date:\nEffective Date:\nSubject:\nGO 12-3\n"
     "June 1, 2020\nMarch 3, 2019\nImmigration\n\nText.", "2020-06-01"),
    ("column-revised-before-effective", "GENERAL ORDER\nNumber:\nRevised Date:\nEffective Date:\nSubject:\nGO 12-3\n"
     "January 5, 2019\nMarch 3, 2019\nImmigration\n\nText.", "2019-03-03"),
    ("column-skips-review", "GENERAL ORDER\nNumber:\nReview Date:\nEffective Date:\nSubject:\nGO 12-3\n"
     "June 1, 2021\nMarch 3, 2019\nImmigration\n\nText.", "2019-03-03"),
    # --- a header table laid out in rows: labels on one line, their values in the same order on the next
    ("row-effective-revised", "City Police Department\nGeneral Order No. 12.0\nSubject: Effective Date: Revised Date:\n"
     "Jail Transfers March 3, 2019 June 1, 2020\nTitle: Pages:\nHolds 3\n\nPOLICY\nText.", "2020-06-01"),
    ("row-effective-only", "Sheriff's Office\nGeneral Order 7\nSubject: Effective Date:\nJail Transfers 3/3/2019\n\nText.",
     "2019-03-03"),
    ("row-review-skipped", "Directive 7\nEffective Date: Next Review Date:\nMarch 3, 2019 March 3, 2021\n\nText.",
     "2019-03-03"),
    ("row-issue-date-any-document", "Memo 7\nNumber: Date Issued: Subject:\n7 March 3, 2019 Jail transfers\n\nText.",
     "2019-03-03"),
    ("row-memo-effective-not-read", "Memo\nSubject: Effective Date: Revised Date:\nHolds March 3, 2019 June 1, 2020\nText.", None),
    ("row-count-mismatch", "General Order 7\nEffective Date: Revised Date:\nJail Transfers March 3, 2019\n\nText.", None),
    ("row-values-without-dates", "General Order 7\nTitle: Pages: Distribution:\nHolds 2 All Members\n\nText.", None),
    # --- a statute compilation's page: a bare date line is the compilation's currency date
    ("compilation-currency-date", "Missouri Revised Statutes\n\nChapter 12\nPublic Order\n\nAugust 28, 2019\n"
     "Local policies prohibited.\n\n12.345. 1. No city shall act.", None),
    ("compilation-with-year", "2022 Iowa Code\nMay 4, 2022\n12B.4 Duties.\n1. A county shall act.", None),
    ("code-title-in-headline-sentence", "Iowa Code Change Passes House\nMay 4, 2022\nThe House voted.", "2022-05-04"),
    # --- a revision date beside a directive's title
    ("title-line-rev-abbreviation", "APPENDIX E. Riverton Police Order on Holds\n\nFrom General Order 12 Mutual Aid, "
     "Rev. 3-4-2019:\n\n1. Officers may call ICE.", "2019-03-04"),
    ("title-line-revised-parenthesized", "Riverton Police Department\nDirective 5.1 (Revised March 4, 2019)\n\nText.",
     "2019-03-04"),
    ("rev-without-directive", "Notes on holds, Rev. 3-4-2019:\n\nText.", None),
    ("rev-stat-is-no-revision", "General Order 12\nUnder Ariz. Rev. Stat. 11-1051 officers act.", None),
    # --- inline labels of a directive's header
    ("inline-revised-after-effective", "SPECIAL ORDER 5\nEffective Date: March 1, 2017\nRevised Date: June 2, 2018\n"
     "Subject: Holds", "2018-06-02"),
    ("inline-revised-without-directive", "Notes\nEffective Date: March 1, 2017\nRevised Date: June 2, 2018\nText.", None),
    ("column-hyphen-date", "GENERAL ORDER\nNumber:\nEffective Date:\nSubject:\nGO 12-3\n3-3-2019\nImmigration\n\nText.",
     "2019-03-03"),
    ("column-only-review-date", "Directive 5\nReview Date:\nJune 1, 2020\nSubject: Holds\nText.", None),
    ("date-of-issue-inline", "POLICY 401\nDate of Issue: March 3, 2019\nSubject: Immigration", "2019-03-03"),
    ("date-issued-inline", "POLICY 401\nDate Issued: March 3, 2019\nSubject: Immigration", "2019-03-03"),
    ("date-of-issue-next-line", "POLICY 401\nDate of Issue:\nMarch 3, 2019\nSubject: Immigration", "2019-03-03"),
    ("memo-effective-inline-not-read", "Memo\nEffective: May 4, 2020\nRevised: June 1, 2020\nText.", None),
    ("expiration-date-label", "Directive 5\nExpiration Date: June 1, 2021\nSubject: Holds", None),
    ("date-of-issue-no-colon", "GENERAL ORDER 17-3\nDATE OF ISSUE 3/1/2017\nSUBJECT: Immigration", "2017-03-01"),
    ("date-issued-no-colon", "GENERAL ORDER 17-3\nDATE ISSUED 03/01/2017\nSUBJECT: Immigration", "2017-03-01"),
    ("date-of-adoption", "Resolution 17-3\nDate of Adoption: March 1, 2017\nText.", "2017-03-01"),
    ("issue-before-effective", "GENERAL ORDER 17-3\nIssue Date: 3-1-2017 | Effective Date: 3-15-2017", "2017-03-01"),
    ("directive-effective-inline", "SPECIAL ORDER\nEFFECTIVE DATE: March 1, 2017\nSUBJECT: Immigration\nNUMBER: 17-3",
     "2017-03-01"),
    ("policy-manual-effective-inline", "Sheriff's Office Policies and Procedures\nEffective Date: 3-1-2017\nChapter: Jail",
     "2017-03-01"),
    ("numeric-hyphen-in-running-text", "The council on 3-1-2017 voted.", None),
    ("hyphen-inside-longer-number", "Call 555-12-2017 now.", None),
    ("letter-dated-colon-this-day", "Dear Mayor,\nText of the letter.\nDated: this 5th day of March 2019", "2019-03-05"),
    ("letter-dated-caps-place", "Dear Mayor,\nText.\nDATED this 5th day of March, 2019, at Springfield.", "2019-03-05"),
    ("adopted-colon-hyphen", "Resolution.\nText.\nADOPTED: 3-5-2019", "2019-03-05"),
    ("passed-by-council-hyphen", "Ordinance\nText.\nPassed and adopted by the City Council on 3-5-2019.", "2019-03-05"),
    ("approved-as-to-form", "Text.\nAPPROVED AS TO FORM: 3/5/2019", None),
    ("letter-dated-this-day", "Dear Sheriff,\nWe write about holds.\nDated this 5th day of March, 2019.", "2019-03-05"),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in CASES], ids=[n for n, _, _ in CASES])
def test_find_document_date(text: str, expected: str | None) -> None:
    found = find_document_date(text)
    assert (found.date if found else None) == expected
    if found:
        assert found.span.slice(text) == found.mention


@pytest.mark.parametrize(
    ("text", "basis"),
    [
        ("Memo\nDate Issued: May 4, 2020\nTo: staff", "issued"),
        ("Resolution\nDate of Adoption: May 4, 2020\nText.", "adopted"),
        ("Memo\nDate Approved: May 4, 2020\nText.", "approved"),
        ("Memo\nDate: May 4, 2020\nText.", "dated"),
    ],
)
def test_date_labels_say_what_happened(text: str, basis: str) -> None:
    found = find_document_date(text)
    assert found is not None and found.basis == basis
