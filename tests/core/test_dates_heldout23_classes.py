"""find_document_date on a legislative record export whose "Final action:" field stands empty (its "On agenda:"
date is the item's own), a case-law page's decision field run into its value ("Decision Date04 March 2019"),
and a story's headline run into its timestamp ("... jail holdsMarch 20, 2017 11:04pm"). Texts written for
these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.dates import find_document_date

MEETINGS = (
    "Regular meetings of the council are usually held at 6:30 p.m. on the second Monday of each month. "
    "Special meetings may be called as needed.\n\n"
)
ITEM_BODY = (
    "\nTitle: A Discussion of a Policy on the Use of Town Buildings by Federal Agents\n\nBackground\n\n"
    "The council asked staff to describe how other towns limit the use of their buildings.\n"
)
OPINION_BODY = (
    "\nDocket NumberNo. 19-1234\nCourtU.S. Court of Appeals \u2014 Ninth Circuit\n\n"
    "Ana Ruiz, Pine Legal Aid, Riverton, WY, for Plaintiff.\n\nOPINION\n\nThe county held the plaintiff "
    "for two days after his release date.\n"
)
STORY_BODY = (
    "\n\nRIVERTON (AP) \u2014 The county jail will stop holding people for federal officers, the sheriff "
    "said on Tuesday.\n\nThe change follows a ruling by a federal judge last year.\n"
)

CASES: list[tuple[str, str, str | None]] = [
    # --- a record export whose final action field is empty: the item is the meeting's
    (
        "record-on-agenda-blank-final-action",
        MEETINGS + "File #: ID 19-204    Name:\nType: Report Status: Regular Agenda\nIn control: Town Council\n"
        "On agenda: 3/4/2019 Final action:\n" + ITEM_BODY,
        "2019-03-04",
    ),
    (
        "record-on-agenda-own-lines",
        "File #: 19-204    Version: 1\nType: Informational Report    Status: Agenda Ready\n"
        "In control: City Council\nOn agenda: 03/04/2019\nFinal action:\n" + ITEM_BODY,
        "2019-03-04",
    ),
    (
        "record-passed-final-action-wins",
        "File #: 19-204\nType: Resolution Status: Passed\nFile created: 2/1/2019 In control: Town Council\n"
        "On agenda: 3/4/2019 Final action: 3/18/2019\n" + ITEM_BODY,
        "2019-03-18",
    ),
    # negative: a failed measure's dated final action gives no date, and its agenda date none either
    (
        "record-failed-final-action-none",
        MEETINGS + "File #: 19-204\nType: Ordinance Status: Failed\nIn control: Town Council\n"
        "On agenda: 3/4/2019 Final action: 3/18/2019\n" + ITEM_BODY,
        None,
    ),
    # --- a case-law page's decision field glued to its value
    (
        "decision-date-glued-day-month",
        "Roe v. Pine Cnty. Sheriff's Office\n\nDecision Date04 March 2019" + OPINION_BODY,
        "2019-03-04",
    ),
    (
        "decision-date-glued-month-day",
        "Roe v. Pine Cnty. Sheriff's Office\n\nDate DecidedMarch 4, 2019" + OPINION_BODY,
        "2019-03-04",
    ),
    (
        "decision-date-glued-iso",
        "Roe v. Pine Cnty. Sheriff's Office\n\nDecision Date2019-03-04" + OPINION_BODY,
        "2019-03-04",
    ),
    (
        "decision-date-spaced-colon",
        "Roe v. Pine Cnty. Sheriff's Office\n\nDecision Date: 04 March 2019" + OPINION_BODY,
        "2019-03-04",
    ),
    # negative: a decision date in a sentence is an event the text reports
    (
        "decision-date-in-sentence-none",
        "Roe v. Pine Cnty. Sheriff's Office\n\nThe parties agreed that the decision date would be 04 March 2019 "
        "at the latest, and the court said so." + OPINION_BODY,
        None,
    ),
    # --- a headline run into its timestamp
    (
        "headline-glued-date-time",
        "Sheriff stops honoring jail holdsMarch 20, 2017 11:04pm" + STORY_BODY,
        "2017-03-20",
    ),
    (
        "headline-glued-abbreviated-month",
        "County ends deal with federal officersMar. 20, 2017" + STORY_BODY,
        "2017-03-20",
    ),
    (
        "headline-glued-weekday",
        "Council debates sanctuary policyMonday, March 20, 2017 at 4:15 PM EDT" + STORY_BODY,
        "2017-03-20",
    ),
    (
        "headline-glued-day-first",
        "Town limits help to immigration agents20 March 2017" + STORY_BODY,
        "2017-03-20",
    ),
    # negatives: a spaced date in a headline is its subject's; a name ending in a month's letters is no glue
    (
        "headline-spaced-date-none",
        "Council will vote on holds March 20, 2017, officials say" + STORY_BODY,
        None,
    ),
    (
        "headline-name-not-month-none",
        "Residents rally behind Omar 20, 2017 marchers" + STORY_BODY,
        None,
    ),
    (
        "headline-glued-numeric-none",
        "County ends its jail deal with agents03-05-2017" + STORY_BODY,
        None,
    ),
    (
        "headline-glued-after-preposition-none",
        "Council will vote on jail holds untilMarch 20, 2017" + STORY_BODY,
        None,
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_heldout23_date_classes(name: str, text: str, expected: str | None) -> None:
    found = find_document_date(text)
    assert (found.date if found else None) == expected, name
