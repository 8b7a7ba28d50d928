"""Quote finder: quotations delimited by single quotation marks (‘...’ or '...') with an attribution
in their sentence, never apostrophes ("don’t", "officers’ union") nor single marks nested inside a
double-marked quotation.

Each case names an error class rather than a document; every text is written for these tests.
"""

from __future__ import annotations

import pytest

from entanglement.core.extract.quotes import find_quotes

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
    got = [(q.speaker, q.text) for q in find_quotes(text)]
    assert len(got) == len(expected), got
    for (speaker, quoted), (want_speaker, want_start) in zip(got, expected, strict=True):
        assert speaker == want_speaker, got
        assert quoted.startswith(want_start), got
