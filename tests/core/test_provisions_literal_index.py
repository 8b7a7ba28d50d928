"""LiteralIndex finds exactly the vocabulary strings a text holds, and the provisions module's index
covers every pattern it tests a sentence's literal set against."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from entanglement.core.extract import provisions
from entanglement.core.extract.lazy_regex import LiteralIndex, literal_view

VOCABULARY = (
    "disclos",
    "disclosure",
    "closure",
    "dis",
    "ice",
    "i.c.e.",
    "a bill",
    "bill",
    "be it ",
    " of ",
    "q:",
    "###",
    "287",
    "(g)",
    "immigration",
    "status",
    "in custody",
    "état",
)


def _brute_force(vocabulary: tuple[str, ...], text: str) -> frozenset[str]:
    return frozenset(word for word in vocabulary if word in text)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("", set()),
        ("nondisclosure of status", {"disclos", "disclosure", "closure", "dis", " of ", "status"}),
        # a phrase whose longest word run sits inside a longer word still counts: "a bill" in "a billion"
        ("a billion dollars", {"a bill", "bill"}),
        ("notice to i.c.e. under 287(g)", {"ice", "i.c.e.", "287", "(g)"}),
        ("q: be it resolved", {"q:", "be it "}),
        ("held in custody; services", {"in custody", "ice"}),
        ("l'état de", {"état"}),
        ("### of the act", {"###", " of "}),
    ],
)
def test_present_is_exactly_the_strings_the_text_holds(text: str, expected: set[str]) -> None:
    index = LiteralIndex(VOCABULARY)
    assert index.present(text) == expected == _brute_force(VOCABULARY, text)


def test_an_empty_vocabulary_finds_nothing() -> None:
    assert LiteralIndex(["", ""]).present("anything at all") == frozenset()


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(alphabet="abc .:(é", min_size=1, max_size=5), min_size=1, max_size=12),
    st.text(alphabet="abc .:(éd\n", max_size=80),
)
def test_present_matches_substring_tests_on_any_text(words: list[str], text: str) -> None:
    index = LiteralIndex(words)
    assert index.present(text) == _brute_force(tuple(words), text)
    # the word table remembers what it read: a second call gives the same answer
    assert index.present(text) == _brute_force(tuple(words), text)


SENTENCES = (
    "No officer shall disclose a person's immigration status to ICE except as 8 U.S.C. 1373 requires.",
    "The Sheriff shall honor every detainer request issued by U.S. Immigration and Customs Enforcement.",
    "Nothing in this section prohibits sending citizenship information to federal authorities.",
    "County funds may not be used to enter into a 287(g) agreement or to deputize jail staff.",
    "Staff will not ask about immigration status at schools, clinics, courthouses or libraries.",
    "The Board hereby requests that the City not renew its memorandum of agreement with DHS.",
    "Deputies shall report the number of detainers received each quarter to the Council.",
    "Any local entity that adopts a sanctuary policy shall be ineligible for state grants.",
    "Agents may enter the library only with a judicial warrant signed by a judge.",
    "A law enforcement agency shall not hold a person on the basis of an immigration hold.",
)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_module_index_answers_every_pattern_as_the_text_does(sentence: str) -> None:
    folded = literal_view(provisions._mask_idioms(sentence))
    present = provisions._sentence_index().present(folded)
    patterns = list(provisions._module_patterns())
    assert len(patterns) > 100  # the rules' tables as well as the module's own patterns
    for pattern in patterns:
        assert provisions._cannot_match(pattern, present) == provisions._cannot_match(pattern, folded), pattern.pattern
        assert provisions._lacks_a_required_set_in(pattern, present) == provisions._lacks_a_required_set(
            pattern, folded.__contains__
        ), pattern.pattern


def test_every_rule_pattern_is_in_the_index() -> None:
    found = {id(p) for p in provisions._module_patterns()}
    for rule in provisions._RULES:
        for pattern in (rule.pattern, rule.also, rule.unless):
            assert pattern is None or id(pattern) in found
    for _, verbs, objects, _ in provisions._BACKOFF:
        assert id(verbs) in found and id(objects) in found
