"""find_document_date on the formulas that close orders and resolutions, court filing headers and
author lines. Texts written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from entanglement.core.extract.dates import find_document_date

ORDER = "EXECUTIVE ORDER 2019-07\nWHEREAS the state values all residents;\nNOW, THEREFORE, I order as follows.\n"

CASES: list[tuple[str, str, str | None]] = [
    # --- signing formulas of executive orders and proclamations
    ("witness-whereof-spelled-day", ORDER + "IN WITNESS WHEREOF, I have set my hand and caused the Seal to be affixed "
     "this fourth day of March, 2019.", "2019-03-04"),
    ("witness-whereof-compound-day", ORDER + "IN WITNESS WHEREOF, I have hereunto set my hand this twenty-first day of "
     "March, 2019.", "2019-03-21"),
    ("given-under-hand", ORDER + "Given under my hand and the Seal of the State this 4th day of March, 2019.", "2019-03-04"),
    ("given-under-hand-in-the-year", ORDER + "Given under my hand this 4th day of March in the year 2019.", "2019-03-04"),
    ("signed-and-sealed-date", ORDER + "Signed and sealed this March 4, 2019.", "2019-03-04"),
    # years in words, the capital's chamber, a comma after "Given", a court's order
    ("given-comma-year-in-words", ORDER + "GIVEN, under my hand and seal this 6th day of May, Two Thousand and Eighteen, "
     "and of the Independence of the United States, the Two Hundred and Forty-Second.", "2018-05-06"),
    ("executive-chamber-lord", ORDER + "Given at the Executive Chamber in Salem this 6th day of May in the year of our "
     "Lord two thousand eighteen.", "2018-05-06"),
    ("witness-compound-year-words", ORDER + "IN WITNESS WHEREOF, I have set my hand this sixth day of May, in the year "
     "two thousand twenty-three.", "2023-05-06"),
    ("year-words-last-century", ORDER + "Given under my hand this 6th day of May, nineteen hundred ninety-eight.",
     "1998-05-06"),
    ("year-words-round", ORDER + "Given under my hand this 6th day of May, two thousand.", "2000-05-06"),
    ("so-ordered", "ORDER ON MOTION\nThe motion is granted.\nIT IS SO ORDERED this 6th day of May, 2018.", "2018-05-06"),
    ("ordered-line", "ORDER ON MOTION\nThe motion is granted.\nORDERED this 6th day of May, 2018.", "2018-05-06"),
    ("ordered-in-story", "The judge ordered the county to release him this 6th day of May, 2018, lawyers said.", None),
    ("witness-whereof-no-year", ORDER + "IN WITNESS WHEREOF, I have set my hand this fourth day of March.", None),
    ("witness-in-story", "The governor said a seal was affixed on March 4, 2019, to an earlier order.", None),
    # --- a resolution's closing record of its own adoption
    ("foregoing-resolution", "RESOLUTION 19-4\nText.\nThe foregoing resolution was passed and adopted on March 4, 2019, "
     "by the following vote:", "2019-03-04"),
    ("foregoing-ordinance-meeting", "ORDINANCE 19-4\nText.\nThe foregoing ordinance was duly adopted at a regular meeting "
     "of the Council held on the 4th day of March, 2019.", "2019-03-04"),
    ("foregoing-motion-on-the-day", "Text.\nON MOTION of Supervisor Roe, the foregoing resolution was adopted by the "
     "Board on March 4, 2019.", "2019-03-04"),
    ("foregoing-introduced-only", "Text.\nThe foregoing ordinance was introduced on March 4, 2019.", None),
    # --- a federal court filing's header stamp
    ("ecf-header", "Case 3:19-cv-01234-ABC Document 42 Filed 03/04/2019 Page 1 of 20\nORDER GRANTING MOTION",
     "2019-03-04"),
    ("ecf-header-two-digit-year", "Case 3:19-cv-01234 Document 42 Filed 03/04/19 Page 1 of 20\nORDER", "2019-03-04"),
    ("ecf-entered", "Case: 1:19-cv-01234 Document #: 42 Filed: 03/04/19 Page 1 of 20 PageID #:100\nOPINION", "2019-03-04"),
    ("two-digit-year-elsewhere", "Notice\nFiled 03/04/19 with the clerk.\nText.", None),
    # --- datelines with the place written as a name, or after the date
    ("dateline-title-case-state", "Headline\nBoston, MA \u2013 March 4, 2019 \u2013 The group said today.", "2019-03-04"),
    ("dateline-title-case-paren", "Headline\nRichmond, Virginia (March 4, 2019) \u2013 The governor said.", "2019-03-04"),
    ("dateline-saint-comma", "Headline\nSt. George, Utah, March 4, 2019 \u2014 The county said.", "2019-03-04"),
    ("dateline-date-first", "Headline\nMarch 4, 2019 \u2014 BOSTON \u2014 The group said.", "2019-03-04"),
    ("sentence-opening-on-weekday", "Headline\nOn Monday, March 4, 2019 \u2014 the council met.", None),
    ("timeline-item", "Timeline\nMarch 4, 2019 \u2013 The council voted on the plan.", None),
    # --- author lines of stories and posts
    ("date-then-by-author", "Headline\nMarch 4, 2019 by Jane Roe\nThe council voted.", "2019-03-04"),
    ("author-then-date", "Headline\nJane Roe March 4, 2019\nThe council voted.", "2019-03-04"),
    ("author-initial-then-date", "Headline\nJane Q. Roe Mar. 4, 2019\nThe council voted.", "2019-03-04"),
    ("hearing-name-then-date", "Agenda\nPublic Hearing March 4, 2019\nText.", None),
    ("next-meeting-then-date", "Agenda\nNext Meeting March 4, 2019\nText.", None),
    ("sentence-then-date", "Headline\nThe council met March 4, 2019\nText.", None),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in CASES], ids=[n for n, _, _ in CASES])
def test_find_document_date(text: str, expected: str | None) -> None:
    found = find_document_date(text)
    assert (found.date if found else None) == expected
    if found:
        assert found.span.slice(text) == found.mention


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(
    ["IN WITNESS WHEREOF, ", "Given under my hand ", "this ", "fourth ", "thirty-first ", "twenty-", "day of ", "February",
     ", 2019", " in the year ", "2019", "The foregoing resolution was adopted on ", "March 4, 2019", "Rev. ", "General Order 12",
     "Subject: Effective Date: Revised Date:\n", "Holds ", "3-4-2019 ", "Case 3:19-cv-01234 Document 4 Filed ", "02/30/19",
     "Jane Roe ", " by Jane Roe", "Missouri Revised Statutes\n", "\n", ":", " "]), max_size=25).map("".join))
def test_any_text(text: str) -> None:
    found = find_document_date(text)
    if found is not None:
        assert found.span.slice(text) == found.mention
        date.fromisoformat(found.date)
