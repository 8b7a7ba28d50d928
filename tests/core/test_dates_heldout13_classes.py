"""find_document_date on header layouts: a first line running its date into a place and tags, a
distributor's header, a wire's state label before the full date, a reading time after the date, a
byline's "on ... at ..., updated ..." line, a letterhead ZIP code before the date, a docket stamp whose
case number is cut, and an analysis's "Complete to" line. Texts written for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.dates import find_document_date

BODY = "\n\nThe county board voted on Tuesday to end its agreement with federal immigration officials.\n"

CASES: list[tuple[str, str, str | None]] = [
    # a first line: the date, a place with its state, then tags with no mark between
    (
        "first-line-date-place-tags",
        "March 4, 2019 Riverton, WY, United States Detainers Public Safety\n\nSheriff ends holds" + BODY,
        "2019-03-04",
    ),
    (
        "first-line-date-place-state-name",
        "Sept. 12, 2018 Lakeview, Ohio, United States\n\nCouncil votes" + BODY,
        "2018-09-12",
    ),
    # the place is no place with a state: a sentence
    ("first-line-date-sentence", "March 4, 2019 Riverton officials said the jail would close." + BODY, None),
    # not the first line
    (
        "date-place-second-line",
        "Sheriff ends holds in a long headline that goes on\nMarch 4, 2019 Riverton, WY, United States Detainers"
        + BODY,
        "2019-03-04",  # not as a first-line heading: the last-resort opening line (test_dates_opening.py)
    ),
    # a distributor's header
    (
        "distributor-header",
        "03/04/2019 | Press release | Distributed by Pine Wire on 03/05/2019 09:12\n\nSPRINGFIELD - Today"
        + BODY,
        "2019-03-04",
    ),
    (
        "distributor-header-month-name",
        "March 4, 2019 | News release | Distributed by Cedar Feed on 03/04/2019 16:49" + BODY,
        "2019-03-04",
    ),
    # "distributed by" in running text
    (
        "distributed-in-sentence",
        "Flyers were distributed by Ana Ruiz on 03/04/2019 at the market, officials said." + BODY,
        None,
    ),
    # a wire's state label and the day, then the full date between bars
    (
        "state-label-day-date",
        "Governor Signs Jail Bill\n\nOHIO, March 4 - March 4, 2019 | Columbus, Ohio | Press Release" + BODY,
        "2019-03-04",
    ),
    (
        "state-label-two-words",
        "NEW YORK, Jan. 9 - January 9, 2020 | Albany, New York | Press Release" + BODY,
        "2020-01-09",
    ),
    # a label that is no state: not the wire's line
    (
        "label-not-state",
        "Bill Signed\n\nBUDGET, March 4 - March 4, 2019 | Columbus, Ohio | Press Release" + BODY,
        None,
    ),
    # a reading time after the date
    (
        "reading-time-paren",
        "Jail holds ruled unlawful\n\nMarch 4, 2019 (4 min read)\n\nA federal judge ruled" + BODY,
        "2019-03-04",
    ),
    (
        "reading-time-minutes",
        "Jail holds ruled unlawful\n\nMay 6, 2020 (12 minutes read)" + BODY,
        "2020-05-06",
    ),
    # a byline's second line: the first date wins
    (
        "on-at-updated",
        "Sheriff ends holds\n\nBy Lena Ortiz | The Ledger\n\non March 4, 2019 at 1:24 PM, updated March 5, 2019 "
        "at 2:05 PM" + BODY,
        "2019-03-04",
    ),
    ("on-at-only", "Sheriff ends holds\n\nOn Dec. 2, 2017 at 9:05 a.m." + BODY, "2017-12-02"),
    # a sentence that opens with "On" and a date goes on
    (
        "on-at-sentence",
        "Sheriff ends holds\n\nOn March 4, 2019 at 1:24 PM the sheriff announced the end of the holds."
        + BODY,
        None,
    ),
    # a letterhead full of small words, its ZIP code, the date, then the addressee
    (
        "letterhead-zip-honorable",
        "Office of the Clerk of the Court of the County of Pine Riverton, WY 82501 March 4, 2019 The Honorable "
        "Ana Ruiz Chair Committee on the Budget Riverton, WY 82501 Dear Madam Chair: This letter answers "
        "your question about the jail.",
        "2019-03-04",
    ),
    (
        "letterhead-zip-mr",
        "Bureau of the Office of the Director of the Unit Lakeview, OH 44001-1234 May 6, 2020 Mr. Tom Ng "
        "12 Elm St. Lakeview, OH 44001 Dear Mr. Ng: This letter answers your question.",
        "2020-05-06",
    ),
    # no addressee after the date: the letterhead rule does not apply
    (
        "zip-no-addressee",
        "Office of the Clerk of the Court of the County of Pine Riverton, WY 82501 March 4, 2019 the county "
        "of the jail is the place of the holds Dear Madam Chair: This letter answers your question.",
        None,
    ),
    # a docket stamp whose case number was cut after its type
    (
        "ecf-cut-case-number",
        "Case 3:19-cv ABC Document 7-2 Filed 03/04/19 Page 1 of 12\n\nIN THE UNITED STATES DISTRICT COURT"
        + BODY,
        "2019-03-04",
    ),
    (
        "ecf-full-case-number",
        "Case 3:19-cv-01234 Document 7 Filed 03/04/19 Page 1 of 12\n\nIN THE UNITED STATES DISTRICT COURT"
        + BODY,
        "2019-03-04",
    ),
    # an analysis's currency line
    (
        "complete-to-short",
        "JAIL HOLDS ACT\n\nHouse Bill 1234\n\nSponsor: Rep. Ana Ruiz\n\nComplete to 3-4-19\n\nBRIEF SUMMARY:"
        + BODY,
        "2019-03-04",
    ),
    (
        "complete-to-long",
        "JAIL HOLDS ACT\n\nHouse Bill 1234\n\nComplete to March 4, 2019\n\nBRIEF SUMMARY:" + BODY,
        "2019-03-04",
    ),
    # a release's photo caption: only when the text gives no other date and reports its news as "today"
    (
        "release-photo-caption",
        "Council Adopts Trust Policy\n\nMayor Ana Ruiz Tuesday, March 4, 2019. (Office of the Mayor / Photo by Tom "
        "Ng)\n\nRIVERTON - Mayor Ana Ruiz today signed a policy limiting help to immigration agents.\n",
        "2019-03-04",
    ),
    (
        "photo-caption-no-today",
        "Council Adopts Trust Policy\n\nMayor Ana Ruiz Tuesday, March 4, 2019. (Office of the Mayor / Photo by Tom "
        "Ng)\n\nMayor Ana Ruiz signed a policy limiting help to immigration agents last week.\n",
        None,
    ),
    (
        "file-photo-caption",
        "Council Adopts Trust Policy\n\nFILE - Mayor Ana Ruiz speaks, Tuesday, March 4, 2015. (AP Photo/Tom Ng, "
        "File)\n\nMayor Ana Ruiz today signed a policy limiting help to immigration agents.\n",
        None,
    ),
    # a byline beside the caption: the byline's date, not the photo's
    (
        "photo-caption-and-byline",
        "Council Adopts Trust Policy\n\nMayor Ana Ruiz Tuesday, March 4, 2019. (Photo by Tom Ng)\n\nBy Lena "
        "Ortiz | March 20, 2019\n\nMayor Ana Ruiz today signed a policy.\n",
        "2019-03-20",
    ),
    # a date in running text is no caption
    (
        "released-in-prose",
        "Sheriff Policy\n\nThe sheriff's office released a directive on immigration holds on Dec. 5, 2018. "
        "The directive sets rules for the jail today.\n",
        None,
    ),
    # "complete to" in a sentence
    (
        "complete-to-sentence",
        "JAIL HOLDS ACT\n\nThe work is complete to 3-4-19 standards and more." + BODY,
        None,
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_header_layouts(text: str, expected: str | None) -> None:
    found = find_document_date(text)
    assert (found.date if found else None) == expected
