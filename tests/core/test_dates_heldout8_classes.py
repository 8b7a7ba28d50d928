"""find_document_date on a publisher's tilde byline, an author's "Name, Date" line, a comma without its
space, a federal filing stamp as other courts print it, a letter's "4/10/17" line, a site's name glued
to a day-month-year date, an "Updated" date standing alone, and a day whose digits OCR split. Texts
written for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.dates import find_document_date

STORY = "\n\nThe Alder County board voted on Tuesday to end its jail agreement, officials said.\n"
COURT = "\n\nUNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF OHIO\n\nJANE ROE, Plaintiff, v. PINE COUNTY, Defendant."
LETTER = "\n\nMs. Dana Loft\nField Office Director\n\nDear Ms. Loft:\n\nOur office asks to join the program."
MEMO = "\nRe: jail holds\n\nStaff will no longer hold people on detainers alone, as of 3/1/18 per the chief."
FILLER = "The board heard from residents about the jail budget and the new intake rules. " * 40

CASES: list[tuple[str, str, str | None]] = [
    # --- a publisher's name and a tilde before the date, alone on a line near the top
    ("tilde-byline", "Alder Valley Courier ~ Mar. 14, 2016" + STORY, "2016-03-14"),
    ("tilde-under-headline", "County ends jail deal\nThe Pine Ledger ~ July 9, 2019" + STORY, "2019-07-09"),
    ("tilde-tag-after", "The Pine Ledger ~ July 9, 2019 ~ Opinion" + STORY, "2019-07-09"),
    # a tilde in a sentence is no byline
    (
        "tilde-in-sentence",
        "County ends jail deal\n\nThe vote ~ held July 9, 2019 ~ was close, the clerk said." + STORY,
        None,
    ),
    # --- an author's name, a comma and the date, alone on a line near the top
    ("author-comma-date", "County ends jail deal\n\nOrla Fenwick, September 3, 2019" + STORY, "2019-09-03"),
    ("author-middle-initial", "County ends jail deal\nOrla T. Fenwick, Sept. 3, 2019" + STORY, "2019-09-03"),
    # the same shape naming a later event is no byline
    ("next-meeting-comma", "County ends jail deal\n\nNext Meeting, September 3, 2019" + STORY, None),
    ("public-hearing-comma", "County ends jail deal\n\nPublic Hearing, September 3, 2019" + STORY, None),
    # in a sentence the name and date are reported, not the text's own
    (
        "author-comma-in-sentence",
        "County ends jail deal\n\nA letter from Orla Fenwick, September 3, 2019, asked the board to act.",
        None,
    ),
    # --- no space after the comma
    ("comma-no-space-line", "County ends jail deal\n\nOctober 7,2018" + STORY, "2018-10-07"),
    (
        "comma-no-space-dateline",
        "RIVERTON, Wyo., Oct. 7,2018 \u2014 The county said it would end holds.",
        "2018-10-07",
    ),
    (
        "comma-no-space-labeled",
        "RESOLUTION 18-4\n\nAdopted: October 7,2018\n\nThe board resolves.",
        "2018-10-07",
    ),
    # a lead opening the body with its date and a dash is read as any lead is; without the dash it is a sentence
    (
        "comma-no-space-lead",
        "County ends jail deal\n\nOctober 7,2018 - The council met to end holds, the clerk said.",
        "2018-10-07",
    ),
    (
        "comma-no-space-sentence-start",
        "County ends jail deal\n\nOctober 7,2018 the council met to end holds.",
        None,
    ),
    # in running text deep in a long story it stays a reported date
    (
        "comma-no-space-running",
        "County ends jail deal\n\n" + FILLER + "On October 7,2018 the council met.",
        None,
    ),
    (
        "comma-no-space-mid-paragraph",
        "County ends jail deal\n\nThe board said that on October 7,2018 the council met to end holds.",
        None,
    ),
    # --- a federal filing stamp: no colon, "Doc #:", a district's "Filed in TXSD on", one field a line
    ("ecf-no-colon", "Case 2:18-cv-00456 Document 31 Filed 06/21/18 Page 1 of 12" + COURT, "2018-06-21"),
    (
        "ecf-doc-hash",
        "Case: 1:18-cv-00456-XYZ Doc #: 31 Filed: 06/21/18 Page: 1 of 12 PAGEID #: 410" + COURT,
        "2018-06-21",
    ),
    (
        "ecf-filed-in-district",
        "Case 4:18-cv-00456 Document 31 Filed in TXSD on 06/21/18 Page 1 of 12" + COURT,
        "2018-06-21",
    ),
    (
        "ecf-split-lines",
        "Case 2:18-cv-00456\nDocument 31\nFiled 06/21/18\nPage 1 of 12" + COURT,
        "2018-06-21",
    ),
    (
        "ecf-mid-line-usdc",
        "Roe v. Pine County Doc. 31 Case 1:18-cv-00456-ABC Document 31 Filed 06/21/18 USDC Colorado Page 1 of 12"
        + COURT,
        "2018-06-21",
    ),
    # mid-line a later page's stamp may be a quoted filing's
    (
        "ecf-mid-line-later-page",
        "Roe v. Pine County Doc. 31 Case 1:18-cv-00456 Document 31 Filed 06/21/18 Page 4 of 12" + COURT,
        None,
    ),
    # a blank line between the fields: two blocks, no stamp
    ("ecf-split-paragraphs", "Case 2:18-cv-00456\n\nDocument 31\n\nFiled 06/21/18" + COURT, None),
    # --- a numeric date with a two-digit year alone on a line near the top, or after "Date:"
    ("short-date-letter", "OFFICE OF THE SHERIFF\nALDER COUNTY\n\n6/12/17" + LETTER, "2017-06-12"),
    (
        "short-date-memo-label",
        "MEMORANDUM\nTo: All staff\nFrom: Chief Ivo Brandt\nDate: 11/3/18" + MEMO,
        "2018-11-03",
    ),
    ("short-date-invalid", "OFFICE OF THE SHERIFF\n\n13/12/17" + LETTER, None),
    # inside a sentence, after another label, or far down the page it stays unread
    ("short-date-in-sentence", "OFFICE OF THE SHERIFF\n\nWe met on 6/12/17 and agreed." + LETTER, None),
    ("short-date-effective", "MEMORANDUM\nTo: All staff\nEffective Date: 11/3/18" + MEMO, None),
    ("short-date-deep", "OFFICE OF THE SHERIFF\n\n" + FILLER + "\n6/12/17\n" + LETTER, None),
    # beside a full date above it the full date is the letter's (the first date line)
    ("short-date-after-full", "OFFICE OF THE SHERIFF\nJune 14, 2017\n6/12/17" + LETTER, "2017-06-14"),
    # --- a site's name glued to a day-month-year date
    ("glued-day-month", "PineLedger13-05-2025\n\nCounty ends jail deal" + STORY, "2025-05-13"),
    ("glued-day-month-spaces", "Pine Valley News 28-02-2019\nCounty ends jail deal" + STORY, None),
    ("glued-month-day", "Pine Valley News05-28-2019\n\nCounty ends jail deal" + STORY, "2019-05-28"),
    # both numbers 12 or under: day-month or month-day, no telling
    ("glued-ambiguous", "PineLedger03-05-2025\n\nCounty ends jail deal" + STORY, None),
    (
        "glued-in-sentence",
        "County ends jail deal\n\nThe form was filed as case PL13-05-2025 last week.",
        None,
    ),
    # --- an "Updated" date: alone it is the page's date; beside a publication date the latter stays
    ("updated-only", "County ends jail deal\nUpdated November 5, 2020" + STORY, "2020-11-05"),
    ("updated-paren-title", "County ends jail deal (updated Nov. 5, 2020)" + STORY, "2020-11-05"),
    (
        "updated-paren-line",
        "County ends jail deal\n(Updated: November 5, 2020 4:10 p.m.)" + STORY,
        "2020-11-05",
    ),
    (
        "updated-after-published",
        "County ends jail deal\nNovember 2, 2020\nUpdated November 5, 2020" + STORY,
        "2020-11-02",
    ),
    (
        "updated-before-published",
        "County ends jail deal\nUpdated November 5, 2020\nPublished: November 2, 2020" + STORY,
        "2020-11-02",
    ),
    (
        "updated-same-line",
        "County ends jail deal\nNovember 2, 2020 | Updated November 5, 2020" + STORY,
        "2020-11-02",
    ),
    # a web page's edit stamp (label with a colon or dash) dates the page, not the text it carries
    ("updated-colon-stamp", "County ends jail deal\nUpdated: November 5, 2020" + STORY, "2020-11-05"),
    ("last-updated-stamp", "County ends jail deal\nLast updated - November 5, 2020" + STORY, "2020-11-05"),
    # an update named in a sentence, or past the top of the page, is no heading
    (
        "updated-in-sentence",
        "County ends jail deal\n\nThe list was updated November 5, 2020 by the clerk." + STORY,
        None,
    ),
    ("updated-deep", "County ends jail deal\n\n" + FILLER + "\nUpdated November 5, 2020" + STORY, "2020-11-05"),
    # --- a day's digits split by OCR on a header date line
    ("ocr-split-day", "OFFICE OF THE MAYOR\n\nMay 3 1, 2016" + LETTER, "2016-05-31"),
    ("ocr-split-day-teens", "OFFICE OF THE MAYOR\n\nJan. 1 7, 2019" + LETTER, "2019-01-17"),
    ("ocr-split-invalid", "OFFICE OF THE MAYOR\n\nFebruary 3 0, 2016" + LETTER, None),
    # a first piece over 3 makes no day; in running text it is two numbers
    ("ocr-split-no-day", "OFFICE OF THE MAYOR\n\nMay 4 1, 2016" + LETTER, None),
    (
        "ocr-split-in-sentence",
        "OFFICE OF THE MAYOR\n\nThe votes on May 3 1, 2016 and later were close." + LETTER,
        None,
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_heldout8_date_classes(text: str, expected: str | None) -> None:
    found = find_document_date(text)
    assert (found.date if found else None) == expected


@pytest.mark.parametrize("text", [c[1] for c in CASES if c[2] is not None], ids=[c[0] for c in CASES if c[2]])
def test_mention_matches_span(text: str) -> None:
    found = find_document_date(text)
    assert found is not None
    assert text[found.span.start : found.span.end] == found.mention
