"""LazyRegex behaves as the compiled pattern; required_literals never names a word a match can lack;
a pattern gated to word starts finds exactly what it finds ungated."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from entanglement.core.extract import provisions
from entanglement.core.extract.lazy_regex import (
    LazyRegex,
    begins_at_word,
    lazy_compile,
    literal_view,
    required_literal_sets,
    required_literals,
)


def test_lazy_regex_compiles_on_first_use_and_answers_as_re() -> None:
    lazy = lazy_compile(r"\b(?:shall|must)\s+not\b", re.I)
    assert lazy._compiled is None
    text = "Officers SHALL NOT ask; deputies must not share."
    assert [m.group() for m in lazy.finditer(text)] == ["SHALL NOT", "must not"]
    assert lazy._compiled is not None
    compiled = re.compile(lazy.pattern, lazy.flags)
    assert lazy.findall(text) == compiled.findall(text)
    assert lazy.sub("X", text) == compiled.sub("X", text)
    assert lazy.split(text) == compiled.split(text)
    assert lazy.search(text, 20) is not None and lazy.match(text) is None
    assert lazy.fullmatch("must not") is not None


@pytest.mark.parametrize(
    "pattern,flags,expected",
    [
        (r"\b(?:declin|refus)\w*\b", re.I, ("declin", "refus")),
        (r"\bhonou?r(?:s|ed)?", re.I, ("hono",)),  # the optional "u" may be absent
        (r"\bdetainers?\b", re.I, ("detainer",)),
        (r"(?:\b(?-i:ICE)\b|I\.C\.E\.)", re.I, ("ice", "i.c.e.")),
        (r"\b287\s*\(g\)|\b1357\s*\(g\)", 0, ("287", "1357")),
        (r"\bcross-?designat\w*", re.I, ("cross",)),
        (r"(?:the\s+)?agreement", re.I, ("agreement",)),  # an optional group is passed over
        (r"\b(?:\w+\s+){0,2}shall", re.I, ("shall",)),
        (r"[Ss]aid", 0, ("aid",)),
        (r"(?<=\s)no\b", 0, ("no",)),
        (r"(?<!\w)no\b|^\s*WHEREAS\b", 0, ("no", "whereas")),
        (r"^(?!x)(?=.*\b(?:council|board)\s+finds)", re.I, ("council", "board")),  # a lookahead's text is required
        (r"(?:the|a)?\s*x", 0, None),  # one letter is too short to look up
        (r"\u2019s", 0, None),  # escapes of code points are not read
        (r"ab+c", 0, None),  # "b+" splits "a" from "c"
        (r"abc+d", 0, ("ab",)),
        (r"\ba\b|\bthe\b", re.I, None),  # one-letter openings are not worth a test
        (r"(?:said(?<!\wsaid)|SAID)\b", 0, ("said",)),
        (r"x", re.VERBOSE, None),
    ],
)
def test_required_literals(pattern: str, flags: int, expected: tuple[str, ...] | None) -> None:
    assert required_literals(pattern, flags) == expected


@pytest.mark.parametrize(
    "pattern,flags,expected",
    [
        (
            r"\b(?:disclos|shar)\w*[^.;]{0,80}?\b(?:status|citizenship)",
            re.I,
            ((("disclos", "shar"), ("status", "citizenship")),),
        ),
        (r"\bshall\s+fully\b", re.I, ((("shall",), ("fully",)),)),
        (r"(?:foo|bar)baz(?=qux)", 0, ((("foo", "bar"), ("baz",), ("qux",)),)),  # a lookahead's text is required
        (r"\bnot\s+(?:\w+ly\s+)?releas\w*", re.I, ((("not",), ("releas",)),)),  # the optional adverb is passed over
        (r"ICE(?-i:agents)", re.I, ((("ice",), ("agents",)),)),
        (r"xx(?:ab|cd(?:ef)?)yy", 0, ((("xx",), ("ab", "cd"), ("yy",)),)),  # one set from an alternation's first words
        (r"\bone\b(?!two)three", 0, ((("one",), ("three",)),)),  # a negative lookahead's text is not required
        (r"ab\1cd", 0, ((("ab",),),)),  # reading stops at a back-reference
        (r"abc|de(?:f|g)hi", 0, ((("abc",),), (("de",), ("hi",)))),  # each alternative has its own sets
        (r"abc|x", 0, ()),  # an alternative with nothing to look up
        (r"abc def", re.VERBOSE, ()),
    ],
)
def test_required_literal_sets(pattern: str, flags: int, expected: tuple[tuple[tuple[str, ...], ...], ...]) -> None:
    assert required_literal_sets(pattern, flags) == expected


def test_literal_view_folds_what_ignorecase_matches() -> None:
    # IGNORECASE matches "i" to the dotless and the dotted capital I, "s" to the long s, "k" to Kelvin.
    for text in ("DETAİNER", "detaınes", "ſhall", "\u212aeep"):
        for word in ("detain", "shall", "keep"):
            if re.search(word, text, re.I):
                assert word in literal_view(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("aIiİıSſK\u212a\u0307 .é"), max_size=40))
def test_literal_view_is_the_fold_with_its_fixes_on_any_text(text: str) -> None:
    assert literal_view(text) == text.casefold().replace("ı", "i").replace("\u0307", "")


def _all_patterns() -> list[LazyRegex]:
    found: dict[int, LazyRegex] = {}

    def collect(value: object) -> None:
        if isinstance(value, LazyRegex):
            found[id(value)] = value
        elif isinstance(value, tuple):
            for item in value:
                collect(item)
        elif isinstance(value, provisions._Rule):
            for item in (value.pattern, value.unless, value.also):
                collect(item)

    for value in vars(provisions).values():
        collect(value)
    return list(found.values())


def _patterns() -> list[LazyRegex]:
    return [p for p in _all_patterns() if p.literals is not None]


WORDS = [
    "shall", "not", "honor", "Honour", "detainer", "ICE", "I.C.E.", "hold", "release", "287(g)", "1357(g)",
    "immigration", "status", "citizenship", "share", "information", "funds", "used", "access", "jail",
    "cooperate", "with", "federal", "authorities", "notify", "inmate", "sanctuary", "policy", "No", "may",
    "decline", "Refuse", "school", "court", "interview", "consent", "report", "annual", "enter", "into",
    "agreement", "terminate", "ineligible", "state", "local", "entity", "violates", "this", "chapter", ",", ";",
    "WHEREAS", "Council", "finds", "that", "means", '"Detainer"', "As used in", "purpose", "is", "to", "It",
    "the", "of", "section", "1373", "Nothing", "prohibits", "sending", "receiving", "8 U.S.C.", "(a)", ":",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=25), st.sampled_from(["", "\n", "  "]))
def test_every_match_contains_one_of_its_literals(words: list[str], glue: str) -> None:
    text = (" " + glue).join(words)
    folded = literal_view(text)
    for pattern in _patterns():
        assert pattern.literals is not None
        if pattern.search(text) is not None:
            assert any(word in folded for word in pattern.literals), pattern.pattern[:80]
            # some alternative has every one of its sets present
            assert any(
                all(any(word in folded for word in words) for words in branch) for branch in pattern.literal_sets
            ) or not pattern.literal_sets, pattern.pattern[:80]


@pytest.mark.parametrize(
    "pattern,flags,expected",
    [
        (r"\bshall\s+not\b|\bmay\s+not\b", re.I, True),
        (r"(?:\bshall|\bmust)\s+not", 0, True),
        (r"\b(?:written\s+)?notice\b", re.I, True),  # skipping the optional group still starts a word
        (r"\b(?:\w+\s+){0,3}?shall", 0, True),
        (r"(?<![\w-])\bdetainers?\b", re.I, True),  # a lookbehind consumes nothing
        (r"\b(?:-\s*)?detainer", 0, False),  # the optional part opens with no word character
        (r"\bdetainer|,\s*however\b", re.I, False),  # a branch that opens at a comma
        (r"(?:the\s+)?agreement", re.I, False),  # no boundary before the letters
        (r"I\.C\.E\.", 0, False),
        (r"\b[A-Z]\w+", 0, False),  # character classes are not read
        (r"^\s*WHEREAS\b", re.M, False),
        (r"\b\s+and", 0, False),  # "\\b" before a space is a word's end
        (r"\bshall", re.VERBOSE, False),
        (r"\bé", re.ASCII, False),
        (r"\b(?:|x)y", 0, False),  # an empty branch
    ],
)
def test_begins_at_word(pattern: str, flags: int, expected: bool) -> None:
    assert begins_at_word(pattern, flags) is expected


def test_gate_is_read_from_the_pattern_unless_the_caller_vouches() -> None:
    assert lazy_compile(r"\bshall\b|\bmust\b", re.I).word_start
    # One leading "\\b" outside any alternation is as cheap as the gate: left as written.
    assert not lazy_compile(r"\b(?:shall|must)\b", re.I).word_start
    assert not lazy_compile(r",\s*but\b|\bunless\b").word_start
    vouched = lazy_compile(r"^\W*To\s+request|\bshall\b", word_start=True)
    assert vouched.word_start
    # Vouching covers a match at the text's start that opens with no word character.
    assert [m.group() for m in vouched.finditer("• To request that it shall")] == ["• To request", "shall"]
    assert not lazy_compile(r"\bshall\b|\bmust\b", word_start=False).word_start


def _gated() -> list[LazyRegex]:
    gated = []
    for pattern in _all_patterns():
        if pattern.compiled().pattern != pattern.pattern:
            gated.append(pattern)
    return gated


def test_the_heavy_provision_patterns_are_gated() -> None:
    gated = {id(p) for p in _gated()}
    # The modal cues: measured the costliest pattern of the provisions pass. (The agency names, the next
    # costliest, are written letter first instead: tests/core/test_lazy_regex_letter_first.py.)
    assert id(provisions._CUE_RE) in gated
    assert len(gated) >= 40


GLUES = ["", " ", "  ", "\n", "-", ", ", "; ", " (", ") ", "'", ".", " — "]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(GLUES)), min_size=1, max_size=30),
    st.sampled_from(["", "• ", "  ", "To "]),
)
def test_gated_patterns_find_what_they_find_ungated(pieces: list[tuple[str, str]], opening: str) -> None:
    text = opening + "".join(word + glue for word, glue in pieces)
    for pattern in _gated():
        plain = re.compile(pattern.pattern, pattern.flags)
        expected = [(m.span(), m.lastgroup) for m in plain.finditer(text)]
        assert [(m.span(), m.lastgroup) for m in pattern.finditer(text)] == expected, pattern.pattern[:80]
