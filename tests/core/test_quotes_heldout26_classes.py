"""Attribution forms: a double surname written with a hyphen in one place and a space in another."""

from __future__ import annotations

import pytest

from entanglement.core.extract.quotes import find_quotes


def _speakers(text: str) -> list[str]:
    return [q.speaker for q in find_quotes(text)]


_FIRST = "“The county should stop holding people for federal agents without a warrant,” said "
_SECOND = "“We will keep asking the board to change this rule before the summer,” said "


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("Marta Quiroga-Lenz, director of a legal aid group.\n\n", "Quiroga Lenz.", "Marta Quiroga-Lenz"),
        ("Marta Quiroga Lenz, director of a legal aid group.\n\n", "Quiroga-Lenz.", "Marta Quiroga Lenz"),
        ("Marta Quiroga-Lenz, director of a legal aid group.\n\n", "Ms. Quiroga Lenz.", "Marta Quiroga-Lenz"),
        ("Marta Quiroga-Lenz, director of a legal aid group.\n\n", "Quiroga-Lenz.", "Marta Quiroga-Lenz"),
        # Negatives: another person whose name shares only one half; a plain two-word name stays.
        ("Marta Quiroga-Lenz, director of a legal aid group.\n\n", "Tomas Lenz.", "Tomas Lenz"),
        ("Marta Quiroga-Lenz, director of a legal aid group.\n\n", "Dana Lenz.", "Dana Lenz"),
    ],
)
def test_double_surname_with_or_without_hyphen(first: str, second: str, expected: str) -> None:
    speakers = _speakers(_FIRST + first + _SECOND + second)
    assert speakers[0] == first.split(",")[0]
    assert speakers[1] == expected


_LEAD = "Commissioner Rhea Danvik spoke to the board.\n\n"


@pytest.mark.parametrize(
    ("quotation", "expected"),
    [
        (
            "\"It comes back to the day we asked, 'who will run this county?'\" Danvik asked on Monday.",
            ["Rhea Danvik"],
        ),
        (
            "\"It comes back to the day we asked, 'who will run this county?'\" Danvik said on Monday.",
            ["Rhea Danvik"],
        ),
        (
            "“It comes back to the day we said, ‘we will run this county.’” Danvik recalled on Monday.",
            ["Rhea Danvik"],
        ),
        (
            "\"It comes back to the day we shouted, 'we will run this county!'\" Danvik told the board.",
            ["Rhea Danvik"],
        ),
        (
            "\"It comes back to the day we asked, 'who will run this county?',\" Danvik added.",
            ["Rhea Danvik"],
        ),
        # Negatives: the words after the quotation are a new sentence naming nobody who speaks.
        ("\"It comes back to the day we asked, 'who will run this county?'\" The board met again.", []),
        ("The sign read \"Keep out of the county's land.'\" The board met again later that week.", []),
    ],
)
def test_quotation_nested_at_the_end(quotation: str, expected: list[str]) -> None:
    assert _speakers(_LEAD + quotation) == expected


_POST = "We will look at every legal option we have as a city to stop this unfunded mandate."
_STORY = "Council member Ivo Brandt said on Twitter that he would fight the bill.\n\n"


@pytest.mark.parametrize(
    ("embed", "expected"),
    [
        (f"{_POST} https://t.co/Xy12ab\n— Ivo Brandt (@ivobrandt) May 21, 2018", ["Ivo Brandt"]),
        (f"{_POST} pic.twitter.com/Xy12ab— Ivo Brandt (@ivobrandt) May 21, 2018", ["Ivo Brandt"]),
        (f"{_POST}\n\n— Ivo Brandt 🇺🇸 (@ivo_brandt) March 3, 2019", ["Ivo Brandt"]),
        (f"{_POST}\n— (((Ivo Brandt))) (@ivobrandt) May 21, 2018", ["Ivo Brandt"]),
        (f"{_POST}\n— Ivo Brandt (@ivobrandt)", ["Ivo Brandt"]),
        (f"{_POST}\n— Councilman Ivo Brandt (@ivobrandt) May 21, 2018", ["Ivo Brandt"]),
        # Negatives: an account that is no person; a handle in a sentence; a credit under a photo.
        (f"{_POST}\n— City of Springfield (@springfieldcity) May 21, 2018", []),
        ("Ivo Brandt (@ivobrandt) said on Monday that he would vote against the measure.", []),
        ("Council chamber\n— Ivo Brandt (@ivobrandt)", []),
    ],
)
def test_embedded_post_credit_line(embed: str, expected: list[str]) -> None:
    assert _speakers(_STORY + embed) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The show’s host, Dana Pell, ranted last year about “changes that most of us do not like.”",
            ["Dana Pell"],
        ),
        ("Dana Pell famously railed against “the changes that most of us do not like.”", ["Dana Pell"]),
        ("Dana Pell fumed that “most of us never wanted any of this.”", ["Dana Pell"]),
        ("Dana Pell bemoaned “the town that we knew and loved, which is gone now.”", ["Dana Pell"]),
        ("On her show, Dana Pell griped that “nobody here asked for this plan.”", ["Dana Pell"]),
        # Negatives: a host who only hosts or drives past says nothing.
        ("Dana Pell hosted a special called “The Town We Knew And Loved” last year.", []),
        ("Dana Pell drove past a sign reading “the town we know and love” last year.", []),
    ],
)
def test_heated_speech_verbs(sentence: str, expected: list[str]) -> None:
    assert _speakers("Other news came first.\n\n" + sentence) == expected
