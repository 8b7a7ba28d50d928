"""A writing under its author's name, however the sentence names its addressee, quotes the author:
"Hart's memo to the jail director read: "..."". Texts written for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.quotes import find_quotes

LEAD = "Mayor Jo Hart ordered the county jails to comply with federal requests in a memo on Thursday.\n\n"
WORDS = "“Yesterday the President signed an order on interior enforcement, and I direct you to honor every detainer.”"


@pytest.mark.parametrize(
    ("intro", "speaker"),
    [
        ("Hart’s memo read: ", "Jo Hart"),
        ("Hart’s memo to the jail director read: ", "Jo Hart"),
        ("Hart’s memo to Interim Corrections Director Sam Lee read:\n\n", "Jo Hart"),
        ("Hart's memorandum to the sheriff said: ", "Jo Hart"),
        ("Hart’s letter to Director Sam Lee read: ", "Jo Hart"),
    ],
)
def test_an_authors_memo_is_the_authors_words(intro: str, speaker: str) -> None:
    quotes = find_quotes(LEAD + intro + WORDS)
    assert [q.speaker for q in quotes] == [speaker]


def test_a_memo_with_no_author_named_quotes_no_one() -> None:
    text = "The county jails changed their rules on Thursday.\n\nThe memo read: " + WORDS
    assert find_quotes(text) == []
