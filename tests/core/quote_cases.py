"""The check shared by the quote tables: the quotations found, in order, with their speakers and the
first words of each."""

from __future__ import annotations

from entanglement.core.extract.quotes import find_quotes


def check_quotes(text: str, expected: list[tuple[str, str]]) -> None:
    got = [(q.speaker, q.text) for q in find_quotes(text)]
    assert len(got) == len(expected), got
    for (speaker, quoted), (want_speaker, want_start) in zip(got, expected, strict=True):
        assert speaker == want_speaker, got
        assert quoted.startswith(want_start), got
