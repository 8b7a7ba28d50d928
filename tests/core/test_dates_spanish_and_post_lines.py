"""find_document_date on more layouts: dates written in Spanish (a city's or county's release or notice
in Spanish, "14 de mayo de 2019"), a content system's post line under the title ("Submitted by admin on
Tue, 05/14/2019 - 17:32"), a story's foot note saying when it was published without "on" ("This story was
published May 14, 2019."), an agenda item's or letter's "Date of Meeting:" label, a lead date with its
hyphen glued on, a policy's "Interim Policy Adopted by ... on" line and a site's "May-14-2019" stamp. Each
has negatives: a date in the body's prose, a sentence that opens like a post line, another event's day.
Texts written for these tests; names are invented."""

from __future__ import annotations

import pytest

from entanglement.core.extract.dates import find_document_date

BODY = (
    "The county board voted to end the agreement, which took effect on March 3, 2016. Officials said a new "
    "policy would follow by June 30, 2019.\n\nSheriff Ana Ruiz said the jail would no longer hold people "
    "for ICE."
)
CUERPO = (
    "El condado votó para terminar el acuerdo, que entró en vigor el 3 de marzo de 2016.\n\nLa alguacil "
    "Ana Ruiz dijo que la cárcel ya no retendrá a personas para ICE."
)

CASES: list[tuple[str, str, str | None]] = [
    ("spanish-date-line", "Condado termina acuerdo\n\n14 de mayo de 2019\n\n" + CUERPO, "2019-05-14"),
    ("spanish-del-year", "Condado termina acuerdo\n\n14 de mayo del 2019\n\n" + CUERPO, "2019-05-14"),
    ("spanish-weekday-label", "Condado termina acuerdo\n\nPublicado: martes, 14 de mayo de 2019\n\n" + CUERPO, "2019-05-14"),
    ("spanish-capital-month-byline", "Condado termina acuerdo\n\nPor Jo Hart | 14 de Mayo de 2019\n\n" + CUERPO, "2019-05-14"),
    ("spanish-dateline-dash", "PINEVILLE, Ore. — 14 de mayo de 2019 — " + CUERPO, "2019-05-14"),
    ("spanish-dateline-paren", "PINEVILLE, Ore. (14 de mayo de 2019) — " + CUERPO, "2019-05-14"),
    ("spanish-release-weekday", "COMUNICADO DE PRENSA\nmiércoles 15 de mayo de 2019\n\nCondado termina acuerdo\n\n" + CUERPO, "2019-05-15"),
    ("spanish-impossible-day", "Condado termina acuerdo\n\n31 de junio de 2019\n\n" + CUERPO, None),
    ("spanish-body-date-only", "Condado termina acuerdo\n\n" + CUERPO, None),
    ("spanish-opening-sentence-date", "El 3 de marzo de 2016, el condado firmó un acuerdo.\n\n" + CUERPO, None),
    ("post-line-numeric-time", "County ends jail pact\n\nSubmitted by admin on Tue, 05/14/2019 - 17:32\n\n" + BODY, "2019-05-14"),
    ("post-line-month-name", "County ends jail pact\n\nSubmitted by Jo Hart on May 14, 2019\n\n" + BODY, "2019-05-14"),
    ("post-line-published-by", "County ends jail pact\n\nPublished by Pine County News on Tuesday, May 14, 2019 at 5:32 PM EDT\n\n" + BODY, "2019-05-14"),
    (
        "post-line-is-a-sentence",
        "County ends jail pact\n\nSubmitted by the sheriff on May 14, 2019, the request asked the board to act.\n\n" + BODY,
        None,
    ),
    ("published-without-on", "PINEVILLE — " + BODY + "\n\nThis story was published May 14, 2019.", "2019-05-14"),
    ("originally-published-without-on", "PINEVILLE — " + BODY + "\n\nThis article was originally published in The Ledger May 14, 2019.", "2019-05-14"),
    ("published-story-of-another-date-in-body", "PINEVILLE — " + BODY, None),
    # an agenda item's or a letter's own day under "Date of ..."
    ("date-of-meeting", "AGENDA ITEM\nDate of Meeting: May 14, 2019\n\n" + BODY, "2019-05-14"),
    ("date-of-letter", "Pine County Counsel\nDate of Letter: May 14, 2019\n\n" + BODY, "2019-05-14"),
    ("date-of-hearing-is-not-own", "AGENDA ITEM\nDate of Hearing: May 14, 2019\n\n" + BODY, None),
    # a lead whose date has its hyphen glued on ("14 May 2019- The ..."); a range is still no lead
    ("lead-hyphen-glued", "County ends jail pact\n\n14 May 2019- " + BODY, "2019-05-14"),
    ("iso-date-unbroken", "County ends jail pact\n\n2019-05-14\n\n" + BODY, "2019-05-14"),
    # an instrument's own kind before its adoption line
    (
        "interim-policy-adopted-by",
        "Requests From Immigration Authorities\n\nInterim Policy Adopted by Chancellor Jo Hart on May 14, 2019\n\n" + BODY,
        "2019-05-14",
    ),
    (
        "sentence-adopted-by-is-not-own",
        "County ends jail pact\n\nThe board said the policy adopted by the sheriff on May 14, 2019 would stay.\n\n" + BODY,
        None,
    ),
    # a site's stamp with the month's abbreviation and hyphens
    ("month-hyphen-stamp", "Sheriff reacts to ruling\n\nMay-14-2019 16:38\n\n" + BODY, "2019-05-14"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_document_date(text: str, expected: str | None) -> None:
    found = find_document_date(text)
    assert (found.date if found else None) == expected
    if found is not None:
        assert text[found.span.start : found.span.end] == found.mention
