"""Attribution forms: an outlet that "quoted" a person relays that person's words (`," the Valley
Courier quoted Kolby.`); "went on to say" reports its subject's words; a participle after the comma
closing a verb's object ("issued her own guidance, saying ...") speaks for the verb's subject; a
name's suffix set off by commas ("Dana Kolby, Jr. issued") stays with the subject; a "Statement by"
heading over a testimony's cover lines (no sentences) introduces no statement."""

from __future__ import annotations

import pytest

from entanglement.core.extract.quotes import find_quotes

_INTRO = "Sheriff Dana Kolby runs the county jail in Lima.\n\n"
_LONG = "“Every town in this state has the same problem right now,”"


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.text.split()[0]) for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An outlet quoted the person: the words are the person's.
        (f"{_INTRO}{_LONG} The Valley Courier quoted Kolby.", [("Dana Kolby", "Every")]),
        (f"{_INTRO}{_LONG} the newspaper quoted Sheriff Dana Kolby as saying.", [("Dana Kolby", "Every")]),
        (f"{_INTRO}{_LONG} Channel 5 News also quoted Kolby.", [("Dana Kolby", "Every")]),
        # (An outlet quoted by no named person: nothing to attribute.)
        (f"{_INTRO}{_LONG} the newspaper quoted a deputy.", []),
        # "went on to say": the subject who went on.
        (
            "Representative Paul Marnier wrote a letter today.\n\nRepresentative Marnier went on to say, "
            "“The mayor has come out publicly, saying he will protect everyone from any mandate.”",
            [("Paul Marnier", "The")],
        ),
        (
            "Representative Paul Marnier wrote a letter today.\n\nMarnier then went on to say, "
            "«The mayor has come out publicly, saying he will protect everyone from any mandate.»",
            [("Paul Marnier", "The")],
        ),
        (
            "Representative Paul Marnier wrote a letter today.\n\nThe letter goes on to say, "
            "“The mayor has come out publicly, saying he will protect everyone from any mandate.”",
            [("Paul Marnier", "The")],
        ),
        # A participle after the verb's object speaks for the verb's subject.
        (
            "On Monday Polk County Attorney Dana Kolby issued her own guidance, saying the state’s "
            "orders are “not binding on local police agencies.”",
            [("Dana Kolby", "not")],
        ),
        (
            "Attorney General Dana Kolby released a new memo Tuesday, saying the city orders are "
            "“plainly against the law of this state.”",
            [("Dana Kolby", "plainly")],
        ),
        # (A document that itself says: its words, no person's.)
        (
            "Gov. Dana Kolby signed an order, stating that agencies “shall not hold any person on a "
            "detainer.”",
            [],
        ),
        (
            "The new guidance, saying that agencies “shall not hold any person on a detainer,” took "
            "effect on Monday.",
            [],
        ),
        # A suffix set off by commas stays with the name.
        (
            "Polk County State's Attorney Dana Kolby, Jr. issued new guidance, saying the old orders "
            "are “not binding on local police agencies.”",
            [("Dana Kolby", "not")],
        ),
        (
            "Sheriff Omar Feld, Sr., wrote a letter, saying the plan was “not something this county "
            "can afford.”",
            [("Omar Feld", "not")],
        ),
        # "according to" a person's writing: the writing's owner.
        (
            "Attorney General Dana Kolby wrote an opinion this week.\n\nAccording to Kolby’s analysis, "
            "holding a person is an “arrest,” and “no state law gives local officials the power to "
            "arrest anyone.”",
            [("Dana Kolby", "no")],
        ),
        (
            "Attorney General Dana Kolby wrote an opinion this week.\n\nAccording to Kolby's written "
            "opinion, “no state law gives local officials the power to arrest anyone.”",
            [("Dana Kolby", "no")],
        ),
        (
            "Attorney General Dana Kolby wrote an opinion this week.\n\nAccording to Kolby’s memo, "
            "continued custody of a man who would be released is an “arrest,” and “no state law "
            "gives local officials the power to arrest anyone.”",
            [("Dana Kolby", "no")],
        ),
        # (A person who speaks after the writing is named speaks for themself.)
        (
            "Attorney General Dana Kolby wrote an opinion this week.\n\nAccording to Kolby’s memo, "
            "Sheriff Omar Feld said the jail is “full and cannot take more people at all.”",
            [("Omar Feld", "full")],
        ),
        # (An office's analysis names no person.)
        (
            "Attorney General Dana Kolby wrote an opinion this week.\n\nAccording to the county’s "
            "analysis, “no state law gives local officials the power to arrest anyone.”",
            [],
        ),
        # A testimony's cover lines under "Statement by" are no statement.
        (
            "Statement by Mira Odenkirk\non behalf of the\nCivil Rights Union of Ohio\nbefore the\n"
            "Ohio Senate Committee on Judiciary and Public Safety\n\n"
            "Hello members. My name is Mira Odenkirk and I speak for our members today.",
            [],
        ),
        (
            "Testimony of Mira Odenkirk\nCivil Rights Union of Ohio\nOhio House Judiciary Committee\n\n"
            "Good morning. I am here to speak for our members today.",
            [],
        ),
    ],
)
def test_heldout33_quote_classes(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


def test_statement_heading_over_prose_still_a_statement() -> None:
    text = (
        "Statement by Mayor Mira Odenkirk on the ruling\n\n"
        "The court has confirmed what we have said all along, and our city will keep its promise to "
        "every family that lives here."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Mira Odenkirk"]
