"""Quote finder: quotations delimited by single quotation marks (‘...’ or '...') with an attribution
in their sentence, never apostrophes ("don’t", "officers’ union") nor single marks nested inside a
double-marked quotation; partial quotations inside a sentence whose subject is the speaker, past
a time phrase ("Roe on Tuesday called it "...""), a verb joined to an earlier one ("criticized the
plan and called it "..."") or a participle after a comma ("rejected the plan, calling it "..."").

Each case names an error class rather than a document; every text is written for these tests.
"""

from __future__ import annotations

import pytest
from quote_cases import check_quotes

# (id, text, expected [(speaker, first words of the quotation)])
SINGLE_MARKS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "curly-said-after",
        "The board met on Monday. ‘We will not be bullied by anyone in this city,’ said Mayor Ines Kowal.",
        [("Ines Kowal", "We will not be bullied")],
    ),
    (
        "straight-name-said-after",
        "The board met on Monday. 'We will not be bullied by anyone in this city,' Ines Kowal said.",
        [("Ines Kowal", "We will not be bullied")],
    ),
    (
        "introduced-with-colon",
        "Mayor Ines Kowal said: ‘We will not be bullied by anyone in this city.’",
        [("Ines Kowal", "We will not be bullied")],
    ),
    (
        "apostrophes-inside",
        "‘We don’t want the officers’ union to decide this for us,’ Ines Kowal said.",
        [("Ines Kowal", "We don’t want the officers’ union")],
    ),
    (
        "fragment-with-trailing-attribution",
        "The plan is ‘a reckless choice that endangers us all’, Ines Kowal said.",
        [("Ines Kowal", "a reckless choice that endangers us all")],
    ),
    # --- left out ---
    (
        "nested-in-double",
        "“The sheriff told me, ‘we will not cooperate with anyone at all,’ and then he left,” said Ines Kowal.",
        [("Ines Kowal", "The sheriff told me,")],
    ),
    (
        "scare-quote-in-double",
        "“The vote was a ‘sanctuary’ vote in all but name,” said Ines Kowal.",
        [("Ines Kowal", "The vote was a")],
    ),
    ("short-term", "Ines Kowal called it a ‘welcoming city’ policy.", []),
    ("no-attribution", "The sign read ‘No parking on this side of the street,’ and nobody argued.", []),
    ("unnamed-speaker", "‘Rock ’n’ roll is here to stay forever,’ the band said.", []),
    (
        "possessives-only",
        "The officers' union and the deputies' group met. Ines Kowal's staff said little about it.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in SINGLE_MARKS], ids=[c[0] for c in SINGLE_MARKS]
)
def test_single_quotation_marks(text: str, expected: list[tuple[str, str]]) -> None:
    check_quotes(text, expected)


PHRASE = "“a reckless choice that endangers every family”"
IN_SENTENCE: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "subject-then-verb",
        f"Ines Kowal called the policy {PHRASE}, adding that she would sue.",
        [("Ines Kowal", "a reckless choice")],
    ),
    (
        "time-phrase",
        f"Ines Kowal on Tuesday called the policy {PHRASE}.",
        [("Ines Kowal", "a reckless choice")],
    ),
    (
        "in-a-statement",
        f"Ines Kowal in a statement called the policy {PHRASE}.",
        [("Ines Kowal", "a reckless choice")],
    ),
    (
        "joined-verbs",
        f"Sheriff Lou Paxon criticized the “sanctuary” label and called it {PHRASE}.",
        [("Lou Paxon", "a reckless choice")],
    ),
    (
        "joined-after-said",
        f"Ines Kowal said the plan failed and called it {PHRASE}.",
        [("Ines Kowal", "a reckless choice")],
    ),
    (
        "participle",
        f"Ines Kowal rejected the claim, calling the policy {PHRASE}.",
        [("Ines Kowal", "a reckless choice")],
    ),
    # --- no named subject: left out ---
    ("participle-of-a-body", f"The council rejected the measure, calling it {PHRASE}.", []),
    (
        "participle-of-a-possessive",
        f"Ines Kowal's lawyers rejected the claim, calling the policy {PHRASE}.",
        [],
    ),
    ("short-fragment", "Ines Kowal called the ordinance “a reckless choice,” adding she would sue.", []),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in IN_SENTENCE], ids=[c[0] for c in IN_SENTENCE])
def test_in_sentence_fragments(text: str, expected: list[tuple[str, str]]) -> None:
    check_quotes(text, expected)
