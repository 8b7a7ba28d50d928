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
