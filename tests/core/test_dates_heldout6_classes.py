"""find_document_date on a header date whose comma OCR read as a period, a directive title's
revision date with a two-digit year, and a court opinion's argued-decided range. Texts written for
these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.dates import find_document_date

LETTER = "\n\nMs. Jane Roe\nRegional Director\n\nDear Ms. Roe:\n\nOur office asks to join the program."
OPINION = (
    "ALMA REYES vs. TOWN OF PINEDALE.\n\n301 Mass. 44\n\n{range}\n\nHampden County\n\n"
    "Present: Lee, C.J., Park, Diaz, & Moss, JJ.\n\nDetainer. Arrest.\n\nThe court held that officers lack "
    "authority to hold a person on a detainer."
)

CASES: list[tuple[str, str, str | None]] = [
    # --- "Month D. YYYY" alone on a header line: a date whose comma became a period
    ("ocr-period-letter", "OFFICE OF THE SHERIFF\n\nPINE COUNTY\n\nMarch 9. 2011" + LETTER, "2011-03-09"),
    ("ocr-period-abbreviated", "CITY OF RIVERTON\n\nSept. 30. 2014" + LETTER, "2014-09-30"),
    ("ocr-period-capitals", "OFFICE OF THE MAYOR\n\nJUNE 4. 2019" + LETTER, "2019-06-04"),
    # no day of the month: no date
    ("ocr-period-invalid-day", "OFFICE OF THE SHERIFF\n\nFebruary 30. 2011" + LETTER, None),
    # in running text "4. 2019" may be two sentences: never read there
    ("ocr-period-running-text", "The board met in May 4. 2019 was a long year for the county, officials said.", None),
    ("ocr-period-inside-sentence", "Budget notes\n\nThe vote came on April 12. 2016 saw the program end.", None),
    # --- "Rev. MM/DD/YY" on a directive's title line
    ("rev-short-year-title-line", "4.02 Pine City Police Department GENERAL ORDER Rev. 03/14/18\n\nFIELD "
     "INTERVIEWS\n\nThe purpose of this order is to set rules for interviews.", "2018-03-14"),
    ("rev-short-year-colon", "Directive 7.1 Revised: 11/02/16\n\nPURPOSE\n\nThis directive sets rules for "
     "holds.", "2016-11-02"),
    ("rev-short-year-invalid", "Directive 7.1 Rev. 13/02/16\n\nPURPOSE\n\nThis directive sets rules.", None),
    # a two-digit year elsewhere stays unread: a list of revisions, a history note, a title line without a directive
    ("short-year-revision-list", "JAIL DIVISION POLICIES AND PROCEDURES\nTITLE: HOLDS NO: J-12\nEFFECTIVE "
     "DATE: 02-01-17 REVISED: 05-11-17, 08-09-19\nPURPOSE:\nTo set rules for holds.", None),
    ("short-year-history-note", "Sec. 4.1. Refuge.\n\nThe city is a place of refuge. (Added by Ord. 12-90, "
     "App. 3/14/90)", None),
    ("short-year-no-directive", "Pine City newsletter Rev. 03/14/18\n\nNews of the month.", None),
    # --- a court opinion's heading: argued - decided, the decision is the opinion's date
    ("opinion-range-hyphen", OPINION.format(range="March 6, 2018 - August 2, 2018"), "2018-08-02"),
    ("opinion-range-en-dash", OPINION.format(range="Oct. 3, 2016 \u2013 Jan. 9, 2017"), "2017-01-09"),
    ("opinion-single-date", OPINION.format(range="August 2, 2018"), "2018-08-02"),
    # two dates out of order are no argued-decided pair: the first is kept
    ("opinion-range-reversed", OPINION.format(range="August 2, 2018 - March 6, 2018"), "2018-08-02"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_heldout6_date_classes(text: str, expected: str | None) -> None:
    found = find_document_date(text)
    assert (found.date if found else None) == expected


def test_ocr_period_mention_and_span() -> None:
    text = "OFFICE OF THE SHERIFF\n\nMarch 9. 2011" + LETTER
    found = find_document_date(text)
    assert found is not None
    assert found.mention == "March 9. 2011"
    assert text[found.span.start : found.span.end] == found.mention


def test_range_outside_court_opinion_keeps_first_date() -> None:
    text = "Spring Festival\n\nMarch 6, 2018 - August 2, 2018\n\nThe town holds its festival downtown."
    found = find_document_date(text)
    assert found is None or found.date == "2018-03-06"
