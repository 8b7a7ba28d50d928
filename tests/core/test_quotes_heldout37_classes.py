"""Speaker classes: a self-given name, a lowercase body before a title, "One" as no name, and the
organization a person is "of" as no antecedent for a pronoun."""

import pytest

from entanglement.core.extract.quotes import find_quotes

_WORDS = "“We have lived in this valley for many years now,”"


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A speaker who names themself.
        (f"{_WORDS} said another worker who identified himself as Tomas.", ["Tomas"]),
        (f"{_WORDS} said a young mother who gave her name only as Rosa.", ["Rosa"]),
        (f"{_WORDS} said one farmhand, who goes by Chuy.", ["Chuy"]),
        (f"{_WORDS} said a resident who asked to be identified by her first name, Lidia.", ["Lidia"]),
        (f"{_WORDS} said a resident who asked not to be named.", []),
        (f"{_WORDS} said a neighbor who identified himself as a veteran.", []),
        # A body in lowercase before the title.
        (
            f"{_WORDS} said board Chairman Rupert K. Vannoy (D-At Large), who sponsored it.",
            ["Rupert K. Vannoy"],
        ),
        (f"{_WORDS} said council President Rupert Vannoy.", ["Rupert Vannoy"]),
        (f"{_WORDS} said school board Chair Rupert Vannoy (D-Ward 3).", ["Rupert Vannoy"]),
        (f"{_WORDS} said committee Chairwoman Ana Soto (R-Mason).", ["Ana Soto"]),
        (f"{_WORDS} said council Democrats in a letter.", []),
        # "One" opening a lead-in names no one.
        (
            "One notable criterion is: “Limits on Holds: Cities that refuse to honor requests without a warrant.”",
            [],
        ),
        (
            "One of the rules says: “Cities that refuse to honor detainer requests without a warrant are listed.”",
            [],
        ),
        (
            "One Ward leader, Ana Soto, said: “Cities that refuse to honor detainer requests are wrong here.”",
            ["Ana Soto"],
        ),
    ],
)
def test_speaker_named(text: str, speakers: list[str]) -> None:
    assert [q.speaker for q in find_quotes(text)] == speakers


@pytest.mark.parametrize(
    "intro",
    [
        "according to member Lidia Perez of Casa Unida, a nonprofit group",
        "according to member Lidia Perez of Somos un Pueblo Unido, a nonprofit group",
        "according to organizer Lidia Perez of the Center for Worker Justice, a nonprofit group",
        "said Lidia Perez of Somos un Pueblo Unido",
    ],
)
def test_pronoun_skips_the_organization_a_person_is_of(intro: str) -> None:
    text = f"The plan came from families, {intro}.\n\n“They wanted to know what we can do to be safer?” she said."
    assert [q.speaker for q in find_quotes(text)] == ["Lidia Perez"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Mayor Rina Castell shared the change in a letter to the department. "
            "The letter said “the city will no longer be listed as a sanctuary.”",
            ["Rina Castell"],
        ),
        (
            "Mayor Rina Castell described the new policy in a letter to the department. "
            "The letter, obtained by the Herald, said “the city will no longer be listed as a sanctuary.”",
            ["Rina Castell"],
        ),
        (
            "Mayor Rina Castell sent a letter to the board. "
            "The letter, reviewed by a reporter, said “the city will no longer be listed as a sanctuary.”",
            ["Rina Castell"],
        ),
        (
            "Mayor Rina Castell sent a letter. "
            "The letter, signed by Ed Voss, said “the city will no longer be listed as a sanctuary.”",
            ["Ed Voss"],
        ),
        (
            "Mayor Rina Castell shared the news. "
            "A letter from the council said “the city will no longer be listed as a sanctuary.”",
            [],
        ),
    ],
)
def test_letter_author_past_how_it_was_obtained(text: str, speakers: list[str]) -> None:
    assert [q.speaker for q in find_quotes(text)] == speakers
