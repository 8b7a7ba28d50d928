"""Document dates: a lead's date line that keeps its dash while the first sentence stands below it, and a
legislature's resolution or memorial dated by its stage stamp under its number."""

from __future__ import annotations

import pytest

from entanglement.core.extract.dates import find_document_date

_BODY = "The council met again to weigh the proposal and heard from residents who spoke for and against it.\n"

CASES: list[tuple[str, str, str | None]] = [
    # a lead's date and dash on a line of their own, the first sentence in the paragraph below
    (
        "lead date line: double hyphen, sentence below",
        "Office of the Sheriff\n\nNew jail intake rules\n\nJune 4, 2019 --\n\nOn March 2, 2019, Sheriff Dara Penn "
        "ended the contract.\n\n" + _BODY,
        "2019-06-04",
    ),
    (
        "lead date line: em dash, weekday",
        "County news\n\nWednesday, October 7, 2020 \u2014\n\nThe board voted to end the program.\n\n" + _BODY,
        "2020-10-07",
    ),
    (
        "lead date line: en dash, abbreviated month",
        "Mayor's statement\n\nSept. 14, 2017 \u2013\nMayor Ina Brook said the city will not change course.\n\n"
        + _BODY,
        "2017-09-14",
    ),
    (
        "lead date line: single spaced hyphen",
        "Police department update\n\n3/9/2021 -\n\nChief Omar Lyle issued a new directive.\n\n" + _BODY,
        "2021-03-09",
    ),
    (
        "dateline with place, dash ending the line",
        "Release\n\nSPRINGFIELD, March 3, 2016 --\n\nThe council adopted the measure.\n\n" + _BODY,
        "2016-03-03",
    ),
    (
        "lead date line: in parentheses, dash after",
        "County news\n\n(August 8, 2018) --\n\nThe sheriff set new rules.\n\n" + _BODY,
        "2018-08-08",
    ),
    (
        "lead date line: em dash glued to the year",
        "County news\n\nAugust 8, 2018\u2014\n\nThe sheriff set new rules.\n\n" + _BODY,
        "2018-08-08",
    ),
    (
        "lead date line: capitals, sentence on the very next line",
        "County news\n\nAUGUST 8, 2018 --\nThe sheriff set new rules.\n\n" + _BODY,
        "2018-08-08",
    ),
    # negatives: a dash that opens a range, and a sentence that ends on a date and a dash
    (
        "a range's first date is no lead",
        "Public hearings\n\nThe hearings ran from May 4, 2019 --\n\nto the end of the month.\n\n" + _BODY,
        None,
    ),
    (
        "an edit stamp with a dash is no issue date",
        "Jail policy page\n\nLast updated May 4, 2019 --\n\nThe sheriff set new rules.\n\n" + _BODY,
        "2019-05-04",  # the page's own stamp, the last resort (basis "updated")
    ),
    # a legislature's resolution dated by its stage stamp under its number
    (
        "house joint resolution: offered",
        "HJ 41: Federal agreements; requesting Governor to sign.\n\nHOUSE JOINT RESOLUTION NO. 41\n\n"
        "Offered January 12, 2011\n\nPrefiled January 10, 2011\n\nRequesting the Governor to sign an agreement.\n\n"
        "Patron-- Whitcombe\n\nWHEREAS, the Commonwealth values public safety; and\n\n" + _BODY,
        "2011-01-12",
    ),
    (
        "senate joint resolution: prefiled only",
        "SENATE JOINT RESOLUTION NO. 7\n\nPrefiled December 1, 2015\n\nRequesting a study of jail contracts.\n\n"
        "WHEREAS, the state holds many detainees; and\n\n" + _BODY,
        "2015-12-01",
    ),
    (
        "concurrent resolution: introduced, bracketed stamp",
        "HOUSE CONCURRENT RESOLUTION 19\n\n[Introduced February 2, 2017; Referred to the Committee on Rules]\n\n"
        "Urging Congress to act.\n\nWHEREAS, the state is home to many families; and\n\n" + _BODY,
        "2017-02-02",
    ),
    (
        "joint memorial: introduced by a member",
        "HOUSE JOINT MEMORIAL 3\n\nIntroduced by Representative Cal Dunmore on January 20, 2009\n\n"
        "A memorial asking Congress to fund border programs.\n\n" + _BODY,
        "2009-01-20",
    ),
    (
        "joint resolution in title case under its abbreviation",
        "H.J.R. 12\n\nHouse Joint Resolution 12\n\nIntroduced January 5, 2016\n\nWHEREAS, the state; and\n\n"
        + _BODY,
        "2016-01-05",
    ),
    (
        "senate resolution: stamp in capitals",
        "SENATE RESOLUTION NO. 3\n\nOFFERED FEBRUARY 1, 2013\n\nWHEREAS, the state; and\n\n" + _BODY,
        "2013-02-01",
    ),
    (
        "a council's resolution is dated by its adoption, not its introduction",
        "RESOLUTION NO. 2019-44\n\nIntroduced March 4, 2019\n\nA resolution on the city's trust policy.\n\n"
        + _BODY
        + "\nAdopted by the City Council on April 1, 2019.\n",
        "2019-04-01",
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_heldout39_classes(name: str, text: str, expected: str | None) -> None:
    found = find_document_date(text)
    assert (found.date if found else None) == expected, name
