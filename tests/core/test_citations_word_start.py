"""_at_word_start matches exactly where a word-boundary alternation does."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from entanglement.core.extract.citations import _STATE_ABBR, _at_word_start

ALTERNATIVES = r"Ala|Alaska|Ark|Cal|Calif|D\.C|N\.\s?Y|N\.\s?J|Neb|Nev|Wash|W\.\s?Va"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("AlaskCifD.NYJebvWshV rk_9é")), max_size=40))
def test_same_matches_as_the_boundary_form(text: str) -> None:
    for alternatives in (ALTERNATIVES, _STATE_ABBR):
        plain = re.compile(rf"\b(?:{alternatives})(?P<rest>\.?\s*\w*)")
        hoisted = re.compile(rf"{_at_word_start(alternatives)}(?P<rest>\.?\s*\w*)")
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in hoisted.finditer(text)]


@pytest.mark.parametrize(
    "text,expected",
    [
        # the first alternative that matches wins, as in the boundary form: "Cal" before "Calif"
        ("See Cal. Gov. Code and Calif. law", ["Cal", "Cal"]),
        ("Racal and Decal are no states; Alaska is", ["Ala"]),
        ("under N.Y. law and N. J. rules", ["N.Y", "N. J"]),
        ("_Ala is glued to an underscore", []),
    ],
)
def test_reads_abbreviations_only_at_a_word_start(text: str, expected: list[str]) -> None:
    pattern = re.compile(_at_word_start(ALTERNATIVES))
    assert [m.group() for m in pattern.finditer(text)] == expected


def test_an_alternative_opening_with_no_letter_is_refused() -> None:
    with pytest.raises(ValueError):
        _at_word_start(r"Ala|\d+")
