"""The snippet window's anchor: a lowered copy searched with str.find, as a case-blind \\b regex would find it."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from entanglement.tracker.search.backends import _first_written


def by_regex(body: str, forms: list[str]) -> int | None:
    for form in forms:
        found = re.search(r"\b" + re.escape(form), body, re.IGNORECASE)
        if found:
            return found.start()
    return None


ALPHABET = st.sampled_from(list("abcAB _-.'İı1é\u00df"))


@given(st.text(ALPHABET, max_size=60), st.lists(st.text(ALPHABET, min_size=1, max_size=3).map(str.lower), max_size=3))
def test_the_same_place_as_a_case_blind_word_start_regex(body: str, forms: list[str]) -> None:
    assert _first_written(body, iter(forms)) == by_regex(body, forms)


def test_word_starts_only() -> None:
    assert _first_written("Subsection and section", iter(["section"])) == 15
    assert _first_written("SECTION one", iter(["section"])) == 0
    assert _first_written("no such word", iter(["detain", "sect"])) is None
    assert _first_written("first sheriffs, then sheriff", iter(["sheriff declined", "sheriff"])) == 6
    # lowering 'İ' gives two characters: the offsets still point into the body as written
    assert _first_written("İİ the Sheriff", iter(["sheriff"])) == 7
