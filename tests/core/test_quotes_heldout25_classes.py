"""Attribution layouts: a sentence stating a stance before the quotation ("affirmed", "voiced"), a
quotation inside a participle phrase ("Calling it "..." Jo Hart thanked ..."), and a page that
quotes the same words twice (a dek repeated in the body, a pull quote)."""

from __future__ import annotations

import pytest

from entanglement.core.extract.quotes import find_quotes

_WORDS = "“We are a town that welcomes people who flee violence, wherever they were born.”"


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, " ".join(q.text.split()[:4])) for q in find_quotes(text)]


def _speakers(text: str) -> list[str]:
    return [q.speaker for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("Mayor Nell Varga affirmed the town’s support for its newest neighbors. ", ["Nell Varga"]),
        ("Mayor Nell Varga reaffirmed the town’s support for its newest neighbors. ", ["Nell Varga"]),
        ("Mayor Nell Varga voiced strong support for the families who settled here. ", ["Nell Varga"]),
        ("Mayor Nell Varga expressed the council’s support for its newest neighbors. ", ["Nell Varga"]),
        ("Mayor Nell Varga restated the town’s long support for its newest neighbors. ", ["Nell Varga"]),
        # A quotation cut off where the page ends still has its speaker.
        ("Mayor Nell Varga affirmed the town’s support for its newest neighbors. ", ["Nell Varga"]),
        # Negatives: a court affirming names no speaker; a silent subject does not speak.
        ("The appeals court affirmed the ruling against the county on Friday. ", []),
        ("Mayor Nell Varga declined to comment on the vote. ", []),
    ],
)
def test_stance_sentence_before_quotation(lead: str, expected: list[str]) -> None:
    assert _speakers("Other news came first.  " + lead + _WORDS) == expected


def test_stance_sentence_before_quotation_cut_off() -> None:
    text = (
        "Other news came first.  Mayor Nell Varga affirmed the town’s support for its newest neighbors. "
        "“We are a town that welcomes people who flee violence. We are a town that upholds the right of"
    )
    assert _speakers(text) == ["Nell Varga"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Calling it “a slow, painful climb,” Oren Castell, the chair of the panel, thanked the staff.",
            [("Oren Castell", "a slow, painful climb,")],
        ),
        (
            "Calling it “a slow, painful climb,” Oren Castell thanked the staff.",
            [("Oren Castell", "a slow, painful climb,")],
        ),
        (
            "Calling the plan “a step we should have taken years ago,” Mayor Oren Castell signed it.",
            [("Oren Castell", "a step we should")],
        ),
        (
            "Describing the vote as “a win for every family here,” Sheriff Lupe Arden thanked the board.",
            [("Lupe Arden", "a win for every")],
        ),
        (
            "After branding the order “an attack on our own residents,” Gov. Tessa Lind vowed to sue.",
            [("Tessa Lind", "an attack on our")],
        ),
        (
            "Oren Castell, calling it “a slow, painful climb,” thanked the staff.",
            [("Oren Castell", "a slow, painful climb,")],
        ),
        (
            "Calling it “a slow, painful climb,” Oren Castell has also thanked the staff.",
            [("Oren Castell", "a slow, painful climb,")],
        ),
        # Negatives: no named person is the subject after the phrase.
        ("Calling it “a slow, painful climb,” the board voted to wait.", []),
        ("Calling it “a slow, painful climb,” Pine County officials approved the plan.", []),
        ("Calling it “a slow, painful climb,” Texas lawmakers passed the bill.", []),
        ("Critics, calling it “a slow, painful climb,” walked out.", []),
    ],
)
def test_quotation_inside_participle_phrase(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs("The council met on Tuesday.\n\n" + sentence) == expected


_DEK = "Judge Mara Quill ruled that the order was “a plain end run around the state’s own laws.”"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A dek repeated word for word in the body.
        (f"Judge tosses suit\n\n{_DEK}\n\nPublished: May 2, 2024\n\n{_DEK}", ["Mara Quill"]),
        # Repeated with other punctuation and case.
        (
            f"{_DEK}\n\nMore text here.\n\nJudge Mara Quill ruled that the order was "
            "“A plain end-run around the state’s own laws,” in her order.",
            ["Mara Quill"],
        ),
        # A pull quote that the body then quotes at more length.
        (
            "“We will not hold anyone for them,” said Sheriff Bo Tran.\n\nThe vote was close.\n\n"
            "“We will not hold anyone for them without a warrant signed by a judge,” said Sheriff Bo Tran.",
            ["Bo Tran"],
        ),
        # Negatives: different words, or the same words from two people, are two quotations.
        (
            "“We will not hold anyone for them,” said Sheriff Bo Tran.\n\n"
            "“We will keep working with the county jail,” said Sheriff Bo Tran.",
            ["Bo Tran", "Bo Tran"],
        ),
        (
            "“We will not hold anyone for them,” said Sheriff Bo Tran.\n\n"
            "“We will not hold anyone for them,” said Mayor Ida Fenn.",
            ["Bo Tran", "Ida Fenn"],
        ),
    ],
)
def test_repeated_quotation_listed_once(text: str, expected: list[str]) -> None:
    assert _speakers(text) == expected


def test_repeated_quotation_keeps_longer_words() -> None:
    text = (
        "“We will not hold anyone for them,” said Sheriff Bo Tran.\n\nThe vote was close.\n\n"
        "“We will not hold anyone for them without a warrant signed by a judge,” said Sheriff Bo Tran."
    )
    (quote,) = find_quotes(text)
    assert quote.text.startswith("We will not hold anyone for them without")


def test_words_said_three_times_are_each_kept() -> None:
    line = "“We will not hold anyone for them,” said Sheriff Bo Tran.\n\nThe crowd cheered.\n\n"
    assert _speakers(line * 3) == ["Bo Tran"] * 3
