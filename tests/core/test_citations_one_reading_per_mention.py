"""Each mention of a section is reported once, even where two patterns read it (a title phrase and a
U.S.C. cite); separate mentions of the same section each keep their own span. Texts written here."""

from __future__ import annotations

from entanglement.core.extract.citations import find_citations


def test_a_title_phrase_and_its_cite_are_one_mention() -> None:
    text = "Deputies act under Title 8 U.S.C. § 1357 in the jail."
    found = find_citations(text)
    assert [c.normalized for c in found] == ["8 U.S.C. § 1357"]
    assert found[0].span.slice(text) == "Title 8 U.S.C. § 1357"


def test_separate_mentions_of_one_section_each_count() -> None:
    text = "The letter cites 8 U.S.C. 1373, and the reply cites 8 U.S.C. § 1373 again."
    found = find_citations(text)
    assert [c.normalized for c in found] == ["8 U.S.C. § 1373", "8 U.S.C. § 1373"]
    assert [c.span.slice(text) for c in found] == ["8 U.S.C. 1373", "8 U.S.C. § 1373"]
