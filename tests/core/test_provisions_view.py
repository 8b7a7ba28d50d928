"""The normalized view of a unit (whitespace runs collapsed, words wrapped over a line break joined,
curly quotes straightened) maps every span back to the characters it came from. Checked against a
plain per-character reading of the same rules."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from entanglement.core.extract.provisions import _view

_WRAP = re.compile(
    r"(?<=[A-Za-z])-[ \t]*\n[ \t]*(?=[A-Za-z])|(?<=[a-z]{2})- (?!(?:and|or|nor|to|as|through|versus|vs)\b)(?=[a-z]{2})"
)
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})
_OCR = re.compile(r"(?<=[A-Za-z])\?(?=(?:s|t|re|ll|ve|d|m)\b)")


def _reference(text: str, start: int, end: int) -> tuple[str, list[int]]:
    """One original offset per character of the view, built word by word."""
    raw = text[start:end]
    chars: list[str] = []
    offsets: list[int] = []
    cuts = [(m.start(), m.end()) for m in _WRAP.finditer(raw)]
    bounds = [0] + [c for pair in cuts for c in pair] + [len(raw)]
    for seg_start, seg_end in zip(bounds[::2], bounds[1::2], strict=True):
        previous = seg_start
        for m in re.finditer(r"\S+", raw[seg_start:seg_end]):
            word_start = seg_start + m.start()
            if word_start > previous and chars:
                chars.append(" ")
                offsets.append(start + word_start - 1)
            word = _OCR.sub("'", m.group().translate(_QUOTES))
            chars.extend(word)
            offsets.extend(range(start + word_start, start + word_start + len(word)))
            previous = seg_start + m.end()
    return "".join(chars), offsets


PIECES = ["word", "Immigra", "tion", "-", "- ", "-\n", " ", "  ", "\n", "\n\n", "\t", "\u00a0", "’s", "“", "?s", "?", "a", "and"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40), st.data())
def test_view_spans_map_back_to_their_characters(pieces: list[str], data: st.DataObject) -> None:
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    view = _view(text, start, end)
    expected_text, offsets = _reference(text, start, end)
    assert view.text == expected_text
    for i in range(len(view.text)):
        for j in range(i + 1, min(len(view.text), i + 4) + 1):
            span = view.span(i, j)
            assert (span.start, span.end) == (offsets[i], offsets[j - 1] + 1)


def test_view_of_a_wrapped_line() -> None:
    text = "Officers shall not ask about immigra-\n  tion status;\n\n  nor share it."
    view = _view(text, 0, len(text))
    assert view.text == "Officers shall not ask about immigration status; nor share it."
    at = view.text.index("immigration")
    span = view.span(at, at + len("immigration"))
    assert text[span.start : span.end] == "immigra-\n  tion"
