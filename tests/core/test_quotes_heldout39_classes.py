"""Quote finder: a speaker the paper calls by first name only, a capitalized job before a name
("Immigration Lawyer Marco Reyes"), a name that follows the body it heads ("President of the Utah
Sheriffs' Association Ron Alder"), and a pronoun opening a clause whose second verb quotes ("He
faulted the board and said, "..."").

Each case names an error class rather than a document; every text is written for these tests.
"""

from __future__ import annotations

import pytest
from quote_cases import check_quotes

WORDS = "“We will keep every door of this office open to all of our residents,”"

# (id, text, expected [(speaker, first words of the quotation)])
CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "first-name-only-is-the-person-named-in-full",
        "Attorney General Gurpreet Sandhu sent a letter to the clerk. “I know that this is a hard "
        "question for many,” Gurpreet wrote. “Residents are free to disagree with the law as written.”",
        [
            ("Gurpreet Sandhu", "I know that this is a hard question"),
            ("Gurpreet Sandhu", "Residents are free to disagree"),
        ],
    ),
    (
        "first-name-after-the-quotation-names-no-one-else",
        f"Tom Hale and his son Ben were there. {WORDS} Ben said.",
        [("Ben", "We will keep every door")],
    ),
    (
        "first-name-shared-by-two-people-stays-as-written",
        f"Mayor Ana Ruiz spoke first. Later Councilwoman Ana Torres spoke. {WORDS} Ana said.",
        [("Ana", "We will keep every door")],
    ),
    (
        "capitalized-lawyer-before-name",
        "Dana Kirk posted a statement.\n\nImmigration Lawyer Marco Reyes works closely with "
        "immigrants. He explained that the claims are untrue.\n\n"
        "“If the police come in contact with a person who has no status, ICE will know,” he said.",
        [("Marco Reyes", "If the police come in contact")],
    ),
    (
        "capitalized-activist-before-name",
        "Dana Kirk posted a statement.\n\nCommunity Activist Rosa Baird led the march on Sunday.\n\n"
        "“We are not going anywhere, and we will keep showing up,” she said.",
        [("Rosa Baird", "We are not going anywhere")],
    ),
    (
        "lawyers-guild-is-no-title",
        f"Kirk met with the Immigration Lawyers Guild. {WORDS} Kirk said.",
        [("Kirk", "We will keep every door")],
    ),
    (
        "name-after-the-association-it-heads",
        "Dana Kirk posted a statement.\n\nSheriff and President of the Utah Sheriffs’ Association "
        "Ron Alder flatly disputed the claims.\n\n"
        "“It’s very misleading, very damaging to local police and leaves out the truth,” he said.",
        [("Ron Alder", "It’s very misleading")],
    ),
    (
        "name-after-the-bar-association",
        "Dana Kirk posted a statement.\n\nBoard member of the County Bar Association Linda Voss "
        "disagreed.\n\n“It’s very misleading, very damaging to local police and leaves out the truth,” "
        "she said.",
        [("Linda Voss", "It’s very misleading")],
    ),
    (
        "association-then-a-weekday-is-no-person",
        "Dana Kirk posted a statement. The Texas Police Association Monday voted to back it.\n\n"
        "“It’s very misleading, very damaging to local police and leaves out the truth,” she said.",
        [("Dana Kirk", "It’s very misleading")],
    ),
    (
        "pronoun-then-second-verb-quotes",
        "Dana Kirk posted a statement. He criticized leaders and claimed, “Most of the people "
        "arrested last year were released back into our towns.”",
        [("Dana Kirk", "Most of the people arrested")],
    ),
    (
        "pronoun-then-second-verb-colon",
        "Dana Kirk posted a statement. He criticized leaders and said: “Most of the people "
        "arrested last year were released back into our towns.”",
        [("Dana Kirk", "Most of the people arrested")],
    ),
    (
        "pronoun-after-opening-phrase",
        "Mayor Lena Ostrow spoke Monday. On Tuesday, she toured the jail and then said, “We have "
        "more beds here than we will ever need for this.”",
        [("Lena Ostrow", "We have more beds here")],
    ),
    (
        "group-subject-then-second-verb-names-no-one",
        "Mayor Lena Ostrow spoke Monday. Later, the board toured the jail and said, “We have more "
        "beds here than we will ever need for this.”",
        [],
    ),
    (
        "surname-ending-in-ly-is-no-adverb",
        "Pine Park Mayor Mike Kelly said the plan could cost the town.\n\n"
        "“We think it’s a good chance for our town,” Mayor Kelly said. “We get to put our limited "
        "resources towards our local priorities.”",
        [
            ("Mike Kelly", "We think it’s a good chance"),
            ("Mike Kelly", "We get to put our limited"),
        ],
    ),
    (
        "ly-surname-after-verb",
        "Sheriff Ann Daly spoke. “We do not hold anyone past their release date here,” said Daly Ross, "
        "her deputy.",
        [("Daly Ross", "We do not hold anyone")],
    ),
    (
        "real-adverb-before-verb-still-skipped",
        "Sheriff Ann Daly spoke. “We do not hold anyone past their release date here,” Sheriff Daly "
        "firmly said.",
        [("Ann Daly", "We do not hold anyone")],
    ),
    (
        "ly-surname-told",
        "Sheriff Ann Connolly spoke. “We do not hold anyone past their release date here,” Connolly "
        "told reporters.",
        [("Ann Connolly", "We do not hold anyone")],
    ),
    (
        "from-titled-name-line-over-unquoted-statement",
        "The city posted two statements on Monday.\n\nFrom Mayor Lena Ostrow:\n\nThere has been a lot "
        "of worry in town about the arrest this week. This city welcomes everyone who lives here.\n\n"
        "From the Police Department:\n\nOfficers did not take part in the arrest on Monday at all.",
        [("Lena Ostrow", "There has been a lot of worry")],
    ),
    (
        "from-line-with-first-name-only-names-no-one",
        "From Lena:\n\nThere has been a lot of worry in town about the arrest this week.",
        [],
    ),
    (
        "from-line-over-quoted-paragraph-adds-nothing",
        "From Mayor Lena Ostrow:\n\n“There has been a lot of worry in town about the arrest this week,” "
        "she said.",
        [("Lena Ostrow", "There has been a lot of worry")],
    ),
    (
        "words-after-attribution-in-run-on-paragraph",
        "Gov. Ana Ruiz vetoed the bill on Monday.\n\n“This bill is simply about scoring points,” Ruiz "
        "said in a statement. “As the former top officer of our state, I know the law already works.\n\n"
        "“This bill, in addition to being unlawful, makes sheriffs do federal work,” the governor "
        "continued. “Finally, the legislature has made this the only duty that can remove a sheriff.”",
        [
            ("Ana Ruiz", "This bill is simply about"),
            ("Ana Ruiz", "As the former top officer"),
            ("Ana Ruiz", "Finally, the legislature has made"),
        ],
    ),
    (
        "words-after-added-in-run-on-paragraph-straight-marks",
        'Sheriff Ana Ruiz spoke Monday.\n\n"They have a say in whether they sign an agreement," Ruiz '
        'said. "Whether they must cooperate is an open question.\n\n"The scope of whether a sheriff '
        'could face charges is not settled," Ruiz added. "But as a lawyer, I would not push too far."',
        [
            ("Ana Ruiz", "They have a say in"),
            ("Ana Ruiz", "Whether they must cooperate is"),
            ("Ana Ruiz", "But as a lawyer, I"),
        ],
    ),
    (
        "run-on-paragraph-then-someone-else",
        "Sheriff Ana Ruiz spoke Monday.\n\n“They have a say in whether they sign an agreement,” Ruiz "
        "said. “Whether they must cooperate is an open question.\n\n“The scope is not settled,” Ruiz "
        "added. Mayor Tom Hale disagreed. “We will not push the envelope on this,” Hale said.",
        [
            ("Ana Ruiz", "They have a say in"),
            ("Ana Ruiz", "Whether they must cooperate is"),
            ("Tom Hale", "We will not push the"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_finds_exactly(text: str, expected: list[tuple[str, str]]) -> None:
    check_quotes(text, expected)
