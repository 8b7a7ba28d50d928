"""find_document_date on two header forms the earlier rules missed: an appeals opinion's caption run
into one line with "ARGUED ... DECIDED ..." in capitals, and a scanned letter whose letterhead line ends
in the date (with a stray OCR fragment) while the addressee's block and "Dear ..." stand on lines of their
own. Texts written for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.dates import find_document_date

BODY = "\n\nThe county jail will no longer hold people on federal requests alone, officials said."

CASES: list[tuple[str, str, str | None]] = [
    # an opinion's caption flattened into one line: the decided date is the opinion's, not the argued one
    (
        "caption-argued-decided-caps",
        "Town of Alder v. Dana Roe\n\nIn the Court of Appeals for the Ninth Circuit ____ No. 19-1234 TOWN OF "
        "ALDER, Plaintiff-Appellee, v. DANA ROE, Defendant-Appellant. ____ ARGUED MARCH 3, 2019 DECIDED "
        "JULY 9, 2019 ____ Before KELL and MOSS, Circuit Judges." + BODY,
        "2019-07-09",
    ),
    (
        "caption-argued-submitted-decided-caps",
        "In the Court of Appeals ____ NO. 19-1 ARGUED MAY 2, 2019, NO. 19-2 SUBMITTED JAN. 6, 2020 "
        "DECIDED FEBRUARY 14, 2020 ____ Before LUNA, Circuit Judge." + BODY,
        "2020-02-14",
    ),
    # "decided" in lower case inside a sentence stays the date of something else
    (
        "decided-in-sentence",
        "Notes on the case\n\nThe panel, which decided June 5, 2019 that the town could go on, met again."
        + BODY,
        None,
    ),
    # a scanned letter: the letterhead line ends in the date, one stray lower-case OCR fragment in it
    (
        "ocr-letterhead-line-ending-in-date",
        "OLIVE R. MARTELL COMMITTEES: JUDICIARY United States Senate ref BUDGET WASHINGTON, DC 20510 "
        "COMMERCE, SCIENCE March 12, 2019\n\nThe Honorable Pat Doe Secretary U.S. Department of Justice "
        "Washington, DC 20530\n\nRE: Grant conditions\n\nDear Secretary Doe:\n\nI write about the grant."
        + BODY,
        "2019-03-12",
    ),
    (
        "letterhead-line-ending-in-date-dear-only",
        "PINE COUNTY BOARD OF SUPERVISORS 100 Main Street, Riverton, WY 82501 June 3, 2018\n\n"
        "Ms. Lee Grant\nRegional Director\n\nDear Ms. Grant:\n\nThe board writes about the jail." + BODY,
        "2018-06-03",
    ),
    # a sentence (many lower-case words) before the date is no letterhead
    (
        "sentence-line-ending-in-date",
        "The board met and voted to send this reply on June 3, 2018\n\nMs. Lee Grant\n\nDear Ms. Grant:\n\n"
        "The board writes." + BODY,
        None,
    ),
    # a sentence between the date line and the salutation: the date is not a letter's heading
    (
        "sentence-between-date-and-dear",
        "PINE COUNTY BOARD June 3, 2018\n\nThe board voted today on the jail policy. It passed.\n\n"
        "Dear Ms. Grant:\n\nThe board writes." + BODY,
        "2018-06-03",  # not as a letter's heading: the last-resort opening line (test_dates_opening.py)
    ),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _n, t, e in CASES], ids=[n for n, _t, _e in CASES])
def test_heldout11_date_classes(text: str, expected: str | None) -> None:
    found = find_document_date(text)
    assert (found.date if found else None) == expected
