"""Quote finder: a judge's written words quoted after a participle that follows a verb reporting no
words ("issued a ruling, writing that "...", "handed the city a win, finding its rules "..."), a writing
as the subject of the attribution after a quotation (`," the memo said.`) or before one ("The memo goes
on to say ...") that gives its author's words when the text introduced it with a named author, and a
doubled opening mark (`“"We ...`) that opens one quotation.

Each case names an error class rather than a document; every text is written for these tests.
"""

from __future__ import annotations

import pytest
from quote_cases import check_quotes

MEMO_FROM_SHERIFF = (
    "Pine County Sheriff Owen Marsh has told his staff to refuse the federal requests.\n\n"
    "In a June 3 memo from Marsh seen by reporters, the sheriff wrote: “Recent rulings have raised "
    "serious doubts about holding people on these requests.\n\n"
)
MEMO_FROM_BOARD = (
    "The county board has told the jail staff to refuse the federal requests.\n\n"
    "In a June 3 memo from the board seen by reporters, the members cited rulings.\n\n"
)

# (id, text, expected [(speaker, first words of the quotation)])
CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "issued-ruling-writing-that",
        "U.S. District Judge Nora Vell issued a long ruling Wednesday, writing that after weighing the "
        "public interest, “the court will grant the county the relief it seeks.”",
        [("Nora Vell", "the court will grant the county")],
    ),
    (
        "handed-win-finding",
        "Judge Nora Vell handed the county a clear win, finding its rules are “sound, fair and a proper "
        "use of local power,” while calling the federal terms “arbitrary.”",
        [("Nora Vell", "sound, fair and a proper use")],
    ),
    (
        "ruled-concluding",
        "Judge Omar Tisch ruled for the town on Friday, concluding that its policy was “well within the "
        "powers the state gives every town.”",
        [("Omar Tisch", "well within the powers the state")],
    ),
    # no named person opens the clause: the participle quotes no one
    (
        "officials-issued-report-writing-that",
        "Officials issued a report Monday, writing that the jail was “far too crowded for the new rules.”",
        [],
    ),
    (
        "finding-as-noun-no-speaker",
        "The finding that the rules were “a burden on every small town nearby” was widely cited.",
        [],
    ),
    # a writing as the subject after the closing mark: its author where the text names one
    (
        "memo-said-after-quotation-running-on",
        MEMO_FROM_SHERIFF
        + "“As such, staff shall not hold anyone on a federal request alone,” the memo said.",
        [("Owen Marsh", "Recent rulings have raised serious doubts")],
    ),
    (
        "memo-said-of-board-stays-unnamed",
        MEMO_FROM_BOARD + "“Staff shall not hold anyone on a federal request alone,” the memo said.",
        [],
    ),
    # a writing as the subject before the quotation, going on to say what its author wrote
    (
        "memo-goes-on-to-say",
        MEMO_FROM_SHERIFF.replace("“Recent", "Recent")
        + "The memo goes on to say people may be released to agents “only when a judge has signed a "
        "warrant for them.”",
        [("Owen Marsh", "only when a judge has signed")],
    ),
    (
        "memo-goes-on-to-say-no-author",
        MEMO_FROM_BOARD + "The memo goes on to say people may be released to agents “only when a judge "
        "has signed a warrant for them.”",
        [],
    ),
    # a doubled opening mark opens one quotation, alone or reopening a quotation that runs on
    (
        "doubled-opening-mark",
        '“"We will keep every promise we made to the people of this city,” said Mayor Lena Ortiz.',
        [("Lena Ortiz", "We will keep every promise")],
    ),
    (
        "doubled-opening-mark-reopening",
        "“We have always followed the law,” said Mayor Lena Ortiz. “Under my watch, the police will follow "
        "every federal law; they will not be deportation agents.\n\n"
        '“"The department failed to mention in its letter that our manual tells officers to follow the law,” '
        "said Mayor Ortiz.",
        [("Lena Ortiz", "We have always followed the law"), ("Lena Ortiz", "Under my watch, the police")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_heldout11_quote_classes(text: str, expected: list[tuple[str, str]]) -> None:
    check_quotes(text, expected)
