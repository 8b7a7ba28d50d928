"""find_document_date on court headers: an opinion's caption naming the day it was argued (or submitted) and
then the day it was decided or filed, the two run together or not; an "Announced <date>" line under an
opinion's caption; a federal filing stamp whose fields stand apart with blank lines; and a district court's
own "FILED / 2019 Mar-04 PM 02:49 / U.S. DISTRICT COURT" stamp. Texts written for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.dates import find_document_date

OPINION_BODY = (
    "\n\nThe question presented is whether a county may hold a person past the time of release at the request "
    "of federal officers. We conclude that it may not.\n"
)
ORDER_BODY = (
    "\n\nMEMORANDUM OPINION\n\nThis matter is before the court on the plaintiffs' motion for a preliminary "
    "injunction. For the reasons below, the motion is granted in part.\n"
)

CASES: list[tuple[str, str, str | None]] = [
    # argued, then decided: the decision is the opinion's date
    (
        "argued-decided-glued",
        "SUPREME COURT OF RURITANIA\n\nSyllabus\n\nMARLOW v. PENN\n\n"
        "No. 18-402. Argued January 9, 2019Decided March 4, 2019" + OPINION_BODY,
        "2019-03-04",
    ),
    (
        "argued-decided-dash",
        "MARLOW v. PENN\n\nNo. 18-402. Argued January 9, 2019\u2014Decided March 4, 2019" + OPINION_BODY,
        "2019-03-04",
    ),
    (
        "argued-decided-semicolon-lowercase",
        "Marlow v Penn\n\nArgued January 9, 2019; decided March 4, 2019" + OPINION_BODY,
        "2019-03-04",
    ),
    (
        "argued-decided-two-lines-colons",
        "MARLOW v. PENN\n\nArgued:\nJanuary 9, 2019\nDecided:\nMarch 4, 2019" + OPINION_BODY,
        "2019-03-04",
    ),
    (
        "argued-and-submitted-filed",
        "UNITED STATES COURT OF APPEALS\n\nANA MARLOW v. TOM PENN\n\n"
        "Argued and Submitted January 9, 2019 Filed March 4, 2019" + OPINION_BODY,
        "2019-03-04",
    ),
    (
        "submitted-filed-fields",
        "United States Court of Appeals\n\nAna Marlow v. Tom Penn\n\nSubmitted: January 9, 2019\n"
        "Filed: March 4, 2019" + OPINION_BODY,
        "2019-03-04",
    ),
    # an argument date alone, or one told in a sentence, gives nothing
    (
        "argued-alone-no-date",
        "MARLOW v. PENN\n\nThe appeal was heard after counsel Argued January 9, 2019 that the hold was lawful"
        + OPINION_BODY,
        None,
    ),
    (
        "story-argued-decided-in-prose",
        "County Ends Holds\n\nMarch 8, 2019\n\nThe case was argued January 9, 2019 and decided March 4, 2019.\n",
        "2019-03-08",
    ),
    # an opinion's announcement line
    (
        "announced-line",
        "Marlow v. Penn\n\nDivision II\nOpinion by JUDGE ROWE\n\nAnnounced March 4, 2021\n\n"
        "Ana Marlow, Denver, Colorado, for Plaintiff-Appellee" + OPINION_BODY,
        "2021-03-04",
    ),
    (
        "announced-after-prior-opinion",
        "Marlow v. Penn\n\nOpinion by JUDGE ROWE\n\nPrior Opinion Announced May 1, 2019, Reversed\n\n"
        "Announced March 4, 2021" + OPINION_BODY,
        "2021-03-04",
    ),
    (
        "opinion-announced-caption",
        "MARLOW v. PENN\n\nOpinion announced March 4, 2021" + OPINION_BODY,
        "2021-03-04",
    ),
    (
        "announced-colon",
        "MARLOW v. PENN\n\nANNOUNCED: March 4, 2021" + OPINION_BODY,
        "2021-03-04",
    ),
    (
        "prior-opinion-announced-only",
        "Marlow v. Penn\n\nOpinion by JUDGE ROWE, with a summary prepared for the reader and kept apart from the "
        "opinion itself, which the division alone decides and which no one may cite as its own text.\n\n"
        "Prior Opinion Announced May 1, 2019, Reversed" + OPINION_BODY,
        None,
    ),
    (
        "announced-in-prose",
        "Sheriff Ends Holds\n\nThe sheriff said the county announced March 4, 2021 that it would stop holding "
        "people for federal officers, and the board agreed with the plan the same week.\n",
        None,
    ),
    # a federal filing stamp with its fields set apart
    (
        "ecf-stamp-blank-line",
        "Case 2:19-cv-01234-ABC Document 37\n\nFiled 03/04/19 Page 1 of 20" + ORDER_BODY,
        "2019-03-04",
    ),
    (
        "ecf-stamp-blank-lines-each-field",
        "Case 2:19-cv-01234-ABC\n\nDocument 37\n\nFiled 03/04/19\n\nPage 1 of 20" + ORDER_BODY,
        "2019-03-04",
    ),
    (
        "ecf-stamp-later-page-not-first",
        "The court of appeals remanded in Case 2:19-cv-01234 (Document 37\n\nFiled 03/04/19 Page 7 of 20)."
        + ORDER_BODY,
        None,
    ),
    # fields apart without the first page's "Page 1 of": blocks of a docket's list, no stamp
    (
        "ecf-blank-lines-no-page",
        "Case 2:19-cv-01234-ABC Document 37\n\nFiled 03/04/19\n\nMotion to dismiss" + ORDER_BODY,
        None,
    ),
    # a district court's own filing stamp
    (
        "received-stamp-lines",
        "FILED\n2019 Mar-04 PM 02:49\nU.S. DISTRICT COURT\nN.D. OF RURITANIA\n\n"
        "UNITED STATES DISTRICT COURT" + ORDER_BODY,
        "2019-03-04",
    ),
    (
        "received-stamp-one-line",
        "FILED 2019 Sep-28 AM 10:05 U.S. DISTRICT COURT M.D. OF RURITANIA\n\nUNITED STATES DISTRICT COURT"
        + ORDER_BODY,
        "2019-09-28",
    ),
    (
        "received-stamp-without-court",
        "FILED 2019 Mar-04 PM 02:49 BY THE CLERK OF THE DISTRICT COURT\n\nSome notes follow." + ORDER_BODY,
        None,
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_court_header_dates(text: str, expected: str | None) -> None:
    found = find_document_date(text)
    assert (found.date if found else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in CASES if c[2]], ids=[c[0] for c in CASES if c[2]]
)
def test_mention_is_the_date(text: str, expected: str) -> None:
    found = find_document_date(text)
    assert found is not None
    assert text[found.span.start : found.span.end] == found.mention
