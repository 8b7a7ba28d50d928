"""find_document_date on a blog post that stacks dated updates above its first version ("Update (5/9/19): ...
/ Original (5/7/19): ..."), whose date is the original's, and on a post that is an excerpt of a court opinion
closed by its source line ('..." - Roe v. Pine County, Aug. 7, 2013.'), whose date is the opinion's. Texts
written for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.dates import find_document_date

TITLE = "Pine Valley Council Votes on Jail Holds\n\n"
UPDATE_BODY = (
    "The council passed the ordinance on a vote of five to two after a long debate about the county jail and "
    "its contract with federal officers.\n\nThe measure now goes to the mayor, who has ten days to act on it.\n"
)
QUOTE = (
    '"We conclude that the deputies held Mr. Alvarez without any lawful basis once his release was ordered, '
    "and that the county may not continue a detention solely because a federal officer asked it to.\n\n"
    "The district court therefore erred when it granted judgment to the county on this claim."
)
EXCERPT_TITLE = "Ninth Circuit on County Jail Holds: Alvarez v. Pine County\n\n"

CASES: list[tuple[str, str, str | None]] = [
    # --- the original's date under dated updates
    (
        "original-paren-short-year",
        TITLE + "Update (5/9/19): The mayor signed the ordinance on Thursday.\n\n"
        "Original (5/7/19): " + UPDATE_BODY,
        "2019-05-07",
    ),
    (
        "original-two-updates-above",
        TITLE + "Update (5/20/19): A group has filed a petition against the ordinance.\n\n"
        "Update (5/9/19): The mayor signed it.\n\nOriginal (5/7/19): " + UPDATE_BODY,
        "2019-05-07",
    ),
    (
        "original-post-month-name-comma",
        TITLE + "UPDATE May 9, 2019 - The mayor signed the ordinance.\n\n"
        "Original post, May 7, 2019: " + UPDATE_BODY,
        "2019-05-07",
    ),
    (
        "originally-posted-on-dash",
        TITLE + "Updated: the mayor has signed the ordinance.\n\n"
        "Originally posted on May 7, 2019 \u2014 " + UPDATE_BODY,
        "2019-05-07",
    ),
    (
        "original-story-paren-full-year-caps",
        TITLE + "UPDATE (5/9/2019): The mayor signed the ordinance.\n\n"
        "ORIGINAL STORY (5/7/2019): " + UPDATE_BODY,
        "2019-05-07",
    ),
    (
        "original-first-updates-below",
        TITLE + "Original (5/7/19): " + UPDATE_BODY + "\nUpdate (5/9/19): The mayor signed the ordinance.\n",
        "2019-05-07",
    ),
    (
        "original-post-dash-update-dash-below",
        TITLE
        + "Original post \u2013 May 7, 2019 \u2013 "
        + UPDATE_BODY
        + "\nUPDATE \u2013 The mayor signed it.\n",
        "2019-05-07",
    ),
    # negatives: no update label beside the original's; the label in a sentence; a label with no colon or dash; an update alone
    ("original-without-update-none", TITLE + "Original (5/7/19): " + UPDATE_BODY, None),
    (
        "original-in-sentence-none",
        TITLE + "Update: the mayor signed it.\n\nThe original (5/7/19) draft was longer. " + UPDATE_BODY,
        None,
    ),
    (
        "original-label-without-colon-none",
        TITLE
        + "Update: the mayor signed it.\n\nOriginal (5/7/19) text of the ordinance follows.\n\n"
        + UPDATE_BODY,
        None,
    ),
    ("update-alone-none", TITLE + "Update (5/9/19): The mayor signed it.\n\n" + UPDATE_BODY, None),
    # --- a court opinion's excerpt closed by its source
    (
        "excerpt-source-after-quote-dash",
        EXCERPT_TITLE + QUOTE + '" - Alvarez v. Pine County, Aug. 7, 2013.\n',
        "2013-08-07",
    ),
    (
        "excerpt-source-em-dash-docket-court-paren",
        EXCERPT_TITLE + QUOTE + "\u201d \u2014 Alvarez v. Pine County, No. 12-1234 (9th Cir. Aug. 7, 2013)\n",
        "2013-08-07",
    ),
    (
        "excerpt-source-own-line",
        EXCERPT_TITLE + QUOTE + "\"\n\n\u2014 Alvarez v. Pine County Sheriff's Office, August 7, 2013\n",
        "2013-08-07",
    ),
    (
        "excerpt-source-paren-after-quote",
        EXCERPT_TITLE + QUOTE + '" (Alvarez v. Pine County, 9th Cir., Aug. 7, 2013).\n',
        "2013-08-07",
    ),
    (
        "excerpt-source-heading-from",
        "From Alvarez v. Pine County, No. 12-1234 (9th Cir. Aug. 7, 2013):\n\n" + QUOTE + '"\n',
        "2013-08-07",
    ),
    (
        "excerpt-source-heading-under-title",
        EXCERPT_TITLE + "Excerpt from Alvarez v. Pine County, August 7, 2013:\n\n" + QUOTE + '"\n',
        "2013-08-07",
    ),
    (
        "excerpt-source-heading-prose-none",
        EXCERPT_TITLE
        + "In Alvarez v. Pine County (9th Cir. Aug. 7, 2013), the court held:\n\n"
        + QUOTE
        + '"\n',
        None,
    ),
    # negatives: a story that quotes a ruling mid-way; two sources (a digest of rulings); a source without a date
    (
        "story-quoting-ruling-none",
        TITLE + UPDATE_BODY + "\nThe ruling said: " + QUOTE + '" - Alvarez v. Pine County, Aug. 7, 2013.\n',
        None,
    ),
    (
        "two-sources-digest-none",
        EXCERPT_TITLE
        + QUOTE
        + '" - Alvarez v. Pine County, Aug. 7, 2013.\n\n'
        + QUOTE
        + '" - Baker v. Elm County, Sept. 3, 2014.\n',
        None,
    ),
    ("excerpt-source-no-date-none", EXCERPT_TITLE + QUOTE + '" - Alvarez v. Pine County.\n', None),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in CASES], ids=[n for n, _, _ in CASES])
def test_document_date(text: str, expected: str | None) -> None:
    found = find_document_date(text)
    assert (found.date if found else None) == expected
