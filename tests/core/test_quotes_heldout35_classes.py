"""Attribution wordings: a press release's author, "quotes X as saying", and the "Del." title."""

from __future__ import annotations

import pytest

from entanglement.core.extract.quotes import find_quotes

_Q = '"This measure makes it plain that every county must honor detainers."'


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"According to a press release from Rep. Tom Harlan, {_Q}", "Tom Harlan"),
        (f"According to a news release from Mayor Tom Harlan, {_Q}", "Tom Harlan"),
        (f"According to a media release from Tom Harlan, {_Q}", "Tom Harlan"),
        (f"The Herald quotes Del. Ray Osgood as saying {_Q}", "Ray Osgood"),
        (f"The Herald quotes Ray Osgood as saying {_Q}", "Ray Osgood"),
        (f"The paper ran a story quoting Sen. Ray Osgood as saying {_Q}", "Ray Osgood"),
        (f"Del. Nora Quill said on Monday, {_Q}", "Nora Quill"),
        (f"Gabriel del Toro said on Monday, {_Q}", "Gabriel del Toro"),
        (f"Yesterday attorney Gabriel del Toro said, {_Q}", "Gabriel del Toro"),
    ],
)
def test_named_speaker(text: str, speaker: str) -> None:
    found = find_quotes(text)
    assert [q.speaker for q in found] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # A release from an office names no person.
        f"According to a press release from the sheriff's office, {_Q}",
        f"According to a news release from the Department of Corrections, {_Q}",
    ],
)
def test_no_person(text: str) -> None:
    assert find_quotes(text) == []


_WORDS = "“While the ruling is disappointing, we will appeal it and keep fighting for our state.”"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A press office's lead-in ending with a period, over a paragraph of the person's words.
        (
            f"Attorney General Mona Keel made the following remarks after a judge blocked the law.\n\n{_WORDS}",
            "Mona Keel",
        ),
        (
            f"PINEVILLE (May 2, 2023) – Attorney General Mona Keel made the following remarks after a judge "
            f"today blocked the law.\n\n{_WORDS}",
            "Mona Keel",
        ),
        (f"Mayor Tom Harlan made the following statement on Tuesday.\n\n{_WORDS}", "Tom Harlan"),
        (f"Mayor Tom Harlan made the following comments:\n\n{_WORDS}", "Tom Harlan"),
        # An auxiliary before the speech verb keeps its subject.
        (
            'Chief Lou Pratt did say the department "will not be checking anyone\'s papers at all."',
            "Lou Pratt",
        ),
        (
            'Chief Lou Pratt does say the county "will keep honoring every lawful warrant it gets."',
            "Lou Pratt",
        ),
    ],
)
def test_lead_ins(text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # A denial reports no words of the subject's.
        'Chief Lou Pratt did not say the department "will not be checking anyone\'s papers at all."',
        # A sentence adverb opening the lead-in to a document's words is no speaker.
        "The order bars agents from the jail. Specifically, under the terms of that order:\n\n"
        "“No officer may use county time to help with a civil immigration arrest.”",
        "The rule changed twice. Additionally, the new version says:\n\n"
        "“No officer may use county time to help with a civil immigration arrest.”",
        # Making a remark about the following list is not a statement.
        "The clerk made the following changes to the agenda.\n\n“Item four, the budget hearing, moves to June.”",
    ],
)
def test_lead_ins_without_speaker(text: str) -> None:
    assert find_quotes(text) == []


_SPOKEN = '"People who come here have to do it the legal way, and we will make sure of that.'


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # Talking with reporters introduces the quotation after it, after a time clause too.
        (
            f'After the signing, Gov. Ada Moreno spoke with reporters about the bill.\n\n{_SPOKEN}"',
            "Ada Moreno",
        ),
        (f'Mayor Jo Hart talked with reporters after the vote.\n\n{_SPOKEN}"', "Jo Hart"),
        (f'Before the hearing, Sen. Ada Moreno talked to the press.\n\n{_SPOKEN}"', "Ada Moreno"),
        # The stored text ends inside the quotation.
        (f"Gov. Ada Moreno spoke with reporters about the bill.\n\n{_SPOKEN[:-1]}, because", "Ada Moreno"),
    ],
)
def test_spoke_with_reporters(text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text)] == [speaker]


def test_spoke_with_then_someone_else_quoted() -> None:
    text = (
        "After the signing, Gov. Ada Moreno spoke with reporters about the bill.\n\n"
        f'{_SPOKEN}" said Sen. Lee Park, who voted against it.'
    )
    assert [q.speaker for q in find_quotes(text)] == ["Lee Park"]
