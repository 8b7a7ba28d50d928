"""Phrases through the word-pair index: the same results as the engine's own phrase search.

Every phrase below is searched through search() (pairs first, then the phrase) and straight through
the engine without pairs; the two must agree, on SQLite FTS5 and on PostgreSQL alike.
"""

from __future__ import annotations

import random

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from entanglement.tracker.search import pairs
from entanglement.tracker.search.api import search
from entanglement.tracker.search.facets import entry_tokens
from entanglement.tracker.search.models import SearchEntry
from entanglement.tracker.search.query import fts5_match, parse_query, websearch_text

TEXTS = [
    ("Sanctuary city policy", "The council adopted a sanctuary city policy on Tuesday."),
    ("Budget", "Sanctuary cities' policies differ; the city policy was sanctuary in name."),
    ("Minutes", "A sanctuary city and a city policy were both discussed, never together."),
    ("Law of the land", "The law of the land is clear. Law of a land far away is not."),
    ("Detainers", "Detainer requests — honored? The sheriff's office: detainer-requests were refused."),
    ("Court", "Filed in the E.D.N.Y. as 1:25-cv-04084 on March 4; self-governing cities objected."),
    ("Política", "La política de la ciudad santuario: café, société, naïve façade of the city policy."),
    ("Short", "Policy."),
    ("Title words city", "policy starts the body; the title ends with city."),
    ("Quotes", 'He said "city policy" and \u201ccity\u2019s policy\u201d twice.'),
    ("Staff", "The city general fund pays the nationalization of agreed wages."),
]
PHRASES = [
    '"sanctuary city"',
    '"sanctuary city policy"',
    '"sanctuary cities policies"',
    '"city policy"',
    '"law of the land"',
    '"law of the"',
    '"the law"',
    '"detainer requests"',
    '"detainer-requests were refused"',
    '"1:25-cv-04084"',
    '"E.D.N.Y."',
    '"self-governing cities"',
    '"politica de la ciudad"',
    '"cafe societe"',
    '"caf\u00e9 soci\u00e9t\u00e9 na\u00efve"',
    '"city policy" sanctuary',
    '"city policy" "law of the land"',
    '"policy"',
    '"city, policy"',
    '"city\'s policy"',
    '"city policy starts"',
    '"city gen"',
    '"city general"',
    '"nation of"',
    '"nationalization of"',
    '"agree wage"',
]

pytestmark = pytest.mark.django_db


def entry(i: int, title: str, body: str) -> SearchEntry:
    return SearchEntry(kind="document", object_id=i, title=title, body=body, facets=entry_tokens("document", "", "", None))


@pytest.fixture
def texts(db: None) -> dict[int, int]:
    """The texts above as index entries; object id -> entry id."""
    made = SearchEntry.objects.bulk_create([entry(i, title, body) for i, (title, body) in enumerate(TEXTS)])
    return {e.object_id: e.pk for e in SearchEntry.objects.filter(pk__in=[m.pk for m in made])}


def plain_phrase_search(query: str) -> set[int]:
    """The entry ids the engine itself finds for the query, without pairs."""
    parsed = parse_query(query)
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(
                "SELECT rowid FROM search_fts WHERE search_fts MATCH %s", [f"{{title body}} : ({fts5_match(parsed)})"]
            )
        else:
            cursor.execute(
                "SELECT id FROM search_searchentry WHERE tsv @@ websearch_to_tsquery('english', %s)",
                [websearch_text(parsed)],
            )
        return {row[0] for row in cursor.fetchall()}


def found(query: str, ids: dict[int, int]) -> set[int]:
    results = search(query, limit=100)
    assert results.total_exact and results.total == len(results.hits)
    return {ids[h.object_id] for h in results.hits}


@pytest.mark.parametrize("query", PHRASES)
def test_phrase_results_are_those_of_a_plain_phrase_search(texts: dict[int, int], query: str) -> None:
    assert found(query, texts) == plain_phrase_search(query)


def test_the_phrases_find_what_they_should(texts: dict[int, int]) -> None:
    """Not only equal to the engine's answer: the answers themselves, where both engines agree."""
    by_entry = {v: k for k, v in texts.items()}

    def objects(query: str) -> set[int]:
        return {by_entry[i] for i in found(query, texts)}

    assert objects('"sanctuary city policy"') == {0, 1}  # not 2: both pairs, never the phrase
    assert objects('"sanctuary cities"') == {0, 1, 2}  # stems: cities = city
    assert objects('"detainer requests"') == {4}  # punctuation between the words is no obstacle
    assert objects('"1:25-cv-04084"') == {5}
    assert objects('"caf\u00e9 soci\u00e9t\u00e9"') == {6}  # text FTS5 cuts itself (not ASCII)
    assert 3 in objects('"law of the land"')
    assert objects('"city policy"') >= {0, 6, 9}
    # The stemmer would cut the pair token of (citi gener) to that of (citi gen): it must not.
    assert objects('"city general"') == {10} and objects('"city gen"') == set()


def test_a_title_holding_the_phrase_ranks_first(db: None) -> None:
    SearchEntry.objects.bulk_create(
        [entry(i, f"Report {i}", "the welcoming city ordinance passed; a welcoming city it is") for i in range(4)]
        + [entry(7, "A welcoming city", "the ordinance passed"), entry(8, "City welcoming", "a welcoming city")]
    )
    assert [h.object_id for h in search('"welcoming city"').hits][:1] == [7]
    assert len(search('"welcoming city"').hits) == 6
    # With a word of its own: the title holding both comes first, then the one holding either.
    assert [h.object_id for h in search('"welcoming city" report').hits][:1] == [3]
    assert [h.object_id for h in search('"welcoming city" ordinance').hits][:2] == [7, 3]


def test_snippets_still_mark_the_phrase(texts: dict[int, int]) -> None:
    results = search('"council adopted a sanctuary city policy"')
    assert [h.object_id for h in results.hits] == [0]
    snippet = results.hits[0].snippet
    assert "<mark>" in snippet
    marked = " ".join(part.split("</mark>")[0] for part in snippet.split("<mark>")[1:]).lower()
    assert "sanctuary" in marked and "policy" in marked


@pytest.mark.parametrize("query", ['"welcoming ordinance"', '"Welcoming Ordinance"', "ordinance"])
def test_snippets_find_a_phrase_far_from_its_first_word(db: None, query: str) -> None:
    """The snippet shows the place the phrase is, not only the first place its first word is."""
    filler = "The committee heard residents and read letters about parks and roads. " * 80
    body = f"A welcoming sign went up. {filler}The council passed the welcoming ordinance on Monday. {filler}"
    SearchEntry.objects.bulk_create([entry(1, "Minutes", body)])
    (hit,) = search(query).hits
    marked = " ".join(part.split("</mark>")[0] for part in hit.snippet.split("<mark>")[1:]).lower()
    assert "ordinance" in marked


def test_the_index_holds_the_pairs_and_follows_updates(texts: dict[int, int]) -> None:
    first = SearchEntry.objects.get(object_id=0)
    assert search('"adopted a sanctuary"').total == 1
    first.body = "The council rejected the proposal."
    first.save()
    assert search('"adopted a sanctuary"').total == 0
    assert search('"rejected the proposal"').total == 1
    first.delete()
    assert search('"rejected the proposal"').total == 0
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("CREATE VIRTUAL TABLE temp.pair_vocab USING fts5vocab(main, search_fts, 'col')")
            cursor.execute("SELECT doc FROM temp.pair_vocab WHERE col = 'pairs' AND term = %s", ["04citipolici0"])
            assert cursor.fetchone()[0] >= 3
            cursor.execute("DROP TABLE temp.pair_vocab")
        else:
            cursor.execute("SELECT count(*) FROM search_searchentry WHERE tsv @@ $$'citi polici'$$::tsquery")
            assert cursor.fetchone()[0] >= 3


def test_ascii_text_is_cut_as_the_fts5_tokenizer_cuts_it() -> None:
    """The fast path (ASCII and the listed separators) against FTS5 itself, on every such character."""
    alphabet = [chr(i) for i in range(1, 128)] + list(pairs.SEPARATORS) + list("eeiinngs    ")
    rng = random.Random(5)
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 60)))
        assert pairs.tokens(text) == pairs._scratch.tokens(text), repr(text)
    assert pairs.tokens("Caf\u00e9 soci\u00e9t\u00e9") == ["cafe", "societ"]  # through FTS5 itself


def test_pair_tokens_cannot_be_confused() -> None:
    assert pairs.pair_tokens(["ab", "c"]) != pairs.pair_tokens(["a", "bc"])
    assert pairs.phrase_pairs(["sanctuary", "cities", "policy"]) == ["09sanctuariciti0", "04citipolici0"]
    assert pairs.phrase_pairs(["policy"]) == []
    assert pairs.entry_pairs("city policy", "policy city") == "04citipolici0 04citipolici1 06policiciti0"
    assert pairs.legacy_entry_pairs("city policy", "policy city") == "04citipolici 06policiciti"


def test_the_stemmer_leaves_pair_tokens_whole() -> None:
    """The index stems every column's tokens again: a pair must come out as it went in."""
    words = ["city", "general", "gene", "nationalization", "nation", "happy", "happiness", "agreed", "agree", "cities", "policies"]
    made = [pairs.pair_tokens(pairs.tokens(f"{a} {b}"))[0] for a in words for b in words]
    made += [pairs.pair_tokens(pairs.tokens(f"{a} {b}"), pairs.TITLE_PAIR)[0] for a in words for b in words]
    assert pairs._scratch.tokens(" ".join(made)) == made


@pytest.mark.django_db(transaction=True)
def test_the_migration_builds_the_pairs_of_existing_entries() -> None:
    """Entries written before migration 0005 are found by phrase after it (the index is rebuilt in place)."""
    executor = MigrationExecutor(connection)
    latest = executor.loader.graph.leaf_nodes("search")
    try:
        executor.migrate([("search", "0004_one_gin_index")])
        with connection.cursor() as cursor:
            cursor.execute(
                "INSERT INTO search_searchentry (kind, object_id, slug, title, body, url, geoids, categories, facets)"
                " VALUES ('document', 1, '', 'Old memo', 'The old sanctuary city policy stands.', '', '', '', %s)",
                [entry_tokens("document", "", "", None)],
            )
        executor = MigrationExecutor(connection)
        executor.migrate(latest)
        assert search('"sanctuary city policy"').total == 1
        assert search('"city sanctuary"').total == 0
        assert search('"old memo"').total == 1
        # The triggers write what the search reads: an entry changed after the migration.
        with connection.cursor() as cursor:
            cursor.execute("UPDATE search_searchentry SET body = 'The city general fund.' WHERE object_id = 1")
        assert search('"city general"').total == 1 and search('"city policy"').total == 0
        assert search('"city gen"').total == 0
        # Back to 0005 and forward again: each rebuilds the index its own triggers keep.
        MigrationExecutor(connection).migrate([("search", "0005_word_pairs")])
        with connection.cursor() as cursor:
            cursor.execute("UPDATE search_searchentry SET body = 'The old memo stands.' WHERE object_id = 1")
        MigrationExecutor(connection).migrate(latest)
        assert search('"memo stands"').total == 1 and search('"city general"').total == 0
    finally:
        MigrationExecutor(connection).migrate(latest)
