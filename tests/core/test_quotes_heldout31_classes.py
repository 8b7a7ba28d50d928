"""Attribution forms: a party label before a name ("Republican Jo Hart told ...") is a title; a
closing mark of two apostrophes (`city,'' she said`) is followed by its attribution; a judge's
"ruling" or "decision" is the judge's writing; a statement block's name may follow the group it
speaks for ("ACLU of Ohio Legal Director Jo Hart:"); "was quoted as saying" reports the subject's
words."""

from __future__ import annotations

import pytest

from entanglement.core.extract.quotes import find_quotes

_LONG = "“The county has to follow the law every single time, no matter who is in charge,”"


def _speakers(text: str) -> list[str]:
    return [q.speaker for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"Republican Dana Whitfield told the station, {_LONG[:-2]}.”", ["Dana Whitfield"]),
        (f"Democrat Marla Pennock said, {_LONG[:-2]}.”", ["Marla Pennock"]),
        (f"{_LONG} Democrat Marla Pennock said.", ["Marla Pennock"]),
        (f"{_LONG} said Libertarian Omar Feld.", ["Omar Feld"]),
        (f"GOP Dana Whitfield told reporters, {_LONG[:-2]}.”", ["Dana Whitfield"]),
        (
            "Democrat Marla Pennock voted against the bill and said that she does not believe "
            "“sheriffs should be pressed into these federal programs at all.”",
            ["Marla Pennock"],
        ),
        # Negatives: the party's own bodies are no person.
        (f"{_LONG} the Republican National Committee said.", []),
        (f"The Democratic Party said, {_LONG[:-2]}.”", []),
    ],
)
def test_party_label_before_a_name_is_a_title(text: str, expected: list[str]) -> None:
    assert _speakers(text) == expected


_MAYOR = "Mayor Jo Pell spoke on Monday about the shelter.\n\n"
_WORDS = "We will keep working with every family in this city"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{_MAYOR}\"{_WORDS},'' she said.", ["Jo Pell"]),
        (f"{_MAYOR}``{_WORDS},'' she added.", ["Jo Pell"]),
        (f"{_MAYOR}“{_WORDS},’’ she said on Tuesday.", ["Jo Pell"]),
        (f"\"{_WORDS},'' said Chief Ada Marsh.", ["Ada Marsh"]),
        (f"{_MAYOR}\"{_WORDS},'' the city's statement said.", []),
    ],
)
def test_doubled_apostrophe_close_keeps_its_attribution(text: str, expected: list[str]) -> None:
    assert _speakers(text) == expected


_FINDS = '"In sum, the Court finds that the county has shown no injury it can remedy here,"'


@pytest.mark.parametrize(
    ("lead", "after", "expected"),
    [
        (
            "In the ruling, Judge Ann Corbel stated that the rule stands.",
            "the ruling states.",
            ["Ann Corbel"],
        ),
        (
            "In her 40-page decision, Judge Ann Corbel ruled for the city.",
            "the decision says.",
            ["Ann Corbel"],
        ),
        ("Judge Ann Corbel's ruling came on Friday.", "the ruling said.", ["Ann Corbel"]),
        ("Judge Ann Corbel wrote in the ruling that the rule stands.", "the ruling reads.", ["Ann Corbel"]),
        # Negatives: a ruling whose author the text never names; a court as the author.
        ("The appeals court upheld the rule on Friday.", "the ruling states.", []),
        ("The county lost in the ruling on Friday.", "the decision says.", []),
    ],
)
def test_a_judges_ruling_is_the_judges_writing(lead: str, after: str, expected: list[str]) -> None:
    assert _speakers(f"{lead}\n\n{_FINDS} {after}") == expected


_BLOCK = '"We all deserve to be treated fairly by the police in every town of this state."'


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("ACLU of Ohio Legal Director Mira Castell:", ["Mira Castell"]),
        ("The ACLU of Ohio's Legal Director Mira Castell:", ["Mira Castell"]),
        ("Center for Civic Rights Director Mira Castell:", ["Mira Castell"]),
        ("League of Voters President Mira Castell:", ["Mira Castell"]),
        # Negatives: an office or a code section names no person.
        ("Office of the Public Defender:", []),
        ("Section 4 of the County Code:", []),
    ],
)
def test_statement_name_after_the_group_it_speaks_for(label: str, expected: list[str]) -> None:
    assert _speakers(f"The group asked the council to act.\n\n{label} {_BLOCK}") == expected


_PLAN = "“The plan is all about scoring points against a governor he dislikes.”"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{_PLAN[:-2]},” party chairman Tomas Reddick is quoted as saying.", ["Tomas Reddick"]),
        (f"{_PLAN[:-2]},” Mayor Tomas Reddick was quoted as saying in the release.", ["Tomas Reddick"]),
        (f"Tomas Reddick was quoted as saying, {_PLAN}", ["Tomas Reddick"]),
        (f"Tomas Reddick, the party chairman, was quoted as saying, {_PLAN}", ["Tomas Reddick"]),
        (f"The paper quoted Mayor Tomas Reddick as saying, {_PLAN}", ["Tomas Reddick"]),
        (f"Mayor Tomas Reddick spoke. He was quoted as saying, {_PLAN}", ["Tomas Reddick"]),
        # Negative: a writing quoted at second hand has no named author here.
        (f"The flyer was quoted as saying {_PLAN}", []),
    ],
)
def test_quoted_as_saying_reports_the_subjects_words(text: str, expected: list[str]) -> None:
    assert _speakers(text) == expected
