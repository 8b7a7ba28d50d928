"""Quote finder: a judge's written words introduced by a participle with no comma before it ("issued
an order writing that ..."), past the court she sits on between her name and the verb ("Judge X of
the U.S. District Court issued ...") and a case name's "et al." (a period before a lower-case word ends
no sentence).

Near-misses (a writing by someone else named before the participle, a subject that is no person)
must stay right. Each case names an error class rather than a document; every text is written for
these tests.
"""

from __future__ import annotations

import pytest
from quote_cases import check_quotes

WORDS = "“had no authority to make such an arrest.”"

# (id, text, expected [(speaker, first words of the quotation)])
CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "court-tail-and-bare-participle",
        "On Monday, Judge Mara Quinlan of the U.S. District Court issued a 40-page order in the case "
        "of Lane v. Pine County et al. writing that the plaintiff, Tom Lane, “has plausibly alleged "
        "that his rights were violated when the county held him.”",
        [("Mara Quinlan", "has plausibly alleged")],
    ),
    (
        "bare-participle-no-tail",
        f"Judge Mara Quinlan issued an order writing that the county {WORDS}",
        [("Mara Quinlan", "had no authority")],
    ),
    (
        "stating-after-opinion",
        f"Judge Mara Quinlan issued an opinion stating that the county {WORDS}",
        [("Mara Quinlan", "had no authority")],
    ),
    (
        "court-tail-commas",
        f"Judge Mara Quinlan, of the U.S. District Court, issued a ruling writing that the county {WORDS}",
        [("Mara Quinlan", "had no authority")],
    ),
    (
        "lower-case-court-tail",
        f"Judge Mara Quinlan of the district court issued a ruling, writing that the county {WORDS}",
        [("Mara Quinlan", "had no authority")],
    ),
    (
        "district-tail-and-time",
        "Judge Mara Quinlan from the Western District of Texas issued a short order Friday writing "
        f"that the county {WORDS}",
        [("Mara Quinlan", "had no authority")],
    ),
    # Negatives.
    (
        "writing-by-someone-else",
        "Sheriff Al Roe cited a letter from Mayor Jo Hart stating that deputies “must not hold anyone "
        "past their release date.”",
        [("Jo Hart", "must not hold anyone")],
    ),
    (
        "someone-named-before-participle",
        "Judge Mara Quinlan issued a ruling citing testimony from Deputy Sam Ortiz stating that the "
        f"county {WORDS}",
        [],
    ),
    ("no-person-subject", f"The county issued a memo writing that officers {WORDS}", []),
    (
        "lawyers-for-someone",
        f"Lawyers for Tom Lane filed a brief writing that the county {WORDS}",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_quotes(text: str, expected: list[tuple[str, str]]) -> None:
    check_quotes(text, expected)
