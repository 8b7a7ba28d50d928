"""find_document_date on header layouts: a byline that lost its author's name but kept its marks, a
New York slip opinion's one-line header, an excerpt's attribution (writer, paper, date, dash) opening
the body, a web page's "Posted 4/15/24", and a dateline whose date is in numbers with a two-digit year or
stands before its place behind a comma. Texts written for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.dates import find_document_date

BODY = "\n\nThe county board voted on Tuesday to end its agreement with federal immigration officials.\n"
TITLE = "Council ends jail agreement\n\n"

CASES: list[tuple[str, str, str | None]] = [
    # a byline with no name between its marks
    ("byline-slashes-no-name", TITLE + "By / March 4, 2019 / News" + BODY, "2019-03-04"),
    ("byline-bar-no-name", TITLE + "Posted by | Mar. 4, 2019" + BODY, "2019-03-04"),
    ("byline-on-no-name", TITLE + "By  on March 4, 2019" + BODY, "2019-03-04"),
    ("byline-colon-dash-no-name", TITLE + "By: \u2014 March 4, 2019" + BODY, "2019-03-04"),
    ("byline-name-slashes", TITLE + "By Ana Ruiz / March 4, 2019 / Local" + BODY, "2019-03-04"),
    # "By" opening a sentence, or a word after it: no byline
    ("by-deadline-sentence", TITLE + "By March 4, 2019, the county must answer the letter." + BODY, None),
    ("by-the-slash", TITLE + "By the / March 4, 2019 deadline nothing was filed." + BODY, None),
    # a slip opinion's header on one line
    (
        "slip-op-header-unreported",
        "Matter of Roe v Pine County\n\nMatter of Roe v Pine County 2016 NY Slip Op 31234(U) May 9, 2016 "
        "Supreme Court, Kings County Docket Number: 1234/16 Judge: Ana Ruiz" + BODY,
        "2016-05-09",
    ),
    (
        "slip-op-header-reporter-decided-on",
        "People v Doe 2019 N.Y. Slip Op. 01234 [170 AD3d 55] Decided on February 1, 2019 Appellate Division"
        + BODY,
        "2019-02-01",
    ),
    # a slip-op number cited deep in a paragraph is another case's
    (
        "slip-op-cited-in-paragraph",
        TITLE
        + "The county's lawyers, writing to the board in a long letter that the clerk read aloud, pointed to "
        "Roe v Pine County, 2016 NY Slip Op 31234(U) May 9, 2016, as the closest ruling." + BODY,
        None,
    ),
    # an excerpt's attribution opening the body
    (
        "attribution-writer-paper-date",
        TITLE
        + "Ana Ruiz, The Pine Valley Ledger, June 8, 2017 - \u201cThe judge who will hear the suit ruled.\u201d"
        + BODY,
        "2017-06-08",
    ),
    (
        "attribution-hyphenated-paper",
        TITLE + 'Ana Ruiz, Cedar Falls Herald-Tribune, June 8, 2017 - "The judge ruled on Monday.' + BODY,
        "2017-06-08",
    ),
    (
        "attribution-bars",
        TITLE + "Ana Ruiz | The Pine Valley Ledger | June 8, 2017 \u2014 The judge ruled." + BODY,
        "2017-06-08",
    ),
    (
        "attribution-paper-paren",
        TITLE + "The Pine Valley Ledger (June 8, 2017) - The judge ruled." + BODY,
        "2017-06-08",
    ),
    # a description, not a paper; no dash after the date; two such items (a digest of stories)
    (
        "attribution-lowercase",
        TITLE + "Ana Ruiz, a county clerk, June 8, 2017 - The judge ruled." + BODY,
        None,
    ),
    # not as an attribution lead: the last-resort opening line (test_dates_opening.py)
    ("attribution-no-dash", TITLE + "Ana Ruiz, The Pine Valley Ledger, June 8, 2017." + BODY, "2017-06-08"),
    (
        "attribution-digest",
        TITLE
        + "Ana Ruiz, The Pine Valley Ledger, June 8, 2017 - The judge ruled.\n\n"
        + "Omar Tate, The Cedar Falls Herald, June 9, 2017 - The county appealed."
        + BODY,
        None,
    ),
    # below the lead lines: a paragraph deep in the body
    (
        "attribution-deep",
        TITLE
        + "\n\n".join(f"Paragraph {i} of the story goes on here." for i in range(8))
        + "\n\nAna Ruiz, The Pine Valley Ledger, June 8, 2017 - The judge ruled."
        + BODY,
        None,
    ),
    # a posted date with a two-digit year
    ("posted-short-year", "Posted 4/15/24" + BODY, "2024-04-15"),
    ("posted-colon-short-year", TITLE + "Posted: 04/15/24" + BODY, "2024-04-15"),
    ("published-on-short-year-time", TITLE + "Published on 4/15/24 at 3:12 PM" + BODY, "2024-04-15"),
    # in a sentence, or a fraction-like number with more after it
    ("posted-in-sentence", TITLE + "The notice was posted 4/15/24 at the clerk's office." + BODY, None),
    ("posted-short-year-more", TITLE + "Posted 4/15/24 notices remain on the door" + BODY, None),
    # a dateline with a numeric two-digit-year date
    (
        "short-dateline-date-comma-place",
        TITLE + "6/6/11, BOSTON \u2014 The Governor said" + BODY,
        "2011-06-06",
    ),
    (
        "short-dateline-date-dash-place-state",
        TITLE + "6/6/11 - Springfield, Ill. - The mayor said" + BODY,
        "2011-06-06",
    ),
    (
        "short-dateline-place-comma-date",
        TITLE + "BOSTON, 6/6/11 \u2014 The Governor said" + BODY,
        "2011-06-06",
    ),
    ("short-dateline-place-paren-date", TITLE + "BOSTON (6/6/11) - The Governor said" + BODY, "2011-06-06"),
    (
        "full-dateline-date-comma-place",
        TITLE + "June 6, 2011, BOSTON \u2014 The Governor said" + BODY,
        "2011-06-06",
    ),
    # a sentence's opening word is no place; no dash after the place; an unclosed parenthesis
    ("short-dateline-on", TITLE + "On 6/6/11, Boston - officials met" + BODY, None),
    ("short-dateline-no-dash", TITLE + "6/6/11, BOSTON police said the jail would close." + BODY, None),
    ("short-dateline-open-paren", TITLE + "BOSTON (6/6/11 - The Governor said" + BODY, None),
    ("full-dateline-comma-sentence", TITLE + "March 4, 2019, The council - met again" + BODY, None),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_heldout16_layouts(name: str, text: str, expected: str | None) -> None:
    found = find_document_date(text)
    assert (found.date if found else None) == expected, name
    if found:
        assert text[found.span.start : found.span.end] == found.mention
