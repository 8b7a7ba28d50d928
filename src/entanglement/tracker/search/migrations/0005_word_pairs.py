"""Adjacent word pairs in the full-text index, so that a phrase query reads short posting lists.

SQLite: the FTS5 table gains a `pairs` column, written by the triggers with `search_pairs(title,
body)` (pairs.py, registered on every connection the application opens). The text of that column
is stored nowhere else: FTS5 reads its content through a view that gives the column as empty. The
index is rebuilt in place from the rows.

PostgreSQL: the tsvector also holds each pair of adjacent lexemes, as one lexeme "a b" without a
position (the parser never yields a space inside a lexeme). The pairs are read from the tsvector's
own positions, so they agree with what the phrase operator checks, stop words, stems and position
limits included. `search_terms_query(terms)` is the query's terms as a tsquery that holds their pairs.
"""

import importlib
from collections.abc import Callable

from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.migrations.state import StateApps

from entanglement.tracker.search.pairs import TOKENIZE, register

facets = importlib.import_module("entanglement.tracker.search.migrations.0002_facet_tokens")

COLUMNS = "title, body, facets, pairs"
OLD = "old.id, old.title, old.body, old.facets, search_pairs(old.title, old.body)"
NEW = "new.id, new.title, new.body, new.facets, search_pairs(new.title, new.body)"
SQLITE_CREATE = [
    "CREATE VIEW search_fts_content AS SELECT id, title, body, facets, '' AS pairs FROM search_searchentry",
    f"""CREATE VIRTUAL TABLE search_fts USING fts5(
        {COLUMNS}, content='search_fts_content', content_rowid='id', tokenize='{TOKENIZE}')""",
    f"""CREATE TRIGGER search_fts_ai AFTER INSERT ON search_searchentry BEGIN
        INSERT INTO search_fts(rowid, {COLUMNS}) VALUES ({NEW});
    END""",
    f"""CREATE TRIGGER search_fts_ad AFTER DELETE ON search_searchentry BEGIN
        INSERT INTO search_fts(search_fts, rowid, {COLUMNS}) VALUES ('delete', {OLD});
    END""",
    f"""CREATE TRIGGER search_fts_au AFTER UPDATE ON search_searchentry BEGIN
        INSERT INTO search_fts(search_fts, rowid, {COLUMNS}) VALUES ('delete', {OLD});
        INSERT INTO search_fts(rowid, {COLUMNS}) VALUES ({NEW});
    END""",
]
# FTS5's own 'rebuild' would read the view's empty pairs: the rows are indexed one by one instead,
# with a page cache large enough for FTS5's segment merges (the default 2 MB makes them re-read pages).
SQLITE_FILL = [
    "PRAGMA cache_size = -400000",
    f"""INSERT INTO search_fts(rowid, {COLUMNS})
        SELECT id, title, body, facets, search_pairs(title, body) FROM search_searchentry""",
    "INSERT INTO search_fts(search_fts) VALUES ('optimize')",
    "PRAGMA cache_size = -2000",
]
SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS search_fts_au",
    "DROP TRIGGER IF EXISTS search_fts_ad",
    "DROP TRIGGER IF EXISTS search_fts_ai",
    "DROP TABLE IF EXISTS search_fts",
    "DROP VIEW IF EXISTS search_fts_content",
]
SQLITE_BACK = [*SQLITE_DROP, *[s for s in facets.SQLITE_CREATE if "search_entry_facets" not in s]]
SQLITE_DROP_BEFORE = [s for s in facets.SQLITE_DROP if "search_entry_facets" not in s]

POSTGRES_FUNCTIONS = [
    """CREATE FUNCTION search_pair_lexemes(v tsvector) RETURNS text[]
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
        WITH t AS (SELECT lexeme, unnest(positions) AS pos FROM unnest(v))
        SELECT coalesce(array_agg(DISTINCT a.lexeme || ' ' || b.lexeme), '{}')
        FROM t a JOIN t b ON b.pos = a.pos + 1
    $$""",
    """CREATE FUNCTION search_document_vector(title text, body text) RETURNS tsvector
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT v || array_to_tsvector(search_pair_lexemes(v)) FROM (SELECT
            setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')
            || setweight(to_tsvector('english'::regconfig, left(coalesce(body, ''), 200000)), 'B') AS v) words
    $$""",
    # Lexemes quoted for tsquery input (a backslash or a quote inside is doubled), all required.
    """CREATE FUNCTION search_lexemes_query(lexemes text[]) RETURNS tsquery
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
        SELECT coalesce(string_agg(DISTINCT
            '''' || replace(replace(lexeme, '\\', '\\\\'), '''', '''''') || '''', ' & ')::tsquery, ''::tsquery)
        FROM unnest(lexemes) AS lexeme
    $$""",
    # One term of a query: its phrase and the pairs the phrase holds. When the term is two adjacent
    # lexemes, its one pair is the phrase itself (both mean: a at some position, b at the next): no
    # position is checked then, so the rows' TOASTed tsvectors are not read at all.
    """CREATE FUNCTION search_term_query(term text) RETURNS tsquery
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
        SELECT CASE
            WHEN (SELECT count(*) FROM unnest(v) AS u, unnest(u.positions)) = 2 AND cardinality(p) = 1
            THEN search_lexemes_query(p)
            ELSE websearch_to_tsquery('english'::regconfig, '"' || term || '"') && search_lexemes_query(p)
        END
        FROM (SELECT to_tsvector('english'::regconfig, term) AS v) words,
            LATERAL (SELECT search_pair_lexemes(words.v) AS p) pairs
    $$""",
    # Every term required; a term of stop words only is left out, as websearch_to_tsquery does.
    """CREATE FUNCTION search_terms_query(terms text[]) RETURNS tsquery
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
        SELECT coalesce(string_agg('(' || query::text || ')', ' & ')::tsquery, ''::tsquery)
        FROM (SELECT search_term_query(term) AS query FROM unnest(terms) AS term) each_term
        WHERE numnode(query) > 0
    $$""",
]
POSTGRES_INDEX = "CREATE INDEX search_searchentry_words_facets ON search_searchentry USING GIN (tsv, facet_tokens)"
POSTGRES_CREATE = [
    *POSTGRES_FUNCTIONS,
    "ALTER TABLE search_searchentry DROP COLUMN tsv",  # its index goes with it
    """ALTER TABLE search_searchentry ADD COLUMN tsv tsvector
        GENERATED ALWAYS AS (search_document_vector(title, body)) STORED""",
    POSTGRES_INDEX,
]
POSTGRES_DROP = [
    "ALTER TABLE search_searchentry DROP COLUMN tsv",
    "DROP FUNCTION search_terms_query(text[])",
    "DROP FUNCTION search_term_query(text)",
    "DROP FUNCTION search_lexemes_query(text[])",
    "DROP FUNCTION search_document_vector(text, text)",
    "DROP FUNCTION search_pair_lexemes(tsvector)",
    """ALTER TABLE search_searchentry ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')
        || setweight(to_tsvector('english'::regconfig, left(coalesce(body, ''), 200000)), 'B')
    ) STORED""",
    POSTGRES_INDEX,
]


def _run(statements: dict[str, list[str]]) -> Callable[[StateApps, BaseDatabaseSchemaEditor], None]:
    def run(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
        connection = schema_editor.connection
        if connection.vendor == "sqlite":
            connection.ensure_connection()
            register(connection.connection)  # also done on connect by the app; a migration may run first
        for sql in statements.get(connection.vendor, []):
            schema_editor.execute(sql, params=None)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0004_one_gin_index")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": [*SQLITE_DROP_BEFORE, *SQLITE_CREATE, *SQLITE_FILL], "postgresql": POSTGRES_CREATE}),
            _run({"sqlite": SQLITE_BACK, "postgresql": POSTGRES_DROP}),
        ),
    ]
