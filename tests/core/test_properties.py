"""Properties that hold for any input: no exception, every span inside the text, JSON out."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from entanglement.core.pipeline import extract
from entanglement.core.text import DocumentError, document_from_bytes

# Fragments that steer random text into the finders' interesting paths (quotes, attributions,
# citations, places, dates, section numbers), mixed with arbitrary Unicode.
FRAGMENTS = [
    '"',
    "\u201c",
    "\u201d",
    "'",
    " said ",
    " Mayor ",
    "Jane Roe",
    ":",
    "\n\n",
    "8 U.S.C. \u00a7 1373",
    "Section 287(g)",
    "\u00a7\u00a7 1373 and 1644",
    "Cal. Gov. Code \u00a7 7284.6",
    "888 F.3d 272",
    "Cook County",
    "Chicago, Ill.",
    "WASHINGTON \u2014",
    "N.D. Ill.",
    "Ninth Circuit",
    "March 4, 2025",
    "Dated:",
    "SECTION 1.",
    "shall not",
    "detainer",
    "immigration status",
    " he said. ",
]

texts = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=30)), max_size=40).map("".join)


def spans_in(value: Any) -> list[dict[str, int]]:
    found = []
    if isinstance(value, dict):
        if set(value) == {"start", "end"}:
            return [value]
        for item in value.values():
            found += spans_in(item)
    elif isinstance(value, list):
        for item in value:
            found += spans_in(item)
    return found


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_any_text_extracts_to_json_with_spans_inside_it(text: str) -> None:
    result = extract(text, "generated.txt").to_dict()
    json.dumps(result, allow_nan=False)
    for span in spans_in(result):
        assert 0 <= span["start"] <= span["end"] <= len(text), (span, len(text))
    for quote in result["quotes"]:
        assert text[quote["span"]["start"] : quote["span"]["end"]] == quote["text"]
    for citation in result["citation_details"]:
        assert text[citation["span"]["start"] : citation["span"]["end"]] == citation["mention"]


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000), st.sampled_from([None, "x.txt", "x.html", "x.pdf", "x"]))
def test_any_bytes_give_text_or_a_document_error(data: bytes, filename: str | None) -> None:
    try:
        document = document_from_bytes(data, filename=filename)
    except DocumentError as e:
        assert str(e)
    else:
        assert document.text.strip()
        assert document.size == len(data)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_any_unicode_round_trips_through_utf8_bytes(text: str) -> None:
    try:
        document = document_from_bytes(text.encode("utf-8"), filename="t.txt")
    except DocumentError:
        return  # blank or control-heavy text is refused, by design
    assert document.text.strip()
    assert "\r" not in document.text
