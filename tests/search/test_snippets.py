"""Snippets of long texts: cut from a window of the body, marked as the engine marks, on both engines."""

from __future__ import annotations

import pytest
from django.db import connection

from entanglement.tracker.search.api import search
from entanglement.tracker.search.facets import entry_tokens
from entanglement.tracker.search.models import SearchEntry

pytestmark = pytest.mark.django_db

FILLER = "The committee read letters about parks, roads and the library budget. " * 90


def entry(i: int, title: str, body: str) -> SearchEntry:
    return SearchEntry(kind="document", object_id=i, title=title, body=body, facets=entry_tokens("document", "", "", None))


def marked(snippet: str) -> list[str]:
    return [part.split("</mark>")[0].lower() for part in snippet.split("<mark>")[1:]]


@pytest.mark.parametrize(
    ("query", "word"),
    [
        ("detainers", "detainers"),  # as written
        ("detainer", "detainers"),  # another form, found by its stem
        ('"sheriff declined"', "sheriff"),  # a phrase
        ("days", "day"),  # no written form nor stem prefix in the text: the whole body is read
        ("detain*", "detainers"),
    ],
)
def test_a_long_body_is_marked_where_the_word_is(db: None, query: str, word: str) -> None:
    body = f"{FILLER}On the first day the sheriff declined all detainers from the agency. {FILLER}"
    SearchEntry.objects.bulk_create([entry(1, "Minutes", body)])
    (hit,) = search(query).hits
    assert any(word in m for m in marked(hit.snippet)), hit.snippet
    assert len(hit.snippet) < 600  # a fragment, not the body


def test_short_long_and_title_only_matches_on_one_page(db: None) -> None:
    SearchEntry.objects.bulk_create(
        [
            entry(1, "Short note", "The sheriff spoke."),
            entry(2, "Long minutes", f"{FILLER} The sheriff spoke at last. {FILLER}"),
            entry(3, "Sheriff", FILLER),  # the word only in the title of a long text
        ]
    )
    hits = {h.object_id: h for h in search("sheriff").hits}
    assert set(hits) == {1, 2, 3}
    for hit in hits.values():
        assert "sheriff" in marked(hit.snippet), hit


@pytest.mark.skipif("connection.vendor != 'sqlite'")
def test_the_private_snippet_table_is_left_empty(db: None) -> None:
    SearchEntry.objects.bulk_create([entry(1, "Long", f"{FILLER} The sheriff spoke. {FILLER}")])
    assert search("sheriff").hits
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM temp.search_snippet")
        assert cursor.fetchone()[0] == 0


def test_the_window_is_cut_at_spaces_around_the_first_written_form() -> None:
    from entanglement.tracker.search.backends import SNIPPET_WINDOW, _snippet_window
    from entanglement.tracker.search.query import parse_query

    body = f"{FILLER}On the first day the sheriff declined all detainers. {FILLER}"
    window = _snippet_window(body, parse_query("detainer"))
    assert window is not None and "detainers" in window
    assert window.startswith("… ") and window.endswith(" …") and len(window) <= SNIPPET_WINDOW + 4
    assert window[2] != " " and window.split()[1] in body.split()  # whole words only
    assert _snippet_window(body, parse_query("days")) is None  # nothing written so: the whole body
    assert _snippet_window("A short body.", parse_query("days")) == "A short body."


def _texts_read_for_snippets(query: str) -> list[str]:
    """Every text a snippet function was handed while the query ran (FTS5's cuts the whole stored
    text when a statement calls it on the index itself, shown here as that row's body)."""
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        assert search(query).hits
    read: list[str] = []
    for q in captured.captured_queries:
        sql = q["sql"]
        if "ts_headline" in sql:
            read.extend(part for part in sql.split("'") if len(part) > 200)
        elif "snippet(search_fts" in sql:
            read.append(SearchEntry.objects.get().body)
    return read


def test_two_words_far_apart_mark_the_first_window_without_reading_the_whole_body(db: None) -> None:
    # A window around the first word does not hold the second: it still shows where a query word
    # is, and the long body is never handed to the engine's snippet function whole.
    body = f"{FILLER}The sheriff spoke first. {FILLER}{FILLER}The council voted on detainers. {FILLER}"
    SearchEntry.objects.bulk_create([entry(1, "Minutes", body)])
    (hit,) = search("sheriff detainers").hits
    assert "sheriff" in marked(hit.snippet), hit.snippet
    assert all(len(text) < 2_000 for text in _texts_read_for_snippets("sheriff detainers"))


def test_a_title_only_match_reads_the_title_not_the_long_body(db: None) -> None:
    SearchEntry.objects.bulk_create([entry(1, "Sheriff report", FILLER * 3)])
    (hit,) = search("sheriff").hits
    assert "sheriff" in marked(hit.snippet), hit.snippet
    if connection.vendor == "postgresql":
        assert all(len(text) < 2_000 for text in _texts_read_for_snippets("sheriff"))
