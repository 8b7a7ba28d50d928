"""find_document_date on a publisher's tilde byline, an author's "Name, Date" line, a comma without its
space, and a federal filing stamp as other courts print it. Texts written for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.dates import find_document_date

STORY = "\n\nThe Alder County board voted on Tuesday to end its jail agreement, officials said.\n"
COURT = "\n\nUNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF OHIO\n\nJANE ROE, Plaintiff, v. PINE COUNTY, Defendant."
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
