"""Quote finder: colons inside quotations, organizations as sources, a writing's author, header
lines over statements, and speakers given by a label before a colon.

Each case names an error class rather than a document; every text is written for these tests.
"""

from __future__ import annotations

import pytest
from quote_cases import check_quotes

Q = "“"
E = "”"

# (id, text, expected [(speaker, first words of the quotation)])
CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    # --- a colon inside a quotation is the speaker's, not a statement's introduction ---
    (
        "colon-inside-split-quotation",
        '"The county will stand with its deputies against this overreach," said Ortega. "Under '
        "Governor Ann Lee, we are sending a plain message: cities cannot ignore federal law. We will "
        'not back down."',
        [
            ("Ortega", "The county will stand with"),
            ("Ortega", "Under Governor Ann Lee, we"),
        ],
    ),
    (
        "colon-inside-curly-quotation",
        f"Mayor Tina Vale said {Q}our answer is simple: this city will not be bullied by anyone.{E}",
        [("Tina Vale", "our answer is simple: this")],
    ),
    (
        "colon-outside-quotation-still-introduces-statement",
        "Mayor Tina Vale issued the following statement: This city will not be bullied by anyone at all.",
        [("Tina Vale", "This city will not be")],
    ),
    # --- an organization named as the source is no person ---
    (
        "organization-for-as-source",
        "The following statement can be attributed to Towns for Fair Policing:\n\n"
        f"{Q}Today the legislature took a step that will make every one of our towns less safe.{E}",
        [],
    ),
    (
        "organization-of-as-source",
        f"{Q}We will keep every door open to families who need us,{E} according to Neighbors of Elm Park.",
        [],
    ),
    (
        "plural-noun-organization",
        "The following statement can be attributed to Mayors United:\n\n"
        f"{Q}Today the legislature took a step that will make every one of our towns less safe.{E}",
        [],
    ),
    (
        "person-as-source-still-named",
        "The following statement can be attributed to Mayor Ann Lee:\n\n"
        f"{Q}Today the legislature took a step that will make every one of our towns less safe.{E}",
        [("Ann Lee", "Today the legislature took a")],
    ),
    (
        "full-name-of-an-organization-is-a-person",
        f"{Q}This is about whether our neighbors can call for help,{E} said Ana Ruiz of the Pine "
        "Immigrant Coalition.",
        [("Ana Ruiz", "This is about whether our")],
    ),
    # --- a named author's writing, quoted with the writing as subject ---
    (
        "letter-from-named-author-partial-quote",
        "The offer arrived in a March 3 letter from Regional Director Paul Hanley to Mayor Rita Cole. "
        f"The letter also asked that the city give agents access to {Q}all jail booking records "
        f"available{E} to find deportable inmates, and provide notice before releases.",
        [("Paul Hanley", "all jail booking records available")],
    ),
    (
        "letter-said-named-author",
        "The offer arrived in a March 3 letter from Regional Director Paul Hanley to Mayor Rita Cole. "
        f"The letter said the city should grant {Q}access to every booking record{E} by May.",
        [("Paul Hanley", "access to every booking record")],
    ),
    (
        "possessive-letter-pronoun",
        "Mayor Rita Cole released her letter on Friday. Her letter warned that the state would "
        f"{Q}pull every dollar of aid we send{E} next year.",
        [("Rita Cole", "pull every dollar of aid")],
    ),
    (
        "letter-without-author-is-nobodys",
        "The county received a letter last week. The letter asked that the city give agents access "
        f"to {Q}all jail booking records available{E} to find deportable inmates.",
        [],
    ),
    (
        "three-word-fragment-of-letter-is-a-term",
        "The offer came in a letter from Director Paul Hanley. The letter asked for "
        f"{Q}booking records only{E} by May.",
        [],
    ),
    # --- a header line naming the person over their statement ---
    (
        "header-lines-over-statements",
        "Mayors spoke out this week, including:\n\nDenver, CO Mayor Ana Ruiz\n"
        f"{Q}Denver is proud to welcome every family that comes here. We will not change.{E}\n\n"
        f"Tucson, Ariz. Mayor Tom Bell\n{Q}Our police will keep doing their jobs and nothing more.{E}",
        [
            ("Ana Ruiz", "Denver is proud to welcome"),
            ("Tom Bell", "Our police will keep doing"),
        ],
    ),
    (
        "byline-is-no-header",
        f"By Sam Lee\n\n{Q}We are not going anywhere at all,{E} one resident shouted.",
        [],
    ),
    (
        "section-heading-is-no-header",
        f"Background\n\n{Q}We are not going anywhere at all tonight.{E}",
        [],
    ),
    # --- a speaker given by context: a possessive label, a short lead-in after a reported sentence ---
    (
        "possessive-label-before-colon",
        "Sheriff Dale Ruiz runs the jail.\n\nWe asked each sheriff why. Sheriff Ruiz’: "
        f"{Q}I want to keep every family here safe.{E}",
        [("Dale Ruiz", "I want to keep every")],
    ),
    (
        "possessive-s-label-before-colon",
        'Sheriff Dale Ruiz runs the jail. Why? Ruiz\'s: "I want to keep every family here safe."',
        [("Dale Ruiz", "I want to keep every")],
    ),
    (
        "short-lead-in-after-reported-sentence",
        "Sheriff Dale Ruiz spoke to us on Monday. Crime in his county, he says, is rising. So is the "
        f"count: {Q}3,000 arrests they have made in two years{E}.",
        [("Dale Ruiz", "3,000 arrests they have made")],
    ),
    (
        "short-lead-in-after-unreported-sentence",
        "Sheriff Dale Ruiz spoke to us on Monday. Crime in his county is rising. So is the count: "
        f"{Q}3,000 arrests they have made in two years{E}.",
        [],
    ),
    (
        "lead-in-naming-someone-else",
        "Sheriff Dale Ruiz spoke to us on Monday. Crime in his county, he says, is rising. Mayor Ann "
        f"Lee disagrees: {Q}the numbers have fallen for three years{E}.",
        [("Ann Lee", "the numbers have fallen for")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [(c[1], c[2]) for c in CASES], ids=[c[0] for c in CASES])
def test_heldout6_quote_classes(text: str, expected: list[tuple[str, str]]) -> None:
    check_quotes(text, expected)
