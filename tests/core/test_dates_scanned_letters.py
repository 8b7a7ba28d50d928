"""find_document_date on a scanned letter whose header lines were run together into one: the date
right before "The Honorable <name>" is the letter's even where OCR garbled the ZIP code and the
salutation and left stray marks where lines began. Texts written for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.dates import find_document_date

LETTER = (
    " Chairwoman Committee on Public Safety State Senate Riverton, WY 82001 ear Chairwoman Ruiz: "
    "‘Thank you for your letter of March 1, 2019, about the jail. We will answer it soon."
)

CASES: list[tuple[str, str, str | None]] = [
    # a garbled ZIP code and a stray mark before the addressee
    (
        "garbled-zip-stray-mark",
        "U.S. Department of Public Works Office of the Director ‘Ofc ofthe Dirctr Rivrton WY 820% "
        "April 9, 2019 ‘The Honorable Ana Ruiz" + LETTER,
        "2019-04-09",
    ),
    # "Honorable" with no article, no mark
    (
        "honorable-no-article",
        "STATE BOARD OF PAROLE Lakeview, OH 4400l June 2, 2020 Honorable Tom Ng" + LETTER,
        "2020-06-02",
    ),
    # a sentence before the date: running text, not a letterhead
    (
        "sentence-before-date",
        "The board wrote to the senator about the jail last spring and then on April 9, 2019 the Honorable Ana "
        "Ruiz answered it." + LETTER,
        None,
    ),
    # a letterhead line that is mostly lower-case words is prose
    (
        "lowercase-before-date",
        "we met with them and then with the others in town on April 9, 2019 The Honorable Ana Ruiz" + LETTER,
        None,
    ),
    # the honorific addressee does not follow the date
    (
        "no-honorable-after-date",
        "Office of the Director Riverton WY 820% April 9, 2019 Senator Ana Ruiz spoke to the board" + LETTER,
        None,
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_scanned_letter_head(text: str, expected: str | None) -> None:
    found = find_document_date(text)
    assert (found.date if found else None) == expected
