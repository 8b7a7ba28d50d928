"""Attribution forms: an acronym agency's affiliate before a title and a name; a speech participle
after a comma quoting the subject that opens the clause."""

from __future__ import annotations

import pytest

from entanglement.core.extract.quotes import find_quotes

_WORDS = "“We will keep asking the county to stop holding people past their release dates,”"


def _speakers(text: str) -> list[str]:
    return [q.speaker for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("attribution", "expected"),
    [
        ("ACLU of Ohio Legal Director Dana Pruitt said.", ["Dana Pruitt"]),
        ("the ACLU of Ohio Executive Director Dana Pruitt said.", ["Dana Pruitt"]),
        ("NAACP of Pine County President Lem Harrow said.", ["Lem Harrow"]),
        ("LULAC of Texas Director Rosa Elvira Tandy said.", ["Rosa Elvira Tandy"]),
        ("said ACLU of Iowa Policy Director Dana Pruitt.", ["Dana Pruitt"]),
        # Negatives: an office of a place names no one; a group's head unnamed stays unnamed.
        ("the mayor of Lakeview said.", []),
        ("the head of the ACLU said.", []),
    ],
)
def test_acronym_agency_before_title_and_name(attribution: str, expected: list[str]) -> None:
    assert _speakers(f"{_WORDS} {attribution}") == expected


_HOLDING = "“The word detain is not commonly read to cover a night in the county jail.”"


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("Judge Tomas Brell rejected that, writing in his 12-page order, ", ["Tomas Brell"]),
        ("Judge Tomas Brell rejected that, writing: ", ["Tomas Brell"]),
        ("Judge Tomas Brell sided with the jail, writing in his order that ", ["Tomas Brell"]),
        ("Mayor Ana Ruiz vetoed the bill on Monday, explaining in a memo, ", ["Ana Ruiz"]),
        ("Sheriff Lou Darnell defended the plan, saying ", ["Lou Darnell"]),
        # Negatives: a subject that is no person, and a person named only as an object.
        ("The council voted 5-2 on Tuesday, saying in a statement, ", []),
        ("The judge sided with Ana Ruiz, writing ", []),
    ],
)
def test_speech_participle_after_comma_quotes_the_subject(lead: str, expected: list[str]) -> None:
    assert _speakers(lead + _HOLDING) == expected


_REPORT = "“They have a long record of hurting trust between families and police,” the letter reads."


@pytest.mark.parametrize(
    ("intro", "expected"),
    [
        (
            "According to the letter, signed by staff attorney Dana Pruitt and policy director Lee Marsh, "
            "the deals cost money.",
            ["Dana Pruitt"],
        ),
        ("According to the letter, signed by Dana Pruitt, the deals cost money.", ["Dana Pruitt"]),
        ("The letter was signed by staff attorney Dana Pruitt.", ["Dana Pruitt"]),
        ("The memo, signed by Chief Rolf Anker, went out Monday.", ["Rolf Anker"]),
        # Negatives: a signer who is an office of a place, or a group, names no one.
        ("The letter, signed by the mayor of Pine Bluff, went out Monday.", []),
        ("The letter was signed by several members of the Pine Council.", []),
    ],
)
def test_signer_of_a_writing_named_after_comma_or_passive(intro: str, expected: list[str]) -> None:
    noun = "memo" if "memo" in intro else "letter"
    text = intro + "\n\n" + _REPORT.replace("letter reads", f"{noun} reads")
    assert _speakers(text) == expected
