"""Attribution classes: a headline's place before a verb, a speaker placed by where they work,
a first name or a misspelled surname for someone named in full, an epithet with a relative clause."""

import pytest

from entanglement.core.extract.quotes import find_quotes

_OPENING = "“Pine County for a long time had been a symbol of harsh policing,” "
_SECOND = "“I was hoping the governor would put aside politics this time.”"

CASES: list[tuple[str, str, list[str]]] = [
    # A place's name then a headline's verb in title case is no title and surname; the pronoun finds
    # the person the story placed at their workplace.
    (
        "headline place then verb",
        "Pine County Set to Drop Jail Contract\n\nJun 3, 2021\n\n"
        "Mara Quill-Benton with the Tenant Rights Project says that the vote was years in the making.\n\n"
        + _OPENING
        + "she explains.\n",
        ["Mara Quill-Benton"],
    ),
    (
        "city headline then verb",
        "Elm City Moves to Limit Jail Holds\n\n"
        "Tobias Wrenfield of the Harbor Justice Clinic says the change came slowly.\n\n" + _OPENING + "he said.\n",
        ["Tobias Wrenfield"],
    ),
    (
        "from the workplace",
        "The board voted to end the deal.\n\n"
        "Mara Quillbent from the Tenant Rights Project said the vote was years in the making.\n\n"
        + _OPENING
        + "she said.\n",
        ["Mara Quillbent"],
    ),
    (
        "at the workplace",
        "The board voted to end the deal.\n\n"
        "Mara Quillbent at the Pine Valley Law Center says the vote was years in the making.\n\n"
        + _OPENING
        + "she said.\n",
        ["Mara Quillbent"],
    ),
    # A misspelled surname (a letter dropped or doubled) names the one person named in full.
    (
        "surname missing a letter",
        "Town Councilman Oren Hallett says the program keeps the town safe.\n\n"
        "“It is a way to partner with the state police on serious cases,” says Hallet.\n",
        ["Oren Hallett"],
    ),
    (
        "surname with a letter too many",
        "Councilwoman Ines Garber says the program keeps the town safe.\n\n"
        "“It is a way to partner with the state police on serious cases,” Garbber said.\n",
        ["Ines Garber"],
    ),
    # A first name used after the full name is that person even when it already stands as a subject.
    (
        "first name as subject then speaker",
        "Chairman Quentin Marlowe led the task force.\n\n"
        "Quentin said it became a thorny issue with the chief opposed.\n\n"
        "But the task force, he said, “made a lot of strong arguments about why this is good policy.”\n",
        ["Quentin Marlowe"],
    ),
    # An epithet with a relative clause after it stays the subject of the verb.
    (
        "party epithet with whose clause",
        "“The state has failed its towns on this matter and on many others,” Rep. Dana Whitcomb said.\n\n"
        "The Republican, whose District 12 includes part of Pine County, also said, " + _SECOND + "\n",
        ["Dana Whitcomb", "Dana Whitcomb"],
    ),
    (
        "party epithet with who clause",
        "“The state has failed its towns on this matter and on many others,” Rep. Dana Whitcomb said.\n\n"
        "The Democrat, who represents part of Pine County, said, " + _SECOND + "\n",
        ["Dana Whitcomb", "Dana Whitcomb"],
    ),
    (
        "title noun with who clause",
        "“The state has failed its towns on this matter and on many others,” Sheriff Dana Whitcomb said.\n\n"
        "The sheriff, who took office in 2019, said, " + _SECOND + "\n",
        ["Dana Whitcomb", "Dana Whitcomb"],
    ),
    # Negatives.
    (
        "abbreviated title before a lone surname",
        "The bill was sponsored by State Delegate Marta Pask (R).\n\n"
        "The Daily Ledger quotes Del. Pask as saying \"With this law the jails will finally check every inmate.\"\n",
        ["Marta Pask"],
    ),
    (
        "unnamed neighbor with who clause",
        "“The state has failed its towns on this matter and on many others,” Rep. Dana Whitcomb said.\n\n"
        "A neighbor, who asked not to be named, said, " + _SECOND + "\n",
        ["Dana Whitcomb"],
    ),
    (
        "short surname one letter off is someone else",
        "Councilman Oren Hale says the program keeps the town safe.\n\n"
        "“It is a way to partner with the state police on serious cases,” says Hal.\n",
        ["Hal"],
    ),
    (
        "two surnames one letter off are ambiguous",
        "Councilman Oren Hallett and Councilwoman Ines Hallets spoke on Monday night.\n\n"
        "“It is a way to partner with the state police on serious cases,” says Hallet.\n",
        ["Hallet"],
    ),
]


@pytest.mark.parametrize(("label", "text", "speakers"), CASES, ids=[c[0] for c in CASES])
def test_speakers(label: str, text: str, speakers: list[str]) -> None:
    assert [q.speaker for q in find_quotes(text)] == speakers, label


_BODY = (
    "“The Pine Valley Union is pleased to see the mayor keep the promise made to every resident.\n\n"
    "We will keep watching how the police carry out this policy in the months ahead.\n\n"
    "We urge the council to put the promise into law.”\n"
)


@pytest.mark.parametrize(
    "lead",
    [
        "Please attribute the following to Nora Delacorte, Executive Director:\n\n",
        "Please attribute the following statement to Nora Delacorte, Executive Director:\n\n",
        "The following can be attributed to Nora Delacorte, Executive Director:\n\n",
        "Attributable to Nora Delacorte, Executive Director:\n\n",
    ],
)
def test_release_attributes_the_following(lead: str) -> None:
    text = "PINE VALLEY -- The union released the following statement:\n\n" + lead + _BODY
    assert [q.speaker for q in find_quotes(text)] == ["Nora Delacorte"]


def test_attribute_the_following_to_a_cause_names_no_one() -> None:
    text = "Critics attribute the following to the new rules: “The jails emptied out far faster than expected.”\n"
    assert [q.speaker for q in find_quotes(text)] == []
