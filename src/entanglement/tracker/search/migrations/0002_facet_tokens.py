"""Facets inside the full-text index, and the facet columns readable without the wide rows.

SQLite: the FTS5 table gains a `facets` column (tokens matched in the same MATCH as the words, so
FTS5 intersects doclists) and a covering index on (id, kind, date, geoids, categories) lets the
facet counts and filters skip the rows that carry the text. PostgreSQL: a generated array of the
same tokens with a GIN index, combined with the tsvector's GIN index in one bitmap.
"""

import importlib
from collections.abc import Callable

from django.db import migrations, models
from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.migrations.state import StateApps

from entanglement.tracker.search.facets import entry_tokens

before = importlib.import_module("entanglement.tracker.search.migrations.0001_initial")

TOKENIZE = "porter unicode61 remove_diacritics 2"
COLUMNS = "title, body, facets"

SQLITE_CREATE = [
    f"""CREATE VIRTUAL TABLE search_fts USING fts5(
        {COLUMNS}, content='search_searchentry', content_rowid='id', tokenize='{TOKENIZE}')""",
    f"""CREATE TRIGGER search_fts_ai AFTER INSERT ON search_searchentry BEGIN
        INSERT INTO search_fts(rowid, {COLUMNS}) VALUES (new.id, new.title, new.body, new.facets);
    END""",
    f"""CREATE TRIGGER search_fts_ad AFTER DELETE ON search_searchentry BEGIN
        INSERT INTO search_fts(search_fts, rowid, {COLUMNS})
        VALUES ('delete', old.id, old.title, old.body, old.facets);
    END""",
    f"""CREATE TRIGGER search_fts_au AFTER UPDATE ON search_searchentry BEGIN
        INSERT INTO search_fts(search_fts, rowid, {COLUMNS})
        VALUES ('delete', old.id, old.title, old.body, old.facets);
        INSERT INTO search_fts(rowid, {COLUMNS}) VALUES (new.id, new.title, new.body, new.facets);
    END""",
    "CREATE INDEX search_entry_facets ON search_searchentry (id, kind, date, geoids, categories)",
    "INSERT INTO search_fts(search_fts) VALUES ('rebuild')",
]
SQLITE_TRIGGERS = SQLITE_CREATE[1:4]
SQLITE_DROP = [*before.SQLITE_DROP, "DROP INDEX IF EXISTS search_entry_facets"]

POSTGRES_CREATE = [
    """ALTER TABLE search_searchentry ADD COLUMN facet_tokens text[]
        GENERATED ALWAYS AS (string_to_array(facets, ' ')) STORED""",
    "CREATE INDEX search_searchentry_facet_tokens ON search_searchentry USING GIN (facet_tokens)",
]
POSTGRES_DROP = [
    "DROP INDEX IF EXISTS search_searchentry_facet_tokens",
    "ALTER TABLE search_searchentry DROP COLUMN IF EXISTS facet_tokens",
]


def _run(statements: dict[str, list[str]]) -> Callable[[StateApps, BaseDatabaseSchemaEditor], None]:
    def run(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
        for sql in statements.get(schema_editor.connection.vendor, []):
            schema_editor.execute(sql)

    return run


def fill_facets(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    entry = apps.get_model("search", "SearchEntry")
    rows = entry.objects.only("kind", "geoids", "categories", "date")
    batch = []
    for row in rows.iterator(chunk_size=2000):
        row.facets = entry_tokens(row.kind, row.geoids, row.categories, row.date)
        batch.append(row)
        if len(batch) == 2000:
            entry.objects.bulk_update(batch, ["facets"])
            batch = []
    entry.objects.bulk_update(batch, ["facets"])


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": before.SQLITE_DROP}),
            _run({"sqlite": [*before.SQLITE_CREATE, "INSERT INTO search_fts(search_fts) VALUES ('rebuild')"]}),
        ),
        migrations.AddField(
            model_name="searchentry",
            name="facets",
            field=models.TextField(blank=True, default=""),
        ),
        migrations.RunPython(fill_facets, migrations.RunPython.noop),
        migrations.RunPython(
            _run({"sqlite": SQLITE_CREATE, "postgresql": POSTGRES_CREATE}),
            _run({"sqlite": SQLITE_DROP, "postgresql": POSTGRES_DROP}),
        ),
    ]
