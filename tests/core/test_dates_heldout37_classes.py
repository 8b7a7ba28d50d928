"""Document dates: a release's tag opening its lead before the date, an op-ed's note on where and when it was
published, and a reposted executive order under a note on its signing."""

from __future__ import annotations

import pytest

from entanglement.core.extract.dates import find_document_date

_BODY = "The council met again to weigh the proposal and heard from residents who spoke for and against it.\n"
_RECITALS = (
    "\n\nWHEREAS, the city values the trust of every resident; and\n\n"
    "WHEREAS, the police department serves all who live here;\n\n" + _BODY
)

CASES: list[tuple[str, str, str | None]] = [
    # a release's tag, then its date, then a dash before the lead's first sentence
    (
        "release lead: agency word, tag, comma, numeric date, hyphen",
        "County Press release, 4/22/2018 - Mayor Lena Ostrow today announced a new policy.\n\n" + _BODY,
        "2018-04-22",
    ),
    (
        "release lead: tag between dashes, date in parentheses, dash",
        "Sheriff sets jail rules\n\n\u2014NEWS RELEASE\u2014 (June 5, 2016)\u2014 The sheriff has set new rules.\n\n"
        + _BODY,
        "2016-06-05",
    ),
    (
        "release lead: tag with colon, spelled-out date, en dash",
        "Media Release: September 9, 2015 \u2013 The board of supervisors voted on Tuesday.\n\n" + _BODY,
        "2015-09-09",
    ),
    (
        "release lead: capital tag, pipe, weekday and date, em dash",
        "PRESS RELEASE | Monday, March 2, 2020 \u2014 The county executive signed an order.\n\n" + _BODY,
        "2020-03-02",
    ),
    (
        "a sentence naming a press release is no lead",
        "In a press release, March 2, 2020 - The county said it would wait.\n\n" + _BODY,
        None,
    ),
    (
        "two release leads are a digest's items: neither is the text's own",
        "Press release, 3/2/2020 - The county acted.\n\nPress release, 4/6/2020 - The city acted.\n\n" + _BODY,
        None,
    ),
    # where and when an op-ed or story was published, on its own line
    (
        "published on an outlet, then on a date with an ordinal day",
        "Published on The Valley Courier on April 11th, 2021.\n\nKeep our county safe\n\n" + _BODY,
        "2021-04-11",
    ),
    (
        "published in an outlet, then on a date",
        "Published in The Harbor Ledger on May 3, 2019\n\nA better jail policy\n\n" + _BODY,
        "2019-05-03",
    ),
    (
        "a subjectless note at the foot: originally published",
        "A better jail policy\n\n" + _BODY + "\nOriginally published in The Harbor Ledger on May 3, 2019.\n",
        "2019-05-03",
    ),
    (
        "a note saying only was published",
        "A better jail policy\n\n" + _BODY + "\nThis op-ed was published in The Harbor Ledger on May 3, 2019.\n",
        "2019-05-03",
    ),
    (
        "a sentence on some report published on a day is an event",
        "A better jail policy\n\n" + _BODY + "\nThe audit was published by the county on May 3, 2019 and "
        "said little.\n",
        None,
    ),
    # a reposted executive order under its publisher's note on the signing
    (
        "reposted order: On date, an official signed an Executive Order",
        "EXECUTIVE ORDER OF THE MAYOR ON POLICING\n\nOn March 8th, 2018 Mayor Dara Quinlan signed an Executive "
        "Order on policing. Here is the order:" + _RECITALS,
        "2018-03-08",
    ),
    (
        "reposted order: signed the following executive order on a date",
        "Executive Order 7: Welcoming City\n\nMayor Dara Quinlan signed the following executive order on "
        "June 1, 2017:" + _RECITALS,
        "2017-06-01",
    ),
    (
        "reposted order: signed the Executive Order with its number on a date",
        "EXECUTIVE ORDER NO. 12\n\nGovernor Dara Quinlan signed the Executive Order No. 12 on July 4, 2019."
        + _RECITALS,
        "2019-07-04",
    ),
    (
        "a story on an order signed on a day is no order's own text",
        "Mayor acts on policing\n\nOn March 8th, 2018 Mayor Dara Quinlan signed an Executive Order on "
        "policing, officials said.\n\n" + _BODY,
        None,
    ),
    (
        "an order's title without recitals after the note is no reposted order",
        "EXECUTIVE ORDER ON POLICING DRAWS CRITICS\n\nOn March 8th, 2018 Mayor Dara Quinlan signed an "
        "Executive Order on policing.\n\n" + _BODY,
        None,
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_heldout37_date_classes(name: str, text: str, expected: str | None) -> None:
    found = find_document_date(text)
    assert (found.date if found else None) == expected, name
