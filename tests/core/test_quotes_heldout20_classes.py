"""Quote finder: an office written with capitals and no name ("The Attorney General found that ...",
"," said the Governor.") stands for the person the text introduced with that title, as the lowercase
"the governor" does. Near-misses (an agency or a court with capitals, a rank below the office, an
office nobody in the text holds) must stay unnamed.

Also: a quotation running over paragraphs whose writer dropped the reopening mark (the next
paragraph, or one after a paragraph or two with no marks, opens bare and ends on the closing mark)
is one quotation, not two; a closing paragraph that names someone else, a quotation opened inside a
phrase, and a next mark that opens are left as they were.

Also: a release titled by whose statement it is ("Statement of Attorney General X on ...", "Statement
from Governor X Regarding ...", "Mayor X Statement on ...", "X’s Statement on ...", "X Issues Statement
on ...") whose body is one quoted paragraph with only header lines between (a date, contacts, an
office, links) is that person's statement. Prose between, an organization's statement and a title
that names no statement leave it unnamed.

Each case names an error class rather than a document; every text is written for these tests.
"""

from __future__ import annotations

import pytest
from quote_cases import check_quotes

AG = "Salem, OR – Attorney General Dana Whitcombe issued an opinion today on county jails.\n\n"
GOV = "Capitol City – Governor Rhea Castellano signed the bill on Monday, and Sen. Omar Pruitt voted for it.\n\n"
WORDS = "“a hold request is only a request and binds no jail at all.”"
SAID = "“This law keeps families together in every town of our state,”"

ATTRIB = (
    "The following statement can be attributed to Marta Ellery, policy director of the Pine Valley "
    "Rights Project:\n\n"
)
OPEN = "“We are glad the county board voted to end its jail contract with federal agents tonight.\n\n"
BARE = "Our members knocked on hundreds of doors to make this happen over the spring.\n\n"
CLOSE = "There is still more work ahead for every town in the valley, and we will keep at it.”\n"
SHERIFF = "Sheriff Tom Brisco said: “We will not change our jail policy for anyone this year.\n\n"

STATEMENT = (
    "“Today’s ruling confirms that our state may decide how its own police officers spend their time. "
    "We will keep building trust with every community we serve, and we expect the appeal to fail.”\n"
)
HEADER = (
    "For Immediate Release: March 3, 2022\n\nOffice of The Attorney General\n\nFor Further Information:\n\n"
    "Media Inquiries-\nPaul Renner\n\nRead the Opinion | Read the Policy\n\n"
)


def titled(title: str, between: str = HEADER) -> str:
    return f"{title}\n\n{between}{STATEMENT}"


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
    # A quotation over paragraphs with its reopening mark dropped.
    ("dropped-reopen-next-paragraph", f"{ATTRIB}{OPEN}{CLOSE}", [("Marta Ellery", "We are glad the county")]),
    (
        "dropped-reopen-after-bare-paragraph",
        f"{ATTRIB}{OPEN}{BARE}{CLOSE}",
        [("Marta Ellery", "We are glad the county")],
    ),
    (
        "dropped-reopen-after-colon-same-name",
        f"{SHERIFF}The law is clear and we follow it every day,” Brisco said.\n",
        [("Tom Brisco", "We will not change")],
    ),
    (
        "dropped-reopen-straight-marks",
        f'{ATTRIB}"We are glad the county board voted to end its jail contract tonight.\n\n'
        'There is still more work ahead for every town in the valley."\n',
        [("Marta Ellery", "We are glad the county")],
    ),
    # Near-misses: two quotations stay two.
    (
        "closing-paragraph-names-someone-else",
        f"{SHERIFF}The law is clear and we follow it every day,” said Mayor Jo Parkhurst.\n",
        [("Tom Brisco", "We will not change"), ("Jo Parkhurst", "The law is clear")],
    ),
    (
        "reopened-properly-unchanged",
        f"{ATTRIB}{OPEN}“There is still more work ahead for every town in the valley, and we will keep at it.”\n",
        [("Marta Ellery", "We are glad the county")],
    ),
    (
        "phrase-fragment-not-carried",
        "Critics called the measure a “dangerous overreach of the state into local policing.\n\n"
        "The law is clear and we follow it every day,” Sheriff Tom Brisco said.\n",
        [("Tom Brisco", "The law is clear")],
    ),
    # A release titled by whose statement it is.
    (
        "statement-of-title",
        titled("Statement of Attorney General Dana Whitcombe on Today’s Court Ruling Upholding the Policy"),
        [("Dana Whitcombe", "Today’s ruling confirms")],
    ),
    (
        "statement-from-regarding",
        titled("Statement from Governor Rhea Castellano Regarding the Court Ruling"),
        [("Rhea Castellano", "Today’s ruling confirms")],
    ),
    (
        "name-statement-on",
        titled("Mayor Jo Hartwell Statement on the Court Ruling", "March 3, 2022\n\n"),
        [("Jo Hartwell", "Today’s ruling confirms")],
    ),
    (
        "possessive-statement-on",
        titled("Governor Rhea Castellano’s Statement on the Court Ruling"),
        [("Rhea Castellano", "Today’s ruling confirms")],
    ),
    (
        "issues-statement-on",
        titled("Sheriff Tom Brisco Issues Statement on Jail Policy", "Contact: Paul Renner\n\n"),
        [("Tom Brisco", "Today’s ruling confirms")],
    ),
    (
        "statement-title-prose-between",
        titled(
            "Statement of Attorney General Dana Whitcombe on the Court Ruling",
            HEADER + "The ruling came after a long fight in the courts, which the county lost.\n\n",
        ),
        [],
    ),
    ("organization-statement", titled("Pine Valley Rights Project Statement on the Court Ruling"), []),
    ("joint-statement", titled("Joint Statement on the Court Ruling"), []),
    ("press-statement", titled("Press Statement Regarding the Court Ruling"), []),
    ("title-names-no-statement", titled("Court Ruling Upholds the Trust Policy"), []),
    (
        "next-mark-opens",
        f"{SHERIFF}Mayor Jo Parkhurst said “the law is clear and we follow it every day.”\n",
        [("Tom Brisco", "We will not change"), ("Jo Parkhurst", "the law is clear")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_quotes(text: str, expected: list[tuple[str, str]]) -> None:
    check_quotes(text, expected)
