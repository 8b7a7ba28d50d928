"""find_document_date on a record export whose "Enactment date:" field holds a day before the final action (the
first reading filled in), a trade paper's double-slash byline without "By" ("Jane Roe//May 4, 2020//"), a
dateline whose place the page lost (", FL - April 5, 2025 - ..."), a run-together scanned letterhead under a
short file-name title line, and a newsroom's update note that is the only date a story gives ("Updated at
2:10 p.m. on 3/4/2025 with a response."). Texts written for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract import dates
from entanglement.core.extract.dates import find_document_date

STORY = (
    "The county board voted to end its agreement with the federal agency after a long public hearing.\n\n"
    "Board chair Mara Velt said the county would not hold people past their release dates on a request alone.\n\n"
)
RECORD_BODY = "\nTitle: An Ordinance to Amend Chapter 9 of the City Code\n\nSponsors: Ana Ruiz, Tom Ng\n"
LETTER_TAIL = (
    " 100 Main Street, Suite 4 Riverton, WY 82501 RE: Detainer Requests Dear Sheriff Ortiz: You asked whether"
    " the office must honor a federal detainer. It need not.\n"
)

CASES: list[tuple[str, str, str | None]] = [
    # a record's enactment field holding the first reading's day: the final action stands
    (
        "record-enactment-before-final-action",
        "File #: 19-0101 Version: 1\nType: Ordinance Status: Passed\nFile created: 1/7/2019 In control: Council\n"
        "On agenda: 3/4/2019 Final action: 3/4/2019\nEnactment date: 2/4/2019 Enactment #: ORD-19-01\n"
        + RECORD_BODY,
        "2019-03-04",
    ),
    (
        "record-enactment-after-final-action-kept",
        "File #: 19-0101 Version: 1\nType: Ordinance Status: Passed\nFile created: 1/7/2019 In control: Council\n"
        "On agenda: 3/4/2019 Final action: 3/4/2019\nEnactment date: 3/8/2019 Enactment #: ORD-19-01\n"
        + RECORD_BODY,
        "2019-03-08",
    ),
    (
        "record-enactment-same-day",
        "File #: 19-0101\nType: Ordinance Status: Adopted\nOn agenda: 3/4/2019 Final action: 3/4/2019\n"
        "Enactment date: 3/4/2019\n" + RECORD_BODY,
        "2019-03-04",
    ),
    # double-slash bylines
    (
        "slash-byline-staff",
        "State Court\n\nRiverton Legal Weekly Staff//June 3, 2019//\n\n" + STORY,
        "2019-06-03",
    ),
    (
        "slash-byline-spaced-with-tag",
        "Appeals\n\nDana Quill // Sept. 9, 2021 // 0 Comments\n\n" + STORY,
        "2021-09-09",
    ),
    ("slash-byline-name-lost", "Ruling of the week\n\n//March 12, 2018//\n\n" + STORY, "2018-03-12"),
    ("slash-byline-open-end", "Ruling of the week\n\nDana Quill//March 12, 2018\n\n" + STORY, "2018-03-12"),
    (
        "slash-url-is-no-byline",
        "Ruling of the week\n\nSource: https://example.org/news/2018/03/12/story\n\n" + STORY,
        None,
    ),
    (
        "slash-in-sentence-is-no-byline",
        "Ruling of the week\n\n"
        + STORY
        + "The clerk wrote that the filing came in on either/or // March 12, 2018 "
        "before the court closed.\n",
        None,
    ),
    # datelines that lost their place
    (
        "placeless-dateline-postal",
        "Immigration\n\nJudge Halts State Law\n\n, FL \u2013 April 5, 2025 \u2013 A federal judge halted the law.\n\n"
        + STORY,
        "2025-04-05",
    ),
    (
        "placeless-dateline-state-name-paren",
        "News\n\n, Texas (March 3, 2025) \u2014 The council voted to end the agreement.\n\n" + STORY,
        "2025-03-03",
    ),
    (
        "placeless-dateline-ap-tag",
        "News\n\n, Ga. (AP) -- March 3, 2025 -- The sheriff said the jail will stop the holds.\n\n" + STORY,
        "2025-03-03",
    ),
    (
        "placeless-dateline-state-lost-too",
        "News\n\n, \u2013 March 3, 2025 \u2013 The sheriff said the jail will stop the holds.\n\n" + STORY,
        "2025-03-03",
    ),
    (
        "comma-line-without-dash-is-no-dateline",
        "News\n\n, FL, on March 3, 2025 the sheriff said the jail will stop the holds.\n\n" + STORY,
        None,
    ),
    # run-together letterheads under a file-name title line
    (
        "letter-under-title-honorable",
        "Pine County attorney letter on detainers 3.4.19\n\nPine County Government ANA RUIZ MAYOR COUNTY ATTORNEY "
        "March 4, 2019 Honorable Lee Ortiz Pine County Sheriff" + LETTER_TAIL,
        "2019-03-04",
    ),
    (
        "letter-under-two-title-lines-dear",
        "Document Library\nPine County opinion 3-4-19\n\nOFFICE OF THE COUNTY ATTORNEY PINE COUNTY March 4, 2019 "
        "Sheriff Lee Ortiz Pine County Jail" + LETTER_TAIL,
        "2019-03-04",
    ),
    # update notes
    (
        "update-note-clock-first-numeric",
        "Council ends jail agreement\n\n" + STORY + "Updated at 2:10 p.m. on 3/4/2025 with a response.\n",
        "2025-03-04",
    ),
    (
        "update-note-this-story",
        "Council ends jail agreement\n\n"
        + STORY
        + "This story was updated on March 4, 2025, to include comment from the sheriff.\n",
        "2025-03-04",
    ),
    (
        "update-note-editors-note",
        "Council ends jail agreement\n\n"
        + STORY
        + "Editor\u2019s note: This article has been updated on Tuesday, March 4, 2025 with the vote count.\n",
        "2025-03-04",
    ),
    (
        "update-stamp-below-body-is-the-last-resort",
        "Council ends jail agreement\n\n" + STORY + "Updated: March 4, 2025\n",
        "2025-03-04",
    ),
    (
        "updated-in-a-sentence-is-no-note",
        "Council ends jail agreement\n\n"
        + STORY
        + "The sheriff said the office updated on March 4, 2025 with new forms for deputies.\n",
        None,
    ),
    (
        "update-note-loses-to-header-date",
        "Council ends jail agreement\n\nMarch 2, 2025\n\n"
        + STORY
        + "Updated at 2:10 p.m. on 3/4/2025 with a response.\n",
        "2025-03-02",
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_document_date(name: str, text: str, expected: str | None) -> None:
    found = find_document_date(text)
    assert (found.date if found else None) == expected, name


@pytest.mark.parametrize(
    "above",
    [
        "The county attorney answered the sheriff's question in a letter that we publish below in full.\n\n",
        "Library\nPine County\nOpinions 2019\n\n",  # more title lines than a file's name and a section
        "Pine County attorney letter " + "on detainers and holds " * 6 + "\n\n",  # too long for a title line
    ],
)
def test_letter_head_not_under_sentence_or_long_title(above: str) -> None:
    text = (
        above
        + "Pine County Government ANA RUIZ MAYOR COUNTY ATTORNEY March 4, 2019 Honorable Lee Ortiz Pine County"
        " Sheriff" + LETTER_TAIL
    )
    assert dates._honorable_letter_head(text) is None
    assert dates._run_together_letter_head(text) is None
