"""Attribution layouts: question verbs after a quotation, passive speech verbs, relative appositions
ending in a document noun, and dashes glued to the words beside them."""

from __future__ import annotations

import pytest

from entanglement.core.extract.quotes import find_quotes

_QUOTE = (
    '\n\n"Our view on the board was that an order like that can be undone by the next chief and gives '
    'residents no rights at all."\n\nUnder the ordinance, officers still call federal agents.'
)
_QUESTION_LEAD = "Rep. Dana Whitfield, R-Tupelo, was not convinced.\n\n"
_QUESTION = "“How many nights did the board spend worrying about a thing that never happens here?”"


def _speakers(text: str) -> list[str]:
    return [q.speaker for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A question's own verbs after the closing mark.
        (_QUESTION_LEAD + _QUESTION + " she wanted to know.", ["Dana Whitfield"]),
        (_QUESTION_LEAD + _QUESTION + " wondered Whitfield.", ["Dana Whitfield"]),
        (_QUESTION_LEAD + _QUESTION + " Whitfield demanded.", ["Dana Whitfield"]),
        (_QUESTION_LEAD + _QUESTION + " she asked.", ["Dana Whitfield"]),
        # Negative: a group that wants to know is no person.
        (_QUESTION_LEAD + _QUESTION + " the crowd wanted to know.", []),
    ],
)
def test_question_verbs(text: str, expected: list[str]) -> None:
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # A passive speech verb later in the sentence reports no one speaking.
        (
            "Councilman Ray Ortiz said the law builds on an order by the police chief that was announced earlier this year.",
            ["Ray Ortiz"],
        ),
        (
            "Councilwoman Ada Brill said the plan, which was first announced in May, goes too far.",
            ["Ada Brill"],
        ),
        ("Councilman Ray Ortiz says the rule, which was stated plainly in the memo, is fair.", ["Ray Ortiz"]),
        # A relative apposition on the person closed by a document noun and a comma.
        (
            "Councilman Ray Ortiz, who sponsored the ordinance, says the law builds on an order.",
            ["Ray Ortiz"],
        ),
        ("Ray Ortiz, whose office drafted the bill, says the measure is overdue.", ["Ray Ortiz"]),
        ("Ray Ortiz — who wrote the law — says the city needs it.", ["Ray Ortiz"]),
        # Dashes glued to the words beside them, as plain text types them.
        (
            "Councilman Ray Ortiz--who sponsored the new ordinance, says the law builds on an order.",
            ["Ray Ortiz"],
        ),
        (
            "Councilman Ray Ortiz--who sponsored the new ordinance--says the law builds on an order.",
            ["Ray Ortiz"],
        ),
        ("Councilman Ray Ortiz--the bill's sponsor--says the law builds on an order.", ["Ray Ortiz"]),
        ("Sheriff Ana Lind-Moss says the law builds on an order.", ["Ana Lind-Moss"]),
    ],
)
def test_lead_sentence_names_the_speaker(lead: str, expected: list[str]) -> None:
    assert _speakers(lead + _QUOTE) == expected


@pytest.mark.parametrize(
    "text",
    [
        # The document is still the subject where no apposition on a person encloses it.
        'Ray Ortiz spoke about the ordinance, which says officers "may not ask about status at any time."',
        'The ordinance, which passed in May, says officers "may not ask about status at any time."',
    ],
)
def test_document_words_stay_unattributed(text: str) -> None:
    assert _speakers(text) == []


def test_person_apposition_partial_quotation() -> None:
    text = 'Ray Ortiz, who sponsored the bill, says officers "may not ask about status at any time."'
    assert _speakers(text) == ["Ray Ortiz"]


_MAILER = (
    "Mayor Dana Whitfield criticized the union for appearing in a campaign {noun} for Tim Lindqvist.\n\n"
    "Lindqvist’s {noun}, which was paid for by the union, claimed that Ohio is “spending millions on "
    "programs nobody asked for.”\n\n"
    "“That is wrong. I will fix our budget and stand up for working families,” the {noun} added."
)


@pytest.mark.parametrize("noun", ["mailer", "flyer", "brochure", "newsletter"])
def test_campaign_writing_is_its_named_authors(noun: str) -> None:
    # The surname's possessive resolves to the full name a common first name gave it earlier.
    assert _speakers(_MAILER.format(noun=noun)) == ["Tim Lindqvist", "Tim Lindqvist"]


_BULLETIN = (
    "Attorney General Jo Hart issued guidance to sheriffs on Monday.\n\n"
    "Hart {intro} that jails need not hold anyone for the agency. The {noun} states that "
    '"federal hold requests are only requests, not orders" to local jails.\n\n'
    '{going_on} that counties may write their own rules "setting out when they will honor such '
    'requests from agents."'
)


@pytest.mark.parametrize(
    ("intro", "noun", "going_on"),
    [
        ("stated in her bulletin", "bulletin", "It goes on to say"),
        ("said in a memo", "memo", "It also goes on to note"),
        ("wrote in her letter", "letter", "It went on to say"),
    ],
)
def test_writing_named_as_its_authors_goes_on(intro: str, noun: str, going_on: str) -> None:
    text = _BULLETIN.format(intro=intro, noun=noun, going_on=going_on)
    assert _speakers(text) == ["Jo Hart", "Jo Hart"]


@pytest.mark.parametrize(
    "text",
    [
        # A writing no one is named as writing stays unattributed, and so does what "it" goes on to say.
        'Jails got new guidance on Monday. The bulletin states that "federal hold requests are only '
        'requests, not orders" to jails.\n\nIt goes on to say counties may write rules "setting out '
        'when they will honor such requests."',
        # "It goes on" after no writing names no one.
        'Sheriff Jo Hart spoke at length on Monday.\n\nIt goes on to say that the county "will honor '
        'such requests from agents when it must."',
    ],
)
def test_unowned_writing_stays_unattributed(text: str) -> None:
    assert _speakers(text) == []


_HOLDING = ', "the courts agree that it is fine for local officials to talk with federal agents."'


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # A short opening phrase with no comma before the subject.
        (
            "In the original order Judge Ana Brill noted the unsettled issues involved and wrote",
            ["Ana Brill"],
        ),
        ("In the order Judge Ana Brill noted the issues and wrote", ["Ana Brill"]),
        ("During the hearing Sheriff Bo Tate described the rule and said", ["Bo Tate"]),
        ("Under the new policy Chief Ada Lund explained the change and said", ["Ada Lund"]),
        # Negative: the subject after the phrase is no person.
        ("In the ruling the court noted the issues and wrote", []),
    ],
)
def test_opening_phrase_without_comma(lead: str, expected: list[str]) -> None:
    assert _speakers(lead + _HOLDING) == expected


_HELD = "In an opinion by Justice Ada Lund, the court held:\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A list of points after a lead-in naming no statement is the writer's summary.
        (_HELD + "- The case fell within an exception to the mootness rule, as it was likely to recur;", []),
        (_HELD + "• Holding someone for the agency is a new arrest under state law.", []),
        (_HELD + "1. The case fell within an exception to the mootness rule, as it was likely to recur.", []),
        (_HELD + "(a) Holding someone for the agency is a new arrest under state law.", []),
        # A named statement may still be set out as a list; a prose paragraph is still the words.
        (
            "Mayor Ada Lund issued the following statement:\n\n"
            "- We will protect every resident of this city, whatever their status, and we will not back down.",
            ["Ada Lund"],
        ),
        (
            "Mayor Ada Lund said:\n\nThe county will protect every resident of this city, whatever their status.",
            ["Ada Lund"],
        ),
    ],
)
def test_listed_points_after_a_lead_in(text: str, expected: list[str]) -> None:
    assert _speakers(text) == expected


_JOINT = (
    "\n\n“It is well settled through long practice that the national government cannot order the "
    "states to run its programs for it, and it never could.”"
)


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # People joining the subject, however their list ends, are no subject of their own.
        (
            "SALEM, Ore. – Attorney General Jo Hart, along with the attorneys general of Ohio, Iowa, and "
            "Vermont today issued a joint statement addressing a memo from a federal official:",
            ["Jo Hart"],
        ),
        (
            "Attorney General Jo Hart, along with the attorneys general of Ohio and Vermont, today issued "
            "a joint statement:",
            ["Jo Hart"],
        ),
        ("Mayor Jo Hart, together with council members Bo Tate and Ada Lund said:", ["Jo Hart"]),
        (
            "Attorney General Jo Hart, joined by six other attorneys general, issued a joint statement:",
            ["Jo Hart"],
        ),
    ],
)
def test_subject_along_with_others(lead: str, expected: list[str]) -> None:
    assert _speakers(lead + _JOINT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A headline's gist after "statement from X:" runs on to no sentence's end.
        (
            "Joint statement from Attorney General Jo Hart and nine others: states cannot be forced to "
            "enforce federal law\n\nThe statement followed a federal memo.",
            [],
        ),
        # A statement after the colon that ends as a sentence is still the words.
        (
            "Attorney General Jo Hart issued a statement: States cannot be forced to enforce federal law.",
            ["Jo Hart"],
        ),
    ],
)
def test_headline_gist_after_statement_colon(text: str, expected: list[str]) -> None:
    assert _speakers(text) == expected
