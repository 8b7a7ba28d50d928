"""Attribution forms: a subject with a relative clause before its speech verb ("Jo Hart, who wrote
the bill, told WXYZ"); the name after "told" is the listener, never the speaker; a phrasal verb of
retort before a colon ("he doubled down:") quotes its subject; a right mark glued to a sentence's
first word after a space opens a quotation; `," stated the letter signed by X` quotes X."""

from __future__ import annotations

import pytest

from entanglement.core.extract.quotes import find_quotes

_WORDS = "“I have only heard about this plan for a few days, so I need to read it,”"


def _speakers(text: str) -> list[str]:
    return [q.speaker for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("attribution", "expected"),
    [
        ("Ward 4 Councilmember Dana Pruitt, who introduced the bill, told KXRT on Tuesday.", ["Dana Pruitt"]),
        ("Dana Pruitt, who sponsored the measure, told The Daily Lark.", ["Dana Pruitt"]),
        ("Dana Pruitt, who drafted the ordinance, told reporters.", ["Dana Pruitt"]),
        ("Sen. Lem Harrow, who chaired the hearing, said on Monday.", ["Lem Harrow"]),
        ("Dana Pruitt, whose office drafted the bill, told KXRT.", ["Dana Pruitt"]),
        ("Dana Pruitt told OhioNow on Monday.", ["Dana Pruitt"]),
        # Negatives: the relative clause's own object is not the subject, and no listener speaks.
        ("the mayor, who met Dana Pruitt last week, told KXRT.", []),
        ("the bill, sponsored by a panel, told Dana Pruitt nothing.", []),
    ],
)
def test_relative_clause_subject_and_told_listener(attribution: str, expected: list[str]) -> None:
    assert _speakers(f"{_WORDS} {attribution}") == expected


_NO_HELP = " “No help, period. We will not be helping in any way.”"
_MAYOR = "Mayor Dana Pruitt spoke on Monday about the plan for the city.\n\n"


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("Pressed for details, he doubled down:", ["Dana Pruitt"]),
        ("She shot back:", ["Dana Pruitt"]),
        ("Asked about the plan, he fired back:", ["Dana Pruitt"]),
        ("Later she weighed in:", ["Dana Pruitt"]),
        ("He pushed back:", ["Dana Pruitt"]),
        # Negatives: a subject that is no person; a phrasal verb not before the colon.
        ("The county doubled down:", []),
        ("He doubled down on the plan. The sign read:", []),
    ],
)
def test_phrasal_retort_before_colon_quotes_its_subject(lead: str, expected: list[str]) -> None:
    assert _speakers(_MAYOR + lead + _NO_HELP) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('“The court was right to stop it,” Dana Pruitt said. ”This ruling is a big win."', 2),
        ("“The court was right to stop it,” Dana Pruitt said. ”This ruling is a big win.”", 2),
        ('Dana Pruitt said: ”This ruling is a big win for us."', 1),
        ("”This ruling is a big win for us,” Dana Pruitt said.", 1),
        # Negative: a title in marks typed the wrong way round is still no statement.
        ("The crowd waved signs. ”Big Win For All Families” banners hung on the hall.", 0),
    ],
)
def test_right_mark_typed_as_opening(text: str, expected: int) -> None:
    quotes = find_quotes(text)
    assert len(quotes) == expected
    assert all(q.speaker == "Dana Pruitt" for q in quotes)


_CASES = "“In those cases, the city police will work with our state partners, only as our rules say,”"


@pytest.mark.parametrize(
    ("attribution", "expected"),
    [
        ("stated the letter signed by Mayor Dana Pruitt and Police Chief Lem Harrow.", ["Dana Pruitt"]),
        ("said a letter signed by Mayor Dana Pruitt.", ["Dana Pruitt"]),
        ("says a memo from Mayor Dana Pruitt.", ["Dana Pruitt"]),
        ("said the letter, which was signed by Dana Pruitt.", ["Dana Pruitt"]),
        # Negatives: a writing of no named author; a person named only as an object.
        ("said a statement from the mayor.", []),
        ("said the reporter, who called Dana Pruitt.", []),
    ],
)
def test_writing_signed_by_after_its_verb(attribution: str, expected: list[str]) -> None:
    assert _speakers(f"{_CASES} {attribution}") == expected
