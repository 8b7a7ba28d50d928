"""Quote finder: partial quotations listed in one sentence ("A called it "...," B said the town was
"...," and Mayor C said he feared "...""), a paraphrase closed by an inverted attribution ("..., says
group leader Jo Hart, whose ...") before a paragraph of that person's words, a quotation whose
opening mark is never closed because the text was cut off, and a letter's "you argue "..."" that
quotes the person its salutation addresses.

Each case names an error class rather than a document; every text is written for these tests.
"""

from __future__ import annotations

import pytest
from quote_cases import check_quotes

LETTER_HEAD = "May 4, 2021\n\nSheriff Lena Ostrow\nPine County Sheriff's Office\n\nDear Sheriff Ostrow:\n\n"

# (id, text, expected [(speaker, first words of the quotation)])
CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "listed-clauses-each-own-speaker",
        "As expected, Gov. Ada Brandt called the suit a “cheap trick,” Dorsey said the state was "
        "“focused on keeping people safe,” and Lakeview Mayor Paul Hart said he feared for the "
        "“working families and honest people who only want to live here.”",
        [
            ("Dorsey", "focused on keeping people safe"),
            ("Paul Hart", "working families and honest people"),
        ],
    ),
    (
        "and-new-clause-after-closing-mark",
        "Dorsey said the county was “acting within the law at every step,” and Mayor Paul Hart said he agreed.",
        [("Dorsey", "acting within the law at every step")],
    ),
    (
        "and-joining-two-places-names-no-one",
        "Officials in Lakeview and Pine said the plan was “a burden on every small town nearby.”",
        [],
    ),
    (
        "inverted-attribution-then-quotation-paragraph",
        "The new rules help no one, says Safe Streets leader Carl Mendes, whose brother was hurt in a crash.\n\n"
        "“We hear the same story again and again from the officials. The facts say otherwise.”",
        [("Carl Mendes", "We hear the same story again")],
    ),
    (
        "inverted-attribution-then-quotation-cut-off",
        "The new rules help no one, says Safe Streets leader Carl Mendes, whose brother was hurt in a crash.\n\n"
        "“We hear the same story again and again from the officials. The facts say otherwise.\n",
        [("Carl Mendes", "We hear the same story again")],
    ),
    (
        "cut-off-quotation-after-unrelated-paragraph",
        "The council met on Monday to discuss the budget for next year.\n\n"
        "“We hear the same story again and again from the officials.\n",
        [],
    ),
    (
        "letter-you-argue",
        LETTER_HEAD + "Last week the Daily Star printed your column. In it, you argue "
        "“that the county should hand every person in its jail over to federal agents.” We disagree.",
        [("Lena Ostrow", "that the county should hand every person")],
    ),
    (
        "you-argue-without-salutation",
        "In that column, you argue “that the county should hand every person in its jail over to agents.”",
        [],
    ),
    (
        "plural-subject-base-form",
        "Plaintiffs argue that the rule “forces the city to give up its own policies entirely.”",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_heldout9_quote_classes(text: str, expected: list[tuple[str, str]]) -> None:
    check_quotes(text, expected)


# A threat or vow quoted right after "to" in a participle after a comma is the clause subject's words,
# also past an introductory phrase or time before that subject.
VOWS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "threatening-after-intro-phrase",
        "Less than a week after the vote, Governor Ana Pell signed Executive Order No. 14 (“Order”), "
        "threatening to “cut off every grant to cities that refuse to cooperate” by the end of the year.",
        [("Ana Pell", "cut off every grant to cities")],
    ),
    (
        "vowing-after-time",
        "Last week Governor Ana Pell signed the order, vowing to “close every loophole that lets the county "
        "ignore federal law.”",
        [("Ana Pell", "close every loophole that lets")],
    ),
    (
        "calling-after-day",
        "On Monday, Ana Pell criticized the plan and called it “a disgrace to every town in the state.”",
        [("Ana Pell", "a disgrace to every town")],
    ),
    (
        "document-as-subject",
        "The order, threatening to “cut off every grant to cities that refuse to cooperate,” was signed.",
        [],
    ),
    (
        "threatening-without-quotation-after-to",
        "Governor Ana Pell signed the order, threatening to cut off grants to what she called “sanctuary”.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in VOWS], ids=[c[0] for c in VOWS])
def test_vows_and_leading_phrases(text: str, expected: list[tuple[str, str]]) -> None:
    check_quotes(text, expected)
