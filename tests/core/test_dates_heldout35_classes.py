"""Document dates: a syndicated story's byline with a capital "On", a title's parenthesized short date and a
bill digest's date-first reading line."""

from __future__ import annotations

import pytest

from entanglement.core.extract.dates import find_document_date

_BODY = "The council met again to weigh the proposal and heard from residents who spoke for and against it.\n"

CASES: list[tuple[str, str, str | None]] = [
    # a syndicated byline: author, outlet, then "On" and the date
    (
        "byline: outlet, then a capital On and a day-first date",
        "County changes jail rules\n\nBy Staff writer, For KXYZ, On 27 January 2017, Read Original\n\n" + _BODY,
        "2017-01-27",
    ),
    (
        "byline: bar, then a capital On",
        "County changes jail rules\n\nBy Tomas Ferreira | On March 3, 2018\n\n" + _BODY,
        "2018-03-03",
    ),
    (
        "byline: Published On after the name",
        "County changes jail rules\n\nBy Tomas Ferreira, Published On 3 March 2018\n\n" + _BODY,
        "2018-03-03",
    ),
    (
        "a byline ended by a period is no dated byline: the next sentence's On is prose",
        "County changes jail rules\n\nBy Tomas Ferreira, staff writer. On March 3, 2018, the board met and "
        "voted on many other things that residents raised.\n\n" + _BODY,
        None,
    ),
    # a title closed by its short date in parentheses or brackets
    (
        "title: parenthesized two-digit-year date",
        "Sheriff's Office (Ohio) - NEW Agreement (11/2/09)\n\nMEMORANDUM OF AGREEMENT\n\n" + _BODY,
        "2009-11-02",
    ),
    (
        "title: bracketed four-digit-year date",
        "Council Minutes [3/4/2019]\n\n" + _BODY,
        "2019-03-04",
    ),
    (
        "title: a parenthesized range is no date",
        "Quarterly Report (3/1/21 - 4/5/21)\n\n" + _BODY,
        None,
    ),
    (
        "title: an unclosed parenthesis is no date",
        "Quarterly Report (3/1/21\n\n" + _BODY,
        None,
    ),
    # a bill digest's action line with its date first
    (
        "bill: date, read first time and referred",
        "HOUSE BILL No. 88\n\nSynopsis: Road matters.\n\nJanuary 14, 2008, read first time and referred to "
        "Committee on Roads.\n\n" + _BODY,
        "2008-01-14",
    ),
    (
        "bill: a later action line above the first reading is not the date",
        "HOUSE BILL No. 88\n\nSynopsis: Road matters.\n\nJanuary 24, 2008, amended, reported favorably.\n"
        "January 14, 2008, read first time and referred to Committee on Roads.\n\n" + _BODY,
        "2008-01-14",
    ),
    (
        "bill: numeric date, dash, introduced",
        "SENATE BILL 40\n\n01/14/2008 - Introduced and read first time\n\n" + _BODY,
        "2008-01-14",
    ),
    (
        "bill: date, colon, prefiled",
        "SENATE BILL 40\n\nFeb. 3, 2020: Prefiled and referred to Committee on Roads\n\n" + _BODY,
        "2020-02-03",
    ),
    (
        "bill: an action line that is no filing stage gives no date",
        "SENATE BILL 40\n\nJanuary 24, 2008, amended, reported favorably.\n\n" + _BODY,
        None,
    ),
    (
        "no bill: a date-first line with introduced is prose",
        "Council news today\n\nMarch 3, 2019, introduced a plan for roads.\n\n" + _BODY,
        None,
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_document_date(name: str, text: str, expected: str | None) -> None:
    found = find_document_date(text)
    assert (found.date if found else None) == expected, name
