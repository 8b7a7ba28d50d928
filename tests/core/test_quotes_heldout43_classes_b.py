"""Attribution classes: a writing presented by the clause naming who put it out ("Here is the
statement the sheriff released:"), and "the following statement" ending a sentence with a period over
an unquoted paragraph of the person's words."""

import pytest

from entanglement.core.extract.quotes import find_quotes

_INTRO = "Sheriff Dana Kowalczyk said the county would change its jail policy on Tuesday.\n\n"
_WORDS = (
    "“On Monday, I announced the change in policy in response to legal challenges. This change keeps "
    "our jail lawful and fair to everyone who is held there.”\n"
)

PRESENTED: list[tuple[str, str, list[str]]] = [
    (
        "role subject",
        "Here is the complete statement the sheriff released Friday night:\n\n",
        ["Dana Kowalczyk"],
    ),
    ("surname subject", "Below is the full letter Kowalczyk sent to the board:\n\n", ["Dana Kowalczyk"]),
    ("pronoun subject", "Here are the remarks she delivered at the meeting:\n\n", ["Dana Kowalczyk"]),
    ("that clause", "The following is the statement that the sheriff issued:\n\n", ["Dana Kowalczyk"]),
    ("read the", "Read the statement Sheriff Kowalczyk posted on Monday:\n\n", ["Dana Kowalczyk"]),
    # A body no one named as a person put the words out: no speaker.
    ("a board", "Here is the statement the board released later that day:\n\n", []),
]


@pytest.mark.parametrize(("label", "lead", "speakers"), PRESENTED, ids=[c[0] for c in PRESENTED])
def test_presented_writing(label: str, lead: str, speakers: list[str]) -> None:
    assert [q.speaker for q in find_quotes(_INTRO + lead + _WORDS)] == speakers, label


_BLOCK = (
    "The county jail will no longer hold inmates on a detainer alone. Staff will keep sharing booking "
    "records but will not place holds without a judicial warrant.\n"
)

FOLLOWING: list[tuple[str, str, list[str]]] = [
    (
        "dateline and topic",
        "(ALBANY) - Sheriff Tomas Vireault has issued the following statement regarding the ruling set "
        "forth by the district court.\n\n",
        ["Tomas Vireault"],
    ),
    (
        "after the vote",
        "Mayor Jo Brennan released the following statement after the council vote.\n\n",
        ["Jo Brennan"],
    ),
    ("remarks", "Judge Ilse Marchetti made the following remarks on Friday.\n\n", ["Ilse Marchetti"]),
    # The "following" sentence is not the paragraph's last: it introduces nothing below.
    (
        "not last sentence",
        "Mayor Jo Brennan issued the following statement. It was short.\n\n",
        [],
    ),
    # A paragraph with no statement noun introduces nothing.
    ("no statement", "Mayor Jo Brennan spoke at the following meeting.\n\n", []),
]


@pytest.mark.parametrize(("label", "lead", "speakers"), FOLLOWING, ids=[c[0] for c in FOLLOWING])
def test_following_statement_with_period(label: str, lead: str, speakers: list[str]) -> None:
    assert [q.speaker for q in find_quotes(lead + _BLOCK)] == speakers, label


_FILLER = (
    "The agreement lets deputies question people held in the county jail about their status. Advocates "
    "filed a complaint in July asking the agency to review the program, citing stops and jail conditions. "
)

SENT_LETTER: list[tuple[str, str, list[str]]] = [
    (
        "district label, far back",
        "Rep. Maren Solberg (OR-4) has sent a letter urging the agency to end its jail agreement.\n\n"
        + (_FILLER * 5)
        + "\n\n“The jail has failed inspections three years in a row,” the letter reads.\n",
        ["Maren Solberg"],
    ),
    (
        "plain subject, far back",
        "Senator Odile Ferraro wrote a letter to the agency on Monday.\n\n"
        + (_FILLER * 5)
        + "\n\n“The agency should not renew the contract,” the letter continues.\n",
        ["Odile Ferraro"],
    ),
    # No one was said to have sent the letter: no speaker.
    (
        "no sender",
        "A letter reached the agency on Monday.\n\n"
        + (_FILLER * 5)
        + "\n\n“The agency should not renew the contract,” the letter reads.\n",
        [],
    ),
]


@pytest.mark.parametrize(("label", "text", "speakers"), SENT_LETTER, ids=[c[0] for c in SENT_LETTER])
def test_letter_sent_at_story_opening(label: str, text: str, speakers: list[str]) -> None:
    assert [q.speaker for q in find_quotes(text)] == speakers, label


GLUED: list[tuple[str, str, list[str]]] = [
    (
        "period glued",
        "The council passed the rule on Thursday.\n\n"
        '"The rule keeps the streets safe for everyone."It does not make the city a haven for anyone." '
        "Councilman Abel Pruitt said.\n",
        ["Abel Pruitt"],
    ),
    (
        "exclamation glued",
        "The council passed the rule on Thursday.\n\n"
        '"We will keep every neighborhood safe!"Nothing in this rule changes that," said Councilman Abel Pruitt.\n',
        ["Abel Pruitt"],
    ),
]


@pytest.mark.parametrize(("label", "text", "quoted"), GLUED, ids=[c[0] for c in GLUED])
def test_mark_glued_between_sentences_opens_the_next(label: str, text: str, quoted: list[str]) -> None:
    quotes = find_quotes(text)
    assert [q.speaker for q in quotes] == quoted, label
    assert quotes[-1].text[:1].isupper() and not quotes[-1].text.startswith(("The rule", "We will")), label


def test_mark_glued_inside_a_word_is_no_boundary() -> None:
    # A mark after a letter, not a sentence's end, pairs as before.
    text = 'Councilman Abel Pruitt said the rule "keeps the streets safe," and left.\n'
    assert [q.text for q in find_quotes(text)] == ["keeps the streets safe,"]


def test_glued_mark_in_text_that_drops_every_space_stays_a_close() -> None:
    # The paragraph glues sentences without marks too ("June.The"): the words after a glued mark may be
    # narration, so they are not quoted.
    text = (
        "The jail changed its policy.\n\n"
        'Officials met in June.The warden spoke. "It is a matter of liability," Warden Ines Okafor said. "We cannot risk it."The agency has not '
        "helped the county, Okafor noted.\n"
    )
    assert [q.text for q in find_quotes(text)] == ["It is a matter of liability,", "We cannot risk it."]
