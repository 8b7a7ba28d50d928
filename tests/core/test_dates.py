"""find_document_date: only dates a text states for itself; None rather than a guess."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from entanglement.core.extract.dates import find_document_date

CASES: list[tuple[str, str, str | None, str | None]] = [
    # (id, text, expected ISO date, expected basis)
    ("dateline-abbrev-month", "WASHINGTON, Jan. 24, 2018 \u2014 The department sent letters today.", "2018-01-24", "dateline"),
    ("dateline-with-state", "SAN JOSE, Calif. \u2014 March 3, 2017 \u2014 The board voted.", "2017-03-03", "dateline"),
    ("byline-date-time", "Group Responds to Letters\n\nJanuary 24, 2018 4:30 pm\n\nMedia Contact\n\nText.", "2018-01-24", "header"),
    ("weekday-header", "Leaders Reach Agreement\n\nMonday, September 11, 2017\n\nSACRAMENTO \u2013 A statement.", "2017-09-11", "header"),
    ("sept-abbrev", "Statement\n\nSept. 11, 2017\n\nBody text here.", "2017-09-11", "header"),
    ("day-month-year", "Memorandum\n24 January 2018\nTo all staff.", "2018-01-24", "header"),
    ("iso", "Notice\n2018-01-24\nThe office will close.", "2018-01-24", "header"),
    ("us-numeric", "Letter\n1/24/2018\nDear Sheriff,", "2018-01-24", "header"),
    ("dated-label", "To: all deputies\nDated: March 3, 2019\nSubject: holds", "2019-03-03", "dated"),
    ("adopted-at-end", "Whereas the council finds a need.\n" + "Body text. " * 400 + "\nAdopted on June 5, 2018 by the Council.",
     "2018-06-05", "adopted"),
    ("passed-ordinal", "PASSED AND ADOPTED this 5th day of June, 2018.", "2018-06-05", "adopted"),
    ("approved-bracketed", "An act to amend the code. [ Approved by Governor October 05, 2017. Filed with "
     "Secretary of State October 05, 2017. ]", "2017-10-05", "approved"),
    ("approved-by-governor-mid-line", "CHAPTER 12. Approved by Governor June 5, 2018. Filed with the Secretary.",
     "2018-06-05", "approved"),
    ("for-immediate-release", "FOR IMMEDIATE RELEASE AG TUESDAY, APRIL 4, 2017 (202) 555-0100", "2017-04-04", "release"),
    ("first-header-wins", "Headline\n\nWednesday, February 1, 2017\nThe President signed an order on Jan. 27, 2017.",
     "2017-02-01", "header"),
    ("time-after-dash", "Headline\n\nWednesday, January 24, 2018 - 4:30pm\n\nText.", "2018-01-24", "header"),
    ("byline", "Headline\nBy Jane Roe | January 24, 2018\nThe council voted.", "2018-01-24", "byline"),
    ("parenthesized-dateline", "SPRINGFIELD, Ill. (March 3, 2025) - The council voted.", "2025-03-03", "dateline"),
    ("wire-dateline", "CHICAGO, Jan. 24, 2018 /PRNewswire/ -- A coalition said.", "2018-01-24", "dateline"),
    ("for-release-label", "For Release: January 24, 2018\nThe office said.", "2018-01-24", "release"),
    ("dated-this-day", "Text of the order.\nDated this 24th day of January, 2018.", "2018-01-24", "dated"),
    ("tagged-date-line", "Headline\nPress Release | April 27, 2017\nThe mayor said.", "2017-04-27", "header"),
    ("published-with-time", "Headline\nPublished 4:52 PM EST Jan 24, 2018\nText.", "2018-01-24", "byline"),
    ("passed-by-council", "Text.\nPassed by the Board of Supervisors on January 24, 2018.", "2018-01-24", "adopted"),
    ("decided", "No. 17-2991\nArgued December 5, 2017 \u2014 Decided April 19, 2018\nBefore judges.", "2018-04-19", "decided"),
    ("masthead-dash", "- The Daily Ledger - Monday, May 4, 2020\n\nThe county board voted on Monday.", "2020-05-04", "header"),
    ("masthead-em-dash", "The Daily Ledger \u2014 May 4, 2020\n\nThe board voted.", "2020-05-04", "header"),
    ("masthead-two-tags", "Headline\nJane Roe | The Daily Ledger | Monday, May 4, 2020\nText.", "2020-05-04", "header"),
    ("posted-colon", "Headline here\nPosted: May 4, 2020\nThe county board voted.", "2020-05-04", "byline"),
    ("published-not-updated", "Headline\nUpdated May 6, 2020\nPublished May 4, 2020\nBody.", "2020-05-04", "byline"),
    ("published-then-updated", "Headline\nPublished May 4, 2020 | Updated May 6, 2020\nBody.", "2020-05-04", "byline"),
    ("date-line-then-updated", "Headline\nMay 4, 2020 Updated: May 6, 2020\nText.", "2020-05-04", "header"),
    ("letter-ordinal", "Office of the Sheriff\n\nMay 4th, 2020\n\nDear Sheriff Smith:", "2020-05-04", "header"),
    ("memo-date-numeric", "Memo\nDATE: 05/04/2020\nSUBJECT: holds", "2020-05-04", "dated"),
    ("signed-this-day", "Text of the resolution.\nSigned this 3rd day of May, 2019.", "2019-05-03", "signed"),
    ("passed-approved-adopted", "Text.\nPASSED, APPROVED AND ADOPTED this 3rd day of May, 2019, by the following vote:",
     "2019-05-03", "adopted"),
    ("passed-on-the-day", "Text.\nPASSED AND APPROVED on the 4th day of May, 2019.", "2019-05-04", "adopted"),
    ("adopted-no-comma", "Text.\nADOPTED this 4th day of May 2019.", "2019-05-04", "adopted"),
    ("done-this-day", "Text.\nDone this 4th day of May, 2019.", "2019-05-04", "signed"),
    ("date-slash-time-author", "Headline\nMay 4, 2020 / 5:15 PM / Jane Roe\nText.", "2020-05-04", "header"),
    ("originally-published", "Headline\nUPDATED May 6, 2020 - Originally published May 4, 2020\nText.", "2020-05-04", "byline"),
    ("byline-masthead", "Headline\nBy Jane Roe - The Daily Ledger - Monday, May 4, 2020\nText.", "2020-05-04", "byline"),
    ("published-time-zone-first", "Headline\nPublished: 5:15 PM CDT May 4, 2020\nUpdated: 6:00 PM CDT May 5, 2020\nText.",
     "2020-05-04", "byline"),
    ("capital-enactment-mid-line", "ORDINANCE NO. 2019-12\n\nWHEREAS text.\n\nINTRODUCED on April 1, 2019, and PASSED AND "
     "ADOPTED on May 4, 2019.", "2019-05-04", "adopted"),
    ("issue-date-not-effective", "Policy 413\nIssue Date: May 4, 2020\nEffective Date: June 1, 2020\nText.", "2020-05-04", "dated"),
    ("date-issued-numeric", "Policy 413\nDate Issued: 05/04/2020\nText.", "2020-05-04", "issued"),
    ("ordinal-of-month", "Text.\nDated this 4th of May, 2020.", "2020-05-04", "dated"),
    ("byline-on-date", "Headline\nBy Jane Roe on May 4, 2020\nThe council voted.", "2020-05-04", "byline"),
    ("date-line-dotted-time", "Headline\nMonday 4 May 2020 17.00 EDT\nThe council voted.", "2020-05-04", "header"),
    # --- no self-stated date
    ("by-deadline-in-sentence", "The county must act by June 1.\nBy law, on May 4, 2020 the board met.", None, None),
    ("hearing-tag-line", "Agenda\nPublic hearing - May 4, 2020\nText.", None, None),
    ("revision-date", "Policy\nRevision Date: May 4, 2020\nText.", None, None),
    ("passed-lowercase-in-story", "The county board passed and adopted the plan on May 4, 2020, officials said.", None, None),
    ("updated-only", "Headline\nUpdated: May 6, 2020\nBody.", "2020-05-06", "updated"),
    ("last-updated-dash", "Headline\nLast updated - May 6, 2020\nBody.", "2020-05-06", "updated"),
    ("effective-and-revised", "Memo\nEffective: May 4, 2020\nRevised: June 1, 2020\nText.", None, None),
    ("dated-in-running-text", "The board met on May 4, 2020 and voted. It was updated June 1, 2020.", None, None),
    ("wire-said-weekday", "WASHINGTON (AP) \u2014 The department said Monday, May 4, 2020 that it would sue.", None, None),
    ("release-in-sentence", "The report is scheduled for release on June 5, 2018, officials said.", None, None),
    ("running-text-only", "The President signed an order on Jan. 27, 2017, officials said.", None, None),
    ("effective-date", "SECTION 2. This Act takes effect September 1, 2015.", None, None),
    ("effective-label", "Effective Date: January 1, 2018\nPolicy text follows.", None, None),
    ("two-digit-years", "EFFECTIVE DATE: 01-01-18 REVISED: 03-20-18, 09-09-21", None, None),
    ("no-year", "Posted March 5 at 3 pm\nThe story.", None, None),
    ("month-year-only", "A May 2016 report found problems.", None, None),
    ("signed-in-sentence", "Governor Abbott signed on May 7, 2017 the bill into law.", None, None),
    ("impossible-date", "Title\nFebruary 30, 2018\nbody", None, None),
    ("today-only", "WASHINGTON \u2013 Today, the Justice Department published a list.", None, None),
    ("empty", "", None, None),
]


@pytest.mark.parametrize(("text", "iso", "basis"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_find_document_date(text: str, iso: str | None, basis: str | None) -> None:
    found = find_document_date(text)
    if iso is None:
        assert found is None
        return
    assert found is not None
    assert (found.date, found.basis) == (iso, basis)
    assert found.span.slice(text) == found.mention


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(), st.lists(st.sampled_from(
    ["Dated: ", "January 24, 2018", "Sept. 31, 2017", "1/24/2018", "\n", "WASHINGTON, ", " \u2014 ", "(", ")", "By ", " | ",
     "Adopted on ", "this 5th day of ", "June, 2018", "\u017f", "2018-02-30"]), max_size=30).map("".join)))
def test_any_text(text: str) -> None:
    found = find_document_date(text)
    if found is not None:
        assert found.span.slice(text) == found.mention
        assert len(found.date) == 10
        json.dumps(found.to_dict())
