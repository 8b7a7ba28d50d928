"""A web page's edit stamp dates the text only when nothing else does, and says so in its basis."""

from __future__ import annotations

import pytest

from entanglement.core.extract.dates import find_document_date

TITLE = "What the Governor's Order Means for Families\n\n"
BODY = (
    "\n\nThe order asks state agencies to help federal officers. Local groups have written answers to the "
    "questions residents ask most often, and they will keep adding to them.\n"
)

CASES: list[tuple[str, str, str | None, str | None]] = [
    (
        "stamp-after-a-sentence",
        "We will keep this page current as we learn more. Last updated: 1/24/2025.\n\n" + TITLE + BODY,
        "2025-01-24",
        "updated",
    ),
    (
        "weekday-ordinal-and-at-time",
        TITLE + "Updated: Mon, Nov 6th 2017 @ 3:00pm EST" + BODY,
        "2017-11-06",
        "updated",
    ),
    ("capitals", TITLE + "LAST UPDATED: MARCH 3, 2019" + BODY, "2019-03-03", "updated"),
    ("page-last-modified", TITLE + "Page last modified: 2019-03-03" + BODY, "2019-03-03", "updated"),
    ("footer-stamp", TITLE + BODY + "\nLast updated - March 3, 2019\n", "2019-03-03", "updated"),
    # a date the text gives itself wins over the stamp, wherever the stamp stands
    (
        "published-date-wins",
        TITLE + "Published March 1, 2019\nUpdated: March 3, 2019" + BODY,
        "2019-03-01",
        "byline",
    ),
    ("dated-letter-wins", "Last updated: March 3, 2019\n\nDated: February 2, 2019\n\n" + BODY, "2019-02-02", None),
    # --- negatives
    (
        "compilation-page",
        "Wyoming Statutes\n\n7-3-101. Detainers.\n\nText of the section." + BODY + "Last updated: March 3, 2019\n",
        None,
        None,
    ),
    ("sentence-about-an-update", TITLE + "The county last updated its policy on March 3, 2019 after a review." + BODY, None, None),
    ("month-and-year-only", TITLE + "Last updated in January 2018, the policy lists the steps." + BODY, None, None),
    ("time-only", TITLE + "Updated 9:09 p.m." + BODY, None, None),
    ("accessed-is-the-reader", TITLE + "Accessed: March 3, 2019" + BODY, None, None),
    ("word-inside-a-sentence", TITLE + "Officials said they updated: March 3, 2019 rules." + BODY, None, None),
]


@pytest.mark.parametrize(("text", "iso", "basis"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_page_stamp(text: str, iso: str | None, basis: str | None) -> None:
    found = find_document_date(text)
    assert (found.date if found else None) == iso
    if found and basis:
        assert found.basis == basis
    if found:
        assert text[found.span.start : found.span.end] == found.mention
