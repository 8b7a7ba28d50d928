"""Quote finder: a list after a lead-in in reported speech ("explained that officers may:") is the
writer's paraphrase, not a statement; a rule in the past tense ("kept a policy that required staff
"to ...") gives the rule's words, its items too; a state's full name after a comma in an apposition
("director of the Open Door Project, Oregon,") is the group's place, not the speaker.

Each case names an error class rather than a document; every text is written for these tests.
"""

from __future__ import annotations

import pytest
from quote_cases import check_quotes

SHERIFF = "Sheriff Dana Pruitt spoke to the county board on Tuesday.\n\n"

# (id, text, expected [(speaker, first words of the quotation)])
CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "reported-that-before-bullets",
        SHERIFF + "In short, Pruitt explained that trained deputies are allowed to:\n\n"
        "• Question people to learn where they were born\n\n• Search federal records on people\n",
        [],
    ),
    (
        "reported-how-before-list",
        SHERIFF
        + "Pruitt described how the new unit would work:\n\nDeputies will question people at booking.\n",
        [],
    ),
    (
        "colon-after-modal",
        SHERIFF
        + "Pruitt said the trained deputies will:\n\nQuestion people at booking about their papers.\n",
        [],
    ),
    (
        "colon-after-include",
        SHERIFF + "Pruitt said the duties include:\n\nQuestioning people at booking about their papers.\n",
        [],
    ),
    (
        "negative-said-colon-keeps-block",
        SHERIFF + "Pruitt said:\n\nWe will question nobody about where they were born.\n",
        [("Dana Pruitt", "We will question nobody")],
    ),
    (
        "negative-following-statement-keeps-block",
        SHERIFF
        + "Pruitt issued the following statement:\n\nWe will question nobody about where they were born.\n",
        [("Dana Pruitt", "We will question nobody")],
    ),
    (
        "past-policy-required-with-items",
        "Deputies took Lee to the jail. Sheriff Cal Hobbs maintained a policy that required deputies “to "
        "call federal agents” if they learn the arrestee: (1) “was born in another country;” (2) “has no "
        "license or any card;” or (3) “admits to being here without papers.” (Id. ¶ 4.)",
        [],
    ),
    (
        "past-rule-barred",
        'Sheriff Cal Hobbs kept a rule that barred deputies "from asking anyone about their papers at all" '
        "until last year.",
        [],
    ),
    (
        "past-order-directed",
        'Mayor Rita Vance signed an order that directed staff "to refuse every request from federal agents" '
        "in March.",
        [],
    ),
    (
        "negative-maintained-that",
        'Sheriff Cal Hobbs maintained that deputies "will never ask people about their status," at the forum.',
        [("Cal Hobbs", "will never ask people")],
    ),
    (
        "negative-ruled-predicate",
        'The judge ruled that the ban on policies that limit enforcement "is vague and cannot stand," Judge '
        "Ada Lott wrote.",
        [("Ada Lott", "is vague and cannot stand")],
    ),
    (
        "state-after-group-described-as",
        "Nell Ostrow, policy director for the Open Door Project, Oregon, described Lane County's new rule "
        'as a "big win for all local families" but said it does not go far enough.',
        [("Nell Ostrow", "big win for all local families")],
    ),
    (
        "state-after-group-said",
        'Nell Ostrow, policy director for the Open Door Project, New Mexico, said it was "a big win for all '
        'local families" on Monday.',
        [("Nell Ostrow", "a big win for all local families")],
    ),
    (
        "state-after-group-called",
        'Nell Ostrow, head of the Fair Courts League, Ohio, called the rule a "big win for all local '
        'families" on Monday.',
        [("Nell Ostrow", "big win for all local families")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_heldout23_quote_classes(text: str, expected: list[tuple[str, str]]) -> None:
    check_quotes(text, expected)
