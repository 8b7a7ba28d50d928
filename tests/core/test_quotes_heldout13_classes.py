"""Quote finder: a ward or district number before the title after the verb ("said 12th Ward Alderman
..."), a subject set off by "--" dashes, "the mayor's statement continued" after a quotation, a
"His prepared remarks are as follows:" introduction, an author named in a relative clause after "read
the letter", an unclosed quotation after a short sentence in which a title-holder answers someone,
and a paragraph in a document's own voice ("The purpose of this policy is ...") after a sentence
about a person, which quotes the document rather than the person.

Near-misses (scare quotes, unnamed spokespeople, documents, other speakers) must stay out. Each case
names an error class rather than a document; every text is written for these tests.
"""

from __future__ import annotations

import pytest
from quote_cases import check_quotes

MAYOR_INTRO = "Mayor Bettina Lowry said Monday the city would not change its jail rules.\n\n"

# (id, text, expected [(speaker, first words of the quotation)])
CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    # A number of a ward or district opens the title after the verb.
    (
        "ordinal-ward-title-after-verb",
        "“Nobody who calls for help should ever fear being handed over to agents,” said 12th Ward "
        "Alderman Teodoro Vance-Quill.",
        [("Teodoro Vance-Quill", "Nobody who calls for help")],
    ),
    (
        "ordinal-district-title-after-verb",
        "“This vote keeps our families together for good,” said 3rd District Supervisor Mara Ellwood.",
        [("Mara Ellwood", "This vote keeps our families")],
    ),
    (
        "ordinal-district-title-before-verb",
        "“This vote keeps our families together for good,” 3rd District Supervisor Mara Ellwood said.",
        [("Mara Ellwood", "This vote keeps our families")],
    ),
    (
        "ordinal-office-names-no-one",
        "“This vote keeps our families together for good,” said 3rd District staff.",
        [],
    ),
    # A subject set off by "--" dashes before the verb.
    (
        "double-hyphen-apposition",
        "Mayor Gideon Tarrant signed the order Friday.\n\n"
        "Tarrant -- a former county prosecutor -- has said that he wants the city to be the most "
        "“welcoming place for working families anywhere.”",
        [("Gideon Tarrant", "welcoming place for working families")],
    ),
    (
        "double-hyphen-then-dash-apposition",
        "Mayor Gideon Tarrant signed the order Friday.\n\n"
        "Tarrant -- a former county prosecutor – has said the city will stay “open to everyone who "
        "lives and works here.”",
        [("Gideon Tarrant", "open to everyone who lives")],
    ),
    (
        "double-hyphen-apposition-scare-quote",
        "Mayor Gideon Tarrant signed the order Friday.\n\n"
        "Tarrant -- a former county prosecutor -- has called the city a “sanctuary” in the past.",
        [],
    ),
    # A title-holder's writing as the subject after the quotation.
    (
        "role-possessive-statement-continued",
        "The new ordinance passed Monday, according to Mayor Lucinda Park.\n\n"
        "“The city stands with every resident, whatever their papers say,” the mayor said in a "
        "statement.\n\n"
        "“Our officers will not ask anyone about their status when they report a crime,” the mayor's "
        "statement continued.",
        [
            ("Lucinda Park", "The city stands with every"),
            ("Lucinda Park", "Our officers will not ask"),
        ],
    ),
    (
        "role-possessive-statement-unnamed-spokesman",
        "The new ordinance passed Monday, according to Mayor Lucinda Park.\n\n"
        "“Our officers will not ask anyone about their status when they report a crime,” the "
        "spokesman's statement said.",
        [],
    ),
    (
        "office-possessive-statement-is-no-person",
        "The new ordinance passed Monday, according to Mayor Lucinda Park.\n\n"
        "“Our officers will not ask anyone about their status when they report a crime,” the "
        "county's statement said.",
        [],
    ),
    # A pronoun's or a name's writing "as follows:" over the words.
    (
        "his-remarks-as-follows",
        "Springfield, May 4, 2016 — Mayor Harlan Oduya amended the city's order on detainers.\n\n"
        "His prepared remarks on the change are as follows, check against delivery:\n\n"
        "“I want to be clear that this city welcomes every family that comes here to work.\n\n"
        "“We will keep our officers focused on crime.”",
        [("Harlan Oduya", "I want to be clear that")],
    ),
    (
        "name-statement-follows",
        "Sheriff Corinne Waddell spoke to reporters after the vote.\n\n"
        "Waddell's full statement follows:\n\n"
        "“My deputies will not hold anyone for immigration agents without a warrant.”",
        [("Corinne Waddell", "My deputies will not hold")],
    ),
    (
        "document-provisions-as-follows",
        "Sheriff Corinne Waddell spoke to reporters after the vote.\n\n"
        "The ordinance's provisions are as follows:\n\n"
        "“No officer may detain any person solely on the basis of a civil detainer.”",
        [],
    ),
    # The author named in a relative clause after "read the letter".
    (
        "read-letter-which-was-signed-by",
        "“This change will not alter how the program runs in your county,” read the letter, which "
        "was signed by Osric Pembleton, director of the federal agency.",
        [("Osric Pembleton", "This change will not alter")],
    ),
    (
        "read-letter-which-was-obtained-by-paper",
        "“This change will not alter how the program runs in your county,” read the letter, which "
        "was obtained by the Pine Valley Courier.",
        [],
    ),
    (
        "read-letter-unsigned",
        "“This change will not alter how the program runs in your county,” read the letter.",
        [],
    ),
    # A short sentence in which a title-holder answers someone, then the answer.
    (
        "title-noun-rejects-then-unclosed-quote",
        "Mayor Ingrid Solberg signed the measure Tuesday.\n\n"
        "State Sen. Rollo Achterberg wrote a letter urging federal action against the city.\n\n"
        "The Lakeview mayor rejected Achterberg's letter.\n\n"
        "“We will not be drawn into a stunt by someone who wants headlines. Should he read the "
        "ordinance, he would",
        [("Ingrid Solberg", "We will not be drawn")],
    ),
    (
        "named-subject-responds-then-quote",
        "Mayor Ingrid Solberg signed the measure Tuesday.\n\n"
        "State Sen. Rollo Achterberg wrote a letter urging federal action against the city.\n\n"
        "Solberg dismissed Achterberg's letter.\n\n"
        "“We will not be drawn into a stunt by someone who wants headlines.”",
        [("Ingrid Solberg", "We will not be drawn")],
    ),
    (
        "other-name-without-answer-verb-stays-unclear",
        "Mayor Ingrid Solberg signed the measure Tuesday.\n\n"
        "State Sen. Rollo Achterberg wrote a letter urging federal action against the city.\n\n"
        "Solberg received Achterberg's letter.\n\n"
        "“We will not be drawn into a stunt by someone who wants headlines.”",
        [],
    ),
    (
        "spokesperson-answers-unnamed",
        "Mayor Ingrid Solberg signed the measure Tuesday.\n\n"
        "The city spokesperson rejected the criticism.\n\n"
        "“We will not be drawn into a stunt by someone who wants headlines.”",
        [],
    ),
    # A paragraph in a document's own voice quotes the document.
    (
        "document-voice-after-person-sentence",
        "Pine County Sheriff Renata Dolan released a video message Friday outlining the office's new "
        "jail policy.\n\n"
        "“The purpose of this policy is to keep the public safe and to make sure every victim and "
        "witness can come forward.”\n\n"
        "In her video Dolan said “every person booked into the jail will be treated the same.”",
        [("Renata Dolan", "every person booked into the jail")],
    ),
    (
        "document-voice-shall",
        "Pine County Sheriff Renata Dolan released a video message Friday outlining the office's new "
        "jail policy.\n\n"
        "“This policy shall apply to every deputy assigned to the county jail.”",
        [],
    ),
    (
        "person-voice-about-policy-kept",
        "Pine County Sheriff Renata Dolan released a video message Friday outlining the office's new "
        "jail policy.\n\n"
        "“This policy will keep families together and keep our deputies focused on crime.”",
        [("Renata Dolan", "This policy will keep families")],
    ),
    (
        "document-voice-with-own-attribution-kept",
        "“The purpose of this policy is to keep the public safe for everyone,” Sheriff Renata Dolan said.",
        [("Renata Dolan", "The purpose of this policy")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_quotes(text: str, expected: list[tuple[str, str]]) -> None:
    check_quotes(text, expected)
