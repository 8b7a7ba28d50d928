"""find_document_date on a letter whose header lines were run together into one line (letterhead,
date, addressee's block, then "Re:" or "Dear ...:"). Texts written for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.dates import find_document_date

BODY = " This office was asked whether the jail must hold people on federal requests.\n\nThe answer is no."

CASES: list[tuple[str, str, str | None]] = [
    (
        "letterhead-date-re-dear",
        "Alder County Government OFFICE OF THE COUNTY COUNSEL March 3, 2015 Chief Ana Ruiz Alder County "
        "Police 12 Main St. Lakeview, OH 44001 Re: Hold Requests Dear Chief Ruiz:" + BODY,
        "2015-03-03",
    ),
    (
        "letterhead-date-dear-only",
        "OFFICE OF THE CITY ATTORNEY Oct. 12, 2016 Mayor Lou Brandt City Hall Dear Mayor Brandt:" + BODY,
        "2016-10-12",
    ),
    (
        "letterhead-date-re-only",
        "Pine Valley Public Defender June 5, 2019 Sheriff Tom Ng RE: Jail Policy" + BODY,
        "2019-06-05",
    ),
    # a sentence before the date: not a letterhead
    (
        "sentence-before-date",
        "The board met on March 3, 2015 with Chief Ana Ruiz. Dear Chief Ruiz: we write again." + BODY,
        None,
    ),
    # a sentence between the date and the salutation: the date is inside the text
    (
        "sentence-after-date",
        "Alder County Board March 3, 2015 The board voted to end the agreement today. Dear Chief Ruiz:" + BODY,
        None,
    ),
    # no salutation or subject line: nothing marks a letter
    (
        "no-letter-marks",
        "Alder County Board March 3, 2015 Chief Ana Ruiz Alder County Police" + BODY,
        None,
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_run_together_letter_head(text: str, expected: str | None) -> None:
    found = find_document_date(text)
    assert (found.date if found else None) == expected
