"""find_document_date on a date glued to the text's first word, the place-and-date line heading
minutes, and a court order's docket signing and mid-line filing stamp. Texts written for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.dates import find_document_date

STORY = "\n\nPine County joins holds program\n\nRIVERTON, Wyo. \u2013 The sheriff said the county signed an agreement."
MINUTES = " The Town Council of Cedar Falls met this day in special session with all members present."
DOCKET = (
    "Town of Alder v. Jane Doe, No. 2:2020cv01111 - Document 51 (D. Or. 2021)\n\n"
    "Court Description: OPINION and ORDER. The motion to dismiss is denied. {middle}\n\n"
    "Town of Alder v. Jane Doe Doc. 51 {stamp} UNITED STATES DISTRICT COURT, DISTRICT OF OREGON. TOWN "
    "OF ALDER, Plaintiff, v. JANE DOE, Defendant. OPINION AND ORDER The town asks the court to "
    "set aside the grant conditions."
)
ORDER = "\n\nPURPOSE\n\nThis order sets rules for holds. A man was held from 02/11/2017 to 02/13/2017.\n"
STAMP = "Case: 2:20-cv-01111 Document #: 51 Filed: 04/12/21 Page 1 of 19 PageID #:700"

CASES: list[tuple[str, str, str | None]] = [
    # --- a date at the very start glued to the next line's first word
    ("glued-place", "June 3, 2019Riverton, WY, United States" + STORY, "2019-06-03"),
    ("glued-abbreviated", "Sept. 14, 2020Pine County Sheriff" + STORY, "2020-09-14"),
    ("glued-weekday", "Tuesday, May 5, 2015ALDER, Ore." + STORY, "2015-05-05"),
    ("glued-invalid-day", "April 31, 2019Riverton, WY" + STORY, None),
    # a year glued to a word in running text is no date line
    (
        "glued-mid-text",
        "Pine County news\n\nThe board said on June 3, 2019Riverton would join the program.",
        None,
    ),
    # not as a place-and-date heading: the last-resort opening line (test_dates_opening.py)
    ("glued-second-line", "Pine County news\nJune 3, 2019Riverton, WY\nThe board voted to join.", "2019-06-03"),
    ("glued-lowercase", "June 3, 2019was the day the board voted to join the program.", None),
    # --- the place-and-date line heading minutes or a letter
    (
        "minutes-run-in",
        "Clerk's Office, Black Hawk County Cedar Falls, IA, March 9, 2021" + MINUTES,
        "2021-03-09",
    ),
    ("minutes-state-name", "Cedar Falls, Iowa, March 9, 2021" + MINUTES, "2021-03-09"),
    ("minutes-ap-state", "OFFICE OF THE CLERK\nDover, Del., Oct. 2, 2017\n" + MINUTES, "2017-10-02"),
    (
        "minutes-two-word-state",
        "Town Hall\nDover, New Hampshire, Oct. 2, 2017\nThe selectmen met at noon.",
        "2017-10-02",
    ),
    (
        "letter-place-date-line",
        "Cedar Falls, IA, March 9, 2021\n\nDear Sheriff Lund:\n\nWe ask to join.",
        "2021-03-09",
    ),
    # not a state after the comma: a person's name, not a place
    ("name-not-state", "Lund, Erik, March 9, 2021 The sheriff wrote to the board.", None),
    # after a sentence the place and date are the text's report, not its heading
    (
        "place-date-after-sentence",
        "The board met downtown. Cedar Falls, IA, March 9, 2021 The vote was 3-2.",
        None,
    ),
    (
        "place-date-in-sentence",
        "Members traveled to Cedar Falls, IA, March 9, 2021, to hear the sheriff.",
        None,
    ),
    ("place-date-deep", "Clerk's minutes " + "x" * 250 + " Cedar Falls, IA, March 9, 2021" + MINUTES, None),
    # --- a court order's docket signing and its page-1 filing stamp
    (
        "docket-signed-and-stamp",
        DOCKET.format(
            middle="Signed by the Honorable Ann B. Lund on 4/12/2021: Mailed notice (abc)", stamp=STAMP
        ),
        "2021-04-12",
    ),
    (
        "docket-signed-judge",
        DOCKET.format(
            middle="Signed by Magistrate Judge Ann B. Lund on 4/12/2021. (abc)", stamp="Order follows."
        ),
        "2021-04-12",
    ),
    ("stamp-mid-line", DOCKET.format(middle="Mailed notice (abc)", stamp=STAMP), "2021-04-12"),
    # the hearing a docket entry sets is a later event, never the order's date
    (
        "docket-hearing-first",
        DOCKET.format(
            middle="Status hearing set for 5/3/2021 at 9:30 a.m. Signed by the Honorable Ann B. Lund on 4/12/2021: "
            "Mailed notice",
            stamp=STAMP,
        ),
        "2021-04-12",
    ),
    (
        "hearing-only",
        DOCKET.format(middle="Status hearing set for 5/3/2021 at 9:30 a.m.", stamp="Order."),
        None,
    ),
    # a later page's stamp mid-line may be a quoted filing's: only page 1 counts
    (
        "stamp-later-page",
        DOCKET.format(middle="Mailed notice (abc)", stamp=STAMP.replace("Page 1 of", "Page 7 of")),
        None,
    ),
    # signed in the middle of a sentence, or by someone other than a judge: a reported event
    (
        "signed-mid-sentence",
        "Pine County news\n\nThe order was signed by Judge Ann Lund on 4/12/2021, the clerk said.",
        None,
    ),
    (
        "signed-by-governor",
        "Pine County news\n\nThe session ended. Signed by Governor Ann Lund on 4/12/2021, the "
        "bill takes effect in July.",
        None,
    ),
    # --- a directive's header line ending with its revision date: the text in hand is that revision
    (
        "revised-header-line",
        "Directive 4.2 Holds\nPine City Police Department Revised: 03/14/2019 Page 1 of 4" + ORDER,
        "2019-03-14",
    ),
    (
        "revised-after-effective",
        "Pine City Police Policy No. 4.2 Effective: 01/02/2018 Revised: 03/14/2019\nHOLDS" + ORDER,
        "2019-03-14",
    ),
    ("revised-bar-page", "General Order 4.2 | Holds | Revised: 03/14/2019 | Page 1" + ORDER, "2019-03-14"),
    # no directive above it, a lower-case "revised" in a sentence, another date after it: unread
    ("revised-no-directive", "PINE CITY POLICE DEPARTMENT\nHolds\nRevised: 03/14/2019" + ORDER, None),
    (
        "revised-in-sentence",
        "Directive 4.2 Holds\nThe intake form was revised: 03/14/2019 to add a box." + ORDER,
        None,
    ),
    ("revised-then-review", "Directive 4.2 Holds\nRevised: 03/14/2019 Next review: 03/14/2021" + ORDER, None),
    ("reviewed-or-revised", "Directive 4.2 Holds\nReviewed/Revised: 03/14/2019" + ORDER, None),
    # a numeric date in running text stays unread
    (
        "numeric-running-text",
        "Pine County news\n\nThe sheriff met agents on 4/12/2021 to discuss holds.",
        None,
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_heldout7_date_classes(text: str, expected: str | None) -> None:
    found = find_document_date(text)
    assert (found.date if found else None) == expected


@pytest.mark.parametrize(
    "text",
    [
        "June 3, 2019Riverton, WY" + STORY,
        "Clerk's Office Cedar Falls, IA, March 9, 2021" + MINUTES,
        DOCKET.format(middle="Mailed notice (abc)", stamp=STAMP),
    ],
)
def test_mention_matches_span(text: str) -> None:
    found = find_document_date(text)
    assert found is not None
    assert text[found.span.start : found.span.end] == found.mention
