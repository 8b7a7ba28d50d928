"""Quote finder: an office written with capitals and no name ("The Attorney General found that ...",
"," said the Governor.") stands for the person the text introduced with that title, as the lowercase
"the governor" does. Near-misses (an agency or a court with capitals, a rank below the office, an
office nobody in the text holds) must stay unnamed. Each case names an error class rather than a
document; every text is written for these tests.
"""

from __future__ import annotations

import pytest
from quote_cases import check_quotes

AG = "Salem, OR – Attorney General Dana Whitcombe issued an opinion today on county jails.\n\n"
GOV = "Capitol City – Governor Rhea Castellano signed the bill on Monday, and Sen. Omar Pruitt voted for it.\n\n"
WORDS = "“a hold request is only a request and binds no jail at all.”"
SAID = "“This law keeps families together in every town of our state,”"

# (id, text, expected [(speaker, first words of the quotation)])
CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "capital-office-found-that",
        f"{AG}The Attorney General found that {WORDS}",
        [("Dana Whitcombe", "a hold request is only")],
    ),
    (
        "capital-office-wrote-that",
        f"{AG}In the opinion, the Attorney General wrote that {WORDS}",
        [("Dana Whitcombe", "a hold request is only")],
    ),
    (
        "capital-office-said-no-that",
        f"{GOV}The Governor said “this law keeps families together in every town of our state.”",
        [("Rhea Castellano", "this law keeps families")],
    ),
    (
        "capital-office-after-quote",
        f"{GOV}{SAID} the Governor said.",
        [("Rhea Castellano", "This law keeps families")],
    ),
    (
        "capital-office-inverted",
        f"{GOV}{SAID} said the Governor.",
        [("Rhea Castellano", "This law keeps families")],
    ),
    (
        "capital-office-inverted-clause-goes-on",
        f"{GOV}{SAID} said the Governor, who signed it at noon.",
        [("Rhea Castellano", "This law keeps families")],
    ),
    (
        "capital-office-senator",
        f"{GOV}The Senator said “this law keeps families together in every town of our state.”",
        [("Omar Pruitt", "this law keeps families")],
    ),
    (
        "lowercase-office-unchanged",
        f"{AG}The attorney general found that {WORDS}",
        [("Dana Whitcombe", "a hold request is only")],
    ),
    # Near-misses.
    ("agency-state", f"{GOV}The State argued that “this law keeps families together in every town.”", []),
    ("agency-court", f"{GOV}The Court found that “this law keeps families together in every town.”", []),
    (
        "agency-department",
        f"{GOV}The Department wrote that “this law keeps families together in every town.”",
        [],
    ),
    ("office-nobody-holds", f"{GOV}The Mayor said “this law keeps families together in every town.”", []),
    (
        "rank-below-office",
        f"{GOV}The Lieutenant Governor said “this law keeps families together in every town.”",
        [],
    ),
    ("inverted-agency", f"{GOV}{SAID} said the County.", []),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_quotes(text: str, expected: list[tuple[str, str]]) -> None:
    check_quotes(text, expected)
