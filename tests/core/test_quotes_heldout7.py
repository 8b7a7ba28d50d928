"""Quote finder: a statement block that is one quotation, signed by a line naming its author below it
or introduced by a "Statement by ..." heading above it, perhaps after a wire dateline.

Each case names an error class rather than a document; every text is written for these tests.
"""

from __future__ import annotations

import pytest
from quote_cases import check_quotes

WORDS = '"Our township will keep serving every family here, whatever the appeals panel rules next month."'
START = "Our township will keep serving every"

# (id, text, expected [(speaker, first words of the quotation)])
CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    # --- a statement signed below it ---
    (
        "dateline-then-titled-signature",
        f"Statement on the Appeal\n\nTRENTON, N.J., Oct. 4, 2022 /Wire Service/ -- {WORDS}\n\n"
        "Mercer Township Solicitor Paula J. Ferreira\n\nSOURCE Mercer Township",
        [("Paula J. Ferreira", START)],
    ),
    (
        "signature-name-comma-office",
        f"{WORDS}\n\nPaula Ferreira, Solicitor of Mercer Township\n\nSOURCE Mercer Township",
        [("Paula Ferreira", START)],
    ),
    (
        "dash-dateline-em-dash",
        f"BOISE, Idaho \u2014 {WORDS}\n\nAda Township Solicitor Paula Ferreira",
        [("Paula Ferreira", START)],
    ),
    # --- introduced by a heading above it ---
    (
        "statement-by-heading-over-dateline",
        f"Statement by Solicitor Paula Ferreira on the Appeal\n\nTRENTON, N.J., Oct. 4, 2022 /Wire/ -- {WORDS}",
        [("Paula Ferreira", START)],
    ),
    # --- negatives: no named signer, nothing attributed ---
    ("office-signature", f"{WORDS}\n\nMercer Township Press Office", []),
    ("place-under-statement", f"{WORDS}\n\nTrenton, New Jersey", []),
    (
        "statement-by-an-office",
        f"Statement by the Township Solicitor on the Appeal\n\nTRENTON, N.J. -- {WORDS}",
        [],
    ),
    # a lead-in with words before the quotation is no dateline: the line below signs nothing
    (
        "lead-in-not-dateline",
        f"The board voted on Monday. Residents wrote {WORDS}\n\nPaula Ferreira, Solicitor of Mercer Township",
        [],
    ),
    # --- an ordinary attribution still wins over a name line below ---
    (
        "said-attribution-kept",
        "\u201cOur township will keep serving every family here,\u201d said Mayor Luis Ortega.\n\n"
        "Paula Ferreira, Solicitor of Mercer Township",
        [("Luis Ortega", START)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_heldout7_quote_classes(text: str, expected: list[tuple[str, str]]) -> None:
    check_quotes(text, expected)
