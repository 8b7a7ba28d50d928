"""The query parser: what user text becomes, and that no syntax survives to the engines."""

from __future__ import annotations

from entanglement.tracker.search.query import (
    MAX_TERMS,
    Term,
    fts5_match,
    parse_query,
    prefix_tsquery,
    websearch_text,
)


def test_terms_phrases_and_prefixes() -> None:
    parsed = parse_query('Detainer "county jail" sanct*')
    assert parsed.terms == (Term(("detainer",)), Term(("county", "jail")), Term(("sanct",), prefix=True))
    assert fts5_match(parsed) == '"detainer" "county jail" "sanct"*'
    assert websearch_text(parsed) == '"Detainer" "county jail"'
    assert prefix_tsquery(parsed) == "sanct:*"


def test_operators_and_columns_become_plain_words() -> None:
    parsed = parse_query('title:ice NEAR(a b) AND -x ^y (z)')
    words = [t.words for t in parsed.terms]
    assert words == [("ice",), ("near", "a"), ("b",), ("and",), ("x",), ("y",), ("z",)]
    assert all('"' not in w and ":" not in w for t in parsed.terms for w in t.words)


def test_column_filter_before_a_phrase() -> None:
    assert parse_query('title:"county jail" body:x').terms == (Term(("county", "jail")), Term(("x",)))


def test_unbalanced_quote_runs_to_the_end() -> None:
    assert parse_query('ice "county jail').terms == (Term(("ice",)), Term(("county", "jail")))


def test_nothing_searchable() -> None:
    for text in ("", "   ", "*", '"', '""', "^ - ( ) :", "_"):
        assert not parse_query(text)


def test_short_or_non_ascii_prefix_is_a_plain_word() -> None:
    assert parse_query("a*").terms == (Term(("a",)),)
    assert parse_query("señor*").terms == (Term(("señor",)),)


def test_long_input_is_bounded() -> None:
    parsed = parse_query("word " * 10_000)
    assert len(parsed.terms) == MAX_TERMS


def test_postgres_reads_the_users_characters_without_quotes_or_controls() -> None:
    parsed = parse_query('-E.D.N.Y. 1:25-cv-04084 "a\x00b" OR')
    assert websearch_text(parsed) == '"E.D.N.Y." "1:25-cv-04084" "a b" "OR"'
