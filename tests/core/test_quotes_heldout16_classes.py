"""Quote finder: typewriter and typeset pairs standing for a double mark (``...'', "...'', ‘‘...’’),
an opening mark touching the period before it ("Network."We ..."), a letter's "your statement ...
that "..."" (its addressee's words), a "KEY QUOTE:" heading under an "OPINION BY:" line, "In the
words of X," / "To quote X," before a quotation, a relative clause after a name that makes "Name,
who ...: ..." a sentence rather than a speaker's label, and a role noun ("the governor") that stands
for the office itself, not for a lieutenant governor, deputy mayor or vice president, nor for a name
in the opening phrase ("In a letter to Lt. Gov. ..., R-Elm Grove, the governor said").

Near-misses (words that are not someone's, labels that are labels) must stay right. Each case names
an error class rather than a document; every text is written for these tests.
"""

from __future__ import annotations

import pytest
from quote_cases import check_quotes

OFFICES = (
    "Gov. Walter Brisk on Monday said he would let the bill become law. Mayor Ada Pell agreed. "
    "President Lou Tarr did too.\n\n"
)

LETTER = "Mayor Ada Pell\nCity Hall\nDayton, OH 45402\n\nDear Mayor Pell:\n\n"

# (id, text, expected [(speaker, first words of the quotation)])
CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    # Two apostrophes close a quotation opened with a straight double mark.
    (
        "double-apostrophe-close",
        'In voting against the bill Ohio Senator Tom Ridley said, "Trimming the weeds might look tidy '
        ". . . but it lets the roots spread.'' We agree. By the agency's own count, half of those held "
        "had no record, and its chief couldn't say why, according to the agency's own report.",
        [("Tom Ridley", "Trimming the weeds might look tidy")],
    ),
    (
        "tex-pair",
        "Senator Tom Ridley said, ``Trimming the weeds might look tidy but the roots spread.'' We "
        "agree, and the agency's count shows it; nobody's numbers say otherwise, and the panel's don't.",
        [("Tom Ridley", "Trimming the weeds might look tidy")],
    ),
    (
        "doubled-curly-singles",
        "Senator Tom Ridley said, ‘‘Trimming the weeds might look tidy but the roots spread.’’ We "
        "agree, and the agency’s count shows it; nobody’s numbers say otherwise, and the panel’s don’t.",
        [("Tom Ridley", "Trimming the weeds might look tidy")],
    ),
    (
        "doubled-apostrophes-around-a-term",
        "The sign read ''Keep Out'' and Ridley's crew couldn't enter; they said they'd return.",
        [],
    ),
    # "In the words of X," names whose words the quotation is.
    (
        "in-the-words-of",
        "Police chiefs agree. In the words of Dayton Chief of Police Aldo Renner, the program has caused "
        "“fear of officers, silence from witnesses, and more danger for every resident.”",
        [("Aldo Renner", "fear of officers, silence")],
    ),
    (
        "in-the-adjective-words-of",
        "In the blunt words of Sheriff Aldo Renner, the program is “a wedge between officers and the "
        "people they serve.”",
        [("Aldo Renner", "a wedge between officers")],
    ),
    (
        "to-quote",
        "To quote Mayor Pia Lund, the new rule is “the fairest deal this city has ever offered.”",
        [("Pia Lund", "the fairest deal this city")],
    ),
    (
        "to-borrow-the-words-of",
        "To borrow the words of Judge Ivo Stamm, the law is “a shield, not a sword, for every family.”",
        [("Ivo Stamm", "a shield, not a sword")],
    ),
    (
        "in-the-words-of-a-song-names-no-one",
        "In the words of the old song, the city is “a place where nobody has to be afraid.”",
        [],
    ),
    (
        "in-the-words-of-an-unnamed-officer",
        "In the words of a Dayton officer, the program has caused “fear of officers, silence from "
        "witnesses, and more danger.”",
        [],
    ),
    # A colon inside an event's title after "Name, who ..." opens no statement.
    (
        "relative-clause-then-title-colon",
        "Director Lena Marsh, who spoke this morning at the Senate's Chicago: What the Windy City Owes "
        "Its Police hearing, faulted the agency for ignoring the law and pressuring small towns.",
        [],
    ),
    (
        "whose-clause-then-title-colon",
        "Director Lena Marsh, whose panel met at the Boston: City of Refuge forum, said the agency was "
        "“ignoring the law and pressuring small towns to do the same.”",
        [("Lena Marsh", "ignoring the law and pressuring")],
    ),
    (
        "party-label-relative-clause-then-title-colon",
        "Lena Marsh (D), who chairs the Miami: Open Doors panel, told reporters the rule was “a mistake "
        "from start to finish and a cruel one.”",
        [("Lena Marsh", "a mistake from start to finish")],
    ),
    (
        "apposition-label-kept",
        "Lena Marsh, director of the Ohio Housing Network: We will keep fighting this rule in every "
        "court that will hear us.",
        [("Lena Marsh", "We will keep fighting")],
    ),
    (
        "title-label-kept",
        "Mayor Lena Marsh: We will keep fighting this rule in every court that will hear us.",
        [("Lena Marsh", "We will keep fighting")],
    ),
    # An opening mark touching the period before it ("Network."We ...") starts a sentence.
    (
        "touching-period-second-half",
        '"We thank the mayor for doing the right thing today," said Ona Vilks, director of the Ohio '
        'Housing Network."We are glad that the mayor took seriously the call to revisit "Safe Streets" '
        "this spring, when she held hearings. As we said at each hearing, the plan was useless.",
        [("Ona Vilks", "We thank the mayor"), ("Ona Vilks", "We are glad that the mayor")],
    ),
    (
        "touching-period-closed",
        '"We thank the mayor for doing the right thing today," said Ona Vilks, director of the Ohio '
        'Housing Network."We are glad that the mayor listened to all of us."',
        [("Ona Vilks", "We thank the mayor"), ("Ona Vilks", "We are glad that the mayor")],
    ),
    (
        "touching-period-own-attribution",
        'Mayor Ada Pell spoke Monday."Nobody in this city should fear calling the police," she said.',
        [("Ada Pell", "Nobody in this city")],
    ),
    (
        "touching-abbreviation-period",
        'The group met with officials from the U.S."We will keep pressing for answers," said Ona Vilks.',
        [("Ona Vilks", "We will keep pressing")],
    ),
    (
        "touching-period-term",
        '"We thank the mayor for doing the right thing today," said Ona Vilks, director of the Ohio '
        'Housing Network."Safe Streets" was the name of the plan.',
        [("Ona Vilks", "We thank the mayor")],
    ),
    # A letter quoting its addressee's own writing: "your statement to ... that "..."".
    (
        "your-statement-that-place",
        LETTER + "When you took office, we were heartened by your statement to the families in Dayton "
        "that “you belong here in this city. This is your home” (January 3, 2019). That promise is now "
        "at risk.",
        [("Ada Pell", "you belong here in this city")],
    ),
    (
        "your-statement-that-across-place",
        LETTER + "We were heartened by your statement to the families across the Miami Valley that “you "
        "belong here in this city. This is your home.”",
        [("Ada Pell", "you belong here in this city")],
    ),
    (
        "your-public-letter-that",
        LETTER + "We welcomed your public letter that “no family in Dayton will be torn apart by this "
        "office.”",
        [("Ada Pell", "no family in Dayton")],
    ),
    (
        "your-letter-says-that",
        LETTER + "Your letter says that “no family in Dayton will be torn apart by this office.”",
        [("Ada Pell", "no family in Dayton")],
    ),
    (
        "your-statement-to-a-named-person",
        LETTER + "We were heartened by your statement to Chief Ivo Lenz that “you belong here in this "
        "city. This is your home.”",
        [],
    ),
    (
        "your-statement-then-someone-else-speaks",
        LETTER + "Your statement came after the chief warned that “the city is less safe than ever before.”",
        [],
    ),
    # A summary's "KEY QUOTE:" heading over a passage its "OPINION BY:" / "Author:" line credits.
    (
        "key-quote-opinion-by",
        "Town of Elmira v. Hart, 2d Cir., 04-02-21\n\nOPINION BY: Judge Tamsin Orley\n\nKEY QUOTE:\n\n"
        "When a town refuses to help enforce federal law, the question is whether Congress tied its "
        "grants to that help. It did not, and the conditions fall.\n",
        [("Tamsin Orley", "When a town refuses to help")],
    ),
    (
        "key-quote-author-label",
        "Town of Elmira v. Hart\n\nAuthor: Tamsin Orley\n\nKey quote:\n\nWhen a town refuses to help "
        "enforce federal law, the question is whether Congress tied its grants to that help.\n",
        [("Tamsin Orley", "When a town refuses to help")],
    ),
    (
        "key-quotes-in-marks",
        "OPINION BY: Judge Tamsin Orley\n\nKEY QUOTES:\n\n“When a town refuses to help enforce federal "
        "law, the question is whether Congress tied its grants.”\n",
        [("Tamsin Orley", "When a town refuses to help")],
    ),
    (
        "key-quote-without-byline",
        "Town of Elmira v. Hart\n\nKEY QUOTE:\n\nWhen a town refuses to help enforce federal law, the "
        "question is whether Congress tied its grants to that help.\n",
        [],
    ),
    (
        "key-quote-words-inside-a-sentence",
        "Written by: Tamsin Orley\n\nThe board met Monday. Key quote: the budget passed.\n\nWhen a town "
        "refuses to help enforce federal law, the question is whether Congress tied its grants.\n",
        [],
    ),
    # "the governor" is the governor: not a lieutenant governor or a name in the opening phrase.
    (
        "lieutenant-governor-in-opening-phrase",
        OFFICES + "In a letter to Lt. Gov. Hollis Carden, the governor complained the bill “is a cure in "
        "search of a disease.”",
        [("Walter Brisk", "is a cure in search")],
    ),
    (
        "party-labels-in-opening-phrase",
        OFFICES + "In a letter to Lt. Gov. Hollis Carden, R-Glen Ellyn, the Senate speaker, and House "
        "Speaker Mina Oyelaran, R-Akron, the governor complained the bill “is a cure in search of a "
        "disease.”",
        [("Walter Brisk", "is a cure in search")],
    ),
    (
        "speaker-in-opening-phrase",
        OFFICES + "In a letter to Speaker Mina Oyelaran, D-Akron, the governor wrote that the bill “is a "
        "cure in search of a disease.”",
        [("Walter Brisk", "is a cure in search")],
    ),
    (
        "deputy-mayor",
        OFFICES + "After meeting Deputy Mayor Ines Garro, the mayor said the plan “is the best we could "
        "have hoped for.”",
        [("Ada Pell", "is the best we could")],
    ),
    (
        "vice-president",
        OFFICES + "In a call with Vice President Ines Garro, the president said the plan “is the best we "
        "could have hoped for.”",
        [("Lou Tarr", "is the best we could")],
    ),
    (
        "closed-apposition-kept",
        OFFICES + "Hollis Carden, the senator, said the bill “is a cure in search of a disease.”",
        [("Hollis Carden", "is a cure in search")],
    ),
    (
        "lieutenant-governor-speaks",
        OFFICES + "Lt. Gov. Hollis Carden said the bill “is a cure in search of a disease.”",
        [("Hollis Carden", "is a cure in search")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_quotes(text: str, expected: list[tuple[str, str]]) -> None:
    check_quotes(text, expected)
