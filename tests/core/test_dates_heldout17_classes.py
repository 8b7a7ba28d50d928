"""find_document_date on header layouts: an e-mail's header block ("From:" over "Sent: <date>"), a date
whose month OCR glued to its day ("May10, 2013"), a policy titled by its subject in capitals or as a model
policy over one "Effective Date:" line, and a bill page's version line ("Introduced Version Filed
02/03/2025"). Texts written for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.dates import find_document_date

BODY = "\n\nThe county board voted on Tuesday to end its agreement with federal immigration officials.\n"
TITLE = "Council ends jail agreement\n\n"
EMAIL_REST = "To: Roe, Ana\nCc: Ng, Tom\nSubject: Jail agreement\n\nDear Ms. Roe:" + BODY

CASES: list[tuple[str, str, str | None]] = [
    # an e-mail's header block: the sent date under the sender
    (
        "email-sent-long",
        "Pine County Sheriff e-mail\n\nFrom: Doe, Jane <jdoe@example.org>\nSent: Wednesday, March 30, 2016 3:42 PM\n"
        + EMAIL_REST,
        "2016-03-30",
    ),
    (
        "email-sent-numeric",
        "From: Jane Doe\nSent: Wed 3/30/2016 3:42 PM\n" + EMAIL_REST,
        "2016-03-30",
    ),
    (
        "email-sent-on",
        "From: Jane Doe <jdoe@example.org>\nSent on: March 30, 2016 at 3:42 PM\n" + EMAIL_REST,
        "2016-03-30",
    ),
    (
        "email-sent-after-to",
        "From: Jane Doe\nTo: Ana Roe\nSent: 30 March 2016 15:42\n" + EMAIL_REST,
        "2016-03-30",
    ),
    (
        "email-date-gmail",
        "From: Jane Doe <jdoe@example.org>\nDate: Wed, Mar 30, 2016 at 3:42 PM\n" + EMAIL_REST,
        "2016-03-30",
    ),
    # an older message quoted under a reply's sentences is not the text's
    (
        "email-chain-below-body",
        TITLE + "Thanks for the note. We will answer soon.\n\n-----Original Message-----\nFrom: Jane Doe\n"
        "Sent: Monday, March 28, 2016 9:00 AM\n" + EMAIL_REST,
        None,
    ),
    # "Sent:" with no sender's line above it is some form's field, and "sent" in a sentence is an event
    # (read by the last-resort opening line instead, test_dates_opening.py)
    ("sent-no-from", TITLE + "Sent: March 30, 2016" + BODY, "2016-03-30"),
    ("sent-in-sentence", TITLE + "The letter was sent: March 30, 2016 by the clerk." + BODY, None),
    # a date whose month OCR glued to its day
    ("glued-month-day-line", TITLE + "May10, 2013" + BODY, "2013-05-10"),
    ("glued-month-day-weekday", TITLE + "Friday, September3, 2021" + BODY, "2021-09-03"),
    ("glued-month-day-dateline", "LINCOLN, Neb., June4, 2015 - The county board voted." + BODY, "2015-06-04"),
    # glued to a number that is no day, or in running text: no date
    ("glued-no-comma", TITLE + "May10 2013 budget" + BODY, None),
    ("glued-in-sentence", TITLE + "The board met on May10, 2013 to vote." + BODY, None),
    # a policy titled by its subject over one "Effective Date:" line
    (
        "policy-title-caps-effective",
        "STATE POLICE TRAINING BOARD\n\nUSE OF FORCE POLICY\n\nEffective Date: April 23, 2024\n\nPURPOSE"
        + BODY,
        "2024-04-23",
    ),
    (
        "model-policy-title-effective",
        "Model Body Camera Policy\n\nEffective Date: 4/23/2024\n\nPurpose" + BODY,
        "2024-04-23",
    ),
    (
        "procedure-title-caps-effective",
        "PINE COUNTY JAIL\nINMATE RELEASE PROCEDURE\nEffective Date: April 23, 2024\n\nPURPOSE" + BODY,
        "2024-04-23",
    ),
    # "Effective Date:" under a story's headline, or a policy named inside a sentence: not read
    (
        "policy-in-headline-sentence",
        "Council adopts a new jail policy after long debate\n\nEffective Date: April 23, 2024" + BODY,
        None,
    ),
    (
        "policy-word-in-body",
        TITLE + "The sheriff said the policy would change.\n\nEffective Date: April 23, 2024" + BODY,
        None,
    ),
    # a bill page's version line with its filing date
    (
        "bill-introduced-version-filed",
        "Ohio 2025 Regular Session\n\nOhio House Bill HB12 Latest Draft\n\nBill / Introduced Version Filed 02/03/2025"
        "\n\nAN ACT to repeal section 1.23." + BODY,
        "2025-02-03",
    ),
    (
        "bill-engrossed-version-filed-dash",
        "House Bill 12\n\nEngrossed Version - Filed March 4, 2025\n\nAN ACT" + BODY,
        "2025-03-04",
    ),
    (
        "bill-version-introduced-date",
        "Senate Bill 45\n\nBill Text: Introduced Version, Filed 1/9/2025\n\nAN ACT" + BODY,
        "2025-01-09",
    ),
    (
        "bill-version-caps",
        "SENATE BILL 45\n\nINTRODUCED VERSION FILED 01/09/2025\n\nAN ACT" + BODY,
        "2025-01-09",
    ),
    # "filed" after a word that is no version: an event in a sentence
    (
        "filed-in-sentence",
        TITLE + "The lawsuit the new version filed 02/03/2025 in court claims damages." + BODY,
        None,
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_heldout17_classes(name: str, text: str, expected: str | None) -> None:
    found = find_document_date(text)
    assert (found.date if found else None) == expected, name
